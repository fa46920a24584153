//! Comparing two titles of one person: same office, or not?
//!
//! A title is read as a set of offices, each a head noun with its portfolio
//! (`Secretary of State` → secretary/state, `Minister of Foreign Affairs` → minister/foreign,
//! `Foreign Minister of China` → minister/foreign), plus rank words (Deputy, Vice, acting,
//! former...). Nationalities, countries, determiners and connectors are dropped, and
//! spokesman = spokeswoman = spokesperson = press secretary. Two titles *conflict* only when
//! they name the same office with a different rank (Deputy Secretary of State vs Secretary
//! of State) or the same head with a different portfolio (Foreign vs Defense Minister).
//! Descriptions such as "an aide to Blinken", "a top Kremlin official" or "the head of
//! Ukrainian diplomacy" are vague and contradict nothing.

use super::lexicon;
use std::collections::BTreeSet;

/// Portfolio words that distinguish offices with the same head noun.
const PORTFOLIO: &[&str] = &[
    "foreign",
    "defense",
    "interior",
    "finance",
    "justice",
    "state",
    "prime",
    "health",
    "education",
    "trade",
    "economy",
    "energy",
    "treasury",
    "commerce",
    "labor",
    "agriculture",
    "transport",
    "environment",
    "intelligence",
    "security",
    "general",
    "home",
    "culture",
    "war",
    "navy",
    "army",
    "air",
];

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Office {
    pub head: String,
    pub portfolio: BTreeSet<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TitleCore {
    pub offices: BTreeSet<Office>,
    pub ranks: BTreeSet<String>,
    /// The titles joined by "and", each with its own rank words, when there are two or
    /// more ("assistant general manager and senior vice president"); else empty.
    pub parts: Vec<TitleCore>,
    /// When the office is held, if not now: "former", "ex-", "then-", "late" (past);
    /// "-elect", "incoming", "designate" (to come).
    pub when: Option<When>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Past,
    Coming,
}

impl TitleCore {
    /// Vague: no formal office.
    pub fn is_vague(&self) -> bool {
        self.offices.is_empty()
    }

    /// A readable key: "deputy secretary(state)".
    pub fn key(&self) -> String {
        let mut parts: Vec<String> = self.ranks.iter().cloned().collect();
        for o in &self.offices {
            let p: Vec<&str> = o.portfolio.iter().map(String::as_str).collect();
            parts.push(if p.is_empty() {
                o.head.clone()
            } else {
                format!("{}({})", o.head, p.join(","))
            });
        }
        parts.join(" ")
    }
}

fn words(title: &str) -> Vec<String> {
    title
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .flat_map(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase();
            // British and American spellings of one portfolio: Reuters writes "Defence
            // Secretary Caspar Weinberger" and "Defense Secretary Caspar Weinberger".
            let w = match w.as_str() {
                "defence" => "defense".to_string(),
                "labour" => "labor".to_string(),
                _ => w,
            };
            // "secretary-general" → secretary general; "vice-president" → vice president.
            w.split('-').map(str::to_string).collect::<Vec<_>>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Read a title. Titles joined by "and" are read one by one as well, so that a rank word
/// qualifies only the office it stands before.
pub fn parse(title: &str) -> TitleCore {
    let ws = words(title);
    let mut core = parse_words(ws.clone());
    core.when = ws.iter().find_map(|w| match w.as_str() {
        "former" | "ex" | "then" | "late" | "outgoing" => Some(When::Past),
        "elect" | "incoming" | "designate" => Some(When::Coming),
        _ => None,
    });
    let parts: Vec<TitleCore> = ws
        .split(|w| w == "and" || w == "&")
        .map(|part| parse_words(part.to_vec()))
        .filter(|c| !c.is_vague())
        .collect();
    if parts.len() >= 2 {
        core.parts = parts;
    }
    core
}

fn parse_words(mut ws: Vec<String>) -> TitleCore {
    // Synonyms first.
    let joined = ws.join(" ");
    let joined = joined
        .replace("press secretary", "spokesperson")
        .replace("spokesman", "spokesperson")
        .replace("spokeswoman", "spokesperson")
        .replace("foreign affairs", "foreign")
        .replace("external affairs", "foreign")
        .replace("head of state", "president")
        // A company's chief officers, written out or not: "Chief Executive" / "CEO".
        .replace("chief executive officer", "ceo")
        .replace("chief executive", "ceo")
        .replace("chief financial officer", "cfo")
        .replace("chief operating officer", "coo")
        .replace("chief technology officer", "cto")
        .replace("chief information officer", "cio")
        .replace("chief marketing officer", "cmo");
    ws = joined.split(' ').map(str::to_string).collect();
    // Whom the office serves is no part of it: "press secretary for the vice president",
    // "chief of staff to the president" (a rank word there, "vice", read as the press
    // secretary's, made "Pence's press secretary" another office). "Secretary for Foreign
    // Affairs" keeps its portfolio.
    let principal = (0..ws.len()).find(|&k| {
        matches!(ws[k].as_str(), "for" | "to")
            && ws[k + 1..]
                .iter()
                .find(|w| *w != "the")
                .is_some_and(|w| !PORTFOLIO.contains(&w.as_str()))
    });
    ws.truncate(principal.unwrap_or(ws.len()));
    let mut core = TitleCore::default();
    let formal = |w: &str| {
        lexicon::office_noun(w) && !lexicon::vague_role(w)
            || matches!(
                w,
                "spokesperson" | "ceo" | "cfo" | "coo" | "cto" | "cio" | "cmo" | "coach"
            )
    };
    for (k, w) in ws.iter().enumerate() {
        // Rank words that make another office. "acting", "interim", "former", "elect"
        // qualify the same office in time and contradict nothing.
        // A rank qualifies an office after it: "director and Vice" (a title cut before
        // "President-elect Kamala Harris") holds no vice-director.
        let office_after = ws[k + 1..].iter().any(|x| formal(x));
        if lexicon::rank_word(w)
            && office_after
            && matches!(
                w.as_str(),
                "deputy" | "vice" | "assistant" | "under" | "associate" | "lieutenant"
            )
        {
            core.ranks.insert(if w == "vice" {
                "deputy".to_string()
            } else {
                w.clone()
            });
        }
        if !formal(w) {
            continue;
        }
        // "General" after "Secretary" is a portfolio of the secretary, not an office.
        if w == "general" && k > 0 && formal(&ws[k - 1]) {
            continue;
        }
        let mut portfolio = BTreeSet::new();
        // Before: "Foreign Minister", "Prime Minister", "Defense Secretary".
        let mut j = k;
        while j > 0 && PORTFOLIO.contains(&ws[j - 1].as_str()) {
            portfolio.insert(ws[j - 1].clone());
            j -= 1;
        }
        // After: "Secretary of State", "Minister of Foreign (Affairs)", "Secretary General".
        let mut j = k + 1;
        if ws.get(j).is_some_and(|x| x == "general") {
            portfolio.insert("general".to_string());
            j += 1;
        }
        if ws.get(j).is_some_and(|x| x == "of" || x == "for") {
            j += 1;
            while ws.get(j).is_some_and(|x| x == "the") {
                j += 1;
            }
            while let Some(x) = ws.get(j).filter(|x| PORTFOLIO.contains(&x.as_str())) {
                portfolio.insert(x.clone());
                j += 1;
            }
        }
        let head = if w == "premier" {
            "minister".to_string()
        } else {
            w.clone()
        };
        if head == "minister" && ws.get(k.wrapping_sub(1)).is_some_and(|x| x == "prime") {
            portfolio.insert("prime".to_string());
        }
        core.offices.insert(Office { head, portfolio });
    }
    core
}

/// Can one person hold both titles (as far as the words tell)?
pub fn compatible(a: &TitleCore, b: &TitleCore) -> bool {
    if a.is_vague() || b.is_vague() {
        return true;
    }
    // Offices held at different times are both held: "former Vice President" and
    // "President-elect" Joe Biden (AllSides).
    if a.when != b.when && (a.offices != b.offices || a.ranks != b.ranks) {
        return true;
    }
    if !a.parts.is_empty() || !b.parts.is_empty() {
        // One of two titles held together is enough.
        let each = |c: &TitleCore| -> Vec<TitleCore> {
            if c.parts.is_empty() {
                vec![c.clone()]
            } else {
                c.parts.clone()
            }
        };
        let (pa, pb) = (each(a), each(b));
        return pa.iter().any(|x| pb.iter().any(|y| compatible(x, y)));
    }
    // Any shared office with the same rank words makes them one title.
    let shared: Vec<&Office> = a.offices.intersection(&b.offices).collect();
    if !shared.is_empty() {
        return a.ranks == b.ranks;
    }
    // Same head noun, both with a portfolio, different portfolios: different offices.
    for x in &a.offices {
        for y in &b.offices {
            if x.head == y.head
                && !x.portfolio.is_empty()
                && !y.portfolio.is_empty()
                && x.portfolio.is_disjoint(&y.portfolio)
            {
                return false;
            }
            if x.head == y.head
                && (x.portfolio.is_subset(&y.portfolio) || y.portfolio.is_subset(&x.portfolio))
            {
                return a.ranks == b.ranks;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(a: &str, b: &str) -> bool {
        compatible(&parse(a), &parse(b))
    }

    #[test]
    fn offices_held_at_different_times_are_both_held() {
        assert!(ok("President-elect", "former Vice President"));
        assert!(ok("former Vice President", "President"));
        assert!(!ok(
            "former Deputy Secretary of State",
            "former Secretary of State"
        ));
        assert!(!ok("President-elect", "Vice President-elect"));
    }

    #[test]
    fn rank_words_make_a_different_office() {
        assert!(!ok("US Deputy Secretary of State", "US Secretary of State"));
        assert!(ok("US Deputy Secretary of State", "an aide to Blinken"));
        assert!(!ok("Vice President", "President"));
        // A company's chief officers (a journalist's test: none was compared).
        assert!(!ok(
            "Deputy Chief Financial Officer",
            "Chief Financial Officer"
        ));
        assert!(ok("Chief Executive", "CEO"));
        assert!(ok("the chief financial officer", "CFO"));
        assert!(!ok("assistant coach", "head coach"));
    }

    #[test]
    fn same_office_in_other_words() {
        assert!(ok(
            "State Councilor and Foreign Minister of China",
            "the Chinese Minister of Foreign Affairs"
        ));
        assert!(ok(
            "Russian Presidential Press Secretary",
            "spokesman of the Kremlin"
        ));
        assert!(ok("NATO Secretary General", "NATO secretary-general"));
        assert!(ok("Secretary of State", "US Secretary of State"));
        assert!(ok("Kremlin envoy", "Russian Special Envoy"));
        assert!(ok("Russian Foreign Minister", "head of diplomacy"));
        assert!(ok("French President", "President"));
    }

    #[test]
    fn a_rank_qualifies_only_the_title_it_stands_before() {
        // ECB+ topic 5: Tony DiLeo is both; the "senior vice" of the second title made the
        // first look like another rank of the same office.
        assert!(ok(
            "the team's assistant general manager and senior vice president",
            "Assistant general manager"
        ));
        assert!(ok(
            "Deputy Prime Minister and Foreign Minister",
            "Foreign Minister"
        ));
        assert!(!ok(
            "Deputy Prime Minister and Foreign Minister",
            "Prime Minister"
        ));
    }

    #[test]
    fn whom_an_office_serves_is_no_part_of_it() {
        // AllSides: "Pence's press secretary" / "press secretary for the vice president".
        assert!(ok(
            "Pence's press secretary",
            "press secretary for the vice president"
        ));
        assert!(ok("chief of staff to the vice president", "chief of staff"));
        // A portfolio after "for" stays: two ministers.
        assert!(!ok("Minister for Foreign Affairs", "Minister for Defence"));
        assert!(!ok(
            "deputy press secretary to the president",
            "press secretary"
        ));
        // A rank with no office after it qualifies nothing.
        assert!(ok(
            "communications director and Vice",
            "communications director"
        ));
        assert!(!ok(
            "deputy communications director",
            "communications director"
        ));
    }

    #[test]
    fn british_and_american_spellings_are_one_office() {
        // Reuters: the same Weinberger and Pazzianotto in two spellings were title flags.
        assert!(ok("Defence Secretary", "Defense Secretary"));
        assert!(ok("U.S. Defence Secretary", "Secretary"));
        assert!(ok("Labour Minister", "Labor Minister"));
        // Another portfolio is still another office.
        assert!(!ok("Defence Secretary", "Labor Secretary"));
        assert!(!ok("Labour Minister", "Defense Minister"));
    }

    #[test]
    fn different_portfolios_conflict() {
        assert!(!ok("Foreign Minister", "Defense Minister"));
        assert!(!ok("Prime Minister", "Foreign Minister"));
    }
}
