//! `scan`: the pipeline, pass by pass, over a whole dump.
//!
//! The dump is streamed, never held: memory keeps per-document summaries (metadata, hashes,
//! LSH band keys, a story vector), not text.
//! 1. *Reading*: read every record (input problems are reported here), keep its metadata and
//!    the hash of its normalized text, count short lines across documents (boilerplate) and
//!    the document frequency of story terms (once per distinct text; plus `--background`),
//!    and sketch each distinct text as if it had no boilerplate: shingles, MinHash → LSH band
//!    keys. Its shingles (in text order, 4 bytes each) are kept while they fit in
//!    `SHINGLE_MEMORY_BUDGET`: then the texts whose first or last line turns out to be
//!    boilerplate (the only ones whose copy features change) are re-sketched from a slice of
//!    them, and candidates are verified on them, without reading the input again. Past the
//!    budget they are dropped: those texts are read again (step 2) and the sets of the
//!    documents in candidate pairs are recomputed, in bounded memory, for verification.
//! 2. *Weighing* (full scan): once the boilerplate lines are known, read again to weigh the
//!    story vector of each distinct text. With `--copies-only` nothing is read again unless
//!    the shingles did not fit.
//! 3. *Copies*: documents with the same normalized text collapse into one representative;
//!    LSH over representatives proposes candidates; each is verified on exact shingle sets
//!    (Jaccard ≥ threshold; in the full scan also containment ≥ `CONTAINMENT` for story
//!    candidates, which catches abridged copies); verified pairs expand to every member.
//! 4. *Stories* (unless `--copies-only`): blocking on rare terms proposes retelling
//!    candidates, scored by story similarity (cosine, less a weekday penalty); average link,
//!    seeded with the copy groups, forms stories;
//!    same-story candidate pairs at or above the story threshold are `retelling` pairs.
//!    With `--copies-only`, stories are the connected components of the copy pairs.
//! 5. *Claims* (full scan): the distinct texts of each story are read once more, their
//!    claims extracted and compared story by story (`claims`).

mod copies;
pub mod corpus;
mod passes;

use crate::boilerplate::{line_fingerprints, Boilerplate, LineCounter};
use crate::claims::{compare_story, extract, ArticleClaims, Conflict, StoryDoc};
use crate::cluster::components;
use crate::features::{prepare, shingle_text, Content, Scratch, Shingled};
use crate::ingest::{expand, Document, IngestConfig, Problem, Problems};
use crate::lsh::{band_keys, candidate_pairs, LshParams};
use crate::normalize::normalize;
use crate::progress::Progress;
use crate::shingle::{into_set, Shingle, DEFAULT_K};
use crate::sketch::{MinHasher, DEFAULT_NUM_PERM, DEFAULT_SEED};
use crate::story::terms::{count_terms, TermCount};
use crate::story::vectors::{cosine, weigh, DocFreq, DocFreqCounter, StoryVector};
use crate::story::{link_stories, parse_day, score_candidates, similarity, StoryConfig};
use crate::verify::{CopyRule, Relation};
use ahash::{AHashMap, AHashSet};
use passes::{
    count_background, read_pass, reread, resolve_spool, spool_stdin, stop_if_interrupted,
};
use rayon::prelude::*;
use std::path::PathBuf;

/// By default, shingles up to this many bytes (4 each: 64 M shingles, about 150 k news
/// articles) are kept from the first read instead of reading the input again for boilerplate
/// and verification.
pub const SHINGLE_MEMORY_BUDGET: usize = 256 << 20;

/// Verification re-reads the input once per this much memory of shingle sets (at least,
/// whatever `--shingle-memory` says: a tiny budget would mean a read per document).
pub const MIN_VERIFY_MEMORY: usize = 64 << 20;

/// Default Jaccard threshold of the copy tier.
pub const DEFAULT_THRESHOLD: f64 = 0.8;

