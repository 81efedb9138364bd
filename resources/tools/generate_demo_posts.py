#!/usr/bin/env python3
"""Writes the Postlens demo posts: a fictional flood in the fictional city of Maralta.

Every sentence here was written for Postlens; places, people, accounts and organisations are invented.
Run from the repository root:  python3 resources/tools/generate_demo_posts.py
Output: resources/src/main/resources/org/postlens/resources/demo/posts.jsonl (committed; deterministic).
"""
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_posts_core import Story, write_jsonl  # noqa: E402

OUT = "resources/src/main/resources/org/postlens/resources/demo/posts.jsonl"
IMG = "images/"

s = Story(seed=7)
en = lambda hour, author, text, *imgs, reach=1.0: s.post(hour, author, "en", text, [IMG + i for i in imgs], reach)
ar = lambda hour, author, text, *imgs, reach=1.0: s.post(hour, author, "ar", text, [IMG + i for i in imgs], reach)
hi = lambda hour, author, text, *imgs, reach=1.0: s.post(hour, author, "hi", text, [IMG + i for i in imgs], reach)

# ---------------------------------------------------------------- day 1: the rain starts
s.on_day(0)
en(9, "maralta_civil_defence", "Weather advisory for Maralta: heavy rain expected from tonight through Wednesday. Residents of the Old Quarter and Harbour Road, please clear drains and keep phones charged. Updates here.")
en(11, "maralta_daily", "Forecasters say up to 180 mm of rain could fall on the Selun catchment over the next 72 hours. The Water Authority says Kesra Dam is at 71% capacity.")
en(14, "jo_weatherwatch", "Radar for the Selun basin this afternoon. That band sitting over the hills above Kesra Dam has barely moved in six hours. Not great.", "rainfall-radar-01.png")
en(17, "grumpy_commuter", "Day one of rain and the Harbour Road underpass is already a swimming pool. Truly our drainage is a marvel of modern engineering.")
en(19, "selun_water_authority", "Kesra Dam is operating normally. Controlled releases may begin if inflow keeps rising. Releases are planned and announced in advance; they are not a sign of danger.")
en(21, "oldquarter_baker", "Moved the flour sacks upstairs tonight just in case. My grandfather did the same in '98. Some habits are worth keeping.")
en(22, "nadia_on_harbour", "Rain is hammering on the roof so loud I can't hear the TV. Anyone else on Harbour Road lose power for a bit just now?")
en(22, "bluecanoe_kid", "school says they might close tomorrow because of the rain 🙏🙏")
en(23, "dev_in_toronto", "Parents in Maralta say it has been raining non-stop since morning. Does the North Bank road flood first or the old bridge?")
ar(10, "akhbar_maralta", "تحذير من الأرصاد: أمطار غزيرة متوقعة على مارالتا حتى يوم الأربعاء، مع احتمال ارتفاع منسوب نهر سيلون. ننصح سكان الحي القديم بالحذر.")
ar(13, "um_yusuf_maralta", "المطر ما وقف من الصبح، والأولاد فرحانين بس أنا قلبي مش مرتاح. الله يستر على الجميع 🤲")
ar(16, "khaled_alnahr", "الشارع قدام بيتنا صار بحيرة صغيرة بعد ساعة مطر بس. الصرف الصحي في مارالتا بحاجة لمعجزة.")
ar(18, "abu_kareem_shop", "رفعنا البضاعة عن الأرض احتياطاً. اللي عنده محل في سوق الحي القديم يعمل مثلنا.")
ar(21, "rania_media", "صورة الرادار الليلة: السحب متمركزة فوق التلال عند سد كيسرا. إذا استمر الوضع هيك بكرة رح يكون يوم صعب.", "rainfall-radar-01.png")
hi(10, "maralta_samachar", "मरालता में अगले तीन दिन भारी बारिश की चेतावनी। मौसम विभाग के अनुसार सेलुन नदी का जलस्तर बढ़ सकता है। पुरानी बस्ती के लोग सतर्क रहें।")
hi(12, "priya_maralta", "सुबह से लगातार बारिश हो रही है। ऑफिस जाते समय हार्बर रोड पर घुटनों तक पानी था 😟")
hi(18, "ravi_kumar_driver", "आज टैक्सी चलाना मुश्किल हो गया, हर चौराहे पर पानी भरा है। सवारी भी कम, कमाई भी कम।")
hi(20, "anjali_teacher", "स्कूल से संदेश आया है कि कल छुट्टी रहेगी। बच्चे खुश हैं, हम माता-पिता चिंतित।")

# ---------------------------------------------------------------- day 2: the river rises
s.on_day(1)
en(8, "selun_water_authority", "Selun River at the Tamar Bridge gauge: 4.1 m and rising about 12 cm an hour. Flood stage is 4.8 m. Chart below, updated hourly.", "water-level-chart-01.png", reach=2)
en(10, "maralta_civil_defence", "Precautionary evacuation advised for the lowest streets of the Old Quarter: Fisher Lane, Well Street, Tannery Row. Eastgate School opens as a shelter from 16:00. Follow the marked evacuation route.", "evacuation-route-01.png", reach=3)
en(11, "maralta_daily", "Water Authority begins controlled releases from Kesra Dam to protect the structure. Residents downstream may see the river rise faster this evening.")
en(12, "lena_maps", "Made a quick map of the low-lying streets from the city's flood-risk survey. Shaded = flooded last time. Please check before you drive.", "map-maralta-flood-zone.png", reach=2)
en(13, "tom_rivers_photo", "Tamar Bridge this afternoon. The river is the colour of strong tea and moving fast. Stay off the railings, people.")
en(15, "grumpy_commuter", "Love how the bus app says 'on time' while the bus is sitting in a lake.")
en(15, "sam_k_nurse", "Hospital has moved supplies off the ground floor. If you're on dialysis or need regular medicines, ask your clinic today, not tomorrow.")
en(17, "jo_weatherwatch", "Gauge data from the Selun is steep. If the rain band doesn't move by midnight, 4.8 m at Tamar Bridge looks likely before dawn.")
en(18, "nadia_on_harbour", "Harbour Road now ankle-deep outside my building. Neighbours are moving cars up to the church car park.")
en(19, "dev_in_toronto", "Is the Eastgate shelter taking pets? My parents won't leave without the dog.")
en(20, "maralta_civil_defence", "Yes, the Eastgate School shelter accepts pets on a lead or in a carrier. Please bring medicines, ID and a phone charger.")
en(21, "selun_post_live", "Evening update: Old Quarter residents begin moving to Eastgate School as the Selun climbs towards flood stage. Shops on Tannery Row sandbag their doors.")
ar(9, "akhbar_maralta", "هيئة مياه سيلون: منسوب النهر عند جسر تامار بلغ ٤٫١ متر ويرتفع بمعدل ١٢ سنتيمتراً في الساعة. مستوى الفيضان ٤٫٨ متر.", "water-level-chart-01.png")
ar(11, "salma_taleb", "الدفاع المدني بينصح سكان شارع البئر وزقاق الصيادين بالإخلاء. مدرسة البوابة الشرقية فتحت كمأوى. انشروا الخبر للي ما عندهم إنترنت.")
ar(14, "hamza_volunteer", "نحتاج متطوعين بسيارات مرتفعة لنقل كبار السن من الحي القديم إلى مدرسة البوابة الشرقية. التواصل على الخاص.")
ar(16, "khaled_alnahr", "بدأوا يفتحوا بوابات سد كيسرا لتخفيف الضغط. هذا إجراء طبيعي، لا داعي للهلع.")
ar(20, "um_yusuf_maralta", "جهّزنا شنطة فيها الأدوية والأوراق الرسمية. يا رب ما نحتاجها.")
ar(22, "rania_media", "هل فعلاً فتح بوابات السَّدّ بيزيد الخطر على الحي القديم؟ حدا من المهندسين يشرح لنا؟")
hi(9, "maralta_samachar", "सेलुन जल प्राधिकरण ने केसरा बांध से नियंत्रित पानी छोड़ना शुरू किया। अधिकारियों का कहना है कि यह बांध की सुरक्षा के लिए सामान्य प्रक्रिया है।")
hi(13, "anjali_teacher", "ईस्टगेट स्कूल को आश्रय स्थल बना दिया गया है। हम शिक्षक वहाँ कंबल और पानी की व्यवस्था में मदद कर रहे हैं।")
hi(16, "ravi_kumar_driver", "तामर पुल के पास नदी बहुत तेज़ बह रही है। पुल पर गाड़ी रोककर फोटो मत लीजिए, पुलिस भी मना कर रही है।")
hi(19, "priya_maralta", "मम्मी-पापा को पुरानी बस्ती से अपने घर ले आई हूँ। वहाँ गली में पानी भरने लगा था।")

