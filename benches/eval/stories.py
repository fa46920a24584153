#!/usr/bin/env python3
"""Same-story evaluation of `retold scan` against two baselines, on the labelled dev sets.

Usage: benches/eval/stories.py [--data ../shared/data] [--retold target/release/retold]
                               [--skip-baselines] [--sets ecbplus-dev,wmt21-ja-en,...]

For every set it runs `retold scan FILE --format json` with retold's ONE default configuration,
turns its stories into a partition (unclustered records are singletons) and scores pairwise
P/R/F1 and ARI with the reference scorer from ../shared/data/README.md. Baselines, on the same
records (title + text, as retold reads them):
  - TF-IDF cosine (scikit-learn TfidfVectorizer, English stop words, sublinear tf) with
    average-link clustering, its threshold tuned separately on each set (the best of
    0.05..0.95 by F1: an upper bound no single default can reach);
  - datasketch MinHash (128 permutations) of word 3-shingles with MinHashLSH, connected
    components of the LSH pairs whose estimated Jaccard clears the threshold, also tuned per set.
The baselines need scikit-learn, scipy and datasketch: `benches/eval/run.sh` makes a venv.
"""
import argparse, gzip, json, os, re, subprocess, sys, time
from collections import Counter
from math import comb

SETS = ["ecbplus-dev", "wmt21-ja-en", "wmt21-is-en", "allsides", "allsides-excerpts"]


def story_scores(gold, pred):
    """Reference scorer (../shared/data/README.md)."""
    ids = list(gold)
    p = {i: pred.get(i, ("__singleton__", i)) for i in ids}
    n_ij = Counter((gold[i], p[i]) for i in ids)
    tp = sum(comb(v, 2) for v in n_ij.values())
    gold_pos = sum(comb(v, 2) for v in Counter(gold[i] for i in ids).values())
    pred_pos = sum(comb(v, 2) for v in Counter(p[i] for i in ids).values())
    P = tp / pred_pos if pred_pos else 0.0
    R = tp / gold_pos if gold_pos else 0.0
    F1 = 2 * P * R / (P + R) if P + R else 0.0
    expected = gold_pos * pred_pos / comb(len(ids), 2) if len(ids) > 1 else 0.0
    max_index = (gold_pos + pred_pos) / 2
    ARI = (tp - expected) / (max_index - expected) if max_index != expected else 1.0
    return {"P": P, "R": R, "F1": F1, "ARI": ARI}


def load(data, name):
    base = "allsides" if name.startswith("allsides") else name
    recs = []
    with gzip.open(os.path.join(data, base + ".jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if name == "allsides-excerpts" and r.get("kind") != "outlet_excerpt":
                continue
            recs.append(r)
    return recs


def run_retold(retold, recs, tmp):
    with open(tmp, "w", encoding="utf-8") as f:
        for r in recs:
            out = {k: r[k] for k in ("id", "text", "title", "date", "source") if r.get(k) is not None}
            f.write(json.dumps(out) + "\n")
    t = time.time()
    res = subprocess.run([retold, "scan", tmp, "--format", "json", "--quiet", "--no-claims"],
                         capture_output=True, text=True, check=True)
    elapsed = time.time() - t
    rep = json.loads(res.stdout)
    pred = {m: ("s", s["id"]) for s in rep["stories"] for m in s["members"]}
    return pred, elapsed


def texts(recs):
    return [((r.get("title") or "") + "\n" + (r.get("text") or "")).strip() for r in recs]


def tfidf_baseline(recs, gold):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from scipy.cluster.hierarchy import linkage, fcluster
    from scipy.spatial.distance import squareform
    import numpy as np
    X = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts(recs))
    sim = (X @ X.T).toarray()
    np.clip(sim, 0.0, 1.0, out=sim)
    dist = 1.0 - sim
    np.fill_diagonal(dist, 0.0)
    Z = linkage(squareform(dist, checks=False), method="average")
    del sim, dist
    best = None
    for t in [x / 100 for x in range(5, 96, 5)]:
        labels = fcluster(Z, t=1.0 - t, criterion="distance")
        pred = {r["id"]: ("c", int(l)) for r, l in zip(recs, labels)}
        s = story_scores(gold, pred)
        if best is None or s["F1"] > best[1]["F1"]:
            best = (t, s)
    return best


def minhash_baseline(recs, gold):
    from datasketch import MinHash, MinHashLSH
    sigs = []
    for t in texts(recs):
        toks = re.findall(r"\w+", t.lower())
        m = MinHash(num_perm=128)
        for i in range(max(1, len(toks) - 2)):
            m.update(" ".join(toks[i:i + 3]).encode("utf-8"))
        sigs.append(m)
    best = None
    for t in [0.1, 0.2, 0.3, 0.5, 0.7]:
        lsh = MinHashLSH(threshold=t, num_perm=128)
        for i, m in enumerate(sigs):
            lsh.insert(str(i), m)
        parent = list(range(len(recs)))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for i, m in enumerate(sigs):
            for j in lsh.query(m):
                j = int(j)
                if j != i and m.jaccard(sigs[j]) >= t:
                    parent[find(i)] = find(j)
        pred = {r["id"]: ("c", find(i)) for i, r in enumerate(recs)}
        s = story_scores(gold, pred)
        if best is None or s["F1"] > best[1]["F1"]:
            best = (t, s)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "../../../shared/data"))
    ap.add_argument("--retold", default="target/release/retold")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--skip-baselines", action="store_true")
    args = ap.parse_args()
    rows = []
    for name in args.sets.split(","):
        recs = load(args.data, name)
        gold = {r["id"]: r["story"] for r in recs}
        pred, secs = run_retold(args.retold, recs, "/tmp/retold-eval-%s.jsonl" % name)
        s = story_scores(gold, pred)
        row = [name, len(recs), s, secs]
        if not args.skip_baselines:
            row.append(tfidf_baseline(recs, gold))
            row.append(minhash_baseline(recs, gold))
        rows.append(row)
        print(name, len(recs), "retold", {k: round(v, 3) for k, v in s.items()}, "%.1fs" % secs,
              *(("tfidf t=%.2f" % b[0], {k: round(v, 3) for k, v in b[1].items()}) for b in row[4:5]),
              *(("minhash t=%.2f" % b[0], {k: round(v, 3) for k, v in b[1].items()}) for b in row[5:6]),
              file=sys.stderr, flush=True)
    print("| set | records | retold P / R / F1 / ARI (one default) |"
          + ("" if args.skip_baselines else " TF-IDF avg-link, tuned per set: t, F1 / ARI | datasketch MinHash, tuned per set: t, F1 / ARI |"))
    print("|---|---|---|" + ("" if args.skip_baselines else "---|---|"))
    for row in rows:
        name, n, s = row[0], row[1], row[2]
        line = f"| {name} | {n} | {s['P']:.3f} / {s['R']:.3f} / **{s['F1']:.3f}** / {s['ARI']:.3f} |"
        for t, b in row[4:]:
            line += f" {t:.2f}: {b['F1']:.3f} / {b['ARI']:.3f} |"
        print(line)


if __name__ == "__main__":
    main()
