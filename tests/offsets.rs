//! Character offsets and the hardened public API: every span of every result slices the text
//! the way Python does (by code point) and the way JavaScript does (by UTF-16 unit) to exactly
//! the reported text; long documents give the same result piece by piece; a normalized text
//! cannot be paired with another text; errors keep their cause.

mod support;

use arabic_extract::{CharIndex, Error, Extraction, Extractor, Normalizer, Span};
use std::error::Error as _;

const ARTICLE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/bamako-2024.ar.txt"
));

/// Python's `text[a:b]` for code point offsets.
fn py_slice(text: &str, a: usize, b: usize) -> String {
    text.chars().skip(a).take(b.saturating_sub(a)).collect()
}

/// JavaScript's `text.slice(a, b)` for UTF-16 offsets.
fn js_slice(text: &str, a: usize, b: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[a.min(units.len())..b.min(units.len())]).expect("whole characters")
}

/// Every span of `x` (entities, casualties, count, trigger and victim spans).
fn all_spans(x: &Extraction<'_>) -> Vec<(&'static str, Span)> {
    let mut out = Vec::new();
    for e in &x.entities {
        out.push(("entity", e.span));
    }
    for c in &x.casualties {
        out.push(("casualty", c.span));
        out.push(("count", c.count_span));
        out.push(("trigger", c.trigger_span));
        if let Some(v) = c.victims.span {
            out.push(("victims", v));
        }
    }
    out
}

fn check_all_offsets(text: &str, x: &Extraction<'_>) -> usize {
    support::check_extraction(text, x);
    let index = CharIndex::new(text);
    let spans = all_spans(x);
    for (what, s) in &spans {
        let bytes = &text[s.range()];
        assert_eq!(
            py_slice(text, s.char_start, s.char_end),
            bytes,
            "{what} {s:?}"
        );
        let (u0, u1) = (index.utf16_offset(s.start), index.utf16_offset(s.end));
        assert_eq!(
            js_slice(text, u0, u1),
            bytes,
            "{what} {s:?} (utf-16 {u0}..{u1})"
        );
    }
    for e in &x.entities {
        assert_eq!(py_slice(text, e.span.char_start, e.span.char_end), e.text);
    }
    for c in &x.casualties {
        assert_eq!(py_slice(text, c.span.char_start, c.span.char_end), c.text);
    }
    spans.len()
}

#[test]
fn article_spans_slice_by_code_point_and_utf16_unit() {
    let x = Extractor::default().extract(ARTICLE);
    assert!(x.entities.len() > 20 && x.casualties.len() > 10);
    let n = check_all_offsets(ARTICLE, &x);
    assert!(n > 60, "only {n} spans checked");
}

/// The article's sentences interleaved with emoji, astral-plane letters, combining marks,
/// extra diacritics and tatweel, so byte, code point and UTF-16 offsets all drift apart.
fn decorated_article() -> String {
    let decorations = [
        "😀 ",
        "𝔸𝔹 ",
        "e\u{301}\u{302} ",
        "🇲🇱 ",
        "ـــ ",
        "\u{200F}",
        "ﷺ ",
    ];
    let mut out = String::new();
    for (i, line) in ARTICLE.lines().enumerate() {
        for (j, word) in line.split(' ').enumerate() {
            if (i + j) % 7 == 3 {
                out.push_str(decorations[(i * 3 + j) % decorations.len()]);
            }
            out.push_str(word);
            // Vocalize some Arabic words: a fatha after their first letter.
            if (i + j) % 11 == 5 {
                out.push('\u{064E}');
            }
            out.push(' ');
        }
        out.push('\n');
    }
    out
}

#[test]
fn decorated_text_spans_slice_exactly() {
    let text = decorated_article();
    let x = Extractor::default().extract(&text);
    assert!(!x.entities.is_empty() && !x.casualties.is_empty());
    check_all_offsets(&text, &x);
    // Astral characters really are there, before most spans.
    let last = x.entities.last().unwrap().span;
    assert!(last.char_start < last.start && text[..last.start].contains('😀'));
}

