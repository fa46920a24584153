#!/usr/bin/env python3
"""`retold score` on sentence-pair benchmarks (../shared/data, see its README): does the story
score, built for whole articles, also rank single news sentences by meaning?

  MSRP   — Microsoft Research Paraphrase Corpus: threshold chosen on `train` (best accuracy),
           accuracy and F1 of label 1 on `test`;
  STS-B  — the news part of STS-B (MSRpar, headlines, deft-news): Pearson r and Spearman rho
           between the score and the 0-5 gold similarity on `test`.

Each file's sentences become one dump (JSONL, one record per distinct sentence id) so the term
statistics come from the sentences themselves, as `retold score` would see them. Baseline on
the same pairs: TF-IDF cosine (scikit-learn, sublinear tf, English stop words), fitted on the
same sentences, with its own threshold chosen on train the same way.
Run from the repository root after `cargo build --release`, with the venv of run.sh (needs
scikit-learn and scipy):  benches/eval/.venv/bin/python benches/eval/sentence_pairs.py
"""
import csv
import gzip
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "..", "shared", "data")
BINARY = os.path.join(ROOT, "target", "release", "retold")


def rows(name):
    with gzip.open(os.path.join(DATA, name), "rt", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        return [dict(zip(header, r)) for r in reader]


def msrp_pairs():
    """(split, label, id_a, text_a, id_b, text_b) per MSRP row."""
    return [(r["split"], int(r["label"]), "m" + r["id1"], r["sentence1"], "m" + r["id2"],
             r["sentence2"]) for r in rows("msrp.tsv.gz")]


def stsb_pairs():
    return [(r["split"], float(r["score"]), f"s{i}a", r["sentence1"], f"s{i}b", r["sentence2"])
            for i, r in enumerate(rows("stsb-news.tsv.gz"))]


def retold_scores(pairs):
    with tempfile.TemporaryDirectory() as tmp:
        dump, tsv = os.path.join(tmp, "dump.jsonl"), os.path.join(tmp, "pairs.tsv")
        texts = {}
        for _, _, a, ta, b, tb in pairs:
            texts[a], texts[b] = ta, tb
        with open(dump, "w", encoding="utf-8") as f:
            for i, t in texts.items():
                f.write(json.dumps({"id": i, "text": t}) + "\n")
        with open(tsv, "w", encoding="utf-8") as f:
            for _, _, a, _, b, _ in pairs:
                f.write(f"{a}\t{b}\n")
        out = subprocess.run([BINARY, "score", dump, "--pairs", tsv, "--quiet"], check=True,
                             capture_output=True, text=True).stdout
    return [float(line.split("\t")[2]) for line in out.splitlines()]


def tfidf_scores(pairs):
    from sklearn.feature_extraction.text import TfidfVectorizer
    texts = {}
    for _, _, a, ta, b, tb in pairs:
        texts[a], texts[b] = ta, tb
    ids = list(texts)
    at = {k: i for i, k in enumerate(ids)}
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [texts[i] for i in ids])
    return [float(x[at[a]].multiply(x[at[b]]).sum()) for _, _, a, _, b, _ in pairs]


def classify(pairs, scores):
    """Threshold with the best train accuracy; test accuracy and F1 of label 1."""
    def stats(split, t):
        data = [(s, p[1]) for p, s in zip(pairs, scores) if p[0] == split]
        tp = sum(1 for s, y in data if s >= t and y)
        fp = sum(1 for s, y in data if s >= t and not y)
        fn = sum(1 for s, y in data if s < t and y)
        acc = sum(1 for s, y in data if (s >= t) == bool(y)) / len(data)
        return acc, 2 * tp / max(1, 2 * tp + fp + fn)
    t = max((i / 100 for i in range(101)), key=lambda t: stats("train", t)[0])
    acc, f1 = stats("test", t)
    return f"threshold {t:.2f} (train), test accuracy {acc:.3f}, F1 {f1:.3f}"


def correlate(pairs, scores):
    from scipy.stats import pearsonr, spearmanr
    test = [(s, p[1]) for p, s in zip(pairs, scores) if p[0] == "test"]
    x, y = [s for s, _ in test], [g for _, g in test]
    return f"test Pearson {pearsonr(x, y)[0]:.3f}, Spearman {spearmanr(x, y)[0]:.3f}"


def main():
    if not os.path.isdir(DATA):
        sys.exit(f"no data at {DATA}: skipped")
    for name, pairs, measure in [("MSRP", msrp_pairs(), classify),
                                 ("STS-B news", stsb_pairs(), correlate)]:
        print(f"{name:11} retold score : {measure(pairs, retold_scores(pairs))}")
        print(f"{name:11} TF-IDF cosine: {measure(pairs, tfidf_scores(pairs))}")


if __name__ == "__main__":
    main()
