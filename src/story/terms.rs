//! Story terms: what an article is about, in a form that survives rewording and translation.
//!
//! From the original text (case matters for acronyms): diacritics folded (NFKD, marks
//! dropped: Kouléba → Kouleba), curly quotes straightened, then tokens of letters and digits
//! that may hold inner `.`, `,` or `'` (`U.S.`, `8,500`, `Kuleba's`). Each token becomes at
//! most one term:
//! - numbers are canonical values: thousands separators dropped (`8,500` and `8 500` → 8500),
//!   multipliers applied (`1.13bn`, `100 thousand`), number words summed (`eight` → 8,
//!   `twenty-five` → 25, `a dozen` → 12), ordinals and decades stripped (`26th` → 26);
//! - words are lower-cased, stop words dropped (but `US`/`U.S.` → `usa`), possessives
//!   dropped, Snowball-stemmed, and folded to a spelling key that merges transliteration
//!   variants (`ou`→`u`, `kh`→`h`, `ph`→`f`, `c`/`q`→`k`, `y`→`i`, `w`→`v`, doubled letters
//!   once: Kouleba = Kuleba, Zelenskyy = Zelensky = Zelenskiy).
//!
//! Terms are hashed (stable XXH3) for counting; `terms` also yields the strings for evidence.

use super::stopwords::is_stop_word;
use crate::hash::{hash_bytes, TERM_SEED};
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// What a term is: numbers are weighted a little more than words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TermKind {
    Word,
    Number,
    /// A headline's event word, in a space of its own (`count_terms`).
    Headline,
}

/// A term and how often it occurs in one document (sorted by `hash`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TermCount {
    pub hash: u64,
    pub tf: u32,
    pub kind: TermKind,
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// Fold diacritics and quotes, keep case and layout.
fn fold_text(text: &str, out: &mut String) {
    out.clear();
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' | '\u{b4}' => out.push('\''),
            '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2007}' => out.push(' '),
            _ => {
                for d in std::iter::once(c).nfkd() {
                    if !is_combining_mark(d) {
                        out.push(d);
                    }
                }
            }
        }
    }
}

/// A raw token: its text and the separator that preceded it.
struct Token<'a> {
    text: &'a str,
    /// True when exactly one space separates it from the previous token.
    single_space_before: bool,
}

#[inline]
fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes()[i] {
        b if b.is_ascii() => b as char,
        _ => text[i..].chars().next().unwrap_or(' '),
    }
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let n = text.len();
    let mut i = 0;
    let mut gap_start = 0;
    while i < n {
        let c = char_at(text, i);
        if !c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut end = i;
        loop {
            while end < n {
                let c = char_at(text, end);
                if !c.is_alphanumeric() {
                    break;
                }
                end += c.len_utf8();
            }
            // An inner separator joins when an alphanumeric follows it.
            let sep = text.as_bytes().get(end).copied();
            if let (Some(sep @ (b',' | b'.' | b'\'')), true) = (sep, end + 1 < n) {
                let after = char_at(text, end + 1);
                if after.is_alphanumeric() {
                    let before = text[..end].chars().next_back().unwrap_or(' ');
                    let joins = match sep {
                        b',' => before.is_ascii_digit() && after.is_ascii_digit(),
                        b'.' => {
                            (before.is_ascii_digit() && after.is_ascii_digit())
                                || is_acronym_step(text, start, end)
                        }
                        _ => before.is_alphabetic() && after.is_alphabetic(),
                    };
                    if joins {
                        end += 1;
                        continue;
                    }
                }
            }
            break;
        }
        let gap = &text[gap_start..start];
        out.push(Token {
            text: &text[start..end],
            single_space_before: gap == " ",
        });
        gap_start = end;
        i = end;
    }
    out
}

/// `U.S` / `U.N`: single ASCII letters separated by dots (`dot` is the byte of the dot).
fn is_acronym_step(text: &str, start: usize, dot: usize) -> bool {
    let b = text.as_bytes();
    let single_before = dot >= 1 && (dot - 1 == start || (dot >= 2 && b[dot - 2] == b'.'));
    let single_after = b
        .get(dot + 2)
        .is_none_or(|&c| !(c as char).is_alphanumeric() && c.is_ascii());
    single_before
        && b[dot - 1].is_ascii_alphabetic()
        && b.get(dot + 1).is_some_and(u8::is_ascii_alphabetic)
        && single_after
}

