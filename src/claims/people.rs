//! People and their titles.
//!
//! A name is a run of capitalized words (with initials and particles such as `al-`, `bin`,
//! `van`) that are not title words, places or organizations. A run is a *person* when the
//! article gives evidence for it, since without a gazetteer a capitalized run may be a
//! place or a body:
//! - a title before it (`US Deputy Secretary of State Sherman`, `Kremlin envoy Dmitry
//!   Kozak`, `The head of Ukrainian diplomacy Dmytro Kouleba`), kept whole, rank words
//!   (Deputy, Vice, acting, former) included;
//! - an apposition after it (`Wendy Sherman, an aide to Blinken,`) or before it (`the
//!   spokesman of the Kremlin, Dmitry Peskov`);
//! - an honorific (`Mr.`, `Dr.`), or a speech verb right after it (`Blinken said`), or
//!   before it (`said Blinken`, `said retired neurosurgeon Ben Carson`: lower-case words
//!   ending in a role); but not a name that only qualifies the next one's title (`said
//!   [Apex] vice chairman Robert Haines`), nor one after an article or a possessive (`the
//!   Oscar show`);
//! - or its surname is that of a person found by the rules above (`Blinken` after
//!   `Secretary of State Anthony Blinken`).
//!
//! A common verb's -ing form opening a sentence is no given name (`Having Jackman host …`).
//!
//! Collective speakers ("Washington", "the Kremlin") are not people; `attribution` handles
//! them.

use super::article::Article;
use super::gender;
use super::lexicon;
use super::names::fold;
use super::tokens::Kind;
use super::Person;
use ahash::AHashMap;
use std::collections::HashSet;

/// A run of name tokens `[start, end)`.
#[derive(Debug, Clone, Copy)]
struct Run {
    start: usize,
    end: usize,
}

const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "abu", "de", "van", "von", "der", "da", "di", "du", "la", "le", "el",
    "dos", "del",
];

/// A lower-case particle inside a name at `i` ("Bill [de] Blasio", "Ursula [von der]
/// Leyen", "Mr. [de] Vos"): a name word or honorific before it, a name word after it, either
/// maybe through one more particle.
pub(super) fn name_particle(a: &Article, i: usize) -> bool {
    let particle = |m: usize| {
        a.tokens[m].kind == Kind::Word && !a.is_cap(m) && PARTICLES.contains(&a.lower(m))
    };
    let name = |m: usize| a.tokens.get(m).is_some_and(|t| t.kind == Kind::Word) && a.is_cap(m);
    let before =
        |m: usize| m > 0 && (name(m - 1) || a.tokens[m - 1].is_punct('.') && m >= 2 && name(m - 2));
    let after = |m: usize| name(m + 1);
    particle(i)
        && (after(i) || i + 1 < a.tokens.len() && particle(i + 1) && after(i + 1))
        && (before(i) || i > 0 && particle(i - 1) && before(i - 1))
        && a.tokens.get(i + 1).is_some_and(|t| t.breaks == 0)
}

pub(super) const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "miss", "sir", "dame", "madame",
    "monsieur",
];

/// An office a title names; a shared, former, coming or deputy one too ("co-chairman",
/// "co-founder", "ex-president", "President-elect", "Undersheriff").
fn is_office(w: &str) -> bool {
    let w = w
        .strip_prefix("co-")
        .or_else(|| w.strip_prefix("ex-"))
        .unwrap_or(w);
    let w = w.strip_suffix("-elect").unwrap_or(w);
    if w.strip_prefix("under")
        .is_some_and(|rest| lexicon::office_noun(rest) || lexicon::title_word(rest))
    {
        return true;
    }
    lexicon::office_noun(w)
        || lexicon::vague_role(w)
        || matches!(
            w,
            "sen"
                | "sens"
                | "reps"
                | "justices"
                // sport's roles
                | "goalkeeper"
                | "keeper"
                | "striker"
                | "midfielder"
                | "defender"
                | "winger"
                | "skipper"
                | "fly-half"
                | "scrum-half"
                | "full-back"
                | "quarterback"
                | "pitcher"
                | "batsman"
                | "bowler"
                | "jockey"
                | "rep"
                | "gov"
                | "gen"
                | "lt"
                | "col"
                | "sgt"
                | "capt"
                | "adm"
                | "maj"
                | "prof"
                | "councilor"
                | "councillor"
                // A judge of a high court: "Justice Vincent DelGiudice" (ECB+ 33_7ecbplus).
                | "justice"
                | "aide"
                | "adviser"
                | "advisor"
                | "spokesperson"
                | "secretary-general"
                | "vice-president"
                | "director-general"
                | "commander-in-chief"
                | "chief-of-staff"
                | "counsel"
                | "co-chair"
                | "ombudsman"
                | "auditor"
                | "mp"
                | "mep"
                | "msp"
                // Roles written before a name as titles are: "Ireland coach Eddie
                // O'Sullivan", "defence lawyer Jo Smith", "chief strategist Stephen Bannon".
                | "coach"
                | "lawyer"
                | "strategist"
                | "critic"
                | "manager"
                | "economist"
                | "analyst"
                | "editor"
                | "columnist"
                | "correspondent"
                | "producer"
        )
}

/// Can token `i` be part of a title?
fn title_token(a: &Article, i: usize) -> bool {
    let t = &a.tokens[i];
    if t.kind == Kind::Punct {
        // The dot of `Sen.`.
        return t.is_punct('.')
            && i > 0
            && lexicon::abbreviation(a.lower(i - 1))
            && a.tokens[i - 1].end == t.start;
    }
    if t.kind != Kind::Word {
        return false;
    }
    let w = a.lower(i);
    // "under" is a rank in "Under Secretary", a preposition in "held under President X".
    if w == "under"
        && !a.is_cap(i)
        && a.tokens
            .get(i + 1)
            .is_none_or(|_| !a.lower(i + 1).starts_with("secretary"))
    {
        return false;
    }
    lexicon::title_word(w)
        || lexicon::nationality(w).is_some()
        || lexicon::collective(w).is_some()
        || is_office(w)
}

fn is_name_token(a: &Article, i: usize) -> bool {
    let w = a.lower(i);
    // Plural initialisms: "PMs", "MPs", "CEOs".
    let s = a.str(i);
    if s.len() >= 3 && s.ends_with('s') && s[..s.len() - 1].chars().all(|c| c.is_ascii_uppercase())
    {
        return false;
    }
    let opens = i == a.sentence_start(i) || i > 0 && a.tokens[i - 1].is_quote();
    // "Reporters asked", "Democrats said": role nouns, not names.
    if (opens || w.ends_with('s')) && lexicon::role_noun(w) {
        return false;
    }
    // "Ironically Nichols said": an adverb opening the sentence, not a given name.
    if opens && is_adverb(w) {
        return false;
    }
    // "said ID cards could", "the MP": acronyms name things and offices, not people
    // (initials are single letters, see `is_initial`).
    // Initials written together ("AJ Butler") are part of the name that follows.
    let initials = i + 1 < a.tokens.len() && a.tokens[i + 1].breaks == 0 && a.is_name_word(i + 1);
    if is_acronym(s) && !initials {
        return false;
    }

    a.tokens[i].kind == Kind::Word
        && a.is_name_word(i)
        && !lexicon::title_word(w)
        && !is_office(w)
        && lexicon::nationality(w).is_none()
        && lexicon::collective(w).is_none()
        && !lexicon::weekday(w)
        && (lexicon::month(w).is_none() || month_surname(a, i))
        && !HONORIFICS.contains(&w)
        && (!lexicon::org_word(w) || given_name_before_surname(a, i))
        && !lexicon::speaker_pronoun(w)
}

/// A given name that is also a word of things' names, before a surname: "Bill Clinton"
/// (not "the Bill Congress passed", "Bill Signing").
fn given_name_before_surname(a: &Article, i: usize) -> bool {
    let next = i + 1;
    gender::is_given_name(a.lower(i))
        && next < a.tokens.len()
        && a.tokens[next].kind == Kind::Word
        && a.tokens[next].breaks == 0
        && a.is_name_word(next)
        && !lexicon::org_word(a.lower(next))
        && !lexicon::title_word(a.lower(next))
        && (i == 0 || !lexicon::determiner(a.lower(i - 1)))
}

/// A month written after a listed given name and before no number is a surname: "Theresa
/// May", "Brian May said" (but "Washington May 5", "in May").
fn month_surname(a: &Article, i: usize) -> bool {
    i > 0
        && a.is_cap(i)
        && gender::is_given_name(a.lower(i - 1))
        && a.is_cap(i - 1)
        && a.tokens.get(i + 1).is_none_or(|t| t.kind != Kind::Number)
}

/// "ID", "MP", "TV": two or three capital letters.
fn is_acronym(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_uppercase())
}

