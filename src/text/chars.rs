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

/// A letter (a word character that is neither a digit nor a mark). Digits and letters make
/// separate tokens: `عدد17` is a word and a number.
pub(crate) fn is_letter(c: char) -> bool {
    is_word_char(c) && digit_of(c).is_none() && !is_extender(c) && !c.is_numeric()
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
    out.extend(s.chars().filter_map(key_char));
}

/// Whether `s` is its own lookup key (nothing to fold), decided on the bytes for the common
/// case of plain Arabic letters and ASCII.
pub(crate) fn is_folded_key(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            0x00..=0x7F => i += 1,
            0xD8 | 0xD9 if i + 1 < b.len() => {
                let u = (u32::from(b[i] & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F);
                // Plain letters that the key fold keeps: everything in U+0621–U+064A except
                // the alef forms, ؤ, ئ, ة, ى and tatweel.
                let kept = matches!(u, 0x0621 | 0x0627 | 0x0628 | 0x062A..=0x063A | 0x0641..=0x0648 | 0x064A);
                if !kept {
                    return false;
                }
                i += 2;
            }
            _ => return false,
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
    fn classes() {
        assert!(is_word_char('ب') && is_word_char('7') && is_word_char('\u{064E}'));
        assert!(!is_word_char('،') && !is_word_char(' ') && !is_word_char('.'));
        assert!(is_letter('ب') && !is_letter('٣') && !is_letter('\u{064E}') && !is_letter('7'));
        assert!(is_extender(TATWEEL) && is_extender('\u{0301}') && !is_extender('ا'));
        assert_eq!(digit_of('٧'), Some('7'));
        assert_eq!(digit_of('۷'), Some('7'));
    }
}
