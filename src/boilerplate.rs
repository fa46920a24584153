//! Boilerplate: short lines that recur across many documents of the dump ("Leave a Reply",
//! "Related Articles", "Share this article"), found from the dump itself and left out of the
//! content that copies and stories are compared on.
//!
//! A first pass counts, for every short normalized line (at most `MAX_WORDS` words), the
//! number of documents it appears in. Counts live in a count-min sketch with conservative
//! update (Estan & Varghese 2002): 4 rows × 2^20 counters, 16 MiB whatever the dump size;
//! it can only over-count, by at most e·n/2^20 per row with probability 1 − e^-4 for n
//! insertions (≈ 78 for 30 M short lines, far below the threshold at that scale). A line is
//! boilerplate when it appears in at least max(`MIN_DOCS`, `MIN_FRACTION`·N) documents. The
//! floor keeps a story reprinted a handful of times from losing its own lines; the word limit
//! keeps paragraphs of syndicated copy out, whatever their count.

use crate::hash::{hash_bytes, LINE_SEED};
use crate::shingle::tokens;
use std::ops::Not;

/// Lines longer than this (in words) are never boilerplate.
pub const MAX_WORDS: usize = 20;
/// A line must appear in at least this many documents...
pub const MIN_DOCS: u32 = 10;
/// For the story tier a line in this many documents (and the fraction) is already chrome:
/// in a small dump, nine blog posts sharing "Leave a Reply" and the same "Related Articles"
/// headlines must not look like one story. (The copy tier keeps `MIN_DOCS`: lines shared by a
/// few copies are what makes them copies.)
pub const MIN_DOCS_STORIES: u32 = 3;
/// ...and in at least this fraction of all documents.
pub const MIN_FRACTION: f64 = 0.001;
/// Lines are only dropped from documents that keep at least this many words of content:
/// in a short item (a dividend notice, a price table) a recurring line is data, not chrome.
pub const MIN_CONTENT_WORDS: usize = 50;

const ROW_BITS: u32 = 20;
const ROWS: usize = 4;

/// Fingerprints of the lines of one normalized document that could be boilerplate
/// (deduplicated, so a line counts once per document).
pub fn line_fingerprints(normalized: &str, out: &mut Vec<u64>) {
    out.clear();
    for line in normalized.lines() {
        if let Some(h) = fingerprint(line) {
            out.push(h);
        }
    }
    out.sort_unstable();
    out.dedup();
}

fn fingerprint(line: &str) -> Option<u64> {
    short_line_fingerprint(line, tokens(line).take(MAX_WORDS + 1).count())
}

/// The fingerprint of a normalized line of `words` word tokens, if it is short enough to be
/// boilerplate (for callers that have already counted its words).
#[inline]
pub fn short_line_fingerprint(line: &str, words: usize) -> Option<u64> {
    (1..=MAX_WORDS)
        .contains(&words)
        .then(|| hash_bytes(line.as_bytes(), LINE_SEED))
}

/// Document frequencies of short lines (count-min sketch, conservative update).
#[derive(Debug, Clone)]
pub struct LineCounter {
    counts: Vec<u32>,
    documents: u64,
}

impl Default for LineCounter {
    fn default() -> Self {
        Self::new()
    }
}

impl LineCounter {
    pub fn new() -> Self {
        Self {
            counts: vec![0; ROWS << ROW_BITS],
            documents: 0,
        }
    }

    #[inline]
    fn slots(h: u64) -> [usize; ROWS] {
        let mask = (1usize << ROW_BITS) - 1;
        std::array::from_fn(|row| (row << ROW_BITS) | ((h >> (16 * row)) as usize & mask))
    }

    /// Count one document with these (deduplicated) line fingerprints.
    pub fn add_document(&mut self, fingerprints: &[u64]) {
        self.documents += 1;
        for &h in fingerprints {
            let slots = Self::slots(h);
            let current = slots.iter().map(|&s| self.counts[s]).min().unwrap_or(0);
            for s in slots {
                self.counts[s] = self.counts[s].max(current.saturating_add(1));
            }
        }
    }

