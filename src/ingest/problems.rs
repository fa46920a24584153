//! Problems found in the input: what went wrong, where, and what retold did about it.
//!
//! A bad record never stops a scan: it is reported on stderr as `file:line: reason`, counted,
//! and skipped (or repaired, for invalid UTF-8), and every good record is still processed.
//! `--strict` turns the first problem into a fatal error instead. Problems that lose a whole
//! file or the rest of one (nonexistent path, unreadable file, truncated gzip) make the run
//! exit with status 1 after the output is written, like `grep` does.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

/// What retold did about a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The record was kept, possibly repaired.
    Warning,
    /// The record (or a whole file that holds no articles) was skipped.
    Skipped,
    /// A file, or the rest of one, could not be read: articles may be lost.
    FileError,
}

/// Why a record or file is a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    InvalidUtf8 {
        offset: usize,
    },
    /// Not UTF-8 at all, but a single-byte code page: read as Windows-1252 (said once per
    /// run).
    Windows1252 {
        offset: usize,
    },
    NulBytes {
        offset: usize,
    },
    MalformedJson(String),
    NotAnObject,
    MissingField(String),
    /// Records lack a field under its configured name and hold it under a usual other
    /// name, which is read instead (reported once per file).
    FieldAlias {
        field: String,
        alias: String,
    },
    /// An optional field of a type retold cannot read (`"source": {"name": …}` without a
    /// name, a list of dates): the field is left out, the record kept (once per file).
    IgnoredField {
        field: String,
        found: &'static str,
    },
    /// Texts carry web markup, read as a browser shows them (said once per run).
    Markup,
    WrongType {
        field: String,
        found: &'static str,
        /// What the field may be: "a string", or "a string or a number".
        expected: &'static str,
    },
    EmptyDocument,
    TooLarge {
        limit: usize,
    },
    DuplicateId {
        id: String,
        renamed: String,
    },
    MissingIds {
        field: String,
    },
    /// A `date` that is not ISO `YYYY-MM-DD` (reported once per file).
    UnknownDate {
        field: String,
        value: String,
    },
    Binary,
    /// Compressed in a format retold does not read (zip, 7z).
    OtherCompression(&'static str),
    UnsupportedFile,
    SymlinkLoop,
    /// `-` named more than once: standard input can be read only once.
    StdinTwice,
    NotFound,
    Unreadable(String),
    Truncated(String),
}

impl ProblemKind {
    pub fn severity(&self) -> Severity {
        use ProblemKind::*;
        match self {
            InvalidUtf8 { .. }
            | Windows1252 { .. }
            | NulBytes { .. }
            | DuplicateId { .. }
            | MissingIds { .. }
            | UnknownDate { .. }
            | FieldAlias { .. }
            | IgnoredField { .. }
            | Markup
            | StdinTwice => Severity::Warning,
            MalformedJson(_)
            | NotAnObject
            | MissingField(_)
            | WrongType { .. }
            | EmptyDocument
            | TooLarge { .. }
            | Binary
            | OtherCompression(_)
            | UnsupportedFile
            | SymlinkLoop => Severity::Skipped,
            NotFound | Unreadable(_) | Truncated(_) => Severity::FileError,
        }
    }

    /// A short label for the end-of-run summary.
    pub fn label(&self) -> &'static str {
        use ProblemKind::*;
        match self {
            InvalidUtf8 { .. } => "invalid UTF-8 repaired",
            Windows1252 { .. } => "read as Windows-1252",
            NulBytes { .. } => "NUL bytes in text",
            MalformedJson(_) => "malformed JSON",
            NotAnObject => "not a JSON object",
            MissingField(_) => "missing field",
            FieldAlias { .. } => "field read under its usual other name",
            IgnoredField { .. } => "file with an unreadable optional field",
            Markup => "text with web markup",
            WrongType { .. } => "wrong field type",
            EmptyDocument => "empty document",
            TooLarge { .. } => "larger than --max-doc-bytes",
            DuplicateId { .. } => "duplicate id renamed",
            MissingIds { .. } => "file without ids",
            UnknownDate { .. } => "file with unreadable dates",
            Binary => "binary file",
            OtherCompression(_) => "unsupported compression",
            UnsupportedFile => "unsupported file type",
            SymlinkLoop => "symlink loop",
            StdinTwice => "standard input named twice",
            NotFound => "nonexistent path",
            Unreadable(_) => "unreadable file",
            Truncated(_) => "truncated or corrupt stream",
        }
    }
}

