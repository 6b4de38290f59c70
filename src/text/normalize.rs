//! Arabic text normalization with a map back to the original text.
//!
//! [`Normalizer::normalize`] turns any `&str` into a [`NormalizedText`]: the normalized
//! string plus an offset map. Matching runs on the normalized string; every range found
//! there is mapped back with [`NormalizedText::to_original`], so the spans the crate reports
//! always point into the caller's text.
//!
//! # How the offset map works
//!
//! The input is cut into *clusters*: a base character plus the combining marks and tatweel
//! that follow it (`قُ`, `مـــ`). Each cluster is normalized as a unit, so a removed diacritic
//! belongs to the letter it sits on and a span that ends on that letter also covers its marks.
//! Clusters whose output has the same byte length as their input (unchanged text, and
//! same-length substitutions such as `أ` → `ا`) form *linear* segments in which offsets map
//! one to one; other clusters (`٣` → `3`, `ﻻ` → `لا`, `قُ` → `ق`) form *atomic* segments that map
//! as a whole. Removed characters (bidi controls, extra whitespace) are gaps between
//! segments: a range never starts or ends inside a gap, but includes the gaps inside it.
//! Text with nothing to change is copied in bulk and needs a single segment.
//!
//! ```
//! use arabic_extract::Normalizer;
//!
//! let text = "قُتل نحو ٧٧ شخصاً";
//! let norm = Normalizer::default().normalize(text);
//! assert_eq!(norm.as_str(), "قتل نحو 77 شخصا");
//!
//! // "77" in the normalized text is "٧٧" in the original.
//! let at = norm.as_str().find("77").unwrap();
//! let orig = norm.to_original(at..at + 2);
//! assert_eq!(&text[orig], "٧٧");
//! ```

use super::chars::{
    is_arabic_diacritic, is_basic_arabic_letter, is_extender, ALEF_VARIANTS, TATWEEL,
};
use serde::{Deserialize, Serialize};
use std::ops::Range;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Which normalization steps run. Build one with [`Normalizer::builder`]; the defaults are
/// those of [`Normalizer::default`]. New steps may be added (hence `#[non_exhaustive]`):
/// start from `NormalizerOptions::default()` and set fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct NormalizerOptions {
    /// Unicode NFKC: presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) and ligatures
    /// become base letters. Default on.
    pub nfkc: bool,
    /// Remove harakat, tanween, shadda, sukun (U+064B–U+065F), superscript alef (U+0670),
    /// Quranic annotation marks (U+06D6–U+06ED, U+0610–U+061A) and the Arabic marks of
    /// U+08D3–U+08FF. Default on.
    pub remove_diacritics: bool,
    /// Remove tatweel (U+0640). Default on.
    pub remove_tatweel: bool,
    /// Fold `أ إ آ ٱ` (and the wavy-hamza alefs U+0672, U+0673) to `ا`. Default on.
    pub fold_alef: bool,
    /// Fold alef maksura `ى` to `ي`. Default on.
    pub fold_alef_maksura: bool,
    /// Fold teh marbuta `ة` to `ه`. Default off.
    pub fold_teh_marbuta: bool,
    /// Fold hamza seats `ؤ` → `و` and `ئ` → `ي`. Default off.
    pub fold_hamza_seats: bool,
    /// Arabic-Indic (`٠`–`٩`) and Extended/Persian (`۰`–`۹`) digits to ASCII. Default on.
    pub ascii_digits: bool,
    /// Arabic decimal and thousands separators (`٫` `٬`) to `.` and `,`. Default on.
    pub ascii_number_separators: bool,
    /// Persian/Urdu letter variants used in Arabic text: `ک` → `ك`, `ی` → `ي`. Default on.
    pub fold_persian_letters: bool,
    /// Remove zero-width and bidi controls (ZWSP, ZWNJ, ZWJ, word joiner, soft hyphen, LRM,
    /// RLM, ALM, BOM, U+202A–U+202E, U+2066–U+2069). Default on.
    pub remove_controls: bool,
    /// Map Arabic punctuation `، ؛ ؟ ٪ ۔` and quotes `“ ” « »` to ASCII `, ; ? % . "`.
    /// Default off.
    pub canonical_punctuation: bool,
    /// Collapse each run of whitespace to one character: a newline when the run contains a
    /// line break (so paragraphs stay apart), otherwise a space. Default on.
    pub collapse_whitespace: bool,
}