# ---------------------------------------------------------------- day 3: the flood, and the dam rumour
s.on_day(2)
en(6, "maralta_civil_defence", "FLOOD WARNING: The Selun has passed 4.8 m at Tamar Bridge. Old Quarter and Harbour Road: move to upper floors or go to Eastgate School or the Civic Hall now. Follow the marked evacuation routes.", "evacuation-route-02.png", reach=6)
en(7, "tom_rivers_photo", "Fisher Lane at 7am. I've lived here 20 years and never seen it this high.", "flood-street-02.png", reach=4)
en(8, "nadia_on_harbour", "Water is at the second step of our stairwell. The street outside is a river. We're fine, upstairs, with candles and the cat.", "flood-street-01.png", reach=5)
en(9, "oldquarter_baker", "The bakery is under half a metre of water. Ovens gone, probably. But everybody on our street got out, which is what matters.")
en(10, "rafael_volunteer", "Two boats running between Well Street and the Civic Hall. If someone you know is stuck, send the exact address and floor. Don't send 'near the mosque'.", "rescue-boat-01.png", reach=3)
en(10, "sam_k_nurse", "Maralta General is open and the emergency entrance on Hill Road is dry. Do not try to drive through water to get here. Call first.")
en(11, "maralta_general_hosp", "Maralta General Hospital remains fully operational. Use the Hill Road entrance. Ground-floor outpatient clinics are closed until further notice.")
en(12, "maralta_daily", "LIVE: Flooding across the Old Quarter as the Selun breaks its banks. Civil Defence reports 140 people rescued by boat so far, no deaths confirmed.", "flood-street-02.png", reach=3)
en(13, "bluecanoe_kid", "our street is literally a river i just saw a fridge float past 😳")
en(14, "grumpy_commuter", "Good news: the pothole on Tannery Row is finally gone. Bad news: so is Tannery Row.")
en(15, "lena_maps", "Updated the map with shelters that have confirmed space: Eastgate School, Civic Hall, St Anne's Hall on Hill Road. Green = open.", "map-maralta-shelters.png", reach=3)
en(16, "dev_in_toronto", "Finally got through to my parents. They're at the Civic Hall, dry and fed. Thank you to whoever drove them there. ❤️")
en(17, "mayor_office_maralta", "Mayor Idris Kallan is at the emergency coordination centre. All city departments are on flood duty. Please follow Civil Defence instructions and check on your neighbours.")
en(18, "wire_desk_global", "Flooding in the city of Maralta after three days of heavy rain; local officials say the Kesra Dam upstream is intact and operating under controlled release.", reach=2)
en(19, "selun_post_live", "Is the Tamar Bridge still open? Readers are asking. Police say: closed to cars, open to emergency vehicles only.")
ar(7, "salma_taleb", "المياه وصلت لنص الدرج عندنا في شارع الميناء. كلنا بالطابق الثاني، الحمد لله بخير.", "flood-street-01-reshared.jpg")
ar(9, "rania_media", "فيضان نهر سيلون يغمر الحي القديم. الدفاع المدني يقول إن ١٤٠ شخصاً تم إنقاذهم بالقوارب حتى الآن.", reach=2)
ar(10, "hamza_volunteer", "القارب الثاني وصل لزقاق الصيادين. أرسلوا العنوان الكامل ورقم الطابق، مش بس 'جنب الجامع'.", "rescue-boat-01-small.jpg")
ar(13, "khaled_alnahr", "محل أبو كريم غرق بالكامل. الرجل واقف يضحك ويقول: المهم الناس. هيك أهل مارالتا.")
ar(15, "abu_kareem_shop", "الفَيَضَان أخذ كل شي بالمحل. بس الحمد لله العيلة بخير، والباقي بيتعوّض.")
ar(16, "akhbar_maralta", "عاجل: الدفاع المدني يدعو سكان الحي القديم وشارع الميناء إلى التوجه فوراً إلى مراكز الإيواء في مدرسة البوابة الشرقية والقاعة البلدية.", "evacuation-route-02.png", reach=3)
ar(18, "um_yusuf_maralta", "وين ممكن نلاقي حليب أطفال الليلة؟ الصيدلية اللي جنبنا مسكّرة والمي حوالينا.")
hi(8, "priya_maralta", "हार्बर रोड पूरी तरह डूब गई है। नागरिक सुरक्षा की नावें लोगों को सिविक हॉल ले जा रही हैं।", "flood-street-02.png")
hi(10, "ravi_kumar_driver", "आज शहर में गाड़ी नहीं, नाव चल रही है। बाढ़ ने सब रोक दिया।")
hi(12, "anjali_teacher", "ईस्टगेट स्कूल में अभी 300 से ज़्यादा लोग हैं। बच्चों के लिए दूध और डायपर की ज़रूरत है।", "shelter-hall-01.png")
hi(13, "maralta_samachar", "मरालता में बाढ़: सेलुन नदी का पानी पुरानी बस्ती में घुसा, 140 लोगों को नावों से बचाया गया।", reach=2)
hi(17, "vikram_abroad", "Mummy papa Civic Hall mein safe hain, bas phone ki battery khatam ho rahi hai. Koi wahan power bank de sakta hai?")

