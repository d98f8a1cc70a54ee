"""The demo's course content in Gàidhlig: each English segment, as wagtail-localize extracts it
from the demo pages and scale, and our Gaelic for it.

Written for this demo and awaiting review by a native Gaelic speaker. Keys must stay exactly
the English text of a segment (inline tags and entities included); a segment missing here stays
in English on the Gaelic pages, marked as English.
"""

GAELIC: dict[str, str] = {
    "Home": "Dachaigh",
    "Take charge of your health, together": "Gabh smachd air do shlàinte, còmhla",
    (
        "Short, friendly courses for people living with long-term conditions and for unpaid "
        "carers, written and led by people who have been there."
    ): (
        "Cùrsaichean goirid, càirdeil do dhaoine le tinneasan fad-ùine agus do luchd-cùraim gun "
        "phàigheadh, air an sgrìobhadh ’s air an stiùireadh le daoine a bha san aon suidheachadh."
    ),
    "Courses": "Cùrsaichean",
    "Free courses across Scotland, designed and led by people with lived experience.": (
        "Cùrsaichean an-asgaidh air feadh Alba, air an dealbhadh ’s air an stiùireadh le daoine le "
        "eòlas beò."
    ),
    "Living Well with a Long-Term Condition": "Beò gu math le tinneas fad-ùine",
    (
        "Six friendly group sessions where people living with long-term conditions share what "
        "works, try out practical tools and plan the changes they want to make."
    ): (
        "Sia seiseanan buidhne càirdeil far am bi daoine a tha beò le tinneasan fad-ùine a’ roinn "
        "na tha ag obair, a’ feuchainn innealan practaigeach is a’ planadh nan atharrachaidhean a "
        "tha iad ag iarraidh."
    ),
    (
        "This course was written by people who live with conditions such as COPD, diabetes, "
        "arthritis, long COVID and heart disease, working alongside nurses, a physiotherapist and "
        "an occupational therapist. It is delivered by two trainers, at least one of whom lives "
        "with a long-term condition too."
    ): (
        "Chaidh an cùrsa seo a sgrìobhadh le daoine a tha beò le tinneasan mar COPD, tinneas an "
        "t-siùcair, tinneas nan alt, COVID fada agus tinneas a’ chridhe, còmhla ri banaltraman, "
        "fiosaigeòlaiche agus teiripiche dreuchdail. Bidh dà thrèanaiche ga lìbhrigeadh, agus tha "
        "tinneas fad-ùine air co-dhiù aon dhiubh cuideachd."
    ),
    (
        "You do not need to talk about your diagnosis unless you want to. Each session has a "
        "break, tea and coffee, and plenty of time to listen."
    ): (
        "Cha leig thu leas bruidhinn mun tinneas a chaidh a lorg ort mura bheil thu ag iarraidh. "
        "Tha fois anns gach seisean, tì is cofaidh, agus ùine gu leòr airson èisteachd."
    ),
    "Getting started: what self management means to us": (
        "A’ tòiseachadh: dè tha fèin-stiùireadh a’ ciallachadh dhuinn"
    ),
    (
        "Meeting the group, agreeing how we work together and thinking about what managing your "
        "own health looks like day to day."
    ): (
        "A’ coinneachadh ris a’ bhuidheann, ag aontachadh mar a dh’obraicheas sinn còmhla agus a’ "
        "beachdachadh air stiùireadh do shlàinte bho latha gu latha."
    ),
    (
        "Self management is not about coping alone. It is about having the knowledge, support and "
        "confidence to make choices about your own life with a long-term condition."
    ): (
        "Chan eil fèin-stiùireadh a’ ciallachadh a bhith a’ dèiligeadh ris leat fhèin. Tha e a’ "
        "ciallachadh gu bheil an t-eòlas, an taic agus a’ mhisneachd agad gus roghainnean a "
        "dhèanamh mu do bheatha fhèin le tinneas fad-ùine."
    ),
    "Welcome and group agreement": "Fàilte agus aonta na buidhne",
    (
        "Trainers introduce themselves and their own experience. The group agrees a few ground "
        "rules, such as keeping personal stories private and everyone being free to pass."
    ): (
        "Bidh na trèanaichean ag innse cò iad is mun eòlas aca fhèin. Aontaichidh a’ bhuidheann "
        "riaghailtean bunaiteach, mar sgeulachdan pearsanta a chumail prìobhaideach is cead aig "
        "gach duine a chothrom a leigeil seachad."
    ),
    "Flip chart and pens": "Clàr-pàipeir mòr is pinn",
    "What is on your plate?": "Dè an t-uallach a th’ ort?",
    (
        "In pairs, people list what their condition affects: work, sleep, family, money, mood. "
        "Pairs share one thing each with the group."
    ): (
        "Ann an càraidean, nì daoine liosta de na tha an tinneas aca a’ toirt buaidh air: obair, "
        "cadal, teaghlach, airgead, fonn. Roinnidh gach càraid aon rud leis a’ bhuidheann."
    ),
    "What does a good day look like for you?": "Cò ris a tha latha math coltach dhut?",
    "What is different on a bad day?": "Dè tha eadar-dhealaichte air droch latha?",
    "Who or what helps you get from one to the other?": (
        "Cò no dè a chuidicheas thu bho fhear dhiubh chun an fhir eile?"
    ),
    "Break": "Fois",
    "Tea, coffee and a chance to stretch.": "Tì, cofaidh is cothrom thu fhèin a shìneadh.",
    "Your toolbox": "Am bogsa-innealan agad",
    (
        "The trainers introduce the tools the course will use: pacing, action plans, problem "
        "solving and talking with professionals. Everyone picks one they most want to try."
    ): (
        "Bheir na trèanaichean a-steach innealan a’ chùrsa: riaghladh astair, planaichean-gnìomha, "
        "fuasgladh dhuilgheadasan agus bruidhinn ri luchd-dreuchd. Taghaidh gach duine am fear as "
        "motha a tha iad airson fheuchainn."
    ),
    "Making a first action plan": "A’ dèanamh a’ chiad phlana-gnìomha",
    (
        "Each person writes one small, specific thing they will do this week and rates how sure "
        "they are, from 0 to 10, that they will do it."
    ): (
        "Sgrìobhaidh gach neach aon rud beag, sònraichte a nì iad an t-seachdain seo, agus "
        "rangaichidh iad cho cinnteach ’s a tha iad, bho 0 gu 10, gun dèan iad e."
    ),
    "Action plan sheets": "Duilleagan plana-gnìomha",
    (
        "Some people arrive anxious or have not been in a group for years. Greet everyone at the "
        "door and make sure the first round is easy to pass on. If the action plan confidence is "
        "below 7, help them make the plan smaller rather than try harder."
    ): (
        "Bidh cuid a’ ruighinn fo iomagain, no gun a bhith ann am buidheann o chionn "
        "bhliadhnaichean. Cuir fàilte air gach duine aig an doras, is dèan cinnteach gur furasta "
        "a’ chiad chuairt a leigeil seachad. Ma tha a’ mhisneachd sa phlana-gnìomha fo 7, cuidich "
        "iad am plana a dhèanamh nas lugha seach feuchainn nas cruaidhe."
    ),
    "Pacing, energy and rest": "Riaghladh astair, lùth is fois",
    "Understanding the boom-and-bust cycle and finding a steadier rhythm.": (
        "A’ tuigsinn a’ chearcaill cus-is-claoidh agus a’ lorg ruitheam nas seasmhaiche."
    ),
    (
        "Many long-term conditions bring tiredness that rest alone does not fix. Pacing means "
        "spreading activity across the day and week so that you keep doing what matters without "
        "paying for it afterwards."
    ): (
        "Bidh mòran thinneasan fad-ùine a’ toirt sgìths nach tèid às le fois a-mhàin. Tha "
        "riaghladh astair a’ ciallachadh gnìomhachd a sgaoileadh thar an latha is na seachdain gus "
        "an cùm thu ort a’ dèanamh na tha cudromach gun phàigheadh air a shon às a dhèidh."
    ),
    "Check-in on action plans": "Sùil air na planaichean-gnìomha",
    (
        "Everyone says how their plan went. Trainers model problem solving for anyone who got "
        "stuck, without judging."
    ): (
        "Innsidh gach duine mar a chaidh dhaibh. Do neach sam bith a chaidh an sàs, seallaidh na "
        "trèanaichean dòigh air fuasgladh, gun bhreith a thoirt."
    ),
    "Boom and bust": "Cus is claoidh",
    (
        "The trainer draws the boom-and-bust curve. People mark where their last week sat on it "
        "and talk about what triggered the busts."
    ): (
        "Tarraingidh an trèanaiche an lùb cus-is-claoidh. Comharraichidh daoine càite an robh an "
        "t-seachdain aca air an lùb, agus bruidhnidh iad mu na dh’adhbhraich an claoidh."
    ),
    "Tea and coffee.": "Tì is cofaidh.",
    "Planning a steady week": "A’ planadh seachdain sheasmhach",
    (
        "Using a weekly planner, people spread three tasks they dread over several days, with "
        "rests planned before they are needed."
    ): (
        "Le plana seachdaineil, sgaoilidh daoine trì gnìomhan a tha eagal orra romhpa thar grunn "
        "làithean, le amannan-fois air am planadh mus bi feum orra."
    ),
    "Weekly planner sheets, coloured pens": "Duilleagan plana seachdaineil, pinn dhathte",
    "What gets in the way of resting before you are exhausted?": (
        "Dè tha gad chumail bho fhois a ghabhail mus bi thu claoidhte?"
    ),
    "How do other people react when you pace yourself?": (
        "Ciamar a fhreagras daoine eile nuair a riaghlas tu d’ astar?"
    ),
    "Action plans": "Planaichean-gnìomha",
    "Everyone writes a new action plan for the week.": (
        "Sgrìobhaidh gach duine plana-gnìomha ùr airson na seachdain."
    ),
    "Five steps to a steadier week.": "Còig ceuman gu seachdain nas seasmhaiche.",
    (
        "Mòrag, who co-wrote this module, suggests sharing a personal example of a bust early on: "
        "it gives people permission to be honest about theirs."
    ): (
        "Tha Mòrag, a cho-sgrìobh am modal seo, a’ moladh eisimpleir phearsanta de chlaoidh a "
        "roinn tràth: bheir e cead do dhaoine a bhith onarach mun fheadhainn aca fhèin."
    ),
    "Working with health professionals": "Ag obair còmhla ri luchd-dreuchd slàinte",
    "Getting the most from appointments and being an equal partner in care.": (
        "Am feum as motha fhaighinn à coinneamhan, is a bhith nad chom-pàirtiche co-ionann sa "
        "chùram."
    ),
    (
        "Appointments are short. A little preparation helps you say what matters most and leave "
        "with what you need."
    ): (
        "Tha coinneamhan goirid. Cuidichidh beagan ullachaidh thu gus na tha as cudromaiche innse "
        "agus falbh leis na tha a dhìth ort."
    ),
    "A round of how the week went.": "Cuairt air mar a chaidh an t-seachdain.",
    "Preparing for an appointment": "Ag ullachadh airson coinneimh",
    (
        "People practise a simple routine: write down three questions, ask the most important one "
        "first, say back what you heard, and agree what happens next. They write questions for a "
        "real appointment."
    ): (
        "Cleachdaidh daoine dòigh shìmplidh: sgrìobh sìos trì ceistean, faighnich an tè as "
        "cudromaiche an toiseach, can air ais na chuala tu, agus aontaich dè thachras an uair sin. "
        "Sgrìobhaidh iad ceistean airson fìor choinneimh."
    ),
    "Appointment planner cards": "Cairtean ullachaidh airson coinneamhan",
    "Role play: the ten-minute appointment": "Cluich-pàirt: a’ choinneamh deich mionaidean",
    (
        "In threes, one person plays the patient, one the professional and one observes. Swap "
        "roles. Anyone may choose to observe only."
    ): (
        "Ann am buidhnean de thriùir: aon mar an t-euslainteach, aon mar an neach-dreuchd, aon a’ "
        "coimhead. Atharraich na pàirtean. Faodaidh duine sam bith dìreach coimhead."
    ),
    "What would you like health and care staff to understand about living with your condition?": (
        "Dè bu toil leat gun tuigeadh luchd-obrach slàinte is cùraim mu bhith beò leis an tinneas "
        "agad?"
    ),
    "New action plans for the week.": "Planaichean-gnìomha ùra airson na seachdain.",
    (
        "Some participants have had poor experiences with services. Acknowledge them, but steer "
        "the group towards what they can do next time rather than individual complaints."
    ): (
        "Bha droch eòlas aig cuid de na com-pàirtichean air seirbheisean. Aithnich sin, ach stiùir "
        "a’ bhuidheann gu na ghabhas dèanamh an ath thuras seach gearanan fa leth."
    ),
    "Managing pain and low mood": "A’ dèiligeadh ri pian is fonn ìosal",
    "How pain, stress and mood affect each other, and things that help.": (
        "Mar a bheir pian, cuideam is fonn buaidh air a chèile, agus rudan a chuidicheas."
    ),
    (
        "Pain and low mood often travel together. Small, regular things that bring calm or "
        "enjoyment can loosen their grip."
    ): (
        "Bidh pian is fonn ìosal tric a’ siubhal còmhla. Faodaidh rudan beaga, cunbhalach a bheir "
        "fois no toileachas an grèim a lasachadh."
    ),
    "The symptom cycle": "Cearcall nan comharraidhean",
    (
        "Together the group maps how pain, poor sleep, worry and inactivity feed into one another, "
        "and where the cycle can be broken."
    ): (
        "Còmhla, nì a’ bhuidheann mapa de mar a tha pian, droch chadal, iomagain is dìth gluasaid "
        "a’ biathadh a chèile, agus càite an gabh an cearcall a bhriseadh."
    ),
    "Trying a relaxation exercise": "A’ feuchainn eacarsaich socrachaidh",
    (
        "A trainer leads a short breathing and body-scan exercise. People can keep their eyes open "
        "and stop at any time."
    ): (
        "Stiùiridh trèanaiche eacarsaich ghoirid anail is sganadh a’ chuirp. Faodaidh daoine an "
        "sùilean a chumail fosgailte agus stad uair sam bith."
    ),
    "What lifts your mood, even a little?": "Dè a thogas do spiorad, fiù ’s beagan?",
    "When did you last do it?": "Cuin a rinn thu e mu dheireadh?",
    "Pleasant activities plan": "Plana de rudan tlachdmhor",
    "Each person plans two small enjoyable things for the coming week.": (
        "Planaichidh gach neach dà rud beag tlachdmhor airson na seachdain a tha romhainn."
    ),
    (
        "This session can bring up strong feelings. Know the local crisis contacts (NHS 24 on 111, "
        "Breathing Space, Samaritans) and have them on a card to hand out. Check in privately with "
        "anyone who goes quiet."
    ): (
        "Faodaidh faireachdainnean làidir èirigh san t-seisean seo. Biodh fios agad air na "
        "h-àireamhan-èiginn ionadail (NHS 24 air 111, Breathing Space, Samaritans) agus biodh iad "
        "agad air cairt ri thoirt seachad. Bruidhinn gu prìobhaideach ri duine sam bith a "
        "dh’fhàsas sàmhach."
    ),
    "Eating, moving and sleeping": "Ithe, gluasad is cadal",
    "Realistic changes to food, activity and sleep that fit your life.": (
        "Atharraichean reusanta air biadh, gluasad is cadal a fhreagras air do bheatha."
    ),
    "Moving more, gently": "Barrachd gluasaid, gu socair",
    (
        "The group tries chair-based movements and talks about activity that suits different "
        "conditions, from walking groups to boccia."
    ): (
        "Feuchaidh a’ bhuidheann gluasadan nan suidhe air cathair agus bruidhnidh iad mu "
        "ghnìomhachd a fhreagras air diofar thinneasan, bho bhuidhnean coiseachd gu boccia."
    ),
    "Tea and coffee, with some healthy snacks to try.": (
        "Tì is cofaidh, le beagan bhlasadan fallain ri fheuchainn."
    ),
    "Food and energy": "Biadh is lùth",
    (
        "People compare what they ate on a good day and a bad day and spot one small swap that "
        "would help."
    ): (
        "Nì daoine coimeas eadar na dh’ith iad air latha math is air droch latha, agus lorgaidh "
        "iad aon iomlaid bheag a chuidicheadh."
    ),
    "What helps you sleep, and what keeps you awake?": (
        "Dè a chuidicheas tu gus cadal, is dè a chumas nad dhùisg thu?"
    ),
    "New action plans, and a look back at everyone's plans so far.": (
        "Planaichean-gnìomha ùra, is sùil air ais air planaichean gach duine gu ruige seo."
    ),
    (
        "Avoid giving individual dietary advice; point people to their dietitian or GP. The chair "
        "exercises should be done seated and within comfort."
    ): (
        "Na toir comhairle bìdh do dhaoine fa leth; stiùir iad chun an eòlaiche-beathachaidh no an "
        "GP aca. Bu chòir na h-eacarsaichean cathrach a dhèanamh nan suidhe agus gun "
        "mhì-chofhurtachd."
    ),
    "Looking ahead: planning and staying connected": (
        "A’ coimhead air adhart: a’ planadh is a’ cumail ceangailte"
    ),
    "Keeping going after the course, and the support and groups nearby.": (
        "A’ cumail a’ dol às dèidh a’ chùrsa, agus an taic is na buidhnean faisg ort."
    ),
    "Setbacks and flare-ups": "Ceuman air ais is droch amannan",
    "People write a short plan for a flare-up: early signs, what helps, who to call.": (
        "Nì daoine plana goirid airson droch àm: comharran tràtha, na chuidicheas, cò ris a "
        "chuireas iad fòn."
    ),
    "What is near you": "Na tha faisg ort",
    (
        "The trainers share local groups, walking groups, carers centres and peer support. People "
        "add places they know."
    ): (
        "Ainmichidh na trèanaichean buidhnean ionadail, buidhnean coiseachd, ionadan luchd-cùraim "
        "is taic co-aoise. Cuiridh càch àiteachan eile ris."
    ),
    "What has changed for you since the first session?": (
        "Dè a dh’atharraich dhut bhon chiad seisean?"
    ),
    "Confidence ratings and farewells": "Rangachaidhean misneachd is soraidh slàn",
    (
        "People complete their end-of-course confidence rating, hear about volunteering and "
        "becoming a peer trainer, and say goodbye."
    ): (
        "Lìonaidh daoine an rangachadh misneachd deireannach, cluinnidh iad mu shaor-thoileachas "
        "is mu bhith nan trèanaichean co-aoise, agus fàgaidh iad beannachd aig a chèile."
    ),
    (
        "Mention the volunteering path warmly but without pressure. Several of our trainers "
        "started exactly here."
    ): (
        "Thoir iomradh blàth air slighe an t-saor-thoileachais, ach gun chuideam. Thòisich grunn "
        "de na trèanaichean againn dìreach an-seo."
    ),
    "Caring for Yourself Too": "Cùram dhut fhèin cuideachd",
    (
        "Four sessions for unpaid carers: looking after your own health, knowing your rights and "
        "planning ahead, with other carers who understand."
    ): (
        "Ceithir seiseanan do luchd-cùraim gun phàigheadh: a’ coimhead às dèidh do shlàinte fhèin, "
        "eòlas air do chòraichean agus planadh ro làimh, còmhla ri luchd-cùraim eile a thuigeas."
    ),
    (
        "Written by carers with a carers centre support worker and a community nurse. Whoever you "
        "look after, and however many hours you care, you are welcome."
    ): (
        "Air a sgrìobhadh le luchd-cùraim còmhla ri neach-taic bho ionad luchd-cùraim agus "
        "banaltram coimhearsnachd. Ge b’ e cò dha a bheir thu cùram, agus ge b’ e cia mheud uair a "
        "thìde, tha fàilte romhad."
    ),
    (
        "If you need someone to sit with the person you care for so that you can come, ask us: "
        "many local carers centres can help."
    ): (
        "Ma tha feum agad air cuideigin a dh’fhuireach leis an neach dha a bheir thu cùram gus an "
        "tig thu, faighnich dhinn: faodaidh iomadh ionad luchd-cùraim cuideachadh."
    ),
    "Your caring role and you": "Do dhreuchd chùraim agus thusa",
    "Recognising yourself as a carer and noticing what caring asks of you.": (
        "Ag aithneachadh gur e neach-cùraim a th’ annad, is na tha an cùram ag iarraidh ort."
    ),
    "Introductions and ground rules. People say who they care for only if they wish.": (
        "Eòlas air a chèile is riaghailtean bunaiteach. Innsidh daoine cò dha a bheir iad cùram, "
        "ma thogras iad."
    ),
    "A week in my shoes": "Seachdain nam bhrògan",
    (
        "People fill in a week's timeline of caring tasks, and then shade the time that is just "
        "for them."
    ): (
        "Lìonaidh daoine loidhne-ama seachdain de ghnìomhan cùraim, agus dathaichidh iad an uair "
        "sin an ùine a tha dhaibh fhèin a-mhàin."
    ),
    "When did you first think of yourself as a carer?": (
        "Cuin a smaoinich thu an toiseach gur e neach-cùraim a bh’ annad?"
    ),
    "What would you tell someone who is just starting out?": (
        "Dè a chanadh tu ri cuideigin a tha dìreach a’ tòiseachadh?"
    ),
    "One thing for me": "Aon rud dhomh fhìn",
    "Each person plans one small thing for themselves this week.": (
        "Planaichidh gach neach aon rud beag dhaibh fhèin an t-seachdain seo."
    ),
    "Many carers feel guilty talking about their own needs. Name that gently and often.": (
        "Tha mòran luchd-cùraim a’ faireachdainn ciontach a’ bruidhinn mum feuman. Ainmich sin gu "
        "socair is gu tric."
    ),
    "Your rights and the support available": "Do chòraichean agus an taic a tha ri fhaighinn",
    "Adult carer support plans, carers centres and short breaks in Scotland.": (
        "Planaichean taic luchd-cùraim inbheach, ionadan luchd-cùraim is amannan-fois ann an Alba."
    ),
    (
        "In Scotland, the Carers (Scotland) Act 2016 gives every adult carer the right to an adult "
        "carer support plan, which looks at what matters to you and what support you are eligible "
        "for."
    ): (
        "Ann an Alba, tha an Carers (Scotland) Act 2016 a’ toirt còir do gach neach-cùraim "
        "inbheach air plana taic neach-cùraim inbheach, a bheir sùil air na tha cudromach dhut "
        "agus dè an taic air a bheil còir agad."
    ),
    "What support exists?": "Dè an taic a tha ann?",
    (
        "The trainers go through adult carer support plans, carers centres, short breaks and "
        "Carer's Allowance, with local contacts."
    ): (
        "Thèid na trèanaichean tro phlanaichean taic luchd-cùraim inbheach, ionadan luchd-cùraim, "
        "amannan-fois agus Carer's Allowance, le fiosrachadh conaltraidh ionadail."
    ),
    "Practising the conversation": "A’ cleachdadh a’ chòmhraidh",
    (
        "In pairs, people practise asking for a carer support plan, using prompts about their own "
        "health, work and time off."
    ): (
        "Ann an càraidean, cleachdaidh daoine mar a dh’iarras iad plana taic neach-cùraim, le "
        "ceistean-cuideachaidh mun slàinte fhèin, obair is ùine dheth."
    ),
    "What has made it easier, or harder, to ask for help?": (
        "Dè a rinn e na b’ fhasa, no na bu duilghe, cuideachadh iarraidh?"
    ),
    (
        "Rules on benefits change; point people to the carers centre or a welfare rights adviser "
        "for individual advice."
    ): (
        "Bidh riaghailtean shochairean ag atharrachadh; stiùir daoine chun an ionaid luchd-cùraim "
        "no gu comhairliche sochairean airson comhairle phearsanta."
    ),
    "Looking after your own health": "A’ coimhead às dèidh do shlàinte fhèin",
    "Sleep, stress, lifting and your own appointments.": (
        "Cadal, cuideam, togail agus na coinneamhan agad fhèin."
    ),
    "Check-in": "Sùil air ais",
    "How did the one thing for me go?": "Ciamar a chaidh le “aon rud dhomh fhìn”?",
    "Stress signals": "Comharraidhean cuideim",
    "People list their own early signs of stress and what helps.": (
        "Nì daoine liosta de na comharran tràtha cuideim aca fhèin is dè a chuidicheas."
    ),
    "Keeping your own appointments": "A’ cumail nan coinneamhan agad fhèin",
    (
        "Planning how to keep your own health checks when caring makes it hard, including telling "
        "your GP practice that you are a carer."
    ): (
        "A’ planadh mar a chumas tu na sgrùdaidhean slàinte agad nuair a tha an cùram ga dhèanamh "
        "doirbh, is ag innse don lèigh-lann GP agad gur e neach-cùraim a th’ annad."
    ),
    "Who looks after you?": "Cò tha a’ coimhead às do dhèidh-sa?",
    "A plan for the coming week.": "Plana airson na seachdain a tha romhainn.",
    "Have information about Breathing Space and local carers centres ready.": (
        "Biodh fiosrachadh deiseil agad mu Breathing Space agus ionadan luchd-cùraim ionadail."
    ),
    "Planning for emergencies and the future": "A’ planadh airson èiginn agus an àm ri teachd",
    "An emergency plan, and thinking about what happens next.": (
        "Plana-èiginn, agus a’ beachdachadh air na thachras an ath rud."
    ),
    "How did the week go?": "Ciamar a chaidh an t-seachdain?",
    "My emergency plan": "Mo phlana-èiginn",
    (
        "People start an emergency plan: who to call, medicines, routines and what the person they "
        "care for likes."
    ): (
        "Tòisichidh daoine air plana-èiginn: cò ris a chuirear fòn, cungaidhean, gnàthasan agus na "
        "thaitneas ris an neach dha a bheir iad cùram."
    ),
    "Emergency plan forms": "Foirmean plana-èiginn",
    "What would you like to be different a year from now?": (
        "Dè bu toil leat a bhith eadar-dhealaichte bliadhna bho seo?"
    ),
    "Confidence ratings and next steps": "Rangachaidhean misneachd is na h-ath cheuman",
    "End-of-course ratings, local peer support groups and a chance to hear about volunteering.": (
        "Rangachaidhean deireadh a’ chùrsa, buidhnean taic co-aoise ionadail agus cothrom "
        "cluinntinn mu shaor-thoileachas."
    ),
    (
        "Emergency plans can raise worries about the future. Leave time at the end for anyone who "
        "wants to talk."
    ): (
        "Faodaidh planaichean-èiginn iomagain a dhùsgadh mun àm ri teachd. Fàg ùine aig an "
        "deireadh do dhuine sam bith a tha airson bruidhinn."
    ),
    "Supporting Self Management in Practice": "A’ toirt taic do dh’fhèin-stiùireadh san obair",
    (
        "A self-paced CPD module for health and care staff, shaped by people living with long-term "
        "conditions: what helps them manage their own health, and how you can help."
    ): (
        "Modal CPD aig do luaths fhèin do luchd-obrach slàinte is cùraim, air a chumadh le daoine "
        "a tha beò le tinneasan fad-ùine: dè a chuidicheas iad an slàinte fhèin a stiùireadh, agus "
        "mar as urrainn dhutsa cuideachadh."
    ),
    (
        "Work through the three modules at your own pace; each takes about an hour. At the end you "
        "write a short reflection, which goes into your CPD log with the hours."
    ): (
        "Obraich tro na trì modalan aig do luaths fhèin; bheir gach fear mu uair a thìde. Aig an "
        "deireadh sgrìobhaidh tu meòrachadh goirid, a thèid dhan loga CPD agad leis na h-uairean."
    ),
    "What people living with conditions told us": (
        "Na dh’innis daoine a tha beò le tinneasan dhuinn"
    ),
    "The things that made a difference, in people's own words.": (
        "Na rudan a rinn diofar, ann am faclan dhaoine fhèin."
    ),
    (
        "People living with long-term conditions spend a few hours a year with health "
        "professionals and the rest of the time managing on their own. This module starts from "
        "what they told us helps in that time."
    ): (
        "Bidh daoine a tha beò le tinneasan fad-ùine a’ cur seachad beagan uairean sa bhliadhna le "
        "luchd-dreuchd slàinte, agus an còrr den ùine a’ riaghladh chùisean leotha fhèin. "
        "Tòisichidh am modal seo bho na dh’innis iad dhuinn a chuidicheas san ùine sin."
    ),
    "Reading: three short stories": "Leughadh: trì sgeulachdan goirid",
    (
        "Read the three stories from people living with COPD, diabetes and chronic pain. Note one "
        "thing in each that surprised you."
    ): (
        "Leugh na trì sgeulachdan bho dhaoine a tha beò le COPD, tinneas an t-siùcair agus pian "
        "fad-ùine. Sgrìobh sìos aon rud anns gach tè a chuir iongnadh ort."
    ),
    (
        "Think of a recent conversation with someone you support. What did they already know about "
        "managing their condition?"
    ): (
        "Smaoinich air còmhradh o chionn ghoirid le cuideigin a tha thu a’ cuideachadh. Dè bha "
        "fios aca mu thràth mu bhith a’ stiùireadh an tinneis aca?"
    ),
    "Listening: a peer trainer on her first course": (
        "Èisteachd: trèanaiche co-aoise air a’ chiad chùrsa aice"
    ),
    (
        "Listen to the recording (a transcript is below it) and note what made her come back for "
        "the second week."
    ): (
        "Èist ris a’ chlàradh (tha tar-sgrìobhadh fodha) agus sgrìobh sìos dè thug oirre tilleadh "
        "airson na dàrna seachdain."
    ),
    "Reflection": "Meòrachadh",
    (
        "Write down two moments in your practice where you could have asked more about what the "
        "person already does."
    ): (
        "Sgrìobh sìos dà àm nad obair far am b’ urrainn dhut barrachd fhaighneachd mu na tha an "
        "neach a’ dèanamh mu thràth."
    ),
    "Good conversations: asking what matters": (
        "Deagh chòmhraidhean: a’ faighneachd dè tha cudromach"
    ),
    "Practical ways to start from the person's own goals.": (
        "Dòighean practaigeach gus tòiseachadh bho amasan an neach fhèin."
    ),
    (
        "Asking \"what matters to you?\" rather than \"what is the matter with you?\" shifts a "
        "conversation towards the person's own goals."
    ): (
        "Ma dh’fhaighnicheas tu “dè tha cudromach dhut?” seach “dè tha ceàrr ort?”, gluaisidh an "
        "còmhradh gu amasan an neach fhèin."
    ),
    "Spot the difference": "Lorg an diofar",
    (
        "Compare two written consultation transcripts and mark where the person's own priorities "
        "come through."
    ): (
        "Dèan coimeas eadar dà thar-sgrìobhadh de choinneamhan agus comharraich far a bheil "
        "prìomhachasan an neach fhèin a’ nochdadh."
    ),
    "Practice": "Cleachdadh",
    "Write three open questions you could use in your next appointment.": (
        "Sgrìobh trì ceistean fosgailte a b’ urrainn dhut a chleachdadh san ath choinneimh agad."
    ),
    "Try it out": "Feuch e",
    (
        "Ask a colleague one of your questions and listen without offering advice for two minutes. "
        "Swap over."
    ): (
        "Faighnich aon de do cheistean do cho-obraiche is èist fad dà mhionaid gun chomhairle a "
        "thoirt. An uair sin, atharraich na pàirtean."
    ),
    "What stops these conversations happening in your setting?": (
        "Dè tha a’ bacadh nan còmhraidhean seo far a bheil thu ag obair?"
    ),
    "Working alongside peer support and the third sector": (
        "Ag obair còmhla ri taic co-aoise agus an treas roinn"
    ),
    "Signposting to local groups and peer-led courses.": (
        "Stiùireadh gu buidhnean ionadail is cùrsaichean co-aoise."
    ),
    (
        "Peer-led courses and local groups reach people in ways services cannot. Knowing what is "
        "near your patients makes signposting real."
    ): (
        "Ruigidh cùrsaichean co-aoise is buidhnean ionadail daoine mar nach urrainn do "
        "sheirbheisean. Ma tha fios agad dè tha faisg air d’ euslaintich, bidh brìgh nad "
        "stiùireadh."
    ),
    "Mapping what is near you": "A’ mapadh na tha faisg ort",
    (
        "Find three local groups or courses for people you support and note how someone would join "
        "each."
    ): (
        "Lorg trì buidhnean no cùrsaichean ionadail do dhaoine a tha thu a’ cuideachadh, is "
        "sgrìobh mar a ghabhar pàirt anns gach fear."
    ),
    "Planning a referral": "A’ planadh tar-chuir",
    (
        "Choose one person you support who might join a peer-led course and plan how you would "
        "mention it."
    ): (
        "Tagh aon neach a tha thu a’ cuideachadh a dh’fhaodadh cùrsa co-aoise a ghabhail, is "
        "planaich mar a bheireadh tu iomradh air."
    ),
    "Final reflection": "Meòrachadh deireannach",
    "Write about one change you will make in your practice.": (
        "Sgrìobh mu aon atharrachadh a nì thu nad obair."
    ),
    "About us": "Mu ar deidhinn",
    (
        "Living Well Together is a demonstration network of local groups that run self-management "
        "courses with, and not just for, the people who take them."
    ): (
        "’S e lìonra taisbeanaidh de bhuidhnean ionadail a th’ ann an Living Well Together, a "
        "bhios a’ ruith chùrsaichean fèin-stiùiridh còmhla ris na daoine a ghabhas iad, chan ann "
        "dìreach air an son."
    ),
    "Courses written with people, not for them": (
        "Cùrsaichean air an sgrìobhadh le daoine, chan ann air an son"
    ),
    (
        "Every course here was designed by people living with long-term conditions and unpaid "
        "carers, working together with health and care professionals. Many of our trainers took a "
        "course first."
    ): (
        "Chaidh gach cùrsa an-seo a dhealbhadh le daoine a tha beò le tinneasan fad-ùine agus "
        "luchd-cùraim gun phàigheadh, ag obair còmhla ri luchd-dreuchd slàinte is cùraim. Ghabh "
        "mòran de na trèanaichean againn cùrsa an toiseach."
    ),
    (
        "All our courses are free. Tell us what would help you take part, from step-free access to "
        "large print."
    ): (
        "Tha na cùrsaichean againn uile an-asgaidh. Innis dhuinn dè a chuidicheadh thu gus pàirt a "
        "ghabhail, bho shlighe gun cheuman gu clò mòr."
    ),
    "Find a course": "Lorg cùrsa",
    "Confidence in managing my health (demo)": (
        "Misneachd gus mo shlàinte a stiùireadh (taisbeanadh)"
    ),
    (
        "For each statement, choose the number that matches how confident you feel today. There "
        "are no right or wrong answers, and you can skip any statement."
    ): (
        "Airson gach aithris, tagh an àireamh a fhreagras air cho misneachail ’s a tha thu a’ "
        "faireachdainn an-diugh. Chan eil freagairtean ceart no ceàrr ann, agus faodaidh tu "
        "aithris sam bith fhàgail às."
    ),
    "Not at all confident": "Gun mhisneachd idir",
    "Completely confident": "Làn mhisneachd",
    "I know where to find support when my health gets harder to manage.": (
        "Tha fios agam càit am faigh mi taic ma dh’fhàsas mo shlàinte nas duilghe a stiùireadh."
    ),
    "I can plan my day so that I have energy for what matters to me.": (
        "’S urrainn dhomh mo latha a phlanadh gus am bi lùth agam dha na tha cudromach dhomh."
    ),
    "I can talk with health and care staff about what I want from my care.": (
        "’S urrainn dhomh innse do luchd-obrach slàinte is cùraim dè tha mi ag iarraidh bhom "
        "chùram."
    ),
    "I can notice early signs that I need to slow down or ask for help.": (
        "’S urrainn dhomh aithneachadh tràth gum feum mi maillachadh no cobhair iarraidh."
    ),
    "I can do things that lift my mood when I am feeling low.": (
        "’S urrainn dhomh rudan a dhèanamh a thogas mo spiorad is mi ìosal."
    ),
    "I feel able to share what I have learned with people in a similar situation.": (
        "Tha mi a’ faireachdainn comasach air na dh’ionnsaich mi a roinn le daoine ann an "
        "suidheachadh coltach."
    ),
}
