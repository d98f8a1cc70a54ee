"""Demo course content, written for this project.

The courses, modules, activities, case studies, transcripts and credits below are invented for
the demo. The people named in them are fictional; the facts about Scotland (for example adult
carer support plans under the Carers (Scotland) Act 2016) are real.
"""

SCALE = {
    "name": "Confidence in managing my health (demo)",
    "introduction": (
        "For each statement, choose the number that matches how confident you feel today. "
        "There are no right or wrong answers, and you can skip any statement."
    ),
    "low_anchor": "Not at all confident",
    "high_anchor": "Completely confident",
    "statements": [
        "I know where to find support when my health gets harder to manage.",
        "I can plan my day so that I have energy for what matters to me.",
        "I can talk with health and care staff about what I want from my care.",
        "I can notice early signs that I need to slow down or ask for help.",
        "I can do things that lift my mood when I am feeling low.",
        "I feel able to share what I have learned with people in a similar situation.",
    ],
}


def p(*paragraphs: str) -> tuple:
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


def activity(title: str, minutes: int, instructions: str, materials: str = "") -> tuple:
    return ("activity", {"title": title, "minutes": minutes,
                         "instructions": f"<p>{instructions}</p>", "materials": materials})


def discussion(question: str, *follow_ups: str) -> tuple:
    return ("discussion", {"question": question, "follow_ups": list(follow_ups)})


def notes(text: str) -> tuple:
    return ("trainer_notes", {"notes": f"<p>{text}</p>"})


# The blocks of a self-paced module, for someone working through it alone
# (``courses.learning_blocks``). A module's length is the sum of their minutes.

def rich(*parts: str | list[str]) -> str:
    """Rich text: each string a paragraph, each list a bulleted list."""
    return "".join(
        "<ul>" + "".join(f"<li>{item}</li>" for item in part) + "</ul>"
        if isinstance(part, list) else f"<p>{part}</p>" for part in parts)


def case_study(title: str, minutes: int, *situation: str, transcript=(), notice: str) -> tuple:
    return ("case_study", {
        "title": title, "minutes": minutes, "situation": rich(*situation),
        "transcript": [{"speaker": speaker, "words": words} for speaker, words in transcript],
        "notice": notice,
    })


def try_this(title: str, minutes: int, *instructions: str | list[str], notes_label: str
             ) -> tuple:
    return ("try_this", {"title": title, "minutes": minutes,
                         "instructions": rich(*instructions), "notes_label": notes_label})


def reflection(prompt: str, minutes: int, help: str = "") -> tuple:
    return ("reflection", {"prompt": prompt, "minutes": minutes, "help": help})


def key_points(*points: str) -> tuple:
    return ("key_points", {"heading": "Key points", "points": list(points)})


def knowledge_check(introduction: str, *questions: tuple) -> tuple:
    return ("knowledge_check", {"introduction": introduction, "questions": list(questions)})


def choice(question: str, *options: dict) -> tuple:
    return ("choice", {"question": question, "options": list(options)})


def right(text: str, feedback: str) -> dict:
    return {"text": text, "correct": True, "feedback": feedback}


def wrong(text: str, feedback: str) -> dict:
    return {"text": text, "correct": False, "feedback": feedback}


def true_false(statement: str, is_true: bool, *, if_true: str, if_false: str) -> tuple:
    """``if_true``: the feedback for someone who answers "true"; ``if_false``: for "false"."""
    return ("true_false", {"statement": statement, "is_true": is_true,
                           "feedback_true": if_true, "feedback_false": if_false})


# Where the demo's factsheet goes in a self-paced module (``site`` puts the document in).
def pacing_factsheet() -> tuple:
    return ("factsheet", {"document": None, "summary": "Five steps to a steadier week."})


