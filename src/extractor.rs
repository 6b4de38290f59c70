//! The [`Extractor`]: one configured pipeline from text to [`Extraction`].

use crate::casualties::Lexicon;
use crate::entities::{self, EntityStage, Vocabulary};
use crate::error::Error;
use crate::gazetteer::{AmbiguousAlias, Gazetteer, GazetteerEntry, Matcher};
use crate::normalize::{NormalizedText, Normalizer};
use crate::offsets::{CharIndex, Placement};
use crate::text::document::Document;
use crate::types::{Entity, Extraction};
use std::path::Path;
use std::sync::Arc;
use std::sync::LazyLock;

/// The entity stage's vocabulary (institution heads, cue words, demonyms), shared by every
/// extractor.
static VOCABULARY: LazyLock<Result<Arc<Vocabulary>, Error>> =
    LazyLock::new(|| Vocabulary::embedded(Gazetteer::embedded()?).map(Arc::new));

/// The embedded gazetteer compiled for the default normalizer and options, shared by every
/// `Extractor::default()`.
static DEFAULT_STAGE: LazyLock<Result<Arc<EntityStage>, Error>> = LazyLock::new(|| {
    compile(
        &[Gazetteer::embedded()?],
        &Normalizer::default(),
        DEFAULT_OPTIONS,
    )
});

/// The entity stage's default options: institutions on; spelling variants off (they cost
/// about a third of the entity stage's time, see BENCHMARKS.md, for a few more names).
const DEFAULT_OPTIONS: entities::Options = entities::Options {
    institutions: true,
    spelling_variants: false,
    discovery: true,
};

/// Compiles gazetteers and the vocabulary into an entity stage.
fn compile(
    gazetteers: &[&Gazetteer],
    normalizer: &Normalizer,
    options: entities::Options,
) -> Result<Arc<EntityStage>, Error> {
    let vocabulary = match &*VOCABULARY {
        Ok(v) => Arc::clone(v),
        Err(e) => return Err(e.clone()),
    };
    let heads: Vec<&str> = if options.institutions {
        vocabulary.head_phrases.iter().map(String::as_str).collect()
    } else {
        Vec::new()
    };
    let matcher = Matcher::new(gazetteers, normalizer, &heads)?;
    Ok(Arc::new(EntityStage::new(matcher, vocabulary, options)))
}

/// Extracts entities and casualty figures from Arabic text.
///
/// Build one with [`Extractor::default`] (embedded gazetteer, default normalization) or
/// [`Extractor::builder`], then call [`Extractor::extract`] as often as you like, from as many
/// threads as you like: an `Extractor` is `Send + Sync` and cheap to clone.
///
/// ```
/// use arabic_extract::{EntityKind, Extractor, Gazetteer, GazetteerEntry};
///
/// let mut mine = Gazetteer::new();
/// mine.add_entry(
///     GazetteerEntry::new("xx-wadi-test", EntityKind::Place, "وادي التجربة", "Test Valley")
///         .with_aliases(["وادي التجارب"]),
/// )?;
/// let extractor = Extractor::builder()
///     .default_gazetteer(false)
///     .gazetteer(mine)
///     .build()?;
/// let found = extractor.extract("وصلت القوات إلى وادي التجارب أمس");
/// assert_eq!(found.entities[0].id(), "xx-wadi-test");
/// # Ok::<(), arabic_extract::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    normalizer: Normalizer,
    entities: Arc<EntityStage>,
    lexicon: Arc<Lexicon>,
    stages: Stages,
    piece_bytes: usize,
}

/// Bytes of text normalized and searched at a time by [`Extractor::extract`]: large enough
/// that the per-piece set-up is noise, small enough that the working buffers (normalized
/// text, offset map, tokens) stay in the low megabytes for any document.
const PIECE_BYTES: usize = 256 * 1024;

/// Cuts `text` into pieces of about `target` bytes, each ending after a line break (or,
/// within a longer line, after a sentence end or at a space), with their byte offsets.
fn pieces(text: &str, target: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let start = at;
        let end = piece_end(text, start, target.max(1));
        at = end;
        Some((start, &text[start..end]))
    })
}

