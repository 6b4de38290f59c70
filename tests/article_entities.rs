//! The test article (`tests/data/`): every entity of its expected extraction (the `EXPECTED`
//! table below) is found at every occurrence (except inside a longer listed name, where the
//! longest name wins), with the right kind and one id per entity; and nothing else is
//! reported.

use arabic_extract::{Entity, EntityKind, Extractor, Normalizer};
use std::collections::{BTreeSet, HashMap};

const ARTICLE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/bamako-2024.ar.txt"
));

use EntityKind::{Group, Person, Place};

/// (entity label, kind, surface forms in the article). Forms with the same label must get
/// the same id.
const EXPECTED: &[(&str, EntityKind, &[&str])] = &[
    ("Bamako", Place, &["باماكو"]),
    ("Mali", Place, &["مالي"]),
    ("Burkina Faso", Place, &["بوركينا فاسو"]),
    ("Niger", Place, &["النيجر"]),
    ("Niamey", Place, &["نيامي"]),
    ("Faladié", Place, &["فالادي"]),
    ("Kidal", Place, &["كيدال"]),
    ("Tinzaouaten", Place, &["تينزاوتين"]),
    ("Mansila", Place, &["مانسيلا"]),
    ("Liptako-Gourma", Place, &["ليبتاكو-جورما"]),
    ("Azawad", Place, &["أزواد"]),
    ("Senegal", Place, &["السنغال"]),
    ("France", Place, &["فرنسا"]),
    ("United Kingdom", Place, &["المملكة المتحدة"]),
    ("Russia", Place, &["روسيا"]),
    ("Ukraine", Place, &["أوكرانيا"]),
    ("Kyiv", Place, &["كييف"]),
    ("United States", Place, &["الولايات المتحدة"]),
    ("West Africa", Place, &["غرب أفريقيا"]),
    ("Sahel", Place, &["منطقة الساحل"]),
    ("Modibo Keita airport", Place, &["مطار موديبو كيتا الدولي"]),
    ("JNIM", Group, &["جماعة نصرة الإسلام والمسلمين"]),
    ("al-Qaeda", Group, &["تنظيم القاعدة"]),
    ("Wagner", Group, &["فاغنر", "فيلق أفريقيا"]),
    // The Islamic State in the Greater Sahara was renamed Sahel Province in 2022: one group.
    (
        "ISGS / IS Sahel",
        Group,
        &[
            "تنظيم الدولة الإسلامية في الصحراء الكبرى",
            "داعش في منطقة الساحل",
        ],
    ),
    ("al-Mourabitoun", Group, &["المرابطون"]),
    ("Ansar Dine", Group, &["أنصار الدين"]),
    ("Macina Liberation Front", Group, &["جبهة تحرير ماسينا"]),
    ("MNLA", Group, &["الحركة الوطنية لتحرير أزواد"]),
    (
        "CSP-PSD",
        Group,
        &["الإطار الاستراتيجي الدائم للسلام والأمن والتنمية", "CSP-PSD"],
    ),
    ("United Nations", Group, &["الأمم المتحدة"]),
    (
        "MINUSMA",
        Group,
        &["بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي"],
    ),
    (
        "WFP",
        Group,
        &["برنامج الأغذية العالمي", "برنامج الغذاء العالمي"],
    ),
    ("African Union", Group, &["الاتحاد الأفريقي"]),
    ("ECOWAS", Group, &["إيكواس"]),
    ("Alliance of Sahel States", Group, &["تحالف دول الساحل"]),
    ("AFP", Group, &["وكالة فرانس برس", "وكالة الصحافة الفرنسية"]),
    ("Reuters", Group, &["رويترز"]),
    ("Al Jazeera", Group, &["الجزيرة"]),
    ("ORTM", Group, &["أو آر تي إم"]),
    ("Critical Threats", Group, &["التهديدات الحرجة"]),
    ("ACLED", Group, &["ACLED"]),
    ("Assimi Goïta", Person, &["أسيمي جويتا", "غويتا"]),
    ("Abdourahamane Tchiani", Person, &["عبد الرحمن تياني"]),
    ("Ibrahim Traoré", Person, &["إبراهيم تراوري"]),
    ("Ibrahim Boubacar Keïta", Person, &["إبراهيم بوبكر كيتا"]),
    ("Oumar Diarra", Person, &["عمر ديارا"]),
    ("António Guterres", Person, &["أنطونيو غوتيريش"]),
    (
        "Djaounsede Madjiangar",
        Person,
        &["دجاونسيدي مادجيانجار", "مادجيانجار"],
    ),
    ("Liam Karr", Person, &["ليام كار"]),
    ("Yuri Pivovarov", Person, &["يوري بيفوفاروف"]),
];

/// Letters allowed before a name inside the same written word.
const CLITICS: &[&str] = &[
    "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "لـ ", "وال", "بال", "لل", "ال",
];

/// Every occurrence of `form` in the normalized article that stands as a word (after an
/// optional proclitic), as normalized byte ranges.
fn occurrences(norm: &str, form: &str) -> Vec<(usize, usize)> {
    let mut out = find_words(norm, form, CLITICS);
    // للجزيرة: ل + الجزيرة with the article's alef dropped; the name starts at its lam.
    if let Some(lam_form) = form.strip_prefix('ا').filter(|f| f.starts_with('ل')) {
        out.extend(find_words(norm, lam_form, &["ل", "ول", "فل"]));
        out.sort();
    }
    out
}

