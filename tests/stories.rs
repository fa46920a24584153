//! The story tier end to end: the seeds are one story of retellings, alone and hidden among
//! thousands of unrelated articles; `score` gives the scores `scan` uses; `compare` shows its
//! evidence; and on the labelled dev sets the one default configuration keeps its quality.
//! Tests that read ../shared/data skip (with a message) when it is absent.

mod common;

use common::{fixture, json_output, retold, scan_all, seed_texts};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn data(name: &str) -> Option<PathBuf> {
    let p = common::shared_data().join(name);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} is absent", p.display());
        None
    }
}

fn seeds() -> String {
    fixture("seeds").display().to_string()
}

fn seed_ids() -> BTreeSet<String> {
    std::fs::read_dir(fixture("seeds"))
        .unwrap()
        .map(|e| {
            e.unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

fn members(story: &Value) -> BTreeSet<String> {
    story["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_seeds_are_one_story_of_retellings() {
    let (code, json, stderr) = scan_all(&[&seeds()]);
    assert_eq!(code, 0, "{stderr}");
    let stories = json["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 1, "{json}");
    assert_eq!(members(&stories[0]), seed_ids());
    let pairs = json["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 10, "every pair of the five seeds is reported");
    for p in pairs {
        assert_eq!(p["relation"], "retelling", "{p}");
        let s = p["score"].as_f64().unwrap();
        assert!(s > 0.0 && s <= 1.0);
        assert!(p["a"].as_str() < p["b"].as_str());
    }
}

#[test]
fn the_seeds_stay_one_story_among_thousands_of_unrelated_articles() {
    let (Some(bbc), Some(reuters)) = (data("bbc.jsonl.gz"), data("reuters21578.jsonl.gz")) else {
        return;
    };
    let (code, json, stderr) = scan_all(&[
        &seeds(),
        bbc.to_str().unwrap(),
        reuters.to_str().unwrap(),
        "--no-claims",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(json["documents"].as_u64().unwrap() > 20_000);
    let ids = seed_ids();
    let with_seeds: Vec<BTreeSet<String>> = json["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(members)
        .filter(|m| m.iter().any(|id| ids.contains(id)))
        .collect();
    assert_eq!(
        with_seeds,
        vec![ids],
        "exactly one story holds the seeds, and nothing else"
    );
}

#[test]
fn score_gives_the_scores_scan_reports() {
    let (_, json, _) = scan_all(&[&seeds(), "--no-claims"]);
    let scanned: BTreeMap<(String, String), f64> = json["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let key = (
                p["a"].as_str().unwrap().to_string(),
                p["b"].as_str().unwrap().to_string(),
            );
            (key, p["score"].as_f64().unwrap())
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("pairs.tsv");
    let mut lines = String::from("a\tb\n");
    for (a, b) in scanned.keys() {
        lines.push_str(&format!("{b}\t{a}\n")); // either order
    }
    std::fs::write(&tsv, lines).unwrap();
    let out = retold()
        .args(["score", &seeds(), "--quiet", "--pairs"])
        .arg(&tsv)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        rows.len(),
        scanned.len(),
        "one line per pair, header skipped"
    );
    for (row, ((a, b), score)) in rows.iter().zip(&scanned) {
        let cols: Vec<&str> = row.split('\t').collect();
        assert_eq!(
            (cols[0], cols[1]),
            (b.as_str(), a.as_str()),
            "in the order given"
        );
        let got: f64 = cols[2].parse().unwrap();
        assert!((got - score).abs() < 1e-5, "{row}: scan said {score}");
    }
}

#[test]
fn score_flags_unknown_ids_and_keeps_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("pairs.tsv");
    std::fs::write(&tsv, "000_ca3e3c6ed76e9463\tno-such-id\n").unwrap();
    let out = retold()
        .args(["score", &seeds(), "--quiet", "--pairs"])
        .arg(&tsv)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "000_ca3e3c6ed76e9463\tno-such-id\t\n"
    );
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("pairs.tsv:1: no document with id `no-such-id`"));
}

/// One bad line of a pairs file costs only that line, and says why; the file may be gzip
/// compressed like any input (found by a new-user run: a Latin-1 byte lost the whole run).
#[test]
fn score_reads_every_good_line_of_a_compressed_pairs_file() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("pairs.tsv.gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(
        b"000_ca3e3c6ed76e9463\t001_6be7525d00f2841b\n\
          bad\xe9\t000_ca3e3c6ed76e9463\n\
          ghost1\tghost2\n\
          000_ca3e3c6ed76e9463\t003_99afa6acf7abe6a5\tlabel\n",
    )
    .unwrap();
    std::fs::write(&tsv, gz.finish().unwrap()).unwrap();
    let out = retold()
        .args(["score", &seeds(), "--quiet", "--pairs"])
        .arg(&tsv)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a line was lost");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = stdout.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 3, "{stdout}");
    assert!(rows[0][2].parse::<f64>().unwrap() > 0.0);
    assert_eq!(rows[1], ["ghost1", "ghost2", ""]);
    assert_eq!(
        rows[2][..2],
        ["000_ca3e3c6ed76e9463", "003_99afa6acf7abe6a5"]
    );
    assert!(rows[2][2].parse::<f64>().unwrap() > 0.0);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("pairs.tsv.gz:2: not UTF-8; line skipped"),
        "{stderr}"
    );
    assert!(
        stderr.contains("no document with id `ghost1` or `ghost2`"),
        "{stderr}"
    );
    assert!(stderr.contains("pairs.tsv.gz:4: 3 columns"), "{stderr}");
}

#[test]
fn compare_shows_the_evidence() {
    let a = fixture("seeds/003_99afa6acf7abe6a5.txt");
    let b = fixture("seeds/004_e8acb1b60b989aad.txt");
    let out = retold()
        .args(["compare", "--quiet", "--corpus", &seeds()])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("retelling: story similarity"), "{text}");
    assert!(
        text.contains("Kuleba ≈ Kouleba"),
        "spelling variants are shown: {text}"
    );
    assert!(text.contains("shared numbers"), "{text}");
    assert!(text.contains("~ spelling variant: "), "{text}");
    assert!(
        !text.contains("spelling variant spelling_variant"),
        "a variant's heading names its kind once: {text}"
    );
    let json = retold()
        .args([
            "compare",
            "--quiet",
            "--format",
            "json",
            "--corpus",
            &seeds(),
            "003_99afa6acf7abe6a5",
            "004_e8acb1b60b989aad",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["relation"], "retelling");
    assert!(
        v["jaccard"].as_f64().unwrap() < 0.05,
        "retellings share almost no shingles"
    );
    assert!(v["shared"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["text"] == "NATO" && s["kind"] == "name"));
}

#[test]
fn compare_calls_only_names_spelled_differently() {
    // "meet" / "met" share a term, but they are one word's forms, not two spellings.
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let a = write(
        "wire.txt",
        "Paris talks on Ukraine end without breakthrough\n\nTalks in Paris between Russian and \
         Ukrainian advisers lasted eight hours on Wednesday, the Kremlin said. Ukrainian Foreign \
         Minister Dmytro Kuleba said the talks were difficult but useful. The advisers will meet \
         again in Berlin in two weeks.\n",
    );
    let b = write(
        "rewrite.txt",
        "Russia and Ukraine hold talks in Paris\n\nRussian and Ukrainian presidential advisers met \
         in Paris on Wednesday for talks that lasted more than five hours. Ukraine's foreign \
         minister, Dmytro Kouleba, said the talks were difficult. The advisers met to prepare a \
         meeting in Berlin in two weeks.\n",
    );
    let out = retold()
        .args(["compare", "--quiet"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let spelled = text
        .lines()
        .find(|l| l.trim_start().starts_with("spelled differently"))
        .unwrap_or_else(|| panic!("a spelled-differently line: {text}"));
    assert!(spelled.contains("Kuleba ≈ Kouleba"), "{spelled}");
    assert!(!spelled.contains("meet ≈ met"), "{spelled}");
    // The foreign minister after a possessor and a comma is a person: a spelling variant.
    assert!(text.contains("~ spelling variant: Kouleba"), "{text}");
}

#[test]
fn compare_reads_a_corpus_whose_fields_have_other_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("renamed.jsonl");
    let lines: Vec<String> = seed_texts()
        .into_iter()
        .map(|(id, text)| serde_json::json!({"key": id, "words": text}).to_string())
        .collect();
    std::fs::write(&path, lines.join("\n")).unwrap();
    let out = retold()
        .args(["compare", "--quiet", "--format", "json", "--corpus"])
        .arg(&path)
        .args(["--text-field", "words", "--id-field", "key"])
        .args(["003_99afa6acf7abe6a5", "004_e8acb1b60b989aad"])
        .output()
        .unwrap();
    assert_eq!(json_output(out)["relation"], "retelling");
}

#[test]
fn a_rewrite_of_an_unrelated_story_is_not_a_retelling() {
    let a = fixture("copies/original.txt");
    let b = fixture("seeds/002_938be92725bdc9c3.txt");
    let out = retold()
        .args(["compare", "--quiet", "--format", "json"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["relation"], "unrelated", "{v}");
}

/// Pairwise F1 of `retold scan FILE` against the file's `story` labels.
fn story_f1(path: &Path) -> f64 {
    let (code, json, stderr) = scan_all(&[path.to_str().unwrap(), "--no-claims"]);
    assert_eq!(code, 0, "{stderr}");
    let gold: BTreeMap<String, String> = {
        let f = flate2::read::MultiGzDecoder::new(std::fs::File::open(path).unwrap());
        std::io::BufRead::lines(std::io::BufReader::new(f))
            .map(|l| {
                let v: Value = serde_json::from_str(&l.unwrap()).unwrap();
                (
                    v["id"].as_str().unwrap().to_string(),
                    v["story"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let mut pred: BTreeMap<&str, usize> = BTreeMap::new();
    for (s, story) in json["stories"].as_array().unwrap().iter().enumerate() {
        for m in story["members"].as_array().unwrap() {
            pred.insert(m.as_str().unwrap(), s);
        }
    }
    // Pairs counted from the contingency table: C(n, 2) summed over gold groups, predicted
    // groups and their intersections (an unclustered record is alone: no pairs).
    fn pairs<K>(sizes: &BTreeMap<K, u64>) -> u64 {
        sizes.values().map(|&n| n * n.saturating_sub(1) / 2).sum()
    }
    let (mut by_gold, mut by_pred, mut by_both) =
        (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
    for (id, story) in &gold {
        *by_gold.entry(story.as_str()).or_default() += 1;
        if let Some(&p) = pred.get(id.as_str()) {
            *by_pred.entry(p).or_default() += 1;
            *by_both.entry((story.as_str(), p)).or_default() += 1;
        }
    }
    let (tp, gold_pos, pred_pos) = (pairs(&by_both), pairs(&by_gold), pairs(&by_pred));
    let (p, r) = (
        tp as f64 / pred_pos.max(1) as f64,
        tp as f64 / gold_pos.max(1) as f64,
    );
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    eprintln!("{}: P {p:.3} R {r:.3} F1 {f1:.3}", path.display());
    f1
}

#[test]
fn one_default_finds_the_same_event_groups_of_ecb_plus() {
    if let Some(p) = data("ecbplus-dev.jsonl.gz") {
        assert!(story_f1(&p) >= 0.85, "the issue's target for ECB+ dev");
    }
}

#[test]
fn one_default_groups_every_translation_of_a_wmt_article() {
    for name in ["wmt21-ja-en.jsonl.gz", "wmt21-is-en.jsonl.gz"] {
        if let Some(p) = data(name) {
            assert!(story_f1(&p) >= 0.99, "the issue's target for WMT21: {name}");
        }
    }
}

/// AllSides: 3,064 politics stories naming the same politicians, many of them successive
/// stories of one saga. Measured 0.609 with the clustering's rival rule and weekday penalty,
/// 0.533 with the rival rule alone, 0.438 with neither (the issue asks for 0.65, not met);
/// the floor guards both.
#[test]
fn the_stories_of_one_saga_stay_apart() {
    if let Some(p) = data("allsides.jsonl.gz") {
        assert!(story_f1(&p) >= 0.58, "AllSides F1 fell back toward 0.53");
    }
}

#[test]
fn a_story_can_mix_copies_and_retellings() {
    let (code, json, stderr) = scan_all(&[fixture("mixed").to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let stories = json["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 1, "{json}");
    let want: BTreeSet<String> = [
        "lighthouse_original",
        "lighthouse_retold",
        "lighthouse_syndicated",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(members(&stories[0]), want);
    let relation = |a: &str, b: &str| {
        json["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["a"] == a && p["b"] == b)
            .map(|p| p["relation"].as_str().unwrap().to_string())
    };
    assert_eq!(
        relation("lighthouse_original", "lighthouse_syndicated").as_deref(),
        Some("near_duplicate")
    );
    assert_eq!(
        relation("lighthouse_original", "lighthouse_retold").as_deref(),
        Some("retelling")
    );
    assert_eq!(
        relation("lighthouse_retold", "lighthouse_syndicated").as_deref(),
        Some("retelling")
    );
}

/// Copies of an article do not pull it out of its story: each seed once, one seed twice, or
/// every seed twice, the seeds are one story (a duplicate of one seed made it and its copy a
/// story of two, found by a new-user test; a group of identical copies counted as several
/// articles, with the cohesion of identical texts).
#[test]
fn copies_of_an_article_keep_it_in_its_story() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = fixture("seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let one = dir.path().join("one");
    let all = dir.path().join("all");
    for d in [&one, &all] {
        std::fs::create_dir(d).unwrap();
        for f in &files {
            std::fs::copy(f, d.join(f.file_name().unwrap())).unwrap();
        }
    }
    std::fs::copy(&files[2], one.join("zz_copy.txt")).unwrap();
    // An edited copy (two words changed) has a vector of its own; counted as a second
    // article it gave the pair the cohesion of near-identical texts, which refused the
    // story's retellings too.
    let edited = dir.path().join("edited");
    std::fs::create_dir(&edited).unwrap();
    for f in &files {
        std::fs::copy(f, edited.join(f.file_name().unwrap())).unwrap();
    }
    let first = std::fs::read_to_string(&files[0]).unwrap();
    let changed = first
        .replacen("deliberation", "deliberations", 1)
        .replacen("Berlin", "Berlin,", 1);
    assert_ne!(changed, first);
    std::fs::write(edited.join("zz_edited.txt"), changed).unwrap();
    for f in &files {
        let name = format!("{}_again.txt", f.file_stem().unwrap().to_string_lossy());
        std::fs::copy(f, all.join(name)).unwrap();
    }
    for (d, n) in [(&one, 6), (&all, 10), (&edited, 6)] {
        let (code, json, stderr) = scan_all(&[d.to_str().unwrap()]);
        assert_eq!(code, 0, "{stderr}");
        let stories = json["stories"].as_array().unwrap();
        assert_eq!(stories.len(), 1, "{json}");
        assert_eq!(members(&stories[0]).len(), n, "{json}");
    }
}

/// The lighthouse original and its retelling as JSONL records with these dates.
fn dated_pair(dir: &Path, date_a: &str, date_b: &str) -> PathBuf {
    let text = |f: &str| std::fs::read_to_string(fixture(&format!("mixed/{f}"))).unwrap();
    let path = dir.join("dated.jsonl");
    let lines = [
        serde_json::json!({"id": "original", "text": text("lighthouse_original.txt"), "date": date_a}),
        serde_json::json!({"id": "retold", "text": text("lighthouse_retold.txt"), "date": date_b}),
        serde_json::json!({"id": "rail", "text": text("unrelated_rail.txt"), "date": date_a}),
    ];
    std::fs::write(&path, lines.map(|l| l.to_string()).join("\n")).unwrap();
    path
}

#[test]
fn the_date_window_keeps_stories_apart_in_time() {
    let dir = tempfile::tempdir().unwrap();
    let stories = |args: &[&str]| {
        let (code, json, stderr) = scan_all(args);
        assert_eq!(code, 0, "{stderr}");
        json["stories"].as_array().unwrap().len()
    };
    let near = dated_pair(dir.path(), "2021-03-02", "2021-03-04");
    assert_eq!(stories(&[near.to_str().unwrap(), "--date-window", "3"]), 1);
    let week = dated_pair(dir.path(), "2021-03-02", "2021-03-12");
    let week = week.to_str().unwrap();
    assert_eq!(stories(&[week, "--date-window", "3"]), 0);
    assert_eq!(stories(&[week, "--date-window", "10"]), 1);
    assert_eq!(
        stories(&[week]),
        0,
        "by default ten days apart is two stories"
    );
    assert_eq!(stories(&[week, "--date-window", "off"]), 1, "no window");
    retold()
        .args(["scan", week, "--date-window", "soon"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("`soon` is not a number of days"));
}

#[test]
fn dates_as_feeds_and_crawlers_write_them_count_too() {
    // RSS's RFC 2822, prose and Unix time: ten days apart is two stories by default, as
    // with ISO dates; two days apart is one.
    let dir = tempfile::tempdir().unwrap();
    for (a, b, stories) in [
        (
            "Tue, 02 Mar 2021 09:00:00 GMT",
            "Fri, 12 Mar 2021 18:30:00 +0100",
            0,
        ),
        ("March 2, 2021", "12 March 2021", 0),
        ("1614675600", "1615539600", 0),
        ("Tue, 02 Mar 2021 09:00:00 GMT", "March 4, 2021", 1),
    ] {
        let path = dated_pair(dir.path(), a, b);
        let (code, json, stderr) = scan_all(&[path.to_str().unwrap()]);
        assert_eq!(code, 0, "{stderr}");
        assert!(!stderr.contains("not a date"), "{a} / {b}: {stderr}");
        assert_eq!(
            json["stories"].as_array().unwrap().len(),
            stories,
            "{a} / {b}"
        );
    }
    // A day-month order only a locale tells apart is not guessed: a warning, and the
    // records are undated (so no window parts them).
    let path = dated_pair(dir.path(), "02/03/2021", "12/03/2021");
    let (code, json, stderr) = scan_all(&[path.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("`date` is `02/03/2021`, not a date retold reads"),
        "{stderr}"
    );
    assert_eq!(json["stories"].as_array().unwrap().len(), 1);
}

#[test]
fn background_articles_weigh_terms_but_are_not_reported() {
    let mixed = fixture("mixed");
    let (_, plain, _) = scan_all(&[mixed.to_str().unwrap(), "--no-claims"]);
    let (code, with_bg, stderr) = scan_all(&[
        mixed.to_str().unwrap(),
        "--no-claims",
        "--background",
        &seeds(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        with_bg["documents"], 5,
        "background articles are not documents of the dump"
    );
    let ids = |j: &Value| -> BTreeSet<String> {
        j["stories"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(members)
            .collect()
    };
    assert!(ids(&with_bg).iter().all(|id| id.starts_with("lighthouse")));
    let score = |j: &Value| {
        j["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["relation"] == "retelling")
            .unwrap()["score"]
            .as_f64()
            .unwrap()
    };
    assert_ne!(
        score(&plain),
        score(&with_bg),
        "the background changes the term statistics"
    );
}

#[test]
fn a_few_blog_posts_sharing_their_chrome_are_not_one_story() {
    // Nine different posts of one blog, all ending with the same "Leave a Reply" and "Related
    // Articles" lines: too few for the copy tier's boilerplate rule, enough for the story tier.
    let dir = tempfile::tempdir().unwrap();
    let mut posts: Vec<PathBuf> = std::fs::read_dir(fixture("boilerplate"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with('0'))
        .collect();
    posts.sort();
    for p in posts.iter().take(9) {
        std::fs::copy(p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    let (code, json, stderr) = scan_all(&[dir.path().to_str().unwrap(), "--no-claims"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 9);
    assert!(json["stories"].as_array().unwrap().is_empty(), "{json}");
}

#[test]
fn wires_whose_tickers_name_two_companies_are_two_stories() {
    // Sun's two wires are one story; Phillips' wire, worded alike, is another company's.
    let path = fixture("tickers/crude_postings.jsonl");
    let stories = |path: &Path| -> Vec<BTreeSet<String>> {
        let (code, json, stderr) = scan_all(&[path.to_str().unwrap()]);
        assert_eq!(code, 0, "{stderr}");
        json["stories"]
            .as_array()
            .unwrap()
            .iter()
            .map(members)
            .collect()
    };
    let set = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(stories(&path), vec![set(&["sun1", "sun2"])]);
    // Without the tickers the three read as one story (and Phillips' words were Sun's).
    let dir = tempfile::tempdir().unwrap();
    let bare = dir.path().join("bare.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&bare, text.replace(" <SUN>", "").replace(" <P>", "")).unwrap();
    assert_eq!(stories(&bare), vec![set(&["sun1", "phil", "sun2"])]);
}

#[test]
fn a_wire_without_a_ticker_does_not_join_two_companies_stories() {
    // A roundup naming both refiners, without a ticker, is close to each company's wire;
    // through it, Phillips' wire joined Sun's story.
    let path = fixture("tickers/crude_postings_roundup.jsonl");
    let (code, json, stderr) = scan_all(&[path.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let stories: Vec<BTreeSet<String>> = json["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(members)
        .collect();
    assert!(
        stories
            .iter()
            .all(|s| !(s.contains("phil") && (s.contains("sun1") || s.contains("sun2")))),
        "{stories:?}"
    );
    assert!(
        stories
            .iter()
            .any(|s| s.contains("sun1") && s.contains("sun2")),
        "{stories:?}"
    );
}
