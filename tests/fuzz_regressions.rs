//! Inputs found by the fuzz targets (`fuzz/`), replayed as ordinary tests. Each file in
//! `fuzz/regressions/TARGET/` goes through the same code as the target of that name.
//!
//! Found so far (see `fuzz/README.md` for the runs):
//! - `ingest/leak-1781a3…`: LeakSanitizer flagged the reader thread of `Ingest` (it is not
//!   joined, so its name and stack can outlive the `Ingest` by a moment). Not a real leak — the
//!   thread ends once the input is read or the `Ingest` dropped — but the input, a gzip-less
//!   binary JSONL record, is kept.

use retold::ingest::{
    expand, parse, FieldNames, Format, Ingest, IngestConfig, Problems, RawRecord, Source,
};
use std::path::{Path, PathBuf};

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd.map(|e| e.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

/// The body of `fuzz/fuzz_targets/ingest.rs`.
fn ingest(data: &[u8]) {
    const NAMES: [&str; 6] = [
        "a.jsonl",
        "a.txt",
        "a.jsonl.gz",
        "a.ndjson.zst",
        "a.md",
        "a.unknown",
    ];
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(NAMES[pick as usize % NAMES.len()]);
    std::fs::write(&path, body).unwrap();
    let mut problems = Problems::silent();
    let sources = expand(&[path], &mut problems).unwrap();
    let config = IngestConfig {
        max_doc_bytes: 64 + (pick as usize) * 16,
        batch_bytes: 256,
        ..IngestConfig::default()
    };
    let mut ingest = Ingest::new(sources, config, None);
    let mut ids = std::collections::HashSet::new();
    while let Some(batch) = ingest.next_batch(&mut problems).unwrap() {
        for doc in batch {
            assert!(!doc.text.trim().is_empty());
            assert!(ids.insert(doc.id));
        }
    }
}

/// The body of `fuzz/fuzz_targets/parse_record.rs`.
fn parse_record(data: &[u8]) {
    for format in [Format::Jsonl, Format::Text] {
        let source = Source::new(None, "fuzz", Some(format));
        let raw = RawRecord {
            source: 0,
            line: Some(1),
            format,
            bytes: data.to_vec(),
        };
        if let Ok(doc) = parse(raw, &source, &FieldNames::default()).document {
            assert!(!doc.text.trim().is_empty());
        }
    }
}

#[test]
fn replay_ingest() {
    let files = inputs("ingest");
    assert!(!files.is_empty(), "the kept inputs are in the repository");
    for f in files {
        ingest(&std::fs::read(&f).unwrap());
    }
}

#[test]
fn replay_parse_record() {
    // No crash found by this target so far; the ingest inputs exercise it too.
    for f in inputs("parse_record").into_iter().chain(inputs("ingest")) {
        parse_record(&std::fs::read(&f).unwrap());
    }
}
