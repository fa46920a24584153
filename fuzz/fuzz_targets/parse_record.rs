//! One record's bytes, decoded as a JSONL line and as a text file: never a panic, and a kept
//! document always has text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use retold::ingest::{parse, FieldNames, Format, RawRecord, Source};

fuzz_target!(|data: &[u8]| {
    for format in [Format::Jsonl, Format::Text] {
        let source = Source::new(None, "fuzz", Some(format));
        let raw = RawRecord {
            source: 0,
            line: Some(1),
            format,
            bytes: data.to_vec(),
        };
        let parsed = parse(raw, &source, &FieldNames::default());
        if let Ok(doc) = parsed.document {
            assert!(!doc.text.trim().is_empty());
            assert!(!doc.id.is_empty() || parsed.synthetic_id || format == Format::Jsonl);
        }
    }
});
