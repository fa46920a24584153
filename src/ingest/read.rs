//! Reading sources record by record: decompression, line splitting, size limits.
//!
//! The reader only finds record boundaries; turning bytes into documents (`record::parse`) is
//! left to the caller so it can run on all cores. Memory is bounded by the largest record
//! (itself capped by `--max-doc-bytes`), never by the size of a file or of the dump. Gzip
//! (including concatenated members) and zstd are recognized by their magic bytes, so a
//! compressed stream on stdin works too.
//!
//! A source whose first 8 KiB (after decompression) look like binary data is skipped whole
//! (`looks_binary`); a stray NUL or bad byte further in is a problem of one record only.
//! Standard input is read on a helper thread so that Ctrl-C is noticed even while a read is
//! blocked on an idle pipe or terminal; after Ctrl-C the reader ends every stream early and
//! the caller, seeing `progress::interrupted()`, stops.

use super::problems::{Problem, ProblemKind};
use super::sources::{Format, Source};
use flate2::read::MultiGzDecoder;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::Duration;

/// The bytes of one record, before decoding.
#[derive(Debug, Clone)]
pub struct RawRecord {
    /// Index of the source in the list given to the reader.
    pub source: usize,
    /// 1-based line for JSONL records; `None` for whole-file text documents.
    pub line: Option<u64>,
    /// Format of the source (sniffed when the extension did not say).
    pub format: Format,
    pub bytes: Vec<u8>,
}

/// Counts bytes as they are read from the underlying file (compressed size), for progress.
struct Counting<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Copies everything read from standard input into a spool file, so later passes can re-read it.
struct Tee<R> {
    inner: R,
    spool: io::BufWriter<File>,
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.spool.write_all(&buf[..n])?;
        if n == 0 {
            self.spool.flush()?;
        }
        Ok(n)
    }
}

/// Standard input, read by a helper thread in 64 KiB chunks (at most four in flight). `read`
/// waits for the next chunk in short slices and ends the stream when Ctrl-C was pressed,
/// where a plain `stdin.read` would block until the writer sends more or closes.
struct StdinPump {
    chunks: Receiver<io::Result<Vec<u8>>>,
    current: Vec<u8>,
    pos: usize,
    done: bool,
}

impl StdinPump {
    fn start() -> Self {
        let (tx, rx) = mpsc::sync_channel(4);
        std::thread::spawn(move || {
            let mut stdin = io::stdin().lock();
            loop {
                let mut buf = vec![0u8; 1 << 16];
                let sent = match stdin.read(&mut buf) {
                    Ok(n) => {
                        buf.truncate(n);
                        tx.send(Ok(buf)).is_ok() && n > 0
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        false
                    }
                };
                if !sent {
                    return;
                }
            }
        });
        Self {
            chunks: rx,
            current: Vec::new(),
            pos: 0,
            done: false,
        }
    }
}

