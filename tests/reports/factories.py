"""Lookup files made in the test, and answers saved through the service."""

from django.core.files.base import ContentFile

from reports.services import equality, lookups
from reports.services.equality import EqualityDetails

SIMD_HEADINGS = "Postcode,DZ,SIMD2020v2_Rank,SIMD2020v2_Quintile"
URBAN_RURAL_HEADINGS = "Postcode,UR2_2020,UR6_2020,UR8_2020"


def simd_csv(rows: dict[str, int], headings: str = SIMD_HEADINGS) -> bytes:
    """An official-looking SIMD postcode lookup: {postcode: quintile}."""
    lines = [headings] + [f"{postcode},S01000{n:03d},{n + 1},{quintile}"
                          for n, (postcode, quintile) in enumerate(rows.items())]
    return ("\r\n".join(lines) + "\r\n").encode()


def urban_rural_csv(rows: dict[str, int], headings: str = URBAN_RURAL_HEADINGS) -> bytes:
    """An official-looking urban/rural postcode lookup: {postcode: 6-fold class}."""
    lines = [headings] + [f"{postcode},{1 if fold < 3 else 2},{fold},{fold}"
                          for postcode, fold in rows.items()]
    return ("\n".join(lines) + "\n").encode()


def upload(content: bytes, name: str = "lookup.csv") -> ContentFile:
    return ContentFile(content, name=name)


def load(kind: str, content: bytes, *, by=None, name: str = "lookup.csv"):
    return lookups.load_lookup(kind, upload(content, name), by=by)


def load_both(areas: dict[str, tuple[int, int]], *, by=None) -> None:
    """Both lookups, from {postcode: (SIMD quintile, urban/rural class)}."""
    load("simd", simd_csv({postcode: simd for postcode, (simd, _ur) in areas.items()}), by=by)
    load("urban_rural", urban_rural_csv({postcode: ur for postcode, (_simd, ur)
                                         in areas.items()}), by=by)


def answer(user, **details):
    """``user``'s answers, saved with their consent."""
    return equality.save_answers(user, EqualityDetails(**details), consented=True)
