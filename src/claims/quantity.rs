//! Quantities: a number (or a vague magnitude) with its approximator and what it counts.
//!
//! Each expression becomes an interval `[low, high]` so that differently worded numbers
//! can be compared by what they allow, not by how they read:
//! - exact `8,500` → [8500, 8500]; `8 500` and `eight thousand five hundred` read the same;
//! - lower bounds `more than`, `over`, `at least` → [v, ∞) (but "$974 billion over five
//!   years" is spread over five years);
//! - upper bounds `less than`, `up to`, `as many as` → [0, v]; `nearly`, `almost` → [0.85v, v];
//! - `about`, `around`, `some`, `roughly`, `an estimated` → [0.85v, 1.15v];
//! - vague magnitudes take their literal meaning: `dozens` [24, 99], `hundreds` [200, 999],
//!   `thousands` [2000, 9999], `tens of thousands` [20 000, 99 999], `hundreds of
//!   thousands` [200 000, 999 999] ("hundreds" is at least two hundred);
//! - ranges `between 10 and 12`, `10 to 12`.
//!
//! Years, times, ordinals, day numbers of dates and numbers inside names (`Nord Stream 2`)
//! are not quantities. The unit is the head noun after the number (`of` and adjectives
//! skipped: "tens of thousands of Russian soldiers" → soldiers); a unit in the singular
//! before a noun modifies it, as its hyphenated form would ("a five year plan" → plan).

use super::article::Article;
use super::lexicon;
use super::tokens::Kind;
use super::Quantity;

/// Approximators, longest first: words, interval kind.
const APPROX: &[(&[&str], Approx)] = &[
    (&["no", "more", "than"], Approx::AtMost),
    (&["no", "fewer", "than"], Approx::AtLeast),
    (&["no", "less", "than"], Approx::AtLeast),
    (&["in", "excess", "of"], Approx::AtLeast),
    (&["as", "many", "as"], Approx::AtMost),
    (&["as", "much", "as"], Approx::AtMost),
    (&["well", "over"], Approx::AtLeast),
    (&["just", "over"], Approx::JustOver),
    (&["slightly", "more", "than"], Approx::JustOver),
    (&["slightly", "over"], Approx::JustOver),
    (&["just", "under"], Approx::Nearly),
    (&["more", "than"], Approx::AtLeast),
    (&["greater", "than"], Approx::AtLeast),
    (&["at", "least"], Approx::AtLeast),
    (&["upwards", "of"], Approx::AtLeast),
    (&["fewer", "than"], Approx::AtMost),
    (&["less", "than"], Approx::AtMost),
    (&["at", "most"], Approx::AtMost),
    (&["up", "to"], Approx::AtMost),
    (&["close", "to"], Approx::Nearly),
    (&["an", "estimated"], Approx::About),
    (&["over"], Approx::AtLeast),
    (&["above"], Approx::AtLeast),
    (&["under"], Approx::AtMost),
    (&["below"], Approx::AtMost),
    (&["nearly"], Approx::Nearly),
    (&["almost"], Approx::Nearly),
    (&["about"], Approx::About),
    (&["around"], Approx::About),
    (&["some"], Approx::About),
    (&["roughly"], Approx::About),
    (&["approximately"], Approx::About),
    (&["estimated"], Approx::About),
    (&["circa"], Approx::About),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Approx {
    AtLeast,
    /// "just over 10 seconds": a little above, not any amount above.
    JustOver,
    AtMost,
    Nearly,
    About,
}

/// A parsed number: value, first and last token.
struct Num {
    value: f64,
    start: usize,
    end: usize,
}

/// Parse a digit token: "8,500" → 8500, "1.5" → 1.5. Returns `None` for "10-12" and the like.
fn digits(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|&c| c != ',').collect();
    if s.contains(',') {
        // Thousands separators must group by three.
        let groups: Vec<&str> = s.split(',').collect();
        if groups[1..].iter().any(|g| {
            g.len() != 3 && !(g.contains('.') && g.split('.').next().is_some_and(|x| x.len() == 3))
        }) {
            return None;
        }
    }
    cleaned.parse().ok()
}

/// A digit token with its scale written on: "1.13bn", and after a currency sign "400m"
/// ("£400m", "$7.5m": BBC style; "the 400m hurdles" is metres).
fn scaled_digits(a: &Article, i: usize) -> Option<f64> {
    let s = a.str(i);
    if let Some(n) = s.strip_suffix("bn") {
        return digits(n).map(|v| v * 1e9);
    }
    let currency = i > 0 && currency_sign(a.lower(i - 1));
    match s.strip_suffix('m') {
        Some(n) if currency => digits(n).map(|v| v * 1e6),
        _ => None,
    }
}

/// "$", "€", "£": a sign that makes money the unit of the figure after it.
fn currency_sign(w: &str) -> bool {
    matches!(w, "$" | "€" | "£")
}

