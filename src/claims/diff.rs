//! Substituted names inside near-identical sentences.
//!
//! When two articles carry nearly the same sentence (a wire copy edited, a retelling that
//! keeps a sentence), a short run of words that differs between them is a claim the editor
//! changed: "killed in Idlib" against "killed in Daraa", "the US-led coalition" against
//! "Russian forces". Sentences are paired when each is the other's best match and their
//! weighted term similarity is at least `SENTENCE_MIN`; their words are aligned by longest
//! common subsequence; a replaced run of at most `MAX_RUN` words on each side, with most of
//! the sentence matched around it, is reported when both sides hold a name (a capitalized
//! word that is not merely sentence-initial). Numbers, dates, people and spellings that
//! fold together are left to their own comparisons; a name that only moved within the
//! sentence ("of Washington" / "Washington's", as often in both), is abbreviated ("Mt" /
//! "Mount") or written with another ending ("New Zealand-born" / "New Zealander"), a run
//! that crosses a double quotation mark or bracket, and a wire's ticker code ("<F>"), are
//! not substitutions (on ECB+ dev these were 20 of 44 flags, none a changed fact); a swap
//! of two names in an otherwise identical sentence, and near names of other places (Mali /
//! Malawi), still are. The role of the name is guessed from the word before it: a place
//! after "in", "at", "near"...; an actor after "by"; otherwise a party. A replaced run that
//! names a means of harm on both sides, in lower case as often as not ("a car bomb attack"
//! / "a chemical weapons attack"), is compared by family (see `lexicon::means_of_harm`) in
//! sentences that report harm, and flagged with subject "cause". A replaced run where a
//! harm sentence puts its victims ("Three [civilians] were injured") that names another
//! group of people on each side (see `Victims::other_than`) is flagged with subject
//! "casualty", lower case or not ("civilians" / "SDF members"). Likewise a run where it
//! puts those who did the harm ("fired by [terrorists]", "[Russian forces] shelled") naming
//! another side on each (see `perpetrators`) is flagged with subject "actor" ("terrorists"
//! / "Russian forces"; not "terrorists" / "militants"). A name the other sentence still
//! holds as an acronym or its expansion ("Internet Explorer" / "IE") was not replaced, and
//! two wires that each open with their own firm, never named by the other, are one template
//! about two firms rather than one article edited.

use super::align::{StoryIndex, Term};
use super::compare::{majority, Conflict, ConflictKind, Relation, Variant};
use super::gender;
use super::lexicon;
use super::names::{edit_distance, fold, given_compatible, is_typo, same_surname};
use super::tokens::{tokenize, Kind};
use super::StoryDoc;
use crate::headline::title_case;
use crate::story::prior::is_frequent_word;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Minimum weighted similarity for two sentences to be one sentence edited.
const SENTENCE_MIN: f64 = 0.5;
/// Terms in more sentences of an article than this do not propose candidate pairs.
const CANDIDATE_DF: usize = 8;
/// Longest replaced run (words) on either side.
const MAX_RUN: usize = 6;
/// Share of the shorter sentence's words that must match outside the replaced run.
const MATCHED_MIN: f64 = 0.6;
/// Share of the shorter sentence's words that two fillings of one template keep.
const TEMPLATE_MIN: f64 = 0.7;

/// A word of a sentence: lower-case text and byte span in the article.
struct Word {
    lower: String,
    start: usize,
    end: usize,
    cap: bool,
    /// Written in capitals ("AMI", "U.S.").
    upper: bool,
    number: bool,
}

fn words(doc: &StoryDoc, s: usize) -> Vec<Word> {
    let Some(range) = doc.claims.sentences.get(s).cloned() else {
        return Vec::new();
    };
    let text = &doc.text[range.clone()];
    tokenize(text)
        .into_iter()
        .filter(|t| matches!(t.kind, Kind::Word | Kind::Number))
        .map(|t| Word {
            cap: text[t.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
            upper: text[t.start..t.end]
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase),
            number: t.kind == Kind::Number || t.lower.chars().any(|c| c.is_ascii_digit()),
            lower: t.lower,
            start: range.start + t.start,
            end: range.start + t.end,
        })
        .collect()
}