/// An abridged copy: the shorter text's shingles are at least this much inside the longer.
pub const CONTAINMENT: f64 = 0.8;
/// ...and the shorter text has at least this many shingles (a quoted paragraph is not a copy).
pub const MIN_CONTAINED_SHINGLES: usize = 25;
/// Story candidates at or above this cosine are checked for containment.
pub const CONTAINMENT_MIN_COSINE: f32 = 0.5;

/// The claims stage holds the texts of the stories it compares (and their claims, about three
/// times as much again); stories are taken in chunks of at most this much text, one re-read
/// of the input per chunk.
pub const CLAIMS_TEXT_BUDGET: u64 = 256 << 20;
/// At most this many distinct texts of one story are compared (the first in input order): a
/// story retold a hundred times gives a journalist nothing more, and alignment grows with the
/// square of the members.
pub const MAX_CLAIM_MEMBERS: usize = 16;

/// Characters of an untitled article's opening kept for the report.
pub const LEAD_CHARS: usize = 80;

/// The first `max` characters of the text, whitespace collapsed, cut at a word boundary.
pub fn opening_words(text: &str, max: usize) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Everything `scan` can be told.
#[derive(Debug, Clone)]
pub struct ScanConfig {
    pub ingest: IngestConfig,
    /// Shingle width in words.
    pub shingle_k: usize,
    pub num_perm: usize,
    pub seed: u64,
    /// Bytes of shingles kept in memory between passes (`SHINGLE_MEMORY_BUDGET`).
    pub shingle_memory: usize,
    /// Minimum exact Jaccard of a `near_duplicate`.
    pub threshold: f64,
    /// Only the copy tier.
    pub copies_only: bool,
    pub story: StoryConfig,
    /// Corpora that only contribute term statistics.
    pub background: Vec<PathBuf>,
    /// Compare the claims of each story's articles (full scan only).
    pub claims: bool,
}

impl Default for ScanConfig {
    fn default() -> Self {
        Self {
            ingest: IngestConfig::default(),
            shingle_k: DEFAULT_K,
            num_perm: DEFAULT_NUM_PERM,
            seed: DEFAULT_SEED,
            shingle_memory: SHINGLE_MEMORY_BUDGET,
            threshold: DEFAULT_THRESHOLD,
            copies_only: false,
            story: StoryConfig::default(),
            background: Vec::new(),
            claims: true,
        }
    }
}

/// What scan keeps about one document.
#[derive(Debug, Clone, Default)]
pub struct DocMeta {
    pub id: String,
    pub title: Option<String>,
    /// The opening words of an article without a title, so a person can tell it apart.
    pub lead: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
    pub lang: Option<String>,
    pub text_hash: u128,
    /// Length of the text as read, in bytes.
    pub bytes: u32,
    pub tokens: u32,
    /// Shingles of its content, repeats included: an upper bound of its set's size.
    pub shingles: u32,
    pub boilerplate_lines: u32,
}

/// A verified related pair (`a < b` by document index).
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub a: u32,
    pub b: u32,
    pub relation: Relation,
    /// In [0, 1], higher = closer: the story similarity (`story::similarity`) in a full scan, the Jaccard
    /// similarity with `--copies-only`.
    pub score: f64,
    /// Exact shingle Jaccard and containment, for copies.
    pub jaccard: Option<f64>,
    pub containment: Option<f64>,
}

/// Counters for the summary.
#[derive(Debug, Clone, Default)]
pub struct ScanStats {
    pub bytes: u64,
    pub distinct_texts: usize,
    pub copy_candidates: usize,
    pub story_candidates: usize,
    pub reread: bool,
    /// Stories with more distinct texts than `MAX_CLAIM_MEMBERS` (only the first were compared).
    pub stories_capped: usize,
    /// Wall time of each stage, in order (for `--verbose`; never part of the output).
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// A claim difference inside a story.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryConflict {
    /// Index into `ScanOutput::stories`.
    pub story: usize,
    pub conflict: Conflict,
}

/// The result of a scan.
#[derive(Debug, Clone, Default)]
pub struct ScanOutput {
    pub docs: Vec<DocMeta>,
    pub pairs: Vec<Pair>,
    /// Groups of ≥ 2 document indices, each sorted, ordered by first member.
    pub stories: Vec<Vec<u32>>,
    pub conflicts: Vec<StoryConflict>,
    pub stats: ScanStats,
}

