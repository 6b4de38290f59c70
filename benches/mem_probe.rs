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
use common::{bench_mode, corpus, names_of, peak_rss_bytes, synthetic_gazetteer};
use std::time::Instant;

fn env_num(name: &str, default: f64) -> f64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

fn main() {
    if !bench_mode() {
        return;
    }
    let names = env_num("BENCH_NAMES", 100_000.0) as usize;
    let bytes = (env_num("BENCH_MB", 1.0) * 1e6) as usize;
    let rss_start = peak_rss_bytes().unwrap_or(0);

    let g = synthetic_gazetteer(names);
    let embedded = arabic_extract::Gazetteer::embedded().expect("embedded gazetteer");
    let text = corpus(
        bytes,
        0x00C0_FFEE_2024,
        &[&names_of(embedded), &names_of(&g)],
    );
    let rss_inputs = peak_rss_bytes().unwrap_or(0);

    let t = Instant::now();
    let extractor = Extractor::builder().gazetteer(g).build().expect("extractor");
    let build_ms = t.elapsed().as_secs_f64() * 1e3;
    let rss_built = peak_rss_bytes().unwrap_or(0);

    let t = Instant::now();
    let found = extractor.extract(&text);
    let extract_ms = t.elapsed().as_secs_f64() * 1e3;
    let peak = peak_rss_bytes().unwrap_or(0);

    let mb = |b: u64| b as f64 / 1e6;
    println!(
        "mem_probe: {names} names ({} patterns) built in {build_ms:.0} ms; {} entities from \
         {:.2} MB in {extract_ms:.1} ms; peak RSS {:.1} MB (at start {:.1}, after inputs {:.1}, \
         after build {:.1})",
        extractor.pattern_count(),
        found.entities.len(),
        mb(text.len() as u64),
        mb(peak),
        mb(rss_start),
        mb(rss_inputs),
        mb(rss_built),
    );
    if let Ok(path) = std::env::var("BENCH_MEM_JSON") {
        let json = format!(
            "{{\"names\": {names}, \"input_bytes\": {}, \"build_ms\": {build_ms:.1}, \
             \"extract_ms\": {extract_ms:.2}, \"peak_rss_mb\": {:.1}}}\n",
            text.len(),
            mb(peak)
        );
        std::fs::write(&path, json).expect("write BENCH_MEM_JSON");
    }
}
