//! Discovery of names no gazetteer holds (`tests/data/discovery_sentences.tsv`, our own
//! sentences): the `recall` set has realistic names introduced by head nouns, titles and
//! given names; the `precision` set uses the same cue words as ordinary words. Each sentence
//! lists every named entity a careful reader marks; scoring is that of
//! `tests/support::scoring` (folded names, containment, same kind).

mod support;

use arabic_extract::{EntitySource, Evidence, Extractor};
use std::collections::BTreeSet;
use support::scoring::{fold, matches, reported};

/// (set, sentence, gold (folded name, kind)) of every row.
type Row = (String, String, BTreeSet<(String, String)>);

fn rows() -> Vec<Row> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/discovery_sentences.tsv"
    );
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let gold = f[2]
                .split('|')
                .filter(|s| *s != "-" && !s.is_empty())
                .map(|item| {
                    let (kind, name) = item.split_once(':').expect("kind:name");
                    (fold(name), kind.to_string())
                })
                .collect();
            (f[0].to_string(), f[1].to_string(), gold)
        })
        .collect()
}

/// (gold, found, reported, correct) over the rows of one set.
fn score(ex: &Extractor, set: &str, verbose: bool) -> [usize; 4] {
    let mut s = [0usize; 4];
    for (row_set, sentence, gold) in rows() {
        if row_set != set {
            continue;
        }
        let x = ex.extract(&sentence);
        support::check_extraction(&sentence, &x);
        let got = reported(&x);
        s[0] += gold.len();
        s[2] += got.len();
        for g in &gold {
            if got.iter().any(|r| matches(r, g)) {
                s[1] += 1;
            } else if verbose {
                eprintln!("miss  {} ({}) in {sentence}", g.0, g.1);
            }
        }
        for r in &got {
            if gold.iter().any(|g| matches(r, g)) {
                s[3] += 1;
            } else if verbose {
                eprintln!("extra {} ({}) in {sentence}", r.0, r.1);
            }
        }
    }
    s
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[test]
fn discovery_finds_names_from_context_and_keeps_precision() {
    let verbose = std::env::var_os("DISCOVERY_VERBOSE").is_some();
    let ex = Extractor::default();
    let off = Extractor::builder().discovery(false).build().unwrap();
    let [g, f, r, c] = score(&ex, "recall", verbose);
    let [_, f_off, _, _] = score(&off, "recall", false);
    let [_, _, pr, pc] = score(&ex, "precision", verbose);
    let [_, _, pr_off, pc_off] = score(&off, "precision", false);
    // What discovery itself adds to the false alarms of the precision set (the gazetteer's
    // own, such as الجزيرة "the island" read as the channel, are not its doing).
    let added_false = (pr - pc).saturating_sub(pr_off - pc_off);
    eprintln!(
        "recall set: recall {:.2} ({f}/{g}; without discovery {:.2}), precision {:.2} ({c}/{r}); \
         precision set: {:.2} ({pc}/{pr}), false alarms added by discovery: {added_false}",
        ratio(f, g),
        ratio(f_off, g),
        ratio(c, r),
        ratio(pc, pr)
    );
    assert!(rows().iter().filter(|r| r.0 == "recall").count() >= 150);
    assert!(rows().iter().filter(|r| r.0 == "precision").count() >= 100);
    assert!(ratio(f, g) >= 0.80, "recall {:.2}", ratio(f, g));
    assert!(
        ratio(c, r) >= 0.90,
        "precision on the recall set {:.2}",
        ratio(c, r)
    );
    assert!(
        added_false <= 3,
        "discovery adds {added_false} false alarms to the precision set"
    );
}

#[test]
fn discovered_names_say_source_evidence_and_cue() {
    let text =
        "وقال العقيد ماماني ساليفو إن مسلحين هاجموا قرية تل الورد، وأضاف ساليفو أن الوضع هادئ.";
    let x = Extractor::default().extract(text);
    support::check_extraction(text, &x);
    let found: Vec<(&str, &str, Evidence, Option<&str>)> = x
        .entities
        .iter()
        .filter(|e| e.source == EntitySource::Context)
        .map(|e| (e.id(), e.text, e.evidence, e.cue.map(|c| &text[c.range()])))
        .collect();
    assert_eq!(
        found,
        [
            (
                "ctx-person-ماماني_ساليفو",
                "ماماني ساليفو",
                Evidence::Title,
                Some("العقيد")
            ),
            (
                "ctx-place-تل_الورد",
                "تل الورد",
                Evidence::HeadNoun,
                Some("قرية")
            ),
            (
                "ctx-person-ماماني_ساليفو",
                "ساليفو",
                Evidence::SamePerson,
                None
            ),
        ]
    );
    let json = serde_json::to_value(&x).unwrap();
    assert_eq!(json["entities"][0]["source"], "context");
    assert_eq!(
        json["entities"][0]["cue"]["start"],
        text.find("العقيد").unwrap()
    );
    // Off in the builder: nothing from context.
    let off = Extractor::builder().discovery(false).build().unwrap();
    assert!(off
        .extract(text)
        .entities
        .iter()
        .all(|e| e.source != EntitySource::Context));
}
