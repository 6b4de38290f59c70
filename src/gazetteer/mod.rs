//! Gazetteers: named places, groups and people, and the matcher that finds them in text.
//!
//! A [`Gazetteer`] is plain data: a list of [`GazetteerEntry`] values, each with a stable id,
//! a kind, canonical Arabic and English names and Arabic aliases. The crate embeds a default
//! gazetteer ([`Gazetteer::embedded`]); more can be read from TSV files
//! ([`Gazetteer::from_path`]) or built in code ([`Gazetteer::add_entry`]).
//!
//! # File format
//!
//! UTF-8 TSV, one entry per line. Lines starting with `#` and blank lines are ignored. The
//! first other line is a header naming the columns, in any order:
//!
//! | column     | required | meaning                                                    |
//! |------------|----------|------------------------------------------------------------|
//! | `id`       | yes      | Wikidata QID where known, otherwise a readable slug        |
//! | `kind`     | yes      | `place`, `group` or `person`                               |
//! | `name_ar`  | yes      | canonical Arabic name                                      |
//! | `name_en`  | yes      | canonical English name                                     |
//! | `subkind`  | no       | `country`, `city`, `armed_group`, `head_of_state`, …       |
//! | `country`  | no       | ISO 3166-1 alpha-2 code                                    |
//! | `aliases`  | no       | other names, `\|`-separated                                |
//! | `gated_aliases` | no  | names that are also ordinary words, matched only with evidence |
//! | `priority` | no       | integer, default 0; wins when two ids share an alias       |
//!
//! A row whose id already exists *merges*: its aliases are added to the existing entry
//! (its kind must agree). Any malformed line is an [`Error::Gazetteer`] naming the file and
//! line.
//!
//! ```
//! use arabic_extract::Gazetteer;
//!
//! let tsv = "id\tkind\tname_ar\tname_en\taliases\n\
//!            xx-atlantis\tplace\tأطلانتس\tAtlantis\tأتلانتس|اطلانطس\n";
//! let g = Gazetteer::from_tsv_str(tsv, "inline").unwrap();
//! assert_eq!(g.get("xx-atlantis").unwrap().aliases.len(), 2);
//! ```

mod matcher;
mod tsv;
mod variants;

pub use matcher::AmbiguousAlias;
pub(crate) use matcher::{Candidate, EntityRecord, Hit, Matcher, Target};
pub(crate) use variants::Derivation;

use crate::error::Error;
use crate::types::EntityKind;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;
use std::sync::LazyLock;

/// Longest alias accepted, in bytes. Longer aliases are a load error: no real name is this
/// long, and huge patterns only cost memory.
pub const MAX_ALIAS_BYTES: usize = 512;

/// One named thing: a place, a group or a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GazetteerEntry {
    /// Stable id: a Wikidata QID where known, otherwise a readable slug.
    pub id: String,
    /// Place, group or person.
    pub kind: EntityKind,
    /// Finer type: `country`, `city`, `armed_group`, `head_of_state`, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subkind: Option<String>,
    /// Canonical Arabic name (also matched).
    pub name_ar: String,
    /// Canonical English name.
    pub name_en: String,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Other names that are matched: Arabic variants, short forms, abbreviations.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Names that are also ordinary words (`صور` Tyre / "pictures"): matched only when the
    /// document gives evidence (a cue word, another mention, a list), see
    /// [`Evidence`](crate::Evidence).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gated_aliases: Vec<String>,
    /// Higher wins when two entries share an alias; default 0.
    #[serde(default)]
    pub priority: i32,
}

impl GazetteerEntry {
    /// A new entry with no aliases, subkind or country.
    pub fn new(
        id: impl Into<String>,
        kind: EntityKind,
        name_ar: impl Into<String>,
        name_en: impl Into<String>,
    ) -> GazetteerEntry {
        GazetteerEntry {
            id: id.into(),
            kind,
            subkind: None,
            name_ar: name_ar.into(),
            name_en: name_en.into(),
            country: None,
            aliases: Vec::new(),
            gated_aliases: Vec::new(),
            priority: 0,
        }
    }

    /// Adds aliases (builder style).
    pub fn with_aliases<I, S>(mut self, aliases: I) -> GazetteerEntry
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.aliases.extend(aliases.into_iter().map(Into::into));
        self
    }

    /// Adds gated aliases (builder style): names reported only with evidence.
    pub fn with_gated_aliases<I, S>(mut self, aliases: I) -> GazetteerEntry
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.gated_aliases
            .extend(aliases.into_iter().map(Into::into));
        self
    }

    /// Sets the subkind (builder style).
    pub fn with_subkind(mut self, subkind: impl Into<String>) -> GazetteerEntry {
        self.subkind = Some(subkind.into());
        self
    }

    /// Sets the country code (builder style).
    pub fn with_country(mut self, country: impl Into<String>) -> GazetteerEntry {
        self.country = Some(country.into());
        self
    }

    /// The canonical Arabic name followed by every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name_ar.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// A set of entries with unique ids.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gazetteer {
    entries: Vec<GazetteerEntry>,
    by_id: HashMap<String, usize>,
    /// Where the entries were read from (a path or label), for error messages.
    source: Option<String>,
    /// The line each entry was first defined on (0 for entries added in code).
    lines: Vec<usize>,
}

static EMBEDDED: LazyLock<Result<Gazetteer, Error>> = LazyLock::new(|| {
    let mut g = Gazetteer::new();
    g.source = Some("<embedded>/gazetteers".to_string());
    for (name, contents) in embedded_files::EMBEDDED {
        let label = format!("<embedded>/gazetteers/{name}");
        tsv::parse_into(&mut g, contents.as_bytes(), &label)?;
    }
    Ok(g)
});

