//! `retold gen`: large, realistic, labelled dumps made from real articles, for benchmarks.
//!
//! The dump is a shuffled sequence of *stories*, each drawn independently:
//! - a **copy family**: an original (a real article; once those are used up, a synthetic one)
//!   and 1–4 copies, each made from the original or from an earlier copy as a `verbatim` copy,
//!   an `edited` copy (small edits at 0.2–3% of words), a `boilerplate` copy (an outlet's
//!   header and footer added) or an `abridged` copy (the first 30–70%);
//! - a **retelling group**: 2 or more members of one labelled story of the data (WMT21 English
//!   versions of one source document, ECB+ articles on one event, AllSides outlets' excerpts
//!   and summary), sometimes with a copy of one member; each labelled story is used at most
//!   once, so the share of retellings is capped by what the data holds (about 3,200 stories);
//! - an **unrelated** article: a real article, each used at most once, then synthetic ones:
//!   new sentences sampled from a word-bigram model of the real articles (see
//!   `transform::synthetic`).
//!
//! Real articles are deduplicated on load and each is used at most once, and synthetic
//! articles are new text, so two documents of different stories are not copies of each other
//! (the peer benchmark checks any that a tool reports anyway).
//!
//! Every text is a pure function of the seed and its document's place in the plan (each
//! document draws from its own random stream, `Rng::derive`), so texts are made in parallel
//! and streamed out in order: memory holds the corpus (~40 MB), a few dozen bytes of plan per
//! document and one chunk of texts, whatever the size of the dump. The same seed and data
//! give byte-identical output.
//!
//! The ground truth (`--truth`) is JSONL: a `meta` line, one `doc` line per document in dump
//! order (`id`, `story`, `kind`, for copies `of` = the document it was copied from and `root`
//! = its family's original, and `origin` = the source record or `synthetic`), then one `pair`
//! line per pair of documents of one story whose exact word-5-shingle Jaccard is at least
//! `PAIR_FLOOR`, with its `jaccard` and `containment` (see `truth`).

pub mod corpus;
pub mod rng;
pub mod transform;
pub mod truth;

pub use corpus::{Corpus, CorpusError, SourceRecord};

use crate::progress::Progress;
use rayon::prelude::*;
use rng::Rng;
use serde::Serialize;
use std::io::{self, Write};

/// Version of the generation recipe: bumped whenever the same seed and data would give a
/// different dump.
pub const GEN_VERSION: u32 = 2;
/// Pairs of one story at or above this exact Jaccard are listed in the truth.
pub const PAIR_FLOOR: f64 = 0.5;
/// Default share of documents that are copies (verbatim, edited, boilerplate, abridged).
pub const DEFAULT_COPY_FRACTION: f64 = 0.2;
/// Default share of documents that are members of labelled retelling groups.
pub const DEFAULT_RETELLING_FRACTION: f64 = 0.08;

/// Mean number of copies in a copy family (1–4, uniform).
const MEAN_COPIES: f64 = 2.5;
/// Chance that a retelling group also carries a copy of one of its members.
const RETELLING_COPY_CHANCE: f64 = 0.3;
/// Relative weights of the copy kinds: verbatim, edited, boilerplate, abridged.
const COPY_KIND_WEIGHTS: [f64; 4] = [0.25, 0.35, 0.25, 0.15];
/// Edited copies change this range of the words.
const EDIT_RATE: (f64, f64) = (0.002, 0.03);

const SALT_PLAN: u64 = 1;
const SALT_ORDER: u64 = 2;
const SALT_DOC: u64 = 3;

/// What to generate.
#[derive(Debug, Clone)]
pub struct GenConfig {
    pub docs: usize,
    pub seed: u64,
    pub copy_fraction: f64,
    pub retelling_fraction: f64,
}

impl Default for GenConfig {
    fn default() -> Self {
        Self {
            docs: 10_000,
            seed: 1,
            copy_fraction: DEFAULT_COPY_FRACTION,
            retelling_fraction: DEFAULT_RETELLING_FRACTION,
        }
    }
}

