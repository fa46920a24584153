//! Development harness for the story tier: clusters a labelled JSONL(.gz) file with the
//! library's story functions and prints pairwise P/R/F1 and ARI against its `story` labels,
//! for a list of thresholds. Settings come from environment variables so sweeps need no
//! rebuild. The published numbers come from benches/eval/ (which runs `retold scan`).
//!
//! cargo run --release --example story_eval -- FILE... [--thresholds 0.2,0.3]
//!
//! Settings: TITLE_WEIGHT, RELATIVE, CONFIDENT, NEIGHBOURS, NUMBER_BOOST, MIN_DF, KEYS, MIN_SHARED,
//! MIN_MAX_DF, MAX_MAX_DF (the blocking df cap's bounds),
//! WEEKDAY_ARTICLE, WEEKDAY_STORIES, OWN_TERMS.
//! Reports: DUMP=1 (cosine histograms of true/false candidate pairs, sample false pairs),
//! PAIRS=1 (every scored pair), PAIRDUMP=FILE (candidate pairs with gold label, term counts
//! and participation ratios, for offline analysis), COHESION=1 (mean internal cosine of
//! gold, pure and impure predicted stories by size), CLUSTERS=FILE (each record's cluster
//! label, a line per record in input order), MISSDIAG=1 (same-story pairs that are no
//! candidates, by how many keys they share and how common the rarest shared key is).
//! Experiment: CONTRAST=α discounts each article's terms by the share of its candidate
//! neighbours (cosine ≥ CONTRAST_MIN, at least CONTRAST_N of them) that hold them, then
//! clusters the re-weighted vectors (docs/retellings.md, "How the default was found", saga
//! contrast).
//! PHRASES=w adds each pair of adjacent content terms (stop words skipped) as a term of its
//! own, weighted × w, to the cosine (blocking keys stay single terms); PHRASE_NUM=1 lets
//! pairs run through numbers.

use retold::story::terms::count_terms;
use retold::story::vectors::{weigh, DocFreq, WeightConfig};
use retold::story::{find_stories, StoryConfig};
use std::collections::HashMap;
use std::io::BufRead;

struct Record {
    text: String,
    title: Option<String>,
    story: String,
}

fn load(path: &str) -> Vec<Record> {
    let file = std::fs::File::open(path).expect("open");
    let reader: Box<dyn BufRead> = if path.ends_with(".gz") {
        Box::new(std::io::BufReader::new(flate2::read::MultiGzDecoder::new(
            file,
        )))
    } else {
        Box::new(std::io::BufReader::new(file))
    };
    reader
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l.expect("line")).expect("json");
            let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
            let text = s("text").unwrap_or_default();
            Record {
                text: if text.trim().is_empty() {
                    s("title").unwrap_or_default()
                } else {
                    text
                },
                title: s("title"),
                story: s("story").unwrap_or_else(|| v["id"].to_string()),
            }
        })
        .collect()
}

fn comb2(n: u64) -> f64 {
    (n * n.saturating_sub(1) / 2) as f64
}

/// Pairwise P, R, F1 and ARI of `pred` (cluster label per record) against `gold`.
fn scores(gold: &[&str], pred: &[usize]) -> (f64, f64, f64, f64) {
    let mut nij: HashMap<(&str, usize), u64> = HashMap::new();
    let mut gi: HashMap<&str, u64> = HashMap::new();
    let mut pj: HashMap<usize, u64> = HashMap::new();
    for (g, p) in gold.iter().zip(pred) {
        *nij.entry((g, *p)).or_default() += 1;
        *gi.entry(g).or_default() += 1;
        *pj.entry(*p).or_default() += 1;
    }
    let tp: f64 = nij.values().map(|&v| comb2(v)).sum();
    let gp: f64 = gi.values().map(|&v| comb2(v)).sum();
    let pp: f64 = pj.values().map(|&v| comb2(v)).sum();
    let p = if pp > 0.0 { tp / pp } else { 0.0 };
    let r = if gp > 0.0 { tp / gp } else { 0.0 };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let expected = gp * pp / comb2(gold.len() as u64);
    let max = (gp + pp) / 2.0;
    let ari = if max != expected {
        (tp - expected) / (max - expected)
    } else {
        1.0
    };
    (p, r, f, ari)
}

