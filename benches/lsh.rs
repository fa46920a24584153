//! lsh: documents/s of band keys and candidate pairs (threshold 0.8, 128 permutations) over
//! 100k signatures with planted near copies.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use retold::lsh::{band_keys, candidate_pairs, LshParams};
use std::collections::HashSet;

const DOCS: usize = 100_000;
const PLANTED: usize = 2_000;

fn bench(c: &mut Criterion) {
    let mut g = common::Gen::new(5);
    let params = LshParams::for_threshold(0.8, 128);
    // Random signatures; the last PLANTED are copies of earlier ones agreeing on ~90% of slots.
    let mut sigs: Vec<Vec<u32>> = (0..DOCS - PLANTED)
        .map(|_| (0..128).map(|_| g.next_u64() as u32).collect())
        .collect();
    let mut planted = HashSet::new();
    for _ in 0..PLANTED {
        let src = g.below(DOCS - PLANTED);
        let copy: Vec<u32> = sigs[src]
            .iter()
            .map(|&v| {
                if g.unit() < 0.1 {
                    g.next_u64() as u32
                } else {
                    v
                }
            })
            .collect();
        planted.insert((src as u32, sigs.len() as u32));
        sigs.push(copy);
    }
    let mut keys = Vec::with_capacity(DOCS * params.bands);
    for s in &sigs {
        band_keys(s, params, &mut keys);
    }
    // Check: P(candidate | s = 0.9) > 0.9999 for this layout, so all planted pairs are found,
    // and random signatures collide (almost) never.
    let pairs = candidate_pairs(&keys, params.bands);
    let found = pairs.iter().filter(|p| planted.contains(p)).count();
    assert!(
        found as f64 >= 0.999 * PLANTED as f64,
        "found {found} of {PLANTED}"
    );
    assert!(
        pairs.len() < PLANTED + PLANTED / 10,
        "{} candidates",
        pairs.len()
    );

    let mut group = c.benchmark_group("lsh");
    group.sample_size(10);
    group.throughput(Throughput::Elements(DOCS as u64));
    group.bench_function("band_keys_100k", |b| {
        let mut out = Vec::with_capacity(DOCS * params.bands);
        b.iter(|| {
            out.clear();
            for s in &sigs {
                band_keys(s, params, &mut out);
            }
            out.len()
        })
    });
    group.bench_function("candidate_pairs_100k", |b| {
        b.iter(|| candidate_pairs(&keys, params.bands).len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
