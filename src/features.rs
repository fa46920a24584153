//! Per-document features for the copy tier: the normalized text's identity and the shingle
//! set of its content (boilerplate lines removed).
//!
//! A text is shingled once, whole and in text order (`shingle_text`), before the dump's
//! boilerplate is known. Boilerplate is only ever dropped as runs of short lines at the start
//! and at the end of a text (`Boilerplate::strip`), and tokens never cross a line, so the
//! content's shingles are a contiguous slice of the whole text's: `Shingled` keeps the
//! fingerprints and word counts of those edge lines, and `Shingled::content` finds the slice
//! once the rule is known, without the text. `prepare` does both steps at once and is what
//! `compare` and the re-reading passes use, so every path sees exactly the same content.

use crate::boilerplate::{short_line_fingerprint, Boilerplate, MIN_CONTENT_WORDS};
use crate::normalize::normalize;
use crate::shingle::{into_set, token_hashes_into, windows_into, Shingle};
use std::ops::Range;
use xxhash_rust::xxh3::Xxh3;

/// Buffers reused across documents by one worker.
#[derive(Debug, Default)]
pub struct Scratch {
    normalized: String,
    tokens: Vec<u64>,
    lines: Vec<(Option<u64>, u32)>,
    fingerprints: Vec<u64>,
}

impl Scratch {
    /// The normalized text of the last document `shingle_text` saw.
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// The fingerprints of the short lines of that text (sorted, unique): what the boilerplate
    /// counter counts.
    pub fn line_fingerprints(&self) -> &[u64] {
        &self.fingerprints
    }
}

/// What the copy tier knows about one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CopyFeatures {
    /// 128-bit hash of the whole normalized text: equal hashes = `duplicate`.
    pub text_hash: u128,
    /// Sorted, deduplicated shingle hashes of the content.
    pub shingles: Vec<Shingle>,
    /// Word tokens in the content.
    pub tokens: u32,
    /// Boilerplate lines left out of the content.
    pub boilerplate_lines: u32,
}

/// A whole text's shingles in text order, and its edge lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shingled {
    /// One shingle per window of `k` tokens, in text order (repeats kept).
    pub windows: Vec<Shingle>,
    /// Word tokens in the text.
    pub tokens: u32,
    /// The shingle width.
    k: usize,
    /// (fingerprint, words) of the run of short lines that opens the text, then of the run
    /// that closes it.
    edge_lines: Vec<(u64, u32)>,
    /// How many entries of `edge_lines` are the opening run.
    head_run: usize,
    /// Every line is short: `edge_lines` holds each line of the text once.
    all_short: bool,
}

/// The content of a `Shingled` text under a boilerplate rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    /// Its shingles: this range of `Shingled::windows`.
    pub windows: Range<usize>,
    /// Its word tokens.
    pub tokens: u32,
    /// Boilerplate lines left out.
    pub dropped: u32,
}

impl Shingled {
    /// Fingerprints of the first and the last line (0 when a line is too long to be
    /// boilerplate): all `Boilerplate::touches` needs to know.
    pub fn edges(&self) -> [u64; 2] {
        let first = if self.head_run > 0 {
            self.edge_lines[0].0
        } else {
            0
        };
        let closes = self.all_short || self.edge_lines.len() > self.head_run;
        let last = match self.edge_lines.last() {
            Some(&(h, _)) if closes => h,
            _ => 0,
        };
        [first, last]
    }

