//! The casualty lexicon as data: user files on top of the embedded one, errors naming file and
//! line, and the embedded files themselves.
use arabic_extract::casualties::{extract, extract_text, extract_with, Lexicon};
use arabic_extract::{CasualtyKind, Error, Extractor, Normalizer, VictimCategory};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Writes a file under the target's temporary directory, in a folder of this process (test
/// runs in the same checkout must not rewrite each other's files).
fn tmp_file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("lexicon-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

/// A trigger verb and a victim noun the embedded lexicon does not know: هلك "perished" (a real,
/// rarer synonym of مات in news copy) and حطاب "woodcutter".
const MINE: &str = "\
# words of my own
trigger\tkilled\tV\tهلك|هلكوا\t-

victim\tcivilians\tحطاب\tحطابين|حطابون|حطابا\tحطابان\tone
";

const SENTENCE: &str = "هلك 12 حطابا في حريق الغابة";

fn figures(x: &[arabic_extract::Casualty]) -> Vec<(CasualtyKind, u64, VictimCategory)> {
    x.iter()
        .map(|c| (c.kind, c.count.value, c.victims.category))
        .collect()
}

fn with(lexicon: &Lexicon, text: &str) -> Vec<(CasualtyKind, u64, VictimCategory)> {
    let norm = Normalizer::default().normalize(text);
    figures(&extract_with(lexicon, &norm))
}

fn on_top(tsv: &str) -> Lexicon {
    let mut lex = Lexicon::embedded().clone();
    lex.extend(&Lexicon::from_tsv_str(tsv, "<test>").unwrap());
    lex
}

#[test]
fn a_user_file_adds_a_trigger_and_a_victim_noun() {
    // The default lexicon finds nothing: neither word is known.
    assert_eq!(figures(&extract_text(SENTENCE)), []);
    assert_eq!(
        figures(&Extractor::default().extract(SENTENCE).casualties),
        []
    );

    let path = tmp_file("mine.tsv", MINE.as_bytes());
    let extractor = Extractor::builder()
        .lexicon_path(&path)
        .unwrap()
        .build()
        .unwrap();
    let found = extractor.extract(SENTENCE).casualties;
    assert_eq!(
        figures(&found),
        [(CasualtyKind::Killed, 12, VictimCategory::Civilians)]
    );
    let c = &found[0];
    assert_eq!(&SENTENCE[c.trigger_span.range()], "هلك");
    assert_eq!(&SENTENCE[c.count_span.range()], "12");
    assert_eq!(c.victims.text, "حطابا");

    // Both lines are needed: the trigger alone has no victim noun after its count, the noun
    // alone has no trigger.
    let trigger_only = on_top(MINE.lines().nth(1).unwrap());
    let victim_only = on_top(MINE.lines().nth(3).unwrap());
    assert_eq!(with(&trigger_only, SENTENCE), []);
    assert_eq!(with(&victim_only, SENTENCE), []);
    assert_eq!(with(&victim_only, "قتل 12 حطابا في حريق الغابة").len(), 1);

    // The same through `Lexicon::from_path` and `extract_with`.
    let mut lex = Lexicon::embedded().clone();
    lex.extend(&Lexicon::from_path(&path).unwrap());
    assert_eq!(lex.len(), Lexicon::embedded().len() + 2);
    assert_eq!(
        with(&lex, SENTENCE),
        [(CasualtyKind::Killed, 12, VictimCategory::Civilians)]
    );
}

/// One victim line is all a new noun needs: its plural after a count, its dual as the number
/// 2, its singular as a figure of one after a verbal noun, its definite form, and its
/// category.
#[test]
fn one_victim_line_is_enough() {
    let line = "victim\tcivilians\tحطاب\tحطابين|حطابون|حطابا\tحطابان\tone";
    let lex = on_top(line);
    let cases: [(&str, (CasualtyKind, u64)); 4] = [
        ("قتل 7 حطابين قرب القرية", (CasualtyKind::Killed, 7)),
        ("أصيب حطابان بجروح", (CasualtyKind::Injured, 2)),
        ("أعلنت السلطات مقتل حطاب", (CasualtyKind::Killed, 1)),
        ("اختطف مسلحون عشرات الحطابين", (CasualtyKind::Kidnapped, 12)),
    ];
    for (text, (kind, n)) in cases {
        assert_eq!(
            figures(&extract_text(text)),
            [],
            "{text}: known without the line"
        );
        assert_eq!(
            with(&lex, text),
            [(kind, n, VictimCategory::Civilians)],
            "{text}"
        );
    }
}

#[test]
fn a_later_line_moves_a_word_to_another_category() {
    let text = "قتل 3 حراس في الهجوم";
    assert_eq!(
        figures(&extract_text(text)),
        [(CasualtyKind::Killed, 3, VictimCategory::Police)]
    );
    let lex = on_top("victim\tsoldiers\t-\tحراس\t-\t-");
    assert_eq!(
        with(&lex, text),
        [(CasualtyKind::Killed, 3, VictimCategory::Soldiers)]
    );
}

#[test]
fn the_engine_reads_the_lexicon_it_is_given() {
    let text = "قتل 5 جنود وأصيب 3 مدنيين في الهجوم";
    let norm = Normalizer::default().normalize(text);
    assert_eq!(extract_with(Lexicon::embedded(), &norm), extract(&norm));
    assert_eq!(extract(&norm).len(), 2);
    assert!(extract_with(&Lexicon::new(), &norm).is_empty());
    assert!(Lexicon::new().is_empty());
}

#[test]
fn builder_lexicons_accumulate() {
    let a = Lexicon::from_tsv_str("trigger\tkilled\tV\tهلك|هلكوا\t-", "<a>").unwrap();
    let b = Lexicon::from_tsv_str(
        "victim\tcivilians\tحطاب\tحطابين|حطابون|حطابا\tحطابان\tone",
        "<b>",
    )
    .unwrap();
    let x = Extractor::builder().lexicon(a).lexicon(b).build().unwrap();
    assert_eq!(x.extract(SENTENCE).casualties.len(), 1);
    // the builder's lexicon is on top of the embedded one
    assert_eq!(x.extract("قتل 5 جنود").casualties.len(), 1);
}

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

/// Loads `contents` (a comment and a valid line, then the bad line 3) from a file and returns
/// the reason, asserting an `Error::Lexicon` naming the file and line 3.
fn line3_error(name: &str, bad: &[u8]) -> String {
    let mut contents = "# two lines before the bad one\ntrigger\tkilled\tV\tهلك\t-\n"
        .as_bytes()
        .to_vec();
    contents.extend_from_slice(bad);
    contents.extend_from_slice("\nnegator\tلم\n".as_bytes());
    let path = tmp_file(name, &contents);
    match Lexicon::from_path(&path) {
        Err(e @ Error::Lexicon { .. }) => {
            let Error::Lexicon {
                path: p,
                line,
                reason,
            } = &e
            else {
                unreachable!()
            };
            assert_eq!(p, &path.display().to_string(), "{name}");
            assert_eq!(*line, 3, "{name}: {e}");
            assert_eq!(e.to_string(), format!("{}:3: {reason}", path.display()));
            reason.clone()
        }
        other => panic!("{name}: expected a lexicon error, got {other:?}"),
    }
}

#[test]
fn every_malformed_line_names_file_and_line() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "unknown-list",
            "victm\tpeople\tحطاب\t-\t-\t-",
            "unknown list",
        ),
        ("unknown-kind", "trigger\tdied\tV\tمات\t-", "unknown kind"),
        (
            "unknown-category",
            "victim\tfarmers\tحطاب\t-\t-\t-",
            "unknown category",
        ),
        ("unknown-role", "trigger\tkilled\tX\tمات\t-", "unknown role"),
        (
            "unknown-flag",
            "victim\tcivilians\tحطاب\t-\t-\tplural",
            "unknown flag",
        ),
        (
            "too-few-columns",
            "trigger\tkilled\tV\tمات",
            "has 5 tab-separated columns",
        ),
        (
            "too-many-columns",
            "negator\tلم\tلن",
            "has 2 tab-separated columns",
        ),
        (
            "empty-form",
            "trigger\tkilled\tV\tمات||ماتوا\t-",
            "empty form",
        ),
        (
            "empty-column",
            "victim\tcivilians\t\tحطابين\t-\t-",
            "is empty",
        ),
        ("diacritics-only", "negator\t\u{064E}\u{064E}", "empty form"),
        (
            "not-a-word",
            "victim\tcivilians\t-\t+حطاب\t-\t-",
            "not one word",
        ),
        (
            "plus-without-singular",
            "victim\tcivilians\t-\t+\t-\t-",
            "needs a singular",
        ),
        (
            "plus-in-trigger",
            "trigger\tkilled\tV\t+\t-",
            "only for the forms of a victim",
        ),
        (
            "one-without-singular",
            "victim\tcivilians\t-\tحطابين\t-\tone",
            "need a singular",
        ),
        (
            "dual-without-c",
            "trigger\tkilled\tV\tمات\tماتان",
            "counted noun",
        ),
        ("role-1-without-c", "trigger\tkilled\tV1\tمات\t-", "needs C"),
        (
            "role-i-without-verb",
            "trigger\tkilled\tNI\tموت\t-",
            "needs V or L",
        ),
        (
            "no-main-role",
            "trigger\tkilled\tI\tمات\t-",
            "need at least one",
        ),
        ("multiword-context", "negator\tلم يكن", "one-word"),
        (
            "multiword-affiliation",
            "affiliation\tpolice\tالحرس الوطني",
            "one-word",
        ),
    ];
    for (name, line, expected) in cases {
        let reason = line3_error(&format!("{name}.tsv"), line.as_bytes());
        assert!(reason.contains(expected), "{name}: {reason:?}");
    }
    let reason = line3_error("invalid-utf8.tsv", b"trigger\tkilled\tV\t\xff\xfe\t-");
    assert!(reason.contains("invalid UTF-8"), "{reason}");
}

