//! The casualty lexicons: every trigger, victim noun and context word the rules use, in one
//! place, as data.
//!
//! Entries are written in ordinary Arabic spelling; they are folded at build time exactly like
//! the text's tokens (diacritics dropped, `أ إ آ` → `ا`, `ى` → `ي`, `ة` → `ه`, `ؤ` → `و`,
//! `ئ` → `ي`), so they match text normalized with any [`Normalizer`](crate::Normalizer)
//! options. Multi-word entries are matched token by token. Proclitics (`و`, `ف`, `ب`, `ل`) on
//! the first word of a trigger are handled by the matcher and are not listed. A definite form
//! (`ال…`) is generated for every single-word victim noun.
//!
//! # Trigger roles
//!
//! * [`V`] — verb (`قُتل`, `أصيبوا`): the count may follow (`قتل 5 جنود`) or precede
//!   (`5 جنود قتلوا`);
//! * [`N`] — verbal noun (`مقتل`, `إصابة`, `اعتقال`): the count follows;
//! * [`C`] — counted noun (`قتيلا`, `جرحى`, `مفقودين`): the count precedes (`20 قتيلا`), or it
//!   qualifies a victim noun (`جنود قتلى`);
//! * [`D`] — definite noun (`القتلى`, `الجرحى`): after a victim noun (`عشرات الجنود القتلى`),
//!   after a vague count (`عشرات القتلى`), or in a toll (`ارتفع عدد القتلى إلى 50`);
//! * [`L`] — `لقي` and its forms: a trigger only with `حتف…`/`مصرع…` a few words later
//!   (`لقي 5 أشخاص حتفهم`).

use crate::types::{CasualtyKind, VictimCategory};

/// Verb role.
pub(crate) const V: u8 = 1;
/// Verbal-noun role.
pub(crate) const N: u8 = 2;
/// Counted-noun role.
pub(crate) const C: u8 = 4;
/// Definite-noun role.
pub(crate) const D: u8 = 8;
/// `لقي … حتفه` role.
pub(crate) const L: u8 = 16;

use CasualtyKind::{Captured, Injured, Kidnapped, Killed, Missing};

/// Triggers: `|`-separated spellings, the kind, the roles.
pub(crate) const TRIGGERS: &[(&str, CasualtyKind, u8)] = &[
    // killed
    ("قتل|قتلوا|قتلت|قتلا|قتلن|قتلتا", Killed, V),
    ("يقتل|تقتل|يقتلون", Killed, V),
    ("استشهد|استشهدوا|استشهدت|استشهدا", Killed, V),
    ("توفي|توفوا|توفيت|قضى|قضوا", Killed, V),
    (
        "اغتيل|اغتيلوا|اغتيلت|اغتال|اغتالت|اغتالوا|أعدم|أعدموا|أعدمت",
        Killed,
        V,
    ),
    ("مقتل|مصرع|استشهاد|وفاة|اغتيال|إعدام|قتل|تصفية", Killed, N),
    ("ذبح|ذبحوا|ذبحت", Killed, V),
    ("بحياة|بأرواح|جثث|جثامين|جثة", Killed, N),
    (
        "راح ضحيته|راح ضحيتها|راح ضحيتهم|ذهب ضحيته|ذهب ضحيتها",
        Killed,
        N,
    ),
    ("حصد أرواح|حصدت أرواح|حصد حياة", Killed, N),
    (
        "قتيل|قتيلا|قتلى|شهيد|شهيدا|شهداء|جثة|جثث|جثمان|جثامين",
        Killed,
        C,
    ),
    ("القتلى|الشهداء|القتيل|قتلاه|قتلاها|قتلاهم|قتلانا", Killed, D),
    ("حيد|حيدت|حيدوا|تحييد", Killed, V),
    ("لقي|لقوا|لقيت|لقيا|لقين|لقيتا", Killed, L),
    // present tense, as in headlines: الاحتلال يعتقل 20 فلسطينيا
    ("يصيب|تصيب|يصابون", Injured, V),
    // injured
    (
        "أصيب|أصيبوا|أصيبت|أصيبا|جرح|جرحوا|جرحت|يصاب|أصيبن",
        Injured,
        V,
    ),
    ("إصابة|جرح|إصابات", Injured, N),
    (
        "جريح|جريحا|جرحى|مصاب|مصابا|مصابين|مصابون|إصابة|إصابات",
        Injured,
        C,
    ),
    (
        "الجرحى|المصابين|المصابون|الإصابات|جرحاه|جرحاها|جرحاهم",
        Injured,
        D,
    ),
    // captured
    (
        "اعتقل|اعتقلت|اعتقلوا|احتجز|احتجزت|احتجزوا|أسر|أسرت|أسروا|أوقف|أوقفت",
        Captured,
        V,
    ),
    (
        "ألقى القبض على|ألقت القبض على|ألقوا القبض على|قبض على|قبضت على",
        Captured,
        V,
    ),
    (
        "اعتقال|احتجاز|أسر|توقيف|القبض على|إلقاء القبض على|اعتقالات",
        Captured,
        N,
    ),
    (
        "أسير|أسيرا|أسرى|معتقل|معتقلا|معتقلين|محتجز|محتجزا|محتجزين",
        Captured,
        C,
    ),
    ("الأسرى|المعتقلين|المحتجزين", Captured, D),
    ("يعتقل|تعتقل|يعتقلون|يحتجز|تحتجز|يأسر|تأسر", Captured, V),
    // kidnapped
    ("خطف|خطفوا|خطفت|اختطف|اختطفوا|اختطفت|اختطفا", Kidnapped, V),
    ("اختطاف|خطف", Kidnapped, N),
    (
        "مختطف|مختطفا|مختطفين|مخطوف|مخطوفين|رهينة|رهائن",
        Kidnapped,
        C,
    ),
    ("المختطفين|المخطوفين|الرهائن", Kidnapped, D),
    ("يختطف|تختطف|يخطف|تخطف|يختطفون", Kidnapped, V),
    // missing
    ("فقد|فقدوا|فقدت|اختفى|اختفوا", Missing, V),
    ("فقدان|اختفاء|فقد أثر", Missing, N),
    ("مفقود|مفقودا|مفقودين|مفقودون", Missing, C),
    ("المفقودين|المفقودون", Missing, D),
];

