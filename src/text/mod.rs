//! The text layer every stage reads: normalization with its offset map, character classes and
//! folds, proclitics, and the token stream.
//!
//! ```text
//! text ──► normalize (NormalizedText: string + offset map)
//!            └─► tokens (words, numbers, punctuation; lookup keys)   ← numbers, casualties
//!            └─► word view (gazetteer automaton)                       ← gazetteer
//! ```
//!
//! Each language rule is defined once here: which characters make words and attach to letters
//! ([`chars`]), how lookup keys are folded ([`chars::key_char`]), and which proclitic
//! sequences a word may start with ([`proclitics`]).

pub(crate) mod chars;
pub(crate) mod document;
pub(crate) mod hash;
pub mod normalize;
pub(crate) mod proclitics;
pub(crate) mod tokens;