LIVING_WELL = {
    "title": "Living Well with a Long-Term Condition",
    "slug": "living-well",
    "summary": (
        "Six friendly group sessions where people living with long-term conditions share what "
        "works, try out practical tools and plan the changes they want to make."
    ),
    "about": (
        "This course was written by people who live with conditions such as COPD, diabetes, "
        "arthritis, long COVID and heart disease, working alongside nurses, a physiotherapist "
        "and an occupational therapist. It is delivered by two trainers, at least one of whom "
        "lives with a long-term condition too.",
        "You do not need to talk about your diagnosis unless you want to. Each session has a "
        "break, tea and coffee, and plenty of time to listen.",
    ),
    "audience": "long_term_conditions",
    "delivery": "group",
    "session_count": 6,
    "session_minutes": 150,
    "completion_min_sessions": 4,
    "credits": [
        {"name": "Mòrag Nic a' Phì", "role": "Wrote the pacing and energy module from her "
         "own experience of ME/CFS", "lived_experience": True, "consent": "CF-2026-011",
         "modules": ["Pacing, energy and rest"]},
        {"name": "Dr Alasdair Grannd", "role": "Reviewed the module on working with health "
         "professionals as a GP", "lived_experience": False, "consent": "CF-2026-012",
         "modules": ["Working with health professionals"]},
        {"name": "", "anonymous": True, "role": "Co-wrote the module on pain and low mood",
         "lived_experience": True, "consent": "CF-2026-013",
         "modules": ["Managing pain and low mood", "Eating, moving and sleeping"]},
        {"name": "Raonaid Stiùbhart", "role": "Tested early drafts with her peer support "
         "group in Inverness", "lived_experience": True, "consent": None},
    ],
    "modules": [
        {
            "title": "Getting started: what self management means to us",
            "summary": "Meeting the group, agreeing how we work together and thinking about "
                       "what managing your own health looks like day to day.",
            "body": [
                p("Self management is not about coping alone. It is about having the "
                  "knowledge, support and confidence to make choices about your own life "
                  "with a long-term condition."),
                activity("Welcome and group agreement", 20,
                         "Trainers introduce themselves and their own experience. The group "
                         "agrees a few ground rules, such as keeping personal stories private "
                         "and everyone being free to pass.", "Flip chart and pens"),
                activity("What is on your plate?", 35,
                         "In pairs, people list what their condition affects: work, sleep, "
                         "family, money, mood. Pairs share one thing each with the group."),
                discussion("What does a good day look like for you?",
                           "What is different on a bad day?",
                           "Who or what helps you get from one to the other?"),
                activity("Break", 15, "Tea, coffee and a chance to stretch."),
                activity("Your toolbox", 50,
                         "The trainers introduce the tools the course will use: pacing, "
                         "action plans, problem solving and talking with professionals. "
                         "Everyone picks one they most want to try."),
                activity("Making a first action plan", 30,
                         "Each person writes one small, specific thing they will do this week "
                         "and rates how sure they are, from 0 to 10, that they will do it.",
                         "Action plan sheets"),
                notes("Some people arrive anxious or have not been in a group for years. "
                      "Greet everyone at the door and make sure the first round is easy to "
                      "pass on. If the action plan confidence is below 7, help them make the "
                      "plan smaller rather than try harder."),
            ],
        },
        {
            "title": "Pacing, energy and rest",
            "summary": "Understanding the boom-and-bust cycle and finding a steadier rhythm.",
            "body": [
                p("Many long-term conditions bring tiredness that rest alone does not fix. "
                  "Pacing means spreading activity across the day and week so that you keep "
                  "doing what matters without paying for it afterwards."),
                activity("Check-in on action plans", 25,
                         "Everyone says how their plan went. Trainers model problem solving "
                         "for anyone who got stuck, without judging."),
                activity("Boom and bust", 30,
                         "The trainer draws the boom-and-bust curve. People mark where their "
                         "last week sat on it and talk about what triggered the busts."),
                activity("Break", 15, "Tea and coffee."),
                activity("Planning a steady week", 50,
                         "Using a weekly planner, people spread three tasks they dread over "
                         "several days, with rests planned before they are needed.",
                         "Weekly planner sheets, coloured pens"),
                discussion("What gets in the way of resting before you are exhausted?",
                           "How do other people react when you pace yourself?"),
                activity("Action plans", 30, "Everyone writes a new action plan for the week."),
                notes("Mòrag, who co-wrote this module, suggests sharing a personal example of "
                      "a bust early on: it gives people permission to be honest about theirs."),
            ],
        },
        {
            "title": "Working with health professionals",
            "summary": "Getting the most from appointments and being an equal partner in care.",
            "body": [
                p("Appointments are short. A little preparation helps you say what matters "
                  "most and leave with what you need."),
                activity("Check-in on action plans", 25, "A round of how the week went."),
                activity("Preparing for an appointment", 40,
                         "People practise a simple routine: write down three questions, ask "
                         "the most important one first, say back what you heard, and agree "
                         "what happens next. They write questions for a real appointment.",
                         "Appointment planner cards"),
                activity("Break", 15, "Tea and coffee."),
                activity("Role play: the ten-minute appointment", 40,
                         "In threes, one person plays the patient, one the professional and "
                         "one observes. Swap roles. Anyone may choose to observe only."),
                discussion("What would you like health and care staff to understand about "
                           "living with your condition?"),
                activity("Action plans", 30, "New action plans for the week."),
                notes("Some participants have had poor experiences with services. Acknowledge "
                      "them, but steer the group towards what they can do next time rather "
                      "than individual complaints."),
            ],
        },
        {
            "title": "Managing pain and low mood",
            "summary": "How pain, stress and mood affect each other, and things that help.",
            "body": [
                p("Pain and low mood often travel together. Small, regular things that bring "
                  "calm or enjoyment can loosen their grip."),
                activity("Check-in on action plans", 25, "A round of how the week went."),
                activity("The symptom cycle", 30,
                         "Together the group maps how pain, poor sleep, worry and inactivity "
                         "feed into one another, and where the cycle can be broken."),
                activity("Break", 15, "Tea and coffee."),
                activity("Trying a relaxation exercise", 25,
                         "A trainer leads a short breathing and body-scan exercise. People can "
                         "keep their eyes open and stop at any time."),
                discussion("What lifts your mood, even a little?",
                           "When did you last do it?"),
                activity("Pleasant activities plan", 25,
                         "Each person plans two small enjoyable things for the coming week."),
                activity("Action plans", 30, "New action plans for the week."),
                notes("This session can bring up strong feelings. Know the local crisis "
                      "contacts (NHS 24 on 111, Breathing Space, Samaritans) and have them on "
                      "a card to hand out. Check in privately with anyone who goes quiet."),
            ],
        },
        {
            "title": "Eating, moving and sleeping",
            "summary": "Realistic changes to food, activity and sleep that fit your life.",
            "body": [
                activity("Check-in on action plans", 25, "A round of how the week went."),
                activity("Moving more, gently", 35,
                         "The group tries chair-based movements and talks about activity that "
                         "suits different conditions, from walking groups to boccia."),
                activity("Break", 15, "Tea and coffee, with some healthy snacks to try."),
                activity("Food and energy", 30,
                         "People compare what they ate on a good day and a bad day and spot "
                         "one small swap that would help."),
                discussion("What helps you sleep, and what keeps you awake?"),
                activity("Action plans", 45,
                         "New action plans, and a look back at everyone's plans so far."),
                notes("Avoid giving individual dietary advice; point people to their dietitian "
                      "or GP. The chair exercises should be done seated and within comfort."),
            ],
        },
        {
            "title": "Looking ahead: planning and staying connected",
            "summary": "Keeping going after the course, and the support and groups nearby.",
            "body": [
                activity("Check-in on action plans", 25, "A round of how the week went."),
                activity("Setbacks and flare-ups", 30,
                         "People write a short plan for a flare-up: early signs, what helps, "
                         "who to call."),
                activity("Break", 15, "Tea and coffee."),
                activity("What is near you", 30,
                         "The trainers share local groups, walking groups, carers centres and "
                         "peer support. People add places they know."),
                discussion("What has changed for you since the first session?"),
                activity("Confidence ratings and farewells", 50,
                         "People complete their end-of-course confidence rating, hear about "
                         "volunteering and becoming a peer trainer, and say goodbye."),
                notes("Mention the volunteering path warmly but without pressure. Several of "
                      "our trainers started exactly here."),
            ],
        },
    ],
}

