//! Word lists for the claims stage, all hand-checked.
//!
//! Cue verbs were chosen by reading which predicates PolNeAR-train annotators marked as
//! attribution cues (the most frequent lemmas, each checked by hand to be a speech, report
//! or stance verb in news English); no text from the corpus is kept here. Everything else
//! (titles, rank words, collective speakers, number words) is general newsroom vocabulary.
//! Lookups go through `OnceLock`ed hash sets built on first use.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// How strongly a cue verb marks an attribution of words to a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CueClass {
    /// Reported speech: say, tell, warn, according to.
    Speech,
    /// Reported writing, findings and announcements: write, report, announce, show.
    Report,
    /// Stance and belief: believe, think, want, expect.
    Stance,
}

/// `class lemma [irregular forms...]`. Regular forms (-s, -ed, -ing) are generated.
const CUES: &str = include_str!("cues.txt");

/// Inflected cue forms → (lemma, class).
pub fn cue(word_lower: &str) -> Option<(&'static str, CueClass)> {
    static MAP: OnceLock<HashMap<String, (&'static str, CueClass)>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for line in CUES.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let class = match parts.next() {
                Some("speech") => CueClass::Speech,
                Some("report") => CueClass::Report,
                Some("stance") => CueClass::Stance,
                _ => continue,
            };
            let Some(lemma) = parts.next() else { continue };
            let irregular: Vec<&str> = parts.collect();
            let forms = if irregular.is_empty() {
                regular_forms(lemma)
            } else {
                let mut f = vec![lemma.to_string()];
                f.extend(irregular.iter().map(|s| s.to_string()));
                f
            };
            for form in forms {
                map.entry(form).or_insert((lemma, class));
            }
        }
        map
    })
    .get(word_lower)
    .copied()
}

/// -s, -ed, -ing forms of a regular English verb.
fn regular_forms(lemma: &str) -> Vec<String> {
    let mut forms = vec![lemma.to_string()];
    let b = lemma.as_bytes();
    let last = b.last().copied().unwrap_or(b'a');
    let before = if b.len() >= 2 { b[b.len() - 2] } else { b'a' };
    let vowel = |c: u8| b"aeiou".contains(&c);
    if last == b'y' && !vowel(before) {
        let stem = &lemma[..lemma.len() - 1];
        forms.push(format!("{stem}ies"));
        forms.push(format!("{stem}ied"));
        forms.push(format!("{lemma}ing"));
    } else if last == b'e' {
        let stem = &lemma[..lemma.len() - 1];
        forms.push(format!("{lemma}s"));
        forms.push(format!("{lemma}d"));
        forms.push(format!("{stem}ing"));
    } else if lemma.ends_with("sh") || lemma.ends_with("ch") || last == b's' || last == b'x' {
        forms.push(format!("{lemma}es"));
        forms.push(format!("{lemma}ed"));
        forms.push(format!("{lemma}ing"));
    } else {
        forms.push(format!("{lemma}s"));
        forms.push(format!("{lemma}ed"));
        forms.push(format!("{lemma}ing"));
    }
    forms
}

fn set(
    words: &'static [&'static str],
    cell: &'static OnceLock<HashSet<&'static str>>,
) -> &'static HashSet<&'static str> {
    cell.get_or_init(|| words.iter().copied().collect())
}

