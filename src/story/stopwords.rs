//! Words that carry no story: English function words (the NLTK list) and the verbs and
//! honorifics every news article uses ("said", "told", "mr", "according").

/// Sorted, so membership is a binary search.
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "according", "after", "again", "against", "ago", "all", "already",
    "also", "although", "am", "among", "an", "and", "another", "any", "are", "aren't", "around",
    "as", "at", "be", "became", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't",
    "doing", "don't", "down", "during", "each", "either", "even", "ever", "every", "few", "for",
    "from", "further", "get", "got", "had", "hadn't", "has", "hasn't", "have", "haven't",
    "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
    "i", "if", "in", "including", "into", "is", "isn't", "it", "it's", "its", "itself", "just",
    "last", "least", "less", "let", "like", "made", "make", "many", "may", "me", "meanwhile",
    "might", "more", "most", "mr", "mrs", "ms", "much", "must", "my", "myself", "new", "no",
    "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or", "other",
    "others", "our", "ours", "ourselves", "out", "over", "own", "per", "rather", "said", "same",
    "say", "saying", "says", "see", "seen", "several", "shall", "she", "should", "shouldn't",
    "since", "so", "some", "still", "such", "than", "that", "that's", "the", "their", "theirs",
    "them", "themselves", "then", "there", "there's", "these", "they", "this", "those",
    "though", "through", "thus", "to", "told", "too", "under", "until", "up", "upon", "us",
    "very", "via", "was", "wasn't", "we", "were", "weren't", "what", "when", "where", "whether",
    "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
    "won't", "would", "wouldn't", "yet", "you", "your", "yours", "yourself", "yourselves",
];

/// True for a lower-case stop word.
pub fn is_stop_word(word: &str) -> bool {
    static SET: std::sync::OnceLock<ahash::AHashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().copied().collect()).contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_and_lookups_work() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]), "keep STOP_WORDS sorted");
        assert!(is_stop_word("the") && is_stop_word("said") && is_stop_word("according"));
        assert!(!is_stop_word("kuleba") && !is_stop_word("nato"));
    }
}
