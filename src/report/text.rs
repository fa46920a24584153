//! `--format text`: a report for people. Stories (copy groups under `--copies-only`) first,
//! largest first, each with its articles (title or first words) and how they relate; a
//! summary line on top.

use super::ordered;
use crate::claims::{Conflict, ConflictKind, Relation as ClaimRelation};
use crate::scan::{Pair, ScanConfig, ScanOutput};
use crate::verify::Relation;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Pairs listed per story, closest first: a story of 20 articles has 190 pairs, and a person
/// reads the closest; the JSON output has every pair.
pub const MAX_PAIRS_SHOWN: usize = 12;

fn label(out: &ScanOutput, doc: u32) -> String {
    let d = &out.docs[doc as usize];
    let mut s = d.id.clone();
    if let Some(t) = &d.title {
        s.push_str("  ");
        s.push_str(&shown_title(t));
    } else if let Some(lead) = &d.lead {
        s.push_str(&format!("  “{lead}”"));
    }
    if let Some(src) = &d.source {
        s.push_str(&format!("  [{src}]"));
    }
    if let Some(date) = &d.date {
        s.push_str(&format!("  {date}"));
    }
    s
}

/// ", published 1987-03-02 to 1987-03-06": the first and last day of a story's articles whose
/// dates retold reads (the days the date window counts), else nothing.
fn days_spanned(out: &ScanOutput, members: &[u32]) -> String {
    let days = members
        .iter()
        .filter_map(|&m| crate::story::parse_day(out.docs[m as usize].date.as_deref()?));
    let (Some(first), Some(last)) = (days.clone().min(), days.max()) else {
        return String::new();
    };
    let iso = |day: i32| crate::calendar::iso_day(crate::calendar::civil_from_days(day.into()));
    if first == last {
        format!(", published {}", iso(first))
    } else {
        format!(", published {} to {}", iso(first), iso(last))
    }
}

/// Longest title shown, in characters.
const TITLE_CHARS: usize = 90;

