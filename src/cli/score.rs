//! `retold score INPUT... --pairs PAIRS.tsv`: the story score of given pairs.

use super::output::write_output;
use super::{InputArgs, Outcome, RunArgs};
use anyhow::Context;
use clap::Args;
use retold::ingest::{Compression, Problems};
use retold::scan::corpus::load;
use retold::scan::ScanConfig;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ScoreArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    run: RunArgs,
    /// Extra corpora (files or directories) whose articles only add to the term statistics.
    #[arg(long, value_name = "PATH")]
    background: Vec<PathBuf>,
    /// Tab-separated pairs of document ids, one per line (a header `a<TAB>b` is allowed);
    /// `-` reads them from standard input.
    #[arg(long, value_name = "PAIRS.tsv")]
    pairs: PathBuf,
    /// Write the scores to FILE (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: ScoreArgs) -> anyhow::Result<Outcome> {
    if args.pairs.as_os_str() == "-" && args.input.inputs.iter().any(|p| p.as_os_str() == "-") {
        super::usage_error(
            "score",
            "standard input cannot hold both the articles and --pairs",
        );
    }
    let progress = args.run.setup()?;
    super::output::check_output(args.output.as_deref())?;
    let (pairs_bytes, damaged) = read_pairs(&args.pairs)?;
    let cfg = ScanConfig {
        ingest: args.input.ingest_config(),
        background: args.background.clone(),
        ..ScanConfig::default()
    };
    let mut problems = Problems::new(args.input.strict);
    let corpus = load(
        &args.input.inputs,
        &cfg,
        &Default::default(),
        &mut problems,
        progress,
    )?;
    let name = args.pairs.display().to_string();
    let mut lost_lines = 0usize;
    let mut extra_columns_noted = false;
    write_output(args.output.as_deref(), |w| {
        for (n, raw) in pairs_bytes.split(|&b| b == b'\n').enumerate() {
            let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
            let Ok(line) = std::str::from_utf8(raw) else {
                retold::message!("retold: {name}:{}: not UTF-8; line skipped", n + 1);
                lost_lines += 1;
                continue;
            };
            let line = if n == 0 {
                line.trim_start_matches('\u{feff}')
            } else {
                line
            };
            let cols: Vec<&str> = line.split('\t').collect();
            let [a, b, rest @ ..] = cols.as_slice() else {
                if !line.trim().is_empty() {
                    retold::message!(
                        "retold: {name}:{}: expected two tab-separated ids; line skipped",
                        n + 1
                    );
                    lost_lines += 1;
                }
                continue;
            };
            let (a, b) = (a.trim(), b.trim());
            // The header, unless the dump holds both `a` and `b` (then it is a pair).
            if n == 0
                && (a, b) == ("a", "b")
                && (corpus.find("a").is_none() || corpus.find("b").is_none())
            {
                continue; // header
            }
            if !rest.is_empty() && !extra_columns_noted {
                retold::message!(
                    "retold: {name}:{}: {} columns; the columns after the second are ignored \
                     (noted once)",
                    n + 1,
                    cols.len()
                );
                extra_columns_noted = true;
            }
            match (corpus.find(a), corpus.find(b)) {
                (Some(x), Some(y)) => {
                    writeln!(w, "{a}\t{b}\t{:.6}", corpus.score(x, y, cfg.story.weekdays))?
                }
                (x, y) => {
                    let missing: Vec<String> = [(x, a), (y, b)]
                        .into_iter()
                        .filter(|(found, _)| found.is_none())
                        .map(|(_, id)| format!("`{id}`"))
                        .collect();
                    retold::message!(
                        "retold: {name}:{}: no document with id {}; score left empty",
                        n + 1,
                        missing.join(" or ")
                    );
                    lost_lines += 1;
                    writeln!(w, "{a}\t{b}\t")?;
                }
            }
        }
        Ok(())
    })?;
    for line in problems.summary() {
        retold::message!("retold: {line}");
    }
    Ok(if problems.lost_input() || lost_lines > 0 || damaged {
        Outcome::LostInput
    } else {
        Outcome::Ok
    })
}

/// The bytes of the pairs file (or standard input), gzip or zstd decompressed when the
/// content starts with their magic bytes, as the inputs are; and whether the stream was
/// damaged (the whole lines before the damage are kept).
fn read_pairs(path: &std::path::Path) -> anyhow::Result<(Vec<u8>, bool)> {
    use std::io::Read;
    let raw = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("cannot read pairs from standard input")?;
        buf
    } else {
        std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?
    };
    let name = path.display();
    let mut out = Vec::new();
    let decoded = match Compression::sniff(&raw) {
        Compression::None => return Ok((raw, false)),
        compression => compression.decode(raw.as_slice())?.read_to_end(&mut out),
    };
    // A damaged stream keeps the whole lines read before the damage.
    match decoded {
        Ok(_) => Ok((out, false)),
        Err(e) => {
            let whole = out.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            out.truncate(whole);
            retold::message!(
                "retold: {name}: cannot decompress past byte {} of the text ({e}); the lines \
                 before are scored",
                out.len()
            );
            Ok((out, true))
        }
    }
}