fn number_word(w: &str) -> Option<f64> {
    let v = match w {
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "dozen" => 12.0,
        _ => return None,
    };
    Some(v)
}

fn multiplier(w: &str) -> Option<f64> {
    match w {
        "hundred" => Some(1e2),
        "thousand" | "k" => Some(1e3),
        "million" | "millions" | "mln" | "m" => Some(1e6),
        "billion" | "billions" | "bln" | "bn" => Some(1e9),
        "trillion" | "tln" | "tn" => Some(1e12),
        _ => None,
    }
}

/// Parse a token with digits: `8,500` → 8500, `3.5` → 3.5, `26th` → 26, `1.13bn` → 1.13e9.
/// `None` for mixed words such as `covid19` or `f16`.
fn parse_number(token: &str) -> Option<f64> {
    let digits_end = token
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(token.len());
    let (num, suffix) = token.split_at(digits_end);
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let scale = match suffix.to_ascii_lowercase().as_str() {
        "" | "st" | "nd" | "rd" | "th" | "s" => 1.0,
        other => multiplier(other)?,
    };
    // `8,500` / `1,234,567.5` use commas for thousands; `1,5` is a decimal comma.
    let groups: Vec<&str> = num.split(',').collect();
    let thousands = groups[1..]
        .iter()
        .all(|g| g.split('.').next().is_some_and(|int| int.len() == 3));
    let cleaned: String = if num.contains(',') && !thousands {
        num.replace(',', ".") // European decimal comma: `1,5`
    } else {
        num.replace(',', "")
    };
    cleaned.parse::<f64>().ok().map(|v| v * scale)
}

/// Canonical text of a number value.
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Merge transliteration variants of one spelling (see the module docs).
pub fn spelling_key(word: &str) -> String {
    let b: Vec<char> = word.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let next = b.get(i + 1).copied();
        let (c, skip) = match (b[i], next) {
            ('t', Some('c')) if b.get(i + 2) == Some(&'h') => ('c', 3), // tch → ch
            ('s', Some('c')) if b.get(i + 2) == Some(&'h') => ('s', 3), // sch → sh
            ('k', Some('h')) => ('h', 2),
            ('p', Some('h')) => ('f', 2),
            ('o', Some('u')) => ('u', 2),
            ('c', Some('k')) => ('k', 2),
            ('c', Some('h')) => ('c', 2),
            ('c', _) | ('q', _) => ('k', 1),
            ('y', _) => ('i', 1),
            ('w', _) => ('v', 1),
            (c, _) => (c, 1),
        };
        // tch/ch keep a marker so `ch` ≠ `k`; sch → sh.
        match (b[i], skip) {
            ('t', 3) | ('c', 2) if c == 'c' => {
                out.push('c');
                out.push('h');
            }
            ('s', 3) => {
                out.push('s');
                out.push('h');
            }
            _ => {
                if out.last() != Some(&c) {
                    out.push(c);
                }
            }
        }
        i += skip;
    }
    out.into_iter().collect()
}

/// Call `each(term, kind)` for every term of `text` in order.
pub fn terms(text: &str, mut each: impl FnMut(&str, TermKind)) {
    terms_with_surface(text, |t, k, _| each(t, k));
}

