//! Turning the command line's inputs into an ordered list of sources.
//!
//! Directories are walked recursively with entries sorted by name (byte order), so the
//! document order, and with it every id and the output, does not depend on the order the file
//! system lists them in. Symlinks are followed; a directory already on the current walk path
//! is a loop and is skipped. Hidden entries (names starting with `.`) are ignored. Inside
//! directories only known extensions are read; a file named explicitly is always read, its
//! format sniffed when the extension does not say.
//!
//! A named pipe (`retold scan <(zcat dump.gz)`), or any other input that is not a regular file,
//! can be read only once, while a scan reads its input in several passes: its content is
//! copied to a temporary file when the sources are listed, and read from there (messages still
//! name the pipe). Standard input is spooled by the first pass instead (see `scan`).

use super::problems::{Problem, ProblemKind, Problems};
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How records are laid out in a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The whole file is one article; its id is the file stem.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// A JSON document: an array of objects, one object (pretty-printed or not), or several
    /// objects one after another (JSON Lines named `.json`). Read whole, then record by record.
    Json,
}

/// Compression, from the magic bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
    Bzip2,
    Xz,
}

impl Compression {
    /// How many bytes `sniff` needs to see (bzip2's header and first block magic).
    pub const MAGIC_LEN: usize = 10;

    /// The compression the first bytes of a stream announce (gzip's, zstd's, bzip2's and
    /// xz's magic).
    pub fn sniff(head: &[u8]) -> Self {
        if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else if bzip2_header(head) {
            Compression::Bzip2
        } else if head.starts_with(&[0xFD, b'7', b'z', b'X', b'Z', 0]) {
            Compression::Xz
        } else {
            Compression::None
        }
    }

    /// The decompressed stream of `raw`. Concatenated members or streams (`cat a.gz b.gz`,
    /// pbzip2's and pixz's output) are read one after another.
    pub fn decode<'a, R: BufRead + Send + 'a>(
        self,
        raw: R,
    ) -> io::Result<Box<dyn Read + Send + 'a>> {
        Ok(match self {
            Compression::None => Box::new(raw),
            Compression::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(raw)),
            Compression::Zstd => Box::new(zstd::stream::read::Decoder::with_buffer(raw)?),
            Compression::Bzip2 => Box::new(bzip2::bufread::MultiBzDecoder::new(raw)),
            Compression::Xz => Box::new(liblzma::bufread::XzDecoder::new_multi_decoder(raw)),
        })
    }
}

/// "BZh", a block size 1–9, then a block's or the end of stream's magic: a text that starts
/// with "BZh1" is no bzip2 stream.
fn bzip2_header(head: &[u8]) -> bool {
    head.len() >= 10
        && head.starts_with(b"BZh")
        && (b'1'..=b'9').contains(&head[3])
        && matches!(&head[4..10], b"1AY&SY" | b"\x17rE8P\x90")
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
    /// The temporary copy of a pipe that `path` points to, removed with the last clone.
    spooled: Option<Arc<tempfile::TempPath>>,
}

impl Source {
    pub fn stdin() -> Self {
        Source {
            path: None,
            display: Arc::from("-"),
            format: None,
            stem: "stdin".to_string(),
            spooled: None,
        }
    }

    /// A file (or standard input when `path` is `None`) named `display` in messages, its id
    /// stem taken from `display`.
    pub fn new(path: Option<PathBuf>, display: &str, format: Option<Format>) -> Self {
        Source {
            path,
            display: Arc::from(display),
            format,
            stem: stem_of(Path::new(display)),
            spooled: None,
        }
    }

    fn file(path: &Path, format: Option<Format>) -> Self {
        Source {
            path: Some(path.to_path_buf()),
            display: Arc::from(path.display().to_string()),
            format,
            stem: stem_of(path),
            spooled: None,
        }
    }

    /// A pipe or device: copy what it holds now to a temporary file, read from there.
    fn spool(path: &Path, format: Option<Format>) -> std::io::Result<Self> {
        let mut tmp = tempfile::Builder::new().prefix("retold-pipe-").tempfile()?;
        std::io::copy(&mut std::fs::File::open(path)?, tmp.as_file_mut())?;
        let spooled = tmp.into_temp_path();
        Ok(Source {
            path: Some(spooled.to_path_buf()),
            spooled: Some(Arc::new(spooled)),
            ..Source::file(path, format)
        })
    }

    /// True when this source reads a temporary copy of a pipe.
    pub fn is_spooled(&self) -> bool {
        self.spooled.is_some()
    }
}

/// A file named on the command line or found in a directory: read in place if it is a
/// regular file, copied first if it is a pipe or device.
fn add_file(
    path: &Path,
    meta: &std::fs::Metadata,
    format: Option<Format>,
    out: &mut Vec<Source>,
    problems: &mut Problems,
) -> Result<(), Problem> {
    if meta.is_file() {
        out.push(Source::file(path, format));
        return Ok(());
    }
    match Source::spool(path, format) {
        Ok(source) => {
            out.push(source);
            Ok(())
        }
        Err(e) => problems.report(Problem {
            file: Arc::from(path.display().to_string()),
            line: None,
            kind: ProblemKind::Unreadable(e.to_string()),
        }),
    }
}