/// Words that, a few words after `لقي`, make it a death: `لقي حتفه`, `لقوا مصرعهم`.
pub(crate) const LAQIYA_OBJECTS: &[&str] = &["حتف", "مصرع"];

/// Words that, a few words after a "missing" verb, make it a death: `فقد 5 أشخاص حياتهم`.
pub(crate) const LIFE_WORDS: &[&str] = &[
    "حياته",
    "حياتها",
    "حياتهم",
    "حياتهما",
    "أرواحهم",
    "أرواحهما",
];

/// Triggers with an object pronoun, whose victims are named earlier in the text
/// (`… نحو عشرين مشتبها … ألقى القبض عليهم`). `عليهم` after `القبض` is handled separately.
pub(crate) const ANAPHORIC: &[(&str, CasualtyKind)] = &[
    (
        "اعتقلهم|اعتقلتهم|اعتقلوهم|احتجزهم|احتجزتهم|احتجزوهم|أسرهم|أسرتهم|أسروهم|أوقفتهم",
        Captured,
    ),
    ("اختطفهم|اختطفتهم|اختطفوهم|خطفهم|خطفتهم|خطفوهم", Kidnapped),
    ("قتلهم|قتلتهم|قتلوهم", Killed),
];

/// Victim nouns: `|`-separated spellings (singular, plural, accusative, construct), and the
/// category. A `+` before a stem generates the sound-plural forms (`+مدني` → `مدني مدنيا مدنيون
/// مدنيين مدنيي مدنيو`).
pub(crate) const VICTIMS: &[(&str, VictimCategory)] = &[
    ("شخص|شخصا|أشخاص|أشخاصا|نفر|نسمة|فرد|فردا|أفراد|رجل|رجلا|رجال|شاب|شابا|شبان|شباب", VictimCategory::People),
    ("أشقاء|شقيقا|إخوة|أخوة|أبناء|أقارب|أفراد عائلة|أفراد أسرة", VictimCategory::People),
    ("آخرين|آخرون|آخر|آخرا|أخرى|أخريات|آخران", VictimCategory::People),
    ("+مدني|+مواطن|+قروي|+مزارع|+متظاهر|+محتج|+نازح|+مهاجر|+لاجئ", VictimCategory::Civilians),
    ("سكان|أهالي|مصلين|مصليا|صيادين|صيادا|رعاة|راعيا|ركاب|راكب|راكبا|+مسافر|+مستوطن|+ناشط|نشطاء|+مسن|+زائر|زوار|أبرياء|بريئا|مارة|+متسوق", VictimCategory::Civilians),
    ("جندي|جنديا|جنود|جنودا|ضابط|ضابطا|ضباط|+عسكري|+مجند", VictimCategory::Soldiers),
    ("+شرطي|+دركي|+أمني|شرطيا|رجال الشرطة|رجل شرطة|رجال شرطة|عناصر الشرطة|أفراد الشرطة|رجال الأمن|رجل أمن|رجال أمن|عناصر الأمن|أفراد الأمن|عناصر أمن|رجال الدرك|عناصر الدرك|حرس الحدود|عناصر حرس الحدود|حراس|حارسا|حارس", VictimCategory::Police),
    ("مقاتل|مقاتلا|مقاتلون|مقاتلين|مقاتلي|+مسلح|+متمرد|+إرهابي|+جهادي|+انفصالي|+متشدد|+انتحاري|+داعشي|+حوثي|+خاطف|+تكفيري|دواعش|مرتزقة|مرتزق", VictimCategory::Fighters),
    ("عنصر|عنصرا|عناصر|عضو|عضوا|أعضاء|منتسبي|مقاتلو", VictimCategory::Fighters),
    ("طفل|طفلا|أطفال|أطفالا|طفلة|رضيع|رضيعا|رضع|+قاصر|قصر|تلميذ|تلميذا|تلاميذ|صبي|صبيا|صبية|فتى|فتية", VictimCategory::Children),
    ("امرأة|نساء|نسوة|سيدة|سيدات|فتاة|فتيات", VictimCategory::Women),
    ("+موظف|+عامل|عمال|عاملا|+صحفي|+صحافي|+إعلامي|+مراسل|+مسعف|طبيب|طبيبا|أطباء|+ممرض|+متطوع|+دبلوماسي|+معلم|+مدرس|+مهندس|+مصور|طاقم|رجال الإطفاء|+إطفائي|عمال إغاثة|عمال الإغاثة|عاملي إغاثة|عاملي الإغاثة", VictimCategory::Staff),
    ("+مشتبه|مشتبه بهم|مشتبها بهم|مشتبه به|مشتبها به|مشتبهين بهم|+متهم|+مطلوب|+متورط", VictimCategory::Suspects),
    ("سائح|سائحا|سياح|+سائح|بحار|بحارا|بحارة|حاج|حجاج|+أجنبي|أجانب|+طالب|طلاب|طلبة|قائد|قائدا|قادة|+قيادي|+مسؤول|+سجين|سجناء|+نائب|نواب|+معارض|+لاعب", VictimCategory::Other),
];

