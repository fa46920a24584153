//! The command line: argument parsing and exit codes. Thin by design: each subcommand turns
//! its flags into a library config, calls the library, and hands the result to a reporter.
//!
//! Exit codes: 0 success; 1 runtime error (unreadable input, `--strict` problem, write error);
//! 2 usage error (from clap); 130 interrupted by Ctrl-C. A closed stdout (`retold ... | head`)
//! ends the run quietly with 0.

mod claims;
mod compare;
mod gen;
mod output;
mod scan;
mod score;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Find news articles that tell the same story, and show where their claims differ.
#[derive(Debug, Parser)]
#[command(name = "retold", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Find duplicates, near duplicates and retellings in a dump, and group them into stories.
    Scan(scan::ScanArgs),
    /// Story similarity of given pairs of articles (the score `scan` uses).
    Score(score::ScoreArgs),
    /// Compare two articles: their score, the evidence behind it, and their claims side by side.
    Compare(compare::CompareArgs),
    /// Write a large labelled benchmark dump made from real articles (copies, retellings,
    /// unrelated articles) and its ground truth.
    Gen(gen::GenArgs),
    /// Print what each article claims: attributions (speaker, title, cue, content),
    /// quantities, people with their titles, and dates.
    Claims(claims::ClaimsArgs),
}

/// How to read the input (shared by every subcommand that reads articles).
#[derive(Debug, Clone, Args)]
pub struct InputArgs {
    /// Files or directories (searched recursively) of .txt/.md/.text articles, .jsonl/.ndjson
    /// records, or .json documents (an array of records, one record, or an API response
    /// holding a list of them), optionally .gz/.zst/.bz2/.xz; `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Skip records larger than this many bytes.
    #[arg(long, default_value_t = retold::ingest::DEFAULT_MAX_DOC_BYTES, value_name = "BYTES")]
    pub max_doc_bytes: usize,
    /// Stop at the first input problem of any kind (a malformed record, a missing or duplicate
    /// id, a non-UTF-8 file...) instead of reporting it and going on.
    #[arg(long)]
    pub strict: bool,
}

/// The names of a record's JSON fields (shared by every subcommand that reads records).
#[derive(Debug, Clone, Args)]
pub struct FieldArgs {
    /// JSON field holding the document id.
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,
    /// JSON field holding the article text (when absent: maintext, content, body ...).
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_field: String,
    /// JSON field holding the title (when absent: headline).
    #[arg(long, default_value = "title", value_name = "NAME")]
    pub title_field: String,
    /// JSON field holding the publication date (2022-01-27, RFC 2822, "January 27, 2022",
    /// Unix time ...; when absent: date_publish, publishedAt, pubDate ...).
    #[arg(long, default_value = "date", value_name = "NAME")]
    pub date_field: String,
    /// JSON field holding the outlet, shown beside each article (when absent:
    /// source_domain, domain, publisher ...).
    #[arg(long, default_value = "source", value_name = "NAME")]
    pub source_field: String,
}

impl FieldArgs {
    /// The ingest configuration with these field names.
    pub fn ingest_config(&self) -> retold::ingest::IngestConfig {
        let mut cfg = retold::ingest::IngestConfig::default();
        cfg.fields.id = self.id_field.clone();
        cfg.fields.text = self.text_field.clone();
        cfg.fields.title = self.title_field.clone();
        cfg.fields.date = self.date_field.clone();
        cfg.fields.source = self.source_field.clone();
        cfg
    }
}

impl InputArgs {
    pub fn ingest_config(&self) -> retold::ingest::IngestConfig {
        let mut cfg = self.fields.ingest_config();
        cfg.max_doc_bytes = self.max_doc_bytes;
        cfg
    }

    /// Say that the input held no document, with a hint when records were skipped for
    /// lacking the text field (a dump whose fields have other names).
    pub fn report_no_documents(&self, problems: &retold::ingest::Problems) {
        retold::message!("retold: no documents found in the input");
        let missing = retold::ingest::ProblemKind::MissingField(String::new()).label();
        if problems.counts().contains_key(missing) {
            retold::message!(
                "retold: hint: records without `{}` were skipped; --text-field and --id-field \
                 name other fields",
                self.fields.text_field
            );
        }
    }
}

/// Flags every subcommand shares.
#[derive(Debug, Clone, Args)]
pub struct RunArgs {
    /// Worker threads, at most 1024 (default, or 0: all cores).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(0..=1024))]
    pub threads: Option<u16>,
    /// No progress bars.
    #[arg(long, short)]
    pub quiet: bool,
}

impl RunArgs {
    fn setup(&self) -> anyhow::Result<retold::progress::Progress> {
        // 0 is rayon's "all cores", as `xz -T0` and `zstd -T0` read it.
        if let Some(n) = self.threads.filter(|&n| n > 0) {
            rayon::ThreadPoolBuilder::new()
                .num_threads(usize::from(n))
                .build_global()
                .map_err(|e| anyhow::anyhow!("cannot start {n} threads: {e}"))?;
        }
        retold::progress::install_interrupt_handler();
        Ok(retold::progress::Progress::new(self.quiet))
    }
}

/// A usage error that only shows after parsing (two flags naming one file): printed the
/// way clap prints its own, and the exit status is 2. It is made from the subcommand's own
/// `Command`, so its usage line is that subcommand's (`retold compare [OPTIONS] <A> <B>`),
/// not the top level's `retold <COMMAND>`.
fn usage_error(subcommand: &str, msg: impl std::fmt::Display) -> ! {
    use clap::CommandFactory;
    let mut cli = Cli::command();
    // Building gives each subcommand its full name ("retold compare") for the usage line.
    cli.build();
    let cmd = match cli.find_subcommand_mut(subcommand) {
        Some(sub) => sub,
        None => &mut cli,
    };
    cmd.error(clap::error::ErrorKind::ArgumentConflict, msg)
        .exit()
}

/// Outcome of a subcommand that ran to its end.
pub enum Outcome {
    Ok,
    /// Output was written, but some input could not be read.
    LostInput,
}

/// Parse arguments, run, and return the process exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan(args) => scan::run(args),
        Command::Score(args) => score::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Gen(args) => gen::run(args),
        Command::Claims(args) => claims::run(args),
    };
    match result {
        Ok(Outcome::Ok) => 0,
        Ok(Outcome::LostInput) => 1,
        Err(e) => {
            if is_broken_pipe(&e) {
                return 0;
            }
            // Any error after Ctrl-C comes from stopping early.
            if retold::progress::interrupted()
                || matches!(e.downcast_ref(), Some(retold::scan::ScanError::Interrupted))
            {
                retold::message!("retold: interrupted");
                return 130;
            }
            retold::message!("retold: error: {e:#}");
            if matches!(e.downcast_ref(), Some(retold::scan::ScanError::Input(_)))
                || e.chain().any(|c| c.is::<retold::ingest::Problem>())
            {
                retold::message!("retold: stopped at the first input problem (--strict)");
            }
            1
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
