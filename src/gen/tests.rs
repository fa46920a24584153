//! Generator tests on a made-up corpus (no dataset text in the repository).

use super::*;
use crate::gen::corpus::SourceRecord;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// A corpus of made-up articles over a synthetic vocabulary, and story groups.
fn corpus() -> Corpus {
    let mut rng = Rng::new(99);
    let sentence = |rng: &mut Rng| {
        let n = rng.between(6, 18);
        let words: Vec<String> = (0..n).map(|_| format!("w{}", rng.below(20_000))).collect();
        let mut s = words.join(" ");
        s[..1].make_ascii_uppercase();
        s + "."
    };
    let mut records = Vec::new();
    for i in 0..150 {
        let paragraphs: Vec<String> = (0..rng.between(3, 8))
            .map(|_| {
                (0..rng.between(2, 4))
                    .map(|_| sentence(&mut rng))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        records.push(SourceRecord {
            file: if i % 3 == 0 { "bbc" } else { "reuters21578" }.into(),
            id: i.to_string(),
            title: Some(format!("Title {i}")),
            text: paragraphs.join("\n\n"),
            story: None,
        });
    }
    for g in 0..12 {
        for m in 0..rng.between(2, 6) {
            records.push(SourceRecord {
                file: "allsides".into(),
                id: format!("{g}-{m}"),
                title: None,
                text: (0..6)
                    .map(|_| sentence(&mut rng))
                    .collect::<Vec<_>>()
                    .join(" "),
                story: Some(g.to_string()),
            });
        }
    }
    Corpus::from_records(records)
}

fn run(corpus: &Corpus, cfg: &GenConfig) -> (Vec<u8>, Vec<u8>, GenSummary) {
    let (mut dump, mut truth) = (Vec::new(), Vec::new());
    let s = generate(corpus, cfg, &mut dump, &mut truth, Progress::hidden()).unwrap();
    (dump, truth, s)
}

fn lines(bytes: &[u8]) -> Vec<Value> {
    bytes
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect()
}

#[test]
fn same_seed_same_bytes_other_seed_other_dump() {
    let c = corpus();
    let cfg = GenConfig {
        docs: 300,
        seed: 7,
        ..GenConfig::default()
    };
    let a = run(&c, &cfg);
    let b = run(&c, &cfg);
    assert_eq!(a.0, b.0);
    assert_eq!(a.1, b.1);
    let other = run(
        &c,
        &GenConfig {
            seed: 8,
            ..cfg.clone()
        },
    );
    assert_ne!(a.0, other.0);
    // One thread gives the same bytes as many.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let single = pool.install(|| run(&c, &cfg));
    assert_eq!(a.0, single.0);
    assert_eq!(a.1, single.1);
}

#[test]
fn dump_and_truth_agree() {
    let c = corpus();
    let cfg = GenConfig {
        docs: 400,
        seed: 3,
        ..GenConfig::default()
    };
    let (dump, truth, summary) = run(&c, &cfg);
    let docs = lines(&dump);
    let truth = lines(&truth);
    assert_eq!(docs.len(), 400);
    assert_eq!(summary.docs, 400);
    assert_eq!(truth[0]["type"], "meta");
    let doc_lines: Vec<&Value> = truth.iter().filter(|t| t["type"] == "doc").collect();
    assert_eq!(doc_lines.len(), 400);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        400,
        "ids are unique"
    );
    for (d, t) in docs.iter().zip(&doc_lines) {
        assert_eq!(d["id"], t["id"]);
    }
    let text: HashMap<&str, &str> = docs
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d["text"].as_str().unwrap()))
        .collect();
    let kind: HashMap<&str, &str> = doc_lines
        .iter()
        .map(|t| (t["id"].as_str().unwrap(), t["kind"].as_str().unwrap()))
        .collect();
    // Every kind is there, in roughly the asked shares.
    for k in Kind::ALL {
        assert!(kind.values().any(|v| *v == k.as_str()), "no {k:?}");
    }
    let copies = kind
        .values()
        .filter(|k| ["verbatim", "edited", "boilerplate", "abridged"].contains(k))
        .count();
    assert!((50..=120).contains(&copies), "{copies} copies of 400");
    // Copies relate to their parent as their kind says.
    for t in &doc_lines {
        let Some(of) = t["of"].as_str() else { continue };
        let (child, parent) = (text[t["id"].as_str().unwrap()], text[of]);
        let j = truth::jaccard(&truth::shingle_set(child), &truth::shingle_set(parent));
        match t["kind"].as_str().unwrap() {
            "verbatim" => assert_eq!(child, parent),
            "edited" => assert!(j > 0.5 && child != parent, "edited J={j}"),
            "boilerplate" => assert!(child.contains(parent.trim_end())),
            "abridged" => assert!(parent.starts_with(child) && child.len() < parent.len()),
            k => panic!("{k} with `of`"),
        }
    }
    // Pair lines are exactly the same-story pairs at J >= PAIR_FLOOR, with true values.
    let story: HashMap<&str, &str> = doc_lines
        .iter()
        .map(|t| (t["id"].as_str().unwrap(), t["story"].as_str().unwrap()))
        .collect();
    let sets: HashMap<&str, Vec<u64>> = text
        .iter()
        .map(|(&id, &t)| (id, truth::shingle_set(t)))
        .collect();
    let listed: HashSet<(String, String)> = truth
        .iter()
        .filter(|t| t["type"] == "pair")
        .map(|t| {
            let (a, b) = (t["a"].as_str().unwrap(), t["b"].as_str().unwrap());
            let j = truth::jaccard(&sets[a], &sets[b]);
            assert!((t["jaccard"].as_f64().unwrap() - j).abs() < 1e-5);
            assert!(a < b && story[a] == story[b]);
            (a.to_string(), b.to_string())
        })
        .collect();
    assert_eq!(listed.len(), summary.pairs);
    let mut cross_story_copies = 0;
    for (i, a) in ids.iter().enumerate() {
        for b in &ids[i + 1..] {
            let j = truth::jaccard(&sets[a], &sets[b]);
            let (x, y) = if a < b { (a, b) } else { (b, a) };
            if story[a] == story[b] {
                assert_eq!(
                    j >= PAIR_FLOOR,
                    listed.contains(&(x.to_string(), y.to_string()))
                );
            } else if j >= 0.3 {
                cross_story_copies += 1;
            }
        }
    }
    assert_eq!(
        cross_story_copies, 0,
        "documents of different stories overlap"
    );
}

#[test]
fn synthetic_articles_take_over_when_real_ones_run_out() {
    let c = corpus();
    let cfg = GenConfig {
        docs: 700,
        seed: 11,
        ..GenConfig::default()
    };
    let (dump, truth, summary) = run(&c, &cfg);
    assert!(summary.synthetic > 300, "{summary:?}");
    let truth = lines(&truth);
    let docs = lines(&dump);
    // Synthetic unrelated articles are not copies of one another.
    let synthetic: Vec<Vec<u64>> = docs
        .iter()
        .zip(truth.iter().filter(|t| t["type"] == "doc"))
        .filter(|(_, t)| t["origin"] == "synthetic" && t["kind"] == "unrelated")
        .map(|(d, _)| truth::shingle_set(d["text"].as_str().unwrap()))
        .collect();
    assert!(synthetic.len() > 200);
    for (i, a) in synthetic.iter().enumerate() {
        for b in &synthetic[i + 1..] {
            assert!(truth::jaccard(a, b) < 0.1);
        }
    }
}