    /// The content under `boilerplate`: the same rule as `Boilerplate::strip` on the
    /// normalized text, except that a body shorter than the shingle width keeps every line
    /// (only reachable with a width over `MIN_CONTENT_WORDS`).
    pub fn content(&self, boilerplate: &Boilerplate) -> Content {
        let k = self.k;
        let whole = Content {
            windows: 0..self.windows.len(),
            tokens: self.tokens,
            dropped: 0,
        };
        if !boilerplate.is_active() {
            return whole;
        }
        let is_bp = |l: &&(u64, u32)| boilerplate.is_boilerplate_fingerprint(l.0);
        let opening = if self.all_short {
            &self.edge_lines[..]
        } else {
            &self.edge_lines[..self.head_run]
        };
        let head = opening.iter().take_while(is_bp).count();
        let closing = if self.all_short {
            &self.edge_lines[head..]
        } else {
            &self.edge_lines[self.head_run..]
        };
        let tail = closing.iter().rev().take_while(is_bp).count();
        let words = |lines: &[(u64, u32)]| lines.iter().map(|l| l.1).sum::<u32>();
        let start = words(&opening[..head]);
        let end = self.tokens - words(&closing[closing.len() - tail..]);
        let body = (end - start) as usize;
        if head + tail == 0 || body < MIN_CONTENT_WORDS.max(k) {
            return whole;
        }
        Content {
            windows: start as usize..end as usize + 1 - k,
            tokens: end - start,
            dropped: (head + tail) as u32,
        }
    }
}

/// The sorted, deduplicated set of some shingles.
pub fn shingle_set_of(windows: &[Shingle]) -> Vec<Shingle> {
    let mut set = windows.to_vec();
    into_set(&mut set);
    set
}

/// Identity of a normalized text (128-bit XXH3: a collision is not a practical concern).
/// A line break counts as a space: two texts that differ only in where their lines break
/// (a paragraph break against a space) are the same text.
/// (Streamed line by line: the same hash as of the text with its breaks replaced, without
/// copying it.)
pub fn text_hash(normalized: &str) -> u128 {
    let mut hasher = Xxh3::with_seed(crate::hash::TEXT_SEED);
    for (i, line) in normalized.split('\n').enumerate() {
        if i > 0 {
            hasher.update(b" ");
        }
        hasher.update(line.as_bytes());
    }
    hasher.digest128()
}

/// Normalize `text` and shingle it whole with width `k`, in one pass over its lines; returns
/// the identity of the normalized text. `scratch` then holds the normalized text and its
/// short-line fingerprints.
pub fn shingle_text(text: &str, k: usize, scratch: &mut Scratch) -> (u128, Shingled) {
    let Scratch {
        normalized,
        tokens: hashes,
        lines,
        fingerprints,
    } = scratch;
    normalize(text, normalized);
    hashes.clear();
    lines.clear();
    fingerprints.clear();
    for line in normalized.lines() {
        let before = hashes.len();
        token_hashes_into(line, hashes);
        let words = hashes.len() - before;
        let fingerprint = short_line_fingerprint(line, words);
        fingerprints.extend(fingerprint);
        lines.push((fingerprint, words as u32));
    }
    fingerprints.sort_unstable();
    fingerprints.dedup();
    let mut windows = Vec::with_capacity(hashes.len());
    windows_into(hashes, k, &mut windows);
    let short = |l: &&(Option<u64>, u32)| l.0.is_some();
    let head_run = lines.iter().take_while(short).count();
    let all_short = head_run == lines.len();
    let tail_run = if all_short {
        0
    } else {
        lines.iter().rev().take_while(short).count()
    };
    let edge_lines = lines[..head_run]
        .iter()
        .chain(&lines[lines.len() - tail_run..])
        .map(|&(h, words)| (h.unwrap_or(0), words))
        .collect();
    let shingled = Shingled {
        windows,
        tokens: hashes.len() as u32,
        k: k.max(1),
        edge_lines,
        head_run,
        all_short,
    };
    (text_hash(normalized), shingled)
}

