//! One piece of text as every stage reads it: the normalized text with its offset map, and
//! its token stream. Built once; the gazetteer matcher and the casualty rules borrow it in
//! turn.

use super::normalize::NormalizedText;
use super::tokens::{tokenize, Tok, TokKind, Tokens};

/// The normalized text and its tokens.
#[derive(Debug)]
pub(crate) struct Document<'n, 't> {
    pub(crate) norm: &'n NormalizedText<'t>,
    tokens: Tokens,
}

impl<'n, 't> Document<'n, 't> {
    /// Tokenizes a normalized text.
    pub(crate) fn new(norm: &'n NormalizedText<'t>) -> Document<'n, 't> {
        let tokens = tokenize(norm.as_str());
        Document { norm, tokens }
    }

    /// The token stream, borrowing the document.
    pub(crate) fn toks(&self) -> Vec<Tok<'_>> {
        self.tokens.view(self.norm.as_str())
    }
}

/// A written word as a name matcher sees it: adjacent letter and digit tokens with nothing
/// between them (`G5`, `F16`), over tokens `first..=last` and normalized bytes `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) first: usize,
    pub(crate) last: usize,
}

/// The written words of a token stream, in order.
pub(crate) fn words(toks: &[Tok<'_>]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        if !matches!(t.kind, TokKind::Word | TokKind::Num) {
            continue;
        }
        match out.last_mut() {
            Some(w) if w.end == t.start && w.last + 1 == i => {
                w.end = t.end;
                w.last = i;
            }
            _ => out.push(Word {
                start: t.start,
                end: t.end,
                first: i,
                last: i,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::Normalizer;

    #[test]
    fn words_join_letters_and_digits() {
        let norm = Normalizer::default().normalize("قوة G5 الساحل، و F-16 ٣٠جنديا");
        let doc = Document::new(&norm);
        let toks = doc.toks();
        let text = doc.norm.as_str();
        let ws: Vec<&str> = words(&toks).iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(ws, ["قوة", "G5", "الساحل", "و", "F", "16", "30جنديا"]);
    }
}
