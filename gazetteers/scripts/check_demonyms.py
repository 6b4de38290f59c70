#!/usr/bin/env python3
"""Check gazetteers/demonyms.tsv against gazetteers/countries.tsv.

Run from anywhere:  python3 gazetteers/scripts/check_demonyms.py
Checks: the column comment line; six tab-separated fields per row; exactly one row per ISO code of
countries.tsv and no other codes; no empty field; every form made of Arabic letters only (words
separated by single spaces, no diacritics, no tatweel); no form repeated inside a field; rows
without a masculine singular are `-` throughout; every source id defined in SOURCES-demonyms.md;
no form shared by two countries (collisions are reported by name, including the ones resolved by
leaving the form on the larger country only). Prints a summary and notes (forms identical to a
country name). Exits 1 on any error. Python 3 standard library only.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GZ = os.path.dirname(HERE)
DEMONYMS = os.path.join(GZ, "demonyms.tsv")
COUNTRIES = os.path.join(GZ, "countries.tsv")
SOURCES = os.path.join(GZ, "SOURCES-demonyms.md")
COLUMNS = ["country", "masc_sg", "fem_sg", "masc_pl", "fem_pl", "source"]
FORM_COLUMNS = COLUMNS[1:5]
# Arabic letters U+0621-U+063A and U+0641-U+064A: no tatweel (U+0640), no harakat (U+064B-U+065F).
WORD = "[\u0621-\u063a\u0641-\u064a]+"
FORM = re.compile(f"^{WORD}( {WORD})*$")
NO_ATTESTATION = {"derived"}
# Forms that two countries could claim, kept on the larger one only (see SOURCES-demonyms.md).
RESOLVED = {
    "كونغولي": ("CD", "CG"),   # DR Congo keeps it; Republic of the Congo has no form
    "غوياني": ("GY", "GF"),    # Guyana keeps it; French Guiana has no form
    "ساموي": ("WS", "AS"),     # Samoa keeps it; American Samoa has no form
}


def read_countries():
    codes, names, rows = [], collections.defaultdict(set), 0
    header = None
    with open(COUNTRIES, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            row = dict(zip(header, cols))
            rows += 1
            cc = row["country"]
            if cc not in codes:
                codes.append(cc)
            for n in [row["name_ar"]] + [a for a in row.get("aliases", "").split("|") if a]:
                names[n].add(cc)
    return codes, names, rows


def read_source_ids():
    ids = set()
    with open(SOURCES, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\|\s*`([^`]+)`\s*\|", line)
            if m:
                ids.add(m.group(1))
    return ids


def main():
    errors, notes = [], []
    codes, country_names, country_rows = read_countries()
    source_ids = read_source_ids()
    rows, seen_header = collections.OrderedDict(), False
    with open(DEMONYMS, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                if line.lstrip("# ").split("\t") == COLUMNS:
                    seen_header = True
                continue
            if not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) != len(COLUMNS):
                errors.append(f"line {no}: {len(cols)} fields, expected {len(COLUMNS)}")
                continue
            row = dict(zip(COLUMNS, cols))
            cc = row["country"]
            if cc in rows:
                errors.append(f"line {no}: second row for {cc}")
                continue
            rows[cc] = (no, row)
    if not seen_header:
        errors.append("no column comment line '# " + "\\t".join(COLUMNS) + "'")

    for cc in codes:
        if cc not in rows:
            errors.append(f"{cc}: in countries.tsv but has no row")
    for cc in rows:
        if cc not in codes:
            errors.append(f"{cc}: row for a code that countries.tsv does not have")

    owners = collections.defaultdict(set)        # form -> countries (any column)
    masc_owners = collections.defaultdict(set)   # masculine singular form -> countries
    stats = collections.Counter()
    for cc, (no, row) in rows.items():
        where = f"line {no} ({cc})"
        for c in COLUMNS:
            if row[c].strip() == "" or row[c] != row[c].strip():
                errors.append(f"{where}: empty or padded field `{c}`")
        if row["masc_sg"] == "-":
            stats["rows without forms"] += 1
            for c in FORM_COLUMNS[1:] + ["source"]:
                if row[c] != "-":
                    errors.append(f"{where}: masc_sg is `-` but `{c}` is {row[c]!r}")
            continue
        if row["fem_sg"] == "-":
            errors.append(f"{where}: a masculine singular without a feminine singular")
        for c in FORM_COLUMNS:
            if row[c] == "-":
                continue
            forms = row[c].split("|")
            if len(set(forms)) != len(forms):
                errors.append(f"{where}: `{c}` repeats a form")
            for form in forms:
                if not FORM.match(form):
                    bad = sorted({ch for ch in form if not re.match(WORD, ch) and ch != " "})
                    errors.append(f"{where}: `{c}` form {form!r} is not Arabic letters only "
                                  f"(bad: {', '.join(f'U+{ord(ch):04X}' for ch in bad) or 'spacing'})")
                owners[form].add(cc)
                if c == "masc_sg":
                    masc_owners[form].add(cc)
                stats["forms"] += 1
                if " " in form:
                    stats["multi-word forms"] += 1
        srcs = row["source"].split("|")
        for s in srcs:
            if s not in source_ids and s not in NO_ATTESTATION:
                errors.append(f"{where}: source id {s!r} is not defined in SOURCES-demonyms.md")
        if any(s in NO_ATTESTATION for s in srcs):
            stats["derived rows"] += 1
        else:
            stats["attested rows"] += 1
        stats["rows with forms"] += 1
        stats["masculine singular forms"] += len(row["masc_sg"].split("|"))

    # Collisions: the masculine singular first (the check the data promises), then any column.
    for form, ccs in sorted(masc_owners.items()):
        if len(ccs) > 1:
            errors.append(f"masculine singular {form!r} is used by {', '.join(sorted(ccs))}")
    for form, ccs in sorted(owners.items()):
        if len(ccs) > 1 and form not in masc_owners:
            errors.append(f"form {form!r} is used by {', '.join(sorted(ccs))}")
    resolved = []
    for form, (keeper, other) in RESOLVED.items():
        holders = owners.get(form, set())
        if holders == {keeper} and rows.get(other, (0, {}))[1].get("masc_sg") is not None:
            resolved.append(f"{form}: kept on {keeper}, left off {other}")
        else:
            errors.append(f"resolved collision {form!r}: expected on {keeper} only, found on "
                          f"{', '.join(sorted(holders)) or 'no row'}")

    for form, ccs in sorted(owners.items()):
        named = country_names.get(form)
        if named:
            notes.append(f"{form!r} ({', '.join(sorted(ccs))}) is also the country name of "
                         f"{', '.join(sorted(named))}")

    print(f"countries.tsv: {country_rows} rows, {len(codes)} codes")
    print(f"demonyms.tsv: {len(rows)} rows: {stats['rows with forms']} with forms "
          f"({stats['attested rows']} attested, {stats['derived rows']} derived), "
          f"{stats['rows without forms']} without ('-')")
    print(f"  {stats['masculine singular forms']} masculine singular forms, {stats['forms']} forms "
          f"in all, {stats['multi-word forms']} of them multi-word")
    print(f"  {len(source_ids)} source ids defined in SOURCES-demonyms.md")
    print("collisions resolved by keeping the form on the larger country:")
    for r in resolved:
        print(f"  {r}")
    if notes:
        print("notes (not errors): forms identical to a country name")
        for n in notes:
            print(f"  {n}")
    if errors:
        print(f"{len(errors)} ERROR(S):")
        for e in errors:
            print(f"  {e}")
        return 1
    print("OK: one row per country code, no empty field, Arabic letters only, no shared form")
    return 0


if __name__ == "__main__":
    sys.exit(main())
