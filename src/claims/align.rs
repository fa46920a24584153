//! Alignment: which claims of different articles talk about the same thing.
//!
//! Claims are compared by the words around them. Each sentence of the story becomes a set
//! of content terms (stop words and numbers dropped, light suffix stripping, names folded
//! so Kouleba ≈ Kuleba), weighted by inverse sentence frequency *within the story*: in a
//! story about Russia and Ukraine those two words say nothing about which sentence is
//! which, while "mid-February" or "Paris" do. Two contexts score the weighted Dice
//! coefficient of their term sets, `2·w(A∩B) / (w(A) + w(B))`.
//!
//! `group` turns scored pairs into groups holding at most one claim per article: pairs are
//! merged best first (constrained single link), so a claim joins the group of the claim it
//! matches best and an article never disagrees with itself.

use super::names::fold;
use super::tokens::{tokenize, Kind};
use super::StoryDoc;
use std::collections::{BTreeSet, HashMap};

const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tell",
    "added",
    "according",
    "also",
    "mr",
    "mrs",
    "ms",
    "still",
    "already",
    "yet",
    "since",
    "well",
    "last",
    "new",
    "one",
    "two",
    "three",
    "first",
    "like",
    "many",
    "several",
    "day",
    "days",
    "week",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "26th",
    "27th",
    "s",
    "t",
    "re",
    "ve",
    "ll",
    "d",
    "don",
    "didn",
    "isn",
    "wasn",
    "aren",
    "won",
    "us",
    "u.s.",
    "u.s",
];

