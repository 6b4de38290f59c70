fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let ex = arabic_extract::Extractor::default();
    eprintln!(
        "entities {} patterns {}",
        ex.entity_count(),
        ex.pattern_count()
    );
    for e in ex.extract(&text).entities {
        println!("{}\t{}\t{}\t{}", e.kind, e.id, e.name_en, e.text);
    }
}
