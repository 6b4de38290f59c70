//! Properties of `Extractor::extract` and the number parser on generated Arabic-heavy text:
//! real gazetteer names with proclitics, number words and digits of three scripts, casualty
//! triggers and victims, random letter runs, diacritics, tatweel, presentation forms, Latin,
//! emoji, RTL/LTR and zero-width controls, odd whitespace and lone combining marks.
//!
//! * `extract` never panics; every span is in bounds, on char boundaries, and its `text` is
//!   the original slice; entities are in text order and never overlap (`support`);
//! * results are deterministic: the same input twice, and a second, separately compiled
//!   extractor, give identical results;
//! * normalization invariance: inserting non-tanween harakat (fatha, damma, kasra, shadda,
//!   sukun) and tatweel between two letters of a word changes no entity id or kind and no
//!   casualty kind, count or victim category (spans do change: they cover the marks);
//! * other normalizer options (every combination, with a small gazetteer): the same span
//!   invariants, and determinism;
//! * the number parser: the same span invariants, the same values with marks inserted, and
//!   every phrase `find_numbers` reports is a phrase `parse_number` accepts on its own.
//!
//! Bounded to stay fast in CI: 256 cases per property by default. More locally with e.g.
//! `PROPTEST_CASES=5000 cargo test --release --test proptest_extract`.

mod support;

use arabic_extract::numbers::{find_numbers, parse_number};
use arabic_extract::{
    CasualtyKind, Count, EntityKind, Extraction, Extractor, Gazetteer, Normalizer, VictimCategory,
};
use proptest::prelude::*;
use proptest::sample::Index;
use std::sync::OnceLock;

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(256),
        // Failures are turned into tests by hand (tests/regressions/), so no persistence
        // files are written next to the sources.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(Extractor::default)
}

/// The embedded gazetteer compiled a second time, into its own matcher (an empty extra
/// gazetteer makes the builder compile instead of sharing the default automaton).
fn second_extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| {
        Extractor::builder()
            .gazetteer(Gazetteer::new())
            .build()
            .expect("default gazetteer compiles")
    })
}

/// Names from the embedded gazetteer (canonical names and aliases), so generated text has
/// real hits, multi-word names and names that start with the article.
fn gazetteer_names() -> Vec<String> {
    let g = Gazetteer::embedded().expect("embedded gazetteer");
    let mut names: Vec<String> = g
        .entries()
        .iter()
        .flat_map(|e| e.names().map(str::to_string).collect::<Vec<_>>())
        .filter(|n| n.chars().count() <= 40)
        .collect();
    names.sort();
    names.dedup();
    // Keep the strategy small: every 7th name plus some that the rules single out.
    let mut picked: Vec<String> = names.into_iter().step_by(7).collect();
    for n in [
        "مالي",
        "باماكو",
        "النيجر",
        "الأمم المتحدة",
        "بوركينا فاسو",
        "كيدال",
        "فاغنر",
        "داعش",
        "روسيا",
    ] {
        picked.push(n.to_string());
    }
    picked
}

const PROCLITICS: &[&str] = &[
    "", "", "", "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "لل", "ولل", "ال", "وال", "بال",
];

const NUMBERS: &[&str] = &[
    "77",
    "٧٧",
    "۷۷",
    "8,000",
    "٨٬٠٠٠",
    "1.5",
    "١٫٥",
    "0",
    "18446744073709551615",
    "99999999999999999999",
    "واحد",
    "أحد",
    "اثنان",
    "اثنا عشر",
    "ثلاثة",
    "خمسة وعشرون",
    "عشرون",
    "مئة",
    "مائة",
    "ثلاثمائة",
    "ألف",
    "ألفان",
    "آلاف",
    "مليون",
    "مليار",
    "عشرات",
    "مئات",
    "عشرات الآلاف",
    "بضعة",
    "عدة",
    "عدد من",
    "نحو",
    "حوالي",
    "أكثر من",
    "أقل من",
    "ما لا يقل عن",
    "على الأقل",
    "ما يصل إلى",
    "بين 10 و15",
    "خمسة أو ستة",
    "جنديان",
    "قتيلين",
    "تقريبا",
];

