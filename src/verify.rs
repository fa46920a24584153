//! Exact verification of candidate pairs: Jaccard and containment of shingle sets.
//!
//! LSH only proposes candidates; every pair retold reports as a copy is checked here on the
//! exact shingle sets (sorted, deduplicated shingle hashes), so a bucket collision can never
//! become a reported pair. Containment (|A ∩ B| / min(|A|, |B|)) catches abridged copies, whose
//! Jaccard is low because one side is much shorter.

use crate::shingle::Shingle;
use serde::Serialize;

/// What a verified pair is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// Same normalized text.
    Duplicate,
    /// A copy with edits, added boilerplate, or abridgement.
    NearDuplicate,
    /// The same story in other words (rewrite or translation).
    Retelling,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Duplicate => "duplicate",
            Relation::NearDuplicate => "near_duplicate",
            Relation::Retelling => "retelling",
        }
    }
}

/// Exact overlap of two shingle sets.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Overlap {
    pub intersection: usize,
    pub len_a: usize,
    pub len_b: usize,
}

impl Overlap {
    /// Count the intersection of two sorted, deduplicated sets (linear merge).
    pub fn of(a: &[Shingle], b: &[Shingle]) -> Overlap {
        debug_assert!(a.windows(2).all(|w| w[0] < w[1]));
        debug_assert!(b.windows(2).all(|w| w[0] < w[1]));
        let (mut i, mut j, mut inter) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    inter += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        Overlap {
            intersection: inter,
            len_a: a.len(),
            len_b: b.len(),
        }
    }

    /// |A ∩ B| / |A ∪ B|; two empty sets are identical (1.0).
    pub fn jaccard(&self) -> f64 {
        let union = self.len_a + self.len_b - self.intersection;
        if union == 0 {
            1.0
        } else {
            self.intersection as f64 / union as f64
        }
    }

    /// |A ∩ B| / min(|A|, |B|): how much of the shorter text the longer one contains.
    pub fn containment(&self) -> f64 {
        let min = self.len_a.min(self.len_b);
        if min == 0 {
            0.0
        } else {
            self.intersection as f64 / min as f64
        }
    }
}

/// Thresholds that turn an overlap into a copy relation.
#[derive(Debug, Clone, Copy)]
pub struct CopyRule {
    /// Minimum exact Jaccard for `near_duplicate`.
    pub jaccard: f64,
    /// Minimum containment for an abridged copy to count as `near_duplicate`; `None` = Jaccard only.
    pub containment: Option<f64>,
    /// The shorter text needs at least this many shingles for containment to count (a short
    /// quote contained in a long article is not a copy of it).
    pub min_contained_shingles: usize,
}

impl CopyRule {
    /// Classify a pair as a copy, if it is one. `same_text` says the normalized texts are equal.
    pub fn classify(&self, same_text: bool, overlap: &Overlap) -> Option<Relation> {
        if same_text {
            return Some(Relation::Duplicate);
        }
        if overlap.jaccard() >= self.jaccard {
            return Some(Relation::NearDuplicate);
        }
        match self.containment {
            Some(c)
                if overlap.len_a.min(overlap.len_b) >= self.min_contained_shingles
                    && overlap.containment() >= c =>
            {
                Some(Relation::NearDuplicate)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jaccard_and_containment() {
        let o = Overlap::of(&[1, 2, 3, 4], &[3, 4, 5]);
        assert_eq!(o.intersection, 2);
        assert!((o.jaccard() - 2.0 / 5.0).abs() < 1e-12);
        assert!((o.containment() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(Overlap::of(&[], &[]).jaccard(), 1.0);
        assert_eq!(Overlap::of(&[1], &[]).containment(), 0.0);
    }

    #[test]
    fn classify_copies() {
        let rule = CopyRule {
            jaccard: 0.8,
            containment: Some(0.9),
            min_contained_shingles: 3,
        };
        let whole: Vec<Shingle> = (0..100).collect();
        let edited: Vec<Shingle> = (5..100).collect();
        let abridged: Vec<Shingle> = (0..30).collect();
        let unrelated: Vec<Shingle> = (200..300).collect();
        assert_eq!(
            rule.classify(true, &Overlap::of(&whole, &whole)),
            Some(Relation::Duplicate)
        );
        assert_eq!(
            rule.classify(false, &Overlap::of(&whole, &edited)),
            Some(Relation::NearDuplicate)
        );
        assert_eq!(
            rule.classify(false, &Overlap::of(&whole, &abridged)),
            Some(Relation::NearDuplicate)
        );
        assert_eq!(rule.classify(false, &Overlap::of(&whole, &unrelated)), None);
        let jaccard_only = CopyRule {
            containment: None,
            ..rule
        };
        assert_eq!(
            jaccard_only.classify(false, &Overlap::of(&whole, &abridged)),
            None
        );
    }
}
