"""The same-fact verifier: decides, for each finding a comparator proposed, how likely it is
that the two sentences state one fact with different values.

Comparators find differing values; most of those on real news are about different things
(the deck a fire started on and the deck a cabin was on, the day a statement was made and
the day of the event). What tells them apart lies around the pair, not in it: whether each
sentence is the other's closest match, whether the words around the two values say the
same thing, how many partners a sentence was flagged against. The verifier reads such
features and a small logistic model, trained by ``models/train_verifier.py`` and calibrated
on judged real news, turns them into the probability that a finding is a real discrepancy. That probability is the finding's score;
its severity follows from it.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

from consistency.comparators import content_words, shared_statement
from consistency.comparators._speakers import speaker_words
from consistency.comparators._scope import title_cased
from consistency.comparators.denied_claim import KIND as DENIED_CLAIM
from consistency.comparators.negation import NEGATION_CUES
from consistency.comparators.quote import QUOTE_WORDS_COUNTED, words_kept
from consistency.errors import ModelError
from consistency.ingest.lines import FUNCTION_WORDS
from consistency.memo import per_sentence
from consistency.quantities import extract_quantities, one_toll_told
from consistency.records import AlignedPair, Finding

if TYPE_CHECKING:
    import numpy as np

#: Trained by models/train_verifier.py; see models/verifier.md.
DEFAULT_VERIFIER = Path(__file__).resolve().parent.parent / "models" / "verifier.json"

#: Score from which a verified finding is listed in the table (``--all`` lists every one).
#: Set where the verifier keeps nearly every real finding: on judged real news held out from
#: its training, about one finding in sixteen scored under it was real. A higher bar (0.15)
#: listed a third fewer findings at better precision, but hid 3 of the 71 conflicts readers
#: listed in wire reports and a sixth of the labelled sets' divergences (models/verifier.md).
REPORT_THRESHOLD = 0.1
#: Score from which a verified finding is high severity (even odds or better), and medium.
HIGH_FROM = 0.5
MEDIUM_FROM = 0.2
#: A denied claim's severity is at most medium: on judged real news, ranking sure denied
#: claims (right 0.54 of the time) below every doubtful outlet conflict (0.31) put 0.46 of
#: each story's first 20 findings right; capping them at medium, 0.55.
DENIED_CLAIM_HIGHEST = MEDIUM_FROM

KINDS = ("number", "time", "date", "quote", "attribution", "negation", "modality", "entity", "denied-claim", "contradiction")
#: The kinds judged findings taught the verifier about.
TRAINED_KINDS = frozenset(KINDS) - {"contradiction"}

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion".split()
)
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TOKENS = re.compile(r"\S+")
_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|according to|claimed|claims|reported|reports|stated|states|announced|insisted|"
    r"wrote|tweeted|added|explained|confirmed)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:may|might|could|reportedly|allegedly|apparently|appears?|seems?|possibly|perhaps|suspected|believed|likely)\b",
    re.IGNORECASE,
)


@per_sentence(maxsize=65536)
def _numbers(text: str) -> tuple[tuple[str, int, int], ...]:
    """Numbers written in ``text``, as (normalised value, start, end)."""
    found = [(match.group().replace(",", ""), match.start(), match.end()) for match in _NUMBER.finditer(text)]
    for match in _WORDS.finditer(text):
        if match.group().lower() in _NUMBER_WORDS:
            found.append((match.group().lower(), match.start(), match.end()))
    return tuple(found)


@per_sentence(maxsize=65536)
def _lower_words(text: str) -> frozenset[str]:
    return frozenset(word.lower() for word in _WORDS.findall(text))


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


def _outside(numbers: Sequence[tuple[str, int, int]], spans: Sequence[tuple[int, int]]) -> set[str]:
    return {value for value, start, end in numbers if not _overlaps(start, end, spans)}


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@per_sentence(maxsize=65536)
def _word_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((match.start(), match.end(), match.group()) for match in _WORDS.finditer(text))


@per_sentence(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    return frozenset(_stem(word) for word in _lower_words(text))


@per_sentence(maxsize=65536)
def _speech(text: str) -> bool:
    return _SPEECH.search(text) is not None


@per_sentence(maxsize=65536)
def _hedged(text: str) -> bool:
    return _HEDGE.search(text) is not None


@per_sentence(maxsize=65536)
def _context_words(text: str, spans: tuple[tuple[int, int], ...], reach: int = 4) -> frozenset[str]:
    """Content words within ``reach`` words of the spans: what the value is a value of."""
    words = _word_spans(text)
    near = set()
    for span in spans:
        inside = [i for i, (start, end, _) in enumerate(words) if _overlaps(start, end, (span,))]
        if not inside:
            continue
        for i in range(max(0, inside[0] - reach), min(len(words), inside[-1] + reach + 1)):
            word = words[i][2]
            if len(word) > 2 and word.lower() not in FUNCTION_WORDS and not word.isdigit():
                near.add(_stem(word))
    return frozenset(near)


def _value_words(value: str) -> set[str]:
    return {_stem(word) for word in _lower_words(value) if len(word) > 2 and word not in FUNCTION_WORDS and not word.isdigit()}


def _word_after(text: str, spans: Sequence[tuple[int, int]]) -> str:
    if not spans:
        return ""
    match = _WORDS.search(text, spans[-1][1])
    return _stem(match.group()) if match else ""


@per_sentence(maxsize=65536)
def value_window(text: str, spans: tuple[tuple[int, int], ...], reach: int = 3) -> str:
    """The few words around a value, the value itself masked: what the value is a value
    of ("N women released from a Syrian jail"), read by the embedding model. Memoised: a
    finding's windows are read once to embed them and once to compare them."""
    words = [(match.start(), match.end()) for match in _TOKENS.finditer(text)]
    inside = [i for i, (start, end) in enumerate(words) if _overlaps(start, end, spans)]
    if not inside:
        return text
    shown = range(max(0, inside[0] - reach), min(len(words), inside[-1] + reach + 1))
    return " ".join("N" if i in inside else text[words[i][0] : words[i][1]] for i in shown)