const CASUALTY_WORDS: &[&str] = &[
    "قتل",
    "قُتل",
    "مقتل",
    "لقي حتفه",
    "لقوا حتفهم",
    "مصرع",
    "أصيب",
    "جرح",
    "إصابة",
    "اختطف",
    "خطف",
    "أسر",
    "اعتقل",
    "فقد",
    "مفقودين",
    "شخصا",
    "شخصاً",
    "جنديا",
    "جنديًا",
    "جنود",
    "الجنود الماليين",
    "مدنيين",
    "مدنيا",
    "مسلحين",
    "أطفال",
    "نساء",
    "آخرون",
    "في",
    "على",
    "الهجوم",
    "قرب",
];

const TRIGGERS: &[&str] = &[
    "قتل",
    "قُتل",
    "مقتل",
    "لقي",
    "مصرع",
    "أصيب",
    "جرح",
    "إصابة",
    "اختطف",
    "أسر",
    "اعتقل",
    "فقد",
    "قتلى",
    "وقتل",
    "وأصيب",
    "قتلوا",
];

const VICTIMS: &[&str] = &[
    "شخصا",
    "شخصاً",
    "أشخاص",
    "جنديا",
    "جنديًا",
    "جنود",
    "مدنيين",
    "مدنيا",
    "مسلحين",
    "أطفال",
    "نساء",
    "عمال إغاثة",
    "من الجنود الماليين",
    "آخرون",
    "",
];

const LETTERS: &[&str] = &[
    "ا", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ",
    "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي", "ء", "أ", "إ", "آ", "ٱ", "ى", "ة", "ؤ", "ئ", "ک",
    "ی", "پ", "چ", "ڤ",
];

const MARKS: &[&str] = &[
    "\u{64B}",
    "\u{64C}",
    "\u{64D}",
    "\u{64E}",
    "\u{64F}",
    "\u{650}",
    "\u{651}",
    "\u{652}",
    "\u{670}",
    "\u{653}",
    "\u{654}",
    "\u{655}",
    "\u{6D6}",
    "\u{610}",
    "\u{8F0}",
    "\u{640}",
    "\u{640}\u{640}\u{640}",
    "\u{301}",
    "\u{20DD}",
];

const PRESENTATION: &[&str] = &[
    "ﻻ",
    "ﷲ",
    "ﺑ",
    "ﺑﺎﻣﺎﻛﻮ",
    "ﹰ",
    "ﻷ",
    "ﺃ",
    "ﷺ",
    "ٵ",
    "ﻣﺎﻟﻲ",
    "ﺍﻟﻨﻴﺠﺮ",
];

const OTHER: &[&str] = &[
    "A",
    "Mali",
    "CSP-PSD",
    "UN",
    "ECOWAS",
    "https://x.com/a_b/1",
    "e\u{301}",
    "é",
    "😀",
    "🇲🇱",
    "👩‍👩‍👧",
    "한",
    "\u{1100}\u{1161}",
    "Ω",
    "中文",
    "\u{0}",
    "\u{7}",
    "\u{FFFD}",
    "،",
    "؛",
    "؟",
    "«",
    "»",
    "“",
    "”",
    ".",
    ",",
    "-",
    "(",
    ")",
    "%",
    "٪",
    "ـ",
];

const CONTROLS: &[&str] = &[
    "\u{200F}", "\u{200E}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{202B}", "\u{202C}", "\u{202E}",
    "\u{2067}", "\u{2069}", "\u{61C}", "\u{200B}", "\u{AD}", "\u{2060}",
];

const SEPARATORS: &[&str] = &[
    " ", " ", " ", " ", " ", " ", "", "\n", "\r\n", "، ", ". ", "  \t", "\u{A0}", "\u{2003}",
    "\u{2028}", "\n\n", " - ",
];

fn sel(v: &'static [&'static str]) -> BoxedStrategy<String> {
    prop::sample::select(v).prop_map(str::to_string).boxed()
}

/// One piece of generated text: a gazetteer name with proclitics, a casualty phrase
/// (trigger, count, victims in either order), a number, a word, a random letter run, marks,
/// presentation forms, other scripts and symbols, or a control character.
fn piece() -> BoxedStrategy<String> {
    let names = gazetteer_names();
    let named = (
        prop::sample::select(PROCLITICS),
        prop::sample::select(names),
    )
        .prop_map(|(p, n)| format!("{p}{n}"));
    let random_word =
        prop::collection::vec(prop::sample::select(LETTERS), 1..8).prop_map(|v| v.concat());
    let casualty = (
        prop::sample::select(TRIGGERS),
        prop::sample::select(NUMBERS),
        prop::sample::select(VICTIMS),
        any::<bool>(),
    )
        .prop_map(|(t, n, v, count_first)| {
            if count_first {
                format!("{n} {v} {t}")
            } else {
                format!("{t} {n} {v}")
            }
        });
    prop_oneof![
        4 => named,
        3 => casualty,
        3 => sel(NUMBERS),
        3 => sel(CASUALTY_WORDS),
        2 => random_word,
        1 => sel(MARKS),
        1 => sel(PRESENTATION),
        1 => sel(OTHER),
        1 => sel(CONTROLS),
    ]
    .boxed()
}

