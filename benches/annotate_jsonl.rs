//! Streaming throughput of the `annotate` tool on JSON Lines, one worker:
//! `annotate --jobs 1 --jsonl-input -f jsonl FILE > OUT` (issue 11 target: ≥ 50 MB/s).
//!
//! ```text
//! cargo bench --bench annotate_jsonl                 # 50 MB of text per corpus, 3 runs each
//! cargo bench --bench annotate_jsonl -- --quick      # 4 MB per corpus (what .ci/bench runs)
//! ```
//!
//! Builds the example as the tests do (`cargo build --release --example annotate`; set
//! `ANNOTATE_BIN` to use another binary), writes one JSON Lines file per corpus of
//! `benches/common` into `CARGO_TARGET_TMPDIR` — `dense`: the dense corpus cut at paragraph
//! breaks into 2–8 KB documents; `news`: news articles — and runs the tool on each, with its
//! default gazetteer. MB/s are 10^6 bytes of input *text* (the `text` fields; the JSON file is
//! a little bigger) per second. Per corpus, the median of `BENCH_JSONL_RUNS` runs (default 3):
//!
//! * `steady`: text bytes / (user + sys CPU time of the run − that of a run on an empty file,
//!   i.e. start-up and the build of the default extractor). CPU time does not count waiting for
//!   a core, so this is the figure the tripwire (`benches/compare.py`) checks;
//! * `wall`: text bytes / wall time of the whole run, start-up included: what a user sees.
//!
//! Peak memory is the tool's maximum resident set size as GNU time reports it (`/usr/bin/time
//! -f %M`, the "Maximum resident set size" of `time -v`); without `/usr/bin/time` there is no
//! memory figure (and the tripwire reports it missing). `BENCH_JSONL_MB` sets the text
//! per corpus in MB; `BENCH_JSONL_JSON=<file>` also writes the figures as JSON for
//! `benches/compare.py --extra`. Under `cargo test` it does nothing.

mod common;

use arabic_extract::Gazetteer;
use common::news::news_documents;
use common::{bench_mode, corpus, env_num, median, names_of, split_documents, synthetic_gazetteer};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const SEED: u64 = 0x00C0_FFEE_2024;
const NEWS_SEED: u64 = 0x6E65_7773_2024;

/// The annotate binary: `ANNOTATE_BIN`, or built with `cargo build --release`.
fn annotate_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("ANNOTATE_BIN") {
        return PathBuf::from(bin);
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let out = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "--example", "annotate"])
        .arg("--message-format=json")
        .arg("--manifest-path")
        .arg(&manifest)
        .stderr(Stdio::inherit())
        .output()
        .expect("run cargo build --example annotate");
    assert!(
        out.status.success(),
        "cargo build --example annotate failed"
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "annotate")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .expect("cargo reported no executable for the annotate example")
}

/// Writes `docs` as JSON Lines (`{"id": …, "text": …}`); returns the file's size.
fn write_jsonl(path: &Path, name: &str, docs: &[&str]) -> u64 {
    let mut w = BufWriter::new(File::create(path).expect("create JSONL file"));
    for (i, text) in docs.iter().enumerate() {
        let line = serde_json::json!({ "id": format!("{name}-{i}"), "text": text });
        serde_json::to_writer(&mut w, &line).expect("write JSONL");
        w.write_all(b"\n").expect("write JSONL");
    }
    w.flush().expect("write JSONL");
    std::fs::metadata(path).expect("JSONL size").len()
}

/// One run of the tool: wall seconds, CPU seconds (user + sys), peak RSS in bytes.
struct Run {
    wall: f64,
    cpu: f64,
    peak_rss: u64,
}

/// GNU time, for the peak RSS of the tool alone.
const GNU_TIME: &str = "/usr/bin/time";

fn run_once(bin: &Path, input: &Path, output: &Path) -> Run {
    let out = File::create(output).expect("create output file");
    let time_out = output.with_extension("time");
    let _ = std::fs::remove_file(&time_out);
    // The peak RSS comes from GNU time, not from our own `wait4`: a child spawned from this
    // process (which holds the corpora) inherits this process's high-water mark through
    // vfork + exec, so its `ru_maxrss` would be ours. Time forks from a small process.
    let mut cmd = if Path::new(GNU_TIME).exists() {
        let mut c = Command::new(GNU_TIME);
        c.args(["-f", "%M", "-o"]).arg(&time_out).arg(bin);
        c
    } else {
        Command::new(bin)
    };
    let args = [
        "--jobs",
        "1",
        "--jsonl-input",
        "-f",
        "jsonl",
        "--no-progress",
    ];
    let start = Instant::now();
    let child = cmd
        .args(args)
        .arg(input)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start annotate");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: all-zero bytes are a valid `rusage` (integers and timevals only).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our child, not yet reaped (the `Child` is never waited on); `status`
    // and `usage` are valid, writable locals.
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed().as_secs_f64();
    drop(child);
    assert_eq!(rc, pid, "wait4 on annotate");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "annotate failed (wait status {status})"
    );
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    // Through GNU time, `wait4` reports time's usage plus that of the child it waited for.
    let peak_kb: u64 = std::fs::read_to_string(&time_out)
        .ok()
        .and_then(|s| s.lines().last()?.trim().parse().ok())
        .unwrap_or(0);
    Run {
        wall,
        cpu: secs(usage.ru_utime) + secs(usage.ru_stime),
        peak_rss: peak_kb * 1024,
    }
}

