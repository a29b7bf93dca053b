"""A generated news corpus for benchmarks: stories told by several outlets, each outlet
wording the facts its own way, some facts disagreeing. Deterministic for a seed."""

from __future__ import annotations

import random
from pathlib import Path

PLACES = ["Port Ansel", "Calder Bay", "Marlowe", "Orrin Ford", "Ashgrove", "Pinecrest", "Halden", "Norvale",
          "Sorrel Island", "Kestrel Point", "Eastbrook", "Riverbend", "Lakeshore", "Gull Point", "Harlow"]
EVENTS = ["fire", "flood", "strike", "derailment", "power cut", "landslide", "storm", "bridge collapse"]
OFFICIALS = ["Mayor Ines Talbot", "Fire Chief Dana Okafor", "Minister Elise Marchetti", "Inspector Ruben Sosa",
             "spokeswoman Lena Hoffmann", "Governor Priya Hale", "Commissioner Osric Lyle"]
OUTLETS = ["Harbour Herald", "Daily Courier", "Capital Wire", "Northern Post", "Metro Times", "Valley Courier"]
ELECTION = [
    "{official} won the mayoral race in {place} with {count} percent of the vote, the election board said on {day}.",
    "Turnout in {place} reached {big} voters by {hour} p.m., higher than at the last election in {year}.",
    "The runner-up conceded on {day} evening and said the {ordinal} district recount had changed nothing.",
    "Observers reported long queues at {count} polling stations but no serious irregularities.",
    "{official} promised to cut bus fares and to build {big} new homes within four years.",
    "The new council will meet for the first time on {day}, officials in {place} said.",
    "Campaign spending in {place} reached {money} million dollars, a record for a municipal race.",
    "Results from the {ordinal} district were delayed by a software fault at the counting centre.",
]
COMPANY = [
    "Shares in the {place} shipbuilder rose {count} percent on {day} after it reported record orders.",
    "{official} told analysts the company expected revenue of {money} million dollars this year.",
    "The firm will hire {big} workers at its {place} yard, the chief executive said.",
    "Net profit for the quarter came to {count} million dollars, up from a year earlier.",
    "The company last paid a special dividend in {year}, according to its annual report.",
    "Analysts said the {ordinal} quarter would show whether demand for ferries was holding up.",
    "Trading in the shares was halted for {count} minutes at {hour}:{minute:02d} a.m. on {day}.",
    "Unions in {place} welcomed the hiring plan but warned about overtime rules.",
]
TEMPLATES = [
    "The {event} in {place} began at {hour}:{minute:02d} a.m. on {day}, {official} said.",
    "{official} said {count} people had been taken to hospital after the {event} in {place}.",
    "About {big} residents of {place} were told to leave their homes as the {event} spread.",
    "Crews worked through the night, and by {day} evening {count} of them had been relieved.",
    "The {event} caused damage estimated at {money} million dollars, according to the council.",
    "Officials in {place} said the cause of the {event} was still under investigation.",
    "{official} told reporters that the response had been fast and that lessons would be learned.",
    "Schools in {place} will stay closed until {day}, the education department said.",
    "The last {event} of this size in {place} happened in {year}, records show.",
    "Residents said the warning came too late, and some left with only what they could carry.",
    "Insurers expect claims from at least {count} businesses in the {ordinal} district.",
    "Roads around {place} reopened on {day}, though the main bridge remained shut.",
]
#: Each outlet words things its own way, so its sentences are not copies of another's.
SYNONYMS = {
    "said": ["said", "announced", "reported"], "residents": ["residents", "people", "locals"],
    "began": ["began", "started", "broke out"], "officials": ["officials", "authorities"],
    "damage": ["damage", "losses"], "reopened": ["reopened", "were cleared"], "Crews": ["Crews", "Teams", "Workers"],
    "hospital": ["hospital", "a hospital", "medical centres"], "warning": ["warning", "alert"],
    "expect": ["expect", "anticipate", "are bracing for"], "stay closed": ["stay closed", "remain shut"],
    "people": ["people", "residents", "individuals"],
    "company": ["company", "firm", "group"], "workers": ["workers", "staff", "employees"],
    "council": ["council", "city hall", "local authority"], "record": ["record", "all-time high", "new high"],
}
#: Openings and closings an outlet adds to its sentences.
OPENINGS = ["", "", "On {day}, ", "According to local officials, ", "In a statement, ", "Separately, ", "As of {day}, "]
CLOSINGS = ["", "", " officials said", " the report said", " a source told this newspaper", " according to early figures"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


_SYLLABLES = ["ar", "ben", "cal", "dor", "el", "fen", "gar", "hol", "is", "jor", "kel", "lin", "mar", "nor",
              "os", "pel", "quin", "ros", "sal", "tor", "ul", "vin", "wes", "yar", "zen"]


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def generate_corpus(folder: Path, target_sentences: int = 5000, outlets_per_story: int = 5, seed: int = 7) -> int:
    """Write articles under ``folder``; return the number of sentences written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written, story = 0, 0
    while written < target_sentences:
        templates = [TEMPLATES, ELECTION, COMPANY][story % 3]
        # Each story has its own town and its own officials, as separate events do.
        facts = {
            "event": rng.choice(EVENTS), "place": f"{_name(rng)} {rng.choice(['Bay', 'Falls', 'Ridge', 'Point', 'Vale'])}",
            "official": f"{rng.choice(['Mayor', 'Chief', 'Minister', 'Inspector'])} {_name(rng)} {_name(rng, 3)}",
            "hour": rng.randint(1, 11), "minute": rng.choice([0, 10, 15, 20, 30, 40, 45, 50]),
            "day": rng.choice(DAYS), "count": rng.randint(3, 60), "big": rng.choice([400, 900, 1200, 3000]),
            "money": rng.randint(2, 90), "year": rng.randint(1950, 2015),
            "ordinal": rng.choice(["second", "third", "fourth", "fifth"]),
        }
        for outlet in rng.sample(OUTLETS, outlets_per_story):
            told = dict(facts)
            if rng.random() < 0.3:
                told["count"] += rng.choice([-2, 2, 5])  # an outlet with a different figure
            if rng.random() < 0.2:
                told["minute"] = (told["minute"] + 30) % 60
            style = {word: rng.choice(choices) for word, choices in SYNONYMS.items()}
            sentences = []
            for template in rng.sample(templates, rng.randint(6, len(templates))):
                sentence = template.format(**told)
                for word, choice in style.items():
                    sentence = sentence.replace(word, choice)
                opening, closing = rng.choice(OPENINGS).format(**told), rng.choice(CLOSINGS)
                if opening:
                    sentence = opening + sentence[0].lower() + sentence[1:]
                if closing:
                    sentence = sentence.rstrip(".") + "," + closing + "."
                sentences.append(sentence)
            body = " ".join(sentences)
            path = folder / f"story-{story:04d}" / f"{outlet.lower().replace(' ', '-')}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"---\nsource: {outlet}\ntitle: {facts['event'].title()} in {facts['place']}\n---\n{body}\n", encoding="utf-8")
            written += len(sentences)
        story += 1
    return written
