//! Casualty figures: killed, injured, captured, kidnapped and missing people, with their count
//! and victims.
//!
//! [`extract`] runs on a [`NormalizedText`] and reports [`Casualty`] values whose spans point
//! into the original text. Every lookup folds the text's tokens again (diacritics, alef forms,
//! `ى`, `ة`, `ؤ`, `ئ`), so the rules give the same result whatever [`Normalizer`] options made the
//! text; there is no separate "compiled rules" object to keep in sync with the normalizer.
//!
//! ```
//! use arabic_extract::casualties::extract_text;
//! use arabic_extract::{CasualtyKind, Qualifier, VictimCategory};
//!
//! let text = "أسفر الهجوم عن مقتل 47 جنديًا ماليًا و84 مقاتلاً روسيًا.";
//! let found = extract_text(text);
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[0].kind, CasualtyKind::Killed);
//! assert_eq!(found[0].count.value, 47);
//! assert_eq!(found[0].victims.category, VictimCategory::Soldiers);
//! assert_eq!(found[0].victims.text, "جنديًا ماليًا");
//! assert_eq!(found[1].count.value, 84);
//! assert_eq!(found[1].victims.category, VictimCategory::Fighters);
//! assert_eq!(&text[found[1].count_span.range()], "84");
//! ```
//!
//! # The rules
//!
//! The text is split into tokens once; number phrases ([`crate::numbers`]) and triggers
//! ([the lexicon](self#lexicon)) are found in one left-to-right pass each. Then, in this order
//! (a count is used by at most one figure):
//!
//! 1. **trigger → count → victims**: a verb or verbal noun, at most three words, then a count
//!    followed by a victim noun (`مقتل 47 جنديا ماليا`, `قتل مسلحون 5 جنود`, `إصابة أحد موظفي
//!    الأمم المتحدة`), or by the end of the clause (`قُتل 5 وأصيب 10`). Up to six words are
//!    allowed between trigger and count when they hold no object, relative clause or `و…` word
//!    and a victim noun follows (`اعتقلت السلطات في ولاية نهر النيل 17 شخصا`). Figures
//!    coordinated after it with `و` or `بينهم` take the same kind (`… و84 مقاتلا روسيا`,
//!    `قتل 5 أشخاص من عائلة واحدة بينهم 3 أطفال`). A verbal noun directly followed by an
//!    indefinite singular victim noun is a figure of one (`مقتل جندي`, `إصابة شرطي`); a verb is
//!    not (`قتل جندي …` may have the soldier as subject);
//! 2. **count → counted noun**: `20 قتيلا`, `خمسة جرحى`, `عشرات القتلى`, `قتيلان`,
//!    `10 قتلى من المدنيين`, `5 قتلى مدنيين`, `5 في عداد المفقودين` (not `عشرات القتلى والجرحى`,
//!    which mixes the dead and the wounded);
//! 3. **toll**: `ارتفع عدد القتلى إلى 50`, `حصيلة الجرحى 30`, and subsets `من بين القتلى 4
//!    أطفال`;
//! 4. **count → victims → trigger**: `نحو 200 شخص آخرين أصيبوا`, `عشرات من أعضائها قتلوا`,
//!    `عشرات الجنود القتلى`, `5 جنود في عداد المفقودين` (not when the same verb already took a
//!    count after it: in `5 مسلحين قتلوا 3 جنود` the victims are the soldiers);
//! 5. **anaphora**: a trigger with an object pronoun (`ألقى القبض عليهم`, `اعتقلتهم`) takes the
//!    nearest earlier count of people in the same paragraph (`صورا لنحو عشرين مشتبها … ألقى
//!    القبض عليهم`).
//!
//! Not reported: counts of non-people (`مئات الكيلومترات`, `50 كلم`, `46 في المائة`, money),
//! years, dates and labels (`عام 2015`, `21 نوفمبر`, `اللواء 93`), ages (`طفل عمره 5 سنوات`),
//! counts with no trigger (deployments, arrivals: `قوة مكونة من 11 ألف جندي`, `نحو 100 مقاتل
//! روسي وصلوا`), counts before a trigger that follow a deployment word (`نشرت`, `مكونة من`,
//! `قوامها`), releases and exchanges (`أطلقت سراح 12 رهينة`, `تبادل 50 أسيرا`), illness
//! (`1200 إصابة بفيروس كورونا`), and combined tolls (`مقتل وإصابة عشرات`).
//!
//! **Negation**: a figure whose trigger (or count, for counted nouns) has a negator within the
//! six words before it in the same clause (`نفى`, `نفت`, `عدم`, `دون`…, or `لم`/`لن`/`لا` on the
//! trigger itself or on a verb of result such as `يسفر`, `تسجل`) is not reported at all —
//! `نفى الجيش مقتل 5 جنود` and `لم يسفر الهجوم عن إصابات` give no figure. The scope stops at
//! clause punctuation and relative clauses; `لا يزال` ("still"), `لا سيما` ("especially") and
//! `لم … إلا` ("only") are not negations.
//!
//! **Victims**: the victim phrase is the noun after the count with its nationality or
//! affiliation words (`جنديا ماليا`, `الجنود الماليين والمقاتلين الروس`, `موظفي الأمم المتحدة`,
//! `عناصر من الشرطة`); its category comes from the first noun, or from the affiliation for
//! generic nouns (`عناصر`, `أفراد`, `أعضاء`). `آخرون`/`آخرين` alone, and figures with no victim
//! noun, take the category of the figure just before them in the same sentence (`قتل خمسة جنود
//! وجرح تسعة آخرون`, `قتل 7 جنود، وأصيب 12` → soldiers); otherwise a figure with no victim noun
//! (`20 قتيلا`) gives `people` and an empty victim text.
//!
//! # Lexicon
//!
//! All trigger, victim and context words are data: the TSV files under `lexicons/`, embedded
//! at build time and documented there (`lexicons/README.md`). [`extract`] uses them as they
//! are; [`extract_with`] takes a [`Lexicon`], for example the embedded one with a file of your
//! own on top.

mod lexicon;

pub use lexicon::Lexicon;

use crate::normalize::{NormalizedText, Normalizer};
use crate::numbers::{lookup_clitic, parse_at, postfix_qual_count, NumberForm, Parsed};
use crate::offsets::{CharIndex, Placement};
use crate::text::document::Document;
use crate::text::hash::FastSet as HashSet;
use crate::text::proclitics::ARTICLE;
use crate::text::tokens::{Tok, TokKind};
use crate::types::{Casualty, CasualtyKind, Count, Span, VictimCategory, Victims};
use lexicon as lx;

