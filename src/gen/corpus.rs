//! The real articles the generator draws from (`../shared/data`, never committed).
//!
//! - *Articles* (Reuters-21578, BBC): unlabelled single articles. They become unrelated
//!   articles and the originals of copy families. Exact repeats (after whitespace and case
//!   folding) are dropped at load time, so two documents the generator calls unrelated are
//!   never the same text by accident.
//! - *Story groups* (WMT21 ja-en and is-en: English versions of one source document; ECB+:
//!   articles on one seminal event; AllSides: outlets' excerpts and a neutral summary of one
//!   story): the labelled retellings.
//! - *Sentences*: every sentence of the articles (whitespace collapsed, 4 to 80 words), the
//!   material of synthetic unrelated articles once the real ones are used up.

use super::rng::Rng;
use crate::hash::{hash_bytes, TEXT_SEED};
use flate2::read::MultiGzDecoder;
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// Unlabelled article files: (file stem, origin prefix).
pub const ARTICLE_FILES: &[&str] = &["reuters21578", "bbc"];
/// Files whose `story` field groups retellings.
pub const STORY_FILES: &[&str] = &["wmt21-ja-en", "wmt21-is-en", "ecbplus-dev", "allsides"];

/// One source article.
#[derive(Debug, Clone)]
pub struct Article {
    pub title: Option<String>,
    pub text: String,
    /// `file:id` in the data directory (for the ground truth).
    pub origin: String,
}

/// One record as read from a data file.
#[derive(Debug, Clone)]
pub struct SourceRecord {
    /// File stem (`reuters21578`, `allsides`, ...).
    pub file: String,
    pub id: String,
    pub title: Option<String>,
    pub text: String,
    /// Story label, for the story files.
    pub story: Option<String>,
}

/// Everything the generator draws from.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    /// Members of labelled story groups.
    pub retold: Vec<Article>,
    /// Groups of at least two indices into `retold`, one per labelled story.
    pub groups: Vec<Vec<u32>>,
    /// Collapsed sentences, one after another; `sentences` holds their byte ranges.
    sentence_text: String,
    sentences: Vec<(u32, u32)>,
    /// Lengths (bytes) of long-form articles, the length model of synthetic articles.
    pub lengths: Vec<u32>,
}

/// Why the data could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Record {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("no source articles found in {0} (expected {files})", files = ARTICLE_FILES.join(".jsonl.gz, ") + ".jsonl.gz")]
    Empty(PathBuf),
}

impl Corpus {
    /// Load the known files of `dir` (missing story files are skipped; at least one article
    /// file must be there).
    pub fn load(dir: &Path) -> Result<Corpus, CorpusError> {
        let mut records = Vec::new();
        for file in ARTICLE_FILES.iter().chain(STORY_FILES) {
            let path = dir.join(format!("{file}.jsonl.gz"));
            if !path.exists() {
                continue;
            }
            read_file(&path, file, &mut records)?;
        }
        let corpus = Corpus::from_records(records);
        if corpus.articles.is_empty() {
            return Err(CorpusError::Empty(dir.to_path_buf()));
        }
        Ok(corpus)
    }

    /// Build from records: records with a `story` go to story groups, the rest are articles.
    pub fn from_records(records: Vec<SourceRecord>) -> Corpus {
        let mut corpus = Corpus::default();
        let mut seen = HashSet::new();
        // BTreeMap: groups come out in a fixed order whatever the hash seed.
        let mut groups: BTreeMap<(String, String), Vec<u32>> = BTreeMap::new();
        for r in records {
            let text = if r.text.trim().is_empty() {
                match &r.title {
                    Some(t) if !t.trim().is_empty() => t.clone(),
                    _ => continue,
                }
            } else {
                r.text
            };
            let article = Article {
                title: r.title,
                text,
                origin: format!("{}:{}", r.file, r.id),
            };
            match r.story {
                Some(story) => {
                    groups
                        .entry((r.file, story))
                        .or_default()
                        .push(corpus.retold.len() as u32);
                    corpus.retold.push(article);
                }
                None => {
                    if seen.insert(text_key(&article.text)) {
                        corpus.add_sentences(&article.text);
                        if article.text.len() >= 1000 {
                            corpus.lengths.push(article.text.len() as u32);
                        }
                        corpus.articles.push(article);
                    }
                }
            }
        }
        corpus.groups = groups.into_values().filter(|g| g.len() >= 2).collect();
        if corpus.lengths.is_empty() {
            corpus.lengths = corpus
                .articles
                .iter()
                .map(|a| a.text.len() as u32)
                .collect();
        }
        corpus
    }

