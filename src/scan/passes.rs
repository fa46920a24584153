//! Reading the input in passes: batches in input order, progress, Ctrl-C, and standard input
//! spooled to a temporary file so it can be read more than once.

use super::{ScanConfig, ScanError};
use crate::ingest::{expand, Document, Ingest, Problems, Source};
use crate::progress::{interrupted, Progress, Tracker};
use crate::story::terms::count_terms;
use crate::story::vectors::DocFreqCounter;
use rayon::prelude::*;
use std::fs::File;

/// Standard input can only be read once: copy it to a temporary file on the first pass.
pub fn spool_stdin(sources: &[Source]) -> std::io::Result<Option<tempfile::NamedTempFile>> {
    if sources.iter().any(|s| s.path.is_none()) {
        Ok(Some(tempfile::NamedTempFile::new()?))
    } else {
        Ok(None)
    }
}

/// After the first pass, standard input is read from its spool file.
pub fn resolve_spool(
    mut sources: Vec<Source>,
    spool: Option<&tempfile::NamedTempFile>,
) -> Vec<Source> {
    if let Some(spool) = spool {
        for s in sources.iter_mut().filter(|s| s.path.is_none()) {
            s.path = Some(spool.path().to_path_buf());
        }
    }
    sources
}

/// Stream all documents through `each_batch` (first index of the batch, documents), with a
/// progress bar; returns the sources (formats as sniffed) and the number of documents.
pub fn read_pass(
    sources: Vec<Source>,
    cfg: &ScanConfig,
    spool: Option<File>,
    problems: &mut Problems,
    progress: Progress,
    label: &str,
    mut each_batch: impl FnMut(u32, Vec<Document>),
) -> Result<(Vec<Source>, u32), ScanError> {
    let total: Option<u64> = sources
        .iter()
        .map(|s| {
            s.path
                .as_ref()
                .and_then(|p| std::fs::metadata(p).ok())
                .map(|m| m.len())
        })
        .sum();
    let mut ingest = Ingest::new(sources, cfg.ingest.clone(), spool);
    let tracker: Tracker = progress.bytes(label, total, ingest.bytes_read());
    let mut count = 0u32;
    while let Some(batch) = ingest.next_batch(problems)? {
        stop_if_interrupted()?;
        let first = count;
        count += batch.len() as u32;
        each_batch(first, batch);
        tracker.update(|| format!("{count} docs"));
    }
    tracker.finish();
    stop_if_interrupted()?; // the reader ends early on Ctrl-C
    Ok((ingest.sources().to_vec(), count))
}

/// Re-read the input and hand over the documents whose index is in `wanted` (sorted).
pub fn reread(
    sources: Vec<Source>,
    cfg: &ScanConfig,
    progress: Progress,
    label: &str,
    wanted: &[u32],
    mut each_batch: impl FnMut(Vec<(u32, Document)>),
) -> Result<(), ScanError> {
    let mut silent = Problems::silent();
    read_pass(
        sources,
        cfg,
        None,
        &mut silent,
        progress,
        label,
        |first, batch| {
            let picked: Vec<(u32, Document)> = batch
                .into_iter()
                .enumerate()
                .map(|(i, d)| (first + i as u32, d))
                .filter(|(i, _)| wanted.binary_search(i).is_ok())
                .collect();
            if !picked.is_empty() {
                each_batch(picked);
            }
        },
    )?;
    Ok(())
}

/// Between stages: a Ctrl-C pressed during an in-memory stage stops the scan at its end.
pub(super) fn stop_if_interrupted() -> Result<(), ScanError> {
    if interrupted() {
        return Err(ScanError::Interrupted);
    }
    Ok(())
}

/// Count story-term document frequencies over the `--background` corpora (term statistics
/// only: their articles are not scanned).
pub(super) fn count_background(
    cfg: &ScanConfig,
    problems: &mut Problems,
    progress: Progress,
    df_counter: &mut DocFreqCounter,
) -> Result<(), ScanError> {
    if cfg.background.is_empty() {
        return Ok(());
    }
    let sources = expand(&cfg.background, problems)?;
    read_pass(
        sources,
        cfg,
        None,
        problems,
        progress,
        "background",
        |_, batch| {
            let counts: Vec<_> = batch
                .par_iter()
                .map(|d| count_terms(&d.text, d.title.as_deref(), cfg.story.title_weight))
                .collect();
            df_counter.add_batch(&counts.iter().map(Vec::as_slice).collect::<Vec<_>>());
        },
    )?;
    Ok(())
}