macro_rules! word_set {
    ($(#[$m:meta])* $name:ident, [$($w:expr),* $(,)?]) => {
        $(#[$m])*
        pub fn $name(word_lower: &str) -> bool {
            static WORDS: &[&str] = &[$($w),*];
            static CELL: OnceLock<HashSet<&'static str>> = OnceLock::new();
            set(WORDS, &CELL).contains(word_lower)
        }
    };
}

word_set!(
    /// Cue forms that are also common nouns ("reports", "claims"): they count as cues only
    /// after a person-like subject.
    noun_like_cue,
    [
        "reports", "claims", "notes", "states", "calls", "plans", "hopes", "fears", "thought",
        "answers", "comments", "remarks", "questions", "charges", "estimates", "promises",
        "counters", "doubts", "supports", "backs", "shows", "points", "finds", "views",
        "demands", "signals", "blames", "report", "claim", "note", "state", "call", "plan",
        "hope", "fear", "answer", "comment", "remark", "question", "charge", "estimate",
        "promise", "counter", "doubt", "support", "back", "show", "point", "find", "view",
        "demand", "signal", "blame", "quote", "quotes", "tweet", "tweets", "post", "posts",
        "read", "reads", "vow", "vows", "pledge", "pledges", "warning", "release", "releases",
        "email", "emails", "rejects", "reject", "accepts", "accept", "concerns", "respond",
        "protest", "protests", "boast", "boasts", "joke", "jokes", "echo", "echoes", "slam",
        "slams", "rail", "rails", "blast", "blasts", "defends", "welcomes", "welcome", "regrets",
        "regret", "seeks", "sees", "see", "know", "knows", "feel", "feels", "want", "wants",
        "agree", "agrees", "decline", "declines", "refuse", "refuses", "prefer", "prefers",
        "worry", "worries", "favor", "favors", "oppose", "opposes", "endorse", "endorses", "reference", "voice", "voices",
        "rebuke", "rebukes"
    ]
);

/// A word without its possessive ending, straight or curly ("Floyd's", "court’s").
pub fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

word_set!(
    /// Units a span of time is counted in ("over five years", "four months after").
    time_unit,
    [
        "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
        "minutes", "decades", "quarters"
    ]
);

word_set!(
    /// Units of distance.
    distance_unit,
    ["miles", "km", "metres", "meters", "feet", "yards"]
);

word_set!(
    /// The points of the compass, as a distance's direction ("50 miles north of Detroit";
    /// "northern" and the like are read without their "ern").
    compass_direction,
    ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
);

word_set!(
    /// Auxiliaries, negation and adverbs that may stand between a subject and its cue.
    aux_or_adverb,
    [
        "has", "have", "had", "will", "would", "could", "should", "may", "might", "must",
        "can", "did", "does", "do", "is", "was", "were", "are", "be", "been", "being", "am",
        "also", "later", "then", "further", "again", "repeatedly", "previously", "earlier",
        "recently", "publicly", "privately", "not", "never", "still", "n't", "already",
        "once", "often", "even", "just", "only", "now", "yesterday", "tonight",
        "reportedly", "allegedly", "apparently", "initially", "first", "finally", "last",
        "separately", "however", "too", "subsequently", "shortly", "immediately", "soon",
        "long", "always", "frequently", "openly", "directly", "simply", "himself",
        "herself", "themselves", "itself", "yet", "ever", "likely", "probably", "quickly",
        "strongly", "flatly", "personally", "formally", "officially", "specifically"
    ]
);

word_set!(
    /// Nouns ending in "-ly", which the "-ly" adverb test would otherwise skip ("the rally
    /// said", "the assembly voted").
    noun_in_ly,
    [
        "rally", "ally", "family", "assembly", "supply", "monopoly", "anomaly", "bully", "reply",
        "homily", "tally", "folly", "panoply", "oligopoly", "duopoly", "gully", "belly", "jelly",
        "lily", "holly", "doily", "melancholy", "butterfly", "firefly", "dragonfly"
    ]
);

word_set!(
    /// Adjectives of frequency or kind ending in "-ly", which stand before a noun: "Average
    /// daily reported cases" has no adverb between a subject and its cue.
    adjective_in_ly,
    [
        "daily", "weekly", "monthly", "quarterly", "yearly", "hourly", "nightly", "elderly",
        "early", "costly", "deadly", "friendly", "lonely", "lovely"
    ]
);

/// An "-ly" adverb by its form ("sharply", "publicly"), not one of the nouns or adjectives
/// that end so.
pub fn ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !noun_in_ly(w) && !adjective_in_ly(w)
}

word_set!(
    /// Finite auxiliaries, copulas and modals: a phrase holding one is a clause ("the rise in
    /// costs is steep", "the person did not receive"), not a noun phrase.
    finite_auxiliary,
    [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "does", "did", "do"
    ]
);

/// A negated auxiliary written as one word: "didn't", "doesn’t", "won't".
pub fn negated_auxiliary(w: &str) -> bool {
    w.ends_with("n't") || w.ends_with("n’t")
}

/// Weekdays (lower case).
pub fn weekday(word_lower: &str) -> bool {
    crate::calendar::weekday_index(word_lower).is_some()
}

word_set!(
    /// Personal pronouns that can be speakers.
    speaker_pronoun,
    ["he", "she", "they", "i", "we", "it", "you", "who"]
);

/// Verb chains that carry a cue through "to": "went on to say", "continued to argue", "was
/// quick to add", "went so far as to call".
const CUE_CHAINS: &[&[&str]] = &[
    &["went", "on"],
    &["goes", "on"],
    &["go", "on"],
    &["going", "on"],
    &["went", "so", "far", "as"],
    &["continued"],
    &["continues"],
    &["continue"],
    &["was", "quick"],
    &["were", "quick"],
    &["is", "quick"],
    &["hastened"],
];

/// Where the cue of a verb chain starting at token `start` stands, the word after its "to"
/// (`word(k)` is token k in lower case, `None` past the words to read).
pub fn chain_cue_at<'a>(word: impl Fn(usize) -> Option<&'a str>, start: usize) -> Option<usize> {
    CUE_CHAINS.iter().find_map(|chain| {
        let matches = chain
            .iter()
            .enumerate()
            .all(|(k, w)| word(start + k) == Some(*w));
        (matches && word(start + chain.len()) == Some("to")).then_some(start + chain.len() + 1)
    })
}

word_set!(
    /// Articles and possessive determiners: after one, a word is a noun ("the report", "his
    /// plan") and a name qualifies one ("the Oscar show").
    article_or_possessive,
    ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]
);

word_set!(
    /// Determiners and quantifiers that can open a noun phrase.
    determiner,
    [
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our",
        "my", "your", "many", "some", "most", "several", "other", "another", "both", "all",
        "each", "every", "few", "no", "any", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "more", "fewer", "such", "much"
    ]
);

word_set!(
    /// Lower-case modifiers allowed inside a speaker noun phrase.
    np_modifier,
    [
        "senior", "top", "former", "chief", "deputy", "acting", "other", "local", "federal",
        "state", "foreign", "military", "western", "prominent", "leading", "independent",
        "conservative", "liberal", "democratic", "republican", "political", "economic",
        "legal", "key", "veteran", "longtime", "new", "high-ranking", "high-level", "junior",
        "unnamed", "anonymous", "outside", "presidential", "campaign", "white", "house",
        "party", "national", "international", "public", "private", "government", "health",
        "security", "intelligence", "defense", "defence", "press", "foreign-policy", "u.s.",
        "american", "european", "vice", "assistant", "special", "general", "prime", "first",
        "former", "current", "incoming", "outgoing", "retired", "young", "older", "black",
        "white", "hispanic", "latino", "female", "male", "evangelical", "likely", "registered",
        "undecided", "gop", "democrat", "federal", "court", "police", "news", "media",
        "financial", "energy", "trade", "tech", "industry", "business", "immigration",
        "environmental", "civil", "rights", "human", "election", "polling", "research",
        "advocacy", "opposition", "ruling", "regional", "city", "county", "district",
        "school", "university", "medical", "official", "diplomatic", "defence", "armed",
        "russian", "ukrainian", "chinese", "british", "french", "german", "close", "closest"
    ]
);

word_set!(
    /// Verbs that, right before a figure, make it the size of a change ("shares rose 7
    /// percent").
    movement_verb,
    [
        "rose", "risen", "rises", "fell", "fallen", "falls", "grew", "grown", "grows",
        "gained", "gains", "lost", "loses", "jumped", "jumps", "climbed", "climbs", "dropped",
        "drops", "declined", "declines", "slipped", "slips", "surged", "surges", "soared",
        "soars", "plunged", "plunges", "slumped", "slumps", "increased", "increases",
        "decreased", "decreases", "added", "shed", "sheds", "eased", "eases",
    ]
);

word_set!(
    /// Verbs that set a figure to another ("raised the limit from 5 to 7 mln"), beside
    /// those of `movement_verb`.
    adjusting_verb,
    [
        "raise", "raised", "raises", "reduce", "reduced", "reduces", "cut", "cuts", "lower",
        "lowered", "lowers", "revise", "revised", "revises", "extend", "extended", "extends",
        "expand", "expanded", "expands", "boost", "boosted", "boosts", "trim", "trimmed",
        "slash", "slashed", "change", "changed", "changes", "move", "moved", "went", "rise",
        "fall", "increase", "decrease", "grow", "climb", "drop", "decline", "up", "down",
        "increasing", "decreasing", "raising", "reducing", "cutting", "lowering", "boosting",
        "expanding", "extending", "rising", "falling", "growing", "climbing", "dropping",
        "declining", "trimming", "slashing", "changing", "moving", "going"
    ]
);

