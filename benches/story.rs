//! story: the retelling tier on made-up articles: term counting (bytes/s), weighting, and
//! candidates + similarity + average link (`find_stories`, docs/s), on 3,000 unrelated articles
//! and 150 planted stories of 3 retellings that share rare story words in different wording.

mod common;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use retold::story::terms::count_terms;
use retold::story::vectors::{weigh, DocFreq};
use retold::story::{find_stories, StoryConfig};
use std::collections::HashMap;

const BACKGROUND: usize = 3_000;
const STORIES: usize = 150;
const MEMBERS: usize = 3;

/// The corpus and, for each document, its planted story (if any).
fn corpus() -> (Vec<String>, Vec<Option<usize>>) {
    let mut g = common::Gen::new(8);
    let mut docs = common::articles(8, BACKGROUND, false);
    let mut story = vec![None; BACKGROUND];
    for s in 0..STORIES {
        // 40 story words outside the background vocabulary (which uses indices < 50,000).
        let words: Vec<String> = (0..40).map(|j| common::word(60_000 + s * 40 + j)).collect();
        for _ in 0..MEMBERS {
            let mut text = String::new();
            for i in 0..70 {
                if i > 0 {
                    text.push(' ');
                }
                text.push_str(&words[g.below(words.len())]);
            }
            text.push_str(".\n\n");
            let len = 400 + g.below(800);
            text.push_str(&common::article(&mut g, len, false));
            docs.push(text);
            story.push(Some(s));
        }
    }
    (docs, story)
}

fn bench(c: &mut Criterion) {
    let (docs, planted) = corpus();
    let counts: Vec<_> = docs.iter().map(|d| count_terms(d, None, 1)).collect();
    let cfg = StoryConfig::default();
    let df = DocFreq::from_counts(counts.iter().map(Vec::as_slice), cfg.weights.min_df);
    let vectors: Vec<_> = counts.iter().map(|c| weigh(c, &df, &cfg.weights)).collect();
    let days = vec![None; docs.len()];
    // Check: planted stories come out (pairwise recall) and background articles stay apart.
    let result = find_stories(&vectors, &df, &[], &days, &cfg);
    let mut cluster = HashMap::new();
    for (i, s) in result.stories.iter().enumerate() {
        for &m in s {
            cluster.insert(m, i);
        }
    }
    let (mut found, mut gold, mut predicted) = (0usize, 0usize, 0usize);
    for a in 0..docs.len() {
        for b in a + 1..docs.len() {
            let same_gold = planted[a].is_some() && planted[a] == planted[b];
            let same_pred = cluster.contains_key(&(a as u32))
                && cluster.get(&(a as u32)) == cluster.get(&(b as u32));
            gold += usize::from(same_gold);
            predicted += usize::from(same_pred);
            found += usize::from(same_gold && same_pred);
        }
    }
    let (p, r) = (
        found as f64 / predicted.max(1) as f64,
        found as f64 / gold as f64,
    );
    assert!(
        r >= 0.8 && p >= 0.8,
        "story pairs: precision {p:.3}, recall {r:.3}"
    );

    let bytes = common::total_bytes(&docs);
    let mut group = c.benchmark_group("story");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("count_terms", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| count_terms(black_box(d), None, 1).len())
                .sum::<usize>()
        })
    });
    group.throughput(Throughput::Elements(docs.len() as u64));
    group.bench_function("weigh_docs", |b| {
        b.iter(|| {
            counts
                .iter()
                .map(|c| weigh(black_box(c), &df, &cfg.weights).terms.len())
                .sum::<usize>()
        })
    });
    group.bench_function("find_stories_docs", |b| {
        b.iter(|| {
            find_stories(black_box(&vectors), &df, &[], &days, &cfg)
                .stories
                .len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
