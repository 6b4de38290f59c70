//! Arabic number phrases: digits, number words, duals, qualifiers and vague counts.
//!
//! The parser works on text normalized by the default [`Normalizer`](crate::Normalizer)
//! (ASCII digits, folded alefs), but every lookup key is folded again internally
//! (diacritics and tatweel dropped, `أ إ آ ٱ` → `ا`, `ى` → `ي`, `ة` → `ه`, `ؤ` → `و`, `ئ` → `ي`,
//! Arabic-Indic digits → ASCII), so it gives the same values on raw text or on text normalized
//! with other options.
//!
//! ```
//! use arabic_extract::numbers::{find_numbers, parse_number, NumberForm};
//! use arabic_extract::Qualifier;
//!
//! let n = parse_number("نحو 77").unwrap();
//! assert_eq!((n.count.value, n.count.qualifier), (77, Qualifier::Approx));
//!
//! let n = parse_number("خمسة وعشرون").unwrap();
//! assert_eq!((n.count.value, n.form), (25, NumberForm::Words));
//!
//! let all = find_numbers("قتل 3 جنود وأصيب عشرات آخرون");
//! assert_eq!(all.len(), 2);
//! assert_eq!(all[1].count.qualifier, Qualifier::Vague);
//! ```
//!
//! # What a [`Count`] means for each qualifier
//!
//! | qualifier | examples | `value` | `low` | `high` |
//! |---|---|---|---|---|
//! | exact | `77`, `خمسة`, `جنديان` | n | n | n |
//! | approx | `نحو`, `حوالي`, `قرابة`, `زهاء`, `ما يقارب`, `… تقريبا` | n | n − n/10 | n + n/10 |
//! | at_least | `أكثر من`, `أزيد من`, `يزيد عن`, `ما لا يقل عن`, `على الأقل` | n | n | none |
//! | at_most | `أقل من`, `ما يصل إلى`, `حتى` | n | 1 | n |
//!
//! Bounds are kept at the stated figure (`أكثر من 100` has `low` 100, not 101) so that
//! `low <= value <= high` always holds.
//! | range | `بين 10 و15`, `10 إلى 15`, `خمسة أو ستة` | a | a | b |
//! | vague | see below | conventional | conventional | none (بضعة: 9) |
//!
//! # Vague counts
//!
//! Vague plurals follow the public ACLED fatality-coding convention: when a report gives
//! "tens", "dozens" or "hundreds", ACLED codes 10 for "tens", 12 for "dozens", 100 for
//! "hundreds", and so on up the scale. `عشرات` alone is rendered "dozens" in wire copy (AFP,
//! Reuters, and the corpus notes of this crate), so it takes ACLED's "dozens" value; followed by
//! `الآلاف` it is "tens of thousands":
//!
//! | phrase | value = low | high |
//! |---|---|---|
//! | `عشرات`, `العشرات` ("dozens") | 12 | none |
//! | `مئات`, `المئات` ("hundreds") | 100 | none |
//! | `آلاف`, `الآلاف` ("thousands") | 1 000 | none |
//! | `عشرات الآلاف` ("tens of thousands") | 10 000 | none |
//! | `مئات الآلاف` ("hundreds of thousands") | 100 000 | none |
//! | `ملايين`, `الملايين` ("millions") | 1 000 000 | none |
//! | `بضعة`, `بضع` (this crate's convention: "a few", 3 to 9) | 3 | 9 |
//! | `عدة`, `عدد من`, `العديد من`, `عدد كبير من` (this crate's convention: "several") | 3 | none |
//!
//! ACLED's convention only covers these scale words; the "a few" and "several" rows are this
//! crate's own, chosen as the smallest Arabic plural.
//!
//! Values that do not fit a `u64` and malformed digit groups give no number; nothing here
//! panics, and [`find_numbers`] runs in time linear in the length of the text.

use crate::casualties::Lexicon;
use crate::offsets::CharIndex;
use crate::types::{Count, Qualifier, Span};
use std::sync::LazyLock;

use crate::text::hash::{FastMap, FastSet};

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NumberForm {
    /// Digits: `77`, `8,000`, `1.5`.
    Digits,
    /// Digits followed by a scale word: `11 ألف`, `1.5 مليون`.
    DigitsScale,
    /// Number words: `خمسة وعشرون`, `ثلاثة آلاف`, `أحد`.
    Words,
    /// The dual of a counted noun: `جنديان`, `قتيلين` (value 2).
    Dual,
    /// A vague plural: `عشرات`, `مئات`, `عدد من`, `بضعة`.
    Vague,
}