#[test]
fn a_bad_file_fails_the_builder() {
    let path = tmp_file("bad-builder.tsv", b"trigger\tkilled\tV\n");
    let e = Extractor::builder().lexicon_path(&path).unwrap_err();
    assert!(matches!(e, Error::Lexicon { line: 1, .. }), "{e:?}");
    assert_eq!(e.path(), Some(path.display().to_string().as_str()));
}

#[test]
fn reader_errors_use_the_label() {
    let e = Lexicon::from_reader("\n\nnegator\tلم\nsomething\n".as_bytes(), "<mine>").unwrap_err();
    assert_eq!((e.path(), e.line()), (Some("<mine>"), Some(4)));
    assert!(
        e.to_string()
            .starts_with("<mine>:4: unknown list \"something\""),
        "{e}"
    );
}

#[test]
fn a_missing_file_is_an_io_error_with_its_cause() {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such-lexicon.tsv");
    let e = Lexicon::from_path(&path).unwrap_err();
    assert!(
        matches!(&e, Error::Io { path: p, .. } if *p == path.display().to_string()),
        "{e:?}"
    );
    let cause = std::error::Error::source(&e).expect("an io error has a source");
    let io = cause
        .downcast_ref::<std::io::Error>()
        .expect("the source is the io::Error");
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    let e = Extractor::builder().lexicon_path(&path).unwrap_err();
    assert!(matches!(e, Error::Io { .. }), "{e:?}");
}