/// Call `each(term, kind, surface)` for every term of `text` in order; `surface` is the token
/// as written (diacritics folded), for showing evidence to people.
pub fn terms_with_surface(text: &str, mut each: impl FnMut(&str, TermKind, &str)) {
    let mut folded = String::with_capacity(text.len());
    fold_text(text, &mut folded);
    let tokens = tokenize(&folded);
    let mut lower = String::new();
    let mut i = 0;
    while i < tokens.len() {
        let tok = tokens[i].text;
        lower.clear();
        if tok.is_ascii() {
            lower.push_str(tok);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(tok.chars().flat_map(char::to_lowercase));
        }
        // Numbers written with digits.
        if tok.starts_with(|c: char| c.is_ascii_digit()) {
            if let Some(mut v) = parse_number(tok) {
                i += 1;
                // `8 500` written with a space as the thousands separator.
                let plain_small = tok.len() <= 3 && tok.bytes().all(|b| b.is_ascii_digit());
                if plain_small {
                    while let Some(next) = tokens.get(i) {
                        if next.single_space_before
                            && next.text.len() == 3
                            && next.text.bytes().all(|b| b.is_ascii_digit())
                        {
                            v = v * 1000.0 + next.text.parse::<f64>().unwrap_or(0.0);
                            i += 1;
                        } else {
                            break;
                        }
                    }
                }
                if let Some(m) = tokens
                    .get(i)
                    .and_then(|t| multiplier(&t.text.to_lowercase()))
                {
                    v *= m;
                    i += 1;
                }
                each(&format_number(v), TermKind::Number, tok);
                continue;
            }
        }
        // Numbers written with words: `eight`, `twenty-five`, `two hundred`, `a dozen`.
        let start = i;
        if number_word(&lower).is_some()
            || (lower == "one"
                && tokens.get(i + 1).is_some_and(|t| {
                    multiplier(&t.text.to_lowercase()).is_some_and(|m| m >= 100.0)
                }))
        {
            let (mut total, mut current) = (0.0, 0.0);
            while let Some(t) = tokens.get(i) {
                let w = t.text.to_lowercase();
                if let Some(v) = number_word(&w).or(if w == "one" { Some(1.0) } else { None }) {
                    current += v;
                } else if let Some(m) = multiplier(&w).filter(|_| current > 0.0) {
                    if m == 100.0 {
                        current *= m;
                    } else {
                        total += current * m;
                        current = 0.0;
                    }
                } else {
                    break;
                }
                i += 1;
            }
            each(
                &format_number(total + current),
                TermKind::Number,
                tokens[start].text,
            );
            continue;
        }
        i += 1;
        // Acronyms for the United States survive the stop list.
        let compact: String = tok.chars().filter(|&c| c != '.').collect();
        if matches!(compact.as_str(), "US" | "USA") {
            each("usa", TermKind::Word, tok);
            continue;
        }
        // A weekday in a name or a habit is no day of the event (`named_day`).
        if let Some(day) = named_day(&tokens, start, &lower) {
            let day = crate::calendar::WEEKDAYS[day].to_lowercase();
            each(&format!("{day}-name"), TermKind::Word, tok);
            continue;
        }
        WORD_TERMS.with(|memo| {
            let mut memo = memo.borrow_mut();
            if memo.len() > MEMO_CAPACITY {
                memo.clear();
            }
            match memo.get(lower.as_str()) {
                Some(Some(term)) => each(term, TermKind::Word, tok),
                Some(None) => {}
                None => {
                    let term = word_term(&lower);
                    if let Some(t) = &term {
                        each(t, TermKind::Word, tok);
                    }
                    memo.insert(lower.as_str().into(), term);
                }
            }
        });
    }
}

/// The weekday (index into `calendar::WEEKDAYS`) token `i` (lower-cased `lower`) names when
/// it is part of a name ("Super Tuesday", "Black Friday's sales", "the Sunday Times", "The
/// Mail on Sunday") or a habit ("on Sundays"): no day of the event, so its term is kept
/// apart from the weekday's. `None` for an ordinary weekday ("on Tuesday", "Tuesday's
/// vote") or any other word.
fn named_day(tokens: &[Token], i: usize, lower: &str) -> Option<usize> {
    let word = lower.strip_suffix("'s").unwrap_or(lower);
    let (day, plural) = weekday_of(word)?;
    let capitalised = |t: &Token| t.text.starts_with(char::is_uppercase);
    let after_modifier = i > 0
        && tokens[i].single_space_before
        && capitalised(&tokens[i - 1])
        && NAMED_DAY_BEFORE.contains(&tokens[i - 1].text.to_lowercase().as_str());
    let before_name = tokens.get(i + 1).is_some_and(|next| {
        next.single_space_before
            && capitalised(next)
            && NAMED_DAY_AFTER.contains(&next.text.to_lowercase().as_str())
    });
    // "The Mail on Sunday", "The Independent on Sunday": newspapers ("Scotland on Sunday"
    // is one too, but "they play in Scotland on Sunday" is a day).
    let sunday_paper = day == 6
        && i >= 2
        && tokens[i - 1].text == "on"
        && capitalised(&tokens[i - 2])
        && matches!(
            tokens[i - 2].text.to_lowercase().as_str(),
            "mail" | "independent"
        );
    (plural || after_modifier || before_name || sunday_paper).then_some(day)
}

/// The weekday (index into `calendar::WEEKDAYS`) a word names, singular or plural
/// ("tuesday", "tuesdays"), and whether it is plural.
fn weekday_of(lower: &str) -> Option<(usize, bool)> {
    crate::calendar::weekday_index(lower)
        .map(|d| (d, false))
        .or_else(|| {
            let singular = lower.strip_suffix('s')?;
            crate::calendar::weekday_index(singular).map(|d| (d, true))
        })
}

