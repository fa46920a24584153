//! Helpers shared by the CLI tests: running the binary, reading its JSON, making inputs.
#![allow(dead_code)] // each test binary uses its own subset

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The repository's `fixtures/` directory.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The shared data sets: `$RETOLD_DATA` when set, else `../shared/data` beside the project
/// (tests that read them skip, with a message, when they are absent).
pub fn shared_data() -> PathBuf {
    std::env::var_os("RETOLD_DATA").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"),
        PathBuf::from,
    )
}

pub fn fixture(rel: &str) -> PathBuf {
    fixtures().join(rel)
}

/// The seed articles as (id = file stem, text), in id order.
pub fn seed_texts() -> Vec<(String, String)> {
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(fixture("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            (id, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    seeds.sort();
    seeds
}

/// The JSON a run printed, once it is known to have succeeded (its stderr shown if not).
pub fn json_output(out: std::process::Output) -> Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// `retold` with progress bars off.
pub fn retold() -> Command {
    let mut cmd = Command::cargo_bin("retold").expect("the retold binary is built");
    cmd.env_remove("RUST_LOG");
    cmd
}

/// `retold ARGS...`, which must succeed (its arguments and stderr shown if not): its stdout.
pub fn stdout_of<I, S>(args: I) -> Vec<u8>
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(|a| a.as_ref().into()).collect();
    let out = retold().args(&args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// `retold scan ARGS... --format json --quiet`, as a std `Command` (for spawning).
pub fn retold_std() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_retold"))
}

/// Run `retold scan <args> --copies-only --format json --quiet` and return (exit code, JSON,
/// stderr). Most tests check ingestion and the copy tier, whose pairs are exact; `scan_all`
/// runs the whole pipeline (retellings too).
pub fn scan_json(args: &[&str]) -> (i32, Value, String) {
    let mut all = args.to_vec();
    all.push("--copies-only");
    scan_all(&all)
}

/// `retold scan <args> --format json --quiet`: the whole pipeline.
pub fn scan_all(args: &[&str]) -> (i32, Value, String) {
    let out = retold()
        .arg("scan")
        .args(args)
        .args(["--format", "json", "--quiet"])
        .output()
        .expect("retold runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}); stderr:\n{stderr}"));
    (out.status.code().expect("exited normally"), json, stderr)
}

/// `scan_json` for path arguments (copy tier).
pub fn scan_paths(paths: &[&Path], extra: &[&str]) -> (i32, Value, String) {
    let mut args: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    scan_json(&refs)
}

/// The `(a, b)` of every pair.
pub fn pair_ids(json: &Value) -> BTreeSet<(String, String)> {
    json["pairs"]
        .as_array()
        .expect("pairs is an array")
        .iter()
        .map(|p| {
            (
                p["a"].as_str().unwrap().to_string(),
                p["b"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

pub fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

/// The pair object for `(a, b)`, if reported.
pub fn find_pair<'a>(json: &'a Value, a: &str, b: &str) -> Option<&'a Value> {
    json["pairs"]
        .as_array()?
        .iter()
        .find(|p| p["a"] == a && p["b"] == b)
}

/// Members of every story, as sorted id lists.
pub fn stories(json: &Value) -> Vec<Vec<String>> {
    json["stories"]
        .as_array()
        .expect("stories is an array")
        .iter()
        .map(|s| {
            s["members"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m.as_str().unwrap().to_string())
                .collect()
        })
        .collect()
}

/// Every id that appears in a story or a pair.
pub fn ids_seen(json: &Value) -> BTreeSet<String> {
    stories(json).into_iter().flatten().collect()
}

/// A small pseudo-random word generator (SplitMix64), so generated dumps are the same on
/// every run.
pub struct Words(u64);

const VOCAB: &[&str] = &[
    "harbour",
    "council",
    "minister",
    "river",
    "bridge",
    "election",
    "market",
    "school",
    "winter",
    "village",
    "report",
    "budget",
    "station",
    "railway",
    "museum",
    "hospital",
    "farmers",
    "storm",
    "police",
    "court",
    "festival",
    "airport",
    "factory",
    "workers",
    "island",
    "ferry",
    "library",
    "mayor",
    "teachers",
    "prices",
    "housing",
    "energy",
    "water",
    "forest",
    "coast",
    "bakery",
    "garden",
    "theatre",
    "orchestra",
    "stadium",
    "league",
    "season",
    "record",
    "company",
    "shares",
    "profit",
    "loss",
    "exports",
    "imports",
    "tariffs",
    "summit",
    "treaty",
    "border",
    "army",
    "navy",
    "pilot",
    "engine",
    "signal",
    "cable",
    "satellite",
    "vaccine",
    "doctors",
    "nurses",
    "patients",
    "clinic",
    "study",
    "scientists",
    "glacier",
    "volcano",
    "earthquake",
    "flood",
    "drought",
    "harvest",
    "wheat",
    "barley",
    "cattle",
    "sheep",
    "fishermen",
    "quota",
    "licence",
    "tax",
    "pension",
    "wages",
    "strike",
    "union",
    "talks",
    "deal",
    "vote",
    "parliament",
    "senate",
    "judge",
    "verdict",
    "appeal",
    "prison",
    "sentence",
    "witness",
    "evidence",
    "inquiry",
    "tuesday",
    "monday",
    "friday",
    "morning",
    "evening",
    "north",
    "south",
    "east",
    "west",
];

impl Words {
    pub fn new(seed: u64) -> Self {
        Words(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn word(&mut self) -> &'static str {
        VOCAB[self.below(VOCAB.len())]
    }

    /// `n` words; every tenth one carries a number so texts rarely repeat by chance.
    pub fn text(&mut self, n: usize) -> String {
        let mut s = String::new();
        for i in 0..n {
            if i > 0 {
                s.push(' ');
            }
            if i % 10 == 9 {
                s.push_str(&self.below(100_000).to_string());
            } else {
                s.push_str(self.word());
            }
        }
        s
    }

    /// A copy of `text` with `edits` words replaced.
    pub fn edit(&mut self, text: &str, edits: usize) -> String {
        let mut words: Vec<String> = text.split(' ').map(str::to_string).collect();
        for _ in 0..edits {
            let i = self.below(words.len());
            words[i] = format!("edited{}", self.below(1000));
        }
        words.join(" ")
    }
}

/// A JSONL dump of `n` articles: groups of near copies (a few words edited), exact copies and
/// unrelated articles, so every relation occurs. Deterministic for a seed.
pub fn write_dump(path: &Path, n: usize, seed: u64) {
    write_dump_scaled(path, n, seed, 1);
}

/// `write_dump` with articles `scale` times as long (the same number of documents and pairs).
pub fn write_dump_scaled(path: &Path, n: usize, seed: u64, scale: usize) {
    let mut w = Words::new(seed);
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut i = 0;
    while i < n {
        let len = (120 + w.below(200)) * scale;
        let base = w.text(len);
        let copies = match w.below(4) {
            0 => 2,
            1 => 1,
            _ => 0,
        };
        let record = |id: usize, text: &str| {
            serde_json::json!({"id": format!("doc{id:06}"), "text": text}).to_string()
        };
        writeln!(out, "{}", record(i, &base)).unwrap();
        i += 1;
        for c in 0..copies {
            if i >= n {
                break;
            }
            let text = if c == 0 && w.below(3) == 0 {
                base.clone()
            } else {
                let edits = 1 + w.below(3);
                w.edit(&base, edits)
            };
            writeln!(out, "{}", record(i, &text)).unwrap();
            i += 1;
        }
    }
    out.flush().unwrap();
}
