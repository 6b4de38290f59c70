//! The casualty lexicon: every trigger, victim noun and context word the rules use, as data.
//!
//! The vocabulary is in TSV files under `lexicons/` — `triggers.tsv`, `victims.tsv` and
//! `context.tsv` — embedded in the library at build time. `lexicons/README.md` and the comment
//! block at the top of each file describe every column and every list; [`Lexicon`] reads more
//! files of the same format on top.
//!
//! Entries are written in ordinary Arabic spelling and folded when they are read, by the same
//! function that folds the text's tokens ([`crate::numbers`]: diacritics dropped, `أ إ آ` → `ا`,
//! `ى` → `ي`, `ة` → `ه`, `ؤ` → `و`, `ئ` → `ي`), so they match text normalized with any
//! [`Normalizer`](crate::Normalizer) options.

use crate::error::Error;
use crate::text::chars::fold_key as fold;
use crate::text::hash::{FastMap, FastSet};
use crate::text::proclitics::ARTICLE;
use crate::text::tokens::{tokenize, TokKind};
use crate::types::{CasualtyKind, VictimCategory};
use std::fmt;
use std::io::BufRead;
use std::path::Path;
use std::sync::{Arc, LazyLock};

/// Verb role (`V` in the files).
pub(crate) const V: u8 = 1;
/// Verbal-noun role (`N`).
pub(crate) const N: u8 = 2;
/// Counted-noun role (`C`).
pub(crate) const C: u8 = 4;
/// Definite-noun role (`D`).
pub(crate) const D: u8 = 8;
/// `لقي … حتفه` role (`L`).
pub(crate) const L: u8 = 16;
/// Anaphoric verb (`A`): kept in its own table, never a trigger of the other rules.
const A: u8 = 32;
/// Intransitive verb (`I`): a singular victim noun after it is a figure of one.
const I: u8 = 64;
/// Singular counted noun (`1`): a figure of one on its own.
const ONE: u8 = 128;
/// The roles a trigger of the main rules can have; the others are markers kept in sets.
const MAIN_ROLES: u8 = V | N | C | D | L;

const ROLE_LETTERS: [(char, u8); 8] = [
    ('V', V),
    ('N', N),
    ('C', C),
    ('D', D),
    ('L', L),
    ('A', A),
    ('I', I),
    ('1', ONE),
];

/// Victim flags.
const FLAG_ONE: u8 = 1;
const FLAG_GENERIC: u8 = 2;
const FLAG_OTHERS: u8 = 4;

const FLAG_NAMES: [(&str, u8); 3] = [
    ("one", FLAG_ONE),
    ("generic", FLAG_GENERIC),
    ("others", FLAG_OTHERS),
];

/// The endings `+` adds to a victim's singular: the sound masculine plural and its case and
/// construct forms (`مدني` → `مدنيا مدنيون مدنيين مدنيي مدنيو`). The empty ending keeps the
/// singular itself, as the `+stem` notation of the former Rust tables did.
const SOUND_PLURAL: [&str; 6] = ["", "ا", "ون", "ين", "ي", "و"];

const KINDS: [CasualtyKind; 5] = [
    CasualtyKind::Killed,
    CasualtyKind::Injured,
    CasualtyKind::Captured,
    CasualtyKind::Kidnapped,
    CasualtyKind::Missing,
];

const CATEGORIES: [VictimCategory; 10] = [
    VictimCategory::People,
    VictimCategory::Civilians,
    VictimCategory::Soldiers,
    VictimCategory::Police,
    VictimCategory::Fighters,
    VictimCategory::Children,
    VictimCategory::Women,
    VictimCategory::Staff,
    VictimCategory::Suspects,
    VictimCategory::Other,
];

/// The context word lists. Their meaning is documented in `lexicons/context.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordList {
    LaqiyaObject,
    Life,
    Nationality,
    SingularNationality,
    NotNisba,
    Negator,
    LaNotNegation,
    ResultVerb,
    Clause,
    Terminal,
    Age,
    Year,
    Deployment,
    Toll,
    TollVictim,
    Filler,
    Among,
    Release,
    Prison,
    Disease,
}

