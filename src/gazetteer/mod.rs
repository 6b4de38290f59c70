//! Gazetteers (placeholder).
use serde::{Deserialize, Serialize};
use crate::types::EntityKind;

/// A gazetteer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gazetteer {
    entries: Vec<GazetteerEntry>,
}

/// An entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GazetteerEntry {
    /// id
    pub id: String,
    /// kind
    pub kind: EntityKind,
}
impl Gazetteer {
    /// from_path
    pub fn from_path(_p: &str) -> Result<Gazetteer, crate::Error> { Ok(Gazetteer::default()) }
    /// entries
    pub fn entries(&self) -> &[GazetteerEntry] { &self.entries }
}
