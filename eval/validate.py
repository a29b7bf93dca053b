#!/usr/bin/env python3
"""Check the labelled evaluation corpus in eval/ and print its counts.

Usage: python3 eval/validate.py [EVAL_DIR]

Standard library only. Exits 1 if any check fails, 0 otherwise.
"""
from __future__ import annotations

import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

DIVERGENCE_KINDS = (
    "number", "date", "time", "entity", "quote", "attribution", "negation", "modality",
)
TRAP_KINDS = (
    "conversion", "approximation", "spelling", "relative_date", "copy",
    "different_referent", "different_remark", "paraphrase", "elaboration",
)
KINDS = {"divergence": DIVERGENCE_KINDS, "trap": TRAP_KINDS}
REQUIRED_KEYS = ("source", "title", "published")
ALLOWED_KEYS = set(REQUIRED_KEYS) | {"url"}
MIN_STORIES = 12
MIN_PER_LABEL = 100
MIN_PER_DIVERGENCE_KIND = 10
MIN_OUTLETS, MAX_OUTLETS = 3, 6
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A sentence ends with . ! or ?, optionally followed by closing quotes.
SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d]*$")


def parse_article(path: Path, errors: list[str]) -> dict | None:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if not lines or lines[0] != "---":
        errors.append(f"{path}: must start with a '---' line")
        return None
    try:
        end = lines.index("---", 1)
    except ValueError:
        errors.append(f"{path}: front matter is not closed by a '---' line")
        return None
    meta: dict[str, str] = {}
    for line in lines[1:end]:
        if ": " not in line:
            errors.append(f"{path}: bad front matter line {line!r}")
            continue
        key, value = line.split(": ", 1)
        if key in meta:
            errors.append(f"{path}: duplicate key {key!r}")
        if key not in ALLOWED_KEYS:
            errors.append(f"{path}: unknown key {key!r} (allowed: {sorted(ALLOWED_KEYS)})")
        meta[key] = value.strip()
    for key in REQUIRED_KEYS:
        if not meta.get(key):
            errors.append(f"{path}: missing front matter key {key!r}")
    published = meta.get("published", "")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        errors.append(f"{path}: published {published!r} is not YYYY-MM-DD")
    else:
        try:
            datetime.date.fromisoformat(published)
        except ValueError:
            errors.append(f"{path}: published {published!r} is not a real date")
    body = "\n".join(lines[end + 1:])
    if not body.strip():
        errors.append(f"{path}: empty body")
    return {"path": path, "meta": meta, "body": body}


