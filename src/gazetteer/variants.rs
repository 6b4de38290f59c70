//! Alias expansion and the proclitic rules of whole-word matching.
//!
//! Arabic attaches short words to the next word: conjunctions (و ف), prepositions (ب ل ك) and
//! the article (ال). A gazetteer name therefore often starts inside a written word:
//! `والنيجر`, `لمالي`, `بباماكو`, `للأمم المتحدة`. The matcher accepts a hit that starts inside a
//! word only when the letters before it form one of the proclitic sequences below.
//!
//! Decisions, each deliberate:
//! * The article as a *prefix* (`ال` + name, `بال` + name, `لل` + name) is accepted only for
//!   groups (`الناتو`, `الإيكواس`, `للإيكواس`). For places and people it would turn nisba
//!   adjectives into entities: `المالي` ("Malian", or "financial") is not Mali.
//! * Names that begin with the article lose its alef after `ل`: `للنيجر` is `ل` + `النيجر`.
//!   Every such name gets an article-stripped pattern (`نيجر`) that is accepted only after
//!   `لل` / `ولل` / `فلل`; the reported span starts at the article's lam.
//! * A prefixed hit needs at least [`MIN_PREFIXED_CHARS`] letters after the prefix, so short
//!   names do not fire inside unrelated words.
//! * Foreign names are spelled with `ج` or `غ` for the "g" sound (`جويتا` / `غويتا`,
//!   `فاغنر` / `فاجنر`): every alias gets the other spelling as a generated variant, which
//!   loses to any explicit alias of another entry. Only people and places outside the
//!   Arabic-speaking countries get them, and only from four letters up.

use crate::text::chars::is_word_char;
use crate::text::proclitics;
use crate::types::EntityKind;

/// Longest proclitic sequence in bytes.
pub(super) use crate::text::proclitics::MAX_PREFIX_BYTES;

/// Fewest characters a name must have to match after a prefix.
pub(super) const MIN_PREFIXED_CHARS: usize = 3;

/// The Arabic definite article, in normalized form.
pub(super) use crate::text::proclitics::ARTICLE;

/// How a pattern was derived from an alias.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Derivation {
    /// The alias as written (normalized).
    Explicit,
    /// The `ج`/`غ` spelling variant of an alias.
    GVariant,
    /// An article-initial alias without its `ال`, for `لل` + name.
    ArticleStripped,
}

/// Whether `prefix` (the letters between a word start and a hit, never empty) is an
/// accepted proclitic sequence for a pattern of this kind and derivation: conjunctions and
/// prepositions before any name; sequences with the article before group names only; only
/// `لل` (with its conjunctions) before an article-stripped pattern.
pub(super) fn prefix_allowed(prefix: &[u8], kind: EntityKind, derivation: Derivation) -> bool {
    let Some(p) = proclitics::parse(prefix) else {
        return false;
    };
    if prefix.is_empty() {
        return false;
    }
    match derivation {
        Derivation::ArticleStripped => p.assimilated,
        _ => !p.article || kind == EntityKind::Group,
    }
}

/// Shortest alias, in letters, that gets `ج`/`غ` variants: short words collide with
/// ordinary ones (`غات` → `جات` would fire in `لجأت`); list such variants explicitly.
const MIN_G_VARIANT_CHARS: usize = 4;

/// Members of the Arab League (ISO 3166-1 alpha-2): their place and person names are Arabic
/// and have one spelling, so they get no `ج`/`غ` variants.
const ARABIC_SPEAKING: &[&str] = &[
    "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
    "SA", "SD", "SO", "SY", "TN", "YE",
];

/// Whether an entry's names are transliterations that news spells with either `ج` or `غ`:
/// places and people outside the Arabic-speaking countries. Group names are mostly Arabic
/// words (`الجزيرة` must not become `الغزيرة`, "heavy"); their foreign spellings are listed.
pub(super) fn has_foreign_spellings(kind: EntityKind, country: Option<&str>) -> bool {
    kind != EntityKind::Group && !country.is_some_and(|c| ARABIC_SPEAKING.contains(&c))
}

/// The `ج`↔`غ` variants of a normalized alias (none if it has neither letter or is short).
pub(super) fn g_variants(alias: &str) -> Vec<String> {
    let mut out = Vec::new();
    if alias.chars().filter(|c| *c != ' ').count() < MIN_G_VARIANT_CHARS {
        return out;
    }
    if alias.contains('ج') {
        out.push(alias.replace('ج', "غ"));
    }
    if alias.contains('غ') {
        out.push(alias.replace('غ', "ج"));
    }
    out
}

/// The alias without its leading article, when it has one and enough remains.
pub(super) fn strip_article(alias: &str) -> Option<&str> {
    let rest = alias.strip_prefix(ARTICLE)?;
    (rest.chars().take_while(|c| *c != ' ').count() >= 2).then_some(rest)
}