#[test]
fn a_bom_and_crlf_are_accepted() {
    let lex = Lexicon::from_reader(
        "\u{FEFF}trigger\tkilled\tV\tهلك\t-\r\nnegator\tلم\r\n".as_bytes(),
        "<crlf>",
    )
    .unwrap();
    assert_eq!(lex.len(), 2);
}

// ---------------------------------------------------------------------------------------
// The embedded files
// ---------------------------------------------------------------------------------------

/// (file, line number, line) for every entry line of `lexicons/*.tsv`.
fn embedded_lines() -> Vec<(String, usize, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "{files:?}");
    let mut out = Vec::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&f).unwrap();
        for (i, line) in text.lines().enumerate() {
            if !(line.trim().is_empty() || line.trim_start().starts_with('#')) {
                out.push((name.clone(), i + 1, line.to_string()));
            }
        }
    }
    out
}

#[test]
fn every_embedded_line_parses_alone_and_has_no_empty_field() {
    let lines = embedded_lines();
    for (file, n, line) in &lines {
        let label = format!("{file}:{n}");
        for (i, field) in line.split('\t').enumerate() {
            assert!(
                !field.trim().is_empty(),
                "{label}: column {} is empty",
                i + 1
            );
            assert_eq!(
                field,
                field.trim(),
                "{label}: column {} has spaces around it",
                i + 1
            );
            for form in field.split('|') {
                assert!(!form.trim().is_empty(), "{label}: empty form in {field:?}");
            }
        }
        let lex = Lexicon::from_tsv_str(line, &label).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(lex.len(), 1, "{label}");
    }
    assert_eq!(Lexicon::embedded().len(), lines.len());
}

/// No spelling is listed twice within a list (the unit test in `src/casualties/lexicon.rs`
/// also compares folded spellings). A trigger spelling counts once per kind; victim
/// spellings, singulars included, once across all victim lines; duals once across trigger
/// and victim lines.
#[test]
fn no_duplicate_forms_within_a_list() {
    let mut seen: HashMap<(String, String), String> = HashMap::new();
    let mut dups = Vec::new();
    for (file, n, line) in embedded_lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let at = format!("{file}:{n}");
        let mut lists: Vec<(String, &str)> = Vec::new();
        match cols[0] {
            "trigger" => {
                lists.push((format!("trigger {}", cols[1]), cols[3]));
                lists.push(("dual".into(), cols[4]));
            }
            "victim" => {
                lists.push(("victim".into(), cols[2]));
                lists.push(("victim".into(), cols[3]));
                lists.push(("dual".into(), cols[4]));
            }
            "affiliation" => lists.push(("affiliation".into(), cols[2])),
            list => lists.push((list.to_string(), cols[1])),
        }
        for (list, field) in lists {
            for form in field.split('|').filter(|f| !matches!(*f, "-" | "+")) {
                if let Some(first) = seen.insert((list.clone(), form.to_string()), at.clone()) {
                    dups.push(format!("{list} {form:?} at {first} and {at}"));
                }
            }
        }
    }
    assert!(dups.is_empty(), "duplicates:\n{}", dups.join("\n"));
}
