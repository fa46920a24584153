//! Word k-shingles of normalized text, as stable 32-bit hashes.
//!
//! A token is a maximal run of alphanumeric characters (Unicode), so punctuation and spacing
//! differences never change a shingle. Each token is hashed once (`token_hash`: a word
//! mixer for short tokens, XXH3 for long ones, seeded); a shingle's hash combines the k token hashes in order with a rotate-xor-multiply chain and a
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

/// Hash of one token. A token of up to 7 bytes (most words) is read as one little-endian
/// word with its length in the free top byte and mixed by `mix64`, a bijection: two distinct
/// tokens that short never collide. Up to 15 bytes, two words (the second with the length on
/// top) are mixed in turn; longer tokens go through XXH3 (both collide with probability
/// about 2⁻⁶⁴).
#[inline]
pub fn token_hash(token: &str) -> u64 {
    hash_token_at(token.as_bytes(), 0, token.len())
}

/// `token_hash` of `bytes[at..at + len]`, reading whole words where the slice allows.
#[inline]
fn hash_token_at(bytes: &[u8], at: usize, len: usize) -> u64 {
    let with_len = |word: u64| word | ((len as u64) << 56);
    if len <= 7 {
        mix64(with_len(load_word(bytes, at, len)) ^ TOKEN_SEED)
    } else if len <= 15 {
        let (lo, hi) = (load_word(bytes, at, 8), load_word(bytes, at + 8, len - 8));
        mix64(mix64(lo ^ TOKEN_SEED) ^ with_len(hi))
    } else {
        hash_bytes(&bytes[at..at + len], TOKEN_SEED)
    }
}

/// The `len` (0..=8) bytes at `at` as a little-endian word, zero above them.
#[inline]
fn load_word(bytes: &[u8], at: usize, len: usize) -> u64 {
    if len == 0 {
        return 0;
    }
    if let Some(eight) = bytes.get(at..at + 8) {
        let w = u64::from_le_bytes(eight.try_into().expect("8 bytes"));
        w & (u64::MAX >> (64 - 8 * len))
    } else {
        let mut w = [0u8; 8];
        w[..len].copy_from_slice(&bytes[at..at + len]);
        u64::from_le_bytes(w)
    }
}

/// Append the hash of every token of `text` (what `tokens(text).map(token_hash)` gives) to
/// `out`. The hot loop of the copy tier: ASCII text (most news after normalization) is
/// scanned 64 bytes at a time; other text goes through `tokens`.
pub fn token_hashes_into(text: &str, out: &mut Vec<u64>) {
    if text.is_ascii() {
        ascii_token_hashes_into(text.as_bytes(), out);
    } else {
        out.extend(tokens(text).map(token_hash));
    }
}

/// `token_hashes_into` for ASCII text, without a branch per byte: each block of 64 bytes
/// becomes a bit mask of its letters and digits, and tokens are read off the mask's runs.
fn ascii_token_hashes_into(b: &[u8], out: &mut Vec<u64>) {
    // The bits at and above `i`.
    let from = |i: usize| if i >= 64 { 0 } else { u64::MAX << i };
    let n = b.len();
    let mut open: Option<usize> = None;
    let mut base = 0;
    while base < n {
        let block = &b[base..n.min(base + 64)];
        let mut alnum = crate::byteclass::ascii_alnum(block);
        // Past the end of a short last block every bit is a separator.
        let mut separators = !alnum;
        loop {
            match open {
                Some(start) => {
                    if separators == 0 {
                        break; // the token goes on into the next block
                    }
                    let end = base + separators.trailing_zeros() as usize;
                    out.push(hash_token_at(b, start, end - start));
                    open = None;
                    alnum &= from(end - base);
                }
                None => {
                    if alnum == 0 {
                        break;
                    }
                    let start = alnum.trailing_zeros() as usize;
                    open = Some(base + start);
                    separators &= from(start);
                }
            }
        }
        base += 64;
    }
    if let Some(start) = open {
        out.push(hash_token_at(b, start, n - start));
    }
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
    token_hashes_into(text, scratch);
    windows_into(scratch, k, out);
    scratch.len()
}

/// The shingle *set* of `text`: sorted, without duplicates.
pub fn shingle_set(text: &str, k: usize) -> Vec<Shingle> {
    let mut out = Vec::new();
    shingle_into(text, k, &mut Vec::new(), &mut out);
    into_set(&mut out);
    out
}

/// Turn shingles in any order, repeats included, into a set: sorted, without duplicates.
pub fn into_set(shingles: &mut Vec<Shingle>) {
    shingles.sort_unstable();
    shingles.dedup();
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

    #[test]
    fn token_hashes_are_distinct_and_stable() {
        // A length that spilled into a word's last byte once made "chateau" and "chateaux"
        // one token.
        assert_ne!(token_hash("chateau"), token_hash("chateaux"));
        assert_ne!(token_hash("abcdefg"), token_hash("abcdefgx"));
        let words = [
            "a",
            "ab",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "abcdefghijklmno",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
        ];
        let mut hashes: Vec<u64> = words.iter().map(|w| token_hash(w)).collect();
        // Trailing zero bytes cannot make two lengths of one prefix equal.
        hashes.push(token_hash("a\0"));
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), words.len() + 1);
        assert_eq!(token_hash("kuleba"), token_hash("kuleba"));
    }

    proptest::proptest! {
        #[test]
        fn token_hashes_match_hashing_each_token(
            s in "[a-zA-Z0-9 .,'\n\u{e9}\u{301}\u{3b1}\u{2019}\u{4e00}\u{1f600}_-]{0,80}|[a-z0-9 .,'\n-]{0,300}"
        ) {
            // Mixed text (the `tokens` path) and long ASCII text (the 64-byte blocks).
            let mut fast = Vec::new();
            token_hashes_into(&s, &mut fast);
            let reference: Vec<u64> = tokens(&s).map(token_hash).collect();
            proptest::prop_assert_eq!(fast, reference);
        }

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
