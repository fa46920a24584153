//! Where results go: stdout, or `--output FILE` written atomically (a temporary file in the
//! same directory, renamed over the target only once everything is written and flushed), so
//! an interrupted or failed run never leaves a half file that looks whole. After Ctrl-C
//! nothing is written at all: the temporary file is removed and the target left as it was.
//! The file gets the target's permissions when it exists, else those of any new file
//! (`rw-rw-rw-` less the umask), not the private ones of a temporary file.

use anyhow::Context;
use std::io::{self, BufWriter, Write};
use std::path::Path;

fn check_interrupt() -> anyhow::Result<()> {
    if retold::progress::interrupted() {
        anyhow::bail!(retold::progress::Interrupted);
    }
    Ok(())
}

/// The directory a file goes in (`.` for a bare name): where its temporary file is made.
fn directory_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Fail before any work when `--output` cannot be written: a directory, or a place where
/// no file can be created (a long scan would otherwise find out at its end).
pub fn check_output(path: Option<&Path>) -> anyhow::Result<()> {
    let Some(path) = path else {
        return Ok(());
    };
    if path.is_dir() {
        anyhow::bail!("cannot write {}: it is a directory", path.display());
    }
    let dir = directory_of(path);
    tempfile::Builder::new()
        .prefix(".retold-")
        .tempfile_in(dir)
        .map_err(|e| {
            let why = match e.kind() {
                io::ErrorKind::NotFound => "no such directory".to_string(),
                io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                other => other.to_string(),
            };
            anyhow::anyhow!(
                "cannot write {}: cannot create a file in {} ({why})",
                path.display(),
                dir.display()
            )
        })?;
    Ok(())
}

/// Run `write` against stdout or an atomically replaced file.
pub fn write_output(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> anyhow::Result<()> {
    check_interrupt()?;
    match path {
        None => {
            let stdout = io::stdout();
            let mut w = BufWriter::with_capacity(1 << 16, stdout.lock());
            write(&mut w)?;
            w.flush()?;
            Ok(())
        }
        Some(path) => {
            let dir = directory_of(path);
            let mut builder = tempfile::Builder::new();
            builder.prefix(".retold-");
            // As any new file: rw for all, less the umask (a temporary file is private).
            #[cfg(unix)]
            builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
            let tmp = builder
                .tempfile_in(dir)
                .with_context(|| format!("cannot create a file in {}", dir.display()))?;
            let mut w = BufWriter::new(tmp);
            write(&mut w).with_context(|| format!("cannot write {}", path.display()))?;
            let tmp = w
                .into_inner()
                .map_err(|e| e.into_error())
                .with_context(|| format!("cannot write {}", path.display()))?;
            tmp.as_file().sync_all()?;
            // A report that replaces a file keeps that file's permissions.
            if let Ok(existing) = std::fs::metadata(path) {
                tmp.as_file()
                    .set_permissions(existing.permissions())
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
            check_interrupt()?;
            tmp.persist(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            Ok(())
        }
    }
}
