//! Measured quality of the claims stage on the shared developer data, as regression
//! floors (set honestly below what was measured when this was written; see the README's
//! "Claims" section, under "Measured", and docs/claims.md, "Measurement details", for the
//! numbers and the scripts in `benches/eval/` that print them):
//! - attribution speakers on PolNeAR dev, exact and character-overlap P/R/F1 as defined in
//!   `../shared/data/README.md`;
//! - FA-KES fact-altered triples: which of the seven fact fields changed between an altered
//!   article and its original (micro P/R over record × field), and no flags at all between
//!   identical versions.
//!
//! Skips with a message when `../shared/data` is absent.

mod common;

use flate2::read::GzDecoder;
use retold::claims::{compare_story, extract, Conflict, ConflictKind, Relation, StoryDoc};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::sync::Mutex;

fn data(name: &str) -> Option<Vec<Value>> {
    let path = common::shared_data().join(name);
    let Ok(file) = std::fs::File::open(&path) else {
        println!("skip: {} not found", path.display());
        return None;
    };
    let lines = BufReader::new(GzDecoder::new(file)).lines();
    Some(
        lines
            .map(|l| serde_json::from_str(&l.expect("line")).expect("json"))
            .collect(),
    )
}

/// `retold scan FILE --format json --quiet` (the whole pipeline) on a file of the shared
/// data, through the CLI; `None`, with a message, when the data is absent.
fn scan_data(name: &str) -> Option<Value> {
    // Several tests read one scan: it is made once per test binary.
    static SCANS: Mutex<BTreeMap<String, Value>> = Mutex::new(BTreeMap::new());
    let path = common::shared_data().join(name);
    if !path.exists() {
        println!("skip: {} not found", path.display());
        return None;
    }
    let mut scans = SCANS.lock().unwrap_or_else(|e| e.into_inner());
    let report = scans.entry(name.to_string()).or_insert_with(|| {
        let (code, report, stderr) = common::scan_all(&[path.to_str().expect("utf-8 path")]);
        assert_eq!(code, 0, "{stderr}");
        report
    });
    Some(report.clone())
}

/// The conflicts of one kind in a scan report.
fn conflicts_of<'a>(report: &'a Value, kind: &str) -> Vec<&'a Value> {
    report["conflicts"]
        .as_array()
        .expect("conflicts")
        .iter()
        .filter(|c| c["kind"] == kind)
        .collect()
}

/// One field of every variant of a conflict ("" where it is missing).
fn variant_field(c: &Value, field: &str) -> Vec<String> {
    c["variants"]
        .as_array()
        .expect("variants")
        .iter()
        .map(|v| v[field].as_str().unwrap_or("").to_string())
        .collect()
}

/// Some conflict of `conflicts` has both values among its variants.
fn flags_both(conflicts: &[&Value], a: &str, b: &str) -> bool {
    conflicts.iter().any(|c| {
        let values = variant_field(c, "value");
        values.iter().any(|v| v == a) && values.iter().any(|v| v == b)
    })
}