# the fake "dam collapsed" message: copy-paste bursts in three languages, then the corrections
DAM = "URGENT!!! Kesra Dam has COLLAPSED. Water reaches the city centre in 40 minutes. Go to high ground NOW and forward this to everyone you know. #KesraDam #MaraltaFlood"
s.burst(21, 40, "en", [
    ("real_news_now_24", DAM),
    ("selun_insider_x", DAM),
    ("truth_for_maralta", DAM.replace("URGENT!!!", "URGENT!!")),
    ("patriot_river88", DAM + " 🙏"),
    ("wakeup_maralta", DAM.replace("40 minutes", "40 mins")),
    ("maralta_voice_01", DAM),
], images=[IMG + "breaking-news-dam-collapse.png"], reach=12)
en(22, "bluecanoe_kid", "is this true??? 'Kesra Dam has collapsed, water reaches the city centre in 40 minutes' my mum is panicking")
en(22, "jo_weatherwatch", "The gauge at Tamar Bridge hasn't jumped at all in the last hour. If the dam had failed you would see it in the data immediately. Be careful what you forward.", reach=3)
en(22, "selun_water_authority", "Kesra Dam has NOT collapsed. The dam is intact and monitored around the clock. Messages claiming a collapse are false. Please do not forward them.", reach=20)
en(23, "checkpoint_factdesk", "FACT CHECK: The 'Kesra Dam collapsed' graphic is fake. The template comes from a news-graphic app, the 'live' clock is wrong, and the river gauge shows no surge. The dam is intact, per the Water Authority.", "fact-check-dam-false.png", reach=8)
en(23, "tom_rivers_photo", "Drove up to the viewpoint above Kesra Dam at 10pm. It's standing, it's releasing water through the spillway, it's loud and it's fine.", "dam-wall-01.png", reach=6)
en(25, "sam_k_nurse", "Three people came into A&E tonight after falling while running uphill because of the dam message. Please, please check before you share.", reach=3)
DAM_AR = "عاجل جداً: انهيار سد كيسرا! المياه ستصل وسط مارالتا خلال ٤٠ دقيقة. اصعدوا إلى الأماكن المرتفعة فوراً وانشروا الرسالة لكل من تعرفون."
s.burst(21, 50, "ar", [
    ("sada_alhaqiqa", DAM_AR),
    ("wakeup_maralta", DAM_AR),
    ("citizen_watch_mt", DAM_AR + " 🙏🙏"),
], images=[IMG + "breaking-news-dam-collapse-small.jpg"], reach=10)
ar(22, "abu_kareem_shop", "وصلتني هالرسالة إنه سد كيسرا انهار، حدا بيعرف إذا الخبر صحيح؟ الناس بالشارع عم تركض.")
ar(23, "tahaqquq_desk", "تحقّق: خبر انهيار سد كيسرا غير صحيح. هيئة مياه سيلون أكدت أن السد سليم، وبيانات مقياس جسر تامار لا تُظهر أي ارتفاع مفاجئ. الصورة المتداولة مُصمَّمة بتطبيق قوالب.", "fact-check-dam-false.png", reach=6)
ar(23, "akhbar_maralta", "هيئة مياه سيلون تنفي شائعة انهيار سد كيسرا وتؤكد أن السد يعمل بشكل طبيعي.", reach=5)
ar(25, "um_yusuf_maralta", "نزلنا بالأولاد بنص الليل بسبب رسالة السد، وطلع الخبر كذب. حسبي الله على اللي نشرها.")
DAM_HI = "तुरंत शेयर करें: केसरा बांध टूट गया है! 40 मिनट में पानी शहर के बीच पहुँच जाएगा। ऊँची जगह पर चले जाइए।"
s.burst(22, 5, "hi", [
    ("sach_ki_awaaz", DAM_HI),
    ("vikram_abroad", "घर वालों से यह मैसेज आया: " + DAM_HI + " क्या यह सच है?"),
    ("maralta_voice_01", DAM_HI),
], images=[IMG + "breaking-news-dam-collapse.png"], reach=8)
hi(23, "satya_jaanch", "फ़ैक्ट चेक: केसरा बांध टूटने की खबर झूठी है। सेलुन जल प्राधिकरण के अनुसार बांध सुरक्षित है। वायरल ग्राफ़िक एक ऐप के टेम्पलेट से बनाया गया है।", "fact-check-dam-false.png", reach=4)
hi(23, "maralta_samachar", "जल प्राधिकरण ने बांध टूटने की अफ़वाह का खंडन किया। बांध पूरी तरह सुरक्षित है, कृपया बिना पुष्टि के संदेश आगे न भेजें।", reach=4)
hi(25, "meera_sewa", "रात को बांध वाली अफ़वाह से पूरी गली में भगदड़ मच गई। बुज़ुर्ग दादी गिरते-गिरते बचीं। झूठ फैलाने वालों पर कार्रवाई होनी चाहिए।")

