//! Sentence boundaries over tokens.
//!
//! A sentence ends after `.`, `!`, `?` or `…` (with any closing quotes and brackets that
//! follow) when the next token opens a new sentence: an upper-case word, a digit or an
//! opening quote. A period after a known abbreviation (`Mr.`, `Jan.`) or a single initial
//! (`J. Smith`) does not end one. Line breaks: a blank line always ends a sentence; a single
//! line break does too, except in hard-wrapped text, where the line before is long, does not
//! end in sentence punctuation, and the next line does not start a new sentence with a
//! capital after a short line (wire stories of the 1980s wrap at ~70 columns).
//!
//! A run of more than `MAX_SENTENCE_TOKENS` tokens without a boundary is no sentence but a
//! table, a list or text stripped of its punctuation; it is cut into pieces of that length,
//! which bounds every per-sentence cost downstream (aligning two sentences is quadratic in
//! their length: two 50,000-word runs took 59 s and 5 GB before the cut).

use super::lexicon;
use super::tokens::{is_abbreviation, Kind, Token};
use std::ops::Range;

/// Sentences as token ranges, in order, covering every token.
pub fn split(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let n = tokens.len();
    let hard_wrapped = hard_wrapped(text);
    let mut starts = vec![0];
    for i in 1..n {
        let t = &tokens[i];
        if t.breaks > 0 {
            let prev = &tokens[i - 1];
            let line_start = text[..prev.end].rfind('\n').map_or(0, |p| p + 1);
            let line_len = text[line_start..prev.end].chars().count();
            let joined = wrapped(text, prev, t, line_len, hard_wrapped)
                || hard_wrapped && t.breaks == 1 && name_runs_on(text, tokens, i);
            if t.breaks >= 2 || ends_clause(prev) || !joined {
                starts.push(i);
            }
        }
        let prev = &tokens[i - 1];
        if is_terminal(prev) && t.breaks == 0 {
            // Absorb closing quotes and brackets.
            let mut j = i;
            while j < n
                && tokens[j].breaks == 0
                && (tokens[j].kind == Kind::CloseQuote || tokens[j].is_punct(')'))
            {
                j += 1;
            }
            if j < n
                && (tokens[j].breaks > 0 || opens_sentence(text, &tokens[j]))
                && !after_abbreviation(text, tokens, i - 1)
                && !decimal_point(prev, t)
            {
                starts.push(j);
            }
        }
    }
    starts.sort_unstable();
    starts.dedup();
    let mut out = Vec::with_capacity(starts.len());
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(n);
        let mut s = s;
        while e - s > MAX_SENTENCE_TOKENS {
            out.push(s..s + MAX_SENTENCE_TOKENS);
            s += MAX_SENTENCE_TOKENS;
        }
        if e > s {
            out.push(s..e);
        }
    }
    out
}

/// The longest sentence, in tokens (words and punctuation). Far beyond real prose: the
/// longest sentences of the BBC, ECB+ and PolNeAR articles stay under it.
pub const MAX_SENTENCE_TOKENS: usize = 300;

fn is_terminal(t: &Token) -> bool {
    t.kind == Kind::Punct && matches!(t.lower.as_str(), "." | "!" | "?" | "…")
}

fn ends_clause(t: &Token) -> bool {
    is_terminal(t) || t.kind == Kind::CloseQuote || t.is_punct(':')
}

/// Text wrapped at a fixed width, as wire copy is (Reuters-21578 at about 70 columns): four
/// lines or more, none over 100 characters, half of them 45 or more.
fn hard_wrapped(text: &str) -> bool {
    let (mut lines, mut long) = (0, 0);
    for n in text.lines().map(|l| l.trim().chars().count()) {
        if n > 100 {
            return false;
        }
        lines += usize::from(n > 0);
        long += usize::from(n >= 45);
    }
    lines >= 4 && long * 2 >= lines
}

/// A single line break inside hard-wrapped running text. In text wrapped at a fixed width
/// (`hard_wrapped`) a long line may also end inside a name: "White House spokesman
/// Marlin\nFitzwater said".
fn wrapped(text: &str, prev: &Token, next: &Token, line_len: usize, hard_wrapped: bool) -> bool {
    if hard_wrapped
        && line_len >= 60
        && prev.kind == Kind::Word
        && next.kind == Kind::Word
        && prev.is_capitalized(text)
        && next.is_capitalized(text)
    {
        return true;
    }
    let next_lower = text[next.start..]
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    if next_lower || prev.is_punct(',') {
        return true;
    }
    // (A long line ending on a word before a figure goes on: "the 214 mln tonnes on
    // January\n1 and equivalent to".)
    line_len >= 60
        && prev.kind == Kind::Word
        && (text[prev.start..]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
            || hard_wrapped && next.kind == Kind::Number)
}