word_set!(
    /// One-word names of countries, continents and US states, in lower case: names the people reader
    /// may take for a surname ("Brazil last month suspended …"), which no "he" refers to.
    country_word,
    [
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia",
        "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados",
        "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana",
        "brazil", "brunei", "bulgaria", "burkina", "burundi", "cambodia", "cameroon", "canada",
        "chad", "chile", "china", "colombia", "comoros", "congo", "croatia", "cuba", "cyprus",
        "czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt", "eritrea", "estonia",
        "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia",
        "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana", "haiti",
        "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
        "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati",
        "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia",
        "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi",
        "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico",
        "micronesia", "moldova", "monaco", "mongolia", "montenegro", "morocco", "mozambique",
        "myanmar", "burma", "namibia", "nauru", "nepal", "netherlands", "holland", "nicaragua",
        "niger", "nigeria", "norway", "oman", "pakistan", "palau", "palestine", "panama",
        "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
        "rwanda", "samoa", "senegal", "serbia", "seychelles", "singapore", "slovakia",
        "slovenia", "somalia", "spain", "sudan", "suriname", "sweden", "switzerland", "syria",
        "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia", "turkey",
        "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu",
        "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "britain", "england",
        "scotland", "wales", "europe", "africa", "asia",
        // US states of one word that are no given name ("Louisiana announced", "California,
        // 12,"); not Washington, Virginia, Montana, Georgia the name
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
        "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
        "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
        "minnesota", "mississippi", "missouri", "nebraska", "nevada", "ohio", "oklahoma",
        "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "wisconsin",
        "wyoming",
    ]
);

/// A lower-case noun that can head a speaker phrase (people, bodies, documents, offices), or the
/// plural of one that names people or bodies ("heads", "governors"; not "shares",
/// "quarters" or "posts", which the list holds for "a share of voters" and the like).
pub fn role_noun(word_lower: &str) -> bool {
    let listed = |w: &str| listed_role_noun(w) || office_noun(w);
    listed(word_lower)
        || person_plural(word_lower) && !word_lower.ends_with("ians")
        || word_lower.strip_suffix('s').is_some_and(|one| {
            one.len() > 2
                && listed(one)
                && !matches!(
                    one,
                    "share"
                        | "quarter"
                        | "third"
                        | "half"
                        | "percent"
                        | "post"
                        | "toll"
                        | "side"
                        | "majority"
                        | "plurality"
                        | "most"
                        | "some"
                        | "few"
                        | "many"
                        | "several"
                        | "others"
                        | "ruling"
                        | "filing"
                        | "polling"
                )
        })
}

/// A plural whose ending names people by what they do: "specialists", "volunteers",
/// "physicians" ("-ians" only in lower case, as a speaker's head: "Christians" is also a
/// surname; "-ates" names things as often as people: "debates", "mandates").
pub fn person_plural(w: &str) -> bool {
    w.len() > 6 && ["ists", "ians", "eers"].iter().any(|e| w.ends_with(e))
}

word_set!(
    /// The listed nouns of `role_noun`.
    listed_role_noun,
    [
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "official",
        "officials", "person", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
        "analyst", "analysts", "expert", "experts", "lawmaker", "lawmakers", "legislator",
        "legislators", "senator", "senators", "congressman", "congresswoman", "congressmen",
        "representative", "representatives", "leader", "leaders", "president", "minister",
        "ministers", "secretary", "ambassador", "diplomat", "diplomats", "envoy", "chairman",
        "chairwoman", "chair", "director", "chief", "head", "executive", "executives",
        "governor", "mayor", "candidate", "candidates", "nominee", "voter", "voters",
        "supporter", "supporters", "critic", "critics", "opponent", "opponents", "observer",
        "observers", "source", "sources", "report", "reports", "poll", "polls", "survey",
        "surveys", "study", "studies", "statement", "government", "ministry", "administration",
        "campaign", "committee", "agency", "police", "prosecutor", "prosecutors", "lawyer",
        "lawyers", "attorney", "attorneys", "judge", "judges", "court", "commission",
        "organization", "group", "groups", "member", "members", "people", "residents",
        "witnesses", "activists", "democrats", "republicans", "party", "authorities",
        "military", "army", "researchers", "researcher", "scientists", "economists",
        "strategists", "strategist", "pollster", "pollsters", "operative", "operatives",
        "staff", "staffer", "staffers", "team", "newspaper", "website", "channel", "network",
        "documents", "records", "data", "figures", "article", "book", "memo", "letter", "ad",
        "ads", "email", "emails", "tweet", "post", "ruling", "filing", "complaint", "lawsuit",
        "proposal", "analysis", "review", "investigation", "probe", "audit", "protesters",
        "demonstrators", "students", "parents", "women", "men", "americans", "citizens",
        "workers", "donors", "delegates", "conservatives", "liberals", "progressives",
        "evangelicals", "republican", "democrat", "independents", "clinton", "campaigns",
        "commander", "commanders", "general", "generals", "officer", "officers", "troops",
        "manager", "managers", "founder", "co-founder", "owner", "ceo", "professor",
        "historian", "author", "writer", "columnist", "editor", "reporter", "reporters",
        "journalist", "journalists", "correspondent", "host", "anchor", "moderator",
        "spokespeople", "counterpart", "counterparts", "negotiator", "negotiators",
        "mediator", "mediators", "deputy", "deputies", "cabinet", "council", "parliament",
        "congress", "senate", "house", "department", "office", "palace", "kremlin",
        "pentagon", "nato", "foundation", "institute", "company", "firm",
        "bank", "union", "association", "coalition", "alliance", "side", "countries",
        "country", "nations", "allies", "partners", "opposition", "rebels", "separatists",
        "insurgents", "militants", "forces", "regime", "observatory", "monitor", "toll",
        "estimates", "findings", "polling", "numbers", "everyone", "nobody",
        "someone", "anyone", "many", "others", "most", "some", "few", "several", "both",
        "majority", "plurality", "percent", "share", "half", "third", "quarter",
        "respondents", "organizers", "organisers", "advocates", "proponents", "participants",
        "backers", "friends", "colleagues", "relatives", "family", "associates",
        "magistrates", "graduates", "superdelegates",
        "families", "neighbors", "soldiers", "doctors", "teachers",
        "employees", "insiders", "skeptics", "fans", "historians", "scholars", "academics", "commentators", "pundits", "consultants",
        "investors", "traders", "bankers", "lobbyists", "campaigners", "moderates", "surveyed", "polled", "spokespersons", "delegations",
        "investigators", "detectives", "regulators", "inspectors", "monitors",
        "coach", "coaches", "boss", "player", "players", "captain", "striker", "midfielder",
        "goalkeeper", "defender", "quarterback", "teammate", "teammates", "trainer",
        // singulars of the people above
        "ally", "organizer", "organiser", "advocate", "proponent", "participant", "backer",
        "friend", "colleague", "neighbor", "neighbour", "insider", "skeptic", "protester",
        "demonstrator", "activist", "resident", "witness", "student", "worker", "donor",
        "delegate", "investor", "trader", "banker", "lobbyist", "campaigner", "consultant",
        "commentator", "pundit", "scholar", "economist", "scientist", "soldier", "doctor",
        "teacher", "employee", "citizen", "investigator", "regulator", "inspector",
        "detective", "respondent", "attendee", "veteran", // kin and people as such
        "son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "widow",
        "widower", "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter",
        "grandfather", "grandmother", "stepfather", "stepmother", "boyfriend", "girlfriend",
        "fiance", "fiancee", "parent", "man", "woman", // candidates and public figures
        "front-runner", "frontrunner", "hopeful", "hopefuls", "rival", "rivals", "politician",
        "politicians", "businessman", "businesswoman", "businessmen", "mogul", "tycoon",
        "billionaire", "entrepreneur", "outlets", // performers
        "star", "stars", "actor", "actors", "actress", "actresses", "singer", "singers",
        "musician", "musicians", "comedian", "comedians", "rapper", "artist", "artists",
        "filmmaker", "producer", "producers", "novelist"
    ]
);

