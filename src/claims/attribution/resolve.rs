//! Who a speaker phrase is: its person and title, a collective ("Washington" → US), and
//! the person a pronoun or a relative "who" refers to.

use super::*;

/// The person a speaker phrase names: its first person mention that is not the
/// complement of another noun ("An aide to French President Emmanuel Macron" is not Macron)
/// nor part of another person's title ("UKIP spokesman Mark Croucher" is Croucher, even
/// where the article's "UKIP said" made UKIP look like a person).
pub(super) fn person_in(a: &Article, people: &[Person], start: usize, end: usize) -> Option<usize> {
    let in_a_title = |p: &Person| {
        people.iter().any(|q| {
            q.title
                .as_ref()
                .is_some_and(|t| t.start <= p.name.start && p.name.end <= t.end)
        })
    };
    // "Trend Micro advanced threat researcher Paul Ferguson": a mention that only qualifies
    // the next one's title (lower-case words between, no punctuation) is not the speaker.
    let qualifies_next = |i: usize| {
        people.get(i + 1).is_some_and(|q| {
            q.name.end <= end
                && a.text[people[i].name.end..q.name.start]
                    .split_whitespace()
                    .all(|w| {
                        w.chars().all(|c| c.is_lowercase() || c == '-') && !is_function_word(w)
                    })
                && !a.text[people[i].name.end..q.name.start].trim().is_empty()
        })
    };
    let speaks = |i: usize| {
        let p = &people[i];
        if p.name.start < start
            || p.name.end > end
            || in_a_title(p)
            || qualifies_next(i)
            || only_a_possessor(a, p, start, end)
        {
            return false;
        }
        // The words before the mention's own title (or name, when it has none).
        let own = mention_start(p).max(start);
        let before = a.text[start..own].to_lowercase();
        let words: Vec<&str> = before
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        !words
            .iter()
            .any(|w| matches!(*w, "to" | "of" | "for" | "with" | "by"))
    };
    let first = (0..people.len()).find(|&i| speaks(i))?;
    // Two people joined by "and" ("German Chancellor Angela Scholz and French President
    // Jacques Macron both said") are no one person: the words are not the first one's.
    let joined = (first + 1..people.len()).any(|j| {
        speaks(j)
            && a.text[people[first].name.end..people[j].name.start]
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "and")
    });
    (!joined).then_some(first)
}

/// Where a person's mention starts: at its title when the title comes first ("US Deputy
/// Secretary of State Sherman"), else at the name.
fn mention_start(p: &Person) -> usize {
    p.title
        .as_ref()
        .map_or(p.name.start, |t| t.start.min(p.name.start))
}

/// Is person `p` only the possessor inside the speaker phrase `start..end` (bytes)?
/// "Chancellor Gordon Brown's closest ally" is not Brown; but "Mr Tanzi's statement said",
/// "Peston's book claimed", "Greene's office announced": what is theirs speaks for them.
fn only_a_possessor(a: &Article, p: &Person, start: usize, end: usize) -> bool {
    let mark = a.tokens.partition_point(|t| t.start < p.name.end);
    let marked = a
        .tokens
        .get(mark)
        .is_some_and(|t| t.kind == Kind::Possessive)
        || mark < a.tokens.len() && plural_possessive(a, mark, 0);
    // The possessed noun: the last of the words right after the mark, before any
    // complement ("Marley's former head [of press at Island Records]").
    let head = (mark + 1..a.tokens.partition_point(|t| t.end <= end))
        .take_while(|&k| {
            let t = &a.tokens[k];
            (t.kind == Kind::Word || t.kind == Kind::Number) && !is_function_word(a.lower(k))
        })
        .last();
    let theirs = |w: &str| {
        lexicon::document_noun(w)
            || lexicon::evidence_noun(w)
            || matches!(
                w,
                "office"
                    | "campaign"
                    | "book"
                    | "website"
                    | "site"
                    | "tweet"
                    | "tweets"
                    | "news"
                    | "account"
                    | "blog"
                    | "column"
                    | "remarks"
                    | "comments"
                    | "speech"
            )
    };
    // (theirs only as the phrase's own head, not inside a clause after it: "the
    // Huffington Post, which said it would cover Trump's campaign")
    let own = mention_start(p);
    let between = &a.text[start..own.max(start)];
    let in_a_clause = between.contains(',')
        || between
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "which" | "who" | "that"));
    marked && head.is_some_and(|k| in_a_clause || !theirs(a.lower(k)))
}

