//! verify: candidate pairs/s (and shingles/s) of exact Jaccard and containment on sorted
//! shingle sets.

mod common;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use retold::normalize::normalized;
use retold::shingle::{shingle_set, DEFAULT_K};
use retold::verify::{CopyRule, Overlap};
use std::collections::HashSet;

fn bench(c: &mut Criterion) {
    let mut g = common::Gen::new(6);
    let docs = common::articles(6, 300, false);
    let mut sets: Vec<Vec<u32>> = Vec::new();
    for d in &docs {
        sets.push(shingle_set(&normalized(d), DEFAULT_K));
        let rate = 0.01 + 0.05 * g.unit();
        let copy = common::near_copy(&mut g, d, rate);
        sets.push(shingle_set(&normalized(&copy), DEFAULT_K));
    }
    // Candidates: every (original, copy) pair and as many unrelated pairs.
    let mut pairs: Vec<(usize, usize)> = (0..docs.len()).map(|i| (2 * i, 2 * i + 1)).collect();
    pairs.extend((0..docs.len()).map(|i| (2 * i, (2 * i + 7) % sets.len())));
    // Check against a hash-set intersection.
    for &(a, b) in &pairs {
        let o = Overlap::of(&sets[a], &sets[b]);
        let sa: HashSet<_> = sets[a].iter().collect();
        assert_eq!(
            o.intersection,
            sets[b].iter().filter(|x| sa.contains(x)).count()
        );
    }
    let rule = CopyRule {
        jaccard: 0.8,
        containment: None,
        min_contained_shingles: 0,
    };
    let copies = pairs
        .iter()
        .filter(|&&(a, b)| {
            rule.classify(false, &Overlap::of(&sets[a], &sets[b]))
                .is_some()
        })
        .count();
    assert!(copies > 0 && copies < docs.len(), "{copies}");
    let shingles: u64 = pairs
        .iter()
        .map(|&(a, b)| (sets[a].len() + sets[b].len()) as u64)
        .sum();

    let mut group = c.benchmark_group("verify");
    group.sample_size(20);
    for (name, t) in [
        ("pairs", Throughput::Elements(pairs.len() as u64)),
        ("shingles", Throughput::Elements(shingles)),
    ] {
        group.throughput(t);
        group.bench_function(format!("overlap_{name}"), |b| {
            b.iter(|| {
                pairs
                    .iter()
                    .filter(|&&(a, b)| {
                        rule.classify(false, &Overlap::of(black_box(&sets[a]), &sets[b]))
                            .is_some()
                    })
                    .count()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