/// Finds casualty figures in normalized text with the embedded lexicon; spans point into the
/// text `norm` was made from. Results are in text order. Never panics; linear in the length
/// of the text.
pub fn extract<'t>(norm: &NormalizedText<'t>) -> Vec<Casualty<'t>> {
    extract_with(Lexicon::embedded(), norm)
}

/// Like [`extract`], with the words of `lexicon` instead of the embedded lexicon (for example
/// [`Lexicon::embedded`] extended with a file of your own; see [`Lexicon`]).
pub fn extract_with<'t>(lexicon: &Lexicon, norm: &NormalizedText<'t>) -> Vec<Casualty<'t>> {
    let index = CharIndex::new(norm.original());
    let mut out = Vec::new();
    let doc = Document::new(norm);
    let toks = doc.toks();
    extract_into(lexicon, norm, &toks, Placement::whole(&index), &mut out);
    out
}

/// Appends the casualty figures of `norm` to `out`, with spans placed in the whole text.
///
/// `toks` are the tokens of `norm`, with the gazetteer's names marked (`Tok::entity`): a name
/// is never a victim noun or a dual count.
pub(crate) fn extract_into<'t>(
    lexicon: &Lexicon,
    norm: &NormalizedText<'_>,
    toks: &[Tok<'_>],
    place: Placement<'_, 't>,
    out: &mut Vec<Casualty<'t>>,
) {
    let found = find(lexicon, norm.as_str(), toks);
    out.reserve(found.len());
    for f in found {
        let map = |s: Span| place.span(norm.to_original(s.range()));
        let span = map(f.span);
        let victims_span = f.victim.map(map);
        out.push(Casualty {
            kind: f.kind,
            count: f.count,
            victims: Victims {
                category: f.category,
                text: victims_span.map_or("", |s| place.text(&s)),
                span: victims_span,
                country: None,
            },
            span,
            text: place.text(&span),
            count_span: map(f.count_span),
            trigger_span: map(f.trigger_span),
        });
    }
}

/// Normalizes `text` with the default [`Normalizer`] and runs [`extract`] on it.
pub fn extract_text(text: &str) -> Vec<Casualty<'_>> {
    let norm = Normalizer::default().normalize(text);
    extract(&norm)
}

// ---------------------------------------------------------------------------------------
// Matching helpers
// ---------------------------------------------------------------------------------------

/// A trigger over tokens `start..end` (`skip` bytes of proclitic on the first token).
#[derive(Debug, Clone, Copy)]
struct Trig {
    start: usize,
    skip: usize,
    end: usize,
    kind: CasualtyKind,
    roles: u8,
}

/// A victim phrase over tokens `start..end`.
#[derive(Debug, Clone, Copy)]
struct Vic {
    start: usize,
    /// Bytes to skip at the start of the first token (a dual may carry a clitic: `وجنديان`).
    skip: usize,
    end: usize,
    cat: VictimCategory,
    others: bool,
}

/// One figure, in normalized-text byte offsets.
#[derive(Debug, Clone, Copy)]
struct Found {
    kind: CasualtyKind,
    count: Count,
    category: VictimCategory,
    others: bool,
    /// A subset of the figure before it (`بينهم 3 أطفال`): never the source of an inherited
    /// category.
    subset: bool,
    span: Span,
    count_span: Span,
    trigger_span: Span,
    victim: Option<Span>,
}

fn is_clause_punct(t: &Tok) -> bool {
    t.kind == TokKind::Newline
        || (t.kind == TokKind::Punct
            && matches!(
                t.key,
                "." | "،"
                    | ","
                    | "؛"
                    | ";"
                    | ":"
                    | "!"
                    | "?"
                    | "؟"
                    | "("
                    | ")"
                    | "\""
                    | "“"
                    | "”"
                    | "«"
                    | "»"
                    | "'"
                    | "["
                    | "]"
            ))
}

fn is_quote(t: &Tok) -> bool {
    t.kind == TokKind::Punct && matches!(t.key, "\"" | "“" | "”" | "«" | "»" | "'")
}

fn key<'a>(toks: &[Tok<'a>], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.key)
}

/// `key` without a leading `و`/`ف`.
fn strip_wa(k: &str) -> &str {
    crate::text::proclitics::strip_conjunction(k)
}

fn in_set(s: &HashSet<String>, k: &str) -> bool {
    s.contains(k) || s.contains(strip_wa(k))
}

fn match_trigger(lex: &Lexicon, toks: &[Tok], i: usize) -> Option<Trig> {
    let t = toks.get(i)?;
    if t.kind != TokKind::Word {
        return None;
    }
    let (defs, skip) = lookup_clitic(&lex.triggers, t.key)?;
    let mut best: Option<Trig> = None;
    for d in defs {
        let ok = d
            .rest
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(i + 1 + k).is_some_and(|t| t.key == *w));
        if !ok {
            continue;
        }
        let end = i + 1 + d.rest.len();
        match &mut best {
            Some(b) if b.end > end => {}
            Some(b) if b.end == end && b.kind == d.kind => b.roles |= d.roles,
            _ => {
                best = Some(Trig {
                    start: i,
                    skip,
                    end,
                    kind: d.kind,
                    roles: d.roles,
                });
            }
        }
    }
    let mut b = best?;
    if b.roles & lx::L != 0 {
        // لقي … حتفه / مصرعه
        let ok = (i + 1..(i + 9).min(toks.len()))
            .take_while(|&k| !is_clause_punct(&toks[k]))
            .any(|k| {
                lex.laqiya
                    .iter()
                    .any(|w| toks[k].key.starts_with(w.as_str()))
            });
        if !ok {
            return None;
        }
    }
    if b.kind == CasualtyKind::Missing && b.roles & lx::V != 0 {
        // فقد 5 أشخاص حياتهم → killed
        let dies = (i + 1..(i + 8).min(toks.len()))
            .take_while(|&k| !is_clause_punct(&toks[k]))
            .any(|k| lex.life.contains(toks[k].key));
        if dies {
            b.kind = CasualtyKind::Killed;
        }
    }
    Some(b)
}

/// Folded key candidates for a victim noun: as is, without a possessive suffix, with a folded
/// hamza seat restored (`أعضائها` → `اعضاء`).
fn victim_keys(k: &str) -> Vec<String> {
    let mut out = vec![k.to_string()];
    for suf in ["هما", "ها", "هم", "هن", "نا", "كم", "ه"] {
        if let Some(stem) = k.strip_suffix(suf) {
            if stem.chars().count() >= 3 {
                out.push(stem.to_string());
                if let Some(s) = stem.strip_suffix('ي').or_else(|| stem.strip_suffix('و')) {
                    out.push(format!("{s}ء"));
                }
                // قادتها → قادة (folded قاده)
                if let Some(s) = stem.strip_suffix('ت') {
                    out.push(format!("{s}ه"));
                }
            }
            break;
        }
    }
    out
}

