//! The "news" bench corpus: general Arabic news prose (economy, politics, sport, weather,
//! health, culture) in which casualty statements are rare and names are sparse, beside the
//! dense corpus of [`super::corpus`]. Deterministic: seeded [`Rng`], no network, no `rand`.
//!
//! Every sentence, template and word list here was written for this generator (none is
//! taken from an article). A template is a string with `{slot}`s; [`NewsGen`] fills them
//! from the word lists below (which may contain slots of their own), from number makers
//! (prices, percentages, scores, years, quantities, temperatures — numbers that are not
//! casualty figures) and from gazetteer names. Shapes:
//!
//! * topic sentences, most of them with a date, a place or a figure;
//! * reported speech: a reporting verb (`قال … إن`, `أكد … أن`, `أوضح … أن`, `أشار … إلى
//!   أن`, …), a speaker, an occasion, and a topic clause;
//! * transitions (`وفي سياق متصل،`, `من جهة أخرى،`) and background sentences;
//! * about once per 4–8 KB of text, a casualty sentence (a traffic accident, a flood, an
//!   attack), so the casualty rules run on realistic, mostly negative input.
//!
//! A name slot gets a gazetteer name with probability [`NAME_P`], otherwise a generic phrase
//! (`العاصمة`, `الوزارة`, `الوزير`). Most sentences have no name slot at all; with
//! [`NAME_P`] = 0.85 the 1 MB corpus has about a third of the dense corpus's entities per KB
//! (figures in BENCHMARKS.md, "Both corpora").

use super::{decorate, is_arabic_letter, Rng, COUNTS, GIVEN_NAMES, VICTIMS};
use arabic_extract::{EntityKind, Gazetteer};

/// Probability that a name slot gets a gazetteer name rather than a generic phrase.
pub const NAME_P: f64 = 0.85;
/// Casualty sentences come once per `CASUALTY_GAP` + `0..CASUALTY_SPREAD` bytes.
pub const CASUALTY_GAP: usize = 4_000;
pub const CASUALTY_SPREAD: usize = 4_001;
/// Share of Arabic words that get harakat or tatweel (news text has few).
const DECORATE_P: f64 = 0.01;

/// One topic: its sentences, its clauses for reported speech (`… إن {clause}`), its
/// speakers, and its headlines.
struct Topic {
    sentences: &'static [&'static str],
    clauses: &'static [&'static str],
    speakers: &'static [&'static str],
    headlines: &'static [&'static str],
}

#[rustfmt::skip]
const ECONOMY: Topic = Topic {
    sentences: &[
        "ارتفع معدل التضخم السنوي في {country} إلى {pct} خلال شهر {month}، مقارنة بـ{pct} في الشهر السابق، وفق بيانات رسمية نشرت {weekday}.",
        "سجلت أسعار الذهب في الأسواق المحلية ارتفاعاً جديداً، إذ بلغ سعر الغرام من عيار 21 نحو {price}.",
        "تراجعت صادرات {country} من المنتجات الزراعية بنسبة {pct} في الربع {ordinal} من العام، بسبب ارتفاع تكاليف الشحن.",
        "قرر البنك المركزي الإبقاء على سعر الفائدة الرئيسي دون تغيير عند {pct}، في خطوة توقعها معظم المحللين.",
        "وقعت الحكومة اتفاقية بقيمة {money} مع {org} لتمويل مشاريع البنية التحتية في {city}.",
        "بلغ حجم التبادل التجاري بين {country} و{country} نحو {money} خلال عام {year}، بزيادة قدرها {pct} عن العام السابق.",
        "أغلق المؤشر العام للبورصة تعاملات {weekday} مرتفعاً بنسبة {pct} عند مستوى {points} نقطة.",
        "استقر سعر صرف العملة المحلية أمام الدولار عند {decimal} في السوق الرسمية، بينما تجاوز {decimal} في السوق الموازية.",
        "تخطط الشركة الوطنية للمحروقات لرفع إنتاجها من الغاز الطبيعي إلى {energy} بحلول عام {future_year}.",
        "أظهرت أرقام الهيئة العامة للإحصاء أن معدل البطالة بين حملة الشهادات انخفض إلى {pct} في نهاية {year}.",
        "ارتفعت أسعار النفط في تعاملات {weekday}، وسجل خام برنت {oil} للبرميل.",
        "أعلنت وزارة الزراعة أن محصول القمح هذا الموسم قد يصل إلى {tons}، وهو أعلى مستوى منذ {year}.",
        "يبلغ عجز الموازنة المتوقع للسنة المالية المقبلة نحو {pct} من الناتج المحلي الإجمالي.",
        "افتتح {person} معرضاً تجارياً دولياً في {city} تشارك فيه أكثر من {count} شركة من {count} بلداً.",
        "تسعى السلطات إلى جذب استثمارات أجنبية مباشرة بقيمة {money} خلال السنوات الخمس المقبلة.",
        "شهدت الأسواق إقبالاً كبيراً على المواد الغذائية مع اقتراب شهر رمضان، في حين ارتفع سعر كيلوغرام اللحم إلى {price}.",
        "خفضت وكالة للتصنيف الائتماني نظرتها المستقبلية لديون {country} من مستقرة إلى سلبية.",
        "بلغت قيمة تحويلات المغتربين {money} في الأشهر التسعة الأولى من عام {year}.",
        "أطلقت الحكومة برنامجاً لدعم المشاريع الصغيرة يستفيد منه نحو {thousands} من أصحاب الأفكار الجديدة.",
        "صادق البرلمان على قانون المالية الجديد بأغلبية {count} صوتاً مقابل {count}.",
        "دخل ميناء {city} الجديد الخدمة بطاقة استيعابية تبلغ {containers} حاوية سنوياً.",
        "سجل الميزان التجاري فائضاً قدره {money} في {month}، للمرة الأولى منذ {year}.",
        "رفعت الحكومة الحد الأدنى للأجور إلى {price} شهرياً اعتباراً من مطلع {month} المقبل.",
        "تراجع سعر طن الإسمنت في السوق المحلية إلى {price} بعد دخول مصنع جديد مرحلة الإنتاج.",
        "نمت مبيعات السيارات الجديدة بنسبة {pct} على أساس سنوي، بحسب رابطة وكلاء السيارات.",
    ],
    clauses: &[
        "الاقتصاد الوطني سيحقق نمواً بنحو {pct} هذا العام",
        "الحكومة ماضية في تنفيذ الإصلاحات رغم الصعوبات",
        "ارتفاع الأسعار يعود أساساً إلى تقلبات السوق العالمية",
        "المفاوضات مع {org} بلغت مراحلها الأخيرة",
        "احتياطي النقد الأجنبي يغطي واردات {small} أشهر",
        "الدولة ستخصص {money} لدعم أسعار الخبز والوقود",
        "قطاع السياحة استعاد عافيته بعد سنوات من الركود",
        "الميناء الجديد سيرفع قدرة البلاد التصديرية بنسبة {pct}",
        "عدد الشركات المسجلة ارتفع إلى {thousands} شركة",
        "خطة الطاقة المتجددة تهدف إلى إنتاج {energy} بحلول عام {future_year}",
        "التضخم سيعود إلى مستوى {pct} قبل نهاية العام",
        "الديون الخارجية لا تتجاوز {pct} من الناتج المحلي",
    ],
    speakers: &[
        "وزير المالية {person}", "وزير الاقتصاد", "محافظ البنك المركزي", "الخبير الاقتصادي {plain_name}",
        "رئيس غرفة التجارة والصناعة", "مسؤول في وزارة التجارة", "المدير التنفيذي للشركة", "{person}",
        "رئيس اتحاد المصارف", "المحلل المالي {plain_name}",
    ],
    headlines: &[
        "التضخم يتراجع إلى {pct} في {country}",
        "البنك المركزي يبقي على سعر الفائدة",
        "أسعار النفط ترتفع في تعاملات {weekday}",
        "اتفاقية بقيمة {money} لتمويل مشاريع في {city}",
    ],
};

