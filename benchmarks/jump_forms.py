"""A grid of jump forms: the page reader on a newspaper's e-edition saved as text, where
front-page stories break off ("Continued on Page A6") and go on pages later, with real
articles.

A print replica prints a story's start on the front page and the rest on an inside page:
a jump line where it breaks ("See HARBOUR, Page A6", "(Continued on page 6)"), and over
the rest a jump head (the headline again, the story's slug, or nothing) and a line saying
where it came from ("HARBOUR from Page A1"). Between the two parts stand the page's footer,
the next page's folio ("A6 | THE VALLEY SENTINEL | TUESDAY, MARCH 5, 2024") and, in page
order, whole other stories. Every page here prints one combination: a jump wording, a jump
head, the order (the rest right after the break, as an e-reader's article view joins it,
or in page order with other stories between), a folio form, where the break falls (between
paragraphs or inside one) and how the text is set (a paragraph a line, or hard-wrapped
narrow columns); the credit under each headline ("By A" over "OUTLET", the outlet alone,
"By A, Outlet") and a section label under the inside pages' folios ("THE NATION", or none)
are drawn for each page. The articles are real (../shared/real-news/, as in ``layouts.py``). The
score is ``layouts.score_page``'s: a story counts when both its parts are one article, with
nothing else, and its outlet is right.

This is development data: the reader has been changed with it in view. The held-out
layouts of ``layouts.py`` stay the measure of what carries over.

Run: .venv/bin/python benchmarks/jump_forms.py [--all]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import layouts  # noqa: E402

#: Jump lines: where the story breaks off, and over its rest. "{slug}" is the story's
#: one-word slug in capitals, "{to}"/"{frm}" page labels ("A6"), "{n}" a bare page number.
JUMPS = {
    "continued on / from page": ("Continued on Page {to}", "Continued from Page {frm}"),
    "see SLUG, page / SLUG from page": ("See {slug}, Page {to}", "{slug} from Page {frm}"),
    "please see SLUG on / SLUG, continued from": ("Please see {slug} on {to}", "{slug}, continued from {frm}"),
    "(continued on page n)": ("(Continued on page {n})", "(Continued from page {n1})"),
    "turn to / from page": ("Turn to {slug}, page {to}", "From page {frm}"),
    "» SLUG, A6 / SLUG, from A1": ("» {slug}, {to}", "{slug}, from {frm}"),
    "cont. on / cont. from": ("Cont. on {to}", "Cont. from {frm}"),
    "story continues on": ("Story continues on page {n}", ""),
}
#: What stands over a story's rest besides the jump line: the headline again, the slug, or nothing.
HEADS = ("headline", "slug", "none")
ORDERS = ("flow", "print")
FOLIOS = {
    "label | paper | date": "{to} | THE VALLEY SENTINEL | TUESDAY, MARCH 5, 2024",
    "paper, date  label": "The Valley Sentinel, Tuesday, March 5, 2024        {to}",
    "page n": "Page {n}",
}
BREAKS = ("between paragraphs", "inside a paragraph")
SETTINGS = ("paragraph lines", "narrow columns")
#: A section label the inside pages print under their folio, or none (drawn for each page).
SECTIONS = ("", "THE NATION", "WORLD & NATION", "LOCAL NEWS")
#: How a story's head credits its writer and its outlet (drawn for each page).
CREDITS = (("By {writer}", "{OUTLET}"), ("{outlet}",), ("By {writer}, {outlet}",), ("By {WRITER}", "{outlet}"))
FOOTER = "Printed by Valley Sentinel Replica Edition · Copyright 2024 The Valley Sentinel"


def _lines_of(article: layouts.SourceArticle, setting: str, rng: random.Random) -> list[tuple[str, str, str]]:
    """The article's text as (line, fragment, label) rows, blanks between paragraphs."""
    scratch = layouts._PageBuilder()
    scratch.start(article, "", "")
    if setting == "narrow columns":
        layouts.write_body(scratch, article, "wrapped", rng, width=44)
    else:
        layouts.write_body(scratch, article, "blank", rng)
    scratch.end()
    return list(zip(scratch.lines, scratch.fragments, scratch.labels))


