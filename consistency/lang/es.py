"""Spanish, as papers in Spain and Latin America write it: the rules and words of its
English reading (see ``consistency.lang``)."""

from __future__ import annotations

import re

from consistency.lang import (
    DURATION, aged, clock_at, duration, english_date, english_month, english_weekday, on_day, ordinal, rule, score, shared_number_rules, words,
)

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
WEEKDAYS = {
    "lunes": "Monday", "martes": "Tuesday", "miércoles": "Wednesday", "miercoles": "Wednesday", "jueves": "Thursday",
    "viernes": "Friday", "sábado": "Saturday", "sabado": "Saturday", "domingo": "Sunday",
}
_WEEKDAY = "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True))
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: Hours written as words: "a las diez de la mañana".
HOURS = {"una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7", "ocho": "8",
         "nueve": "9", "diez": "10", "once": "11", "doce": "12"}
_HOUR_WORDS = "|".join(HOURS)
_PART_OF_DAY = {"mañana": "morning", "madrugada": "morning", "tarde": "afternoon", "noche": "night"}

_TENS_WORDS = {"treinta": "thirty", "cuarenta": "forty", "cincuenta": "fifty", "sesenta": "sixty", "setenta": "seventy",
               "ochenta": "eighty", "noventa": "ninety"}
_UNIT_WORDS = {"uno": "one", "una": "one", "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five", "seis": "six",
               "siete": "seven", "ocho": "eight", "nueve": "nine"}
NUMBER_WORDS = {f"{tens} y {unit}": f"{tens_en}-{unit_en}" for tens, tens_en in _TENS_WORDS.items() for unit, unit_en in _UNIT_WORDS.items()}
NUMBER_WORDS |= {f"veinti{unit}": f"twenty-{unit_en}" for unit, unit_en in {**_UNIT_WORDS, "dós": "two", "trés": "three", "séis": "six"}.items()}
NUMBER_WORDS |= {
    "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five", "seis": "six", "siete": "seven",
    "ocho": "eight", "nueve": "nine", "diez": "ten", "once": "eleven", "doce": "twelve", "trece": "thirteen",
    "catorce": "fourteen", "quince": "fifteen", "dieciséis": "sixteen", "dieciseis": "sixteen",
    "diecisiete": "seventeen", "dieciocho": "eighteen", "diecinueve": "nineteen", "veinte": "twenty",
    "treinta": "thirty", "cuarenta": "forty", "cincuenta": "fifty", "sesenta": "sixty", "setenta": "seventy",
    "ochenta": "eighty", "noventa": "ninety", "cien": "a hundred", "una docena": "a dozen",
    "media docena": "half a dozen", "una decena": "ten",
}
ORDINAL_WORDS = {
    "primer": "first", "primero": "first", "primera": "first", "segundo": "second", "segunda": "second",
    "cuarto": "fourth", "cuarta": "fourth", "tercer": "third", "tercero": "third",
    "tercera": "third", "quinto": "fifth", "quinta": "fifth", "sexto": "sixth", "sexta": "sixth",
    "séptimo": "seventh", "séptima": "seventh", "octavo": "eighth", "octava": "eighth", "noveno": "ninth",
    "novena": "ninth", "décimo": "tenth", "décima": "tenth",
}
QUALIFIERS = {
    "al menos": "at least", "por lo menos": "at least", "como mínimo": "at least", "cerca de": "about",
    "alrededor de": "around", "aproximadamente": "approximately", "unos": "about", "unas": "about",
    "casi": "nearly", "más de": "more than", "mas de": "more than", "menos de": "fewer than",
    "como máximo": "at most", "en total": "in all", "decenas de": "dozens of", "centenares de": "hundreds of",
    "cientos de": "hundreds of", "miles de": "thousands of", "millones de": "millions of", "varios": "several",
    "varias": "several", "algunos": "a few", "algunas": "a few",
}
NOUNS = {
    "se impuso a": "beat", "se impuso": "won", "ganó": "won", "ganaron": "won", "venció": "beat", "vencieron": "beat", "derrotó": "beat", "goleó": "beat",
    "victoria": "victory", "derrota": "defeat", "marcador": "score", "empate": "draw", "empató": "drew",
    "perdió": "lost", "perdieron": "lost", "subió a": "rose to", "ascendió a": "rose to", "aumentó a": "rose to",
    "se elevó a": "rose to", "llegó a": "reached",
    "muertos": "dead", "muerto": "dead", "muertas": "dead", "muerta": "dead", "fallecidos": "dead",
    "fallecidas": "dead", "muertes": "deaths", "muerte": "death", "víctimas mortales": "dead",
    "victimas mortales": "dead", "víctimas": "victims", "victimas": "victims", "murieron": "died", "murió": "died",
    "fallecieron": "died", "falleció": "died", "heridos": "injured", "herido": "injured", "heridas": "injured",
    "herida": "injured", "resultaron heridas": "were injured", "resultaron heridos": "were injured",
    "desaparecidos": "missing", "desaparecidas": "missing", "damnificados": "affected", "desalojados": "evacuated",
    "evacuados": "evacuated", "evacuadas": "evacuated", "personas": "people", "persona": "person",
    "detenidos": "detained", "arrestados": "arrested", "rescatados": "rescued", "rescatadas": "rescued",
    "hospitalizados": "hospitalised", "hospitalizadas": "hospitalised", "ingresados": "hospitalised",
    "viviendas": "homes", "casas": "homes", "hogares": "homes", "vecinos": "residents", "niños": "children",
    "mujeres": "women", "hombres": "men", "soldados": "soldiers", "militares": "troops",
    "policías": "police officers", "agentes": "officers", "bomberos": "firefighters", "pasajeros": "passengers",
    "tripulantes": "crew", "vuelos": "flights", "municipios": "municipalities", "goles": "goals",
    "puntos": "points", "votos": "votes", "escaños": "seats", "habitantes": "inhabitants",
    "trabajadores": "workers", "empleados": "employees", "mineros": "miners", "alumnos": "students",
    "estudiantes": "students", "pisos": "floors", "piso": "floor", "plantas": "floors", "planta": "floor",
    "metros": "metres", "kilómetros": "kilometres", "kilometros": "kilometres",
    "centímetros": "centimetres", "centimetros": "centimetres", "milímetros": "millimetres",
    "milimetros": "millimetres", "toneladas": "tonnes", "kilos": "kilos", "kilogramos": "kilograms",
    "litros": "litres", "hectáreas": "hectares", "hectareas": "hectares", "grados": "degrees",
    "de altura": "high", "de alto": "high", "de ancho": "wide", "de profundidad": "deep", "de largo": "long",
    "de longitud": "long", "metros cúbicos": "cubic metres", "número de muertos": "death toll",
    "cifra de muertos": "death toll", "número de víctimas": "death toll", "balance de víctimas": "death toll",
    "y": "and", "otros": "other", "otras": "other", "con": "with", "en": "in", "para": "to", "días": "days", "dias": "days", "horas": "hours", "minutos": "minutes", "segundos": "seconds",
    "semanas": "weeks", "meses": "months", "años": "years", "por ciento": "per cent", "dólares": "dollars", "dolares": "dollars", "euros": "euros",
    "mil": "thousand", "millón": "million", "millones": "million", "millon": "million", "mil millones": "billion",
    "billón": "trillion", "billones": "trillion",
    "dijo": "said", "afirmó": "said", "declaró": "said", "informó": "said", "anunció": "announced",
    "confirmó": "confirmed", "ayer": "yesterday", "hoy": "today", "anteayer": "the day before yesterday",
    "la semana pasada": "last week", "el mes pasado": "last month", "el año pasado": "last year",
    "esta semana": "this week", "este año": "this year", "la próxima semana": "next week",
    "la semana próxima": "next week", "el próximo año": "next year", "hora local": "local time",
    "horario local": "local time", "hora peninsular española": "CET", "hora peninsular": "CET", "hora española": "CET",
    "hora de españa": "CET", "hora argentina": "ART", "hora de argentina": "ART", "hora chilena": "CLT",
    "hora de chile": "CLT", "hora de méxico": "CST", "hora del centro de méxico": "CST",
}


