//! Average-link clustering of articles into stories, over the candidate graph.
//!
//! Single link (union-find over pairs above a threshold) chains unrelated stories through
//! near-misses: on AllSides it collapsed to F1 0.00 at thresholds ≤ 0.34 (notes/retellings.md).
//! Average link merges two groups only if their *mean* pairwise similarity clears the bar,
//! and that mean is exact without an all-pairs matrix: for unit vectors, Σ_{a∈A,b∈B} a·b =
//! (Σ_A a)·(Σ_B b), so each group keeps the sum of its vectors. Candidate edges are visited
//! in descending similarity; a failed check between two groups is remembered until one of
//! them changes (their mean cannot change otherwise), so each edge costs one lookup at most.
//! Groups given up front (verified copies) start merged.

use super::vectors::{add, dot, StoryVector};
use crate::cluster::UnionFind;
use ahash::AHashSet;

struct Group {
    /// Sum of the members' vectors; empty for a single article, whose sum is its own vector
    /// (not copied: on a big dump that would double the vectors' memory).
    sum: Vec<(u32, f32)>,
    /// sum · sum, so the group's cohesion (mean similarity of its own pairs) is
    /// (sum_sq − size) / (size · (size − 1)) for unit vectors.
    sum_sq: f32,
    size: u32,
    version: u32,
}

impl Group {
    fn sum<'a>(&'a self, root: u32, vectors: &'a [StoryVector]) -> &'a [(u32, f32)] {
        if self.size == 1 {
            &vectors[root as usize].terms
        } else {
            &self.sum
        }
    }

    fn cohesion(&self) -> Option<f32> {
        (self.size >= 2).then(|| {
            let n = self.size as f32;
            (self.sum_sq - n) / (n * (n - 1.0))
        })
    }
}

/// Cluster `n` articles. `edges` are (a, b, similarity); `seeds` are groups that start merged.
/// Returns groups of ≥ 2 articles, each sorted, ordered by first member.
pub fn average_link(
    vectors: &[StoryVector],
    edges: &[(u32, u32, f32)],
    seeds: &[Vec<u32>],
    threshold: f32,
    relative: f32,
) -> Vec<Vec<u32>> {
    let n = vectors.len();
    let mut uf = UnionFind::new(n);
    let mut groups: Vec<Option<Group>> = vectors
        .iter()
        .map(|v| {
            Some(Group {
                sum: Vec::new(),
                sum_sq: dot(&v.terms, &v.terms),
                size: 1,
                version: 0,
            })
        })
        .collect();
    let merge = |uf: &mut UnionFind, groups: &mut Vec<Option<Group>>, a: u32, b: u32| {
        let (ra, rb) = (uf.find(a), uf.find(b));
        if ra == rb {
            return;
        }
        let ga = groups[ra as usize].take().expect("root has a group");
        let gb = groups[rb as usize].take().expect("root has a group");
        uf.union(ra, rb);
        let root = uf.find(ra);
        let (sa, sb) = (ga.sum(ra, vectors), gb.sum(rb, vectors));
        let cross = dot(sa, sb);
        groups[root as usize] = Some(Group {
            sum_sq: ga.sum_sq + gb.sum_sq + 2.0 * cross,
            sum: add(sa, sb),
            size: ga.size + gb.size,
            version: ga.version.max(gb.version) + 1,
        });
    };
    for seed in seeds {
        for w in seed.windows(2) {
            merge(&mut uf, &mut groups, w[0], w[1]);
        }
    }
    let mut order: Vec<&(u32, u32, f32)> = edges.iter().collect();
    order.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
    let mut failed: AHashSet<(u32, u32, u32, u32)> = AHashSet::new();
    for &&(a, b, sim) in &order {
        if sim < threshold {
            break;
        }
        let (ra, rb) = (uf.find(a), uf.find(b));
        if ra == rb {
            continue;
        }
        let (ga, gb) = (
            groups[ra as usize].as_ref().expect("root"),
            groups[rb as usize].as_ref().expect("root"),
        );
        let key = (ra.min(rb), ra.max(rb), ga.version, gb.version);
        let key = if ra < rb {
            key
        } else {
            (key.0, key.1, gb.version, ga.version)
        };
        if failed.contains(&key) {
            continue;
        }
        let mean =
            dot(ga.sum(ra, vectors), gb.sum(rb, vectors)) / (ga.size as f32 * gb.size as f32);
        let fits = |g: &Group| g.cohesion().is_none_or(|c| mean >= relative * c);
        if mean >= threshold && fits(ga) && fits(gb) {
            merge(&mut uf, &mut groups, a, b);
        } else {
            failed.insert(key);
        }
    }
    uf.groups(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(terms: &[(u32, f32)]) -> StoryVector {
        let norm = terms.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
        StoryVector {
            terms: terms.iter().map(|&(h, w)| (h, w / norm)).collect(),
        }
    }

    #[test]
    fn average_link_does_not_chain() {
        // a–b close, b–c close, but a and c share nothing: single link would chain a–b–c.
        let vs = vec![
            v(&[(1, 1.0), (2, 1.0)]),
            v(&[(2, 1.0), (3, 1.0)]),
            v(&[(3, 1.0), (4, 1.0)]),
        ];
        let edges = vec![(0, 1, 0.5), (1, 2, 0.5)];
        assert_eq!(average_link(&vs, &edges, &[], 0.4, 0.0), vec![vec![0, 1]]);
        assert_eq!(
            average_link(&vs, &edges, &[], 0.2, 0.0),
            vec![vec![0, 1, 2]]
        );
    }

    #[test]
    fn seeds_start_merged() {
        let vs = vec![v(&[(1, 1.0)]), v(&[(2, 1.0)]), v(&[(3, 1.0)])];
        assert_eq!(
            average_link(&vs, &[], &[vec![0, 2]], 0.5, 0.0),
            vec![vec![0, 2]]
        );
    }
}
