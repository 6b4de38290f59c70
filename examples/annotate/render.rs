//! Rendering one annotated document: JSON records, the terminal view and HTML sections.
//!
//! Every renderer works from the document's original text and its [`Extraction`]; spans
//! that do not fit the text (out of range or not on char boundaries) are skipped rather
//! than trusted, so no input can make a renderer panic.

use arabic_extract::{
    Casualty, CasualtyKind, CharIndex, Count, Entity, EntityKind, EntitySource, Extraction,
    Qualifier,
};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt::Write as _;

/// Where a document came from, as reported in every output format.
#[derive(Debug, Clone)]
pub struct DocLabel {
    /// The input file's name, or `<stdin>`.
    pub file: std::sync::Arc<str>,
    /// 1-based line number for `--jsonl-input` documents.
    pub line: Option<u64>,
    /// The `id` field of a `--jsonl-input` document, when present and not null.
    pub id: Option<serde_json::Value>,
}

impl DocLabel {
    /// A short human-readable name: `file`, `file:line` or `file:line (id …)`.
    pub fn display(&self) -> String {
        let mut s = self.file.to_string();
        if let Some(line) = self.line {
            let _ = write!(s, ":{line}");
        }
        match &self.id {
            Some(serde_json::Value::String(id)) => {
                let _ = write!(s, " (id {id})");
            }
            Some(id) => {
                let _ = write!(s, " (id {id})");
            }
            None => {}
        }
        s
    }
}

/// The JSON record for one document: where it came from plus the library's own
/// serialization of the [`Extraction`] (`entities`, `casualties`).
#[derive(Serialize)]
pub struct Record<'a> {
    /// Input file name, or `<stdin>`.
    pub file: &'a str,
    /// Line number in a JSON Lines input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The input document's `id`, kept as given (string, number, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a serde_json::Value>,
    /// `entities` and `casualties`, serialized by the library's serde derives.
    #[serde(flatten)]
    pub extraction: &'a Extraction<'a>,
}

