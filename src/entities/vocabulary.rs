//! The entity stage's vocabulary, as data: institution heads (`lexicons/entities/institutions.tsv`),
//! evidence words for gated aliases (`lexicons/entities/cues.tsv`) and the nationality
//! adjectives of every country (`gazetteers/demonyms.tsv`), embedded at build time.

use crate::error::Error;
use crate::gazetteer::{EntityRecord, Gazetteer};
use crate::text::chars::fold_key;
use crate::text::hash::{FastMap, FastSet};
use crate::text::proclitics::ARTICLE;
use crate::types::EntityKind;
use std::sync::Arc;

const INSTITUTIONS: &str = include_str!("../../lexicons/entities/institutions.tsv");
const CUES: &str = include_str!("../../lexicons/entities/cues.tsv");
const DEMONYMS: &str = include_str!("../../gazetteers/demonyms.tsv");
const DISCOVERY: &str = include_str!("../../lexicons/entities/discovery.tsv");
const GIVEN_NAMES: &str = include_str!("../../lexicons/entities/given_names.tsv");

/// What a discovery head phrase introduces.
#[derive(Debug, Clone, Copy)]
pub(crate) enum DiscoveryHead<'a> {
    /// A place name follows (`قرية X`); `feminine` heads take feminine adjectives.
    Place { subkind: &'a str, feminine: bool },
    /// An organization's name, head included (`وكالة X`); `media` heads may take an
    /// indefinite name of their own; `definite` heads (`المفوضية`) need two words of name.
    Org {
        subkind: &'a str,
        media: bool,
        definite: bool,
    },
    /// A person's name follows; `of` titles take a complement first (`المتحدث باسم الشرطة`).
    Title { subkind: &'a str, of: bool },
}

#[derive(Debug, Clone, Copy)]
enum HeadKind {
    Place { feminine: bool },
    Org { media: bool, definite: bool },
    Title { of: bool },
}

/// The discovery vocabulary (`lexicons/entities/discovery.tsv`, `given_names.tsv`).
#[derive(Debug, Default)]
struct Discovery {
    /// Folded head phrase → (kind, subkind index).
    heads: FastMap<String, (HeadKind, u16)>,
    /// Every proper word prefix of a multi-word head phrase.
    head_prefixes: FastSet<String>,
    subkinds: Vec<String>,
    suffixes: FastMap<String, u16>,
    /// Every word the discovery rules know → its classes ([`TRIGGER_HEAD`] … [`TITLE`]): one
    /// lookup per word of text answers every question the rules ask of it.
    classes: FastMap<String, u16>,
    /// Folded given name (compounds with one space: `عبد الله`) → whether it is also an
    /// ordinary word.
    given: FastMap<String, bool>,
    /// First words of compound given names (`عبد`, `نور`, `سيف`).
    compound_firsts: FastSet<String>,
}

/// A head phrase of one word.
pub(crate) const TRIGGER_HEAD: u16 = 1;
/// The first word of a longer head phrase.
pub(crate) const TRIGGER_HEAD_PREFIX: u16 = 2;
/// A given name, or the first word of a compound one, or a kunya (`أبو`, `أم`).
pub(crate) const TRIGGER_GIVEN: u16 = 4;
/// An outlet suffix (`برس`).
pub(crate) const TRIGGER_SUFFIX: u16 = 8;
/// A head (or the first word of a longer one) with the article, written without its alef as
/// after `لل` (`لمتحدث` in `للمتحدث`): lets the stems of a word be looked up as they are.
pub(crate) const TRIGGER_ASSIMILATED_HEAD: u16 = 2048;
/// A word that is never part of a name (`stop` lines).
pub(crate) const STOP: u16 = 16;
/// A complement that makes a place head generic (`generic`).
pub(crate) const GENERIC: u16 = 32;
/// A complement that makes an organization head generic (`org_generic`).
pub(crate) const ORG_GENERIC: u16 = 64;
/// A linked word of an organization's name (`org_link`).
pub(crate) const LINK: u16 = 128;
/// A word after which a name goes on (`name_prefix`).
pub(crate) const NAME_PREFIX: u16 = 256;
/// An adjective a title takes before the name (`title_adj`).
pub(crate) const TITLE_ADJ: u16 = 512;
/// A title, rank or role of one word or more (`title`, `title_of`).
pub(crate) const TITLE: u16 = 1024;

/// One row of the institution table.
#[derive(Debug, Clone)]
pub(crate) struct Institution {
    pub(crate) subkind: String,
    feminine: bool,
    name_en: String,
    /// The first definite head, for the canonical Arabic name.
    definite: Option<String>,
    /// The first construct head.
    construct: Option<String>,
}

/// One head phrase: which institution, and whether it takes a nationality adjective
/// (definite, `الجيش`) or a place name (construct, `جيش`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Head {
    pub(crate) institution: u32,
    pub(crate) construct: bool,
}