#[rustfmt::skip]
const POLITICS: Topic = Topic {
    sentences: &[
        "استقبل {person} {weekday} في {city} وفداً برلمانياً من {country} برئاسة {person}.",
        "بحث الجانبان سبل تعزيز التعاون الثنائي في مجالات الطاقة والتعليم والنقل.",
        "أعلنت اللجنة الوطنية المستقلة للانتخابات أن نسبة المشاركة في الاقتراع بلغت {pct}.",
        "يتنافس {count_word} مرشحين على منصب الرئاسة في الانتخابات المقررة في {date}.",
        "صوت مجلس النواب على مشروع القانون بأغلبية {count} صوتاً، فيما امتنع {small} عن التصويت.",
        "من المقرر أن يزور {person} {country} الأسبوع المقبل في أول زيارة رسمية منذ توليه منصبه عام {year}.",
        "دعت {org} جميع الأطراف إلى ضبط النفس والعودة إلى طاولة الحوار.",
        "تأتي هذه الزيارة بعد أشهر من التوتر الدبلوماسي بين البلدين على خلفية ملف الحدود.",
        "عقد مجلس الوزراء اجتماعه الأسبوعي برئاسة {person}، وناقش مشروع قانون الاستثمار الجديد.",
        "أصدر رئيس الجمهورية مرسوماً بتعيين {plain_name} سفيراً لدى {country}.",
        "شارك في القمة قادة {count} دولة إلى جانب ممثلين عن {org}.",
        "اختتمت في {city} أعمال الدورة العادية {ordinal_f} لمجلس وزراء الخارجية.",
        "أعربت {country} عن ترحيبها بالاتفاق، معتبرة أنه خطوة مهمة نحو الاستقرار في المنطقة.",
        "قدم {count_word} وزراء استقالاتهم احتجاجاً على قرار تأجيل الانتخابات المحلية.",
        "جرى التوقيع على {count_word} مذكرات تفاهم في مجالات الصحة والزراعة والتحول الرقمي.",
        "يرى مراقبون أن التعديل الحكومي الأخير يهدف إلى امتصاص الغضب الشعبي من غلاء المعيشة.",
        "أعلن الحزب الحاكم ترشيح {person} لخوض الانتخابات الرئاسية المقبلة.",
        "تظاهر المئات في وسط {city} للمطالبة بتحسين الخدمات العامة ورفع الأجور.",
        "أجرى {person} اتصالاً هاتفياً مع نظيره في {country} تناول آخر التطورات الإقليمية.",
        "صادق المجلس الدستوري على النتائج النهائية للانتخابات التشريعية التي جرت في {date}.",
        "حصل الائتلاف الحاكم على {count} مقعداً من أصل {seats} في البرلمان الجديد.",
        "تستضيف {city} في {date} مؤتمراً دولياً حول الأمن الغذائي بمشاركة {count} وفداً.",
        "ألغت الحكومة قرار رفع أسعار الوقود بعد يومين من المشاورات مع النقابات.",
    ],
    clauses: &[
        "بلاده تدعم كل الجهود الرامية إلى حل الأزمة بالطرق السلمية",
        "الحوار هو السبيل الوحيد لتجاوز الخلافات",
        "العلاقات بين البلدين تشهد تطوراً ملحوظاً منذ عام {year}",
        "الحكومة ستعرض برنامجها على البرلمان خلال {small} أيام",
        "موعد الانتخابات لن يتغير",
        "المحادثات جرت في أجواء إيجابية وبناءة",
        "الاتفاق سيدخل حيز التنفيذ مطلع {month} المقبل",
        "{org} ستوفد بعثة لمراقبة الانتخابات",
        "الإصلاح الدستوري سيطرح للاستفتاء قبل نهاية {year_now}",
        "بلاده لن تتدخل في الشؤون الداخلية لجيرانها",
    ],
    speakers: &[
        "{person}", "وزير الخارجية {person}", "المتحدث باسم الرئاسة", "رئيس البرلمان",
        "المحلل السياسي {plain_name}", "الأمين العام للحزب", "مصدر دبلوماسي", "سفير {country} لدى {country}",
        "رئيس الوزراء {person}", "عضو في لجنة الشؤون الخارجية",
    ],
    headlines: &[
        "{person} يستقبل وفداً من {country}",
        "نسبة المشاركة في الانتخابات تبلغ {pct}",
        "قمة في {city} لبحث التعاون الإقليمي",
    ],
};

