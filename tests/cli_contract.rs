//! The machine contract of `retold scan` (DESIGN.md, "Output contract") and the exit codes.

mod common;

use common::*;
use serde_json::Value;
use std::collections::BTreeSet;

/// Check every rule of the JSON contract on one report.
fn check_contract(json: &Value) {
    let obj = json.as_object().expect("one JSON object");
    for key in ["documents", "stories", "pairs", "conflicts"] {
        assert!(obj.contains_key(key), "missing `{key}`");
    }
    let documents = json["documents"].as_u64().expect("documents is a count");
    let mut story_ids = BTreeSet::new();
    let mut in_stories = BTreeSet::new();
    for s in json["stories"].as_array().expect("stories is an array") {
        let id = s["id"].as_u64().expect("story id is a number");
        assert!(story_ids.insert(id), "story id {id} twice");
        let members: Vec<&str> = s["members"]
            .as_array()
            .expect("members is an array")
            .iter()
            .map(|m| m.as_str().expect("member ids are strings"))
            .collect();
        assert!(members.len() >= 2, "a story has at least two articles: {s}");
        assert!(
            members.windows(2).all(|w| w[0] < w[1]),
            "members sorted, unique: {s}"
        );
        for m in members {
            assert!(in_stories.insert(m.to_string()), "{m} in two stories");
        }
    }
    assert!(in_stories.len() as u64 <= documents);
    let mut seen = BTreeSet::new();
    for p in json["pairs"].as_array().expect("pairs is an array") {
        let a = p["a"].as_str().expect("a is a string");
        let b = p["b"].as_str().expect("b is a string");
        assert!(a < b, "a < b: {p}");
        assert!(seen.insert((a, b)), "pair twice: {p}");
        let score = p["score"].as_f64().expect("score is a number");
        assert!((0.0..=1.0).contains(&score), "score in [0, 1]: {p}");
        let relation = p["relation"].as_str().expect("relation is a string");
        assert!(
            ["duplicate", "near_duplicate", "retelling"].contains(&relation),
            "relation: {p}"
        );
        // Both ends of a related pair are in the same story.
        assert!(
            in_stories.contains(a) && in_stories.contains(b),
            "{p} outside stories"
        );
    }
    assert!(json["conflicts"].is_array(), "conflicts is an array");
}

#[test]
fn json_contract_on_every_fixture_set() {
    for set in [
        "seeds",
        "copies",
        "boilerplate",
        "unicode",
        "formats",
        "bad",
    ] {
        let path = fixture(set).display().to_string();
        let (_, copies, _) = scan_json(&[&path]);
        check_contract(&copies);
        let (_, all, _) = scan_all(&[&path]);
        check_contract(&all);
        // The whole pipeline reports every copy pair the copy tier finds.
        let all_pairs = pair_ids(&all);
        assert!(pair_ids(&copies).is_subset(&all_pairs), "{set}");
    }
}

#[test]
fn json_contract_on_a_generated_dump_with_many_stories() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dump.jsonl");
    write_dump(&path, 600, 11);
    let (code, json, stderr) = scan_paths(&[&path], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 600);
    check_contract(&json);
    assert!(
        json["stories"].as_array().unwrap().len() > 50,
        "the dump has many copy groups"
    );
    // Pairs come in (a, b) order, stories numbered 0.. in order.
    let pairs: Vec<(String, String)> = json["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["a"].as_str().unwrap().into(),
                p["b"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        pairs.windows(2).all(|w| w[0] < w[1]),
        "pairs sorted by (a, b)"
    );
    for (i, s) in json["stories"].as_array().unwrap().iter().enumerate() {
        assert_eq!(s["id"], i as u64);
    }
}

#[test]
fn jsonl_records_carry_a_type_and_match_the_json_report() {
    for (set, copies_only) in [("copies", true), ("seeds", false), ("boilerplate", false)] {
        jsonl_matches_json(set, copies_only);
    }
}

