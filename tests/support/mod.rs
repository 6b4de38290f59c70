//! The invariants every result of the crate must satisfy, checked in one place.
//!
//! Used by `tests/proptest_extract.rs`, `tests/reliability.rs` and both fuzz targets
//! (`fuzz/fuzz_targets/*.rs` include this file by path), so the fuzzers and the test suite
//! enforce exactly the same contract. Plain `std` only: no dev-dependencies here.
#![allow(dead_code)]

use arabic_extract::numbers::NumberPhrase;
use arabic_extract::{EntityKind, EntitySource, Extraction, NormalizerOptions, Span};

/// `span` is a byte range of `text` whose ends are on char boundaries.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} is out of bounds (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} is not on char boundaries"
    );
}

/// The number of characters before each byte offset in `at`, in one pass over `text`.
fn chars_before(text: &str, at: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..at.len()).collect();
    order.sort_by_key(|&i| at[i]);
    let mut out = vec![0; at.len()];
    let (mut byte, mut chars) = (0, 0);
    let mut it = text.char_indices().peekable();
    for i in order {
        while byte < at[i] {
            match it.next() {
                Some((_, c)) => {
                    byte += c.len_utf8();
                    chars += 1;
                }
                None => break,
            }
        }
        out[i] = chars;
    }
    out
}

/// The character offsets of every span are the code point counts before its byte ends, so
/// they slice the same text the way Python does. One pass for all spans.
pub fn check_char_offsets(text: &str, spans: &[(Span, &str)]) {
    let ends: Vec<usize> = spans.iter().flat_map(|(s, _)| [s.start, s.end]).collect();
    let counts = chars_before(text, &ends);
    for (k, (span, what)) in spans.iter().enumerate() {
        assert_eq!(
            (span.char_start, span.char_end),
            (counts[2 * k], counts[2 * k + 1]),
            "{what} {span:?}: character offsets disagree with the byte offsets"
        );
    }
}

/// Every span of `x` is in bounds and on char boundaries, every reported `text` is exactly
/// the original slice, entities are non-empty, in text order and never overlap, casualties
/// are in text order.
pub fn check_extraction(text: &str, x: &Extraction) {
    let mut spans: Vec<(Span, &str)> = Vec::new();
    for e in &x.entities {
        spans.push((e.span, "entity"));
    }
    for c in &x.casualties {
        spans.extend([
            (c.span, "casualty"),
            (c.count_span, "count"),
            (c.trigger_span, "trigger"),
        ]);
        spans.extend(c.victims.span.map(|s| (s, "victims")));
    }
    for (s, what) in &spans {
        check_span(text, *s, what);
    }
    check_char_offsets(text, &spans);
    for e in &x.entities {
        check_span(text, e.span, "entity span");
        assert!(!e.span.is_empty(), "empty entity span: {e:?}");
        assert_eq!(
            &text[e.span.range()],
            e.text,
            "entity text is not the original slice"
        );
        assert!(!e.id().is_empty(), "entity without id: {e:?}");
    }
    for w in x.entities.windows(2) {
        // The one nesting allowed: an institution or organization and the place that names
        // it (شرطة نيروبي، إذاعة صفاقس).
        let nested = matches!(
            w[0].source,
            EntitySource::Institution | EntitySource::Context
        ) && w[0].span.start < w[1].span.start
            && w[1].span.end <= w[0].span.end
            && w[1].kind == EntityKind::Place;
        assert!(
            w[0].span.end <= w[1].span.start || nested,
            "entities overlap or are out of order: {:?} / {:?}",
            w[0].span,
            w[1].span
        );
    }
    for c in &x.casualties {
        check_span(text, c.span, "casualty span");
        check_span(text, c.count_span, "casualty count_span");
        check_span(text, c.trigger_span, "casualty trigger_span");
        assert_eq!(
            &text[c.span.range()],
            c.text,
            "casualty text is not the original slice"
        );
        if let Some(s) = c.victims.span {
            check_span(text, s, "victims span");
            assert_eq!(
                &text[s.range()],
                c.victims.text,
                "victims text is not the original slice"
            );
        }
    }
    for w in x.casualties.windows(2) {
        assert!(
            w[0].span.start <= w[1].span.start,
            "casualties out of text order: {:?} / {:?}",
            w[0].span,
            w[1].span
        );
    }
}