#[rustfmt::skip]
const SPORT: Topic = Topic {
    sentences: &[
        "فاز {team} على ضيفه {team} بنتيجة {score} في المباراة التي جرت {weekday} على {stadium}.",
        "سجل {plain_name} هدف الفوز في الدقيقة {minute} من ركلة جزاء.",
        "بهذا الفوز رفع الفريق رصيده إلى {count} نقطة في صدارة الترتيب، بفارق {small} نقاط عن أقرب ملاحقيه.",
        "تعادل منتخب {country} مع نظيره منتخب {country} {draw} في مباراة ودية استعداداً للتصفيات القارية.",
        "حطمت العداءة {female_name} الرقم القياسي الوطني في سباق {distance} بزمن قدره {race_time}.",
        "يستضيف {stadium} المباراة النهائية للبطولة بحضور أكثر من {thousands} متفرج.",
        "أعلن الاتحاد المحلي لكرة القدم قائمة تضم {count} لاعباً لخوض معسكر تدريبي في {city}.",
        "تأهل {team} إلى الدور ربع النهائي بعد فوزه بركلات الترجيح {penalties}.",
        "غاب قائد الفريق عن التدريبات بسبب إرهاق عضلي، ومن المتوقع أن يعود خلال {small} أيام.",
        "حصدت البعثة الرياضية {small} ميداليات ذهبية و{small} فضية في دورة الألعاب الإقليمية.",
        "تعاقد النادي مع المدرب {plain_name} لمدة موسمين، خلفاً للمدرب السابق الذي رحل بعد سلسلة من النتائج المخيبة.",
        "انطلقت {weekday} منافسات البطولة الدولية للتنس بمشاركة {count} لاعباً يمثلون {count} بلداً.",
        "احتل الدراج {plain_name} المركز {ordinal} في المرحلة الخامسة من طواف {country}.",
        "تقام مباريات الجولة {ordinal_f} من الدوري المحلي في {small} ملاعب مختلفة.",
        "أنهى {team} الشوط الأول متقدماً بهدف سجله {plain_name} في الدقيقة {minute}.",
        "خسر {team} أمام مضيفه {team} {score_words} في ذهاب الدور نصف النهائي.",
        "يبلغ عدد الأندية المشاركة في البطولة هذا الموسم {count} نادياً، بزيادة {small} أندية عن الموسم الماضي.",
        "نال الملاكم {plain_name} الحزام القاري في وزن {weight} كيلوغراماً بعد فوزه بالنقاط.",
        "باع النادي أكثر من {thousands} تذكرة للمباراة في غضون {small} ساعات من طرحها.",
        "يحل {team} ضيفاً على {team} في {city} {weekday} لحساب الجولة {ordinal_f} من الدوري.",
        "يستعد منتخب {country} لمواجهة منتخب {country} في {city} ضمن تصفيات كأس العالم.",
    ],
    clauses: &[
        "الفريق قدم مباراة كبيرة رغم الظروف الصعبة",
        "اللاعبين بذلوا كل ما لديهم داخل الملعب",
        "الهدف هو التتويج باللقب هذا الموسم",
        "المنتخب سيخوض مباراتين وديتين قبل انطلاق البطولة",
        "الحكم حرم فريقه من ركلة جزاء واضحة في الشوط الثاني",
        "التحضيرات تسير وفق البرنامج المحدد",
        "النقاط الثلاث كانت مهمة جداً في سباق الصدارة",
        "الفريق يحتاج إلى {small} انتدابات جديدة في فترة الانتقالات الشتوية",
    ],
    speakers: &[
        "مدرب الفريق {plain_name}", "المدير الفني للمنتخب", "رئيس النادي", "قائد الفريق {plain_name}",
        "المتحدث باسم الاتحاد", "المهاجم {plain_name}",
    ],
    headlines: &[
        "{team} يفوز {score_words} ويعتلي الصدارة",
        "منتخب {country} يتعادل وديا",
        "رقم قياسي جديد في سباق {distance}",
    ],
};

#[rustfmt::skip]
const WEATHER: Topic = Topic {
    sentences: &[
        "توقعت مصلحة الأرصاد الجوية أن تشهد {city} والمناطق الساحلية أمطاراً متفرقة {weekday}، مع انخفاض طفيف في درجات الحرارة.",
        "تتراوح درجات الحرارة العظمى بين {temp} و{temp}، بينما تنخفض الصغرى ليلاً إلى {temp}.",
        "دعت السلطات السائقين إلى توخي الحذر بسبب الضباب الكثيف على الطرق السريعة في الساعات الأولى من الصباح.",
        "بلغت كمية الأمطار المسجلة خلال الساعات الأربع والعشرين الماضية {rain} في محطة {city}.",
        "حذرت الأرصاد من رياح قوية قد تصل سرعتها إلى {wind}، مع ارتفاع الأمواج في عرض البحر إلى {waves}.",
        "قررت وزارة التربية تعليق الدراسة {weekday} في {small} ولايات بسبب سوء الأحوال الجوية.",
        "يشهد الطقس في {country} استقراراً نسبياً خلال الأيام المقبلة، مع أجواء مشمسة في معظم المناطق.",
        "سجلت {city} أعلى درجة حرارة منذ بداية الصيف بلغت {temp} في الظل.",
        "أشارت النشرة الجوية إلى أن نسبة الرطوبة قد ترتفع إلى {pct} في المناطق الساحلية.",
        "امتلأت السدود بنسبة {pct} من طاقتها بعد الأمطار الغزيرة التي هطلت الشهر الماضي.",
        "نصحت السلطات الصحية كبار السن بتجنب التعرض لأشعة الشمس بين الحادية عشرة صباحاً والرابعة عصراً.",
        "من المتوقع أن تتساقط الثلوج على المرتفعات التي يزيد علوها على {altitude}.",
        "عادت حركة الملاحة في الميناء إلى طبيعتها بعد توقف دام {small} ساعات بسبب الرياح.",
        "أعلنت شركة الكهرباء أن الاستهلاك بلغ ذروة غير مسبوقة قدرها {energy} مع اشتداد الحر.",
        "يبدأ فصل الخريف فلكياً في {day} سبتمبر/أيلول، ويتوقع الخبراء موسماً معتدلاً.",
        "غطت عاصفة رملية أجزاء واسعة من {place}، وتراجعت الرؤية الأفقية إلى أقل من {visibility}.",
        "ضربت موجة برد شديدة {place} و{city}، وانخفضت درجات الحرارة ليلاً إلى {temp} تحت الصفر.",
        "أعلنت سلطات {city} فتح {small} مراكز إيواء مؤقتة للأشخاص بلا مأوى خلال موجة البرد.",
    ],
    clauses: &[
        "موجة الحر ستستمر حتى نهاية الأسبوع",
        "الكميات المسجلة تبقى دون المعدل السنوي",
        "فرق الطوارئ في حالة تأهب تحسباً لأي سيول محتملة",
        "الموسم المطري الحالي هو الأفضل منذ عام {year}",
        "درجات الحرارة ستعود إلى معدلاتها الموسمية ابتداء من {weekday_bare}",
        "منسوب المياه في السدود ارتفع إلى {pct}",
    ],
    speakers: &[
        "مدير مصلحة الأرصاد الجوية", "خبير المناخ {plain_name}", "المتحدث باسم الحماية المدنية",
        "مسؤول في المرصد الوطني", "رئيس قسم التوقعات",
    ],
    headlines: &[
        "أمطار متفرقة وانخفاض في درجات الحرارة",
        "موجة حر تضرب {city}",
    ],
};

