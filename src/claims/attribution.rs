//! Attributions: who is credited with which words.
//!
//! Patterns, in the order they are tried for each cue verb outside quotes (lessons of the
//! PolNeAR prototype in `notes/claims.md`):
//! 1. `according to NP`;
//! 2. passive `reported by NP`;
//! 3. `quoted NP as saying`;
//! 4. the subject on the left, after skipping auxiliaries, adverbs and time phrases:
//!    `NP, apposition, said` takes the whole phrase (trailing comma included, as PolNeAR's
//!    annotators do), a pronoun is taken alone, otherwise a noun phrase of names, title
//!    words and role nouns with `of`/`for` links and one determiner;
//! 5. inverted `"…," said NP` (with a following apposition);
//! 6. `, saying` / `and said` reuse the sentence's previous speaker.
//!
//! Cheap precision: cues inside quotes are the quoted speaker's own words and skipped;
//! noun-like cue forms ("reports", "claims") need a person-like subject; an object relative
//! clause (`the things that Trump has said`) has no content after the cue and is dropped.
//! Speakers are then resolved: a name to its person (and title, from this or an earlier
//! mention), a pronoun to the most recent person speaker of the last sentences or else the
//! nearest preceding person, a capital or institution to its collective ("Washington" →
//! US).

use super::article::Article;
use super::lexicon::{self, CueClass};
use super::people::surname_key;
use super::tokens::Kind;
use super::{Attribution, Person, Span};

/// Where the speaker was found relative to the cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
    Reused,
}

struct Found {
    speaker: (usize, usize),
    cue: (usize, usize),
    side: Side,
    class: CueClass,
    nested: bool,
}

/// Cue verbs that can precede their speaker (`"…," said Blinken`); others take an object
/// there (`quoted Dzhabarov`, `told reporters`).
const INVERTS: &[&str] = &[
    "say",
    "add",
    "write",
    "tweet",
    "note",
    "explain",
    "continue",
    "insist",
    "declare",
    "warn",
    "argue",
    "reply",
    "respond",
    "recall",
    "observe",
    "remark",
    "conclude",
    "ask",
    "concede",
    "admit",
    "acknowledge",
    "joke",
    "quip",
    "counter",
    "retort",
    "complain",
    "claim",
    "report",
    "announce",
    "state",
    "predict",
    "suggest",
    "emphasize",
    "emphasise",
    "stress",
    "exclaim",
    "shout",
    "confirm",
    "caution",
    "boast",
    "lament",
    "interject",
    "elaborate",
    "answer",
    "comment",
    "reiterate",
    "assert",
    "maintain",
    "contend",
    "speculate",
    "proclaim",
    "testify",
];

/// Participles that often modify a noun ("written reply") rather than report anything.
const ADJECTIVAL: &[&str] = &[
    "written",
    "shown",
    "known",
    "seen",
    "planned",
    "expected",
    "proposed",
    "reported",
    "estimated",
    "alleged",
    "stated",
    "announced",
    "feared",
    "published",
    "released",
    "found",
    "rejected",
    "backed",
    "supported",
    "opposed",
    "welcomed",
    "defended",
    "criticized",
    "agreed",
    "accepted",
    "considered",
    "declined",
    "sought",
    "preferred",
    "promised",
    "demanded",
    "accused",
    "denied",
    "confirmed",
    "claimed",
    "cited",
    "quoted",
    "revealed",
    "described",
    "called",
    "signed",
    "voted",
    "concluded",
    "predicted",
    "questioned",
    "repeated",
    "continued",
];

fn is_function_word(w: &str) -> bool {
    lexicon::determiner(w)
        || lexicon::aux_or_adverb(w)
        || lexicon::speaker_pronoun(w)
        || w.ends_with("ly")
        || matches!(
            w,
            "that"
                | "to"
                | "by"
                | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "as"
                | "of"
                | "from"
                | "about"
                | "against"
                | "into"
                | "and"
                | "or"
                | "but"
                | "if"
                | "because"
                | "while"
                | "when"
                | "whether"
                | "him"
                | "her"
                | "them"
                | "us"
                | "me"
                | "himself"
                | "herself"
                | "themselves"
                | "up"
                | "out"
                | "off"
                | "over"
                | "back"
                | "down"
                | "away"
                | "there"
                | "here"
                | "so"
                | "than"
                | "what"
                | "how"
                | "why"
                | "who"
                | "which"
        )
}

