//! Decoding one raw record into a `Document`: UTF-8, JSON fields, ids.
//!
//! Pure and independent per record, so it runs in parallel. Decisions made here:
//! - invalid UTF-8 is replaced with U+FFFD and the record kept, with a warning naming the
//!   first bad byte (a stray byte in an old wire story should not lose the story);
//! - a NUL character in the text (a raw NUL in a text file, or `\u0000` in JSON) is kept, with
//!   a warning; normalization treats it as a space. A raw NUL byte inside a JSONL line is not
//!   valid JSON, so that record is skipped as malformed;
//! - JSONL ids may be strings or numbers (numbers become their decimal text); a record
//!   without an id gets `FILE:LINE`;
//! - `text` must be a string; when it is empty but a `title` is present, the title is the text
//!   (some datasets carry title-only excerpts); a record with neither is skipped as empty;
//! - a field missing under its default name is read under its usual other name
//!   (news-please's `maintext`, NewsAPI's `publishedAt`: `aliases`); an optional field of a
//!   type retold cannot read is left out and the record kept, an object's `name` read as
//!   its value.

use super::problems::ProblemKind;
use super::read::RawRecord;
use super::sources::{Format, Source};
use serde_json::{Map, Value};

/// One article as read from the input.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub id: String,
    /// The article text as read (decoded, not normalized): claim offsets index this string.
    pub text: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// As given in the input (ISO `YYYY-MM-DD` is understood by the date-aware stages).
    pub date: Option<String>,
    pub lang: Option<String>,
    /// 1-based JSONL line, `None` for text files.
    pub line: Option<u64>,
    /// Index of the source in the ingest's source list.
    pub source_index: usize,
}

/// JSONL field names (configurable from the command line).
#[derive(Debug, Clone)]
pub struct FieldNames {
    pub id: String,
    pub text: String,
    pub title: String,
    pub source: String,
    pub url: String,
    pub date: String,
    pub lang: String,
}

impl Default for FieldNames {
    fn default() -> Self {
        Self {
            id: "id".into(),
            text: "text".into(),
            title: "title".into(),
            source: "source".into(),
            url: "url".into(),
            date: "date".into(),
            lang: "lang".into(),
        }
    }
}

/// The outcome of decoding one record: a document (maybe with warnings), or why not.
#[derive(Debug)]
pub struct Parsed {
    pub document: Result<Document, ProblemKind>,
    pub warnings: Vec<ProblemKind>,
    /// True when the id was made up from the file and line.
    pub synthetic_id: bool,
}

/// Decode one record.
pub fn parse(raw: RawRecord, source: &Source, fields: &FieldNames) -> Parsed {
    let mut warnings = Vec::new();
    let text = match String::from_utf8(raw.bytes) {
        Ok(s) => s,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            if no_utf8_beyond_ascii(e.as_bytes()) {
                warnings.push(ProblemKind::Windows1252 { offset });
                windows_1252(e.as_bytes())
            } else {
                warnings.push(ProblemKind::InvalidUtf8 { offset });
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        }
    };
    let mut synthetic_id = false;
    let document = match raw.format {
        // A text article is built (headline, dateline) from what a reader sees.
        Format::Text => text_document(as_shown(text, &mut warnings), source),
        Format::Jsonl | Format::Json => {
            let line = raw.line.unwrap_or(0);
            json_document(&text, fields).map(|(mut doc, has_id, notes)| {
                warnings.extend(notes);
                if !has_id && raw.line.is_none() {
                    // The one record of a `.json` file is named after the file, as a text is.
                    doc.id = source.stem.clone();
                } else if !has_id {
                    synthetic_id = true;
                    doc.id = format!("{}:{}", source.stem, line);
                }
                doc.text = as_shown(std::mem::take(&mut doc.text), &mut warnings);
                if let Some(title) = doc.title.as_deref().and_then(super::markup::clean) {
                    doc.title = Some(title);
                }
                doc
            })
        }
    };
    // A record's text that is empty, or markup around nothing ("<p></p>", a script alone):
    // the title stands in for it, or the record is empty.
    let document = document.and_then(|mut d| {
        d.line = raw.line;
        d.source_index = raw.source;
        if d.text.trim().is_empty() {
            d.text = d
                .title
                .clone()
                .filter(|t| !t.trim().is_empty())
                .ok_or(ProblemKind::EmptyDocument)?;
        }
        Ok(d)
    });
    if let Ok(d) = &document {
        if let Some(offset) = memchr::memchr(0, d.text.as_bytes()) {
            warnings.push(ProblemKind::NulBytes { offset });
        }
    }
    Parsed {
        document,
        warnings,
        synthetic_id,
    }
}