/// The head of a victim phrase at `i`: end token, category, generic.
fn victim_head(
    lex: &Lexicon,
    toks: &[Tok],
    i: usize,
) -> Option<(usize, VictimCategory, bool, bool)> {
    let t = toks.get(i)?;
    if t.kind != TokKind::Word || t.entity.is_some() {
        return None;
    }
    let mut keys = victim_keys(t.key);
    if let Some(stem) = lex
        .dual_stem(t.key)
        .or_else(|| lex.dual_stem(strip_wa(t.key)))
    {
        keys.push(stem.to_string());
    }
    for k in &keys {
        let Some(defs) = lex.victims.get(k) else {
            continue;
        };
        let mut best: Option<(usize, VictimCategory)> = None;
        for d in defs {
            let ok = d
                .rest
                .iter()
                .enumerate()
                .all(|(n, w)| toks.get(i + 1 + n).is_some_and(|t| t.key == *w));
            let longer = match best {
                Some((e, _)) => i + 1 + d.rest.len() > e,
                None => true,
            };
            if ok && longer {
                best = Some((i + 1 + d.rest.len(), d.cat));
            }
        }
        if let Some((end, cat)) = best {
            let generic = end == i + 1 && lex.generic.contains(k.as_str());
            let others = lex.others.contains(k.trim_start_matches(ARTICLE));
            return Some((end, cat, generic, others));
        }
    }
    // A nationality noun: 30 فلسطينيا، 5 يمنيين، سودانيون
    let k = t.key;
    if !k.starts_with(ARTICLE)
        && is_nisba(lex, k)
        && ["يا", "يين", "يون", "ي"].iter().any(|s| k.ends_with(s))
        && lookup_clitic(&lex.triggers, k).is_none()
    {
        return Some((i + 1, VictimCategory::People, false, false));
    }
    None
}

fn is_nisba(lex: &Lexicon, k: &str) -> bool {
    if lex.not_nisba.contains(k)
        || lex.dual_stem(k).is_some()
        || (k.starts_with('و') && !k.starts_with("وطن"))
    {
        return false;
    }
    let bare = k.strip_prefix(ARTICLE).unwrap_or(k);
    if lex.not_nisba.contains(bare) || bare.chars().count() < 4 {
        return false;
    }
    ["يين", "يون", "يان", "يا", "يه", "ي", "يات"]
        .iter()
        .any(|s| bare.ends_with(s))
}

/// The victim phrase at `i`: a victim noun with its nationality, affiliation and coordinated
/// nouns (`الجنود الماليين والمقاتلين الروس`, `عناصر من الشرطة`, `موظفي الأمم المتحدة`).
fn parse_victim(lex: &Lexicon, toks: &[Tok], i: usize) -> Option<Vic> {
    let (mut end, mut cat, generic, others) = victim_head(lex, toks, i)?;
    let construct = generic || key(toks, end - 1).ends_with('ي');
    let mut refined = false;
    let mut extra = 0;
    let mut tail_budget = 0; // ال-words allowed after an affiliation
    while extra < 8 {
        let Some(t) = toks.get(end) else { break };
        if t.kind != TokKind::Word {
            break;
        }
        let k = t.key;
        if lookup_clitic(&lex.triggers, k).is_some() {
            break;
        }
        if lex.nationality.contains(k)
            || is_nisba(lex, k)
            || lex.others.contains(k)
            || lex.others.contains(k.trim_start_matches(ARTICLE))
        {
            end += 1;
            extra += 1;
            continue;
        }
        if tail_budget > 0 && k.starts_with(ARTICLE) && num_like(lex, toks, end).is_none() {
            tail_budget -= 1;
            end += 1;
            extra += 1;
            continue;
        }
        if construct && !refined && extra == 0 {
            if let Some(c) = lex.affil.get(k) {
                if generic {
                    cat = *c;
                }
                refined = true;
                tail_budget = 2;
                end += 1;
                extra += 1;
                continue;
            }
        }
        if k == "من" && !refined && (generic || cat == VictimCategory::People) {
            if let Some(c) = toks.get(end + 1).and_then(|t| lex.affil.get(t.key)) {
                if generic {
                    cat = *c;
                }
                refined = true;
                tail_budget = 2;
                end += 2;
                extra += 2;
                continue;
            }
            break;
        }
        // A coordinated victim noun: والمقاتلين الروس
        if k.starts_with('و') && k.chars().count() > 3 {
            let rest = &k['و'.len_utf8()..];
            if lex
                .victims
                .get(rest)
                .is_some_and(|d| d.iter().any(|d| d.rest.is_empty()))
                && num_like(lex, toks, end + 1).is_none()
            {
                end += 1;
                extra += 1;
                tail_budget = 0;
                continue;
            }
        }
        break;
    }
    Some(Vic {
        start: i,
        skip: 0,
        end,
        cat,
        others,
    })
}

/// An affiliation used as the victims (`12 من قوات النظام`, `100 أسير من القوات الحكومية`):
/// the affiliation word and up to two following definite or nisba words.
fn affiliation_victim(lex: &Lexicon, toks: &[Tok], i: usize) -> Option<Vic> {
    let cat = *lex.affil.get(key(toks, i))?;
    let mut end = i + 1;
    while end < i + 3 && (key(toks, end).starts_with(ARTICLE) || is_nisba(lex, key(toks, end))) {
        end += 1;
    }
    Some(Vic {
        start: i,
        skip: 0,
        end,
        cat,
        others: false,
    })
}

/// A number phrase starting at `i` (used to stop victim phrases before a new count).
fn num_like(lex: &Lexicon, toks: &[Tok], i: usize) -> Option<Parsed> {
    match toks.get(i) {
        Some(t) if t.kind == TokKind::Num => parse_at(toks, i, lex.duals()),
        _ => None,
    }
}