    /// Estimated number of documents holding a line with this fingerprint (never under).
    pub fn estimate(&self, h: u64) -> u32 {
        Self::slots(h)
            .iter()
            .map(|&s| self.counts[s])
            .min()
            .unwrap_or(0)
    }

    /// Freeze into the boilerplate rule for this dump.
    pub fn finish(self) -> Boilerplate {
        let by_fraction = (MIN_FRACTION * self.documents as f64).ceil() as u32;
        Boilerplate {
            min_docs: MIN_DOCS.max(by_fraction),
            min_docs_stories: MIN_DOCS_STORIES.max(by_fraction),
            counter: Some(self),
        }
    }
}

/// Which lines of this dump are boilerplate.
#[derive(Debug, Clone, Default)]
pub struct Boilerplate {
    counter: Option<LineCounter>,
    min_docs: u32,
    min_docs_stories: u32,
}

impl Boilerplate {
    /// No boilerplate at all (single documents, `compare` of two files).
    pub fn none() -> Self {
        Self::default()
    }

    pub fn is_boilerplate(&self, line: &str) -> bool {
        self.seen_in(line, self.min_docs)
    }

    /// `is_boilerplate` for a line known by its `short_line_fingerprint`.
    pub fn is_boilerplate_fingerprint(&self, fingerprint: u64) -> bool {
        self.counter
            .as_ref()
            .is_some_and(|c| c.estimate(fingerprint) >= self.min_docs)
    }

    /// True when `strip` would look at all (a dump's rule, not `none`).
    pub fn is_active(&self) -> bool {
        self.counter.is_some()
    }

    /// True when `strip` may drop lines of a document with these edge fingerprints (its
    /// first or last line is boilerplate); otherwise its content is its whole text.
    pub fn touches(&self, edges: [u64; 2]) -> bool {
        match &self.counter {
            Some(c) => edges
                .iter()
                .any(|&h| h != 0 && c.estimate(h) >= self.min_docs),
            None => false,
        }
    }

    /// The story tier's (lower) bar; see `MIN_DOCS_STORIES`.
    pub fn is_boilerplate_for_stories(&self, line: &str) -> bool {
        self.seen_in(line, self.min_docs_stories)
    }

    fn seen_in(&self, line: &str, min_docs: u32) -> bool {
        match (&self.counter, fingerprint(line)) {
            (Some(c), Some(h)) => c.estimate(h) >= min_docs,
            _ => false,
        }
    }

    /// Copy `normalized` into `out` without its boilerplate lines; returns how many were
    /// dropped. Only the runs of boilerplate lines at the start and at the end of a document
    /// are dropped (headers, footers, share and comment widgets): a recurring line inside the
    /// body is more often data ("Nine mths" in an earnings table) than chrome. A document left
    /// with fewer than `MIN_CONTENT_WORDS` words keeps all its lines.
    ///
    /// This is the rule written on the text; the copy tier applies it to kept shingles
    /// (`features::Shingled::content`), and a test holds the two to the same result.
    pub fn strip(&self, normalized: &str, out: &mut String) -> usize {
        out.clear();
        let lines: Vec<&str> = normalized.lines().collect();
        let is_bp = |l: &&&str| self.is_boilerplate(l);
        let head = if self.counter.is_some() {
            lines.iter().take_while(is_bp).count()
        } else {
            0
        };
        let tail = if head < lines.len() {
            lines[head..].iter().rev().take_while(is_bp).count()
        } else {
            0
        };
        let body = &lines[head..lines.len() - tail];
        let dropped = head + tail;
        if dropped == 0 || tokens_at_least(body, MIN_CONTENT_WORDS).not() {
            out.push_str(normalized);
            return 0;
        }
        for (i, line) in body.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(line);
        }
        dropped
    }
}

