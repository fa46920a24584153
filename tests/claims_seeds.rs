//! Claim differences on the bundled seed articles: five retellings (machine-translated
//! from Chinese, French and Thai, and an AP story) of the US and NATO replies to Russia on
//! 26 January 2022. Read as a journalist would, they disagree on: who gave the
//! mid-February warning (Deputy Secretary of State Sherman, "US Secretary of State Wendy
//! Sherman", "the United States"); Sherman's title; how long the Paris talks lasted
//! ("eight hours", "more than five hours"); how many Russian troops stood at the border
//! ("some 100,000", "hundreds of thousands", "tens of thousands"); Macron's given name
//! (Jacques, Emmanuel). Kuleba is spelled Kouleba and Blinken's given name Antony in the
//! French-sourced article: spellings, shown as information.

use retold::claims::{
    compare_story, extract, ArticleClaims, Conflict, ConflictKind, Relation, StoryDoc,
};
use std::path::Path;

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/seeds")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let stem = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            (
                stem[..3].to_string(),
                std::fs::read_to_string(&p).expect("seed text"),
            )
        })
        .collect()
}

fn conflicts(docs: &[(String, String)]) -> Vec<Conflict> {
    let docs: Vec<(&str, Option<&str>, &str)> = docs
        .iter()
        .map(|(id, text)| (id.as_str(), None, text.as_str()))
        .collect();
    dated_conflicts(&docs)
}

/// The conflicts of one story of (id, publication date, text) articles.
fn dated_conflicts(docs: &[(&str, Option<&str>, &str)]) -> Vec<Conflict> {
    let claims: Vec<ArticleClaims> = docs.iter().map(|(_, d, t)| extract(t, *d)).collect();
    let story: Vec<StoryDoc> = docs
        .iter()
        .zip(&claims)
        .map(|((id, _, text), claims)| StoryDoc {
            id,
            title: None,
            text,
            date: None,
            claims,
        })
        .collect();
    compare_story(&story)
}

fn show(c: &Conflict) -> String {
    let vs: Vec<String> = c
        .variants
        .iter()
        .map(|v| format!("{}: {}", v.doc, v.value))
        .collect();
    format!(
        "{} {:?} [{}] {} (majority {:?}, {:.2})",
        c.kind.as_str(),
        c.relation,
        c.subject,
        vs.join(" | "),
        c.majority,
        c.confidence
    )
}

/// The flags of one kind in a story, as `show` prints them.
fn flags_of(docs: &[(String, String)], kind: ConflictKind) -> Vec<String> {
    conflicts(docs)
        .into_iter()
        .filter(|c| c.kind == kind)
        .map(|c| show(&c))
        .collect()
}

/// A story of two versions, "a" and "b", and one unrelated article "c": a third article
/// gives the words the two versions share their weight in the story.
fn two_versions(a: String, b: String, unrelated: &str) -> Vec<(String, String)> {
    vec![
        ("a".to_string(), a),
        ("b".to_string(), b),
        ("c".to_string(), unrelated.to_string()),
    ]
}

/// The number flags between two versions, beside an unrelated third article.
fn number_flags(a: String, b: String, unrelated: &str) -> Vec<String> {
    flags_of(&two_versions(a, b, unrelated), ConflictKind::Number)
}

/// The flags of one kind between two versions of a report, beside an unrelated article.
fn version_flags(a: &str, b: &str, kind: ConflictKind) -> Vec<String> {
    flags_of(
        &two_versions(a.to_string(), b.to_string(), FERRY_UNRELATED),
        kind,
    )
}

/// The unrelated third article of the edited-copy tests below.
const FERRY_UNRELATED: &str = "Ferry services to the islands resumed after the strike ended.";

/// The entity conflicts with `subject` ("cause", "casualty", "actor") between two versions
/// of a report, beside an unrelated article.
fn entity_flags(a: String, b: String, subject: &str) -> Vec<String> {
    conflicts(&two_versions(a, b, FERRY_UNRELATED))
        .into_iter()
        .filter(|c| c.kind == ConflictKind::Entity && c.subject == subject)
        .map(|c| show(&c))
        .collect()
}

/// The subjects of the entity flags among `found` (place, actor, party, cause...).
fn entity_subjects(found: &[Conflict]) -> Vec<&str> {
    found
        .iter()
        .filter(|c| c.kind == ConflictKind::Entity)
        .map(|c| c.subject.as_str())
        .collect()
}

fn value<'a>(c: &'a Conflict, doc: &str) -> Option<&'a str> {
    c.variants
        .iter()
        .find(|v| v.doc == doc)
        .map(|v| v.value.as_str())
}

#[test]
fn seed_conflicts_are_the_ones_a_journalist_finds() {
    let found = conflicts(&seeds());
    let listing: Vec<String> = found.iter().map(show).collect();
    println!("{}", listing.join("\n"));
    let has = |pred: &dyn Fn(&Conflict) -> bool| found.iter().any(pred);

    // The mid-February warning: Sherman in some articles, "the United States" in another.
    assert!(
        has(&|c| c.kind == ConflictKind::Attribution
            && value(c, "000")
                .is_some_and(|v| v.contains("Sherman") && v.contains("Deputy Secretary of State"))
            && value(c, "001").is_some_and(|v| v.contains("US Secretary of State Wendy Sherman"))
            && value(c, "004").is_some_and(|v| v.contains("United States"))),
        "{listing:#?}"
    );
    // Her title: Deputy Secretary of State against Secretary of State.
    assert!(
        has(&|c| c.kind == ConflictKind::Title
            && c.subject == "Sherman"
            && value(c, "000") == Some("US Deputy Secretary of State")
            && value(c, "001") == Some("US Secretary of State")),
        "{listing:#?}"
    );
    // The Paris talks: "eight hours" against "more than five hours" nest, so they are
    // reported as less precise, not as a contradiction.
    assert!(
        has(&|c| c.kind == ConflictKind::Number
            && c.relation == Relation::LessPrecise
            && value(c, "000") == Some("eight hours")
            && value(c, "002") == Some("more than five hours")),
        "{listing:#?}"
    );
    // Troops at the border: "hundreds of thousands" cannot be "some 100,000".
    assert!(
        has(&|c| c.kind == ConflictKind::Number
            && c.relation == Relation::Conflicting
            && value(c, "002") == Some("some 100,000 troops")
            && value(c, "003") == Some("hundreds of thousands of troops")),
        "{listing:#?}"
    );
    // Two French presidents named Macron.
    assert!(
        has(&|c| c.kind == ConflictKind::Name
            && value(c, "000") == Some("Jacques Macron")
            && value(c, "001") == Some("Emmanuel Macron")
            && c.majority.as_deref() == Some("Emmanuel Macron")),
        "{listing:#?}"
    );
    // Kuleba / Kouleba is one person written two ways: information, not a conflict.
    assert!(
        has(&|c| c.kind == ConflictKind::SpellingVariant
            && c.relation == Relation::Variant
            && value(c, "003") == Some("Dmitro Kuleba")
            && value(c, "004") == Some("Dmytro Kouleba")),
        "{listing:#?}"
    );
    assert!(
        !found.iter().any(|c| c.kind != ConflictKind::SpellingVariant
            && c.variants.iter().any(|v| v.value.contains("Kouleba")))
    );
    // A journalist reads every flag: on these five articles the list stays short (seven
    // flags, each judged true when this test was written).
    assert!(found.len() <= 10, "{} flags:\n{listing:#?}", found.len());
}

#[test]
fn identical_articles_give_no_flags() {
    for (id, text) in seeds() {
        let twice = vec![(id.clone(), text.clone()), (format!("{id}-copy"), text)];
        let found = conflicts(&twice);
        assert!(
            found.is_empty(),
            "{id} against itself: {:#?}",
            found.iter().map(show).collect::<Vec<_>>()
        );
    }
}

#[test]
fn spans_quote_the_article_exactly() {
    for (id, text) in seeds() {
        let c = extract(&text, Some("2022-01-27"));
        let spans = c
            .attributions
            .iter()
            .flat_map(|a| {
                [
                    Some(&a.speaker),
                    Some(&a.cue),
                    a.content.as_ref(),
                    a.title.as_ref(),
                ]
            })
            .flatten()
            .chain(c.quantities.iter().map(|q| &q.span))
            .chain(
                c.people
                    .iter()
                    .flat_map(|p| [Some(&p.name), p.title.as_ref()])
                    .flatten(),
            )
            .chain(c.dates.iter().map(|d| &d.span));
        for s in spans {
            assert!(s.start < s.end && s.end <= text.len(), "{id}: {s:?}");
            assert_eq!(
                text.get(s.start..s.end),
                Some(s.text.as_str()),
                "{id}: {s:?}"
            );
        }
        assert!(!c.attributions.is_empty() && !c.people.is_empty(), "{id}");
    }
}

#[test]
fn conflicts_serialize_to_the_contract() {
    let found = conflicts(&seeds());
    let json = serde_json::to_value(&found).expect("serialize");
    for c in json.as_array().expect("array") {
        for key in ["kind", "variants", "majority", "confidence"] {
            assert!(c.get(key).is_some(), "{key} missing in {c}");
        }
        let kind = c["kind"].as_str().unwrap_or_default();
        assert!([
            "attribution",
            "number",
            "name",
            "title",
            "date",
            "entity",
            "spelling_variant"
        ]
        .contains(&kind));
        for v in c["variants"].as_array().expect("variants") {
            for key in ["doc", "value", "sentence"] {
                assert!(v[key].is_string(), "{key} in {v}");
            }
        }
    }
}

#[test]
fn conflicts_are_sorted_deterministically() {
    let mut docs = seeds();
    let a = conflicts(&docs);
    docs.reverse();
    let b = conflicts(&docs);
    let key = |c: &Conflict| (c.kind, c.subject.clone(), c.variants.len());
    let (mut ka, mut kb): (Vec<_>, Vec<_>) =
        (a.iter().map(key).collect(), b.iter().map(key).collect());
    assert_eq!(a, conflicts(&seeds()), "same input, same output");
    ka.sort();
    kb.sort();
    assert_eq!(ka, kb, "input order does not change what is found");
}

#[test]
fn keyboard_slips_are_not_conflicts_but_changed_facts_are() {
    let wire = "Lufthansa said on Tuesday that net profit rose in the first quarter. \
        The airline's cargo unit earned 44 mln marks on its routes to Frankfurt. \
        Analysts at Deutsche Bank had expected a smaller gain for the quarter.";
    let slipped = wire
        .replace("44 mln", "44 mlln")
        .replace("Frankfurt", "Frnakfurt");
    let changed = wire
        .replace("44 mln", "48 mln")
        .replace("Frankfurt", "Hamburg");
    let pair = |other: &str| {
        conflicts(&[
            ("wire".to_string(), wire.to_string()),
            ("copy".to_string(), other.to_string()),
        ])
    };
    let slips = pair(&slipped);
    assert!(
        slips.is_empty(),
        "typos flagged: {:#?}",
        slips.iter().map(show).collect::<Vec<_>>()
    );
    let facts = pair(&changed);
    let kinds: Vec<ConflictKind> = facts.iter().map(|c| c.kind).collect();
    assert!(
        kinds.contains(&ConflictKind::Number),
        "{:#?}",
        facts.iter().map(show).collect::<Vec<_>>()
    );
    assert!(
        kinds.contains(&ConflictKind::Entity),
        "{:#?}",
        facts.iter().map(show).collect::<Vec<_>>()
    );
}

/// An edited copy that writes a name another way (an abbreviation, an acronym of its full
/// name, dotted initials, a demonym for the country, another spelling with a name added) or
/// moves it within the sentence changes no fact; replacing the name does.
#[test]
fn names_written_otherwise_or_moved_are_not_substitutions() {
    let wire = "The climber slipped on the ice near Mount Cook on Sunday afternoon, \
                rescuers told the local radio station. \
                The club has now fired its coach after P.J. Carlesimo of Oklahoma City and \
                Eddie Jordan of Washington lost their jobs in November. \
                The New Zealand-born guide had led groups on the glacier for eleven years \
                before the accident. And a British Retail Consortium survey found that \
                Christmas 2004 was the worst for ten years. Climbers coming to the UK for \
                less than six months would not be tested under the Conservative plans. \
                Buying the rescue helicopter would cost the mountain club two million dollars. \
                Another Charger, receiver Vincent Jackson, was arrested early on Tuesday on \
                suspicion of drunken driving near the stadium. The investor group said it \
                has no plans to seek control of American Medical, but it would not rule out a \
                takeover. The guide made his acting debut in 1950 in No Way Out, starring \
                Sidney Poiter.";
    let rewritten = wire
        .replace("Mount Cook", "Mt Cook")
        .replace("P.J. Carlesimo", "PJ Carlesimo")
        .replace(
            "P.J. Carlesimo of Oklahoma City and Eddie Jordan of Washington",
            "Washington's Eddie Jordan and Oklahoma City's PJ Carlesimo",
        )
        .replace("New Zealand-born", "New Zealander")
        .replace(
            "And a British Retail Consortium survey found that Christmas 2004 was the worst for ten years.",
            "The previous BRC survey found Christmas 2004 was the worst for ten years for retailers.",
        )
        .replace("to the UK", "to Britain")
        .replace("Conservative plans", "Tory plans")
        .replace("Buying the", "Snapping up the")
        .replace("Another Charger, receiver", "San Diego Chargers wide receiver")
        // Reuters-21578 545 / 748: American Medical International, shortened two ways.
        .replace("control of American Medical", "control of AMI")
        // BBC entertainment/043-044: one name spelt two ways, and a second name added.
        .replace("Sidney Poiter", "Sydney Poitier and Ruby Dee");
    let moved = conflicts(&[
        ("wire".to_string(), wire.to_string()),
        ("copy".to_string(), rewritten.clone()),
    ]);
    assert!(
        moved.iter().all(|c| c.kind != ConflictKind::Entity),
        "{:#?}",
        moved.iter().map(show).collect::<Vec<_>>()
    );
    let replaced = conflicts(&[
        ("wire".to_string(), wire.to_string()),
        (
            "copy".to_string(),
            rewritten
                .replace("Mt Cook", "Mount Aspiring")
                .replace("to Britain", "to Paris"),
        ),
    ]);
    // A city is no other name for its country, and another country's capital is another
    // place (its own capital is the same place at another scale: see
    // `one_event_party_or_place_named_two_ways_is_no_substitution`).
    for changed in ["Aspiring", "Paris"] {
        assert!(
            replaced.iter().any(|c| c.kind == ConflictKind::Entity
                && c.variants.iter().any(|v| v.value.contains(changed))),
            "{changed}: {:#?}",
            replaced.iter().map(show).collect::<Vec<_>>()
        );
    }
}

