//! TF-IDF story vectors and their cosine.
//!
//! Weight of a term t in a document: (1 + ln tf) · (ln((N + 1)/(df + 1)) + 1), numbers × 1.5,
//! then the vector is L2-normalized; similarity is the cosine (a dot product of unit vectors).
//! Document frequencies come from the dump itself (plus any `--background` corpus). Terms seen
//! in fewer than two documents are dropped: they cannot be shared, and keeping them only dilutes
//! every cosine (on ECB+ dev this was the largest single gain of the prototype's weighting
//! variants, F1 0.817 → 0.837; see ../shared/notes/retellings.md).
//!
//! Memory: `DocFreqCounter` counts every term hash once per document during the first pass;
//! `finish` keeps only terms with df ≥ 2 and numbers them (in hash order, so ids are the same
//! on every run), and vectors store `(u32 id, f32 weight)`, at most `MAX_TERMS` per article
//! (the highest-weighted; on the dev sets no article with fewer than 128 lost anything).

use super::prior::{prior_df, VIRTUAL_DOCUMENTS};
use super::terms::{term_hash, word_term, TermCount, TermKind};
use crate::calendar::WEEKDAYS;
use ahash::AHashMap;
use rayon::prelude::*;
use std::sync::OnceLock;

/// Longest story vector kept per article.
pub const MAX_TERMS: usize = 256;

/// Counts document frequencies of term hashes over a corpus. The counts are split into
/// `SHARDS` maps by the top bits of the hash so a batch of documents is counted on all
/// cores (each document's terms are sorted by hash, so its terms of one shard are one run).
#[derive(Debug, Clone)]
pub struct DocFreqCounter {
    shards: Vec<AHashMap<u64, u32>>,
    documents: u32,
}

const SHARD_BITS: u32 = 6;
const SHARDS: usize = 1 << SHARD_BITS;

impl Default for DocFreqCounter {
    fn default() -> Self {
        Self::new()
    }
}

impl DocFreqCounter {
    pub fn new() -> Self {
        Self {
            shards: vec![AHashMap::new(); SHARDS],
            documents: 0,
        }
    }

    /// Count one document's distinct terms (sorted by hash, as `count_terms` returns them).
    pub fn add(&mut self, terms: &[TermCount]) {
        self.add_batch(&[terms]);
    }

    /// Count a batch of documents' distinct terms, in parallel over the shards.
    pub fn add_batch(&mut self, docs: &[&[TermCount]]) {
        self.documents += docs.len() as u32;
        self.shards
            .par_iter_mut()
            .enumerate()
            .for_each(|(k, shard)| {
                let k = k as u64;
                for terms in docs {
                    let from = terms.partition_point(|t| (t.hash >> (64 - SHARD_BITS)) < k);
                    for t in terms[from..]
                        .iter()
                        .take_while(|t| (t.hash >> (64 - SHARD_BITS)) == k)
                    {
                        *shard.entry(t.hash).or_insert(0) += 1;
                    }
                }
            });
    }

    /// Keep the terms seen in at least `min_df` documents (1 in a dump smaller than
    /// `SMALL_DUMP`), with stable ids; document frequencies include the English prior.
    pub fn finish(self, min_df: u32) -> DocFreq {
        let min_df = if self.documents < SMALL_DUMP {
            1
        } else {
            min_df.max(1)
        };
        let mut kept: Vec<(u64, u32)> = self
            .shards
            .into_iter()
            .flatten()
            .filter(|&(_, df)| df >= min_df)
            .collect();
        kept.sort_unstable();
        let prior = prior_df();
        let df = kept
            .iter()
            .map(|&(h, df)| df as f32 + prior.get(&h).copied().unwrap_or(0.0))
            .collect();
        let ids = kept
            .iter()
            .enumerate()
            .map(|(id, &(h, _))| (h, id as u32))
            .collect();
        DocFreq {
            ids,
            df,
            documents: self.documents as f32 + VIRTUAL_DOCUMENTS,
            counted: self.documents,
        }
    }
}

/// In a dump smaller than this, terms seen once are kept: too few articles to tell a stray
/// word from a rare name, and dropping them would leave two articles only what they share.
pub const SMALL_DUMP: u32 = 100;

/// Document frequencies of the terms that can be shared, with dense ids. Frequencies and the
/// document count include the English prior (`prior.rs`).
#[derive(Debug, Clone, Default)]
pub struct DocFreq {
    ids: AHashMap<u64, u32>,
    df: Vec<f32>,
    documents: f32,
    counted: u32,
}

impl DocFreq {
    /// Build directly from documents' term counts (small corpora, tests).
    pub fn from_counts<'a>(docs: impl IntoIterator<Item = &'a [TermCount]>, min_df: u32) -> Self {
        let mut c = DocFreqCounter::new();
        docs.into_iter().for_each(|d| c.add(d));
        c.finish(min_df)
    }

    /// Documents counted from the dump (and background), without the prior.
    pub fn documents(&self) -> u32 {
        self.counted
    }

    /// The id of a kept term.
    pub fn id(&self, hash: u64) -> Option<u32> {
        self.ids.get(&hash).copied()
    }

    /// Document frequency of a term id (dump + prior).
    pub fn df(&self, id: u32) -> f32 {
        self.df[id as usize]
    }

    /// Smoothed inverse document frequency of a term id, ≥ 1.
    pub fn idf(&self, id: u32) -> f32 {
        ((self.documents + 1.0) / (self.df(id) + 1.0)).ln() + 1.0
    }
}

