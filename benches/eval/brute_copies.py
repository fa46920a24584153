#!/usr/bin/env python3
"""Brute-force ground truth for the copy tier: every pair of records whose exact word-5-shingle
Jaccard is at least T, found with an inverted index (no sampling, no sketches).

Usage: brute_copies.py DUMP.jsonl.gz [T] [retold-scan.json]
Tokens: NFKC, lower case, maximal runs of alphanumeric characters (the same definition
retold uses, written independently here). With a retold JSON report, prints recall and the
reported pairs below T.
"""
import gzip, json, re, sys, unicodedata
from collections import defaultdict

def shingles(text, k=5):
    toks = re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).lower())
    if not toks:
        return frozenset()
    if len(toks) < k:
        return frozenset([tuple(toks)])
    return frozenset(tuple(toks[i:i + k]) for i in range(len(toks) - k + 1))

def main():
    path = sys.argv[1]
    t = float(sys.argv[2]) if len(sys.argv) > 2 else 0.8
    opener = gzip.open if path.endswith(".gz") else open
    ids, sets = [], []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = r.get("text") or r.get("title") or ""
            if not text.strip():
                continue
            ids.append(str(r["id"]))
            sets.append(shingles(text))
    index = defaultdict(list)
    for i, s in enumerate(sets):
        for sh in s:
            index[sh].append(i)
    truth = {}
    for i, s in enumerate(sets):
        counts = defaultdict(int)
        for sh in s:
            for j in index[sh]:
                if j > i:
                    counts[j] += 1
        for j, inter in counts.items():
            jac = inter / (len(s) + len(sets[j]) - inter)
            if jac >= t:
                a, b = sorted((ids[i], ids[j]))
                truth[(a, b)] = jac
    print(f"{len(ids)} documents, {len(truth)} pairs with Jaccard >= {t}")
    if len(sys.argv) > 3:
        rep = json.load(open(sys.argv[3]))
        got = {(p["a"], p["b"]) for p in rep["pairs"]}
        found = len(got & truth.keys())
        print(f"retold: {len(got)} pairs, recall {found / max(1, len(truth)):.4f} ({found}/{len(truth)})")
        id_set = {i: k for k, i in enumerate(ids)}
        below = []
        for a, b in got - truth.keys():
            x, y = sets[id_set[a]], sets[id_set[b]]
            inter = len(x & y)
            below.append((inter / (len(x) + len(y) - inter), a, b))
        print(f"reported pairs below {t}: {len(below)}", sorted(below)[:10])
        missed = sorted(((truth[k], k) for k in truth.keys() - got))[:10]
        print("missed (lowest first):", missed)

if __name__ == "__main__":
    main()
