//! Dates: weekdays, "the 26th", month names, full dates; resolved when the calendar allows.
//!
//! Resolution uses, in order: the date itself when complete (`January 10, 2022`); the most
//! recent explicit month and year earlier in the article (a chronology that says "On
//! December 7 … On the 17th" means December 17), unless more than a year after the
//! article's date (a bond's maturity), or a year only resolved earlier in the same
//! sentence; the article's publication date. A month without its year takes the year its
//! words say ("last November", "next May 31", "October last year"), else the base's year,
//! unless that puts it more than half a year away and the year before (or, in a sentence
//! of the future, after) is nearer: a November in an April wire is last November.
//!
//! A weekday resolves to the nearest such day on or before the article date, or after it
//! when the sentence speaks of the future ("will", "next", "scheduled", "is to"), unless
//! it is the day something was said ("said on Monday it will") or a past tense stands
//! between ("will not force …, which was ruled illegal on Friday"); "last Thursday"
//! written on a Thursday is a week before. Without an anchor a date keeps its parts
//! (weekday, day, month) unresolved, and only like parts are compared later.

use super::article::Article;
use super::lexicon;
use super::tokens::Kind;
use super::DateMention;

/// The calendar parts a mention states or resolves to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateParts {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// 0 = Monday.
    pub weekday: Option<u32>,
    /// The year stands in the text, here or in a date written before this one; otherwise it
    /// was read from the article's own date (a guess: "the Sept. 11 attacks" in 2016).
    pub year_written: bool,
}

pub use crate::calendar::{civil_from_days, days_from_civil, days_in_month, parse_iso};

/// 0 = Monday.
pub fn weekday_of(days: i64) -> u32 {
    // 1970-01-01 was a Thursday (3).
    ((days + 3).rem_euclid(7)) as u32
}

fn weekday_index(w: &str) -> Option<u32> {
    crate::calendar::weekday_index(w).map(|p| p as u32)
}

/// "26th", "1st", "26" → 26.
fn day_number(s: &str) -> Option<u32> {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &s[digits.len()..];
    if !matches!(
        suffix.to_ascii_lowercase().as_str(),
        "" | "st" | "nd" | "rd" | "th"
    ) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_number(a: &Article, i: usize) -> Option<i32> {
    if a.tokens[i].kind != Kind::Number {
        return None;
    }
    let y: i32 = a.str(i).parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// "05-04-2016" → 2016-04-05 (day first); "2016-04-05"; "4/5/2016" → 2016-04-05 (month
/// first). A first number above 12 is always the day.
fn numeric_date(s: &str) -> Option<(i32, u32, u32)> {
    let (sep, month_first) = if s.contains('/') {
        ('/', true)
    } else {
        ('-', false)
    };
    let parts: Vec<&str> = s.split(sep).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let nums: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (y, m, d) = if parts[0].len() == 4 {
        (nums[0] as i32, nums[1], nums[2])
    } else if parts[2].len() == 4 {
        let (a, b) = (nums[0], nums[1]);
        let (m, d) = if a > 12 || !month_first && b <= 12 {
            (b, a)
        } else {
            (a, b)
        };
        (nums[2] as i32, m, d)
    } else {
        return None;
    };
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d))
        .then_some((y, m, d))
}

/// Is the weekday at `i` the day a statement was made ("Russia said on Monday it would
/// withdraw troops", "Lusinchi said Monday Venezuela will pay")? That day is past whatever
/// the statement says.
fn said_on(a: &Article, i: usize) -> bool {
    let before = |n: usize| i.checked_sub(n).map(|k| a.lower(k));
    let cue = |w: Option<&str>| w.and_then(lexicon::cue).is_some();
    cue(before(1)) || before(1) == Some("on") && cue(before(2))
}

fn future_sentence(a: &Article, i: usize) -> bool {
    let r = a.sentences[a.sentence_of[i]].clone();
    let end = r.end;
    // A past tense between a future word and the day, in the day's own clause (no comma
    // between), tells the day's own time: "will not force a settlement of the strike,
    // which was ruled illegal on Friday". The last such word before the day, read once.
    let clause = (r.start..i)
        .rev()
        .find(|&m| a.tokens[m].is_punct(','))
        .map_or(r.start, |c| c + 1);
    let last_past = (clause..i)
        .rev()
        .find(|&m| matches!(a.lower(m), "was" | "were" | "had" | "did"));
    r.into_iter().any(|k| {
        if k < i && last_past.is_some_and(|m| m > k) {
            return false;
        }
        // A quotation's own tense is not the day's ("who returned Sunday, as saying 'Iraq
        // will continue'").
        if a.tokens[k].quoted && !a.tokens[i].quoted {
            return false;
        }
        // A reported plan: "said Bellingham would be presented to fans on Thursday" is the
        // Thursday to come; "would have" looks back, and only a "would" before the day
        // speaks of it.
        // ("announcing that on Tuesday it would end the lockout": the plan's day before
        // its subject and "would")
        let would = matches!(a.lower(k), "would" | "shall")
            && (k < i
                || k <= i + 3
                    && (i + 1..k)
                        .all(|m| a.tokens[m].kind == Kind::Word && !a.tokens[m].is_punct(',')))
            && !said_on(a, i)
            && (k + 1 >= end || !matches!(a.lower(k + 1), "have" | "'ve" | "\u{2019}ve"));
        // "is to arrive on Sunday", "are to meet on Friday": a plan; "likely to continue
        // into Wednesday": a forecast.
        let is_to =
            matches!(a.lower(k), "is" | "are" | "likely") && k + 1 < end && a.lower(k + 1) == "to";
        would
            || is_to
            || matches!(
                a.lower(k),
                "will"
                    | "next"
                    | "scheduled"
                    | "coming"
                    | "upcoming"
                    | "ahead"
                    | "plans"
                    | "planned"
                    | "expected"
                    | "slated"
                    | "preparing"
                    | "prepares"
                    | "awaiting"
                    | "awaits"
            )
    })
}