/// The most relevant title for person `idx`: at this mention, else the nearest earlier
/// mention of the same surname, else a later one.
pub(super) fn title_of(people: &[Person], idx: usize) -> Option<Span> {
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

/// The full name for person `idx`: given names from the nearest mention of the same
/// surname that has them, the mention itself first, then those before it, then those
/// after ("Jones added" is the UK Athletics chief Max Jones named before, not the "S
/// Jones" of a team list below).
pub(super) fn full_name(people: &[Person], idx: usize) -> String {
    let key = surname_key(&people[idx].surname);
    let with_given = people[idx..]
        .iter()
        .chain(people[..idx].iter().rev())
        .find(|p| p.given.is_some() && surname_key(&p.surname) == key);
    // A given name that is the first part of a two-word surname ("Dela Cruz", "Parker
    // Bowles") is the end of another mention's longer one: "Charles S. Dela Cruz".
    let longer = |g: &str| {
        people
            .iter()
            .filter(|p| surname_key(&p.surname) == key)
            .filter_map(|p| p.given.as_deref())
            .find(|h| h.len() > g.len() && h.ends_with(g) && h[..h.len() - g.len()].ends_with(' '))
            .map(str::to_string)
    };
    match with_given.and_then(|p| p.given.as_deref()) {
        Some(g) if people[idx].name.text.split_whitespace().count() == 2 => {
            format!(
                "{} {}",
                longer(g).unwrap_or_else(|| g.to_string()),
                people[idx].surname
            )
        }
        Some(g) => format!("{g} {}", people[idx].surname),
        None => given_name_alone(people, idx).unwrap_or_else(|| people[idx].surname.clone()),
    }
}

/// A one-word mention that is the given name of exactly one person of the article, and
/// no one's surname, names that person ("'…,' said Kamilla." after "Kamilla Sigríður
/// Jósefsdóttir, expert at the Directorate of Health"; "says Tonny" after "Tonny Mawejje").
fn given_name_alone(people: &[Person], idx: usize) -> Option<String> {
    let key = surname_key(&people[idx].surname);
    let mut full: Vec<String> = people
        .iter()
        .filter(|p| {
            p.given
                .as_deref()
                .and_then(|g| g.split_whitespace().next())
                .is_some_and(|g| {
                    surname_key(g) == key
                        && !lexicon::org_word(&g.to_lowercase())
                        && !lexicon::title_word(&g.to_lowercase())
                })
        })
        .map(|p| format!("{} {}", p.given.as_deref().unwrap_or(""), p.surname))
        .collect();
    full.sort();
    full.dedup();
    (full.len() == 1).then(|| full.remove(0))
}

pub(super) fn collective_of(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let trimmed = lower.trim_end_matches(',').trim();
    let trimmed = trimmed.strip_prefix("the ").unwrap_or(trimmed);
    lexicon::collective(trimmed)
}

/// Is the token starting at byte `at` inside a quotation?
pub(super) fn quoted_at(a: &Article, at: usize) -> bool {
    let i = a.tokens.partition_point(|t| t.start < at);
    a.tokens.get(i).is_some_and(|t| t.start == at && t.quoted)
}

/// Words that may come before the subject of a sentence: "But Justice Vincent DelGiudice
/// made clear…", "Meanwhile, Gallagher…".
pub(super) const SUBJECT_OPENERS: &[&str] = &[
    "and",
    "but",
    "yet",
    "so",
    "then",
    "still",
    "now",
    "meanwhile",
];

/// The person who opens sentence `s` as its subject, with or without a title ("Nichols,
/// who argued…, spoke", "But Justice Vincent DelGiudice made clear"), after at most an
/// opening conjunction and an honorific. Not a possessor ("Nichols's lawyer said"), a name
/// inside another person's title, a name known only by one word and without an honorific
/// (organizations and places pass for people: "OPEC", "Japan"), nor a "sentence" that only
/// a line break opened (wire copy wrapped as "…said\nJapan has no plans…").
pub(super) fn opening_subject(a: &Article, people: &[Person], s: usize) -> Option<usize> {
    let r = a.sentences.get(s)?;
    let after_terminal = r.start > 0 && {
        let prev = &a.tokens[r.start - 1];
        prev.kind == Kind::CloseQuote || [".", "!", "?"].contains(&prev.lower.as_str())
    };
    if !after_terminal {
        return None;
    }
    let mut first = (r.start..r.end).find(|&i| {
        let t = &a.tokens[i];
        !(t.is_punct(',') || SUBJECT_OPENERS.contains(&t.lower.as_str()))
    })?;
    // "Mr Kilroy-Silk quit UKIP": the honorific is neither name nor title.
    let honorific = people::HONORIFICS.contains(&a.lower(first));
    if honorific {
        first += 1;
        if first < r.end && a.tokens[first].is_punct('.') {
            first += 1;
        }
    }
    let at = a.tokens.get(first)?.start;
    let k = people
        .iter()
        .position(|p| p.sentence == s && mention_start(p) == at)?;
    let p = &people[k];
    let possessor = a
        .tokens
        .get(a.tokens.partition_point(|t| t.start < p.name.end))
        .is_some_and(|t| t.kind == Kind::Possessive && t.start == p.name.end);
    let in_a_title = people.iter().any(|q| {
        q.title
            .as_ref()
            .is_some_and(|t| t.start <= p.name.start && p.name.end <= t.end)
    });
    let named = honorific || full_name(people, k) != p.surname;
    (named && !possessor && !in_a_title).then_some(k)
}

/// The person a relative "who" at token `i` refers to: the mention right before it, with
/// or without a comma, dash, parenthesis or short aside between ("Nichols, who argued…",
/// "Williams - who said…", "Nichols, 37, who…"). None when the
/// word before is no person's ("a former porn star, who insisted"): the previous speaker
/// is not who the clause is about.
pub(super) fn relative_antecedent(a: &Article, people: &[Person], i: usize) -> Option<usize> {
    let mut j = i.checked_sub(1)?;
    if a.tokens[j].is_punct(',') || is_dash(a, j) {
        j = j.checked_sub(1)?;
    }
    // "Nick J. Rahall II (D-W.Va.), who said": past a parenthesis.
    if a.tokens[j].is_punct(')') {
        let s0 = a.sentence_start(j);
        j = (s0..j)
            .rev()
            .find(|&k| a.tokens[k].is_punct('('))?
            .checked_sub(1)?;
    }
    let ending_at = |j: usize| {
        let end = a.tokens[j].end;
        people
            .iter()
            .position(|p| p.name.end == end || p.title.as_ref().is_some_and(|t| t.end == end))
    };
    // "Nichols, 37, who", "Sen. James McClure, R-Idaho, who": past a short aside.
    ending_at(j).or_else(|| {
        let s0 = a.sentence_start(j);
        let comma = (j.saturating_sub(3).max(s0)..j)
            .rev()
            .find(|&k| a.tokens[k].is_punct(','))?;
        ending_at(comma.checked_sub(1)?)
    })
}

/// "He added", "she also said", "he continued", "he went on": a cue that goes on with the
/// last speaker's words, whoever the sentences between were about.
pub(super) fn continues_speaker(a: &Article, f: &Found) -> bool {
    let (from, to) = (f.speaker.0.min(f.cue.0), f.speaker.1.max(f.cue.1));
    (from..=to.min(a.tokens.len().saturating_sub(1))).any(|i| {
        matches!(
            a.lower(i),
            "added" | "adds" | "also" | "continued" | "continues" | "went"
        )
    })
}

/// He/she → the most recent person speaker in this or the two previous sentences,
/// else the nearest person mentioned before the pronoun; either only if the pronoun `fits`
/// them (its gender is not the other one). A person who opens a sentence after the
/// speaker's, before the pronoun's, is the new topic and takes the pronoun instead: in
/// `…," said Stephen Bright. Nichols, who argued he was insane, spoke in court on Saturday.
/// "I'm sorry," he said.` he is Nichols (the ECB+, BBC and Reuters flags that credited a
/// statement to the previous speaker were all of this kind). Not when the cue `continues`
/// the last speaker ("He added that…", see `continues_speaker`). Left unresolved when
/// someone the people extractor did not read is named in between (`unknown_name_between`).
pub(super) fn resolve_pronoun(
    a: &Article,
    prior: &[Attribution],
    people: &[Person],
    at: usize,
    sentence: usize,
    fits: impl Fn(usize) -> bool,
    continues: bool,
) -> Option<usize> {
    // The earliest sentence a recent speaker may stand in: at most one sentence between it
    // and the pronoun's, not counting those wholly inside a quotation (they go on with its
    // speaker's words). Read once, back from the pronoun, no further than the first speaker.
    let lowest = prior.first().map_or(sentence, |x| x.sentence);
    let (mut floor, mut unquoted) = (sentence, 0);
    while floor > lowest {
        let between = unquoted + usize::from(floor < sentence && !wholly_quoted(a, floor));
        if between > 1 {
            break;
        }
        (floor, unquoted) = (floor - 1, between);
    }
    let recent = prior
        .iter()
        .rev()
        .take_while(|x| x.sentence >= floor)
        .find_map(|x| {
            x.person
                .filter(|&p| fits(p))
                .map(|p| (x.sentence, p, x.speaker.end))
        });
    let topic = |since: usize| {
        identified_before(a, people, since, sentence, at)
            .filter(|&p| fits(p))
            .or_else(|| {
                (since + 1..sentence)
                    .rev()
                    .find_map(|k| opening_subject(a, people, k).filter(|&p| fits(p)))
            })
    };
    if let Some((s, p, said)) = recent {
        let p = if continues { p } else { topic(s).unwrap_or(p) };
        let from = if people[p].sentence > s {
            people[p].name.end
        } else {
            said
        };
        return (!unknown_name_between(a, people, from, at)).then_some(p);
    }
    let latest = people
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, p)| p.name.end <= at)
        .take_while(|(_, p)| p.sentence + 3 >= sentence)
        .map(|(k, _)| k)
        .find(|&k| fits(k))?;
    // The subject of that sentence before a name later in it: "Jackman was abroad when his
    // Oscar role was announced. '…,' he said." is Jackman.
    let s = people[latest].sentence;
    let p = opening_subject(a, people, s)
        .filter(|&p| p != latest && fits(p) && people[p].name.end <= at)
        .unwrap_or(latest);
    (!unknown_name_between(a, people, people[latest].name.end, at)).then_some(p)
}

