//! MinHash signatures of shingle sets.
//!
//! For a random hash function h, P[min h(A) = min h(B)] = J(A, B), the Jaccard similarity of
//! the sets; `num_perm` independent functions give an unbiased estimate of J with standard
//! error sqrt(J(1-J)/num_perm) (≈ 0.035 at J = 0.8 with 128).
//!
//! The fast kernel (`MinHasher::sketch`) uses Dietzfelbinger's multiply-add-shift family on
//! 32-bit keys, h_i(x) = ⌊(a_i·x + b_i) mod 2^64 / 2^32⌋ with random 64-bit a_i, b_i, which is
//! strongly universal (pairwise independent) and costs one 64×32-bit multiply per function;
//! the inner loop over the functions is branch-free and vectorizes. The key x folds the 64-bit
//! shingle hash to 32 bits (two shingles of one document collide with probability ~n²/2^33,
//! negligible for news articles). `ClassicMinHasher` is the textbook reference (datasketch's
//! scheme: (a·x + b) mod (2^61 − 1), keep 32 bits), used in tests to check the fast kernel's
//! estimates. Coefficients come from a seeded SplitMix64 stream, so signatures are bit-stable
//! across platforms, runs and thread counts (see `hash::HASH_VERSION`).

use crate::hash::SplitMix64;

/// Default number of hash functions (permutations).
pub const DEFAULT_NUM_PERM: usize = 128;
/// Default seed for the hash-function coefficients.
pub const DEFAULT_SEED: u64 = 1;

/// A MinHash signature: one minimum per hash function.
pub type Signature = Vec<u32>;

/// The fast MinHash kernel (multiply-add-shift on 32-bit keys).
#[derive(Debug, Clone)]
pub struct MinHasher {
    a: Vec<u64>,
    b: Vec<u64>,
}

impl MinHasher {
    pub fn new(num_perm: usize, seed: u64) -> Self {
        let mut rng = SplitMix64::new(seed ^ 0x4d69_6e48_6173_6821); // "MinHash!"
        let a = (0..num_perm).map(|_| rng.next_u64() | 1).collect();
        let b = (0..num_perm).map(|_| rng.next_u64()).collect();
        Self { a, b }
    }

    pub fn num_perm(&self) -> usize {
        self.a.len()
    }

    /// Write the signature of `shingles` (any order, duplicates allowed) into `out`, which must
    /// have `num_perm` slots. An empty set gives all `u32::MAX`.
    pub fn sketch(&self, shingles: &[u64], out: &mut [u32]) {
        assert_eq!(out.len(), self.a.len(), "signature buffer has the wrong length");
        out.fill(u32::MAX);
        for &s in shingles {
            let x = fold32(s);
            for ((slot, &a), &b) in out.iter_mut().zip(&self.a).zip(&self.b) {
                let h = (a.wrapping_mul(x).wrapping_add(b) >> 32) as u32;
                *slot = (*slot).min(h);
            }
        }
    }

    /// Convenience: a new signature.
    pub fn signature(&self, shingles: &[u64]) -> Signature {
        let mut out = vec![0; self.num_perm()];
        self.sketch(shingles, &mut out);
        out
    }
}

#[inline]
fn fold32(s: u64) -> u64 {
    (s ^ (s >> 32)) & 0xffff_ffff
}

/// Fraction of equal slots: the MinHash estimate of Jaccard similarity.
pub fn estimate_jaccard(a: &[u32], b: &[u32]) -> f64 {
    assert_eq!(a.len(), b.len());
    if a.is_empty() {
        return 0.0;
    }
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / a.len() as f64
}

/// Textbook MinHash over the Mersenne prime 2^61 − 1, as in datasketch. Slow; the reference
/// the fast kernel is tested against.
#[derive(Debug, Clone)]
pub struct ClassicMinHasher {
    a: Vec<u64>,
    b: Vec<u64>,
}

const MERSENNE_61: u64 = (1 << 61) - 1;