/// Arabic-heavy text: up to 30 pieces, each followed by a separator (often a space, some-
/// times nothing, so that pieces glue into longer words).
fn arabic_text() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), sel(SEPARATORS)), 0..30)
        .prop_map(|v| v.into_iter().flat_map(|(p, s)| [p, s]).collect::<String>())
}

/// Letters between which a mark may be inserted: the basic Arabic letters U+0621–U+064A,
/// without tatweel.
fn is_basic_letter(c: char) -> bool {
    matches!(c, '\u{621}'..='\u{63A}' | '\u{641}'..='\u{64A}')
}

/// Byte offsets strictly inside a word: after a basic Arabic letter and before another one.
fn insertion_points(text: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    chars
        .windows(2)
        .filter(|w| is_basic_letter(w[0].1) && is_basic_letter(w[1].1))
        .map(|w| w[1].0)
        .collect()
}

/// Non-tanween harakat, shadda, sukun and tatweel.
const INSERTED: &[&str] = &[
    "\u{64E}",
    "\u{64F}",
    "\u{650}",
    "\u{651}",
    "\u{652}",
    "\u{640}",
    "\u{640}\u{640}",
    "\u{651}\u{64E}",
];

fn insert_marks(text: &str, picks: &[(Index, &str)]) -> String {
    let points = insertion_points(text);
    if points.is_empty() {
        return text.to_string();
    }
    let at: Vec<(usize, &str)> = picks.iter().map(|(i, m)| (*i.get(&points), *m)).collect();
    insert_at(text, at)
}

/// `text` with each mark inserted at its byte offset.
fn insert_at(text: &str, mut at: Vec<(usize, &str)>) -> String {
    at.sort_by_key(|(p, _)| *p);
    let mut out = String::with_capacity(text.len() + 8 * at.len());
    let mut last = 0;
    for (p, m) in at {
        out.push_str(&text[last..p]);
        out.push_str(m);
        last = p;
    }
    out.push_str(&text[last..]);
    out
}

/// What must not change when marks are inserted: entity ids and kinds, casualty kinds,
/// counts and victim categories (not spans).
type Facts = (
    Vec<(String, EntityKind)>,
    Vec<(CasualtyKind, Count, VictimCategory)>,
);

fn facts(x: &Extraction) -> Facts {
    (
        x.entities
            .iter()
            .map(|e| (e.id().to_string(), e.kind))
            .collect(),
        x.casualties
            .iter()
            .map(|c| (c.kind, c.count, c.victims.category))
            .collect(),
    )
}

/// A small gazetteer with the shapes the matcher treats specially: article-initial names,
/// multi-word names, a name inside a longer one, `ج`/`غ` variants, Latin, marks and tatweel
/// in an alias.
const SMALL_TSV: &str = "id\tkind\tname_ar\tname_en\taliases
t-mali\tplace\tمالي\tMali\tمالى
t-niger\tplace\tالنيجر\tNiger\t
t-bamako\tplace\tباماكو\tBamako\tبَامَاكُو|بـاماكو
t-airport\tplace\tمطار موديبو كيتا الدولي\tAirport\t
t-modibo\tperson\tموديبو كيتا\tModibo Keita\t
t-un\tgroup\tالأمم المتحدة\tUnited Nations\tUN
t-goita\tperson\tأسيمي غويتا\tAssimi Goita\tغويتا
t-liptako\tplace\tليبتاكو-جورما\tLiptako-Gourma\t
t-isgs\tgroup\tتنظيم الدولة الإسلامية في الصحراء الكبرى\tISGS\tداعش
";

