//! Embeds every `gazetteers/*.tsv` file in the library, so `Extractor::default()` needs no
//! files at run time. Writes `$OUT_DIR/embedded_gazetteers.rs`, a sorted list of
//! `(file name, contents)` pairs; adding a file to `gazetteers/` is all it takes to ship it.
//! Files listed in `NOT_GAZETTEERS` (other formats, such as `demonyms.tsv`) are skipped.
use std::env;
use std::fs;
use std::path::Path;

/// Files in `gazetteers/` that are data of another format, read by their own code: not embedded.
const NOT_GAZETTEERS: &[&str] = &["demonyms.tsv"];

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
    files.sort();
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
