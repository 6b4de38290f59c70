//! Unit tests of the number parser (`arabic_extract::numbers`), on normalized text.
use arabic_extract::numbers::{find_numbers, parse_number, NumberForm};
use arabic_extract::{Normalizer, Qualifier};

/// Normalizes with the default normalizer, then parses the whole string as one number.
fn num(s: &str) -> (u64, Qualifier, NumberForm) {
    let n = Normalizer::default().normalize_str(s);
    let p = parse_number(&n).unwrap_or_else(|| panic!("no number in {s:?} (normalized {n:?})"));
    (p.count.value, p.count.qualifier, p.form)
}

fn val(s: &str) -> u64 {
    num(s).0
}

fn none(s: &str) {
    let n = Normalizer::default().normalize_str(s);
    assert!(
        parse_number(&n).is_none(),
        "{s:?} parsed as {:?}",
        parse_number(&n)
    );
}

use NumberForm::{Digits, DigitsScale, Dual, Words};
use Qualifier::{Approx, AtLeast, AtMost, Exact, Range};

#[test]
fn digits_plain_separators_decimals() {
    assert_eq!(num("77"), (77, Exact, Digits));
    assert_eq!(num("٧٧"), (77, Exact, Digits));
    assert_eq!(val("8000"), 8000);
    assert_eq!(val("8,000"), 8000);
    assert_eq!(val("8٬000"), 8000);
    assert_eq!(val("1,250,000"), 1_250_000);
    let p = parse_number("1.5").unwrap();
    assert_eq!((p.count.value, p.integer), (1, false));
    let p = parse_number("١٫٥").unwrap();
    assert!(!p.integer);
    none("8,00");
    none("80,0000");
}

#[test]
fn digits_with_scale_words() {
    assert_eq!(num("11 ألف"), (11_000, Exact, DigitsScale));
    assert_eq!(num("2 مليون"), (2_000_000, Exact, DigitsScale));
    let p = parse_number("1.5 مليون").unwrap();
    assert_eq!(
        (p.count.value, p.integer, p.form),
        (1_500_000, true, DigitsScale)
    );
    assert_eq!(val("3 آلاف"), 3000);
    assert_eq!(val("2 مليون و500 ألف"), 2_500_000);
    assert_eq!(val("1.2 مليار"), 1_200_000_000);
}

#[test]
fn units_every_gender_and_case() {
    for (w, v) in [
        ("واحد", 1),
        ("واحدة", 1),
        ("أحد", 1),
        ("إحدى", 1),
        ("اثنان", 2),
        ("اثنين", 2),
        ("اثنتان", 2),
        ("اثنتين", 2),
        ("ثلاث", 3),
        ("ثلاثة", 3),
        ("أربع", 4),
        ("أربعة", 4),
        ("خمس", 5),
        ("خمسة", 5),
        ("ستة", 6),
        ("سبع", 7),
        ("سبعة", 7),
        ("ثماني", 8),
        ("ثمانية", 8),
        ("تسع", 9),
        ("تسعة", 9),
        ("عشر", 10),
        ("عشرة", 10),
    ] {
        assert_eq!(num(w), (v, Exact, Words), "{w}");
    }
    // diacritics and teh marbuta folding do not matter
    assert_eq!(val("خَمْسَةُ"), 5);
    let folded = Normalizer::builder().fold_teh_marbuta(true).build();
    assert_eq!(
        parse_number(&folded.normalize_str("ثلاثة"))
            .unwrap()
            .count
            .value,
        3
    );
}

#[test]
fn teens() {
    assert_eq!(val("أحد عشر"), 11);
    assert_eq!(val("إحدى عشرة"), 11);
    assert_eq!(val("اثنا عشر"), 12);
    assert_eq!(val("اثني عشر"), 12);
    assert_eq!(val("اثنتا عشرة"), 12);
    assert_eq!(val("ثلاثة عشر"), 13);
    assert_eq!(val("ثلاث عشرة"), 13);
    assert_eq!(val("خمسة عشر"), 15);
    assert_eq!(val("تسعة عشر"), 19);
    assert_eq!(val("تسع عشرة"), 19);
    none("اثنا");
}