/// Everything the entity stage looks up.
#[derive(Debug)]
pub(crate) struct Vocabulary {
    pub(crate) institutions: Vec<Institution>,
    /// Head phrases in the order given to the matcher (`Target::Head(i)` is `heads[i]`).
    pub(crate) head_phrases: Vec<String>,
    pub(crate) heads: Vec<Head>,
    /// Folded article form of a nationality adjective (`السنغالي`, `الكوري الشمالي`) → its
    /// country; forms two countries share are left out.
    demonyms: FastMap<String, u16>,
    /// The masculine and feminine article forms of each country's first demonym (country
    /// slot, feminine), for the institutions' Arabic names; used up by `build_records`.
    first_adjectives: FastMap<(u16, bool), String>,
    /// Every inflected one-word form of a nationality adjective, folded, with and without the
    /// article (`سنغالي`, `سنغاليا`, `سنغاليون`, `الماليين`) → its country; shared forms left out.
    nationalities: FastMap<String, u16>,
    /// Longest demonym, in words.
    pub(crate) demonym_words: usize,
    /// ISO codes, indexed by the values of `demonyms` and `country_index`.
    countries: Vec<String>,
    /// Institution records: `records[country * institutions.len() + institution]`, built for
    /// every country of the gazetteer.
    records: Vec<Option<Arc<EntityRecord>>>,
    country_index: FastMap<String, u16>,
    /// Cue word (folded) → the kinds and subkinds it is a cue for.
    cues: FastMap<String, Vec<String>>,
    pub(crate) counter_after: FastSet<String>,
    pub(crate) counter_before: FastSet<String>,
    pub(crate) keeps: FastSet<String>,
    pub(crate) slots: FastSet<String>,
    pub(crate) group_slots: FastSet<String>,
    discovery: Discovery,
}

fn lexicon_error(label: &str, line: usize, reason: String) -> Error {
    Error::lexicon(label, line, reason)
}

/// The class of a word list of `discovery.tsv`, by its line type.
fn word_class(list: &str) -> Option<u16> {
    Some(match list {
        "org_link" => LINK,
        "name_prefix" => NAME_PREFIX,
        "title_adj" => TITLE_ADJ,
        "stop" => STOP,
        "generic" => GENERIC,
        "org_generic" => ORG_GENERIC,
        _ => return None,
    })
}

/// The `n` tab-separated columns of a data line, or the error naming the file and line.
fn columns<'l>(
    line: &'l str,
    n: usize,
    label: &str,
    line_no: usize,
) -> Result<Vec<&'l str>, Error> {
    let f: Vec<&str> = line.split('\t').collect();
    if f.len() != n {
        return Err(Error::lexicon(
            label,
            line_no,
            format!("expected {n} tab-separated columns, found {}", f.len()),
        ));
    }
    Ok(f)
}

/// The `|`-separated spellings of a column; `-` is none.
fn spellings(column: &str) -> impl Iterator<Item = &str> {
    column
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "-")
}

