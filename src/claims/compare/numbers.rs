//! Numbers: which figures of a story's articles count one thing, and which of those differ.
//!
//! Figures are matched by unit and by the words around them, then kept apart when they
//! count two things: a part against a whole (a qualified, owned or civilian part, "the
//! remaining" part, one's count against several's "between them"), a change against a
//! level, a rate against a total, a stretch against a plain count, distances of two things
//! from one place or from two places, a bar to clear against a tally, a span since an event
//! against a deadline or a span since another event, the size of the group "one of" picks
//! from against any other count, figures of two days, of two moments of a trading session
//! or of two numbered periods, a count of the dead against a count of the hurt, and groups
//! whose every differing pair names two subjects; the cells of tables are not compared at
//! all. What is left and differs is a `number` conflict (see the `compare` module header);
//! a figure that is the other rounded ("$2.3 trillion" / "$2.25 trillion") is less precise,
//! not another.

use super::*;
use crate::claims::diff::{edited_copy, two_fillings, ArticleWords};
use crate::claims::{lexicon, CueClass};
use std::cell::OnceCell;

/// How far two interval ends may miss each other and still meet.
const INTERVAL_TOLERANCE: f64 = 0.02;

/// The upper end of a quantity's interval (unbounded: infinity).
fn high(q: &Quantity) -> f64 {
    q.high.unwrap_or(f64::INFINITY)
}

fn overlaps(a: &Quantity, b: &Quantity) -> bool {
    let tol = INTERVAL_TOLERANCE;
    a.low <= high(b) * (1.0 + tol) && b.low <= high(a) * (1.0 + tol)
}

fn same_anchor(a: &Quantity, b: &Quantity) -> bool {
    match (a.value, b.value) {
        (Some(x), Some(y)) => (x - y).abs() <= 0.02 * x.abs().max(y.abs()),
        _ => false,
    }
}

/// Is sentence `s` the article's first, or its second after a headline line (a .txt file's
/// first line, a text that opens with its title)?
fn opening(doc: &StoryDoc, s: usize) -> bool {
    s == 0
        || s == 1
            && sentence_without(doc, 0, None).is_some_and(|t| crate::claims::diff::is_list(&t))
}

/// What an edited copy keeps around a figure changed in its lead: the figure's sentence
/// with the figure replaced, and the sentence after it (whitespace normalized). `None`
/// unless the figure stands in the article's opening sentence (see `opening`), and that
/// sentence is no table line or heading ("Mthly div 6.5 cts vs 6.8 cts prior" is a notice,
/// not a lead). Two figures with the same key are about one thing (see `compare_numbers`).
fn lead_key(doc: &StoryDoc, q: &Quantity) -> Option<(String, String)> {
    if !opening(doc, q.sentence) {
        return None;
    }
    let own = sentence_without(doc, q.sentence, None)?;
    if crate::claims::diff::is_list(&own) {
        return None;
    }
    Some((
        sentence_without(doc, q.sentence, Some(&q.span))?,
        sentence_without(doc, q.sentence + 1, None)?,
    ))
}

/// Words next to a quantity, on each side, that tell what it counts.
const NEAR_WORDS: usize = 8;

/// Up to `n` words of a quantity's sentence before it and up to `n` after it, as written.
fn beside<'a>(doc: &'a StoryDoc, q: &Quantity, n: usize) -> (Vec<&'a str>, Vec<&'a str>) {
    let Some(range) = doc.claims.sentences.get(q.sentence) else {
        return (Vec::new(), Vec::new());
    };
    let (start, end) = (q.span.start.max(range.start), q.span.end.min(range.end));
    let text = |r: std::ops::Range<usize>| doc.text.get(r).unwrap_or("");
    let mut before: Vec<&str> = text(range.start..start).split_whitespace().collect();
    before.drain(..before.len().saturating_sub(n));
    let after = text(end..range.end).split_whitespace().take(n).collect();
    (before, after)
}

/// Up to `NEAR_WORDS` words before and after a quantity, within its sentence.
fn words_around(doc: &StoryDoc, q: &Quantity) -> String {
    let (before, after) = beside(doc, q, NEAR_WORDS);
    [before, after].concat().join(" ")
}

/// Do two figures each carry some marks of a kind (means of harm, moments, periods), none
/// in common?
fn none_in_common<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> bool {
    !a.is_empty() && !b.is_empty() && a.is_disjoint(b)
}

/// How many words two quantities' neighbourhoods (sorted terms) share.
fn near_shared(a: &[align::Term], b: &[align::Term]) -> usize {
    align::shared_count(a, b)
}

/// The same words but one, and that one a keyboard slip of the other in a word, not in
/// the figure: "9.7 mln dlrs" / "9.7 mlln dlrs" is one figure mistyped, but "$45 million" /
/// "$54 million" is another figure, whatever slip made it.
fn same_but_a_typo(a: &str, b: &str) -> bool {
    let a: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
    let b: Vec<String> = b.split_whitespace().map(str::to_lowercase).collect();
    let differing: Vec<(&String, &String)> = a.iter().zip(&b).filter(|(x, y)| x != y).collect();
    let figure = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    a.len() == b.len()
        && differing.len() == 1
        && !figure(differing[0].0)
        && !figure(differing[0].1)
        && is_typo(differing[0].0, differing[0].1)
}

/// The proper adjectives of a count ("11 Yemeni pirates" → {yemeni}), for `part_of`.
fn qualifiers(q: &Quantity) -> BTreeSet<String> {
    let unit = q.unit.as_deref().unwrap_or("");
    q.span
        .text
        .split_whitespace()
        .skip(1)
        .filter(|w| *w != unit && w.starts_with(char::is_uppercase))
        .map(str::to_lowercase)
        .collect()
}

/// Is `part` (with its `qualifiers`) a share of `whole`: the same head noun with a proper
/// adjective `whole` lacks, and fewer of them ("11 Yemeni pirates" of "23 pirates", "five
/// American soldiers" of "twelve soldiers")? A count of a subset is no other figure for the
/// total.
fn part_of(
    (part, p): (&Quantity, &BTreeSet<String>),
    (whole, w): (&Quantity, &BTreeSet<String>),
) -> bool {
    let smaller = part.high.is_some_and(|h| h < whole.low);
    smaller && p.len() > w.len() && w.is_subset(p)
}

/// The `n` words before a quantity in its sentence, nearest first, `bare`. The sentence
/// before says nothing of the figure: "He finished last. 10 people were hurt" is no count
/// over the last ten.
fn words_before(doc: &StoryDoc, q: &Quantity, n: usize) -> Vec<String> {
    let start = doc.claims.sentences.get(q.sentence).map_or(0, |r| r.start);
    last_words(doc.text.get(start..q.span.start).unwrap_or(""), n)
}

/// The `n` words after a quantity in its sentence, `bare`.
fn words_after(doc: &StoryDoc, q: &Quantity, n: usize) -> Vec<String> {
    let end = doc
        .claims
        .sentences
        .get(q.sentence)
        .map_or(doc.text.len(), |r| r.end);
    let after = doc.text.get(q.span.end..end).unwrap_or("");
    after.split_whitespace().take(n).map(bare).collect()
}

/// A difference rather than a level: "won by 0.02 seconds" (in 38.07 seconds), "rose by 5
/// percent" (to 40 percent), "up 3 percent", "a drop of five points", "rose 7 percent" (not
/// "rose to 7 percent"), "a 5 percent increase".
fn is_change(doc: &StoryDoc, q: &Quantity, unit: &str) -> bool {
    // Over other figures of a list: "rose by 3% and 1.2%".
    let by = doc
        .text
        .get(..q.span.start)
        .unwrap_or("")
        .split_whitespace()
        .rev()
        .take(6)
        .find(|w| !(w.contains(|c: char| c.is_ascii_digit()) || matches!(*w, "and" | "or")))
        .is_some_and(|w| w.eq_ignore_ascii_case("by"));
    // The span holds its approximator, so the word before it is the one that tells.
    let before = words_before(doc, q, 2);
    let word = |k: usize| before.get(k).map_or("", String::as_str);
    let after = words_after(doc, q, 1);
    let moved = matches!(word(0), "by" | "up" | "down")
        || word(0) == "of" && MOVEMENT_NOUNS.contains(&word(1))
        || lexicon::movement_verb(word(0))
        || after
            .first()
            .is_some_and(|w| MOVEMENT_NOUNS.contains(&w.as_str()));
    // A count of people is moved by verbs, not markets: "gunned down 12 people", "the loss
    // of 300 people" are levels.
    let counted = matches!(unit, "people" | "countries");
    (by || moved && !counted) && generic_unit(unit)
}

/// Nouns that, right after a figure, make it the size of a change ("a 5 percent increase").
const MOVEMENT_NOUNS: &[&str] = &[
    "increase",
    "rise",
    "drop",
    "fall",
    "gain",
    "decline",
    "jump",
    "cut",
    "loss",
    "reduction",
    "decrease",
    "hike",
    "growth",
    "slump",
    "surge",
];

/// Two stated values more than `FAR_APART` times apart are two figures ("$3 million" for
/// the director, "$363 million" at the box office; 25 yards in one game, 1,098 in the
/// season), not one figure told two ways.
/// One figure in another scale ("$1.5 million" / "$1.5 billion", ratios of a power of
/// 1,000) is a slip a journalist wants to see, however far apart.
fn apart(a: &Quantity, b: &Quantity) -> bool {
    ratio(a, b).is_some_and(|ratio| {
        let scales = ratio.log10() / 3.0;
        let rescaled = (scales - scales.round()).abs() < 1e-6;
        ratio > FAR_APART && !rescaled
    })
}

/// How many times the larger stated value is the smaller (both stated and positive).
fn ratio(a: &Quantity, b: &Quantity) -> Option<f64> {
    match (a.value, b.value) {
        (Some(x), Some(y)) if x > 0.0 && y > 0.0 => Some(x.max(y) / x.min(y)),
        _ => None,
    }
}

/// A rate rather than an amount: "$20 million per season", "120 miles an hour", "15
/// points a game". A rate and a total ("$200 million" over eight years) are two figures.
fn is_rate(doc: &StoryDoc, q: &Quantity) -> bool {
    let after = words_after(doc, q, 3);
    let word = |k: usize| after.get(k).map_or("", String::as_str);
    let (first, second, third) = (word(0), word(1), word(2));
    match first {
        "per" | "each" | "apiece" | "annually" | "yearly" | "hourly" | "daily" => true,
        // "12 people a week ago", "5 percent a year earlier": a time, not a rate.
        "a" | "an" => {
            matches!(
                second,
                "year"
                    | "season"
                    | "month"
                    | "week"
                    | "day"
                    | "hour"
                    | "minute"
                    | "second"
                    | "game"
            ) && !matches!(third, "ago" | "earlier" | "later" | "before" | "after")
        }
        _ => doc
            .text
            .get(q.span.end..)
            .is_some_and(|t| t.starts_with('/')),
    }
}