mod embedded_files {
    include!(concat!(env!("OUT_DIR"), "/embedded_gazetteers.rs"));
}

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// The default gazetteer embedded in the crate (parsed once, on first use).
    ///
    /// # Errors
    /// Only if the embedded files are malformed, which the crate's tests rule out.
    pub fn embedded() -> Result<&'static Gazetteer, Error> {
        EMBEDDED.as_ref().map_err(Clone::clone)
    }

    /// Names of the embedded gazetteer files, in load order.
    pub fn embedded_files() -> impl Iterator<Item = &'static str> {
        embedded_files::EMBEDDED.iter().map(|(name, _)| *name)
    }

    /// Reads a TSV gazetteer (format in the [module docs](self)) from a file.
    ///
    /// # Errors
    /// [`Error::Io`] if the file cannot be read; [`Error::Gazetteer`] with the path and
    /// line for a malformed line, invalid UTF-8 or a kind conflict on a repeated id.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Gazetteer, Error> {
        let (reader, label) = crate::data_file::open(path.as_ref())?;
        Gazetteer::from_reader(reader, &label)
    }

    /// Reads a TSV gazetteer from any reader; `label` names it in errors.
    ///
    /// # Errors
    /// As [`Gazetteer::from_path`].
    pub fn from_reader<R: BufRead>(reader: R, label: &str) -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::new();
        g.source = Some(label.to_string());
        tsv::parse_reader_into(&mut g, reader, label)?;
        Ok(g)
    }

    /// Parses a TSV gazetteer held in a string; `label` names it in errors.
    ///
    /// # Errors
    /// As [`Gazetteer::from_path`].
    pub fn from_tsv_str(tsv: &str, label: &str) -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::new();
        g.source = Some(label.to_string());
        tsv::parse_into(&mut g, tsv.as_bytes(), label)?;
        Ok(g)
    }

    /// Adds an entry; an entry whose id exists merges its aliases into the existing one.
    ///
    /// # Errors
    /// [`Error::Gazetteer`] when the id exists with another kind, or a field is invalid
    /// (empty id or names, an alias longer than [`MAX_ALIAS_BYTES`]).
    pub fn add_entry(&mut self, entry: GazetteerEntry) -> Result<(), Error> {
        self.add_entry_at(entry, "<code>", 0)
    }

    pub(crate) fn add_entry_at(
        &mut self,
        mut entry: GazetteerEntry,
        label: &str,
        line: usize,
    ) -> Result<(), Error> {
        validate(&entry).map_err(|reason| Error::gazetteer(label, line, reason))?;
        match self.by_id.get(&entry.id) {
            Some(&i) => {
                let existing = &mut self.entries[i];
                if existing.kind != entry.kind {
                    return Err(Error::gazetteer(
                        label,
                        line,
                        format!(
                            "id {} is already a {}, not a {}",
                            entry.id, existing.kind, entry.kind
                        ),
                    ));
                }
                for alias in std::iter::once(entry.name_ar).chain(entry.aliases) {
                    if alias != existing.name_ar && !existing.aliases.contains(&alias) {
                        existing.aliases.push(alias);
                    }
                }
                for alias in entry.gated_aliases {
                    if !existing.gated_aliases.contains(&alias) {
                        existing.gated_aliases.push(alias);
                    }
                }
                existing.priority = existing.priority.max(entry.priority);
                if existing.subkind.is_none() {
                    existing.subkind = entry.subkind;
                }
                if existing.country.is_none() {
                    existing.country = entry.country;
                }
            }
            None => {
                let name = entry.name_ar.clone();
                entry.aliases.retain(|a| *a != name);
                entry.aliases.dedup();
                entry.gated_aliases.dedup();
                self.by_id.insert(entry.id.clone(), self.entries.len());
                self.entries.push(entry);
                self.lines.push(line);
            }
        }
        Ok(())
    }

    /// Adds every entry of `other`, merging repeated ids.
    ///
    /// # Errors
    /// As [`Gazetteer::add_entry`].
    pub fn extend(&mut self, other: &Gazetteer) -> Result<(), Error> {
        for e in &other.entries {
            self.add_entry(e.clone())?;
        }
        Ok(())
    }

    /// The path or label the entries were read from, if they were read.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// The line entry `index` was first defined on (0 when added in code).
    pub(crate) fn line_of(&self, index: usize) -> usize {
        self.lines.get(index).copied().unwrap_or(0)
    }

    /// All entries, in load order.
    pub fn entries(&self) -> &[GazetteerEntry] {
        &self.entries
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&GazetteerEntry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

fn validate(e: &GazetteerEntry) -> Result<(), String> {
    if e.id.is_empty() || e.id.chars().any(char::is_whitespace) {
        return Err(format!("id {:?} is empty or contains whitespace", e.id));
    }
    if e.name_ar.trim().is_empty() {
        return Err(format!("entry {} has an empty name_ar", e.id));
    }
    if e.name_en.trim().is_empty() {
        return Err(format!("entry {} has an empty name_en", e.id));
    }
    if let Some(a) = e
        .names()
        .chain(e.gated_aliases.iter().map(String::as_str))
        .find(|a| a.len() > MAX_ALIAS_BYTES)
    {
        return Err(format!(
            "entry {} has a name of {} bytes (the limit is {MAX_ALIAS_BYTES})",
            e.id,
            a.len()
        ));
    }
    Ok(())
}
