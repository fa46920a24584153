//! Readable views: the claims of one article (`retold claims --format text`) and two
//! articles' aligned claims side by side (`retold compare A B`).
//!
//! Side by side, each aligned slot is a header naming its kind and how the two sides
//! relate (`≠` conflicting, `≈` less precise, `~` spelling variant, `=` agree), then the
//! two values in two columns, the differing ones marked `>> … <<`, then the sentences
//! they come from, wrapped in the same columns.

use super::compare::{align_story, short, Conflict, ConflictKind, Relation};
use super::{ArticleClaims, StoryDoc};
use std::io::{self, Write};

/// Column width of one side.
const COLUMN: usize = 48;

/// The claims of one article, for people.
pub fn write_claims_text(id: &str, claims: &ArticleClaims, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "== {id}")?;
    if !claims.attributions.is_empty() {
        writeln!(w, "attributions:")?;
        for a in &claims.attributions {
            // Who the speaker is, when the phrase does not already say it all ("he [Lyons]"
            // needs it, "Lyons [Lyons]" does not).
            let who = match (&a.who, &a.title) {
                (Some(who), Some(t)) => format!(" [{who}, {}]", one_line(&t.text)),
                (Some(who), None) if *who != one_line(&a.speaker.text) => format!(" [{who}]"),
                _ => String::new(),
            };
            let content = a.content.as_ref().map_or(String::new(), |c| {
                format!(": {}", short(&one_line(&c.text), 90))
            });
            let (speaker, cue) = (one_line(&a.speaker.text), one_line(&a.cue.text));
            // A colon is the cue ("Poll: Wealthy Voters …"): the content's colon says it.
            let cue = if cue == ":" {
                String::new()
            } else if a.negated {
                // "did not explain": what follows was not said.
                format!(" — not {cue}")
            } else {
                format!(" — {cue}")
            };
            writeln!(w, "  {speaker}{who}{cue}{content}")?;
        }
    }
    if !claims.quantities.is_empty() {
        writeln!(w, "quantities:")?;
        for q in &claims.quantities {
            let hi = q.high.map_or("∞".to_string(), |h| h.to_string());
            writeln!(w, "  {}  [{}, {}]", one_line(&q.span.text), q.low, hi)?;
        }
    }
    if !claims.people.is_empty() {
        writeln!(w, "people:")?;
        for p in &claims.people {
            match &p.title {
                Some(t) => writeln!(w, "  {} ({})", one_line(&p.name.text), one_line(&t.text))?,
                None => writeln!(w, "  {}", one_line(&p.name.text))?,
            }
        }
    }
    if !claims.dates.is_empty() {
        writeln!(w, "dates:")?;
        for d in &claims.dates {
            match &d.resolved {
                Some(r) => writeln!(w, "  {} = {r}", one_line(&d.span.text))?,
                None => writeln!(w, "  {}", one_line(&d.span.text))?,
            }
        }
    }
    writeln!(w)
}

/// A span of the article on one line: hard-wrapped wires break values across lines ("more
/// than 300 mln\ndlrs"), which split a text report's entries.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        if word.chars().count() > width {
            let mut chunk = String::new();
            for c in word.chars() {
                if chunk.chars().count() == width {
                    lines.push(std::mem::take(&mut chunk));
                }
                chunk.push(c);
            }
            line.push_str(&chunk);
        } else {
            line.push_str(word);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n >= width {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(width - n))
    }
}

fn columns(w: &mut dyn Write, left: &[String], right: &[String]) -> io::Result<()> {
    for k in 0..left.len().max(right.len()) {
        let l = left.get(k).map_or("", String::as_str);
        let r = right.get(k).map_or("", String::as_str);
        writeln!(w, "  {} │ {}", pad(l, COLUMN), r)?;
    }
    Ok(())
}

fn marker(r: Relation) -> &'static str {
    match r {
        Relation::Conflicting => "≠ conflicting",
        Relation::LessPrecise => "≈ less precise",
        Relation::Variant => "~ spelling variant",
        Relation::Agree => "= agree",
    }
}

/// Two articles' aligned claims side by side, differences first and marked.
pub fn write_side_by_side(a: &StoryDoc, b: &StoryDoc, w: &mut dyn Write) -> io::Result<()> {
    let slots: Vec<Conflict> = align_story(&[*a, *b]);
    writeln!(w, "  {} │ {}", pad(a.id, COLUMN), b.id)?;
    writeln!(w, "  {}─┼─{}", "─".repeat(COLUMN), "─".repeat(COLUMN))?;
    let mut ordered: Vec<&Conflict> = slots.iter().collect();
    ordered.sort_by_key(|c| c.relation == Relation::Agree);
    if ordered.is_empty() {
        writeln!(w, "  (no claims of one article align with the other's)")?;
    }
    let (mut differ, mut agree) = (0, 0);
    for c in ordered {
        if c.relation == Relation::Agree {
            agree += 1;
        } else {
            differ += 1;
        }
        let subject = if c.subject.is_empty() {
            String::new()
        } else {
            format!(": {}", short(&c.subject, 60))
        };
        // A spelling variant's marker names its kind already.
        let kind = match c.kind {
            ConflictKind::SpellingVariant => String::new(),
            other => format!(" {}", other.as_str()),
        };
        writeln!(w)?;
        writeln!(
            w,
            "{}{}{}  (confidence {:.2})",
            marker(c.relation),
            kind,
            subject,
            c.confidence
        )?;
        let side = |id: &str| c.variants.iter().find(|v| v.doc == id);
        let (va, vb) = (side(a.id), side(b.id));
        let mark = |v: Option<&super::Variant>| -> Vec<String> {
            v.map_or_else(Vec::new, |v| {
                let text = if c.relation == Relation::Agree {
                    v.value.clone()
                } else {
                    format!(">> {} <<", v.value)
                };
                wrap(&text, COLUMN)
            })
        };
        columns(w, &mark(va), &mark(vb))?;
        let sentence = |v: Option<&super::Variant>| {
            v.map_or_else(Vec::new, |v| {
                wrap(&format!("“{}”", short(&v.sentence, 400)), COLUMN)
            })
        };
        columns(w, &sentence(va), &sentence(vb))?;
    }
    writeln!(w)?;
    writeln!(
        w,
        "{differ} difference(s), {agree} aligned claim(s) in agreement"
    )
}
