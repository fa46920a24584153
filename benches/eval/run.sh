#!/usr/bin/env bash
# Reproduce the README's same-story table ("Measured", "Retellings"): builds retold, makes a
# venv with the baselines' Python packages (scikit-learn, scipy, datasketch) on first use, runs
# benches/eval/stories.py, then the sentence-pair check (benches/eval/sentence_pairs.py;
# skipped by --skip-baselines).
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=benches/eval/.venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q scikit-learn scipy datasketch numpy
fi
cargo build --release -q
"$venv/bin/python" benches/eval/stories.py "$@"
case " $* " in
  *" --skip-baselines "*) ;;
  *) "$venv/bin/python" benches/eval/sentence_pairs.py ;;
esac
