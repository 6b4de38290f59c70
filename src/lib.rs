//! Turn Arabic news text into structured facts.
//!
//! `arabic-extract` reads Arabic news text and reports, with byte spans into the text you gave
//! it:
//!
//! * **entities** — places, groups/organizations and people from a gazetteer (a real default
//!   gazetteer is embedded, so nothing needs to be loaded), matched whole-word with attached
//!   proclitics (`والنيجر`, `لمالي`, `للأمم المتحدة`), diacritics and spelling variants handled;
//! * **casualty figures** — killed, injured, captured, kidnapped and missing people with the
//!   count (`نحو 77`, `أكثر من 100`, `عشرات`, `خمسة`, `جنديان`) and who the victims were.
//!
//! # Example
//!
//! ```
//! use arabic_extract::{CasualtyKind, Extractor, Qualifier};
//!
//! let text = "قُتل نحو 77 شخصاً في الهجوم على باماكو.";
//! let extraction = Extractor::default().extract(text);
//!
//! let place = &extraction.entities[0];
//! assert_eq!(place.name_en, "Bamako");
//! assert_eq!(&text[place.span.range()], "باماكو");
//!
//! let killed = &extraction.casualties[0];
//! assert_eq!(killed.kind, CasualtyKind::Killed);
//! assert_eq!((killed.count.value, killed.count.qualifier), (77, Qualifier::Approx));
//! ```
//!
//! # How it works
//!
//! One data flow: the text is normalized ([`Normalizer`]) into a string plus an offset map;
//! the gazetteer matcher and the casualty rules run on the normalized string; every range
//! they find is mapped back to the original text. So every [`Span`] the crate reports
//! satisfies `text.get(span.start..span.end).is_some()`.
//!
//! Configure with [`Extractor::builder`]: other normalization options, extra gazetteers
//! ([`Gazetteer::from_path`]), or no default gazetteer at all.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod casualties;
mod error;
mod extractor;
pub mod gazetteer;
pub mod normalize;
pub mod numbers;
mod types;

pub use casualties::Lexicon;
pub use error::Error;
pub use extractor::{Extractor, ExtractorBuilder};
pub use gazetteer::{Gazetteer, GazetteerEntry};
pub use normalize::{NormalizedText, Normalizer, NormalizerBuilder, NormalizerOptions};
pub use types::{
    Casualty, CasualtyKind, Count, Entity, EntityKind, Extraction, Qualifier, Span, VictimCategory,
    Victims,
};

/// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