/// How a document was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The first document of a copy family.
    Original,
    Verbatim,
    Edited,
    Boilerplate,
    Abridged,
    /// A member of a labelled retelling group.
    Retelling,
    /// A story of its own.
    Unrelated,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Original,
        Kind::Verbatim,
        Kind::Edited,
        Kind::Boilerplate,
        Kind::Abridged,
        Kind::Retelling,
        Kind::Unrelated,
    ];

    pub fn is_copy(self) -> bool {
        matches!(
            self,
            Kind::Verbatim | Kind::Edited | Kind::Boilerplate | Kind::Abridged
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Original => "original",
            Kind::Verbatim => "verbatim",
            Kind::Edited => "edited",
            Kind::Boilerplate => "boilerplate",
            Kind::Abridged => "abridged",
            Kind::Retelling => "retelling",
            Kind::Unrelated => "unrelated",
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Base {
    Article(u32),
    Retold(u32),
    Synthetic,
    /// A copy of the document at this plan index (always earlier in the plan).
    Copy(u32),
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    story: u32,
    kind: Kind,
    base: Base,
    /// Plan index of the family's original (copies only; else the entry itself).
    root: u32,
}

/// Which documents the dump holds, in plan order (stories contiguous), and where each goes.
struct Plan {
    entries: Vec<Entry>,
    /// Dump position → plan index.
    order: Vec<u32>,
    /// Plan index → dump position.
    position: Vec<u32>,
}

fn make_plan(corpus: &Corpus, cfg: &GenConfig) -> Plan {
    let mut rng = Rng::derive(cfg.seed, SALT_PLAN, 0);
    let mut articles: Vec<u32> = (0..corpus.articles.len() as u32).collect();
    rng.shuffle(&mut articles);
    let mut groups: Vec<u32> = (0..corpus.groups.len() as u32).collect();
    rng.shuffle(&mut groups);
    // Stories per document of each type, so that documents come out in the asked shares.
    let group_take = corpus
        .groups
        .iter()
        .map(|g| (2 + g.len()) as f64 / 2.0)
        .sum::<f64>()
        / corpus.groups.len().max(1) as f64;
    let cf = cfg.copy_fraction.clamp(0.0, 0.7);
    let rf = if corpus.groups.is_empty() {
        0.0
    } else {
        cfg.retelling_fraction
            .clamp(0.0, 1.0 - cf * (1.0 + MEAN_COPIES) / MEAN_COPIES)
    };
    let weights = [
        cf / MEAN_COPIES,
        rf / group_take.max(1.0),
        (1.0 - cf * (1.0 + MEAN_COPIES) / MEAN_COPIES - rf).max(0.0),
    ];
    let mut entries: Vec<Entry> = Vec::with_capacity(cfg.docs + 8);
    let mut story = 0u32;
    let next_base = |articles: &mut Vec<u32>| match articles.pop() {
        Some(a) => Base::Article(a),
        None => Base::Synthetic,
    };
    let add_copy = |entries: &mut Vec<Entry>, rng: &mut Rng, parent: u32, story: u32| {
        let kind = [
            Kind::Verbatim,
            Kind::Edited,
            Kind::Boilerplate,
            Kind::Abridged,
        ][rng.weighted(&COPY_KIND_WEIGHTS)];
        let root = entries[parent as usize].root;
        entries.push(Entry {
            story,
            kind,
            base: Base::Copy(parent),
            root,
        });
    };
    while entries.len() < cfg.docs {
        let start = entries.len() as u32;
        let mut kind = rng.weighted(&weights);
        if kind == 1 && groups.is_empty() {
            kind = 2;
        }
        match kind {
            0 => {
                entries.push(Entry {
                    story,
                    kind: Kind::Original,
                    base: next_base(&mut articles),
                    root: start,
                });
                for _ in 0..rng.between(1, 4) {
                    let members = entries.len() as u32 - start;
                    let parent = if rng.chance(0.6) {
                        start
                    } else {
                        start + rng.below(members as usize) as u32
                    };
                    add_copy(&mut entries, &mut rng, parent, story);
                }
            }
            1 => {
                let g = groups.pop().expect("checked above");
                let mut members = corpus.groups[g as usize].clone();
                rng.shuffle(&mut members);
                members.truncate(rng.between(2, members.len()));
                for m in members {
                    let at = entries.len() as u32;
                    entries.push(Entry {
                        story,
                        kind: Kind::Retelling,
                        base: Base::Retold(m),
                        root: at,
                    });
                }
                if rng.chance(RETELLING_COPY_CHANCE) {
                    let members = entries.len() as u32 - start;
                    let parent = start + rng.below(members as usize) as u32;
                    add_copy(&mut entries, &mut rng, parent, story);
                }
            }
            _ => entries.push(Entry {
                story,
                kind: Kind::Unrelated,
                base: next_base(&mut articles),
                root: start,
            }),
        }
        story += 1;
    }
    // The last story may be cut short; parents always come before their copies, so every
    // copy left still has its parent.
    entries.truncate(cfg.docs);
    let mut order: Vec<u32> = (0..entries.len() as u32).collect();
    Rng::derive(cfg.seed, SALT_ORDER, 0).shuffle(&mut order);
    let mut position = vec![0u32; entries.len()];
    for (p, &i) in order.iter().enumerate() {
        position[i as usize] = p as u32;
    }
    Plan {
        entries,
        order,
        position,
    }
}

impl Plan {
    /// Title and text of plan entry `i` (recomputes its ancestors for copies).
    fn text(&self, i: u32, corpus: &Corpus, seed: u64) -> (Option<String>, String) {
        let entry = self.entries[i as usize];
        let mut rng = Rng::derive(seed, SALT_DOC, u64::from(i));
        match entry.base {
            Base::Article(a) => {
                let a = &corpus.articles[a as usize];
                (a.title.clone(), a.text.clone())
            }
            Base::Retold(r) => {
                let a = &corpus.retold[r as usize];
                (a.title.clone(), a.text.clone())
            }
            Base::Synthetic => {
                let (title, text) = transform::synthetic(corpus, &mut rng);
                (Some(title), text)
            }
            Base::Copy(parent) => {
                let (title, text) = self.text(parent, corpus, seed);
                let text = match entry.kind {
                    Kind::Edited => {
                        let rate = EDIT_RATE.0 + (EDIT_RATE.1 - EDIT_RATE.0) * rng.unit();
                        transform::edit(&text, rate, &mut rng)
                    }
                    Kind::Boilerplate => transform::add_boilerplate(&text, corpus, &mut rng),
                    Kind::Abridged => transform::abridge(&text, &mut rng),
                    _ => text,
                };
                (title, text)
            }
        }
    }

    fn origin<'a>(&'a self, i: u32, corpus: &'a Corpus) -> &'a str {
        match self.entries[i as usize].base {
            Base::Article(a) => &corpus.articles[a as usize].origin,
            Base::Retold(r) => &corpus.retold[r as usize].origin,
            Base::Synthetic => "synthetic",
            Base::Copy(p) => self.origin(p, corpus),
        }
    }
}

/// What was written.
#[derive(Debug, Clone, Default, Serialize)]
pub struct GenSummary {
    pub docs: usize,
    /// Uncompressed bytes of the dump.
    pub bytes: u64,
    /// Stories with at least two documents.
    pub stories: usize,
    pub pairs: usize,
    pub kinds: std::collections::BTreeMap<Kind, usize>,
    /// Documents whose text is (or derives from) a synthetic article.
    pub synthetic: usize,
}

#[derive(Serialize)]
struct DumpRecord<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    text: &'a str,
}

#[derive(Serialize)]
struct TruthDoc<'a> {
    #[serde(rename = "type")]
    kind_of_line: &'static str,
    id: &'a str,
    story: String,
    kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    root: Option<String>,
    origin: &'a str,
}