/// Generic heads whose category comes from the affiliation that follows, when there is one
/// (`عناصر من الجيش` → soldiers, `أفراد الشرطة` → police, `رجال` → people).
pub(crate) const GENERIC_HEADS: &[&str] = &[
    "عنصر",
    "عنصرا",
    "عناصر",
    "عضو",
    "عضوا",
    "أعضاء",
    "فرد",
    "فردا",
    "أفراد",
    "رجال",
    "منتسبي",
];

/// Affiliation words after `من` or as the genitive of a generic head, and the category they
/// give (`من الجيش`, `من قوات الأمن`, `من جماعة …`).
pub(crate) const AFFILIATIONS: &[(&str, VictimCategory)] = &[
    ("الجيش|جيش|القوات|قوات|الجنود|الحرس|الحامية|الكتيبة|اللواء", VictimCategory::Soldiers),
    ("الشرطة|الأمن|الدرك|شرطة|أمن|الحرس الوطني", VictimCategory::Police),
    ("جماعة|الجماعة|تنظيم|التنظيم|حركة|الحركة|ميليشيا|الميليشيا|مليشيا|المليشيا|ميليشيات|الميليشيات|الفصائل|فصائل|المسلحين|المتمردين|مسلحي|عصابة|العصابة|المرتزقة|مجموعة|المجموعة|المعارضة|الحشد|الدعم|حركة|كتائب|سرايا|الخاطفين", VictimCategory::Fighters),
    ("المدنيين|السكان|الأهالي|المواطنين|القرويين|المصلين|النازحين", VictimCategory::Civilians),
    ("الأطفال", VictimCategory::Children),
    ("النساء", VictimCategory::Women),
    ("الأمم|الإغاثة|الصليب|الهلال|المنظمة|منظمة|البعثة|بعثة|الصحفيين|الطاقم|طاقم", VictimCategory::Staff),
];