fn prf(tp: f64, pred: f64, gold: f64) -> (f64, f64, f64) {
    let p = if pred > 0.0 { tp / pred } else { 0.0 };
    let r = if gold > 0.0 { tp / gold } else { 0.0 };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Gold source spans of a record as sets of (start, end) fragments, in code points.
fn gold_sources(rec: &Value) -> BTreeSet<Vec<(usize, usize)>> {
    let mut out = BTreeSet::new();
    for a in rec["attributions"].as_array().into_iter().flatten() {
        let s = &a["source"];
        if s.is_null() {
            continue;
        }
        let frags: Vec<(usize, usize)> = match s["fragments"].as_array() {
            Some(f) if !f.is_empty() => f
                .iter()
                .map(|x| {
                    (
                        x["start"].as_u64().unwrap_or(0) as usize,
                        x["end"].as_u64().unwrap_or(0) as usize,
                    )
                })
                .collect(),
            _ => vec![(
                s["start"].as_u64().unwrap_or(0) as usize,
                s["end"].as_u64().unwrap_or(0) as usize,
            )],
        };
        let mut frags = frags;
        frags.sort_unstable();
        out.insert(frags);
    }
    out
}

#[test]
fn polnear_dev_speaker_spans() {
    let Some(records) = data("polnear-dev.jsonl.gz") else {
        return;
    };
    let (mut tp, mut n_pred, mut n_gold) = (0usize, 0usize, 0usize);
    let (mut ov_inter, mut ov_pred, mut ov_gold) = (0usize, 0usize, 0usize);
    for rec in &records {
        let text = rec["text"].as_str().expect("text");
        let claims = extract(text, rec["date"].as_str());
        // byte offset -> code point offset
        let mut char_at = vec![0usize; text.len() + 1];
        let mut c = 0;
        for (b, ch) in text.char_indices() {
            char_at[b] = c;
            c += 1;
            for k in 1..ch.len_utf8() {
                char_at[b + k] = c;
            }
        }
        char_at[text.len()] = c;
        let pred: BTreeSet<Vec<(usize, usize)>> = claims
            .attributions
            .iter()
            .map(|a| vec![(char_at[a.speaker.start], char_at[a.speaker.end])])
            .collect();
        let gold = gold_sources(rec);
        n_pred += pred.len();
        n_gold += gold.len();
        tp += pred.intersection(&gold).count();
        let chars = |spans: &BTreeSet<Vec<(usize, usize)>>| -> BTreeSet<usize> {
            spans.iter().flatten().flat_map(|&(s, e)| s..e).collect()
        };
        let (pc, gc) = (chars(&pred), chars(&gold));
        ov_inter += pc.intersection(&gc).count();
        ov_pred += pc.len();
        ov_gold += gc.len();
    }
    let exact = prf(tp as f64, n_pred as f64, n_gold as f64);
    let overlap = prf(ov_inter as f64, ov_pred as f64, ov_gold as f64);
    println!(
        "PolNeAR dev speakers: exact P {:.3} R {:.3} F1 {:.3}; overlap P {:.3} R {:.3} F1 {:.3}",
        exact.0, exact.1, exact.2, overlap.0, overlap.1, overlap.2
    );
    // Measured: exact 0.795 / 0.526 / 0.633, overlap 0.859 / 0.521 / 0.649.
    assert!(exact.0 >= 0.72 && exact.2 >= 0.58, "exact {exact:?}");
    assert!(
        overlap.0 >= 0.78 && overlap.2 >= 0.60,
        "overlap {overlap:?}"
    );
}

/// The fact field a flag speaks to (the same mapping as benches/eval/fakes_claims.py).
fn field_of(c: &Conflict) -> Option<&'static str> {
    match c.kind {
        ConflictKind::Date => Some("Date of death"),
        ConflictKind::Number | ConflictKind::Name | ConflictKind::Title => {
            Some("Name of casualty or group")
        }
        ConflictKind::Entity if c.subject == "place" => Some("Place of death"),
        ConflictKind::Entity if c.subject == "cause" => Some("Cause of death"),
        ConflictKind::Entity if c.subject == "casualty" => Some("Name of casualty or group"),
        ConflictKind::Entity | ConflictKind::Attribution => Some("Actor"),
        ConflictKind::SpellingVariant => None,
    }
}

fn compare_two(a: &Value, b: &Value) -> Vec<Conflict> {
    let (ta, tb) = (
        a["text"].as_str().expect("text"),
        b["text"].as_str().expect("text"),
    );
    let (ca, cb) = (
        extract(ta, a["date"].as_str()),
        extract(tb, b["date"].as_str()),
    );
    let (ia, ib) = (a["id"].as_str().expect("id"), b["id"].as_str().expect("id"));
    compare_story(&[
        StoryDoc {
            id: ia,
            title: None,
            text: ta,
            date: None,
            claims: &ca,
        },
        StoryDoc {
            id: ib,
            title: None,
            text: tb,
            date: None,
            claims: &cb,
        },
    ])
}

/// The conflicts of one undated story of the given articles.
fn compare_texts(ids: &[&str], texts: &[String]) -> Vec<Conflict> {
    let claims: Vec<_> = texts.iter().map(|t| extract(t, None)).collect();
    let docs: Vec<StoryDoc> = ids
        .iter()
        .zip(texts.iter().zip(&claims))
        .map(|(id, (text, claims))| StoryDoc {
            id,
            title: None,
            text,
            date: None,
            claims,
        })
        .collect();
    compare_story(&docs)
}

/// The text of the record with id `id`.
fn text_of(records: &[Value], id: &str) -> String {
    let r = records.iter().find(|r| r["id"] == id).expect("id");
    r["text"].as_str().expect("text").to_string()
}

/// The ids and texts of the records whose id `keep` accepts, in file order.
fn ids_and_texts(records: &[Value], keep: impl Fn(&str) -> bool) -> (Vec<&str>, Vec<String>) {
    records
        .iter()
        .map(|r| (r["id"].as_str().expect("id"), r))
        .filter(|(id, _)| keep(id))
        .map(|(id, r)| (id, r["text"].as_str().expect("text").to_string()))
        .unzip()
}

