//! `scan`: the pipeline, pass by pass, over a whole dump.
//!
//! The dump is streamed, never held: memory keeps per-document summaries (id, hashes, band
//! keys), not text.
//! 1. *Boilerplate pass*: read every record (this is where input problems are reported),
//!    keep its metadata, and count short lines across documents (`boilerplate`).
//! 2. *Sketch pass*: normalize, drop boilerplate, shingle, MinHash, and keep only the LSH band
//!    keys and the text hash. Shingle sets are also kept while they fit in
//!    `SHINGLE_MEMORY_BUDGET`; past it they are dropped and recomputed in pass 3.
//! 3. *Verify*: documents with the same normalized text collapse into one representative;
//!    LSH over representatives proposes candidates; each is verified on exact shingle sets
//!    (re-reading the input for the sets when they were not kept); verified pairs expand back
//!    to every member; union-find over verified edges forms the stories.

use crate::boilerplate::{line_fingerprints, Boilerplate, LineCounter};
use crate::cluster::components;
use crate::features::{prepare, CopyFeatures, Scratch};
use crate::ingest::{expand, Document, Ingest, IngestConfig, Problem, Problems, Source};
use crate::lsh::{band_keys, candidate_pairs, LshParams};
use crate::normalize::normalize;
use crate::progress::{interrupted, Progress, Tracker};
use crate::shingle::DEFAULT_K;
use crate::sketch::{MinHasher, DEFAULT_NUM_PERM, DEFAULT_SEED};
use crate::verify::{CopyRule, Overlap, Relation};
use rayon::prelude::*;
use std::collections::HashMap;
use std::fs::File;
use std::path::PathBuf;

/// Shingle sets up to this many hashes (8 bytes each: 256 MiB) are kept from the sketch pass
/// instead of re-reading the input to verify candidates.
pub const SHINGLE_MEMORY_BUDGET: usize = 32 << 20;

/// Default Jaccard threshold of the copy tier.
pub const DEFAULT_THRESHOLD: f64 = 0.8;

/// Everything `scan` can be told.
#[derive(Debug, Clone)]
pub struct ScanConfig {
    pub ingest: IngestConfig,
    /// Shingle width in words.
    pub shingle_k: usize,
    pub num_perm: usize,
    pub seed: u64,
    /// Minimum exact Jaccard of a `near_duplicate`.
    pub threshold: f64,
}

impl Default for ScanConfig {
    fn default() -> Self {
        Self {
            ingest: IngestConfig::default(),
            shingle_k: DEFAULT_K,
            num_perm: DEFAULT_NUM_PERM,
            seed: DEFAULT_SEED,
            threshold: DEFAULT_THRESHOLD,
        }
    }
}

/// What scan keeps about one document.
#[derive(Debug, Clone, Default)]
pub struct DocMeta {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
    pub lang: Option<String>,
    pub text_hash: u128,
    pub tokens: u32,
    pub shingles: u32,
    pub boilerplate_lines: u32,
}

/// A verified related pair (`a < b` by document index).
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub a: u32,
    pub b: u32,
    pub relation: Relation,
    /// In [0, 1], higher = closer.
    pub score: f64,
    pub jaccard: f64,
    pub containment: f64,
}

/// Counters for the summary.
#[derive(Debug, Clone, Default)]
pub struct ScanStats {
    pub bytes: u64,
    pub candidates: usize,
    pub boilerplate_lines: u64,
    pub reread: bool,
}

