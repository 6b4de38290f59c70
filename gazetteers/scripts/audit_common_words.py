#!/usr/bin/env python3
"""Dev-time audit: gazetteer aliases that fire on ordinary Arabic words.

Nothing this script reads is shipped in the crate; the word lists are only used to *report*.

Exact commands (Debian bookworm, Python 3.11; run from the repository root):

    apt-get update
    apt-get install -y hunspell hunspell-ar            # hunspell 1.7.1, hunspell-ar 3.2-1.2 (GPL/LGPL/MPL)
    python3 -m venv /tmp/auditenv
    /tmp/auditenv/bin/pip install wordfreq==3.1.1 arabic-stopwords==0.4.3 pyarabic==0.6.15
    /tmp/auditenv/bin/python gazetteers/scripts/audit_common_words.py --out /tmp/audit.tsv \
        --corpus-out /tmp/mo_corpus.ar.txt

Optional: `--no-hunspell` (skip the slowest source), `--min-zipf Z` (hide wordfreq-only hits rarer
than Z; default 2.0), `--mo-dir DIR` (repeatable; default /usr/share/locale/ar/LC_MESSAGES), `--xpi FILE`
(repeatable). More ordinary text, as used for the precision figure in SOURCES-audit.md:

    mkdir -p /tmp/l10n && cd /tmp/l10n && apt-get download firefox-esr-l10n-ar libreoffice-l10n-ar
    for d in /tmp/l10n/*.deb; do dpkg-deb -x "$d" /tmp/l10n/x; done; cd -
    /tmp/auditenv/bin/python gazetteers/scripts/audit_common_words.py --out /tmp/audit.tsv \
        --mo-dir /usr/share/locale/ar/LC_MESSAGES --mo-dir /tmp/l10n/x/usr/lib/libreoffice/program/resource/ar/LC_MESSAGES \
        --xpi /tmp/l10n/x/usr/lib/firefox-esr/browser/extensions/langpack-ar@firefox-esr.mozilla.org.xpi \
        --corpus-out /tmp/ordinary.ar.txt

Sources (each optional: a missing one is reported and skipped):
  * arabic-stopwords (PyPI, GPL): ~13,000 stop-word forms with their clitics. Severity A.
  * wordfreq (PyPI, Apache-2.0 code, CC BY-SA data): Arabic word frequencies (Wikipedia, subtitles,
    news, web, Twitter). Forms are folded like the crate and their frequencies summed; the Zipf value
    (log10 of frequency per billion words) is the severity estimate: >=4 A, >=3 B, >=2 C, else D.
  * Debian .mo catalogues in the mo-dir (ordinary UI Arabic; iso_* catalogues, which are place names,
    are skipped): word counts, and word bigrams/trigrams for multi-word aliases.
  * hunspell-ar via `hunspell -d ar -G` (a membership test, no frequency). hunspell-tools' `unmunch`
    cannot expand this dictionary (it uses `FLAG long` with `AF` flag aliases, which unmunch 1.7.1
    ignores: it prints the 170,812 bare stems), so every candidate word is checked instead.
    hunspell-ar also lists many proper nouns (باماكو), so a hunspell-only hit is severity D.

What counts as a collision, mirroring src/gazetteer/{matcher,variants}.rs with the default normalizer:
  (a) a common word form that normalizes to an alias pattern (explicit alias, its generated ج/غ
      variant for aliases of >= 4 letters), and
  (b) a common word form that is an accepted proclitic sequence + an alias pattern of >= 3 letters:
      و ف ب ل ك وب ول وك فب فل فك for every kind; ال وال فال بال كال وبال فبال وكال فكال لل ولل فلل
      for groups only; لل ولل فلل + an article-initial name without its ال (every kind).
Descriptive aliases that only widen another name of the same entry are skipped, as the matcher does.

Output: a TSV sorted by severity, then frequency; a summary goes to stderr.
"""
import argparse
import collections
import glob
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.dirname(HERE)

# ------------------------------------------------------------------ the crate's default normalization
_DROP = re.compile('[\u064B-\u065F\u0670\u06D6-\u06ED\u0610-\u061A\u0640\u08D3-\u08E1\u08E3-\u08FF'
                   '\u200B-\u200F\u061C\uFEFF\u00AD\u2060\u202A-\u202E\u2066-\u2069]')
_FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
                       'ى': 'ي', 'ک': 'ك', 'ی': 'ي'})


def norm(s):
    return _DROP.sub('', s).translate(_FOLD)


