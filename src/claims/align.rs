//! Alignment: which claims of different articles talk about the same thing.
//!
//! Claims are compared by the words around them. Each sentence of the story becomes a set
//! of content terms (stop words and numbers dropped, light suffix stripping, names folded
//! so Kouleba ≈ Kuleba), weighted by inverse sentence frequency *within the story*: in a
//! story about Russia and Ukraine those two words say nothing about which sentence is
//! which, while "mid-February" or "Paris" do. Two contexts score the weighted Dice
//! coefficient of their term sets, `2·w(A∩B) / (w(A) + w(B))`. Articles published more
//! than `CLAIM_WINDOW_DAYS` apart, and articles that are one template about two subjects,
//! are never aligned (`StoryIndex::comparable`).
//!
//! `group` turns scored pairs into groups holding at most one claim per article: pairs are
//! merged best first (constrained single link), so a claim joins the group of the claim it
//! matches best and an article never disagrees with itself.

use super::names::fold;
use super::tokens::{tokenize, Kind};
use super::StoryDoc;
use crate::story::stopwords::is_stop_word;
use std::collections::{BTreeSet, HashMap, HashSet};

const ALIGN_STOP: &[&str] = &[
    "26th",
    "27th",
    "added",
    "april",
    "aren",
    "august",
    "d",
    "day",
    "days",
    "december",
    "didn",
    "don",
    "february",
    "first",
    "friday",
    "isn",
    "january",
    "july",
    "june",
    "ll",
    "march",
    "monday",
    "november",
    "october",
    "re",
    "s",
    "saturday",
    "september",
    "sunday",
    "t",
    "tell",
    "three",
    "thursday",
    "tuesday",
    "two",
    "u.s",
    "u.s.",
    "ve",
    "wasn",
    "wednesday",
    "week",
    "well",
    "won",
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
    content_terms(text, true)
}

/// Content terms of a piece of text without capitalized words: what was said, not who or
/// where (the names of a story recur in every article and would match any two claims).
pub fn lower_terms(text: &str) -> Vec<String> {
    content_terms(text, false)
}

