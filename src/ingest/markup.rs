//! Web markup left in an article: HTML tags and character entities, as scrapers and feeds
//! often leave them (`<p class="…">`, `Russia&#8217;s`, `&ldquo;`).
//!
//! Left in, a page template's class names and attributes are shared "terms" of unrelated
//! articles (a new-user test saw a bakery, a railway and a lighthouse story become one story
//! through `ssrcss-1q0x1qg-Paragraph`), and an entity splits the words claims are read from
//! (the seeds lost their Sherman attribution flag). So a text that carries markup is read
//! as a browser shows it: tags dropped (a block-level tag is a line break, a paragraph a blank
//! line), `<script>`, `<style>` and comments dropped with their content, entities decoded.
//!
//! Only a text that *is* markup is touched: at least two tags of HTML's own names, or an
//! entity. "a < b > c" or "AT&T" in plain text stay as they are. The cleaned text is the
//! article's text from then on: claim offsets index it.

/// Tags that end a line where a browser breaks one.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "article",
    "section",
    "header",
    "footer",
    "blockquote",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "pre",
    "hr",
    "main",
    "aside",
    "nav",
    "dd",
    "dt",
    "dl",
    "title",
    "body",
    "html",
    "head",
];

/// Tags a browser shows the content of inline.
const INLINE_TAGS: &[&str] = &[
    "a", "span", "em", "strong", "b", "i", "u", "s", "small", "sup", "sub", "abbr", "cite", "q",
    "time", "mark", "font", "img", "picture", "source", "meta", "link", "wbr", "code", "ins",
    "del", "label", "button", "svg", "path", "iframe", "noscript", "video", "audio",
];

/// Tags whose content is no text at all.
const HIDDEN_TAGS: &[&str] = &["script", "style", "noscript", "template", "svg"];

/// `text` as a browser shows it when it carries web markup (tags or entities), else `None`.
pub fn clean(text: &str) -> Option<String> {
    let tags = count_tags(text);
    let entities = text.contains('&') && has_entity(text);
    if tags < 2 && !entities {
        return None;
    }
    let stripped = if tags >= 2 {
        strip_tags(text)
    } else {
        text.to_string()
    };
    Some(tidy(&decode_entities(&stripped)))
}

/// The tag starting at byte `i` (`<` there): its lower-case name, whether it closes, and
/// the byte after its `>`. `None` when it is no tag of HTML's (`a < b`, `<3`).
fn tag_at(text: &str, i: usize) -> Option<(String, bool, usize)> {
    let rest = &text[i + 1..];
    let (closing, rest) = match rest.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let name_len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || name_len > 10 {
        return None;
    }
    let name = rest[..name_len].to_ascii_lowercase();
    let known = BLOCK_TAGS.contains(&name.as_str())
        || INLINE_TAGS.contains(&name.as_str())
        || HIDDEN_TAGS.contains(&name.as_str());
    let after = rest.as_bytes().get(name_len).copied();
    if !known || !matches!(after, Some(b'>' | b' ' | b'/' | b'\t' | b'\n' | b'\r')) {
        return None;
    }
    // The tag ends at the first `>` outside a quoted attribute value, within reason.
    let body_start = i + 1 + usize::from(closing) + name_len;
    let mut quote = None;
    for (k, c) in text[body_start..].char_indices().take(2000) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some((name, closing, body_start + k + 1)),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

fn count_tags(text: &str) -> usize {
    let mut n = 0;
    for (i, _) in text.match_indices('<') {
        if tag_at(text, i).is_some() {
            n += 1;
            if n >= 2 {
                break;
            }
        }
    }
    n
}

fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(k) = text[i..].find('<').map(|k| i + k) {
        out.push_str(&text[i..k]);
        // A comment, content and all; one never closed is only its opening.
        if text[k..].starts_with("<!--") {
            i = text[k..].find("-->").map_or(k + 4, |e| k + e + 3);
            continue;
        }
        // `<!DOCTYPE html>`, `<?xml …?>`: declarations, dropped.
        if text[k..].starts_with("<!") || text[k..].starts_with("<?") {
            if let Some(e) = text[k..].char_indices().take(500).find(|&(_, c)| c == '>') {
                i = k + e.0 + 1;
                continue;
            }
        }
        let Some((name, closing, end)) = tag_at(text, k) else {
            out.push('<');
            i = k + 1;
            continue;
        };
        i = end;
        let self_closing = text[..end].ends_with("/>");
        if !closing && !self_closing && HIDDEN_TAGS.contains(&name.as_str()) {
            // Skip to the matching close tag, content and all; a tag never closed (a
            // `<script>` a text only mentions) is only itself.
            if let Some(after) = close_tag_end(text, i, &name) {
                i = after;
            }
            continue;
        }
        if BLOCK_TAGS.contains(&name.as_str()) {
            out.push_str(if name == "p" && closing { "\n\n" } else { "\n" });
        }
    }
    out.push_str(&text[i..]);
    out
}

