//! `annotate`: annotate Arabic news articles with entities and casualty figures.
//!
//! ```text
//! cargo run --release --example annotate -- [OPTIONS] [FILE...]
//! ```
//!
//! Every input document goes through one [`Extractor`] (the embedded gazetteer plus any
//! `--gazetteer` files) and comes out as JSON, JSON Lines, a highlighted terminal view or
//! one self-contained HTML page. Documents are processed in parallel in bounded batches
//! and written in input order, so a JSON Lines corpus of any size streams through in
//! constant memory. See `--help` for every option.
//!
//! Exit status: 0 when every input was read and annotated, 2 when any input (a file, a
//! JSON Lines record, a gazetteer) could not be used — after all other inputs were still
//! processed — and 1 when the output could not be written.

mod progress;
mod render;

use arabic_extract::{CharIndex, Extraction, Extractor, Gazetteer};
use clap::{Parser, ValueEnum};
use progress::Progress;
use rayon::prelude::*;
use render::DocLabel;
use serde::Deserialize;
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// Annotate Arabic news articles: gazetteer entities (places, groups, people) and
/// casualty figures, with byte offsets into the original text.
#[derive(Parser, Debug)]
#[command(
    name = "annotate",
    version,
    about = "Annotate Arabic news articles with entities and casualty figures.",
    long_about = "Annotate Arabic news articles with entities (places, groups, people from the \
embedded gazetteer plus any --gazetteer files) and casualty figures (killed, injured, captured, \
kidnapped, missing), using arabic_extract's default Extractor.\n\n\
Each input file is one document; with --jsonl-input every line of every input is one document. \
Documents are annotated in parallel (--jobs) and written in input order. Offsets point into the \
original text of the document: start/end in UTF-8 bytes, char_start/char_end in code points.",
    after_help = "See --help for the output formats, exit status and examples.",
    after_long_help = "OUTPUT FORMATS:\n  \
json   One pretty-printed JSON object per document, one after another (a JSON stream):\n         \
{\"file\", [\"line\", \"id\",] \"entities\": [...], \"casualties\": [...]}\n         \
entities:   {kind, id, name_ar, name_en, [subkind, country,] source, start, end,\n                      \
char_start, char_end, text}\n         \
casualties: {kind, count: {value, low, high, qualifier}, victims: {category, text, [span]},\n                      \
start, end, char_start, char_end, text, count_span, trigger_span}\n         \
start/end are UTF-8 byte offsets, char_start/char_end code point offsets (Python);\n         \
--utf16 adds utf16_start/utf16_end to every span (JavaScript).\n  \
jsonl  The same object, compact, one line per document.\n  \
text   The article with highlights and a summary table (casualties, most-mentioned entities).\n         \
Colours on a terminal; plain markers [place] {group} <person> ⟦casualty⟧ when NO_COLOR is set,\n         \
with --color never, or when stdout is not a terminal.\n  \
html   One self-contained HTML page (lang=\"ar\", dir=\"rtl\", UTF-8): entity spans coloured by kind\n         \
with a tooltip (id, English name), casualty spans underlined and numbered, summary tables.\n\n\
EXIT STATUS:\n  \
0  every input was annotated\n  \
1  the output could not be written\n  \
2  bad usage, or some input could not be used: a missing or unreadable file, invalid UTF-8\n     \
(reported with the file and byte offset), a bad JSON Lines record, a bad gazetteer file.\n     \
Each problem is reported as one line on stderr, and all other inputs are still processed.\n\n\
ENVIRONMENT:\n  \
NO_COLOR  when set (non-empty), --color auto never colours.\n\n\
EXAMPLES:\n  \
annotate tests/data/bamako-2024.ar.txt                  # terminal view (json when piped)\n  \
annotate -f html article.txt > article.html\n  \
annotate --jsonl-input -f jsonl -j 8 corpus.jsonl > facts.jsonl\n  \
zcat corpus.jsonl.gz | annotate --jsonl-input -f jsonl > facts.jsonl"
)]
struct Cli {
    /// Input files, one document each (or one per line with --jsonl-input). `-` or no
    /// FILE at all reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<OsString>,

    /// Output format [default: json when stdout is not a terminal, text on a terminal]
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    format: Option<Format>,

    /// Also load this TSV gazetteer (same format as the embedded ones); repeatable. A
    /// file that cannot be loaded is reported (exit status 2) and the rest still used.
    #[arg(short, long = "gazetteer", value_name = "PATH")]
    gazetteer: Vec<PathBuf>,

