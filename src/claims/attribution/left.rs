//! Reading a speaker phrase leftwards from its cue: what stands between a subject and its
//! cue (`skip_left`), the core noun phrase of names, titles and role nouns (`left_core`), and
//! the phrase with its descriptors and appositions (`left_np`).

use super::*;

/// A quotation mark read as plain punctuation (a scare quote's).
pub(super) fn is_quote_mark(a: &Article, j: usize) -> bool {
    a.tokens[j].kind == Kind::Punct && matches!(a.str(j), "\"" | "“" | "”" | "''")
}

/// Where a stretch of recent time ends at `j`: "in the past", "in recent weeks", "over
/// the past few days", "in the last two years".
fn recent_past(a: &Article, j: usize, s0: usize) -> Option<usize> {
    let w = a.lower(j);
    let mut m = j;
    if matches!(w, "days" | "weeks" | "months" | "years" | "decades") {
        if m > s0 && (is_number(a, m - 1) || matches!(a.lower(m - 1), "few" | "several")) {
            m -= 1;
        }
        if m > s0 && matches!(a.lower(m - 1), "past" | "last" | "recent") {
            m -= 1;
        } else {
            return None;
        }
    } else if w != "past" {
        return None;
    }
    if m > s0 && a.lower(m - 1) == "the" {
        m -= 1;
    } else if a.lower(m) != "recent" {
        return None;
    }
    (m > s0 && matches!(a.lower(m - 1), "in" | "over" | "during")).then(|| m - 1)
}

/// Where a span of time counted back ends at `j`: "(less than) two weeks ago", "a few
/// days ago", "years ago".
fn ago_phrase(a: &Article, j: usize, s0: usize) -> Option<usize> {
    if a.lower(j) != "ago" || j < s0 + 2 {
        return None;
    }
    let unit = a.lower(j - 1);
    let unit = unit.strip_suffix('s').unwrap_or(unit);
    if !matches!(
        unit,
        "minute" | "hour" | "day" | "week" | "month" | "year" | "decade"
    ) {
        return None;
    }
    let mut start = j - 1;
    if is_number(a, start - 1) || matches!(a.lower(start - 1), "a" | "few" | "several" | "many") {
        start -= 1;
        if start > s0 && a.lower(start) == "few" && a.lower(start - 1) == "a" {
            start -= 1;
        }
        if start >= s0 + 2
            && a.lower(start - 1) == "than"
            && matches!(a.lower(start - 2), "less" | "more" | "fewer")
        {
            start -= 2;
        } else if start > s0
            && matches!(
                a.lower(start - 1),
                "about" | "nearly" | "almost" | "some" | "just" | "only" | "roughly"
            )
        {
            start -= 1;
        }
    }
    Some(start)
}

/// Skip auxiliaries, adverbs and time phrases leftwards from `j` (inclusive); returns the
/// first token that is none of those, or `None` at the sentence start.
pub(super) fn skip_left(a: &Article, mut j: usize, s0: usize) -> Option<usize> {
    // A title-case headline capitalizes its auxiliaries and adverbs too: "Rick Perry Just
    // Announced …", "Trump May Not Have Suggested …".
    let headline = {
        let end = a.sentences[a.sentence_of[j]].end;
        title_case(a, s0, end)
    };
    // A capitalized month or "Day" after a name, or "Day" opening the sentence, is a surname
    // ("Theresa May said", "Day said"), not a time ("November saw a rise").
    let surname = |j: usize| {
        let w = a.lower(j);
        a.is_cap(j)
            && !lexicon::weekday(w)
            && (j == s0 && w == "day" || j > s0 && a.is_name_word(j - 1))
    };
    loop {
        let w = a.lower(j);
        let t = &a.tokens[j];
        // A wire's stray capital ("The U.S. Has threatened") makes no auxiliary a name.
        let never_a_name = matches!(
            w,
            "has" | "have" | "had" | "would" | "could" | "should" | "is" | "was" | "were" | "are"
        );
        let skip = t.kind == Kind::Word
            && (!a.is_cap(j) || headline || never_a_name)
            && (lexicon::aux_or_adverb(w)
                || lexicon::negated_auxiliary(w)
                || lexicon::ly_adverb(w) && !lexicon::role_noun(w))
            || is_time_word(w) && !(j > s0 && a.tokens[j - 1].is_punct(',')) && !surname(j)
            || w == "since" && j > s0 && matches!(a.lower(j - 1), "has" | "have" | "had")
            || w == "here"
                && j > s0
                && a.tokens[j - 1].kind == Kind::Word
                && !lexicon::speaker_pronoun(a.lower(j - 1))
                // not the place of a relative clause: "The people who live here said"
                && !(j.saturating_sub(5).max(s0)..j).any(|m| is_relative_pronoun(a.lower(m)))
            || matches!(
                w,
                "on" | "last" | "this" | "next" | "early" | "late" | "the"
            ) && j + 1 < a.tokens.len()
                && is_time_word(a.lower(j + 1))
            || t.kind == Kind::Number && j + 1 < a.tokens.len() && is_time_word(a.lower(j + 1))
            || t.kind == Kind::Word && a.is_cap(j) && lexicon::weekday(w)
            // "he's said he'll fight": the contraction of "has" after a pronoun, not a
            // possessive; but "is" in a passive ("He's said to be furious", "It's reported
            // that"), whose subject is no speaker.
            || t.kind == Kind::Possessive
                && j > s0
                && matches!(a.lower(j - 1), "he" | "she" | "who")
                && a.tokens.get(j + 2).is_none_or(|n| n.lower != "to");
        if !skip {
            // The mark after the comma of a few quoted words closing an apposition: "star
            // of “Scandal,” said" (see `Article`'s scare quotes).
            if j > s0 && is_quote_mark(a, j) && a.tokens[j - 1].is_punct(',') {
                j -= 1;
                continue;
            }
            // "The State Department less than two weeks ago said", "Gore's allies have in
            // the past said".
            if let Some(start) = ago_phrase(a, j, s0).or_else(|| recent_past(a, j, s0)) {
                if start == s0 {
                    return None;
                }
                j = start - 1;
                continue;
            }
            // ", however," between subject and cue.
            if t.is_punct(',') && j >= s0 + 3 && a.tokens[j - 2].is_punct(',') && {
                let m = a.lower(j - 1);
                lexicon::aux_or_adverb(m)
                    || lexicon::ly_adverb(m)
                    || matches!(m, "however" | "though" | "too" | "meanwhile" | "instead")
            } {
                j -= 3;
                continue;
            }
            // ", for example," between subject and cue.
            if closes_two_word_aside(a, j, s0) {
                j -= 4;
                continue;
            }
            // A short prepositional phrase after the subject: "Jeb Bush in a Medium post said".
            if let Some(p) = (j.saturating_sub(5).max(s0 + 1)..j).rev().find(|&p| {
                matches!(
                    a.lower(p),
                    "in" | "on" | "at" | "during" | "via" | "through" | "from"
                )
            }) {
                // Not across a second verb phrase: "Reid caucused in Nevada on Saturday
                // and says", whose subject opens the sentence (see `sentence_subject`).
                let inside_ok = (p + 1..=j).all(|m| {
                    a.tokens[m].kind == Kind::Word
                        && !a.tokens[m].quoted
                        && (lexicon::cue(a.lower(m)).is_none()
                            || m > p + 1 && lexicon::noun_like_cue(a.lower(m)))
                        && !matches!(a.lower(m), "and" | "but" | "or")
                }) && !is_function_word(a.lower(j)); // "told the AP on Wednesday after [hinting]"
                let before = p - 1;
                let head = a.is_cap(before) && !lexicon::common_capitalized(a.lower(before))
                    || lexicon::speaker_pronoun(a.lower(before));
                // A phrase that says which officials is part of the speaker; one that
                // names the occasion is not, after a role noun too ("The spokesman in an
                // interview said").
                let occasion = lexicon::role_noun(a.lower(before)) && occasion_noun(a.lower(j));
                if inside_ok && (head || occasion) && !place_of_role(a, p, j, s0) {
                    j = before;
                    continue;
                }
            }
            return Some(j);
        }
        if j == s0 {
            return None;
        }
        j -= 1;
    }
}

