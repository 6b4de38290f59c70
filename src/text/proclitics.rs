//! Proclitics: the short words Arabic writes attached to the next word.
//!
//! A written word may start with a conjunction (`و`, `ف`), then a preposition (`ب`, `ل`, `ك`),
//! then the article (`ال`); `ل` + `ال` is written `لل` (the article's alef drops). This module
//! is the one definition of that grammar. Whether a given split is *right* depends on the
//! lexicon (`وزير` is a word, not `و` + `زير`), so callers pass the split they want checked or
//! try the candidate splits against their own vocabulary.

/// Conjunctions: "and", "so".
pub(crate) const CONJUNCTIONS: [char; 2] = ['و', 'ف'];

/// Prepositions: "with/in", "to/for", "like".
pub(crate) const PREPOSITIONS: [char; 3] = ['ب', 'ل', 'ك'];

/// The definite article, in normalized form.
pub(crate) const ARTICLE: &str = "ال";

/// Longest proclitic sequence in bytes (`وبال`, `فكال`: four two-byte letters).
pub(crate) const MAX_PREFIX_BYTES: usize = 8;

/// What a proclitic sequence holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Proclitics {
    /// `و` or `ف`.
    pub(crate) conjunction: bool,
    /// `ب`, `ل` or `ك`.
    pub(crate) preposition: bool,
    /// The article, written out (`ال`) or assimilated after `ل` (`لل`).
    pub(crate) article: bool,
    /// The article is the assimilated `لل` form, whose alef is not written: the word after
    /// it lacks the `ا` of its article.
    pub(crate) assimilated: bool,
}

/// The UTF-8 bytes of a two-byte Arabic letter.
const fn utf8_pair(c: char) -> [u8; 2] {
    let u = c as u32;
    [0xC0 | (u >> 6) as u8, 0x80 | (u & 0x3F) as u8]
}

const WAW: [u8; 2] = utf8_pair('و');
const FA: [u8; 2] = utf8_pair('ف');
const BA: [u8; 2] = utf8_pair('ب');
const LAM: [u8; 2] = utf8_pair('ل');
const KAF: [u8; 2] = utf8_pair('ك');
const ALEF: [u8; 2] = utf8_pair('ا');

/// Whether `unit` (two bytes) is a letter a proclitic sequence is made of: a conjunction, a
/// preposition, or a letter of the article.
pub(crate) fn is_proclitic_letter(unit: &[u8]) -> bool {
    matches!(unit, [a, b] if matches!([*a, *b], WAW | FA | BA | LAM | KAF | ALEF))
}

/// Parses `prefix` as a whole proclitic sequence (`و`, `وب`, `وال`, `فلل`, …), or `None` when
/// it is not one. The empty prefix is the empty sequence. Works on the bytes: every letter of
/// the grammar is a two-byte letter, and the matcher calls this for every candidate prefix.
pub(crate) fn parse(prefix: &[u8]) -> Option<Proclitics> {
    debug_assert!(CONJUNCTIONS
        .iter()
        .chain(&PREPOSITIONS)
        .all(|c| c.len_utf8() == 2));
    let mut p = Proclitics::default();
    let mut rest = prefix;
    let unit = |r: &[u8]| -> Option<[u8; 2]> { r.get(..2).map(|u| [u[0], u[1]]) };
    if matches!(unit(rest), Some(WAW | FA)) {
        p.conjunction = true;
        rest = &rest[2..];
    }
    if rest.len() == 4 && unit(rest) == Some(LAM) && unit(&rest[2..]) == Some(LAM) {
        p.preposition = true;
        p.article = true;
        p.assimilated = true;
        return Some(p);
    }
    let mut lam = false;
    if let Some(u @ (BA | LAM | KAF)) = unit(rest) {
        p.preposition = true;
        lam = u == LAM;
        rest = &rest[2..];
    }
    if unit(rest) == Some(ALEF) && unit(&rest[2..]) == Some(LAM) {
        // `ل` + `ال` is always written `لل`.
        if lam {
            return None;
        }
        p.article = true;
        rest = &rest[4..];
    }
    rest.is_empty().then_some(p)
}

/// Whether the bytes `prefix` are a whole, non-empty proclitic sequence.
pub(crate) fn parse_bytes(prefix: &[u8]) -> bool {
    !prefix.is_empty() && parse(prefix).is_some()
}

/// Whether `word` starts with a letter a proclitic sequence can start with (`و ف ب ل ك`):
/// only then can [`splits`] give more than the word itself.
pub(crate) fn is_proclitic_start(word: &str) -> bool {
    matches!(word.as_bytes().get(..2), Some(u) if u == WAW || u == FA || u == BA || u == LAM || u == KAF)
}

/// Whether `word` is written with the article, after any conjunction and preposition
/// (`الرصاص`, `بالرصاص`, `وللجيش`): decided on the bytes, without trying every split.
pub(crate) fn has_article(word: &str) -> bool {
    let mut rest = word.as_bytes();
    if matches!(rest.get(..2), Some(u) if u == WAW || u == FA) {
        rest = &rest[2..];
    }
    if rest.len() >= 4 && rest[..2] == LAM && rest[2..4] == LAM {
        return true;
    }
    if matches!(rest.get(..2), Some(u) if u == BA || u == KAF || u == LAM) {
        rest = &rest[2..];
    }
    rest.len() > 4 && rest[..2] == ALEF && rest[2..4] == LAM
}

