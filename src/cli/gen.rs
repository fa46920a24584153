//! `retold gen`: write a labelled benchmark dump (see `retold::gen`).

use super::scan::unit_interval;
use super::{Outcome, RunArgs};
use anyhow::Context;
use clap::Args;
use retold::gen::{
    generate, Corpus, CorpusError, GenConfig, DEFAULT_COPY_FRACTION, DEFAULT_RETELLING_FRACTION,
};
use retold::report::counted;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Debug, Args)]
pub struct GenArgs {
    #[command(flatten)]
    run: RunArgs,
    /// Number of documents to write.
    #[arg(long, short = 'n', default_value_t = 10_000, value_name = "N")]
    docs: usize,
    /// Seed: the same seed and data give byte-identical output.
    #[arg(long, default_value_t = 1, value_name = "SEED")]
    seed: u64,
    /// Directory of the source datasets (reuters21578, bbc, wmt21-*, ecbplus-dev, allsides
    /// .jsonl.gz); the default is relative to the current directory (the repository root).
    #[arg(long, default_value = "../shared/data", value_name = "DIR")]
    data: PathBuf,
    /// Where to write the dump (JSONL; `.gz` or `.zst` compresses).
    #[arg(long, short, value_name = "FILE")]
    output: PathBuf,
    /// Where to write the ground truth (JSONL; `.gz` or `.zst` compresses).
    #[arg(long, value_name = "FILE")]
    truth: PathBuf,
    /// Share of documents that are copies (verbatim, edited, boilerplate, abridged).
    #[arg(long, default_value_t = DEFAULT_COPY_FRACTION, value_name = "F", value_parser = unit_interval)]
    copy_fraction: f64,
    /// Share of documents from labelled retelling groups (capped by what the data holds).
    #[arg(long, default_value_t = DEFAULT_RETELLING_FRACTION, value_name = "F", value_parser = unit_interval)]
    retelling_fraction: f64,
}

/// Do two paths name one file (as written, or once both exist)?
fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || matches!(
            (std::fs::canonicalize(a), std::fs::canonicalize(b)),
            (Ok(x), Ok(y)) if x == y
        )
}

/// The error of a data directory without the source articles. The default `../shared/data`
/// is relative, so a run from another directory than the repository root looks elsewhere: the
/// message names the directory it looked in as an absolute path, and the flag that moves it.
fn no_source_articles(dir: &Path) -> anyhow::Error {
    anyhow::anyhow!(
        "{}; --data DIR names the directory that holds them",
        CorpusError::Empty(absolute(dir))
    )
}

/// `dir` from the root: its deepest existing ancestor resolved (no `..` left in
/// `/tmp/x/../shared/data`), the rest as written, since the directory itself may not exist.
fn absolute(dir: &Path) -> PathBuf {
    let abs = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    abs.ancestors()
        .find_map(|a| {
            let real = a.canonicalize().ok()?;
            Some(real.join(abs.strip_prefix(a).ok()?))
        })
        .unwrap_or(abs)
}

/// A file, compressed by its extension.
enum Sink {
    Plain(BufWriter<File>),
    Gzip(flate2::write::GzEncoder<BufWriter<File>>),
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<File>>),
}

impl Sink {
    fn create(path: &Path) -> anyhow::Result<Sink> {
        let file =
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
        let w = BufWriter::with_capacity(1 << 20, file);
        let name = path.to_string_lossy().to_ascii_lowercase();
        Ok(if name.ends_with(".gz") {
            // Level 1: a benchmark dump is written once and read many times; speed over size.
            Sink::Gzip(flate2::write::GzEncoder::new(
                w,
                flate2::Compression::fast(),
            ))
        } else if name.ends_with(".zst") || name.ends_with(".zstd") {
            Sink::Zstd(zstd::stream::write::Encoder::new(w, 3)?)
        } else {
            Sink::Plain(w)
        })
    }

    fn finish(self) -> io::Result<()> {
        let mut w = match self {
            Sink::Plain(w) => w,
            Sink::Gzip(g) => g.finish()?,
            Sink::Zstd(z) => z.finish()?,
        };
        w.flush()?;
        w.into_inner().map_err(|e| e.into_error())?.sync_all()
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Plain(w) => w.write(buf),
            Sink::Gzip(w) => w.write(buf),
            Sink::Zstd(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Plain(w) => w.flush(),
            Sink::Gzip(w) => w.flush(),
            Sink::Zstd(w) => w.flush(),
        }
    }
}

pub fn run(args: GenArgs) -> anyhow::Result<Outcome> {
    if same_file(&args.output, &args.truth) {
        super::usage_error(
            "gen",
            format!(
                "--output and --truth name the same file ({}): the truth would overwrite the dump",
                args.output.display()
            ),
        );
    }
    let progress = args.run.setup()?;
    let start = Instant::now();
    let corpus = Corpus::load(&args.data).map_err(|e| match e {
        CorpusError::Empty(dir) => no_source_articles(&dir),
        e => e.into(),
    })?;
    let cfg = GenConfig {
        docs: args.docs,
        seed: args.seed,
        copy_fraction: args.copy_fraction,
        retelling_fraction: args.retelling_fraction,
    };
    let mut dump = Sink::create(&args.output)?;
    let mut truth = Sink::create(&args.truth)?;
    let summary = generate(&corpus, &cfg, &mut dump, &mut truth, progress)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    dump.finish()
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    truth
        .finish()
        .with_context(|| format!("cannot write {}", args.truth.display()))?;
    if !args.run.quiet {
        let kinds: Vec<String> = summary
            .kinds
            .iter()
            .map(|(k, n)| format!("{} {n}", k.as_str()))
            .collect();
        retold::message!(
            "retold gen: {} ({:.1} MB of JSONL; {} from synthetic articles), {} of 2+, {} in {:.1}s{}",
            counted(summary.docs, "document", "documents"),
            summary.bytes as f64 / 1e6,
            summary.synthetic,
            counted(summary.stories, "story", "stories"),
            counted(summary.pairs, "truth pair", "truth pairs"),
            start.elapsed().as_secs_f64(),
            if kinds.is_empty() {
                String::new()
            } else {
                format!("\n  {}", kinds.join(", "))
            }
        );
    }
    Ok(Outcome::Ok)
}