fn is_time_word(w: &str) -> bool {
    lexicon::weekday(w)
        || lexicon::month(w).is_some()
        || matches!(
            w,
            "week"
                | "month"
                | "year"
                | "morning"
                | "evening"
                | "night"
                | "afternoon"
                | "weekend"
                | "day"
        )
        || w.ends_with("th") && w.starts_with(|c: char| c.is_ascii_digit())
}

/// Skip auxiliaries, adverbs and time phrases leftwards from `j` (inclusive); returns the
/// first token that is none of those, or `None` at the sentence start.
fn skip_left(a: &Article, mut j: usize, s0: usize) -> Option<usize> {
    loop {
        let w = a.lower(j);
        let t = &a.tokens[j];
        let skip = t.kind == Kind::Word
            && !a.is_cap(j)
            && (lexicon::aux_or_adverb(w)
                || w.ends_with("ly") && w.len() > 4 && !lexicon::role_noun(w))
            || is_time_word(w) && !(j > s0 && a.tokens[j - 1].is_punct(','))
            || matches!(
                w,
                "on" | "last" | "this" | "next" | "early" | "late" | "the"
            ) && j + 1 < a.tokens.len()
                && is_time_word(a.lower(j + 1))
            || t.kind == Kind::Number && j + 1 < a.tokens.len() && is_time_word(a.lower(j + 1))
            || t.kind == Kind::Word && a.is_cap(j) && lexicon::weekday(w);
        if !skip {
            return Some(j);
        }
        if j == s0 {
            return None;
        }
        j -= 1;
    }
}

fn is_pronoun(w: &str) -> bool {
    lexicon::speaker_pronoun(w) || w == "which"
}

/// A capitalized word that can be part of a speaker's name or title.
fn cap_np_word(a: &Article, i: usize, s0: usize) -> bool {
    if !a.is_cap(i) {
        return false;
    }
    let w = a.lower(i);
    if lexicon::cue(w).is_some() && lexicon::title_word(w) == false && !a.is_name_word(i) {
        return false;
    }
    if i == s0 || a.tokens[i - 1].kind == Kind::OpenQuote {
        return a.is_name_word(i)
            || lexicon::title_word(w)
            || lexicon::nationality(w).is_some()
            || lexicon::collective(w).is_some();
    }
    !lexicon::common_capitalized(w) || lexicon::title_word(w)
}

/// The core noun phrase ending at `j` (inclusive), scanning left.
fn left_core(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    let t = &a.tokens[j];
    if t.kind != Kind::Word || t.quoted {
        return None;
    }
    let w = a.lower(j);
    let head_ok = cap_np_word(a, j, s0) || (!a.is_cap(j) || j == s0) && lexicon::role_noun(w);
    if !head_ok {
        return None;
    }
    let mut k = j;
    while k > s0 {
        let p = k - 1;
        let tp = &a.tokens[p];
        let wp = a.lower(p);
        if tp.breaks > 0 && false {
            break;
        }
        if a.tokens[k].breaks > 0 || tp.quoted {
            break;
        }
        if tp.kind == Kind::Possessive {
            if p > s0 && (a.is_cap(p - 1) || lexicon::role_noun(a.lower(p - 1))) {
                k = p - 1;
                continue;
            }
            break;
        }
        if tp.is_punct('.')
            && p > s0
            && lexicon::abbreviation(a.lower(p - 1))
            && a.tokens[p - 1].end == tp.start
        {
            k = p - 1;
            continue;
        }
        if tp.kind != Kind::Word {
            break;
        }
        if lexicon::determiner(wp) && !(a.is_cap(p) && p != s0 && !matches!(wp, "the" | "a" | "an"))
        {
            // A determiner closes the phrase: "the spokesman", "many voters".
            k = p;
            break;
        }
        if cap_np_word(a, p, s0) {
            k = p;
            continue;
        }
        if !a.is_cap(p)
            && (lexicon::role_noun(wp)
                || lexicon::np_modifier(wp)
                || lexicon::title_word(wp) && !matches!(wp, "of" | "to" | "for" | "and" | "the"))
        {
            k = p;
            continue;
        }
        if matches!(wp, "of" | "for") && p > s0 {
            let before = p - 1;
            if a.is_cap(before)
                || lexicon::role_noun(a.lower(before))
                || lexicon::title_word(a.lower(before))
            {
                k = p;
                continue;
            }
        }
        if matches!(wp, "and" | "nor" | "&") && p > s0 && a.is_cap(k) && cap_np_word(a, p - 1, s0) {
            k = p;
            continue;
        }
        break;
    }
    // A phrase that is only a determiner plus modifiers is no speaker.
    Some((k, j))
}