/// Words that make the weekday after them part of a name (capitalised): Super Tuesday, Black
/// Friday ("a good Friday for markets" is a day).
const NAMED_DAY_BEFORE: [&str; 14] = [
    "super", "black", "cyber", "good", "easter", "bloody", "ash", "holy", "maundy", "palm",
    "giving", "shrove", "whit", "mad",
];

/// Words that make the weekday before them part of a name (capitalised): the Sunday Times.
/// Not "Night": headlines write "Tuesday Night's Debate" for a day.
const NAMED_DAY_AFTER: [&str; 8] = [
    "times",
    "telegraph",
    "mirror",
    "express",
    "herald",
    "mail",
    "tribune",
    "sport",
];

/// Words repeat (Zipf): each thread remembers the term of the words it has seen.
const MEMO_CAPACITY: usize = 1 << 18;

thread_local! {
    static WORD_TERMS: std::cell::RefCell<ahash::AHashMap<Box<str>, Option<Box<str>>>> =
        std::cell::RefCell::new(ahash::AHashMap::new());
}

/// The Snowball stem of a lower-case word (possessive dropped), without the spelling key:
/// two surfaces with the same term but different stems are spelling variants.
pub fn stem_word(lower: &str) -> String {
    let word = lower.strip_suffix("'s").unwrap_or(lower);
    stemmer().stem(word).into_owned()
}

/// The term of a lower-case word token, or `None` for a stop word or a single letter.
pub fn word_term(lower: &str) -> Option<Box<str>> {
    let word = lower.strip_suffix("'s").unwrap_or(lower);
    let word: String = word.chars().filter(|&c| c != '.' && c != '\'').collect();
    if word.chars().count() < 2 || is_stop_word(lower) || is_stop_word(&word) {
        return None;
    }
    if word.bytes().any(|b| b.is_ascii_digit()) {
        return Some(word.into());
    }
    let stem = stemmer().stem(&word);
    Some(spelling_key(&stem).into())
}

/// Hash of a term (numbers and words live in separate spaces).
pub fn term_hash(term: &str, kind: TermKind) -> u64 {
    hash_bytes(term.as_bytes(), TERM_SEED ^ kind as u64)
}

/// Where a headline's terms live besides the text's: `term_hash` of the term, xor this.
const HEADLINE_SPACE: u64 = 0x9e37_79b9_7f4a_7c15;

/// The hash a term (`term_hash`) has as a headline term, and back.
pub fn headline_space(hash: u64) -> u64 {
    hash ^ HEADLINE_SPACE
}

