//! National institutions: a head phrase from `lexicons/entities/institutions.tsv` and what names its
//! country.
//!
//! * A definite head takes a nationality adjective (`الجيش السنغالي`, `القوات المسلحة
//!   الكاميرونية`, `وزارة الصحة الأردنية`), or `في` / `ب` and a country (`وزارة الدفاع في
//!   النيجر`, `وزارة الصحة بالأردن`).
//! * A construct head takes a country or a place right after it (`جيش تشاد`, `شرطة نيروبي`):
//!   the place's country, and for a place that is not a country the place itself
//!   ([`Entity::place_id`](crate::Entity::place_id)).
//!
//! A head with nothing of the sort after it (`الجيش`, `الحكومة`) is a generic reference and is
//! not reported. Names the gazetteer lists (`القوات المسلحة المالية`, FAMa) are plain hits of
//! equal or greater length and are decided before this pass.

use super::{Context, Decision};
use crate::gazetteer::{EntityRecord, Hit, Matcher, Target};
use crate::text::tokens::TokKind;
use crate::types::{EntityKind, Evidence};
use std::sync::Arc;

/// The folded preposition "in", which links a definite head to a country.
const FI: &str = "في";

pub(super) fn resolve(ctx: &Context<'_, '_, '_, '_>, decided: &mut [Option<Decision>]) {
    let hay = ctx.hay();
    for i in 0..ctx.hits.len() {
        if decided[i].is_some() {
            continue;
        }
        let hit = &ctx.hits[i];
        let heads: Vec<_> = ctx
            .matcher
            .candidates(hit, hay)
            .filter_map(|c| match c.target {
                Target::Head(h) => Some((h, *c)),
                Target::Entity(_) => None,
            })
            .collect();
        for (h, candidate) in heads {
            let head = ctx.vocabulary.heads[h as usize];
            let start = Matcher::reported_start(hit, &candidate);
            let found = if head.construct {
                place_after(ctx, decided, i)
            } else {
                demonym_after(ctx, hit.last)
                    .map(|(cc, last)| (cc, None, last, Evidence::Demonym))
                    .or_else(|| country_after(ctx, decided, i))
            };
            let Some((country, place, last, evidence)) = found else {
                continue;
            };
            let Some(record) = ctx.vocabulary.record(head.institution, &country) else {
                continue;
            };
            decided[i] = Some(Decision::Institution {
                start,
                record: Arc::clone(record),
                place,
                last,
                end: ctx.toks[last].end,
                evidence,
            });
            break;
        }
    }
}

/// The country whose nationality adjective (with the article) follows token `last`, and the
/// adjective's last token: two-word adjectives first (`الكوري الشمالي`).
fn demonym_after(ctx: &Context<'_, '_, '_, '_>, last: usize) -> Option<(String, usize)> {
    let first = ctx.word_after(last)?;
    if ctx.vocabulary.demonym_words >= 2 {
        if let Some(second) = ctx.word_after(last + 1) {
            let two = format!("{} {}", first.key, second.key);
            if let Some(cc) = ctx.vocabulary.demonym_country(&two) {
                return Some((cc.to_string(), last + 2));
            }
        }
    }
    ctx.vocabulary
        .demonym_country(first.key)
        .map(|cc| (cc.to_string(), last + 1))
}

type Found = (
    String,
    Option<Arc<crate::gazetteer::EntityRecord>>,
    usize,
    Evidence,
);

/// The hit after hit `i` when it is decided as a place: the hit, its entry, its record.
fn next_place<'c>(
    ctx: &'c Context<'_, '_, '_, '_>,
    decided: &[Option<Decision>],
    i: usize,
) -> Option<(&'c Hit, u32, &'c EntityRecord)> {
    let next = ctx.hits.get(i + 1)?;
    let (e, record) = ctx.entry(decided, i + 1)?;
    (record.kind == EntityKind::Place).then_some((next, e, record))
}

/// A country named after a definite head by `في` (`وزارة الدفاع في النيجر`) or by an attached
/// `ب` (`وزارة الصحة بالأردن`).
fn country_after(
    ctx: &Context<'_, '_, '_, '_>,
    decided: &[Option<Decision>],
    i: usize,
) -> Option<Found> {
    let hit = &ctx.hits[i];
    let (next, _, record) = next_place(ctx, decided, i)?;
    if record.subkind.as_deref() != Some("country") {
        return None;
    }
    let prefix = ctx.prefix(i + 1);
    let linked = (next.first == hit.last + 2
        && prefix.is_empty()
        && ctx.word_after(hit.last).is_some_and(|t| t.key == FI))
        || (next.first == hit.last + 1 && prefix == "ب".as_bytes());
    if !linked {
        return None;
    }
    Some((
        record.country.clone()?,
        None,
        next.last,
        Evidence::PlaceName,
    ))
}

/// A place right after a construct head (`جيش تشاد`, `شرطة نيروبي`), with no proclitic.
fn place_after(
    ctx: &Context<'_, '_, '_, '_>,
    decided: &[Option<Decision>],
    i: usize,
) -> Option<Found> {
    let hit = &ctx.hits[i];
    let (next, e, record) = next_place(ctx, decided, i)?;
    if next.first != hit.last + 1 || !ctx.prefix(i + 1).is_empty() {
        return None;
    }
    if ctx
        .toks
        .get(next.first)
        .is_none_or(|t| t.kind != TokKind::Word)
    {
        return None;
    }
    let country = record.country.clone()?;
    let place =
        (record.subkind.as_deref() != Some("country")).then(|| Arc::clone(ctx.matcher.record(e)));
    Some((country, place, next.last, Evidence::PlaceName))
}