fn env<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut thresholds = vec![retold::story::DEFAULT_STORY_THRESHOLD];
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--thresholds" {
            thresholds = it
                .next()
                .expect("list")
                .split(',')
                .map(|x| x.parse().expect("f32"))
                .collect();
        } else {
            files.push(a.clone());
        }
    }
    let mut cfg = StoryConfig::default();
    cfg.title_weight = env("TITLE_WEIGHT", cfg.title_weight);
    cfg.weekdays.article = env("WEEKDAY_ARTICLE", cfg.weekdays.article);
    cfg.weekdays.stories = env("WEEKDAY_STORIES", cfg.weekdays.stories);
    cfg.relative = env("RELATIVE", cfg.relative);
    cfg.own_terms = env("OWN_TERMS", cfg.own_terms);
    cfg.confident = env("CONFIDENT", cfg.confident);
    cfg.neighbours = env("NEIGHBOURS", cfg.neighbours);
    cfg.weights = WeightConfig {
        number_boost: env("NUMBER_BOOST", cfg.weights.number_boost),
        min_df: env("MIN_DF", cfg.weights.min_df),
        headline_df_per_root: env("HEADLINE_REL", cfg.weights.headline_df_per_root),
    };
    cfg.blocking.keys_per_doc = env("KEYS", cfg.blocking.keys_per_doc);
    cfg.blocking.min_shared = env("MIN_SHARED", cfg.blocking.min_shared);
    cfg.blocking.min_max_df = env("MIN_MAX_DF", cfg.blocking.min_max_df);
    cfg.blocking.max_max_df = env("MAX_MAX_DF", cfg.blocking.max_max_df);
    for path in &files {
        let records = load(path);
        let counts: Vec<_> = records
            .iter()
            .map(|r| {
                count_terms(
                    &r.text,
                    if r.text == r.title.clone().unwrap_or_default() {
                        None
                    } else {
                        r.title.as_deref()
                    },
                    cfg.title_weight,
                )
            })
            .collect();
        let df = DocFreq::from_counts(counts.iter().map(Vec::as_slice), cfg.weights.min_df);
        let vectors: Vec<_> = counts.iter().map(|c| weigh(c, &df, &cfg.weights)).collect();
        let gold: Vec<&str> = records.iter().map(|r| r.story.as_str()).collect();
        {
            let mut lens: Vec<usize> = vectors.iter().map(|v| v.terms.len()).collect();
            lens.sort();
            println!(
                "terms per vector: p10 {} median {} p90 {}",
                lens[lens.len() / 10],
                lens[lens.len() / 2],
                lens[lens.len() * 9 / 10]
            );
        }
        let days = vec![None; records.len()];
        if std::env::var("MISSDIAG").is_ok() {
            miss_diagnostic(&vectors, &df, &gold, &cfg);
        }
        let name = path.rsplit('/').next().unwrap_or(path);
        {
            // Nearest-neighbour accuracy among blocking candidates (min_shared = 1).
            let c = StoryConfig {
                blocking: retold::story::blocking::BlockingConfig {
                    min_shared: 1,
                    ..cfg.blocking
                },
                ..cfg.clone()
            };
            let r = find_stories(&vectors, &df, &[], &days, &c);
            let mut best = vec![(0.0f32, u32::MAX); records.len()];
            for &(a, b, s) in &r.scored {
                if s > best[a as usize].0 {
                    best[a as usize] = (s, b);
                }
                if s > best[b as usize].0 {
                    best[b as usize] = (s, a);
                }
            }
            let ok = best
                .iter()
                .enumerate()
                .filter(|(i, b)| b.1 != u32::MAX && gold[*i] == gold[b.1 as usize])
                .count();
            println!(
                "{name:28} nearest-neighbour accuracy {:.3}",
                ok as f64 / records.len() as f64
            );
            if let Ok(out) = std::env::var("PAIRDUMP") {
                use std::io::Write;
                let mut f = std::io::BufWriter::new(std::fs::File::create(&out).expect("create"));
                let pr = |v: &retold::story::vectors::StoryVector| {
                    let s2: f32 = v.terms.iter().map(|t| t.1 * t.1).sum();
                    let s4: f32 = v.terms.iter().map(|t| t.1.powi(4)).sum();
                    if s4 > 0.0 {
                        s2 * s2 / s4
                    } else {
                        0.0
                    }
                };
                for &(a, b, s) in &r.scored {
                    let (va, vb) = (&vectors[a as usize], &vectors[b as usize]);
                    writeln!(
                        f,
                        "{a}\t{b}\t{s:.4}\t{}\t{}\t{}\t{:.1}\t{:.1}",
                        (gold[a as usize] == gold[b as usize]) as u8,
                        va.terms.len(),
                        vb.terms.len(),
                        pr(va),
                        pr(vb)
                    )
                    .unwrap();
                }
            }
            if std::env::var("DUMP").is_ok() {
                let mut false_pairs: Vec<_> = r
                    .scored
                    .iter()
                    .filter(|p| gold[p.0 as usize] != gold[p.1 as usize])
                    .collect();
                false_pairs.sort_by(|x, y| y.2.total_cmp(&x.2));
                let mut hist_true = [0usize; 10];
                let mut hist_false = [0usize; 10];
                for p in &r.scored {
                    let bin = ((p.2 * 10.0) as usize).min(9);
                    if gold[p.0 as usize] == gold[p.1 as usize] {
                        hist_true[bin] += 1
                    } else {
                        hist_false[bin] += 1
                    }
                }
                println!(
                    "cosine histogram true {hist_true:?}\n                 false {hist_false:?}"
                );
                let short = |i: u32| {
                    let r = &records[i as usize];
                    format!(
                        "[{}] {} | {}",
                        r.story,
                        r.title.clone().unwrap_or_default(),
                        r.text.chars().take(150).collect::<String>()
                    )
                };
                for p in false_pairs.iter().step_by(7).take(12) {
                    println!("{:.3}\n  {}\n  {}", p.2, short(p.0), short(p.1));
                }
            }
        }
        for &t in &thresholds {
            let c = StoryConfig {
                threshold: t,
                ..cfg.clone()
            };
            let result = if let Ok(w) = std::env::var("PHRASES") {
                phrase_stories(&records, &vectors, &df, &days, &c, w.parse().expect("w"))
            } else if let Ok(alpha) = std::env::var("CONTRAST") {
                contrast_stories(&vectors, &df, &days, &c, alpha.parse().expect("alpha"))
            } else {
                find_stories(&vectors, &df, &[], &days, &c)
            };
            let gold_pairs: usize = {
                let mut m: HashMap<&str, usize> = HashMap::new();
                gold.iter().for_each(|g| *m.entry(g).or_default() += 1);
                m.values().map(|&v| v * (v - 1) / 2).sum()
            };
            let found = result
                .scored
                .iter()
                .filter(|p| gold[p.0 as usize] == gold[p.1 as usize])
                .count();
            let mut label: Vec<usize> = (0..records.len()).map(|i| records.len() + i).collect();
            for (s, members) in result.stories.iter().enumerate() {
                members.iter().for_each(|&m| label[m as usize] = s);
            }
            let (p, r, f, ari) = scores(&gold, &label);
            if let Ok(out) = std::env::var("CLUSTERS") {
                let lines: Vec<String> = label.iter().map(|l| l.to_string()).collect();
                std::fs::write(&out, lines.join("\n")).expect("write CLUSTERS");
            }
            if std::env::var("COHESION").is_ok() {
                cohesion_report(name, &vectors, &gold, &result.stories);
            }
            if std::env::var("PAIRS").is_ok() {
                for p in &result.scored {
                    println!("  {} {} {:.3}", p.0, p.1, p.2);
                }
            }
            println!(
                "{name:28} t={t:.2}  P {p:.3} R {r:.3} F1 {f:.3} ARI {ari:.3}   cand/doc {:.1} cand-recall {:.3}",
                result.scored.len() as f64 / records.len() as f64,
                found as f64 / gold_pairs.max(1) as f64
            );
        }
    }
}

