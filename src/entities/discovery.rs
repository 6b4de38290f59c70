//! Discovery: names that no gazetteer holds, found from the words that introduce them.
//!
//! Runs after every gazetteer, institution and gated decision, on the tokens no name covers:
//!
//! * **places** after an indefinite place head noun (`قرية تل الورد`, `حي الشجاعية`,
//!   `مخيم كاكوما`): the span is the name, the head noun is the entity's `cue`;
//! * **organizations and media** after a head noun, head included (`وكالة الساحل للأنباء`,
//!   `لجنة الإغاثة المحلية`, `صحيفة لوموند`), or before an outlet suffix (`سودان برس`);
//! * **people** after a title, rank or role (`العقيد ماماني ساليفو`, `المتحدث باسم الشرطة أحمد
//!   الطاهر`, `الرئيس النيجيري محمد بازوم`), or starting with a known given name (`فاطمة الزهراء
//!   حسن`); a later mention of a found person's surname alone is that person (`وقال ساليفو`).
//!
//! The extent rules keep precision first: a name starts with a word that is no function word,
//! verb of reporting or adjective (`مدينة كبيرة`, `وزير سابق`, `المتحدث باسم الحكومة قال`
//! give nothing); it goes on through words with the article, after name particles (`أبو`,
//! `بن`, `عين`, `تل` …), and, for people, through further name words, for at most four words.
//! The vocabulary is data: `lexicons/entities/discovery.tsv` and `given_names.tsv`.

use super::vocabulary::{
    DiscoveryHead, Vocabulary, GENERIC, LINK, NAME_PREFIX, ORG_GENERIC, STOP, TITLE, TITLE_ADJ,
    TRIGGER_ASSIMILATED_HEAD, TRIGGER_GIVEN, TRIGGER_HEAD, TRIGGER_HEAD_PREFIX, TRIGGER_SUFFIX,
};
use crate::gazetteer::EntityRecord;
use crate::normalize::NormalizedText;
use crate::offsets::Placement;
use crate::text::chars::fold_key;
use crate::text::proclitics::{self, ARTICLE};
use crate::text::tokens::{Tok, TokKind};
use crate::types::{Entity, EntityKind, EntitySource, Evidence};
use std::sync::Arc;

/// Most words in a discovered name.
const MAX_NAME_WORDS: usize = 4;

/// Most words between a title that takes a complement and the name (`المتحدث باسم` + `وزارة
/// الداخلية السودانية` + name).
const MAX_COMPLEMENT_WORDS: usize = 4;

/// A discovered name: its tokens (the first one from byte `skip` on, past the proclitics
/// written on a head), the cue's tokens, kind, subkind and evidence.
struct Found<'v> {
    first: usize,
    /// Bytes of proclitics at the start of token `first` that are not part of the name
    /// (`لوكالة الساحل` → the name starts at `وكالة`).
    skip: usize,
    last: usize,
    cue_first: usize,
    cue_skip: usize,
    cue_last: usize,
    kind: EntityKind,
    subkind: &'v str,
    evidence: Evidence,
    /// For a later mention, the index (in the found names) of the full name it stands for.
    of: Option<usize>,
}

impl<'v> Found<'v> {
    /// A name over tokens `first..=last` licensed by the words `cue.0..=cue.1`, with no
    /// proclitics left out and no full name it stands for.
    fn new(
        (first, last): (usize, usize),
        cue: (usize, usize),
        kind: EntityKind,
        subkind: &'v str,
        evidence: Evidence,
    ) -> Found<'v> {
        Found {
            first,
            skip: 0,
            last,
            cue_first: cue.0,
            cue_skip: 0,
            cue_last: cue.1,
            kind,
            subkind,
            evidence,
            of: None,
        }
    }
}

