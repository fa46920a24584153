//! Stock tickers that say which company a wire is about.
//!
//! Financial wires tag the company they report on with its ticker: Reuters-21578 in angle
//! brackets in the headline ("SEALED AIR CORP <SEE> 3RD QTR NET"), Reuters today with its
//! exchange ("Exxon Mobil Corp (XOM.N)"), press releases after the exchange's name ("(NYSE:
//! XOM)", "(Nasdaq: AAPL)"). Two articles that each carry tickers, none in common, report on
//! two companies: their claims are not one story's claims, however alike their template
//! ("Phillips <P> raises crude postings 50 cts" / "Sun <SUN> raises crude postings 50 cts").
//! In Reuters-21578, 107 of 569 flags stood between such wires. Only the headline and the
//! opening of the text are read: a company named further down is a counterpart, not the
//! subject.
//!
//! Used three times: claims of two companies' wires are not compared (`claims::compare`),
//! two such wires are no story candidates (`story::score_candidates`), through a 64-bit
//! mask of their tickers (`mask`) kept beside each story vector, and a ticker in a sentence
//! is no name that an edit replaced (`angle_code`, for `claims::diff`).

use std::collections::BTreeSet;

/// How much of the text, from its start, is searched for tickers (bytes).
const OPENING: usize = 400;

/// Exchanges whose name introduces a ticker in brackets ("(NYSE: XOM)").
const EXCHANGES: &[&str] = &[
    "nyse",
    "nasdaq",
    "amex",
    "lse",
    "tsx",
    "asx",
    "otc",
    "nyse american",
    "nyse arca",
];

/// The tickers of an article: in its title and in the opening of its text.
pub fn of_article(title: Option<&str>, text: &str) -> BTreeSet<String> {
    let mut end = OPENING.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut found = in_text(title.unwrap_or(""), false);
    found.extend(in_text(&text[..end], true));
    found
}

/// Tag names of HTML, which a text scraped from the web may still carry in capitals
/// ("<P>", "<BR>"): in a text, not in a headline, they are no tickers. (Phillips' ticker is
/// `<P>` in Reuters-21578 headlines.)
const HTML_TAGS: &[&str] = &[
    "A",
    "ABBR",
    "B",
    "BIG",
    "BLOCKQUOTE",
    "BODY",
    "BR",
    "CENTER",
    "CITE",
    "CODE",
    "DD",
    "DEL",
    "DIV",
    "DL",
    "DT",
    "EM",
    "FONT",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "HEAD",
    "HR",
    "HTML",
    "I",
    "IMG",
    "INS",
    "LI",
    "NOBR",
    "OL",
    "P",
    "PRE",
    "Q",
    "S",
    "SMALL",
    "SPAN",
    "STRONG",
    "SUB",
    "SUP",
    "TABLE",
    "TBODY",
    "TD",
    "TH",
    "TR",
    "TT",
    "U",
    "UL",
    "WBR",
];

/// Abbreviations with a dot written in brackets that read like a symbol and an exchange
/// ("(U.S)", "(D.C)").
const PLACES: &[&str] = &["U.S", "D.C", "U.K", "U.N", "E.U", "N.Y", "L.A"];

/// The tickers written in `text`, upper case, without their exchange ("XOM.N" → "XOM");
/// `body` when it is an article's text rather than its headline (see `HTML_TAGS`).
fn in_text(text: &str, body: bool) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (open, close) in [('<', '>'), ('(', ')')] {
        let mut rest = text;
        while let Some(at) = rest.find(open) {
            let after = &rest[at + open.len_utf8()..];
            let Some(stop) = after.find(close) else {
                break;
            };
            let inside = after[..stop].trim();
            let tag = open == '<' && body && HTML_TAGS.contains(&inside);
            if let Some(ticker) = ticker(inside, open == '<').filter(|_| !tag) {
                found.insert(ticker);
            }
            rest = &after[stop..];
        }
    }
    found
}

