//! The token stream: words, numbers, punctuation and line breaks, each with its lookup key.
//!
//! Built once per piece of text and read by every stage that works on words (number phrases,
//! casualty rules). A token's key is its [lookup fold](super::chars::key_char); when the
//! token is already its own key (plain letters, the common case) the key borrows the text,
//! otherwise it borrows one buffer shared by all tokens, so tokenizing allocates twice per
//! text, not once per token.

use super::chars::{
    basic_arabic_letter_at, digit_of, fold_key_into, is_extender, is_folded_key, is_letter,
};
use crate::types::EntityKind;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of letters (and the marks on them).
    Word,
    /// A run of digits with inner `,` `.` separators.
    Num,
    /// Any other single character except whitespace.
    Punct,
    /// A line break.
    Newline,
}

/// A token of the text, with its folded lookup key.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'a> {
    /// Byte offset in the tokenized text.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    pub kind: TokKind,
    /// Folded text; for `Num` the digits and separators in ASCII.
    pub key: &'a str,
    /// The kind of the gazetteer name this token is part of, once the matcher has run: later
    /// stages never read a name as an ordinary word (`طالبان` is not "two students").
    pub entity: Option<EntityKind>,
}

/// Where a token's key is.
#[derive(Debug, Clone, Copy)]
enum Key {
    /// The token's own text.
    Text,
    /// `keys[start..end]`.
    Buf(u32, u32),
    /// A line break, keyed `"\n"` whatever the character.
    Newline,
}

#[derive(Debug, Clone, Copy)]
struct Raw {
    start: usize,
    end: usize,
    kind: TokKind,
    key: Key,
}

/// The tokens of one text, owning the keys that differ from the text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tokens {
    raw: Vec<Raw>,
    keys: String,
}

impl Tokens {
    /// The tokens as a slice-friendly view borrowing `text` (the text they were made from)
    /// and the key buffer.
    pub(crate) fn view<'a>(&'a self, text: &'a str) -> Vec<Tok<'a>> {
        self.raw
            .iter()
            .map(|r| Tok {
                start: r.start,
                end: r.end,
                kind: r.kind,
                key: match r.key {
                    Key::Text => text.get(r.start..r.end).unwrap_or(""),
                    Key::Buf(a, b) => self.keys.get(a as usize..b as usize).unwrap_or(""),
                    Key::Newline => "\n",
                },
                entity: None,
            })
            .collect()
    }

    /// Number of tokens.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.raw.len()
    }
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Splits text into word, number and punctuation tokens. Linear time; whitespace other than
/// line breaks separates tokens and is not one.
pub(crate) fn tokenize(text: &str) -> Tokens {
    let mut out = Tokens {
        raw: Vec::with_capacity(text.len() / 6 + 1),
        keys: String::new(),
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII space: the most common character, skipped without decoding.
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        // A plain Arabic letter starts a word: the common case, decided on the bytes.
        if basic_arabic_letter_at(bytes, i) {
            let end = word_end(text, i + 2);
            push_word(&mut out, text, i, end);
            i = end;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let clen = c.len_utf8();
        if is_line_break(c) {
            out.raw.push(Raw {
                start: i,
                end: i + clen,
                kind: TokKind::Newline,
                key: Key::Newline,
            });
            i += clen;
            continue;
        }
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        if digit_of(c).is_some() {
            let end = number_end(text, i);
            let s = &text[i..end];
            let key = if s
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            {
                Key::Text
            } else {
                let a = out.keys.len();
                for ch in s.chars() {
                    out.keys.push(match ch {
                        '٫' | '.' => '.',
                        '٬' | ',' => ',',
                        _ => digit_of(ch).unwrap_or(ch),
                    });
                }
                Key::Buf(a as u32, out.keys.len() as u32)
            };
            out.raw.push(Raw {
                start: i,
                end,
                kind: TokKind::Num,
                key,
            });
            i = end;
            continue;
        }
        if is_letter(c) || is_extender(c) {
            let end = word_end(text, i + clen);
            push_word(&mut out, text, i, end);
            i = end;
            continue;
        }
        out.raw.push(Raw {
            start: i,
            end: i + clen,
            kind: TokKind::Punct,
            key: Key::Text,
        });
        i += clen;
    }
    // Key offsets are u32: a text whose folded keys exceed 4 GiB (never a single piece of a
    // document) would wrap; refuse those keys rather than report wrong ones.
    if out.keys.len() > u32::MAX as usize {
        out.keys.clear();
    }
    out
}

/// Records the word `text[start..end]` with its key: the text itself when it is already
/// folded, else its fold in the key buffer.
fn push_word(out: &mut Tokens, text: &str, start: usize, end: usize) {
    let s = &text[start..end];
    let key = if is_folded_key(s) {
        Key::Text
    } else {
        let a = out.keys.len();
        fold_key_into(s, &mut out.keys);
        Key::Buf(a as u32, out.keys.len() as u32)
    };
    out.raw.push(Raw {
        start,
        end,
        kind: TokKind::Word,
        key,
    });
}

/// End of the word starting before `i`: letters and marks, two-byte Arabic letters decided on
/// the bytes.
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if basic_arabic_letter_at(bytes, i) {
            i += 2;
            continue;
        }
        match text[i..].chars().next() {
            Some(e) if (is_letter(e) || is_extender(e)) && digit_of(e).is_none() => {
                i += e.len_utf8()
            }
            _ => break,
        }
    }
    i
}

/// End of the number starting at `i`: digits, and `,` `.` `٫` `٬` when a digit follows.
fn number_end(text: &str, mut i: usize) -> usize {
    let mut it = text[i..].chars().peekable();
    while let Some(c) = it.next() {
        if digit_of(c).is_some() {
            i += c.len_utf8();
            continue;
        }
        if matches!(c, ',' | '.' | '٫' | '٬') && it.peek().copied().and_then(digit_of).is_some() {
            i += c.len_utf8();
            continue;
        }
        break;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<(TokKind, String)> {
        let t = tokenize(text);
        t.view(text)
            .iter()
            .map(|t| (t.kind, t.key.to_string()))
            .collect()
    }

    #[test]
    fn words_numbers_punctuation() {
        use TokKind::*;
        assert_eq!(
            keys("قُتل ٣٠ شخصاً، و1,200\nآخرون."),
            vec![
                (Word, "قتل".into()),
                (Num, "30".into()),
                (Word, "شخصا".into()),
                (Punct, "،".into()),
                (Word, "و".into()),
                (Num, "1,200".into()),
                (Newline, "\n".into()),
                (Word, "اخرون".into()),
                (Punct, ".".into()),
            ]
        );
        // Digits glued to letters are separate tokens; a trailing separator is punctuation.
        assert_eq!(
            keys("نحو40 عدد17."),
            vec![
                (Word, "نحو".into()),
                (Num, "40".into()),
                (Word, "عدد".into()),
                (Num, "17".into()),
                (Punct, ".".into()),
            ]
        );
    }

    #[test]
    fn spans_cover_the_token_text() {
        let text = "e\u{301}té 😀 مـــدينة ١٢٫٥";
        let t = tokenize(text);
        for tok in t.view(text) {
            assert!(text.get(tok.start..tok.end).is_some());
        }
        assert_eq!(t.len(), 4);
    }
}
