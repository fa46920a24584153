//! The copy tier's bookkeeping: exact-duplicate groups, candidate verification, and the
//! expansion of verified representative pairs to every member.

use super::{DocMeta, Pair};
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

/// Verify candidate pairs of representatives on their exact shingle sets.
pub fn verify(
    candidates: &[(u32, u32)],
    sets: &HashMap<u32, Vec<u64>>,
    rule: &CopyRule,
) -> Vec<(u32, u32, Overlap)> {
    candidates
        .par_iter()
        .filter_map(|&(a, b)| {
            let o = Overlap::of(sets.get(&a)?, sets.get(&b)?);
            rule.classify(false, &o).map(|_| (a, b, o))
        })
        .collect()
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
pub fn expand_to_members(groups: &[Vec<u32>], rep_pairs: &[(u32, u32)]) -> Vec<(u32, u32, u32, u32)> {
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
