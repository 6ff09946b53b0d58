#!/usr/bin/env python3
"""Build Sources/Extraction/Resources/en/people.tsv (heads of state/government since 1990, QIDs, offices, aliases).

Usage:  python3 scripts/make-people-table.py ../shared/data/actors [-o OUT]   (run from the repository root)
Input:  ACTORS/geografia-wikidata/leaders_{history,current}.csv and ACTORS/phoenix/Phoenix.Countries.actors.txt
Output: OUT (default Sources/Extraction/Resources/en/people.tsv); same input gives the same bytes.
Prints a summary (rows, bytes, where labels came from, people skipped); PEOPLE_VERBOSE=1 lists details.
"""
import argparse
import collections
import csv
import difflib
import os
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------
# Fixed facts

# UN member states (193) plus the two observer states (PSE, VAT), ISO 3166-1 alpha-3.
UN_STATES = frozenset("""
AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA
BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK
DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY
HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ
MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY
QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD
TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB
ZWE PSE VAT
""".split())
assert len(UN_STATES) == 195

# Phoenix uses CAMEO country codes; these differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"TMP": "TLS"}

# When one person's latest office is held in several states at once (a monarch's
# realms, the French president as co-prince of Andorra), prefer these.
HOME_STATE_PREFERENCE = ("GBR", "FRA")

# Countries whose names are written family name first (the surname alias is the first word).
FAMILY_NAME_FIRST = frozenset({"CHN", "KOR", "PRK"})

SCOPE_START = "1990-01-01"
PHOENIX_LAST_DAY = "2015-12-31"   # Phoenix's dated roles stop in early 2015

# Title words dropped from the front of a name (compared after folding).
TITLES_MULTI = [
    ("president", "elect"), ("vice", "president"), ("deputy", "prime", "minister"),
    ("prime", "minister"), ("foreign", "minister"), ("defense", "minister"),
    ("defence", "minister"), ("interior", "minister"), ("finance", "minister"),
    ("secretary", "of", "state"), ("secretary", "of", "defense"), ("secretary", "general"),
    ("defense", "secretary"), ("crown", "prince"), ("supreme", "leader"),
    ("field", "marshal"), ("his", "majesty"), ("her", "majesty"), ("his", "excellency"),
    ("head", "of", "state"), ("grand", "duke"), ("grand", "duchess"),
]
TITLES_SINGLE = frozenset("""
president presient premier pm chancellor kanzler bundeskanzler king queen prince princess emir
sheikh shaikh sheik ayatollah mr mrs ms dr gen general col colonel lt maj major capt captain
adm admiral marshal senator sen gov governor former minister secretary ambassador deputy acting
interim sir lord dame rep mullah imam chairman comrade pope cardinal bishop archbishop excellency
brigadier lieutenant commander judge justice sayyed sayyid hajji haji leader chief congressman
congresswoman representative ex
""".split())

# Words that make a Phoenix variant a collective or descriptive phrase, not a person's name.
NON_NAME_WORDS = frozenset("""
government governments regime administration administrations forces force army party ministry office
cabinet department committee camp supporters loyalists family troops militia team of the and state
states republic kingdom people peoples s council movement
""".split())

# Lower-case name particles (kept lower-case when not the first word).
PARTICLES = frozenset("al el bin bint ibn de da do dos das del della di van von der den du la le y e i zu ter ten ould".split())

# Portuguese words in geografia labels that mark a style, not a name.
PORTUGUESE_STYLE_WORDS = frozenset(
    "papa rei rainha imperador imperatriz principe princesa duquesa grao senhor senhora "
    "sultao xeque infante herdeiro condessa visconde".split())

# Lower-case words a real (non-styled) name may contain.
LOWER_NAME_WORDS = PARTICLES | frozenset("ben te of".split())

# Portuguese forms of regnal names -> English/native forms, used only to look a
# monarch up in Phoenix (a label made this way needs a Phoenix match).
PORTUGUESE_REGNAL_NAMES = {
    "isabel": ["elizabeth"], "carlos": ["charles", "carl", "carlos"], "guilherme": ["willem", "william"],
    "alexandre": ["alexander"], "alberto": ["albert"], "balduino": ["baudouin"], "simeao": ["simeon"],
    "beatriz": ["beatrix"], "frederico": ["frederik"], "margarida": ["margrethe"],
    "filipe": ["felipe", "philippe"], "joao": ["juan", "john"], "olavo": ["olav"],
    "henrique": ["henri"], "gustavo": ["gustaf"], "bento": ["benedict"], "leao": ["leo"],
    "francisco": ["francis"], "luis": ["louis"], "honorato": ["honore"], "antonio": ["antoine"],
    "magno": ["magnus"], "erico": ["eric", "erik"], "canuto": ["knut"], "sigurdo": ["sigurd"],
    "ingo": ["inge"], "paulo": ["paul"], "jorge": ["george"],
}