/// One number phrase found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct NumberPhrase {
    /// The value with its uncertainty.
    pub count: Count,
    /// The whole phrase, qualifiers included (`أكثر من 100`), as byte offsets into the text
    /// that was parsed.
    pub span: Span,
    /// The number itself, without qualifiers (`100`).
    pub value_span: Span,
    /// How the number was written (for ranges: the form of the first number).
    pub form: NumberForm,
    /// False for a decimal without a scale word (`1.5`); `value` is then rounded down.
    pub integer: bool,
}

/// Finds every number phrase in `text`, in text order, never overlapping.
pub fn find_numbers(text: &str) -> Vec<NumberPhrase> {
    let duals = Lexicon::embedded().duals();
    let tokens = tokenize(text);
    let toks = tokens.view(text);
    let index = CharIndex::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    let mut prev_end_tok = usize::MAX;
    while i < toks.len() {
        if let Some(p) = parse_at(&toks, i, duals) {
            // A dual right after a number is the counted noun in its plural sense.
            if !(p.form == NumberForm::Dual && prev_end_tok == i) {
                out.push(p.to_phrase(&toks, &index));
                prev_end_tok = p.end;
            }
            i = p.end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Parses `text` as exactly one number phrase (surrounding whitespace and a leading clitic
/// such as `و`, `ل`, `ب` allowed). Returns `None` when the text is not a single number phrase.
pub fn parse_number(text: &str) -> Option<NumberPhrase> {
    let tokens = tokenize(text);
    let toks = tokens.view(text);
    if toks.is_empty() {
        return None;
    }
    let p = parse_at(&toks, 0, Lexicon::embedded().duals())?;
    if p.end != toks.len() {
        return None;
    }
    Some(p.to_phrase(&toks, &CharIndex::new(text)))
}

// ---------------------------------------------------------------------------------------
// Tokens and keys: the shared text layer
// ---------------------------------------------------------------------------------------

use crate::text::chars::fold_key as fold;
use crate::text::tokens::{tokenize, Tok, TokKind};

/// Looks `key` up in `map`, first as is, then without one or two leading proclitics
/// (`و`/`ف` then `ب`/`ل`/`ك`, see [`crate::text::proclitics::splits`]). Returns the value
/// and the number of bytes stripped.
pub(crate) fn lookup_clitic<'m, T>(
    map: &'m FastMap<String, T>,
    key: &str,
) -> Option<(&'m T, usize)> {
    crate::text::proclitics::splits(key, 2)
        .find_map(|(stripped, stem)| map.get(stem).map(|v| (v, stripped)))
}

// ---------------------------------------------------------------------------------------
// Lexicon
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    /// 1–9; `teen_only` for `اثنا`/`اثني` (only in 12).
    Unit { v: u64, teen_only: bool, one: bool },
    /// `عشر`/`عشرة`: 10 alone, or the teen marker after a unit.
    Ten,
    /// 20, 30, … 90.
    Tens(u64),
    /// 100, 200, … 900.
    Hundreds(u64),
    /// `مائة`/`مئة` alone (100), also a multiplier after a unit (`ثلاث مئة`).
    Hundred,
    /// A scale: 1000, 10^6, 10^9. `times` is 2 for duals (`ألفان`), 0 for plurals (`آلاف`).
    Scale { scale: u64, times: u64 },
}

static WORDS: LazyLock<FastMap<String, Word>> = LazyLock::new(|| {
    let mut m = FastMap::default();
    let mut put = |s: &str, w: Word| {
        m.insert(fold(s), w);
    };
    let unit = |v: u64| Word::Unit {
        v,
        teen_only: false,
        one: false,
    };
    for s in ["واحد", "واحدة", "واحدا", "أحد", "إحدى"] {
        put(
            s,
            Word::Unit {
                v: 1,
                teen_only: false,
                one: true,
            },
        );
    }
    for s in [
        "اثنان",
        "اثنين",
        "اثنتان",
        "اثنتين",
        "إثنان",
        "إثنين",
        "ثنتان",
        "ثنتين",
    ] {
        put(s, unit(2));
    }
    for s in ["اثنا", "اثني", "اثنتا", "اثنتي"] {
        put(
            s,
            Word::Unit {
                v: 2,
                teen_only: true,
                one: false,
            },
        );
    }
    let units: [(&[&str], u64); 7] = [
        (&["ثلاث", "ثلاثة"], 3),
        (&["أربع", "أربعة"], 4),
        (&["خمس", "خمسة"], 5),
        (&["ست", "ستة"], 6),
        (&["سبع", "سبعة"], 7),
        (&["ثمان", "ثماني", "ثمانية", "ثمانى"], 8),
        (&["تسع", "تسعة"], 9),
    ];
    for (forms, v) in units {
        for s in forms {
            put(s, unit(v));
        }
    }
    for s in ["عشر", "عشرة"] {
        put(s, Word::Ten);
    }
    let tens = [
        ("عشر", 20),
        ("ثلاث", 30),
        ("أربع", 40),
        ("خمس", 50),
        ("ست", 60),
        ("سبع", 70),
        ("ثمان", 80),
        ("تسع", 90),
    ];
    for (stem, v) in tens {
        put(&format!("{stem}ون"), Word::Tens(v));
        put(&format!("{stem}ين"), Word::Tens(v));
    }
    for s in ["مائة", "مئة"] {
        put(s, Word::Hundred);
    }
    for s in [
        "مائتان",
        "مائتين",
        "مئتان",
        "مئتين",
        "مائتا",
        "مئتا",
        "مائتي",
        "مئتي",
    ] {
        put(s, Word::Hundreds(200));
    }
    let hstems = [
        ("ثلاث", 300),
        ("أربع", 400),
        ("خمس", 500),
        ("ست", 600),
        ("سبع", 700),
        ("ثمان", 800),
        ("ثماني", 800),
        ("تسع", 900),
    ];
    for (stem, v) in hstems {
        put(&format!("{stem}مائة"), Word::Hundreds(v));
        put(&format!("{stem}مئة"), Word::Hundreds(v));
    }
    for s in ["ألف", "ألفا"] {
        put(
            s,
            Word::Scale {
                scale: 1_000,
                times: 1,
            },
        );
    }
    for s in ["ألفان", "ألفين", "ألفي"] {
        put(
            s,
            Word::Scale {
                scale: 1_000,
                times: 2,
            },
        );
    }
    put(
        "آلاف",
        Word::Scale {
            scale: 1_000,
            times: 0,
        },
    );
    for s in ["مليون", "مليونا"] {
        put(
            s,
            Word::Scale {
                scale: 1_000_000,
                times: 1,
            },
        );
    }
    for s in ["مليونان", "مليونين", "مليوني"] {
        put(
            s,
            Word::Scale {
                scale: 1_000_000,
                times: 2,
            },
        );
    }
    put(
        "ملايين",
        Word::Scale {
            scale: 1_000_000,
            times: 0,
        },
    );
    for s in ["مليار", "مليارا", "بليون"] {
        put(
            s,
            Word::Scale {
                scale: 1_000_000_000,
                times: 1,
            },
        );
    }
    for s in ["ملياران", "مليارين", "ملياري"] {
        put(
            s,
            Word::Scale {
                scale: 1_000_000_000,
                times: 2,
            },
        );
    }
    put(
        "مليارات",
        Word::Scale {
            scale: 1_000_000_000,
            times: 0,
        },
    );
    m
});

/// Fractions of a scale word: `نصف مليون` (÷ 2), `ربع مليون` (÷ 4).
static FRACTIONS: LazyLock<FastMap<String, u64>> = LazyLock::new(|| {
    let mut m = FastMap::default();
    m.insert(fold("نصف"), 2);
    m.insert(fold("ربع"), 4);
    m
});

/// A qualifier phrase before or after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qual {
    Approx,
    AtLeast {
        strict: bool,
    },
    AtMost {
        strict: bool,
    },
    /// `بين` … `و` …
    Between,
    /// `من` … `إلى` …: only when a range follows.
    From,
}

/// Prefix qualifiers, as token sequences (folded at build time).
static PREFIX_QUALS: LazyLock<Vec<(Vec<String>, Qual)>> = LazyLock::new(|| {
    let strict_more = Qual::AtLeast { strict: true };
    let more = Qual::AtLeast { strict: false };
    let list: &[(&str, Qual)] = &[
        ("نحو", Qual::Approx),
        ("حوالي", Qual::Approx),
        ("حوالى", Qual::Approx),
        ("قرابة", Qual::Approx),
        ("زهاء", Qual::Approx),
        ("ما يقارب", Qual::Approx),
        ("ما يقرب من", Qual::Approx),
        ("ما يناهز", Qual::Approx),
        ("يناهز", Qual::Approx),
        ("يقارب", Qual::Approx),
        ("أكثر من", strict_more),
        ("ما يزيد عن", strict_more),
        ("ما يزيد على", strict_more),
        ("ما يربو على", strict_more),
        ("يزيد عن", strict_more),
        ("يزيد على", strict_more),
        ("أزيد من", strict_more),
        ("ما لا يقل عن", more),
        ("لا يقل عن", more),
        ("على الأقل", more),
        ("تجاوز", more),
        ("تجاوزت", more),
        ("يتجاوز", more),
        ("تتجاوز", more),
        ("تخطى", more),
        ("تخطت", more),
        ("يفوق", more),
        ("أقل من", Qual::AtMost { strict: true }),
        ("ما يصل إلى", Qual::AtMost { strict: false }),
        ("ما يصل الى", Qual::AtMost { strict: false }),
        ("يصل إلى", Qual::AtMost { strict: false }),
        ("حتى", Qual::AtMost { strict: false }),
        ("بين", Qual::Between),
        ("ما بين", Qual::Between),
        ("من", Qual::From),
    ];
    let mut v: Vec<(Vec<String>, Qual)> = list
        .iter()
        .map(|(s, q)| (s.split_whitespace().map(fold).collect(), *q))
        .collect();
    // Longest first.
    v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    v
});

/// A vague count word: value (= low) and optional high.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Vague {
    value: u64,
    high: Option<u64>,
    /// `عشرات`/`مئات`: may be followed by `الآلاف` (× 1000).
    scalable: bool,
}