#: Embeds texts as unit vectors (``Embedder.embed`` with its cache), for the value windows.
EmbedTexts = Callable[[Sequence[str]], "np.ndarray"]


#: How close a sentence of another document must be to tell the same fact, for ``coverage``.
COVERED_SIMILARITY = 0.7


def value_pair_key(finding: Finding) -> frozenset[str]:
    """The two values a finding sets apart, as the stems of their words with the words that
    deny left out, in either order: "isn't the wife" against "the wife" has the key of "the
    wife" against "not the wife"."""
    def key(value: str) -> str:
        words = (word for word in _lower_words(value) if word not in NEGATION_CUES and not word.endswith(("n't", "n’t")))
        return " ".join(sorted({_stem(word) for word in words}))
    return frozenset({key(finding.a_value), key(finding.b_value)})


@dataclass(frozen=True)
class StoryContext:
    """What the verifier knows around a pair: the closest match of each sentence in each
    other document, how many partners a sentence was flagged against, and the embedded
    windows around each finding's values."""

    #: Highest similarity of a sentence to any sentence of another document: ((doc_id, index), other_doc) -> cosine.
    best_in: dict[tuple[tuple[str, int], str], float]
    #: Partners in one document a sentence was flagged against, by kind: ((doc_id, index), other_doc, kind) -> n.
    flagged_partners: Counter
    #: Vector of each value window, by its text; empty when no embedder was given.
    window_vectors: dict[str, "np.ndarray"]
    #: Findings per compared pair in each document's story: where comparators fire on nearly
    #: every pair (rumour round-ups, templated reports), each firing tells less.
    density_of_document: dict[str, float]
    #: The last sentence index of each document among the compared pairs: how deep into
    #: its article a sentence lies.
    last_index: dict[str, int]
    #: Share of the other documents of its story in which a sentence has a close match
    #: (``COVERED_SIMILARITY``): a story's own facts are told by most outlets, background
    #: (an earlier event, another country's figure) by one or two.
    coverage: dict[tuple[str, int], float]
    #: Findings of each kind in each story that set the same two values apart
    #: (``value_pair_key``): a story's disputed fact is told differently by many pairs of
    #: outlets, a chance match of two values happens once or twice.
    value_repeats: Counter
    #: The story each document tells (all 0 when the pairs were taken as one story).
    story_of_document: Mapping[str, int]

    @classmethod
    def build(
        cls, pairs: Sequence[AlignedPair], found: Sequence[tuple[AlignedPair, Finding]], embed: EmbedTexts | None = None,
        story_of_document: dict[str, int] | None = None,
    ) -> "StoryContext":
        """``story_of_document`` says which story each document tells; without it the pairs
        are taken as one story. A story's findings are weighed against its own pairs only, so
        a story reads the same checked alone or beside others."""
        best_in: dict[tuple[tuple[str, int], str], float] = {}
        for pair in pairs:
            for here, there in ((pair.a, pair.b), (pair.b, pair.a)):
                key = ((here.doc_id, here.index), there.doc_id)
                best_in[key] = max(best_in.get(key, -1.0), pair.similarity)
        partners = {
            (here, there, finding.kind)
            for pair, finding in found
            for here, there in (((pair.a.doc_id, pair.a.index), (pair.b.doc_id, pair.b.index)),
                                ((pair.b.doc_id, pair.b.index), (pair.a.doc_id, pair.a.index)))
        }
        windows: dict[str, "np.ndarray"] = {}
        if embed is not None and found:
            texts = list(dict.fromkeys(
                window for pair, finding in found
                for window in (value_window(pair.a.text, finding.a_spans), value_window(pair.b.text, finding.b_spans))
            ))
            windows = dict(zip(texts, embed(texts)))
        story = (story_of_document or {}).get
        pairs_in, found_in = Counter(story(pair.a.doc_id, 0) for pair in pairs), Counter(story(pair.a.doc_id, 0) for pair, _ in found)
        density = {
            doc_id: found_in[story(doc_id, 0)] / max(1, pairs_in[story(doc_id, 0)])
            for pair in pairs for doc_id in (pair.a.doc_id, pair.b.doc_id)
        }
        last_index: dict[str, int] = {}
        for pair in pairs:
            for sentence in (pair.a, pair.b):
                last_index[sentence.doc_id] = max(last_index.get(sentence.doc_id, 0), sentence.index)
        documents = {sentence.doc_id for pair in pairs for sentence in (pair.a, pair.b)}
        documents_in = Counter(story(doc_id, 0) for doc_id in documents)
        covered = Counter(key for (key, _), similarity in best_in.items() if similarity >= COVERED_SIMILARITY)
        coverage = {key: covered[key] / max(1, documents_in[story(key[0], 0)] - 1) for key, _ in best_in}
        flagged = Counter((here, there[0], kind) for here, there, kind in partners)
        repeats = Counter((story(pair.a.doc_id, 0), finding.kind, value_pair_key(finding)) for pair, finding in found)
        return cls(best_in, flagged, windows, density, last_index, coverage, repeats, dict(story_of_document or {}))

    def repeats(self, pair: AlignedPair, finding: Finding) -> int:
        """How many findings of the story set the same two values apart as ``finding``."""
        story = self.story_of_document.get(pair.a.doc_id, 0)
        return self.value_repeats.get((story, finding.kind, value_pair_key(finding)), 1)

    def least_coverage(self, pair: AlignedPair) -> float:
        """The lower of the two sentences' coverage."""
        return min(self.coverage.get((sentence.doc_id, sentence.index), 0.0) for sentence in (pair.a, pair.b))

    def depth(self, pair: AlignedPair) -> float:
        """How far into its article the deeper of the two sentences lies (0: the first
        sentence, 1: the last): a story's facts lead it, background comes later."""
        return max(sentence.index / max(1, self.last_index.get(sentence.doc_id, sentence.index)) for sentence in (pair.a, pair.b))

    def finding_density(self, pair: AlignedPair) -> float:
        return self.density_of_document.get(pair.a.doc_id, 0.0)

    def window_similarity(self, pair: AlignedPair, finding: Finding) -> float:
        """Cosine of the two value windows; the sentences' own when none were embedded."""
        first = self.window_vectors.get(value_window(pair.a.text, finding.a_spans))
        second = self.window_vectors.get(value_window(pair.b.text, finding.b_spans))
        if first is None or second is None:
            return pair.similarity
        return float(first @ second)


