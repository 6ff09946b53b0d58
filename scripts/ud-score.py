#!/usr/bin/env python3
"""Scores a CoNLL-U file predicted on gold tokens against the gold file.

Prints UPOS, lemma, UAS and LAS over every integer-id word (punctuation included,
as the CoNLL 2018 shared task counts them). LAS compares the universal part of the
relation only when --universal is given; by default the full label (nsubj:pass).
Usage: ud-score.py GOLD PRED [--name NAME] [--universal]
"""
import sys


def words(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            out.append(cols)
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    name = "corpus"
    if "--name" in sys.argv:
        name = sys.argv[sys.argv.index("--name") + 1]
        args.remove(name)
    universal = "--universal" in sys.argv
    gold, pred = words(args[0]), words(args[1])
    if len(gold) != len(pred):
        sys.exit(f"ud-score: {args[1]} has {len(pred)} words, {args[0]} has {len(gold)}")
    n = len(gold)
    upos = lemma = uas = las = 0
    for g, p in zip(gold, pred):
        if g[1] != p[1]:
            sys.exit(f"ud-score: word mismatch: {g[1]!r} vs {p[1]!r}")
        upos += g[3] == p[3]
        lemma += g[2] == p[2]
        if g[6] == p[6]:
            uas += 1
            gl, pl = (g[7].split(":")[0], p[7].split(":")[0]) if universal else (g[7], p[7])
            las += gl == pl
    print(f"{name:<10} words {n:>6}  UPOS {upos / n:.4f}  lemma {lemma / n:.4f}  UAS {uas / n:.4f}  LAS {las / n:.4f}")


if __name__ == "__main__":
    main()
