//! Precision of the default gazetteer on ordinary Arabic: sentences written for this test in
//! which frequent words collide with a gazetteer alias (بأنه ~ Baneh, فإن ~ Van, كيف ~ Kyiv,
//! كبيرا ~ ك + Beira, لقاح ~ ل + Qah, قصفا جويا ~ Jwaya …) must not produce those entities,
//! while the real places next to the same words are still found ("مدينة صور اللبنانية").
//! The word lists behind these cases are reported by gazetteers/scripts/audit_common_words.py.
//!
//! Density measurement (entities per 10,000 words of a text file, not run by default):
//! `PRECISION_TEXT=/tmp/mo_corpus.ar.txt cargo test --test gazetteer_precision -- --ignored --nocapture density`

use arabic_extract::{Extractor, Gazetteer};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::default)
}

/// (id, matched text) of every entity found in `s`.
fn found(s: &str) -> Vec<(String, String)> {
    extractor()
        .extract(s)
        .entities
        .into_iter()
        .map(|e| (e.id().to_string(), e.text.to_string()))
        .collect()
}

/// Sentences with no name of any place, group or person: nothing may be found.
const NO_NAMES: &[&str] = &[
    "صرّح المتحدث بأنه لا يملك معلومات إضافية عن الحادث حتى الآن.",
    "وأكد الوزير بأنه سيعود إلى مكتبه بعد انتهاء الاجتماع.",
    "فإن لم تتوصل الأطراف إلى اتفاق فإن المفاوضات ستتوقف.",
    "وأن الوضع الإنساني يزداد سوءا مع دخول فصل الشتاء.",
    "وذكر التقرير أن الأسعار ارتفعت وأن الرواتب لم تتغير.",
    "لا أحد يعرف كيف ستنتهي هذه الأزمة الطويلة.",
    "تساءل المحللون كيف يمكن تمويل المشروع في ظل العجز.",
    "اجتمع ممثلو دول عدة لمناقشة ملف الهجرة غير النظامية.",
    "تعهدت دول كثيرة بتقديم مساعدات عاجلة للمتضررين.",
    "بدأت المرحلة الثانية من الحملة في مارس الماضي.",
    "من المتوقع أن تصدر النتائج في منتصف شهر مارس المقبل.",
    "لجأت آلاف العائلات إلى المدارس بعد أن دمرت منازلها.",
    "لجأ السكان إلى الملاجئ عندما اشتد القصف ليلا.",
    "نشر الناشطون صور الدمار على مواقع التواصل الاجتماعي.",
    "أظهرت صور الأقمار الاصطناعية حجم الأضرار في الميناء.",
    "وصف الشهود الرجال المسلحين بأنهم حماة الحي وسكانه.",
    "قال إن المتطوعين هم حماة البيئة في المنطقة الريفية.",
    "تتجه الرياح نحو الشمال مع انخفاض ملحوظ في درجات الحرارة.",
    "نزح المدنيون من الجنوب إلى الشمال هربا من المعارك.",
    "ارتدى المشيعون الثياب البيضاء ورفعوا الأعلام بلون الأبيض والأسود.",
    "توفي الجنين بعد أن تعرضت والدته لإصابة بالغة.",
    "سرت شائعات عن استقالة المدير بين الموظفين.",
    "لكل طرف مآرب خاصة من وراء هذا الاتفاق.",
    "استخدم الشرطي درعا لحماية نفسه من الحجارة.",
    "أحرز الفريق تقدما كبيرا في المفاوضات الأخيرة.",
    "شكل القرار تحولا كبيرا في سياسة الحكومة الاقتصادية.",
    "تراجعت الإصابات بفيروس كورونا خلال الأسابيع الماضية.",
    "بلغت قيمة الصفقة عشرة بليون دولار وفق بيان الشركة.",
    "رفعت بنوك عدة أسعار الفائدة بعد قرار المصرف المركزي.",
    "أعلنت جامعة حكومية عن منح دراسية للطلاب المتفوقين.",
    "التقى الوزير القائم بالأعمال في مقر الوزارة صباح اليوم.",
    "أفاد شهود عيان بسماع دوي انفجارات قرب السوق.",
    "وأفاد مراسلنا بأن الهدوء عاد إلى الشوارع مساء أمس.",
    "دعت المنظمة إلى إيجاد حل سياسي عاجل للأزمة.",
    "تعمل اللجنة على إيجاد مصادر بديلة للطاقة.",
    "حصل الأطفال على لقاح الحصبة في المراكز الصحية.",
    "بدأت حملة التطعيم بلقاح جديد ضد شلل الأطفال.",
    "استهدفت الطائرات الموقع قصفا جويا عنيفا فجر اليوم.",
    "تلقت القوات دعما جويا خلال الهجوم على الموقع.",
    "أرسلت الحكومة فريقا ليرى حجم الأضرار عن قرب.",
    "قتل الأب والأم وطفلاهما في الغارة على المنزل.",
    "تحدث الكاتب ببصيرة نافذة عن مستقبل الاقتصاد.",
    "وصف المعلقون الحرب بأنها لعنة على الأجيال القادمة.",
    "قدمت العائلة تبرعات كريمة لصالح المستشفى.",
    "انتشرت سلالة جديدة من الفيروس بسرعة كبيرة.",
    "تحدث المسؤول عن ميدان التحرير في خطابه أمام الحشد.",
    "طالبت سلطات الطيران بإجراء تحقيق في الحادث.",
    "أصدر الرئيس بيانا يدين الهجوم ويطالب بالتحقيق.",
    "رفض الموظف أن يكشف ما هي الأسباب الحقيقية للقرار.",
    "قرأ الطلاب قصة فرعون في درس التاريخ.",
    "أغلقت محلات كثيرة أبوابها بسبب ارتفاع الإيجارات.",
    "سجل النادي هدفا في الشوط الثاني من المباراة.",
    "قال الطبيب إن الحالة الصحية للمريض مستقرة الآن.",
    "سلم المتظاهرون مطالبهم إلى ممثل الحكومة المحلية.",
    "باعت الشركة هواتف موبيل بأسعار مخفضة هذا الموسم.",
    "قال إنه جلس مع أبيه وأمه ساعة قبل السفر.",
    "فاجأ القرار المراقبين الذين توقعوا تمديد المهلة.",
    "كاد الحريق يلتهم المبنى لولا تدخل رجال الإطفاء.",
    "وفي صباح الأحد زارت فاطمة مدرستها القديمة لتسلم شهادتها.",
    "يلام المسؤولون على التأخر في إصلاح الطرق.",
    "تعلم الأطفال الحروف وكتبوا حرف الواو على السبورة.",
    "وأضاف أنه لنكن واقعيين فإن الحل لن يأتي سريعا.",
    "وصل الوفد باكرا إلى قاعة المؤتمر قبل بدء الجلسة.",
    "قال المحلل إن الاتفاق يمثل خطوة كبيرة لكنه لا يكفي وحده.",
    "ارتفعت أسعار الخبز والوقود في الأسواق هذا الأسبوع.",
];

