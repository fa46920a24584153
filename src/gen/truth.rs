//! Exact copy-pair truth, computed by the generator on the texts it writes.
//!
//! Deliberately independent of retold's own pipeline (no normalization, no boilerplate
//! removal), and equal to what a Python user computes: tokens are the maximal runs of Unicode
//! alphanumerics of the lower-cased text (`re.findall(r"[^\W_]+", text.lower())`), shingles
//! are 5 consecutive tokens (a text of fewer tokens is one shingle), and the Jaccard and
//! containment of two documents are those of their shingle sets, exactly.

use crate::hash::hash_bytes;

/// Shingle width of the truth (the benchmark's: word 5-shingles).
pub const K: usize = 5;
const SEED: u64 = 0x6765_6e5f_7472_7574; // "gen_trut"

/// Sorted, deduplicated hashes of the word 5-shingles of `text` (see the module docs).
pub fn shingle_set(text: &str) -> Vec<u64> {
    let lower = text.to_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let mut out: Vec<u64> = if tokens.is_empty() {
        Vec::new()
    } else if tokens.len() < K {
        vec![hash_bytes(tokens.join(" ").as_bytes(), SEED)]
    } else {
        tokens
            .windows(K)
            .map(|w| hash_bytes(w.join(" ").as_bytes(), SEED))
            .collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

fn intersection(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Exact Jaccard of two shingle sets (two empty sets: 1).
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let inter = intersection(a, b);
    let union = a.len() + b.len() - inter;
    if union == 0 {
        1.0
    } else {
        inter as f64 / union as f64
    }
}

/// Exact containment |A ∩ B| / min(|A|, |B|) (0 when one set is empty).
pub fn containment(a: &[u64], b: &[u64]) -> f64 {
    let min = a.len().min(b.len());
    if min == 0 {
        0.0
    } else {
        intersection(a, b) as f64 / min as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_ignore_case_and_punctuation() {
        assert_eq!(shingle_set("A b, C d e f"), shingle_set("a B c; d  e\nf"));
        assert_eq!(shingle_set("a b c d e f").len(), 2);
        assert_eq!(shingle_set("two words").len(), 1);
        assert!(shingle_set(" .. ").is_empty());
        let (a, b) = (shingle_set("a b c d e f g"), shingle_set("a b c d e f x"));
        assert!((jaccard(&a, &b) - 2.0 / 4.0).abs() < 1e-12);
        assert!((containment(&a, &b) - 2.0 / 3.0).abs() < 1e-12);
    }
}
