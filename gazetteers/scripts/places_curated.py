"""Hand-curated corrections for generate_places.py: mainstream Arabic-news spellings and variants.
Everything here was written by hand (not copied from a source); it only adds/overrides names."""

# Words that must never be a bare alias (common Arabic words / phrases).  Checked after folding.
STOP_WORDS = """
الشمال الجنوب الشرق الغرب الوسط الشمالي الجنوبي الشرقي الغربي الأوسط النصر الأمل الوحدة السلام الحرية
الاستقلال الثورة الجمهورية الشعب العاصمة المدينة القرية المركز الميناء الجزيرة الساحل الوادي الجبل الصحراء
البحر النهر الخليج البلد الدولة الوطن الحدود المنطقة الإقليم المحافظة الولاية المقاطعة الرئيس الملك الأمير
صور جنين حماة سرت الأبيض مأرب مآرب درعا عمر محمد علي أحمد حسن حسين إبراهيم خالد عثمان يوسف موسى عيسى
سلام أمل نصر حرية وحدة فجر النور نور الفجر الهدى الرحمة الخير البركة الفرح السعادة العين عين الرأس رأس
القمر الشمس النجم الأمن الفلاح الحمراء الخضراء البيضاء السوداء الزرقاء الحرة الكبرى الصغرى العليا السفلى
الجديدة القديمة الحديثة الوسطى المركزية حرب سلم مرسى باب بيت دار قصر برج سوق جسر بئر تل كفر دير بني
الحدائق الزهور الزهراء الروضة الواحة المنار المنارة السلطان السادس الأول الثاني الثالث الرابع الخامس
ليل نهار العاصمة ميناء عاصمة مدينة قرية جزيرة ولاية إقليم بحر جبل وادي طريق الطريق ساحة الساحة
كان كانت لها لهم لكن إلى على عن من في هذا هذه ذلك تلك الذي التي هناك هنا اليوم أمس غدا
أمان الأمان كرم الكرم جمال الجمال سعيد سعادة حياة الحياة وفاء الوفاء صفاء الصفاء منى هدى نجوى ريم
بيان البيان رسالة الرسالة عمل العمل قرار القرار فتح حماس الأمة أمة النهضة التحرير الإصلاح التقدم
الوفاق الاتحاد الائتلاف التجمع الجبهة الحركة الحزب المجلس الحكومة الجيش الشرطة القوات الأمم الدولي
""".split()

# Territory (non-sovereign / dependent) ISO codes; everything else is subkind country.
TERRITORY_CODES = set("""AW AI AX AS AQ TF BQ BL BM BV CC CK CW CX KY FK FO GG GI GP GL GF GU HK HM IM IO JE
MO MF MS MQ MP PM YT NC NF NU PN PR PF RE GS SH SJ SX TC TK UM VG VI WF EH""".split())