def is_word_char(c):
    u = ord(c)
    if 0x0600 <= u <= 0x06FF:
        return not (0x0600 <= u <= 0x060F or 0x061B <= u <= 0x061F or 0x066A <= u <= 0x066D
                    or u in (0x06D4, 0x06DD, 0x06DE, 0x06E9, 0x06FD, 0x06FE))
    return c.isalnum()


def alias_view(s):
    out = []
    for c in s:
        if is_word_char(c):
            out.append(c)
        elif out and out[-1] != ' ':
            out.append(' ')
    return ''.join(out).strip()


PLAIN = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]
ARTICLE = ["ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال", "فكال", "لل", "ولل", "فلل"]
ASSIMILATED = ["لل", "ولل", "فلل"]
ALL_PREFIXES = sorted(set(PLAIN + ARTICLE), key=len, reverse=True)
MIN_PREFIXED = 3
MIN_G = 4
EXPLICIT, GVAR, STRIPPED = 0, 1, 2
DER_NAME = {EXPLICIT: 'explicit', GVAR: 'g-variant', STRIPPED: 'article-stripped'}


def prefix_allowed(p, kind, der):
    if der == STRIPPED:
        return p in ASSIMILATED
    return p in PLAIN or (kind == 'group' and p in ARTICLE)


def g_variants(a):
    if len(a.replace(' ', '')) < MIN_G:
        return []
    out = []
    if 'ج' in a:
        out.append(a.replace('ج', 'غ'))
    if 'غ' in a:
        out.append(a.replace('غ', 'ج'))
    return out


def strip_article(a):
    if a.startswith('ال'):
        rest = a[2:]
        if len(rest.split(' ')[0]) >= 2:
            return rest
    return None


def widens_another(alias, names):
    for n in names:
        if 2 <= len(n.encode()) < len(alias.encode()):
            if alias.endswith(n) and alias[:len(alias) - len(n)].endswith(' '):
                return True
            if alias.startswith(n) and alias[len(n):].startswith(' '):
                return True
    return False


# ------------------------------------------------------------------ gazetteer
# Files in the gazetteer folder that are not gazetteers (skipped, like build.rs does).
NOT_GAZETTEERS = {'demonyms.tsv'}


def load_gazetteer():
    entities = {}     # id -> dict
    order = []
    for path in sorted(glob.glob(os.path.join(GAZ, '*.tsv'))):
        fname = os.path.basename(path)
        if fname in NOT_GAZETTEERS:
            continue
        header = None
        for line in open(path, encoding='utf-8'):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cols = line.split('\t')
            if header is None:
                header = cols
                continue
            row = dict(zip(header, cols))
            eid = row['id']
            names = [row.get('name_ar', '')] + [a for a in row.get('aliases', '').split('|') if a.strip()]
            if eid not in entities:
                entities[eid] = dict(id=eid, kind=row['kind'], subkind=row.get('subkind', ''),
                                     name_ar=row.get('name_ar', ''), country=row.get('country', ''),
                                     names=[], files=[])
                order.append(eid)
            e = entities[eid]
            for n in names:
                e['names'].append((n, fname))
            if fname not in e['files']:
                e['files'].append(fname)
    return [entities[i] for i in order]


def patterns(entities):
    """pattern text -> list of (entity, derivation, original alias, file)."""
    pats = collections.defaultdict(list)
    for e in entities:
        normalized = [norm(n).strip() for n, _ in e['names']]
        for k, (nm, (orig, fname)) in enumerate(zip(normalized, e['names'])):
            if k > 0 and widens_another(nm, normalized):
                continue
            view = alias_view(nm)
            forms = [(view, EXPLICIT)] + [(v, GVAR) for v in g_variants(view)]
            for form, der in forms:
                st = strip_article(form)
                if st:
                    pats[st].append((e, STRIPPED, orig, fname))
                if len(form.replace(' ', '')) >= 2:
                    pats[form].append((e, der, orig, fname))
    # best candidate first, as the matcher orders them (derivation, load order)
    return pats


def fires(word, pats):
    """Every (prefix, pattern, candidate) through which the matcher would report `word` (one token)."""
    hits = []
    c = pats.get(word)
    if c:
        ok = [x for x in c if x[1] != STRIPPED]
        if ok:
            hits.append(('', word, min(ok, key=lambda x: x[1])))
    if c and hits:
        return hits        # the whole word is a name: leftmost-longest reports it, not a prefixed hit
    for p in ALL_PREFIXES:
        if len(word) > len(p) and word.startswith(p):
            rest = word[len(p):]
            c = pats.get(rest)
            if c and len(rest.replace(' ', '')) >= MIN_PREFIXED:
                ok = [x for x in c if prefix_allowed(p, x[0]['kind'], x[1])]
                if ok:
                    hits.append((p, rest, min(ok, key=lambda x: x[1])))
    return hits