#[rustfmt::skip]
const HEALTH: Topic = Topic {
    sentences: &[
        "أطلقت وزارة الصحة حملة وطنية للتطعيم ضد الحصبة تستهدف أكثر من {thousands} طفل دون سن الخامسة.",
        "افتتح {person} مستشفى جديداً في {city} بسعة {count} سريراً، بتكلفة بلغت {money}.",
        "أوصت {org} بزيادة الإنفاق على الرعاية الصحية الأولية إلى {pct} من الموازنة العامة.",
        "أجرى فريق طبي متطوع {count} عملية جراحية لإزالة المياه البيضاء خلال قافلة طبية مجانية في {city}.",
        "تشير الدراسة التي شملت {thousands} مشارك إلى أن المشي {count} دقيقة يومياً يحسن صحة القلب.",
        "أعلنت الوزارة توفير {thousands} جرعة من اللقاح الموسمي للإنفلونزا في المراكز الصحية.",
        "يعاني نحو {pct} من البالغين في البلاد من ارتفاع ضغط الدم، وفق المسح الوطني الأخير.",
        "تخرجت دفعة جديدة تضم {count} طبيباً وطبيبة من كلية الطب في {city}.",
        "خصصت الحكومة {money} لاقتناء أجهزة تصوير بالرنين المغناطيسي لفائدة المستشفيات الجهوية.",
        "نظمت جمعية خيرية يوماً مفتوحاً للتبرع بالدم، شارك فيه نحو {count} متطوع.",
        "ارتفع متوسط العمر المتوقع عند الولادة إلى {age} عاماً، مقارنة بـ{age} عاماً قبل عقدين.",
        "يستقبل قسم الطوارئ في المستشفى الجامعي نحو {count} مريضاً يومياً.",
        "بدأت الصيدليات بيع الدواء الجديد بسعر {price} للعلبة بعد موافقة الهيئة الوطنية للأدوية.",
        "تراجعت نسبة التدخين بين طلاب الثانويات إلى {pct}، بحسب استطلاع أجري في {month}.",
        "وقعت الوزارة اتفاقية مع {org} لتدريب {count} قابلة في المناطق الريفية.",
        "تعمل في البلاد حالياً {thousands} صيدلية، أي صيدلية واحدة لكل {thousands} نسمة تقريباً.",
    ],
    clauses: &[
        "الوضع الوبائي تحت السيطرة",
        "مخزون الأدوية يكفي لتغطية الحاجيات {small} أشهر",
        "الوقاية تبقى أفضل وسيلة لمواجهة الأمراض المزمنة",
        "الوزارة ستوظف {count} ممرض وممرضة خلال العام الجاري",
        "الحملة حققت نتائج مشجعة في المناطق الريفية",
        "المستشفى الجديد سيخفف الضغط عن المرافق الصحية في {city}",
        "نسبة التغطية باللقاحات تجاوزت {pct}",
    ],
    speakers: &[
        "وزير الصحة {person}", "مدير المستشفى", "الطبيب المختص {plain_name}", "ممثل {org} في {country}",
        "رئيس نقابة الأطباء", "مدير الصحة في الولاية",
    ],
    headlines: &[
        "حملة وطنية للتطعيم ضد الحصبة",
        "مستشفى جديد بسعة {count} سريراً في {city}",
    ],
};

#[rustfmt::skip]
const CULTURE: Topic = Topic {
    sentences: &[
        "انطلقت {weekday} في {city} فعاليات الدورة {ordinal_f} لمهرجان المسرح بمشاركة فرق من {small} دول.",
        "يضم معرض الكتاب هذا العام أكثر من {thousands} عنوان لنحو {count} دار نشر.",
        "فاز الروائي {plain_name} بجائزة الرواية عن روايته \"{book}\" الصادرة عام {year}.",
        "يستمر المعرض حتى {date}، ويفتح أبوابه للجمهور من العاشرة صباحاً إلى التاسعة مساء.",
        "أعلنت وزارة الثقافة ترميم {small} مواقع أثرية في {city} بتمويل قدره {money}.",
        "استقطب المتحف الوطني أكثر من {thousands} شخص خلال العام الماضي، بزيادة {pct} عن العام الذي سبقه.",
        "يروي الفيلم الذي تبلغ مدته {runtime} دقيقة قصة عائلة تعيش على ضفاف نهر كبير.",
        "نظمت دار الأوبرا حفلاً موسيقياً أحيته الفرقة الوطنية بقيادة المايسترو {plain_name}.",
        "تحتفي المدينة هذا الشهر بمرور {count} عاماً على تأسيس أول مكتبة عامة فيها.",
        "شهد حفل الافتتاح تكريم {small} من رواد الفن التشكيلي.",
        "يشارك في المسابقة الرسمية {count} فيلماً من {country} و{country} و{country}.",
        "أعلنت لجنة التحكيم أسماء الفائزين في مسابقة الشعر، التي تقدم لها {thousands} شاعر من مختلف الأعمار.",
        "صدرت حديثاً الطبعة {ordinal_f} من كتاب \"{book}\" في {pages} صفحة من القطع المتوسط.",
        "يقدم المسرح الوطني عرضه الجديد \"{book}\" على مدى {small} ليالٍ ابتداء من {weekday_bare}.",
        "بيعت لوحة للفنان {plain_name} في مزاد علني بمبلغ {money}.",
        "تحتضن {city} ملتقى دولياً للخط العربي يشارك فيه {count} خطاطاً من {small} دول.",
        "افتتح {person} في {city} الدورة {ordinal_f} لمعرض الكتاب، وتحل {country} ضيف شرف عليها.",
        "وقعت {city} و{city} اتفاقية توأمة ثقافية تشمل تبادل الفرق المسرحية والمعارض.",
    ],
    clauses: &[
        "الثقافة جسر للتواصل بين الشعوب",
        "المهرجان أصبح موعداً ثابتاً لعشاق السينما",
        "الإقبال على القراءة يشهد تحسناً ملحوظاً",
        "الدورة المقبلة ستخصص للفنون الشعبية",
        "عدد الزوار تجاوز التوقعات هذا العام",
        "الوزارة ستدعم {count} مشروعاً ثقافياً في العام المقبل",
    ],
    speakers: &[
        "مدير المهرجان", "وزير الثقافة {person}", "الناقد الفني {plain_name}", "رئيس اتحاد الكتاب",
        "المخرج {plain_name}", "محافظ المعرض",
    ],
    headlines: &[
        "انطلاق مهرجان المسرح في {city}",
        "جائزة الرواية لـ\"{book}\"",
    ],
};