/// A figure of a condition, not of a fact: the sentence opens with "If" or "Unless" ("If
/// the track sold 500,000 copies, more than £1m would be raised for charity" against the
/// first release's "sold 750,000 copies in its first week").
fn hypothetical(doc: &StoryDoc, q: &Quantity) -> bool {
    let opening = words_before(doc, q, usize::MAX).pop();
    matches!(opening.as_deref(), Some("if" | "unless"))
}

/// Nouns that, counted in a speaker phrase, count a reporter's sources.
const SOURCE_NOUNS: &[&str] = &[
    "sources",
    "officials",
    "people",
    "persons",
    "diplomats",
    "aides",
    "insiders",
    "advisers",
    "advisors",
];

/// The sources a report counts, opening its speaker phrase ("four U.S. officials familiar
/// with the matter said", "according to two people briefed on the talks"): each outlet
/// counts its own, and "three U.S. officials" against "four U.S. officials" (AllSides: one
/// finding on Khashoggi's killing) is no difference in the story. A count inside the
/// phrase is another matter: "Families of the 40 people killed said" holds a toll.
fn counted_sources(doc: &StoryDoc, q: &Quantity) -> bool {
    let unit = q.unit.as_deref().unwrap_or("").to_lowercase();
    SOURCE_NOUNS.contains(&unit.as_str())
        && doc.claims.attributions.iter().any(|a| {
            let lead = doc.text.get(a.speaker.start..q.span.start).map(str::trim);
            a.sentence == q.sentence
                && a.class == CueClass::Speech
                && a.speaker.start <= q.span.start
                && q.span.end <= a.speaker.end
                && lead.is_some_and(|l| l.is_empty() || l.eq_ignore_ascii_case("the"))
        })
}

/// A forecast of market analysts or economists, who make it ("Economists had forecast
/// 350,000 new claims", "Analysts surveyed by Refinitiv were expecting 700,000 filings"):
/// each outlet quotes its own poll of them, and a weekly figure's forecast recurs every
/// week, so two such forecasts that differ are no difference in the story. The forecasters
/// must come before the verb: in "The company expects to cut 5,000 jobs, analysts said"
/// the analysts report a plan.
fn consensus_forecast(doc: &StoryDoc, q: &Quantity) -> bool {
    let before = words_before(doc, q, 12);
    let Some(verb) = before.iter().take(6).position(|w| {
        ["expect", "forecast", "predict", "estimat", "project"]
            .iter()
            .any(|stem| w.starts_with(stem))
    }) else {
        return false;
    };
    before[verb + 1..].iter().any(|w| {
        matches!(
            w.as_str(),
            "analysts" | "economists" | "strategists" | "forecasters"
        )
    })
}

/// A poll's margin of error ("plus or minus 3.4 percentage points", "a margin of sampling
/// error of four points", "a 3.5 percentage point margin of error"): how the poll was taken, not a
/// claim. Two polls' margins differ without disagreeing (PolNeAR train: an AP-GfK poll's
/// ±3.4 points against another poll's ±3).
fn margin_of_error(doc: &StoryDoc, q: &Quantity) -> bool {
    let before = words_before(doc, q, 6);
    let mut words = before
        .iter()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "" | "of" | "is" | "was" | "or" | "plus"));
    let plus_or_minus = before.len() >= 3 && before[..3] == ["minus", "or", "plus"];
    let after = words_after(doc, q, 4);
    let margin_after = after.windows(3).any(|w| w == ["margin", "of", "error"]);
    plus_or_minus || matches!(words.next(), Some("error")) || margin_after
}

/// "three other rifles", "two more soldiers", "500 additional troops": a count beside
/// another one, not the total that a plain count gives.
fn additional(q: &Quantity) -> bool {
    let words: Vec<String> = q
        .span
        .text
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let approx_words = q
        .approx
        .as_deref()
        .map_or(0, |a| a.split_whitespace().count());
    words.iter().skip(approx_words + 1).any(|w| {
        matches!(
            w.as_str(),
            "other" | "more" | "additional" | "further" | "extra"
        )
    })
}

/// A count of several together: "[Hodgson and Barkley] missed six penalties between them",
/// "a combined 40 points", "scored 30 goals together", against one's own count ("Hodgson
/// failed to convert three penalties").
fn combined(doc: &StoryDoc, q: &Quantity) -> bool {
    let after = words_after(doc, q, 8);
    let before = words_before(doc, q, 2);
    after
        .windows(2)
        .any(|w| w[0] == "between" && matches!(w[1].as_str(), "them" | "us"))
        || after
            .iter()
            .any(|w| matches!(w.as_str(), "combined" | "together" | "collectively"))
        || before.first().is_some_and(|w| w == "combined")
}

/// "the remaining eight counts": the rest of a count, set beside another part as `additional`
/// sets "three other rifles" ("convicted on the remaining eight counts" / "facing 18
/// criminal counts"). ("another 318,600 shares" is as often the same figure told again.)
fn remaining(doc: &StoryDoc, q: &Quantity) -> bool {
    words_before(doc, q, 1)
        .first()
        .is_some_and(|w| w == "remaining")
}

/// Civilians among people: "two civilians" killed against "19 people" killed, the smaller
/// count of the narrower group, is a part of the whole ("killed two U.S. troops and two
/// civilians" / "19 people killed"), not another toll.
fn civilians_among_people(part: &Quantity, whole: &Quantity) -> bool {
    let unit = |q: &Quantity| q.unit.as_deref().unwrap_or("").to_lowercase();
    unit(part) == "civilians"
        && matches!(unit(whole).as_str(), "people" | "persons" | "individuals")
        && part.high.is_some_and(|h| h < whole.low)
}

/// The day a figure's sentence speaks of, as days since 1970: its one weekday resolved
/// against the article's date ("on Friday"), or "today" / "yesterday" / "tomorrow" counted
/// from it. None when the sentence names no such day or several. Calendar dates are left
/// out: they are as often a deadline or a maturity ("deadline for payment is set for March
/// 31", "due March 31, 2002") as the day of the figure.
fn spoken_day(doc: &StoryDoc, q: &Quantity) -> Option<i64> {
    let mut days = doc
        .claims
        .dates
        .iter()
        .filter(|d| d.sentence == q.sentence && d.kind == "weekday")
        .filter_map(|d| {
            d.resolved
                .as_deref()
                .and_then(crate::claims::dates::parse_iso)
        })
        .map(|(y, m, d)| crate::claims::dates::days_from_civil(y, m, d));
    if let Some(first) = days.next() {
        return days.all(|d| d == first).then_some(first);
    }
    let (y, m, d) = doc.date.and_then(crate::calendar::parse_date)?;
    let published = crate::claims::dates::days_from_civil(y, m, d);
    let range = doc.claims.sentences.get(q.sentence)?;
    // A capital inside the sentence makes a name of the word ("BBC Radio 4's Today
    // programme", "USA Today"), not a day.
    let words: Vec<String> = doc
        .text
        .get(range.clone())?
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .enumerate()
        .filter(|(k, w)| *k == 0 || !w.starts_with(char::is_uppercase))
        .map(|(_, w)| w.to_lowercase())
        .collect();
    let this_part = words
        .windows(2)
        .any(|w| w[0] == "this" && matches!(w[1].as_str(), "morning" | "afternoon" | "evening"));
    let offsets: BTreeSet<i64> = words
        .iter()
        .filter_map(|w| match w.as_str() {
            "today" | "tonight" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        })
        .chain(this_part.then_some(0))
        .collect();
    match offsets.len() {
        1 => offsets.first().map(|o| published + o),
        _ => None,
    }
}

/// The words within `MOMENT_WORDS` of a figure in its sentence, as written, with the figure
/// standing as "#" between them: "closed # lower".
fn next_to<'a>(doc: &'a StoryDoc, q: &Quantity) -> Vec<&'a str> {
    let (before, after) = beside(doc, q, MOMENT_WORDS);
    [before, vec!["#"], after].concat()
}

/// The numbered periods named next to a figure, as "first quarter", "second week": "in the
/// first half", "its fourth-quarter level", "Q2", "on its second week of release", "the
/// opening weekend" (the first). A figure of one period and a differing one of another are
/// two figures, not two accounts of one (a first-half ceiling against a fourth-quarter
/// output). "last week" and "last season" look back (see `looks_back`).
fn ordinal_periods(doc: &StoryDoc, q: &Quantity) -> BTreeSet<String> {
    const PERIODS: &[&str] = &[
        "week", "weekend", "day", "quarter", "half", "round", "set", "game", "leg", "stage",
        "month", "year", "season", "term", "inning", "innings", "period", "test", "match",
    ];
    let ordinal = |w: &str| match w {
        "first" | "1st" | "opening" => Some("first"),
        "second" | "2nd" => Some("second"),
        "third" | "3rd" => Some("third"),
        "fourth" | "4th" => Some("fourth"),
        "fifth" | "5th" => Some("fifth"),
        "final" => Some("final"),
        _ => None,
    };
    // "fourth-quarter" as well as "fourth quarter".
    let words: Vec<String> = next_to(doc, q)
        .iter()
        .flat_map(|w| w.split('-'))
        .map(bare)
        .collect();
    let period = |w: &str| -> Option<&'static str> {
        let one = w
            .strip_suffix('s')
            .filter(|o| PERIODS.contains(o))
            .unwrap_or(w);
        PERIODS.iter().copied().find(|&p| p == one)
    };
    let quarters = words.iter().filter_map(|w| match w.as_str() {
        "q1" => Some("first quarter".to_string()),
        "q2" => Some("second quarter".to_string()),
        "q3" => Some("third quarter".to_string()),
        "q4" => Some("fourth quarter".to_string()),
        _ => None,
    });
    words
        .windows(2)
        .filter_map(|w| Some(format!("{} {}", ordinal(&w[0])?, period(&w[1])?)))
        .chain(quarters)
        .collect()
}

/// How many words on each side of a figure may name its moment (see `session_moments`).
const MOMENT_WORDS: usize = 7;

