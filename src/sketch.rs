//! MinHash signatures of shingle sets.
//!
//! For a random hash function h, P[min h(A) = min h(B)] = J(A, B), the Jaccard similarity of
//! the sets; `num_perm` independent functions give an unbiased estimate of J with standard
//! error sqrt(J(1-J)/num_perm) (≈ 0.035 at J = 0.8 with 128).
//!
//! The fast kernel (`MinHasher::sketch`) is Fast Similarity Sketching (Dahlgaard, Knudsen &
//! Thorup, FOCS 2017), which costs O(n + k) hash evaluations per set instead of the classic
//! O(n·k). Every element x gets, for every slot b, a rank v_b(x) = (r, u_r(x)) where r is the
//! first of `ROUNDS` rounds in which x's round-r hash sends it to slot b (u_r(x) = 32 other bits
//! of that hash), or (`ROUNDS`, g_b(x)) with a per-slot multiply-add-shift hash g_b when it never
//! lands there. The slot holds min over the set of v_b(x). Ranks are i.i.d. across elements
//! and do not depend on the set, so the minimum falls on a uniformly random element of A ∪ B
//! and P[slot(A) = slot(B)] = J(A, B) exactly, as with k independent permutations; slots are
//! only weakly (negatively) dependent. Rounds stop as soon as every slot is filled (later
//! rounds rank higher), so a news article of a few hundred shingles needs 1–2 rounds of one
//! hash per shingle, and only slots still empty after `ROUNDS` rounds (very short texts) pay
//! for g_b over the whole set. The 64-bit rank is mixed down to the 32-bit slot value (equal
//! ranks give equal values; distinct ranks collide with probability 2^-32).
//!
//! `ClassicMinHasher` is the textbook reference (datasketch's scheme: (a·x + b) mod (2^61 − 1),
//! keep 32 bits), used in tests to check the fast kernel's estimates. Coefficients come from a
//! seeded SplitMix64 stream, so signatures are bit-stable across platforms, runs and thread
//! counts (see `hash::HASH_VERSION`: 2 since this kernel, 3 since 32-bit shingles).

use crate::hash::{mix64, SplitMix64};
use crate::shingle::Shingle;

/// Default number of hash functions (permutations).
pub const DEFAULT_NUM_PERM: usize = 128;
/// Default seed for the hash-function coefficients.
pub const DEFAULT_SEED: u64 = 1;

/// A MinHash signature: one minimum per hash function.
pub type Signature = Vec<u32>;

/// Rounds of one-hash-per-element bucketing before the per-slot fallback.
const ROUNDS: u64 = 8;

/// Signatures up to this length are built in a stack buffer.
const STACK_SLOTS: usize = 1024;

/// The fast MinHash kernel (Fast Similarity Sketching, see the module docs).
#[derive(Debug, Clone)]
pub struct MinHasher {
    /// Per-round keys of the bucketing hash.
    rounds: [u64; ROUNDS as usize],
    /// Per-slot multiply-add-shift coefficients of the fallback hash.
    a: Vec<u64>,
    b: Vec<u64>,
    /// Key of the final rank-to-slot-value mix.
    out_key: u64,
}

impl MinHasher {
    pub fn new(num_perm: usize, seed: u64) -> Self {
        let mut rng = SplitMix64::new(seed ^ 0x4d69_6e48_6173_6821); // "MinHash!"
        let a = (0..num_perm).map(|_| rng.next_u64() | 1).collect();
        let b = (0..num_perm).map(|_| rng.next_u64()).collect();
        let rounds = std::array::from_fn(|_| rng.next_u64());
        let out_key = rng.next_u64();
        Self {
            rounds,
            a,
            b,
            out_key,
        }
    }

    pub fn num_perm(&self) -> usize {
        self.a.len()
    }

    /// Write the signature of `shingles` (any order, duplicates allowed) into `out`, which must
    /// have `num_perm` slots. An empty set gives all `u32::MAX`.
    pub fn sketch(&self, shingles: &[Shingle], out: &mut [u32]) {
        let k = self.a.len();
        assert_eq!(out.len(), k, "signature buffer has the wrong length");
        if shingles.is_empty() {
            out.fill(u32::MAX);
            return;
        }
        let mut stack = [0u64; STACK_SLOTS];
        let mut heap = Vec::new();
        let best: &mut [u64] = if k <= STACK_SLOTS {
            &mut stack[..k]
        } else {
            heap.resize(k, 0);
            &mut heap
        };
        best.fill(u64::MAX);
        let mut empty = k;
        for (r, &key) in (0u64..).zip(&self.rounds) {
            let tag = r << 32;
            for &s in shingles {
                let h = mix64(u64::from(s) ^ key);
                let slot = (((h >> 32) * k as u64) >> 32) as usize;
                let v = tag | (h & 0xffff_ffff);
                best[slot] = best[slot].min(v);
            }
            empty = best.iter().filter(|&&v| v == u64::MAX).count();
            if empty == 0 {
                break;
            }
        }
        if empty > 0 {
            for (slot, (&a, &b)) in best.iter_mut().zip(self.a.iter().zip(&self.b)) {
                if *slot == u64::MAX {
                    let g = shingles
                        .iter()
                        .map(|&s| (a.wrapping_mul(u64::from(s)).wrapping_add(b) >> 32) as u32)
                        .min()
                        .unwrap_or(u32::MAX);
                    *slot = (ROUNDS << 32) | u64::from(g);
                }
            }
        }
        for (o, &v) in out.iter_mut().zip(best.iter()) {
            *o = (mix64(v ^ self.out_key) >> 32) as u32;
        }
    }

