//! Deterministic bench inputs: two Arabic corpora of any size and synthetic gazetteers of any
//! number of names. Seeded, no network, no `rand` crate: the same call gives the same bytes on
//! every machine, so figures from different runs are comparable.
//!
//! * the **dense** corpus ([`corpus`]): names everywhere and a casualty statement in about
//!   one sentence of eight — the worst case for both stages;
//! * the **news** corpus ([`news::news_corpus`]): general news prose with names at about a
//!   third of that density and a casualty sentence once per 4–8 KB — typical input.
//!
//! The dense corpus is built from the sentences of the test article
//! (`tests/data/bamako-2024.ar.txt`, the file `tests/normalize.rs` reads) plus casualty
//! sentences written here. Gazetteer names (from the embedded gazetteer and from the synthetic
//! one) are inserted at word boundaries with random proclitics (`و`, `ب`, `ل`, `وب`, …), and
//! about 5% of Arabic words get harakat or tatweel.
#![allow(dead_code)] // each bench binary uses a different part of this module

pub mod cpu_time;
pub mod news;

use arabic_extract::{EntityKind, Gazetteer, GazetteerEntry};
use std::collections::HashSet;

/// The test article, as published (diacritics, curly quotes, a link).
pub const ARTICLE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/bamako-2024.ar.txt"
));

/// A number from the environment variable `name`, or `default` when it is unset or not a
/// number (bench sizes: `BENCH_MB`, `BENCH_NAMES`, …).
pub fn env_num(name: &str, default: f64) -> f64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// The median of `v` (the upper one for an even count); `v` must not be empty.
pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// SplitMix64: tiny, fast, good enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) % n as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    pub fn pick_ref<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------------------
// Synthetic gazetteers
// ---------------------------------------------------------------------------------------

/// Syllables of the invented name stems (open syllables of West African / Arabic names as
/// Arabic news spells them).
#[rustfmt::skip]
const SYLLABLES: &[&str] = &[
    "كا", "ما", "نو", "سي", "تو", "با", "دي", "رو", "لي", "زا", "فو", "كو", "مي", "را", "نا",
    "سو", "طا", "ها", "بي", "تي", "دو", "يا", "وا", "شا", "لو", "مو", "ني", "قا", "جا", "غو",
];
/// Optional closing consonants of a stem.
#[rustfmt::skip]
const CODAS: &[&str] = &["", "", "", "ن", "ر", "ل", "ت", "س", "م", "ك", "د"];
#[rustfmt::skip]
const GIVEN_NAMES: &[&str] = &[
    "محمد", "أحمد", "عبد الله", "إبراهيم", "موسى", "عيسى", "آمادو", "بوبكر", "سيدو", "عمر",
    "علي", "يوسف", "حمزة", "عثمان", "مامادو", "سليمان", "إدريس", "مصطفى", "خالد", "عبد الرحمن",
];
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &["", "", "مدينة", "بلدة", "قرية", "منطقة", "ولاية", "إقليم", "وادي"];
#[rustfmt::skip]
const GROUP_HEADS: &[&str] = &[
    "جماعة", "حركة", "جبهة", "كتيبة", "تحالف", "مجلس", "قوات", "منظمة", "ألوية", "سرايا",
];
#[rustfmt::skip]
const GROUP_MIDDLES: &[&str] = &["", "", "تحرير", "أنصار", "أبناء", "حماة", "شباب"];

/// An invented word of 2–4 syllables.
fn stem(rng: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..2 + rng.below(3) {
        s.push_str(rng.pick(SYLLABLES));
    }
    s.push_str(rng.pick(CODAS));
    s
}