/// The moments of a trading session or a market's day named next to a figure ("0.10 cent
/// lower to 0.20 higher in latest trade", "traded 0.25 higher in light midsession
/// dealings", "before closing 0.62 cent lower", "at the open", "up over 5% by noon", "345
/// mln stg help in the morning session"): a market report gives the figures of one moment,
/// and two reports of the same day that name no moment in common give two moments'
/// figures. Only words within `MOMENT_WORDS` of the figure, in lower case, in the phrases a
/// market report uses: "opened fire", "an opening statement", "closed the road", "on
/// Tuesday morning" and "The Sydney Morning Herald" name no moment of a session.
fn session_moments(doc: &StoryDoc, q: &Quantity) -> BTreeSet<&'static str> {
    let raw = next_to(doc, q);
    let words: Vec<String> = raw.iter().map(|w| bare(w)).collect();
    let word = |k: usize| words.get(k).map_or("", String::as_str);
    let lower = |k: usize| {
        raw.get(k)
            .is_some_and(|w| !w.starts_with(char::is_uppercase))
    };
    // A move or a level follows a session's verb: "opened 0.5 higher", "closed up", "closing
    // at 1,890" (the figure itself counts).
    let moves = |k: usize| {
        let w = word(k);
        w.is_empty() && raw.get(k) == Some(&"#")
            || w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                w,
                "up" | "down" | "higher" | "lower" | "at" | "unchanged" | "steady" | "flat" | "a"
            )
    };
    let dealings = |k: usize| matches!(word(k), "trade" | "trading" | "dealings" | "session");
    (0..words.len())
        .filter(|&k| lower(k))
        .filter_map(|k| match word(k) {
            "opened" | "opening" if moves(k + 1) || dealings(k + 1) || word(k + 1) == "minutes" => {
                Some("open")
            }
            "open" | "opening" | "start" | "outset"
                if k > 1 && word(k - 1) == "the" && word(k - 2) == "at" && word(k + 1) != "of" =>
            {
                Some("open")
            }
            "early" if dealings(k + 1) => Some("open"),
            "late" | "latest" if dealings(k + 1) => Some("late"),
            "midsession" | "mid-session" | "midday" | "noon" | "lunchtime" => Some("mid"),
            "midmorning" | "mid-morning" => Some("morning"),
            "morning" if dealings(k + 1) => Some("morning"),
            "afternoon" if dealings(k + 1) => Some("afternoon"),
            "closed" | "closing" if moves(k + 1) => Some("close"),
            "close" | "closing" if k > 0 && matches!(word(k - 1), "the" | "before" | "at") => {
                Some("close")
            }
            "close" if k > 0 && word(k - 1) == "to" && moves(k + 1) => Some("close"),
            _ => None,
        })
        .collect()
}

/// Similarity under which two tolls next to two means of harm are two attacks (see
/// `harms`); above it the two sentences are one report told two ways, and the tolls are
/// compared ("Government bombing killed 40 civilians" / "Government airstrikes killed 30
/// civilians" is one attack, two accounts).
const TWO_ATTACKS_SIMILARITY: f64 = 0.5;

/// The families of the means of harm named next to a figure ("an alleged chemical-weapons
/// attack on a Damascus suburb that killed dozens of civilians" → chemical; "the airstrikes
/// killed 14 people" → air strike), by `lexicon::harm_families`. Tolls next to two means
/// of harm that share no family, in sentences that are not one sentence retold, are tolls
/// of two attacks.
fn harms(doc: &StoryDoc, q: &Quantity) -> BTreeSet<&'static str> {
    let near = words_around(doc, q).to_lowercase();
    let words: Vec<&str> = near
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len())
        .filter_map(|i| lexicon::means_of_harm(&words, i))
        .flat_map(lexicon::harm_families)
        .collect()
}

/// Figures whose sentences speak of two different days: two days' reports ("a shortage of
/// around 800 mln stg in the money market today" on March 2, "around 350 mln stg ...
/// today" on March 3), not two accounts of one figure.
fn other_days(a: Option<i64>, b: Option<i64>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

/// Words of time that, before "earlier", "ago", "after" or "before", or after "last" or
/// "this", make a stretch of time.
const TIME_UNITS: &[&str] = &[
    "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "season",
    "seasons", "decade", "decades", "quarter",
];

/// Does the clause of a figure tell of an earlier time than the story's news ("Last year
/// 185,000 people were tested", "13 home runs … last season", "unknown until three years
/// ago", "had previously been arrested four times", "one week after he managed nine
/// carries")? A figure of the news that differs from one told of an earlier time is two
/// figures, not two accounts of one. Only the figure's clause counts (up to a comma, a
/// colon, a dash or a bracket): "The quake, which struck two days ago, has killed 300
/// people" and "300 people, more than previously reported" tell the news. A tally to date
/// ("so far", "this year") is the news too, and "last week's riots" names it.
fn looks_back(doc: &StoryDoc, q: &Quantity) -> bool {
    // The figure itself is left out: "held 22 months before being released" is a stretch
    // of the news, not a time before it.
    let Some((before, after)) = doc.claims.sentences.get(q.sentence).and_then(|r| {
        let (start, end) = (q.span.start.max(r.start), q.span.end.min(r.end));
        Some((doc.text.get(r.start..start)?, doc.text.get(end..r.end)?))
    }) else {
        return false;
    };
    let boundary = |c: char| matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')');
    let before = before.rfind(boundary).map_or(before, |k| &before[k..]);
    let after = after.find(boundary).map_or(after, |k| &after[..k]);
    let raw: Vec<&str> = before
        .split_whitespace()
        .chain(["#"])
        .chain(after.split_whitespace())
        .collect();
    let words: Vec<String> = raw.iter().map(|w| bare(w)).collect();
    let word = |k: usize| words.get(k).map_or("", String::as_str);
    let unit = |k: usize| TIME_UNITS.contains(&word(k));
    (0..words.len()).any(|k| match word(k) {
        "previously" | "ago" => true,
        "earlier" => k > 0 && unit(k - 1),
        // "a day before the vote" dates the news by another event.
        "after" | "before" => k > 0 && unit(k - 1) && word(k + 1) != "the",
        "last" => unit(k + 1) && !raw[k + 1].ends_with("'s") && !raw[k + 1].ends_with("’s"),
        "prior" => word(k + 1) == "to" && matches!(word(k + 2), "that" | "this"),
        _ => false,
    })
}

/// The months (with their days, when given) a figure's sentence names ("house prices rose
/// by 0.8% in January", "Reserve fell on March 27").
fn spoken_months(doc: &StoryDoc, q: &Quantity) -> BTreeSet<(u32, Option<u32>)> {
    doc.claims
        .dates
        .iter()
        .filter(|d| d.sentence == q.sentence)
        .filter_map(|d| Some((d.parts.month?, d.parts.day)))
        .collect()
}

/// Figures whose sentences name months, none in common (nor, where both give one, a day),
/// are of two periods: "prices rose by 0.8% in January" / "prices fell 0.2% in December"
/// are two monthly reports, the Treasury's balance "on March 27" / "on March 30" two days'.
fn other_months(a: &BTreeSet<(u32, Option<u32>)>, b: &BTreeSet<(u32, Option<u32>)>) -> bool {
    let meet = |x: &(u32, Option<u32>), y: &(u32, Option<u32>)| {
        x.0 == y.0 && (x.1.is_none() || y.1.is_none() || x.1 == y.1)
    };
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.iter().any(|y| meet(x, y)))
}

/// The names a figure's sentence (`text`, starting at byte `offset` of the article, read
/// into `tokens`) gives, folded (`names::fold`): its capitalized words but the first
/// (capitalized by position; with `with_first`, kept when it is no frequent English word:
/// "Tzekos was banned", not "Police said"), months, weekdays, words that are capitalized
/// only to open a sentence, and the figure's own words ("100 mln New Zealand dlrs"). A
/// country, its people and its capital are one name.
fn sentence_names(
    (text, offset, tokens): (&str, usize, &[Token]),
    q: &Quantity,
    with_first: bool,
) -> BTreeSet<String> {
    tokens
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .enumerate()
        .filter(|&(k, t)| {
            let at = offset + t.start;
            let opener = k == 0;
            (!opener || with_first && !is_frequent_word(&t.lower))
                && t.is_capitalized(text)
                && !(q.span.start <= at && at < q.span.end)
                && lexicon::month(&t.lower).is_none()
                && !lexicon::weekday(t.lower.trim_end_matches('s'))
                && !lexicon::common_capitalized(&t.lower)
                // "American" qualifies two athletes as well as one: a people's adjective
                // names no subject ("clocked 44.93 seconds ... fellow American Bershawn
                // Jackson" / "6.62 seconds ... American Maurice Greene's record").
                && !(lexicon::nationality(&t.lower).is_some()
                    && lexicon::country_name(&t.lower).is_none())
        })
        .map(|(_, t)| super::name_key(&t.lower))
        .filter(|f| !f.is_empty())
        .collect()
}

/// Two sentences that each name someone or something and have no name in common speak of
/// two subjects ("Texaco said its natural gas reserves totaled 8.16 trillion cubic feet" /
/// "... reserves of natural gas declined to 964 billion cubic feet last year, ... Pennzoil
/// said"; "Dorsey's been at the plant for 37 years" / "Dough mixer Andy Ryan, who has
/// worked at the plant for nearly 30 years"). A name written two ways is one name.
fn other_subjects(a: &Names, b: &Names) -> bool {
    let shared =
        meet(&a.all, &b.all) || !a.initials.is_disjoint(&b.all) || !b.initials.is_disjoint(&a.all);
    !a.inner.is_empty() && !b.inner.is_empty() && !shared
}

/// Does a name of `xs` meet one of `ys`, the same or written two ways?
fn meet(xs: &BTreeSet<String>, ys: &BTreeSet<String>) -> bool {
    xs.iter()
        .any(|x| ys.iter().any(|y| x == y || same_surname(x, y)))
}

/// Two sentences that open with two firms' names, neither of which the other sentence
/// writes, speak of two subjects whatever else they share, also when one is the other with
/// its subject and figure replaced: "<Discovery West Corp> said it plans to sell … notes
/// through First Marathon Securities" / "<Rayrock Yellowknife Resources Inc> said it plans
/// to sell … through First Marathon Securities" are two issuers with one agent. Only firms
/// (see `opening_firm`): one subject has many names ("Centcom" / "Central Command",
/// "Gadhafi" / "Qaddafi", "The Pentagon" / "The Defense Department"), and two accounts of one
/// toll may each open with theirs.
fn two_openers(a: &Names, b: &Names) -> bool {
    let with_opener = |n: &Names| n.all.union(&n.opener).cloned().collect::<BTreeSet<_>>();
    !a.opener.is_empty()
        && !b.opener.is_empty()
        && !meet(&a.opener, &with_opener(b))
        && !meet(&b.opener, &with_opener(a))
        && a.initials.is_disjoint(&b.all)
        && b.initials.is_disjoint(&a.all)
}