impl Default for NormalizerOptions {
    fn default() -> Self {
        NormalizerOptions {
            nfkc: true,
            remove_diacritics: true,
            remove_tatweel: true,
            fold_alef: true,
            fold_alef_maksura: true,
            fold_teh_marbuta: false,
            fold_hamza_seats: false,
            ascii_digits: true,
            ascii_number_separators: true,
            fold_persian_letters: true,
            remove_controls: true,
            canonical_punctuation: false,
            collapse_whitespace: true,
        }
    }
}

/// Normalizes Arabic text and records where each piece came from.
///
/// Cheap to clone and `Send + Sync`; one instance can serve many threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Normalizer {
    options: NormalizerOptions,
}

/// Configures a [`Normalizer`]. Every method sets one step on or off.
///
/// ```
/// use arabic_extract::Normalizer;
///
/// let n = Normalizer::builder().fold_teh_marbuta(true).build();
/// assert_eq!(n.normalize_str("مدينة"), "مدينه");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NormalizerBuilder {
    options: NormalizerOptions,
}

macro_rules! builder_flags {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        impl NormalizerBuilder {
            $(
                $(#[$doc])*
                #[must_use]
                pub fn $name(mut self, on: bool) -> Self {
                    self.options.$name = on;
                    self
                }
            )*
        }
    };
}

builder_flags!(
    /// Unicode NFKC (presentation forms, ligatures). Default on.
    nfkc,
    /// Remove harakat, tanween, shadda, sukun, superscript alef, Quranic marks. Default on.
    remove_diacritics,
    /// Remove tatweel. Default on.
    remove_tatweel,
    /// Fold `أ إ آ ٱ` to `ا`. Default on.
    fold_alef,
    /// Fold `ى` to `ي`. Default on.
    fold_alef_maksura,
    /// Fold `ة` to `ه`. Default off.
    fold_teh_marbuta,
    /// Fold `ؤ` → `و`, `ئ` → `ي`. Default off.
    fold_hamza_seats,
    /// Arabic-Indic and Persian digits to ASCII. Default on.
    ascii_digits,
    /// `٫` → `.` and `٬` → `,`. Default on.
    ascii_number_separators,
    /// `ک` → `ك`, `ی` → `ي`. Default on.
    fold_persian_letters,
    /// Remove zero-width and bidi controls. Default on.
    remove_controls,
    /// Arabic punctuation and curly quotes to ASCII. Default off.
    canonical_punctuation,
    /// Collapse whitespace runs. Default on.
    collapse_whitespace,
);

impl NormalizerBuilder {
    /// Starts from a complete set of options.
    #[must_use]
    pub fn options(mut self, options: NormalizerOptions) -> Self {
        self.options = options;
        self
    }

    /// Builds the normalizer. Every combination of options is valid.
    pub fn build(self) -> Normalizer {
        Normalizer {
            options: self.options,
        }
    }
}

/// One piece of the offset map: `norm_len` normalized bytes from `orig_len` original bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    norm_start: usize,
    orig_start: usize,
    norm_len: usize,
    orig_len: usize,
    /// Atomic segments map only as a whole; linear ones (equal lengths, aligned chars) map
    /// byte for byte.
    atomic: bool,
}

impl Segment {
    fn norm_end(&self) -> usize {
        self.norm_start + self.norm_len
    }
    fn orig_end(&self) -> usize {
        self.orig_start + self.orig_len
    }
}

/// A normalized string, the original text it was made from, and the map from its byte offsets
/// back to the original.
///
/// It borrows the original (`'t`), so results mapped through it can only ever be spans of
/// the text it was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormalizedText<'t> {
    text: String,
    segments: Vec<Segment>,
    original: &'t str,
    normalizer: Normalizer,
}