fn scale(w: &str) -> Option<f64> {
    match w {
        "thousand" => Some(1e3),
        "million" | "mln" | "m" => Some(1e6),
        "billion" | "bln" | "bn" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// A number starting at token `i`: digits (with a scale word and `8 500` grouping) or
/// number words.
fn number_at(a: &Article, i: usize, s1: usize) -> Option<Num> {
    let t = &a.tokens[i];
    if t.kind == Kind::Number {
        let written_scale = digits(a.str(i)).is_none();
        let mut value = digits(a.str(i)).or_else(|| scaled_digits(a, i))?;
        let mut end = i;
        // "8 500": a space-separated thousands group; "120, 000": a comma-grouped number
        // whose group was split off by detokenization (a group that starts with 0 cannot be
        // a number of its own, unlike the "300" of "On May 5, 300 people").
        loop {
            let group = |k: usize| {
                k < s1
                    && a.tokens[k].kind == Kind::Number
                    && a.str(k).len() == 3
                    && a.str(k).chars().all(|c| c.is_ascii_digit())
            };
            let spaced = group(end + 1) && a.tokens[end + 1].start == a.tokens[end].end + 1;
            let split = end + 2 < s1
                && a.str(end + 1) == ","
                && a.tokens[end + 1].start == a.tokens[end].end
                && group(end + 2)
                && a.tokens[end + 2].start == a.tokens[end + 1].end + 1
                && a.str(end + 2).starts_with('0');
            let joins = split || spaced && value < 1000.0;
            if !joins || value.fract() != 0.0 {
                break;
            }
            let at = if split { end + 2 } else { end + 1 };
            value = value * 1000.0 + digits(a.str(at))?;
            end = at;
        }
        // (Not twice: "$4.5bn trillion" is a typo, not 4.5e21.)
        if end + 1 < s1 && !written_scale {
            if let Some(m) = scale(a.lower(end + 1)) {
                value *= m;
                end += 1;
            }
        }
        return Some(Num {
            value,
            start: i,
            end,
        });
    }
    if t.kind != Kind::Word {
        return None;
    }
    // Number words: "eight", "twenty-five", "two hundred", "five thousand".
    let word_value = |w: &str| -> Option<f64> {
        if let Some((x, y)) = w.split_once('-') {
            let (x, y) = (lexicon::number_word(x)?, lexicon::number_word(y)?);
            return (x >= 20.0 && y < 10.0).then_some(x + y);
        }
        lexicon::number_word(w)
    };
    let w = a.lower(i);
    if matches!(
        w,
        "a" | "an" | "one" | "dozen" | "hundred" | "thousand" | "million" | "billion"
    ) {
        return None;
    }
    let mut total = 0.0;
    let mut current = word_value(w)?;
    let mut end = i;
    while end + 1 < s1 {
        let n = a.lower(end + 1);
        match n {
            "hundred" => current *= 100.0,
            // "five mln dlrs" is 5e6 as "5.0 mln dlrs" is (Reuters writes both).
            "thousand" | "million" | "billion" | "trillion" | "mln" | "bln" | "bn" => {
                total += current * scale(n).unwrap_or(1.0);
                current = 0.0;
            }
            "and"
                if end + 2 < s1
                    && word_value(a.lower(end + 2)).is_some_and(|v| v < 100.0)
                    && current >= 100.0 => {}
            _ => match word_value(n) {
                // ("Thirty five contenders": tens and units written apart)
                Some(v)
                    if v < 100.0
                        && (current % 100.0 == 0.0
                            || total > 0.0
                            || current < 100.0 && current % 10.0 == 0.0 && v < 10.0)
                        && current + v > 0.0 =>
                {
                    current += v
                }
                _ => break,
            },
        }
        end += 1;
    }
    Some(Num {
        value: total + current,
        start: i,
        end,
    })
}

/// Vague magnitudes: "tens of thousands", "hundreds", "dozens".
fn vague_at(a: &Article, i: usize, s1: usize) -> Option<(f64, f64, usize)> {
    let w = a.lower(i);
    let base = match w {
        "dozens" => (24.0, 99.0),
        "tens" => (20.0, 99.0),
        "hundreds" => (200.0, 999.0),
        "thousands" => (2e3, 9999.0),
        "millions" => (2e6, 9.99e8),
        "billions" => (2e9, 9.99e11),
        _ => return None,
    };
    // "tens of thousands", "hundreds of thousands", "dozens of millions"
    if i + 2 < s1 && a.lower(i + 1) == "of" {
        let m = match a.lower(i + 2) {
            "thousands" => Some(1e3),
            "millions" => Some(1e6),
            "billions" => Some(1e9),
            _ => None,
        };
        if let Some(m) = m {
            return Some((base.0 * m, (base.1 + 1.0) * m - 1.0, i + 2));
        }
    }
    if w == "tens" {
        return None;
    }
    Some((base.0, base.1, i))
}

fn is_year(a: &Article, n: &Num) -> bool {
    n.start == n.end && year_token(a, n.start)
}

/// Is token `k` a year written in digits ("2009", not "2,009" or "2009.5")?
fn year_token(a: &Article, k: usize) -> bool {
    a.tokens[k].kind == Kind::Number
        && !a.str(k).contains(',')
        && digits(a.str(k)).is_some_and(|v| (1800.0..=2100.0).contains(&v) && v.fract() == 0.0)
}

/// Is the number at `n` part of a date, time, ordinal or name?
fn not_a_quantity(a: &Article, n: &Num, s0: usize, s1: usize) -> bool {
    let i = n.start;
    let s = a.str(i);
    if s.contains(':')
        || s.ends_with("th")
        || s.ends_with("st")
        || s.ends_with("nd")
        || s.ends_with("rd")
    {
        return true;
    }
    // A leading zero ("0600 hours", "at 06 hours", a stray "000"): a clock time, a code or
    // the tail of a number split by a comma, never a count ("0.5" is a count).
    if s.len() >= 2 && s.starts_with('0') && s.as_bytes()[1].is_ascii_digit() {
        return true;
    }
    let prev = (i > s0).then(|| a.lower(i - 1));
    let next = (n.end + 1 < s1).then(|| a.lower(n.end + 1));
    if is_window(a, i, s0) {
        return true;
    }
    // The minutes of a clock time split at its colon (the "41" of "7:41 left"), and the
    // second of two quoted prices ("145.85/90 yen": bid and offer, the 90 is 145.90), both
    // written together ("day 3: 41 people" is a count after a heading).
    if matches!(prev, Some(":" | "/"))
        && i >= s0 + 2
        && a.tokens[i - 2].kind == Kind::Number
        && a.tokens[i - 2].end == a.tokens[i - 1].start
        && a.tokens[i - 1].end == a.tokens[i].start
    {
        return true;
    }
    // Month day: "February 4", "4 February", "Jan. 20".
    let abbreviated_month =
        prev == Some(".") && i >= s0 + 2 && lexicon::month(a.lower(i - 2)).is_some();
    if abbreviated_month
        || prev.is_some_and(|p| lexicon::month(p).is_some())
        || next.is_some_and(|x| lexicon::month(x).is_some())
    {
        return true;
    }
    // Times: "6:21", "5 p.m.", "at 7".
    if matches!(
        next,
        Some(":" | "a.m." | "p.m." | "am" | "pm" | "o'clock" | "gmt" | "utc")
    ) {
        return true;
    }
    // A number right after a capitalized word reads as part of a name ("Nord Stream 2"),
    // but not after a common word that only opens the sentence ("Every 72 minutes", "Only
    // 24 percent").
    // A measure or a scale after the number makes it a figure whatever stands before it
    // ("Labour 37 pct and the Alliance 23 pct", Reuters' tables "Net 37 mln vs 31 mln").
    let measured = n.end > n.start && scale(a.lower(n.end)).is_some()
        || next.is_some_and(|x| {
            matches!(
                lexicon::unit_class(x),
                "percent" | "dollars" | "cents" | "euros" | "pounds"
            ) || matches!(x, "stg" | "yen")
        });
    if i > s0
        && a.is_cap(i - 1)
        && !(i - 1 == s0 && lexicon::common_capitalized(a.lower(i - 1)))
        && a.tokens[i].kind == Kind::Number
        && a.tokens[i].breaks == 0
        && prev.is_some_and(|p| lexicon::number_word(p).is_none())
        && !measured
    {
        return true;
    }
    // A number word capitalized inside a sentence before another capitalized word is a
    // name ("the RBS Six Nations", "BBC Radio Five Live").
    if i > s0
        && a.tokens[i].kind == Kind::Word
        && a.is_cap(i)
        && !a.is_all_caps(i)
        && n.end + 1 < s1
        && a.is_cap(n.end + 1)
        && matches!(a.tokens[i - 1].kind, Kind::Word | Kind::Possessive)
    {
        return true;
    }
    // Hyphenated forms: "20-year-old", "10-12".
    if s.contains('-') {
        return true;
    }
    // The number after "No."/"number"/"page", or a percentage sign before it.
    matches!(
        prev,
        Some(
            "no" | "number"
                | "page"
                | "article"
                | "section"
                | "chapter"
                | "resolution"
                | "flight"
                | "room"
                | "route"
                | "#"
        )
    )
}

/// Does a verb that moves or sets a figure stand among the eight words before `from`
/// ("increases coverage for wheat sales from five mln to 15 mln dlrs")?
fn changed_before(a: &Article, from: usize, s0: usize) -> bool {
    (from.saturating_sub(8).max(s0)..from).any(|m| {
        let w = a.lower(m);
        lexicon::movement_verb(w) || lexicon::adjusting_verb(w)
    })
}

/// Is the number at `i` the length of a window counted from now, which frames a figure and
/// is not one ("eight of their last 13 matches", "in the past two days", "over the next five
/// years")? Two reports of one story pick their windows freely ("nine of their last 14
/// matches"). A duration stays a figure: "for the past five years", "spent the next two hours".
fn is_window(a: &Article, i: usize, s0: usize) -> bool {
    let mut k = i;
    let before = |k: usize| (k > s0).then(|| a.lower(k - 1));
    // The second end of a window's range: "within the next two to three weeks".
    if matches!(before(k), Some("to" | "or"))
        && k >= s0 + 2
        && (a.tokens[k - 2].kind == Kind::Number || lexicon::number_word(a.lower(k - 2)).is_some())
        && is_window(a, k - 2, s0)
    {
        return true;
    }
    if !matches!(
        before(k),
        Some("last" | "past" | "next" | "previous" | "coming")
    ) {
        return false;
    }
    k -= 1;
    if matches!(
        before(k),
        Some("the" | "their" | "his" | "her" | "its" | "our")
    ) {
        k -= 1;
    }
    matches!(
        before(k),
        Some("in" | "over" | "during" | "within" | "of" | "throughout")
    )
}

/// Comparatives and possessives that stand between a count and its noun ("300 more
/// troops", "five of his deputies") and, with no noun after them, end the unit ("20 more").
const BEFORE_THE_NOUN: &[&str] = &[
    "more",
    "fewer",
    "less",
    "most",
    "their",
    "his",
    "her",
    "its",
    "our",
    "my",
    "your",
    // superlatives: "the 42 biggest finance companies"
    "biggest",
    "largest",
    "highest",
    "lowest",
    "smallest",
    "oldest",
    "newest",
    "richest",
    "poorest",
    "strongest",
    "weakest",
    "busiest",
    "greatest",
    "fastest",
    "best",
    "worst",
    "top",
    "leading",
];

/// A word that cannot be (or stand before) the noun a figure counts: a function word
/// ("24 over July", "163,748 after a rise"), a comparative or possessive
/// (`BEFORE_THE_NOUN`), or a cue verb.
fn ends_the_unit(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "yet"
            | "while"
            | "whereas"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "with"
            | "by"
            | "than"
            | "who"
            | "that"
            | "which"
            | "were"
            | "was"
            | "are"
            | "is"
            | "have"
            | "had"
            | "has"
            | "will"
            | "would"
            | "per"
            | "last"
            | "next"
            | "them"
            | "these"
            | "those"
            | "after"
            | "before"
            | "over"
            // "134.9 mln vs 131.7 mln", "rose 10 against 8": a comparison, no unit
            | "vs"
            | "versus"
            | "against"
            | "out"
            | "across"
            | "up"
            | "down"
            | "off"
            | "him"
            | "her"
            | "it"
    ) || BEFORE_THE_NOUN.contains(&w)
        || lexicon::cue(w).is_some() && !lexicon::noun_like_cue(w)
}

/// The unit after a number ending at `end`: skip `of` and adjectives, take the head noun.
fn unit_after(a: &Article, end: usize, s1: usize) -> Option<(usize, usize)> {
    let mut j = end + 1;
    if j < s1
        && (a.tokens[j].is_punct('%')
            || a.lower(j) == "percent"
            || a.lower(j) == "per" && j + 1 < s1 && a.lower(j + 1) == "cent")
    {
        return Some((j, if a.lower(j) == "per" { j + 1 } else { j }));
    }
    if j < s1 && a.lower(j) == "of" {
        j += 1;
    }
    let first = j;
    let mut last = None;
    let mut reach = first + 3;
    // The last word of a name the reach was extended over.
    let mut name_end: Option<usize> = None;
    while j < s1 && j < reach {
        let t = &a.tokens[j];
        if t.kind != Kind::Word {
            break;
        }
        let w = a.lower(j);
        // Coordinated adjectives: "23 Somali and Yemeni pirates" counts pirates.
        let describes = |k: usize| lexicon::nationality(a.lower(k)).is_some() || a.is_cap(k);
        if matches!(w, "and" | "or")
            && last == Some(j - 1)
            && describes(j - 1)
            && j + 1 < s1
            && describes(j + 1)
        {
            reach += 2;
            j += 1;
            continue;
        }
        // "300 more troops", "five of his deputies": a comparative or a possessive before
        // the noun; alone ("options on 20 more", "eight of their last 13") it ends the unit.
        if last.is_none()
            && BEFORE_THE_NOUN.contains(&w)
            && j + 1 < s1
            && a.tokens[j + 1].kind == Kind::Word
        {
            reach += 1;
            j += 1;
            continue;
        }
        if ends_the_unit(w) {
            break;
        }
        // A past form after a plural is its verb: "nearly 3 million more Americans filed
        // for jobless aid" counts Americans, "200 Mexican military police intercepted" police.
        let after_plural = last.is_some_and(|l| {
            let p = a.lower(l);
            p.ends_with('s') && !p.ends_with("ss") || p == "police"
        });
        if after_plural && w.ends_with("ed") {
            break;
        }
        last = Some(j);
        // Stop at a known unit; go on over adjectives and over the first noun of a compound
        // ("NATO member countries").
        let class = lexicon::unit_class(w);
        if class != w {
            // A unit in the singular before a noun modifies that noun, as its hyphenated
            // form would ("a five year plan" is a five-year plan, not five years): the noun
            // is what the figure is about.
            let modifies = j + 1 < s1 && class.strip_suffix('s') == Some(w) && {
                let n = a.lower(j + 1);
                a.tokens[j + 1].kind == Kind::Word
                    && !a.is_cap(j + 1)
                    && !ends_the_unit(n)
                    && !matches!(n, "ago" | "old" | "later" | "earlier" | "long" | "running")
                    && !n.ends_with("ly")
            };
            if !modifies {
                break;
            }
            reach += 1;
            j += 1;
            continue;
        }
        // ("around 10 basis points" counts points)
        // A capitalized plural of a people, a party or a role is the noun ("two Democrat
        // Senators", "7 million Americans get"), not a name before it.
        let cap_head = a.is_cap(j)
            && (lexicon::country_name(w).is_some()
                || w.ends_with("ans")
                || lexicon::role_noun(w) && w.ends_with('s')
                || matches!(
                    w,
                    "democrats" | "tories" | "conservatives" | "liberals" | "shares"
                ));
        let adjective = w == "basis"
            || lexicon::nationality(w).is_some()
            || lexicon::np_modifier(w)
            || a.is_cap(j) && !cap_head
            || w.ends_with("al")
            || w.ends_with("ive")
            || w.ends_with("ian")
            || w.ends_with("ed");
        let compound = j + 1 < s1 && a.tokens[j + 1].kind == Kind::Word && !a.is_cap(j + 1) && {
            let n = a.lower(j + 1);
            n.ends_with('s')
                && !n.ends_with("ss")
                && lexicon::cue(n).is_none()
                && !matches!(
                    n,
                    "was" | "is" | "has" | "its" | "this" | "his" | "as" | "us" | "thus"
                )
        };
        if !adjective && !compound {
            break;
        }
        // A name before the noun: "35 new T.J. Maxx stores", "five of President-elect Joe
        // Biden's Cabinet nominees" count stores and nominees (read on over the name, and
        // kept only when a plural noun or a unit ends it).
        // (every word of the name reaches one further: "Two Grant Gibbs free throws" counts
        // throws; a name that ends the reach is kept only if a noun follows it)
        if a.is_cap(j) && reach < first + 8 {
            if j + 1 == reach {
                name_end.get_or_insert(j);
            }
            reach += 1;
        }
        j += 1;
        while j < s1 && a.tokens[j].kind == Kind::Possessive && reach < first + 8 {
            name_end.get_or_insert(j - 1);
            reach += 1;
            j += 1;
        }
    }
    let noun = |l: usize| {
        let w = a.lower(l);
        !a.is_cap(l) && (lexicon::unit_class(w) != w || w.ends_with('s') && !w.ends_with("ss"))
    };
    match (last, name_end) {
        (Some(l), Some(n)) if l > n && !noun(l) => Some((first, n)),
        _ => last.map(|l| (first, l)),
    }
}

/// Is the `over` at token `k` the stretch an amount is spread over, not "more than": "would
/// cost $974 billion over five years or $1.2 trillion over eight years", "rose 10 percent
/// over two years"? Read as "more than five years" it agreed with "over eight years", and
/// an article that gives both spans looked like it contradicted another's. "He served over
/// 20 years" keeps its "more than".
fn period_of_an_amount(a: &Article, k: usize, unit: Option<(usize, usize)>, s0: usize) -> bool {
    let period = unit.is_some_and(|(_, u)| lexicon::time_unit(a.lower(u)));
    let amount_before = k > s0 && {
        let w = a.lower(k - 1);
        a.tokens[k - 1].kind == Kind::Number
            || scale(w).is_some()
            || matches!(
                w,
                "percent" | "pct" | "%" | "dlrs" | "dollars" | "euros" | "pounds" | "yen"
            )
    };
    a.lower(k) == "over" && period && amount_before
}

/// The token after "of" and its owner, where a whole's number would stand: "of [the] 10
/// players", "of the court's nine justices", "of its 12 members". `s1` when past the
/// sentence.
fn after_owner(a: &Article, mut at: usize, s1: usize) -> usize {
    if at < s1 && a.lower(at) == "the" {
        at += 1;
    }
    if at + 1 < s1 && matches!(a.lower(at + 1), "'s" | "\u{2019}s") {
        at += 2;
    } else if at < s1 && matches!(a.lower(at), "its" | "his" | "her" | "their" | "our") {
        at += 1;
    }
    at.min(s1)
}

/// An approximator ending right before token `i`.
fn approx_before(a: &Article, i: usize, s0: usize) -> Option<(usize, Approx)> {
    for (words, kind) in APPROX {
        let n = words.len();
        if i < s0 + n {
            continue;
        }
        if (0..n).all(|k| a.lower(i - n + k) == words[k]) {
            return Some((i - n, *kind));
        }
    }
    None
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

pub(super) fn extract(a: &Article) -> Vec<Quantity> {
    let mut out = Vec::new();
    for (s, range) in a.sentences.iter().enumerate() {
        let (s0, s1) = (range.start, range.end);
        let mut i = s0;
        // Where the last quantity of this sentence ended, for restatements in brackets.
        let mut last_end: Option<usize> = None;
        while i < s1 {
            // Vague magnitudes.
            if let Some((low, high, vend)) = vague_at(a, i, s1) {
                let start = match approx_before(a, i, s0) {
                    Some((k, _)) => k,
                    None => i,
                };
                let unit = unit_after(a, vend, s1);
                if unit.is_some() || vend > i {
                    let end = unit.map_or(vend, |u| u.1);
                    let approx = (start..vend + 1)
                        .filter(|&k| k < i || k <= vend)
                        .map(|k| a.lower(k).to_string())
                        .collect::<Vec<_>>()
                        .join(" ");
                    out.push(Quantity {
                        span: a.span(start, end),
                        value: None,
                        low,
                        high: Some(high),
                        approx: Some(approx),
                        unit: unit.map(|u| a.span(u.1, u.1).text),
                        sentence: s,
                    });
                    last_end = Some(end);
                    i = end + 1;
                    continue;
                }
            }
            let Some(mut num) = number_at(a, i, s1) else {
                i += 1;
                continue;
            };
            if not_a_quantity(a, &num, s0, s1)
                || num.value <= 0.0 && a.tokens[i].kind != Kind::Number
            {
                i = num.end + 1;
                continue;
            }
            // "almost $400 million": the approximator stands before the currency sign.
            let currency = |m: usize| currency_sign(a.lower(m));
            // (Also before a country's letters glued to it: "nearly US$400 million".)
            let sign_start = |k: usize| {
                let glued = k > s0
                    && a.tokens[k - 1].end == a.tokens[k].start
                    && a.tokens[k - 1].kind == Kind::Word
                    && a.str(k - 1).len() <= 2
                    && a.str(k - 1).chars().all(|c| c.is_ascii_uppercase());
                if glued {
                    k - 1
                } else {
                    k
                }
            };
            let approx = approx_before(a, i, s0).or_else(|| {
                (i > s0 && currency(i - 1))
                    .then(|| approx_before(a, sign_start(i - 1), s0))
                    .flatten()
            });
            let unit = unit_after(a, num.end, s1);
            let approx = approx.filter(|&(k, _)| !period_of_an_amount(a, k, unit, s0));
            if is_year(a, &num)
                && approx.is_none()
                && !unit.is_some_and(|(_, u)| {
                    matches!(
                        lexicon::unit_class(a.lower(u)),
                        "troops" | "people" | "deaths" | "wounded"
                    )
                })
            {
                i = num.end + 1;
                continue;
            }
            // Money: "$200 million".
            let dollar = i > s0 && currency(i - 1);
            // Range: "between 10 and 12", "10 to 12", "could cost from 15 to 30"; not a
            // change "from 10 to 12", whose figures are read apart (the second is the level
            // reached).
            let mut high_num = None;
            let change = i > s0 && a.lower(i - 1) == "from" && changed_before(a, i - 1, s0);
            if !change && num.end + 2 < s1 && matches!(a.lower(num.end + 1), "to" | "and") {
                if let Some(h) = number_at(a, num.end + 2, s1) {
                    let between =
                        a.lower(num.end + 1) == "and" && i > s0 && a.lower(i - 1) == "between";
                    // "between 10 and 12 mln tonnes", "4 to 5 billion dlrs": the scale
                    // written once belongs to both ends.
                    let shared_scale = (h.end > h.start)
                        .then(|| scale(a.lower(h.end)))
                        .flatten()
                        .filter(|_| num.end == num.start && scale(a.lower(num.end)).is_none())
                        .filter(|&m| num.value * m <= h.value);
                    let low = num.value * shared_scale.unwrap_or(1.0);
                    if (a.lower(num.end + 1) == "to" || between) && h.value > low {
                        num.value = low;
                        high_num = Some(h);
                    }
                }
            }
            let (num_end, value_high) = match &high_num {
                Some(h) => (h.end, Some(h.value)),
                None => (num.end, None),
            };
            let unit = if high_num.is_some() {
                unit_after(a, num_end, s1)
            } else {
                unit
            };
            // A part of a whole ("won 157 of 338 seats", "77 of 514 patients", "three of the
            // 10 players") is a share, not a count: read as the whole, it was flagged against
            // another article's part ("156 seats of the 338"), and as the part against
            // another's whole ("out of 514 patients"). Neither figure is compared.
            if unit.is_none() && high_num.is_none() && !dollar && num.end + 2 < s1 {
                let of = a.lower(num.end + 1) == "of";
                let at = if of {
                    after_owner(a, num.end + 2, s1)
                } else {
                    s1
                };
                let whole = (at < s1)
                    .then(|| number_at(a, at, s1))
                    .flatten()
                    .filter(|w| of && w.value > num.value);
                if let Some(whole) = whole {
                    i = unit_after(a, whole.end, s1).map_or(whole.end, |u| u.1) + 1;
                    continue;
                }
            }
            let v = num.value;
            let (low, high, approx_text, start) = match (value_high, approx) {
                (Some(h), _) => (
                    v,
                    Some(h),
                    Some("between".to_string()),
                    if i > s0 && a.lower(i - 1) == "between" {
                        i - 1
                    } else {
                        i
                    },
                ),
                (None, Some((k, kind))) => {
                    let end = if i > s0 && currency(i - 1) {
                        sign_start(i - 1).max(k)
                    } else {
                        i
                    };
                    let text = (k..end)
                        .filter(|&m| !currency(m))
                        .map(|m| a.lower(m).to_string())
                        .collect::<Vec<_>>()
                        .join(" ");
                    let (lo, hi) = match kind {
                        Approx::AtLeast => (v, None),
                        Approx::JustOver => (v, Some(v * 1.15)),
                        Approx::AtMost => (0.0, Some(v)),
                        Approx::Nearly => (v * 0.85, Some(v)),
                        Approx::About => (v * 0.85, Some(v * 1.15)),
                    };
                    (lo, hi, Some(text), k)
                }
                (None, None) => (v, Some(v), None, i),
            };
            // The first of two coordinated figures counts what the second counts: the 18 of
            // "maturities of 18 and 24 months" is months (left bare, the article seemed to
            // state only 24 months, against another's 18). Its span stays the number.
            let shared = (unit.is_none() && !dollar && num_end + 2 < s1)
                .then(|| matches!(a.lower(num_end + 1), "and" | "or"))
                .filter(|&coordinated| coordinated)
                .and_then(|_| number_at(a, num_end + 2, s1))
                // "two or three million people": the second figure's scale is the first's
                // too, so sharing only the unit would read 2 people. Not shared then.
                .filter(|next| next.end == next.start)
                .and_then(|next| unit_after(a, next.end, s1));
            // A bare number with no unit says too little to compare.
            if unit.is_none() && !dollar && shared.is_none() {
                i = num_end + 1;
                continue;
            }
            // A figure in brackets right after another is the same figure restated or
            // converted: "58km (36 miles)", "$US1 million ($1.52 million)".
            let mut opening = if dollar { i - 1 } else { start };
            // "$250 (about £132)": an approximator before the currency sign.
            if let Some((k, _)) = approx_before(a, opening, s0).filter(|_| dollar) {
                opening = k;
            }
            if opening > s0 + 1 && a.tokens[opening - 1].is_punct('(') && {
                let k = opening - 2;
                let before = a.lower(k);
                // A year is no figure to restate: "completed in 2009 (40 workers died)".
                before.contains(|c: char| c.is_ascii_digit()) && !year_token(a, k)
                    || scale(before).is_some()
                    || last_end == Some(k)
            } {
                i = unit.map_or(num_end, |u| u.1.max(num_end)) + 1;
                continue;
            }
            // The second of two conversions in one bracket: "14bn euros ($18.34bn; £9.6bn)".
            if opening > s0 + 1
                && a.tokens[opening - 1].is_punct(';')
                && a.lower(opening - 2).contains(|c: char| c.is_ascii_digit())
                && (opening.saturating_sub(8).max(s0)..opening).any(|m| a.tokens[m].is_punct('('))
            {
                i = unit.map_or(num_end, |u| u.1.max(num_end)) + 1;
                continue;
            }
            let start = if dollar { start.min(i - 1) } else { start };
            // Money is its own unit: the word after "$80 million" is not what it counts.
            let end = match unit {
                Some(u) if !dollar => u.1.max(num_end),
                _ => num_end,
            };
            let unit_text = if dollar {
                Some(a.str(i - 1).to_string())
            } else {
                unit.or(shared).map(|u| a.str(u.1).to_string())
            };
            out.push(Quantity {
                span: a.span(start, end),
                value: Some(round(v)),
                low: round(low),
                high: high.map(round),
                approx: approx_text,
                unit: unit_text,
                sentence: s,
            });
            last_end = Some(end);
            i = end + 1;
        }
    }
    out
}

/// The unit class of a quantity (troops = soldiers), lower case.
pub fn unit_key(q: &Quantity) -> String {
    let u = q.unit.as_deref().unwrap_or("").to_lowercase();
    lexicon::unit_class(&u).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    type Row = (String, Option<f64>, f64, Option<f64>, Option<String>);

    fn q(text: &str) -> Vec<Row> {
        let a = Article::new(text);
        extract(&a)
            .into_iter()
            .map(|q| (q.span.text, q.value, q.low, q.high, q.unit))
            .collect()
    }

    /// The text of each quantity of `text`.
    fn spans(text: &str) -> Vec<String> {
        q(text).into_iter().map(|r| r.0).collect()
    }

    #[test]
    fn approximators_and_units() {
        let got =
            q("After eight hours of deliberation, they met for more than five hours in Paris.");
        assert_eq!(
            got[0],
            (
                "eight hours".into(),
                Some(8.0),
                8.0,
                Some(8.0),
                Some("hours".into())
            )
        );
        assert_eq!(
            got[1],
            (
                "more than five hours".into(),
                Some(5.0),
                5.0,
                None,
                Some("hours".into())
            )
        );
        let got = q("Moscow has massed nearly 92,000 soldiers and about 100,000 troops; NATO put 8 500 soldiers on alert.");
        assert_eq!(got[0].0, "nearly 92,000 soldiers");
        assert_eq!((got[0].2, got[0].3), (78200.0, Some(92000.0)));
        assert_eq!(got[1].0, "about 100,000 troops");
        assert_eq!(got[2].1, Some(8500.0));
        // A thousands group split off by detokenization, and a list that only looks like one.
        let got = q("The island is home to 120, 000 people, and on May 5, 300 people left it.");
        assert_eq!(got[0].0, "120, 000 people");
        assert_eq!(got[0].1, Some(120000.0));
        assert_eq!(got[1].1, Some(300.0));
    }

    #[test]
    fn a_change_from_one_figure_to_another_is_no_range() {
        // Reuters 11655: "from five mln to 15 mln dlrs" was read as a range, and flagged
        // less precise against another crop's "from four mln to two mln".
        assert_eq!(
            spans("It increases coverage for wheat sales from five mln to 15 mln dlrs."),
            ["15 mln dlrs"]
        );
        assert_eq!(
            spans("The U.S. is increasing its Gulf fleet from seven to 10 warships."),
            ["10 warships"]
        );
        // Without a verb that moves it, "from … to" spans a range.
        let got = q("Prices range from 10 to 12 pct.");
        assert_eq!((got[0].2, got[0].3), (10.0, Some(12.0)));
    }

    #[test]
    fn a_window_counted_from_now_is_no_figure_with_its_range() {
        // Reuters 10126: "within the next two to three weeks" left "three weeks" to compare
        // with another article's "two to three weeks".
        assert!(q("The reshuffle is due within the next two to three weeks.").is_empty());
        assert!(q("Over the next five to seven years, we can double our earnings.").is_empty());
        assert_eq!(spans("It took two to three weeks."), ["two to three weeks"]);
    }

    #[test]
    fn vague_magnitudes() {
        let got = q("Tens of thousands of Russian soldiers have been camped there, with hundreds of thousands of troops deployed.");
        assert_eq!(got[0].0, "Tens of thousands of Russian soldiers");
        assert_eq!((got[0].2, got[0].3), (20000.0, Some(99999.0)));
        assert_eq!(got[0].4.as_deref(), Some("soldiers"));
        assert_eq!((got[1].2, got[1].3), (200000.0, Some(999999.0)));
    }

    #[test]
    fn a_part_of_a_whole_is_no_count_and_an_approximator_may_precede_the_currency() {
        // AllSides: "won 157 of 338 seats" was read "338 seats" and flagged against "156
        // seats of the 338"; "almost $400 million" lost its "almost".
        assert!(spans("The Liberals had won 157 of 338 seats.").is_empty());
        assert!(spans("Three of the 10 players were hurt.").is_empty());
        // The whole after an owner. The group "one of" picks from is a count, compared only
        // with such groups (`compare::numbers`).
        assert!(spans("Three of the court's nine justices dissented.").is_empty());
        assert!(spans("Two of its 12 members quit.").is_empty());
        assert_eq!(
            spans("Collins was one of seven Republican senators who voted to convict."),
            ["seven Republican senators"]
        );
        assert_eq!(
            spans("The Liberals won 156 seats of the 338."),
            ["156 seats"]
        );
        let got = q("Trump held back almost $400 million in aid.");
        assert_eq!(got[0].0, "almost $400 million");
        assert_eq!((got[0].2, got[0].3), (3.4e8, Some(4e8)));
        let got = q("The firm paid nearly US$400 million for it.");
        assert_eq!((got[0].2, got[0].3), (3.4e8, Some(4e8)));
    }

    #[test]
    fn over_after_an_amount_is_the_stretch_it_is_spread_over() {
        let got = q("It would cost $974 billion over five years.");
        assert_eq!(
            got[1],
            (
                "five years".into(),
                Some(5.0),
                5.0,
                Some(5.0),
                Some("years".into())
            )
        );
        let got = q("Prices rose 10 percent over two years.");
        assert_eq!(got[1].2..got[1].3.unwrap_or(f64::NAN), 2.0..2.0);
        // Elsewhere "over" is "more than", with a duration too.
        let got = q("He served over 20 years in prison.");
        assert_eq!((got[0].2, got[0].3), (20.0, None));
        let got = q("It cost over $5 million.");
        assert_eq!((got[0].2, got[0].3), (5e6, None));
    }

    #[test]
    fn a_spelled_number_takes_its_scale_and_coordinated_figures_share_a_unit() {
        // Reuters 17870 / 17874: "5.0 mln dlrs" / "five mln dlrs" read 5e6 / 5.
        assert_eq!(q("It lent five mln dlrs.")[0].1, Some(5e6));
        assert_eq!(q("It sold two bln yen of bonds.")[0].1, Some(2e9));
        // Reuters 6658: "maturities of 18 and 24 months" states 18 months too.
        let got = q("It offered maturities of 18 and 24 months.");
        assert_eq!(
            got.iter()
                .map(|r| (r.0.as_str(), r.4.as_deref()))
                .collect::<Vec<_>>(),
            [("18", Some("months")), ("24 months", Some("months"))]
        );
        // A second figure with a scale keeps its unit to itself: "two or three million
        // people" is no count of two people.
        assert_eq!(
            spans("It displaced two or three million people."),
            ["three million people"]
        );
        // A number before "and" that begins another clause stays bare.
        assert_eq!(spans("He won 3 and lost 4 games."), ["4 games"]);
    }

    #[test]
    fn a_scale_written_on_the_digits() {
        // BBC writes "£400m" and "$1.13bn" (917 such figures in its dump were not read).
        let got = q("The firm made a profit of £400m, and the deal was worth $1.13bn.");
        assert_eq!((got[0].0.as_str(), got[0].1), ("£400m", Some(4e8)));
        assert_eq!((got[1].0.as_str(), got[1].1), ("$1.13bn", Some(1.13e9)));
        assert_eq!(q("It raised 5bn euros.")[0].1, Some(5e9));
        assert_eq!(q("Borrowing of up to $4.5bn trillion.")[0].1, Some(4.5e9));
        // A second conversion in the bracket restates the first figure.
        assert_eq!(
            spans("It had debts of 14bn euros ($18.34bn; £9.6bn) in 2003."),
            ["14bn euros"]
        );
        // Without a currency sign, "m" is metres.
        assert!(q("She won the 400m hurdles.")
            .iter()
            .all(|r| r.1 != Some(4e8)));
    }

    #[test]
    fn a_common_word_opening_the_sentence_is_no_name_before_a_number() {
        assert_eq!(
            q("Every 72 minutes, a veteran commits suicide.")[0].0,
            "72 minutes"
        );
        assert_eq!(q("Only 24 percent of donors gave.")[0].0, "24 percent");
        assert_eq!(q("Some 40 miners were trapped.")[0].0, "Some 40 miners");
        assert!(q("Apollo 11 landed on the moon.").is_empty());
    }

    #[test]
    fn a_measured_figure_after_a_name_is_a_figure_and_a_capitalized_number_word_is_a_name() {
        // Reuters: "Labour 37 pct" and the tables' "Shr 60 cts" were read as names.
        assert_eq!(
            spans("The Conservatives had 39 pct of the voters, Labour 37 pct and the Alliance 23 pct."),
            ["39 pct", "37 pct", "23 pct"]
        );
        assert_eq!(spans("Shr 60 cts vs 57 cts"), ["60 cts", "57 cts"]);
        assert!(q("He played in the RBS Six Nations campaign on BBC Radio Five Live.").is_empty());
        assert!(q("Apollo 11 landed on the moon.").is_empty());
    }

    #[test]
    fn the_noun_a_figure_counts_past_names_superlatives_and_before_a_verb() {
        let units =
            |text: &str| -> Vec<Option<String>> { q(text).into_iter().map(|r| r.4).collect() };
        // Stop-33 audit: "free", "filed", "most", "intercepted" were read as the units.
        assert_eq!(
            units("Two Grant Gibbs free throws hiked the run."),
            [Some("throws".into())]
        );
        assert_eq!(
            units("Nearly 3 million more Americans filed for jobless aid."),
            [Some("Americans".into())]
        );
        assert_eq!(
            units("The 100 most popular contestants were named."),
            [Some("contestants".into())]
        );
        assert_eq!(
            units("About 200 Mexican military police intercepted the convoy."),
            [Some("police".into())]
        );
        assert_eq!(
            units("It won two Democrat Senators over."),
            [Some("Senators".into())]
        );
        assert_eq!(
            units("Some 7 million Americans get the vaccine."),
            [Some("Americans".into())]
        );
        assert_eq!(
            units("It named the 42 biggest finance companies."),
            [Some("companies".into())]
        );
        // Tens and units written apart; a capitalized number word after a possessive.
        assert_eq!(q("Thirty five contenders ran.")[0].1, Some(35.0));
        assert!(q("He played in this season's Six Nations campaign.").is_empty());
    }

    #[test]
    fn the_day_of_an_abbreviated_month_is_no_count() {
        // AllSides: "the Jan. 20 inauguration" counted 20 inaugurations.
        assert_eq!(
            spans("Since the Jan. 20 inauguration, 40 people were hired."),
            ["40 people"]
        );
    }

    #[test]
    fn dates_years_and_names_are_not_quantities() {
        assert!(q("On January 10, 2022, the 2015 Minsk agreement and Nord Stream 2 were discussed at 6:21 a.m. on the 26th.").is_empty());
        let got = q("Washington is releasing an additional $200 million in security aid.");
        assert_eq!(got[0].0, "$200 million");
        assert_eq!(got[0].1, Some(2e8));
    }

    #[test]
    fn money_ends_at_its_number_and_a_figure_restated_in_brackets_is_skipped() {
        assert_eq!(
            spans("He signed for $80 million last summer and $20 million per season."),
            ["$80 million", "$20 million"]
        );
        assert_eq!(
            spans("Damage was put at $US1 million ($1.52 million) and the quake struck 58km (36 miles) away, seven km (4 miles) from the town. It costs $250 (about £132)."),
            ["seven km", "$250"]);
        // Brackets that hold a figure of their own are kept.
        let got = q("Ten people died (including 3 children) in the fire.");
        assert_eq!(got.len(), 2);
        let got = q("The dam was finished in 2009 (40 workers died building it).");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_possessive_or_a_comparative_after_a_number_is_no_unit() {
        // "eight of their 13 matches": a part of a whole, as "three of the 10 players" (see
        // `a_part_of_a_whole_is_no_count_...`); "20 more" names nothing.
        assert_eq!(
            spans("They have lost eight of their 13 matches and have options on 20 more."),
            Vec::<String>::new()
        );
        assert_eq!(
            spans("They have played 13 matches and have options on 20 more."),
            ["13 matches"]
        );
        // Before a noun they belong to the count.
        let got = q("They will send 300 more troops, and five of his deputies resigned.");
        let units: Vec<Option<&str>> = got.iter().map(|r| r.4.as_deref()).collect();
        assert_eq!(units, [Some("troops"), Some("deputies")]);
    }

    #[test]
    fn the_length_of_a_window_is_not_a_figure() {
        assert_eq!(
            spans("They have lost eight of their last 13 matches, 40 people died in the past two days and 5,000 jobs go over the next five years."),
            ["40 people", "5,000 jobs"]);
        // A duration, and the last members of a series, are figures.
        assert_eq!(
            spans("She had lived there for the past three years; he spent the next two hours inside, and the last two trains left."),
            ["three years", "two hours", "two trains"]);
    }

    #[test]
    fn coordinated_adjectives_before_the_unit() {
        let got = q("Navy commandos captured 23 Somali and Yemeni pirates on Friday.");
        assert_eq!(got[0].0, "23 Somali and Yemeni pirates");
        assert_eq!(got[0].4.as_deref(), Some("pirates"));
    }

    #[test]
    fn clock_times_and_codes_with_a_leading_zero_are_not_quantities() {
        assert!(q("The shelling began at 06 hours and stopped at 0900 hours.").is_empty());
        assert!(q("He scored the record basket with 7:41 left in the half.").is_empty());
        assert_eq!(
            spans("The dollar opened at 145.95 yen against 145.85/90 yen in New York."),
            ["145.95 yen"]
        );
        // A colon set off by a space ends a heading: the count after it stays.
        let got = q("Toll on day 3: 41 people dead.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "41 people");
        let got = q("Turnout fell by 0.5 points.");
        assert_eq!(got[0].1, Some(0.5));
    }

    #[test]
    fn a_preposition_after_a_figure_is_no_unit() {
        // Reuters #13878: cents over the July price, not 24 "over"; a bare figure before
        // "after" counts nothing either (only the 0.8 points are a quantity).
        assert!(q("July traded down to 24 over July.").is_empty());
        let got = q("The index stood at 163,748 after a rise of 0.8 points.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].4.as_deref(), Some("points"));
    }

    #[test]
    fn a_unit_in_the_singular_before_a_noun_modifies_the_noun() {
        // BBC politics/153: "five year plan" was five years, against "eight years" elsewhere.
        let got = q("The government's new five year plan is designed to show how Labour would reform immigration.");
        assert_eq!(got[0].0, "five year plan");
        assert_eq!(got[0].4.as_deref(), Some("plan"));
        // Reuters #5794: the grace period, not six years of the loan.
        let got = q("The 15-1/2 year facility, with a six year grace period, carries fixed interest of 6.48 pct.");
        assert_ne!(got[0].4.as_deref(), Some("year"));
        // Years as such: in the plural, or ago, old, later.
        for text in [
            "Labour had done nothing for eight years and will not set a limit.",
            "The plan was drawn up two year ago by the ministry.",
            "The boy, five year old, was found unharmed.",
        ] {
            let got = q(text);
            assert_eq!(
                lexicon::unit_class(got[0].4.as_deref().unwrap_or("")),
                "years",
                "{text}"
            );
        }
    }

    #[test]
    fn a_conjunction_after_a_figure_is_no_unit() {
        // Reuters-21578 share prices: "1,484 but" and "1,335 but" were flagged as one unit.
        let got = q("Glaxo rose 4p at 1,484 but Wellcome lost 25p at 393.");
        assert!(got.iter().all(|r| r.4.as_deref() != Some("but")), "{got:?}");
    }

    #[test]
    fn a_comparison_is_no_unit_and_wire_currencies_are_currencies() {
        // A new user's read (stop 32): "vs" was the fourth commonest unit of Reuters.
        let got = q("Avg shrs 134.9 mln vs 131.7 mln.");
        assert!(got.iter().all(|r| r.4.as_deref() != Some("vs")), "{got:?}");
        // "dlrs" is the unit, not the costs after it; "basis" opens "basis points".
        let got = q("The company reported 27.3 mln dlrs costs in the quarter.");
        assert_eq!(got[0].4.as_deref(), Some("dlrs"));
        assert_eq!(lexicon::unit_class("dlrs"), "dollars");
        let got = q("Rates rose around 10 basis points.");
        assert_eq!(got[0].4.as_deref(), Some("points"));
    }

    #[test]
    fn a_scale_written_once_belongs_to_both_ends_of_a_range() {
        // A new user's read (stop 32): "between 10 and 12 mln tonnes" was 10 to 12,000,000.
        let got = q("Output will be between 10 and 12 mln tonnes.");
        assert_eq!((got[0].2, got[0].3), (10e6, Some(12e6)));
        let got = q("Some five to six million people voted.");
        assert_eq!((got[0].2, got[0].3), (5e6, Some(6e6)));
        // Not when the low end would pass the high one.
        let got = q("Estimates range from 800 to 2 mln barrels.");
        assert_eq!((got[0].2, got[0].3), (800.0, Some(2e6)));
    }

    #[test]
    fn a_name_before_the_counted_noun_is_read_over() {
        // A new user's read (stop 32): the unit was the name's last word.
        let unit = |text: &str| q(text)[0].4.clone();
        assert_eq!(
            unit("The chain opened 35 new T.J. Maxx stores.").as_deref(),
            Some("stores")
        );
        assert_eq!(
            unit("Five of President-elect Joe Biden's Cabinet nominees testified.").as_deref(),
            Some("nominees")
        );
        // Not on to a word that counts nothing ("two of Japan's biggest" is no "biggest").
        assert_eq!(
            unit("Two of Japan's biggest quit the market.").as_deref(),
            Some("Japan")
        );
    }
}