/// A title as a person reads it: on one line, without invisible characters (a byte-order
/// mark, soft hyphens, zero-width spaces), and cut with "…" past `TITLE_CHARS`.
pub fn shown_title(title: &str) -> String {
    let visible = title.replace(
        [
            '\u{feff}', '\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}',
        ],
        "",
    );
    let t = one_line(&visible);
    if t.chars().count() <= TITLE_CHARS {
        return t;
    }
    let cut: String = t.chars().take(TITLE_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

fn relation_text(p: &Pair) -> String {
    match p.relation {
        Relation::Duplicate => "duplicate".to_string(),
        Relation::NearDuplicate => format!(
            "near_duplicate   jaccard {:.2}, containment {:.2}",
            p.jaccard.unwrap_or(0.0),
            p.containment.unwrap_or(0.0)
        ),
        Relation::Retelling => format!("retelling        score {:.2}", p.score),
    }
}

/// What the text report needs to know of the run that a `ScanOutput` does not say: what its
/// groups are, and whether claims were compared at all (an empty `conflicts` of a run that
/// compared none is no "0 flags").
#[derive(Debug, Clone, Copy)]
pub struct TextOptions {
    /// `--copies-only`: the groups are copy groups (union-find over copies), not stories.
    pub copies_only: bool,
    /// The claims stage ran, so the header counts its flags.
    pub claims: bool,
}

impl TextOptions {
    /// The options of a report on a scan run with `cfg`.
    pub fn of(cfg: &ScanConfig) -> Self {
        Self {
            copies_only: cfg.copies_only,
            claims: cfg.claims && !cfg.copies_only,
        }
    }

    /// The name of a group, singular and plural: the README's "copy group" under
    /// `--copies-only`, where no story is ever formed.
    pub fn group_nouns(&self) -> (&'static str, &'static str) {
        if self.copies_only {
            ("copy group", "copy groups")
        } else {
            ("story", "stories")
        }
    }
}

/// The summary line on top: "5 documents, 1 story (5 documents in stories), 10 related
/// pairs: 10 retelling; 7 flags where the articles differ". The flags are the JSON's
/// `conflicts`, spelling variants included: one `≠`, `≈` or `~` line each in the report.
fn header(out: &ScanOutput, opts: &TextOptions) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &out.pairs {
        *counts.entry(p.relation.as_str()).or_default() += 1;
    }
    let breakdown: Vec<String> = counts.iter().map(|(k, v)| format!("{v} {k}")).collect();
    let in_groups: usize = out.stories.iter().map(Vec::len).sum();
    let count = super::counted;
    let (group, groups) = opts.group_nouns();
    let mut line = format!(
        "{}, {} ({} in {groups}), {}",
        count(out.docs.len(), "document", "documents"),
        count(out.stories.len(), group, groups),
        count(in_groups, "document", "documents"),
        count(out.pairs.len(), "related pair", "related pairs"),
    );
    if !breakdown.is_empty() {
        line.push_str(&format!(": {}", breakdown.join(", ")));
    }
    if opts.claims {
        line.push_str(&format!(
            "; {} where the articles differ",
            count(out.conflicts.len(), "flag", "flags")
        ));
    }
    line
}

/// Write the text report.
pub fn write_text(out: &ScanOutput, opts: &TextOptions, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "{}", header(out, opts))?;
    let (group, _) = opts.group_nouns();
    let mut story_of = vec![usize::MAX; out.docs.len()];
    for (s, members) in out.stories.iter().enumerate() {
        for &m in members {
            story_of[m as usize] = s;
        }
    }
    let mut pairs_of: Vec<Vec<&Pair>> = vec![Vec::new(); out.stories.len()];
    for p in &out.pairs {
        pairs_of[story_of[p.a as usize]].push(p);
    }
    let mut order: Vec<usize> = (0..out.stories.len()).collect();
    order.sort_by_key(|&s| (std::cmp::Reverse(out.stories[s].len()), s));
    for s in order {
        let members = &out.stories[s];
        writeln!(w)?;
        writeln!(
            w,
            "{group} {s}: {} articles{}",
            members.len(),
            days_spanned(out, members)
        )?;
        for &m in members {
            writeln!(w, "  {}", label(out, m))?;
        }
        let mut pairs = pairs_of[s].clone();
        pairs.sort_by(|x, y| {
            y.score
                .partial_cmp(&x.score)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then((x.a, x.b).cmp(&(y.a, y.b)))
        });
        for p in pairs.iter().take(MAX_PAIRS_SHOWN) {
            let (a, b) = ordered(out, p);
            writeln!(w, "    {a} ~ {b}: {}", relation_text(p))?;
        }
        if pairs.len() > MAX_PAIRS_SHOWN {
            writeln!(
                w,
                "    … and {} more pairs (--format json lists them all)",
                pairs.len() - MAX_PAIRS_SHOWN
            )?;
        }
        let conflicts: Vec<&Conflict> = out
            .conflicts
            .iter()
            .filter(|c| c.story == s)
            .map(|c| &c.conflict)
            .collect();
        if !conflicts.is_empty() {
            writeln!(w, "  where the articles differ:")?;
            for c in conflicts {
                write_conflict(c, w)?;
            }
        }
    }
    Ok(())
}

fn write_conflict(c: &Conflict, w: &mut dyn Write) -> io::Result<()> {
    let mark = match c.relation {
        ClaimRelation::Conflicting => "≠",
        ClaimRelation::LessPrecise => "≈",
        ClaimRelation::Variant | ClaimRelation::Agree => "~",
    };
    let kind = c.kind.as_str().replace('_', " ");
    // One value once, with every article that holds it: "Gregory Ioannidis" (sport/017,
    // sport/023) vs "Grigoris Ioanidis" (sport/054). Letter case is no other value ("White
    // House press secretary" / "White House Press Secretary"), except where the form is the
    // point: spelling variants.
    let same = |x: &str, y: &str| {
        x == y || c.kind != ConflictKind::SpellingVariant && x.to_lowercase() == y.to_lowercase()
    };
    let mut held: Vec<(String, Vec<&str>)> = Vec::new();
    for v in &c.variants {
        let value = one_line(&v.value);
        match held.iter_mut().find(|(x, _)| same(x, &value)) {
            Some((_, docs)) => docs.push(&v.doc),
            None => held.push((value, vec![&v.doc])),
        }
    }
    let variants: Vec<String> = held
        .iter()
        .map(|(value, docs)| format!("\"{value}\" ({})", docs.join(", ")))
        .collect();
    // Where each value stands, once per value: a reader judges a flag by its sentences.
    let mut shown: Vec<String> = Vec::new();
    let excerpts: Vec<String> = c
        .variants
        .iter()
        .filter(|v| {
            let value = one_line(&v.value);
            !v.sentence.trim().is_empty() && !shown.iter().any(|x| same(x, &value)) && {
                shown.push(value);
                true
            }
        })
        .map(|v| format!("        {}: {}", v.doc, excerpt(&v.sentence, &v.value)))
        .collect();
    // Dates carry no subject: "≠ date: …", not "≠ date, : …".
    let subject = if c.subject.is_empty() {
        String::new()
    } else {
        format!(", {}", c.subject)
    };
    write!(
        w,
        "    {mark} {kind}{}: {}",
        one_line(&subject),
        variants.join(" vs ")
    )?;
    if let Some(m) = &c.majority {
        write!(w, "; most say \"{}\"", one_line(m))?;
    }
    writeln!(w, "  [confidence {:.2}]", c.confidence)?;
    for e in excerpts {
        writeln!(w, "{e}")?;
    }
    Ok(())
}

