//! shingle: bytes/s of word 5-shingling of normalized text (and `features::prepare`, the
//! whole per-document copy-tier work: normalize, boilerplate strip, shingle, sort).

mod common;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use retold::boilerplate::Boilerplate;
use retold::features::{prepare, Scratch};
use retold::normalize::normalized;
use retold::shingle::{combine, shingle_into, token_hash, DEFAULT_K};

fn bench(c: &mut Criterion) {
    let raw = common::articles(3, 300, true);
    let docs: Vec<String> = raw.iter().map(|d| normalized(d)).collect();
    // Check: one shingle per window of k tokens, each the combination of those tokens (the
    // tokens found here independently: ASCII letters and digits, plus the accented names).
    let (mut scratch, mut out) = (Vec::new(), Vec::new());
    for d in &docs {
        out.clear();
        let n = shingle_into(d, DEFAULT_K, &mut scratch, &mut out);
        let tokens: Vec<u64> = d
            .split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .map(token_hash)
            .collect();
        assert_eq!(n, tokens.len());
        let expected: Vec<u32> = tokens.windows(DEFAULT_K).map(combine).collect();
        assert_eq!(out, expected);
    }
    let mut s = Scratch::default();
    let f = prepare(&raw[0], &Boilerplate::none(), DEFAULT_K, &mut s);
    assert!(f.shingles.windows(2).all(|w| w[0] < w[1]) && f.shingles.len() > 50);

    let mut group = c.benchmark_group("shingle");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(common::total_bytes(&docs)));
    group.bench_function("shingle_into_k5", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                out.clear();
                shingle_into(black_box(d), DEFAULT_K, &mut scratch, &mut out);
                n += out.len();
            }
            n
        })
    });
    group.throughput(Throughput::Bytes(common::total_bytes(&raw)));
    group.bench_function("prepare_raw_text", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &raw {
                n += prepare(black_box(d), &Boilerplate::none(), DEFAULT_K, &mut s)
                    .shingles
                    .len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