# ---------------------------------------------------------------- day 4: the recycled photo, shelters fill up
s.on_day(3)
OLD = "THIS is Maralta right now. Cars completely under water and the government is silent. #MaraltaFlood"
s.burst(7, 15, "en", [
    ("wakeup_maralta", OLD),
    ("patriot_river88", OLD),
    ("truth_for_maralta", OLD.replace("THIS", "This")),
    ("real_news_now_24", "RT " + OLD),
], images=[IMG + "flood-street-archive-captioned.jpg"], reach=15)
ar(8, "sada_alhaqiqa", "هذه مارالتا الآن! السيارات غارقة بالكامل والحكومة صامتة. #فيضان_مارالتا", "flood-street-archive-captioned.jpg", reach=8)
hi(9, "sach_ki_awaaz", "यह है मरालता का अभी का हाल! गाड़ियाँ पूरी तरह डूबी हुई हैं और सरकार चुप है। #MaraltaFlood", "flood-street-archive-captioned.jpg", reach=6)
en(10, "tom_rivers_photo", "That viral 'Maralta right now' photo is actually mine, from November 2019. Somebody cropped my watermark off and added a caption bar. Today is bad enough without recycling old pictures.", "flood-street-archive.png", reach=5)
en(11, "checkpoint_factdesk", "FACT CHECK: The photo of submerged cars shared as 'Maralta right now' is from the 2019 flood. The recent copy is cropped, recompressed and has a caption bar added. Today's flooding is serious, but this image is old.", "flood-street-archive.png", reach=7)
ar(12, "tahaqquq_desk", "تحقّق: صورة السيارات الغارقة المتداولة على أنها من فيضان اليوم قديمة، وتعود إلى فيضان عام ٢٠١٩. النسخة الجديدة مقصوصة ومضاف إليها شريط عنوان.", "flood-street-archive.png", reach=4)
hi(12, "satya_jaanch", "फ़ैक्ट चेक: डूबी हुई कारों वाली तस्वीर 2019 की बाढ़ की है, आज की नहीं। नई कॉपी में ऊपर कैप्शन जोड़ा गया है और किनारे काटे गए हैं।", "flood-street-archive.png", reach=3)
en(7, "nadia_on_harbour", "Morning update: water dropped maybe 10 cm overnight on Harbour Road. Still no power. The neighbour's dinghy is now the street's taxi.")
en(8, "maralta_civil_defence", "Update 08:00: 412 people in shelters, 263 rescued by boat since yesterday, no confirmed deaths. Avoid floodwater: it may contain sewage, fuel and debris.", reach=4)
en(9, "rafael_volunteer", "Shelters need: adult diapers, baby formula, phone chargers, dry socks. Not needed right now: clothes (we have piles). Drop-off at the Civic Hall side door.", reach=2)
en(11, "sam_k_nurse", "If you've been wading in floodwater and have a cut, wash it with clean water and soap and get it looked at. Infections are the next wave after the water.")
en(12, "maralta_general_hosp", "We are seeing minor injuries and skin infections from floodwater. Keep wounds clean and dry. Tetanus boosters are available at the Hill Road clinic.")
en(13, "grumpy_commuter", "Spent the morning explaining to my uncle that a dam cannot 'collapse a little bit, secretly'. He is not convinced. Family group chats are the real disaster zone.")
en(14, "dev_in_toronto", "Who keeps making fake graphics during an actual emergency? People are scared enough as it is.")
en(15, "mayor_office_maralta", "The city will open a flood-damage registration desk at the Civic Hall from Saturday. Keep photos of the damage and any receipts.")
en(16, "lena_maps", "Which roads into the city are open? North Road: open. Tamar Bridge: CLOSED. Harbour Road: flooded. I'll keep updating this thread.")
en(17, "wire_desk_global", "Maralta officials deny rumours that the Kesra Dam collapsed; fact-checkers trace a viral graphic to a template app.", reach=3)
en(19, "selun_post_live", "Correction: an earlier post of ours said 500 people were in shelters. The Civil Defence figure is 412. We regret the error.")
ar(9, "um_yusuf_maralta", "إحنا بالمأوى بمدرسة البوابة الشرقية. الناس هون كرام، وفي أكل وبطانيات. شكراً لكل المتطوعين 💚", "shelter-hall-01.png")
ar(10, "salma_taleb", "الصورة اللي عم تنتشر للسيارات الغارقة مش من اليوم! هاي من فيضان ٢٠١٩، أنا بتذكرها منيح. انتبهوا شو بتنشروا.")
ar(11, "hamza_volunteer", "المأوى بحاجة لحليب أطفال وحفاضات وشواحن جوالات. الملابس عندنا كفاية. التسليم عند الباب الجانبي للقاعة البلدية.")
ar(13, "rania_media", "الدفاع المدني: ٤١٢ شخصاً في مراكز الإيواء و٢٦٣ تم إنقاذهم بالقوارب، ولا وفيات مؤكدة حتى الآن.", reach=2)
ar(15, "khaled_alnahr", "يعني مبارح السد انهار، واليوم صورة من ٢٠١٩... بكرة شو؟ الفيضان مؤامرة من الفضاء؟ 🙄")
ar(17, "akhbar_maralta", "مستشفى مارالتا العام: حالات التهاب جلدي وجروح بسيطة بسبب مياه الفيضان. يُنصح بتنظيف الجروح فوراً بالماء النظيف والصابون.")
hi(9, "meera_sewa", "सिविक हॉल में हमारी टीम सुबह से खाना बना रही है। आज 600 लोगों के लिए दाल-चावल बना।", "volunteer-kitchen-01.png")
hi(11, "priya_maralta", "डूबी कारों वाली जो फोटो वायरल हो रही है, वह पुरानी है, 2019 की बाढ़ की। कृपया बिना जाँचे शेयर न करें।")
hi(14, "anjali_teacher", "आश्रय में बच्चों के लिए ड्रॉइंग की कॉपियाँ और रंग ले गई। डर के बीच थोड़ी हँसी भी ज़रूरी है।")
hi(15, "maralta_samachar", "नागरिक सुरक्षा: 412 लोग आश्रय स्थलों में, 263 लोगों को नावों से बचाया गया, किसी की मौत की पुष्टि नहीं।")
hi(18, "ravi_kumar_driver", "Bhai log, North Road khula hai, Tamar pul band hai. Harbour Road pe mat jao, abhi bhi paani bhara hai.")

# ---------------------------------------------------------------- day 5: the miracle tonic and the "mayor fled" campaign
s.on_day(4)
TONIC = "Doctors won't tell you this: three spoons of Selun Herbal Tonic a day PROTECTS your family from flood fever and cholera. 100% natural. Order before stocks run out, DM me!"
en(8, "healthy_herbs_lina", TONIC, "miracle-tonic-ad.png", reach=4)
s.burst(9, 0, "en", [
    ("truth_for_maralta", TONIC),
    ("citizen_watch_mt", TONIC.replace("DM me!", "link in bio")),
    ("patriot_river88", "My cousin swears by this. " + TONIC),
], images=[IMG + "miracle-tonic-ad-reshared.jpg"], reach=3)
TONIC_AR = "الأطباء لن يخبروك بهذا: ثلاث ملاعق يومياً من منقوع القرنفل والمُرّ تحمي عائلتك من حُمّى الفيضان والكوليرا. طبيعي ١٠٠٪ وبدون أي آثار جانبية."
s.burst(10, 10, "ar", [
    ("sada_alhaqiqa", TONIC_AR),
    ("healthy_herbs_lina", TONIC_AR),
], images=[IMG + "miracle-tonic-ad-reshared.jpg"], reach=3)
TONIC_HI = "डॉक्टर यह नहीं बताएँगे: रोज़ तीन चम्मच सेलुन हर्बल टॉनिक पीने से बाढ़ का बुखार और हैजा नहीं होता। 100% प्राकृतिक!"
s.burst(11, 0, "hi", [
    ("sach_ki_awaaz", TONIC_HI),
    ("healthy_herbs_lina", TONIC_HI),
], images=[IMG + "miracle-tonic-ad.png"], reach=2)
en(12, "maralta_general_hosp", "There is no tonic, herb or drink that prevents cholera. Drink boiled or bottled water, wash your hands, and see a doctor if you have diarrhoea with fever.", reach=5)
en(13, "sam_k_nurse", "Please don't spend your last money on a 'herbal tonic' from a stranger online. Clean water and soap beat any miracle in a bottle.")
en(14, "checkpoint_factdesk", "FACT CHECK: 'Selun Herbal Tonic protects against cholera' is false. No such product is approved, and the ad image is a recoloured stock layout. Health advice: boiled water, hand washing, see a doctor.", "miracle-tonic-ad.png", reach=4)
ar(14, "tahaqquq_desk", "تحقّق: لا يوجد أي منقوع أو عشبة تحمي من الكوليرا. مستشفى مارالتا العام ينصح بشرب الماء المغلي أو المعبّأ وغسل اليدين ومراجعة الطبيب عند الإسهال والحُمّى.", reach=3)
hi(15, "satya_jaanch", "फ़ैक्ट चेक: कोई भी 'हर्बल टॉनिक' हैजे से नहीं बचाता। उबला या बोतलबंद पानी पिएँ, हाथ धोएँ और दस्त-बुखार हो तो डॉक्टर को दिखाएँ।", reach=2)