impl<'a> Record<'a> {
    /// The record for `extraction` of the document `label`.
    pub fn new(label: &'a DocLabel, extraction: &'a Extraction<'a>) -> Record<'a> {
        Record {
            file: &label.file,
            line: label.line,
            id: label.id.as_ref(),
            extraction,
        }
    }
}

/// Appends the JSON record (pretty-printed, or compact on one line) and a newline. With a
/// [`CharIndex`] of the text, every span also gets `utf16_start` and `utf16_end`.
pub fn json(
    out: &mut Vec<u8>,
    label: &DocLabel,
    ex: &Extraction<'_>,
    utf16: Option<&CharIndex<'_>>,
    pretty: bool,
) -> serde_json::Result<()> {
    let record = Record::new(label, ex);
    match utf16 {
        None if pretty => serde_json::to_writer_pretty(&mut *out, &record)?,
        None => serde_json::to_writer(&mut *out, &record)?,
        Some(index) => {
            let mut value = serde_json::to_value(&record)?;
            for key in ["entities", "casualties"] {
                if let Some(items) = value.get_mut(key).and_then(|v| v.as_array_mut()) {
                    items.iter_mut().for_each(|item| add_utf16(item, index));
                }
            }
            if pretty {
                serde_json::to_writer_pretty(&mut *out, &value)?
            } else {
                serde_json::to_writer(&mut *out, &value)?
            }
        }
    }
    out.push(b'\n');
    Ok(())
}

/// Adds `utf16_start`/`utf16_end` to every object in `v` that has byte offsets
/// `start`/`end` (the span itself and nested ones: `count_span`, `victims.span`, …).
fn add_utf16(v: &mut serde_json::Value, index: &CharIndex<'_>) {
    if let serde_json::Value::Object(map) = v {
        let offsets = (
            map.get("start").and_then(|s| s.as_u64()),
            map.get("end").and_then(|e| e.as_u64()),
        );
        if let (Some(start), Some(end)) = offsets {
            let start = index.utf16_offset(start as usize);
            let end = index.utf16_offset(end as usize);
            map.insert("utf16_start".into(), start.into());
            map.insert("utf16_end".into(), end.into());
        }
        for (_, child) in map.iter_mut() {
            add_utf16(child, index);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Segmenting the text at every span boundary
// ---------------------------------------------------------------------------------------

/// What a highlighted region stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// `extraction.casualties[i]`.
    Casualty(usize),
    /// `extraction.entities[i]`.
    Entity(usize),
}

/// One step of [`walk`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'t> {
    /// A highlight starts (or resumes after a split).
    Open(Layer),
    /// A highlight stops; `last` is true when its span ends here, false when it is only
    /// split because another span crosses it.
    Close {
        /// The highlight being closed.
        layer: Layer,
        /// The span really ends here.
        last: bool,
    },
    /// Plain text inside the currently open highlights.
    Text(&'t str),
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    start: usize,
    end: usize,
    layer: Layer,
}

impl Mark {
    /// Nesting order: casualties outside entities, earlier and longer spans outside.
    fn key(&self) -> (u8, usize, std::cmp::Reverse<usize>, usize) {
        match self.layer {
            Layer::Casualty(i) => (0, self.start, std::cmp::Reverse(self.end), i),
            Layer::Entity(i) => (1, self.start, std::cmp::Reverse(self.end), i),
        }
    }
}

fn fits(text: &str, start: usize, end: usize) -> bool {
    start < end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

/// Walks `text` once, splitting it at every span boundary, and reports properly nested
/// open/close events: casualty highlights outside, entity highlights inside. Spans that
/// cross each other are split into pieces (each piece closed with `last: false` except
/// the final one), so the events always nest like well-formed markup. Text is only ever
/// cut at char boundaries of spans that fit the text; spans that do not fit are ignored.
pub fn walk<'t>(text: &'t str, ex: &Extraction<'_>, f: impl FnMut(Event<'t>)) {
    let marks = ex
        .casualties
        .iter()
        .enumerate()
        .map(|(i, c)| (c.span.start, c.span.end, Layer::Casualty(i)))
        .chain(
            ex.entities
                .iter()
                .enumerate()
                .map(|(i, e)| (e.span.start, e.span.end, Layer::Entity(i))),
        );
    walk_marks(text, marks, f);
}

/// [`walk`] over explicit `(start, end, layer)` byte ranges.
pub fn walk_marks<'t>(
    text: &'t str,
    marks: impl IntoIterator<Item = (usize, usize, Layer)>,
    mut f: impl FnMut(Event<'t>),
) {
    let mut marks: Vec<Mark> = marks
        .into_iter()
        .map(|(start, end, layer)| Mark { start, end, layer })
        .filter(|m| fits(text, m.start, m.end))
        .collect();
    marks.sort_by_key(|m| (m.start, m.key()));

    let mut bounds: Vec<usize> = marks
        .iter()
        .flat_map(|m| [m.start, m.end])
        .chain([0, text.len()])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();

    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for w in bounds.windows(2) {
        let (a, b) = (w[0], w[1]);
        active.retain(|&i| marks[i].end > a);
        while next < marks.len() && marks[next].start <= a {
            if marks[next].end > a {
                active.push(next);
            }
            next += 1;
        }
        active.sort_by_key(|&i| marks[i].key());
        let common = stack
            .iter()
            .zip(&active)
            .take_while(|(x, y)| x == y)
            .count();
        while stack.len() > common {
            if let Some(i) = stack.pop() {
                f(Event::Close {
                    layer: marks[i].layer,
                    last: marks[i].end <= a,
                });
            }
        }
        for &i in &active[common..] {
            stack.push(i);
            f(Event::Open(marks[i].layer));
        }
        if let Some(s) = text.get(a..b) {
            f(Event::Text(s));
        }
    }
    while let Some(i) = stack.pop() {
        f(Event::Close {
            layer: marks[i].layer,
            last: true,
        });
    }
}

// ---------------------------------------------------------------------------------------
// Shared summary helpers
// ---------------------------------------------------------------------------------------

/// A casualty count for people: `77`, `~77`, `100+`, `≤50`, `10–15`, `~10 (vague)`,
/// `~10 (vague, 3–99)`.
pub fn format_count(c: &Count) -> String {
    match c.qualifier {
        Qualifier::Exact => c.value.to_string(),
        Qualifier::Approx => format!("~{}", c.value),
        Qualifier::AtLeast => format!("{}+", c.value),
        Qualifier::AtMost => format!("≤{}", c.high.unwrap_or(c.value)),
        Qualifier::Range => match c.high {
            Some(h) if h != c.low => format!("{}–{}", c.low, h),
            _ => c.low.to_string(),
        },
        _ => match c.high {
            Some(h) if h != c.low => format!("~{} (vague, {}–{})", c.value, c.low, h),
            _ => format!("~{} (vague)", c.value),
        },
    }
}

/// Victims as one short phrase: `soldiers` or `soldiers: الجنود الماليين`.
fn format_victims(c: &Casualty<'_>) -> String {
    let text = one_line(c.victims.text);
    if text.is_empty() {
        c.victims.category.as_str().to_string()
    } else {
        format!("{}: {}", c.victims.category.as_str(), text)
    }
}

/// Collapses runs of whitespace (newlines included) to single spaces and replaces other
/// control characters, so a table cell stays on one line and cannot drive the terminal.
fn one_line(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    tty_safe(&words.join(" ")).into_owned()
}

/// `s` made safe to print on a terminal: carriage returns dropped, and control characters
/// other than newline and tab (escape sequences in untrusted text) replaced by U+FFFD.
pub fn tty_safe(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .filter(|&c| c != '\r')
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// One row of the most-mentioned-entities table.
struct Mentioned<'a> {
    entity: &'a Entity<'a>,
    count: usize,
    first: usize,
}

/// Entities grouped by id, most mentions first (ties: first mention first), at most `top`.
fn most_mentioned<'a>(entities: &'a [Entity<'a>], top: usize) -> (usize, Vec<Mentioned<'a>>) {
    let mut by_id: HashMap<&str, Mentioned<'_>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        by_id
            .entry(e.id())
            .or_insert(Mentioned {
                entity: e,
                count: 0,
                first: i,
            })
            .count += 1;
    }
    let distinct = by_id.len();
    let mut rows: Vec<Mentioned<'_>> = by_id.into_values().collect();
    rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.first.cmp(&b.first)));
    rows.truncate(top);
    (distinct, rows)
}