/// A noun naming where words were said ("in an interview", "at a briefing"): a phrase it
/// heads tells when a speaker spoke, not which speaker it is.
pub(super) fn occasion_noun(w: &str) -> bool {
    matches!(
        w,
        "interview"
            | "statement"
            | "speech"
            | "briefing"
            | "conference"
            | "hearing"
            | "debate"
            | "rally"
            | "post"
            | "letter"
            | "tweet"
            | "call"
            | "podcast"
            | "broadcast"
            | "appearance"
            | "remarks"
    )
}

/// Is the preposition at `prep` the start of a place phrase that says which people the
/// role noun before it names ("Officials at the agency", "police in Charlotte", "a
/// lawmaker in the Philippines"), rather than when they spoke (a phrase headed at `head` by
/// an occasion: "the spokesman in an interview")?
pub(super) fn place_of_role(a: &Article, prep: usize, head: usize, s0: usize) -> bool {
    prep > s0
        && matches!(a.lower(prep), "in" | "at" | "from" | "with")
        && (!a.is_cap(prep - 1) || prep - 1 == s0)
        && lexicon::role_noun(a.lower(prep - 1))
        && !occasion_noun(a.lower(head))
}

/// Does the comma at `j` close a discourse aside of two words set off by commas (", for
/// example,", ", in fact,")?
pub(super) fn closes_two_word_aside(a: &Article, j: usize, s0: usize) -> bool {
    // (A word before the aside too: the skip goes past it.)
    j >= s0 + 4
        && a.tokens[j].is_punct(',')
        && a.tokens[j - 3].is_punct(',')
        && matches!(
            (a.lower(j - 2), a.lower(j - 1)),
            ("for", "example" | "instance")
                | ("of", "course")
                | ("in", "fact" | "turn" | "particular")
        )
}

/// A capitalized word that can be part of a speaker's name or title.
pub(super) fn cap_np_word(a: &Article, i: usize, s0: usize) -> bool {
    if !a.is_cap(i) {
        return false;
    }
    let w = a.lower(i);
    if lexicon::cue(w).is_some() && !lexicon::title_word(w) && !a.is_name_word(i) {
        return false;
    }
    if i == s0 || a.tokens[i - 1].kind == Kind::OpenQuote {
        return a.is_name_word(i)
            || lexicon::title_word(w)
            || lexicon::nationality(w).is_some()
            || lexicon::collective(w).is_some();
    }
    // "… invade Ukraine But Kiev says": a capitalized conjunction joins two clauses of a
    // headline, it names no one.
    !lexicon::speaker_pronoun(w)
        && !lexicon::weekday(w)
        && !matches!(w, "but" | "and" | "or" | "yet" | "so" | "nor")
}