/// Appends every discovered name of the document to `out` (unsorted) and marks its tokens.
pub(super) fn discover<'t>(
    vocabulary: &Vocabulary,
    norm: &NormalizedText<'_>,
    toks: &mut [Tok<'_>],
    place: Placement<'_, 't>,
    out: &mut Vec<Entity<'t>>,
) {
    let v = vocabulary;
    // The original text of a token (the normalizer folds `ى` into `ي`, which a nisba test
    // must tell apart: `المستوى` is no nisba).
    let original = |t: &Tok<'_>| -> bool {
        norm.original()
            .get(norm.to_original(t.start..t.end))
            .is_some_and(|o| o.ends_with('ى'))
    };
    let mut found: Vec<Found<'_>> = Vec::new();
    let mut cached: Option<(usize, u16)> = None;
    let mut i = 0;
    while i < toks.len() {
        if !free_word(toks, i) {
            i += 1;
            continue;
        }
        // One lookup tells which rules the word (or its stems) and the next word can set off;
        // the next word's is kept for the next round.
        let own = match cached.take() {
            Some((at, flags)) if at == i => flags,
            _ => v.class(toks[i].key),
        };
        // The stems as written: a head after `لل` is found through its alef-less form.
        let stems = if proclitics::is_proclitic_start(toks[i].key) {
            proclitics::splits(toks[i].key, 2)
                .skip(1)
                .fold(0, |f, (_, stem)| f | v.class(stem))
        } else {
            0
        };
        let next = next_word(toks, i).map_or(0, |n| v.class(n.key));
        cached = Some((i + 1, next));
        let heads =
            (own | stems) & (TRIGGER_HEAD | TRIGGER_HEAD_PREFIX | TRIGGER_ASSIMILATED_HEAD) != 0;
        let names = heads
            .then(|| head_at(v, toks, i))
            .flatten()
            .map(|(head, skip, end)| after_head(v, toks, i, skip, end, head))
            .filter(|names| !names.is_empty())
            .or_else(|| {
                (next & TRIGGER_SUFFIX != 0)
                    .then(|| outlet_with_suffix(v, toks, i))
                    .flatten()
                    .map(|f| vec![f])
            })
            .or_else(|| {
                (own & TRIGGER_GIVEN != 0)
                    .then(|| person_by_given_name(v, toks, i, &original))
                    .flatten()
                    .map(|f| vec![f])
            });
        match names {
            Some(names) => {
                // The name's own tokens only: a title (`الشاب`, `الجندي`) stays readable as a
                // victim noun for the casualty rules.
                for f in &names {
                    for t in &mut toks[f.first..=f.last] {
                        t.entity = Some(f.kind);
                    }
                }
                i = names.iter().map(|f| f.last).max().unwrap_or(i) + 1;
                found.extend(names);
            }
            None => i += 1,
        }
    }
    let later = later_mentions(v, toks, &found);
    for f in &later {
        for t in &mut toks[f.first..=f.last] {
            t.entity = Some(f.kind);
        }
    }
    let text = norm.as_str();
    let range = |f: &Found<'_>| toks[f.first].start + f.skip..toks[f.last].end;
    for f in found.iter().chain(&later) {
        // A later mention is named after the full name it stands for.
        let canonical = &text[f.of.map_or_else(|| range(f), |k| range(&found[k]))];
        let id = format!(
            "ctx-{}-{}",
            f.kind.as_str(),
            fold_key(canonical).replace(' ', "_")
        );
        let record = Arc::new(EntityRecord {
            kind: f.kind,
            id,
            name_ar: canonical.to_string(),
            name_en: String::new(),
            subkind: Some(f.subkind.to_string()),
            country: None,
            priority: 0,
        });
        let span = place.span(norm.to_original(range(f)));
        let cue = (f.evidence != Evidence::SamePerson).then(|| {
            place.span(norm.to_original(toks[f.cue_first].start + f.cue_skip..toks[f.cue_last].end))
        });
        out.push(
            Entity::new(record, EntitySource::Context, span, place.text(&span))
                .with_evidence(f.evidence)
                .with_cue(cue),
        );
    }
}

