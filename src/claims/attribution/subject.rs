//! Whole subjects the phrase rules of `left` cannot read alone: a clause-initial subject
//! with its complements, a share of respondents, a name with its apposition, parenthesis or
//! dashes, a restrictive relative clause, phrases joined by "and", and the issuer of a
//! statement.

use super::*;

/// The subject at the start of sentence `s0..s1`: a pronoun or a name phrase followed by a
/// verb (for `, saying` and `and says` clauses whose sentence has no attribution yet). An
/// opening conjunction ("Then she left the room, calling …"), an introductory phrase set off
/// by a comma ("At the depot in Leeds, Okafor waved the ballot, saying …") or a time phrase
/// ("Two days later, …") come before it; a title may open it ("Ms. Okafor nodded and said").
pub(super) fn sentence_subject(a: &Article, s0: usize, s1: usize) -> Option<(usize, usize)> {
    let opener = |w: &str| matches!(w, "and" | "but" | "then" | "so" | "later" | "yet");
    let dated = after_dateline(a, s0, s1);
    let after_dateline = dated > s0;
    let mut s0 = dated;
    let first = s0;
    while s0 < s1 && opener(a.lower(s0)) {
        s0 += 1;
    }
    // "In a speech on Monday, …", "A few days later, …"
    let comma = (s0 + 1..s1.min(s0 + 16)).find(|&m| a.tokens[m].is_punct(','));
    if let Some(comma) = comma {
        // A time phrase ends in a time word and names no one: "Hours later", "Last year".
        let last = a.lower(comma - 1);
        let time_phrase = comma <= s0 + 6
            && (is_time_word(last)
                || matches!(
                    last,
                    "later" | "earlier" | "ago" | "days" | "weeks" | "months" | "years"
                ))
            && (s0..comma).all(|m| {
                (!a.is_name_word(m) || is_time_word(a.lower(m)))
                    && !lexicon::speaker_pronoun(a.lower(m))
            });
        // "Walking to the next address, Ebeling reminisced …": a participle's clause.
        let participle_clause = {
            let w = a.lower(s0);
            let next = (s0 + 1 < s1).then(|| a.lower(s0 + 1));
            w.len() > 5
                && w.ends_with("ing")
                && (!a.is_name_word(s0)
                    // opening the sentence after a dateline, where any word is capitalized
                    || after_dateline
                    // "Walking to the pier, …", not "Groening recently heaped praise …"
                    || next.is_some_and(|n| {
                        lexicon::article_or_possessive(n)
                            || matches!(
                                n,
                                "to" | "through" | "into" | "in" | "on" | "at" | "from" | "with"
                                    | "past" | "down" | "up" | "out" | "across" | "along"
                            )
                    }))
        };
        if s0 < s1 && INTRODUCERS.contains(&a.lower(s0)) || time_phrase || participle_clause {
            s0 = comma + 1;
        }
    } else if s0 < s1 && INTRODUCERS.contains(&a.lower(s0)) {
        return None;
    }
    while s0 < s1 && opener(a.lower(s0)) {
        s0 += 1;
    }
    if s0 >= s1 {
        return None;
    }
    let w = a.lower(s0);
    if matches!(w, "he" | "she" | "they" | "we" | "i") || w == "it" && s0 == first {
        return Some((s0, s0));
    }
    let title = a.is_cap(s0)
        && (lexicon::title_word(w)
            || lexicon::abbreviation(w) && s0 + 1 < s1 && a.tokens[s0 + 1].is_punct('.'));
    let honorific = people::HONORIFICS.contains(&w);
    // "His chief aide doubled down …, saying"
    let determined = matches!(w, "the" | "a" | "an") || lexicon::article_or_possessive(w);
    if !a.is_name_word(s0) && !title && !honorific && !determined {
        return None;
    }
    let mut np = right_np(a, s0, s1, false)?;
    // A past-tense verb between two names reads as a modifier in `right_np` ("retired
    // neurosurgeon Ben Carson"): "Clinton attacked Trump, saying …" has the subject Clinton.
    if let Some(verb) = (np.0 + 1..=np.1).find(|&m| {
        a.tokens[m].kind == Kind::Word
            && !a.is_cap(m)
            && a.lower(m).ends_with("ed")
            && lexicon::number_word(a.lower(m)).is_none() // "Several hundred"
            && a.is_name_word(m - 1)
    }) {
        np.1 = verb - 1;
    }
    let (next, aside) = past_adjuncts(a, np.1 + 1, s1);
    // After a name a lower-case word before a function word, a name or a figure is its verb
    // ("Smith quit the race", "Smith flew to Paris"; not "Adult film star …"); after a role
    // noun only a verb's form ("The student loan ombudsman … resigned" is one phrase).
    let after_name = a.is_cap(np.1)
        // a name, not a word capitalized by opening the sentence ("Pop star …", "Severe
        // drought …", whose next word must then look like a verb)
        && np.1 > s0
        && next + 1 < s1
        && (a.tokens[next + 1].kind != Kind::Word
            || a.is_cap(next + 1)
            || is_function_word(a.lower(next + 1))
            || lexicon::determiner(a.lower(next + 1)));
    let verb_next = next < s1
        && (a.tokens[next].kind == Kind::Word
            && !a.is_cap(next)
            && !is_function_word(a.lower(next))
            && (after_name || finite_form(a.lower(next)))
            || lexicon::aux_or_adverb(a.lower(next))
            || lexicon::negated_auxiliary(a.lower(next)));
    if !(verb_next && person_like(a, np)) {
        return None;
    }
    // The subject's apposition is part of it, as when it speaks before its cue.
    match aside.and_then(|m| apposed_subject(a, m, first)) {
        Some(whole) if whole.0 == np.0 && a.tokens[np.1 + 1].is_punct(',') => Some(whole),
        _ => Some(np),
    }
}