/// Sentences that name something, with the ids that a collision would wrongly add.
const WRONG_IDS: &[(&str, &[&str])] = &[
    (
        "قالت المتحدثة باسم البيت الأبيض إن الرئيس سيلقي خطابا.",
        &["sd-el-obeid"],
    ),
    (
        "أعلن مسؤول في البيت الأبيض بأنه لا توجد خطط لزيارة جديدة.",
        &["sd-el-obeid", "ir-baneh"],
    ),
    (
        "قالت وزارة الخارجية الروسية إن كيف ستدفع الثمن.",
        &["ua-kyiv"],
    ),
    (
        "فإن العاصمة الأوكرانية كييف تعرضت لهجوم بالمسيرات.",
        &["tr-van"],
    ),
    (
        "لجأت عائلات من غزة إلى المدارس في رفح.",
        &["ly-ghat-city", "ly-ghat"],
    ),
    (
        "وقال الجيش الإسرائيلي إن صور الأقمار الاصطناعية لا تظهر أي تحرك.",
        &["lb-tyre", "om-sur"],
    ),
    (
        "نشرت وكالة الأنباء صور المصابين في مستشفى حماة الوطني.",
        &["lb-tyre"],
    ),
    (
        "قتل مدنيون في قصف جوي على إدلب في الشمال السوري.",
        &["lb-jwaya"],
    ),
    (
        "شنت الطائرات الإسرائيلية قصفا جويا على جنوب لبنان.",
        &["lb-jwaya"],
    ),
    (
        "قال المتحدث إن القائم بالأعمال الأمريكي استدعي إلى وزارة الخارجية.",
        &["iq-al-qaim"],
    ),
    (
        "أفاد الدفاع المدني السوري بانتشال جثث من تحت الأنقاض.",
        &["tr-afad"],
    ),
    (
        "أعلنت وزارة الصحة وصول شحنة لقاح جديدة إلى دمشق.",
        &["sy-qah"],
    ),
    ("زارت فاطمة الزهراء مخيما للنازحين في إدلب.", &["sy-atmeh"]),
    (
        "قال البنك الدولي إن بنوك لبنان تواجه أزمة سيولة حادة.",
        &["gl-nuuk"],
    ),
    (
        "تسبب فيروس كورونا في إغلاق الحدود بين مصر والسودان.",
        &["us-corona", "it-verona"],
    ),
    (
        "خصصت السعودية عشرين بليون دولار للاستثمار في مصر.",
        &["fr-lyon"],
    ),
    (
        "حققت تركيا نموا كبيرا في صادراتها إلى العراق.",
        &["mz-beira"],
    ),
    (
        "تعمل الأمم المتحدة على إيجاد حل للأزمة في السودان.",
        &["int-igad"],
    ),
    (
        "أفادت وكالة الأنباء السودانية بأن الأمطار الغزيرة دمرت منازل في كسلا.",
        &["tr-afad"],
    ),
    (
        "قال رئيس جامعة بغداد إن الدراسة ستستأنف الأحد.",
        &["dz-djamaa"],
    ),
    ("وأكدت سلطات الاحتلال أن المعبر سيبقى مغلقا.", &["ma-settat"]),
    (
        "قال مسؤول في الحكومة اليمنية إن الحوثيين ليرى العالم حقيقتهم.",
        &["ml-lere"],
    ),
    ("وقالت الأم إن ابنها اعتقل في نابلس.", &["ne-ouallam"]),
];

