//! What was said: the words a cue reports, from its quotation or its clause.

use super::*;

/// The content of an attribution found at `f`, as a token range.
pub(super) fn content(a: &Article, f: &Found, s0: usize, s1: usize) -> Option<(usize, usize)> {
    let (sp_start, sp_end) = f.speaker;
    let (_, cue_end) = f.cue;
    let before = |upto: usize| -> Option<(usize, usize)> {
        let start = trim_start(a, s0, upto);
        let end = trim_end(a, start, upto);
        (end > start).then(|| (start, end - 1))
    };
    if f.side == Side::Right {
        // `"…," said NP` / `according to NP, content` / `content, according to NP`
        let after = trim_start(a, sp_end + 1, s1);
        let after_end = trim_end(a, after, s1);
        let first = f.cue.0.min(sp_start);
        if first > s0 + 1 {
            return before(first);
        }
        return (after_end > after).then(|| (after, after_end - 1));
    }
    let mut start = cue_end.max(sp_end) + 1;
    // The cue's lemma, read once: which verbs take an object, a medium or an infinitive.
    let lemma = lexicon::cue(a.lower(cue_end)).map(|(l, _)| l);
    // A headline that ends with its cue ("Lindsay Lohan checks into rehab, lawyer says" and
    // a dateline on the next line): what was said is before the speaker.
    let headline = a.sentence_of[cue_end] == 0
        && a.tokens[..start.min(a.tokens.len())]
            .iter()
            .all(|t| t.breaks == 0);
    if headline && start < s1 && a.tokens[start].breaks > 0 && sp_start > s0 + 1 {
        if let Some(words) = before(sp_start) {
            return Some(words);
        }
    }
    // Skip a particle and the object of tell/ask/warn: "told reporters that" (but "said on
    // the phone", "wrote on Twitter": where it was said, read below; "commented on the plan"
    // keeps its particle's object).
    let on_a_medium = |k: usize| {
        k + 1 < s1
            && a.lower(k) == "on"
            && (lexicon::article_or_possessive(a.lower(k + 1)) || a.is_cap(k + 1))
            && matches!(
                lemma,
                Some(
                    "say"
                        | "tell"
                        | "write"
                        | "post"
                        | "announce"
                        | "state"
                        | "insist"
                        | "add"
                        | "report"
                        | "stress"
                        | "note"
                        | "claim"
                )
            )
    };
    while start < s1
        && matches!(a.lower(start), "out" | "for" | "on" | "to")
        && !a.tokens[start].quoted
        && !on_a_medium(start)
    {
        start += 1;
    }
    // "said on Monday that", "said Tuesday night that", "said last week that": when it was
    // said (not "said Monday's attack was …", whose weekday opens what was said).
    start = past_time_phrase(a, start, s1);
    // Verbs whose object comes before what was said ("told reporters that"); of those,
    // the ones an infinitive may follow ("urged its citizens to leave").
    let takes_object = matches!(
        lemma,
        Some(
            "tell" | "ask" | "warn" | "urge" | "assure" | "remind" | "inform" | "accuse" | "thank"
        )
    );
    let takes_infinitive = matches!(lemma, Some("tell" | "ask" | "warn" | "urge" | "remind"));
    // "told BBC Radio 4's Today programme that …", "told Vanity Fair magazine, "…"": an
    // object no phrase rule reads whole still ends at "that", or at a comma or colon
    // opening a quotation, a few plain words on.
    let plain = |m: usize| {
        let t = &a.tokens[m];
        let w = a.lower(m);
        // (no verb among them: "told reporters the mayor said that …"; no preposition or
        // subject either: "warning about viruses that …", "told Reuters he hopes that …",
        // "accused the bank of using methods that …")
        !t.quoted
            && matches!(t.kind, Kind::Word | Kind::Number | Kind::Possessive)
            && lexicon::cue(w).is_none()
            && !lexicon::aux_or_adverb(w)
            && !w.ends_with("ed")
            && !lexicon::speaker_pronoun(w)
            && !matches!(
                w,
                "to" | "for" | "about" | "so" | "but" | "of" | "after" | "before"
            )
    };
    let that_after_object = (start..s1.min(start + 10))
        .find(|&m| !plain(m) || m > start && a.lower(m) == "that")
        .filter(|&m| {
            let t = &a.tokens[m];
            m > start
                && (a.lower(m) == "that"
                    || (t.is_punct(',') || t.is_punct(':'))
                        && a.tokens
                            .get(m + 1)
                            .is_some_and(|n| n.kind == Kind::OpenQuote))
        });
    if let Some((_, obj_end)) = right_np(a, start, s1, false) {
        if takes_object && !a.tokens[start].quoted {
            // "told Russia on Wednesday that …"
            start = past_time_phrase(a, obj_end + 1, s1);
        }
    }
    let reads_object = takes_object && !matches!(lemma, Some("ask" | "urge"));
    if let Some(that) =
        that_after_object.filter(|&m| reads_object && m > start && a.lower(start) != "that")
    {
        start = that;
    }
    // "said in a statement", "told reporters after the vote": where or when it was said,
    // not what. The content is a "that" clause after it, or else the words before the
    // speaker (`"…," Smith said in a statement.`).
    if start < s1
        && !a.tokens[start].quoted
        && (adjunct_preposition(a.lower(start)) || on_a_medium(start))
    {
        // ("urged its citizens in Ukraine to consider leaving": an infinitive after the
        // object of tell, ask, warn, urge or remind is what was said, too.)
        let that = (start + 1..s1.min(start + 10))
            .find(|&k| a.lower(k) == "that" || takes_infinitive && a.lower(k) == "to");
        match that {
            Some(k) => start = k,
            None => {
                if let Some(words) = (sp_start > s0 + 1).then(|| before(sp_start)).flatten() {
                    // Not a sentence's opening adverbial ("On Friday, the mayor said in 2019
                    // the city ran out of money"): the content is then after the cue.
                    if !opening_adverbial(a, words) {
                        return Some(words);
                    }
                }
            }
        }
    }
    // `"…," she said, clapping.`, `"…," she said several months after her release`: a
    // quotation closing right before the speaker is what was said; unquoted words after the
    // cue that open no clause of their own ("that …", a quotation) say how or when.
    let quote_before = sp_start > s0 + 1
        && (a.tokens[sp_start - 1].kind == Kind::CloseQuote
            || a.tokens[sp_start - 1].is_punct(',')
                && a.tokens[sp_start - 2].kind == Kind::CloseQuote);
    let own_clause_after = start < s1
        && (a.tokens[start].quoted
            || a.tokens[start].is_quote()
            || a.lower(start) == "that"
            || a.tokens[start].is_punct(':'));
    if f.side == Side::Left && quote_before && !own_clause_after {
        if let Some(words) = before(sp_start) {
            if (words.0..=words.1).any(|k| a.tokens[k].quoted) {
                return Some(words);
            }
        }
    }
    if start < s1 && (a.lower(start) == "that" || takes_infinitive && a.lower(start) == "to") {
        start += 1;
    }
    let start = trim_start(a, start, s1);
    let end = trim_end(a, start, s1);
    if end > start {
        return Some((start, end - 1));
    }
    // `"…," he said.`: the words before the speaker.
    before(sp_start)
}