#[test]
fn tens_and_compounds() {
    for (w, v) in [
        ("عشرون", 20),
        ("عشرين", 20),
        ("ثلاثون", 30),
        ("أربعين", 40),
        ("خمسون", 50),
        ("ستين", 60),
        ("سبعون", 70),
        ("ثمانين", 80),
        ("تسعون", 90),
        ("تسعين", 90),
    ] {
        assert_eq!(val(w), v, "{w}");
    }
    assert_eq!(num("خمسة وعشرون"), (25, Exact, Words));
    assert_eq!(val("ثلاث وأربعين"), 43);
    assert_eq!(val("واحد وتسعون"), 91);
    assert_eq!(val("مائة وخمسة وعشرون"), 125);
    // two units in a row are two numbers, not one
    assert_eq!(find_numbers("خمسة وخمسة").len(), 2);
}

#[test]
fn hundreds() {
    assert_eq!(val("مائة"), 100);
    assert_eq!(val("مئة"), 100);
    assert_eq!(val("مئتان"), 200);
    assert_eq!(val("مائتين"), 200);
    assert_eq!(val("مئتي"), 200);
    assert_eq!(val("ثلاثمائة"), 300);
    assert_eq!(val("ثلاث مئة"), 300);
    assert_eq!(val("خمسمئة"), 500);
    assert_eq!(val("تسعمائة وتسعة وتسعون"), 999);
}

#[test]
fn thousands_and_millions() {
    assert_eq!(val("ألف"), 1000);
    assert_eq!(val("ألفان"), 2000);
    assert_eq!(val("ألفين"), 2000);
    assert_eq!(val("ثلاثة آلاف"), 3000);
    assert_eq!(val("عشرة آلاف"), 10_000);
    assert_eq!(val("أحد عشر ألفا"), 11_000);
    assert_eq!(val("مائة ألف"), 100_000);
    assert_eq!(val("خمسة وعشرون ألفا"), 25_000);
    assert_eq!(val("ثلاثة آلاف وخمسمائة"), 3500);
    assert_eq!(val("ألف ومائتان"), 1200);
    assert_eq!(val("مليون"), 1_000_000);
    assert_eq!(val("مليونان"), 2_000_000);
    assert_eq!(val("ثلاثة ملايين"), 3_000_000);
    assert_eq!(val("نصف مليون"), 500_000);
    assert_eq!(val("ربع مليون"), 250_000);
    none("نصف");
}

#[test]
fn duals_of_counted_nouns() {
    for w in [
        "جنديان",
        "جنديين",
        "قتيلان",
        "قتيلين",
        "شخصان",
        "شخصين",
        "مدنيان",
        "امرأتان",
        "طفلين",
        "رهينتين",
    ] {
        assert_eq!(num(w), (2, Exact, Dual), "{w}");
    }
    // sound plurals are not duals
    none("مدنيين");
    none("مقاتلين");
    // after a number, the -ين form is a plural, not a second number
    let n = Normalizer::default().normalize_str("ثلاثة شرطيين");
    assert_eq!(find_numbers(&n).len(), 1);
}

#[test]
fn approximate() {
    for s in [
        "نحو 77",
        "حوالي 77",
        "حوالى 77",
        "قرابة 77",
        "زهاء 77",
        "ما يقارب 77",
        "ما يقرب من 77",
        "77 تقريبا",
    ] {
        let n = Normalizer::default().normalize_str(s);
        let p = parse_number(&n).unwrap_or_else(|| panic!("{s}"));
        assert_eq!((p.count.value, p.count.qualifier), (77, Approx), "{s}");
        assert_eq!((p.count.low, p.count.high), (70, Some(84)), "{s}");
    }
    assert_eq!(num("لنحو عشرين"), (20, Approx, Words));
    // the value span leaves the qualifier out
    let p = parse_number("نحو 200").unwrap();
    assert_eq!(&"نحو 200"[p.value_span.range()], "200");
}

#[test]
fn lower_bounds() {
    for s in [
        "أكثر من 100",
        "ما لا يقل عن 100",
        "أزيد من 100",
        "يزيد عن 100",
        "100 على الأقل",
        "ما يزيد على 100",
    ] {
        let n = Normalizer::default().normalize_str(s);
        let p = parse_number(&n).unwrap_or_else(|| panic!("{s}"));
        assert_eq!(
            (p.count.value, p.count.qualifier, p.count.high),
            (100, AtLeast, None),
            "{s}"
        );
    }
    let p = parse_number(&Normalizer::default().normalize_str("أكثر من 8000")).unwrap();
    assert_eq!((p.count.low, p.count.high), (8000, None));
    let p = parse_number(&Normalizer::default().normalize_str("ما لا يقل عن خمسة")).unwrap();
    assert_eq!((p.count.value, p.count.low), (5, 5));
}