impl<'t> NormalizedText<'t> {
    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original text this was made from.
    pub fn original(&self) -> &'t str {
        self.original
    }

    /// Length in bytes of the original text this was made from.
    pub fn original_len(&self) -> usize {
        self.original.len()
    }

    /// The normalizer that made this text.
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// Consumes `self`, returning the normalized string.
    pub fn into_string(self) -> String {
        self.text
    }

    /// Maps a byte range of the normalized text to the byte range of the original text that
    /// produced it.
    ///
    /// The result is on char boundaries of the original, covers exactly the original
    /// characters that produced the range (with the diacritics of its letters and anything
    /// removed from inside it), and is monotone: a range that starts later never maps to an
    /// earlier start. Out-of-bounds input is clamped and positions inside a character are
    /// widened to the whole character, so this never panics.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        let len = self.text.len();
        let mut a = range.start.min(len);
        let mut b = range.end.min(len).max(a);
        while !self.text.is_char_boundary(a) {
            a -= 1;
        }
        while !self.text.is_char_boundary(b) {
            b += 1;
        }
        let start = self.original_start(a);
        if range.end <= range.start || a == b {
            return start..start;
        }
        let end = self.original_end(b).max(start);
        start..end
    }

    /// Index of the segment that contains normalized byte `pos` (`pos < len`).
    fn segment_at(&self, pos: usize) -> &Segment {
        let i = self.segments.partition_point(|s| s.norm_start <= pos);
        &self.segments[i.saturating_sub(1)]
    }

    fn original_start(&self, pos: usize) -> usize {
        if pos >= self.text.len() {
            return self.segments.last().map_or(0, Segment::orig_end);
        }
        let s = self.segment_at(pos);
        if s.atomic {
            s.orig_start
        } else {
            s.orig_start + (pos - s.norm_start)
        }
    }

    fn original_end(&self, pos: usize) -> usize {
        if pos == 0 {
            return self.original_start(0);
        }
        let s = self.segment_at(pos - 1);
        if s.atomic {
            s.orig_end()
        } else {
            s.orig_start + (pos - s.norm_start)
        }
    }
}

impl Normalizer {
    /// A builder starting from the default options.
    pub fn builder() -> NormalizerBuilder {
        NormalizerBuilder::default()
    }

    /// The options in force.
    pub fn options(&self) -> &NormalizerOptions {
        &self.options
    }

    /// Normalizes `text` and returns only the string, without an offset map. Used for
    /// gazetteer aliases and anywhere positions do not matter.
    pub fn normalize_str(&self, text: &str) -> String {
        self.normalize(text).into_string()
    }

