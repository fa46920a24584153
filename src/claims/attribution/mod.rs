//! Attributions: who is credited with which words.
//!
//! Patterns, in the order they are tried for each cue verb outside quotes (lessons of the
//! PolNeAR prototype in `notes/claims.md`):
//! 0. a name opening a line before a colon (`Carly Fiorina: "…"`, `TAPPER:`), when it is a
//!    person or the surname of one the article names in full, or a lone `Poll:`/`Report:`;
//!    the rest of that line is the speaker's own words, like a quotation; and a poll that
//!    frames its sentence (`In a CNN/ORC poll released Monday, 31% …`, not `In a
//!    statement, …`);
//! 1. `according to NP` to the end of its clause (any short phrase: "according to the
//!    results", "according to him"), with its appositions when it closes the sentence;
//! 2. passive `reported by NP`, also with an adverb after the auxiliary (`was first
//!    reported by NP`);
//! 3. `quoted NP as saying`;
//! 4. the subject on the left, after skipping auxiliaries (negated ones too: "didn't"),
//!    adverbs and time phrases, and without a subordinator opening it ("though [most] said"):
//!    `NP, apposition, said` takes the whole phrase (trailing comma included, as PolNeAR's
//!    annotators do), a pronoun is taken alone, a share of respondents stands for them
//!    ("42% say", "two in three said"), otherwise a noun phrase of names, title words and
//!    role nouns with `of`/`for` links and one determiner, and the descriptors before a
//!    name that opens its clause (`GOP rival Ted Cruz`). A phrase that is the object of a
//!    preposition (`a producer for [Harbor Studios] told`) is no subject: a speech cue then
//!    takes the whole clause-initial subject with its complements when its head is a person
//!    or group (`People with direct knowledge of the deal said`), else nothing; a report
//!    verb likewise takes a clause-initial evidence subject with its modifiers (`polls taken
//!    in Ohio last week show`). A name opening its clause keeps appositions with commas
//!    inside (`X, a nurse from Tampa, Fla., said`) or between dashes (`X — a nurse —
//!    said`), but not a relative clause that is an attribution of its own (`X, who said …,
//!    said` → `X`). A share keeps its approximation (`[only 49 percent of Republicans]
//!    say`); a document someone put out gives way to its issuer (`[Trump] issued a statement
//!    saying`); a title-case headline's capitalized adverbs are skipped (`Rick Perry Just
//!    Announced`);
//! 5. inverted `"…," said NP` (with a following apposition, its closing comma kept as on the
//!    left, and appositions that open with a role no list holds: `said X, communications
//!    director for …`);
//! 6. a gerund after a preposition takes the subject of the clause it closes (`Obama won
//!    the nomination by promising`, `Carson told the AP after hinting`); `, saying` / `and
//!    said` reuse the sentence's previous speaker, else the clause subject after an opening
//!    conjunction, introductory, participle or time phrase, past times, adverbs and asides
//!    between it and its verb (`Two days later, X left, saying`; `Clinton attacked Trump,
//!    saying`; `Mr. Trump, in an interview on Friday, barely dwelled …, saying`).
//!
//! A report verb reports words only before a clause or closing them (`…, the Post
//! reported.`), with evidence as its subject (`polls show`), or as `reported` after a
//! person-like subject with any object (`CNN reported at least six planes`, `As Politico
//! reported, …`), except bylines (`Costa reported from Washington`) and passives.
//!
//! Cheap precision: cues inside quotes are the quoted speaker's own words and skipped;
//! noun-like cue forms ("reports", "claims") need a person-like subject; an object relative
//! clause (`the things that Trump has said`) has no content after the cue and is dropped; a
//! pronoun right after another cue (`said he believes`) reports that speaker's own stance and
//! is dropped, but not one set off by a comma (`At one point, she said,`).
//! Speakers are then resolved: a name to its person (and title, from this or an earlier
//! mention), he/she to the most recent person speaker of the last sentences (unless a named
//! person opened a sentence since: the new topic) or else the nearest preceding person, a
//! relative "who" to the person right before it, a capital or institution to its
//! collective ("Washington" → US).
//!
//! Here: the search for cues and the patterns above (`find`), and `extract`. The phrase
//! readers are in `left` (leftwards from a cue), `subject` (whole subjects the phrase rules
//! cannot read alone), `right` (inverted speakers, agents, `according to`); `cue` says
//! whether a cue word reports speech where it stands, `content` what was said, and
//! `resolve` who a speaker is.

use super::article::Article;
use super::gender;
use super::lexicon::{self, CueClass};
use super::people::{self, surname_key};
use super::tokens::Kind;
use super::{Attribution, Person, Span};

mod content;
mod cue;
mod left;
mod resolve;
mod right;
mod subject;
#[cfg(test)]
mod tests;

use content::*;
use cue::*;
use left::*;
use resolve::*;
use right::*;
pub(in crate::claims) use subject::past_form;
use subject::*;

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

/// Words opening an introductory phrase that ends at a comma before the subject: "In a
/// speech on Monday, Okafor …", "After the vote, the senator …".
const INTRODUCERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "speaking",
    "with",
    "from",
    "following",
    "despite",
    "since",
    "earlier",
    "later",
    "meanwhile",
    "instead",
    "however",
    "asked",
    "for",
    "like",
    "unlike",
    "as",
    "when",
    "while",
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
    "pledged",
];

