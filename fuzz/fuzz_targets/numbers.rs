//! Fuzz target: the number parser, `numbers::find_numbers` and `numbers::parse_number`, on
//! arbitrary text (decoded lossily as UTF-8), raw and normalized.
//!
//! Every phrase must have its spans in bounds, on char boundaries, the value inside the
//! phrase, phrases in text order and never overlapping (`tests/support/mod.rs`).
#![no_main]

use arabic_extract::numbers::{find_numbers, parse_number};
use arabic_extract::Normalizer;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/mod.rs"]
mod support;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let normalized = Normalizer::default().normalize_str(&text);
    for t in [&*text, normalized.as_str()] {
        support::check_numbers(t, &find_numbers(t));
        if let Some(p) = parse_number(t) {
            support::check_number(t, &p);
        }
    }
});
