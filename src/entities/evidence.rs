//! Gated aliases: names that are also ordinary words (`صور` Tyre / "pictures", `الباب` al-Bab /
//! "the door", `الشباب` al-Shabaab / "the youth"), reported only with evidence.
//!
//! In order, for each hit of a gated alias:
//! 1. **counter-cues after it** rule it out: a word from the `after` list (`صور الأقمار`), or
//!    any definite word that is not a nationality adjective, a name or a `keeps` word
//!    (`حماة الوطن`, `الباب الخلفي`, `فريق الوحدة الطبية`);
//! 2. **cue** ([`Evidence::Cue`]): the word before it is a cue for the entry's kind or
//!    subkind (`مدينة صور`, `بأطراف حماة`, `حركة الشباب`, `نادي الهلال`); a word before it
//!    that makes it an ordinary word (`نشر صور`, `خيبة أمل`) blocks what follows;
//! 3. **same document** ([`Evidence::SameDocument`]): the entry is named elsewhere in the
//!    document by a plain alias or a cue-accepted one (one sense per document), and this
//!    mention stands where names stand: after a preposition (`من صور`), for a group after a
//!    verb it is the subject of (`وأكد النصر`), or opening a line as a dateline;
//! 4. **list** ([`Evidence::List`]): it is joined by `و` or a comma to an accepted name of the
//!    same kind (clubs with clubs): `صور وصيدا`, `حماس وفتح`, repeated until nothing changes so
//!    a whole list is taken.
//!
//! A gated alias written with proclitics is mostly another word (`بصور` "with pictures",
//! `لقاح` "vaccine" = ل + قاح, `فاطمة` = ف + أطمة): it needs a cue; with a lone `و` (`وصور`),
//! a list will do too.
//! After the article it is never a name (`الأمل` "the hope" is not the Amal movement).
//!
//! The words are data (`lexicons/entities/cues.tsv`).

use super::{Context, Decision};
use crate::gazetteer::{Candidate, Target};
use crate::text::hash::FastSet;
use crate::text::proclitics::{self, ARTICLE};
use crate::text::tokens::{Tok, TokKind};
use crate::types::{EntityKind, Evidence};

/// A gated hit still undecided, with its readings.
struct Pending {
    hit: usize,
    /// Proclitics written on it: `بصور`, `لقاح` (ل + قاح), `فاطمة` (ف + أطمة) are mostly
    /// ordinary words, so a prefixed gated alias needs a cue (`و` alone: see the module docs).
    prefix: Prefix,
    /// The gated readings its prefix and tanween allow, with their entries, best first.
    candidates: Vec<(Candidate, u32)>,
    blocked: bool,
    /// It stands where names stand: after a preposition (`في`, `من`, `قرب` …) or at the start
    /// of a line. Needed for one-sense-per-document evidence.
    in_slot: bool,
}

