"""Reading saved web pages: extractor fallbacks, old table layouts in legacy encodings,
quoted tweets, pages with nothing to read, and the real pages of ../shared/real-news/.

The pages here are written for these tests; the real pages are only read when present."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from consistency.ingest import html as html_reading
from consistency.loaders import parse_html, read_corpus

REAL_PAGES = Path(__file__).resolve().parents[2] / "shared" / "real-news" / "html-pages"

MILL_FIRE = [
    "Firefighters from four towns spent a second night pouring water on the old Harlan woollen mill, which "
    "caught fire on Sunday evening and kept burning through Monday.",
    "Route 9 between the river bridge and Elm Street stayed closed on Tuesday morning while crews checked the "
    "mill’s brick front wall, which fire chief Dolores Keane said could still fall into the road.",
    "“We are not letting anyone near that wall until an engineer has looked at it,” Keane said. Nobody was hurt "
    "in the fire, but two firefighters were treated for heat exhaustion.",
    "The mill, built in 1871, closed in 1984 and had been empty since a furniture warehouse moved out in 1999. "
    "Its owner, Harlan Properties, said it had planned to turn the building into café flats.",
]


def table_layout_page(footer: str, head: str = "") -> str:
    """A page laid out in tables as around 2002: a navigation column, the article in a
    cell with <br> between paragraphs, a footer row."""
    body = "<br><br>\n".join(MILL_FIRE)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Dunmore Evening Star - Mill fire closes Route 9</title>{head}</head>
<body bgcolor="#ffffff"><table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/img/masthead.gif" alt="Dunmore Evening Star"></td></tr>
<tr><td width="150" valign="top" bgcolor="#eeeeee"><font face="Arial" size="2">
<a href="/">Home</a><br><a href="/news/">Local News</a><br><a href="/sports/">Sports</a><br>
<a href="/business/">Business</a><br><a href="/obits/">Obituaries</a><br><a href="/classifieds/">Classifieds</a><br>
<a href="/weather/">Weather</a><br><a href="/contact/">Contact Us</a></font></td>
<td width="610" valign="top"><font face="Times New Roman" size="4"><b>Mill fire closes Route 9 for a second day</b></font><br>
<font size="2">By Walter Pryce, Staff Writer<br>Tuesday, March 12, 2002</font><br><br>
<font size="3">{body}</font></td></tr>
<tr><td colspan="2" align="center"><font size="1">{footer}<br>
<a href="/privacy.html">Privacy</a> | <a href="/terms.html">Terms of use</a></font></td></tr>
</table></body></html>"""


def _read_file(tmp_path: Path, name: str, data: bytes):
    folder = tmp_path / "pages"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    return read_corpus([str(folder)])


def test_table_layout_page_in_windows_1252_is_one_article_with_the_outlet_of_its_copyright_line(tmp_path):
    data = table_layout_page("Copyright © 2002 Dunmore Evening Star. All rights reserved.").encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the page really is in a legacy encoding
    corpus = _read_file(tmp_path, "mill-fire.html", data)
    [document] = corpus.documents
    assert document.source == "Dunmore Evening Star"
    assert document.title == "Mill fire closes Route 9 for a second day"
    for paragraph in MILL_FIRE:
        assert paragraph in document.text  # “curly quotes” and é read right
    assert "Obituaries" not in document.text and "Classifieds" not in document.text
    assert "Terms of use" not in document.text and "All rights reserved" not in document.text
    assert document.found_by


def test_table_layout_page_without_a_site_name_takes_the_outlet_from_its_address(tmp_path):
    page = table_layout_page("Send us your news tips.", head='<link rel="canonical" href="http://www.dunmorestar.com/news/0312mill.html">')
    corpus = _read_file(tmp_path, "mill-fire.html", page.encode("cp1252"))
    [document] = corpus.documents
    assert document.source == "dunmorestar.com"
    assert document.url == "http://www.dunmorestar.com/news/0312mill.html"
    assert MILL_FIRE[0] in document.text


def test_page_in_a_declared_legacy_charset_other_than_windows_1252_is_decoded_by_its_declaration(tmp_path):
    sentence = "Пожарные из четырёх городов вторую ночь тушили старую шерстяную фабрику, которая загорелась в воскресенье вечером."
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<title>Пожар на фабрике</title></head><body><article>"
        f"<p>{sentence}</p><p>{sentence.replace('вторую', 'третью')}</p></article></body></html>"
    )
    corpus = _read_file(tmp_path, "fire.html", page.encode("cp1251"))
    [document] = corpus.documents
    assert sentence in document.text


ARTICLE = [
    "The county board voted on Tuesday to close the Millbrook landfill by the end of next year, after residents "
    "spent two years complaining about the smell and the lorries on School Lane.",
    "The landfill has taken household waste from four towns since 1988, and the council says it is nearly full; "
    "waste will go to a new transfer station in Ashby instead.",
    "Board member Lena Fairweather, who voted against the plan, said on social media that the transfer station "
    "would cost more than the council admits.",
    "The closure still needs the approval of the state environment agency, which is expected to decide in the "
    "spring. A public meeting is planned for January 14 at the Millbrook library.",
]
TWEET = "I voted no: the transfer station will cost taxpayers twice what @AshbyCouncil told us!"


