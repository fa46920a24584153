//! Claims: what each article of a story asserts, and where the articles disagree.
//!
//! Two halves, both rules and statistics (no models, nothing fetched at run time):
//!
//! 1. `extract` reads one article into `ArticleClaims`: sentences, attributions (speaker,
//!    the speaker's title, cue, content), quantities (a value or an interval, with its
//!    approximator and unit), people with their titles, and dates (resolved against the
//!    article's date when it is known). Every span is a byte range of the article *as
//!    read* (before normalization) with `text == &article[start..end]`, so a report can
//!    quote the source exactly.
//! 2. `compare_story` aligns the claims of a story's articles (which quantities, people,
//!    attributions and dates talk about the same thing) and compares them slot by slot,
//!    returning `Conflict`s. A journalist reads every flag, so alignment demands strong
//!    evidence and values are compared leniently: precision over volume.
//!
//! Layout: `tokens` and `sentences` read the text once into an `article::Article`;
//! `people`, `attribution`, `quantity` and `dates` extract (`gender` tells whom he or she can
//! mean); `names` folds spellings
//! (Kouleba ≈ Kuleba); `titles` reads offices out of titles; `align` scores which claims
//! correspond; `compare` decides the conflicts (`diff`: names substituted in near-identical
//! sentences); `render` writes them for people.

mod align;
mod article;
mod attribution;
mod compare;
mod dates;
mod diff;
mod gender;
mod lexicon;
pub mod names;
mod people;
mod quantity;
mod render;
mod sentences;
mod titles;
mod tokens;

pub use compare::{align_story, compare_story, Conflict, ConflictKind, Relation, Variant};
pub use lexicon::CueClass;
pub use render::{write_claims_text, write_side_by_side};

use serde::Serialize;

/// A piece of the article: byte offsets into the text as read, and the text itself.
/// Invariant: `text == &article[start..end]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Span {
    pub fn new(article: &str, start: usize, end: usize) -> Self {
        Self {
            start,
            end,
            text: article[start..end].to_string(),
        }
    }
}

/// Someone credited with words, findings or a stance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    /// The speaker as written: a name, a noun phrase with its apposition, or a pronoun.
    pub speaker: Span,
    /// The speaker's title where the article gives one (in the speaker phrase, or at an
    /// earlier mention of the same person).
    pub title: Option<Span>,
    pub cue: Span,
    pub content: Option<Span>,
    /// Who the speaker is: a person's name (pronouns resolved to the nearest preceding
    /// person) or a collective ("US" for "Washington").
    pub who: Option<String>,
    /// Speech, report or stance.
    pub class: CueClass,
    /// The sentence it was found in (index into `ArticleClaims::sentences`).
    #[serde(skip)]
    pub sentence: usize,
    /// The person (index into `ArticleClaims::people`) the speaker is, when known.
    #[serde(skip)]
    pub person: Option<usize>,
    /// The collective the speaker stands for ("US", "Russia"), when it is one.
    #[serde(skip)]
    pub collective: Option<&'static str>,
    /// The cue follows another cue ("said that Blinken said"): a reported attribution.
    #[serde(skip)]
    pub nested: bool,
    /// The cue is negated ("did not explain", "has never said"): the speaker did not say
    /// it, and it is credited to no one. Written only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub negated: bool,
}

/// A number with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// The whole expression: "more than five hours", "tens of thousands of troops".
    pub span: Span,
    /// The number as written, when there is one ("five" → 5; none for "tens of thousands").
    pub value: Option<f64>,
    /// The interval the expression allows: [low, high]; `high` is `None` when unbounded.
    pub low: f64,
    pub high: Option<f64>,
    /// "more than", "about", "nearly", "tens of", "up to", ...
    pub approx: Option<String>,
    /// The unit or head noun as written ("hours", "troops").
    pub unit: Option<String>,
    #[serde(skip)]
    pub sentence: usize,
}

/// One mention of a person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    /// The name as written ("Wendy Sherman", "Sherman").
    pub name: Span,
    /// The title at this mention ("US Deputy Secretary of State", "an aide to Blinken").
    pub title: Option<Span>,
    /// Given names as written, when the mention has them.
    pub given: Option<String>,
    pub surname: String,
    #[serde(skip)]
    pub sentence: usize,
}

/// A date or weekday.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateMention {
    pub span: Span,
    /// `YYYY-MM-DD` (or `YYYY-MM`, or `--MM-DD` without a year) when it can be resolved.
    pub resolved: Option<String>,
    /// weekday, day_of_month, month_day, full, month, mid_month, relative (yesterday,
    /// today, tomorrow).
    pub kind: &'static str,
    #[serde(skip)]
    pub sentence: usize,
    #[serde(skip)]
    pub parts: dates::DateParts,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ArticleClaims {
    pub attributions: Vec<Attribution>,
    pub quantities: Vec<Quantity>,
    pub people: Vec<Person>,
    pub dates: Vec<DateMention>,
    /// Sentence byte ranges, in order.
    #[serde(skip)]
    pub sentences: Vec<std::ops::Range<usize>>,
}

impl ArticleClaims {
    /// The sentence with index `s`, as text.
    pub fn sentence<'t>(&self, text: &'t str, s: usize) -> &'t str {
        self.sentences
            .get(s)
            .and_then(|r| text.get(r.clone()))
            .unwrap_or("")
    }
}

/// Read the claims of one article. `date` is the article's publication date (`YYYY-MM-DD`
/// or another form `calendar::parse_date` reads), used to resolve weekdays and "the 26th".
pub fn extract(text: &str, date: Option<&str>) -> ArticleClaims {
    let article = article::Article::new(text);
    let people = people::extract(&article);
    let attributions = attribution::extract(&article, &people);
    let quantities = quantity::extract(&article);
    let dates = dates::extract(&article, date.and_then(crate::calendar::parse_date));
    let sentences = (0..article.sentences.len())
        .map(|s| article.sentence_bytes(s))
        .collect();
    ArticleClaims {
        attributions,
        quantities,
        people,
        dates,
        sentences,
    }
}

/// One article of a story, as `compare_story` and the renderers see it.
#[derive(Debug, Clone, Copy)]
pub struct StoryDoc<'a> {
    pub id: &'a str,
    /// The headline, when the input gives one apart from the text (its tickers say which
    /// company a wire is about; see `crate::tickers`).
    pub title: Option<&'a str>,
    pub text: &'a str,
    pub date: Option<&'a str>,
    pub claims: &'a ArticleClaims,
}
