"""A small learned line classifier for aggregator pages.

Each line of a page is described by its shape, not by a list of words: its length, how it
ends, its share of capitalised words, digits and function words, its separators and
symbols, where it sits on the page and next to blank lines, how often it (or its shape, or
its first word) recurs on the page, how much it shares with the lines around it, what its
neighbours look like, and the verdicts of the hand-written cues in ``lines`` as features of
their own (so the model can back them or overrule them, not merely repeat them). A
multinomial logistic regression, trained by ``models/train_line_classifier.py`` on
randomised layouts (benchmarks/random_layouts.py) and the development layouts, saved as
``models/line-classifier.json``, turns these
into a probability for each of ``CLASSES``. Only numpy is needed to run it.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import zlib
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

from consistency.ingest import lines as L

#: What a line is, as far as the segmenter cares.
CLASSES = ("body", "title", "outlet", "meta", "furniture")

#: Trained by models/train_line_classifier.py; see models/line-classifier.md.
DEFAULT_MODEL = Path(__file__).resolve().parent.parent.parent / "models" / "line-classifier.json"

#: Buckets for hashed shape tokens (the shape of the first and last word, and of the line).
SHAPE_BUCKETS = 64

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_TOKEN = re.compile(r"\S+")
_SEPARATORS = re.compile(r"[|·•›»▲►→←]|\s[-–—]\s|\s{3,}")
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]\s|[-–—*•▪◦]\s|\(\d{1,2}\)\s|[a-z][.)]\s)")
_LEADING_DASH = re.compile(r"^\s*[-–—]\s*\S")
_TIME_ANYWHERE = re.compile(
    r"\b\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?)\b(?:\s+ago)?"
    r"|\b(?:an?|one)\s+(?:minute|hour|day|week)\s+ago\b|\bago\b|\byesterday\b|\bjust\s+now\b|\b\d{1,2}[:.]\d{2}\b",
    re.IGNORECASE,
)
_BY_ANYWHERE = re.compile(r"(?:^|\s)by\s+[A-Z]")
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|co|uk|in|ca|au|de|fr|io|news|tv)\b", re.IGNORECASE)
_BRACKET_NUMBER = re.compile(r"\[\d+\]")


def _shape(token: str) -> str:
    """"Reuters" -> "Xx", "2h" -> "dx", "©" -> "©", "U.S." -> "X.X."."""
    out = []
    for character in token:
        if character.isupper():
            code = "X"
        elif character.isalpha():
            code = "x"
        elif character.isdigit():
            code = "d"
        else:
            code = character
        if not out or out[-1] != code:
            out.append(code)
    return "".join(out)[:6]


def _bucket(kind: str, value: str) -> int:
    return zlib.crc32(f"{kind}:{value}".encode("utf-8")) % SHAPE_BUCKETS


def _key(line: str) -> str:
    """The line with digits and spacing made alike: "12 comments" ~ "3 comments"."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _content_words(line: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(line) if w.lower() not in L.FUNCTION_WORDS and len(w) > 2}


#: Per-line features (before context); each is a float.
_BASE = (
    "bias", "log_words", "log_chars", "w1", "w2", "w3", "w4_6", "w7_12", "w13_25", "w26_60", "w61",
    "ends_period", "ends_excl", "ends_question", "ends_colon", "ends_comma", "ends_alnum", "ends_symbol",
    "ends_sentence", "cap_share", "allcaps_share", "first_upper", "first_digit", "first_punct", "first_symbol",
    "list_marker", "leading_dash", "digit_share", "has_digit", "function_share", "foreign_share", "non_ascii_share",
    "separators", "punct_share", "link_like", "has_domain", "has_at_hash", "bracket_number", "so_symbols",
    "time_anywhere", "by_inside", "comma_count", "quote_chars", "mean_word_len", "sentences",
    "strong_cue", "weak_cue", "meta_part", "relative_time", "date_line", "byline", "photo_credit", "credit_line",
    "furniture_words_only", "looks_like_name", "named_outlet", "indent",
    "cls_body", "cls_short", "cls_meta", "cls_boilerplate",
)
_NEIGHBOUR = ("log_words", "ends_sentence", "function_share", "cap_share", "meta_part", "time_anywhere",
              "looks_like_name", "named_outlet", "cls_body", "cls_short", "cls_boilerplate", "separators",
              "list_marker", "strong_cue", "first_upper")
