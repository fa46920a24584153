//! Whether a cue word reports speech here: colon speakers, cues only a quotation makes
//! ("continued"), naming verbs ("calls himself a …"), verb chains ("went on to say"),
//! intent before an infinitive, report verbs that report words.

use super::*;

/// A short name opening a line and followed by a colon and words on the same line, as in
/// headlines and transcripts (`Carly Fiorina: "…"`, `Reid: Never underestimate him`); the
/// index of the colon. Only capitalized words that no list knows as a cue, month or common
/// word, or a lone evidence noun (`Poll: Sanders leads in Iowa`); `extract` further keeps
/// it only when the phrase names a person or is that evidence noun, which rules out labels
/// ("Update:", "The Latest:", "Contributing:") and places ("Iowa: Tim Albrecht, …").
pub(super) fn colon_speaker(a: &Article, i: usize, s1: usize) -> Option<usize> {
    let colon = (i + 1..s1.min(i + 5)).find(|&m| a.tokens[m].is_punct(':'))?;
    let words_ok = colon_evidence(a, i, colon)
        || interview_label(a, i, colon)
        || (i..colon).all(|m| {
            let t = &a.tokens[m];
            t.kind == Kind::Word
                && !t.quoted
                && a.is_cap(m)
                && (m == i || t.breaks == 0)
                && lexicon::cue(a.lower(m)).is_none()
                && lexicon::month(a.lower(m)).is_none()
                && !lexicon::weekday(a.lower(m))
        }) && (i..colon).all(|m| a.is_name_word(m) || lexicon::title_word(a.lower(m)));
    let after = colon + 1;
    // An interview's answer may be short ("A: No, no one did.").
    let min_words = if interview_label(a, i, colon) { 1 } else { 5 };
    let words_after = after < s1
        && a.tokens[after].breaks == 0
        && a.tokens[after].kind != Kind::Number
        && (after..s1)
            .filter(|&m| a.tokens[m].kind == Kind::Word)
            .count()
            >= min_words;
    (words_ok && words_after).then_some(colon)
}

/// An interview's `Q:` or `A:` opening a line: the interviewer's question or the answer,
/// which PolNeAR's annotators credit to the label itself.
pub(super) fn interview_label(a: &Article, i: usize, colon: usize) -> bool {
    colon == i + 1 && !a.tokens[i].quoted && matches!(a.str(i), "Q" | "A")
}

/// A lone capitalized evidence noun before a headline's colon: `Poll: Trump ties Clinton`,
/// `Report: …`, `Survey: …` — the wire convention for "a poll shows".
pub(super) fn colon_evidence(a: &Article, i: usize, colon: usize) -> bool {
    colon == i + 1
        && a.is_cap(i)
        && !a.tokens[i].quoted
        && matches!(a.lower(i), "poll" | "report" | "survey" | "study")
}

/// Does a colon speaker's last word stand for a person named in full — after a given name,
/// an honorific or an office ("Sen.", "Governor"), in the phrase itself (`Ann Coulter:`) or elsewhere in the
/// article (`Rubio: I still believe…` over a story about Marco Rubio, `TAPPER:` in a
/// transcript of Sen. Tapper)? People extraction needs a title or a cue to see a name, so a
/// headline's name often has no mention of its own; a place (`New Hampshire:`) has no
/// given name.
pub(super) fn named_in_full(a: &Article, (s, e): (usize, usize)) -> bool {
    let names = |k: usize| {
        k > 0 && a.tokens[k - 1].kind == Kind::Word && a.is_cap(k - 1) && {
            let w = a.lower(k - 1);
            gender::is_given_name(w)
                || people::HONORIFICS.contains(&w)
                || lexicon::office_noun(w)
                || matches!(
                    w.trim_end_matches('.'),
                    "sen" | "rep" | "gov" | "gen" | "col" | "capt" | "sgt" | "lt" | "prof"
                )
        }
    };
    let key = surname_key(a.lower(e));
    e > s && names(e)
        || (0..a.tokens.len()).any(|k| {
            (k < s || k > e)
                && a.tokens[k].kind == Kind::Word
                && surname_key(a.lower(k)) == key
                && names(k)
        })
}