/// Longest-common-subsequence pairs (i, j) of two word lists.
fn lcs(a: &[Word], b: &[Word]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut dp = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            dp[i][j] = if a[i].lower == b[j].lower {
                dp[i + 1][j + 1] + 1
            } else {
                dp[i + 1][j].max(dp[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if a[i].lower == b[j].lower {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if dp[i + 1][j] >= dp[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// What one article tells about its words: which occur in lower case (so a capitalized
/// occurrence is a headline or sentence start, not a name), which capitalized names
/// follow a locative preposition or precede a place noun somewhere (places), where words
/// are capitalized by their position (`openers`) and which are capitalized elsewhere
/// (`inner_caps`, in sentences that are neither headlines nor shouted).
struct Vocabulary {
    lower: HashSet<String>,
    places: HashSet<String>,
    /// Words capitalized because they open a sentence, a quotation or what follows a colon
    /// (not those written in capitals, "NY"): byte start → whether another capitalized word
    /// follows, so that the opener may begin a name ("Royal Bank of Canada", "Irving Trust").
    openers: HashMap<usize, bool>,
    inner_caps: HashSet<String>,
    /// Names that say something ("Verizon said"): firms, people and governments.
    speakers: HashSet<String>,
    /// Every capitalized word of the text and title, folded: the names the article writes.
    names: HashSet<String>,
}

/// The vocabularies of a story's articles, and what they tell together: a name used as a
/// place in any article is a place in all of them, and a word's case is read over them all.
pub(super) struct StoryWords {
    articles: Vec<Vocabulary>,
    lower: HashSet<String>,
    inner_caps: HashSet<String>,
    places: HashSet<String>,
    speakers: HashSet<String>,
    /// Some article writes a letter only Icelandic uses (þ, ð): names in the story may
    /// carry its case endings (see `case_ending`).
    icelandic: bool,
}

impl StoryWords {
    pub(super) fn new(docs: &[StoryDoc]) -> Self {
        let articles: Vec<Vocabulary> = docs.iter().map(vocabulary).collect();
        let union = |of: fn(&Vocabulary) -> &HashSet<String>| {
            articles
                .iter()
                .flat_map(|v| of(v).iter().cloned())
                .collect()
        };
        Self {
            lower: union(|v| &v.lower),
            inner_caps: union(|v| &v.inner_caps),
            places: union(|v| &v.places),
            speakers: union(|v| &v.speakers),
            articles,
            icelandic: docs.iter().any(|d| d.text.contains(['þ', 'ð', 'Þ', 'Ð'])),
        }
    }

    /// Is a capitalized word a place, as the story uses it: after "in", "near"... or before
    /// "province", "city"... somewhere, and neither a nationality ("the German exchange")
    /// nor a name that speaks ("Qwest said"), unless a country or a capital speaks for one.
    fn known_place(&self, lower: &str) -> bool {
        let key = fold(lower);
        self.places.contains(&key)
            && lexicon::nationality(lower).is_none()
            && (!self.speakers.contains(&key)
                || lexicon::country_name(lower).is_some()
                || lexicon::collective(lower).is_some())
    }

    /// Is `lower`, capitalized where it opens a sentence, a common word rather than a name
    /// ("Unfortunately" / "Luckily", "Dozens" / "Tens")? Yes when no article of the story
    /// capitalizes it where capitals mean a name, it is not a country, nationality or given
    /// name that the lexicons know, and it is a word of English: written in lower case
    /// somewhere in the story, or else, unless a capitalized word follows (`begins_name`:
    /// "Royal Bank", "Irving Trust"), among the 30,000 most frequent words of English or a
    /// gerund ("Buying MCI would…"). The frequency list alone would not do, since it holds
    /// names as well ("italy", "kelly"): the capitals inside sentences tell them apart.
    fn common_opener(&self, lower: &str, begins_name: bool) -> bool {
        // "Tens're", "Dozens'": the word before its clitic.
        let word = lower.split(['\'', '\u{2019}']).next().unwrap_or(lower);
        !word.is_empty()
            && !self.inner_caps.contains(word)
            && lexicon::nationality(word).is_none()
            && lexicon::country_name(word).is_none()
            && lexicon::collective(word).is_none()
            && !gender::is_given_name(word)
            && (self.lower.contains(word)
                || !begins_name && (is_frequent_word(word) || word.ends_with("ing")))
    }
}

const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "around",
    "across",
    "into",
    "toward",
    "towards",
    "inside",
    "from",
    "rural",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northwestern",
    "northeastern",
    "southwestern",
    "southeastern",
    "downtown",
];
const PLACE_NOUN: &[&str] = &[
    "province",
    "city",
    "town",
    "district",
    "countryside",
    "village",
    "neighborhood",
    "neighbourhood",
    "region",
    "governorate",
    "area",
    "camp",
    "suburb",
    "suburbs",
    "square",
    "street",
];

fn vocabulary(doc: &StoryDoc) -> Vocabulary {
    let toks = tokenize(doc.text);
    let mut lower = HashSet::new();
    let mut places = HashSet::new();
    let mut openers = HashMap::new();
    let mut inner_caps = HashSet::new();
    let mut speakers = HashSet::new();
    let mut names: HashSet<String> = doc
        .title
        .map(|t| {
            tokenize(t)
                .iter()
                .filter(|t| t.kind == Kind::Word && t.is_capitalized(doc.title.unwrap_or("")))
                .map(|t| fold(&t.lower))
                .collect()
        })
        .unwrap_or_default();
    let sentences = &doc.claims.sentences;
    // Sentences whose capitals say nothing about names: title-case headlines, shouting.
    let all_caps: Vec<bool> = sentences
        .iter()
        .map(|r| {
            let text = doc.text.get(r.clone()).unwrap_or("");
            title_case(text) || !text.chars().any(char::is_lowercase)
        })
        .collect();
    let (mut s, mut opens) = (0, true);
    for (k, t) in toks.iter().enumerate() {
        while s < sentences.len() && sentences[s].end <= t.start {
            s += 1;
            opens = true;
        }
        if t.kind == Kind::OpenQuote || t.is_punct(':') {
            opens = true;
        }
        if !matches!(t.kind, Kind::Word | Kind::Number) {
            continue;
        }
        let opener = std::mem::replace(&mut opens, false);
        if t.kind != Kind::Word {
            continue;
        }
        let cap = doc.text[t.start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if !cap {
            lower.insert(t.lower.clone());
            continue;
        }
        names.insert(fold(&t.lower));
        if opener {
            // A title before a name ("Director Ikeda") begins no name.
            let shouted =
                t.end - t.start > 1 && !doc.text[t.start..t.end].chars().any(char::is_lowercase);
            let begins_name = !lexicon::title_word(&t.lower)
                && toks.get(k + 1).is_some_and(|n| n.is_capitalized(doc.text));
            if !shouted {
                openers.insert(t.start, begins_name);
            }
        } else if !all_caps.get(s).copied().unwrap_or(true) {
            inner_caps.insert(t.lower.clone());
        }
        let before = k.checked_sub(1).map(|p| toks[p].lower.as_str());
        let after = toks.get(k + 1).map(|n| n.lower.as_str());
        // "shares in Deutsche Boerse", "a bid from Qwest": a firm, not a place.
        let held = k
            .checked_sub(2)
            .is_some_and(|p| lexicon::holding_or_offer(&toks[p].lower));
        // "the central Syrian city of Homs", "the town of Khan Sheikhoun"
        let place_of = before == Some("of")
            && k.checked_sub(2)
                .is_some_and(|p| PLACE_NOUN.contains(&toks[p].lower.as_str()));
        if before.is_some_and(|b| LOCATIVE.contains(&b)) && !held
            || after.is_some_and(|a| PLACE_NOUN.contains(&a))
            || place_of
        {
            places.insert(fold(&t.lower));
        }
        // "Verizon said", but not "police in Palermo said".
        let located = before.is_some_and(|b| LOCATIVE.contains(&b));
        if after.is_some_and(|a| matches!(a, "said" | "says")) && !located {
            speakers.insert(fold(&t.lower));
        }
    }
    Vocabulary {
        lower,
        places,
        openers,
        inner_caps,
        speakers,
        names,
    }
}

/// Does a run of words name something (a capitalized word that is not a common word
/// capitalized by position, a weekday or a month), without numbers?
fn names_something(run: &[Word], vocab: &Vocabulary, story: &StoryWords) -> bool {
    !run.is_empty()
        && run.iter().all(|w| {
            !w.number
                && !lexicon::weekday(w.lower.trim_end_matches('s'))
                && lexicon::month(&w.lower).is_none()
        })
        && run.iter().any(|w| is_name(w, vocab, story))
}

/// Is a word a name: capitalized, and not a common word capitalized by its position?
fn is_name(w: &Word, vocab: &Vocabulary, story: &StoryWords) -> bool {
    w.cap
        && !lexicon::common_capitalized(&w.lower)
        && !vocab.lower.contains(&w.lower)
        && !vocab
            .openers
            .get(&w.start)
            .is_some_and(|&begins_name| story.common_opener(&w.lower, begins_name))
}

/// Do two sentences state other figures: a number (as written) on each side that the other
/// side lacks?
fn other_figures(a: &[Word], b: &[Word]) -> bool {
    // Per number: how many more times `a` states it than `b`.
    let mut balance: BTreeMap<&str, i32> = BTreeMap::new();
    for (side, words) in [(1, a), (-1, b)] {
        for w in words.iter().filter(|w| w.number) {
            *balance.entry(w.lower.as_str()).or_default() += side;
        }
    }
    let only_a: i32 = balance.values().filter(|&&n| n > 0).sum();
    let only_b: i32 = -balance.values().filter(|&&n| n < 0).sum::<i32>();
    only_a.min(only_b) >= 1
}

/// What the template tests (`two_fillings`, `edited_copy`) read of an article, once per
/// story: each sentence's words, and how often the article writes each name (folded), its
/// title apart.
pub(super) struct ArticleWords {
    sentences: Vec<Vec<Word>>,
    in_text: HashMap<String, usize>,
    in_title: HashSet<String>,
}

impl ArticleWords {
    pub(super) fn read(doc: &StoryDoc) -> Self {
        let mut in_text: HashMap<String, usize> = HashMap::new();
        for t in tokenize(doc.text) {
            *in_text.entry(fold(&t.lower)).or_default() += 1;
        }
        ArticleWords {
            sentences: (0..doc.claims.sentences.len())
                .map(|s| words(doc, s))
                .collect(),
            in_text,
            in_title: doc
                .title
                .map(|t| tokenize(t).iter().map(|t| fold(&t.lower)).collect())
                .unwrap_or_default(),
        }
    }

    /// Does the article write this word of one of its sentences again, in its title or
    /// another place? A template's slot names its article's subject ("wheat to Sri Lanka …
    /// available to Sri Lanka"); a name changed once in an edited copy is a changed fact.
    fn writes_again(&self, w: &Word) -> bool {
        let name = fold(&w.lower);
        self.in_title.contains(&name) || self.in_text.get(&name).is_some_and(|&n| n >= 2)
    }
}

/// Are two sentences one template filled twice, about two things? A template keeps
/// `TEMPLATE_MIN` of its words and differs in runs (its slots); its fillings are two things
/// when two slots hold other figures ("a 9-1/4 pct coupon … priced at 99.80 to yield 105
/// basis points" / "9-1/2 pct … 99.365 … 130"), or one slot another figure and each sentence
/// a name the other does not write, that its article writes again, in its title or another
/// sentence ("… 50,000 tonnes of wheat to Sri Lanka" / "… 18,000 tonnes of durum wheat to
/// Algeria"). A name written with a slip ("Refinitiv" / "Refintiv") or in another case is
/// one name. Two
/// articles that are one text edited (`edited_copy`) are never two fillings: there, figures
/// and names that changed are changed facts.
pub(super) fn two_fillings(
    (da, sa): (&ArticleWords, usize),
    (db, sb): (&ArticleWords, usize),
) -> bool {
    let (Some(a), Some(b)) = (da.sentences.get(sa), db.sentences.get(sb)) else {
        return false;
    };
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let matched = lcs(a, b);
    if (matched.len() as f64) < TEMPLATE_MIN * a.len().min(b.len()) as f64 {
        return false;
    }
    // The values a run writes ("twenty", "20-year" and "20" are one value).
    let values = |run: &[Word]| -> Vec<u64> {
        let mut v: Vec<u64> = run
            .iter()
            .filter_map(|w| {
                lexicon::number_word(&w.lower).or_else(|| {
                    let digits: String = w
                        .lower
                        .chars()
                        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
                        .filter(|&c| c != ',')
                        .collect();
                    digits.parse::<f64>().ok()
                })
            })
            .map(|x| (x * 1000.0).round() as u64)
            .collect();
        v.sort_unstable();
        v
    };
    // Runs that write other figures ("$4.5bn … twenty year" / "$4.5 trillion … 20-year"
    // differ in one figure only).
    let figure = |ra: &[Word], rb: &[Word]| {
        let (va, vb) = (values(ra), values(rb));
        !va.is_empty() && !vb.is_empty() && va != vb
    };
    let mut figures = 0;
    let mut from = (0, 0);
    for (i, j) in matched
        .into_iter()
        .chain(std::iter::once((a.len(), b.len())))
    {
        if figure(&a[from.0..i], &b[from.1..j]) {
            figures += 1;
        }
        from = (i + 1, j + 1);
    }
    // The names one sentence writes and the other does not: capitalized words not so by
    // opening the sentence, that their article writes again.
    let own_names = |x: &[Word], y: &[Word], article: &ArticleWords| -> Vec<String> {
        let other: HashSet<String> = y.iter().map(|w| fold(&w.lower)).collect();
        x.iter()
            .enumerate()
            // (a sentence's first word only when no common word: "Tax-Free Income Fund")
            .filter(|&(k, w)| {
                (k > 0 || !is_frequent_word(&w.lower))
                    && w.cap
                    && !w.number
                    && !other.contains(&fold(&w.lower))
            })
            .filter(|&(_, w)| article.writes_again(w))
            .map(|(_, w)| fold(&w.lower))
            .collect()
    };
    let renamed = || {
        let (na, nb) = (own_names(a, b, da), own_names(b, a, db));
        !na.is_empty() && !nb.is_empty() && !spelt_alike(&na.concat(), &nb.concat())
    };
    figures >= 2 || figures >= 1 && renamed()
}

/// Are two articles one text edited: two thirds of the sentences of the shorter one, and
/// at least two, stand word for word in the other? (A wire's one-line heading alone does
/// not make two funds' notices one text.)
pub(super) fn edited_copy(da: &ArticleWords, db: &ArticleWords) -> bool {
    fn lines(d: &ArticleWords) -> Vec<Vec<&str>> {
        d.sentences
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| s.iter().map(|w| w.lower.as_str()).collect())
            .collect()
    }
    let (sa, sb) = (lines(da), lines(db));
    let (short, long) = if sa.len() <= sb.len() {
        (&sa, &sb)
    } else {
        (&sb, &sa)
    };
    let long: HashSet<&Vec<&str>> = long.iter().collect();
    let same = short.iter().filter(|s| long.contains(s)).count();
    same >= 2 && 3 * same >= 2 * short.len()
}

/// Auxiliaries and the like at the edges of a replaced run belong to the sentence, not to
/// the name ("Yukos had" / "The Russian oil firm has").
fn trim_run(run: &[Word]) -> &[Word] {
    &run[trimmed(run)]
}

/// Where `trim_run` cuts `run`: the range of it that is kept.
fn trimmed(run: &[Word]) -> std::ops::Range<usize> {
    let edge = |w: &Word| {
        !w.cap
            && (lexicon::aux_or_adverb(&w.lower)
                || matches!(
                    w.lower.as_str(),
                    "said"
                        | "says"
                        | "and"
                        | "or"
                        | "of"
                        | "to"
                        | "in"
                        | "on"
                        | "at"
                        | "by"
                        | "for"
                        | "with"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                ))
    };
    let start = run.iter().position(|w| !edge(w)).unwrap_or(run.len());
    let end = run.iter().rposition(|w| !edge(w)).map_or(start, |e| e + 1);
    start..end.max(start)
}

/// Is `desc` a description of what `name` names rather than another name: a definite or
/// indefinite description ("the embattled Russian oil giant") against a proper name, or an
/// acronym of it ("GM" / "General Motors")?
fn one_describes_the_other(name: &[Word], desc: &[Word]) -> bool {
    const CONNECTORS: &[&str] = &["of", "the", "de", "al", "bin", "van", "von", "and", "for"];
    let proper = name
        .iter()
        .all(|w| w.cap || CONNECTORS.contains(&w.lower.as_str()));
    let described = matches!(
        desc[0].lower.as_str(),
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that"
    ) && desc[1..].iter().any(|w| !w.cap && !w.number);
    if proper && described {
        return true;
    }
    // An acronym: a capitalized word whose letters begin the initials of the other's
    // capitalized words ("GM" / "General Motors of the US"), or, from three letters, occur
    // among them ("The previous BRC" / "And a British Retail Consortium"), or spell them and
    // one dropped generic word more ("AMI" / "American Medical", for American Medical
    // International).
    let initials: String = desc
        .iter()
        .filter(|w| w.cap)
        .filter_map(|w| w.lower.chars().next())
        .collect();
    name.iter().filter(|w| w.cap).any(|w| {
        let acronym = w.lower.replace('.', "");
        acronym.len() >= 2
            && (initials.starts_with(acronym.as_str())
                || acronym.len() >= 3 && initials.contains(acronym.as_str())
                || w.upper
                    && initials.len() >= 2
                    && acronym.len() == initials.len() + 1
                    && acronym.starts_with(initials.as_str())
                    && acronym.ends_with(GENERIC_LAST_INITIALS))
    })
}

/// The last word a name is often shortened by, by initial: International, Inc, Institute;
/// America, Association, Authority; Corporation, Company; Group. "AMI" / "American
/// Medical" and "USA" / "the United States" are one name; "ECB" / "European Commission"
/// (a Bank against a Commission) are two.
const GENERIC_LAST_INITIALS: &[char] = &['i', 'a', 'c', 'g'];

/// The countries a run names, when every capitalized word of it names one ("the UK",
/// "Britain", "British", "the United Kingdom" are all the UK; "Americans" and "the United
/// States" the US). Two capitalized words in a row are read together first, so that the
/// United Kingdom is not the US for its "United".
fn countries(run: &[Word]) -> Option<Vec<&'static str>> {
    let caps: Vec<(usize, &Word)> = run
        .iter()
        .enumerate()
        .filter(|(_, w)| w.cap && !lexicon::common_capitalized(&w.lower))
        .collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < caps.len() {
        let (i, w) = caps[k];
        let two = caps
            .get(k + 1)
            .filter(|(j, _)| *j == i + 1)
            .and_then(|(_, next)| lexicon::country_name(&format!("{} {}", w.lower, next.lower)));
        if let Some(c) = two {
            out.push(c);
            k += 2;
            continue;
        }
        // Not `collective`: it maps capitals to their countries ("London said"), and a
        // city is no other name for its country.
        let c = lexicon::nationality(&w.lower).or_else(|| lexicon::country_name(&w.lower))?;
        out.push(c);
        k += 1;
    }
    out.sort_unstable();
    out.dedup();
    (!out.is_empty()).then_some(out)
}

fn same_country(a: &[Word], b: &[Word]) -> bool {
    matches!((countries(a), countries(b)), (Some(x), Some(y)) if x == y)
}

/// The British Conservatives' nickname: "Tory cuts" / "Conservative cuts".
fn same_party(a: &[Word], b: &[Word]) -> bool {
    // The party a run names, when each of its capitalized words names it ("Tory",
    // "Republican-controlled", "GOP").
    let party = |run: &[Word]| -> Option<&'static str> {
        let mut found = None;
        for w in run.iter().filter(|w| w.cap) {
            let stem = w.lower.split('-').next().unwrap_or("");
            let p = match stem {
                "tory" | "tories" | "conservative" | "conservatives" => "conservative",
                "gop" | "republican" | "republicans" => "republican",
                _ => return None,
            };
            if found.is_some_and(|f| f != p) {
                return None;
            }
            found = Some(p);
        }
        found
    };
    matches!((party(a), party(b)), (Some(x), Some(y)) if x == y)
}

/// Two names of one event: "the Athens Olympics" / "the Athens Games" / "last summer's
/// Olympics".
fn same_event(a: &[Word], b: &[Word]) -> bool {
    let olympics = |run: &[Word]| {
        run.iter()
            .any(|w| w.cap && matches!(w.lower.as_str(), "olympics" | "games" | "olympiad"))
    };
    olympics(a) && olympics(b)
}

/// A capital and its country, one place at two scales: "settles in the UK" / "settles in
/// London" ("Moscow" / "Russia"), not two places.
fn capital_and_country(a: &[Word], b: &[Word]) -> bool {
    let capital_of = |run: &[Word]| -> Option<&'static str> {
        let caps: Vec<&Word> = run.iter().filter(|w| w.cap).collect();
        match caps.as_slice() {
            [w] if lexicon::country_name(&w.lower).is_none() => lexicon::collective(&w.lower),
            _ => None,
        }
    };
    let country = |run: &[Word]| countries(run).filter(|c| c.len() == 1).map(|c| c[0]);
    matches!((capital_of(a), country(b)), (Some(x), Some(y)) if x == y)
        || matches!((capital_of(b), country(a)), (Some(x), Some(y)) if x == y)
}

/// The names of a run: its capitalized words that are not common words capitalized, in
/// lower case without a plural or possessive s.
fn proper_stems(run: &[Word]) -> Vec<&str> {
    run.iter()
        .filter(|w| w.cap && !lexicon::common_capitalized(&w.lower))
        .filter(|w| {
            !matches!(
                w.lower.as_str(),
                "another"
                    | "the"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "some"
                    | "each"
                    | "every"
                    | "both"
                    | "other"
                    | "former"
            )
        })
        .map(|w| {
            w.lower
                .trim_end_matches("'s")
                .trim_end_matches('\u{2019}')
                .trim_end_matches('s')
        })
        .collect()
}

/// Does `long` only add words around the names of `short` ("Another Charger" / "San Diego
/// Chargers wide")? Then it is the same name told at more length, not another one.
fn elaborates(short: &[Word], long: &[Word]) -> bool {
    let (s, l) = (proper_stems(short), proper_stems(long));
    !s.is_empty() && s.iter().all(|x| l.contains(x))
}

/// The capitalized words of a run, in lower case without dots: "P.J. Carlesimo" → ["pj",
/// "carlesimo"]. (Not `fold`ed: its spelling key drops hyphens and merges vowels.)
fn capitalized(run: &[Word]) -> Vec<String> {
    run.iter()
        .filter(|w| w.cap)
        .map(|w| w.lower.replace('.', ""))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Is `run`, a run of names of sentence `own`, only moved in `other`: all names, each as
/// often in `other` as in `own` ("Jordan of Washington" / "Washington's Jordan", "Woodburn,
/// south of Portland" / "the town of Woodburn")? A name that lost an occurrence was replaced
/// ("the Homs governor said troops entered Homs" / "... entered Idlib").
/// `names` are the run's `capitalized` words.
fn moved(run: &[Word], names: &[String], own: &[Word], other: &[Word]) -> bool {
    let count = |words: &[Word], name: &str| {
        words
            .iter()
            .filter(|w| w.cap && w.lower.chars().filter(|&c| c != '.').eq(name.chars()))
            .count()
    };
    only_names(run) && !names.is_empty() && names.iter().all(|n| count(other, n) >= count(own, n))
}

/// Is `run`, a run of names of sentence `own` (`names`, its `capitalized` words), still
/// named in `other` through an acronym: its initials written there ("version 7 of Internet
/// Explorer" / "IE 7 on all applicable versions of Windows"), or, for an acronym, the words
/// it stands for ("the Council of Mortgage Lenders (CML) and …" / "the Council of Mortgage
/// Lenders, British Bankers Association and …", "the European Commission" / "the EC
/// Commission")? Then the other side's run is a name added or reworded beside it, and the
/// editor replaced nothing. A mention counts once whether written out, abbreviated or both
/// ("Council of Mortgage Lenders (CML)").
fn named_by_acronym(run: &[Word], names: &[String], own: &[Word], other: &[Word]) -> bool {
    if !only_names(run) || names.is_empty() {
        return false;
    }
    let by_acronym = acronym_mentions(names, other);
    let direct = |sentence: &[Word]| {
        names
            .iter()
            .map(|n| {
                sentence
                    .iter()
                    .filter(|w| w.cap && w.lower.replace('.', "") == *n)
                    .count()
            })
            .min()
            .unwrap_or(0)
    };
    by_acronym > 0 && by_acronym.max(direct(other)) >= acronym_mentions(names, own).max(direct(own))
}

/// How often `sentence` names `names` the other way: their initials as one capitalized word
/// ("internet", "explorer" → "IE"), or, for one name of two to six letters, capitalized
/// words whose initials spell it ("cml" → "Council of Mortgage Lenders", the connectors
/// inside a name skipped).
fn acronym_mentions(names: &[String], sentence: &[Word]) -> usize {
    const CONNECTORS: &[&str] = &["of", "and", "the", "for", "de"];
    if names.len() >= 2 {
        let initials: String = names.iter().filter_map(|n| n.chars().next()).collect();
        return sentence
            .iter()
            .filter(|w| w.cap && w.lower.replace('.', "") == initials)
            .count();
    }
    let acronym = &names[0];
    if !(2..=6).contains(&acronym.chars().count()) {
        return 0;
    }
    let spells_it_from = |start: usize| {
        let mut initials = String::new();
        let mut last_cap = false;
        for w in &sentence[start..] {
            if w.cap {
                initials.extend(w.lower.chars().next());
                last_cap = true;
            } else if CONNECTORS.contains(&w.lower.as_str()) && !initials.is_empty() {
                last_cap = false;
            } else {
                break;
            }
            if initials.len() >= acronym.len() {
                break;
            }
        }
        last_cap && initials == *acronym
    };
    (0..sentence.len())
        .filter(|&i| {
            sentence[i].cap
                && sentence[i].lower.replace('.', "") != *acronym
                && (i == 0 || !sentence[i - 1].cap)
                && spells_it_from(i)
        })
        .count()
}

/// Words at the start of an article's first sentence that hold its subject ("Phillips
/// Petroleum Corp said…", "Southland Corp, said…").
const OPENING_WORDS: usize = 3;

/// Is a name (`names`, capitalized words) what article `d` is about and article `other`
/// never mentions: among the first `OPENING_WORDS` words of `d` and nowhere in `other`?
/// When each side's name opens its own article, the two are wires of one template about
/// two firms ("Phillips Petroleum Corp said it raised the contract price…" / "Southland
/// Corp said it raised…"), not one article edited: an edited name is mentioned elsewhere in
/// the other version, or is not what the article opens with (a headline's "… in Homs").
/// (Only asked of sentences that differ by more than the name: a sentence copied word for
/// word around another name is a correction, "Fieldcor Inc said it will take…" /
/// "Fidelcor Inc said it will take…".)
fn own_subject(docs: &[StoryDoc], d: usize, names: &[String], other: usize) -> bool {
    let first: Vec<Word> = words(&docs[d], 0).into_iter().take(OPENING_WORDS).collect();
    let mentions = |ws: &[Word], n: &str| ws.iter().any(|w| w.lower.replace('.', "") == n);
    let other_words: Vec<Word> = (0..docs[other].claims.sentences.len())
        .flat_map(|s| words(&docs[other], s))
        .collect();
    // A country or its people is no firm of a template: "Syrian army strikes … leave 31
    // civilians dead" / "Russian air strikes … leave 35" is one report's actor changed.
    let country = |n: &str| lexicon::nationality(n).is_some() || lexicon::country_name(n).is_some();
    !names.is_empty()
        && names
            .iter()
            .all(|n| !country(n) && mentions(&first, n) && !mentions(&other_words, n))
}

/// Is a run a person's title, ending in an office or rank ("Constable", "Deputy Director")?
/// Those are compared with the person's other titles, not as names; a portfolio alone
/// ("the Defense" / "the State" Department) is still a name.
fn only_titles(run: &[Word]) -> bool {
    let head = run.last().map_or("", |w| w.lower.trim_end_matches('.'));
    run.iter().all(|w| lexicon::title_word(&w.lower))
        && (lexicon::office_noun(head)
            || matches!(
                head,
                "officer"
                    | "constable"
                    | "sergeant"
                    | "detective"
                    | "trooper"
                    | "corporal"
                    | "captain"
                    | "lieutenant"
                    | "inspector"
                    | "superintendent"
                    | "sheriff"
                    | "marshal"
                    | "colonel"
                    | "major"
            ))
}

/// Is a run all names: capitalized words and the connectors inside names ("Gulf of Aden")?
fn only_names(run: &[Word]) -> bool {
    run.iter()
        .all(|w| w.cap || matches!(w.lower.as_str(), "of" | "the" | "de" | "al" | "and"))
}

/// Does the text of a run hold a double quotation mark, semicolon, colon or bracket, i.e.
/// span the edge of a quotation or clause rather than name something? (A comma may join
/// names, "the Free Syrian Army, and Hezbollah"; an apostrophe is part of one, "O’Brien",
/// "Syria’s".) A wire's ticker code in angle brackets ("Ford Motor Co <F> units", "Reuters
/// Holdings Plc <RtrSY>") is no name either, inside the run or just around it; the name
/// before a code goes with it ("Reuters Inc <REUT>" / "Reuters Holdings Plc <RTRSY>", "USX
/// Corp" / "U.S. Steel <X>": one firm named two ways).
fn crosses_punctuation(doc: &StoryDoc, run: &[Word]) -> bool {
    let (start, end) = (run[0].start, run[run.len() - 1].end);
    let inside = doc
        .text
        .get(start..end)
        .is_some_and(|t| t.contains(['"', ';', ':', '(', ')', '<', '>', '\u{201c}', '\u{201d}']));
    let next_code = doc
        .text
        .get(end..)
        .and_then(|t| t.trim_start().strip_prefix('<'))
        .and_then(|t| t.split_once('>'))
        .is_some_and(|(code, _)| crate::tickers::angle_code(code));
    inside || in_ticker_code(doc.text, start, end) || next_code
}

/// Is the text from `start` to `end` in a wire's ticker code (`tickers::angle_code`)? A
/// bracket that opens a dateline ("<Oakland Coliseum, July 24>") holds more than a code,
/// and one around a name ("<Kandari>", "<Heineken>") holds lower case.
fn in_ticker_code(text: &str, start: usize, end: usize) -> bool {
    let (Some(open), Some(close)) = (
        text.get(..start).and_then(|t| t.rfind('<')),
        text.get(end..).and_then(|t| t.find('>')).map(|k| end + k),
    ) else {
        return false;
    };
    crate::tickers::angle_code(&text[open + 1..close])
}

/// Do two sentences hold the same words in another order? Then two names that changed
/// places swapped roles ("fled Homs … outside Damascus" / "fled Damascus … outside Homs"),
/// where a reworded sentence only moved them ("Jordan of Washington" / "Washington's Jordan").
fn same_words(a: &[Word], b: &[Word]) -> bool {
    fn sorted(ws: &[Word]) -> Vec<&str> {
        let mut v: Vec<&str> = ws.iter().map(|w| w.lower.as_str()).collect();
        v.sort_unstable();
        v
    }
    sorted(a) == sorted(b)
}

/// A run that names who spoke or was spoken to: after "told" or "according to" ("Barr told
/// [the AP]", "according to [The Hill]"), or after "said" when it ends the sentence ("…,"
/// said [the top US law enforcement agent]"), or opening with such a cue ("[according to The
/// Associated Press]"). Attributions compare speakers; as a substitution it was a paraphrase
/// of the attribution (AllSides, all read false). What follows "said" inside the sentence is
/// what was said ("said today Iran had exaggerated"), and a place next to the attribution
/// stays a place ("in Aleppo, he added").
/// The cue's lemma when the run holds such a slot, for `reworded_attribution`.
fn beside_a_cue(words: &[Word], run: std::ops::Range<usize>) -> Option<&'static str> {
    let lemma = |w: &Word| lexicon::cue(&w.lower).map(|c| c.0);
    let slot = |w: &Word| match lemma(w) {
        Some(l @ ("tell" | "according")) => Some(l),
        Some(l @ ("say" | "add" | "write" | "report" | "read" | "state"))
            if run.end >= words.len() =>
        {
            Some(l)
        }
        _ => None,
    };
    let before = words[..run.start]
        .iter()
        .rev()
        .find(|w| !matches!(w.lower.as_str(), "the" | "a" | "an" | "to"));
    let opening = words.get(run.start);
    [before, opening].into_iter().flatten().find_map(slot)
}

/// Two runs that are an attribution's slots worded two ways: at least one is a speaker's or
/// addressee's slot (`beside_a_cue`), and not the same slot of the same cue on both sides:
/// "Barr told [the AP]" / "said [the top US law enforcement agent]" is one attribution
/// reworded, but "Barr told [the Senate]" / "Barr told [the House]" names two listeners.
fn reworded_attribution(
    a: &[Word],
    ra: std::ops::Range<usize>,
    b: &[Word],
    rb: std::ops::Range<usize>,
) -> bool {
    match (beside_a_cue(a, ra), beside_a_cue(b, rb)) {
        (None, None) => false,
        (Some(x), Some(y)) => x != y,
        _ => true,
    }
}

/// Two runs before one surname (the caller checks the word after them is a name) that are
/// given names of one person: "Democrat Joseph R." / "Joe" (Biden), "Stephen" / "Steve"
/// (Bannon). Each side must hold a known given name ("North Iceland" / "Northern" are no
/// names of a person), and a changed given name ("Elijah" / "Eric" Cummings) is no such
/// pair.
fn given_names_of_one(a: &[String], b: &[String]) -> bool {
    let known = |xs: &[String]| xs.iter().any(|x| super::gender::is_given_name(x));
    let (ja, jb) = (a.join(" "), b.join(" "));
    known(a) && known(b) && ja != jb && given_compatible(&ja, &jb)
}

/// Abbreviated titles whose plural ("Sens.", "Reps.", "Gens.") abbreviates the plural title.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "dr", "prof",
    "supt", "det", "atty", "amb", "cpl", "pvt",
];

/// Two runs' capitalized words that name one thing written two ways: the same words once
/// possessives and demonym or compound endings are dropped ("Zealand-born" / "Zealander"),
/// one a keyboard slip of the other ("Raite" / "Rait"), or one the other's abbreviation
/// ("Lt" / "Lieutenant", "Gov" / "Governor"). Near names that are other names stay apart:
/// Austria / Australia, Mali / Malawi, Niger / Nigeria.
fn same_name_written_differently(a: &[String], b: &[String]) -> bool {
    fn stem(w: &str) -> &str {
        let w = lexicon::without_possessive(w);
        let w = w.split('-').next().unwrap_or(w); // "zealand-born"
        for ending in ["ers", "er", "ians", "ian", "ese"] {
            if let Some(stem) = w.strip_suffix(ending).filter(|s| s.len() >= 4) {
                return stem;
            }
        }
        w
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (
        a.iter().map(|w| stem(w)).collect(),
        b.iter().map(|w| stem(w)).collect(),
    );
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    // A truncation of three or four letters ("Gov", "Sen") or a contraction of two or three
    // that keeps the first and last letters ("Lt", "Mt", "Sgt").
    let abbreviates = |short: &str, long: &str| {
        // "Sens" / "Senators": the plural of a title's abbreviation (not "Hawks" /
        // "Hawkeyes", "Cubs" / "Cubans").
        let (short, long) = match (short.strip_suffix('s'), long.strip_suffix('s')) {
            (Some(x), Some(y)) if TITLE_ABBREVIATIONS.contains(&x) => (x, y),
            _ => (short, long),
        };
        let in_order = {
            let mut rest = long.chars();
            short.chars().all(|c| rest.any(|l| l == c))
        };
        let truncation = (3..=4).contains(&short.len()) && long.starts_with(short);
        let contraction = short.len() <= 3
            && short.chars().next() == long.chars().next()
            && short.chars().last() == long.chars().last()
            && in_order;
        short.len() < long.len() && (truncation || contraction)
    };
    let one_word = a.len() == 1 && b.len() == 1;
    let slip = one_word && a[0].len() >= 4 && b[0].len() >= 4 && edit_distance(a[0], b[0]) <= 1;
    let abbreviation =
        |xs: &[&str], ys: &[&str]| xs.len() == 1 && ys.iter().any(|y| abbreviates(xs[0], y));
    slip || abbreviation(&a, &b) || abbreviation(&b, &a) || acronym(&a, &b) || acronym(&b, &a)
}

/// Is `short` one word made of the initials of `long`'s words ("UN" / "United Nations"),
/// or of them and an Officer the long form leaves out ("CEO" / "Chief Executive")?
fn acronym(short: &[&str], long: &[&str]) -> bool {
    let [word] = short else {
        return false;
    };
    if long.len() < 2 || !(2..=5).contains(&word.len()) {
        return false;
    }
    let initials: String = long.iter().filter_map(|w| w.chars().next()).collect();
    let word = word.to_lowercase();
    let initials = initials.to_lowercase();
    word == initials || word.strip_suffix('o') == Some(initials.as_str())
}

/// Are the names of two runs one name, whatever the words around them: the same once
/// folded, one holding the other ("Sprengisand" / "Sprengisandur"), or word by word the same
/// stem with another ending, as a translation leaves a name of an inflected language
/// (Icelandic "Mýrargata" / "Mýrargötunni", "Bylgja" / "Bylgjunni"): a shared start of at
/// least five letters and two thirds of the shorter word, or, in a story with Icelandic
/// text (`icelandic`), of three letters and half of it when both ends are Icelandic case
/// endings (`case_ending`: "Veitir" / "Veitum"; "Moulin" / "Mulan" elsewhere stays two). Countries are kept out by the
/// caller (Austria / Australia share "austr"). The price: two names with a long common
/// start are read as one (Abdullah / Abdulaziz); people, who most often bear such names,
/// are compared by `compare_people`, not here.
fn one_name_translated_two_ways(a: &[String], b: &[String], icelandic: bool) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (fa, fb): (Vec<String>, Vec<String>) = (
        a.iter().map(|w| fold(w)).collect(),
        b.iter().map(|w| fold(w)).collect(),
    );
    if let (Some((x, kx)), Some((y, ky))) = (without_designator(a, b), without_designator(b, a)) {
        // One kind of place on both sides where both say: "Osaka City" / "Osaka Prefecture"
        // and "Jefferson County" / "Jefferson City" are two places.
        if x == y && (kx.is_empty() || ky.is_empty() || kx.iter().any(|k| ky.contains(k))) {
            return true; // "Hizenmachi" / "Hizen Town", "Gyeonggi-do" / "Gyeonggi Province"
        }
    }
    let (ja, jb) = (fa.concat(), fb.concat());
    if ja == jb || ja.contains(&jb) || jb.contains(&ja) {
        return true;
    }
    let stem = |x: &str, y: &str| {
        let shared = x.chars().zip(y.chars()).take_while(|(p, q)| p == q).count();
        let shorter = x.chars().count().min(y.chars().count());
        let ending = |w: &str| case_ending(&w.chars().skip(shared).collect::<String>());
        x == y
            || shared >= 5 && 3 * shared >= 2 * shorter
            || icelandic && shared >= 3 && 2 * shared >= shorter && ending(x) && ending(y)
    };
    fa.len() == fb.len() && fa.iter().zip(&fb).all(|(x, y)| stem(x, y))
}

/// Is `rest` (folded) an ending that Icelandic declension puts on a name, as machine
/// translations leave it ("Veitir" / "Veitum", "Ragga" / "Raggur", "Bylgja" / "Bylgjunni")?
fn case_ending(rest: &str) -> bool {
    CASE_ENDINGS.contains(&rest)
}

/// Icelandic case endings of names, folded (see `case_ending`).
const CASE_ENDINGS: &[&str] = &[
    "", "a", "i", "u", "s", "n", "ur", "ir", "ar", "um", "na", "ni", "nu", "ns", "in", "ins",
    "inum", "ina", "id", "inu", "num", "uni", "unar", "una", "an", "ans", "ana", "ri", "ra", "rar",
    "rum",
];

/// A place name without the word that says what kind of place it is, which a translation
/// renders ("Town", "Province", "Festival") or leaves romanized ("-cho", "-machi", "-do",
/// "-matsuri", Icelandic "-borg"): the folded
/// rest, when anything was taken away on either side (`other` is the other run's names),
/// and the kinds of place the words taken away name (a romanized one by its translation:
/// "-shi" is a city, "-ken" a prefecture).
fn without_designator(own: &[String], other: &[String]) -> Option<(String, Vec<&'static str>)> {
    // Each designator with the kind of place it says; romanized suffixes as the word they
    // are translated by ("gun" is a district or a county).
    const WORDS: &[(&str, &str)] = &[
        ("town", "town"),
        ("city", "city"),
        ("ward", "ward"),
        ("prefecture", "prefecture"),
        ("province", "province"),
        ("district", "district"),
        ("village", "village"),
        ("county", "district"),
        ("festival", "festival"),
        ("shrine", "shrine"),
        ("temple", "temple"),
        ("river", "river"),
        ("station", "station"),
        ("island", "island"),
        ("street", "street"),
    ];
    const SUFFIXES: &[(&str, &str)] = &[
        ("cho", "town"),
        ("machi", "town"),
        ("shi", "city"),
        ("ku", "ward"),
        ("do", "province"),
        ("ken", "prefecture"),
        ("gun", "district"),
        ("mura", "village"),
        ("gu", "district"),
        ("matsuri", "festival"),
        ("jinja", "shrine"),
        ("dera", "temple"),
        ("gawa", "river"),
        ("kawa", "river"),
        ("eki", "station"),
        ("jima", "island"),
        ("shima", "island"),
        // Icelandic: "Tókýóborg" is Tokyo City, "Laugavegsgata" a street.
        ("borg", "city"),
        ("gata", "street"),
    ];
    let word_kind = |w: &str| WORDS.iter().find(|(x, _)| *x == w).map(|(_, k)| *k);
    let designated = |run: &[String]| run.iter().any(|w| word_kind(w).is_some());
    let other_designated = designated(other);
    let mut cut = false;
    let mut kinds = Vec::new();
    let mut rest = String::new();
    for w in own {
        if let Some(k) = word_kind(w) {
            cut = true;
            kinds.push(k);
            continue;
        }
        let hyphenated = SUFFIXES.iter().find_map(|(x, k)| {
            w.strip_suffix(x)
                .and_then(|s| s.strip_suffix('-'))
                .map(|s| (s, *k))
        });
        // Written together ("Hizenmachi"), only against a translated designator.
        let joined = || {
            SUFFIXES
                .iter()
                .filter(|(x, _)| x.len() >= 3)
                .find_map(|(x, k)| w.strip_suffix(x).filter(|s| s.len() >= 4).map(|s| (s, *k)))
        };
        match hyphenated.or_else(|| other_designated.then(joined).flatten()) {
            Some((stem, k)) => {
                cut = true;
                kinds.push(k);
                rest.push_str(&fold(stem));
            }
            None => rest.push_str(&fold(w)),
        }
    }
    (cut || designated(other))
        .then_some((rest, kinds))
        .filter(|(r, _)| !r.is_empty())
}

fn folded(run: &[Word]) -> String {
    run.iter()
        .map(|w| fold(&w.lower))
        .collect::<Vec<_>>()
        .join("")
}

/// Are two replaced runs (`ra` of sentence `a`, `rb` of `b`) two descriptions of one man,
/// each right before his honorific, one of them his office ("London mayor Mr Livingstone"
/// / "Labour's Mr Livingstone")? Two parties there ("Labour's Mr Smith" / "the
/// Conservatives' Mr Smith") are still a substitution.
fn describes_before_honorific(
    a: &[Word],
    ra: std::ops::Range<usize>,
    b: &[Word],
    rb: std::ops::Range<usize>,
) -> bool {
    let honorific_after = |s: &[Word], r: &std::ops::Range<usize>| {
        s.get(r.end)
            .is_some_and(|w| super::people::HONORIFICS.contains(&w.lower.as_str()))
    };
    let office = |s: &[Word], r: &std::ops::Range<usize>| {
        s[r.clone()]
            .last()
            .is_some_and(|w| !w.cap && lexicon::office_noun(&w.lower))
    };
    honorific_after(a, &ra) && honorific_after(b, &rb) && (office(a, &ra) || office(b, &rb))
}

/// Are two folded names one name spelt two ways: equal, a fifth of their letters apart at
/// most, or a typo?
fn spelt_alike(a: &str, b: &str) -> bool {
    a == b || edit_distance(a, b) * 5 <= a.len().max(b.len()) || is_typo(a, b)
}

/// One name garbled rather than another name: spellings at most half apart ("Hanasaki
/// Kuiroha" / "Kurohana" in two machine translations), which a retelling keeps flagging
/// however many other words it changed (see `MAX_EDITS_FOR_A_NAME`).
fn garbled(a: &str, b: &str) -> bool {
    a.len().min(b.len()) >= 4 && edit_distance(a, b) * 2 <= a.len().max(b.len())
}

/// The words of a run before its first "and" (all of it when it has none).
fn first_conjunct(run: &[Word]) -> &[Word] {
    let end = run
        .iter()
        .position(|w| w.lower == "and")
        .unwrap_or(run.len());
    &run[..end]
}

/// Place, actor or party: from the words around the run, or from how the article uses
/// the name elsewhere ("in Daraa" somewhere makes Daraa a place).
fn role(
    run: &[Word],
    before: Option<&Word>,
    after: Option<&Word>,
    story: &StoryWords,
) -> &'static str {
    let b = before.map(|w| w.lower.as_str());
    let a = after.map(|w| w.lower.as_str());
    let known_place = run
        .iter()
        .enumerate()
        .filter(|(i, w)| w.cap && !modifies_a_noun(run, *i))
        .any(|(_, w)| story.known_place(&w.lower));
    if b.is_some_and(|b| LOCATIVE.contains(&b))
        || a.is_some_and(|a| PLACE_NOUN.contains(&a))
        || known_place
    {
        "place"
    } else if b == Some("by") {
        "actor"
    } else {
        "party"
    }
}

