//! The copy tier's bookkeeping: exact-duplicate groups, candidate verification, and the
//! expansion of verified representative pairs to every member.

use super::{DocMeta, Pair};
use crate::shingle::Shingle;
use crate::verify::{CopyRule, Overlap, Relation};
use rayon::prelude::*;
use std::collections::HashMap;

/// Groups of documents with the same normalized text, each sorted, ordered by first member
/// (singletons included). The first member is the group's representative.
pub fn duplicate_groups(docs: &[DocMeta]) -> Vec<Vec<u32>> {
    let mut order: Vec<u32> = (0..docs.len() as u32).collect();
    order.par_sort_unstable_by_key(|&i| (docs[i as usize].text_hash, i));
    let mut groups: Vec<Vec<u32>> = order
        .chunk_by(|&x, &y| docs[x as usize].text_hash == docs[y as usize].text_hash)
        .map(<[u32]>::to_vec)
        .collect();
    groups.sort_unstable_by_key(|g| g[0]);
    groups
}

/// Verify candidate pairs of representatives on their exact shingle sets, each with its rule.
pub fn verify<'s>(
    candidates: &[(u32, u32, &CopyRule)],
    set_of: impl Fn(u32) -> Option<&'s [Shingle]> + Sync,
) -> Vec<(u32, u32, Overlap)> {
    candidates
        .par_iter()
        .filter_map(|&(a, b, rule)| {
            let o = Overlap::of(set_of(a)?, set_of(b)?);
            rule.classify(false, &o).map(|_| (a, b, o))
        })
        .collect()
}

/// Verify pairs when their shingle sets must be recomputed from the input, in bounded
/// memory. The documents that start a pair (the smaller index) are cut into blocks whose
/// sets fit `budget` hashes (`sizes` gives each document's set size); each block costs one
/// re-read (`reread(wanted, label, each)` hands back `(index, set)` batches in input order):
/// the block's sets are kept as they stream by, and every later document that pairs with
/// one of them is verified the moment it arrives and then dropped. A dump whose candidates
/// fit the budget is read once more; a huge one a few times, never more memory.
pub fn verify_rereading<E>(
    pairs: &[(u32, u32, &CopyRule)],
    sizes: &[u32],
    budget: usize,
    mut reread: impl FnMut(&[u32], &str, &mut dyn FnMut(Vec<(u32, Vec<Shingle>)>)) -> Result<(), E>,
) -> Result<Vec<(u32, u32, Overlap)>, E> {
    let mut firsts: Vec<u32> = pairs.iter().map(|p| p.0).collect();
    firsts.sort_unstable();
    firsts.dedup();
    let mut blocks: Vec<&[u32]> = Vec::new();
    let (mut start, mut used) = (0, 0usize);
    for (i, &d) in firsts.iter().enumerate() {
        let size = sizes[d as usize] as usize;
        if used + size > budget && i > start {
            blocks.push(&firsts[start..i]);
            start = i;
            used = 0;
        }
        used += size;
    }
    if start < firsts.len() {
        blocks.push(&firsts[start..]);
    }
    let mut verified = Vec::new();
    for (k, block) in blocks.iter().enumerate() {
        let (lo, hi) = (block[0], block[block.len() - 1]);
        let in_block: Vec<&(u32, u32, &CopyRule)> =
            pairs.iter().filter(|p| (lo..=hi).contains(&p.0)).collect();
        let mut partners: HashMap<u32, Vec<(u32, &CopyRule)>> = HashMap::new();
        for &&(a, b, rule) in &in_block {
            partners.entry(b).or_default().push((a, rule));
        }
        let mut wanted: Vec<u32> = block
            .iter()
            .copied()
            .chain(partners.keys().copied())
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut held: HashMap<u32, Vec<Shingle>> = HashMap::new();
        let label = if blocks.len() == 1 {
            "verifying".to_string()
        } else {
            format!("verify {}/{}", k + 1, blocks.len())
        };
        reread(&wanted, &label, &mut |batch| {
            for (i, set) in batch {
                if let Some(firsts_of) = partners.get(&i) {
                    for &(a, rule) in firsts_of {
                        if let Some(sa) = held.get(&a) {
                            let o = Overlap::of(sa, &set);
                            if rule.classify(false, &o).is_some() {
                                verified.push((a, i, o));
                            }
                        }
                    }
                }
                if block.binary_search(&i).is_ok() {
                    held.insert(i, set);
                }
            }
        })?;
    }
    verified.sort_unstable_by_key(|v| (v.0, v.1));
    Ok(verified)
}