/// Mean pairwise cosine of a group.
fn cohesion(vectors: &[retold::story::vectors::StoryVector], members: &[u32]) -> f32 {
    let mut sum = 0.0;
    let mut n = 0;
    for (i, &a) in members.iter().enumerate() {
        for &b in &members[i + 1..] {
            sum += retold::story::vectors::cosine(&vectors[a as usize], &vectors[b as usize]);
            n += 1;
        }
    }
    if n == 0 {
        0.0
    } else {
        sum / n as f32
    }
}

/// Cohesion by size: gold stories, pure predicted stories, impure predicted stories.
fn cohesion_report(
    name: &str,
    vectors: &[retold::story::vectors::StoryVector],
    gold: &[&str],
    stories: &[Vec<u32>],
) {
    let mut by_gold: HashMap<&str, Vec<u32>> = HashMap::new();
    for (i, g) in gold.iter().enumerate() {
        by_gold.entry(g).or_default().push(i as u32);
    }
    let bucket = |n: usize| match n {
        0..=2 => 0,
        3..=4 => 1,
        5..=8 => 2,
        9..=16 => 3,
        _ => 4,
    };
    let mut rows = vec![vec![Vec::new(); 5]; 3];
    for m in by_gold.values().filter(|m| m.len() >= 2) {
        rows[0][bucket(m.len())].push(cohesion(vectors, m));
    }
    for m in stories {
        let pure = m.iter().all(|&x| gold[x as usize] == gold[m[0] as usize]);
        rows[if pure { 1 } else { 2 }][bucket(m.len())].push(cohesion(vectors, m));
    }
    for (label, row) in ["gold", "pure", "impure"].iter().zip(&rows) {
        let cells: Vec<String> = row
            .iter()
            .map(|c| {
                let mut c = c.clone();
                c.sort_by(f32::total_cmp);
                if c.is_empty() {
                    "-".into()
                } else {
                    format!(
                        "n={} p10={:.2} med={:.2}",
                        c.len(),
                        c[c.len() / 10],
                        c[c.len() / 2]
                    )
                }
            })
            .collect();
        println!(
            "{name:20} {label:7} 2|3-4|5-8|9-16|17+: {}",
            cells.join(" | ")
        );
    }
}

