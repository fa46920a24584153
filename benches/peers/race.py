#!/usr/bin/env python3
"""Side-by-side: retold --copies-only vs datasketch vs rensa on one generated dump, plus the
full `retold scan`. Creates its own venv (benches/peers/.venv) with the peers on first use.

Usage (from the repository root):
    python3 benches/peers/race.py --docs 100000 [--seed 1] [--out benches/out]
        [--peers datasketch,rensa] [--no-full] [--retold PATH] [--threads N] [--repeat 3]

Steps: build retold (release) unless --retold is given; `retold gen` the dump (JSONL.gz,
which every tool reads) and its truth into --out (kept and reused when present); run each
tool under /usr/bin/time -v; score; print a table (markdown) and save it with JSON details.

Scoring of copy pairs (threshold 0.8):
- Truth T = pairs of documents whose exact word-5-shingle Jaccard on the text as written is
  >= 0.8. Within a story the generator lists every such pair (`pair` lines of the truth). A
  pair of different stories can only be a copy by accident (the generator dedups its sources
  and never reuses an article); any such pair that a tool reports is checked exactly here
  and, if it clears 0.8, added to T for every tool (pooled truth).
- Recall = |reported ∩ T| / |T|.
- Precision = reported pairs that are in T, or are labelled copies of one original (same copy
  family in the truth: retold leaves recurring boilerplate lines out, so it may rightly pair a
  copy with added header/footer whose raw Jaccard is a little under 0.8) / reported pairs.
  Strict precision (in T only) is printed too.
Full scan: the same dump without --copies-only; its stories are scored with pairwise P/R
against the generator's stories (data/README.md's method, singletons included).
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "benches", "eval"))
from stories import story_scores  # the reference scorer, shared with the eval table  # noqa: E402
VENV = os.path.join(HERE, ".venv")
VPY = os.path.join(VENV, "bin", "python")
PEERS = ["datasketch", "rensa"]


def ensure_venv():
    if not os.path.exists(VPY):
        print(f"creating {VENV}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    ok = subprocess.run([VPY, "-c", "import datasketch, rensa"], capture_output=True).returncode == 0
    if not ok:
        subprocess.run([VPY, "-m", "pip", "install", "-q", "datasketch", "rensa"], check=True)
    out = subprocess.run([VPY, "-m", "pip", "list", "--format", "json"], capture_output=True, text=True, check=True)
    return {p["name"]: p["version"] for p in json.loads(out.stdout) if p["name"] in PEERS}


def timed(cmd, log):
    """Run cmd under /usr/bin/time -v; return (wall seconds, peak RSS bytes, cpu seconds)."""
    t0 = time.time()
    with open(log, "w") as f:
        r = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=f, stderr=subprocess.STDOUT)
    wall = time.time() - t0
    text = open(log).read()
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(cmd)}\n{text[-3000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) * 1024
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", text).group(1))
    sys_ = float(re.search(r"System time \(seconds\): ([\d.]+)", text).group(1))
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", text)
    wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    return wall, rss, user + sys_


def timed_median(cmd, log, repeat):
    """`timed`, repeated up to `repeat` times while a run takes under REPEAT_BELOW seconds
    (short runs are the noisy ones on a shared machine); the median run by wall time, and
    every wall time."""
    runs = [timed(cmd, log)]
    while len(runs) < repeat and runs[0][0] < REPEAT_BELOW:
        runs.append(timed(cmd, log))
    runs.sort()
    w, rss, cpu = runs[len(runs) // 2]
    return w, rss, cpu, [r[0] for r in runs]


REPEAT_BELOW = 30.0


def shingles(text, k=5):
    toks = re.findall(r"[^\W_]+", text.lower())
    if len(toks) < k:
        return frozenset([" ".join(toks)]) if toks else frozenset()
    return frozenset(" ".join(toks[i:i + k]) for i in range(len(toks) - k + 1))


def load_truth(path):
    docs, pairs = {}, {}
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt") as f:
        for line in f:
            r = json.loads(line)
            if r["type"] == "doc":
                docs[r["id"]] = r
            elif r["type"] == "pair":
                pairs[(r["a"], r["b"])] = r["jaccard"]
    return docs, pairs


def family(doc):
    return doc.get("root") or doc["id"]


def texts_of(dump, wanted):
    out = {}
    with gzip.open(dump, "rt") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in wanted:
                out[r["id"]] = r["text"]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=os.path.join(ROOT, "benches", "out"))
    ap.add_argument("--peers", default=",".join(PEERS))
    ap.add_argument("--no-full", action="store_true", help="skip the full retold scan")
    ap.add_argument("--retold", help="retold binary (default: build target/release/retold)")
    ap.add_argument("--threads", type=int, help="retold --threads (default: all cores)")
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--repeat", type=int, default=3,
                    help=f"runs of each tool that takes under {REPEAT_BELOW:.0f} s (median reported)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    versions = ensure_venv()
    retold = a.retold
    if not retold:
        subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
        retold = os.path.join(ROOT, "target", "release", "retold")
    dump = os.path.join(a.out, f"dump-{a.docs}-s{a.seed}.jsonl.gz")
    truth_path = os.path.join(a.out, f"truth-{a.docs}-s{a.seed}.jsonl.gz")
    if not (os.path.exists(dump) and os.path.exists(truth_path)):
        print(f"generating {dump}", file=sys.stderr)
        subprocess.run([retold, "gen", "-n", str(a.docs), "--seed", str(a.seed), "-o", dump,
                        "--truth", truth_path], cwd=ROOT, check=True)
    docs, truth_pairs = load_truth(truth_path)
    n = len(docs)
    size = os.path.getsize(dump)
    threads = ["--threads", str(a.threads)] if a.threads else []

    results = {}
    reported = {}
    tag = f"{a.docs}-s{a.seed}"
    # retold, copy tier
    out_json = os.path.join(a.out, f"retold-copies-{tag}.json")
    w, rss, cpu, walls = timed_median([retold, "scan", "--copies-only", "--quiet", "--format", "json",
                                       "--threshold", str(a.threshold), "-o", out_json, dump] + threads,
                                      os.path.join(a.out, f"retold-copies-{tag}.log"), a.repeat)
    rep = json.load(open(out_json))
    reported["retold --copies-only"] = {(min(p["a"], p["b"]), max(p["a"], p["b"])) for p in rep["pairs"]}
    results["retold --copies-only"] = dict(wall=w, rss=rss, cpu=cpu, walls=walls)
    for peer in [p for p in a.peers.split(",") if p]:
        tsv = os.path.join(a.out, f"{peer}-{tag}.tsv")
        w, rss, cpu, walls = timed_median([VPY, os.path.join(HERE, "peer.py"), peer, dump, tsv,
                                           "--threshold", str(a.threshold)],
                                          os.path.join(a.out, f"{peer}-{tag}.log"), a.repeat)
        with open(tsv) as f:
            reported[peer] = {tuple(l.rstrip("\n").split("\t")) for l in f if l.strip()}
        results[peer] = dict(wall=w, rss=rss, cpu=cpu, walls=walls)

    # Pooled truth: same-story pairs from the generator, plus any reported cross-story pair
    # that clears the threshold exactly.
    T = {p for p, j in truth_pairs.items() if j >= a.threshold}
    unchecked = set()
    for pairs in reported.values():
        unchecked |= {p for p in pairs if p not in T and docs[p[0]]["story"] != docs[p[1]]["story"]}
    extra = 0
    if unchecked:
        texts = texts_of(dump, {x for p in unchecked for x in p})
        for x, y in unchecked:
            sx, sy = shingles(texts[x]), shingles(texts[y])
            union = len(sx | sy)
            if union and len(sx & sy) / union >= a.threshold:
                T.add((x, y))
                extra += 1
    for tool, pairs in reported.items():
        tp = len(pairs & T)
        labelled = sum(1 for p in pairs - T if family(docs[p[0]]) == family(docs[p[1]])
                       and docs[p[0]]["story"] == docs[p[1]]["story"])
        r = results[tool]
        r.update(pairs=len(pairs), tp=tp,
                 precision=(tp + labelled) / len(pairs) if pairs else 0.0,
                 strict_precision=tp / len(pairs) if pairs else 0.0,
                 recall=tp / len(T) if T else 0.0)

    if not a.no_full:
        out_full = os.path.join(a.out, f"retold-full-{tag}.json")
        w, rss, cpu = timed([retold, "scan", "--quiet", "--format", "json", "-o", out_full, dump] + threads,
                            os.path.join(a.out, f"retold-full-{tag}.log"))
        rep = json.load(open(out_full))
        pred = {m: i for i, s in enumerate(rep["stories"]) for m in s["members"]}
        scores = story_scores({d: docs[d]["story"] for d in docs}, pred)
        P, R = scores["P"], scores["R"]
        kinds = Counter(p.get("relation") for p in rep["pairs"])
        results["retold scan (full)"] = dict(wall=w, rss=rss, cpu=cpu, pairs=len(rep["pairs"]),
                                             story_precision=P, story_recall=R,
                                             relations=dict(kinds), conflicts=len(rep.get("conflicts", [])))

    base = results["retold --copies-only"]["wall"]
    lines = [f"dump: {n} docs, {size / 1e6:.0f} MB gzipped JSONL ({os.path.basename(dump)}); "
             f"truth: {len(T)} copy pairs at Jaccard >= {a.threshold} ({extra} found outside the labelled stories)",
             f"peers: " + ", ".join(f"{k} {v}" for k, v in sorted(versions.items())),
             "wall: median of " + "; ".join(f"{t} {', '.join(f'{x:.1f}' for x in r['walls'])}"
                                          for t, r in results.items() if 'walls' in r) + " s",
             "",
             "| tool | wall s | CPU s | docs/s | peak RSS MB | wall / retold | pairs | precision (strict) | recall |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for tool, r in results.items():
        if "recall" in r:
            pr = f"{r['precision']:.4f} ({r['strict_precision']:.4f}) | {r['recall']:.4f}"
        elif "story_precision" in r:
            pr = f"stories P {r['story_precision']:.3f} | stories R {r['story_recall']:.3f}"
        else:
            pr = "- | -"
        lines.append(f"| {tool} | {r['wall']:.2f} | {r['cpu']:.1f} | {n / r['wall']:,.0f} | {r['rss'] / 2**20:,.0f} | "
                     f"{r['wall'] / base:.1f}x | {r.get('pairs', '-')} | {pr} |")
    table = "\n".join(lines)
    print(table)
    with open(os.path.join(a.out, f"race-{tag}.md"), "w") as f:
        f.write(table + "\n")
    with open(os.path.join(a.out, f"race-{tag}.json"), "w") as f:
        json.dump(dict(docs=n, bytes=size, truth_pairs=len(T), extra=extra, versions=versions, results=results), f, indent=1)


if __name__ == "__main__":
    main()