/// Why a scan stopped.
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error(transparent)]
    Input(#[from] Problem),
    #[error("interrupted")]
    Interrupted,
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("the input changed while it was being read ({0}); scan it again")]
    Changed(String),
}

/// Stage timings.
#[derive(Default)]
struct Clock {
    last: Option<std::time::Instant>,
    laps: Vec<(&'static str, std::time::Duration)>,
}

impl Clock {
    fn start() -> Self {
        Self {
            last: Some(std::time::Instant::now()),
            laps: Vec::new(),
        }
    }

    fn lap(&mut self, stage: &'static str) {
        let now = std::time::Instant::now();
        let since = self.last.unwrap_or(now);
        self.laps.push((stage, now - since));
        self.last = Some(now);
    }
}

/// What the first pass learns from one document.
struct FirstLook {
    text_hash: u128,
    /// Fingerprints of its short lines (for the boilerplate counts).
    lines: Vec<u64>,
    /// Its shingles in text order, and band keys as if it had no boilerplate (true for most).
    shingled: Shingled,
    keys: Vec<u64>,
    /// Its story terms (when the story tier is on).
    terms: Option<Vec<TermCount>>,
}

/// Copy features (with `boilerplate` dropped) and LSH band keys of one document.
struct Sketcher<'a> {
    hasher: MinHasher,
    params: LshParams,
    cfg: &'a ScanConfig,
}

impl Sketcher<'_> {
    fn sketch(
        &self,
        text: &str,
        boilerplate: &Boilerplate,
        scratch: &mut Scratch,
        sig: &mut Vec<u32>,
    ) -> (Content, Vec<u64>) {
        let (_, shingled) = shingle_text(text, self.cfg.shingle_k, scratch);
        self.sketch_content(&shingled, boilerplate, sig)
    }

    /// The content of a shingled text under `boilerplate`, and its band keys.
    fn sketch_content(
        &self,
        shingled: &Shingled,
        boilerplate: &Boilerplate,
        sig: &mut Vec<u32>,
    ) -> (Content, Vec<u64>) {
        let content = shingled.content(boilerplate);
        let keys = self.keys_of(&shingled.windows[content.windows.clone()], sig);
        (content, keys)
    }

    /// LSH band keys of some shingles (any order, repeats allowed).
    fn keys_of(&self, shingles: &[Shingle], sig: &mut Vec<u32>) -> Vec<u64> {
        sig.resize(self.hasher.num_perm(), 0);
        self.hasher.sketch(shingles, sig);
        let mut keys = Vec::with_capacity(self.params.bands);
        band_keys(sig, self.params, &mut keys);
        keys
    }

    /// Everything the first read learns from one document (which it consumes, so its text
    /// is freed on the worker thread).
    fn first_look(
        &self,
        d: Document,
        stories_on: bool,
        scratch: &mut Scratch,
        sig: &mut Vec<u32>,
    ) -> (DocMeta, FirstLook) {
        let (text_hash, shingled) = shingle_text(&d.text, self.cfg.shingle_k, scratch);
        let keys = self.keys_of(&shingled.windows, sig);
        let terms = stories_on
            .then(|| count_terms(&d.text, d.title.as_deref(), self.cfg.story.title_weight));
        let meta = DocMeta {
            lead: d
                .title
                .is_none()
                .then(|| opening_words(&d.text, LEAD_CHARS)),
            id: d.id,
            title: d.title,
            source: d.source,
            date: d.date,
            lang: d.lang,
            text_hash,
            bytes: u32::try_from(d.text.len()).unwrap_or(u32::MAX),
            tokens: shingled.tokens,
            shingles: shingled.windows.len() as u32,
            boilerplate_lines: 0,
        };
        let look = FirstLook {
            text_hash,
            lines: scratch.line_fingerprints().to_vec(),
            shingled,
            keys,
            terms,
        };
        (meta, look)
    }
}