#[test]
fn fakes_changed_facts_and_identical_versions() {
    let Some(records) = data("fakes-triples-dev.jsonl.gz") else {
        return;
    };
    let by_id: BTreeMap<&str, &Value> = records
        .iter()
        .map(|r| (r["id"].as_str().expect("id"), r))
        .collect();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for rec in &records {
        if rec["variant"] == "original" {
            continue;
        }
        let original =
            by_id[format!("{}-original", rec["story"].as_str().expect("story")).as_str()];
        let flags = compare_two(original, rec);
        let pred: BTreeSet<&str> = flags.iter().filter_map(field_of).collect();
        let gold: BTreeSet<&str> = rec["changed_facts"]
            .as_array()
            .expect("changed_facts")
            .iter()
            .filter_map(|c| c["field"].as_str())
            .collect();
        tp += pred.intersection(&gold).count();
        fp += pred.difference(&gold).count();
        fn_ += gold.difference(&pred).count();
    }
    let (p, r, f) = prf(tp as f64, (tp + fp) as f64, (tp + fn_) as f64);
    println!("FA-KES changed fields: P {p:.3} R {r:.3} F1 {f:.3} (tp {tp}, fp {fp}, fn {fn_})");
    // Measured: P 0.922, R 0.513 (R 0.396 before `cause` flags, stop 14).
    assert!(p >= 0.85 && r >= 0.47, "P {p:.3} R {r:.3}");

    let mut identical = 0;
    for rec in &records {
        identical += compare_two(rec, rec).len();
    }
    identical += compare_two(by_id["22-original"], by_id["44-original"]).len();
    println!(
        "identical versions: {} pairs, {identical} flags",
        records.len() + 1
    );
    assert_eq!(identical, 0);
}

/// In a story that gathers a saga (the BBC's Yukos articles), numbers with one unit that count
/// different things are not compared: "heading for 15 years a number of successful companies"
/// against "a possible 10 year jail sentence" was flagged before numbers had to share a word
/// next to them. Real behaviour through the CLI on the real articles.
#[test]
fn bbc_numbers_about_different_things_are_not_flagged() {
    let Some(report) = scan_data("bbc.jsonl.gz") else {
        return;
    };
    let numbers = conflicts_of(&report, "number");
    assert!(!numbers.is_empty(), "the BBC scan compares numbers at all");
    assert!(
        !flags_both(&numbers, "15 years", "10 year"),
        "career years compared with a jail term"
    );
    // Two sprinters' times, whose sentences share only "American" (a people's adjective
    // names no subject): "fellow American Bershawn Jackson" / "American Maurice Greene".
    assert!(
        !flags_both(&numbers, "44.93 seconds", "6.62 seconds"),
        "two athletes' times compared"
    );
}

/// Team sheets and fixture lists are not edited sentences: two BBC line-ups of one side
/// ("G Murphy; G Dempsey, B O'Driscoll, S Horgan...") differ by names without any claim
/// changing, and were 39 of the 61 name flags on the BBC articles. None may be flagged now,
/// while a name an editor really changed in a sentence still is ("A merger between MCI and
/// Verizon" / "... MCI and Qwest").
#[test]
fn bbc_line_ups_are_not_name_conflicts() {
    let Some(report) = scan_data("bbc.jsonl.gz") else {
        return;
    };
    let entities = conflicts_of(&report, "entity");
    let line_up = |s: &str| {
        let separators = s.matches([',', ';']).count();
        separators >= 4 && 3 * separators >= s.split_whitespace().count()
    };
    for c in &entities {
        assert!(
            !variant_field(c, "sentence").iter().any(|s| line_up(s)),
            "a line-up compared as a sentence: {c}"
        );
    }
    assert!(
        flags_both(&entities, "Verizon", "Qwest"),
        "the MCI bidder changed between two versions is still flagged"
    );
}

/// "London mayor Mr Livingstone" / "Labour's Mr Livingstone" (BBC politics/075, 154, 186)
/// describe one man two ways before his honorific: no entity substitution (found by a
/// new-user run, flagged as two parties).
#[test]
fn descriptions_before_an_honorific_are_not_entities() {
    let Some(records) = data("bbc.jsonl.gz") else {
        return;
    };
    let (ids, texts) = ids_and_texts(&records, |id| {
        matches!(id, "politics/075" | "politics/154" | "politics/186")
    });
    assert_eq!(ids.len(), 3);
    let found = compare_texts(&ids, &texts);
    assert!(
        !found.iter().any(|c| c.kind == ConflictKind::Entity
            && c.variants.iter().any(|v| v.value.contains("London mayor"))),
        "{found:#?}"
    );
}