fn jsonl_matches_json(set: &str, copies_only: bool) {
    let path = fixture(set);
    let mode: &[&str] = if copies_only { &["--copies-only"] } else { &[] };
    let (_, json, _) = scan_all(&[&[path.to_str().unwrap()], mode].concat());
    let out = retold()
        .args(["scan", "--format", "jsonl", "-q"])
        .args(mode)
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let records: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    let of_type = |t: &str| -> Vec<Value> {
        records
            .iter()
            .filter(|r| r["type"] == t)
            .map(|r| {
                let mut r = r.clone();
                r.as_object_mut().unwrap().remove("type");
                r
            })
            .collect()
    };
    assert!(
        records.iter().all(|r| r["type"].is_string()),
        "every record has a type"
    );
    assert_eq!(of_type("story"), *json["stories"].as_array().unwrap());
    assert_eq!(of_type("pair"), *json["pairs"].as_array().unwrap());
    assert_eq!(of_type("conflict"), *json["conflicts"].as_array().unwrap());
    let summary = of_type("summary");
    assert_eq!(summary.len(), 1);
    assert_eq!(summary[0]["documents"], json["documents"]);
}

/// `retold scan ARGS... -q` (text report); the run must succeed.
fn scan_report(args: &[&str]) -> String {
    String::from_utf8(stdout_of(["scan", "-q"].iter().chain(args))).unwrap()
}

#[test]
fn text_report_calls_copy_groups_copy_groups_under_copies_only() {
    // A new user read "1 story" of a --copies-only run, which forms no story at all.
    let text = scan_report(&["--copies-only", fixture("copies").to_str().unwrap()]);
    assert!(
        text.starts_with("7 documents, 1 copy group (4 documents in copy groups), 6 related pairs"),
        "{text}"
    );
    assert!(text.contains("\ncopy group 0: 4 articles\n"), "{text}");
    assert!(
        !text.contains("story") && !text.contains("stories"),
        "{text}"
    );
    // No claims are compared, so no flags are counted.
    assert!(!text.lines().next().unwrap().contains("flag"), "{text}");
    assert!(text.contains("duplicate ~ original"), "{text}");
}

#[test]
fn text_report_header_counts_the_flags() {
    // The header said how many stories and pairs, never how many flags (a new user's review).
    let seeds = fixture("seeds");
    let (code, json, _) = scan_all(&[seeds.to_str().unwrap()]);
    assert_eq!(code, 0);
    let flags = json["conflicts"].as_array().unwrap().len();
    assert!(flags > 1, "{json}");
    let text = scan_report(&[seeds.to_str().unwrap()]);
    let header = text.lines().next().unwrap();
    assert!(header.starts_with("5 documents, 1 story "), "{header}");
    assert!(
        header.ends_with(&format!("; {flags} flags where the articles differ")),
        "{header}"
    );
    // Without the claims stage there is nothing to count: no "0 flags".
    let text = scan_report(&[seeds.to_str().unwrap(), "--no-claims"]);
    assert!(!text.lines().next().unwrap().contains("flag"), "{text}");
}