FEATURES: tuple[str, ...] = (
    "bias",
    *(f"kind={kind}" for kind in KINDS),
    "rule_score",
    "rule_high",
    "similarity",
    "window_similarity",
    "closer_partner_gap",
    "mutual_best",
    "other_numbers_shared",
    "context_overlap",
    "context_disjoint",
    "value_words_in_other",
    "word_after_same",
    "flagged_partners",
    "speech_both",
    "hedge_any",
    "finding_density",
    "statement_shared",
    # A denial conflicts with every sentence that states the claim, so for negation many
    # flagged partners is evidence; for a number it is the mark of misalignment.
    "negation*flagged_partners",
    "number*flagged_partners",
    "negation*window_similarity",
    "number*window_similarity",
    # Two counts of people to whom one thing happened (the dead, the injured, the arrested):
    # on judged real news such number findings were right three times in four, other
    # number findings one time in three.
    "one_toll",
    "depth",
    # A quotation of four words or more quoted by another outlet as one remark keeps most
    # of its words in order; two remarks sharing a phrase keep few. On judged real news,
    # quote findings keeping under 0.7 of the shorter quotation were right 0 times in 43.
    "quote_words_kept",
    # A sentence in title case inside an article is mostly a related link, a caption or a
    # share box ("Why Nigeria Was Able to Beat Ebola, but Not Boko Haram The Atlantic").
    "title_case",
    "coverage",
    # Quotations are left out: one remark trimmed differently by many outlets repeats too,
    # and such pairs were judged the same remark more often than not.
    "value_pair_repeats",
)


