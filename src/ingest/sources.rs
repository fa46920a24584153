//! Turning the command line's inputs into an ordered list of sources.
//!
//! Directories are walked recursively with entries sorted by name (byte order), so the
//! document order, and with it every id and the output, does not depend on the order the file
//! system lists them in. Symlinks are followed; a directory already on the current walk path
//! is a loop and is skipped. Hidden entries (names starting with `.`) are ignored. Inside
//! directories only known extensions are read; a file named explicitly is always read, its
//! format sniffed when the extension does not say.

use super::problems::{Problem, ProblemKind, Problems};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How records are laid out in a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The whole file is one article; its id is the file stem.
    Text,
    /// One JSON object per line.
    Jsonl,
}

/// Compression, from the extension or the magic bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

/// One input: a file, or standard input (`path == None`).
#[derive(Debug, Clone)]
pub struct Source {
    pub path: Option<PathBuf>,
    /// The name used in messages (the path as given, or `-`).
    pub display: Arc<str>,
    /// `None` = sniff from the content.
    pub format: Option<Format>,
    /// Id of a text document: the file stem without compression or format extensions.
    pub stem: String,
}

impl Source {
    pub fn stdin() -> Self {
        Source {
            path: None,
            display: Arc::from("-"),
            format: None,
            stem: "stdin".to_string(),
        }
    }

    fn file(path: &Path, format: Option<Format>) -> Self {
        Source {
            path: Some(path.to_path_buf()),
            display: Arc::from(path.display().to_string()),
            format,
            stem: stem_of(path),
        }
    }
}

/// Split `name.ext[.gz|.zst]` into its format (by extension, if known).
pub fn format_of(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let name = strip_compression(&name);
    let ext = Path::new(name).extension()?.to_str()?;
    match ext {
        "txt" | "md" | "text" => Some(Format::Text),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        _ => None,
    }
}

fn strip_compression(name: &str) -> &str {
    for ext in [".gz", ".zst", ".zstd"] {
        if let Some(s) = name.strip_suffix(ext) {
            return s;
        }
    }
    name
}

/// The file name without compression and format extensions (`000_ab.txt.gz` → `000_ab`).
fn stem_of(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let lower = name.to_ascii_lowercase();
    let without_comp = strip_compression(&lower).len();
    let name = &name[..without_comp];
    match Path::new(name).extension().and_then(|e| e.to_str()) {
        Some(ext) if !ext.is_empty() && name.len() > ext.len() + 1 => {
            name[..name.len() - ext.len() - 1].to_string()
        }
        _ => name.to_string(),
    }
}

/// Expand the inputs into sources, reporting paths that cannot be used.
pub fn expand(inputs: &[PathBuf], problems: &mut Problems) -> Result<Vec<Source>, Problem> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::stdin());
            continue;
        }
        let display: Arc<str> = Arc::from(input.display().to_string());
        match std::fs::metadata(input) {
            Ok(meta) if meta.is_dir() => {
                let mut stack = Vec::new();
                walk(input, &mut stack, &mut out, problems)?;
            }
            Ok(_) => out.push(Source::file(input, format_of(input))),
            Err(e) => {
                let kind = if e.kind() == std::io::ErrorKind::NotFound {
                    ProblemKind::NotFound
                } else {
                    io_problem(&e)
                };
                problems.report(Problem {
                    file: display,
                    line: None,
                    kind,
                })?;
            }
        }
    }
    Ok(out)
}

/// An error from `metadata`: a symlink that (eventually) points to itself is a loop, like a
/// directory loop found by the walk; anything else makes the path unreadable.
fn io_problem(e: &std::io::Error) -> ProblemKind {
    // ELOOP: "too many levels of symbolic links" (no stable `ErrorKind` for it yet).
    const ELOOP: i32 = if cfg!(any(target_os = "macos", target_os = "ios", target_os = "freebsd")) {
        62
    } else {
        40
    };
    if cfg!(unix) && e.raw_os_error() == Some(ELOOP) {
        ProblemKind::SymlinkLoop
    } else {
        ProblemKind::Unreadable(e.to_string())
    }
}

fn walk(
    dir: &Path,
    stack: &mut Vec<PathBuf>,
    out: &mut Vec<Source>,
    problems: &mut Problems,
) -> Result<(), Problem> {
    let problem = |kind| Problem {
        file: Arc::from(dir.display().to_string()),
        line: None,
        kind,
    };
    let canonical = match dir.canonicalize() {
        Ok(c) => c,
        Err(e) => return problems.report(problem(ProblemKind::Unreadable(e.to_string()))),
    };
    if stack.contains(&canonical) {
        return problems.report(problem(ProblemKind::SymlinkLoop));
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => return problems.report(problem(ProblemKind::Unreadable(e.to_string()))),
    };
    let mut children: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) if !e.file_name().to_string_lossy().starts_with('.') => children.push(e.path()),
            Ok(_) => {}
            Err(e) => problems.report(problem(ProblemKind::Unreadable(e.to_string())))?,
        }
    }
    children.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    stack.push(canonical);
    for child in children {
        let child_problem = |kind| Problem {
            file: Arc::from(child.display().to_string()),
            line: None,
            kind,
        };
        match std::fs::metadata(&child) {
            Ok(meta) if meta.is_dir() => walk(&child, stack, out, problems)?,
            Ok(_) => match format_of(&child) {
                Some(format) => out.push(Source::file(&child, Some(format))),
                None => problems.report(child_problem(ProblemKind::UnsupportedFile))?,
            },
            // A dangling symlink, or a loop the OS detected (ELOOP).
            Err(e) => problems.report(child_problem(io_problem(&e)))?,
        }
    }
    stack.pop();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_and_formats() {
        assert_eq!(stem_of(Path::new("a/000_ab.txt")), "000_ab");
        assert_eq!(stem_of(Path::new("a/x.jsonl.gz")), "x");
        assert_eq!(stem_of(Path::new("README")), "README");
        assert_eq!(format_of(Path::new("x.NDJSON.zst")), Some(Format::Jsonl));
        assert_eq!(format_of(Path::new("x.md.gz")), Some(Format::Text));
        assert_eq!(format_of(Path::new("x.png")), None);
    }
}