    /// Read JSON Lines: one JSON object per line with a string field `text` (the
    /// document) and an optional `id` (kept in the output). Blank lines are skipped.
    #[arg(long)]
    jsonl_input: bool,

    /// Number of documents annotated in parallel; 0 means all cores [default: all cores]
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,

    /// Colours in the text format: auto = only on a terminal and when NO_COLOR is unset.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    color: ColorWhen,

    /// How many most-mentioned entities the text and html summaries list.
    #[arg(long, value_name = "N", default_value_t = 10)]
    top: usize,

    /// Also give UTF-16 offsets (`utf16_start`, `utf16_end`) next to the byte and character
    /// offsets of every span in JSON output, for JavaScript, Java and .NET, whose strings
    /// index by UTF-16 unit.
    #[arg(long)]
    utf16: bool,

    /// Do not discover names that no gazetteer holds from the words that introduce them
    /// (`قرية X`, `العقيد X`, `وكالة X للأنباء`; entities with `source: "context"`).
    #[arg(long)]
    no_discovery: bool,

    /// Also match unlisted spellings of transliterated names by their phonetic key
    /// (`تومبكتو` for `تمبكتو`; evidence `spelling_variant`). Off by default: it costs about a
    /// third more time in the entity stage.
    #[arg(long)]
    spelling_variants: bool,

    /// Never show the progress indicator. (It is shown on stderr only when stderr is a
    /// terminal and the input is large: several files, or JSON Lines.)
    #[arg(long)]
    no_progress: bool,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Pretty-printed JSON, one object per document.
    Json,
    /// Compact JSON, one line per document.
    Jsonl,
    /// Highlighted article and summary for reading in a terminal.
    Text,
    /// One self-contained HTML page.
    Html,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorWhen {
    /// Colour when stdout is a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour: plain markers.
    Never,
}

/// Documents per parallel batch for JSON Lines input.
const LINE_BATCH: usize = 256;
/// A JSON Lines batch is also cut once its lines hold this many bytes.
const LINE_BATCH_BYTES: usize = 64 << 20;

/// Everything a worker needs to render a document.
struct Settings {
    extractor: Extractor,
    format: Format,
    style: render::Style,
    top: usize,
    utf16: bool,
}

/// One unit of work, in input order.
enum Unit {
    /// A whole file (or stdin) as one document; read by the worker.
    File {
        path: Option<PathBuf>,
        label: Arc<str>,
    },
    /// One line of a JSON Lines input.
    Line {
        label: Arc<str>,
        line: u64,
        /// Byte offset of the line in its input.
        offset: u64,
        bytes: Vec<u8>,
    },
    /// An input problem found while reading, reported in order.
    Failed(String),
}

/// What a worker produced for one unit.
struct Outcome {
    /// Rendered output for the document (empty on error).
    output: Vec<u8>,
    /// One-line error message, without the `annotate: ` prefix.
    error: Option<String>,
    /// Input bytes consumed, for the progress indicator.
    bytes: u64,
    /// Whether a document was annotated.
    doc: bool,
}

impl Outcome {
    fn failed(msg: String) -> Outcome {
        Outcome {
            output: Vec::new(),
            error: Some(msg),
            bytes: 0,
            doc: false,
        }
    }
}

/// Fields read from a `--jsonl-input` line; other fields are ignored.
#[derive(Deserialize)]
struct InputDoc {
    text: String,
    #[serde(default)]
    id: Option<serde_json::Value>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("annotate: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

/// Replaces line breaks so every message stays on one line.
fn one_line(msg: &str) -> String {
    msg.replace(['\n', '\r'], " ")
}

/// The extractor: the default one plus every gazetteer that loads, with the entity options
/// of the command line. Problems are reported through `report` and make the run fail at the
/// end, but never stop it.
fn build_extractor(cli: &Cli, report: &mut dyn FnMut(String)) -> Extractor {
    let configured = || {
        Extractor::builder()
            .spelling_variants(cli.spelling_variants)
            .discovery(!cli.no_discovery)
    };
    if cli.gazetteer.is_empty() && !cli.spelling_variants && !cli.no_discovery {
        return Extractor::default();
    }
    let mut builder = configured();
    for p in &cli.gazetteer {
        match Gazetteer::from_path(p) {
            Ok(g) => builder = builder.gazetteer(g),
            Err(e) => report(one_line(&e.to_string())),
        }
    }
    match builder.build() {
        Ok(ex) => ex,
        Err(e) => {
            report(format!(
                "{} (continuing with the default gazetteer only)",
                one_line(&e.to_string())
            ));
            configured().build().unwrap_or_default()
        }
    }
}

/// Runs the tool; `Ok(true)` when every input was used, `Ok(false)` after any input
/// error, `Err` when writing the output failed.
fn run(cli: Cli) -> io::Result<bool> {
    let stdout = io::stdout();
    let stdout_tty = stdout.is_terminal();
    let format = cli.format.unwrap_or(if stdout_tty {
        Format::Text
    } else {
        Format::Json
    });
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let style = match cli.color {
        ColorWhen::Always => render::Style::Color,
        ColorWhen::Never => render::Style::Plain,
        ColorWhen::Auto if stdout_tty && !no_color => render::Style::Color,
        ColorWhen::Auto => render::Style::Plain,
    };

    let mut files = cli.files.clone();
    if files.is_empty() {
        if io::stdin().is_terminal() {
            eprintln!("annotate: reading standard input (end with Ctrl-D); see --help for options");
        }
        files.push(OsString::from("-"));
    }
    let show_progress =
        !cli.no_progress && io::stderr().is_terminal() && (files.len() > 1 || cli.jsonl_input);
    let mut progress = Progress::new(show_progress, files.len());

    let mut ok = true;
    let extractor = build_extractor(&cli, &mut |msg| {
        ok = false;
        eprintln!("annotate: {msg}");
    });

    let threads = cli.jobs.filter(|&n| n > 0).unwrap_or(0);
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("annotate: cannot start worker threads: {e}");
            return Ok(false);
        }
    };
    let settings = Settings {
        extractor,
        format,
        style,
        top: cli.top,
        utf16: cli.utf16,
    };

    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    match format {
        Format::Html => {
            let title = match files.as_slice() {
                [one] => format!("annotate — {}", input_label(one)),
                [first, ..] => format!("annotate — {} …", input_label(first)),
                [] => "annotate".to_string(),
            };
            out.write_all(render::html_head(&title).as_bytes())?;
        }
        Format::Text => out.write_all(render::text_legend(style).as_bytes())?,
        Format::Json | Format::Jsonl => {}
    }