def finding_features(pair: AlignedPair, finding: Finding, context: StoryContext) -> list[float]:
    """The feature vector of one finding, in ``FEATURES`` order."""
    a, b = pair.a, pair.b
    a_key, b_key = (a.doc_id, a.index), (b.doc_id, b.index)
    gap_a = max(0.0, context.best_in.get((a_key, b.doc_id), pair.similarity) - pair.similarity)
    gap_b = max(0.0, context.best_in.get((b_key, a.doc_id), pair.similarity) - pair.similarity)
    other_a = _outside(_numbers(a.text), finding.a_spans)
    other_b = _outside(_numbers(b.text), finding.b_spans)
    speech = (_speech(a.text), _speech(b.text))
    context_a, context_b = _context_words(a.text, tuple(finding.a_spans)), _context_words(b.text, tuple(finding.b_spans))
    stems_a, stems_b = _stems(a.text), _stems(b.text)
    value_words_a, value_words_b = _value_words(finding.a_value), _value_words(finding.b_value)
    value_words_total = len(value_words_a) + len(value_words_b)
    after_a, after_b = _word_after(a.text, finding.a_spans), _word_after(b.text, finding.b_spans)
    values = {
        "bias": 1.0,
        "rule_score": finding.score,
        "rule_high": 1.0 if finding.severity == "high" else 0.0,
        "similarity": pair.similarity,
        "window_similarity": context.window_similarity(pair, finding),
        "closer_partner_gap": max(gap_a, gap_b),
        "mutual_best": 1.0 if gap_a < 1e-6 and gap_b < 1e-6 else 0.0,
        "other_numbers_shared": math.log1p(len(other_a & other_b)),
        "context_overlap": len(context_a & context_b) / (len(context_a | context_b) or 1),
        "context_disjoint": 1.0 if context_a and context_b and not context_a & context_b else 0.0,
        "value_words_in_other": (
            (len(value_words_a & stems_b) + len(value_words_b & stems_a)) / value_words_total if value_words_total else 0.0
        ),
        "word_after_same": 1.0 if after_a and after_a == after_b else 0.0,
        "flagged_partners": math.log(max(
            context.flagged_partners.get((a_key, b.doc_id, finding.kind), 1),
            context.flagged_partners.get((b_key, a.doc_id, finding.kind), 1),
        )),
        "speech_both": 1.0 if all(speech) else 0.0,
        "hedge_any": 1.0 if _hedged(a.text) or _hedged(b.text) else 0.0,
        "finding_density": context.finding_density(pair),
        "statement_shared": _statement_shared(pair, finding),
        "one_toll": 1.0 if finding.kind == "number" and _one_toll(pair, finding) else 0.0,
        # Quotations sit in an article's body by nature, whatever they say: on judged real
        # news, those in the last two fifths were right as often as those before.
        "depth": 0.0 if finding.kind == "quote" else context.depth(pair),
        "quote_words_kept": _quote_words_kept(finding),
        "title_case": 1.0 if title_cased(a.text) or title_cased(b.text) else 0.0,
        "coverage": context.least_coverage(pair),
        "value_pair_repeats": 0.0 if finding.kind == "quote" else math.log(context.repeats(pair, finding)),
    }
    values.update({f"kind={kind}": 1.0 if finding.kind == kind else 0.0 for kind in KINDS})
    for kind in ("negation", "number"):
        for name in ("flagged_partners", "window_similarity"):
            values[f"{kind}*{name}"] = values[name] if finding.kind == kind else 0.0
    return [values[name] for name in FEATURES]