/// `text` as a browser shows it when it carries web markup (noted once per run), else as it
/// is.
fn as_shown(text: String, warnings: &mut Vec<ProblemKind>) -> String {
    match super::markup::clean(&text) {
        Some(clean) => {
            warnings.push(ProblemKind::Markup);
            clean
        }
        None => text,
    }
}

fn text_document(text: String, source: &Source) -> Result<Document, ProblemKind> {
    if text.trim().is_empty() {
        return Err(ProblemKind::EmptyDocument);
    }
    let date = dateline(&text);
    // A date on the first line is no headline: the headline is the line after it.
    let title = match &date {
        Some((0, _)) => text
            .trim_start()
            .split_once('\n')
            .and_then(|(_, rest)| headline(rest)),
        _ => headline(&text),
    };
    Ok(Document {
        id: source.stem.clone(),
        text,
        title,
        date: date.map(|(_, day)| day),
        ..Document::default()
    })
}

/// A text file's publication day, from a line among its first five that opens with a date
/// as datelines and page headers write it ("May 3, 2013", "Published: 2013-05-02 09:53",
/// "Thursday, January 27th, 2022", "21 July 2013 Last updated at 11:11 GMT"): the line's
/// index among the non-empty lines, and the day as `YYYY-MM-DD`. A line of digits alone is
/// a number, not a date.
fn dateline(text: &str) -> Option<(usize, String)> {
    const LABELS: [&str; 7] = [
        "first published",
        "last updated",
        "published",
        "updated",
        "posted",
        "dated",
        "date",
    ];
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(5)
        .enumerate()
        .find_map(|(k, line)| {
            let lower = line.to_lowercase();
            let label = LABELS
                .iter()
                .find(|l| lower.starts_with(*l))
                .map_or(0, |l| l.len());
            let rest = line.get(label..)?.trim_start_matches([':', ' ']);
            let rest = ["on ", "at "]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
                .unwrap_or(rest);
            if rest.bytes().all(|b| b.is_ascii_digit() || b == b' ') {
                return None;
            }
            Some((
                k,
                crate::calendar::iso_day(crate::calendar::parse_date(rest)?),
            ))
        })
}

/// Is every non-ASCII byte of `bytes` outside a valid UTF-8 sequence? Then the text was
/// written in a single-byte code page (an old file saved as Windows-1252 or Latin-1), and
/// decoding it so gets its "café" back; a UTF-8 text with a stray bad byte has valid
/// sequences too and keeps them, its bad bytes replaced.
fn no_utf8_beyond_ascii(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().all(|chunk| chunk.valid().is_ascii())
}

/// Windows-1252 (a superset of Latin-1's printable range) to UTF-8.
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// A text file's headline: a short first line followed by more text.
fn headline(text: &str) -> Option<String> {
    text.trim_start()
        .split_once('\n')
        .map(|(first, _)| first.trim())
        .filter(|t| !t.is_empty() && t.chars().count() <= 150)
        .map(str::to_string)
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The usual other names of a field in the dumps crawlers and datasets write (news-please,
/// NewsAPI, schema.org, RSS): read when a record lacks the field under its configured name.
pub(super) fn aliases(field: &str) -> &'static [&'static str] {
    match field {
        "text" => &[
            "maintext",
            "content",
            "body",
            "article",
            "articleBody",
            "article_body",
            "full_text",
            "fulltext",
            "text_content",
        ],
        "title" => &["headline", "article_title"],
        "date" => &[
            "date_publish",
            "published_at",
            "publishedAt",
            "pubDate",
            "pub_date",
            "published",
            "date_published",
            "datePublished",
            "publish_date",
            "publication_date",
        ],
        "source" => &[
            "source_domain",
            "domain",
            "publisher",
            "outlet",
            "site_name",
        ],
        "url" => &["link", "canonical_url"],
        "lang" => &["language"],
        _ => &[],
    }
}

/// Take a field out of the record by its configured name, else (when that name is the
/// default, so the user did not choose it) by its first usual other name the record holds,
/// noting the alias once.
fn take_field(
    map: &mut Map<String, Value>,
    field: &str,
    default: &str,
    notes: &mut Vec<ProblemKind>,
) -> Option<Value> {
    if let Some(v) = map.remove(field) {
        return Some(v);
    }
    if field != default {
        return None;
    }
    let alias = aliases(default).iter().find(|a| map.contains_key(**a))?;
    // Said for the fields a flag can name; a source, url or language read under another
    // name shows in the report as it is.
    if matches!(default, "text" | "title" | "date") {
        notes.push(ProblemKind::FieldAlias {
            field: field.to_string(),
            alias: alias.to_string(),
        });
    }
    map.remove(*alias)
}

/// An optional string field: absent, null or empty is `None`; a number is its decimal
/// text; an object's `name` is its value (NewsAPI's `"source": {"id": …, "name": "BBC"}`);
/// any other type leaves the field out with a note, and the record is kept.
fn optional_field(
    value: Option<Value>,
    field: &str,
    notes: &mut Vec<ProblemKind>,
) -> Option<String> {
    match value {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::Object(mut o)) if matches!(o.get("name"), Some(Value::String(_))) => {
            match o.remove("name") {
                Some(Value::String(s)) if !s.trim().is_empty() => Some(s),
                _ => None,
            }
        }
        Some(other) => {
            notes.push(ProblemKind::IgnoredField {
                field: field.to_string(),
                found: type_name(&other),
            });
            None
        }
    }
}

