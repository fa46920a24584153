//! `retold claims`: what each article claims — attributions, quantities, people, dates.
//!
//! One pass over the input, batch by batch: the claims of a batch are extracted in
//! parallel, collected in input order and written before the next batch is read, so
//! memory holds one batch and the output order never depends on threads.

use super::output::write_output;
use super::{InputArgs, Outcome, RunArgs};
use clap::{Args, ValueEnum};
use rayon::prelude::*;
use retold::claims::{extract, write_claims_text, ArticleClaims};
use retold::ingest::{expand, Ingest, Problems};
use retold::progress::interrupted;
use retold::scan::ScanError;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClaimsFormat {
    /// Readable, one block per article.
    Text,
    /// One JSON object per article: `{"doc", "attributions", "quantities", "people", "dates"}`
    /// (`--format json` means this too, as `compare` spells its JSON output).
    #[value(alias = "json")]
    Jsonl,
}

#[derive(Debug, Args)]
pub struct ClaimsArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    run: RunArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Text)]
    format: ClaimsFormat,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Serialize)]
struct Line<'a> {
    doc: &'a str,
    #[serde(flatten)]
    claims: &'a ArticleClaims,
}

pub fn run(args: ClaimsArgs) -> anyhow::Result<Outcome> {
    let _progress = args.run.setup()?;
    super::output::check_output(args.output.as_deref())?;
    let mut problems = Problems::new(args.input.strict);
    let sources = expand(&args.input.inputs, &mut problems)?;
    let mut ingest = Ingest::new(sources, args.input.ingest_config(), None);
    let mut documents = 0usize;
    // Why the loop stopped early; the closure then fails so no partial --output is kept.
    let mut failure: Option<anyhow::Error> = None;
    let written = write_output(args.output.as_deref(), |w| loop {
        let batch = match ingest.next_batch(&mut problems) {
            Ok(Some(batch)) => batch,
            Ok(None) => return Ok(()),
            Err(problem) => {
                failure = Some(problem.into());
                return Err(std::io::Error::other("stopped"));
            }
        };
        if interrupted() {
            failure = Some(ScanError::Interrupted.into());
            return Err(std::io::Error::other("stopped"));
        }
        let claims: Vec<ArticleClaims> = batch
            .par_iter()
            .map(|d| extract(&d.text, d.date.as_deref()))
            .collect();
        for (doc, claims) in batch.iter().zip(&claims) {
            match args.format {
                ClaimsFormat::Jsonl => {
                    serde_json::to_writer(
                        &mut *w,
                        &Line {
                            doc: &doc.id,
                            claims,
                        },
                    )?;
                    writeln!(w)?;
                }
                ClaimsFormat::Text => write_claims_text(&doc.id, claims, w)?,
            }
        }
        documents += batch.len();
    });
    if let Some(e) = failure {
        return Err(e);
    }
    written?;
    for line in problems.summary() {
        retold::message!("retold: {line}");
    }
    if documents == 0 {
        args.input.report_no_documents(&problems);
    }
    // Every record or file skipped is input lost, not an empty dump.
    Ok(
        if problems.lost_input() || documents == 0 && problems.skipped_any() {
            Outcome::LostInput
        } else {
            Outcome::Ok
        },
    )
}
