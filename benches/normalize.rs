//! normalize: bytes/s of the canonical form (NFKC, case folding, quotes, whitespace).

mod common;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use retold::normalize::{normalize, normalize_with_offsets, Normalized};

/// What `normalize` must give on ASCII text, written independently: lower case, runs of
/// spaces one space, lines trimmed, blank lines gone.
fn reference_ascii(text: &str) -> String {
    text.to_ascii_lowercase()
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn bench(c: &mut Criterion) {
    let ascii = common::articles(1, 300, false);
    let mixed = common::articles(2, 300, true);
    let mut out = String::new();
    for d in &ascii {
        normalize(d, &mut out);
        assert_eq!(out, reference_ascii(d));
    }
    for d in &mixed {
        normalize(d, &mut out);
        assert!(!out.contains(['“', '”', '—', '\u{a0}']) && !out.chars().any(char::is_uppercase));
        let once = out.clone();
        normalize(&once, &mut out);
        assert_eq!(out, once, "idempotent");
    }

    let mut group = c.benchmark_group("normalize");
    group.sample_size(20);
    for (name, docs) in [("ascii", &ascii), ("mixed", &mixed)] {
        group.throughput(Throughput::Bytes(common::total_bytes(docs)));
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut n = 0;
                for d in docs {
                    normalize(black_box(d), &mut out);
                    n += out.len();
                }
                n
            })
        });
    }
    group.throughput(Throughput::Bytes(common::total_bytes(&mixed)));
    let mut with_offsets = Normalized::default();
    group.bench_function("mixed_with_offsets", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &mixed {
                normalize_with_offsets(black_box(d), &mut with_offsets);
                n += with_offsets.origin.len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
