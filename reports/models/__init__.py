"""The reports app's models, one module per concept."""

from reports.models.equality import (
    AgeBand,
    ConditionGroup,
    EqualityAnswers,
    EqualityCondition,
    EthnicGroup,
    GenderIdentity,
    Sex,
    SIMDQuintile,
    UnpaidCarer,
    UrbanRural,
    YesNo,
)
from reports.models.lookups import LookupKind, LookupUpload, PostcodeLookup

__all__ = [
    "AgeBand", "ConditionGroup", "EqualityAnswers", "EqualityCondition", "EthnicGroup",
    "GenderIdentity", "LookupKind", "LookupUpload", "PostcodeLookup", "SIMDQuintile", "Sex",
    "UnpaidCarer", "UrbanRural", "YesNo",
]
