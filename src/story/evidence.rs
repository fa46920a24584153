//! Why two articles look like one story: the terms that make up their similarity.
//!
//! The cosine of two unit vectors is Σ_t a_t·b_t, so each shared term contributes its
//! product of weights; the largest contributions, shown as the words were written and split
//! into names (capitalized), numbers and other terms, are the evidence a person can check.

use super::terms::{
    count_terms, headline_space, stem_word, term_hash, terms_with_surface, TermKind,
};
use super::vectors::{weekday_names, weekdays_differ, weigh, DocFreq, WeightConfig};
use super::{similarity, WeekdayPenalty};
use ahash::AHashMap;
use serde::Serialize;

/// What kind of shared term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    Name,
    Number,
    Term,
}

/// One shared term and its share of the similarity.
#[derive(Debug, Clone, Serialize)]
pub struct SharedTerm {
    /// As written in the first article.
    pub text: String,
    /// As written in the second, when it differs (a spelling variant: Kuleba / Kouleba).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    pub kind: EvidenceKind,
    /// Contribution to the cosine.
    pub weight: f32,
}

/// The story similarity of two articles and the shared terms behind it, strongest first.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    pub score: f32,
    pub shared: Vec<SharedTerm>,
    /// The weekdays each names, when they name none the same (the score is lowered by
    /// the article weekday penalty); `null` in JSON otherwise.
    pub weekdays_differ: Option<[Vec<&'static str>; 2]>,
}

/// How a term is written in a text: a spelling (capitalized when it ever is), its kind, and
/// whether it is ever written in lower case (then it is no name, even where a sentence or a
/// headline capitalizes it).
struct Surface {
    text: String,
    kind: TermKind,
    lower: bool,
}

fn surfaces(text: &str) -> AHashMap<u64, Surface> {
    let mut out: AHashMap<u64, Surface> = AHashMap::new();
    terms_with_surface(text, |t, kind, surface| {
        let entry = out.entry(term_hash(t, kind)).or_insert_with(|| Surface {
            text: surface.to_string(),
            kind,
            lower: false,
        });
        let lower = surface.starts_with(char::is_lowercase);
        entry.lower |= lower;
        // Prefer a capitalized spelling (a name) over a sentence's lower-case use.
        if entry.text.starts_with(char::is_lowercase) && !lower {
            entry.text = surface.to_string();
        }
    });
    out
}