/// The speaker phrase ending at `j`: a pronoun, `NP, apposition,`, `NP (party-state)`, or a
/// core noun phrase.
fn left_np(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    let t = &a.tokens[j];
    let w = a.lower(j);
    if t.kind == Kind::Word && is_pronoun(w) && !t.quoted {
        if w == "which" && !(j > s0 && a.tokens[j - 1].is_punct(',')) {
            return None;
        }
        return Some((j, j));
    }
    if t.is_punct(',') && j > s0 {
        // NP, apposition, said
        let mut k = j - 1;
        while k > s0
            && !(a.tokens[k].is_punct(',')
                || a.tokens[k].is_quote()
                || a.tokens[k].is_punct(':')
                || a.tokens[k].is_punct(';'))
        {
            k -= 1;
        }
        if k == s0 || !a.tokens[k].is_punct(',') || j - k > 25 || j - k < 2 {
            return None;
        }
        let first = k + 1;
        let fw = a.lower(first);
        let appositive = matches!(fw, "a" | "an" | "the" | "who" | "which" | "whose")
            || lexicon::title_word(fw)
            || lexicon::role_noun(fw)
            || lexicon::np_modifier(fw)
            || lexicon::nationality(fw).is_some()
            || a.is_cap(first);
        if !appositive {
            return None;
        }
        let core = left_core(a, k - 1, s0)?;
        return Some((core.0, j));
    }
    if t.is_punct(')') {
        let mut k = j;
        while k > s0 && !a.tokens[k].is_punct('(') {
            k -= 1;
        }
        if k == s0 || j - k > 6 {
            return None;
        }
        let core = left_core(a, k - 1, s0)?;
        return Some((core.0, j));
    }
    left_core(a, j, s0)
}

