//! `--format json` (one object) and `--format jsonl` (one record per line).

use super::{member_ids, round, sorted_pairs};
use crate::scan::ScanOutput;
use serde_json::{json, Value};
use std::io::{self, Write};

fn story_value(out: &ScanOutput, id: usize, members: &[u32]) -> Value {
    json!({"id": id, "members": member_ids(out, members)})
}

fn pair_values(out: &ScanOutput) -> impl Iterator<Item = Value> + '_ {
    sorted_pairs(out).into_iter().map(|(a, b, p)| {
        let mut v = json!({
            "a": a,
            "b": b,
            "relation": p.relation.as_str(),
            "score": round(p.score),
        });
        if let Some(j) = p.jaccard {
            v["jaccard"] = json!(round(j));
        }
        if let Some(c) = p.containment {
            v["containment"] = json!(round(c));
        }
        v
    })
}

fn conflict_values(out: &ScanOutput) -> impl Iterator<Item = Value> + '_ {
    out.conflicts.iter().map(|c| {
        let mut v = serde_json::to_value(&c.conflict).unwrap_or(Value::Null);
        v["story"] = json!(c.story);
        v["confidence"] = json!(round(c.conflict.confidence));
        v
    })
}

/// The whole result as one JSON object (see DESIGN.md, "Output contract").
pub fn write_json(out: &ScanOutput, w: &mut dyn Write) -> io::Result<()> {
    let stories: Vec<Value> = out
        .stories
        .iter()
        .enumerate()
        .map(|(i, m)| story_value(out, i, m))
        .collect();
    let pairs: Vec<Value> = pair_values(out).collect();
    let value = json!({
        "documents": out.docs.len(),
        "stories": stories,
        "pairs": pairs,
        "conflicts": conflict_values(out).collect::<Vec<_>>(),
    });
    serde_json::to_writer(&mut *w, &value)?;
    writeln!(w)
}

/// The same records, one per line, each with a `type`: a `summary` first, then every `story`,
/// `pair` and `conflict`.
pub fn write_jsonl(out: &ScanOutput, w: &mut dyn Write) -> io::Result<()> {
    let summary = json!({
        "type": "summary",
        "documents": out.docs.len(),
        "stories": out.stories.len(),
        "pairs": out.pairs.len(),
        "conflicts": out.conflicts.len(),
    });
    serde_json::to_writer(&mut *w, &summary)?;
    writeln!(w)?;
    for (i, m) in out.stories.iter().enumerate() {
        let mut v = story_value(out, i, m);
        v["type"] = json!("story");
        serde_json::to_writer(&mut *w, &v)?;
        writeln!(w)?;
    }
    for mut v in pair_values(out) {
        v["type"] = json!("pair");
        serde_json::to_writer(&mut *w, &v)?;
        writeln!(w)?;
    }
    for mut v in conflict_values(out) {
        v["type"] = json!("conflict");
        serde_json::to_writer(&mut *w, &v)?;
        writeln!(w)?;
    }
    Ok(())
}
