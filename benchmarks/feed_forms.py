"""A grid of social-feed forms: the page reader on an outlet's posts as a feed prints them,
with real articles.

A researcher may save a feed page rather than the articles: each post is the outlet's
account line and its time, the post's text, often a link card (the article's title and its
site's domain), the counts and buttons, and readers' comments under it. Feeds differ in how
they print the account ("Coastal Times · 3h", a name over "@handle" and a time, a verified
mark, "Coastal Times shared a link.", a time over the name), the card, the counts and the
comments, and in what stands between posts. Every page here prints one combination for all
its posts, with real articles (../shared/real-news/, as in ``layouts.py``) as the posts'
texts. The score is ``layouts.score_page``'s: a post counts when its boundaries are exact
and its outlet is right (the account's name, not the card's domain).

This is development data: the reader has been changed with it in view. The held-out
layouts of ``layouts.py`` stay the measure of what carries over.

Run: .venv/bin/python benchmarks/feed_forms.py [--all]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import layouts  # noqa: E402

#: How a feed prints the account over each post: (line, label) pairs; "{}" is the outlet's
#: name, "{handle}" its handle, "{h}" the post's age in hours.
ACCOUNT_LINES = {
    "name · time": (("{} · {h}h", "outlet"),),
    "name / time · audience": (("{}", "outlet"), ("{h}h · Public", "time")),
    "name @handle · time": (("{} {handle} · {h}h", "outlet"),),
    "name ✓ / @handle / time": (("{} ✓", "outlet"), ("{handle}", "outlet"), ("{h}h", "time")),
    "name / Follow / time": (("{}", "outlet"), ("Follow", "share"), ("{h}h", "time")),
    "name shared a link / time": (("{} shared a link.", "outlet"), ("{h}h", "time")),
    "time / name": (("{h}h", "time"), ("{}", "outlet")),
    "name / hours ago": (("{}", "outlet"), ("{h} hours ago", "time")),
}
#: The link card under the post's text: its title and its site's domain, in either order.
CARDS = ("none", "title / domain", "DOMAIN / title")
COUNTS = {
    "counts": ("👍 1.2K   💬 {c} comments   ↗ 56 shares",),
    "buttons": ("Like · Comment · Share",),
    "both": ("1.2K reactions · {c} comments · 56 shares", "Like · Comment · Share"),
}
COMMENTS = {
    "none": (),
    "name / words / actions": (
        "Jane Doe", "Great news for the town, finally!", "Like · Reply · 2h",
        "Marta Lind", "About time somebody said it.", "Like · Reply · 1h", "View more comments",
    ),
    "name: words": ("Jane Doe: Great news for the town, finally!", "Marta Lind: About time somebody said it."),
    "under a heading": (
        "Most relevant", "Jane Doe", "Great news for the town, finally! I used to work down there.",
        "Marta Lind", "About time somebody said it, this has been going on for years.", "Write a comment...",
    ),
}
BETWEEN = ("blank", "rule", "nothing")


def feed_page(account: str, card: str, counts: str, comments: str, between: str, stories: list[layouts.Story]) -> layouts.Page:
    """One feed page: three to five posts, each printed in the given forms."""
    rng = random.Random(f"{account}/{card}/{counts}/{comments}/{between}")
    story, articles = layouts.draw_story(rng, stories)
    b = layouts._PageBuilder()
    b.add("Friendbook", "header")
    b.add("Home · Watch · Groups · Marketplace", "header")
    b.blank()
    for position, article in enumerate(articles):
        outlet = layouts.display_name(article.outlet)
        handle = "@" + "".join(c for c in outlet.lower() if c.isalnum())
        domain = article.outlet if "." in article.outlet else "".join(c for c in outlet.lower() if c.isalnum()) + ".com"
        for line, label in ACCOUNT_LINES[account]:
            b.add(line.format(outlet, handle=handle, h=position + 2), label)
        b.start(article, outlet, article.title if card != "none" else "")
        layouts.write_body(b, article, "tight", rng)
        b.end()
        if card != "none":
            b.blank()
            lines = ((article.title, "title"), (domain, "readmore"))
            if card == "DOMAIN / title":
                lines = ((domain.upper(), "readmore"), (article.title, "title"))
            for line, label in lines:
                b.add(line, label)
        for line in COUNTS[counts]:
            b.add(line.format(c=10 * position + 14), "comments")
        for line in COMMENTS[comments]:
            b.add(line, "comments")
        if position < len(articles) - 1:
            if between == "blank":
                b.blank()
            elif between == "rule":
                b.blank()
                b.add("―――", "separator")
                b.blank()
    b.blank()
    b.add("Privacy · Terms · Advertising · Cookies", "footer")
    return b.build(f"{account}|{card}|{counts}|{comments}|{between}", "feed_forms", False, story.name)


def grid() -> list[tuple[str, str, str, str, str]]:
    return list(itertools.product(ACCOUNT_LINES, CARDS, COUNTS, COMMENTS, BETWEEN))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="list every account form, not only those with errors")
    args = parser.parse_args(argv)
    stories = list(layouts.load_stories(layouts.CORPUS))
    totals: Counter[str] = Counter()
    by_account: dict[str, Counter[str]] = {}
    by_part: dict[tuple[int, str], Counter[str]] = {}
    for combination in grid():
        counts = layouts.form_counts(layouts.score_page(feed_page(*combination, stories)))
        totals.update(counts)
        by_account.setdefault(combination[0], Counter()).update(counts)
        for part, value in enumerate(combination[1:], start=1):
            by_part.setdefault((part, value), Counter()).update(counts)
    print(f"{'account line':28s} {'ex+out':>11s} {'exact':>6s} {'outlet':>6s} {'title':>6s} {'leaked':>6s} {'lost':>5s}")
    for account, counts in by_account.items():
        if args.all or counts["right"] < counts["articles"] or counts["leaked"]:
            right = f"{counts['right']}/{counts['articles']}"
            print(f"{account:28s} {right:>11s} {counts['exact']:6d} {counts['outlet']:6d} {counts['title']:6d} {counts['leaked']:6d} {counts['lost']:5d}")
    for (part, value), counts in by_part.items():
        if counts["right"] < counts["articles"]:
            name = ("card", "counts", "comments", "between")[part - 1]
            print(f"  {name} {value!r}: {counts['right']}/{counts['articles']} exact with the outlet")
    share = totals["right"] / totals["articles"]
    print(
        f"all: {totals['right']}/{totals['articles']} = {share:.1%} exact with the outlet; "
        f"titles {totals['title']}, leaked {totals['leaked']}, lost {totals['lost']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