fn negated(lex: &Lexicon, toks: &[Tok], at: usize) -> bool {
    for d in 1..=6 {
        if at < d {
            break;
        }
        let t = &toks[at - d];
        // the scope of a negation ends at a clause boundary or a relative clause; "لم … إلا"
        // ("only") is not a negation
        if is_clause_punct(t) || lex.clause_words.contains(t.key) || t.key == "الا" {
            break;
        }
        if in_set(&lex.negators, t.key) {
            let k = strip_wa(t.key);
            let next = key(toks, at - d + 1);
            if k == "لا" && in_set(&lex.la_not_neg, next) {
                continue;
            }
            // لم/لن/لا negate the verb after them: the trigger itself or a verb of result
            // (لم يسفر عن، لم تسجل); "لم تمض ساعات على مقتل …" is not a denial.
            if matches!(k, "لم" | "لن" | "لا") && d > 1 && !lex.result_verbs.contains(next) {
                continue;
            }
            return true;
        }
    }
    false
}

/// Deployment words within three tokens before `at`.
fn deployment(lex: &Lexicon, toks: &[Tok], at: usize) -> bool {
    (1..=3)
        .take_while(|d| at >= *d && !is_clause_punct(&toks[at - d]))
        .any(|d| in_set(&lex.deploy, toks[at - d].key))
}

/// Release or exchange words within six tokens before `at`.
fn release_before(lex: &Lexicon, toks: &[Tok], at: usize) -> bool {
    (1..=6)
        .take_while(|d| at >= *d && !is_clause_punct(&toks[at - d]))
        .any(|d| in_set(&lex.release, toks[at - d].key))
}

/// A prison word within three tokens from `k` after a captured figure (`أسير في السجون`).
fn prison_at(lex: &Lexicon, toks: &[Tok], kind: CasualtyKind, k: usize) -> bool {
    kind == CasualtyKind::Captured
        && (k..(k + 3).min(toks.len()))
            .take_while(|&j| !is_clause_punct(&toks[j]))
            .any(|j| lex.prison.contains(strip_wa(toks[j].key)))
}

/// An illness word at `k` after an injury figure (`إصابة بفيروس`).
fn disease_at(lex: &Lexicon, toks: &[Tok], kind: CasualtyKind, k: usize) -> bool {
    kind == CasualtyKind::Injured && lex.disease.contains(key(toks, k))
}

/// The count is an age or a year by the word before it.
fn age_or_year_context(lex: &Lexicon, toks: &[Tok], p: &Parsed) -> bool {
    if p.start == 0 {
        return false;
    }
    let k = &toks[p.start - 1].key;
    in_set(&lex.age, k) || in_set(&lex.year, k) || lex.year.contains(k.trim_start_matches('ل'))
}

fn looks_like_year(p: &Parsed) -> bool {
    matches!(p.form, NumberForm::Digits) && (1900..=2100).contains(&p.count.value)
}

/// The clause ends at token `k`, so a count right before it needs no victim noun.
fn terminal(
    lex: &Lexicon,
    toks: &[Tok],
    k: usize,
    trigs: &[Option<Trig>],
    num_at: &[usize],
) -> bool {
    let Some(t) = toks.get(k) else { return true };
    match t.kind {
        TokKind::Newline => true,
        TokKind::Punct => is_clause_punct(t),
        TokKind::Num => false,
        TokKind::Word => {
            let w = t.key;
            if w == "في" {
                return !matches!(
                    key(toks, k + 1),
                    "المايه" | "الميه" | "مايه" | "ميه" | "الماية"
                );
            }
            if w == "علي" {
                return key(toks, k + 1) == "الاقل";
            }
            if w == "و" {
                return toks.get(k + 1).is_some_and(|n| n.kind == TokKind::Num)
                    || trigs.get(k + 1).is_some_and(Option::is_some);
            }
            if lex.terminals.contains(w) {
                return true;
            }
            if w.starts_with('و') && (trigs[k].is_some() || num_at[k] != usize::MAX) {
                return true;
            }
            false
        }
    }
}

fn tok_span(toks: &[Tok], start: usize, skip: usize, end: usize) -> Span {
    Span::bytes(toks[start].start + skip, toks[end - 1].end)
}

// ---------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------

struct Ctx<'a> {
    lex: &'a Lexicon,
    toks: &'a [Tok<'a>],
    nums: Vec<Parsed>,
    /// Token index → index into `nums` of the number starting there (`usize::MAX`: none).
    num_at: Vec<usize>,
    trigs: Vec<Option<Trig>>,
    used: Vec<bool>,
    found: Vec<Found>,
    /// Triggers that took a count after them (rule 1): not reused by rule 4.
    trig_used: Vec<bool>,
}