def _quote_words_kept(finding: Finding) -> float:
    """For a quote finding, the share of the shorter quotation's words the other keeps in
    order (1 for a quotation under ``QUOTE_WORDS_COUNTED`` words); 0 for other kinds."""
    if finding.kind != "quote":
        return 0.0
    shorter, kept = words_kept(finding.a_value, finding.b_value)
    return kept if shorter >= QUOTE_WORDS_COUNTED else 1.0


def _one_toll(pair: AlignedPair, finding: Finding) -> bool:
    """The finding's two amounts are counts of people to whom one thing happened."""
    def amount(text: str, spans: Sequence[tuple[int, int]]):
        return next((q for q in extract_quantities(text) if spans and _overlaps(q.start, q.end, spans[:1])), None)

    first, second = amount(pair.a.text, finding.a_spans), amount(pair.b.text, finding.b_spans)
    return first is not None and second is not None and one_toll_told(first, second)


def _statement_shared(pair: AlignedPair, finding: Finding) -> float:
    """How much of what one sentence says the other says too, speakers and the two values
    left out: one statement told two ways, or two statements that share a noun."""
    return shared_statement(
        pair.a.text, pair.b.text,
        speaker_words(pair.a.text) | content_words(finding.a_value), speaker_words(pair.b.text) | content_words(finding.b_value),
    )


def severity_of(probability: float) -> str:
    if probability >= HIGH_FROM:
        return "high"
    return "medium" if probability >= MEDIUM_FROM else "low"


class Verifier:
    """A logistic model over ``FEATURES`` with a calibration on judged real news:
    z = calibration_scale * (w . x) + calibration_shift, and
    p = sigmoid(z + the finding kind's shift + the kind's slope * z)."""

    def __init__(self, weights: Sequence[float], calibration: tuple[float, float] = (1.0, 0.0),
                 kind_shifts: Mapping[str, float] | None = None, kind_slopes: Mapping[str, float] | None = None):
        if len(weights) != len(FEATURES):
            raise ModelError(f"the verifier has {len(weights)} weights for {len(FEATURES)} features; retrain it (models/train_verifier.py)")
        self.weights = list(weights)
        self.calibration = calibration
        # The kind features are one-hot, so a kind's shift rides on its feature's value.
        shifts, slopes = kind_shifts or {}, kind_slopes or {}
        self.shifts = [float(shifts.get(name[len("kind="):], 0.0)) if name.startswith("kind=") else 0.0 for name in FEATURES]
        self.slopes = [float(slopes.get(name[len("kind="):], 0.0)) if name.startswith("kind=") else 0.0 for name in FEATURES]

    @classmethod
    def load(cls, path: str | Path = DEFAULT_VERIFIER) -> "Verifier":
        path = Path(path)
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise ModelError(f"{path}: cannot read the verifier ({error}); retrain it with models/train_verifier.py") from None
        if list(record.get("features", [])) != list(FEATURES):
            raise ModelError(f"{path}: the verifier was trained on other features; retrain it (models/train_verifier.py)")
        scale, shift = record.get("calibration", (1.0, 0.0))
        return cls(record["weights"], (float(scale), float(shift)), record.get("kind_shifts"), record.get("kind_slopes"))

    def margin(self, features: Sequence[float]) -> float:
        return sum(weight * value for weight, value in zip(self.weights, features))

    def probability(self, features: Sequence[float]) -> float:
        scale, shift = self.calibration
        z = scale * self.margin(features) + shift
        kinds = zip(self.shifts, self.slopes, features)  # one-hot: only the finding's own kind adds
        z += sum((kind_shift + kind_slope * z) * value for kind_shift, kind_slope, value in kinds)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def verify_findings(
    found: Sequence[tuple[AlignedPair, Finding]], context: StoryContext, verifier: Verifier
) -> list[tuple[AlignedPair, Finding]]:
    """The findings with the verifier's probability as score and the severity it implies;
    a ``denied-claim`` is never high, since two speakers are no conflict between outlets
    however surely they are two speakers, yet a sure one is worth a reader's time before a
    doubtful outlet conflict. A ``contradiction`` (the optional NLI model's) keeps its
    model's probability: no judged finding of that kind taught the verifier anything."""
    verified = []
    for pair, finding in found:
        if finding.kind not in TRAINED_KINDS:
            verified.append((pair, finding))
            continue
        probability = round(verifier.probability(finding_features(pair, finding, context)), 3)
        severity = severity_of(min(probability, DENIED_CLAIM_HIGHEST) if finding.kind == DENIED_CLAIM else probability)
        verified.append((pair, replace(finding, score=probability, severity=severity)))
    return verified