/// Verbs of speech or stance only in a phrase: "made clear that", "has made it clear";
/// "as one voter put it, …", "put it this way"; "distanced himself from". They are not in
/// the cue lexicon, where every "made", "put" or "distance" would read as a verb of saying
/// (and a name before it as a speaker's). With the lemma and class, the phrase's last token:
/// the cue is the whole phrase ("made it clear"), but for the reflexive, which is the
/// stance's object.
pub(super) fn phrase_cue(
    a: &Article,
    i: usize,
    s1: usize,
) -> Option<(&'static str, CueClass, usize)> {
    let at = |k: usize| (k < s1).then(|| a.lower(k));
    let made = matches!(a.lower(i), "make" | "makes" | "made" | "making");
    // Not a passive ("if it is made clear that", "has been made clear"), nor "clear" as the
    // adjective of a noun after "making" ("making clear container packaging").
    let passive = i > 0
        && a.lower(i) == "made"
        && matches!(
            a.lower(i - 1),
            "is" | "was" | "are" | "were" | "be" | "been" | "being"
        );
    let clear_at = |k: usize| {
        at(k) == Some("clear")
            && (a.lower(i) != "making" || matches!(at(k + 1), Some("that" | "," | ":" | "to")))
    };
    if made && !passive && clear_at(i + 1) {
        return Some(("make", CueClass::Speech, i + 1));
    }
    if made && !passive && at(i + 1) == Some("it") && clear_at(i + 2) {
        return Some(("make", CueClass::Speech, i + 2));
    }
    // "distanced himself from": a stance only with its reflexive ("social distancing").
    let distances = matches!(a.lower(i), "distanced" | "distances" | "distancing")
        && matches!(
            at(i + 1),
            Some("himself" | "herself" | "themselves" | "itself" | "myself")
        );
    if distances {
        return Some(("distance", CueClass::Stance, i));
    }
    let put_it = matches!(a.lower(i), "put" | "puts" | "putting") && at(i + 1) == Some("it");
    if !put_it {
        return None;
    }
    // (A bare comma only after an "as": "As one voter put it, …", not "He put it, along
    // with his coat, on the chair".)
    let manner = at(i + 2).is_some_and(|n| {
        n == "," && (a.sentence_start(i)..i).any(|k| a.lower(k) == "as")
            || matches!(
                n,
                ":" | "this" | "best" | "bluntly" | "succinctly" | "simply" | "plainly"
            )
    });
    let this_way = at(i + 2) == Some("this") && at(i + 3) == Some("way");
    let end = if this_way { i + 3 } else { i + 1 };
    manner.then_some(("put", CueClass::Speech, end))
}

/// "continued" reports speech only right beside a quotation (`"…," she continued.`, `He
/// continued: "…"`); elsewhere it is an ordinary verb ("sales continued to fall"), so it is
/// no entry of `cues.txt` (where people extraction would read it as speech).
pub(super) fn quote_cue(
    a: &Article,
    i: usize,
    s0: usize,
    s1: usize,
) -> Option<(&'static str, CueClass)> {
    if !matches!(a.lower(i), "continued" | "continues") {
        return None;
    }
    let kind = |k: usize| (s0..s1).contains(&k).then(|| a.tokens[k].kind);
    let closes = i + 1 >= s1
        || a.tokens[i + 1].kind == Kind::Punct && matches!(a.lower(i + 1), "." | "," | ":");
    let quote_after =
        kind(i + 1) == Some(Kind::OpenQuote) || closes && kind(i + 2) == Some(Kind::OpenQuote);
    // The close quote before the subject: `"…," she continued` or `"…" Keidis continued`.
    let quote_before =
        (i.saturating_sub(4).max(s0)..i).any(|k| a.tokens[k].kind == Kind::CloseQuote);
    ((quote_after || quote_before && closes) && !a.tokens[i].quoted)
        .then_some(("continue", CueClass::Speech))
}

/// Does "call" at `i` name its object as something: an object (a pronoun, or a phrase of
/// at most five words) and then "a"/"an"/"the" before a word that is no time ("Sanders
/// calls himself a democratic socialist", "called climate change a hoax", "Critics call the
/// plan a giveaway"; not "called a vote", "called the police a day later", "called the
/// bomb squad a second time", "called the hotline a record 4,000 times").
pub(super) fn names_as(a: &Article, i: usize, s1: usize) -> bool {
    let word = |k: usize| k < s1 && a.tokens[k].kind == Kind::Word && !a.tokens[k].quoted;
    let pronoun = word(i + 1) && OBJECT_PRONOUNS.contains(&a.lower(i + 1));
    let object_end = if pronoun {
        Some(i + 2)
    } else {
        (i + 2..(i + 7).min(s1)).find(|&k| matches!(a.lower(k), "a" | "an" | "the"))
    };
    let Some(k) = object_end else {
        return false;
    };
    // A cue word after a determiner is a noun: "the plan".
    let object_words = pronoun
        || (i + 1..k).all(|m| {
            word(m)
                && !is_function_word(a.lower(m))
                && (lexicon::cue(a.lower(m)).is_none()
                    || m > i + 1 && lexicon::determiner(a.lower(m - 1)))
                || m == i + 1 && lexicon::determiner(a.lower(m))
        });
    // A time or a count in the words named: "a second time", "the same day", "an hour
    // later", "a dozen times".
    let when = (k + 1..(k + 4).min(s1)).any(|m| {
        let w = a.lower(m);
        a.tokens[m].kind == Kind::Number
            || is_time_word(w)
            || matches!(
                w,
                "day"
                    | "days"
                    | "week"
                    | "weeks"
                    | "month"
                    | "months"
                    | "year"
                    | "years"
                    | "hour"
                    | "hours"
                    | "minute"
                    | "minutes"
                    | "moment"
                    | "time"
                    | "times"
                    | "later"
                    | "ago"
                    | "next"
                    | "same"
                    | "few"
                    | "couple"
                    | "dozen"
                    | "record"
            )
    });
    object_words
        && k > i + 1
        && k + 1 < s1
        && matches!(a.lower(k), "a" | "an" | "the")
        && word(k + 1)
        && !when
}

