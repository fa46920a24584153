//! Fixed, made-up inputs for the stage benches: deterministic for a seed, no dataset text.
//!
//! Articles are English-like: words drawn from a Zipf-like vocabulary of invented words,
//! sentences of 8–30 words with capitals, commas and numbers, paragraphs of 2–5 sentences,
//! and (in `mixed` mode) the non-ASCII a real dump carries: curly quotes, dashes, accented
//! names, non-breaking spaces.

#![allow(dead_code)]

use retold::hash::SplitMix64;

pub struct Gen(SplitMix64);

impl Gen {
    pub fn new(seed: u64) -> Self {
        Gen(SplitMix64::new(seed))
    }
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.0.next_u64()) * n as u128) >> 64) as usize
    }
    pub fn unit(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "re", "mi", "ta", "sen", "dor", "vi", "ul", "pra", "an", "te", "ris", "bo", "nu",
    "gel", "fa", "shi", "om", "ex",
];

/// Word number `i` of the invented vocabulary.
pub fn word(i: usize) -> String {
    let mut w = String::new();
    let mut x = i + 1;
    while x > 0 {
        w.push_str(SYLLABLES[x % SYLLABLES.len()]);
        x /= SYLLABLES.len();
    }
    w
}

/// A Zipf-like word index: small indices are common (the, of, said...), the tail is long.
fn zipf(g: &mut Gen, vocab: usize) -> usize {
    let u = g.unit();
    ((vocab as f64).powf(u) as usize)
        .saturating_sub(1)
        .min(vocab - 1)
}

/// One article of about `bytes` bytes.
pub fn article(g: &mut Gen, bytes: usize, mixed: bool) -> String {
    let mut out = String::with_capacity(bytes + 200);
    while out.len() < bytes {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        for s in 0..2 + g.below(4) {
            if s > 0 {
                out.push(' ');
            }
            let n = 8 + g.below(23);
            for i in 0..n {
                if i > 0 {
                    out.push(if mixed && g.below(200) == 0 {
                        '\u{a0}'
                    } else {
                        ' '
                    });
                }
                let r = g.below(100);
                if r < 3 {
                    out.push_str(&(g.below(100_000)).to_string());
                } else if mixed && r < 5 {
                    out.push_str(
                        ["Kouléba", "“quoted”", "São", "—", "Zürich", "naïve"][g.below(6)],
                    );
                } else {
                    let mut w = word(zipf(g, 50_000));
                    if i == 0 || r < 12 {
                        w[..1].make_ascii_uppercase();
                    }
                    out.push_str(&w);
                    if r > 95 {
                        out.push(',');
                    }
                }
            }
            out.push('.');
        }
    }
    out
}

/// `n` articles of 500–6000 bytes (mean ~3 KB, like web news).
pub fn articles(seed: u64, n: usize, mixed: bool) -> Vec<String> {
    let mut g = Gen::new(seed);
    (0..n)
        .map(|_| {
            let len = 500 + g.below(5500);
            article(&mut g, len, mixed)
        })
        .collect()
}

/// A copy of `text` with about `rate` of its words replaced.
pub fn near_copy(g: &mut Gen, text: &str, rate: f64) -> String {
    text.split(' ')
        .map(|w| {
            if g.unit() < rate {
                "zzedit".to_string()
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn total_bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}
