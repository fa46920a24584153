//! `retold score INPUT... --pairs PAIRS.tsv`: the story score of given pairs.

use super::output::write_output;
use super::{InputArgs, Outcome, RunArgs};
use anyhow::Context;
use clap::Args;
use retold::ingest::Problems;
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
        super::usage_error("standard input cannot hold both the articles and --pairs");
    }
    let progress = args.run.setup()?;
    super::output::check_output(args.output.as_deref())?;
    let pairs_text = if args.pairs.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())
            .context("cannot read pairs from standard input")?
    } else {
        std::fs::read_to_string(&args.pairs)
            .with_context(|| format!("cannot read {}", args.pairs.display()))?
    };
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
    let mut unknown = 0usize;
    write_output(args.output.as_deref(), |w| {
        for (n, line) in pairs_text.lines().enumerate() {
            let mut cols = line.split('\t');
            let (Some(a), Some(b)) = (cols.next(), cols.next()) else {
                if !line.trim().is_empty() {
                    retold::message!("retold: {name}:{}: expected two tab-separated ids", n + 1);
                    unknown += 1;
                }
                continue;
            };
            let (a, b) = (a.trim(), b.trim());
            if n == 0 && (a, b) == ("a", "b") && corpus.find("a").is_none() {
                continue; // header
            }
            match (corpus.find(a), corpus.find(b)) {
                (Some(x), Some(y)) => {
                    writeln!(w, "{a}\t{b}\t{:.6}", corpus.score(x, y, cfg.story.weekdays))?
                }
                (x, _) => {
                    let missing = if x.is_none() { a } else { b };
                    retold::message!("retold: {name}:{}: no document with id `{missing}`", n + 1);
                    unknown += 1;
                    writeln!(w, "{a}\t{b}\t")?;
                }
            }
        }
        Ok(())
    })?;
    if let Some(summary) = problems.summary() {
        retold::message!("retold: {summary}");
    }
    Ok(if problems.lost_input() || unknown > 0 {
        Outcome::LostInput
    } else {
        Outcome::Ok
    })
}