fn piece_end(text: &str, start: usize, target: usize) -> usize {
    let bytes = text.as_bytes();
    if text.len() - start <= target * 3 / 2 {
        return text.len();
    }
    let from = start + target;
    let limit = (start + 2 * target).min(text.len());
    let window = &bytes[from..limit];
    let after = |i: usize| from + i + 1;
    if let Some(i) = window.iter().position(|&b| b == b'\n') {
        return after(i);
    }
    // A sentence end followed by a space: `.`, `!`, `?` or the Arabic question mark (which
    // ends in byte 0x9F), then ' '.
    if let Some(i) = window
        .windows(2)
        .position(|w| matches!(w[0], b'.' | b'!' | b'?' | 0x9F) && w[1] == b' ')
    {
        return after(i + 1);
    }
    if let Some(i) = window.iter().position(|&b| b == b' ') {
        return after(i);
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end += 1;
    }
    end
}

/// Which stages one call runs: the configured ones, or entities alone for
/// [`Extractor::entities`].
#[derive(Debug, Clone, Copy)]
struct Stages {
    entities: bool,
    casualties: bool,
}

impl Default for Extractor {
    /// The embedded gazetteer with default normalization, compiled once per process and
    /// shared. Same as [`Extractor::new`].
    ///
    /// # Panics
    /// Only if the gazetteer embedded in this build cannot be compiled, which the crate's
    /// tests rule out (`tests/gazetteer.rs`); it is never silently replaced by an empty one.
    /// Call [`Extractor::new`] to get that condition as an error instead.
    fn default() -> Extractor {
        match Extractor::new() {
            Ok(extractor) => extractor,
            Err(e) => panic!("the embedded gazetteer does not compile: {e}"),
        }
    }
}

impl Extractor {
    /// The embedded gazetteer with default normalization: the same extractor as
    /// [`Extractor::default`], with a failure to compile the embedded data as an error.
    ///
    /// # Errors
    /// [`Error::Gazetteer`] or [`Error::Lexicon`] if the embedded data does not compile.
    pub fn new() -> Result<Extractor, Error> {
        ExtractorBuilder::default().build()
    }

    /// A builder starting from the defaults.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts entities and casualty figures from `text`. Never panics; every span is a
    /// range of `text` on char boundaries, with byte and character offsets.
    ///
    /// Long texts are processed a piece at a time (pieces of about 256 KiB, cut after a line
    /// break), so memory stays proportional to the text plus what is found, whatever the
    /// length. Nothing the crate finds spans a line break, so the result is the same as for
    /// one piece; a single line longer than a piece is cut after a sentence end, or failing
    /// that at a space.
    pub fn extract<'t>(&self, text: &'t str) -> Extraction<'t> {
        self.extract_pieces(text, self.stages)
    }

    /// Like [`Extractor::extract`], for text you have already normalized (saves the work
    /// when you need the normalized text too). The spans point into [`NormalizedText::original`].
    /// If `norm` was made with another normalizer than [`Extractor::normalizer`], the original
    /// text is normalized again with the right one, so the result is always that of
    /// [`Extractor::extract`].
    pub fn extract_normalized<'t>(&self, norm: &NormalizedText<'t>) -> Extraction<'t> {
        if norm.normalizer() != &self.normalizer {
            return self.extract(norm.original());
        }
        let index = CharIndex::new(norm.original());
        let mut out = Extraction::default();
        self.extract_into(norm, Placement::whole(&index), self.stages, &mut out);
        out
    }

    /// Normalizes and searches `text` a piece at a time (see [`Extractor::extract`]).
    fn extract_pieces<'t>(&self, text: &'t str, stages: Stages) -> Extraction<'t> {
        let index = CharIndex::new(text);
        let mut out = Extraction::default();
        for (offset, piece) in pieces(text, self.piece_bytes) {
            let norm = self.normalizer.normalize(piece);
            let place = Placement {
                index: &index,
                offset,
            };
            self.extract_into(&norm, place, stages, &mut out);
        }
        out
    }

    fn extract_into<'t>(
        &self,
        norm: &NormalizedText<'_>,
        place: Placement<'_, 't>,
        stages: Stages,
        out: &mut Extraction<'t>,
    ) {
        // One token stream for every stage; the casualty rules see which tokens are names.
        let doc = Document::new(norm);
        let mut toks = doc.toks();
        if stages.entities {
            self.entities
                .find_into(norm, &mut toks, place, &mut out.entities);
        }
        if stages.casualties {
            let first = out.casualties.len();
            crate::casualties::extract_into(&self.lexicon, norm, &toks, place, &mut out.casualties);
            for c in &mut out.casualties[first..] {
                c.victims.country = self.entities.victims_country(c.victims.text);
            }
        }
    }

    /// Only the entities of `text`.
    pub fn entities<'t>(&self, text: &'t str) -> Vec<Entity<'t>> {
        self.extract_pieces(
            text,
            Stages {
                entities: true,
                casualties: false,
            },
        )
        .entities
    }

    /// The normalizer in use.
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// Number of gazetteer entries compiled in.
    pub fn entity_count(&self) -> usize {
        self.entities.matcher.entity_count()
    }

    /// Number of matcher patterns (aliases plus generated variants).
    pub fn pattern_count(&self) -> usize {
        self.entities.matcher.pattern_count()
    }

    /// Aliases that several entries share with equal priority (the first id wins).
    pub fn ambiguous_aliases(&self) -> &[AmbiguousAlias] {
        self.entities.matcher.ambiguous_aliases()
    }
}

