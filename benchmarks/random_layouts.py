"""Randomised aggregator pages for TRAINING the page reader's line classifier.

The fixed layouts of ``benchmarks.layouts`` each keep one set of conventions, so a model
trained on them learns those conventions (where the outlet stands, what a byline looks
like, which words a share bar uses). Here every page draws its own: where and how the outlet
is named (above or below the title, after the body, inside a byline, as a group heading over
several articles, as a name, a domain or in capitals, with or without a time), the time
forms, the separators between articles, the furniture (drawn from broad pools of wording
*and* from made-up words in furniture shapes, so that no wording can be memorised), pull
quotes, lists and captions inside articles, hard-wrapped text at a random width (as a text
browser or an e-mail gives it, sometimes with ``[n]`` link markers), runs of one outlet's
articles, and the site's name in the header and footer.

The pages carry the same truth as the fixed layouts (``benchmarks.layouts.Page``), labelled
line by line, so the same score and the same training code read them. They are never used
for evaluation: the fixed layouts are.

    from benchmarks.random_layouts import generate_random_pages
    pages = generate_random_pages(200, seed=1)
"""

from __future__ import annotations

import dataclasses
import random
import re
import textwrap
from pathlib import Path

from benchmarks.layouts import (
    AUTHORS,
    CORPUS,
    Page,
    SourceArticle,
    _PageBuilder,
    _listable,
    _pick_articles,
    display_name,
    is_residue,
    load_stories,
    sentences,
)

LAYOUT_NAME = "random"

# --------------------------------------------------------------------------- word pools

_SYLLABLES = ("ba", "ro", "ki", "len", "mar", "to", "vin", "sa", "quo", "dex", "fal", "ny", "po", "zer", "ul",
              "cra", "mo", "tesh", "an", "bri", "gal", "fo", "re", "ix", "nor", "lu", "pe", "stra", "vo", "del")
_FIRST = ("Jane", "Marta", "Tomasz", "Aisha", "Owen", "Lucia", "Dev", "Hannah", "Pieter", "Rosa", "Sam", "Ingrid",
          "Kenji", "Nora", "Luis", "Fatima", "Greg", "Yuki", "Amara", "Oskar", "Priya", "Tobias", "Chloe", "Idris",
          "Mei", "Rafael", "Sofia", "Kwame", "Elena", "Bjorn", "Zara", "Malik", "Irene", "Paolo", "Wen", "Ada")
_LAST = ("Doe", "Lind", "Brenner", "Karim", "Gallagher", "Ferro", "Mehta", "Okafor", "Vos", "Delgado", "Whitlock",
         "Nyberg", "Arai", "Blake", "Moreno", "Haddad", "Kowalski", "Tanaka", "Mensah", "Larsen", "Rao", "Keller",
         "Dubois", "Adeyemi", "Chen", "Costa", "Petrov", "Boateng", "Novak", "Silva", "Hughes", "O'Brien")
_SECTIONS = ("World", "UK", "US", "Politics", "Business", "Tech", "Science", "Health", "Sport", "Culture", "Opinion",
             "Travel", "Money", "Climate", "Local", "Europe", "Asia", "Africa", "Americas", "Media", "Lifestyle",
             "Entertainment", "Weather", "Video", "Podcasts", "Markets", "Education", "Crime", "Royals", "Autos")
_SITE_WORDS = ("News", "Daily", "Wire", "Digest", "Brief", "Feed", "Hub", "Post", "Roundup", "Dispatch", "Report",
               "Bulletin", "Herald", "Signal", "Ledger", "Gazette", "Pulse", "Scoop", "Monitor", "Review")
_TAGLINES = ("your daily digest", "the news, gathered", "stories from around the web", "every outlet, one page",
             "what the papers say", "headlines as they happen", "all the news in one place", "read widely",
             "the world's news, sorted", "news from every side", "curated since 2009", "independent news digest")


def _made_up_word(rng: random.Random, capital: bool = True) -> str:
    word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3)))
    return word.capitalize() if capital else word