/// Broken-plural nationality and affiliation words kept in the victim text (`الروس`).
/// Nisba adjectives (`ماليا`, `الماليين`, `روسي`) are recognized by their ending.
pub(crate) const NATIONALITY_WORDS: &[&str] = &[
    "الروس",
    "روس",
    "العرب",
    "عرب",
    "الأكراد",
    "أكراد",
    "الكرد",
    "الأتراك",
    "أتراك",
    "الأفغان",
    "أفغان",
    "الإيرانيين",
    "الأجانب",
    "أجانب",
    "الطوارق",
    "الفولاني",
    "الفلان",
    "الصرب",
    "الأرمن",
    "البلوش",
    "الدروز",
];

/// Words ending like a nisba that are not adjectives of a victim noun.
pub(crate) const NOT_NISBA: &[&str] = &[
    "أخرى",
    "الأخرى",
    "يعني",
    "يجري",
    "يبقى",
    "ينتمي",
    "الماضي",
    "الحالي",
    "التالي",
    "الجاري",
    "الثاني",
    "حوالي",
    "أهالي",
    "الأهالي",
    "حاليا",
    "يوميا",
    "تقريبا",
    "رسميا",
    "فعليا",
    "نهائيا",
    "جزئيا",
    "كليا",
    "أسبوعيا",
    "سنويا",
    "شهريا",
    "سوريا",
    "ليبيا",
    "كينيا",
    "إثيوبيا",
    "نيجيريا",
    "الصومالي",
    "يلي",
    "التي",
    "الذي",
    "اللذي",
    "ضحايا",
    "الضحايا",
    "إضافي",
    "الإضافي",
    "مبدئيا",
    "أوليا",
    "مجددا",
    "مبدئي",
    "أولي",
];

/// Negators: a figure with one of these shortly before its trigger (or count) is not reported.
/// The scope ends at clause punctuation, at a [`CLAUSE_WORDS`] word (`الذي`, `بعد`…) and at
/// `إلا` (`لم يقتل إلا 3` is "only 3 were killed").
pub(crate) const NEGATORS: &[&str] = &[
    "لم",
    "لن",
    "لا",
    "ليس",
    "ليست",
    "نفى",
    "نفت",
    "ينفي",
    "تنفي",
    "نفوا",
    "نافيا",
    "نافية",
    "عدم",
    "دون",
    "بدون",
    "كذب",
    "كذبت",
    "تكذيب",
    "ينفون",
    "نفي",
];

/// Words after `لا` that make it "still" rather than a negation: `لا يزال 5 مفقودين`.
pub(crate) const LA_NOT_NEGATION: &[&str] = &[
    "يزال",
    "تزال",
    "يزالون",
    "زال",
    "زالت",
    "يقل",
    "تقل",
    "سيما",
    "بد",
    "شك",
    "ريب",
];

/// Words after a count that end the phrase, so a count with no victim noun still counts
/// (`قُتل 5 في الهجوم`, `أصيب 3 بجروح`).
pub(crate) const TERMINALS: &[&str] = &[
    "في",
    "خلال",
    "جراء",
    "إثر",
    "عقب",
    "بعد",
    "اليوم",
    "أمس",
    "بينهم",
    "منهم",
    "بحسب",
    "حسب",
    "وفق",
    "وفقا",
    "أغلبهم",
    "معظمهم",
    "بجروح",
    "بجراح",
    "برصاص",
    "بنيران",
    "بقصف",
    "بالرصاص",
    "آخرين",
    "آخرون",
    "حتى",
    "مساء",
    "صباح",
    "ليلة",
    "فجر",
    "داخل",
    "قرب",
    "بالقرب",
    "عندما",
    "حين",
    "بسبب",
    "نتيجة",
    "وسط",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "بمدينة",
    "بولاية",
    "بمنطقة",
    "بإقليم",
];