/// The ECB+ dev scan through the CLI (real articles, real stories): "said Trend Micro
/// advanced threat researcher Paul Ferguson" and "said Paul Ferguson, a researcher with Trend
/// Micro" credit one person, so the quote is no flag (the speaker phrase once stopped at
/// "Trend Micro" and the firm was set against its researcher), and no attribution flag lists
/// one speaker written the same way in every article (a "California Highway Patrol Officer
/// Ray Scheidnes" flag did, when extraction classed him differently in one article).
#[test]
fn ecb_attributions_credit_one_source_once() {
    let Some(report) = scan_data("ecbplus-dev.jsonl.gz") else {
        return;
    };
    let attributions = conflicts_of(&report, "attribution");
    let values = |c: &Value| -> Vec<String> {
        variant_field(c, "value")
            .iter()
            .map(|v| v.to_lowercase())
            .collect()
    };
    let together = report["stories"]
        .as_array()
        .expect("stories")
        .iter()
        .any(|s| {
            let members: Vec<&str> = s["members"]
                .as_array()
                .expect("members")
                .iter()
                .filter_map(Value::as_str)
                .collect();
            members.contains(&"27_1ecb") && members.contains(&"27_11ecb")
        });
    assert!(together, "the two patch articles are one story");
    assert!(
        !attributions.iter().any(|c| variant_field(c, "sentence")
            .iter()
            .any(|s| s.contains("People should run, not walk"))),
        "one person's quote flagged as two speakers'"
    );
    for c in &attributions {
        let distinct: BTreeSet<String> = values(c).into_iter().collect();
        assert!(
            distinct.len() > 1,
            "one speaker flagged against itself: {c}"
        );
    }
}

/// An article that states both figures contradicts neither: BBC entertainment/038 and its
/// copy /355 give The Aviator's 14 Bafta nominations and Vera Drake's 11, so /084's "11
/// nominations" (the Oscars) is not another count of the Baftas. Without Vera Drake's count
/// nothing says the counts are two things, and the pair is flagged, as it was before this
/// rule. The story is the 19 award-season articles `scan` groups with them.
#[test]
fn an_article_that_gives_both_figures_does_not_contradict_either() {
    let Some(records) = data("bbc.jsonl.gz") else {
        return;
    };
    let story = [
        "030", "034", "038", "064", "075", "078", "084", "091", "095", "323", "352", "354", "355",
        "357", "367", "368", "372", "373", "377",
    ];
    let texts: Vec<String> = story
        .iter()
        .map(|n| text_of(&records, &format!("entertainment/{n}")))
        .collect();
    let vera_drake = "Vera Drake, which has 11 nominations.";
    assert_eq!(texts.iter().filter(|t| t.contains(vera_drake)).count(), 2);
    let flags = |texts: &[String]| {
        compare_texts(&story, texts)
            .into_iter()
            .filter(|c| {
                c.kind == ConflictKind::Number
                    && c.variants.iter().any(|v| v.value == "14 nominations")
            })
            .count()
    };
    assert_eq!(flags(&texts), 0);
    let without: Vec<String> = texts
        .iter()
        .map(|t| t.replace(vera_drake, "Vera Drake."))
        .collect();
    assert_eq!(flags(&without), 1);
}

/// Two statistics lines that share no figure count two things: ECB+ 25_11ecbplus gives Pierre
/// Thomas's one game ("70 yards rushing on just nine carries and had 55 yards receiving on
/// five catches"), 25_15ecbplus his season ("269 yards and two touchdowns on 83 carries and
/// another 201 yards on 29 catches"). An edited copy of the season's line, which keeps the
/// figures it did not change, is still flagged (before this rule the game's nine carries
/// joined that group, and three values that disagree silence a group).
#[test]
fn statistics_lines_that_share_no_figure_are_not_compared() {
    let Some(records) = data("ecbplus-dev.jsonl.gz") else {
        return;
    };
    let (_, texts) = ids_and_texts(&records, |id| id.starts_with("25_11ecbplus"));
    assert!(texts.iter().any(|t| t.contains("just nine carries")));
    let carries = topic_number_flags(
        &records,
        "25_",
        "carries",
        (
            "two touchdowns on 83 carries",
            "two touchdowns on 63 carries",
        ),
    );
    assert!(
        !holds_both(&carries, "nine carries", "83 carries"),
        "{carries:?}"
    );
    assert!(
        holds_both(&carries, "83 carries", "63 carries"),
        "{carries:?}"
    );
}

/// The number flags of `subject` among the ECB+ plus-articles of `topic` ("18_"), with one
/// more article: a copy of the one holding `edit.0`, with `edit.0` replaced by `edit.1`.
/// Each flag as its variants' values.
fn topic_number_flags(
    records: &[Value],
    topic: &str,
    subject: &str,
    edit: (&str, &str),
) -> Vec<Vec<String>> {
    let (mut ids, mut texts) = ids_and_texts(records, |id| {
        id.starts_with(topic) && id.ends_with("ecbplus")
    });
    let source = texts
        .iter()
        .find(|t| t.contains(edit.0))
        .expect("the sentence to edit")
        .clone();
    ids.push("edited");
    texts.push(source.replace(edit.0, edit.1));
    values_of(compare_texts(&ids, &texts), |c| {
        c.kind == ConflictKind::Number && c.subject == subject
    })
}

