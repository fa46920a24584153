//! Tokens with byte offsets: the one reading of an article that every extractor shares.
//!
//! A token is a word (letters and digits, with inner hyphens, inner apostrophes and the dots
//! of `U.S.`-style abbreviations), a number (digits with inner `,`/`.` separators), a
//! possessive marker (`'s`/`’s`, split off so `[Obama]'s decision` keeps the name whole), or
//! one punctuation character. Each token knows how many line breaks precede it and whether
//! it sits inside a double-quoted passage: cue verbs inside quotes are the quoted speaker's
//! words, not the article's attributions.
//!
//! Quote marks are read from context, not toggled: `“`/`«` open, `”`/`»` close, and a
//! straight `"` (or the `''` of some newswires) opens after a space or at a line start and
//! closes otherwise. Quote state resets at every line break, because a quotation that runs
//! over paragraphs reopens each paragraph with a new opening mark.

use super::lexicon;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Possessive,
    OpenQuote,
    CloseQuote,
    Punct,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Line breaks between the previous token and this one.
    pub breaks: u8,
    /// Inside a double-quoted passage (quote marks themselves are not).
    pub quoted: bool,
    /// Lower-cased text.
    pub lower: String,
}

impl Token {
    /// Starts with an upper-case letter.
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.kind == Kind::Word
            && text[self.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.lower.starts_with(c) && self.lower.len() == c.len_utf8()
    }

