//! The compiled matcher: every alias of every entry in one word-level trie.
//!
//! Matching reads the document's token stream. A *written word* is a run of adjacent letter
//! and digit tokens; a name starts at a written word's start, or after a proclitic sequence
//! inside it (see `variants`), and is a sequence of whole words separated in the text by one
//! one-byte non-word character (a space, a hyphen) and never by a line break. The trie lives
//! in one hash map from every word prefix of every alias (`مطار`, `مطار موديبو`, …) to what it
//! means (an alias ends here; a longer alias continues), so a text word costs one lookup per
//! candidate start and a name of `k` words `k` lookups. The longest alias at the leftmost
//! accepted start wins (`مطار موديبو كيتا الدولي` over `موديبو كيتا`), and the scan resumes
//! after it: linear in the text. These are the semantics of the leftmost-longest
//! Aho-Corasick automaton this replaced, which gave the same hits on a 3 MB corpus with 10k
//! and 100k synthetic names (see BENCHMARKS.md) and cost more time and memory.

use super::variants::{self, Derivation, MAX_PREFIX_BYTES, MIN_PREFIXED_CHARS};
use super::Gazetteer;
use crate::error::Error;
use crate::normalize::{NormalizedText, Normalizer};
use crate::offsets::Placement;
use crate::text::document::{words, Word};
use crate::text::tokens::Tok;
use crate::types::{Entity, EntityKind, EntitySource};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;

/// An alias that two or more entries share with equal priority. The entry loaded first
/// wins; give the other a higher `priority`, or remove the alias, to change that.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AmbiguousAlias {
    /// The alias, normalized.
    pub alias: String,
    /// The ids that share it; the first is the one reported.
    pub ids: Vec<String>,
}

/// What an entity hit reports, shared by all its patterns and by every hit
/// ([`Entity`] holds an `Arc` of it, so a hit allocates nothing).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct EntityRecord {
    pub(crate) kind: EntityKind,
    pub(crate) id: String,
    pub(crate) name_ar: String,
    pub(crate) name_en: String,
    pub(crate) subkind: Option<String>,
    pub(crate) country: Option<String>,
    pub(crate) priority: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Candidate {
    entity: u32,
    derivation: Derivation,
}

/// One alias pattern: the entries it can name, best first.
#[derive(Debug, Clone)]
struct Pattern {
    candidates: Vec<Candidate>,
    /// Characters of the alias, to refuse short names after a prefix.
    chars: usize,
}

/// A gazetteer compiled for one normalizer.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    /// Every word prefix of every pattern (its first words joined by single spaces) → what a
    /// match of that prefix means: a word-level trie in one hash map, so a text word costs one
    /// lookup and a name of `k` words at most `k`.
    prefixes: WordMap<Node>,
    patterns: Vec<Pattern>,
    entities: Vec<Arc<EntityRecord>>,
    ambiguous: Vec<AmbiguousAlias>,
}