CARING = {
    "title": "Caring for Yourself Too",
    "slug": "caring-for-yourself-too",
    "summary": (
        "Four sessions for unpaid carers: looking after your own health, knowing your rights "
        "and planning ahead, with other carers who understand."
    ),
    "about": (
        "Written by carers with a carers centre support worker and a community nurse. Whoever "
        "you look after, and however many hours you care, you are welcome.",
        "If you need someone to sit with the person you care for so that you can come, ask "
        "us: many local carers centres can help.",
    ),
    "audience": "carers",
    "companions": "take_places",
    "delivery": "group",
    "session_count": 4,
    "session_minutes": 120,
    "completion_min_sessions": 3,
    "credits": [
        {"name": "Ealasaid Dhòmhnallach", "role": "Co-wrote every module as a carer for her "
         "husband", "lived_experience": True, "consent": "CF-2026-021",
         "modules": ["Your caring role and you", "Your rights and the support available",
                     "Looking after your own health",
                     "Planning for emergencies and the future"]},
        {"name": "Calum MacAoidh", "role": "Shared his experience as a young adult carer",
         "lived_experience": True, "consent": "CF-2026-022"},
        {"name": "Fiona Wright", "role": "Checked the rights module as a carers centre "
         "support worker", "lived_experience": False, "consent": "CF-2026-023"},
    ],
    "modules": [
        {
            "title": "Your caring role and you",
            "summary": "Recognising yourself as a carer and noticing what caring asks of you.",
            "body": [
                activity("Welcome and group agreement", 20,
                         "Introductions and ground rules. People say who they care for only "
                         "if they wish."),
                activity("A week in my shoes", 35,
                         "People fill in a week's timeline of caring tasks, and then shade "
                         "the time that is just for them."),
                activity("Break", 15, "Tea and coffee."),
                discussion("When did you first think of yourself as a carer?",
                           "What would you tell someone who is just starting out?"),
                activity("One thing for me", 30,
                         "Each person plans one small thing for themselves this week."),
                notes("Many carers feel guilty talking about their own needs. Name that gently "
                      "and often."),
            ],
        },
        {
            "title": "Your rights and the support available",
            "summary": "Adult carer support plans, carers centres and short breaks in Scotland.",
            "body": [
                p("In Scotland, the Carers (Scotland) Act 2016 gives every adult carer the "
                  "right to an adult carer support plan, which looks at what matters to you "
                  "and what support you are eligible for."),
                activity("What support exists?", 40,
                         "The trainers go through adult carer support plans, carers centres, "
                         "short breaks and Carer's Allowance, with local contacts."),
                activity("Break", 15, "Tea and coffee."),
                activity("Practising the conversation", 35,
                         "In pairs, people practise asking for a carer support plan, using "
                         "prompts about their own health, work and time off."),
                discussion("What has made it easier, or harder, to ask for help?"),
                notes("Rules on benefits change; point people to the carers centre or a "
                      "welfare rights adviser for individual advice."),
            ],
        },
        {
            "title": "Looking after your own health",
            "summary": "Sleep, stress, lifting and your own appointments.",
            "body": [
                activity("Check-in", 20, "How did the one thing for me go?"),
                activity("Stress signals", 30,
                         "People list their own early signs of stress and what helps."),
                activity("Break", 15, "Tea and coffee."),
                activity("Keeping your own appointments", 30,
                         "Planning how to keep your own health checks when caring makes it "
                         "hard, including telling your GP practice that you are a carer."),
                discussion("Who looks after you?"),
                activity("Action plans", 25, "A plan for the coming week."),
                notes("Have information about Breathing Space and local carers centres ready."),
            ],
        },
        {
            "title": "Planning for emergencies and the future",
            "summary": "An emergency plan, and thinking about what happens next.",
            "body": [
                activity("Check-in", 20, "How did the week go?"),
                activity("My emergency plan", 40,
                         "People start an emergency plan: who to call, medicines, routines "
                         "and what the person they care for likes.", "Emergency plan forms"),
                activity("Break", 15, "Tea and coffee."),
                discussion("What would you like to be different a year from now?"),
                activity("Confidence ratings and next steps", 45,
                         "End-of-course ratings, local peer support groups and a chance to "
                         "hear about volunteering."),
                notes("Emergency plans can raise worries about the future. Leave time at "
                      "the end for anyone who wants to talk."),
            ],
        },
    ],
}

