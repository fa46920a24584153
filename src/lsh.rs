//! Locality-sensitive hashing: MinHash signatures cut into bands; documents that agree on a
//! whole band become candidate pairs.
//!
//! With b bands of r rows, two documents of Jaccard similarity s collide in at least one band
//! with probability P(s) = 1 − (1 − s^r)^b, an S-curve whose steepest point is near
//! (1/b)^(1/r). retold verifies every candidate exactly, so a false positive costs only a set
//! intersection while a false negative is a missed copy: the rows are chosen as the *largest*
//! r (fewest false positives) whose curve still gives P(threshold) ≥ 0.99, with b = ⌊num_perm/r⌋.
//! For the default num_perm = 128 and threshold 0.8 that is r = 6, b = 21:
//!   P(0.9) = 1 − (1 − 0.9^6)^21 ≈ 1.0000   P(0.8) = 1 − (1 − 0.8^6)^21 ≈ 0.9983
//!   P(0.5) = 1 − (1 − 0.5^6)^21 ≈ 0.282    P(0.3) = 1 − (1 − 0.3^6)^21 ≈ 0.015
//! (r = 7, b = 18 would give P(0.8) ≈ 0.985 only.) Band keys are stable XXH3 hashes of the
//! band's rows, seeded with the band index, so equal keys in different bands never meet.
//!
//! Buckets are found by sorting (key, doc) entries per band, which is deterministic, needs no
//! hash map, and runs one band per rayon task.

use crate::hash::{hash_bytes, BAND_SEED};
use rayon::prelude::*;

/// Minimum collision probability at the threshold that the band choice guarantees.
pub const TARGET_RECALL_AT_THRESHOLD: f64 = 0.99;

/// How a signature is cut: `bands` × `rows` ≤ num_perm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LshParams {
    pub bands: usize,
    pub rows: usize,
}

impl LshParams {
    /// The band layout for a Jaccard threshold (see the module docs for the rule).
    pub fn for_threshold(threshold: f64, num_perm: usize) -> LshParams {
        let threshold = threshold.clamp(0.0, 1.0);
        let num_perm = num_perm.max(1);
        (1..=num_perm)
            .rev()
            .map(|rows| LshParams {
                bands: num_perm / rows,
                rows,
            })
            .find(|p| p.collision_probability(threshold) >= TARGET_RECALL_AT_THRESHOLD)
            .unwrap_or(LshParams {
                bands: num_perm,
                rows: 1,
            })
    }

    /// P(two documents of Jaccard `s` share at least one band) = 1 − (1 − s^r)^b.
    pub fn collision_probability(&self, s: f64) -> f64 {
        1.0 - (1.0 - s.powi(self.rows as i32)).powi(self.bands as i32)
    }
}

/// Append the `bands` band keys of one signature to `out`.
pub fn band_keys(signature: &[u32], params: LshParams, out: &mut Vec<u64>) {
    let mut buf = [0u8; 4 * 64];
    for band in 0..params.bands {
        let rows = &signature[band * params.rows..(band + 1) * params.rows];
        let mut key = BAND_SEED ^ (band as u64);
        for chunk in rows.chunks(64) {
            for (dst, v) in buf.chunks_exact_mut(4).zip(chunk) {
                dst.copy_from_slice(&v.to_le_bytes());
            }
            key = hash_bytes(&buf[..4 * chunk.len()], key);
        }
        out.push(key);
    }
}

/// Candidate pairs among documents whose band keys are `keys` (document `d` owns
/// `keys[d*bands..(d+1)*bands]`). Returns pairs `(a, b)` with `a < b`, sorted, without
/// duplicates.
pub fn candidate_pairs(keys: &[u64], bands: usize) -> Vec<(u32, u32)> {
    if bands == 0 {
        return Vec::new();
    }
    let n_docs = keys.len() / bands;
    let mut pairs: Vec<(u32, u32)> = (0..bands)
        .into_par_iter()
        .flat_map_iter(|band| {
            let mut entries: Vec<(u64, u32)> = (0..n_docs)
                .map(|d| (keys[d * bands + band], d as u32))
                .collect();
            entries.sort_unstable();
            let mut out = Vec::new();
            for bucket in entries.chunk_by(|x, y| x.0 == y.0) {
                for (i, x) in bucket.iter().enumerate() {
                    for y in &bucket[i + 1..] {
                        out.push((x.1, y.1));
                    }
                }
            }
            out
        })
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_layout_matches_the_documented_maths() {
        let p = LshParams::for_threshold(0.8, 128);
        assert_eq!(p, LshParams { bands: 21, rows: 6 });
        assert!(p.collision_probability(0.8) >= 0.99);
        assert!(p.collision_probability(0.3) < 0.02);
        // Every threshold gets at least the target at the threshold itself.
        for t in [0.3, 0.5, 0.7, 0.9, 0.95] {
            let p = LshParams::for_threshold(t, 128);
            assert!(p.bands * p.rows <= 128);
            assert!(
                p.collision_probability(t) >= TARGET_RECALL_AT_THRESHOLD,
                "{t}: {p:?}"
            );
        }
    }

    #[test]
    fn equal_bands_collide_and_pairs_are_unique() {
        let p = LshParams { bands: 4, rows: 2 };
        let sig_a = [1, 2, 3, 4, 5, 6, 7, 8];
        let sig_b = [1, 2, 9, 9, 5, 6, 9, 9]; // shares bands 0 and 2 with a
        let sig_c = [7, 7, 7, 7, 7, 7, 7, 1]; // shares nothing
        let mut keys = Vec::new();
        for s in [&sig_a, &sig_b, &sig_c] {
            band_keys(s, p, &mut keys);
        }
        assert_eq!(candidate_pairs(&keys, p.bands), vec![(0, 1)]);
    }

    #[test]
    fn same_rows_in_different_bands_do_not_collide() {
        let p = LshParams { bands: 2, rows: 2 };
        let mut keys = Vec::new();
        band_keys(&[1, 2, 3, 4], p, &mut keys);
        band_keys(&[3, 4, 1, 2], p, &mut keys);
        assert!(candidate_pairs(&keys, p.bands).is_empty());
    }
}