# a2 -> {ar: canonical news name, en: English, aliases: [...], drop: [source names to refuse]}
COUNTRY_OVERRIDES = {
 'US': dict(ar='الولايات المتحدة', en='United States', aliases=['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا', 'الولايات المتحدة الامريكية']),
 'GB': dict(ar='المملكة المتحدة', en='United Kingdom', aliases=['بريطانيا', 'بريطانيا العظمى', 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية', 'المملكة المتحدة لبريطانيا العظمى وإيرلندا الشمالية']),
 'RU': dict(ar='روسيا', en='Russia', aliases=['روسيا الاتحادية', 'الاتحاد الروسي']),
 'CI': dict(ar='ساحل العاج', en="Côte d'Ivoire", aliases=['كوت ديفوار', 'كوت دي فوار', 'كوت ديفوار', 'جمهورية ساحل العاج', 'جمهورية كوت ديفوار']),
 'CD': dict(ar='جمهورية الكونغو الديمقراطية', en='Democratic Republic of the Congo', aliases=['الكونغو الديمقراطية', 'الكونغو الديموقراطية', 'جمهورية الكونغو الديموقراطية', 'الكونغو كينشاسا', 'الكونغو', 'الكونغو الديمقراطي', 'جمهورية الكونجو الديمقراطية']),
 'CG': dict(ar='جمهورية الكونغو', en='Republic of the Congo', aliases=['الكونغو برازافيل', 'الكونغو - برازافيل', 'جمهورية الكونغو برازافيل'], drop=['الكونغو']),
 'PS': dict(ar='فلسطين', en='Palestine', aliases=['دولة فلسطين', 'الأراضي الفلسطينية', 'الأراضي الفلسطينية المحتلة']),
 'IL': dict(ar='إسرائيل', en='Israel', aliases=['دولة إسرائيل', 'اسرائيل']),
 'SA': dict(ar='السعودية', en='Saudi Arabia', aliases=['المملكة العربية السعودية', 'المملكة السعودية']),
 'AE': dict(ar='الإمارات', en='United Arab Emirates', aliases=['الإمارات العربية المتحدة', 'دولة الإمارات', 'دولة الإمارات العربية المتحدة']),
 'SY': dict(ar='سوريا', en='Syria', aliases=['سورية', 'الجمهورية العربية السورية']),
 'EG': dict(ar='مصر', en='Egypt', aliases=['جمهورية مصر العربية']),
 'MA': dict(ar='المغرب', en='Morocco', aliases=['المملكة المغربية']),
 'JO': dict(ar='الأردن', en='Jordan', aliases=['المملكة الأردنية الهاشمية', 'المملكة الأردنية']),
 # bare عمان is given to Amman (cities); Oman keeps the full form that news uses.
 'OM': dict(ar='سلطنة عمان', en='Oman', drop=['عمان', 'عُمان']),
 'IR': dict(ar='إيران', en='Iran', aliases=['الجمهورية الإسلامية الإيرانية', 'جمهورية إيران الإسلامية']),
 'IQ': dict(ar='العراق', en='Iraq', aliases=['جمهورية العراق']),
 'LB': dict(ar='لبنان', en='Lebanon', aliases=['الجمهورية اللبنانية']),
 'YE': dict(ar='اليمن', en='Yemen', aliases=['الجمهورية اليمنية']),
 'LY': dict(ar='ليبيا', en='Libya', aliases=['دولة ليبيا']),
 'TN': dict(ar='تونس', en='Tunisia', aliases=['الجمهورية التونسية']),
 'DZ': dict(ar='الجزائر', en='Algeria', aliases=['الجمهورية الجزائرية']),
 'SD': dict(ar='السودان', en='Sudan', aliases=['جمهورية السودان']),
 'SS': dict(ar='جنوب السودان', en='South Sudan', aliases=['دولة جنوب السودان', 'جمهورية جنوب السودان']),
 'SO': dict(ar='الصومال', en='Somalia', aliases=['جمهورية الصومال الفيدرالية', 'جمهورية الصومال']),
 'MR': dict(ar='موريتانيا', en='Mauritania', aliases=['الجمهورية الإسلامية الموريتانية']),
 'KM': dict(ar='جزر القمر', en='Comoros', aliases=['اتحاد جزر القمر']),
 'DJ': dict(ar='جيبوتي', en='Djibouti', aliases=['جمهورية جيبوتي']),
 'ER': dict(ar='إريتريا', en='Eritrea', aliases=['إرتريا', 'اريتيريا', 'إرتيريا']),
 'ET': dict(ar='إثيوبيا', en='Ethiopia', aliases=['أثيوبيا', 'اثيوبيا']),
 'TR': dict(ar='تركيا', en='Türkiye', aliases=['الجمهورية التركية', 'جمهورية تركيا', 'تركيه']),
 'BY': dict(ar='بيلاروسيا', en='Belarus', aliases=['بيلاروس', 'روسيا البيضاء']),
 'HU': dict(ar='المجر', en='Hungary', aliases=['هنغاريا']),
 'CZ': dict(ar='التشيك', en='Czechia', aliases=['جمهورية التشيك', 'تشيكيا', 'التشيك']),
 'MM': dict(ar='ميانمار', en='Myanmar', aliases=['بورما']),
 'SZ': dict(ar='إسواتيني', en='Eswatini', aliases=['سوازيلاند', 'إيسواتيني']),
 'TL': dict(ar='تيمور الشرقية', en='Timor-Leste', aliases=['تيمور ليشتي', 'تيمور ليستي']),
 'CV': dict(ar='الرأس الأخضر', en='Cabo Verde', aliases=['كاب فيردي', 'كابو فيردي', 'جزر الرأس الأخضر']),
 'MK': dict(ar='مقدونيا الشمالية', en='North Macedonia', aliases=['مقدونيا']),
 'ME': dict(ar='الجبل الأسود', en='Montenegro', aliases=['مونتينيغرو', 'مونتنيغرو']),
 'BF': dict(ar='بوركينا فاسو', en='Burkina Faso', aliases=['بوركينا فاصو', 'بوركينافاسو', 'بوركينا']),
 'GN': dict(ar='غينيا', en='Guinea', aliases=['غينيا كوناكري', 'جمهورية غينيا']),
 'GW': dict(ar='غينيا بيساو', en='Guinea-Bissau', aliases=['غينيا-بيساو']),
 'CF': dict(ar='جمهورية أفريقيا الوسطى', en='Central African Republic', aliases=['أفريقيا الوسطى', 'إفريقيا الوسطى', 'جمهورية إفريقيا الوسطى', 'سنترافريك']),
 'ZA': dict(ar='جنوب أفريقيا', en='South Africa', aliases=['جنوب إفريقيا', 'جمهورية جنوب أفريقيا', 'جمهورية جنوب إفريقيا']),
 'NE': dict(ar='النيجر', en='Niger', aliases=['جمهورية النيجر']),
 'NG': dict(ar='نيجيريا', en='Nigeria', aliases=['جمهورية نيجيريا الاتحادية']),
 'ML': dict(ar='مالي', en='Mali', aliases=['جمهورية مالي']),
 'TD': dict(ar='تشاد', en='Chad', aliases=['جمهورية تشاد', 'تشاد']),
 'SN': dict(ar='السنغال', en='Senegal', aliases=['جمهورية السنغال']),
 'GM': dict(ar='غامبيا', en='Gambia', aliases=['جامبيا']),
 'KR': dict(ar='كوريا الجنوبية', en='South Korea', aliases=['جمهورية كوريا']),
 'KP': dict(ar='كوريا الشمالية', en='North Korea', aliases=['جمهورية كوريا الديمقراطية الشعبية', 'كوريا الديمقراطية']),
 'PH': dict(ar='الفلبين', en='Philippines', aliases=['الفيليبين', 'الفليبين']),
 'BD': dict(ar='بنغلاديش', en='Bangladesh', aliases=['بنغلادش', 'بنجلاديش']),
 'LK': dict(ar='سريلانكا', en='Sri Lanka', aliases=['سري لانكا']),
 'NZ': dict(ar='نيوزيلندا', en='New Zealand', aliases=['نيوزيلاندا']),
 'AU': dict(ar='أستراليا', en='Australia', aliases=['استراليا']),
 'VE': dict(ar='فنزويلا', en='Venezuela', aliases=['فينزويلا']),
 'VN': dict(ar='فيتنام', en='Vietnam', aliases=['فييتنام']),
 'LA': dict(ar='لاوس', en='Laos'),
 'HK': dict(ar='هونغ كونغ', en='Hong Kong', aliases=['هونغكونغ']),
 'MO': dict(ar='ماكاو', en='Macao', aliases=['مكاو']),
 'TW': dict(ar='تايوان', en='Taiwan'),
 'XK': dict(ar='كوسوفو', en='Kosovo', aliases=['كوسوفا', 'جمهورية كوسوفو']),
 'EH': dict(ar='الصحراء الغربية', en='Western Sahara'),
 'VA': dict(ar='الفاتيكان', en='Vatican City', aliases=['دولة الفاتيكان', 'حاضرة الفاتيكان', 'الكرسي الرسولي']),
 'DE': dict(ar='ألمانيا', en='Germany'),
 'FR': dict(ar='فرنسا', en='France', aliases=['الجمهورية الفرنسية'], drop=['جمهورية الفرنسية']),
 'CN': dict(ar='الصين', en='China', aliases=['جمهورية الصين الشعبية']),
 'IN': dict(ar='الهند', en='India'),
 'PK': dict(ar='باكستان', en='Pakistan'),
 'AF': dict(ar='أفغانستان', en='Afghanistan'),
 'UA': dict(ar='أوكرانيا', en='Ukraine'),
 'QA': dict(ar='قطر', en='Qatar', aliases=['دولة قطر']),
 'KW': dict(ar='الكويت', en='Kuwait', aliases=['دولة الكويت']),
 'BH': dict(ar='البحرين', en='Bahrain', aliases=['مملكة البحرين']),
 'GR': dict(ar='اليونان', en='Greece', aliases=['الجمهورية اليونانية'], drop=['الجمهورية الهلنستية']),
 'NL': dict(ar='هولندا', en='Netherlands'),
 'MD': dict(ar='مولدوفا', en='Moldova', aliases=['مولدافيا'], drop=['المالديف']),
 'MV': dict(ar='جزر المالديف', en='Maldives', aliases=['المالديف']),
 'BA': dict(ar='البوسنة والهرسك', en='Bosnia and Herzegovina', aliases=['البوسنة']),
 'AZ': dict(ar='أذربيجان', en='Azerbaijan'),
 'KG': dict(ar='قرغيزستان', en='Kyrgyzstan', aliases=['قيرغيزستان', 'قرغيزيا']),
 'UZ': dict(ar='أوزبكستان', en='Uzbekistan'),
 'TM': dict(ar='تركمانستان', en='Turkmenistan'),
 'TJ': dict(ar='طاجيكستان', en='Tajikistan'),
 'KZ': dict(ar='كازاخستان', en='Kazakhstan'),
 'MT': dict(ar='مالطا', en='Malta', aliases=['مالطة']),
 'CY': dict(ar='قبرص', en='Cyprus'),
 'ES': dict(ar='إسبانيا', en='Spain'),
 'IT': dict(ar='إيطاليا', en='Italy'),
 'PT': dict(ar='البرتغال', en='Portugal'),
 'CH': dict(ar='سويسرا', en='Switzerland'),
 'AT': dict(ar='النمسا', en='Austria'),
 'BE': dict(ar='بلجيكا', en='Belgium'),
 'DK': dict(ar='الدنمارك', en='Denmark', aliases=['الدانمارك', 'الدانمرك']),
 'SE': dict(ar='السويد', en='Sweden'),
 'NO': dict(ar='النرويج', en='Norway'),
 'FI': dict(ar='فنلندا', en='Finland'),
 'IE': dict(ar='أيرلندا', en='Ireland', aliases=['إيرلندا', 'جمهورية أيرلندا']),
 'PL': dict(ar='بولندا', en='Poland', aliases=['بولونيا']),
 'RO': dict(ar='رومانيا', en='Romania'),
 'RS': dict(ar='صربيا', en='Serbia', aliases=['جمهورية صربيا'], drop=['صربية', 'جمهورية صربية']),
 'HR': dict(ar='كرواتيا', en='Croatia'),
 'JP': dict(ar='اليابان', en='Japan'),
 'ID': dict(ar='إندونيسيا', en='Indonesia', aliases=['أندونيسيا']),
 'MY': dict(ar='ماليزيا', en='Malaysia'),
 'TH': dict(ar='تايلاند', en='Thailand', aliases=['تايلند']),
 'KH': dict(ar='كمبوديا', en='Cambodia'),
 'NP': dict(ar='نيبال', en='Nepal'),
 'MX': dict(ar='المكسيك', en='Mexico'),
 'BR': dict(ar='البرازيل', en='Brazil'),
 'AR': dict(ar='الأرجنتين', en='Argentina'),
 'CO': dict(ar='كولومبيا', en='Colombia'),
 'CU': dict(ar='كوبا', en='Cuba'),
 'CA': dict(ar='كندا', en='Canada'),
 'KE': dict(ar='كينيا', en='Kenya'),
 'UG': dict(ar='أوغندا', en='Uganda'),
 'TZ': dict(ar='تنزانيا', en='Tanzania'),
 'RW': dict(ar='رواندا', en='Rwanda'),
 'BI': dict(ar='بوروندي', en='Burundi'),
 'CM': dict(ar='الكاميرون', en='Cameroon'),
 'GA': dict(ar='الغابون', en='Gabon', aliases=['الجابون']),
 'MW': dict(ar='ملاوي', en='Malawi', aliases=['مالاوي']),
 'UY': dict(ar='الأوروغواي', en='Uruguay', aliases=['أوروغواي', 'الأورغواي']),
 'PY': dict(ar='باراغواي', en='Paraguay', aliases=['الباراغواي']),
 'PE': dict(ar='بيرو', en='Peru', aliases=['البيرو']),
 'EC': dict(ar='الإكوادور', en='Ecuador'),
 'BO': dict(ar='بوليفيا', en='Bolivia'),
 'SR': dict(ar='سورينام', en='Suriname'),
 'GY': dict(ar='غيانا', en='Guyana', aliases=['غويانا']),
 'GF': dict(ar='غويانا الفرنسية', en='French Guiana', drop=['غيانا الفرنسية']),
 'SC': dict(ar='سيشل', en='Seychelles', aliases=['جزر سيشل', 'سيشيل']),
 'BS': dict(ar='جزر البهاما', en='Bahamas', aliases=['البهاما', 'باهاماس']),
 'ST': dict(ar='ساو تومي وبرينسيب', en='São Tomé and Príncipe', aliases=['ساو تومي وبرينسيبي']),
 'FK': dict(ar='جزر فوكلاند', en='Falkland Islands', aliases=['جزر مالفيناس', 'جزر فولكلاند'], drop=['جزر فوكلاند جزر مالفيناس']),
 'AQ': dict(ar='القارة القطبية الجنوبية', en='Antarctica', aliases=['أنتاركتيكا', 'أنتاركتيكا']),
 'AU_': {},
}
COUNTRY_OVERRIDES.pop('AU_')

# de-facto entities with no ISO 3166-1 code (no QID in our sources -> slug ids)
EXTRA_COUNTRIES = [
 dict(id='so-somaliland', subkind='territory', ar='أرض الصومال', en='Somaliland', cc='SO', aliases=['صوماليلاند', 'جمهورية أرض الصومال']),
 dict(id='cy-northern-cyprus', subkind='territory', ar='شمال قبرص', en='Northern Cyprus', cc='CY', aliases=['جمهورية شمال قبرص التركية', 'قبرص التركية', 'قبرص الشمالية']),
]

# (cc, English name as in GeoNames/CLDR) -> {ar, aliases, drop, capital}.  Entries not found are created.
# Common-word names get only qualified forms (مدينة صور، صور اللبنانية ...), never the bare word.
CITY_OVERRIDES = {
 ('LB', 'Tyre'): dict(ar='مدينة صور', aliases=['صور اللبنانية'], drop=['الصور', 'صور']),
 ('OM', 'Sur'): dict(ar='صور العمانية', aliases=['ولاية صور'], drop=['مدينة صور', 'صور']),
 ('LB', 'Tripoli'): dict(ar='طرابلس', aliases=['طرابلس الشام', 'طرابلس اللبنانية'], drop=['ترابلس']),
 ('LY', 'Tripoli'): dict(ar='طرابلس', aliases=['طرابلس الغرب'], drop=['ترابلس']),
 ('PS', 'Jenin'): dict(ar='مدينة جنين', aliases=['جنين الفلسطينية'], drop=['جنين']),
 ('SY', 'Hama'): dict(ar='مدينة حماة', aliases=['حماة السورية'], drop=['حماة']),
 ('SY', 'Daraa'): dict(ar='مدينة درعا', aliases=['درعا البلد'], drop=['درعا']),
 ('LY', 'Sirte'): dict(ar='مدينة سرت', aliases=['سرت الليبية'], drop=['سرت']),
 ('SD', 'El Obeid'): dict(ar='مدينة الأبيض', aliases=['الأبيض السودانية'], drop=['الأبي', 'الأبيض']),
 ("YE", "Ma'rib"): dict(ar='مدينة مأرب', drop=['مأرب']),
 ('SD', 'Kassala'): dict(ar='كسلا', drop=['كسل']),
 ('SO', 'Mogadishu'): dict(ar='مقديشو', aliases=['مقديشيو']),
 ('ML', 'Gao'): dict(ar='غاو'),
 ('ML', 'Mopti'): dict(ar='موبتي'),
 ('ML', 'Menaka'): dict(ar='ميناكا'),
 ('ML', 'Timbuktu'): dict(ar='تمبكتو', aliases=['تومبوكتو', 'تمبكتو']),
 ('ML', 'Kidal'): dict(ar='كيدال'),
 ('ML', 'Segou'): dict(ar='سيغو', aliases=['سيجو']),
 ('NE', 'Agadez'): dict(ar='أغاديز', aliases=['أغاديس']),
 ('NE', 'Tillaberi'): dict(ar='تيلابيري'),
 ('NG', 'Abuja'): dict(ar='أبوجا', aliases=['آبوجا']),
 ('MN', 'Ulan Bator'): dict(ar='أولان باتور', aliases=['أولانباتار']),
 ('MV', 'Male'): dict(ar='ماليه', drop=['مال']),
 ('SC', 'Victoria'): dict(ar='فيكتوريا', aliases=['فكتوريا']),
 ('IL', 'Haifa'): dict(ar='حيفا', drop=['جحفية']),
 ('IL', 'Eilat'): dict(ar='إيلات', aliases=['أم الرشراش'], drop=['آيلة']),
 ('IL', 'Ashkelon'): dict(ar='عسقلان', aliases=['أشكلون']),
 ('IL', 'Sderot'): dict(ar='سديروت'),
 ('IL', 'Beersheba'): dict(ar='بئر السبع'),
 ('PS', 'Hebron'): dict(ar='الخليل', drop=['هيبرون']),
 ('PS', 'Jericho'): dict(ar='أريحا'),
 ('PS', 'Nablus'): dict(ar='نابلس'),
 ('PS', 'Deir al-Balah'): dict(ar='دير البلح'),
 ('KR', 'Seoul'): dict(ar='سول', drop=['سيول']),
 ('IT', 'Rome'): dict(ar='روما', drop=['روم']),
 ('UA', 'Zaporizhzhia'): dict(ar='زابوريجيا', aliases=['زابوروجيا']),
 ('UA', 'Kyiv'): dict(ar='كييف', aliases=['كيف']),
 ('SD', 'El Fasher'): dict(ar='الفاشر'),
 ('SD', 'Nyala'): dict(ar='نيالا'),
 ('SD', 'Omdurman'): dict(ar='أم درمان'),
 ('SD', 'Port Sudan'): dict(ar='بورتسودان', aliases=['بور سودان']),
 ('SD', 'Wad Madani'): dict(ar='ود مدني'),
 ('SD', 'El Geneina'): dict(ar='الجنينة', aliases=['مدينة الجنينة']),
 ('TD', "N'Djamena"): dict(ar='نجامينا', aliases=['إنجامينا', 'أنجمينا', 'انجمينا']),
 ('DZ', 'Algiers'): dict(ar='الجزائر العاصمة', drop=['الجزيره']),
 ('TN', 'Tunis'): dict(ar='تونس العاصمة'),
 ('CA', 'Hebron'): dict(drop=['هبرون']),
}
CITY_DROP = {('CA', 'hebron'), ('IQ', 'al madinah'), ('FR', 'istres'), ('PH', 'cebu city')}
EXTRA_CITIES = []
SUBDIV_OVERRIDES = {}

# Countries whose cities are taken from GeoNames down to a lower population threshold
# (Arab world, Sahel, Horn of Africa and other regions prominent in Arabic news).
FOCUS_COUNTRIES = set("""DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE
ML NE BF TD SS ER ET NG CF CM SN GN CI TR IR AF PK IL UA""".split())
ARAB_COUNTRIES = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH".split())

# feminine nisba used to qualify a city name that another, bigger place owns (طرابلس اللبنانية)
NISBA = {
 'LB': 'اللبنانية', 'LY': 'الليبية', 'SY': 'السورية', 'EG': 'المصرية', 'IQ': 'العراقية', 'US': 'الأمريكية',
 'SA': 'السعودية', 'YE': 'اليمنية', 'JO': 'الأردنية', 'PS': 'الفلسطينية', 'IL': 'الإسرائيلية', 'TR': 'التركية',
 'IR': 'الإيرانية', 'MA': 'المغربية', 'DZ': 'الجزائرية', 'TN': 'التونسية', 'SD': 'السودانية', 'ML': 'المالية',
 'NE': 'النيجرية', 'TD': 'التشادية', 'MR': 'الموريتانية', 'SO': 'الصومالية', 'FR': 'الفرنسية', 'GB': 'البريطانية',
 'ES': 'الإسبانية', 'IT': 'الإيطالية', 'DE': 'الألمانية', 'RU': 'الروسية', 'UA': 'الأوكرانية', 'CA': 'الكندية',
 'AU': 'الأسترالية', 'MX': 'المكسيكية', 'BR': 'البرازيلية', 'AR': 'الأرجنتينية', 'IN': 'الهندية', 'PK': 'الباكستانية',
 'AF': 'الأفغانية', 'CN': 'الصينية', 'JP': 'اليابانية', 'KW': 'الكويتية', 'QA': 'القطرية', 'AE': 'الإماراتية',
 'OM': 'العمانية', 'BH': 'البحرينية', 'NG': 'النيجيرية', 'ET': 'الإثيوبية', 'KE': 'الكينية', 'ZA': 'الجنوب أفريقية',
 'CO': 'الكولومبية', 'VE': 'الفنزويلية', 'CL': 'التشيلية', 'PE': 'البيروفية', 'PH': 'الفلبينية', 'ID': 'الإندونيسية',
 'PT': 'البرتغالية', 'GR': 'اليونانية', 'BE': 'البلجيكية', 'NL': 'الهولندية', 'CH': 'السويسرية', 'SE': 'السويدية',
 'PL': 'البولندية', 'BF': 'البوركينية', 'SN': 'السنغالية', 'CM': 'الكاميرونية', 'CU': 'الكوبية', 'CY': 'القبرصية',
}

# Arabic prefix(es) for first-level subdivisions, by country (first = canonical), then by ISO type.
SUBDIV_PREFIX_BY_COUNTRY = {
 'SY': ['محافظة'], 'IQ': ['محافظة'], 'EG': ['محافظة'], 'YE': ['محافظة'], 'JO': ['محافظة'], 'LB': ['محافظة'],
 'PS': ['محافظة'], 'OM': ['محافظة'], 'KW': ['محافظة'], 'BH': ['محافظة'], 'IR': ['محافظة', 'إقليم'],
 'SA': ['منطقة'], 'AE': ['إمارة'], 'QA': ['بلدية'], 'LY': ['منطقة', 'شعبية'],
 'DZ': ['ولاية'], 'TN': ['ولاية'], 'SD': ['ولاية'], 'SS': ['ولاية'], 'MR': ['ولاية'], 'AF': ['ولاية'],
 'TR': ['ولاية'], 'NG': ['ولاية'], 'US': ['ولاية'], 'IN': ['ولاية'], 'MX': ['ولاية'], 'BR': ['ولاية'],
 'VE': ['ولاية'], 'MY': ['ولاية'], 'AU': ['ولاية'], 'DE': ['ولاية'], 'AT': ['ولاية'],
 'MA': ['جهة', 'إقليم'], 'ML': ['منطقة', 'إقليم'], 'NE': ['منطقة', 'إقليم'], 'BF': ['منطقة', 'إقليم'],
 'TD': ['إقليم', 'منطقة'], 'SO': ['إقليم', 'منطقة'], 'ET': ['إقليم'], 'PK': ['إقليم'], 'ER': ['إقليم'],
 'UA': ['مقاطعة', 'منطقة'], 'RU': ['مقاطعة', 'منطقة'], 'CN': ['مقاطعة'], 'CA': ['مقاطعة'],
 'CD': ['إقليم', 'مقاطعة'], 'CF': ['محافظة'], 'CM': ['إقليم', 'منطقة'], 'SN': ['منطقة', 'إقليم'],
 'DJ': ['منطقة', 'إقليم'], 'KM': ['جزيرة'], 'GB': ['مقاطعة'],
}
SUBDIV_PREFIX_BY_TYPE = {
 'governorate': 'محافظة', 'state': 'ولاية', 'province': 'مقاطعة', 'region': 'منطقة', 'oblast': 'مقاطعة',
 'prefecture': 'محافظة', 'county': 'مقاطعة', 'emirate': 'إمارة', 'wilaya': 'ولاية', 'department': 'مقاطعة',
 'district': 'منطقة', 'autonomous region': 'منطقة', 'autonomous republic': 'جمهورية', 'republic': 'جمهورية',
 'krai': 'إقليم', 'territory': 'إقليم', 'municipality': 'بلدية', 'city': 'مدينة', 'autonomous province': 'مقاطعة',
 'metropolitan region': 'منطقة', 'federal district': 'إقليم',
}