/// Words right before a count that make it an age (`طفل عمره 5 سنوات`).
pub(crate) const AGE_WORDS: &[&str] = &[
    "عمره",
    "عمرها",
    "عمرهم",
    "العمر",
    "بعمر",
    "عمر",
    "سن",
    "البالغ",
    "البالغة",
    "يبلغ",
    "تبلغ",
    "أعمارهم",
    "أعمارهن",
    "ابن",
    "بنت",
];

/// Words right before a count that make it a year or a date (`عام 2015`).
pub(crate) const YEAR_WORDS: &[&str] = &[
    "عام",
    "العام",
    "لعام",
    "بعام",
    "سنة",
    "السنة",
    "منذ",
    "أعوام",
    "مطلع",
    "أواخر",
    "أوائل",
];

/// Words shortly before a count that make it a deployment, not a loss
/// (`قوة مكونة من 11 ألف جندي`, `نشرت 500 جندي`). Used for counts before a trigger and for
/// the antecedents of anaphoric triggers.
pub(crate) const DEPLOYMENT_WORDS: &[&str] = &[
    "مكونة",
    "قوامها",
    "قوامه",
    "بقوام",
    "نشر",
    "نشرت",
    "ينشر",
    "تنشر",
    "إرسال",
    "أرسل",
    "أرسلت",
    "يضم",
    "تضم",
    "وصول",
    "تعداد",
    "عديد",
    "يوجد",
    "توجد",
    "تجنيد",
    "تدريب",
    "وصلوا",
    "وصل",
];

/// Words that introduce a toll before a definite trigger noun: `عدد القتلى`, `حصيلة الجرحى`.
pub(crate) const TOLL_WORDS: &[&str] = &["عدد", "حصيلة", "إجمالي", "مجموع"];

/// `الضحايا` counts as "killed" only in a toll (`ارتفعت حصيلة الضحايا إلى 30`).
pub(crate) const TOLL_VICTIMS: &[&str] = &["الضحايا"];

/// Fillers allowed between a victim phrase and a following trigger (`200 شخص آخرين أصيبوا`,
/// `5 جنود في عداد المفقودين`).
pub(crate) const FILLERS_BEFORE_TRIGGER: &[&str] = &[
    "قد",
    "أيضا",
    "جميعا",
    "كلهم",
    "كانوا",
    "في",
    "عداد",
    "جراء",
    "إثر",
];

/// `بينهم`, `منهم`, `من بينهم`: a subset figure that follows a casualty (`بينهم 3 أطفال`).
pub(crate) const AMONG_WORDS: &[&str] = &["بينهم", "منهم", "بينهن", "منهن", "بينها"];

/// Words shortly before a count that make it a release, an exchange or a prison population,
/// not a capture (`أطلقت سراح 12 رهينة`, `تبادل 50 أسيرا`, `أفرجت السلطات عن 30 معتقلا`,
/// `يقبع 10 آلاف معتقل في السجون`).
pub(crate) const RELEASE_WORDS: &[&str] = &[
    "سراح",
    "الإفراج",
    "إفراج",
    "أفرج",
    "أفرجت",
    "يفرج",
    "تفرج",
    "تبادل",
    "مبادلة",
    "صفقة",
    "بإطلاق",
    "إطلاق",
    "يقبع",
    "يقبعون",
    "تقبع",
    "يقضون",
    "تحرير",
    "حرر",
    "حررت",
    "حرروا",
    "إنقاذ",
    "أنقذ",
    "أنقذت",
];

/// Words right after an injury figure that make it an illness (`1200 إصابة بفيروس كورونا`,
/// `أصيب 30 شخصا بالكوليرا`).
pub(crate) const DISEASE_WORDS: &[&str] = &[
    "بفيروس",
    "بكورونا",
    "بكوفيد",
    "بالكوليرا",
    "بالملاريا",
    "بالحصبة",
    "بالحمى",
    "بمرض",
    "بأمراض",
    "بوباء",
    "بالسرطان",
    "بالإنفلونزا",
    "بالتهاب",
    "بالجدري",
    "بالسكري",
    "بالعدوى",
    "بعدوى",
    "بالتسمم",
    "بتسمم",
];