const WORD_LISTS: [(&str, WordList); 20] = [
    ("laqiya_object", WordList::LaqiyaObject),
    ("life", WordList::Life),
    ("nationality", WordList::Nationality),
    ("singular_nationality", WordList::SingularNationality),
    ("not_nisba", WordList::NotNisba),
    ("negator", WordList::Negator),
    ("la_not_negation", WordList::LaNotNegation),
    ("result_verb", WordList::ResultVerb),
    ("clause", WordList::Clause),
    ("terminal", WordList::Terminal),
    ("age", WordList::Age),
    ("year", WordList::Year),
    ("deployment", WordList::Deployment),
    ("toll", WordList::Toll),
    ("toll_victim", WordList::TollVictim),
    ("filler", WordList::Filler),
    ("among", WordList::Among),
    ("release", WordList::Release),
    ("prison", WordList::Prison),
    ("disease", WordList::Disease),
];

/// One parsed line, its forms already folded (and, for victims, `+` expanded), so adding it
/// again to another lexicon ([`Lexicon::extend`]) needs no second parse.
#[derive(Debug, Clone)]
enum Entry {
    Trigger {
        kind: CasualtyKind,
        roles: u8,
        forms: Vec<String>,
        dual: Vec<String>,
    },
    Victim {
        cat: VictimCategory,
        singular: Option<String>,
        /// Every spelling, the singular first.
        forms: Vec<String>,
        dual: Vec<String>,
        flags: u8,
    },
    Affiliation {
        cat: VictimCategory,
        forms: Vec<String>,
    },
    Words {
        list: WordList,
        forms: Vec<String>,
    },
}

/// A trigger spelling: the words after the first (the first is the table key), kind, roles.
#[derive(Debug, Clone)]
pub(crate) struct TrigDef {
    pub(crate) rest: Vec<String>,
    pub(crate) kind: CasualtyKind,
    pub(crate) roles: u8,
}

/// A victim spelling: the words after the first, and the category.
#[derive(Debug, Clone)]
pub(crate) struct VicDef {
    pub(crate) rest: Vec<String>,
    pub(crate) cat: VictimCategory,
    /// Listed in a line, not only generated (the definite form of a one-word noun).
    declared: bool,
}

