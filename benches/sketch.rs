//! sketch: documents/s (and shingles/s) of 128-permutation MinHash signatures.

mod common;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use retold::normalize::normalized;
use retold::shingle::{shingle_set, DEFAULT_K};
use retold::sketch::{estimate_jaccard, MinHasher, DEFAULT_NUM_PERM};

fn exact_jaccard(a: &[u32], b: &[u32]) -> f64 {
    let sa: std::collections::HashSet<_> = a.iter().collect();
    let inter = b.iter().filter(|x| sa.contains(x)).count();
    inter as f64 / (a.len() + b.len() - inter) as f64
}

fn bench(c: &mut Criterion) {
    let mut g = common::Gen::new(4);
    let docs = common::articles(4, 300, false);
    let sets: Vec<Vec<u32>> = docs
        .iter()
        .map(|d| shingle_set(&normalized(d), DEFAULT_K))
        .collect();
    let hasher = MinHasher::new(DEFAULT_NUM_PERM, 1);
    // Check: estimates of near copies are within 4 standard errors of the exact Jaccard.
    for d in docs.iter().take(50) {
        let copy = common::near_copy(&mut g, d, 0.02);
        let (a, b) = (
            shingle_set(&normalized(d), DEFAULT_K),
            shingle_set(&normalized(&copy), DEFAULT_K),
        );
        let j = exact_jaccard(&a, &b);
        let est = estimate_jaccard(&hasher.signature(&a), &hasher.signature(&b));
        let se = (j * (1.0 - j) / DEFAULT_NUM_PERM as f64).sqrt();
        assert!((est - j).abs() <= 4.0 * se + 1e-9, "J={j} estimate {est}");
    }
    let shingles: u64 = sets.iter().map(|s| s.len() as u64).sum();

    let mut group = c.benchmark_group("sketch");
    group.sample_size(20);
    let mut sig = vec![0u32; DEFAULT_NUM_PERM];
    for (name, t) in [
        ("docs", Throughput::Elements(sets.len() as u64)),
        ("shingles", Throughput::Elements(shingles)),
    ] {
        group.throughput(t);
        group.bench_function(format!("minhash_128_{name}"), |b| {
            b.iter(|| {
                let mut x = 0u32;
                for s in &sets {
                    hasher.sketch(black_box(s), &mut sig);
                    x ^= sig[0];
                }
                x
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