CPD = {
    "title": "Supporting Self Management in Practice",
    "slug": "supporting-self-management",
    "summary": (
        "A self-paced CPD module for health and care staff, shaped by people living with "
        "long-term conditions: what helps them manage their own health, and how you can help."
    ),
    "about": (
        "You take this course on your own, online, whenever it suits you. It has three "
        "modules of about an hour each, three hours in all, and you can stop at any point and "
        "come back later.",
        "Each module has short case studies to read, exercises to try in your own practice, a "
        "question to reflect on and five questions to check your understanding. The times "
        "given are a guide: some people take longer over the exercises, and that is fine. "
        "Your notes are private to you.",
        "When you have finished all three modules, you write a short reflection, which goes "
        "into your CPD log with the three hours.",
    ),
    "audience": "health_staff",
    "delivery": "self_paced",
    "cpd_hours": "3.0",
    "credits": [
        {"name": "Iain MacLeòid", "role": "Recorded the stories in module one about living "
         "with COPD", "lived_experience": True, "consent": "CF-2026-031"},
        {"name": "Sister Anna Kowalczyk", "role": "Co-wrote module two as a respiratory "
         "nurse specialist", "lived_experience": False, "consent": "CF-2026-032"},
    ],
    "modules": [
        {
            "title": "What people living with conditions told us",
            "summary": "The things that made a difference, in people's own words.",
            "pass_mark": 80,
            "body": [
                p("People living with long-term conditions spend a few hours a year with "
                  "health professionals and the rest of the time managing on their own. "
                  "This module starts from what they told us helps in that time."),
                reflection("Before you read on: what do you think helps people most in the "
                           "time between their appointments? Write down your first thoughts; "
                           "you will come back to them at the end.", 5,
                           "There is no right answer. A few words are enough."),
                case_study(
                    "Donnie, living with COPD", 9,
                    "Donnie is 68 and lives outside Dingwall. He has had COPD for eleven "
                    "years.",
                    "\"The nurse sees me once a year, for twenty minutes. The other three "
                    "hundred and sixty-four days, it's me and my wife that deal with it. I "
                    "know which days I can get to the shop and which days I can't. I know a "
                    "chest infection is coming before a doctor could hear it.\"",
                    "What helped most, he says, was a nurse who asked what he had noticed "
                    "before his last three chest infections, and wrote it into his plan in "
                    "his own words.",
                    notice="How much Donnie knows about his own condition, and what changed "
                           "when a nurse treated that knowledge as part of his care."),
                case_study(
                    "Priya, living with type 2 diabetes", 8,
                    "Priya is 54, works shifts in a care home in Paisley and was told she had "
                    "type 2 diabetes four years ago.",
                    "\"For the first year I felt told off at every appointment. My numbers "
                    "were always too high and I was always going to try harder. Nobody asked "
                    "what my week looked like: nights, days, eating at three in the "
                    "morning.\"",
                    "Things changed on a group course led by a woman who also worked shifts. "
                    "Together they worked out what Priya could actually change. It was "
                    "small: a packed meal for night shifts, a walk when she got home. Her "
                    "numbers came down slowly, and she stopped dreading her reviews.",
                    notice="That the advice Priya had been given was not wrong, but did not "
                           "fit her life; and who helped her make it fit."),
                case_study(
                    "Morven, living with chronic pain", 8,
                    "Morven is 39, has two children and has lived with pain in her back and "
                    "hips since a car accident seven years ago.",
                    "\"I've had every scan going. What I wanted was for someone to say: this "
                    "is real, it's not going away, so let's talk about how you live with it. "
                    "The day a physio said that, I cried in the car park. Then I started "
                    "pacing, and I got some of my life back.\"",
                    "She now helps to run a pain support group in her town. People come for "
                    "the tips, she says, and come back because they are believed.",
                    notice="What Morven needed before any advice could help her, and what she "
                           "now offers other people."),
                p("Between them, Donnie, Priya and Morven describe three things that come up "
                  "again and again: being treated as the expert in your own life, advice "
                  "that fits the life you actually have, and being believed. None of them "
                  "needs more appointments. They depend on how the time you already have is "
                  "used."),
                try_this(
                    "What do you already know?", 15,
                    "Think of three people you have supported recently who live with a "
                    "long-term condition. Do not write their names or anything that could "
                    "identify them.",
                    "For each of them, write down what they already do to manage their "
                    "condition day to day, as far as you know. Then write one thing you do "
                    "not know and could ask about next time.",
                    "If you find you know very little, that is common: it is the point of "
                    "the exercise.",
                    notes_label="What you know, and what you could ask"),
                reflection("Look back at what you wrote before reading the stories. What "
                           "would you add or change now? Think of one moment in your own "
                           "practice when asking more about what the person already does "
                           "would have changed the conversation.", 15,
                           "Keep your notes short. You can use them later for the reflection "
                           "in your CPD log."),
                key_points(
                    "People living with long-term conditions do most of the managing "
                    "themselves, between appointments.",
                    "They often know their early signs, their patterns and what works for "
                    "them: ask, and use it in the plan.",
                    "Advice that does not fit someone's life is unlikely to be followed, "
                    "however good it is.",
                    "Being believed and treated as an equal can matter as much as any "
                    "treatment.",
                ),
                knowledge_check(
                    "Five questions on this module. To pass, get four of the five right.",
                    choice("In Donnie's story, what helped him most?",
                           right("A nurse who wrote his own early signs of an infection into "
                                 "his plan",
                                 "Right. Donnie knew the signs of a chest infection before "
                                 "anyone could hear it; his plan became useful when it was "
                                 "written in his own words."),
                           wrong("Seeing the practice nurse more often",
                                 "Not quite. Donnie sees the nurse for twenty minutes a year. "
                                 "What helped was how that time was used, not more of it."),
                           wrong("A new inhaler",
                                 "No. His story is not about medicines: it is about a nurse "
                                 "treating what Donnie had noticed as part of his care.")),
                    true_false("Priya's early advice was wrong, and that is why it did not "
                               "help her.", False,
                               if_true="Not quite. The advice was sound, but it did not fit a "
                                       "life of night shifts. It helped once she worked out, "
                                       "with someone who knew shift work, what she could "
                                       "actually change.",
                               if_false="Right. The advice was not wrong; it did not fit her "
                                        "week. Making it fit is what helped."),
                    choice("Why, in Morven's words, do people keep coming back to her "
                           "support group?",
                           right("Because they are believed",
                                 "Right. People may come for the tips, but being believed is "
                                 "what brings them back."),
                           wrong("Because the group gives medical advice",
                                 "No. A peer support group shares experience, not medical "
                                 "advice, and Morven does not say that it does."),
                           wrong("Because their GP asks them to",
                                 "No. Nothing in Morven's story says so: people choose to "
                                 "come back.")),
                    true_false("Most of the managing of a long-term condition happens between "
                               "appointments, done by the person and those close to them.",
                               True,
                               if_true="Right. People spend a few hours a year with "
                                       "professionals; the rest of the year, they and their "
                                       "families manage it themselves.",
                               if_false="Not quite. People spend only a few hours a year with "
                                        "professionals. Most of the managing is theirs, "
                                        "between appointments."),
                    choice("You have reviewed someone's condition every year for a long time. "
                           "What is the best way to begin this year's review?",
                           right("Ask what they do to manage it day to day, and what they "
                                 "have noticed",
                                 "Right. Years of living with a condition bring knowledge you "
                                 "can build on, and asking shows that you value it."),
                           wrong("Go through the usual advice again, in case they have "
                                 "forgotten it",
                                 "Not the best start. Advice heard many times rarely helps "
                                 "when repeated; finding out what they already do is a better "
                                 "place to begin."),
                           wrong("Keep to the review template so that nothing is missed",
                                 "Templates make sure the checks are done, but they do not "
                                 "tell you what the person knows or wants. Start from the "
                                 "person, and the checks can still be covered.")),
                ),
            ],
        },
        {
            "title": "Good conversations: asking what matters",
            "summary": "Practical ways to start from the person's own goals.",
            "pass_mark": 80,
            "body": [
                p("Asking \"what matters to you?\" rather than \"what is the matter with "
                  "you?\" shifts a conversation towards the person's own goals."),
                p("Below are two versions of the same yearly review. Ewan is 64 and has had "
                  "COPD for six years. In both, the nurse is the same, with the same twenty "
                  "minutes and the same checks to do. Read them one after the other."),
                case_study(
                    "The review, first version", 10,
                    "Ewan's yearly COPD review at his GP practice. The nurse leads.",
                    transcript=[
                        ("Nurse", "Morning, Ewan, have a seat. This is your yearly COPD "
                                  "review, so I'll check your breathing and your inhalers "
                                  "and we'll go through everything."),
                        ("Ewan", "Right you are."),
                        ("Nurse", "Are you still smoking?"),
                        ("Ewan", "I'm down to five a day."),
                        ("Nurse", "You really need to stop altogether. It's the best thing "
                                  "you can do for your lungs. I'll refer you to the "
                                  "stop-smoking service."),
                        ("Ewan", "I've been before."),
                        ("Nurse", "And how often are you using the blue inhaler?"),
                        ("Ewan", "A fair bit. More when I'm out with the dog."),
                        ("Nurse", "You should be walking every day; it's good for your "
                                  "lungs. Have you heard of pulmonary rehab? It's a "
                                  "six-week class at the hospital."),
                        ("Ewan", "The hospital's two buses away."),
                        ("Nurse", "It's worth it. I'll put the referral in. Any questions?"),
                        ("Ewan", "No, that's fine."),
                    ],
                    notice="Who does most of the talking; where advice comes before the nurse "
                           "knows what Ewan wants; the dog and the buses, and what happens to "
                           "them; and how likely Ewan is to go to either appointment."),
                case_study(
                    "The review, second version", 10,
                    "The same review, with the same nurse and the same checks. This time "
                    "the nurse starts by asking what Ewan wants from it.",
                    transcript=[
                        ("Nurse", "Morning, Ewan. Before we get to the checks, what would you "
                                  "like to get out of today?"),
                        ("Ewan", "Honestly? I'd like to keep walking the dog. Bess is getting "
                                 "on as well, but she needs her walk, and I'm struggling on "
                                 "the hill by the park."),
                        ("Nurse", "Tell me about the hill."),
                        ("Ewan", "I'm stopping three or four times. I feel daft, with folk "
                                 "going past."),
                        ("Nurse", "So walking Bess without stopping so often is what matters "
                                  "just now. What have you tried already?"),
                        ("Ewan", "I take the blue inhaler before I go out. And I go early, "
                                 "when it's quiet."),
                        ("Nurse", "That makes sense. Would it help to look at how you use the "
                                  "inhaler, and at a way of breathing on the hill?"),
                        ("Ewan", "Aye, it would."),
                        ("Nurse", "There's also a walking group at the community centre, run "
                                  "by people with lung conditions. Would you like to hear "
                                  "about it, or leave it for now?"),
                        ("Ewan", "Write it down for me. I might take Bess."),
                        ("Nurse", "And the cigarettes: where are you with them just now?"),
                        ("Ewan", "Five a day. I'd stop if I thought I could. Could we talk "
                                 "about that next time?"),
                        ("Nurse", "We can. Before you go, can you tell me in your own words "
                                  "what we've agreed?"),
                    ],
                    notice="The first question; how the nurse follows Ewan's lead and asks "
                           "what he already does; offering rather than telling; how smoking "
                           "still comes up, in Ewan's own time; and the check at the end."),
                p("Both versions cover smoking, the inhaler and being active. In the first, "
                  "Ewan mentions his dog and the buses, and both go by. In the second, they "
                  "become the plan."),
                try_this(
                    "Turning points", 10,
                    "Go back through the first version. Mark each line where the nurse could "
                    "have asked about what matters to Ewan instead of moving on, and write "
                    "the question you might have asked.",
                    "Then look at the second version and note which questions opened the "
                    "conversation up, and which kept it on track.",
                    notes_label="The turning points you found"),
                ("paragraph", rich(
                    "Questions that start with what or how, and that the person answers in "
                    "their own words, tend to open a conversation up. Some to try, in your "
                    "own words:",
                    ["What would you like to get out of today?",
                     "What is the hardest part of managing this just now?",
                     "What have you tried already, and how did it go?",
                     "What would make the biggest difference to you this year?"],
                )),
                try_this(
                    "Three questions of your own", 15,
                    "Write three open questions you could use at the start of your next "
                    "reviews. Make them sound like you, and fit them to your setting and the "
                    "time you have.",
                    "At your next appointment with someone who lives with a long-term "
                    "condition, use one of them and listen for two minutes before offering "
                    "any advice. Afterwards, note what you learned that you would not "
                    "otherwise have known.",
                    notes_label="Your three questions, and what happened"),
                reflection("What gets in the way of starting from what matters in your "
                           "setting: time, templates, habit, or something else? Which of "
                           "them could you change, even a little?", 15,
                           "Think of the past week rather than in general."),
                key_points(
                    "Start by asking what the person wants from the appointment.",
                    "Follow what they tell you; the routine checks can still be done.",
                    "Ask what they have tried before you offer advice, and ask before you "
                    "give information.",
                    "Check at the end, in their words, what you have agreed.",
                ),
                knowledge_check(
                    "Five questions on the two reviews. To pass, get four of the five right.",
                    choice("In the first version, what did the nurse pass over?",
                           right("Ewan's dog, and the buses to the hospital",
                                 "Right. Both were clues to what mattered to Ewan and what "
                                 "stood in his way, and both went by without a question."),
                           wrong("His smoking",
                                 "No: smoking was the nurse's first question. What went by "
                                 "were the things Ewan raised himself."),
                           wrong("How often he uses the blue inhaler",
                                 "No: the nurse asked about the inhaler. What went by were "
                                 "Ewan's dog and the buses.")),
                    true_false("In the second version, the nurse left smoking out because "
                               "Ewan had not raised it.", False,
                               if_true="Not so. The nurse did raise smoking, near the end, "
                                       "and asked where Ewan was with it. He chose to come "
                                       "back to it next time.",
                               if_false="Right. Smoking still came up, after the nurse had "
                                        "listened, and Ewan decided when to take it "
                                        "further."),
                    choice("Which of these is an open question that starts from what "
                           "matters?",
                           right("What would you like to get out of today?",
                                 "Right. It cannot be answered with a yes or a no, and it "
                                 "lets the person set the agenda."),
                           wrong("Are you still smoking?",
                                 "This can be answered with a yes or a no, and it starts from "
                                 "the clinician's list rather than the person's."),
                           wrong("You're using your inhaler, aren't you?",
                                 "This is a leading question: it suggests the answer and "
                                 "closes the conversation down.")),
                    true_false("Starting from what matters to the person means the clinical "
                               "checks can be left out.", False,
                               if_true="Not so. In the second version every check was still "
                                       "done. What changed was the order, and who set the "
                                       "agenda.",
                               if_false="Right. The checks still matter. Starting from what "
                                        "matters to the person makes it more likely that the "
                                        "plan will be used."),
                    choice("Why did the nurse ask Ewan to say in his own words what they had "
                           "agreed?",
                           right("To check that they both understood the plan in the same way",
                                 "Right. Asking someone to say it back shows up "
                                 "misunderstandings while there is still time to put them "
                                 "right."),
                           wrong("To test Ewan's memory",
                                 "No. It checks how well the nurse explained things, not how "
                                 "well Ewan remembers."),
                           wrong("Because the review template asks for it",
                                 "Perhaps, in some places; but it helps because both people "
                                 "leave with the same plan.")),
                ),
            ],
        },
        {
            "title": "Working alongside peer support and the third sector",
            "summary": "Signposting to local groups and peer-led courses.",
            "pass_mark": 80,
            "body": [
                p("Peer-led courses and local groups reach people in ways services cannot. "
                  "Knowing what is near your patients makes signposting real.",
                  "In peer support, people help each other because they have been through "
                  "something similar. A peer-led course is run by trainers who live with a "
                  "long-term condition themselves, often alongside one who does not. Neither "
                  "replaces clinical care; both can change how people live with their "
                  "condition."),
                case_study(
                    "Shona's first course", 10,
                    "Shona has rheumatoid arthritis. Her physiotherapist told her about a "
                    "peer-led course at the local library and gave her a leaflet with a name "
                    "and a phone number on it. She nearly did not go.",
                    "Two years later, Shona trains new peer trainers herself. Here she "
                    "remembers her first week.",
                    transcript=[
                        ("Interviewer", "What nearly stopped you going?"),
                        ("Shona", "I thought it would be a room full of people sharing their "
                                  "feelings. I'm not like that."),
                        ("Interviewer", "What was it actually like?"),
                        ("Shona", "One of the trainers said at the start, \"I've had "
                                  "arthritis for twenty years.\" That was all. I thought: she "
                                  "knows."),
                        ("Interviewer", "Did you say much that first week?"),
                        ("Shona", "Hardly a word. Nobody made me. They said you could always "
                                  "pass, and they meant it."),
                        ("Interviewer", "What brought you back for the second week?"),
                        ("Shona", "My action plan. I'd said I would walk to the end of the "
                                  "road three times that week. I did it, and I wanted to tell "
                                  "them."),
                        ("Interviewer", "And the physio's part in it?"),
                        ("Shona", "She didn't just hand me a leaflet. She said, \"I think "
                                  "you'd get something from this,\" and the name on it was a "
                                  "real person who phoned me back."),
                    ],
                    notice="What made the first step possible, what brought Shona back, and "
                           "how small the physiotherapist's part was, yet how much it "
                           "mattered."),
                p("In Scotland, you can find local groups and services through your area's "
                  "third sector interface, carers centres, the community link workers in "
                  "many GP practices, and directories such as ALISS. Many peer-led courses "
                  "welcome people without a referral; some prefer one."),
                try_this(
                    "Mapping what is near you", 20,
                    "Find three local groups or courses that people you support could join: "
                    "for example, a peer-led self-management course, a support group for one "
                    "condition and a walking or activity group.",
                    "For each, note how someone joins (a referral, a phone call or just "
                    "turning up), whether it costs anything, how easy it is to get to and "
                    "into, and who to contact. Check that it is still running.",
                    notes_label="Three places, and how to join each"),
                try_this(
                    "Planning a referral", 10,
                    "Choose one person you support who might get something from a peer-led "
                    "course or group. Do not write anything that could identify them.",
                    "Plan how you would mention it: the words you would use, what you would "
                    "give them (a leaflet, a name, a number), and whether you would offer to "
                    "refer them, with their agreement.",
                    notes_label="How you would mention it (no names)"),
                reflection("Looking back over the three modules, what is one change you will "
                           "make in your practice? How will you know whether it has made a "
                           "difference to the people you support?", 20,
                           "This is a good starting point for the reflection that goes into "
                           "your CPD log."),
                key_points(
                    "Peer support offers what services cannot: people who have been there.",
                    "A warm, personal word from a professional can be what gets someone "
                    "through the door.",
                    "Know how each local group or course is joined, and check that it is "
                    "still running.",
                    "Refer someone only with their agreement.",
                ),
                knowledge_check(
                    "Five questions on this module. To pass, get four of the five right.",
                    choice("What brought Shona back for the second week?",
                           right("Wanting to tell the group she had kept to her action plan",
                                 "Right. A small plan she had chosen herself, and a group who "
                                 "would be glad to hear about it, brought her back."),
                           wrong("Her physiotherapist told her to go back",
                                 "No. Her physiotherapist helped her take the first step; "
                                 "coming back was her own choice."),
                           wrong("She had to attend to finish the course",
                                 "No. Shona came back because she wanted to, not because of a "
                                 "rule.")),
                    true_false("A peer-led course can replace the clinical care a person "
                               "needs.", False,
                               if_true="Not so. Peer-led courses and groups work alongside "
                                       "clinical care, not instead of it.",
                               if_false="Right. They work alongside clinical care and add "
                                        "what it cannot: the experience of people who have "
                                        "been there."),
                    choice("What made the difference in the way Shona's physiotherapist "
                           "told her about the course?",
                           right("She said why she thought it would help, and the contact "
                                 "was a real person",
                                 "Right. A personal word and a real contact turn a leaflet "
                                 "into an invitation."),
                           wrong("She booked Shona onto the course without asking her",
                                 "No, and that would not be right: people join with their "
                                 "agreement."),
                           wrong("She gave her several leaflets to choose from",
                                 "No. It was one leaflet, with a personal word and a real "
                                 "name.")),
                    true_false("Before you refer someone to a course or group, you need their "
                               "agreement.", True,
                               if_true="Right. A referral is made with the person's "
                                       "agreement, and whether to go is their choice.",
                               if_false="Not so. A referral is always made with the person's "
                                        "agreement."),
                    choice("What is the most useful thing to know about a local group before "
                           "you suggest it?",
                           right("How someone joins it, and that it is still running",
                                 "Right. Nothing puts people off like a number nobody answers "
                                 "or a group that stopped meeting last year."),
                           wrong("How many people go to it",
                                 "It can help, but it matters less than knowing how to join "
                                 "and that the group is still running."),
                           wrong("Whether it is led by health professionals",
                                 "No. Many good groups are led by volunteers with lived "
                                 "experience, and that is often their strength.")),
                ),
            ],
        },
    ],
}

