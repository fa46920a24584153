//! The copy tier against brute force on real dumps (issue 2, item 10).
//!
//! For `../shared/data/reuters21578.jsonl.gz` and `bbc.jsonl.gz`, every pair of records whose
//! exact word-5-shingle Jaccard is at least 0.8 is found by brute force with an inverted index,
//! from a tokenizer written here independently of retold's (NFKC, lower case, maximal runs of
//! alphanumeric characters, as `benches/eval/brute_copies.py`). Then
//! `retold scan --copies-only --threshold 0.8` must find at least 99% of those pairs and
//! report no pair whose exact Jaccard is below 0.8; and every pair of records whose texts are
//! identical up to whitespace must be reported as `duplicate`. Skipped, with a message, when
//! the data folder is absent (it is not part of the repository).

mod common;

use serde_json::Value;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

const THRESHOLD: f64 = 0.8;
const K: usize = 5;

fn data_dir() -> PathBuf {
    common::shared_data()
}

struct Record {
    id: String,
    text: String,
}

fn read_dump(path: &Path) -> Vec<Record> {
    let file = std::fs::File::open(path).unwrap();
    let reader = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(file));
    let mut out = Vec::new();
    for line in reader.lines() {
        let line = line.unwrap();
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line).unwrap();
        let id = match &v["id"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let text = v["text"].as_str().unwrap_or("");
        let text = if text.trim().is_empty() {
            v["title"].as_str().unwrap_or("")
        } else {
            text
        };
        if text.trim().is_empty() {
            continue;
        }
        out.push(Record {
            id,
            text: text.to_string(),
        });
    }
    out
}

/// Sorted, deduplicated hashes of the word 5-shingles (std's SipHash with fixed keys: not the
/// hash retold uses). A text of fewer than K tokens has one shingle of all its tokens.
fn shingles(text: &str) -> Vec<u64> {
    let folded: String = text.nfkc().collect::<String>().to_lowercase();
    let tokens: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let hash = |window: &[&str]| {
        let mut h = DefaultHasher::new();
        window.hash(&mut h);
        h.finish()
    };
    let mut out: Vec<u64> = if tokens.is_empty() {
        Vec::new()
    } else if tokens.len() < K {
        vec![hash(&tokens)]
    } else {
        tokens.windows(K).map(hash).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Every pair (i < j) with Jaccard ≥ THRESHOLD, by counting shared shingles through an
/// inverted index.
fn brute_force(sets: &[Vec<u64>]) -> HashMap<(usize, usize), f64> {
    let mut index: HashMap<u64, Vec<u32>> = HashMap::new();
    for (d, s) in sets.iter().enumerate() {
        for &h in s {
            index.entry(h).or_default().push(d as u32);
        }
    }
    let mut truth = HashMap::new();
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for (i, s) in sets.iter().enumerate() {
        counts.clear();
        for h in s {
            for &j in &index[h] {
                if j as usize > i {
                    *counts.entry(j).or_default() += 1;
                }
            }
        }
        for (&j, &inter) in &counts {
            let j = j as usize;
            let union = s.len() + sets[j].len() - inter;
            let jac = inter as f64 / union as f64;
            if jac >= THRESHOLD {
                truth.insert((i, j), jac);
            }
        }
    }
    truth
}

fn check(file: &str, expected_whitespace_duplicates: usize) {
    let path = data_dir().join(file);
    if !path.exists() {
        eprintln!("skipped: {} is absent", path.display());
        return;
    }
    let records = read_dump(&path);
    let sets: Vec<Vec<u64>> = records.iter().map(|r| shingles(&r.text)).collect();
    let position: HashMap<&str, usize> = records
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    assert_eq!(position.len(), records.len(), "{file}: ids are unique");
    let truth = brute_force(&sets);
    assert!(!truth.is_empty(), "{file}: the dump has copies");

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_retold"))
        .args([
            "scan",
            "--copies-only",
            "--threshold",
            "0.8",
            "--format",
            "json",
            "-q",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["documents"].as_u64().unwrap() as usize,
        records.len(),
        "{file}: retold read the same records"
    );
    let mut reported: HashSet<(usize, usize)> = HashSet::new();
    let mut duplicates: HashSet<(usize, usize)> = HashSet::new();
    let mut below = Vec::new();
    for p in report["pairs"].as_array().unwrap() {
        let (a, b) = (p["a"].as_str().unwrap(), p["b"].as_str().unwrap());
        let (x, y) = (position[a], position[b]);
        let key = (x.min(y), x.max(y));
        reported.insert(key);
        if p["relation"] == "duplicate" {
            duplicates.insert(key);
        }
        let exact = jaccard(&sets[key.0], &sets[key.1]);
        if exact < THRESHOLD {
            below.push((exact, a.to_string(), b.to_string(), p["score"].clone()));
        }
    }
    let found = truth.keys().filter(|k| reported.contains(k)).count();
    let recall = found as f64 / truth.len() as f64;
    let mut missed: Vec<(f64, &str, &str)> = truth
        .iter()
        .filter(|(k, _)| !reported.contains(k))
        .map(|(k, &j)| (j, records[k.0].id.as_str(), records[k.1].id.as_str()))
        .collect();
    missed.sort_by(|x, y| x.partial_cmp(y).unwrap());

    // Texts identical up to whitespace: every such pair must be reported.
    let mut by_text: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, r) in records.iter().enumerate() {
        let key = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
        by_text.entry(key).or_default().push(i);
    }
    let mut dup_pairs = 0;
    let mut dup_missed = Vec::new();
    for group in by_text.values() {
        for (n, &i) in group.iter().enumerate() {
            for &j in &group[n + 1..] {
                dup_pairs += 1;
                // Reported, and as `duplicate`: whitespace (a line break for a space) is
                // no edit.
                if !duplicates.contains(&(i.min(j), i.max(j))) {
                    dup_missed.push((records[i].id.clone(), records[j].id.clone()));
                }
            }
        }
    }

    eprintln!(
        "{file}: {} documents; brute force: {} pairs with Jaccard >= {THRESHOLD}; retold: {} pairs, \
         recall {recall:.4} ({found}/{}), {} below the threshold; whitespace-identical pairs: {dup_pairs}, \
         {} missed",
        records.len(),
        truth.len(),
        reported.len(),
        truth.len(),
        below.len(),
        dup_missed.len(),
    );
    assert!(
        recall >= 0.99,
        "{file}: recall {recall:.4}; lowest missed: {:?}",
        &missed[..missed.len().min(10)]
    );
    assert!(
        below.is_empty(),
        "{file}: pairs below {THRESHOLD}: {:?}",
        &below[..below.len().min(10)]
    );
    assert_eq!(
        dup_pairs, expected_whitespace_duplicates,
        "{file}: whitespace-identical pairs"
    );
    assert!(
        dup_missed.is_empty(),
        "{file}: identical texts not reported as duplicate: {dup_missed:?}"
    );
}

#[test]
fn reuters21578_copies_match_brute_force() {
    check("reuters21578.jsonl.gz", 287);
}

#[test]
fn bbc_copies_match_brute_force() {
    check("bbc.jsonl.gz", 96);
}