/// A sentence adverb by its ending ("Ironically", "Reportedly", "Separately"); names that
/// end in -ly keep other endings (Kelly, Connolly, Beverly, Kimberly).
fn is_adverb(w: &str) -> bool {
    // (and the discourse adverbs that open sentences: "Therefore, the person …")
    if matches!(
        w,
        "therefore"
            | "however"
            | "moreover"
            | "furthermore"
            | "nevertheless"
            | "nonetheless"
            | "meanwhile"
            | "otherwise"
            | "thus"
            | "hence"
            | "instead"
            | "indeed"
            | "besides"
            | "firstly"
            | "secondly"
            | "thirdly"
            | "lastly"
            | "finally"
            | "additionally"
            | "consequently"
            | "accordingly"
            | "likewise"
            | "similarly"
            | "conversely"
            | "overall"
            | "except"
            | "amen"
    ) {
        return true;
    }
    const ENDINGS: &[&str] = &[
        "ically", "ously", "ently", "antly", "ingly", "fully", "edly", "ively", "ately", "ably",
        "ibly", "ially", "ually", "arly", "ssly",
    ];
    ENDINGS
        .iter()
        .any(|e| w.len() > e.len() + 1 && w.ends_with(e))
}

fn is_initial(a: &Article, i: usize) -> bool {
    let s = a.str(i);
    s.chars().count() == 1
        && s.chars().all(char::is_uppercase)
        && a.tokens
            .get(i + 1)
            .is_some_and(|t| t.is_punct('.') && t.start == a.tokens[i].end)
}

/// Maximal name runs.
fn runs(a: &Article) -> Vec<Run> {
    let n = a.tokens.len();
    let mut out = Vec::new();
    let mut written = None;
    let mut i = 0;
    while i < n {
        if !is_name_token(a, i)
            || is_initial(a, i) && !a.tokens.get(i + 2).is_some_and(|_| is_name_token(a, i + 2))
        {
            i += 1;
            continue;
        }
        let start = i;
        let sentence = a.sentence_of[i];
        let mut end = i + 1;
        if is_initial(a, i) {
            end = i + 2;
        }
        // (within the sentence: across a line it wraps, not across one that ends it)
        while end < n && a.sentence_of[end] == sentence {
            if is_initial(a, end) && end + 2 < n && is_name_token(a, end + 2) {
                end += 2;
            } else if is_name_token(a, end) || title_as_surname(a, start, end) {
                end += 1;
            } else if PARTICLES.contains(&a.lower(end)) && end + 1 < n && is_name_token(a, end + 1)
            {
                end += 2;
            } else {
                break;
            }
        }
        // "Having Jackman host fits the theme": a gerund opening the sentence is no given
        // name when the surname is written elsewhere without it.
        let start = if end - start >= 2 && opening_gerund(a, start, &mut written) {
            start + 1
        } else {
            start
        };
        // "Keeper Tony Bullock made a save", "MP Diane Abbott said": a word before a given
        // name and a surname describes the person (its capital opens the sentence or marks
        // an acronym); the name starts at the given name.
        let opens_sentence =
            start == a.sentence_start(start) || start > 0 && a.tokens[start - 1].is_quote();
        let descriptor = opens_sentence && crate::story::prior::is_frequent_word(a.lower(start))
            || is_acronym(a.str(start))
            || DEMONYMS.contains(&a.lower(start));
        let start = if end - start >= 3
            && descriptor
            && !gender::is_given_name(a.lower(start))
            && gender::is_given_name(a.lower(start + 1))
            && !is_initial(a, start)
        {
            start + 1
        } else {
            start
        };
        // Org words anywhere in a longer capitalized stretch make it a body, not a person.
        let org = (end..n.min(end + 3))
            .take_while(|&j| a.is_cap(j) && !a.breaks_line(j))
            .any(|j| lexicon::org_word(a.lower(j)));
        // (Four words at most, the dots of initials not counted: "Charles S. Dela Cruz".)
        let words = (start..end)
            .filter(|&k| a.tokens[k].kind == Kind::Word)
            .count();
        if !org && words <= 4 {
            out.push(Run { start, end });
        }
        i = end;
    }
    out
}

/// Nouns for a people's members, which describe the person after them ("Swede Daniel
/// Persson", "Spaniard Conchita Martinez"); those that are also adjectives ("Australian",
/// `lexicon::nationality`) are no name words at all, and are not listed.
const DEMONYMS: &[&str] = &[
    "swede",
    "dane",
    "briton",
    "spaniard",
    "frenchman",
    "frenchwoman",
    "scot",
    "scotsman",
    "welshman",
    "irishman",
    "englishman",
    "englishwoman",
    "finn",
    "dutchman",
    "pole",
    "norwegian",
    "kenyan",
    "ethiopian",
    "brazilian",
    "argentine",
    "mexican",
    "belgian",
    "swiss",
    "austrian",
    "croat",
    "serb",
    "czech",
    "slovak",
    "hungarian",
    "romanian",
    "bulgarian",
    "greek",
    "portuguese",
    "icelander",
    "jamaican",
    "nigerian",
    "moroccan",
    "algerian",
];

/// A rank that is also a family name, written after a given name: "Billy [King] said",
/// "Martin Luther [King] Jr.", "Ernest [Major]" (not "King of Jordan", nor a rank before
/// another name: "Pastor John [Bishop] Smith" stays a title).
fn title_as_surname(a: &Article, start: usize, end: usize) -> bool {
    const SURNAMES: &[&str] = &[
        "king",
        "bishop",
        "major",
        "judge",
        "marshal",
        "dean",
        "chancellor",
        "constable",
        "sheriff",
        "prince",
        "general",
        "cardinal",
    ];
    let w = a.lower(end);
    let next_is_name = a.tokens.get(end + 1).is_some_and(|t| {
        t.breaks == 0
            && t.kind == Kind::Word
            && a.is_cap(end + 1)
            && !lexicon::name_suffix(&t.lower)
    });
    end > start
        && SURNAMES.contains(&w)
        && a.is_cap(end)
        && !a.is_all_caps(end)
        && a.tokens[end].breaks == 0
        // (a given name the lists hold, or a name right after an office: "Bank of England
        // governor Mervyn King")
        && (gender::is_given_name(a.lower(end - 1))
            || gender::is_given_name(a.lower(start))
            || start > 0 && is_office(a.lower(start - 1)))
        && !next_is_name
        && a.tokens.get(end + 1).is_none_or(|t| t.lower != "of")
}

/// How often each token is written, and after which lower-case word: (times, times after).
#[derive(Default)]
struct Written<'t> {
    times: AHashMap<&'t str, usize>,
    after: AHashMap<(&'t str, &'t str), usize>,
}

impl<'t> Written<'t> {
    fn of(a: &'t Article) -> Self {
        let mut w = Self::default();
        for j in 0..a.tokens.len() {
            *w.times.entry(a.str(j)).or_default() += 1;
            if j > 0 {
                *w.after.entry((a.str(j), a.lower(j - 1))).or_default() += 1;
            }
        }
        w
    }
}

/// Is token `i` an -ing form of a common verb that opens its sentence ("Having",
/// "Bringing"), and is the name after it written elsewhere in the article without it?
/// (`written` is built on first need: a scan of the article per run was quadratic.)
fn opening_gerund<'t>(a: &'t Article, i: usize, written: &mut Option<Written<'t>>) -> bool {
    let w = a.lower(i);
    let opens = i == a.sentence_start(i) || i > 0 && a.tokens[i - 1].is_quote();
    let Some(stem) = w.strip_suffix("ing").filter(|s| s.len() >= 2) else {
        return false;
    };
    let undoubled = stem
        .len()
        .checked_sub(1)
        .filter(|&k| k > 0 && stem.as_bytes()[k] == stem.as_bytes()[k - 1])
        .map(|k| &stem[..k]);
    let verb = crate::story::prior::is_frequent_word(stem)
        || crate::story::prior::is_frequent_word(&format!("{stem}e"))
        || undoubled.is_some_and(crate::story::prior::is_frequent_word);
    if !(opens && verb) {
        return false;
    }
    // Written somewhere not right after this word (the mention at i + 1 is after it).
    let written = written.get_or_insert_with(|| Written::of(a));
    let name = a.str(i + 1);
    let times = written.times.get(name).copied().unwrap_or(0);
    times > written.after.get(&(name, w)).copied().unwrap_or(0)
}

/// Capitalised words that open a sentence without naming a place: "But Judge Vincent
/// DelGiudice made clear…" has the title "Judge".
const SENTENCE_OPENERS: &[&str] = &[
    "but",
    "and",
    "or",
    "so",
    "yet",
    "then",
    "when",
    "while",
    "as",
    "if",
    "after",
    "before",
    "because",
    "since",
    "though",
    "although",
    "meanwhile",
    "also",
    "now",
    "later",
    "still",
    "instead",
    "earlier",
];

