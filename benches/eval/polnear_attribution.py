#!/usr/bin/env python3
"""Speaker ("source") span extraction of `retold claims` on PolNeAR, scored as the data
README defines it (../shared/data/README.md, section polnear):

  exact   — a predicted speaker span is correct when a gold source span has the same set of
            fragments; precision/recall/F1 over unique spans per document, micro-averaged;
  overlap — per document, the set of character offsets covered by predicted speakers vs by
            gold sources (fragments only); P = |pred ∩ gold| / |pred|, R = |pred ∩ gold| / |gold|,
            summed over documents.
A third line, "span overlap", matches predicted and gold spans one-to-one when they overlap
(the looser measure the prototype in notes/claims.md also reported).

PolNeAR offsets are Python code points; retold's are UTF-8 bytes, converted here.
Develop on train, select on dev:  python3 benches/eval/polnear_attribution.py --split train
Stdlib only. Run from the repository root after `cargo build --release`.
"""
import argparse
import bisect
import gzip
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "..", "shared", "data")


def byte_to_char(text):
    """Map a UTF-8 byte offset of `text` to its code point offset."""
    starts = []
    b = 0
    for ch in text:
        starts.append(b)
        b += len(ch.encode("utf-8"))
    starts.append(b)

    def conv(off):
        i = bisect.bisect_left(starts, off)
        if i >= len(starts) or starts[i] != off:
            raise ValueError(f"byte offset {off} is not on a character boundary")
        return i

    return conv


def gold_fragments(span):
    if span.get("fragments"):
        return tuple(sorted((f["start"], f["end"]) for f in span["fragments"]))
    return ((span["start"], span["end"]),)


def run_retold(path, binary):
    out = subprocess.run(
        [binary, "claims", path, "--format", "jsonl", "--quiet"],
        check=True, capture_output=True, text=True,
    ).stdout
    return {rec["doc"]: rec for rec in map(json.loads, out.splitlines())}


def prf(tp_p, n_p, tp_r, n_g):
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "retold"))
    ap.add_argument("--errors", type=int, default=0, help="print N false positives and N misses (train only)")
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    args = ap.parse_args()
    path = os.path.join(DATA, f"polnear-{args.split}.jsonl.gz")
    if not os.path.exists(path):
        print(f"skip: {path} not found", file=sys.stderr)
        return 0
    if args.errors and args.split == "dev":
        sys.exit("--errors is for train: dev is for model selection only")
    records = [json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8")]
    predicted = run_retold(path, args.binary)

    exact_tp = n_pred = n_gold = 0
    ov_inter = ov_pred = ov_gold = 0
    sp_tp_p = sp_tp_r = 0
    fps, fns = [], []
    skipped = []
    for rec in records:
        text = rec["text"]
        conv = byte_to_char(text)
        gold = {gold_fragments(a["source"]) for a in rec["attributions"] if a.get("source")}
        pred = set()
        for a in predicted.get(rec["id"], {}).get("attributions", []):
            s = a["speaker"]
            start, end = conv(s["start"]), conv(s["end"])
            pred.add(((start, end),))
            if text[start:end] != s["text"]:
                # retold read this text otherwise (web markup in it is read as a browser
                # shows it), so its offsets point into another text: the document is left out.
                skipped.append(rec["id"])
                break
        if skipped and skipped[-1] == rec["id"]:
            continue
        n_pred += len(pred)
        n_gold += len(gold)
        exact_tp += len(pred & gold)
        pc = {c for frags in pred for (s, e) in frags for c in range(s, e)}
        gc = {c for frags in gold for (s, e) in frags for c in range(s, e)}
        ov_inter += len(pc & gc)
        ov_pred += len(pc)
        ov_gold += len(gc)
        # one-to-one matching of overlapping spans (greedy in text order)
        used = set()
        for p in sorted(pred):
            pset = {c for (s, e) in p for c in range(s, e)}
            for g in sorted(gold):
                if g in used:
                    continue
                if pset & {c for (s, e) in g for c in range(s, e)}:
                    used.add(g)
                    sp_tp_p += 1
                    break
        sp_tp_r += len(used)
        if args.errors:
            for p in sorted(pred - gold):
                (s, e), = p
                fps.append((rec["id"], text[s:e], text[max(0, s - 60):e + 40].replace("\n", " ")))
            for g in sorted(gold - pred):
                s, e = g[0][0], g[-1][1]
                fns.append((rec["id"], text[s:e], text[max(0, s - 60):e + 40].replace("\n", " ")))

    rows = {
        "exact": prf(exact_tp, n_pred, exact_tp, n_gold),
        "overlap": prf(ov_inter, ov_pred, ov_inter, ov_gold),
        "span_overlap": prf(sp_tp_p, n_pred, sp_tp_r, n_gold),
    }
    if args.json:
        print(json.dumps({k: {"P": round(v[0], 4), "R": round(v[1], 4), "F1": round(v[2], 4)} for k, v in rows.items()}
                         | {"split": args.split, "documents": len(records) - len(skipped), "predicted": n_pred, "gold": n_gold}))
    else:
        print(f"PolNeAR {args.split}: {len(records) - len(skipped)} documents, {n_gold} gold source spans, {n_pred} predicted")
        if skipped:
            print(f"left out {len(skipped)} documents read with their web markup cleaned: {', '.join(skipped)}")
        print(f"{'':14} {'P':>6} {'R':>6} {'F1':>6}")
        for name, (p, r, f) in rows.items():
            print(f"{name:14} {p:6.3f} {r:6.3f} {f:6.3f}")
    if args.errors:
        import random
        rnd = random.Random(0)
        print("\n# false positives")
        for x in rnd.sample(fps, min(args.errors, len(fps))):
            print(repr(x[1]), "|", x[2])
        print("\n# misses")
        for x in rnd.sample(fns, min(args.errors, len(fns))):
            print(repr(x[1]), "|", x[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
