#!/usr/bin/env python3
"""Checks kg's exports with real linked-data processors.

Run by scripts/linked-data-check.sh inside .build/venv (pyld, rdflib, networkx,
oxigraph). Every check prints `ok - NAME` or `FAIL - NAME: why`; the last line is
`N passed, N failed` and the exit status is 1 when anything failed.
"""
import argparse
import base64
import csv
import http.server
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

import networkx as nx
import rdflib
from pyld import jsonld
from rdflib import BNode, Literal, Namespace, URIRef
from rdflib.namespace import RDF

KG = Namespace("https://kg.example.org/vocab#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
WD = Namespace("http://www.wikidata.org/entity/")
BASE = "https://kg.example.org/id/"
SYMMETRIC = {"meetsWith", "cooperatesWith"}
# The PLOVER category of each predicate used by the fixtures (PredicateSpec.table); none for affiliations.
PLOVER = {"supports": "SUPPORT", "attacks": "ASSAULT", "meetsWith": "CONSULT", "brokers": "CONSULT",
          "occupies": "COERCE", "criticizes": "DISAPPROVE", "leaderOf": ""}

# Our own sentences, written for this check, full of characters that need escaping.
Q_SUPPORT = 'Moscow said it "will stand by" Damascus \\ whatever comes.\nA second line\twith a tab.'
Q_POSSIBLE = "Russia could join air strikes \u2014 \u0395\u03bb\u03bb\u03ac\u03b4\u03b1, \u6771\u4eac, \U0001F680, \u0639\u0631\u0628\u064a \u0001 end."
Q_NEGATED = "Russia will not send ground troops against the group."
Q_MEET = "Paris and Washington held talks, the <ministry> said & 'confirmed'."
Q_BROKER = "France brokered the peace deal, a, b; \"c\"."
Q_OCCUPY_1 = "Russia annexed Crimea in 2014."
Q_OCCUPY_2 = "Crimea remains under Russian control."
Q_LEADER = "Ra\u00fal Castro led Cuba for a decade."
Q_CRITICIZE = "The United States condemned Moscow's move \\n (a literal backslash-n)."
Q_SUPPORT_2 = "Russia again sided with Syria in the vote."
Q_UN = "The UN criticised Russia, calling the step \"unlawful\"."

ACTORS = {
    "russia": {"id": "russia", "label": "Russia", "type": "Country", "wikidata": "Q159", "aliases": ["Moscow", "the Kremlin"]},
    "syria": {"id": "syria", "label": "Syria", "type": "Country", "wikidata": "Q858"},
    "islamic-state": {"id": "islamic-state", "label": "Islamic State", "type": "Group", "aliases": ["ISIS", "Daesh"]},
    "france": {"id": "france", "label": "France", "type": "Country", "wikidata": "Q142"},
    "united-states": {"id": "united-states", "label": "United States", "type": "Country", "wikidata": "Q30"},
    "ukraine-peace-deal": {"id": "ukraine-peace-deal", "label": "Ukraine peace deal", "type": "Agreement"},
    "crimea": {"id": "crimea", "label": "Crimea", "type": "Place"},
    "raul-castro": {"id": "raul-castro", "label": "Ra\u00fal Castro", "type": "Person"},
    "cuba": {"id": "cuba", "label": "Cuba", "type": "Country", "wikidata": "Q241"},
    "united-nations": {"id": "united-nations", "label": "United Nations", "type": "Organization", "wikidata": "Q1065"},
}


def ev(sentence, start, quote):
    return {"sentence": sentence, "start": start, "end": start + len(quote), "text": quote, "confidence": 0.75}


def triple(s, p, o, quotes, negated=False, modality="asserted"):
    return {"subject": s, "predicate": p, "object": o, "negated": negated, "modality": modality,
            "confidence": 0.9, "evidence": [ev(i + 1, 100 * i, q) for i, q in enumerate(quotes)]}


FIXTURES = [
    {
        "document": {"id": "brief one", "title": 'Talks in "Geneva" \\ and a backslash', "date": "2019-03-04",
                     "source": "fixtures/brief one.txt", "content_hash": "1" * 64},
        "entities": [ACTORS[k] for k in ["russia", "syria", "islamic-state", "france", "united-states",
                                          "ukraine-peace-deal", "crimea", "raul-castro", "cuba"]],
        "triples": [
            triple("russia", "supports", "syria", [Q_SUPPORT]),
            triple("russia", "attacks", "islamic-state", [Q_POSSIBLE], modality="possible"),
            triple("russia", "attacks", "islamic-state", [Q_NEGATED], negated=True, modality="planned"),
            triple("united-states", "meetsWith", "france", [Q_MEET]),
            triple("france", "brokers", "ukraine-peace-deal", [Q_BROKER]),
            triple("russia", "occupies", "crimea", [Q_OCCUPY_1, Q_OCCUPY_2]),
            triple("raul-castro", "leaderOf", "cuba", [Q_LEADER]),
            triple("united-states", "criticizes", "russia", [Q_CRITICIZE]),
            triple("russia", "supports", "nobody-defined", ["This triple names an actor the document lacks."]),
        ],
    },
    {
        "document": {"id": "second/part.2 \u00e9", "title": "A second brief", "date": "2020-01-31",
                     "source": "fixtures/second.txt", "content_hash": "2" * 64},
        "entities": [ACTORS[k] for k in ["russia", "syria", "united-nations"]],
        "triples": [
            triple("russia", "supports", "syria", [Q_SUPPORT_2]),
            triple("united-nations", "criticizes", "russia", [Q_UN]),
        ],
    },
]


def expected_facts():
    """(subject, predicate, object, negated) -> (modality, quotes) over the fixtures, as kg merges them."""
    facts = {}
    for extraction in FIXTURES:
        known = {e["id"] for e in extraction["entities"]}
        for t in extraction["triples"]:
            if t["subject"] not in known or t["object"] not in known:
                continue
            s, o = t["subject"], t["object"]
            if t["predicate"] in SYMMETRIC and o < s:
                s, o = o, s
            key = (s, t["predicate"], o, t["negated"])
            modality, quotes = facts.get(key, (t["modality"], []))
            facts[key] = (modality, quotes + [e["text"] for e in t["evidence"]])
    return facts


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def run(self, name, fn, *args):
        try:
            fn(*args)
        except Exception as error:  # a check that crashes has failed
            self.failed += 1
            print(f"FAIL - {name}: {type(error).__name__}: {error}", flush=True)
        else:
            self.passed += 1
            print(f"ok - {name}", flush=True)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def kg(binary, *arguments, env=None, check_status=True):
    run_env = dict(os.environ)
    for name in ("KG_SPARQL_USER", "KG_SPARQL_PASSWORD", "KG_SPARQL_TOKEN"):
        run_env.pop(name, None)
    run_env.update(env or {})
    result = subprocess.run([binary, *arguments], capture_output=True, text=True, env=run_env, timeout=300)
    if check_status and result.returncode != 0:
        raise AssertionError(f"kg {' '.join(arguments)} exited {result.returncode}: {result.stderr.strip()}")
    return result


def parse(path, fmt):
    graph = rdflib.Graph()
    graph.parse(path, format=fmt)
    return graph


def same_triples(a, b, what):
    only_a, only_b = set(a) - set(b), set(b) - set(a)
    check(not only_a and not only_b,
          f"{what}: {len(only_a)} triples only in the first, {len(only_b)} only in the second; e.g. {list(only_a)[:2]} {list(only_b)[:2]}")


def no_blank_nodes(graph):
    for s, p, o in graph:
        check(not isinstance(s, BNode) and not isinstance(o, BNode), f"blank node in {s} {p} {o}")


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sparql_select(port, query):
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=data,
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["results"]["bindings"]


class RecordingHandler(http.server.BaseHTTPRequestHandler):
    """A loopback Graph Store stand-in that records what kg sends (for the credential checks)."""
    requests = []

    def handle_one(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        RecordingHandler.requests.append({"method": self.command, "path": self.path,
                                          "headers": dict(self.headers), "body": body})
        status = 401 if self.path.startswith("/deny") else 204
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = handle_one
    do_POST = handle_one

    def log_message(self, *args):
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kg", required=True)
    parser.add_argument("--oxigraph", required=True)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    options = parser.parse_args()
    binary = os.path.abspath(options.kg)
    work = tempfile.mkdtemp(prefix="kg-linked-data-")
    checks = Checks()
    expected = expected_facts()
    all_quotes = {q for _, quotes in expected.values() for q in quotes}
    store = os.path.join(work, "kg.sqlite")
    files = {}

    # 1. Import the fixtures and export every format.
    def import_and_export():
        paths = []
        for i, extraction in enumerate(FIXTURES):
            path = os.path.join(work, f"extraction-{i}.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(extraction, f, ensure_ascii=False, indent=1)
            paths.append(path)
        result = kg(binary, "import", "--store", store, *paths)
        check("nobody-defined" in result.stderr, "the triple with an unknown actor is not reported")
        for fmt in ["jsonld", "nt", "ttl", "csv", "graphml", "gexf"]:
            files[fmt] = os.path.join(work, f"graph.{fmt}")
            kg(binary, "export", "--store", store, "--format", fmt, "--out", files[fmt])
        files["neo4j"] = os.path.join(work, "neo4j")
        kg(binary, "export", "--store", store, "--format", "neo4j", "--out", files["neo4j"])
        files["base-nt"] = os.path.join(work, "base.nt")
        files["base-jsonld"] = os.path.join(work, "base.jsonld")
        kg(binary, "export", "--store", store, "--format", "nt", "--base", "https://example.net/news", "--out", files["base-nt"])
        kg(binary, "export", "--store", store, "--format", "jsonld", "--base", "https://example.net/news", "--out", files["base-jsonld"])
    checks.run("kg import and kg export in every format", import_and_export)
    if not files.get("base-jsonld"):
        print(f"{checks.passed} passed, {checks.failed} failed")
        return 1
    nt = parse(files["nt"], "nt")

    # 2. JSON-LD through pyld: expand, convert to RDF, same triples as N-Triples.
    def pyld_round_trip(jsonld_path, nt_path):
        with open(jsonld_path, encoding="utf-8") as f:
            document = json.load(f)
        check("@context" in document and isinstance(document["@context"], dict), "no inline @context")
        expanded = jsonld.expand(document)
        check(len(expanded) > 0, "pyld expanded to nothing")
        nquads = jsonld.to_rdf(document, {"format": "application/n-quads"})
        from_pyld = rdflib.Graph()
        from_pyld.parse(data=nquads, format="nt")
        reference = parse(nt_path, "nt")
        check(len(reference) > 0, "the N-Triples export is empty")
        no_blank_nodes(from_pyld)
        no_blank_nodes(reference)
        same_triples(from_pyld, reference, "pyld's RDF vs N-Triples")
    checks.run("pyld expands the JSON-LD and its RDF equals the N-Triples", pyld_round_trip, files["jsonld"], files["nt"])
    checks.run("the same holds with --base", pyld_round_trip, files["base-jsonld"], files["base-nt"])

    def base_is_used():
        graph = parse(files["base-nt"], "nt")
        subjects = {str(s) for s in graph.subjects()}
        check(subjects and all(s.startswith("https://example.net/news/") for s in subjects), "a subject is outside --base")
        kg_terms = {str(t) for triple in graph for t in triple if str(t).startswith("https://example.net/vocab#")}
        check("https://example.net/vocab#supports" in kg_terms, "the vocabulary did not follow --base to its host")
        check(not any(str(t).startswith(str(KG)) for triple in graph for t in triple), "the default vocabulary is left under --base")
    checks.run("--base puts every node under it and the vocabulary on its host", base_is_used)

    # 3. rdflib parses JSON-LD and Turtle to the same graph.
    checks.run("rdflib parses the JSON-LD to the N-Triples graph",
               lambda: same_triples(parse(files["jsonld"], "json-ld"), nt, "rdflib JSON-LD vs N-Triples"))
    checks.run("rdflib parses the Turtle to the N-Triples graph",
               lambda: same_triples(parse(files["ttl"], "turtle"), nt, "Turtle vs N-Triples"))

    def oxigraph_parses_every_format():
        for fmt in ["nt", "ttl", "jsonld"]:
            result = subprocess.run([options.oxigraph, "convert", "--from-file", files[fmt], "--to-format", "nt"],
                                    capture_output=True, text=True, timeout=120)
            check(result.returncode == 0, f"oxigraph cannot parse the {fmt} export: {result.stderr.strip()}")
            graph = rdflib.Graph()
            graph.parse(data=result.stdout, format="nt")
            same_triples(graph, nt, f"Oxigraph's reading of the {fmt} export vs N-Triples")
    checks.run("Oxigraph's strict parsers read N-Triples, Turtle and JSON-LD to the same graph", oxigraph_parses_every_format)

    # 4. What the graph says.
    def statements_and_provenance():
        facts = set(nt.subjects(RDF.type, KG.Fact))
        check(len(facts) == len(expected), f"{len(facts)} statement nodes, expected {len(expected)}")
        for fact in facts:
            check((fact, RDF.type, RDF.Statement) in nt, f"{fact} is not an rdf:Statement")
            evidence = set(nt.objects(fact, PROV.wasDerivedFrom))
            count = nt.value(fact, KG.evidenceCount)
            check(evidence and int(count) == len(evidence), f"{fact}: evidenceCount {count} for {len(evidence)} evidence nodes")
            for node in [nt.value(fact, RDF.subject), nt.value(fact, RDF.object)]:
                check(nt.value(node, SCHEMA.name) is not None, f"{fact}: an end without a name")
            check(nt.value(fact, KG.modality) in {KG.asserted, KG.possible, KG.planned}, f"{fact}: bad modality")
            check(isinstance(nt.value(fact, KG.negated).toPython(), bool), f"{fact}: negated is not a boolean")
            predicate = str(nt.value(fact, RDF.predicate)).rsplit("#", 1)[-1]
            plover = nt.value(fact, KG.ploverCategory)
            check((str(plover) if plover is not None else "") == PLOVER[predicate], f"{fact}: ploverCategory {plover}")
            for piece in evidence:
                document = nt.value(piece, PROV.wasQuotedFrom)
                check((document, RDF.type, SCHEMA.NewsArticle) in nt, f"{piece}: not linked to a document")
                check(nt.value(piece, KG.quote) is not None and nt.value(piece, KG.startOffset) is not None,
                      f"{piece}: no quote or offsets")
    checks.run("every fact is a statement node derived from evidence quoted from a document", statements_and_provenance)

    def quotes_survive():
        quotes = {str(o) for o in nt.objects(None, KG.quote)}
        check(quotes == all_quotes, f"quotes differ: missing {all_quotes - quotes}, extra {quotes - all_quotes}")
        titles = {str(o) for o in nt.objects(None, SCHEMA.headline)}
        check('Talks in "Geneva" \\ and a backslash' in titles, "the title with quotes and a backslash changed")
    checks.run("quotes and titles survive escaping exactly", quotes_survive)

    def plain_edges_and_links():
        actor = lambda i: URIRef(BASE + "actor/" + i)
        check((actor("russia"), KG.supports, actor("syria")) in nt, "no plain edge russia supports syria")
        check((actor("france"), KG.meetsWith, actor("united-states")) in nt, "no plain symmetric edge")
        check((actor("russia"), KG.attacks, actor("islamic-state")) not in nt, "a possible or negated fact became a plain edge")
        check((actor("russia"), SCHEMA.sameAs, WD.Q159) in nt, "no schema:sameAs to Wikidata")
        check((actor("islamic-state"), SCHEMA.alternateName, Literal("Daesh")) in nt, "aliases missing")
        check((actor("crimea"), RDF.type, SCHEMA.Place) in nt, "Crimea is not a schema:Place")
        check((actor("raul-castro"), SCHEMA.name, Literal("Ra\u00fal Castro")) in nt, "accented label changed")
        documents = {str(o) for o in nt.objects(None, SCHEMA.identifier)}
        check("second/part.2 \u00e9" in documents, "the document id with a slash and an accent is lost")
    checks.run("plain edges, Wikidata links, aliases and types", plain_edges_and_links)

    def vocabulary_parses():
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        vocabulary = parse(os.path.join(root, "docs", "vocabulary.ttl"), "turtle")
        used = {p for p in nt.predicates() if str(p).startswith(str(KG))}
        defined = set(vocabulary.subjects(RDF.type, RDF.Property))
        check(used <= defined, f"predicates used but not defined: {used - defined}")
        check(len(set(vocabulary.subjects(KG.ploverCategory, None))) == 12, "PLOVER categories missing")
    checks.run("docs/vocabulary.ttl parses and defines every kg: property used", vocabulary_parses)

    # 5. CSV and GraphML.
    def csv_rows():
        with open(files["csv"], encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        check(len(rows) == len(expected), f"{len(rows)} CSV rows for {len(expected)} facts")
        for row in rows:
            key = (row["subject"], row["predicate"], row["object"], row["negated"] == "true")
            check(key in expected, f"unexpected CSV row {key}")
            check(int(row["evidence_count"]) == len(expected[key][1]), f"{key}: evidence_count {row['evidence_count']}")
            check(row["first_quote"] in expected[key][1], f"{key}: first_quote changed: {row['first_quote']!r}")
            check(row["plover"] == PLOVER[key[1]], f"{key}: plover {row['plover']!r}")
    checks.run("CSV: one row per fact, evidence counted, quotes intact", csv_rows)

    def graphml_loads():
        graph = nx.read_graphml(files["graphml"])
        check(isinstance(graph, nx.MultiDiGraph), f"parallel facts should give a MultiDiGraph, got {type(graph).__name__}")
        actors_used = {k[0] for k in expected} | {k[2] for k in expected}
        check(set(graph.nodes) == set(ACTORS), f"nodes {sorted(graph.nodes)}")
        check(graph.number_of_edges() == len(expected), f"{graph.number_of_edges()} edges for {len(expected)} facts")
        check(graph.nodes["raul-castro"]["label"] == "Ra\u00fal Castro", "label changed")
        quotes = {d.get("quote") for _, _, d in graph.edges(data=True)}
        check(Q_MEET in quotes and Q_SUPPORT in quotes, "quotes with markup or line breaks changed")
        check(all(isinstance(d["negated"], bool) and isinstance(d["evidence"], int) for _, _, d in graph.edges(data=True)),
              "typed attributes lost")
        check(actors_used <= set(graph.nodes), "an edge end is missing")
        for _, _, d in graph.edges(data=True):
            check(d.get("plover", "") == PLOVER[d["predicate"]], f"{d['predicate']}: plover {d.get('plover')!r}")
            want = 0 if d["negated"] else d["evidence"]
            check(d["weight"] == want, f"{d['predicate']} negated={d['negated']}: weight {d['weight']}, expected {want}")
        check(any(d["negated"] for _, _, d in graph.edges(data=True)), "the fixtures lost their negated fact")
    checks.run("GraphML loads in NetworkX with typed attributes, PLOVER, negated facts weighing 0", graphml_loads)

    def gexf_loads():
        graph = nx.read_gexf(files["gexf"], version="1.3")
        check(isinstance(graph, nx.MultiDiGraph), f"expected a MultiDiGraph, got {type(graph).__name__}")
        check(graph.graph.get("mode") == "dynamic", "the GEXF is not dynamic, so Gephi's timeline has nothing to play")
        check(set(graph.nodes) == set(ACTORS), f"nodes {sorted(graph.nodes)}")
        check(graph.number_of_edges() == len(expected), f"{graph.number_of_edges()} edges for {len(expected)} facts")
        dates = {d["document"]["id"]: d["document"]["date"] for d in FIXTURES}
        for s, o, d in graph.edges(data=True):
            key = (s, d["predicate"], o, d["negated"])
            check(key in expected, f"unexpected GEXF edge {key}")
            check(d["weight"] == (0 if d["negated"] else len(expected[key][1])), f"{key}: weight {d['weight']}")
            check(d.get("plover", "") == PLOVER[d["predicate"]], f"{key}: plover {d.get('plover')!r}")
            spells = d.get("spells") or []
            check(spells and all(a == b and a in dates.values() for a, b in spells), f"{key}: spells {spells}")
        supports = [d for s, o, d in graph.edges(data=True) if (s, o, d["predicate"]) == ("russia", "syria", "supports")]
        check(len(supports) == 1 and sorted(a for a, _ in supports[0]["spells"]) == sorted(dates.values()),
              "Russia supports Syria is reported in both fixtures but its spells say otherwise")
        check(graph.nodes["united-nations"].get("spells") == [(dates["second/part.2 \u00e9"],) * 2],
              f"united-nations spells {graph.nodes['united-nations'].get('spells')}")
        check(Q_MEET in {d.get("quote") for _, _, d in graph.edges(data=True)}, "a quote with markup changed")
    checks.run("GEXF 1.3 loads in NetworkX as a dynamic graph dated by its evidence", gexf_loads)

    def neo4j_tables():
        # neo4j-admin's CSV: "" inside quotes, line breaks inside quotes (--multiline-fields),
        # arrays and labels split on U+001F (--array-delimiter=U+001F).
        delimiter = "\x1f"
        with open(os.path.join(files["neo4j"], "actors.csv"), encoding="utf-8", newline="") as f:
            nodes = list(csv.reader(f))
        with open(os.path.join(files["neo4j"], "facts.csv"), encoding="utf-8", newline="") as f:
            rels = list(csv.reader(f))
        node_header, rel_header = nodes[0], rels[0]
        check([h for h in node_header if ":ID" in h] == ["actorId:ID(Actor)"], f"node ID column: {node_header}")
        check(":LABEL" in node_header, "no :LABEL column")
        for column in [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"]:
            check(rel_header.count(column) == 1, f"relationship header lacks {column}: {rel_header}")
        ids = [row[0] for row in nodes[1:]]
        check(set(ids) == set(ACTORS) and len(ids) == len(set(ids)), f"node ids {sorted(ids)}")
        labels = {row[0]: row[node_header.index(":LABEL")].split(delimiter) for row in nodes[1:]}
        check(all(l[0] == "Actor" and l[1] == ACTORS[i]["type"] for i, l in labels.items()), f"labels {labels}")
        column = {name.split(":")[0] or name: i for i, name in enumerate(rel_header)}
        check(len(rels) - 1 == len(expected), f"{len(rels) - 1} relationships for {len(expected)} facts")
        for row in rels[1:]:
            check(len(row) == len(rel_header), f"a row of {len(row)} fields")
            start, end = row[rel_header.index(":START_ID(Actor)")], row[rel_header.index(":END_ID(Actor)")]
            check(start in ids and end in ids, f"relationship end missing: {start} -> {end}")
            negated = row[column["negated"]] == "true"
            key = (start, row[column["predicate"]], end, negated)
            check(key in expected, f"unexpected relationship {key}")
            rel_type = row[rel_header.index(":TYPE")]
            check(rel_type.startswith("NOT_") == negated and rel_type.replace("_", "").isalpha() and rel_type.isupper(), f"type {rel_type}")
            quotes = row[column["evidenceQuotes"]].split(delimiter)
            check(sorted(quotes) == sorted(expected[key][1]), f"{key}: quotes changed: {quotes!r}")
            check(int(row[column["weight"]]) == (0 if negated else len(quotes)), f"{key}: weight")
            check(row[column["plover"]] == PLOVER[key[1]], f"{key}: plover {row[column['plover']]!r}")
        with open(os.path.join(files["neo4j"], "load.cypher"), encoding="utf-8") as f:
            script = f.read()
        check("neo4j-admin database import full" in script and "LOAD CSV WITH HEADERS" in script, "load.cypher is incomplete")
    checks.run("neo4j-admin CSVs: headers, ids, every relationship end a node, quotes and arrays intact", neo4j_tables)

    # 6. kg build on articles written here, then the same comparison.
    def build_from_articles():
        articles = os.path.join(work, "articles")
        os.makedirs(articles)
        with open(os.path.join(articles, "week one \u00e9.txt"), "w", encoding="utf-8") as f:
            f.write("A short note on the week\n\nRussia supports Syria in the new talks.\nFrance backs Germany on the budget.\n")
        out = os.path.join(work, "build-out")
        kg(binary, "build", articles, "--out", out, "--format", "dot")
        store_path = os.path.join(out, "kg.sqlite")
        check(os.path.exists(store_path), "kg build wrote no store")
        for fmt in ["nt", "jsonld"]:
            kg(binary, "export", "--store", store_path, "--format", fmt, "--out", os.path.join(out, f"graph.{fmt}"))
        pyld_round_trip(os.path.join(out, "graph.jsonld"), os.path.join(out, "graph.nt"))
    checks.run("kg build's store exports JSON-LD equal to its N-Triples", build_from_articles)

    # 7. Push to a real Oxigraph server on loopback and count.
    def push_to_oxigraph():
        port = free_port()
        log = open(os.path.join(work, "oxigraph.log"), "w")
        server = subprocess.Popen([options.oxigraph, "serve", "--location", os.path.join(work, "oxigraph"),
                                   "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.time() + 60
            while True:
                try:
                    sparql_select(port, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
                    break
                except Exception:
                    check(server.poll() is None, "oxigraph serve exited; see oxigraph.log")
                    check(time.time() < deadline, "oxigraph did not answer within 60 s")
                    time.sleep(0.2)
            endpoint = f"http://127.0.0.1:{port}/store"
            result = kg(binary, "push", "--store", store, "--sparql", endpoint)
            graph_iri = result.stdout.split("<", 1)[1].split(">", 1)[0]
            check(graph_iri == BASE + "graph/build-1", f"default graph IRI {graph_iri}")
            count = int(sparql_select(port, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")[0]["n"]["value"])
            check(count == len(nt), f"Oxigraph holds {count} triples, the N-Triples export {len(nt)}")
            rows = sparql_select(port, f"SELECT ?q WHERE {{ GRAPH <{graph_iri}> {{ ?e <{KG.quote}> ?q }} }}")
            check({r["q"]["value"] for r in rows} == all_quotes, "quotes changed on the way to Oxigraph")
            # PUT twice to a given graph: replaced, not doubled.
            for _ in range(2):
                kg(binary, "push", "--store", store, "--sparql", endpoint, "--graph", "urn:kg:check")
            count = int(sparql_select(port, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:kg:check> { ?s ?p ?o } }")[0]["n"]["value"])
            check(count == len(nt), f"after two PUTs the graph holds {count} triples, expected {len(nt)}")
        finally:
            os.kill(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(server.pid, signal.SIGKILL)
                server.wait()
            log.close()
    checks.run("kg push to oxigraph serve on 127.0.0.1; SPARQL COUNT matches the export", push_to_oxigraph)

    # 8. Credentials: from the environment, sent, never printed.
    def credentials():
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RecordingHandler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        port = server.server_address[1]
        secret = "s3cr3t-Pa55w0rd"
        try:
            RecordingHandler.requests.clear()
            result = kg(binary, "push", "--store", store, "--sparql", f"http://127.0.0.1:{port}/store",
                        "--graph", "https://example.net/g?x=1", env={"KG_SPARQL_USER": "alice", "KG_SPARQL_PASSWORD": secret})
            check(secret not in result.stdout + result.stderr, "the password was printed")
            request = RecordingHandler.requests[-1]
            check(request["method"] == "PUT", f"method {request['method']}")
            expected_auth = "Basic " + base64.b64encode(f"alice:{secret}".encode()).decode()
            check(request["headers"].get("Authorization") == expected_auth, "Basic credentials not sent")
            check(request["headers"].get("Content-Type", "").startswith("application/n-triples"), "wrong Content-Type")
            query = urllib.parse.parse_qs(urllib.parse.urlparse(request["path"]).query)
            check(query.get("graph") == ["https://example.net/g?x=1"], f"graph parameter {query}")
            sent = rdflib.Graph()
            sent.parse(data=request["body"].decode("utf-8"), format="nt")
            same_triples(sent, nt, "pushed body vs N-Triples")
            result = kg(binary, "push", "--store", store, "--sparql", f"http://127.0.0.1:{port}/store",
                        "--method", "post", env={"KG_SPARQL_TOKEN": secret})
            check(RecordingHandler.requests[-1]["headers"].get("Authorization") == "Bearer " + secret, "token not sent")
            check(RecordingHandler.requests[-1]["method"] == "POST", "--method post not used")
            check(secret not in result.stdout + result.stderr, "the token was printed")
            result = kg(binary, "push", "--store", store, "--sparql", f"http://127.0.0.1:{port}/deny",
                        env={"KG_SPARQL_USER": "alice", "KG_SPARQL_PASSWORD": secret}, check_status=False)
            check(result.returncode != 0 and "401" in result.stderr, f"a refused push: {result.returncode} {result.stderr!r}")
            check(secret not in result.stdout + result.stderr, "the password was printed on failure")
            result = kg(binary, "push", "--store", store, "--sparql", f"http://alice:{secret}@127.0.0.1:{port}/store",
                        check_status=False)
            check(result.returncode != 0 and secret not in result.stdout + result.stderr, "credentials in the URL were accepted or shown")
        finally:
            server.shutdown()
            server.server_close()
    checks.run("push credentials come from the environment and are never printed", credentials)

    print(f"{checks.passed} passed, {checks.failed} failed")
    if options.keep or checks.failed:
        print(f"work folder kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