/// The firm a figure's sentence opens with, its words folded, when it opens with one: a run
/// of capitalized words (with "of", "and", "&" between them) that a wire sets in angle
/// brackets ("<Discovery West Corp> said") or that a firm's kind closes ("Texaco Inc said",
/// "Hydro Quebec Ltd has"), followed by a word in lower case, without the kind and the
/// words capitalized only to open it ("The").
fn opening_firm(text: &str, tokens: &[Token]) -> BTreeSet<String> {
    let Some(first) = tokens.iter().position(|t| t.kind == Kind::Word) else {
        return BTreeSet::new();
    };
    let in_run = |t: &Token| {
        t.kind == Kind::Word
            && (t.is_capitalized(text) || matches!(t.lower.as_str(), "of" | "and" | "&"))
            || t.is_punct('&')
            || t.is_punct('.')
    };
    let end = (first..tokens.len())
        .find(|&k| !in_run(&tokens[k]))
        .unwrap_or(tokens.len());
    let run = &tokens[first..end];
    let bracketed = first > 0
        && tokens[first - 1].is_punct('<')
        && tokens.get(end).is_some_and(|t| t.is_punct('>'));
    let kind_closes = run
        .iter()
        .rev()
        .find(|t| t.kind == Kind::Word)
        .is_some_and(|t| lexicon::firm_kind(&t.lower));
    // The firm is the subject of a verb that follows it, not a place set off by a comma.
    let verb_after = tokens[end..]
        .iter()
        .find(|t| !t.is_punct('>'))
        .is_some_and(|t| t.kind == Kind::Word && !t.is_capitalized(text));
    if !(bracketed || kind_closes) || !verb_after {
        return BTreeSet::new();
    }
    run.iter()
        .filter(|t| t.kind == Kind::Word && t.is_capitalized(text))
        .filter(|t| !lexicon::firm_kind(&t.lower) && !lexicon::common_capitalized(&t.lower))
        .filter(|t| !lexicon::determiner(&t.lower))
        .map(|t| super::name_key(&t.lower))
        .filter(|f| !f.is_empty())
        .collect()
}

/// A sentence's names (`sentence_names`): `inner` without its first word, which says
/// whether the sentence names anything, and `all` with it ("Tzekos was also banned"), which
/// is what two sentences may share; `initials` of its names of several words, which may
/// stand in the other sentence as one word ("the United Nations" / "the UN"). Two names'
/// initials are not compared: "Alireza Safa" and "Abdolreza Sheikholeslami" are two men.
struct Names {
    inner: BTreeSet<String>,
    all: BTreeSet<String>,
    initials: BTreeSet<String>,
    opener: BTreeSet<String>,
}

impl Names {
    /// The names of figure `q`'s sentence, read from one tokenization of it.
    fn of(doc: &StoryDoc, q: &Quantity) -> Names {
        let range = doc
            .claims
            .sentences
            .get(q.sentence)
            .cloned()
            .unwrap_or(0..0);
        let text = doc.text.get(range.clone()).unwrap_or("");
        let tokens = crate::claims::tokens::tokenize(text);
        let sentence = (text, range.start, tokens.as_slice());
        Names {
            inner: sentence_names(sentence, q, false),
            all: sentence_names(sentence, q, true),
            initials: initials(text, &tokens),
            opener: opening_firm(text, &tokens),
        }
    }
}

/// The initials of each name of two or more capitalized words in a figure's sentence,
/// folded: "United Nations" → "un", "Council of Mortgage Lenders" → "cml" (the words that
/// join a name's parts are passed over).
fn initials(text: &str, tokens: &[Token]) -> BTreeSet<String> {
    const JOINERS: &[&str] = &["of", "and", "for", "the", "de"];
    let mut found = BTreeSet::new();
    let (mut run, mut words) = (String::new(), 0);
    for t in tokens {
        let joins = t.kind == Kind::Word && JOINERS.contains(&t.lower.as_str());
        if t.is_capitalized(text) && !joins {
            run.extend(t.lower.chars().next());
            words += 1;
        } else if !(joins && words > 0) {
            if words >= 2 {
                found.insert(fold(&run));
            }
            (run, words) = (String::new(), 0);
        }
    }
    if words >= 2 {
        found.insert(fold(&run));
    }
    found
}

/// Two distances of two things from one place ("the building, about 15 miles north of
/// Detroit" / "a motorist 50 miles north of Detroit").
fn places_two_things(a: &Option<String>, b: &Option<String>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

/// The owner written before a count, as a qualifier for `part_of`: "California's 55
/// electors" are some of "538 electors from all 50 states".
fn owner(doc: &StoryDoc, q: &Quantity) -> Option<String> {
    let before = doc.text.get(..q.span.start)?.trim_end();
    let stem = lexicon::without_possessive(before);
    if stem.len() == before.len() {
        return None;
    }
    let word = stem.rsplit(|c: char| !c.is_alphanumeric()).next()?;
    let lower = word.to_lowercase();
    // "Monday's 90 percent", "Today's 20 cases": a day, not an owner.
    if lexicon::weekday(&lower) || lexicon::month(&lower).is_some() || lower == "today" {
        return None;
    }
    // "He's 45 years old", "It's 20 miles": a contraction, not an owner.
    let contraction = matches!(
        lower.as_str(),
        "he" | "she" | "it" | "that" | "there" | "here" | "what" | "who" | "where" | "this" | "let"
    );
    (word.starts_with(char::is_uppercase) && !contraction).then_some(lower)
}

/// Is `part`, a count its owner's ("California's 55 electors"), some of `whole` (538
/// electors), whose sentence does not name that owner? Not when the other sentence speaks of
/// the owner too ("Biden's 74 million votes" / "Biden won 81 million votes").
fn owned_part(
    part: &Quantity,
    owner: &Option<String>,
    (docs, d, whole): (&[StoryDoc], usize, &Quantity),
) -> bool {
    let Some(owner) = owner else {
        return false;
    };
    // A count of things or people, not a share, a sum or a span ("Pfizer's 90 percent").
    if generic_unit(&unit_key(part)) {
        return false;
    }
    let smaller = part.high.is_some_and(|h| h < whole.low);
    let sentence = docs[d]
        .claims
        .sentences
        .get(whole.sentence)
        .and_then(|r| docs[d].text.get(r.clone()))
        .unwrap_or("");
    smaller
        && !sentence
            .split_whitespace()
            .any(|w| lexicon::without_possessive(&bare(w)) == owner.as_str())
}

/// A bar to clear rather than a count: "the 270 electoral votes needed to win", "votes
/// required to pass", "must gain 270 votes", "would still need at least 10 Republican
/// votes". Beside a tally ("Biden had won 253 electoral votes") it is another figure.
/// ("five officers needed hospital treatment", "doctors must treat five" are tallies.)
fn threshold(doc: &StoryDoc, q: &Quantity) -> bool {
    let after = words_after(doc, q, 2);
    let before = words_before(doc, q, 2);
    fn word(v: &[String], k: usize) -> &str {
        v.get(k).map_or("", String::as_str)
    }
    let needed_to =
        matches!(word(&after, 0), "needed" | "required" | "necessary") && word(&after, 1) == "to";
    let need = matches!(word(&before, 0), "need" | "needs" | "require" | "requires");
    let must_reach = word(&before, 1) == "must"
        && matches!(
            word(&before, 0),
            "gain" | "win" | "get" | "reach" | "secure" | "muster" | "clear"
        );
    needed_to || need || must_reach
}

/// Time since or until something, and what it is counted from: "eight months after first
/// authorizing the vaccine" (from "first authorizing vaccine"), "30 years after he tipped
/// off reporters". `None` for a plain duration ("served four months"); an empty anchor for
/// "ago", "later", "earlier". Two spans from events named in other words are two figures
/// (see `other_anchors`), and so are a span from an event and a deadline from now ("nearly
/// four months after Facebook suspended Trump" / "revisit the decision within six months").
fn elapsed(doc: &StoryDoc, q: &Quantity, unit: &str) -> Option<BTreeSet<String>> {
    if !lexicon::time_unit(unit) {
        return None;
    }
    // "suspend exports for an expected four months after an earthquake": a duration, whatever
    // follows it.
    if words_before(doc, q, 3).iter().any(|w| w == "for") {
        return None;
    }
    let after = words_after(doc, q, 8);
    let (first, rest) = after.split_first()?;
    match first.as_str() {
        "after" | "before" | "since" | "until" => Some(
            rest.iter()
                .map(|w| lexicon::without_possessive(w).to_string())
                .filter(|w| !w.is_empty() && !crate::story::stopwords::is_stop_word(w))
                .take(3)
                .collect(),
        ),
        "ago" | "later" | "earlier" | "prior" => Some(BTreeSet::new()),
        _ => None,
    }
}

/// A time from now to a deadline: "within six months", "in about 30 days".
fn deadline(doc: &StoryDoc, q: &Quantity) -> bool {
    let before = doc.text.get(..q.span.start).unwrap_or("").trim_end();
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    matches!(word.to_lowercase().as_str(), "within" | "in")
}

/// Two figures counted from different things: two spans from events whose words differ, or
/// a span from an event against a deadline from now (see `elapsed`, `deadline`).
fn other_anchors(
    a: (&Option<BTreeSet<String>>, bool),
    b: (&Option<BTreeSet<String>>, bool),
) -> bool {
    match (a, b) {
        ((Some(x), _), (Some(y), _)) => !x.is_empty() && !y.is_empty() && x.is_disjoint(y),
        ((Some(_), _), (None, true)) | ((None, true), (Some(_), _)) => true,
        _ => false,
    }
}

/// What a distance is measured from: its first two words of substance after the direction
/// ("50 miles north of Detroit" → {detroit}, "about 50 miles from North Korea's capital" →
/// {north, korea}, "130 miles north of the border with South Korea" → {border, south}, "40
/// miles north of the capital, Pyongyang" → {capital, pyongyang}). Distances from places
/// that share no word are two figures.
fn reference(doc: &StoryDoc, q: &Quantity, unit: &str) -> Option<BTreeSet<String>> {
    if !lexicon::distance_unit(unit) {
        return None;
    }
    let after = words_after(doc, q, 7);
    let (first, rest) = after.split_first()?;
    if !lexicon::compass_direction(first.trim_end_matches("ern")) && first != "from" {
        return None;
    }
    let words: BTreeSet<String> = rest
        .iter()
        .map(|w| lexicon::without_possessive(w).to_string())
        .filter(|w| !w.is_empty() && !crate::story::stopwords::is_stop_word(w))
        .take(2)
        .collect();
    (!words.is_empty()).then_some(words)
}

/// Distances from two places (see `reference`).
fn other_references(a: &Option<BTreeSet<String>>, b: &Option<BTreeSet<String>>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x.is_disjoint(y))
}