fn join(words: &[&str]) -> String {
    words
        .iter()
        .filter(|w| !w.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One plausible multi-word Arabic name of the given kind.
fn synthetic_name(rng: &mut Rng, kind: EntityKind) -> String {
    match kind {
        EntityKind::Person => {
            let family = stem(rng);
            if rng.chance(0.3) {
                join(&[rng.pick(GIVEN_NAMES), &stem(rng), &family])
            } else {
                join(&[rng.pick(GIVEN_NAMES), &family])
            }
        }
        EntityKind::Place => {
            let base = stem(rng);
            if rng.chance(0.25) {
                join(&[rng.pick(PLACE_HEADS), &base, &format!("ال{}", stem(rng))])
            } else {
                join(&[rng.pick(PLACE_HEADS), &base])
            }
        }
        _ => join(&[
            rng.pick(GROUP_HEADS),
            rng.pick(GROUP_MIDDLES),
            &format!("ال{}", stem(rng)),
        ]),
    }
}

/// `n` distinct synthetic names, kinds cycling place, group, person. Deterministic, and a
/// prefix of a longer list: the 10k names are the first 10k of the 100k names.
pub fn synthetic_names(n: usize) -> Vec<(EntityKind, String)> {
    let mut rng = Rng::new(0x6172_6162_6963_0001);
    let mut seen = HashSet::with_capacity(n);
    let mut out = Vec::with_capacity(n);
    let kinds = [EntityKind::Place, EntityKind::Group, EntityKind::Person];
    while out.len() < n {
        let kind = kinds[out.len() % 3];
        let name = synthetic_name(&mut rng, kind);
        if seen.insert(name.clone()) {
            out.push((kind, name));
        }
    }
    out
}

/// A gazetteer of `n` synthetic entries (ids `bench-<i>`); every fourth entry also gets an
/// alias (a second spelling of its last word), as real gazetteers do.
pub fn synthetic_gazetteer(n: usize) -> Gazetteer {
    let mut g = Gazetteer::new();
    for (i, (kind, name)) in synthetic_names(n).into_iter().enumerate() {
        let mut entry = GazetteerEntry::new(
            format!("bench-{i}"),
            kind,
            name.clone(),
            format!("Bench {i}"),
        );
        if i % 4 == 0 {
            entry = entry.with_aliases([format!("{name}ي")]);
        }
        g.add_entry(entry).expect("synthetic entries are valid");
    }
    g
}

/// Every Arabic name (canonical and aliases) of a gazetteer.
pub fn names_of(g: &Gazetteer) -> Vec<String> {
    g.entries()
        .iter()
        .flat_map(|e| e.names().map(str::to_string))
        .collect()
}

// ---------------------------------------------------------------------------------------
// Corpus
// ---------------------------------------------------------------------------------------

/// Casualty sentences of our own, `{n}` a count, `{v}` the victims, `{p}` a name.
#[rustfmt::skip]
const CASUALTY_TEMPLATES: &[&str] = &[
    "قُتل {n} {v} في هجوم استهدف {p} فجر اليوم.",
    "وأصيب {n} {v} بجروح في انفجار عبوة ناسفة قرب {p}.",
    "وأعلن الجيش مقتل {n} {v} خلال اشتباكات عنيفة في {p}.",
    "وقالت مصادر محلية إن {n} {v} لقوا حتفهم في قصف على {p}.",
    "واختطف مسلحون {n} {v} على الطريق المؤدي إلى {p}.",
    "ولا يزال {n} {v} في عداد المفقودين بعد الهجوم على {p}.",
    "وأسفر القصف عن سقوط {n} قتلى وإصابة {n} آخرين في {p}.",
    "واعتقلت قوات الأمن {n} مشتبهاً بهم في {p} بعد الهجوم.",
];
#[rustfmt::skip]
const COUNTS: &[&str] = &[
    "77", "200", "٣٥", "١٢", "نحو 40", "أكثر من 100", "ما لا يقل عن 15", "عشرات", "مئات", "خمسة",
    "تسعة", "عشرين", "ثلاثة", "نحو ٨٠",
];
#[rustfmt::skip]
const VICTIMS: &[&str] = &[
    "أشخاص", "جنود", "مدنيين", "مقاتلين", "من عناصر الشرطة", "جنديا ماليا", "من المدنيين",
];
/// Proclitics put before inserted names; the empty string is the most common case.
#[rustfmt::skip]
const PROCLITICS: &[&str] = &["", "", "", "", "و", "ب", "ل", "ف", "وب", "ول", "في ", "من "];
#[rustfmt::skip]
const HARAKAT: &[char] = &['\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0652}'];

/// The article's sentences: split at `.`, `؟`, `!` and line ends; links dropped.
pub fn article_sentences() -> Vec<String> {
    let mut out = Vec::new();
    for line in ARTICLE.lines() {
        let line = line.trim();
        if line.is_empty() || line.contains("http") {
            continue;
        }
        let mut start = 0;
        for (i, c) in line.char_indices() {
            if matches!(c, '.' | '؟' | '!') {
                let s = line[start..i + c.len_utf8()].trim();
                if s.chars().count() > 3 {
                    out.push(s.to_string());
                }
                start = i + c.len_utf8();
            }
        }
        let s = line[start..].trim();
        if s.chars().count() > 3 {
            out.push(s.to_string());
        }
    }
    out
}

fn is_arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c) && c != '\u{0640}'
}

/// Adds harakat (or, half the time, tatweel) inside one word.
fn decorate(word: &str, rng: &mut Rng) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len() * 2);
    let tatweel = rng.chance(0.5);
    let spot = 1 + rng.below(chars.len().saturating_sub(2).max(1));
    for (i, &c) in chars.iter().enumerate() {
        out.push(c);
        if !is_arabic_letter(c) {
            continue;
        }
        if tatweel {
            if i == spot - 1 && i + 1 < chars.len() {
                for _ in 0..1 + rng.below(3) {
                    out.push('\u{0640}');
                }
            }
        } else if rng.chance(0.6) {
            out.push(rng.pick(HARAKAT));
        }
    }
    out
}

