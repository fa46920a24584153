//! Text normalization: the one canonical form every later stage reads.
//!
//! `normalize` applies, in one pass: Unicode NFKC (compatibility forms such as ligatures,
//! full-width letters and `…` become plain characters), case folding (lower case), unified
//! quotes (`‘’‚‛′´` → `'`, `“”„‟″«»` → `"`), dashes (`‐‑‒–—―−` → `-`), removal of invisible
//! format characters (soft hyphen, zero-width spaces, BOM), and whitespace: runs of spaces and
//! tabs become one space, any run that holds a line break becomes one `\n`, and lines are
//! trimmed. Digits are kept. Line breaks survive because boilerplate is detected per line.
//!
//! NFKC is applied per *cluster* (a starter character and the combining marks that follow
//! it), which gives the same result as whole-string NFKC for text that does not rely on
//! cross-starter composition (Hangul jamo sequences), and lets every output byte point back
//! to the source byte where its cluster began: `normalize_with_offsets` records that map so
//! the claims stage can quote the original text. The function is idempotent (property-tested).

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// Normalized text with, for every byte of `text`, the byte offset in the source where the
/// cluster that produced it began. Invariant: `origin.len() == text.len()`, and `origin` is
/// non-decreasing.
#[derive(Debug, Default, Clone)]
pub struct Normalized {
    pub text: String,
    pub origin: Vec<u32>,
}

/// Where output bytes go: plain text only, or text with source offsets.
trait Sink {
    fn push(&mut self, c: char, origin: usize);
    fn last_is_empty(&self) -> bool;
    /// Append a run of plain ASCII (see `plain_run`) that starts at source byte `start`,
    /// lower-cased: what pushing it byte by byte would give.
    fn push_plain_run(&mut self, run: &str, start: usize);
}

impl Sink for String {
    #[inline]
    fn push(&mut self, c: char, _origin: usize) {
        String::push(self, c);
    }
    #[inline]
    fn last_is_empty(&self) -> bool {
        self.is_empty()
    }
    #[inline]
    fn push_plain_run(&mut self, run: &str, _start: usize) {
        let from = self.len();
        self.push_str(run);
        self[from..].make_ascii_lowercase();
    }
}

impl Sink for Normalized {
    #[inline]
    fn push(&mut self, c: char, origin: usize) {
        self.text.push(c);
        let origin = u32::try_from(origin).unwrap_or(u32::MAX);
        self.origin.resize(self.text.len(), origin);
    }
    #[inline]
    fn last_is_empty(&self) -> bool {
        self.text.is_empty()
    }
    fn push_plain_run(&mut self, run: &str, start: usize) {
        self.text.push_plain_run(run, start);
        // A space inside a run is emitted as the pending separator of the character after
        // it, so it points where that character starts.
        self.origin.extend(run.bytes().enumerate().map(|(k, b)| {
            let at = start + k + usize::from(b == b' ');
            u32::try_from(at).unwrap_or(u32::MAX)
        }));
    }
}

/// Normalize `src` into `out` (cleared first).
pub fn normalize(src: &str, out: &mut String) {
    out.clear();
    normalize_into(src, out);
}

/// Normalize `src` into `out` (cleared first), recording source offsets.
pub fn normalize_with_offsets(src: &str, out: &mut Normalized) {
    out.text.clear();
    out.origin.clear();
    normalize_into(src, out);
}

