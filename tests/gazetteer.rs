//! Gazetteer loading and matching: clitics, boundaries, longest match, variants, diacritized,
//! tatweel'd and presentation-form input, custom gazetteers and their errors, and the
//! embedded default gazetteer.

use arabic_extract::{EntityKind, Error, Extractor, Gazetteer, GazetteerEntry};
use std::collections::HashSet;

const TSV: &str = "\
# a small test gazetteer
id\tkind\tsubkind\tname_ar\tname_en\tcountry\taliases
t-mali\tplace\tcountry\tمالي\tMali\tML\t
t-malaysia\tplace\tcountry\tماليزيا\tMalaysia\tMY\t
t-niger\tplace\tcountry\tالنيجر\tNiger\tNE\t
t-bamako\tplace\tcity\tباماكو\tBamako\tML\t
t-airport\tplace\tfacility\tمطار موديبو كيتا الدولي\tModibo Keita International Airport\tML\t
t-modibo\tperson\thead_of_state\tموديبو كيتا\tModibo Keita\tML\tموديبو كايتا
t-is\tgroup\tarmed_group\tالدولة الإسلامية\tIslamic State\t\tداعش|تنظيم الدولة
t-isgs\tgroup\tarmed_group\tتنظيم الدولة الإسلامية في الصحراء الكبرى\tIslamic State in the Greater Sahara\t\t
t-goita\tperson\thead_of_state\tأسيمي غويتا\tAssimi Goïta\tML\tغويتا
t-un\tgroup\tinternational_org\tالأمم المتحدة\tUnited Nations\t\tUN
t-ecowas\tgroup\tregional_org\tالجماعة الاقتصادية لدول غرب أفريقيا\tECOWAS\t\tإيكواس|ECOWAS
t-liptako\tplace\tregion\tليبتاكو-جورما\tLiptako-Gourma\t\t
t-wagner\tgroup\tarmed_group\tفاغنر\tWagner Group\tRU\tفيلق أفريقيا
";

/// The test gazetteer alone, matched as names only: no institutions (`الجيش المالي` would be
/// Mali's army, tested in tests/entities.rs).
fn extractor() -> Extractor {
    let g = Gazetteer::from_tsv_str(TSV, "test.tsv").unwrap();
    Extractor::builder()
        .default_gazetteer(false)
        .casualties(false)
        .institutions(false)
        .gazetteer(g)
        .build()
        .unwrap()
}