/// The title written right before a run, as a token range.
fn pre_title(a: &Article, run: Run) -> Option<(usize, usize)> {
    let s0 = a.sentence_start(run.start);
    let mut j = run.start;
    // A single line break inside the sentence is a wrapped line ("Deputy Energy\nMinister
    // Fernando Santos Alvite" in a wire); a blank line ends the title.
    while j > s0 && !a.tokens[j - 1].is_quote() && a.tokens[j].breaks < 2 {
        let k = j - 1;
        // "an aide to French President Emmanuel Macron", "a top lieutenant of Speaker Nancy
        // Pelosi": the office after "to", "for" or "of" is the name's; what comes before
        // belongs to someone else. ("of" only after a role in lower case: "Secretary of
        // Defense Gen. Jim Mattis" is one title.)
        let of_a_role = a.lower(k) == "of" && k > s0 && !a.is_cap(k - 1);
        if (matches!(a.lower(k), "to" | "for") || of_a_role)
            && (k + 1..run.start).any(|m| is_office(a.lower(m)))
        {
            break;
        }
        // "Vice President of the court Doris König": the office of a body written in lower
        // case belongs to the title (a journalist's test lost it).
        if k >= s0 + 3
            && !a.is_cap(k)
            && matches!(
                a.lower(k),
                "court"
                    | "board"
                    | "council"
                    | "committee"
                    | "commission"
                    | "company"
                    | "club"
                    | "bank"
                    | "party"
                    | "union"
                    | "tribunal"
                    | "federation"
                    | "association"
                    | "league"
                    | "assembly"
                    | "foundation"
            )
            && a.lower(k - 1) == "the"
            && a.lower(k - 2) == "of"
            && is_office(a.lower(k - 3))
        {
            j = k - 2;
            continue;
        }
        // "White House spokeswoman Sarah Sanders": the White House, not a house.
        if a.lower(k) == "house" && k > s0 && a.lower(k - 1) == "white" && a.is_cap(k - 1) {
            j = k - 1;
            continue;
        }
        if title_token(a, k) || (a.tokens[k].kind == Kind::Possessive && k > s0 && a.is_cap(k - 1))
        {
            j = k;
            continue;
        }
        // A possessive owner ("Putin's spokesman") or one place name at the left edge
        // ("Phoenix Mayor").
        if a.tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == Kind::Possessive)
        {
            j = k;
            continue;
        }
        let place_like = |m: usize| {
            a.is_cap(m)
                && a.tokens[m].kind == Kind::Word
                && !lexicon::weekday(a.lower(m))
                && lexicon::month(a.lower(m)).is_none()
                && !SENTENCE_OPENERS.contains(&a.lower(m))
        };
        // (The word after the body must be part of the title, not a connector: "President
        // Joe Biden and Vice President Kamala Harris" keeps Biden out of Harris's title.)
        let connector = |m: usize| {
            matches!(
                a.lower(m),
                "and" | "or" | "of" | "to" | "for" | "&" | "the" | "a" | "an"
            )
        };
        // "[Church] of England spokesman", "[Bank] of America chief executive": a body
        // named with "of", whose place the title already holds.
        if place_like(k)
            && j == k + 1
            && a.lower(j) == "of"
            && k + 2 < run.start
            && a.is_cap(k + 2)
            && !is_office(a.lower(k + 2))
            && !lexicon::title_word(a.lower(k + 2))
            && (k + 2..run.start).all(|m| a.lower(m) != "and")
            && (k + 2..run.start).any(|m| is_office(a.lower(m)))
        {
            j = k;
            continue;
        }
        if place_like(k) && k + 1 < run.start && title_token(a, k + 1) && !connector(k + 1) {
            if is_office(a.lower(k + 1)) {
                j = k;
            }
            // A body's name of up to three words between a rank and the office ("Deputy
            // [FBI] Director", "Deputy [Social] Security Commissioner") belongs to the title.
            let mut m = k;
            while m > s0 && k - m < 3 && place_like(m - 1) && !title_token(a, m - 1) {
                m -= 1;
            }
            let rank =
                |i: usize| title_token(a, i) && a.tokens[i].kind == Kind::Word && !connector(i);
            if m > s0 && rank(m - 1) && a.tokens[m].breaks == 0 {
                j = m;
                continue;
            }
            // The whole name of the body before its office: "[Home Office] Minister",
            // "[Senate Majority] Leader", "[New York] Gov." (not half of it), when nothing
            // capitalized runs on before it.
            // ("[Bank of England] governor": a body named with "of")
            while m >= s0 + 2
                && k - m < 4
                && a.lower(m - 1) == "of"
                && place_like(m - 2)
                && !title_token(a, m - 2)
            {
                m -= 2;
                while m > s0 && k - m < 5 && place_like(m - 1) && !title_token(a, m - 1) {
                    m -= 1;
                }
            }
            let on_one_line = (m + 1..=k).all(|i| a.tokens[i].breaks == 0);
            let opens = m == s0
                || !a.is_cap(m - 1)
                || a.tokens[m - 1].kind != Kind::Word
                || lexicon::weekday(a.lower(m - 1));
            // ("New" opening a sentence is new in office: "New Home Secretary Charles
            // Clarke", but "New York Gov.")
            let new_in_office = m == s0
                && a.lower(m) == "new"
                && !matches!(
                    a.lower(m + 1),
                    "york"
                        | "jersey"
                        | "zealand"
                        | "delhi"
                        | "mexico"
                        | "hampshire"
                        | "orleans"
                        | "south"
                        | "england"
                        | "brunswick"
                        | "haven"
                );
            let m = m + usize::from(new_in_office);
            if is_office(a.lower(k + 1)) && m < k && on_one_line && opens {
                j = m;
            }
        }
        break;
    }
    // A name right after a connector is an object ("an aide to Blinken"), not titled.
    if run.start > 0
        && matches!(
            a.lower(run.start - 1),
            "of" | "to" | "for" | "and" | "the" | "a" | "an"
        )
    {
        return None;
    }
    // Trim connectors at the edges.
    let mut start = j;
    while start < run.start
        && matches!(
            a.lower(start),
            "of" | "to" | "and" | "the" | "for" | "." | "a" | "an"
        )
    {
        start += 1;
    }
    if start >= run.start {
        return None;
    }
    let has_office = (start..run.start).any(|k| is_office(a.lower(k)));
    let only_honorific = (start..run.start)
        .all(|k| HONORIFICS.contains(&a.lower(k)) || a.tokens[k].kind == Kind::Punct);
    (has_office && !only_honorific).then_some((start, run.start - 1))
}

/// Where a noun-phrase segment starting at `i` ends (exclusive): the next comma, sentence
/// end, quote, or cue verb, or `None` when it runs too long.
fn segment_end(a: &Article, i: usize, limit: usize) -> Option<usize> {
    let end = a.sentence_end(i);
    let mut j = i;
    while j < end && j - i <= limit {
        let t = &a.tokens[j];
        if t.is_punct(',')
            || t.is_punct(';')
            || t.is_punct('(')
            || t.is_punct(':')
            || t.is_quote()
            || t.kind == Kind::Punct
                && matches!(t.lower.as_str(), "." | "!" | "?")
                && !(j > 0 && lexicon::abbreviation(a.lower(j - 1)))
        {
            return Some(j);
        }
        // (A cue word after "of", "for" or an article is a noun: "undersecretary of state
        // for economic affairs", "the report".)
        if j > i
            && t.kind == Kind::Word
            && lexicon::cue(&t.lower).is_some()
            && !a.is_cap(j)
            && !matches!(a.lower(j - 1), "of" | "for" | "the" | "a" | "an")
        {
            return Some(j);
        }
        if matches!(t.lower.as_str(), "who" | "which" | "that") {
            return Some(j);
        }
        j += 1;
    }
    (j == end).then_some(j)
}

