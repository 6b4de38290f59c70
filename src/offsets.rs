//! Byte offsets to character and UTF-16 offsets, for many offsets of one text.
//!
//! The crate finds everything on UTF-8 bytes; front ends that index strings by code point
//! (Python) or by UTF-16 unit (JavaScript, Java, .NET) need other offsets. Counting from the
//! start of the text for every span would make a document with many spans quadratic, so a
//! [`CharIndex`] records the counts at every block of [`BLOCK`] bytes once, and a conversion
//! counts at most one block.

use crate::types::Span;
use std::ops::Range;

/// Bytes per checkpoint: the index costs 8 bytes per block (3% of the text at 256), and a
/// lookup scans at most this many bytes.
const BLOCK: usize = 256;

/// Converts byte offsets of one text into character (code point) and UTF-16 offsets.
///
/// Built once per text in linear time; each conversion scans at most 256 bytes.
///
/// ```
/// use arabic_extract::CharIndex;
///
/// let text = "a😀 باماكو";
/// let index = CharIndex::new(text);
/// let at = text.find("باماكو").unwrap();
/// assert_eq!(index.char_offset(at), 3); // 'a', '😀', ' '
/// assert_eq!(index.utf16_offset(at), 4); // the emoji is two UTF-16 units
/// let span = index.span(at..text.len()).unwrap();
/// assert_eq!((span.char_start, span.char_end), (3, 9));
/// ```
#[derive(Debug, Clone)]
pub struct CharIndex<'t> {
    text: &'t str,
    /// Characters before each block start.
    chars: Vec<u32>,
    /// UTF-16 units before each block start.
    units: Vec<u32>,
}

impl<'t> CharIndex<'t> {
    /// Indexes `text`.
    pub fn new(text: &'t str) -> CharIndex<'t> {
        let bytes = text.as_bytes();
        let blocks = bytes.len() / BLOCK + 1;
        let mut chars = Vec::with_capacity(blocks);
        let mut units = Vec::with_capacity(blocks);
        let (mut c, mut u) = (0u64, 0u64);
        for block in bytes.chunks(BLOCK) {
            chars.push(c as u32);
            units.push(u as u32);
            let (bc, bu) = count(block);
            c += bc as u64;
            u += bu as u64;
        }
        if bytes.len() % BLOCK == 0 {
            chars.push(c as u32);
            units.push(u as u32);
        }
        // Texts over 4 GiB would overflow the u32 checkpoints; they are counted from the
        // start instead (correct, only slower).
        if bytes.len() > u32::MAX as usize {
            chars.clear();
            units.clear();
        }
        CharIndex { text, chars, units }
    }

    /// The text this index was built for.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The character offset of byte offset `byte`. Offsets past the end give the character
    /// length of the text; an offset inside a character counts that character as before it.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.offsets(byte).0
    }

    /// The UTF-16 offset of byte offset `byte` (characters outside the Basic Multilingual
    /// Plane count two), with the same conventions as [`CharIndex::char_offset`].
    pub fn utf16_offset(&self, byte: usize) -> usize {
        self.offsets(byte).1
    }

    /// The span of the byte range `range`, or `None` when it is reversed, out of bounds or
    /// not on `char` boundaries of the text.
    pub fn span(&self, range: Range<usize>) -> Option<Span> {
        self.text.get(range.clone())?;
        Some(self.span_unchecked(range))
    }

    /// The span of a byte range already known to fit the text.
    pub(crate) fn span_unchecked(&self, range: Range<usize>) -> Span {
        let char_start = self.char_offset(range.start);
        let char_end = if range.end == range.start {
            char_start
        } else if range.end - range.start <= BLOCK {
            char_start + count(&self.text.as_bytes()[range.start..range.end]).0
        } else {
            self.char_offset(range.end)
        };
        Span::from_offsets(range.start, range.end, char_start, char_end)
    }

    fn offsets(&self, byte: usize) -> (usize, usize) {
        let bytes = self.text.as_bytes();
        let byte = byte.min(bytes.len());
        let block = byte / BLOCK;
        let (base_c, base_u, from) = match (self.chars.get(block), self.units.get(block)) {
            (Some(&c), Some(&u)) => (c as usize, u as usize, block * BLOCK),
            _ => (0, 0, 0),
        };
        let (c, u) = count(&bytes[from..byte]);
        (base_c + c, base_u + u)
    }
}