/// The speaker phrase starting at `k`, scanning right; `appositions` also takes a following
/// `, title-phrase`.
fn right_np(a: &Article, k: usize, end: usize, appositions: bool) -> Option<(usize, usize)> {
    if k >= end {
        return None;
    }
    let w = a.lower(k);
    if a.tokens[k].kind == Kind::Word && matches!(w, "he" | "she" | "they" | "we" | "i") {
        return Some((k, k));
    }
    let mut j = k;
    if lexicon::determiner(w) && !a.is_cap(k) || matches!(w, "the" | "a" | "an") {
        j += 1;
    }
    let mut last = None;
    while j < end {
        let t = &a.tokens[j];
        let w = a.lower(j);
        if t.quoted && !a.tokens[k].quoted {
            break;
        }
        if t.kind == Kind::Possessive {
            j += 1;
            continue;
        }
        if t.is_punct('.')
            && j > k
            && lexicon::abbreviation(a.lower(j - 1))
            && a.tokens[j - 1].end == t.start
        {
            j += 1;
            continue;
        }
        if t.kind != Kind::Word {
            break;
        }
        if a.is_cap(j) && !lexicon::weekday(w) && lexicon::month(w).is_none()
            || !a.is_cap(j)
                && (lexicon::role_noun(w)
                    || lexicon::np_modifier(w)
                    || lexicon::title_word(w) && !matches!(w, "of" | "to" | "for" | "and" | "the"))
        {
            last = Some(j);
            j += 1;
            continue;
        }
        if matches!(w, "of" | "for" | "by") && last.is_some() && j + 1 < end {
            let n = a.lower(j + 1);
            if a.is_cap(j + 1) || matches!(n, "the" | "a" | "an") || lexicon::role_noun(n) {
                j += 1;
                if matches!(a.lower(j), "the" | "a" | "an") {
                    j += 1;
                }
                continue;
            }
        }
        if matches!(w, "the" | "a" | "an")
            && last.is_some()
            && j > k
            && matches!(a.lower(j - 1), "of" | "for" | "by")
        {
            j += 1;
            continue;
        }
        break;
    }
    let mut last = last?;
    // Parenthetical: (R-Texas)
    if last + 1 < end && a.tokens[last + 1].is_punct('(') {
        if let Some(close) = (last + 2..end.min(last + 8)).find(|&m| a.tokens[m].is_punct(')')) {
            last = close;
        }
    }
    if appositions && last + 2 < end && a.tokens[last + 1].is_punct(',') {
        let first = last + 2;
        let fw = a.lower(first);
        let appositive = matches!(fw, "a" | "an" | "the" | "who" | "whose")
            || !a.is_cap(first)
                && (lexicon::role_noun(fw) || lexicon::title_word(fw) || lexicon::np_modifier(fw))
            || lexicon::nationality(fw).is_some() && !a.tokens[first].quoted;
        if appositive {
            let mut m = first;
            while m < end
                && !(a.tokens[m].is_punct(',')
                    || a.tokens[m].is_quote()
                    || a.tokens[m].kind == Kind::Punct
                        && matches!(a.lower(m), "." | "!" | "?" | ";" | ":")
                        && !(m > 0 && lexicon::abbreviation(a.lower(m - 1))))
            {
                m += 1;
            }
            if m > first {
                last = m - 1;
            }
        }
    }
    Some((k, last))
}