/// The vocabulary of the casualty rules — triggers, victim nouns, affiliations and context
/// words — compiled into lookup tables.
///
/// [`Lexicon::embedded`] is the crate's own lexicon (the `lexicons/*.tsv` files), which
/// [`casualties::extract`](crate::casualties::extract) uses. To teach the rules more words,
/// read a file of the same format and add it on top, then pass the result to
/// [`casualties::extract_with`](crate::casualties::extract_with) or to
/// [`ExtractorBuilder::lexicon`](crate::ExtractorBuilder::lexicon).
///
/// # File format
///
/// UTF-8, one entry per line, columns separated by one tab, `#` starts a comment line. The
/// first column names what the line declares; `-` stands for an empty column; `|` separates
/// several spellings. Every column is described in `lexicons/README.md`.
///
/// ```text
/// trigger      kind       roles  forms                        dual
/// trigger      killed     V      هلك|هلكوا                    -
/// victim       category   singular  forms                     dual            flags
/// victim       civilians  حطاب      حطابين|حطابون|حطابا       حطابان         one
/// affiliation  category   forms
/// affiliation  soldiers   الجيش|القوات
/// <list>       word       (negator, terminal, age, year, deployment, release, …)
/// negator      لم
/// ```
///
/// # Adding a victim noun is one line
///
/// A victim line declares the noun's category, its singular (used for "a figure of one" after
/// a verbal noun: `مقتل حطاب`), its other spellings and its dual (`حطابان` counts as 2):
///
/// ```
/// use arabic_extract::casualties::{extract_with, Lexicon};
/// use arabic_extract::{Normalizer, VictimCategory};
///
/// // "woodcutter": singular, plural forms, dual, and "one" (مقتل حطاب is one victim)
/// let line = "victim\tcivilians\tحطاب\tحطابين|حطابون|حطابا\tحطابان\tone\n";
/// let mut lexicon = Lexicon::embedded().clone();
/// lexicon.extend(&Lexicon::from_tsv_str(line, "<mine>")?);
///
/// let counts = |text: &str| -> Vec<(u64, VictimCategory)> {
///     let norm = Normalizer::default().normalize(text);
///     extract_with(&lexicon, &norm)
///         .iter()
///         .map(|c| (c.count.value, c.victims.category))
///         .collect()
/// };
/// assert_eq!(counts("قتل 12 حطابا في الغابة"), [(12, VictimCategory::Civilians)]);
/// assert_eq!(counts("أصيب حطابان بجروح"), [(2, VictimCategory::Civilians)]);
/// assert_eq!(counts("أعلنت الشرطة مقتل حطاب"), [(1, VictimCategory::Civilians)]);
/// # Ok::<(), arabic_extract::Error>(())
/// ```
///
/// # Adding on top
///
/// Entries only add: a trigger spelling listed again with the same kind gains the new roles, a
/// word joins its list, and a victim or affiliation spelling listed again takes the category
/// of the later line (so a file added on top can move a word to another category).
#[derive(Clone, Default)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// First word of a trigger → its spellings.
    pub(crate) triggers: FastMap<String, Vec<TrigDef>>,
    /// First word of a victim noun → its spellings.
    pub(crate) victims: FastMap<String, Vec<VicDef>>,
    /// Dual spelling → the folded singular it is the dual of (a victim noun or a counted-noun
    /// trigger).
    pub(crate) duals: FastMap<String, String>,
    pub(crate) generic: FastSet<String>,
    pub(crate) others: FastSet<String>,
    /// Singular victim nouns that are a figure of one after a verbal noun.
    pub(crate) singular: FastSet<String>,
    pub(crate) affil: FastMap<String, VictimCategory>,
    pub(crate) anaphoric: FastMap<String, CasualtyKind>,
    pub(crate) intransitive: FastSet<String>,
    pub(crate) singular_counted: FastSet<String>,
    pub(crate) laqiya: Vec<String>,
    pub(crate) life: FastSet<String>,
    pub(crate) nationality: FastSet<String>,
    pub(crate) not_nisba: FastSet<String>,
    pub(crate) negators: FastSet<String>,
    pub(crate) la_not_neg: FastSet<String>,
    pub(crate) result_verbs: FastSet<String>,
    pub(crate) clause_words: FastSet<String>,
    pub(crate) terminals: FastSet<String>,
    pub(crate) age: FastSet<String>,
    pub(crate) year: FastSet<String>,
    pub(crate) deploy: FastSet<String>,
    pub(crate) toll: FastSet<String>,
    pub(crate) toll_victims: FastSet<String>,
    pub(crate) fillers: FastSet<String>,
    pub(crate) among: FastSet<String>,
    pub(crate) release: FastSet<String>,
    pub(crate) prison: FastSet<String>,
    pub(crate) disease: FastSet<String>,
    /// Every word that can start a number phrase or a trigger (see [`Lexicon::first_words`]),
    /// built on first use and dropped whenever an entry is added.
    first_words: std::sync::OnceLock<FastMap<String, u8>>,
}

/// A word of [`Lexicon::first_words`] can start a number phrase (number words, qualifiers,
/// vague counts, duals).
pub(crate) const STARTS_NUMBER: u8 = 1;
/// A word of [`Lexicon::first_words`] can start a trigger.
pub(crate) const STARTS_TRIGGER: u8 = 2;

impl fmt::Debug for Lexicon {
    /// The tables are large; the debug form shows their sizes only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lexicon")
            .field("entries", &self.entries.len())
            .field("trigger_words", &self.triggers.len())
            .field("victim_words", &self.victims.len())
            .finish_non_exhaustive()
    }
}

/// The embedded files, in load order: (file name, contents).
const EMBEDDED_FILES: [(&str, &str); 3] = [
    ("triggers.tsv", include_str!("../../lexicons/triggers.tsv")),
    ("victims.tsv", include_str!("../../lexicons/victims.tsv")),
    ("context.tsv", include_str!("../../lexicons/context.tsv")),
];

/// The embedded lexicon, compiled once per process; an `Arc` so extractors share it.
static EMBEDDED: LazyLock<Arc<Lexicon>> = LazyLock::new(|| {
    let mut lex = Lexicon::new();
    for (name, text) in EMBEDDED_FILES {
        let label = format!("<embedded>/lexicons/{name}");
        if let Err(e) = lex.read_into(text.as_bytes(), &label) {
            // Unreachable in a tested build: `embedded_files_parse` reads every line.
            panic!("the casualty lexicon embedded in this build is malformed: {e}");
        }
    }
    Arc::new(lex)
});