fn iso(p: &DateParts) -> Option<String> {
    match (p.year, p.month, p.day) {
        (Some(y), Some(m), Some(d)) => Some(crate::calendar::iso_day((y, m, d))),
        (Some(y), Some(m), None) => Some(format!("{y:04}-{m:02}")),
        (None, Some(m), Some(d)) => Some(format!("--{m:02}-{d:02}")),
        _ => None,
    }
}

/// The parts of the day `days` (days since 1970-01-01), its year read, not written.
fn on_day(days: i64) -> DateParts {
    let (y, m, d) = civil_from_days(days);
    DateParts {
        year: Some(y),
        month: Some(m),
        day: Some(d),
        weekday: Some(weekday_of(days)),
        year_written: false,
    }
}

/// The month `by` months after (before, when negative) `m` of year `y`.
fn shift_month(y: i32, m: u32, by: i64) -> (i32, u32) {
    let at = i64::from(y) * 12 + i64::from(m) - 1 + by;
    (at.div_euclid(12) as i32, (at.rem_euclid(12) + 1) as u32)
}

/// The `nth` weekday `wd` of month `m` of year `y` (`nth` −1: the last), as days since
/// 1970-01-01: "the first Sunday in April", "the last Sunday in October".
fn nth_weekday(y: i32, m: u32, wd: u32, nth: i64) -> i64 {
    if nth > 0 {
        let first = days_from_civil(y, m, 1);
        first + (i64::from(wd) - i64::from(weekday_of(first))).rem_euclid(7) + 7 * (nth - 1)
    } else {
        let last = days_from_civil(y, m, days_in_month(y, m));
        last - (i64::from(weekday_of(last)) - i64::from(wd)).rem_euclid(7)
    }
}

/// A date mention of tokens `start..=end` with its parts, resolved as far as they go.
fn mention(
    a: &Article,
    (start, end): (usize, usize),
    kind: &'static str,
    sentence: usize,
    parts: DateParts,
) -> DateMention {
    DateMention {
        span: a.span(start, end),
        resolved: iso(&parts),
        kind,
        sentence,
        parts,
    }
}

/// A weekday that names a newspaper: "The Sunday Times", "the Sunday Express".
fn newspaper(a: &Article, i: usize) -> bool {
    i + 1 < a.sentence_end(i)
        && a.tokens[i + 1].kind == Kind::Word
        && a.is_cap(i + 1)
        && (i > 0 && a.lower(i - 1) == "the"
            || matches!(
                a.lower(i + 1),
                "times"
                    | "express"
                    | "telegraph"
                    | "mirror"
                    | "post"
                    | "herald"
                    | "tribune"
                    | "mail"
                    | "independent"
                    | "observer"
                    | "star"
            ))
}

/// A date counted from the article's own at token `i`, with its last token: "last month",
/// "this month", "next month" (that month of the article's date); "yesterday", "tomorrow";
/// "today" beside a verb of telling or a past form ("said today", "today announced": the day
/// of a statement, not "the world today"), not a programme ("BBC Radio 4's Today
/// programme") nor a possessive ("today's market"). Without the article's date, its parts
/// stay empty.
fn relative_at(
    a: &Article,
    i: usize,
    article_date: Option<(i32, u32, u32)>,
) -> Option<(usize, DateParts)> {
    let (s, s1) = (a.sentence_of[i], a.sentence_end(i));
    let w = a.lower(i);
    let month_shift = match w {
        "last" => Some(-1),
        "this" => Some(0),
        "next" => Some(1),
        _ => None,
    };
    if let Some(by) = month_shift.filter(|_| i + 1 < s1 && a.lower(i + 1) == "month") {
        let parts = article_date.map_or_else(DateParts::default, |(y, m, _)| {
            let (y, m) = shift_month(y, m, by);
            DateParts {
                year: Some(y),
                month: Some(m),
                ..DateParts::default()
            }
        });
        return Some((i + 1, parts));
    }
    let offset = match w {
        "yesterday" => -1,
        "tomorrow" => 1,
        "today" | "tonight" => 0,
        _ => return None,
    };
    let opens = i == a.sentence_start(i) || i > 0 && a.tokens[i - 1].is_quote();
    let programme = a.is_cap(i) && !opens;
    let possessive = a
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == Kind::Possessive);
    let told = |k: usize| {
        k < s1 && a.sentence_of[k] == s && {
            let v = a.lower(k);
            lexicon::cue(v).is_some() && !lexicon::noun_like_cue(v)
                || v.len() > 4 && v.ends_with("ed")
        }
    };
    let beside_a_verb = offset != 0 || (1..=2).any(|d| told(i + d) || i >= d && told(i - d));
    if programme || possessive || !beside_a_verb {
        return None;
    }
    let parts = article_date.map_or_else(DateParts::default, |(y, m, d)| {
        on_day(days_from_civil(y, m, d) + offset)
    });
    Some((i, parts))
}

