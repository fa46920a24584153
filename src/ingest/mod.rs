//! Ingest: reading dumps into documents.
//!
//! Inputs are files, directories (recursive, sorted) and `-` for standard input; `.txt`/`.md`
//! files hold one article each (id = file stem), `.jsonl`/`.ndjson` one JSON object per line
//! (fields `id`, `text`, optional `title`, `source`, `url`, `date`, `lang`, names configurable,
//! and read under their usual other names when missing: `record::aliases`), `.json` an array
//! of such objects, one object, or JSON Lines;
//! any of them may be gzip, zstd, bzip2 or xz compressed. `Ingest` streams the input as ordered batches of
//! documents: the record boundaries are found sequentially (`read`), each batch is decoded in
//! parallel (`record`), then ids are checked in input order. Memory holds one batch, not the
//! dump (but a `.json` document, not streamable line by line, is read whole). Document
//! indices follow input order, so they are the same on every run and every re-read.

mod markup;
mod problems;
mod read;
mod record;
mod sources;

pub use problems::{Problem, ProblemKind, Problems, Severity};
pub use read::{RawRecord, RecordReader};
pub use record::{parse, Document, FieldNames, Parsed};
pub use sources::{expand, format_of, Compression, Format, Source};

use ahash::AHashMap;
use rayon::prelude::*;
use std::collections::HashSet;
use std::fs::File;
use std::sync::atomic::AtomicU64;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Arc;

/// A parsed record with its source index and line number (None for whole-file sources).
type Located = (usize, Option<u64>, Parsed);

/// Default `--max-doc-bytes`: records larger than this are skipped (16 MiB; a news article is
/// rarely over 100 KiB, so anything this size is a stray table or binary blob).
pub const DEFAULT_MAX_DOC_BYTES: usize = 16 << 20;

/// A batch holds at most this many records.
const BATCH_RECORDS: usize = 8192;

/// How to read the input.
#[derive(Debug, Clone)]
pub struct IngestConfig {
    pub fields: FieldNames,
    pub max_doc_bytes: usize,
    /// Target decoded size of one batch (bytes).
    pub batch_bytes: usize,
}

impl Default for IngestConfig {
    fn default() -> Self {
        Self {
            fields: FieldNames::default(),
            max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
            batch_bytes: 4 << 20,
        }
    }
}

/// Streams the documents of a list of sources in order, in batches.
///
/// Reading (decompression, line splitting) is sequential, so it runs on its own thread, one
/// batch ahead of the caller: while the workers decode and process batch n, batch n + 1 is
/// being read. The channel holds one batch, so at most three are in memory.
pub struct Ingest {
    batches: Receiver<Vec<Result<RawRecord, Problem>>>,
    sources: Vec<Source>,
    bytes_read: Arc<AtomicU64>,
    config: IngestConfig,
    seen_ids: AHashMap<String, u32>,
    files_without_ids: HashSet<usize>,
    files_with_unknown_dates: HashSet<usize>,
    /// Notes said once per run (a field read under another name) or per file (one left out).
    noted: HashSet<(usize, String)>,
}

impl Ingest {
    /// `spool`: a file to copy standard input into, when it must be read again later.
    pub fn new(sources: Vec<Source>, config: IngestConfig, spool: Option<File>) -> Self {
        let mut reader = RecordReader::new(sources, config.max_doc_bytes, spool);
        let sources = reader.sources().to_vec();
        let bytes_read = reader.bytes_read();
        let (tx, batches) = sync_channel(1);
        let (batch_bytes, batch_records) = (config.batch_bytes, BATCH_RECORDS);
        // The thread ends at the end of the input, or when the `Ingest` is dropped (its
        // next send fails).
        std::thread::Builder::new()
            .name("retold-read".into())
            .spawn(move || loop {
                let mut raws = Vec::new();
                let mut bytes = 0;
                while bytes < batch_bytes && raws.len() < batch_records {
                    let Some(item) = reader.next() else { break };
                    if let Ok(r) = &item {
                        bytes += r.bytes.len();
                    }
                    raws.push(item);
                }
                if raws.is_empty() || tx.send(raws).is_err() {
                    return;
                }
            })
            .expect("cannot start the reader thread");
        Self {
            batches,
            sources,
            bytes_read,
            config,
            seen_ids: AHashMap::new(),
            files_without_ids: HashSet::new(),
            files_with_unknown_dates: HashSet::new(),
            noted: HashSet::new(),
        }
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// Compressed bytes read so far (for progress bars).
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        self.bytes_read.clone()
    }