/// Documents are made in chunks of this many, in parallel, then written in order.
const CHUNK: usize = 4096;

/// Write a dump of `cfg.docs` documents as JSONL to `dump` and its ground truth to `truth`.
pub fn generate(
    corpus: &Corpus,
    cfg: &GenConfig,
    dump: &mut dyn Write,
    truth: &mut dyn Write,
    progress: Progress,
) -> io::Result<GenSummary> {
    let plan = make_plan(corpus, cfg);
    let n = plan.entries.len();
    let width = n.saturating_sub(1).to_string().len();
    let id = |pos: u32| format!("d{pos:0width$}");
    let story_width = plan.entries.last().map_or(1, |e| e.story.to_string().len());
    let story_id = |s: u32| format!("s{s:0story_width$}");
    let mut summary = GenSummary {
        docs: n,
        ..GenSummary::default()
    };
    writeln!(
        truth,
        "{}",
        serde_json::json!({
            "type": "meta", "generator": "retold gen", "version": GEN_VERSION, "seed": cfg.seed,
            "docs": n, "copy_fraction": cfg.copy_fraction,
            "retelling_fraction": cfg.retelling_fraction, "shingle_k": truth::K,
            "pair_floor": PAIR_FLOOR,
            "tokens": "maximal runs of Unicode alphanumerics of the lower-cased text",
        })
    )?;

    let tracker = progress.items("generating", n as u64);
    for chunk in plan.order.chunks(CHUNK) {
        if crate::progress::interrupted() {
            return Err(io::Error::new(io::ErrorKind::Interrupted, "interrupted"));
        }
        let lines: Vec<(Vec<u8>, Vec<u8>)> = chunk
            .par_iter()
            .map(|&i| {
                let pos = plan.position[i as usize];
                let entry = plan.entries[i as usize];
                let doc_id = id(pos);
                let (title, text) = plan.text(i, corpus, cfg.seed);
                let mut line = serde_json::to_vec(&DumpRecord {
                    id: &doc_id,
                    title: title.as_deref(),
                    text: &text,
                })
                .expect("strings serialize");
                line.push(b'\n');
                let copied = matches!(entry.base, Base::Copy(_));
                let mut t = serde_json::to_vec(&TruthDoc {
                    kind_of_line: "doc",
                    id: &doc_id,
                    story: story_id(entry.story),
                    kind: entry.kind,
                    of: match entry.base {
                        Base::Copy(p) => Some(id(plan.position[p as usize])),
                        _ => None,
                    },
                    root: copied.then(|| id(plan.position[entry.root as usize])),
                    origin: plan.origin(i, corpus),
                })
                .expect("strings serialize");
                t.push(b'\n');
                (line, t)
            })
            .collect();
        for (line, t) in lines {
            summary.bytes += line.len() as u64;
            dump.write_all(&line)?;
            truth.write_all(&t)?;
        }
        for &i in chunk {
            *summary
                .kinds
                .entry(plan.entries[i as usize].kind)
                .or_default() += 1;
            if plan.origin(i, corpus) == "synthetic" {
                summary.synthetic += 1;
            }
        }
        tracker.inc(chunk.len() as u64);
    }
    tracker.finish();

    // Pairs within stories (stories are contiguous in the plan).
    let stories: Vec<std::ops::Range<usize>> = plan
        .entries
        .chunk_by(|a, b| a.story == b.story)
        .scan(0usize, |start, s| {
            let r = *start..*start + s.len();
            *start += s.len();
            Some(r)
        })
        .filter(|r| r.len() >= 2)
        .collect();
    summary.stories = stories.len();
    let tracker = progress.items("truth pairs", stories.len() as u64);
    let mut pairs: Vec<(u32, u32, f64, f64)> = stories
        .par_iter()
        .flat_map_iter(|r| {
            let sets: Vec<(u32, Vec<u64>)> = r
                .clone()
                .map(|i| {
                    let (_, text) = plan.text(i as u32, corpus, cfg.seed);
                    (plan.position[i], truth::shingle_set(&text))
                })
                .collect();
            let mut out = Vec::new();
            for (x, (pa, a)) in sets.iter().enumerate() {
                for (pb, b) in &sets[x + 1..] {
                    let j = truth::jaccard(a, b);
                    if j >= PAIR_FLOOR {
                        out.push(((*pa).min(*pb), (*pa).max(*pb), j, truth::containment(a, b)));
                    }
                }
            }
            tracker.inc(1);
            out
        })
        .collect();
    tracker.finish();
    pairs.sort_unstable_by_key(|p| (p.0, p.1));
    summary.pairs = pairs.len();
    for (a, b, j, c) in pairs {
        writeln!(
            truth,
            r#"{{"type":"pair","a":"{}","b":"{}","jaccard":{:.6},"containment":{:.6}}}"#,
            id(a),
            id(b),
            j,
            c
        )?;
    }
    Ok(summary)
}

#[cfg(test)]
mod tests;