/// What the corpus loader (`score`, `compare`) needs from a first look: the text's identity,
/// its short-line fingerprints and its story terms.
fn corpus_look(
    d: &Document,
    cfg: &ScanConfig,
    buf: &mut String,
) -> (u128, Vec<u64>, Vec<TermCount>) {
    normalize(&d.text, buf);
    let mut lines = Vec::new();
    line_fingerprints(buf, &mut lines);
    let terms = count_terms(&d.text, d.title.as_deref(), cfg.story.title_weight);
    (crate::features::text_hash(buf), lines, terms)
}

/// The article without its leading and trailing boilerplate, and its title unless the title
/// is boilerplate itself (a site name).
pub fn story_text<'a>(d: &'a Document, boilerplate: &Boilerplate) -> (&'a str, Option<&'a str>) {
    let title = d
        .title
        .as_deref()
        .filter(|t| !boilerplate.is_boilerplate_for_stories(&crate::normalize::normalized(t)));
    (boilerplate.strip_original(&d.text), title)
}

/// The story vector of one document: its content without boilerplate, weighed by `df`.
fn story_vector(
    d: &Document,
    boilerplate: &Boilerplate,
    df: &DocFreq,
    cfg: &StoryConfig,
) -> StoryVector {
    let (body, title) = story_text(d, boilerplate);
    weigh(
        &count_terms(body, title, cfg.title_weight),
        df,
        &cfg.weights,
    )
    .with_companies(crate::tickers::mask(d.title.as_deref(), &d.text))
}