/// `Name, (a|an|the)? title-phrase` → the phrase.
fn post_apposition(a: &Article, run: Run) -> Option<(usize, usize)> {
    let comma = run.end;
    if comma >= a.sentence_end(run.start) || !a.tokens[comma].is_punct(',') {
        return None;
    }
    // A country named alone is not described by the phrase after it ("Brazil, an
    // official at the Ministry, said").
    if lone_country(a, run) {
        return None;
    }
    let first = comma + 1;
    if first >= a.sentence_end(run.start) {
        return None;
    }
    let end = segment_end(a, first, 18)?;
    if end <= first {
        return None;
    }
    // Nor is a place named after a preposition, when the phrase after it opens a clause
    // of its own: "said in Kuwait, a spokesman for the state oil company said" (but
    // "a post from Jenna Ellis, a senior legal adviser for the campaign, was hidden").
    let opens_a_clause = end < a.sentence_end(run.start)
        && a.tokens[end].kind == Kind::Word
        && lexicon::cue(a.lower(end)).is_some();
    if opens_a_clause
        && run.start > 0
        && matches!(
            a.lower(run.start - 1),
            "in" | "at" | "from" | "near" | "into" | "across" | "outside"
        )
    {
        return None;
    }
    let mut k = first;
    // "the commerce secretary, Gary Locke, and the interior secretary, Ken Salazar": a list
    // goes on to the next person, whose title it is.
    if matches!(a.lower(k), "and" | "or" | "but" | "nor") {
        return None;
    }
    if lexicon::determiner(a.lower(k)) && !matches!(a.lower(k), "a" | "an" | "the") {
        return None;
    }
    if matches!(a.lower(k), "a" | "an" | "the") {
        k += 1;
    }
    // "Arnaldo Forlani, for the job of prime minister": a connector opens no title.
    if k < end && matches!(a.lower(k), "for" | "to") {
        return None;
    }
    // The phrase must open with title vocabulary (not a verb or another name) and hold an
    // office within its first few words.
    if k >= end
        || !(title_token(a, k)
            || lexicon::np_modifier(a.lower(k))
            || lexicon::role_noun(a.lower(k)))
    {
        return None;
    }
    let has_office = (k..end.min(k + 6)).any(|j| {
        is_office(a.lower(j))
            || lexicon::role_noun(a.lower(j)) && !a.is_cap(j) && a.lower(j) != "people"
    });
    // "Putin, German Chancellor Angela Scholz and ..." is a list of people, not a title.
    // (A name inside a complement is the office's domain: "secretary of state for
    // European and Eurasian affairs".)
    let complement_from = (k..end)
        .find(|&j| matches!(a.lower(j), "of" | "for" | "at" | "in"))
        .unwrap_or(end);
    // But a full name there after an office or "and" is another person: "talks in Dalian,
    // U.S. Secretary of State George Shultz"; "Presley, members of his band and engineer
    // Thorne Nogar".
    // (A name's possessive owns the office: "Michael Cohen, President Trump's former
    // lawyer,".)
    let owner = |j: usize| {
        (j + 1..end.min(j + 4))
            .take_while(|&m| is_name_token(a, m) || a.tokens[m].kind == Kind::Possessive)
            .any(|m| a.tokens[m].kind == Kind::Possessive)
            || a.tokens
                .get(j + 1)
                .is_some_and(|t| t.kind == Kind::Possessive)
    };
    let names_someone = (k..end).any(|j| {
        let before = a.lower(j - 1);
        is_name_token(a, j)
            && !owner(j)
            && !is_name_token(a, j - 1)
            && if j < complement_from {
                !matches!(before, "of" | "to" | "for" | "at" | "the" | "in")
            } else {
                let connector = matches!(
                    before,
                    "of" | "for" | "to" | "at" | "in" | "on" | "the" | "a" | "an"
                );
                HONORIFICS.contains(&before)
                    || gender::is_given_name(a.lower(j))
                        && j + 1 < end
                        && is_name_token(a, j + 1)
                        && (before == "and" || !connector && role_word(before))
            }
    });
    // "Tui, the UK's largest travel agency": an apposition that names a body describes
    // no person.
    // (The head is the last word before a complement: "the head of the travel agency".)
    let head_at = (k..end)
        .find(|&j| {
            let w = a.lower(j);
            let complement = matches!(
                w,
                "of" | "at"
                    | "for"
                    | "in"
                    | "on"
                    | "to"
                    | "with"
                    | "from"
                    | "by"
                    | "behind"
                    | "about"
                    | "as"
                    | "over"
                    | "under"
                    | "within"
                    | "across"
                    | "near"
            ) || !a.is_cap(j) && w.len() > 4 && w.ends_with("ed");
            // (not inside a name that modifies the head, "a University of Michigan health
            // researcher"; but "Governor of the Reserve Bank" is headed by its office)
            let before = a.lower(j - 1);
            complement
                && j > k
                && (!a.is_cap(j - 1) || is_office(before) || lexicon::title_word(before))
        })
        .unwrap_or(end)
        .saturating_sub(1)
        .max(k);
    let head = a.lower(head_at);
    let a_body = lexicon::org_word(head) && !is_office(head) && !lexicon::title_word(head)
        || FIRM_NOUNS.contains(&head);
    // "Therefore, the person did not receive the letter": a clause, not a title.
    // (Not a capitalized word: "the head of May Department Stores".)
    let clause = (k..end).any(|j| lexicon::finite_auxiliary(a.lower(j)) && !a.is_cap(j));
    (has_office && !names_someone && !a_body && !clause).then_some((first, end - 1))
}

/// What a firm or an outlet is called after its name ("Tui, the UK's largest travel
/// agency"; "Axa, the French insurer"), beyond `lexicon::org_word`.
const FIRM_NOUNS: &[&str] = &[
    "firm",
    "outlet",
    "airline",
    "operator",
    "carrier",
    "maker",
    "retailer",
    "website",
    "site",
    "newspaper",
    "chain",
    "brand",
    "giant",
    "startup",
    "start-up",
    "insurer",
    "lender",
    "manufacturer",
    "conglomerate",
    "publication",
    "channel",
    "app",
    "platform",
    "provider",
    "supplier",
    "subsidiary",
    "unit",
    "tabloid",
    "daily",
    "weekly",
];

/// `the title-phrase, Name` → the phrase (without its determiner).
fn pre_apposition(a: &Article, run: Run) -> Option<(usize, usize)> {
    let s0 = a.sentence_start(run.start);
    if run.start < s0 + 2 || !a.tokens[run.start - 1].is_punct(',') {
        return None;
    }
    let last = run.start - 2;
    let mut j = last + 1;
    while j > s0 {
        let k = j - 1;
        let w = a.lower(k);
        if matches!(w, "the" | "a" | "an") {
            if k > s0 && matches!(a.lower(k - 1), "of" | "for" | "to") {
                j = k;
                continue;
            }
            break;
        }
        let calendar = lexicon::weekday(w) || lexicon::month(w).is_some();
        if title_token(a, k)
            || lexicon::role_noun(w) && !a.is_cap(k)
            || lexicon::np_modifier(w)
            || a.is_cap(k) && !calendar
        {
            j = k;
            continue;
        }
        break;
    }
    if j > last || j == 0 {
        return None;
    }
    // The phrase must be introduced by a determiner ("the spokesman of the Kremlin") or a
    // possessor, kept in the title as it is after a name ("Ukraine's foreign minister,
    // Dmytro Kouleba," as "Dmytro Kouleba, Ukraine's foreign minister,").
    let mut start = j;
    // The possessor is the run of names before `'s`: not the words that open the sentence
    // ("On Tuesday Ukraine's", "In February President Zelensky's", "The Kremlin's").
    let possessor_word = |k: usize| {
        let w = a.lower(k);
        a.is_cap(k)
            && !lexicon::weekday(w)
            && lexicon::month(w).is_none()
            && !SENTENCE_OPENERS.contains(&w)
            && !matches!(
                w,
                "the" | "a" | "an" | "on" | "in" | "at" | "by" | "for" | "from"
            )
    };
    if matches!(a.lower(j - 1), "'s" | "\u{2019}s") && j >= s0 + 2 && possessor_word(j - 2) {
        start = j - 1;
        while start > s0 && possessor_word(start - 1) {
            start -= 1;
        }
    } else if !matches!(a.lower(j - 1), "the" | "a" | "an") {
        return None;
    }
    while start <= last && matches!(a.lower(start), "of" | "to" | "and") {
        start += 1;
    }
    let has_office = (start..=last).any(|k| is_office(a.lower(k)));
    (has_office && start <= last).then_some((start, last))
}

/// A cue verb right after the run (after auxiliaries and adverbs): `Blinken (also) said`.
fn speaks(a: &Article, run: Run) -> bool {
    let end = a.sentence_end(run.start);
    let mut j = run.end;
    while j < end && (lexicon::aux_or_adverb(a.lower(j)) || lexicon::ly_adverb(a.lower(j))) {
        j += 1;
    }
    // A verb chain that carries the cue ("went on to say", "continued to insist"), which
    // may open with the auxiliary just passed ("was quick to add").
    let word = |k: usize| (k < end).then(|| a.lower(k));
    let chain = [j.checked_sub(1).filter(|&s| s >= run.end), Some(j)]
        .into_iter()
        .flatten()
        .find_map(|start| lexicon::chain_cue_at(word, start));
    if let Some(cue) = chain {
        j = cue;
    }
    if j < end && a.tokens[j].kind == Kind::Word && !a.is_cap(j) {
        let w = a.lower(j);
        if let Some((lemma, class)) = lexicon::cue(w) {
            // "Bringing promises": a noun-like form ("promises", "reports") is no verb here;
            // nor is a participle right after the word ("English speaking tourists"); and
            // learning, talking or speaking is not saying something ("Volunteers learned").
            let noun_form = lexicon::noun_like_cue(w) && w != lemma && w.ends_with('s');
            let participle = j == run.end && w.ends_with("ing");
            let says_nothing = matches!(lemma, "learn" | "talk" | "speak");
            // "Axios reported", "Variety reported": a one-word name that reports is an
            // outlet as often as a person; it needs other evidence.
            let outlet = lemma == "report"
                && run.end == run.start + 1
                && !gender::is_given_name(a.lower(run.start));
            // "the Oscar show", "his Emmy report": a name after an article or a possessive
            // qualifies a noun; people do not take them.
            let determined =
                run.start > 0 && lexicon::article_or_possessive(a.lower(run.start - 1));
            return class != lexicon::CueClass::Stance
                && !determined
                && !noun_form
                && !participle
                && !says_nothing
                && !outlet;
        }
    }
    // Inverted: `, said Name` / `according to Name`; but in `said Apex vice chairman Robert
    // Haines` the speaker is Haines, and Apex only qualifies his title.
    if qualifies_a_title(a, run) {
        return false;
    }
    if titled_after_cue(a, run) {
        return true;
    }
    let before = run.start.checked_sub(1).map(|k| a.lower(k));
    before.is_some_and(|w| INVERTED_CUES.contains(&w))
        || run.start >= 2 && a.lower(run.start - 2) == "according" && a.lower(run.start - 1) == "to"
}