/// Is the `i`th word of a run followed in it by a common noun that it qualifies ("London
/// mayor", "Ireland captain Brian O'Driscoll")? Then the run names a person or a thing of
/// that place, not the place ("Idlib province" is still one).
fn modifies_a_noun(run: &[Word], i: usize) -> bool {
    let (w, next) = (&run[i], run.get(i + 1));
    next.is_some_and(|n| {
        n.start == w.end + 1 // a space apart: "Barcelona, clubs" lists a place
            && !n.cap
            && !n.number
            && !PLACE_NOUN.contains(&n.lower.as_str())
            && looks_like_a_noun(&n.lower)
    })
}

/// Does a replaced run hold a verb ("said", "failed", "failing")? Then the sentence was
/// reworded around the name ("for failing to" / "after Chepkemei failed"), not a name put in
/// another's place. Words in -ing and -ed that name or qualify things ("meeting",
/// "bombing", "ISIS-linked") and "according" are not verbs here.
fn holds_a_verb(run: &[Word]) -> bool {
    run.iter().any(|w| {
        let l = w.lower.as_str();
        !w.cap
            && (matches!(
                l,
                "said" | "says" | "say" | "told" | "tells" | "reports" | "reported" | "writes"
            ) || l.len() > 5
                    && (l.ends_with("ed") || l.ends_with("ing"))
                    && !l.contains('-') // "ISIS-linked", "US-backed": an adjective
                    && !matches!(
                        l,
                        "according"
                            | "meeting"
                            | "building"
                            | "bombing"
                            | "shooting"
                            | "funding"
                            | "offering"
                            | "hearing"
                            | "briefing"
                            | "wedding"
                            | "ceiling"
                            | "evening"
                            | "morning"
                            | "spring"
                            | "training"
                            | "housing"
                            | "shipping"
                            | "banking"
                            | "trading"
                            | "listing"
                            | "opening"
                            | "landing"
                            | "killing"
                            | "uprising"
                            | "hundred"
                            | "kindred"
                    ))
    })
}