#[test]
fn long_documents_give_the_same_result_piece_by_piece() {
    let text = decorated_article().repeat(6) + &ARTICLE.replace('\n', " ").repeat(3);
    let whole = Extractor::builder()
        .piece_bytes(usize::MAX / 4)
        .build()
        .unwrap();
    let small = Extractor::builder().piece_bytes(1024).build().unwrap();
    let a = whole.extract(&text);
    let b = small.extract(&text);
    check_all_offsets(&text, &b);
    assert_eq!(a.entities.len(), b.entities.len());
    let key = |x: &Extraction<'_>| -> Vec<String> {
        x.entities
            .iter()
            .map(|e| format!("{}@{:?}", e.id(), e.span))
            .chain(
                x.casualties
                    .iter()
                    .map(|c| format!("{}:{}@{:?}", c.kind, c.count.value, c.span)),
            )
            .collect()
    };
    // Entities are identical; casualty rules never look across a line, and the one long
    // line was cut at sentence ends, so the only possible difference is a figure whose
    // sentence straddles a cut. None does here.
    assert_eq!(key(&a), key(&b));
}

#[test]
fn a_normalized_text_always_maps_into_its_own_original() {
    let text = "قُتل ٥ جنود في باماكو";
    let ex = Extractor::default();
    // Normalized with other options than the extractor's: normalized again, same result.
    let other = Normalizer::builder()
        .fold_alef(false)
        .ascii_digits(false)
        .build();
    let norm = other.normalize(text);
    assert_eq!(norm.original(), text);
    assert_eq!(ex.extract_normalized(&norm), ex.extract(text));
    let norm = ex.normalizer().normalize(text);
    assert_eq!(ex.extract_normalized(&norm), ex.extract(text));
}

#[test]
fn span_helpers_never_panic() {
    let mut s = Span::default();
    s.start = 10;
    s.end = 2;
    s.char_start = 7;
    s.char_end = 1;
    assert_eq!((s.len(), s.char_len(), s.is_empty()), (0, 0, true));
    assert_eq!(Span::of("باماكو", 1..4), None);
    let s = Span::of("a باماكو", 2..14).unwrap();
    assert_eq!(
        (s.char_start, s.char_end, s.len(), s.char_len()),
        (2, 8, 12, 6)
    );
    let u = s.union(&Span::of("a باماكو", 0..1).unwrap());
    assert_eq!((u.start, u.end, u.char_start, u.char_end), (0, 14, 0, 8));
}

#[test]
fn the_default_gazetteer_compiles_and_is_not_empty() {
    let ex = Extractor::new().expect("the embedded gazetteer compiles");
    assert!(ex.entity_count() > 6000, "{}", ex.entity_count());
    assert!(Extractor::default().entity_count() == ex.entity_count());
}

#[test]
fn io_errors_keep_their_cause() {
    let e = arabic_extract::Gazetteer::from_path("/nonexistent/dir/names.tsv").unwrap_err();
    assert!(matches!(&e, Error::Io { path, .. } if path == "/nonexistent/dir/names.tsv"));
    let cause = e.source().expect("an I/O error has a source");
    let io = cause
        .downcast_ref::<std::io::Error>()
        .expect("the source is the io::Error");
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    assert!(e.to_string().starts_with("/nonexistent/dir/names.tsv: "));
}

#[test]
fn results_serialize_with_byte_and_character_offsets() {
    let text = "😀 قُتل جنديان في باماكو";
    let x = Extractor::default().extract(text);
    let v = serde_json::to_value(&x).unwrap();
    let e = &v["entities"][0];
    assert_eq!(e["text"], "باماكو");
    assert_eq!(e["source"], "gazetteer");
    let (cs, ce) = (
        e["char_start"].as_u64().unwrap() as usize,
        e["char_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(py_slice(text, cs, ce), "باماكو");
    let c = &v["casualties"][0];
    assert_eq!(c["count"]["value"], 2);
    assert_eq!(c["victims"]["category"], "soldiers");
    assert!(c["char_start"].is_u64() && c["count_span"]["char_end"].is_u64());
}
