//! Reports: the machine contract (JSON, JSONL) and the readable text report.
//!
//! Exporters read a finished `ScanOutput` and write to any `io::Write`; they never reach back
//! into the pipeline. Ids are the documents' own ids; `members` of a story and the two sides
//! of a pair are ordered by id (byte order), stories by their first member's position in the
//! input, pairs by (a, b). The order depends only on the input, never on threads.

mod json;
mod text;

pub use json::{write_json, write_jsonl};
pub use text::{shown_title, write_text, TextOptions};

/// "1 story", "2 stories": a count with its noun in the right number.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

use crate::scan::{Pair, ScanOutput};

/// Output format of `scan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A readable report for people.
    Text,
    /// One JSON object (the machine contract).
    Json,
    /// One JSON record per line, with a `type` field.
    Jsonl,
}

/// A pair with its sides ordered by id, as the contract wants (`a < b`).
pub(crate) fn ordered<'a>(out: &'a ScanOutput, p: &Pair) -> (&'a str, &'a str) {
    let (x, y) = (
        out.docs[p.a as usize].id.as_str(),
        out.docs[p.b as usize].id.as_str(),
    );
    if x <= y {
        (x, y)
    } else {
        (y, x)
    }
}

/// Story members as ids, sorted.
pub(crate) fn member_ids<'a>(out: &'a ScanOutput, members: &[u32]) -> Vec<&'a str> {
    let mut ids: Vec<&str> = members
        .iter()
        .map(|&m| out.docs[m as usize].id.as_str())
        .collect();
    ids.sort_unstable();
    ids
}

/// Pairs in output order: by (a, b) ids.
pub(crate) fn sorted_pairs(out: &ScanOutput) -> Vec<(&str, &str, &Pair)> {
    let mut pairs: Vec<(&str, &str, &Pair)> = out
        .pairs
        .iter()
        .map(|p| {
            let (a, b) = ordered(out, p);
            (a, b, p)
        })
        .collect();
    pairs.sort_unstable_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)));
    pairs
}

/// Round a score for output (6 decimals: stable text, no float noise).
pub fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}