    pub fn is_quote(&self) -> bool {
        matches!(self.kind, Kind::OpenQuote | Kind::CloseQuote)
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks (decomposed diacritics) belong to the word they follow.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Is the `.` at `dot` the dot of a ticker with its exchange inside brackets: the word from
/// `start` is 1 to 5 capitals after `(`, and one or two capitals and `)` follow (`(XOM.N)`)?
fn ric_suffix(chars: &[(usize, char)], start: usize, dot: usize) -> bool {
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let word = dot - start;
    let after: usize = (dot + 1..dot + 3)
        .take_while(|&k| at(k).is_some_and(|c| c.is_ascii_uppercase()))
        .count();
    start > 0
        && at(start - 1) == Some('(')
        && (1..=5).contains(&word)
        && (start..dot).all(|k| at(k).is_some_and(|c| c.is_ascii_uppercase()))
        && (1..=2).contains(&after)
        && at(dot + 1 + after) == Some(')')
}

/// The length of a top-level domain starting at `i` (`com`, `org`, `net`, `gov`, `edu`,
/// lower case) that ends its word, else 0.
fn web_suffix(chars: &[(usize, char)], i: usize) -> usize {
    for tld in ["com", "org", "net", "gov", "edu"] {
        let n = tld.len();
        let matches = chars.len() >= i + n
            && chars[i..i + n].iter().map(|&(_, c)| c).eq(tld.chars())
            && chars
                .get(i + n)
                .is_none_or(|&(_, c)| !is_word_char(c) && !is_dash(c));
        if matches {
            return n;
        }
    }
    0
}

/// Split `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let pos = |i: usize| chars.get(i).map_or(text.len(), |&(p, _)| p);
    let mut tokens = Vec::new();
    let mut breaks = 0u8;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            if c == '\n' || c == '\u{2029}' {
                breaks = breaks.saturating_add(1);
            }
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        // `.358`, `a .38 caliber`, `(.454)`, `".22 caliber"`: a decimal without its leading
        // zero.
        let leading_decimal = c == '.'
            && at(i + 1).is_some_and(|d| d.is_ascii_digit())
            && (i == 0 || chars[i - 1].1.is_whitespace() || "([\"“‘'".contains(chars[i - 1].1));
        if is_word_char(c) || leading_decimal {
            let numeric = c.is_ascii_digit() || leading_decimal;
            i += 1;
            while let Some(d) = at(i) {
                let next = at(i + 1);
                if is_word_char(d) {
                    i += 1;
                } else if is_dash(d) && next.is_some_and(is_word_char) {
                    i += 2;
                } else if is_apostrophe(d) && next.is_some_and(char::is_alphabetic) && !numeric {
                    // `’s` followed by a non-letter is a possessive, and `’d`, `’ll`, `’re`,
                    // `’ve`, `’m` are contractions: split them off (`I’d` → `I` `’d`).
                    let rest: String = chars[i + 1..]
                        .iter()
                        .map(|&(_, c)| c)
                        .take_while(|c| is_word_char(*c))
                        .collect();
                    let possessive = rest.eq_ignore_ascii_case("s");
                    let contraction =
                        matches!(rest.to_lowercase().as_str(), "d" | "ll" | "re" | "ve" | "m");
                    if possessive || contraction {
                        break;
                    }
                    i += 2;
                } else if (d == ',' || d == '.')
                    && numeric
                    && next.is_some_and(|n| n.is_ascii_digit())
                {
                    i += 2;
                } else if d == '.'
                    && !numeric
                    && at(i - 1).is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit())
                {
                    // `magnitude-6.0`, `v2.1`: the decimal belongs to the word.
                    i += 2;
                } else if d == '.' && !numeric && ric_suffix(&chars, start, i) {
                    // `(XOM.N)`, `(AAPL.O)`: a ticker with its exchange, not a sentence end.
                    i += 2;
                } else if d == '.' && !numeric && web_suffix(&chars, i + 1) > 0 {
                    // `Mic.com`, `MoveOn.org`: a site's name keeps its domain.
                    i += 1 + web_suffix(&chars, i + 1);
                } else if d == '.'
                    && !numeric
                    && next.is_some_and(char::is_alphabetic)
                    && at(i + 2) == Some('.')
                {
                    // U.S., a.m.: single letters joined by dots; also after a party letter
                    // and a hyphen (`D-N.Y.`, `R-S.C.`).
                    let word_len = i - start;
                    let last_is_single = word_len == 1
                        || (word_len >= 3
                            && (at(i - 2) == Some('.') || at(i - 2).is_some_and(is_dash)));
                    if !last_is_single {
                        break;
                    }
                    i += 2;
                } else {
                    break;
                }
            }
            // Keep the final dot of an initialism (`U.S.`).
            if at(i) == Some('.') && i >= start + 3 && at(i - 2) == Some('.') {
                i += 1;
            }
            kind = if numeric { Kind::Number } else { Kind::Word };
        } else if is_apostrophe(c)
            && matches!(at(i + 1), Some('s' | 'S'))
            && !at(i + 2).is_some_and(is_word_char)
            && i > 0
            && is_word_char(chars[i - 1].1)
        {
            i += 2;
            kind = Kind::Possessive;
        } else if is_apostrophe(c) && i > 0 && is_word_char(chars[i - 1].1) && {
            let rest: String = chars[i + 1..]
                .iter()
                .map(|&(_, c)| c)
                .take_while(|c| is_word_char(*c))
                .collect();
            matches!(rest.to_lowercase().as_str(), "d" | "ll" | "re" | "ve" | "m")
        } {
            i += 1;
            while at(i).is_some_and(is_word_char) {
                i += 1;
            }
            kind = Kind::Word;
        } else if c == '\'' && at(i + 1) == Some('\'') {
            // `''` used as a double quote.
            let before_space =
                i == 0 || chars[i - 1].1.is_whitespace() || "([{".contains(chars[i - 1].1);
            i += 2;
            kind = if before_space && at(i).is_some_and(|n| !n.is_whitespace()) {
                Kind::OpenQuote
            } else {
                Kind::CloseQuote
            };
        } else if matches!(c, '"' | '“' | '”') {
            // Read by their place: an opening mark follows a space or bracket and comes
            // before a word. A curly mark is read so too when its place is plain, since
            // writers and typesetters mix them up ("“It's unusual,“ said Clyburn"; German
            // „…“; Swedish ”…”), and by its shape otherwise.
            let before_space =
                i == 0 || chars[i - 1].1.is_whitespace() || "([{—–-".contains(chars[i - 1].1);
            let after_space = at(i + 1).is_none_or(|n| n.is_whitespace());
            i += 1;
            kind = match (before_space, after_space) {
                (true, false) => Kind::OpenQuote,
                (false, true) => Kind::CloseQuote,
                _ if c == '“' => Kind::OpenQuote,
                _ => Kind::CloseQuote,
            };
        } else if matches!(c, '«' | '„') {
            i += 1;
            kind = Kind::OpenQuote;
        } else if c == '»' {
            i += 1;
            kind = Kind::CloseQuote;
        } else {
            i += 1;
            kind = Kind::Punct;
        }
        let (s, e) = (pos(start), pos(i));
        tokens.push(Token {
            start: s,
            end: e,
            kind,
            breaks,
            quoted: false,
            lower: text[s..e].to_lowercase(),
        });
        breaks = 0;
    }
    mark_quotes(&mut tokens);
    tokens
}