/// Vague phrases, as token sequences (folded), longest first.
static VAGUE: LazyLock<Vec<(Vec<String>, Vague)>> = LazyLock::new(|| {
    let v = |value, scalable| Vague {
        value,
        high: None,
        scalable,
    };
    let list: &[(&str, Vague)] = &[
        ("عشرات", v(12, true)),
        ("العشرات", v(12, true)),
        ("مئات", v(100, true)),
        ("المئات", v(100, true)),
        ("مئآت", v(100, true)),
        ("آلاف", v(1_000, false)),
        ("الآلاف", v(1_000, false)),
        ("ألوف", v(1_000, false)),
        ("الألوف", v(1_000, false)),
        ("ملايين", v(1_000_000, false)),
        ("الملايين", v(1_000_000, false)),
        (
            "بضعة",
            Vague {
                value: 3,
                high: Some(9),
                scalable: false,
            },
        ),
        (
            "بضع",
            Vague {
                value: 3,
                high: Some(9),
                scalable: false,
            },
        ),
        ("عدة", v(3, false)),
        ("عدد من", v(3, false)),
        ("عددا من", v(3, false)),
        ("عدد كبير من", v(3, false)),
        ("عددا كبيرا من", v(3, false)),
        ("العديد من", v(3, false)),
    ];
    let mut out: Vec<(Vec<String>, Vague)> = list
        .iter()
        .map(|(s, q)| (s.split_whitespace().map(fold).collect(), *q))
        .collect();
    out.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    out
});