#[test]
fn upper_bounds() {
    for s in ["أقل من 50", "ما يصل إلى 50", "حتى 50"] {
        let n = Normalizer::default().normalize_str(s);
        let p = parse_number(&n).unwrap_or_else(|| panic!("{s}"));
        assert_eq!((p.count.value, p.count.qualifier), (50, AtMost), "{s}");
    }
    let p = parse_number(&Normalizer::default().normalize_str("أقل من 50")).unwrap();
    assert_eq!((p.count.low, p.count.high), (1, Some(50)));
}

#[test]
fn ranges() {
    for s in [
        "بين 10 و15",
        "بين 10 و 15",
        "ما بين 10 و15",
        "10 إلى 15",
        "من 10 إلى 15",
        "10-15",
        "بين عشرة وخمسة عشر",
    ] {
        let n = Normalizer::default().normalize_str(s);
        let p = parse_number(&n).unwrap_or_else(|| panic!("{s}"));
        assert_eq!(
            (p.count.value, p.count.low, p.count.high, p.count.qualifier),
            (10, 10, Some(15), Range),
            "{s}"
        );
    }
    assert_eq!(num("خمسة أو ستة").1, Range);
    // a descending "range" is not one
    none("بين 15 و10");
}

#[test]
fn vague_counts_follow_the_documented_convention() {
    for (s, v) in [
        ("عشرات", 12),
        ("العشرات", 12),
        ("مئات", 100),
        ("المئات", 100),
        ("آلاف", 1000),
        ("الآلاف", 1000),
        ("عشرات الآلاف", 10_000),
        ("مئات الآلاف", 100_000),
        ("عدد من", 3),
        ("بضعة", 3),
        ("عدة", 3),
        ("العديد من", 3),
    ] {
        let n = Normalizer::default().normalize_str(s);
        let p = parse_number(&n).unwrap_or_else(|| panic!("{s}"));
        assert_eq!(
            (p.count.value, p.count.low, p.count.qualifier, p.form),
            (v, v, Qualifier::Vague, NumberForm::Vague),
            "{s}"
        );
    }
    assert_eq!(parse_number("بضعة").unwrap().count.high, Some(9));
    assert_eq!(parse_number("مئات").unwrap().count.high, None);
    assert_eq!(num("بعشرات").0, 12);
}

#[test]
fn find_numbers_in_text_order_with_spans() {
    let text =
        Normalizer::default().normalize_str("قُتل نحو ٧٧ شخصاً وأصيب 200 آخرون و15 طفلا في 2024");
    let all = find_numbers(&text);
    let got: Vec<_> = all
        .iter()
        .map(|p| (&text[p.span.range()], p.count.value))
        .collect();
    assert_eq!(
        got,
        vec![("نحو 77", 77), ("200", 200), ("15", 15), ("2024", 2024)]
    );
}

#[test]
fn words_with_article_are_not_counts() {
    // "the nine hours", "Sunday"
    assert!(find_numbers("الساعات التسع يوم الاحد").is_empty());
}

#[test]
fn overflow_and_garbage_give_no_number_and_never_panic() {
    none("99999999999999999999999999");
    none("18446744073709551616");
    assert_eq!(val("18446744073709551615"), u64::MAX);
    none("99999999999 مليار");
    none("");
    none("   ");
    none("كلمة");
    for s in [
        "،،،",
        "1.",
        ".5",
        "1..2",
        "1,",
        ",1",
        "و",
        "بين",
        "بين 5",
        "بين 5 و",
        "من 3 إلى",
        "١٬",
        "5-",
        "-5",
        "ـــ",
        "\u{200f}٣",
    ] {
        let _ = find_numbers(s);
        let _ = parse_number(s);
    }
}

#[test]
fn long_inputs_stay_linear() {
    let words = "خمسة ".repeat(100_000);
    let t = std::time::Instant::now();
    assert_eq!(find_numbers(&words).len(), 100_000);
    let chain = "ألف و".repeat(100_000);
    let _ = find_numbers(&chain);
    let mixed = "وخمسة وعشرون ألفا ومئة بين ".repeat(20_000);
    let _ = find_numbers(&mixed);
    assert!(t.elapsed().as_secs() < 20, "too slow: {:?}", t.elapsed());
}