    let mut writer = Writer {
        out,
        progress: &mut progress,
        stdout_tty,
        ok: true,
        docs: 0,
    };
    let file_batch = pool.current_num_threads().max(1) * 4;
    let mut batch: Vec<Unit> = Vec::new();
    let mut batch_bytes = 0usize;

    for (n, file) in files.iter().enumerate() {
        writer.progress.set_file(n + 1);
        let label: Arc<str> = Arc::from(input_label(file));
        let path = (file != "-").then(|| PathBuf::from(file));
        if !cli.jsonl_input {
            batch.push(Unit::File { path, label });
            if batch.len() >= file_batch {
                writer.flush_batch(&pool, &settings, &mut batch)?;
            }
            continue;
        }
        let reader: Box<dyn Read + Send> = match &path {
            None => Box::new(io::stdin()),
            Some(p) => match std::fs::File::open(p) {
                Ok(f) => Box::new(f),
                Err(e) => {
                    batch.push(Unit::Failed(format!(
                        "cannot read {label}: {}",
                        one_line(&e.to_string())
                    )));
                    continue;
                }
            },
        };
        let mut reader = BufReader::with_capacity(1 << 16, reader);
        let mut line_no = 0u64;
        let mut offset = 0u64;
        loop {
            let mut bytes = Vec::new();
            match reader.read_until(b'\n', &mut bytes) {
                Ok(0) => break,
                Ok(len) => {
                    line_no += 1;
                    let mut start = offset;
                    offset += len as u64;
                    if line_no == 1 && bytes.starts_with(b"\xEF\xBB\xBF") {
                        // A UTF-8 byte order mark is not part of the first record.
                        bytes.drain(..3);
                        start += 3;
                    }
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    batch_bytes += bytes.len();
                    batch.push(Unit::Line {
                        label: Arc::clone(&label),
                        line: line_no,
                        offset: start,
                        bytes,
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    batch.push(Unit::Failed(format!(
                        "{label}: read error after line {line_no}: {}",
                        one_line(&e.to_string())
                    )));
                    break;
                }
            }
            if batch.len() >= LINE_BATCH || batch_bytes >= LINE_BATCH_BYTES {
                writer.flush_batch(&pool, &settings, &mut batch)?;
                batch_bytes = 0;
            }
        }
    }
    writer.flush_batch(&pool, &settings, &mut batch)?;
    ok &= writer.ok;
    let mut out = writer.out;
    if format == Format::Html {
        out.write_all(render::html_tail().as_bytes())?;
    }
    out.flush()?;
    progress.finish();
    Ok(ok)
}

/// How an input is named in output and messages.
fn input_label(file: &OsString) -> String {
    if file == "-" {
        "<stdin>".to_string()
    } else {
        PathBuf::from(file).display().to_string()
    }
}

/// Writes finished batches in input order and keeps the progress indicator current.
struct Writer<'p, W: Write> {
    out: W,
    progress: &'p mut Progress,
    /// Output shares the terminal with the progress line: erase the line before writing.
    stdout_tty: bool,
    ok: bool,
    docs: u64,
}

impl<W: Write> Writer<'_, W> {
    /// Annotates `batch` in parallel, then writes its outcomes in order and empties it.
    fn flush_batch(
        &mut self,
        pool: &rayon::ThreadPool,
        settings: &Settings,
        batch: &mut Vec<Unit>,
    ) -> io::Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let first_doc = self.docs;
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .par_drain(..)
                .enumerate()
                .map(|(i, unit)| process(unit, settings, first_doc + i as u64 + 1))
                .collect()
        });
        if self.stdout_tty {
            self.progress.clear();
        }
        for o in outcomes {
            if let Some(msg) = o.error {
                self.ok = false;
                self.progress.clear();
                eprintln!("annotate: {msg}");
            }
            if o.doc {
                self.docs += 1;
            }
            self.out.write_all(&o.output)?;
            self.progress.add(o.doc, o.bytes);
        }
        self.out.flush()?;
        self.progress.draw();
        Ok(())
    }
}

