"""The shapes a reflective account can take: a general one, and one for each regulator's way of
asking about CPD (NMC, HCPC, SSSC), written in our own words. Every shape asks what was learned
and how it is used in practice (kept in ``CPDEntry.learned`` and ``CPDEntry.practice``, so older
code and the spreadsheet keep working); the other answers are kept in ``CPDEntry.reflection``,
by prompt."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from courses.models import CPDEntry, ReflectionKind, StaffProfile
from courses.services.errors import DomainError

MAX_ANSWER = 3000
COLUMNS = ("learned", "practice")  # the answers with a column of their own


class ReflectionError(DomainError):
    pass


@dataclass(frozen=True)
class Prompt:
    """One question of a template: its key (the form field and where the answer is kept), the
    question, a hint and what to say when it is left empty."""

    key: str
    label: Promise
    help: Promise
    missing: Promise


@dataclass(frozen=True)
class ReflectionTemplate:
    """A shape of reflective account: its key (a ``ReflectionKind``), a short introduction and
    its prompts, in order. Its label is the ``ReflectionKind``'s."""

    key: str
    intro: Promise
    prompts: tuple[Prompt, ...]

    @property
    def label(self) -> str:
        return str(ReflectionKind(self.key).label)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(prompt.key for prompt in self.prompts)


def _learned(label: str) -> Prompt:
    return Prompt("learned", label=label, help=gettext_lazy(
        "What was new to you, or what you now understand differently."),
        missing=gettext_lazy("Write a few words about what you learned."))


GENERAL = ReflectionTemplate(
    ReflectionKind.GENERAL,
    intro=gettext_lazy("Two short questions. Use this if your regulator does not ask for a "
                       "particular shape, or if you are not registered."),
    prompts=(
        Prompt("learned", label=gettext_lazy("What did you learn?"),
               help=gettext_lazy("A few sentences in your own words: what was new, or what "
                                 "you now see differently."),
               missing=gettext_lazy("Write a few words about what you learned.")),
        Prompt("practice", label=gettext_lazy("How will you use it in your practice?"),
               help=gettext_lazy("One or two things you will do differently with the people "
                                 "you support."),
               missing=gettext_lazy("Write a few words about how you will use it.")),
    ))

NMC = ReflectionTemplate(
    ReflectionKind.NMC,
    intro=gettext_lazy("Four questions in the shape of the written reflective account that "
                       "nurses, midwives and nursing associates keep for revalidation. Write "
                       "about your own learning, and leave out anything that could identify a "
                       "person you care for."),
    prompts=(
        Prompt("activity", label=gettext_lazy("What kind of CPD activity was it?"),
               help=gettext_lazy("For example an online module, a study day or some reading, "
                                 "and what it was about."),
               missing=gettext_lazy("Say what kind of activity it was.")),
        _learned(gettext_lazy("What did you learn from it?")),
        Prompt("practice", label=gettext_lazy("How did you change or improve your practice as "
                                              "a result?"),
               help=gettext_lazy("Something you now do differently, or have started to do, in "
                                 "your work with people."),
               missing=gettext_lazy("Write a few words about how your practice changed.")),
        Prompt("code", label=gettext_lazy("How is this relevant to the Code?"),
               help=gettext_lazy("The Code has four themes: prioritise people, practise "
                                 "effectively, preserve safety, and promote professionalism "
                                 "and trust. Say which of them this learning touches, and "
                                 "how."),
               missing=gettext_lazy("Say how this learning relates to the Code.")),
    ))

HCPC = ReflectionTemplate(
    ReflectionKind.HCPC,
    intro=gettext_lazy("Four questions in the shape of a CPD record for people registered with "
                       "the Health and Care Professions Council: what you did, what you "
                       "learned, what changes and who benefits."),
    prompts=(
        Prompt("activity", label=gettext_lazy("What did you do?"),
               help=gettext_lazy("The activity: what it was, who ran it and how long it "
                                 "took."),
               missing=gettext_lazy("Say what you did.")),
        _learned(gettext_lazy("What did you learn?")),
        Prompt("practice", label=gettext_lazy("How has it changed, or how will it change, "
                                              "your practice?"),
               help=gettext_lazy("Something you do, or will do, differently in your work."),
               missing=gettext_lazy("Write a few words about how it changes your practice.")),
        Prompt("benefit", label=gettext_lazy("How does it benefit the people who use your "
                                             "service?"),
               help=gettext_lazy("For example safer care, clearer information, or more say in "
                                 "decisions about their own care."),
               missing=gettext_lazy("Say how it benefits the people who use your service.")),
    ))

