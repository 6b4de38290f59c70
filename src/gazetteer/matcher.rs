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
use crate::text::document::Word;
use crate::types::EntityKind;
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

/// What a pattern names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Target {
    /// Entry `i` of the compiled gazetteer.
    Entity(u32),
    /// Institution head phrase `i` of the list given to [`Matcher::new`] (`الجيش`, `شرطة`):
    /// a name only with a country after it, decided by the entity stage.
    Head(u32),
}

/// One reading of a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub(crate) target: Target,
    pub(crate) derivation: Derivation,
    /// From a gated alias: a name only with evidence.
    pub(crate) gated: bool,
}

/// A pattern found in the text, before the entity stage decides what it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// First and last token the hit covers (the first is the whole written word, proclitics
    /// included).
    pub(crate) first: usize,
    pub(crate) last: usize,
    /// Normalized byte offsets: the written word's start, the name's start after the
    /// proclitics, the name's end.
    pub(crate) word_start: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) pattern: u32,
    /// The best plain (ungated) entry the prefix and tanween rules accept, if any.
    pub(crate) chosen: Option<Candidate>,
}

/// A spelling-variant key: the entry whose transliterated alias has it, and the letter counts
/// of those aliases (a text word may differ from them by at most [`variants::MAX_LENGTH_DIFF`]).
#[derive(Debug, Clone, Copy)]
struct VariantTarget {
    entity: u32,
    /// Letters of the aliases with this key: a text word must be within
    /// [`variants::MAX_LENGTH_DIFF`] of them.
    min_chars: u16,
    max_chars: u16,
    /// Where the aliases' vowels are ([`variants::phonetic_key_into`]), for up to
    /// [`VARIANT_SLOTS`] aliases: a text word's must nest with one of them, and differ from
    /// it by at most [`variants::max_vowel_diff`] vowels, so `متشدد` (none) never stands for
    /// `ماتشيدا` (three).
    slots: [u64; VARIANT_SLOTS],
    n_slots: u8,
    /// Some alias with this key has two words or more: only then may two text words match.
    spaced: bool,
    /// The endings and final vowel classes of the aliases ([`variants::ending_bits`]).
    endings: u16,
    /// The key has three symbols: text words need as many letters as such aliases.
    short_key: bool,
}

impl VariantTarget {
    /// Whether a written form with these counts is close enough to the aliases.
    fn accepts(&self, chars: u16, slots: u64, words: usize, endings: u16) -> bool {
        variants::endings_agree(endings, self.endings)
            && (!self.short_key || chars >= variants::MIN_SHORT_KEY_CHARS)
            && chars + variants::MAX_LENGTH_DIFF >= self.min_chars
            && chars <= self.max_chars + variants::MAX_LENGTH_DIFF
            && (words == 1 || self.spaced)
            && self.slots[..self.n_slots as usize].iter().any(|&s| {
                variants::vowels_nested(s, slots)
                    && (s ^ slots).count_ones() <= variants::max_vowel_diff(chars)
            })
    }