/// Token range of the sentence without trailing terminal punctuation and quote marks.
fn trim_end(a: &Article, start: usize, mut end: usize) -> usize {
    while end > start {
        let t = &a.tokens[end - 1];
        if t.kind == Kind::Punct
            && matches!(t.lower.as_str(), "." | "!" | "?" | "," | ":" | ";" | "…")
            || t.is_quote()
        {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

fn trim_start(a: &Article, mut start: usize, end: usize) -> usize {
    while start < end
        && (a.tokens[start].is_quote()
            || a.tokens[start].kind == Kind::Punct
                && matches!(a.lower(start), ":" | "," | "-" | "—" | "–"))
    {
        start += 1;
    }
    start
}

/// The content of an attribution found at `f`, as a token range.
fn content(a: &Article, f: &Found, s0: usize, s1: usize) -> Option<(usize, usize)> {
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
    // Skip a particle and the object of tell/ask/warn: "told reporters that".
    while start < s1
        && matches!(a.lower(start), "out" | "for" | "on" | "to")
        && !a.tokens[start].quoted
    {
        start += 1;
    }
    if let Some((_, obj_end)) = right_np(a, start, s1, false) {
        let lemma_takes_object = lexicon::cue(a.lower(cue_end)).is_some_and(|(l, _)| {
            matches!(
                l,
                "tell"
                    | "ask"
                    | "warn"
                    | "urge"
                    | "assure"
                    | "remind"
                    | "inform"
                    | "accuse"
                    | "thank"
            )
        });
        if lemma_takes_object && !a.tokens[start].quoted {
            start = obj_end + 1;
        }
    }
    if start < s1 && a.lower(start) == "that" {
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

/// Does a clause start right after the cue (the attribution has something to report)?
fn has_right_content(a: &Article, cue_end: usize, s1: usize) -> bool {
    let j = cue_end + 1;
    if j >= s1 {
        return false;
    }
    let t = &a.tokens[j];
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

/// The person-like head of a speaker phrase (for noun-like cue forms).
fn person_like(a: &Article, (s, e): (usize, usize)) -> bool {
    (s..=e).any(|k| {
        a.is_cap(k) || lexicon::speaker_pronoun(a.lower(k)) || lexicon::role_noun(a.lower(k))
    })
}

fn find(a: &Article, s0: usize, s1: usize, out: &mut Vec<Found>) {
    let mut i = s0;
    while i < s1 {
        let t = &a.tokens[i];
        if t.quoted || t.kind != Kind::Word {
            i += 1;
            continue;
        }
        let w = a.lower(i);
        // 1. according to NP
        if w == "according" && i + 1 < s1 && a.lower(i + 1) == "to" {
            if let Some(np) = right_np(a, i + 2, s1, false) {
                out.push(Found {
                    speaker: np,
                    cue: (i, i + 1),
                    side: Side::Right,
                    class: CueClass::Speech,
                    nested: false,
                });
                i = np.1 + 1;
                continue;
            }
            i += 2;
            continue;
        }
        let Some((lemma, class)) = lexicon::cue(w) else {
            i += 1;
            continue;
        };
        if a.is_cap(i) && i != s0 || lemma == "according" {
            i += 1;
            continue;
        }
        let prev = (i > s0).then(|| a.lower(i - 1));
        // "to say", "the report", "his plan": not a reporting verb here.
        if matches!(
            prev,
            Some(
                "to" | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "my"
                    | "your"
                    | "this"
                    | "that's"
            )
        ) {
            i += 1;
            continue;
        }
        if matches!(lemma, "point") && !(i + 1 < s1 && matches!(a.lower(i + 1), "out" | "to")) {
            i += 1;
            continue;
        }
        let cue = if matches!(lemma, "point" | "call")
            && i + 1 < s1
            && matches!(a.lower(i + 1), "out" | "for" | "on")
        {
            (i, i + 1)
        } else {
            (i, i)
        };
        let noun_like = lexicon::noun_like_cue(w);
        let mut found: Option<(usize, usize, Side)> = None;
        // 2. passive: "was reported by NP"
        if matches!(prev, Some("was" | "were" | "is" | "are" | "been" | "be"))
            && i + 1 < s1
            && a.lower(i + 1) == "by"
        {
            if let Some(np) = right_np(a, i + 2, s1, true) {
                found = Some((np.0, np.1, Side::Right));
            }
        }
        // 3. quoted NP as saying
        if found.is_none() && prev == Some("as") && i >= s0 + 2 {
            if let Some(np) = left_np(a, i - 2, s0) {
                found = Some((np.0, np.1, Side::Left));
            }
        }
        // 4. subject on the left
        let left_end = if i > s0 {
            skip_left(a, i - 1, s0)
        } else {
            None
        };
        if found.is_none() {
            if let Some(j) = left_end {
                let lw = a.lower(j);
                let after_quote = a.tokens[j].kind == Kind::CloseQuote
                    || a.tokens[j].is_punct(',')
                        && j > s0
                        && a.tokens[j - 1].kind == Kind::CloseQuote;
                if !after_quote && !matches!(lw, "and" | "but" | "or") {
                    if let Some(np) = left_np(a, j, s0) {
                        found = Some((np.0, np.1, Side::Left));
                    }
                }
            }
        }
        // A participle used as an adjective: "the US written reply", "a planned visit".
        if ADJECTIVAL.contains(&w) && i + 1 < s1 && {
            let n = &a.tokens[i + 1];
            n.kind == Kind::Word && !a.is_cap(i + 1) && !n.quoted && !is_function_word(&n.lower)
        } {
            i += 1;
            continue;
        }
        // 5. inverted: `"…," said NP`
        if found.is_none()
            || left_end.is_some_and(|j| {
                a.tokens[j].kind == Kind::CloseQuote || a.tokens[j].is_punct(',') && found.is_none()
            })
        {
            let subject_gap = left_end
                .is_none_or(|j| a.tokens[j].is_punct(',') || a.tokens[j].kind == Kind::CloseQuote);
            if subject_gap && !w.ends_with("ing") && INVERTS.contains(&lemma) {
                if let Some(np) = right_np(a, cue.1 + 1, s1, true) {
                    if np.0 == cue.1 + 1 && person_like(a, np) {
                        found = Some((np.0, np.1, Side::Right));
                    }
                }
            }
        }
        // 6. ", saying" / "and said": the sentence's previous speaker.
        if found.is_none() {
            let joins = left_end.is_some_and(|j| matches!(a.lower(j), "and" | "," | "but"))
                || w.ends_with("ing");
            if joins {
                if let Some(last) = out
                    .last()
                    .filter(|f| a.sentence_of[f.speaker.0] == a.sentence_of[i])
                {
                    found = Some((last.speaker.0, last.speaker.1, Side::Reused));
                }
            }
        }
        let Some((ss, se, side)) = found else {
            i += 1;
            continue;
        };
        if (noun_like || class == CueClass::Stance) && !person_like(a, (ss, se)) {
            i += 1;
            continue;
        }
        // Object relative clause: "the things that Trump has said."
        if side == Side::Left
            && ss > s0
            && matches!(a.lower(ss - 1), "that" | "which" | "what" | "whom")
            && !has_right_content(a, cue.1, s1)
        {
            i += 1;
            continue;
        }
        // A participle or past form used as an adjective after the phrase: "the reported deal".
        if side == Side::Left
            && w.ends_with("ing")
            && ss == se
            && !lexicon::speaker_pronoun(a.lower(ss))
            && !a.is_cap(ss)
        {
            i += 1;
            continue;
        }
        let nested = side == Side::Left && {
            let mut p = ss;
            while p > s0 && matches!(a.lower(p - 1), "that" | ",") {
                p -= 1;
            }
            p > s0 && lexicon::cue(a.lower(p - 1)).is_some() && !a.tokens[p - 1].quoted
        };
        out.push(Found {
            speaker: (ss, se),
            cue,
            side,
            class,
            nested,
        });
        i = cue.1.max(if side == Side::Right { se } else { cue.1 }) + 1;
    }
}

/// The person a speaker phrase names: the first person mention inside it.
fn person_in(people: &[Person], start: usize, end: usize) -> Option<usize> {
    people
        .iter()
        .position(|p| p.name.start >= start && p.name.end <= end)
}

/// The most relevant title for person `idx`: at this mention, else the nearest earlier
/// mention of the same surname, else a later one.
fn title_of(people: &[Person], idx: usize) -> Option<Span> {
    let key = surname_key(&people[idx].surname);
    if let Some(t) = &people[idx].title {
        return Some(t.clone());
    }
    let same = |p: &&Person| surname_key(&p.surname) == key && p.title.is_some();
    people[..idx]
        .iter()
        .rev()
        .find(same)
        .or_else(|| people[idx + 1..].iter().find(same))
        .and_then(|p| p.title.clone())
}

/// The full name for person `idx` (given names from any mention of the same surname).
fn full_name(people: &[Person], idx: usize) -> String {
    let key = surname_key(&people[idx].surname);
    let with_given = people[idx..]
        .iter()
        .chain(people[..idx].iter().rev())
        .find(|p| p.given.is_some() && surname_key(&p.surname) == key);
    match with_given.and_then(|p| p.given.as_deref()) {
        Some(g) => format!("{g} {}", people[idx].surname),
        None => people[idx].surname.clone(),
    }
}

fn collective_of(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let trimmed = lower.trim_end_matches(',').trim();
    let trimmed = trimmed.strip_prefix("the ").unwrap_or(trimmed);
    lexicon::collective(trimmed)
}

pub(super) fn extract(a: &Article, people: &[Person]) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    for (s, range) in a.sentences.iter().enumerate() {
        let mut found = Vec::new();
        find(a, range.start, range.end, &mut found);
        for f in found {
            let speaker = a.span(f.speaker.0, f.speaker.1);
            let cue = a.span(f.cue.0, f.cue.1);
            let content = content(a, &f, range.start, range.end).map(|(x, y)| a.span(x, y));
            let pronoun =
                f.speaker.0 == f.speaker.1 && lexicon::speaker_pronoun(a.lower(f.speaker.0));
            let mut person = if pronoun {
                None
            } else {
                person_in(people, speaker.start, speaker.end)
            };
            let collective = if pronoun || person.is_some() {
                None
            } else {
                collective_of(&speaker.text)
            };
            if pronoun && matches!(a.lower(f.speaker.0), "he" | "she" | "who") {
                person = resolve_pronoun(&out, people, speaker.start, s);
            }
            let title = person.and_then(|p| title_of(people, p));
            let who = person
                .map(|p| full_name(people, p))
                .or_else(|| collective.map(str::to_string));
            out.push(Attribution {
                speaker,
                title,
                cue,
                content,
                who,
                class: f.class,
                sentence: s,
                person,
                collective,
                nested: f.nested,
            });
        }
    }
    out
}

/// He/she/who → the most recent person speaker in this or the two previous sentences,
/// else the nearest person mentioned before the pronoun.
fn resolve_pronoun(
    prior: &[Attribution],
    people: &[Person],
    at: usize,
    sentence: usize,
) -> Option<usize> {
    let recent = prior
        .iter()
        .rev()
        .take_while(|x| x.sentence + 2 >= sentence)
        .find_map(|x| x.person);
    recent.or_else(|| people.iter().rposition(|p| p.name.end <= at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::people;

    fn attributions(text: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
        let a = Article::new(text);
        let p = people::extract(&a);
        extract(&a, &p)
            .into_iter()
            .map(|x| (x.speaker.text, x.cue.text, x.who, x.title.map(|t| t.text)))
            .collect()
    }

    fn row(
        s: &str,
        c: &str,
        who: Option<&str>,
        title: Option<&str>,
    ) -> (String, String, Option<String>, Option<String>) {
        (
            s.into(),
            c.into(),
            who.map(Into::into),
            title.map(Into::into),
        )
    }

    #[test]
    fn subject_said_with_title() {
        assert_eq!(
            attributions("US Deputy Secretary of State Sherman insisted that \"Russia is ready to use force against Ukraine in mid-February\"."),
            [row("US Deputy Secretary of State Sherman", "insisted", Some("Sherman"), Some("US Deputy Secretary of State"))]
        );
    }

    #[test]
    fn inverted_and_pronoun() {
        let got = attributions("“There is no change, there will be no change,” said Secretary of State Anthony Blinken. “We will see how they respond,” he said.");
        assert_eq!(
            got,
            [
                row(
                    "Secretary of State Anthony Blinken",
                    "said",
                    Some("Anthony Blinken"),
                    Some("Secretary of State")
                ),
                row(
                    "he",
                    "said",
                    Some("Anthony Blinken"),
                    Some("Secretary of State")
                ),
            ]
        );
    }

    #[test]
    fn apposition_and_collective() {
        let got = attributions("Wendy Sherman, an aide to Blinken, said Putin appeared to be ready. On the same day, Washington said it expected an offensive.");
        assert_eq!(
            got[0],
            row(
                "Wendy Sherman, an aide to Blinken,",
                "said",
                Some("Wendy Sherman"),
                Some("an aide to Blinken")
            )
        );
        assert_eq!(got[1], row("Washington", "said", Some("US"), None));
    }

    #[test]
    fn according_to_and_told_reporters() {
        let got = attributions("According to the United States, \"everything indicates\" that Putin will use force. Blinken told reporters that the path was serious.");
        assert_eq!(got[0].0, "the United States");
        assert_eq!(got[0].2.as_deref(), Some("US"));
        assert_eq!(got[1].0, "Blinken");
        let a = Article::new("Blinken told reporters that the path was serious.");
        let p = people::extract(&a);
        let x = &extract(&a, &p)[0];
        assert_eq!(
            x.content.as_ref().map(|c| c.text.as_str()),
            Some("the path was serious")
        );
    }

    #[test]
    fn quoted_as_saying() {
        let got = attributions("Russian newspaper Viewpoint quoted Dzhabarov, a member of the Russian Federal Council, as saying on 27th that Russia would not accept it.");
        assert!(
            got.iter()
                .any(|r| r.0 == "Dzhabarov, a member of the Russian Federal Council,"),
            "{got:?}"
        );
    }

    #[test]
    fn cues_inside_quotes_and_relative_objects_are_skipped() {
        assert!(attributions(
            "“I said no,” is all that remains. These are the things that Trump has said."
        )
        .iter()
        .all(|r| r.0 != "Trump" && r.0 != "I"));
    }
}