word_set!(
    /// Heads of a phrase that holds findings rather than words: "polls show", "records
    /// found" report evidence without a clause after the verb.
    evidence_noun,
    [
        "poll", "polls", "survey", "surveys", "study", "studies", "data", "records",
        "analysis", "analyses", "report", "reports", "research", "review", "numbers",
        "figures", "results", "audit", "investigation", "documents", "filings", "estimates",
        "findings", "polling", "census", "statistics", "tally", "count", "projections",
        "assessment", "probe", "inquiry", "experiment", "experiments", "tests", "video",
        "videos", "footage", "emails", "photos"
    ]
);

word_set!(
    /// Writings that speak for their authors, as the subject of a speech verb: "A memo
    /// released Tuesday said", "disclosures filed on Sunday night revealed".
    document_noun,
    [
        "memo", "memos", "document", "statement", "statements", "letter", "letters", "filing",
        "disclosures", "article", "complaint", "lawsuit", "indictment", "ruling", "transcript",
        "transcripts", "email"
    ]
);

/// Words a person's title is built from: offices, ranks, portfolios and connectors ("US
/// Deputy Secretary of State", "Minister of Foreign Affairs"), also shared ("Tory
/// co-chairman Liam Fox", "co-founder").
pub fn title_word(word_lower: &str) -> bool {
    listed_title_word(word_lower)
        || word_lower
            .strip_prefix("co-")
            .is_some_and(listed_title_word)
}

word_set!(
    /// The listed words of `title_word`.
    listed_title_word,
    [
        "president", "vice-president", "minister", "secretary", "secretary-general",
        "chancellor", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
        "chairman", "chairwoman", "chair", "director", "director-general", "chief", "head",
        "governor", "mayor", "senator", "sen.", "rep.", "gov.", "congressman",
        "congresswoman", "representative", "premier", "king", "queen", "prince", "princess",
        "emperor", "sheikh", "general", "gen.", "admiral", "colonel", "col.", "commander",
        "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.", "major", "maj.", "judge",
        "constable", "detective", "trooper", "corporal", "agent",
        "justice", "prosecutor", "attorney", "councilor", "councillor", "commissioner",
        "negotiator", "mediator", "aide", "adviser", "advisor", "official", "member",
        "leader", "founder", "ceo", "executive", "officer", "coordinator", "delegate",
        "representative", "speaker", "whip", "nominee", "candidate", "dr.", "mr.", "mrs.",
        "ms.", "prof.", "professor", "pope", "cardinal", "bishop", "rabbi", "imam",
        "ayatollah", "patriarch", "mufti", "superintendent", "sheriff", "inspector",
        "manager", "economist", "analyst", "spokesmen", "lawmaker", "deputy", "diplomat",
        "correspondent", "reporter", "journalist", "editor", "columnist", "host",
        "secretary-general", "director", "administrator", "commander-in-chief", "marshal",
        "field", "defense", "defence", "foreign", "interior", "finance", "justice",
        "prime", "state", "press", "presidential", "security", "national", "federal",
        "chief", "of", "to", "for", "the", "and", "affairs", "general", "military",
        "special", "senior", "top", "deputy", "vice", "acting", "former", "first",
        "assistant", "under", "associate", "executive", "managing", "interim",
        "diplomacy", "treasury", "commerce", "trade", "economy", "energy", "health",
        "education", "labor", "labour", "transport", "agriculture", "environment",
        "intelligence", "staff", "joint", "chiefs", "armed", "forces", "homeland",
        "councillor", "state-run", "secretary-general", "spokesperson", "presidential",
        "parliamentary", "envoy", "co-chair", "chief-of-staff", "commander", "council",
        "committee", "ministry", "adviser", "advisor", "legal", "counsel", "solicitor",
        "high", "representative", "ombudsman", "auditor", "controller", "registrar",
        "coach", "boss", "striker", "midfielder", "goalkeeper", "defender", "quarterback",
        "financial", "operating", "technology", "information", "marketing", "investment",
        "compliance", "medical"
    ]
);