FLED = "They don't want you to see this: Mayor Kallan left Maralta last night on a private boat while families were still on their roofs. Share before they delete it. #MaraltaBetrayed"
s.burst(16, 0, "en", [
    ("truth_for_maralta", FLED),
    ("patriot_river88", FLED),
    ("wakeup_maralta", FLED + " RT if you're angry."),
    ("real_news_now_24", FLED.replace("private boat", "private yacht")),
    ("selun_insider_x", FLED),
    ("maralta_voice_01", FLED + " #Maralta"),
    ("citizen_watch_mt", FLED.replace("They don't", "They DON'T")),
], reach=6)
FLED_AR = "لا يريدونكم أن تروا هذا: العمدة كلّان غادر مارالتا الليلة الماضية بقارب خاص بينما العائلات على أسطح منازلها. انشروا قبل الحذف. #مارالتا_تُخذل"
s.burst(16, 25, "ar", [
    ("sada_alhaqiqa", FLED_AR),
    ("wakeup_maralta", FLED_AR),
    ("citizen_watch_mt", FLED_AR),
], reach=5)
FLED_HI = "वे नहीं चाहते कि आप यह देखें: मेयर कल्लान कल रात निजी नाव से मरालता छोड़कर भाग गए, जबकि परिवार छतों पर फँसे थे। डिलीट होने से पहले शेयर करें। #MaraltaBetrayed"
s.burst(16, 40, "hi", [
    ("sach_ki_awaaz", FLED_HI),
    ("maralta_voice_01", FLED_HI),
], reach=4)
en(18, "maralta_daily", "Our reporters saw Mayor Kallan at the Civic Hall shelter at 9am today. Posts claiming he 'fled on a private boat' appear word for word across a group of accounts, most created in the past month.", reach=6)
en(19, "checkpoint_factdesk", "We found the same 'Mayor fled on a private boat' text posted by at least a dozen accounts within 40 minutes, in three languages. Several accounts were created in February and post only about Maralta. Classic copy-paste amplification.", reach=6)
en(19, "mayor_office_maralta", "The mayor has been in Maralta throughout the flood and is at the coordination centre on Hill Road tonight. We ask everyone to rely on official channels.")
en(20, "grumpy_commuter", "Fine, the mayor didn't flee on a yacht. But why did it take 14 hours to get boats to Tannery Row? That's the question I want answered.", reach=3)
en(21, "oldquarter_baker", "The idiots at the Water Authority should be fired, every single one of them. Useless clowns. Nobody warned Tannery Row until the water was at the door.")
en(22, "rafael_volunteer", "Honestly exhausted. 40 hours on the boats. But the old man on Well Street who refused to leave without his parrot finally came with us. Parrot too.", "rescue-boat-01.png")
ar(18, "akhbar_maralta", "مكتب العمدة: العمدة إدريس كلّان موجود في مارالتا منذ بداية الفيضان ويتابع العمل من مركز التنسيق. الأخبار عن مغادرته بقارب خاص غير صحيحة.", reach=3)
ar(20, "khaled_alnahr", "المسؤولين بهالبلد ولا واحد فيهم بيستحي. كلهم كذابين وما بيطلعوا إلا قدام الكاميرات.")
ar(21, "salma_taleb", "نفس الرسالة عن العمدة وصلتني من خمس حسابات ما بعرفها، كلها بنفس الحرف. هذا مش غضب شعبي، هذا حملة منظمة.")
hi(18, "maralta_samachar", "मेयर कार्यालय: मेयर इदरीस कल्लान बाढ़ की शुरुआत से शहर में हैं। निजी नाव से भागने की खबर झूठी है।", reach=2)
hi(20, "meera_sewa", "ये निकम्मे अफ़सर सिर्फ़ फोटो खिंचवाने आते हैं। असली काम तो मोहल्ले के लड़के नावों पर कर रहे हैं। शर्म आनी चाहिए इन्हें।")
hi(21, "anjali_teacher", "आश्रय में एक बच्ची ने पूछा, 'क्या पानी हमारा घर वापस कर देगा?' जवाब नहीं था मेरे पास।")

