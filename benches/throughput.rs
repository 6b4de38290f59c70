//! Throughput benches (criterion). Every text bench reports `Throughput::Bytes` of the
//! ORIGINAL input, so MB/s figures compare directly. Every text bench runs on two corpora
//! (`benches/common`): the dense one, id `<bench>/<input size>` (e.g. `normalize/1MB`, the
//! names the baseline has always used), and the news one, id `<bench>/news_<input size>`
//! (e.g. `normalize/news_1MB`).
//!
//! * `normalize` — `Normalizer::default().normalize` alone;
//! * `match_default`, `match_10k`, `match_100k` — gazetteer matching alone
//!   (`extract_normalized` with casualties off, on pre-normalized text) with the embedded
//!   gazetteer, and with the embedded gazetteer plus 10,000 / 100,000 generated names;
//! * `casualties` — `casualties::extract` on pre-normalized text;
//! * `extract_default`, `extract_10k`, `extract_100k` — the full `Extractor::extract`;
//! * `raw_aho_default`, `raw_aho_10k`, `raw_aho_100k` — a bare `aho-corasick`
//!   (LeftmostLongest) search of the same normalized names over the normalized text: the
//!   practical ceiling;
//! * `build/default`, `build/10k`, `build/100k` — compiling the extractor (embedded gazetteer
//!   plus the generated names), `Throughput::Elements` = generated names.
//!
//! Input size: 1 MB; set `BENCH_MB=1,10,100` for the scaling runs. `BENCH_CLOCK=cpu`
//! measures thread CPU time instead of wall time (for a shared machine). `BENCH_ONCE=1` runs
//! every text stage exactly once, without criterion, for instruction counts under callgrind
//! (BENCHMARKS.md, "Both corpora"). Under `cargo test` (criterion's test mode) everything
//! runs once on small inputs.

mod common;

use aho_corasick::{AhoCorasick, MatchKind};
use arabic_extract::{casualties, Extractor, Gazetteer, Normalizer};
use common::cpu_time::ThreadCpuTime;
use common::news::news_corpus_with_stats;
use common::{bench_mode, corpus, names_of, sentence_count, size_label, synthetic_gazetteer};
use criterion::measurement::Measurement;
use criterion::{black_box, BatchSize, Criterion, SamplingMode, Throughput};
use std::collections::HashSet;

const SEED: u64 = 0x00C0_FFEE_2024;
/// Seed of the news corpus.
const NEWS_SEED: u64 = 0x6E65_7773_2024;

fn sizes(full: bool) -> Vec<usize> {
    if !full {
        return vec![50_000];
    }
    match std::env::var("BENCH_MB") {
        Ok(v) => v
            .split(',')
            .map(|s| {
                let mb: f64 = s.trim().parse().expect("BENCH_MB: comma-separated numbers");
                (mb * 1e6) as usize
            })
            .collect(),
        Err(_) => vec![1_000_000],
    }
}

/// The raw baseline: every name normalized like the matcher does, no word rules.
fn raw_automaton(gazetteers: &[&Gazetteer]) -> AhoCorasick {
    let n = Normalizer::default();
    let mut seen = HashSet::new();
    let patterns: Vec<String> = gazetteers
        .iter()
        .flat_map(|g| names_of(g))
        .map(|name| n.normalize_str(&name))
        .filter(|p| !p.is_empty() && seen.insert(p.clone()))
        .collect();
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("raw automaton")
}

/// One run of one stage; a function of its own so that callgrind can cut its costs out
/// (`--dump-before=*run_once* --dump-after=*run_once*`: one part per stage).
#[inline(never)]
fn run_once(f: &mut dyn FnMut() -> usize) -> usize {
    black_box(f())
}