/// Object pronouns a verb of naming takes before what it names its object.
pub(super) const OBJECT_PRONOUNS: &[&str] = &[
    "him",
    "her",
    "them",
    "it",
    "me",
    "us",
    "you",
    "himself",
    "herself",
    "themselves",
    "itself",
];

/// Where a verb chain that carries the cue at `i` through "to" starts: "went on to say",
/// "continued to argue", "was quick to add", "went so far as to call".
pub(super) fn verb_chain_start(a: &Article, i: usize, s0: usize) -> Option<usize> {
    if i < s0 + 2 || a.lower(i - 1) != "to" {
        return None;
    }
    let word = |k: usize| (k >= s0 && k < i && !a.tokens[k].quoted).then(|| a.lower(k));
    // (A chain is at most four words before its "to".)
    (i.saturating_sub(5).max(s0)..i - 1)
        .find(|&start| lexicon::chain_cue_at(word, start) == Some(i))
}

/// An emphatic "do" right before the base form at `i`, past an adverb: "Trump did support
/// the idea", "he does strongly support". (Not a modal or a negation: "would support" and
/// "did not respond" report no stance held.)
/// The base form is then a verb, never the noun it is also spelt as ("the support").
pub(super) fn auxiliary_before(a: &Article, i: usize, s0: usize) -> bool {
    let mut m = i;
    for _ in 0..2 {
        if m == s0 {
            return false;
        }
        m -= 1;
        if a.tokens[m].kind != Kind::Word || a.tokens[m].quoted {
            return false;
        }
        let w = a.lower(m);
        if matches!(w, "do" | "does" | "did") {
            return true;
        }
        if !(lexicon::ly_adverb(w) || matches!(w, "also" | "still" | "even")) {
            return false;
        }
    }
    false
}

/// A stance verb of intent before its infinitive, right after a name or role noun: "Okafor
/// wants to run", "the council plans to vote" (not "Okafor's plans to run").
pub(super) fn to_infinitive(a: &Article, i: usize, s0: usize, s1: usize, lemma: &str) -> bool {
    let intent = matches!(
        lemma,
        "want" | "hope" | "plan" | "seek" | "refuse" | "decline" | "intend" | "aim" | "prefer"
    );
    let subject = i > s0 && {
        let p = i - 1;
        a.tokens[p].kind == Kind::Word
            && (a.is_cap(p) && !lexicon::common_capitalized(a.lower(p))
                || lexicon::role_noun(a.lower(p))
                || lexicon::speaker_pronoun(a.lower(p))
                || lexicon::aux_or_adverb(a.lower(p)))
    };
    intent
        && subject
        && i + 2 < s1
        && a.lower(i + 1) == "to"
        && a.tokens[i + 2].kind == Kind::Word
        && !a.is_cap(i + 2)
}

/// Does the report verb at `i` report words here: before a clause (`found that`, `showed
/// he`), after a time phrase (`reported on Monday that`), or closing the sentence whose
/// words it reports (`…, the Post reported.`)?
pub(super) fn reports_words(a: &Article, i: usize, s1: usize) -> bool {
    let mut j = i + 1;
    while j < s1.min(i + 5) && {
        let w = a.lower(j);
        is_time_word(w)
            || a.tokens[j].kind == Kind::Number
            || matches!(
                w,
                "on" | "in" | "last" | "this" | "earlier" | "late" | "early"
            )
    } {
        j += 1;
    }
    if j >= s1 {
        return true;
    }
    let t = &a.tokens[j];
    let w = a.lower(j);
    t.kind == Kind::CloseQuote
        || t.kind == Kind::OpenQuote
        || t.kind == Kind::Punct && matches!(w, "." | "!" | "?" | ":")
        || w == "that"
        || j == i + 1 && matches!(w, "he" | "she" | "they" | "it" | "we" | "i")
}

/// The person-like head of a speaker phrase (for noun-like cue forms).
pub(super) fn person_like(a: &Article, (s, e): (usize, usize)) -> bool {
    (s..=e).any(|k| {
        a.is_cap(k) || lexicon::speaker_pronoun(a.lower(k)) || lexicon::role_noun(a.lower(k))
    })
}