/// The result of a scan.
#[derive(Debug, Clone, Default)]
pub struct ScanOutput {
    pub docs: Vec<DocMeta>,
    pub pairs: Vec<Pair>,
    /// Groups of ≥ 2 document indices, each sorted, ordered by first member.
    pub stories: Vec<Vec<u32>>,
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

/// Run the copy tier over `inputs`.
pub fn scan(
    inputs: &[PathBuf],
    cfg: &ScanConfig,
    problems: &mut Problems,
    progress: Progress,
) -> Result<ScanOutput, ScanError> {
    let mut sources = expand(inputs, problems)?;
    let spool = spool_stdin(&mut sources)?;

    // Pass 1: metadata, problems, boilerplate statistics.
    let mut docs: Vec<DocMeta> = Vec::new();
    let mut lines = LineCounter::new();
    let mut bytes = 0u64;
    let spool_file = spool.as_ref().map(|s| s.reopen()).transpose()?;
    let sources = read_pass(sources, cfg, spool_file, problems, progress, "reading", |batch| {
        let fingerprints: Vec<Vec<u64>> = batch
            .par_iter()
            .map_init(String::new, |buf, d| {
                normalize(&d.text, buf);
                let mut fp = Vec::new();
                line_fingerprints(buf, &mut fp);
                fp
            })
            .collect();
        for (doc, fp) in batch.into_iter().zip(fingerprints) {
            lines.add_document(&fp);
            bytes += doc.text.len() as u64;
            docs.push(DocMeta {
                id: doc.id,
                title: doc.title,
                source: doc.source,
                date: doc.date,
                lang: doc.lang,
                ..DocMeta::default()
            });
        }
    })?;
    let sources = resolve_spool(sources, spool.as_ref());
    let boilerplate = lines.finish();

    // Pass 2: features and sketches.
    let hasher = MinHasher::new(cfg.num_perm, cfg.seed);
    let params = LshParams::for_threshold(cfg.threshold, cfg.num_perm);
    let mut keys: Vec<u64> = Vec::with_capacity(docs.len() * params.bands);
    let mut kept: Option<Vec<Vec<u64>>> = Some(Vec::with_capacity(docs.len()));
    let mut kept_total = 0usize;
    let mut index = 0usize;
    let mut silent = Problems::silent();
    read_pass(sources.clone(), cfg, None, &mut silent, progress, "sketching", |batch| {
        let features: Vec<(CopyFeatures, Vec<u64>)> = batch
            .par_iter()
            .map_init(
                || (Scratch::default(), vec![0u32; hasher.num_perm()]),
                |(scratch, sig), d| {
                    let f = prepare(&d.text, &boilerplate, cfg.shingle_k, scratch);
                    hasher.sketch(&f.shingles, sig);
                    let mut k = Vec::with_capacity(params.bands);
                    band_keys(sig, params, &mut k);
                    (f, k)
                },
            )
            .collect();
        for (f, k) in features {
            if let Some(meta) = docs.get_mut(index) {
                meta.text_hash = f.text_hash;
                meta.tokens = f.tokens;
                meta.shingles = f.shingles.len() as u32;
                meta.boilerplate_lines = f.boilerplate_lines;
            }
            index += 1;
            keys.extend(k);
            if let Some(store) = kept.as_mut() {
                kept_total += f.shingles.len();
                if kept_total > SHINGLE_MEMORY_BUDGET {
                    kept = None;
                } else {
                    store.push(f.shingles);
                }
            }
        }
    })?;
    if index != docs.len() {
        return Err(ScanError::Changed(format!(
            "{} documents on the first read, {index} on the second",
            docs.len()
        )));
    }

    // Exact duplicates collapse to their first document.
    let groups = duplicate_groups(&docs);
    let reps: Vec<u32> = groups.iter().map(|g| g[0]).collect();
    let rep_keys: Vec<u64> = reps
        .iter()
        .flat_map(|&r| {
            let r = r as usize;
            keys[r * params.bands..(r + 1) * params.bands].iter().copied()
        })
        .collect();
    drop(keys);
    let candidates: Vec<(u32, u32)> = candidate_pairs(&rep_keys, params.bands)
        .into_iter()
        .map(|(x, y)| (reps[x as usize], reps[y as usize]))
        .filter(|&(x, y)| docs[x as usize].shingles > 0 && docs[y as usize].shingles > 0)
        .collect();
    drop(rep_keys);

    // Shingle sets of the documents in candidate pairs.
    let mut needed: Vec<u32> = candidates.iter().flat_map(|&(a, b)| [a, b]).collect();
    needed.sort_unstable();
    needed.dedup();
    let reread = kept.is_none();
    let sets: HashMap<u32, Vec<u64>> = match kept {
        Some(mut all) => needed
            .iter()
            .map(|&d| (d, std::mem::take(&mut all[d as usize])))
            .collect(),
        None => reread_sets(sources, cfg, &boilerplate, &needed, progress)?,
    };

    // Verify every candidate exactly.
    let rule = CopyRule {
        jaccard: cfg.threshold,
        containment: None,
        min_contained_shingles: 0,
    };
    let tracker = progress.items("verifying", candidates.len() as u64);
    let verified: Vec<(u32, u32, Overlap)> = candidates
        .par_iter()
        .filter_map(|&(a, b)| {
            let o = Overlap::of(&sets[&a], &sets[&b]);
            tracker.inc(1);
            rule.classify(false, &o).map(|_| (a, b, o))
        })
        .collect();
    tracker.finish();

    let pairs = expand_pairs(&groups, &verified);
    let stories = components(docs.len(), pairs.iter().map(|p| (p.a, p.b)));
    Ok(ScanOutput {
        docs,
        pairs,
        stories,
        stats: ScanStats {
            bytes,
            candidates: candidates.len(),
            boilerplate_lines: 0,
            reread,
        },
    })
}

/// Groups of documents with the same normalized text, each sorted, ordered by first member
/// (singletons included).
fn duplicate_groups(docs: &[DocMeta]) -> Vec<Vec<u32>> {
    let mut order: Vec<u32> = (0..docs.len() as u32).collect();
    order.sort_by_key(|&i| (docs[i as usize].text_hash, i));
    let mut groups: Vec<Vec<u32>> = order
        .chunk_by(|&x, &y| docs[x as usize].text_hash == docs[y as usize].text_hash)
        .map(<[u32]>::to_vec)
        .collect();
    groups.sort_unstable_by_key(|g| g[0]);
    groups
}

/// Every related pair: all pairs inside a group of identical texts, and every member pair of
/// two groups whose representatives were verified as near duplicates.
fn expand_pairs(groups: &[Vec<u32>], verified: &[(u32, u32, Overlap)]) -> Vec<Pair> {
    let group_of: HashMap<u32, &Vec<u32>> = groups.iter().map(|g| (g[0], g)).collect();
    let mut pairs = Vec::new();
    for g in groups.iter().filter(|g| g.len() > 1) {
        for (i, &a) in g.iter().enumerate() {
            for &b in &g[i + 1..] {
                pairs.push(Pair {
                    a,
                    b,
                    relation: Relation::Duplicate,
                    score: 1.0,
                    jaccard: 1.0,
                    containment: 1.0,
                });
            }
        }
    }
    for (ra, rb, o) in verified {
        for &a in group_of[ra] {
            for &b in group_of[rb] {
                pairs.push(Pair {
                    a: a.min(b),
                    b: a.max(b),
                    relation: Relation::NearDuplicate,
                    score: o.jaccard(),
                    jaccard: o.jaccard(),
                    containment: o.containment(),
                });
            }
        }
    }
    pairs.sort_unstable_by_key(|p| (p.a, p.b));
    pairs
}

/// Standard input can only be read once: copy it to a temporary file on the first pass.
fn spool_stdin(sources: &mut [Source]) -> std::io::Result<Option<tempfile::NamedTempFile>> {
    if sources.iter().any(|s| s.path.is_none()) {
        Ok(Some(tempfile::NamedTempFile::new()?))
    } else {
        Ok(None)
    }
}

/// After the first pass, standard input is read from its spool file.
fn resolve_spool(mut sources: Vec<Source>, spool: Option<&tempfile::NamedTempFile>) -> Vec<Source> {
    if let Some(spool) = spool {
        for s in sources.iter_mut().filter(|s| s.path.is_none()) {
            s.path = Some(spool.path().to_path_buf());
        }
    }
    sources
}

/// Stream all documents through `each_batch`, with a progress bar; returns the sources (with
/// formats as sniffed) for later passes.
fn read_pass(
    sources: Vec<Source>,
    cfg: &ScanConfig,
    spool: Option<File>,
    problems: &mut Problems,
    progress: Progress,
    label: &str,
    mut each_batch: impl FnMut(Vec<Document>),
) -> Result<Vec<Source>, ScanError> {
    let total: Option<u64> = sources
        .iter()
        .map(|s| s.path.as_ref().and_then(|p| std::fs::metadata(p).ok()).map(|m| m.len()))
        .sum();
    let mut ingest = Ingest::new(sources, cfg.ingest.clone(), spool);
    let tracker: Tracker = progress.bytes(label, total, ingest.bytes_read());
    let mut count = 0usize;
    while let Some(batch) = ingest.next_batch(problems)? {
        if interrupted() {
            return Err(ScanError::Interrupted);
        }
        count += batch.len();
        each_batch(batch);
        tracker.update(|| format!("{count} docs"));
    }
    tracker.finish();
    if interrupted() {
        return Err(ScanError::Interrupted); // the reader ends early on Ctrl-C
    }
    Ok(ingest.sources().to_vec())
}

/// Pass 3 (large dumps only): recompute the shingle sets of the `needed` documents.
fn reread_sets(
    sources: Vec<Source>,
    cfg: &ScanConfig,
    boilerplate: &Boilerplate,
    needed: &[u32],
    progress: Progress,
) -> Result<HashMap<u32, Vec<u64>>, ScanError> {
    let mut sets = HashMap::with_capacity(needed.len());
    let mut index = 0u32;
    let mut silent = Problems::silent();
    read_pass(sources, cfg, None, &mut silent, progress, "verifying", |batch| {
        let first = index;
        index += batch.len() as u32;
        let wanted: Vec<(u32, &Document)> = batch
            .iter()
            .enumerate()
            .map(|(i, d)| (first + i as u32, d))
            .filter(|(i, _)| needed.binary_search(i).is_ok())
            .collect();
        let computed: Vec<(u32, Vec<u64>)> = wanted
            .par_iter()
            .map_init(Scratch::default, |scratch, &(i, d)| {
                (i, prepare(&d.text, boilerplate, cfg.shingle_k, scratch).shingles)
            })
            .collect();
        sets.extend(computed);
    })?;
    Ok(sets)
}