const TOPICS: &[&Topic] = &[&ECONOMY, &POLITICS, &SPORT, &WEATHER, &HEALTH, &CULTURE];

/// Reporting verbs (masculine, with `و`) and the particle their clause takes.
#[rustfmt::skip]
const SAID: &[(&str, &str)] = &[
    ("وقال", "إن"), ("وأكد", "أن"), ("وأوضح", "أن"), ("وأشار", "إلى أن"), ("وأضاف", "أن"),
    ("وصرح", "بأن"), ("وذكر", "أن"), ("وشدد", "على أن"), ("واعتبر", "أن"), ("ورأى", "أن"),
    ("وأفاد", "بأن"), ("وكشف", "أن"), ("وتوقع", "أن"),
];
/// Where or how something was said.
#[rustfmt::skip]
const OCCASIONS: &[&str] = &[
    "في مؤتمر صحفي", "في تصريحات صحفية {weekday}", "خلال لقاء مع الصحفيين", "في كلمة أمام البرلمان",
    "في بيان نشره على موقعه الرسمي", "في مقابلة مع {media}", "على هامش زيارته إلى {city}",
    "خلال ندوة نظمت في {city}", "في حديث لإذاعة محلية", "{weekday}", "خلال زيارة إلى {country}",
    "في ختام محادثات مع وفد من {country}",
];
/// Reported-speech frames: `{said}` is a verb with its particle.
#[rustfmt::skip]
const FRAMES: &[&str] = &[
    "{said_verb} {speaker} {occasion} {said_conn} {clause}.",
    "{said_verb} {speaker} {said_conn} {clause}.",
    "{said_verb} {speaker} {said_conn} {clause}، مشيراً إلى أن {clause}.",
    "ونقلت {media} عن {speaker} قوله إن {clause}.",
    "وبحسب {media}، فإن {clause}.",
    "ومن جهته، {said_verb_bare} {speaker} {said_conn} {clause}.",
    "وذكر بيان صادر عن {org} أن {clause}.",
    "وفي تصريح لـ{media}، {said_verb_bare} {speaker} {said_conn} {clause}.",
    "{said_verb} المصدر ذاته {said_conn} {clause}، لافتاً إلى أن {clause}.",
];
/// Sentences that fit any topic.
#[rustfmt::skip]
const BACKGROUND: &[&str] = &[
    "ويأتي ذلك في وقت تواجه فيه البلاد تحديات اقتصادية واجتماعية متزايدة.",
    "ولم يصدر أي تعليق رسمي على ذلك حتى مساء {weekday_bare}.",
    "ومن المنتظر أن تتضح الصورة أكثر خلال الأيام المقبلة.",
    "وكانت {country} قد أعلنت في {date} عن إجراءات مماثلة.",
    "وتعود آخر مرة حدث فيها ذلك إلى عام {year}.",
    "ويتابع المواطنون هذه التطورات باهتمام كبير عبر مواقع التواصل الاجتماعي.",
    "وتشير التقديرات إلى أن الكلفة الإجمالية قد تصل إلى {money}.",
    "وسبق أن تناولت {media} هذا الملف في تقرير مطول نشرته الشهر الماضي.",
    "وتقع {city} على بعد {distance_km} من الحدود مع {country}.",
    "ويبلغ عدد سكان المنطقة نحو {millions}، يعيش أغلبهم في المدن.",
    "وكان {person} قد زار {city} في {date} واطلع على سير الأشغال.",
    "وتعد {country} من أبرز الشركاء التجاريين لـ{country} في المنطقة.",
];
/// Openings for a sentence that is not the first of its paragraph.
#[rustfmt::skip]
const TRANSITIONS: &[&str] = &[
    "وفي سياق متصل، ", "من جهة أخرى، ", "وعلى صعيد آخر، ", "إلى ذلك، ", "وفي الأثناء، ",
    "في المقابل، ", "وبالتوازي مع ذلك، ",
];
/// Casualty sentences of the news corpus (rare): accidents, floods, attacks.
#[rustfmt::skip]
const CASUALTY_NEWS: &[&str] = &[
    "وفي حادث منفصل، لقي {n} {v} حتفهم وأصيب {n} آخرون في حادث سير على الطريق الرابط بين {city} و{city}.",
    "وأعلنت الحماية المدنية وفاة {n} {v} غرقاً في {place} بعد فيضان أحد الأودية.",
    "وقالت الشرطة إن {n} {v} قتلوا في هجوم مسلح على سوق شعبي في {place}.",
    "وأسفر انهيار مبنى قديم في {city} عن مقتل {n} {v} وإصابة {n} آخرين.",
    "وأصيب {n} {v} بجروح متفاوتة إثر انقلاب حافلة لنقل الركاب قرب {city}.",
    "وأعلن الجيش مقتل {n} {v} خلال اشتباكات على الحدود مع {country}.",
];

/// Generic phrases used when a name slot gets no gazetteer name.
#[rustfmt::skip]
const GENERIC_PLACES: &[&str] = &[
    "العاصمة", "المدينة", "المنطقة الشمالية", "الضواحي الجنوبية", "المحافظة", "الولاية", "الجنوب",
    "المناطق الداخلية", "الإقليم",
];
#[rustfmt::skip]
const GENERIC_COUNTRIES: &[&str] = &["البلاد", "الدول المجاورة", "البلد الجار", "بلدان المنطقة"];
#[rustfmt::skip]
const GENERIC_ORGS: &[&str] = &[
    "الوزارة", "الحكومة", "الهيئة الوطنية للإحصاء", "البنك المركزي", "الاتحاد المحلي",
    "غرفة التجارة والصناعة", "النقابة العامة للعمال", "المجلس البلدي", "الجمعية الوطنية للمستهلكين",
];
#[rustfmt::skip]
const GENERIC_MEDIA: &[&str] = &[
    "وسائل إعلام محلية", "صحيفة محلية", "التلفزيون الرسمي", "وكالة الأنباء الرسمية", "إذاعة محلية",
];
#[rustfmt::skip]
const GENERIC_PEOPLE: &[&str] = &["الوزير", "المسؤول", "رئيس الهيئة", "المدير العام", "الرئيس"];