    /// The next batch of documents in input order, or `None` at the end. Problems go to
    /// `problems`; in strict mode the first one is returned as the error.
    pub fn next_batch(
        &mut self,
        problems: &mut Problems,
    ) -> Result<Option<Vec<Document>>, Problem> {
        let Ok(raws) = self.batches.recv() else {
            return Ok(None);
        };
        let sources = &self.sources;
        let fields = &self.config.fields;
        let parsed: Vec<Result<Located, Problem>> = raws
            .into_par_iter()
            .map(|item| {
                item.map(|raw| {
                    let (source, line) = (raw.source, raw.line);
                    (source, line, parse(raw, &sources[source], fields))
                })
            })
            .collect();
        let mut docs = Vec::with_capacity(parsed.len());
        for item in parsed {
            let (source, line, parsed) = match item {
                Ok(p) => p,
                Err(problem) => {
                    problems.report(problem)?;
                    continue;
                }
            };
            let file = self.sources[source].display.clone();
            for kind in parsed.warnings {
                // An alias is said once per run (a directory of a crawler's files shares
                // its field names), a field left out once per file.
                let once = match kind {
                    ProblemKind::FieldAlias { .. }
                    | ProblemKind::Markup
                    | ProblemKind::Windows1252 { .. } => Some(usize::MAX),
                    ProblemKind::IgnoredField { .. } => Some(source),
                    _ => None,
                };
                // (A code page is said once, whatever byte first showed it.)
                let what = || match kind {
                    ProblemKind::Windows1252 { .. } => kind.label().to_string(),
                    _ => kind.to_string(),
                };
                if once.is_some_and(|key| !self.noted.insert((key, what()))) {
                    continue;
                }
                problems.report(Problem {
                    file: file.clone(),
                    line,
                    kind,
                })?;
            }
            let mut doc = match parsed.document {
                Ok(d) => d,
                Err(kind) => {
                    problems.report(Problem { file, line, kind })?;
                    continue;
                }
            };
            if parsed.synthetic_id && self.files_without_ids.insert(source) {
                problems.report(Problem {
                    file: file.clone(),
                    line,
                    kind: ProblemKind::MissingIds {
                        field: self.config.fields.id.clone(),
                    },
                })?;
            }
            if let Some(date) = doc.date.as_deref() {
                if crate::story::parse_day(date).is_none()
                    && self.files_with_unknown_dates.insert(source)
                {
                    problems.report(Problem {
                        file: file.clone(),
                        line,
                        kind: ProblemKind::UnknownDate {
                            field: self.config.fields.date.clone(),
                            value: date.chars().take(40).collect(),
                        },
                    })?;
                }
            }
            self.dedupe_id(&mut doc, &file, problems)?;
            docs.push(doc);
        }
        Ok(Some(docs))
    }

    fn dedupe_id(
        &mut self,
        doc: &mut Document,
        file: &Arc<str>,
        problems: &mut Problems,
    ) -> Result<(), Problem> {
        let count = self.seen_ids.entry(doc.id.clone()).or_insert(0);
        *count += 1;
        if *count == 1 {
            return Ok(());
        }
        let mut n = *count;
        let renamed = loop {
            let candidate = format!("{}#{}", doc.id, n);
            if !self.seen_ids.contains_key(&candidate) {
                break candidate;
            }
            n += 1;
        };
        self.seen_ids.insert(renamed.clone(), 1);
        problems.report(Problem {
            file: file.clone(),
            line: doc.line,
            kind: ProblemKind::DuplicateId {
                id: doc.id.clone(),
                renamed: renamed.clone(),
            },
        })?;
        doc.id = renamed;
        Ok(())
    }
}
