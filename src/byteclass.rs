//! Byte classes of up to 64 bytes at a time, as bit masks (bit i = byte i), computed eight
//! bytes per step in plain 64-bit arithmetic ("SIMD within a register"), without a branch per
//! byte and without `unsafe`.
//!
//! The two hottest loops of the copy tier, finding the plain-ASCII runs `normalize` copies
//! whole and finding the words `shingle` hashes, read these masks and jump from run to run
//! with `trailing_zeros`, instead of testing every byte (measured on the generated 100k
//! dump: those two loops were a third of the scan's CPU time).

const HI: u64 = 0x8080_8080_8080_8080;
const LO: u64 = 0x0101_0101_0101_0101;

/// High bit of each byte set where the byte's low seven bits are at least `n` (`n` ≤ 0x80;
/// `w7` must have its high bits clear, so no byte borrows from the next).
#[inline]
fn at_least(w7: u64, n: u8) -> u64 {
    ((w7 | HI) - LO * u64::from(n)) & HI
}

/// High bit of each byte set where the byte is in `lo..=hi` (both ASCII).
#[inline]
fn within(w7: u64, lo: u8, hi: u8) -> u64 {
    at_least(w7, lo) & !at_least(w7, hi + 1)
}

/// The high bits of the eight bytes of `m`, gathered into bits 0..8.
#[inline]
fn gather(m: u64) -> u64 {
    ((m >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Call `f(offset, word)` for each 8-byte little-endian word of `block`, the last one padded
/// with zero bytes (which belong to no class).
#[inline]
fn for_each_word(block: &[u8], mut f: impl FnMut(usize, u64)) {
    debug_assert!(block.len() <= 64);
    let mut chunks = block.chunks_exact(8);
    let mut at = 0;
    for c in &mut chunks {
        f(at, u64::from_le_bytes(c.try_into().expect("8 bytes")));
        at += 8;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        f(at, u64::from_le_bytes(w));
    }
}

/// Bytes of `block` that are printable ASCII other than space and backtick (`0x21..=0x7e`,
/// not `` ` ``), and bytes that are a space.
#[inline]
pub fn plain_and_space(block: &[u8]) -> (u64, u64) {
    let (mut plain, mut space) = (0u64, 0u64);
    for_each_word(block, |at, w| {
        let ascii = !w & HI;
        let w7 = w & !HI;
        let p = ascii & within(w7, 0x21, 0x7e) & !within(w7, b'`', b'`');
        let s = ascii & within(w7, b' ', b' ');
        plain |= gather(p) << at;
        space |= gather(s) << at;
    });
    (plain, space)
}

/// Bytes of `block` that are ASCII letters or digits.
#[inline]
pub fn ascii_alnum(block: &[u8]) -> u64 {
    let mut alnum = 0u64;
    for_each_word(block, |at, w| {
        let w7 = w & !HI;
        let a =
            (!w & HI) & (within(w7, b'0', b'9') | within(w7, b'A', b'Z') | within(w7, b'a', b'z'));
        alnum |= gather(a) << at;
    });
    alnum
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn mask(block: &[u8], class: impl Fn(u8) -> bool) -> u64 {
        block
            .iter()
            .enumerate()
            .fold(0, |m, (i, &b)| m | (u64::from(class(b)) << i))
    }

    #[test]
    fn every_byte_value_in_every_position() {
        for b in 0..=255u8 {
            for pos in [0, 7, 8, 33, 63] {
                let mut block = [b'x'; 64];
                block[pos] = b;
                for len in [pos + 1, 64] {
                    let block = &block[..len];
                    let plain = |c: u8| (0x21..=0x7e).contains(&c) && c != b'`';
                    assert_eq!(
                        plain_and_space(block),
                        (mask(block, plain), mask(block, |c| c == b' '))
                    );
                    assert_eq!(
                        ascii_alnum(block),
                        mask(block, |c| c.is_ascii_alphanumeric())
                    );
                }
            }
        }
    }

    proptest! {
        #[test]
        fn masks_match_testing_each_byte(block in proptest::collection::vec(any::<u8>(), 0..=64)) {
            let plain = |c: u8| (0x21..=0x7e).contains(&c) && c != b'`';
            prop_assert_eq!(plain_and_space(&block), (mask(&block, plain), mask(&block, |c| c == b' ')));
            prop_assert_eq!(ascii_alnum(&block), mask(&block, |c| c.is_ascii_alphanumeric()));
        }
    }
}
