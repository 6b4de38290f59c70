//! Character classes and folds: the one definition of each language rule about single
//! characters, used by the normalizer, the tokenizer and the gazetteer's word view.
//!
//! Two folds exist, on purpose. The *normalizer* folds what its options say (configurable,
//! and its output is shown to users). The *lookup key* fold ([`key_char`]) is fixed and
//! stronger: lexicon words and token keys are compared with every alef, ya, teh marbuta and
//! hamza-seat variant folded, so the rules give the same answer whatever normalizer options
//! made the text. Both are built from the same letter sets below.

/// Hamza-carrying and wasla alef forms that fold to bare alef `ا`: `أ إ آ ٱ` and the wavy-hamza
/// alefs U+0672 and U+0673.
pub(crate) const ALEF_VARIANTS: [char; 6] = ['أ', 'إ', 'آ', 'ٱ', '\u{0672}', '\u{0673}'];

/// Tatweel (kashida), the elongation stroke.
pub(crate) const TATWEEL: char = '\u{0640}';

/// The Arabic marks removed as diacritics: harakat, tanween, shadda, sukun (U+064B–U+065F),
/// superscript alef (U+0670), honorific and Quranic marks (U+0610–U+061A, U+06D6–U+06ED).
pub(crate) fn is_arabic_diacritic(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x0610..=0x061A | 0x06D6..=0x06ED)
}

/// Characters that attach to the preceding base character: combining marks (any canonical
/// combining class but 0), Arabic diacritics and tatweel. A letter and its extenders form
/// one cluster for the normalizer and one word for the tokenizer.
pub(crate) fn is_extender(c: char) -> bool {
    let u = c as u32;
    if u < 0x0300 {
        return false;
    }
    if (0x0600..=0x06FF).contains(&u) {
        return c == TATWEEL || is_arabic_diacritic(c);
    }
    unicode_normalization::char::canonical_combining_class(c) != 0
}

/// The ASCII value of a decimal digit in ASCII, Arabic-Indic (`٠`–`٩`) or Extended
/// Arabic-Indic/Persian (`۰`–`۹`) script.
pub(crate) fn digit_of(c: char) -> Option<char> {
    match c as u32 {
        0x30..=0x39 => Some(c),
        u @ 0x0660..=0x0669 => char::from_u32(0x30 + u - 0x0660),
        u @ 0x06F0..=0x06F9 => char::from_u32(0x30 + u - 0x06F0),
        _ => None,
    }
}

/// The basic Arabic letters U+0621–U+063A and U+0641–U+064A: the bulk of every Arabic word,
/// which the hot loops decide on the bytes.
pub(crate) fn is_basic_arabic_letter(u: u32) -> bool {
    matches!(u, 0x0621..=0x063A | 0x0641..=0x064A)
}

/// Whether a basic Arabic letter ([`is_basic_arabic_letter`]) starts at byte `i`, decided on
/// its two UTF-8 bytes.
#[inline]
pub(crate) fn basic_arabic_letter_at(bytes: &[u8], i: usize) -> bool {
    matches!(
        (bytes.get(i), bytes.get(i + 1)),
        (Some(0xD8), Some(0xA1..=0xBA)) | (Some(0xD9), Some(0x81..=0x8A))
    )
}

/// Word characters of the Arabic block (U+0600–U+06FF), decided without a table: everything
/// but punctuation and signs.
pub(crate) fn arabic_block_is_word(u: u32) -> bool {
    !matches!(
        u,
        0x0600..=0x060F
            | 0x061B..=0x061F
            | 0x066A..=0x066D
            | 0x06D4
            | 0x06DD
            | 0x06DE
            | 0x06E9
            | 0x06FD
            | 0x06FE
    )
}

/// A character that belongs to a word: letters, digits and the marks on them.
pub(crate) fn is_word_char(c: char) -> bool {
    let u = c as u32;
    if (0x0600..=0x06FF).contains(&u) {
        return arabic_block_is_word(u);
    }
    c.is_alphanumeric() || is_extender(c)
}

/// A letter (a word character that is neither a decimal digit nor a mark). Digits and
/// letters make separate tokens: `عدد17` is a word and a number.
pub(crate) fn is_letter(c: char) -> bool {
    is_word_char(c) && digit_of(c).is_none() && !is_extender(c)
}

/// The lookup-key fold of one character: marks and tatweel dropped (`None`), alef variants to
/// `ا`, `ى` and Persian `ی` and `ئ` to `ي`, `ة` to `ه`, `ؤ` to `و`, Persian `ک` to `ك`, digits
/// of every script to ASCII.
pub(crate) fn key_char(c: char) -> Option<char> {
    if let Some(d) = digit_of(c) {
        return Some(d);
    }
    if is_extender(c) {
        return None;
    }
    Some(match c {
        _ if ALEF_VARIANTS.contains(&c) => 'ا',
        'ى' | 'ی' | 'ئ' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        _ => c,
    })
}