/// Stemmed words of `text` that are neither stop words nor number words, optionally without
/// the capitalized ones.
fn content_terms(text: &str, capitalized: bool) -> Vec<String> {
    let mut set = BTreeSet::new();
    for t in tokenize(text) {
        let starts_upper = || {
            text[t.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        };
        if t.kind != Kind::Word
            || (!capitalized && starts_upper())
            || t.lower.chars().count() < 2
            || is_stop_word(&t.lower)
            || ALIGN_STOP.contains(&t.lower.as_str())
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

/// A term of the story, interned.
pub type Term = u32;

/// Term statistics of one story. Terms are interned to integers so the many pairwise
/// comparisons of a large story are merges of sorted integer lists.
pub struct StoryIndex {
    vocab: HashMap<String, Term>,
    weights: Vec<f64>,
    /// Sentences holding each term.
    df: Vec<usize>,
    /// A term in at most this many sentences is rare (see `is_rare`).
    rare_df: usize,
    /// Per doc, per sentence: content terms, sorted.
    pub sentence_terms: Vec<Vec<Vec<Term>>>,
    /// Per doc, per sentence: the total weight of its terms.
    sentence_weight: Vec<Vec<f64>>,
    /// Per doc: its publication day (days since 1970), when known.
    days: Vec<Option<i32>>,
    /// Pairs of docs (lower index first) that tell of two subjects in one template.
    two_subjects: HashSet<(usize, usize)>,
}

/// Articles published further apart than this (when both dates are known) report different
/// moments: a monthly figure, a weekly return, a toll updated. Their figures, dates, words
/// and names are not aligned (on Reuters-21578, whose periodic reports the story tier
/// groups, this removed most number and date flags; see docs/history.md, "Stop 12").
pub const CLAIM_WINDOW_DAYS: u32 = 3;

impl StoryIndex {
    pub fn new(docs: &[StoryDoc]) -> Self {
        let mut vocab: HashMap<String, Term> = HashMap::new();
        let mut df: Vec<usize> = Vec::new();
        let mut n = 0usize;
        let mut sentence_terms: Vec<Vec<Vec<Term>>> = Vec::with_capacity(docs.len());
        for d in docs {
            let mut doc = Vec::with_capacity(d.claims.sentences.len());
            for r in &d.claims.sentences {
                n += 1;
                let mut ids: Vec<Term> = terms(d.text.get(r.clone()).unwrap_or(""))
                    .into_iter()
                    .map(|t| {
                        let next = vocab.len() as Term;
                        let id = *vocab.entry(t).or_insert(next);
                        if id as usize == df.len() {
                            df.push(0);
                        }
                        df[id as usize] += 1;
                        id
                    })
                    .collect();
                ids.sort_unstable();
                doc.push(ids);
            }
            sentence_terms.push(doc);
        }
        let rare_df = docs.len().max(n / 11);
        let n = n.max(1) as f64;
        let weights: Vec<f64> = df.iter().map(|&c| (1.0 + n / c as f64).ln()).collect();
        let sentence_weight = sentence_terms
            .iter()
            .map(|doc| {
                doc.iter()
                    .map(|s| s.iter().map(|&t| weights[t as usize]).sum())
                    .collect()
            })
            .collect();
        let days = docs
            .iter()
            .map(|d| d.date.and_then(crate::story::parse_day))
            .collect();
        Self {
            days,
            two_subjects: HashSet::new(),
            vocab,
            weights,
            df,
            rare_df,
            sentence_terms,
            sentence_weight,
        }
    }

    /// The story's ids of some terms, sorted (terms the story never uses are dropped: they
    /// cannot be shared with anything).
    pub fn intern(&self, terms: &[String]) -> Vec<Term> {
        let mut ids: Vec<Term> = terms
            .iter()
            .filter_map(|t| self.vocab.get(t).copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Terms of sentence `s` of doc `d` and of the sentence before it.
    pub fn context(&self, d: usize, s: usize) -> Vec<Term> {
        let doc = &self.sentence_terms[d];
        let own = doc.get(s).map_or(&[][..], Vec::as_slice);
        match s.checked_sub(1).and_then(|p| doc.get(p)) {
            Some(prev) => union(own, prev),
            None => own.to_vec(),
        }
    }

    /// Are the claims of articles `a` and `b` about one thing: published close enough
    /// together (`same_moment`), and not one template about two subjects?
    pub fn comparable(&self, a: usize, b: usize) -> bool {
        self.same_moment(a, b) && !self.two_subjects.contains(&(a.min(b), a.max(b)))
    }

    /// Mark pairs of articles as one template about two subjects (see `comparable`).
    pub fn set_two_subjects(&mut self, pairs: HashSet<(usize, usize)>) {
        self.two_subjects = pairs;
    }

    /// How many days apart articles `a` and `b` were published; `None` when either date is
    /// unknown.
    fn days_apart(&self, a: usize, b: usize) -> Option<u32> {
        let day = |d: usize| self.days.get(d).copied().flatten();
        Some((day(a)? - day(b)?).unsigned_abs())
    }

    /// Were articles `a` and `b` published on one day, as far as their dates say (yes when
    /// either is unknown)? Figures and dates are compared only then: a figure is a
    /// moment's, and two days' reports give two moments' figures (a toll that rises, a
    /// price that moves, a daily money-market report), not two accounts of one. On a
    /// helper's read of 40 Reuters-21578 flags, 20 of the 21 between articles of different
    /// days were false (the true one: a maturity of 1998 written 1988 two days later).
    pub fn same_day(&self, a: usize, b: usize) -> bool {
        self.days_apart(a, b).is_none_or(|d| d == 0)
    }

    /// Were articles `a` and `b` published close enough together to be compared (see
    /// `CLAIM_WINDOW_DAYS`)? Yes when either date is unknown.
    pub fn same_moment(&self, a: usize, b: usize) -> bool {
        self.days_apart(a, b).is_none_or(|d| d <= CLAIM_WINDOW_DAYS)
    }

    pub fn weight(&self, term: Term) -> f64 {
        self.weights.get(term as usize).copied().unwrap_or(0.0)
    }

    /// Weighted Dice coefficient of two sorted term lists.
    pub fn similarity(&self, a: &[Term], b: &[Term]) -> f64 {
        let wa: f64 = a.iter().map(|&t| self.weight(t)).sum();
        let wb: f64 = b.iter().map(|&t| self.weight(t)).sum();
        if wa + wb == 0.0 {
            return 0.0;
        }
        2.0 * self.shared(a, b) / (wa + wb)
    }

    /// `similarity` of two sentences of the story.
    pub fn sentence_similarity(&self, (d1, s1): (usize, usize), (d2, s2): (usize, usize)) -> f64 {
        let total = self.sentence_weight[d1][s1] + self.sentence_weight[d2][s2];
        if total == 0.0 {
            return 0.0;
        }
        2.0 * self.shared(&self.sentence_terms[d1][s1], &self.sentence_terms[d2][s2]) / total
    }

    /// Evidence that two contexts speak of the same thing: the weight of the terms they
    /// share, counting only when at least two of them are rare in the story (see
    /// `is_rare`). Unlike a normalized similarity it does not punish long sentences, which
    /// translations and retellings produce.
    pub fn evidence(&self, a: &[Term], b: &[Term]) -> f64 {
        if self.rare_shared(a, b) < 2 {
            return 0.0;
        }
        self.shared(a, b)
    }

    /// Is a term rare in the story: in at most one sentence in eleven, or in no more
    /// sentences than the story has articles (once per article is specific, even in a
    /// short two-article story)?
    pub fn is_rare(&self, t: Term) -> bool {
        self.df.get(t as usize).is_some_and(|&c| c <= self.rare_df)
    }

    /// How many terms rare in the story two sorted lists share.
    pub fn rare_shared(&self, a: &[Term], b: &[Term]) -> usize {
        let mut n = 0;
        merge(a, b, |t| n += usize::from(self.is_rare(t)));
        n
    }

    /// Total weight of the terms two sorted lists share.
    pub fn shared(&self, a: &[Term], b: &[Term]) -> f64 {
        let mut w = 0.0;
        merge(a, b, |t| w += self.weight(t));
        w
    }
}

/// How many terms two sorted lists share.
pub fn shared_count(a: &[Term], b: &[Term]) -> usize {
    let mut n = 0;
    merge(a, b, |_| n += 1);
    n
}

/// Call `f` for every term two sorted lists share.
fn merge(a: &[Term], b: &[Term], mut f: impl FnMut(Term)) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                f(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
}

/// Union of two sorted term lists.
pub fn union(a: &[Term], b: &[Term]) -> Vec<Term> {
    let mut v: Vec<Term> = a.iter().chain(b).copied().collect();
    v.sort_unstable();
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
