//! The crate's one error type.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Everything that can go wrong while building an [`Extractor`](crate::Extractor) or loading
/// a gazetteer. Extraction itself never fails: any `&str` yields a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
#[non_exhaustive]
pub enum Error {
    /// A gazetteer file or reader has a malformed line.
    Gazetteer {
        /// File path, or a label such as `<reader>` or `<embedded:countries.tsv>`.
        path: String,
        /// 1-based line number (0 when the problem is not tied to a line).
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// A file could not be read.
    Io {
        /// File path.
        path: String,
        /// The operating system's message.
        reason: String,
    },
    /// A builder option has a value that cannot work.
    InvalidOption {
        /// Option name.
        name: String,
        /// Why the value is rejected.
        reason: String,
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
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Gazetteer { path, line, reason } if *line > 0 => {
                write!(f, "gazetteer {path}, line {line}: {reason}")
            }
            Error::Gazetteer { path, reason, .. } => write!(f, "gazetteer {path}: {reason}"),
            Error::Io { path, reason } => write!(f, "cannot read {path}: {reason}"),
            Error::InvalidOption { name, reason } => write!(f, "invalid option {name}: {reason}"),
        }
    }
}

impl std::error::Error for Error {}