def _break_at(rows: list[tuple[str, str, str]], where: str, rng: random.Random) -> int:
    """How many rows stay on the front page: a paragraph's end, or inside a paragraph."""
    texts = [i for i, (_, _, label) in enumerate(rows) if label == layouts.ARTICLE_TEXT]
    middle = texts[len(texts) // 3 : max(len(texts) // 3 + 1, (2 * len(texts)) // 3)]
    if where == "inside a paragraph":
        inside = [i for i in middle if i + 1 < len(rows) and rows[i + 1][2] != "blank"]
        if inside:
            return rng.choice(inside) + 1
    ends = [i for i in middle if i + 1 < len(rows) and rows[i + 1][2] == "blank"]
    return (rng.choice(ends) if ends else middle[0]) + 1


def jump_page(jump: str, head: str, order: str, folio: str, where: str, setting: str, stories: list[layouts.Story]) -> layouts.Page:
    """One e-edition: two front-page stories that jump, and one to three whole stories."""
    rng = random.Random(f"{jump}/{head}/{order}/{folio}/{where}/{setting}")
    story, articles = layouts.draw_story(rng, stories)
    out_form, in_form = JUMPS[jump]
    b = layouts._PageBuilder()

    section = rng.choice(SECTIONS)
    credit = rng.choice(CREDITS)

    def folio_of(page: int) -> None:
        b.add(FOLIOS[folio].format(to=f"A{page}", n=page), "header")
        if section:
            b.add(section, "section")
        b.blank()

    def story_head(article: layouts.SourceArticle) -> None:
        b.add(article.title, "title")
        writer, outlet = rng.choice(layouts.AUTHORS), layouts.display_name(article.outlet)
        for line in credit:
            b.add(
                line.format(writer=writer, WRITER=writer.upper(), outlet=outlet, OUTLET=outlet.upper()),
                "byline" if line.startswith("By ") and "outlet" not in line.casefold() else "outlet",
            )
        b.blank()

    def write(article: layouts.SourceArticle, rows: list[tuple[str, str, str]]) -> None:
        b.start(article, layouts.display_name(article.outlet), article.title)
        for text, fragment, label in rows:
            if label == "blank":
                b.blank()
            else:
                b.body(text, fragment, label)
        b.end()

    def jump_in(article: layouts.SourceArticle, slug: str, page: int) -> None:
        if head == "headline":
            b.add(article.title, "title")
        elif head == "slug":
            b.add(slug, "section")
        if in_form:
            b.add(in_form.format(slug=slug, frm="A1", n1=1), "readmore")
        b.blank()

    def rest_on_its_page(article: layouts.SourceArticle, rows: list[tuple[str, str, str]], slug: str, page: int) -> None:
        b.add(FOOTER, "footer")
        folio_of(page)
        jump_in(article, slug, page)
        write(article, rows)
        b.blank()

    # The two longest stories lead the front page and jump; the others stand whole inside.
    articles.sort(key=lambda a: -sum(len(p) for p in a.paragraphs))
    front, rest = articles[:2], articles[2:]
    parts = []
    for number, article in enumerate(front):
        rows = _lines_of(article, setting, rng)
        if sum(label == layouts.ARTICLE_TEXT for _, _, label in rows) < 2:
            parts.append((article, rows, [], "", 0))  # too short to jump
            continue
        cut = _break_at(rows, where, rng)
        while cut < len(rows) and rows[cut][2] == "blank":
            cut += 1
        words = [w.strip("'‘’\":,.?!()") for w in article.title.split()]
        slug = next((w for w in words if len(w) >= 5 and w[0].isupper()), words[0]).upper()
        parts.append((article, rows[: cut], rows[cut:], slug, 6 + number))
    b.add("THE VALLEY SENTINEL", "header")
    b.add("Tuesday, March 5, 2024 · Vol. 91, No. 64 · $1.50", "header")
    b.blank()
    for article, first, second, slug, page in parts:
        story_head(article)
        write(article, first)
        if second:
            b.add(out_form.format(slug=slug, to=f"A{page}", n=page), "readmore")
        b.blank()
        if second and order == "flow":
            rest_on_its_page(article, second, slug, page)
    b.add(FOOTER, "footer")
    folio_of(2)
    for article in rest:
        story_head(article)
        write(article, _lines_of(article, setting, rng))
        b.blank()
    if order == "print":
        for article, _, second, slug, page in (part for part in parts if part[2]):
            rest_on_its_page(article, second, slug, page)
    b.add(FOOTER, "footer")
    page = b.build(f"{jump}|{head}|{order}|{folio}|{where}|{setting}", "jump_forms", False, story.name)
    return replace(page, articles=_parts_joined(page.articles))


def _parts_joined(parts: tuple[layouts.TrueArticle, ...]) -> tuple[layouts.TrueArticle, ...]:
    """One true article for each story, whatever number of parts it was written in."""
    joined: dict[str, layouts.TrueArticle] = {}
    for part in parts:
        whole = joined.get(part.source_path)
        if whole is None:
            joined[part.source_path] = part
        else:
            joined[part.source_path] = replace(
                whole,
                last_line=part.last_line,
                body_lines=whole.body_lines + part.body_lines,
                residue_lines=whole.residue_lines + part.residue_lines,
            )
    return tuple(sorted(joined.values(), key=lambda a: a.first_line))


def grid() -> list[tuple[str, str, str, str, str, str]]:
    return list(itertools.product(JUMPS, HEADS, ORDERS, FOLIOS, BREAKS, SETTINGS))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="list every value, not only those with errors")
    args = parser.parse_args(argv)
    stories = list(layouts.load_stories(layouts.CORPUS))
    totals: Counter[str] = Counter()
    by_part: dict[tuple[int, str], Counter[str]] = {}
    for combination in grid():
        counts = layouts.form_counts(layouts.score_page(jump_page(*combination, stories)))
        totals.update(counts)
        for part, value in enumerate(combination):
            by_part.setdefault((part, value), Counter()).update(counts)
    names = ("jump", "head", "order", "folio", "break", "setting")
    print(f"{'part':8s} {'value':44s} {'ex+out':>11s} {'exact':>6s} {'outlet':>6s} {'title':>6s} {'split':>5s} {'leaked':>6s} {'lost':>5s}")
    for (part, value), c in by_part.items():
        if args.all or c["right"] < c["articles"] or c["leaked"]:
            right = f"{c['right']}/{c['articles']}"
            print(
                f"{names[part]:8s} {value:44s} {right:>11s} {c['exact']:6d} {c['outlet']:6d} {c['title']:6d} "
                f"{c['split']:5d} {c['leaked']:6d} {c['lost']:5d}"
            )
    share = totals["right"] / totals["articles"]
    print(
        f"all: {totals['right']}/{totals['articles']} = {share:.1%} exact with the outlet; exact {totals['exact']}, "
        f"titles {totals['title']}, split {totals['split']}, leaked {totals['leaked']}, lost {totals['lost']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
