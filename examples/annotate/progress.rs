//! A one-line progress indicator on stderr, redrawn at most ten times a second.

use std::io::Write;
use std::time::{Duration, Instant};

/// Documents, bytes and rate so far; does nothing when disabled.
pub struct Progress {
    enabled: bool,
    files: usize,
    file: usize,
    docs: u64,
    bytes: u64,
    start: Instant,
    last_draw: Option<Instant>,
    shown: bool,
}

impl Progress {
    /// A progress indicator over `files` inputs; `enabled` false makes every call a no-op.
    pub fn new(enabled: bool, files: usize) -> Progress {
        Progress {
            enabled,
            files,
            file: 0,
            docs: 0,
            bytes: 0,
            start: Instant::now(),
            last_draw: None,
            shown: false,
        }
    }

    /// The 1-based number of the input being read.
    pub fn set_file(&mut self, n: usize) {
        self.file = n;
    }

    /// Counts one finished unit.
    pub fn add(&mut self, doc: bool, bytes: u64) {
        self.docs += u64::from(doc);
        self.bytes += bytes;
    }

    /// Redraws the line if enabled and the last draw is old enough.
    pub fn draw(&mut self) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if self
            .last_draw
            .is_some_and(|t| now.duration_since(t) < Duration::from_millis(100))
        {
            return;
        }
        self.last_draw = Some(now);
        let secs = now.duration_since(self.start).as_secs_f64().max(1e-3);
        let mib = self.bytes as f64 / (1024.0 * 1024.0);
        let mut line = format!(
            "annotate: {} docs, {:.1} MiB, {:.0} docs/s, {:.1} MiB/s",
            self.docs,
            mib,
            self.docs as f64 / secs,
            mib / secs
        );
        if self.files > 1 {
            line.push_str(&format!(", input {}/{}", self.file, self.files));
        }
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{line}");
        let _ = err.flush();
        self.shown = true;
    }

    /// Erases the line (before another message goes to stderr).
    pub fn clear(&mut self) {
        if self.shown {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
            self.shown = false;
            self.last_draw = None;
        }
    }

    /// Erases the line for good.
    pub fn finish(&mut self) {
        self.clear();
    }
}