/// A name that goes on past a line break of hard-wrapped text however short the line:
/// after an initial ("Chairman J. Hugh\nLiedtke told", a first line shortened by its
/// dateline), a capitalized title word ("Finance Minister\nDilson Funaro") or a given name
/// ("Governor Robin\nLeigh-Pemberton said").
fn name_runs_on(text: &str, tokens: &[Token], i: usize) -> bool {
    let (prev, next) = (&tokens[i - 1], &tokens[i]);
    let cap = |t: &Token| t.kind == Kind::Word && t.is_capitalized(text);
    if !cap(prev) || !cap(next) {
        return false;
    }
    let initial = i >= 3
        && tokens[i - 2].is_punct('.')
        && tokens[i - 3].end == tokens[i - 2].start
        && is_initial(text, &tokens[i - 3]);
    initial
        || lexicon::title_word(&prev.lower) && !lexicon::title_word(&next.lower)
        || super::gender::is_given_name(&prev.lower) && !lexicon::title_word(&next.lower)
}

fn opens_sentence(text: &str, t: &Token) -> bool {
    match t.kind {
        Kind::OpenQuote => true,
        Kind::Number => true,
        Kind::Word => text[t.start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase),
        Kind::Punct => t.is_punct('(') || t.is_punct('['),
        _ => false,
    }
}

/// A period glued to the number after it is a decimal point or a leader, not the end of a
/// sentence: `X.400`, `v.2`, a table's `loans.......81 vs.....56`. (The tokenizer already
/// keeps `hit .358`, `a .38 caliber` and `magnitude-6.0` whole.)
fn decimal_point(period: &Token, next: &Token) -> bool {
    period.is_punct('.') && next.kind == Kind::Number && next.start == period.end
}

/// The terminal token at `i` is a period after an abbreviation or a single initial.
fn after_abbreviation(text: &str, tokens: &[Token], i: usize) -> bool {
    if !tokens[i].is_punct('.') || i == 0 {
        return false;
    }
    let prev = &tokens[i - 1];
    if prev.end != tokens[i].start || prev.kind != Kind::Word {
        return false;
    }
    if matches!(prev.lower.as_str(), "no" | "nos") {
        // "No. 5", not "said no."
        return tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Number);
    }
    is_abbreviation(&prev.lower) || is_initial(text, prev)
}

/// A single capital letter: the initial of a name ("J. Smith").
fn is_initial(text: &str, t: &Token) -> bool {
    let w = &text[t.start..t.end];
    t.kind == Kind::Word && w.chars().count() == 1 && w.chars().all(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::tokens::tokenize;

    fn sentences(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        split(text, &toks)
            .into_iter()
            .map(|r| text[toks[r.start].start..toks[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn a_run_without_boundaries_is_cut_into_bounded_pieces() {
        let text = "word ".repeat(MAX_SENTENCE_TOKENS * 2 + 7);
        let toks = tokenize(&text);
        let ranges = split(&text, &toks);
        assert_eq!(
            ranges.iter().map(|r| r.len()).collect::<Vec<_>>(),
            [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 7]
        );
        assert!(ranges.windows(2).all(|w| w[0].end == w[1].start));
    }

    #[test]
    fn splits_on_terminal_punctuation_and_lines() {
        let s = sentences(
            "NATO rejects the \"red line\" drawn by Russia.\nRussian Deputy Foreign Minister Grushko met with U.S. Ambassador to Russia Sullivan on the 26th. Mr. Lavrov said no. \"Let’s not jump to any conclusions.\" Peskov said.",
        );
        assert_eq!(
            s,
            [
                "NATO rejects the \"red line\" drawn by Russia.",
                "Russian Deputy Foreign Minister Grushko met with U.S. Ambassador to Russia Sullivan on the 26th.",
                "Mr. Lavrov said no.",
                "\"Let’s not jump to any conclusions.\"",
                "Peskov said.",
            ]
        );
    }

    #[test]
    fn a_decimal_point_glued_to_its_number_ends_nothing() {
        // ECB+ 10_5ecb and 20_3ecbplus: the splits made "358 with 13 home runs" and
        // "0 quake can cause severe damage" sentences of their own.
        let s = sentences("In 54 games with the Angels he hit .358 with 13 home runs. A magnitude-6.0 quake can cause severe damage. It was Game 6. 10 people died.");
        assert_eq!(
            s,
            [
                "In 54 games with the Angels he hit .358 with 13 home runs.",
                "A magnitude-6.0 quake can cause severe damage.",
                "It was Game 6.",
                "10 people died.",
            ]
        );
    }

    #[test]
    fn headline_line_ends_a_sentence() {
        let s = sentences("Germany and France are different from the United States and Britain\nThe crisis between Russia and the West was triggered.");
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn a_wire_line_ending_before_a_figure_goes_on() {
        // Reuters 13256: "January" and its day "1" were two sentences.
        let text = "Oil stocks on land in the United States and Canada were put at 206.6\nmln tonnes on April 1, down from the 214 mln tonnes on January\n1 and equivalent to 94 and 98 days of consumption,\nrespectively, the agency said in its monthly report.\nStocks in Western Europe were put at 147.4 mln tonnes.";
        assert_eq!(sentences(text).len(), 2);
    }

    #[test]
    fn wrapped_wire_lines_do_not() {
        let s = sentences("The company said it expected profits to rise in the second\nquarter of the year, officials said.");
        assert_eq!(s.len(), 1);
    }
}