pub(super) fn extract(a: &Article, article_date: Option<(i32, u32, u32)>) -> Vec<DateMention> {
    let mut out = Vec::new();
    // The most recent explicit (year, month) seen, for chronologies.
    let mut context: Option<(i32, u32, bool)> = article_date.map(|(y, m, _)| (y, m, false));
    // The sentence of the date that set `context` (none for the article's date).
    let mut context_sentence: Option<usize> = None;
    let anchor_days = article_date.map(|(y, m, d)| days_from_civil(y, m, d));
    let n = a.tokens.len();
    let mut i = 0;
    while i < n {
        let w = a.lower(i).to_string();
        let s = a.sentence_of[i];
        let s1 = a.sentence_end(i);
        // Month name: "February 4", "January 10, 2022", "in April", "mid-February".
        let (mid, month_word) = match w.strip_prefix("mid-") {
            Some(m) => (true, m.to_string()),
            None => (false, w.clone()),
        };
        if let Some(m) = lexicon::month(&month_word) {
            // "may" and "march" are verbs too: require a capital.
            let ambiguous = matches!(month_word.as_str(), "may" | "march") && !a.is_cap(i);
            let abbrev_ok = a.is_cap(i) || mid;
            if !ambiguous && abbrev_ok {
                let mut end = i;
                if month_word.len() <= 4
                    && !matches!(month_word.as_str(), "may" | "june" | "july")
                    && i + 1 < s1
                    && a.tokens[i + 1].is_punct('.')
                    && a.tokens[i + 1].start == a.tokens[i].end
                {
                    end = i + 1;
                }
                let mut parts = DateParts {
                    month: Some(m),
                    ..DateParts::default()
                };
                let mut start = i;
                // "10 Nov 11": day, month and a two-digit year, not November 11.
                let day_before =
                    (i > 0 && a.sentence_of[i - 1] == s && a.tokens[i - 1].kind == Kind::Number)
                        .then(|| day_number(a.str(i - 1)))
                        .flatten();
                let short_year = (end + 1 < s1 && a.tokens[end + 1].kind == Kind::Number)
                    .then(|| a.str(end + 1))
                    .filter(|y| y.len() == 2 && y.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|y| y.parse::<i32>().ok());
                if let (Some(d), Some(yy), false) = (day_before, short_year, mid) {
                    parts.day = Some(d);
                    parts.year = Some(if yy < 50 { 2000 + yy } else { 1900 + yy });
                    parts.year_written = true;
                    start = i - 1;
                    end += 1;
                } else if end + 1 < s1 && !mid {
                    // A day in digits, or in a word that ends the date ("effective September
                    // One", "paid June two, 1987", "on January one but"; not "in March one
                    // company").
                    let day_at = |k: usize| {
                        day_number(a.str(k)).or_else(|| {
                            let v = lexicon::number_word(a.lower(k))?;
                            let ends = k + 1 >= s1
                                || a.tokens[k + 1].kind == Kind::Punct
                                    && !a.tokens[k + 1].is_punct('-')
                                || matches!(
                                    a.lower(k + 1),
                                    "but" | "and" | "to" | "when" | "while" | "until" | "this"
                                );
                            (ends && v.fract() == 0.0 && (1.0..=31.0).contains(&v))
                                .then_some(v as u32)
                        })
                    };
                    if let Some(d) = day_at(end + 1) {
                        parts.day = Some(d);
                        end += 1;
                        if end + 2 < s1 && a.tokens[end + 1].is_punct(',') {
                            if let Some(y) = year_number(a, end + 2) {
                                parts.year = Some(y);
                                parts.year_written = true;
                                end += 2;
                            }
                        } else if end + 1 < s1 {
                            if let Some(y) = year_number(a, end + 1) {
                                parts.year = Some(y);
                                parts.year_written = true;
                                end += 1;
                            }
                        }
                    } else if let Some(y) = year_number(a, end + 1) {
                        parts.year = Some(y);
                        parts.year_written = true;
                        end += 1;
                    } else if end + 2 < s1 && a.tokens[end + 1].is_punct(',') {
                        // "since July, 1979", "February, 1987 volume"
                        if let Some(y) = year_number(a, end + 2) {
                            parts.year = Some(y);
                            parts.year_written = true;
                            end += 2;
                        }
                    }
                }
                // "25 May 2014"
                if parts.day.is_none() && !mid {
                    if let Some(d) = day_before {
                        parts.day = Some(d);
                        start = i - 1;
                        if end + 1 < s1 {
                            if let Some(y) = year_number(a, end + 1) {
                                parts.year = Some(y);
                                parts.year_written = true;
                                end += 1;
                            }
                        }
                    }
                }
                // A run of months is a table's header ("2 OCT DEC FEB APR JUN AUG TOTAL"),
                // no date.
                let month_at = |k: usize| {
                    k < s1 && a.sentence_of[k] == s && lexicon::month(a.lower(k)).is_some()
                };
                if month_at(end + 1) || start > 0 && month_at(start - 1) {
                    i = end + 1;
                    continue;
                }
                // A bare capitalized "May" with no day or year is too often a name or verb.
                if parts.day.is_none()
                    && parts.year.is_none()
                    && matches!(month_word.as_str(), "may" | "march")
                {
                    i += 1;
                    continue;
                }
                let kind = match (parts.year, parts.day, mid) {
                    (_, _, true) => "mid_month",
                    (Some(_), Some(_), _) => "full",
                    (_, Some(_), _) => "month_day",
                    _ => "month",
                };
                if parts.year.is_none() {
                    // The year that puts the date nearest the context: the last date whose
                    // year was written, or one of this sentence ("Dec and Jan" contracts);
                    // else the article's date (a year only resolved, as "the year ended
                    // December 31" in a March wire is last year's, lends none to a later
                    // sentence: "delayed until July 1" is this year's). In a dated article
                    // a written year carries to the next sentence only: a chronology goes
                    // on at once ("In March 2003 … In April, Baghdad fell"), while a year
                    // written paragraphs before is a figure's base ("the 30.63 billion in
                    // February 1986" … "recorded in January" is this January).
                    // (Not into a sentence of the future, which tells of what is to come
                    // after the article's date: "signed … in February, 1986. … it would
                    // become effective from April 1".)
                    let near = |cs: Option<usize>| {
                        cs.is_some_and(|cs| cs + 1 >= s)
                            && !(context_sentence != Some(s) && future_sentence(a, i))
                    };
                    let base = match context {
                        Some(c)
                            if c.2 && (article_date.is_none() || near(context_sentence))
                                || context_sentence == Some(s) =>
                        {
                            Some(c)
                        }
                        _ => article_date.map(|(y, m, _)| (y, m, false)).or(context),
                    };
                    if let Some((cy, cm, written)) = base {
                        parts.year_written = written;
                        // ("last November" is the one before, "next April" the one after;
                        // "November last year" last year's; otherwise this year's, unless
                        // that is more than half a year away and the year before or after
                        // is nearer: a November in an April wire is last November)
                        let at = |y: i32| i64::from(y) * 12 + i64::from(m);
                        let from = i64::from(cy) * 12 + i64::from(cm);
                        let word = |k: usize| (k < s1).then(|| a.lower(k));
                        let before = (start > 0).then(|| a.lower(start - 1));
                        let year_after = match (word(end + 1), word(end + 2)) {
                            (Some("last"), Some("year")) => Some(cy - 1),
                            (Some("this"), Some("year")) => Some(cy),
                            (Some("next"), Some("year")) => Some(cy + 1),
                            _ => None,
                        };
                        parts.year = Some(match (before, year_after) {
                            (_, Some(y)) => y,
                            (Some("last"), _) => cy - i32::from(m >= cm),
                            (Some("next"), _) => cy + i32::from(m <= cm),
                            _ if (at(cy) - from).abs() <= 6 => cy,
                            // (a sentence of the future looks ahead only: "will give up the
                            // route in November")
                            _ => {
                                let ahead = future_sentence(a, i);
                                [cy - 1, cy + 1]
                                    .into_iter()
                                    .filter(|&y| y > cy || !ahead)
                                    .find(|&y| (at(y) - from).abs() < (at(cy) - from).abs())
                                    .unwrap_or(cy)
                            }
                        });
                        // "the year ended July 31", "since mid-December": a time gone by,
                        // not this year's July 31 to come.
                        let gone_by = matches!(before, Some("ended" | "since"))
                            || start > 1
                                && matches!(before, Some("early" | "late"))
                                && matches!(a.lower(start - 2), "ended" | "since");
                        if let (Some(y), Some((ay, am, ad)), true) =
                            (parts.year, article_date, gone_by)
                        {
                            if (y, m, parts.day.unwrap_or(1)) > (ay, am, ad) {
                                parts.year = Some(y - 1);
                            }
                        }
                        if kind == "month_day" && article_date.is_none() && context.is_none() {
                            parts.year = None;
                        }
                    }
                }
                if let (Some(y), Some(d)) = (parts.year, parts.day) {
                    if d <= days_in_month(y, m) {
                        parts.weekday = Some(weekday_of(days_from_civil(y, m, d)));
                    }
                }
                // A date more than a year after the article's is a maturity or a target ("bonds
                // due April 15, 1993" in a 1987 wire), not the time of the events told: the
                // dates after it keep the article's year ("Payment date is April 15").
                let far_future = |y: i32| {
                    article_date.is_some_and(|(ay, am, _)| {
                        i64::from(y) * 12 + i64::from(m) > i64::from(ay) * 12 + i64::from(am) + 12
                    })
                };
                // The base of a comparison ("up 19.3 pct from late March 1986", "compared
                // with March 1986") is no time of the events told: "In early February" after
                // it is this year's.
                // (Through "the", "early", "late": "above the January, 1986 level".)
                let opener = (0..start)
                    .rev()
                    .take(3)
                    .map(|k| a.lower(k))
                    .find(|w| !matches!(*w, "the" | "early" | "late"));
                let compared_with = parts.year_written
                    && matches!(
                        opener,
                        Some(
                            "from"
                                | "than"
                                | "with"
                                | "against"
                                | "versus"
                                | "above"
                                | "below"
                                | "since"
                        )
                    )
                    && matches!((parts.year, article_date), (Some(y), Some((ay, _, _))) if y < ay);
                if (kind == "full" || kind == "month_day" || kind == "month") && !compared_with {
                    if let Some(y) = parts.year.filter(|&y| !far_future(y)) {
                        context = Some((y, m, parts.year_written));
                        context_sentence = Some(s);
                    }
                }
                out.push(DateMention {
                    span: a.span(start, end),
                    resolved: if mid {
                        parts.year.map(|y| format!("{y:04}-{m:02}"))
                    } else {
                        iso(&parts)
                    },
                    kind,
                    sentence: s,
                    parts,
                });
                i = end + 1;
                continue;
            }
        }
        // "yesterday", "last month": a day or a month counted from the article's date.
        if let Some((end, parts)) = relative_at(a, i, article_date) {
            out.push(mention(a, (i, end), "relative", s, parts));
            i = end + 1;
            continue;
        }
        // Weekday.
        if let Some(wd) = weekday_index(&w).filter(|_| a.is_cap(i) && !newspaper(a, i)) {
            let mut parts = DateParts {
                weekday: Some(wd),
                ..DateParts::default()
            };
            // "the first Sunday in April", "the last Sunday in October": a day of that
            // month, not the Sunday nearest the article's date.
            let nth = (i > 0)
                .then(|| match a.lower(i - 1) {
                    "first" => Some(1),
                    "second" => Some(2),
                    "third" => Some(3),
                    "fourth" => Some(4),
                    "last" => Some(-1),
                    _ => None,
                })
                .flatten();
            let of_month = (i + 2 < s1 && matches!(a.lower(i + 1), "in" | "of"))
                .then(|| lexicon::month(a.lower(i + 2)))
                .flatten();
            if let (Some(nth), Some(m)) = (nth, of_month) {
                if let Some((y, _, _)) = article_date {
                    parts = on_day(nth_weekday(y, m, wd, nth));
                }
                out.push(mention(a, (i - 1, i), "weekday", s, parts));
                i += 1;
                continue;
            }
            if let Some(anchor) = anchor_days {
                let aw = weekday_of(anchor);
                let back = (i64::from(aw) - i64::from(wd)).rem_euclid(7);
                let prev_word = (i > 0).then(|| a.lower(i - 1));
                let last = prev_word == Some("last");
                let future = prev_word == Some("next")
                    || !last && !said_on(a, i) && future_sentence(a, i) && back != 0;
                // "last Thursday" written on a Thursday is a week before.
                let back = if last && back == 0 { 7 } else { back };
                // "on Tuesday last week", "Friday next week": that week's day.
                let week = |k: usize| (k < s1).then(|| a.lower(k));
                let monday = anchor - i64::from(aw);
                let days = match (week(i + 1), week(i + 2)) {
                    (Some("last"), Some("week")) => monday - 7 + i64::from(wd),
                    (Some("next"), Some("week")) => monday + 7 + i64::from(wd),
                    _ if future => anchor + (i64::from(wd) - i64::from(aw)).rem_euclid(7),
                    _ => anchor - back,
                };
                parts = on_day(days);
            }
            out.push(mention(a, (i, i), "weekday", s, parts));
            i += 1;
            continue;
        }
        // Numeric dates: "05-04-2016" (day first, as in most of the world's press),
        // "2016-04-05", "4/5/2016" (month first).
        if a.tokens[i].kind == Kind::Number {
            if let Some((y, m, d)) = numeric_date(a.str(i)) {
                let parts = DateParts {
                    year_written: true,
                    ..on_day(days_from_civil(y, m, d))
                };
                context = Some((y, m, true));
                context_sentence = Some(s);
                out.push(mention(a, (i, i), "full", s, parts));
                i += 1;
                continue;
            }
        }
        // "the 26th", "on 26th", "On the 28th".
        let t = &a.tokens[i];
        if t.kind == Kind::Number
            && t.lower.len() >= 3
            && t.lower.ends_with(|c: char| c.is_ascii_alphabetic())
        {
            let prev = (i > 0 && a.sentence_of[i - 1] == s).then(|| a.lower(i - 1));
            let month_follows =
                i + 2 < n && a.lower(i + 1) == "of" && lexicon::month(a.lower(i + 2)).is_some();
            if let (Some(d), true) = (
                day_number(&t.lower),
                matches!(prev, Some("the" | "on" | "since" | "until" | "by" | "from")),
            ) {
                // "the 10th win", "the 21st century": an ordinal of whatever the next word
                // names. A day of the month is followed by punctuation, a name or a word
                // that goes on with the sentence ("on the 26th at noon", "the 26th, when").
                let ordinal_noun = i + 1 < n
                    && a.sentence_of[i + 1] == s
                    && a.tokens[i + 1].kind == Kind::Word
                    && !a.is_cap(i + 1)
                    && !matches!(
                        a.lower(i + 1),
                        "at" | "and"
                            | "or"
                            | "in"
                            | "when"
                            | "to"
                            | "for"
                            | "after"
                            | "before"
                            | "with"
                            | "as"
                            | "but"
                            | "that"
                            | "this"
                            | "it"
                            | "he"
                            | "she"
                            | "they"
                            | "we"
                            | "i"
                            | "the"
                            | "a"
                            | "an"
                            | "until"
                            | "till"
                            | "through"
                            | "from"
                            | "by"
                            | "so"
                            | "while"
                            | "which"
                            | "where"
                            | "because"
                            | "if"
                            | "was"
                            | "is"
                            | "will"
                            | "would"
                            | "morning"
                            | "afternoon"
                            | "evening"
                            | "night"
                    );
                // "the 9th U.S. Circuit", "the 24th Japanese bank", "the 82nd Airborne
                // Division": a capitalized run after the ordinal naming a body, a
                // nationality or a numbered thing is what it counts.
                let ordinal_name = (i + 1..n.min(i + 6))
                    .take_while(|&k| {
                        a.sentence_of[k] == s && (a.is_cap(k) || a.tokens[k].is_punct('.'))
                    })
                    .filter(|&k| a.tokens[k].kind == Kind::Word)
                    .any(|k| {
                        let w = a.lower(k);
                        lexicon::org_word(w)
                            || lexicon::nationality(w).is_some()
                            || matches!(
                                w,
                                "circuit"
                                    | "district"
                                    | "congress"
                                    | "amendment"
                                    | "century"
                                    | "precinct"
                                    | "ward"
                                    | "annual"
                                    | "fleet"
                                    | "infantry"
                                    | "airborne"
                                    | "marine"
                                    | "marines"
                                    | "parliament"
                            )
                    });
                if !month_follows && !ordinal_noun && !ordinal_name {
                    let mut parts = DateParts {
                        day: Some(d),
                        ..DateParts::default()
                    };
                    if let Some((cy, cm, written)) = context {
                        parts.year_written = written;
                        // A day after the anchor's day in a dated article means last month.
                        let (y, m) = match article_date {
                            Some((ay, am, ad)) if (cy, cm) == (ay, am) && d > ad + 1 => {
                                shift_month(ay, am, -1)
                            }
                            _ => (cy, cm),
                        };
                        if d <= days_in_month(y, m) {
                            parts.year = Some(y);
                            parts.month = Some(m);
                            parts.weekday = Some(weekday_of(days_from_civil(y, m, d)));
                        }
                    }
                    let start = if matches!(prev, Some("the")) {
                        i - 1
                    } else {
                        i
                    };
                    out.push(DateMention {
                        span: a.span(start, i),
                        resolved: iso(&parts),
                        kind: "day_of_month",
                        sentence: s,
                        parts,
                    });
                }
            }
        }
        i += 1;
    }
    date_beside_weekday(a, &mut out);
    out
}

