//! Integration tests for the `annotate` example (examples/annotate/): the binary is built
//! once with the cargo running these tests, then run on the test article and on small
//! inputs written to `CARGO_TARGET_TMPDIR`.
//!
//! The renderer module is also compiled in directly (`#[path]`) so its span-splitting walk
//! can be checked on overlapping spans that the extractor alone cannot produce on demand.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

#[allow(dead_code)]
#[path = "../examples/annotate/render.rs"]
mod render;

// ---------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------

/// The example binary, built once per test process with `cargo build --release`: a debug
/// build spends seconds compiling the embedded gazetteer at every start, the release build
/// a fraction of a second, which keeps these ~20 runs fast (and `--release` is how the
/// README runs the tool).
fn annotate_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["build", "--release", "--quiet", "--example", "annotate"])
            .arg("--message-format=json")
            .arg("--manifest-path")
            .arg(&manifest)
            .stderr(Stdio::inherit());
        let out = cmd.output().expect("run cargo build --example annotate");
        assert!(
            out.status.success(),
            "cargo build --example annotate failed"
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        stdout
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "annotate")
            .find_map(|m| m["executable"].as_str().map(PathBuf::from))
            .expect("cargo reported no executable for the annotate example")
    })
}

/// The seed article, shipped in the repository (`tests/data/`).
fn article_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bamako-2024.ar.txt")
}

fn article() -> String {
    std::fs::read_to_string(article_path()).expect("read the test article")
}

/// Runs the binary with `args`, feeding `stdin`; colours and progress are off because
/// stdout and stderr are pipes.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(annotate_bin())
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start annotate");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait for annotate");
    feeder.join().expect("stdin feeder");
    out
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

/// A fresh file under the cargo-provided temp dir.
fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("annotate-tests");
    std::fs::create_dir_all(&dir).expect("create temp dir");
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write temp file");
    path
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// Checks that every span-bearing object of a document record matches `text`: by byte
/// offsets (Rust), by character offsets (Python's `text[a:b]`) and, when present, by UTF-16
/// offsets (JavaScript's `text.slice(a, b)`).
fn check_spans(record: &Value, text: &str) -> usize {
    let mut checked = 0;
    let chars: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice = |span: &Value| -> &str {
        let n = |k: &str| {
            span[k]
                .as_u64()
                .unwrap_or_else(|| panic!("no {k} in {span}")) as usize
        };
        let (s, e) = (n("start"), n("end"));
        let by_bytes = text
            .get(s..e)
            .unwrap_or_else(|| panic!("span {s}..{e} is not a char range of the text"));
        let by_chars: String = chars[n("char_start")..n("char_end")].iter().collect();
        assert_eq!(by_chars, by_bytes, "character offsets of {span}");
        if span.get("utf16_start").is_some() {
            let by_units = String::from_utf16(&units[n("utf16_start")..n("utf16_end")]).unwrap();
            assert_eq!(by_units, by_bytes, "UTF-16 offsets of {span}");
        }
        by_bytes
    };
    for e in record["entities"].as_array().expect("entities array") {
        for field in ["kind", "id", "name_ar", "name_en", "text"] {
            assert!(e[field].is_string(), "entity without {field}: {e}");
        }
        assert_eq!(slice(e), e["text"].as_str().unwrap(), "entity {e}");
        checked += 1;
    }
    for c in record["casualties"].as_array().expect("casualties array") {
        assert_eq!(slice(c), c["text"].as_str().unwrap(), "casualty {c}");
        for field in ["value", "low", "qualifier"] {
            assert!(
                !c["count"][field].is_null(),
                "casualty count without {field}: {c}"
            );
        }
        assert!(c["victims"]["category"].is_string(), "{c}");
        slice(&c["count_span"]);
        slice(&c["trigger_span"]);
        if let Some(span) = c["victims"].get("span").filter(|s| !s.is_null()) {
            assert_eq!(slice(span), c["victims"]["text"].as_str().unwrap(), "{c}");
        }
        checked += 1;
    }
    checked
}

// ---------------------------------------------------------------------------------------
// JSON output on the article
// ---------------------------------------------------------------------------------------

