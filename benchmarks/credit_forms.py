"""A grid of outlet-credit forms: the page reader on pages that name each article's outlet
in one of many wordings, above its title or under its text, with real articles.

The layouts of ``layouts.py`` each hold a few wordings; real sites use many more ("Story by
X", "— X", "X staff", "Via X ↗", "Copyright © 2024 X. All rights reserved."). Here every
page prints one wording for all its articles and draws the rest at random: a site header
or none, a footer or none, paragraphs with or without blank lines between, a line of
furniture under the text (a share bar, tags, a time, a comment count) or none, a blank line
between text and credit or none, and blank lines, rules or ads between articles. The articles
are real (../shared/real-news/, as in ``layouts.py``), so bodies have the length, residue
and wire credits of real text. The score is ``layouts.score_page``'s: an article counts when
its boundaries are exact and its outlet is right.

This is development data: the reader has been changed with it in view. The held-out
layouts of ``layouts.py`` stay the measure of what carries over.

Run: .venv/bin/python benchmarks/credit_forms.py [--pages-per-form N] [--all]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import layouts  # noqa: E402

#: Credit lines under an article's text; "{}" is the outlet as the page shows it, "{domain}"
#: its web domain, "{writer}" one of ``layouts.AUTHORS`` ("{WRITER}" in capitals).
BELOW = (
    "— {}", "{}", "({})", "[{}]", "Source: {}", "Source: {}, 3 hours ago", "{} · 3h ago", "{} | 12 March 2024",
    "via {}", "Via: {}", "Reported by {}", "Reporting by {}", "{} contributed to this report.", "Story by {}", "Credit: {}",
    "Courtesy of {}", "Courtesy: {}", "Provided by {}", "Published by {}", "Article from {}", "Read more at {}",
    "Read the full story at {}", "Continue reading on {}", "Full story: {}", "Originally appeared on {}",
    "This article originally appeared on {}.", "Copyright {} 2024", "© {}", "{} (3 hours ago)", "Posted by {}",
    "Filed by {}", "Sourced from {}", "Origin: {}", "Publisher: {}", "Outlet: {}", "{} staff", "{} — 3 hours ago",
    "{}, 12 Mar", "Shared from {}", "From: {}", "Original source: {}", "Via {} ↗", "{} ›", "Read on {} →",
    "Source — {}", "SOURCE: {}", "{} reports", "— {} (3 hours ago)", "{writer}, {}", "By {writer}, {}",
    "{writer} | {}", "{writer} / {}", "{} / wire", "Distributed by {}", "Republished with permission from {}",
    "Copyright © 2024 {}. All rights reserved.", "{domain}/world/2024/03/05/harbour-reopens",
    "https://www.{domain}/world/harbour-reopens", "Source: {domain}/world/harbour", "🔗 {domain}", "Read at {domain}/world",
    "{domain} ↗", "🔗 https://{domain}/a/123",
)
#: Outlet lines over an article's title.
ABOVE = (
    "{}", "{} · 3h ago", "From {}", "{} reports:", "{} | World", "Source: {}", "{} — 12 March 2024",
    "By {writer}, {}", "By {writer} | {}", "BY {WRITER} · {}",
)
HEADS = (
    (),
    ("Valley Sentinel", "World briefs"),
    ("VALLEY SENTINEL", "Home | World | Business | Sport | Contact"),
    ("The Valley Sentinel · Tuesday, March 5, 2024",),
)
#: A line the page may print between an article's text and its credit line.
UNDER_TEXT = (
    (None, ""), (None, ""), ("share", "Share · Tweet · Email"), ("tags", "Tags: Harbour, Weather, Transport"),
    ("time", "3 hours ago"), ("comments", "12 comments"),
)
FEET = ((), ("© 2024 Valley Sentinel",), ("About us · Contact · Privacy policy", "© Valley Sentinel Media Ltd"))


def credit_page(form: str, where: str, number: int, stories: list[layouts.Story]) -> layouts.Page:
    """Page ``number`` of a credit form printed ``where`` ("above" or "below") each article."""
    rng = random.Random(f"{form}/{where}/{number}")
    story, articles = layouts.draw_story(rng, stories)
    b = layouts._PageBuilder()
    for line in rng.choice(HEADS):
        b.add(line, "header")
    b.blank()
    style = rng.choice(["blank", "tight"])
    gap = rng.random() < 0.5
    between = rng.choice(["blank", "rule", "ad"])
    under_label, under_text = rng.choice(UNDER_TEXT)
    for position, article in enumerate(articles):
        # A web address shows the outlet's domain, the front matter's (CSTBank's agencies aside).
        outlet = article.outlet if "{domain}" in form and "." in article.outlet else layouts.display_name(article.outlet)
        writer = rng.choice(layouts.AUTHORS)
        credit = form.replace("{writer}", writer).replace("{WRITER}", writer.upper()).replace("{domain}", "{}").format(outlet)
        if where == "above":
            b.add(credit, "outlet")
        b.start(article, outlet, article.title)
        b.add(article.title, "title")
        if gap:
            b.blank()
        layouts.write_body(b, article, style, rng)
        b.end()
        if under_label:
            b.add(under_text, under_label)
        if where == "below":
            if gap:
                b.blank()
            b.add(credit, "outlet")
        if position < len(articles) - 1:
            if between == "rule":
                b.blank()
                b.add("* * *", "separator")
            elif between == "ad":
                layouts._ad_box(b, "Sponsored", "Save 20% on garden furniture this week only at Lindgren Home.")
        b.blank()
    for line in rng.choice(FEET):
        b.add(line, "footer")
    return b.build(f"{where}:{form}:{number}", "credit_forms", False, story.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages-per-form", type=int, default=6)
    parser.add_argument("--all", action="store_true", help="list every form, not only those with errors")
    args = parser.parse_args(argv)
    stories = list(layouts.load_stories(layouts.CORPUS))
    totals: Counter[str] = Counter()
    print(f"{'where':5s} {'form':45s} {'ex+out':>9s} {'exact':>6s} {'outlet':>6s} {'leaked':>6s} {'lost':>5s}")
    for where, forms in (("below", BELOW), ("above", ABOVE)):
        for form in forms:
            counts: Counter[str] = Counter()
            for number in range(args.pages_per_form):
                counts.update(layouts.form_counts(layouts.score_page(credit_page(form, where, number, stories))))
            totals.update(counts)
            totals[f"{where} articles"] += counts["articles"]
            totals[f"{where} right"] += counts["right"]
            if args.all or counts["right"] < counts["articles"] or counts["leaked"]:
                right = f"{counts['right']}/{counts['articles']}"
                print(f"{where:5s} {form!r:45s} {right:>9s} {counts['exact']:6d} {counts['outlet']:6d} {counts['leaked']:6d} {counts['lost']:5d}")
    share = totals["right"] / totals["articles"]
    print(
        f"all: {totals['right']}/{totals['articles']} = {share:.1%} exact with the outlet "
        f"(below {totals['below right']}/{totals['below articles']}, above {totals['above right']}/{totals['above articles']}); "
        f"leaked {totals['leaked']}, lost {totals['lost']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