/// Where a sentence starts after a wire dateline, `s0` when it has none: "WASHINGTON
/// (Reuters) - Obama met … and said", "ORLANDO, Fla. — …", "(AP) - …" when the sentence
/// split at "Fla.". Before the dash only capitalized words, a place in capitals among them
/// (or the agency in parentheses), and the commas, periods and parentheses between them.
fn after_dateline(a: &Article, s0: usize, s1: usize) -> usize {
    let Some(d) = (s0 + 1..s1.min(s0 + 12)).find(|&m| is_dash(a, m)) else {
        return s0;
    };
    let furniture = (s0..d).all(|m| {
        let t = &a.tokens[m];
        t.kind == Kind::Word && a.is_cap(m)
            || t.kind == Kind::Number // "NEW YORK, March 3 (Reuters) -"
            || t.kind == Kind::Punct && matches!(a.str(m), "," | "." | "(" | ")" | "/")
    });
    let capitals = (s0..d).any(|m| {
        a.tokens[m].kind == Kind::Word && a.str(m).chars().count() > 1 && a.is_all_caps(m)
    });
    let agency = (s0..d).any(|m| a.tokens[m].is_punct('('));
    if furniture && (capitals || agency) && d + 1 < s1 {
        d + 1
    } else {
        s0
    }
}

