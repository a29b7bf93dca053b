"""The layout corpus of benchmarks/layouts.py: pages are deterministic, their truth matches
the article text put in, held-out layouts stay apart, and the score counts what it says."""

from __future__ import annotations

import pytest

from benchmarks import layouts
from benchmarks.layouts import (
    CORPUS,
    DEVELOPMENT,
    HELD_OUT,
    LABELS,
    LAYOUTS,
    Page,
    TrueArticle,
    generate_pages,
    labelled_lines,
    score_page,
)
from consistency.ingest.pages import PageArticle, PageReading, Piece, read_page

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/real-news is not beside this checkout")


@pytest.fixture(scope="module")
def one_page_per_layout() -> list[Page]:
    return generate_pages(pages_per_layout=1, seed=7)


def _words(text: str) -> list[str]:
    return text.split()


# ----------------------------------------------------------------- layouts and held-out split


def test_held_out_layouts_are_a_third_and_disjoint_from_development():
    assert len(LAYOUTS) >= 12
    assert len(HELD_OUT) >= 4 and len(HELD_OUT) * 3 >= len(LAYOUTS)
    assert HELD_OUT <= set(LAYOUTS)
    assert not HELD_OUT & DEVELOPMENT
    assert HELD_OUT | DEVELOPMENT == set(LAYOUTS)


@needs_corpus
def test_labelled_lines_mark_held_out_pages(one_page_per_layout):
    rows = list(labelled_lines(one_page_per_layout))
    assert {row.layout_name for row in rows if row.is_held_out} == HELD_OUT
    assert {row.layout_name for row in rows if not row.is_held_out} == DEVELOPMENT
    assert {row.label for row in rows} <= set(LABELS)
    page = one_page_per_layout[0]
    mine = [row for row in rows if row.page_id == page.page_id]
    assert [row.line_text for row in mine] == list(page.lines)
    assert [row.line_index for row in mine] == list(range(len(page.lines)))


# ----------------------------------------------------------------- generator


@needs_corpus
def test_same_seed_gives_the_same_pages_and_another_seed_other_pages():
    first = generate_pages(pages_per_layout=2, seed=3, layouts=["daily_digest", "ledger"])
    again = generate_pages(pages_per_layout=2, seed=3, layouts=["daily_digest", "ledger"])
    other = generate_pages(pages_per_layout=2, seed=4, layouts=["daily_digest", "ledger"])
    assert [p.text for p in first] == [p.text for p in again]
    assert [p.articles for p in first] == [p.articles for p in again]
    assert [p.text for p in first] != [p.text for p in other]


@needs_corpus
def test_truth_boundaries_hold_exactly_the_article_text_put_in(one_page_per_layout):
    for page in one_page_per_layout:
        assert len(page.lines) == len(page.labels) == len(page.fragments)
        assert 3 <= len(page.articles) <= 6, page.page_id
        assert len({a.outlet for a in page.articles}) >= 2 or page.layout in ("outlet_groups", "live_feed")
        claimed: set[int] = set()
        for article in page.articles:
            lines = sorted((*article.body_lines, *article.residue_lines))
            assert article.first_line == article.body_lines[0] and article.last_line == article.body_lines[-1]
            assert all(page.labels[i] == "body" for i in article.body_lines)
            assert all(page.labels[i] == "residue" for i in article.residue_lines)
            assert not claimed & set(lines), f"{page.page_id}: two articles claim one line"
            claimed |= set(lines)
            # The lines carry the article's words, in order, and nothing else of it is elsewhere.
            assert _words(" ".join(page.fragments[i] for i in lines)) == _words(article.text), page.page_id
            assert all(page.fragments[i] in page.lines[i] for i in lines)
            # ... and that text is the real article's (shortened, never altered).
            source = (CORPUS / article.source_path).read_text(encoding="utf-8").split("---", 2)[2]
            assert _words(source)[: len(_words(article.text))] == _words(article.text)
            assert any(article.title in line for line in page.lines)
            assert any(article.outlet.casefold() in line.casefold() for line in page.lines)
        # Every line outside the articles is labelled as something other than article text.
        assert all(page.labels[i] != "body" for i in range(len(page.lines)) if i not in claimed)


