//! `Article`: one article read once (tokens, sentences, vocabulary), shared by the extractors.

use super::lexicon;
use super::sentences;
use super::tokens::{tokenize, Kind, Token};
use super::Span;
use std::collections::HashSet;
use std::ops::Range;

pub struct Article<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Sentences as token ranges.
    pub sentences: Vec<Range<usize>>,
    /// Sentence index of every token.
    pub sentence_of: Vec<usize>,
    /// Words seen in lower case somewhere in the article: a capitalized word that also
    /// appears in lower case is a common word capitalized by position, not a name.
    lower_vocab: HashSet<String>,
}

impl<'a> Article<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut tokens = tokenize(text);
        let sentences = sentences::split(text, &tokens);
        unquote_scare_quotes(&mut tokens, &sentences);
        let mut sentence_of = vec![0; tokens.len()];
        for (s, r) in sentences.iter().enumerate() {
            for i in r.clone() {
                sentence_of[i] = s;
            }
        }
        let lower_vocab = tokens
            .iter()
            .filter(|t| {
                t.kind == Kind::Word
                    && text[t.start..]
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
            })
            .map(|t| t.lower.clone())
            .collect();
        Self {
            text,
            tokens,
            sentences,
            sentence_of,
            lower_vocab,
        }
    }

    pub fn str(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    pub fn lower(&self, i: usize) -> &str {
        &self.tokens[i].lower
    }

    /// Span from token `a` to token `b` inclusive.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.text, self.tokens[a].start, self.tokens[b].end)
    }

    /// Byte range of sentence `s`.
    pub fn sentence_bytes(&self, s: usize) -> Range<usize> {
        let r = &self.sentences[s];
        self.tokens[r.start].start..self.tokens[r.end - 1].end
    }

    pub fn sentence_start(&self, i: usize) -> usize {
        self.sentences[self.sentence_of[i]].start
    }

    pub fn sentence_end(&self, i: usize) -> usize {
        self.sentences[self.sentence_of[i]].end
    }

    /// Does a line break before token `i` end a sentence? A line that hard-wrapped text
    /// (wire copy) wraps inside a sentence is no break: "White House spokesman Marlin\n
    /// Fitzwater said" (see `sentences::split`).
    pub fn breaks_line(&self, i: usize) -> bool {
        self.tokens[i].breaks > 0 && self.sentence_start(i) == i
    }

    pub fn is_cap(&self, i: usize) -> bool {
        self.tokens[i].is_capitalized(self.text)
    }

    /// A capitalized word that reads as part of a name: not a common word capitalized only
    /// because it opens a sentence, a quote or a headline.
    pub fn is_name_word(&self, i: usize) -> bool {
        if !self.is_cap(i) {
            return false;
        }
        let w = self.lower(i);
        if lexicon::common_capitalized(w) && !self.is_all_caps(i) {
            return false;
        }
        let opens =
            i == self.sentence_start(i) || i > 0 && self.tokens[i - 1].kind == Kind::OpenQuote;
        if opens && self.lower_vocab.contains(w) {
            return false;
        }
        // Title-case headlines capitalize every word; a word also seen in lower case in the
        // body is a common word there too, unless the next word is a name as well.
        if self.lower_vocab.contains(w) && !lexicon::title_word(w) {
            let next_cap = self.tokens.get(i + 1).is_some_and(|t| {
                t.is_capitalized(self.text) && !self.lower_vocab.contains(&t.lower)
            });
            let prev_cap = i > 0
                && self.tokens[i - 1].is_capitalized(self.text)
                && !self.lower_vocab.contains(&self.tokens[i - 1].lower);
            return next_cap || prev_cap;
        }
        true
    }

    pub fn is_all_caps(&self, i: usize) -> bool {
        let s = self.str(i);
        s.chars().count() > 1 && s.chars().all(|c| !c.is_lowercase())
    }
}

/// A few quoted words inside a clause ("who calls Trump a "sociopath," said", "star of
/// “Scandal,” said") are a name or a word held at a distance, not a quotation: their
/// marks are read as plain punctuation and their words as the clause's, so that the
/// phrase around them reads whole. Such a quotation opens after a word that introduces no
/// speech (not `said "…"`), holds one to four words, and closes inside its sentence.
fn unquote_scare_quotes(tokens: &mut [Token], sentences: &[Range<usize>]) {
    for r in sentences {
        let mut i = r.start + 1;
        while i < r.end {
            if tokens[i].kind != Kind::OpenQuote {
                i += 1;
                continue;
            }
            let before = &tokens[i - 1];
            let after_word = before.kind == Kind::Possessive
                || before.kind == Kind::Word && lexicon::cue(&before.lower).is_none();
            // What someone is called is what they were called: the quotation "call" reports
            // ("calls Trump a "sociopath"").
            let called = tokens[i.saturating_sub(6)..i]
                .iter()
                .any(|t| lexicon::cue(&t.lower).is_some_and(|(lemma, _)| lemma == "call"));
            if !after_word || called {
                i += 1;
                continue;
            }
            let close = (i + 1..r.end.min(i + 8)).find(|&m| tokens[m].is_quote());
            let Some(close) =
                close.filter(|&m| m + 1 < r.end && tokens[m].kind == Kind::CloseQuote)
            else {
                i += 1;
                continue;
            };
            let words = (i + 1..close)
                .filter(|&m| tokens[m].kind == Kind::Word)
                .count();
            // Before a cue, a few quoted words after a verb are what was said ("Vander
            // Plaats is ''activating his network,'' said English"); a title or a name
            // follows a preposition, an article or a possessive ("author of "Going
            // Viral," said").
            let titled = before.kind == Kind::Possessive
                || matches!(
                    before.lower.as_str(),
                    "of" | "as" | "a" | "an" | "the" | "for"
                );
            // (A cue a few words on counts too: `Mr Sullivan "made accounting decisions,"
            // he told the court` quotes him.)
            let cue_after = tokens[close + 1..r.end.min(close + 5)]
                .iter()
                .any(|t| t.kind == Kind::Word && lexicon::cue(&t.lower).is_some());
            if (1..=4).contains(&words) && (titled || !cue_after) {
                for t in &mut tokens[i..=close] {
                    t.quoted = false;
                }
                tokens[i].kind = Kind::Punct;
                tokens[close].kind = Kind::Punct;
            }
            i = close + 1;
        }
    }
}