impl Lexicon {
    /// An empty lexicon (no rule fires with it). Start from [`Lexicon::embedded`] to extend
    /// the crate's own vocabulary instead.
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// The lexicon embedded in the crate (`lexicons/*.tsv`), compiled on first use and shared.
    ///
    /// # Panics
    /// Only if the files embedded in this build are malformed, which the crate's tests rule
    /// out (every embedded line is parsed by `cargo test`).
    pub fn embedded() -> &'static Lexicon {
        &EMBEDDED
    }

    /// The embedded lexicon as a shared pointer, for extractors.
    pub(crate) fn embedded_arc() -> Arc<Lexicon> {
        Arc::clone(&EMBEDDED)
    }

    /// Reads a lexicon file (format in the [type docs](Lexicon) and `lexicons/README.md`).
    /// The result holds that file's entries only; add it on top of another lexicon with
    /// [`Lexicon::extend`].
    ///
    /// # Errors
    /// [`Error::Io`] if the file cannot be read; [`Error::Lexicon`] naming the file and line
    /// for a malformed line (unknown list, kind, category, role or flag, wrong number of
    /// columns, empty form, invalid UTF-8).
    pub fn from_path(path: impl AsRef<Path>) -> Result<Lexicon, Error> {
        let (reader, label) = crate::data_file::open(path.as_ref())?;
        Lexicon::from_reader(reader, &label)
    }

    /// Reads a lexicon from any reader; `label` names it in errors.
    ///
    /// # Errors
    /// As [`Lexicon::from_path`].
    pub fn from_reader<R: BufRead>(reader: R, label: &str) -> Result<Lexicon, Error> {
        let mut lex = Lexicon::new();
        lex.read_into(reader, label)?;
        Ok(lex)
    }

    /// Reads a lexicon held in a string; `label` names it in errors.
    ///
    /// # Errors
    /// As [`Lexicon::from_path`].
    pub fn from_tsv_str(tsv: &str, label: &str) -> Result<Lexicon, Error> {
        Lexicon::from_reader(tsv.as_bytes(), label)
    }

    /// Adds every entry of `other` on top of this lexicon, in order (see "Adding on top" in
    /// the [type docs](Lexicon)).
    pub fn extend(&mut self, other: &Lexicon) {
        for e in &other.entries {
            self.add(e.clone());
        }
    }

    /// Number of entries (lines) read into this lexicon.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// If `key` (folded, perhaps with a leading `و`) is the dual of a counted noun, the folded
    /// singular.
    pub(crate) fn dual_stem(&self, key: &str) -> Option<&str> {
        self.duals
            .get(key)
            .or_else(|| key.strip_prefix('و').and_then(|k| self.duals.get(k)))
            .map(String::as_str)
    }

    /// The dual table, for the number parser (`جنديان` is the number 2).
    pub(crate) fn duals(&self) -> &FastMap<String, String> {
        &self.duals
    }

    /// Parses lines from `reader` and adds them, line by line. On error, the entries before
    /// the bad line stay added; the public constructors discard the whole lexicon then.
    fn read_into<R: BufRead>(&mut self, reader: R, label: &str) -> Result<(), Error> {
        crate::data_file::for_each_line(reader, label, lexicon_error, |line_no, line| {
            let entry =
                parse_line(line).map_err(|reason| Error::lexicon(label, line_no, reason))?;
            self.add(entry);
            Ok(())
        })
    }

    /// The words that can start a number phrase or a trigger, with what they can start
    /// ([`STARTS_NUMBER`], [`STARTS_TRIGGER`]): one lookup per candidate proclitic split of a
    /// token decides whether the number parser and the trigger matcher need to look at it at
    /// all, where each would otherwise make its own lookups in its own tables.
    pub(crate) fn first_words(&self) -> &FastMap<String, u8> {
        self.first_words.get_or_init(|| {
            let mut m: FastMap<String, u8> = FastMap::default();
            for w in crate::numbers::starter_words() {
                *m.entry(w.to_string()).or_default() |= STARTS_NUMBER;
            }
            for w in self.duals.keys() {
                *m.entry(w.clone()).or_default() |= STARTS_NUMBER;
            }
            for w in self.triggers.keys() {
                *m.entry(w.clone()).or_default() |= STARTS_TRIGGER;
            }
            m
        })
    }

    /// What the token key `key` can start, over its candidate proclitic splits (the union
    /// of [`Lexicon::first_words`] flags; 0: nothing).
    pub(crate) fn starts(&self, key: &str) -> u8 {
        let words = self.first_words();
        crate::text::proclitics::splits(key, 1)
            .filter_map(|(_, stem)| words.get(stem))
            .fold(0, |acc, f| acc | f)
    }

    /// Compiles one entry into the tables.
    fn add(&mut self, entry: Entry) {
        self.first_words = std::sync::OnceLock::new();
        match &entry {
            Entry::Trigger {
                kind,
                roles,
                forms,
                dual,
            } => self.add_trigger(*kind, *roles, forms, dual),
            Entry::Victim {
                cat,
                singular,
                forms,
                dual,
                flags,
            } => self.add_victim(*cat, singular.as_deref(), forms, dual, *flags),
            Entry::Affiliation { cat, forms } => {
                for f in forms {
                    self.affil.insert(f.clone(), *cat);
                }
            }
            Entry::Words { list, forms } => self.add_words(*list, forms),
        }
        self.entries.push(entry);
    }

    fn add_trigger(&mut self, kind: CasualtyKind, roles: u8, forms: &[String], dual: &[String]) {
        let main = roles & MAIN_ROLES;
        for f in forms {
            if main != 0 {
                let mut words = f.split(' ').map(str::to_string);
                let first = words.next().unwrap_or_default();
                let rest: Vec<String> = words.collect();
                let defs = self.triggers.entry(first).or_default();
                if let Some(d) = defs.iter_mut().find(|d| d.rest == rest && d.kind == kind) {
                    d.roles |= main;
                } else {
                    defs.push(TrigDef {
                        rest,
                        kind,
                        roles: main,
                    });
                }
            }
            if roles & A != 0 {
                self.anaphoric.insert(f.clone(), kind);
            }
            if roles & I != 0 {
                self.intransitive.insert(f.clone());
            }
            if roles & ONE != 0 {
                self.singular_counted.insert(f.clone());
            }
        }
        // The dual is the dual of the first form (checked at parse time: one word, role C).
        if let Some(stem) = forms.first() {
            for d in dual {
                self.duals.insert(d.clone(), stem.clone());
            }
        }
    }

    fn add_victim(
        &mut self,
        cat: VictimCategory,
        singular: Option<&str>,
        forms: &[String],
        dual: &[String],
        flags: u8,
    ) {
        for f in forms {
            let words: Vec<String> = f.split(' ').map(str::to_string).collect();
            // The definite form is generated for one-word nouns; a generated form never
            // overrides a spelling that a line declares.
            let definite = match words.as_slice() {
                [w] if !w.starts_with(ARTICLE) => Some(vec![format!("{ARTICLE}{w}")]),
                _ => None,
            };
            self.put_victim(words, cat, true);
            if let Some(d) = definite {
                self.put_victim(d, cat, false);
            }
        }
        if flags & FLAG_GENERIC != 0 {
            self.generic.extend(forms.iter().cloned());
        }
        if flags & FLAG_OTHERS != 0 {
            self.others.extend(forms.iter().cloned());
        }
        if let Some(s) = singular {
            if flags & FLAG_ONE != 0 {
                self.singular.insert(s.to_string());
            }
            for d in dual {
                self.duals.insert(d.clone(), s.to_string());
            }
        }
    }

    fn put_victim(&mut self, mut words: Vec<String>, cat: VictimCategory, declared: bool) {
        if words.is_empty() {
            return;
        }
        let first = words.remove(0);
        let defs = self.victims.entry(first).or_default();
        match defs.iter_mut().find(|d| d.rest == words) {
            Some(d) if declared || !d.declared => {
                d.cat = cat;
                d.declared |= declared;
            }
            Some(_) => {}
            None => defs.push(VicDef {
                rest: words,
                cat,
                declared,
            }),
        }
    }

    fn add_words(&mut self, list: WordList, forms: &[String]) {
        if list == WordList::LaqiyaObject {
            for f in forms {
                if !self.laqiya.contains(f) {
                    self.laqiya.push(f.clone());
                }
            }
            return;
        }
        let set = match list {
            WordList::LaqiyaObject => return,
            WordList::Life => &mut self.life,
            WordList::Nationality => &mut self.nationality,
            WordList::SingularNationality => &mut self.singular,
            WordList::NotNisba => &mut self.not_nisba,
            WordList::Negator => &mut self.negators,
            WordList::LaNotNegation => &mut self.la_not_neg,
            WordList::ResultVerb => &mut self.result_verbs,
            WordList::Clause => &mut self.clause_words,
            WordList::Terminal => &mut self.terminals,
            WordList::Age => &mut self.age,
            WordList::Year => &mut self.year,
            WordList::Deployment => &mut self.deploy,
            WordList::Toll => &mut self.toll,
            WordList::TollVictim => &mut self.toll_victims,
            WordList::Filler => &mut self.fillers,
            WordList::Among => &mut self.among,
            WordList::Release => &mut self.release,
            WordList::Prison => &mut self.prison,
            WordList::Disease => &mut self.disease,
        };
        set.extend(forms.iter().cloned());
    }
}