/// Experiment: discount each article's terms by how many of its candidate neighbours share
/// them (saga vocabulary), then cluster on the re-weighted vectors.
fn contrast_stories(
    vectors: &[retold::story::vectors::StoryVector],
    df: &retold::story::vectors::DocFreq,
    days: &[Option<i32>],
    cfg: &StoryConfig,
    alpha: f32,
) -> retold::story::StoryResult {
    use retold::story::vectors::StoryVector;
    let min_sim: f32 = env("CONTRAST_MIN", 0.15);
    let scored = retold::story::score_candidates(vectors, df, days, cfg);
    let mut neighbours: Vec<Vec<u32>> = vec![Vec::new(); vectors.len()];
    for &(a, b, s) in &scored {
        if s >= min_sim {
            neighbours[a as usize].push(b);
            neighbours[b as usize].push(a);
        }
    }
    let min_n: usize = env("CONTRAST_N", 4);
    let reweighted: Vec<StoryVector> = vectors
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let n = &neighbours[i];
            if n.len() < min_n {
                return v.clone();
            }
            let terms: Vec<(u32, f32)> = v
                .terms
                .iter()
                .map(|&(t, w)| {
                    let c = n
                        .iter()
                        .filter(|&&j| {
                            vectors[j as usize]
                                .terms
                                .binary_search_by_key(&t, |x| x.0)
                                .is_ok()
                        })
                        .count() as f32
                        / n.len() as f32;
                    (t, w * (1.0 - alpha * c))
                })
                .collect();
            StoryVector::unit(terms, v.weekdays)
        })
        .collect();
    recluster(&scored, &reweighted, cfg)
}