/// Is the run followed by lower-case title words and then another name: `[Apex] vice
/// chairman Robert Haines`, `[Trend Micro] advanced threat researcher Paul Ferguson`?
fn qualifies_a_title(a: &Article, run: Run) -> bool {
    let end = a.sentence_end(run.start);
    let mut titled = false;
    for m in run.end..end.min(run.end + 5) {
        let t = &a.tokens[m];
        if t.kind != Kind::Word || t.breaks > 0 {
            return false;
        }
        if a.is_cap(m) {
            return titled && is_name_token(a, m);
        }
        let w = a.lower(m);
        if lexicon::cue(w).is_some() || matches!(w, "of" | "to" | "for" | "and" | "the") {
            return false;
        }
        titled |= title_token(a, m) || lexicon::role_noun(w);
    }
    false
}

/// Does the run close a speaker phrase that follows a cue, after lower-case words no title
/// list holds: `said [Trend Micro] advanced threat researcher Paul Ferguson`, `said retired
/// neurosurgeon Ben Carson`?
fn titled_after_cue(a: &Article, run: Run) -> bool {
    let s0 = a.sentence_start(run.start);
    let mut lower_words = 0;
    let mut k = run.start;
    while k > s0 && run.start - k < 8 {
        k -= 1;
        let t = &a.tokens[k];
        if t.kind != Kind::Word || a.tokens[k + 1].breaks > 0 {
            return false;
        }
        let w = a.lower(k);
        if !a.is_cap(k) && INVERTED_CUES.contains(&w) {
            return lower_words > 0;
        }
        if a.is_cap(k) {
            continue;
        }
        // The word before the name must be a role ("researcher", "neurosurgeon"), not a
        // verb: "said government troops entered Homs" names a place.
        if k + 1 == run.start && !names_a_role(a, k) {
            return false;
        }
        if lexicon::cue(w).is_some()
            || lexicon::determiner(w)
            || lexicon::aux_or_adverb(w)
            || lexicon::ly_adverb(w)
            || lexicon::speaker_pronoun(w)
            || matches!(
                w,
                "of" | "to" | "for" | "and" | "in" | "on" | "at" | "with" | "by" | "that"
            )
        {
            return false;
        }
        lower_words += 1;
    }
    false
}

/// A lower-case word at `k` that names a role (see `role_word`), or a title word.
fn names_a_role(a: &Article, k: usize) -> bool {
    title_token(a, k) || role_word(a.lower(k))
}

/// A lower-case word that names a role: from the lists, or by an agent ending (researcher,
/// neurosurgeon, economist, historian, consultant), prepositions and adverbs that end alike
/// excepted.
pub(super) fn role_word(w: &str) -> bool {
    const AGENT_ENDINGS: &[&str] = &[
        "er", "or", "ist", "ian", "ant", "ent", "eon", "ess", "yst", "ee",
    ];
    lexicon::role_noun(w)
        || lexicon::title_word(w)
        || is_office(w)
        || !NOT_AGENTS.contains(&w)
            && AGENT_ENDINGS
                .iter()
                .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

/// Prepositions, conjunctions and adverbs with an agent's ending: "said fighting spread
/// after Homs fell" names a place.
const NOT_AGENTS: &[&str] = &[
    "after", "under", "over", "never", "ever", "whether", "either", "neither", "other", "another",
    "later", "earlier", "rather", "together", "further", "however", "whatever", "whenever",
    "wherever",
];

const INVERTED_CUES: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "asked",
    "noted",
    "explained",
    "warned",
];

fn honorific(a: &Article, run: Run) -> bool {
    let mut k = run.start;
    if k > 0 && a.tokens[k - 1].is_punct('.') {
        k -= 1;
    }
    k > 0
        && (HONORIFICS.contains(&a.lower(k - 1))
            || matches!(
                a.lower(k - 1),
                "sen" | "rep" | "gov" | "gen" | "prof" | "president" | "minister" | "chancellor"
            ))
}

/// A given name of the gender lists and a surname, in a name of two or three words written
/// in mixed case ("Salvation Army bell ringer Michael Gallagher ran to help"): a person even
/// with no title, honorific or speech, unless a word of the name or the one after it names
/// a body or a place ("Georgia Power", "Virginia Beach", "Jordan River"), or a place word
/// comes before it ("in Charlotte Hornets country").
fn given_and_surname(a: &Article, run: Run) -> bool {
    let words: Vec<usize> = (run.start..run.end)
        .filter(|&k| a.tokens[k].kind == Kind::Word)
        .collect();
    let place_or_body = |k: usize| {
        let w = a.lower(k);
        matches!(
            w,
            "beach"
                | "garden"
                | "gardens"
                | "award"
                | "awards"
                | "prize"
                | "clinic"
                | "hall"
                | "park"
                | "center"
                | "centre"
                | "hotel"
                | "stadium"
                | "arena"
                | "bridge"
                | "charged"
                | "will"
                | "says"
                | "said"
        ) || lexicon::org_word(w)
            || lexicon::country_name(w).is_some()
            || lexicon::nationality(w).is_some()
            || lexicon::month(w).is_some()
            || lexicon::weekday(w)
    };
    (2..=3).contains(&words.len())
        && (gender::is_given_name(a.lower(run.start))
            || patronymic(a.lower(words[words.len() - 1]))
                && !matches!(
                    a.lower(run.start),
                    "lake" | "fort" | "port" | "mount" | "mt" | "cape" | "st" | "saint" | "san"
                ))
        && !a.is_all_caps(run.start)
        && !words.iter().any(|&k| place_or_body(k))
        && !(run.end < a.tokens.len() && a.is_cap(run.end) && place_or_body(run.end))
        && !(run.start > 0
            && matches!(a.lower(run.start - 1), "in" | "at" | "near" | "from" | "of"))
}

/// A Nordic surname formed from a father's name ("Bollason", "Kjartansson", "Magnúsdóttir",
/// "Thomsen"): with a capitalized word before it, a person whatever the given name, which
/// the gender lists may not hold (Icelandic, Nordic names: WMT's "Atli Bollason will never
/// forget" named no one, so every later "says Atli" was left at the given name).
/// English "-son" names are left to the gender lists: as often a firm's ("Dayton Hudson",
/// "Jardine Matheson", "California Edison").
fn patronymic(w: &str) -> bool {
    let n = w.chars().count();
    n >= 6
        && (["dóttir", "dottir", "dóttur"]
            .iter()
            .any(|end| w.ends_with(end))
            || w.ends_with("sson") && w != "ericsson"
            || w.ends_with("ason") && n >= 7 && w != "treason"
            || w.ends_with("sen") && !w.ends_with("usen"))
}

/// A name with an age after it between commas ("Staunton, 49, who told"): a person. (Not
/// "Katsuno Masayoshi (23)": Japanese papers' bracketed ages come after names written
/// family name first, which the people reader takes the other way round; left to the
/// entity comparison, their garbled translations are still flagged.)
fn aged(a: &Article, run: Run) -> bool {
    let k = run.end;
    let open = a.tokens.get(k).is_some_and(|t| t.is_punct(','));
    let age = a.tokens.get(k + 1).is_some_and(|t| {
        t.kind == Kind::Number && t.lower.parse::<u32>().is_ok_and(|n| (1..=115).contains(&n))
    });
    // (not a list of figures: "Windows XP, Vista, 7, 8 and 8.1")
    let close = a
        .tokens
        .get(k + 2)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('.'))
        && a.tokens.get(k + 3).is_none_or(|t| t.kind != Kind::Number);
    // (Not a place or a country with a figure: "in Paris, 12, …", "France, 12, and".)
    let place = run.start > 0 && matches!(a.lower(run.start - 1), "in" | "at" | "from" | "to")
        || lone_country(a, run);
    // (Nor a table's capitals, "CBT CLSG, 12,", nor the end of a longer name: "New
    // Zealand, 12,".)
    let caps = a.is_all_caps(run.start);
    let cut =
        run.start > 0 && a.tokens[run.start - 1].kind == Kind::Word && a.is_cap(run.start - 1);
    open && age && close && !place && !caps && !cut
}

/// A run that is one country's or US state's name alone ("Brazil", "Louisiana"): a body,
/// described by no apposition and no person by itself.
fn lone_country(a: &Article, run: Run) -> bool {
    run.end == run.start + 1 && lexicon::country_word(a.lower(run.start))
}

/// Strip Arabic and similar article prefixes for the surname key (al-Assad ≈ Assad).
pub fn surname_key(surname: &str) -> String {
    let lower = surname.to_lowercase();
    let stripped = ["al-", "el-", "ad-", "as-", "ash-", "an-", "ar-"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower);
    fold(stripped)
}