impl Boilerplate {
    /// The rule of `strip`, with the story tier's bar, applied to the original text line by
    /// line (each line is normalized to be looked up): the article without its leading and
    /// trailing boilerplate, in its original casing.
    pub fn strip_original<'a>(&self, text: &'a str) -> &'a str {
        if self.counter.is_none() {
            return text;
        }
        let mut buf = String::new();
        let mut is_bp = |line: &str| {
            crate::normalize::normalize(line, &mut buf);
            buf.is_empty() || self.is_boilerplate_for_stories(&buf)
        };
        let lines: Vec<(usize, &str)> = text
            .split_inclusive('\n')
            .scan(0, |at, l| {
                let start = *at;
                *at += l.len();
                Some((start, l))
            })
            .collect();
        let head = lines.iter().take_while(|(_, l)| is_bp(l)).count();
        if head == lines.len() {
            return text;
        }
        let tail = lines[head..]
            .iter()
            .rev()
            .take_while(|(_, l)| is_bp(l))
            .count();
        let start = lines[head].0;
        let end = lines[lines.len() - 1 - tail].0 + lines[lines.len() - 1 - tail].1.len();
        let body = &text[start..end];
        if (head + tail == 0) || tokens(body).nth(MIN_CONTENT_WORDS - 1).is_none() {
            return text;
        }
        body
    }
}

fn tokens_at_least(lines: &[&str], n: usize) -> bool {
    lines
        .iter()
        .flat_map(|l| tokens(l))
        .nth(n.saturating_sub(1))
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dump(n: usize) -> Vec<String> {
        (0..n)
            .map(|i| {
                format!(
                    "headline number {i}\nthe body of article {i} talks about topic {}. {}\nleave a reply\nrelated articles",
                    i * 7,
                    "more words here ".repeat(15)
                )
            })
            .collect()
    }

    #[test]
    fn recurring_short_lines_are_boilerplate() {
        let docs = dump(12);
        let mut counter = LineCounter::new();
        let mut fp = Vec::new();
        for d in &docs {
            line_fingerprints(d, &mut fp);
            counter.add_document(&fp);
        }
        let bp = counter.finish();
        assert!(bp.is_boilerplate("leave a reply"));
        // Inside the body a recurring line stays.
        let inside = format!(
            "{}\nleave a reply\n{}",
            "word ".repeat(30),
            "other ".repeat(30)
        );
        assert_eq!(bp.strip(&inside, &mut String::new()), 0);
        // The same rule on the original text.
        let original = format!(
            "Leave a REPLY\n\n{}\nRelated  Articles\n",
            inside.replace("leave a reply", "Leave a reply")
        );
        assert_eq!(
            bp.strip_original(&original).trim_end(),
            inside.replace("leave a reply", "Leave a reply").trim_end()
        );
        assert!(bp.is_boilerplate("related articles"));
        assert!(!bp.is_boilerplate("headline number 3"));
        let mut out = String::new();
        assert_eq!(bp.strip(&docs[3], &mut out), 2);
        assert!(out.starts_with("headline number 3\nthe body of article 3 talks about topic 21."));
        assert!(!out.contains("reply") && !out.contains("related"));
        // A short document keeps its lines: they may be its only content.
        assert_eq!(bp.strip("headline\nleave a reply", &mut out), 0);
        assert_eq!(out, "headline\nleave a reply");
    }

    #[test]
    fn a_few_repeats_are_not_boilerplate() {
        let docs = dump(9); // below MIN_DOCS
        let mut counter = LineCounter::new();
        let mut fp = Vec::new();
        for d in &docs {
            line_fingerprints(d, &mut fp);
            counter.add_document(&fp);
        }
        assert!(!counter.finish().is_boilerplate("leave a reply"));
    }

    #[test]
    fn a_line_counts_once_per_document() {
        let mut counter = LineCounter::new();
        let mut fp = Vec::new();
        line_fingerprints("share\nshare\nshare", &mut fp);
        counter.add_document(&fp);
        assert_eq!(counter.estimate(fingerprint("share").unwrap()), 1);
    }
}
