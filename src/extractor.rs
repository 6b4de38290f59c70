//! The [`Extractor`]: one configured pipeline from text to [`Extraction`].

use crate::casualties::Lexicon;
use crate::error::Error;
use crate::gazetteer::{AmbiguousAlias, Gazetteer, GazetteerEntry, Matcher};
use crate::normalize::{NormalizedText, Normalizer};
use crate::types::{Entity, Extraction};
use std::path::Path;
use std::sync::Arc;
use std::sync::LazyLock;

/// The embedded gazetteer compiled for the default normalizer, shared by every
/// `Extractor::default()`.
static DEFAULT_MATCHER: LazyLock<Result<Arc<Matcher>, Error>> = LazyLock::new(|| {
    let g = Gazetteer::embedded()?;
    Matcher::new(&[g], &Normalizer::default()).map(Arc::new)
});

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
/// assert_eq!(found.entities[0].id, "xx-wadi-test");
/// # Ok::<(), arabic_extract::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    normalizer: Normalizer,
    matcher: Arc<Matcher>,
    lexicon: Arc<Lexicon>,
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
    /// [`Error::Gazetteer`] or [`Error::Automaton`] if the embedded gazetteer does not compile.
    pub fn new() -> Result<Extractor, Error> {
        ExtractorBuilder::default().build()
    }

    /// A builder starting from the defaults.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts entities and casualty figures from `text`. Never panics; every span is a
    /// byte range of `text` on char boundaries.
    pub fn extract(&self, text: &str) -> Extraction {
        let norm = self.normalizer.normalize(text);
        self.extract_normalized(&norm, text)
    }

    /// Like [`Extractor::extract`], for text already normalized with
    /// [`Extractor::normalizer`] (saves the work when you need the normalized text too).
    pub fn extract_normalized(&self, norm: &NormalizedText, text: &str) -> Extraction {
        let mut entities = Vec::new();
        if self.entities {
            self.matcher.find_into(norm, text, &mut entities);
        }
        let casualties = if self.casualties {
            crate::casualties::extract_with(&self.lexicon, norm, text)
        } else {
            Vec::new()
        };
        Extraction {
            entities,
            casualties,
        }
    }

    /// Only the entities of `text`.
    pub fn entities(&self, text: &str) -> Vec<Entity> {
        let norm = self.normalizer.normalize(text);
        let mut out = Vec::new();
        self.matcher.find_into(&norm, text, &mut out);
        out
    }

    /// The normalizer in use.
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// Number of gazetteer entries compiled in.
    pub fn entity_count(&self) -> usize {
        self.matcher.entity_count()
    }

    /// Number of matcher patterns (aliases plus generated variants).
    pub fn pattern_count(&self) -> usize {
        self.matcher.pattern_count()
    }

    /// Aliases that several entries share with equal priority (the first id wins).
    pub fn ambiguous_aliases(&self) -> &[AmbiguousAlias] {
        self.matcher.ambiguous_aliases()
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
        }
    }
}

impl ExtractorBuilder {
    /// Uses this normalizer for text and gazetteer aliases alike.
    pub fn normalizer(mut self, normalizer: Normalizer) -> Self {
        self.normalizer = normalizer;
        self
    }

    /// Whether the embedded default gazetteer is included (default `true`).
    pub fn default_gazetteer(mut self, yes: bool) -> Self {
        self.default_gazetteer = yes;
        self
    }

    /// Adds a gazetteer; entries with an id already present merge their aliases into it.
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
    pub fn entities(mut self, yes: bool) -> Self {
        self.entities = yes;
        self
    }

    /// Whether to look for casualty figures (default `true`).
    pub fn casualties(mut self, yes: bool) -> Self {
        self.casualties = yes;
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
            && self.normalizer == Normalizer::default();
        let matcher = if plain_default {
            match &*DEFAULT_MATCHER {
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
            Arc::new(Matcher::new(&all, &self.normalizer)?)
        };
        Ok(Extractor {
            normalizer: self.normalizer,
            matcher,
            lexicon: self.lexicon.map_or_else(Lexicon::embedded_arc, Arc::new),
            entities: self.entities,
            casualties: self.casualties,
        })
    }
}