/// Is every word of sentence `s` inside a quotation (a quotation that runs on over
/// sentences: `"We don't hear the argument any longer. "You don't hear that because …"`)?
fn wholly_quoted(a: &Article, s: usize) -> bool {
    a.sentences.get(s).is_some_and(|r| {
        let mut words = (r.start..r.end)
            .filter(|&i| matches!(a.tokens[i].kind, Kind::Word | Kind::Number))
            .peekable();
        words.peek().is_some() && words.all(|i| a.tokens[i].quoted)
    })
}

/// The person a sentence after `since` (up to the pronoun at byte `at`, in sentence
/// `sentence` or before) identifies with "is" or "was" after a subject naming no one: "The
/// prosecution's star witness is Mr Sullivan, one of six executives indicted, He has
/// pleaded guilty" (BBC business/100, where "He" had been the last speaker, Ebbers). That
/// person is the topic the next pronoun takes.
fn identified_before(
    a: &Article,
    people: &[Person],
    since: usize,
    sentence: usize,
    at: usize,
) -> Option<usize> {
    let latest = people
        .iter()
        .rposition(|p| p.name.end <= at && p.sentence > since && p.sentence <= sentence)?;
    let p = &people[latest];
    let r = a.sentences.get(p.sentence)?;
    let first = a.tokens.partition_point(|t| t.start < mention_start(p));
    // Back over an honorific to the verb: "is Mr Sullivan", "was former chief X".
    let mut k = first;
    while k > r.start && people::HONORIFICS.contains(&a.lower(k - 1)) {
        k -= 1;
    }
    if k <= r.start + 1 || !matches!(a.lower(k - 1), "is" | "was") {
        return None;
    }
    let subject_names_someone = people
        .iter()
        .any(|q| q.sentence == p.sentence && q.name.end <= a.tokens[k - 1].start);
    (!subject_names_someone).then_some(latest)
}