/// Headline terms shared by more headlines than this × √(documents) are left out. At 1/3:
/// AllSides F1 0.641 → 0.657 (`retold scan`: see docs/retellings.md, "Headline terms"),
/// the generated dumps within a point (10k 0.566 → 0.568, 100k 0.758 → 0.756); at √N a
/// series' or a beat's headline words already join its reports (100k P 0.661 → 0.619).
pub const DEFAULT_HEADLINE_DF_PER_ROOT: f32 = 1.0 / 3.0;

/// How terms are weighted.
#[derive(Debug, Clone, Copy)]
pub struct WeightConfig {
    /// Multiplier for number terms.
    pub number_boost: f32,
    /// Terms in fewer documents than this are dropped.
    pub min_df: u32,
    /// Headline terms in more headlines than this × √(documents) are dropped: a dump's
    /// recurring headline words (a series' "money market given … help", a template's
    /// "issues … eurobond", a beat's "Trump") name no one event (0 = no headline terms).
    pub headline_df_per_root: f32,
}

impl Default for WeightConfig {
    fn default() -> Self {
        Self {
            number_boost: 1.5,
            min_df: 2,
            headline_df_per_root: DEFAULT_HEADLINE_DF_PER_ROOT,
        }
    }
}

/// A unit-length sparse vector over term ids, sorted by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoryVector {
    pub terms: Vec<(u32, f32)>,
    /// The weekdays the article names (bit 0 = Monday ... bit 6 = Sunday; 0 = none).
    pub weekdays: u8,
    /// The stock tickers its headline and opening carry, as a mask (`tickers::mask`; 0 =
    /// none): two wires about two companies are no story candidates.
    pub companies: u64,
}

impl StoryVector {
    /// `terms` (sorted by id) scaled to unit length, with the weekdays the article names.
    pub fn unit(mut terms: Vec<(u32, f32)>, weekdays: u8) -> Self {
        let norm = terms.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            terms.iter_mut().for_each(|(_, w)| *w /= norm);
        }
        Self {
            terms,
            weekdays,
            companies: 0,
        }
    }

    /// The same vector with the tickers of its article (`tickers::mask`).
    pub fn with_companies(self, companies: u64) -> Self {
        Self { companies, ..self }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Weigh a document's term counts into a unit vector.
pub fn weigh(counts: &[TermCount], df: &DocFreq, cfg: &WeightConfig) -> StoryVector {
    let headline_cap = cfg.headline_df_per_root * (df.documents() as f32).sqrt();
    let mut terms: Vec<(u32, f32)> = counts
        .iter()
        .filter_map(|t| {
            let id = df.id(t.hash)?;
            if t.kind == TermKind::Headline && df.df(id) > headline_cap {
                return None;
            }
            let boost = match t.kind {
                TermKind::Number => cfg.number_boost,
                TermKind::Word | TermKind::Headline => 1.0,
            };
            Some((id, (1.0 + (t.tf as f32).ln()) * df.idf(id) * boost))
        })
        .collect();
    if terms.len() > MAX_TERMS {
        terms.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        terms.truncate(MAX_TERMS);
    }
    terms.sort_unstable_by_key(|t| t.0);
    StoryVector::unit(terms, weekday_mask(counts))
}

/// The weekdays of a mask, by name.
pub fn weekday_names(mask: u8) -> Vec<&'static str> {
    (0..7)
        .filter(|i| mask & 1 << i != 0)
        .map(|i| WEEKDAYS[i])
        .collect()
}

/// The weekdays among a document's term counts, as a mask (bit 0 = Monday).
pub fn weekday_mask(counts: &[TermCount]) -> u8 {
    static DAYS: OnceLock<[u64; 7]> = OnceLock::new();
    let days = DAYS.get_or_init(|| {
        WEEKDAYS.map(|d| {
            let term = word_term(&d.to_lowercase()).expect("a weekday is a term");
            term_hash(&term, TermKind::Word)
        })
    });
    counts
        .iter()
        .filter(|t| t.kind == TermKind::Word)
        .filter_map(|t| days.iter().position(|&h| h == t.hash))
        .fold(0, |mask, day| mask | 1 << day)
}

/// Do two articles name weekdays, none of them the same? In news the weekday is the
/// event's: the same story told twice mostly names the same day, successive stories of one
/// subject (the hearing on Tuesday, the vote on Thursday) name others.
pub fn weekdays_differ(a: u8, b: u8) -> bool {
    a != 0 && b != 0 && a & b == 0
}