/// Words that end the subject between a trigger and a distant count: beyond three words, a
/// count after one of these (or after a `و…` word) is not the trigger's count.
pub(crate) const CLAUSE_WORDS: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "بعد",
    "قبل",
    "أن",
    "إن",
    "أنه",
    "أنها",
    "حيث",
    "عندما",
    "كما",
    "لكن",
    "ثم",
    "بينما",
    "فيما",
    "منذ",
    "خلال",
    "حتى",
    "لأن",
    "إذ",
    "كان",
    "كانت",
];

/// Indefinite singular victim nouns that make a figure of one right after a verbal noun
/// (`مقتل جندي`, `إصابة شرطي`, `اعتقال صحفي`).
pub(crate) const SINGULAR_VICTIMS: &[&str] = &[
    "جندي",
    "شخص",
    "مدني",
    "طفل",
    "طفلة",
    "امرأة",
    "سيدة",
    "فتاة",
    "رجل",
    "شاب",
    "شرطي",
    "ضابط",
    "دركي",
    "صحفي",
    "صحافي",
    "مراسل",
    "مواطن",
    "مسلح",
    "عسكري",
    "مجند",
    "موظف",
    "عامل",
    "مقاتل",
    "متظاهر",
    "مستوطن",
    "طالب",
    "مهاجر",
    "قائد",
    "قيادي",
    "عنصر",
    "عضو",
    "مسعف",
    "طبيب",
    "ممرض",
    "سائق",
    "راع",
    "مزارع",
    "صياد",
    "فلسطيني",
    "إسرائيلي",
    "مشتبه",
    "متهم",
    "إرهابي",
    "انتحاري",
    "سائح",
    "رضيع",
    "صبي",
];

/// Singular counted nouns that are a figure of one on their own (`سقوط قتيل وثلاثة جرحى`,
/// `أرداه قتيلا`). Ambiguous ones (`رهينة` "hostage of", `مصاب` "affliction", `أسير` "captive
/// of") are left out.
pub(crate) const SINGULAR_COUNTED: &[&str] =
    &["قتيل", "قتيلا", "جريح", "جريحا", "شهيد", "شهيدا", "أسيرا"];

/// Verbs whose following noun can only be the victim (passive or intransitive in undiacritized
/// text), so a singular noun after them is a figure of one (`أصيب جندي`, `لقي شاب مصرعه`,
/// `استشهد طفل`). Ambiguous verbs such as `قتل` (`قَتل جندي …`: a soldier killed …) are not listed.
pub(crate) const INTRANSITIVE_TRIGGERS: &[&str] = &[
    "أصيب",
    "أصيبت",
    "استشهد",
    "استشهدت",
    "لقي",
    "لقيت",
    "توفي",
    "توفيت",
    "اغتيل",
    "اغتيلت",
    "يصاب",
];

/// Verbs that `لم`/`لن`/`لا` negate on a casualty's behalf: `لم يسفر الهجوم عن إصابات`,
/// `لم تسجل أي وفيات`, `لم يتم اعتقال أحد`. After `لم` + any other verb the figure stands
/// (`لم تمض ساعات على مقتل 5 جنود`).
pub(crate) const RESULT_VERBS: &[&str] = &[
    "يسفر",
    "تسفر",
    "يسفرا",
    "يؤد",
    "تؤد",
    "يؤدي",
    "تؤدي",
    "يسقط",
    "تسقط",
    "يسجل",
    "تسجل",
    "يتسبب",
    "تتسبب",
    "يقع",
    "تقع",
    "يخلف",
    "تخلف",
    "يتم",
    "تتم",
    "يبلغ",
    "تبلغ",
    "يرد",
    "ترد",
    "يكن",
    "تكن",
    "يكون",
    "تكون",
    "يوجد",
    "توجد",
    "يصب",
    "تصب",
    "يشر",
    "تشر",
    "يثبت",
    "تثبت",
    "يتأكد",
    "تتأكد",
    "يؤكد",
    "تؤكد",
    "يعلن",
    "تعلن",
    "يسمع",
    "تسمع",
    "يصدر",
    "تصدر",
    "ينتج",
    "تنتج",
    "يتضح",
    "يتسن",
];

/// Words right after a captured figure that make it a prison population, not an arrest
/// (`10 آلاف أسير في السجون الإسرائيلية`).
pub(crate) const PRISON_WORDS: &[&str] = &[
    "السجون",
    "سجون",
    "السجن",
    "سجن",
    "المعتقلات",
    "معتقلات",
    "الزنازين",
];
