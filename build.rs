//! Embeds every `gazetteers/*.tsv` file in the library, so `Extractor::default()` needs no
//! files at run time. Writes `$OUT_DIR/embedded_gazetteers.rs`, a sorted list of
//! `(file name, contents)` pairs in load order (file-name order, `LOAD_LAST` files last); adding
//! a file to `gazetteers/` is all it takes to ship it.
//! Files listed in `NOT_GAZETTEERS` (other formats, such as `demonyms.tsv`) are skipped.
use std::env;
use std::fs;
use std::path::Path;

/// Files in `gazetteers/` that are data of another format, read by their own code: not embedded.
const NOT_GAZETTEERS: &[&str] = &["demonyms.tsv"];

/// Files whose rows add to entries of the other files (gated aliases): loaded after them, so
/// every entry is defined, and its line reported, where its own file has it.
const LOAD_LAST: &[&str] = &["gated.tsv"];

fn main() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("gazetteers");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
                .filter(|p| {
                    !p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| NOT_GAZETTEERS.contains(&n))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort_by_key(|p: &std::path::PathBuf| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        (LOAD_LAST.contains(&name), p.clone())
    });
    let mut code = String::from("/// Embedded gazetteer files: (file name, contents).\npub(crate) static EMBEDDED: &[(&str, &str)] = &[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().unwrap().to_string_lossy();
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            name,
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded_gazetteers.rs");
    fs::write(out, code).unwrap();
}