// ---------------------------------------------------------------------------------------
// Terminal view
// ---------------------------------------------------------------------------------------

/// How the terminal view marks highlights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// ANSI colours: entities coloured by kind, casualty figures bold, underlined, red.
    Color,
    /// Plain brackets: `[place]`, `{group}`, `<person>`, `⟦casualty⟧`.
    Plain,
}

const RESET: &str = "\x1b[0m";

fn entity_sgr(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Place => "36",
        EntityKind::Group => "33",
        _ => "32",
    }
}

fn plain_brackets(kind: EntityKind) -> (&'static str, &'static str) {
    match kind {
        EntityKind::Place => ("[", "]"),
        EntityKind::Group => ("{", "}"),
        _ => ("<", ">"),
    }
}

/// The legend printed once above the terminal view.
pub fn text_legend(style: Style) -> String {
    match style {
        Style::Color => format!(
            "\x1b[2mlegend:{RESET} \x1b[{}mplace{RESET} \x1b[{}mgroup{RESET} \x1b[{}mperson{RESET} \x1b[2;{}mdiscovered from context{RESET} \x1b[1;4;31mcasualty figure{RESET}\n",
            entity_sgr(EntityKind::Place),
            entity_sgr(EntityKind::Group),
            entity_sgr(EntityKind::Person),
            entity_sgr(EntityKind::Person)
        ),
        Style::Plain => {
            "legend: [place] {group} <person> [~discovered from context] ⟦casualty figure⟧\n"
                .to_string()
        }
    }
}