THREE_QUESTIONS = ("Three questions to finish. They are here to help you check what you have "
                   "read, not to test you, and each answer explains itself.")

PACING = {
    "title": "Pacing and energy, at your own pace",
    "slug": "pacing-and-energy",
    "summary": (
        "Three short modules to work through at home, in your own time: noticing where your "
        "energy goes, planning a steadier week and keeping going when things change."
    ),
    "about": (
        "This course is for anyone living with fatigue that comes with a long-term condition, "
        "such as long COVID, ME/CFS, COPD, MS or heart failure. It was written by people who "
        "live with fatigue themselves, with an occupational therapist.",
        "There are three short modules, each about twenty minutes. You can take a break at "
        "any point and come back another day. Nothing is timed, and the notes you write are "
        "private to you.",
        "If your symptoms change or get worse, talk to your GP or health team. This course "
        "does not replace their advice.",
    ),
    "audience": "long_term_conditions",
    "delivery": "self_paced",
    "credits": [
        {"name": "Catrìona Nic an t-Saoir", "role": "Co-wrote every module from her own "
         "experience of long COVID", "lived_experience": True, "consent": "CF-2026-041",
         "modules": ["Noticing your energy", "Planning a week with pacing",
                     "Keeping going when things change"]},
        {"name": "", "anonymous": True, "role": "Co-wrote the module on setbacks from living "
         "with ME/CFS", "lived_experience": True, "consent": "CF-2026-042",
         "modules": ["Keeping going when things change"]},
        {"name": "Gregor Paterson", "role": "Checked the pacing advice as an occupational "
         "therapist", "lived_experience": False, "consent": "CF-2026-043"},
    ],
    "modules": [
        {
            "title": "Noticing your energy",
            "summary": "How fatigue differs from everyday tiredness, and a simple diary to "
                       "see where your energy goes.",
            # Three questions: two right are enough.
            "pass_mark": 60,
            "body": [
                p("Welcome. Take this module at whatever pace suits you today. If you need to "
                  "stop, stop: your notes will be here when you come back.",
                  "The fatigue that comes with a long-term condition is not the same as being "
                  "tired after a busy day. It can come on without warning, it may not lift "
                  "after a night's sleep, and it can follow effort a day or two later. "
                  "Thinking, talking, noise and strong feelings can use up energy just as "
                  "walking or housework do."),
                case_study(
                    "Aileen's good day", 6,
                    "Aileen is 52 and lives in Dundee. She has had long COVID since the winter "
                    "of 2022.",
                    "One Tuesday she woke up feeling better than she had in weeks. She did a "
                    "big shop, changed the beds, phoned her sister for an hour and cooked a "
                    "proper dinner. She went to bed pleased with herself.",
                    "On Wednesday she could hardly get up. By Friday she was only just back to "
                    "where she had been on Monday.",
                    "Afterwards she said: \"The crash never comes while I'm doing things. It "
                    "comes later, so I never connected the two. Now I write down what I did "
                    "and how I felt, and I can see it.\"",
                    notice="That the crash came a day later, not during the busy day, and "
                           "that Aileen only saw the pattern once she wrote things down."),
                try_this(
                    "An energy diary for one day", 8,
                    "Choose a day: today, or another day soon. Every two or three hours, "
                    "write down what you have been doing and give your energy a number from "
                    "0 (none at all) to 10 (as much as you ever have).",
                    "Note anything that seemed to drain you or give you a lift. Include the "
                    "things that do not look like effort: a phone call, a noisy shop, a "
                    "worry, a long time sitting up.",
                    "Setting it up takes a few minutes; after that, a minute or two each "
                    "time. If writing is tiring, a few words and a number are plenty, or "
                    "someone close to you could jot it down for you.",
                    notes_label="Your energy diary"),
                reflection("Think of a recent bad day. What came before it? Was there a good "
                           "day, a busy week, or something that upset you?", 6,
                           "There is no need to write much. A few words are enough."),
                key_points(
                    "Fatigue with a long-term condition is different from ordinary "
                    "tiredness, and rest does not always put it right.",
                    "A crash often comes a day or two after the effort that caused it.",
                    "Thinking, talking, noise and feelings use energy too, not only moving "
                    "about.",
                    "Writing things down, even briefly, helps you see your own pattern.",
                ),
                knowledge_check(
                    THREE_QUESTIONS,
                    choice("When did Aileen's crash come?",
                           right("The day after her busy day",
                                 "Yes. The crash came a day later, which is why she had never "
                                 "linked it with the busy day before."),
                           wrong("While she was doing the big shop",
                                 "Not quite. She felt fine during the busy day; the crash came "
                                 "the next day."),
                           wrong("For no reason at all",
                                 "Not quite. It seemed that way, until writing things down "
                                 "showed her it followed her busy Tuesday.")),
                    true_false("Only physical activity, like walking or housework, uses up "
                               "energy.", False,
                               if_true="Not quite. Thinking, talking, noise and strong "
                                       "feelings use energy too, which is why they belong in "
                                       "an energy diary.",
                               if_false="That's right. Thinking, talking, noise and feelings "
                                        "all use energy as well."),
                    choice("What is an energy diary for?",
                           right("Seeing your own pattern of energy, and what affects it",
                                 "Yes. It is for you: a way of seeing what drains you and "
                                 "what helps."),
                           wrong("Showing other people how tired you are",
                                 "Not really. Some people do share theirs with a GP or their "
                                 "family, but it is mainly for you to see your own "
                                 "pattern."),
                           wrong("Pushing yourself to do a little more every day",
                                 "No. The diary is for noticing, not for pushing yourself to "
                                 "do more.")),
                ),
            ],
        },
        {
            "title": "Planning a week with pacing",
            "summary": "Spreading out what you need and want to do, with rest planned before "
                       "you need it.",
            "pass_mark": 60,
            "body": [
                p("Many people with fatigue know the pattern called boom and bust: on a good "
                  "day you do as much as you can, then pay for it with days when you can do "
                  "very little. Pacing is a way out of that pattern. It means spreading what "
                  "you do across the day and the week, so that you can keep doing what "
                  "matters to you without a crash afterwards.",
                  "Some things that help: break big jobs into smaller parts; rest before you "
                  "are exhausted, not after; switch between different kinds of activity; and "
                  "plan around what you can manage on a less good day, not on your best "
                  "one."),
                case_study(
                    "Sandy's Saturday", 6,
                    "Sandy is 71 and lives near Oban. He has COPD and gets very breathless "
                    "when he overdoes things.",
                    "His grandson plays football on Saturday mornings, and Sandy wanted to be "
                    "at the last match of the season. In the past he would have done all his "
                    "jobs on the Friday to keep Saturday free, and then been too tired to go.",
                    "This time he spread the jobs from Monday to Thursday, kept Friday light, "
                    "and planned a rest before the match and a quiet Sunday after it. His "
                    "daughter drove him there, and he took a folding stool. He saw the whole "
                    "game.",
                    notice="How Sandy planned the days before and after the match, not only "
                           "the match itself, and the help he accepted."),
                try_this(
                    "Sketch out your week", 10,
                    "Write down the things you need to do this week, and one thing you would "
                    "like to do just because you enjoy it.",
                    "Mark each one heavy, medium or light, for you. Then spread them over the "
                    "week so that no day has more than one heavy thing, and put a rest before "
                    "each heavy one.",
                    "Look for what could be made lighter: split into parts, done sitting "
                    "down, shared with someone else, or left for another week.",
                    notes_label="Your plan for the week"),
                pacing_factsheet(),
                reflection("What is one thing you find hard to spread out or put off? What "
                           "small change could you try with it this week?", 6,
                           "Be kind to yourself: pacing takes practice, and most people find "
                           "some of it hard."),
                key_points(
                    "Boom and bust means doing too much on good days and paying for it "
                    "afterwards.",
                    "Pacing spreads activity out, with rest planned before you need it.",
                    "Plan around what you can do on a less good day, not your best one.",
                    "Make room in your week for something you enjoy.",
                ),
                knowledge_check(
                    THREE_QUESTIONS,
                    true_false("With pacing, you rest once you feel exhausted.", False,
                               if_true="Not quite. Pacing means resting before you are "
                                       "exhausted, so that you do not get to that point.",
                               if_false="That's right. The idea is to rest before you are "
                                        "exhausted, not after."),
                    choice("What did Sandy do differently this time?",
                           right("He spread his jobs over the week and planned rest before "
                                 "and after the match",
                                 "Yes. He planned the days around the match, not only the "
                                 "day itself."),
                           wrong("He did all his jobs on the Friday to keep Saturday free",
                                 "That is what he used to do, and it left him too tired to "
                                 "go."),
                           wrong("He stayed at home and watched the match on his phone",
                                 "No. With his plan, and a lift from his daughter, he saw the "
                                 "whole game.")),
                    choice("When you plan your week, what is it best to plan around?",
                           right("What you can manage on a less good day",
                                 "Yes. Planning around a less good day leaves you something "
                                 "to spare, and makes a crash less likely."),
                           wrong("What you can manage on your best day",
                                 "Not quite. Planning around your best day tends to lead back "
                                 "to boom and bust."),
                           wrong("What other people expect of you",
                                 "Not quite. Other people matter, but a plan works best when "
                                 "it starts from your own energy.")),
                ),
            ],
        },
        {
            "title": "Keeping going when things change",
            "summary": "Setbacks and flare-ups, and a plan for a bad day made on a good one.",
            "pass_mark": 60,
            "body": [
                p("Even with good pacing there will be setbacks: a virus, a bad night, a "
                  "family worry, hot weather, a busy week you could not avoid. A setback does "
                  "not mean you have failed, or that pacing does not work. It is part of "
                  "living with a long-term condition.",
                  "It helps to make a plan for bad days while you are having a good one, when "
                  "it is easier to think clearly."),
                case_study(
                    "Ruairidh's flare-up", 6,
                    "Ruairidh is 41, lives in Stornoway and has MS. Last spring he had a "
                    "relapse that left him exhausted for several weeks. Afterwards he talked "
                    "it over with Jo, a volunteer from his online peer support group.",
                    transcript=[
                        ("Jo", "How did you know it was coming?"),
                        ("Ruairidh", "My legs felt heavy in the mornings, and I was losing "
                                     "words. I'd had that before a relapse once already."),
                        ("Jo", "What did you do?"),
                        ("Ruairidh", "I got out the plan I'd made in the winter. Basics only: "
                                     "eat, wash, tablets, rest. Everything else could wait."),
                        ("Jo", "Was that hard?"),
                        ("Ruairidh", "Very. I felt useless. But the plan said who to tell, so "
                                     "I texted my manager and my sister, and I phoned the MS "
                                     "nurse."),
                        ("Jo", "And now?"),
                        ("Ruairidh", "I'm building back slowly, a bit at a time, and only "
                                     "adding more when things have been steady for a while."),
                    ],
                    notice="The early signs Ruairidh knew to look out for, how much his plan "
                           "had already decided for him, and who he told."),
                try_this(
                    "A plan for a bad day", 8,
                    "On a day when you feel fairly well, write a short plan for a bad day, "
                    "and keep it somewhere easy to find. It might cover:",
                    ["The early signs that a bad spell may be starting",
                     "The basics you will keep doing, and what can wait",
                     "Who you will tell, and what you will ask them for",
                     "What helps you feel a little better",
                     "When you will contact your GP, your specialist team or NHS 24 on 111"],
                    "Write it in your own words: the plan is for you.",
                    notes_label="Your plan for a bad day"),
                reflection("Looking back at your energy diary and your plan for the week, "
                           "what has surprised you? What would you say to someone who is just "
                           "starting to learn about pacing?", 6,
                           "If and when you feel like it, you might share what you have "
                           "learned with a friend or a peer support group."),
                key_points(
                    "Setbacks are part of living with a long-term condition, not a sign of "
                    "failure.",
                    "Make your plan for a bad day on a good day.",
                    "Know your early signs, your basics and who you will tell.",
                    "After a setback, build back gently, and only when things have been "
                    "steady.",
                ),
                knowledge_check(
                    THREE_QUESTIONS,
                    true_false("A setback means that pacing is not working for you.", False,
                               if_true="Not so. Setbacks happen even with good pacing. They "
                                       "are part of living with a long-term condition.",
                               if_false="That's right. Setbacks happen to everyone, even with "
                                        "good pacing."),
                    choice("When is the best time to write a plan for a bad day?",
                           right("On a good day, when it is easier to think clearly",
                                 "Yes. On a bad day there is little energy to spare for "
                                 "planning."),
                           wrong("On a bad day, when you know what you need",
                                 "Not quite. On a bad day it is hard to think things through; "
                                 "a plan made earlier does that work for you."),
                           wrong("Only after a hospital appointment",
                                 "No. You can make your own plan at any time, and share it "
                                 "with your health team if you want to.")),
                    choice("How did Ruairidh's plan help him when the relapse came?",
                           right("It told him what to keep doing and what could wait",
                                 "Yes. He only had to keep to the basics; the plan had "
                                 "already decided the rest."),
                           wrong("It told him to push through so that he would not fall "
                                 "behind",
                                 "No. His plan did the opposite: the basics only, and rest."),
                           wrong("It meant he did not need to tell anyone",
                                 "No. His plan said who to tell, and he told his manager, his "
                                 "sister and his MS nurse.")),
                ),
            ],
        },
    ],
}

COURSES = [LIVING_WELL, CARING, CPD, PACING]
