use std::time::Instant;
fn main() {
    let a = std::fs::read_to_string("../shared/corpus/bamako-2024.ar.txt").unwrap();
    let text = a.repeat(64); // ~1 MB
    let n = arabic_extract::Normalizer::default();
    let t = Instant::now();
    let ex = arabic_extract::Extractor::default();
    let _ = ex.extract("x");
    eprintln!("build {:?}", t.elapsed());
    for _ in 0..3 {
        let t = Instant::now();
        let r = n.normalize(&text);
        let d = t.elapsed();
        eprintln!(
            "normalize {:.0} MB/s ({})",
            text.len() as f64 / d.as_secs_f64() / 1e6,
            r.as_str().len()
        );
        let t = Instant::now();
        let r = ex.extract(&text);
        let d = t.elapsed();
        eprintln!(
            "extract {:.0} MB/s ({} entities)",
            text.len() as f64 / d.as_secs_f64() / 1e6,
            r.entities.len()
        );
    }
}