/// Split `name.ext[.gz|.zst|.bz2|.xz]` into its format (by extension, if known).
pub fn format_of(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let name = strip_compression(&name);
    let ext = Path::new(name).extension()?.to_str()?;
    match ext {
        "txt" | "md" | "text" => Some(Format::Text),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "json" => Some(Format::Json),
        _ => None,
    }
}

/// An archive retold does not open, by its extension (`.zip`, `.7z`, `.tar`, `.rar`).
fn archive_of(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "zip" => Some("zip"),
        "7z" => Some("7z"),
        "tar" | "tgz" => Some("tar"),
        "rar" => Some("rar"),
        _ => None,
    }
}

fn strip_compression(name: &str) -> &str {
    for ext in [".gz", ".zst", ".zstd", ".bz2", ".xz"] {
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
            if out.iter().any(|s: &Source| s.path.is_none()) {
                problems.report(Problem {
                    file: Arc::from("-"),
                    line: None,
                    kind: ProblemKind::StdinTwice,
                })?;
            } else {
                out.push(Source::stdin());
            }
            continue;
        }
        let display: Arc<str> = Arc::from(input.display().to_string());
        match std::fs::metadata(input) {
            Ok(meta) if meta.is_dir() => {
                let mut stack = Vec::new();
                walk(input, &mut stack, &mut out, problems)?;
            }
            Ok(meta) => add_file(input, &meta, format_of(input), &mut out, problems)?,
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
    const ELOOP: i32 = if cfg!(any(
        target_os = "macos",
        target_os = "ios",
        target_os = "freebsd"
    )) {
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
            Ok(meta) => match format_of(&child) {
                Some(format) => add_file(&child, &meta, Some(format), out, problems)?,
                None => problems.report(child_problem(
                    archive_of(&child)
                        .map_or(ProblemKind::UnsupportedFile, ProblemKind::OtherCompression),
                ))?,
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
    fn compression_from_the_first_bytes() {
        assert_eq!(Compression::sniff(&[0x1f, 0x8b, 8, 0]), Compression::Gzip);
        assert_eq!(Compression::sniff(b"BZh91AY&SY"), Compression::Bzip2);
        assert_eq!(Compression::sniff(b"BZh9\x17rE8P\x90"), Compression::Bzip2);
        assert_eq!(Compression::sniff(b"BZh is a word"), Compression::None);
        assert_eq!(
            Compression::sniff(b"BZh1 is our newsletter"),
            Compression::None
        );
        assert_eq!(
            Compression::sniff(&[0xFD, b'7', b'z', b'X', b'Z', 0]),
            Compression::Xz
        );
        assert_eq!(
            Compression::sniff(&[0xFD, b'7', b'z', b'X']),
            Compression::None
        );
        assert_eq!(
            Compression::sniff(&[0x28, 0xb5, 0x2f, 0xfd, 0]),
            Compression::Zstd
        );
        assert_eq!(Compression::sniff(b"{\"id\""), Compression::None);
        assert_eq!(Compression::sniff(&[0x1f]), Compression::None);
    }

    #[test]
    fn stems_and_formats() {
        assert_eq!(stem_of(Path::new("a/000_ab.txt")), "000_ab");
        assert_eq!(stem_of(Path::new("a/x.jsonl.gz")), "x");
        assert_eq!(stem_of(Path::new("README")), "README");
        assert_eq!(format_of(Path::new("x.NDJSON.zst")), Some(Format::Jsonl));
        assert_eq!(format_of(Path::new("export.json.gz")), Some(Format::Json));
        assert_eq!(format_of(Path::new("dump.jsonl.bz2")), Some(Format::Jsonl));
        assert_eq!(format_of(Path::new("a.txt.xz")), Some(Format::Text));
        assert_eq!(stem_of(Path::new("a/x.txt.xz")), "x");
        assert_eq!(format_of(Path::new("x.md.gz")), Some(Format::Text));
        assert_eq!(format_of(Path::new("x.png")), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_copied_so_it_can_be_read_again() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("feed.jsonl");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("no mkfifo: skipped");
            return;
        }
        let writer = {
            let fifo = fifo.clone();
            std::thread::spawn(move || {
                std::fs::write(fifo, b"{\"id\":\"a\",\"text\":\"x\"}\n").unwrap()
            })
        };
        let mut problems = Problems::new(false);
        let sources = expand(std::slice::from_ref(&fifo), &mut problems).unwrap();
        writer.join().unwrap();
        assert_eq!(sources.len(), 1);
        let s = &sources[0];
        assert!(s.is_spooled());
        assert_eq!(&*s.display, fifo.display().to_string());
        assert_eq!((s.stem.as_str(), s.format), ("feed", Some(Format::Jsonl)));
        let copy = s.path.clone().unwrap();
        for _ in 0..2 {
            assert_eq!(
                std::fs::read(&copy).unwrap(),
                b"{\"id\":\"a\",\"text\":\"x\"}\n"
            );
        }
        drop(sources);
        assert!(!copy.exists(), "the copy goes with the last source");
    }
}
