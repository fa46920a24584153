//! How the generator turns one text into another: the copy kinds, and synthetic unrelated
//! articles.
//!
//! - `edit`: small edits at a per-word rate (deleted words, swapped neighbours, typos,
//!   substituted words, punctuation added or dropped), the way a copy drifts when it is
//!   re-typed or lightly subedited. At rate e a word-5-shingle Jaccard of roughly
//!   (1 − 5e)/(1 + 5e) remains (e = 2% ≈ 0.82), so the default rates straddle the 0.8 copy
//!   threshold on purpose.
//! - `add_boilerplate`: an outlet's header and footer lines (navigation, "Advertisement",
//!   "Related Articles" with other headlines, "Leave a Reply", copyright), as scraped pages
//!   carry them.
//! - `abridge`: the first 30–70% of the text, cut at a sentence end.
//! - `synthetic`: an unrelated article of new sentences sampled from the corpus's word-bigram
//!   model (`Corpus::sentence`), in paragraphs of 2–5, as long as a real long-form article:
//!   real words, frequencies and collocations, no story, and no whole sentence shared with
//!   another document except by rare chance.

use super::corpus::Corpus;
use super::rng::Rng;

/// Outlet chrome: header lines, footer lines (`{related}` = "Related Articles" + headlines).
struct Outlet {
    header: &'static [&'static str],
    footer: &'static [&'static str],
}

const RELATED: &str = "{related}";

const OUTLETS: &[Outlet] = &[
    Outlet {
        header: &["Home | World | Business | Markets | Opinion", "Advertisement"],
        footer: &["Share this article", RELATED, "Leave a Reply", "Your email address will not be published. Required fields are marked *"],
    },
    Outlet {
        header: &["Skip to main content", "Subscribe now for unlimited access"],
        footer: &["Advertisement", "Sign up for our daily newsletter", "© 2024 The Daily Record. All rights reserved."],
    },
    Outlet {
        header: &["BREAKING NEWS"],
        footer: &[RELATED, "Comments are closed.", "Follow us on Twitter and Facebook"],
    },
    Outlet {
        header: &["Menu", "Search", "Log in | Register"],
        footer: &["Read more:", RELATED, "Copyright 2024 Metro Wire Services. This material may not be published, broadcast, rewritten or redistributed."],
    },
    Outlet {
        header: &["Advertisement - scroll to continue"],
        footer: &["Click here to subscribe to our newsletter.", "Leave a Reply", "Cancel reply"],
    },
    Outlet {
        header: &["News > World > Europe"],
        footer: &["Related Topics", "Share this story", "About sharing", "More on this story"],
    },
    Outlet {
        header: &["Posted by Staff Reporter", "Print | Email | Share"],
        footer: &["Tags: news, politics, world", RELATED, "0 Comments", "Leave a Reply"],
    },
    Outlet {
        header: &["LIVE UPDATES", "Sponsored content"],
        footer: &["Have a news tip? Email us.", "Terms of Use | Privacy Policy | Cookie Settings"],
    },
];

/// Apply small edits at `rate` per word (see the module docs). Line structure is kept.
pub fn edit(text: &str, rate: f64, rng: &mut Rng) -> String {
    let vocabulary: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut words: Vec<String> = line.split(' ').map(str::to_string).collect();
        let mut i = 0;
        while i < words.len() {
            if words[i].is_empty() || !rng.chance(rate) {
                i += 1;
                continue;
            }
            match rng.below(5) {
                0 => {
                    words.remove(i);
                    continue;
                }
                1 if i + 1 < words.len() => {
                    words.swap(i, i + 1);
                    i += 1;
                }
                2 => words[i] = typo(&words[i], rng),
                3 if !vocabulary.is_empty() => {
                    words[i] = vocabulary[rng.below(vocabulary.len())].to_string();
                }
                _ => {
                    let w = &mut words[i];
                    if w.ends_with([',', '.', ';', ':']) {
                        w.pop();
                    } else {
                        w.push(',');
                    }
                }
            }
            i += 1;
        }
        out.push_str(&words.join(" "));
    }
    if out == text && rate > 0.0 {
        // At least one edit: a typo in a random word.
        let mut words: Vec<String> = out.split(' ').map(str::to_string).collect();
        if let Some(i) = (0..words.len())
            .cycle()
            .skip(rng.below(words.len()))
            .take(words.len())
            .find(|&i| !words[i].is_empty())
        {
            words[i] = typo(&words[i], rng);
        }
        out = words.join(" ");
    }
    out
}

/// One typing error: two neighbouring letters swapped, one dropped, or one doubled (the word
/// always changes).
fn typo(word: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 {
        chars.push(chars.first().copied().unwrap_or('x'));
        return chars.into_iter().collect();
    }
    let i = rng.below(chars.len() - 1);
    match rng.below(3) {
        0 if chars[i] != chars[i + 1] => chars.swap(i, i + 1),
        1 => {
            chars.remove(i);
        }
        _ => {
            let c = chars[i];
            chars.insert(i, c);
        }
    }
    chars.into_iter().collect()
}