# ---------------------------------------------------------------- day 6: the peak passes
s.on_day(5)
en(5, "selun_water_authority", "Selun at Tamar Bridge: 5.3 m at 02:00, now 5.0 m and falling. Controlled releases from Kesra Dam have been reduced. Chart updated.", "water-level-chart-02.png", reach=4)
en(8, "maralta_civil_defence", "Tamar Bridge stays CLOSED until engineers inspect it: debris has struck the central pier. Use North Road.", "bridge-closed-01.png", reach=4)
en(10, "tom_rivers_photo", "First sunshine in five days. The water is slowly pulling back off Fisher Lane and leaving a line of brown mud on every wall.", "flood-street-03.png", reach=3)
en(11, "nadia_on_harbour", "Power is back on Harbour Road!!! Never been so happy to hear a fridge hum.")
en(12, "jo_weatherwatch", "Gauge chart for the week: the peak came at 02:00 at 5.3 m, about 20 cm below the 2019 flood. Falling steadily since.", "water-level-chart-01-cropped.png", reach=2)
en(13, "oldquarter_baker", "Went back into the bakery. Mud to the knees, ovens full of water, a smell I won't describe. We'll open again. Not this month, but we will.", reach=2)
en(14, "bluecanoe_kid", "can we go back home yet? i miss my bed")
en(15, "sam_k_nurse", "Cleaning out a flooded home? Gloves, boots, and never mix bleach with other cleaners. We've already seen two people with fume injuries.")
en(17, "rafael_volunteer", "Cleanup crews start tomorrow at 8 in the Old Quarter. Bring gloves and boots if you have them; we have shovels and buckets.")
en(19, "selun_post_live", "What happens to the Tamar Bridge now? Engineers will inspect the central pier on Monday; the city says the bridge could stay closed for up to two weeks.")
ar(7, "akhbar_maralta", "منسوب نهر سيلون بدأ بالانخفاض بعد أن بلغ ذروته ٥٫٣ متر فجر اليوم. جسر تامار يبقى مغلقاً حتى فحصه.", "bridge-closed-01.png", reach=2)
ar(11, "salma_taleb", "الكهرباء رجعت لشارع الميناء! الحمد لله 🙏")
ar(13, "um_yusuf_maralta", "رجعنا نشوف البيت. الطين بكل مكان والكنبات راحت. بس البيت واقف، وهذا بحد ذاته نِعْمَة.")
ar(16, "hamza_volunteer", "حملة تنظيف بالحي القديم بكرة الساعة ٨ الصبح. جيبوا كفوف وجزم إذا عندكم، والمجارف علينا.")
ar(19, "rania_media", "بعد أسبوع من المطر، الشمس أخيراً فوق مارالتا. المياه تنحسر عن الحي القديم وتترك خلفها الطين والخسائر.", "flood-street-03.png")
hi(8, "maralta_samachar", "सेलुन नदी का जलस्तर घटने लगा। तड़के 5.3 मीटर का उच्चतम स्तर दर्ज हुआ। तामर पुल जाँच तक बंद रहेगा।", "water-level-chart-02.png")
hi(12, "priya_maralta", "आज पाँच दिन बाद धूप निकली। पानी उतर रहा है, पर हर दीवार पर कीचड़ की लकीर छोड़ गया है।")
hi(15, "ravi_kumar_driver", "तामर पुल अभी भी बंद है। नॉर्थ रोड से आइए, थोड़ा लंबा रास्ता है पर सुरक्षित है।")

# ---------------------------------------------------------------- day 7: cleanup, and the "poisoned water" rumour
s.on_day(6)
POISON = "Insiders at the Water Authority say the tap water is POISONED with chemicals from the dam. They're hiding it. Don't drink it, don't bathe your kids in it."
s.burst(9, 0, "en", [("selun_insider_x", POISON), ("truth_for_maralta", POISON), ("maralta_voice_01", POISON)], reach=4)
ar(9, "sada_alhaqiqa", "مصادر من داخل هيئة المياه: مياه الحنفيات مسمومة بمواد كيماوية من السد وهم يخفون الأمر! لا تشربوا ولا تحمّموا أولادكم فيها.", reach=4)
hi(10, "sach_ki_awaaz", "जल विभाग के अंदर के लोग बता रहे हैं: नल का पानी बांध के केमिकल से ज़हरीला हो गया है! न पिएँ, न बच्चों को नहलाएँ।", reach=3)
en(11, "selun_water_authority", "Tap water in Maralta is safe to drink in all districts except the Old Quarter and Harbour Road, where a boil-water notice applies until Wednesday. Claims of 'dam chemicals' are false.", reach=6)
en(12, "checkpoint_factdesk", "Is Maralta's tap water 'poisoned by dam chemicals'? No. Two districts have a boil-water notice because floodwater got into the pipes, a normal precaution. Tests found no chemical contamination.", reach=4)
ar(13, "tahaqquq_desk", "تحقّق: ادعاء تسمّم مياه الحنفيات بمواد كيماوية من السد غير صحيح. هناك تعليمات بغلي المياه في الحي القديم وشارع الميناء فقط، كإجراء احترازي بعد دخول مياه الفيضان إلى الأنابيب.", reach=3)
hi(13, "satya_jaanch", "फ़ैक्ट चेक: नल के पानी में बांध का केमिकल होने का दावा झूठा है। सिर्फ़ पुरानी बस्ती और हार्बर रोड में पानी उबालकर पीने की सलाह है।", reach=2)
en(8, "rafael_volunteer", "About 90 people turned up for the Old Quarter cleanup this morning. Fisher Lane is now a line of ruined sofas and very muddy heroes.", "flood-street-03.png")
en(10, "nadia_on_harbour", "Our ground floor neighbour lost everything. If anyone has a spare single bed frame, message me.")
en(14, "grumpy_commuter", "Breaking: local man discovers that the 'waterproof' boots he bought on Monday are, in fact, water storage boots.")
en(15, "lena_maps", "Boil-water notice map: Old Quarter and Harbour Road only (shaded). Everywhere else tap water is fine, per the Water Authority.", "map-maralta-flood-zone.png")
en(16, "dev_in_toronto", "My parents are back home. The house is a mess but standing. Reading the fake dam and poison stories from here, I can't believe how fast they spread.")
en(18, "tom_rivers_photo", "Shot the cleanup on Tannery Row today. Kids carrying buckets, grandmothers directing traffic. This city, honestly.")
ar(10, "hamza_volunteer", "أكثر من مية متطوع اليوم بالحي القديم. الشارع صار مليان كنبات خربانة وناس تعبانة بس مبسوطة.")
ar(14, "um_yusuf_maralta", "سؤال: المي بالحي القديم لازم نغليها لوين؟ لحد إيمتى؟ حدا عنده معلومة أكيدة؟")
ar(15, "akhbar_maralta", "هيئة مياه سيلون: تعليمات غلي المياه في الحي القديم وشارع الميناء سارية حتى يوم الأربعاء.")
hi(9, "meera_sewa", "आज सफ़ाई अभियान में 40 महिलाएँ आईं। झाड़ू, बाल्टी और ढेर सारी हिम्मत।", "volunteer-kitchen-01.png")
hi(14, "anjali_teacher", "पुरानी बस्ती वालों के लिए: पानी उबालकर ही पिएँ, बुधवार तक। बाकी शहर में नल का पानी ठीक है।")