fn find_words(norm: &str, form: &str, clitics: &[&str]) -> Vec<(usize, usize)> {
    let is_letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let mut out = Vec::new();
    for (at, _) in norm.match_indices(form) {
        let end = at + form.len();
        if is_letter(norm[end..].chars().next()) {
            continue;
        }
        let word_start = norm[..at]
            .rfind(|c: char| !c.is_alphanumeric())
            .map_or(0, |i| i + norm[i..].chars().next().unwrap().len_utf8());
        if clitics.contains(&&norm[word_start..at]) {
            out.push((at, end));
        }
    }
    out
}

#[test]
fn every_listed_entity_at_every_occurrence() {
    let normalizer = Normalizer::default();
    let n = normalizer.normalize(ARTICLE);
    let entities = Extractor::default().extract(ARTICLE).entities;
    let mut ids: HashMap<&str, BTreeSet<String>> = HashMap::new();
    let mut missing = Vec::new();
    for (label, kind, forms) in EXPECTED {
        for form in *forms {
            let f = normalizer.normalize_str(form);
            let occ = occurrences(n.as_str(), &f);
            assert!(!occ.is_empty(), "{form} does not occur in the article");
            for (a, b) in occ {
                let r = n.to_original(a..b);
                if ARTICLE[r.clone()].contains(['\u{64B}', '\u{64C}', '\u{64D}']) {
                    continue; // tanween: an adjective (روسيًا, "Russian"), not the name
                }
                let hit = entities
                    .iter()
                    .find(|e: &&Entity| e.span.start <= r.start && r.end <= e.span.end);
                match hit {
                    // Inside a longer name (مالي in the MINUSMA name, كيدال in منطقة كيدال):
                    // the longest name wins.
                    Some(e) if e.span.len() > r.end - r.start => {}
                    Some(e) => {
                        assert_eq!(e.kind, *kind, "{form}: kind of {}", e.id());
                        assert_eq!(e.span.range(), r.clone(), "{form}: span");
                        ids.entry(label).or_default().insert(e.id().to_string());
                    }
                    None => missing.push(format!("{form} at {}", r.start)),
                }
            }
        }
    }
    assert!(missing.is_empty(), "not found: {missing:#?}");
    for (label, set) in &ids {
        assert_eq!(set.len(), 1, "{label} has several ids: {set:?}");
    }
    let mut all: Vec<_> = ids.values().flatten().collect();
    all.sort();
    let before = all.len();
    all.dedup();
    assert_eq!(before, all.len(), "two listed entities share an id");
}

/// National institutions the article names by a nationality adjective (form, id): each is
/// found where it occurs. Generic references (`تساعد الجيش`) are not reported.
const INSTITUTIONS: &[(&str, &str)] = &[
    ("القوات الفرنسية", "fr-military"),
    ("القوات المالية", "ml-military"),
    ("القوات الروسية", "ru-military"),
    ("الحكومة الأوكرانية", "ua-government"),
    ("الجيش الأميركي", "us-military"),
];

/// People no gazetteer lists whom the article names (photo credits), found by discovery from
/// their given names: each is found where it occurs.
const DISCOVERED: &[&str] = &["إيسوفو سانوغو", "محمدو حميدو"];

#[test]
fn discovered_people_are_found() {
    let found = Extractor::default().extract(ARTICLE).entities;
    for name in DISCOVERED {
        assert!(
            found
                .iter()
                .any(|e| e.text == *name && e.kind == Person && e.id().starts_with("ctx-person-")),
            "{name}"
        );
    }
}

#[test]
fn institutions_are_found() {
    let found = Extractor::default().extract(ARTICLE).entities;
    for (form, id) in INSTITUTIONS {
        let occurrences = ARTICLE.matches(form).count();
        let hits = found
            .iter()
            .filter(|e| e.text == *form && e.id() == *id)
            .count();
        assert!(occurrences > 0, "{form} is not in the article");
        assert_eq!(hits, occurrences, "{form} ({id})");
    }
    assert!(
        !found.iter().any(|e| e.text == "الجيش"),
        "a bare head noun names nothing"
    );
}

#[test]
fn nothing_unexpected_is_reported() {
    let normalizer = Normalizer::default();
    let forms: Vec<String> = EXPECTED
        .iter()
        .flat_map(|(_, _, f)| f.iter())
        .chain(INSTITUTIONS.iter().map(|(f, _)| f))
        .chain(DISCOVERED.iter())
        .map(|f| normalizer.normalize_str(f))
        .collect();
    let unexpected: Vec<String> = Extractor::default()
        .extract(ARTICLE)
        .entities
        .into_iter()
        .filter(|e| {
            let t = normalizer.normalize_str(e.text);
            // A listed name, a part of one (غويتا), or a longer name around one (منطقة كيدال).
            !forms.iter().any(|f| {
                *f == t || (f.contains(&t) && t.chars().count() > 3) || t.contains(f.as_str())
            })
        })
        .map(|e| format!("{} ({}, {})", e.text, e.id(), e.name_en()))
        .collect();
    assert!(unexpected.is_empty(), "false positives: {unexpected:#?}");
}