/// The first word after what may stand between a clause's subject and its verb, from
/// `k`: a time ("on Thursday", "Tuesday", "today", "last week"), an adverb ("barely") or an aside set
/// off by commas ("Mr. Trump, in an interview on Friday, barely dwelled", "Michael J.
/// Petrilli, president of the Thomas B. Fordham Institute, tied"); with the comma that
/// closes the last aside.
fn past_adjuncts(a: &Article, mut k: usize, s1: usize) -> (usize, Option<usize>) {
    let mut aside = None;
    while k < s1 {
        let w = a.lower(k);
        if a.tokens[k].kind == Kind::Word && a.is_cap(k) && lexicon::weekday(w)
            || a.tokens[k].kind == Kind::Word
                && !a.is_cap(k)
                && (lexicon::ly_adverb(w) || is_time_word(w))
        {
            k += 1;
        } else if k + 1 < s1
            && matches!(
                w,
                "on" | "last" | "this" | "next" | "early" | "late" | "earlier"
            )
            && is_time_word(a.lower(k + 1))
        {
            k += 2;
        } else if a.tokens[k].is_punct(',') {
            let close = (k + 2..s1.min(k + 25)).find(|&m| {
                a.tokens[m].is_punct(',') || a.tokens[m].is_quote() || a.tokens[m].is_punct(';')
            });
            match close {
                Some(m) if a.tokens[m].is_punct(',') => {
                    aside = Some(m);
                    k = m + 1;
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    (k, aside)
}

/// The subject of the clause that ends before `j` (a preposition opening a gerund), read
/// no further left than `from`: the phrase before the nearest finite verb ("[Obama] won
/// his party's nomination by …", "as [he] did two years ago by …").
pub(super) fn subject_of_clause_before(
    a: &Article,
    j: usize,
    from: usize,
) -> Option<(usize, usize)> {
    let verb = (from + 1..j).rev().find(|&m| {
        let w = a.lower(m);
        a.tokens[m].kind == Kind::Word
            && !a.is_cap(m)
            && !is_time_word(w)
            && (past_form(w)
                || matches!(w, "did" | "does" | "do" | "has" | "had" | "is" | "was")
                // "he says … by": an -s form right after a pronoun
                || finite_form(w)
                    && !is_function_word(w)
                    && lexicon::speaker_pronoun(a.lower(m - 1)))
    })?;
    let end = skip_left(a, verb - 1, from)?;
    // "The reporter who interviewed [Smith] was fired after claiming": the object of a
    // relative clause is no subject; the phrase before the pronoun is.
    let end = match left_np(a, end, from) {
        Some(np)
            if np.0 >= from + 3
                && past_form(a.lower(np.0 - 1))
                && is_relative_pronoun(a.lower(np.0 - 2)) =>
        {
            np.0 - 3
        }
        _ => end,
    };
    let np = left_np(a, end, from).or_else(|| {
        (lexicon::speaker_pronoun(a.lower(end)) || a.lower(end) == "who").then_some((end, end))
    })?;
    person_like(a, np).then_some(np)
}

/// The phrase before an aside that opens with a participle and closes at the comma `j`:
/// "[The poll], released on Wednesday night by the institute, showed", "[Trump], speaking
/// at a rally, said". The aside is what the phrase did or had done to it, not who it is.
pub(super) fn participle_aside_subject(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    if !a.tokens[j].is_punct(',') || j < s0 + 3 {
        return None;
    }
    let open = (j.saturating_sub(20).max(s0 + 1)..j - 1)
        .rev()
        .find(|&m| a.tokens[m].is_punct(',') || a.tokens[m].is_quote())?;
    let opener = a.lower(open + 1);
    let participle = !a.is_cap(open + 1)
        && (opener.ends_with("ed") || opener.ends_with("ing") || past_form(opener));
    if !a.tokens[open].is_punct(',') || !participle || open < s0 + 1 {
        return None;
    }
    let np = left_np(a, open - 1, s0)?;
    let head = a.lower(np.1);
    (lexicon::evidence_noun(head) || person_like(a, np)).then_some(np)
}

/// A role phrase read alone whose name stands before it, the comma that should close the
/// apposition missing: "[Howard Archer,] economist at Global Insight said". The name opens
/// its clause.
pub(super) fn named_before_role(a: &Article, np: (usize, usize), s0: usize) -> (usize, usize) {
    let (s, e) = np;
    let role = a.lower(s);
    // A single role ("economist at …"), not a group speaking after a clause ("… to Iran,
    // officials said").
    if a.is_cap(s)
        || !lexicon::role_noun(role)
        || role.ends_with('s')
        || s < s0 + 3
        || !a.tokens[s - 1].is_punct(',')
    {
        return np;
    }
    match left_np(a, s - 2, s0) {
        Some(name) if name.0 == s0 && name.1 > name.0 && a.is_cap(name.1) => (name.0, e),
        _ => np,
    }
}

/// A participle of a verb that takes an object, with a preposition after it instead: a
/// passive ("charged with murder", "accused of the attack", "known for her work").
pub(super) fn passive_participle(w: &str, next: &str) -> bool {
    let Some((lemma, _)) = lexicon::cue(w) else {
        return false;
    };
    (w.ends_with("ed") || w == "known")
        && matches!(
            (lemma, next),
            ("charge", "with")
                | ("accuse", "of")
                | ("know", "for" | "as")
                | ("criticize" | "criticise" | "praise" | "blame", "for")
                | ("name", "as")
        )
}

/// A word that can be a finite verb by its form: a past ("attacked", "went"), a third
/// person ("blasts") or a cue. Not a noun that continues the phrase ("The student loan
/// ombudsman … resigned").
fn finite_form(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
        || lexicon::cue(w).is_some()
        || past_form(w)
}

/// A past tense by its form: "attacked", "went" (not a hyphenated "op-ed").
pub(in crate::claims) fn past_form(w: &str) -> bool {
    w.ends_with("ed") && !w.contains('-') || PAST_FORMS.contains(&w)
}

/// A share of respondents standing for them, ending at `j`: "42%", "two in three", "nine
/// out of 10", with an approximation before it ("About one in five", "nearly 60%"), as poll
/// stories write "42% say …".
pub(super) fn share_subject(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    let mut k = if percent_sign(a, j) && j > s0 {
        j - 1
    } else if is_number(a, j) && j >= s0 + 2 && a.lower(j - 1) == "in" && is_number(a, j - 2) {
        j - 2
    } else if is_number(a, j)
        && j >= s0 + 3
        && a.lower(j - 1) == "of"
        && a.lower(j - 2) == "out"
        && is_number(a, j - 3)
    {
        j - 3
    } else {
        return None;
    };
    if k > s0
        && matches!(
            a.lower(k - 1),
            "about"
                | "nearly"
                | "almost"
                | "roughly"
                | "some"
                | "only"
                | "just"
                | "around"
                | "approximately"
                | "over"
                | "under"
        )
    {
        k -= 1;
    } else if k > s0 + 1
        && matches!(
            (a.lower(k - 2), a.lower(k - 1)),
            ("at", "least") | ("more" | "fewer" | "less", "than")
        )
    {
        k -= 2;
    }
    Some((k, j))
}

/// A fraction or count that opens a speaker phrase: "[two-thirds] of voters", "[half] of
/// them", "[a] third", "[49] percent".
pub(super) fn opens_with_share(a: &Article, k: usize) -> bool {
    let w = a.lower(k);
    let fraction = |w: &str| {
        matches!(
            w,
            "half" | "third" | "thirds" | "quarter" | "quarters" | "majority" | "majorities"
        ) || w.ends_with("-thirds")
            || w.ends_with("-quarters")
            || w.ends_with("-fifths")
    };
    is_number(a, k)
        || fraction(w)
        || matches!(w, "a" | "an") && k + 1 < a.tokens.len() && fraction(a.lower(k + 1))
}

/// `NP who VERB … said`: the noun phrase with its restrictive relative clause, when the
/// token before the cue closes one ("Current and former officials who spoke with The
/// Huffington Post said").
pub(super) fn relative_subject(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    let lo = j.saturating_sub(14).max(s0 + 1);
    let w = (lo..j)
        .rev()
        .find(|&m| matches!(a.lower(m), "who" | "that"))?;
    let clean = (w + 1..=j).all(|m| {
        let t = &a.tokens[m];
        !(t.quoted || t.is_quote() || t.is_punct(',') || a.lower(m) == "said")
    });
    if !clean || w + 1 > j {
        return None;
    }
    let head = left_core(a, w - 1, s0)?;
    let hw = a.lower(head.1);
    let person = a.is_cap(head.1) || lexicon::role_noun(hw);
    person.then_some((head.0, j))
}

/// A speaker phrase with the phrase joined to it by "and" when both can speak and the
/// first opens the clause: "Edwards and others said", "Her advisers and allies say", "he
/// and Brafman said" (not "Sales rose and analysts said"). `left_core` reads the first
/// conjunct itself when the second opens with a determiner ("Trump and his lawyers", see
/// `coordinated_before`) or both are names ("Smith and Jones").
pub(super) fn with_conjunct(a: &Article, (s, e): (usize, usize), s0: usize) -> (usize, usize) {
    if s < s0 + 2 || a.lower(s - 1) != "and" || a.tokens[s - 1].quoted {
        return (s, e);
    }
    let k = s - 2;
    let first = if a.tokens[k].kind == Kind::Word && lexicon::speaker_pronoun(a.lower(k)) {
        Some((k, k))
    } else {
        left_np(a, k, s0)
    };
    match first {
        Some((f0, f1))
            if f1 == k
                && person_like(a, (f0, f1))
                && opens_clause(a, f0, s0)
                && (f0..=f1).all(|m| noun_phrase_token(a, m)) =>
        {
            (f0, e)
        }
        _ => (s, e),
    }
}

/// A speaker phrase without a first conjunct that is the object of the clause before it:
/// "Israel struck [Rafah and] Hamas said", "Russia shelled [Kharkiv and] Ukraine said"
/// (the phrase rules read "X and Y" as one speaker wherever it stands).
pub(super) fn without_object_conjunct(
    a: &Article,
    (s, e): (usize, usize),
    s0: usize,
) -> (usize, usize) {
    let Some(and) = (s + 1..e)
        .rev()
        .find(|&m| a.lower(m) == "and" && !a.tokens[m].quoted)
    else {
        return (s, e);
    };
    // A verb before "and" ("struck"), or a word before the phrase that does not open a
    // clause ("shelled"): the first conjunct is what was done to.
    let verb = |m: usize| {
        let w = a.lower(m);
        a.tokens[m].kind == Kind::Word
            && !a.is_cap(m)
            && !noun_phrase_token(a, m)
            && !is_function_word(w)
            && past_form(w)
    };
    let object = !opens_clause(a, s, s0) || (s..and).any(verb);
    if object && (and + 1..=e).all(|m| noun_phrase_token(a, m)) {
        (and + 1, e)
    } else {
        (s, e)
    }
}

/// Irregular past tenses ("Israel struck Rafah", "Smith quit the race").
/// A participle opening an aside ("X, clad in a red cape, said"): an -ing or -ed form, an
/// irregular past form that is also the participle ("struck", "held"), or a participle of
/// its own ("known", "clad").
pub(super) fn participle_form(w: &str) -> bool {
    w.ends_with("ing")
        || w.ends_with("ed")
        || PAST_FORMS.contains(&w)
        || IRREGULAR_PARTICIPLES.contains(&w)
}

/// Past participles that are not also past tenses (those are in `PAST_FORMS`).
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "clad", "known", "shown", "seen", "given", "taken", "born", "worn", "written", "driven",
    "beaten", "hidden", "chosen", "spoken", "sworn", "torn", "thrown", "grown", "drawn", "bound",
    "stung", "shaken",
];

const PAST_FORMS: &[&str] = &[
    "struck", "hit", "shot", "beat", "met", "fought", "sought", "won", "took", "gave", "sent",
    "told", "made", "held", "saw", "left", "caught", "brought", "bought", "threw", "went", "came",
    "got", "kept", "ran", "spoke", "stood", "wrote", "thought", "lost", "put", "set", "cut", "let",
    "began", "became", "drew", "fell", "felt", "found", "knew", "paid", "rose", "sat", "sold",
    "spent", "stuck", "swore", "broke", "chose", "built", "meant", "heard", "froze", "wore",
    "drove", "quit", "split", "flew", "withdrew", "spread", "shut",
];

/// Does the phrase starting at token `m` open its clause: the sentence's start, or after
/// punctuation, an opening conjunction or adverb ("But", "Meanwhile") or a subordinator?
fn opens_clause(a: &Article, m: usize, s0: usize) -> bool {
    m == s0 || {
        let t = &a.tokens[m - 1];
        t.kind == Kind::Punct
            || t.is_quote()
            || SUBJECT_OPENERS.contains(&t.lower.as_str())
            || lexicon::determiner(&t.lower)
            || matches!(
                t.lower.as_str(),
                "that" | "as" | "while" | "when" | "because" | "although" | "though" | "if"
            )
    }
}

/// A token of a plain noun phrase: a capitalized word, a determiner, modifier, role noun or
/// pronoun, a possessive, an abbreviation's period.
pub(super) fn noun_phrase_token(a: &Article, m: usize) -> bool {
    let t = &a.tokens[m];
    let w = a.lower(m);
    match t.kind {
        Kind::Word => {
            a.is_cap(m)
                || lexicon::determiner(w)
                || lexicon::np_modifier(w)
                || lexicon::role_noun(w)
                || lexicon::speaker_pronoun(w)
        }
        Kind::Possessive => true,
        _ => t.is_punct('.'),
    }
}

/// `relative_subject` when its clause opens with "who" and holds no clause of its own (no
/// pronoun, no cue): there the phrase before the cue is the clause's object ("Senior
/// advisers who have run [the numbers] say"), never the speaker. With "that" the clause is
/// as often a complement ("told Politico that he believes").
pub(super) fn who_clause_subject(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    let (start, end) = relative_subject(a, j, s0)?;
    let who = (start..=end).find(|&m| is_relative_pronoun(a.lower(m)))?;
    let plain = (who + 1..=end).all(|m| {
        let w = a.lower(m);
        !lexicon::speaker_pronoun(w) && lexicon::cue(w).is_none()
    });
    (a.lower(who) == "who" && plain).then_some((start, end))
}

/// Can token `m` belong to a subject starting at `s0`: a word, number or possessive, a
/// plural possessive's apostrophe, a percent sign, or the dot of an abbreviation?
pub(super) fn in_subject(a: &Article, m: usize, s0: usize) -> bool {
    let t = &a.tokens[m];
    matches!(t.kind, Kind::Word | Kind::Number | Kind::Possessive)
        || plural_possessive(a, m, s0)
        || percent_sign(a, m)
        || t.is_punct('.') && m > s0 && a.tokens[m - 1].end == t.start
}

/// Does a subject ending at `j` end in a noun (not a function word or a possessive)?
pub(super) fn ends_in_noun(a: &Article, j: usize) -> bool {
    !is_function_word(a.lower(j)) && a.tokens[j].kind != Kind::Possessive
}

pub(super) fn is_relative_pronoun(w: &str) -> bool {
    matches!(w, "who" | "whose" | "that" | "which" | "whom")
}

/// A whole clause-initial subject ending at `j` that the phrase rules cannot parse, whose
/// head is a person or group followed by its complements: "People with direct knowledge of
/// the deal said", "Democrats trying to regain the Senate say", "The officials whose laws
/// were struck down say". No comma, quote or cue inside, no finite verb outside a relative
/// clause, and a participle only before its preposition ("officials briefed on"), so a
/// clause such as "The campaign released a memo that said" is no subject.
pub(super) fn clause_initial_subject(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    let s0 = clause_start(a, j, s0);
    if j < s0 + 2 || j - s0 > 15 || !opens_subject(a, s0) {
        return None;
    }
    let mut relative = false;
    for m in s0..=j {
        let t = &a.tokens[m];
        let w = a.lower(m);
        // A cue inside a relative clause is its own ("officials who spoke with X said").
        // (A passive participle is no cue: "The man accused of the attack said".)
        let passive = m < j && passive_participle(w, a.lower(m + 1));
        if !in_subject(a, m, s0)
            || t.quoted
            || m > s0 && !relative && lexicon::cue(w).is_some() && !passive
        {
            return None;
        }
        relative |= is_relative_pronoun(w);
        if relative {
            continue;
        }
        let verb_form = !a.is_cap(m) && (w.ends_with("ed") || w.ends_with("ing"));
        // "Voters leaving the polls", "Protesters marching through the city": a participle
        // with its object or place after the head.
        let before_preposition = m < j
            && (matches!(
                a.lower(m + 1),
                "on" | "in" | "to" | "by" | "with" | "for" | "at" | "from" | "about" | "of"
            ) || w.ends_with("ing")
                && m > s0
                && (lexicon::determiner(a.lower(m + 1))
                    || matches!(a.lower(m + 1), "the" | "a" | "an" | "through" | "across")));
        let finite = finite_verb(a, m, m + 1);
        if finite || verb_form && !lexicon::role_noun(w) && !before_preposition {
            return None;
        }
    }
    // The head: the words before the first complement.
    let head_end = (s0..=j)
        .find(|&m| {
            matches!(
                a.lower(m),
                "with"
                    | "of"
                    | "for"
                    | "in"
                    | "from"
                    | "at"
                    | "on"
                    | "who"
                    | "whose"
                    | "that"
                    | "which"
                    | "trying"
                    | "who're"
            ) && m > s0
                || m > s0 && !a.is_cap(m) && a.lower(m).ends_with("ing") && m < j
                // "An investor group led by New York investor George Soros", "The man
                // accused of the attack", "A woman known for her charity work"
                || m > s0
                    && m < j
                    && matches!(a.lower(m + 1), "by" | "of" | "for" | "with" | "as")
                    && {
                        let w = a.lower(m);
                        !a.is_cap(m) && (past_form(w) || matches!(w, "run" | "known"))
                    }
        })
        .map_or(j, |m| m - 1);
    let head_ok = lexicon::role_noun(a.lower(head_end)) || a.is_name_word(head_end);
    (head_end < j && head_ok && ends_in_noun(a, j)).then_some((s0, j))
}

/// A whole clause-initial subject ending at `j` headed by an evidence noun within its first
/// words and followed by its modifiers: "Fresh polls taken in Ohio last week show", "The
/// audit of the county accounts found" (for report verbs, whose evidence subjects the phrase
/// rules cut at the first complement). No comma, quote, cue (a participle aside) or finite
/// verb inside.
pub(super) fn evidence_subject(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    let mut cs = clause_start(a, j, s0);
    if matches!(
        a.lower(cs),
        "as" | "while" | "though" | "although" | "because" | "since" | "if" | "when"
    ) {
        cs += 1;
    }
    let opens = a.is_cap(cs)
        || lexicon::determiner(a.lower(cs))
        || a.tokens[cs].kind == Kind::Number
        || lexicon::evidence_noun(a.lower(cs));
    if j <= cs || j - cs > 15 || !opens || !ends_in_noun(a, j) {
        return None;
    }
    let head = (cs..=j.min(cs + 9)).find(|&m| {
        let w = a.lower(m);
        lexicon::evidence_noun(w) || lexicon::document_noun(w)
    })?;
    for m in cs..=j {
        let t = &a.tokens[m];
        let w = a.lower(m);
        // A slash too: "polls by CNN/ORC found".
        if !(in_subject(a, m, cs) || t.is_punct('/')) || t.quoted {
            return None;
        }
        // A participle after the head before its complement or time ("released on
        // Tuesday", "conducted by", "published Friday"), not a finite verb ("included 44").
        let participle = m > head
            && w.ends_with("ed")
            && m < j
            && (matches!(
                a.lower(m + 1),
                "by" | "for" | "on" | "in" | "at" | "from" | "last" | "this" | "earlier"
            ) || is_time_word(a.lower(m + 1)));
        let verb_form = m > head && !a.is_cap(m) && past_form(w); // "sold", "attacked"
        if (m != head && lexicon::cue(w).is_some() || verb_form) && !participle {
            return None;
        }
        // Before the head only modifiers: no function word but a determiner (or the "of"
        // of a collection: "The next series of emails shows"), no verb form.
        let collection = w == "of"
            && m > cs
            && matches!(
                a.lower(m - 1),
                "series" | "batch" | "set" | "trove" | "cache" | "copy" | "copies" | "collection"
            );
        if m < head
            && (is_function_word(w) && !lexicon::determiner(w) && !collection
                || !a.is_cap(m) && past_form(w))
        {
            return None;
        }
    }
    (!finite_verb(a, head + 1, j + 1)).then_some((cs, j))
}

/// A name or role opening its clause with appositions up to the comma at `j`, commas inside
/// them included: "Ana Ruiz, a nurse from Tampa, Fla., said", "Ana Ruiz, 29, of Leeds,
/// says", "Ana Ruiz, who runs a clinic in Porto, Portugal, said". The appositions hold no
/// quote, no finite verb outside a relative clause and no cue before one; the first opens
/// like an apposition (a determiner, number, title, role, name, `of`/`from`, `who`).
pub(super) fn apposed_subject(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    if !a.tokens[j].is_punct(',') {
        return None;
    }
    let boundary = |m: usize| {
        let t = &a.tokens[m];
        t.is_quote() || t.kind == Kind::Punct && matches!(a.lower(m), ";" | ":" | "—" | "–")
    };
    let mut start = (s0..j).rev().find(|&m| boundary(m)).map_or(s0, |m| m + 1);
    while start < j && matches!(a.lower(start), "and" | "but" | "yet" | "so") {
        start += 1;
    }
    // "Similarly, …", "Indeed, …": a discourse adverb set off before the subject.
    if start + 1 < j && a.tokens[start + 1].is_punct(',') && {
        let w = a.lower(start);
        lexicon::ly_adverb(w) || lexicon::aux_or_adverb(w) || lexicon::common_capitalized(w)
    } {
        start += 2;
    }
    if j - start > 45 || is_function_word(a.lower(start)) && !lexicon::determiner(a.lower(start)) {
        return None;
    }
    let first_comma = (start..j).find(|&m| a.tokens[m].is_punct(','))?;
    if first_comma == start || first_comma + 1 >= j {
        return None;
    }
    // "Rep. Bobby Scott (D-Va.), ranking member of …, said": the name before its party.
    let name_end = match party_parenthesis(a, start, first_comma) {
        Some(open) => open - 1,
        None => first_comma - 1,
    };
    let core = left_core(a, name_end, start)?;
    let hw = a.lower(core.1);
    let person = a.is_name_word(core.1) && !lexicon::weekday(hw) && lexicon::month(hw).is_none()
        || !a.is_cap(core.1) && lexicon::role_noun(hw);
    if core.0 != start || !person {
        return None;
    }
    let opener = first_comma + 1;
    let ow = a.lower(opener);
    // A first apposition that is a relative clause ("X, who …, said") is left to
    // `left_np`: PolNeAR's annotators mostly keep the name alone when it spans commas.
    let appositive = lexicon::determiner(ow)
        || a.tokens[opener].kind == Kind::Number
        || matches!(ow, "a" | "an" | "the" | "of" | "from" | "now" | "including")
        // "Okafor, herself a former judge, said"
        || matches!(ow, "himself" | "herself" | "themselves" | "itself")
        // "Mr. Sperling, then 38, said", "Ms. Rice, once an adviser to …, said"
        || matches!(ow, "then" | "once" | "formerly") && opener + 1 < j && {
            let n = a.lower(opener + 1);
            a.tokens[opener + 1].kind == Kind::Number
                || matches!(n, "a" | "an" | "the")
                || lexicon::article_or_possessive(n)
                || lexicon::title_word(n) && !matches!(n, "of" | "to" | "for" | "and")
                || lexicon::role_noun(n)
        }
        || lexicon::title_word(ow) && !matches!(ow, "of" | "to" | "for" | "and" | "the")
        || lexicon::role_noun(ow)
        || lexicon::np_modifier(ow)
        || a.is_cap(opener) && lexicon::cue(ow).is_none();
    let role = role_apposition(a, opener, j);
    // "Several candidates, including Trump, said": the examples belong to the phrase.
    let participle = !a.is_cap(opener) && participle_form(ow) && !role && ow != "including";
    if !(appositive || role) || participle {
        return None;
    }
    let mut relative = false;
    for m in opener..j {
        let t = &a.tokens[m];
        let w = a.lower(m);
        if t.quoted || t.is_quote() || t.is_punct('(') || t.is_punct(')') {
            return None;
        }
        if t.is_punct(',') && m + 1 < j {
            let n = a.lower(m + 1);
            // "…, for example," "…, of course,": a discourse aside, left to `left_np`.
            if matches!(
                n,
                "for" | "too" | "however" | "though" | "meanwhile" | "instead"
            ) || n == "of" && a.lower(m + 2) == "course"
            {
                return None;
            }
            // "…, attending the convention,": the name and appositions before the participle.
            if !a.is_cap(m + 1) && participle_form(n) {
                return (!relative).then_some((start, m));
            }
        }
        relative |= is_relative_pronoun(w);
        if !relative && (lexicon::cue(w).is_some() && !a.is_cap(m) || finite_verb(a, m, m + 1)) {
            return None;
        }
    }
    Some((start, j))
}

/// The opening of a short parenthesis that ends right before `comma` and follows a word
/// after `start` ("Scott (D-Va.),", "Kasich (R-Ohio),"): no quote or cue in it.
pub(super) fn party_parenthesis(a: &Article, start: usize, comma: usize) -> Option<usize> {
    if comma < start + 3 || !a.tokens[comma - 1].is_punct(')') {
        return None;
    }
    let open = (start + 1..comma - 1)
        .rev()
        .find(|&m| a.tokens[m].is_punct('('))
        .filter(|&open| comma - 1 - open <= 8)?;
    let clean = (open + 1..comma - 1).all(|m| {
        let t = &a.tokens[m];
        !(t.quoted || t.is_quote() || t.is_punct('(') || lexicon::cue(a.lower(m)).is_some())
    });
    (clean && a.is_cap(open - 1)).then_some(open)
}

/// A dash: `—`, `–`, or a hyphen set off by a space or doubled (`--`).
pub(super) fn is_dash(a: &Article, m: usize) -> bool {
    let t = &a.tokens[m];
    if t.is_punct('—') || t.is_punct('–') {
        return true;
    }
    if !t.is_punct('-') {
        return false;
    }
    let spaced_before = m == 0 || a.tokens[m - 1].end < t.start;
    let spaced_after = a.tokens.get(m + 1).is_none_or(|n| n.start > t.end);
    let doubled = m > 0 && a.tokens[m - 1].is_punct('-') && a.tokens[m - 1].end == t.start
        || a.tokens
            .get(m + 1)
            .is_some_and(|n| n.is_punct('-') && n.start == t.end);
    spaced_before || spaced_after || doubled
}

/// A subject with an apposition between dashes, the closing dash at `j`: "Ana Ruiz — a nurse
/// from Tampa — said", "Two of the judges -- Ruiz and Okafor -- agreed". The aside holds no
/// quote or cue and opens with no relative pronoun and no preposition of time or place
/// ("Ruiz — after a pause — said" keeps the name alone, found by `left_np`).
pub(super) fn dashed_subject(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    if !is_dash(a, j) {
        return None;
    }
    let mut close = j;
    while close > s0 && is_dash(a, close - 1) {
        close -= 1;
    }
    let open_end = (s0..close).rev().find(|&m| is_dash(a, m))?;
    let mut open = open_end;
    while open > s0 && is_dash(a, open - 1) {
        open -= 1;
    }
    if open == s0 || open_end + 1 >= close || close - open_end > 40 {
        return None;
    }
    if (open_end + 1..close).any(|m| {
        let w = a.lower(m);
        a.tokens[m].quoted || a.tokens[m].is_quote() || lexicon::cue(w).is_some() && !a.is_cap(m)
    }) {
        return None;
    }
    // A relative or adverbial aside is no part of the speaker, who stands before it
    // ("Ruiz — who …— said": PolNeAR annotates the aside apart, with its own `who`).
    let aside = matches!(
        a.lower(open_end + 1),
        "after"
            | "before"
            | "during"
            | "in"
            | "at"
            | "on"
            | "with"
            | "by"
            | "speaking"
            | "asked"
            | "when"
            | "as"
            | "if"
            | "though"
            | "although"
            | "who"
            | "whose"
            | "which"
    );
    let np = left_np(a, open - 1, s0)
        .filter(|np| !object_of_preposition(a, np.0, s0))
        .or_else(|| clause_initial_subject(a, open - 1, s0))?;
    Some((np.0, if aside { np.1 } else { j }))
}

/// A subject with a parenthesis closing at `j` (or before the comma at `j`): "Rep. Steve Israel
/// (D-N.Y.) said", "Kasich (who has 25 delegates to date) said". The parenthesis holds no quote and no cue outside
/// a relative clause, and follows a name.
pub(super) fn parenthesized_subject(a: &Article, j: usize, s0: usize) -> Option<(usize, usize)> {
    // "Gov. John Kasich (R-OH), said": the comma after the parenthesis stays out.
    if a.tokens[j].is_punct(',') && j > s0 + 1 && a.tokens[j - 1].is_punct(')') {
        return parenthesized_subject(a, j - 1, s0);
    }
    if !a.tokens[j].is_punct(')') {
        return None;
    }
    let open = (j.saturating_sub(16).max(s0)..j)
        .rev()
        .find(|&m| a.tokens[m].is_punct('(') || a.tokens[m].is_punct(')'))
        .filter(|&m| a.tokens[m].is_punct('(') && m > s0)?;
    let relative = is_relative_pronoun(a.lower(open + 1));
    if (open + 1..j).any(|m| {
        let t = &a.tokens[m];
        t.quoted || t.is_quote() || !relative && lexicon::cue(a.lower(m)).is_some() && !a.is_cap(m)
    }) {
        return None;
    }
    // An apposition ("Jeff Bechdel, chairman of America Rising (a PAC), tweeted") is left
    // to `left_np`, which keeps the name before it.
    let np = left_np(a, open - 1, s0).filter(|np| a.is_cap(np.0))?;
    (a.is_cap(open - 1) && !object_of_preposition(a, np.0, s0)).then_some((np.0, j))
}

/// The phrase starting at `start` is the object of a participle after the subject's head
/// ("Voters leaving [the polls] said", "Protesters marching through [the city] said"): no
/// speaker, the whole clause-initial subject is. Not a compound ("policy planning [director
/// Anne-Marie Slaughter]"), a "-thing" word ("takes back everything [he] said") or a noun in
/// "-ing" after a determiner ("At the hearing [the judge] said").
pub(super) fn participle_object(a: &Article, start: usize, s0: usize) -> bool {
    let p = if start > s0 + 1 && matches!(a.lower(start - 1), "through" | "across") {
        start - 1
    } else {
        start
    };
    let first = a.lower(start);
    let compound = !matches!(first, "the" | "a" | "an")
        && (lexicon::role_noun(first) || lexicon::title_word(first));
    if compound || p <= s0 + 1 {
        return false;
    }
    let ing = a.lower(p - 1);
    !a.is_cap(p - 1)
        && ing.ends_with("ing")
        && !ing.ends_with("thing")
        && !matches!(ing, "during" | "morning" | "evening" | "according")
        && a.tokens[p - 2].kind == Kind::Word
        && !is_function_word(a.lower(p - 2))
        && !lexicon::determiner(a.lower(p - 2))
        && !a.tokens[p - 1].quoted
}

/// The phrase starting at `k` follows a preposition that takes it as its object (not an
/// approximation of a share: "In Vermont, [about] half of voters said").
pub(super) fn object_of_preposition(a: &Article, k: usize, s0: usize) -> bool {
    k > s0
        && match a.lower(k - 1) {
            "about" | "over" | "under" => !opens_with_share(a, k),
            w => matches!(
                w,
                "of" | "with" | "for" | "in" | "on" | "at" | "from" | "to" | "by"
            ),
        }
}

/// Where the clause holding `j` starts: after the last comma, semicolon, colon, dash or
/// quotation mark before it, and after a conjunction or discourse adverb opening it ("But",
/// "Indeed,").
pub(super) fn clause_start(a: &Article, j: usize, s0: usize) -> usize {
    let boundary = |m: usize| {
        let t = &a.tokens[m];
        t.is_quote() || t.kind == Kind::Punct && matches!(a.lower(m), "," | ";" | ":" | "—" | "–")
    };
    let mut k = (s0..j).rev().find(|&m| boundary(m)).map_or(s0, |m| m + 1);
    while k < j
        && (boundary(k)
            || matches!(
                a.lower(k),
                "and"
                    | "but"
                    | "yet"
                    | "so"
                    | "still"
                    | "indeed"
                    | "meanwhile"
                    | "instead"
                    | "however"
                    | "now"
                    | "also"
                    | "then"
            ))
    {
        k += 1;
    }
    k
}

/// A word that can open a subject: a determiner, a name or a plural role noun.
pub(super) fn opens_subject(a: &Article, s0: usize) -> bool {
    let w = a.lower(s0);
    let t = &a.tokens[s0];
    t.kind == Kind::Number
        || matches!(
            w,
            "the"
                | "a"
                | "an"
                | "some"
                | "many"
                | "most"
                | "several"
                | "all"
                | "both"
                | "few"
                | "other"
                | "another"
                | "two"
                | "three"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
        )
        || a.is_name_word(s0)
        || lexicon::role_noun(w)
}

/// Who put out the document that a participle cue reports: "[Black Lives Matter] issued a
/// statement saying", "[she] sent an email saying", "[Trump] fired back a response saying"
/// (PolNeAR-train credits the issuer in 14 of 15 such sentences; the document itself names
/// nobody to compare).
pub(super) fn issuer(a: &Article, (ss, se): (usize, usize), s0: usize) -> Option<(usize, usize)> {
    let document = matches!(
        a.lower(se),
        "statement"
            | "letter"
            | "email"
            | "response"
            | "tweet"
            | "memo"
            | "message"
            | "note"
            | "release"
            | "ad"
            | "advertisement"
            | "video"
            | "website"
            | "petition"
            | "mailer"
            | "flyer"
            | "commercial"
    );
    // (Not "released his letter": whose letter it is, the possessive says.)
    if !document || ss <= s0 || !matches!(a.lower(ss), "a" | "an" | "the") {
        return None;
    }
    let verb = ss - 1;
    let first = match a.lower(verb) {
        "issued" | "released" | "sent" | "posted" | "published" | "tweeted" | "launched"
        | "unveiled" | "circulated" | "wrote" => verb,
        "out" | "back"
            if verb > s0
                && matches!(
                    a.lower(verb - 1),
                    "put" | "fired" | "shot" | "sent" | "sends"
                ) =>
        {
            verb - 1
        }
        _ => return None,
    };
    if first <= s0 {
        return None;
    }
    let j = skip_left(a, first - 1, s0)?;
    left_np(a, j, s0).filter(|&np| person_like(a, np))
}