ROMAN_RE = re.compile(r"^[IVXL]+$")

# ---------------------------------------------------------------------------
# Text helpers

_EXTRA_FOLD = str.maketrans({
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
    "Þ": "Th", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ħ": "h", "Ħ": "H",
    "’": "'", "ʻ": "'", "ʼ": "'", "‘": "'", "`": "'", "ʿ": "'", "ʾ": "'",
})


def ascii_fold(s):
    """Drop diacritics; map a few letters NFKD leaves alone. Keeps case and punctuation."""
    s = s.translate(_EXTRA_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def tokens(s):
    """Folded lower-case name tokens: '_', '-', '.', spaces split; apostrophes and quotes vanish."""
    s = ascii_fold(s).lower()
    s = re.sub(r"['\"]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.split()


def strip_titles(toks, demonyms=frozenset()):
    """Drop leading title words ('russian president', 'prime minister', 'mr')."""
    changed = True
    while changed and toks:
        changed = False
        for t in TITLES_MULTI:
            if tuple(toks[:len(t)]) == t and len(toks) > len(t):
                toks = toks[len(t):]
                changed = True
                break
        if not changed and len(toks) > 1 and toks[0] in TITLES_SINGLE:
            toks = toks[1:]
            changed = True
        if not changed and len(toks) > 2 and toks[0] in demonyms and (
                toks[1] in TITLES_SINGLE or any(tuple(toks[1:1 + len(t)]) == t for t in TITLES_MULTI)):
            toks = toks[1:]
            changed = True
    return toks


# Spelling pairs that transliterations (English, Portuguese, French) mix up: Timochenko/Tymoshenko.
LOOSE_SPELLINGS = (("tch", "ch"), ("sh", "ch"), ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"),
                   ("ou", "u"), ("ph", "f"), ("y", "i"))


def loose(word):
    """A spelling-tolerant key for one folded token (Rohani/Rouhani, Hassan/Hasan, Yeltsin/Ieltsin)."""
    w = word
    for a, b in LOOSE_SPELLINGS:
        w = w.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", w)


def loose_key(toks):
    return " ".join(loose(t) for t in toks if t not in PARTICLES)


def title_case_word(w, first, last=False):
    lw = w.lower()
    if "-" in w:
        parts = w.split("-")
        out = [title_case_word(p, first and i == 0, last and i == len(parts) - 1) for i, p in enumerate(parts)]
        if parts[0].lower() in ("al", "el") and len(parts) > 1:
            out[0] = parts[0].lower()
        return "-".join(out)
    if re.match(r"^(X{0,3})(IX|IV|V?I{0,3})$", w.upper()) and (len(w) > 1 or last):
        return w.upper()
    if not first and lw in PARTICLES:
        return lw
    if re.match(r"^([a-z]\.)+$", lw):
        return lw.upper()
    m = re.match(r"^([odl])'(.+)$", lw)
    if m:
        return m.group(1).upper() + "'" + m.group(2)[:1].upper() + m.group(2)[1:]
    if lw.startswith("mc") and len(lw) > 2:
        return "Mc" + lw[2].upper() + lw[3:]
    return lw[:1].upper() + lw[1:]


def display_phoenix(raw_words):
    """Phoenix words (already split, upper case) -> 'Title Cased Name'."""
    return " ".join(title_case_word(w, i == 0, i == len(raw_words) - 1) for i, w in enumerate(raw_words))


def is_latin_name_char(c):
    if c in " -'.’ʻʼ":
        return True
    if c.isalpha():
        try:
            return unicodedata.name(c).startswith("LATIN")
        except ValueError:
            return False
    return False


# ---------------------------------------------------------------------------
# geografia-wikidata

DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T")


def parse_wd_date(s):
    """'YYYY-MM-DDT00:00:00Z' -> 'YYYY-MM-DD'; '' -> ''; anything else (unknown value, typo) -> None."""
    s = s.strip()
    if not s:
        return ""
    m = DATE_RE.match(s)
    if not m or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
        return None
    return "%s-%s-%s" % m.groups()


def day_after(d):
    y, m, dd = (int(x) for x in d.split("-"))
    mdays = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    dd += 1
    if dd > mdays[m - 1]:
        dd, m = 1, m + 1
        if m > 12:
            m, y = 1, y + 1
    return "%04d-%02d-%02d" % (y, m, dd)


OPEN = "open"        # in office, no end
UNKNOWN = "?"        # ended, date not known


def load_geografia(folder, problems):
    hist_path = os.path.join(folder, "leaders_history.csv")
    cur_path = os.path.join(folder, "leaders_current.csv")
    with open(hist_path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(cur_path, encoding="utf-8", newline="") as f:
        current = {(r["iso3"], r["role"], r["person_qid"]) for r in csv.DictReader(f)}

    labels = {}          # qid -> label (first seen)
    raw = collections.defaultdict(set)   # (qid, iso3, role) -> {(start, end)}
    office_starts = collections.defaultdict(list)  # (iso3, role) -> [(start, qid)]
    seen_rows = set()
    for r in rows:
        key = tuple(r[k] for k in ("iso3", "role", "person_qid", "start", "end"))
        if key in seen_rows:
            problems["duplicate rows"] += 1
            continue
        seen_rows.add(key)
        qid = r["person_qid"].strip()
        if not re.match(r"^Q\d+$", qid):
            problems["rows without a person QID"] += 1
            continue
        labels.setdefault(qid, r["person"].strip())
        start, end = parse_wd_date(r["start"]), parse_wd_date(r["end"])
        if start is None:
            problems["start not a usable date (unknown value, typo, BCE)"] += 1
            start = ""
        if end is None:
            problems["end not a usable date (unknown value, typo, BCE)"] += 1
            end = UNKNOWN
        elif end == "":
            end = OPEN
        if start and end not in (OPEN, UNKNOWN) and end < start:
            problems["end before start (end dropped)"] += 1
            end = UNKNOWN
        raw[(qid, r["iso3"], r["role"])].add((start, end))
        if start:
            office_starts[(r["iso3"], r["role"])].append((start, qid))

    # Resolve open and unknown ends, merge overlapping spells of one role.
    spells = collections.defaultdict(list)   # (qid, iso3) -> [(role, start, end)]
    for (qid, iso3, role), ss in raw.items():
        closed_starts = {s for s, e in ss if e not in (OPEN, UNKNOWN)}
        if any(s for s, e in ss):
            undated = {(s, e) for s, e in ss if not s and e in (OPEN, UNKNOWN)}
            if undated:
                problems["undated spell beside dated ones (dropped)"] += len(undated)
                ss = ss - undated
        resolved = []
        for s, e in ss:
            if e == OPEN:
                if s and s in closed_starts:
                    problems["open spell duplicating a closed one (dropped)"] += 1
                    continue
                later = [st for st, q in office_starts[(iso3, role)] if q != qid and s and st > s]
                if (iso3, role, qid) in current or (s and not later):
                    resolved.append((s, OPEN))
                elif not s:
                    problems["undated spell not in the current list (dropped)"] += 1
                else:
                    problems["open spell with a later successor (end unknown)"] += 1
                    resolved.append((s, UNKNOWN, min(later)))
                continue
            if e == UNKNOWN:
                if not s:
                    problems["spell with no usable dates (dropped)"] += 1
                    continue
                later = [st for st, q in office_starts[(iso3, role)] if q != qid and st > s]
                resolved.append((s, UNKNOWN, min(later) if later else ""))
                continue
            resolved.append((s, e))
        merged = merge_spells(resolved)
        for sp in merged:
            spells[(qid, iso3)].append((role,) + sp)
    return labels, spells, rows


def merge_spells(items):
    """Merge overlapping or adjacent spells of one role. Items are (start, end[, next_start])."""
    norm = []
    for it in items:
        s, e = it[0], it[1]
        nxt = it[2] if len(it) > 2 else ""
        norm.append((s, e, nxt))
    norm.sort(key=lambda t: (t[0] or "", t[1] if t[1] not in (OPEN, UNKNOWN) else "9999"))
    out = []
    for s, e, nxt in norm:
        if out:
            ps, pe, pn = out[-1]
            if pe == OPEN:
                continue
            if pe not in (UNKNOWN,) and s and (s <= pe or s == day_after(pe)):
                if e == OPEN or e == UNKNOWN or e > pe:
                    out[-1] = (ps, e, nxt if e == UNKNOWN else "")
                continue
            if pe == UNKNOWN and s:
                # the same person again in the same office: one spell (or a repeat of it)
                out[-1] = (ps, e, nxt)
                continue
        out.append((s, e, nxt))
    return out


def spell_in_scope(s, e, nxt):
    if e == OPEN:
        return True
    if e == UNKNOWN:
        return (s and s >= SCOPE_START) or (nxt and nxt >= SCOPE_START)
    return e >= SCOPE_START


# ---------------------------------------------------------------------------
# Phoenix

ROLE_RE = re.compile(r"\[([A-Z]{3})([A-Z]*)\s*([^\]]*)\]")


def phoenix_date(d):
    if re.match(r"^\d{8}$", d):
        y, m, dd = d[:4], d[4:6], d[6:]
    elif re.match(r"^\d{6}$", d):
        yy = int(d[:2])
        y = "%04d" % (1900 + yy if yy > 20 else 2000 + yy)
        m, dd = d[2:4], d[4:]
    else:
        return None
    if not (1 <= int(m) <= 12 and 1 <= int(dd) <= 31):
        return None
    return "%s-%s-%s" % (y, m, dd)


def parse_range(spec):
    """'' -> (None, None, True); '>d' -> (d, None); '<d' -> (None, d); 'a-b' -> (a, b). Bad -> None."""
    spec = spec.replace(" ", "")
    if not spec:
        return ("", "", False)
    if spec[0] in "<>":
        d = phoenix_date(spec[1:])
        if d is None:
            return None
        return (d, "", True) if spec[0] == ">" else ("", d, True)
    if "-" in spec:
        a, b = spec.split("-", 1)
        da, db = phoenix_date(a), phoenix_date(b)
        if da is None or db is None:
            return None
        return (da, db, True)
    d = phoenix_date(spec)
    return None if d is None else (d, d, True)


def load_phoenix(path, problems):
    with open(path, "rb") as f:
        data = f.read()
    text = data.replace(b"\x1a", b"").decode("utf-8", errors="replace")
    entries = []
    demonyms = set()
    cur = None
    country_entry = False
    for line in text.split("\n"):
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if body[0] not in "+ \t":
            country_entry = "[" in body
            name = body.split("[", 1)[0].strip()
            if not country_entry and cur is not None and not cur["roles"]:
                # a name at column 0 before the entry has any role: in this file that is an
                # alias whose '+' was left off (BORIS_YELTSIN_, then YELTSIN, ...)
                problems["Phoenix alias lines without '+'"] += 1
                cur["names"].append(name)
                continue
            cur = None
            if not country_entry and name:
                cur = {"names": [name], "roles": [], "index": len(entries)}
                entries.append(cur)
            continue
        if body[0] == "+":
            alias = body[1:].strip()
            if country_entry:
                w = tokens(alias)
                if len(w) == 1:
                    demonyms.add(w[0])
            elif cur is not None and alias:
                cur["names"].append(alias)
            continue
        if cur is not None:
            for m in ROLE_RE.finditer(body):
                code = CAMEO_TO_ISO.get(m.group(1), m.group(1))
                rng = parse_range(m.group(3))
                if rng is None:
                    problems["Phoenix roles with a malformed date"] += 1
                    rng = ("", "", False)
                cur["roles"].append((code, m.group(2), rng[0], rng[1], rng[2]))
    return [e for e in entries if e["roles"]], frozenset(demonyms)


# ---------------------------------------------------------------------------
# Matching

def overlaps(a_spells, b_ranges):
    """Any (start, end) pair overlaps; '' means unbounded."""
    for s1, e1 in a_spells:
        for s2, e2 in b_ranges:
            if (not e1 or not s2 or s2 <= e1) and (not e2 or not s1 or s1 <= e2):
                return True
    return False


def geo_ranges(spells):
    out = []
    for role, s, e, nxt in spells:
        out.append((s, "" if e in (OPEN, UNKNOWN) else e))
    return out


def split_style(label, country_names):
    """'Mohammed VI de Marrocos' -> 'Mohammed VI'; 'Naruhito, Príncipe Herdeiro do Japão' -> 'Naruhito'."""
    base = label
    if "," in base:
        base = base.split(",", 1)[0].strip()
    m = re.match(r"^(.+?)\s+(?:de|do|da|dos|das|of)\s+(.+)$", base)
    if m:
        place = " ".join(tokens(m.group(2)))
        head_words = m.group(1).split()
        if place in country_names or ROMAN_RE.match(head_words[-1]):
            base = m.group(1)
    words = base.split()
    while words and " ".join(tokens(words[0])) in PORTUGUESE_STYLE_WORDS:
        words = words[1:]
    return " ".join(words)


def looks_english(label, country_names):
    if split_style(label, country_names) != label:
        return False
    if not label or not all(is_latin_name_char(c) for c in label):
        return False
    for w in label.split():
        t = tokens(w)
        if any(x in PORTUGUESE_STYLE_WORDS for x in t):
            return False
        if w[:1].islower() and w.split("-")[0].lower() not in LOWER_NAME_WORDS and not re.match(r"^[dl]'", w):
            return False
    return True


def candidate_names(label, country_names):
    """[(display, token list, translated)] forms of a geografia label to look up in Phoenix."""
    out = [(label, tokens(label), False)]
    styled = split_style(label, country_names)
    if styled and styled != label:
        out.append((styled, tokens(styled), False))
    toks = tokens(styled or label)
    if any(t in PORTUGUESE_REGNAL_NAMES for t in toks):
        combos = [[]]
        for t in toks:
            combos = [c + [alt] for c in combos for alt in PORTUGUESE_REGNAL_NAMES.get(t, [t])]
        for c in combos[:16]:
            if c != toks:
                out.append((None, c, True))
    return out


# ---------------------------------------------------------------------------
# Aliases

def clean_variant(raw, demonyms):
    """A Phoenix name -> (display words, folded tokens) with titles dropped, or None if not a name."""
    raw = raw.replace('"', "").strip().strip("_")
    words = [w for w in re.split(r"[_\s]+", raw) if w]
    toks_all = [tokens(w) for w in words]
    # drop title words from the front, keeping the raw words aligned with tokens
    flat = [t for ts in toks_all for t in ts]
    kept = strip_titles(flat, demonyms)
    drop = len(flat) - len(kept)
    i = 0
    while drop > 0 and i < len(words):
        drop -= len(toks_all[i])
        i += 1
    words, flat = words[i:], [t for ts in toks_all[i:] for t in ts]
    if not words or not flat or any(t in NON_NAME_WORDS for t in flat):
        return None
    if flat and flat[0] in ("mr", "mrs", "ms", "dr"):
        return None
    return words, flat


def _similar(a, b):
    """Same word up to a spelling slip: same first letter, 80% alike (Abdul/Abdel, Jaber/Jabir,
    but not Ahmad/Hamad or Nasabah/Sabah)."""
    a, b = loose(a), loose(b)
    return a == b or (a[:1] == b[:1] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8)


def fuzzy_same_name(a, b):
    """Both names have the same first and last word (allowing spelling slips), and every
    word of the shorter one appears, in order, in the longer one, which has at most one
    extra word. Initials are ignored. 'Dawda Jawara' ~ 'Dawda Kairaba Jawara'."""
    a = [t for t in a if len(t) > 1]
    b = [t for t in b if len(t) > 1]
    if len(a) < 2 or len(b) < 2:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(long_) - len(short) > 1:
        return False
    if not (_similar(short[0], long_[0]) and _similar(short[-1], long_[-1])):
        return False
    j, end = 1, len(long_) - 1
    for t in short[1:-1]:
        while j < end and not _similar(t, long_[j]):
            j += 1
        if j == end:
            return False
        j += 1
    return True


def surname_aliases(label, country):
    words = label.split()
    out = []
    if len(words) < 2 or any(ROMAN_RE.match(w) for w in words[1:]):
        return out   # one word, or a regnal name ("Carl XVI Gustaf")
    if country in FAMILY_NAME_FIRST:
        out.append(words[0])
        return out
    for i in range(len(words) - 1, 0, -1):   # the last "al-" word is the family name
        w = words[i]
        m = re.match(r"^(al|el|Al|El)-(.+)$", w)
        if m:
            rest = " ".join([m.group(2)] + words[i + 1:])
            out.append(m.group(1).lower() + "-" + rest)
            out.append(rest)
            return out
    last = words[-1]
    if last.rstrip(".").lower() in ("jr", "sr") and len(words) > 2:
        last = words[-2].rstrip(",")
    if ROMAN_RE.match(last) or "." in last:
        return out
    out.append(last)
    return out


# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description="Build people.tsv from data/actors.")
    ap.add_argument("actors", help="path to the data/actors folder")
    ap.add_argument("-o", "--output", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "Extraction", "Resources", "en", "people.tsv"))
    args = ap.parse_args()

    problems = collections.Counter()
    geo_dir = os.path.join(args.actors, "geografia-wikidata")
    labels, spells, rows = load_geografia(geo_dir, problems)
    entries, demonyms = load_phoenix(os.path.join(args.actors, "phoenix", "Phoenix.Countries.actors.txt"), problems)

    country_names = {" ".join(tokens(r["country"])) for r in rows}
    with open(os.path.join(geo_dir, "countries_profiles.csv"), encoding="utf-8", newline="") as f:
        profiles = list(csv.DictReader(f))
    country_names |= {" ".join(tokens(r["name"])) for r in profiles}
    # The state's Wikidata item, which kg's own country table carries.
    state_qid = {r["iso3"]: r["qid"] for r in profiles if r.get("iso3") and r.get("qid")}

    # Phoenix indexes: exact token key and loose key -> [(entry index, variant index)], per country.
    exact_idx = collections.defaultdict(list)
    loose_idx = collections.defaultdict(list)
    country_idx = collections.defaultdict(list)
    entry_countries = []
    for ei, e in enumerate(entries):
        cs = {r[0] for r in e["roles"]}
        entry_countries.append(cs)
        for vi, name in enumerate(e["names"]):
            t = strip_titles(tokens(name), demonyms)
            if not t:
                continue
            for c in cs:
                exact_idx[(c, " ".join(t))].append((ei, vi))
                loose_idx[(c, loose_key(t))].append((ei, vi))
        for c in cs:
            country_idx[c].append(ei)

    def entry_ranges(ei, iso3, gov_only=False):
        rs, dated = [], False
        for code, sub, s, e, has in entries[ei]["roles"]:
            if code != iso3 or (gov_only and not sub.startswith("GOV")):
                continue
            if has:
                rs.append((s, e))
                dated = True
        return rs, dated

    def date_ok(ei, iso3, qid, gov_only=False, clip=False):
        rs, dated = entry_ranges(ei, iso3, gov_only)
        if clip:   # Phoenix knows nothing after early 2015: an open role ends there
            rs = [(a, b or PHOENIX_LAST_DAY) for a, b in rs if not a or a <= PHOENIX_LAST_DAY]
        gr = [x for x in geo_ranges(spells[(qid, iso3)]) if x[0] or x[1]]
        if gov_only and not dated:
            return False
        if not dated or not gr:
            return True
        return overlaps(gr, rs)

    # People in scope.
    by_person = collections.defaultdict(dict)   # qid -> iso3 -> spells
    for (qid, iso3), sp in spells.items():
        if iso3 in UN_STATES:
            by_person[qid][iso3] = sp
    in_scope = sorted(q for q, cs in by_person.items()
                      if any(spell_in_scope(s, e, n) for sp in cs.values() for _, s, e, n in sp))

    def choose_country(cs):
        def key(iso3):
            sp = cs[iso3]
            last_end = max(("9999-99-99" if e == OPEN else (e if e != UNKNOWN else (n or s))) for _, s, e, n in sp)
            last_start = max(s for _, s, e, n in sp)
            pref = -HOME_STATE_PREFERENCE.index(iso3) if iso3 in HOME_STATE_PREFERENCE else -99
            return (last_end, pref, last_start, iso3)
        return max(cs, key=key)

    err = sys.stdout
    stats = collections.Counter()
    skipped = []
    out_rows = []
    used_tier3 = collections.defaultdict(set)
    plan = []
    for qid in in_scope:
        cs = {c: sp for c, sp in by_person[qid].items()}
        label0 = labels[qid]
        matches = {}   # ei -> (tier, matched variant index, candidate)
        cands = candidate_names(label0, country_names)
        for iso3 in sorted(cs):
            for tier in (1, 2):
                for disp, toks, translated in cands:
                    if len(toks) < 1:
                        continue
                    key = " ".join(toks) if tier == 1 else loose_key(toks)
                    idx = exact_idx if tier == 1 else loose_idx
                    if len(toks) < 2 and tier == 2:
                        continue
                    for ei, vi in idx.get((iso3, key), []):
                        prim = set(loose(x) for x in tokens(entries[ei]["names"][0]) if x not in PARTICLES)
                        if not prim & set(loose(x) for x in toks if x not in PARTICLES):
                            continue
                        if not date_ok(ei, iso3, qid, clip=(tier == 2)):
                            continue
                        t = tier + (0.5 if translated else 0)
                        if ei not in matches or matches[ei][0] > t:
                            matches[ei] = (t, vi, disp, iso3)
                if matches:
                    break
        if not matches:
            base = [x for x in tokens(split_style(label0, country_names) or label0) if x not in PARTICLES]
            if len(base) >= 2:
                for iso3 in sorted(cs):
                    for ei in country_idx.get(iso3, []):
                        pt = [x for x in strip_titles(tokens(entries[ei]["names"][0]), demonyms) if x not in PARTICLES]
                        if not fuzzy_same_name(base, pt):
                            continue
                        if date_ok(ei, iso3, qid, gov_only=True, clip=True):
                            matches[ei] = (3, 0, None, iso3)
                            used_tier3[ei].add(qid)
        plan.append((qid, cs, label0, matches))

    for qid, cs, label0, matches in plan:
        # a Phoenix entry reached only by surname must not serve two people
        matches = {ei: m for ei, m in matches.items() if not (m[0] == 3 and len(used_tier3[ei]) > 1)}
        country = choose_country(cs)
        styled = split_style(label0, country_names)
        label, source = None, None
        if matches:
            best_ei = min(matches, key=lambda ei: (matches[ei][0], -len(entries[ei]["names"]), ei))
            tier, vi, disp, _ = matches[best_ei]
            names = entries[best_ei]["names"]
            n_ph = len(tokens(names[0]))
            n_geo = len(tokens(styled or label0))
            # spelling variants (tier 2) take the Phoenix form unless it only adds words;
            # surname matches (tier 3) take it only when it is the shorter, usual form
            keep_geo = n_ph > n_geo if tier == 2 else (tier == 3 and n_ph >= n_geo)
            if tier == 1 and disp:
                label, source = disp, "phoenix-confirmed"
            elif keep_geo and looks_english(label0, country_names):
                label, source = label0, "phoenix-confirmed"
            else:
                pick = names[vi] if tier == 1.5 else names[0]
                cv = clean_variant(pick, demonyms) or clean_variant(names[0], demonyms)
                if cv:
                    words, flat = cv
                    k = loose_key(flat)
                    for alt in names:
                        acv = clean_variant(alt, demonyms)
                        if acv and loose_key(acv[1]) == k and len(acv[1]) == len(flat) and (
                                ascii_fold(alt) != alt or "-" in alt) and alt.upper() == alt:
                            words = acv[0]
                            break
                    label = re.sub(r"(?<=\S) (al|el) (?=\S)", r" \1-", display_phoenix(words))
                    source = "phoenix-spelling"
        if label is None:
            if looks_english(label0, country_names):
                label, source = label0, "geografia"
            elif styled and styled != label0 and looks_english(styled, country_names) and not any(
                    t in PORTUGUESE_REGNAL_NAMES for t in tokens(styled)):
                label, source = styled, "geografia-style-dropped"
        if label is None:
            skipped.append((country, label0, qid))
            stats["skipped"] += 1
            continue
        stats[source] += 1

        # aliases
        aliases = []
        for s in surname_aliases(label, country):
            aliases.append(s)
            aliases.append(ascii_fold(s))
        aliases.append(ascii_fold(label))
        if label0 != label and looks_english(label0, country_names):
            aliases.append(label0)
            aliases.append(ascii_fold(label0))
        label_keys = {loose(x) for x in tokens(label) if x not in PARTICLES}
        label_toks = tokens(label)
        for ei in sorted(matches):
            prim_keys = {loose(x) for x in tokens(entries[ei]["names"][0]) if x not in PARTICLES}
            for name in entries[ei]["names"]:
                cv = clean_variant(name, demonyms)
                if not cv:
                    continue
                words, flat = cv
                fk = {loose(x) for x in flat if x not in PARTICLES}
                if not fk & (label_keys | prim_keys):
                    continue
                prim_toks = strip_titles(tokens(entries[ei]["names"][0]), demonyms)
                if len(flat) > 1 and any(len(flat) < len(t) and t[:len(flat)] == flat for t in (label_toks, prim_toks)):
                    continue   # given names alone ("Recep Tayyip")
                aliases.append(display_phoenix(words))
        seen = {label.casefold()}
        final = []
        for a in aliases:
            a = a.strip()
            if a and a.casefold() not in seen and "\t" not in a and ";" not in a:
                seen.add(a.casefold())
                final.append(a)

        offices = []
        for role, s, e, n in sorted(cs[country], key=lambda t: (t[1] or "0000", t[0])):
            end = "" if e == OPEN else e
            offices.append("%s:%s..%s" % (role, s, end))
        out_rows.append((country, label, qid, ";".join(offices), ";".join(final)))
        if os.environ.get("PEOPLE_VERBOSE") == "2" and source == "geografia":
            print("  geografia-only: %s %s %s" % (country, qid, label), file=sys.stderr)
        if os.environ.get("PEOPLE_VERBOSE") == "3":
            for ei, m in sorted(matches.items()):
                if m[0] >= 2:
                    print("  match tier %s: %s %r ~ %r" % (m[0], country, label0, entries[ei]["names"][0]), file=err)
        if os.environ.get("PEOPLE_VERBOSE") and source == "phoenix-spelling":
            print("  respelled: %s %s %r -> %r (tier %s)" % (country, qid, label0, label, tier), file=sys.stderr)

    out_rows.sort(key=lambda r: (r[0], ascii_fold(r[1]).casefold(), r[1], r[2]))

    header = [
        "# people.tsv - heads of state and heads of government of UN member and observer states",
        "# who held office on or after 1990-01-01, with Wikidata QIDs, dated offices and the",
        "# surface forms English news uses for them. Generated; do not edit by hand. Rebuild with",
        "#   python3 scripts/make-people-table.py ../shared/data/actors",
        "# (run from the repository root; the argument is the data/actors reference folder).",
        "#",
        "# Columns, tab-separated:",
        "#   label    usual English name",
        "#   qid      Wikidata item of the person",
        "#   country  ISO 3166-1 alpha-3 of the state of the office (latest one if several)",
        "#   offices  role:START..END separated by ';'; role is head_of_state or head_of_government;",
        "#            END empty = still in office; END '?' = ended on a date the source does not give;",
        "#            START empty = start not given",
        "#   aliases  other surface forms separated by ';' (surname, ASCII spelling, source variants)",
        "#   state    Wikidata item of that state",
        "#",
        "# Sources:",
        "#   geografia-wikidata/ - offices, dates, QIDs, base labels. Copied from",
        "#     github.com/cfmessias/geografia (data/, commit 2e1e3b9cf6bff86186ae26376a2deafdbd9c67e3,",
        "#     2025-10-03), itself a Wikidata query export. The repository states no licence; the",
        "#     underlying Wikidata statements are CC0 1.0. Credit: Wikidata (CC0), via cfmessias/geografia.",
        "#   phoenix/ - English name variants, used to confirm or replace labels and for aliases.",
        "#     From github.com/openeventdata/petrarch2 (petrarch2/data/dictionaries/, commit",
        "#     676801cd9cb2924bbbad09f86d15c9323e7097bf), MIT licence, Copyright (c) 2014 Open Event",
        "#     Data Alliance; built on the Computational Event Data System Project's CountryInfo",
        "#     (NSF SES-1004414, SES-1259190). Its name lists stop in early 2015.",
        "#",
    ]
    lines = header + ["\t".join((r[1], r[2], r[0], r[3], r[4], state_qid.get(r[0], ""))) for r in out_rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "wb") as f:
        f.write(data)

    print("wrote %s: %d rows, %d bytes" % (args.output, len(out_rows), len(data)), file=err)
    print("labels: %d Phoenix-confirmed geografia spelling, %d Phoenix spelling, %d geografia only, "
          "%d geografia with the style dropped; %d people skipped (no English form)" % (
              stats["phoenix-confirmed"], stats["phoenix-spelling"], stats["geografia"],
              stats["geografia-style-dropped"], stats["skipped"]), file=err)
    if os.environ.get("PEOPLE_VERBOSE"):
        for k, v in sorted(problems.items()):
            print("  data: %s: %d" % (k, v), file=err)
        for c, l, q in sorted(skipped):
            print("  skipped: %s %s %s" % (c, q, l), file=err)


if __name__ == "__main__":
    main()