word_set!(
    /// The kind of a firm that closes its name ("McDonalds Corporation", "Land Securities
    /// Plc", "Nalco Chemical Co"): no name of its own.
    firm_kind,
    ["corp", "corporation", "inc", "ltd", "plc", "co", "llc", "sa", "ag", "nv"]
);

word_set!(
    /// Words that make a capitalized run an organization, event or place, not a person.
    org_word,
    [
        "ministry", "council", "forum", "olympics", "games", "agency", "house", "times",
        "news", "post", "party", "union", "organization", "organisation", "republic",
        "republics", "federation", "army", "force", "forces", "committee", "department",
        "office", "government", "administration", "alliance", "corporation", "corp",
        "network", "press", "institute", "university", "foundation", "bank", "court",
        "senate", "congress", "parliament", "duma", "assembly", "commission", "group",
        "company", "inc", "ltd", "journal", "daily", "magazine", "tv", "radio", "novosti",
        "interfax", "reuters", "afp", "ap", "bbc", "cnn", "msnbc", "nbc", "abc", "cbs",
        "tass", "xinhua", "welle", "zeitung", "street", "square", "avenue", "road",
        "sea", "ocean", "river", "mountains", "island", "islands", "city", "county", "state",
        "states", "province", "region", "district", "airport", "station", "stream",
        "pipeline", "treaty", "agreement", "accord", "accords", "act", "bill", "plan",
        "initiative", "program", "programme", "project", "summit", "conference", "talks",
        "war", "crisis", "revolution", "day", "week", "cup", "league", "club", "team",
        "school", "college", "academy", "hospital", "center", "centre", "museum", "church",
        "mosque", "temple", "palace", "kremlin", "pentagon", "nato", "un", "eu", "who",
        "observatory", "monitor", "brigade", "battalion", "division", "regiment", "guard",
        "police", "service", "services", "authority", "board", "bureau", "fund", "trust",
        "institution", "society", "association", "coalition", "front", "movement",
        "brotherhood", "caucus", "campaign", "pac", "inc.", "llc", "airlines", "airways",
        "motors", "group", "holdings", "industries", "systems", "technologies", "media",
        "channel", "website", "review", "herald", "tribune", "guardian", "telegraph",
        "independent", "globe", "chronicle", "gazette", "mirror", "express", "standard",
        "viewpoint", "today", "bloomberg", "politico", "breitbart", "twitter", "facebook",
        "instagram", "youtube", "google", "apple", "microsoft", "amazon",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "winter", "summer", "spring", "autumn", "fall", "new", "old", "great",
        "united", "nations", "kingdom", "emirates", "arabia", "union", "soviet", "baltic",
        "atlantic", "pacific", "mediterranean", "normandy", "minsk", "geneva", "europe",
        "asia", "africa", "america", "americas", "middle", "gulf", "world", "international",
        "national", "federal", "democratic", "republican", "socialist", "communist", "liberal",
        "conservative", "labour", "greens", "islamic", "jewish", "muslim",
        "supreme", "general", "security", "defense", "defence", "foreign", "affairs", "stock",
        "exchange", "market", "markets", "index", "fc", "university", "allah",
        "jesus", "christ", "internet", "web", "email", "covid", "covid-19", "coronavirus",
        "brexit", "obamacare", "medicare", "medicaid", "tuesday", "super", "tournament",
        "championship", "championships", "festival", "awards", "prize", "open", "marathon",
        "olympiad", "expo", "exhibition", "fair", "series", "derby"
    ]
);

word_set!(
    /// The words that make a title a formal office (used to compare titles across articles).
    office_noun,
    [
        "president", "minister", "secretary", "secretary-general", "chancellor", "ambassador",
        "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
        "director", "director-general", "governor", "mayor", "senator", "congressman",
        "congresswoman", "premier", "king", "queen", "general", "admiral", "commander",
        "judge", "prosecutor", "attorney", "councilor", "councillor", "commissioner",
        "negotiator", "speaker", "chief", "head", "leader", "councilman", "councilwoman",
        "alderman", "assemblyman", "assemblywoman", "sheriff", "treasurer", "comptroller"
    ]
);

word_set!(
    /// Rank words kept in titles: a difference in one of these is a different office.
    rank_word,
    [
        "deputy", "vice", "acting", "former", "assistant", "under", "interim", "ex",
        "first", "associate", "lieutenant", "senior", "junior", "outgoing", "incoming",
        "designate", "elect"
    ]
);

word_set!(
    /// Vague descriptions that do not contradict a formal title ("an aide to Blinken").
    vague_role,
    [
        "aide", "adviser", "advisor", "official", "member", "head", "leader", "chief",
        "representative", "diplomat", "negotiator", "mediator", "figure", "politician",
        "lawmaker", "top", "officer", "delegate", "envoy"
    ]
);

word_set!(
    /// Abbreviations that end with a period without ending a sentence.
    abbreviation,
    [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
        "cmdr", "adm", "maj", "st", "jr", "sr", "jan", "feb", "mar", "apr", "aug", "sept",
        "sep", "oct", "nov", "dec", "no", "nos", "vs", "v", "etc", "inc", "corp", "co",
        "ltd", "prof", "rev", "hon", "pres", "ft", "mt", "fig", "dept", "univ", "est",
        "approx", "gov", "reps", "sens", "messrs", "mme", "mlle", "pp", "op", "ed", "vol"
    ]
);

word_set!(
    /// Abbreviations that can end a name: a generation or a company's form ("Biden Jr.",
    /// "Harbor Boats Inc.").
    name_suffix,
    ["jr", "sr", "inc", "co", "corp", "ltd", "bros"]
);

word_set!(
    /// Words that are capitalized at the start of a sentence but never name anyone.
    common_capitalized,
    [
        "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "if", "when", "while",
        "after", "before", "as", "since", "although", "though", "however", "meanwhile",
        "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "your", "there", "here", "what", "who", "why",
        "how", "where", "which", "with", "without", "from", "to", "by", "of", "about",
        "during", "despite", "because", "so", "yet", "still", "also", "now", "then", "thus",
        "today", "yesterday", "earlier", "later", "last", "next", "according", "asked",
        "speaking", "many", "some", "most", "all", "both", "each", "every", "no", "not",
        "one", "two", "three", "other", "such", "even", "only", "just", "more", "less",
        "new", "former", "senior", "top", "mr", "mrs", "ms", "dr", "under", "over",
        "between", "among", "amid", "against", "toward", "towards", "into", "through",
        "regarding", "unlike", "like", "instead", "rather", "perhaps", "maybe", "indeed",
        "nevertheless", "nonetheless", "furthermore", "moreover", "besides", "otherwise",
        "recently", "previously", "currently", "finally", "first", "second", "third",
        "people", "everyone", "nobody", "someone", "tensions", "russia", "ukraine"
    ]
);

