//! Turn Arabic news text into structured facts.
//!
//! `arabic-extract` reads Arabic news text and reports, with spans into the text you gave it:
//!
//! * **entities** — places, groups/organizations and people from a gazetteer (a real default
//!   gazetteer of about 7,000 entries is embedded, so nothing needs to be loaded), matched
//!   whole-word with attached proclitics (`والنيجر`, `لمالي`, `للأمم المتحدة`), diacritics and
//!   spelling variants handled; national institutions of every country (`الجيش السنغالي`,
//!   `شرطة نيروبي`); names that are also ordinary words only with evidence (`مدينة صور`, not
//!   `صور الأقمار الصناعية`); and names no list holds, discovered from the words that
//!   introduce them (`قرية تل الورد`, `العقيد ماماني ساليفو`, `وكالة الساحل للأنباء`), each
//!   entity saying where it came from ([`EntitySource`]) and what licensed it ([`Evidence`]);
//! * **casualty figures** — killed, injured, captured, kidnapped and missing people with the
//!   count (`نحو 77`, `أكثر من 100`, `عشرات`, `خمسة`, `جنديان`) and who the victims were.
//!
//! # Usage
//!
//! ```
//! use arabic_extract::{CasualtyKind, Extractor, Qualifier};
//!
//! let text = "قُتل نحو 77 شخصاً في الهجوم على باماكو.";
//! let extraction = Extractor::default().extract(text);
//!
//! let place = &extraction.entities[0];
//! assert_eq!(place.name_en(), "Bamako");
//! assert_eq!(place.text, "باماكو");
//! assert_eq!(&text[place.span.range()], "باماكو");
//!
//! let killed = &extraction.casualties[0];
//! assert_eq!(killed.kind, CasualtyKind::Killed);
//! assert_eq!((killed.count.value, killed.count.qualifier), (77, Qualifier::Approx));
//! ```
//!
//! An [`Extractor`] is built once (the default one compiles the embedded gazetteer on first
//! use, about 60 ms, and shares it) and used for any number of texts, from any number of
//! threads: it is `Send + Sync` and cheap to clone. Results borrow the text they came from
//! ([`Extraction<'t>`](Extraction)), like `regex`'s matches: the matched text of every entity
//! and figure is a slice of your text, and nothing is copied.
//!
//! # The builder
//!
//! [`Extractor::builder`] configures everything: other [normalization](Normalizer) options,
//! extra gazetteers ([`Gazetteer::from_path`], or entries built in code), no default
//! gazetteer at all, only entities or only casualties.
//!
//! ```
//! use arabic_extract::{EntityKind, Extractor, GazetteerEntry};
//!
//! let extractor = Extractor::builder()
//!     .add_entries([GazetteerEntry::new("xx-wadi", EntityKind::Place, "وادي الرمل", "Sand Valley")])?
//!     .casualties(false)
//!     .build()?;
//! let found = extractor.extract("وصلت القافلة إلى وادي الرمل ثم إلى تمبكتو");
//! let ids: Vec<&str> = found.entities.iter().map(|e| e.id()).collect();
//! assert_eq!(ids, ["xx-wadi", "ml-timbuktu"]);
//! # Ok::<(), arabic_extract::Error>(())
//! ```
//!
//! Gazetteer files are TSV (`gazetteers/README.md` in the repository describes the columns);
//! a malformed line is an [`Error`] naming the file and line (`names.tsv:12: …`), and an
//! unreadable file keeps its `io::Error` as the error's [`source`](std::error::Error::source).
//!
//! # Byte and character offsets
//!
//! Every [`Span`] carries both: `start..end` in UTF-8 bytes (slice a Rust `&str`), and
//! `char_start..char_end` in code points (slice a Python `str`). They always describe the
//! same piece of the original text, on character boundaries, whatever the text holds (emoji,
//! combining marks, bidi controls). For UTF-16 offsets (JavaScript, Java), or to convert
//! offsets of your own, build a [`CharIndex`] once per text.
//!
//! ```
//! use arabic_extract::{CharIndex, Extractor};
//!
//! let text = "🙂 قُتل جنديان في باماكو";
//! let x = Extractor::default().extract(text);
//! let span = x.entities[0].span;
//! let python_slice: String = text.chars().skip(span.char_start).take(span.char_len()).collect();
//! assert_eq!(python_slice, "باماكو");
//! assert_eq!(CharIndex::new(text).utf16_offset(span.start), span.char_start + 1); // 🙂 is 2 units
//! ```
//!
//! # How it works
//!
//! The text is normalized ([`Normalizer`]: NFKC, diacritics, tatweel, alef and ya folding,
//! digits, controls, whitespace) into a string plus an offset map, and cut into one token
//! stream that every stage reads: the gazetteer matcher (a word-level trie over every alias,
//! proclitics handled) marks the tokens that are names, and the casualty rules
//! ([`casualties`], which documents them) never read a name as an ordinary word. Every range
//! they find is mapped back to the original text. Long documents are processed a piece at a time (about 256 KiB, cut at line
//! breaks), so memory stays bounded by the text and what is found.
//!
//! # JSON
//!
//! With serde, an [`Extraction`] serializes as
//!
//! ```text
//! {"entities":   [{"kind": "place", "id": "ml-bamako", "name_ar": "باماكو", "name_en": "Bamako",
//!                  "subkind": "capital", "country": "ML", "source": "gazetteer",
//!                  "start": 70, "end": 82, "char_start": 36, "char_end": 42, "text": "باماكو"}],
//!  "casualties": [{"kind": "killed",
//!                  "count": {"value": 77, "low": 70, "high": 84, "qualifier": "approx"},
//!                  "victims": {"category": "people", "text": "شخصاً", "span": {…}},
//!                  "start": 0, "end": 34, "char_start": 0, "char_end": 19, "text": "…",
//!                  "count_span": {…}, "trigger_span": {…}}]}
//! ```
//!
//! where every nested span has the same four offsets. The `annotate` tool writes this shape,
//! one record per document, with the document's file name, line and id added.
//!
//! # Guarantees
//!
//! * **Never panics** on any `&str`, and extraction never fails: errors only come from
//!   building an extractor or loading files.
//! * **Linear time** in the length of the text (tested on megabyte inputs of adversarial
//!   repetitions), and memory bounded by the text plus what is found.
//! * **Valid spans**: byte ends on char boundaries of your text, character offsets that agree
//!   with them, entities in text order and never overlapping, except an institution around
//!   the place that names it (`شرطة نيروبي` ⊃ `نيروبي`) (property-tested).
//! * `#![forbid(unsafe_code)]`.
//!
//! # Performance
//!
//! On one core of the 2-core development machine (thread CPU time; figures, corpora and
//! commands in `BENCHMARKS.md`): normalization runs at about 320 MB/s, finding entities with
//! the default gazetteer, institutions, gated aliases and discovery (tokens included) at about
//! 40 MB/s, and the whole pipeline at about 28 MB/s, on dense casualty reporting and on general
//! news alike. Discovery is about a quarter of the pipeline's time
//! ([`ExtractorBuilder::discovery`] turns it off). An extractor with 100,000
//! extra names builds in about 0.3 s. Memory stays near the size of the text plus what is
//! found (a 50 MB document peaks at 119 MB).
//!
//! # The `annotate` tool
//!
//! ```text
//! cargo run --release --example annotate -- tests/data/bamako-2024.ar.txt
//! cargo run --release --example annotate -- --jsonl-input -f jsonl corpus.jsonl > facts.jsonl
//! ```
//!
//! writes JSON, JSON Lines, a highlighted terminal view or an HTML page for any number of
//! articles, in parallel; `--help` lists every option (`--utf16` adds UTF-16 offsets).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod casualties;
mod data_file;
mod entities;
mod error;
mod extractor;
pub mod gazetteer;
pub mod numbers;
mod offsets;
pub(crate) mod text;
mod types;

pub use text::normalize;

pub use casualties::Lexicon;
pub use error::Error;
pub use extractor::{Extractor, ExtractorBuilder};
pub use gazetteer::{Gazetteer, GazetteerEntry};
pub use normalize::{NormalizedText, Normalizer, NormalizerBuilder, NormalizerOptions};
pub use offsets::CharIndex;
pub use types::{
    Casualty, CasualtyKind, Count, Entity, EntityKind, EntitySource, Evidence, Extraction,
    Qualifier, Span, VictimCategory, Victims,
};

/// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