_CONTEXT = (
    "blank_before", "blank_after", "first_lines", "last_lines", "position", "top_block", "bottom_block",
    "repeat_exact", "repeat_key", "repeat_first_token", "repeat_last_token", "repeat_shape",
    "overlap_prev", "overlap_next", "contained_elsewhere", "next_long_prose", "prev_prose",
    "prose_within_2_after", "prose_within_2_before", "run_of_short", "same_as_first_line_words",
)
FEATURES: tuple[str, ...] = (
    *_BASE,
    *(f"prev_{n}" for n in _NEIGHBOUR),
    *(f"next_{n}" for n in _NEIGHBOUR),
    *(f"prev2_{n}" for n in ("cls_body", "meta_part", "looks_like_name", "log_words")),
    *(f"next2_{n}" for n in ("cls_body", "meta_part", "looks_like_name", "log_words")),
    *_CONTEXT,
    *(f"shape_{i}" for i in range(SHAPE_BUCKETS)),
)
_INDEX = {name: i for i, name in enumerate(FEATURES)}
_BASE_INDEX = {name: i for i, name in enumerate(_BASE)}


def _base_features(line: str) -> np.ndarray:
    from consistency.ingest.pages import Piece, outlet_name, _looks_like_name  # pages imports this module

    f = np.zeros(len(_BASE))
    put = lambda name, value: f.__setitem__(_BASE_INDEX[name], float(value))  # noqa: E731
    text = line.strip()
    words = _WORD.findall(text)
    n = len(words)
    put("bias", 1)
    put("log_words", math.log1p(n))
    put("log_chars", math.log1p(len(text)))
    for name, low, high in (("w1", 1, 1), ("w2", 2, 2), ("w3", 3, 3), ("w4_6", 4, 6), ("w7_12", 7, 12),
                            ("w13_25", 13, 25), ("w26_60", 26, 60), ("w61", 61, 10**9)):
        put(name, low <= n <= high)
    last = text[-1:] if text else ""
    put("ends_period", last == ".")
    put("ends_excl", last == "!")
    put("ends_question", last == "?")
    put("ends_colon", last == ":")
    put("ends_comma", last in ",;")
    put("ends_alnum", last.isalnum())
    put("ends_symbol", bool(last) and not last.isalnum() and last not in ".!?:,;\"'”’)")
    found = L.features(text)
    put("ends_sentence", found.ends_like_sentence)
    if n:
        put("cap_share", sum(w[0].isupper() for w in words) / n)
        put("allcaps_share", sum(w.isupper() and len(w) > 1 for w in words) / n)
        lowered = [w.lower() for w in words]
        put("function_share", found.function_share)
        put("foreign_share", sum(w in L.FOREIGN_FUNCTION_WORDS and w not in L.FUNCTION_WORDS for w in lowered) / n)
        put("mean_word_len", min(12, sum(map(len, words)) / n) / 12)
    first = text[:1]
    put("first_upper", first.isupper())
    put("first_digit", first.isdigit())
    put("first_punct", bool(first) and unicodedata.category(first).startswith("P"))
    put("first_symbol", bool(first) and unicodedata.category(first).startswith("S"))
    put("list_marker", bool(_LIST_MARKER.match(line)))
    put("leading_dash", bool(_LEADING_DASH.match(text)))
    if text:
        put("digit_share", sum(c.isdigit() for c in text) / len(text))
        put("non_ascii_share", sum(ord(c) > 127 for c in text) / len(text))
        put("punct_share", sum(unicodedata.category(c)[0] in "PS" for c in text) / len(text))
    put("has_digit", any(c.isdigit() for c in text))
    put("separators", min(4, len(_SEPARATORS.findall(text))) / 4)
    put("link_like", found.link_like)
    put("has_domain", bool(_DOMAIN.search(text)))
    put("has_at_hash", bool(re.search(r"(?:^|\s)[@#]\w", text)))
    put("bracket_number", bool(_BRACKET_NUMBER.search(text)))
    put("so_symbols", min(3, sum(unicodedata.category(c) == "So" for c in text)) / 3)
    put("time_anywhere", bool(_TIME_ANYWHERE.search(text)))
    put("by_inside", bool(_BY_ANYWHERE.search(text)))
    put("comma_count", min(5, text.count(",")) / 5)
    put("quote_chars", bool(re.search(r"[\"“”‘’']", text)))
    put("sentences", min(6, len(L.rough_sentences(text))) / 6)
    put("strong_cue", found.strong_cue)
    put("weak_cue", found.weak_cue)
    put("meta_part", L.is_meta_part(text))
    put("relative_time", bool(L.RELATIVE_TIME.match(text)))
    put("date_line", bool(L.DATE_LINE.match(text)))
    put("byline", bool(L.BYLINE.match(text)))
    put("photo_credit", bool(L.PHOTO_CREDIT.search(text)))
    put("credit_line", bool(L.CREDIT_LINE.search(text)))
    put("furniture_words_only", n <= 4 and L._mostly_furniture_words(text))
    put("looks_like_name", _looks_like_name(text))
    # (The model was trained on the outlet patterns alone, without names beside a bare time.)
    put("named_outlet", bool(text) and bool(outlet_name(Piece(0, len(text), 1, "short", "", text), beside_time=False)))
    put("indent", bool(line[:1].isspace()))
    kind = L.classify(text)[0] if text else "blank"
    for name in ("body", "short", "meta", "boilerplate"):
        put(f"cls_{name}", kind == name)
    return f


