"""Equality monitoring: a person's own answers to a few optional questions, asked under a
consent purpose of their own and reported only in aggregate, with small numbers withheld.

Every question may be left unanswered ("") or answered "prefer not to say". The categories
follow the questions of Scotland's Census 2022, so the figures can be set beside the census.
The postcode is kept only until the SIMD quintile and the urban/rural class have been looked up
from it (``reports.services.lookups``); after that only those two values stay.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

PREFER_NOT_TO_SAY = "prefer_not", _("Prefer not to say")


class AgeBand(models.TextChoices):
    UNDER_25 = "under_25", _("Under 25")
    FROM_25 = "25_34", _("25 to 34")
    FROM_35 = "35_44", _("35 to 44")
    FROM_45 = "45_54", _("45 to 54")
    FROM_55 = "55_64", _("55 to 64")
    FROM_65 = "65_74", _("65 to 74")
    FROM_75 = "75_plus", _("75 or over")
    PREFER_NOT = PREFER_NOT_TO_SAY


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    PREFER_NOT = PREFER_NOT_TO_SAY


class GenderIdentity(models.TextChoices):
    """The census asks whether someone considers themselves trans or has a trans history."""

    NOT_TRANS = "no", _("No")
    TRANS = "yes", _("Yes")
    PREFER_NOT = PREFER_NOT_TO_SAY


class EthnicGroup(models.TextChoices):
    """The census categories; reports group them by the census's six broad groups
    (``BROAD_ETHNIC_GROUPS``), so that fewer figures are withheld."""

    SCOTTISH = "white_scottish", _("White: Scottish")
    OTHER_BRITISH = "white_british", _("White: Other British")
    IRISH = "white_irish", _("White: Irish")
    GYPSY_TRAVELLER = "white_gypsy_traveller", _("White: Gypsy/Traveller")
    ROMA = "white_roma", _("White: Roma")
    SHOWMAN = "white_showman", _("White: Showman/Showwoman")
    POLISH = "white_polish", _("White: Polish")
    OTHER_WHITE = "white_other", _("White: another white ethnic group")
    MIXED = "mixed", _("Mixed or multiple ethnic groups")
    PAKISTANI = "asian_pakistani", _("Pakistani, Scottish Pakistani or British Pakistani")
    INDIAN = "asian_indian", _("Indian, Scottish Indian or British Indian")
    BANGLADESHI = "asian_bangladeshi", _(
        "Bangladeshi, Scottish Bangladeshi or British Bangladeshi")
    CHINESE = "asian_chinese", _("Chinese, Scottish Chinese or British Chinese")
    OTHER_ASIAN = "asian_other", _("Another Asian ethnic group")
    AFRICAN = "african", _("African, Scottish African or British African")
    OTHER_AFRICAN = "african_other", _("Another African ethnic group")
    CARIBBEAN = "caribbean", _("Caribbean, Scottish Caribbean or British Caribbean")
    BLACK = "black", _("Black, Scottish Black or British Black")
    OTHER_CARIBBEAN_OR_BLACK = "caribbean_black_other", _(
        "Another Caribbean or Black ethnic group")
    ARAB = "arab", _("Arab, Scottish Arab or British Arab")
    OTHER = "other", _("Another ethnic group")
    PREFER_NOT = PREFER_NOT_TO_SAY


# The census's broad groups, in its order: (value prefix, label).
BROAD_ETHNIC_GROUPS = (
    (("white_",), _("White")),
    (("mixed",), _("Mixed or multiple ethnic groups")),
    (("asian_",), _("Asian, Scottish Asian or British Asian")),
    (("african",), _("African, Scottish African or British African")),
    (("caribbean", "black"), _("Caribbean or Black")),
    (("arab", "other"), _("Other ethnic group")),
)


class YesNo(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    PREFER_NOT = PREFER_NOT_TO_SAY


class UnpaidCarer(models.TextChoices):
    NO = "no", _("No")
    YES = "yes", _("Yes")
    PREFER_NOT = PREFER_NOT_TO_SAY


class ConditionGroup(models.TextChoices):
    """Which kinds of condition, for someone who has a condition or illness lasting (or
    expected to last) 12 months or more; any number may apply."""

    HEARING = "hearing", _("Deafness or partial hearing loss")
    SIGHT = "sight", _("Blindness or partial sight loss")
    SPEECH = "speech", _("Full or partial loss of voice, or difficulty speaking")
    LEARNING_DISABILITY = "learning_disability", _("Learning disability")
    LEARNING_DIFFICULTY = "learning_difficulty", _("Learning difficulty, such as dyslexia")
    DEVELOPMENTAL = "developmental", _("Developmental disorder, such as autism")
    PHYSICAL = "physical", _("Physical disability")
    MENTAL_HEALTH = "mental_health", _("Mental health condition")
    LONG_TERM_ILLNESS = "long_term_illness", _(
        "Long-term illness, disease or condition, such as diabetes or heart disease")
    OTHER = "other", _("Another condition")
    PREFER_NOT = PREFER_NOT_TO_SAY


class SIMDQuintile(models.IntegerChoices):
    """The Scottish Index of Multiple Deprivation, in fifths of Scotland's data zones."""

    MOST_DEPRIVED = 1, _("1 (most deprived)")
    SECOND = 2, _("2")
    THIRD = 3, _("3")
    FOURTH = 4, _("4")
    LEAST_DEPRIVED = 5, _("5 (least deprived)")