impl Vocabulary {
    /// The embedded vocabulary, with country names from `countries` (entries of subkind
    /// `country`).
    pub(crate) fn embedded(countries: &Gazetteer) -> Result<Vocabulary, Error> {
        let mut v = Vocabulary {
            institutions: Vec::new(),
            head_phrases: Vec::new(),
            heads: Vec::new(),
            demonyms: FastMap::default(),
            nationalities: FastMap::default(),
            first_adjectives: FastMap::default(),
            demonym_words: 1,
            countries: Vec::new(),
            records: Vec::new(),
            country_index: FastMap::default(),
            cues: FastMap::default(),
            counter_after: FastSet::default(),
            counter_before: FastSet::default(),
            keeps: FastSet::default(),
            slots: FastSet::default(),
            group_slots: FastSet::default(),
            discovery: Discovery::default(),
        };
        v.read_institutions(
            INSTITUTIONS,
            "<embedded>/lexicons/entities/institutions.tsv",
        )?;
        v.read_cues(CUES, "<embedded>/lexicons/entities/cues.tsv")?;
        v.read_demonyms(DEMONYMS, "<embedded>/gazetteers/demonyms.tsv")?;
        v.read_discovery(DISCOVERY, "<embedded>/lexicons/entities/discovery.tsv")?;
        v.read_given_names(GIVEN_NAMES, "<embedded>/lexicons/entities/given_names.tsv")?;
        v.build_triggers();
        v.build_records(countries);
        Ok(v)
    }

    fn read_institutions(&mut self, text: &str, label: &str) -> Result<(), Error> {
        crate::data_file::for_each_line(text.as_bytes(), label, lexicon_error, |line_no, line| {
            let f: Vec<&str> = line.split('\t').collect();
            let err = |reason: String| Error::lexicon(label, line_no, reason);
            if f.len() != 6 || f[0] != "institution" {
                return Err(err(format!(
                    "expected `institution subkind gender name_en definite construct`, found {} columns",
                    f.len()
                )));
            }
            let feminine = match f[2] {
                "m" => false,
                "f" => true,
                g => return Err(err(format!("gender {g:?} is not `m` or `f`"))),
            };
            if !f[3].contains("{country}") {
                return Err(err("name_en has no `{country}`".to_string()));
            }
            let index = self.institutions.len() as u32;
            for (column, construct) in [(f[4], false), (f[5], true)] {
                for phrase in spellings(column) {
                    self.head_phrases.push(phrase.to_string());
                    self.heads.push(Head {
                        institution: index,
                        construct,
                    });
                }
            }
            self.institutions.push(Institution {
                subkind: f[1].to_string(),
                feminine,
                name_en: f[3].to_string(),
                definite: spellings(f[4]).next().map(str::to_string),
                construct: spellings(f[5]).next().map(str::to_string),
            });
            Ok(())
        })
    }

    fn read_cues(&mut self, text: &str, label: &str) -> Result<(), Error> {
        crate::data_file::for_each_line(text.as_bytes(), label, lexicon_error, |line_no, line| {
            let f = columns(line, 3, label, line_no)?;
            let words = spellings(f[2]).map(fold_key);
            match f[0] {
                "cue" => {
                    for w in words {
                        self.cues.entry(w).or_default().push(f[1].to_string());
                    }
                }
                "after" => self.counter_after.extend(words),
                "before" => self.counter_before.extend(words),
                "keeps" => self.keeps.extend(words),
                "slot" => self.slots.extend(words),
                "verb" => self.group_slots.extend(words),
                other => {
                    return Err(Error::lexicon(
                        label,
                        line_no,
                        format!(
                            "unknown line type {other:?} (cue, after, before, keeps, slot, verb)"
                        ),
                    ))
                }
            }
            Ok(())
        })
    }