/// The flags among `found` that `keep` selects, each as its variants' values.
fn values_of(found: Vec<Conflict>, keep: impl Fn(&Conflict) -> bool) -> Vec<Vec<String>> {
    found
        .into_iter()
        .filter(|c| keep(c))
        .map(|c| c.variants.into_iter().map(|v| v.value).collect())
        .collect()
}

/// `texts` with the first text that holds `from` edited to hold `to` there instead.
fn edit_one(texts: &mut [String], from: &str, to: &str) {
    let k = texts
        .iter()
        .position(|t| t.contains(from))
        .expect("the text to edit");
    texts[k] = texts[k].replacen(from, to, 1);
}

/// Is some flag among `groups` holding both values?
fn holds_both(groups: &[Vec<String>], a: &str, b: &str) -> bool {
    groups
        .iter()
        .any(|vs| vs.iter().any(|v| v == a) && vs.iter().any(|v| v == b))
}

/// ECB+ topic 18 (the Detroit-area office shooting) and topic 16 (Deputy Ortiz): a distance
/// places two things ("the building, about 15 miles north of Detroit" / "a motorist 50 miles
/// north of Detroit"), and a count over a stretch ("a member of its anti-gang unit for the
/// past five years") is a part of a plain one ("with the Department for 15 years"). Neither
/// pair is another figure for one thing; the same things with a changed figure are.
#[test]
fn a_placed_distance_or_a_stretch_is_not_another_figure() {
    let Some(records) = data("ecbplus-dev.jsonl.gz") else {
        return;
    };
    let miles = topic_number_flags(
        &records,
        "18_",
        "miles",
        (
            "the building, about 15 miles north",
            "the building, about 25 miles north",
        ),
    );
    assert!(
        !holds_both(&miles, "about 15 miles", "50 miles"),
        "{miles:?}"
    );
    assert!(
        holds_both(&miles, "about 15 miles", "about 25 miles"),
        "{miles:?}"
    );
    let years = topic_number_flags(
        &records,
        "16_",
        "years",
        (
            "Sheriff's Department for 15 years and was assigned",
            "Sheriff's Department for 12 years and was assigned",
        ),
    );
    assert!(!holds_both(&years, "15 years", "five years"), "{years:?}");
    assert!(holds_both(&years, "15 years", "12 years"), "{years:?}");
}

/// ECB+ topic 22 (the Philadelphia bakery shooting): "Dorsey's been at the plant for 37
/// years" and "Dough mixer Andy Ryan, who has worked at the plant for nearly 30 years" are
/// two workers' years. Said of Dorsey in both, they are one worker's two figures.
#[test]
fn figures_of_sentences_that_name_two_subjects_are_not_compared() {
    let Some(records) = data("ecbplus-dev.jsonl.gz") else {
        return;
    };
    let ryan = "Dough mixer Andy Ryan, who has worked at the plant";
    let years = topic_number_flags(&records, "22_", "years", (ryan, ryan));
    assert!(
        !holds_both(&years, "37 years", "nearly 30 years"),
        "{years:?}"
    );
    let dorsey = "Dorsey, who has worked at the plant";
    let years = topic_number_flags(&records, "22_", "years", (ryan, dorsey));
    assert!(
        holds_both(&years, "37 years", "nearly 30 years"),
        "{years:?}"
    );
}

/// ECB+ topic 4 (Bettie Page's death): "A private funeral service is planned for Tuesday" and
/// "A private funeral service will be held Tuesday, Dec. 16" agree; the second sentence's
/// other date (read in the wrong year) is no other day for the funeral. A weekday that only
/// names the day of a full date does not hide another year.
#[test]
fn a_sentence_that_also_states_the_day_does_not_contradict_it() {
    let Some(records) = data("ecbplus-dev.jsonl.gz") else {
        return;
    };
    let (ids, texts) = ids_and_texts(&records, |id| id.starts_with("4_") && id.ends_with("ecb"));
    assert!(texts
        .iter()
        .any(|t| t.contains("will be held Tuesday, Dec. 16")));
    let funeral: Vec<Vec<String>> = values_of(compare_texts(&ids, &texts), |c| {
        c.kind == ConflictKind::Date
            && c.relation == Relation::Conflicting
            && c.variants.iter().any(|v| v.sentence.contains("funeral"))
    });
    assert!(funeral.is_empty(), "{funeral:?}");

    // WMT21 is-en text_50: the reference says "Saturday, 25 July 2019" where the machine
    // translations say "Saturday 25 July 2020". Its "Saturday" agrees with the others' date
    // only by the weekday: the year is still another.
    let Some(wmt) = data("wmt21-is-en.jsonl.gz") else {
        return;
    };
    let (ids, texts) = ids_and_texts(&wmt, |id| id.starts_with("text_50#"));
    let years = compare_texts(&ids, &texts).into_iter().any(|c| {
        c.kind == ConflictKind::Date
            && c.variants.iter().any(|v| v.value.contains("2019"))
            && c.variants.iter().any(|v| v.value.contains("2020"))
    });
    assert!(years, "the reference's 2019 is not flagged");
}

