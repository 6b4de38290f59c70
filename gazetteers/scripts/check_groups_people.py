#!/usr/bin/env python3
"""Validate the hand-curated gazetteers groups.tsv, organizations.tsv, media.tsv and people.tsv.

Run from the repository root:  python3 gazetteers/scripts/check_groups_people.py
Checks: exact header, 7 columns, kind/subkind vocabulary, id shape and uniqueness (also against the
other gazetteer files, except deliberate merges with identical names), non-empty names, aliases that
repeat the name after the matcher's normalisation, bare aliases on a common-word stop list, and the
same normalised form used by two different ids. Exits 1 on any error. Python 3 standard library only.
"""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GZ = os.path.dirname(HERE)
FILES = {"groups.tsv": "group", "organizations.tsv": "group", "media.tsv": "group", "people.tsv": "person"}
HEADER = "id\tkind\tsubkind\tname_ar\tname_en\tcountry\taliases"
SUBKINDS = set("""country territory capital city town region district facility landmark armed_group military
militia police government international_org un_agency un_mission regional_org ngo news_agency tv_channel
newspaper political_party company head_of_state head_of_government minister military_leader
armed_group_leader official politician other""".split())
DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

def norm(s):
    s = DIAC.sub("", s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ک", "ك"), ("ی", "ي")):
        s = s.replace(a, b)
    return " ".join(s.split())

# Bare forms that are ordinary Arabic words/phrases and must never be a whole alias.
STOP = {norm(w) for w in """الشمال الجنوب الشرق الغرب الأمل النصر الوحدة صور جنين حماة سرت الأبيض مأرب درعا
محمد عمر أحمد علي الشباب فتح القاعدة العربية الحدث الوطن الاتحاد الرأي الدستور الغد الحياة النهار الأخبار
الشروق الميادين المنار الحرة المسيرة العالم الجديد الشرق المرابطون النصرة الحشد الإخوان الجيش الحكومة الدولة
الأمن الدفاع الشرطة الرئيس الوزير كان اليوم السلام العدل التقدم تقدم صمود تأسيس أعماق فارس مهر وام قنا بترا
المدن الصدر الأسد الحية الضيف المهندس السوداني رئيسي روحاني البشير المالكي هادي مشعل عرفات الحلو عقار المنفي
السراج العطا بري مشار النجباء المقاومة الثورة التحالف الحزب الحركة الجماعة التنظيم المجموعة القوات""".split()}
# Deliberate, documented exceptions (see SOURCES-groups-people.md): dominant news meaning is the entity.
ALLOWED = {norm(w) for w in "الشرع".split()}

def main():
    errors, owner, seen_ids = [], collections.defaultdict(set), {}
    for fn, kind in FILES.items():
        path = os.path.join(GZ, fn)
        lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
        body = [(i + 1, l) for i, l in enumerate(lines) if l.strip() and not l.startswith("#")]
        if not body or body[0][1] != HEADER:
            errors.append(f"{fn}: header is not exact")
        for ln, l in body[1:]:
            f = l.split("\t")
            if len(f) != 7:
                errors.append(f"{fn}:{ln}: {len(f)} columns"); continue
            id_, k, sub, ar, en, cc, al = f
            if not re.fullmatch(r"[a-z0-9-]+|Q[0-9]+", id_): errors.append(f"{fn}:{ln}: bad id {id_!r}")
            if id_ in seen_ids: errors.append(f"{fn}:{ln}: duplicate id {id_} (first in {seen_ids[id_]})")
            seen_ids[id_] = fn
            if k != kind: errors.append(f"{fn}:{ln}: kind {k!r}, expected {kind!r}")
            if sub not in SUBKINDS: errors.append(f"{fn}:{ln}: bad subkind {sub!r}")
            if not ar or not en: errors.append(f"{fn}:{ln}: empty name_ar/name_en")
            if cc and not re.fullmatch(r"[A-Z]{2}", cc): errors.append(f"{fn}:{ln}: bad country {cc!r}")
            forms = [norm(ar)]
            for a in (al.split("|") if al else []):
                n = norm(a)
                if not n: errors.append(f"{fn}:{ln}: empty alias"); continue
                if n in forms: errors.append(f"{fn}:{ln}: alias repeats name/alias after normalisation: {a}")
                forms.append(n)
            for n in forms:
                if n in STOP and n not in ALLOWED: errors.append(f"{fn}:{ln}: common-word form {n}")
                owner[n].add(id_)
    for n, ids in sorted(owner.items()):
        if len(ids) > 1: errors.append(f"form {n!r} on several ids: {sorted(ids)}")
    # other gazetteer files (places): id collisions and shared forms
    for fn in sorted(os.listdir(GZ)):
        if not fn.endswith(".tsv") or fn in FILES: continue
        for l in open(os.path.join(GZ, fn), encoding="utf-8"):
            if l.startswith("#") or l.startswith("id\t"): continue
            f = l.rstrip("\n").split("\t")
            if len(f) < 7: continue
            if f[0] in seen_ids: errors.append(f"id {f[0]} in both {fn} and {seen_ids[f[0]]}")
            for a in [f[3]] + [x for x in f[6].split("|") if x]:
                if norm(a) in owner and f[0] not in owner[norm(a)]:
                    errors.append(f"form {a!r} of {fn}:{f[0]} also on {sorted(owner[norm(a)])}")
    counts = {fn: sum(1 for l in open(os.path.join(GZ, fn), encoding="utf-8") if l.strip() and not l.startswith("#")) - 1 for fn in FILES}
    print("entries:", counts)
    print("\n".join(errors) if errors else "OK: no problems")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