/// A lower-case word that may be a noun rather than a verb, adverb or function word
/// ("mayor", "captain"; not "according", "said", "reportedly", "and").
fn looks_like_a_noun(lower: &str) -> bool {
    lower.len() > 3
        && !lexicon::aux_or_adverb(lower)
        && !["ing", "ed", "ly"].iter().any(|e| lower.ends_with(e))
        && !matches!(
            lower,
            "said" | "says" | "that" | "this" | "with" | "from" | "into"
        )
}

fn in_person(doc: &StoryDoc, w: &Word) -> bool {
    doc.claims
        .people
        .iter()
        .any(|p| p.name.start <= w.start && w.end <= p.name.end)
}

/// For every doc, term → the sentences containing it (candidate pairs for `best_match`).
type Postings = Vec<HashMap<Term, Vec<usize>>>;

fn postings(index: &StoryIndex) -> Postings {
    index
        .sentence_terms
        .iter()
        .map(|doc| {
            let mut map: HashMap<Term, Vec<usize>> = HashMap::new();
            for (s, terms) in doc.iter().enumerate() {
                for &t in terms {
                    map.entry(t).or_default().push(s);
                }
            }
            map
        })
        .collect()
}

/// Pairs of articles (lower index first) whose first sentences are one template about two
/// subjects: they open with other capitalized words and state other figures ("Guilford
/// Mills Inc is raising 75 mln dlrs via..." / "Hechinger Co is raising 125 mln dlrs
/// through..."; "Exxon Co USA of Houston has been awarded a 99.2 mln dlr contract" / "Shell
/// Oil Co of Houston has been awarded a 104.3 mln dlr contract"). Formulaic wires about two
/// companies, not one story edited, where the figures stay ("US-led Coalition Strikes ...
/// Leave 31 Civilians Dead" / "Syrian Army Strikes ... Leave 31 ..."): none of their claims
/// are compared. An edit that changes both the opening name and a figure of the first
/// sentence reads as two subjects too: in real wires that is a template (on Reuters-21578
/// the rule removes 17 flags, each between two companies' wires), and it changes nothing on
/// FA-KES's fabrications.
pub(super) fn two_subjects(
    docs: &[StoryDoc],
    index: &StoryIndex,
    story: &StoryWords,
) -> HashSet<(usize, usize)> {
    let firsts: Vec<Vec<Word>> = docs.iter().map(|d| words(d, 0)).collect();
    let mut pairs = HashSet::new();
    for x in 0..docs.len() {
        for y in x + 1..docs.len() {
            let (a, b) = (&firsts[x], &firsts[y]);
            if a.is_empty()
                || b.is_empty()
                || !other_figures(a, b)
                || index.sentence_similarity((x, 0), (y, 0)) < SENTENCE_MIN
            {
                continue;
            }
            let matched = lcs(a, b);
            if (matched.len() as f64) < MATCHED_MIN * a.len().min(b.len()) as f64 {
                continue;
            }
            // The opening run names something on both sides: a name, not a dateline
            // ("Friday 21 November 2014" / "Wednesday, August 15").
            let opens_with_a_name =
                |run: &[Word], d: usize| names_something(trim_run(run), &story.articles[d], story);
            // A shared opening article is not the subject: "The [Hokkaido] Bank Ltd is
            // issuing a 30 mln dlr..." / "The [Gunma] Bank Ltd is issuing a 50 mln dlr...".
            let skip = usize::from(
                matched.first() == Some(&(0, 0))
                    && matches!(a[0].lower.as_str(), "the" | "a" | "an"),
            );
            if let Some(&(i, j)) = matched.get(skip) {
                if opens_with_a_name(&a[skip..i], x) && opens_with_a_name(&b[skip..j], y) {
                    pairs.insert((x, y));
                }
            }
        }
    }
    // Any two articles that each open with a subject the other never names, in first
    // sentences that are not one sentence (two translations of one lead name its subject
    // as each translator heard it: "Yukitane Soma" / "Yukiko Soma").
    let subjects: Vec<Vec<String>> = (0..docs.len())
        .map(|d| opening_subject(&firsts[d], &story.articles[d], story))
        .collect();
    for x in 0..docs.len() {
        for y in x + 1..docs.len() {
            let unnamed = |d: usize, other: usize| {
                !subjects[d].is_empty()
                    && subjects[d]
                        .iter()
                        .all(|n| !writes_name(&story.articles[other], n))
            };
            if unnamed(x, y)
                && unnamed(y, x)
                && index.sentence_similarity((x, 0), (y, 0)) < SENTENCE_MIN
            {
                pairs.insert((x, y));
            }
        }
    }
    pairs
}

