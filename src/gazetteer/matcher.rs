//! The compiled matcher: every alias of every entry in one Aho-Corasick automaton.
//!
//! Matching runs on a *word view* of the normalized text in which every non-word character
//! is a space (offsets unchanged) and each pattern is an alias followed by one space. A hit
//! therefore always ends at a word boundary, and leftmost-longest semantics make the longest
//! name win (`مطار موديبو كيتا الدولي` over `موديبو كيتا`). The start of a hit must be a word
//! start or follow an accepted proclitic sequence (see `variants`); when it is not, the
//! search resumes one byte later, or at the next word when no prefix can be that long, so
//! the scan stays linear.

use super::variants::{self, Derivation, MAX_PREFIX_BYTES, MIN_PREFIXED_CHARS};
use super::Gazetteer;
use crate::error::Error;
use crate::normalize::{NormalizedText, Normalizer};
use crate::offsets::Placement;
use crate::types::{Entity, EntityKind, EntitySource};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;

/// The automaton is always a contiguous NFA. A DFA over the default gazetteer's ~15k patterns
/// is 85 MB, builds 4× slower and searches slower too, because it does not fit in cache
/// (measured with `benches/throughput.rs`, see BENCHMARKS.md).
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

/// One automaton pattern: the entries it can name, best first.
#[derive(Debug, Clone)]
struct Pattern {
    candidates: Vec<Candidate>,
    /// Characters of the alias, to refuse short names after a prefix.
    chars: usize,
}

/// A gazetteer compiled for one normalizer.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    automaton: Option<AhoCorasick>,
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

        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut texts: Vec<String> = Vec::new();
        let mut add = |view: String, entity: usize, derivation: Derivation| {
            let chars = view.chars().filter(|c| *c != ' ').count();
            if chars < 2 {
                return;
            }
            let cand = Candidate {
                entity: entity as u32,
                derivation,
            };
            match index.get(&view) {
                Some(&p) => {
                    let cands = &mut patterns[p].candidates;
                    match cands.iter_mut().find(|c| c.entity == cand.entity) {
                        Some(c) if c.derivation > derivation => c.derivation = derivation,
                        Some(_) => {}
                        None => cands.push(cand),
                    }
                }
                None => {
                    index.insert(view.clone(), patterns.len());
                    patterns.push(Pattern {
                        candidates: vec![cand],
                        chars,
                    });
                    texts.push(view);
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
        let mut ambiguous = Vec::new();
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
                ambiguous.push(AmbiguousAlias {
                    alias: texts[p].clone(),
                    ids: ties,
                });
            }
        }

        let automaton = if texts.is_empty() {
            None
        } else {
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(texts.iter().map(|t| format!("{t} ")))
                .map_err(|e| Error::Automaton {
                    source: std::sync::Arc::new(e),
                })?;
            Some(automaton)
        };
        Ok(Matcher {
            automaton,
            patterns,
            entities: entities.into_iter().map(Arc::new).collect(),
            ambiguous,
        })
    }

    /// Number of entries compiled in.
    pub(crate) fn entity_count(&self) -> usize {
        self.entities.len()
    }

    /// Number of automaton patterns (aliases and their generated variants).
    pub(crate) fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Aliases shared by several entries with equal priority.
    pub(crate) fn ambiguous_aliases(&self) -> &[AmbiguousAlias] {
        &self.ambiguous
    }

    /// Appends every entity in `norm` to `out`, in text order, with spans placed in the whole
    /// text by `place`.
    pub(crate) fn find_into<'t>(
        &self,
        norm: &NormalizedText<'_>,
        place: Placement<'_, 't>,
        out: &mut Vec<Entity<'t>>,
    ) {
        let original = norm.original();
        let Some(automaton) = &self.automaton else {
            return;
        };
        let mut view = Vec::new();
        variants::word_view_into(norm.as_str(), &mut view);
        let hay = view.as_slice();
        let mut pos = 0;
        while pos < hay.len() {
            let Some(m) = automaton.find(Input::new(hay).span(pos..hay.len())) else {
                break;
            };
            let (start, end) = (m.start(), m.end() - 1);
            // Find the start of the word the hit is in, looking back at most one prefix.
            let mut word_start = start;
            while word_start > 0
                && hay[word_start - 1] != b' '
                && start - word_start <= MAX_PREFIX_BYTES
            {
                word_start -= 1;
            }
            if word_start > 0 && hay[word_start - 1] != b' ' {
                // Too deep inside a word for any prefix: no later start in it can match.
                pos = hay[start..]
                    .iter()
                    .position(|&b| b == b' ')
                    .map_or(hay.len(), |i| start + i);
                continue;
            }
            let prefix = &hay[word_start..start];
            let pattern = &self.patterns[m.pattern().as_usize()];
            let accepted = pattern.candidates.iter().find(|c| {
                let kind = self.entities[c.entity as usize].kind;
                if prefix.is_empty() {
                    c.derivation != Derivation::ArticleStripped
                } else {
                    pattern.chars >= MIN_PREFIXED_CHARS
                        && variants::prefix_allowed(prefix, kind, c.derivation)
                }
            });
            // A name never runs across a line break (a headline and the next line).
            let crosses_line = norm.as_str().as_bytes()[start..end].contains(&b'\n');
            match accepted {
                Some(c) if !crosses_line => {
                    let reported_start = if c.derivation == Derivation::ArticleStripped {
                        start - "ل".len()
                    } else {
                        start
                    };
                    let range = norm.to_original(reported_start..end);
                    let kind = self.entities[c.entity as usize].kind;
                    if !(kind != EntityKind::Person
                        && has_tanween(original.get(range.clone()).unwrap_or("")))
                    {
                        let span = place.span(range);
                        out.push(Entity::new(
                            Arc::clone(&self.entities[c.entity as usize]),
                            EntitySource::Gazetteer,
                            span,
                            place.text(&span),
                        ));
                    }
                    pos = end;
                }
                _ => pos = start + 1,
            }
        }
    }
}

/// Tanween marks an indefinite noun or adjective: `روسيًا` is "Russian" (accusative), not
/// Russia. Place and group names never carry it, so a vocalized hit with tanween is dropped.
fn has_tanween(original: &str) -> bool {
    original.contains(['\u{064B}', '\u{064C}', '\u{064D}'])
}