/// Appends the terminal view of one document: a header line, the article with
/// highlights, and the summary tables (casualties, then the `top` most-mentioned
/// entities).
pub fn text(
    out: &mut String,
    label: &DocLabel,
    text: &str,
    ex: &Extraction<'_>,
    style: Style,
    top: usize,
) {
    let header = format!("══ {} ", one_line(&label.display()));
    let rule = "═".repeat(72usize.saturating_sub(header.chars().count()));
    match style {
        Style::Color => {
            let _ = writeln!(out, "\x1b[1m{header}{rule}{RESET}");
        }
        Style::Plain => {
            let _ = writeln!(out, "{header}{rule}");
        }
    }
    match style {
        Style::Color => text_colored(out, text, ex),
        Style::Plain => text_plain(out, text, ex),
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push('\n');
    text_summary(out, ex, style, top);
    out.push('\n');
}

fn text_plain(out: &mut String, text: &str, ex: &Extraction<'_>) {
    walk(text, ex, |ev| match ev {
        Event::Open(Layer::Casualty(_)) => out.push('⟦'),
        Event::Close {
            layer: Layer::Casualty(_),
            ..
        } => out.push('⟧'),
        Event::Open(Layer::Entity(i)) => {
            if let Some(e) = ex.entities.get(i) {
                out.push_str(plain_brackets(e.kind).0);
                if e.source == EntitySource::Context {
                    out.push('~');
                }
            }
        }
        Event::Close {
            layer: Layer::Entity(i),
            ..
        } => {
            if let Some(e) = ex.entities.get(i) {
                out.push_str(plain_brackets(e.kind).1);
            }
        }
        Event::Text(s) => out.push_str(&tty_safe(s)),
    });
}

fn text_colored(out: &mut String, text: &str, ex: &Extraction<'_>) {
    // ANSI attributes do not nest, so track the open highlights and emit the full
    // attribute set for every run of text; reset before each newline so nothing bleeds.
    let mut open: Vec<Layer> = Vec::new();
    let mut current = String::new();
    walk(text, ex, |ev| match ev {
        Event::Open(layer) => open.push(layer),
        Event::Close { .. } => {
            open.pop();
        }
        Event::Text(s) => {
            let cas = open.iter().any(|l| matches!(l, Layer::Casualty(_)));
            let ent = open.iter().find_map(|l| match l {
                Layer::Entity(i) => ex.entities.get(*i),
                Layer::Casualty(_) => None,
            });
            // Names discovered from context are dimmed: a lighter claim than a gazetteer hit.
            let dim = |e: &Entity<'_>| {
                if e.source == EntitySource::Context {
                    "2;"
                } else {
                    ""
                }
            };
            let sgr = match (cas, ent) {
                (false, None) => String::new(),
                (false, Some(e)) => format!("\x1b[{}{}m", dim(e), entity_sgr(e.kind)),
                (true, None) => "\x1b[1;4;31m".to_string(),
                (true, Some(e)) => format!("\x1b[1;4;{}m", entity_sgr(e.kind)),
            };
            for (n, piece) in tty_safe(s).split('\n').enumerate() {
                if n > 0 {
                    if !current.is_empty() {
                        out.push_str(RESET);
                        current.clear();
                    }
                    out.push('\n');
                }
                if piece.is_empty() {
                    continue;
                }
                if sgr != current {
                    if !current.is_empty() {
                        out.push_str(RESET);
                    }
                    out.push_str(&sgr);
                    current.clone_from(&sgr);
                }
                out.push_str(piece);
            }
        }
    });
    if !current.is_empty() {
        out.push_str(RESET);
    }
}