impl ProblemKind {
    /// Is this a note on how the input was read (a field under its usual other name, web
    /// markup cleaned) rather than a problem? Notes lose and change nothing the user wrote,
    /// so `--strict` does not stop at them and the summary counts them apart.
    pub fn is_note(&self) -> bool {
        matches!(self, ProblemKind::FieldAlias { .. } | ProblemKind::Markup)
    }

    /// What retold did about it, for the message printed when the run goes on.
    pub fn consequence(&self) -> Option<&'static str> {
        use ProblemKind::*;
        Some(match self {
            InvalidUtf8 { .. } => "bad bytes replaced with U+FFFD, record kept",
            Windows1252 { .. } => "read as Windows-1252 (Latin-1), record kept",
            NulBytes { .. } => "treated as a space, record kept",
            DuplicateId { .. } | MissingIds { .. } => "record kept",
            UnknownDate { .. } => "records kept as undated",
            FieldAlias { .. } => "--text-field, --title-field, --date-field name others",
            IgnoredField { .. } => "field left out, records kept",
            Markup => "tags dropped and entities decoded (offsets index the cleaned text)",
            MalformedJson(_)
            | NotAnObject
            | MissingField(_)
            | WrongType { .. }
            | EmptyDocument
            | TooLarge { .. } => "record skipped",
            Binary | OtherCompression(_) | UnsupportedFile | SymlinkLoop => "file skipped",
            StdinTwice => "read once",
            Truncated(_) => "the rest of the file is lost",
            NotFound | Unreadable(_) => return None,
        })
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind::*;
        match self {
            InvalidUtf8 { offset } => write!(f, "invalid UTF-8 at byte {offset} of the record"),
            Windows1252 { offset } => write!(
                f,
                "not UTF-8 (first non-UTF-8 byte at {offset} of the record, and no UTF-8 beyond ASCII)"
            ),
            NulBytes { offset } => write!(f, "NUL byte in the text at byte {offset}"),
            MalformedJson(e) => write!(f, "malformed JSON: {e}"),
            NotAnObject => write!(f, "expected a JSON object"),
            MissingField(name) => write!(f, "missing field `{name}`"),
            FieldAlias { field, alias } => {
                write!(f, "records have no `{field}`; reading their `{alias}` instead")
            }
            Markup => write!(f, "texts carry HTML tags or entities"),
            IgnoredField { field, found } => write!(
                f,
                "field `{field}` is {found}, expected a string or a number"
            ),
            WrongType {
                field,
                found,
                expected,
            } => {
                write!(f, "field `{field}` is {found}, expected {expected}")
            }
            EmptyDocument => write!(f, "empty document (no text)"),
            TooLarge { limit } => write!(
                f,
                "larger than --max-doc-bytes ({})",
                crate::report::counted(*limit, "byte", "bytes")
            ),
            DuplicateId { id, renamed } => {
                write!(
                    f,
                    "duplicate id `{id}`; this record is reported as `{renamed}`"
                )
            }
            MissingIds { field } => write!(
                f,
                "records have no `{field}` field; using FILE:LINE as their ids"
            ),
            UnknownDate { field, value } => write!(
                f,
                "`{field}` is `{value}`, not a date retold reads (2022-01-27; Thu, 27 Jan 2022; January 27, 2022; Unix seconds); --date-window ignores such records"
            ),
            Binary => write!(f, "binary file (NUL bytes or not text)"),
            OtherCompression(name) => write!(
                f,
                "a {name} archive; retold reads files compressed with gzip, zstd, bzip2 or xz (extract it, or compress the files with one of those)"
            ),
            UnsupportedFile => write!(
                f,
                "not a .txt, .text, .md, .jsonl, .ndjson or .json file (optionally .gz/.zst/.bz2/.xz)"
            ),
            SymlinkLoop => write!(f, "symlink loop"),
            StdinTwice => write!(f, "standard input is named more than once"),
            NotFound => write!(f, "no such file or directory"),
            Unreadable(e) => write!(f, "cannot read: {e}"),
            Truncated(e) => write!(f, "stream ends early or is corrupt ({e})"),
        }
    }
}

/// One problem, with where it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: Arc<str>,
    /// 1-based line of a JSONL record; `None` for whole files.
    pub line: Option<u64>,
    pub kind: ProblemKind,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.kind),
            None => write!(f, "{}: {}", self.file, self.kind),
        }
    }
}

impl std::error::Error for Problem {}