impl ClassicMinHasher {
    pub fn new(num_perm: usize, seed: u64) -> Self {
        let mut rng = SplitMix64::new(seed);
        let a = (0..num_perm)
            .map(|_| 1 + rng.next_u64() % (MERSENNE_61 - 1))
            .collect();
        let b = (0..num_perm).map(|_| rng.next_u64() % MERSENNE_61).collect();
        Self { a, b }
    }

    pub fn signature(&self, shingles: &[u64]) -> Signature {
        let mut out = vec![u32::MAX; self.a.len()];
        for &s in shingles {
            let x = u128::from(s & 0xffff_ffff);
            for ((slot, &a), &b) in out.iter_mut().zip(&self.a).zip(&self.b) {
                let h = ((u128::from(a) * x + u128::from(b)) % u128::from(MERSENNE_61)) as u64;
                *slot = (*slot).min((h & 0xffff_ffff) as u32);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::mix64;
    use proptest::prelude::*;

    /// Two sets with exactly `inter` common elements out of `union`.
    fn pair(union: u64, inter: u64, salt: u64) -> (Vec<u64>, Vec<u64>) {
        let only = (union - inter) / 2;
        let common: Vec<u64> = (0..inter).map(|i| mix64(i ^ salt << 40)).collect();
        let mut a = common.clone();
        let mut b = common;
        a.extend((0..only).map(|i| mix64((1 << 32) + i ^ salt << 40)));
        b.extend((0..union - inter - only).map(|i| mix64((2 << 32) + i ^ salt << 40)));
        (a, b)
    }

    #[test]
    fn identical_sets_identical_signatures() {
        let m = MinHasher::new(128, 7);
        let s: Vec<u64> = (0..500).map(mix64).collect();
        assert_eq!(estimate_jaccard(&m.signature(&s), &m.signature(&s)), 1.0);
        assert!(m.signature(&[]).iter().all(|&v| v == u32::MAX));
    }

    #[test]
    fn fast_kernel_matches_classic_estimates() {
        // Over many pairs at several true Jaccard values, both kernels must be unbiased and
        // have the textbook error: mean within 0.01 of J, RMSE within 1.25x of sqrt(J(1-J)/k).
        let (fast, classic) = (MinHasher::new(128, 3), ClassicMinHasher::new(128, 3));
        for &(union, inter) in &[(400u64, 100u64), (400, 200), (400, 320), (400, 380)] {
            let j = inter as f64 / union as f64;
            let trials = 200;
            let (mut sum_f, mut sum_c, mut se_f, mut se_c) = (0.0, 0.0, 0.0, 0.0);
            for t in 0..trials {
                let (a, b) = pair(union, inter, t);
                let ef = estimate_jaccard(&fast.signature(&a), &fast.signature(&b));
                let ec = estimate_jaccard(&classic.signature(&a), &classic.signature(&b));
                sum_f += ef;
                sum_c += ec;
                se_f += (ef - j).powi(2);
                se_c += (ec - j).powi(2);
            }
            let n = trials as f64;
            let expected_rmse = (j * (1.0 - j) / 128.0).sqrt();
            for (name, sum, se) in [("fast", sum_f, se_f), ("classic", sum_c, se_c)] {
                let (mean, rmse) = (sum / n, (se / n).sqrt());
                assert!((mean - j).abs() < 0.01, "{name} biased at J={j}: mean {mean}");
                assert!(rmse < 1.25 * expected_rmse, "{name} noisy at J={j}: rmse {rmse}");
            }
        }
    }

    proptest! {
        #[test]
        fn signature_ignores_order_and_repeats(mut s in proptest::collection::vec(any::<u64>(), 0..200), seed in any::<u64>()) {
            let m = MinHasher::new(64, seed);
            let before = m.signature(&s);
            s.reverse();
            let doubled: Vec<u64> = s.iter().chain(s.iter()).copied().collect();
            prop_assert_eq!(&m.signature(&s), &before);
            prop_assert_eq!(&m.signature(&doubled), &before);
        }
    }
}