# ------------------------------------------------------------------ word sources
WORD_RE = re.compile(r'[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06D5\u06FA-\u06FF\u064B-\u065F\u0670\u0640]+')


def src_stopwords():
    try:
        import arabicstopwords.arabicstopwords as s
    except ImportError:
        print('  arabic-stopwords: not installed, skipped', file=sys.stderr)
        return {}
    return {norm(w): 1 for w in s.stopwords_list()}


def src_wordfreq():
    try:
        import wordfreq
    except ImportError:
        print('  wordfreq: not installed, skipped', file=sys.stderr)
        return {}
    agg = collections.Counter()
    for w, f in wordfreq.get_frequency_dict('ar').items():
        if WORD_RE.fullmatch(w):
            agg[norm(w)] += f
    return {w: round(math.log10(f * 1e9), 2) for w, f in agg.items()}


def src_mo(mo_dirs, xpis=(), corpus_out=None):
    """Ordinary Arabic UI text: .mo catalogues (not iso_*: those are place names) and language packs."""
    import gettext
    import zipfile
    texts = []
    for x in xpis:
        with zipfile.ZipFile(x) as z:
            for n in sorted(z.namelist()):
                if n.endswith(('.ftl', '.properties')):
                    for line in z.read(n).decode('utf-8', 'replace').splitlines():
                        if '=' in line and not line.lstrip().startswith('#') and WORD_RE.search(line):
                            texts.append(line.split('=', 1)[1].strip())
    for path in sorted(p for d in mo_dirs for p in glob.glob(os.path.join(d, '*.mo'))):
        if os.path.basename(path).startswith('iso_'):
            continue
        try:
            with open(path, 'rb') as f:
                cat = gettext.GNUTranslations(f)._catalog
        except Exception:
            continue
        for k, v in cat.items():
            if isinstance(v, str) and WORD_RE.search(v):
                texts.append(v)
    words = collections.Counter()
    grams = collections.Counter()
    for t in texts:
        toks = [norm(w) for w in WORD_RE.findall(t)]
        words.update(toks)
        for n in (2, 3):
            for i in range(len(toks) - n + 1):
                grams[' '.join(toks[i:i + n])] += 1
    if corpus_out:
        with open(corpus_out, 'w', encoding='utf-8') as f:
            for t in texts:
                f.write(t.replace('\n', ' ') + '\n')
    return words, grams, len(texts)


def src_hunspell(cands):
    try:
        r = subprocess.run(['hunspell', '-d', 'ar', '-G'], input='\n'.join(cands) + '\n',
                           capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.TimeoutExpired) as err:
        print(f'  hunspell: {err}, skipped', file=sys.stderr)
        return set()
    return {norm(w.strip()) for w in r.stdout.splitlines() if w.strip()}


# ------------------------------------------------------------------ main
def hint(word, pre, pat, der, e, stop, zipf):
    """A first guess for the reviewer (the decision stays editorial):
    likely-word  a stop word; or word = proclitic + name although the word is about as frequent as
                 (or more frequent than) the bare name, which a real name with a clitic never is
                 (و/ب/ل + name is typically 5-20 times rarer than the name); or a generated variant
                 or a secondary alias that is itself a frequent word;
    check        an exact, frequent word that is the entry's own name: editorial call;
    likely-name  a clitic + name whose frequency fits a real name."""
    if stop:
        return 'likely-word'
    z = zipf.get(word, 0)
    if pre:
        base = ('ال' + pat) if der == STRIPPED else pat
        if der == STRIPPED or pre not in PLAIN:
            return 'likely-name'
        return 'likely-word' if z >= zipf.get(base, 0) - 0.3 else 'likely-name'
    if der == GVAR or (norm(e['name_ar']).strip() != word and z >= 3.0):
        return 'likely-word' if z >= 3.0 else 'check'
    return 'check'


