"""Spelling and punctuation variants that carry no fact.

``style_key`` maps a sentence to a key that is equal for two sentences exactly when they
differ only in style: case, punctuation, quote marks, "U.S."/"US", British/American
spelling. Numbers and every other word are kept, so a copy with a changed fact never
shares a key with its original.
"""

from __future__ import annotations

import re
import unicodedata

from consistency.memo import per_sentence

_THOUSANDS_SEPARATOR = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_WORD = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*\.?", re.UNICODE)

# Word-level variants that suffix rules would get wrong (they would also merge real words
# such as "filled"/"filed"), so they are listed.
_VARIANTS = {
    "u.s.": "us",
    "u.s": "us",
    "u.k.": "uk",
    "u.k": "uk",
    "u.n.": "un",
    "u.n": "un",
    "e.u.": "eu",
    "e.u": "eu",
    "grey": "gray",
    "tyre": "tire",
    "tyres": "tires",
    "cheque": "check",
    "programme": "program",
    "programmes": "programs",
    "aluminium": "aluminum",
    "whilst": "while",
    "amongst": "among",
    "towards": "toward",
    "travelled": "traveled",
    "travelling": "traveling",
    "traveller": "traveler",
    "travellers": "travelers",
    "cancelled": "canceled",
    "cancelling": "canceling",
    "labelled": "labeled",
    "modelled": "modeled",
    "fuelled": "fueled",
    "signalled": "signaled",
    "totalled": "totaled",
    "counselled": "counseled",
    "jewellery": "jewelry",
    "judgement": "judgment",
    "ageing": "aging",
    "enrol": "enroll",
    "enrolment": "enrollment",
    "fulfil": "fulfill",
    "skilful": "skillful",
    "kerb": "curb",
    "pyjamas": "pajamas",
    "mum": "mom",
    "mums": "moms",
    "maths": "math",
    "storey": "story",
    "storeys": "stories",
    "metre": "meter",
    "metres": "meters",
    "litre": "liter",
    "litres": "liters",
    "fibre": "fiber",
    "sceptic": "skeptic",
    "sceptical": "skeptical",
    "sceptics": "skeptics",
    "moustache": "mustache",
    "anaesthesia": "anesthesia",
    "anaesthetic": "anesthetic",
    "anaesthetist": "anesthetist",
    "paediatric": "pediatric",
    "paediatrician": "pediatrician",
    "foetus": "fetus",
    "haemorrhage": "hemorrhage",
    "leukaemia": "leukemia",
    "learnt": "learned",
    "spelt": "spelled",
    "burnt": "burned",
    "dreamt": "dreamed",
    "leapt": "leaped",
    "spoilt": "spoiled",
    # One remark quoted by two outlets: "the man was hanged" / "hung".
    "hanged": "hung",
}

# Suffix rules for British spellings, applied to words of six letters or more only, where
# they do not collide with other English words.
_SUFFIX_RULES = (
    (re.compile(r"our(s|ed|ing|ite|ites|able|ably|ful|less)?$"), r"or\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
)


@per_sentence(maxsize=131072)
def normalise_spelling(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word in _VARIANTS:
        return _VARIANTS[word]
    word = word.rstrip(".")
    if word in _VARIANTS:
        return _VARIANTS[word]
    if len(word) >= 6 and word.isalpha():
        for pattern, replacement in _SUFFIX_RULES:
            changed = pattern.sub(replacement, word)
            if changed != word:
                return changed
    return word.replace(".", "")


#: A wire dateline ("PORT WEXLEY —", "SEOUL, South Korea —", "KANANASKIS:", "TORONTO, Aug 6
#: (Global Dispatch) -"), which republishers often drop.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’-]{2,}(?:[ ,]+(?:[A-Z][A-Za-z.'’-]*|\d{1,2}\b)){0,4}\s*(?:\([^)]{1,40}\)\s*)?(?:[—–:]|--?)\s+"
)


def strip_dateline(text: str) -> str:
    return _DATELINE.sub("", text, count=1)


@per_sentence(maxsize=65536)
def style_key(text: str) -> tuple[str, ...]:
    text = _THOUSANDS_SEPARATOR.sub("", unicodedata.normalize("NFKC", strip_dateline(text)))
    return tuple(normalise_spelling(word) for word in _WORD.findall(text))