/// The names a head phrase (tokens `i..=end`, `skip` bytes of proclitics on the first)
/// introduces: none, one, or two for a dual or plural place head (`قريتي توغوري وساماكولي`).
fn after_head<'v>(
    v: &'v Vocabulary,
    toks: &[Tok<'_>],
    i: usize,
    skip: usize,
    end: usize,
    head: DiscoveryHead<'v>,
) -> Vec<Found<'v>> {
    let found = |first, skip_first, last, kind, subkind, evidence| Found {
        skip: skip_first,
        cue_skip: skip,
        ..Found::new((first, last), (i, end), kind, subkind, evidence)
    };
    let mut out = Vec::new();
    match head {
        DiscoveryHead::Place { subkind, feminine } => {
            let start = after_quote(toks, end + 1);
            if let Some((first, last)) = place_name(v, toks, start, feminine) {
                out.push(found(
                    first,
                    0,
                    last,
                    EntityKind::Place,
                    subkind,
                    Evidence::HeadNoun,
                ));
                // A second name joined by `و` after a head that names several.
                // A dual (`قريتي`) or a plural (`بلدات`, `قرى`) head.
                let head = toks[end].key;
                let several = head.ends_with("تي") || head.ends_with("ات") || head == "قري";
                if let Some(next) = next_word(toks, last).filter(|_| several) {
                    let bare = proclitics::strip_conjunction(next.key);
                    if bare != next.key
                        && !v.is(bare, STOP)
                        && !has_article(bare)
                        && v.discovery_head(bare).is_none()
                    {
                        out.push(found(
                            last + 1,
                            'و'.len_utf8(),
                            last + 1,
                            EntityKind::Place,
                            subkind,
                            Evidence::HeadNoun,
                        ));
                    }
                }
            }
        }
        DiscoveryHead::Org {
            subkind,
            media,
            definite,
        } => {
            let name = if definite {
                definite_org_name(v, toks, end + 1)
            } else {
                org_name(v, toks, end + 1, media)
            };
            if let Some(last) = name {
                out.push(found(
                    i,
                    skip,
                    last,
                    EntityKind::Group,
                    subkind,
                    Evidence::HeadNoun,
                ));
            }
        }
        DiscoveryHead::Title { subkind, of } => {
            if let Some((first, last)) = person_after_title(v, toks, end + 1, of) {
                out.push(found(
                    first,
                    0,
                    last,
                    EntityKind::Person,
                    subkind,
                    Evidence::Title,
                ));
            }
        }
    }
    out
}