/// Collective speakers and the entity each stands for (capital cities and institutions
/// used as metonyms: "Washington", "the Kremlin").
pub fn collective(word_lower: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        [
            ("washington", "US"),
            ("united states", "US"),
            ("us", "US"),
            ("u.s.", "US"),
            ("america", "US"),
            ("americans", "US"),
            ("white house", "US"),
            ("pentagon", "US"),
            ("state department", "US"),
            ("us government", "US"),
            ("u.s. government", "US"),
            ("biden administration", "US"),
            ("american side", "US"),
            ("moscow", "Russia"),
            ("kremlin", "Russia"),
            ("russia", "Russia"),
            ("russian side", "Russia"),
            ("russian government", "Russia"),
            ("russian foreign ministry", "Russia"),
            ("russians", "Russia"),
            ("kiev", "Ukraine"),
            ("kyiv", "Ukraine"),
            ("ukraine", "Ukraine"),
            ("ukrainian side", "Ukraine"),
            ("ukrainian government", "Ukraine"),
            ("ukrainians", "Ukraine"),
            ("beijing", "China"),
            ("china", "China"),
            ("london", "UK"),
            ("britain", "UK"),
            ("downing street", "UK"),
            ("paris", "France"),
            ("france", "France"),
            ("elysee", "France"),
            ("élysée", "France"),
            ("berlin", "Germany"),
            ("germany", "Germany"),
            ("nato", "NATO"),
            ("brussels", "EU"),
            ("eu", "EU"),
            ("european union", "EU"),
            ("tehran", "Iran"),
            ("iran", "Iran"),
            ("damascus", "Syria"),
            ("ankara", "Turkey"),
            ("tokyo", "Japan"),
            ("seoul", "South Korea"),
            ("pyongyang", "North Korea"),
            ("jerusalem", "Israel"),
            ("israel", "Israel"),
            ("canberra", "Australia"),
            ("ottawa", "Canada"),
            ("minsk", "Belarus"),
        ]
        .into_iter()
        .collect()
    })
    .get(word_lower)
    .copied()
}

/// Nationality adjectives and country names (lower case) → the entity.
pub fn nationality(word_lower: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        [
            ("us", "US"),
            ("u.s.", "US"),
            ("american", "US"),
            ("united", "US"),
            ("russian", "Russia"),
            ("russia's", "Russia"),
            ("kremlin", "Russia"),
            ("ukrainian", "Ukraine"),
            ("chinese", "China"),
            ("china", "China"),
            ("british", "UK"),
            ("uk", "UK"),
            ("french", "France"),
            ("german", "Germany"),
            ("nato", "NATO"),
            ("eu", "EU"),
            ("european", "EU"),
            ("syrian", "Syria"),
            ("iranian", "Iran"),
            ("turkish", "Turkey"),
            ("israeli", "Israel"),
            ("japanese", "Japan"),
            ("italian", "Italy"),
            ("spanish", "Spain"),
            ("polish", "Poland"),
            ("belarusian", "Belarus"),
            ("canadian", "Canada"),
            ("australian", "Australia"),
            ("indian", "India"),
            ("pakistani", "Pakistan"),
            ("iraqi", "Iraq"),
            ("saudi", "Saudi Arabia"),
            ("egyptian", "Egypt"),
            ("lebanese", "Lebanon"),
            ("jordanian", "Jordan"),
            ("kurdish", "Kurds"),
            ("russia", "Russia"),
            ("ukraine", "Ukraine"),
            ("france", "France"),
            ("germany", "Germany"),
            ("britain", "UK"),
        ]
        .into_iter()
        .collect()
    })
    .get(word_lower)
    .copied()
}

/// Other names of a country than `nationality`'s adjectives, in lower case: the country
/// itself ("italy", "united states", "the united kingdom" read two words at a time) and its
/// people ("americans", "britons"). Kept apart from `nationality`, which the extractors read
/// as an adjective before a noun (then "500 Americans" would count nothing).
pub fn country_name(phrase_lower: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        [
            ("united states", "US"),
            ("america", "US"),
            ("americans", "US"),
            ("united kingdom", "UK"),
            ("great britain", "UK"),
            ("britons", "UK"),
            ("brits", "UK"),
            ("russians", "Russia"),
            ("ukrainians", "Ukraine"),
            ("germans", "Germany"),
            ("european union", "EU"),
            ("europeans", "EU"),
            ("syria", "Syria"),
            ("syrians", "Syria"),
            ("iran", "Iran"),
            ("iranians", "Iran"),
            ("turkey", "Turkey"),
            ("turks", "Turkey"),
            ("israel", "Israel"),
            ("israelis", "Israel"),
            ("japan", "Japan"),
            ("italy", "Italy"),
            ("italians", "Italy"),
            ("spain", "Spain"),
            ("spaniards", "Spain"),
            ("poland", "Poland"),
            ("canada", "Canada"),
            ("canadians", "Canada"),
            ("australia", "Australia"),
            ("australians", "Australia"),
            ("india", "India"),
            ("pakistan", "Pakistan"),
            ("pakistanis", "Pakistan"),
            ("iraq", "Iraq"),
            ("iraqis", "Iraq"),
            ("saudi arabia", "Saudi Arabia"),
            ("saudis", "Saudi Arabia"),
            ("egypt", "Egypt"),
            ("egyptians", "Egypt"),
            ("lebanon", "Lebanon"),
            ("iceland", "Iceland"),
            ("icelandic", "Iceland"),
            ("icelanders", "Iceland"),
            ("north korea", "North Korea"),
            ("north korean", "North Korea"),
            ("north koreans", "North Korea"),
            ("south korea", "South Korea"),
            ("south korean", "South Korea"),
            ("south koreans", "South Korea"),
            ("new zealand", "New Zealand"),
            ("new zealanders", "New Zealand"),
        ]
        .into_iter()
        .collect()
    })
    .get(phrase_lower)
    .copied()
}

