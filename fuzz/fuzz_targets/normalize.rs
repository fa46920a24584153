//! `normalize` on any text: idempotent, and the offset map is as documented (one origin per
//! output byte, non-decreasing, each a char boundary of the source).
#![no_main]

use libfuzzer_sys::fuzz_target;
use retold::normalize::{normalize, normalize_with_offsets, normalized, Normalized};

fuzz_target!(|src: &str| {
    let once = normalized(src);
    let mut twice = String::new();
    normalize(&once, &mut twice);
    assert_eq!(once, twice, "normalize is idempotent");

    let mut with = Normalized::default();
    normalize_with_offsets(src, &mut with);
    assert_eq!(with.text, once, "both entry points agree");
    assert_eq!(with.origin.len(), with.text.len());
    assert!(with.origin.windows(2).all(|w| w[0] <= w[1]));
    assert!(with.origin.iter().all(|&o| src.is_char_boundary(o as usize) && (o as usize) < src.len().max(1)));
});