/// Characters of a sentence shown around a value.
const EXCERPT_CHARS: usize = 110;

/// The part of `sentence` around `value` (as written: what retold added in brackets is not
/// in the text), on one line, cut with "…" to about `EXCERPT_CHARS` characters.
fn excerpt(sentence: &str, value: &str) -> String {
    let sentence = one_line(sentence);
    let written = one_line(value.split(" [= ").next().unwrap_or(value));
    let written = match written.rsplit_once(" (") {
        Some((head, tail)) if tail.ends_with(')') => head.to_string(),
        _ => written,
    };
    let chars: Vec<char> = sentence.chars().collect();
    if chars.len() <= EXCERPT_CHARS {
        return format!("“{sentence}”");
    }
    // The value as written, else its longest word found in the sentence: a value can be
    // normalized ("Charles E Grassley" for "Charles E. Grassley"), and a window at the start
    // of a long sentence missed it.
    let found = sentence.find(&written).or_else(|| {
        let mut words: Vec<&str> = written.split_whitespace().collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        words.iter().find_map(|w| sentence.find(w))
    });
    let at = found.map_or(0, |b| sentence[..b].chars().count());
    let len = written.chars().count().min(EXCERPT_CHARS);
    let from = (at + len / 2)
        .saturating_sub(EXCERPT_CHARS / 2)
        .min(chars.len() - EXCERPT_CHARS);
    let mut to = from + EXCERPT_CHARS;
    // Whole words only: start after a space, end before one.
    let mut from = from;
    if from > 0 && chars[from - 1] != ' ' {
        if let Some(k) = chars[from..to].iter().position(|&c| c == ' ') {
            from += k + 1;
        }
    }
    if to < chars.len() && chars[to] != ' ' {
        if let Some(k) = chars[from..to].iter().rposition(|&c| c == ' ') {
            to = from + k;
        }
    }
    let body: String = chars[from..to].iter().collect();
    format!(
        "“{}{}{}”",
        if from > 0 { "…" } else { "" },
        body.trim(),
        if to < chars.len() { "…" } else { "" }
    )
}

