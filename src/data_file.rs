//! Reading the crate's data files (gazetteer and lexicon TSVs) line by line: one definition of
//! what a data line is, so every loader reports the same errors the same way.
//!
//! A data line is a line of valid UTF-8, without its line ending (`\n` or `\r\n`) and, on the
//! first line, without a byte-order mark; blank lines and lines whose first non-blank character
//! is `#` are comments.

use crate::error::Error;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// Opens a data file for [`for_each_line`], with the label its errors will carry (the path as
/// given); a file that cannot be opened is an `Error::Io` naming it.
pub(crate) fn open(path: &Path) -> Result<(BufReader<std::fs::File>, String), Error> {
    let label = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| Error::io(&label, e))?;
    Ok((BufReader::new(file), label))
}

/// Calls `f(line_number, line)` for every data line of `reader`, in order, with constant
/// memory. Stops at the first error: an I/O error (`Error::Io` naming `label`), invalid UTF-8
/// (`malformed(label, line, reason)`), or whatever `f` returns.
pub(crate) fn for_each_line<R: BufRead>(
    mut reader: R,
    label: &str,
    malformed: fn(&str, usize, String) -> Error,
    mut f: impl FnMut(usize, &str) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut buf = Vec::new();
    let mut line_no = 0;
    let mut offset = 0usize;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| Error::io(label, e))?;
        if n == 0 {
            return Ok(());
        }
        line_no += 1;
        let line = std::str::from_utf8(&buf).map_err(|e| {
            let at = offset + e.valid_up_to();
            malformed(label, line_no, format!("invalid UTF-8 at byte {at}"))
        })?;
        offset += n;
        let line = line.trim_end_matches(['\n', '\r']);
        let line = if line_no == 1 {
            line.trim_start_matches('\u{FEFF}')
        } else {
            line
        };
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        f(line_no, line)?;
    }
}
