//! Shingling and the copy-tier features on any text: never a panic; a set is sorted and
//! unique; a text is a duplicate of itself; boilerplate learnt from the text's own lines only
//! removes lines.
#![no_main]

use libfuzzer_sys::fuzz_target;
use retold::boilerplate::{line_fingerprints, Boilerplate, LineCounter};
use retold::features::{prepare, Scratch};
use retold::normalize::normalized;
use retold::shingle::shingle_set;
use retold::sketch::MinHasher;

fuzz_target!(|input: (u8, &str)| {
    let (k, text) = input;
    let k = (k % 12) as usize; // 0 is clamped to 1 by the shingler
    let set = shingle_set(text, k);
    assert!(set.windows(2).all(|w| w[0] < w[1]));

    // Count every line ten times, so each short line is boilerplate.
    let norm = normalized(text);
    let mut counter = LineCounter::new();
    let mut fp = Vec::new();
    line_fingerprints(&norm, &mut fp);
    for _ in 0..10 {
        counter.add_document(&fp);
    }
    let boilerplate = counter.finish();
    let mut scratch = Scratch::default();
    let plain = prepare(text, &Boilerplate::none(), k.max(1), &mut scratch);
    let stripped = prepare(text, &boilerplate, k.max(1), &mut scratch);
    assert_eq!(plain.text_hash, stripped.text_hash);
    assert!(stripped.tokens <= plain.tokens);
    let hasher = MinHasher::new(16, 1);
    assert_eq!(hasher.signature(&plain.shingles), hasher.signature(&plain.shingles));
});
