//! Public result types: spans, entities, casualty figures and the top-level [`Extraction`].
//!
//! Every type here is plain data: it derives `Debug, Clone, PartialEq` and serde's
//! `Serialize`/`Deserialize`, with `snake_case` names in JSON. Spans are byte offsets into
//! the caller's ORIGINAL text, so `&text[span.start..span.end]` is always valid.

use crate::gazetteer::EntityRecord;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use std::ops::Range;
use std::sync::Arc;

/// A half-open range of the original text, in bytes and in characters.
///
/// `start..end` are UTF-8 byte offsets (slice a Rust `&str` with them); `char_start..char_end`
/// are offsets in Unicode scalar values (code points), which is how Python, and most
/// languages that index strings by character, slice. Both always describe the same piece of
/// the text the span was produced for, and both byte ends fall on `char` boundaries.
///
/// ```
/// use arabic_extract::Extractor;
///
/// let text = "🙂 قُتل جنديان في باماكو";
/// let x = Extractor::default().extract(text);
/// let bamako = &x.entities[0].span;
/// assert_eq!(&text[bamako.range()], "باماكو");
/// let by_chars: String = text.chars().skip(bamako.char_start).take(bamako.char_len()).collect();
/// assert_eq!(by_chars, "باماكو");
/// ```
///
/// Spans (like every result type) are `#[non_exhaustive]`: they can gain fields without
/// breaking you, so they are made by the crate or by [`Span::of`], never by a struct literal:
///
/// ```compile_fail
/// let span = arabic_extract::Span { start: 0, end: 2, char_start: 0, char_end: 1 };
/// ```
///
/// ```compile_fail
/// let nothing = arabic_extract::Extraction { entities: vec![], casualties: vec![] };
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[non_exhaustive]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Character (code point) offset of the first character.
    pub char_start: usize,
    /// Character (code point) offset one past the last character.
    pub char_end: usize,
}

impl Span {
    /// The span of `text[range]`, with its character offsets, or `None` when the range is
    /// reversed, out of bounds or not on `char` boundaries. Counts the characters before the
    /// range; to convert many ranges of one text, build a [`CharIndex`](crate::CharIndex)
    /// once and use [`CharIndex::span`](crate::CharIndex::span).
    pub fn of(text: &str, range: Range<usize>) -> Option<Span> {
        text.get(range.clone())?;
        let char_start = text[..range.start].chars().count();
        let char_end = char_start + text[range.clone()].chars().count();
        Some(Span {
            start: range.start,
            end: range.end,
            char_start,
            char_end,
        })
    }

    /// A span from known byte and character offsets. Each end is raised to its start if it is
    /// smaller. Nothing checks that the two pairs agree: prefer [`Span::of`] or
    /// [`CharIndex::span`](crate::CharIndex::span).
    pub fn from_offsets(start: usize, end: usize, char_start: usize, char_end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
            char_start,
            char_end: char_end.max(char_start),
        }
    }

    /// A byte-only span used inside the crate before character offsets are known.
    pub(crate) fn bytes(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
            char_start: 0,
            char_end: 0,
        }
    }

    /// Length in bytes (0 for a reversed span).
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Length in characters (0 for a reversed span).
    pub fn char_len(&self) -> usize {
        self.char_end.saturating_sub(self.char_start)
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The byte range `start..end`, for slicing a `&str`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The character range `char_start..char_end`.
    pub fn char_range(&self) -> Range<usize> {
        self.char_start..self.char_end
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
        Span::from_offsets(
            self.start.min(other.start),
            self.end.max(other.end),
            self.char_start.min(other.char_start),
            self.char_end.max(other.char_end),
        )
    }
}

/// What kind of thing an [`Entity`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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

/// Where an [`Entity`] came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntitySource {
    /// A name of a gazetteer entry (embedded or loaded).
    Gazetteer,
    /// A national institution named by a head noun and a country: a nationality adjective
    /// (`الجيش السنغالي`), a country or place name (`جيش تشاد`, `شرطة نيروبي`) or `في` and a
    /// country (`وزارة الدفاع في النيجر`). Generated from `lexicons/entities/institutions.tsv` and the
    /// demonym table for every country.
    Institution,
    /// A name no gazetteer holds, discovered from the words that introduce it: a head noun
    /// (`قرية X`, `وكالة X`), a title (`العقيد X`), a given name, an outlet suffix (`X برس`).
    /// Its id is `ctx-<kind>-<folded name>`, its `name_en` empty, and [`Entity::cue`] says where
    /// the licensing word is.
    Context,
}

impl EntitySource {
    /// The lower-case name used in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntitySource::Gazetteer => "gazetteer",
            EntitySource::Institution => "institution",
            EntitySource::Context => "context",
        }
    }
}

