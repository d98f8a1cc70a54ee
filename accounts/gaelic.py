"""People's names in Scottish Gaelic: the form used to address someone (the vocative).

Addressing Mòrag, a letter opens "A Mhòrag": the particle "a" and the name lenited (an "h"
after its first letter). The particle is not written before a vowel ("Iain", "Anna") nor
before a lenited f, which is silent ("Fhionnlaigh"). Names beginning with l, n, r, sg, sm, sp
or st, or already lenited, keep their first letters. Men's names whose last vowel is broad
(a, o, u) also turn slender at the end (Seumas → A Sheumais, Calum → A Chaluim); women's names
do not (Mòrag → A Mhòrag). Nothing in a name says whose it is, so for a name that ends broad
and is in neither list below there is no form we can be sure of, and ``vocative`` says so
(None): the greeting then does without the name rather than risk a wrong form.
"""

VOWELS = set("aeiouàèìòùéó")
SLENDER_VOWELS = set("eiéèì")
LETTERS = VOWELS | set("bcdfghlmnprst")  # the Gaelic alphabet, accents included
LENITED_BY_H = set("bcdfgmpst")  # l, n and r lenite in speech only: no written change
NOT_LENITED_AFTER_S = set("gmpt")  # sg, sm, sp, st

# Men's names that end broad, with their vocative stem (lenited by ``_addressed``).
MENS_NAMES = {
    "aonghas": "Aonghais", "calum": "Caluim", "coinneach": "Coinnich",
    "dòmhnall": "Dòmhnaill", "donnchadh": "Donnchaidh", "dùghlas": "Dùghlais",
    "eachann": "Eachainn", "eòghann": "Eòghainn", "fearchar": "Fearchair",
    "fionnlagh": "Fionnlaigh", "lachlann": "Lachlainn", "murchadh": "Murchaidh",
    "niall": "Nèill", "raghnall": "Raghnaill", "seumas": "Seumais", "tòmas": "Tòmais",
    "torcall": "Torcaill", "tormod": "Tormoid", "uilleam": "Uilleim", "ailean": "Ailein",
}
# Women's names that end broad: only the first letter changes.
WOMENS_NAMES = {"beathag", "mairead", "mòr", "mòrag", "peigeag", "seonag", "sìleas"}


def vocative(name: str) -> str | None:
    """``name`` as someone is addressed in Gaelic ("A Mhòrag", "Iain", "A Sheumais"), or None
    when there is no form we can be sure of (see the module's notes)."""
    word = (name or "").strip()
    key = word.lower()
    if len(word) < 2 or not set(key) <= LETTERS:
        return None  # not a single Gaelic-spelt name (an e-mail address, "Kevin", "Mary-Anne")
    if key in MENS_NAMES:
        return _addressed(MENS_NAMES[key])
    if key in WOMENS_NAMES or _ends_slender(key):
        return _addressed(word)
    return None


def _ends_slender(word: str) -> bool:
    """Ends in a vowel, or its last vowel is slender: the same for a man or a woman."""
    if word[-1] in VOWELS:
        return True
    last_vowel = next((letter for letter in reversed(word) if letter in VOWELS), "")
    return last_vowel in SLENDER_VOWELS


def _addressed(stem: str) -> str:
    first, second = stem[0].lower(), stem[1].lower()
    if first in VOWELS:
        return stem  # no particle before a vowel
    if (second == "h" or first not in LENITED_BY_H
            or (first == "s" and second in NOT_LENITED_AFTER_S)):
        return f"A {stem}"
    lenited = f"{stem[0]}h{stem[1:]}"
    return lenited if first == "f" else f"A {lenited}"  # lenited f is silent