/// The results of `numbers::find_numbers(text)`: spans in bounds and on char boundaries,
/// non-empty, the value inside its phrase, in text order and never overlapping.
pub fn check_numbers(text: &str, found: &[NumberPhrase]) {
    for p in found {
        check_number(text, p);
    }
    let spans: Vec<(Span, &str)> = found
        .iter()
        .flat_map(|p| [(p.span, "number"), (p.value_span, "number value")])
        .collect();
    check_char_offsets(text, &spans);
    for w in found.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "number phrases overlap or are out of order: {:?} / {:?}",
            w[0].span,
            w[1].span
        );
    }
}

/// One number phrase of `text`.
pub fn check_number(text: &str, p: &NumberPhrase) {
    check_span(text, p.span, "number span");
    check_span(text, p.value_span, "number value_span");
    assert!(!p.span.is_empty(), "empty number span: {p:?}");
    assert!(
        p.span.start <= p.value_span.start && p.value_span.end <= p.span.end,
        "value_span {:?} is not inside span {:?}",
        p.value_span,
        p.span
    );
}

/// Normalizer options from the low 13 bits of `bits`, one step per bit (for property tests
/// over every combination of options).
pub fn options_from_bits(bits: u16) -> NormalizerOptions {
    let b = |i: u32| bits & (1 << i) != 0;
    let mut o = NormalizerOptions::default();
    o.nfkc = b(0);
    o.remove_diacritics = b(1);
    o.remove_tatweel = b(2);
    o.fold_alef = b(3);
    o.fold_alef_maksura = b(4);
    o.fold_teh_marbuta = b(5);
    o.fold_hamza_seats = b(6);
    o.ascii_digits = b(7);
    o.ascii_number_separators = b(8);
    o.fold_persian_letters = b(9);
    o.remove_controls = b(10);
    o.canonical_punctuation = b(11);
    o.collapse_whitespace = b(12);
    o
}

/// Entity scoring shared by the measurement tests: names are folded (NFKC, no diacritics or
/// tatweel, `أ إ آ ٱ` → `ا`, `ى` → `ي`) and lose one leading proclitic-like prefix; a gold
/// (name, kind) is found when a reported one of the same kind contains it or is contained
/// by it.
#[allow(dead_code)]
pub mod scoring {
    use arabic_extract::{EntityKind, Extraction, Normalizer};
    use std::collections::BTreeSet;

    /// The folded comparison form of a name.
    pub fn fold(name: &str) -> String {
        let n = Normalizer::default().normalize_str(name);
        let n = n.trim();
        for p in [
            "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك",
        ] {
            if let Some(rest) = n.strip_prefix(p) {
                if rest.chars().count() >= 2 {
                    return rest.to_string();
                }
            }
        }
        n.to_string()
    }

    pub fn kind_name(k: EntityKind) -> &'static str {
        match k {
            EntityKind::Place => "place",
            EntityKind::Group => "group",
            _ => "person",
        }
    }

    /// The folded (name, kind) of every entity reported.
    pub fn reported(x: &Extraction<'_>) -> BTreeSet<(String, String)> {
        x.entities
            .iter()
            .map(|e| (fold(e.text), kind_name(e.kind).to_string()))
            .collect()
    }

    pub fn matches(a: &(String, String), b: &(String, String)) -> bool {
        a.1 == b.1 && (a.0.contains(b.0.as_str()) || b.0.contains(a.0.as_str()))
    }
}
