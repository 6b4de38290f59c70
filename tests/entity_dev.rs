//! Entity recall and precision on our own development paragraphs (`tests/data/entity_dev.jsonl`,
//! described in `tests/data/entity_dev.README.md`): a held-out measurement set, never used to
//! write rules.
//!
//! The scores are a measurement, printed, not asserted (the set is for watching progress):
//! `cargo test --release --test entity_dev -- --ignored --nocapture`, with
//! `ENTITY_DEV_VERBOSE=1` for every miss and extra. The always-run test checks the file.
//!
//! Scoring: names are folded (NFKC, no diacritics or tatweel, `أ إ آ ٱ` → `ا`, `ى` → `ي`) and
//! lose one leading proclitic-like prefix; a gold (name, type) is found when a reported entity
//! of the same type contains it or is contained by it; each distinct (name, type) counts once
//! per paragraph, for gold and reported alike.

mod support;

use arabic_extract::Extractor;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use support::scoring::{fold, matches, reported};

const DEV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/entity_dev.jsonl"
));

struct Paragraph {
    id: String,
    text: String,
    gold: BTreeSet<(String, String)>,
}

fn paragraphs() -> Vec<Paragraph> {
    DEV.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            let gold = v["entities"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        e["name"].as_str().unwrap().to_string(),
                        e["type"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            Paragraph {
                id: v["id"].as_str().unwrap().to_string(),
                text: v["text"].as_str().unwrap().to_string(),
                gold,
            }
        })
        .collect()
}

#[test]
fn the_development_set_is_well_formed() {
    let ps = paragraphs();
    assert!(ps.len() >= 40, "{} paragraphs", ps.len());
    let mut ids = BTreeSet::new();
    for p in &ps {
        assert!(ids.insert(p.id.clone()), "duplicate id {}", p.id);
        for (name, kind) in &p.gold {
            assert!(
                p.text.contains(name.as_str()),
                "{}: {name} not in text",
                p.id
            );
            assert!(
                ["place", "group", "person"].contains(&kind.as_str()),
                "{}: {kind}",
                p.id
            );
        }
    }
}

#[test]
#[ignore = "a measurement: run with --ignored --nocapture"]
fn entity_scores_on_the_development_set() {
    let verbose = std::env::var_os("ENTITY_DEV_VERBOSE").is_some();
    let ex = Extractor::default();
    // Per type: (gold, gold found, reported, reported correct).
    let mut by_type: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    for p in paragraphs() {
        let gold: BTreeSet<(String, String)> =
            p.gold.iter().map(|(n, k)| (fold(n), k.clone())).collect();
        let reported = reported(&ex.extract(&p.text));
        for g in &gold {
            let s = by_type.entry(g.1.clone()).or_default();
            s[0] += 1;
            if reported.iter().any(|r| matches(r, g)) {
                s[1] += 1;
            } else if verbose {
                println!("{} miss  {} ({})", p.id, g.0, g.1);
            }
        }
        for r in &reported {
            let s = by_type.entry(r.1.clone()).or_default();
            s[2] += 1;
            if gold.iter().any(|g| matches(r, g)) {
                s[3] += 1;
            } else if verbose {
                println!("{} extra {} ({})", p.id, r.0, r.1);
            }
        }
    }
    let mut all = [0usize; 4];
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    for (kind, s) in &by_type {
        println!(
            "{kind:7} recall {:.2} ({}/{})  precision {:.2} ({}/{})",
            ratio(s[1], s[0]),
            s[1],
            s[0],
            ratio(s[3], s[2]),
            s[3],
            s[2]
        );
        for i in 0..4 {
            all[i] += s[i];
        }
    }
    let (r, p) = (ratio(all[1], all[0]), ratio(all[3], all[2]));
    println!(
        "all     recall {r:.2} ({}/{})  precision {p:.2} ({}/{})  F1 {:.2}",
        all[1],
        all[0],
        all[3],
        all[2],
        if r + p > 0.0 {
            2.0 * r * p / (r + p)
        } else {
            0.0
        }
    );
}
