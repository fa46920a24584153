//! Grouping verified pairs into stories.
//!
//! Copies are joined by union-find over *verified* edges only: raw LSH bucket collisions are
//! never edges, because chaining through near-misses merges unrelated stories. Components
//! are reported as sorted member lists, ordered by their smallest member, so the output does
//! not depend on edge order or thread count.

/// Disjoint sets with path halving and union by size.
#[derive(Debug, Clone)]
pub struct UnionFind {
    parent: Vec<u32>,
    size: Vec<u32>,
}

impl UnionFind {
    pub fn new(n: usize) -> Self {
        Self {
            parent: (0..n as u32).collect(),
            size: vec![1; n],
        }
    }

    pub fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let grand = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grand;
            x = grand;
        }
        x
    }

    /// Join the sets of `a` and `b`; returns false when they were already one set.
    pub fn union(&mut self, a: u32, b: u32) -> bool {
        let (mut ra, mut rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        if self.size[ra as usize] < self.size[rb as usize] {
            std::mem::swap(&mut ra, &mut rb);
        }
        self.parent[rb as usize] = ra;
        self.size[ra as usize] += self.size[rb as usize];
        true
    }

    /// All sets with at least `min_size` members: each sorted, ordered by first member.
    pub fn groups(&mut self, min_size: usize) -> Vec<Vec<u32>> {
        let n = self.parent.len();
        let mut by_root: Vec<Vec<u32>> = vec![Vec::new(); n];
        for x in 0..n as u32 {
            let r = self.find(x);
            by_root[r as usize].push(x);
        }
        let mut groups: Vec<Vec<u32>> = by_root
            .into_iter()
            .filter(|g| g.len() >= min_size.max(1))
            .collect();
        groups.sort_unstable_by_key(|g| g[0]);
        groups
    }
}

/// Connected components of size ≥ 2 of the graph on `n` nodes with `edges`.
pub fn components(n: usize, edges: impl IntoIterator<Item = (u32, u32)>) -> Vec<Vec<u32>> {
    let mut uf = UnionFind::new(n);
    for (a, b) in edges {
        uf.union(a, b);
    }
    uf.groups(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn joins_chains_and_ignores_singletons() {
        let groups = components(7, [(5, 4), (0, 2), (2, 3)]);
        assert_eq!(groups, vec![vec![0, 2, 3], vec![4, 5]]);
    }

    /// Oracle: repeated relabelling until no edge joins two labels.
    fn oracle(n: usize, edges: &[(u32, u32)]) -> Vec<Vec<u32>> {
        let mut label: Vec<u32> = (0..n as u32).collect();
        loop {
            let mut changed = false;
            for &(a, b) in edges {
                let m = label[a as usize].min(label[b as usize]);
                for x in [a, b] {
                    if label[x as usize] != m {
                        let old = label[x as usize];
                        label.iter_mut().filter(|l| **l == old).for_each(|l| *l = m);
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        let mut groups: Vec<Vec<u32>> = (0..n as u32)
            .map(|l| {
                (0..n as u32)
                    .filter(|&x| label[x as usize] == l)
                    .collect::<Vec<_>>()
            })
            .filter(|g: &Vec<u32>| g.len() >= 2)
            .collect();
        groups.sort();
        groups
    }

    proptest! {
        #[test]
        fn matches_oracle(n in 1usize..40, raw in proptest::collection::vec((0u32..40, 0u32..40), 0..60)) {
            let edges: Vec<(u32, u32)> = raw.into_iter().filter(|&(a, b)| (a as usize) < n && (b as usize) < n).collect();
            prop_assert_eq!(components(n, edges.iter().copied()), oracle(n, &edges));
        }
    }
}
