#!/usr/bin/env python3
"""Reconcile the hand-curated conflict_places_*.tsv files against the generated gazetteers
(countries.tsv, cities.tsv, subdivisions.tsv and any other non-conflict *.tsv in this folder).

For each curated row describing an entity that a generated file already owns (same normalised Arabic
name or alias, or same English name, same country, compatible subkind), the row is turned into a MERGE
row: the owner's id/kind/subkind/name_ar/name_en/country, carrying only the aliases the owner lacks
(or dropped when nothing is left). Remaining alias clashes with other ids are reported on stderr.
Idempotent; edits the conflict_places_*.tsv files in place.
Usage: python3 gazetteers/scripts/reconcile_conflict_places.py [--dry-run]
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HDR = "id\tkind\tsubkind\tname_ar\tname_en\tcountry\taliases"
# curated id -> owner id, for pairs a name/country test cannot find (checked by hand)
MANUAL = {
    'ps-jerusalem': ('int-jerusalem', 'il-jerusalem'),  # the city (generated file: no country / IL)
    'ps-east-jerusalem': ('ps-east-jerusalem',),        # generated row is subkind capital, ours region
    'ye-seiyun': ('ye-say-un',),                        # two GeoNames candidates; Seiyun is say-un
    'ps-ramallah-and-al-bireh-governorate': ('ps-ramallah-governorate',),
    'so-bari-region': ('so-bari',),
    'sd-northern-state-sudan': ('sd-northern',),
    'so-las-anod': ('so-laascaanood',),
    'so-erigavo': ('so-ceerigaabo',),
    'sy-tabqa': ('sy-al-tabqa',),
    'mr-aioun': ('mr-ayoun-el-atrous',),
}
NEVER = {'ly-tripolitania'}  # curated ids never merged (Tripolitania is not the Tripoli district)
# aliases kept although another id carries the same string: documented real ambiguities
KEEP_AMBIG = {'بابل', 'يوبي', 'القنيطرة', 'نهر النيل', 'النبطية', 'الكفرة', 'مرزق',
              'ميكولايف', 'تشيرنيهيف', 'فينيتسيا', 'ريفني', 'تشيركاسي', 'إيفانو فرانكيفسك', 'سامراء',
              'القدس', 'أورشليم', 'قلقيلية', 'ميكيلي', 'كابل'}
SUFFIX = {'S': 'city', 'A': 'region', 'SA': 'area', 'F': 'facility', 'L': 'landmark'}

def norm(s):
    s = re.sub('[\u064B-\u0652\u0670\u0640]', '', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ک', 'ك').replace('ی', 'ي')
    return ' '.join(s.split())
def key(s): return norm(s).replace('غ', 'ج')   # identity matching: ج/غ spellings count as one name
def xkey(s): return norm(s)                      # alias bookkeeping: the matcher adds ج/غ variants only
                                                 # outside Arabic-speaking countries, so both are kept
def enkey(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    s = re.sub(r'\b(city|governorate|province|state|region|oblast)\b', ' ', s)
    return re.sub('[^a-z0-9]+', '', s)
QUAL = ('مدينة', 'بلدة', 'قرية', 'قضاء', 'ناحية', 'محافظة', 'ولاية', 'إقليم', 'اقليم', 'منطقة', 'مقاطعة')
def bare(s):
    # Arabic name without a leading administrative qualifier and without the article
    w = norm(s).split()
    if len(w) > 1 and w[0] in {norm(q) for q in QUAL}: w = w[1:]
    t = ' '.join(w)
    if t.startswith('ال') and len(t) > 4: t = t[2:]
    return t.replace('غ', 'ج').replace('ة', 'ه')
def skel(en):
    e = enkey(en)
    e = re.sub(r'^(al|el|ad|ar|as|ash|at|az|an|ed|en|er|es|et)(?=[a-z]{3})', '', e)
    return re.sub('[aeiouyhw]', '', e)
def lev(a, b):
    if abs(len(a) - len(b)) > 2: return 9
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
CLS = {'capital': 'S', 'city': 'S', 'town': 'S', 'district': 'SA', 'region': 'A', 'territory': 'A',
       'country': 'A', 'facility': 'F', 'landmark': 'L'}
def compat(a, b): return bool(set(CLS.get(a, a)) & set(CLS.get(b, b)))

def read(path):
    rows = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#') or line == HDR: continue
        f = line.split('\t')
        if len(f) != 7: sys.exit(f'bad line in {path}: {line!r}')
        rows.append(f)
    return rows

mine_paths = sorted(glob.glob(os.path.join(HERE, 'conflict_places_*.tsv')))
NOT_GAZETTEERS = {'demonyms.tsv'}   # not a gazetteer (skipped, like build.rs does)
other_paths = [p for p in sorted(glob.glob(os.path.join(HERE, '*.tsv')))
               if p not in mine_paths and os.path.basename(p) not in NOT_GAZETTEERS]
owner = {}      # id -> first row (the owner's canonical row)
bindex = {}     # (bare arabic, cc) -> set(ids)
sindex = {}     # (english skeleton, cc) -> set(ids)
okeys = {}      # id -> set of xkeys (all rows incl. merges from other files)
index = {}      # key -> set(ids)
xindex = {}     # xkey -> set(ids)
enindex = {}    # (enkey, cc) -> set(ids)
for p in other_paths:
    for r in read(p):
        i = r[0]
        owner.setdefault(i, r)
        ks = okeys.setdefault(i, set())
        for s in [r[3]] + [a for a in r[6].split('|') if a]:
            ks.add(xkey(s)); index.setdefault(key(s), set()).add(i)
            xindex.setdefault(xkey(s), set()).add(i)
        enindex.setdefault((enkey(r[4]), r[5]), set()).add(i)
        for x in [r[3]] + [a for a in r[6].split('|') if a]:
            bindex.setdefault((bare(x), r[5]), set()).add(i)
        sindex.setdefault((skel(r[4]), r[5]), set()).add(i)

report = []
dry = '--dry-run' in sys.argv
my_ids = {}
for p in mine_paths:
    head = [l for l in open(p, encoding='utf-8') if l.startswith('#')]
    out = []
    for r in read(p):
        rid, kind, sub, ar, en, cc, al = r
        names = [ar] + [a for a in al.split('|') if a]
        target = None
        if rid in MANUAL and any(t in owner for t in MANUAL[rid]):
            target = next(t for t in MANUAL[rid] if t in owner)
        elif rid in owner and (owner[rid][1] != kind or not compat(owner[rid][2], sub)):
            new = rid + '-' + SUFFIX[CLS.get(sub, 'S')]
            report.append(f'RENAME {rid} -> {new} (owner row {rid} is {owner[rid][2]})')
            rid = new; r = [new] + r[1:]
        if target:
            pass
        elif rid in owner:
            target = rid
        elif rid not in NEVER:
            cands = {}
            for n, s in enumerate(names):
                for i in index.get(key(s), ()):
                    o = owner[i]
                    if o[1] != kind or not compat(o[2], sub): continue
                    if o[5] and cc and o[5] != cc: continue
                    score = 3 if (n == 0 and key(o[3]) == key(ar)) else (2 if n == 0 or key(o[3]) == key(s) else 1)
                    cands[i] = max(cands.get(i, 0), score)
            weak = set(enindex.get((enkey(en), cc), ()))
            for s in names:
                weak |= bindex.get((bare(s), cc), set())
            for i in sindex.get((skel(en), cc), ()):
                if cc and any(min(len(bare(a)), len(bare(b))) >= 4 and lev(bare(a), bare(b)) <= 1 for a in names[:1]
                              for b in [owner[i][3]] + owner[i][6].split('|') if b):
                    weak.add(i)
            for i in weak:
                o = owner[i]
                if o[1] == kind and compat(o[2], sub) and (not cc or o[5] == cc):
                    cands[i] = max(cands.get(i, 0), 1)
            if cands:
                best = max(cands.values())
                top = [i for i, s in cands.items() if s == best]
                if len(top) == 1:
                    target = top[0]
                else:
                    report.append(f'AMBIGUOUS {rid} {ar} -> {sorted(top)} (kept as own row)')
        if target:
            o = owner[target]
            have = set(okeys[target])
            extra = []
            for s in names:
                k = xkey(s)
                if k in have: continue
                have.add(k); extra.append(s)
            if target != rid:
                report.append(f'MERGE {rid} ({ar}) -> {target} ({o[3]}) +{len(extra)} aliases: {"|".join(extra)}')
            if extra:
                out.append([target, o[1], o[2], o[3], o[4], o[5], '|'.join(extra)])
            continue
        out.append(r)
    # alias clashes against other ids: aliases are dropped, name clashes reported
    keep_k = {xkey(x) for x in KEEP_AMBIG}
    for r in out:
        others = xindex.get(xkey(r[3]), set()) - {r[0]}
        if others and r[0] not in owner:
            report.append(f'NAMECLASH {r[0]} "{r[3]}" also on {sorted(others)}' + (' (documented)' if xkey(r[3]) in keep_k else ''))
        kept = []
        for a in [a for a in r[6].split('|') if a]:
            others = xindex.get(xkey(a), set()) - {r[0]}
            if others and xkey(a) not in keep_k:
                report.append(f'DROPALIAS {r[0]} "{a}" (also on {sorted(others)})')
                continue
            if others: report.append(f'AMBIG-KEPT {r[0]} "{a}" also on {sorted(others)}')
            kept.append(a)
        r[6] = '|'.join(kept)
    out = [r for r in out if not (r[0] in owner and not r[6])]
    for r in out:
        if r[0] not in owner:
            if r[0] in my_ids: report.append(f'DUPID {r[0]} in {p} and {my_ids[r[0]]}')
            my_ids[r[0]] = p
    if not dry:
        with open(p, 'w', encoding='utf-8') as f:
            f.writelines(head); f.write(HDR + '\n')
            for r in out: f.write('\t'.join(r) + '\n')
print('\n'.join(report), file=sys.stderr)