    fn read_discovery(&mut self, text: &str, label: &str) -> Result<(), Error> {
        let d = &mut self.discovery;
        crate::data_file::for_each_line(text.as_bytes(), label, lexicon_error, |line_no, line| {
            let f = columns(line, 3, label, line_no)?;
            let subkind = match d.subkinds.iter().position(|s| s == f[1]) {
                Some(i) => i as u16,
                None => {
                    d.subkinds.push(f[1].to_string());
                    (d.subkinds.len() - 1) as u16
                }
            };
            let words = spellings(f[2]).map(fold_key);
            let head = match f[0] {
                "place" => Some(None),
                "org" => Some(Some(HeadKind::Org {
                    media: false,
                    definite: false,
                })),
                "org_definite" => Some(Some(HeadKind::Org {
                    media: false,
                    definite: true,
                })),
                "org_media" => Some(Some(HeadKind::Org {
                    media: true,
                    definite: false,
                })),
                "title" => Some(Some(HeadKind::Title { of: false })),
                "title_of" => Some(Some(HeadKind::Title { of: true })),
                _ => None,
            };
            match (f[0], head) {
                (_, Some(kind)) => {
                    for w in words {
                        let kind = kind.unwrap_or(HeadKind::Place {
                            feminine: w.ends_with('ه'),
                        });
                        if matches!(kind, HeadKind::Title { .. }) {
                            *d.classes.entry(w.clone()).or_insert(0) |= TITLE;
                        }
                        let mut prefix = String::new();
                        for (k, part) in w.split(' ').enumerate() {
                            if k > 0 {
                                d.head_prefixes.insert(prefix.clone());
                                prefix.push(' ');
                            }
                            prefix.push_str(part);
                        }
                        d.heads.entry(w).or_insert((kind, subkind));
                    }
                }
                ("org_suffix", None) => d.suffixes.extend(words.map(|w| (w, subkind))),
                (list, None) if word_class(list).is_some() => {
                    let class = word_class(list).unwrap_or(0);
                    for w in words {
                        *d.classes.entry(w).or_insert(0) |= class;
                    }
                }
                (other, None) => {
                    return Err(Error::lexicon(
                        label,
                        line_no,
                        format!("unknown line type {other:?}"),
                    ))
                }
            }
            Ok(())
        })
    }

    fn read_given_names(&mut self, text: &str, label: &str) -> Result<(), Error> {
        let Discovery {
            given,
            classes,
            compound_firsts,
            ..
        } = &mut self.discovery;
        crate::data_file::for_each_line(text.as_bytes(), label, lexicon_error, |line_no, line| {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 4 || f[0] != "given" {
                return Err(Error::lexicon(
                    label,
                    line_no,
                    "expected `given origin flags spellings`".to_string(),
                ));
            }
            let common = match f[2] {
                "-" => false,
                "common" => true,
                other => {
                    return Err(Error::lexicon(
                        label,
                        line_no,
                        format!("flag {other:?} is not `-` or `common`"),
                    ))
                }
            };
            for w in spellings(f[3]).map(fold_key) {
                // Only one-word names start a name here; compounds (عبد الله) are two words.
                // A name spelled like a word the discovery rules stop at (`آن` ~ `أن`) is an
                // ordinary word too.
                let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
                if let Some((first, _)) = w.split_once(' ') {
                    compound_firsts.insert(first.to_string());
                }
                let ordinary = common || classes.get(&w).is_some_and(|c| c & STOP != 0);
                let slot = given.entry(w).or_insert(ordinary);
                *slot |= ordinary;
            }
            Ok(())
        })
    }

    fn build_triggers(&mut self) {
        let d = &mut self.discovery;
        let mut add = |w: &str, flag: u16| *d.classes.entry(w.to_string()).or_insert(0) |= flag;
        for phrase in d.heads.keys() {
            if !phrase.contains(' ') {
                add(phrase, TRIGGER_HEAD);
            }
        }
        for prefix in d.head_prefixes.iter().filter(|p| !p.contains(' ')) {
            add(prefix, TRIGGER_HEAD_PREFIX);
        }
        let first_words: Vec<String> = d
            .heads
            .keys()
            .chain(d.head_prefixes.iter())
            .filter(|w| !w.contains(' '))
            .filter_map(|w| w.strip_prefix('ا'))
            .filter(|w| w.starts_with('ل'))
            .map(str::to_string)
            .collect();
        for w in &first_words {
            add(w, TRIGGER_ASSIMILATED_HEAD);
        }
        for name in d.given.keys().filter(|n| !n.contains(' ')) {
            add(name, TRIGGER_GIVEN);
        }
        for first in d
            .compound_firsts
            .iter()
            .chain(["ابو", "ام"].map(String::from).iter())
        {
            add(first, TRIGGER_GIVEN);
        }
        for suffix in d.suffixes.keys() {
            add(suffix, TRIGGER_SUFFIX);
        }
    }

