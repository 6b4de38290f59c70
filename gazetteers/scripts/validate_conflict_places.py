#!/usr/bin/env python3
"""Validate conflict_places_*.tsv: header, 7 columns, kind/subkind, ids, names, common-word stop list.
Usage: python3 gazetteers/scripts/validate_conflict_places.py"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HDR = "id\tkind\tsubkind\tname_ar\tname_en\tcountry\taliases"
SUBS = set("""country territory capital city town region district facility landmark armed_group military militia
police government international_org un_agency un_mission regional_org ngo news_agency tv_channel newspaper
political_party company head_of_state head_of_government minister military_leader armed_group_leader official
politician other""".split())
# bare strings that are ordinary Arabic words/phrases and must never be a name or alias on their own
STOP = set("""صور جنين حماة حماه سرت الأبيض مأرب مارب درعا البيضاء الشمال الجنوب الشرق الغرب الأمل النصر الوحدة الجزيرة
الزاوية الخيام الطيبة بحري مدني كلمة زمزم الهول الحزم الجوف الكرامة المصنع القاع التل الزيتون الرمال الشاطئ التفاح
الدرج نصيب جودة أدري بول بلد النعمة جلب المثنى الثورة الشجرة الفاو الساحل الخليج الضفة القطاع الأقصى كيف
طويلة كاس كأس سربا المالحة الكومة الصحافة العمارات بري الحلة العمارة حديثة الرطبة مخمور الكرمة الدبس قنديل
الحمرا الغازية العبودية عاليه خلدة البيرة دورا سعير يعبد بيتا بلاطة الفارعة سلوان الطور المطلة إب حجة عمران
الضالع المهرة الخوخة حرض عتق كرش يافع دمت نهم أرحب مران ساقين البقع موزع ذباب العبر العلم القطن صافر تدمر
الميادين السلمية سلمية الطبقة السخنة القريتين هجين البصيرة سلوك كسب قارة الضمير قطنا الكسوة سرمدا السفيرة نبل
الشيوخ القدم الحجر الأسود الباب الراعي الزهراء جاسم تسيل دوري سرح مرادي نارا ماو آتي أطار كاتي جيني كريمة هيا
بربر كتم ربك النهود الفولة المجلد مروي الكاملين رفاعة واو بور شحات الجميل العزيزية الأبيار سلوق محمد عمر علي
ياسين شعيرية البادية الحراك العباسية المنصوري الجليل الرشيدية البداوي الحمدانية سمراء
مقلي عصب بيني الصحة كارما ديما رشاد خطاب ربيعة الزبير الرفاعي البغدادي السعدية الكاملين الغاب اليرموك المنطقة العازلة المنطقة الإنسانية فيلادلفيا أرئيل إيتمار""".split())
STOP |= {'الحجر الأسود', 'المنطقة العازلة', 'المنطقة الإنسانية', 'محافظة الجنوب'}
def norm(s):
    s = re.sub('[\u064B-\u0652\u0670\u0640]', '', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ک', 'ك').replace('ی', 'ي')
    return ' '.join(s.split())
STOPN = {norm(w) for w in STOP}
errs = 0
def err(m):
    global errs; errs += 1; print('ERROR', m)
others = set()
for p in glob.glob(os.path.join(HERE, '*.tsv')):
    if os.path.basename(p).startswith('conflict_places_'): continue
    for l in open(p, encoding='utf-8'):
        if not l.startswith('#'): others.add(l.split('\t')[0])
ids = {}
n = 0
for p in sorted(glob.glob(os.path.join(HERE, 'conflict_places_*.tsv'))):
    lines = [l.rstrip('\n') for l in open(p, encoding='utf-8')]
    body = [l for l in lines if not l.startswith('#')]
    if not lines[0].startswith('#'): err(f'{p}: no provenance comment')
    if body[0] != HDR: err(f'{p}: bad header')
    for l in body[1:]:
        n += 1
        f = l.split('\t')
        if len(f) != 7: err(f'{p}: {len(f)} columns: {l}'); continue
        i, kind, sub, ar, en, cc, al = f
        if not re.fullmatch(r'[a-z0-9-]+|Q\d+', i): err(f'bad id {i}')
        if kind not in ('place', 'group', 'person') or sub not in SUBS: err(f'bad kind/subkind {l}')
        if not ar or not en: err(f'empty name {l}')
        if cc and not re.fullmatch(r'[A-Z]{2}', cc): err(f'bad country {l}')
        if i in ids and i not in others: err(f'duplicate id {i} ({ids[i]}, {p})')
        ids[i] = p
        names = [ar] + ([a for a in al.split('|')] if al else [])
        if '' in names: err(f'empty alias {l}')
        if al and norm(ar) in {norm(a) for a in al.split('|')}: err(f'alias repeats name {l}')
        # a merge row carries the owner's name_ar unchanged: only our aliases are checked there
        for s in (names[1:] if i in others else names):
            if norm(s) in STOPN: err(f'stop-listed string "{s}" on {i}')
            if re.match(r'^(و|ف|ب|ل|ك)ال', s) and False: pass
print(f'{n} rows checked, {errs} errors')
sys.exit(1 if errs else 0)