/// Dot product of two sorted sparse vectors (merge join).
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// Cosine of two story vectors, clamped to [0, 1].
pub fn cosine(a: &StoryVector, b: &StoryVector) -> f32 {
    dot(&a.terms, &b.terms).clamp(0.0, 1.0)
}

/// a + b for sorted sparse vectors.
pub fn add(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j == b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i == a.len() || b[j].0 < a[i].0 {
            out.push(b[j]);
            j += 1;
        } else {
            out.push((a[i].0, a[i].1 + b[j].1));
            i += 1;
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_named_in_text_or_title() {
        use crate::story::terms::count_terms;
        let mask = |text: &str, title: Option<&str>| weekday_mask(&count_terms(text, title, 1));
        assert_eq!(mask("Talks ended on Monday.", None), 1);
        assert_eq!(mask("talks ended", Some("Sunday talks")), 1 << 6);
        assert_eq!(
            weekday_names(mask("On Tuesday and again on FRIDAY", None)),
            ["Tuesday", "Friday"]
        );
        assert_eq!(mask("Talks ended yesterday.", None), 0);
        // Days in names and habits are no day of the event.
        assert_eq!(mask("Clinton leads before Super Tuesday.", None), 0);
        assert_eq!(
            mask("Sales on Black Friday and Cyber Monday rose.", None),
            0
        );
        assert_eq!(mask("He told the Sunday Times.", None), 0);
        assert_eq!(mask("The market opens on Saturdays.", None), 0);
        assert_eq!(mask("Black Friday's sales rose.", None), 0);
        assert_eq!(mask("He told The Mail on Sunday.", None), 0);
        assert_eq!(mask("He left the mail on Sunday.", None), 1 << 6);
        assert_eq!(mask("Tuesday's vote was close.", None), 1 << 1);
        assert_eq!(mask("He told the Sunday Times on Friday.", None), 1 << 4);
        assert_eq!(mask("It was a good Friday for Nike.", None), 1 << 4);
        assert_eq!(mask("Talks resumed on Monday night.", None), 1);
        assert_eq!(
            mask("talks", Some("Recap of Tuesday Night's Debate")),
            1 << 1
        );
        assert!(weekdays_differ(1, 2));
        assert!(!weekdays_differ(1, 3), "one day in common");
        assert!(!weekdays_differ(1, 0), "no day named");
    }
    use crate::story::terms::count_terms;

    #[test]
    fn cosine_of_retellings_beats_unrelated() {
        let docs = [
            "Foreign Minister Kuleba met NATO envoys in Kyiv on Wednesday to discuss troops.",
            "Ukraine's foreign minister Kouleba received NATO envoys in Kyiv to talk about troops.",
            "The central bank raised interest rates by half a point to fight inflation.",
            "Inflation pushed the central bank to raise rates again, by half a point.",
        ];
        let counts: Vec<_> = docs.iter().map(|d| count_terms(d, None, 1)).collect();
        let df = DocFreq::from_counts(counts.iter().map(Vec::as_slice), 2);
        let v: Vec<_> = counts
            .iter()
            .map(|c| weigh(c, &df, &WeightConfig::default()))
            .collect();
        let norm: f32 = v[0].terms.iter().map(|t| t.1 * t.1).sum();
        assert!((norm - 1.0).abs() < 1e-5);
        assert!(cosine(&v[0], &v[1]) > 0.7, "{}", cosine(&v[0], &v[1]));
        assert!(cosine(&v[2], &v[3]) > 0.7);
        assert!(cosine(&v[0], &v[2]) < 0.05);
    }

    #[test]
    fn ids_are_stable_and_singletons_dropped_in_big_dumps() {
        let a = count_terms("alpha beta gamma", None, 1);
        let b = count_terms("beta gamma delta", None, 1);
        let filler: Vec<_> = (0..SMALL_DUMP)
            .map(|i| count_terms(&format!("filler{i}"), None, 1))
            .collect();
        let big = |first: &[TermCount], second: &[TermCount]| {
            DocFreq::from_counts(
                [first, second]
                    .into_iter()
                    .chain(filler.iter().map(Vec::as_slice)),
                2,
            )
        };
        let (df1, df2) = (big(&a, &b), big(&b, &a));
        assert_eq!(df1.documents(), SMALL_DUMP + 2);
        let w = weigh(&a, &df1, &WeightConfig::default());
        assert_eq!(w.terms.len(), 2); // alpha occurs once: dropped
        assert_eq!(w, weigh(&a, &df2, &WeightConfig::default()));
        // In a small dump it stays: two articles must not be left with only what they share.
        let small = DocFreq::from_counts([a.as_slice(), b.as_slice()], 2);
        assert_eq!(weigh(&a, &small, &WeightConfig::default()).terms.len(), 3);
    }

    #[test]
    fn sparse_add_and_dot() {
        let a = [(1, 1.0), (3, 2.0)];
        let b = [(2, 1.0), (3, 1.0)];
        assert_eq!(add(&a, &b), vec![(1, 1.0), (2, 1.0), (3, 3.0)]);
        assert_eq!(dot(&a, &b), 2.0);
    }
}