    /// The classes of a folded word of text ([`TRIGGER_HEAD`] … [`TITLE`]), 0 for none.
    pub(crate) fn class(&self, key: &str) -> u16 {
        self.discovery.classes.get(key).copied().unwrap_or(0)
    }

    /// Whether folded `key` has class `class`.
    pub(crate) fn is(&self, key: &str, class: u16) -> bool {
        self.class(key) & class != 0
    }

    /// What a folded head phrase introduces, if it is one.
    pub(crate) fn discovery_head(&self, phrase: &str) -> Option<DiscoveryHead<'_>> {
        let d = &self.discovery;
        let &(kind, subkind) = d.heads.get(phrase)?;
        let subkind = d.subkinds[subkind as usize].as_str();
        Some(match kind {
            HeadKind::Place { feminine } => DiscoveryHead::Place { subkind, feminine },
            HeadKind::Org { media, definite } => DiscoveryHead::Org {
                subkind,
                media,
                definite,
            },
            HeadKind::Title { of } => DiscoveryHead::Title { subkind, of },
        })
    }

    /// Whether a longer head phrase starts with `phrase`.
    pub(crate) fn discovery_head_prefix(&self, phrase: &str) -> bool {
        self.discovery.head_prefixes.contains(phrase)
    }

    pub(crate) fn org_suffix(&self, key: &str) -> Option<&str> {
        let &i = self.discovery.suffixes.get(key)?;
        self.discovery.subkinds.get(i as usize).map(String::as_str)
    }

    /// Whether folded `key` is an adjective a title may take before the name (`السابق`) or a
    /// nationality adjective (`النيجيري`).
    pub(crate) fn title_adjective(&self, key: &str) -> bool {
        self.is(key, TITLE_ADJ) || self.demonym_country(key).is_some()
    }

    /// Whether folded `key` is a given name, and if so whether it is also an ordinary word.
    pub(crate) fn given_name(&self, key: &str) -> Option<bool> {
        self.discovery.given.get(key).copied()
    }

    /// Whether folded `key` is the first word of a compound given name (`عبد`).
    pub(crate) fn compound_first(&self, key: &str) -> bool {
        self.discovery.compound_firsts.contains(key)
    }

    fn read_demonyms(&mut self, text: &str, label: &str) -> Result<(), Error> {
        let mut shared: FastSet<String> = FastSet::default();
        let mut shared_nationality: FastSet<String> = FastSet::default();
        crate::data_file::for_each_line(text.as_bytes(), label, lexicon_error, |line_no, line| {
            let f = columns(line, 6, label, line_no)?;
            let country = self.country_slot(f[0]);
            for (column, feminine) in [(f[1], false), (f[2], true)] {
                if let Some(form) = spellings(column).next() {
                    self.first_adjectives
                        .insert((country, feminine), with_article(form));
                }
            }
            for form in spellings(f[1]).chain(spellings(f[2])) {
                let key = fold_key(&with_article(form));
                self.demonym_words = self.demonym_words.max(key.split(' ').count());
                if self
                    .demonyms
                    .insert(key.clone(), country)
                    .is_some_and(|c| c != country)
                {
                    shared.insert(key);
                }
            }
            // Victims' nationality: every one-word form, the accusative singular (`سنغاليا`),
            // the duals (`سنغاليان`, `سنغاليتان`), and each with the article.
            let accusative: Vec<String> = spellings(f[1])
                .filter(|w| !w.contains(' '))
                .flat_map(|w| [format!("{w}ا"), format!("{w}ان")])
                .chain(
                    spellings(f[2])
                        .filter(|w| !w.contains(' '))
                        .filter_map(|w| w.strip_suffix('ة'))
                        .flat_map(|stem| [format!("{stem}تان"), format!("{stem}تين")]),
                )
                .collect();
            let forms: Vec<String> = spellings(f[1])
                .chain(spellings(f[2]))
                .chain(spellings(f[3]))
                .chain(spellings(f[4]))
                .filter(|w| !w.contains(' '))
                .map(str::to_string)
                .chain(accusative)
                .collect();
            for form in forms {
                for key in [fold_key(&form), fold_key(&format!("{ARTICLE}{form}"))] {
                    if self
                        .nationalities
                        .insert(key.clone(), country)
                        .is_some_and(|c| c != country)
                    {
                        shared_nationality.insert(key);
                    }
                }
            }
            Ok(())
        })?;
        for key in shared {
            self.demonyms.remove(&key);
        }
        for key in shared_nationality {
            self.nationalities.remove(&key);
        }
        Ok(())
    }

    fn country_slot(&mut self, code: &str) -> u16 {
        let code = code.trim().to_ascii_uppercase();
        if let Some(&i) = self.country_index.get(&code) {
            return i;
        }
        let i = self.countries.len() as u16;
        self.countries.push(code.clone());
        self.country_index.insert(code, i);
        i
    }

    /// One record per country of `countries` and institution: id `<cc>-<subkind>`.
    fn build_records(&mut self, countries: &Gazetteer) {
        let mut names: FastMap<String, (&str, &str)> = FastMap::default();
        for e in countries.entries() {
            if e.kind == EntityKind::Place && e.subkind.as_deref() == Some("country") {
                if let Some(cc) = &e.country {
                    names
                        .entry(cc.to_ascii_uppercase())
                        .or_insert((e.name_en.as_str(), e.name_ar.as_str()));
                }
            }
        }
        let mut codes: Vec<String> = names.keys().cloned().collect();
        codes.sort();
        for code in &codes {
            self.country_slot(code);
        }
        let adjective = std::mem::take(&mut self.first_adjectives);
        let n = self.institutions.len();
        self.records = vec![None; self.countries.len() * n];
        for (c, code) in self.countries.iter().enumerate() {
            let Some(&(country_en, country_ar)) = names.get(code) else {
                continue;
            };
            for (i, inst) in self.institutions.iter().enumerate() {
                let name_ar = match (&inst.definite, adjective.get(&(c as u16, inst.feminine))) {
                    (Some(head), Some(adj)) => format!("{head} {adj}"),
                    _ => match &inst.construct {
                        Some(head) => format!("{head} {country_ar}"),
                        None => format!(
                            "{} في {country_ar}",
                            inst.definite.as_deref().unwrap_or_default()
                        ),
                    },
                };
                self.records[c * n + i] = Some(Arc::new(EntityRecord {
                    kind: EntityKind::Group,
                    id: format!("{}-{}", code.to_ascii_lowercase(), inst.subkind),
                    name_ar,
                    name_en: inst.name_en.replace("{country}", country_en),
                    subkind: Some(inst.subkind.clone()),
                    country: Some(code.clone()),
                    priority: 0,
                }));
            }
        }
    }

    /// The institution record of `institution` for country `code` (ISO, any case).
    pub(crate) fn record(&self, institution: u32, code: &str) -> Option<&Arc<EntityRecord>> {
        let c = *self.country_index.get(&code.to_ascii_uppercase())? as usize;
        self.records
            .get(c * self.institutions.len() + institution as usize)?
            .as_ref()
    }

    /// The country of the first nationality adjective among the words of `phrase` (original
    /// text: folded here), in any form news gives victims: singular, accusative, plural,
    /// feminine, with or without the article (`سنغاليا`, `الماليين`, `سودانيات`).
    pub(crate) fn nationality_in(&self, phrase: &str) -> Option<&str> {
        phrase.split_whitespace().find_map(|w| {
            let key = fold_key(w);
            let key = crate::text::proclitics::strip_conjunction(&key);
            let &c = self.nationalities.get(key)?;
            self.countries.get(c as usize).map(String::as_str)
        })
    }

    /// The country whose nationality adjective (with the article, folded) is `key`.
    pub(crate) fn demonym_country(&self, key: &str) -> Option<&str> {
        let &c = self.demonyms.get(key)?;
        self.countries.get(c as usize).map(String::as_str)
    }

    /// Whether folded `word` is a cue for an entry of this kind and subkind.
    pub(crate) fn is_cue(&self, word: &str, kind: EntityKind, subkind: Option<&str>) -> bool {
        self.cues.get(word).is_some_and(|targets| {
            targets
                .iter()
                .any(|t| t == kind.as_str() || Some(t.as_str()) == subkind)
        })
    }
}