/// Run the pipeline over `inputs`.
pub fn scan(
    inputs: &[PathBuf],
    cfg: &ScanConfig,
    problems: &mut Problems,
    progress: Progress,
) -> Result<ScanOutput, ScanError> {
    let stories_on = !cfg.copies_only;
    let mut clock = Clock::start();
    let sources = expand(inputs, problems)?;
    let spool = spool_stdin(&sources)?;

    // Background corpora: term statistics only.
    let mut df_counter = DocFreqCounter::new();
    if stories_on {
        count_background(cfg, problems, progress, &mut df_counter)?;
    }

    // Pass 1: metadata, problems, text identity, boilerplate and term statistics, and the
    // copy features of every distinct text as if it had no boilerplate.
    let sketcher = Sketcher {
        hasher: MinHasher::new(cfg.num_perm, cfg.seed),
        params: LshParams::for_threshold(cfg.threshold, cfg.num_perm),
        cfg,
    };
    let params = sketcher.params;
    let mut docs: Vec<DocMeta> = Vec::new();
    let mut lines = LineCounter::new();
    let mut rep_of_text: AHashMap<u128, u32> = AHashMap::new();
    // Per distinct text (in order of first appearance): its band keys and edge fingerprints.
    let mut rep_keys: Vec<u64> = Vec::new();
    let mut rep_edges: Vec<[u64; 2]> = Vec::new();
    // Per distinct text, in the same order, while they fit: its shingles and edge lines.
    let mut kept: Option<Vec<Shingled>> = Some(Vec::new());
    let mut kept_total = 0usize;
    let mut bytes = 0u64;
    let spool_file = spool.as_ref().map(|s| s.reopen()).transpose()?;
    let (sources, _) = read_pass(
        sources,
        cfg,
        spool_file,
        problems,
        progress,
        "reading",
        |_, batch| {
            let looks: Vec<(DocMeta, FirstLook)> = batch
                .into_par_iter()
                .map_init(
                    || (Scratch::default(), Vec::new()),
                    |(scratch, sig), d| sketcher.first_look(d, stories_on, scratch, sig),
                )
                .collect();
            let mut new_terms: Vec<Vec<TermCount>> = Vec::new();
            for (meta, look) in looks {
                lines.add_document(&look.lines);
                bytes += u64::from(meta.bytes);
                let index = docs.len() as u32;
                let rep = *rep_of_text.entry(look.text_hash).or_insert(index);
                docs.push(meta);
                if rep == index {
                    new_terms.extend(look.terms);
                    rep_keys.extend(&look.keys);
                    rep_edges.push(look.shingled.edges());
                    if let Some(store) = kept.as_mut() {
                        kept_total += look.shingled.windows.len() * size_of::<Shingle>();
                        if kept_total > cfg.shingle_memory {
                            kept = None;
                        } else {
                            store.push(look.shingled);
                        }
                    }
                }
            }
            df_counter.add_batch(&new_terms.iter().map(Vec::as_slice).collect::<Vec<_>>());
        },
    )?;
    drop(rep_of_text);
    clock.lap(if stories_on {
        "read (sketches, boilerplate, term statistics)"
    } else {
        "read (sketches, boilerplate)"
    });
    stop_if_interrupted()?;
    let sources = resolve_spool(sources, spool.as_ref());
    let boilerplate = lines.finish();
    let df = df_counter.finish(cfg.story.weights.min_df);
    let groups = copies::duplicate_groups(&docs);
    let mut is_rep = vec![false; docs.len()];
    groups.iter().for_each(|g| is_rep[g[0] as usize] = true);
    // Distinct texts whose first or last line turned out to be boilerplate: their copy
    // features are recomputed without it.
    let touched: Vec<u32> = groups
        .iter()
        .zip(&rep_edges)
        .filter(|(_, &edges)| boilerplate.touches(edges))
        .map(|(g, _)| g[0])
        .collect();
    drop(rep_edges);
    // Position of a distinct text (by its representative) among `groups`, `rep_keys`, `kept`.
    let ordinal_of = |d: u32| groups.partition_point(|g| g[0] < d);
    let mut is_touched = vec![false; groups.len()];
    touched
        .iter()
        .for_each(|&d| is_touched[ordinal_of(d)] = true);

    let mut redo = |index: u32, (content, keys): (Content, Vec<u64>), docs: &mut Vec<DocMeta>| {
        let o = ordinal_of(index);
        rep_keys[o * params.bands..(o + 1) * params.bands].copy_from_slice(&keys);
        for &member in &groups[o] {
            let meta = &mut docs[member as usize];
            meta.tokens = content.tokens;
            meta.shingles = content.windows.len() as u32;
            meta.boilerplate_lines = content.dropped;
        }
    };
    // Touched texts whose shingles are in memory: their content is a slice of them. Every kept
    // text is cut down to its content's shingles, for verification.
    let mut kept: Option<Vec<Vec<Shingle>>> = kept.map(|store| {
        let redone: Vec<_> = touched
            .par_iter()
            .map_init(Vec::new, |sig, &index| {
                let (content, keys) =
                    sketcher.sketch_content(&store[ordinal_of(index)], &boilerplate, sig);
                (index, content, keys)
            })
            .collect();
        let mut store: Vec<Vec<Shingle>> = store.into_iter().map(|s| s.windows).collect();
        for (index, content, keys) in redone {
            let windows = &mut store[ordinal_of(index)];
            windows.truncate(content.windows.end);
            windows.drain(..content.windows.start);
            redo(index, (content, keys), &mut docs);
        }
        store
    });

    // Pass 2: story vectors, and the copy features of touched texts whose shingles were not
    // kept. With `--copies-only` only those touched texts are read again, if any.
    let reread_touched = kept.is_none();
    let mut vectors: Vec<StoryVector> =
        vec![StoryVector::default(); if stories_on { docs.len() } else { 0 }];
    if stories_on {
        let mut silent = Problems::silent();
        let (_, count) = read_pass(
            sources.clone(),
            cfg,
            None,
            &mut silent,
            progress,
            "weighing",
            |first, batch| {
                let results: Vec<_> = batch
                    .par_iter()
                    .enumerate()
                    .map_init(
                        || (Scratch::default(), Vec::new()),
                        |(scratch, sig), (i, d)| {
                            let index = first + i as u32;
                            if !is_rep.get(index as usize).copied().unwrap_or(false) {
                                return (index, None, None);
                            }
                            let vector = story_vector(d, &boilerplate, &df, &cfg.story);
                            let copy = (reread_touched && is_touched[ordinal_of(index)])
                                .then(|| sketcher.sketch(&d.text, &boilerplate, scratch, sig));
                            (index, Some(vector), copy)
                        },
                    )
                    .collect();
                for (index, vector, copy) in results {
                    if let Some(v) = vector {
                        vectors[index as usize] = v;
                    }
                    if let Some(c) = copy {
                        redo(index, c, &mut docs);
                    }
                }
            },
        )?;
        if count as usize != docs.len() {
            return Err(ScanError::Changed(format!(
                "{} documents on the first read, {count} on the second",
                docs.len()
            )));
        }
    } else if reread_touched && !touched.is_empty() {
        reread(
            sources.clone(),
            cfg,
            progress,
            "boilerplate",
            &touched,
            |batch| {
                let results: Vec<_> = batch
                    .par_iter()
                    .map_init(
                        || (Scratch::default(), Vec::new()),
                        |(scratch, sig), (i, d)| {
                            (*i, sketcher.sketch(&d.text, &boilerplate, scratch, sig))
                        },
                    )
                    .collect();
                for (index, c) in results {
                    redo(index, c, &mut docs);
                }
            },
        )?;
    }

    clock.lap(if stories_on {
        "weigh (story vectors, boilerplate-touched copies)"
    } else {
        "boilerplate-touched copies"
    });
    stop_if_interrupted()?;
    // Copy candidates: LSH over representatives.
    let reps: Vec<u32> = groups.iter().map(|g| g[0]).collect();
    let copy_candidates: Vec<(u32, u32)> = candidate_pairs(&rep_keys, params.bands)
        .into_iter()
        .map(|(x, y)| (reps[x as usize], reps[y as usize]))
        .filter(|&(x, y)| docs[x as usize].shingles > 0 && docs[y as usize].shingles > 0)
        .collect();
    drop(rep_keys);

    // Story candidates, and the close ones that may be abridged copies.
    let days: Vec<Option<i32>> = docs
        .iter()
        .map(|d| d.date.as_deref().and_then(parse_day))
        .collect();
    let scored = if stories_on {
        score_candidates(&vectors, &df, &days, &cfg.story)
    } else {
        Vec::new()
    };
    clock.lap(if stories_on {
        "candidates (LSH bands, rare-term blocking)"
    } else {
        "candidates (LSH bands)"
    });
    stop_if_interrupted()?;
    // On the cosine: the weekday penalty is the story tier's, no business of the copy tier.
    // A similarity is at most the penalty below its cosine, so only those pairs are looked at.
    let containment_candidates: Vec<(u32, u32)> = scored
        .iter()
        .filter(|&&(a, b, s)| {
            s >= CONTAINMENT_MIN_COSINE - cfg.story.weekdays.article
                && cosine(&vectors[a as usize], &vectors[b as usize]) >= CONTAINMENT_MIN_COSINE
        })
        .map(|p| (p.0, p.1))
        .collect();

    // Verify every candidate exactly. A pair found by both routes gets the more lenient rule.
    let jaccard_rule = CopyRule {
        jaccard: cfg.threshold,
        containment: None,
        min_contained_shingles: 0,
    };
    let containment_rule = CopyRule {
        jaccard: cfg.threshold,
        containment: Some(CONTAINMENT),
        min_contained_shingles: MIN_CONTAINED_SHINGLES,
    };
    let mut to_verify: Vec<(u32, u32, &CopyRule)> = copy_candidates
        .iter()
        .map(|&(a, b)| (a, b, &jaccard_rule))
        .chain(
            containment_candidates
                .iter()
                .map(|&(a, b)| (a, b, &containment_rule)),
        )
        .collect();
    to_verify.sort_by_key(|&(a, b, r)| (a, b, r.containment.is_none()));
    to_verify.dedup_by_key(|&mut (a, b, _)| (a, b));
    let reread_sets = kept.is_none();
    let verified = match kept.as_mut() {
        Some(sets) => {
            // The kept shingles of the texts in a candidate pair become sets.
            let mut wanted = vec![false; sets.len()];
            for &(a, b, _) in &to_verify {
                wanted[ordinal_of(a)] = true;
                wanted[ordinal_of(b)] = true;
            }
            sets.par_iter_mut()
                .zip(&wanted)
                .filter(|(_, &w)| w)
                .for_each(|(windows, _)| into_set(windows));
            let sets = &*sets;
            copies::verify(&to_verify, |d| {
                let o = ordinal_of(d);
                (groups.get(o)?[0] == d).then(|| sets[o].as_slice())
            })
        }
        None => {
            let sizes: Vec<u32> = docs.iter().map(|d| d.shingles).collect();
            copies::verify_rereading(
                &to_verify,
                &sizes,
                cfg.shingle_memory.max(MIN_VERIFY_MEMORY) / size_of::<Shingle>(),
                |wanted, label, each| {
                    reread(sources.clone(), cfg, progress, label, wanted, |batch| {
                        let computed: Vec<(u32, Vec<Shingle>)> = batch
                            .par_iter()
                            .map_init(Scratch::default, |scratch, (i, d)| {
                                (
                                    *i,
                                    prepare(&d.text, &boilerplate, cfg.shingle_k, scratch).shingles,
                                )
                            })
                            .collect();
                        each(computed);
                    })
                },
            )?
        }
    };
    clock.lap("verify (exact Jaccard, containment)");
    stop_if_interrupted()?;
    let mut pairs = copies::expand_pairs(&groups, &verified);
    let copy_groups = components(docs.len(), pairs.iter().map(|p| (p.a, p.b)));

    let stories = if stories_on {
        let stories = link_stories(&vectors, &days, &scored, &copy_groups, &cfg.story);
        let mut story_of = vec![u32::MAX; docs.len()];
        for (s, members) in stories.iter().enumerate() {
            members
                .iter()
                .for_each(|&m| story_of[m as usize] = s as u32);
        }
        // Copy pairs are scored by their story similarity too.
        let rep_of: AHashMap<u128, u32> = groups
            .iter()
            .map(|g| (docs[g[0] as usize].text_hash, g[0]))
            .collect();
        let vector_of = |d: u32| &vectors[rep_of[&docs[d as usize].text_hash] as usize];
        for p in pairs.iter_mut() {
            p.score = if p.relation == Relation::Duplicate {
                1.0
            } else {
                f64::from(similarity(
                    vector_of(p.a),
                    vector_of(p.b),
                    cfg.story.weekdays,
                ))
            };
        }
        let copy_set: AHashSet<(u32, u32)> = pairs.iter().map(|p| (p.a, p.b)).collect();
        // Only the same-story candidates: the map stays small on a dump of millions.
        let score_of: AHashMap<(u32, u32), f32> = scored
            .iter()
            .filter(|&&(a, b, s)| {
                s >= cfg.story.threshold
                    && story_of[a as usize] != u32::MAX
                    && story_of[a as usize] == story_of[b as usize]
            })
            .map(|&(a, b, s)| ((a, b), s))
            .collect();
        let mut retold: Vec<(u32, u32)> = score_of.keys().copied().collect();
        retold.sort_unstable();
        for (a, b, ra, rb) in copies::expand_to_members(&groups, &retold) {
            if !copy_set.contains(&(a, b)) {
                pairs.push(Pair {
                    a,
                    b,
                    relation: Relation::Retelling,
                    score: f64::from(score_of[&(ra.min(rb), ra.max(rb))]),
                    jaccard: None,
                    containment: None,
                });
            }
        }
        pairs.sort_unstable_by_key(|p| (p.a, p.b));
        pairs.dedup_by_key(|p| (p.a, p.b));
        stories
    } else {
        copy_groups
    };

    // The claims stage holds texts; the vectors and candidates are no longer needed.
    let story_candidates = scored.len();
    drop(vectors);
    drop(scored);
    clock.lap(if stories_on {
        "cluster (union-find, average link)"
    } else {
        "cluster (union-find)"
    });
    stop_if_interrupted()?;
    let (conflicts, stories_capped) = if stories_on && cfg.claims {
        compare_claims(sources, cfg, progress, &docs, &stories, &is_rep)?
    } else {
        (Vec::new(), 0)
    };
    if stories_on && cfg.claims {
        clock.lap("claims (extract, align, compare)");
    }

    Ok(ScanOutput {
        stats: ScanStats {
            bytes,
            distinct_texts: groups.len(),
            copy_candidates: copy_candidates.len(),
            story_candidates,
            reread: reread_sets,
            stories_capped,
            timings: clock.laps,
        },
        docs,
        pairs,
        stories,
        conflicts,
    })
}