impl Read for StdinPump {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.current.len() {
            if self.done {
                return Ok(0);
            }
            match self.chunks.recv_timeout(Duration::from_millis(100)) {
                Ok(Ok(chunk)) if chunk.is_empty() => self.done = true,
                Ok(Ok(chunk)) => {
                    self.current = chunk;
                    self.pos = 0;
                }
                Ok(Err(e)) => {
                    self.done = true;
                    return Err(e);
                }
                Err(RecvTimeoutError::Timeout) if crate::progress::interrupted() => return Ok(0),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => self.done = true,
            }
        }
        let n = buf.len().min(self.current.len() - self.pos);
        buf[..n].copy_from_slice(&self.current[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

struct Current {
    source: usize,
    format: Format,
    reader: Box<dyn BufRead + Send>,
    line: u64,
}

/// Sequential reader over all sources, yielding records or problems in input order.
pub struct RecordReader {
    sources: Vec<Source>,
    next: usize,
    current: Option<Current>,
    max_doc_bytes: usize,
    bytes_read: Arc<AtomicU64>,
    spool: Option<File>,
    buf: Vec<u8>,
}

const SNIFF_BYTES: usize = 8192;

impl RecordReader {
    /// `spool`: where to copy standard input (needed when the input is read more than once).
    pub fn new(sources: Vec<Source>, max_doc_bytes: usize, spool: Option<File>) -> Self {
        Self {
            sources,
            next: 0,
            current: None,
            max_doc_bytes: max_doc_bytes.max(1),
            bytes_read: Arc::new(AtomicU64::new(0)),
            spool,
            buf: Vec::new(),
        }
    }

    /// Bytes read so far from the files (compressed), shared with a progress bar.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        self.bytes_read.clone()
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    fn problem(&self, source: usize, line: Option<u64>, kind: ProblemKind) -> Problem {
        Problem {
            file: self.sources[source].display.clone(),
            line,
            kind,
        }
    }

    fn open(&mut self, index: usize) -> Result<Current, Problem> {
        let source = &self.sources[index];
        let counter = self.bytes_read.clone();
        let raw: Box<dyn Read + Send> = match &source.path {
            Some(path) => match File::open(path) {
                Ok(f) => Box::new(Counting { inner: f, counter }),
                Err(e) => {
                    let kind = if e.kind() == io::ErrorKind::NotFound {
                        ProblemKind::NotFound
                    } else {
                        ProblemKind::Unreadable(e.to_string())
                    };
                    return Err(self.problem(index, None, kind));
                }
            },
            None => {
                let stdin = Counting {
                    inner: StdinPump::start(),
                    counter,
                };
                match self.spool.take() {
                    Some(spool) => Box::new(Tee {
                        inner: stdin,
                        spool: io::BufWriter::new(spool),
                    }),
                    None => Box::new(stdin),
                }
            }
        };
        let mut raw = BufReader::with_capacity(1 << 16, raw);
        let magic = match raw.fill_buf() {
            Ok(b) => b.get(..4).map(|m| m.to_vec()).unwrap_or_default(),
            Err(e) => {
                return Err(self.problem(index, None, ProblemKind::Unreadable(e.to_string())))
            }
        };
        let mut reader: Box<dyn BufRead + Send> = if magic.starts_with(&[0x1f, 0x8b]) {
            Box::new(BufReader::with_capacity(1 << 16, MultiGzDecoder::new(raw)))
        } else if magic == [0x28, 0xb5, 0x2f, 0xfd] {
            match zstd::stream::read::Decoder::with_buffer(raw) {
                Ok(d) => Box::new(BufReader::with_capacity(1 << 16, d)),
                Err(e) => {
                    return Err(self.problem(index, None, ProblemKind::Truncated(e.to_string())))
                }
            }
        } else {
            Box::new(raw)
        };
        // Look at the start of the (decompressed) content: binary data is skipped, and a
        // source whose extension did not name a format is sniffed.
        let head = match peek_head(&mut reader) {
            Ok(h) => h,
            Err(e) => return Err(self.problem(index, None, ProblemKind::Truncated(e.to_string()))),
        };
        if looks_binary(&head) {
            return Err(self.problem(index, None, ProblemKind::Binary));
        }
        let format =
            source
                .format
                .unwrap_or_else(|| match head.iter().find(|b| !b.is_ascii_whitespace()) {
                    Some(b'{') => Format::Jsonl,
                    _ => Format::Text,
                });
        Ok(Current {
            source: index,
            format,
            reader,
            line: 0,
        })
    }

    /// Read the next record of the current source; `Ok(None)` at its end.
    fn next_in_current(&mut self, cur: &mut Current) -> Result<Option<RawRecord>, Problem> {
        match cur.format {
            Format::Text => {
                if cur.line > 0 {
                    return Ok(None);
                }
                cur.line = 1;
                let mut bytes = Vec::new();
                let limit = self.max_doc_bytes as u64;
                let read = (&mut cur.reader).take(limit + 1).read_to_end(&mut bytes);
                if let Err(e) = read {
                    return Err(self.problem(
                        cur.source,
                        None,
                        ProblemKind::Truncated(e.to_string()),
                    ));
                }
                if bytes.len() as u64 > limit {
                    return Err(self.problem(
                        cur.source,
                        None,
                        ProblemKind::TooLarge {
                            limit: self.max_doc_bytes,
                        },
                    ));
                }
                Ok(Some(RawRecord {
                    source: cur.source,
                    line: None,
                    format: Format::Text,
                    bytes,
                }))
            }
            Format::Jsonl => loop {
                cur.line += 1;
                self.buf.clear();
                let outcome = read_line_bounded(&mut cur.reader, &mut self.buf, self.max_doc_bytes);
                match outcome {
                    Err(e) => {
                        return Err(self.problem(
                            cur.source,
                            Some(cur.line),
                            ProblemKind::Truncated(e.to_string()),
                        ))
                    }
                    Ok(Line::Eof) => return Ok(None),
                    Ok(Line::TooLong) => {
                        return Err(self.problem(
                            cur.source,
                            Some(cur.line),
                            ProblemKind::TooLarge {
                                limit: self.max_doc_bytes,
                            },
                        ))
                    }
                    Ok(Line::Complete) => {
                        if self.buf.iter().all(|b| b.is_ascii_whitespace()) {
                            continue; // blank lines between records are fine
                        }
                        return Ok(Some(RawRecord {
                            source: cur.source,
                            line: Some(cur.line),
                            format: Format::Jsonl,
                            // An exact-size copy: `buf` keeps its capacity for the next line
                            // instead of growing a fresh buffer by doubling for every record.
                            bytes: self.buf.clone(),
                        }));
                    }
                }
            },
        }
    }
}

impl Iterator for RecordReader {
    type Item = Result<RawRecord, Problem>;

    fn next(&mut self) -> Option<Self::Item> {
        if crate::progress::interrupted() {
            return None;
        }
        loop {
            let mut cur = match self.current.take() {
                Some(c) => c,
                None => {
                    if self.next >= self.sources.len() {
                        return None;
                    }
                    let index = self.next;
                    self.next += 1;
                    match self.open(index) {
                        Ok(c) => c,
                        Err(p) => return Some(Err(p)),
                    }
                }
            };
            let item = self.next_in_current(&mut cur);
            if crate::progress::interrupted() {
                return None; // a stream cut short by Ctrl-C is not a problem to report
            }
            match item {
                Ok(Some(record)) => {
                    self.current = Some(cur);
                    return Some(Ok(record));
                }
                Ok(None) => continue,
                Err(p) => {
                    // A record too large is skipped and reading goes on; a stream error ends
                    // the file.
                    if matches!(p.kind, ProblemKind::TooLarge { .. }) && cur.format == Format::Jsonl
                    {
                        self.current = Some(cur);
                    }
                    return Some(Err(p));
                }
            }
        }
    }
}

enum Line {
    Complete,
    TooLong,
    Eof,
}

/// Read one line (without its `\n`) into `buf`, never holding more than `limit` bytes: a longer
/// line is consumed and reported as `TooLong`.
fn read_line_bounded(r: &mut dyn BufRead, buf: &mut Vec<u8>, limit: usize) -> io::Result<Line> {
    let mut too_long = false;
    let mut seen_any = false;
    loop {
        let available = match r.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(match (seen_any, too_long) {
                (false, _) => Line::Eof,
                (true, true) => Line::TooLong,
                (true, false) => Line::Complete,
            });
        }
        seen_any = true;
        let (chunk, found) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..i], Some(i)),
            None => (available, None),
        };
        if !too_long {
            if buf.len() + chunk.len() > limit {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = found.map_or(available.len(), |i| i + 1);
        r.consume(used);
        if found.is_some() {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(if too_long {
                Line::TooLong
            } else {
                Line::Complete
            });
        }
    }
}

/// Whether the start of a source is binary data rather than text: NUL bytes make up more than
/// 1 in 64 of it, or more than a quarter of it is not UTF-8. (Text in UTF-16 counts as binary.)
/// A single NUL in a large text, or Latin-1 accents, do not make a file binary: they are
/// problems of the record that holds them.
fn looks_binary(head: &[u8]) -> bool {
    let nuls = memchr::memchr_iter(0, head).count();
    let invalid: usize = head.utf8_chunks().map(|c| c.invalid().len()).sum();
    nuls * 64 > head.len() || invalid * 4 > head.len()
}

/// Peek at the first bytes (up to `SNIFF_BYTES`) without consuming them: whatever the first
/// buffer fill holds, which for a 64 KiB buffer is enough to tell text, JSON and binary apart.
fn peek_head(r: &mut Box<dyn BufRead + Send>) -> io::Result<Vec<u8>> {
    loop {
        match r.fill_buf() {
            Ok(b) => return Ok(b[..b.len().min(SNIFF_BYTES)].to_vec()),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], limit: usize) -> Vec<Result<Vec<u8>, &'static str>> {
        let mut r = io::Cursor::new(input.to_vec());
        let mut out = Vec::new();
        loop {
            let mut buf = Vec::new();
            match read_line_bounded(&mut r, &mut buf, limit).unwrap() {
                Line::Eof => return out,
                Line::TooLong => out.push(Err("too long")),
                Line::Complete => out.push(Ok(buf)),
            }
        }
    }

    #[test]
    fn bounded_lines() {
        let got = lines(b"ab\r\ncdefgh\nij", 4);
        assert_eq!(
            got,
            vec![Ok(b"ab".to_vec()), Err("too long"), Ok(b"ij".to_vec())]
        );
        assert!(lines(b"", 4).is_empty());
    }

    #[test]
    fn binary_heads() {
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(looks_binary(&[0xff, 0xfe, b'a', 0, b'b', 0]));
        assert!(looks_binary(&[
            0x9c, 0xa7, 0xd3, 0x01, 0xe4, 0x80, 0x17, 0xfa
        ]));
        assert!(!looks_binary(b""));
        assert!(!looks_binary(
            "Caf\u{e9} au lait, na\u{ef}ve r\u{e9}sum\u{e9}".as_bytes()
        ));
        assert!(!looks_binary(
            b"Caf\xe9 au lait, a Latin-1 line in an old wire story."
        ));
        let mut one_nul = vec![b'x'; 200];
        one_nul[100] = 0;
        assert!(!looks_binary(&one_nul));
    }
}