/// How many problem messages are printed before only counting.
pub const MAX_PRINTED: usize = 1000;

/// Collects problems: prints them (up to `MAX_PRINTED`), counts them by label, and enforces
/// `--strict`.
#[derive(Debug, Default)]
pub struct Problems {
    strict: bool,
    silent: bool,
    printed: usize,
    counts: BTreeMap<&'static str, usize>,
    /// Notes on how the input was read (`ProblemKind::is_note`), counted apart.
    note_counts: BTreeMap<&'static str, usize>,
    worst: Option<Severity>,
    /// A record or file with content was skipped (an empty one is no loss).
    skipped: bool,
}

impl Problems {
    pub fn new(strict: bool) -> Self {
        Self {
            strict,
            ..Self::default()
        }
    }

    /// A collector that neither prints nor fails (for re-reads of input already checked).
    pub fn silent() -> Self {
        Self {
            silent: true,
            ..Self::default()
        }
    }

    /// Record a problem. In strict mode the first one comes back as an error.
    pub fn report(&mut self, problem: Problem) -> Result<(), Problem> {
        if self.silent {
            return Ok(());
        }
        let note = problem.kind.is_note();
        if self.strict && !note {
            return Err(problem);
        }
        let counts = if note {
            &mut self.note_counts
        } else {
            &mut self.counts
        };
        *counts.entry(problem.kind.label()).or_default() += 1;
        self.worst = self.worst.max(Some(problem.kind.severity()));
        self.skipped |= problem.kind.severity() >= Severity::Skipped
            && problem.kind != ProblemKind::EmptyDocument;
        if self.printed < MAX_PRINTED {
            match problem.kind.consequence() {
                Some(c) => crate::message!("retold: {problem}; {c}"),
                None => crate::message!("retold: {problem}"),
            }
            self.printed += 1;
            if self.printed == MAX_PRINTED {
                crate::message!("retold: further problems are counted but not printed");
            }
        }
        Ok(())
    }

    pub fn total(&self) -> usize {
        self.counts.values().sum()
    }

    /// True when a file or part of one could not be read.
    pub fn lost_input(&self) -> bool {
        self.worst == Some(Severity::FileError)
    }

    /// Was a record or file with content skipped (or worse)? An empty one is no loss.
    pub fn skipped_any(&self) -> bool {
        self.skipped
    }

    /// Counts per label of the problems (notes left out), for the summary.
    pub fn counts(&self) -> &BTreeMap<&'static str, usize> {
        &self.counts
    }

    /// The lines for the end of the run: `input problems: …` when something was skipped,
    /// repaired or lost, then `input notes: …` when the input was read in a way worth
    /// knowing (a field under its other name, markup cleaned). A note is no problem: a user
    /// reading "problems" would look for damage that is not there.
    pub fn summary(&self) -> Vec<String> {
        [
            ("input problems", &self.counts),
            ("input notes", &self.note_counts),
        ]
        .into_iter()
        .filter(|(_, counts)| !counts.is_empty())
        .map(|(heading, counts)| {
            let parts: Vec<String> = counts.iter().map(|(k, v)| counted(k, *v)).collect();
            format!("{heading}: {}", parts.join(", "))
        })
        .collect()
    }
}

/// "1 empty document", "2 empty documents": a summary label with its count, in the plural
/// when the count is not one (a new user read "2 unsupported file type").
fn counted(label: &str, n: usize) -> String {
    if n == 1 {
        return format!("1 {label}");
    }
    let plural = match label {
        "not a JSON object" => "not JSON objects",
        "missing field" => "missing fields",
        "field read under its usual other name" => "fields read under their usual other names",
        "file with an unreadable optional field" => "files with an unreadable optional field",
        "text with web markup" => "texts with web markup",
        "wrong field type" => "wrong field types",
        "empty document" => "empty documents",
        "duplicate id renamed" => "duplicate ids renamed",
        "file without ids" => "files without ids",
        "file with unreadable dates" => "files with unreadable dates",
        "binary file" => "binary files",
        "unsupported compression" => "files with unsupported compression",
        "unsupported file type" => "files of unsupported type",
        "symlink loop" => "symlink loops",
        "nonexistent path" => "nonexistent paths",
        "unreadable file" => "unreadable files",
        "truncated or corrupt stream" => "truncated or corrupt streams",
        // "invalid UTF-8 repaired", "malformed JSON", "larger than --max-doc-bytes", …
        other => other,
    };
    format!("{n} {plural}")
}