/// Evidence for two article texts (with their titles) under the corpus statistics `df`.
pub fn evidence(
    a: (&str, Option<&str>),
    b: (&str, Option<&str>),
    df: &DocFreq,
    weights: &WeightConfig,
    title_weight: u32,
    weekdays: WeekdayPenalty,
) -> Evidence {
    let (ca, cb) = (
        count_terms(a.0, a.1, title_weight),
        count_terms(b.0, b.1, title_weight),
    );
    let (va, vb) = (weigh(&ca, df, weights), weigh(&cb, df, weights));
    let mut sa = surfaces(a.0);
    let mut sb = surfaces(b.0);
    for (title, map) in [(a.1, &mut sa), (b.1, &mut sb)] {
        if let Some(t) = title {
            let capitals_say_nothing = crate::headline::title_case(t);
            for (h, mut v) in surfaces(t) {
                v.lower |= capitals_say_nothing;
                // The headline's event words also match as headline terms (`count_terms`),
                // shown as the word they are.
                map.entry(headline_space(h)).or_insert(Surface {
                    text: v.text.clone(),
                    kind: TermKind::Headline,
                    lower: true,
                });
                map.entry(h).or_insert(v);
            }
        }
    }
    let weight_b: AHashMap<u32, f32> = vb.terms.iter().copied().collect();
    // Per shared term id: its surfaces, kind, whether ever lower case, and the hash of the
    // word it is (a headline term's is the text term's), so that the two are one entry.
    let mut by_id: AHashMap<u32, (&String, &String, TermKind, bool, u64)> = AHashMap::new();
    for (h, x) in &sa {
        if let (Some(id), Some(y)) = (df.id(*h), sb.get(h)) {
            let word = match x.kind {
                TermKind::Headline => headline_space(*h),
                _ => *h,
            };
            by_id.insert(id, (&x.text, &y.text, x.kind, x.lower || y.lower, word));
        }
    }
    let mut by_word: AHashMap<u64, SharedTerm> = AHashMap::new();
    for &(id, wa) in &va.terms {
        let (Some(wb), Some(&(text, other, kind, lower, word))) =
            (weight_b.get(&id), by_id.get(&id))
        else {
            continue;
        };
        let evidence_kind = match kind {
            TermKind::Number => EvidenceKind::Number,
            TermKind::Word if text.starts_with(char::is_uppercase) && !lower => EvidenceKind::Name,
            TermKind::Word | TermKind::Headline => EvidenceKind::Term,
        };
        // Inflections (Russian / Russians) are the same word; a different stem under the
        // same spelling key is a spelling variant (Kuleba / Kouleba).
        let differs = evidence_kind != EvidenceKind::Number
            && stem_word(&text.to_lowercase()) != stem_word(&other.to_lowercase());
        let term = SharedTerm {
            text: text.clone(),
            other: differs.then(|| other.clone()),
            kind: evidence_kind,
            weight: wa * wb,
        };
        match by_word.get_mut(&word) {
            // The text's spelling and kind over the headline's; the weights add up.
            Some(seen) if kind == TermKind::Headline => seen.weight += term.weight,
            Some(seen) => {
                let weight = seen.weight + term.weight;
                *seen = SharedTerm { weight, ..term };
            }
            None => {
                by_word.insert(word, term);
            }
        }
    }
    let mut shared: Vec<SharedTerm> = by_word.into_values().collect();
    shared.sort_by(|x, y| {
        y.weight
            .total_cmp(&x.weight)
            .then_with(|| x.text.cmp(&y.text))
    });
    Evidence {
        score: similarity(&va, &vb, weekdays),
        shared,
        weekdays_differ: weekdays_differ(va.weekdays, vb.weekdays)
            .then(|| [weekday_names(va.weekdays), weekday_names(vb.weekdays)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Doc<'a> = (&'a str, Option<&'a str>);

    /// The evidence for `a` and `b` in a dump of them and `others`, default weights.
    fn evidence_among(a: Doc, b: Doc, others: &[Doc]) -> Evidence {
        let counts: Vec<_> = [a, b]
            .iter()
            .chain(others)
            .map(|d| count_terms(d.0, d.1, 1))
            .collect();
        let df = DocFreq::from_counts(counts.iter().map(Vec::as_slice), 2);
        evidence(a, b, &df, &WeightConfig::default(), 1, WeekdayPenalty::NONE)
    }

    /// The shared terms' contributions add up to the cosine.
    fn assert_adds_up(e: &Evidence) {
        let total: f32 = e.shared.iter().map(|s| s.weight).sum();
        assert!(
            (total - e.score).abs() < 1e-4,
            "contributions {total} add up to the cosine {}",
            e.score
        );
    }

    #[test]
    fn shared_names_numbers_and_variants() {
        let a = "Foreign Minister Kuleba said 8,500 troops had arrived in Kyiv.";
        let b = "Ukrainian diplomat Kouleba said that 8 500 soldiers reached Kyiv on Monday.";
        let e = evidence_among((a, None), (b, None), &[]);
        assert!(e.score > 0.2, "{}", e.score);
        let find = |t: &str| e.shared.iter().find(|s| s.text == t);
        let kuleba = find("Kuleba").expect("Kuleba is shared");
        assert_eq!(
            (kuleba.kind, kuleba.other.as_deref()),
            (EvidenceKind::Name, Some("Kouleba"))
        );
        assert_eq!(find("8,500").map(|s| s.kind), Some(EvidenceKind::Number));
        assert_eq!(find("Kyiv").map(|s| s.kind), Some(EvidenceKind::Name));
        assert_adds_up(&e);
    }

    #[test]
    fn headline_words_are_part_of_the_evidence() {
        // A review found the shown weights short of the score by the headline terms' share
        // (a BBC pair scored 0.2212, its evidence 0.2127): they are now the word's own entry.
        let a = (
            "Ferry workers went on strike on Monday and crossings were halted at Calais.",
            Some("Ferry strike halts crossings"),
        );
        let b = (
            "A strike by ferry crews halted all crossings to Calais, the operator said.",
            Some("Strike halts ferry crossings to Calais"),
        );
        // Sixty other articles: a headline word shared by two headlines of 62 is under the
        // bound (√62 / 3 ≈ 2.6), so both headline terms count.
        let others: Vec<(String, String)> = (0..60)
            .map(|i| {
                (
                    format!("filler text {i} about budget{i}"),
                    format!("Budget{i} news"),
                )
            })
            .collect();
        let others: Vec<Doc> = others
            .iter()
            .map(|(t, h)| (t.as_str(), Some(h.as_str())))
            .collect();
        let e = evidence_among(a, b, &others);
        assert_adds_up(&e);
        // One entry per word: the text's "strike" and the headline's.
        let strikes = e
            .shared
            .iter()
            .filter(|s| s.text.eq_ignore_ascii_case("strike"))
            .count();
        assert_eq!(strikes, 1, "{:?}", e.shared);
    }

    #[test]
    fn capitals_of_a_sentence_start_or_a_title_case_headline_make_no_name() {
        // A new user saw "shared names Guards, Prison, Pulls ..." (stop 23).
        let a = (
            "Guards were handcuffed by an inmate at the Polunsky prison. Comeaux escaped.",
            Some("Inmate Pulls Gun On And Handcuffs Guards"),
        );
        let b = (
            "The inmate, Comeaux, handcuffed two guards. Prison officials said he pulled a gun.",
            Some("Texas Inmate Pulls Gun, Escapes"),
        );
        let e = evidence_among(a, b, &[]);
        let kind = |t: &str| {
            e.shared
                .iter()
                .find(|s| s.text.eq_ignore_ascii_case(t))
                .map(|s| s.kind)
        };
        assert_eq!(kind("Comeaux"), Some(EvidenceKind::Name));
        assert_eq!(kind("guards"), Some(EvidenceKind::Term));
        assert_eq!(kind("prison"), Some(EvidenceKind::Term));
        assert_eq!(kind("pulls"), Some(EvidenceKind::Term));
    }
}
