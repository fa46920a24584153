//! Candidate pairs for the story tier: blocking on each article's rarest weighted terms.
//!
//! Retellings share few word sequences but many *rare terms* (names, places, numbers, the
//! event's own vocabulary). Each article's keys are its `keys_per_doc` highest-weighted terms
//! among those whose document frequency is at most `max_df` (too common to say which story);
//! two articles sharing at least `min_shared` keys become a candidate pair, then scored
//! exactly. The prototype measured 99.0% of same-story pairs found at 15.4 candidates per
//! article among 20k Reuters distractors (../shared/notes/retellings.md).
//!
//! Scale: the work is Σ over keys of df², at most N · keys_per_doc · max_df. The df cap grows
//! with the dump (a fixed cap lets fewer of a story's own terms through as the dump grows,
//! since more articles mention them) as √N up to 100k articles, then stays: max_df =
//! clamp(√N, 100, 320), i.e. 100 up to 10k articles, 316 at 100k, 320 beyond, so the cost is
//! linear in N past 100k. And each article keeps at most `max_candidates` partners (those
//! sharing the most keys). Measured on a generated 1M-article dump: a cap of 1000 (√N)
//! proposed 23.3M candidates in 55 s with stories at pairwise P 0.732 / R 0.959; a cap of 320
//! proposed 11.6M in 24 s with P 0.873 / R 0.907.

use super::vectors::{DocFreq, StoryVector};
use rayon::prelude::*;

/// Blocking parameters.
#[derive(Debug, Clone, Copy)]
pub struct BlockingConfig {
    pub keys_per_doc: usize,
    pub min_shared: usize,
    /// A key term may occur in at most clamp(√N, `min_max_df`, `max_max_df`) documents.
    pub min_max_df: u32,
    pub max_max_df: u32,
    /// Partners kept per article (the ones sharing the most keys).
    pub max_candidates: usize,
}

impl Default for BlockingConfig {
    fn default() -> Self {
        Self {
            keys_per_doc: 20,
            min_shared: 2,
            min_max_df: 100,
            max_max_df: 320,
            max_candidates: 50,
        }
    }
}

impl BlockingConfig {
    pub fn max_df(&self, documents: u32) -> u32 {
        ((documents as f64).sqrt() as u32)
            .max(self.min_max_df)
            .min(self.max_max_df)
    }
}

/// The key terms of one article: its highest-weighted terms with df ≤ max_df, sorted.
pub fn keys(v: &StoryVector, df: &DocFreq, cfg: &BlockingConfig) -> Vec<u32> {
    let max_df = cfg.max_df(df.documents());
    let mut weighted: Vec<(f32, u32)> = v
        .terms
        .iter()
        .filter(|&&(id, _)| df.df(id) <= max_df as f32)
        .map(|&(id, w)| (w, id))
        .collect();
    weighted.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut k: Vec<u32> = weighted
        .into_iter()
        .take(cfg.keys_per_doc)
        .map(|(_, id)| id)
        .collect();
    k.sort_unstable();
    k
}

/// Candidate pairs `(a, b)`, `a < b`, among articles with these keys (term ids below
/// `vocabulary`); sorted, unique. `allowed(a, b)` can veto a pair (a publication-date window).
pub fn candidates(
    keys: &[Vec<u32>],
    vocabulary: usize,
    min_shared: usize,
    max_candidates: usize,
    allowed: impl Fn(u32, u32) -> bool + Sync,
) -> Vec<(u32, u32)> {
    // Postings as one array with offsets per key (a counting sort of (key, article)).
    let mut start = vec![0usize; vocabulary + 1];
    for ks in keys {
        for &k in ks {
            start[k as usize + 1] += 1;
        }
    }
    for i in 0..vocabulary {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut postings = vec![0u32; start[vocabulary]];
    for (d, ks) in keys.iter().enumerate() {
        for &k in ks {
            postings[fill[k as usize]] = d as u32;
            fill[k as usize] += 1;
        }
    }
    let min_shared = min_shared.max(1);
    let n = keys.len();
    // Articles are split into a few chunks, each with one counting array of n slots (an
    // array per rayon job would be zeroed thousands of times on a big dump).
    let chunk = n.div_ceil(64).max(256);
    let mut pairs: Vec<(u32, u32)> = (0..n.div_ceil(chunk))
        .into_par_iter()
        .flat_map_iter(|c| {
            let mut counts = vec![0u16; n];
            let mut touched: Vec<u32> = Vec::new();
            let mut mine: Vec<(u16, u32)> = Vec::new();
            let mut out = Vec::new();
            let first = c * chunk;
            for (a, article_keys) in keys
                .iter()
                .enumerate()
                .take(((c + 1) * chunk).min(n))
                .skip(first)
            {
                for &k in article_keys {
                    let list = &postings[start[k as usize]..start[k as usize + 1]];
                    // Postings are in article order: only the part after `a` matters.
                    let after = list.partition_point(|&b| b as usize <= a);
                    for &b in &list[after..] {
                        if counts[b as usize] == 0 {
                            touched.push(b);
                        }
                        counts[b as usize] = counts[b as usize].saturating_add(1);
                    }
                }
                for &b in &touched {
                    if counts[b as usize] as usize >= min_shared && allowed(a as u32, b) {
                        mine.push((counts[b as usize], b));
                    }
                    counts[b as usize] = 0;
                }
                touched.clear();
                if mine.len() > max_candidates {
                    mine.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
                    mine.truncate(max_candidates);
                }
                out.extend(mine.drain(..).map(|(_, b)| (a as u32, b)));
            }
            out
        })
        .collect();
    pairs.par_sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_need_enough_shared_keys() {
        let keys = vec![vec![1, 2, 3], vec![2, 3, 9], vec![3, 7, 8], vec![1, 2, 5]];
        assert_eq!(
            candidates(&keys, 10, 2, 50, |_, _| true),
            vec![(0, 1), (0, 3)]
        );
        assert_eq!(
            candidates(&keys, 10, 2, 50, |a, b| (a, b) != (0, 3)),
            vec![(0, 1)]
        );
        assert_eq!(candidates(&keys, 10, 1, 50, |_, _| true).len(), 5);
        // Capped: article 0 keeps the partner sharing the most keys.
        let keys = vec![vec![1, 2, 3], vec![1, 2, 3], vec![1, 2, 9]];
        assert_eq!(
            candidates(&keys, 10, 2, 1, |_, _| true),
            vec![(0, 1), (1, 2)]
        );
    }
}