fn main() {
    if !bench_mode() {
        return;
    }
    let quick = std::env::args().any(|a| a == "--quick");
    let mb = env_num("BENCH_JSONL_MB", if quick { 4.0 } else { 50.0 });
    let runs = env_num("BENCH_JSONL_RUNS", 3.0).max(1.0) as usize;
    let bytes = (mb * 1e6) as usize;

    let bin = annotate_bin();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("annotate_jsonl");
    std::fs::create_dir_all(&dir).expect("create bench directory");

    // The same corpora as the throughput bench: names from the embedded gazetteer and
    // 10,000 synthetic names (the tool itself uses its default gazetteer only).
    let embedded = Gazetteer::embedded().expect("embedded gazetteer");
    let g10k = synthetic_gazetteer(10_000);
    let dense_text = corpus(bytes, SEED, &[&names_of(embedded), &names_of(&g10k)]);
    let dense = split_documents(&dense_text, 2_000, 8_000, SEED);
    let news_owned = news_documents(bytes, NEWS_SEED, &[embedded, &g10k]);
    let news: Vec<&str> = news_owned.iter().map(String::as_str).collect();

    let empty = dir.join("empty.jsonl");
    std::fs::write(&empty, "").expect("write empty input");
    let output = dir.join("out.jsonl");
    let startup: Vec<Run> = (0..runs).map(|_| run_once(&bin, &empty, &output)).collect();
    let startup_cpu = median(startup.iter().map(|r| r.cpu).collect());
    let startup_wall = median(startup.iter().map(|r| r.wall).collect());
    println!(
        "annotate_jsonl: {} (--jobs 1 --jsonl-input -f jsonl); start-up on an empty file: \
         {:.0} ms CPU, {:.0} ms wall, peak RSS {:.1} MB",
        bin.display(),
        startup_cpu * 1e3,
        startup_wall * 1e3,
        startup.iter().map(|r| r.peak_rss).max().unwrap_or(0) as f64 / 1e6,
    );

    let mut figures = Vec::new();
    let mut details = serde_json::Map::new();
    let mut peak_all = 0u64;
    for (name, docs) in [("dense", dense), ("news", news)] {
        let input = dir.join(format!("{name}.jsonl"));
        let file_bytes = write_jsonl(&input, name, &docs);
        let text_bytes: usize = docs.iter().map(|d| d.len()).sum();
        let results: Vec<Run> = (0..runs).map(|_| run_once(&bin, &input, &output)).collect();
        let lines = std::fs::read_to_string(&output)
            .expect("read annotate output")
            .lines()
            .count();
        assert_eq!(lines, docs.len(), "annotate wrote one line per document");
        let cpu = median(results.iter().map(|r| r.cpu).collect());
        let wall = median(results.iter().map(|r| r.wall).collect());
        let peak = results.iter().map(|r| r.peak_rss).max().unwrap_or(0);
        peak_all = peak_all.max(peak);
        let text_mb = text_bytes as f64 / 1e6;
        let steady = text_mb / (cpu - startup_cpu).max(1e-3);
        println!(
            "annotate_jsonl/{name}: {text_mb:.2} MB of text in {} documents ({:.2} MB JSONL); \
             median of {runs}: {:.3} s CPU, {:.3} s wall; {steady:.1} MB/s steady (CPU, \
             start-up subtracted), {:.1} MB/s wall (start-up included); peak RSS {:.1} MB",
            docs.len(),
            file_bytes as f64 / 1e6,
            cpu,
            wall,
            text_mb / wall,
            peak as f64 / 1e6,
        );
        figures.push((format!("annotate_jsonl/{name}"), steady, "MB/s"));
        details.insert(
            name.to_string(),
            serde_json::json!({
                "documents": docs.len(),
                "text_bytes": text_bytes,
                "jsonl_bytes": file_bytes,
                "cpu_s": cpu,
                "wall_s": wall,
                "wall_mb_s": text_mb / wall,
                "peak_rss_mb": peak as f64 / 1e6,
            }),
        );
    }
    if peak_all > 0 {
        let peak_mb = peak_all as f64 / 1e6;
        figures.push(("annotate_jsonl/peak_rss".into(), peak_mb, "MB"));
    }
    let _ = std::fs::remove_file(&output);
    let _ = std::fs::remove_file(output.with_extension("time"));

    if let Ok(path) = std::env::var("BENCH_JSONL_JSON") {
        let mut map = serde_json::Map::new();
        for (id, value, unit) in &figures {
            map.insert(
                id.clone(),
                serde_json::json!({ "value": (value * 1000.0).round() / 1000.0, "unit": unit }),
            );
        }
        let json = serde_json::json!({
            "figures": map,
            "corpora": details,
            "text_mb_per_corpus": mb,
            "runs": runs,
            "startup_cpu_ms": (startup_cpu * 1e4).round() / 10.0,
        });
        std::fs::write(&path, format!("{json:#}\n")).expect("write BENCH_JSONL_JSON");
    }
}
