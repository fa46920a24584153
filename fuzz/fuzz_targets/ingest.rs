//! A whole file through the reader: compression sniffing (gzip, zstd), binary detection, line
//! splitting with a small --max-doc-bytes, decoding and id checks. The first byte picks the
//! file name (and so the format); the rest is the file. Never a panic; every document has
//! text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use retold::ingest::{expand, Ingest, IngestConfig, Problems};
use std::io::Write;

const NAMES: [&str; 6] = ["a.jsonl", "a.txt", "a.jsonl.gz", "a.ndjson.zst", "a.md", "a.unknown"];

/// One directory for the whole run (made once: a directory per input would be most of the
/// cost); each input is written to a fresh file name in it and removed after.
fn scratch_dir() -> &'static std::path::Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().unwrap()).path()
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else { return };
    let path = scratch_dir().join(NAMES[pick as usize % NAMES.len()]);
    std::fs::File::create(&path).unwrap().write_all(body).unwrap();
    let mut problems = Problems::silent();
    let sources = expand(&[path.clone()], &mut problems).unwrap();
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
            assert!(ids.insert(doc.id), "ids are unique after renaming");
        }
    }
    let _ = std::fs::remove_file(&path);
});