class UrbanRural(models.IntegerChoices):
    """The Scottish Government's 6-fold urban/rural classification."""

    LARGE_URBAN = 1, _("Large urban areas")
    OTHER_URBAN = 2, _("Other urban areas")
    ACCESSIBLE_SMALL_TOWNS = 3, _("Accessible small towns")
    REMOTE_SMALL_TOWNS = 4, _("Remote small towns")
    ACCESSIBLE_RURAL = 5, _("Accessible rural areas")
    REMOTE_RURAL = 6, _("Remote rural areas")


def _answer(label: str, choices: type[models.TextChoices], max_length: int = 24):
    return models.CharField(label, max_length=max_length, blank=True, choices=choices.choices)


class EqualityAnswers(models.Model):
    """One person's answers; "" means the question was left unanswered."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="equality_answers", verbose_name=_("person"))
    age_band = _answer(_("age"), AgeBand)
    sex = _answer(_("sex"), Sex)
    gender_identity = _answer(_("trans or has a trans history"), GenderIdentity)
    ethnic_group = _answer(_("ethnic group"), EthnicGroup)
    disability = _answer(_("long-term condition or disability"), YesNo)
    unpaid_carer = _answer(_("unpaid carer"), UnpaidCarer)
    postcode = models.CharField(
        _("postcode"), max_length=8, blank=True,
        help_text=_("Kept only until the SIMD quintile and urban/rural class are looked up."))
    postcode_prefer_not = models.BooleanField(_("postcode: prefer not to say"), default=False)
    simd_quintile = models.PositiveSmallIntegerField(_("SIMD quintile"), null=True, blank=True,
                                                     choices=SIMDQuintile.choices)
    urban_rural = models.PositiveSmallIntegerField(_("urban/rural class"), null=True, blank=True,
                                                   choices=UrbanRural.choices)
    created_at = models.DateTimeField(_("answered at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    class Meta:
        verbose_name = _("equality answers")
        verbose_name_plural = _("equality answers")

    def __str__(self) -> str:
        return str(_("Equality answers #%(number)s") % {"number": self.pk})


class EqualityCondition(models.Model):
    """One kind of condition someone said they live with."""

    answers = models.ForeignKey(EqualityAnswers, on_delete=models.CASCADE,
                                related_name="conditions", verbose_name=_("answers"))
    group = models.CharField(_("kind of condition"), max_length=24,
                             choices=ConditionGroup.choices)

    class Meta:
        verbose_name = _("kind of condition")
        verbose_name_plural = _("kinds of condition")
        constraints = [models.UniqueConstraint(fields=["answers", "group"],
                                               name="one_row_per_condition_group")]

    def __str__(self) -> str:
        return self.get_group_display()
