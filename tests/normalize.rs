//! Every normalization step, each with Arabic examples; the offset map; and properties on
//! generated input (never panics, spans in bounds and monotone, idempotence).

mod support;

use arabic_extract::{Normalizer, NormalizerOptions};
use proptest::prelude::*;

fn norm(s: &str) -> String {
    Normalizer::default().normalize_str(s)
}

fn with(f: impl Fn(&mut NormalizerOptions)) -> Normalizer {
    let mut o = NormalizerOptions::default();
    f(&mut o);
    Normalizer::builder().options(o).build()
}

const ARTICLE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/bamako-2024.ar.txt"
));

#[test]
fn diacritics_from_the_article() {
    assert!(ARTICLE.contains("قُتل"));
    assert_eq!(norm("قُتل"), "قتل");
    assert_eq!(norm("شخصاً"), "شخصا");
    assert_eq!(norm("جنديًا"), "جنديا");
    assert_eq!(
        norm("وجُرح تسعة آخرون"),
        "وجرح تسعه اخرون".replace("تسعه", "تسعة")
    );
    // shadda, sukun, kasratan, superscript alef, Quranic marks
    assert_eq!(norm("مُحَمَّدٌ"), "محمد");
    assert_eq!(norm("هٰذا"), "هذا");
    assert_eq!(norm("الرَّحْمٰنِ"), "الرحمن");
    assert_eq!(norm("قِيلَۖ"), "قيل");
    assert_eq!(norm("بِسْمِ ٱللَّهِ"), "بسم الله");
    let keep = with(|o| o.remove_diacritics = false);
    assert_eq!(keep.normalize_str("قُتل"), "قُتل");
}

#[test]
fn tatweel() {
    assert_eq!(norm("مـــالي"), "مالي");
    assert_eq!(norm("بـاماكـو"), "باماكو");
    assert_eq!(
        with(|o| o.remove_tatweel = false).normalize_str("مـالي"),
        "مـالي"
    );
}

#[test]
fn alef_forms() {
    assert_eq!(norm("أسيمي إبراهيم آلاف ٱلله"), "اسيمي ابراهيم الاف الله");
    assert_eq!(
        with(|o| o.fold_alef = false).normalize_str("أسيمي"),
        "أسيمي"
    );
}

#[test]
fn alef_maksura() {
    assert_eq!(norm("على مستشفى"), "علي مستشفي");
    assert_eq!(
        with(|o| o.fold_alef_maksura = false).normalize_str("على"),
        "على"
    );
}

#[test]
fn teh_marbuta_is_opt_in() {
    assert_eq!(norm("جماعة مسلحة"), "جماعة مسلحة");
    let n = Normalizer::builder().fold_teh_marbuta(true).build();
    assert_eq!(n.normalize_str("جماعة مسلحة"), "جماعه مسلحه");
}

#[test]
fn hamza_seats_are_opt_in() {
    assert_eq!(norm("مسؤول رئيس"), "مسؤول رئيس");
    let n = Normalizer::builder().fold_hamza_seats(true).build();
    assert_eq!(n.normalize_str("مسؤول رئيس"), "مسوول رييس");
}

#[test]
fn digits_and_separators() {
    assert_eq!(norm("٧٧ شخصا و۸۴ مقاتلا"), "77 شخصا و84 مقاتلا");
    assert_eq!(norm("٨٬٠٠٠ و١٫٥ مليون"), "8,000 و1.5 مليون");
    let n = with(|o| o.ascii_digits = false);
    assert_eq!(n.normalize_str("٧٧"), "٧٧");
    let n = with(|o| o.ascii_number_separators = false);
    assert_eq!(n.normalize_str("٨٬٠٠٠"), "8٬000");
}

#[test]
fn persian_letters() {
    assert_eq!(norm("کیدال"), "كيدال");
    assert_eq!(
        with(|o| o.fold_persian_letters = false).normalize_str("ک"),
        "ک"
    );
}

#[test]
fn controls_are_removed() {
    let s = "\u{FEFF}\u{200F}باماكو\u{200E} \u{202B}مالي\u{202C} ب\u{200C}ا\u{200D}ب \u{2067}x\u{2069}\u{061C}";
    assert_eq!(norm(s), "باماكو مالي باب x");
    let keep = with(|o| o.remove_controls = false);
    assert_eq!(keep.normalize_str("a\u{200F}b"), "a\u{200F}b");
}

#[test]
fn punctuation_is_opt_in() {
    let s = "قال، «نعم»؛ لماذا؟ “تحت السيطرة”";
    assert_eq!(norm(s), s);
    let n = Normalizer::builder().canonical_punctuation(true).build();
    assert_eq!(n.normalize_str(s), "قال, \"نعم\"; لماذا? \"تحت السيطرة\"");
}

#[test]
fn whitespace_collapses_and_keeps_paragraphs() {
    assert_eq!(norm("قتل  \t نحو"), "قتل نحو");
    assert_eq!(norm("فقرة.\n\n  فقرة"), "فقرة.\nفقرة");
    assert_eq!(norm("a\u{00A0}\u{2003}b"), "a b");
    let keep = with(|o| o.collapse_whitespace = false);
    assert_eq!(keep.normalize_str("a  b"), "a  b");
}

#[test]
fn nfkc_presentation_forms() {
    // ﻻ (lam-alef ligature), isolated/final presentation forms, ﷲ
    assert_eq!(norm("ﻻ"), "لا");
    assert_eq!(norm("ﺑﺎﻣﺎﻛﻮ"), "باماكو");
    assert_eq!(norm("ﷲ"), "الله");
    assert_eq!(norm("ﺃﺳﻴﻤﻲ"), "اسيمي");
    let off = with(|o| o.nfkc = false);
    assert_eq!(off.normalize_str("ﻻ"), "ﻻ");
}

