//! The grammatical gender a person is referred to by, so that "he" and "she" resolve to
//! someone they can mean.
//!
//! Without it a pronoun takes the nearest person, and a story's attribution flags credited
//! "She was our mom…" to a Sgt. Barry and Sarah Palin's apology to a Chief James Steele (ECB+
//! dev). The evidence is what the article writes about the person, gathered over every
//! mention of the same surname: an honorific right before a name (`Mr.`, `Mrs.`, `Ms.`), a
//! gendered noun in a title (`spokeswoman`, `chairman`, `mother of two`), or a given name
//! that is nearly always one gender in English-language news (about 480, among them those
//! the dev dumps most often left without one; names used for both, like Jordan or Kim, are
//! left out). Contradicting evidence, or none, gives no gender, and an unknown gender never
//! blocks a resolution.

use super::people::surname_key;
use super::Person;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// The gender a subject pronoun asks for.
pub fn of_pronoun(w: &str) -> Option<Gender> {
    match w {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// Can a pronoun asking for `wanted` refer to someone of gender `known`? Yes unless the
/// article shows the other gender.
pub fn agrees(wanted: Option<Gender>, known: Option<Gender>) -> bool {
    !matches!((wanted, known), (Some(w), Some(k)) if w != k)
}

/// The gender the article gives each person, over all mentions of the same surname (one
/// pass: the clues of a surname are gathered once, not per pronoun).
pub fn of_people(text: &str, people: &[Person]) -> Vec<Option<Gender>> {
    // Per surname key: the gender seen so far, or `None` once the clues disagree.
    let mut by_surname: HashMap<String, Option<Gender>> = HashMap::new();
    let keys: Vec<String> = people.iter().map(|p| surname_key(&p.surname)).collect();
    for (p, key) in people.iter().zip(&keys) {
        let clues = [
            honorific_before(text, p.name.start),
            p.title.as_ref().and_then(|t| of_title(&t.text)),
            p.given.as_deref().and_then(of_given_name),
        ];
        for g in clues.into_iter().flatten() {
            by_surname
                .entry(key.clone())
                .and_modify(|seen| {
                    if *seen != Some(g) {
                        *seen = None;
                    }
                })
                .or_insert(Some(g));
        }
    }
    keys.iter()
        .map(|k| by_surname.get(k).copied().flatten())
        .collect()
}

fn honorific_before(text: &str, name_start: usize) -> Option<Gender> {
    let before = text[..name_start].trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '.'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    match before[word_start..]
        .trim_end_matches('.')
        .to_lowercase()
        .as_str()
    {
        "mr" | "sir" | "monsieur" | "herr" | "senor" | "señor" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "madame" | "mme" | "frau" | "senora" | "señora" => {
            Some(Gender::Female)
        }
        _ => None,
    }
}

fn of_title(title: &str) -> Option<Gender> {
    let mut found = None;
    for w in title.split(|c: char| !c.is_alphabetic()) {
        let g = match w.to_lowercase().as_str() {
            w if FEMALE_NOUNS.contains(&w) => Gender::Female,
            w if MALE_NOUNS.contains(&w) => Gender::Male,
            _ => continue,
        };
        match found {
            Some(f) if f != g => return None, // "the mother of Sgt. Smith's son"
            _ => found = Some(g),
        }
    }
    found
}

/// Is `lower` a given name of the lists below (those nearly always of one gender)?
pub fn is_given_name(lower: &str) -> bool {
    female(lower) || male(lower)
}

fn of_given_name(given: &str) -> Option<Gender> {
    let first = given.split_whitespace().next()?.to_lowercase();
    if female(&first) {
        Some(Gender::Female)
    } else if male(&first) {
        Some(Gender::Male)
    } else {
        None
    }
}

const FEMALE_NOUNS: &[&str] = &[
    "spokeswoman",
    "chairwoman",
    "congresswoman",
    "businesswoman",
    "councilwoman",
    "policewoman",
    "sportswoman",
    "anchorwoman",
    "woman",
    "actress",
    "waitress",
    "mother",
    "grandmother",
    "wife",
    "widow",
    "daughter",
    "sister",
    "aunt",
    "niece",
    "queen",
    "princess",
    "duchess",
    "countess",
    "empress",
    "girl",
    "girlfriend",
    "mrs",
    "ms",
    "lady",
    "heiress",
    "stepmother",
    "granddaughter",
    "nun",
    "goddaughter",
];

const MALE_NOUNS: &[&str] = &[
    "spokesman",
    "chairman",
    "congressman",
    "businessman",
    "councilman",
    "policeman",
    "sportsman",
    "anchorman",
    "fireman",
    "man",
    "actor",
    "waiter",
    "father",
    "grandfather",
    "husband",
    "widower",
    "son",
    "brother",
    "uncle",
    "nephew",
    "king",
    "prince",
    "duke",
    "emperor",
    "boy",
    "boyfriend",
    "mr",
    "stepfather",
    "grandson",
    "monk",
    "priest",
];

/// Given names that are one gender nearly always in English-language news, one per line
/// (English, European, Nordic, Arabic, Indian and Japanese names). Names used for both
/// (Jordan, Kim, Robin, Jean, Andrea, Leslie, Taylor ...) and names that are as often a
/// place or a thing (Florence, Chelsea, Mercedes, Pearl) are not here.
const FEMALE_NAMES: &str = include_str!("female_names.txt");
const MALE_NAMES: &str = include_str!("male_names.txt");

fn names(
    list: &'static str,
    cell: &'static OnceLock<HashSet<&'static str>>,
) -> &'static HashSet<&'static str> {
    cell.get_or_init(|| {
        list.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    })
}

fn female(lower: &str) -> bool {
    static CELL: OnceLock<HashSet<&'static str>> = OnceLock::new();
    names(FEMALE_NAMES, &CELL).contains(lower)
}

fn male(lower: &str) -> bool {
    static CELL: OnceLock<HashSet<&'static str>> = OnceLock::new();
    names(MALE_NAMES, &CELL).contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::article::Article;
    use crate::claims::people;

    fn gender_of(text: &str, surname: &str) -> Option<Gender> {
        let a = Article::new(text);
        let p = people::extract(&a);
        let idx = p
            .iter()
            .position(|x| x.surname == surname)
            .expect("the person is found");
        of_people(text, &p)[idx]
    }

    #[test]
    fn honorifics_titles_and_given_names() {
        assert_eq!(
            gender_of("Mrs. Clinton said yes.", "Clinton"),
            Some(Gender::Female)
        );
        assert_eq!(
            gender_of("Mr. Lavrov said no.", "Lavrov"),
            Some(Gender::Male)
        );
        assert_eq!(
            gender_of(
                "Jordan Smith, a spokeswoman for the city, said it was over.",
                "Smith"
            ),
            Some(Gender::Female)
        );
        assert_eq!(
            gender_of(
                "The fire chief James Steele said the fire was set.",
                "Steele"
            ),
            Some(Gender::Male)
        );
        // Another mention of the surname carries the clue.
        assert_eq!(
            gender_of("Sarah Palin arrived. Palin said she was sorry.", "Palin"),
            Some(Gender::Female)
        );
        // A name used for both, and no other clue.
        assert_eq!(gender_of("Jordan Kerr said it was over.", "Kerr"), None);
        // Whatever precedes the name, in any script.
        assert_eq!(
            gender_of("“Ms. Ngozi Okonjo” said so.", "Okonjo"),
            Some(Gender::Female)
        );
        assert_eq!(gender_of("”Kerr said it was over.", "Kerr"), None);
        // Names beyond the commonest English ones (the lists held 480 names until stop 33).
        assert_eq!(
            gender_of("Stacey Abrams arrived. Abrams said it was over.", "Abrams"),
            Some(Gender::Female)
        );
        assert_eq!(
            gender_of("Defense attorney Stan Perlo said it was over.", "Perlo"),
            Some(Gender::Male)
        );
    }
}