/// Dual spellings of counted nouns (folded) → the folded singular: `جنديان` is the number 2.
/// The nouns are declared in the casualty lexicon (the `dual` column of its victim and
/// trigger lines, [`Lexicon`]); the parser takes the table as an argument.
pub(crate) type Duals = FastMap<String, String>;

// ---------------------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------------------

/// First words of every number phrase (qualifiers, vague words, number words), duals apart.
static STARTERS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    let mut set: FastSet<String> = WORDS.keys().cloned().collect();
    set.extend(PREFIX_QUALS.iter().map(|(w, _)| w[0].clone()));
    set.extend(VAGUE.iter().map(|(w, _)| w[0].clone()));
    set.extend(FRACTIONS.keys().cloned());
    set
});

/// The first words of every number phrase but duals (which come from the lexicon).
pub(crate) fn starter_words() -> impl Iterator<Item = &'static str> {
    STARTERS.iter().map(String::as_str)
}

/// Whether a number phrase may start with the word `key` (itself, or after one or two
/// proclitics).
fn may_start(key: &str, duals: &Duals) -> bool {
    crate::text::proclitics::splits(key, 1)
        .any(|(_, stem)| STARTERS.contains(stem) || duals.contains_key(stem))
}

/// A number phrase over tokens `start..end` (the value itself at `vstart..vend`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Parsed {
    pub count: Count,
    pub start: usize,
    /// Bytes of proclitic to skip at the start of the first token.
    pub skip: usize,
    pub end: usize,
    pub vstart: usize,
    pub vskip: usize,
    pub vend: usize,
    pub form: NumberForm,
    pub integer: bool,
}