/// Add one outlet's header and footer lines; "Related Articles" lists 2–3 headlines of other
/// corpus articles.
pub fn add_boilerplate(text: &str, corpus: &Corpus, rng: &mut Rng) -> String {
    let outlet = &OUTLETS[rng.below(OUTLETS.len())];
    let mut out = String::with_capacity(text.len() + 512);
    for line in outlet.header {
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(text.trim_end());
    out.push_str("\n\n");
    for line in outlet.footer {
        if *line == RELATED {
            out.push_str("Related Articles\n");
            for _ in 0..rng.between(2, 3) {
                out.push_str(&headline(corpus, rng));
                out.push('\n');
            }
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.pop();
    out
}

/// The title of a random corpus article, or the start of a random sentence.
fn headline(corpus: &Corpus, rng: &mut Rng) -> String {
    if !corpus.articles.is_empty() {
        if let Some(t) = &corpus.articles[rng.below(corpus.articles.len())].title {
            return t.clone();
        }
    }
    let mut s = String::new();
    corpus.sentence(rng, &mut s);
    title_from(&s)
}

/// The first 30–70% of `text`, cut at the sentence end nearest the target (at a word
/// boundary when the text has no sentence ends).
pub fn abridge(text: &str, rng: &mut Rng) -> String {
    let target = (text.len() as f64 * (0.3 + 0.4 * rng.unit())) as usize;
    let bytes = text.as_bytes();
    let ends = (1..bytes.len()).filter(|&i| {
        matches!(bytes[i - 1], b'.' | b'!' | b'?' | b'"') && bytes[i].is_ascii_whitespace()
    });
    let cut = ends
        .min_by_key(|&i| i.abs_diff(target))
        .or_else(|| {
            (target..bytes.len())
                .find(|&i| bytes[i].is_ascii_whitespace())
                .or(Some(bytes.len()))
        })
        .unwrap_or(bytes.len());
    text[..cut].trim_end().to_string()
}

/// A synthetic unrelated article (see the module docs), with a title made from its first
/// sentence.
pub fn synthetic(corpus: &Corpus, rng: &mut Rng) -> (String, String) {
    let model = corpus.lengths[rng.below(corpus.lengths.len())] as f64;
    let target = (model * (1.0 + 0.6 * rng.unit())) as usize;
    let mut out = String::with_capacity(target + 256);
    let mut first_end = None;
    while out.len() < target {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        for s in 0..rng.between(2, 5) {
            if s > 0 {
                out.push(' ');
            }
            corpus.sentence(rng, &mut out);
            first_end.get_or_insert(out.len());
        }
    }
    let title = title_from(&out[..first_end.unwrap_or(0)]);
    (title, out)
}

/// Up to the first eight words of a sentence, without trailing punctuation.
fn title_from(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().take(8).collect();
    words
        .join(" ")
        .trim_end_matches(['.', ',', ';', ':', '!', '?'])
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gen::corpus::SourceRecord;
    use crate::gen::truth::{jaccard, shingle_set};

    fn corpus() -> Corpus {
        let records = (0..40)
            .map(|i| SourceRecord {
                file: "bbc".into(),
                id: i.to_string(),
                title: Some(format!("Headline number {i}")),
                text: (0..30)
                    .map(|j| {
                        format!(
                            "Sentence {j} of article {i} says word{} and word{} happened.",
                            i * 31 + j,
                            j * 7 + i
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
                story: None,
            })
            .collect();
        Corpus::from_records(records)
    }

    #[test]
    fn edits_are_small_and_grow_with_the_rate() {
        let c = corpus();
        let text = &c.articles[0].text;
        let a = shingle_set(text);
        let mut rng = Rng::new(1);
        assert_eq!(edit(text, 0.0, &mut rng), *text);
        let light = jaccard(&a, &shingle_set(&edit(text, 0.01, &mut rng)));
        let heavy = jaccard(&a, &shingle_set(&edit(text, 0.2, &mut rng)));
        assert!(light > 0.7 && light < 1.0, "{light}");
        assert!(heavy < light, "{heavy} vs {light}");
    }

    #[test]
    fn boilerplate_wraps_and_abridged_is_a_prefix() {
        let c = corpus();
        let text = &c.articles[1].text;
        let mut rng = Rng::new(2);
        let wrapped = add_boilerplate(text, &c, &mut rng);
        assert!(wrapped.contains(text.as_str()) && wrapped.len() > text.len());
        let short = abridge(text, &mut rng);
        assert!(text.starts_with(&short));
        assert!(short.len() > text.len() / 5 && short.len() < text.len() * 4 / 5);
        assert!(short.ends_with('.'));
    }

    #[test]
    fn synthetic_articles_are_long_and_unrelated() {
        let c = corpus();
        let mut rng = Rng::new(3);
        let (t1, s1) = synthetic(&c, &mut rng);
        let (_, s2) = synthetic(&c, &mut rng);
        assert!(!t1.is_empty() && s1.len() >= 1000);
        assert!(jaccard(&shingle_set(&s1), &shingle_set(&s2)) < 0.3);
    }
}
