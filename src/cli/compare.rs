//! `retold compare A B`: one pair, with its score, its evidence and its claims side by side.

use super::output::write_output;
use super::scan::StoryArgs;
use super::{Outcome, RunArgs};
use anyhow::{bail, Context};
use clap::Args;
use retold::claims::{extract, write_side_by_side, StoryDoc};
use retold::features::{prepare, Scratch};
use retold::ingest::{format_of, Format, Problems};
use retold::report::round;
use retold::scan::corpus::load;
use retold::scan::{ScanConfig, CONTAINMENT, DEFAULT_THRESHOLD, MIN_CONTAINED_SHINGLES};
use retold::shingle::DEFAULT_K;
use retold::story::evidence::{evidence, EvidenceKind, SharedTerm};
use retold::verify::Overlap;
use serde_json::json;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The first article: a .txt/.md file, or an id in --corpus.
    a: String,
    /// The second article: a .txt/.md file, or an id in --corpus.
    b: String,
    /// Files or directories the articles are looked up in by id; their term statistics also
    /// weigh the comparison.
    #[arg(long, value_name = "PATH")]
    corpus: Vec<PathBuf>,
    #[command(flatten)]
    fields: super::FieldArgs,
    #[command(flatten)]
    story: StoryArgs,
    #[command(flatten)]
    run: RunArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CompareFormat::Text)]
    format: CompareFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum CompareFormat {
    /// Readable: the score, its evidence, and the claims side by side.
    Text,
    /// One JSON object on one line (`--format jsonl` means this too, as `claims` spells its
    /// JSON output: the object is a one-line JSONL file).
    #[value(alias = "jsonl")]
    Json,
}

/// A command-line side: a text file (its id is the file stem) or an id.
fn side(arg: &str) -> (Option<PathBuf>, String) {
    let path = Path::new(arg);
    if path.is_file() {
        let stem = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let stem = stem.split('.').next().unwrap_or(&stem).to_string();
        (Some(path.to_path_buf()), stem)
    } else {
        (None, arg.to_string())
    }
}

/// Does an argument that is no file name one anyway ("missing.txt", "dir/a")?
fn looks_like_a_path(raw: &str) -> bool {
    raw.contains(['/', '\\']) || Path::new(raw).extension().is_some()
}