/// Why an [`Entity`] was reported: what in the text licensed it.
///
/// Most hits are plain [`Alias`](Evidence::Alias) hits. A gazetteer alias that is also an
/// ordinary word (`صور` Tyre / "pictures") is *gated*: it is reported only with evidence, and
/// this says which ([`Cue`](Evidence::Cue), [`SameDocument`](Evidence::SameDocument),
/// [`List`](Evidence::List)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Evidence {
    /// One of the entry's names, as listed (up to normalization and the generated ج/غ forms).
    Alias,
    /// A spelling of a transliterated name that the gazetteer does not list, matched by its
    /// phonetic key (`تومبكتو` for `تمبكتو`); [`Entity::name_ar`] is the canonical name.
    SpellingVariant,
    /// A gated alias after a typed cue word (`مدينة صور`, `حركة الشباب`, `نادي الهلال`).
    Cue,
    /// A gated alias whose entry the same document names unambiguously elsewhere (one sense
    /// per document).
    SameDocument,
    /// A gated alias in a list with another entity of the same kind (`صور وصيدا والنبطية`).
    List,
    /// An institution named by a nationality adjective (`الشرطة التونسية`).
    Demonym,
    /// An institution named by a country or place name (`جيش تشاد`, `شرطة نيروبي`,
    /// `وزارة الدفاع في النيجر`).
    PlaceName,
    /// A discovered name after a head noun (`قرية تل الورد`, `وكالة الساحل للأنباء`).
    HeadNoun,
    /// A discovered person after a title, rank or role (`العقيد ماماني ساليفو`).
    Title,
    /// A discovered person whose name starts with a known given name (`فاطمة الزهراء حسن`).
    GivenName,
    /// A discovered outlet before a suffix (`سودان برس`).
    OutletSuffix,
    /// A later mention of a discovered person by surname alone (`وقال ساليفو`).
    SamePerson,
}

impl Evidence {
    /// The lower-case name used in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            Evidence::Alias => "alias",
            Evidence::SpellingVariant => "spelling_variant",
            Evidence::Cue => "cue",
            Evidence::SameDocument => "same_document",
            Evidence::List => "list",
            Evidence::Demonym => "demonym",
            Evidence::PlaceName => "place_name",
            Evidence::HeadNoun => "head_noun",
            Evidence::Title => "title",
            Evidence::GivenName => "given_name",
            Evidence::OutletSuffix => "outlet_suffix",
            Evidence::SamePerson => "same_person",
        }
    }
}

/// One entity found in the text: a place, group or person, with the text it was found in.
///
/// The entry's data (id, names, subkind, country) is shared with the compiled gazetteer, so
/// a hit costs no allocation; the matched text is borrowed from the document (`'t`).
///
/// Serializes (serde) as `{kind, id, name_ar, name_en, [subkind], [country], source, evidence,
/// [place], [cue], start, end, char_start, char_end, text}`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Entity<'t> {
    /// Place, group or person.
    pub kind: EntityKind,
    /// Where the name occurs in the original text, attached proclitics excluded.
    pub span: Span,
    /// The original text at `span`, exactly as written (diacritics and all).
    pub text: &'t str,
    /// How the entity was found.
    pub source: EntitySource,
    /// What in the text licensed it.
    pub evidence: Evidence,
    record: Arc<EntityRecord>,
    /// For an institution named by a place (`شرطة نيروبي`), that place's entry.
    place: Option<Arc<EntityRecord>>,
    /// For a name discovered from context, where the word that licensed it is: the head
    /// noun (`قرية`), title (`العقيد`) or outlet suffix (`برس`).
    pub cue: Option<Span>,
}

impl<'t> Entity<'t> {
    pub(crate) fn new(
        record: Arc<EntityRecord>,
        source: EntitySource,
        span: Span,
        text: &'t str,
    ) -> Entity<'t> {
        Entity {
            kind: record.kind,
            span,
            text,
            source,
            evidence: Evidence::Alias,
            record,
            place: None,
            cue: None,
        }
    }

    pub(crate) fn with_cue(mut self, cue: Option<Span>) -> Entity<'t> {
        self.cue = cue;
        self
    }

    pub(crate) fn with_evidence(mut self, evidence: Evidence) -> Entity<'t> {
        self.evidence = evidence;
        self
    }

    pub(crate) fn with_place(mut self, place: Option<Arc<EntityRecord>>) -> Entity<'t> {
        self.place = place;
        self
    }

    /// An entity for `entry` at `span` of a text whose slice there is `text`, for callers
    /// that assemble results themselves (merging other tools' output, tests). Nothing checks
    /// that `span` and `text` agree.
    pub fn from_entry(entry: &crate::GazetteerEntry, span: Span, text: &'t str) -> Entity<'t> {
        let record = EntityRecord {
            kind: entry.kind,
            id: entry.id.clone(),
            name_ar: entry.name_ar.clone(),
            name_en: entry.name_en.clone(),
            subkind: entry.subkind.clone(),
            country: entry.country.clone(),
            priority: entry.priority,
        };
        Entity::new(Arc::new(record), EntitySource::Gazetteer, span, text)
    }

    /// Stable identifier: a Wikidata QID where known, otherwise a readable slug.
    pub fn id(&self) -> &str {
        &self.record.id
    }

    /// Canonical Arabic name.
    pub fn name_ar(&self) -> &str {
        &self.record.name_ar
    }

    /// Canonical English name.
    pub fn name_en(&self) -> &str {
        &self.record.name_en
    }

    /// Finer type from the gazetteer (`country`, `city`, `armed_group`, …), if given.
    pub fn subkind(&self) -> Option<&str> {
        self.record.subkind.as_deref()
    }

    /// ISO 3166-1 alpha-2 code of the entry's country, if given.
    pub fn country(&self) -> Option<&str> {
        self.record.country.as_deref()
    }

    /// For an institution named by a city or region (`شرطة نيروبي`), the id of that place's
    /// gazetteer entry (the place is also reported as an entity of its own).
    pub fn place_id(&self) -> Option<&str> {
        self.place.as_deref().map(|p| p.id.as_str())
    }

    /// The matched text (same as the `text` field).
    pub fn as_str(&self) -> &'t str {
        self.text
    }
}