/// `word` without a leading conjunction (`و`, `ف`) when more than two letters remain to it,
/// else `word`: the one split the casualty rules take for granted on context words.
pub(crate) fn strip_conjunction(word: &str) -> &str {
    match word.chars().next() {
        Some(c) if CONJUNCTIONS.contains(&c) && word.chars().nth(2).is_some() => {
            &word[c.len_utf8()..]
        }
        _ => word,
    }
}

/// The candidate splits of `word` into a proclitic sequence without the article and a stem:
/// `(prefix bytes, stem)`, shortest prefix first, starting with no prefix at all. At most a
/// conjunction and a preposition are split off, and only while the stem keeps at least
/// `min_stem_chars` characters. `والقتلى` gives `("", والقتلى)`, `("و", القتلى)`.
pub(crate) fn splits(word: &str, min_stem_chars: usize) -> Splits<'_> {
    let mut out = Splits {
        word,
        at: [0; 3],
        len: 1,
        next: 0,
    };
    // Every proclitic letter is two bytes: decide on the bytes, without decoding the word.
    let bytes = word.as_bytes();
    let unit = |i: usize| -> Option<[u8; 2]> { bytes.get(i..i + 2).map(|u| [u[0], u[1]]) };
    let stem_long_enough = |from: usize| {
        word[from..]
            .chars()
            .nth(min_stem_chars.max(1) - 1)
            .is_some()
    };
    match unit(0) {
        Some(WAW | FA) if stem_long_enough(2) => {
            out.at[1] = 2;
            out.len = 2;
            if matches!(unit(2), Some(BA | LAM | KAF)) && stem_long_enough(4) {
                out.at[2] = 4;
                out.len = 3;
            }
        }
        Some(BA | LAM | KAF) if stem_long_enough(2) => {
            out.at[1] = 2;
            out.len = 2;
        }
        _ => {}
    }
    out
}

/// The candidate splits of a word, from [`splits`].
#[derive(Debug, Clone)]
pub(crate) struct Splits<'w> {
    word: &'w str,
    at: [usize; 3],
    len: usize,
    next: usize,
}

impl<'w> Iterator for Splits<'w> {
    type Item = (usize, &'w str);

    fn next(&mut self) -> Option<(usize, &'w str)> {
        if self.next >= self.len {
            return None;
        }
        let n = self.at[self.next];
        self.next += 1;
        Some((n, &self.word[n..]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_after_proclitics() {
        for w in [
            "الرصاص",
            "بالرصاص",
            "وللجيش",
            "فبالقوات",
            "كالعادة",
            "للنيجر",
        ] {
            assert!(has_article(w), "{w}");
        }
        for w in ["تمبكتو", "بكتسينا", "ولاية", "ال", "لبنان", "فلسطين"]
        {
            assert!(!has_article(w), "{w}");
        }
    }

    #[test]
    fn sequences() {
        let p = |s: &str| parse(s.as_bytes());
        assert_eq!(p(""), Some(Proclitics::default()));
        assert!(p("و").is_some_and(|p| p.conjunction && !p.preposition));
        assert!(p("وب").is_some_and(|p| p.conjunction && p.preposition && !p.article));
        assert!(p("وال").is_some_and(|p| p.article && !p.assimilated));
        assert!(p("وبال").is_some_and(|p| p.conjunction && p.preposition && p.article));
        assert!(p("لل").is_some_and(|p| p.preposition && p.article && p.assimilated));
        assert!(p("فلل").is_some_and(|p| p.conjunction && p.assimilated));
        assert!(p("ال").is_some_and(|p| p.article && !p.preposition));
        for bad in ["س", "وو", "بو", "الو", "ولال", "لال", "للل", "ا", "لب"] {
            assert_eq!(p(bad), None, "{bad}");
        }
        for s in ["وبال", "فكال", "ولل"] {
            assert!(s.len() <= MAX_PREFIX_BYTES);
        }
        assert_eq!(ARTICLE.as_bytes(), [ALEF, LAM].concat());
        for (c, u) in [('و', WAW), ('ف', FA), ('ب', BA), ('ل', LAM), ('ك', KAF)] {
            assert_eq!(c.to_string().as_bytes(), u);
        }
        for c in ['و', 'ف', 'ب', 'ل', 'ك', 'ا'] {
            assert!(is_proclitic_letter(c.to_string().as_bytes()), "{c}");
        }
        for c in ['م', 'أ', 'ي'] {
            assert!(!is_proclitic_letter(c.to_string().as_bytes()), "{c}");
        }
    }

    #[test]
    fn candidate_splits() {
        let all = |w: &str| {
            splits(w, 2)
                .map(|(n, s)| (n, s.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            all("والقتلى"),
            vec![(0, "والقتلى".into()), (2, "القتلى".into())]
        );
        assert_eq!(
            all("وبخمسة"),
            vec![
                (0, "وبخمسة".into()),
                (2, "بخمسة".into()),
                (4, "خمسة".into())
            ]
        );
        assert_eq!(all("بخمسة"), vec![(0, "بخمسة".into()), (2, "خمسة".into())]);
        // A preposition is never followed by a conjunction; the stem keeps two letters.
        assert_eq!(all("بوزن"), vec![(0, "بوزن".into()), (2, "وزن".into())]);
        assert_eq!(all("ول"), vec![(0, "ول".into())]);
        assert_eq!(all("قتل"), vec![(0, "قتل".into())]);
    }
}
