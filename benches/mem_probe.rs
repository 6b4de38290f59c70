//! Peak memory with 100,000 names: builds the extractor (embedded gazetteer plus 100k
//! generated names), extracts from a 1 MB corpus once, and prints the peak RSS (`VmHWM`).
//!
//! ```text
//! cargo bench --bench mem_probe
//! /usr/bin/time -v target/release/deps/mem_probe-<hash> --bench   # cross-check
//! ```
//!
//! `BENCH_NAMES` (default 100000) and `BENCH_MB` (default 1) change the sizes;
//! `BENCH_MEM_JSON=<file>` also writes the figures as JSON for `benches/compare.py`.
//! Under `cargo test` it does nothing.

mod common;

use arabic_extract::Extractor;
use common::{
    bench_mode, corpus, env_num, names_of, peak_rss_bytes, rss_bytes, synthetic_gazetteer,
};
use std::time::Instant;

fn main() {
    if !bench_mode() {
        return;
    }
    let names = env_num("BENCH_NAMES", 100_000.0) as usize;
    let bytes = (env_num("BENCH_MB", 1.0) * 1e6) as usize;
    let mb = |b: Option<u64>| b.unwrap_or(0) as f64 / 1e6;
    let stage = |what: &str| format!("{what} {:.1}/{:.1}", mb(rss_bytes()), mb(peak_rss_bytes()));
    let mut stages = vec![stage("start")];

    let g = synthetic_gazetteer(names);
    let embedded = arabic_extract::Gazetteer::embedded().expect("embedded gazetteer");
    let text = corpus(
        bytes,
        0x00C0_FFEE_2024,
        &[&names_of(embedded), &names_of(&g)],
    );
    stages.push(stage("inputs"));

    let t = Instant::now();
    let extractor = Extractor::builder()
        .gazetteer(g)
        .build()
        .expect("extractor");
    let build_ms = t.elapsed().as_secs_f64() * 1e3;
    stages.push(stage("built"));

    let t = Instant::now();
    let found = extractor.extract(&text);
    let extract_ms = t.elapsed().as_secs_f64() * 1e3;
    stages.push(stage("extracted"));
    let peak = mb(peak_rss_bytes());

    println!(
        "mem_probe: {names} names ({} patterns) built in {build_ms:.0} ms; {} entities, {} \
         casualties from {:.2} MB in {extract_ms:.1} ms; peak RSS {peak:.1} MB \
         (RSS/peak MB after each stage: {})",
        extractor.pattern_count(),
        found.entities.len(),
        found.casualties.len(),
        text.len() as f64 / 1e6,
        stages.join(", "),
    );
    if let Ok(path) = std::env::var("BENCH_MEM_JSON") {
        let json = format!(
            "{{\"names\": {names}, \"input_bytes\": {}, \"build_ms\": {build_ms:.1}, \
             \"extract_ms\": {extract_ms:.2}, \"peak_rss_mb\": {peak:.1}}}\n",
            text.len(),
        );
        std::fs::write(&path, json).expect("write BENCH_MEM_JSON");
    }
}