/// A JSON record's document, whether it had an id, and notes on its fields (aliases read,
/// optional fields left out).
type JsonDocument = (Document, bool, Vec<ProblemKind>);

fn json_document(line: &str, fields: &FieldNames) -> Result<JsonDocument, ProblemKind> {
    let value: Value = serde_json::from_str(line).map_err(|e| {
        // serde_json's message ends with "at line 1 column N": keep the column only, and the
        // line inside the record when it spans several (a pretty-printed `.json` record).
        let msg = e.to_string();
        let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
        let at = match e.line() {
            0 | 1 => format!("column {}", e.column()),
            n => format!("line {n} of the record, column {}", e.column()),
        };
        ProblemKind::MalformedJson(format!("{msg} at {at}"))
    })?;
    let Value::Object(mut map) = value else {
        return Err(ProblemKind::NotAnObject);
    };
    let id = match map.remove(&fields.id) {
        None | Some(Value::Null) => None,
        // An empty id names nothing: the record gets a made-up one, like a missing id.
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(other) => {
            return Err(ProblemKind::WrongType {
                field: fields.id.clone(),
                found: type_name(&other),
                expected: "a string or a number",
            })
        }
    };
    let mut notes = Vec::new();
    let text = match take_field(&mut map, &fields.text, "text", &mut notes) {
        None => return Err(ProblemKind::MissingField(fields.text.clone())),
        Some(Value::String(s)) => s,
        Some(other) => {
            return Err(ProblemKind::WrongType {
                field: fields.text.clone(),
                found: type_name(&other),
                expected: "a string",
            })
        }
    };
    let mut optional = |field: &str, default: &str| {
        let value = take_field(&mut map, field, default, &mut notes);
        optional_field(value, field, &mut notes)
    };
    let title = optional(&fields.title, "title");
    let source = optional(&fields.source, "source");
    let url = optional(&fields.url, "url");
    let date = optional(&fields.date, "date");
    let lang = optional(&fields.lang, "lang");
    let has_id = id.is_some();
    Ok((
        Document {
            id: id.unwrap_or_default(),
            text,
            title,
            source,
            url,
            date,
            lang,
            line: None,
            source_index: 0,
        },
        has_id,
        notes,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source() -> Source {
        Source::new(None, "dump.jsonl", Some(Format::Jsonl))
    }

    fn jsonl(line: &[u8]) -> Parsed {
        let raw = RawRecord {
            source: 0,
            line: Some(7),
            format: Format::Jsonl,
            bytes: line.to_vec(),
        };
        parse(raw, &source(), &FieldNames::default())
    }

    #[test]
    fn reads_fields_and_numeric_ids() {
        let p = jsonl(
            br#"{"id": 42, "text": "Body", "title": "T", "date": "2022-01-27", "extra": [1]}"#,
        );
        let d = p.document.unwrap();
        assert_eq!((d.id.as_str(), d.text.as_str()), ("42", "Body"));
        assert_eq!(d.title.as_deref(), Some("T"));
        assert_eq!(d.date.as_deref(), Some("2022-01-27"));
        assert_eq!(d.line, Some(7));
    }

    #[test]
    fn a_text_file_is_dated_by_its_dateline() {
        let text = |t: &str| text_document(t.to_string(), &Source::new(None, "a.txt", None));
        let d =
            text("Lohan checks in\n\nPublished: May 3, 2013 4:59 PM EDT\n\nLohan said.").unwrap();
        assert_eq!(d.date.as_deref(), Some("2013-05-03"));
        assert_eq!(d.title.as_deref(), Some("Lohan checks in"));
        // A date on the first line is no headline.
        let d = text("Thursday, January 27th, 2022\nTalks end\n\nThe talks ended.").unwrap();
        assert_eq!(d.date.as_deref(), Some("2022-01-27"));
        assert_eq!(d.title.as_deref(), Some("Talks end"));
        let d =
            text("21 July 2013 Last updated at 11:11 GMT\nFire at Waitrose\n\nA fire.").unwrap();
        assert_eq!(d.date.as_deref(), Some("2013-07-21"));
        // A saved web page: headline and dateline are read from what a browser shows.
        let raw = RawRecord {
            source: 0,
            line: None,
            format: Format::Text,
            bytes: b"<html><body><h1>Storm closes roads</h1><p>Published: May 3, 2013</p>\
                     <p>The council said roads were shut.</p></body></html>"
                .to_vec(),
        };
        let p = parse(
            raw,
            &Source::new(None, "page.txt", None),
            &FieldNames::default(),
        );
        let d = p.document.unwrap();
        assert_eq!(d.title.as_deref(), Some("Storm closes roads"));
        assert_eq!(d.date.as_deref(), Some("2013-05-03"));
        // Not a dateline: a date inside a headline, a number alone, a date after line five.
        for t in [
            "Obama wins on November 4, 2008\n\nThe vote was close.",
            "20220127\n\nA code, not a day.",
            "a\nb\nc\nd\ne\nMay 3, 2013\n",
        ] {
            assert_eq!(text(t).unwrap().date, None, "{t}");
        }
    }

    #[test]
    fn reports_bad_records() {
        assert!(matches!(
            jsonl(b"{\"id\": 1, \"text\": ").document,
            Err(ProblemKind::MalformedJson(_))
        ));
        assert_eq!(jsonl(b"[1, 2]").document, Err(ProblemKind::NotAnObject));
        assert_eq!(
            jsonl(br#"{"id": "a"}"#).document,
            Err(ProblemKind::MissingField("text".into()))
        );
        assert_eq!(
            jsonl(br#"{"id": "a", "text": 5}"#).document,
            Err(ProblemKind::WrongType {
                field: "text".into(),
                found: "a number",
                expected: "a string",
            })
        );
        // An id may be a number too, and the message says so.
        let bad_id = jsonl(br#"{"id": true, "text": "words"}"#)
            .document
            .unwrap_err();
        assert_eq!(
            bad_id.to_string(),
            "field `id` is a boolean, expected a string or a number"
        );
        assert_eq!(
            jsonl(br#"{"id": "a", "text": "  "}"#).document,
            Err(ProblemKind::EmptyDocument)
        );
    }

    #[test]
    fn title_only_records_and_missing_ids() {
        let p = jsonl(br#"{"text": "", "title": "Only a headline"}"#);
        assert!(p.synthetic_id);
        let d = p.document.unwrap();
        assert_eq!(
            (d.id.as_str(), d.text.as_str()),
            ("dump:7", "Only a headline")
        );
        let p = jsonl(br#"{"id": " ", "text": "Body"}"#);
        assert!(p.synthetic_id);
        assert_eq!(p.document.unwrap().id, "dump:7");
    }

    #[test]
    fn markup_around_nothing_is_an_empty_record() {
        let p = jsonl(br#"{"id": "y", "text": "<p></p><br>"}"#);
        assert_eq!(p.document, Err(ProblemKind::EmptyDocument));
        let p = jsonl(br#"{"id": "z", "text": "&nbsp;"}"#);
        assert_eq!(p.document, Err(ProblemKind::EmptyDocument));
        let p = jsonl(
            br#"{"id": "x", "title": "Storm closes ferry routes", "text": "<div><script>var a=1;</script></div>"}"#,
        );
        assert_eq!(p.document.unwrap().text, "Storm closes ferry routes");
    }

    #[test]
    fn invalid_utf8_is_repaired_with_a_warning() {
        // A single-byte code page throughout: read as Windows-1252.
        let p = jsonl(b"{\"id\": \"a\", \"text\": \"caf\xe9 au lait, \x93quoted\x94\"}");
        assert_eq!(p.warnings, vec![ProblemKind::Windows1252 { offset: 24 }]);
        assert_eq!(p.document.unwrap().text, "café au lait, “quoted”");
        // UTF-8 with a stray bad byte keeps its UTF-8, the bad byte replaced.
        let mut bytes = "{\"id\": \"a\", \"text\": \"café au lait"
            .as_bytes()
            .to_vec();
        bytes.extend(b"\xff\"}");
        let p = jsonl(&bytes);
        assert!(matches!(p.warnings[..], [ProblemKind::InvalidUtf8 { .. }]));
        assert_eq!(p.document.unwrap().text, "café au lait\u{fffd}");
    }

    #[test]
    fn nul_characters_are_kept_with_a_warning_raw_nul_bytes_are_malformed() {
        let p = jsonl(br#"{"id": "a", "text": "x\u0000y"}"#);
        assert_eq!(p.warnings, vec![ProblemKind::NulBytes { offset: 1 }]);
        assert_eq!(p.document.unwrap().text, "x\0y");
        let p = jsonl(b"{\"id\": \"a\", \"text\": \"x\0y\"}");
        assert!(
            matches!(p.document, Err(ProblemKind::MalformedJson(_))),
            "{:?}",
            p.document
        );
    }
}