#[test]
fn json_parses_and_every_span_text_matches_the_original_bytes() {
    let path = article_path();
    let out = run(&[path_str(&path)], b"");
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        stderr(&out)
    );
    let record: Value = serde_json::from_slice(&out.stdout).expect("stdout is one JSON value");
    assert_eq!(record["file"], path_str(&path));
    let text = article();
    let checked = check_spans(&record, &text);
    assert!(checked > 20, "only {checked} spans");
    let entities = record["entities"].as_array().unwrap();
    assert!(
        entities
            .iter()
            .any(|e| e["name_en"] == "Bamako" && e["kind"] == "place"),
        "Bamako not found"
    );

    // --format jsonl gives the same record on one line.
    let out = run(&["--format", "jsonl", path_str(&path)], b"");
    assert!(out.status.success());
    let s = stdout(&out);
    assert_eq!(s.lines().count(), 1);
    let line: Value = serde_json::from_str(s.trim_end()).unwrap();
    assert_eq!(line, record);
}

#[test]
fn utf16_offsets_and_character_offsets_slice_text_with_emoji_and_marks() {
    // Astral-plane characters (emoji, mathematical letters), combining marks and harakat put
    // byte, code point and UTF-16 offsets far apart before every name and figure.
    let text = "😀😀 قُتِلَ خمسة جنود 𝔸 في باماكو e\u{301}، وأصيب ثلاثة مدنيين 🇲🇱 في نيامي.\n\
                وفي تمبكتو 𝔹 اعتُقل 12 شخصا.";
    let path = temp_file("astral.txt", text.as_bytes());
    let out = run(&["--format", "jsonl", "--utf16", path_str(&path)], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let record: Value = serde_json::from_str(stdout(&out).trim_end()).unwrap();
    assert!(record["entities"][0]["utf16_start"].is_u64());
    assert!(record["casualties"][0]["count_span"]["utf16_end"].is_u64());
    let checked = check_spans(&record, text);
    assert!(checked >= 6, "only {checked} spans: {record}");
    // Without --utf16 there are no UTF-16 fields.
    let out = run(&["--format", "jsonl", path_str(&path)], b"");
    let plain: Value = serde_json::from_str(stdout(&out).trim_end()).unwrap();
    assert!(plain["entities"][0].get("utf16_start").is_none());
    assert_eq!(check_spans(&plain, text), checked);
}

/// (evidence in the article, kind, count check, victims category if unambiguous).
type Expected = (
    &'static str,
    &'static str,
    fn(&Value) -> bool,
    Option<&'static str>,
);

/// A plain number.
fn exact(c: &Value, n: u64) -> bool {
    c["qualifier"] == "exact" && c["value"] == n
}

/// "About n".
fn approx(c: &Value, n: u64) -> bool {
    c["qualifier"] == "approx" && c["value"] == n
}

/// "Dozens", "hundreds": a vague plural, whatever conventional value it is given.
fn vague(c: &Value) -> bool {
    c["qualifier"] == "vague"
}

/// The 14 casualty figures of the test article (`tests/data/bamako-2024.ar.txt`).
#[rustfmt::skip]
const FIGURES: &[Expected] = &[
    ("قُتل نحو 77 شخصاً", "killed", |c| approx(c, 77), Some("people")),
    ("نحو 200 شخص آخرين أصيبوا", "injured", |c| approx(c, 200), Some("people")),
    ("قتلوا عشرات الجنود الماليين والمقاتلين الروس", "killed", vague, None),
    ("عشرات الجنود القتلى", "killed", vague, None),
    ("عشرات من أعضائها قتلوا", "killed", vague, None),
    ("إصابة مئات الجنود الماليين والمقاتلين الروس", "injured", vague, None),
    ("إصابة أحد موظفي الأمم المتحدة", "injured", |c| exact(c, 1), Some("staff")),
    ("قُتل خمسة أشخاص", "killed", |c| exact(c, 5), Some("people")),
    ("وجُرح تسعة آخرون", "injured", |c| exact(c, 9), Some("people")),
    ("قُتل عشرون شخصًا", "killed", |c| exact(c, 20), Some("people")),
    ("مقتل 47 جنديًا ماليًا", "killed", |c| exact(c, 47), Some("soldiers")),
    ("و84 مقاتلاً روسيًا", "killed", |c| exact(c, 84), Some("fighters")),
    ("قُتل أكثر من 8000 شخص", "killed", |c| at_least(c, 8000), Some("people")),
    ("مقتل أكثر من 100 جندي", "killed", |c| at_least(c, 100), Some("soldiers")),
];

/// "More than n": a lower bound stated as n (inclusive or exclusive).
fn at_least(c: &Value, n: u64) -> bool {
    c["qualifier"] == "at_least"
        && (c["value"] == n || c["low"] == n || c["low"] == n + 1)
        && c["high"].is_null()
}

#[test]
fn the_14_casualty_figures_are_present() {
    let path = article_path();
    let text = article();
    let out = run(&["--format", "json", path_str(&path)], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let record: Value = serde_json::from_slice(&out.stdout).unwrap();
    let casualties = record["casualties"].as_array().unwrap();
    let mut used = vec![false; casualties.len()];
    let mut missing = Vec::new();
    for (n, (evidence, kind, count_ok, victims)) in FIGURES.iter().enumerate() {
        let mut hits = text.match_indices(evidence);
        let (at, _) = hits
            .next()
            .unwrap_or_else(|| panic!("{evidence} not in the article"));
        assert!(
            hits.next().is_none(),
            "{evidence} is not unique in the article"
        );
        let (ev_start, ev_end) = (at, at + evidence.len());
        let found = casualties.iter().enumerate().position(|(i, c)| {
            let (s, e) = (
                c["start"].as_u64().unwrap() as usize,
                c["end"].as_u64().unwrap() as usize,
            );
            !used[i]
                && s < ev_end
                && ev_start < e
                && c["kind"] == *kind
                && count_ok(&c["count"])
                && victims.is_none_or(|v| c["victims"]["category"] == v)
        });
        match found {
            Some(i) => used[i] = true,
            None => missing.push(format!("#{} {kind} «{evidence}»", n + 1)),
        }
    }
    assert!(
        missing.is_empty(),
        "missing casualty figures:\n  {}\nreported:\n{}",
        missing.join("\n  "),
        serde_json::to_string_pretty(&record["casualties"]).unwrap()
    );
}

// ---------------------------------------------------------------------------------------
// JSON Lines input
// ---------------------------------------------------------------------------------------

#[test]
fn jsonl_input_with_three_documents_gives_three_lines_in_order() {
    let docs = [
        (
            Some(Value::from("first")),
            "وصل الوفد إلى باماكو صباح اليوم.",
        ),
        (None, "لا شيء هنا"),
        (Some(Value::from(3)), "قُتل نحو 77 شخصاً في النيجر ومالي."),
    ];
    let mut input = String::new();
    for (id, text) in &docs {
        let mut obj = serde_json::json!({ "text": text, "source": "test" });
        if let Some(id) = id {
            obj["id"] = id.clone();
        }
        input.push_str(&obj.to_string());
        input.push('\n');
    }
    for jobs in ["1", "2"] {
        let out = run(
            &["--jsonl-input", "--format", "jsonl", "--jobs", jobs],
            input.as_bytes(),
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let s = stdout(&out);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 3, "{s}");
        for (n, (line, (id, text))) in lines.iter().zip(&docs).enumerate() {
            let record: Value = serde_json::from_str(line).expect("each line is JSON");
            assert_eq!(record["file"], "<stdin>");
            assert_eq!(record["line"], n as u64 + 1);
            assert_eq!(record.get("id"), id.as_ref(), "{line}");
            check_spans(&record, text);
        }
        let first: Value = serde_json::from_str(lines[0]).unwrap();
        assert_eq!(first["entities"][0]["name_en"], "Bamako");
    }
}

#[test]
fn jsonl_input_keeps_order_across_parallel_batches() {
    // More documents than one batch (256), processed by two workers.
    let n = 700;
    let mut input = String::new();
    for i in 0..n {
        let place = ["باماكو", "نيامي", "مالي"][i % 3];
        input.push_str(
            &serde_json::json!({ "id": i, "text": format!("الخبر {i} من {place}") }).to_string(),
        );
        input.push('\n');
    }
    let out = run(
        &["--jsonl-input", "-f", "jsonl", "-j", "2"],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<u64> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, (0..n as u64).collect::<Vec<_>>());
}

#[test]
fn jsonl_input_reports_bad_lines_and_goes_on() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":\"ok1\",\"text\":\"\xd9\x85\xd8\xa7\xd9\x84\xd9\x8a\"}\n");
    input.extend_from_slice(b"{\"id\":\"bad\",\"text\":\"abc\xff\"}\n");
    input.extend_from_slice(b"not json\n");
    input.extend_from_slice(b"{\"id\":\"no-text\"}\n");
    input.extend_from_slice(b"\n{\"id\":\"ok2\",\"text\":\"x\"}\n");
    let file = temp_file("bad-lines.jsonl", &input);
    let out = run(&["--jsonl-input", "-f", "jsonl", path_str(&file)], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    let name = path_str(&file);
    // The offset is the 0xFF's byte offset in the file.
    let bad_at = input.iter().position(|&b| b == 0xff).unwrap();
    assert!(
        lines[0].contains(&format!("{name}:2:")) && lines[0].contains("UTF-8"),
        "{err}"
    );
    assert!(lines[0].contains(&format!("byte offset {bad_at}")), "{err}");
    assert!(lines[1].contains(&format!("{name}:3:")), "{err}");
    assert!(
        lines[2].contains(&format!("{name}:4:")) && lines[2].contains("text"),
        "{err}"
    );
    let ids: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].clone())
        .collect();
    assert_eq!(ids, [Value::from("ok1"), Value::from("ok2")]);
}

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