pub(super) fn extract(a: &Article) -> Vec<Person> {
    // A name joined to another by "&" is a firm's ("Marks & Spencer", "AT&T").
    let joined = |k: usize| a.tokens.get(k).is_some_and(|t| t.is_punct('&'));
    // A one-word name right after a capitalized word and "of" is a place or a body, no
    // person: "The Archbishop of Canterbury", "the Duke of Edinburgh", "Residents of
    // Daraa", "the Bank of England".
    let domain = |r: &Run| {
        r.end == r.start + 1
            && r.start >= 2
            && a.lower(r.start - 1) == "of"
            && a.is_cap(r.start - 2)
            && a.tokens[r.start - 2].kind == Kind::Word
            // (not a quantifier opening the sentence: "Many of Obama's aides")
            && !lexicon::determiner(a.lower(r.start - 2))
            && lexicon::number_word(a.lower(r.start - 2)).is_none()
            && !matches!(a.lower(r.start - 2), "none" | "friends" | "wife" | "son" | "daughter")
    };
    let runs: Vec<Run> = runs(a)
        .into_iter()
        .filter(|r| !(r.start > 0 && joined(r.start - 1) || joined(r.end)))
        .filter(|r| !domain(r))
        .collect();
    let mut evidenced: Vec<(Run, Option<(usize, usize)>)> = Vec::new();
    let mut weak: Vec<Run> = Vec::new();
    for &run in &runs {
        let title = pre_title(a, run)
            .or_else(|| post_apposition(a, run))
            .or_else(|| pre_apposition(a, run));
        // A country named alone speaks as a body, not as a person ("Brazil said"); a
        // "Jordan" with a given name elsewhere in the article is still that person.
        let country = lone_country(a, run);
        let speaks = speaks(a, run) && !country;
        if title.is_some()
            || honorific(a, run)
            || speaks
            || given_and_surname(a, run)
            || aged(a, run)
        {
            evidenced.push((run, title));
        } else {
            weak.push(run);
        }
    }
    let known: HashSet<String> = evidenced
        .iter()
        .map(|(r, _)| surname_key(a.str(surname_token(a, *r))))
        .collect();
    let mut all: Vec<(Run, Option<(usize, usize)>)> = evidenced;
    for run in weak {
        if known.contains(&surname_key(a.str(surname_token(a, run)))) {
            all.push((run, None));
        }
    }
    all.sort_by_key(|(r, _)| r.start);
    all.into_iter()
        .map(|(run, title)| {
            let last = surname_token(a, run);
            let given: Vec<&str> = (run.start..last)
                .filter(|&k| a.tokens[k].kind == Kind::Word)
                .map(|k| a.str(k))
                .collect();
            let given = given.join(" ");
            let given = given.replace(" .", ".");
            Person {
                name: a.span(run.start, run.end - 1),
                title: title.map(|(s, e)| a.span(s, e)),
                given: (!given.is_empty()).then_some(given),
                surname: a.str(last).to_string(),
                sentence: a.sentence_of[run.start],
            }
        })
        .collect()
}