    /// Normalizes `text`, keeping the map back to it. Never panics.
    pub fn normalize<'t>(&self, text: &'t str) -> NormalizedText<'t> {
        let mut w = Writer {
            out: String::with_capacity(text.len()),
            segments: Vec::new(),
            collapse: self.options.collapse_whitespace,
        };
        let bytes = text.as_bytes();
        let mut scratch = String::new();
        let plain = self.plain_letters();
        let mut i = 0;
        while i < bytes.len() {
            // Fast path: a run of characters that need no change (ASCII, single spaces, plain
            // Arabic letters) is copied in bulk.
            let (run, last) = self.unchanged_run(bytes, i, w.last_is_space(), &plain);
            if run > i {
                // The last char of the run is the base of a cluster if marks follow it.
                let end = if run < bytes.len() && bytes[run] >= 0x80 && starts_extender(text, run) {
                    last
                } else {
                    run
                };
                if end > i {
                    w.push_linear(&text[i..end], i);
                    i = end;
                    continue;
                }
            }
            let c = match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            };
            let clen = c.len_utf8();
            if self.options.collapse_whitespace && c.is_whitespace() {
                w.push_whitespace(c, i);
                i += clen;
                continue;
            }
            if self.options.remove_controls && is_removed_control(c) {
                i += clen; // a gap
                continue;
            }
            // The cluster: c plus following combining marks and tatweel.
            let mut end = i + clen;
            if !c.is_whitespace() {
                while let Some(d) = text[end..].chars().next() {
                    if is_extender(d) {
                        end += d.len_utf8();
                    } else {
                        break;
                    }
                }
            }
            let cluster = &text[i..end];
            if end == i + clen && !(self.options.nfkc && needs_nfkc(c)) {
                match self.map_char(c) {
                    Some(m) if m == c => w.push_linear(cluster, i),
                    Some(m) if m.len_utf8() == clen && !m.is_whitespace() => {
                        w.push_char_linear(m, i)
                    }
                    Some(m) => {
                        scratch.clear();
                        scratch.push(m);
                        w.push_atomic(&scratch, i, clen);
                    }
                    None => {}
                }
            } else {
                scratch.clear();
                if self.options.nfkc && cluster.chars().any(needs_nfkc) {
                    for d in cluster.nfkc() {
                        if let Some(m) = self.map_char(d) {
                            scratch.push(m);
                        }
                    }
                } else {
                    for d in cluster.chars() {
                        if let Some(m) = self.map_char(d) {
                            scratch.push(m);
                        }
                    }
                }
                if scratch == cluster {
                    w.push_linear(cluster, i);
                } else {
                    w.push_atomic(&scratch, i, cluster.len());
                }
            }
            i = end;
        }
        NormalizedText {
            text: w.out,
            segments: w.segments,
            original: text,
            normalizer: *self,
        }
    }

    /// End of the run from `i` that normalization leaves unchanged, and the start of the
    /// run's last character. The run holds printable ASCII, single spaces, and Arabic letters
    /// (U+0621–U+064A) that no enabled fold changes.
    fn unchanged_run(
        &self,
        bytes: &[u8],
        mut i: usize,
        mut after_space: bool,
        plain: &[bool; 128],
    ) -> (usize, usize) {
        let o = &self.options;
        let mut last = i;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b == b' ' {
                    if after_space && o.collapse_whitespace {
                        break;
                    }
                    after_space = true;
                } else if b.is_ascii_whitespace() || b == 0x0B {
                    break;
                } else {
                    after_space = false;
                }
                last = i;
                i += 1;
            } else if (b == 0xD8 || b == 0xD9) && i + 1 < bytes.len() {
                if !plain[(usize::from(b & 1) << 6) | usize::from(bytes[i + 1] & 0x3F)] {
                    break;
                }
                after_space = false;
                last = i;
                i += 2;
            } else {
                break;
            }
        }
        (i, last)
    }

    /// Which characters of U+0600–U+067F (indexed by their offset) no enabled step changes:
    /// the Arabic letters U+0621–U+064A but those a fold rewrites. Computed once per text so
    /// the bulk-copy loop decides a letter with one lookup.
    fn plain_letters(&self) -> [bool; 128] {
        let o = &self.options;
        let mut plain = [false; 128];
        for (k, slot) in plain.iter_mut().enumerate() {
            let u = 0x0600 + k as u32;
            *slot = is_basic_arabic_letter(u)
                && !(o.fold_alef && matches!(u, 0x0622 | 0x0623 | 0x0625))
                && !(o.fold_alef_maksura && u == 0x0649)
                && !(o.fold_teh_marbuta && u == 0x0629)
                && !(o.fold_hamza_seats && matches!(u, 0x0624 | 0x0626));
        }
        plain
    }

    /// The per-character steps, after NFKC. `None` drops the character.
    fn map_char(&self, c: char) -> Option<char> {
        let o = &self.options;
        let u = c as u32;
        if u < 0x80 {
            if o.collapse_whitespace && (c.is_ascii_whitespace() || c == '\u{0B}') {
                return Some(if is_line_break(c) { '\n' } else { ' ' });
            }
            return Some(c);
        }
        let mapped = match u {
            _ if o.remove_diacritics && is_arabic_diacritic(c) => return None,
            0x08D3..=0x08FF if o.remove_diacritics && u != 0x08E2 => return None,
            _ if o.remove_tatweel && c == TATWEEL => return None,
            _ if o.fold_alef && ALEF_VARIANTS.contains(&c) => '\u{0627}',
            0x0649 if o.fold_alef_maksura => '\u{064A}',
            0x0629 if o.fold_teh_marbuta => '\u{0647}',
            0x0624 if o.fold_hamza_seats => '\u{0648}',
            0x0626 if o.fold_hamza_seats => '\u{064A}',
            0x0660..=0x0669 if o.ascii_digits => char::from(b'0' + (u - 0x0660) as u8),
            0x06F0..=0x06F9 if o.ascii_digits => char::from(b'0' + (u - 0x06F0) as u8),
            0x066B if o.ascii_number_separators => '.',
            0x066C if o.ascii_number_separators => ',',
            0x06A9 if o.fold_persian_letters => '\u{0643}',
            0x06CC if o.fold_persian_letters => '\u{064A}',
            0x060C if o.canonical_punctuation => ',',
            0x061B if o.canonical_punctuation => ';',
            0x061F if o.canonical_punctuation => '?',
            0x066A if o.canonical_punctuation => '%',
            0x06D4 if o.canonical_punctuation => '.',
            0x201C | 0x201D | 0x00AB | 0x00BB if o.canonical_punctuation => '"',
            _ if o.remove_controls && is_removed_control(c) => return None,
            _ => c,
        };
        if o.collapse_whitespace && mapped.is_whitespace() {
            return Some(if is_line_break(mapped) { '\n' } else { ' ' });
        }
        Some(mapped)
    }
}

