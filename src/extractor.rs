//! The [`Extractor`]: one configured pipeline from text to [`Extraction`].
use crate::normalize::Normalizer;
use crate::types::Extraction;

/// Extracts entities and casualty figures from Arabic text.
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    normalizer: Normalizer,
}

/// Configures an [`Extractor`].
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    normalizer: Normalizer,
}

impl Extractor {
    /// A builder.
    pub fn builder() -> ExtractorBuilder { ExtractorBuilder::default() }
    /// Extracts everything from `text`.
    pub fn extract(&self, text: &str) -> Extraction {
        let norm = self.normalizer.normalize(text);
        Extraction { entities: Vec::new(), casualties: crate::casualties::extract(&norm, text) }
    }
}
impl ExtractorBuilder {
    /// Builds.
    pub fn build(self) -> Result<Extractor, crate::Error> { Ok(Extractor { normalizer: self.normalizer }) }
}