// ---------------------------------------------------------------------------------------
// Parsing one line
// ---------------------------------------------------------------------------------------

/// Parses one non-comment line; the error is the reason, without file and line.
fn parse_line(line: &str) -> Result<Entry, String> {
    let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
    let list = cols[0];
    let names: &[&str] = match list {
        "trigger" => &["trigger", "kind", "roles", "forms", "dual"],
        "victim" => &["victim", "category", "singular", "forms", "dual", "flags"],
        "affiliation" => &["affiliation", "category", "forms"],
        _ if word_list(list).is_some() => &["list", "word"],
        _ => {
            let lists: Vec<&str> = WORD_LISTS.iter().map(|(n, _)| *n).collect();
            return Err(format!(
                "unknown list {list:?} (expected trigger, victim, affiliation or one of {})",
                lists.join(", ")
            ));
        }
    };
    if cols.len() != names.len() {
        return Err(format!(
            "a {list} line has {} tab-separated columns ({}), found {}",
            names.len(),
            names.join(", "),
            cols.len()
        ));
    }
    if let Some(i) = cols.iter().position(|c| c.is_empty()) {
        return Err(format!("column {} ({}) is empty", i + 1, names[i]));
    }
    match list {
        "trigger" => parse_trigger(cols[1], cols[2], cols[3], cols[4]),
        "victim" => parse_victim(cols[1], cols[2], cols[3], cols[4], cols[5]),
        "affiliation" => Ok(Entry::Affiliation {
            cat: category(cols[1])?,
            forms: one_word_forms(cols[2], "forms")?,
        }),
        _ => Ok(Entry::Words {
            list: word_list(list).ok_or_else(|| format!("unknown list {list:?}"))?,
            forms: one_word_forms(cols[1], "word")?,
        }),
    }
}