def test_missing_corpus_is_one_line_and_exit_status_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(layouts, "CORPUS", tmp_path / "no-such-folder")
    assert layouts.main(["--pages-per-layout", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "real-news" in err


# ----------------------------------------------------------------- the score itself


def _hand_built_page() -> Page:
    lines = (
        "Sitewide Digest",  # 0 header
        "Mayor opens the new harbour bridge",  # 1 title
        "Harbour Herald · 2 hours ago",  # 2 outlet
        "The mayor opened the bridge on Monday after four years of building work.",  # 3 body
        "Traffic was light in the first hours, officials said.",  # 4 body
        "Share  Tweet  Email",  # 5 share
        "",  # 6 blank
        "Ferry fares to rise in spring",  # 7 title
        "Coast Times · 5 hours ago",  # 8 outlet
        "Ferry fares will rise by six percent in April, the operator announced on Friday.",  # 9 body
        "© 2025 Sitewide Digest",  # 10 copyright
    )
    labels = ("header", "title", "outlet", "body", "body", "share", "blank", "title", "outlet", "body", "copyright")
    fragments = tuple(line if label == "body" else "" for line, label in zip(lines, labels))
    articles = (
        TrueArticle("Harbour Herald", lines[1], 3, 4, (3, 4), (), "hand/1.txt", f"{lines[3]}\n\n{lines[4]}"),
        TrueArticle("Coast Times", lines[7], 9, 9, (9,), (), "hand/2.txt", lines[9]),
    )
    return Page("hand-00", "hand", False, "hand", lines, labels, fragments, articles)


def _piece(page: Page, line: int) -> Piece:
    start = sum(len(text) + 1 for text in page.lines[:line])
    text = page.lines[line]
    return Piece(start, start + len(text), line + 1, "body", "", text)


def test_score_counts_a_leaked_furniture_line_and_a_lost_body_line():
    page = _hand_built_page()
    reading = PageReading(
        (
            # Keeps line 3 and the share bar, loses line 4.
            PageArticle("HARBOUR HERALD", "Mayor opens the new harbour bridge.", (_piece(page, 3), _piece(page, 5))),
            PageArticle("Coast Times", "Ferry fares", (_piece(page, 9),)),
        ),
        (),
    )
    score = score_page(page, reading)
    assert [(e.line, e.label) for e in score.leaked] == [(5, "share")]
    assert [e.line for e in score.lost] == [4]
    assert score.cut == ()
    first, second = score.articles
    assert first.found and not first.exact
    assert first.outlet_right and first.title_right  # capitals and a full stop do not matter
    assert second.exact and second.outlet_right and not second.title_right
    assert (score.merged, score.split, score.phantoms) == (0, 0, ())
    assert (score.furniture_lines, score.body_lines) == (7, 3)


def test_score_counts_merged_split_and_phantom_articles():
    page = _hand_built_page()
    reading = PageReading(
        (
            PageArticle("Harbour Herald", page.lines[1], (_piece(page, 3),)),
            # Line 4 of article 1 and article 2 in one reader article: a split and a merge;
            # the title line of article 2 between them leaks.
            PageArticle("Harbour Herald", "", (_piece(page, 4), _piece(page, 7), _piece(page, 9))),
            PageArticle("Sitewide Digest", "", (_piece(page, 10),)),
        ),
        (),
    )
    score = score_page(page, reading)
    assert score.merged == 1 and score.split == 1
    assert len(score.phantoms) == 1 and score.phantoms[0].startswith("Sitewide Digest")
    assert [(e.line, e.label) for e in score.leaked] == [(7, "title"), (10, "copyright")]
    assert score.lost == ()
    assert not any(result.exact for result in score.articles)
    assert score.articles[1].found and not score.articles[1].outlet_right


def test_score_of_a_perfect_reading_is_perfect():
    page = _hand_built_page()
    reading = PageReading(
        tuple(
            PageArticle(a.outlet, a.title, tuple(_piece(page, line) for line in a.body_lines)) for a in page.articles
        ),
        (),
    )
    score = score_page(page, reading)
    assert all(r.exact and r.outlet_right and r.title_right for r in score.articles)
    assert (score.leaked, score.lost, score.cut, score.merged, score.split, score.phantoms) == ((), (), (), 0, 0, ())


def test_a_body_line_kept_in_part_is_cut_not_lost():
    page = _hand_built_page()
    start = sum(len(text) + 1 for text in page.lines[:3])
    most = Piece(start, start + 50, 4, "body", "", page.lines[3][:50])
    reading = PageReading(
        (
            PageArticle("Harbour Herald", page.lines[1], (most, _piece(page, 4))),
            PageArticle("Coast Times", page.lines[7], (_piece(page, 9),)),
        ),
        (),
    )
    score = score_page(page, reading)
    assert [e.line for e in score.cut] == [3] and score.lost == ()
    assert not score.articles[0].exact and score.articles[1].exact


def _leaked_lines(layout: str, label: str = "") -> list[layouts.LineError]:
    """The furniture lines (of one label, or all) that the reader leaves in articles on ten
    pages of a layout (seed 13)."""
    pages = generate_pages(pages_per_layout=10, seed=13, layouts=[layout])
    return [error for page in pages for error in score_page(page).leaked if not label or error.label == label]


@needs_corpus
def test_a_caption_between_the_title_block_and_its_photo_credit_stays_out_of_the_article():
    # "Updated 3 minutes ago" / "The image was widely shared on social media." /
    # "Photograph: Getty Images" above the body, as the cards layout prints it.
    leaked = _leaked_lines("cards", "caption")
    assert leaked == []


@needs_corpus
def test_the_boards_note_after_the_line_closing_every_post_stays_out_of_the_last_article():
    # Posts whose source text holds its own link boxes ("MORE STORIES", headlines in
    # capitals) read as more articles than there are; the score bar still closes each post,
    # and "Links to news articles only..." under the last one is the board's footer.
    leaked = _leaked_lines("link_board", "footer")
    assert len(leaked) <= 1


@needs_corpus
def test_a_source_line_under_every_body_names_the_article_above_it():
    # reader_digest prints "Source: X" under each body, then a share bar and an ad: none
    # stands above the first article and one stands under the last, so each names the
    # article above it, not the next one.
    pages = generate_pages(pages_per_layout=10, seed=13, layouts=["reader_digest"])
    articles = [result for page in pages for result in score_page(page).articles]
    assert sum(result.outlet_right for result in articles) >= 0.9 * len(articles)


# ----------------------------------------------------------------- the credit-form grid


@needs_corpus
def test_credit_form_pages_print_each_articles_outlet_in_the_form_where_the_form_says():
    from benchmarks import credit_forms

    stories = list(layouts.load_stories(CORPUS))
    for where, form in (("below", "Story by {}"), ("above", "{} | World"), ("below", "Source: {domain}/world/harbour")):
        page = credit_forms.credit_page(form, where, 0, stories)
        assert page == credit_forms.credit_page(form, where, 0, stories)  # deterministic
        outlet_lines = [i for i, label in enumerate(page.labels) if label == "outlet"]
        assert len(outlet_lines) == len(page.articles)
        for line, article in zip(outlet_lines, page.articles):
            assert article.outlet in page.lines[line]
            assert (line < article.first_line) == (where == "above")


# ----------------------------------------------------------------- the feed-form grid


@needs_corpus
def test_feed_form_pages_print_each_posts_account_over_its_text_and_its_card_under_it():
    from benchmarks import feed_forms

    stories = list(layouts.load_stories(CORPUS))
    combination = ("name ✓ / @handle / time", "title / domain", "both", "name / words / actions", "nothing")
    page = feed_forms.feed_page(*combination, stories)
    assert page == feed_forms.feed_page(*combination, stories)  # deterministic
    for article in page.articles:
        above = page.lines[article.first_line - 3 : article.first_line]
        assert above[0] == f"{article.outlet} ✓" and above[1].startswith("@") and above[2].endswith("h")
        card = page.lines.index("", article.last_line)  # the text's residue may follow its last line
        assert page.lines[card + 1] == article.title and page.labels[card + 2] == "readmore"
        assert page.lines[card + 5] == "Jane Doe"  # under the counts and buttons, the comments
    assert len(feed_forms.grid()) == len(feed_forms.ACCOUNT_LINES) * 3 * 3 * 4 * 3



@needs_corpus
def test_a_feed_post_is_credited_to_the_account_over_it_not_to_its_link_cards_domain():
    # A real article as a post: "IBTimes India" / "Follow" / "2h" over it, its link card's
    # "ibtimes.co.in" under it. The account posted it; the card only links to a site.
    from benchmarks import feed_forms

    stories = list(layouts.load_stories(CORPUS))
    page = feed_forms.feed_page("name / Follow / time", "title / domain", "counts", "none", "blank", stories)
    first = layouts.score_page(page).articles[0]
    assert (first.expected_outlet, first.read_outlet) == ("IBTimes India", "IBTimes India")


# ----------------------------------------------------------------- the jump-form grid


@needs_corpus
def test_jump_form_pages_print_each_front_story_in_two_parts_as_one_true_article():
    from benchmarks import jump_forms

    stories = list(layouts.load_stories(CORPUS))
    combination = ("see SLUG, page / SLUG from page", "headline", "print", "label | paper | date", "inside a paragraph", "paragraph lines")
    page = jump_forms.jump_page(*combination, stories)
    assert page == jump_forms.jump_page(*combination, stories)  # deterministic
    jumps = [i for i, line in enumerate(page.lines) if line.startswith("See ")]
    assert len(jumps) == 2
    for jump, article in zip(jumps, page.articles[:2]):
        # One true article holds the lines over its jump line and lines pages later.
        assert article.first_line < jump < article.last_line
        assert any(line > jump for line in article.body_lines) and any(line < jump for line in article.body_lines)
        rest = next(line for line in article.body_lines if line > jump)
        assert page.lines[rest - 2].endswith("from Page A1") and page.lines[rest - 3] == article.title
    assert len(jump_forms.grid()) == len(jump_forms.JUMPS) * 3 * 2 * 3 * 2 * 2


@needs_corpus
def test_a_front_page_story_and_its_rest_pages_later_are_read_as_one_article():
    from benchmarks import jump_forms

    stories = list(layouts.load_stories(CORPUS))
    # Real articles; the first two break off inside a paragraph on the front page and go on
    # pages later, after the page's whole stories, under "Continued from Page A1".
    page = jump_forms.jump_page("continued on / from page", "headline", "print", "paper, date  label", "inside a paragraph", "paragraph lines", stories)
    score = layouts.score_page(page)
    assert score.split == 0
    assert all(article.exact and article.outlet_right for article in score.articles[:2])


@needs_corpus
def test_a_headline_of_two_sentences_printed_again_over_its_rest_is_no_line_of_the_text():
    # "Apple's Beats Music Brand May Go Away. Apple's Beats Music Service is Sticking Around."
    # over "Continued from Page A1" reads as a sentence; it is the headline again, and the
    # story's two parts are one article without it.
    from benchmarks import jump_forms

    stories = list(layouts.load_stories(CORPUS))
    page = jump_forms.jump_page("continued on / from page", "headline", "flow", "label | paper | date", "between paragraphs", "paragraph lines", stories)
    first = page.articles[0]
    assert first.title.count(". ") == 1 and page.lines.count(first.title) == 2
    score = layouts.score_page(page)
    assert score.split == 0 and not score.leaked
    assert score.articles[0].exact and score.articles[0].outlet_right


@needs_corpus
def test_a_photo_caption_set_in_a_newspapers_column_over_its_print_credit_is_no_line_of_a_text():
    # An e-edition's narrow columns carry a caption paragraph with "PIETER VOS/OUTLET" under
    # it between two paragraphs of a story: the photo's words, not the story's.
    page = generate_pages(1, 13, layouts=["replica_jumps"])[0]
    captions = [line for line, label in enumerate(page.labels) if label == "caption"]
    assert captions and page.labels[captions[-1] + 1] == "credit"
    score = layouts.score_page(page)
    assert not [error for error in score.leaked if error.label in ("caption", "credit")]


@needs_corpus
def test_the_exports_footer_naming_its_site_stays_out_though_a_highlight_stands_alone():
    # reading_list_export signs off "Exported with Later Pile. ..." under the last text; a
    # reader's highlights left standing between articles must not hide the site's name.
    leaked = _leaked_lines("reading_list_export", "footer")
    assert leaked == []


@needs_corpus
def test_a_commenter_or_an_ads_sponsor_between_two_posts_names_no_outlet():
    # social_posts: readers' comments under a post ("Lucia Ferro • 3rd+", a person and how
    # far she is in the reader's network) and an ad in another language under its sponsor's
    # name ("Asigurări Rapid" / "Promovat") stand between two posts, where the next post's
    # page name would; neither is the next post's outlet.
    pages = generate_pages(pages_per_layout=10, seed=13, layouts=["social_posts"])
    commenters = {"Lucia Ferro", "Tomasz Brenner", "Dev Mehta", "Jane Doe", "Pieter Vos", "Nora Blake"}
    read = [article.source for page in pages for article in read_page(page.text).articles]
    assert not commenters & set(read)
    assert not any("rapid" in source.casefold() for source in read)


@needs_corpus
def test_a_sentence_printed_between_a_title_and_its_byline_is_a_pull_quote_of_the_text_under_them():
    # topic_hub_page prints a sentence of each article large between its title and its
    # byline; the sentence stands in the article's paragraphs too, so the large one is
    # furniture. (Pull quotes inside the text are another form: a few still leak.)
    leaked = _leaked_lines("topic_hub_page", "pullquote")
    assert len(leaked) <= 6


@needs_corpus
def test_a_browsers_print_header_cut_off_with_an_ellipsis_is_no_line_of_the_text_it_interrupts():
    # browser_print: at each page break the printout repeats "03/09/2024, 12:15" / "Title
    # – Bu…"; cut off with "…" the title reads as a sentence's end, yet it is the header,
    # and a "Most viewed" box that ranks stories from 1 holds links, however long.
    leaked = _leaked_lines("browser_print")
    assert not [error for error in leaked if error.label == "header"]
    assert len([error for error in leaked if error.label == "readmore"]) <= 7


@needs_corpus
def test_a_printed_pages_text_goes_on_past_a_box_that_interrupts_it():
    # browser_print: within one printout (from its print header to the next), a paragraph
    # that opens under an ad's "Skip advertisement" reads like a headline to the line
    # model; no print header opens it, so it is the same text, not another article.
    pages = generate_pages(pages_per_layout=10, seed=13, layouts=["browser_print"])
    scores = [score_page(page) for page in pages]
    assert sum(score.split for score in scores) <= 4
    assert sum(result.exact for score in scores for result in score.articles) >= 24


@needs_corpus
def test_the_headers_of_forwarded_e_mails_name_no_outlet():
    # forwarded_mail: "From: Tomasz Brenner <t@mail.example>" and "To: ..." head each
    # forwarded message over the article pasted in it; they name people, never an outlet.
    # (One "> Cc: Nora Blake" quoted inside a reply is still read as "Cc".)
    pages = generate_pages(pages_per_layout=10, seed=13, layouts=["forwarded_mail"])
    read = [article.source for page in pages for article in read_page(page.text).articles]
    assert not {"From", "To"} & set(read)
    assert read.count("Cc") <= 1
