//! The real articles the generator draws from (`../shared/data`, never committed).
//!
//! - *Articles* (Reuters-21578, BBC): unlabelled single articles. They become unrelated
//!   articles and the originals of copy families. Exact repeats (after whitespace and case
//!   folding) are dropped at load time, so two documents the generator calls unrelated are
//!   never the same text by accident.
//! - *Story groups* (WMT21 ja-en and is-en: English versions of one source document; ECB+:
//!   articles on one seminal event; AllSides: outlets' excerpts and a neutral summary of one
//!   story): the labelled retellings.
//! - *A word-bigram model* of the articles (which words follow which, with their counts, and
//!   which words start sentences): the material of synthetic unrelated articles once the real
//!   ones are used up. Sampled sentences have the corpus's words, frequencies and local
//!   collocations, but are new: unlike sentences cut from real articles, they are not shared
//!   whole between documents (sharing whole sentences links unrelated documents as copies by
//!   containment, or as retellings, which no real unrelated pair would be).

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
    /// Bigram model: `words[i]` is a word (whitespace-separated, punctuation attached);
    /// the successors of word i are `next[offsets[i]..offsets[i + 1]]`, with repeats.
    words: Vec<Box<str>>,
    offsets: Vec<u32>,
    next: Vec<u32>,
    /// Words that start a sentence (with repeats).
    starts: Vec<u32>,
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
        let mut model = ModelBuilder::default();
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
                        model.add(&article.text);
                        if article.text.len() >= 1000 {
                            corpus.lengths.push(article.text.len() as u32);
                        }
                        corpus.articles.push(article);
                    }
                }
            }
        }
        corpus.groups = groups.into_values().filter(|g| g.len() >= 2).collect();
        model.finish(&mut corpus);
        if corpus.lengths.is_empty() {
            corpus.lengths = corpus
                .articles
                .iter()
                .map(|a| a.text.len() as u32)
                .collect();
        }
        corpus
    }

    /// Words in the bigram model.
    pub fn vocabulary(&self) -> usize {
        self.words.len()
    }

    /// A new sentence from the bigram model: from a sentence-starting word, follow random
    /// successors until a word that ends a sentence (after at least 6 words) or 40 words.
    pub fn sentence(&self, rng: &mut Rng, out: &mut String) {
        if self.starts.is_empty() {
            return;
        }
        let mut w = self.starts[rng.below(self.starts.len())] as usize;
        for n in 1.. {
            let word = &*self.words[w];
            out.push_str(word);
            if (n >= 6 && ends_sentence(word)) || n >= 40 {
                break;
            }
            let succ = &self.next[self.offsets[w] as usize..self.offsets[w + 1] as usize];
            if succ.is_empty() {
                break;
            }
            out.push(' ');
            w = succ[rng.below(succ.len())] as usize;
        }
        if !ends_sentence(out.trim_end()) {
            out.push('.');
        }
    }

    /// Mean size of a labelled story group.
    pub fn mean_group_size(&self) -> f64 {
        if self.groups.is_empty() {
            return 0.0;
        }
        self.groups.iter().map(Vec::len).sum::<usize>() as f64 / self.groups.len() as f64
    }
}

/// Collects the bigrams of the articles.
#[derive(Default)]
struct ModelBuilder {
    ids: std::collections::HashMap<Box<str>, u32>,
    words: Vec<Box<str>>,
    pairs: Vec<(u32, u32)>,
    starts: Vec<u32>,
}

impl ModelBuilder {
    fn id(&mut self, w: &str) -> u32 {
        if let Some(&i) = self.ids.get(w) {
            return i;
        }
        let i = self.words.len() as u32;
        self.words.push(w.into());
        self.ids.insert(w.into(), i);
        i
    }

    fn add(&mut self, text: &str) {
        let mut prev: Option<(u32, bool)> = None;
        for w in text.split_whitespace() {
            let id = self.id(w);
            match prev {
                None => self.starts.push(id),
                Some((p, ended)) => {
                    self.pairs.push((p, id));
                    if ended && w.starts_with(|c: char| c.is_uppercase() || c == '"') {
                        self.starts.push(id);
                    }
                }
            }
            prev = Some((id, ends_sentence(w)));
        }
    }

    fn finish(mut self, corpus: &mut Corpus) {
        // Stable sort: successors keep text order, so the model is the same on every run.
        self.pairs.sort_by_key(|&(a, _)| a);
        let mut offsets = vec![0u32; self.words.len() + 1];
        for &(a, _) in &self.pairs {
            offsets[a as usize + 1] += 1;
        }
        for i in 0..self.words.len() {
            offsets[i + 1] += offsets[i];
        }
        corpus.next = self.pairs.into_iter().map(|(_, b)| b).collect();
        corpus.offsets = offsets;
        corpus.words = self.words;
        corpus.starts = self.starts;
    }
}

fn ends_sentence(word: &str) -> bool {
    word.trim_end_matches(['"', '\'', ')'])
        .ends_with(['.', '!', '?'])
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
        // The model knows the surviving article's words and makes sentences of them.
        assert_eq!(c.vocabulary(), 7);
        let mut out = String::new();
        c.sentence(&mut Rng::new(1), &mut out);
        assert!(out.ends_with('.') && out.split(' ').all(|w| c.words.iter().any(|v| **v == *w)));
    }
}