def page_features(page_lines: list[str]) -> np.ndarray:
    """One row of ``FEATURES`` for every line of the page (blank lines get a row too)."""
    count = len(page_lines)
    rows = np.zeros((count, len(FEATURES)))
    filled = [i for i, line in enumerate(page_lines) if line.strip()]
    if not filled:
        return rows
    base = {i: _base_features(page_lines[i]) for i in filled}
    keys = {i: _key(page_lines[i]) for i in filled}
    exact = Counter(" ".join(page_lines[i].split()) for i in filled)
    by_key = Counter(keys.values())
    tokens = {i: _TOKEN.findall(keys[i]) for i in filled}
    first_tokens = Counter(t[0] for t in tokens.values() if t)
    last_tokens = Counter(t[-1] for t in tokens.values() if t)
    shapes = {i: " ".join(_shape(t) for t in _TOKEN.findall(page_lines[i])[:8]) for i in filled}
    by_shape = Counter(shapes.values())
    words = {i: _content_words(page_lines[i]) for i in filled}
    lowered = {i: " ".join(page_lines[i].lower().split()) for i in filled}
    long_lines = [i for i in filled if base[i][_BASE_INDEX["log_words"]] >= math.log1p(15)]
    prose = {i for i in filled if base[i][_BASE_INDEX["cls_body"]]}
    order = {line: k for k, line in enumerate(filled)}
    base_index = _BASE_INDEX
    for i in filled:
        row = rows[i]
        row[: len(_BASE)] = base[i]
        k = order[i]
        prev_i = filled[k - 1] if k > 0 else None
        next_i = filled[k + 1] if k + 1 < len(filled) else None
        prev2 = filled[k - 2] if k > 1 else None
        next2 = filled[k + 2] if k + 2 < len(filled) else None
        for prefix, other in (("prev", prev_i), ("next", next_i)):
            if other is not None:
                for name in _NEIGHBOUR:
                    row[_INDEX[f"{prefix}_{name}"]] = base[other][base_index[name]]
        for prefix, other in (("prev2", prev2), ("next2", next2)):
            if other is not None:
                for name in ("cls_body", "meta_part", "looks_like_name", "log_words"):
                    row[_INDEX[f"{prefix}_{name}"]] = base[other][base_index[name]]
        row[_INDEX["blank_before"]] = i == 0 or not page_lines[i - 1].strip()
        row[_INDEX["blank_after"]] = i + 1 >= count or not page_lines[i + 1].strip()
        row[_INDEX["first_lines"]] = k < 3
        row[_INDEX["last_lines"]] = len(filled) - k <= 3
        row[_INDEX["position"]] = k / max(1, len(filled) - 1)
        row[_INDEX["top_block"]] = not long_lines or i < long_lines[0]
        row[_INDEX["bottom_block"]] = not long_lines or i > long_lines[-1]
        row[_INDEX["repeat_exact"]] = math.log(exact[" ".join(page_lines[i].split())])
        row[_INDEX["repeat_key"]] = math.log(by_key[keys[i]])
        row[_INDEX["repeat_first_token"]] = math.log(first_tokens[tokens[i][0]]) if tokens[i] else 0
        row[_INDEX["repeat_last_token"]] = math.log(last_tokens[tokens[i][-1]]) if tokens[i] else 0
        row[_INDEX["repeat_shape"]] = math.log(by_shape[shapes[i]])
        for name, other in (("overlap_prev", prev_i), ("overlap_next", next_i)):
            if other is not None and words[i] and words[other]:
                row[_INDEX[name]] = len(words[i] & words[other]) / len(words[i])
        if len(lowered[i]) >= 25:
            row[_INDEX["contained_elsewhere"]] = any(
                j != i and len(lowered[j]) > len(lowered[i]) and lowered[i].strip("\"“”'’ ") in lowered[j] for j in filled
            )
        row[_INDEX["next_long_prose"]] = next_i is not None and next_i in prose and base[next_i][base_index["log_words"]] >= math.log1p(15)
        row[_INDEX["prev_prose"]] = prev_i is not None and prev_i in prose
        row[_INDEX["prose_within_2_after"]] = any(j in prose for j in (next_i, next2) if j is not None)
        row[_INDEX["prose_within_2_before"]] = any(j in prose for j in (prev_i, prev2) if j is not None)
        run = 0
        for j in filled[k + 1 : k + 6]:
            if j in prose:
                break
            run += 1
        row[_INDEX["run_of_short"]] = run / 5
        first_words = words[filled[0]]
        row[_INDEX["same_as_first_line_words"]] = bool(words[i]) and k > 0 and words[i] <= first_words
        tokens_raw = _TOKEN.findall(page_lines[i])
        if tokens_raw:
            row[_INDEX[f"shape_{_bucket('first', _shape(tokens_raw[0]))}"]] += 1
            row[_INDEX[f"shape_{_bucket('last', _shape(tokens_raw[-1]))}"]] += 1
            row[_INDEX[f"shape_{_bucket('line', shapes[i][:24])}"]] += 1
    return rows