pub(super) fn resolve(ctx: &Context<'_, '_, '_, '_>, decided: &mut [Option<Decision>]) {
    let hay = ctx.hay();
    let mut pending: Vec<Pending> = Vec::new();
    for (i, hit) in ctx.hits.iter().enumerate() {
        if decided[i].is_some() {
            continue;
        }
        let candidates: Vec<(Candidate, u32)> = ctx
            .matcher
            .candidates(hit, hay)
            .filter(|c| c.gated && ctx.matcher.tanween_ok(ctx.norm, hit, c))
            .filter_map(|c| match c.target {
                Target::Entity(e) => Some((*c, e)),
                Target::Head(_) => None,
            })
            .collect();
        let prefix = match ctx.prefix(i) {
            [] => Prefix::None,
            p if p == "و".as_bytes() => Prefix::Waw,
            // The article before a gated group name makes another word: الأمل is "the hope".
            p if proclitics::parse(p).is_some_and(|p| p.article) => continue,
            _ => Prefix::Other,
        };
        if !candidates.is_empty() {
            pending.push(Pending {
                hit: i,
                prefix,
                candidates,
                blocked: false,
                in_slot: false,
            });
        }
    }
    if pending.is_empty() {
        return;
    }

    // 1. Counter-cues after the name (`صور الأقمار`, `الوحدة الطبية`) rule it out even after
    //    a cue word; 2. cues; counter-cues before it block the weaker evidence.
    for p in &mut pending {
        let hit = &ctx.hits[p.hit];
        let before = ctx.word_before(hit.first);
        let next_is_name = ctx
            .hits
            .get(p.hit + 1)
            .is_some_and(|n| n.first == hit.last + 1);
        let blocked_after = !next_is_name
            && ctx.word_after(hit.last).is_some_and(|t| {
                ctx.vocabulary.counter_after.contains(t.key)
                    || (t.key.starts_with(ARTICLE)
                        && !ctx.vocabulary.keeps.contains(t.key)
                        && ctx.vocabulary.demonym_country(t.key).is_none())
            });
        if blocked_after {
            p.blocked = true;
            continue;
        }
        let cue = before.and_then(|t| {
            p.candidates.iter().find(|(_, e)| {
                let r = ctx.matcher.record(*e);
                stems(t).any(|w| ctx.vocabulary.is_cue(w, r.kind, r.subkind.as_deref()))
            })
        });
        if let Some(&(candidate, _)) = cue {
            decided[p.hit] = Some(Decision::Entry {
                candidate,
                evidence: Evidence::Cue,
            });
            continue;
        }
        p.blocked =
            before.is_some_and(|t| stems(t).any(|w| ctx.vocabulary.counter_before.contains(w)));
        // A name's slot: after a preposition, for a group after a verb it is the subject of,
        // or opening a line as a dateline (`صور - `).
        let group = p
            .candidates
            .iter()
            .all(|(_, e)| ctx.matcher.record(*e).kind == EntityKind::Group);
        p.in_slot = match hit.first.checked_sub(1).map(|i| &ctx.toks[i]) {
            None
            | Some(Tok {
                kind: TokKind::Newline,
                ..
            }) => ctx
                .toks
                .get(hit.last + 1)
                .is_some_and(|t| t.kind == TokKind::Punct),
            Some(t) => {
                t.kind == TokKind::Word
                    && stems(t).any(|w| {
                        ctx.vocabulary.slots.contains(w)
                            || (group && ctx.vocabulary.group_slots.contains(w))
                    })
            }
        };
    }

    // 3. The same entry named elsewhere in the document.
    let named: FastSet<u32> = (0..ctx.hits.len())
        .filter_map(|i| ctx.entry(decided, i).map(|(e, _)| e))
        .collect();
    for p in pending
        .iter()
        .filter(|p| !p.blocked && p.in_slot && p.prefix == Prefix::None)
    {
        if decided[p.hit].is_some() {
            continue;
        }
        let known = p.candidates.iter().find(|(_, e)| named.contains(e));
        if let Some(&(candidate, _)) = known {
            decided[p.hit] = Some(Decision::Entry {
                candidate,
                evidence: Evidence::SameDocument,
            });
        }
    }

    // 4. Lists, until nothing changes.
    loop {
        let mut changed = false;
        for p in pending
            .iter()
            .filter(|p| !p.blocked && p.prefix != Prefix::Other)
        {
            if decided[p.hit].is_some() {
                continue;
            }
            let listed = p.candidates.iter().find(|(_, e)| {
                let r = ctx.matcher.record(*e);
                [p.hit.checked_sub(1), Some(p.hit + 1)]
                    .into_iter()
                    .flatten()
                    .any(|j| {
                        ctx.entry(decided, j).is_some_and(|(_, n)| {
                            n.kind == r.kind
                                && is_club(n.subkind.as_deref()) == is_club(r.subkind.as_deref())
                                && joined(ctx, p.hit.min(j), p.hit.max(j))
                        })
                    })
            });
            if let Some(&(candidate, _)) = listed {
                decided[p.hit] = Some(Decision::Entry {
                    candidate,
                    evidence: Evidence::List,
                });
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// Clubs list with clubs (`الهلال والنصر`), other groups with other groups (`حماس وفتح`).
fn is_club(subkind: Option<&str>) -> bool {
    subkind == Some("club")
}

/// The proclitics written on a gated hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prefix {
    None,
    /// `و` alone: the conjunction of a list (`صيدا وصور`).
    Waw,
    Other,
}

/// The word's key and its stems without a conjunction or preposition (`بمدينه` → `مدينه`).
fn stems<'k>(t: &'k Tok<'_>) -> impl Iterator<Item = &'k str> + 'k {
    proclitics::splits(t.key, 2).map(|(_, stem)| stem)
}

/// Whether hits `a` < `b` are neighbours in a list: `b` right after `a` with `و` attached
/// (`صور وصيدا`), or one comma or a lone `و` between them.
fn joined(ctx: &Context<'_, '_, '_, '_>, a: usize, b: usize) -> bool {
    let (ha, hb) = (&ctx.hits[a], &ctx.hits[b]);
    let with_waw = ctx.prefix(b).starts_with("و".as_bytes());
    if hb.first == ha.last + 1 {
        return with_waw;
    }
    hb.first == ha.last + 2
        && ctx.toks.get(ha.last + 1).is_some_and(|t| {
            (t.kind == TokKind::Punct && matches!(t.key, "،" | ","))
                || (t.kind == TokKind::Word && t.key == "و")
        })
}
