"""Demo course content, written for this project.

The courses, modules, activities and credits below are invented for the demo. The people named
in credits are fictional; the facts about Scotland (for example adult carer support plans under
the Carers (Scotland) Act 2016) are real.
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
        "Work through the three modules at your own pace; each takes about an hour. At the "
        "end you write a short reflection, which goes into your CPD log with the hours.",
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
            "body": [
                p("People living with long-term conditions spend a few hours a year with "
                  "health professionals and the rest of the time managing on their own. "
                  "This module starts from what they told us helps in that time."),
                activity("Reading: three short stories", 30,
                         "Read the three stories from people living with COPD, diabetes and "
                         "chronic pain. Note one thing in each that surprised you."),
                discussion("Think of a recent conversation with someone you support. What "
                           "did they already know about managing their condition?"),
                activity("Listening: a peer trainer on her first course", 10,
                         "Listen to the recording (a transcript is below it) and note what "
                         "made her come back for the second week."),
                activity("Reflection", 20,
                         "Write down two moments in your practice where you could have "
                         "asked more about what the person already does."),
            ],
        },
        {
            "title": "Good conversations: asking what matters",
            "summary": "Practical ways to start from the person's own goals.",
            "body": [
                p("Asking \"what matters to you?\" rather than \"what is the matter with "
                  "you?\" shifts a conversation towards the person's own goals."),
                activity("Spot the difference", 20,
                         "Compare two written consultation transcripts and mark where the "
                         "person's own priorities come through."),
                activity("Practice", 25,
                         "Write three open questions you could use in your next appointment."),
                activity("Try it out", 15,
                         "Ask a colleague one of your questions and listen without offering "
                         "advice for two minutes. Swap over."),
                discussion("What stops these conversations happening in your setting?"),
            ],
        },
        {
            "title": "Working alongside peer support and the third sector",
            "summary": "Signposting to local groups and peer-led courses.",
            "body": [
                p("Peer-led courses and local groups reach people in ways services cannot. "
                  "Knowing what is near your patients makes signposting real."),
                activity("Mapping what is near you", 30,
                         "Find three local groups or courses for people you support and note "
                         "how someone would join each."),
                activity("Planning a referral", 10,
                         "Choose one person you support who might join a peer-led course and "
                         "plan how you would mention it."),
                activity("Final reflection", 20,
                         "Write about one change you will make in your practice."),
            ],
        },
    ],
}

COURSES = [LIVING_WELL, CARING, CPD]