impl Parsed {
    /// Byte span of the whole phrase in the tokenized text.
    pub fn span(&self, toks: &[Tok]) -> Span {
        Span::bytes(toks[self.start].start + self.skip, toks[self.end - 1].end)
    }
    /// Byte span of the value without qualifiers.
    pub fn value_span(&self, toks: &[Tok]) -> Span {
        Span::bytes(
            toks[self.vstart].start + self.vskip,
            toks[self.vend - 1].end,
        )
    }
    fn to_phrase(self, toks: &[Tok], index: &CharIndex<'_>) -> NumberPhrase {
        NumberPhrase {
            count: self.count,
            span: index.span_unchecked(self.span(toks).range()),
            value_span: index.span_unchecked(self.value_span(toks).range()),
            form: self.form,
            integer: self.integer,
        }
    }
}

/// A bare value: tokens `start..end`, value, form.
#[derive(Debug, Clone, Copy)]
struct Core {
    value: u64,
    high: Option<u64>,
    skip: usize,
    end: usize,
    form: NumberForm,
    integer: bool,
}

fn key_at<'a>(toks: &[Tok<'a>], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.key)
}

/// The phrases of `table` that match at token `i` (the first token may carry proclitics), as
/// `(index in table, proclitic bytes skipped, token after the phrase)`, in table order.
/// `index` maps each phrase's first word to its entries, so a token costs a lookup per
/// candidate split instead of a comparison per phrase.
fn matching_phrases<T>(
    toks: &[Tok],
    i: usize,
    table: &[(Vec<String>, T)],
    index: &FastMap<String, Vec<usize>>,
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let Some(first) = toks.get(i).filter(|t| t.kind == TokKind::Word) else {
        return out;
    };
    for (skip, stem) in crate::text::proclitics::splits(first.key, 1) {
        for &e in index.get(stem).map_or(&[][..], Vec::as_slice) {
            let seq = &table[e].0;
            let rest_matches = seq.iter().enumerate().skip(1).all(|(k, w)| {
                toks.get(i + k)
                    .is_some_and(|t| t.kind == TokKind::Word && t.key == *w)
            });
            if rest_matches {
                out.push((e, skip, i + seq.len()));
            }
        }
    }
    out.sort_unstable();
    out
}

/// First word → entries of a phrase table.
fn first_word_index<T>(table: &[(Vec<String>, T)]) -> FastMap<String, Vec<usize>> {
    let mut m: FastMap<String, Vec<usize>> = FastMap::default();
    for (e, (seq, _)) in table.iter().enumerate() {
        m.entry(seq[0].clone()).or_default().push(e);
    }
    m
}

static PREFIX_INDEX: LazyLock<FastMap<String, Vec<usize>>> =
    LazyLock::new(|| first_word_index(&PREFIX_QUALS));
static VAGUE_INDEX: LazyLock<FastMap<String, Vec<usize>>> =
    LazyLock::new(|| first_word_index(&VAGUE));

/// Parses a number phrase starting at token `i`; `duals` are the counted nouns whose dual is
/// the number 2.
pub(crate) fn parse_at(toks: &[Tok], i: usize, duals: &Duals) -> Option<Parsed> {
    let t = toks.get(i)?;
    if t.kind != TokKind::Num && !(t.kind == TokKind::Word && may_start(t.key, duals)) {
        return None;
    }
    // Prefix qualifier.
    for (e, skip, j) in matching_phrases(toks, i, &PREFIX_QUALS, &PREFIX_INDEX) {
        let q = &PREFIX_QUALS[e].1;
        let Some(core) = parse_core(toks, j, duals) else {
            continue;
        };
        match q {
            Qual::Between => {
                // بين A و B
                let (b, end) = parse_second(toks, core.end, &["و"], true, duals)?;
                if b.value <= core.value {
                    return None;
                }
                return Some(range_parsed(i, skip, j, core, b, end));
            }
            Qual::From => {
                let (b, end) = parse_second(toks, core.end, &["الي", "حتي"], false, duals)?;
                if b.value <= core.value {
                    return None;
                }
                return Some(range_parsed(i, skip, j, core, b, end));
            }
            _ => {}
        }
        let count = qualify(core, *q);
        return Some(Parsed {
            count,
            start: i,
            skip,
            end: core.end,
            vstart: j,
            vskip: core.skip,
            vend: core.end,
            form: core.form,
            integer: core.integer,
        });
    }
    let core = parse_core(toks, i, duals)?;
    // A range written A إلى B, A - B, A أو B.
    if core.form != NumberForm::Vague && core.form != NumberForm::Dual {
        if let Some((b, end)) = parse_second(toks, core.end, &["الي", "او", "-", "–"], false, duals)
        {
            if b.value > core.value && b.form != NumberForm::Vague && b.form != NumberForm::Dual {
                return Some(range_parsed(i, core.skip, i, core, b, end));
            }
        }
    }
    let mut p = Parsed {
        count: core_count(core),
        start: i,
        skip: core.skip,
        end: core.end,
        vstart: i,
        vskip: core.skip,
        vend: core.end,
        form: core.form,
        integer: core.integer,
    };
    // Postfix qualifiers directly after the number.
    if let Some(q) = postfix_qual(toks, core.end) {
        p.count = qualify(core, q.0);
        p.end = q.1;
    }
    Some(p)
}