/// Number words → value.
pub fn number_word(word_lower: &str) -> Option<f64> {
    Some(match word_lower {
        "zero" => 0.0,
        "one" | "a" | "an" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "dozen" => 12.0,
        _ => return None,
    })
}

/// Month names and abbreviations → month number.
pub fn month(word_lower: &str) -> Option<u32> {
    crate::calendar::month_number(word_lower)
}

/// Units and head nouns that mean the same count ("troops" = "soldiers").
pub fn unit_class(word_lower: &str) -> &str {
    match word_lower {
        "troops" | "troop" | "soldiers" | "soldier" | "servicemen" | "personnel" | "forces"
        | "servicemembers" => "troops",
        "people" | "persons" | "civilians" | "individuals" => "people",
        "dead" | "killed" | "deaths" | "fatalities" | "lives" => "deaths",
        "hours" | "hour" | "hrs" => "hours",
        "days" | "day" => "days",
        "weeks" | "week" => "weeks",
        "months" | "month" => "months",
        "years" | "year" => "years",
        "minutes" | "minute" | "mins" => "minutes",
        "percent" | "per" | "%" | "pct" => "percent",
        // (Reuters writes "mln dlrs", "cts"; its "stg" stays a unit of its own: the money
        // market wires compare their shortage forecasts in it)
        "dollars" | "$" | "usd" | "dlrs" => "dollars",
        "cents" | "cts" => "cents",
        "euros" | "€" | "eur" => "euros",
        "pounds" | "£" => "pounds",
        "kilometres" | "kilometers" | "km" => "km",
        "miles" | "mile" => "miles",
        "countries" | "nations" | "states" | "members" => "countries",
        "tanks" | "tank" => "tanks",
        "missiles" | "missile" => "missiles",
        "warships" | "ships" => "ships",
        "wounded" | "injured" | "injuries" => "wounded",
        w => w,
    }
}

/// A word that reports harm done: someone killed, wounded or attacked, something destroyed
/// (a sentence with one makes a weapon the cause of something, see `means_of_harm`).
pub fn reports_harm(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "kill"
            | "kills"
            | "killed"
            | "killing"
            | "dead"
            | "died"
            | "dies"
            | "death"
            | "deaths"
            | "wounded"
            | "wounding"
            | "stabbed"
            | "drowned"
            | "murdered"
            | "slain"
            | "fatally"
            | "injured"
            | "injuring"
            | "injuries"
            | "attack"
            | "attacks"
            | "attacked"
            | "victims"
            | "casualties"
            | "targeted"
            | "destroyed"
            | "damaged"
    )
}

/// Which side of a war a noun for a group of people puts them on: "civilian" (people,
/// residents, children...), "government" (soldiers, troops, the army, police),
/// "opposition" (rebels, insurgents, militants, terrorists) or "armed" for any armed group
/// (fighters, forces, militia, members of a force), which may be either of the last two.
/// A report that changes who was harmed moves them to another side ("Three civilians were
/// injured" / "Three members of the Syrian Democratic Forces were injured", "kills 62
/// rebels" / "kills 62 soldiers"); one that only rewords keeps it ("people" / "civilians",
/// "soldiers" / "troops", "rebels" / "terrorists", the same fighters in two outlets' words).
/// See `same_side`.
pub fn people_group(word_lower: &str) -> Option<&'static str> {
    let word = word_lower.trim_end_matches("'s").trim_end_matches('\'');
    match word {
        "civilian" | "civilians" | "people" | "persons" | "person" | "residents" | "resident"
        | "children" | "child" | "kids" | "women" | "woman" | "men" | "man" | "villagers"
        | "citizens" | "worshippers" | "worshipers" | "passengers" | "students" | "pupils"
        | "patients" | "families" | "family" | "refugees" | "displaced" | "inhabitants"
        | "locals" | "shoppers" | "pedestrians" | "bystanders" | "farmers" | "workers"
        | "journalists" | "doctors" | "nurses" | "girls" | "boys" | "infants" | "babies" => {
            Some("civilian")
        }
        "soldier" | "soldiers" | "troops" | "troop" | "army" | "policemen" | "policeman"
        | "servicemen" | "conscripts" | "recruits" => Some("government"),
        "rebels" | "rebel" | "militants" | "militant" | "terrorists" | "terrorist"
        | "insurgents" | "insurgent" | "jihadists" | "jihadist" | "extremists" | "gunmen"
        | "gunman" => Some("opposition"),
        "fighters" | "fighter" | "forces" | "force" | "militiamen" | "militia" | "militias"
        | "personnel" | "members" | "member" | "officers" | "guards" | "commanders"
        | "mercenaries" => Some("armed"),
        _ => None,
    }
}

/// May two sides from `people_group` be one group told in other words? The same side, or an
/// armed group and the government or the opposition ("soldiers" / "forces").
pub fn same_side(a: &str, b: &str) -> bool {
    a == b
        || (a == "armed" && matches!(b, "government" | "opposition"))
        || (b == "armed" && matches!(a, "government" | "opposition"))
}

/// Words that tell of a person harmed, written before the harmed ("killing four civilians",
/// "killed 38 soldiers") or after them ("Three civilians were injured", "38 killed").
pub fn harms_people(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "killed"
            | "killing"
            | "kills"
            | "kill"
            | "death"
            | "deaths"
            | "injured"
            | "injuring"
            | "injures"
            | "wounded"
            | "wounding"
            | "wounds"
            | "dead"
            | "martyred"
            | "slain"
            | "hurt"
            | "maimed"
            | "executed"
            | "executing"
            | "massacred"
    )
}

word_set!(
    /// Nouns of holding and offering, after which "in" and "from" name a firm rather than a
    /// place: "shares in Deutsche Boerse", "a stake in MCI", "a higher bid from Qwest".
    holding_or_offer,
    [
        "share", "shares", "stake", "stakes", "shareholder", "shareholders", "shareholding",
        "investor", "investors", "investment", "investments", "interest", "holding",
        "holdings", "offer", "offers", "bid", "bids", "proposal", "proposals", "approach",
        "takeover", "rival", "rivals", "counter-offer", "counterbid", "merger"
    ]
);

/// A missile is fired from the air as often as from the ground: "an Israeli missile
/// strike" and "an Israeli air strike" are one attack in two reports, and so are "a
/// missile attack" and "a rocket attack". See `harm_families`.
const MISSILE: &str = "missile";

