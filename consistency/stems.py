"""One crude stemmer for every comparison of words across outlets."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1 << 16)  # a story's words repeat: half a million calls, a few thousand words
def stem(word: str) -> str:
    """Crude stem for matching inflections: "arrests", "arrested" -> "arrest";
    "capping" -> "cap"; "caused", "cause" -> "caus"."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousl":
        word = word[:-1]
    return word.rstrip("e")[:6]