/// The byte after `</name…>` at or after `from`, in any case.
fn close_tag_end(text: &str, from: usize, name: &str) -> Option<usize> {
    text[from..].match_indices("</").find_map(|(p, _)| {
        let at = from + p + 2;
        let named = text
            .get(at..at + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name));
        let next = text.as_bytes().get(at + name.len()).copied();
        (named && !next.is_some_and(|b| b.is_ascii_alphanumeric()))
            .then(|| text[at..].find('>').map(|g| at + g + 1))
            .flatten()
    })
}

/// The named entities news pages use, and their characters.
fn named_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "ndash" => "–",
        "mdash" => "—",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "sbquo" => "‚",
        "bdquo" => "„",
        "laquo" => "«",
        "raquo" => "»",
        "hellip" => "…",
        "euro" => "€",
        "pound" => "£",
        "yen" => "¥",
        "cent" => "¢",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "deg" => "°",
        "middot" => "·",
        "bull" => "•",
        "times" => "×",
        "eacute" => "é",
        "egrave" => "è",
        "aacute" => "á",
        "agrave" => "à",
        "iacute" => "í",
        "oacute" => "ó",
        "uacute" => "ú",
        "ntilde" => "ñ",
        "ccedil" => "ç",
        "auml" => "ä",
        "ouml" => "ö",
        "uuml" => "ü",
        "szlig" => "ß",
        "Eacute" => "É",
        "Auml" => "Ä",
        "Ouml" => "Ö",
        "Uuml" => "Ü",
        _ => return None,
    })
}

/// The entity at byte `i` (`&` there): its text and the byte after its `;`.
fn entity_at(text: &str, i: usize) -> Option<(String, usize)> {
    let rest = &text[i + 1..];
    let semi = rest.bytes().take(12).position(|b| b == b';')?;
    let name = &rest[..semi];
    let end = i + 1 + semi + 1;
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        let c = char::from_u32(code).filter(|&c| c != '\0')?;
        return Some((c.to_string(), end));
    }
    named_entity(name).map(|s| (s.to_string(), end))
}

fn has_entity(text: &str) -> bool {
    text.match_indices('&')
        .any(|(i, _)| entity_at(text, i).is_some())
}

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(k) = text[i..].find('&').map(|k| i + k) {
        out.push_str(&text[i..k]);
        match entity_at(text, k) {
            Some((s, end)) => {
                out.push_str(&s);
                i = end;
            }
            None => {
                out.push('&');
                i = k + 1;
            }
        }
    }
    out.push_str(&text[i..]);
    out
}

/// Spaces trimmed at line ends, at most one blank line in a row, none at the ends.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line.trim_start());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_reads_as_a_browser_shows_it() {
        let page = "<article class=\"story-body__inner\" data-component=\"text-block\">\
            <p class=\"ssrcss-1q0x1qg-Paragraph eq5iqo00\">Russia&#8217;s reply came on \
            <b>Wednesday</b>, officials said.</p><script>var x = \"<p>no</p>\";</script>\
            <!-- ad --><p>&ldquo;We are ready,&rdquo; said Lavrov &amp; Peskov.<br/>End.</p>\
            </article>";
        assert_eq!(
            clean(page).unwrap(),
            "Russia’s reply came on Wednesday, officials said.\n\n\
             “We are ready,” said Lavrov & Peskov.\nEnd."
        );
    }

    #[test]
    fn unclosed_hidden_tags_and_declarations_lose_only_themselves() {
        // A text about markup keeps its words after a `<script>` it mentions (a review's
        // find: everything after it was dropped).
        let text = "Hackers injected a <script> tag into the page's <div> element, the \
                    council said. Jane Smith, its spokeswoman, said 40 accounts were hit.";
        let got = clean(text).unwrap();
        assert!(
            got.contains("Jane Smith, its spokeswoman, said 40 accounts"),
            "{got}"
        );
        assert_eq!(
            clean("<!DOCTYPE html><html><head><title>Storm</title></head><body><p>Ferries stop.</p><script src=\"a.js\"/><p>Roads shut.</p><!-- never closed</body></html>").unwrap(),
            "Storm\n\nFerries stop.\n\nRoads shut.\n\nnever closed"
        );
        // Many hidden tags take linear time (each search stops at its close).
        let icons = "<p>Text</p>".to_string() + &"<svg><path d=\"M0\"/></svg>".repeat(20_000);
        assert_eq!(clean(&icons).unwrap(), "Text");
    }

    #[test]
    fn plain_text_is_left_alone() {
        for text in [
            "Shares of AT&T rose; a < b and b > c.",
            "One <p> on its own is no page.",
            "Profits rose 5% & more <3",
            "He wrote <Hello> in the chat, and <World> too.",
        ] {
            assert_eq!(clean(text), None, "{text}");
        }
        // An entity alone marks escaped markup, and is decoded.
        assert_eq!(
            clean("Russia&#8217;s reply, &quot;firm&quot;").as_deref(),
            Some("Russia’s reply, \"firm\"")
        );
        assert_eq!(clean("Fish &amp; Chips").as_deref(), Some("Fish & Chips"));
        assert_eq!(clean("Fish & Chips"), None);
        // Unknown or malformed entities stay as written.
        assert_eq!(
            clean("x &bogus; y &#xZZ; z &amp; w").as_deref(),
            Some("x &bogus; y &#xZZ; z & w")
        );
    }
}