/// The token holding the surname: the last word of the run, skipping generational suffixes.
fn surname_token(a: &Article, run: Run) -> usize {
    let mut last = run.end - 1;
    if last > run.start && matches!(a.lower(last), "jr" | "sr" | "ii" | "iii" | "iv") {
        last -= 1;
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> Vec<(String, Option<String>)> {
        let a = Article::new(text);
        extract(&a)
            .into_iter()
            .map(|p| (p.name.text, p.title.map(|t| t.text)))
            .collect()
    }

    fn p(name: &str, title: Option<&str>) -> (String, Option<String>) {
        (name.to_string(), title.map(str::to_string))
    }

    #[test]
    fn a_possessive_owns_an_apposition_and_sport_has_roles() {
        // Stop-33 audit (seed 34): no titles for these.
        assert_eq!(
            people("Michael Cohen, President Trump's former lawyer, said he lied.")[0],
            p("Michael Cohen", Some("President Trump's former lawyer"))
        );
        assert_eq!(
            people("Chelsea goalkeeper Carlo Cudicini was sent off."),
            [p("Carlo Cudicini", Some("Chelsea goalkeeper"))]
        );
        assert_eq!(
            people("Supreme Court Justices Sonia Sotomayor and Elena Kagan dissented.")[0],
            p("Sonia Sotomayor", Some("Supreme Court Justices"))
        );
        // "Average daily reported cases": "daily" is no adverb before a cue.
        assert!(people("Average daily reported cases are up 10% from two weeks ago.").is_empty());
    }

    #[test]
    fn a_one_word_name_that_reports_needs_other_evidence() {
        // The stop-32 audit's "Axios reported" (AllSides 7 outlets so, Reuters 253 firms).
        assert!(people("Pence will receive the vaccine on Friday, Axios reported.").is_empty());
        assert_eq!(
            people("Mary Smith reported that the plan failed."),
            [p("Mary Smith", None)]
        );
        assert_eq!(
            people("Smith said that the plan failed."),
            [p("Smith", None)]
        );
    }

    #[test]
    fn plural_ranks_and_discourse_adverbs() {
        assert_eq!(
            people("Pelosi declined to accept Reps. Jim Jordan of Ohio on the committee."),
            [p("Jim Jordan", Some("Reps."))]
        );
        // AllSides: "Firstly" was a person titled "the prime minister".
        assert!(people("Firstly, the prime minister insisted that it was over.").is_empty());
    }

    #[test]
    fn council_and_assembly_members_hold_offices() {
        assert_eq!(
            people("New York City Councilman Jumaane D. Williams, who represents the area, said it was tense."),
            [p("Jumaane D. Williams", Some("New York City Councilman"))]
        );
    }

    #[test]
    fn offices_to_come_under_offices_and_demonyms_are_no_part_of_the_name() {
        assert_eq!(
            people("U.S. President-elect Joe Biden said on Thursday he would act."),
            [p("Joe Biden", Some("U.S. President-elect"))]
        );
        assert_eq!(
            people("Genesee County Undersheriff James Gage said the boy was found."),
            [p("James Gage", Some("Genesee County Undersheriff"))]
        );
        assert_eq!(
            people("The race was won by Swede Daniel Persson on Sunday."),
            [p("Daniel Persson", None)]
        );
    }

    #[test]
    fn an_apposition_runs_over_a_noun_that_is_also_a_cue_and_over_a_domain_named_in_it() {
        // Reuters: "undersecretary of" (the verb "state"); AllSides: no title (the domain's
        // "Eurasian" read as another person).
        assert_eq!(
            people("\"It is a problem,\" Allen Wallis, undersecretary of state for economic affairs, told reporters."),
            [p("Allen Wallis", Some("undersecretary of state for economic affairs"))]
        );
        assert_eq!(
            people("George Kent, deputy assistant secretary of state for European and Eurasian Affairs, testified."),
            [p("George Kent", Some("deputy assistant secretary of state for European and Eurasian Affairs"))]
        );
        // A full name after an office or "and" there is another person.
        assert!(people(
            "The album was made by Elvis Presley, members of his band and engineer John Nogar."
        )
        .iter()
        .all(|(_, title)| title.is_none()));
    }

    #[test]
    fn a_place_is_not_described_by_the_clause_after_it() {
        // Reuters had 270 places read as people this way ("Japan", "Kuwait", "Hong Kong").
        assert!(
            people("Oil prices rose in Venice, a spokesman for the state oil company said.")
                .is_empty()
        );
        assert!(people("Brazil, an official at the Ministry of Trade, said no.").is_empty());
        assert_eq!(
            people("Another post from Jenna Ellis, a senior legal adviser for the Trump campaign, was hidden.")
                .last()
                .cloned(),
            Some(p("Jenna Ellis", Some("a senior legal adviser for the Trump campaign")))
        );
    }

    #[test]
    fn a_nordic_patronymic_makes_a_person_of_an_unknown_given_name() {
        // WMT21 is-en: no person was read here, so "says Atli" stayed a given name.
        assert_eq!(
            people("Atli Bollason will never forget the first time he met Ásrún Magnúsdóttir."),
            [p("Atli Bollason", None), p("Ásrún Magnúsdóttir", None)]
        );
        assert_eq!(
            people("Tobias Thomsen is ready to return home."),
            [p("Tobias Thomsen", None)]
        );
        // An English "-son" name is as often a firm's, and a German "-usen" a place.
        assert!(
            people("Shares of Dayton Hudson rose as Bayer Leverkusen and Sony Ericsson fell.")
                .is_empty()
        );
    }

    #[test]
    fn the_domain_of_a_title_is_no_person() {
        // BBC: "He [Canterbury] added" came from reading the see as a man.
        assert_eq!(
            people(
                "The Archbishop of Canterbury said the war was wrong. The Mayor of London, Ken \
                 Livingstone, said the plan was good. Many of Obama's aides disagreed."
            ),
            [p("Ken Livingstone", Some("Mayor of London"))]
        );
    }

    #[test]
    fn a_rank_after_a_given_name_is_a_surname() {
        assert_eq!(
            people(
                "Team president Billy King said so. Martin Luther King Jr. spoke in 1963. King \
                 Abdullah of Jordan met them."
            ),
            [
                p("Billy King", Some("Team president")),
                p("Martin Luther King Jr", None),
                p("Abdullah", Some("King")),
            ]
        );
    }

    #[test]
    fn a_given_name_and_a_surname_are_a_person_without_a_title() {
        assert_eq!(
            people(
                "Meantime, Salvation Army bell ringer Michael Gallagher ran to help. Gallagher \
                 was back the next day. Georgia Power raised rates in Virginia Beach. Rose \
                 Garden officials met."
            ),
            [p("Michael Gallagher", None), p("Gallagher", None)]
        );
    }

    #[test]
    fn opening_gerunds_cost_one_pass_of_the_article() {
        // Each "Having X" opening a sentence searched the whole article for X: 64,000 such
        // sentences (1.4 MB) took about a minute, a 16 MiB article hours.
        let mut text = String::from("Quex Aab spoke. Quex Aab said so.");
        for i in 0..64_000u32 {
            let name: String = i
                .to_string()
                .bytes()
                .map(|b| char::from(b'a' + (b - b'0')))
                .collect();
            text.push_str(&format!(" Having Q{name} host it."));
        }
        let started = std::time::Instant::now();
        let _ = people(&text);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "{:?}",
            started.elapsed()
        );
        // The gerund still comes off a name written elsewhere without it.
        let names = |text: &str| people(text).into_iter().map(|x| x.0).collect::<Vec<_>>();
        assert_eq!(
            names("Jackman said he would host. Having Jackman host fits the theme, Jackman said."),
            ["Jackman", "Jackman", "Jackman"]
        );
    }

    #[test]
    fn a_title_wrapped_over_two_lines_is_one_title() {
        // Reuters 12107: "MITI vice\npresident Makoto Kuroda" was read "president" (and
        // flagged against "vice president" in another wire).
        assert_eq!(
            people(
                "The two sides in the talks will be headed by MITI vice\npresident Makoto \
                 Kuroda, officials said in Tokyo on Tuesday."
            ),
            [p("Makoto Kuroda", Some("vice\npresident"))]
        );
        // A blank line ends the title: the line before is another paragraph.
        assert_eq!(
            people("Energy\n\nMinister Fernando Alvite said so."),
            [p("Fernando Alvite", Some("Minister"))]
        );
    }

    #[test]
    fn a_bodys_name_between_a_rank_and_the_office_is_part_of_the_title() {
        // AllSides: "former Deputy FBI Director Andrew McCabe" was titled "FBI Director" and
        // flagged against "deputy director"; "Deputy Social Security Commissioner" was
        // "Security Commissioner".
        assert_eq!(
            people("Sessions fired former Deputy FBI Director Andrew McCabe late Friday."),
            [p("Andrew McCabe", Some("former Deputy FBI Director"))]
        );
        assert_eq!(
            people("He said Deputy Social Security Commissioner David Black resigned."),
            [p(
                "David Black",
                Some("Deputy Social Security Commissioner")
            )]
        );
        // A connector is no rank: another person's name is not taken in; nor is the role
        // of someone before "of" (but "Secretary of Defense Gen." is one title).
        assert_eq!(
            people("President Joe Biden and Vice President Kamala Harris met on Monday."),
            [
                p("Joe Biden", Some("President")),
                p("Kamala Harris", Some("Vice President"))
            ]
        );
        assert_eq!(
            people("Secretary of Defense Gen. Jim Mattis said the plan was sound."),
            [p("Jim Mattis", Some("Secretary of Defense Gen."))]
        );
        let pelosi = people("Adam Smith, a top lieutenant of Speaker Nancy Pelosi, said it.")
            .into_iter()
            .find(|x| x.0 == "Nancy Pelosi");
        assert_eq!(pelosi, Some(p("Nancy Pelosi", Some("Speaker"))));
        assert_eq!(
            people("He met Vice President Mike Pence and Trump Press Secretary Sean Spicer."),
            [
                p("Mike Pence", Some("Vice President")),
                p("Sean Spicer", Some("Press Secretary"))
            ]
        );
    }

    #[test]
    fn the_white_house_is_part_of_a_title() {
        // AllSides: "White House spokeswoman Sarah Sanders" was titled "House spokeswoman"
        // and flagged against "Press Secretary".
        assert_eq!(
            people("He met White House spokeswoman Sarah Sanders on Monday."),
            [p("Sarah Sanders", Some("White House spokeswoman"))]
        );
        assert_eq!(
            people("He met White House Press Secretary Sarah Sanders on Monday."),
            [p("Sarah Sanders", Some("White House Press Secretary"))]
        );
    }

    #[test]
    fn a_preposition_before_a_name_is_no_role() {
        // "after" has an agent's ending (-er): Homs became a speaker of "said".
        let names = |text: &str| people(text).into_iter().map(|x| x.0).collect::<Vec<_>>();
        assert_eq!(
            names("The monitor said fighting spread after Homs fell to rebels."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("\"We will win,\" said retired neurosurgeon Ben Carson."),
            ["Ben Carson"]
        );
    }

    #[test]
    fn adverbs_and_acronyms_are_not_people() {
        let names = |text: &str| people(text).into_iter().map(|x| x.0).collect::<Vec<_>>();
        assert_eq!(
            names("Ironically Nichols said he was sorry. Kelly Smith said nothing. AJ Butler said so."),
            ["Nichols", "Kelly Smith", "AJ Butler"]
        );
        assert_eq!(
            names("The police had said ID cards could help, and the MP agreed."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_name_after_a_cue_is_a_person_only_as_the_head_of_the_phrase() {
        let names = |text: &str| people(text).into_iter().map(|x| x.0).collect::<Vec<_>>();
        // The firm only qualifies the title; the modifiers lead to the speaker.
        assert_eq!(
            names("\"It is bad,\" said Apex vice chairman Robert Haines."),
            ["Robert Haines"]
        );
        assert_eq!(
            names("\"Run,\" said Trend Micro advanced threat researcher Paul Ferguson."),
            ["Paul Ferguson"]
        );
        // A name after an article or a possessive qualifies a noun, even one that can be a
        // cue verb (ECB+ "the Oscar show", BBC "Oxfam's Paying the Price report … said").
        assert_eq!(
            names("He was a presenter on the Oscar show. Oxfam's Paying the Price report said so."),
            Vec::<String>::new()
        );
        // A verb before the name: the cue opens a clause, the name is its object.
        assert_eq!(
            names("The governor said government troops entered Homs on Tuesday."),
            Vec::<String>::new()
        );
        // An adverb after the cue opens a clause (Reuters: "Sri Lanaka" became a person).
        assert_eq!(
            names("The IMF has said previously Sri Lanaka must reduce its deficit."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn titles_before_the_name_keep_rank_words() {
        assert_eq!(
            people("US Deputy Secretary of State Sherman insisted that Russia is ready."),
            [p("Sherman", Some("US Deputy Secretary of State"))]
        );
        assert_eq!(
            people("US Secretary of State Wendy Sherman has said that Putin will act."),
            [p("Wendy Sherman", Some("US Secretary of State"))]
        );
        assert_eq!(
            people(
                "The head of Ukrainian diplomacy Dmytro Kouleba judged the threat more measured."
            ),
            [p("Dmytro Kouleba", Some("head of Ukrainian diplomacy"))]
        );
        assert_eq!(
            people("“These are different issues,” said Kremlin envoy Dmitry Kozak."),
            [p("Dmitry Kozak", Some("Kremlin envoy"))]
        );
        // A name before a verb chain that carries the cue speaks; a firm joined by "&" is
        // no person ("Marks & Spencer" read as a Mr Spencer).
        assert_eq!(
            people("Jane Okafor continued to insist the plan was dead."),
            [p("Jane Okafor", None)]
        );
        // Every chain the cue search knows (BBC politics/326: "Sion Simon even went so far
        // as to suggest" found the speaker but named no person).
        assert_eq!(
            people("Later Jane Okafor went so far as to suggest the plan was dead."),
            [p("Jane Okafor", None)]
        );
        assert_eq!(people("Marks & Spencer said sales fell."), []);
        // A name that ends the text has no word after it to read.
        assert_eq!(people("The winner was Okafor"), []);
        // BBC politics/409: a shared office is an office.
        assert_eq!(
            people("Tory co-chairman Liam Fox opened the conference."),
            [p("Liam Fox", Some("Tory co-chairman"))]
        );
    }

    #[test]
    fn a_judge_is_titled_and_a_sentence_opener_is_no_place() {
        // ECB+ 33_7ecbplus: "Justice" titles a judge; "But" is no place before an office.
        assert_eq!(
            people("But Justice Vincent DelGiudice made clear the witness is reluctant."),
            [p("Vincent DelGiudice", Some("Justice"))]
        );
        assert_eq!(
            people("But Judge John Smith said the witness is reluctant."),
            [p("John Smith", Some("Judge"))]
        );
        assert_eq!(
            people("Phoenix Mayor John Smith said so."),
            [p("John Smith", Some("Phoenix Mayor"))]
        );
    }

    #[test]
    fn police_ranks_are_titles_and_a_preposition_is_no_rank() {
        // ECB+ topics 18 and 11: "Constable" was read as a given name (a `name` conflict
        // "Constable Tim Fanning" / "Tim Fanning"), and "under" as the rank of "President".
        assert_eq!(
            people("Vancouver Police spokesman Constable Tim Fanning said the suspect had been let go."),
            [p("Tim Fanning", Some("Vancouver Police spokesman Constable"))]
        );
        assert_eq!(
            people("It was the first poll to be held under President Kurbanguly Berdymukhamedov."),
            [p("Kurbanguly Berdymukhamedov", Some("President"))]
        );
        // Reuters-21578: the job he may get is no title of his.
        let forlani = people("Cossiga is expected to nominate Ciriaco De Mita, Christian Democratic Party secretary, or the party's president, Arnaldo Forlani, for the job of prime minister.");
        assert!(
            forlani
                .iter()
                .all(|(_, t)| t.as_deref() != Some("for the job of prime minister")),
            "{forlani:?}"
        );
        // ECB+ 9_12ecbplus: the title after "and" is the next person's.
        assert_eq!(
            people("In a statement, the commerce secretary, Gary Locke, and the interior secretary, Ken Salazar, agreed."),
            [
                p("Gary Locke", Some("commerce secretary")),
                p("Ken Salazar", Some("interior secretary"))
            ]
        );
        // BBC sport/276: a footballer's agent, written before his name like a rank, is no
        // part of the name (a spelling variant "Agent Brian Hassell" / "Brian Hassell").
        assert_eq!(
            people("Agent Brian Hassell insists that the midfielder is determined."),
            [p("Brian Hassell", None)] // not "Agent Brian": no given name "Agent"
        );
        assert_eq!(
            people("Under Secretary of State Victoria Nuland said so."),
            [p("Victoria Nuland", Some("Under Secretary of State"))]
        );
    }

    #[test]
    fn appositions() {
        assert_eq!(
            people("Wendy Sherman, an aide to Blinken, who led past rounds, said Putin appeared ready."),
            [p("Wendy Sherman", Some("an aide to Blinken")), p("Putin", None)]
        );
        assert_eq!(
            people("The Kremlin regretted Thursday the spokesman of the Kremlin, Dmitry Peskov, adding that Moscow would react."),
            [p("Dmitry Peskov", Some("spokesman of the Kremlin"))]
        );
        assert_eq!(
            people("On the 27th, Wang Yi, State Councilor and Foreign Minister of China, said on the phone."),
            [p("Wang Yi", Some("State Councilor and Foreign Minister of China"))]
        );
        // The office of a body written in lower case.
        assert_eq!(
            people("\"The ruling is void,\" Vice President of the court Doris König said."),
            [p("Doris König", Some("Vice President of the court"))]
        );
        // A possessor introduces the title as a determiner does; a place is no office.
        assert_eq!(
            people("Ukraine's foreign minister, Dmytro Kouleba, said the talks were difficult."),
            [p("Dmytro Kouleba", Some("Ukraine's foreign minister"))]
        );
        assert_eq!(
            people("Ukraine\u{2019}s capital, Kyiv Oblast, was quiet."),
            []
        );
        // Not the words that open the sentence.
        assert_eq!(
            people("On Tuesday Ukraine's foreign minister, Dmytro Kuleba, said talks failed."),
            [p("Dmytro Kuleba", Some("Ukraine's foreign minister"))]
        );
        assert_eq!(
            people("The Kremlin's spokesman, Dmitry Peskov, said talks failed."),
            [p("Dmitry Peskov", Some("Kremlin's spokesman"))]
        );
    }

    #[test]
    fn later_mentions_by_surname_are_people_too() {
        let got = people(
            "Secretary of State Anthony Blinken spoke. Reporters asked Blinken about Geneva.",
        );
        assert_eq!(
            got,
            [
                p("Anthony Blinken", Some("Secretary of State")),
                p("Blinken", None)
            ]
        );
    }

    #[test]
    fn places_and_bodies_are_not_people() {
        assert!(people(
            "The Russian Foreign Ministry said Washington had replied. Moscow was silent."
        )
        .is_empty());
        assert!(people("The Beijing Winter Olympics open on February 4.").is_empty());
        // WMT21 ja-en: "General" is a rank, but "Athletics Tournament" is no person.
        assert!(people(
            "On the sixth day of the 2020 Prefectural High School General Athletics Tournament, he won."
        )
        .is_empty());
    }

    #[test]
    fn a_given_name_that_names_things_too_and_former_offices_written_ex() {
        // "Bill" is a word of things' names ("the Farm Bill"); before a surname it is
        // the person's given name.
        assert_eq!(
            people("Attorney General Bill Barr said the inquiry would go on."),
            [p("Bill Barr", Some("Attorney General"))]
        );
        assert_eq!(
            people("Ex-President Bill Clinton said he would campaign."),
            [p("Bill Clinton", Some("Ex-President"))]
        );
        assert!(people("The Senate passed the Bill Clinton had opposed.").is_empty());
        // "ex-" marks a former office as "former" does.
        assert_eq!(
            people("The ex-chief executive, Bernie Ebbers, said he was innocent."),
            [p("Bernie Ebbers", Some("ex-chief executive"))]
        );
    }

    #[test]
    fn a_bodys_whole_name_before_its_office_is_part_of_the_title() {
        // A new user's read (stop 32): "Office Minister", "Democrat leader", "York Gov.".
        assert_eq!(
            people("Home Office Minister Hazel Blears also revealed the plan."),
            [p("Hazel Blears", Some("Home Office Minister"))]
        );
        assert_eq!(
            people("It was late, and Liberal Democrat leader Charles Kennedy said so."),
            [p("Charles Kennedy", Some("Liberal Democrat leader"))]
        );
        assert_eq!(
            people("New York Gov. Andrew Cuomo said the vote would be held."),
            [p("Andrew Cuomo", Some("New York Gov."))]
        );
        // Not a capitalized word before the body, nor "New" that is new in office.
        assert_eq!(
            people("New Home Secretary Charles Clarke said the law would change."),
            [p("Charles Clarke", Some("Home Secretary"))]
        );
    }

    #[test]
    fn roles_written_before_a_name_are_its_title() {
        // A new user's read (stop 32): coaches, lawyers and strategists had no title.
        assert_eq!(
            people("Ireland coach Eddie O'Sullivan heaped praise on the team."),
            [p("Eddie O'Sullivan", Some("Ireland coach"))]
        );
        assert_eq!(
            people("His former chief strategist Stephen Bannon said the plan was dead."),
            [p("Stephen Bannon", Some("former chief strategist"))]
        );
        assert_eq!(
            people("Defence lawyer Jo Smith said the client was innocent."),
            [p("Jo Smith", Some("Defence lawyer"))]
        );
    }

    #[test]
    fn firms_described_after_their_names_and_countries_alone_are_no_people() {
        // A new user's read (stop 32): one person in nine read was a firm or a country.
        assert!(people("Tui, the UK's largest travel agency, cancelled all flights.").is_empty());
        assert!(people("Axa, the French insurer, said profits rose.").is_empty());
        assert!(people("Brazil said it would suspend interest payments.").is_empty());
        // A person described by a firm's name or office is still one.
        assert_eq!(
            people("Arnold Monto, a University of Michigan health researcher, said it was safe."),
            [p(
                "Arnold Monto",
                Some("a University of Michigan health researcher")
            )]
        );
        assert_eq!(
            people("Ian Macfarlane, Governor of the Reserve Bank, said rates would rise."),
            [p("Ian Macfarlane", Some("Governor of the Reserve Bank"))]
        );
        // A country's name that is a surname given elsewhere is that person.
        assert_eq!(
            people("Michael Jordan played well. Jordan said he was tired."),
            [p("Michael Jordan", None), p("Jordan", None)]
        );
    }

    #[test]
    fn a_descriptor_before_a_given_name_and_an_adverb_opening_a_sentence_are_no_names() {
        // A new user's read (stop 32).
        // (a keeper is a role since stop 33: the title)
        assert_eq!(
            people("Keeper Tony Bullock made a save."),
            [p("Tony Bullock", Some("Keeper"))]
        );
        assert_eq!(
            people("Labour MP Diane Abbott said the plan was wrong."),
            [p("Diane Abbott", Some("Labour MP"))]
        );
        // Not a given name the list lacks, inside the sentence.
        assert_eq!(
            people("President Andrés Manuel López Obrador said so."),
            [p("Andrés Manuel López Obrador", Some("President"))]
        );
        // "Therefore" is no person, and the clause after it no title.
        assert!(people("Therefore, the person did not receive the letter.").is_empty());
        assert_eq!(
            people("Therefore Smith said the plan was dead."),
            [p("Smith", None)]
        );
    }

    #[test]
    fn a_body_named_with_of_before_the_office_and_a_rank_that_is_a_surname_after_it() {
        // A new user's read (stop 32): "Mervyn" with the title "England governor".
        assert_eq!(
            people("Bank of England governor Mervyn King said rates would rise."),
            [p("Mervyn King", Some("Bank of England governor"))]
        );
        assert_eq!(
            people("Secretary of State Mike Pompeo said so."),
            [p("Mike Pompeo", Some("Secretary of State"))]
        );
        assert_eq!(
            people("He met Bank of France Governor Jacques de Larosiere on Monday."),
            [p("Jacques de Larosiere", Some("Bank of France Governor"))]
        );
    }
}