impl Matcher {
    /// Compiles `gazetteers` (later ones merge into earlier ones by id), normalizing every
    /// alias with `normalizer`. Aliases that normalize to fewer than two characters are
    /// skipped: they would match everywhere.
    pub(crate) fn new(
        gazetteers: &[&Gazetteer],
        normalizer: &Normalizer,
    ) -> Result<Matcher, Error> {
        let mut entities: Vec<EntityRecord> = Vec::new();
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        let mut names: Vec<Vec<&str>> = Vec::new();
        let mut origin: Vec<&str> = Vec::new();
        for g in gazetteers {
            let source = g.source().unwrap_or("<entries added in code>");
            for (index, e) in g.entries().iter().enumerate() {
                let i = match by_id.get(e.id.as_str()) {
                    Some(&i) => {
                        if entities[i].kind != e.kind {
                            return Err(Error::gazetteer(
                                source,
                                g.line_of(index),
                                format!(
                                    "id {} is a {} here but a {} in {}",
                                    e.id, e.kind, entities[i].kind, origin[i]
                                ),
                            ));
                        }
                        entities[i].priority = entities[i].priority.max(e.priority);
                        i
                    }
                    None => {
                        by_id.insert(&e.id, entities.len());
                        origin.push(source);
                        entities.push(EntityRecord {
                            kind: e.kind,
                            id: e.id.clone(),
                            name_ar: e.name_ar.clone(),
                            name_en: e.name_en.clone(),
                            subkind: e.subkind.clone(),
                            country: e.country.clone(),
                            priority: e.priority,
                        });
                        names.push(Vec::new());
                        entities.len() - 1
                    }
                };
                names[i].extend(e.names());
            }
        }

        // The trie is built directly: an alias's own key says which pattern it is, so no
        // second table of alias strings is kept (peak memory with 100k names).
        let mut prefixes: WordMap<Node> = WordMap::default();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut add = |view: String, entity: usize, derivation: Derivation| {
            let chars = view.chars().filter(|c| *c != ' ').count();
            if chars < 2 {
                return;
            }
            let cand = Candidate {
                entity: entity as u32,
                derivation,
            };
            let known = prefixes
                .get(view.as_bytes())
                .map(|n| n.pattern)
                .filter(|&p| p != NO_PATTERN);
            match known {
                Some(p) => {
                    let cands = &mut patterns[p as usize].candidates;
                    match cands.iter_mut().find(|c| c.entity == cand.entity) {
                        Some(c) if c.derivation > derivation => c.derivation = derivation,
                        Some(_) => {}
                        None => cands.push(cand),
                    }
                }
                None => {
                    for (i, _) in view.match_indices(' ') {
                        let key: Box<[u8]> = view.as_bytes()[..i].into();
                        prefixes.entry(key).or_default().longer = true;
                    }
                    let key: Box<[u8]> = view.into_bytes().into_boxed_slice();
                    prefixes.entry(key).or_default().pattern = patterns.len() as u32;
                    patterns.push(Pattern {
                        candidates: vec![cand],
                        chars,
                    });
                }
            }
        };
        for (entity, entity_names) in names.iter().enumerate() {
            let normalized: Vec<String> = entity_names
                .iter()
                .map(|name| normalizer.normalize_str(name).trim().to_string())
                .collect();
            for (k, name) in normalized.iter().enumerate() {
                // The canonical name always stays; a descriptive alias around another name
                // of a place or group would only widen the span. People's longer names
                // (أبو محمد الجولاني beside الجولاني) are names, not descriptions.
                if k > 0
                    && entities[entity].kind != EntityKind::Person
                    && variants::widens_another(name, &normalized)
                {
                    continue;
                }
                let view = variants::alias_view(name);
                let mut forms = vec![(view.clone(), Derivation::Explicit)];
                let info = &entities[entity];
                if variants::has_foreign_spellings(info.kind, info.country.as_deref()) {
                    forms.extend(
                        variants::g_variants(&view)
                            .into_iter()
                            .map(|v| (v, Derivation::GVariant)),
                    );
                }
                for (form, derivation) in forms {
                    if let Some(stripped) = variants::strip_article(&form) {
                        add(stripped.to_string(), entity, Derivation::ArticleStripped);
                    }
                    add(form, entity, derivation);
                }
            }
        }

        // Best candidate first: explicit before derived, then priority, then load order.
        let mut ambiguous: Vec<(u32, Vec<String>)> = Vec::new();
        for (p, pattern) in patterns.iter_mut().enumerate() {
            pattern.candidates.sort_by_key(|c| {
                (
                    c.derivation,
                    -entities[c.entity as usize].priority,
                    c.entity,
                )
            });
            let first = pattern.candidates[0];
            let ties: Vec<String> = pattern
                .candidates
                .iter()
                .filter(|c| {
                    c.derivation == Derivation::Explicit
                        && first.derivation == Derivation::Explicit
                        && entities[c.entity as usize].priority
                            == entities[first.entity as usize].priority
                })
                .map(|c| entities[c.entity as usize].id.clone())
                .collect();
            if ties.len() > 1 {
                ambiguous.push((p as u32, ties));
            }
        }
        // The alias text of each ambiguous pattern is its key in the trie: one pass over it.
        let mut wanted: HashMap<u32, Vec<String>> = ambiguous.into_iter().collect();
        let mut ambiguous: Vec<AmbiguousAlias> = Vec::with_capacity(wanted.len());
        for (key, node) in &prefixes {
            if let Some(ids) = wanted.remove(&node.pattern) {
                let alias = String::from_utf8_lossy(key).into_owned();
                ambiguous.push(AmbiguousAlias { alias, ids });
            }
        }
        ambiguous.sort_by(|a, b| a.alias.cmp(&b.alias));

        Ok(Matcher {
            prefixes,
            patterns,
            entities: entities.into_iter().map(Arc::new).collect(),
            ambiguous,
        })
    }

    /// Number of entries compiled in.
    pub(crate) fn entity_count(&self) -> usize {
        self.entities.len()
    }

    /// Number of patterns (aliases and their generated variants).
    pub(crate) fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Aliases shared by several entries with equal priority.
    pub(crate) fn ambiguous_aliases(&self) -> &[AmbiguousAlias] {
        &self.ambiguous
    }