SSSC = ReflectionTemplate(
    ReflectionKind.SSSC,
    intro=gettext_lazy("Four questions in the shape of a learning record for social service "
                       "workers registered with the SSSC: the learning, what you took from it, "
                       "how it shapes your practice and how it links to the Codes of "
                       "Practice."),
    prompts=(
        Prompt("activity", label=gettext_lazy("What was the learning?"),
               help=gettext_lazy("For example a course, some reading, supervision, shadowing "
                                 "a colleague or a team discussion."),
               missing=gettext_lazy("Say what the learning was.")),
        _learned(gettext_lazy("What did you learn?")),
        Prompt("practice", label=gettext_lazy("How will it affect your practice?"),
               help=gettext_lazy("What you will do differently, or keep doing with more "
                                 "confidence, in your work with people."),
               missing=gettext_lazy("Write a few words about how it affects your practice.")),
        Prompt("codes_of_practice", label=gettext_lazy("Which parts of the SSSC Codes of "
                                                       "Practice does it relate to?"),
               help=gettext_lazy("Name the parts of the Codes of Practice for Social Service "
                                 "Workers that this learning supports, and say how."),
               missing=gettext_lazy("Say which parts of the Codes of Practice it relates "
                                    "to.")),
    ))

TEMPLATES = {template.key: template for template in (GENERAL, NMC, HCPC, SSSC)}
ALL_KEYS = tuple(dict.fromkeys(key for template in TEMPLATES.values() for key in template.keys))

# What a registration body is written as, upper-cased, for each regulator's template.
BODIES = {
    ReflectionKind.NMC: ("NMC", "NURSING AND MIDWIFERY"),
    ReflectionKind.HCPC: ("HCPC", "HEALTH AND CARE PROFESSIONS"),
    ReflectionKind.SSSC: ("SSSC", "SCOTTISH SOCIAL SERVICES"),
}


def get(key: str) -> ReflectionTemplate:
    """The template ``key``, or a ``ReflectionError`` (``unknown_template``)."""
    try:
        return TEMPLATES[key]
    except (KeyError, TypeError):
        raise ReflectionError("unknown_template",
                              _("Choose one of the reflection templates.")) from None


def default_for(user: User) -> ReflectionTemplate:
    """The template someone's regulator asks for, from the registration body in their
    professional details; the general one when we cannot tell."""
    profile = StaffProfile.objects.filter(user=user).first()
    body = profile.registration_body.upper() if profile else ""
    for key, names in BODIES.items():
        if any(name in body for name in names):
            return TEMPLATES[key]
    return GENERAL


def clean_answers(template: ReflectionTemplate, answers: dict[str, str], *,
                  complete: bool) -> dict[str, str]:
    """``answers`` by prompt key, trimmed, with every prompt of ``template`` present. Refused:
    a key the template does not ask (``unknown_prompt``), an answer over ``MAX_ANSWER``
    characters (``too_long``) and, when ``complete``, any prompt left empty
    (``no_reflection``)."""
    unknown = set(answers) - set(template.keys)
    if unknown:
        raise ReflectionError("unknown_prompt", _("The %(template)s does not ask that "
                                                  "question.") % {"template": template.label})
    cleaned = {key: str(answers.get(key) or "").strip() for key in template.keys}
    if any(len(answer) > MAX_ANSWER for answer in cleaned.values()):
        raise ReflectionError("too_long", _("Keep each answer under %(count)d characters.")
                              % {"count": MAX_ANSWER})
    empty = [str(prompt.label) for prompt in template.prompts if not cleaned[prompt.key]]
    if complete and empty:
        raise ReflectionError("no_reflection", _(
            "Write a few words for every part of the reflection. Still empty: %(prompts)s")
            % {"prompts": " ".join(empty)})
    return cleaned


def fill(entry: CPDEntry, template: ReflectionTemplate, answers: dict[str, str]) -> list[str]:
    """Put cleaned ``answers`` on ``entry`` (not saved); returns the fields changed."""
    entry.reflection_template = template.key
    entry.learned, entry.practice = answers["learned"], answers["practice"]
    entry.reflection = {key: answer for key, answer in answers.items()
                        if key not in COLUMNS and answer}
    return ["reflection_template", "learned", "practice", "reflection"]


def answers_of(entry: CPDEntry) -> dict[str, str]:
    """Everything written on ``entry``, by prompt key."""
    return {**(entry.reflection or {}), "learned": entry.learned, "practice": entry.practice}


@dataclass(frozen=True)
class Account:
    """An entry's reflection in its template's shape: each prompt with its answer."""

    template: ReflectionTemplate
    parts: tuple[tuple[Prompt, str], ...]

    @property
    def answered(self) -> list[tuple[Prompt, str]]:
        return [(prompt, answer) for prompt, answer in self.parts if answer]

    @property
    def other_answers(self) -> str:
        """The answers without a column of their own, as "prompt: answer" lines."""
        return "\n".join(f"{prompt.label}: {answer}" for prompt, answer in self.answered
                         if prompt.key not in COLUMNS)


def account_of(entry: CPDEntry) -> Account:
    """``entry``'s reflection for reading: on the log page, in the PDF and the spreadsheet."""
    template = TEMPLATES.get(entry.reflection_template, GENERAL)
    answers = answers_of(entry)
    return Account(template, tuple((prompt, answers.get(prompt.key, "")) for prompt in
                                   template.prompts))
