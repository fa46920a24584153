//! Reading a speaker phrase rightwards from its cue: inverted speakers (`"…," said NP`), the
//! agent of a passive, `according to NP`, with their appositions.

use super::*;

/// The speaker phrase starting at `k`, scanning right; `appositions` also takes what
/// follows the name up to the end of the clause (`, 62, who hasn't decided`, `of digital
/// consulting firm IMGE`), as PolNeAR's annotators do for inverted attributions.
pub(super) fn right_np(
    a: &Article,
    k: usize,
    end: usize,
    appositions: bool,
) -> Option<(usize, usize)> {
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
            && a.tokens[j - 1].end == t.start
            && (lexicon::abbreviation(a.lower(j - 1)) || is_initial(a, j - 1))
        {
            j += 1;
            continue;
        }
        // "the 6th Circuit", "the 82nd Airborne Division": an ordinal inside a name.
        if t.kind == Kind::Number && is_ordinal(a, j) && j + 1 < end && a.is_cap(j + 1) {
            j += 1;
            continue;
        }
        if t.kind != Kind::Word {
            break;
        }
        if last.is_some() && people::name_particle(a, j) {
            j += 1;
            continue;
        }
        let known = a.is_cap(j) && !lexicon::weekday(w) && lexicon::month(w).is_none()
            || !a.is_cap(j)
                && (lexicon::role_noun(w)
                    || lexicon::np_modifier(w)
                    || lexicon::title_word(w) && !matches!(w, "of" | "to" | "for" | "and" | "the"));
        // Unknown lower-case modifiers right before a name or role ("retired neurosurgeon
        // Ben Carson", "Trend Micro advanced threat researcher Paul Ferguson").
        let modifier = !a.is_cap(j)
            && !is_function_word(w)
            && lexicon::cue(w).is_none()
            && j + 1 < end
            && (lexicon::role_noun(a.lower(j + 1)) || modifies_a_name(a, j, end, last.is_some()));
        // A common noun's possessive right after the determiner: "said the bureau's
        // director". It names no one itself: a role must follow it.
        let possessor = j == k + 1
            && !a.is_cap(j)
            && j + 1 < end
            && a.tokens[j + 1].kind == Kind::Possessive
            && !is_function_word(w)
            && lexicon::cue(w).is_none();
        if possessor {
            j += 1;
            continue;
        }
        if known || modifier {
            if known {
                last = Some(j);
            }
            j += 1;
            continue;
        }
        if matches!(w, "of" | "for" | "by" | "to") && last.is_some() && j + 1 < end {
            let n = a.lower(j + 1);
            if a.is_cap(j + 1) || matches!(n, "the" | "a" | "an") || lexicon::role_noun(n) {
                j += 1;
                if matches!(a.lower(j), "the" | "a" | "an") {
                    j += 1;
                }
                continue;
            }
        }
        break;
    }
    let mut last = last?;
    // "C. Stewart Verdery Jr., a senior official": the period goes with the apposition.
    if abbreviation_period(a, last + 1, end) {
        last += 1;
    }
    // Parenthetical: (R-Texas)
    if last + 1 < end && a.tokens[last + 1].is_punct('(') {
        if let Some(close) = (last + 2..end.min(last + 8)).find(|&m| a.tokens[m].is_punct(')')) {
            last = close;
        }
    }
    // "a person close to the mayor": the idiom and its complement.
    if last + 3 < end && idiom_before(a, last + 3, k).is_some() {
        last = clause_end(a, last + 3, end).saturating_sub(1).max(last);
    } else if last + 4 < end && idiom_before(a, last + 4, k).is_some() {
        last = clause_end(a, last + 4, end).saturating_sub(1).max(last);
    }
    if !appositions {
        return Some((k, last));
    }
    // `of digital consulting firm IMGE`, `from Hemet, California`
    if last + 1 < end && matches!(a.lower(last + 1), "of" | "from" | "at" | "with") {
        last = clause_end(a, last + 1, end).saturating_sub(1).max(last);
    }
    // "said a Mexican official who was not authorized to speak": an indefinite source is
    // identified by its restrictive relative clause (no comma before `who`).
    if last + 1 < end
        && a.lower(last + 1) == "who"
        && matches!(
            a.lower(k),
            "a" | "an" | "one" | "another" | "some" | "several"
        )
    {
        last = clause_end(a, last + 1, end).saturating_sub(1).max(last);
    }
    Some((k, appositions_after(a, last, end)))
}