/// Every copy pair: all pairs inside a group of identical texts, and every member pair of two
/// groups whose representatives were verified as near duplicates. Scores are Jaccard.
pub fn expand_pairs(groups: &[Vec<u32>], verified: &[(u32, u32, Overlap)]) -> Vec<Pair> {
    let group_of: HashMap<u32, &Vec<u32>> = groups.iter().map(|g| (g[0], g)).collect();
    let mut pairs = Vec::new();
    for g in groups.iter().filter(|g| g.len() > 1) {
        for (i, &a) in g.iter().enumerate() {
            for &b in &g[i + 1..] {
                pairs.push(Pair {
                    a,
                    b,
                    relation: Relation::Duplicate,
                    score: 1.0,
                    jaccard: Some(1.0),
                    containment: Some(1.0),
                });
            }
        }
    }
    for (ra, rb, o) in verified {
        for &a in group_of[ra] {
            for &b in group_of[rb] {
                pairs.push(Pair {
                    a: a.min(b),
                    b: a.max(b),
                    relation: Relation::NearDuplicate,
                    score: o.jaccard(),
                    jaccard: Some(o.jaccard()),
                    containment: Some(o.containment()),
                });
            }
        }
    }
    pairs.sort_unstable_by_key(|p| (p.a, p.b));
    pairs.dedup_by_key(|p| (p.a, p.b));
    pairs
}

/// Expand pairs of representatives to all member pairs.
pub fn expand_to_members(
    groups: &[Vec<u32>],
    rep_pairs: &[(u32, u32)],
) -> Vec<(u32, u32, u32, u32)> {
    let group_of: HashMap<u32, &Vec<u32>> = groups.iter().map(|g| (g[0], g)).collect();
    let mut out = Vec::new();
    for &(ra, rb) in rep_pairs {
        for &a in group_of[&ra] {
            for &b in group_of[&rb] {
                out.push((a.min(b), a.max(b), ra, rb));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::mix64;

    #[test]
    fn blocked_rereading_verifies_like_holding_everything() {
        // 40 documents; documents 2k and 2k+1 are near copies; a few unrelated candidates.
        let sets: Vec<Vec<Shingle>> = (0..40u64)
            .map(|d| {
                let base = d / 2;
                let mut s: Vec<Shingle> = (0..100)
                    .map(|i| mix64(base * 1000 + i) as Shingle)
                    .collect();
                if d % 2 == 1 {
                    s[0] = mix64(99_999 + d) as Shingle;
                }
                s.sort_unstable();
                s
            })
            .collect();
        let rule = CopyRule {
            jaccard: 0.8,
            containment: None,
            min_contained_shingles: 0,
        };
        let mut pairs: Vec<(u32, u32, &CopyRule)> =
            (0..20).map(|k| (2 * k, 2 * k + 1, &rule)).collect();
        pairs.extend((0..10).map(|k| (k, 39 - k, &rule)));
        pairs.sort_by_key(|p| (p.0, p.1));
        let all: HashMap<u32, Vec<Shingle>> = sets
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, s)| (i as u32, s))
            .collect();
        let mut expected = verify(&pairs, |d| all.get(&d).map(Vec::as_slice));
        expected.sort_unstable_by_key(|v| (v.0, v.1));
        assert_eq!(expected.len(), 20);
        let sizes = vec![100u32; 40];
        let mut passes = 0;
        let got = verify_rereading::<()>(&pairs, &sizes, 350, |wanted, _, each| {
            passes += 1;
            for chunk in wanted.chunks(7) {
                each(
                    chunk
                        .iter()
                        .map(|&i| (i, sets[i as usize].clone()))
                        .collect(),
                );
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(got, expected);
        assert!(passes > 1, "a small budget takes several passes");
    }
}