/// Set `quoted` on every token between an opening and its closing mark.
fn mark_quotes(tokens: &mut [Token]) {
    let mut open = false;
    for t in tokens.iter_mut() {
        if t.breaks > 0 {
            open = false;
        }
        match t.kind {
            Kind::OpenQuote => open = true,
            Kind::CloseQuote => open = false,
            _ => t.quoted = open,
        }
    }
}

/// Is the word (lower case) an abbreviation that a period does not end a sentence after?
pub fn is_abbreviation(word_lower: &str) -> bool {
    lexicon::abbreviation(word_lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn a_ticker_with_its_exchange_is_one_token() {
        // "Exxon Mobil Corp (XOM.N) said" gave no speaker: the dot ended the sentence.
        assert_eq!(
            words("Exxon Mobil Corp (XOM.N) said"),
            ["Exxon", "Mobil", "Corp", "(", "XOM.N", ")", "said"]
        );
        assert_eq!(words("in the U.S. Now"), ["in", "the", "U.S.", "Now"]);
    }

    #[test]
    fn a_site_keeps_its_domain() {
        // PolNeAR train: "said Jake Horowitz, editor in chief of Mic.com" credited "… of
        // Mic", "according to Factcheck.org" credited "Factcheck".
        assert_eq!(
            words("editor of Mic.com. MoveOn.org said, not the.company"),
            [
                "editor",
                "of",
                "Mic.com",
                ".",
                "MoveOn.org",
                "said",
                ",",
                "not",
                "the",
                ".",
                "company"
            ]
        );
    }

    #[test]
    fn words_numbers_and_abbreviations() {
        assert_eq!(
            words("U.S. Ambassador Sullivan met Russia’s envoy at 6:21 a.m., 8,500 troops."),
            [
                "U.S.",
                "Ambassador",
                "Sullivan",
                "met",
                "Russia",
                "’s",
                "envoy",
                "at",
                "6",
                ":",
                "21",
                "a.m.",
                ",",
                "8,500",
                "troops",
                "."
            ]
        );
        assert_eq!(words("mid-February, don’t"), ["mid-February", ",", "don’t"]);
        assert_eq!(words("Westerners' demands"), ["Westerners", "'", "demands"]);
    }

    #[test]
    fn decimals_glued_to_a_word_or_without_a_leading_zero_stay_whole() {
        assert_eq!(
            words("He hit .358 with a .38 caliber (.5) after a magnitude-6.0 quake. 7."),
            [
                "He",
                "hit",
                ".358",
                "with",
                "a",
                ".38",
                "caliber",
                "(",
                ".5",
                ")",
                "after",
                "a",
                "magnitude-6.0",
                "quake",
                ".",
                "7",
                "."
            ]
        );
        let kinds: Vec<Kind> = tokenize("hit .358").iter().map(|t| t.kind).collect();
        assert_eq!(kinds, [Kind::Word, Kind::Number]);
        // After an opening quote as after a bracket: the decimal, not `.` and `22`.
        assert_eq!(
            words("a \".22 caliber\" and a “.38”"),
            ["a", "\"", ".22", "caliber", "\"", "and", "a", "“", ".38", "”"]
        );
    }

    #[test]
    fn a_party_and_state_label_is_one_word() {
        assert_eq!(
            words("Sen. Ann Ruiz (D-N.Y.) and Rep. Bo Lee, R-S.C., met."),
            [
                "Sen", ".", "Ann", "Ruiz", "(", "D-N.Y.", ")", "and", "Rep", ".", "Bo", "Lee", ",",
                "R-S.C.", ",", "met", "."
            ]
        );
    }

    #[test]
    fn quotes_are_read_from_context() {
        let text = "“Let’s not jump,” Peskov said. He said: \"No.\" ''Vote,'' she said.";
        let toks = tokenize(text);
        let quoted: Vec<&str> = toks
            .iter()
            .filter(|t| t.quoted)
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(
            quoted,
            ["Let", "’s", "not", "jump", ",", "No", ".", "Vote", ","]
        );
    }

    #[test]
    fn offsets_are_bytes() {
        let text = "Sü ddeutsche Zeitung said";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }
}