/// Do the lower-case words from `j` (at most four, none a function word or a cue) lead to a
/// capitalized word: `[advanced threat researcher] Paul Ferguson`? After a name
/// (`after_name`) the last of them must name a role, or they are a verb and its object's
/// name follows: "Trend Micro [advanced threat researcher] Paul Ferguson", but "Hockney
/// [left] UKIP".
pub(super) fn modifies_a_name(a: &Article, j: usize, end: usize, after_name: bool) -> bool {
    let mut m = j;
    while m < end.min(j + 5) {
        let t = &a.tokens[m];
        if t.kind != Kind::Word || t.quoted != a.tokens[j].quoted {
            return false;
        }
        if a.is_cap(m) {
            return m > j && (!after_name || people::role_word(a.lower(m - 1)));
        }
        let w = a.lower(m);
        if is_function_word(w) || lexicon::cue(w).is_some() {
            return false;
        }
        m += 1;
    }
    false
}

/// Is the phrase starting at `start` the object of a verb: right after a lower-case word
/// that is no function word, determiner or cue ("left [UKIP]", "sent [an email]")?
pub(super) fn object_of_a_verb(a: &Article, start: usize, s0: usize) -> bool {
    if start <= s0 {
        return false;
    }
    let v = start - 1;
    let w = a.lower(v);
    a.tokens[v].kind == Kind::Word
        && !a.is_cap(v)
        && !is_function_word(w)
        && !lexicon::determiner(w)
        && lexicon::cue(w).is_none()
        && !lexicon::np_modifier(w)
        && !lexicon::role_noun(w)
}

/// Does the apposition opening at `first` name an office or role in its first words, after
/// up to three lower-case modifiers no list holds (`, [refugee rights program director] at`)
/// or a time word: `, [managing director] of …`,
/// `, [communications director] for …`, `, [then senior pastor] at …`, `, [co-director]
/// of …`? Not a participle with an object (`, citing participants`, `, becoming the first
/// senator`) nor a prepositional phrase (`, in a statement`).
pub(super) fn role_apposition(a: &Article, first: usize, end: usize) -> bool {
    let role = |m: usize| {
        let w = a.lower(m);
        let last = w.rsplit('-').next().unwrap_or(w);
        !a.is_cap(m)
            && (lexicon::role_noun(w)
                || lexicon::role_noun(last)
                || lexicon::office_noun(last)
                || matches!(last, "pastor" | "publisher" | "organizer" | "up"))
    };
    let plain = |m: usize| {
        m < end
            && a.tokens[m].kind == Kind::Word
            && !a.tokens[m].quoted
            && !a.is_cap(m)
            && !is_function_word(a.lower(m))
            && !matches!(
                a.lower(m),
                "in" | "on" | "at" | "with" | "by" | "via" | "after"
            )
    };
    // A relative clause is no role of its own: `, whose chief executive …` (see
    // `apposed_subject`, which leaves those to `left_np`).
    if is_relative_pronoun(a.lower(first)) {
        return false;
    }
    let k = if matches!(a.lower(first), "then" | "now" | "formerly") {
        first + 1
    } else {
        first
    };
    if !plain(k) {
        return false;
    }
    let w = a.lower(k);
    if w.ends_with("ing") || w.ends_with("ed") {
        // "managing director", "acting political director": the participle modifies a role.
        let singular = |m: usize| plain(m) && role(m) && !a.lower(m).ends_with('s');
        return singular(k + 1)
            || plain(k + 1) && lexicon::np_modifier(a.lower(k + 1)) && singular(k + 2);
    }
    (k..end.min(k + 4)).take_while(|&m| plain(m)).any(role)
}

/// Where a speaker phrase ending at `last` ends with the appositions after it (`, 62, who
/// hasn't decided which candidate to back`, `, an analyst at Pivotal Research`): the last
/// token of the last apposition, or `last` when none follows.
pub(super) fn appositions_after(a: &Article, mut last: usize, end: usize) -> usize {
    while last + 2 < end && a.tokens[last + 1].is_punct(',') {
        let first = last + 2;
        let fw = a.lower(first);
        let t = &a.tokens[first];
        let participle = !a.is_cap(first)
            && participle_form(fw)
            && !lexicon::role_noun(fw)
            && !role_apposition(a, first, end);
        let appositive = !t.quoted
            && !participle
            && (matches!(fw, "a" | "an" | "the" | "who" | "whose" | "of" | "from")
                || matches!(fw, "its" | "his" | "her" | "their" | "another")
                || fw == "one" && a.lower(first + 1) == "of"
                || role_apposition(a, first, end)
                || t.kind == Kind::Number
                || !a.is_cap(first)
                    && (lexicon::role_noun(fw)
                        || lexicon::title_word(fw)
                        || lexicon::np_modifier(fw))
                || lexicon::nationality(fw).is_some()
                || a.is_cap(first) && lexicon::cue(fw).is_none());
        // ", and" goes on with another apposition or name ("…, and a Republican who …",
        // "…, and Kevin Quinn, a political scientist"), not with a clause of its own ("said
        // Smith, and he left", "says Atli, and Ásrún agrees with it").
        if fw == "and" && and_opens_a_clause(a, first, end) {
            break;
        }
        if !appositive {
            break;
        }
        let stop = clause_end(a, first, end);
        if stop <= first || finite_verb(a, first, stop) {
            break;
        }
        last = stop - 1;
    }
    last
}