#[test]
fn missing_file_gives_exit_code_2_and_names_it_after_processing_the_rest() {
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such-article.txt");
    let path = article_path();
    let out = run(&["-f", "jsonl", path_str(&missing), path_str(&path)], b"");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(path_str(&missing)), "{err}");
    let s = stdout(&out);
    assert_eq!(s.lines().count(), 1, "the other file is still annotated");
    let record: Value = serde_json::from_str(s.trim_end()).unwrap();
    assert_eq!(record["file"], path_str(&path));
}

#[test]
fn invalid_utf8_is_reported_with_file_and_offset_not_panicked_on() {
    let mut bytes = "قتل خمسة في باماكو ".as_bytes().to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(b"\xff\xfe tail");
    let bad = temp_file("invalid-utf8.txt", &bytes);
    let good = temp_file("good.txt", "مالي".as_bytes());
    for format in ["json", "text", "html"] {
        let out = run(&["-f", format, path_str(&bad), path_str(&good)], b"");
        assert_eq!(out.status.code(), Some(2), "{format}");
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(path_str(&bad)), "{err}");
        assert!(err.contains("UTF-8"), "{err}");
        assert!(err.contains(&format!("byte offset {offset}")), "{err}");
        assert!(
            stdout(&out).contains("مالي"),
            "the good file is still annotated ({format})"
        );
    }
    // The same through stdin.
    let out = run(&["-f", "json", "-"], &bytes);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(&format!("<stdin>: invalid UTF-8 at byte offset {offset}")));
}