/// The article form of a nationality adjective: `ال` on every word (`كوري شمالي` →
/// `الكوري الشمالي`), except after a first word جنوب، رأس، سان or سانت, which alone takes it
/// (`جنوب سوداني` → `الجنوب سوداني`). The rule of `gazetteers/demonyms.tsv`.
pub(crate) fn with_article(form: &str) -> String {
    let words: Vec<&str> = form.split_whitespace().collect();
    let only_first = words.len() > 1 && ["جنوب", "رأس", "سان", "سانت"].contains(&words[0]);
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == 0 || !only_first {
                format!("{ARTICLE}{w}")
            } else {
                (*w).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocabulary {
        Vocabulary::embedded(Gazetteer::embedded().unwrap()).unwrap()
    }

    #[test]
    fn article_forms() {
        assert_eq!(with_article("سنغالي"), "السنغالي");
        assert_eq!(with_article("كوري شمالي"), "الكوري الشمالي");
        assert_eq!(with_article("جنوب سوداني"), "الجنوب سوداني");
    }

    #[test]
    fn demonyms_and_records() {
        let v = vocab();
        assert_eq!(v.demonym_country(&fold_key("السنغالية")), Some("SN"));
        assert_eq!(v.demonym_country(&fold_key("الكوري الشمالي")), Some("KP"));
        assert_eq!(v.demonym_country(&fold_key("الكاميرونية")), Some("CM"));
        for (phrase, cc) in [
            ("جنديًا سنغاليًا", "SN"),
            ("الجنود الماليين", "ML"),
            ("جنديان سنغاليان", "SN"),
            ("ممرضتان سودانيتان", "SD"),
            ("مدنيين سودانيين", "SD"),
            ("لاجئات سوريات", "SY"),
        ] {
            assert_eq!(v.nationality_in(phrase), Some(cc), "{phrase}");
        }
        assert_eq!(v.nationality_in("أشخاص"), None);
        let police = v
            .institutions
            .iter()
            .position(|i| i.subkind == "police")
            .unwrap() as u32;
        let r = v.record(police, "tn").unwrap();
        assert_eq!(r.id, "tn-police");
        assert_eq!(r.name_en, "Police Forces of Tunisia");
        assert_eq!(r.name_ar, "الشرطة التونسية");
        assert_eq!(r.country.as_deref(), Some("TN"));
        // Every institution has a record for every country of the gazetteer.
        assert!(v.records.iter().filter(|r| r.is_some()).count() >= 190 * v.institutions.len());
    }

    #[test]
    fn institution_ids_shared_with_the_gazetteer_are_the_same_body() {
        // `ua-national-guard` is both a curated entry and the generated id of Ukraine's
        // National Guard: one body, one id. Any other sharing would be a clash.
        let v = vocab();
        let g = Gazetteer::embedded().unwrap();
        for r in v.records.iter().flatten() {
            if let Some(e) = g.get(&r.id) {
                assert_eq!(
                    (e.kind, e.country.as_deref()),
                    (r.kind, r.country.as_deref()),
                    "{}",
                    r.id
                );
            }
        }
    }

    #[test]
    fn cues() {
        let v = vocab();
        assert!(v.is_cue(&fold_key("مدينة"), EntityKind::Place, Some("city")));
        assert!(v.is_cue(&fold_key("نادي"), EntityKind::Group, Some("club")));
        assert!(!v.is_cue(&fold_key("نادي"), EntityKind::Group, Some("armed_group")));
        assert!(v.counter_after.contains(&fold_key("الأقمار")));
    }
}