#[test]
fn latin_passes_through() {
    let s = "CSP-PSD و ACLED https://x.com/ali_naka/status/1835949989522190422";
    assert_eq!(norm(s), s);
}

#[test]
fn unchanged_text_is_one_identity() {
    let s = "قال المتحدث باسم الجيش ان الوضع تحت السيطرة.";
    let n = Normalizer::default().normalize(s);
    assert_eq!(n.as_str(), s);
    for (i, _) in s.char_indices() {
        assert_eq!(n.to_original(i..s.len()), i..s.len());
    }
}

#[test]
fn offsets_point_into_the_original() {
    let s = "قُتل نحو ٧٧ شخصاً في مـــالي \u{200F}و ﻻ";
    let n = Normalizer::default().normalize(s);
    let find = |needle: &str| {
        let at = n.as_str().rfind(needle).unwrap();
        &s[n.to_original(at..at + needle.len())]
    };
    assert_eq!(find("قتل"), "قُتل");
    assert_eq!(find("77"), "٧٧");
    assert_eq!(find("7 "), "٧ ");
    assert_eq!(find("شخصا"), "شخصاً");
    assert_eq!(find("مالي"), "مـــالي");
    assert_eq!(find("و"), "و");
    assert_eq!(find("ل"), "ﻻ");
    assert_eq!(find("ا"), "ﻻ");
    assert_eq!(find("و لا"), "و ﻻ");
}

#[test]
fn the_article_maps_back() {
    let n = Normalizer::default().normalize(ARTICLE);
    assert!(n.as_str().contains("قتل نحو 77 شخصا"));
    for (i, c) in n.as_str().char_indices() {
        let r = n.to_original(i..i + c.len_utf8());
        assert!(ARTICLE.get(r.clone()).is_some(), "{r:?}");
    }
    // The whole normalized text maps to the whole article.
    assert_eq!(n.to_original(0..n.as_str().len()), 0..ARTICLE.len());
}

#[test]
fn out_of_range_is_clamped() {
    let n = Normalizer::default().normalize("مالي");
    assert_eq!(n.to_original(2..100), 2..8);
    let (start, end) = (5, 3);
    assert_eq!(n.to_original(start..end), 4..4); // reversed: empty
    assert_eq!(n.to_original(1..3), 0..4); // inside chars: widened
    let e = Normalizer::default().normalize("");
    assert_eq!(e.to_original(0..10), 0..0);
}

/// Arabic-heavy text: letters, diacritics, tatweel, presentation forms, digits of three
/// scripts, Latin, controls, whitespace, emoji and lone combining marks.
fn arabic_heavy() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        4 => prop::sample::select(vec![
            "ق", "ت", "ل", "ا", "أ", "إ", "آ", "ٱ", "ى", "ي", "ة", "ؤ", "ئ", "ء", "و", "ب", "م", "ک", "ی",
        ]).prop_map(str::to_string),
        2 => prop::sample::select(vec!["\u{64B}", "\u{64E}", "\u{64F}", "\u{650}", "\u{651}", "\u{652}", "\u{670}", "\u{653}", "\u{654}", "\u{655}", "\u{6D6}", "\u{640}"]).prop_map(str::to_string),
        1 => prop::sample::select(vec!["ﻻ", "ﷲ", "ﺑ", "ﹰ", "ﻷ", "ﺃ", "ﷺ", "ٵ"]).prop_map(str::to_string),
        1 => prop::sample::select(vec!["٧", "۸", "7", "٬", "٫", ",", "."]).prop_map(str::to_string),
        1 => prop::sample::select(vec![" ", "  ", "\n", "\t", "\r\n", "\u{A0}", "\u{2003}"]).prop_map(str::to_string),
        1 => prop::sample::select(vec!["\u{200F}", "\u{200E}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{202B}", "\u{2067}", "\u{61C}", "\u{200B}"]).prop_map(str::to_string),
        1 => prop::sample::select(vec!["A", "e\u{301}", "é", "😀", "한", "\u{1100}\u{1161}", "،", "؟", "«", "“", "\u{0}", "\u{7}"]).prop_map(str::to_string),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn check_map(s: &str, n: &Normalizer) {
    let out = n.normalize(s);
    let t = out.as_str();
    let mut last = 0;
    let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
    for (k, &a) in bounds.iter().enumerate() {
        for &b in &bounds[k..bounds.len().min(k + 4)] {
            let r = out.to_original(a..b);
            assert!(
                r.start <= r.end && r.end <= s.len(),
                "{r:?} for {a}..{b} of {s:?}"
            );
            assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            if b > a {
                assert!(r.end > r.start, "non-empty range {a}..{b} maps to empty");
            }
        }
        let r = out.to_original(a..a);
        assert!(r.start >= last, "not monotone at {a} in {s:?}");
        last = r.start;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        check_map(&s, &Normalizer::default());
        let once = norm(&s);
        prop_assert_eq!(norm(&once), once);
    }

    #[test]
    fn arabic_heavy_strings(s in arabic_heavy()) {
        check_map(&s, &Normalizer::default());
        let once = norm(&s);
        prop_assert_eq!(norm(&once), once);
    }

    #[test]
    fn other_options_never_panic(s in arabic_heavy(), bits in any::<u16>()) {
        let o = support::options_from_bits(bits);
        let n = Normalizer::builder().options(o).build();
        check_map(&s, &n);
        if o.remove_diacritics && o.remove_controls {
            let once = n.normalize_str(&s);
            prop_assert_eq!(n.normalize_str(&once), once);
        }
    }
}
