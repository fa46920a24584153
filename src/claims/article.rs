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
        let tokens = tokenize(text);
        let sentences = sentences::split(text, &tokens);
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