/// Experiment: adjacent content-term pairs (stop words skipped) as extra terms, weighted
/// × w, in the cosine only (blocking keys stay unigrams).
fn phrase_stories(
    records: &[Record],
    vectors: &[retold::story::vectors::StoryVector],
    df: &retold::story::vectors::DocFreq,
    days: &[Option<i32>],
    cfg: &StoryConfig,
    w: f32,
) -> retold::story::StoryResult {
    use retold::story::terms::{term_hash, terms, TermCount, TermKind};
    use retold::story::vectors::StoryVector;
    let across_numbers = std::env::var("PHRASE_NUM").is_ok();
    let phrase_counts: Vec<Vec<TermCount>> = records
        .iter()
        .map(|r| {
            let mut all: Vec<u64> = Vec::new();
            let mut each = |text: &str| {
                let mut prev: Option<u64> = None;
                terms(text, |t, k| {
                    let h = term_hash(t, k);
                    if let Some(p) = prev {
                        if k == TermKind::Word || across_numbers {
                            all.push(p.rotate_left(17) ^ h ^ 0x9e37_79b9_7f4a_7c15);
                        }
                    }
                    prev = if k == TermKind::Word || across_numbers {
                        Some(h)
                    } else {
                        None
                    };
                });
            };
            each(&r.text);
            if let Some(t) = &r.title {
                if *t != r.text {
                    each(t);
                }
            }
            all.sort_unstable();
            let mut out: Vec<TermCount> = Vec::new();
            for h in all {
                match out.last_mut() {
                    Some(last) if last.hash == h => last.tf += 1,
                    _ => out.push(TermCount {
                        hash: h,
                        tf: 1,
                        kind: TermKind::Word,
                    }),
                }
            }
            out
        })
        .collect();
    let pdf =
        retold::story::vectors::DocFreq::from_counts(phrase_counts.iter().map(Vec::as_slice), 2);
    let offset = 1u32 << 24;
    let combined: Vec<StoryVector> = vectors
        .iter()
        .zip(&phrase_counts)
        .map(|(v, pc)| {
            // unigram part: raw weights recomputed from the unit vector are fine up to scale;
            // use the unit vector as is and add phrases scaled relative to it.
            let pv = retold::story::vectors::weigh(pc, &pdf, &Default::default());
            let mut terms: Vec<(u32, f32)> = v.terms.clone();
            terms.extend(pv.terms.iter().map(|&(id, x)| (id + offset, x * w)));
            StoryVector::unit(terms, v.weekdays)
        })
        .collect();
    let scored = retold::story::score_candidates(vectors, df, days, cfg);
    recluster(&scored, &combined, cfg)
}

/// The experiments' common end: the candidate pairs scored again on other vectors, then
/// clustered as `scan` clusters them.
fn recluster(
    scored: &[(u32, u32, f32)],
    vectors: &[retold::story::vectors::StoryVector],
    cfg: &StoryConfig,
) -> retold::story::StoryResult {
    use retold::story::vectors::cosine;
    let rescored: Vec<(u32, u32, f32)> = scored
        .iter()
        .map(|&(a, b, _)| (a, b, cosine(&vectors[a as usize], &vectors[b as usize])))
        .collect();
    let stories = retold::story::link_stories(vectors, &[], &rescored, &[], cfg);
    retold::story::StoryResult {
        scored: rescored,
        stories,
    }
}

/// Same-story pairs that are no candidates: how many keys they share, the df of the rarest
/// shared one, and their key counts.
fn miss_diagnostic(
    vectors: &[retold::story::vectors::StoryVector],
    df: &DocFreq,
    gold: &[&str],
    cfg: &StoryConfig,
) {
    let keys: Vec<Vec<u32>> = vectors
        .iter()
        .map(|v| retold::story::blocking::keys(v, df, &cfg.blocking))
        .collect();
    let mut by_story: HashMap<&str, Vec<usize>> = HashMap::new();
    gold.iter()
        .enumerate()
        .for_each(|(i, g)| by_story.entry(g).or_default().push(i));
    let mut hist: HashMap<(usize, u32, bool), usize> = HashMap::new();
    let (mut total, mut missed) = (0, 0);
    for members in by_story.values() {
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                total += 1;
                let shared: Vec<u32> = keys[a]
                    .iter()
                    .filter(|k| keys[b].contains(k))
                    .copied()
                    .collect();
                if shared.len() >= cfg.blocking.min_shared {
                    continue;
                }
                missed += 1;
                let min_df = shared.iter().map(|&k| df.df(k) as u32).min().unwrap_or(0);
                let bucket = match min_df {
                    0 => 0,
                    1..=5 => 5,
                    6..=10 => 10,
                    11..=20 => 20,
                    21..=50 => 50,
                    51..=100 => 100,
                    _ => 1000,
                };
                let short = keys[a].len() <= 10 || keys[b].len() <= 10;
                *hist.entry((shared.len(), bucket, short)).or_default() += 1;
            }
        }
    }
    println!(
        "same-story pairs {total}, not sharing {} keys {missed}",
        cfg.blocking.min_shared
    );
    let mut rows: Vec<_> = hist.into_iter().collect();
    rows.sort();
    for ((n, d, short), c) in rows {
        println!("  shared {n} min-df<={d} either-short {short}: {c}");
    }
}