/// Does the "and" at `and` open a clause: a pronoun, or a name and then its verb?
fn and_opens_a_clause(a: &Article, and: usize, end: usize) -> bool {
    let next = and + 1;
    if next >= end {
        return false;
    }
    if lexicon::speaker_pronoun(a.lower(next)) {
        return true;
    }
    if !a.is_cap(next) {
        return false;
    }
    let after = (next..end).find(|&m| !(a.is_cap(m) || a.tokens[m].is_punct('.')));
    after.is_some_and(|m| {
        a.tokens[m].kind == Kind::Word && !a.is_cap(m) && !is_function_word(a.lower(m))
    })
}

/// The end of a speaker phrase after its cue with the comma that closes its apposition,
/// as PolNeAR's annotators keep it on both sides of the cue (`said [X, a pollster,]
/// citing …`, like `[X, a pollster,] said`); a phrase without apposition ends at its name.
pub(super) fn closing_comma(a: &Article, (s, e): (usize, usize), end: usize) -> usize {
    let apposed = (s..e).any(|m| a.tokens[m].is_punct(','));
    if apposed && e + 1 < end && a.tokens[e + 1].is_punct(',') {
        e + 1
    } else {
        e
    }
}

/// A finite auxiliary or copula in `from..to` outside a relative clause: the words are a
/// clause of their own ("the rise in costs is steep"), not an apposition.
pub(super) fn finite_verb(a: &Article, from: usize, to: usize) -> bool {
    for m in from..to {
        let w = a.lower(m);
        if matches!(w, "who" | "which" | "that" | "whose") {
            return false;
        }
        if lexicon::finite_auxiliary(w)
            || lexicon::negated_auxiliary(w)
            && !matches!(w, "n't" | "n’t")
            // not in a title: "the memoir Don't Look Back"
            && !a.is_cap(m)
            && !a.tokens[m].quoted
        {
            // "couldn't", "won't", "doesn’t": an auxiliary with its negation.
            return true;
        }
    }
    false
}

/// Token `m` is a finite verb opening a predicate: an auxiliary or modal ("would", "has") or
/// a past form in -ed ("continued"), in lower case and outside quotes.
pub(super) fn verb_after(a: &Article, m: usize, end: usize) -> bool {
    if m >= end || a.tokens[m].kind != Kind::Word || a.tokens[m].quoted || a.is_cap(m) {
        return false;
    }
    let w = a.lower(m);
    finite_verb(a, m, m + 1) || w.len() > 4 && w.ends_with("ed") && !lexicon::role_noun(w)
}

/// A short determined noun phrase filling the clause after an inverted cue, whatever its
/// head: `"…," said a narrator.`, `"…," wrote one commenter.` (up to five words, none a
/// function word or cue; `k` is the determiner).
pub(super) fn determined_clause(a: &Article, k: usize, end: usize) -> Option<(usize, usize)> {
    if k + 1 >= end || !matches!(a.lower(k), "a" | "an" | "the" | "one" | "another") {
        return None;
    }
    let stop = clause_end(a, k + 1, end);
    let words = k + 1..stop;
    let ok = !words.is_empty()
        && words.len() <= 5
        && words.clone().all(|m| {
            let t = &a.tokens[m];
            matches!(t.kind, Kind::Word | Kind::Number)
                && !t.quoted
                && !is_function_word(a.lower(m))
                && lexicon::cue(a.lower(m)).is_none()
        });
    ok.then(|| (k, stop - 1))
}