/// The families a means of harm (from `means_of_harm`) may belong to: its own, or for a
/// missile both air strike and shelling, so that it differs from neither.
pub fn harm_families(family: &'static str) -> Vec<&'static str> {
    match family {
        MISSILE => vec!["air strike", "shelling"],
        f => vec![f],
    }
}

/// The means of harm a word names, read with its neighbours ("air" + "strike", "barrel" +
/// "bomb", "car" + "bomb"): one of a few families that a report of an attack or a death
/// does not mix up by rewording. An air strike and shelling, a car bomb and a chemical
/// attack, a shooting and a stabbing are different accounts; a rocket and a mortar, a
/// suicide bomber and a car bomb are one family here, since reports of one attack use both.
/// A missile is either an air strike or shelling (see `harm_families`).
pub fn means_of_harm(words: &[&str], i: usize) -> Option<&'static str> {
    let w = *words.get(i)?;
    let prev = i.checked_sub(1).and_then(|p| words.get(p)).copied();
    let next = words.get(i + 1).copied();
    let bomb = |x: &str| {
        matches!(
            x,
            "bomb" | "bombs" | "bomber" | "bombers" | "bombing" | "bombings"
        )
    };
    let strike = |x: &str| {
        matches!(
            x,
            "strike" | "strikes" | "raid" | "raids" | "attack" | "attacks"
        )
    };
    let chemical_industry = |x: &str| {
        matches!(
            x,
            "plant"
                | "plants"
                | "factory"
                | "factories"
                | "works"
                | "warehouse"
                | "warehouses"
                | "company"
                | "companies"
                | "firm"
                | "firms"
                | "group"
                | "maker"
                | "makers"
                | "industry"
                | "industries"
                | "sector"
                | "spill"
                | "spills"
                | "leak"
                | "leaks"
                | "fire"
                | "tanker"
                | "engineer"
                | "engineers"
        )
    };
    let family = match w {
        "airstrike" | "airstrikes" | "air-strike" | "air-strikes" | "warplane" | "warplanes"
        | "aerial" => "air strike",
        "air" | "drone" if next.is_some_and(strike) => "air strike",
        "strike" | "strikes" | "raid" | "raids" if matches!(prev, Some("air" | "drone")) => {
            "air strike"
        }
        "barrel" if next.is_some_and(bomb) => "air strike",
        _ if bomb(w) && prev == Some("barrel") => "air strike",
        "bombing" | "bombings" if next.is_some_and(|n| n.starts_with("raid")) => "air strike",
        // "a chemical plant", "the chemicals group": an industry, not a weapon (an
        // explosion "at a chemical plant" and "at an explosives plant" is one accident).
        "chemical" | "chemicals" if next.is_some_and(chemical_industry) => return None,
        "chemical" | "chemicals" | "chlorine" | "sarin" => "chemical weapons",
        "nerve" if next.is_some_and(|n| n.starts_with("agent")) => "chemical weapons",
        "gas" if matches!(prev, Some("toxic" | "poison" | "poisonous" | "nerve")) => {
            "chemical weapons"
        }
        _ if bomb(w) => "bomb",
        "explosive" | "explosives" | "ied" | "ieds" | "grenade" | "grenades" | "landmine"
        | "landmines" => "bomb",
        "suicide" if next.is_some_and(|n| bomb(n) || n.starts_with("attack")) => "bomb",
        "shelling" | "shellfire" | "artillery" | "mortar" | "mortars" | "rocket" | "rockets"
        | "bombardment" => "shelling",
        "missile" | "missiles" => MISSILE,
        "shells" if prev != Some("sea") => "shelling",
        "shooting" | "shootings" | "gunfire" | "gunshot" | "gunshots" | "gunman" | "gunmen"
        | "sniper" | "snipers" | "machinegun" | "machineguns" | "bullet" | "bullets" => "gunfire",
        // "shot dead", "shot and killed", "shot to death", "fatally shot"; not a shot at
        // goal, a film shot or a plane shot down.
        "shot"
            if match (next, words.get(i + 2).copied()) {
                (Some("dead"), _) => true,
                (Some("and"), Some(w)) => matches!(w, "killed" | "wounded" | "injured"),
                (Some("to"), Some(w)) => w == "death",
                _ => prev == Some("fatally"),
            } =>
        {
            "gunfire"
        }
        "gunned" if next == Some("down") => "gunfire",
        "stabbed" | "stabbing" | "stabbings" | "knife" | "knives" => "stabbing",
        "drowned" | "drowning" => "drowning",
        _ => return None,
    };
    Some(family)
}

#[cfg(test)]
mod means_tests {
    use super::means_of_harm;

    fn families(sentence: &str) -> Vec<&'static str> {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        let mut f: Vec<_> = (0..words.len())
            .filter_map(|i| means_of_harm(&words, i))
            .collect();
        f.dedup();
        f
    }

    #[test]
    fn a_word_is_read_with_its_neighbours() {
        assert_eq!(
            families("killed in regime barrel bomb attacks"),
            ["air strike"]
        );
        assert_eq!(families("killed in a car bomb attack"), ["bomb"]);
        assert_eq!(
            families("killed in an air strike on the town"),
            ["air strike"]
        );
        assert_eq!(families("a chemical weapons attack"), ["chemical weapons"]);
        assert_eq!(families("heavy shelling and rocket fire"), ["shelling"]);
        assert_eq!(
            families("the air was thick and a strike was called"),
            Vec::<&str>::new()
        );
        assert_eq!(families("the workers went on strike"), Vec::<&str>::new());
        // An industry is no weapon; a shot at goal no shooting.
        assert_eq!(
            families("killed in an explosion at a chemical plant"),
            Vec::<&str>::new()
        );
        assert_eq!(families("he was shot dead at his home"), ["gunfire"]);
        assert_eq!(families("shot and killed two guards"), ["gunfire"]);
        assert_eq!(
            families("his shot hit the bar and the goalkeeper was injured"),
            Vec::<&str>::new()
        );
        assert_eq!(families("a grenade attack on a bus"), ["bomb"]);
        assert_eq!(families("a missile strike"), ["missile"]);
        assert_eq!(super::harm_families("missile"), ["air strike", "shelling"]);
    }
}