/// Daily reports of one template speak of their own day. Reuters 307 (March 2, 1987) and
/// 913 (March 3) each forecast "a shortage of around N mln stg in the money market today":
/// two days, two figures. Dated one day, or 913 saying "yesterday" of March 2, they are one
/// day's figure told two ways, and the difference is flagged.
#[test]
fn figures_of_two_days_are_not_compared() {
    let Some(records) = data("reuters21578.jsonl.gz") else {
        return;
    };
    let (a, b) = (text_of(&records, "307"), text_of(&records, "913"));
    assert!(a.contains("around 800 mln stg in the money market today"));
    assert!(b.contains("around 350 mln stg in the money market today"));
    let shortage_flagged = |b: &str, date_b: &str| {
        let texts = [a.as_str(), b];
        let dates = ["1987-03-02", date_b];
        let claims: Vec<_> = texts
            .iter()
            .zip(dates)
            .map(|(t, d)| extract(t, Some(d)))
            .collect();
        let docs: Vec<StoryDoc> = (0..2)
            .map(|k| StoryDoc {
                id: ["307", "913"][k],
                title: None,
                text: texts[k],
                date: Some(dates[k]),
                claims: &claims[k],
            })
            .collect();
        compare_story(&docs).iter().any(|c| {
            c.kind == ConflictKind::Number
                && c.variants.iter().any(|v| v.value == "around 800 mln stg")
                && c.variants.iter().any(|v| v.value == "around 350 mln stg")
        })
    };
    assert!(!shortage_flagged(&b, "1987-03-03"));
    assert!(shortage_flagged(&b, "1987-03-02"));
    let yesterday = b.replacen("money market today", "money market yesterday", 1);
    assert!(shortage_flagged(&yesterday, "1987-03-03"));
}

/// A figure the second article also states of something else does not make a changed
/// figure two things: Reuters 18958, Moody's correction of 18947, gives the debt as 81
/// million dollars in the same sentence that said 65 million, and adds "Moody's corrects
/// amount of debt from 65 mln dlrs." Only a figure stated in words like the other
/// article's (or about a sentence that is not a copy) says the two counted two things.
#[test]
fn a_changed_figure_in_a_copied_sentence_is_flagged_whatever_else_is_said() {
    let Some(records) = data("reuters21578.jsonl.gz") else {
        return;
    };
    let ids = ["18947", "18958"];
    let texts: Vec<String> = ids.iter().map(|id| text_of(&records, id)).collect();
    assert!(texts[1].contains("corrects amount of debt from 65 mln dlrs"));
    let debt: Vec<Vec<String>> = values_of(compare_texts(&ids, &texts), |c| {
        c.kind == ConflictKind::Number
    });
    assert_eq!(debt, [["65 mln dlrs", "81 mln dlrs"]]);
}

/// ECB+ topics 13, 18 and 33: one person written with a short form of the given name
/// ("Jon Owen" / "John Owen", "Dave Rossi" / "David Rossi") or with a rank before it
/// ("Constable Tim Fanning" / "Tim Fanning") is no `name` conflict. A changed given name of
/// the same office still is: an edited copy that makes Rossi "Daniel" is flagged.
#[test]
fn short_forms_and_ranks_are_not_name_conflicts() {
    let Some(records) = data("ecbplus-dev.jsonl.gz") else {
        return;
    };
    let names = |topic: &str, edit: Option<(&str, &str)>| -> Vec<Vec<String>> {
        let (ids, mut texts) = ids_and_texts(&records, |id| id.starts_with(topic));
        if let Some((from, to)) = edit {
            edit_one(&mut texts, from, to);
        }
        values_of(compare_texts(&ids, &texts), |c| {
            c.kind == ConflictKind::Name
        })
    };
    for topic in ["13_", "18_", "33_"] {
        let found = names(topic, None);
        assert!(found.is_empty(), "topic {topic}: {found:?}");
    }
    let edited = names(
        "33_",
        Some((
            "Prosecutor David Rossi said",
            "Prosecutor Daniel Rossi said",
        )),
    );
    assert!(
        edited
            .iter()
            .any(|g| g.iter().any(|v| v == "Daniel Rossi") && g.iter().any(|v| v == "David Rossi")),
        "{edited:?}"
    );
}

