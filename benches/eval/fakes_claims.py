#!/usr/bin/env python3
"""Claim differences found by retold on FA-KES fact-altered triples
(../shared/data/fakes-triples-dev.jsonl.gz, see the data README).

For every altered record (`<n>-between`: two facts changed; `<n>-changed`: three) compared
with its `<n>-original`, retold's conflicts are mapped to the seven fact fields:

  date                         -> Date of death
  number                       -> Name of casualty or group  (casualty counts)
  entity, subject "place"      -> Place of death
  entity, subject "cause"      -> Cause of death  (air strike / shelling / car bomb ...)
  entity, subject "casualty"   -> Name of casualty or group  (civilians / SDF fighters ...)
  entity, subject "actor"/"party", attribution -> Actor
  name, title                  -> Name of casualty or group
  spelling_variant             -> nothing (information, not a difference)

and scored as micro precision/recall/F1 over (record, field) decisions against the gold
`changed_facts` fields. "Type" has no conflict kind that maps to it, so it counts as a miss
whenever it changes. Also reported: how many flags retold raises
between identical versions (every record with itself, and the identical originals of
triples 22 and 44) — it should be none.

Runs `target/release/retold compare A B --corpus FILE --format json` per pair (the claims
of both articles, aligned and compared by `retold::claims::compare_story`).
Stdlib only. Run from the repository root after `cargo build --release`.
"""
import argparse
import collections
import gzip
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "..", "shared", "data", "fakes-triples-dev.jsonl.gz")
FIELDS = ["Name of casualty or group", "Gender or age group", "Cause of death", "Type", "Actor",
          "Place of death", "Date of death"]


def field_of(conflict):
    kind, subject = conflict["kind"], conflict.get("subject", "")
    if kind == "date":
        return "Date of death"
    if kind == "number":
        return "Name of casualty or group"
    if kind == "entity":
        if subject == "place":
            return "Place of death"
        if subject == "casualty":
            return "Name of casualty or group"
        return "Cause of death" if subject == "cause" else "Actor"
    if kind == "attribution":
        return "Actor"
    if kind in ("name", "title"):
        return "Name of casualty or group"
    return None


def compare(binary, a, b):
    out = subprocess.run([binary, "compare", a, b, "--corpus", DATA, "--format", "json", "--quiet"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["conflicts"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "retold"))
    ap.add_argument("--verbose", action="store_true", help="print every flag")
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    args = ap.parse_args()
    if not os.path.exists(DATA):
        print(f"skip: {DATA} not found", file=sys.stderr)
        return 0
    records = {r["id"]: r for r in map(json.loads, gzip.open(DATA, "rt", encoding="utf-8"))}
    tp = fp = fn = 0
    per_field = collections.defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    flags_altered = 0
    for rid, rec in sorted(records.items(), key=lambda kv: (int(kv[0].split("-")[0]), kv[0])):
        if rec["variant"] == "original":
            continue
        orig = f"{rec['story']}-original"
        conflicts = compare(args.binary, orig, rid)
        flags_altered += len(conflicts)
        gold = {c["field"] for c in rec["changed_facts"]}
        pred = {f for f in map(field_of, conflicts) if f}
        for f in FIELDS:
            if f in pred and f in gold:
                tp += 1
                per_field[f][0] += 1
            elif f in pred:
                fp += 1
                per_field[f][1] += 1
            elif f in gold:
                fn += 1
                per_field[f][2] += 1
        if args.verbose:
            print(f"{orig} vs {rid}: gold {sorted(gold)}")
            for c in conflicts:
                vs = " | ".join(f"{v['doc']}: {v['value']}" for v in c["variants"])
                print(f"   {c['kind']:16} {c.get('subject', '')[:20]:20} -> {field_of(c)}: {vs}")
    identical_pairs = [(rid, rid) for rid in sorted(records)] + [("22-original", "44-original")]
    identical_flags = 0
    for a, b in identical_pairs:
        flags = compare(args.binary, a, b)
        identical_flags += len(flags)
        if flags and args.verbose:
            print(f"identical {a} vs {b}: {[c['kind'] for c in flags]}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    altered = sum(1 for r_ in records.values() if r_["variant"] != "original")
    if args.json:
        print(json.dumps({"P": round(p, 4), "R": round(r, 4), "F1": round(f1, 4), "altered_records": altered,
                          "flags_on_altered": flags_altered, "identical_pairs": len(identical_pairs),
                          "flags_on_identical": identical_flags,
                          "per_field": {f: dict(zip(("tp", "fp", "fn"), v)) for f, v in per_field.items()}}))
        return 0
    print(f"FA-KES triples: {altered} altered records vs their originals, {flags_altered} flags")
    print(f"changed fields  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    for f in FIELDS:
        t, x, n = per_field[f]
        rec_f = t / (t + n) if t + n else 0.0
        print(f"  {f:28} recall {rec_f:.2f}  (tp {t}, fp {x}, fn {n})")
    print(f"identical versions: {len(identical_pairs)} pairs, {identical_flags} flags")
    return 0


if __name__ == "__main__":
    sys.exit(main())
