"""How well saved web pages are read: token F1 of each extractor's text against the true
article body, on the real pages of ../shared/real-news/html-pages/.

    .venv/bin/python benchmarks/html_extraction.py [--pages N] [--folder PATH] [--worst K]

Extractors: plain ``trafilatura.extract``, trafilatura with ``favor_recall=True``,
readability-lxml, jusText (English stop list) and ours: ``parse_html`` as ``consistency
inspect`` reads a page (the bytes decoded by ``decode_input``, the text of the documents).
Every extractor is given the same decoded text.

Scoring follows the article-extraction-benchmark: text is lower-cased and split into word
tokens with the regular expression ``\\w+`` (Unicode), tokens are counted with
multiplicity, and a page scores the F1 of the multiset overlap with ``articleBody``. The
table gives the mean of the pages' F1 ("F1"), the benchmark's own figure as a check
("shingle F1": 4-word shingles, tp/fp/fn summed over all pages), the pages read as empty,
the pages under F1 0.5, and the mean time per page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from consistency.loaders import decode_input, parse_html  # noqa: E402

DEFAULT_FOLDER = ROOT.parent / "shared" / "real-news" / "html-pages"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall((text or "").lower())


def token_f1(truth: str, predicted: str) -> float:
    true_counts, predicted_counts = Counter(tokens(truth)), Counter(tokens(predicted))
    overlap = sum((true_counts & predicted_counts).values())
    if not overlap:
        return 1.0 if not true_counts and not predicted_counts else 0.0
    precision = overlap / sum(predicted_counts.values())
    recall = overlap / sum(true_counts.values())
    return 2 * precision * recall / (precision + recall)


def shingle_counts(truth: str, predicted: str, n: int = 4) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of 4-word shingles, as the
    article-extraction-benchmark counts them."""

    def shingles(text: str) -> Counter:
        words = tokens(text)
        return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words[i : i + n])

    true_shingles, predicted_shingles = shingles(truth), shingles(predicted)
    return (
        sum((true_shingles & predicted_shingles).values()),
        sum((predicted_shingles - true_shingles).values()),
        sum((true_shingles - predicted_shingles).values()),
    )


def _trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def _trafilatura_recall(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, favor_recall=True) or ""


def _readability(html: str) -> str:
    from lxml import html as lxml_html
    from readability import Document as ReadabilityDocument

    summary = ReadabilityDocument(html).summary(html_partial=True)
    tree = lxml_html.fromstring(summary)
    return "\n".join(" ".join(block.text_content().split()) for block in tree.iter("p", "h1", "h2", "h3", "h4", "li", "pre", "td", "blockquote") if block.text_content().strip()) or tree.text_content()


def _justext(html: str) -> str:
    import justext

    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"), encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _ours(html: str) -> str:
    parsed = parse_html("page.html", html, "page")
    return "\n\n".join(document.text for document in parsed.documents)


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "trafilatura": _trafilatura,
    "trafilatura favor_recall": _trafilatura_recall,
    "readability-lxml": _readability,
    "jusText": _justext,
    "ours (parse_html)": _ours,
}


def load_pages(folder: Path, limit: int | None) -> list[tuple[str, str, str]]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        data = gzip.decompress((folder / "pages" / f"{key}.html.gz").read_bytes())
        pages.append((key, decode_input(key, data), truth[key].get("articleBody") or ""))
    return pages


def measure(pages, names) -> dict[str, dict]:
    results = {}
    for name in names:
        extract = EXTRACTORS[name]
        scores, seconds, empty, counts = {}, 0.0, [], [0, 0, 0]
        for key, html, body in pages:
            started = time.perf_counter()
            try:
                text = extract(html)
            except Exception as error:  # an extractor that fails on a page reads it as empty
                print(f"  {name} failed on {key[:12]}: {type(error).__name__}: {error}", file=sys.stderr)
                text = ""
            seconds += time.perf_counter() - started
            scores[key] = token_f1(body, text)
            if not tokens(text):
                empty.append(key)
            for i, value in enumerate(shingle_counts(body, text)):
                counts[i] += value
        tp, fp, fn = counts
        shingle_f1 = 2 * tp / max(1, 2 * tp + fp + fn)
        results[name] = {
            "f1": sum(scores.values()) / max(1, len(scores)),
            "shingle_f1": shingle_f1,
            "empty": empty,
            "under_half": [key for key, score in scores.items() if score < 0.5],
            "seconds_per_page": seconds / max(1, len(pages)),
            "scores": scores,
        }
    return results


def table(results: dict[str, dict], pages: int) -> str:
    lines = [
        f"{pages} pages; token F1 = lower-cased \\w+ tokens, counted with multiplicity, mean over pages",
        f"{'extractor':<26} {'F1':>6} {'shingle F1':>11} {'empty':>6} {'F1<0.5':>7} {'ms/page':>8}",
    ]
    for name, result in results.items():
        lines.append(
            f"{name:<26} {result['f1']:>6.3f} {result['shingle_f1']:>11.3f} {len(result['empty']):>6} "
            f"{len(result['under_half']):>7} {1000 * result['seconds_per_page']:>8.1f}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", default=str(DEFAULT_FOLDER), help="the html-pages folder (ground-truth.json, pages/)")
    parser.add_argument("--pages", type=int, default=None, help="measure only the first N pages (sorted by name)")
    parser.add_argument("--only", action="append", choices=list(EXTRACTORS), help="measure only these extractors")
    parser.add_argument("--worst", type=int, default=0, help="also list our K worst pages beside plain trafilatura")
    args = parser.parse_args()
    folder = Path(args.folder)
    if not (folder / "ground-truth.json").exists():
        sys.exit(f"{folder}: no ground-truth.json; give --folder")
    pages = load_pages(folder, args.pages)
    results = measure(pages, args.only or list(EXTRACTORS))
    print(table(results, len(pages)))
    ours = results.get("ours (parse_html)")
    if ours and args.worst:
        plain = results.get("trafilatura", {}).get("scores", {})
        print(f"\nour {args.worst} worst pages (ours / plain trafilatura):")
        for key, score in sorted(ours["scores"].items(), key=lambda item: item[1])[: args.worst]:
            print(f"  {key[:16]}  {score:.3f}  {plain.get(key, float('nan')):.3f}")


if __name__ == "__main__":
    main()
