"""Judged real-news findings: what a person decided about findings the checker reported on
real articles (eval-real/). A judgement is keyed by the finding's kind and its two
sentences, so it survives changes that renumber sentences or rescore findings."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from consistency.comparators.denied_claim import KIND as DENIED_CLAIM, RECLASSIFIED_KINDS
from consistency.errors import InputError
from consistency.records import AlignedPair, Discrepancy

#: The verdicts a judge may give. Only ``real`` is a divergence between outlets; an
#: ``attributed`` pair is two speakers (a claim and its denial) that the outlets report alike.
VERDICTS = ("real", "attributed", "different-referent", "style", "misread")


def finding_key(kind: str, doc_a: str, text_a: str, doc_b: str, text_b: str) -> str:
    """The same two sentences and kind give the same key, in either order."""
    first, second = sorted([(doc_a, text_a), (doc_b, text_b)])
    material = "\x1f".join([kind, *first, *second])
    return "j" + hashlib.sha1(material.encode("utf-8")).hexdigest()[:16]


def discrepancy_key(discrepancy: Discrepancy) -> str:
    pair = discrepancy.pair
    return finding_key(discrepancy.finding.kind, pair.a.doc_id, pair.a.text, pair.b.doc_id, pair.b.text)


def judgement_of(discrepancy: Discrepancy, judgements: dict[str, "Judgement"]) -> "Judgement | None":
    return judgement_for(discrepancy.finding.kind, discrepancy.pair, judgements)


def judgement_for(kind: str, pair: AlignedPair, judgements: dict[str, "Judgement"]) -> "Judgement | None":
    """The judgement of a finding of ``kind`` on ``pair``; a ``denied-claim`` takes the one
    its two sentences got as the negation or modality finding it was before the kind existed."""
    kinds = (kind, *RECLASSIFIED_KINDS) if kind == DENIED_CLAIM else (kind,)
    keys = (finding_key(each, pair.a.doc_id, pair.a.text, pair.b.doc_id, pair.b.text) for each in kinds)
    return next((judgements[key] for key in keys if key in judgements), None)


@dataclass(frozen=True)
class Judgement:
    key: str
    story: str
    kind: str
    verdict: str
    reason: str


def load_judgements(path: str | Path) -> dict[str, Judgement]:
    """Judgements by key; a later line about the same key replaces an earlier one."""
    judgements: dict[str, Judgement] = {}
    path = Path(path)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            judgement = Judgement(record["key"], record["story"], record["kind"], record["verdict"], record.get("reason", ""))
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise InputError(str(path), f"not a judgement line ({error})", line=number) from None
        if judgement.verdict not in VERDICTS:
            raise InputError(str(path), f"verdict '{judgement.verdict}' is not one of {', '.join(VERDICTS)}", line=number)
        judgements[judgement.key] = judgement
    return judgements


def is_correct(judgement: Judgement, reported_kind: str) -> bool:
    """A finding is right when the judge saw a real divergence, or when it reports two
    speakers' opposed statements as a ``denied-claim`` (and not as an outlet conflict)."""
    return judgement.verdict == "real" or (judgement.verdict == "attributed" and reported_kind == DENIED_CLAIM)
