//! Claim extraction on any text (with an arbitrary or a valid publication date), then the
//! comparison of two such articles as a story: never a panic, and every span quotes the
//! article exactly (`text == &article[start..end]`), as `claims::Span` promises.
#![no_main]

use libfuzzer_sys::fuzz_target;
use retold::claims::{compare_story, extract, StoryDoc};
use serde_json::Value;

/// Every `{start, end, text}` object inside `v` must be a slice of `article`.
fn check_spans(v: &Value, article: &str) {
    match v {
        Value::Object(map) => {
            if let (Some(s), Some(e), Some(Value::String(t))) =
                (map.get("start").and_then(Value::as_u64), map.get("end").and_then(Value::as_u64), map.get("text"))
            {
                let slice = article.get(s as usize..e as usize);
                assert_eq!(slice, Some(t.as_str()), "span {s}..{e} does not quote the article");
            }
            map.values().for_each(|x| check_spans(x, article));
        }
        Value::Array(a) => a.iter().for_each(|x| check_spans(x, article)),
        _ => {}
    }
}

fuzz_target!(|input: (&str, &str, u8)| {
    let (a, b, pick) = input;
    let dates = [None, Some("2022-01-27"), Some("2024-02-29"), Some(b)];
    let date = dates[pick as usize % dates.len()];
    let ca = extract(a, date);
    let cb = extract(b, Some("1999-12-31"));
    for (text, claims) in [(a, &ca), (b, &cb)] {
        check_spans(&serde_json::to_value(claims).unwrap(), text);
        for r in &claims.sentences {
            assert!(text.get(r.clone()).is_some(), "sentence {r:?} is not a slice");
        }
    }
    let docs = [
        StoryDoc { id: "a", title: None, text: a, date, claims: &ca },
        StoryDoc { id: "b", title: None, text: b, date: None, claims: &cb },
    ];
    let _ = compare_story(&docs);
});
