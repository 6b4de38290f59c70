//! Public result types: spans, entities, casualty figures and the top-level [`Extraction`].
//!
//! Every type here is plain data: it derives `Debug, Clone, PartialEq` and serde's
//! `Serialize`/`Deserialize`, with `snake_case` names in JSON. Spans are byte offsets into
//! the caller's ORIGINAL text, so `&text[span.start..span.end]` is always valid.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open byte range `start..end` into the original text.
///
/// Both ends always fall on `char` boundaries of the text the span was produced for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span; `end` is raised to `start` if it is smaller.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The slice of `text` this span covers, or `None` when the span does not fit `text`
    /// (wrong text, or not on char boundaries).
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn union(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// What kind of thing an [`Entity`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// Countries, regions, cities, towns, facilities.
    Place,
    /// Armed groups, militaries, organizations, agencies, media, parties.
    Group,
    /// Named people.
    Person,
}

impl EntityKind {
    /// The lower-case name used in gazetteer files and JSON (`place`, `group`, `person`).
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Place => "place",
            EntityKind::Group => "group",
            EntityKind::Person => "person",
        }
    }

    /// Parses `place`, `group` or `person` (ASCII case-insensitive).
    pub fn parse(s: &str) -> Option<EntityKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "place" => Some(EntityKind::Place),
            "group" | "organization" | "organisation" | "org" => Some(EntityKind::Group),
            "person" | "people" => Some(EntityKind::Person),
            _ => None,
        }
    }
}

impl std::fmt::Display for EntityKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One gazetteer hit in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Place, group or person.
    pub kind: EntityKind,
    /// Stable identifier: a Wikidata QID where known, otherwise a readable slug.
    pub id: String,
    /// Canonical Arabic name.
    pub name_ar: String,
    /// Canonical English name.
    pub name_en: String,
    /// Finer type from the gazetteer (`country`, `city`, `armed_group`, …), if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subkind: Option<String>,
    /// ISO 3166-1 alpha-2 code of the entry's country, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Where the name occurs in the original text, attached proclitics excluded.
    #[serde(flatten)]
    pub span: Span,
    /// The original text at `span`, exactly as written (diacritics and all).
    pub text: String,
}

/// What happened to the victims of a [`Casualty`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CasualtyKind {
    /// Killed, dead.
    Killed,
    /// Injured, wounded.
    Injured,
    /// Captured, arrested, detained, taken prisoner.
    Captured,
    /// Kidnapped, abducted.
    Kidnapped,
    /// Missing.
    Missing,
}

impl CasualtyKind {
    /// The lower-case name used in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            CasualtyKind::Killed => "killed",
            CasualtyKind::Injured => "injured",
            CasualtyKind::Captured => "captured",
            CasualtyKind::Kidnapped => "kidnapped",
            CasualtyKind::Missing => "missing",
        }
    }
}

impl std::fmt::Display for CasualtyKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How precise a [`Count`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// A plain number: `77`, `خمسة`.
    Exact,
    /// About: `نحو`, `حوالي`, `قرابة`.
    Approx,
    /// A lower bound: `أكثر من`, `ما لا يقل عن`, `على الأقل`.
    AtLeast,
    /// An upper bound: `أقل من`, `ما يصل إلى`.
    AtMost,
    /// Between two numbers: `بين 10 و15`.
    Range,
    /// A vague plural: `عشرات`, `مئات`, `عدد من`.
    Vague,
}

impl Qualifier {
    /// The lower-case name used in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}

/// A count of people, with its uncertainty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Count {
    /// Best single figure (for ranges the lower end, for vague words the conventional value).
    pub value: u64,
    /// Smallest figure the phrase allows.
    pub low: u64,
    /// Largest figure the phrase allows, `None` when unbounded (`أكثر من 100`, `مئات`).
    pub high: Option<u64>,
    /// How the figure was stated.
    pub qualifier: Qualifier,
}

impl Count {
    /// An exact count: value, low and high all equal `n`.
    pub fn exact(n: u64) -> Count {
        Count {
            value: n,
            low: n,
            high: Some(n),
            qualifier: Qualifier::Exact,
        }
    }
}

/// Who the victims are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VictimCategory {
    /// People, persons, unspecified victims.
    People,
    /// Civilians.
    Civilians,
    /// Soldiers, troops, military personnel.
    Soldiers,
    /// Police and gendarmes.
    Police,
    /// Fighters, militants, rebels, members of an armed group.
    Fighters,
    /// Children.
    Children,
    /// Women.
    Women,
    /// Staff: aid workers, employees, journalists, medics.
    Staff,
    /// Suspects.
    Suspects,
    /// Anything else.
    Other,
}

impl VictimCategory {
    /// The lower-case name used in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            VictimCategory::People => "people",
            VictimCategory::Civilians => "civilians",
            VictimCategory::Soldiers => "soldiers",
            VictimCategory::Police => "police",
            VictimCategory::Fighters => "fighters",
            VictimCategory::Children => "children",
            VictimCategory::Women => "women",
            VictimCategory::Staff => "staff",
            VictimCategory::Suspects => "suspects",
            VictimCategory::Other => "other",
        }
    }
}

/// The victims of a casualty figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Victims {
    /// Coarse category.
    pub category: VictimCategory,
    /// The victim phrase from the original text, with nationality or affiliation words
    /// (`الجنود الماليين`); empty when the text names no victims.
    pub text: String,
    /// Where `text` is in the original text, if it is there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// One casualty figure: "about 77 people were killed".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Casualty {
    /// Killed, injured, captured, kidnapped or missing.
    pub kind: CasualtyKind,
    /// How many.
    pub count: Count,
    /// Who.
    pub victims: Victims,
    /// The evidence: the whole phrase in the original text.
    #[serde(flatten)]
    pub span: Span,
    /// The original text at `span`.
    pub text: String,
    /// Where the count phrase is (`نحو 77`).
    pub count_span: Span,
    /// Where the trigger is (`قُتل`, `مقتل`, `أصيبوا`).
    pub trigger_span: Span,
}

/// Everything extracted from one text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Extraction {
    /// Gazetteer hits, in text order, never overlapping.
    pub entities: Vec<Entity>,
    /// Casualty figures, in text order.
    pub casualties: Vec<Casualty>,
}