/// Convenience: normalize into a new `String`.
pub fn normalized(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    normalize(src, &mut out);
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pending {
    None,
    Space,
    Newline,
}

/// What one character becomes after folding.
enum Folded {
    Char(char),
    Space,
    Newline,
    Drop,
}

#[inline]
fn fold(c: char) -> Folded {
    match c {
        '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Folded::Newline,
        '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => Folded::Drop,
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{b4}' | '`' => {
            Folded::Char('\'')
        }
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => {
            Folded::Char('"')
        }
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => {
            Folded::Char('-')
        }
        c if c.is_whitespace() || c.is_control() => Folded::Space,
        c => Folded::Char(c),
    }
}

struct Writer<'a, S: Sink> {
    sink: &'a mut S,
    pending: Pending,
}

impl<S: Sink> Writer<'_, S> {
    #[inline]
    fn emit(&mut self, folded: Folded, origin: usize) {
        match folded {
            Folded::Char(c) => {
                if !self.sink.last_is_empty() {
                    match self.pending {
                        Pending::Space => self.sink.push(' ', origin),
                        Pending::Newline => self.sink.push('\n', origin),
                        Pending::None => {}
                    }
                }
                self.pending = Pending::None;
                self.sink.push(c, origin);
            }
            Folded::Space => {
                if self.pending == Pending::None {
                    self.pending = Pending::Space;
                }
            }
            Folded::Newline => self.pending = Pending::Newline,
            Folded::Drop => {}
        }
    }

    /// Lower-case one (already NFKC) character and emit what it folds to.
    #[inline]
    fn emit_lowered(&mut self, c: char, origin: usize) {
        if c.is_ascii() {
            self.emit(fold(c.to_ascii_lowercase()), origin);
        } else {
            for l in c.to_lowercase() {
                self.emit(fold(l), origin);
            }
        }
    }
}

fn normalize_into<S: Sink>(src: &str, sink: &mut S) {
    let mut w = Writer {
        sink,
        pending: Pending::None,
    };
    let bytes = src.as_bytes();
    let mut i = 0;
    let mut cluster = String::new();
    let mut scratch = String::new();
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast path: an ASCII character is its own cluster unless a combining mark follows.
        if b.is_ascii() && bytes.get(i + 1).is_none_or(|n| n.is_ascii()) {
            if w.pending == Pending::None {
                let end = plain_run(bytes, i);
                if end > i {
                    w.sink.push_plain_run(&src[i..end], i);
                    i = end;
                    continue;
                }
            }
            w.emit(fold(b.to_ascii_lowercase() as char), i);
            i += 1;
            continue;
        }
        // A cluster: one character and the combining marks (ccc != 0) after it.
        let start = i;
        let mut chars = src[i..].char_indices();
        let (_, first) = chars.next().expect("i is a char boundary inside src");
        let mut end = i + first.len_utf8();
        for (off, c) in chars {
            if canonical_combining_class(c) == 0 {
                break;
            }
            end = i + off + c.len_utf8();
        }
        let piece = &src[start..end];
        if end - start == first.len_utf8() && is_nfkc_stable(first) {
            w.emit_lowered(first, start);
        } else {
            canonical_cluster(piece, &mut cluster, &mut scratch);
            let mut chars = cluster.chars();
            // A cluster that normalizes to bare marks (U+0F73, a Tibetan vowel sign, is a
            // starter whose NFKC form is two marks) would join the previous cluster on the
            // next pass (and be reordered into it, or dropped after a space): the output would
            // not be stable. Such clusters are dropped.
            let bare_marks = cluster
                .chars()
                .next()
                .is_some_and(|c| canonical_combining_class(c) != 0);
            if let Some(head) = chars.next().filter(|_| !bare_marks) {
                let folded = fold(head);
                let keep_marks = matches!(folded, Folded::Char(_));
                w.emit(folded, start);
                // Marks after a space or a removed character would attach to the previous
                // character on the next pass; drop them.
                if keep_marks {
                    for c in chars {
                        w.emit(fold(c), start);
                    }
                }
            }
        }
        i = end;
    }
}

/// Printable ASCII that folds to itself (lower-cased): not space, control or backtick.
#[inline]
fn is_plain(b: u8) -> bool {
    (0x21..=0x7e).contains(&b) && b != b'`'
}

/// End of the run of plain bytes (`is_plain`) and single spaces between them that starts at
/// `i`, such that normalizing byte by byte would copy it unchanged (but for case): it starts
/// and ends with a plain byte, holds no space pair, and the byte after it is ASCII (a
/// combining mark would join the last character into a cluster). Returns `i` when there is
/// no such run.
///
/// The first `SCALAR_PREFIX` bytes are tested one by one (most runs that end early, in short
/// lines or accented text, end there); a longer run is classified 64 bytes at a time into bit
/// masks, so the scan does not branch per byte.
#[inline]
fn plain_run(bytes: &[u8], i: usize) -> usize {
    let n = bytes.len();
    let mut j = i;
    let prefix_end = n.min(i + SCALAR_PREFIX);
    let mut ended = false;
    while j < prefix_end {
        if is_plain(bytes[j]) {
            j += 1;
        } else if bytes[j] == b' ' && j > i && bytes.get(j + 1).is_some_and(|&b| is_plain(b)) {
            j += 2;
        } else {
            ended = true;
            break;
        }
    }
    if !ended {
        // The byte before `j` is plain and in the run (or `j == i`).
        let mut plain_before = j > i;
        while j < n {
            let block = &bytes[j..n.min(j + 64)];
            let len = block.len();
            let (plain, space) = crate::byteclass::plain_and_space(block);
            let plain_after_block = bytes.get(j + len).is_some_and(|&b| is_plain(b));
            // A space belongs to the run between two plain bytes.
            let next_plain = (plain >> 1) | (u64::from(plain_after_block) << (len - 1));
            let prev_plain = (plain << 1) | u64::from(plain_before);
            let ok = plain | (space & prev_plain & next_plain);
            let bad = !ok & (u64::MAX >> (64 - len));
            if bad != 0 {
                j += bad.trailing_zeros() as usize;
                break;
            }
            plain_before = plain >> (len - 1) & 1 == 1;
            j += len;
        }
    }
    // Leave the last character (and a space before it) to the cluster path when a non-ASCII
    // byte follows.
    if j < n && !bytes[j].is_ascii() && j > i {
        j -= 1;
        if j > i && bytes[j - 1] == b' ' {
            j -= 1;
        }
    }
    j
}

/// Bytes `plain_run` tests one by one before it switches to 64-byte blocks.
const SCALAR_PREFIX: usize = 16;

/// NFKC and lower case, repeated until stable: lower-casing can produce sequences NFKC
/// composes (`T̈` → `ẗ` → `ẗ`), and NFKC can produce capitals (`ᴬ` → `A`).
fn canonical_cluster(piece: &str, out: &mut String, scratch: &mut String) {
    out.clear();
    out.extend(piece.nfkc());
    for _ in 0..4 {
        scratch.clear();
        scratch.extend(out.chars().flat_map(char::to_lowercase).nfkc());
        if *scratch == *out {
            return;
        }
        std::mem::swap(out, scratch);
    }
}

/// Characters that NFKC leaves alone whatever follows; a cheap test that avoids the NFKC
/// machinery for the common non-ASCII letters.
#[inline]
fn is_nfkc_stable(c: char) -> bool {
    // Latin-1 letters (except the compatibility characters ª ² ³ µ ¹ º ¼ ½ ¾ and ¨ ¯ ´ ¸)
    // and General Punctuation/quotes handled by `fold` are their own NFKC form.
    matches!(c, '\u{c0}'..='\u{ff}') && !matches!(c, '\u{d7}' | '\u{f7}')
        || matches!(c, '\u{2010}' | '\u{2012}'..='\u{2015}' | '\u{2018}'..='\u{201f}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The normalizer without the plain-run fast path (the reference it must match).
    fn normalize_bytewise(src: &str, out: &mut Normalized) {
        struct NoRuns<'a>(&'a mut Normalized);
        impl Sink for NoRuns<'_> {
            fn push(&mut self, c: char, origin: usize) {
                self.0.push(c, origin);
            }
            fn last_is_empty(&self) -> bool {
                self.0.last_is_empty()
            }
            fn push_plain_run(&mut self, run: &str, start: usize) {
                let mut w = Writer {
                    sink: self,
                    pending: Pending::None,
                };
                for (k, b) in run.bytes().enumerate() {
                    w.emit(fold(b.to_ascii_lowercase() as char), start + k);
                }
            }
        }
        out.text.clear();
        out.origin.clear();
        normalize_into(src, &mut NoRuns(out));
    }

    #[test]
    fn folds_case_quotes_dashes_and_space() {
        assert_eq!(
            normalized("  “Hello”\u{a0}\u{a0}World — it’s  ﬁne…\r\n\r\n Next\tline "),
            "\"hello\" world - it's fine...\nnext line"
        );
    }

    #[test]
    fn nfkc_and_combining_marks() {
        // Decomposed é (e + U+0301) composes; full-width letters and digits fold.
        assert_eq!(normalized("Cafe\u{301} ＡＢＣ１２"), "café abc12");
        assert_eq!(normalized("Kouléba"), "kouléba");
    }

    #[test]
    fn drops_invisible_format_characters() {
        assert_eq!(
            normalized("co\u{ad}operate\u{200b}d \u{feff}x"),
            "cooperated x"
        );
    }

    #[test]
    fn marks_that_a_starter_composes_to_do_not_follow_a_space() {
        // Found by the idempotence proptest: a Greek tonos (NFKC: space + acute) then a
        // Tibetan vowel sign whose NFKC form is two combining marks.
        for s in [
            "!\u{384}\u{f73}",
            "\u{f73}",
            "a \u{f73}b",
            "A\u{11366}\u{f73}",
        ] {
            let once = normalized(s);
            assert_eq!(normalized(&once), once, "{s:?}");
        }
    }

    #[test]
    fn offsets_point_back_into_the_source() {
        let src = "Ünïcode “quotes”\n\n  and  ﬁ";
        let mut n = Normalized::default();
        normalize_with_offsets(src, &mut n);
        assert_eq!(n.text, "ünïcode \"quotes\"\nand fi");
        assert_eq!(n.text.len(), n.origin.len());
        let at = |needle: &str| n.origin[n.text.find(needle).unwrap()] as usize;
        assert!(src[at("quotes")..].starts_with("quotes"));
        assert!(src[at("and")..].starts_with("and"));
        assert!(src[at("fi")..].starts_with('ﬁ'));
        assert!(n.origin.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn lower_case_then_compose_is_stable() {
        for s in ["T\u{308}", "\u{1d2c}", "e\u{ad}\u{301}", " \u{301}x", "İ"] {
            let once = normalized(s);
            assert_eq!(normalized(&once), once, "{s:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn idempotent(s in "\\PC*") {
            let once = normalized(&s);
            prop_assert_eq!(normalized(&once), once);
        }

        #[test]
        fn idempotent_on_mixed_scripts(s in "[a-zA-Z0-9 \t\n\u{300}-\u{36f}\u{c0}-\u{17f}\u{391}-\u{3c9}\u{400}-\u{44f}\u{2010}-\u{2033}\u{fb00}-\u{fb06}\u{ff01}-\u{ff5e}\u{1100}-\u{1175}\u{ac00}-\u{ac10}]{0,40}") {
            let once = normalized(&s);
            prop_assert_eq!(normalized(&once), once);
        }

        #[test]
        fn plain_runs_change_nothing(s in "[a-zA-Z0-9 .,;`'\"\t\n\u{301}\u{e9}\u{2019}-]{0,60}") {
            // The bulk copy of plain ASCII runs gives what the byte-by-byte path gives, text
            // and offsets alike.
            let mut fast = Normalized::default();
            normalize_with_offsets(&s, &mut fast);
            let mut slow = Normalized::default();
            normalize_bytewise(&s, &mut slow);
            prop_assert_eq!(&fast.text, &slow.text);
            prop_assert_eq!(&fast.origin, &slow.origin);
            prop_assert_eq!(normalized(&s), slow.text);
        }

        #[test]
        fn long_plain_runs_change_nothing(s in "([a-zA-Z0-9]{1,10}( |  |\n|`|\u{e9}|\u{301}|, |\t)){0,60}") {
            // Runs longer than the 64-byte blocks the fast path classifies at a time.
            let mut slow = Normalized::default();
            normalize_bytewise(&s, &mut slow);
            prop_assert_eq!(normalized(&s), slow.text);
        }

        #[test]
        fn offsets_are_valid(s in "\\PC{0,60}") {
            let mut n = Normalized::default();
            normalize_with_offsets(&s, &mut n);
            prop_assert_eq!(n.text.len(), n.origin.len());
            for &o in &n.origin {
                prop_assert!(s.is_char_boundary(o as usize));
            }
        }
    }
}
