//! The hash of every lookup table keyed by words (lexicons, number words, gazetteer aliases).
//!
//! Keys are short words from the crate's own data, and text only ever queries the tables, never
//! inserts, so SipHash's resistance to chosen collisions buys nothing; this multiply-rotate mix
//! reads eight bytes at a time and makes a lookup per token cheap.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The hasher: a multiply-rotate mix over eight-byte chunks (as in rustc's `FxHasher`).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

const K: u64 = 0x517c_c1b7_2722_0a95;

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59))
                .wrapping_mul(K);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(K);
    }

    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(K);
    }
}

/// A hash map with the [`WordHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A hash set with the [`WordHasher`].
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn distinct_short_words_hash_apart() {
        let b = BuildHasherDefault::<WordHasher>::default();
        let words = [
            "قتل",
            "قتلى",
            "قتيل",
            "جنود",
            "جندي",
            "a",
            "ab",
            "abcdefgh",
            "abcdefghi",
        ];
        let hashes: HashSet<u64> = words.iter().map(|w| b.hash_one(w)).collect();
        assert_eq!(hashes.len(), words.len());
        let mut m: FastMap<String, u32> = FastMap::default();
        m.insert("قتل".into(), 1);
        assert_eq!(m.get("قتل"), Some(&1));
        assert_eq!(m.get("قتلى"), None);
    }
}
