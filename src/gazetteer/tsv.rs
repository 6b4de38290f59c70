//! The TSV gazetteer reader.

use super::{Gazetteer, GazetteerEntry};
use crate::error::Error;
use crate::types::EntityKind;
use std::io::BufRead;

/// Column positions found in the header.
struct Columns {
    id: usize,
    kind: usize,
    name_ar: usize,
    name_en: usize,
    subkind: Option<usize>,
    country: Option<usize>,
    aliases: Option<usize>,
    gated_aliases: Option<usize>,
    priority: Option<usize>,
    count: usize,
}

impl Columns {
    fn from_header(line: &str, label: &str, line_no: usize) -> Result<Columns, Error> {
        let names: Vec<&str> = line.split('\t').map(str::trim).collect();
        let find = |n: &str| names.iter().position(|c| *c == n);
        let need = |n: &str| {
            find(n).ok_or_else(|| {
                Error::gazetteer(
                    label,
                    line_no,
                    format!("header has no `{n}` column (columns: {})", names.join(", ")),
                )
            })
        };
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                return Err(Error::gazetteer(
                    label,
                    line_no,
                    format!("column `{n}` appears twice"),
                ));
            }
        }
        Ok(Columns {
            id: need("id")?,
            kind: need("kind")?,
            name_ar: need("name_ar")?,
            name_en: need("name_en")?,
            subkind: find("subkind"),
            country: find("country"),
            aliases: find("aliases"),
            gated_aliases: find("gated_aliases"),
            priority: find("priority"),
            count: names.len(),
        })
    }

    fn entry(&self, line: &str, label: &str, line_no: usize) -> Result<GazetteerEntry, Error> {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != self.count {
            return Err(Error::gazetteer(
                label,
                line_no,
                format!(
                    "expected {} tab-separated columns, found {}",
                    self.count,
                    fields.len()
                ),
            ));
        }
        let get = |i: usize| fields[i].trim();
        let opt = |i: Option<usize>| i.map(get).filter(|s| !s.is_empty()).map(str::to_string);
        let kind = EntityKind::parse(get(self.kind)).ok_or_else(|| {
            Error::gazetteer(
                label,
                line_no,
                format!(
                    "unknown kind {:?} (expected place, group or person)",
                    get(self.kind)
                ),
            )
        })?;
        let priority = match self.priority.map(get).filter(|s| !s.is_empty()) {
            Some(p) => p.parse().map_err(|_| {
                Error::gazetteer(label, line_no, format!("priority {p:?} is not an integer"))
            })?,
            None => 0,
        };
        let list = |column: Option<usize>| -> Vec<String> {
            column
                .map(get)
                .unwrap_or("")
                .split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_string)
                .collect()
        };
        Ok(GazetteerEntry {
            id: get(self.id).to_string(),
            kind,
            subkind: opt(self.subkind),
            name_ar: get(self.name_ar).to_string(),
            name_en: get(self.name_en).to_string(),
            country: opt(self.country),
            aliases: list(self.aliases),
            gated_aliases: list(self.gated_aliases),
            priority,
        })
    }
}

/// Parses TSV bytes into `g`.
pub(super) fn parse_into(g: &mut Gazetteer, bytes: &[u8], label: &str) -> Result<(), Error> {
    parse_reader_into(g, bytes, label)
}

/// Parses TSV from a reader into `g`, line by line (constant memory beyond the entries).
pub(super) fn parse_reader_into<R: BufRead>(
    g: &mut Gazetteer,
    reader: R,
    label: &str,
) -> Result<(), Error> {
    let mut columns: Option<Columns> = None;
    crate::data_file::for_each_line(reader, label, gazetteer_error, |line_no, line| {
        match &columns {
            None => columns = Some(Columns::from_header(line, label, line_no)?),
            Some(cols) => {
                let entry = cols.entry(line, label, line_no)?;
                g.add_entry_at(entry, label, line_no)?;
            }
        }
        Ok(())
    })?;
    if columns.is_none() {
        return Err(Error::gazetteer(
            label,
            0,
            "no header line (the file is empty)",
        ));
    }
    Ok(())
}

fn gazetteer_error(label: &str, line: usize, reason: String) -> Error {
    Error::gazetteer(label, line, reason)
}