/// The claims stage: re-read the distinct texts of every story, extract their claims, and
/// compare them story by story. Copies of one text add nothing to compare, so each story is
/// represented by its distinct texts (at most `MAX_CLAIM_MEMBERS`); stories are processed in
/// chunks of at most `CLAIMS_TEXT_BUDGET` bytes of text, one re-read each, so memory does not
/// grow with the dump. Returns the conflicts and how many stories were capped.
fn compare_claims(
    sources: Vec<crate::ingest::Source>,
    cfg: &ScanConfig,
    progress: Progress,
    docs: &[DocMeta],
    stories: &[Vec<u32>],
    is_rep: &[bool],
) -> Result<(Vec<StoryConflict>, usize), ScanError> {
    let mut capped = 0;
    let mut chunks: Vec<Vec<(usize, Vec<u32>)>> = vec![Vec::new()];
    let mut used = 0u64;
    for (s, members) in stories.iter().enumerate() {
        let mut distinct: Vec<u32> = members
            .iter()
            .copied()
            .filter(|&m| is_rep[m as usize])
            .collect();
        if distinct.len() < 2 {
            continue;
        }
        if distinct.len() > MAX_CLAIM_MEMBERS {
            distinct.truncate(MAX_CLAIM_MEMBERS);
            capped += 1;
        }
        let bytes: u64 = distinct
            .iter()
            .map(|&m| u64::from(docs[m as usize].bytes))
            .sum();
        if used + bytes > CLAIMS_TEXT_BUDGET && used > 0 {
            chunks.push(Vec::new());
            used = 0;
        }
        used += bytes;
        chunks
            .last_mut()
            .expect("one chunk at least")
            .push((s, distinct));
    }
    let mut conflicts = Vec::new();
    let passes = chunks.iter().filter(|c| !c.is_empty()).count();
    for (k, chunk) in chunks.into_iter().filter(|c| !c.is_empty()).enumerate() {
        let mut wanted: Vec<u32> = chunk.iter().flat_map(|(_, m)| m.iter().copied()).collect();
        wanted.par_sort_unstable();
        let mut texts: AHashMap<u32, (Document, ArticleClaims)> =
            AHashMap::with_capacity(wanted.len());
        let label = if passes == 1 {
            "claims".to_string()
        } else {
            format!("claims {}/{passes}", k + 1)
        };
        reread(sources.clone(), cfg, progress, &label, &wanted, |batch| {
            let extracted: Vec<(u32, Document, ArticleClaims)> = batch
                .into_par_iter()
                .map(|(i, d)| {
                    let claims = extract(&d.text, d.date.as_deref());
                    (i, d, claims)
                })
                .collect();
            texts.extend(extracted.into_iter().map(|(i, d, c)| (i, (d, c))));
        })?;
        conflicts.par_extend(chunk.par_iter().flat_map_iter(|(s, members)| {
            let story_docs: Vec<StoryDoc> = members
                .iter()
                .filter_map(|m| texts.get(m))
                .map(|(d, c)| StoryDoc {
                    id: &d.id,
                    title: d.title.as_deref(),
                    text: &d.text,
                    date: d.date.as_deref(),
                    claims: c,
                })
                .collect();
            compare_story(&story_docs)
                .into_iter()
                .map(|conflict| StoryConflict {
                    story: *s,
                    conflict,
                })
                .collect::<Vec<_>>()
        }));
    }
    conflicts.sort_by_key(|c| c.story);
    Ok((conflicts, capped))
}
