//! Fuzz target: `Extractor::extract` on arbitrary text.
//!
//! The first input byte picks one of three extractors (default normalization, extra folding,
//! minimal normalization, so that marks, controls and raw whitespace reach the matcher);
//! the rest, decoded lossily as UTF-8, is the text. Every result must satisfy the invariants
//! of `tests/support/mod.rs` (spans in bounds, on char boundaries, `text` equal to the
//! original slice, entities ordered and non-overlapping), and `extract_normalized` must agree
//! with `extract`.
#![no_main]

use arabic_extract::{Extractor, Normalizer};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

#[path = "../../tests/support/mod.rs"]
mod support;

static EXTRACTORS: LazyLock<Vec<Extractor>> = LazyLock::new(|| {
    let folding = Normalizer::builder()
        .fold_teh_marbuta(true)
        .fold_hamza_seats(true)
        .canonical_punctuation(true)
        .build();
    let minimal = Normalizer::builder()
        .nfkc(false)
        .remove_diacritics(false)
        .remove_tatweel(false)
        .remove_controls(false)
        .collapse_whitespace(false)
        .build();
    vec![
        Extractor::default(),
        Extractor::builder().normalizer(folding).build().unwrap(),
        Extractor::builder().normalizer(minimal).build().unwrap(),
    ]
});

fuzz_target!(
    // Compile the three gazetteers before fuzzing starts, so that the first input is not
    // charged for it (it takes seconds with the sanitizer, past `-timeout`).
    init: {
        LazyLock::force(&EXTRACTORS);
    },
    |data: &[u8]| {
        let (sel, rest) = match data.split_first() {
            Some((s, rest)) => (*s as usize, rest),
            None => (0, data),
        };
        let text = String::from_utf8_lossy(rest);
        let extractor = &EXTRACTORS[sel % EXTRACTORS.len()];
        let x = extractor.extract(&text);
        support::check_extraction(&text, &x);
        let norm = extractor.normalizer().normalize(&text);
        assert_eq!(extractor.extract_normalized(&norm), x);
    }
);