/// Real names next to the same words: these ids must be found.
const MUST_FIND: &[(&str, &[&str])] = &[
    (
        "قصفت الطائرات أهدافا في مدينة صور اللبنانية فجر اليوم.",
        &["lb-tyre"],
    ),
    (
        "نزح السكان من مدينة حماة السورية بعد اشتداد المعارك.",
        &["sy-hama"],
    ),
    (
        "قال البيت الأبيض إن الرئيس سيزور المنطقة الشهر المقبل.",
        &["us-white-house"],
    ),
    (
        "وصلت التعزيزات إلى مدينة الأبيض عاصمة ولاية شمال كردفان.",
        &["sd-el-obeid"],
    ),
    (
        "اقتحمت القوات الإسرائيلية مدينة جنين ومخيمها في الضفة الغربية.",
        &["ps-jenin"],
    ),
    (
        "استعادت القوات الحكومية السيطرة على مدينة سرت الساحلية.",
        &["ly-sirte"],
    ),
    (
        "تعرضت العاصمة الأوكرانية كييف لهجوم صاروخي واسع.",
        &["ua-kyiv"],
    ),
    ("فإن الاشتباكات في كسلا أدت إلى نزوح المئات.", &["sd-kassala"]),
    (
        "قال مسؤولون إن الهجوم على كردفان أسفر عن قتلى.",
        &["sd-kordofan"],
    ),
    (
        "وأكد مصدر في عدن بأنه لا تغيير في مواعيد الرحلات.",
        &["ye-aden"],
    ),
    (
        "أكد الرئيس الروسي فلاديمير بوتين أن موسكو لن تتراجع.",
        &["ru-vladimir-putin"],
    ),
    ("اجتمع وزراء خارجية دول الخليج في الرياض.", &["sa-riyadh"]),
    ("قصفت المدفعية بلدة جويا في جنوب لبنان.", &["lb-jwaya"]),
    (
        "نزح الآلاف إلى مخيمات أطمة على الحدود التركية.",
        &["sy-atmeh"],
    ),
    (
        "قال مسؤول في هيئة آفاد التركية إن فرق الإنقاذ وصلت.",
        &["tr-afad"],
    ),
    (
        "نقلت وكالة إفي الإسبانية عن مصادر محلية أن القتال مستمر.",
        &["es-efe"],
    ),
    (
        "وقعت مصر وتركيا اتفاقا للتعاون في مجال الطاقة.",
        &["Q79", "Q43"],
    ),
    (
        "وصل المبعوث إلى بيروت ثم توجه إلى دمشق.",
        &["lb-beirut", "sy-damascus"],
    ),
    (
        "قالت حركة حماس إن المفاوضات مع إسرائيل متعثرة.",
        &["ps-hamas", "Q801"],
    ),
    (
        "وقصفت الطائرات مواقع في مدينة درعا جنوبي سوريا.",
        &["sy-daraa"],
    ),
];

