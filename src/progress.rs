//! Progress bars on stderr, and Ctrl-C.
//!
//! Bars are drawn only when stderr is a terminal and `--quiet` is off, so logs and pipes stay
//! clean. Ctrl-C sets a flag that the passes check between batches: the run stops at a batch
//! boundary, writes nothing to `--output`, and exits with status 130.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// `eprintln!` for retold's messages, minus the panic when stderr is closed
/// (`retold scan ... 2>&1 | head`): a message that cannot be shown is dropped, and the run
/// goes on to write its report (or to meet the closed stdout and end quietly).
#[macro_export]
macro_rules! message {
    ($($arg:tt)*) => {{
        use ::std::io::Write as _;
        let _ = ::std::writeln!(::std::io::stderr().lock(), $($arg)*);
    }};
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Install the Ctrl-C handler (once per process; later calls are ignored).
pub fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            // A second Ctrl-C while we wind down: stop now.
            std::process::exit(130);
        }
    });
}

/// The error of a run stopped by Ctrl-C (exit status 130).
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("interrupted")]
pub struct Interrupted;

/// True once the user pressed Ctrl-C.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// How progress is shown.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    visible: bool,
}

impl Progress {
    /// Visible only when stderr is a terminal and the user did not ask for quiet.
    pub fn new(quiet: bool) -> Self {
        Self {
            visible: !quiet && std::io::stderr().is_terminal(),
        }
    }

    pub fn hidden() -> Self {
        Self { visible: false }
    }

    /// A bar over `total` input bytes (a spinner when the total is unknown), following `counter`.
    pub fn bytes(&self, label: &str, total: Option<u64>, counter: Arc<AtomicU64>) -> Tracker {
        if !self.visible {
            return Tracker::hidden();
        }
        let bar = match total {
            Some(t) => ProgressBar::new(t).with_style(
                ProgressStyle::with_template(
                    "{prefix:>12.bold} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {msg} ({eta})",
                )
                .expect("static template")
                .progress_chars("=> "),
            ),
            None => ProgressBar::new_spinner().with_style(
                ProgressStyle::with_template("{prefix:>12.bold} {spinner} {bytes} {bytes_per_sec} {msg}")
                    .expect("static template"),
            ),
        };
        bar.set_prefix(label.to_string());
        bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(8));
        bar.enable_steady_tick(Duration::from_millis(125));
        Tracker {
            bar: Some(bar),
            counter: Some(counter),
        }
    }

    /// A bar over `total` items of work.
    pub fn items(&self, label: &str, total: u64) -> Tracker {
        if !self.visible {
            return Tracker::hidden();
        }
        let bar = ProgressBar::new(total).with_style(
            ProgressStyle::with_template(
                "{prefix:>12.bold} [{bar:30}] {human_pos}/{human_len} {per_sec} ({eta})",
            )
            .expect("static template")
            .progress_chars("=> "),
        );
        bar.set_prefix(label.to_string());
        bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(8));
        Tracker {
            bar: Some(bar),
            counter: None,
        }
    }
}

/// A live bar (or nothing).
pub struct Tracker {
    bar: Option<ProgressBar>,
    counter: Option<Arc<AtomicU64>>,
}

impl Tracker {
    pub fn hidden() -> Self {
        Self {
            bar: None,
            counter: None,
        }
    }

    /// Refresh from the byte counter, with a message (e.g. documents so far).
    pub fn update(&self, message: impl FnOnce() -> String) {
        if let Some(bar) = &self.bar {
            if let Some(c) = &self.counter {
                bar.set_position(c.load(Ordering::Relaxed));
            }
            bar.set_message(message());
        }
    }

    pub fn inc(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
        }
    }

    pub fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}