/// `على الأقل` or `تقريبا` at token `i`: the qualifier and the token after it.
pub(crate) fn postfix_qual_count(toks: &[Tok], i: usize, count: Count) -> Option<(Count, usize)> {
    if count.qualifier != Qualifier::Exact {
        return None;
    }
    let (q, end) = postfix_qual(toks, i)?;
    let core = Core {
        value: count.value,
        high: None,
        skip: 0,
        end,
        form: NumberForm::Digits,
        integer: true,
    };
    Some((qualify(core, q), end))
}

fn postfix_qual(toks: &[Tok], i: usize) -> Option<(Qual, usize)> {
    if key_at(toks, i) == "تقريبا" {
        return Some((Qual::Approx, i + 1));
    }
    if key_at(toks, i) == "علي" && key_at(toks, i + 1) == "الاقل" {
        return Some((Qual::AtLeast { strict: false }, i + 2));
    }
    None
}

/// The second number of a range: a connector (`و`, `إلى`, `أو`, `-`), then a number.
fn parse_second(
    toks: &[Tok],
    i: usize,
    connectors: &[&str],
    glued_waw: bool,
    duals: &Duals,
) -> Option<(Core, usize)> {
    let t = toks.get(i)?;
    // و15 / والخامسة: the connector glued to the number.
    if glued_waw {
        if t.key == "و" {
            let c = parse_core(toks, i + 1, duals)?;
            return Some((c, c.end));
        }
        if t.kind == TokKind::Word && t.key.starts_with('و') {
            let c = parse_core(toks, i, duals)?;
            if c.skip > 0 {
                return Some((c, c.end));
            }
        }
        return None;
    }
    if connectors.contains(&t.key) {
        let c = parse_core(toks, i + 1, duals)?;
        if c.skip > 0 {
            return None;
        }
        return Some((c, c.end));
    }
    None
}

fn range_parsed(start: usize, skip: usize, vstart: usize, a: Core, b: Core, end: usize) -> Parsed {
    Parsed {
        count: Count {
            value: a.value,
            low: a.value,
            high: Some(b.high.unwrap_or(b.value)),
            qualifier: Qualifier::Range,
        },
        start,
        skip,
        end,
        vstart,
        vskip: a.skip,
        vend: end,
        form: a.form,
        integer: a.integer && b.integer,
    }
}

fn core_count(c: Core) -> Count {
    if c.form == NumberForm::Vague {
        Count {
            value: c.value,
            low: c.value,
            high: c.high,
            qualifier: Qualifier::Vague,
        }
    } else {
        Count::exact(c.value)
    }
}

fn qualify(c: Core, q: Qual) -> Count {
    if c.form == NumberForm::Vague {
        // "أكثر من عشرات" and the like stay vague.
        return core_count(c);
    }
    let n = c.value;
    match q {
        Qual::Approx => Count {
            value: n,
            low: n - n / 10,
            high: Some(n.saturating_add(n / 10)),
            qualifier: Qualifier::Approx,
        },
        Qual::AtLeast { .. } => Count {
            value: n,
            low: n,
            high: None,
            qualifier: Qualifier::AtLeast,
        },
        Qual::AtMost { .. } => Count {
            value: n,
            low: 1.min(n),
            high: Some(n),
            qualifier: Qualifier::AtMost,
        },
        Qual::Between | Qual::From => Count::exact(n),
    }
}