/// `s` on one line, cut to at most `width` chars (with `…`) and padded to `width`.
fn cell(s: &str, width: usize) -> String {
    let s = one_line(s);
    let n = s.chars().count();
    if n <= width {
        format!("{s}{}", " ".repeat(width - n))
    } else {
        let mut cut: String = s.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// Width of the widest of `items` (in chars), between `min` and `max`.
fn col_width<'a>(items: impl Iterator<Item = &'a str>, min: usize, max: usize) -> usize {
    items
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(min, max)
}

fn text_summary(out: &mut String, ex: &Extraction<'_>, style: Style, top: usize) {
    let (bold, dim, reset) = match style {
        Style::Color => ("\x1b[1m", "\x1b[2m", RESET),
        Style::Plain => ("", "", ""),
    };
    let _ = writeln!(
        out,
        "{bold}Casualty figures: {}{reset}",
        ex.casualties.len()
    );
    if !ex.casualties.is_empty() {
        let counts: Vec<String> = ex
            .casualties
            .iter()
            .map(|c| format_count(&c.count))
            .collect();
        let wc = col_width(counts.iter().map(String::as_str), 5, 24);
        let wv = col_width(
            ex.casualties.iter().map(|c| c.victims.category.as_str()),
            7,
            12,
        );
        let _ = writeln!(
            out,
            "{dim}{:>4}  {} {} {} evidence (victims){reset}",
            "#",
            cell("kind", 9),
            cell("count", wc),
            cell("victims", wv)
        );
        for (n, (c, count)) in ex.casualties.iter().zip(&counts).enumerate() {
            let victims = one_line(c.victims.text);
            let _ = writeln!(
                out,
                "{:>4}  {} {} {} {}{}",
                n + 1,
                cell(c.kind.as_str(), 9),
                cell(count, wc),
                cell(c.victims.category.as_str(), wv),
                cell(c.text, 60).trim_end(),
                if victims.is_empty() {
                    String::new()
                } else {
                    format!(" {dim}({}){reset}", cell(&victims, 40).trim_end())
                }
            );
        }
    }
    let (distinct, rows) = most_mentioned(&ex.entities, top);
    let _ = writeln!(
        out,
        "{bold}{}{reset}",
        mentions_heading(ex.entities.len(), distinct, rows.len())
    );
    if !rows.is_empty() {
        let wi = col_width(rows.iter().map(|r| r.entity.id()), 2, 28);
        let wn = col_width(rows.iter().map(|r| r.entity.name_en()), 4, 36);
        let _ = writeln!(
            out,
            "{dim}{:>4}  {} {} {} Arabic{reset}",
            "n",
            cell("kind", 6),
            cell("id", wi),
            cell("name", wn)
        );
        for r in &rows {
            let _ = writeln!(
                out,
                "{:>4}  {} {} {} {}",
                r.count,
                cell(r.entity.kind.as_str(), 6),
                cell(r.entity.id(), wi),
                cell(r.entity.name_en(), wn),
                one_line(r.entity.name_ar())
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------

/// Appends `s` with `&`, `<`, `>`, `"` and `'` escaped (safe in text and quoted attributes).
pub fn escape_html(out: &mut String, s: &str) {
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Controls other than tab/newline/CR are not allowed in HTML text.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_html(&mut out, s);
    out
}

/// The page head: doctype, `<html lang="ar" dir="rtl">`, UTF-8, inline CSS, legend.
pub fn html_head(title: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="arabic-extract annotate">
<title>{title}</title>
<style>
:root {{ --place: #cfe8ff; --group: #ffe2b8; --person: #d3f5d6; --cas: #d6336c; }}
body {{ font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif;
  max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #212529; background: #fff; }}
header {{ border-bottom: 1px solid #dee2e6; margin-bottom: 1rem; }}
.legend {{ font-family: system-ui, sans-serif; font-size: .9rem; }}
.legend span, .legend mark {{ margin: 0 .25rem; }}
section.doc {{ margin-bottom: 3rem; }}
section.doc h2 {{ font-family: system-ui, sans-serif; font-size: 1rem; color: #495057; }}
.text {{ white-space: pre-wrap; font-size: 1.2rem; line-height: 2.1; }}
.ent {{ border-radius: .25rem; padding: 0 .1rem; cursor: help; }}
.ent-place {{ background: var(--place); }}
.ent-group {{ background: var(--group); }}
.ent-person {{ background: var(--person); }}
.ent.ent-context {{ background: none; border: 1px dashed #868e96; }}
.ent-context.ent-place {{ border-color: #4dabf7; }}
.ent-context.ent-group {{ border-color: #ffa94d; }}
.ent-context.ent-person {{ border-color: #69db7c; }}
mark.cas {{ background: #fff0f6; color: inherit; border-bottom: 3px solid var(--cas); cursor: help; }}
mark.cas-injured {{ --cas: #e8590c; }}
mark.cas-captured, mark.cas-kidnapped, mark.cas-missing {{ --cas: #7048e8; }}
sup.ref {{ font-family: system-ui, sans-serif; font-size: .7rem; color: var(--cas); }}
sup.ref a {{ color: inherit; text-decoration: none; }}
.summary {{ font-family: system-ui, sans-serif; font-size: .9rem; }}
table {{ border-collapse: collapse; margin: .5rem 0 1.5rem; }}
th, td {{ border: 1px solid #dee2e6; padding: .25rem .5rem; vertical-align: top; }}
th {{ background: #f1f3f5; }}
td.ar {{ font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", Tahoma, sans-serif; font-size: 1rem; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<header dir="ltr" lang="en">
<h1 class="legend">arabic-extract annotations</h1>
<p class="legend">Entities: <span class="ent ent-place">place</span><span class="ent ent-group">group</span><span class="ent ent-person">person</span><span class="ent ent-person ent-context">discovered from context</span>
 · casualty figures: <mark class="cas cas-killed">killed</mark><mark class="cas cas-injured">injured</mark><mark class="cas cas-captured">captured / kidnapped / missing</mark>
 · hover a highlight for details.</p>
</header>
"#,
        title = esc(title)
    )
}

/// Closes the page opened by [`html_head`].
pub fn html_tail() -> &'static str {
    "</body>\n</html>\n"
}

fn casualty_title(c: &Casualty<'_>) -> String {
    format!(
        "{}: {} · {}",
        c.kind.as_str(),
        format_count(&c.count),
        format_victims(c)
    )
}

fn entity_title(e: &Entity<'_>) -> String {
    let name = if e.name_en().is_empty() {
        e.name_ar()
    } else {
        e.name_en()
    };
    let mut t = format!("{} · {} ({}", e.id(), name, e.kind.as_str());
    if let Some(sub) = e.subkind() {
        let _ = write!(t, ", {sub}");
    }
    if let Some(cc) = e.country() {
        let _ = write!(t, ", {cc}");
    }
    let _ = write!(t, "; {}, {}", e.source.as_str(), e.evidence.as_str());
    t.push(')');
    t
}

fn casualty_class(kind: CasualtyKind) -> &'static str {
    match kind {
        CasualtyKind::Killed => "cas-killed",
        CasualtyKind::Injured => "cas-injured",
        CasualtyKind::Captured => "cas-captured",
        CasualtyKind::Kidnapped => "cas-kidnapped",
        _ => "cas-missing",
    }
}

/// Appends one `<section>` for a document: heading, highlighted text, summary tables.
/// `doc` numbers the section so element ids stay unique across documents.
pub fn html_section(
    out: &mut String,
    doc: u64,
    label: &DocLabel,
    text: &str,
    ex: &Extraction<'_>,
    top: usize,
) {
    let _ = writeln!(out, "<section class=\"doc\" id=\"doc{doc}\">");
    let _ = writeln!(out, "<h2 dir=\"ltr\">{}</h2>", esc(&label.display()));
    out.push_str("<div class=\"text\" dir=\"rtl\">");
    walk(text, ex, |ev| match ev {
        Event::Open(Layer::Casualty(i)) => {
            if let Some(c) = ex.casualties.get(i) {
                let _ = write!(
                    out,
                    "<mark class=\"cas {}\" title=\"{}\">",
                    casualty_class(c.kind),
                    esc(&casualty_title(c))
                );
            }
        }
        Event::Close {
            layer: Layer::Casualty(i),
            last,
        } => {
            out.push_str("</mark>");
            if last {
                let _ = write!(
                    out,
                    "<sup class=\"ref\"><a href=\"#doc{doc}-c{n}\">{n}</a></sup>",
                    n = i + 1
                );
            }
        }
        Event::Open(Layer::Entity(i)) => {
            if let Some(e) = ex.entities.get(i) {
                let _ = write!(
                    out,
                    "<span class=\"ent ent-{}{}\" title=\"{}\" data-id=\"{}\">",
                    e.kind.as_str(),
                    if e.source == EntitySource::Context {
                        " ent-context"
                    } else {
                        ""
                    },
                    esc(&entity_title(e)),
                    esc(e.id())
                );
            }
        }
        Event::Close {
            layer: Layer::Entity(_),
            ..
        } => out.push_str("</span>"),
        Event::Text(s) => escape_html(out, s),
    });
    out.push_str("</div>\n");

    out.push_str("<div class=\"summary\" dir=\"ltr\" lang=\"en\">\n");
    let _ = writeln!(out, "<h3>Casualty figures: {}</h3>", ex.casualties.len());
    if !ex.casualties.is_empty() {
        out.push_str("<table>\n<thead><tr><th>#</th><th>kind</th><th>count</th><th>victims</th><th>evidence</th></tr></thead>\n<tbody>\n");
        for (i, c) in ex.casualties.iter().enumerate() {
            let victims = one_line(c.victims.text);
            let _ = writeln!(
                out,
                "<tr id=\"doc{doc}-c{n}\"><td class=\"num\">{n}</td><td>{}</td><td>{}</td><td>{}{}</td><td class=\"ar\" dir=\"rtl\" lang=\"ar\">{}</td></tr>",
                c.kind.as_str(),
                esc(&format_count(&c.count)),
                c.victims.category.as_str(),
                if victims.is_empty() {
                    String::new()
                } else {
                    format!(" <span dir=\"rtl\" lang=\"ar\">({})</span>", esc(&victims))
                },
                esc(&one_line(c.text)),
                n = i + 1
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    let (distinct, rows) = most_mentioned(&ex.entities, top);
    let _ = writeln!(
        out,
        "<h3>{}</h3>",
        mentions_heading(ex.entities.len(), distinct, rows.len())
    );
    if !rows.is_empty() {
        out.push_str("<table>\n<thead><tr><th>mentions</th><th>kind</th><th>id</th><th>name</th><th>Arabic</th></tr></thead>\n<tbody>\n");
        for r in &rows {
            let e = r.entity;
            let _ = writeln!(
                out,
                "<tr><td class=\"num\">{}</td><td><span class=\"ent ent-{kind}\">{kind}</span></td><td>{}</td><td>{}</td><td class=\"ar\" dir=\"rtl\" lang=\"ar\">{}</td></tr>",
                r.count,
                esc(e.id()),
                esc(e.name_en()),
                esc(e.name_ar()),
                kind = e.kind.as_str()
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</div>\n</section>\n");
}

/// "Entities: 120 mentions of 40 distinct, top 10", the heading of both summaries.
fn mentions_heading(mentions: usize, distinct: usize, shown: usize) -> String {
    let top = if distinct > shown {
        format!(", top {shown}")
    } else {
        String::new()
    };
    format!("Entities: {mentions} mentions of {distinct} distinct{top}")
}