impl Ctx<'_> {
    fn victim_after(&self, k: usize) -> Option<Vic> {
        // "المئات" من عناصر …: a closing quote after the count
        let k = if self.toks.get(k).is_some_and(is_quote) {
            k + 1
        } else {
            k
        };
        if let Some(v) = parse_victim(self.lex, self.toks, k) {
            return Some(v);
        }
        if key(self.toks, k) == "من" && !matches!(key(self.toks, k + 1), "بينهم" | "بين")
        {
            return parse_victim(self.lex, self.toks, k + 1)
                .or_else(|| affiliation_victim(self.lex, self.toks, k + 1));
        }
        None
    }

    /// The counted-noun trigger right after a count (`20 قتيلا`, `عشرات القتلى`,
    /// `العشرات من الجرحى`).
    fn counted_noun_after(&self, p: &Parsed) -> Option<Trig> {
        let k = p.end;
        let direct = self.trigs.get(k).copied().flatten().filter(|t| t.skip == 0);
        if let Some(t) = direct {
            if t.roles & lx::C != 0 || (t.roles & lx::D != 0 && p.form == NumberForm::Vague) {
                return Some(t);
            }
        }
        if key(self.toks, k) == "من" {
            if let Some(t) = self.trigs.get(k + 1).copied().flatten() {
                if t.skip == 0 && t.roles & (lx::C | lx::D) != 0 {
                    return Some(t);
                }
            }
        }
        // 5 في عداد المفقودين
        if key(self.toks, k) == "في" && key(self.toks, k + 1) == "عداد" {
            if let Some(t) = self.trigs.get(k + 2).copied().flatten() {
                if t.skip == 0 && t.roles & (lx::C | lx::D) != 0 {
                    return Some(t);
                }
            }
        }
        None
    }

    /// The victim phrase of a dual count (`جنديان ماليان`).
    fn dual_victim(&self, p: &Parsed) -> Option<Vic> {
        let mut v = parse_victim(self.lex, self.toks, p.vstart)?;
        v.skip = p.vskip;
        Some(v)
    }

    /// For a dual count (`قتيلان`), the trigger it is itself.
    fn dual_trigger(&self, p: &Parsed) -> Option<Trig> {
        if p.form != NumberForm::Dual {
            return None;
        }
        let stem = self.lex.dual_stem(self.toks[p.vstart].key)?;
        let defs = self.lex.triggers.get(stem)?;
        let d = defs
            .iter()
            .find(|d| d.rest.is_empty() && d.roles & lx::C != 0)?;
        Some(Trig {
            start: p.vstart,
            skip: p.vskip,
            end: p.vend,
            kind: d.kind,
            roles: d.roles,
        })
    }

    fn push(
        &mut self,
        kind: CasualtyKind,
        count: Count,
        p: &Parsed,
        trig: Span,
        victim: Option<Vic>,
        extra_end: usize,
    ) {
        self.push_with(kind, count, p, trig, victim, extra_end, true);
    }

    #[allow(clippy::too_many_arguments)]
    fn push_with(
        &mut self,
        kind: CasualtyKind,
        count: Count,
        p: &Parsed,
        trig: Span,
        victim: Option<Vic>,
        extra_end: usize,
        with_trigger: bool,
    ) {
        let count_span = p.span(self.toks);
        let vspan = victim.map(|v| tok_span(self.toks, v.start, v.skip, v.end));
        let mut span = if with_trigger {
            count_span.union(&trig)
        } else {
            count_span
        };
        if let Some(v) = vspan {
            span = span.union(&v);
        }
        if extra_end > 0 {
            span = span.union(&tok_span(self.toks, extra_end - 1, 0, extra_end));
        }
        self.found.push(Found {
            kind,
            count,
            category: victim.map_or(VictimCategory::People, |v| v.cat),
            // "آخرون", or no victim noun at all: the category of the figure before it
            others: match victim {
                Some(v) => v.others,
                None => true,
            },
            subset: false,
            span,
            count_span,
            trigger_span: trig,
            victim: vspan,
        });
    }

    /// Postfix `على الأقل` / `تقريبا` at `k`: the count and the end of the qualifier.
    fn postfix(&self, count: Count, k: usize) -> (Count, usize) {
        match postfix_qual_count(self.toks, k, count) {
            Some((c, e)) => (c, e),
            None => (count, 0),
        }
    }

    /// Rule 1: trigger → count → victims, then coordinated figures.
    fn trigger_first(&mut self) {
        let toks = self.toks;
        for ti in 0..toks.len() {
            let Some(tr) = self.trigs[ti] else { continue };
            if tr.roles & (lx::V | lx::N | lx::L) == 0 {
                continue;
            }
            // "مقتل وإصابة 20": a combined toll of killed and injured, neither figure alone.
            let combined = ti > 0
                && tr.skip > 0
                && toks[ti].key.starts_with('و')
                && self.trigs[ti - 1].is_some_and(|p| p.end == ti && p.kind != tr.kind)
                && !(1..=4).any(|d| ti > d && self.num_at[ti - 1 - d] != usize::MAX);
            if combined {
                continue;
            }
            // A figure of one: مقتل جندي، أصيب شرطي
            if self.num_at.get(tr.end).is_some_and(|&n| n == usize::MAX)
                && self.singular_after(ti, tr).is_some()
            {
                continue;
            }
            // The count: at most three words after the trigger, or up to six when a victim
            // noun follows the count and the words between are a plain subject or place
            // (اعتقلت السلطات في ولاية نهر النيل 17 شخصا).
            let mut ni = None;
            let mut gap = 0;
            let window = tr.end..(tr.end + 7).min(toks.len());
            for (k, t) in window.clone().zip(&toks[window]) {
                if self.num_at[k] != usize::MAX {
                    ni = Some(self.num_at[k]);
                    break;
                }
                if is_quote(t) {
                    continue;
                }
                if t.kind != TokKind::Word
                    || self.trigs[k].is_some()
                    || in_set(&self.lex.negators, t.key)
                    || (gap >= 3
                        && (t.key.starts_with('و') || self.lex.clause_words.contains(t.key)))
                {
                    break;
                }
                gap += 1;
            }
            let Some(ni) = ni else { continue };
            if self.used[ni] {
                continue;
            }
            let p = self.nums[ni];
            if age_or_year_context(self.lex, toks, &p) {
                continue;
            }
            if self.dual_trigger(&p).is_some() || self.counted_noun_after(&p).is_some() {
                continue; // rule 2
            }
            let victim = if p.form == NumberForm::Dual {
                let (_, cat, _, others) = victim_head(self.lex, toks, p.vstart).unwrap_or((
                    p.vend,
                    VictimCategory::People,
                    false,
                    false,
                ));
                let mut v = parse_victim(self.lex, toks, p.vstart).unwrap_or(Vic {
                    start: p.vstart,
                    skip: 0,
                    end: p.vend,
                    cat,
                    others,
                });
                v.cat = cat;
                v.skip = p.vskip;
                Some(v)
            } else {
                self.victim_after(p.end)
            };
            let one = p.form == NumberForm::Words && p.count.value == 1;
            let mut victim = victim;
            if victim.is_none() && one && p.start > tr.end {
                // "مقتل شخص واحد": the singular victim noun before "واحد"
                if let Some((end, cat, _, others)) = victim_head(self.lex, toks, p.start - 1) {
                    if end == p.start {
                        victim = Some(Vic {
                            start: p.start - 1,
                            skip: 0,
                            end,
                            cat,
                            others,
                        });
                    }
                }
            }
            // A long gap must be a subject or a place, not an object (قتلت الشرطة الخميس كلبا
            // مسعورا عض 5 أشخاص): no indefinite accusative noun in it.
            let object_in_gap = (tr.end..p.start).any(|k| {
                let w = key(toks, k);
                w.ends_with('ا') && !w.starts_with(ARTICLE) && w.chars().count() >= 3
            });
            if gap > 3 && (victim.is_none() || object_in_gap) {
                continue;
            }
            if victim.is_none() {
                // Victims already named in the gap (قتل جنود الفرقة 15) or a label before
                // the number (اللواء 93, الساعة 5): the number is not their count.
                let gap_victim =
                    (tr.end..p.start).any(|k| victim_head(self.lex, toks, k).is_some());
                let label = p.start > tr.end && toks[p.start - 1].key.starts_with(ARTICLE);
                if one
                    || gap_victim
                    || label
                    || looks_like_year(&p)
                    || !terminal(self.lex, toks, p.end, &self.trigs, &self.num_at)
                {
                    continue;
                }
            }
            let trig_span = tok_span(toks, tr.start, tr.skip, tr.end);
            let only = (tr.end..p.start).any(|k| toks[k].key == "الا"); // لم يقتل إلا 3
            if (negated(self.lex, toks, tr.start) && !only)
                || disease_at(self.lex, toks, tr.kind, victim.map_or(p.end, |v| v.end))
            {
                self.used[ni] = true;
                continue;
            }
            let after = victim.map_or(p.end, |v| v.end);
            let (count, qend) = self.postfix(p.count, after);
            self.push(tr.kind, count, &p, trig_span, victim, qend);
            self.used[ni] = true;
            self.trig_used[ti] = true;
            // Coordinated figures: و84 مقاتلا روسيا / بينهم 3 أطفال
            let end = self.coordinated(
                tr.kind,
                trig_span,
                if qend > 0 { qend } else { after },
                true,
            );
            self.among_after(tr.kind, trig_span, end);
            if victim.is_none() {
                self.bare_coordinated(tr.kind, trig_span, end);
            }
        }
    }

    /// After a figure with no victim noun, more bare figures of the same kind a few words
    /// later: `قتل 3 في إدلب و5 في حماة و2 في حلب`.
    fn bare_coordinated(&mut self, kind: CasualtyKind, trig_span: Span, mut from: usize) {
        let toks = self.toks;
        loop {
            let mut found = None;
            let window = from..(from + 5).min(toks.len());
            for (j, t) in window.clone().zip(&toks[window]) {
                if (is_clause_punct(t) && t.key != "،") || self.trigs[j].is_some() {
                    break;
                }
                let nk = if t.key == "و" { j + 1 } else { j };
                let Some(&ni) = self.num_at.get(nk) else {
                    break;
                };
                if ni == usize::MAX || !(nk == j + 1 || self.nums[ni].skip > 0) {
                    continue;
                }
                found = Some(ni);
                break;
            }
            let Some(ni) = found else { return };
            let q = self.nums[ni];
            if self.used[ni]
                || q.form == NumberForm::Dual
                || looks_like_year(&q)
                || age_or_year_context(self.lex, toks, &q)
                || self.victim_after(q.end).is_some()
                || self.counted_noun_after(&q).is_some()
                || !terminal(self.lex, toks, q.end, &self.trigs, &self.num_at)
                || (q.form == NumberForm::Words && q.count.value == 1)
            {
                return;
            }
            self.push_with(kind, q.count, &q, trig_span, None, 0, false);
            self.used[ni] = true;
            from = q.end;
        }
    }

    /// A subset figure a few words later: `قتل 5 أشخاص من عائلة واحدة بينهم 3 أطفال`,
    /// `قتلوا، بينهم 5 أطفال`.
    fn among_after(&mut self, kind: CasualtyKind, trig_span: Span, from: usize) {
        let toks = self.toks;
        let among = (from..(from + 8).min(toks.len()))
            .take_while(|&j| {
                (!is_clause_punct(&toks[j]) || matches!(toks[j].key, "،" | ","))
                    && self.trigs[j].is_none()
            })
            .find(|&j| {
                in_set(&self.lex.among, toks[j].key)
                    || (toks[j].key == "من" && key(toks, j + 1) == "بينهم")
            });
        if let Some(j) = among {
            self.coordinated(kind, trig_span, j, false);
        }
    }

    /// `مقتل جندي`, `إصابة شرطي إسرائيلي`: a verbal noun followed directly by an indefinite
    /// singular victim noun is a figure of one. Only for verbal nouns (`مقتل`, `إصابة`,
    /// `اعتقال`), whose next noun is always the victim; a verb (`قتل جندي …`) may have the noun
    /// as its subject.
    fn singular_after(&mut self, ti: usize, tr: Trig) -> Option<usize> {
        let toks = self.toks;
        let nominal = tr.roles & lx::N != 0 && tr.roles & lx::V == 0;
        if !(nominal || self.lex.intransitive.contains(strip_wa(toks[tr.start].key))) {
            return None;
        }
        let k = tr.end;
        if !toks.get(k).is_some_and(|t| self.lex.singular.contains(t.key))
            || self.num_at.get(k + 1).is_some_and(|&n| n != usize::MAX) // شخص واحد
            || negated(self.lex, toks, tr.start)
        {
            return None;
        }
        let v = parse_victim(self.lex, toks, k)?;
        let p = Parsed {
            count: Count::exact(1),
            start: k,
            skip: 0,
            end: k + 1,
            vstart: k,
            vskip: 0,
            vend: k + 1,
            form: NumberForm::Words,
            integer: true,
        };
        let trig_span = tok_span(toks, tr.start, tr.skip, tr.end);
        self.push(tr.kind, p.count, &p, trig_span, Some(v), 0);
        self.trig_used[ti] = true;
        let end = self.coordinated(tr.kind, trig_span, v.end, true);
        self.among_after(tr.kind, trig_span, end);
        Some(end)
    }

    /// Figures coordinated after one at token `k`, with the same kind and trigger:
    /// `و84 مقاتلا روسيا`, `بينهم 3 أطفال`. With `and_too` false only `بينهم` figures.
    fn coordinated(
        &mut self,
        kind: CasualtyKind,
        trig_span: Span,
        mut k: usize,
        and_too: bool,
    ) -> usize {
        let toks = self.toks;
        let has = |cx: &Self, i: usize| cx.num_at.get(i).is_some_and(|&n| n != usize::MAX);
        let mut in_subset = false;
        loop {
            let nk = if and_too && key(toks, k) == "و" && has(self, k + 1) {
                k + 1
            } else if and_too
                && has(self, k)
                && key(toks, k).starts_with('و')
                && self.nums[self.num_at[k]].skip > 0
            {
                k
            } else if in_set(&self.lex.among, key(toks, k)) && has(self, k + 1) {
                in_subset = true;
                k + 1
            } else if key(toks, k) == "من" && key(toks, k + 1) == "بينهم" && has(self, k + 2)
            {
                in_subset = true;
                k + 2
            } else {
                break;
            };
            let ni2 = self.num_at[nk];
            if self.used[ni2] {
                break;
            }
            let q = self.nums[ni2];
            if self.counted_noun_after(&q).is_some() || self.dual_trigger(&q).is_some() {
                break;
            }
            let v = if q.form == NumberForm::Dual {
                self.dual_victim(&q)
            } else {
                self.victim_after(q.end)
            };
            let Some(v) = v else { break };
            // Its own trigger after it (و3 مدنيين أصيبوا) → rule 4.
            if self
                .trigs
                .get(v.end)
                .copied()
                .flatten()
                .is_some_and(|t| t.roles & (lx::V | lx::L | lx::C | lx::D) != 0)
            {
                break;
            }
            let (c2, qe2) = self.postfix(q.count, v.end);
            self.push_with(kind, c2, &q, trig_span, Some(v), qe2, false);
            if let Some(f) = self.found.last_mut() {
                f.subset = in_subset;
            }
            self.used[ni2] = true;
            k = if qe2 > 0 { qe2 } else { v.end };
        }
        k
    }

    /// Rule 2: count → counted noun.
    fn counted_nouns(&mut self) {
        let toks = self.toks;
        for ni in 0..self.nums.len() {
            if self.used[ni] {
                continue;
            }
            let p = self.nums[ni];
            let Some(tr) = self
                .dual_trigger(&p)
                .or_else(|| self.counted_noun_after(&p))
            else {
                continue;
            };
            // "عشرات القتلى والجرحى": dead and wounded together, neither figure alone. Not
            // when the second trigger has its own count: "شهيدين وإصابة ثلاثة" is two figures.
            let combined = toks.get(tr.end).is_some_and(|t| t.key.starts_with('و'))
                && self.num_at[tr.end] == usize::MAX
                && self.trigs[tr.end].is_some_and(|t| {
                    t.skip > 0
                        && t.kind != tr.kind
                        && t.roles & (lx::C | lx::D) != 0
                        && self.num_at.get(t.end).is_none_or(|&n| n == usize::MAX)
                });
            if combined {
                self.used[ni] = true;
                continue;
            }
            if negated(self.lex, toks, p.start)
                || release_before(self.lex, toks, p.start)
                || disease_at(self.lex, toks, tr.kind, tr.end)
                || prison_at(self.lex, toks, tr.kind, tr.end)
            {
                self.used[ni] = true;
                continue;
            }
            let victim = if key(toks, tr.end) == "من" {
                parse_victim(self.lex, toks, tr.end + 1)
                    .or_else(|| affiliation_victim(self.lex, toks, tr.end + 1))
            } else {
                // 5 قتلى مدنيين
                parse_victim(self.lex, toks, tr.end)
            };
            let after = victim.map_or(tr.end, |v| v.end);
            let (count, qend) = self.postfix(p.count, after);
            let trig_span = tok_span(toks, tr.start, tr.skip, tr.end);
            let end = if qend > 0 { qend } else { tr.end };
            self.push(tr.kind, count, &p, trig_span, victim, end);
            self.used[ni] = true;
            self.among_after(tr.kind, trig_span, end.max(after));
        }
    }

    /// Rule 3: tolls (`ارتفع عدد القتلى إلى 50`).
    fn tolls(&mut self) {
        let toks = self.toks;
        for ti in 1..toks.len() {
            let kind = match self.trigs[ti] {
                Some(t) if t.roles & lx::D != 0 && t.skip == 0 => t.kind,
                _ if self.lex.toll_victims.contains(toks[ti].key) => CasualtyKind::Killed,
                _ => continue,
            };
            // من بين القتلى 4 أطفال: a subset, which must name its victims
            let subset = toks[ti - 1].key == "بين";
            if !(subset || in_set(&self.lex.toll, toks[ti - 1].key))
                || negated(self.lex, toks, ti - 1)
            {
                continue;
            }
            for k in ti + 1..(ti + 9).min(toks.len()) {
                if is_clause_punct(&toks[k]) && toks[k].key != "،" {
                    break;
                }
                let ni = self.num_at[k];
                if ni == usize::MAX {
                    continue;
                }
                let p = self.nums[ni];
                if age_or_year_context(self.lex, toks, &p) {
                    continue;
                }
                if self.used[ni] {
                    break;
                }
                let victim = self.victim_after(p.end);
                if victim.is_none()
                    && (subset
                        || looks_like_year(&p)
                        || !terminal(self.lex, toks, p.end, &self.trigs, &self.num_at))
                {
                    break;
                }
                let trig_span = tok_span(toks, ti - 1, 0, ti + 1);
                let (count, qend) = self.postfix(p.count, victim.map_or(p.end, |v| v.end));
                self.push(kind, count, &p, trig_span, victim, qend);
                let first = self.found.len() - 1;
                self.used[ni] = true;
                let after = if qend > 0 {
                    qend
                } else {
                    victim.map_or(p.end, |v| v.end)
                };
                let end = self.coordinated(kind, trig_span, after, true);
                self.among_after(kind, trig_span, end);
                if subset {
                    for f in &mut self.found[first..] {
                        f.subset = true;
                    }
                }
                break;
            }
        }
    }

    /// Rule 4: count → victims → trigger.
    fn count_first(&mut self) {
        let toks = self.toks;
        for ni in 0..self.nums.len() {
            if self.used[ni] {
                continue;
            }
            let p = self.nums[ni];
            if deployment(self.lex, toks, p.start) || age_or_year_context(self.lex, toks, &p) {
                continue;
            }
            if release_before(self.lex, toks, p.start) {
                continue;
            }
            let victim = if p.form == NumberForm::Dual {
                self.dual_victim(&p)
            } else {
                self.victim_after(p.end)
            };
            let Some(v) = victim else { continue };
            let (count, qend) = self.postfix(p.count, v.end);
            let mut k = if qend > 0 { qend } else { v.end };
            let mut count = count;
            for _ in 0..3 {
                let Some(t) = toks.get(k) else { break };
                if is_quote(t)
                    || (t.kind == TokKind::Word
                        && (self.lex.fillers.contains(t.key) || self.lex.others.contains(t.key))
                        && self.trigs[k].is_none())
                {
                    k += 1;
                    if let Some((c, e)) = postfix_qual_count(toks, k, count) {
                        count = c;
                        k = e;
                    }
                } else {
                    break;
                }
            }
            let Some(tr) = self.trigs.get(k).copied().flatten() else {
                continue;
            };
            if tr.roles & (lx::V | lx::L | lx::C | lx::D) == 0 || self.trig_used[k] {
                continue;
            }
            if negated(self.lex, toks, p.start)
                || negated(self.lex, toks, tr.start)
                || disease_at(self.lex, toks, tr.kind, tr.end)
                || disease_at(self.lex, toks, tr.kind, v.end)
            {
                self.used[ni] = true;
                continue;
            }
            let trig_span = tok_span(toks, tr.start, tr.skip, tr.end);
            self.push(tr.kind, count, &p, trig_span, Some(v), 0);
            self.used[ni] = true;
            // … قتلوا، بينهم 5 أطفال
            self.among_after(tr.kind, trig_span, tr.end);
        }
    }

    /// A singular counted noun on its own is a figure of one: `سقوط قتيل وثلاثة جرحى`.
    fn singular_counted(&mut self) {
        let toks = self.toks;
        let mut counted_end = vec![false; toks.len() + 1];
        for p in &self.nums {
            counted_end[p.end] = true;
        }
        for i in 0..toks.len() {
            let Some(tr) = self.trigs[i] else { continue };
            if tr.roles & lx::C == 0 || counted_end[i] || self.num_at[i] != usize::MAX {
                continue;
            }
            let k = strip_wa(toks[i].key);
            if !self.lex.singular_counted.contains(k) || negated(self.lex, toks, i) {
                continue;
            }
            // "20 بين قتيل وجريح": dead and wounded together, not one of each
            let is_c = |j: usize| {
                self.trigs
                    .get(j)
                    .copied()
                    .flatten()
                    .is_some_and(|t| t.roles & lx::C != 0)
            };
            if key(toks, i.wrapping_sub(1)) == "بين"
                || (tr.skip > 0 && i > 0 && is_c(i - 1))
                || (key(toks, tr.end).starts_with('و') && is_c(tr.end))
            {
                continue;
            }
            // "من" + victims after it: قتيل من المدنيين
            let victim = if key(toks, tr.end) == "من" {
                parse_victim(self.lex, toks, tr.end + 1)
                    .or_else(|| affiliation_victim(self.lex, toks, tr.end + 1))
            } else {
                None
            };
            let p = Parsed {
                count: Count::exact(1),
                start: i,
                skip: tr.skip,
                end: tr.end,
                vstart: i,
                vskip: tr.skip,
                vend: tr.end,
                form: NumberForm::Words,
                integer: true,
            };
            let trig_span = tok_span(toks, tr.start, tr.skip, tr.end);
            self.push(tr.kind, p.count, &p, trig_span, victim, 0);
        }
    }

    /// Rule 5: anaphoric triggers (`ألقى القبض عليهم`).
    fn anaphora(&mut self) {
        let toks = self.toks;
        for i in 0..toks.len() {
            let (kind, ts, te) = if toks[i].key == "القبض"
                && matches!(key(toks, i + 1), "عليهم" | "عليهن")
            {
                let ts = if i > 0 && strip_wa(key(toks, i - 1)).starts_with("الق") {
                    i - 1
                } else {
                    i
                };
                (CasualtyKind::Captured, ts, i + 2)
            } else if let Some((k, skip)) = lookup_clitic(&self.lex.anaphoric, toks[i].key) {
                let _ = skip;
                (*k, i, i + 1)
            } else {
                continue;
            };
            if negated(self.lex, toks, ts) {
                continue;
            }
            let lo = ts.saturating_sub(60);
            let mut k = ts;
            while k > lo {
                k -= 1;
                if toks[k].kind == TokKind::Newline {
                    break;
                }
                let ni = self.num_at[k];
                if ni == usize::MAX || self.used[ni] {
                    continue;
                }
                let p = self.nums[ni];
                if p.end > ts
                    || deployment(self.lex, toks, p.start)
                    || age_or_year_context(self.lex, toks, &p)
                {
                    continue;
                }
                let v = if p.form == NumberForm::Dual {
                    self.dual_victim(&p)
                } else {
                    self.victim_after(p.end)
                };
                let Some(v) = v else { continue };
                if v.cat == VictimCategory::Other && !v.others {
                    continue;
                }
                let skip = if ts == i {
                    lookup_clitic(&self.lex.anaphoric, toks[i].key).map_or(0, |x| x.1)
                } else {
                    0
                };
                let trig_span = tok_span(toks, ts, skip, te);
                self.push(kind, p.count, &p, trig_span, Some(v), 0);
                self.used[ni] = true;
                break;
            }
        }
    }
}