/// Where the words after a cue start once a time phrase at `start` is passed: "[on]
/// Monday", "Tuesday night", "last week", "for weeks", "the night before"; `start` when
/// none, or when the time is what the words are about ("Monday's attack").
fn past_time_phrase(a: &Article, start: usize, s1: usize) -> usize {
    let mut k = start;
    if k < s1 && matches!(a.lower(k), "on" | "for" | "the") {
        k += 1;
    }
    while k < s1
        && !a.tokens[k].quoted
        && matches!(
            a.lower(k),
            "last" | "this" | "next" | "earlier" | "later" | "late" | "early" | "several" | "many"
        )
    {
        k += 1;
    }
    // "two days ago", "for 10 hours" (not the ordinal "on 27th", itself a time word)
    if k + 1 < s1 && is_number(a, k) && !is_time_word(a.lower(k)) {
        k += 1;
    }
    // "for weeks", "for two days": a span of time, plural; a month only capitalized ("this
    // may allow" is no May).
    let time_word = |m: usize| {
        let w = a.lower(m);
        let month = lexicon::month(w).is_some();
        (is_time_word(w) || is_time_word(w.strip_suffix('s').unwrap_or(w)) || {
            matches!(w, "hour" | "hours" | "minutes" | "decades")
        }) && (!month || a.is_cap(m))
    };
    // A day after its month ("on May 2", "on Jan. 15", "February 20, 1986"), and the period
    // of an abbreviated month.
    let month_before = |m: usize| {
        m > k && {
            let p = if a.tokens[m - 1].is_punct('.') && m >= 2 {
                m - 2
            } else {
                m - 1
            };
            lexicon::month(a.lower(p)).is_some()
        }
    };
    let part_of_date = |m: usize| {
        a.tokens[m].is_punct('.') && m > k && lexicon::month(a.lower(m - 1)).is_some()
            || is_number(a, m) && month_before(m)
            || a.tokens[m].is_punct(',')
                && m + 1 < s1
                && m > k
                && is_number(a, m - 1)
                && a.tokens[m + 1].kind == Kind::Number
                && a.str(m + 1).len() == 4
            || a.tokens[m].kind == Kind::Number
                && a.str(m).len() == 4
                && m > k
                && a.tokens[m - 1].is_punct(',')
    };
    let mut m = k;
    while m < s1
        && !a.tokens[m].quoted
        && (matches!(a.tokens[m].kind, Kind::Word | Kind::Number) && time_word(m)
            || part_of_date(m))
    {
        m += 1;
    }
    let possessive = m < s1 && a.tokens[m].kind == Kind::Possessive;
    if m == k || possessive {
        return start;
    }
    // "the night before", "two days ago" (not "the day before the vote": that is its own
    // phrase, left whole)
    let closed = m < s1 && matches!(a.lower(m), "before" | "after" | "ago" | "earlier" | "later");
    if closed {
        m += 1;
        let runs_on = m < s1
            && a.tokens[m].kind == Kind::Word
            && !matches!(a.lower(m), "that" | "it" | "he" | "she" | "they" | "we");
        if runs_on && a.lower(start) == "the" {
            return start;
        }
    } else if a.lower(start) == "the" {
        return start; // "said the day was perfect": the day is what was said about
    }
    // What follows must open a clause: "that", a determiner or pronoun, a name, a number.
    // "said January construction spending was", "said nine month profits declined": the
    // time qualifies what was said.
    let opens = m >= s1 || {
        let w = a.lower(m);
        a.tokens[m].kind != Kind::Word
            || a.is_cap(m)
            || is_number(a, m)
            || w == "that"
            || lexicon::determiner(w)
            || lexicon::speaker_pronoun(w)
            || matches!(w, "there" | "about" | "nearly")
    };
    // "said Monday was the deadline": the time is the subject of what was said.
    let verb_after = m < s1
        && matches!(
            a.lower(m),
            "was"
                | "is"
                | "will"
                | "would"
                | "had"
                | "has"
                | "could"
                | "should"
                | "marks"
                | "marked"
        );
    if verb_after || !opens {
        return start;
    }
    m
}

