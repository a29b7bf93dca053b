"""Precision and recall of ``check`` on a templated corpus, where sentences about different
parts of one object look alike.

    .venv/bin/python benchmarks/templated_corpus.py [--stories 12] [--seed 1] [--json FILE] [--verifier ""]

Each story is told by 4 outlets in 25 sentences; sentence P states one value for part P of
one object ("Section 7 of the Calder Bridge in Orrin Falls carried a load of 412 tonnes
during the test."). All 25 sentences of a story share one template, so they differ only in
the part number and the value: the aligner must pair Section 7 with Section 7, not with
Section 8. Each outlet words the template its own way and shifts a few sentences, and 20%
of the values an outlet states are off by 15-40%.

A reported pair is true when its sentences give the same part of the same story in two
outlets and the values differ; precision counts distinct reported sentence pairs, recall
counts the pairs of outlets that differ on a part and were reported with any finding.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import NamedTuple, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from consistency.records import Document, Report, Sentence  # noqa: E402

PARTS_PER_STORY = 25
OUTLETS = ["Harbour Herald", "Daily Courier", "Capital Wire", "Northern Post"]
#: Share of the (outlet, part) values that an outlet states differently from the truth.
CHANGED_SHARE = 0.2
#: How far a changed value lies from the true one, as a share of it: clearly different.
CHANGE_RANGE = (0.15, 0.40)
#: How far an outlet may move a sentence from its place in the story's order.
SHUFFLE_REACH = 3


@dataclass(frozen=True)
class Template:
    """What a story is about and the ways outlets word its one sentence template.

    Every wording names the part as ``{label} {part}`` verbatim ("Section 7"), which is how
    ``score_report`` tells which part a reported sentence is about, and never ends on it: the
    splitter reads "in Ward 4. Counters ..." as a numbered list item and cuts before the 4.
    """

    label: str
    #: The object's name is a made-up name followed by one of these, as in "Calder Bridge";
    #: with none, the object is a person (an election's candidate).
    object_kinds: tuple[str, ...]
    values: tuple[int, int]
    title: str
    #: One wording per outlet, so no two outlets of a story are copies of each other.
    wordings: tuple[str, str, str, str]


TEMPLATES = [
    Template("Section", ("Bridge", "Viaduct", "Crossing"), (180, 950), "Load test on the {object} in {city}", (
        "Section {part} of the {object} in {city} carried a load of {value} tonnes during the test.",
        "During the load test in {city}, Section {part} of the {object} held {value} tonnes.",
        "Engineers in {city} put {value} tonnes on Section {part} of the {object} in the test.",
        "The test loaded Section {part} of the {city} {object} with {value} tonnes.",
    )),
    Template("Block", ("Gardens", "Court", "Heights"), (8, 40), "Planners approve the {object} estate in {city}", (
        "Block {part} of the {object} estate in {city} rises {value} floors above the street.",
        "In {city}, Block {part} of the {object} estate will stand {value} floors tall.",
        "The {object} estate's Block {part} gets {value} floors, planners in {city} said.",
        "Planners in {city} approved {value} floors for Block {part} of the {object} estate.",
    )),
    Template("Ward", (), (900, 8000), "{object} leads the mayoral count in {city}", (
        "Ward {part} in {city} gave {object} {value} votes in the mayoral election.",
        "{object} won {value} votes in Ward {part} of {city} in the mayoral election.",
        "In Ward {part} of the {city} mayoral election, {value} votes went to {object}.",
        "Counters in {city} tallied {value} votes for {object} in Ward {part} on Sunday.",
    )),
    Template("Plant", ("Motors", "Engineering", "Industries"), (120, 2400), "Jobs at {object} in {city}", (
        "Plant {part} of {object} in {city} employs {value} workers on its assembly lines.",
        "{object} has {value} workers at Plant {part} in {city}.",
        "In {city}, {value} workers staff Plant {part} of {object}.",
        "Plant {part}, run by {object} in {city}, keeps {value} workers on its payroll.",
    )),
    Template("Reservoir", ("Water", "Valley", "Supply"), (20, 70), "Reservoir levels of the {object} scheme near {city}", (
        "Reservoir {part} of the {object} scheme near {city} was {value} percent full on Monday.",
        "On Monday, Reservoir {part} of the {object} scheme outside {city} stood at {value} percent of capacity.",
        "The {object} scheme said Reservoir {part} near {city} held {value} percent of its capacity on Monday.",
        "Reservoir {part} near {city} reached {value} percent on Monday, the {object} scheme reported.",
    )),
    Template("Platform", ("Central", "Junction", "Parkway"), (120, 420), "Longer platforms at {object} station in {city}", (
        "Platform {part} at {object} station in {city} was extended to {value} metres.",
        "Workers lengthened Platform {part} of {object} station in {city} to {value} metres.",
        "In {city}, Platform {part} of {object} station now runs {value} metres.",
        "{object} station in {city} has stretched Platform {part} to {value} metres.",
    )),
    Template("Building", ("Hospital", "Infirmary", "Clinic"), (150, 1800), "A busy month at {object} in {city}", (
        "Building {part} of {object} in {city} treated {value} patients last month.",
        "Last month {value} patients were treated in Building {part} of {object} in {city}.",
        "{object} in {city} said Building {part} saw {value} patients last month.",
        "Doctors in Building {part} of {object}, {city}, cared for {value} patients last month.",
    )),
    Template("School", ("district",), (180, 1400), "Enrolment in the {object} of {city}", (
        "School {part} in the {object} of {city} enrolled {value} pupils this year.",
        "This year {value} pupils enrolled at School {part} in the {object} of {city}.",
        "School {part} of the {object} in {city} took in {value} pupils this year.",
        "The {object} of {city} counted {value} pupils at School {part} this year.",
    )),
    Template("Turbine", ("wind farm",), (300, 2200), "Output of the {object} off {city}", (
        "Turbine {part} at the {object} off {city} produced {value} megawatt hours in March.",
        "In March, Turbine {part} of the {object} off {city} generated {value} megawatt hours.",
        "The {object} off {city} said Turbine {part} delivered {value} megawatt hours in March.",
        "Turbine {part} off {city}, part of the {object}, supplied {value} megawatt hours in March.",
    )),
    Template("Checkpoint", ("marathon",), (800, 6000), "Runners in the {object} in {city}", (
        "Checkpoint {part} of the {object} in {city} recorded {value} runners.",
        "A total of {value} runners passed Checkpoint {part} of the {object} in {city}.",
        "At Checkpoint {part} of the {object} in {city}, timers logged {value} runners.",
        "Organisers of the {object} in {city} counted {value} runners through Checkpoint {part} by noon.",
    )),
    Template("Berth", ("Lines", "Shipping", "Freight"), (300, 2600), "A record week for {object} at the port of {city}", (
        "Berth {part} at the port of {city} handled {value} containers for {object} last week.",
        "{object} moved {value} containers through Berth {part} at the port of {city} last week.",
        "Last week Berth {part} in the port of {city} loaded {value} containers for {object}.",
        "The port of {city} said Berth {part} handled {value} containers of {object} last week.",
    )),
    Template("Zone", ("forest",), (40, 900), "Fire damage in the {object} near {city}", (
        "Zone {part} of the {object} near {city} lost {value} hectares to the fire.",
        "The fire burned {value} hectares in Zone {part} of the {object} near {city}.",
        "Near {city}, {value} hectares of Zone {part} in the {object} were destroyed by the fire.",
        "Foresters said Zone {part} of the {object} outside {city} lost {value} hectares in the blaze.",
    )),
]
PART_PATTERN = re.compile(rf"\b(?:{'|'.join(t.label for t in TEMPLATES)}) (\d+)\b")
DOCUMENT_ID_PATTERN = re.compile(r"^story-(\d+)-outlet-(\d+)$")

_SYLLABLES = ["ar", "bel", "cor", "dun", "el", "fal", "gor", "hal", "iv", "jas", "kel", "lor", "mer", "nor",
              "os", "pal", "quen", "ros", "sil", "tam", "ul", "ven", "wyn", "yar", "zel"]
_CITY_ENDINGS = ["Falls", "Bay", "Ridge", "Ford", "Haven", "Cross", "Wells", "Point"]
_FIRST_NAMES = ["Ines", "Dana", "Ruben", "Elise", "Osric", "Priya", "Lena", "Tomas", "Mira", "Anders"]


class TruthPair(NamedTuple):
    """Two outlets that state different values for one part of one story."""

    story: int
    part: int
    first_outlet: int
    second_outlet: int


@dataclass(frozen=True)
class Story:
    """One story's facts and what each outlet says of them."""

    template: Template
    object_name: str
    city: str
    #: The true value of each part, part P at position P - 1.
    true_values: tuple[int, ...]
    #: What each outlet states for each part, outlet by outlet.
    told_values: tuple[tuple[int, ...], ...]