def check_side(side, story: str, lid: str, articles: dict, errors: list[str]) -> str | None:
    if not isinstance(side, dict):
        errors.append(f"{story} {lid}: side must be an object")
        return None
    for key in ("source", "sentence", "value"):
        if not isinstance(side.get(key), str):
            errors.append(f"{story} {lid}: side lacks string {key!r}")
            return None
    source, sentence, value = side["source"], side["sentence"], side["value"]
    article = articles.get(source)
    if article is None:
        errors.append(f"{story} {lid}: source {source!r} has no article in this story")
        return source
    body = article["body"]
    count = body.count(sentence)
    if not sentence:
        errors.append(f"{story} {lid}: empty sentence for {source!r}")
    elif count != 1:
        errors.append(f"{story} {lid}: sentence occurs {count} times in {source!r}: {sentence[:70]!r}")
    else:
        start = body.index(sentence)
        stop = start + len(sentence)
        if start > 0 and not body[start - 1].isspace():
            errors.append(f"{story} {lid}: sentence does not start at a sentence boundary in {source!r}")
        if stop < len(body) and not body[stop].isspace():
            errors.append(f"{story} {lid}: sentence does not end at a sentence boundary in {source!r}")
        if not SENTENCE_END.search(sentence):
            errors.append(f"{story} {lid}: sentence lacks final punctuation: {sentence[-40:]!r}")
    if value not in sentence:
        errors.append(f"{story} {lid}: value {value!r} is not in its sentence")
    return source


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    errors: list[str] = []
    story_dirs = sorted(p for p in (root / "stories").iterdir() if p.is_dir())
    label_files = sorted((root / "labels").glob("*.jsonl"))
    story_names = {p.name for p in story_dirs}
    label_names = {p.stem for p in label_files}
    for name in sorted(story_names - label_names):
        errors.append(f"story {name!r} has no labels/{name}.jsonl")
    for name in sorted(label_names - story_names):
        errors.append(f"labels/{name}.jsonl has no stories/{name}/ folder")

    counts: Counter = Counter()
    n_articles = 0
    seen_ids: set[str] = set()
    per_story: list[tuple[str, int, int, int]] = []
    for story_dir in story_dirs:
        story = story_dir.name
        if not SLUG.match(story):
            errors.append(f"story folder {story!r} is not a lowercase slug")
        articles: dict[str, dict] = {}
        files = sorted(story_dir.glob("*.txt"))
        for path in files:
            if not SLUG.match(path.stem):
                errors.append(f"{path}: file name is not a lowercase slug")
            article = parse_article(path, errors)
            if article is None:
                continue
            source = article["meta"].get("source", "")
            if source in articles:
                errors.append(f"{story}: two articles from {source!r}")
            articles[source] = article
        n_articles += len(files)
        if not MIN_OUTLETS <= len(files) <= MAX_OUTLETS:
            errors.append(f"{story}: {len(files)} articles, expected {MIN_OUTLETS}-{MAX_OUTLETS}")
        label_path = root / "labels" / f"{story}.jsonl"
        if not label_path.exists():
            continue
        n_div = n_trap = 0
        for lineno, line in enumerate(label_path.read_text(encoding="utf-8").split("\n"), 1):
            if not line.strip():
                continue
            where = f"{label_path.name}:{lineno}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            if not isinstance(rec, dict):
                errors.append(f"{where}: not a JSON object")
                continue
            lid = rec.get("id")
            if not isinstance(lid, str) or not lid.startswith(f"{story}-"):
                errors.append(f"{where}: id {lid!r} must start with '{story}-'")
            elif lid in seen_ids:
                errors.append(f"{where}: duplicate id {lid!r}")
            else:
                seen_ids.add(lid)
            label, kind = rec.get("label"), rec.get("kind")
            if label not in KINDS:
                errors.append(f"{where}: label {label!r} is not one of {sorted(KINDS)}")
            elif kind not in KINDS[label]:
                errors.append(f"{where}: kind {kind!r} is not a {label} kind")
            else:
                counts[(label, kind)] += 1
                n_div += label == "divergence"
                n_trap += label == "trap"
            if not isinstance(rec.get("note", ""), str):
                errors.append(f"{where}: note must be a string")
            src_a = check_side(rec.get("a"), story, str(lid), articles, errors)
            src_b = check_side(rec.get("b"), story, str(lid), articles, errors)
            if src_a is not None and src_a == src_b:
                errors.append(f"{where}: a and b are the same outlet {src_a!r}")
        per_story.append((story, len(files), n_div, n_trap))

    total = {label: sum(v for (lab, _), v in counts.items() if lab == label) for label in KINDS}
    print(f"stories: {len(story_dirs)}")
    print(f"articles: {n_articles}")
    for story, n_files, n_div, n_trap in per_story:
        print(f"  {story}: {n_files} articles, {n_div} divergences, {n_trap} traps")
    for label, kinds in KINDS.items():
        print(f"{label}: {total[label]}")
        for kind in kinds:
            print(f"  {kind}: {counts[(label, kind)]}")

    if len(story_dirs) < MIN_STORIES:
        errors.append(f"only {len(story_dirs)} stories, need {MIN_STORIES}")
    for label in KINDS:
        if total[label] < MIN_PER_LABEL:
            errors.append(f"only {total[label]} {label} labels, need {MIN_PER_LABEL}")
    for kind in DIVERGENCE_KINDS:
        if counts[("divergence", kind)] < MIN_PER_DIVERGENCE_KIND:
            errors.append(f"divergence kind {kind!r} has {counts[('divergence', kind)]}, need {MIN_PER_DIVERGENCE_KIND}")
    for kind in TRAP_KINDS:
        if counts[("trap", kind)] < 1:
            errors.append(f"trap kind {kind!r} is not covered")

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for message in errors:
            print(f"  {message}", file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