fn benches<M: Measurement + 'static>(c: &mut Criterion<M>) {
    let full = bench_mode();
    // BENCH_ONCE=1: every text stage once through `run_once`, no criterion, no build benches
    // (for callgrind; see BENCHMARKS.md).
    let once = full && std::env::var_os("BENCH_ONCE").is_some();
    let (n10k, n100k) = if full {
        (10_000, 100_000)
    } else {
        (300, 1_000)
    };
    let embedded = Gazetteer::embedded().expect("embedded gazetteer");
    let g10k = synthetic_gazetteer(n10k);
    let g100k = synthetic_gazetteer(n100k);
    let embedded_names = names_of(embedded);
    let names10k = names_of(&g10k);
    let normalizer = Normalizer::default();

    let with = |g: &Gazetteer, casualties: bool| {
        Extractor::builder()
            .gazetteer(g.clone())
            .casualties(casualties)
            .build()
            .expect("extractor")
    };
    let extract_default = Extractor::default();
    let extract_10k = with(&g10k, true);
    let extract_100k = with(&g100k, true);
    let match_default = Extractor::builder()
        .casualties(false)
        .build()
        .expect("extractor");
    let match_10k = with(&g10k, false);
    let match_100k = with(&g100k, false);
    let raw_default = raw_automaton(&[embedded]);
    let raw_10k = raw_automaton(&[embedded, &g10k]);
    let raw_100k = raw_automaton(&[embedded, &g100k]);
    if full {
        eprintln!(
            "patterns: default {}, 10k {}, 100k {} (matcher); raw {}, {}, {} \
             ({:?}, {:.1} / {:.1} / {:.1} MB heap)",
            extract_default.pattern_count(),
            extract_10k.pattern_count(),
            extract_100k.pattern_count(),
            raw_default.patterns_len(),
            raw_10k.patterns_len(),
            raw_100k.patterns_len(),
            raw_100k.kind(),
            raw_default.memory_usage() as f64 / 1e6,
            raw_10k.memory_usage() as f64 / 1e6,
            raw_100k.memory_usage() as f64 / 1e6,
        );
    }

    for (bytes, news) in sizes(full)
        .into_iter()
        .flat_map(|b| [(b, false), (b, true)])
    {
        let (text, casualty_sentences) = if news {
            let (text, gen) = news_corpus_with_stats(bytes, NEWS_SEED, &[embedded, &g10k]);
            (text, Some(gen.casualty_sentences))
        } else {
            (corpus(bytes, SEED, &[&embedded_names, &names10k]), None)
        };
        let norm = normalizer.normalize(&text);
        let label = format!("{}{}", if news { "news_" } else { "" }, size_label(bytes));
        if full && !once {
            let e = extract_10k.extract(&text);
            let kb = text.len() as f64 / 1e3;
            let default_entities = extract_default.extract(&text).entities.len();
            eprintln!(
                "corpus {label}: {} bytes ({} normalized), {} sentences{}; 10k: {} entities \
                 ({:.2}/KB), {} casualty figures ({:.3}/KB, one per {:.1} KB); default: {} \
                 entities ({:.2}/KB); {} raw 10k hits",
                text.len(),
                norm.as_str().len(),
                sentence_count(&text),
                casualty_sentences.map_or(String::new(), |n| format!(
                    " ({n} casualty sentences, one per {:.1} KB)",
                    kb / n.max(1) as f64
                )),
                e.entities.len(),
                e.entities.len() as f64 / kb,
                e.casualties.len(),
                e.casualties.len() as f64 / kb,
                kb / e.casualties.len().max(1) as f64,
                default_entities,
                default_entities as f64 / kb,
                raw_10k.find_iter(norm.as_str()).count(),
            );
        }
        let mut bench = |name: &str, f: &mut dyn FnMut() -> usize| {
            if once {
                eprintln!("once: {name}/{label}");
                run_once(f);
                return;
            }
            let mut group = c.benchmark_group(name);
            group.throughput(Throughput::Bytes(text.len() as u64));
            if bytes >= 10_000_000 {
                group.sampling_mode(SamplingMode::Flat).sample_size(10);
            }
            group.bench_function(label.as_str(), |b| b.iter(&mut *f));
            group.finish();
        };
        let t = text.as_str();
        bench("normalize", &mut || {
            normalizer.normalize(black_box(t)).as_str().len()
        });
        for (name, ex) in [
            ("match_default", &match_default),
            ("match_10k", &match_10k),
            ("match_100k", &match_100k),
        ] {
            bench(name, &mut || {
                ex.extract_normalized(black_box(&norm)).entities.len()
            });
        }
        bench("casualties", &mut || {
            casualties::extract(black_box(&norm)).len()
        });
        for (name, ex) in [
            ("extract_default", &extract_default),
            ("extract_10k", &extract_10k),
            ("extract_100k", &extract_100k),
        ] {
            bench(name, &mut || ex.extract(black_box(t)).entities.len());
        }
        for (name, ac) in [
            ("raw_aho_default", &raw_default),
            ("raw_aho_10k", &raw_10k),
            ("raw_aho_100k", &raw_100k),
        ] {
            bench(name, &mut || ac.find_iter(black_box(norm.as_str())).count());
        }
    }

    if once {
        return;
    }
    let mut group = c.benchmark_group("build");
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    for (label, g) in [
        ("default", &Gazetteer::new()),
        ("10k", &g10k),
        ("100k", &g100k),
    ] {
        group.throughput(Throughput::Elements(g.len().max(1) as u64));
        group.bench_function(label, |b| {
            b.iter_batched(
                || g.clone(),
                |g| {
                    Extractor::builder()
                        .gazetteer(g)
                        .build()
                        .expect("extractor")
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

fn main() {
    // BENCH_CLOCK=cpu measures thread CPU time instead of wall time (shared machines).
    if std::env::var("BENCH_CLOCK").is_ok_and(|v| v == "cpu") {
        let mut c = Criterion::default()
            .with_measurement(ThreadCpuTime)
            .configure_from_args();
        benches(&mut c);
        c.final_summary();
    } else {
        let mut c = Criterion::default().configure_from_args();
        benches(&mut c);
        c.final_summary();
    }
}