/// Is a span a short unquoted phrase of when or where ("On Friday", "After months of
/// delay", "Yesterday"), which opens a sentence before its speaker but says nothing?
pub(super) fn opening_adverbial(a: &Article, (start, end): (usize, usize)) -> bool {
    let words = (start..=end)
        .filter(|&k| a.tokens[k].kind == Kind::Word)
        .count();
    let first = a.lower(start);
    !a.tokens[start].quoted
        && words <= 4
        && (adjunct_preposition(first)
            || lexicon::weekday(first)
            || matches!(first, "on" | "yesterday" | "today" | "tonight"))
}

/// Prepositions that open where, when or how something was said rather than what.
pub(super) fn adjunct_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "after"
            | "before"
            | "during"
            | "via"
            | "through"
            | "from"
            | "outside"
            | "following"
            | "late"
            | "early"
            | "earlier"
            | "later"
    )
}

/// Does a clause start right after the cue (the attribution has something to report)?
pub(super) fn has_right_content(a: &Article, cue_end: usize, s1: usize) -> bool {
    // "what officials had been saying for weeks.": a time alone says nothing.
    let j = past_time_phrase(a, cue_end + 1, s1);
    if j >= s1 {
        return false;
    }
    let t = &a.tokens[j];
    // `said, "…"`: a comma that opens a quotation running to the end of the sentence ("the
    // things that Trump has said, "fake news" among them" is a relative clause).
    if t.is_punct(',')
        && j + 1 < s1
        && a.tokens[j + 1].is_quote()
        && (j + 1..s1).all(|m| {
            let t = &a.tokens[m];
            t.quoted
                || t.is_quote()
                || t.kind == Kind::Punct && matches!(a.lower(m), "." | "!" | "?")
        })
    {
        return true;
    }
    !(t.kind == Kind::Punct && !t.is_punct(':')
        || matches!(
            a.lower(j),
            "about"
                | "in"
                | "at"
                | "to"
                | "of"
                | "with"
                | "from"
                | "by"
                | "before"
                | "after"
                | "during"
                | "so"
                | "as"
        ))
}