/// The size of the group "one of" picks a member from: "one of seven Republican senators
/// who voted to convict", "one of the court's nine justices". Compared with such sizes
/// only: "one of three officers involved" counts the officers, "Two police officers
/// involved ... will not face charges" those cleared.
fn group_size(doc: &StoryDoc, q: &Quantity) -> bool {
    let before = words_before(doc, q, 4);
    let mut words = before.iter().map(String::as_str).skip_while(|w| {
        matches!(*w, "the" | "its" | "his" | "her" | "their" | "our")
            || lexicon::without_possessive(w) != *w
    });
    words.next() == Some("of") && words.next() == Some("one")
}

/// A count over a stretch of something, not the whole of it: "the first two games", "for
/// the past five years", "the last 10 games". Beside a plain count ("took Detroit to six
/// games", "served 15 years") it is a part, not another figure for the same thing.
fn window(doc: &StoryDoc, q: &Quantity) -> bool {
    words_before(doc, q, 1).first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "first" | "last" | "next" | "past" | "previous" | "final" | "opening" | "initial"
        )
    })
}

/// What a distance places: the word before "50 miles north of Detroit" ("a motorist 50
/// miles north", "the building, about 15 miles north", "The office building is about 15
/// miles north", "Flint, about 50 miles north"), in lower case without a plural `s`. None
/// when the figure is no distance from somewhere or the word before is no noun ("chased him
/// 30 miles north", "located 15 miles north").
fn located(doc: &StoryDoc, q: &Quantity, unit: &str) -> Option<String> {
    if !lexicon::distance_unit(unit) {
        return None;
    }
    let after = words_after(doc, q, 1);
    let direction = after.first().is_some_and(|w| {
        lexicon::compass_direction(w.trim_end_matches("ern"))
            || matches!(
                w.as_str(),
                "from" | "away" | "outside" | "off" | "inland" | "offshore"
            )
    });
    if !direction {
        return None;
    }
    let before = words_before(doc, q, 3);
    let at = before.iter().position(|w| {
        !matches!(
            w.as_str(),
            "is" | "was" | "are" | "were" | "lies" | "lay" | "sits"
        )
    })?;
    let holder = &before[at];
    // After a comma or "is" the word is a noun ("the building, about 15 miles north", "the
    // crossing is 3 miles east"). Right before the figure it is one only after a determiner
    // ("a motorist 50 miles north"): otherwise it may be a verb measuring a way gone, regular
    // or not ("landed 5 miles off", "drove 50 miles north", "ran 10 miles south").
    let set_apart = at > 0
        || doc
            .text
            .get(..q.span.start)
            .is_some_and(|t| t.trim_end().ends_with(','));
    let determined = before
        .get(at + 1)
        .is_some_and(|w| DETERMINERS.contains(&w.as_str()));
    let noun = holder.chars().all(char::is_alphabetic)
        && !crate::story::stopwords::is_stop_word(holder)
        && !lexicon::aux_or_adverb(holder)
        && (set_apart || determined);
    noun.then(|| holder.trim_end_matches('s').to_string())
}

/// Words that make the word after them a noun ("a motorist", "the building").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one",
    "another", "each",
];

/// What befell the people a figure counts, when the words next to it say: "killed 14
/// people", "four people were killed", "49 people dead" against "injuring five people",
/// "12 police officers shot", "Two officers were wounded". A count of the dead and a count
/// of the hurt or shot are two figures of one attack ("shot three people, killing two";
/// "12 police officers shot" / "killing five police officers").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    Killed,
    Hurt,
}

fn fate_word(w: &str) -> Option<Fate> {
    match w {
        "killed" | "killing" | "kill" | "kills" | "dead" | "died" | "die" | "dies" | "deaths"
        | "dying" | "murdered" | "murdering" | "slain" | "fatalities" | "perished" => {
            Some(Fate::Killed)
        }
        "injured" | "injuring" | "injure" | "injures" | "injuries" | "wounded" | "wounding"
        | "wounds" | "hurt" | "hurting" | "shot" | "shooting" | "shoots" | "hospitalized"
        | "hospitalised" => Some(Fate::Hurt),
        _ => None,
    }
}

/// The `Fate` of a figure: the verb right before it, with nothing between ("killing 10
/// people"; not the noun of "In the shooting, 49 people died"), else the first word after it
/// past auxiliaries ("four people were killed", "189 people killed and 516 injured").
/// "shot dead", "shot 12 demonstrators dead", "shot and killed", "shot to death" are deaths.
fn fate(doc: &StoryDoc, q: &Quantity) -> Option<Fate> {
    let sentence_start = doc.claims.sentences.get(q.sentence).map_or(0, |r| r.start);
    let governing = doc
        .text
        .get(sentence_start..q.span.start)
        .unwrap_or("")
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .filter(|w| w.ends_with(char::is_alphabetic))
        .and_then(|w| fate_word(&bare(w)));
    let after = words_after(doc, q, 6);
    let mut rest = after.iter().skip_while(|w| lexicon::aux_or_adverb(w));
    let first = rest.next().map_or("", String::as_str);
    let next: Vec<&str> = rest.take(2).map(String::as_str).collect();
    let dead_after = first == "dead"
        || matches!(
            next.as_slice(),
            ["dead", ..] | ["and", "killed", ..] | ["to", "death", ..]
        );
    let found = governing.or_else(|| fate_word(first))?;
    Some(if found == Fate::Hurt && dead_after {
        Fate::Killed
    } else {
        found
    })
}

/// The step a figure was rounded to, when its digits say so: "$2.3 trillion" to a tenth of
/// a trillion, "2.3 percent" to a tenth of a percent, with the number of decimals written.
/// A whole number ("49 people", "1 million", "$2 billion") is taken at its word: none ("1
/// million" / "1.4 million" unemployed is a 40% gap, not a rounding).
fn rounding_step(q: &Quantity) -> Option<(f64, usize)> {
    let value = q.value.filter(|_| q.approx.is_none())?;
    let word = q
        .span
        .text
        .split_whitespace()
        .find(|w| w.contains(|c: char| c.is_ascii_digit()))?;
    // The figure's digits, read in place (this runs for figure pairs in the alignment loop):
    // its mantissa and how many decimals it is written with.
    let start = word.find(|c: char| c.is_ascii_digit())?;
    let (mut mantissa, mut decimals, mut fraction) = (0.0f64, 0usize, false);
    for c in word[start..].chars() {
        match c {
            '0'..='9' => {
                mantissa = mantissa * 10.0 + f64::from(c as u8 - b'0');
                decimals += usize::from(fraction);
            }
            '.' if !fraction => fraction = true,
            ',' if !fraction => {}
            _ => break,
        }
    }
    if decimals == 0 || mantissa <= 0.0 {
        return None;
    }
    mantissa /= 10f64.powi(decimals as i32);
    let scale = value / mantissa;
    Some((scale / 10f64.powi(decimals as i32), decimals))
}

/// Is one figure the other rounded: "$2.3 trillion" / "$2.25 trillion", "$1.1bn" /
/// "$1.13bn"? Then the two are one figure written less
/// precisely, not two figures. "3.6 mln bpd" / "3.6 bpd" are two scales, not a rounding.
fn rounded_alike(a: &Quantity, b: &Quantity) -> bool {
    let (Some((step_a, dec_a)), Some((step_b, dec_b))) = (rounding_step(a), rounding_step(b))
    else {
        return false;
    };
    let (Some(x), Some(y)) = (a.value, b.value) else {
        return false;
    };
    let step = match dec_a.cmp(&dec_b) {
        std::cmp::Ordering::Less => step_a,
        std::cmp::Ordering::Greater => step_b,
        std::cmp::Ordering::Equal => return false,
    };
    (x - y).abs() <= step / 2.0 * (1.0 + 1e-9)
}

/// Does one interval hold the other ("between three and five" within "two to five")?
fn nested(a: &Quantity, b: &Quantity) -> bool {
    let tol = INTERVAL_TOLERANCE;
    let within = |x: &Quantity, y: &Quantity| {
        x.low >= y.low * (1.0 - tol) && high(x) <= high(y) * (1.0 + tol)
    };
    within(a, b) || within(b, a)
}

/// One figure in the next scale, a thousand times apart ("up to $4.5bn" / "up to $4.5
/// trillion"): a slip, which two bounds that hold each other must not pass off as
/// one told less precisely.
fn other_scale(a: &Quantity, b: &Quantity) -> bool {
    ratio(a, b).is_some_and(|ratio| (ratio - 1000.0).abs() < 1e-6)
}

/// A range the writer gave: "10 to 12", "between 10 and 12".
fn written_range(q: &Quantity) -> bool {
    q.approx.as_deref() == Some("between")
}

/// How two aligned quantities relate. Two written ranges that overlap without one holding
/// the other ("4 to 7 basis points" / "6 to 11 basis points") conflict: neither is the
/// other told less precisely.
/// Is `b` a figure more than three times the open lower bound `a` ("More than 4.4 million
/// Americans filed … last week" / "A record 26 million Americans have sought benefits over
/// the last five weeks")? A writer's "more than" stays near what it bounds ("more than five
/// hours" / "eight hours"): that far past it, the two count two things.
fn far_past_a_bound(a: &Quantity, b: &Quantity) -> bool {
    a.high.is_none() && a.value.is_some() && b.high.is_some() && b.low > 3.0 * a.low && a.low > 0.0
}

fn number_relation(a: &Quantity, b: &Quantity) -> Relation {
    let relation = if !overlaps(a, b) && !rounded_alike(a, b) || other_scale(a, b) {
        Relation::Conflicting
    } else if same_anchor(a, b) || a.value.is_none() || b.value.is_none() {
        Relation::Agree
    } else if written_range(a) && written_range(b) && !nested(a, b) {
        Relation::Conflicting
    } else {
        Relation::LessPrecise
    };
    if relation != Relation::Agree && same_but_a_typo(&a.span.text, &b.span.text) {
        return Relation::Agree; // "9.7 mln dlrs" / "9.7 mlln dlrs": one was mistyped
    }
    relation
}