/// A bare number (no qualifier) at token `i`.
fn parse_core(toks: &[Tok], i: usize, duals: &Duals) -> Option<Core> {
    let t = toks.get(i)?;
    match t.kind {
        TokKind::Num => parse_digits(toks, i),
        TokKind::Word => {
            // Vague words (and "عشرات الآلاف").
            if let Some(&(e, skip, end)) = matching_phrases(toks, i, &VAGUE, &VAGUE_INDEX).first() {
                let v = &VAGUE[e].1;
                let (mut value, mut end) = (v.value, end);
                // عشرات الآلاف is "tens of thousands" (10 000), مئات الآلاف 100 000
                if v.scalable && matches!(key_at(toks, end), "الاف" | "الالاف") {
                    value = if value < 100 { 10_000 } else { 100_000 };
                    end += 1;
                }
                return Some(Core {
                    value,
                    high: v.high,
                    skip,
                    end,
                    form: NumberForm::Vague,
                    integer: true,
                });
            }
            if let Some(c) = parse_words(toks, i) {
                return Some(c);
            }
            // نصف مليون, ربع مليون
            if let Some((frac, skip)) = lookup_clitic(&FRACTIONS, t.key) {
                if let Some(Word::Scale { scale, times: 1 }) =
                    toks.get(i + 1).and_then(|n| WORDS.get(n.key))
                {
                    return Some(Core {
                        value: scale.checked_div(*frac)?,
                        high: None,
                        skip,
                        end: i + 2,
                        form: NumberForm::Words,
                        integer: true,
                    });
                }
            }
            // Duals (وجنديان: with a conjunction).
            let (k, skip) = match t.key.strip_prefix('و') {
                Some(rest) if !duals.contains_key(t.key) => (rest, 'و'.len_utf8()),
                _ => (t.key, 0),
            };
            if duals.contains_key(k) {
                return Some(Core {
                    value: 2,
                    high: None,
                    skip,
                    end: i + 1,
                    form: NumberForm::Dual,
                    integer: true,
                });
            }
            None
        }
        _ => None,
    }
}

/// Parses a digit token: `8000`, `8,000`, `1.5`; then an optional scale word.
fn parse_digits(toks: &[Tok], i: usize) -> Option<Core> {
    let key = toks[i].key;
    let (int_part, frac) = match key.split_once('.') {
        Some((a, b)) => {
            if b.contains('.') || b.contains(',') {
                return None;
            }
            (a, b)
        }
        None => (key, ""),
    };
    // Thousands separators: groups of exactly three digits after the first.
    let mut digits = String::with_capacity(int_part.len());
    for (k, g) in int_part.split(',').enumerate() {
        if g.is_empty()
            || (k > 0 && g.len() != 3)
            || (k == 0 && g.len() > 3 && int_part.contains(','))
        {
            return None;
        }
        digits.push_str(g);
    }
    if digits.len() > 20 || frac.len() > 18 {
        return None;
    }
    let whole: u128 = digits.parse().ok()?;
    let frac_val: u128 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    let frac_den: u128 = 10u128.checked_pow(frac.len() as u32)?;
    // Scale word right after.
    let mut end = i + 1;
    let mut scale: u128 = 1;
    if let Some(t) = toks.get(i + 1) {
        if t.kind == TokKind::Word {
            if let Some(Word::Scale { scale: s, times }) = WORDS.get(t.key) {
                if *times != 2 {
                    scale = *s as u128;
                    end = i + 2;
                }
            }
        }
    }
    let num = whole
        .checked_mul(frac_den)?
        .checked_add(frac_val)?
        .checked_mul(scale)?;
    let value = num / frac_den;
    let integer = num % frac_den == 0;
    let value = u64::try_from(value).ok()?;
    let mut core = Core {
        value,
        high: None,
        skip: 0,
        end,
        form: if scale > 1 {
            NumberForm::DigitsScale
        } else {
            NumberForm::Digits
        },
        integer,
    };
    // "2 مليون و500 ألف"
    if scale > 1 && integer {
        if let Some((rest, e)) = more_groups(toks, end, scale as u64) {
            core.value = core.value.checked_add(rest)?;
            core.end = e;
        }
    }
    Some(core)
}

/// After a scale group, further `و`-joined groups of smaller scale (`مليون و500 ألف`).
fn more_groups(toks: &[Tok], i: usize, last_scale: u64) -> Option<(u64, usize)> {
    let t = toks.get(i)?;
    let (j, glued_digits) =
        if t.key == "و" && toks.get(i + 1).is_some_and(|n| n.kind == TokKind::Num) {
            (i + 1, true)
        } else {
            (i, false)
        };
    if glued_digits {
        let n: u64 = toks[j].key.parse().ok()?;
        let (mult, end) = match toks.get(j + 1).and_then(|t| WORDS.get(t.key)) {
            Some(Word::Scale { scale, times }) if *times != 2 && *scale < last_scale => {
                (*scale, j + 2)
            }
            // "10 آلاف و15 ألف": a second number of the same scale, not a lower group
            Some(Word::Scale { .. }) => return None,
            _ => (1, j + 1),
        };
        if n.checked_mul(mult)? >= last_scale {
            return None;
        }
        return Some((n * mult, end));
    }
    if t.kind == TokKind::Word && t.key.starts_with('و') {
        let w = parse_words(toks, i)?;
        if w.skip == 0 || w.value >= last_scale {
            return None;
        }
        return Some((w.value, w.end));
    }
    None
}

