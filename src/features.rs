//! Per-document features for the copy tier: the normalized text's identity and the shingle
//! set of its content (boilerplate lines removed).
//!
//! `prepare` is the one place a document becomes comparable, used by every pass of `scan`
//! and by `compare`, so all of them see exactly the same content.

use crate::boilerplate::Boilerplate;
use crate::normalize::normalize;
use crate::shingle::shingle_into;
use xxhash_rust::xxh3::xxh3_128_with_seed;

/// Buffers reused across documents by one worker.
#[derive(Debug, Default)]
pub struct Scratch {
    normalized: String,
    content: String,
    tokens: Vec<u64>,
}

impl Scratch {
    /// The normalized text of the last document `prepare` saw.
    pub fn normalized(&self) -> &str {
        &self.normalized
    }
}

/// What the copy tier knows about one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CopyFeatures {
    /// 128-bit hash of the whole normalized text: equal hashes = `duplicate`.
    pub text_hash: u128,
    /// Sorted, deduplicated shingle hashes of the content.
    pub shingles: Vec<u64>,
    /// Word tokens in the content.
    pub tokens: u32,
    /// Boilerplate lines left out of the content.
    pub boilerplate_lines: u32,
}

/// Identity of a normalized text (128-bit XXH3: a collision is not a practical concern).
pub fn text_hash(normalized: &str) -> u128 {
    xxh3_128_with_seed(normalized.as_bytes(), crate::hash::TEXT_SEED)
}

/// Normalize `text`, drop boilerplate, shingle with width `k`.
pub fn prepare(
    text: &str,
    boilerplate: &Boilerplate,
    k: usize,
    scratch: &mut Scratch,
) -> CopyFeatures {
    normalize(text, &mut scratch.normalized);
    let text_hash = text_hash(&scratch.normalized);
    let dropped = boilerplate.strip(&scratch.normalized, &mut scratch.content);
    let mut shingles = Vec::new();
    let tokens = shingle_into(&scratch.content, k, &mut scratch.tokens, &mut shingles);
    shingles.sort_unstable();
    shingles.dedup();
    CopyFeatures {
        text_hash,
        shingles,
        tokens: tokens as u32,
        boilerplate_lines: dropped as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_differences_are_the_same_text() {
        let mut s = Scratch::default();
        let a = prepare("The “Quick” fox\n\nran.", &Boilerplate::none(), 2, &mut s);
        let b = prepare("the \"quick\"   FOX\nran.", &Boilerplate::none(), 2, &mut s);
        assert_eq!(a, b);
        assert_eq!(a.tokens, 4);
        assert_eq!(a.shingles.len(), 3);
    }
}