/// The names an article opens with, folded: the capitalized words among the first
/// `OPENING_WORDS` of its first sentence that name something (not a common word capitalized
/// by position, a number, a month or weekday, a country or its people: "Syrian army strikes"
/// / "Russian air strikes" is one report). Two articles that each open with a subject the
/// other never names are about two things, whatever their words share: "XYVision Inc is
/// issuing a 25 mln dlr convertible eurobond" / "The coupon on the 100 mln dlr … eurobond
/// for Hokkaido Takushoku Bank", "Ecolab Inc said …" / "Nalco Chemical Co said …".
fn opening_subject(first: &[Word], vocab: &Vocabulary, story: &StoryWords) -> Vec<String> {
    let mut skip = usize::from(
        first
            .first()
            .is_some_and(|w| matches!(w.lower.as_str(), "the" | "a" | "an")),
    );
    // "A unit of Banca Nazionale del Lavoro is issuing": the parent firm is the subject.
    let part = |k: usize| first.get(k).map_or("", |w| w.lower.as_str());
    if matches!(
        part(skip),
        "unit" | "subsidiary" | "division" | "affiliate" | "branch" | "arm"
    ) && part(skip + 1) == "of"
    {
        skip += 2;
    }
    // A firm's name, closed by its kind ("McDonalds Corporation", "Land Securities Plc"),
    // names it even where it is written only at the wire's start, which `is_name` cannot
    // tell from a capitalized common word, and in words English uses often.
    let firm = firm_name(&first[skip.min(first.len())..]);
    first
        .iter()
        .skip(skip)
        .take(OPENING_WORDS)
        .take_while(|w| w.cap && !w.number)
        .filter(|w| {
            let in_firm = firm.is_some_and(|n| w.start < n);
            (in_firm || is_name(w, vocab, story) && !is_frequent_word(&w.lower))
                && !lexicon::weekday(w.lower.trim_end_matches('s'))
                && lexicon::month(&w.lower).is_none()
                && lexicon::nationality(&w.lower).is_none()
                && lexicon::country_name(&w.lower).is_none()
                && !lexicon::title_word(&w.lower)
                // "Inc", "Bank", "Group": a firm's kind is no subject of its own.
                && !lexicon::org_word(&w.lower)
                && !lexicon::firm_kind(&w.lower)
        })
        .map(|w| fold(&w.lower))
        .filter(|n| n.chars().count() >= 2)
        .collect()
}