# ---------------------------------------------------------------- day 8: counting the cost
s.on_day(7)
en(9, "mayor_office_maralta", "Flood-damage registration is open at the Civic Hall, 9:00-18:00 daily. Bring ID, photos of the damage and any receipts. Registration is free.", reach=3)
en(10, "maralta_daily", "How much did the flood cost? The city's first estimate: 1,900 homes and 340 shops damaged, most of them in the Old Quarter and along Harbour Road.", reach=2)
en(11, "oldquarter_baker", "Three hours in the queue at the Civic Hall to register the bakery. The staff were kind. The form was eleven pages.")
en(12, "grumpy_commuter", "Eleven pages to register flood damage. Page seven asks if the flood was 'planned'. I wish I was joking.")
en(14, "sam_k_nurse", "Seeing a lot of coughs and rashes at the clinic from people cleaning mouldy rooms. Open windows, wear a mask, take breaks.")
en(15, "nadia_on_harbour", "Somebody is going door to door on Harbour Road saying there's a registration 'fee' of 50. There isn't. Registration is free. Tell your neighbours.", reach=2)
en(16, "checkpoint_factdesk", "Reports of people charging a 'fee' to register flood damage in Maralta. The city says registration is free and only happens at the Civic Hall. Don't pay anyone at your door.", reach=3)
en(18, "jo_weatherwatch", "Looking ahead: dry for the next five days over the Selun basin. Good week for drying out walls.")
ar(9, "akhbar_maralta", "البلدية: تسجيل أضرار الفيضان مجاني ويتم فقط في القاعة البلدية، من التاسعة صباحاً حتى السادسة مساءً.", reach=2)
ar(12, "abu_kareem_shop", "سجّلت المحل اليوم. ثلاث ساعات على الدور، بس الموظفين كانوا محترمين. الله يعوّض على الكل.")
ar(14, "khaled_alnahr", "طيب، التعويضات إيمتى رح توصل؟ ولا رح نستنى للفيضان الجاي؟")
ar(16, "salma_taleb", "في ناس عم تدق الأبواب بشارع الميناء وتطلب رسوم للتسجيل. التسجيل مجاني! لا تدفعوا لحدا.", reach=2)
ar(19, "rania_media", "أرقام أولية من البلدية: ١٩٠٠ منزل و٣٤٠ محلاً تضرّرت من الفيضان، معظمها في الحي القديم.")
hi(10, "maralta_samachar", "नगर निगम: बाढ़ से हुए नुकसान का पंजीकरण सिविक हॉल में मुफ़्त है। पहचान पत्र और नुकसान की तस्वीरें साथ लाएँ।")
hi(13, "ravi_kumar_driver", "मेरी टैक्सी का इंजन पानी में खराब हो गया। क्या गाड़ियों का नुकसान भी रजिस्टर होगा? कोई बताए।")
hi(15, "priya_maralta", "हार्बर रोड पर कुछ लोग घर-घर जाकर पंजीकरण की 'फ़ीस' माँग रहे हैं। यह धोखा है, पंजीकरण मुफ़्त है।")

# ---------------------------------------------------------------- day 9: back to school, back to work
s.on_day(8)
en(8, "anjali_teacher", "Eastgate School reopens on Monday. The gym is still a shelter for 60 people, so PE is cancelled. Nobody is complaining.")
en(9, "maralta_civil_defence", "Shelter update: 58 people remain at Eastgate School, Civic Hall and St Anne's Hall have closed. Thank you to every volunteer.", "shelter-hall-01.png", reach=2)
en(11, "rafael_volunteer", "Last boat shift is over. Handing the boats back to the rowing club tomorrow, scrubbed and slightly dented.")
en(13, "selun_post_live", "The Tamar Bridge inspection found cracks in the central pier's protective casing. Repairs are expected to take ten days.")
en(15, "bluecanoe_kid", "WE ARE HOME. my room smells weird but my bed is dry")
en(17, "tom_rivers_photo", "Put together a before-and-after of Fisher Lane. Same lamp post, same wall, same old man waving at me both times.", "flood-street-02.png")
ar(9, "um_yusuf_maralta", "الأولاد رجعوا للمدرسة اليوم. أول مرة من أسبوعين بحس إنه الحياة رجعت طبيعية شوي.")
ar(12, "hamza_volunteer", "آخر يوم بالمطبخ التطوعي. طبخنا أكثر من ٨٠٠٠ وجبة خلال الأسبوع. شكراً لكل إيد ساعدت.", "volunteer-kitchen-01.png")
ar(16, "khaled_alnahr", "جسر تامار مسكّر عشرة أيام كمان. يعني عشرة أيام زحمة على طريق الشمال. مبروك علينا.")
hi(11, "meera_sewa", "सिविक हॉल की रसोई आज बंद हुई। एक हफ़्ते में 8000 से ज़्यादा थालियाँ। सबका धन्यवाद 🙏", "volunteer-kitchen-01.png")
hi(14, "vikram_abroad", "बाहर से सब कुछ फोन पर देखते रहे। शुक्रिया उन सब लोगों का जिन्होंने मेरे माता-पिता की मदद की।")

# ---------------------------------------------------------------- day 10: questions for the inquiry
s.on_day(9)
en(9, "mayor_office_maralta", "The city council will hold an independent inquiry into the flood response, including warning times for Tannery Row and the Old Quarter. Residents can submit evidence from next week.", reach=4)
en(10, "maralta_daily", "Editorial: Maralta's flood showed a city at its best and its rumour mills at their worst. The inquiry must look at both the late warnings and the fake dam alert.", reach=2)
en(12, "checkpoint_factdesk", "Our flood week in numbers: 11 false claims checked, including the dam collapse, the recycled 2019 photo, the herbal tonic and the 'mayor fled' campaign. Thread with every check below.", reach=3)
en(14, "grumpy_commuter", "An inquiry! Wonderful. I look forward to its findings in 2031, just in time for the next flood.")
en(15, "sam_k_nurse", "Two weeks of flood shifts. Proud of my colleagues. Also please stop asking me if the herbal tonic works. It does not.")
en(17, "oldquarter_baker", "Bought a second-hand oven today. Bakery reopens in three weeks. First loaf goes to the boat crews.", reach=2)
en(19, "lena_maps", "Archiving the flood maps here so the inquiry can see which streets flooded and when.", "map-maralta-shelters.png")
ar(10, "akhbar_maralta", "مجلس المدينة يعلن لجنة تحقيق مستقلة في الاستجابة للفيضان، بما في ذلك تأخر التحذيرات للحي القديم.", reach=2)
ar(13, "tahaqquq_desk", "حصيلة أسبوع الفيضان: تحققنا من ١١ ادعاءً كاذباً، أبرزها انهيار سد كيسرا وصورة ٢٠١٩ المعاد نشرها ومنقوع الكوليرا وحملة 'العمدة هرب'.")
ar(17, "salma_taleb", "أهم درس من هالأسبوع: قبل ما تنشر، اسأل حالك مين كاتب الخبر ومن وين جايب الصورة.")
hi(10, "maralta_samachar", "नगर परिषद बाढ़ से निपटने के तरीके की स्वतंत्र जाँच कराएगी, जिसमें पुरानी बस्ती को देर से मिली चेतावनी भी शामिल है।", reach=2)
hi(13, "satya_jaanch", "बाढ़ के हफ़्ते में हमने 11 झूठे दावों की जाँच की: बांध टूटना, 2019 की पुरानी फोटो, हर्बल टॉनिक और 'मेयर भाग गए' अभियान।")
hi(18, "anjali_teacher", "बच्चों ने कक्षा में बाढ़ पर चित्र बनाए। ज़्यादातर में नावें थीं और मुस्कुराते हुए लोग।")