/// Whether `alias` is another of the entry's `names` with words added before or after it
/// (applied to places and groups only)
/// (`مدينة باماكو`, `العاصمة المالية باماكو`, `وكالة فرانس برس للأنباء`). Such an alias finds
/// nothing the shorter name does not, and would make the reported span include the
/// descriptive words, so the matcher leaves it out. An alias that only exists in its
/// qualified form (a place whose bare name is a common word: `مدينة صور`) is kept.
pub(super) fn widens_another(alias: &str, names: &[String]) -> bool {
    names.iter().any(|name| {
        name.len() >= 2
            && name.len() < alias.len()
            && ((alias.ends_with(name.as_str())
                && alias[..alias.len() - name.len()].ends_with(' '))
                || (alias.starts_with(name.as_str()) && alias[name.len()..].starts_with(' ')))
    })
}

/// The view of an alias: non-word characters to single spaces, trimmed.
pub(super) fn alias_view(alias: &str) -> String {
    let mut out = String::with_capacity(alias.len());
    for c in alias.chars() {
        if is_word_char(c) {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        let p = |s: &str, k, d| prefix_allowed(s.as_bytes(), k, d);
        assert!(p("و", EntityKind::Place, Derivation::Explicit));
        assert!(p("ول", EntityKind::Place, Derivation::Explicit));
        assert!(!p("ال", EntityKind::Place, Derivation::Explicit));
        assert!(p("ال", EntityKind::Group, Derivation::Explicit));
        assert!(p("لل", EntityKind::Group, Derivation::Explicit));
        assert!(!p("لل", EntityKind::Person, Derivation::Explicit));
        assert!(p("لل", EntityKind::Place, Derivation::ArticleStripped));
        assert!(!p("ل", EntityKind::Place, Derivation::ArticleStripped));
        assert!(!p("", EntityKind::Place, Derivation::ArticleStripped));
        assert!(!p("سي", EntityKind::Place, Derivation::Explicit));
        for s in ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"] {
            assert!(p(s, EntityKind::Place, Derivation::Explicit), "{s}");
        }
        for s in [
            "ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال", "فكال", "لل", "ولل",
        ] {
            assert!(p(s, EntityKind::Group, Derivation::Explicit), "{s}");
            assert!(!p(s, EntityKind::Place, Derivation::Explicit), "{s}");
        }
        assert!(!p("لال", EntityKind::Group, Derivation::Explicit));
        assert!(!p("وال", EntityKind::Place, Derivation::ArticleStripped));
    }

    #[test]
    fn foreign_spellings() {
        assert!(has_foreign_spellings(EntityKind::Person, Some("ML")));
        assert!(has_foreign_spellings(EntityKind::Place, None));
        assert!(!has_foreign_spellings(EntityKind::Place, Some("DZ")));
        assert!(!has_foreign_spellings(EntityKind::Group, None));
    }

    #[test]
    fn variants() {
        assert_eq!(g_variants("جويتا"), vec!["غويتا"]);
        assert_eq!(g_variants("فاغنر"), vec!["فاجنر"]);
        assert!(g_variants("باماكو").is_empty());
        assert!(g_variants("غات").is_empty());
        assert_eq!(strip_article("النيجر"), Some("نيجر"));
        assert_eq!(strip_article("الامم المتحده"), Some("امم المتحده"));
        assert_eq!(strip_article("ال"), None);
        assert_eq!(strip_article("مالي"), None);
    }

    #[test]
    fn descriptive_aliases() {
        let names: Vec<String> = ["باماكو", "مدينة باماكو", "العاصمة المالية باماكو", "بماكو"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(widens_another("مدينة باماكو", &names));
        assert!(widens_another("العاصمة المالية باماكو", &names));
        assert!(!widens_another("بماكو", &names));
        assert!(!widens_another("باماكو", &names));
        let only_qualified = vec!["مدينة صور".to_string(), "صور اللبنانية".to_string()];
        assert!(!widens_another("صور اللبنانية", &only_qualified));
        // Not a word boundary, or joined by punctuation: no.
        let n = vec!["مالي".to_string(), "الماليون".to_string()];
        assert!(!widens_another("الماليون", &n));
        let n = vec!["CSP".to_string(), "CSP-PSD".to_string()];
        assert!(!widens_another("CSP-PSD", &n));
    }

    #[test]
    fn views() {
        assert_eq!(alias_view("ليبتاكو-جورما"), "ليبتاكو جورما");
        assert_eq!(alias_view(" CSP-PSD "), "CSP PSD");
        assert_eq!(alias_view("(إيكواس)"), "إيكواس");
    }
}