proptest! {
    #![proptest_config(config())]

    #[test]
    fn extract_with_any_normalizer_options(text in arabic_text(), bits in any::<u16>()) {
        let normalizer = Normalizer::builder().options(support::options_from_bits(bits)).build();
        let ex = Extractor::builder()
            .default_gazetteer(false)
            .gazetteer(Gazetteer::from_tsv_str(SMALL_TSV, "small.tsv").unwrap())
            .normalizer(normalizer)
            .build()
            .unwrap();
        let x = ex.extract(&text);
        support::check_extraction(&text, &x);
        prop_assert_eq!(&x, &ex.extract(&text));
    }

    #[test]
    fn extract_never_panics_and_spans_are_exact(text in arabic_text()) {
        let x = extractor().extract(&text);
        support::check_extraction(&text, &x);
    }

    #[test]
    fn extract_any_string(text in any::<String>()) {
        let x = extractor().extract(&text);
        support::check_extraction(&text, &x);
    }

    #[test]
    fn extract_is_deterministic(text in arabic_text()) {
        let a = extractor().extract(&text);
        let b = extractor().extract(&text);
        prop_assert_eq!(&a, &b);
        let c = second_extractor().extract(&text);
        prop_assert_eq!(&a, &c);
        let norm = extractor().normalizer().normalize(&text);
        prop_assert_eq!(&a, &extractor().extract_normalized(&norm));
        prop_assert_eq!(&a.entities, &extractor().entities(&text));
    }

    #[test]
    fn inserted_diacritics_and_tatweel_change_no_fact(
        text in arabic_text(),
        picks in prop::collection::vec((any::<Index>(), prop::sample::select(INSERTED)), 1..12),
    ) {
        let marked = insert_marks(&text, &picks);
        let n = Normalizer::default();
        prop_assert_eq!(n.normalize_str(&marked), n.normalize_str(&text));
        let x = extractor().extract(&marked);
        support::check_extraction(&marked, &x);
        prop_assert_eq!(facts(&x), facts(&extractor().extract(&text)), "marked: {:?}", marked);
    }

    #[test]
    fn numbers_spans_are_exact(text in arabic_text()) {
        support::check_numbers(&text, &find_numbers(&text));
        let norm = Normalizer::default().normalize_str(&text);
        support::check_numbers(&norm, &find_numbers(&norm));
        if let Some(p) = parse_number(&text) {
            support::check_number(&text, &p);
        }
    }

    #[test]
    fn numbers_any_string(text in any::<String>()) {
        support::check_numbers(&text, &find_numbers(&text));
        if let Some(p) = parse_number(&text) {
            support::check_number(&text, &p);
        }
    }

    #[test]
    fn numbers_ignore_inserted_marks(
        text in arabic_text(),
        picks in prop::collection::vec((any::<Index>(), prop::sample::select(INSERTED)), 1..12),
    ) {
        let marked = insert_marks(&text, &picks);
        let values = |t: &str| -> Vec<Count> { find_numbers(t).into_iter().map(|p| p.count).collect() };
        prop_assert_eq!(values(&marked), values(&text), "marked: {:?}", marked);
    }

    #[test]
    fn number_phrases_parse_alone(text in arabic_text()) {
        // A phrase found in running text is a number phrase on its own too.
        for p in find_numbers(&text) {
            let alone = &text[p.span.range()];
            prop_assert!(parse_number(alone).is_some(), "{:?} from {:?}", alone, text);
        }
    }
}

#[test]
fn insertion_points_are_inside_words() {
    assert_eq!(insertion_points("مالي"), vec![2, 4, 6]);
    assert!(insertion_points("a ب ج").is_empty());
    assert_eq!(
        insert_at("مالي", vec![(4, "\u{651}"), (2, "\u{64E}")]),
        "م\u{64E}ا\u{651}لي"
    );
}

#[test]
fn generated_text_has_entities_casualties_and_numbers() {
    // Guards against vacuous properties: the generator must reach every part of the crate.
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = arabic_text();
    let (mut entities, mut casualties, mut numbers, mut points) = (0, 0, 0, 0);
    for _ in 0..200 {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        let x = extractor().extract(&text);
        entities += usize::from(!x.entities.is_empty());
        casualties += usize::from(!x.casualties.is_empty());
        numbers += usize::from(!find_numbers(&text).is_empty());
        points += usize::from(!insertion_points(&text).is_empty());
    }
    eprintln!("of 200 texts: {entities} with entities, {casualties} with casualties, {numbers} with numbers, {points} with insertion points");
    assert!(entities > 100 && casualties > 80 && numbers > 100 && points > 150);
}