fn word_list(name: &str) -> Option<WordList> {
    WORD_LISTS.iter().find(|(n, _)| *n == name).map(|(_, l)| *l)
}

fn kind(s: &str) -> Result<CasualtyKind, String> {
    KINDS.into_iter().find(|k| k.as_str() == s).ok_or_else(|| {
        let all: Vec<&str> = KINDS.iter().map(CasualtyKind::as_str).collect();
        format!("unknown kind {s:?} (expected one of {})", all.join(", "))
    })
}

fn category(s: &str) -> Result<VictimCategory, String> {
    CATEGORIES
        .into_iter()
        .find(|c| c.as_str() == s)
        .ok_or_else(|| {
            let all: Vec<&str> = CATEGORIES.iter().map(VictimCategory::as_str).collect();
            format!(
                "unknown category {s:?} (expected one of {})",
                all.join(", ")
            )
        })
}

fn parse_trigger(
    kind_s: &str,
    roles_s: &str,
    forms_s: &str,
    dual_s: &str,
) -> Result<Entry, String> {
    let kind = kind(kind_s)?;
    let mut roles = 0;
    for c in roles_s.chars() {
        let bit = ROLE_LETTERS
            .iter()
            .find(|(l, _)| *l == c)
            .map(|(_, b)| *b)
            .ok_or_else(|| {
                format!(
                    "unknown role {c:?} in {roles_s:?} (expected letters among V N C D L A I 1)"
                )
            })?;
        roles |= bit;
    }
    if roles & (MAIN_ROLES | A) == 0 {
        return Err(format!(
            "roles {roles_s:?} need at least one of V, N, C, D, L or A"
        ));
    }
    if roles & I != 0 && roles & (V | L) == 0 {
        return Err("role I marks a verb: it needs V or L".to_string());
    }
    if roles & ONE != 0 && roles & C == 0 {
        return Err("role 1 marks a counted noun: it needs C".to_string());
    }
    let forms = forms(forms_s, "forms", false)?;
    if forms.is_empty() {
        return Err("a trigger line needs at least one form".to_string());
    }
    // These roles are looked up one token at a time.
    if roles & (A | I | ONE) != 0 {
        if let Some(f) = forms.iter().find(|f| f.contains(' ')) {
            return Err(format!("roles A, I and 1 take one-word forms, not {f:?}"));
        }
    }
    let dual = one_word_forms(dual_s, "dual")?;
    if !dual.is_empty() && (roles & C == 0 || forms[0].contains(' ')) {
        return Err(
            "a dual is the dual of the first form, which must be a one-word counted noun (role C)"
                .to_string(),
        );
    }
    Ok(Entry::Trigger {
        kind,
        roles,
        forms,
        dual,
    })
}