/// A sentence-initial capitalized modifier of a longer phrase ("Public health officials",
/// "Recent polling"), which is no name of its own.
pub(super) fn initial_modifier(a: &Article, p: usize, s0: usize) -> bool {
    let w = a.lower(p);
    p == s0
        && a.is_cap(p)
        && !is_function_word(w)
        && lexicon::cue(w).is_none()
        && !lexicon::common_capitalized(w)
        || p == s0
            && matches!(
                w,
                "nearly"
                    | "about"
                    | "almost"
                    | "roughly"
                    | "some"
                    | "over"
                    | "only"
                    | "just"
                    | "new"
                    | "former"
                    | "senior"
                    | "top"
            )
}

/// The core noun phrase ending at `j` (inclusive), scanning left.
pub(super) fn left_core(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    let t = &a.tokens[j];
    // "Joseph R. Biden Jr. said", "Tom Hart Jr., a broker, said": a name may end in the
    // period of its suffix.
    if t.is_punct('.')
        && j > s0
        && a.tokens[j - 1].end == t.start
        && lexicon::name_suffix(a.lower(j - 1))
    {
        let core = left_core(a, j - 1, s0)?;
        return Some((core.0, j));
    }
    if t.kind != Kind::Word || t.quoted {
        return None;
    }
    let w = a.lower(j);
    // A lower-case head that no list knows, opened by a determiner a few words before:
    // "the release said", "a maintenance guy", "voters in each state".
    // (A cue word that is also a noun is one right after its determiner: "the state said",
    // "the plan says".)
    let noun_cue = lexicon::noun_like_cue(w) && j > s0 && lexicon::determiner(a.lower(j - 1));
    let determined = !a.is_cap(j)
        && !is_function_word(w)
        && !past_form(w) // "both sides squandered", "each team scored"
        && (lexicon::cue(w).is_none() || noun_cue)
        && (j.saturating_sub(4).max(s0)..j)
            .rev()
            .find(|&m| {
                !(a.tokens[m].kind == Kind::Word && !is_function_word(a.lower(m))
                    || a.tokens[m].kind == Kind::Possessive
                    // "the 12-member panel"
                    || a.tokens[m].kind == Kind::Number && a.str(m).contains('-'))
            })
            .is_some_and(|m| {
                let d = a.lower(m);
                lexicon::article_or_possessive(d)
                    || matches!(
                        d,
                        "this"
                            | "that"
                            | "one"
                            | "another"
                            | "some"
                            | "many"
                            | "most"
                            | "several"
                            | "each"
                            | "every"
                            | "both"
                    )
            });
    let head_ok = cap_np_word(a, j, s0)
        || (!a.is_cap(j) || j == s0) && lexicon::role_noun(w)
        || !a.is_cap(j) && lexicon::person_plural(w)
        || j > s0 && a.lower(j - 1) == "of" && lexicon::title_word(w)
        || j > s0 && matches!(w, "them" | "us") && a.lower(j - 1) == "of"
        // a fraction of those asked: "about two-thirds said"
        || w.contains('-') && is_share(a, j)
        || determined;
    if !head_ok {
        return None;
    }
    let mut k = j;
    while k > s0 {
        let p = k - 1;
        let tp = &a.tokens[p];
        let wp = a.lower(p);
        if a.breaks_line(k) || tp.quoted {
            break;
        }
        if tp.kind == Kind::Possessive || plural_possessive(a, p, s0) {
            if p > s0 && (a.is_cap(p - 1) || lexicon::role_noun(a.lower(p - 1)))
                || determined_possessor(a, p, s0)
            {
                k = p - 1;
                continue;
            }
            break;
        }
        // "J.P. Morgan Chase & Co.", "Procter & Gamble": a firm's name joined by "&".
        if tp.is_punct('&') && p > s0 && a.is_cap(p - 1) && a.is_cap(k) {
            k = p - 1;
            continue;
        }
        // "a CNN/ORC poll", "the Reuters/Ipsos survey": joint names of pollsters.
        if tp.is_punct('/')
            && p > s0
            && a.is_cap(p - 1)
            && a.is_cap(k)
            && a.tokens[p - 1].end == tp.start
            && tp.end == a.tokens[k].start
        {
            k = p - 1;
            continue;
        }
        if tp.is_punct('.')
            && p > s0
            && (lexicon::abbreviation(a.lower(p - 1)) || is_initial(a, p - 1))
            && a.tokens[p - 1].end == tp.start
        {
            k = p - 1;
            continue;
        }
        // "42% of voters": the sign belongs to its number.
        if percent_sign(a, p) {
            k = p - 1;
            continue;
        }
        if tp.kind == Kind::Number {
            // A number inside a name: "A Number 10 spokeswoman", "Channel 4 News".
            if p > s0
                && a.tokens[p - 1].kind == Kind::Word
                && a.is_cap(p - 1)
                && !is_function_word(a.lower(p - 1)) // "On 10 March"
                && lexicon::month(a.lower(p - 1)).is_none()
                && lexicon::month(a.lower(k)).is_none()
                && (a.is_cap(k) || lexicon::role_noun(a.lower(k)))
                && !a.str(p).contains(',')
                && a.str(p).len() <= 2
            {
                k = p - 1;
                continue;
            }
            if number_modifier(a, p, j, s0) {
                k = p;
                continue;
            }
            match number_prefix(a, p, k, s0) {
                Some(start) => {
                    k = start;
                    continue;
                }
                None => break,
            }
        }
        if tp.kind != Kind::Word {
            break;
        }
        // "at least [half of voters]": the approximation is read by `with_approximator`.
        if wp == "least" && opens_with_share(a, k) {
            break;
        }
        // "Large majorities of …", "Young voters": a capitalized adjective opening the
        // sentence before a plural role noun or a share.
        if p == s0
            && a.is_cap(p)
            && !a.is_name_word(p)
            && !is_function_word(wp)
            && !is_time_word(wp)
            && !lexicon::ly_adverb(wp)
            && lexicon::cue(wp).is_none()
            && (opens_with_share(a, k) && !is_number(a, k)
                || lexicon::role_noun(a.lower(k)) && a.lower(k).ends_with('s'))
        {
            k = p;
            break;
        }
        if people::name_particle(a, p) && p > s0 {
            k = p;
            continue;
        }
        if lexicon::determiner(wp) && !(a.is_cap(p) && p != s0 && !matches!(wp, "the" | "a" | "an"))
        {
            // A determiner closes the phrase ("the spokesman", "many voters"), unless it
            // opens an `of` complement: "the director of the Federal Bureau".
            k = p;
            // "Officials at the agency": the place phrase of a role noun.
            if p > s0 && place_of_role(a, p - 1, j, s0) {
                k = p - 2;
                continue;
            }
            if p >= s0 + 2 && matches!(a.lower(p - 1), "of" | "for" | "to") {
                let before = p - 2;
                if a.is_cap(before)
                    || lexicon::role_noun(a.lower(before))
                    || lexicon::title_word(a.lower(before))
                    || a.lower(p - 1) == "of" && is_share(a, before)
                {
                    k = before;
                    continue;
                }
            }
            // "a few Republican lawmakers"
            if wp == "few" && p > s0 && a.lower(p - 1) == "a" {
                k = p - 1;
            }
            // "the three judges", "his two deputies": a number after its determiner.
            if lexicon::number_word(wp).is_some()
                && p > s0
                && matches!(
                    a.lower(p - 1),
                    "the" | "these" | "those" | "his" | "her" | "their" | "its" | "our" | "all"
                )
            {
                k = p - 1;
            }
            // "One in four voters": a share written in words opens the phrase, as it does
            // in digits (`number_prefix`).
            if lexicon::number_word(wp).is_some() && wp != "a" && wp != "an" {
                if let Some(q) = number_prefix(a, p, k, s0).filter(|&q| q < p) {
                    k = q;
                }
            }
            // "Trump and his lawyers", "she and another reporter"
            if let Some(c) = coordinated_before(a, k, s0) {
                k = c;
                if !lexicon::speaker_pronoun(a.lower(c)) {
                    continue;
                }
            }
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
        // An unknown lower-case modifier of a lower-case head: "Senate minority leader",
        // "San Diego chapter president"; an -ing one only right before an evidence noun
        // ("fundraising documents", "polling data").
        let ing_before_evidence =
            wp.ends_with("ing") && k == j && lexicon::evidence_noun(a.lower(k));
        if !a.is_cap(p)
            && !a.is_cap(k)
            && !is_function_word(wp)
            && !matches!(wp, "said" | "says" | "told" | "say")
            // nor a past tense: "The company sold [documents] showing"
            && !past_form(wp)
            && !is_time_word(wp) // "Last week investor Paul Bilzerian"
            && (!wp.ends_with("ing") || ing_before_evidence)
            && !wp.ends_with("ed")
        {
            k = p;
            continue;
        }
        // "Two in three (voters)", "nine in 10", "four out of 10 voters", "58 percent of
        // voters".
        let numeric = |m: usize| {
            a.tokens[m].kind == Kind::Number || lexicon::number_word(a.lower(m)).is_some()
        };
        let link = match wp {
            "in" => 1,
            "of" if p >= s0 + 2 && a.lower(p - 1) == "out" => 2,
            _ => 0,
        };
        if link > 0 && p >= s0 + link && numeric(k) && numeric(p - link) {
            k = p - link;
            continue;
        }
        if matches!(wp, "of" | "for" | "to") && p > s0 {
            let before = p - 1;
            let bw = a.lower(before);
            // "Ambassador to France", but not "Trump to speak".
            let noun = lexicon::role_noun(bw)
                || lexicon::title_word(bw) && !matches!(bw, "of" | "to" | "for" | "the" | "and");
            // "a number of economists", "a handful of senators": the share is the phrase's.
            if wp == "of" && is_share(a, before) {
                k = before;
                continue;
            }
            if noun || wp != "to" && a.is_cap(before) {
                k = p;
                continue;
            }
        }
        if matches!(wp, "and" | "nor" | "&") && p > s0 {
            let bw = a.lower(p - 1);
            let before_ok =
                cap_np_word(a, p - 1, s0) || lexicon::role_noun(bw) || lexicon::np_modifier(bw);
            let after_ok = a.is_cap(k)
                || matches!(
                    a.lower(k),
                    "the" | "his" | "her" | "their" | "its" | "former" | "current"
                )
                || lexicon::np_modifier(a.lower(k));
            if before_ok && after_ok {
                k = p;
                continue;
            }
        }
        if initial_modifier(a, p, s0) {
            k = p;
            continue;
        }
        // "Police in Charlotte", "Audit files from NGP VAN" (after a determiner, above).
        if place_of_role(a, p, j, s0) && a.is_cap(k) {
            k = p;
            continue;
        }
        // "three-quarters of the voters", "most of them".
        if wp == "of" && p > s0 && {
            let bw = a.lower(p - 1);
            lexicon::determiner(bw) || is_share(a, p - 1) || percent_sign(a, p - 1)
        } {
            k = p;
            continue;
        }
        // "the presumptive GOP nominee": an unknown adjective right after a determiner.
        if !a.is_cap(p)
            && p > s0
            && !is_function_word(wp)
            && !ACTS.contains(&wp)
            && lexicon::cue(wp).is_none()
            && (matches!(a.lower(p - 1), "the" | "a" | "an" | "his" | "her" | "their")
                // "both lobbying firms", "many conservative groups"
                || k == j
                    && lexicon::determiner(a.lower(p - 1))
                    && !a.is_cap(k)
                    && !past_form(wp)
                    && !is_time_word(wp))
        // "this week traders"
        {
            k = p;
            continue;
        }
        break;
    }
    // "all the attendees", "both his parents": a predeterminer before the determiner.
    if k > s0
        && matches!(
            a.lower(k),
            "the" | "his" | "her" | "their" | "its" | "our" | "these" | "those"
        )
        && matches!(a.lower(k - 1), "all" | "both" | "half")
        && !a.is_cap(j)
    {
        k -= 1;
    }
    // "both the union and the party": "both" opens a coordination.
    if k > s0 && a.lower(k - 1) == "both" && (k..j).any(|m| a.lower(m) == "and") {
        k -= 1;
    }
    // A sentence-initial conjunction is no part of the phrase: "And both said".
    if k == s0 && k < j && matches!(a.lower(k), "and" | "but" | "or" | "so" | "yet" | "plus") {
        k += 1;
    }
    // Nor is a subordinating conjunction opening the clause: "though 32 percent said".
    if k < j
        && matches!(
            a.lower(k),
            "after"
                | "as"
                | "before"
                | "though"
                | "although"
                | "because"
                | "since"
                | "when"
                | "while"
                | "until"
                | "unless"
                | "once"
                | "whereas"
        )
    {
        k += 1;
    }
    Some((k, j))
}

/// A speaker coordinated before the determiner phrase starting at `k`: given "Trump and
/// [his lawyers]" or "she and [another reporter]", the index of "Trump" or "she" (a name,
/// role noun or subject pronoun right before "and").
pub(super) fn coordinated_before(a: &Article, k: usize, s0: usize) -> Option<usize> {
    if k < s0 + 2 || a.lower(k - 1) != "and" {
        return None;
    }
    let c = k - 2;
    let w = a.lower(c);
    let t = &a.tokens[c];
    let ok = t.kind == Kind::Word
        && !t.quoted
        && (a.is_cap(c)
            && !lexicon::common_capitalized(w)
            && lexicon::cue(w).is_none()
            && lexicon::month(w).is_none()
            && !lexicon::weekday(w)
            || !a.is_cap(c) && lexicon::role_noun(w)
            || matches!(w, "he" | "she" | "they" | "we" | "i"));
    ok.then_some(c)
}

/// A bare apostrophe closing a plural possessor: "Sanders’ aides", "the Democrats' plan"
/// (the apostrophe right after a word ending in s, a space after it).
pub(super) fn plural_possessive(a: &Article, p: usize, s0: usize) -> bool {
    let t = &a.tokens[p];
    p > s0
        && t.kind == Kind::Punct
        && matches!(t.lower.as_str(), "'" | "’")
        && a.tokens[p - 1].kind == Kind::Word
        && a.tokens[p - 1].end == t.start
        && a.lower(p - 1).ends_with('s')
        && a.tokens.get(p + 1).is_some_and(|n| n.start > t.end)
}

/// A lower-case possessor opened by "the": "the state's governor", "The nation's largest
/// gun group" (`p` is the possessive mark).
pub(super) fn determined_possessor(a: &Article, p: usize, s0: usize) -> bool {
    // Up to three modifiers between: "The Caribbean island's", "The US stock market
    // watchdog's".
    let modifier = |m: usize| {
        a.tokens[m].kind == Kind::Word && (a.is_cap(m) || !is_function_word(a.lower(m)))
        // "US", not "us"
    };
    p >= s0 + 2
        && modifier(p - 1)
        && (p.saturating_sub(5).max(s0)..p - 1)
            .rev()
            .take_while(|&m| a.lower(m) == "the" || modifier(m))
            .any(|m| a.lower(m) == "the")
}

/// Where a phrase extends left over the number at `p` before its start `k`: "52 [percent
/// of voters]", "34,000 [people]", "Six in 10 [voters]" (None when the number belongs to
/// no quantity of speakers: "in 2014 Trump said").
pub(super) fn number_prefix(a: &Article, p: usize, k: usize, s0: usize) -> Option<usize> {
    let head = a.lower(k);
    let counted = matches!(head, "percent" | "%")
        || !a.is_cap(k) && lexicon::role_noun(head) && (head.ends_with('s') || head == "people");
    // "Six in 10", "4 in 10": the first number opens the phrase.
    if p >= s0 + 2 && a.lower(p - 1) == "in" {
        let q = p - 2;
        if a.tokens[q].kind == Kind::Number || lexicon::number_word(a.lower(q)).is_some() {
            return Some(q);
        }
    }
    counted.then_some(p)
}

/// A number inside a noun phrase ending at `j`, modifying it rather than counting a share
/// of it: a compound or an ordinal ("the [50-state] poll", "[43-year-old] Jared Potts",
/// "[2nd] website"), a year after a determiner ("some [2016] presidential candidates", "a
/// [2014] House report"; not "in 2014 Trump said"), or a count of people ("nearly [140]
/// House members", "[14] national organizations").
pub(super) fn number_modifier(a: &Article, p: usize, j: usize, s0: usize) -> bool {
    let text = a.str(p);
    let compound = text.contains('-') && text.chars().last().is_some_and(char::is_alphabetic);
    if compound || is_ordinal(a, p) {
        return true;
    }
    if !text.chars().all(|c| c.is_ascii_digit() || c == ',') {
        return false;
    }
    let year = text.len() == 4 && matches!(text.parse::<u32>(), Ok(1800..=2100));
    if year {
        return p > s0 && {
            let d = a.lower(p - 1);
            lexicon::article_or_possessive(d)
                || matches!(
                    d,
                    "this" | "that" | "some" | "many" | "several" | "those" | "these"
                )
        };
    }
    let head = a.lower(j);
    !a.is_cap(j) && lexicon::role_noun(head) && (head.ends_with('s') || head == "people")
}

/// An ordinal written in digits ("2nd", "6th").
pub(super) fn is_ordinal(a: &Article, p: usize) -> bool {
    let text = a.str(p);
    let digits = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &text[digits.len()..];
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(
            suffix.to_ascii_lowercase().as_str(),
            "st" | "nd" | "rd" | "th"
        )
}

/// A `%` written right after its number ("42%").
pub(super) fn percent_sign(a: &Article, p: usize) -> bool {
    p > 0
        && a.tokens[p].is_punct('%')
        && a.tokens[p - 1].kind == Kind::Number
        && a.tokens[p - 1].end == a.tokens[p].start
}

/// A number written in digits or words ("10", "three").
pub(super) fn is_number(a: &Article, i: usize) -> bool {
    a.tokens[i].kind == Kind::Number
        || a.tokens[i].kind == Kind::Word
            && !matches!(a.lower(i), "a" | "an")
            && lexicon::number_word(a.lower(i)).is_some()
}

/// The start of a speaker phrase with the approximation before its share: "[only] 49
/// percent of Republicans", "[nearly] two-thirds of primary voters", "[more than] half of
/// white women", "[as many as] 40 percent" (the share alone: see `share_subject`).
pub(super) fn with_approximator(a: &Article, k: usize, s0: usize) -> usize {
    if !opens_with_share(a, k) {
        return k;
    }
    let before = |n: usize| (k >= s0 + n).then(|| a.lower(k - n));
    match (before(3), before(2), before(1)) {
        (Some("as"), Some("many" | "much"), Some("as")) => k - 3,
        // "just over a quarter", "just under half"
        (_, Some("just"), Some("over" | "under" | "shy")) => k - 2,
        (_, Some("more" | "fewer" | "less"), Some("than")) | (_, Some("at"), Some("least")) => {
            k - 2
        }
        (
            _,
            _,
            Some(
                "about" | "nearly" | "almost" | "roughly" | "only" | "just" | "around"
                | "approximately" | "over" | "under",
            ),
        ) => k - 1,
        _ => k,
    }
}

/// The speaker phrase ending at `j`: a pronoun, `NP, apposition,`, `NP (party-state)`, or a
/// core noun phrase.
pub(super) fn left_np(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    let t = &a.tokens[j];
    let w = a.lower(j);
    if t.kind == Kind::Word && is_pronoun(w) && !t.quoted {
        if w == "which" && !(j > s0 && a.tokens[j - 1].is_punct(',')) {
            return None;
        }
        return Some((j, j));
    }
    if t.is_punct(',') && j > s0 {
        if let Some(whole) = relative_across_commas(a, j, s0) {
            return Some(whole);
        }
        // "Clinton, during a town hall meeting in Columbus, Ohio, said": a parenthetical
        // that opens with a preposition or participle belongs to the name before it.
        let mut c = j;
        for _ in 0..3 {
            let Some(prev_comma) = (s0 + 1..c)
                .rev()
                .find(|&m| a.tokens[m].is_punct(',') || a.tokens[m].is_quote())
            else {
                break;
            };
            if !a.tokens[prev_comma].is_punct(',') {
                break;
            }
            let opener = a.lower(prev_comma + 1);
            let parenthetical = matches!(
                opener,
                "during"
                    | "in"
                    | "at"
                    | "on"
                    | "after"
                    | "before"
                    | "while"
                    | "when"
                    | "if"
                    | "contacted"
                    | "speaking"
                    | "writing"
                    | "asked"
                    | "interviewed"
                    | "reached"
                    | "like"
                    | "unlike"
                    | "meanwhile"
                    | "however"
                    | "too"
                    | "for"
                    | "with"
                    | "who"
                    | "whose"
            ) || !a.is_cap(prev_comma + 1)
                && participle_form(opener)
                && !lexicon::role_noun(opener);
            if parenthetical && prev_comma > s0 {
                if let Some(core) = left_core(a, prev_comma - 1, s0) {
                    // A name, or a role ("Powell's office, when contacted by Reuters,
                    // said"). A role, and any phrase before a "when", "if" or
                    // "contacted" aside, only when it opens the sentence: in "Regulators
                    // fined the bank, when the audit ended, said Mary Okafor" the bank is
                    // the object of another clause.
                    let newer = matches!(opener, "when" | "if" | "contacted");
                    let opens = core.0 == s0;
                    let head = a.is_cap(core.1) && (!newer || opens)
                        || lexicon::role_noun(a.lower(core.1)) && opens;
                    if head && opener != "who" && opener != "whose" {
                        return Some(core);
                    }
                }
            }
            c = prev_comma;
        }
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
        if fw.ends_with("ing") && !a.is_cap(first) && k > s0 {
            return left_core(a, k - 1, s0);
        }
        let appositive = matches!(fw, "a" | "an" | "the" | "who" | "which" | "whose" | "one")
            || lexicon::determiner(fw)
            || a.tokens[first].kind == Kind::Number
            || lexicon::title_word(fw)
            || lexicon::role_noun(fw)
            || lexicon::np_modifier(fw)
            || lexicon::nationality(fw).is_some()
            || a.is_cap(first);
        if !appositive {
            return None;
        }
        // An age between commas: "Marley Anderson, 21, a junior from Las Vegas, said".
        let mut core_end = k - 1;
        while core_end >= s0 + 2
            && a.tokens[core_end].kind == Kind::Number
            && a.tokens[core_end - 1].is_punct(',')
        {
            core_end -= 2;
        }
        let mut core = if a.tokens[core_end].is_punct(')') {
            left_np(a, core_end, s0)?
        } else {
            left_core(a, core_end, s0)?
        };
        // More apposition before: "Dewayne Smithy, 33, of Baldwin, Miss.," — while the
        // segment found is an age, an `of` phrase or a state abbreviation, look further left.
        for _ in 0..3 {
            let seg = core.0;
            // A segment that is itself an apposition ("an aide to Blinken", "33", "of
            // Baldwin") belongs to a name further left — unless that "name" follows a
            // preposition ("In Washington, the spokesman said").
            let lower_start = !a.is_cap(seg) && !lexicon::speaker_pronoun(a.lower(seg));
            let extends = a.tokens[seg].kind == Kind::Number
                || matches!(a.lower(seg), "of" | "from")
                || core.1 == core.0 + 1 && a.tokens[core.1].is_punct('.')
                || lower_start;
            if !extends || seg < s0 + 2 || !a.tokens[seg - 1].is_punct(',') {
                break;
            }
            match left_core(a, seg - 2, s0) {
                Some(c)
                    if !(c.0 > s0
                        && matches!(
                            a.lower(c.0 - 1),
                            "in" | "on"
                                | "at"
                                | "after"
                                | "before"
                                | "from"
                                | "during"
                                | "for"
                                | "with"
                                | "to"
                                | "of"
                                | "by"
                        )) =>
                {
                    core = c
                }
                _ => break,
            }
        }
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
    if let Some(share) = share_subject(a, j, s0) {
        return Some(share);
    }
    // "people familiar with the talks", "a source close to the mayor": the idiom and its
    // complement (a few words, whatever they are: "the talks", "her thinking") belong to
    // the speaker in front of it.
    // (Up to six words: "familiar with [the planning for Thursday's meeting]"; no verb
    // among the farther ones.)
    for start in (j.saturating_sub(6).max(s0)..=j).rev() {
        // (No verb among them: "Sources close to Forlani said Craxi told" is two clauses.)
        let plain = |m: usize| {
            let t = &a.tokens[m];
            let w = a.lower(m);
            (t.kind == Kind::Word || t.kind == Kind::Possessive)
                && !t.quoted
                && !past_form(w)
                && !matches!(w, "said" | "says" | "say" | "tells")
                && (m + 3 >= j || lexicon::cue(w).is_none() || w.ends_with("ing"))
        };
        if !(start..=j).all(plain) {
            break;
        }
        if let Some(head) = idiom_before(a, start, s0).and_then(|h| left_core(a, h, s0)) {
            return Some((head.0, j));
        }
    }
    let core = left_core(a, j, s0)?;
    if let Some(whole) = unclosed_apposition(a, core, s0) {
        return Some(whole);
    }
    Some((descriptors_before_name(a, core.0, s0), core.1))
}

/// A name opening the sentence and a relative clause that holds commas of its own, up to
/// the comma `j` before the cue: "Sandy Phillips, who lost her daughter during the shooting
/// in Aurora, Colorado, in July 2012, said". The clause holds no cue, quotation or
/// pronoun that could speak, and at most 40 words. Not a "whose" clause, whose commas
/// set off another person ("Harbor Marketing, whose chief executive officer, Ana Ruiz,
/// once ran a retailer, said").
fn relative_across_commas(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    let who = (s0 + 2..j).find(|&m| a.lower(m) == "who" && a.tokens[m - 1].is_punct(','))?;
    let commas = (who..j).filter(|&m| a.tokens[m].is_punct(',')).count();
    if commas < 1 || j - who > 40 {
        return None;
    }
    let plain = (who + 1..j).all(|m| {
        let t = &a.tokens[m];
        let w = a.lower(m);
        !t.is_quote() && !t.quoted && lexicon::cue(w).is_none() && !lexicon::speaker_pronoun(w)
    });
    let core = left_core(a, who - 2, s0)?;
    let opens =
        core.0 == s0 || core.0 == s0 + 1 && matches!(a.lower(s0), "but" | "and" | "yet" | "so");
    let person = a.is_name_word(core.1) || !a.is_cap(core.1) && lexicon::role_noun(a.lower(core.1));
    (plain && opens && person).then_some((core.0, j))
}

/// A name and an apposition the writer did not close with a comma: `"…," John Houlihan,
/// editor of Computerandvideogames.com told BBC News`. A singular role noun without a
/// determiner cannot open a subject; after a comma and a name it describes the name.
fn unclosed_apposition(a: &Article, core: (usize, usize), s0: usize) -> Option<(usize, usize)> {
    let first = core.0;
    let w = a.lower(first);
    // ("editor of", "spokesman for": not "Sure, official data suggest")
    let bare_role = !a.is_cap(first)
        && (lexicon::title_word(w) || lexicon::role_noun(w))
        && !w.ends_with('s')
        && !lexicon::determiner(w)
        && !is_function_word(w)
        && first < core.1
        && matches!(a.lower(first + 1), "of" | "for" | "at" | "to")
        && a.tokens[core.1].kind == Kind::Word
        // right before its verb (not before a parenthesis or a comma of its own)
        && a.tokens.get(core.1 + 1).is_some_and(|t| t.kind == Kind::Word);
    if !bare_role || first < s0 + 2 || !a.tokens[first - 1].is_punct(',') {
        return None;
    }
    let name = left_core(a, first - 2, s0)?;
    let opens = name.0 == s0 || {
        let before = &a.tokens[name.0 - 1];
        before.kind == Kind::CloseQuote
            || before.is_punct(',')
                && name.0 >= s0 + 2
                && a.tokens[name.0 - 2].kind == Kind::CloseQuote
    };
    (opens
        && a.is_name_word(name.1)
        && (name.0..=name.1).all(|m| a.is_cap(m) || a.tokens[m].is_punct('.')))
    .then_some((name.0, core.1))
}

/// Nouns of acts and things, which describe no person: before a name they are the object
/// of a relative clause ("a move President Zelensky sought").
const ACTS: &[&str] = &[
    "move",
    "step",
    "decision",
    "deal",
    "plan",
    "attack",
    "visit",
    "call",
    "effort",
    "bid",
    "measure",
    "policy",
    "proposal",
    "law",
    "bill",
    "idea",
    "request",
    "demand",
    "position",
    "promise",
    "threat",
    "offer",
    "claim",
    "charge",
    "accusation",
    "remark",
    "comment",
    "comments",
    "remarks",
    "speech",
    "message",
    "warning",
    "question",
    "answer",
    "response",
    "argument",
    "view",
    "stance",
    "approach",
    "strategy",
    "agreement",
    "order",
    "ban",
    "tax",
    // the head of a relative clause: "the reason President Obama gave", "one of the jobs
    // Perez wanted", "the things Trump said"
    "reason",
    "reasons",
    "way",
    "ways",
    "thing",
    "things",
    "place",
    "places",
    "job",
    "jobs",
];

/// Where a name starting at `k` begins with the common nouns and adjectives describing it
/// ("Media titan [Rupert Murdoch]", "GOP rival [Ted Cruz]", "the biblical prophet
/// [Daniel]"): only when the run of descriptors, or a determiner before it, opens the
/// sentence or a clause ("In the interview Trump said" keeps the name alone); `k`
/// otherwise.
pub(super) fn descriptors_before_name(a: &Article, k: usize, s0: usize) -> usize {
    if !a.is_name_word(k) || k == s0 {
        return k;
    }
    let descriptor = |m: usize| {
        let w = a.lower(m);
        a.tokens[m].kind == Kind::Word
            && !a.tokens[m].quoted
            && !is_function_word(w)
            && !lexicon::common_capitalized(w)
            && !is_time_word(w)
            && lexicon::cue(w).is_none()
            && lexicon::month(w).is_none()
            && !w.ends_with("ing")
            && !matches!(
                w,
                "until"
                    | "whereas"
                    | "unless"
                    | "although"
                    | "though"
                    | "since"
                    | "once"
                    | "whom"
                    | "whose"
            )
            // an act or thing, the object of a relative clause: "a move [that] President
            // Zelensky sought to bring down", "the deal Trump made"
            && !ACTS.contains(&w)
            && !lexicon::evidence_noun(w)
    };
    let mut m = k;
    while m > s0 && descriptor(m - 1) {
        m -= 1;
    }
    if m == k || (m..k).all(|x| a.is_cap(x)) {
        return k;
    }
    if m == s0 {
        return m;
    }
    let opens_clause = |x: usize| {
        x == s0 || {
            let before = &a.tokens[x - 1];
            before.is_quote() || before.is_punct(',') || before.is_punct(':')
        }
    };
    let determiner = matches!(
        a.lower(m - 1),
        "the" | "a" | "an" | "another" | "his" | "her" | "their" | "its" | "our"
    );
    if opens_clause(m) {
        m
    } else if determiner && opens_clause(m - 1) {
        m - 1
    } else {
        k
    }
}

/// A share or a number of a group, before "of": "three-quarters [of the voters]", "most",
/// "half", "two", "12", "a number [of economists]", "a wide array" (PolNeAR train:
/// "three-quarters of the voters said", not at a sentence's start, and "a wide array of
/// economists say" were no speakers).
pub(super) fn is_share(a: &Article, k: usize) -> bool {
    const SHARES: &[&str] = &[
        "half",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fifths",
        "tenths",
        "majority",
        "majorities",
        "minorities",
        "minority",
        "most",
        "some",
        "many",
        "all",
        "none",
        "each",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "number",
        "handful",
        "array",
        "range",
        "slew",
        "couple",
        "pair",
        "bunch",
        "variety",
        "chorus",
        "scores",
        "percent",
    ];
    let w = a.lower(k);
    a.tokens[k].kind == Kind::Number
        || SHARES.contains(&w)
        || w.rsplit('-')
            .next()
            .is_some_and(|last| SHARES.contains(&last))
}

/// Anonymous-source idioms after a speaker noun: "familiar with", "close to", "with
/// knowledge of", "briefed on", "involved in", "speaking on condition of anonymity".
/// Given the start of the complement, the index of the speaker noun before the idiom.
pub(super) fn idiom_before(a: &Article, start: usize, s0: usize) -> Option<usize> {
    let w = |k: usize| a.lower(k);
    if start < s0 + 3 {
        return None;
    }
    let two = (w(start - 2), w(start - 1));
    let len = match two {
        ("familiar", "with")
        | ("close", "to")
        | ("briefed", "on" | "about")
        | ("privy", "to")
        | ("involved", "in")
        | ("knowledgeable", "about")
        | ("speaking", "on" | "to" | "under") => 2,
        ("knowledge", "of") if w(start - 3) == "with" => 3,
        _ => return None,
    };
    // The idiom follows its noun directly: "Weaver, speaking to CNN" is an aside.
    (start > s0 + len && a.tokens[start - len - 1].kind == Kind::Word).then(|| start - len - 1)
}