/// Where a firm's name that opens a sentence ends: a run of capitalized words closed by a
/// firm's kind ("McDonalds Corporation is issuing", "Land Securities Plc is issuing"), as
/// the byte where the kind starts; `None` when the opening run is no firm's name.
fn firm_name(words: &[Word]) -> Option<usize> {
    let run: Vec<&Word> = words.iter().take_while(|w| w.cap && !w.number).collect();
    let kind = run.iter().position(|w| lexicon::firm_kind(&w.lower))?;
    (kind >= 1).then(|| run[kind].start)
}

/// Does an article write this name (folded), in its text or title, maybe spelled another
/// way (`same_surname`: Kuleba / Kouleba)?
fn writes_name(vocab: &Vocabulary, name: &str) -> bool {
    vocab.names.contains(name) || vocab.names.iter().any(|n| same_surname(n, name))
}

pub(super) fn compare_sentences(
    docs: &[StoryDoc],
    index: &StoryIndex,
    story: &StoryWords,
    out: &mut Vec<Conflict>,
) {
    let post = postings(index);
    let mut found = Vec::new();
    for x in 0..docs.len() {
        for y in x + 1..docs.len() {
            if !index.comparable(x, y) {
                continue;
            }
            pair(docs, index, &post, story, x, y, &mut found);
        }
    }
    out.extend(merge_repeats(found));
}

/// One flag per substitution in a story, not one per pair of articles: "Creighton" in two
/// articles against "Bluejays" in three was six identical lines. Flags whose two values
/// fold to the same pair of names become one, holding every article's variant once, with
/// the majority when more than half the articles agree.
fn merge_repeats(found: Vec<Conflict>) -> Vec<Conflict> {
    let key = |v: &Variant| fold(&v.value);
    let mut merged: Vec<(Vec<String>, Conflict)> = Vec::new();
    for c in found {
        let mut names: Vec<String> = c.variants.iter().map(key).collect();
        names.sort_unstable();
        names.dedup();
        match merged.iter_mut().find(|(n, _)| *n == names) {
            Some((_, into)) => {
                for v in c.variants {
                    let (doc, k) = (&v.doc, key(&v));
                    if !into.variants.iter().any(|w| &w.doc == doc && key(w) == k) {
                        into.variants.push(v);
                    }
                }
                into.confidence = into.confidence.max(c.confidence);
            }
            None => merged.push((names, c)),
        }
    }
    merged
        .into_iter()
        .map(|(_, mut c)| {
            if c.variants.len() > 2 {
                let keys: Vec<(String, String)> = c
                    .variants
                    .iter()
                    .map(|v| (key(v), v.value.clone()))
                    .collect();
                c.majority = majority(&keys);
            }
            c
        })
        .collect()
}

/// The sentence of doc `to` most similar to sentence `s` of doc `from`, among those that
/// share a term with it that is not everywhere in `to` (in at most `CANDIDATE_DF` of its
/// sentences): an edited copy of a sentence keeps some of its specific words.
fn best_match(
    index: &StoryIndex,
    post: &Postings,
    from: usize,
    s: usize,
    to: usize,
) -> Option<(usize, f64)> {
    let mut candidates: Vec<usize> = index.sentence_terms[from][s]
        .iter()
        .filter_map(|t| post[to].get(t).filter(|list| list.len() <= CANDIDATE_DF))
        .flatten()
        .copied()
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    candidates
        .into_iter()
        .map(|t| (t, index.sentence_similarity((from, s), (to, t))))
        .max_by(|p, q| p.1.total_cmp(&q.1).then(q.0.cmp(&p.0)))
}

/// A line-up, a fixture list or a heading rather than a sentence: four or more commas or
/// semicolons with at most three words each on average ("G Murphy; G Dempsey, B
/// O'Driscoll..."), at most `HEADING_WORDS` words without a full stop ("Burnley or
/// Blackburn v Leicester"), or no word in lower case ("Subs Not Used: Howard, Bellion.").
/// Two versions of a team sheet differ by names without any claim
/// changing: on the BBC articles these were 39 of the 61 name flags, none a real difference.
/// The price: a real sentence that is mostly a list of names ("Police arrested Smith, Jones,
/// Brown, Green and White") is not compared either; and in a script without letter case
/// every sentence looks like a list, which loses nothing, since a substitution is only
/// reported between capitalized names.
/// Is sentence `s` an article's headline: its first, on a line of its own, without a
/// sentence's closing punctuation (or closed only by an abbreviation: "… win in K.C.")?
/// Headlines are rewritten freely ("Colts clinch playoff berth with 20-13 win in K.C." /
/// "… Win Over Chiefs", "NY mob don Vincent 'Chin' Gigante dies in prison" / "Mafia
/// 'Oddfather,' Vincent 'Chin' Gigante, dies in U.S. prison at 77"): their names are
/// substitutions only when one is the other garbled.
fn headline(doc: &StoryDoc, s: usize) -> bool {
    let Some(range) = doc.claims.sentences.get(s) else {
        return false;
    };
    let text = doc.text.get(range.clone()).unwrap_or("").trim_end();
    let own_line = doc
        .text
        .get(range.end..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t'])
        .starts_with(['\n', '\r']);
    let last_word = text.split_whitespace().last().unwrap_or("");
    let abbreviation = last_word.matches('.').count() >= 2;
    s == 0 && own_line && (!text.ends_with(['.', '!', '?']) || abbreviation)
}

pub(super) fn is_list(sentence: &str) -> bool {
    let words = sentence.split_whitespace().count();
    let separators = sentence.matches([',', ';']).count();
    let closed = sentence
        .trim_end()
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')'])
        .ends_with(['.', '!', '?']);
    let lower_case_word = sentence
        .split_whitespace()
        .any(|w| w.chars().next().is_some_and(char::is_lowercase));
    (separators >= 4 && 3 * separators >= words)
        || (!closed && words <= HEADING_WORDS)
        || (words >= 3 && !lower_case_word)
}

/// Most replaced runs in a sentence pair whose substituted names are compared. Two outlets'
/// retellings of one sentence ("to benefit Republicans" / "to benefit the GOP", "Barr told
/// the AP" / "said the top US law enforcement agent") replace many runs: a new user read
/// all 25 entity flags on AllSides as false, 18 of them from four edits or more; on FA-KES's
/// fabricated copies, 121 of 124 entity flags come from three edits or fewer.
const MAX_EDITS_FOR_A_NAME: usize = 3;

/// An article pair is one article edited when at least one sentence in this many of the
/// shorter one is kept near word for word (similarity at least `KEPT_SIMILARITY`): then a
/// sentence's many replaced runs are edits, not rewording (FA-KES's fabrications change the
/// place, the actor and the victims at once).
const COPY_SHARE_DENOMINATOR: usize = 4;
const KEPT_SIMILARITY: f64 = 0.9;

/// Longest line without a full stop that is taken for a heading (see `is_list`).
const HEADING_WORDS: usize = 8;