#[test]
fn min_confidence_keeps_exactly_the_flags_at_or_above_it() {
    let seeds = fixture("seeds");
    let seeds = seeds.to_str().unwrap();
    let confidences = |extra: &[&str]| -> Vec<f64> {
        let mut args = vec![seeds];
        args.extend_from_slice(extra);
        let (code, json, _) = scan_all(&args);
        assert_eq!(code, 0);
        json["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["confidence"].as_f64().expect("a confidence"))
            .collect()
    };
    let all = confidences(&[]);
    let kept = confidences(&["--min-confidence", "0.5"]);
    let expected: Vec<f64> = all.iter().copied().filter(|&c| c >= 0.5).collect();
    assert_eq!(kept, expected);
    // The seeds hold flags on both sides of 0.5, so the option changed something.
    assert!(kept.len() < all.len() && !kept.is_empty(), "{all:?}");
}

#[test]
fn exit_0_on_success_and_on_record_level_problems() {
    retold()
        .args(["scan", "-q"])
        .arg(fixture("seeds"))
        .assert()
        .code(0);
    // Malformed records are skipped and counted, not fatal.
    retold()
        .args(["scan", "-q"])
        .arg(fixture("bad/mixed.jsonl"))
        .assert()
        .code(0);
}

#[test]
fn exit_1_when_input_is_lost_but_the_report_is_still_written() {
    let (code, json, stderr) = scan_json(&[
        "/nonexistent/retold-input.jsonl",
        &fixture("formats/wire.jsonl").display().to_string(),
    ]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("/nonexistent/retold-input.jsonl: no such file or directory"),
        "{stderr}"
    );
    assert_eq!(json["documents"], 3, "the other input is still scanned");
    assert_eq!(pair_ids(&json), [pair("j1", "j2")].into());
}

#[test]
fn exit_2_on_usage_errors() {
    let seeds = fixture("seeds").display().to_string();
    for args in [
        vec!["scan"],
        vec!["scan", &seeds, "--threshold", "1.5"],
        vec!["scan", &seeds, "--threshold", "abc"],
        vec!["scan", &seeds, "--threads", "many"],
        vec!["scan", &seeds, "--threads", "100000"],
        vec!["scan", &seeds, "--format", "xml"],
        vec!["scan", &seeds, "--no-such-flag"],
        vec!["scan", &seeds, "--num-perm", "0"],
        vec!["no-such-command"],
        vec![],
        vec![
            "gen",
            "-n",
            "10",
            "-o",
            "g.jsonl",
            "--truth",
            "t.jsonl",
            "--copy-fraction",
            "1.5",
        ],
        // Two flags naming one file, or standard input read twice.
        vec!["gen", "-n", "10", "-o", "g.jsonl", "--truth", "g.jsonl"],
        vec!["score", "-", "--pairs", "-"],
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = retold().current_dir(&dir).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        // A subcommand's usage error shows that subcommand's usage, also when it is found
        // after parsing (gen's two flags naming one file printed `Usage: retold <COMMAND>`).
        let stderr = String::from_utf8_lossy(&out.stderr);
        let subcommand = args
            .first()
            .filter(|a| ["scan", "gen", "score"].contains(a));
        if let Some(sub) = subcommand.filter(|_| stderr.contains("Usage:")) {
            assert!(
                stderr.contains(&format!("Usage: retold {sub} ")),
                "{args:?}: {stderr}"
            );
        }
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            0,
            "{args:?}: no file written"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(
            !out.stderr.is_empty(),
            "{args:?}: a usage error explains itself"
        );
    }
}

#[test]
fn help_and_version_exit_0() {
    retold().arg("--help").assert().code(0);
    retold()
        .args(["scan", "--help"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("--strict"))
        // INPUT names every format ingest reads, .json documents included.
        .stdout(predicates::str::contains(".jsonl/.ndjson"))
        .stdout(predicates::str::contains(".json documents"));
    retold().arg("--version").assert().code(0);
}

#[test]
fn json_and_jsonl_name_the_json_output_of_claims_and_compare_alike() {
    // `claims --format json` and `compare --format jsonl` were refused: each subcommand took
    // only the one spelling of its own JSON output.
    let seed = |name: &str| fixture(&format!("seeds/{name}.txt")).display().to_string();
    let (a, b) = (seed("000_ca3e3c6ed76e9463"), seed("001_6be7525d00f2841b"));
    let jsonl = stdout_of(["claims", "-q", &a, "--format", "jsonl"]);
    assert_eq!(stdout_of(["claims", "-q", &a, "--format", "json"]), jsonl);
    let json = stdout_of(["compare", "-q", &a, &b, "--format", "json"]);
    assert_eq!(
        stdout_of(["compare", "-q", &a, &b, "--format", "jsonl"]),
        json
    );
    // --help lists each output once, under its own name, and says the other spelling.
    let help = String::from_utf8(stdout_of(["claims", "--help"])).unwrap();
    assert!(help.contains("`--format json` means this too"), "{help}");
    let help = String::from_utf8(stdout_of(["compare", "--help"])).unwrap();
    assert!(help.contains("`--format jsonl` means this too"), "{help}");
}

#[test]
fn gen_without_its_data_says_where_it_looked_and_which_flag_moves_it() {
    // Run from another directory than the repository root, the relative default looked in a
    // place the message did not name.
    let dir = tempfile::tempdir().unwrap();
    let out = retold()
        .current_dir(&dir)
        .args([
            "gen", "-q", "-n", "10", "-o", "g.jsonl", "--truth", "t.jsonl",
        ])
        .args(["--data", "no-data-here"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let looked_in = dir.path().canonicalize().unwrap().join("no-data-here");
    assert!(
        stderr.contains(&format!(
            "no source articles found in {} (expected",
            looked_in.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("--data DIR"), "{stderr}");
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "no file written"
    );
}

#[test]
fn no_documents_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, json, stderr) = scan_paths(&[dir.path()], &[]);
    assert_eq!(code, 0);
    assert_eq!(json["documents"], 0);
    assert!(
        stderr.contains("no documents found in the input"),
        "{stderr}"
    );
    check_contract(&json);
}

/// `retold claims FILE --format text` on a text file holding `article`; the run must succeed.
fn claims_text(article: &str) -> String {
    claims_output(article, "text")
}

/// `retold claims FILE --format FORMAT` on a text file holding `article`; the run must
/// succeed.
fn claims_output(article: &str, format: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.txt");
    std::fs::write(&path, article).unwrap();
    let out = common::retold()
        .args(["claims", "--format", format, "--quiet"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{text}");
    text
}

#[test]
fn the_claims_text_report_keeps_each_entry_on_one_line() {
    // A hard-wrapped wire breaks figures and names across lines ("more than 300 mln\ndlrs").
    let text = claims_text(
        "The company said it expects to raise more than 300 mln\ndlrs from the sale, \
         chairman John\nSmith said on Monday.\n",
    );
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("more than 300 mln dlrs")),
        "{text}"
    );
    assert!(
        text.lines().all(|l| !l.trim().starts_with("dlrs")),
        "{text}"
    );
}

#[test]
fn claims_text_and_json_say_when_a_cue_is_negated() {
    // Seed 000 read "the Russian Foreign Ministry [Russia] — explain: the specific content
    // …" where the article says it did not explain it (a new user's reading, stop 31).
    let article = "Court date set.\n\nThe ministry did not explain the specific content of \
                   the reply. Lyons said the hearing would go ahead.\n";
    let text = claims_text(article);
    assert!(
        text.contains("The ministry — not explain: the specific content"),
        "{text}"
    );
    assert!(text.contains("Lyons — said: the hearing"), "{text}");
    let line: Value = serde_json::from_str(&claims_output(article, "jsonl")).unwrap();
    let negated: Vec<bool> = line["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.get("negated").is_some_and(|n| n == true))
        .collect();
    assert_eq!(negated, [true, false]);
}

#[test]
fn claims_text_names_the_speaker_only_when_the_phrase_does_not() {
    // "Lyons [Lyons] — said" repeated the name (a new user's reading, stop 23).
    let text = claims_text(
        "Court date set.\n\nLyons said the hearing would go ahead. Later he said it was fair.\n",
    );
    assert!(text.contains("  Lyons — said: the hearing"), "{text}");
    assert!(text.contains("  he [Lyons] — said: it was fair"), "{text}");
}

#[test]
fn claims_text_writes_a_colon_cue_once() {
    // "Poll — :: Wealthy Voters …" (stop 24, reading PolNeAR dev as a new user).
    let text = claims_text(
        "Poll: Wealthy Voters Abandon Republican Party

The vote is close.
",
    );
    assert!(text.contains("  Poll: Wealthy Voters Abandon"), "{text}");
    assert!(!text.contains("::"), "{text}");
}