/// A value quoted from hard-wrapped text ("lead manager\nMorgan Stanley") on one line: a
/// flag is one line of the report.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::write_conflict;
    use crate::claims::{Conflict, ConflictKind, Relation, Variant};

    fn line(kind: ConflictKind, subject: &str) -> String {
        line_with(kind, subject, ["Monday", "Thursday"])
    }

    fn line_with(kind: ConflictKind, subject: &str, values: [&str; 2]) -> String {
        let variant = |doc: &str, value: &str| Variant {
            doc: doc.into(),
            value: value.into(),
            sentence: String::new(),
            start: 0,
            end: 0,
        };
        let c = Conflict {
            kind,
            relation: Relation::Conflicting,
            subject: subject.into(),
            variants: vec![variant("a", values[0]), variant("b", values[1])],
            majority: None,
            confidence: 0.75,
        };
        let mut out = Vec::new();
        write_conflict(&c, &mut out).expect("write");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn values_in_another_letter_case_are_one_value_but_for_spellings() {
        let title = line_with(
            ConflictKind::Title,
            "Sanders",
            ["White House press secretary", "White House Press Secretary"],
        );
        assert!(
            title.contains("\"White House press secretary\" (a, b)"),
            "{title}"
        );
        let spelling = line_with(ConflictKind::SpellingVariant, "DeVos", ["DeVos", "Devos"]);
        assert!(
            spelling.contains("\"DeVos\" (a) vs \"Devos\" (b)"),
            "{spelling}"
        );
    }

    #[test]
    fn a_conflict_without_a_subject_names_only_its_kind() {
        assert_eq!(
            line(ConflictKind::Date, ""),
            "    ≠ date: \"Monday\" (a) vs \"Thursday\" (b)  [confidence 0.75]\n"
        );
        assert!(line(ConflictKind::Number, "hours").starts_with("    ≠ number, hours: "));
    }

    #[test]
    fn titles_are_shown_without_invisible_characters_and_cut_with_an_ellipsis() {
        assert_eq!(
            super::shown_title("\u{feff}Reykjavík reci\u{ad}pe\n for  success"),
            "Reykjavík recipe for success"
        );
        let long = "word ".repeat(40);
        let shown = super::shown_title(&long);
        assert!(shown.ends_with('…'), "{shown}");
        assert!(shown.chars().count() <= super::TITLE_CHARS);
    }

    #[test]
    fn a_value_several_articles_hold_is_shown_once() {
        let mut c = Conflict {
            kind: ConflictKind::SpellingVariant,
            relation: Relation::Variant,
            subject: "Ioannidis".into(),
            variants: vec![],
            majority: None,
            confidence: 0.9,
        };
        for (doc, value) in [
            ("sport/017", "Gregory Ioannidis"),
            ("sport/054", "Grigoris Ioanidis"),
            ("sport/081", "Gregory Ioannidis"),
        ] {
            c.variants.push(Variant {
                doc: doc.into(),
                value: value.into(),
                sentence: String::new(),
                start: 0,
                end: 0,
            });
        }
        let mut out = Vec::new();
        write_conflict(&c, &mut out).expect("write");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "    ~ spelling variant, Ioannidis: \"Gregory Ioannidis\" (sport/017, sport/081) vs \
             \"Grigoris Ioanidis\" (sport/054)  [confidence 0.90]\n"
        );
    }

    #[test]
    fn each_value_is_shown_in_its_sentence_once() {
        let variant = |doc: &str, value: &str, sentence: &str| Variant {
            doc: doc.into(),
            value: value.into(),
            sentence: sentence.into(),
            start: 0,
            end: 0,
        };
        let long = "The talks in Paris between the envoys of the four countries, held behind \
                    closed doors at the Elysee, lasted eight hours, a diplomat told reporters \
                    late on Wednesday night after the last delegation had left.";
        let c = Conflict {
            kind: ConflictKind::Number,
            relation: Relation::LessPrecise,
            subject: "hours".into(),
            variants: vec![
                variant("a", "eight hours", long),
                variant(
                    "b",
                    "more than five hours",
                    "They talked for more than five hours.",
                ),
                variant("c", "eight hours", "The talks lasted eight hours."),
            ],
            majority: None,
            confidence: 0.8,
        };
        let mut out = Vec::new();
        write_conflict(&c, &mut out).expect("write");
        let out = String::from_utf8(out).expect("utf-8");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        assert!(
            lines[1].starts_with("        a: “…") && lines[1].ends_with("…”"),
            "{out}"
        );
        assert!(lines[1].contains("lasted eight hours"), "{out}");
        assert!(lines[1].chars().count() < 130, "{out}");
        assert_eq!(
            lines[2],
            "        b: “They talked for more than five hours.”"
        );
        // A window that starts on a whole word keeps it: a 110-character value is shown
        // from its first word.
        let words: String = (0..60).map(|k| format!("w{k:02} ")).collect();
        let value: String = (10..38)
            .map(|k| format!("w{k:02}"))
            .collect::<Vec<_>>()
            .join(" ");
        let shown = super::excerpt(&words, &value);
        assert!(shown.contains("w10 w11"), "{shown}");
        // A value normalized from the text is still shown: by its longest word.
        let grassley = "As the Senate began reviewing the FBI's completed report on Judge Brett \
                        M. Kavanaugh on Thursday morning, both parties claimed vindication, and \
                        Sen. Charles E. Grassley said the report found nothing new.";
        let shown = super::excerpt(grassley, "Charles E Grassley");
        assert!(shown.contains("Grassley"), "{shown}");
    }

    #[test]
    fn a_flag_quoted_from_wrapped_text_stays_on_one_line() {
        let got = line_with(
            ConflictKind::Entity,
            "party",
            ["lead manager\nMorgan Stanley", "Goldman\n  Sachs"],
        );
        assert_eq!(
            got,
            "    ≠ entity, party: \"lead manager Morgan Stanley\" (a) vs \"Goldman Sachs\" (b)  [confidence 0.75]\n"
        );
    }
}