/// All figures in `text` (normalized), in text order, in normalized offsets.
fn find(lex: &Lexicon, text: &str, toks: &[Tok<'_>]) -> Vec<Found> {
    let n = toks.len();
    // What each word can start: one lookup per candidate split instead of one per table.
    let starts: Vec<u8> = toks
        .iter()
        .map(|t| match t.kind {
            TokKind::Word => lex.starts(t.key),
            TokKind::Num => lx::STARTS_NUMBER,
            _ => 0,
        })
        .collect();
    // Numbers, non-overlapping, left to right.
    let mut nums = Vec::new();
    let mut num_at = vec![usize::MAX; n];
    let mut i = 0;
    let mut prev_end = usize::MAX;
    while i < n {
        if starts[i] & lx::STARTS_NUMBER == 0 {
            i += 1;
            continue;
        }
        match parse_at(toks, i, lex.duals()) {
            // A dual right after a number is the counted noun in its plural sense, and a
            // name is never a dual (طالبان, the Taliban, is not "two students").
            Some(p)
                if !(p.form == NumberForm::Dual
                    && (prev_end == i || toks[p.vstart].entity.is_some())) =>
            {
                num_at[i] = nums.len();
                prev_end = p.end;
                i = p.end.max(i + 1);
                nums.push(p);
            }
            _ => i += 1,
        }
    }
    // Triggers, non-overlapping, left to right.
    let mut trigs = vec![None; n];
    let mut i = 0;
    while i < n {
        if starts[i] & lx::STARTS_TRIGGER == 0 {
            i += 1;
            continue;
        }
        match match_trigger(lex, toks, i) {
            Some(t) if num_at[i] == usize::MAX => {
                trigs[i] = Some(t);
                i = t.end.max(i + 1);
            }
            _ => i += 1,
        }
    }
    let used = vec![false; nums.len()];
    let mut cx = Ctx {
        lex,
        toks,
        nums,
        num_at,
        trigs,
        used,
        found: Vec::new(),
        trig_used: vec![false; n],
    };
    cx.trigger_first();
    cx.counted_nouns();
    cx.tolls();
    cx.count_first();
    cx.singular_counted();
    cx.anaphora();
    let mut found = cx.found;
    found.sort_by_key(|f| (f.span.start, f.count_span.start));
    // "آخرون" alone, or a figure with no victim noun, takes the category of the figure just
    // before it in the same sentence (قتل 7 جنود، وأصيب 12 → soldiers).
    let mut main: Option<Found> = None;
    for f in found.iter_mut() {
        if let (true, Some(prev)) = (f.others, main) {
            let between = text.get(prev.span.end..f.span.start).unwrap_or(".");
            let same_sentence = !between.contains(['.', '!', '?', '؟', '\n']);
            if prev.span.end <= f.span.start && same_sentence {
                f.category = prev.category;
            }
        }
        if !f.subset {
            main = Some(*f);
        }
    }
    found
}