/// The source after `according to` at `i`: it runs to the end of its clause ("according to
/// Democrats involved in the negotiations"), whatever its head when it is a short phrase
/// ("according to the results", "according to him"); closing the sentence after the words
/// it reports, the appositions that follow belong to it too ("…, according to Brian Wieser, an analyst at
/// Pivotal Research").
pub(super) fn according_to_source(
    a: &Article,
    i: usize,
    s0: usize,
    s1: usize,
) -> Option<(usize, usize)> {
    let k = i + 2;
    let np = right_np(a, k, s1, false).or_else(|| short_clause(a, k, s1))?;
    let last = clause_end(a, np.1 + 1, s1).saturating_sub(1).max(np.1);
    let with_appositions = appositions_after(a, last, s1);
    let closes_sentence = with_appositions + 1 >= trim_end(a, k, s1);
    let after_words = i > s0 + 1 && a.tokens[i - 1].is_punct(',');
    if after_words && closes_sentence {
        return Some((np.0, with_appositions));
    }
    Some((np.0, last))
}

/// A phrase of up to fifteen unquoted words starting at `k` and filling its clause.
pub(super) fn short_clause(a: &Article, k: usize, end: usize) -> Option<(usize, usize)> {
    let stop = clause_end(a, k, end);
    let ok = stop > k
        && stop - k <= 15
        && (k..stop).all(|m| {
            let t = &a.tokens[m];
            !t.quoted && matches!(t.kind, Kind::Word | Kind::Number | Kind::Possessive)
        });
    ok.then(|| (k, stop - 1))
}

/// Where a clause starting at `i` ends: the next comma, quote or terminal punctuation.
pub(super) fn clause_end(a: &Article, i: usize, end: usize) -> usize {
    let mut m = i;
    while m < end {
        let t = &a.tokens[m];
        let terminal = t.kind == Kind::Punct
            && matches!(t.lower.as_str(), "." | "!" | "?" | ";" | ":" | "—" | "–")
            && !(m > 0
                && a.tokens[m - 1].end == t.start
                && (lexicon::abbreviation(a.lower(m - 1)) || is_initial(a, m - 1)))
            && !abbreviation_period(a, m, end);
        // A closing parenthesis ends the aside the clause sits in; a hyphen between spaces
        // is a dash ("the Tax Policy Center - half a point of GDP").
        let dash = t.is_punct('-')
            && m > 0
            && a.tokens[m - 1].end < t.start
            && a.tokens.get(m + 1).is_some_and(|n| n.start > t.end);
        if t.is_punct(',') || t.is_quote() || terminal || t.is_punct('(') || t.is_punct(')') || dash
        {
            break;
        }
        m += 1;
    }
    m
}

/// A period closing an abbreviation inside a phrase: right after its word and followed by
/// a comma or parenthesis ("Tampa, Fla., who", "Verdery Jr., a senior official").
pub(super) fn abbreviation_period(a: &Article, m: usize, end: usize) -> bool {
    m > 0
        && m + 1 < end
        && a.tokens[m].is_punct('.')
        && a.tokens[m - 1].kind == Kind::Word
        && a.tokens[m - 1].end == a.tokens[m].start
        && (a.tokens[m + 1].is_punct(',')
            // "(R-Texas Jr.)", but not a sentence closing in its parenthesis: "one activist.)"
            || a.tokens[m + 1].is_punct(')') && {
                let w = a.lower(m - 1);
                lexicon::abbreviation(w) || lexicon::name_suffix(w) || is_initial(a, m - 1)
            })
}

/// A single capital letter (an initial, when a period follows).
pub(super) fn is_initial(a: &Article, i: usize) -> bool {
    let s = a.str(i);
    s.len() == 1 && s.chars().all(|c| c.is_ascii_uppercase())
}

/// Token range of the sentence without trailing terminal punctuation and quote marks.
pub(super) fn trim_end(a: &Article, start: usize, mut end: usize) -> usize {
    while end > start {
        let t = &a.tokens[end - 1];
        // (and the auxiliary of a passive the words end on: "This progress was [praised by
        // Germany]")
        let auxiliary = t.kind == Kind::Word
            && !t.quoted
            && end - 1 > start
            && matches!(t.lower.as_str(), "was" | "were" | "been" | "is" | "are");
        if t.kind == Kind::Punct
            && matches!(t.lower.as_str(), "." | "!" | "?" | "," | ":" | ";" | "…")
            || t.is_quote()
            || auxiliary
        {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

pub(super) fn trim_start(a: &Article, mut start: usize, end: usize) -> usize {
    while start < end
        && (a.tokens[start].is_quote()
            || a.tokens[start].kind == Kind::Punct
                && matches!(a.lower(start), ":" | "," | "-" | "—" | "–"))
    {
        start += 1;
    }
    start
}