def _made_up_name(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize()


def _changed(value: int, rng: random.Random) -> int:
    shift = max(1, round(value * rng.uniform(*CHANGE_RANGE)))
    return value + shift if rng.random() < 0.5 else value - shift


def tell_stories(stories: int = 12, seed: int = 1) -> list[Story]:
    """The facts of each story and what each outlet says about them."""
    rng = random.Random(seed)
    used_names: set[str] = set()

    def fresh_name(syllables: int) -> str:
        # Distinct names keep the stories apart when documents are grouped into stories.
        while (name := _made_up_name(rng, syllables)) in used_names:
            pass
        used_names.add(name)
        return name

    # Stories told from one template share its part label ("Section"), so they must not
    # share a second name too, such as "Bridge" or "Falls": two shared names make one story.
    generic_names_used = {template.label: set() for template in TEMPLATES}

    def unused(choices: Sequence[str], template: Template) -> str:
        used = generic_names_used[template.label]
        choice = rng.choice([name for name in choices if name not in used] or choices)
        used.add(choice)
        return choice

    told_stories = []
    slots = [(outlet, part) for outlet in range(len(OUTLETS)) for part in range(PARTS_PER_STORY)]
    for story in range(stories):
        template = TEMPLATES[story % len(TEMPLATES)]
        if template.object_kinds:
            object_name = f"{fresh_name(2)} {unused(template.object_kinds, template)}"
        else:
            object_name = f"{unused(_FIRST_NAMES, template)} {fresh_name(3)}"
        city = f"{fresh_name(2)} {unused(_CITY_ENDINGS, template)}"
        true_values = tuple(rng.randint(*template.values) for _ in range(PARTS_PER_STORY))
        told = [list(true_values) for _ in OUTLETS]
        for outlet, part in rng.sample(slots, round(CHANGED_SHARE * len(slots))):
            told[outlet][part] = _changed(true_values[part], rng)
        told_stories.append(Story(template, object_name, city, true_values, tuple(tuple(values) for values in told)))
    return told_stories


def document_id(story: int, outlet: int) -> str:
    return f"story-{story:02d}-outlet-{outlet}"


def generate_corpus(stories: int = 12, seed: int = 1) -> tuple[list[Document], set[TruthPair]]:
    """The documents of ``stories`` stories, 4 outlets each, and the pairs of outlets that
    state different values for one part; the same for the same seed."""
    rng = random.Random(seed)
    documents, truth = [], set()
    for story_index, story in enumerate(tell_stories(stories, seed)):
        # One wording per outlet, drawn afresh for each story so no outlet keeps a style.
        wordings = rng.sample(story.template.wordings, len(OUTLETS))
        title = story.template.title.format(object=story.object_name, city=story.city)
        for outlet, (source, wording) in enumerate(zip(OUTLETS, wordings)):
            order = sorted(range(PARTS_PER_STORY), key=lambda part: part + rng.uniform(0, SHUFFLE_REACH))
            values = story.told_values[outlet]
            # Thousands separated, as news writes them: a bare "1977 containers" reads as a year.
            text = " ".join(
                wording.format(part=part + 1, value=f"{values[part]:,}", object=story.object_name, city=story.city)
                for part in order
            )
            published = f"2025-04-{story_index % 28 + 1:02d}"
            documents.append(Document(document_id(story_index, outlet), source, text, title=title, published=published))
        for first, second in combinations(range(len(OUTLETS)), 2):
            for part in range(PARTS_PER_STORY):
                if story.told_values[first][part] != story.told_values[second][part]:
                    truth.add(TruthPair(story_index, part + 1, first, second))
    return documents, truth


def locate(sentence: Sentence) -> tuple[int, int, int] | None:
    """The (story, outlet, part) a generated sentence tells; None for text the generator
    did not write as one sentence (a sentence the splitter cut or joined)."""
    document = DOCUMENT_ID_PATTERN.match(sentence.doc_id)
    parts = PART_PATTERN.findall(sentence.text)
    if not document or len(parts) != 1:
        return None
    return int(document.group(1)), int(document.group(2)), int(parts[0])


def score_report(report: Report, truth: set[TruthPair], min_score: float = 0.0) -> dict:
    """Precision and recall of the report's discrepancies scored ``min_score`` or more
    against ``truth``, findings by kind on true and on wrong pairs, and what the wrongly
    reported pairs are."""
    verdicts: dict[tuple[Sentence, Sentence], str] = {}
    found: set[TruthPair] = set()
    for discrepancy in report.discrepancies:
        if discrepancy.finding.score < min_score:
            continue
        pair = (discrepancy.pair.a, discrepancy.pair.b)
        if pair in verdicts:
            continue
        a, b = locate(pair[0]), locate(pair[1])
        if a is None or b is None:
            verdicts[pair] = "sentence not split as written"
        elif a[0] != b[0]:
            verdicts[pair] = "different story"
        elif a[2] != b[2]:
            verdicts[pair] = "different part"
        elif (truth_pair := TruthPair(a[0], a[2], min(a[1], b[1]), max(a[1], b[1]))) in truth:
            found.add(truth_pair)
            verdicts[pair] = "true"
        else:
            verdicts[pair] = "same part, same value"

    findings_by_kind = {"true": Counter(), "wrong": Counter()}
    for discrepancy in report.discrepancies:
        verdict = verdicts.get((discrepancy.pair.a, discrepancy.pair.b))
        if verdict is None:  # scored below min_score
            continue
        findings_by_kind["true" if verdict == "true" else "wrong"][discrepancy.finding.kind] += 1
    wrong = Counter(verdict for verdict in verdicts.values() if verdict != "true")
    return {
        "reported_pairs": len(verdicts),
        "true_reported_pairs": len(found),
        "precision": len(found) / len(verdicts) if verdicts else 0.0,
        "true_pairs": len(truth),
        "recall": len(found) / len(truth) if truth else 0.0,
        "wrong_pairs": dict(wrong.most_common()),
        "findings_by_kind": {verdict: dict(counts.most_common()) for verdict, counts in findings_by_kind.items()},
        "discrepancies": len(report.discrepancies),
        "aligned_pairs": report.n_aligned_pairs,
        "stories_found": len({summary.story for summary in report.documents}),
    }


def _listed(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in counts.items()) or "none"


def main() -> None:
    from consistency.cache import default_cache_dir
    from consistency.embedding import load_embedder
    from consistency.pipeline import CheckSettings, check_documents
    from consistency.verifier import REPORT_THRESHOLD

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument(
        "--verifier", default=CheckSettings().verifier, help='a verifier model file, "default", or "" for rules alone'
    )
    args = parser.parse_args()

    documents, truth = generate_corpus(args.stories, args.seed)
    started = time.perf_counter()
    settings = CheckSettings(cache_dir=str(default_cache_dir()), verifier=args.verifier)
    report = check_documents(documents, settings, embedder=load_embedder(None))
    scores = score_report(report, truth, REPORT_THRESHOLD if args.verifier else 0.0)
    scores["seconds"] = round(time.perf_counter() - started, 1)
    print(
        f"{args.stories} stories, {len(documents)} documents, seed {args.seed}: {scores['stories_found']} stories found, "
        f"{scores['aligned_pairs']} aligned pairs, {scores['discrepancies']} discrepancies in {scores['seconds']} s"
    )
    print(f"precision {scores['precision']:.3f} ({scores['true_reported_pairs']}/{scores['reported_pairs']} reported pairs)")
    print(f"recall    {scores['recall']:.3f} ({scores['true_reported_pairs']}/{scores['true_pairs']} pairs that differ)")
    print("wrong pairs: " + _listed(scores["wrong_pairs"]))
    for verdict, counts in scores["findings_by_kind"].items():
        print(f"findings on {verdict} pairs: " + _listed(counts))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