/// Token `at`, or the one after it when `at` is an opening quote (`قرية «ناغا كورا»`).
fn after_quote(toks: &[Tok<'_>], at: usize) -> usize {
    match toks.get(at) {
        Some(t) if t.kind == TokKind::Punct && matches!(t.key, "«" | "\"" | "“") => at + 1,
        _ => at,
    }
}

/// Whether token `i` is a word no name covers.
fn free_word(toks: &[Tok<'_>], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == TokKind::Word && t.entity.is_none())
}

/// The word after token `a`, if it is free and nothing but spaces is between them.
fn next_word<'a, 'k>(toks: &'a [Tok<'k>], a: usize) -> Option<&'a Tok<'k>> {
    free_word(toks, a + 1).then(|| &toks[a + 1])
}

/// The lookup forms of a head word with the bytes of proclitics they leave out: its key, and
/// its stems without a conjunction or preposition (`وبقرية` → `قريه`), with the article
/// restored after `لل` (`للمتحدث` → `المتحدث`).
fn head_forms(key: &str) -> impl Iterator<Item = (usize, std::borrow::Cow<'_, str>)> + '_ {
    proclitics::splits(key, 2).flat_map(move |(prefix, stem)| {
        let assimilated = prefix > 0 && key[..prefix].ends_with('ل') && stem.starts_with('ل');
        let restored = assimilated.then(|| {
            (
                prefix - 'ل'.len_utf8(),
                std::borrow::Cow::Owned(format!("ا{stem}")),
            )
        });
        std::iter::once((prefix, std::borrow::Cow::Borrowed(stem))).chain(restored)
    })
}

/// The longest head phrase starting at token `i` (up to three words): what it introduces,
/// the bytes of proclitics on its first word, its last token. One lookup per form of the
/// first word; a phrase is only built when a longer head starts with that form.
fn head_at<'v>(
    v: &'v Vocabulary,
    toks: &[Tok<'_>],
    i: usize,
) -> Option<(DiscoveryHead<'v>, usize, usize)> {
    let mut best: Option<(DiscoveryHead<'v>, usize, usize)> = None;
    for (skip, first) in head_forms(toks[i].key) {
        if let Some(h) = v.discovery_head(&first) {
            if best.is_none() {
                best = Some((h, skip, i));
            }
        }
        if !v.discovery_head_prefix(&first) {
            continue;
        }
        let mut phrase = first.into_owned();
        let mut end = i;
        while end - i + 1 < 3 {
            let Some(next) = next_word(toks, end) else {
                break;
            };
            phrase.push(' ');
            phrase.push_str(next.key);
            end += 1;
            if let Some(h) = v.discovery_head(&phrase) {
                if best.as_ref().is_none_or(|(_, _, e)| end > *e) {
                    best = Some((h, skip, end));
                }
            }
            if !v.discovery_head_prefix(&phrase) {
                break;
            }
        }
    }
    best
}

fn has_article(key: &str) -> bool {
    key.starts_with(ARTICLE) && key.chars().count() > 3
}

/// A word that may be part of a name: not a function word, verb of reporting, adjective or
/// head noun, no conjunction on a function word (`وقال`; `فهد` and `وليد` are names), and no
/// article after a proclitic (`للنازحين`, `بالمدينة`). Name particles (`أبو`, `أم`) are.
fn can_start(v: &Vocabulary, t: &Tok<'_>) -> bool {
    let key = t.key;
    let class = v.class(key);
    if class & NAME_PREFIX != 0 {
        return true;
    }
    // One-word heads are in the classes too (`TRIGGER_HEAD`).
    let not_a_name = STOP | TRIGGER_HEAD;
    let bare = proclitics::strip_conjunction(key);
    // Names here are written in Arabic script (a Latin word after a head is a code or a brand).
    class & not_a_name == 0
        && key
            .chars()
            .next()
            .is_some_and(|c| crate::text::chars::is_basic_arabic_letter(c as u32))
        && key.chars().count() >= 2
        && !verb_shaped(v, key)
        && (bare == key || v.class(bare) & not_a_name == 0)
        && (!proclitics::has_article(key) || key.starts_with(ARTICLE))
}

/// An indefinite word shaped like an Arabic verb, verbal noun or inflected noun rather than a
/// name: the future prefix (`سيخوض`), a preposition on a verbal noun (`بمكافحة`, `لتكثيف`) or
/// on a noun of manner (`ببصيرة`, `بقوة`), a four-letter imperfect (`يدين`, `تعمل`), a
/// possessive ending (`مدرستها`, `منازلهم`). Given names are never verb-shaped (`يوسف`, `بثينة`).
fn verb_shaped(v: &Vocabulary, key: &str) -> bool {
    if v.given_name(key).is_some() {
        return false;
    }
    let letters = key.chars().count();
    let mut c = key.chars();
    let shaped = match (c.next(), c.next()) {
        (Some('س'), Some('ي' | 'ت' | 'ن')) => true,
        (Some('ب' | 'ل' | 'ك'), Some('م' | 'ت')) => {
            letters >= 5 && !key.ends_with(['ا', 'و', 'ي'])
        }
        (Some('ب' | 'ل' | 'ك'), _) => letters >= 4 && key.ends_with('ه'),
        (Some('ي' | 'ت'), _) => letters == 4,
        _ => false,
    };
    shaped
        || ["ها", "هم", "هما", "هن", "كم"]
            .iter()
            .any(|e| key.ends_with(e) && letters > 4)
}

/// An indefinite word on a pattern of Arabic participles and broken plurals rather than a
/// name: `مفعل` (`مدمر`), `مفعول` (`مهجور`), `أفعال` (`أشباح`).
fn pattern_word(key: &str) -> bool {
    let c: Vec<char> = key.chars().collect();
    match c.len() {
        4 => c[0] == 'م',
        5 => (c[0] == 'م' && c[3] == 'و') || (c[0] == 'ا' && c[3] == 'ا'),
        _ => false,
    }
}

/// The place name at token `start`, after a place head: first and last token.
fn place_name(
    v: &Vocabulary,
    toks: &[Tok<'_>],
    start: usize,
    feminine: bool,
) -> Option<(usize, usize)> {
    let t = free_word(toks, start).then(|| &toks[start])?;
    // A five-letter word with `ت` first after a place head is an imperfect (`منطقة تشارك
    // فيها`) or a verbal noun, not a village.
    let imperfect = t.key.starts_with('ت') && t.key.chars().count() == 5;
    if !can_start(v, t) || v.is(t.key, GENERIC) || verb_shaped(v, t.key) || imperfect {
        return None;
    }
    let last = extend(v, toks, start, |v, prev, next| {
        (has_article(next.key) && !v.is(next.key, GENERIC)) || v.is(prev.key, NAME_PREFIX)
    });
    // `قرية صغيرة`, `حي سكني`, `مخيمات عشوائية`: an indefinite adjective agreeing with the
    // head, unless a name goes on after it (`قرية خربة الزيتونة`).
    let adjective = t.key.ends_with("يه")
        || (feminine && t.key.ends_with('ه'))
        || (!feminine && t.key.ends_with('ي'));
    if !has_article(t.key) && (adjective || pattern_word(t.key)) && last == start {
        return None;
    }
    Some((start, last))
}

/// How far a name goes on from its first token `first`: while `more(previous, next)` allows
/// the next word, for at most [`MAX_NAME_WORDS`] words.
fn extend(
    v: &Vocabulary,
    toks: &[Tok<'_>],
    first: usize,
    more: impl Fn(&Vocabulary, &Tok<'_>, &Tok<'_>) -> bool,
) -> usize {
    let mut last = first;
    while last - first + 1 < MAX_NAME_WORDS {
        let Some(next) = next_word(toks, last) else {
            break;
        };
        if !can_start(v, next) || !more(v, &toks[last], next) {
            break;
        }
        last += 1;
    }
    last
}

/// The last token of an organization's name after its head (ending at `start - 1`): a
/// genitive chain that ends in a word with the article (`وزارة الداخلية`, `جمعية رعاية
/// الأيتام`, `لجنة الإغاثة المحلية`), linked words (`للأنباء`, `سافانا للتعدين`),
/// coordinated ones (`التربية والتعليم`); a media head also takes a name of its own
/// (`صحيفة لوموند`). An indefinite word that nothing definite follows is a common noun
/// (`لجنة تحقيق`, `وكالة أنباء محلية`).
fn org_name(v: &Vocabulary, toks: &[Tok<'_>], start: usize, media: bool) -> Option<usize> {
    // A place the gazetteer found names the organization (`إذاعة صفاقس`, `غرفة تجارة
    // الخليل` below): the name ends with it, and the place is reported inside it.
    if let Some(last) = place_entity_at(toks, start) {
        return Some(last);
    }
    let first = free_word(toks, start).then(|| &toks[start])?;
    if !can_start(v, first) || v.is(first.key, ORG_GENERIC) || verb_shaped(v, first.key) {
        return None;
    }
    let mut last = start;
    let mut definite = has_article(first.key);
    while last - start + 1 < MAX_NAME_WORDS + 1 {
        if !definite {
            if let Some(place_last) = place_entity_at(toks, last + 1) {
                last = place_last;
                definite = true;
                break;
            }
        }
        let Some(next) = next_word(toks, last) else {
            break;
        };
        let key = next.key;
        let bare = proclitics::strip_conjunction(key);
        let ok = if has_article(key) {
            !v.is(key, STOP)
        } else if v.is(key, LINK) {
            true
        } else if bare != key && has_article(bare) {
            definite
        } else {
            // Another indefinite word of the chain, before any definite one.
            !definite && can_start(v, next) && !verb_shaped(v, key)
        };
        if !ok {
            break;
        }
        definite |= has_article(key) || v.is(key, LINK);
        last += 1;
    }
    // The chain must end definite or linked; a media name may be indefinite and alone.
    let ends_well = definite
        || (media && last == start && !first.key.ends_with('ه') && !first.key.ends_with('ي'));
    if !ends_well {
        return None;
    }
    // Trim a trailing indefinite word after a definite one (never taken) and nothing else.
    Some(last)
}

/// The last token of a place entity starting at token `at` without a proclitic, if one does.
fn place_entity_at(toks: &[Tok<'_>], at: usize) -> Option<usize> {
    let t = toks.get(at)?;
    if t.kind != TokKind::Word || t.entity != Some(EntityKind::Place) {
        return None;
    }
    let mut last = at;
    while toks
        .get(last + 1)
        .is_some_and(|n| n.kind == TokKind::Word && n.entity == Some(EntityKind::Place))
    {
        last += 1;
    }
    Some(last)
}

/// The last token of an organization's name after a head with the article (`المفوضية`):
/// two words or more with the article (`العليا المستقلة`), linked words (`للانتخابات`,
/// `لحقوق الإنسان`, `لكرة القدم` once a word with the article came), coordinated ones.
/// Fewer is a common noun phrase (`اللجنة المكلفة`, `المجلس المحلي`).
fn definite_org_name(v: &Vocabulary, toks: &[Tok<'_>], start: usize) -> Option<usize> {
    let mut last = start - 1;
    let mut words = 0;
    while words < MAX_NAME_WORDS + 1 {
        let Some(next) = next_word(toks, last) else {
            break;
        };
        let key = next.key;
        let bare = proclitics::strip_conjunction(key);
        let linked =
            words > 0 && key.starts_with('ل') && !v.is(key, STOP) && key.chars().count() > 3;
        let ok = (has_article(key) && !v.is(key, STOP) && !v.is(key, ORG_GENERIC))
            || v.is(key, LINK)
            || linked
            || (words > 0 && bare != key && has_article(bare));
        if !ok {
            break;
        }
        last += 1;
        words += 1;
    }
    (words >= 2).then_some(last)
}

/// `سودان برس`, `الساحل نيوز`: a name before an outlet suffix.
fn outlet_with_suffix<'v>(v: &'v Vocabulary, toks: &[Tok<'_>], i: usize) -> Option<Found<'v>> {
    let next = next_word(toks, i)?;
    let subkind = v.org_suffix(next.key)?;
    if !can_start(v, &toks[i]) {
        return None;
    }
    Some(Found::new(
        (i, i + 1),
        (i + 1, i + 1),
        EntityKind::Group,
        subkind,
        Evidence::OutletSuffix,
    ))
}

/// The person named after a title ending at `start - 1`. A title that takes a complement
/// (`المتحدث باسم`, `وزير`, `مدير`) first takes up to four words of it: words with the
/// article, names already found, and a genitive chain (`مستشفى السلام`); a second title may
/// follow (`مدير المستشفى الدكتور X`). Then up to two title adjectives (`السابق`) or
/// nationality adjectives (`الرئيس النيجيري السابق`).
fn person_after_title(
    v: &Vocabulary,
    toks: &[Tok<'_>],
    start: usize,
    of: bool,
) -> Option<(usize, usize)> {
    let mut j = start;
    if of {
        let mut taken = 0;
        while taken < MAX_COMPLEMENT_WORDS {
            let Some(t) = toks.get(j).filter(|t| t.kind == TokKind::Word) else {
                break;
            };
            let chain = !has_article(t.key)
                && toks.get(j + 1).is_some_and(|n| {
                    n.kind == TokKind::Word && (has_article(n.key) || n.entity.is_some())
                });
            let complement = t.entity.is_some() || has_article(t.key) || (taken == 0 && chain);
            if !complement || v.is(t.key, TITLE) {
                break;
            }
            j += 1;
            taken += 1;
        }
        if taken == 0 {
            return None;
        }
        if free_word(toks, j) && v.is(toks[j].key, TITLE) {
            return person_after_title(v, toks, j + 1, false);
        }
    }
    let mut skipped = 0;
    while skipped < 2 && free_word(toks, j) && v.title_adjective(toks[j].key) {
        j += 1;
        skipped += 1;
    }
    let (first, last) = person_name(v, toks, j, true)?;
    // One word after a title is a name (`اللاعب ميسي`, `العقيد ساليفو`) when it is a given
    // name, or when the clause goes on after it as after a name: punctuation, `إن`/`أن`, the
    // end. Otherwise it is too often an adjective or a noun (`الفريق عازم على`, `السائق
    // سالما من`, `رئيس الجمهورية وفدا`).
    if first == last && v.given_name(toks[first].key).is_none() {
        let closes = match toks.get(last + 1) {
            None => true,
            Some(t) => {
                matches!(t.kind, TokKind::Punct | TokKind::Newline)
                    || matches!(t.key, "ان" | "انه" | "انها" | "انهم")
            }
        };
        // An indefinite accusative (`بيانا`, `وفدا`) is the object of a verb, not a name.
        let accusative = toks[first].key.ends_with('ا');
        if !closes || accusative || verb_shaped(v, toks[first].key) {
            return None;
        }
    }
    Some((first, last))
}

/// A person's name starting at token `first`: a word that may start a name, then name words
/// (indefinite ones, particles, the article surname after a particle or of a nisba or a given
/// name: `التميمي`, `الطاهر`). After a title (`titled`), a given name may also be a word the
/// stop list holds (`علي`, folded like `على`).
fn person_name(
    v: &Vocabulary,
    toks: &[Tok<'_>],
    first: usize,
    titled: bool,
) -> Option<(usize, usize)> {
    let t = free_word(toks, first).then(|| &toks[first])?;
    if has_article(t.key) || v.is(t.key, TITLE) {
        return None;
    }
    let last = extend(v, toks, first, person_word);
    // A stop word that is also a given name (and no ordinary word) starts a name only with
    // more name after it.
    let given = titled && last > first && v.given_name(t.key) == Some(false);
    (given || can_start(v, t)).then_some((first, last))
}

/// Whether `next` continues a person's name after `prev`.
fn person_word(v: &Vocabulary, prev: &Tok<'_>, next: &Tok<'_>) -> bool {
    if v.is(next.key, TITLE | TITLE_ADJ) || verb_shaped(v, next.key) {
        return false;
    }
    // A preposition on a later word makes it a phrase (`لحساب`), unless it is a name.
    if proclitics::is_proclitic_start(next.key)
        && next.key.chars().count() >= 4
        && v.given_name(next.key).is_none()
        && next.key.starts_with('ل')
        && !v.is(next.key, NAME_PREFIX)
    {
        return false;
    }
    if !has_article(next.key) {
        return true;
    }
    let bare = &next.key[ARTICLE.len()..];
    v.is(prev.key, NAME_PREFIX) || next.key.ends_with('ي') || v.given_name(bare).is_some()
}

/// A person named with a given name first (`فاطمة الزهراء حسن`, `جون ماكين`), or a kunya
/// (`أبو عمر`, `أم أحمد`): a given name that is not also an ordinary word and one more name
/// word at least; a given name that is an ordinary word (`أمل`, `علي` ~ `على`) needs a given
/// name, a particle or an article given name after it (`علي حسن`, `علي بن`, `فاطمة الزهراء`).
fn person_by_given_name<'v>(
    v: &'v Vocabulary,
    toks: &[Tok<'_>],
    i: usize,
    ends_in_alef_maksura: &dyn Fn(&Tok<'_>) -> bool,
) -> Option<Found<'v>> {
    let key = toks[i].key;
    // A name of one word is never taken from a given name alone.
    let next = next_word(toks, i)?;
    let kunya = matches!(key, "ابو" | "ام") && v.given_name(next.key).is_some();
    // A compound given name (`عبد الله`, `نور الدين`) is one given name of two words.
    let compound_common = v
        .compound_first(key)
        .then(|| v.given_name(&format!("{key} {}", next.key)))
        .flatten();
    let compound = compound_common.is_some();
    let common = match (compound_common, v.given_name(key)) {
        (Some(common), _) => common,
        (None, Some(common)) => common,
        (None, None) if kunya => false,
        (None, None) => return None,
    };
    // A given name that is also a word needs a name word after it (checked in full below):
    // most such words are followed by none, so look at the next word before anything else.
    if common && !compound && v.given_name(next.key).is_none() && !next.key.ends_with('ي') {
        let bare = next.key.strip_prefix(ARTICLE).unwrap_or(next.key);
        if !v.is(next.key, NAME_PREFIX) && v.given_name(bare).is_none() {
            return None;
        }
    }
    let (first, mut last) = person_name(v, toks, i, false)?;
    let given_last = first + usize::from(compound);
    if compound {
        last = extend(v, toks, given_last, person_word);
    }
    if last <= given_last {
        return None;
    }
    if common {
        // A given name that is also a word (`خالد`, `سالم`) needs a name after it: another
        // given name, a particle, or a nisba surname (`الورفلي`, `حشيشي`).
        let second_tok = &toks[given_last + 1];
        let second = second_tok.key;
        let bare = second.strip_prefix(ARTICLE).unwrap_or(second);
        let nisba = second.ends_with('ي')
            && second.chars().count() >= 4
            && !ends_in_alef_maksura(second_tok);
        let named = v.given_name(bare) == Some(false) || v.is(second, NAME_PREFIX) || nisba;
        if !named {
            return None;
        }
    }
    Some(Found::new(
        (first, last),
        (first, first),
        EntityKind::Person,
        "person",
        Evidence::GivenName,
    ))
}

/// Later mentions of a found person by surname alone (`وقال ساليفو`): every free word after
/// the person's first mention that is the last word of a name of two words or more. One pass
/// over the tokens, whatever the number of people.
fn later_mentions<'v>(v: &Vocabulary, toks: &[Tok<'_>], found: &[Found<'v>]) -> Vec<Found<'v>> {
    let mut surnames: crate::text::hash::FastMap<&str, usize> = Default::default();
    let mut first_after = usize::MAX;
    for (k, f) in found.iter().enumerate() {
        if f.kind != EntityKind::Person || f.last == f.first {
            continue;
        }
        let surname = toks[f.last].key;
        // A surname that is also an ordinary word (`سالم`) stands for nobody alone.
        if surname.chars().count() < 3 || v.is(surname, STOP) || v.given_name(surname) == Some(true)
        {
            continue;
        }
        surnames.entry(surname).or_insert(k);
        first_after = first_after.min(f.last + 1);
    }
    let mut out: Vec<Found<'v>> = Vec::new();
    if surnames.is_empty() {
        return out;
    }
    for j in first_after..toks.len() {
        if !free_word(toks, j) {
            continue;
        }
        let Some(&k) = surnames.get(toks[j].key) else {
            continue;
        };
        if j <= found[k].last {
            continue;
        }
        out.push(Found {
            of: Some(k),
            ..Found::new(
                (j, j),
                (j, j),
                EntityKind::Person,
                found[k].subkind,
                Evidence::SamePerson,
            )
        });
    }
    out
}
