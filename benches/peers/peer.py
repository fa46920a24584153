#!/usr/bin/env python3
"""One Python MinHash peer over a JSONL(.gz) dump, the way its users run it; writes the pairs
it reports as TSV (a<TAB>b, a < b).

Usage: peer.py datasketch|rensa DUMP.jsonl.gz PAIRS.tsv [--threshold 0.8] [--num-perm 128]

Both peers get the same Python shingling: lower-case, split on non-word characters (\\W+),
word 5-shingles as strings (a text of fewer than 5 words is one shingle), as a set.
- datasketch: MinHash(num_perm=128) filled with update_batch (its fast documented path),
  MinHashLSH(threshold=0.8, num_perm=128) with the band layout it picks itself (b=9, r=13);
  each document queries the index and is then inserted (the usual streaming dedup loop), and
  every candidate returned by query() is reported, as datasketch's docs use it.
- rensa: RMinHash(num_perm=128, seed=42).update(shingles), RMinHashLSH(threshold=0.8,
  num_perm=128, num_bands=16) (r=8; threshold ~ (1/16)^(1/8) = 0.71, P(0.8) = 0.95); query
  then insert, and a candidate is reported when its estimated Jaccard (RMinHash.jaccard)
  clears the threshold, as rensa's deduplicator does.
"""
import gzip
import json
import re
import sys

WORD_SPLIT = re.compile(r"\W+")


def shingles(text, k=5):
    toks = [t for t in WORD_SPLIT.split(text.lower()) if t]
    if len(toks) < k:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i:i + k]) for i in range(len(toks) - k + 1)}


def records(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                yield str(r["id"]), r.get("text") or r.get("title") or ""


def run_datasketch(dump, threshold, num_perm):
    from datasketch import MinHash, MinHashLSH
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    print(f"datasketch bands={lsh.b} rows={lsh.r}", file=sys.stderr)
    for key, text in records(dump):
        m = MinHash(num_perm=num_perm)
        m.update_batch([s.encode("utf8") for s in shingles(text)])
        for other in lsh.query(m):
            yield other, key
        lsh.insert(key, m, check_duplication=False)


def run_rensa(dump, threshold, num_perm, bands=16):
    from rensa import RMinHash, RMinHashLSH
    lsh = RMinHashLSH(threshold=threshold, num_perm=num_perm, num_bands=bands)
    print(f"rensa bands={bands} rows={num_perm // bands}", file=sys.stderr)
    ids, sketches = [], []
    for key, text in records(dump):
        m = RMinHash(num_perm=num_perm, seed=42)
        m.update(list(shingles(text)))
        for other in lsh.query(m):
            if m.jaccard(sketches[other]) >= threshold:
                yield ids[other], key
        lsh.insert(len(ids), m)
        ids.append(key)
        sketches.append(m)


def main():
    args = sys.argv[1:]
    tool, dump, out = args[0], args[1], args[2]
    threshold = float(args[args.index("--threshold") + 1]) if "--threshold" in args else 0.8
    num_perm = int(args[args.index("--num-perm") + 1]) if "--num-perm" in args else 128
    run = {"datasketch": run_datasketch, "rensa": run_rensa}[tool]
    n = 0
    with open(out, "w") as f:
        for a, b in run(dump, threshold, num_perm):
            if a > b:
                a, b = b, a
            f.write(f"{a}\t{b}\n")
            n += 1
    print(f"{tool}: {n} pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