    /// Records one more alias's vowel places.
    fn add_slots(&mut self, slots: u64) {
        let n = self.n_slots as usize;
        if n < VARIANT_SLOTS && !self.slots[..n].contains(&slots) {
            self.slots[n] = slots;
            self.n_slots += 1;
        }
    }
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
    /// Phonetic key of every long transliterated alias → its entry (keys two entries share,
    /// or that an explicit alias of another entry has, are left out).
    variant_keys: WordMap<VariantTarget>,
    /// Bit filters in front of `variant_keys`, by key hash: the keys, and the keys of the
    /// first word of multi-word aliases (only then is a pair of text words tried). Most text
    /// words fail them, without a table lookup.
    variant_filter: BitFilter,
    first_word_filter: BitFilter,
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
        heads: &[&str],
    ) -> Result<Matcher, Error> {
        let mut entities: Vec<EntityRecord> = Vec::new();
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        // Each entry's names: (name, gated).
        let mut names: Vec<Vec<(&str, bool)>> = Vec::new();
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
                names[i].extend(e.names().map(|n| (n, false)));
                names[i].extend(e.gated_aliases.iter().map(|n| (n.as_str(), true)));
            }
        }

        // The trie is built directly: an alias's own key says which pattern it is, so no
        // second table of alias strings is kept (peak memory with 100k names).
        let mut prefixes: WordMap<Node> = WordMap::default();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut add = |view: String, cand: Candidate| {
            let chars = view.chars().filter(|c| *c != ' ').count();
            if chars < 2 {
                return;
            }
            let known = prefixes
                .get(view.as_bytes())
                .map(|n| n.pattern)
                .filter(|&p| p != NO_PATTERN);
            match known {
                Some(p) => {
                    let cands = &mut patterns[p as usize].candidates;
                    match cands.iter_mut().find(|c| c.target == cand.target) {
                        Some(c) => {
                            // An ungated reading beats a gated one; an explicit one a derived.
                            if (cand.gated, cand.derivation) < (c.gated, c.derivation) {
                                *c = cand;
                            }
                        }
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
        let mut variant_keys: WordMap<VariantTarget> = WordMap::default();
        let mut explicit_keys: WordMap<u32> = WordMap::default();
        for (entity, entity_names) in names.iter().enumerate() {
            let normalized: Vec<(String, bool)> = entity_names
                .iter()
                .map(|(name, gated)| (normalizer.normalize_str(name).trim().to_string(), *gated))
                .collect();
            let plain: Vec<String> = normalized
                .iter()
                .filter(|(_, gated)| !gated)
                .map(|(n, _)| n.clone())
                .collect();
            let info = &entities[entity];
            let foreign = variants::has_foreign_spellings(info.kind, info.country.as_deref());
            for (k, (name, gated)) in normalized.iter().enumerate() {
                // The canonical name always stays; a descriptive alias around another name
                // of a place or group would only widen the span. People's longer names
                // (أبو محمد الجولاني beside الجولاني) are names, not descriptions.
                if k > 0
                    && !gated
                    && entities[entity].kind != EntityKind::Person
                    && variants::widens_another(name, &plain)
                {
                    continue;
                }
                let view = variants::alias_view(name);
                let mut forms = vec![(view.clone(), Derivation::Explicit)];
                if foreign {
                    forms.extend(
                        variants::g_variants(&view)
                            .into_iter()
                            .map(|v| (v, Derivation::GVariant)),
                    );
                }
                let mut key = variants::Key::default();
                if let Some(slots) = variants::phonetic_key_into(&view, &mut key) {
                    // Who else spells a name with this key: another entry, or a gated alias
                    // (a variant must never bypass the evidence a gated alias needs).
                    let owner = explicit_keys
                        .entry(key.as_slice().into())
                        .or_insert(entity as u32);
                    if *owner != entity as u32 || *gated {
                        *owner = NO_ENTITY;
                    }
                    // People's one-word names (a surname) are too like ordinary words to be
                    // found by a variant; their full names are not.
                    let person_word = info.kind == EntityKind::Person && !view.contains(' ');
                    if foreign && !gated && !person_word && variants::takes_spelling_variants(&view)
                    {
                        let chars = variants::letter_count(&view);
                        let key_len = key.as_slice().len();
                        let slot =
                            variant_keys
                                .entry(key.as_slice().into())
                                .or_insert(VariantTarget {
                                    entity: entity as u32,
                                    min_chars: chars,
                                    max_chars: chars,
                                    slots: [0; VARIANT_SLOTS],
                                    n_slots: 0,
                                    spaced: false,
                                    endings: 0,
                                    short_key: false,
                                });
                        if slot.entity != entity as u32 {
                            slot.entity = NO_ENTITY;
                        }
                        slot.min_chars = slot.min_chars.min(chars);
                        slot.max_chars = slot.max_chars.max(chars);
                        slot.add_slots(slots);
                        slot.short_key = slot.n_slots > 0 && key_len < 4;
                        slot.spaced |= view.contains(' ');
                        slot.endings |= variants::ending_bits(&view, true);
                    }
                }
                let target = Target::Entity(entity as u32);
                for (form, derivation) in forms {
                    if let Some(stripped) = variants::strip_article(&form) {
                        add(
                            stripped.to_string(),
                            Candidate {
                                target,
                                derivation: Derivation::ArticleStripped,
                                gated: *gated,
                            },
                        );
                    }
                    add(
                        form,
                        Candidate {
                            target,
                            derivation,
                            gated: *gated,
                        },
                    );
                }
            }
        }
        // A variant key that an explicit alias of another entry also has is ambiguous.
        for (key, target) in variant_keys.iter_mut() {
            if explicit_keys.get(key).is_some_and(|&e| e != target.entity) {
                target.entity = NO_ENTITY;
            }
        }
        variant_keys.retain(|_, t| t.entity != NO_ENTITY);
        let mut variant_filter = BitFilter::default();
        for key in variant_keys.keys() {
            variant_filter.insert(key);
        }
        let mut first_word_filter = BitFilter::default();
        for (entity, entity_names) in names.iter().enumerate() {
            for (name, _) in entity_names {
                let view = variants::alias_view(normalizer.normalize_str(name).trim());
                let Some((first, _)) = view.split_once(' ') else {
                    continue;
                };
                let mut whole = variants::Key::default();
                let owned = variants::phonetic_key_into(&view, &mut whole).is_some()
                    && variant_keys
                        .get(whole.as_slice())
                        .is_some_and(|t| t.entity == entity as u32);
                let mut key = variants::Key::default();
                if owned && variants::phonetic_key_into(first, &mut key).is_some() {
                    first_word_filter.insert(key.as_slice());
                }
            }
        }
        for (i, head) in heads.iter().enumerate() {
            let view = variants::alias_view(normalizer.normalize_str(head).trim());
            let target = Target::Head(i as u32);
            if let Some(stripped) = variants::strip_article(&view) {
                add(
                    stripped.to_string(),
                    Candidate {
                        target,
                        derivation: Derivation::ArticleStripped,
                        gated: false,
                    },
                );
            }
            add(
                view,
                Candidate {
                    target,
                    derivation: Derivation::Explicit,
                    gated: false,
                },
            );
        }

        // Best candidate first: entries before heads, plain before gated, explicit before
        // derived, then priority, then load order.
        let order = |c: &Candidate| {
            let (head, index, priority) = match c.target {
                Target::Entity(e) => (false, e, entities[e as usize].priority),
                Target::Head(h) => (true, h, 0),
            };
            (head, c.gated, c.derivation, -priority, index)
        };
        let mut ambiguous: Vec<(u32, Vec<String>)> = Vec::new();
        for (p, pattern) in patterns.iter_mut().enumerate() {
            pattern.candidates.sort_by_key(order);
            let first = pattern.candidates[0];
            let ties: Vec<String> = pattern
                .candidates
                .iter()
                .filter(|c| {
                    let (h, g, d, prio, _) = order(c);
                    let (fh, fg, fd, fprio, _) = order(&first);
                    !h && !fh
                        && d == Derivation::Explicit
                        && fd == Derivation::Explicit
                        && g == fg
                        && prio == fprio
                })
                .filter_map(|c| match c.target {
                    Target::Entity(e) => Some(entities[e as usize].id.clone()),
                    Target::Head(_) => None,
                })
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
            variant_keys,
            variant_filter,
            first_word_filter,
            entities: entities.into_iter().map(Arc::new).collect(),
            ambiguous,
        })
    }

    /// Number of entries compiled in.
    pub(crate) fn entity_count(&self) -> usize {
        self.entities.len()
    }

    /// Number of patterns of gazetteer names (aliases and their generated variants; the
    /// institution heads compiled beside them are not counted).
    pub(crate) fn pattern_count(&self) -> usize {
        self.patterns
            .iter()
            .filter(|p| {
                p.candidates
                    .iter()
                    .any(|c| matches!(c.target, Target::Entity(_)))
            })
            .count()
    }

    /// Aliases shared by several entries with equal priority.
    pub(crate) fn ambiguous_aliases(&self) -> &[AmbiguousAlias] {
        &self.ambiguous
    }

    /// Every name hit of the document (normalized text `norm`, its tokens `toks`), in text
    /// order: the longest pattern at the leftmost accepted start, then the scan resumes after
    /// it. A hit whose pattern has an entry that the prefix and tanween rules accept is
    /// [`Hit::chosen`]; a hit of gated aliases or institution heads only is left for the entity
    /// stage to decide (`crate::entities`). Tokens are not marked here.
    pub(crate) fn scan(&self, norm: &NormalizedText<'_>, words: &[Word]) -> Vec<Hit> {
        let mut hits = Vec::new();
        if self.patterns.is_empty() {
            return hits;
        }
        let hay = norm.as_str().as_bytes();
        let mut key = Vec::new();
        let mut wi = 0;
        while wi < words.len() {
            let word = words[wi];
            wi += 1;
            for prefix_len in prefix_lengths(&hay[word.start..word.end]) {
                let start = word.start + prefix_len;
                let Some((p, end, last)) = self.longest_at(hay, words, wi - 1, start, &mut key)
                else {
                    continue;
                };
                let mut hit = Hit {
                    first: word.first,
                    last: words[last].last,
                    word_start: word.start,
                    start,
                    end,
                    pattern: p as u32,
                    chosen: None,
                };
                let mut any = false;
                for c in self.candidates(&hit, hay) {
                    any = true;
                    let entity = matches!(c.target, Target::Entity(_));
                    if entity && !c.gated && hit.chosen.is_none() && self.tanween_ok(norm, &hit, c)
                    {
                        hit.chosen = Some(*c);
                    }
                }
                if !any || (hit.chosen.is_none() && !self.has_undecided(&hit, hay)) {
                    continue;
                }
                hits.push(hit);
                wi = last + 1;
                break;
            }
        }
        hits
    }

    /// Hits of unlisted spellings of transliterated names (`تومبكتو` for `تمبكتو`), found by
    /// their phonetic key among the words no hit in `hits` covers: a written word, after any
    /// conjunction or preposition (never the article: `ال` + a foreign name is a nisba), or two
    /// written words for a name news also writes joined. Needs
    /// [`variants::MIN_VARIANT_CHARS`] letters, as the aliases do.
    pub(crate) fn variant_hits(
        &self,
        norm: &NormalizedText<'_>,
        words: &[Word],
        hits: &[Hit],
    ) -> Vec<Hit> {
        let mut out = Vec::new();
        if self.variant_keys.is_empty() {
            return out;
        }
        let text = norm.as_str();
        let hay = text.as_bytes();
        let min_bytes = 2 * variants::MIN_VARIANT_CHARS;
        let mut next_hit = hits.iter().peekable();
        let (mut key, mut pair_key) = (variants::Key::default(), variants::Key::default());
        let mut wi = 0;
        while wi < words.len() {
            let word = words[wi];
            wi += 1;
            while next_hit.next_if(|h| h.last < word.first).is_some() {}
            let covered = |w: &Word, h: Option<&&Hit>| h.is_some_and(|h| h.first <= w.last);
            // The cheap tests first: long enough for a name (or its first half), not a name
            // already, then written with the article (`بالرصاص`: an Arabic word or a nisba).
            let written = &text[word.start..word.end];
            if written.len() < 6
                || covered(&word, next_hit.peek())
                || crate::text::proclitics::has_article(written)
            {
                continue;
            }
            let pair = words.get(wi).filter(|n| {
                n.start == word.end + 1 && hay[word.end] == b' ' && !covered(n, next_hit.peek())
            });
            if written.len() < min_bytes && pair.is_none() {
                continue;
            }
            for (prefix_len, stem) in crate::text::proclitics::splits(written, 2) {
                let start = word.start + prefix_len;
                if stem.len() < min_bytes && pair.is_none() {
                    continue;
                }
                let Some(slots) = variants::phonetic_key_into(stem, &mut key) else {
                    continue;
                };
                let hash = key.hash();
                let mut found = None;
                if let Some(n) = pair.filter(|_| self.first_word_filter.contains(hash)) {
                    let written = &text[start..n.end];
                    if let Some(pair_slots) = variants::phonetic_key_into(written, &mut pair_key) {
                        if self.variant_filter.contains(pair_key.hash()) {
                            found = self
                                .variant_target(written, &pair_key, pair_slots)
                                .map(|t| (t, *n));
                        }
                    }
                }
                if found.is_none() && stem.len() >= min_bytes && self.variant_filter.contains(hash)
                {
                    found = self.variant_target(stem, &key, slots).map(|t| (t, word));
                }
                let Some((entity, last)) = found else {
                    continue;
                };
                let original = norm.original();
                if variants::has_inner_hamza(
                    original
                        .get(norm.to_original(start..last.end))
                        .unwrap_or(""),
                ) {
                    continue;
                }
                out.push(Hit {
                    first: word.first,
                    last: last.last,
                    word_start: word.start,
                    start,
                    end: last.end,
                    pattern: NO_PATTERN,
                    chosen: Some(Candidate {
                        target: Target::Entity(entity),
                        derivation: Derivation::SpellingVariant,
                        gated: false,
                    }),
                });
                if last.last != word.last {
                    wi += 1;
                }
                break;
            }
        }
        out
    }

    /// The entry whose transliterated alias has the phonetic key `key` (of `written`, a
    /// normalized word or two, whose vowel places are `slots`), when the rest agrees.
    fn variant_target(&self, written: &str, key: &variants::Key, slots: u64) -> Option<u32> {
        let target = self.variant_keys.get(key.as_slice())?;
        let chars = variants::letter_count(written);
        let words = written.split(' ').count();
        target
            .accepts(chars, slots, words, variants::ending_bits(written, false))
            .then_some(target.entity)
    }

    /// The candidates of a hit's pattern that its prefix allows, best first.
    pub(crate) fn candidates<'a>(
        &'a self,
        hit: &Hit,
        hay: &'a [u8],
    ) -> impl Iterator<Item = &'a Candidate> + 'a {
        let prefix = &hay[hit.word_start..hit.start];
        // A spelling-variant hit has no pattern, and so no candidates to decide.
        let (cands, chars) = self
            .patterns
            .get(hit.pattern as usize)
            .map_or((&[][..], 0), |p| (p.candidates.as_slice(), p.chars));
        cands.iter().filter(move |c| {
            if prefix.is_empty() {
                c.derivation != Derivation::ArticleStripped
            } else {
                chars >= MIN_PREFIXED_CHARS
                    && variants::prefix_allowed(prefix, self.prefix_kind(c), c.derivation)
            }
        })
    }

    /// Whether a hit has gated or head candidates left to decide.
    fn has_undecided(&self, hit: &Hit, hay: &[u8]) -> bool {
        self.candidates(hit, hay)
            .any(|c| c.gated || matches!(c.target, Target::Head(_)))
    }

    /// The kind whose proclitic rules a candidate follows: its entry's; an institution head
    /// follows the rules of places (no article before it: `الشرطة` is not `ال` + `شرطة`).
    fn prefix_kind(&self, c: &Candidate) -> EntityKind {
        match c.target {
            Target::Entity(e) => self.entities[e as usize].kind,
            Target::Head(_) => EntityKind::Place,
        }
    }

    /// Where a hit starts for candidate `c`, in normalized bytes: an article-stripped pattern
    /// after `لل` starts at the article's lam.
    pub(crate) fn reported_start(hit: &Hit, c: &Candidate) -> usize {
        if c.derivation == Derivation::ArticleStripped {
            hit.start - "ل".len()
        } else {
            hit.start
        }
    }

    /// Tanween marks an indefinite noun or adjective (`روسيًا` "Russian", not Russia): a place
    /// or group hit written with it is refused.
    pub(crate) fn tanween_ok(&self, norm: &NormalizedText<'_>, hit: &Hit, c: &Candidate) -> bool {
        let kind = self.prefix_kind(c);
        if matches!(c.target, Target::Entity(_)) && kind == EntityKind::Person {
            return true;
        }
        let range = norm.to_original(Matcher::reported_start(hit, c)..hit.end);
        !has_tanween(norm.original().get(range).unwrap_or(""))
    }

    /// The shared record of entry `index`.
    pub(crate) fn record(&self, index: u32) -> &Arc<EntityRecord> {
        &self.entities[index as usize]
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

/// A bit set over key hashes: `contains` is false for most keys not inserted, and true for
/// every key inserted.
#[derive(Debug, Clone)]
struct BitFilter {
    bits: Vec<u64>,
}

/// Bits of a [`BitFilter`]: 2^18 (32 KiB), a few percent full with the default gazetteer.
const FILTER_BITS: u64 = 1 << 18;

impl Default for BitFilter {
    fn default() -> BitFilter {
        BitFilter {
            bits: vec![0; (FILTER_BITS / 64) as usize],
        }
    }
}

impl BitFilter {
    fn insert(&mut self, key: &[u8]) {
        let mut k = variants::Key::default();
        // Hashed exactly as a text word's key is: through `Key`.
        if variants::Key::from_slice(key, &mut k) {
            self.set(k.hash());
        }
    }

    fn set(&mut self, hash: u64) {
        let bit = Self::bit(hash);
        self.bits[bit / 64] |= 1 << (bit % 64);
    }

    fn contains(&self, hash: u64) -> bool {
        let bit = Self::bit(hash);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The bit of a hash: its top bits (a multiplicative hash mixes upwards).
    fn bit(hash: u64) -> usize {
        (hash >> (64 - FILTER_BITS.trailing_zeros())) as usize
    }
}

/// Aliases per variant key whose vowel places are kept.
const VARIANT_SLOTS: usize = 4;

/// A variant key that no single entry owns.
const NO_ENTITY: u32 = u32::MAX;

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