fn pair(
    docs: &[StoryDoc],
    index: &StoryIndex,
    post: &Postings,
    story: &StoryWords,
    x: usize,
    y: usize,
    out: &mut Vec<Conflict>,
) {
    // One flag per distinct substitution between two articles (an edited name recurs).
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut found = Vec::new();
    let best: Vec<Option<(usize, f64)>> = (0..index.sentence_terms[x].len())
        .map(|s| best_match(index, post, x, s, y))
        .collect();
    // One article edited from the other keeps sentences (near) word for word; two
    // retellings of one story (or two translations) keep few or none, and reword many runs
    // of a sentence they share (see `MAX_EDITS_FOR_A_NAME`).
    let kept = best
        .iter()
        .filter(|m| m.is_some_and(|(_, sim)| sim >= KEPT_SIMILARITY))
        .count();
    let shorter = index.sentence_terms[x]
        .len()
        .min(index.sentence_terms[y].len());
    let edited_copy = kept * COPY_SHARE_DENOMINATOR >= shorter && kept > 0;
    for (s, &matched) in best.iter().enumerate() {
        let Some((t, sim)) = matched else {
            continue;
        };
        if sim < SENTENCE_MIN
            || sim >= 0.999
                && docs[x].claims.sentence(docs[x].text, s)
                    == docs[y].claims.sentence(docs[y].text, t)
        {
            continue;
        }
        if best_match(index, post, y, t, x).map(|b| b.0) != Some(s) {
            continue;
        }
        if is_list(docs[x].claims.sentence(docs[x].text, s))
            || is_list(docs[y].claims.sentence(docs[y].text, t))
        {
            continue;
        }
        let in_headline = headline(&docs[x], s) || headline(&docs[y], t);
        let (a, b) = (words(&docs[x], s), words(&docs[y], t));
        if a.is_empty() || b.is_empty() {
            continue;
        }
        // Read once per sentence pair, for the means of harm below: only a sentence that
        // reports harm makes a weapon the cause of something ("53 rockets were launched" at
        // a fireworks show is no cause).
        let la: Vec<&str> = a.iter().map(|w| w.lower.as_str()).collect();
        let lb: Vec<&str> = b.iter().map(|w| w.lower.as_str()).collect();
        let reports_harm = la.iter().chain(&lb).any(|w| lexicon::reports_harm(w));
        let matched = lcs(&a, &b);
        if (matched.len() as f64) < MATCHED_MIN * a.len().min(b.len()) as f64 {
            continue;
        }
        // Replaced runs between consecutive anchors.
        let mut anchors = vec![(usize::MAX, usize::MAX)];
        anchors.extend(matched.iter().copied());
        anchors.push((a.len(), b.len()));
        let edits = anchors
            .windows(2)
            .filter(|w| w[0].0.wrapping_add(1) < w[1].0 || w[0].1.wrapping_add(1) < w[1].1)
            .count();
        if edits > 1
            && (title_case(docs[x].claims.sentence(docs[x].text, s))
                || title_case(docs[y].claims.sentence(docs[y].text, t)))
        {
            continue;
        }
        for k in 0..anchors.len() - 1 {
            let (i0, j0) = anchors[k];
            let (i1, j1) = anchors[k + 1];
            let (ia, ja) = (i0.wrapping_add(1), j0.wrapping_add(1));
            if ia >= i1 || ja >= j1 {
                continue;
            }
            let (ta, tb) = (trimmed(&a[ia..i1]), trimmed(&b[ja..j1]));
            let (ta, tb) = (ia + ta.start..ia + ta.end, ja + tb.start..ja + tb.end);
            let (ra, rb) = (&a[ta.clone()], &b[tb.clone()]);
            if ra.is_empty() || rb.is_empty() || ra.len() > MAX_RUN || rb.len() > MAX_RUN {
                continue;
            }
            if reports_harm {
                let vocab = &story.articles;
                let group_a = victims(&a, &la, ia..i1, ta.clone(), &vocab[x], story);
                let group_b = victims(&b, &lb, ja..j1, tb.clone(), &vocab[y], story);
                if let (Some(ga), Some(gb)) = (group_a, group_b) {
                    if !crosses_clause(&docs[x], ra) && !crosses_clause(&docs[y], rb) {
                        if ga.other_than(&gb)
                            && seen.insert((format!("harmed:{}", folded(ra)), folded(rb)))
                        {
                            found.push(substitution(docs, (x, ra, s), (y, rb, t), "casualty", sim));
                        }
                        continue; // the people harmed, compared as groups and nothing else
                    }
                }
            }
            if reports_harm && !crosses_clause(&docs[x], ra) && !crosses_clause(&docs[y], rb) {
                let side_a = perpetrators(&a, &la, ia..i1, ta.clone());
                let side_b = perpetrators(&b, &lb, ja..j1, tb.clone());
                if let (Some(pa), Some(pb)) = (side_a, side_b) {
                    if !lexicon::same_side(pa, pb)
                        && seen.insert((format!("actor:{}", folded(ra)), folded(rb)))
                    {
                        found.push(substitution(docs, (x, ra, s), (y, rb, t), "actor", sim));
                        continue;
                    }
                }
            }
            if crosses_punctuation(&docs[x], ra) || crosses_punctuation(&docs[y], rb) {
                continue; // 'Vincent," team': the run spans a quotation's end, not one name
            }
            // The means of harm, named in lower case ("a car bomb attack" / "a chemical
            // weapons attack"), compared by family; a name in the same run ("Russian air
            // strikes" / "government shelling") is still compared below.
            if reports_harm {
                let ((ha, wa), (hb, wb)) =
                    (harm(&la, ta.clone(), ia..i1), harm(&lb, tb.clone(), ja..j1));
                let other = |x: &[&str], y: &[&str]| x.iter().any(|f| !y.contains(f));
                if !ha.is_empty()
                    && !hb.is_empty()
                    && other(&ha, &hb)
                    && other(&hb, &ha)
                    && seen.insert((ha.join("+"), hb.join("+")))
                {
                    let (wa, wb) = (&a[wa], &b[wb]);
                    found.push(substitution(docs, (x, wa, s), (y, wb, t), "cause", sim));
                }
            }
            // A headline's names are compared only when one is the other garbled (two
            // translations' "Mitakeumi" / "Utakumi"): headlines are rewritten freely.
            if in_headline && !garbled(&folded(ra), &folded(rb)) {
                continue;
            }
            if edits > MAX_EDITS_FOR_A_NAME && !edited_copy && !garbled(&folded(ra), &folded(rb)) {
                continue; // a sentence retold in other words, not a copy with a name changed
            }
            if one_describes_the_other(ra, rb) || one_describes_the_other(rb, ra) {
                continue; // "Yukos" / "the embattled Russian oil giant", "GM" / "General Motors"
            }
            if same_country(ra, rb) || same_party(ra, rb) {
                continue; // "the UK" / "Britain", "British" / "UK", "Conservative" / "Tory"
            }
            if same_event(ra, rb) || capital_and_country(ra, rb) {
                continue; // "Athens Games" / "Olympics", "London" / "the UK"
            }
            if elaborates(ra, rb) || elaborates(rb, ra) {
                continue; // "Another Charger" / "San Diego Chargers wide"
            }
            let vocab = &story.articles;
            if !names_something(ra, &vocab[x], story) || !names_something(rb, &vocab[y], story) {
                continue; // "Unfortunately" / "Luckily", "Buying MCI would…" / "Snapping up…"
            }
            if holds_a_verb(ra) || holds_a_verb(rb) {
                continue; // "The German exchange said it" / "Deutsche Boerse bosses": reworded
            }
            if reworded_attribution(&a, ta.clone(), &b, tb.clone()) {
                continue; // "Barr told the AP" / "said the top US law enforcement agent"
            }
            if only_titles(ra) && only_titles(rb) {
                continue; // "Constable Masuda" / "Officer Masuda": offices are `title`s
            }
            if describes_before_honorific(&a, ta.clone(), &b, tb.clone()) {
                continue; // "London mayor Mr Livingstone" / "Labour's Mr Livingstone": his titles
            }
            if ra.iter().any(|w| in_person(&docs[x], w))
                || rb.iter().any(|w| in_person(&docs[y], w))
            {
                continue;
            }
            let (na, nb) = (capitalized(ra), capitalized(rb));
            if (moved(ra, &na, &a, &b) || moved(rb, &nb, &b, &a)) && !same_words(&a, &b) {
                continue; // the name is as often in the other sentence, reworded around it
            }
            if named_by_acronym(ra, &na, &a, &b) || named_by_acronym(rb, &nb, &b, &a) {
                continue; // "Internet Explorer" against "IE 7 on … Windows": IE is still there
            }
            if edits > 1 && own_subject(docs, x, &na, y) && own_subject(docs, y, &nb, x) {
                continue; // "Phillips Petroleum Corp said it raised…" / "Southland Corp said…"
            }
            if a.get(i1).is_some_and(|w| w.cap) && given_names_of_one(&na, &nb) {
                continue; // "Democrat Joseph R. Biden's" / "Joe Biden's", "Stephen" / "Steve Bannon"
            }
            if same_name_written_differently(&na, &nb) {
                continue; // "after PJ" / "following P.J.", "Lieutenant" / "Lt", "Raite" / "Rait"
            }
            if one_name_translated_two_ways(&na, &nb, story.icelandic)
                && countries(ra).is_none()
                && countries(rb).is_none()
            {
                continue; // "that Brynjólfur" / "tells Brynjólf", "Bylgja" / "the Bylgjunni"
            }
            let (fa, fb) = (folded(ra), folded(rb));
            if fa.contains(&fb) || fb.contains(&fa) || spelt_alike(&fa, &fb) {
                continue; // a spelling or a typo, or one name extended ("Assad" / "Bashar al-Assad")
            }
            // One name spelt two ways, and another added after "and": "starring Sidney
            // Poiter" / "starring Sydney Poitier and Ruby Dee" (BBC entertainment/043-044).
            // (Spelt alike, not merely contained: "Hanshin-Wada Toyo" / "Hanshin and Wada
            // Yutaka" are two readings of a name.)
            let (ha, hb) = (folded(first_conjunct(ra)), folded(first_conjunct(rb)));
            if (ha.len() < fa.len() || hb.len() < fb.len()) && spelt_alike(&ha, &hb) {
                continue;
            }
            if !seen.insert((fa.clone(), fb.clone())) {
                continue;
            }
            let subject = role(ra, ia.checked_sub(1).map(|p| &a[p]), a.get(i1), story);
            let subject = if subject == "party" {
                role(rb, ja.checked_sub(1).map(|p| &b[p]), b.get(j1), story)
            } else {
                subject
            }
            .to_string();
            found.push(substitution(docs, (x, ra, s), (y, rb, t), &subject, sim));
        }
    }
    out.extend(found);
}

/// The means of harm named in the `replaced` words of a sentence (`lower`), by family (see
/// `lexicon::means_of_harm`), read with the sentence's words around them, and with the word
/// on each side, which the run may qualify: in "a car bomb" / "a barrel bomb" the run is
/// "car" / "barrel", and the shared "bomb" is what names the means. A shared word that
/// names the same family on both sides makes no difference between them. Also the words
/// to show: the (trimmed) `run`, widened to a neighbour that named a means ("car bomb").
fn harm(
    lower: &[&str],
    run: std::ops::Range<usize>,
    replaced: std::ops::Range<usize>,
) -> (Vec<&'static str>, std::ops::Range<usize>) {
    let (from, to) = (replaced.start, replaced.end);
    let (mut lo, mut hi) = (run.start, run.end);
    let mut families = Vec::new();
    for i in from.saturating_sub(1)..(to + 1).min(lower.len()) {
        if let Some(f) = lexicon::means_of_harm(lower, i) {
            families.extend(lexicon::harm_families(f));
            if i + 1 == from || i == to {
                (lo, hi) = (lo.min(i), hi.max(i + 1));
            }
        }
    }
    families.sort_unstable();
    families.dedup();
    (families, lo..hi)
}

/// The people a harm sentence says were harmed, as far as a replaced run tells them: the
/// sides they are on (see `lexicon::people_group`) and the names of their group.
struct Victims {
    sides: Vec<&'static str>,
    names: Vec<String>,
}

impl Victims {
    /// Are these other people than `other`: on no side that `other` may be on (civilians
    /// told as combatants, "Three civilians" / "Three members of the Syrian Democratic
    /// Forces"; rebels as soldiers), or another named group ("38 regime forces" / "38
    /// Hezbollah forces")? A nationality is no group of its own ("Syrian soldiers" /
    /// "government soldiers" may be the same men). Both hold a side (see `victims`).
    fn other_than(&self, other: &Victims) -> bool {
        let other_side = !self
            .sides
            .iter()
            .any(|a| other.sides.iter().any(|b| lexicon::same_side(a, b)));
        let other_names = (!self.names.is_empty() || !other.names.is_empty())
            && !self.names.iter().any(|n| other.names.contains(n));
        other_side || other_names
    }
}

/// Words between the harmed and the harm after them: "Three civilians [were] injured",
/// "38 regime [forces] killed".
const BETWEEN_HARMED_AND_HARM: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "being",
    "reportedly",
    "also",
    "later",
    "all",
    "allegedly",
];
/// Words between a harm and the harmed after it: "injuring [a number of] civilians",
/// "killing [at least 40] people".
const BETWEEN_HARM_AND_HARMED: &[&str] = &[
    "at", "least", "more", "than", "nearly", "about", "some", "around", "almost", "over", "of",
    "a", "number", "scores", "dozens", "hundreds", "tens", "the", "other", "another", "up", "to",
    "several", "many",
];

/// The people harmed, when the `replaced` words of a sentence (`lower`, words `words`)
/// stand where a harm sentence puts its victims: right before "killed", "were injured"
/// or right after "killing", "injuring four". `run` is the trimmed replaced run, read with
/// a group noun that follows it unchanged ("regime" + "forces"). None when the run is not
/// in that place or holds no noun for a group of people.
fn victims(
    words: &[Word],
    lower: &[&str],
    replaced: std::ops::Range<usize>,
    run: std::ops::Range<usize>,
    vocab: &Vocabulary,
    story: &StoryWords,
) -> Option<Victims> {
    let mut after = replaced.end;
    while lower
        .get(after)
        .is_some_and(|w| BETWEEN_HARMED_AND_HARM.contains(w) || lexicon::people_group(w).is_some())
        && after < replaced.end + 4
    {
        after += 1;
    }
    let harm_after = lower.get(after).is_some_and(|w| lexicon::harms_people(w));
    let mut before = replaced.start;
    while before > 0
        && replaced.start - before < 5
        && (words[before - 1].number
            || BETWEEN_HARM_AND_HARMED.contains(&lower[before - 1])
            || lexicon::number_word(lower[before - 1]).is_some())
    {
        before -= 1;
    }
    let harm_before = before
        .checked_sub(1)
        .is_some_and(|k| lexicon::harms_people(lower[k]));
    if !harm_after && !harm_before {
        return None;
    }
    let head = lower
        .get(run.end)
        .filter(|w| lexicon::people_group(w).is_some());
    let mut sides: Vec<&'static str> = lower[run.clone()]
        .iter()
        .chain(head)
        .filter_map(|w| lexicon::people_group(w))
        .collect();
    sides.sort_unstable();
    sides.dedup();
    let mut names: Vec<String> = words[run]
        .iter()
        .filter(|w| is_name(w, vocab, story))
        .map(|w| w.lower.trim_end_matches("'s"))
        .filter(|n| {
            lexicon::number_word(n).is_none()
                && lexicon::nationality(n).is_none()
                && lexicon::country_name(n).is_none()
        })
        .map(fold)
        .collect();
    names.sort_unstable();
    names.dedup();
    // A group of people is named by a noun for one ("forces", "civilians"): a place or a
    // day in that position ("killed in Daraa", "injured on Sunday") is not who was harmed.
    (!sides.is_empty()).then_some(Victims { sides, names })
}

/// Verbs of an attack, written after who attacked ("Russian forces shelled", "terrorists
/// fired").
const ATTACKS: &[&str] = &[
    "shelled", "shell", "shells", "fired", "fire", "targeted", "target", "targets", "launched",
    "attacked", "attacks", "struck", "bombed", "pounded", "kills", "killed",
];