def severity(stop, zipf, mo, hun):
    if stop or (zipf is not None and zipf >= 4.0):
        return 'A'
    if zipf is not None and zipf >= 3.0:
        return 'B'
    if (zipf is not None and zipf >= 2.0) or mo >= 3:
        return 'C'
    return 'D'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='/tmp/audit.tsv')
    ap.add_argument('--corpus-out')
    ap.add_argument('--mo-dir', action='append',
                    help='directory of Arabic .mo catalogues (repeatable; default /usr/share/locale/ar/LC_MESSAGES)')
    ap.add_argument('--xpi', action='append', default=[],
                    help='a Firefox/Thunderbird language pack (.xpi): its Arabic .ftl/.properties strings (repeatable)')
    ap.add_argument('--min-zipf', type=float, default=2.0)
    ap.add_argument('--no-hunspell', action='store_true')
    a = ap.parse_args()

    ents = load_gazetteer()
    pats = patterns(ents)
    print(f'{len(ents)} entities, {len(pats)} patterns', file=sys.stderr)

    stop = src_stopwords()
    zipf = src_wordfreq()
    mo_words, mo_grams, n_mo = src_mo(a.mo_dir or ['/usr/share/locale/ar/LC_MESSAGES'], a.xpi, a.corpus_out)
    print(f'  sources: {len(stop)} stop forms, {len(zipf)} wordfreq forms, {n_mo} .mo strings '
          f'({sum(mo_words.values())} words)', file=sys.stderr)

    vocab = set(stop) | {w for w, z in zipf.items() if z >= a.min_zipf} | set(mo_words)
    hun = set()
    if not a.no_hunspell:
        # single-word candidates: each pattern alone and behind every prefix its kinds accept
        cands = set()
        for p, cs in pats.items():
            if ' ' in p or not re.fullmatch('[\u0621-\u064A]+', p):
                continue
            if any(x[1] != STRIPPED for x in cs):
                cands.add(p)
            if len(p) >= MIN_PREFIXED:
                for pre in ALL_PREFIXES:
                    if any(prefix_allowed(pre, x[0]['kind'], x[1]) for x in cs):
                        cands.add(pre + p)
        hun = src_hunspell(sorted(cands))
        print(f'  hunspell: {len(cands)} candidate words checked, {len(hun)} accepted', file=sys.stderr)
        vocab |= hun

    rows = []
    for w in vocab:
        for pre, pat, (e, der, orig, fname) in fires(w, pats):
            st = w in stop
            z = zipf.get(w)
            mo = mo_words.get(w, 0)
            hs = w in hun
            sev = severity(st, z, mo, hs)
            srcs = ','.join(s for s, on in (('stopwords', st), ('wordfreq', z is not None),
                                             ('mo', mo > 0), ('hunspell', hs)) if on)
            rows.append((sev, -(z or 0), 'b' if pre else 'a', w, pre, pat, DER_NAME[der], e['id'],
                         e['kind'], e['subkind'], e['name_ar'], orig, fname, srcs, z, mo,
                         hint(w, pre, pat, der, e, st, zipf)))
    # multi-word aliases that occur as a phrase in the .mo text
    for p, cs in pats.items():
        if ' ' in p and mo_grams.get(p):
            e, der, orig, fname = min(cs, key=lambda x: x[1])
            rows.append(('C' if mo_grams[p] >= 3 else 'D', 0, 'a', p, '', p, DER_NAME[der], e['id'],
                         e['kind'], e['subkind'], e['name_ar'], orig, fname, 'mo-phrase', None, mo_grams[p],
                         'phrase'))
    rows.sort(key=lambda r: (r[0], r[1], r[3]))
    with open(a.out, 'w', encoding='utf-8') as f:
        f.write('severity\tcase\tword\tprefix\tpattern\tderivation\tid\tkind\tsubkind\tname_ar\talias\tfile'
                '\tsources\tzipf\tmo_count\thint\n')
        for r in rows:
            f.write('\t'.join(str(x) if x is not None else '' for x in
                              (r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12],
                               r[13], r[14], r[15], r[16])) + '\n')
    by_sev = collections.Counter(r[0] for r in rows)
    by_src = collections.Counter()
    for r in rows:
        for s in r[13].split(','):
            by_src[s] += 1
    by_case = collections.Counter(r[2] for r in rows)
    ids = {r[7] for r in rows}
    print(f'{len(rows)} collisions ({len(ids)} ids) -> {a.out}', file=sys.stderr)
    print('  by severity: ' + ', '.join(f'{k}={by_sev[k]}' for k in sorted(by_sev)), file=sys.stderr)
    print('  by source:   ' + ', '.join(f'{k}={v}' for k, v in by_src.most_common()), file=sys.stderr)
    print(f'  by case:     a (word = alias)={by_case["a"]}, b (word = proclitic + alias)={by_case["b"]}',
          file=sys.stderr)


if __name__ == '__main__':
    main()
