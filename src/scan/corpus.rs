//! A whole corpus prepared for scoring arbitrary pairs (`retold score`, `retold compare`):
//! the same reading, boilerplate rule, term statistics and story vectors as `scan`, so a
//! pair gets the score `scan` would give it.

use super::passes::{count_background, read_pass, resolve_spool, spool_stdin};
use super::{corpus_look, story_text, story_vector, ScanConfig, ScanError};
use crate::boilerplate::{Boilerplate, LineCounter};
use crate::ingest::{expand, Document, Problems};
use crate::progress::Progress;
use crate::story::vectors::{DocFreq, DocFreqCounter, StoryVector};
use crate::story::{similarity, WeekdayPenalty};
use ahash::{AHashMap, AHashSet};
use rayon::prelude::*;
use std::path::PathBuf;

/// Documents, their story vectors, and the statistics they were weighed with.
pub struct Corpus {
    pub ids: Vec<String>,
    pub vectors: Vec<StoryVector>,
    pub df: DocFreq,
    pub boilerplate: Boilerplate,
    index: AHashMap<String, u32>,
    /// Full documents kept on request (`keep`), by index.
    pub kept: AHashMap<u32, Document>,
}

impl Corpus {
    /// Index of a document id.
    pub fn find(&self, id: &str) -> Option<u32> {
        self.index.get(id).copied()
    }

    /// Story similarity of two documents (`story::similarity`).
    pub fn score(&self, a: u32, b: u32, weekdays: WeekdayPenalty) -> f32 {
        similarity(
            &self.vectors[a as usize],
            &self.vectors[b as usize],
            weekdays,
        )
    }

    /// The story text (body without boilerplate, title) of a kept document.
    pub fn story_text(&self, i: u32) -> Option<(&str, Option<&str>)> {
        self.kept.get(&i).map(|d| story_text(d, &self.boilerplate))
    }
}

/// Read `inputs` (and `cfg.background` for statistics). Documents whose id is in `keep`
/// are kept whole.
pub fn load(
    inputs: &[PathBuf],
    cfg: &ScanConfig,
    keep: &AHashSet<String>,
    problems: &mut Problems,
    progress: Progress,
) -> Result<Corpus, ScanError> {
    let sources = expand(inputs, problems)?;
    let spool = spool_stdin(&sources)?;
    let mut df_counter = DocFreqCounter::new();
    count_background(cfg, problems, progress, &mut df_counter)?;
    let mut ids = Vec::new();
    let mut lines = LineCounter::new();
    let mut seen: AHashSet<u128> = AHashSet::new();
    let spool_file = spool.as_ref().map(|s| s.reopen()).transpose()?;
    let (sources, _) = read_pass(
        sources,
        cfg,
        spool_file,
        problems,
        progress,
        "reading",
        |_, batch| {
            let looks: Vec<_> = batch
                .par_iter()
                .map_init(String::new, |buf, d| corpus_look(d, cfg, buf))
                .collect();
            for (d, (hash, fp, terms)) in batch.into_iter().zip(looks) {
                lines.add_document(&fp);
                if seen.insert(hash) {
                    df_counter.add(&terms);
                }
                ids.push(d.id);
            }
        },
    )?;
    let sources = resolve_spool(sources, spool.as_ref());
    let boilerplate = lines.finish();
    let df = df_counter.finish(cfg.story.weights.min_df);
    let mut vectors = Vec::with_capacity(ids.len());
    let mut kept = AHashMap::new();
    let mut silent = Problems::silent();
    read_pass(
        sources,
        cfg,
        None,
        &mut silent,
        progress,
        "weighing",
        |first, batch| {
            let vs: Vec<StoryVector> = batch
                .par_iter()
                .map(|d| story_vector(d, &boilerplate, &df, &cfg.story))
                .collect();
            vectors.extend(vs);
            for (i, d) in batch.into_iter().enumerate() {
                if keep.contains(&d.id) {
                    kept.insert(first + i as u32, d);
                }
            }
        },
    )?;
    if vectors.len() != ids.len() {
        return Err(ScanError::Changed(format!(
            "{} documents on the first read, {} on the second",
            ids.len(),
            vectors.len()
        )));
    }
    let index = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.clone(), i as u32))
        .collect();
    Ok(Corpus {
        ids,
        vectors,
        df,
        boilerplate,
        index,
        kept,
    })
}