_AT = clock_at(HOURS, _PART_OF_DAY)

RULES = (
    rule(DURATION, duration),
    # Clock times: "a las 10:30", "a las 22.15 horas", "las 10 de la mañana".
    rule(
        r"(?<![\w-])(?:a\s+las|a\s+la|las|la|hacia\s+las|sobre\s+las|desde\s+las|hasta\s+las)\s+(?P<hour>[01]?\d|2[0-3]|" + _HOUR_WORDS + r")"
        r"(?:[:.](?P<minute>[0-5]\d))?(?:\s*(?:horas|h)\b)?(?:\s+de\s+la\s+(?P<part>mañana|madrugada|tarde|noche))?(?![\d.,]?\d)",
        lambda match, published: _AT(match, published) if match.group("minute") or match.group("part") or re.search(r"horas|h\b", match.group(0)) else match.group(0),
    ),
    rule(r"(?<![\w:.,])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)\s*(?:horas|h)\b(?P<part>)", clock_at({}, {}, prefix="")),
    # Dates: "3 de marzo de 2024", "el día 3", weekdays with their day: "el lunes 3".
    rule(rf"(?<![\w-])(?:(?:el\s+)?día\s+)?(?P<day>[0-3]?\d)\s+de\s+(?P<month>{_MONTH})(?:\s+(?:de|del)\s+(?P<year>(?:19|20)\d\d))?(?![\w])", english_date(MONTHS)),
    rule(
        rf"(?<![\w-])(?:(?P<lead>este|esta|el|el pasado|el próximo|el proximo|desde el|hasta el)\s+)?(?P<weekday>{_WEEKDAY})"
        rf"(?P<last>\s+pasado)?(?:\s+(?P<day>[0-3]?\d)(?![\d.,:]|\s+de\s))?(?![\w-])",
        english_weekday(WEEKDAYS, ("pasado",), ("próximo", "proximo")),
    ),
    rule(r"(?<![\w-])(?:el\s+)?día\s+(?P<day>[0-3]?\d)(?![\w.,]|\s+de\s)", on_day),
    rule(rf"(?<![\w-])(?:en|desde|hasta)\s+(?P<month>{_MONTH})(?:\s+de\s+(?P<year>(?:19|20)\d\d))?(?![\w-])",
         english_month(MONTHS)),
    rule(r"(?<![\w-])(?:en|desde)\s+(?P<year>(?:19|20)\d\d)(?![\w-])", r"in \g<year>"),
    rule(r"(?<![\w-])(?<!la\s)(?<!esta\s)(?<!cada\s)(?<!de\s)mañana(?![\w-])", "tomorrow"),
    # Ages: "Ana López, de 46 años,".
    rule(r"(?<=,\s)de\s+(?P<age>\d{1,3})\s+años(?![\w-])|(?<![\w-])(?P<age2>\d{1,3})\s+años\s+de\s+edad(?![\w-])"
         r"|(?<![\w-])(?:[Aa]\s+los|[Cc]on|tiene|tenía)\s+(?P<age3>\d{1,3})\s+años(?![\w-])", aged),
    # Ordinals written "3.er", "2do", "1ra".
    rule(r"(?<![\d.,])(?P<number>\d{1,2})\.?(?:er|ero|era|ro|ra|do|da|to|ta|vo|va|no|na|mo|ma)(?![\w])",
         lambda match, published: ordinal(int(match.group("number")))),
    # Votes: "por 9 votos a 2", "por 9 votos contra 2".
    rule(r"(?<![\w-])(?P<lead>por\s+)?(?P<home>\d{1,2})\s+votos\s+(?:a|contra)\s+(?P<away>\d{1,2})(?![\d])",
         lambda match, published: f"by a vote of {match.group('home')}-{match.group('away')}"),
    # Scores: "ganó por 3 a 0", "un empate a 1": a vote or score of two small numbers.
    rule(r"(?<![\w-])(?P<lead>por|de|marcador de|victoria de|derrota de|empate de|goleada de)\s+(?P<home>\d{1,2})\s+a\s+(?P<away>\d{1,2})(?![\d])", score),
    # Mexico and much of Latin America write thousands with a comma ("1,500"), as English
    # does; three digits after a comma are read so, not as a decimal fraction.
    rule(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?!,?\d|\.\d)", lambda match, published: match.group(0)),
    rule(r"(?<![\w-])hasta(?=\s+\d)", "up to"),
    *shared_number_rules(thousands_space=True),
    rule(r"(?<=\d)\s+(?P<scale>mil millones|millones|millón)\s+de(?=\s+(?!euros|dólares|dolares|pesos)\w)",
         lambda match, published: " " + NOUNS[match.group("scale").lower()]),
    rule(r"(?<=\d)\s+mil\s+millones(?![\w-])", " billion"),
    rule(r"(?<=\d)\s+mil(?![\w-])", " thousand"),
    rule(r"(?<![\w-])mil(?=\s+[a-zá-ú])(?!\s+millones)", "a thousand"),
    rule(r"(?<![\w-])(?P<scale>mil millones|mil|millón|millones)\s+de\s+(?P<currency>euros|dólares|dolares|pesos)(?![\w-])",
         lambda match, published: f"{NOUNS[match.group('scale').lower()]} {NOUNS.get(match.group('currency').lower(), match.group('currency'))}"),
    words({**QUALIFIERS, **NUMBER_WORDS, **ORDINAL_WORDS, **NOUNS}),
)

#: Words that deny what follows them, and verbs that deny a claim.
NEGATION_CUES = frozenset("no nunca jamás ningún ninguna ninguno nadie nada ni tampoco negó negaron niega niegan descartó descartaron".split())
#: Words and phrases that make what follows uncertain: a conditional of report ("habría"),
#: a possibility ("podría"), a guess ("probablemente").
MODALITY_CUES = (
    "podría", "podrían", "puede que", "pudo haber", "pudieron haber", "habría", "habrían", "estaría", "estarían",
    "sería", "serían", "debe de", "deberá", "deberían", "probablemente", "posiblemente", "presuntamente",
    "supuestamente", "quizá", "quizás", "tal vez", "al parecer", "aparentemente", "se sospecha", "sospechan",
)
#: Words between a cue and what it bears on: "no se sabe", "habría seguido".
SKIPPED_WORDS = frozenset(
    "se lo la los las le les un una de del el en que haber sido fue fueron ser estar estado aún todavía más ya "
    "a al y o por con hubo había hubiera haya".split()
)
