#!/usr/bin/env python3
"""Prints strict precision, recall and F1 per predicate, matched as score.py matches.

Usage: per-predicate.py GOLD_DIR PRED_DIR [--score PATH_TO_SCORE_PY]

GOLD_DIR holds NAME.json gold files; PRED_DIR holds the NAME.json outputs of
`kg extract NAME.txt --format json`. The matching is score.py's own: this script loads
score.py by path (by default GOLD_DIR/../../eval/score.py, the layout of ../shared) and
calls its `score_doc` and `prf`, so the two can never disagree. A gold document with no
output scores as an empty output, as in score.py. A predicate outside the ontology that
the output uses is listed after the others.
"""
import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path


def load_score(path):
    if not path.is_file():
        sys.exit(f"per-predicate: {path} is absent; pass --score PATH_TO_SCORE_PY")
    spec = importlib.util.spec_from_file_location("kg_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_pred(path):
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError as err:
        print(f"{path.stem}: unreadable output ({err}); scored as empty", file=sys.stderr)
        return {}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, help="folder of NAME.json gold files")
    ap.add_argument("pred", type=Path, help="folder of NAME.json extraction outputs")
    ap.add_argument("--score", type=Path, help="score.py to match with (default: GOLD_DIR/../../eval/score.py)")
    args = ap.parse_args()

    score = load_score(args.score or args.gold.resolve().parent.parent / "eval" / "score.py")
    gold_files = sorted(args.gold.glob("*.json"))
    if not gold_files:
        sys.exit(f"per-predicate: no gold files in {args.gold}")

    hits, predicted, gold = Counter(), Counter(), Counter()
    for path in gold_files:
        result = score.score_doc(json.loads(path.read_text()), read_pred(args.pred / path.name))
        hits.update(result["per_predicate"])
        predicted.update(result["pred_per_predicate"])
        gold.update(result["gold_per_predicate"])

    known = [p for p in sorted(score.PREDICATES) if gold[p] or predicted[p]]
    unknown = sorted(p for p in set(gold) | set(predicted) if p not in score.PREDICATES)
    print(f"{'predicate':15s} {'gold':>5s} {'pred':>5s} {'tp':>4s}  {'P':>5s} {'R':>5s} {'F1':>5s}")
    for p in known + unknown:
        precision, recall, f1 = score.prf(hits[p], predicted[p], gold[p])
        print(f"{p:15s} {gold[p]:5d} {predicted[p]:5d} {hits[p]:4d}  {precision:5.3f} {recall:5.3f} {f1:5.3f}")
    total = (sum(hits.values()), sum(predicted.values()), sum(gold.values()))
    precision, recall, f1 = score.prf(*total)
    print(f"{'all':15s} {total[2]:5d} {total[1]:5d} {total[0]:4d}  {precision:5.3f} {recall:5.3f} {f1:5.3f}")


if __name__ == "__main__":
    main()
