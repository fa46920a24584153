//! Word k-shingles of normalized text, as stable 32-bit hashes.
//!
//! A token is a maximal run of alphanumeric characters (Unicode), so punctuation and spacing
//! differences never change a shingle. Each token is hashed once with XXH3 (seeded); a
//! shingle's hash combines the k token hashes in order with a rotate-xor-multiply chain and a
//! final avalanche, so computing all shingles of a document costs O(tokens · k) cheap integer
//! operations and no string building. A document with fewer than k tokens has one shingle made
//! of all its tokens (short texts still compare); an empty document has none.
//!
//! A shingle is kept as the top 32 bits of its 64-bit hash: half the memory and sorting work
//! of 64 bits, which lets a whole dump's shingles stay in memory between passes. Two distinct
//! shingles of a compared pair collide with probability about n²/2³² (6·10⁻⁵ for two articles
//! of 500 shingles), and a collision moves their Jaccard by 1/n at most.

use crate::hash::{hash_bytes, mix64, TOKEN_SEED};

/// Default shingle width in words (5 is the usual choice for news near-duplicates).
pub const DEFAULT_K: usize = 5;

/// Iterate over the word tokens of (normalized) text: the maximal runs of alphanumeric
/// characters. Bytes are scanned directly, decoding a character only for non-ASCII bytes.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, at: 0 }
}

/// Iterator of `tokens`.
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Tokens<'a> {
    /// Length in bytes of the alphanumeric character at `i` (a char boundary), or 0.
    #[inline]
    fn alnum_len(&self, i: usize) -> usize {
        let b = self.text.as_bytes()[i];
        if b.is_ascii() {
            usize::from(b.is_ascii_alphanumeric())
        } else {
            let c = self.text[i..].chars().next().expect("char boundary");
            if c.is_alphanumeric() {
                c.len_utf8()
            } else {
                0
            }
        }
    }

    #[inline]
    fn char_len(&self, i: usize) -> usize {
        match self.text.as_bytes()[i] {
            b if b < 0x80 => 1,
            b if b >= 0xf0 => 4,
            b if b >= 0xe0 => 3,
            _ => 2,
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let n = self.text.len();
        let mut i = self.at;
        // Skip separators.
        while i < n {
            if self.alnum_len(i) > 0 {
                break;
            }
            i += self.char_len(i);
        }
        if i >= n {
            self.at = n;
            return None;
        }
        let start = i;
        loop {
            let l = if i < n { self.alnum_len(i) } else { 0 };
            if l == 0 {
                break;
            }
            i += l;
        }
        self.at = i;
        Some(&self.text[start..i])
    }
}

/// Hash of one token.
#[inline]
pub fn token_hash(token: &str) -> u64 {
    hash_bytes(token.as_bytes(), TOKEN_SEED)
}

/// A shingle's hash.
pub type Shingle = u32;

/// Combine consecutive token hashes into one shingle hash. Order matters.
#[inline]
pub fn combine(hashes: &[u64]) -> Shingle {
    let mut acc = 0x5368_696e_676c_6521u64 ^ hashes.len() as u64; // "Shingle!"
    for &h in hashes {
        acc = (acc.rotate_left(23) ^ h).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    (mix64(acc) >> 32) as Shingle
}

/// Append the shingles of a token-hash sequence to `out`, in text order (duplicates kept):
/// one per window of `k` tokens, or one of all the tokens when there are fewer than `k`.
pub fn windows_into(token_hashes: &[u64], k: usize, out: &mut Vec<Shingle>) {
    let k = k.max(1);
    if token_hashes.is_empty() {
        return;
    }
    if token_hashes.len() < k {
        out.push(combine(token_hashes));
    } else {
        out.extend(token_hashes.windows(k).map(combine));
    }
}

/// Append the hashes of all k-shingles of `text` to `out` (in text order, duplicates kept),
/// using `scratch` for the token hashes. Returns the number of tokens.
pub fn shingle_into(text: &str, k: usize, scratch: &mut Vec<u64>, out: &mut Vec<Shingle>) -> usize {
    scratch.clear();
    scratch.extend(tokens(text).map(token_hash));
    windows_into(scratch, k, out);
    scratch.len()
}

/// The shingle *set* of `text`: sorted, without duplicates.
pub fn shingle_set(text: &str, k: usize) -> Vec<Shingle> {
    let mut out = Vec::new();
    shingle_into(text, k, &mut Vec::new(), &mut out);
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_ignore_punctuation() {
        let t: Vec<_> = tokens("u.s. forces, 8,500 troops—kuleba's talks").collect();
        assert_eq!(
            t,
            ["u", "s", "forces", "8", "500", "troops", "kuleba", "s", "talks"]
        );
    }

    proptest::proptest! {
        #[test]
        fn tokens_match_splitting_on_non_alphanumerics(s in "[a-zA-Z0-9 .,'\n\u{e9}\u{301}\u{3b1}\u{2019}\u{4e00}\u{1f600}_-]{0,50}") {
            let reference: Vec<&str> = s.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
            proptest::prop_assert_eq!(tokens(&s).collect::<Vec<_>>(), reference);
        }
    }

    #[test]
    fn shingles_count_and_order() {
        let s = shingle_set("a b c d e f", 5);
        assert_eq!(s.len(), 2);
        assert_ne!(shingle_set("a b c d e", 5), shingle_set("e d c b a", 5));
        // Punctuation and spacing do not matter.
        assert_eq!(shingle_set("a, b; c  d e", 5), shingle_set("a b c d e", 5));
    }

    #[test]
    fn short_and_empty_texts() {
        assert_eq!(shingle_set("two words", 5).len(), 1);
        assert!(shingle_set(" ,;. ", 5).is_empty());
    }
}