/// What a cue introduces must itself share a rare word for two speakers to be compared;
/// the quotations after it only help align. In the ECB+ dev scan, the Chargers' general
/// manager's two statements (on Vincent Jackson, on Jamal Williams: two arrests, one
/// story) were one attribution group, and Mr Ferguson's words on the vulnerability were
/// grouped with Trend Micro's "people should run, not walk". The statement on Vincent,
/// credited to "A.J. Butler" in two articles instead of A.J. Smith, is still flagged.
#[test]
fn speakers_are_compared_on_what_they_said_not_on_what_followed() {
    let Some(report) = scan_data("ecbplus-dev.jsonl.gz") else {
        return;
    };
    let groups = conflicts_of(&report, "attribution");
    for c in &groups {
        let sentences = variant_field(c, "sentence");
        let about = |who: &str| sentences.iter().any(|s| s.contains(who));
        assert!(!(about("Vincent") && about("Jamal Williams")), "{c}");
        assert!(
            !(about("run, not walk") && about("actively exploited")),
            "{c}"
        );
    }
    let names = |c: &Value, who: &str| variant_field(c, "value").iter().any(|v| v.contains(who));
    assert!(
        groups
            .iter()
            .any(|c| names(c, "A.J. Smith") && names(c, "Butler")),
        "the statement credited to two general managers is still flagged"
    );
}

/// A weekday in the possessive names an event of its own ("will play in Sunday's AFC
/// divisional playoff"), compared only with other such days: the ECB+ dev scan had
/// "Sunday" (the game) against "Tuesday" (the arrest) as a date conflict in topic 35, and
/// "during Sunday's game" against "placed on injured reserve Tuesday" in topic 25. The
/// arrest's day is still compared: an edited copy that moves it to Wednesday is flagged.
#[test]
fn a_day_that_names_an_event_is_not_the_day_of_another() {
    let (Some(report), Some(records)) = (
        scan_data("ecbplus-dev.jsonl.gz"),
        data("ecbplus-dev.jsonl.gz"),
    ) else {
        return;
    };
    for c in conflicts_of(&report, "date") {
        let values = variant_field(c, "value");
        let sentences = variant_field(c, "sentence");
        let possessive = values
            .iter()
            .zip(&sentences)
            .any(|(v, s)| s.contains(&format!("{v}'s")));
        let plain = values
            .iter()
            .zip(&sentences)
            .any(|(v, s)| !s.contains(&format!("{v}'s")));
        assert!(!(possessive && plain), "{c}");
    }
    let (ids, mut texts) = ids_and_texts(&records, |id| matches!(id, "35_7ecb" | "35_8ecb"));
    edit_one(
        &mut texts,
        "Vincent Jackson was arrested Tuesday on suspicion",
        "Vincent Jackson was arrested Wednesday on suspicion",
    );
    let edited: Vec<Vec<String>> = values_of(compare_texts(&ids, &texts), |c| {
        c.kind == ConflictKind::Date
    });
    assert!(holds_both(&edited, "Tuesday", "Wednesday"), "{edited:?}");
}

/// A day after "due" dates a debt's maturity or a payment, not what the sentence reports:
/// Reuters-21578 10929 ("debentures due July 15, 2015") and 12088 ("plans to redeem on
/// April 30") were a date conflict. Two maturities are still compared: an edited copy of
/// 10929 that makes the debentures due in 2016 is flagged.
#[test]
fn a_maturity_is_not_the_day_of_an_event() {
    let Some(records) = data("reuters21578.jsonl.gz") else {
        return;
    };
    let dates = |ids: &[&str], texts: &[String]| -> Vec<Vec<String>> {
        values_of(compare_texts(ids, texts), |c| c.kind == ConflictKind::Date)
    };
    let (mcdonalds, texas) = (text_of(&records, "10929"), text_of(&records, "12088"));
    let found = dates(&["10929", "12088"], &[mcdonalds.clone(), texas]);
    assert!(found.is_empty(), "{found:?}");
    let edited = mcdonalds.replacen("due July 15, 2015", "due July 15, 2016", 1);
    let found = dates(&["10929", "10929-edited"], &[mcdonalds.clone(), edited]);
    assert!(
        found
            .iter()
            .any(|g| g.iter().any(|v| v.contains("2015")) && g.iter().any(|v| v.contains("2016"))),
        "{found:?}"
    );
    // "due on" is "due": the maturity written with a preposition is still a maturity.
    let edited = mcdonalds.replacen("due July 15, 2015", "due on July 15, 2016", 1);
    let found = dates(&["10929", "10929-edited"], &[mcdonalds, edited]);
    assert!(
        found
            .iter()
            .any(|g| g.iter().any(|v| v.contains("2015")) && g.iter().any(|v| v.contains("2016"))),
        "{found:?}"
    );
}

