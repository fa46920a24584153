//! `retold scan`.

use super::output::write_output;
use super::{InputArgs, Outcome, RunArgs};
use clap::Args;
use retold::ingest::Problems;
use retold::report::{counted, write_json, write_jsonl, write_text, Format, TextOptions};
use retold::scan::{scan, ScanConfig, DEFAULT_THRESHOLD};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ScanArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    run: RunArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Only the copy tier: duplicates and near duplicates at word-shingle Jaccard ≥
    /// --threshold (normalize, shingle, MinHash, LSH, verify, cluster). Abridged copies
    /// (one text inside another, low Jaccard) are proposed by the story tier, so only a full
    /// scan finds them.
    #[arg(long)]
    copies_only: bool,
    /// Minimum exact word-shingle Jaccard for a near duplicate.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD, value_name = "J", value_parser = unit_interval)]
    threshold: f64,
    /// MinHash permutations.
    #[arg(long, default_value_t = retold::sketch::DEFAULT_NUM_PERM as u16, value_name = "N", value_parser = clap::value_parser!(u16).range(8..=1024))]
    num_perm: u16,
    /// Shingle width in words.
    #[arg(long, default_value_t = retold::shingle::DEFAULT_K as u8, value_name = "K", value_parser = clap::value_parser!(u8).range(1..=32))]
    shingle_size: u8,
    /// Seed of the MinHash functions.
    #[arg(long, default_value_t = retold::sketch::DEFAULT_SEED, value_name = "SEED")]
    seed: u64,
    /// Memory for the shingles kept from the first read of the dump, in MiB (4 bytes per word
    /// of distinct text; the default holds about 150k news articles). If the dump's shingles
    /// do not fit, none are kept and the dump is read again where they are needed, holding at
    /// most this much (but at least 64 MiB) of them per read: same result, slower. Not a cap
    /// on total memory.
    #[arg(long, default_value_t = (retold::scan::SHINGLE_MEMORY_BUDGET >> 20) as u32, value_name = "MIB")]
    shingle_memory: u32,
    #[command(flatten)]
    story: StoryArgs,
    /// Report only the flags whose confidence is at least C. The confidence says how often
    /// flags of its kind were right on the development reads: 0.5 keeps spelling variants,
    /// less precise values, names and the surer attributions and titles, and drops
    /// conflicting figures and dates (0.2–0.4) and places (0.3–0.5: 0.5 only between
    /// sentences that are otherwise the same), which were more often two things than one
    /// fact told two ways.
    #[arg(long, default_value_t = 0.0, value_name = "C", value_parser = unit_interval)]
    min_confidence: f64,
    /// Skip the claims stage (no `conflicts`; faster on big dumps).
    #[arg(long)]
    no_claims: bool,
    /// Print what each stage did and how long it took (on stderr).
    #[arg(long, short)]
    verbose: bool,
}

/// Flags of the story tier (shared by `scan` and `compare`; `score` takes only `--background`).
#[derive(Debug, Clone, Args)]
pub struct StoryArgs {
    /// Mean story similarity two groups of articles need to be one story.
    #[arg(long, default_value_t = shown(retold::story::DEFAULT_STORY_THRESHOLD), value_name = "S", value_parser = unit_interval)]
    pub story_threshold: f64,
    /// Extra corpora (files or directories) whose articles only add to the term statistics.
    #[arg(long, value_name = "PATH")]
    pub background: Vec<PathBuf>,
    /// Only articles published within DAYS of each other can be one story (when both have a
    /// `date`); `off` lets articles any distance apart be one story.
    #[arg(long, value_name = "DAYS|off", default_value_t = DateWindow(Some(retold::story::DEFAULT_DATE_WINDOW)), value_parser = date_window, allow_negative_numbers = true)]
    pub date_window: DateWindow,
}

impl StoryArgs {
    pub fn config(&self) -> retold::story::StoryConfig {
        retold::story::StoryConfig {
            threshold: self.story_threshold as f32,
            date_window: self.date_window.0,
            ..Default::default()
        }
    }
}

