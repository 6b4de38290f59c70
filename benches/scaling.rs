//! Linear scaling: the same operations on a small and a large corpus, alternating in the same
//! process so that the load of a shared machine hits both sizes alike. Measures thread CPU
//! time; prints the median MB/s per size and the change from the small to the large input.
//!
//! ```text
//! cargo bench --bench scaling                 # 1 MB vs 100 MB, 3 rounds
//! BENCH_SCALING="1,100" BENCH_ROUNDS=3 cargo bench --bench scaling
//! ```
//! Not part of CI (the 100 MB corpus takes a while); under `cargo test` it does nothing.

mod common;

use arabic_extract::{Extractor, Gazetteer, Normalizer};
use common::cpu_time::ThreadCpuTime;
use common::{bench_mode, corpus, median, names_of, size_label, synthetic_gazetteer};
use criterion::measurement::Measurement;
use std::hint::black_box;

fn main() {
    if !bench_mode() {
        return;
    }
    let sizes: Vec<usize> = std::env::var("BENCH_SCALING")
        .unwrap_or_else(|_| "1,100".into())
        .split(',')
        .map(|s| (s.trim().parse::<f64>().expect("BENCH_SCALING: MB list") * 1e6) as usize)
        .collect();
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let g10k = synthetic_gazetteer(10_000);
    let embedded = Gazetteer::embedded().expect("embedded gazetteer");
    let (embedded_names, names10k) = (names_of(embedded), names_of(&g10k));
    let normalizer = Normalizer::default();
    let extract_10k = Extractor::builder()
        .gazetteer(g10k.clone())
        .build()
        .expect("extractor");
    let match_10k = Extractor::builder()
        .gazetteer(g10k)
        .casualties(false)
        .build()
        .expect("extractor");
    let largest = *sizes.iter().max().expect("a size");
    let texts: Vec<String> = sizes
        .iter()
        .map(|&b| corpus(b, 0x00C0_FFEE_2024, &[&embedded_names, &names10k]))
        .collect();
    let norms: Vec<_> = texts.iter().map(|t| normalizer.normalize(t)).collect();
    let clock = ThreadCpuTime;
    type Op<'a> = (&'a str, Box<dyn Fn(usize) -> usize + 'a>);
    let ops: Vec<Op> = vec![
        (
            "normalize",
            Box::new(|i| normalizer.normalize(&texts[i]).as_str().len()),
        ),
        (
            "match_10k",
            Box::new(|i| match_10k.extract_normalized(&norms[i]).entities.len()),
        ),
        (
            "casualties",
            Box::new(|i| arabic_extract::casualties::extract(&norms[i]).len()),
        ),
        (
            "extract_10k",
            Box::new(|i| extract_10k.extract(&texts[i]).entities.len()),
        ),
    ];
    for (name, op) in &ops {
        let mut mbps = vec![Vec::new(); sizes.len()];
        for _ in 0..rounds {
            for (i, &bytes) in sizes.iter().enumerate() {
                // About as many bytes per size: repeat small inputs.
                let reps = (largest / bytes).clamp(1, 20);
                black_box(op(i)); // warm
                let t = clock.start();
                for _ in 0..reps {
                    black_box(op(i));
                }
                let ns = clock.end(t) as f64;
                mbps[i].push((texts[i].len() * reps) as f64 / ns * 1e3);
            }
        }
        let medians: Vec<f64> = mbps.into_iter().map(median).collect();
        let cells: Vec<String> = sizes
            .iter()
            .zip(&medians)
            .map(|(&b, m)| format!("{} {m:.1} MB/s", size_label(b)))
            .collect();
        let change = (medians[medians.len() - 1] / medians[0] - 1.0) * 100.0;
        println!(
            "scaling {name:<12} {}  change {change:+.1}% (median of {rounds}, thread CPU time)",
            cells.join("  ")
        );
    }
}