/// (id, matched text) of every entity in `text`, and a check that spans are exact.
fn ids(text: &str) -> Vec<(String, String)> {
    extractor()
        .extract(text)
        .entities
        .into_iter()
        .map(|e| {
            assert_eq!(&text[e.span.range()], e.text);
            (e.id().to_string(), e.text.to_string())
        })
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn proclitics_are_stripped_from_the_span() {
    assert_eq!(
        ids("زار والنيجر ولمالي وبباماكو فبمالي"),
        pairs(&[
            ("t-niger", "النيجر"),
            ("t-mali", "مالي"),
            ("t-bamako", "باماكو"),
            ("t-mali", "مالي")
        ])
    );
    assert_eq!(ids("كمالي"), pairs(&[("t-mali", "مالي")]));
}

#[test]
fn assimilated_article_after_lam() {
    assert_eq!(ids("سفير للنيجر"), pairs(&[("t-niger", "لنيجر")]));
    assert_eq!(ids("وللأمم المتحدة"), pairs(&[("t-un", "لأمم المتحدة")]));
    // The stripped form alone is not the name.
    assert!(ids("نيجر").is_empty());
    assert!(ids("لنيجر").is_empty());
}

#[test]
fn article_prefix_only_for_groups() {
    // المالي is an adjective ("Malian"/"financial"), never the place.
    assert!(ids("الجيش المالي والوضع المالي").is_empty());
    assert!(ids("بالمالي").is_empty());
    // Groups take the article: الإيكواس, للإيكواس.
    assert_eq!(
        ids("انسحبت من الإيكواس وقالت للإيكواس"),
        pairs(&[("t-ecowas", "إيكواس"), ("t-ecowas", "إيكواس")])
    );
}

#[test]
fn whole_words_only() {
    assert_eq!(ids("ماليزيا"), pairs(&[("t-malaysia", "ماليزيا")]));
    assert!(ids("المالية الماليين ماليون").is_empty());
    assert!(ids("UNESCO").is_empty());
    assert_eq!(ids("(UN)"), pairs(&[("t-un", "UN")]));
    assert!(ids("سماليزيا").is_empty());
}

#[test]
fn longest_match_wins() {
    assert_eq!(
        ids("أغلقت السلطات مطار موديبو كيتا الدولي."),
        pairs(&[("t-airport", "مطار موديبو كيتا الدولي")])
    );
    assert_eq!(
        ids("الرئيس موديبو كيتا"),
        pairs(&[("t-modibo", "موديبو كيتا")])
    );
    assert_eq!(
        ids("وتنظيم الدولة الإسلامية في الصحراء الكبرى"),
        pairs(&[("t-isgs", "تنظيم الدولة الإسلامية في الصحراء الكبرى")])
    );
    assert_eq!(
        ids("تنظيم الدولة الإسلامية في العراق"),
        pairs(&[("t-is", "تنظيم الدولة")])
    );
}

#[test]
fn spelling_variants_share_an_id() {
    assert_eq!(
        ids("العقيد أسيمي جويتا ثم غويتا وجويتا"),
        pairs(&[
            ("t-goita", "أسيمي جويتا"),
            ("t-goita", "غويتا"),
            ("t-goita", "جويتا")
        ])
    );
    // Group names are mostly Arabic words: no generated variant (list foreign spellings).
    assert!(ids("فاجنر").is_empty());
    assert_eq!(ids("موديبو كايتا"), pairs(&[("t-modibo", "موديبو كايتا")]));
}

#[test]
fn punctuation_inside_names() {
    assert_eq!(
        ids("منطقة ليبتاكو-جورما"),
        pairs(&[("t-liptako", "ليبتاكو-جورما")])
    );
    assert_eq!(
        ids("منطقة ليبتاكو جورما"),
        pairs(&[("t-liptako", "ليبتاكو جورما")])
    );
}

#[test]
fn diacritics_tatweel_presentation_forms_controls() {
    assert_eq!(ids("بَامَاكُو"), pairs(&[("t-bamako", "بَامَاكُو")]));
    assert_eq!(ids("مـــالي"), pairs(&[("t-mali", "مـــالي")]));
    assert_eq!(ids("ﺑﺎﻣﺎﻛﻮ"), pairs(&[("t-bamako", "ﺑﺎﻣﺎﻛﻮ")]));
    assert_eq!(
        ids("\u{200F}باماكو\u{200E}"),
        pairs(&[("t-bamako", "باماكو")])
    );
    assert_eq!(ids("وَالنِّيجَر"), pairs(&[("t-niger", "النِّيجَر")]));
}

#[test]
fn tanween_marks_an_adjective_not_a_place() {
    // "جنديًا ماليًا" is "a Malian soldier".
    assert!(ids("مقتل 47 جنديًا ماليًا").is_empty());
}

#[test]
fn custom_entries_merge_and_add() {
    let ex = Extractor::builder()
        .default_gazetteer(false)
        .gazetteer(Gazetteer::from_tsv_str(TSV, "test.tsv").unwrap())
        .add_entries([
            GazetteerEntry::new("t-mali", EntityKind::Place, "مالي", "Mali").with_aliases(["Mali"]),
            GazetteerEntry::new("t-kidal", EntityKind::Place, "كيدال", "Kidal"),
        ])
        .unwrap()
        .build()
        .unwrap();
    let found: Vec<_> = ex
        .extract("في Mali وكيدال")
        .entities
        .into_iter()
        .map(|e| (e.id().to_string(), e.text.to_string()))
        .collect();
    assert_eq!(found, pairs(&[("t-mali", "Mali"), ("t-kidal", "كيدال")]));
}

#[test]
fn ambiguous_aliases_are_reported_and_priority_decides() {
    let tsv = "id\tkind\tname_ar\tname_en\taliases\tpriority\n\
               a\tgroup\tالجزيرة\tAl Jazeera\t\t1\n\
               b\tplace\tولاية الجزيرة\tGezira\tالجزيرة\t0\n\
               c\tplace\tمكان\tPlace C\tاسم مشترك\t0\n\
               d\tplace\tموضع\tPlace D\tاسم مشترك\t0\n";
    let ex = Extractor::builder()
        .default_gazetteer(false)
        .gazetteer(Gazetteer::from_tsv_str(tsv, "amb.tsv").unwrap())
        .build()
        .unwrap();
    let e = ex.extract("قال للجزيرة عن اسم مشترك").entities;
    assert_eq!(e[0].id(), "a");
    assert_eq!(e[1].id(), "c");
    let amb = ex.ambiguous_aliases();
    assert_eq!(amb.len(), 1);
    assert_eq!(amb[0].ids, vec!["c", "d"]);
}

fn load_err(tsv: &[u8]) -> Error {
    Gazetteer::from_reader(tsv, "bad.tsv").unwrap_err()
}

fn line_of(e: &Error) -> usize {
    match e {
        Error::Gazetteer { path, line, .. } => {
            assert_eq!(path, "bad.tsv");
            *line
        }
        other => panic!("unexpected error {other:?}"),
    }
}

#[test]
fn malformed_files_name_path_and_line() {
    let h = "id\tkind\tname_ar\tname_en\taliases\n";
    assert_eq!(line_of(&load_err(b"")), 0);
    assert_eq!(line_of(&load_err(b"# only a comment\n")), 0);
    assert_eq!(line_of(&load_err(b"id\tname_ar\tname_en\n")), 1); // no kind column
    assert_eq!(
        line_of(&load_err(format!("{h}a\tplace\tمالي\n").as_bytes())),
        2
    ); // missing columns
    assert_eq!(
        line_of(&load_err(format!("{h}a\tcity\tمالي\tMali\t\n").as_bytes())),
        2
    ); // bad kind
    assert_eq!(
        line_of(&load_err(
            format!("{h}\n# c\n\ta\tplace\tمالي\tMali\n").as_bytes()
        )),
        4
    );
    assert_eq!(
        line_of(&load_err(
            format!("{h}a\tplace\tمالي\tMali\t\na\tgroup\tمالي\tMali\t\n").as_bytes()
        )),
        3
    ); // kind conflict on a repeated id
    let mut bad_utf8 = format!("{h}a\tplace\t").into_bytes();
    bad_utf8.extend_from_slice(&[0xff, 0xfe, b'\t', b'x', b'\t', b'\n']);
    let e = load_err(&bad_utf8);
    assert_eq!(line_of(&e), 2);
    assert!(e.to_string().contains("UTF-8"), "{e}");
    let huge = "ا".repeat(600_000);
    assert_eq!(
        line_of(&load_err(
            format!("{h}a\tplace\tمالي\tMali\t{huge}\n").as_bytes()
        )),
        2
    );
    let e = Gazetteer::from_path("/nonexistent/gazetteer.tsv").unwrap_err();
    assert!(matches!(e, Error::Io { ref path, .. } if path == "/nonexistent/gazetteer.tsv"));
    assert!(e.to_string().contains("/nonexistent/gazetteer.tsv"));
}

#[test]
fn tolerated_input() {
    // CRLF, BOM, column order, extra blank lines, duplicate ids merge, empty-normalizing alias.
    let tsv = "\u{FEFF}name_en\tid\tname_ar\tkind\taliases\r\n\r\nMali\ta\tمالي\tplace\tجمهورية مالي\r\nMali\ta\tمالي\tplace\tمالى|\u{64B}\r\n";
    let g = Gazetteer::from_tsv_str(tsv, "crlf.tsv").unwrap();
    assert_eq!(g.len(), 1);
    assert_eq!(
        g.get("a").unwrap().aliases,
        vec!["جمهورية مالي", "مالى", "\u{64B}"]
    );
    let ex = Extractor::builder()
        .default_gazetteer(false)
        .gazetteer(g)
        .build()
        .unwrap();
    assert_eq!(ex.extract("مالى").entities.len(), 1);
}

#[test]
fn many_entries_load() {
    let mut tsv = String::from("id\tkind\tname_ar\tname_en\n");
    for i in 0..100_000 {
        tsv.push_str(&format!("x{i}\tplace\tمكان {i}\tPlace {i}\n"));
    }
    let g = Gazetteer::from_tsv_str(&tsv, "big.tsv").unwrap();
    assert_eq!(g.len(), 100_000);
}

#[test]
fn embedded_default_is_large_and_unique() {
    let g = Gazetteer::embedded().expect("embedded gazetteer parses");
    assert!(g.len() >= 5000, "only {} entries", g.len());
    let ids: HashSet<_> = g.entries().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), g.len());
    for e in g.entries() {
        assert!(!e.name_ar.is_empty() && !e.name_en.is_empty(), "{}", e.id);
        let qid_or_slug = (e.id.starts_with('Q') && e.id[1..].chars().all(|c| c.is_ascii_digit()))
            || e.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        assert!(qid_or_slug, "id {:?} is neither a QID nor a slug", e.id);
    }
    assert!(Gazetteer::embedded_files().count() >= 3);
    // No alias of the default gazetteer names two entries.
    let ambiguous = Extractor::default().ambiguous_aliases().to_vec();
    assert!(ambiguous.is_empty(), "ambiguous aliases: {ambiguous:?}");
}

#[test]
fn longer_names_of_people_are_kept_descriptions_of_places_are_not() {
    let tsv = "id\tkind\tname_ar\tname_en\taliases\n\
               p\tperson\tأحمد الشرع\tAhmed al-Sharaa\tأبو محمد الجولاني|الجولاني\n\
               c\tplace\tباماكو\tBamako\tمدينة باماكو\n";
    let ex = Extractor::builder()
        .default_gazetteer(false)
        .gazetteer(Gazetteer::from_tsv_str(tsv, "names.tsv").unwrap())
        .build()
        .unwrap();
    let found: Vec<_> = ex
        .extract("قال أبو محمد الجولاني في مدينة باماكو")
        .entities
        .into_iter()
        .map(|e| (e.id().to_string(), e.text.to_string()))
        .collect();
    assert_eq!(found, pairs(&[("p", "أبو محمد الجولاني"), ("c", "باماكو")]));
}