/// Configures an [`Extractor`].
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    normalizer: Normalizer,
    default_gazetteer: bool,
    gazetteers: Vec<Gazetteer>,
    extra: Gazetteer,
    /// The embedded lexicon with the user's entries on top; `None`: the embedded one alone.
    lexicon: Option<Lexicon>,
    entities: bool,
    casualties: bool,
    entity_options: entities::Options,
    piece_bytes: usize,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            normalizer: Normalizer::default(),
            default_gazetteer: true,
            gazetteers: Vec::new(),
            extra: Gazetteer::new(),
            lexicon: None,
            entities: true,
            casualties: true,
            entity_options: DEFAULT_OPTIONS,
            piece_bytes: PIECE_BYTES,
        }
    }
}

impl ExtractorBuilder {
    /// Uses this normalizer for text and gazetteer aliases alike.
    #[must_use]
    pub fn normalizer(mut self, normalizer: Normalizer) -> Self {
        self.normalizer = normalizer;
        self
    }

    /// Whether the embedded default gazetteer is included (default `true`).
    #[must_use]
    pub fn default_gazetteer(mut self, yes: bool) -> Self {
        self.default_gazetteer = yes;
        self
    }

    /// Adds a gazetteer; entries with an id already present merge their aliases into it.
    #[must_use]
    pub fn gazetteer(mut self, gazetteer: Gazetteer) -> Self {
        self.gazetteers.push(gazetteer);
        self
    }

    /// Reads and adds a TSV gazetteer file.
    ///
    /// # Errors
    /// [`Error::Io`] or [`Error::Gazetteer`] naming the file and line.
    pub fn gazetteer_path(self, path: impl AsRef<Path>) -> Result<Self, Error> {
        let g = Gazetteer::from_path(path)?;
        Ok(self.gazetteer(g))
    }

    /// Adds entries built in code.
    ///
    /// # Errors
    /// [`Error::Gazetteer`] for an invalid entry or a kind conflict on a repeated id.
    pub fn add_entries<I: IntoIterator<Item = GazetteerEntry>>(
        mut self,
        entries: I,
    ) -> Result<Self, Error> {
        for e in entries {
            self.extra.add_entry(e)?;
        }
        Ok(self)
    }

    /// Adds casualty-lexicon entries (trigger words, victim nouns, context words) on top of
    /// the embedded lexicon; see [`Lexicon`].
    #[must_use]
    pub fn lexicon(mut self, lexicon: Lexicon) -> Self {
        self.lexicon
            .get_or_insert_with(|| Lexicon::embedded().clone())
            .extend(&lexicon);
        self
    }