/// Light suffix stripping and spelling folds: "Ukrainian" and "Ukraine" → "ukrain".
pub fn stem(lower: &str) -> String {
    let mut w = lower
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    for suffix in ["ians", "ian", "ies", "ing", "ed", "es", "ia", "s", "e"] {
        if w.len() >= suffix.len() + 4 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    fold(&w)
}

/// Content terms of a piece of text, deduplicated and sorted.
pub fn terms(text: &str) -> Vec<String> {
    let mut set = BTreeSet::new();
    for t in tokenize(text) {
        if t.kind != Kind::Word
            || t.lower.chars().count() < 2
            || STOP.contains(&t.lower.as_str())
            || super::lexicon::number_word(&t.lower).is_some()
        {
            continue;
        }
        let s = stem(&t.lower);
        if s.len() >= 2 {
            set.insert(s);
        }
    }
    set.into_iter().collect()
}

/// Content terms of a piece of text without capitalized words: what was said, not who or
/// where (the names of a story recur in every article and would match any two claims).
pub fn lower_terms(text: &str) -> Vec<String> {
    let mut set = BTreeSet::new();
    for t in tokenize(text) {
        let starts_upper = text[t.start..].chars().next().is_some_and(char::is_uppercase);
        if t.kind != Kind::Word || starts_upper || t.lower.chars().count() < 2 || STOP.contains(&t.lower.as_str()) || super::lexicon::number_word(&t.lower).is_some() {
            continue;
        }
        let s = stem(&t.lower);
        if s.len() >= 2 {
            set.insert(s);
        }
    }
    set.into_iter().collect()
}

/// Term statistics of one story.
pub struct StoryIndex {
    idf: HashMap<String, f64>,
    default_idf: f64,
    /// Per doc, per sentence: content terms.
    pub sentence_terms: Vec<Vec<Vec<String>>>,
}

impl StoryIndex {
    pub fn new(docs: &[StoryDoc]) -> Self {
        let sentence_terms: Vec<Vec<Vec<String>>> = docs
            .iter()
            .map(|d| {
                d.claims
                    .sentences
                    .iter()
                    .map(|r| terms(d.text.get(r.clone()).unwrap_or("")))
                    .collect()
            })
            .collect();
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut n = 0usize;
        for doc in &sentence_terms {
            for s in doc {
                n += 1;
                for t in s {
                    *df.entry(t.clone()).or_default() += 1;
                }
            }
        }
        let n = n.max(1) as f64;
        let idf = df
            .into_iter()
            .map(|(t, c)| (t, (1.0 + n / c as f64).ln()))
            .collect();
        Self {
            idf,
            default_idf: (1.0 + n).ln(),
            sentence_terms,
        }
    }

    /// Terms of sentence `s` of doc `d` and of the sentence before it.
    pub fn context(&self, d: usize, s: usize) -> Vec<String> {
        let doc = &self.sentence_terms[d];
        let own = doc.get(s).map_or(&[][..], Vec::as_slice);
        match s.checked_sub(1).and_then(|p| doc.get(p)) {
            Some(prev) => union(own, prev),
            None => own.to_vec(),
        }
    }

    pub fn weight(&self, term: &str) -> f64 {
        self.idf.get(term).copied().unwrap_or(self.default_idf)
    }

    /// Weighted Dice coefficient of two sorted term lists.
    pub fn similarity(&self, a: &[String], b: &[String]) -> f64 {
        let (wa, wb): (f64, f64) = (
            a.iter().map(|t| self.weight(t)).sum(),
            b.iter().map(|t| self.weight(t)).sum(),
        );
        if wa + wb == 0.0 {
            return 0.0;
        }
        2.0 * self.shared(a, b) / (wa + wb)
    }

    /// Evidence that two contexts speak of the same thing: the weight of the terms they
    /// share, counting only when at least two of them are rare in the story (weight ≥ 2.5,
    /// i.e. in fewer than about one sentence in eleven). Unlike a normalized similarity it
    /// does not punish long sentences, which translations and retellings produce.
    pub fn evidence(&self, a: &[String], b: &[String]) -> f64 {
        if self.rare_shared(a, b) < 2 {
            return 0.0;
        }
        self.shared(a, b)
    }

    /// How many terms rare in the story (weight ≥ 2.5) two sorted lists share.
    pub fn rare_shared(&self, a: &[String], b: &[String]) -> usize {
        a.iter().filter(|t| b.binary_search(t).is_ok() && self.weight(t) >= 2.5).count()
    }

    /// Total weight of the terms two sorted lists share.
    pub fn shared(&self, a: &[String], b: &[String]) -> f64 {
        let (mut i, mut j, mut w) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    w += self.weight(&a[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        w
    }
}

/// Union of two sorted term lists.
pub fn union(a: &[String], b: &[String]) -> Vec<String> {
    let mut v: Vec<String> = a.iter().chain(b).cloned().collect();
    v.sort();
    v.dedup();
    v
}

/// Groups of items (at most one per doc) from scored pairs, best pairs first.
/// `doc_of[i]` is the article of item `i`; edges are `(score, i, j)`.
pub fn group(doc_of: &[usize], mut edges: Vec<(f64, usize, usize)>) -> Vec<Vec<usize>> {
    edges.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut parent: Vec<usize> = (0..doc_of.len()).collect();
    let mut docs: Vec<BTreeSet<usize>> = doc_of.iter().map(|&d| BTreeSet::from([d])).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for (_, i, j) in edges {
        let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
        if ri == rj || !docs[ri].is_disjoint(&docs[rj]) {
            continue;
        }
        let (keep, gone) = if ri < rj { (ri, rj) } else { (rj, ri) };
        parent[gone] = keep;
        let moved = std::mem::take(&mut docs[gone]);
        docs[keep].extend(moved);
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..doc_of.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() >= 2).collect();
    for g in &mut out {
        g.sort_unstable();
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_fold_nationalities_and_spellings() {
        assert_eq!(stem("ukrainian"), stem("ukraine"));
        assert_eq!(stem("kouleba"), stem("kuleba"));
        assert_eq!(stem("soldiers"), stem("soldier"));
    }

    #[test]
    fn groups_hold_one_item_per_doc() {
        // items: 0,1 in doc 0; 2 in doc 1; 3 in doc 2
        let g = group(&[0, 0, 1, 2], vec![(0.9, 0, 2), (0.8, 1, 2), (0.5, 2, 3)]);
        assert_eq!(g, vec![vec![0, 2, 3]]);
    }
}
