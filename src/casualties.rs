//! Casualty figures (placeholder until the casualty rules land).
use crate::normalize::NormalizedText;
use crate::types::Casualty;

/// Finds casualty figures in normalized text; spans point into the original text.
pub fn extract(_norm: &NormalizedText, _original: &str) -> Vec<Casualty> {
    Vec::new()
}