/// A bracket's content as a ticker: "SEE" in angle brackets; "XOM.N" (a symbol with its
/// exchange code) or "NYSE: XOM" in round ones. "(AP)", "(UN)" and "(R-Ohio)" are no tickers.
fn ticker(inside: &str, angle: bool) -> Option<String> {
    let symbol = |s: &str| {
        (1..=6).contains(&s.len())
            && s.starts_with(|c: char| c.is_ascii_uppercase())
            && s.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    if angle {
        let base = inside.split('.').next().unwrap_or("");
        return (symbol(base) && inside.len() <= 10 || slipped_code(inside))
            .then(|| base.to_ascii_uppercase());
    }
    if let Some((exchange, sym)) = inside.split_once(':') {
        let sym = sym.trim();
        return (EXCHANGES.contains(&exchange.trim().to_lowercase().as_str()) && symbol(sym))
            .then(|| sym.to_string());
    }
    if PLACES.contains(&inside) {
        return None;
    }
    let (sym, exchange) = inside.split_once('.')?;
    let code =
        (1..=2).contains(&exchange.len()) && exchange.chars().all(|c| c.is_ascii_uppercase());
    (symbol(sym) && code).then(|| sym.to_string())
}

/// A code in angle brackets that a wire wrote with a slip of case ("RtrSY", "CARLb.CO"):
/// up to 10 letters, digits and dots, most of the letters capitals. A name in brackets
/// ("<Kandari>", "<Heineken>") holds lower case, a dateline ("<Oakland Coliseum, July
/// 24>") more than a code.
fn slipped_code(inside: &str) -> bool {
    let letters = inside.chars().filter(char::is_ascii_alphabetic).count();
    let capitals = inside.chars().filter(char::is_ascii_uppercase).count();
    !inside.is_empty()
        && inside.len() <= 10
        && inside
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.')
        && 2 * capitals > letters
}

/// Is the text inside a pair of angle brackets a wire's ticker ("F", "RTRSY", "CAWL.L",
/// and with a slip of case "RtrSY")? A name set in them is not ("<Kandari>").
pub fn angle_code(inside: &str) -> bool {
    ticker(inside, true).is_some()
}

/// The tickers of an article as a 64-bit mask: one bit per ticker, chosen by its hash. Two
/// masks that share no bit come from ticker sets with none in common; two sets with none
/// in common share a bit now and then (then they are taken for one company: no harm done).
/// 0 = no ticker.
pub fn mask(title: Option<&str>, text: &str) -> u64 {
    of_article(title, text).iter().fold(0, |m, t| {
        m | 1 << (crate::hash::hash_bytes(t.as_bytes(), TICKER_SEED) % 64)
    })
}

/// Seed of the tickers' hashes.
const TICKER_SEED: u64 = 0x7469_636b_6572;

/// Do two masks (`mask`) name two companies: both carry tickers, none in common?
pub fn other_company_masks(a: u64, b: u64) -> bool {
    a != 0 && b != 0 && a & b == 0
}

/// Do two articles' tickers name two companies: both carry some, none in common?
pub fn other_companies(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    !a.is_empty() && !b.is_empty() && a.is_disjoint(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(title: &str, text: &str) -> Vec<String> {
        of_article(Some(title), text).into_iter().collect()
    }

    #[test]
    fn tickers_in_headlines_and_openings() {
        assert_eq!(found("SEALED AIR CORP <SEE> 3RD QTR NET", ""), ["SEE"]);
        assert_eq!(
            found("", "Exxon Mobil Corp (XOM.N) said on Monday"),
            ["XOM"]
        );
        assert_eq!(
            found("", "Apple Inc. (Nasdaq: AAPL) today announced"),
            ["AAPL"]
        );
        assert_eq!(found("", "Exxon (NYSE:XOM) rose"), ["XOM"]);
        assert_eq!(
            found("PNC FINANCIAL <PNCF.O> UNIT SHIFTS PORTFOLIO", ""),
            ["PNCF"]
        );
        // Brackets that hold no ticker.
        assert!(found("", "WASHINGTON (AP) - Sen. Rob Portman (R-Ohio) said").is_empty());
        assert!(found("", "the United Nations (UN) said; a <b>bold</b> claim").is_empty());
        // Upper-case HTML in a scraped text, and places with a dot.
        assert!(found(
            "",
            "<P>Officials in Washington (D.C) and the (U.S) said<BR>"
        )
        .is_empty());
        assert_eq!(found("PHILLIPS <P> RAISES CRUDE POSTINGS", ""), ["P"]);
        // A slip of case is still the ticker; a name in brackets is none.
        assert_eq!(found("", "Reuters Holdings Plc <RtrSY> said"), ["RTRSY"]);
        assert!(found("", "arrested by police in <Kandari>.").is_empty());
        // Only the opening of the text.
        let late = format!("{} Exxon (XOM.N)", "word ".repeat(100));
        assert!(found("", &late).is_empty());
    }

    #[test]
    fn two_companies_carry_tickers_none_in_common() {
        let set = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<BTreeSet<_>>();
        assert!(other_companies(&set(&["P"]), &set(&["SUN"])));
        assert!(!other_companies(&set(&["GAF", "BOR"]), &set(&["BOR"])));
        assert!(!other_companies(&set(&["GAF"]), &set(&[])));
        let (p, sun) = (mask(Some("PHILLIPS <P>"), ""), mask(Some("SUN <SUN>"), ""));
        assert!(other_company_masks(p, sun));
        assert!(!other_company_masks(
            sun,
            mask(None, "Sun Co (NYSE: SUN) said")
        ));
        assert!(!other_company_masks(sun, 0));
    }
}
