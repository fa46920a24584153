//! claims: bytes/s of per-article claim extraction (`retold::claims::extract`) on made-up,
//! template-built news text with planted attributions and quantities.

mod common;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use retold::claims::extract;

const GIVEN: &[&str] = &[
    "Maria", "John", "Ahmed", "Olena", "Kenji", "Sarah", "Pierre", "Ana",
];
const SURNAME: &[&str] = &[
    "Kowalski",
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Tanaka",
    "Silva",
    "Brennan",
];
const TITLE: &[&str] = &[
    "Foreign Minister",
    "spokesman",
    "Prime Minister",
    "police chief",
];
const UNIT: &[&str] = &["people", "soldiers", "homes", "vehicles"];

/// An article of `sentences` sentences; returns it with the planted speakers and numbers.
fn article(g: &mut common::Gen, sentences: usize) -> (String, Vec<String>, Vec<u64>) {
    let (mut text, mut speakers, mut numbers) = (String::new(), Vec::new(), Vec::new());
    for s in 0..sentences {
        if s > 0 {
            text.push(if s % 4 == 0 { '\n' } else { ' ' });
        }
        let name = format!(
            "{} {}",
            GIVEN[g.below(GIVEN.len())],
            SURNAME[g.below(SURNAME.len())]
        );
        let n = 2 + g.below(9_000) as u64;
        let unit = UNIT[g.below(UNIT.len())];
        match s % 3 {
            0 => {
                text.push_str(&format!(
                    "{name}, the {}, said on Tuesday that {n} {unit} had been moved from the region.",
                    TITLE[g.below(TITLE.len())]
                ));
                speakers.push(name);
                numbers.push(n);
            }
            1 => {
                text.push_str(&format!(
                    "\"The situation remains difficult and we are working with our partners,\" {name} told reporters."
                ));
                speakers.push(name);
            }
            _ => {
                text.push_str(&format!(
                    "Officials counted {n} {unit} after the storm reached the coast."
                ));
                numbers.push(n);
            }
        }
    }
    (text, speakers, numbers)
}

fn bench(c: &mut Criterion) {
    let mut g = common::Gen::new(7);
    let docs: Vec<(String, Vec<String>, Vec<u64>)> =
        (0..100).map(|_| article(&mut g, 24)).collect();
    // Check: most planted speakers and numbers come out (the extractor's exact coverage is
    // its own tests' business; a bench that extracted nothing must not pass).
    let (mut speakers, mut found_speakers, mut numbers, mut found_numbers) = (0, 0, 0, 0);
    for (text, planted_speakers, planted_numbers) in &docs {
        let claims = extract(text, Some("2024-03-05"));
        speakers += planted_speakers.len();
        found_speakers += planted_speakers
            .iter()
            .filter(|s| {
                claims
                    .attributions
                    .iter()
                    .any(|a| a.speaker.text.contains(s.split(' ').nth(1).unwrap()))
            })
            .count();
        numbers += planted_numbers.len();
        found_numbers += planted_numbers
            .iter()
            .filter(|&&n| {
                claims
                    .quantities
                    .iter()
                    .any(|q| q.value == Some(n as f64) || q.low == n as f64)
            })
            .count();
    }
    assert!(
        found_speakers * 10 >= speakers * 8,
        "speakers {found_speakers}/{speakers}"
    );
    assert!(
        found_numbers * 10 >= numbers * 8,
        "numbers {found_numbers}/{numbers}"
    );

    let bytes: u64 = docs.iter().map(|d| d.0.len() as u64).sum();
    let mut group = c.benchmark_group("claims");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|(t, _, _)| {
                    let c = extract(black_box(t), Some("2024-03-05"));
                    c.attributions.len() + c.quantities.len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