/// Where a piece of a text sits in the whole text: spans found in the piece (a chunk of a long
/// document) become spans of the whole, with character offsets from the whole text's index.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Placement<'i, 't> {
    pub(crate) index: &'i CharIndex<'t>,
    /// Byte offset of the piece in the whole text.
    pub(crate) offset: usize,
}

impl<'i, 't> Placement<'i, 't> {
    /// The placement of a piece that is the whole text.
    pub(crate) fn whole(index: &'i CharIndex<'t>) -> Placement<'i, 't> {
        Placement { index, offset: 0 }
    }

    /// The span of `range` (bytes of the piece, on its char boundaries) in the whole text.
    pub(crate) fn span(&self, range: Range<usize>) -> Span {
        let whole = self.index.text().len();
        let start = (range.start + self.offset).min(whole);
        let end = (range.end + self.offset).clamp(start, whole);
        match self.index.span(start..end) {
            Some(span) => span,
            // Unreachable for ranges from `NormalizedText::to_original`, which are on char
            // boundaries; an empty span at a valid start keeps the guarantee regardless.
            None => self
                .index
                .span_unchecked(self.floor(start)..self.floor(start)),
        }
    }

    /// The whole text at `span`.
    pub(crate) fn text(&self, span: &Span) -> &'t str {
        self.index.text().get(span.range()).unwrap_or("")
    }

    fn floor(&self, mut at: usize) -> usize {
        let text = self.index.text();
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}

/// Characters and UTF-16 units that start in `bytes`: every byte that is not a UTF-8
/// continuation byte (`10xxxxxx`) starts a character, and four-byte characters (lead byte
/// `11110xxx`) take two UTF-16 units. Eight bytes at a time.
fn count(bytes: &[u8]) -> (usize, usize) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut continuation = 0;
    let mut astral = 0;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let w = u64::from_le_bytes(w);
        // Bit 7 of each byte: set for continuation bytes (bit 7 set, bit 6 clear) …
        continuation += (w & !(w << 1) & HIGH).count_ones() as usize;
        // … and for lead bytes of four-byte characters (bits 7–4 set).
        astral += (w & (w << 1) & (w << 2) & (w << 3) & HIGH).count_ones() as usize;
    }
    for &b in chunks.remainder() {
        continuation += usize::from((b as i8) < -0x40);
        astral += usize::from(b >= 0xF0);
    }
    let chars = bytes.len() - continuation;
    (chars, chars + astral)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str, byte: usize) -> (usize, usize) {
        let mut c = 0;
        let mut u = 0;
        for (i, ch) in text.char_indices() {
            if i >= byte {
                break;
            }
            c += 1;
            u += ch.len_utf16();
        }
        (c, u)
    }

    #[test]
    fn agrees_with_counting_from_the_start() {
        let piece = "قُتل 5 😀 في «باماكو» e\u{301} 𝔸 ";
        let text = piece.repeat(40);
        let index = CharIndex::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                (index.char_offset(byte), index.utf16_offset(byte)),
                reference(&text, byte),
                "at byte {byte}"
            );
        }
        assert_eq!(index.char_offset(text.len() + 10), text.chars().count());
    }

    #[test]
    fn block_edges_and_empty_text() {
        for len in [0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK] {
            let text = "a".repeat(len);
            let index = CharIndex::new(&text);
            assert_eq!(index.char_offset(len), len);
            assert_eq!(index.span(0..len).map(|s| s.char_end), Some(len));
        }
    }

    #[test]
    fn spans_are_checked() {
        let text = "باماكو";
        let index = CharIndex::new(text);
        assert!(index.span(1..4).is_none());
        #[allow(clippy::reversed_empty_ranges)]
        let reversed = 4..2;
        assert!(index.span(reversed).is_none());
        assert!(index.span(0..100).is_none());
        let s = index.span(2..6).unwrap();
        assert_eq!((s.char_start, s.char_end), (1, 3));
    }
}