/// Builds one sentence: an article sentence (with 0–2 names inserted) or a casualty sentence.
fn sentence(rng: &mut Rng, sources: &[String], names: &[&[String]]) -> String {
    let name = |rng: &mut Rng| {
        let pool = names[rng.below(names.len())];
        format!("{}{}", rng.pick(PROCLITICS), rng.pick_ref(pool))
    };
    let raw = if rng.chance(0.12) {
        let mut s = rng.pick(CASUALTY_TEMPLATES).to_string();
        while let Some(at) = s.find("{n}") {
            s.replace_range(at..at + 3, rng.pick(COUNTS));
        }
        s = s.replace("{v}", rng.pick(VICTIMS));
        let p = name(rng);
        s.replace("{p}", &p)
    } else {
        let mut words: Vec<String> = rng
            .pick_ref(sources)
            .split(' ')
            .map(str::to_string)
            .collect();
        for _ in 0..rng.below(3) {
            let at = rng.below(words.len() + 1);
            let n = name(rng);
            words.insert(at, n);
        }
        words.join(" ")
    };
    // About 5% of the Arabic words get diacritics or tatweel.
    raw.split(' ')
        .map(|w| {
            if w.chars().filter(|&c| is_arabic_letter(c)).count() >= 3 && rng.chance(0.05) {
                decorate(w, rng)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A corpus of at most `bytes` bytes (and within a sentence of it): paragraphs of 2–6
/// sentences separated by blank lines. Names are drawn evenly from each of `names` (e.g. the
/// embedded gazetteer's names and the synthetic ones).
pub fn corpus(bytes: usize, seed: u64, names: &[&[String]]) -> String {
    let sources = article_sentences();
    let names: Vec<&[String]> = names.iter().copied().filter(|n| !n.is_empty()).collect();
    assert!(!names.is_empty(), "corpus needs at least one name");
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 1024);
    let mut in_paragraph = 0;
    let mut paragraph_len = 2 + rng.below(5);
    while out.len() < bytes {
        let s = sentence(&mut rng, &sources, &names);
        if !out.is_empty() {
            if in_paragraph == paragraph_len {
                out.push_str("\n\n");
                in_paragraph = 0;
                paragraph_len = 2 + rng.below(5);
            } else {
                out.push(' ');
            }
        }
        out.push_str(&s);
        in_paragraph += 1;
    }
    let mut end = bytes.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}

/// Sentences in `text`: `.`, `؟` or `!` followed by white space or the end (so `3.5` is not
/// one). The same count for both corpora.
pub fn sentence_count(text: &str) -> usize {
    let mut n = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '؟' | '!') && chars.peek().is_none_or(|d| d.is_whitespace()) {
            n += 1;
        }
    }
    n
}

/// Cuts `text` at paragraph breaks into documents of about `min..max` bytes (for the
/// JSON Lines bench: the dense corpus has no articles of its own).
pub fn split_documents(text: &str, min: usize, max: usize, seed: u64) -> Vec<&str> {
    let mut rng = Rng::new(seed);
    let mut docs = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let mut want = min + rng.below(max - min + 1);
        while want < rest.len() && !rest.is_char_boundary(want) {
            want += 1;
        }
        let cut = if rest.len() <= want {
            rest.len()
        } else {
            match rest[want..].find("\n\n") {
                Some(i) => want + i,
                None => rest.len(),
            }
        };
        let doc = rest[..cut].trim();
        if !doc.is_empty() {
            docs.push(doc);
        }
        rest = &rest[cut..];
    }
    docs
}

/// Human size label: `1MB`, `100MB`, `64KB`.
pub fn size_label(bytes: usize) -> String {
    if bytes >= 1_000_000 && bytes % 1_000_000 == 0 {
        format!("{}MB", bytes / 1_000_000)
    } else if bytes >= 1000 && bytes % 1000 == 0 {
        format!("{}KB", bytes / 1000)
    } else {
        format!("{bytes}B")
    }
}

/// True when the binary runs as a benchmark (`cargo bench`), false under `cargo test`
/// (criterion's test mode), where the benches use small inputs so the debug build stays fast.
pub fn bench_mode() -> bool {
    let args: Vec<String> = std::env::args().collect();
    args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--test" || a == "--list")
}

/// A `kB` field of `/proc/self/status` in bytes (`VmHWM`: peak RSS, `VmRSS`: current).
fn proc_status_bytes(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Peak resident set size of this process in bytes (`VmHWM`), Linux only.
pub fn peak_rss_bytes() -> Option<u64> {
    proc_status_bytes("VmHWM:")
}

/// Current resident set size of this process in bytes (`VmRSS`), Linux only.
pub fn rss_bytes() -> Option<u64> {
    proc_status_bytes("VmRSS:")
}