/// `--date-window`: a number of days, or none.
#[derive(Debug, Clone, Copy)]
pub struct DateWindow(pub Option<u32>);

impl std::fmt::Display for DateWindow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(days) => write!(f, "{days}"),
            None => f.write_str("off"),
        }
    }
}

fn date_window(value: &str) -> Result<DateWindow, String> {
    if value.eq_ignore_ascii_case("off") {
        return Ok(DateWindow(None));
    }
    value
        .parse()
        .map(|days| DateWindow(Some(days)))
        .map_err(|_| format!("`{value}` is not a number of days or `off`"))
}

/// An `f32` default as it reads in the source (0.22, not 0.2199999988079071).
fn shown(x: f32) -> f64 {
    x.to_string().parse().unwrap_or(f64::from(x))
}

pub(crate) fn unit_interval(s: &str) -> Result<f64, String> {
    let x: f64 = s.parse().map_err(|_| format!("`{s}` is not a number"))?;
    if (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(format!("{x} is not between 0 and 1"))
    }
}

pub fn run(args: ScanArgs) -> anyhow::Result<Outcome> {
    let progress = args.run.setup()?;
    super::output::check_output(args.output.as_deref())?;
    let cfg = ScanConfig {
        ingest: args.input.ingest_config(),
        shingle_k: args.shingle_size as usize,
        num_perm: args.num_perm as usize,
        seed: args.seed,
        shingle_memory: (args.shingle_memory as usize) << 20,
        threshold: args.threshold,
        copies_only: args.copies_only,
        story: args.story.config(),
        background: args.story.background.clone(),
        claims: !args.no_claims,
    };
    let mut problems = Problems::new(args.input.strict);
    let mut out = scan(&args.input.inputs, &cfg, &mut problems, progress)?;
    out.conflicts
        .retain(|c| c.conflict.confidence >= args.min_confidence);
    let text_options = TextOptions::of(&cfg);
    write_output(args.output.as_deref(), |w| match args.format {
        Format::Text => write_text(&out, &text_options, w),
        Format::Json => write_json(&out, w),
        Format::Jsonl => write_jsonl(&out, w),
    })?;
    for line in problems.summary() {
        retold::message!("retold: {line}");
    }
    if args.verbose {
        let s = &out.stats;
        let (group, groups) = text_options.group_nouns();
        retold::message!(
            "retold: {} ({}, {:.1} MB of text); {}, {}; {}, {}, {}{}",
            counted(out.docs.len(), "document", "documents"),
            counted(s.distinct_texts, "distinct text", "distinct texts"),
            s.bytes as f64 / 1e6,
            counted(s.copy_candidates, "copy candidate", "copy candidates"),
            counted(s.story_candidates, "story candidate", "story candidates"),
            counted(out.pairs.len(), "pair", "pairs"),
            counted(out.stories.len(), group, groups),
            counted(out.conflicts.len(), "conflict", "conflicts"),
            if s.reread {
                "; shingles did not fit --shingle-memory: input re-read"
            } else {
                ""
            }
        );
        for (stage, t) in &s.timings {
            retold::message!("retold: {:>8.2} s  {stage}", t.as_secs_f64());
        }
    }
    if out.stats.stories_capped > 0 && args.verbose {
        let n = out.stats.stories_capped;
        retold::message!(
            "retold: {n} {} more than {} distinct texts; claims compared their first {}",
            if n == 1 { "story has" } else { "stories have" },
            retold::scan::MAX_CLAIM_MEMBERS,
            retold::scan::MAX_CLAIM_MEMBERS
        );
    }
    if out.docs.is_empty() {
        args.input.report_no_documents(&problems);
    }
    // Every record or file skipped is input lost, not an empty dump.
    let nothing_read = out.docs.is_empty() && problems.skipped_any();
    Ok(if problems.lost_input() || nothing_read {
        Outcome::LostInput
    } else {
        Outcome::Ok
    })
}