pub fn run(args: CompareArgs) -> anyhow::Result<Outcome> {
    let progress = args.run.setup()?;
    // Without --corpus both sides must be files: a missing one is named, an id is a usage
    // error, both before anything is read.
    if args.corpus.is_empty() {
        for raw in [&args.a, &args.b] {
            if Path::new(raw.as_str()).exists() {
                continue;
            }
            if looks_like_a_path(raw) {
                bail!("{raw}: no such file");
            }
            super::usage_error(
                "compare",
                format!("`{raw}` is not a file; to look it up as an article id, give --corpus"),
            );
        }
    }
    let (path_a, id_a) = side(&args.a);
    let (path_b, id_b) = side(&args.b);
    let mut inputs = args.corpus.clone();
    let corpus_dirs: Vec<PathBuf> = args
        .corpus
        .iter()
        .filter_map(|c| c.canonicalize().ok())
        .collect();
    for p in [&path_a, &path_b].into_iter().flatten() {
        if matches!(format_of(p), Some(Format::Jsonl | Format::Json)) {
            bail!(
                "{}: give an article file (.txt/.md), or an id with --corpus",
                p.display()
            );
        }
        // A file that is already part of the corpus is read once.
        let inside = p
            .canonicalize()
            .is_ok_and(|c| corpus_dirs.iter().any(|d| c.starts_with(d)));
        if !inside && !inputs.contains(p) {
            inputs.push(p.clone());
        }
    }
    let cfg = ScanConfig {
        ingest: args.fields.ingest_config(),
        story: args.story.config(),
        background: args.story.background.clone(),
        ..ScanConfig::default()
    };
    let keep = [id_a.clone(), id_b.clone()].into_iter().collect();
    let mut problems = Problems::new(false);
    let corpus = load(&inputs, &cfg, &keep, &mut problems, progress)?;
    let find = |id: &str, raw: &str| {
        corpus.find(id).with_context(|| {
            if Path::new(raw).is_file() {
                // The file is there: it was skipped (empty, or no text in it).
                format!("{raw}: no article in it (empty or no text)")
            } else if Path::new(raw).is_dir() {
                format!(
                    "{raw}: a directory; give an article file (.txt/.md), or an id with --corpus"
                )
            } else {
                format!("no article with id `{id}` in the --corpus input")
            }
        })
    };
    let (ia, ib) = (find(&id_a, &args.a)?, find(&id_b, &args.b)?);
    let (da, db) = (&corpus.kept[&ia], &corpus.kept[&ib]);
    let (ta, tb) = (
        corpus.story_text(ia).unwrap_or_default(),
        corpus.story_text(ib).unwrap_or_default(),
    );
    let ev = evidence(
        ta,
        tb,
        &corpus.df,
        &cfg.story.weights,
        cfg.story.title_weight,
        cfg.story.weekdays,
    );
    let mut scratch = Scratch::default();
    let fa = prepare(&da.text, &corpus.boilerplate, DEFAULT_K, &mut scratch);
    let fb = prepare(&db.text, &corpus.boilerplate, DEFAULT_K, &mut scratch);
    let overlap = Overlap::of(&fa.shingles, &fb.shingles);
    let verdict = if fa.text_hash == fb.text_hash {
        "duplicate"
    } else if overlap.jaccard() >= DEFAULT_THRESHOLD
        || (overlap.len_a.min(overlap.len_b) >= MIN_CONTAINED_SHINGLES
            && overlap.containment() >= CONTAINMENT)
    {
        "near_duplicate"
    } else if ev.score >= args.story.story_threshold as f32 {
        "retelling"
    } else {
        "unrelated"
    };
    let claims_a = extract(&da.text, da.date.as_deref());
    let claims_b = extract(&db.text, db.date.as_deref());
    let sa = StoryDoc {
        id: &da.id,
        title: da.title.as_deref(),
        text: &da.text,
        date: da.date.as_deref(),
        claims: &claims_a,
    };
    let sb = StoryDoc {
        id: &db.id,
        title: db.title.as_deref(),
        text: &db.text,
        date: db.date.as_deref(),
        claims: &claims_b,
    };
    write_output(None, |w| match args.format {
        CompareFormat::Json => {
            let conflicts = retold::claims::compare_story(&[sa, sb]);
            let v = json!({
                "a": da.id, "b": db.id, "relation": verdict,
                // Six decimals, as `scan` writes them.
                "score": round(f64::from(ev.score)),
                "jaccard": round(overlap.jaccard()), "containment": round(overlap.containment()),
                "shared": ev.shared, "weekdays_differ": ev.weekdays_differ,
                "conflicts": conflicts,
            });
            serde_json::to_writer(&mut *w, &v)?;
            writeln!(w)
        }
        CompareFormat::Text => {
            for (tag, d) in [("A", da), ("B", db)] {
                // As `scan` shows an article: its title, or else its opening words.
                let label = match d.title.as_deref() {
                    Some(t) => retold::report::shown_title(t),
                    None => format!(
                        "“{}”",
                        retold::scan::opening_words(&d.text, retold::scan::LEAD_CHARS)
                    ),
                };
                writeln!(w, "{tag}  {}  {label}", d.id)?;
            }
            writeln!(w)?;
            let verdict_text = match verdict {
                "unrelated" => "not the same story",
                other => other,
            };
            writeln!(
                w,
                "{verdict_text}: story similarity {:.2} (same story from {:.2}); word {DEFAULT_K}-shingle jaccard {:.2}, containment {:.2}",
                ev.score, args.story.story_threshold, overlap.jaccard(), overlap.containment()
            )?;
            for (label, kind) in [
                ("names", EvidenceKind::Name),
                ("numbers", EvidenceKind::Number),
                ("terms", EvidenceKind::Term),
            ] {
                let items: Vec<String> = ev
                    .shared
                    .iter()
                    .filter(|s| s.kind == kind)
                    .take(12)
                    .map(show)
                    .collect();
                if !items.is_empty() {
                    writeln!(w, "  shared {label:8} {}", items.join(", "))?;
                }
            }
            let variants: Vec<String> = ev
                .shared
                .iter()
                // Names only: a term matched through its stem ("meet" / "met") is one word.
                .filter(|s| s.other.is_some() && s.kind == EvidenceKind::Name)
                .map(show)
                .collect();
            if !variants.is_empty() {
                writeln!(w, "  spelled differently  {}", variants.join(", "))?;
            }
            if let Some([days_a, days_b]) = &ev.weekdays_differ {
                writeln!(
                    w,
                    "  weekdays differ      {} / {} (similarity −{:.2}: each may be its own day's event)",
                    days_a.join(", "),
                    days_b.join(", "),
                    cfg.story.weekdays.article
                )?;
            }
            writeln!(w)?;
            writeln!(w, "claims side by side")?;
            write_side_by_side(&sa, &sb, w)?;
            writeln!(w)
        }
    })?;
    Ok(Outcome::Ok)
}

fn show(s: &SharedTerm) -> String {
    match &s.other {
        Some(o) => format!("{} ≈ {}", s.text, o),
        None => s.text.clone(),
    }
}