/// Folds a word for lookups with [`key_char`]. Used for every lexicon entry and every token.
pub(crate) fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_key_into(s, &mut out);
    out
}

/// Appends the lookup key of `s` to `out`.
pub(crate) fn fold_key_into(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes
            .get(i..i + 2)
            .map_or(PairFold::Other, fold_arabic_pair)
        {
            PairFold::Keep => {
                out.push_str(&s[i..i + 2]);
                i += 2;
                continue;
            }
            PairFold::Into(k) => {
                out.push_str(k);
                i += 2;
                continue;
            }
            PairFold::Other => {}
        }
        let Some(c) = s.get(i..).and_then(|t| t.chars().next()) else {
            break;
        };
        if let Some(k) = key_char(c) {
            out.push(k);
        }
        i += c.len_utf8();
    }
}

/// What [`key_char`] does to a two-byte character, decided on the bytes for the commonest
/// Arabic letters and marks.
enum PairFold {
    /// Kept as it is (a plain letter).
    Keep,
    /// Replaced by this key (empty: dropped).
    Into(&'static str),
    /// Not decided here: use `key_char`.
    Other,
}

/// [`key_char`] on the bytes of the commonest Arabic letters and marks. A test checks it
/// against `key_char` for the whole Arabic block.
#[inline]
fn fold_arabic_pair(pair: &[u8]) -> PairFold {
    match *pair {
        [0xD8, 0xA1 | 0xA7 | 0xA8 | 0xAA..=0xBA] | [0xD9, 0x81..=0x88 | 0x8A] => PairFold::Keep,
        [0xD8, 0xA2 | 0xA3 | 0xA5] => PairFold::Into("ا"),
        [0xD8, 0xA4] => PairFold::Into("و"),
        [0xD8, 0xA6] | [0xD9, 0x89] => PairFold::Into("ي"),
        [0xD8, 0xA9] => PairFold::Into("ه"),
        [0xD9, 0x80] | [0xD9, 0x8B..=0x9F] => PairFold::Into(""),
        _ => PairFold::Other,
    }
}

/// Whether `s` is its own lookup key (nothing to fold), decided on the bytes: ASCII and the
/// plain Arabic letters are, anything else is sent to the fold.
pub(crate) fn is_folded_key(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            i += 1;
        } else if b
            .get(i..i + 2)
            .is_some_and(|p| matches!(fold_arabic_pair(p), PairFold::Keep))
        {
            i += 2;
        } else {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_fold() {
        assert_eq!(fold_key("أُصيبَ"), "اصيب");
        assert_eq!(fold_key("مدينة الإسكندرية"), "مدينه الاسكندريه");
        assert_eq!(fold_key("مسؤول"), "مسوول");
        assert_eq!(fold_key("٣٠ ۴"), "30 4");
        assert_eq!(fold_key("مـــدن"), "مدن");
    }

    #[test]
    fn folded_keys_are_recognized_on_the_bytes() {
        for s in ["قتل", "جنود", "abc 12", "", "شيء"] {
            assert!(is_folded_key(s), "{s}");
            assert_eq!(fold_key(s), s);
        }
        for s in ["أصيب", "مدينة", "مسؤول", "ى", "٣", "قُتل", "é", "مـن"] {
            assert!(!is_folded_key(s), "{s}");
        }
        // The byte test agrees with the fold on every character of the Arabic block.
        for u in 0x0600..=0x06FF {
            let Some(c) = char::from_u32(u) else { continue };
            let s = c.to_string();
            if is_folded_key(&s) {
                assert_eq!(fold_key(&s), s, "U+{u:04X}");
            }
        }
    }

    #[test]
    fn the_byte_fold_agrees_with_key_char() {
        for u in 0x0600..=0x06FF {
            let Some(c) = char::from_u32(u) else { continue };
            let s = c.to_string();
            let mut fast = String::new();
            fold_key_into(&s, &mut fast);
            let slow: String = key_char(c).into_iter().collect();
            assert_eq!(fast, slow, "U+{u:04X}");
        }
    }

    #[test]
    fn basic_letters_on_the_bytes() {
        for u in 0x0600..=0x06FF {
            let Some(c) = char::from_u32(u) else { continue };
            let s = c.to_string();
            assert_eq!(
                basic_arabic_letter_at(s.as_bytes(), 0),
                is_basic_arabic_letter(u),
                "U+{u:04X}"
            );
        }
    }

    #[test]
    fn classes() {
        assert!(is_word_char('ب') && is_word_char('7') && is_word_char('\u{064E}'));
        assert!(!is_word_char('،') && !is_word_char(' ') && !is_word_char('.'));
        assert!(is_letter('ب') && !is_letter('٣') && !is_letter('\u{064E}') && !is_letter('7'));
        assert!(is_extender(TATWEEL) && is_extender('\u{0301}') && !is_extender('ا'));
        assert_eq!(digit_of('٧'), Some('7'));
        assert_eq!(digit_of('۷'), Some('7'));
    }
}
