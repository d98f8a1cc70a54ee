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
        "You take this course on your own, online, whenever it suits you. It has three modules of "
        "about an hour each, three hours in all, and you can stop at any point and come back "
        "later."
    ): (
        "Gabhaidh tu an cùrsa seo leat fhèin, air loidhne, uair sam bith a fhreagras ort. Tha trì "
        "modalan ann, mu uair a thìde an urra, trì uairean a thìde uile gu lèir, agus faodaidh tu "
        "stad aig àm sam bith is tilleadh thuige a-rithist."
    ),
    (
        "Each module has short case studies to read, exercises to try in your own practice, a "
        "question to reflect on and five questions to check your understanding. The times given "
        "are a guide: some people take longer over the exercises, and that is fine. Your notes are "
        "private to you."
    ): (
        "Anns gach modal tha sgrùdaidhean-cùise goirid ri leughadh, eacarsaichean rim feuchainn "
        "nad obair fhèin, ceist airson meòrachadh oirre agus còig ceistean gus do thuigse a "
        "dhearbhadh. Chan eil sna h-amannan ach stiùireadh: bheir cuid barrachd ùine air na "
        "h-eacarsaichean, agus tha sin ceart gu leòr. Chan fhaic duine eile na notaichean agad."
    ),
    (
        "When you have finished all three modules, you write a short reflection, which goes into "
        "your CPD log with the three hours."
    ): (
        "Nuair a bhios na trì modalan deiseil agad, sgrìobhaidh tu meòrachadh goirid, a thèid dhan "
        "loga CPD agad còmhla ris na trì uairean a thìde."
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
    (
        "Before you read on: what do you think helps people most in the time between their "
        "appointments? Write down your first thoughts; you will come back to them at the end."
    ): (
        "Mus lean thu ort a’ leughadh: dè, nad bheachd-sa, as motha a chuidicheas daoine san ùine "
        "eadar an coinneamhan? Sgrìobh sìos a’ chiad smuaintean agad; tillidh tu thuca aig an "
        "deireadh."
    ),
    "There is no right answer. A few words are enough.": (
        "Chan eil freagairt cheart ann. Tha beagan fhaclan gu leòr."
    ),
    "Donnie, living with COPD": "Donnie, a tha beò le COPD",
    "Donnie is 68 and lives outside Dingwall. He has had COPD for eleven years.": (
        "Tha Donnie 68 bliadhna a dh’aois agus tha e a’ fuireach taobh a-muigh Inbhir Pheofharain. "
        "Tha COPD air o chionn aon bhliadhna deug."
    ),
    (
        "\"The nurse sees me once a year, for twenty minutes. The other three hundred and "
        "sixty-four days, it's me and my wife that deal with it. I know which days I can get to "
        "the shop and which days I can't. I know a chest infection is coming before a doctor could "
        "hear it.\""
    ): (
        "“Chì a’ bhanaltram mi aon turas sa bhliadhna, fad fichead mionaid. Na trì ceud, seasgad "
        "’s a ceithir latha eile, ’s e mise is mo bhean a bhios a’ dèiligeadh ris. Tha fios agam "
        "dè na làithean a ruigeas mi a’ bhùth agus dè na làithean nach ruig. Tha fios agam gu "
        "bheil galar sa bhroilleach a’ tighinn mus b’ urrainn do dhotair a chluinntinn.”"
    ),
    (
        "What helped most, he says, was a nurse who asked what he had noticed before his last "
        "three chest infections, and wrote it into his plan in his own words."
    ): (
        "’S e an rud a chuidich as motha, tha e ag ràdh, banaltram a dh’fhaighnich dè a mhothaich "
        "e ro na trì galaran-broillich mu dheireadh aige, agus a sgrìobh sin sa phlana aige na "
        "fhaclan fhèin."
    ),
    (
        "How much Donnie knows about his own condition, and what changed when a nurse treated that "
        "knowledge as part of his care."
    ): (
        "Cho mòr ’s a tha fios aig Donnie mun tinneas aige fhèin, agus dè a dh’atharraich nuair a "
        "ghabh banaltram ris an eòlas sin mar phàirt den chùram aige."
    ),
    "Priya, living with type 2 diabetes": "Priya, a tha beò le tinneas an t-siùcair seòrsa 2",
    (
        "Priya is 54, works shifts in a care home in Paisley and was told she had type 2 diabetes "
        "four years ago."
    ): (
        "Tha Priya 54 bliadhna a dh’aois, bidh i ag obair air sioftaichean ann an taigh-cùraim ann "
        "am Pàislig, agus chaidh innse dhi o chionn ceithir bliadhna gun robh tinneas an t-siùcair "
        "seòrsa 2 oirre."
    ),
    (
        "\"For the first year I felt told off at every appointment. My numbers were always too "
        "high and I was always going to try harder. Nobody asked what my week looked like: nights, "
        "days, eating at three in the morning.\""
    ): (
        "“Sa chiad bhliadhna, bha mi a’ faireachdainn mar gun robh mi a’ faighinn trod aig a "
        "h-uile coinneamh. Bha na h-àireamhan agam an-còmhnaidh ro àrd, agus bha mi an-còmhnaidh "
        "a’ dol a dh’fheuchainn nas cruaidhe. Cha do dh’fhaighnich duine cò ris a bha an "
        "t-seachdain agam coltach: oidhcheannan, làithean, ag ithe aig trì uairean sa mhadainn.”"
    ),
    (
        "Things changed on a group course led by a woman who also worked shifts. Together they "
        "worked out what Priya could actually change. It was small: a packed meal for night "
        "shifts, a walk when she got home. Her numbers came down slowly, and she stopped dreading "
        "her reviews."
    ): (
        "Dh’atharraich cùisean air cùrsa buidhne air a stiùireadh le boireannach a bha cuideachd "
        "ag obair air sioftaichean. Còmhla, dh’obraich iad a-mach dè b’ urrainn do Priya "
        "atharrachadh da-rìribh. Bha e beag: biadh deiseil airson sioftaichean na h-oidhche, "
        "cuairt nuair a thigeadh i dhachaigh. Thàinig na h-àireamhan aice sìos gu slaodach, agus "
        "cha robh eagal oirre tuilleadh ro na sgrùdaidhean aice."
    ),
    (
        "That the advice Priya had been given was not wrong, but did not fit her life; and who "
        "helped her make it fit."
    ): (
        "Nach robh a’ chomhairle a fhuair Priya ceàrr, ach nach robh i a’ freagairt air a beatha; "
        "agus cò a chuidich i ga dèanamh freagarrach dhi."
    ),
    "Morven, living with chronic pain": "Morven, a tha beò le pian fad-ùine",
    (
        "Morven is 39, has two children and has lived with pain in her back and hips since a car "
        "accident seven years ago."
    ): (
        "Tha Morven 39 bliadhna a dh’aois, tha dithis chloinne aice, agus tha i air a bhith beò le "
        "pian na druim is na cruachainnean bho thubaist càir o chionn seachd bliadhna."
    ),
    (
        "\"I've had every scan going. What I wanted was for someone to say: this is real, it's not "
        "going away, so let's talk about how you live with it. The day a physio said that, I cried "
        "in the car park. Then I started pacing, and I got some of my life back.\""
    ): (
        "“Fhuair mi a h-uile sgan a th’ ann. ’S e na bha mi ag iarraidh gun canadh cuideigin: tha "
        "seo fìor, chan eil e a’ dol a dh’fhalbh, mar sin bruidhnidh sinn air mar a bhios tu beò "
        "leis. An latha a thuirt fiosaigeòlaiche sin, ghuil mi sa phàirc-chàraichean. An uair sin "
        "thòisich mi a’ riaghladh m’ astair, agus fhuair mi pàirt de mo bheatha air ais.”"
    ),
    (
        "She now helps to run a pain support group in her town. People come for the tips, she "
        "says, and come back because they are believed."
    ): (
        "A-nis tha i a’ cuideachadh le buidheann-taice pian a ruith sa bhaile aice. Thig daoine "
        "airson nan comhairlean, tha i ag ràdh, agus tillidh iad a chionn ’s gu bheilear gan "
        "creidsinn."
    ),
    "What Morven needed before any advice could help her, and what she now offers other people.": (
        "Dè a bha a dhìth air Morven mus b’ urrainn do chomhairle sam bith a cuideachadh, agus na "
        "tha i a-nis a’ tabhann do dhaoine eile."
    ),
    (
        "Between them, Donnie, Priya and Morven describe three things that come up again and "
        "again: being treated as the expert in your own life, advice that fits the life you "
        "actually have, and being believed. None of them needs more appointments. They depend on "
        "how the time you already have is used."
    ): (
        "Eatarra, tha Donnie, Priya agus Morven a’ toirt iomradh air trì rudan a thig am bàrr "
        "a-rithist ’s a-rithist: gun tèid do làimhseachadh mar an t-eòlaiche air do bheatha fhèin, "
        "comhairle a fhreagras air a’ bheatha a th’ agad da-rìribh, agus gun tèid do chreidsinn. "
        "Chan fheum gin dhiubh barrachd choinneamhan. Tha iad an urra ri mar a thèid an ùine a th’ "
        "agad mu thràth a chleachdadh."
    ),
    "What do you already know?": "Dè tha fios agad mu thràth?",
    (
        "Think of three people you have supported recently who live with a long-term condition. Do "
        "not write their names or anything that could identify them."
    ): (
        "Smaoinich air triùir a chuidich thu o chionn ghoirid a tha beò le tinneas fad-ùine. Na "
        "sgrìobh an ainmean no dad a dh’fhaodadh innse cò iad."
    ),
    (
        "For each of them, write down what they already do to manage their condition day to day, "
        "as far as you know. Then write one thing you do not know and could ask about next time."
    ): (
        "Airson gach fear is tè dhiubh, sgrìobh sìos na tha iad a’ dèanamh mu thràth gus an "
        "tinneas aca a stiùireadh bho latha gu latha, cho fad ’s as aithne dhut. An uair sin "
        "sgrìobh aon rud nach eil fios agad air agus a b’ urrainn dhut fhaighneachd an ath thuras."
    ),
    "If you find you know very little, that is common: it is the point of the exercise.": (
        "Ma chì thu nach eil mòran fios agad, tha sin cumanta: ’s e sin brìgh na h-eacarsaich."
    ),
    "What you know, and what you could ask": "Na tha fios agad, is na b’ urrainn dhut fhaighneachd",
    (
        "Look back at what you wrote before reading the stories. What would you add or change now? "
        "Think of one moment in your own practice when asking more about what the person already "
        "does would have changed the conversation."
    ): (
        "Thoir sùil air ais air na sgrìobh thu mus do leugh thu na sgeulachdan. Dè a chuireadh tu "
        "ris no a dh’atharraicheadh tu a-nis? Smaoinich air aon àm nad obair fhèin far am biodh an "
        "còmhradh air atharrachadh nan robh thu air barrachd fhaighneachd mu na tha an neach a’ "
        "dèanamh mu thràth."
    ),
    "Keep your notes short. You can use them later for the reflection in your CPD log.": (
        "Cùm na notaichean agad goirid. Faodaidh tu an cleachdadh an ceann greis airson a’ "
        "mheòrachaidh san loga CPD agad."
    ),
    "Key points": "Prìomh phuingean",
    (
        "People living with long-term conditions do most of the managing themselves, between "
        "appointments."
    ): (
        "Bidh daoine a tha beò le tinneasan fad-ùine a’ dèanamh a’ mhòr-chuid den stiùireadh iad "
        "fhèin, eadar coinneamhan."
    ),
    (
        "They often know their early signs, their patterns and what works for them: ask, and use "
        "it in the plan."
    ): (
        "Gu tric, tha fios aca air na comharran tràtha aca, air na pàtranan aca agus air na tha ag "
        "obair dhaibh: faighnich, agus cleachd sin sa phlana."
    ),
    "Advice that does not fit someone's life is unlikely to be followed, however good it is.": (
        "Chan eil coltas gun tèid comhairle a leantainn mura freagair i air beatha an neach, ge b’ "
        "e dè cho math ’s a tha i."
    ),
    "Being believed and treated as an equal can matter as much as any treatment.": (
        "Faodaidh e a bhith a cheart cho cudromach ri leigheas sam bith gun tèid do chreidsinn "
        "agus do làimhseachadh mar neach co-ionann."
    ),
    "Five questions on this module. To pass, get four of the five right.": (
        "Còig ceistean air a’ mhodal seo. Gus a dhol troimhe, faigh ceithir às na còig ceart."
    ),
    "In Donnie's story, what helped him most?": (
        "Ann an sgeulachd Donnie, dè a chuidich e as motha?"
    ),
    "A nurse who wrote his own early signs of an infection into his plan": (
        "Banaltram a sgrìobh na comharran tràtha aige fhèin air galar sa phlana aige"
    ),
    (
        "Right. Donnie knew the signs of a chest infection before anyone could hear it; his plan "
        "became useful when it was written in his own words."
    ): (
        "Ceart. Bha fios aig Donnie air comharran galar-broillich mus b’ urrainn do dhuine sam "
        "bith a chluinntinn; bha feum sa phlana aige nuair a chaidh a sgrìobhadh na fhaclan fhèin."
    ),
    "Seeing the practice nurse more often": "A bhith a’ faicinn banaltram na lèigh-lainn nas trice",
    (
        "Not quite. Donnie sees the nurse for twenty minutes a year. What helped was how that time "
        "was used, not more of it."
    ): (
        "Chan ann buileach. Chì Donnie a’ bhanaltram fad fichead mionaid sa bhliadhna. ’S e na "
        "chuidich mar a chaidh an ùine sin a chleachdadh, chan e barrachd dhith."
    ),
    "A new inhaler": "Inneal-analach ùr",
    (
        "No. His story is not about medicines: it is about a nurse treating what Donnie had "
        "noticed as part of his care."
    ): (
        "Chan e. Chan ann mu chungaidhean a tha an sgeulachd aige: tha i mu bhanaltram a ghabh ris "
        "na mhothaich Donnie mar phàirt den chùram aige."
    ),
    "Priya's early advice was wrong, and that is why it did not help her.": (
        "Bha a’ chiad chomhairle a fhuair Priya ceàrr, agus ’s ann air sgàth sin nach do chuidich "
        "i Priya."
    ),
    (
        "Not quite. The advice was sound, but it did not fit a life of night shifts. It helped "
        "once she worked out, with someone who knew shift work, what she could actually change."
    ): (
        "Chan ann buileach. Bha a’ chomhairle ceart, ach cha robh i a’ freagairt air beatha de "
        "shioftaichean oidhche. Chuidich i nuair a dh’obraich Priya a-mach, còmhla ri cuideigin a "
        "thuig obair shioftaichean, dè b’ urrainn dhi atharrachadh da-rìribh."
    ),
    "Right. The advice was not wrong; it did not fit her week. Making it fit is what helped.": (
        "Ceart. Cha robh a’ chomhairle ceàrr; cha robh i a’ freagairt air an t-seachdain aice. ’S "
        "e a dèanamh freagarrach a chuidich."
    ),
    "Why, in Morven's words, do people keep coming back to her support group?": (
        "Carson, ann am faclan Morven, a bhios daoine a’ tilleadh don bhuidhinn-taice aice "
        "a-rithist ’s a-rithist?"
    ),
    "Because they are believed": "Air sgàth ’s gu bheilear gan creidsinn",
    "Right. People may come for the tips, but being believed is what brings them back.": (
        "Ceart. Faodaidh daoine tighinn airson nan comhairlean, ach ’s e gu bheilear gan creidsinn "
        "a bheir air ais iad."
    ),
    "Because the group gives medical advice": (
        "Air sgàth ’s gu bheil a’ bhuidheann a’ toirt comhairle leighis"
    ),
    (
        "No. A peer support group shares experience, not medical advice, and Morven does not say "
        "that it does."
    ): (
        "Chan ann. Bidh buidheann taic co-aoise a’ roinn eòlais, chan e comhairle leighis, agus "
        "chan eil Morven ag ràdh gu bheil."
    ),
    "Because their GP asks them to": "Air sgàth ’s gu bheil an GP aca ag iarraidh orra",
    "No. Nothing in Morven's story says so: people choose to come back.": (
        "Chan ann. Chan eil dad ann an sgeulachd Morven ag ràdh sin: ’s e daoine fhèin a "
        "roghnaicheas tilleadh."
    ),
    (
        "Most of the managing of a long-term condition happens between appointments, done by the "
        "person and those close to them."
    ): (
        "Tha a’ mhòr-chuid de stiùireadh tinneas fad-ùine a’ tachairt eadar coinneamhan, air a "
        "dhèanamh leis an neach fhèin agus leis an fheadhainn a tha faisg orra."
    ),
    (
        "Right. People spend a few hours a year with professionals; the rest of the year, they and "
        "their families manage it themselves."
    ): (
        "Ceart. Bidh daoine a’ cur seachad beagan uairean sa bhliadhna le luchd-dreuchd; an còrr "
        "den bhliadhna, ’s iad fhèin is an teaghlaichean a bhios ga stiùireadh."
    ),
    (
        "Not quite. People spend only a few hours a year with professionals. Most of the managing "
        "is theirs, between appointments."
    ): (
        "Chan ann buileach. Chan eil daoine a’ cur seachad ach beagan uairean sa bhliadhna le "
        "luchd-dreuchd. ’S ann orrasan a tha a’ mhòr-chuid den stiùireadh, eadar coinneamhan."
    ),
    (
        "You have reviewed someone's condition every year for a long time. What is the best way to "
        "begin this year's review?"
    ): (
        "Tha thu air sgrùdadh a dhèanamh air tinneas cuideigin gach bliadhna o chionn fhada. Dè an "
        "dòigh as fheàrr air sgrùdadh na bliadhna seo a thòiseachadh?"
    ),
    "Ask what they do to manage it day to day, and what they have noticed": (
        "Faighnich dè bhios iad a’ dèanamh gus a stiùireadh bho latha gu latha, agus dè a "
        "mhothaich iad"
    ),
    (
        "Right. Years of living with a condition bring knowledge you can build on, and asking "
        "shows that you value it."
    ): (
        "Ceart. Bheir bliadhnaichean de bhith beò le tinneas eòlas as urrainn dhut togail air, "
        "agus le bhith a’ faighneachd, seallaidh tu gu bheil thu a’ cur luach air."
    ),
    "Go through the usual advice again, in case they have forgotten it": (
        "Dol tron chomhairle àbhaisteach a-rithist, air eagal ’s gun do dhìochuimhnich iad i"
    ),
    (
        "Not the best start. Advice heard many times rarely helps when repeated; finding out what "
        "they already do is a better place to begin."
    ): (
        "Chan e sin an toiseach as fheàrr. Is ainneamh a chuidicheas comhairle a chaidh a "
        "chluinntinn iomadh turas nuair a thèid a h-aithris a-rithist; ’s e àite nas fheàrr airson "
        "tòiseachadh faighinn a-mach dè tha iad a’ dèanamh mu thràth."
    ),
    "Keep to the review template so that nothing is missed": (
        "Cumail ri teamplaid an sgrùdaidh gus nach tèid dad a chall"
    ),
    (
        "Templates make sure the checks are done, but they do not tell you what the person knows "
        "or wants. Start from the person, and the checks can still be covered."
    ): (
        "Nì teamplaidean cinnteach gun tèid na deuchainnean a dhèanamh, ach chan innis iad dhut dè "
        "as aithne don neach no dè a tha a dhìth air. Tòisich bhon neach, agus faodar na "
        "deuchainnean a dhèanamh fhathast."
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
    (
        "Below are two versions of the same yearly review. Ewan is 64 and has had COPD for six "
        "years. In both, the nurse is the same, with the same twenty minutes and the same checks "
        "to do. Read them one after the other."
    ): (
        "Gu h-ìosal tha dà dhreach den aon sgrùdadh bliadhnail. Tha Ewan 64 bliadhna a dh’aois "
        "agus tha COPD air o chionn sia bliadhna. Anns an dà dhreach, ’s i an aon bhanaltram a th’ "
        "ann, leis na h-aon fichead mionaid agus na h-aon deuchainnean ri dhèanamh. Leugh iad, "
        "fear às dèidh fir."
    ),
    "The review, first version": "An sgrùdadh, a’ chiad dreach",
    "Ewan's yearly COPD review at his GP practice. The nurse leads.": (
        "Sgrùdadh bliadhnail COPD Ewan aig an lèigh-lann GP aige. Tha a’ bhanaltram a’ stiùireadh."
    ),
    "Nurse": "Banaltram",
    (
        "Morning, Ewan, have a seat. This is your yearly COPD review, so I'll check your breathing "
        "and your inhalers and we'll go through everything."
    ): (
        "Madainn mhath, Ewan, dèan suidhe. Seo an sgrùdadh bliadhnail agad airson COPD, mar sin "
        "bheir mi sùil air d’ analachadh is air na h-innealan-analach agad, agus thèid sinn tro a "
        "h-uile càil."
    ),
    "Ewan": "Ewan",
    "Right you are.": "Ceart gu leòr.",
    "Are you still smoking?": "A bheil thu a’ smocadh fhathast?",
    "I'm down to five a day.": "Tha mi sìos gu còig san latha.",
    (
        "You really need to stop altogether. It's the best thing you can do for your lungs. I'll "
        "refer you to the stop-smoking service."
    ): (
        "Feumaidh tu sgur dheth uile gu lèir. ’S e sin an rud as fheàrr as urrainn dhut a dhèanamh "
        "airson do sgamhanan. Cuiridh mi thu gu seirbheis sguir a’ smocaidh."
    ),
    "I've been before.": "Bha mi ann roimhe.",
    "And how often are you using the blue inhaler?": (
        "Agus an t-inneal-analach gorm: dè cho tric ’s a tha thu ga chleachdadh?"
    ),
    "A fair bit. More when I'm out with the dog.": (
        "Gu math tric. Nas trice nuair a bhios mi a-muigh leis a’ chù."
    ),
    (
        "You should be walking every day; it's good for your lungs. Have you heard of pulmonary "
        "rehab? It's a six-week class at the hospital."
    ): (
        "Bu chòir dhut a bhith a’ coiseachd a h-uile latha; tha e math dha na sgamhanan. An cuala "
        "tu mu ath-shlànachadh nan sgamhan? ’S e clas sia seachdainean a th’ ann aig an ospadal."
    ),
    "The hospital's two buses away.": "Tha an t-ospadal dà bhus air falbh.",
    "It's worth it. I'll put the referral in. Any questions?": (
        "Is fhiach e. Cuiridh mi a-steach an tar-chur. Ceistean sam bith?"
    ),
    "No, that's fine.": "Chan eil, tha sin ceart gu leòr.",
    (
        "Who does most of the talking; where advice comes before the nurse knows what Ewan wants; "
        "the dog and the buses, and what happens to them; and how likely Ewan is to go to either "
        "appointment."
    ): (
        "Cò a tha a’ bruidhinn as motha; far an tig comhairle mus eil fios aig a’ bhanaltram dè "
        "tha Ewan ag iarraidh; an cù agus na busaichean, is dè thachras dhaibh; agus dè cho "
        "coltach ’s a tha e gun tèid Ewan gu aon seach aon de na coinneamhan."
    ),
    "The review, second version": "An sgrùdadh, an dàrna dreach",
    (
        "The same review, with the same nurse and the same checks. This time the nurse starts by "
        "asking what Ewan wants from it."
    ): (
        "An aon sgrùdadh, leis an aon bhanaltram agus na h-aon deuchainnean. An turas seo, "
        "tòisichidh a’ bhanaltram le bhith a’ faighneachd dè tha Ewan ag iarraidh às."
    ),
    "Morning, Ewan. Before we get to the checks, what would you like to get out of today?": (
        "Madainn mhath, Ewan. Mus tig sinn gu na deuchainnean, dè bu toil leat fhaighinn às "
        "an-diugh?"
    ),
    (
        "Honestly? I'd like to keep walking the dog. Bess is getting on as well, but she needs her "
        "walk, and I'm struggling on the hill by the park."
    ): (
        "Leis an fhìrinn innse? Bu toil leam cumail orm a’ toirt a’ choin a-mach air chuairt. Tha "
        "Bess fhèin a’ fàs sean, ach feumaidh i a cuairt, agus tha e a’ fàs doirbh dhomh air a’ "
        "bhruthaich ri taobh na pàirce."
    ),
    "Tell me about the hill.": "Innis dhomh mun bhruthaich.",
    "I'm stopping three or four times. I feel daft, with folk going past.": (
        "Bidh mi a’ stad trì no ceithir tursan. Tha mi a’ faireachdainn gòrach, le daoine a’ dol "
        "seachad orm."
    ),
    (
        "So walking Bess without stopping so often is what matters just now. What have you tried "
        "already?"
    ): (
        "Mar sin, ’s e a bhith a’ toirt Bess a-mach gun stad cho tric an rud a tha cudromach "
        "an-dràsta. Dè tha thu air fheuchainn mu thràth?"
    ),
    "I take the blue inhaler before I go out. And I go early, when it's quiet.": (
        "Gabhaidh mi an t-inneal-analach gorm mus tèid mi a-mach. Agus thèid mi a-mach tràth, "
        "nuair a bhios e sàmhach."
    ),
    (
        "That makes sense. Would it help to look at how you use the inhaler, and at a way of "
        "breathing on the hill?"
    ): (
        "Tha ciall ann an sin. An cuidicheadh e nan toireadh sinn sùil air mar a chleachdas tu an "
        "t-inneal-analach, agus air dòigh analachaidh air a’ bhruthaich?"
    ),
    "Aye, it would.": "Chuidicheadh, gu dearbh.",
    (
        "There's also a walking group at the community centre, run by people with lung conditions. "
        "Would you like to hear about it, or leave it for now?"
    ): (
        "Tha buidheann coiseachd ann cuideachd aig an ionad choimhearsnachd, air a ruith le daoine "
        "le tinneasan sgamhain. Am bu toil leat cluinntinn mu dheidhinn, no am fàg sinn e "
        "an-dràsta?"
    ),
    "Write it down for me. I might take Bess.": (
        "Sgrìobh sìos dhomh e. ’S dòcha gun toir mi Bess leam."
    ),
    "And the cigarettes: where are you with them just now?": (
        "Agus na toitean: ciamar a tha cùisean leotha an-dràsta?"
    ),
    "Five a day. I'd stop if I thought I could. Could we talk about that next time?": (
        "Còig san latha. Sguirinn nan saoilinn gum b’ urrainn dhomh. Am b’ urrainn dhuinn "
        "bruidhinn air sin an ath thuras?"
    ),
    "We can. Before you go, can you tell me in your own words what we've agreed?": (
        "’S urrainn. Mus fhalbh thu, an innis thu dhomh nad fhaclan fhèin dè a dh’aontaich sinn?"
    ),
    (
        "The first question; how the nurse follows Ewan's lead and asks what he already does; "
        "offering rather than telling; how smoking still comes up, in Ewan's own time; and the "
        "check at the end."
    ): (
        "A’ chiad cheist; mar a leanas a’ bhanaltram Ewan agus a dh’fhaighnicheas i dè tha e a’ "
        "dèanamh mu thràth; a bhith a’ tairgsinn seach ag innse; mar a thig smocadh am bàrr "
        "fhathast, nuair a tha Ewan deiseil; agus an dearbhadh aig an deireadh."
    ),
    (
        "Both versions cover smoking, the inhaler and being active. In the first, Ewan mentions "
        "his dog and the buses, and both go by. In the second, they become the plan."
    ): (
        "Tha an dà dhreach a’ bruidhinn air smocadh, an t-inneal-analach agus a bhith gnìomhach. "
        "Sa chiad fhear, tha Ewan a’ toirt iomradh air a’ chù agus air na busaichean, agus thèid "
        "an dà chuid seachad. San dàrna fear, ’s iadsan am plana."
    ),
    "Turning points": "Puingean tionndaidh",
    (
        "Go back through the first version. Mark each line where the nurse could have asked about "
        "what matters to Ewan instead of moving on, and write the question you might have asked."
    ): (
        "Till tron chiad dreach. Comharraich gach loidhne far am b’ urrainn don bhanaltram "
        "faighneachd mu na tha cudromach do Ewan an àite gluasad air adhart, agus sgrìobh a’ "
        "cheist a dh’fhaighnicheadh tu fhèin."
    ),
    (
        "Then look at the second version and note which questions opened the conversation up, and "
        "which kept it on track."
    ): (
        "An uair sin, coimhead air an dàrna dreach agus sgrìobh sìos dè na ceistean a dh’fhosgail "
        "an còmhradh, agus dè an fheadhainn a chùm air an t-slighe e."
    ),
    "The turning points you found": "Na puingean tionndaidh a lorg thu",
    (
        "Questions that start with what or how, and that the person answers in their own words, "
        "tend to open a conversation up. Some to try, in your own words:"
    ): (
        "Mar as trice, fosglaidh ceistean a thòisicheas le “dè” no “ciamar”, air am freagair an "
        "neach na fhaclan fhèin, còmhradh. Seo feadhainn rim feuchainn, nad fhaclan fhèin:"
    ),
    "What would you like to get out of today?": "Dè bu toil leat fhaighinn às an-diugh?",
    "What is the hardest part of managing this just now?": (
        "Dè am pàirt as duilghe de bhith a’ stiùireadh seo an-dràsta?"
    ),
    "What have you tried already, and how did it go?": (
        "Dè tha thu air fheuchainn mu thràth, agus ciamar a chaidh dhut?"
    ),
    "What would make the biggest difference to you this year?": (
        "Dè a dhèanadh an diofar as motha dhut am-bliadhna?"
    ),
    "Three questions of your own": "Trì ceistean agad fhèin",
    (
        "Write three open questions you could use at the start of your next reviews. Make them "
        "sound like you, and fit them to your setting and the time you have."
    ): (
        "Sgrìobh trì ceistean fosgailte a b’ urrainn dhut a chleachdadh aig toiseach nan ath "
        "sgrùdaidhean agad. Dèan cinnteach gu bheil iad coltach riut fhèin, agus gu bheil iad a’ "
        "freagairt air an àite far a bheil thu ag obair agus air an ùine a th’ agad."
    ),
    (
        "At your next appointment with someone who lives with a long-term condition, use one of "
        "them and listen for two minutes before offering any advice. Afterwards, note what you "
        "learned that you would not otherwise have known."
    ): (
        "Aig an ath choinneimh agad le cuideigin a tha beò le tinneas fad-ùine, cleachd tè dhiubh "
        "agus èist fad dà mhionaid mus toir thu comhairle sam bith. Às a dhèidh, sgrìobh sìos na "
        "dh’ionnsaich thu nach biodh fios agad air air dhòigh eile."
    ),
    "Your three questions, and what happened": "Na trì ceistean agad, is mar a chaidh",
    (
        "What gets in the way of starting from what matters in your setting: time, templates, "
        "habit, or something else? Which of them could you change, even a little?"
    ): (
        "Dè tha a’ bacadh tòiseachadh bho na tha cudromach far a bheil thu ag obair: ùine, "
        "teamplaidean, seann nòs, no rudeigin eile? Cò dhiubh a b’ urrainn dhut atharrachadh, fiù "
        "’s beagan?"
    ),
    "Think of the past week rather than in general.": (
        "Smaoinich air an t-seachdain a chaidh seach san fharsaingeachd."
    ),
    "Start by asking what the person wants from the appointment.": (
        "Tòisich le bhith a’ faighneachd dè tha an neach ag iarraidh às a’ choinneimh."
    ),
    "Follow what they tell you; the routine checks can still be done.": (
        "Lean na dh’innseas iad dhut; faodar na deuchainnean àbhaisteach a dhèanamh fhathast."
    ),
    "Ask what they have tried before you offer advice, and ask before you give information.": (
        "Faighnich dè dh’fheuch iad mus toir thu comhairle, agus faighnich a bheil iad ag iarraidh "
        "fiosrachadh mus toir thu dhaibh e."
    ),
    "Check at the end, in their words, what you have agreed.": (
        "Dearbh aig an deireadh, nam faclan fhèin, dè a dh’aontaich sibh."
    ),
    "Five questions on the two reviews. To pass, get four of the five right.": (
        "Còig ceistean air an dà sgrùdadh. Gus a dhol troimhe, faigh ceithir às na còig ceart."
    ),
    "In the first version, what did the nurse pass over?": (
        "Sa chiad dreach, dè a leig a’ bhanaltram seachad?"
    ),
    "Ewan's dog, and the buses to the hospital": "Cù Ewan, agus na busaichean chun an ospadail",
    (
        "Right. Both were clues to what mattered to Ewan and what stood in his way, and both went "
        "by without a question."
    ): (
        "Ceart. Bha an dà chuid nan comharran air na bha cudromach do Ewan agus air na bha na "
        "rathad, agus chaidh an dà chuid seachad gun cheist."
    ),
    "His smoking": "An smocadh aige",
    (
        "No: smoking was the nurse's first question. What went by were the things Ewan raised "
        "himself."
    ): (
        "Chan e: ’s e smocadh a’ chiad cheist aig a’ bhanaltram. ’S e na chaidh seachad na rudan a "
        "thog Ewan e fhèin."
    ),
    "How often he uses the blue inhaler": "Dè cho tric ’s a chleachdas e an t-inneal-analach gorm",
    "No: the nurse asked about the inhaler. What went by were Ewan's dog and the buses.": (
        "Chan e: dh’fhaighnich a’ bhanaltram mun inneal-analach. ’S e na chaidh seachad cù Ewan "
        "agus na busaichean."
    ),
    "In the second version, the nurse left smoking out because Ewan had not raised it.": (
        "San dàrna dreach, dh’fhàg a’ bhanaltram smocadh às a chionn ’s nach do thog Ewan e."
    ),
    (
        "Not so. The nurse did raise smoking, near the end, and asked where Ewan was with it. He "
        "chose to come back to it next time."
    ): (
        "Chan ann mar sin. Thog a’ bhanaltram smocadh, faisg air an deireadh, agus dh’fhaighnich i "
        "ciamar a bha cùisean aig Ewan leis. Roghnaich esan tilleadh thuige an ath thuras."
    ),
    (
        "Right. Smoking still came up, after the nurse had listened, and Ewan decided when to take "
        "it further."
    ): (
        "Ceart. Thàinig smocadh am bàrr fhathast, às dèidh don bhanaltram èisteachd, agus ’s e "
        "Ewan a cho-dhùin cuin a rachadh e na b’ fhaide leis."
    ),
    "Which of these is an open question that starts from what matters?": (
        "Cò tè dhiubh seo a tha na ceist fhosgailte a thòisicheas bho na tha cudromach?"
    ),
    "Right. It cannot be answered with a yes or a no, and it lets the person set the agenda.": (
        "Ceart. Chan urrainnear a freagairt le “tha” no “chan eil”, agus leigidh i leis an neach "
        "an clàr-gnothaich a shuidheachadh."
    ),
    (
        "This can be answered with a yes or a no, and it starts from the clinician's list rather "
        "than the person's."
    ): (
        "Faodar seo a fhreagairt le “tha” no “chan eil”, agus tha i a’ tòiseachadh bho liosta an "
        "neach-clionaigeach seach liosta an neach fhèin."
    ),
    "You're using your inhaler, aren't you?": (
        "Tha thu a’ cleachdadh an inneil-analach agad, nach eil?"
    ),
    "This is a leading question: it suggests the answer and closes the conversation down.": (
        "’S e ceist stiùiridh a tha seo: tha i a’ moladh na freagairt agus a’ dùnadh a’ "
        "chòmhraidh."
    ),
    "Starting from what matters to the person means the clinical checks can be left out.": (
        "Ma thòisicheas tu bho na tha cudromach don neach, faodar na deuchainnean clionaigeach "
        "fhàgail às."
    ),
    (
        "Not so. In the second version every check was still done. What changed was the order, and "
        "who set the agenda."
    ): (
        "Chan ann mar sin. San dàrna dreach, chaidh gach deuchainn a dhèanamh fhathast. ’S e na "
        "dh’atharraich an t-òrdugh, agus cò a shuidhich an clàr-gnothaich."
    ),
    (
        "Right. The checks still matter. Starting from what matters to the person makes it more "
        "likely that the plan will be used."
    ): (
        "Ceart. Tha na deuchainnean cudromach fhathast. Ma thòisicheas tu bho na tha cudromach don "
        "neach, tha e nas coltaiche gun tèid am plana a chleachdadh."
    ),
    "Why did the nurse ask Ewan to say in his own words what they had agreed?": (
        "Carson a dh’iarr a’ bhanaltram air Ewan innse na fhaclan fhèin dè a dh’aontaich iad?"
    ),
    "To check that they both understood the plan in the same way": (
        "Gus dearbhadh gun do thuig an dithis aca am plana san aon dòigh"
    ),
    (
        "Right. Asking someone to say it back shows up misunderstandings while there is still time "
        "to put them right."
    ): (
        "Ceart. Ma dh’iarras tu air cuideigin a ràdh air ais, nochdaidh mì-thuigse fhad ’s a tha "
        "ùine ann fhathast a cur ceart."
    ),
    "To test Ewan's memory": "Gus cuimhne Ewan a dhearbhadh",
    "No. It checks how well the nurse explained things, not how well Ewan remembers.": (
        "Chan ann. Tha e a’ dearbhadh cho math ’s a mhìnich a’ bhanaltram cùisean, chan e cho math "
        "’s a chuimhnicheas Ewan."
    ),
    "Because the review template asks for it": (
        "A chionn ’s gu bheil teamplaid an sgrùdaidh ga iarraidh"
    ),
    "Perhaps, in some places; but it helps because both people leave with the same plan.": (
        "’S dòcha, ann an cuid a dh’àiteachan; ach tha e na chuideachadh a chionn ’s gum fàg an "
        "dithis aca leis an aon phlana."
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
    (
        "In peer support, people help each other because they have been through something similar. "
        "A peer-led course is run by trainers who live with a long-term condition themselves, "
        "often alongside one who does not. Neither replaces clinical care; both can change how "
        "people live with their condition."
    ): (
        "Ann an taic co-aoise, bidh daoine a’ cuideachadh a chèile a chionn ’s gun deach iad tro "
        "rudeigin coltach ri chèile. Bidh cùrsa co-aoise air a ruith le trèanaichean a tha iad "
        "fhèin beò le tinneas fad-ùine, gu tric còmhla ri trèanaiche aig nach eil tinneas. Chan "
        "eil aon seach aon dhiubh a’ dol an àite cùram clionaigeach; faodaidh an dà chuid "
        "atharrachadh mar a tha daoine beò leis an tinneas aca."
    ),
    "Shona's first course": "A’ chiad chùrsa aig Shona",
    (
        "Shona has rheumatoid arthritis. Her physiotherapist told her about a peer-led course at "
        "the local library and gave her a leaflet with a name and a phone number on it. She nearly "
        "did not go."
    ): (
        "Tha tinneas nan alt reumatach air Shona. Dh’innis am fiosaigeòlaiche aice dhi mu chùrsa "
        "co-aoise aig an leabharlann ionadail, agus thug i dhi duilleachan le ainm is àireamh fòn "
        "air. Cha mhòr nach deach i ann."
    ),
    "Two years later, Shona trains new peer trainers herself. Here she remembers her first week.": (
        "Dà bhliadhna às dèidh sin, tha Shona i fhèin a’ trèanadh thrèanaichean co-aoise ùra. "
        "An-seo tha i a’ cuimhneachadh air a’ chiad seachdain aice."
    ),
    "Interviewer": "Neach-agallaimh",
    "What nearly stopped you going?": "Dè a bha faisg air do chumail bho dhol ann?",
    "Shona": "Shona",
    "I thought it would be a room full of people sharing their feelings. I'm not like that.": (
        "Shaoil mi gur e seòmar làn dhaoine a’ roinn am faireachdainnean a bhiodh ann. Chan eil "
        "mise mar sin."
    ),
    "What was it actually like?": "Ciamar a bha e da-rìribh?",
    (
        "One of the trainers said at the start, \"I've had arthritis for twenty years.\" That was "
        "all. I thought: she knows."
    ): (
        "Thuirt tè de na trèanaichean aig an toiseach, “Tha tinneas nan alt orm o chionn fichead "
        "bliadhna.” Sin e. Smaoinich mi: tha fios aicese."
    ),
    "Did you say much that first week?": "An tuirt thu mòran a’ chiad seachdain sin?",
    "Hardly a word. Nobody made me. They said you could always pass, and they meant it.": (
        "Cha mhòr facal. Cha tug duine orm. Thuirt iad gum faodadh tu do chothrom a leigeil "
        "seachad uair sam bith, agus bha iad ga chiallachadh."
    ),
    "What brought you back for the second week?": "Dè thug air ais thu airson na dàrna seachdain?",
    (
        "My action plan. I'd said I would walk to the end of the road three times that week. I did "
        "it, and I wanted to tell them."
    ): (
        "Am plana-gnìomha agam. Bha mi air a ràdh gun coisichinn gu ceann an rathaid trì tursan an "
        "t-seachdain sin. Rinn mi e, agus bha mi airson innse dhaibh."
    ),
    "And the physio's part in it?": "Agus pàirt an fhiosaigeòlaiche ann?",
    (
        "She didn't just hand me a leaflet. She said, \"I think you'd get something from this,\" "
        "and the name on it was a real person who phoned me back."
    ): (
        "Cha tug i dhomh duilleachan a-mhàin. Thuirt i, “Saoilidh mi gum faigheadh tu rudeigin às "
        "a seo,” agus b’ e fìor dhuine a bh’ anns an ainm air, a chuir fòn air ais thugam."
    ),
    (
        "What made the first step possible, what brought Shona back, and how small the "
        "physiotherapist's part was, yet how much it mattered."
    ): (
        "Dè a rinn a’ chiad cheum comasach, dè thug Shona air ais, agus cho beag ’s a bha pàirt an "
        "fhiosaigeòlaiche, ach cho cudromach ’s a bha e."
    ),
    (
        "In Scotland, you can find local groups and services through your area's third sector "
        "interface, carers centres, the community link workers in many GP practices, and "
        "directories such as ALISS. Many peer-led courses welcome people without a referral; some "
        "prefer one."
    ): (
        "Ann an Alba, gheibh thu lorg air buidhnean is seirbheisean ionadail tro eadar-aghaidh an "
        "treas roinn san sgìre agad, ionadan luchd-cùraim, an luchd-obrach ceangail coimhearsnachd "
        "ann an iomadh lèigh-lann GP, agus eòlairean mar ALISS. Cuiridh mòran chùrsaichean "
        "co-aoise fàilte air daoine gun tar-chur; is fheàrr le cuid gum bi fear ann."
    ),
    "Mapping what is near you": "A’ mapadh na tha faisg ort",
    (
        "Find three local groups or courses that people you support could join: for example, a "
        "peer-led self-management course, a support group for one condition and a walking or "
        "activity group."
    ): (
        "Lorg trì buidhnean no cùrsaichean ionadail anns am b’ urrainn do dhaoine a tha thu a’ "
        "cuideachadh pàirt a ghabhail: mar eisimpleir, cùrsa fèin-stiùiridh co-aoise, "
        "buidheann-taice airson aon tinneas, agus buidheann coiseachd no gnìomhachd."
    ),
    (
        "For each, note how someone joins (a referral, a phone call or just turning up), whether "
        "it costs anything, how easy it is to get to and into, and who to contact. Check that it "
        "is still running."
    ): (
        "Airson gach fear, sgrìobh sìos mar a ghabhas cuideigin pàirt ann (tro thar-chur, le fòn, "
        "no dìreach le nochdadh), a bheil cosgais ann, dè cho furasta ’s a tha e faighinn ann agus "
        "a-steach, agus cò ris a bu chòir bruidhinn. Dèan cinnteach gu bheil e fhathast a’ ruith."
    ),
    "Three places, and how to join each": "Trì àiteachan, is mar a ghabhar pàirt anns gach fear",
    "Planning a referral": "A’ planadh tar-chuir",
    (
        "Choose one person you support who might get something from a peer-led course or group. Do "
        "not write anything that could identify them."
    ): (
        "Tagh aon neach a tha thu a’ cuideachadh a dh’fhaodadh rudeigin fhaighinn à cùrsa no "
        "buidheann co-aoise. Na sgrìobh dad a dh’fhaodadh innse cò iad."
    ),
    (
        "Plan how you would mention it: the words you would use, what you would give them (a "
        "leaflet, a name, a number), and whether you would offer to refer them, with their "
        "agreement."
    ): (
        "Planaich mar a bheireadh tu iomradh air: na faclan a chleachdadh tu, na bheireadh tu "
        "dhaibh (duilleachan, ainm, àireamh), agus an tairgeadh tu tar-chur a dhèanamh air an son, "
        "le an aonta."
    ),
    "How you would mention it (no names)": "Mar a bheireadh tu iomradh air (gun ainmean)",
    (
        "Looking back over the three modules, what is one change you will make in your practice? "
        "How will you know whether it has made a difference to the people you support?"
    ): (
        "A’ coimhead air ais air na trì modalan, dè aon atharrachadh a nì thu nad obair? Ciamar a "
        "bhios fios agad an do rinn e diofar do na daoine a tha thu a’ cuideachadh?"
    ),
    "This is a good starting point for the reflection that goes into your CPD log.": (
        "’S e deagh àite-tòiseachaidh a tha seo airson a’ mheòrachaidh a thèid dhan loga CPD agad."
    ),
    "Peer support offers what services cannot: people who have been there.": (
        "Bheir taic co-aoise na nach urrainn do sheirbheisean: daoine a bha san aon suidheachadh."
    ),
    "A warm, personal word from a professional can be what gets someone through the door.": (
        "Faodaidh facal blàth, pearsanta bho neach-dreuchd a bhith na adhbhar gun tig cuideigin "
        "a-steach air an doras."
    ),
    "Know how each local group or course is joined, and check that it is still running.": (
        "Biodh fios agad mar a ghabhar pàirt anns gach buidheann no cùrsa ionadail, agus dèan "
        "cinnteach gu bheil e fhathast a’ ruith."
    ),
    "Refer someone only with their agreement.": "Na dèan tar-chur ach le aonta an neach.",
    "What brought Shona back for the second week?": (
        "Dè thug Shona air ais airson na dàrna seachdain?"
    ),
    "Wanting to tell the group she had kept to her action plan": (
        "Bha i airson innse don bhuidhinn gun do chùm i ris a’ phlana-gnìomha aice"
    ),
    (
        "Right. A small plan she had chosen herself, and a group who would be glad to hear about "
        "it, brought her back."
    ): (
        "Ceart. Thug plana beag a thagh i fhèin, agus buidheann a bhiodh toilichte cluinntinn mu "
        "dheidhinn, air ais i."
    ),
    "Her physiotherapist told her to go back": "Dh’iarr am fiosaigeòlaiche aice oirre tilleadh",
    "No. Her physiotherapist helped her take the first step; coming back was her own choice.": (
        "Cha do dh’iarr. Chuidich am fiosaigeòlaiche aice i gus a’ chiad cheum a ghabhail; ’s e a "
        "roghainn fhèin a bh’ ann tilleadh."
    ),
    "She had to attend to finish the course": (
        "B’ fheudar dhi a bhith an làthair gus an cùrsa a chrìochnachadh"
    ),
    "No. Shona came back because she wanted to, not because of a rule.": (
        "Cha b’ fheudar. Thill Shona a chionn ’s gun robh i airson tilleadh, chan ann air sgàth "
        "riaghailt."
    ),
    "A peer-led course can replace the clinical care a person needs.": (
        "Faodaidh cùrsa co-aoise a dhol an àite a’ chùraim chlionaigich a tha a dhìth air neach."
    ),
    "Not so. Peer-led courses and groups work alongside clinical care, not instead of it.": (
        "Chan ann mar sin. Bidh cùrsaichean is buidhnean co-aoise ag obair còmhla ri cùram "
        "clionaigeach, chan ann na àite."
    ),
    (
        "Right. They work alongside clinical care and add what it cannot: the experience of people "
        "who have been there."
    ): (
        "Ceart. Bidh iad ag obair còmhla ri cùram clionaigeach agus a’ cur ris na nach urrainn dha "
        "a thoirt: eòlas dhaoine a bha san aon suidheachadh."
    ),
    "What made the difference in the way Shona's physiotherapist told her about the course?": (
        "Dè a rinn an diofar anns an dòigh san do dh’innis fiosaigeòlaiche Shona dhi mun chùrsa?"
    ),
    "She said why she thought it would help, and the contact was a real person": (
        "Thuirt i carson a shaoil i gun cuidicheadh e, agus b’ e fìor dhuine a bh’ anns an "
        "neach-conaltraidh"
    ),
    "Right. A personal word and a real contact turn a leaflet into an invitation.": (
        "Ceart. Le facal pearsanta agus fìor neach-conaltraidh, fàsaidh duilleachan na chuireadh."
    ),
    "She booked Shona onto the course without asking her": (
        "Chuir i Shona air a’ chùrsa gun fhaighneachd dhi"
    ),
    "No, and that would not be right: people join with their agreement.": (
        "Cha do chuir, agus cha bhiodh sin ceart: bidh daoine a’ gabhail pàirt le an aonta fhèin."
    ),
    "She gave her several leaflets to choose from": (
        "Thug i dhi grunn dhuilleachan airson taghadh às"
    ),
    "No. It was one leaflet, with a personal word and a real name.": (
        "Cha tug. B’ e aon duilleachan a bh’ ann, le facal pearsanta agus fìor ainm."
    ),
    "Before you refer someone to a course or group, you need their agreement.": (
        "Mus dèan thu tar-chur air cuideigin gu cùrsa no buidheann, feumaidh tu an aonta "
        "fhaighinn."
    ),
    "Right. A referral is made with the person's agreement, and whether to go is their choice.": (
        "Ceart. Thèid tar-chur a dhèanamh le aonta an neach, agus ’s ann aca-san a tha an roghainn "
        "a dhol ann no gun a dhol ann."
    ),
    "Not so. A referral is always made with the person's agreement.": (
        "Chan ann mar sin. Thèid tar-chur a dhèanamh an-còmhnaidh le aonta an neach."
    ),
    "What is the most useful thing to know about a local group before you suggest it?": (
        "Dè an rud as fheumaile fios a bhith agad air mu bhuidheann ionadail mus mol thu i?"
    ),
    "How someone joins it, and that it is still running": (
        "Mar a ghabhas cuideigin pàirt innte, agus gu bheil i fhathast a’ ruith"
    ),
    (
        "Right. Nothing puts people off like a number nobody answers or a group that stopped "
        "meeting last year."
    ): (
        "Ceart. Chan eil dad a chuireas daoine dheth mar àireamh nach freagair duine no buidheann "
        "a sguir a choinneachadh an-uiridh."
    ),
    "How many people go to it": "Cia mheud duine a bhios a’ dol ann",
    (
        "It can help, but it matters less than knowing how to join and that the group is still "
        "running."
    ): (
        "Faodaidh sin cuideachadh, ach chan eil e cho cudromach ri fios a bhith agad mar a ghabhar "
        "pàirt agus gu bheil a’ bhuidheann fhathast a’ ruith."
    ),
    "Whether it is led by health professionals": (
        "A bheil i air a stiùireadh le luchd-dreuchd slàinte"
    ),
    (
        "No. Many good groups are led by volunteers with lived experience, and that is often their "
        "strength."
    ): (
        "Chan e sin. Tha mòran bhuidhnean math air an stiùireadh le saor-thoilich le eòlas beò, "
        "agus ’s e sin gu tric an neart."
    ),
    "Pacing and energy, at your own pace": "Riaghladh astair is lùth, aig do luaths fhèin",
    (
        "Three short modules to work through at home, in your own time: noticing where your energy "
        "goes, planning a steadier week and keeping going when things change."
    ): (
        "Trì modalan goirid airson obrachadh tromhpa aig an taigh, nad ùine fhèin: a’ mothachadh "
        "càit an tèid do lùth, a’ planadh seachdain nas seasmhaiche agus a’ cumail a’ dol nuair a "
        "dh’atharraicheas cùisean."
    ),
    (
        "This course is for anyone living with fatigue that comes with a long-term condition, such "
        "as long COVID, ME/CFS, COPD, MS or heart failure. It was written by people who live with "
        "fatigue themselves, with an occupational therapist."
    ): (
        "Tha an cùrsa seo do dhuine sam bith a tha beò le sgìths a thig an cois tinneas fad-ùine, "
        "leithid COVID fada, ME/CFS, COPD, MS no fàilligeadh a’ chridhe. Chaidh a sgrìobhadh le "
        "daoine a tha iad fhèin beò le sgìths, còmhla ri teiripiche dreuchdail."
    ),
    (
        "There are three short modules, each about twenty minutes. You can take a break at any "
        "point and come back another day. Nothing is timed, and the notes you write are private to "
        "you."
    ): (
        "Tha trì modalan goirid ann, mu fhichead mionaid an urra. Faodaidh tu fois a ghabhail aig "
        "àm sam bith agus tilleadh latha eile. Chan eil cuingealachadh ùine air dad, agus chan "
        "fhaic duine eile na notaichean a sgrìobhas tu."
    ),
    (
        "If your symptoms change or get worse, talk to your GP or health team. This course does "
        "not replace their advice."
    ): (
        "Ma dh’atharraicheas na comharran agad no ma dh’fhàsas iad nas miosa, bruidhinn ris an GP "
        "no ris an sgioba slàinte agad. Chan eil an cùrsa seo a’ dol an àite na comhairle aca."
    ),
    "Noticing your energy": "A’ mothachadh do lùth",
    (
        "How fatigue differs from everyday tiredness, and a simple diary to see where your energy "
        "goes."
    ): (
        "Mar a tha an sgìths a thig le tinneas eadar-dhealaichte bho bhith sgìth mar as àbhaist, "
        "agus leabhar-latha sìmplidh gus faicinn càit an tèid do lùth."
    ),
    (
        "Welcome. Take this module at whatever pace suits you today. If you need to stop, stop: "
        "your notes will be here when you come back."
    ): (
        "Fàilte. Gabh am modal seo aig ge b’ e dè an luaths a fhreagras ort an-diugh. Ma "
        "dh’fheumas tu stad, stad: bidh na notaichean agad an-seo nuair a thilleas tu."
    ),
    (
        "The fatigue that comes with a long-term condition is not the same as being tired after a "
        "busy day. It can come on without warning, it may not lift after a night's sleep, and it "
        "can follow effort a day or two later. Thinking, talking, noise and strong feelings can "
        "use up energy just as walking or housework do."
    ): (
        "Chan eil an sgìths a thig le tinneas fad-ùine an aon rud ri bhith sgìth às dèidh latha "
        "trang. Faodaidh i tighinn gun rabhadh, is dòcha nach tog i às dèidh oidhche de chadal, "
        "agus faodaidh i tighinn latha no dhà às dèidh oidhirp. Faodaidh smaoineachadh, bruidhinn, "
        "fuaim agus faireachdainnean làidir lùth a chaitheamh a cheart cho math ri coiseachd no "
        "obair-taighe."
    ),
    "Aileen's good day": "An latha math aig Aileen",
    "Aileen is 52 and lives in Dundee. She has had long COVID since the winter of 2022.": (
        "Tha Aileen 52 bliadhna a dh’aois agus tha i a’ fuireach ann an Dùn Dè. Tha COVID fada "
        "oirre bho gheamhradh 2022."
    ),
    (
        "One Tuesday she woke up feeling better than she had in weeks. She did a big shop, changed "
        "the beds, phoned her sister for an hour and cooked a proper dinner. She went to bed "
        "pleased with herself."
    ): (
        "Aon Dimàirt, dhùisg i a’ faireachdainn na b’ fheàrr na bha i o chionn sheachdainean. Rinn "
        "i ceannach mòr, dh’atharraich i na leapannan, bhruidhinn i ri a piuthar air a’ fòn fad "
        "uair a thìde agus dh’ullaich i dinnear cheart. Chaidh i a laighe toilichte leatha fhèin."
    ),
    (
        "On Wednesday she could hardly get up. By Friday she was only just back to where she had "
        "been on Monday."
    ): (
        "Diciadain, cha mhòr nach b’ urrainn dhi èirigh. Ro Dhihaoine, cha robh i ach dìreach air "
        "ais far an robh i Diluain."
    ),
    (
        "Afterwards she said: \"The crash never comes while I'm doing things. It comes later, so I "
        "never connected the two. Now I write down what I did and how I felt, and I can see it.\""
    ): (
        "Às a dhèidh, thuirt i: “Cha tig an claoidh idir fhad ’s a bhios mi a’ dèanamh rudan. Thig "
        "e nas fhaide air adhart, agus mar sin cha do cheangail mi an dà rud riamh. A-nis "
        "sgrìobhaidh mi sìos na rinn mi is mar a bha mi a’ faireachdainn, agus chì mi e.”"
    ),
    (
        "That the crash came a day later, not during the busy day, and that Aileen only saw the "
        "pattern once she wrote things down."
    ): (
        "Gun tàinig an claoidh latha às dèidh sin, chan ann air an latha thrang fhèin, agus nach "
        "fhaca Aileen am pàtran gus an do sgrìobh i rudan sìos."
    ),
    "An energy diary for one day": "Leabhar-latha mu do lùth airson aon latha",
    (
        "Choose a day: today, or another day soon. Every two or three hours, write down what you "
        "have been doing and give your energy a number from 0 (none at all) to 10 (as much as you "
        "ever have)."
    ): (
        "Tagh latha: an-diugh, no latha eile a dh’aithghearr. Gach dà no trì uairean a thìde, "
        "sgrìobh sìos na bha thu a’ dèanamh agus thoir àireamh dha do lùth bho 0 (gun lùth idir) "
        "gu 10 (cho mòr ’s a bha agad a-riamh)."
    ),
    (
        "Note anything that seemed to drain you or give you a lift. Include the things that do not "
        "look like effort: a phone call, a noisy shop, a worry, a long time sitting up."
    ): (
        "Sgrìobh sìos rud sam bith a bha coltach gun do thraogh e thu no gun do thog e do chridhe. "
        "Cuir a-steach na rudan nach eil coltach ri oidhirp: fòn, bùth fhuaimneach, dragh, ùine "
        "fhada nad shuidhe."
    ),
    (
        "Setting it up takes a few minutes; after that, a minute or two each time. If writing is "
        "tiring, a few words and a number are plenty, or someone close to you could jot it down "
        "for you."
    ): (
        "Bheir e beagan mhionaidean a chur air dòigh; às dèidh sin, mionaid no dhà gach turas. Ma "
        "tha sgrìobhadh gad sgìtheachadh, tha beagan fhaclan agus àireamh gu leòr, no dh’fhaodadh "
        "cuideigin faisg ort a sgrìobhadh sìos dhut."
    ),
    "Your energy diary": "An leabhar-latha agad mu do lùth",
    (
        "Think of a recent bad day. What came before it? Was there a good day, a busy week, or "
        "something that upset you?"
    ): (
        "Smaoinich air droch latha o chionn ghoirid. Dè thàinig roimhe? An robh latha math ann, "
        "seachdain thrang, no rudeigin a chuir dragh ort?"
    ),
    "There is no need to write much. A few words are enough.": (
        "Chan fheum thu mòran a sgrìobhadh. Tha beagan fhaclan gu leòr."
    ),
    (
        "Fatigue with a long-term condition is different from ordinary tiredness, and rest does "
        "not always put it right."
    ): (
        "Tha an sgìths a thig le tinneas fad-ùine eadar-dhealaichte bho sgìths àbhaisteach, agus "
        "cha chuir fois ceart i an-còmhnaidh."
    ),
    "A crash often comes a day or two after the effort that caused it.": (
        "Gu tric, thig claoidh latha no dhà às dèidh na h-oidhirp a dh’adhbhraich e."
    ),
    "Thinking, talking, noise and feelings use energy too, not only moving about.": (
        "Bidh smaoineachadh, bruidhinn, fuaim agus faireachdainnean a’ caitheamh lùth cuideachd, "
        "chan e a-mhàin a bhith a’ gluasad."
    ),
    "Writing things down, even briefly, helps you see your own pattern.": (
        "Ma sgrìobhas tu rudan sìos, fiù ’s gu goirid, cuidichidh e thu am pàtran agad fhèin "
        "fhaicinn."
    ),
    (
        "Three questions to finish. They are here to help you check what you have read, not to "
        "test you, and each answer explains itself."
    ): (
        "Trì ceistean airson crìochnachadh. Tha iad an-seo gus do chuideachadh a’ dearbhadh na "
        "leugh thu, chan ann gus deuchainn a chur ort, agus mìnichidh gach freagairt i fhèin."
    ),
    "When did Aileen's crash come?": "Cuin a thàinig an claoidh air Aileen?",
    "The day after her busy day": "An latha às dèidh an latha thrang aice",
    (
        "Yes. The crash came a day later, which is why she had never linked it with the busy day "
        "before."
    ): (
        "Seadh. Thàinig an claoidh latha às dèidh sin, agus sin as coireach nach robh i riamh "
        "roimhe air a cheangal ris an latha thrang."
    ),
    "While she was doing the big shop": "Fhad ’s a bha i a’ dèanamh a’ cheannaich mhòir",
    "Not quite. She felt fine during the busy day; the crash came the next day.": (
        "Chan ann buileach. Bha i a’ faireachdainn gu math tron latha thrang; thàinig an claoidh "
        "an ath latha."
    ),
    "For no reason at all": "Gun adhbhar sam bith",
    (
        "Not quite. It seemed that way, until writing things down showed her it followed her busy "
        "Tuesday."
    ): (
        "Chan ann buileach. Bha e coltach ri sin, gus an do sheall sgrìobhadh sìos dhi gun tàinig "
        "e às dèidh an Dimàirt thrang aice."
    ),
    "Only physical activity, like walking or housework, uses up energy.": (
        "Chan eil ach gnìomhachd chorporra, mar choiseachd no obair-taighe, a’ caitheamh lùth."
    ),
    (
        "Not quite. Thinking, talking, noise and strong feelings use energy too, which is why they "
        "belong in an energy diary."
    ): (
        "Chan ann buileach. Bidh smaoineachadh, bruidhinn, fuaim agus faireachdainnean làidir a’ "
        "caitheamh lùth cuideachd, agus sin as coireach gum buin iad don leabhar-latha."
    ),
    "That's right. Thinking, talking, noise and feelings all use energy as well.": (
        "Tha sin ceart. Bidh smaoineachadh, bruidhinn, fuaim agus faireachdainnean uile a’ "
        "caitheamh lùth cuideachd."
    ),
    "What is an energy diary for?": "Carson a chumas tu leabhar-latha mu do lùth?",
    "Seeing your own pattern of energy, and what affects it": (
        "Gus am pàtran agad fhèin fhaicinn, agus na bheir buaidh air do lùth"
    ),
    "Yes. It is for you: a way of seeing what drains you and what helps.": (
        "Seadh. ’S ann dhutsa a tha e: dòigh air faicinn dè tha gad thraoghadh agus dè a "
        "chuidicheas."
    ),
    "Showing other people how tired you are": (
        "Gus sealltainn do dhaoine eile cho sgìth ’s a tha thu"
    ),
    (
        "Not really. Some people do share theirs with a GP or their family, but it is mainly for "
        "you to see your own pattern."
    ): (
        "Chan ann dha-rìribh. Bidh cuid a’ roinn an cuid fhèin le GP no leis an teaghlach, ach ’s "
        "ann dhutsa sa mhòr-chuid a tha e, gus am pàtran agad fhèin fhaicinn."
    ),
    "Pushing yourself to do a little more every day": (
        "Gus thu fhèin a phutadh beagan a bharrachd a dhèanamh a h-uile latha"
    ),
    "No. The diary is for noticing, not for pushing yourself to do more.": (
        "Chan ann. Tha an leabhar-latha ann airson mothachadh, chan ann airson thu fhèin a phutadh "
        "gu barrachd."
    ),
    "Planning a week with pacing": "A’ planadh seachdain le riaghladh astair",
    "Spreading out what you need and want to do, with rest planned before you need it.": (
        "A’ sgaoileadh na dh’fheumas tu agus na tha thu ag iarraidh a dhèanamh, le fois air a "
        "planadh mus bi feum agad oirre."
    ),
    (
        "Many people with fatigue know the pattern called boom and bust: on a good day you do as "
        "much as you can, then pay for it with days when you can do very little. Pacing is a way "
        "out of that pattern. It means spreading what you do across the day and the week, so that "
        "you can keep doing what matters to you without a crash afterwards."
    ): (
        "Is aithne do mhòran dhaoine le sgìths am pàtran ris an canar cus is claoidh: air latha "
        "math, nì thu na ghabhas dèanamh, agus an uair sin pàighidh tu air a shon le làithean "
        "nuair nach urrainn dhut ach glè bheag a dhèanamh. Tha riaghladh astair na dhòigh a-mach "
        "às a’ phàtran sin. Tha e a’ ciallachadh gun sgaoil thu na nì thu thar an latha is na "
        "seachdain, gus an cùm thu ort a’ dèanamh na tha cudromach dhut gun chlaoidh às a dhèidh."
    ),
    (
        "Some things that help: break big jobs into smaller parts; rest before you are exhausted, "
        "not after; switch between different kinds of activity; and plan around what you can "
        "manage on a less good day, not on your best one."
    ): (
        "Rudan a chuidicheas: bris obraichean mòra nam pìosan nas lugha; gabh fois mus bi thu "
        "claoidhte, chan ann às a dhèidh; atharraich eadar diofar sheòrsaichean gnìomhachd; agus "
        "planaich a rèir na nì thu air latha nach eil cho math, chan ann air an latha as fheàrr "
        "agad."
    ),
    "Sandy's Saturday": "Disathairne Sandy",
    (
        "Sandy is 71 and lives near Oban. He has COPD and gets very breathless when he overdoes "
        "things."
    ): (
        "Tha Sandy 71 bliadhna a dh’aois agus tha e a’ fuireach faisg air an Òban. Tha COPD air, "
        "agus bidh e glè ghoirid san anail nuair a nì e cus."
    ),
    (
        "His grandson plays football on Saturday mornings, and Sandy wanted to be at the last "
        "match of the season. In the past he would have done all his jobs on the Friday to keep "
        "Saturday free, and then been too tired to go."
    ): (
        "Bidh an t-ogha aige a’ cluich ball-coise madainnean Disathairne, agus bha Sandy airson a "
        "bhith aig a’ gheama mu dheireadh den t-seusan. Roimhe, bhiodh e air a h-uile obair aige a "
        "dhèanamh Dihaoine gus Disathairne a chumail saor, agus an uair sin bhiodh e ro sgìth "
        "airson a dhol ann."
    ),
    (
        "This time he spread the jobs from Monday to Thursday, kept Friday light, and planned a "
        "rest before the match and a quiet Sunday after it. His daughter drove him there, and he "
        "took a folding stool. He saw the whole game."
    ): (
        "An turas seo, sgaoil e na h-obraichean bho Dhiluain gu Diardaoin, chùm e Dihaoine aotrom, "
        "agus phlanaich e fois ron gheama agus Didòmhnaich sàmhach às a dhèidh. Thug an nighean "
        "aige ann e sa chàr, agus thug e stòl-pasgaidh leis. Chunnaic e an geama gu lèir."
    ),
    (
        "How Sandy planned the days before and after the match, not only the match itself, and the "
        "help he accepted."
    ): (
        "Mar a phlanaich Sandy na làithean ron gheama agus às a dhèidh, chan e a-mhàin an geama "
        "fhèin, agus an cuideachadh ris an do ghabh e."
    ),
    "Sketch out your week": "Dèan dealbh garbh den t-seachdain agad",
    (
        "Write down the things you need to do this week, and one thing you would like to do just "
        "because you enjoy it."
    ): (
        "Sgrìobh sìos na rudan a dh’fheumas tu a dhèanamh an t-seachdain seo, agus aon rud a bu "
        "toil leat a dhèanamh dìreach a chionn ’s gun còrd e riut."
    ),
    (
        "Mark each one heavy, medium or light, for you. Then spread them over the week so that no "
        "day has more than one heavy thing, and put a rest before each heavy one."
    ): (
        "Comharraich gach fear mar throm, meadhanach no aotrom, dhutsa. An uair sin sgaoil iad "
        "thar na seachdain gus nach bi barrachd air aon rud trom air latha sam bith, agus cuir "
        "fois ro gach rud trom."
    ),
    (
        "Look for what could be made lighter: split into parts, done sitting down, shared with "
        "someone else, or left for another week."
    ): (
        "Coimhead dè a ghabhadh dèanamh nas aotroime: air a roinn na phìosan, air a dhèanamh nad "
        "shuidhe, air a dhèanamh còmhla ri cuideigin eile, no air fhàgail gu seachdain eile."
    ),
    "Your plan for the week": "Am plana agad airson na seachdain",
    (
        "What is one thing you find hard to spread out or put off? What small change could you try "
        "with it this week?"
    ): (
        "Dè aon rud a tha doirbh dhut a sgaoileadh no a chur air dàil? Dè an t-atharrachadh beag a "
        "b’ urrainn dhut fheuchainn leis an t-seachdain seo?"
    ),
    "Be kind to yourself: pacing takes practice, and most people find some of it hard.": (
        "Bi coibhneil riut fhèin: feumaidh riaghladh astair cleachdadh, agus tha pàirtean dheth "
        "doirbh don mhòr-chuid."
    ),
    "Boom and bust means doing too much on good days and paying for it afterwards.": (
        "Tha cus is claoidh a’ ciallachadh cus a dhèanamh air làithean math agus pàigheadh air a "
        "shon às a dhèidh."
    ),
    "Pacing spreads activity out, with rest planned before you need it.": (
        "Bidh riaghladh astair a’ sgaoileadh gnìomhachd, le fois air a planadh mus bi feum agad "
        "oirre."
    ),
    "Plan around what you can do on a less good day, not your best one.": (
        "Planaich a rèir na nì thu air latha nach eil cho math, chan ann air an latha as fheàrr "
        "agad."
    ),
    "Make room in your week for something you enjoy.": (
        "Dèan àite san t-seachdain agad do rudeigin a chòrdas riut."
    ),
    "With pacing, you rest once you feel exhausted.": (
        "Le riaghladh astair, gabhaidh tu fois nuair a tha thu a’ faireachdainn claoidhte."
    ),
    (
        "Not quite. Pacing means resting before you are exhausted, so that you do not get to that "
        "point."
    ): (
        "Chan ann buileach. Tha riaghladh astair a’ ciallachadh fois a ghabhail mus bi thu "
        "claoidhte, gus nach ruig thu an ìre sin."
    ),
    "That's right. The idea is to rest before you are exhausted, not after.": (
        "Tha sin ceart. ’S e am beachd fois a ghabhail mus bi thu claoidhte, chan ann às a dhèidh."
    ),
    "What did Sandy do differently this time?": (
        "Dè a rinn Sandy ann an dòigh eadar-dhealaichte an turas seo?"
    ),
    "He spread his jobs over the week and planned rest before and after the match": (
        "Sgaoil e na h-obraichean aige thar na seachdain agus phlanaich e fois ron gheama agus às "
        "a dhèidh"
    ),
    "Yes. He planned the days around the match, not only the day itself.": (
        "Seadh. Phlanaich e na làithean timcheall air a’ gheama, chan e a-mhàin an latha fhèin."
    ),
    "He did all his jobs on the Friday to keep Saturday free": (
        "Rinn e a h-uile obair aige Dihaoine gus Disathairne a chumail saor"
    ),
    "That is what he used to do, and it left him too tired to go.": (
        "’S e sin a b’ àbhaist dha a dhèanamh, agus dh’fhàg e ro sgìth e airson a dhol ann."
    ),
    "He stayed at home and watched the match on his phone": (
        "Dh’fhuirich e aig an taigh agus choimhead e air a’ gheama air a’ fòn aige"
    ),
    "No. With his plan, and a lift from his daughter, he saw the whole game.": (
        "Cha do dh’fhuirich. Leis a’ phlana aige, agus an nighean aige ga thoirt ann sa chàr, "
        "chunnaic e an geama gu lèir."
    ),
    "When you plan your week, what is it best to plan around?": (
        "Nuair a bhios tu a’ planadh na seachdain agad, dè air as fheàrr am plana a stèidheachadh?"
    ),
    "What you can manage on a less good day": "Na nì thu air latha nach eil cho math",
    (
        "Yes. Planning around a less good day leaves you something to spare, and makes a crash "
        "less likely."
    ): (
        "Seadh. Ma phlanaicheas tu a rèir latha nach eil cho math, bidh rudeigin a bharrachd agad, "
        "agus cha bhi claoidh cho coltach."
    ),
    "What you can manage on your best day": "Na nì thu air an latha as fheàrr agad",
    "Not quite. Planning around your best day tends to lead back to boom and bust.": (
        "Chan ann buileach. Ma phlanaicheas tu a rèir an latha as fheàrr agad, ’s dualach gun till "
        "thu gu cus is claoidh."
    ),
    "What other people expect of you": "Na tha daoine eile an dùil bhuat",
    "Not quite. Other people matter, but a plan works best when it starts from your own energy.": (
        "Chan ann buileach. Tha daoine eile cudromach, ach ’s fheàrr a dh’obraicheas plana nuair a "
        "thòisicheas e bho do lùth fhèin."
    ),
    "Keeping going when things change": "A’ cumail a’ dol nuair a dh’atharraicheas cùisean",
    "Setbacks and flare-ups, and a plan for a bad day made on a good one.": (
        "Ceuman air ais is droch amannan, agus plana airson droch latha air a dhèanamh air latha "
        "math."
    ),
    (
        "Even with good pacing there will be setbacks: a virus, a bad night, a family worry, hot "
        "weather, a busy week you could not avoid. A setback does not mean you have failed, or "
        "that pacing does not work. It is part of living with a long-term condition."
    ): (
        "Fiù ’s le deagh riaghladh astair, bidh ceuman air ais ann: bhìoras, droch oidhche, dragh "
        "teaghlaich, aimsir theth, seachdain thrang nach b’ urrainn dhut a sheachnadh. Chan eil "
        "ceum air ais a’ ciallachadh gun do dh’fhàillig thu, no nach eil riaghladh astair ag "
        "obair. Tha e na phàirt de bhith beò le tinneas fad-ùine."
    ),
    (
        "It helps to make a plan for bad days while you are having a good one, when it is easier "
        "to think clearly."
    ): (
        "Cuidichidh e ma nì thu plana airson droch làithean fhad ’s a tha latha math agad, nuair a "
        "tha e nas fhasa smaoineachadh gu soilleir."
    ),
    "Ruairidh's flare-up": "An droch àm aig Ruairidh",
    (
        "Ruairidh is 41, lives in Stornoway and has MS. Last spring he had a relapse that left him "
        "exhausted for several weeks. Afterwards he talked it over with Jo, a volunteer from his "
        "online peer support group."
    ): (
        "Tha Ruairidh 41 bliadhna a dh’aois, tha e a’ fuireach ann an Steòrnabhagh agus tha MS "
        "air. As t-earrach an-uiridh, bha ath-thuiteam aige a dh’fhàg claoidhte e fad grunn "
        "sheachdainean. Às a dhèidh, bhruidhinn e mu dheidhinn ri Jo, saor-thoileach bhon "
        "bhuidheann taic co-aoise aige air loidhne."
    ),
    "Jo": "Jo",
    "How did you know it was coming?": "Ciamar a bha fios agad gun robh e a’ tighinn?",
    "Ruairidh": "Ruairidh",
    (
        "My legs felt heavy in the mornings, and I was losing words. I'd had that before a relapse "
        "once already."
    ): (
        "Bha mo chasan a’ faireachdainn trom sa mhadainn, agus bha mi a’ call fhaclan. Bha sin air "
        "tachairt dhomh aon turas roimhe, ro ath-thuiteam."
    ),
    "What did you do?": "Dè rinn thu?",
    (
        "I got out the plan I'd made in the winter. Basics only: eat, wash, tablets, rest. "
        "Everything else could wait."
    ): (
        "Thug mi a-mach am plana a rinn mi sa gheamhradh. Na bunaitean a-mhàin: ithe, nighe, "
        "pilichean, fois. Dh’fhaodadh a h-uile càil eile feitheamh."
    ),
    "Was that hard?": "An robh sin doirbh?",
    (
        "Very. I felt useless. But the plan said who to tell, so I texted my manager and my "
        "sister, and I phoned the MS nurse."
    ): (
        "Glè dhoirbh. Bha mi a’ faireachdainn gun fheum. Ach bha am plana ag ràdh cò dha a "
        "dh’innsinn, mar sin chuir mi teacsa chun a’ mhanaidsear agam agus gu mo phiuthar, agus "
        "chuir mi fòn gu banaltram MS."
    ),
    "And now?": "Agus a-nis?",
    (
        "I'm building back slowly, a bit at a time, and only adding more when things have been "
        "steady for a while."
    ): (
        "Tha mi a’ togail air ais gu slaodach, beagan aig an aon àm, agus chan eil mi a’ cur "
        "barrachd ris ach nuair a tha cùisean air a bhith seasmhach airson greis."
    ),
    (
        "The early signs Ruairidh knew to look out for, how much his plan had already decided for "
        "him, and who he told."
    ): (
        "Na comharran tràtha air an robh Ruairidh eòlach, na bha am plana aige air a cho-dhùnadh "
        "dha mu thràth, agus cò dha a dh’innis e."
    ),
    "A plan for a bad day": "Plana airson droch latha",
    (
        "On a day when you feel fairly well, write a short plan for a bad day, and keep it "
        "somewhere easy to find. It might cover:"
    ): (
        "Air latha nuair a tha thu a’ faireachdainn an ìre mhath, sgrìobh plana goirid airson "
        "droch latha, agus cùm e an àiteigin far am faigh thu gu furasta e. Dh’fhaodadh e na "
        "leanas a ghabhail a-steach:"
    ),
    "The early signs that a bad spell may be starting": (
        "Na comharran tràtha gur dòcha gu bheil droch àm a’ tòiseachadh"
    ),
    "The basics you will keep doing, and what can wait": (
        "Na bunaitean a chumas tu a’ dol, agus na dh’fhaodas feitheamh"
    ),
    "Who you will tell, and what you will ask them for": (
        "Cò dha a dh’innseas tu, agus dè dh’iarras tu orra"
    ),
    "What helps you feel a little better": "Na chuidicheas thu gus faireachdainn beagan nas fheàrr",
    "When you will contact your GP, your specialist team or NHS 24 on 111": (
        "Cuin a bhruidhneas tu ris an GP agad, ris an sgioba speisealta agad no ri NHS 24 air 111"
    ),
    "Write it in your own words: the plan is for you.": (
        "Sgrìobh e nad fhaclan fhèin: ’s ann dhutsa a tha am plana."
    ),
    "Your plan for a bad day": "Am plana agad airson droch latha",
    (
        "Looking back at your energy diary and your plan for the week, what has surprised you? "
        "What would you say to someone who is just starting to learn about pacing?"
    ): (
        "A’ coimhead air ais air an leabhar-latha agad agus air a’ phlana agad airson na "
        "seachdain, dè a chuir iongnadh ort? Dè chanadh tu ri cuideigin a tha dìreach a’ "
        "tòiseachadh ag ionnsachadh mu riaghladh astair?"
    ),
    (
        "If and when you feel like it, you might share what you have learned with a friend or a "
        "peer support group."
    ): (
        "Ma thogras tu, agus nuair a thogras tu, dh’fhaodadh tu na dh’ionnsaich thu a roinn le "
        "caraid no le buidheann taic co-aoise."
    ),
    "Setbacks are part of living with a long-term condition, not a sign of failure.": (
        "Tha ceuman air ais nam pàirt de bhith beò le tinneas fad-ùine, chan e comharra "
        "fàilligidh."
    ),
    "Make your plan for a bad day on a good day.": (
        "Dèan am plana agad airson droch latha air latha math."
    ),
    "Know your early signs, your basics and who you will tell.": (
        "Biodh fios agad air na comharran tràtha agad, na bunaitean agad agus cò dha a dh’innseas "
        "tu."
    ),
    "After a setback, build back gently, and only when things have been steady.": (
        "Às dèidh ceum air ais, tog air ais gu socair, agus dìreach nuair a tha cùisean air a "
        "bhith seasmhach."
    ),
    "A setback means that pacing is not working for you.": (
        "Ma thig ceum air ais, tha sin a’ ciallachadh nach eil riaghladh astair ag obair dhut."
    ),
    (
        "Not so. Setbacks happen even with good pacing. They are part of living with a long-term "
        "condition."
    ): (
        "Chan ann mar sin. Tachraidh ceuman air ais fiù ’s le deagh riaghladh astair. Tha iad nam "
        "pàirt de bhith beò le tinneas fad-ùine."
    ),
    "That's right. Setbacks happen to everyone, even with good pacing.": (
        "Tha sin ceart. Tachraidh ceuman air ais do gach duine, fiù ’s le deagh riaghladh astair."
    ),
    "When is the best time to write a plan for a bad day?": (
        "Cuin as fheàrr plana a sgrìobhadh airson droch latha?"
    ),
    "On a good day, when it is easier to think clearly": (
        "Air latha math, nuair a tha e nas fhasa smaoineachadh gu soilleir"
    ),
    "Yes. On a bad day there is little energy to spare for planning.": (
        "Seadh. Air droch latha, chan eil mòran lùth a bharrachd ann airson planadh."
    ),
    "On a bad day, when you know what you need": (
        "Air droch latha, nuair a tha fios agad dè tha a dhìth ort"
    ),
    (
        "Not quite. On a bad day it is hard to think things through; a plan made earlier does that "
        "work for you."
    ): (
        "Chan ann buileach. Air droch latha, tha e doirbh smaoineachadh air cùisean gu "
        "mionaideach; nì plana a chaidh a dhèanamh ro-làimh an obair sin dhut."
    ),
    "Only after a hospital appointment": "Dìreach às dèidh coinneamh san ospadal",
    (
        "No. You can make your own plan at any time, and share it with your health team if you "
        "want to."
    ): (
        "Chan ann. Faodaidh tu do phlana fhèin a dhèanamh uair sam bith, agus a roinn leis an "
        "sgioba slàinte agad ma thogras tu."
    ),
    "How did Ruairidh's plan help him when the relapse came?": (
        "Ciamar a chuidich am plana aig Ruairidh e nuair a thàinig an ath-thuiteam?"
    ),
    "It told him what to keep doing and what could wait": (
        "Dh’innis e dha dè bu chòir dha cumail a’ dol agus dè a dh’fhaodadh feitheamh"
    ),
    "Yes. He only had to keep to the basics; the plan had already decided the rest.": (
        "Seadh. Cha robh aige ach cumail ris na bunaitean; bha am plana air an còrr a cho-dhùnadh "
        "mu thràth."
    ),
    "It told him to push through so that he would not fall behind": (
        "Dh’innis e dha putadh air adhart gus nach tuiteadh e air dheireadh"
    ),
    "No. His plan did the opposite: the basics only, and rest.": (
        "Cha do dh’innis. Rinn am plana aige a chaochladh: na bunaitean a-mhàin, agus fois."
    ),
    "It meant he did not need to tell anyone": (
        "Bha e a’ ciallachadh nach fheumadh e innse do dhuine sam bith"
    ),
    "No. His plan said who to tell, and he told his manager, his sister and his MS nurse.": (
        "Cha robh. Bha am plana aige ag ràdh cò dha a dh’innseadh e, agus dh’innis e don "
        "mhanaidsear aige, dha phiuthar agus don bhanaltram MS aige."
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
