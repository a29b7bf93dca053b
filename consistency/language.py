"""Which language a document is written in, and whether the comparators read it.

The comparators' cues (negation words, month names, number words) are English; run on
another language they misfire ("no" is "in the" in Portuguese). Portuguese and Spanish are
read through an English reading of their values (``consistency.lang``); a document in
any other language is read and listed, but not compared. Detection uses py3langid (langid.py's
model, shipped inside the package, BSD licence), loaded on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from consistency.lang import LANGUAGES
from consistency.records import Note

#: Languages whose sentences the comparators read: English, and those read through an
#: English reading (``consistency.lang``).
COMPARED_LANGUAGES = frozenset({"en", *LANGUAGES})

#: A guess this sure is taken as it is; below it, English function words or the script decide.
_SURE = 0.9
#: A document's language shows in its opening; reading more only costs time.
_READ_CHARACTERS = 1000
_LIKELY = 0.5
#: English prose has a quarter or more of its words among these; a tenth is English with
#: names or a stray line of another language in it.
_ENGLISH_SHARE = 0.1

_NAMES = {
    "en": "English", "pt": "Portuguese", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
    "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "tr": "Turkish", "ar": "Arabic",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "id": "Indonesian", "sv": "Swedish",
    "da": "Danish", "no": "Norwegian", "fi": "Finnish", "ro": "Romanian", "ca": "Catalan", "el": "Greek",
    "he": "Hebrew", "fa": "Persian", "cs": "Czech", "hu": "Hungarian", "vi": "Vietnamese", "th": "Thai",
}
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_CUES = frozenset("the of and to in is was that for on with said by at from has have are were it".split())


def language_name(code: str) -> str:
    return _NAMES.get(code, code or "an unknown language")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in.

    Detectors guess on short or mixed texts (a headline, names, one line of Russian in an
    English article): there the text is English when English function words say so, or
    when it is in Latin letters and the detector is unsure.
    """
    return _detect_opening(text[:_READ_CHARACTERS])


@lru_cache(maxsize=1024)
def _detect_opening(text: str) -> str:
    # The reader asks for a page's language and the loader for its article's: one opening.
    words = _WORD.findall(text)
    if not words:
        return "en"
    if sum(word.lower() in _ENGLISH_CUES for word in words) >= _ENGLISH_SHARE * len(words):
        return "en"  # whatever the detector says; counted first, as it costs far less
    code, probability = _identifier().classify(text)
    if code == "en":
        return code
    if code == "zxx":  # the model's "no linguistic content": a list of codes or numbers
        probability = 0.0
    if probability >= _SURE:
        return code
    if probability >= _LIKELY:
        return code
    latin = sum(character.isascii() for word in words for character in word)
    return "en" if latin * 2 >= sum(len(word) for word in words) else code


def is_compared(code: str) -> bool:
    """Whether the comparators read text in ``code``; "" (not detected) is taken as English."""
    return not code or code in COMPARED_LANGUAGES


def why_not_compared(code: str) -> str:
    """Why a document in ``code`` is read but not compared; "" when it is compared."""
    if is_compared(code):
        return ""
    return f"in {language_name(code)}; the comparators read {_compared_names()} only"


def _compared_names() -> str:
    """"English, Portuguese and Spanish"."""
    names = ["English", *sorted(language_name(code) for code in COMPARED_LANGUAGES if code != "en")]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def not_compared_note(codes: Iterable[str]) -> tuple[Note, ...]:
    """One line for the summary: how many documents were read but not compared, by language."""
    counts: dict[str, int] = {}
    for code in codes:
        if not is_compared(code):
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return ()
    total = sum(counts.values())
    languages = ", ".join(f"{language_name(code)} {count}" for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    read = "document was" if total == 1 else "documents were"
    return (Note("", f"{total} {read} read but not compared ({languages}): the comparators read {_compared_names()} only"),)
