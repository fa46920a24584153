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
use std::collections::HashMap;

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
    FEMALE_NAMES.contains(&lower) || MALE_NAMES.contains(&lower)
}

fn of_given_name(given: &str) -> Option<Gender> {
    let first = given.split_whitespace().next()?.to_lowercase();
    if FEMALE_NAMES.contains(&first.as_str()) {
        Some(Gender::Female)
    } else if MALE_NAMES.contains(&first.as_str()) {
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

/// Given names that are one gender nearly always in English-language news. Names used for
/// both (Jordan, Kim, Robin, Jean, Andrea, Leslie, Taylor ...) are not here.
const FEMALE_NAMES: &[&str] = &[
    "mary",
    "patricia",
    "jennifer",
    "linda",
    "elizabeth",
    "barbara",
    "susan",
    "jessica",
    "sarah",
    "karen",
    "nancy",
    "lisa",
    "betty",
    "margaret",
    "sandra",
    "ashley",
    "kimberly",
    "emily",
    "donna",
    "michelle",
    "dorothy",
    "carol",
    "amanda",
    "melissa",
    "deborah",
    "stephanie",
    "rebecca",
    "sharon",
    "laura",
    "cynthia",
    "kathleen",
    "amy",
    "shirley",
    "angela",
    "helen",
    "anna",
    "brenda",
    "pamela",
    "nicole",
    "emma",
    "samantha",
    "katherine",
    "christine",
    "debra",
    "rachel",
    "catherine",
    "carolyn",
    "janet",
    "ruth",
    "maria",
    "heather",
    "diane",
    "virginia",
    "julie",
    "joyce",
    "victoria",
    "olivia",
    "kelly",
    "christina",
    "lauren",
    "joan",
    "evelyn",
    "judith",
    "megan",
    "cheryl",
    "martha",
    "hannah",
    "gloria",
    "teresa",
    "sara",
    "madison",
    "frances",
    "kathryn",
    "janice",
    "alice",
    "julia",
    "judy",
    "abigail",
    "grace",
    "denise",
    "amber",
    "marilyn",
    "beverly",
    "danielle",
    "theresa",
    "sophia",
    "marie",
    "diana",
    "brittany",
    "natalie",
    "isabella",
    "charlotte",
    "rose",
    "alexis",
    "kayla",
    "hillary",
    "condoleezza",
    "nicola",
    "ursula",
    "kamala",
    "sonia",
    "elena",
    "ivanka",
    "melania",
    "wendy",
    "jacinda",
    "liz",
    "jill",
    "ilhan",
    "alexandria",
    "segolene",
    "ségolène",
    "golda",
    "indira",
    "benazir",
    "yulia",
    "svetlana",
    "olga",
    "tatiana",
    "irina",
    "natalia",
    "ekaterina",
    "anastasia",
    "mariya",
    "oksana",
    "regina",
    "ilene",
    "tara",
    "jane",
    "kate",
    "katie",
    "anne",
    "ann",
    "annie",
    "ellen",
    "eleanor",
    "claire",
    "fiona",
    "louise",
    "lucy",
    "sophie",
    "caroline",
    "jacqueline",
    "sylvie",
    "nathalie",
    "isabelle",
    "monique",
    "brigitte",
    "francoise",
    "françoise",
    "melanie",
    "jen",
    "letitia",
    "betsy",
    "kellyanne",
    "loretta",
    "rochelle",
    "tulsi",
    "marjorie",
    "debbie",
    "nikki",
    "shelley",
    "kathy",
    "beryl",
    "carly",
    "huma",
    "gina",
    "kirsten",
    "tammy",
    "cindy",
    "mazie",
    "tessa",
    "valerie",
    "elaine",
    "sheila",
    "irene",
    "yvonne",
];

const MALE_NAMES: &[&str] = &[
    "james",
    "john",
    "robert",
    "michael",
    "william",
    "david",
    "richard",
    "joseph",
    "thomas",
    "charles",
    "christopher",
    "daniel",
    "matthew",
    "anthony",
    "mark",
    "donald",
    "steven",
    "paul",
    "andrew",
    "joshua",
    "kenneth",
    "kevin",
    "brian",
    "george",
    "timothy",
    "ronald",
    "edward",
    "jason",
    "jeffrey",
    "ryan",
    "jacob",
    "gary",
    "nicholas",
    "eric",
    "jonathan",
    "stephen",
    "larry",
    "justin",
    "scott",
    "brandon",
    "benjamin",
    "samuel",
    "gregory",
    "alexander",
    "frank",
    "patrick",
    "raymond",
    "jack",
    "dennis",
    "jerry",
    "tyler",
    "aaron",
    "jose",
    "adam",
    "nathan",
    "henry",
    "douglas",
    "zachary",
    "peter",
    "kyle",
    "ethan",
    "walter",
    "noah",
    "jeremy",
    "christian",
    "keith",
    "roger",
    "terry",
    "gerald",
    "harold",
    "sean",
    "austin",
    "carl",
    "arthur",
    "lawrence",
    "dylan",
    "jesse",
    "bryan",
    "billy",
    "joe",
    "bruce",
    "gabriel",
    "logan",
    "albert",
    "willie",
    "alan",
    "juan",
    "wayne",
    "elijah",
    "randy",
    "roy",
    "vincent",
    "ralph",
    "eugene",
    "russell",
    "bobby",
    "mason",
    "philip",
    "louis",
    "barry",
    "bill",
    "bob",
    "jim",
    "tom",
    "mike",
    "dave",
    "steve",
    "tony",
    "barack",
    "vladimir",
    "sergei",
    "sergey",
    "dmitry",
    "dmitri",
    "alexei",
    "alexey",
    "volodymyr",
    "emmanuel",
    "jacques",
    "francois",
    "françois",
    "nicolas",
    "olaf",
    "boris",
    "recep",
    "xi",
    "narendra",
    "antony",
    "ted",
    "marco",
    "bernie",
    "mitt",
    "jeb",
    "newt",
    "rand",
    "chuck",
    "mitch",
    "nigel",
    "keir",
    "rishi",
    "gordon",
    "hugo",
    "nicolás",
    "ali",
    "mohammed",
    "muhammad",
    "ahmed",
    "abdullah",
    "hassan",
    "hussein",
    "omar",
    "yasser",
    "mahmoud",
    "bashar",
    "ayman",
    "osama",
    "pierre",
    "jean-claude",
    "jean-pierre",
    "jean-marc",
    "giuseppe",
    "giovanni",
    "luigi",
    "hans",
    "klaus",
    "wolfgang",
    "helmut",
    "gerhard",
    "heinz",
    "peyton",
    "brady",
    "dirk",
    "marty",
    "stuart",
    "jeff",
    "tim",
    "martin",
    "ron",
    "dan",
    "brett",
    "ben",
    "rick",
    "howard",
    "ken",
    "ian",
    "matt",
    "gavin",
    "greg",
    "brad",
    "andy",
    "malcolm",
    "karl",
    "simon",
    "harry",
    "phil",
    "fred",
    "mikhail",
    "manuel",
    "carlos",
    "rudy",
    "mario",
    "oliver",
    "nick",
    "josh",
    "jon",
    "neil",
    "pete",
    "bernard",
    "jake",
    "hugh",
    "derek",
    "victor",
    "lloyd",
    "clive",
    "jorge",
    "michel",
    "denis",
    "jay",
    "craig",
    "rob",
    "mick",
    "doug",
    "javier",
    "rex",
    "colin",
    "marc",
    "geoffrey",
    "glenn",
    "raul",
    "liam",
    "frederick",
    "jerome",
    "eddie",
    "xavier",
    "geoff",
    "rafael",
    "alfred",
    "gerry",
    "leon",
    "kurt",
    "norman",
    "marvin",
    "luis",
    "allan",
    "miguel",
    "jimmy",
    "andreas",
    "marcel",
    "fernando",
    "leo",
    "jared",
    "trevor",
    "edwin",
    "julian",
    "werner",
    "stanley",
    "corey",
    "rudolph",
    "francesco",
    "mohammad",
    "herman",
    "devin",
    "ramon",
    "charlie",
    "roberto",
    "herbert",
    "maurice",
    "antonio",
    "duncan",
    "sheldon",
    "wilbur",
    "joaquin",
    "seth",
    "dominic",
    "viktor",
    "ivan",
    "joel",
    "laurence",
    "chad",
    "ricardo",
    "reggie",
    "ernest",
    "theodore",
    "arturo",
    "hermann",
    "andre",
    "antonin",
    "yasuhiro",
    "kiichi",
    "satoshi",
    "shintaro",
    "makoto",
    "takashi",
    "tadashi",
    "hajime",
    "noboru",
    "sergio",
    "emilio",
    "enrique",
    "pablo",
    "diego",
    "alejandro",
    "vittorio",
    "silvio",
    "matteo",
    "angelo",
    "benedict",
    "jens",
    "lars",
    "sven",
];

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
    }
}