    /// Convenience: a new signature.
    pub fn signature(&self, shingles: &[Shingle]) -> Signature {
        let mut out = vec![0; self.num_perm()];
        self.sketch(shingles, &mut out);
        out
    }
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
        let b = (0..num_perm)
            .map(|_| rng.next_u64() % MERSENNE_61)
            .collect();
        Self { a, b }
    }

    pub fn signature(&self, shingles: &[Shingle]) -> Signature {
        let mut out = vec![u32::MAX; self.a.len()];
        for &s in shingles {
            let x = u128::from(s);
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

    /// MurmurHash3's 32-bit finalizer: a bijection of `u32`.
    fn fmix32(mut x: u32) -> u32 {
        x ^= x >> 16;
        x = x.wrapping_mul(0x85eb_ca6b);
        x ^= x >> 13;
        x = x.wrapping_mul(0xc2b2_ae35);
        x ^ (x >> 16)
    }

    /// Two sets with exactly `inter` common elements out of `union`.
    fn pair(union: u64, inter: u64, salt: u64) -> (Vec<Shingle>, Vec<Shingle>) {
        let only = (union - inter) / 2;
        // A bijection of consecutive values: distinct within the pair, and spread like
        // shingle hashes (linear hashes such as the classic kernel's are biased on runs).
        let base = mix64(salt) as u32;
        let value = |i: u64| fmix32(base.wrapping_add(i as u32));
        let common: Vec<Shingle> = (0..inter).map(value).collect();
        let mut a = common.clone();
        let mut b = common;
        a.extend((inter..inter + only).map(value));
        b.extend((inter + only..union).map(value));
        (a, b)
    }

    #[test]
    fn identical_sets_identical_signatures() {
        let m = MinHasher::new(128, 7);
        let s: Vec<Shingle> = (0..500).map(|i| mix64(i) as Shingle).collect();
        assert_eq!(estimate_jaccard(&m.signature(&s), &m.signature(&s)), 1.0);
        assert!(m.signature(&[]).iter().all(|&v| v == u32::MAX));
    }

    #[test]
    fn fast_kernel_matches_classic_estimates() {
        // Over many pairs at several true Jaccard values, both kernels must be unbiased and
        // have the textbook error: mean within 0.01 of J, RMSE within 1.25x of sqrt(J(1-J)/k).
        let (fast, classic) = (MinHasher::new(128, 3), ClassicMinHasher::new(128, 3));
        // Small unions leave slots empty after the bucketing rounds (the fallback path).
        for &(union, inter) in &[
            (400u64, 100u64),
            (400, 200),
            (400, 320),
            (400, 380),
            (60, 48),
            (12, 10),
        ] {
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
                assert!(
                    (mean - j).abs() < 0.01,
                    "{name} biased at J={j}: mean {mean}"
                );
                assert!(
                    rmse < 1.25 * expected_rmse,
                    "{name} noisy at J={j}: rmse {rmse}"
                );
            }
        }
    }

    #[test]
    fn band_collisions_at_the_threshold_match_the_lsh_curve() {
        // Slots must be close enough to independent for the banding maths to hold: at J = 0.8
        // with 21 bands of 6 rows the curve promises P(candidate) = 0.998, for long and short
        // texts alike (short ones go through the fallback path).
        use crate::lsh::{band_keys, LshParams};
        let m = MinHasher::new(128, 1);
        let p = LshParams::for_threshold(0.8, 128);
        for union in [25u64, 90, 500] {
            let inter = union * 8 / 10;
            let trials = 400;
            let hits = (0..trials)
                .filter(|&t| {
                    let (a, b) = pair(union, inter, t + 1000);
                    let (mut ka, mut kb) = (Vec::new(), Vec::new());
                    band_keys(&m.signature(&a), p, &mut ka);
                    band_keys(&m.signature(&b), p, &mut kb);
                    ka.iter().zip(&kb).any(|(x, y)| x == y)
                })
                .count();
            let j = inter as f64 / union as f64;
            let expected = p.collision_probability(j);
            assert!(
                hits as f64 / trials as f64 >= expected - 0.03,
                "union {union}: {hits}/{trials}, expected {expected}"
            );
        }
    }

    proptest! {
        #[test]
        fn signature_ignores_order_and_repeats(mut s in proptest::collection::vec(any::<Shingle>(), 0..200), seed in any::<u64>()) {
            let m = MinHasher::new(64, seed);
            let before = m.signature(&s);
            s.reverse();
            let doubled: Vec<Shingle> = s.iter().chain(s.iter()).copied().collect();
            prop_assert_eq!(&m.signature(&s), &before);
            prop_assert_eq!(&m.signature(&doubled), &before);
        }
    }
}