def modern_page(extra: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Board votes to close Millbrook landfill | Ashby Courier</title>
<meta property="og:site_name" content="Ashby Courier"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/about">About us</a></li></ul></nav>
<article><h1>Board votes to close Millbrook landfill</h1>
<p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p><p>{ARTICLE[2]}</p>{extra}<p>{ARTICLE[3]}</p></article>
<footer><p>&copy; 2019 Ashby Courier Ltd. All rights reserved.</p></footer></body></html>"""


def test_quoted_tweet_inside_an_article_is_kept():
    linked = TWEET.replace("@AshbyCouncil", '<a href="https://twitter.com/AshbyCouncil">@AshbyCouncil</a>')
    tweet = (
        f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{linked} '
        '<a href="https://t.co/x1">pic.twitter.com/x1y2z3</a></p>&mdash; Lena Fairweather (@LenaFairweather) '
        '<a href="https://twitter.com/LenaFairweather/status/1">November 12, 2019</a></blockquote>'
        '<script async src="https://platform.twitter.com/widgets.js"></script>'
    )
    parsed = parse_html("landfill.html", modern_page(tweet), "landfill")
    [document] = parsed.documents
    assert TWEET in document.text
    assert all(paragraph in document.text for paragraph in ARTICLE)
    assert "pic.twitter.com" not in document.text  # the bare link is furniture
    assert (document.source, document.title, document.found_by) == ("Ashby Courier", "Board votes to close Millbrook landfill", "trafilatura")


def test_when_the_first_extractor_returns_only_navigation_the_next_one_reads_the_article(monkeypatch):
    real = html_reading._trafilatura

    def navigation_only(tree, **options):
        text, found = real(tree, **options)
        if options.get("favor_precision"):
            return "Home\nNews\nSport\nWeather\nAbout us", found
        return text, found

    monkeypatch.setattr(html_reading, "_trafilatura", navigation_only)
    parsed = parse_html("landfill.html", modern_page(), "landfill")
    [document] = parsed.documents
    assert document.found_by == "trafilatura favor_recall"
    assert all(paragraph in document.text for paragraph in ARTICLE)
    assert "Weather" not in document.text


def test_when_no_trafilatura_mode_finds_the_article_readability_or_the_baseline_does(monkeypatch):
    monkeypatch.setattr(html_reading, "_trafilatura", lambda tree, **options: ("Home\nNews\nSport", None))
    [document] = parse_html("landfill.html", modern_page(), "landfill").documents
    assert document.found_by in ("readability", "jusText", "paragraphs")
    assert all(paragraph in document.text for paragraph in ARTICLE)
    assert document.source == "Ashby Courier"  # metadata read without trafilatura's extraction

    monkeypatch.setattr(html_reading, "_readability", lambda html: "")
    monkeypatch.setattr(html_reading, "_justext", lambda html: "")
    [document] = parse_html("landfill.html", modern_page(), "landfill").documents
    assert document.found_by == "paragraphs"
    assert all(paragraph in document.text for paragraph in ARTICLE)
    assert "About us" not in document.text


def test_an_article_split_over_several_boxes_is_read_whole(monkeypatch):
    """Some pages print an article in several boxes with related links between them, and
    trafilatura may keep only the first; readability, finding twice the prose and all of
    the first's, is then taken, as jusText finds about as much."""
    more = [
        "Residents of School Lane said the decision came too late for the families who had already moved away, and "
        "they asked the board to pay for cleaning the road and the verges once the lorries stop coming past the "
        "primary school every morning.",
        "The board said it would set aside money for road repairs in next year’s budget, but it did not say how much "
        "would be spent, and it promised residents a full report on the smell and on the state of the water in the "
        "brook by the summer.",
        "Engineers will cap the landfill with clay and soil over two years once it closes, and the gas from the buried "
        "waste will be piped to a small plant on the site and burned there to make electricity for about 900 homes in "
        "the town.",
    ]
    boxes = "".join(f'<div class="body-box"><p>{paragraph}</p></div><div class="related"><a href="/x">More from Ashby</a></div>' for paragraph in more)
    page = modern_page(boxes)
    real = html_reading._trafilatura

    def first_box_only(tree, **options):
        _, found = real(tree, **options)
        return "\n".join(ARTICLE[:3]), found

    monkeypatch.setattr(html_reading, "_trafilatura", first_box_only)
    [document] = parse_html("landfill.html", page, "landfill").documents
    assert document.found_by == "readability"
    assert all(paragraph in document.text for paragraph in [*ARTICLE, *more])
    assert "More from Ashby" not in document.text


def test_a_page_with_nothing_readable_gives_a_clear_reason_and_no_document(tmp_path):
    page = (
        "<html><head><title>Dunmore Evening Star</title></head><body>"
        "<div><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/about'>About us</a></div>"
        "<div>Sign in</div><script>var x = 'An article would be here';</script></body></html>"
    )
    parsed = parse_html("empty.html", page, "empty")
    assert parsed.documents == []
    assert any(d.reason.startswith("no article text found in the page") for d in parsed.dropped)
    corpus = _read_file(tmp_path, "empty.html", page.encode("utf-8"))
    assert corpus.documents == ()
    assert any("holds no article text" in note.message for note in corpus.notes)
    for broken in ("", "<html></html>", "<<<>>>", "<?xml version='1.0' encoding='windows-1252'?><html></html>"):
        assert parse_html("broken.html", broken, "broken").documents == []


@pytest.mark.skipif(not (REAL_PAGES / "ground-truth.json").exists(), reason=f"no real pages at {REAL_PAGES}")
def test_no_real_saved_page_is_read_as_empty():
    truth = json.loads((REAL_PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    from consistency.loaders import decode_input

    empty, found_by = [], set()
    for key in sorted(truth):
        data = gzip.decompress((REAL_PAGES / "pages" / f"{key}.html.gz").read_bytes())
        parsed = parse_html(f"{key}.html", decode_input(key, data), key)
        if not parsed.documents or len(parsed.documents[0].text.split()) < 20:
            empty.append(key)
        found_by.update(d.found_by for d in parsed.documents)
    assert empty == []
    assert found_by <= {"trafilatura", "trafilatura favor_recall", "readability", "jusText", "paragraphs"}