/// Invented family names for the people of sport, culture, and expert quotes.
#[rustfmt::skip]
const FAMILY_NAMES: &[&str] = &[
    "الحداد", "بن سالم", "العمري", "الخطيب", "الزين", "القاسمي", "بوزيد", "النجار", "السعدي",
    "المنصوري", "الراشد", "البكري", "العلوي", "الشامي", "بن عمار", "الطاهري", "الكبير", "الصافي",
];
#[rustfmt::skip]
const FEMALE_NAMES: &[&str] = &[
    "فاطمة", "مريم", "سلمى", "نور", "هدى", "ليلى", "أمينة", "خديجة", "رانيا", "سارة",
];
#[rustfmt::skip]
const TEAMS: &[&str] = &[
    "نادي الشروق", "فريق النهضة", "الأمل الرياضي", "نجم الوادي", "اتحاد الشاطئ", "نادي الفجر",
    "الرائد", "نادي السلام", "الوحدة الرياضية", "منتخب {country}",
];
#[rustfmt::skip]
const STADIUMS: &[&str] = &[
    "الملعب البلدي", "الملعب الأولمبي", "ملعب المدينة الرياضية", "ملعب {city} الدولي", "ملعب النخيل",
];
#[rustfmt::skip]
const BOOKS: &[&str] = &[
    "ظلال المدينة", "ذاكرة الرمل", "نهر بلا ضفاف", "بيت الجدة", "رسائل لم تصل", "أغنية الريح",
    "نوافذ الصباح", "الطريق إلى البحر", "حكايات الجنوب", "مدن من ورق",
];
#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "يوم الأحد", "يوم الاثنين", "أمس الثلاثاء", "صباح الأربعاء", "مساء الخميس", "يوم الجمعة",
    "السبت الماضي", "اليوم الاثنين", "الأربعاء الماضي",
];
#[rustfmt::skip]
const WEEKDAYS_BARE: &[&str] = &["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر", "يناير/كانون الثاني", "فبراير/شباط", "مارس/آذار", "أبريل/نيسان",
    "مايو/أيار", "يونيو/حزيران", "يوليو/تموز", "أغسطس/آب", "سبتمبر/أيلول", "أكتوبر/تشرين الأول",
    "نوفمبر/تشرين الثاني", "ديسمبر/كانون الأول",
];
#[rustfmt::skip]
const ORDINALS: &[&str] = &["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "العاشر"];
#[rustfmt::skip]
const ORDINALS_F: &[&str] = &[
    "الثالثة", "الخامسة", "السابعة", "العاشرة", "الثانية عشرة", "الخامسة عشرة", "العشرين",
    "الحادية والثلاثين", "الرابعة والعشرين",
];
#[rustfmt::skip]
const COUNT_WORDS: &[&str] = &["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
#[rustfmt::skip]
const CURRENCIES: &[&str] = &[
    "دولار", "دولاراً", "يورو", "دينار", "ديناراً", "درهم", "ريال", "جنيه", "فرنك", "ليرة",
];
#[rustfmt::skip]
const MONEY_UNITS: &[&str] = &[
    "مليون دولار", "مليار دولار", "مليون يورو", "ملايين دولار", "مليار دينار", "مليون درهم",
    "مليار جنيه", "ألف دولار",
];
#[rustfmt::skip]
const DRAWS: &[&str] = &["سلبياً", "بهدف لمثله", "بهدفين لمثلهما", "1-1", "0-0", "2-2", "٢-٢"];
#[rustfmt::skip]
const SCORE_WORDS: &[&str] = &[
    "بهدف نظيف", "بهدفين نظيفين", "بثلاثة أهداف مقابل هدف", "بهدفين مقابل هدف", "برباعية نظيفة",
];
#[rustfmt::skip]
const DISTANCES: &[&str] = &["800 متر", "1500 متر", "5000 متر", "10 آلاف متر", "نصف الماراثون", "400 متر حواجز"];

/// Names of a gazetteer grouped by the slot they fill.
#[derive(Default)]
struct Pools {
    country: Vec<String>,
    city: Vec<String>,
    place: Vec<String>,
    org: Vec<String>,
    media: Vec<String>,
    person: Vec<String>,
}

impl Pools {
    fn of(g: &Gazetteer, rng: &mut Rng) -> Pools {
        let mut p = Pools::default();
        for e in g.entries() {
            // Mostly the canonical name; sometimes an Arabic alias (not an ASCII acronym).
            let aliases: Vec<&String> = e
                .aliases
                .iter()
                .filter(|a| a.chars().any(is_arabic_letter))
                .collect();
            let name = if !aliases.is_empty() && rng.chance(0.25) {
                rng.pick(&aliases).clone()
            } else {
                e.name_ar.clone()
            };
            let sub = e.subkind.as_deref();
            let pool = match (e.kind, sub) {
                (EntityKind::Place, Some("country")) => &mut p.country,
                (EntityKind::Place, None | Some("capital" | "city" | "town" | "district")) => {
                    &mut p.city
                }
                (EntityKind::Place, _) => &mut p.place,
                (EntityKind::Group, Some("news_agency" | "newspaper" | "tv_channel")) => {
                    &mut p.media
                }
                (
                    EntityKind::Group,
                    None
                    | Some(
                        "international_org" | "un_agency" | "regional_org" | "ngo" | "government"
                        | "political_party" | "company",
                    ),
                ) => &mut p.org,
                (EntityKind::Person, None | Some("official" | "head_of_state" | "minister")) => {
                    &mut p.person
                }
                (EntityKind::Person, Some("politician" | "head_of_government")) => &mut p.person,
                _ => continue, // armed groups, militaries, fighters: not general news
            };
            pool.push(name);
        }
        p
    }

    fn get(&self, slot: &str) -> &[String] {
        match slot {
            "country" => &self.country,
            "city" => &self.city,
            "place" if self.place.is_empty() => &self.city,
            "place" => &self.place,
            "org" => &self.org,
            "media" => &self.media,
            _ => &self.person,
        }
    }
}

/// Generator state: the word pools, the rng, the casualty schedule.
pub struct NewsGen {
    rng: Rng,
    pools: Vec<Pools>,
    /// Bytes produced so far, and the byte count at which the next casualty sentence is due.
    written: usize,
    next_casualty: usize,
    /// Sentences produced so far (all kinds), and casualty sentences among them.
    pub sentences: usize,
    pub casualty_sentences: usize,
}

impl NewsGen {
    /// A generator drawing names from `gazetteers` (each one equally often).
    pub fn new(seed: u64, gazetteers: &[&Gazetteer]) -> NewsGen {
        let mut rng = Rng::new(seed);
        let pools = gazetteers.iter().map(|g| Pools::of(g, &mut rng)).collect();
        let next_casualty = CASUALTY_GAP / 2 + rng.below(CASUALTY_SPREAD);
        NewsGen {
            rng,
            pools,
            written: 0,
            next_casualty,
            sentences: 0,
            casualty_sentences: 0,
        }
    }

    /// A number in `lo..=hi`, in Arabic-Indic digits about a quarter of the time.
    fn num(&mut self, lo: u64, hi: u64) -> String {
        let n = lo + (self.rng.next_u64() % (hi - lo + 1));
        self.digits(&n.to_string())
    }

    fn digits(&mut self, s: &str) -> String {
        if self.rng.chance(0.25) {
            s.chars()
                .map(|c| match c {
                    '0'..='9' => char::from_u32(0x0660 + c as u32 - '0' as u32).unwrap(),
                    '.' => '٫',
                    c => c,
                })
                .collect()
        } else {
            s.to_string()
        }
    }

    /// A name for `slot`: from a gazetteer with probability [`NAME_P`], else generic.
    fn name(&mut self, slot: &str) -> String {
        let usable: Vec<usize> = (0..self.pools.len())
            .filter(|&i| !self.pools[i].get(slot).is_empty())
            .collect();
        if !usable.is_empty() && self.rng.chance(NAME_P) {
            let i = self.rng.pick(&usable);
            let pool = self.pools[i].get(slot);
            return pool[self.rng.below(pool.len())].clone();
        }
        let generic = match slot {
            "country" => GENERIC_COUNTRIES,
            "city" | "place" => GENERIC_PLACES,
            "org" => GENERIC_ORGS,
            "media" => GENERIC_MEDIA,
            _ => GENERIC_PEOPLE,
        };
        self.rng.pick(generic).to_string()
    }

    /// The text for one slot (may itself hold slots).
    fn slot(&mut self, name: &str, topic: &Topic, said: (&str, &str)) -> String {
        let r = &mut self.rng;
        match name {
            "country" | "city" | "place" | "org" | "media" | "person" => self.name(name),
            "plain_name" => format!("{} {}", r.pick(GIVEN_NAMES), r.pick(FAMILY_NAMES)),
            "female_name" => format!("{} {}", r.pick(FEMALE_NAMES), r.pick(FAMILY_NAMES)),
            "team" => r.pick(TEAMS).to_string(),
            "stadium" => r.pick(STADIUMS).to_string(),
            "book" => r.pick(BOOKS).to_string(),
            "weekday" => r.pick(WEEKDAYS).to_string(),
            "weekday_bare" => r.pick(WEEKDAYS_BARE).to_string(),
            "month" => r.pick(MONTHS).to_string(),
            "ordinal" => r.pick(ORDINALS).to_string(),
            "ordinal_f" => r.pick(ORDINALS_F).to_string(),
            "count_word" => r.pick(COUNT_WORDS).to_string(),
            "draw" => r.pick(DRAWS).to_string(),
            "score_words" => r.pick(SCORE_WORDS).to_string(),
            "distance" => r.pick(DISTANCES).to_string(),
            "clause" => r.pick(topic.clauses).to_string(),
            "speaker" => r.pick(topic.speakers).to_string(),
            "occasion" => r.pick(OCCASIONS).to_string(),
            "said_verb" => said.0.to_string(),
            "said_verb_bare" => said.0['و'.len_utf8()..].to_string(),
            "said_conn" => said.1.to_string(),
            "year" => self.num(2008, 2025),
            "year_now" => "العام الجاري".to_string(),
            "future_year" => self.num(2027, 2035),
            "day" => self.num(1, 28),
            "date" => match r.below(4) {
                0 => format!("{{day}} {}", r.pick(MONTHS)),
                1 => format!("{{day}} {} {{year}}", r.pick(MONTHS)),
                2 => format!("مطلع {} المقبل", r.pick(MONTHS)),
                _ => format!("منتصف {} الماضي", r.pick(MONTHS)),
            },
            "small" => self.num(3, 9),
            "count" => self.num(11, 95),
            "seats" => self.num(120, 400),
            "minute" => {
                if r.chance(0.1) {
                    format!("90+{}", 1 + r.below(5))
                } else {
                    self.num(3, 89)
                }
            }
            "pct" => {
                let whole = self.rng.below(40);
                let n = if self.rng.chance(0.5) {
                    format!("{whole}.{}", 1 + self.rng.below(9))
                } else {
                    whole.max(1).to_string()
                };
                let n = self.digits(&n);
                match self.rng.below(5) {
                    0 | 1 => format!("{n}%"),
                    2 => format!("{n} في المئة"),
                    3 => format!("{n} بالمئة"),
                    _ => format!("{n}٪"),
                }
            }
            "decimal" => {
                let n = format!("{}.{:02}", 1 + self.rng.below(300), self.rng.below(100));
                self.digits(&n)
            }
            "points" => {
                let n = 1000 + self.rng.below(14_000);
                let s = if self.rng.chance(0.5) {
                    format!("{},{:03}", n / 1000, n % 1000)
                } else {
                    n.to_string()
                };
                self.digits(&s)
            }
            "price" => {
                let n = self.num(2, 2500);
                format!("{n} {}", self.rng.pick(CURRENCIES))
            }
            "oil" => {
                let n = format!("{}.{:02}", 60 + self.rng.below(40), self.rng.below(100));
                format!("{} دولاراً", self.digits(&n))
            }
            "money" => {
                let n = self.num(2, 950);
                format!("{n} {}", self.rng.pick(MONEY_UNITS))
            }
            "thousands" => {
                if self.rng.chance(0.5) {
                    format!("{} ألف", self.num(2, 900))
                } else {
                    let n = 1000 + self.rng.below(90_000);
                    self.digits(&n.to_string())
                }
            }
            "millions" => format!("{} ملايين نسمة", self.num(3, 9)),
            "containers" => format!("{} ألف", self.num(100, 900)),
            "energy" => match self.rng.below(3) {
                0 => format!("{} ميغاواط", self.num(200, 9000)),
                1 => format!("{} مليون متر مكعب يومياً", self.num(5, 120)),
                _ => format!("{} غيغاواط", self.num(2, 40)),
            },
            "tons" => match self.rng.below(2) {
                0 => format!("{} مليون طن", self.num(2, 9)),
                _ => format!("{} ألف طن", self.num(100, 900)),
            },
            "temp" => format!("{} درجة مئوية", self.num(4, 49)),
            "rain" => format!("{} مليمتراً", self.num(3, 120)),
            "wind" => format!("{} كيلومتراً في الساعة", self.num(40, 110)),
            "waves" => format!("{} أمتار", self.num(3, 7)),
            "altitude" => {
                let n = 100 * (8 + self.rng.below(11));
                format!("{} متر", self.digits(&n.to_string()))
            }
            "visibility" => {
                let n = 100 * (1 + self.rng.below(9));
                format!("{} متر", self.digits(&n.to_string()))
            }
            "distance_km" => format!("{} كيلومتراً", self.num(15, 600)),
            "score" => {
                let (a, b) = (1 + self.rng.below(4), self.rng.below(3));
                let s = if self.rng.chance(0.5) {
                    format!("{a}-{b}")
                } else {
                    format!("{a} - {b}")
                };
                self.digits(&s)
            }
            "penalties" => {
                let a = 3 + self.rng.below(3);
                format!("({a}-{})", a - 1)
            }
            "race_time" => format!("{}:{:02}.{:02}", 1 + r.below(14), r.below(60), r.below(100)),
            "weight" => self.num(51, 91),
            "age" => self.num(58, 79),
            "runtime" => self.num(80, 150),
            "pages" => self.num(120, 480),
            "n" => r.pick(COUNTS).to_string(),
            "v" => r.pick(VICTIMS).to_string(),
            other => panic!("news template: unknown slot {{{other}}}"),
        }
    }

    /// Fills every `{slot}` of `template`, recursively.
    fn fill(&mut self, template: &str, topic: &Topic) -> String {
        let said = self.rng.pick(SAID);
        self.fill_with(template, topic, said, 0)
    }

    fn fill_with(
        &mut self,
        template: &str,
        topic: &Topic,
        said: (&str, &str),
        depth: u32,
    ) -> String {
        assert!(depth < 6, "news template: slots nest too deep");
        let mut out = String::with_capacity(template.len() * 2);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open
                + rest[open..]
                    .find('}')
                    .expect("news template: unclosed slot");
            let value = self.slot(&rest[open + 1..close], topic, said);
            let value = self.fill_with(&value, topic, said, depth + 1);
            out.push_str(&value);
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// One sentence of `topic`; `first` for the opening sentence of a paragraph.
    fn sentence(&mut self, topic: &Topic, first: bool, at: usize) -> String {
        self.sentences += 1;
        if at >= self.next_casualty {
            self.casualty_sentences += 1;
            self.next_casualty = at + CASUALTY_GAP + self.rng.below(CASUALTY_SPREAD);
            let t = if self.rng.chance(0.5) {
                self.rng.pick(CASUALTY_NEWS)
            } else {
                // The dense corpus's templates, with a place name or a generic place.
                self.rng.pick(super::CASUALTY_TEMPLATES)
            };
            let t = t.replace("{p}", "{place}");
            return self.fill(&t, topic);
        }
        let roll = self.rng.below(100);
        let s = if first || roll < 50 {
            let t = self.rng.pick(topic.sentences);
            let s = self.fill(t, topic);
            if first {
                s
            } else if self.rng.chance(0.25) {
                format!("{}{s}", self.rng.pick(TRANSITIONS))
            } else {
                format!("و{s}")
            }
        } else if roll < 88 {
            let t = self.rng.pick(FRAMES);
            self.fill(t, topic)
        } else {
            let t = self.rng.pick(BACKGROUND);
            self.fill(t, topic)
        };
        // A few words get harakat or tatweel, as in the dense corpus but rarer.
        s.split(' ')
            .map(|w| {
                if w.chars().filter(|&c| is_arabic_letter(c)).count() >= 3
                    && self.rng.chance(DECORATE_P)
                {
                    decorate(w, &mut self.rng)
                } else {
                    w.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// One article: an optional headline line, an optional dateline, then 3–8 paragraphs of
    /// 2–5 sentences on one topic, separated by blank lines.
    pub fn article(&mut self) -> String {
        let topic = *self.rng.pick_ref(TOPICS);
        let mut out = String::new();
        if self.rng.chance(0.3) {
            let h = self.rng.pick(topic.headlines);
            out.push_str(&self.fill(h, topic));
            out.push_str("\n\n");
        }
        if self.rng.chance(0.4) {
            let d = if self.rng.chance(0.2) {
                "{city} ({media}) - "
            } else {
                "{city} - "
            };
            out.push_str(&self.fill(d, topic));
        }
        let paragraphs = 3 + self.rng.below(6);
        for p in 0..paragraphs {
            if p > 0 {
                out.push_str("\n\n");
            }
            let sentences = 2 + self.rng.below(4);
            for i in 0..sentences {
                if i > 0 {
                    out.push(' ');
                }
                let at = self.written + out.len();
                let s = self.sentence(topic, i == 0 && p == 0, at);
                out.push_str(&s);
            }
        }
        self.written += out.len() + 2; // and the blank line that separates articles
        out
    }
}

/// News articles of `bytes` bytes in all (the last one may overshoot): the documents of the
/// annotate JSON Lines bench.
pub fn news_documents(bytes: usize, seed: u64, gazetteers: &[&Gazetteer]) -> Vec<String> {
    let mut g = NewsGen::new(seed, gazetteers);
    let mut docs = Vec::new();
    let mut total = 0;
    while total < bytes {
        let a = g.article();
        total += a.len();
        docs.push(a);
    }
    docs
}

/// A news corpus of at most `bytes` bytes (within an article of it): articles separated by
/// blank lines. Names come from `gazetteers`, each equally often.
pub fn news_corpus(bytes: usize, seed: u64, gazetteers: &[&Gazetteer]) -> String {
    news_corpus_with_stats(bytes, seed, gazetteers).0
}

/// [`news_corpus`] and its generator (for its sentence counts).
pub fn news_corpus_with_stats(
    bytes: usize,
    seed: u64,
    gazetteers: &[&Gazetteer],
) -> (String, NewsGen) {
    let mut g = NewsGen::new(seed, gazetteers);
    let mut out = String::with_capacity(bytes + 16 * 1024);
    while out.len() < bytes {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let a = g.article();
        out.push_str(&a);
    }
    let mut end = bytes.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    (out, g)
}