    /// Reads a lexicon file and adds its entries on top of the embedded lexicon.
    ///
    /// # Errors
    /// [`Error::Io`] or [`Error::Lexicon`] naming the file and line.
    pub fn lexicon_path(self, path: impl AsRef<Path>) -> Result<Self, Error> {
        let lexicon = Lexicon::from_path(path)?;
        Ok(self.lexicon(lexicon))
    }

    /// Whether to look for entities (default `true`).
    #[must_use]
    pub fn entities(mut self, yes: bool) -> Self {
        self.entities = yes;
        self
    }

    /// Whether to report national institutions named by a head noun and a country (default
    /// `true`): `الجيش السنغالي`, `وزارة الصحة الأردنية`, `جيش تشاد`, `شرطة نيروبي` (see
    /// [`EntitySource::Institution`](crate::EntitySource::Institution)).
    #[must_use]
    pub fn institutions(mut self, yes: bool) -> Self {
        self.entity_options.institutions = yes;
        self
    }

    /// Whether to match unlisted spellings of transliterated names by their phonetic key
    /// (default `false`): `تومبكتو` for `تمبكتو` (see
    /// [`Evidence::SpellingVariant`](crate::Evidence::SpellingVariant)). Off by default: it
    /// finds a few more names (half of the attested variants in our tests, with no false
    /// alarm on ordinary words) for about 30% more time in the entity stage.
    #[must_use]
    pub fn spelling_variants(mut self, yes: bool) -> Self {
        self.entity_options.spelling_variants = yes;
        self
    }

    /// Whether to discover names no gazetteer holds from the words that introduce them
    /// (default `true`): places after a head noun (`قرية تل الورد`), people after a title or
    /// with a known given name (`العقيد ماماني ساليفو`), organizations and media after a head
    /// noun (`وكالة الساحل للأنباء`). They are reported with
    /// [`EntitySource::Context`](crate::EntitySource::Context).
    #[must_use]
    pub fn discovery(mut self, yes: bool) -> Self {
        self.entity_options.discovery = yes;
        self
    }

    /// Whether to look for casualty figures (default `true`).
    #[must_use]
    pub fn casualties(mut self, yes: bool) -> Self {
        self.casualties = yes;
        self
    }

    /// How many bytes [`Extractor::extract`] normalizes and searches at a time (default
    /// 256 KiB; see there). Smaller pieces use less memory on very long documents; the result
    /// does not depend on it. Values below 1 KiB are raised to 1 KiB.
    #[must_use]
    pub fn piece_bytes(mut self, bytes: usize) -> Self {
        self.piece_bytes = bytes.max(1024);
        self
    }

    /// Compiles the gazetteers and returns the extractor.
    ///
    /// # Errors
    /// [`Error::Gazetteer`] when the gazetteers conflict (one id with two kinds).
    pub fn build(self) -> Result<Extractor, Error> {
        let plain_default = self.default_gazetteer
            && self.gazetteers.is_empty()
            && self.extra.is_empty()
            && self.normalizer == Normalizer::default()
            && self.entity_options == DEFAULT_OPTIONS;
        let entities = if plain_default {
            match &*DEFAULT_STAGE {
                Ok(m) => Arc::clone(m),
                Err(e) => return Err(e.clone()),
            }
        } else {
            let mut all: Vec<&Gazetteer> = Vec::new();
            if self.default_gazetteer {
                all.push(Gazetteer::embedded()?);
            }
            all.extend(self.gazetteers.iter());
            all.push(&self.extra);
            compile(&all, &self.normalizer, self.entity_options)?
        };
        Ok(Extractor {
            normalizer: self.normalizer,
            entities,
            lexicon: self.lexicon.map_or_else(Lexicon::embedded_arc, Arc::new),
            stages: Stages {
                entities: self.entities,
                casualties: self.casualties,
            },
            piece_bytes: self.piece_bytes,
        })
    }
}