fn parse_victim(
    cat_s: &str,
    singular_s: &str,
    forms_s: &str,
    dual_s: &str,
    flags_s: &str,
) -> Result<Entry, String> {
    let cat = category(cat_s)?;
    let singular = match one_word_forms(singular_s, "singular")?.as_slice() {
        [] => None,
        [s] => Some(s.clone()),
        _ => return Err("the singular is one spelling".to_string()),
    };
    let mut flags = 0;
    if flags_s != "-" {
        for f in flags_s.split('|').map(str::trim) {
            let bit = FLAG_NAMES
                .iter()
                .find(|(n, _)| *n == f)
                .map(|(_, b)| *b)
                .ok_or_else(|| {
                    format!("unknown flag {f:?} (expected one, generic or others, or -)")
                })?;
            flags |= bit;
        }
    }
    let mut all: Vec<String> = singular.iter().cloned().collect();
    for f in forms(forms_s, "forms", true)? {
        if f == "+" {
            let Some(s) = &singular else {
                return Err("+ (the sound plural) needs a singular".to_string());
            };
            all.extend(SOUND_PLURAL.iter().map(|suf| format!("{s}{suf}")));
        } else {
            all.push(f);
        }
    }
    let mut seen = FastSet::default();
    all.retain(|f| seen.insert(f.clone()));
    if all.is_empty() {
        return Err("a victim line needs a singular or forms".to_string());
    }
    let dual = one_word_forms(dual_s, "dual")?;
    if singular.is_none() && (!dual.is_empty() || flags & FLAG_ONE != 0) {
        return Err("a dual and the flag one need a singular".to_string());
    }
    Ok(Entry::Victim {
        cat,
        singular,
        forms: all,
        dual,
        flags,
    })
}