class LineModel:
    """Multinomial logistic regression: p = softmax((x - mean) / scale @ W + b)."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, mean: np.ndarray, scale: np.ndarray):
        self.weights, self.bias, self.mean, self.scale = weights, bias, mean, scale

    @classmethod
    def load(cls, path: str | Path = DEFAULT_MODEL) -> "LineModel":
        record = json.loads(Path(path).read_text(encoding="utf-8"))
        if list(record["features"]) != list(FEATURES) or list(record["classes"]) != list(CLASSES):
            raise ValueError(f"{path}: the line classifier was trained on other features; retrain it (models/train_line_classifier.py)")
        return cls(
            np.array(record["weights"], dtype=float),
            np.array(record["bias"], dtype=float),
            np.array(record["mean"], dtype=float),
            np.array(record["scale"], dtype=float),
        )

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        z = ((rows - self.mean) / self.scale) @ self.weights + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def default_model() -> LineModel | None:
    """The saved model, or None when the file is missing (the reader then keeps its rules)."""
    try:
        return LineModel.load(DEFAULT_MODEL)
    except (OSError, ValueError, KeyError):
        return None


def classify_lines(page_lines: list[str], model: LineModel | None = None) -> np.ndarray:
    """Probabilities over ``CLASSES`` for each line (rows of blank lines are meaningless)."""
    model = model or default_model()
    if model is None or not page_lines:
        return np.zeros((len(page_lines), len(CLASSES)))
    return model.probabilities(page_features(page_lines))