/// The side of those who did the harm, when the `replaced` words of a harm sentence
/// (`lower`, words `words`) stand where it puts them: after "by" ("shells fired by
/// [terrorists]"), before a verb of attack ("[Russian forces] shelled"), or before the means
/// ("a [terrorist] rocket attack"). The side of a group noun (see `lexicon::people_group`),
/// where a state's forces ("Russian forces", "the Syrian army") are the government's, so
/// that "terrorists" / "Russian forces" are two sides; `None` for a run naming no group
/// ("ISIS" is compared as a name).
fn perpetrators(
    words: &[Word],
    lower: &[&str],
    replaced: std::ops::Range<usize>,
    run: std::ops::Range<usize>,
) -> Option<&'static str> {
    let mut before = replaced.start;
    if before > 0 && lower[before - 1] == "the" {
        before -= 1;
    }
    let agent = before > 0 && lower[before - 1] == "by";
    let next = replaced.end;
    // Not a passive: "soldiers targeted by a roadside bomb" were attacked.
    let passive = lower.get(next + 1).is_some_and(|w| *w == "by");
    let attacker = lower.get(next).is_some_and(|w| ATTACKS.contains(w)) && !passive
        || lexicon::means_of_harm(lower, next).is_some()
        || lower
            .get(next)
            .is_some_and(|w| matches!(*w, "attack" | "rocket" | "rockets"));
    if !agent && !attacker {
        return None;
    }
    let country = |w: &Word| {
        lexicon::nationality(&w.lower)
            .or_else(|| lexicon::country_name(&w.lower))
            .is_some_and(|c| c != "Kurds")
    };
    let run_words = &words[run.clone()];
    // A group with a name of its own ("the Free Syrian Army", "the Syrian Democratic
    // Forces") is compared as a name, and one that says whose side it is on ("Syrian
    // opposition fighters") is on that side.
    if run_words
        .iter()
        .any(|w| w.cap && !country(w) && lexicon::people_group(&w.lower).is_none())
    {
        return None;
    }
    if lower[run.clone()]
        .iter()
        .any(|w| *w == "opposition" || lexicon::people_group(w) == Some("opposition"))
    {
        return Some("opposition");
    }
    let group = lower[run.clone()]
        .iter()
        .filter_map(|w| lexicon::people_group(w))
        .next_back()?;
    // A state's forces ("Russian forces", "the Syrian army") are the government's.
    let state = run_words.iter().any(|w| w.cap && country(w));
    Some(if state && matches!(group, "armed" | "government") {
        "government"
    } else {
        group
    })
}

/// Does a run span a quotation's edge or a clause break (a double quotation mark,
/// semicolon or colon, or an unclosed bracket)? A group's acronym in brackets is part of
/// its name ("Syrian Democratic Forces (SDF)").
fn crosses_clause(doc: &StoryDoc, run: &[Word]) -> bool {
    let (start, end) = (run[0].start, run[run.len() - 1].end);
    doc.text.get(start..end).is_some_and(|t| {
        t.contains(['"', ';', ':', '\u{201c}', '\u{201d}'])
            || t.matches('(').count() != t.matches(')').count()
    })
}

/// A substituted run in two paired sentences, as an `entity` conflict about `subject`.
fn substitution(
    docs: &[StoryDoc],
    (x, ra, s): (usize, &[Word], usize),
    (y, rb, t): (usize, &[Word], usize),
    subject: &str,
    sim: f64,
) -> Conflict {
    let variant = |d: usize, run: &[Word], sentence: usize| {
        let doc = &docs[d];
        let (start, end) = (run[0].start, run[run.len() - 1].end);
        Variant {
            doc: doc.id.to_string(),
            value: doc.text[start..end].to_string(),
            sentence: doc.claims.sentence(doc.text, sentence).to_string(),
            start,
            end,
        }
    };
    Conflict {
        kind: ConflictKind::Entity,
        relation: Relation::Conflicting,
        subject: subject.to_string(),
        variants: vec![variant(x, ra, s), variant(y, rb, t)],
        majority: None,
        confidence: sim.min(1.0),
    }
}

#[cfg(test)]
mod tests {
    use super::{is_list, one_name_translated_two_ways, same_name_written_differently};

    #[test]
    fn ticker_codes_are_short_codes_in_angle_brackets() {
        let at = |text: &str, word: &str| {
            let start = text.find(word).unwrap();
            super::in_ticker_code(text, start, start + word.len())
        };
        assert!(at("Reuters Holdings Plc <RtrSY> said", "RtrSY"));
        assert!(at("Cable and Wireless Plc <CAWL.L> and", "CAWL"));
        assert!(!at("<Oakland Coliseum, July 24> Ohtani", "Oakland"));
        assert!(!at("Reuters Holdings Plc of London said", "London"));
        assert!(!at("a < b and London > c", "London"));
        assert!(!at("arrested by police in <Kandari>.", "Kandari"));
        assert!(at("bought by Carlsberg AS <CARLb.CO> for", "CARLb"));
    }

    #[test]
    fn a_template_filled_twice_and_a_text_edited() {
        use super::{edited_copy, two_fillings, ArticleWords, StoryDoc};
        use crate::claims::ArticleClaims;
        let claims = |t: &str| crate::claims::extract(t, None);
        fn doc(text: &str, claims: &ArticleClaims) -> ArticleWords {
            ArticleWords::read(&StoryDoc {
                id: "x",
                title: None,
                text,
                date: None,
                claims,
            })
        }
        let two = |a: &str, b: &str| {
            let (ca, cb) = (claims(a), claims(b));
            two_fillings((&doc(a, &ca), 0), (&doc(b, &cb), 0))
        };
        // Reuters-21578 14483 / 15949: two slots hold other figures.
        assert!(two(
            "The CCC has transferred 21.0 mln dlrs in guarantees for corn and 5.0 mln dlrs \
             in guarantees for oilseeds.",
            "The CCC has transferred 12.0 mln dlrs in guarantees for eggs and 7.0 mln dlrs \
             in guarantees for cattle."
        ));
        // One figure changed, or moved in a reworded sentence: one thing.
        assert!(!two(
            "Sales rose with a 5 percent increase on his last offer.",
            "Sales rose with an increase of 8 percent on his last offer."
        ));
        assert!(!two(
            "At least 12 people were killed in the attack, police said.",
            "At least 15 people were killed in the attack, police said."
        ));
        // An article edited in one sentence is a copy, whatever that sentence's slots.
        let (a, b) = (
            "At least 12 people were killed and 40 injured in the attack. Police closed the \
             road. The mayor visited the hospital.",
            "At least 15 people were killed and 45 injured in the attack. Police closed the \
             road. The mayor visited the hospital.",
        );
        let (ca, cb) = (claims(a), claims(b));
        assert!(edited_copy(&doc(a, &ca), &doc(b, &cb)));
        assert!(two(a, b));
        let c = "Rescuers searched the rubble. The road stayed shut.";
        let cc = claims(c);
        assert!(!edited_copy(&doc(a, &ca), &doc(c, &cc)));
    }

    #[test]
    fn one_name_left_inflected_by_a_translation() {
        let one = |a: &[&str], b: &[&str]| {
            let own = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
            one_name_translated_two_ways(&own(a), &own(b), true)
        };
        // WMT21 is-en and ja-en: machine translations of one article.
        assert!(one(&["Mýrargata"], &["Mýrargötunni"]));
        assert!(one(&["Bylgja"], &["Bylgjunni"]));
        assert!(one(&["Sprengisandur"], &["Sprengisand"]));
        assert!(one(&["Specty"], &["Spectee"]) || one(&["Specti"], &["Specty"]));
        // Other names: another word, or too little in common.
        assert!(!one(&["Manchester", "United"], &["Manchester", "City"]));
        assert!(one(&["hizenmachi"], &["hizen", "town"]));
        assert!(one(&["toyosawa", "town"], &["toyosawa-cho"]));
        assert!(one(&["gyeonggi-do"], &["gyeonggi", "province"]));
        assert!(!one(&["hizen", "town"], &["karatsu", "city"]));
        // One name, two kinds of place: a city is not its prefecture, nor a county a city.
        assert!(!one(&["osaka", "city"], &["osaka", "prefecture"]));
        assert!(!one(&["hiroshima", "prefecture"], &["hiroshima-shi"]));
        assert!(!one(&["jefferson", "county"], &["jefferson", "city"]));
        assert!(one(&["fukuoka"], &["fukuoka", "city"]));
        assert!(one(&["yamagata-ken"], &["yamagata", "prefecture"]));
        assert!(!one(&["idlib"], &["damascus", "province"]));
        assert!(!one(&["Idlib"], &["Daraa"]));
        assert!(!one(&["Iran"], &["Iraq"]));
        assert!(!one(&["Slovakia"], &["Slovenia"]));
        // More designators, translated or romanized: a festival, an Icelandic city.
        assert!(one(&["bonbori-matsuri"], &["bonbori", "festival"]));
        assert!(one(&["tókýóborg"], &["tokyo", "city"]));
        assert!(!one(&["tókýóborg"], &["kyoto", "city"]));
        assert!(!one(&["bonbori-matsuri"], &["bonbori", "shrine"]));
        // Icelandic case endings on a short stem, in a story with Icelandic text only.
        assert!(one(&["Veitir"], &["Veitum"]));
        assert!(one(&["Ragga"], &["Raggur"]));
        assert!(!one(&["Veitir"], &["Vegna"]));
        let plain = |a: &str, b: &str| {
            one_name_translated_two_ways(&[a.to_string()], &[b.to_string()], false)
        };
        assert!(!plain("Moulin", "Mulan"));
        assert!(!plain("Veitir", "Veitum"));
    }

    #[test]
    fn one_name_in_two_spellings() {
        let same = |a: &[&str], b: &[&str]| {
            let own = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
            same_name_written_differently(&own(a), &own(b))
        };
        assert!(same(&["pj"], &["pj"])); // "P.J." / "PJ", dots already dropped
        assert!(same(&["lt"], &["lieutenant"]));
        assert!(same(&["mt"], &["aoraki", "mount"]));
        assert!(same(&["raite"], &["rait"]));
        assert!(same(&["zealand-born"], &["zealander"]));
        assert!(!same(&["syria's", "homs"], &["syrias", "damascus"]));
        for (x, y) in [
            ("austria", "australia"),
            ("mali", "malawi"),
            ("niger", "nigeria"),
        ] {
            assert!(!same(&[x], &[y]), "{x} / {y}");
        }
        assert!(!same(&["abdullah"], &["abdulaziz"]));
        assert!(!same(&["idlib"], &["daraa"]));
        assert!(!same(&["honor"], &["valor"]));
        assert!(same(&["gov"], &["governor"]));
        // Neither a contraction nor three letters.
        assert!(!same(&["la"], &["lakewood"]));
        // Acronyms, an Officer left out included (a journalist test saw "Chief Executive" /
        // "CEO" flagged as two parties).
        assert!(same(&["ceo"], &["chief", "executive"]));
        assert!(same(&["chief", "executive", "officer"], &["CEO"]));
        assert!(same(&["un"], &["united", "nations"]));
        assert!(!same(&["cfo"], &["chief", "executive"]));
        assert!(!same(&["ceo"], &["executive"]));
    }

    #[test]
    fn line_ups_fixtures_and_headings_are_lists() {
        assert!(is_list(
            "G Murphy; G Dempsey, B O'Driscoll, S Horgan, D Hickie; R O'Gara, P Stringer."
        ));
        assert!(is_list("Burnley or Blackburn v Leicester"));
        assert!(is_list("Subs Not Used: Howard, Bellion."));

        // Sentences, commas and all.
        assert!(!is_list(
            "A merger between MCI and Verizon would be the fifth billion-dollar telecoms deal since October."
        ));
        assert!(!is_list(
            "PCs running Windows 95, 98, ME, NT, 2000, and XP could be vulnerable to the worm."
        ));
        assert!(!is_list(
            "The talks in Paris lasted eight hours, officials said"
        ));
    }
}