/// `|`-separated forms, each folded word by word (`-` is none); `+` is kept as is when
/// `plus` allows it.
fn forms(field: &str, column: &str, plus: bool) -> Result<Vec<String>, String> {
    if field == "-" {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for part in field.split('|').map(str::trim) {
        if part.is_empty() {
            return Err(format!("empty form in {column} {field:?}"));
        }
        if part == "+" {
            if !plus {
                return Err(format!(
                    "+ (the sound plural) is only for the forms of a victim line, not {column}"
                ));
            }
            out.push(part.to_string());
            continue;
        }
        let mut words = Vec::new();
        for w in part.split_whitespace() {
            // A form must be spelled as the tokenizer splits text, or it could never match.
            let tokens = tokenize(w);
            let toks = tokens.view(w);
            if toks.len() != 1 || toks[0].kind != TokKind::Word {
                return Err(format!(
                    "form {part:?} in {column}: {w:?} is not one word of letters"
                ));
            }
            let k = fold(w);
            if k.is_empty() {
                return Err(format!("empty form in {column} {field:?}"));
            }
            words.push(k);
        }
        out.push(words.join(" "));
    }
    Ok(out)
}

/// Forms that must be single words (looked up one token at a time).
fn one_word_forms(field: &str, column: &str) -> Result<Vec<String>, String> {
    let out = forms(field, column, false)?;
    if let Some(f) = out.iter().find(|f| f.contains(' ')) {
        return Err(format!("{column} takes one-word forms, not {f:?}"));
    }
    Ok(out)
}

fn lexicon_error(label: &str, line: usize, reason: String) -> Error {
    Error::lexicon(label, line, reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every embedded line parses; the lazily built lexicon would panic otherwise.
    #[test]
    fn embedded_files_parse() {
        for (name, text) in EMBEDDED_FILES {
            let lex = Lexicon::from_tsv_str(text, name).unwrap_or_else(|e| panic!("{e}"));
            assert!(!lex.is_empty(), "{name} has no entries");
        }
        assert!(Lexicon::embedded().len() > 400);
    }

    /// No folded spelling is declared twice within a list of the embedded files (a second
    /// line would silently merge into or override the first). Trigger forms are compared
    /// with their kind; victim spellings across all victim lines; duals across trigger and
    /// victim lines.
    #[test]
    fn embedded_lists_have_no_duplicates() {
        let mut seen: FastMap<String, usize> = FastMap::default();
        let mut dups = Vec::new();
        let mut check = |list: String, form: &str, line: usize| {
            if let Some(first) = seen.insert(format!("{list}\t{form}"), line) {
                dups.push(format!("{list} {form:?} on lines {first} and {line}"));
            }
        };
        let mut n = 0;
        for (name, text) in EMBEDDED_FILES {
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() || line.trim_start().starts_with('#') {
                    continue;
                }
                let at = i + 1;
                let entry = parse_line(line).unwrap_or_else(|e| panic!("{name}:{at}: {e}"));
                n += 1;
                match entry {
                    Entry::Trigger {
                        kind, forms, dual, ..
                    } => {
                        for f in &forms {
                            check(format!("trigger {}", kind.as_str()), f, at);
                        }
                        for d in &dual {
                            check("dual".into(), d, at);
                        }
                    }
                    Entry::Victim { forms, dual, .. } => {
                        for f in &forms {
                            check("victim".into(), f, at);
                        }
                        for d in &dual {
                            check("dual".into(), d, at);
                        }
                    }
                    Entry::Affiliation { forms, .. } => {
                        for f in &forms {
                            check("affiliation".into(), f, at);
                        }
                    }
                    Entry::Words { list, forms } => {
                        for f in &forms {
                            check(format!("{list:?}"), f, at);
                        }
                    }
                }
            }
        }
        assert!(n > 400, "only {n} entries");
        assert!(dups.is_empty(), "duplicates:\n{}", dups.join("\n"));
    }

    #[test]
    fn plus_expands_the_singular() {
        let lex = Lexicon::from_tsv_str("victim\tcivilians\tمدني\t+\tمدنيان\tone", "<t>")
            .unwrap_or_else(|e| panic!("{e}"));
        for f in [
            "مدني",
            "مدنيا",
            "مدنيون",
            "مدنيين",
            "مدنيي",
            "مدنيو",
            "المدنيين",
        ] {
            assert!(lex.victims.contains_key(f), "{f}");
        }
        assert_eq!(lex.dual_stem("مدنيان"), Some("مدني"));
        assert_eq!(lex.dual_stem("ومدنيان"), Some("مدني"));
        assert_eq!(lex.dual_stem("مدنيين"), None);
        assert!(lex.singular.contains("مدني"));
    }

    #[test]
    fn later_lines_override_categories_and_add_roles() {
        let mut lex = Lexicon::from_tsv_str(
            "victim\tpolice\t-\tحراس\t-\t-\ntrigger\tkilled\tV\tهلك\t-",
            "<a>",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let more = Lexicon::from_tsv_str(
            "victim\tsoldiers\t-\tحراس\t-\t-\ntrigger\tkilled\tN\tهلك\t-",
            "<b>",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        lex.extend(&more);
        assert_eq!(lex.len(), 4);
        assert_eq!(lex.victims["حراس"][0].cat, VictimCategory::Soldiers);
        // the generated definite form follows
        assert_eq!(lex.victims["الحراس"][0].cat, VictimCategory::Soldiers);
        assert_eq!(lex.triggers["هلك"][0].roles, V | N);
    }
}
