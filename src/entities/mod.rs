//! The entity stage: from the gazetteer matcher's hits to the entities of a document.
//!
//! The matcher ([`crate::gazetteer`]) finds every pattern in the token stream. This stage
//! decides what each hit names, in this order:
//!
//! 1. a plain alias of an entry is that entry ([`Evidence::Alias`]); an unlisted spelling of
//!    a transliterated name found by its phonetic key is that entry too
//!    ([`Evidence::SpellingVariant`]);
//! 2. an institution head (`الجيش`, `وزارة الصحة`, `شرطة`) followed by a nationality adjective,
//!    a country or a place names that country's institution ([`institutions`]);
//! 3. a gated alias, a name that is also an ordinary word, is reported only with evidence: a
//!    cue word, the same entry named elsewhere in the document, or a list with other names of
//!    the same kind ([`evidence`]).
//!
//! 4. names no gazetteer holds are discovered from context on the tokens left
//!    ([`discovery`]: place head nouns, titles, given names, organization heads).
//!
//! The tokens of every reported name are marked with its kind, for the casualty rules.

mod discovery;
mod evidence;
mod institutions;
mod vocabulary;

use crate::gazetteer::{Candidate, EntityRecord, Hit, Matcher};
use crate::normalize::NormalizedText;
use crate::offsets::Placement;
use crate::text::document::words;
use crate::text::tokens::Tok;
use crate::types::{Entity, EntityKind, EntitySource, Evidence};
use std::sync::Arc;

pub(crate) use vocabulary::Vocabulary;

/// What the stage decided a hit names.
#[derive(Debug, Clone)]
enum Decision {
    /// A gazetteer entry.
    Entry {
        candidate: Candidate,
        evidence: Evidence,
    },
    /// A national institution, from the hit's head to the end of the adjective or place that
    /// names its country (token `last`, normalized byte `end`).
    Institution {
        start: usize,
        record: Arc<EntityRecord>,
        place: Option<Arc<EntityRecord>>,
        last: usize,
        end: usize,
        evidence: Evidence,
    },
}

/// Which parts of the stage run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Options {
    pub(crate) institutions: bool,
    pub(crate) spelling_variants: bool,
    pub(crate) discovery: bool,
}

/// The compiled gazetteer and the vocabulary, shared by every clone of an extractor.
#[derive(Debug)]
pub(crate) struct EntityStage {
    pub(crate) matcher: Matcher,
    vocabulary: Arc<Vocabulary>,
    options: Options,
}

impl EntityStage {
    pub(crate) fn new(matcher: Matcher, vocabulary: Arc<Vocabulary>, options: Options) -> Self {
        EntityStage {
            matcher,
            vocabulary,
            options,
        }
    }

    /// The country a victim phrase names with a nationality adjective (`جنديا سنغاليا` → SN).
    pub(crate) fn victims_country(&self, victims: &str) -> Option<String> {
        self.vocabulary.nationality_in(victims).map(str::to_string)
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
        let piece_start = out.len();
        let words = words(toks);
        let mut hits = self.matcher.scan(norm, &words);
        if self.options.spelling_variants {
            let variants = self.matcher.variant_hits(norm, &words, &hits);
            if !variants.is_empty() {
                hits.extend(variants);
                hits.sort_by_key(|h| h.first);
            }
        }
        let mut decided: Vec<Option<Decision>> = hits
            .iter()
            .map(|h| {
                h.chosen.map(|candidate| Decision::Entry {
                    candidate,
                    evidence: if candidate.derivation
                        == crate::gazetteer::Derivation::SpellingVariant
                    {
                        Evidence::SpellingVariant
                    } else {
                        Evidence::Alias
                    },
                })
            })
            .collect();
        let ctx = Context {
            matcher: &self.matcher,
            vocabulary: &self.vocabulary,
            norm,
            toks,
            hits: &hits,
        };
        if self.options.institutions {
            institutions::resolve(&ctx, &mut decided);
        }
        evidence::resolve(&ctx, &mut decided);

        for (hit, decision) in hits.iter().zip(decided) {
            let (record, place_record, source, evidence, start, end, last) = match decision {
                None => continue,
                Some(Decision::Entry {
                    candidate,
                    evidence,
                }) => {
                    let crate::gazetteer::Target::Entity(e) = candidate.target else {
                        continue;
                    };
                    (
                        Arc::clone(self.matcher.record(e)),
                        None,
                        EntitySource::Gazetteer,
                        evidence,
                        Matcher::reported_start(hit, &candidate),
                        hit.end,
                        hit.last,
                    )
                }
                Some(Decision::Institution {
                    start,
                    record,
                    place,
                    last,
                    end,
                    evidence,
                }) => (
                    record,
                    place,
                    EntitySource::Institution,
                    evidence,
                    start,
                    end,
                    last,
                ),
            };
            let span = place.span(norm.to_original(start..end));
            mark(toks, hit.first, last, record.kind);
            out.push(
                Entity::new(record, source, span, place.text(&span))
                    .with_evidence(evidence)
                    .with_place(place_record),
            );
        }
        if self.options.discovery {
            discovery::discover(&self.vocabulary, norm, toks, place, out);
            out[piece_start..].sort_by_key(|e| e.span.start);
        }
    }
}

/// Marks tokens `first..=last` as part of a name of this kind.
fn mark(toks: &mut [Tok<'_>], first: usize, last: usize, kind: EntityKind) {
    for t in toks.get_mut(first..=last).unwrap_or(&mut []) {
        t.entity = Some(kind);
    }
}

/// What the deciding passes read.
struct Context<'a, 'n, 't, 'k> {
    matcher: &'a Matcher,
    vocabulary: &'a Vocabulary,
    norm: &'n NormalizedText<'t>,
    toks: &'a [Tok<'k>],
    hits: &'a [Hit],
}

impl Context<'_, '_, '_, '_> {
    fn hay(&self) -> &[u8] {
        self.norm.as_str().as_bytes()
    }

    /// The entry a decided hit names, if it is a gazetteer entry.
    fn entry(&self, decided: &[Option<Decision>], i: usize) -> Option<(u32, &EntityRecord)> {
        match decided.get(i)? {
            Some(Decision::Entry { candidate, .. }) => match candidate.target {
                crate::gazetteer::Target::Entity(e) => Some((e, self.matcher.record(e))),
                crate::gazetteer::Target::Head(_) => None,
            },
            _ => None,
        }
    }

    /// The proclitics written before hit `i`'s name, in normalized bytes.
    fn prefix(&self, i: usize) -> &[u8] {
        let h = &self.hits[i];
        &self.hay()[h.word_start..h.start]
    }

    /// The word token right before token `i` (nothing but spaces between them).
    fn word_before(&self, i: usize) -> Option<&Tok<'_>> {
        let t = self.toks.get(i.checked_sub(1)?)?;
        (t.kind == crate::text::tokens::TokKind::Word).then_some(t)
    }

    /// The word token right after token `i`.
    fn word_after(&self, i: usize) -> Option<&Tok<'_>> {
        let t = self.toks.get(i + 1)?;
        (t.kind == crate::text::tokens::TokKind::Word).then_some(t)
    }
}
