"""How well the page reader handles the labelled pages in tests/fixtures/ingest.

For each folder: articles found, outlets and titles right, body segments kept, and the
precision and recall of leaving out everything that is not article text (furniture, dates,
bylines, outlet and title lines). Run: .venv/bin/python benchmarks/ingest_quality.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.ingest_fixtures import labelled_pages, score_page  # noqa: E402


def measure(folder: str) -> str:
    articles = found = outlets = titles = 0
    kept_body = body = dropped_right = dropped_wrong = kept_wrong = furniture = furniture_dropped = 0
    for page in labelled_pages(folder):
        score = score_page(page)
        expected, page_titles = page.expected_sources(), page.titles()
        articles += len(expected)
        found += min(len(score.documents), len(expected))
        for article, source in expected.items():
            document = score.document_of_article.get(article)
            outlets += bool(document and document.source.lower() == source.lower())
            titles += bool(document and document.title.rstrip(".") == page_titles.get(article, "").rstrip("."))
        for segment, kept in score.kept.items():
            if segment.label == "body":
                body += 1
                kept_body += kept
                dropped_wrong += not kept
            else:
                dropped_right += not kept
                kept_wrong += kept
            if segment.label == "boilerplate":
                furniture += 1
                furniture_dropped += not kept
    precision = dropped_right / max(1, dropped_right + dropped_wrong)
    recall = dropped_right / max(1, dropped_right + kept_wrong)
    return (
        f"{folder}: {found}/{articles} articles, {outlets}/{articles} outlets, {titles}/{articles} titles; "
        f"body segments kept {kept_body}/{body}; leaving out non-article text: precision {precision:.3f}, "
        f"recall {recall:.3f}; furniture segments dropped {furniture_dropped}/{furniture}"
    )


if __name__ == "__main__":
    for folder in sys.argv[1:] or ["aggregator", "heldout"]:
        print(measure(folder))