/// Builds the normalized string and its segments.
struct Writer {
    out: String,
    segments: Vec<Segment>,
    collapse: bool,
}

impl Writer {
    fn last_is_space(&self) -> bool {
        matches!(self.out.as_bytes().last(), Some(b' ' | b'\n'))
    }

    /// Appends text that maps byte for byte onto `orig_start..`.
    fn push_linear(&mut self, s: &str, orig_start: usize) {
        let norm_start = self.out.len();
        self.out.push_str(s);
        if let Some(last) = self.segments.last_mut() {
            if !last.atomic && last.norm_end() == norm_start && last.orig_end() == orig_start {
                last.norm_len += s.len();
                last.orig_len += s.len();
                return;
            }
        }
        self.segments.push(Segment {
            norm_start,
            orig_start,
            norm_len: s.len(),
            orig_len: s.len(),
            atomic: false,
        });
    }

    fn push_char_linear(&mut self, c: char, orig_start: usize) {
        let mut buf = [0u8; 4];
        self.push_linear(c.encode_utf8(&mut buf), orig_start);
    }

    /// Appends the output of one cluster that maps as a whole onto
    /// `orig_start..orig_start + orig_len`, collapsing whitespace in it.
    fn push_atomic(&mut self, s: &str, orig_start: usize, orig_len: usize) {
        let norm_start = self.out.len();
        for c in s.chars() {
            if self.collapse && (c == ' ' || c == '\n') && self.last_is_space() {
                if c == '\n' {
                    self.upgrade_to_newline();
                }
                continue;
            }
            self.out.push(c);
        }
        let norm_len = self.out.len() - norm_start;
        if norm_len > 0 {
            self.segments.push(Segment {
                norm_start,
                orig_start,
                norm_len,
                orig_len,
                atomic: true,
            });
        }
    }

    /// One whitespace character of the original, when whitespace is collapsed.
    fn push_whitespace(&mut self, c: char, orig_start: usize) {
        let line = is_line_break(c);
        if self.last_is_space() {
            if line {
                self.upgrade_to_newline();
            }
            return; // a gap
        }
        let w = if line { '\n' } else { ' ' };
        if c.len_utf8() == 1 {
            self.push_char_linear(w, orig_start);
        } else {
            let mut buf = [0u8; 4];
            self.push_atomic(w.encode_utf8(&mut buf), orig_start, c.len_utf8());
        }
    }

    /// A run of whitespace that contains a line break becomes one newline.
    fn upgrade_to_newline(&mut self) {
        if self.out.ends_with(' ') {
            self.out.pop();
            self.out.push('\n');
        }
    }
}

fn starts_extender(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(is_extender)
}

/// Whether NFKC could change a cluster containing `c`.
fn needs_nfkc(c: char) -> bool {
    let u = c as u32;
    if u < 0x0300 {
        return u >= 0xA0 && is_nfkc_quick(std::iter::once(c)) != IsNormalized::Yes;
    }
    if (0x0600..=0x06FF).contains(&u) {
        return matches!(u, 0x0653..=0x0655 | 0x0675..=0x0678);
    }
    is_nfkc_quick(std::iter::once(c)) != IsNormalized::Yes
}

/// Zero-width and bidi control characters.
fn is_removed_control(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{061C}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{2060}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
    )
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}