#[test]
fn ordinary_sentences_have_no_entities() {
    assert!(NO_NAMES.len() >= 60, "keep at least 60 ordinary sentences");
    let mut bad = Vec::new();
    for s in NO_NAMES {
        let f = found(s);
        if !f.is_empty() {
            bad.push(format!("{s}\n    -> {f:?}"));
        }
    }
    assert!(
        bad.is_empty(),
        "entities found in ordinary text:\n{}",
        bad.join("\n")
    );
}

#[test]
fn collisions_do_not_add_wrong_ids() {
    let mut bad = Vec::new();
    for (s, wrong) in WRONG_IDS {
        let f = found(s);
        for (id, text) in &f {
            if wrong.contains(&id.as_str()) {
                bad.push(format!("{s}\n    -> {id} ({text})"));
            }
        }
    }
    assert!(bad.is_empty(), "wrong ids:\n{}", bad.join("\n"));
}

#[test]
fn real_names_near_colliding_words_are_found() {
    let mut bad = Vec::new();
    for (s, ids) in MUST_FIND {
        let f = found(s);
        for id in *ids {
            if !f.iter().any(|(i, _)| i == id) {
                bad.push(format!("{s}\n    missing {id}; found {f:?}"));
            }
        }
    }
    assert!(bad.is_empty(), "names not found:\n{}", bad.join("\n"));
}

/// ج/غ variants are generated only for people and places outside the Arabic-speaking
/// countries, so الجزيرة (the channel) does not fire on الغزيرة ("heavy", of rain) nor بجاية
/// (Béjaïa, Algeria) on بغاية ("with the aim of").
#[test]
fn no_generated_variants_for_groups_or_arab_places() {
    for s in [
        "هطلت الأمطار الغزيرة طوال الليل.",
        "اجتمع الطرفان بغاية التوصل إلى تسوية نهائية.",
    ] {
        let f = found(s);
        assert!(f.is_empty(), "{s} -> {f:?}");
    }
}

/// A known collision no rule fixes without losing more: ل + لحج (Lahij, Yemen) is written
/// like للحج, "for the Hajj" (ل + الحج). Refusing ل before names that start with ل would
/// lose لليبيا ("for Libya"), which is far more frequent.
#[test]
#[ignore = "known collision: ل + لحج reads as للحج"]
fn known_collision_lahij() {
    let s = "استعد آلاف الحجاج للحج هذا العام.";
    let f = found(s);
    assert!(f.is_empty(), "{s} -> {f:?}");
}

/// Entities per 10,000 words of the UTF-8 text in $PRECISION_TEXT (one document per line),
/// with the most frequent ids: a precision measurement on ordinary, non-conflict text.
#[test]
#[ignore = "measurement: set PRECISION_TEXT to a text file"]
fn density() {
    let Ok(path) = std::env::var("PRECISION_TEXT") else {
        eprintln!("PRECISION_TEXT not set");
        return;
    };
    let text = std::fs::read_to_string(&path).expect("read PRECISION_TEXT");
    // Optionally another gazetteer directory (e.g. a copy from before a data change).
    let custom = std::env::var("PRECISION_GAZETTEER_DIR").ok().map(|dir| {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("read PRECISION_GAZETTEER_DIR")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        files.sort();
        let mut b = Extractor::builder().default_gazetteer(false);
        for f in files {
            b = b.gazetteer(Gazetteer::from_path(&f).expect("gazetteer file"));
        }
        b.build().expect("extractor")
    });
    let ex = custom.as_ref().unwrap_or_else(|| extractor());
    let mut words = 0usize;
    let mut hits: std::collections::BTreeMap<(String, String), usize> = Default::default();
    let mut total = 0usize;
    for line in text.lines() {
        words += line
            .split_whitespace()
            .filter(|w| w.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)))
            .count();
        for e in ex.extract(line).entities {
            let (id, t) = (e.id().to_string(), e.text.to_string());
            total += 1;
            *hits.entry((id, t)).or_default() += 1;
        }
    }
    let mut top: Vec<_> = hits.into_iter().collect();
    top.sort_by_key(|t| std::cmp::Reverse(t.1));
    println!(
        "{path}: {words} Arabic words, {total} entities, {:.2} per 10,000 words",
        total as f64 * 10_000.0 / words.max(1) as f64
    );
    let shown = std::env::var("PRECISION_TOP")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    for ((id, t), n) in top.iter().take(shown) {
        println!("{n:5}  {id}  {t}");
    }
}