pub(super) fn compare_numbers(docs: &[StoryDoc], index: &StoryIndex, out: &mut Vec<Conflict>) {
    struct Item<'a> {
        doc: usize,
        q: &'a Quantity,
        unit: String,
        terms: Vec<align::Term>,
        near: Vec<align::Term>,
        // What kind of count it is, read once: see `part_of`, `additional`, `is_change`.
        qualifiers: BTreeSet<String>,
        additional: bool,
        combined: bool,
        change: bool,
        rate: bool,
        window: bool,
        located: Option<String>,
        day: Option<i64>,
        months: BTreeSet<(u32, Option<u32>)>,
        back: bool,
        // Read when a pair first needs them (`marks_apart`): most figures are never
        // compared.
        harms: OnceCell<BTreeSet<&'static str>>,
        session: OnceCell<BTreeSet<&'static str>>,
        periods: OnceCell<BTreeSet<String>>,
        // The two words before the figure, for `tie_break`.
        lead_words: OnceCell<Vec<String>>,
        lead: Option<(String, String)>,
        fate: Option<Fate>,
        threshold: bool,
        elapsed: Option<BTreeSet<String>>,
        deadline: bool,
        reference: Option<BTreeSet<String>>,
        group: bool,
        owner: Option<String>,
    }
    let mut items = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for q in &doc.claims.quantities {
            let unit = unit_key(q);
            if unit.is_empty()
                || margin_of_error(doc, q)
                || counted_sources(doc, q)
                || consensus_forecast(doc, q)
                || in_table(doc, q.sentence)
                || hypothetical(doc, q)
            {
                continue;
            }
            // The words of the sentence and the one before, without the quantity's own.
            let own = index.intern(&align::terms(&q.span.text));
            let terms = index
                .context(d, q.sentence)
                .into_iter()
                .filter(|t| !own.contains(t))
                .collect();
            let near = index
                .intern(&align::terms(&words_around(doc, q)))
                .into_iter()
                .filter(|t| !own.contains(t))
                .collect();
            let change = is_change(doc, q, &unit);
            let located = located(doc, q, &unit);
            let qualifiers = qualifiers(q);
            let elapsed = elapsed(doc, q, &unit);
            let reference = reference(doc, q, &unit);
            items.push(Item {
                doc: d,
                q,
                unit,
                terms,
                near,
                qualifiers,
                additional: additional(q) || remaining(doc, q),
                combined: combined(doc, q),
                change,
                rate: is_rate(doc, q),
                window: window(doc, q),
                located,
                day: spoken_day(doc, q),
                months: spoken_months(doc, q),
                back: looks_back(doc, q),
                harms: OnceCell::new(),
                session: OnceCell::new(),
                periods: OnceCell::new(),
                lead_words: OnceCell::new(),
                lead: lead_key(doc, q),
                fate: fate(doc, q),
                threshold: threshold(doc, q),
                elapsed,
                deadline: deadline(doc, q),
                reference,
                group: group_size(doc, q),
                owner: owner(doc, q),
            });
        }
    }
    // Figures of articles published on two days are one moment's only when their sentences
    // name one day ("Wednesday" in a report of that day and in one of the next; "yesterday"
    // on March 3 and "today" on March 2): see `StoryIndex::same_day`.
    let one_moment = |a: &Item, b: &Item| {
        index.same_day(a.doc, b.doc) || matches!((a.day, b.day), (Some(x), Some(y)) if x == y)
    };
    // Each article's figures of each unit.
    let mut per_doc_unit: BTreeMap<(usize, &str), Vec<usize>> = BTreeMap::new();
    for (i, it) in items.iter().enumerate() {
        per_doc_unit
            .entry((it.doc, it.unit.as_str()))
            .or_default()
            .push(i);
    }
    // How often each item's article uses its unit, read once rather than per pair.
    let uses: Vec<usize> = items
        .iter()
        .map(|it| per_doc_unit[&(it.doc, it.unit.as_str())].len())
        .collect();
    // The other figures of each item's sentence.
    let mut per_sentence: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, it) in items.iter().enumerate() {
        per_sentence
            .entry((it.doc, it.q.sentence))
            .or_default()
            .push(i);
    }
    let companions = |i: usize| {
        per_sentence[&(items[i].doc, items[i].q.sentence)]
            .iter()
            .copied()
            .filter(move |&k| k != i)
    };
    // Two statistics lines (three figures or more each) that share fewer than half their
    // other figures are about two games, periods or people ("70 yards on nine carries and 55
    // yards on five catches" against the season's "269 yards on 83 carries and 201 yards on
    // 29 catches"; "269 yards and two touchdowns ... 29 passes for 201 yards" against "793
    // yards and six touchdowns on 147 carries ... 39 passes for 302 yards and another two
    // touchdowns", where only the small "two" recurs): an edited line keeps most of the
    // figures it did not change.
    let other_lines = |i: usize, j: usize| {
        let (ci, cj) = (companions(i).count(), companions(j).count());
        let kept = companions(i)
            .filter(|&x| {
                companions(j).any(|y| number_relation(items[x].q, items[y].q) == Relation::Agree)
            })
            .count();
        ci >= 2 && cj >= 2 && 2 * kept < ci.min(cj)
    };
    let mut by_unit: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, it) in items.iter().enumerate() {
        by_unit.entry(it.unit.as_str()).or_default().push(i);
    }
    // Sentences that are two fillings of one template (`diff::two_fillings`): no figure of
    // one is compared with the other's, nor with another sentence of the other's article
    // (its counterpart there is about another thing, and a worse match is no better).
    let mut fillings: BTreeMap<(usize, usize, usize, usize), bool> = BTreeMap::new();
    let mut copies: BTreeMap<(usize, usize), bool> = BTreeMap::new();
    let mut filled: BTreeSet<(usize, usize, usize)> = BTreeSet::new();
    // Each article read once, when a pair first needs it.
    let mut read: Vec<Option<ArticleWords>> = docs.iter().map(|_| None).collect();
    for bucket in by_unit.values() {
        for (x, &i) in bucket.iter().enumerate() {
            for &j in &bucket[x + 1..] {
                let (a, b) = (&items[i], &items[j]);
                if a.doc == b.doc
                    || !index.comparable(a.doc, b.doc)
                    || !one_moment(a, b)
                    || near_shared(&a.near, &b.near) < 1
                {
                    continue;
                }
                for d in [a.doc, b.doc] {
                    if read[d].is_none() {
                        read[d] = Some(ArticleWords::read(&docs[d]));
                    }
                }
                let (Some(ra), Some(rb)) = (&read[a.doc], &read[b.doc]) else {
                    continue;
                };
                let copy = *copies
                    .entry((a.doc.min(b.doc), a.doc.max(b.doc)))
                    .or_insert_with(|| edited_copy(ra, rb));
                if copy {
                    continue;
                }
                let two = *fillings
                    .entry((a.doc, a.q.sentence, b.doc, b.q.sentence))
                    .or_insert_with(|| two_fillings((ra, a.q.sentence), (rb, b.q.sentence)));
                if two {
                    filled.insert((a.doc, a.q.sentence, b.doc));
                    filled.insert((b.doc, b.q.sentence, a.doc));
                }
            }
        }
    }
    // Two moments of a session, two numbered periods: see `session_moments`,
    // `ordinal_periods`.
    // Do two figures carry marks of one kind (`read` into the `cell` of each), none in
    // common: means of harm, session moments, numbered periods?
    fn marks_apart<'i, T: Ord>(
        docs: &[StoryDoc],
        (a, b): (&'i Item<'i>, &'i Item<'i>),
        cell: fn(&'i Item<'i>) -> &'i OnceCell<BTreeSet<T>>,
        read: fn(&StoryDoc, &Quantity) -> BTreeSet<T>,
    ) -> bool {
        let (ma, mb) = (cell(a), cell(b));
        none_in_common(
            ma.get_or_init(|| read(&docs[a.doc], a.q)),
            mb.get_or_init(|| read(&docs[b.doc], b.q)),
        )
    }
    // Two figures of one sentence share its context, and so their evidence: the one whose
    // own words match ("shortage forecast of 450 mln stg" against "shortage forecast of
    // around 500 mln stg", not "total help so far today to 461 mln stg") is matched first.
    // The weights only break ties.
    fn tie_break(docs: &[StoryDoc], a: &Item, b: &Item) -> f64 {
        let wa = a
            .lead_words
            .get_or_init(|| words_before(&docs[a.doc], a.q, 2));
        let wb = b
            .lead_words
            .get_or_init(|| words_before(&docs[b.doc], b.q, 2));
        let before = wa.iter().filter(|w| wb.contains(w)).count();
        1e-3 * before as f64 + 1e-6 * near_shared(&a.near, &b.near) as f64
    }
    let mut edges = Vec::new();
    let mut scores = BTreeMap::new();
    for bucket in by_unit.values() {
        for (x, &i) in bucket.iter().enumerate() {
            for &j in &bucket[x + 1..] {
                let (a, b) = (&items[i], &items[j]);
                if a.doc == b.doc || !index.comparable(a.doc, b.doc) || !one_moment(a, b) {
                    continue;
                }
                // Numbers with one unit in a story are about one thing only if the words
                // right around them say so ("troops ... near the border" both times): in a
                // story, "15 years" at the head of companies and a "10 year" sentence share
                // the sentence's topic but nothing next to the number. A unit an article
                // uses often (yards in a game report) names many things: its figures need
                // two words in common next to them.
                let busy = uses[i].max(uses[j]) >= BUSY_UNIT;
                if near_shared(&a.near, &b.near) < if busy { 2 } else { 1 } {
                    continue;
                }
                let (qa, qb) = ((a.q, &a.qualifiers), (b.q, &b.qualifiers));
                if apart(a.q, b.q)
                    || far_past_a_bound(a.q, b.q)
                    || far_past_a_bound(b.q, a.q)
                    || other_lines(i, j)
                    || part_of(qa, qb)
                    || part_of(qb, qa)
                    || a.additional != b.additional
                    || a.combined != b.combined
                    || a.change != b.change
                    || a.rate != b.rate
                    || a.window != b.window
                    || places_two_things(&a.located, &b.located)
                    || other_days(a.day, b.day)
                    || other_months(&a.months, &b.months)
                    || a.back != b.back && number_relation(a.q, b.q) == Relation::Conflicting
                    || marks_apart(docs, (a, b), |x| &x.harms, harms)
                        && index.sentence_similarity((a.doc, a.q.sentence), (b.doc, b.q.sentence))
                            < TWO_ATTACKS_SIMILARITY
                    || marks_apart(docs, (a, b), |x| &x.session, session_moments)
                    || marks_apart(docs, (a, b), |x| &x.periods, ordinal_periods)
                    || matches!((a.fate, b.fate), (Some(x), Some(y)) if x != y)
                    || a.threshold != b.threshold
                    || civilians_among_people(a.q, b.q)
                    || civilians_among_people(b.q, a.q)
                    || a.group != b.group
                    || other_anchors((&a.elapsed, a.deadline), (&b.elapsed, b.deadline))
                    || other_references(&a.reference, &b.reference)
                    || owned_part(a.q, &a.owner, (docs, b.doc, b.q))
                    || owned_part(b.q, &b.owner, (docs, a.doc, a.q))
                    || filled.contains(&(a.doc, a.q.sentence, b.doc))
                    || filled.contains(&(b.doc, b.q.sentence, a.doc))
                {
                    continue;
                }
                let evidence = index.evidence(&a.terms, &b.terms);
                // A unit that measures anything (percent, dollars, years) needs twice the
                // evidence, unless each article has that unit only once.
                let unique = uses[i] == 1 && uses[j] == 1;
                let strict = generic_unit(&a.unit) && !unique;
                let needed = if strict {
                    2.0 * NUMBER_MIN_EVIDENCE
                } else {
                    NUMBER_MIN_EVIDENCE
                };
                // An opening sentence has no sentence before it to share, so an edited copy
                // whose lead figure was changed fell short of the evidence: two leads that
                // are one text but for the figure, followed by one text, are about one thing
                // (templated wires name other subjects or other figures in them).
                let copied_lead = a.lead.is_some() && a.lead == b.lead;
                if !copied_lead
                    && (evidence < needed || strict && index.rare_shared(&a.terms, &b.terms) < 3)
                {
                    continue;
                }
                let evidence = if copied_lead {
                    evidence.max(needed)
                } else {
                    evidence
                };
                // An article's agreeing value is matched first: a story that states a number
                // twice, once loosely, is not in conflict with itself.
                let bonus = if number_relation(a.q, b.q) == Relation::Agree {
                    AGREE_BONUS
                } else {
                    0.0
                };
                edges.push((evidence + bonus + tie_break(docs, a, b), i, j));
                scores.insert((i, j), evidence);
            }
        }
    }
    // An article that itself states the value it is said to contradict, with the same
    // unit, is not contradicting it: the two figures were about two things ("shot three
    // co-workers, killing two"; "13 homers with the Angels" / "33 homers in all", where
    // the second article gives both). Except when the two figures stand in copies of one
    // sentence and the article's other mention of the value shares no word with the
    // first article's (neither next to the figure nor in the sentences): then the figure
    // itself was changed, and the other mention does not make it two things. "Twelve
    // people were killed in the blast" / "Fifteen people were killed in the blast" is
    // another death toll, whatever the second report later says of "12 people being
    // treated for burns"; Reuters 18958 corrects 18947's "65 mln dlrs" of debt to "81 mln
    // dlrs" in the same sentence, and its "corrects amount of debt from 65 mln dlrs"
    // does not hide the change.
    let copies = |i: usize, j: usize| {
        index.sentence_similarity(
            (items[i].doc, items[i].q.sentence),
            (items[j].doc, items[j].q.sentence),
        ) >= COPY_SIMILARITY
    };
    let states_both = |g: &[usize]| {
        g.iter().any(|&i| {
            g.iter().any(|&j| {
                items[j].doc != items[i].doc
                    && number_relation(items[i].q, items[j].q) == Relation::Conflicting
                    && per_doc_unit[&(items[j].doc, items[j].unit.as_str())]
                        .iter()
                        .any(|&k| {
                            k != j
                                && number_relation(items[k].q, items[i].q) == Relation::Agree
                                && (!copies(i, j)
                                    || near_shared(&items[i].near, &items[k].near) >= 1
                                    || index.evidence(&items[i].terms, &items[k].terms) > 0.0)
                        })
            })
        })
    };
    let doc_of: Vec<usize> = items.iter().map(|x| x.doc).collect();
    for g in align::group(&doc_of, edges) {
        // Three or more mutually incompatible values are a sign the numbers were not about
        // one thing: say nothing rather than something wrong.
        let mut classes: Vec<usize> = Vec::new();
        for &i in &g {
            if !classes
                .iter()
                .any(|&c| number_relation(items[c].q, items[i].q) != Relation::Conflicting)
            {
                classes.push(i);
            }
        }
        // Every pair of differing figures stands in sentences that name two subjects: the
        // figures were about two things. The group is dropped whole rather than its pairs
        // left unaligned, which would free each figure to pair with a worse match. Copies
        // of one sentence with a name and a figure changed are one report edited, as in
        // `states_both`.
        let differing: Vec<(usize, usize)> = g
            .iter()
            .enumerate()
            .flat_map(|(x, &i)| g[x + 1..].iter().map(move |&j| (i, j)))
            .filter(|&(i, j)| number_relation(items[i].q, items[j].q) != Relation::Agree)
            .collect();
        if classes.len() >= 3 || states_both(&g) {
            continue;
        }
        // Names are read here, for the figures of a group only: most figures never get one.
        let names: BTreeMap<usize, Names> = g
            .iter()
            .map(|&i| (i, Names::of(&docs[items[i].doc], items[i].q)))
            .collect();
        let about_other_subjects = !differing.is_empty()
            && differing.iter().all(|&(i, j)| {
                let (a, b) = (&names[&i], &names[&j]);
                other_subjects(a, b) && !copies(i, j) || two_openers(a, b)
            });
        if about_other_subjects {
            continue;
        }
        let mut relation = Relation::Agree;
        let mut best: f64 = 0.0;
        for (x, &i) in g.iter().enumerate() {
            for &j in &g[x + 1..] {
                relation = relation.min(number_relation(items[i].q, items[j].q));
                best = best.max(scores.get(&(i.min(j), i.max(j))).copied().unwrap_or(0.0));
            }
        }
        // The majority: the value compatible with the most others (ties only when the tied
        // values agree with each other, as "eight hours" and "more than eight hours" do).
        let support: Vec<usize> = g
            .iter()
            .map(|&i| {
                g.iter()
                    .filter(|&&j| number_relation(items[i].q, items[j].q) == Relation::Agree)
                    .count()
            })
            .collect();
        let top = support.iter().copied().max().unwrap_or(0);
        let leaders: Vec<usize> = (0..g.len()).filter(|&x| support[x] == top).collect();
        let leaders_agree = leaders.iter().all(|&x| {
            leaders
                .iter()
                .all(|&y| number_relation(items[g[x]].q, items[g[y]].q) == Relation::Agree)
        });
        let majority = (relation != Relation::Agree && top * 2 > g.len() && leaders_agree)
            .then(|| items[g[leaders[0]]].q.span.text.clone());
        let strength = (best / 25.0).min(1.0);
        out.push(Conflict {
            kind: ConflictKind::Number,
            relation,
            subject: items[g[0]].unit.clone(),
            majority,
            variants: g
                .iter()
                .map(|&i| {
                    let it = &items[i];
                    let doc = &docs[it.doc];
                    Variant {
                        doc: doc.id.to_string(),
                        value: it.q.span.text.clone(),
                        sentence: sentence_of(doc, it.q.sentence),
                        start: it.q.span.start,
                        end: it.q.span.end,
                    }
                })
                .collect(),
            confidence: strength,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::{additional, is_change, is_rate, margin_of_error, qualifiers};
    use crate::claims::quantity::unit_key;
    use crate::claims::{extract, Quantity, StoryDoc};

    /// `read` applied to the quantity of `text` that `pick` chooses, in a one-article story.
    fn picked_quantity<T>(
        text: &str,
        pick: fn(&[Quantity]) -> &Quantity,
        read: impl Fn(&StoryDoc, &Quantity) -> T,
    ) -> T {
        let claims = extract(text, None);
        let doc = StoryDoc {
            id: "a",
            title: None,
            text,
            date: None,
            claims: &claims,
        };
        read(&doc, pick(&claims.quantities))
    }

    /// `read` applied to the first quantity of `text`, in a one-article story.
    fn first_quantity<T>(text: &str, read: impl Fn(&StoryDoc, &Quantity) -> T) -> T {
        picked_quantity(text, |qs| &qs[0], read)
    }

    /// The last quantity of a text (a `pick` for `picked_quantity`).
    fn last(qs: &[Quantity]) -> &Quantity {
        qs.last().expect("a quantity")
    }

    /// `read` holds of the first quantity of every text of `yes`, and of none of `no`.
    fn assert_first_reads(read: fn(&StoryDoc, &Quantity) -> bool, yes: &[&str], no: &[&str]) {
        for text in yes {
            assert!(first_quantity(text, read), "{text}");
        }
        for text in no {
            assert!(!first_quantity(text, read), "{text}");
        }
    }

    /// Is the first quantity of `text` read as a rate?
    fn rate(text: &str) -> bool {
        first_quantity(text, is_rate)
    }

    /// Is the first quantity of `text` read as a change?
    fn change(text: &str) -> bool {
        first_quantity(text, |doc, q| is_change(doc, q, &unit_key(q)))
    }

    #[test]
    fn two_ranges_that_overlap_without_nesting_conflict() {
        use crate::claims::Relation;
        let first = |text: &str| extract(text, None).quantities.remove(0);
        let rel = |a: &str, b: &str| super::number_relation(&first(a), &first(b));
        // Reuters: two days' moves of Eurodollars, read "less precise" at 0.74.
        assert_eq!(
            rel(
                "Eurodollars fell 4 to 7 basis points.",
                "Eurodollars closed down 6 to 11 basis points."
            ),
            Relation::Conflicting
        );
        // One range within the other is the same figure told less precisely.
        assert_eq!(
            rel(
                "Pennzoil sought between three and five billion dlrs.",
                "A settlement of two to five billion dlrs."
            ),
            Relation::LessPrecise
        );
        assert_eq!(
            rel(
                "The talks lasted eight hours.",
                "The talks lasted more than five hours."
            ),
            Relation::LessPrecise
        );
        // A figure in the next scale is a slip, not a looser bound (BBC, a new user's
        // read: "up to $4.5bn" / "up to $4.5 trillion" at 0.80); and "just over 10
        // seconds" holds no 30 seconds (ECB+).
        assert_eq!(
            rel(
                "Losses could reach up to $4.5bn.",
                "Losses could reach up to $4.5 trillion."
            ),
            Relation::Conflicting
        );
        assert_eq!(
            rel(
                "It lasted just over 10 seconds.",
                "It lasted around 30 seconds."
            ),
            Relation::Conflicting
        );
    }

    #[test]
    fn a_polls_margin_of_error_is_no_claim() {
        for text in [
            "The margin of error is plus or minus 5.7 percentage points.",
            "It has a margin of sampling error of plus or minus three percentage points.",
            "The poll of 1,000 adults has a margin of error of 4 points.",
            "The survey had a 3.5 percentage point margin of error.",
        ] {
            assert!(picked_quantity(text, last, margin_of_error), "{text}");
        }
        for text in [
            "Sanders leads by 5.7 percentage points.",
            "A clerical error cost 3 million dollars.",
            "Clinton's lead grew to 4 points after a polling error of the week before.",
            "The poll of 1,000 adults has a margin of error of 4 points.",
        ] {
            assert!(!first_quantity(text, margin_of_error), "{text}");
        }
    }

    #[test]
    fn a_reporters_count_of_sources_is_no_claim() {
        assert_first_reads(
            super::counted_sources,
            &[
                "The prince approved the killing, four U.S. officials familiar with the matter said.",
                "According to two people briefed on the talks, the deal is off.",
            ],
            &[
                "Four U.S. officials were killed in the attack, the ministry said.",
                "The president said 300 people died.",
                "Seven former wrestlers accused him of ignoring abuse.",
                "Families of the 40 people killed in the collapse said the hotel was unsafe.",
            ],
        );
    }

    #[test]
    fn a_figure_told_of_an_earlier_time_or_to_date_looks_back() {
        use super::looks_back;
        for text in [
            "A day earlier the liner said it would fly its 246 passengers over the gulf.",
            "He hit 13 home runs for the Angels last season.",
            "It came one week after he managed nine carries against Oakland.",
            "He had previously been arrested four times.",
            "The company earned 12 million dollars three years ago.",
            "Last year 185,000 people were tested at Heathrow.",
        ] {
            assert!(first_quantity(text, looks_back), "{text}");
        }
        for text in [
            "Police said 12 people were injured in last week's riots.",
            "A survey released this week found 44 percent approve.",
            "Two days before the election, 300 people marched.",
            "The blast killed 12 people on Monday.",
            "The journalist was held 22 months before being released by the group.",
            // A tally to date is the news; so is a toll after an aside that looks back.
            "The quake has killed 300 people so far.",
            "The storm killed 40 people, the deadliest this year.",
            "The quake, which struck two days ago, has killed 300 people.",
            "The quake killed 300 people, more than previously reported.",
            "A day earlier, the liner said it would fly its 246 passengers over the gulf.",
        ] {
            assert!(!picked_quantity(text, last, looks_back), "{text}");
        }
    }

    #[test]
    fn tolls_next_to_two_means_of_harm_are_two_attacks() {
        let harms = |text: &str| first_quantity(text, super::harms);
        let gas = harms("A chemical-weapons attack on a suburb killed dozens of civilians.");
        let air = harms("A monitoring group said the airstrikes killed 14 people.");
        let shells = harms("Shelling of the town killed 14 people, a monitor said.");
        let rockets = harms("A rocket attack on the town killed 14 people on Monday.");
        let mortars = harms("Mortar rounds fired at the town killed 12 people.");
        assert!(!gas.is_empty() && !air.is_empty(), "{gas:?} {air:?}");
        assert!(gas.is_disjoint(&air));
        assert!(air.is_disjoint(&shells));
        assert!(!rockets.is_disjoint(&mortars), "{rockets:?} {mortars:?}");
        assert!(harms("The storm killed 14 people.").is_empty());
    }

    #[test]
    fn a_sentence_opens_with_the_firm_of_its_subject() {
        let opener = |text: &str| first_quantity(text, |doc, q| super::Names::of(doc, q).opener);
        let discovery = opener(
            "<Discovery West Corp> said it plans to sell notes of 7 mln dlrs through First \
             Marathon Securities Ltd.",
        );
        let keys = |ws: &[&str]| {
            ws.iter()
                .map(|w| crate::claims::compare::name_key(w))
                .collect()
        };
        assert_eq!(discovery, keys(&["discovery", "west"]));
        let texaco = opener("Texaco Inc said its gas reserves totaled 8.16 trillion cubic feet.");
        assert_eq!(texaco, keys(&["texaco"]));
        for text in [
            "Centcom said 13 people were killed in the attack.",
            "The Pentagon said 13 people were killed in the attack.",
            "Interior Ministry officials said 15 people were killed.",
            "Police said 12 people were hurt.",
            "On Monday, Texaco said its reserves fell 8 pct.",
            "In Washington, police said 300 people were hurt.",
        ] {
            assert!(opener(text).is_empty(), "{text}: {:?}", opener(text));
        }
    }

    #[test]
    fn numbered_periods_next_to_a_figure() {
        let periods = |text: &str| first_quantity(text, super::ordinal_periods);
        let set = |ws: &[&str]| {
            ws.iter()
                .map(|w| w.to_string())
                .collect::<std::collections::BTreeSet<_>>()
        };
        assert_eq!(
            periods("OPEC set a ceiling of 15.8 mln bpd for the first half of 1987."),
            set(&["first half"])
        );
        assert_eq!(
            periods("Output stood at 18.3 mln bpd, its fourth-quarter level."),
            set(&["fourth quarter"])
        );
        assert_eq!(
            periods("The film took $11.8m on its second week of release."),
            set(&["second week"])
        );
        assert_eq!(
            periods("Net profit rose to $5m in Q2."),
            set(&["second quarter"])
        );
        assert!(periods("Net profit rose to $5m last quarter.").is_empty());
        assert!(periods("He scored 12 points in the game.").is_empty());
    }

    #[test]
    fn market_reports_name_the_moments_of_their_prices() {
        let moments = |text: &str| first_quantity(text, super::session_moments);
        let latest = moments("Cattle slipped to trade 0.20 higher in latest trade.");
        let mid = moments("Feeder Cattle futures traded 0.25 higher in light midsession dealings.");
        let close = moments("Pork belly futures ended choppy action to close 0.62 cent lower.");
        let start = moments("Cattle rose 0.30 cent at the start before slipping.");
        assert!(
            latest.contains("late") && start.contains("open"),
            "{latest:?} {start:?}"
        );
        assert!(latest.is_disjoint(&mid), "{latest:?} {mid:?}");
        assert!(close.contains("close"), "{close:?}");
        let noon = moments("Shares in the club were up over 5% by noon on Monday.");
        let closed = moments("Shares in the club closed up 4.75% on Monday.");
        assert!(
            noon.is_disjoint(&closed) && !noon.is_empty(),
            "{noon:?} {closed:?}"
        );
        let morning = moments("The Bank gave the market 345 mln stg help in the morning session.");
        let afternoon = moments("The Bank gave a further 152 mln stg in the afternoon session.");
        assert!(morning.is_disjoint(&afternoon) && !morning.is_empty());
        // Senses that are no moment of a session.
        assert!(moments("Early results gave him 52 percent.").is_empty());
        assert!(moments("Turnout was close to 60 percent at the start of the count.").is_empty());
        // A review's cases: other senses of the words, and a moment of another clause.
        for text in [
            "The gunmen opened fire on shoppers, killing 13 people.",
            "The attack on Tuesday morning killed 13 people.",
            "The attack killed 15 people, officials said Tuesday afternoon.",
            "The Sydney Morning Herald reported 13 people were killed.",
            "In their opening statement, prosecutors said Hale stole 3.2 million pounds.",
            "The attack killed 13 people and closed the main road.",
            "Boeing shares closed higher after the company said it would cut 500 jobs.",
        ] {
            assert!(moments(text).is_empty(), "{text}: {:?}", moments(text));
        }
    }

    #[test]
    fn a_forecast_of_analysts_is_no_claim() {
        assert_first_reads(
            super::consensus_forecast,
            &[
                "Analysts surveyed by Refinitiv were expecting 700,000 filings.",
                "Economists had forecast 350,000 new claims, a decline of 10,000.",
            ],
            &[
                "The pipeline was expected to create roughly 10,000 new jobs.",
                "Analysts said the company lost 300 million dollars.",
                "The company expects to cut 5,000 jobs next year, analysts said.",
                "The government estimates the quake killed 300 people, economists at the bank said.",
            ],
        );
    }

    #[test]
    fn swapped_digits_are_another_figure_but_a_mistyped_unit_is_not() {
        use super::{number_relation, Relation};
        let q = |t: &str| quantity(t);
        assert_eq!(
            number_relation(&q("It cost $45 million."), &q("It cost $54 million.")),
            Relation::Conflicting
        );
        assert_eq!(
            number_relation(
                &q("a loss of 9.7 mln dlrs."),
                &q("a loss of 9.7 mlln dlrs.")
            ),
            Relation::Agree
        );
    }

    #[test]
    fn a_count_of_people_after_down_or_loss_of_is_no_change() {
        assert!(change("Shares were up 5 percent in Leeds."));
        assert!(change("It was a drop of five points."));
        assert!(!change("A gunman gunned down 12 people in Leeds."));
        assert!(!change("The town mourned the loss of 300 people."));
        assert!(change("The crowd grew by 300 people."));
    }

    #[test]
    fn one_figure_in_another_scale_is_not_apart() {
        let apart = |a: &str, b: &str| super::apart(&quantity(a), &quantity(b));
        assert!(apart("It cost $3 million.", "It cost $363 million."));
        assert!(!apart("It cost $1.5 million.", "It cost $1.5 billion."));
        assert!(!apart("It cost $250,000.", "It cost $250 million."));
        assert!(!apart("It cost $20 million.", "It cost $23 million."));
    }

    #[test]
    fn a_time_ago_is_no_rate() {
        assert!(rate("He earns $20 million a season."));
        assert!(rate("The storm killed 12 people a day in Leeds."));
        assert!(!rate("The storm killed 12 people a week ago in Leeds."));
        assert!(!rate("Prices rose 5 percent a year earlier."));
    }

    fn quantity(text: &str) -> Quantity {
        extract(text, None)
            .quantities
            .into_iter()
            .next()
            .expect("a quantity")
    }

    fn part_of(part: &Quantity, whole: &Quantity) -> bool {
        super::part_of((part, &qualifiers(part)), (whole, &qualifiers(whole)))
    }

    #[test]
    fn a_count_of_a_part_is_no_other_figure_for_the_whole() {
        let total = quantity("The navy captured 23 pirates on Friday.");
        let yemeni = quantity("The navy captured 11 Yemeni pirates on Friday.");
        assert!(part_of(&yemeni, &total));
        assert!(!part_of(&total, &yemeni));
        // A larger count of the qualified kind is a real difference.
        let more = quantity("The navy captured 30 Yemeni pirates on Friday.");
        assert!(!part_of(&more, &total));
        assert!(additional(&quantity(
            "Police found three other rifles in the boat."
        )));
        assert!(!additional(&quantity(
            "Police found more than three rifles in the boat."
        )));
        assert!(!additional(&quantity(
            "Police found seven assault rifles in the boat."
        )));
    }
}
