#!/usr/bin/env python3
"""Draws a random sample of the facts kg finds in the Wikinews corpus, for a human judge.

Usage: sample-facts.py KG_BINARY [--seed N] [--count 60] [--out FILE.tsv]
                       [--shared DIR] [--store FILE]

Writes each row of SHARED/corpora/wikinews/*.csv as TITLE, a blank line, TEXT into a
temporary folder (NAME_ROW.txt, e.g. wikinews_2019_0007.txt, row counted from 1), runs
`kg build` on that folder into a temporary store (or into --store, which is kept), reads
every fact with `kg query --json --evidence`, and draws --count of them with a fixed seed.
Each is printed as subject, predicate, object, negated, modality and one quote; --out
also writes them as TSV with an empty `verdict` column to fill in (e.g. right / wrong).

The draw depends only on the store's facts: they are sorted by (subject, predicate,
object, negated) before sampling, and the quote is the earliest piece of evidence by
(document, offset), so the same store and seed always give the same sample.
"""
import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

COLUMNS = ["n", "subject", "predicate", "object", "negated", "modality", "document", "quote", "verdict"]


def write_texts(corpus, folder):
    """Writes one .txt per CSV row; returns how many."""
    csv.field_size_limit(sys.maxsize)
    count = 0
    for table in sorted(corpus.glob("*.csv")):
        with open(table, newline="", encoding="utf-8") as f:
            for row_number, row in enumerate(csv.DictReader(f), start=1):
                title, text = (row.get("title") or "").strip(), (row.get("text") or "").strip()
                if not title and not text:
                    continue
                name = f"{table.stem}_{row_number:04d}.txt"
                (folder / name).write_text(f"{title}\n\n{text}\n", encoding="utf-8")
                count += 1
    return count


def build(kg, texts, store, out):
    result = subprocess.run([kg, "build", str(texts), "--store", str(store), "--out", str(out),
                             "--format", "dot", "--quiet"], capture_output=True, text=True)
    if result.returncode != 0:
        # kg build exits 1 when an input could not be read but still stores the rest.
        print(f"sample-facts: kg build exited {result.returncode}:\n{result.stderr.strip()}", file=sys.stderr)
        if not store.exists():
            sys.exit("sample-facts: no store was written")


def read_facts(kg, store):
    result = subprocess.run([kg, "query", "--store", str(store), "--json", "--evidence"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"sample-facts: kg query failed:\n{result.stderr.strip()}")
    return json.loads(result.stdout)


def one_line(text):
    return " ".join(str(text).split())


def row_of(fact):
    evidence = sorted(fact.get("evidence", []), key=lambda e: (e.get("document", ""), e.get("start", 0), e.get("end", 0)))
    first = evidence[0] if evidence else {}
    return {
        "subject": fact["subject"]["label"],
        "predicate": fact["predicate"],
        "object": fact["object"]["label"],
        "negated": "yes" if fact.get("negated") else "no",
        "modality": fact.get("modality", "asserted"),
        "document": first.get("document", ""),
        "quote": one_line(first.get("text", "")),
        "verdict": "",
    }


def sample(facts, count, seed):
    ordered = sorted(facts, key=lambda f: (f["subject"]["id"], f["predicate"], f["object"]["id"], bool(f.get("negated"))))
    chosen = random.Random(seed).sample(ordered, min(count, len(ordered)))
    return [dict(row_of(f), n=str(i)) for i, f in enumerate(chosen, start=1)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kg", type=Path, help="the kg binary (e.g. .build/release/kg)")
    ap.add_argument("--seed", type=int, default=20261130, help="random seed (default: 20261130)")
    ap.add_argument("--count", type=int, default=60, help="how many facts to draw (default: 60)")
    ap.add_argument("--out", type=Path, help="also write the sample as TSV here, with an empty verdict column")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared",
                    help="the shared folder holding corpora/wikinews (default: ../shared beside the checkout)")
    ap.add_argument("--store", type=Path, help="build into this store and keep it (default: a temporary one)")
    args = ap.parse_args()

    kg = str(args.kg.resolve())
    corpus = args.shared / "corpora" / "wikinews"
    if not list(corpus.glob("*.csv")):
        sys.exit(f"sample-facts: no CSV files in {corpus}")
    with tempfile.TemporaryDirectory(prefix="kg-sample-") as tmp:
        tmp = Path(tmp)
        texts = tmp / "texts"
        texts.mkdir()
        articles = write_texts(corpus, texts)
        store = args.store.resolve() if args.store else tmp / "kg.sqlite"
        build(kg, texts, store, tmp / "out")
        facts = read_facts(kg, store)

    rows = sample(facts, args.count, args.seed)
    print(f"{len(rows)} of {len(facts)} facts from {articles} articles (seed {args.seed})\n")
    for r in rows:
        print(f"{r['n']:>3}. {r['subject']} | {r['predicate']} | {r['object']} | negated={r['negated']} | {r['modality']}")
        print(f"     \u201c{r['quote']}\u201d ({r['document']})")
    if args.out:
        with open(args.out, "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n",
                                    quoting=csv.QUOTE_MINIMAL)
            writer.writeheader()
            writer.writerows(rows)
        print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