/// A weekday written right before the date it falls on ("Wednesday, April 8", "WEDNESDAY
/// APRIL 8") is that date, whatever the weekday alone would resolve to: in an article of
/// Tuesday, April 7, "TODAY IN WASHINGTON FOR WEDNESDAY APRIL 8" is the next day, not the
/// Wednesday before.
fn date_beside_weekday(a: &Article, out: &mut [DateMention]) {
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        let (weekday, date) = (&mut before[k - 1], &after[0]);
        let between = a.text.get(weekday.span.end..date.span.start).unwrap_or("x");
        let adjacent = between.chars().all(|c| c == ',' || c.is_whitespace());
        let full = date.parts.month.is_some() && date.parts.day.is_some();
        if weekday.kind == "weekday" && weekday.sentence == date.sentence && adjacent && full {
            // Only a date with its year: "--04-08" places no weekday.
            if let Some(resolved) = date.resolved.as_ref().filter(|r| parse_iso(r).is_some()) {
                weekday.resolved = Some(resolved.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, date: Option<&str>) -> Vec<(String, Option<String>)> {
        let a = Article::new(text);
        extract(&a, date.and_then(parse_iso))
            .into_iter()
            .map(|d| (d.span.text, d.resolved))
            .collect()
    }

    fn resolved(text: &str, date: &str) -> Vec<Option<String>> {
        dates(text, Some(date)).into_iter().map(|d| d.1).collect()
    }

    fn day(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn weekdays_of_a_named_week_or_month_and_newspapers_named_for_a_day() {
        // Reuters, audited at stop 33.
        assert_eq!(
            resolved(
                "On Tuesday last week, Reagan said he would veto it.",
                "1987-06-19"
            ),
            [day("1987-06-09")]
        );
        assert_eq!(
            resolved("They meet on Friday next week.", "1987-06-17"),
            [day("1987-06-26")]
        );
        assert_eq!(
            resolved("Clocks go forward on the first Sunday in April and back on the last Sunday in October.", "1987-04-03"),
            [day("1987-04-05"), day("1987-04"), day("1987-10-25"), day("1987-10")]
        );
        assert!(dates(
            "A poll conducted for The Sunday Times showed gains.",
            Some("1987-03-01")
        )
        .is_empty());
        assert!(dates(
            "It was published in the Sunday Telegraph.",
            Some("1987-03-21")
        )
        .is_empty());
        assert_eq!(
            resolved("Rain is likely to continue into Wednesday.", "1987-04-07"),
            [day("1987-04-08")]
        );
    }

    #[test]
    fn a_written_year_carries_one_sentence_on_in_a_dated_article_and_no_base_of_a_comparison() {
        // Reuters 1140: the chronology's next sentence, unless it tells what is to come.
        assert_eq!(
            resolved(
                "Venezuela signed an accord in February, 1986. It sought new terms in June.",
                "1987-03-03"
            ),
            [day("1986-02"), day("1986-06")]
        );
        assert_eq!(
            resolved("Venezuela signed an accord in February, 1986. The new accord would become effective from April 1.", "1987-03-03"),
            [day("1986-02"), day("1987-04-01")]
        );
        // Reuters 4137: a year written paragraphs before.
        assert_eq!(
            resolved("Turnover was 165 pct higher than in March 1986. It was included from October. Volume was 43.1 billion. Turnover was higher than in January.", "1987-03-12")
                .last()
                .cloned()
                .flatten(),
            day("1987-01")
        );
        // "up 19.3 pct from late March 1986 … In early February".
        assert_eq!(
            resolved("Sales were up 19.3 pct from late March 1986. In early February sales were up briefly.", "1987-04-03"),
            [day("1986-03"), day("1987-02")]
        );
        // A time gone by: "ended", "since".
        assert_eq!(
            resolved(
                "For its fiscal year ended July 31 it earned 10 mln dlrs.",
                "1987-03-09"
            ),
            [day("1986-07-31")]
        );
        assert_eq!(
            resolved(
                "The lockout has been in effect since mid-December.",
                "1987-03-17"
            ),
            [day("1986-12")]
        );
        assert_eq!(
            resolved("It was the largest rise since July, 1979.", "1987-03-13"),
            [day("1979-07")]
        );
        // "since" a written year is a base too; a quotation's tense is not the day's.
        assert_eq!(
            resolved(
                "It was the largest rise since July 1979. Sales dropped in January.",
                "1987-03-13"
            ),
            [day("1979-07"), day("1987-01")]
        );
        assert_eq!(
            resolved("He was quoted by the agency, who returned Sunday, as saying \"Iraq will continue the war\".", "1987-07-01"),
            [day("1987-06-28")]
        );
    }

    #[test]
    fn yesterday_tomorrow_and_today_of_a_statement() {
        assert_eq!(
            resolved(
                "Officials said yesterday that talks would resume tomorrow.",
                "1987-03-03"
            ),
            [day("1987-03-02"), day("1987-03-04")]
        );
        assert_eq!(
            resolved(
                "The company said today it would sell the unit.",
                "1987-03-03"
            ),
            [day("1987-03-03")]
        );
        // Not "the world today", a possessive or a programme.
        assert!(dates(
            "The world today is different. Today's market was quiet.",
            Some("1987-03-03")
        )
        .is_empty());
        assert!(dates(
            "He told BBC Radio 4's Today programme that it was over.",
            Some("1987-03-03")
        )
        .is_empty());
        // Without the article's date, the word alone.
        assert_eq!(
            dates("He left yesterday.", None),
            [("yesterday".to_string(), None)]
        );
        // The month before, of and after the article's.
        assert_eq!(
            resolved(
                "Sales fell last month and will rise next month.",
                "1987-01-20"
            ),
            [day("1986-12"), day("1987-02")]
        );
    }

    #[test]
    fn a_plan_whose_day_stands_before_its_subject_and_would() {
        // Reuters 5487: "announcing that on Tuesday it would end a lockout" was last Tuesday.
        assert_eq!(
            resolved(
                "The company announced its offer, saying that on Tuesday it would end a lockout.",
                "1987-03-16"
            ),
            [day("1987-03-17")]
        );
        assert_eq!(
            resolved("He said on Tuesday it would end.", "1987-03-16"),
            [day("1987-03-10")]
        );
    }

    #[test]
    fn a_day_written_as_a_word_after_its_month() {
        assert_eq!(
            resolved("The change is effective September One.", "1987-06-18"),
            [day("1987-09-01")]
        );
        assert_eq!(
            resolved(
                "The dividend was paid June two, 1987, to holders.",
                "1987-10-20"
            ),
            [day("1987-06-02")]
        );
        assert_eq!(
            resolved(
                "Stocks were down from 154 mln tonnes on January one but still high.",
                "1987-03-20"
            ),
            [day("1987-01-01")]
        );
    }

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2022, 1, 26)), (2022, 1, 26));
        assert_eq!(weekday_of(days_from_civil(2022, 1, 26)), 2); // a Wednesday
    }

    #[test]
    fn weekdays_and_days_resolve_against_the_article_date() {
        let got = dates(
            "The United States replied on Wednesday. Russia responded strongly on the 27th.",
            Some("2022-01-27"),
        );
        assert_eq!(
            got,
            [
                ("Wednesday".into(), Some("2022-01-26".into())),
                ("the 27th".into(), Some("2022-01-27".into()))
            ]
        );
        // PolNeAR (a Friday's article): "preparing for Monday night's first debate" was the
        // Monday before.
        let got = dates(
            "Both candidates are preparing for Monday night's first debate.",
            Some("2016-09-23"),
        );
        assert_eq!(got[0].1.as_deref(), Some("2016-09-26"));
        let got = dates("Macron will talk to Putin on Friday.", Some("2022-01-27"));
        assert_eq!(got[0].1.as_deref(), Some("2022-01-28"));
        // A plan in reported speech is to come; "would have" looks back.
        let got = dates(
            "The club said Bellingham would be presented to fans on Thursday.",
            Some("2023-06-07"),
        );
        assert_eq!(got[0].1.as_deref(), Some("2023-06-08"));
        let got = dates(
            "He said the deal would have closed on Thursday.",
            Some("2023-06-07"),
        );
        assert_eq!(got[0].1.as_deref(), Some("2023-06-01"));
        // The day of the statement is past (a review's find: the commonest wire pattern).
        for text in [
            "Russia said on Monday it would withdraw troops from the border.",
            "The minister said Monday that talks would continue.",
            "On Monday, the ministry said it would act.",
        ] {
            let got = dates(text, Some("2023-06-07"));
            assert_eq!(got[0].1.as_deref(), Some("2023-06-05"), "{text}");
        }
        // An article dated as feeds date it (RFC 2822) resolves the same.
        let claims = crate::claims::extract(
            "The United States replied on Wednesday.",
            Some("Thu, 27 Jan 2022 10:00:00 GMT"),
        );
        assert_eq!(claims.dates[0].resolved.as_deref(), Some("2022-01-26"));
    }

    #[test]
    fn chronologies_carry_their_month() {
        let got = dates("On December 7, 2021, Biden threatened sanctions. On the 17th, Moscow unveiled two drafts. On January 10, 2022, talks began in mid-February.", None);
        assert_eq!(
            got[0],
            ("December 7, 2021".into(), Some("2021-12-07".into()))
        );
        assert_eq!(got[1], ("the 17th".into(), Some("2021-12-17".into())));
        assert_eq!(
            got[2],
            ("January 10, 2022".into(), Some("2022-01-10".into()))
        );
        assert_eq!(got[3], ("mid-February".into(), Some("2022-02".into())));
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(numeric_date("05-04-2016"), Some((2016, 4, 5)));
        assert_eq!(numeric_date("2016-04-05"), Some((2016, 4, 5)));
        assert_eq!(numeric_date("4/5/2016"), Some((2016, 4, 5)));
        assert_eq!(numeric_date("25/12/2015"), Some((2015, 12, 25)));
        assert_eq!(numeric_date("10-12"), None);
        assert_eq!(numeric_date("31-02-2016"), None);
    }

    #[test]
    fn a_weekday_before_its_date_is_that_date() {
        // Reuters 14772, dated Tuesday 1987-04-07.
        let got = dates(
            "TODAY IN WASHINGTON FOR WEDNESDAY APRIL 8 (TIMES EST/GMT)",
            Some("1987-04-07"),
        );
        assert_eq!(got[0], ("WEDNESDAY".into(), Some("1987-04-08".into())));
        let got = dates(
            "The Senate meets on Wednesday, April 8.",
            Some("1987-04-07"),
        );
        assert_eq!(got[0].1.as_deref(), Some("1987-04-08"));
        // Alone, a weekday is the one before the article's date.
        let got = dates("The Senate met on Wednesday.", Some("1987-04-07"));
        assert_eq!(got[0].1.as_deref(), Some("1987-04-01"));
        // Without a year the date places no weekday.
        assert_eq!(
            dates("The Senate meets on Wednesday, April 8.", None)[0].1,
            None
        );
    }

    #[test]
    fn unresolved_without_anchor() {
        let got = dates(
            "They met on Wednesday and again on the 26th. May I ask?",
            None,
        );
        assert_eq!(got, [("Wednesday".into(), None), ("the 26th".into(), None)]);
        // An ordinal of something else.
        assert!(dates(
            "It was the 10th win for Indianapolis and the 21st century record.",
            None
        )
        .is_empty());
        assert_eq!(dates("They meet on the 26th at noon.", None).len(), 1);
    }

    #[test]
    fn a_run_of_months_is_a_table_header() {
        assert!(dates(
            "2 OCT DEC FEB APR JUN AUG TOTAL 2 DELIVERABLE",
            Some("1987-04-07")
        )
        .is_empty());
        assert_eq!(dates("Talks end on Oct 2.", Some("1987-04-07")).len(), 1);
    }

    #[test]
    fn a_maturity_years_ahead_lends_no_year_to_later_dates() {
        let got = dates(
            "The bonds are due April 15, 1993. Payment date is April 15.",
            Some("1987-03-11"),
        );
        assert_eq!(got[1].1.as_deref(), Some("1987-04-15"));
        // A chronology of the past still carries its year.
        let got = dates(
            "Japan attacked on December 7, 1941. On December 8, Congress declared war.",
            Some("2016-12-07"),
        );
        assert_eq!(got[1].1.as_deref(), Some("1941-12-08"));
    }

    #[test]
    fn day_month_and_a_two_digit_year() {
        assert_eq!(
            dates("The navy seized the boat on 10 Nov 11 in the Gulf.", None),
            [("10 Nov 11".into(), Some("2011-11-10".into()))]
        );
        assert_eq!(
            dates("Talks resumed on 25 May 2014 in Geneva.", None),
            [("25 May 2014".into(), Some("2014-05-25".into()))]
        );
    }

    #[test]
    fn the_day_of_a_statement_a_plan_and_last_weekday_resolve_as_told() {
        // Reuters reads (stop 32), in wires dated Wednesday 1987-03-04 and after.
        let one = |text: &str, date: &str| dates(text, Some(date))[0].1.clone();
        // The day something was said is past, whatever the statement says of the future.
        assert_eq!(
            one(
                "Lusinchi said on Monday that Venezuela will pay.",
                "1987-03-04"
            )
            .as_deref(),
            Some("1987-03-02")
        );
        assert_eq!(
            one("Lusinchi said Monday Venezuela will pay.", "1987-03-04").as_deref(),
            Some("1987-03-02")
        );
        // "is to arrive" is a plan.
        assert_eq!(
            one(
                "The minister is to arrive on Sunday for talks.",
                "1987-03-06"
            )
            .as_deref(),
            Some("1987-03-08")
        );
        // "last Thursday" written on a Thursday is a week before.
        assert_eq!(
            one("The quake last Thursday killed 10 people.", "1987-03-26").as_deref(),
            Some("1987-03-19")
        );
    }

    #[test]
    fn a_year_only_resolved_lends_none_to_a_later_sentence() {
        // A March 1987 wire: the year ended December 31 is 1986's, the dividend's July 1 is
        // 1987's (it read 1986-07-01).
        assert_eq!(
            dates(
                "Results for the year ended December 31 were lower. The dividend was delayed until July 1.",
                Some("1987-03-03")
            ),
            [
                ("December 31".to_string(), Some("1986-12-31".to_string())),
                ("July 1".to_string(), Some("1987-07-01".to_string()))
            ]
        );
    }

    #[test]
    fn a_month_without_its_year_takes_the_year_its_words_and_distance_say() {
        // Reuters reads (stop 32).
        let one = |text: &str, date: &str| dates(text, Some(date))[0].1.clone();
        // More than half a year ahead in the article's year is last year's.
        assert_eq!(
            one("Income matched a 0.2 pct rise in November.", "1987-04-24").as_deref(),
            Some("1986-11")
        );
        // Unless the sentence looks ahead.
        assert_eq!(
            one(
                "The airline will be forced to give up the route in November.",
                "1987-04-17"
            )
            .as_deref(),
            Some("1987-11")
        );
        // "last", "next" and "this year" say which.
        assert_eq!(
            one(
                "Libya sold its minority stake last September.",
                "1987-03-16"
            )
            .as_deref(),
            Some("1986-09")
        );
        assert_eq!(
            one("Its financial year ends next May 31.", "1987-06-29").as_deref(),
            Some("1988-05-31")
        );
        assert_eq!(
            one(
                "The institutes forecast growth in October last year.",
                "1987-04-13"
            )
            .as_deref(),
            Some("1986-10")
        );
    }

    #[test]
    fn an_ordinal_before_a_named_body_is_no_day() {
        // A new user's read (stop 32): "the 9th U.S. Circuit" was February 9.
        assert!(dates(
            "The 9th U.S. Circuit Court of Appeals ruled.",
            Some("1987-03-04")
        )
        .is_empty());
        assert!(dates(
            "It became the 24th Japanese bank to open here.",
            Some("1987-03-04")
        )
        .is_empty());
        // A day before a name is still a day.
        assert_eq!(
            dates("On the 26th Putin said no.", Some("1987-03-04"))[0]
                .1
                .as_deref(),
            Some("1987-02-26")
        );
    }
}