def _person(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(AUTHORS)
    first = rng.choice(_FIRST)
    if rng.random() < 0.15:
        first = first[0] + "."
    return f"{first} {rng.choice(_LAST)}"


def _people(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"{_person(rng)} and {_person(rng)}"
    return _person(rng)


def _site_name(rng: random.Random) -> str:
    form = rng.randrange(5)
    if form == 0:
        return _made_up_word(rng) + rng.choice(("", "ly", "io", "er"))
    if form == 1:
        return f"The {_made_up_word(rng)} {rng.choice(_SITE_WORDS)}"
    if form == 2:
        return f"{rng.choice(_SITE_WORDS)}{rng.choice(('deck', 'fold', 'stack', 'line', 'room', 'desk'))}"
    if form == 3:
        return f"{_made_up_word(rng)} {rng.choice(_SITE_WORDS)}"
    return f"The {rng.choice(('Morning', 'Evening', 'Weekly', 'Open', 'Common', 'Northern', 'Global'))} {rng.choice(_SITE_WORDS)}"


# --------------------------------------------------------------------------- times

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _clock(rng: random.Random) -> str:
    hour, minute = rng.randint(0, 23), rng.randrange(60)
    form = rng.randrange(4)
    if form == 0:
        return f"{hour:02d}:{minute:02d}"
    if form == 1:
        return f"{(hour % 12) or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
    if form == 2:
        return f"{hour}.{minute:02d}"
    return f"{(hour % 12) or 12}:{minute:02d}{'am' if hour < 12 else 'pm'} {rng.choice(('ET', 'GMT', 'BST', 'EST', 'CET', 'PT'))}"


def _date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.choice((2014, 2015, 2019, 2023, 2024, 2025))
    form = rng.randrange(7)
    if form == 0:
        return f"{day} {_MONTHS[month]} {year}"
    if form == 1:
        return f"{_MONTHS[month][:3]} {day}, {year}"
    if form == 2:
        return f"{year}-{month + 1:02d}-{day:02d}"
    if form == 3:
        return f"{rng.choice(_DAYS)} {day} {_MONTHS[month]} {year}"
    if form == 4:
        return f"{day:02d}/{month + 1:02d}/{year}"
    if form == 5:
        return f"{_MONTHS[month]} {day}, {year}"
    return f"{rng.choice(_DAYS)}, {_MONTHS[month][:3]}. {day}"


def _relative(rng: random.Random) -> str:
    n = rng.randint(2, 59)
    return rng.choice((
        f"{n} minutes ago", f"{n % 23 + 2} hours ago", f"{n}m", f"{n % 23 + 2}h", f"{n % 23 + 2}h ago", "an hour ago",
        "yesterday", f"{n % 6 + 2} days ago", "just now", f"{n} mins ago", f"{n % 23 + 2} hrs ago", f"{n % 6 + 2}d",
    ))


def _time(rng: random.Random, style: str) -> str:
    """A time in the page's style: relative, clock, date, date and clock, or a labelled one."""
    if style == "relative":
        value = _relative(rng)
    elif style == "clock":
        value = _clock(rng)
    elif style == "date":
        value = _date(rng)
    elif style == "date_clock":
        value = f"{_date(rng)} {rng.choice(('', 'at ', '· ', ', '))}{_clock(rng)}"
    else:
        value = rng.choice((_relative, _clock, _date))(rng)
    return value


def _time_line(rng: random.Random, style: str, label_form: int) -> str:
    value = _time(rng, style)
    forms = ("{t}", "Updated {t}", "Published {t}", "LAST UPDATED AT {T}", "Posted {t}", "{t} · {r} min read",
             "Updated: {t}", "First published {t}", "{T}", "({t})", "Modified {t}")
    form = forms[label_form % len(forms)]
    return form.format(t=value, T=value.upper(), r=rng.randint(2, 12))


# --------------------------------------------------------------------------- furniture

_SHARE_WORDS = ("Share", "Tweet", "Email", "Print", "Save", "Copy link", "Facebook", "Twitter", "WhatsApp", "LinkedIn",
                "Reddit", "Pin", "Post", "Send", "Compartir", "Teilen", "Partager", "Condividi", "Messenger", "Telegram",
                "Bluesky", "Threads", "Mail", "Like", "Bookmark", "Gift article", "Listen")
_SHARE_SYMBOLS = ("f", "𝕏", "✉", "🔗", "⤴", "♥", "★", "↗", "⎘", "in", "✈", "☰", "⋯", "+")
_SEPARATOR_CHARS = (" | ", " · ", "  ", " • ", " / ", "   ", " — ", " ¦ ", " :: ", " » ")


def _row(rng: random.Random, items: list[str]) -> str:
    separator = rng.choice(_SEPARATOR_CHARS)
    text = separator.join(items)
    if rng.random() < 0.2:
        text = rng.choice(("[", "< ", "{ ")) + text + rng.choice(("]", " >", " }"))
    return text


def _share_bar(rng: random.Random) -> list[str]:
    words = rng.sample(_SHARE_WORDS, rng.randint(2, 5))
    if rng.random() < 0.3:
        words = [_made_up_word(rng) for _ in range(rng.randint(2, 4))]
    if rng.random() < 0.3:
        words = [f"{rng.choice(_SHARE_SYMBOLS)} {w}" for w in words]
    if rng.random() < 0.25:
        words = [rng.choice(_SHARE_SYMBOLS) for _ in range(rng.randint(3, 6))]
    if rng.random() < 0.3:
        words.append(str(rng.randint(2, 4000)))
    lead = rng.choice(("", "", "Share this:", "Share", "SHARE", "Spread the word", "Share on"))
    return [((lead + " ") if lead else "") + _row(rng, words)]


_COOKIE_OPEN = ("We use cookies", "This site uses cookies", "Our website uses cookies and similar technologies",
                "We and our partners use cookies", "Cookies help us deliver our services", "We value your privacy",
                "This website stores data such as cookies", "By using this site you agree to our use of cookies",
                "Utilizamos cookies", "Wir verwenden Cookies", "Nous utilisons des cookies", "Usiamo i cookie")
_COOKIE_MIDDLE = ("to personalise content and ads", "to improve your experience", "to analyse our traffic",
                  "to remember your settings", "for measurement and advertising", "to provide social media features",
                  "so that we can show you relevant offers", "para mejorar tu experiencia", "um unsere Website zu verbessern")
_COOKIE_BUTTONS = ("Accept", "Accept all", "Reject all", "Manage choices", "Settings", "OK", "Got it", "I agree",
                   "Customise", "Aceptar", "Alle akzeptieren", "Tout accepter", "More options", "Decline", "Close")


def _cookie(rng: random.Random) -> list[str]:
    sentence = f"{rng.choice(_COOKIE_OPEN)} {rng.choice(_COOKIE_MIDDLE)}."
    if rng.random() < 0.5:
        sentence += rng.choice((" Read our privacy policy.", " See our cookie policy for details.",
                                " You can change your choices at any time.", " By continuing to browse you agree."))
    buttons = _row(rng, [f"[{b}]" if rng.random() < 0.3 else b for b in rng.sample(_COOKIE_BUTTONS, rng.randint(1, 3))])
    form = rng.randrange(3)
    if form == 0:
        return [sentence + " " + buttons]
    if form == 1:
        return [sentence, buttons]
    return [rng.choice(("Your privacy", "Cookie settings", "Privacy notice", "COOKIES", "Datenschutz")), sentence, buttons]


_NEWS_PROMPTS = ("Get the morning briefing", "Sign up for our newsletter", "Never miss a story",
                 "The best stories, in your inbox", "Subscribe to the daily digest", "Stay informed",
                 "Join 80,000 readers", "Get our free weekly email", "Want more stories like this?",
                 "Inscríbete en nuestro boletín", "Abonnieren Sie unseren Newsletter", "Recevez notre newsletter")
_NEWS_LINES = ("Sign up for our free newsletter and never miss a story.", "Enter your email address",
               "Your email", "Subscribe", "Sign up", "No spam. Unsubscribe at any time.", "Sign me up",
               "Delivered to your inbox every weekday morning.", "email@example.com", "Go", "→",
               "By signing up you agree to our terms and privacy policy.", "Suscribirse", "Jetzt anmelden")


def _newsletter(rng: random.Random) -> list[str]:
    lines = [rng.choice(_NEWS_PROMPTS)]
    lines += rng.sample(_NEWS_LINES, rng.randint(1, 3))
    if rng.random() < 0.3:
        lines = [" ".join(lines[:2])] + lines[2:]
    return lines


_SPONSORED_LABELS = ("Sponsored", "SPONSORED", "Advertisement", "ADVERTISEMENT", "Promoted", "Paid content",
                     "Partner content", "Anzeige", "Annonce", "Publicidad", "Contenido patrocinado", "Pubblicità",
                     "Gesponsert", "Contenu sponsorisé", "Ad", "Promoted stories", "From our partners", "Patrocinado")
_SPONSORED_COPY = (
    "Vuelos a {place} desde {n} €. ¡Reserva ahora y viaja este verano!",
    "Votre banque en ligne sans frais cachés. Ouvrez un compte en {n} minutes.",
    "Jetzt {n} % sparen: Ihr neues Handy mit Vertrag ab {n},99 € im Monat.",
    "Scopri le offerte di primavera: fino al {n}% di sconto su tutta la collezione.",
    "Ontdek de nieuwe collectie met {n}% korting. Alleen deze week!",
    "Crédito pessoal com taxa reduzida. Simule já em {n} segundos.",
    "This one trick helps homeowners in {place} save ${n} a year.",
    "Doctors stunned: the {n}-second habit that changes everything.",
    "Book your stay in {place} from £{n} a night. Limited offer.",
    "Sie werden nicht glauben, was in {place} passiert ist.",
    "Découvrez {place} autrement : séjours dès {n} €.",
    "{place}: apartments from ${n},000. Register your interest today.",
    "Try {brand} free for {n} days. Cancel anytime.",
    "{brand} — the smarter way to pay. Learn more",
)
_PLACES = ("Lisboa", "Porto", "Valencia", "Lyon", "Napoli", "Kraków", "Bergen", "Malta", "Dubrovnik", "Sevilla",
           "Miami", "Phoenix", "Leeds", "Ghent", "Bordeaux", "Split")


def _sponsored(rng: random.Random) -> list[str]:
    copy = rng.choice(_SPONSORED_COPY).format(place=rng.choice(_PLACES), n=rng.randint(3, 99), brand=_made_up_word(rng))
    form = rng.randrange(4)
    if form == 0:
        return [rng.choice(_SPONSORED_LABELS), copy]
    if form == 1:
        return [f"{rng.choice(_SPONSORED_LABELS)}: {copy}"]
    if form == 2:
        return [rng.choice(_SPONSORED_LABELS), copy, rng.choice(("Learn more", "Más información", "Mehr erfahren", "En savoir plus", "Shop now", _made_up_word(rng)))]
    return [rng.choice(_SPONSORED_LABELS)]


_CAPTION_SUBJECTS = ("Crowds", "Officials", "Residents", "Police officers", "A man", "Protesters", "Firefighters",
                     "Visitors", "Workers", "Supporters", "The building", "Rescue teams", "Students", "Fans", "Traders")
_CAPTION_VERBS = ("gather outside", "walk past", "stand near", "inspect damage at", "wait outside", "leave",
                  "arrive at", "look on at", "queue outside", "pictured at", "speak to reporters at")
_CAPTION_PLACES = ("the town hall", "the court", "the station", "a market", "the parliament building", "the port",
                   "the stadium", "a hospital", "the embassy", "the site", "the main square", "the airport")
_AGENCIES = ("Getty Images", "AFP", "Reuters", "AP", "EPA", "PA", "Shutterstock", "Alamy", "Bloomberg", "Handout")


def _caption(rng: random.Random) -> list[tuple[str, str]]:
    """(line, label) pairs: a caption and/or a photo credit."""
    caption = f"{rng.choice(_CAPTION_SUBJECTS)} {rng.choice(_CAPTION_VERBS)} {rng.choice(_CAPTION_PLACES)}"
    if rng.random() < 0.5:
        caption += f" on {rng.choice(_DAYS)}"
    caption += rng.choice((".", ".", "", " (file photo)."))
    who = rng.choice((_person(rng), rng.choice(_AGENCIES), f"{_person(rng)}/{rng.choice(_AGENCIES)}"))
    credit = rng.choice((f"Photo: {who}", f"(Photo: {who})", f"Image: {who}", f"Credit: {who}", f"Foto: {who}",
                         f"Photograph: {who}", f"Illustration: {who}", f"© {who}", f"Picture: {who}", f"(Image: {who})"))
    form = rng.randrange(5)
    if form == 0:
        return [(caption, "caption"), (credit, "credit")]
    if form == 1:
        return [(f"{caption} {credit}", "caption")]
    if form == 2:
        return [(credit, "credit"), (caption, "caption")]
    if form == 3:
        return [(credit, "credit")]
    return [(rng.choice(("[Image]", "[Photo]", "IMAGE", "▶ Video", "Watch: 2:14", f"Image {rng.randint(1, 4)} of {rng.randint(5, 12)}", "[IMG]")), "caption")]


def _read_more(rng: random.Random, titles: tuple[str, ...]) -> list[str]:
    label = rng.choice(("Read more:", "READ MORE:", "Related:", "See also:", "More:", "Also read:", "Read next:",
                        "RELATED", "Related stories", "More on this story", "Recommended", "You may also like",
                        "Lea también:", "Lesen Sie auch:", "À lire aussi :", "»", ">>", "→"))
    picked = rng.sample(titles, min(len(titles), rng.randint(1, 3)))
    if len(picked) == 1 or rng.random() < 0.3:
        return [f"{label} {picked[0]}"]
    bullet = rng.choice(("", "- ", "• ", "› ", "* ", "1. "))
    lines = [label]
    for number, title in enumerate(picked, start=1):
        lines.append((f"{number}. " if bullet == "1. " else bullet) + title)
    return lines


def _comments(rng: random.Random) -> list[str]:
    n = rng.randint(0, 900)
    return [rng.choice((f"{n} comments", f"Comments ({n})", f"💬 {n}", f"{n} Comments", "Join the conversation",
                        "Nobody has commented yet.", f"{n} reactions", f"👍 {n}  ❤️ {rng.randint(0, 99)}  😮 {rng.randint(0, 50)}",
                        f"View {n} comments", "Comment", f"{n} replies · {rng.randint(1, 99)} shares",
                        f"{rng.randint(1, 9)}.{rng.randint(0, 9)}k views", "Leave a comment"))]


def _tags(rng: random.Random, title: str) -> list[str]:
    words = [w.strip("'’\":,.?!()") for w in title.split()]
    picked = list(dict.fromkeys(w for w in words if len(w) >= 4 and w[:1].isupper()))[: rng.randint(1, 4)] or ["News"]
    if rng.random() < 0.3:
        picked += rng.sample(_SECTIONS, 2)
    form = rng.randrange(5)
    if form == 0:
        return ["Tags: " + ", ".join(picked)]
    if form == 1:
        return [" ".join("#" + w.replace(" ", "") for w in picked)]
    if form == 2:
        return ["Filed under: " + " / ".join(picked)]
    if form == 3:
        return [_row(rng, picked)]
    return [rng.choice(("Topics", "More about", "Themen:", "Sujets :")) + " " + _row(rng, picked)]


def _nav(rng: random.Random) -> list[str]:
    items = rng.sample(_SECTIONS, rng.randint(3, 8))
    if rng.random() < 0.25:
        items = [_made_up_word(rng) for _ in range(rng.randint(3, 6))]
    if rng.random() < 0.3:
        items = ["Home", *items]
    if rng.random() < 0.2:
        items = [i.upper() for i in items]
    return [_row(rng, items)]


def _pagination(rng: random.Random) -> list[str]:
    n = rng.randint(2, 12)
    return [rng.choice((f"Page 1 of {n}", "« Prev  1  2  3  Next »", "Load more", "Show more stories", "Older posts →",
                        f"1 2 3 … {n} Next", "Next page", "← Newer | Older →", "More stories", f"Page {n}"))]


def _copyright(rng: random.Random, site: str) -> list[str]:
    year = rng.choice((2014, 2019, 2023, 2024, 2025))
    return [rng.choice((f"© {year} {site}. All rights reserved.", f"(c) {site} {year}", f"Copyright © {year} {site}",
                        f"© {site} {year}", f"All content © {year} {site} Ltd.", f"© {year} {site} Media Group"))]


def _footer(rng: random.Random, site: str) -> list[str]:
    items = rng.sample(("About us", "Contact", "Privacy policy", "Terms", "Cookies", "Advertise", "Careers", "Help",
                        "Accessibility", "RSS", "Sitemap", "Impressum", "Datenschutz", "Corrections", "Newsletters"),
                       rng.randint(2, 6))
    lines = [_row(rng, items)]
    if rng.random() < 0.5:
        lines.insert(0, site)
    if rng.random() < 0.3:
        lines.append(rng.choice(("Follow us", "Download our app", "Back to top ↑", "Made with care in Leeds",
                                 f"{site} is not responsible for the content of external sites.")))
    return lines


def _widget(rng: random.Random, titles: tuple[str, ...]) -> list[str]:
    """Other boxes real pages carry: most read, weather, markets, app promos, trending."""
    form = rng.randrange(7)
    if form == 0:
        head = rng.choice(("Most read", "MOST POPULAR", "Trending now", "Top stories", "Most viewed", "Lo más leído"))
        picked = rng.sample(titles, min(len(titles), rng.randint(2, 4)))
        return [head] + [f"{n}. {t}" if rng.random() < 0.7 else t for n, t in enumerate(picked, start=1)]
    if form == 1:
        return [f"{rng.choice(_PLACES)} {rng.randint(-5, 34)}°C {rng.choice(('☀', '☁', '🌧', 'Sunny', 'Cloudy', 'Rain'))}"]
    if form == 2:
        return [_row(rng, [f"{_made_up_word(rng).upper()[:4]} {rng.choice('+-')}{rng.randint(0, 5)}.{rng.randint(0, 99):02d}%" for _ in range(3)])]
    if form == 3:
        return [rng.choice(("Get the app", "Download the app", "Open in app", "Listen to this article", "Play audio",
                            f"Listen · {rng.randint(2, 9)} min", "Read in app")) + rng.choice(("", " →", " ▶"))]
    if form == 4:
        return [rng.choice(("Trending:", "Hot topics:", "In the news:", "Live:")) + " " + _row(rng, rng.sample(_SECTIONS, 3))]
    if form == 5:
        return [rng.choice(("Scroll to continue", "Story continues below", "Continue reading", "Advertisement - scroll to continue",
                            "Article continues after advertisement", "Skip ad", "Report an error", "Print this page"))]
    return [f"{_made_up_word(rng)} {_made_up_word(rng, False)} {rng.choice(('→', '»', '▸', '>>', ''))}".strip()]


# --------------------------------------------------------------------------- page conventions


@dataclasses.dataclass
class Conventions:
    """What one page draws: the aggregator's own way of printing."""

    outlet_where: str  # above | below | after_body | byline | group | in_time | none_dup
    outlet_form: str  # name | domain | caps
    outlet_template: str
    time_where: str  # above | below | byline | with_outlet | none
    time_style: str
    time_form: int
    title_form: str  # plain | hash | caps | quoted
    kicker: bool
    separator: str  # "" (blank lines), or a rule
    blanks: int
    body_style: str  # blank | tight | one_line | wrapped
    width: int
    indent: str
    link_marks: bool
    list_markers: str
    furniture_rate: float
    inside_rate: float
    pull_quotes: bool
    byline_template: str


_ABOVE_TEMPLATES = ("{X}", "{X}", "- {X}", "— {X}", "Source: {X}", "From {X}", "via {X}", "[{X}]", "{X}:", "({X})",
                    "Publisher: {X}", "{X} ›", "SOURCE: {X}", "» {X}")
_AFTER_TEMPLATES = ("Full story at {X}", "— {X}", "- {X}", "Read the full story at {X}", "Originally published by {X}",
                    "Source: {X}", "Continue reading at {X} →", "Read more at {X}", "Via {X}", "This article first appeared on {X}",
                    "({X})", "Published by {X}", "Story from {X}", "Full article: {X}", "[{X}]", "{X}", "More at {X} »")
_BYLINE_TEMPLATES = ("By {A}, {X}", "By {A} | {X}", "By {A} · {X}", "Posted {t} by {X}", "Words by {A} for {X}",
                     "{A} for {X}", "By {A} ({X})", "Reporting by {A}, {X}", "By {A} — {X}", "{A} | {X}",
                     "By {A}, {X}, {t}", "By {A} | {X} | {t}", "{t} by {X}", "Written by {A} at {X}", "BY {A_UP} / {X}")
_IN_TIME_TEMPLATES = ("{X} · {t}", "{t} · {X}", "{X} | {t}", "{X} — {t}", "{X}, {t}", "{t} | {X}", "{X} - {t}",
                      "({X}) {t}", "{X} ({t})", "{t} — {X}", "{X}  {t}", "Source: {X} · {t}", "{t} via {X}")
_PLAIN_BYLINES = ("By {A}", "BY {A_UP}", "Words: {A}", "{A}", "Author: {A}", "By {A}, {role}", "Written by {A}",
                  "{A}, {role}", "Story by {A}", "Von {A}", "Par {A}")
_ROLES = ("Staff Reporter", "Political Editor", "Correspondent", "Senior Writer", "Reporter", "Tech Editor",
          "Contributing Writer", "Staff Writer")
_RULES = ("----", "-" * 40, "* * *", "═" * 30, "~~~", "________", "=" * 20, "—" * 12, "•  •  •", "#" * 10, "+" * 8,
          "_" * 60, "- - - - -", "· · ·", "<hr>", "***")
_LIST_MARKERS = ("{n}. ", "{n}) ", "({n}) ", "- ", "* ", "• ", "– ", "{a}) ", "▪ ", "{n}/ ", "  {n}. ", "  - ")


def _conventions(rng: random.Random) -> Conventions:
    outlet_where = rng.choice(("above", "above", "below", "after_body", "after_body", "byline", "byline", "group", "in_time", "in_time"))
    templates = {
        "above": _ABOVE_TEMPLATES, "below": _ABOVE_TEMPLATES, "after_body": _AFTER_TEMPLATES,
        "byline": _BYLINE_TEMPLATES, "group": ("{X}", "{X}", "From {X}", "## {X}", "{X} ({n} stories)", "More from {X}", "{X}:", "— {X} —"),
        "in_time": _IN_TIME_TEMPLATES,
    }[outlet_where]
    time_where = rng.choice(("above", "below", "none", "with_outlet", "byline"))
    if outlet_where in ("in_time",):
        time_where = "with_outlet"
    width = rng.randint(56, 100)
    body_style = rng.choice(("blank", "blank", "tight", "one_line", "wrapped", "wrapped"))
    return Conventions(
        outlet_where=outlet_where,
        outlet_form=rng.choice(("name", "name", "name", "domain", "caps")),
        outlet_template=rng.choice(templates),
        time_where=time_where,
        time_style=rng.choice(("relative", "clock", "date", "date_clock", "mixed")),
        time_form=rng.randrange(20),
        title_form=rng.choice(("plain", "plain", "plain", "plain", "hash", "caps", "quoted", "bullet")),
        kicker=rng.random() < 0.3,
        separator="" if rng.random() < 0.6 else rng.choice(_RULES),
        blanks=rng.choice((0, 1, 1, 1, 2, 3)),
        body_style=body_style,
        width=width,
        indent=rng.choice(("", "", "", "  ", "   ", "    ")) if body_style == "wrapped" else ("" if rng.random() < 0.9 else "  "),
        link_marks=body_style == "wrapped" and rng.random() < 0.5,
        list_markers=rng.choice(_LIST_MARKERS),
        furniture_rate=rng.choice((0.1, 0.3, 0.5, 0.8)),
        inside_rate=rng.choice((0.0, 0.05, 0.12, 0.25)),
        pull_quotes=rng.random() < 0.3,
        byline_template=rng.choice(_PLAIN_BYLINES),
    )


def _outlet_text(article: SourceArticle, form: str) -> str:
    if form == "domain":
        return article.outlet if "." in article.outlet else display_name(article.outlet)
    name = display_name(article.outlet)
    return name.upper() if form == "caps" else name


class _Writer:
    """Writes lines to the builder, hard-wrapping every line at the page's width when the
    page is a wrapped one (text browser, e-mail)."""

    def __init__(self, b: _PageBuilder, rng: random.Random, c: Conventions):
        self.b, self.rng, self.c = b, rng, c
        self.marks = 0

    def _mark(self, text: str) -> str:
        """``[n]`` link markers before a few words, as a text browser prints links."""
        if not self.c.link_marks:
            return text
        words = text.split(" ")
        for position in range(len(words)):
            if words[position][:1].isupper() and self.rng.random() < 0.08:
                self.marks += 1
                words[position] = f"[{self.marks}]{words[position]}"
        return " ".join(words)

    def pieces(self, text: str) -> list[str]:
        if self.c.body_style != "wrapped" or len(self.c.indent + text) <= self.c.width:
            return [self.c.indent + text] if self.c.body_style == "wrapped" else [text]
        return [self.c.indent + p for p in textwrap.wrap(text, width=self.c.width - len(self.c.indent), break_long_words=False, break_on_hyphens=False)]

    def add(self, text: str, label: str) -> None:
        if self.c.body_style == "wrapped":
            text = self._mark(text)
        for piece in self.pieces(text):
            self.b.add(piece, label)

    def lines(self, lines: list[str], label: str) -> None:
        for line in lines:
            self.add(line, label)

    def blank(self) -> None:
        self.b.blank()

    def body(self, article: SourceArticle, title_words: set[str], furniture: "_Furniture") -> None:
        """The article's paragraphs, with lists, pull quotes, captions and boxes between them."""
        c, rng, b = self.c, self.rng, self.b
        paragraphs = article.paragraphs
        if c.body_style == "one_line" and rng.random() < 0.8:
            joined = " ".join(paragraphs)
            b.body(c.indent + joined, joined)
            return
        list_at = None
        if rng.random() < 0.35:
            candidates = [i for i, p in enumerate(paragraphs) if i > 0 and _listable(p)]
            list_at = rng.choice(candidates) if candidates else None
        for position, paragraph in enumerate(paragraphs):
            if position and (c.body_style in ("blank", "wrapped", "one_line") or rng.random() < 0.1):
                b.blank()
            label = "residue" if is_residue(paragraph) else "body"
            if position == list_at:
                for number, sentence in enumerate(sentences(paragraph), start=1):
                    marker = c.list_markers.format(n=number, a="abcdefgh"[number - 1])
                    if c.body_style == "wrapped":
                        width = c.width - len(c.indent) - len(marker)
                        wrapped = textwrap.wrap(sentence, width=width, break_long_words=False, break_on_hyphens=False)
                        for k, piece in enumerate(wrapped):
                            lead = marker if k == 0 else " " * len(marker)
                            b.body(c.indent + lead + piece, piece)
                    else:
                        b.body(c.indent + marker + sentence, sentence)
            elif c.body_style == "wrapped":
                marked = self._mark(paragraph)
                for piece in textwrap.wrap(marked, width=c.width - len(c.indent), break_long_words=False, break_on_hyphens=False):
                    b.body(c.indent + piece, piece, label)
            else:
                b.body(c.indent + paragraph, paragraph, label)
            if position < len(paragraphs) - 1:
                if c.pull_quotes and position >= 1 and rng.random() < 0.25:
                    quotable = [s for s in sentences(" ".join(paragraphs)) if 6 <= len(s.split()) <= 30]
                    if quotable:
                        quote = rng.choice(quotable)
                        form = rng.choice(("“{q}”", '"{q}"', "> {q}", "{q}", "— “{q}”", "‘{q}’", "“{q}” — {A}"))
                        b.blank() if rng.random() < 0.7 else None
                        self.add(form.format(q=quote.strip("\"“”"), A=_person(rng)), "pullquote")
                if rng.random() < c.inside_rate:
                    if rng.random() < 0.7 or c.body_style == "one_line":
                        b.blank() if rng.random() < 0.6 else None
                    furniture.inside()


class _Furniture:
    def __init__(self, w: _Writer, rng: random.Random, titles: tuple[str, ...], site: str):
        self.w, self.rng, self.titles, self.site = w, rng, titles, site

    def inside(self) -> None:
        """A box between two paragraphs of an article."""
        rng, w = self.rng, self.w
        kind = rng.choice(("caption", "caption", "readmore", "sponsored", "widget", "share", "newsletter"))
        self._box(kind)

    def between(self, article: SourceArticle) -> None:
        rng = self.rng
        kind = rng.choice(("share", "comments", "tags", "readmore", "sponsored", "newsletter", "widget", "caption",
                           "cookie", "pagination", "share", "comments"))
        self._box(kind, article)

    def _box(self, kind: str, article: SourceArticle | None = None) -> None:
        rng, w = self.rng, self.w
        if kind == "caption":
            for line, label in _caption(rng):
                w.add(line, label)
        elif kind == "readmore":
            w.lines(_read_more(rng, self.titles), "readmore")
        elif kind == "sponsored":
            w.lines(_sponsored(rng), "sponsored")
        elif kind == "widget":
            w.lines(_widget(rng, self.titles), "footer")
        elif kind == "share":
            w.lines(_share_bar(rng), "share")
        elif kind == "newsletter":
            w.lines(_newsletter(rng), "newsletter")
        elif kind == "comments":
            w.lines(_comments(rng), "comments")
        elif kind == "tags":
            w.lines(_tags(rng, article.title if article else rng.choice(self.titles)), "tags")
        elif kind == "cookie":
            w.lines(_cookie(rng), "cookie")
        elif kind == "pagination":
            w.lines(_pagination(rng), "footer")


def _title_shown(rng: random.Random, title: str, form: str) -> tuple[str, str]:
    """(line, title as the truth has it)."""
    if form == "hash":
        return f"{rng.choice(('#', '##', '###'))} {title}", title
    if form == "caps":
        return title.upper(), title.upper()
    if form == "quoted" and not title.startswith(("\"", "“")):
        return title, title
    if form == "bullet":
        return f"{rng.choice(('▶', '■', '●', '»', '>'))} {title}", title
    return title, title


def write_random_page(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], titles: tuple[str, ...]) -> None:
    c = _conventions(rng)
    w = _Writer(b, rng, c)
    site = _site_name(rng)
    furniture = _Furniture(w, rng, titles, site)
    # The site's header: name (with a tagline), navigation, a cookie banner, an intro.
    header_form = rng.randrange(4)
    if header_form == 0:
        w.add(site, "header")
    elif header_form == 1:
        w.add(f"{site} {rng.choice(('—', '|', '-', '·', '–'))} {rng.choice(_TAGLINES)}", "header")
    elif header_form == 2:
        w.add(site.upper(), "header")
    if rng.random() < 0.6:
        w.lines(_nav(rng), "header")
    if rng.random() < 0.4:
        w.lines(_cookie(rng), "cookie")
    if rng.random() < 0.2:
        w.add(rng.choice(("Good morning! Here are today's top stories.", f"Today's briefing, {_date(rng)}.",
                          "Top stories", "Latest", "Breaking news", f"{len(articles)} stories")), "header")
    if rng.random() < 0.2:
        w.lines(_widget(rng, titles), "header")
    group_outlet = None
    for number, article in enumerate(articles):
        outlet = _outlet_text(article, c.outlet_form)
        author = _people(rng)
        when = _time_line(rng, c.time_style, c.time_form)
        raw_time = _time(rng, c.time_style)
        fill = {"X": outlet, "A": author, "A_UP": author.upper(), "t": raw_time, "n": rng.randint(2, 5)}
        # Between articles: blank lines or a rule.
        if number or rng.random() < 0.7:
            for _ in range(c.blanks if number else 1):
                w.blank()
            if number and c.separator:
                w.add(c.separator, "separator")
                if rng.random() < 0.7:
                    w.blank()
        header: list[tuple[str, str]] = []
        if c.outlet_where == "group" and article.outlet != group_outlet:
            group_outlet = article.outlet
            count = sum(1 for a in articles if a.outlet == article.outlet)
            fill["n"] = count
            header.append((c.outlet_template.format(**fill), "outlet"))
            header.append(("", "blank"))
        elif c.outlet_where == "group" and rng.random() < 0.2:
            header.append((rng.choice(("Also from this outlet", "More", "Next story", "…")), "section"))
        if c.kicker:
            header.append((rng.choice(_SECTIONS) if rng.random() < 0.7 else rng.choice(_SECTIONS).upper(), "section"))
        title_line, title_truth = _title_shown(rng, article.title, c.title_form) if article.title else ("", "")
        outlet_line = c.outlet_template.format(**fill) if c.outlet_where in ("above", "below", "in_time") else ""
        byline = ""
        if c.outlet_where == "byline":
            byline = c.outlet_template.format(**fill)
        elif rng.random() < 0.5 and c.time_where == "byline":
            byline = c.byline_template.format(A=author, A_UP=author.upper(), role=rng.choice(_ROLES))
        time_line = when if c.time_where in ("above", "below") and c.outlet_where != "in_time" else ""
        if c.outlet_where == "above" and outlet_line:
            header.append((outlet_line, "outlet"))
        if c.outlet_where == "in_time" and c.time_where != "below":
            header.append((outlet_line, "outlet"))
        if c.time_where == "above" and time_line:
            header.append((time_line, "time"))
        if title_line:
            header.append((title_line, "title"))
        if c.outlet_where == "below" and outlet_line:
            header.append((outlet_line, "outlet"))
        if c.outlet_where == "in_time" and c.time_where == "below":
            header.append((outlet_line, "outlet"))
        if byline:
            header.append((byline, "byline"))
        if c.time_where == "below" and time_line:
            header.append((time_line, "time"))
        if rng.random() < c.furniture_rate * 0.4:
            header.append(("", "blank"))
            header.extend((line, "share") for line in _share_bar(rng))
        if rng.random() < 0.15:
            header.extend(_caption(rng))
        if rng.random() < 0.5 or c.body_style == "wrapped":
            header.append(("", "blank"))
        for line, label in header:
            if label == "blank":
                w.blank()
            else:
                w.add(line, label)
        shown = outlet if c.outlet_where != "group" else _outlet_text(article, c.outlet_form)
        b.start(article, shown, title_truth)
        w.body(article, set(), furniture)
        b.end()
        if c.outlet_where == "after_body":
            if rng.random() < 0.3:
                w.blank()
            w.add(c.outlet_template.format(**fill), "outlet")
        while rng.random() < c.furniture_rate:
            if rng.random() < 0.5:
                w.blank()
            furniture.between(article)
            if rng.random() < 0.5:
                break
    # The footer: pagination, links, site name, copyright.
    w.blank()
    if rng.random() < 0.3:
        w.lines(_pagination(rng), "footer")
    if rng.random() < 0.6:
        w.lines(_footer(rng, site), "footer")
    if rng.random() < 0.7:
        w.lines(_copyright(rng, site), "copyright")


def generate_random_pages(count: int, seed: int = 1, root: Path | None = None) -> list[Page]:
    """``count`` pages, each with its own conventions; deterministic from (seed, number)."""
    stories = load_stories(root or CORPUS)
    with_runs = [s for s in stories if s.repeated_outlets()]
    pages = []
    for number in range(count):
        rng = random.Random(f"random-layout/{seed}/{number}")
        runs = rng.random() < 0.35 and bool(with_runs)
        story = rng.choice(with_runs if runs else stories)
        articles = _pick_articles(rng, story, runs)
        if rng.random() < 0.3:
            articles = sorted(articles, key=lambda a: a.outlet)  # a page sorted by publisher
        elsewhere = [s for s in rng.sample(stories, min(12, len(stories))) if s is not story]
        titles = tuple(s.articles[0].title for s in elsewhere if s.articles[0].title) or ("More news",)
        builder = _PageBuilder()
        write_random_page(builder, rng, articles, titles)
        pages.append(builder.build(f"{LAYOUT_NAME}-s{seed}-{number:03d}", LAYOUT_NAME, False, story.name))
    return pages


if __name__ == "__main__":
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for page in generate_random_pages(count, int(sys.argv[2]) if len(sys.argv) > 2 else 1):
        print(f"=== {page.page_id}")
        for line, label in zip(page.lines, page.labels):
            print(f"{label:>10} | {line[:110]}")