impl Serialize for Entity<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut st = serializer.serialize_struct("Entity", 15)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("id", self.id())?;
        st.serialize_field("name_ar", self.name_ar())?;
        st.serialize_field("name_en", self.name_en())?;
        match self.subkind() {
            Some(v) => st.serialize_field("subkind", v)?,
            None => st.skip_field("subkind")?,
        }
        match self.country() {
            Some(v) => st.serialize_field("country", v)?,
            None => st.skip_field("country")?,
        }
        st.serialize_field("source", &self.source)?;
        st.serialize_field("evidence", &self.evidence)?;
        match self.place_id() {
            Some(v) => st.serialize_field("place", v)?,
            None => st.skip_field("place")?,
        }
        match &self.cue {
            Some(v) => st.serialize_field("cue", v)?,
            None => st.skip_field("cue")?,
        }
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.serialize_field("char_start", &self.span.char_start)?;
        st.serialize_field("char_end", &self.span.char_end)?;
        st.serialize_field("text", self.text)?;
        st.end()
    }
}

/// What happened to the victims of a [`Casualty`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
    /// A count from its parts; `low` and `high` are widened to contain `value`.
    pub fn new(value: u64, low: u64, high: Option<u64>, qualifier: Qualifier) -> Count {
        Count {
            value,
            low: low.min(value),
            high: high.map(|h| h.max(value)),
            qualifier,
        }
    }

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
#[non_exhaustive]
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
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Victims<'t> {
    /// Coarse category.
    pub category: VictimCategory,
    /// The victim phrase from the original text, with nationality or affiliation words
    /// (`الجنود الماليين`); empty when the text names no victims.
    pub text: &'t str,
    /// Where `text` is in the original text, if it is there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The victims' country (ISO 3166-1 alpha-2), when a nationality adjective in `text` names
    /// it (`جنديا سنغاليا`, `الجنود الماليين`, `مدنيين سودانيين`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// One casualty figure: "about 77 people were killed".
///
/// Serializes as `{kind, count: {value, low, high, qualifier}, victims: {category, text,
/// [span], [country]}, start, end, char_start, char_end, text, count_span, trigger_span}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Casualty<'t> {
    /// Killed, injured, captured, kidnapped or missing.
    pub kind: CasualtyKind,
    /// How many.
    pub count: Count,
    /// Who.
    pub victims: Victims<'t>,
    /// The evidence: the whole phrase in the original text.
    #[serde(flatten)]
    pub span: Span,
    /// The original text at `span`.
    pub text: &'t str,
    /// Where the count phrase is (`نحو 77`).
    pub count_span: Span,
    /// Where the trigger is (`قُتل`, `مقتل`, `أصيبوا`).
    pub trigger_span: Span,
}

impl<'t> Casualty<'t> {
    /// A figure of `kind` and `count` at `span` (whose slice is `text`), with unnamed victims
    /// of category `people` and empty count and trigger spans at the start; for callers that
    /// assemble results themselves. Set the public fields for more.
    pub fn new(kind: CasualtyKind, count: Count, span: Span, text: &'t str) -> Casualty<'t> {
        let at = Span::from_offsets(span.start, span.start, span.char_start, span.char_start);
        Casualty {
            kind,
            count,
            victims: Victims {
                category: VictimCategory::People,
                text: "",
                span: None,
                country: None,
            },
            span,
            text,
            count_span: at,
            trigger_span: at,
        }
    }
}

/// Everything extracted from one text, borrowing from it (`'t`).
///
/// Serializes as `{entities: [...], casualties: [...]}`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Extraction<'t> {
    /// Entities, in text order (by start). They never overlap, except that an institution named
    /// by a place (`شرطة نيروبي`) contains that place, reported after it.
    pub entities: Vec<Entity<'t>>,
    /// Casualty figures, in text order.
    pub casualties: Vec<Casualty<'t>>,
}

impl<'t> Extraction<'t> {
    /// An extraction from parts, for callers that assemble results themselves.
    pub fn new(entities: Vec<Entity<'t>>, casualties: Vec<Casualty<'t>>) -> Extraction<'t> {
        Extraction {
            entities,
            casualties,
        }
    }
}