#[test]
fn bad_gazetteer_gives_exit_code_2_and_the_article_is_still_annotated() {
    let bad = temp_file("bad-gazetteer.tsv", b"this\tis\nnot a gazetteer\n");
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such-gazetteer.tsv");
    let path = article_path();
    let out = run(
        &[
            "-f",
            "jsonl",
            "-g",
            path_str(&bad),
            "--gazetteer",
            path_str(&missing),
            path_str(&path),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.contains(path_str(&bad)) && err.contains(path_str(&missing)),
        "{err}"
    );
    let record: Value = serde_json::from_str(stdout(&out).trim_end()).unwrap();
    assert!(record["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["name_en"] == "Bamako"));
}

#[test]
fn extra_gazetteer_entries_are_found() {
    let gaz = temp_file(
        "extra.tsv",
        "id\tkind\tname_ar\tname_en\taliases\nxx-wadi\tplace\tوادي التجربة\tTest Valley\tوادي التجارب\n"
            .as_bytes(),
    );
    let out = run(
        &["-f", "jsonl", "-g", path_str(&gaz)],
        "وصلت القوات إلى وادي التجارب في مالي".as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let record: Value = serde_json::from_str(stdout(&out).trim_end()).unwrap();
    let ids: Vec<&str> = record["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"xx-wadi") && ids.contains(&"Q912"), "{ids:?}");
}

#[test]
fn help_documents_every_option() {
    let out = run(&["--help"], b"");
    assert!(out.status.success());
    let help = stdout(&out);
    for needle in [
        "--format",
        "--gazetteer",
        "--jsonl-input",
        "--jobs",
        "--color",
        "--top",
        "--no-progress",
        "--utf16",
        "json",
        "jsonl",
        "text",
        "html",
        "NO_COLOR",
        "EXIT STATUS",
        "byte offset",
    ] {
        assert!(help.contains(needle), "--help lacks {needle}:\n{help}");
    }
}

// ---------------------------------------------------------------------------------------
// Text and HTML views
// ---------------------------------------------------------------------------------------

#[test]
fn text_view_uses_plain_markers_without_a_terminal_or_with_no_color() {
    let path = article_path();
    let out = run(&["-f", "text", path_str(&path)], b"");
    assert!(out.status.success());
    let s = stdout(&out);
    assert!(!s.contains('\x1b'), "colour codes in piped output");
    assert!(s.contains("[باماكو]"), "no place marker");
    assert!(
        s.contains("Casualty figures:") && s.contains("Entities:"),
        "no summary"
    );
    assert!(s.contains("Bamako"), "entity table lacks Bamako");

    // Escape sequences in the input cannot reach the terminal.
    let hostile = run(
        &["-f", "text"],
        "مالي\x1b[2J\x1b]0;title\x07 نص\r\n".as_bytes(),
    );
    assert!(hostile.status.success());
    let s = stdout(&hostile);
    assert!(
        !s.contains('\x1b') && !s.contains('\x07') && !s.contains('\r'),
        "{s:?}"
    );
    assert!(s.contains("[مالي]"), "{s}");

    let colored = run(&["-f", "text", "--color", "always", path_str(&path)], b"");
    assert!(stdout(&colored).contains("\x1b[36mباماكو\x1b[0m"));

    let mut cmd = Command::new(annotate_bin());
    let no_color = cmd
        .args(["-f", "text", "--color", "auto", path_str(&path)])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&no_color.stdout).contains('\x1b'));
}

#[test]
fn html_is_well_formed_and_escapes_script_in_the_input() {
    let input = "<script>alert(\"x&y\")</script> قُتل نحو 77 شخصاً في الهجوم على باماكو & نيامي <b>'ok'</b>\n";
    let file = temp_file("script.txt", input.as_bytes());
    let out = run(&["-f", "html", path_str(&file)], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let html = stdout(&out);
    check_well_formed(&html).unwrap_or_else(|e| panic!("{e}\n{html}"));
    assert!(
        !html.to_ascii_lowercase().contains("<script"),
        "unescaped <script>"
    );
    assert!(!html.contains("<b>"), "unescaped <b>");
    assert!(
        html.contains("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(
        html.contains("title=\"ml-bamako · Bamako") || html.contains("· Bamako ("),
        "no tooltip"
    );

    // The article, and several documents in one page.
    let path = article_path();
    let out = run(&["-f", "html", path_str(&path), path_str(&file)], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let html = stdout(&out);
    check_well_formed(&html).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(html.matches("<section class=\"doc\"").count(), 2);
    assert!(html.contains("class=\"ent ent-place\""));
    assert!(html.contains("class=\"ent ent-group\""));
}

/// A strict well-formedness check for the HTML the tool writes: one `<html>` root holding
/// `<head>` then `<body>`; every non-void element closed in order; attribute values quoted
/// and free of `<`; no raw `<` or `>` in text; every `&` starts a complete character
/// reference; `<style>` holds raw text up to its end tag.
fn check_well_formed(html: &str) -> Result<(), String> {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ];
    fn entity_ok(s: &str) -> bool {
        let Some(end) = s.find(';') else { return false };
        let name = &s[1..end];
        if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
            !num.is_empty() && num.chars().all(|c| c.is_ascii_hexdigit())
        } else if let Some(num) = name.strip_prefix('#') {
            !num.is_empty() && num.chars().all(|c| c.is_ascii_digit())
        } else {
            !name.is_empty() && name.len() < 32 && name.chars().all(|c| c.is_ascii_alphanumeric())
        }
    }
    let line_of = |i: usize| html[..i].matches('\n').count() + 1;
    let err = |i: usize, msg: String| Err(format!("line {}: {msg}", line_of(i)));

    let doctype = "<!DOCTYPE html>";
    if !html
        .get(..doctype.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(doctype))
    {
        return err(0, "no <!DOCTYPE html>".into());
    }
    let mut i = doctype.len();
    let mut stack: Vec<String> = Vec::new();
    let mut root_children: Vec<String> = Vec::new();
    let mut roots = 0;
    let bytes = html.as_bytes();
    while i < html.len() {
        let rest = &html[i..];
        if rest.starts_with("<!--") {
            match rest.find("-->") {
                Some(end) => i += end + 3,
                None => return err(i, "unclosed comment".into()),
            }
            continue;
        }
        if let Some(after) = rest.strip_prefix("</") {
            let name_len = after
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(after.len());
            let name = after[..name_len].to_ascii_lowercase();
            if !after[name_len..].starts_with('>') {
                return err(i, format!("malformed end tag </{name}"));
            }
            match stack.pop() {
                Some(open) if open == name => {}
                Some(open) => return err(i, format!("</{name}> closes <{open}>")),
                None => return err(i, format!("</{name}> with nothing open")),
            }
            i += 2 + name_len + 1;
            continue;
        }
        if let Some(after) = rest.strip_prefix('<') {
            let name_len = after
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(after.len());
            if name_len == 0 {
                return err(i, "raw '<' in text".into());
            }
            let name = after[..name_len].to_ascii_lowercase();
            let mut j = i + 1 + name_len;
            let mut attrs: Vec<String> = Vec::new();
            loop {
                while j < html.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                match bytes.get(j) {
                    Some(b'>') => {
                        j += 1;
                        break;
                    }
                    None => return err(i, format!("unclosed tag <{name}")),
                    _ => {}
                }
                let a = &html[j..];
                let alen = a
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .unwrap_or(a.len());
                if alen == 0 {
                    return err(j, format!("bad attribute in <{name}>"));
                }
                let aname = a[..alen].to_ascii_lowercase();
                if attrs.contains(&aname) {
                    return err(j, format!("duplicate attribute {aname} in <{name}>"));
                }
                attrs.push(aname.clone());
                j += alen;
                if !html[j..].starts_with("=\"") {
                    return err(
                        j,
                        format!("attribute {aname} in <{name}> is not name=\"value\""),
                    );
                }
                j += 2;
                let Some(vlen) = html[j..].find('"') else {
                    return err(j, "unterminated attribute value".into());
                };
                let value = &html[j..j + vlen];
                if value.contains('<') {
                    return err(j, format!("'<' in attribute {aname}"));
                }
                for (k, _) in value.match_indices('&') {
                    if !entity_ok(&value[k..]) {
                        return err(j, format!("bare '&' in attribute {aname}"));
                    }
                }
                j += vlen + 1;
            }
            if stack.is_empty() {
                roots += 1;
                if name != "html" || roots > 1 {
                    return err(i, format!("<{name}> outside the single <html> root"));
                }
            } else if stack.len() == 1 {
                root_children.push(name.clone());
            }
            i = j;
            if VOID.contains(&name.as_str()) {
                continue;
            }
            if name == "style" || name == "script" {
                let close = format!("</{name}>");
                match html[i..].find(&close) {
                    Some(end) => i += end,
                    None => return err(i, format!("unclosed <{name}>")),
                }
            }
            stack.push(name);
            continue;
        }
        let ch = rest.chars().next().unwrap_or(' ');
        match ch {
            '>' => return err(i, "raw '>' in text".into()),
            '&' if !entity_ok(rest) => return err(i, "bare '&' in text".into()),
            c if stack.is_empty() && !c.is_whitespace() => {
                return err(i, format!("text outside <html>: {c:?}"))
            }
            _ => {}
        }
        i += ch.len_utf8();
    }
    if let Some(open) = stack.last() {
        return err(html.len(), format!("<{open}> never closed"));
    }
    if roots != 1 || root_children != ["head", "body"] {
        return Err(format!(
            "<html> must hold <head> then <body>, holds {root_children:?}"
        ));
    }
    Ok(())
}

#[test]
fn the_well_formedness_check_rejects_broken_html() {
    let ok = "<!DOCTYPE html>\n<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>t &amp; u</title><style>a>b{}</style></head><body><p>x</p></body></html>\n";
    assert_eq!(check_well_formed(ok), Ok(()));
    for bad in [
        ok.replace("<p>x</p>", "<p><b>x</p></b>"),
        ok.replace("<p>x</p>", "<p>x"),
        ok.replace("<p>x</p>", "<p>x < y</p>"),
        ok.replace("<p>x</p>", "<p>x & y</p>"),
        ok.replace("<p>x</p>", "<p class=x>x</p>"),
        ok.replace("<p>x</p>", "<p title=\"a\" title=\"b\">x</p>"),
        ok.replace("</html>", "</html><p>"),
        ok.replace("<!DOCTYPE html>", ""),
    ] {
        assert!(check_well_formed(&bad).is_err(), "accepted: {bad}");
    }
}

// ---------------------------------------------------------------------------------------
// The renderer's span walk, on overlapping spans
// ---------------------------------------------------------------------------------------

use arabic_extract::{
    Casualty, CasualtyKind, Count, Entity, EntityKind, Extraction, GazetteerEntry, Span,
};

/// A span of `text` that may not fit it (the renderer must skip those): character offsets
/// are only filled in when it does.
fn span(text: &str, start: usize, end: usize) -> Span {
    Span::of(text, start..end).unwrap_or(Span::from_offsets(start, end, 0, 0))
}

fn entity(text: &str, start: usize, end: usize) -> Entity<'_> {
    let entry = GazetteerEntry::new(
        format!("e{start}"),
        EntityKind::Place,
        "",
        format!("E{start}"),
    );
    Entity::from_entry(
        &entry,
        span(text, start, end),
        text.get(start..end).unwrap_or(""),
    )
}

fn casualty(text: &str, start: usize, end: usize) -> Casualty<'_> {
    Casualty::new(
        CasualtyKind::Killed,
        Count::exact(3),
        span(text, start, end),
        text.get(start..end).unwrap_or(""),
    )
}

/// Runs the walk and checks its invariants: the text comes out whole and in order, the
/// events nest, casualties are outside entities, and each span's pieces cover exactly it.
fn check_walk(text: &str, ex: &Extraction<'_>) -> String {
    use render::{Event, Layer};
    let mut rebuilt = String::new();
    let mut stack: Vec<Layer> = Vec::new();
    let mut covered: std::collections::HashMap<String, Vec<(usize, usize)>> = Default::default();
    let mut markup = String::new();
    render::walk(text, ex, |ev| match ev {
        Event::Open(l) => {
            if matches!(l, Layer::Casualty(_)) {
                assert!(
                    stack.iter().all(|o| matches!(o, Layer::Casualty(_))),
                    "casualty opened inside an entity"
                );
            }
            stack.push(l);
            markup.push_str(match l {
                Layer::Casualty(_) => "⟦",
                Layer::Entity(_) => "[",
            });
        }
        Event::Close { layer, .. } => {
            assert_eq!(stack.pop(), Some(layer), "events do not nest");
            markup.push_str(match layer {
                Layer::Casualty(_) => "⟧",
                Layer::Entity(_) => "]",
            });
        }
        Event::Text(s) => {
            let start = rebuilt.len();
            rebuilt.push_str(s);
            markup.push_str(s);
            for l in &stack {
                covered
                    .entry(format!("{l:?}"))
                    .or_default()
                    .push((start, rebuilt.len()));
            }
        }
    });
    assert!(stack.is_empty());
    assert_eq!(rebuilt, text);
    let spans = ex
        .casualties
        .iter()
        .enumerate()
        .map(|(i, c)| (format!("{:?}", render::Layer::Casualty(i)), c.span))
        .chain(
            ex.entities
                .iter()
                .enumerate()
                .map(|(i, e)| (format!("{:?}", render::Layer::Entity(i)), e.span)),
        );
    for (key, span) in spans {
        let fits = span.start < span.end && span.slice(text).is_some();
        let pieces = covered.remove(&key).unwrap_or_default();
        if !fits {
            assert!(
                pieces.is_empty(),
                "{key} does not fit the text but was rendered"
            );
            continue;
        }
        let mut at = span.start;
        for (s, e) in pieces {
            assert_eq!(s, at, "{key}: gap in its pieces");
            at = e;
        }
        assert_eq!(at, span.end, "{key}: pieces do not reach the end");
    }
    markup
}

#[test]
fn walk_nests_crossing_spans_and_cuts_only_on_char_boundaries() {
    let text = "قتل خمسة في باماكو ونيامي";
    let w = |s: &str| text.find(s).unwrap();
    let bamako = (w("باماكو"), w("باماكو") + "باماكو".len());
    let niamey = (w("نيامي"), text.len());
    let ex = Extraction::new(
        vec![
            entity(text, bamako.0, bamako.1),
            entity(text, niamey.0, niamey.1),
        ],
        // One casualty contains Bamako; a second one ends inside Niamey's span (crossing).
        vec![
            casualty(text, 0, bamako.1),
            casualty(text, w("ونيامي"), niamey.0 + "ني".len()),
        ],
    );
    let markup = check_walk(text, &ex);
    assert_eq!(markup, "⟦قتل خمسة في [باماكو]⟧ ⟦و[ني]⟧[امي]");

    // Spans that do not fit (out of range, inside a char, empty) are ignored, not trusted.
    let broken = Extraction::new(
        vec![
            entity(text, 1, 4),
            entity(text, 5, 5),
            entity(text, 0, text.len() + 9),
        ],
        vec![casualty(text, 2, 2 + 1)],
    );
    assert_eq!(check_walk(text, &broken), text);
}

#[test]
fn walk_invariants_hold_for_arbitrary_spans() {
    use proptest::prelude::*;
    let text = "وقُتل 5 أشخاص في «باماكو» 🙂 & <نيامي>\nوأصيب عشرات.";
    let len = text.len();
    // A fixed seed and no persistence file: the same 300 cases on every run.
    let mut runner = proptest::test_runner::TestRunner::new_with_rng(
        ProptestConfig {
            cases: 300,
            failure_persistence: None,
            ..ProptestConfig::default()
        },
        proptest::test_runner::TestRng::deterministic_rng(
            proptest::test_runner::RngAlgorithm::ChaCha,
        ),
    );
    let spans = proptest::collection::vec((0..len + 3, 0..len + 3), 0..6);
    runner
        .run(&(spans.clone(), spans), |(ents, cas)| {
            // Entities never overlap each other: keep the ones that do not.
            let mut entities: Vec<Entity<'_>> = Vec::new();
            for (a, b) in ents {
                let sp = span(text, a.min(b), a.max(b));
                if entities.iter().all(|e| !e.span.overlaps(&sp)) {
                    entities.push(entity(text, sp.start, sp.end));
                }
            }
            entities.sort_by_key(|e| e.span.start);
            let casualties = cas
                .into_iter()
                .map(|(a, b)| casualty(text, a.min(b), a.max(b)))
                .collect();
            let ex = Extraction::new(entities, casualties);
            check_walk(text, &ex);
            let mut html = String::new();
            let label = render::DocLabel {
                file: "t".into(),
                line: None,
                id: None,
            };
            render::html_section(&mut html, 1, &label, text, &ex, 5);
            let page = format!("{}{html}{}", render::html_head("t"), render::html_tail());
            prop_assert_eq!(check_well_formed(&page), Ok(()));
            let mut plain = String::new();
            render::text(&mut plain, &label, text, &ex, render::Style::Color, 5);
            Ok(())
        })
        .unwrap();
}
