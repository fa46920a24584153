//! A prior for document frequencies: how common each term is in English in general.
//!
//! IDF measured on a small dump says little: in five articles about one event, the event's
//! own names occur in all five and would weigh least, and in two unrelated articles sharing
//! "old town" those two words would be all that is left. So every dump is smoothed with
//! `VIRTUAL_DOCUMENTS` imaginary articles of `VIRTUAL_LENGTH` words drawn from general English
//! (wordfreq's frequencies, CC BY-SA 4.0, see WORD_FREQUENCIES.md): a term with per-word
//! probability p appears in 1 − e^(−L·p) of them. A big dump outweighs the prior; a small one
//! leans on it. Names absent from the list get no prior count, i.e. they look rare.

use super::terms::{term_hash, word_term, TermKind};
use ahash::{AHashMap, AHashSet};
use std::sync::OnceLock;

/// Imaginary general-English articles added to every dump's statistics.
pub const VIRTUAL_DOCUMENTS: f32 = 100.0;
/// Words per imaginary article.
pub const VIRTUAL_LENGTH: f32 = 400.0;

const TABLE: &str = include_str!("english_word_frequencies.tsv");

/// Per-term prior document count among the `VIRTUAL_DOCUMENTS`.
pub fn prior_df() -> &'static AHashMap<u64, f32> {
    static PRIOR: OnceLock<AHashMap<u64, f32>> = OnceLock::new();
    PRIOR.get_or_init(|| {
        let mut p_of: AHashMap<u64, f32> = AHashMap::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let Some((word, zipf)) = line.split_once('\t') else {
                continue;
            };
            let Ok(zipf) = zipf.parse::<f32>() else {
                continue;
            };
            let Some(term) = word_term(word) else {
                continue;
            };
            // Zipf = log10(occurrences per 10^9 words).
            *p_of.entry(term_hash(&term, TermKind::Word)).or_insert(0.0) += 10f32.powf(zipf - 9.0);
        }
        p_of.into_iter()
            .map(|(h, p)| (h, VIRTUAL_DOCUMENTS * (1.0 - (-VIRTUAL_LENGTH * p).exp())))
            .collect()
    })
}

/// Is `word` (lower case) one of the 30,000 most frequent words of English? Proper names
/// are among them too (wordfreq folds case: "italy", "kelly"), so this alone never says that
/// a capitalized word is no name.
pub fn is_frequent_word(word: &str) -> bool {
    static WORDS: OnceLock<AHashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            TABLE
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
                .map(|(word, _)| word)
                .collect()
        })
        .contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn df(word: &str) -> f32 {
        let term = word_term(word).expect("a content word");
        prior_df()
            .get(&term_hash(&term, TermKind::Word))
            .copied()
            .unwrap_or(0.0)
    }

    #[test]
    fn common_words_are_common_and_names_rare() {
        assert!(df("town") > 5.0, "{}", df("town"));
        assert!(df("people") > df("town"));
        assert!(df("town") > 10.0 * df("lighthouse"), "{}", df("lighthouse"));
        assert_eq!(df("kuleba"), 0.0);
        assert!(df("town") <= VIRTUAL_DOCUMENTS);
    }

    #[test]
    fn frequent_words_include_common_words_and_famous_names() {
        for w in [
            "unfortunately",
            "luckily",
            "dozens",
            "actors",
            "italy",
            "kelly",
        ] {
            assert!(is_frequent_word(w), "{w}");
        }
        assert!(!is_frequent_word("kuleba"));
        assert!(!is_frequent_word("Unfortunately")); // the list is in lower case
    }
}