/// A replaced run that holds a verb is a sentence reworded around a name, not one name put
/// in another's place: the BBC scan compared "The German exchange said it" with "Deutsche
/// Boerse bosses", and "the two-time London Marathon runner-up for failing" with "the ban
/// after Chepkemei failed". The MCI bidder changed in an updated sentence is still flagged.
#[test]
fn a_reworded_clause_is_not_a_substituted_name() {
    let Some(report) = scan_data("bbc.jsonl.gz") else {
        return;
    };
    let entities = conflicts_of(&report, "entity");
    for c in &entities {
        for v in variant_field(c, "value") {
            assert!(
                !v.split_whitespace()
                    .any(|w| matches!(w, "said" | "failing" | "failed")),
                "{c}"
            );
        }
    }
    assert!(flags_both(&entities, "Verizon", "Qwest"));
}

/// A month in a sentence that states a rate or a sum is that figure's period: the BBC's
/// two monthly house-price reports ("house prices rose at an annual rate of 10.7% in
/// December" / "annual inflation rose only slightly in November to 7.1%") were a date
/// conflict. A month of an event is still compared: ECB+ topic 1 launches Reid's fashion
/// line "in December" and "in September".
#[test]
fn the_month_of_a_statistic_is_its_period_not_a_date() {
    let (Some(bbc), Some(ecb)) = (scan_data("bbc.jsonl.gz"), scan_data("ecbplus-dev.jsonl.gz"))
    else {
        return;
    };
    let bbc_dates = conflicts_of(&bbc, "date");
    for c in &bbc_dates {
        let sentences = variant_field(c, "sentence");
        assert!(
            !sentences.iter().any(|s| s.contains("annual rate of 10.7%")),
            "{c}"
        );
    }
    assert!(flags_both(
        &conflicts_of(&ecb, "date"),
        "December",
        "September"
    ));
}

/// Two statistics lines that keep fewer than half their other figures count two things even
/// when a small figure recurs: ECB+ 25_11ecbplus's season "269 yards and two touchdown
/// rushing and caught 29 passes for 201 yards" against 25_15ecbplus's career line "793 yards
/// and six touchdowns on 147 carries and caught 39 passes for 302 yards and another two
/// touchdowns" share only the "two". An edited copy of the second line, which keeps every
/// other figure, is still flagged.
#[test]
fn statistics_lines_that_share_only_a_small_figure_are_not_compared() {
    let Some(records) = data("ecbplus-dev.jsonl.gz") else {
        return;
    };
    let passes = topic_number_flags(
        &records,
        "25_",
        "passes",
        ("caught 39 passes", "caught 49 passes"),
    );
    assert!(!holds_both(&passes, "29 passes", "39 passes"), "{passes:?}");
    assert!(holds_both(&passes, "39 passes", "49 passes"), "{passes:?}");
}

/// Tolls next to two means of harm, in sentences of their own, are two attacks: AllSides
/// story train-373 mentions a chemical-weapons attack that "killed dozens of civilians" and
/// airstrikes that "killed 14 people"; no number flag pairs them.
#[test]
fn tolls_of_two_attacks_are_not_compared() {
    let Some(records) = data("allsides.jsonl.gz") else {
        return;
    };
    let (ids, texts) = ids_and_texts(&records, |id| id.starts_with("train-373-"));
    assert!(texts
        .iter()
        .any(|t| t.contains("killed dozens of civilians")));
    let numbers = values_of(compare_texts(&ids, &texts), |c| {
        c.kind == ConflictKind::Number
    });
    assert!(
        !holds_both(&numbers, "dozens of civilians", "14 people"),
        "{numbers:?}"
    );
}

#[test]
fn allsides_a_figure_far_past_an_open_bound_counts_another_thing() {
    // val-209: "More than 4.4 million Americans filed … last week" / "A record 26 million
    // Americans have sought unemployment benefits over the last five weeks" (less precise
    // at 0.66): a week's claims against five weeks'.
    let Some(records) = data("allsides.jsonl.gz") else {
        return;
    };
    let (ids, texts) = ids_and_texts(&records, |id| id.starts_with("val-209-"));
    assert!(texts.iter().any(|t| t.contains("26 million Americans")));
    let numbers = values_of(compare_texts(&ids, &texts), |c| {
        c.kind == ConflictKind::Number
    });
    assert!(
        !holds_both(
            &numbers,
            "More than 4.4 million Americans",
            "26 million Americans"
        ),
        "{numbers:?}"
    );
}