/// Normalize `text`, drop boilerplate, shingle with width `k`.
pub fn prepare(
    text: &str,
    boilerplate: &Boilerplate,
    k: usize,
    scratch: &mut Scratch,
) -> CopyFeatures {
    let k = k.max(1);
    let (text_hash, shingled) = shingle_text(text, k, scratch);
    let content = shingled.content(boilerplate);
    CopyFeatures {
        text_hash,
        shingles: shingle_set_of(&shingled.windows[content.windows]),
        tokens: content.tokens,
        boilerplate_lines: content.dropped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boilerplate::LineCounter;
    use crate::normalize::normalized;
    use crate::shingle::{shingle_set, tokens};

    #[test]
    fn a_line_break_for_a_space_is_the_same_text() {
        let hash = |t: &str| text_hash(&normalized(t));
        assert_eq!(
            hash("Talks ended.\n\nBoth sides met again."),
            hash("Talks ended.  Both sides met again.")
        );
        assert_ne!(hash("Talks ended."), hash("Talks ended again."));
    }

    #[test]
    fn normalization_differences_are_the_same_text() {
        let mut s = Scratch::default();
        let a = prepare("The “Quick” fox\n\nran.", &Boilerplate::none(), 2, &mut s);
        let b = prepare("the \"quick\"   FOX\nran.", &Boilerplate::none(), 2, &mut s);
        assert_eq!(a, b);
        assert_eq!(a.tokens, 4);
        assert_eq!(a.shingles.len(), 3);
    }

    /// A dump whose documents open and close with recurring short lines, some of them
    /// boilerplate, some not; the documents themselves vary in length and shape.
    fn dump() -> Vec<String> {
        let chrome = [
            "home | world | sport",
            "share this article",
            "leave a reply",
        ];
        (0..40)
            .map(|i| {
                let body_lines = 1 + i % 4;
                let words = [3, 12, 30, 70][i % 4];
                let body: Vec<String> = (0..body_lines)
                    .map(|l| {
                        (0..words)
                            .map(|w| format!("w{}", (i * 31 + l * 7 + w) % 97))
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                let mut lines: Vec<String> = Vec::new();
                if i % 3 != 0 {
                    lines.push(chrome[0].to_string());
                }
                if i % 5 == 0 {
                    lines.push(format!("a headline {i}"));
                }
                lines.extend(body);
                if i % 2 == 0 {
                    lines.push(chrome[1].to_string());
                    lines.push(chrome[2].to_string());
                }
                lines.join("\n")
            })
            .collect()
    }

    #[test]
    fn content_from_the_edges_is_the_stripped_text() {
        let docs = dump();
        let mut counter = LineCounter::new();
        let mut scratch = Scratch::default();
        for d in &docs {
            shingle_text(d, 5, &mut scratch);
            counter.add_document(scratch.line_fingerprints());
        }
        let boilerplate = counter.finish();
        assert!(boilerplate.is_boilerplate("leave a reply"));
        let mut dropped_some = 0;
        for k in [1, 3, 5] {
            for d in &docs {
                let (_, shingled) = shingle_text(d, k, &mut scratch);
                let content = shingled.content(&boilerplate);
                let mut stripped = String::new();
                let dropped = boilerplate.strip(&normalized(d), &mut stripped);
                assert_eq!(content.dropped as usize, dropped, "{d:?}");
                if content.dropped > 0 {
                    dropped_some += 1;
                }
                assert_eq!(
                    shingle_set_of(&shingled.windows[content.windows]),
                    shingle_set(&stripped, k)
                );
                assert_eq!(content.tokens as usize, tokens(&stripped).count());
            }
        }
        assert!(dropped_some > 30, "the rule must bite: {dropped_some}");
    }

    #[test]
    fn edges_are_the_first_and_last_short_lines() {
        let mut s = Scratch::default();
        let long = "word ".repeat(30);
        let (_, a) = shingle_text(&format!("short one\n{long}\nshort two"), 5, &mut s);
        let (_, b) = shingle_text(&format!("{long}\nshort two"), 5, &mut s);
        let (_, c) = shingle_text("only short", 5, &mut s);
        let (_, e) = shingle_text("", 5, &mut s);
        let fp = |l: &str| short_line_fingerprint(l, tokens(l).count()).unwrap();
        assert_eq!(a.edges(), [fp("short one"), fp("short two")]);
        assert_eq!(b.edges(), [0, fp("short two")]);
        assert_eq!(c.edges(), [fp("only short"), fp("only short")]);
        assert_eq!(e.edges(), [0, 0]);
    }
}