    fn add_sentences(&mut self, text: &str) {
        let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in split_sentences(&collapsed) {
            let words = s.split(' ').count();
            if (4..=80).contains(&words) {
                let start = self.sentence_text.len() as u32;
                self.sentence_text.push_str(s);
                self.sentences
                    .push((start, self.sentence_text.len() as u32));
            }
        }
    }

    pub fn sentence_count(&self) -> usize {
        self.sentences.len()
    }

    pub fn sentence(&self, i: usize) -> &str {
        let (a, b) = self.sentences[i];
        &self.sentence_text[a as usize..b as usize]
    }

    /// A random sentence.
    pub fn random_sentence(&self, rng: &mut Rng) -> &str {
        self.sentence(rng.below(self.sentences.len()))
    }

    /// Mean size of a labelled story group.
    pub fn mean_group_size(&self) -> f64 {
        if self.groups.is_empty() {
            return 0.0;
        }
        self.groups.iter().map(Vec::len).sum::<usize>() as f64 / self.groups.len() as f64
    }
}

/// Identity of a text up to whitespace and case (for dropping exact repeats).
fn text_key(text: &str) -> u64 {
    let folded: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    hash_bytes(folded.as_bytes(), TEXT_SEED)
}

/// Split collapsed text after `.`, `!` or `?` (optionally followed by a closing quote or
/// bracket) when a space and an upper-case letter, digit or opening quote follow.
pub fn split_sentences(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?') {
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')') {
                end += 1;
            }
            if end + 1 < bytes.len()
                && bytes[end] == b' '
                && (bytes[end + 1].is_ascii_uppercase()
                    || bytes[end + 1].is_ascii_digit()
                    || bytes[end + 1] == b'"')
            {
                out.push(&text[start..end]);
                start = end + 1;
                i = start;
                continue;
            }
        }
        i += 1;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn read_file(path: &Path, file: &str, out: &mut Vec<SourceRecord>) -> Result<(), CorpusError> {
    let io_err = |source| CorpusError::Io {
        path: path.to_path_buf(),
        source,
    };
    let f = std::fs::File::open(path).map_err(io_err)?;
    let reader = BufReader::new(MultiGzDecoder::new(f));
    let story_file = STORY_FILES.contains(&file);
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(io_err)?;
        if line.trim().is_empty() {
            continue;
        }
        let bad = |message: String| CorpusError::Record {
            path: path.to_path_buf(),
            line: n + 1,
            message,
        };
        let v: Value = serde_json::from_str(&line).map_err(|e| bad(e.to_string()))?;
        let s = |k: &str| match v.get(k) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(x)) => Some(x.to_string()),
            _ => None,
        };
        out.push(SourceRecord {
            file: file.to_string(),
            id: s("id").ok_or_else(|| bad("no id".into()))?,
            title: s("title").filter(|t| !t.trim().is_empty()),
            text: s("text").unwrap_or_default(),
            story: if story_file { s("story") } else { None },
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_on_terminal_punctuation() {
        let s = split_sentences("He said \"no.\" Then 3 people left. u.s. forces stayed. End");
        assert_eq!(
            s,
            [
                "He said \"no.\"",
                "Then 3 people left. u.s. forces stayed.",
                "End"
            ]
        );
    }

    #[test]
    fn repeats_are_dropped_and_stories_grouped() {
        let rec = |file: &str, id: &str, text: &str, story: Option<&str>| SourceRecord {
            file: file.into(),
            id: id.into(),
            title: None,
            text: text.into(),
            story: story.map(String::from),
        };
        let c = Corpus::from_records(vec![
            rec(
                "bbc",
                "1",
                "One text here. Another sentence follows now.",
                None,
            ),
            rec(
                "bbc",
                "2",
                "one   TEXT here. Another sentence follows now.",
                None,
            ),
            rec("ecb", "a", "x", Some("s1")),
            rec("ecb", "b", "y", Some("s1")),
            rec("ecb", "c", "z", Some("s2")),
        ]);
        assert_eq!(c.articles.len(), 1);
        assert_eq!(c.groups, vec![vec![0, 1]]);
        assert_eq!(c.sentence_count(), 1); // "One text here." has 3 words
    }
}