fn is_function_word(w: &str) -> bool {
    lexicon::determiner(w)
        || lexicon::aux_or_adverb(w)
        || lexicon::speaker_pronoun(w)
        // -ly adverbs, and by their ending also "July", "Italy", "Kelly" (as before: a
        // name or month is read by its capital elsewhere); not the -ly nouns ("rally").
        || w.ends_with("ly") && !lexicon::noun_in_ly(w)
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
                | "after"
                | "before"
                | "since"
                | "until"
                | "during"
                | "though"
                | "although"
                | "unless"
                | "despite"
                | "through"
                | "without"
                | "where"
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
                | "today"
                | "tonight"
                | "yesterday"
        )
        || w.ends_with("th") && w.starts_with(|c: char| c.is_ascii_digit())
}

pub(super) fn is_pronoun(w: &str) -> bool {
    lexicon::speaker_pronoun(w) || w == "which"
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
        // 0. a name before a colon opening the line: `Carly Fiorina: "…"`
        if i == s0 || t.breaks > 0 {
            if let Some(colon) = colon_speaker(a, i, s1) {
                let class = if colon_evidence(a, i, colon) {
                    CueClass::Report
                } else {
                    CueClass::Speech
                };
                out.push(Found {
                    speaker: (i, colon - 1),
                    cue: (colon, colon),
                    side: Side::Left,
                    class,
                    nested: false,
                });
                i = colon + 1;
                continue;
            }
        }
        // 0b. a poll that frames its sentence: "In a CNN/ORC poll released Monday, 31% …"
        if w == "in" && (i == s0 || i == s0 + 1 && matches!(a.lower(s0), "but" | "and")) {
            if let Some(comma) = poll_frame(a, i, s1) {
                out.push(Found {
                    speaker: (i + 1, comma - 1),
                    cue: (i, i),
                    side: Side::Right,
                    class: CueClass::Report,
                    nested: false,
                });
                i = comma + 1;
                continue;
            }
        }
        // 1. according to NP
        if w == "according" && i + 1 < s1 && a.lower(i + 1) == "to" {
            if let Some(np) = according_to_source(a, i, s0, s1) {
                out.push(Found {
                    speaker: (np.0, without_anonymity_note(a, np)),
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
        // (a phrase cue ends a few words on: "made it clear", "put it this way")
        let mut phrase_end = None;
        let Some((lemma, class)) =
            lexicon::cue(w)
                .or_else(|| quote_cue(a, i, s0, s1))
                .or_else(|| {
                    let (lemma, class, end) = phrase_cue(a, i, s1)?;
                    phrase_end = Some(end);
                    Some((lemma, class))
                })
        else {
            i += 1;
            continue;
        };
        if a.is_cap(i) && i != s0 && !title_case(a, s0, s1) || lemma == "according" {
            i += 1;
            continue;
        }
        let prev = (i > s0).then(|| a.lower(i - 1));
        // Idioms that report no one: "(That said, she …", "That being said,", "Having said
        // that,", "thanks in part to his father".
        let said_idiom = w == "said"
            && (i + 1 < s1 && a.tokens[i + 1].is_punct(',') && matches!(prev, Some("that"))
                || matches!(prev, Some("being")) && i >= s0 + 2 && a.lower(i - 2) == "that"
                || matches!(prev, Some("having")) && i + 1 < s1 && a.lower(i + 1) == "that");
        let thanks_to = w == "thanks"
            && (i + 1..s1.min(i + 5))
                .take_while(|&k| a.tokens[k].kind == Kind::Word)
                .any(|k| a.lower(k) == "to");
        // "the most promising new act", "a very telling sign": an adjective.
        let graded = w.ends_with("ing")
            && matches!(
                prev,
                Some("most" | "more" | "less" | "least" | "very" | "so" | "too")
            );
        if said_idiom || thanks_to || graded {
            i += 1;
            continue;
        }
        // "went on to say": the verb that carries the cue opens it.
        // ("continued to add jobs" adds no words: "add" reports only before what it adds.)
        let reports_after = i + 1 < s1
            && (a.tokens[i + 1].is_quote()
                || a.tokens[i + 1].is_punct(',')
                || a.tokens[i + 1].is_punct(':')
                || a.lower(i + 1) == "that");
        let lead = verb_chain_start(a, i, s0)
            .filter(|_| lemma != "add" || reports_after)
            .unwrap_or(i);
        // "to say", "the report", "his plan": not a reporting verb here.
        if lead == i
            && prev.is_some_and(|p| {
                lexicon::article_or_possessive(p) || matches!(p, "to" | "this" | "that's")
            })
        {
            i += 1;
            continue;
        }
        // "talked about", "spoke of", "spoke out", "spoke passionately about": without the
        // particle, only a meeting.
        let adverb = usize::from(i + 2 < s1 && lexicon::ly_adverb(a.lower(i + 1)));
        let speak_particle =
            i + 1 + adverb < s1 && matches!(a.lower(i + 1 + adverb), "about" | "of" | "out");
        if matches!(lemma, "talk" | "speak") && !speak_particle {
            i += 1;
            continue;
        }
        if matches!(lemma, "point") && !(i + 1 < s1 && matches!(a.lower(i + 1), "out" | "to")) {
            i += 1;
            continue;
        }
        // "call" reports speech only as "called for/on", when a quotation follows, or when
        // it names its object as something ("calls himself a democratic socialist").
        // (What its object is called, not a quotation another verb opens: "who called time
        // on England, said: "…""; a noun after its determiner is no verb: "calling the
        // talks "…"".)
        let opens_a_quotation = |k: usize| {
            let w = a.lower(k);
            let before_quote = k + 1 < s1
                && (a.tokens[k + 1].is_punct(',')
                    || a.tokens[k + 1].is_punct(':')
                    || a.tokens[k + 1].kind == Kind::OpenQuote);
            let determined = k > 0 && lexicon::article_or_possessive(a.lower(k - 1));
            !a.tokens[k].quoted
                && before_quote
                && !determined
                && !lexicon::noun_like_cue(w)
                && lexicon::cue(w).is_some_and(|(l, c)| c == CueClass::Speech && l != w)
        };
        let call_reports = || {
            i + 1 < s1 && matches!(a.lower(i + 1), "for" | "on" | "upon")
                || (i + 1..s1)
                    .take_while(|&k| !opens_a_quotation(k))
                    .any(|k| a.tokens[k].kind == Kind::OpenQuote)
                || names_as(a, i, s1)
        };
        if lemma == "call" && !call_reports() {
            i += 1;
            continue;
        }
        let next = (i + 1 < s1).then(|| &a.tokens[i + 1]);
        // A quotation after "show" names a programme: the reality show "The Apprentice".
        let introduces = next.is_some_and(|n| {
            n.lower == "that" || n.is_punct(':') || n.kind == Kind::OpenQuote && lemma != "show"
        });
        // Noun-like base and -s forms ("claims", "reports", "state") need a clause after.
        let noun_form = lexicon::noun_like_cue(w)
            && (w == lemma
                || w.strip_suffix('s') == Some(lemma)
                || w.strip_suffix("es") == Some(lemma));
        // Report verbs ("found", "showed") report words only before a clause or at the end
        // of the words they report; "polls show X" needs evidence as its subject (below).
        let needs_evidence = class == CueClass::Report && !reports_words(a, i, s1);
        let evidence_verb = matches!(lemma, "show" | "find");
        // "CNN reported at least six planes", "The Times reported the email came": a
        // newsroom, person or body that reports needs no clause after it (checked below).
        let reporter_verb = w == "reported";
        let intends = to_infinitive(a, i, s0, s1, lemma);
        // A verb reading: before a clause, after a pronoun, reporting evidence ("records
        // show he sold", "documents show.") or intent.
        // A stance verb's -s form right after a name or a role noun, what `skip_left` passes
        // aside ("Smith opposes the plan", "The mayor strongly supports it", "Rubio still
        // favors"): no noun follows a name so.
        let after_subject = class == CueClass::Stance
            && w != lemma
            && i > s0
            && skip_left(a, i - 1, s0).is_some_and(|p| {
                a.tokens[p].kind == Kind::Word
                    && !lexicon::determiner(a.lower(p))
                    && (a.is_name_word(p) && !lexicon::common_capitalized(a.lower(p))
                        || lexicon::role_noun(a.lower(p)))
            });
        // The base form after a bare plural subject, before the subject of a clause or a
        // name: "Democrats hope they will", "Republicans blast Obama", "Officials fear it".
        // Not after a determined phrase, where the two words are one compound noun: "The
        // Times report he cited", "The Philippines claim China rejects", "the United States
        // support", "The Sanders pledge Warren copied".
        let bare_plural = |p: usize| {
            let pw = a.lower(p);
            let mut start = p;
            while start > s0 && a.tokens[start - 1].kind == Kind::Word && a.is_cap(start - 1) {
                start -= 1;
            }
            let determined = lexicon::determiner(a.lower(start))
                || start > s0
                    && (lexicon::determiner(a.lower(start - 1))
                        || a.tokens[start - 1].kind == Kind::Possessive);
            a.tokens[p].kind == Kind::Word
                && pw.len() > 3
                && pw.ends_with('s')
                && !pw.ends_with("ss")
                && (a.is_cap(p) && !lexicon::common_capitalized(pw)
                    || lexicon::role_noun(pw)
                    || !a.is_cap(p) && lexicon::person_plural(pw))
                && !determined
        };
        let after_plural_subject = w == lemma
            && i > s0
            && next.is_some_and(|n| {
                n.kind == Kind::Word
                    && (lexicon::speaker_pronoun(&n.lower)
                        || a.is_name_word(i + 1)
                        || matches!(n.lower.as_str(), "the" | "a" | "an")
                        || n.lower.len() > 5 && n.lower.ends_with("ing"))
            })
            && skip_left(a, i - 1, s0).is_some_and(bare_plural);
        // "…, the FT reports.": a form that closes its sentence after a short phrase set off
        // by a comma reports the words before it.
        let closes_report = (i + 1 >= s1 || matches!(a.lower(i + 1), "." | "!" | "?"))
            && (i.saturating_sub(5).max(s0)..i).any(|m| a.tokens[m].is_punct(','));
        let verb_reading = introduces
            || w == lemma && auxiliary_before(a, i, s0)
            || closes_report
            || prev.is_some_and(lexicon::speaker_pronoun)
            || needs_evidence && evidence_verb
            || evidence_verb && prev.is_some_and(lexicon::evidence_noun)
            || intends
            || after_subject
            || after_plural_subject
            || lemma == "call" && names_as(a, i, s1);
        // "the team's thinking", "the mayor's warning": an -ing form after a possessive is
        // a noun.
        let after_possessive =
            w.ends_with("ing") && i > s0 && a.tokens[i - 1].kind == Kind::Possessive;
        if noun_form && !verb_reading || after_possessive {
            i += 1;
            continue;
        }
        if needs_evidence && !evidence_verb && !reporter_verb {
            i += 1;
            continue;
        }
        // Other senses: "NATO will never admit Ukraine" (let in), "the attack that almost
        // claimed her life" (took), "Hillis added 101 yards" (scored).
        let other_sense = next.is_some_and(|n| {
            // (let in: a name, then "as members" or "into" the body, no clause between)
            lemma == "admit"
                && a.is_cap(i + 1)
                && !n.quoted
                && (i + 2..s1.min(i + 10))
                    .take_while(|&k| !matches!(a.lower(k), "that" | "had" | "was" | "is" | "were"))
                    .any(|k| matches!(a.lower(k), "as" | "into"))
                || lemma == "add" && !n.quoted && is_number(a, i + 1) && a.lower(i + 1) != "one"
                || lemma == "claim" && i + 2 < s1 && matches!(a.lower(i + 2), "life" | "lives")
        });
        if other_sense {
            i += 1;
            continue;
        }
        // Stance verbs need something to hold a stance on.
        if class == CueClass::Stance && !has_right_content(a, i, s1) && !intends {
            i += 1;
            continue;
        }
        let particle = (i + 1 < s1).then(|| a.lower(i + 1));
        let cue = if matches!(lemma, "talk" | "speak") {
            (i, i + 1 + adverb)
        } else if matches!(
            (lemma, particle),
            ("point" | "call", Some("out" | "for" | "on" | "upon"))
        ) {
            (i, i + 1)
        } else if let Some(end) = phrase_end {
            (lead, end)
        } else {
            (lead, i)
        };
        let noun_like = lexicon::noun_like_cue(w);
        let mut found: Option<(usize, usize, Side)> = None;
        // A passive without an agent: "Lewandowski was dismissed on Monday", also with an
        // adverb or negation after the auxiliary ("he is often asked about", "Tyson was
        // not asked to speak", "Respondents were also asked to").
        let be_form = |w: &str| {
            matches!(
                w,
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "been"
                    | "be"
                    | "being"
                    | "wasn't"
                    | "weren't"
                    | "isn't"
                    | "aren't"
                    | "wasn’t"
                    | "weren’t"
                    | "isn’t"
                    | "aren’t"
            )
        };
        let be_before = prev.is_some_and(be_form)
            || i >= s0 + 2 && be_form(a.lower(i - 2)) && {
                let m = a.lower(i - 1);
                !a.is_cap(i - 1) && (lexicon::aux_or_adverb(m) || lexicon::ly_adverb(m))
            };
        let passive = be_before
            && (w.ends_with("ed")
                || w.ends_with("en")
                || matches!(
                    w,
                    "told" | "said" | "thought" | "sought" | "known" | "seen" | "shown" | "found"
                ));
        if passive && !(i + 1 < s1 && a.lower(i + 1) == "by") {
            i += 1;
            continue;
        }
        let mut by_agent = false;
        // 2. passive: "was reported by NP", "was first reported by NP"
        let be = |w: &str| matches!(w, "was" | "were" | "is" | "are" | "been" | "be");
        let adverb_after_be = i >= s0 + 2 && be(a.lower(i - 2)) && {
            let m = a.lower(i - 1);
            !a.is_cap(i - 1) && (lexicon::aux_or_adverb(m) || lexicon::ly_adverb(m)) && !be(m)
        };
        if (prev.is_some_and(be) || adverb_after_be) && i + 1 < s1 && a.lower(i + 1) == "by" {
            // "accused by unions of awarding themselves …": the charge after the agent is
            // the verb's ("accuse of", "criticize for"), not the agent's apposition.
            let charge = matches!(
                lemma,
                "accuse" | "criticize" | "criticise" | "blame" | "praise" | "fault" | "thank"
            );
            if let Some(np) = right_np(a, i + 2, s1, !charge) {
                found = Some((np.0, np.1, Side::Right));
                by_agent = true;
            } else if passive {
                // An agent not read ("were discussed by a \"group of people\""): the
                // clause's subject, or the sentence's last speaker, is no agent.
                i += 1;
                continue;
            }
        }
        // 3. quoted NP as saying
        if found.is_none() && prev == Some("as") && i >= s0 + 2 {
            if let Some(np) = left_np(a, i - 2, s0) {
                found = Some((np.0, np.1, Side::Left));
            }
        }
        // Whether the subject found is headed by an evidence noun before its modifiers.
        let mut evidence_head = false;
        // 4. subject on the left (", saying" has none of its own: see 6.)
        // "Turnout fell in Ohio, for example, said one aide": before an inverted speaker the
        // aside closes the words said, it stands not between a subject and its cue.
        let aside_before = lead > s0 && closes_two_word_aside(a, lead - 1, s0);
        let inverted_after = INVERTS.contains(&lemma)
            && right_np(a, cue.1 + 1, s1, true).is_some_and(|np| {
                np.0 == cue.1 + 1 && person_like(a, np) && !verb_after(a, np.1 + 1, s1)
            });
        let left_end = if aside_before && inverted_after {
            Some(lead - 1)
        } else if lead > s0 {
            skip_left(a, lead - 1, s0)
        } else {
            None
        };
        // ", saying", and a gerund after a preposition ("told the AP after hinting", "won
        // the nomination by promising"): its subject is the clause's, not the word before.
        let participle_clause = w.ends_with("ing")
            && left_end.is_some_and(|j| {
                a.tokens[j].is_punct(',')
                    || matches!(
                        a.lower(j),
                        "after" | "before" | "by" | "while" | "without" | "since" | "upon"
                    )
            });
        if found.is_none() && !participle_clause {
            if let Some(j) = left_end {
                let lw = a.lower(j);
                let after_quote = a.tokens[j].kind == Kind::CloseQuote
                    || a.tokens[j].is_punct(',')
                        && j > s0
                        && a.tokens[j - 1].kind == Kind::CloseQuote;
                if !after_quote && !matches!(lw, "and" | "but" | "or") {
                    // After an aside ("X, the chairman, for example, said") the apposition
                    // ends at the comma before it.
                    // (The skip may have passed a phrase after it: "… GOP in New Hampshire".)
                    let aside_comma = (j + 1..i)
                        .find(|&m| a.tokens[m].kind != Kind::Word)
                        .filter(|&m| a.tokens[m].is_punct(','))
                        .and_then(|m| apposed_subject(a, m, s0));
                    let np = aside_comma
                        .or_else(|| apposed_subject(a, j, s0))
                        .or_else(|| dashed_subject(a, j, s0))
                        .or_else(|| {
                            let comma = a.tokens[j].is_punct(',');
                            comma.then(|| parenthesized_subject(a, j, s0)).flatten()
                        })
                        // "Senior advisers who have run the numbers say": the phrase
                        // with its relative clause, not the clause's object.
                        .or_else(|| who_clause_subject(a, j, s0))
                        .or_else(|| participle_aside_subject(a, j, s0))
                        .or_else(|| {
                            left_np(a, j, s0)
                                .map(|np| with_conjunct(a, np, s0))
                                .map(|np| named_before_role(a, np, s0))
                        })
                        .or_else(|| relative_subject(a, j, s0));
                    // The object of a preposition ("knowledge of [the tender] said") is no
                    // subject: the whole subject is, when the clause opens with one.
                    // Nor is the object of a participle after the subject's head.
                    let in_complement = np.is_none_or(|np| {
                        object_of_preposition(a, np.0, s0) || participle_object(a, np.0, s0)
                    });
                    // The subject's last word may look like a time word ("… the Senate in
                    // November say").
                    let end = (s0..i).rev().find(|&m| !lexicon::aux_or_adverb(a.lower(m)));
                    // A phrase cut after a participle whose time or agent the skip passed
                    // ("A court document filed [Thursday] says") is read whole as well.
                    let cut_participle = np.is_some_and(|np| {
                        end.is_some_and(|end| np.1 < end)
                            && !a.is_cap(np.1)
                            && past_form(a.lower(np.1))
                    });
                    let whole = if class == CueClass::Speech && (in_complement || cut_participle) {
                        end.and_then(|end| {
                            clause_initial_subject(a, end, s0)
                                .or_else(|| evidence_subject(a, end, s0))
                        })
                    } else if class == CueClass::Report
                        && (in_complement || cut_participle)
                        && !w.ends_with("ing")
                    {
                        end.and_then(|end| evidence_subject(a, end, s0))
                    } else {
                        None
                    };
                    evidence_head = whole.is_some() && class == CueClass::Report;
                    // Otherwise the object is no speaker at all ("a producer for [Yahoo
                    // Studios] told"), unless it opens an absolute clause ("with [Gorka]
                    // noting").
                    let np = np.filter(|np| {
                        (!object_of_preposition(a, np.0, s0) || a.lower(np.0 - 1) == "with")
                            && !participle_object(a, np.0, s0)
                    });
                    // "Mr Hockney also left UKIP saying …": without a comma too, a participle
                    // after a name that is the object of a verb belongs to the clause's
                    // subject (see 6.); "issued a statement saying" goes to the issuer below.
                    let np = np.filter(|np| {
                        !(w.ends_with("ing") && a.is_cap(np.0) && object_of_a_verb(a, np.0, s0))
                    });
                    // Last, a name and its parenthesis ("Kasich (who has 25 delegates to
                    // date) said"), when no phrase rule read the subject whole.
                    if let Some(np) = whole.or(np).or_else(|| parenthesized_subject(a, j, s0)) {
                        let np = without_object_conjunct(a, np, s0);
                        found = Some((np.0, np.1, Side::Left));
                    }
                }
            }
        }
        // A participle used as an adjective: "the US written reply", "a planned visit";
        // not after a subject it follows as its verb ("Trump criticized protesters", "The
        // president called voters …"): a name, a pronoun or a phrase headed by a role noun.
        // Not before a state the subject was reported in ("Hundreds feared dead", "Two
        // journalists reported missing"): that participle is a passive.
        let state_after = (i + 1 < s1).then(|| a.lower(i + 1)).is_some_and(|n| {
            n.ends_with("ed")
                || matches!(
                    n,
                    "dead" | "missing" | "sick" | "alive" | "safe" | "hurt" | "lost" | "held"
                )
        });
        // "Man charged with murder", "a woman known for …": a participle of a verb that takes
        // an object, with none but a preposition after it, is a passive.
        let after_adverb = i + usize::from(
            i + 2 < s1 && (lexicon::ly_adverb(a.lower(i + 1)) || a.lower(i + 1) == "only"),
        );
        let passive = after_adverb + 1 < s1
            && !prev.is_some_and(|p| {
                lexicon::speaker_pronoun(p) || matches!(p, "has" | "have" | "had")
            })
            && passive_participle(w, a.lower(after_adverb + 1));
        if passive {
            i += 1;
            continue;
        }
        let verb_of_subject = !state_after
            && found.is_some_and(|(ss, se, side)| {
                side == Side::Left
                    && (se + 1..i).all(|m| lexicon::aux_or_adverb(a.lower(m)))
                    && (lexicon::speaker_pronoun(a.lower(se))
                        || lexicon::role_noun(a.lower(se)) && !lexicon::determiner(a.lower(se))
                        || a.is_cap(se)
                            && !lexicon::determiner(a.lower(ss))
                            && !(ss > s0 && lexicon::determiner(a.lower(ss - 1))))
            });
        if ADJECTIVAL.contains(&w) && !verb_of_subject && i + 1 < s1 && {
            let n = &a.tokens[i + 1];
            // (Not a time after the verb: "the New York Times reported late Thursday.")
            let time = is_time_word(&n.lower) || matches!(n.lower.as_str(), "late" | "early");
            n.kind == Kind::Word
                && !a.is_cap(i + 1)
                && !n.quoted
                && !is_function_word(&n.lower)
                && !time
        } {
            i += 1;
            continue;
        }
        // 5. inverted: `"…," said NP`
        let left_is_punct =
            left_end.is_none_or(|j| !matches!(a.tokens[j].kind, Kind::Word | Kind::Number));
        let after_quote = left_end.is_some_and(|j| {
            a.tokens[j].is_quote()
                || j > s0 && a.tokens[j].is_punct(',') && a.tokens[j - 1].is_quote()
        });
        if (found.is_none() && left_is_punct || after_quote)
            && !w.ends_with("ing")
            && INVERTS.contains(&lemma)
        {
            if let Some(np) = right_np(a, cue.1 + 1, s1, true) {
                // `"…," said he` only after a quotation; `…, said she turned` is a clause.
                let pronoun = np.0 == np.1 && lexicon::speaker_pronoun(a.lower(np.0));
                // "…, for example, said Trump continued to hurt his cause": a name followed
                // by its verb is the subject of what was said, not an inverted speaker.
                let opens_clause = !after_quote && verb_after(a, np.1 + 1, s1);
                if np.0 == cue.1 + 1
                    && person_like(a, np)
                    && (after_quote || !pronoun)
                    && !opens_clause
                {
                    found = Some((np.0, closing_comma(a, np, s1), Side::Right));
                }
            }
            if found.is_none() && after_quote {
                if let Some(np) = determined_clause(a, cue.1 + 1, s1) {
                    found = Some((np.0, np.1, Side::Right));
                }
            }
        }
        // 6a. a gerund after a preposition: the subject of the clause it ends ("Obama won
        // his party's nomination by promising", "as he did two years ago by announcing").
        if found.is_none() && participle_clause && class == CueClass::Speech {
            // The subject is read after the sentence's last cue; not a pronoun right after it,
            // which opens what was said ("said he was extending …, after saying": the gerund
            // goes with that speaker, below).
            let last_cue_end = out
                .last()
                .filter(|f| a.sentence_of[f.cue.0] == a.sentence_of[i])
                .map(|f| f.cue.1);
            let from = last_cue_end.map_or(s0, |c| c + 1);
            if let Some(np) = left_end
                .filter(|&j| !a.tokens[j].is_punct(','))
                .and_then(|j| subject_of_clause_before(a, j, from))
                .filter(|np| last_cue_end.is_none_or(|c| np.0 != c + 1))
            {
                found = Some((np.0, np.1, Side::Left));
            }
        }
        // 6. ", saying" / "and said": the sentence's previous speaker, else its subject.
        if found.is_none() {
            let joins = left_end
                .is_some_and(|j| matches!(a.lower(j), "and" | "," | "but" | "—" | "–"))
                || w.ends_with("ing");
            // "said the Alliance offered to improve …, and discuss arms control": a
            // bare verb joined after a cue in the past or in "-s" agrees with none of
            // its subjects; what was said governs it ("to").
            // (After a verb that takes a clause: "We hope and believe" is one subject's; and
            // not a past tense spelt as the base form: "said … and forecast it would".)
            let bare_after_inflected = |f: &Found| {
                let prev = a.lower(f.cue.0);
                w == lemma
                    && i > s0
                    && matches!(a.lower(i - 1), "and" | "or" | ",")
                    // (the cues whose past is spelt as the base form)
                    && !matches!(w, "forecast" | "read" | "put")
                    && !prev.ends_with("ing")
                    && lexicon::cue(prev).is_some_and(|(l, _)| {
                        l != prev
                            && matches!(
                                l,
                                "say"
                                    | "tell"
                                    | "add"
                                    | "write"
                                    | "report"
                                    | "announce"
                                    | "state"
                                    | "note"
                                    | "explain"
                                    | "insist"
                                    | "claim"
                                    | "argue"
                                    | "warn"
                                    | "stress"
                                    | "confirm"
                            )
                    })
            };
            let governed = out.last().is_some_and(|f| {
                a.sentence_of[f.cue.0] == a.sentence_of[i] && bare_after_inflected(f)
            });
            if joins && !governed {
                if let Some(last) = out.last().filter(|f| {
                    a.sentence_of[f.speaker.0] == a.sentence_of[i]
                        && !a.tokens[f.cue.0].is_punct(':')
                        // a poll framing the sentence says nothing "saying" reports
                        && !(f.side == Side::Right && a.lower(f.cue.0) == "in")
                }) {
                    found = Some((last.speaker.0, last.speaker.1, Side::Reused));
                } else if class != CueClass::Stance {
                    if let Some(np) = sentence_subject(a, s0, i) {
                        found = Some((np.0, np.1, Side::Left));
                    }
                }
            }
        }
        let Some((ss, se, side)) = found else {
            i += 1;
            continue;
        };
        let ss = if side == Side::Reused {
            ss
        } else {
            with_approximator(a, ss, s0)
        };
        // "Trump issued a statement saying …": the statement's issuer says it.
        let (ss, mut se) = match side {
            // (a time between: "sent a fundraising email Wednesday saying")
            Side::Left
                if w.ends_with("ing")
                    && (se + 1..i).all(|m| {
                        is_time_word(a.lower(m)) || matches!(a.lower(m), "on" | "last" | "this")
                    }) =>
            {
                issuer(a, (ss, se), s0).unwrap_or((ss, se))
            }
            _ => (ss, se),
        };
        // "Okafor, who said she voted early, said …": a relative clause that is an
        // attribution of its own (its `who` already found) is no part of this speaker.
        if side == Side::Left {
            if let Some(who) = out.iter().map(|f| f.speaker.0).find(|&w| {
                w > ss + 1 && w <= se && a.lower(w) == "who" && a.tokens[w - 1].is_punct(',')
            }) {
                se = who - 2;
            }
        }
        // "a senior adviser who requested anonymity": see `without_anonymity_note`.
        se = without_anonymity_note(a, (ss, se));
        // "voters who want to leave": a restrictive relative describes, it does not
        // attribute a stance (without a comma before "who").
        if class == CueClass::Stance
            && ss == se
            && a.lower(ss) == "who"
            && !(ss > s0 && a.tokens[ss - 1].is_punct(','))
        {
            i += 1;
            continue;
        }
        // Not a byline ("Costa reported from Washington") nor a passive with an adverb
        // ("The meeting was first reported by Politico").
        // (Also inverted after what it reported: "…, reported Reuters.")
        let reporter = reporter_verb && (by_agent || side == Side::Right)
            || reporter_verb
                && side == Side::Left
                && person_like(a, (ss, se))
                && !(i + 1 < s1 && a.lower(i + 1) == "from")
                && !(se + 1..i).any(|m| {
                    matches!(
                        a.lower(m),
                        "was" | "were" | "is" | "are" | "be" | "been" | "being"
                    )
                });
        if needs_evidence
            && !reporter
            && !(side == Side::Left && (evidence_head || lexicon::evidence_noun(a.lower(se))))
        {
            i += 1;
            continue;
        }
        if (noun_like || class == CueClass::Stance) && !person_like(a, (ss, se)) {
            i += 1;
            continue;
        }
        // Object relative clause: "the things that Trump has said.", also when the speaker
        // read is the last of two ("what senior US and [NATO officials] had been saying").
        let relative_before = (ss.saturating_sub(6).max(s0)..ss).rev().find(|&m| {
            matches!(a.lower(m), "that" | "which" | "what" | "whom")
                && (m + 1..ss)
                    .all(|k| a.tokens[k].kind == Kind::Word && lexicon::cue(a.lower(k)).is_none())
        });
        if side == Side::Left && relative_before.is_some() && !has_right_content(a, cue.1, s1) {
            i += 1;
            continue;
        }
        // A participle or past form used as an adjective after the phrase: "the reported deal".
        // (Not after "with", which opens an absolute clause: "with polls showing …".)
        if side == Side::Left
            && w.ends_with("ing")
            && ss == se
            && !lexicon::speaker_pronoun(a.lower(ss))
            && !a.is_cap(ss)
            && !(ss > s0 && a.lower(ss - 1) == "with")
        {
            i += 1;
            continue;
        }
        let nested = side == Side::Left && {
            let mut p = ss;
            while p > s0 && a.lower(p - 1) == "that" {
                p -= 1;
            }
            p > s0 && lexicon::cue(a.lower(p - 1)).is_some() && !a.tokens[p - 1].quoted
        };
        // "said he believes": the reported speaker's own stance, not a new attribution.
        if nested && ss == se && lexicon::speaker_pronoun(a.lower(ss)) {
            i += 1;
            continue;
        }
        // The mark that closes a few quoted words ending the phrase: `star of “Scandal,”`.
        let se = if se + 1 < cue.0 && a.tokens[se].is_punct(',') && left::is_quote_mark(a, se + 1) {
            se + 1
        } else {
            se
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

/// The end of speaker phrase `(ss, se)` without a relative clause that says the source
/// spoke anonymously ("a senior adviser who requested anonymity", "X, who spoke on the
/// condition of anonymity,"): a note on how the source was quoted, not who it is
/// (PolNeAR-train leaves it out of the source 14 times in 19).
fn without_anonymity_note(a: &Article, (ss, se): (usize, usize)) -> usize {
    let note = (ss + 1..=se).find(|&m| {
        a.lower(m) == "who" && (m..clause_end(a, m, se + 1)).any(|k| a.lower(k) == "anonymity")
    });
    match note {
        Some(who) if a.tokens[who - 1].is_punct(',') => who - 2,
        Some(who) => who - 1,
        None => se,
    }
}

/// A headline in title case ("Hillary Clinton Says No To Fox News").
fn title_case(a: &Article, s0: usize, s1: usize) -> bool {
    let words: Vec<usize> = (s0..s1)
        .filter(|&k| a.tokens[k].kind == Kind::Word && a.lower(k).len() > 3)
        .collect();
    words.len() >= 3 && words.iter().filter(|&&k| a.is_cap(k)).count() * 10 >= words.len() * 9
}

/// The comma closing a poll phrase after "In" at `i` that frames its sentence: "In a New
/// York Times/CBS News survey released last Thursday, 79 percent …", "In the CBS poll, …".
/// The phrase is an article, modifiers and a poll's noun as its head, then nothing but who
/// took it, of whom, or when ("released Monday", "by Gallup", "of 1,000 voters"): "In a
/// statement", "In his study", "In a poll tax case", "In the poll's aftermath" and "In a
/// survey of the damage" frame nothing.
fn poll_frame(a: &Article, i: usize, s1: usize) -> Option<usize> {
    let poll_noun = |w: &str| {
        matches!(
            w,
            "poll" | "polls" | "survey" | "surveys" | "study" | "analysis" | "tally" | "census"
        )
    };
    if i + 2 >= s1 || !matches!(a.lower(i + 1), "a" | "an" | "the") {
        return None;
    }
    let comma = (i + 2..s1.min(i + 16)).find(|&m| {
        let t = &a.tokens[m];
        t.kind != Kind::Word && t.kind != Kind::Number && !t.is_punct('/') && !t.is_punct('-')
            || t.quoted
    })?;
    if !a.tokens[comma].is_punct(',') || comma + 1 >= s1 {
        return None;
    }
    let head = (i + 2..comma).find(|&m| poll_noun(a.lower(m)))?;
    // What may follow the head: a participle and its phrase, "by"/"for"/"from" and who, "of"
    // and whom it asked, or a time.
    let after = head + 1;
    let ok = after == comma || {
        let w = a.lower(after);
        !a.is_cap(after) && (w.ends_with("ed") || matches!(w, "taken" | "done"))
            || matches!(w, "by" | "for" | "from" | "this" | "last")
            || is_time_word(w)
            || w == "of"
                && (after + 1..comma)
                    .any(|m| lexicon::role_noun(a.lower(m)) || a.tokens[m].kind == Kind::Number)
    };
    ok.then_some(comma)
}

pub(super) fn extract(a: &Article, people: &[Person]) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    // Computed at the first he/she, once per article.
    let mut genders: Option<Vec<Option<gender::Gender>>> = None;
    // The line after a colon speaker is that speaker's own words, like a quotation: its
    // cues ("FALLIN: Well, I think …") are no attributions of their own.
    let mut colon_line_end = 0;
    for (s, range) in a.sentences.iter().enumerate() {
        let mut found = Vec::new();
        find(a, range.start, range.end, &mut found);
        for f in found {
            let colon = a.tokens[f.cue.0].is_punct(':');
            if f.cue.0 < colon_line_end && !colon {
                continue;
            }
            let speaker = a.span(f.speaker.0, f.speaker.1);
            let cue = a.span(f.cue.0, f.cue.1);
            let negated = negated(a.text, cue.start);
            let content = content(a, &f, range.start, range.end).map(|(x, y)| a.span(x, y));
            let pronoun =
                f.speaker.0 == f.speaker.1 && lexicon::speaker_pronoun(a.lower(f.speaker.0));
            let mut person = if pronoun {
                None
            } else {
                person_in(a, people, speaker.start, speaker.end)
            };
            // A colon credits only a person named before it, or named in the article, or a
            // poll (see `colon_speaker`).
            if person.is_none()
                && colon
                && !named_in_full(a, f.speaker)
                && !colon_evidence(a, f.speaker.0, f.cue.0)
                && !interview_label(a, f.speaker.0, f.cue.0)
            {
                continue;
            }
            // An interview's answer holds attributions of its own ("A: I think …"), which
            // PolNeAR's annotators mark as well.
            if colon && !interview_label(a, f.speaker.0, f.cue.0) {
                colon_line_end = (f.cue.0 + 1..a.tokens.len())
                    .find(|&k| a.tokens[k].breaks > 0)
                    .unwrap_or(a.tokens.len());
            }
            let collective = if pronoun || person.is_some() {
                None
            } else {
                collective_of(&speaker.text)
            };
            if pronoun && matches!(a.lower(f.speaker.0), "he" | "she" | "who") {
                let wanted = gender::of_pronoun(a.lower(f.speaker.0));
                let genders = genders.get_or_insert_with(|| gender::of_people(a.text, people));
                // Not a person named inside a quotation: `"…Mr Blair…," he said` is not Blair.
                // Nor a one-word name the article never gives a first name, a title or a
                // gender that is a country, an acronym or a number: places and bodies pass
                // for people ("Brazil today suggested …. He said" is the Central Bank's
                // spokesman, not Brazil; "Nine" opening a sentence).
                let fits = |p: usize| {
                    let bare = genders[p].is_none()
                        && title_of(people, p).is_none()
                        && full_name(people, p) == people[p].surname;
                    let no_one = || {
                        let name = &people[p].name.text;
                        let lower = name.to_lowercase();
                        lexicon::country_word(&lower)
                            || lexicon::number_word(&lower).is_some()
                            || name.chars().count() > 1 && name.chars().all(char::is_uppercase)
                    };
                    !(bare && no_one())
                        && gender::agrees(wanted, genders[p])
                        && !quoted_at(a, people[p].name.start)
                };
                person = if a.lower(f.speaker.0) == "who" {
                    relative_antecedent(a, people, f.speaker.0)
                } else {
                    let continues = continues_speaker(a, &f);
                    resolve_pronoun(a, &out, people, speaker.start, s, fits, continues)
                };
            }
            let title = person.and_then(|p| title_of(people, p));
            // A country or a state that speaks alone is who it is ("Brazil said",
            // "Louisiana announced"), as a collective is.
            let place = || {
                let text = speaker.text.trim_end_matches(',').trim();
                (!text.contains(char::is_whitespace) && lexicon::country_word(&text.to_lowercase()))
                    .then(|| text.to_string())
            };
            let who = person
                .map(|p| full_name(people, p))
                .or_else(|| collective.map(str::to_string))
                .or_else(place);
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
                negated,
            });
        }
    }
    out
}

/// Is the cue starting at byte `cue` negated by one of the two words before it ("isn't
/// saying much", "has not said", "never said")? What a speaker did not say is no claim
/// to credit to anyone (found by a new user on PolNeAR).
fn negated(text: &str, cue: usize) -> bool {
    let before = text.get(..cue).unwrap_or("");
    before.split_whitespace().rev().take(2).any(|w| {
        let w = w.to_lowercase();
        matches!(w.as_str(), "not" | "never" | "no") || lexicon::negated_auxiliary(&w)
    })
}