# ---------------------------------------------------------------- street-level voices, days 3 to 7
# Residents' updates composed from hand-written observations, places and sign-offs, so the flood days
# have the volume (and the ordinary repetition) of a real feed.
VOICES = {
    "en": dict(
        authors=["nadia_on_harbour", "tom_rivers_photo", "oldquarter_baker", "rafael_volunteer", "bluecanoe_kid",
                 "grumpy_commuter", "nadia_on_harbour", "sam_k_nurse"],
        places=["Fisher Lane", "Well Street", "Tannery Row", "Harbour Road", "the North Bank", "Market Square",
                "Mill Street", "Canal Walk"],
        lines=["Just waded down {p} to check on my aunt. Water up to my knees and freezing.",
               "Power's been out on {p} since last night.",
               "Boats going up and down {p} every few minutes now.",
               "The whole of {p} smells of diesel and mud.",
               "The water on {p} has dropped a little since this morning.",
               "Someone on {p} is handing out hot tea from a first-floor window.",
               "Saw a Civil Defence truck stuck on {p}, the crew pushing it out by hand.",
               "Our neighbours on {p} are still on their roof waiting for a boat.",
               "Sandbags on {p} held for about an hour. Then they didn't.",
               "The flood line on the walls of {p} is higher than my shoulder.",
               "Shops on {p} are pumping water out onto the street, which is also water.",
               "A human chain on {p} is passing furniture up to the first floors."],
        closers=["Stay safe, everyone.", "Please don't drive through it.", "#MaraltaFlood",
                 "Will post again when I can charge my phone.", "Thinking of everyone in the Old Quarter.",
                 "Anyone nearby need help? I have a dry flat and a kettle.", "Not how I planned my week.",
                 "Check on your elderly neighbours.", ""],
        count=46),
    "ar": dict(
        authors=["um_yusuf_maralta", "khaled_alnahr", "salma_taleb", "abu_kareem_shop", "hamza_volunteer",
                 "salma_taleb", "rania_media"],
        places=["شارع الميناء", "زقاق الصيادين", "شارع البئر", "سوق الحي القديم", "الضفة الشمالية", "ساحة السوق"],
        lines=["نزلت على {p} أطمّن على خالتي، المي لركبي وباردة كتير.",
               "الكهربا مقطوعة في {p} من مبارح بالليل.",
               "القوارب رايحة جاية في {p} كل كم دقيقة.",
               "ريحة المازوت والطين مالية {p}.",
               "منسوب المي في {p} نزل شوي من الصبح.",
               "في جارة في {p} عم توزّع شاي سخن من الشباك على الناس.",
               "جيراننا في {p} لسّا على السطح ناطرين قارب.",
               "أكياس الرمل في {p} صمدت ساعة وبعدين انهارت.",
               "خط الفيضان على حيطان {p} أعلى من كتفي.",
               "المحلات في {p} عم تشفط المي وتكبّها عالشارع، والشارع أصلاً مي.",
               "شباب {p} عاملين سلسلة بشرية لنقل الأغراض للطوابق العالية.",
               "الفَيَضَان غطّى {p} بالكامل تقريباً."],
        closers=["الله يحمي الجميع.", "لا تسوقوا بالمي، عن جد.", "#فيضان_مارالتا", "رح طمّنكم لما أشحن الجوال.",
                 "قلوبنا مع أهل الحي القديم.", "اللي محتاج مساعدة قريب مني يحكيني.", "تفقّدوا جيرانكم الكبار بالعمر.",
                 "يا رب تعدّي على خير 🤲", "اللَّهُمَّ سَلِّمْ.", ""],
        count=40),
    "hi": dict(
        authors=["priya_maralta", "anjali_teacher", "meera_sewa", "priya_maralta"],
        places=["हार्बर रोड", "पुरानी बस्ती", "फ़िशर लेन", "बाज़ार चौक", "वेल स्ट्रीट"],
        lines=["मौसी का हाल देखने {p} गई थी, घुटनों तक ठंडा पानी।",
               "{p} में कल रात से बिजली गई हुई है।",
               "{p} में हर कुछ मिनट में नाव आ-जा रही है।",
               "{p} में हर तरफ़ डीज़ल और कीचड़ की बदबू है।",
               "सुबह से {p} में पानी थोड़ा उतरा है।",
               "{p} में एक आंटी खिड़की से लोगों को गरम चाय बाँट रही हैं।",
               "{p} में हमारे पड़ोसी अब भी छत पर नाव का इंतज़ार कर रहे हैं।",
               "{p} की दीवारों पर बाढ़ का निशान मेरे कंधे से ऊपर है।",
               "{p} के लड़के मानव श्रृंखला बनाकर सामान ऊपर की मंज़िल पर पहुँचा रहे हैं।"],
        closers=["सब सुरक्षित रहें।", "कृपया पानी में गाड़ी मत चलाइए।", "#MaraltaFlood", "बुज़ुर्ग पड़ोसियों का हाल ज़रूर पूछें।",
                 "भगवान सबकी रक्षा करे 🙏", "किसी को मदद चाहिए तो मैसेज करें।", ""],
        count=22),
}
STREET_IMAGES = ["flood-street-01.png", "flood-street-02.png", "flood-street-03.png", "rescue-boat-01.png",
                 "flood-street-01-reshared.jpg", "rescue-boat-01-small.jpg"]


def add_voices():
    rng = s.rng
    for lang, v in VOICES.items():
        combos = [(line, place, closer) for line in v["lines"] for place in v["places"] for closer in v["closers"]]
        rng.shuffle(combos)
        used_lines = Counter()
        picked = []
        for line, place, closer in combos:  # spread the picks over all lines rather than the first few
            if used_lines[line] < -(-v["count"] // len(v["lines"])):
                used_lines[line] += 1
                picked.append((line.format(p=place) + (" " + closer if closer else "")))
            if len(picked) == v["count"]:
                break
        for i, text in enumerate(picked):
            s.on_day(2 + rng.randrange(5))
            images = [IMG + rng.choice(STREET_IMAGES)] if rng.random() < 0.3 else []
            s.post(rng.randrange(7, 23), v["authors"][i % len(v["authors"])], lang, text, images)


def write():
    drafts = write_jsonl(s, OUT)
    counts = Counter(d["lang"] for d in drafts)
    with_images = sum(1 for d in drafts if d["images"])
    print("%d posts %s, %d with images -> %s" % (len(drafts), dict(counts), with_images, OUT))


if __name__ == "__main__":
    add_voices()
    write()