/// Names that look alike or recur are still substitutions when they change: a swap of two
/// places, a name replaced where it also occurs elsewhere in the sentence, names with a curly
/// apostrophe, and near names of other countries.
#[test]
fn changed_names_that_look_alike_or_recur_are_still_flagged() {
    let tail = " The Syrian Observatory for Human Rights said the fighters had moved their heavy \
                weapons at night. Residents feared a new offensive.";
    let cases = [
        (
            "Rebels who fled Homs last month regrouped outside Damascus on Tuesday, activists said.",
            "Rebels who fled Damascus last month regrouped outside Homs on Tuesday, activists said.",
        ),
        (
            "The Homs governor said government troops entered Homs on Tuesday after a week of shelling.",
            "The Homs governor said government troops entered Idlib on Tuesday after a week of shelling.",
        ),
        (
            "Government forces killed at least twelve civilians in Syria\u{2019}s Homs province on Tuesday, activists said.",
            "Government forces killed at least twelve civilians in Iraq\u{2019}s Anbar province on Tuesday, activists said.",
        ),
        (
            "The attack on the convoy was ordered by O\u{2019}Brien on Tuesday, the officials said.",
            "The attack on the convoy was ordered by Kowalski on Tuesday, the officials said.",
        ),
        (
            "The delegation flew to Austria on Tuesday to sign the trade agreement, the ministry said.",
            "The delegation flew to Australia on Tuesday to sign the trade agreement, the ministry said.",
        ),
        (
            "French troops arrived in Mali on Tuesday to support the peacekeeping mission, the ministry said.",
            "French troops arrived in Malawi on Tuesday to support the peacekeeping mission, the ministry said.",
        ),
        // Where the rules for names written otherwise must not reach (stop 19's review): an
        // acronym one letter longer than other initials, a party before "Mr", two readings
        // of a name joined by "and".
        (
            "Officials from the European Commission said on Tuesday the talks would resume.",
            "Officials from the ECB said on Tuesday the talks would resume.",
        ),
        (
            "The amendment was tabled on Tuesday by Labour's Mr Smith, who opposes higher fees.",
            "The amendment was tabled on Tuesday by the Conservatives' Mr Smith, who opposes higher fees.",
        ),
        (
            "The technical advisor of the Hanshin-Wada Toyo baseball team praised it on Tuesday.",
            "The technical advisor of the Hanshin and Wada Yutaka baseball team praised it on Tuesday.",
        ),
    ];
    for (a, b) in cases {
        let found = conflicts(&[
            ("a".to_string(), format!("{a}{tail}")),
            ("b".to_string(), format!("{b}{tail}")),
        ]);
        assert!(
            found.iter().any(|c| c.kind == ConflictKind::Entity),
            "no substitution flagged for {a:?} / {b:?}: {:#?}",
            found.iter().map(show).collect::<Vec<_>>()
        );
    }
}

/// One speaker whose double-barrelled name one outlet hyphenates and another does not is
/// not two speakers; another speaker of the same words is.
#[test]
fn a_name_written_with_or_without_its_hyphen_is_one_speaker() {
    let story = |name: &str, short: &str| {
        format!(
            "Former chat show host {name} has quit the UK Independence Party after a row over \
             its leadership. {short} said the party had become a shambles and had betrayed its \
             voters in the east of England by courting wealthy donors and ignoring its members \
             in the regions. The party will choose a new candidate next week."
        )
    };
    let attribution = |docs: &[(String, String)]| flags_of(docs, ConflictKind::Attribution);
    let hyphen = ("a".to_string(), story("Robert Kilroy-Silk", "Kilroy-Silk"));
    let spaced = ("b".to_string(), story("Robert Kilroy Silk", "Kilroy Silk"));
    let other = (
        "c".to_string(),
        story("Roger Knapman", "UKIP leader Roger Knapman"),
    );
    // Two more articles of the story, on its other events, so that the quoted words are
    // rare in it.
    let rest = [
        (
            "d".to_string(),
            "The Veritas party was launched in London on Wednesday with a promise to cut \
             immigration. Its first conference will be held in the spring."
                .to_string(),
        ),
        (
            "e".to_string(),
            "Slurry was thrown at the politician in Manchester during a campaign visit. Police \
             arrested two farmers after the protest."
                .to_string(),
        ),
    ];
    let with_rest = |docs: [(String, String); 2]| {
        let mut all = docs.to_vec();
        all.extend(rest.iter().cloned());
        all
    };
    assert_eq!(
        attribution(&with_rest([hyphen.clone(), spaced])),
        Vec::<String>::new()
    );
    assert_eq!(attribution(&with_rest([hyphen, other])).len(), 1);
}

#[test]
fn a_family_name_written_first_is_one_speaker() {
    // "Wang" in one report is "Wang Yi" in another (family name first), as a journalist's
    // test found; another family name is another speaker.
    let story = |lone: &str| {
        [
            (
                "a".to_string(),
                format!(
                    "{lone} said China supported \"all efforts conducive to peace\" and would \
                     continue to play a constructive role.\nThe visit comes a day after {lone} \
                     hosted Palestinian factions in Beijing."
                ),
            ),
            (
                "b".to_string(),
                "On July 24, Deputy Foreign Minister Wang Yi held talks with Ukrainian Foreign \
                 Minister Dmytro Kouleba in Guangzhou. The talks lasted five hours.\nWang Yi \
                 said, China supports all efforts conducive to peace and is willing to continue \
                 to play a constructive role.\nKouleba said that \"Ukraine is ready to conduct \
                 negotiations with Russia, but there is no readiness on the Russian side.\"\n\
                 Last year China-Ukraine trade was 6.8 billion US dollars."
                    .to_string(),
            ),
        ]
    };
    let attribution = |lone: &str| flags_of(&story(lone), ConflictKind::Attribution);
    assert_eq!(attribution("Wang"), Vec::<String>::new());
    assert_eq!(attribution("Zhao").len(), 1, "another family name");
    // One name in the two orders (WMT ja-en: "Kinoshita Akio" / "Akio Kinoshita").
    assert_eq!(attribution("Yi Wang"), Vec::<String>::new());
    assert_eq!(attribution("Yi Zhao").len(), 1, "another family name");
}

#[test]
fn an_umlaut_written_with_its_e_is_one_name() {
    // "König" / "Koenig": one judge, spelt two ways, whose title two reports give
    // differently (a journalist's test saw neither flag).
    let docs = [
        (
            "a".to_string(),
            "The constitutional court ruled the budget shift unconstitutional on Wednesday. \
             \"The ruling means the credit authorisations are void,\" Vice President of the \
             court Doris König said as she read out the verdict."
                .to_string(),
        ),
        (
            "b".to_string(),
            "The constitutional court declared the budget shift unconstitutional on Wednesday. \
             \"The ruling means the credit authorisations are void,\" said President of the \
             court Doris Koenig at the announcement of the judgement."
                .to_string(),
        ),
    ];
    let variants = flags_of(&docs, ConflictKind::SpellingVariant);
    assert_eq!(variants.len(), 1, "{variants:?}");
    assert!(variants[0].contains("Doris König"), "{variants:?}");
    let titles = flags_of(&docs, ConflictKind::Title);
    assert_eq!(titles.len(), 1, "{titles:?}");
    assert!(
        titles[0].contains("Vice President of the court"),
        "{titles:?}"
    );
}

/// A margin ("by 0.02 seconds") and a time ("in 9.89 seconds") are different figures, while
/// two margins of one race can differ.
#[test]
fn a_margin_is_not_compared_with_a_level() {
    let race = |tail: &str| {
        format!(
            "Asafa Powell won the 100 metres final at the Weltklasse meeting in Zurich on Friday \
             night, {tail} Tyson Gay was third. The Jamaican had been injured in the spring."
        )
    };
    let numbers = |docs: &[(String, String)]| flags_of(docs, ConflictKind::Number);
    let rest = [
        (
            "d".to_string(),
            "Ticket sales for the meeting in Zurich reached a record this year, organisers said."
                .to_string(),
        ),
        (
            "e".to_string(),
            "The season ends in Brussels next week with the final of the league.".to_string(),
        ),
    ];
    let story = |a: &str, b: &str| {
        let mut docs = vec![("a".to_string(), race(a)), ("b".to_string(), race(b))];
        docs.extend(rest.iter().cloned());
        docs
    };
    assert_eq!(
        numbers(&story(
            "beating Justin Gatlin by 0.02 seconds in a thrilling finish as",
            "with Justin Gatlin finishing in 9.89 seconds in a thrilling finish as"
        )),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(&story(
            "beating Justin Gatlin by 0.02 seconds in a thrilling finish as",
            "beating Justin Gatlin by 0.12 seconds in a thrilling finish as"
        ))
        .len(),
        1
    );
}