const SLOT_UNIT: u8 = 1;
const SLOT_TEN: u8 = 2;
const SLOT_HUNDRED: u8 = 4;

/// Number words: `خمسة وعشرون`, `ثلاثمائة`, `ثلاثة آلاف وخمسمائة`, `أحد عشر`, `ألفان`.
fn parse_words(toks: &[Tok], i: usize) -> Option<Core> {
    let mut total: u64 = 0;
    let mut cur: u64 = 0;
    let mut slots: u8 = 0;
    let mut last_scale: u64 = u64::MAX;
    let mut k = i;
    let mut first_skip = 0;
    let mut items = 0;
    let mut end = i;
    while let Some(t) = toks.get(k) {
        if t.kind != TokKind::Word {
            break;
        }
        // The first item may carry any proclitic; later ones need a و (or none, after a
        // small group before a scale word).
        let (w, skip) = match lookup_clitic(&WORDS, t.key) {
            Some((w, s)) => (*w, s),
            None => break,
        };
        if items > 0 {
            let waw = skip > 0 && t.key.starts_with('و');
            let is_scale = matches!(w, Word::Scale { .. });
            let is_multiplier = matches!(w, Word::Hundred) && skip == 0 && slots == SLOT_UNIT;
            if !(waw || (skip == 0 && (is_scale || is_multiplier))) {
                break;
            }
            if skip > 0 && !waw {
                break;
            }
            if skip == 0 && is_scale && cur == 0 {
                break;
            }
        } else {
            first_skip = skip;
        }
        let mut next = k + 1;
        match w {
            Word::Unit { v, teen_only, one } => {
                // Teen: unit + عشر/عشرة
                let teen = matches!(toks.get(k + 1), Some(n) if n.kind == TokKind::Word && matches!(WORDS.get(n.key), Some(Word::Ten)));
                if teen {
                    if slots & (SLOT_UNIT | SLOT_TEN) != 0 {
                        break;
                    }
                    cur += 10 + v;
                    slots |= SLOT_UNIT | SLOT_TEN;
                    next = k + 2;
                } else {
                    if teen_only || slots & SLOT_UNIT != 0 {
                        break;
                    }
                    // "أحد" joined by و is "Sunday"/"anyone", not a unit of a compound.
                    if one && items > 0 {
                        break;
                    }
                    // ثلاث مئة
                    if !one
                        && cur == 0
                        && matches!(toks.get(k + 1), Some(n) if n.kind == TokKind::Word && matches!(WORDS.get(n.key), Some(Word::Hundred)))
                        && slots == 0
                    {
                        cur = v * 100;
                        slots |= SLOT_HUNDRED;
                        next = k + 2;
                    } else {
                        cur += v;
                        slots |= SLOT_UNIT;
                    }
                }
            }
            Word::Ten => {
                if slots & (SLOT_UNIT | SLOT_TEN) != 0 {
                    break;
                }
                cur += 10;
                slots |= SLOT_UNIT | SLOT_TEN;
            }
            Word::Tens(v) => {
                if slots & SLOT_TEN != 0 {
                    break;
                }
                cur += v;
                slots |= SLOT_TEN;
            }
            Word::Hundreds(v) => {
                if slots != 0 {
                    break;
                }
                cur += v;
                slots |= SLOT_HUNDRED;
            }
            Word::Hundred => {
                if slots == SLOT_UNIT && skip == 0 && items > 0 && cur < 10 {
                    cur *= 100;
                    slots = SLOT_HUNDRED;
                } else if slots != 0 {
                    break;
                } else {
                    cur += 100;
                    slots |= SLOT_HUNDRED;
                }
            }
            Word::Scale { scale, times } => {
                if scale >= last_scale {
                    break;
                }
                let mult = match times {
                    0 => {
                        // آلاف / ملايين need a preceding count (3–10 normally).
                        if cur == 0 {
                            break;
                        }
                        cur
                    }
                    2 => {
                        if cur != 0 {
                            break;
                        }
                        2
                    }
                    _ => {
                        if cur == 0 {
                            1
                        } else {
                            cur
                        }
                    }
                };
                total = total.checked_add(mult.checked_mul(scale)?)?;
                cur = 0;
                slots = 0;
                last_scale = scale;
            }
        }
        items += 1;
        k = next;
        end = next;
    }
    if items == 0 {
        return None;
    }
    let value = total.checked_add(cur)?;
    if value == 0 {
        return None;
    }
    Some(Core {
        value,
        high: None,
        skip: first_skip,
        end,
        form: NumberForm::Words,
        integer: true,
    })
}