/// Is someone the people extractor did not read named between byte `from` and the pronoun
/// at byte `at`: a given name of the gender lists, an honorific or a peer's rank ("Lord")
/// before a name word, or a name followed by ", who", outside every person read and every
/// quotation, in a sentence after the one `from` is in? Organisations ("the Monetary Policy Committee", "the Christian
/// Democrats") do not count. Then the pronoun may be theirs, and it is left unresolved rather
/// than credited to the person before ("…said Tory MP Michael Mates. The claims … were made
/// in a book by Philippe Sands QC. He also says…" is Sands, BBC politics/327).
pub(super) fn unknown_name_between(a: &Article, people: &[Person], from: usize, at: usize) -> bool {
    let first = a.tokens.partition_point(|t| t.start < from);
    if first == a.tokens.len() {
        return false;
    }
    let after = a.sentence_end(first);
    let read = |i: usize| {
        let t = &a.tokens[i];
        people.iter().any(|p| {
            let start = mention_start(p);
            start <= t.start && t.end <= p.name.end
        })
    };
    (after..a.tokens.len().saturating_sub(1))
        .take_while(|&i| a.tokens[i + 1].end <= at)
        .any(|i| {
            let w = a.lower(i);
            let next = a.lower(i + 1);
            // "Christian Democrats", "Virginia Tech", "Victoria Station": a given name that
            // opens the name of a group or a place.
            let names_a_group = lexicon::org_word(next)
                || lexicon::role_noun(next)
                || matches!(
                    next,
                    "democrats" | "democrat" | "science" | "tech" | "station"
                );
            let names_a_person = gender::is_given_name(w) && !names_a_group
                || people::HONORIFICS.contains(&w)
                || matches!(w, "lord" | "lady" | "baroness" | "baron");
            let full_name = names_a_person && a.is_cap(i) && a.is_name_word(i + 1) && !read(i + 1);
            // "A big reason why was Quinn, who was just 10 of 22": a name a relative clause
            // describes as someone (ECB+ 29_1ecbplus credited Quinn's words to Hillis).
            let people_of_a_country = lexicon::nationality(w).is_some()
                || lexicon::nationality(w.trim_end_matches('s')).is_some()
                || lexicon::country_name(w).is_some();
            let described = a.is_name_word(i)
                && !people_of_a_country
                && a.tokens[i + 1].is_punct(',')
                && i + 2 < a.tokens.len()
                && a.lower(i + 2) == "who";
            (full_name || described) && !read(i) && !quoted_at(a, a.tokens[i].start)
        })
}