    /// Appends every entity of the document (normalized text `norm`, its tokens `toks`) to
    /// `out`, in text order, with spans placed in the whole text by `place`; marks the tokens
    /// each entity covers with its kind (`Tok::entity`), for later stages.
    pub(crate) fn find_into<'t>(
        &self,
        norm: &NormalizedText<'_>,
        toks: &mut [Tok<'_>],
        place: Placement<'_, 't>,
        out: &mut Vec<Entity<'t>>,
    ) {
        if self.patterns.is_empty() {
            return;
        }
        let original = norm.original();
        let hay = norm.as_str().as_bytes();
        let words = words(toks);
        let mut key = Vec::new();
        let mut wi = 0;
        while wi < words.len() {
            let word = words[wi];
            wi += 1;
            for prefix_len in prefix_lengths(&hay[word.start..word.end]) {
                let start = word.start + prefix_len;
                let Some((p, end, last)) = self.longest_at(hay, &words, wi - 1, start, &mut key)
                else {
                    continue;
                };
                let prefix = &hay[word.start..start];
                let pattern = &self.patterns[p];
                let accepted = pattern.candidates.iter().find(|c| {
                    let kind = self.entities[c.entity as usize].kind;
                    if prefix.is_empty() {
                        c.derivation != Derivation::ArticleStripped
                    } else {
                        pattern.chars >= MIN_PREFIXED_CHARS
                            && variants::prefix_allowed(prefix, kind, c.derivation)
                    }
                });
                let Some(c) = accepted else { continue };
                let reported_start = if c.derivation == Derivation::ArticleStripped {
                    start - "ل".len()
                } else {
                    start
                };
                let range = norm.to_original(reported_start..end);
                let record = &self.entities[c.entity as usize];
                if record.kind != EntityKind::Person
                    && has_tanween(original.get(range.clone()).unwrap_or(""))
                {
                    continue;
                }
                let span = place.span(range);
                out.push(Entity::new(
                    Arc::clone(record),
                    EntitySource::Gazetteer,
                    span,
                    place.text(&span),
                ));
                for t in toks
                    .get_mut(word.first..=words[last].last)
                    .unwrap_or(&mut [])
                {
                    t.entity = Some(record.kind);
                }
                wi = last + 1;
                break;
            }
        }
    }

    /// The longest pattern that matches at byte `start` inside `words[wi]` and ends at the end
    /// of a word, with its end byte and last word: the leftmost-longest match an automaton
    /// anchored at `start` would report. The words of a name may be separated in the text by
    /// one one-byte non-word character (a space, a hyphen), never by a line break or anything
    /// longer. `key` is scratch space for multi-word lookups.
    fn longest_at(
        &self,
        hay: &[u8],
        words: &[Word],
        mut wi: usize,
        start: usize,
        key: &mut Vec<u8>,
    ) -> Option<(usize, usize, usize)> {
        let mut end = words[wi].end;
        let mut node = self.prefixes.get(&hay[start..end])?;
        let mut best = (node.pattern != NO_PATTERN).then_some((node.pattern as usize, end, wi));
        key.clear();
        key.extend_from_slice(&hay[start..end]);
        while node.longer {
            let sep = hay.get(end).copied();
            let next = words.get(wi + 1);
            let joined = sep.is_some_and(|b| b < 0x80 && b != b'\n' && !b.is_ascii_alphanumeric())
                && next.is_some_and(|w| w.start == end + 1);
            let Some(next) = next.filter(|_| joined) else {
                break;
            };
            key.push(b' ');
            key.extend_from_slice(&hay[next.start..next.end]);
            end = next.end;
            wi += 1;
            match self.prefixes.get(key.as_slice()) {
                Some(n) => node = n,
                None => break,
            }
            if node.pattern != NO_PATTERN {
                best = Some((node.pattern as usize, end, wi));
            }
        }
        best
    }
}

/// No pattern ends at this prefix.
const NO_PATTERN: u32 = u32::MAX;

/// A node of the word-level trie.
#[derive(Debug, Clone, Copy)]
struct Node {
    /// The pattern that is exactly this prefix, or [`NO_PATTERN`].
    pattern: u32,
    /// Some pattern continues past this prefix.
    longer: bool,
}

impl Default for Node {
    fn default() -> Node {
        Node {
            pattern: NO_PATTERN,
            longer: false,
        }
    }
}

/// Where a name may start inside `word`: at its start, and after every leading letter
/// sequence that is a proclitic sequence (shortest first), leaving at least one byte. Which of
/// them is accepted for a given name is decided by `variants::prefix_allowed`.
fn prefix_lengths(word: &[u8]) -> impl Iterator<Item = usize> + '_ {
    // Every proclitic letter (و ف ب ل ك, and the article's ا ل) is a two-byte letter, so a
    // word can only have a prefix when its first letter is one of them.
    let clitic_letters = word
        .chunks_exact(2)
        .take(MAX_PREFIX_BYTES / 2)
        .take_while(|u| crate::text::proclitics::is_proclitic_letter(u))
        .count();
    let longest = (2 * clitic_letters).min(word.len().saturating_sub(1));
    std::iter::once(0).chain(
        (2..=longest)
            .step_by(2)
            .filter(move |&n| crate::text::proclitics::parse_bytes(&word[..n])),
    )
}

/// The word-prefix trie's map, keyed by byte strings (words and word sequences of the text).
type WordMap<V> = crate::text::hash::FastMap<Box<[u8]>, V>;

/// Tanween marks an indefinite noun or adjective: `روسيًا` is "Russian" (accusative), not
/// Russia. Place and group names never carry it, so a vocalized hit with tanween is dropped.
fn has_tanween(original: &str) -> bool {
    original.contains(['\u{064B}', '\u{064C}', '\u{064D}'])
}