/// Term counts of a document: its text, plus its title counted `title_weight` times.
///
/// A title's event words also count once as `Headline` terms, in a space of their own, so
/// that two headlines sharing one match beyond what their texts share: headlines name the
/// event ("EPA chief Pruitt resigns"), where two stories of a saga share their people and
/// topic words. An event word is one the text also writes in lower case ("resigns"): not a
/// name ("Pruitt", "Iran"), a ticker or a code, which no event is told by, and which the
/// text's terms carry anyway (docs/retellings.md, "Headline terms"). How many headlines
/// may share one is bounded where the vectors are weighed (`WeightConfig`).
pub fn count_terms(text: &str, title: Option<&str>, title_weight: u32) -> Vec<TermCount> {
    // A record that is only its title ("Ferry strike halts crossings" as text and title)
    // has no headline of its own.
    let headline = title.filter(|t| title_weight > 0 && text.trim() != t.trim());
    let mut all: Vec<(u64, TermKind)> = Vec::new();
    // The terms the text writes in lower case somewhere (only needed for a headline).
    let mut lower: Vec<u64> = Vec::new();
    terms_with_surface(text, |t, k, surface| {
        let h = term_hash(t, k);
        all.push((h, k));
        if headline.is_some() && surface.starts_with(char::is_lowercase) {
            lower.push(h);
        }
    });
    if let Some(title) = title {
        let mut title_terms: Vec<(u64, TermKind)> = Vec::new();
        terms(title, |t, k| title_terms.push((term_hash(t, k), k)));
        for _ in 0..title_weight {
            all.extend_from_slice(&title_terms);
        }
        if headline.is_some() {
            lower.sort_unstable();
            all.extend(
                title_terms
                    .iter()
                    .filter(|(h, _)| lower.binary_search(h).is_ok())
                    .map(|&(h, _)| (headline_space(h), TermKind::Headline)),
            );
        }
    }
    all.sort_unstable();
    let mut out: Vec<TermCount> = Vec::new();
    for (hash, kind) in all {
        match out.last_mut() {
            Some(last) if last.hash == hash => last.tf += 1,
            _ => out.push(TermCount { hash, tf: 1, kind }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<String> {
        let mut v = Vec::new();
        terms(text, |t, k| {
            v.push(match k {
                TermKind::Number => format!("#{t}"),
                TermKind::Headline => format!("^{t}"),
                TermKind::Word => t.to_string(),
            })
        });
        v
    }

    #[test]
    fn numbers_in_any_spelling() {
        assert_eq!(all("8,500 troops"), all("8 500 troops"));
        assert_eq!(all("eight hours"), all("8 hours"));
        assert_eq!(all("twenty-five"), vec!["#25"]);
        assert_eq!(all("100,000 soldiers"), all("100 thousand soldiers"));
        assert_eq!(all("$1.13bn"), vec!["#1130000000"]);
        assert_eq!(all("on the 26th"), vec!["#26"]);
        assert_eq!(all("3.5 per cent"), vec!["#3.5", "kent"]);
        assert_eq!(all("1,5 litres"), all("1.5 litres"));
        assert_eq!(all("a dozen"), vec!["#12"]);
        assert_eq!(all("two hundred"), vec!["#200"]);
    }

    #[test]
    fn names_survive_transliteration_and_diacritics() {
        assert_eq!(all("Kouleba"), all("Kuleba"));
        assert_eq!(all("Kuléba's"), all("Kuleba"));
        assert_eq!(all("Zelenskyy"), all("Zelensky"));
        assert_eq!(all("Zelenskiy"), all("Zelensky"));
        assert_ne!(all("Macron"), all("Merkel"));
    }

    #[test]
    fn stop_words_stems_and_acronyms() {
        assert_eq!(all("The U.S. said it was talking"), vec!["usa", "talk"]);
        assert_eq!(all("US officials"), vec!["usa", "ofiki"]);
        assert!(all("us and them").is_empty());
    }

    #[test]
    fn counts_are_sorted_and_summed() {
        // "talk" (three times, the title's once), "kuleba", and the headline's "talk".
        let c = count_terms("talks talks Kuleba", Some("Talks"), 1);
        assert_eq!(c.len(), 3);
        assert!(c.windows(2).all(|w| w[0].hash < w[1].hash));
        assert_eq!(c.iter().map(|t| t.tf).sum::<u32>(), 5);
    }

    #[test]
    fn a_headlines_event_words_are_headline_terms() {
        // "resigns" is written in lower case in the text ("resigned"): an event word. "Pruitt"
        // and "EPA" are names there, and "chief" is not in the text at all.
        let c = count_terms(
            "Scott Pruitt resigned on Thursday. The EPA said he had resigned.",
            Some("EPA chief Pruitt resigns"),
            1,
        );
        let headline: Vec<u64> = c
            .iter()
            .filter(|t| t.kind == TermKind::Headline)
            .map(|t| t.hash)
            .collect();
        let resign = word_term("resigns").expect("a term");
        assert_eq!(
            headline,
            vec![term_hash(&resign, TermKind::Word) ^ HEADLINE_SPACE]
        );
        // No title, or titles ignored: no headline terms.
        let plain = count_terms("Scott Pruitt resigned.", None, 1);
        assert!(plain.iter().all(|t| t.kind != TermKind::Headline));
        let ignored = count_terms("Scott Pruitt resigned.", Some("Pruitt resigns"), 0);
        assert!(ignored.iter().all(|t| t.kind != TermKind::Headline));
        // A record that is only its title has no headline of its own (a review saw such
        // records lose against their retellings).
        let only = count_terms(
            "Strike halts ferry crossings",
            Some("Strike halts ferry crossings"),
            1,
        );
        assert!(only.iter().all(|t| t.kind != TermKind::Headline));
    }

    #[test]
    fn spelling_keys() {
        assert_eq!(spelling_key("kouleba"), "kuleba");
        assert_eq!(spelling_key("tchaikovski"), spelling_key("chaikovsky"));
        assert_eq!(spelling_key("zelenskii"), "zelenski");
    }
}