/// Reads (for whole files), decodes, annotates and renders one unit. Never panics on
/// any input. `doc` numbers HTML sections (unique, increasing; gaps are harmless).
fn process(unit: Unit, settings: &Settings, doc: u64) -> Outcome {
    match unit {
        Unit::Failed(msg) => Outcome::failed(msg),
        Unit::File { path, label } => {
            let mut bytes = Vec::new();
            let read = match &path {
                Some(p) => std::fs::read(p).map(|b| bytes = b),
                None => io::stdin().lock().read_to_end(&mut bytes).map(|_| ()),
            };
            if let Err(e) = read {
                return Outcome::failed(format!(
                    "cannot read {label}: {}",
                    one_line(&e.to_string())
                ));
            }
            let len = bytes.len() as u64;
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    let at = e.utf8_error().valid_up_to();
                    return Outcome::failed(format!("{label}: invalid UTF-8 at byte offset {at}"));
                }
            };
            let doc_label = DocLabel {
                file: label,
                line: None,
                id: None,
            };
            annotate(settings, &doc_label, &text, doc, len)
        }
        Unit::Line {
            label,
            line,
            offset,
            bytes,
        } => {
            let len = bytes.len() as u64;
            if let Err(e) = std::str::from_utf8(&bytes) {
                let at = offset + e.valid_up_to() as u64;
                return Outcome::failed(format!(
                    "{label}:{line}: invalid UTF-8 at byte offset {at}"
                ));
            }
            let input: InputDoc = match serde_json::from_slice(&bytes) {
                Ok(d) => d,
                Err(e) => {
                    return Outcome::failed(format!(
                        "{label}:{line}: not a JSON object with a string field \"text\": {}",
                        one_line(&e.to_string())
                    ))
                }
            };
            let doc_label = DocLabel {
                file: label,
                line: Some(line),
                id: input.id.filter(|v| !v.is_null()),
            };
            annotate(settings, &doc_label, &input.text, doc, len)
        }
    }
}

/// Annotates `text` and renders it in the chosen format.
fn annotate(settings: &Settings, label: &DocLabel, text: &str, doc: u64, len: u64) -> Outcome {
    let ex: Extraction = settings.extractor.extract(text);
    let mut output = Vec::new();
    let rendered = match settings.format {
        Format::Json | Format::Jsonl => {
            let utf16 = settings.utf16.then(|| CharIndex::new(text));
            let pretty = settings.format == Format::Json;
            render::json(&mut output, label, &ex, utf16.as_ref(), pretty)
        }
        Format::Text => {
            let mut s = String::new();
            render::text(&mut s, label, text, &ex, settings.style, settings.top);
            output = s.into_bytes();
            Ok(())
        }
        Format::Html => {
            let mut s = String::new();
            render::html_section(&mut s, doc, label, text, &ex, settings.top);
            output = s.into_bytes();
            Ok(())
        }
    };
    match rendered {
        Ok(()) => Outcome {
            output,
            error: None,
            bytes: len,
            doc: true,
        },
        Err(e) => Outcome::failed(format!("{}: cannot serialize: {e}", label.display())),
    }
}
