//! The crate's one error type.
//!
//! Building an [`Extractor`](crate::Extractor) or loading data can fail; extraction itself
//! never does. Every failure tied to a file names the file (and the line, where there is one)
//! and keeps the underlying cause, reachable through [`std::error::Error::source`].

use std::fmt;
use std::io;
use std::sync::Arc;

/// Everything that can go wrong while building an [`Extractor`](crate::Extractor) or loading
/// a gazetteer or lexicon. Extraction itself never fails: any `&str` yields a result.
///
/// Cheap to clone: causes are shared. Match on the variants to tell conditions apart; the
/// `Display` text is for people (lowercase, `path:line: reason`).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Error {
    /// A gazetteer file, reader or entry is malformed.
    Gazetteer {
        /// File path, or a label such as `<reader>`, `<code>` or `<embedded:countries.tsv>`.
        path: String,
        /// 1-based line number (0 when the problem is not tied to a line).
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// A lexicon file (trigger words, victim nouns, …) is malformed.
    Lexicon {
        /// File path, or a label such as `<reader>` or `<embedded>/lexicons/triggers.tsv`.
        path: String,
        /// 1-based line number (0 when the problem is not tied to a line).
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// A file could not be read. The operating system's error is the [`source`].
    ///
    /// [`source`]: std::error::Error::source
    Io {
        /// File path, as given.
        path: String,
        /// The cause.
        source: Arc<io::Error>,
    },
}

impl Error {
    pub(crate) fn gazetteer(path: &str, line: usize, reason: impl Into<String>) -> Error {
        Error::Gazetteer {
            path: path.to_string(),
            line,
            reason: reason.into(),
        }
    }

    pub(crate) fn lexicon(path: &str, line: usize, reason: impl Into<String>) -> Error {
        Error::Lexicon {
            path: path.to_string(),
            line,
            reason: reason.into(),
        }
    }

    pub(crate) fn io(path: impl fmt::Display, source: io::Error) -> Error {
        Error::Io {
            path: path.to_string(),
            source: Arc::new(source),
        }
    }

    /// The file (or label) the error is about, when it is about one.
    pub fn path(&self) -> Option<&str> {
        match self {
            Error::Gazetteer { path, .. }
            | Error::Lexicon { path, .. }
            | Error::Io { path, .. } => Some(path),
        }
    }

    /// The 1-based line the error is about, when it is tied to one.
    pub fn line(&self) -> Option<usize> {
        match self {
            Error::Gazetteer { line, .. } | Error::Lexicon { line, .. } if *line > 0 => Some(*line),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Gazetteer { path, line, reason } | Error::Lexicon { path, line, reason }
                if *line > 0 =>
            {
                write!(f, "{path}:{line}: {reason}")
            }
            Error::Gazetteer { path, reason, .. } | Error::Lexicon { path, reason, .. } => {
                write!(f, "{path}: {reason}")
            }
            Error::Io { path, source } => write!(f, "{path}: {source}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error as _;

    #[test]
    fn display_names_file_and_line() {
        let e = Error::gazetteer("gazetteers/people.tsv", 412, "expected 7 columns, found 6");
        assert_eq!(
            e.to_string(),
            "gazetteers/people.tsv:412: expected 7 columns, found 6"
        );
        assert_eq!(
            (e.path(), e.line()),
            (Some("gazetteers/people.tsv"), Some(412))
        );
        let e = Error::lexicon("<code>", 0, "empty form");
        assert_eq!(e.to_string(), "<code>: empty form");
        assert_eq!(e.line(), None);
    }

    #[test]
    fn io_keeps_its_cause() {
        let e = Error::io("x.tsv", io::Error::new(io::ErrorKind::NotFound, "gone"));
        let cause = e.source().expect("an io error has a source");
        let io = cause
            .downcast_ref::<io::Error>()
            .expect("the source is the io::Error");
        assert_eq!(io.kind(), io::ErrorKind::NotFound);
        assert_eq!(e.to_string(), "x.tsv: gone");
    }

    #[test]
    fn error_is_send_sync_clone() {
        fn check<T: Send + Sync + Clone + 'static>() {}
        check::<Error>();
    }
}