#[test]
fn a_rate_a_change_or_a_figure_ten_times_off_is_not_compared_with_an_amount() {
    let deal = |tail: &str| {
        format!(
            "The Boston Red Sox signed first baseman Mark Teixeira on Tuesday to a contract \
             {tail} after a week of talks with his agent Scott Boras. The Yankees had bid too."
        )
    };
    let numbers = |a: &str, b: &str| {
        number_flags(
            deal(a),
            deal(b),
            "Boston fans queued at Fenway Park for tickets on Wednesday.",
        )
    };
    // A rate against a total, a change against a level, a figure of another order.
    assert_eq!(
        numbers("worth $20 million per season", "worth $180 million"),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(
            "that pays him 40 percent more, up 5 percent on his last offer,",
            "that pays him 40 percent more, 45 percent on his last offer,"
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers("worth $3 million", "worth $363 million"),
        Vec::<String>::new()
    );
    // Two rates, two totals and two changes that differ are flagged.
    assert_eq!(
        numbers(
            "worth $20 million per season",
            "worth $23 million per season"
        )
        .len(),
        1
    );
    assert_eq!(numbers("worth $20 million", "worth $180 million").len(), 1);
    // A change told by a marker, a verb or the noun after it is one kind of figure.
    assert_eq!(
        numbers(
            "whose value was up 5 percent on his last offer",
            "whose value rose 7 percent on his last offer"
        )
        .len(),
        1
    );
    assert_eq!(
        numbers(
            "with a 5 percent increase on his last offer",
            "with an increase of 8 percent on his last offer"
        )
        .len(),
        1
    );
}

#[test]
fn a_count_several_made_between_them_is_not_one_players_count() {
    let report = |line: &str| {
        format!(
            "France beat England 18-17 at Twickenham on Sunday. {line} Yachvili landed six \
             kicks for France."
        )
    };
    let numbers = |a: &str, b: &str| number_flags(report(a), report(b), FERRY_UNRELATED);
    assert_eq!(
        numbers(
            "Hodgson failed to convert three penalties for England.",
            "Hodgson and Barkley failed to convert six penalties between them for England."
        ),
        Vec::<String>::new()
    );
    // One player's count told two ways is still a difference.
    assert_eq!(
        numbers(
            "Hodgson failed to convert three penalties for England.",
            "Hodgson failed to convert six penalties for England."
        )
        .len(),
        1
    );
}

#[test]
fn a_unit_an_article_uses_often_needs_more_in_common_around_the_figure() {
    let report = |last: &str| {
        format!(
            "Jamaal Charles ran for 226 yards as the Colts beat the Chiefs 20-13. Kansas City \
             finished with 352 yards rushing. {last}"
        )
    };
    let numbers = |a: &str, b: &str| {
        number_flags(
            report(a),
            report(b),
            "Indianapolis clinched a playoff place with the win on Sunday.",
        )
    };
    // Two players' figures, next to nothing in common but "Arrowhead", are not one figure.
    let tail = "at Arrowhead, and all of that was on the day the freezing home crowd saw the \
                visiting defence hold firm.";
    assert_eq!(
        numbers(
            &format!("Peyton Hillis ran for 101 yards {tail}"),
            &format!("Brady Quinn passed for 205 yards {tail}")
        ),
        Vec::<String>::new()
    );
    // One player's figure told two ways is.
    assert_eq!(
        numbers(
            "Peyton Hillis ran for 101 yards in his first start since November.",
            "Peyton Hillis ran for 121 yards in his first start since November."
        )
        .len(),
        1
    );
}

#[test]
fn wires_of_one_template_about_two_subjects_are_no_substitutions() {
    let wire_callable = |issuer: &str, amount: &str, coupon: &str, years: &str| {
        format!(
            "{issuer} is raising {amount} mln dlrs through an offering of convertible \
             subordinated debentures due 2012 with a {coupon} pct coupon and par pricing, said \
             sole manager Goldman Sachs. The debentures are convertible into common stock and \
             are non-callable for {years} years, the manager said."
        )
    };
    let wire =
        |issuer: &str, amount: &str, coupon: &str| wire_callable(issuer, amount, coupon, "two");
    let entities = |a: String, b: String| {
        let docs = vec![("a".to_string(), a), ("b".to_string(), b)];
        flags_of(&docs, ConflictKind::Entity)
    };
    assert_eq!(
        entities(
            wire("Hartwell Mills Inc", "75", "6-1/4"),
            wire("Dunmore Hardware Co", "125", "5-1/2")
        ),
        Vec::<String>::new()
    );
    // The same wire with only its opening name changed is an edited copy: flagged.
    assert_eq!(
        entities(
            wire("Hartwell Mills Inc", "75", "6-1/4"),
            wire("Dunmore Hardware Co", "75", "6-1/4")
        )
        .len(),
        1
    );
    // Two subjects: none of their other claims are compared either (the terms of two
    // companies' issues differ), while in one edited wire they are.
    let numbers = |a: String, b: String| {
        let docs = vec![("a".to_string(), a), ("b".to_string(), b)];
        flags_of(&docs, ConflictKind::Number)
    };
    assert_eq!(
        numbers(
            wire_callable("Hartwell Mills Inc", "75", "6-1/4", "two"),
            wire_callable("Dunmore Hardware Co", "125", "5-1/2", "three")
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(
            wire_callable("Hartwell Mills Inc", "75", "6-1/4", "two"),
            wire_callable("Hartwell Mills Inc", "75", "6-1/4", "three")
        )
        .len(),
        1
    );
    // A one-sentence wire whose opening name and only figure both differ is one template
    // about two companies too (Reuters 9016 / 9573), also after a shared "The" (1424 / 1978).
    let award = |company: &str, amount: &str| {
        format!(
            "{company} Co USA of Houston has been awarded a {amount} mln dlr contract for jet \
             fuel, the Defense Logistics Agency said. Deliveries to air bases in Texas begin \
             next month."
        )
    };
    assert_eq!(
        numbers(award("Exxon", "99.2"), award("Shell Oil", "104.3")),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(award("Exxon", "99.2"), award("Exxon", "104.3")).len(),
        1
    );
    let bond = |bank: &str, amount: &str, day: &str| {
        format!(
            "The {bank} Bank Ltd is issuing a {amount} mln dlr convertible eurobond due March \
             31, 2002 priced at par, lead manager Nomura International Ltd said. The conversion \
             period will run from April {day}, 1987 to March 20, 2002."
        )
    };
    let dates = |a: String, b: String| {
        let docs = vec![("a".to_string(), a), ("b".to_string(), b)];
        flags_of(&docs, ConflictKind::Date)
    };
    assert_eq!(
        dates(bond("Hokkaido", "30", "20"), bond("Gunma", "50", "13")),
        Vec::<String>::new()
    );
    // One bank's wire whose conversion date was changed is still compared.
    assert_eq!(
        dates(bond("Hokkaido", "30", "20"), bond("Hokkaido", "30", "13")).len(),
        1
    );
}

#[test]
fn articles_that_each_open_with_a_subject_the_other_never_names_are_two_things() {
    // Reuters 4915 / 4921: two borrowers' loans, told in other words, each opening with
    // its own borrower.
    let dutch = "Hartwell Investeringsbank NV has signed a 3.1 billion yen bullet loan \
                 agreement, arranger Mitsubishi Bank said. The five-year loan carries an \
                 interest rate of the long term prime rate flat, and its lenders are \
                 Mitsubishi Bank and one other Japanese institution.";
    let gas = |borrower: &str| {
        format!(
            "The long term prime rate flat is the interest rate on the 5-1/2 year loan of {borrower} \
             Gasunie, which signed a 3.28 billion yen bullet loan agreement, arranger \
             Mitsubishi Bank said. The lenders are Mitsubishi Bank and another Japanese \
             institution."
        )
    };
    let numbers = |a: String, b: String| {
        let docs = vec![("a".to_string(), a), ("b".to_string(), b)];
        flags_of(&docs, ConflictKind::Number)
    };
    let dunmore = format!(
        "Dunmore Gasunie said on Monday it had a new loan. {}",
        gas("Dunmore")
    );
    assert_eq!(numbers(dutch.to_string(), dunmore), Vec::<String>::new());
    // When one article names the other's subject, the two may be one story: compared.
    let named = format!(
        "Hartwell Gasunie said on Monday it had a new loan. {}",
        gas("Hartwell")
    );
    assert_eq!(numbers(dutch.to_string(), named).len(), 1);
}

#[test]
fn articles_published_days_apart_are_not_compared() {
    let report = |injured: &str| {
        format!(
            "Police in Thessaloniki said {injured} people were injured when protesters clashed \
             with riot officers outside the regional parliament building on Wednesday."
        )
    };
    let numbers = |da: &str, db: &str| {
        dated_number_flags(&report("12"), &report("18"), [Some(da), Some(db)]).len()
    };
    assert_eq!(numbers("2010-05-05", "2010-05-06"), 1);
    // A month later the figure is another report's, not a contradiction.
    assert_eq!(numbers("2010-05-05", "2010-06-05"), 0);
    // A day later too, unless the sentences name one day (the "Wednesday" above): the next
    // day's figure is the next moment's (Reuters: daily money-market reports, a toll that
    // rises).
    let undated = |injured: &str| report(injured).replace(" on Wednesday", "");
    let numbers = |da: &str, db: &str| {
        dated_number_flags(&undated("12"), &undated("18"), [Some(da), Some(db)]).len()
    };
    assert_eq!(numbers("2010-05-05", "2010-05-05"), 1);
    assert_eq!(numbers("2010-05-05", "2010-05-06"), 0);
}

#[test]
fn two_people_saying_different_things_on_one_topic_are_not_one_claim() {
    let intro = "The Interior Department issued new endangered species rules on Thursday that let \
                 federal agencies skip reviews by government wildlife scientists.";
    let a = format!(
        "{intro} \"These rules gut decades of careful science: the polar bear, the grizzly, the caribou and \
         the tundra wolves of Alaska lose their Beaufort coastline refuge habitat to pipeline \
         drilling, and every \
         biologist who warned about melting sea ice is now silenced by political appointees \
         chasing oil money,\" said Mara Quill, a biologist with the Desert Species Council."
    );
    let b = format!(
        "{intro} \"Federal agencies know their own projects best; the polar bear, the grizzly, the caribou \
         and the Alaska tundra habitat of the Beaufort coastline refuge stay protected while \
         pipeline drilling permits move faster, \
         ending years of pointless delay, duplicated paperwork and costly lawsuits that helped \
         nobody,\" said Interior Secretary Dale Kemper."
    );
    let docs = two_versions(
        a,
        b,
        "Snow closed mountain passes across the region on Friday.",
    );
    assert_eq!(
        flags_of(&docs, ConflictKind::Attribution),
        Vec::<String>::new()
    );
}

/// Sentences of the English translations of one Icelandic article (WMT21 is-en, text_205).
const ICELAND_CAMPAIGN: &str = "Egill Þórðarson at the advertising agency Peel, who was \
    involved in making the advertisements along with the international advertising agency M&C \
    Saatchi, says that the response has exceeded all expectations.";
const ICELAND_UNRELATED: &str = "Snow closed mountain passes across the region on Friday.";

/// A common word capitalized because it opens a sentence names nothing: the translations'
/// "Unfortunately" / "Luckily" and "Tens" / "Dozens" were reported as changed names. A name
/// that opens a sentence still is one (Irving Trust, which read as a gerund before).
#[test]
fn words_that_open_a_sentence_are_not_names() {
    let a = format!(
        "{ICELAND_CAMPAIGN} Unfortunately, she's in the United States so she expects to have to \
         wait for another few months. Tens of Icelanders were involved in making the \
         advertisements, and while shooting was taking place in South Iceland, another crew was \
         working in West Iceland and the Westfjords."
    );
    let b = format!(
        "{ICELAND_CAMPAIGN} Luckily, however, she is in the United States, so she expects to have \
         to wait for some more months. Dozens of Icelanders were involved in making the \
         advertisements, and while shooting was taking place in South Iceland, another group \
         was working in West Iceland and the Westfjords."
    );
    let docs = two_versions(a, b, ICELAND_UNRELATED);
    assert_eq!(flags_of(&docs, ConflictKind::Entity), Vec::<String>::new());

    // Reuters-21578 #11913 and #12101: two banks, one announcement.
    let rate = |bank: &str| {
        format!(
            "{bank} Trust Co said it is raising its prime rate to 7-3/4 pct from 7-1/2, \
             effective immediately. The bank said the increase followed a rise in its cost of \
             funds."
        )
    };
    let docs = two_versions(rate("Irving"), rate("Bankers"), ICELAND_UNRELATED);
    let flags = flags_of(&docs, ConflictKind::Entity);
    assert!(
        flags
            .iter()
            .any(|f| f.contains("Irving") && f.contains("Bankers")),
        "{flags:#?}"
    );
}

/// A country and its people, or a country's name in one word or two, are one party:
/// "Americans" / "the United States", "Britain" / "the United Kingdom". Another country is
/// another party, "United" or not.
#[test]
fn a_country_its_people_and_its_longer_name_are_one_party() {
    let market = |people: &str, uk: &str| {
        format!(
            "{ICELAND_CAMPAIGN} The main market is usually the United States, and the campaign \
             has been very successful there, although {people} are not coming to the country \
             anytime soon. According to him, well-known market areas like Denmark, {uk} and \
             Germany have also been responsive, as well as Russia, which is a pleasant surprise."
        )
    };
    let entities = |a: String, b: String| {
        flags_of(&two_versions(a, b, ICELAND_UNRELATED), ConflictKind::Entity)
    };
    assert_eq!(
        entities(
            market("Americans", "Britain"),
            market("the United States", "the United Kingdom")
        ),
        Vec::<String>::new()
    );
    let flags = entities(
        market("Americans", "the United Kingdom"),
        market("Americans", "the United States"),
    );
    assert!(
        flags
            .iter()
            .any(|f| f.contains("Kingdom") && f.contains("States")),
        "{flags:#?}"
    );
}

/// One speaker in the Icelandic genitive and in the nominative ("According to Egils" /
/// "According to Egill") is one speaker; another name is another speaker.
#[test]
fn a_speaker_named_in_the_genitive_is_the_same_speaker() {
    let said = |name: &str| {
        format!(
            "{ICELAND_CAMPAIGN} This basically revolves around creating PR value, that is to get \
             foreign media to cover the campaign, and that has been incredibly successful. The \
             main market is usually the United States, and the campaign has been very successful \
             there, although Americans are not coming to the country anytime soon. According to \
             {name}, well-known market areas such as Denmark, the United Kingdom and Germany have \
             also been well received, such as Russia, which is a pleasant surprise. There has \
             also been a response from remote areas, such as India, which was not a particular \
             objective."
        )
    };
    // Two more parts of the article, so that the credited words are rare in the story.
    let rest = [
        "The marketing campaign Looks Like You Need Iceland is considered to have gone off to a \
         good start, and screaming and yelling in nature is beginning to pull in people all over \
         the world. Another viewer says they will keep Iceland in their heart for all eternity, \
         and a young woman says she literally has to get to Iceland as soon as possible as her \
         fiancé resides there. Yet another viewer asks whether the walking route to Iceland is \
         clear, because there are no aeroplanes. It is left unsaid whether this person is from \
         another time zone.",
        "The photographs in this spread were taken by Árni Sæberg, photographer for \
         Morgunblaðið, during the shooting of the \"Let It Out\" advertisements in the middle of \
         last month. Shooting took place in various locations, including on Skólavörðustígur \
         in Reykjavik, at Reynisfjara, Skógarfoss waterfall, on Sólheimajökull glacier and in a \
         cave by Hjörleifshöfði. Actors in these shoots were Anna Jia from Iceland and Murphy \
         Cardenas, who is from Cuba and Hungary.",
    ];
    let speakers = |a: &str, b: &str| {
        let mut docs = two_versions(said(a), said(b), ICELAND_UNRELATED);
        docs.extend(
            rest.iter()
                .zip(["d", "e"])
                .map(|(t, id)| (id.to_string(), t.to_string())),
        );
        flags_of(&docs, ConflictKind::Attribution)
    };
    assert_eq!(speakers("Egill", "Egils"), Vec::<String>::new());
    assert_eq!(speakers("Egil", "Egils"), Vec::<String>::new());
    assert_eq!(speakers("Egill", "Samúel").len(), 1);
}

#[test]
fn a_changed_means_of_attack_is_flagged_as_the_cause() {
    // FA-KES triple 1: the altered article turns the car bomb into a chemical attack.
    let report = |means: &str| {
        format!(
            "Ten people were killed and 22 wounded in a {means} attack on a collective taxi \
             stand in Zahraa, a district of Homs, said governor Talal al-Barazi. Homs has seen \
             some of the worst violence of the war."
        )
    };
    let causes = |a: &str, b: &str| entity_flags(report(a), report(b), "cause");
    assert_eq!(causes("car bomb", "chemical weapons").len(), 1);
    assert_eq!(causes("car bomb", "suicide bombing").len(), 0, "one family");
    assert_eq!(causes("car bomb", "car bomb").len(), 0);
    // Only the word before "bomb" changed: the run is "car" / "barrel", and the shared
    // "bomb" it qualifies names the means.
    assert_eq!(causes("car bomb", "barrel bomb").len(), 1);
    // A missile may be fired from a plane or from the ground: it is neither a different
    // account of an air strike nor of shelling, but it is not a car bomb.
    assert_eq!(causes("air strike", "missile").len(), 0);
    assert_eq!(causes("rocket", "missile").len(), 0);
    assert_eq!(causes("car bomb", "missile").len(), 1);
    // A shooting told as a stabbing, in the words reports use.
    let death = |how: &str| {
        format!(
            "The 34-year-old was {how} outside his home in Leeds on Sunday night, West \
             Yorkshire Police said."
        )
    };
    let how = |a: &str, b: &str| entity_flags(death(a), death(b), "cause").len();
    assert_eq!(how("shot dead", "stabbed to death"), 1);
    assert_eq!(how("shot dead", "stabbed"), 1);
    assert_eq!(how("shot dead", "shot dead"), 0);
    // An industrial accident: a chemical plant is not a chemical weapon, and two reports
    // that call the plant a chemical and an explosives plant name no two means of attack.
    let blast = |plant: &str| {
        format!(
            "Twelve workers were killed and dozens injured in an explosion at {plant} plant \
             in the port city of Tianjin on Wednesday night, state media said."
        )
    };
    let plants = conflicts(&two_versions(
        blast("a chemical"),
        blast("an explosives"),
        FERRY_UNRELATED,
    ));
    assert!(
        !plants.iter().any(|c| c.subject == "cause"),
        "{:?}",
        plants.iter().map(show).collect::<Vec<_>>()
    );
    // A weapon word where nobody is harmed is no cause: fireworks, not an attack.
    let show_of = |what: &str| {
        format!(
            "At the castle ruins in Fukui City, a total of 53 {what} were launched for about \
             two minutes while the surrounding mountains were covered in haze."
        )
    };
    let fireworks = conflicts(&two_versions(
        show_of("rockets"),
        show_of("bullets"),
        FERRY_UNRELATED,
    ));
    assert!(
        !fireworks.iter().any(|c| c.subject == "cause"),
        "{:?}",
        fireworks.iter().map(show).collect::<Vec<_>>()
    );
}

#[test]
fn a_name_still_there_as_its_acronym_was_not_replaced() {
    // ECB+ dev 27_4 / 27_7: "Internet Explorer" is "IE" in the other report, which adds
    // Windows; BBC business/194 / 329: the CML is the Council of Mortgage Lenders, named in
    // both, and the second report adds the British Bankers Association.
    let entities = |a: &str, b: &str| version_flags(a, b, ConflictKind::Entity);
    let none = Vec::<String>::new();
    assert_eq!(
        entities(
            "Microsoft has said that the flaw has been proven to exist only in version 7 of \
             Internet Explorer, but that version 6 and the beta release of version 8 are also \
             potentially vulnerable.",
            "Microsoft stressed that the flaw was proven to exist only in IE 7 on all \
             applicable versions of Windows, but that IE 6 and the beta release of IE 8 were \
             potentially vulnerable."
        ),
        none
    );
    assert_eq!(
        entities(
            "Both the Council of Mortgage Lenders (CML) and Building Society Association \
             (BSA) said lending was down sharply.",
            "On Monday, the Council of Mortgage Lenders, British Bankers Association and \
             Building Societies Association all said mortgage lending was down sharply."
        ),
        none
    );
    // Another name in its place is still a substitution, acronym or not.
    assert_eq!(
        entities(
            "The Internationalised Domain Names system has recently been approved by the \
             Internet Electronic Task Force.",
            "The Internationalised Domain Names system has recently been approved by the \
             Internet Engineering Task Force."
        )
        .len(),
        1
    );
}

#[test]
fn a_firm_that_bids_is_no_place() {
    // BBC business/162 / 251: "a higher bid from Qwest" made Qwest a place, and "the German
    // exchange" was a place for its nationality; both are parties.
    let merger = |with: &str| {
        format!(
            "A merger between MCI and {with} would be the fifth billion-dollar telecoms deal \
             since October. MCI's board backed Verizon despite what was thought to be a \
             higher bid from Qwest."
        )
    };
    let found = conflicts(&two_versions(
        merger("Verizon"),
        merger("Qwest"),
        FERRY_UNRELATED,
    ));
    assert_eq!(
        entity_subjects(&found),
        ["party"],
        "{:?}",
        found.iter().map(show).collect::<Vec<_>>()
    );
    // A town after "in" is still a place.
    let raid = |town: &str| {
        format!(
            "A key suspected Mafia boss arrested Tuesday in a Sicilian police raid has been \
             found dead, hanging in his Pagliarelli prison cell in {town}. He was 58."
        )
    };
    let found = conflicts(&two_versions(
        raid("Palermo"),
        raid("Catania"),
        FERRY_UNRELATED,
    ));
    assert_eq!(
        entity_subjects(&found),
        ["place"],
        "{:?}",
        found.iter().map(show).collect::<Vec<_>>()
    );
}

#[test]
fn wires_that_each_open_with_their_own_firm_are_no_substitution() {
    // Reuters 20709 / 20721: two oil companies raising their crude prices, each wire about
    // its own company, which the other never names.
    let entities = |a: &str, b: &str| version_flags(a, b, ConflictKind::Entity);
    assert_eq!(
        entities(
            "Amoco Corp said it raised the contract price it will pay for most grades of \
             crude oil by 50 cts a barrel, effective today.",
            "Texaco Inc said it raised the contract price it will pay for most grades of \
             crude oil by 50 cts a barrel, effective October 16."
        ),
        Vec::<String>::new()
    );
    // Reuters 19581 / 19638: the same wire word for word but for the name is a correction.
    assert_eq!(
        entities(
            "Fieldcor Inc said it will take a one-time 30 mln dlr special provision in the \
             second quarter for possible losses in loans to developing countries.",
            "Fidelcor Inc said it will take a one-time 30 mln dlr special provision in the \
             second quarter for possible losses in loans to developing countries."
        )
        .len(),
        1
    );
}

#[test]
fn a_changed_group_of_victims_is_flagged_as_the_casualty() {
    // FA-KES triples 10 and 17: the altered versions turn the civilians injured into members
    // of the SDF, and the regime forces killed into Hezbollah's, in lower case on one side.
    let report = |who: &str| {
        format!(
            "Three {who} were injured in rocket attacks on Izraa town in the northeastern \
             countryside of Daraa, SANA reported on Sunday. The hospital said all were stable."
        )
    };
    let casualties = |a: &str, b: &str| entity_flags(report(a), report(b), "casualty");
    assert_eq!(
        casualties("civilians", "members of the Syrian Democratic Forces").len(),
        1
    );
    assert_eq!(casualties("regime forces", "Hezbollah forces").len(), 1);
    assert_eq!(casualties("civilians", "Kurdish Female Fighters").len(), 1);
    assert_eq!(casualties("rebels", "government soldiers").len(), 1);
    // One outlet's terrorists are another's rebels, and fighters may be either.
    assert_eq!(casualties("terrorists", "rebels").len(), 0);
    assert_eq!(casualties("rebel fighters", "rebels").len(), 0);
    assert_eq!(casualties("soldiers", "government forces").len(), 0);
    // Rewording that keeps who was harmed: the same side, no group's name.
    assert_eq!(casualties("civilians", "people").len(), 0);
    assert_eq!(
        casualties("Syrian soldiers", "government soldiers").len(),
        0
    );
    assert_eq!(casualties("civilians", "civilians").len(), 0);
    // The victims after the harm: "injuring four civilians".
    let shelling = |who: &str| {
        format!(
            "Terrorists fired explosive ammunition on the al-Sinaa neighborhood of Damascus, \
             injuring four {who} and causing material damage."
        )
    };
    let flagged = conflicts(&two_versions(
        shelling("civilians"),
        shelling("SDF fighters"),
        FERRY_UNRELATED,
    ));
    assert_eq!(
        flagged
            .iter()
            .filter(|c| c.subject == "casualty")
            .map(show)
            .count(),
        1,
        "{:?}",
        flagged.iter().map(show).collect::<Vec<_>>()
    );
    // Not where the victims stand: the place of an attack is a place, not a casualty.
    let place = |town: &str| {
        format!(
            "Three civilians were injured in rocket attacks on {town} town in the \
             northeastern countryside of Daraa, SANA reported on Sunday."
        )
    };
    let towns = conflicts(&two_versions(
        place("Izraa"),
        place("Busra"),
        FERRY_UNRELATED,
    ));
    assert!(
        towns.iter().all(|c| c.subject != "casualty"),
        "{:?}",
        towns.iter().map(show).collect::<Vec<_>>()
    );
}

#[test]
fn a_changed_side_of_the_attackers_is_flagged_as_the_actor() {
    // FA-KES triples 15, 25 and 49: the altered versions give the shelling to "Russian
    // forces" where the original had "terrorists", in lower case on one side only.
    let report = |who: &str| {
        format!(
            "Two civilians were injured when rocket shells fired by {who} landed in the \
             al-Jamiliyeh neighborhood of Aleppo, SANA reported on Monday. The hospital said \
             both were stable."
        )
    };
    let actors = |a: &str, b: &str| entity_flags(report(a), report(b), "actor");
    assert_eq!(actors("terrorists", "Russian forces").len(), 1);
    assert_eq!(actors("rebels", "the Syrian army").len(), 1);
    // A group with a name of its own, or one that says its side, is no state's force.
    assert_eq!(actors("rebels", "the Free Syrian Army").len(), 0);
    assert_eq!(actors("rebels", "Syrian opposition fighters").len(), 0);
    // The same side in other words, or a group and its name: no conflict.
    assert_eq!(actors("terrorists", "militants").len(), 0);
    assert_eq!(actors("terrorists", "Islamic State militants").len(), 0);
    assert_eq!(actors("government forces", "Syrian troops").len(), 0);
    assert_eq!(actors("terrorists", "terrorists").len(), 0);
    // The people a passive attack targeted are no attackers.
    let convoy = |who: &str| {
        format!(
            "A convoy of {who} targeted by a roadside bomb near Idlib lost three vehicles, and \
             two people were killed, the monitor said. The road was closed."
        )
    };
    let targeted = conflicts(&two_versions(
        convoy("soldiers"),
        convoy("rebels"),
        FERRY_UNRELATED,
    ));
    assert!(
        targeted.iter().all(|c| c.subject != "actor"),
        "{:?}",
        targeted.iter().map(show).collect::<Vec<_>>()
    );
}

#[test]
fn a_death_toll_changed_in_a_copied_sentence_is_flagged_whatever_else_the_article_counts() {
    // The second report gives another death toll in the same words; that it later says
    // "12 people" of the wounded does not make the first report's twelve dead another count.
    let first = "A car bomb exploded outside a police station in the northern city of Kirkuk \
                 on Tuesday, officials said. Twelve people were killed in the blast, police \
                 said. The attack was the deadliest in the city this year, according to the \
                 governor's office.";
    let second = "A car bomb exploded outside a police station in the northern city of Kirkuk \
                  on Tuesday, officials said. Fifteen people were killed in the blast, police \
                  said. The attack was the deadliest in the city this year, according to the \
                  governor's office. Hospital officials said 12 people were being treated for \
                  burns.";
    let tolls: Vec<String> = conflicts(&two_versions(
        first.to_string(),
        second.to_string(),
        FERRY_UNRELATED,
    ))
    .iter()
    .filter(|c| c.kind == ConflictKind::Number)
    .map(show)
    .collect();
    assert_eq!(tolls.len(), 1, "{tolls:?}");
    assert!(tolls[0].contains("Twelve people") && tolls[0].contains("Fifteen people"));
}

/// The number flags between two versions of a story, each dated (or not), with an unrelated
/// third article dated as the first.
fn dated_number_flags(a: &str, b: &str, dates: [Option<&str>; 2]) -> Vec<String> {
    let texts = [a, b, FERRY_UNRELATED];
    let dates = [dates[0], dates[1], dates[0]];
    let claims: Vec<ArticleClaims> = texts
        .iter()
        .zip(dates)
        .map(|(t, d)| extract(t, d))
        .collect();
    let docs: Vec<StoryDoc> = (0..3)
        .map(|k| StoryDoc {
            id: ["a", "b", "c"][k],
            title: None,
            text: texts[k],
            date: dates[k],
            claims: &claims[k],
        })
        .collect();
    compare_story(&docs)
        .iter()
        .filter(|c| c.kind == ConflictKind::Number)
        .map(show)
        .collect()
}

#[test]
fn the_sentence_before_a_figure_does_not_qualify_it() {
    // "finished last." ends a sentence: the "10 people" after it are no count over the last
    // ten, and a figure's sentence names only what it says.
    let crash = |shift: &str, injured: &str| {
        format!(
            "The driver of the bus finished his shift {shift}. {injured} people were injured \
             when the bus overturned on the highway near Lyon."
        )
    };
    let flags = |a: String, b: String| dated_number_flags(&a, &b, [None, None]);
    assert_eq!(flags(crash("last", "10"), crash("early", "12")).len(), 1);
    assert_eq!(flags(crash("early", "10"), crash("early", "12")).len(), 1);
}

#[test]
fn a_verb_before_a_distance_places_nothing() {
    // "ran" and "drove" measure the gunman's way, whatever their form: the distances are one
    // figure told two ways. "a motorist 50 miles north" / "the building, about 15 miles
    // north" still place two things.
    let pre = "Police closed the interstate on Monday. ";
    let flags = |a: &str, b: &str| {
        dated_number_flags(&format!("{pre}{a}"), &format!("{pre}{b}"), [None, None])
    };
    assert_eq!(
        flags(
            "The gunman ran 50 miles north of Detroit before police stopped his car.",
            "The gunman drove 60 miles north of Detroit before police stopped his car."
        )
        .len(),
        1
    );
    assert_eq!(
        flags(
            "Police found a motorist 50 miles north of Detroit before they stopped his car.",
            "Police evacuated the building, about 15 miles north of Detroit, before they \
             stopped his car."
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_capitalized_today_is_a_name_not_a_day() {
    // "BBC Radio 4's Today programme" on two days is one programme, not two days' figures;
    // "today" in lower case still speaks of the article's day.
    let jobs = |today: &str, n: &str| {
        format!(
            "Union leader Smith told BBC Radio 4's {today} that {n} jobs would go at the \
             Longbridge car plant."
        )
    };
    // Reports of two days are compared only when their sentences name one day: "today"
    // on March 2 and "yesterday" on March 3 do; the programme's name does not.
    let days = [Some("2005-03-02"), Some("2005-03-03")];
    let spoken = dated_number_flags(
        &jobs("Today programme today", "500"),
        &jobs("Today programme yesterday", "700"),
        days,
    );
    assert_eq!(spoken.len(), 1, "{spoken:?}");
    let programme = dated_number_flags(
        &jobs("Today programme", "500"),
        &jobs("Today programme yesterday", "700"),
        days,
    );
    assert_eq!(programme, Vec::<String>::new());
}

#[test]
fn a_name_and_its_initials_are_one_subject() {
    // "The UN" and "the United Nations" are one source: its two counts of refugees are
    // compared, while another named source's are not.
    let pre = "Rescue teams worked through the night in heavy rain. ";
    let flags = |a: &str, b: &str| {
        dated_number_flags(&format!("{pre}{a}"), &format!("{pre}{b}"), [None, None])
    };
    let un = "The UN says 500 refugees crossed the border into the northern town last week.";
    assert_eq!(
        flags(
            un,
            "In all, 700 refugees crossed the border into the northern town last week, \
             according to the United Nations."
        )
        .len(),
        1
    );
    assert_eq!(
        flags(
            un,
            "In all, 700 refugees crossed the border into the northern town last week, \
             according to Amnesty International."
        ),
        Vec::<String>::new()
    );
    // Two names with one set of initials are still two people (ECB+ 20_2 / 20_8).
    let said = |who: &str, n: &str| {
        format!("{who} said {n} villages near the northern town were destroyed last week.")
    };
    assert_eq!(
        flags(
            &said("The head of the team, Alireza Safa,", "12"),
            &said(
                "Abdolreza Sheikholeslami, the governor of Hormozgan Province,",
                "seven"
            )
        ),
        Vec::<String>::new()
    );
}

/// A short quotation of common words given to another speaker in an edited copy is an
/// attribution conflict (a new-user test wrote this pair; nothing was flagged while the
/// quote's words were too common in the story to align it).
#[test]
fn a_short_quote_given_to_another_speaker_is_flagged() {
    let text = |speaker: &str| {
        format!(
            "The city council voted on Tuesday to approve a new $45 million bridge over the Elm \
             River, officials said. The bridge will link the northern districts with the \
             harbour and replace a ferry that has run since 1961. \"This bridge will serve \
             the town for fifty years,\" {speaker} said. Critics said the project was too \
             expensive for a town of 80,000 people."
        )
    };
    let docs = vec![
        ("x".to_string(), text("Mayor Jane Porter")),
        ("y".to_string(), text("council member Tom Reyes")),
    ];
    let found = flags_of(&docs, ConflictKind::Attribution);
    assert!(
        found
            .iter()
            .any(|f| f.contains("Jane Porter") && f.contains("Tom Reyes")),
        "{found:?}"
    );
    let same = vec![
        ("x".to_string(), text("Mayor Jane Porter")),
        ("y".to_string(), text("Mayor Jane Porter")),
    ];
    assert!(conflicts(&same).is_empty());
}

/// A weekday in the possessive names an event ("Sunday's playoff game") and is compared with
/// a plain day only where the other article puts the same event next to it: "Tuesday's
/// attack" / "the attack Wednesday" is one attack on two days (found in review: the
/// possessive rule alone hid it), while the game's Sunday is no day of the arrest.
#[test]
fn a_day_that_names_an_event_meets_the_same_event_told_plainly() {
    let pair = |a: &str, b: &str| {
        vec![
            ("a".to_string(), a.to_string()),
            ("b".to_string(), b.to_string()),
        ]
    };
    let attack = pair(
        "Police said a man was arrested after Tuesday's attack on the market in the city \
         centre, which killed three people.",
        "Police said a man was arrested after the attack Wednesday on the market in the city \
         centre, which killed three people.",
    );
    let found = flags_of(&attack, ConflictKind::Date);
    assert!(
        found
            .iter()
            .any(|f| f.contains("Tuesday") && f.contains("Wednesday")),
        "{found:?}"
    );
    let game = pair(
        "Chargers receiver Vincent Jackson will play in Sunday's playoff game against the \
         Steelers despite his arrest, the team said.",
        "Chargers receiver Vincent Jackson was arrested Tuesday and will still play against \
         the Steelers, the team said.",
    );
    let found = flags_of(&game, ConflictKind::Date);
    assert!(found.is_empty(), "{found:?}");
}

/// One surname typed two ways after the same given name is one person, shown as a spelling
/// variant and never as two speakers (ECB+ topic 18: "Ilene Wolfe" / "Ilene Wolff"; BBC:
/// "David Davis" / "David Davies" as shadow home secretary).
#[test]
fn a_surname_typed_two_ways_is_a_spelling_variant_of_one_speaker() {
    let said = |surname: &str| {
        format!(
            "The families of the two wounded men requested privacy, hospital spokeswoman \
             Ilene {surname} said. The shooting happened on Tuesday at a plant in Detroit."
        )
    };
    let docs = two_versions(said("Wolfe"), said("Wolff"), FERRY_UNRELATED);
    let variants = flags_of(&docs, ConflictKind::SpellingVariant);
    assert!(
        variants
            .iter()
            .any(|f| f.contains("Ilene Wolfe") && f.contains("Ilene Wolff")),
        "{variants:?}"
    );
    assert!(flags_of(&docs, ConflictKind::Attribution).is_empty());
}

/// Initials written with or without dots are one spelling ("A.J. Butler" / "AJ Butler" in
/// ECB+ topic 35, "R.J. Reynolds" / "RJ Reynolds" on Reuters): no spelling variant to show.
#[test]
fn dotted_and_plain_initials_are_one_spelling() {
    let said = |name: &str| {
        format!(
            "\"We're aware of the off-the-field issue,\" Chargers general manager {name} said \
             in a statement. The receiver was arrested on Tuesday."
        )
    };
    let docs = two_versions(said("A.J. Butler"), said("AJ Butler"), FERRY_UNRELATED);
    let variants = flags_of(&docs, ConflictKind::SpellingVariant);
    assert!(variants.is_empty(), "{variants:?}");
    let docs = two_versions(said("A.J. Butler"), said("A.J. Buttler"), FERRY_UNRELATED);
    assert_eq!(flags_of(&docs, ConflictKind::SpellingVariant).len(), 1);
}

/// Figures whose sentences name other months, or other days of one month, are two periods'
/// (BBC: Halifax's 0.8% "in January" / Nationwide's 0.2% "in December"; Reuters: the
/// Treasury's balance "on March 27" / "on March 30"); the same month keeps them compared.
#[test]
fn figures_of_two_months_or_two_days_are_not_compared() {
    let report = |tail: &str| {
        format!(
            "House prices in Britain {tail}, the Nationwide building society said on Thursday. \
             Mortgage approvals by the big lenders were also lower than analysts had expected."
        )
    };
    let numbers = |a: &str, b: &str| number_flags(report(a), report(b), FERRY_UNRELATED);
    assert_eq!(
        numbers("rose by 0.8% in January", "rose by 0.2% in December"),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(
            "stood at 2.4 billion pounds on March 27",
            "stood at 3.3 billion pounds on March 30"
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers("rose by 0.8% in January", "rose by 0.6% in January").len(),
        1
    );
    assert_eq!(
        numbers(
            "stood at 2.4 billion pounds on March 27",
            "stood at 3.3 billion pounds in March"
        )
        .len(),
        1
    );
}

/// Two polls' margins of error differ without disagreeing (PolNeAR train: ±3.4 / ±3
/// percentage points); the lead the polls found is still compared.
#[test]
fn a_polls_margin_of_error_is_not_compared() {
    let poll = |tail: &str| {
        format!(
            "A new poll of likely Democratic voters in California shows Hillary Clinton {tail}. \
             The survey was conducted by telephone last week among registered voters."
        )
    };
    let numbers = |a: &str, b: &str| number_flags(poll(a), poll(b), FERRY_UNRELATED);
    assert_eq!(
        numbers(
            "ahead of Bernie Sanders, with a margin of error of plus or minus 3.4 percentage points",
            "ahead of Bernie Sanders, with a margin of error of plus or minus 5.7 percentage points"
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(
            "ahead of Bernie Sanders by 3.4 percentage points",
            "ahead of Bernie Sanders by 5.7 percentage points"
        )
        .len(),
        1
    );
}

#[test]
fn a_figure_changed_in_the_lead_of_a_copy_is_flagged_but_a_notice_line_is_not() {
    // Found by a new user: the opening sentence has no sentence before it to share, so an
    // edited lead figure fell short of the evidence a figure needs.
    let storm = |n: &str| {
        format!(
            "A storm in Springfield killed {n} people on Monday, officials said. Rescuers \
             searched the rubble of collapsed homes through the night, and the mayor asked \
             residents to stay indoors. Power lines were down across the county."
        )
    };
    let found = number_flags(storm("40"), storm("60"), FERRY_UNRELATED);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("a: 40 people") && found[0].contains("b: 60 people"),
        "{found:?}"
    );
    // The same after a headline line (a .txt file's first line; a review found it missed).
    let headed = |n: &str| format!("Storm hits Springfield\n\n{}", storm(n));
    let found = number_flags(headed("40"), headed("60"), FERRY_UNRELATED);
    assert_eq!(found.len(), 1, "{found:?}");
    // Reuters 693 / 695: one fund's monthly notice of two months, a table line.
    let notice = |prior: &str| {
        format!("Mthly div 6.5 cts vs {prior} cts prior\nPay April 10\nRecord March 31\n")
    };
    assert!(number_flags(notice("6.8"), notice("6.5"), FERRY_UNRELATED).is_empty());
}

#[test]
fn letter_case_and_apostrophes_are_no_spelling_variants() {
    // A new user read "O’Rourke" / "O'Rourke" and "DeVos" / "Devos" as noise; "Schultz" /
    // "Shultz" (Reuters 7765 / 9755) is a spelling a reader wants to see.
    let story = |rourke: &str, devos: &str, shultz: &str| {
        format!(
            "Rep. Beto {rourke} said on Tuesday that the school plan would pass the House. \
             Education Secretary Betsy {devos} said the plan would fail in the Senate. \
             Secretary of State George {shultz} declined to comment on the school plan."
        )
    };
    let found = flags_of(
        &two_versions(
            story("O’Rourke", "DeVos", "Shultz"),
            story("O'Rourke", "Devos", "Schultz"),
            FERRY_UNRELATED,
        ),
        ConflictKind::SpellingVariant,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("Shultz") && found[0].contains("Schultz"),
        "{found:?}"
    );
}

#[test]
fn a_given_name_changed_in_a_copied_sentence_is_flagged_without_an_office() {
    // Found by a new user: "Rep." is an honorific, no office, so the changed given name of
    // a copy went unflagged (and the attribution read as agreeing).
    let said = |given: &str| {
        format!(
            "The House panel voted on Thursday to hold the former aide in contempt. \"No \
             matter what anyone says, this is a political stunt,\" said Rep. {given} Cummings \
             of Maryland, the top Democrat on the panel. The vote was 19-15."
        )
    };
    let found = flags_of(
        &two_versions(said("Elijah"), said("Eric"), FERRY_UNRELATED),
        ConflictKind::Name,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("Elijah Cummings") && found[0].contains("Eric Cummings"));
    // Two people of one surname in two sentences of their own stay two people.
    let other = said("Eric").replace("said Rep. Eric", "added his brother, Rep. Eric");
    let found = flags_of(
        &two_versions(said("Elijah"), other, FERRY_UNRELATED),
        ConflictKind::Name,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_name_is_compared_in_a_retold_sentence_only_when_the_article_was_edited() {
    // AllSides: two outlets' sentences of one ruling, many runs reworded; a new user read
    // all 25 such entity flags as false.
    let ruling_a = "A federal court ruled on Friday that the congressional map of Ohio is \
                    unfairly gerrymandered to benefit Republicans and must be redrawn before \
                    the 2020 election.";
    let ruling_b = "The state court ruled that the congressional district map of Ohio was \
                    unfairly gerrymandered to benefit the GOP and that it must be redrawn \
                    soon.";
    let found = conflicts(&two_versions(
        ruling_a.to_string(),
        ruling_b.to_string(),
        FERRY_UNRELATED,
    ));
    assert!(entity_subjects(&found).is_empty(), "{found:?}");
    // FA-KES: one article edited, a sentence with its place, actor, victims and day changed
    // at once, the sentences around it kept.
    let report = |day: &str, actor: &str, town: &str, victims: &str| {
        format!(
            "SANA reporter said that the {actor} positioned in {town} fired rocket rounds on \
             the old neighborhoods on {day}, injuring {victims}. The shells caused material \
             damage to the citizens' houses and shops in the area. Firefighters put out the \
             fires by the evening, a police source said."
        )
    };
    let found = conflicts(&two_versions(
        report(
            "Sunday",
            "terrorists",
            "Busr al-Harir town",
            "a number of civilians",
        ),
        report(
            "Monday",
            "Russian forces",
            "Talbiseh city",
            "three soldiers",
        ),
        FERRY_UNRELATED,
    ));
    let subjects = entity_subjects(&found);
    assert!(subjects.contains(&"place"), "{found:?}");
}

#[test]
fn weekdays_of_undated_retellings_are_compared_only_in_one_sentence_edited() {
    // ECB+ 18: the shooting on Friday, the charge on Saturday, in two outlets' words.
    let a = "A former employee opened fire at an office Christmas party in Vancouver on Friday, \
             killing one man, police said. The suspect surrendered after two hours of talks \
             with negotiators.";
    let b = "A 61-year-old man was charged with first-degree murder on Saturday after the \
             shooting at an office Christmas party in Vancouver, police said. The suspect \
             surrendered after two hours of talks with negotiators.";
    let found = version_flags(a, b, ConflictKind::Date);
    assert!(found.is_empty(), "{found:?}");
    // One sentence edited: the weekday changed is flagged.
    let edited = a.replace("on Friday", "on Thursday");
    let found = flags_of(
        &two_versions(a.to_string(), edited, FERRY_UNRELATED),
        ConflictKind::Date,
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn what_a_speaker_did_not_say_is_not_credited_to_them() {
    let said = |who: &str| {
        format!(
            "The council met on Monday to debate the ferry plan for the islands. {who} the \
             ferry plan for the islands would fail within a year because of costs."
        )
    };
    let found = flags_of(
        &two_versions(
            said("Smith said"),
            said("Jones has not said"),
            FERRY_UNRELATED,
        ),
        ConflictKind::Attribution,
    );
    assert!(found.is_empty(), "{found:?}");
    let found = flags_of(
        &two_versions(said("Smith said"), said("Jones said"), FERRY_UNRELATED),
        ConflictKind::Attribution,
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_count_of_the_dead_is_not_compared_with_a_count_of_the_hurt() {
    // AllSides: "left 12 police officers shot" / "killing five police officers"; "five people
    // were shot" / "four people were killed". Two figures of one attack, not two tolls.
    let attack = |tail: &str| {
        format!(
            "A sniper opened fire on police officers at a protest march in downtown Dallas \
             late on Thursday night, {tail}. The gunman was later cornered in a parking garage."
        )
    };
    let numbers = |a: &str, b: &str| number_flags(attack(a), attack(b), FERRY_UNRELATED);
    assert_eq!(
        numbers(
            "killing five police officers",
            "leaving 12 police officers shot"
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(
            "and five police officers were killed",
            "and 12 police officers were wounded"
        ),
        Vec::<String>::new()
    );
    // Two tolls of the dead, or of the hurt, still differ; "shot dead" is a death.
    assert_eq!(
        numbers(
            "killing five police officers",
            "killing seven police officers"
        )
        .len(),
        1
    );
    assert_eq!(
        numbers(
            "and five police officers were shot dead",
            "and seven police officers were killed"
        )
        .len(),
        1
    );
    assert_eq!(
        numbers(
            "injuring 12 police officers",
            "and 18 police officers were hurt"
        )
        .len(),
        1
    );
}

#[test]
fn the_group_a_member_is_picked_from_is_no_count_of_the_story() {
    // AllSides: "Three of the court's nine justices dissented" / "Four justices ... would
    // have granted the request"; "one of three officers involved" / "Two police officers".
    let ruling = |sentence: &str| {
        format!(
            "The Supreme Court rejected the Republican request to block the count of mail \
             ballots in Pennsylvania on Monday. {sentence} The state's deadline stands."
        )
    };
    let numbers = |a: &str, b: &str| number_flags(ruling(a), ruling(b), FERRY_UNRELATED);
    assert_eq!(
        numbers(
            "Four justices would have granted the request.",
            "Three of the court's nine justices would have granted the request."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(
            "Four justices would have granted the request.",
            "Justice Alito, one of three justices who would have granted the request, wrote."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(
            "Four justices would have granted the request.",
            "Three justices would have granted the request."
        )
        .len(),
        1
    );
}

#[test]
fn a_figure_rounded_is_less_precise() {
    let plan = |figure: &str| {
        format!(
            "Treasury Secretary Janet Yellen made the case on Monday for the president's \
             {figure} infrastructure proposal ahead of meetings with her counterparts."
        )
    };
    let flags = |a: &str, b: &str| number_flags(plan(a), plan(b), FERRY_UNRELATED);
    let rounded = flags("$2.25 trillion", "$2.3 trillion");
    assert_eq!(rounded.len(), 1, "{rounded:?}");
    assert!(rounded[0].contains("LessPrecise"), "{rounded:?}");
    assert!(flags("$2.25 trillion", "$2.4 trillion")[0].contains("Conflicting"));
    assert!(flags("$2.3 trillion", "$2.5 trillion")[0].contains("Conflicting"));
    // A figure with its scale word dropped is another figure, not a rounding.
    assert!(flags("$3.6 trillion", "$3.6 billion")[0].contains("Conflicting"));
}

#[test]
fn the_cells_of_a_price_table_are_no_claims() {
    // Reuters 13932 / 14452: two days' metals tables, every cell another price.
    let wire = |silver: &str, gold: &str| {
        format!(
            "Precious metals futures closed higher on the New York commodity exchange on \
             Tuesday, dealers said, as the dollar weakened against the yen.\n\
             Silver        up {silver}  cts per oz\n\
             Gold (Comex)  up  {gold}   dlrs per oz\n"
        )
    };
    let flags = number_flags(wire("15.0", "2.00"), wire("18.5", "3.70"), FERRY_UNRELATED);
    assert_eq!(flags, Vec::<String>::new());
    // The same figures in prose are claims.
    let prose = |silver: &str| {
        format!(
            "Precious metals futures closed higher on the New York commodity exchange on \
             Tuesday, dealers said, as the dollar weakened against the yen. Silver rose \
             {silver} cts per oz on the day."
        )
    };
    assert_eq!(
        number_flags(prose("15.0"), prose("18.5"), FERRY_UNRELATED).len(),
        1
    );
    // Prose typed with double spaces is no table; a table of tabs is one.
    let toll = |dead: &str| {
        format!(
            "Floods swept through the valley towns overnight, rescue services said on \
             Tuesday. The toll:  {dead} dead,  30 injured."
        )
    };
    assert_eq!(
        number_flags(toll("14"), toll("19"), FERRY_UNRELATED).len(),
        1
    );
    let tabbed = |silver: &str| wire(silver, "2.00").replace("        ", "\t\t");
    assert_eq!(
        number_flags(tabbed("15.0"), tabbed("18.5"), FERRY_UNRELATED),
        Vec::<String>::new()
    );
}

#[test]
fn a_bar_to_clear_a_span_from_an_event_and_a_distance_from_elsewhere_are_other_figures() {
    let numbers = |a: String, b: String| number_flags(a, b, FERRY_UNRELATED);
    // AllSides: "the 270 electoral votes needed to win" / "Biden had won 253 electoral votes".
    let count = |tail: &str| {
        format!(
            "Election officials in Pennsylvania kept counting mail ballots through Thursday \
             night as Joe Biden edged closer to {tail}."
        )
    };
    assert_eq!(
        numbers(
            count("the 270 electoral votes needed to win"),
            count("the presidency, having won 253 electoral votes")
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(
            count("the presidency, having won 264 electoral votes"),
            count("the presidency, having won 253 electoral votes")
        )
        .len(),
        1
    );
    // AllSides: "nearly four months after Facebook suspended Trump" / "within six months".
    let board = |tail: &str| {
        format!(
            "The oversight board upheld the suspension of the former president's account by \
             Facebook on Wednesday, {tail}."
        )
    };
    assert_eq!(
        numbers(
            board("nearly four months after the company suspended him"),
            board("and told the company to decide again within six months")
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(
            board("four months after the company suspended him"),
            board("six months after the company suspended him")
        )
        .len(),
        1
    );
    // "for an expected four months after an earthquake" is a duration, not a span since it.
    // Reuters 4028 / 3594: one suspension, two estimates.
    let exports = |tail: &str| {
        format!(
            "An earthquake damaged the pipeline to the Pacific port of Balao last week. Ecuador \
             was forced to suspend crude oil exports for an expected {tail} to the pipeline."
        )
    };
    assert_eq!(
        numbers(
            exports("four months after the earthquake did damage"),
            exports("five months because of the damage")
        )
        .len(),
        1
    );
    // AllSides: "about 50 miles from North Korea's capital" / "around 130 miles north of
    // the border".
    let base = |tail: &str| {
        format!(
            "North Korea fired two short-range ballistic missiles into the sea on Thursday, \
             the South Korean military said. The projectiles were fired from near a military \
             base {tail}, the military said."
        )
    };
    assert_eq!(
        numbers(
            base("about 50 miles from North Korea's capital Pyongyang"),
            base("around 130 miles north of the border")
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(
            base("about 50 miles from Pyongyang"),
            base("about 80 miles from Pyongyang")
        )
        .len(),
        1
    );
    // AllSides: "California's 55 electors" are some of "538 electors".
    let electors = |tail: &str| {
        format!(
            "The presidential electors met in state capitols on Monday to cast their ballots \
             for Joe Biden. In the afternoon {tail} cast their ballots for Biden."
        )
    };
    assert_eq!(
        numbers(
            electors("California's 55 electors"),
            electors("538 electors")
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(
            electors("California's 55 electors"),
            electors("California's 50 electors")
        )
        .len(),
        1
    );
}

#[test]
fn the_end_of_the_period_a_report_covers_is_no_date_of_an_event() {
    // AllSides: two weekly jobless reports merged into one saga; "the week ended April 10" /
    // "the week ended July 3" was a date flag.
    let report = |tail: &str| {
        format!(
            "Data released Thursday by the Labor Department showed that Americans filed \
             hundreds of thousands of first-time jobless claims {tail}. Economists had \
             expected the number to fall further as the economy reopened."
        )
    };
    let dates = |a: &str, b: &str| {
        flags_of(
            &two_versions(report(a), report(b), FERRY_UNRELATED),
            ConflictKind::Date,
        )
    };
    assert_eq!(
        dates("in the week ended April 10", "in the week ended July 3"),
        Vec::<String>::new()
    );
    assert_eq!(
        dates(
            "for the week ending in April 10",
            "for the week that ended July 3"
        ),
        Vec::<String>::new()
    );
    // The day of an event is still compared.
    assert_eq!(
        dates(
            "after the plant closed on April 10",
            "after the plant closed on July 3"
        )
        .len(),
        1
    );
}

#[test]
fn figures_that_look_like_two_things_but_are_one_are_still_compared() {
    // A review's counterexamples to stop 21's number rules: each pair is one thing told with
    // two figures, and each is a flag.
    let story = |sentence: &str| {
        format!(
            "The events drew wide attention across the country this week. {sentence} \
             Officials said more details would follow."
        )
    };
    let flagged = |a: &str, b: &str| number_flags(story(a), story(b), FERRY_UNRELATED).len();
    let pairs = [
        // The size of the group "one of" picks from, against the same kind of size.
        (
            "Senator Collins was one of seven Republican senators who voted to convict.",
            "Senator Collins was one of six Republican senators who voted to convict.",
        ),
        // A noun before the figure is no verb that befalls it; "shot ... dead" is a death.
        (
            "In the shooting at the market, 49 people died on Friday.",
            "Some 20 people died in the shooting at the market on Friday.",
        ),
        (
            "Soldiers shot 12 demonstrators dead in the square on Friday.",
            "Soldiers killed 5 demonstrators in the square on Friday.",
        ),
        // "to win" after a tally is no bar to clear.
        (
            "Curry scored 40 points to win the game against Boston.",
            "Curry scored 31 points in the game against Boston.",
        ),
        // A span before an event against a plain duration, and two spans from one event
        // named two ways.
        (
            "The journalist was held 22 months before being released by the group.",
            "The journalist was held captive 18 months by the group.",
        ),
        (
            "Protests returned two years after the death of George Floyd in Minneapolis.",
            "Protests returned three years after Floyd's murder in Minneapolis.",
        ),
        // One place named two ways.
        (
            "The missiles were fired from a site 40 miles north of the capital, Pyongyang.",
            "The missiles were fired from a site 90 miles north of Pyongyang.",
        ),
        // A contraction is no owner; an owner both sentences name is no part.
        (
            "He's 45 years old and runs the farm with his brother.",
            "The farmer is 62 years old and runs it with a brother.",
        ),
        (
            "Biden's 74 million votes were the most ever won in an election.",
            "Biden won 81 million votes, the most ever won in an election.",
        ),
        // A whole number with a scale word is no rounding of a decimal one.
        (
            "The agency counted 1 million unemployed workers in the region.",
            "The agency counted 1.4 million unemployed workers in the region.",
        ),
    ];
    for (a, b) in pairs {
        assert_eq!(flagged(a, b), 1, "{a} / {b}");
    }
    let rounded = number_flags(
        story("The agency counted 1 million unemployed workers in the region."),
        story("The agency counted 1.4 million unemployed workers in the region."),
        FERRY_UNRELATED,
    );
    assert!(rounded[0].contains("Conflicting"), "{rounded:?}");
}

#[test]
fn an_attribution_reworded_a_given_name_shortened_or_an_abbreviation_is_no_substitution() {
    let entity = |a: &str, b: &str| version_flags(a, b, ConflictKind::Entity);
    let quote = "\"To date, we have not seen fraud on a scale that could have affected a \
                 different outcome in the election,\"";
    // AllSides: who was told, or who spoke, reworded.
    assert_eq!(
        entity(
            &format!("{quote} Barr told the AP. He spoke at the Justice Department on Tuesday."),
            &format!(
                "{quote} said the top US law enforcement agent. He spoke at the Justice \
                 Department on Tuesday."
            )
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        entity(
            "The charge carries a maximum penalty of 10 years in prison, according to The \
             Associated Press. The trial opens in March.",
            "The charge carries a maximum penalty of 10 years in prison under Minnesota law. \
             The trial opens in March."
        ),
        Vec::<String>::new()
    );
    // A given name and its short form before one surname; an abbreviation in the plural.
    assert_eq!(
        entity(
            "A federal judge granted Stephen Bannon's motion to dismiss the case on Tuesday. \
             Prosecutors objected.",
            "A federal judge granted Steve Bannon's motion to dismiss the case on Tuesday. \
             Prosecutors objected."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        entity(
            "Three Republicans, Sens. McCain, Murkowski and Collins, voted against the measure \
             on Friday. It failed.",
            "Three Republicans, Senators McCain, Murkowski and Collins, voted against the \
             measure on Friday. It failed."
        ),
        Vec::<String>::new()
    );
    // A place beside the attribution stays compared, and so does a given name that
    // changed: a person read from a given name and a surname, it is a `name` flag.
    assert_eq!(
        entity(
            "Shelling killed four people in Aleppo, he added. The Observatory gave no names.",
            "Shelling killed four people in Damascus, he added. The Observatory gave no names."
        )
        .len(),
        1
    );
    let docs = vec![
        (
            "a".to_string(),
            "A federal judge granted Stephen Bannon's motion to dismiss the case on Tuesday. \
             Prosecutors objected."
                .to_string(),
        ),
        (
            "b".to_string(),
            "A federal judge granted Michael Bannon's motion to dismiss the case on Tuesday. \
             Prosecutors objected."
                .to_string(),
        ),
    ];
    assert_eq!(flags_of(&docs, ConflictKind::Name).len(), 1);
}

#[test]
fn wires_whose_tickers_name_two_companies_are_not_compared() {
    // Reuters-21578: "PHILLIPS <P> RAISES CRUDE POSTINGS 50 CTS" / "SUN <SUN> RAISES CRUDE
    // POSTINGS 50 CTS", one template about two companies.
    let wire = |firm: &str, cents: &str| {
        format!(
            "{firm} said it raised the contract price it will pay for all grades of crude oil \
             by {cents} cts a barrel, effective today. The increase brings its posted price \
             for West Texas Intermediate to 18.00 dlrs a barrel."
        )
    };
    let (a, b) = (wire("The company", "50"), wire("The company", "75"));
    let flags = |titles: [Option<&str>; 2]| {
        let texts = [a.as_str(), b.as_str(), FERRY_UNRELATED];
        let claims: Vec<ArticleClaims> = texts.iter().map(|t| extract(t, None)).collect();
        let docs: Vec<StoryDoc> = (0..3)
            .map(|k| StoryDoc {
                id: ["a", "b", "c"][k],
                title: titles.get(k).copied().flatten(),
                text: texts[k],
                date: None,
                claims: &claims[k],
            })
            .collect();
        compare_story(&docs).len()
    };
    assert_eq!(flags([None, None]), 1);
    assert_eq!(
        flags([
            Some("SUN <SUN> RAISES CRUDE POSTINGS"),
            Some("PHILLIPS <P> RAISES CRUDE POSTINGS")
        ]),
        0
    );
    // One company's two wires are compared.
    assert_eq!(
        flags([
            Some("SUN <SUN> RAISES CRUDE POSTINGS"),
            Some("SUN CO <SUN> SETS NEW CRUDE PRICE")
        ]),
        1
    );
}

#[test]
fn the_months_of_a_table_are_no_dates_of_the_story() {
    // Reuters 14008 / 14015: two spread tables; "Jul/Sep" against "Jul/Nov" was a date flag.
    let wire = |month: &str| {
        format!(
            "Grain spreads closed mixed on the Chicago Board of Trade on Tuesday as traders \
             evened positions before the holiday, dealers said.\n\
             Jul/{month}    4-3/4  under  5      under\n"
        )
    };
    let dates =
        |a: String, b: String| flags_of(&two_versions(a, b, FERRY_UNRELATED), ConflictKind::Date);
    assert_eq!(dates(wire("Sep"), wire("Nov")), Vec::<String>::new());
    // The same months in prose are compared.
    let prose = |month: &str| {
        format!(
            "Grain spreads closed mixed on the Chicago Board of Trade on Tuesday as traders \
             evened positions before the holiday, dealers said. Delivery is due in {month}."
        )
    };
    assert_eq!(dates(prose("September"), prose("November")).len(), 1);
}

#[test]
fn the_rest_of_a_count_and_the_civilians_among_the_dead_are_parts() {
    let numbers = |a: &str, b: &str| {
        number_flags(
            format!("The jury deliberated for four days in Alexandria. {a}"),
            format!("The jury deliberated for four days in Alexandria. {b}"),
            FERRY_UNRELATED,
        )
    };
    // AllSides: "convicted on the remaining eight counts" / "facing 18 criminal counts".
    assert_eq!(
        numbers(
            "Paul Manafort was convicted on the remaining eight counts of bank fraud.",
            "Paul Manafort was convicted on 18 counts of bank fraud."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(
            "Paul Manafort was convicted on eight counts of bank fraud.",
            "Paul Manafort was convicted on 18 counts of bank fraud."
        )
        .len(),
        1
    );
    // AllSides: "killed two U.S. troops and two civilians" / "19 people killed".
    let attack = |tail: &str| {
        format!(
            "A suicide bomber struck a restaurant in the northern town of Manbij on \
             Wednesday, {tail}. The Islamic State group claimed the attack."
        )
    };
    let flags = |a: &str, b: &str| number_flags(attack(a), attack(b), FERRY_UNRELATED);
    assert_eq!(
        flags("killing two civilians", "killing 19 people"),
        Vec::<String>::new()
    );
    assert_eq!(flags("killing 25 civilians", "killing 19 people").len(), 1);
}

#[test]
fn a_second_review_s_counterexamples_are_still_flagged() {
    // Each pair is one thing told with two values; a second review of stop 21 found the
    // rules hid them.
    let story = |sentence: &str| {
        format!(
            "The events drew wide attention across the country this week. {sentence} \
             Officials said more details would follow."
        )
    };
    let numbers = |a: &str, b: &str| number_flags(story(a), story(b), FERRY_UNRELATED).len();
    let entities = |a: &str, b: &str| {
        flags_of(
            &two_versions(story(a), story(b), FERRY_UNRELATED),
            ConflictKind::Entity,
        )
        .len()
    };
    // "needed" that is no bar to clear; an owner that is a day; a share that is an owner's.
    assert_eq!(
        numbers(
            "After the clash five police officers needed hospital treatment, the chief said.",
            "After the clash seven police officers needed hospital treatment, the chief said."
        ),
        1
    );
    assert_eq!(
        numbers(
            "After the clash five police officers needed hospital treatment, the chief said.",
            "After the clash seven police officers received hospital treatment, the chief said."
        ),
        1
    );
    assert_eq!(
        numbers(
            "The trial showed Monday's 90 percent efficacy for the new vaccine.",
            "The trial showed a 95 percent efficacy for the new vaccine."
        ),
        1
    );
    // A headline's last word is no verb of the next sentence's figure.
    let dallas = |headline: &str, n: &str| {
        format!(
            "{headline}{n} police officers were killed in Dallas on Thursday night, the \
             police chief said. The gunman was cornered in a garage."
        )
    };
    assert_eq!(
        number_flags(
            dallas("Dallas officers shot\n\n", "Five"),
            dallas("", "Seven"),
            FERRY_UNRELATED
        )
        .len(),
        1
    );
    // The curly possessive of "one of the court’s nine" is a group size as the straight one.
    assert_eq!(
        numbers(
            "Four justices would have granted the request, the court said.",
            "One of the court\u{2019}s nine justices would have granted the request, the court said."
        ),
        0
    );
    // Two listeners of one cue, and two teams, are two names.
    assert_eq!(
        entities(
            "Barr told the Senate that the inquiry was over.",
            "Barr told the House that the inquiry was over."
        ),
        1
    );
    assert_eq!(
        entities(
            "The Hawks won the title game in overtime on Saturday.",
            "The Hawkeyes won the title game in overtime on Saturday."
        ),
        1
    );
}

#[test]
fn tabs_make_a_table_row() {
    let wire = |cents: &str| {
        format!(
            "Precious metals futures closed higher on the New York commodity exchange on \
             Tuesday, dealers said, as the dollar weakened against the yen.\n\
             Silver\tup\t{cents}\tcts per oz\n"
        )
    };
    assert_eq!(
        number_flags(wire("15.0"), wire("12.0"), FERRY_UNRELATED),
        Vec::<String>::new()
    );
}

#[test]
fn a_figure_of_a_condition_is_no_claim() {
    // BBC entertainment/159-160: "If the track sold 500,000 copies, more than £1m would be
    // raised" against the first release's "sold 750,000 copies in its first week".
    let single = |sentence: &str| {
        format!(
            "Band Aid's charity single is to be released again for Christmas, its organisers \
             said on Monday. {sentence}"
        )
    };
    let flags = |a: &str, b: &str| number_flags(single(a), single(b), FERRY_UNRELATED);
    assert_eq!(
        flags(
            "The track sold 750,000 copies in its first week in 1984.",
            "If the track sold 500,000 copies in its first week, £1m would be raised."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        flags(
            "The track sold 750,000 copies in its first week in 1984.",
            "The track sold 500,000 copies in its first week in 1984."
        )
        .len(),
        1
    );
}

#[test]
fn a_template_filled_with_another_name_is_about_another_thing() {
    // Reuters-21578 13094 / 13097: "… the sale of 50,000 tonnes of hard red winter wheat to
    // Sri Lanka" / "… 18,000 tonnes of U.S. durum wheat to Algeria": two export bonuses.
    let bonus = |tonnes: &str, buyer: &str| {
        format!(
            "The Agriculture Department said it has accepted a bid for an export bonus to \
             cover the sale of {tonnes} tonnes of wheat to {buyer}. More wheat is still \
             available to {buyer} under the program."
        )
    };
    assert!(number_flags(
        bonus("50,000", "Sri Lanka"),
        bonus("18,000", "Algeria"),
        FERRY_UNRELATED
    )
    .is_empty());
    // Reuters-21578 3339 / 3340: the buyer's name where the other sentence has an article
    // ("to Morocco, the U.S. …" / "to the Canary Islands, the U.S. …").
    let cattle = |head: &str, buyer: &str| {
        format!(
            "The Commodity Credit Corporation has accepted a bonus offer on the sale of {head} \
             head of dairy cattle to {buyer}, the U.S. Agriculture Department said. The \
             cattle for {buyer} are for delivery in March."
        )
    };
    assert!(number_flags(
        cattle("13", "Morocco"),
        cattle("75", "the Canary Islands"),
        FERRY_UNRELATED
    )
    .is_empty());
    // Two note issues: every figure of the line differs (coupon, price, spread).
    let notes = |coupon: &str, price: &str, spread: &str| {
        format!(
            "The notes have a {coupon} pct coupon and were priced at {price} to yield \
             {spread} basis points more than comparable Treasury securities."
        )
    };
    assert!(number_flags(
        notes("9-1/4", "99.80", "105"),
        notes("9-1/2", "99.365", "130"),
        FERRY_UNRELATED
    )
    .is_empty());
    // Two transfers of guarantees: no figure of one is compared with the other's other slot
    // ("21.0 mln dlrs … and 5.0 mln dlrs" / "12.0 mln dlrs … and 7.0 mln dlrs").
    let transfer = |first: &str, second: &str| {
        format!(
            "The CCC has transferred {first} mln dlrs in credit guarantees for corn and \
             {second} mln dlrs in credit guarantees for oilseeds to cover poultry sales."
        )
    };
    assert!(number_flags(
        transfer("21.0", "5.0"),
        transfer("12.0", "7.0"),
        FERRY_UNRELATED
    )
    .is_empty());
    // An article edited in one sentence keeps its flags, whatever else changed there: both
    // figures of an updated toll, a figure and its source.
    let attack = |dead: &str, hurt: &str, source: &str| {
        format!(
            "Gunmen attacked a market in the northern city of Kano on Saturday morning, \
             witnesses said. At least {dead} people were killed and {hurt} injured in the \
             attack, the {source} said. The attackers arrived on motorcycles and opened fire \
             on traders shortly after the market opened, residents told reporters. Several \
             stalls were set on fire and smoke could be seen across the city for hours. \
             Security forces sealed off the area and began searching nearby villages for the \
             gunmen. The {source} gave no names."
        )
    };
    assert_eq!(
        number_flags(
            attack("12", "40", "Interior Ministry"),
            attack("15", "45", "Interior Ministry"),
            FERRY_UNRELATED
        )
        .len(),
        2
    );
    assert_eq!(
        number_flags(
            attack("12", "40", "Interior Ministry"),
            attack("15", "40", "Health Ministry"),
            FERRY_UNRELATED
        )
        .len(),
        1
    );
    // One bonus whose figure alone was changed is still flagged, and so is one whose buyer
    // is written with a slip ("Refinitiv" / "Refintiv" in AllSides). A name and a figure
    // changed once in an edited copy are two changed facts: see
    // `keyboard_slips_are_not_conflicts_but_changed_facts_are`.
    assert_eq!(
        number_flags(
            bonus("50,000", "Sri Lanka"),
            bonus("18,000", "Sri Lanka"),
            FERRY_UNRELATED
        )
        .len(),
        1
    );
    assert_eq!(
        number_flags(
            bonus("50,000", "Sri Lanka"),
            bonus("18,000", "Sri Lnaka"),
            FERRY_UNRELATED
        )
        .len(),
        1
    );
}

#[test]
fn a_name_after_city_of_is_a_place() {
    // FA-KES 22: "… at an army checkpoint in the central Syrian city of Homs" / "… of
    // Damascus", a changed place of death (it was read as a changed party).
    let report = |city: &str| {
        format!(
            "At least 22 people were killed in a double suicide bomb attack at an army \
             checkpoint in the central Syrian city of {city} on Tuesday, state media said. \
             The governor said the second bomber struck as a crowd gathered."
        )
    };
    let found = conflicts(&two_versions(
        report("Homs"),
        report("Damascus"),
        FERRY_UNRELATED,
    ));
    assert_eq!(entity_subjects(&found), vec!["place"]);
}

#[test]
fn one_event_party_or_place_named_two_ways_is_no_substitution() {
    let entity = |a: &str, b: &str| version_flags(a, b, ConflictKind::Entity);
    // BBC sport/017 / sport/023, AllSides, BBC entertainment/007 / 013, Reuters.
    for (a, b) in [
        (
            "Okafor withdrew from the Athens Olympics last August after missing a test.",
            "Okafor withdrew from the Athens Games last August after missing a test.",
        ),
        (
            "All three bills were defeated in the Republican-controlled Senate on Friday.",
            "All three bills were defeated in the GOP-controlled Senate on Friday.",
        ),
        (
            "He finds life difficult out of uniform when he settles in the UK after the war.",
            "He finds life difficult out of uniform when he settles in London after the war.",
        ),
    ] {
        assert_eq!(entity(a, b), Vec::<String>::new(), "{a} / {b}");
    }
    // Two cities are two places still.
    assert_eq!(
        entity(
            "He finds life difficult out of uniform when he settles in Leeds after the war.",
            "He finds life difficult out of uniform when he settles in London after the war.",
        )
        .len(),
        1
    );
}

#[test]
fn the_day_something_was_told_is_compared_only_with_such_days() {
    // AllSides train-405: "…, Gov. Kate Brown said Wednesday" / "… starting Thursday".
    let dates = |a: &str, b: &str| version_flags(a, b, ConflictKind::Date);
    assert_eq!(
        dates(
            "Federal agents who clashed with protesters in Portland will begin a phased \
             withdrawal from the city, Governor Kate Brown said Wednesday.",
            "Federal agents who clashed with protesters in Portland will begin a phased \
             withdrawal from the city starting Thursday, Governor Kate Brown said."
        ),
        Vec::<String>::new()
    );
    // Two days of one telling still differ.
    assert_eq!(
        dates(
            "Federal agents who clashed with protesters in Portland will begin a phased \
             withdrawal from the city, Governor Kate Brown said Wednesday.",
            "Federal agents who clashed with protesters in Portland will begin a phased \
             withdrawal from the city, Governor Kate Brown said Thursday."
        )
        .len(),
        1
    );
}

#[test]
fn a_middle_initial_one_article_adds_is_no_spelling_variant() {
    // The mayor's name as each of two articles writes it.
    let variants = |a: &str, b: &str| {
        let text = |name: &str| {
            format!(
                "Baltimore Mayor {name} resigned on Thursday amid a scandal over her books. \
                 Pugh had been on leave."
            )
        };
        let docs = vec![("a".to_string(), text(a)), ("b".to_string(), text(b))];
        flags_of(&docs, ConflictKind::SpellingVariant)
    };
    assert_eq!(
        variants("Catherine E. Pugh", "Catherine Pugh"),
        Vec::<String>::new()
    );
    // Nor is a hyphen for a space (ECB+ 20: "Azm Al Homoud" / "Azm Al-Homoud").
    assert_eq!(
        variants("Azm Al Homoud", "Azm Al-Homoud"),
        Vec::<String>::new()
    );
    // A given name spelt another way still is one.
    assert_eq!(variants("Kathryn Pugh", "Kathrin Pugh").len(), 1);
}

#[test]
fn a_rewritten_headline_names_no_substitution() {
    let entity = |a: &str, b: &str| version_flags(a, b, ConflictKind::Entity);
    let body = "Indianapolis clinched a playoff berth on Sunday with a 20-13 win over Kansas \
                City at Arrowhead Stadium. The Colts trailed at halftime.";
    // ECB+ 29_2ecbplus / 29_8ecbplus.
    assert_eq!(
        entity(
            &format!("Colts clinch playoff berth with 20-13 win in K.C.\n{body}"),
            &format!("Colts Clinch Playoff Berth with 20-13 Win Over Chiefs\n{body}"),
        ),
        Vec::<String>::new()
    );
    // An opening sentence that is no headline is still compared.
    assert_eq!(
        entity(
            &format!("Sumo wrestler Mitakeumi won the title in Osaka. {body}"),
            &format!("Sumo wrestler Takakeisho won the title in Osaka. {body}"),
        )
        .len(),
        1
    );
}

#[test]
fn days_of_two_acts_in_one_story_are_not_compared() {
    // ECB+ 16_10ecbplus / 16_2ecbplus: the killing and an earlier attack.
    let dates = |a: &str, b: &str| version_flags(a, b, ConflictKind::Date);
    assert_eq!(
        dates(
            "The deputy was killed on June 24, 2005 while investigating a shooting at a home \
             in Hawaiian Gardens by Orozco.",
            "Orozco was also convicted of the June 20, 2005 attempted murder of a man shot at a \
             home in Hawaiian Gardens."
        ),
        Vec::<String>::new()
    );
    // One act on two days is a flag.
    assert_eq!(
        dates(
            "The deputy was killed on June 24, 2005 while investigating a shooting at a home \
             in Hawaiian Gardens by Orozco.",
            "The deputy was killed on June 20, 2005 while investigating a shooting at a home \
             in Hawaiian Gardens by Orozco."
        )
        .len(),
        1
    );
}

#[test]
fn one_quotation_given_two_people_is_still_a_flag() {
    // Two people's statements need a run of words in common to be one (ECB+ 27: Budd's
    // words and Reavey's blog were a flag; see `compare::shares_a_run`); one quotation
    // given two sources has it.
    let lead = "Microsoft released an emergency patch for Internet Explorer on Wednesday after \
                attackers exploited a flaw in the browser.";
    let said = |who: &str| {
        format!(
            "{lead} \"Microsoft encourages all customers to test and deploy this update as \
             soon as possible,\" said {who}."
        )
    };
    let docs = two_versions(
        said("security chief Christopher Budd"),
        said("security director Mike Reavey"),
        FERRY_UNRELATED,
    );
    assert_eq!(flags_of(&docs, ConflictKind::Attribution).len(), 1);
}

#[test]
fn tolls_of_two_means_of_harm_are_compared_only_when_one_sentence_is_retold() {
    // One attack told two ways (the reviewer's case): the tolls still differ.
    let attack = |means: &str, toll: &str| {
        format!(
            "{means} on the market town of Maarat killed {toll} civilians on Monday, the \
             monitoring group said. Rescue workers searched the rubble through the night."
        )
    };
    let numbers = |a: String, b: String| number_flags(a, b, FERRY_UNRELATED);
    assert_eq!(
        numbers(
            attack("Government bombing", "40"),
            attack("Government airstrikes", "30")
        )
        .len(),
        1
    );
    // Two attacks in sentences of their own: tests/claims_data.rs
    // (`tolls_of_two_attacks_are_not_compared`).
}

#[test]
fn wires_that_open_with_two_firms_names_are_two_things() {
    // Reuters 11901 / 6408: two issuers' eurobonds. Each firm's name is written only where
    // its wire starts, in words English uses often ("Land", "Securities"), and the wires'
    // first lines end mid-sentence, so no template of one first sentence shows.
    let bond = |issuer: &str, day: &str| {
        format!(
            "{issuer} is issuing a 75 mln\nCanadian dlr eurobond due {day}, 1992 paying 8-1/2 \
             pct and\npriced at 101-5/8 pct, lead manager Morgan Guaranty Ltd said.\n    The \
             non-callable bond is available in denominations of\n1,000 and 10,000 Canadian \
             dlrs and will be listed in\nLuxembourg. The payment date is {day}."
        )
    };
    let dates = |a: String, b: String| {
        let docs = vec![("a".to_string(), a), ("b".to_string(), b)];
        flags_of(&docs, ConflictKind::Date)
    };
    assert_eq!(
        dates(
            bond("McDonalds Corporation", "May 14"),
            bond("Land Securities Plc", "April 29")
        ),
        Vec::<String>::new()
    );
    // One firm's wire with its date changed is still compared.
    assert!(!dates(
        bond("McDonalds Corporation", "May 14"),
        bond("McDonalds Corporation", "April 29")
    )
    .is_empty());
}

#[test]
fn prices_of_two_moments_of_a_session_are_not_compared() {
    // Reuters 14051 / 14454: one day's pork belly reports, "in early dealings" and "before
    // closing", gave two moments' prices as a conflict.
    let report = |moment: &str, change: &str| {
        format!(
            "Pork belly futures traded in choppy action on the Chicago Mercantile Exchange \
             and {moment} {change} cent lower on the front month. Traders said hog \
             marketings were light and packers bought steadily."
        )
    };
    let numbers = |a: String, b: String| number_flags(a, b, FERRY_UNRELATED);
    assert_eq!(
        numbers(
            report("stood in early dealings", "0.15"),
            report("ended the session at the close", "0.62")
        ),
        Vec::<String>::new()
    );
    // Two reports of one moment still disagree.
    assert_eq!(
        numbers(
            report("ended the session at the close", "0.15"),
            report("ended the session at the close", "0.62")
        )
        .len(),
        1
    );
}

#[test]
fn a_wires_ticker_code_is_no_name() {
    // Reuters 20411 / 20452: "Chrysler and Ford in Canada" against "Chrysler Corp <C> and
    // Ford Motor Co <F> units" gave "Canada" / "Motor Co <F> units" as a changed place.
    let pact = |makers: &str| {
        format!(
            "The union reached a tentative contract with American Motors of Canada that \
             largely matched the pay-and-benefit pattern reached earlier at {makers}. \
             Members will vote on the contract next week."
        )
    };
    let entities =
        |a: String, b: String| flags_of(&two_versions(a, b, FERRY_UNRELATED), ConflictKind::Entity);
    assert_eq!(
        entities(
            pact("Chrysler and Ford in Canada"),
            pact("Chrysler Corp <C> and Ford Motor Co <F> units")
        ),
        Vec::<String>::new()
    );
    // A dateline in angle brackets holds no ticker: its place is still compared.
    assert_eq!(
        entities(
            pact("Chrysler and Ford in <Oakland, July 24> Canada"),
            pact("Chrysler and Ford in <Auckland, July 24> Canada")
        )
        .len(),
        1
    );
}

#[test]
fn figures_of_sentences_that_open_with_two_issuers_are_not_compared() {
    // Reuters 7649 / 7654: two issuers' note sales through one agent. The sentences share
    // the agent's name, but each opens with its own issuer; the first wire also names the
    // second issuer later, so the two wires are no template about two firms.
    let discovery = |amount: &str| {
        format!(
            "<Discovery West Corp> said it plans to sell convertible subordinated notes in a \
             principal amount of {amount} by way of a private placement through First \
             Marathon Securities Ltd.\n    It plans to use the proceeds to buy convertible \
             notes of <Rayrock Yellowknife Resources Inc>."
        )
    };
    let rayrock = "<Rayrock Yellowknife Resources Inc> said it plans to sell 24 mln dlrs of \
                   convertible subordinated notes by way of a private placement through First \
                   Marathon Securities Ltd. The sale is subject to regulatory approvals.";
    let numbers = |a: String, b: String| number_flags(a, b, FERRY_UNRELATED);
    assert_eq!(
        numbers(discovery("seven mln dlrs"), rayrock.to_string()),
        Vec::<String>::new()
    );
    // One issuer's figure changed is still a conflict.
    assert_eq!(
        numbers(discovery("seven mln dlrs"), discovery("24 mln dlrs")).len(),
        1
    );
}

#[test]
fn a_family_name_and_a_given_name_of_one_full_name_are_one_speaker() {
    // AllSides train-88: "President Tsai said" against "Ing-wen said", in a story whose
    // other article writes "Tsai Ing-we" (a slip): one woman, named two ways.
    let report = |intro: &str, speaker: &str| {
        format!(
            "{intro} Taiwan rejected Beijing's path on Sunday as Chinese warplanes flew \
             near the island. \"We will do our utmost to prevent the status quo from being \
             unilaterally altered,\" {speaker} said."
        )
    };
    let attributions = |a: String, b: String| {
        flags_of(
            &two_versions(a, b, FERRY_UNRELATED),
            ConflictKind::Attribution,
        )
    };
    assert_eq!(
        attributions(
            report("Taiwan's leader spoke at a rally.", "President Tsai"),
            report("Taiwan President Tsai Ing-we spoke at a rally.", "Ing-wen")
        ),
        Vec::<String>::new()
    );
    // Two people's names stay two speakers.
    assert_eq!(
        attributions(
            report("Taiwan's leader spoke at a rally.", "President Tsai"),
            report("Premier Su Tseng-chang spoke at a rally.", "Premier Su")
        )
        .len(),
        1
    );
    // A review's case: "Paul" is Rand Paul's surname before it is Paul Ryan's given name.
    let meeting = |speaker: &str| {
        format!(
            "Senate Republicans met on Tuesday with House Speaker Paul Ryan and Sen. Rand Paul \
             to discuss the health care bill. The measure would repeal large parts of the \
             existing law, according to a draft seen by reporters. \"This bill is dead on \
             arrival, and the donors who bankrolled it know that,\" {speaker} told reporters. \
             Democrats have vowed to fight the bill."
        )
    };
    assert_eq!(attributions(meeting("Paul"), meeting("Ryan")).len(), 1);
}

#[test]
fn figures_of_two_numbered_periods_are_not_compared() {
    // Reuters: OPEC's "15.8 mln bpd" ceiling for the first half against "18.3 mln bpd", the
    // fourth-quarter level, were given as one figure told two ways.
    let results = |period: &str, profit: &str| {
        format!(
            "Acme Widgets Inc reported a net profit of {profit} for the {period}, helped by \
             strong sales of garden tools. The company said demand from retailers remained \
             firm and it expected to hire more staff in its plants in Ohio."
        )
    };
    let numbers = |a: String, b: String| number_flags(a, b, FERRY_UNRELATED);
    assert_eq!(
        numbers(
            results("first quarter", "5.2 mln dlrs"),
            results("second quarter", "7.4 mln dlrs")
        ),
        Vec::<String>::new()
    );
    // One quarter's profit written two ways is still a conflict.
    assert_eq!(
        numbers(
            results("first quarter", "5.2 mln dlrs"),
            results("first quarter", "7.4 mln dlrs")
        )
        .len(),
        1
    );
}

#[test]
fn a_wire_that_opens_with_a_unit_of_a_firm_names_that_firm() {
    // Reuters 13473 / 13731: "Showa Aluminium Corp is issuing …" / "A unit of Banca
    // Nazionale del Lavoro is issuing …": two issuers' payment dates were compared.
    let showa = "Showa Aluminium Corp is issuing a 100 mln\ndlr equity warrant eurobond due \
                 April 23, 1992 paying an\nindicated coupon of 2-1/8 pct and priced at par, \
                 lead manager\nNomura International Ltd said.\n    Final terms will be fixed on \
                 April 15. The non-callable bond is available in\ndenominations of 5,000 dlrs \
                 and will be listed in Luxembourg.\n    The payment date is April 23.";
    let bnl = |opener: &str| {
        format!(
            "{opener} is\nissuing a 15 billion yen eurobond due May 12, 1992 paying 4-1/2\npct \
             and priced at 101-1/2 pct, market sources said.\n    The non-callable bond is \
             available in denominations of\none mln yen and will be listed in Luxembourg.\n    \
             The payment date is May 11."
        )
    };
    let dates = |a: String, b: String| {
        let docs = vec![("a".to_string(), a), ("b".to_string(), b)];
        flags_of(&docs, ConflictKind::Date)
    };
    assert_eq!(
        dates(
            showa.to_string(),
            bnl("A unit of Banca Nazionale del Lavoro")
        ),
        Vec::<String>::new()
    );
    // The same wire about one issuer, its date changed, is still compared.
    assert!(!dates(
        bnl("A unit of Banca Nazionale del Lavoro"),
        bnl("A unit of Banca Nazionale del Lavoro").replace("May 11", "May 18")
    )
    .is_empty());
}

#[test]
fn of_two_figures_in_one_sentence_the_one_whose_words_match_is_compared() {
    // Reuters 953 / 1008 (one day's money-market reports): the morning's forecast of the
    // shortage was matched with the afternoon's total help (461), which stands in the
    // sentence of its own forecast (450) and so shares all its context.
    let docs = vec![
        (
            "morning".to_string(),
            "The Bank of England said it gave the money market 24 mln stg assistance in the \
             morning session. This compares with the bank's upward revised shortage forecast \
             of around 500 mln stg."
                .to_string(),
        ),
        (
            "afternoon".to_string(),
            "The Bank of England said it gave the money market a further 437 mln stg help in \
             the afternoon. This brings the Bank's total help so far today to 461 mln stg and \
             compares with its revised shortage forecast of 450 mln stg."
                .to_string(),
        ),
        (
            "other".to_string(),
            "Sterling rose against the dollar in quiet trading, dealers said.".to_string(),
        ),
    ];
    let flags = flags_of(&docs, ConflictKind::Number);
    assert!(
        flags
            .iter()
            .any(|f| f.contains("450 mln stg") && f.contains("around 500 mln stg")),
        "{flags:?}"
    );
    assert!(!flags.iter().any(|f| f.contains("461")), "{flags:?}");
}

#[test]
fn an_entity_flag_shows_the_whole_name_the_changed_word_stands_in() {
    // BBC tech/049 / tech/340 (a new user's read, stop 31): "Electronic" / "Engineering"
    // said little; the flag, as made, is the same.
    let flags = version_flags(
        "The Internationalised Domain Names system has been a work in progress for years and \
         has recently been approved by the Internet Electronic Task Force.",
        "The Internationalised Domain Names system has been a work in progress for years and \
         has recently been approved by the Internet Engineering Task Force.",
        ConflictKind::Entity,
    );
    assert_eq!(flags.len(), 1, "{flags:?}");
    assert!(
        flags[0].contains("a: Internet Electronic Task Force |")
            && flags[0].contains("b: Internet Engineering Task Force ("),
        "{flags:?}"
    );
}

#[test]
fn yesterday_and_tomorrow_are_shown_but_compared_with_nothing() {
    // Reuters 18465 / 19022: two banks' rate cuts, "effective tomorrow" in one wire and
    // "effective June 22" in the other, were a date flag.
    let texts = [
        ("a", Some("1987-06-18"), "Westpac Banking Corp said it will cut its prime rate to 16 pct from 16.5, effective tomorrow."),
        ("b", Some("1987-06-19"), "Westpac Banking Corp said it will cut its prime rate to 16 pct from 16.50, effective June 22."),
        ("c", Some("1987-06-19"), FERRY_UNRELATED),
    ];
    assert_eq!(
        extract(texts[0].2, texts[0].1).dates.len(),
        1,
        "tomorrow is read"
    );
    assert!(dated_conflicts(&texts)
        .iter()
        .all(|c| c.kind != ConflictKind::Date));
}
