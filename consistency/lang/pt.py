"""Portuguese, as Brazilian and Portuguese papers write it: the rules and words of its
English reading (see ``consistency.lang``)."""

from __future__ import annotations

import re

from consistency.lang import (
    DURATION, aged, clock_at, duration, english_date, english_month, english_weekday, on_day, rule, score, shared_number_rules, words,
)

MONTHS = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
    "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}
WEEKDAYS = {
    "segunda-feira": "Monday", "terça-feira": "Tuesday", "terca-feira": "Tuesday", "quarta-feira": "Wednesday",
    "quinta-feira": "Thursday", "sexta-feira": "Friday", "sábado": "Saturday", "sabado": "Saturday",
    "domingo": "Sunday",
}
#: Without "-feira" a weekday is also an ordinal ("segunda"): only after these words.
SHORT_WEEKDAYS = {"segunda": "Monday", "terça": "Tuesday", "quarta": "Wednesday", "quinta": "Thursday", "sexta": "Friday"}
_WEEKDAY = "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True))
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: Hours written as words: "às dez horas", "às duas da tarde".
HOURS = {"uma": "1", "duas": "2", "três": "3", "tres": "3", "quatro": "4", "cinco": "5", "seis": "6", "sete": "7",
         "oito": "8", "nove": "9", "dez": "10", "onze": "11", "doze": "12", "meio-dia": "12"}
_HOUR_WORDS = "|".join(HOURS)
_PART_OF_DAY = {"manhã": "morning", "manha": "morning", "madrugada": "morning", "tarde": "afternoon", "noite": "night"}

_TENS_WORDS = {"vinte": "twenty", "trinta": "thirty", "quarenta": "forty", "cinquenta": "fifty", "sessenta": "sixty",
               "setenta": "seventy", "oitenta": "eighty", "noventa": "ninety"}
_UNIT_WORDS = {"um": "one", "uma": "one", "dois": "two", "duas": "two", "três": "three", "quatro": "four", "cinco": "five",
               "seis": "six", "sete": "seven", "oito": "eight", "nove": "nine"}
NUMBER_WORDS = {f"{tens} e {unit}": f"{tens_en}-{unit_en}" for tens, tens_en in _TENS_WORDS.items() for unit, unit_en in _UNIT_WORDS.items()}
NUMBER_WORDS |= {
    "dois": "two", "duas": "two", "três": "three", "tres": "three", "quatro": "four", "cinco": "five", "seis": "six",
    "sete": "seven", "oito": "eight", "nove": "nine", "dez": "ten", "onze": "eleven", "doze": "twelve",
    "treze": "thirteen", "catorze": "fourteen", "quatorze": "fourteen", "quinze": "fifteen",
    "dezesseis": "sixteen", "dezasseis": "sixteen", "dezessete": "seventeen", "dezassete": "seventeen",
    "dezoito": "eighteen", "dezenove": "nineteen", "dezanove": "nineteen", "vinte": "twenty", "trinta": "thirty",
    "quarenta": "forty", "cinquenta": "fifty", "sessenta": "sixty", "setenta": "seventy", "oitenta": "eighty",
    "noventa": "ninety", "cem": "a hundred", "uma dúzia": "a dozen", "uma dezena": "ten", "meia dúzia": "half a dozen",
}
ORDINAL_WORDS = {
    "primeiro": "first", "primeira": "first", "segundo": "second", "segunda": "second", "terceiro": "third",
    "quarta": "fourth", "quinta": "fifth", "terceira": "third", "quinto": "fifth",
    "quinta colocação": "fifth place", "sexto": "sixth", "sétimo": "seventh", "sétima": "seventh", "oitavo": "eighth",
    "oitava": "eighth", "nono": "ninth", "nona": "ninth", "décimo": "tenth", "décima": "tenth",
}
QUALIFIERS = {
    "pelo menos": "at least", "ao menos": "at least", "no mínimo": "at least", "no minimo": "at least",
    "cerca de": "about", "aproximadamente": "approximately", "em torno de": "around", "por volta de": "around",
    "perto de": "close to", "quase": "nearly", "mais de": "more than", "menos de": "fewer than",
    "no máximo": "at most", "ao todo": "in all", "dezenas de": "dozens of",
    "centenas de": "hundreds of", "milhares de": "thousands of", "milhões de": "millions of",
    "algumas": "a few", "alguns": "a few", "vários": "several", "várias": "several",
}
#: What is counted, done or measured, as English words: "80 mortos" is "80 dead".
NOUNS = {
    "bateu": "beat", "superou": "beat", "venceu": "won", "venceram": "won", "vence": "wins", "derrotou": "beat", "derrotaram": "beat", "goleou": "beat",
    "vitória": "victory", "vitoria": "victory", "derrota": "defeat", "placar": "score", "empate": "draw",
    "empatou": "drew", "empataram": "drew", "perdeu": "lost", "perderam": "lost", "subiu para": "rose to",
    "subiram para": "rose to", "aumentou para": "rose to", "passou para": "rose to", "chegou a": "reached",
    "mortos": "dead", "morto": "dead", "mortas": "dead", "morta": "dead", "mortes": "deaths", "morte": "death",
    "óbitos": "deaths", "obitos": "deaths", "vítimas fatais": "dead", "vitimas fatais": "dead",
    "vítimas": "victims", "vitimas": "victims", "morreram": "died", "morreu": "died", "morrido": "died",
    "feridos": "injured", "ferido": "injured", "feridas": "injured", "ferida": "injured", "ficaram feridas": "were injured",
    "ficaram feridos": "were injured", "desaparecidos": "missing", "desaparecidas": "missing", "desaparecido": "missing",
    "desabrigados": "homeless", "desabrigadas": "homeless", "desalojados": "displaced", "desalojadas": "displaced",
    "pessoas": "people", "pessoa": "person", "presos": "arrested", "presas": "arrested", "detidos": "detained",
    "resgatados": "rescued", "resgatadas": "rescued", "evacuados": "evacuated", "evacuadas": "evacuated",
    "hospitalizados": "hospitalised", "hospitalizadas": "hospitalised", "internados": "hospitalised",
    "internadas": "hospitalised", "casas": "homes", "residências": "homes", "moradores": "residents",
    "crianças": "children", "criancas": "children", "mulheres": "women", "homens": "men", "soldados": "soldiers",
    "militares": "troops", "policiais": "police officers", "bombeiros": "firefighters", "passageiros": "passengers",
    "tripulantes": "crew", "voos": "flights", "municípios": "municipalities", "municipios": "municipalities",
    "cidades": "cities", "gols": "goals", "golos": "goals", "pontos": "points", "votos": "votes",
    "habitantes": "inhabitants", "trabalhadores": "workers", "funcionários": "employees", "funcionarios": "employees",
    "alunos": "students", "estudantes": "students", "andares": "floors", "andar": "floor", "metros": "metres", "quilômetros": "kilometres", "quilómetros": "kilometres", "quilometros": "kilometres",
    "centímetros": "centimetres", "centimetros": "centimetres", "milímetros": "millimetres", "milimetros": "millimetres",
    "toneladas": "tonnes", "quilos": "kilos", "quilogramas": "kilograms", "litros": "litres", "graus": "degrees",
    "de altura": "high", "de largura": "wide", "de profundidade": "deep", "de comprimento": "long",
    "de extensão": "long", "metros cúbicos": "cubic metres", "número de mortos": "death toll",
    "número de vítimas": "death toll", "e": "and", "ou": "or", "outros": "other", "outras": "other", "com": "with", "em": "in", "para": "to", "dias": "days", "horas": "hours", "minutos": "minutes", "segundos": "seconds", "semanas": "weeks",
    "meses": "months", "anos": "years", "por cento": "per cent", "dólares": "dollars", "dolares": "dollars", "reais": "reais", "euros": "euros",
    "mil": "thousand", "milhão": "million", "milhões": "million", "milhao": "million", "milhoes": "million",
    "bilhão": "billion", "bilhões": "billion", "bilhao": "billion", "bilhoes": "billion", "trilhão": "trillion",
    "trilhões": "trillion", "mil milhões": "billion",
    "disse": "said", "afirmou": "said", "declarou": "said", "informou": "said", "anunciou": "announced",
    "confirmou": "confirmed", "ontem": "yesterday", "hoje": "today", "amanhã": "tomorrow", "amanha": "tomorrow",
    "na semana passada": "last week", "no mês passado": "last month", "no ano passado": "last year",
    "nesta semana": "this week", "esta semana": "this week", "neste ano": "this year", "este ano": "this year",
    "na próxima semana": "next week", "no próximo ano": "next year", "horário de brasília": "BRT", "hora de brasília": "BRT",
    "horário local": "local time", "hora local": "local time",
}


_AT = clock_at(HOURS, _PART_OF_DAY)
_CLOCK = clock_at({}, _PART_OF_DAY, prefix="")
_WEEKDAY_READER = english_weekday(WEEKDAYS, ("últim", "ultim"), ("próxim", "proxim"))
_SHORT_WEEKDAY_READER = english_weekday(SHORT_WEEKDAYS, ("últim", "ultim"), ("próxim", "proxim"))

RULES = (
    rule(DURATION, duration),
    # Clock times: "às 10h13", "às 22 horas", "10h30min", "às 7h da manhã".
    rule(
        r"(?<![\w-])(?:às|as|pelas|das|a partir das|até as|até às)\s+(?P<hour>[01]?\d|2[0-3]|" + _HOUR_WORDS + r")"
        r"(?:(?:h|:)(?P<minute>[0-5]\d)(?:min)?|h\b|\s*horas\b|(?=\s+da\s+(?:manhã|manha|tarde|noite|madrugada)))"
        r"(?:\s+da\s+(?P<part>manhã|manha|tarde|noite|madrugada))?",
        _AT,
    ),
    rule(r"(?<![\w:.,])(?P<hour>[01]?\d|2[0-3])h(?P<minute>[0-5]\d)(?:min\b)?(?![\d])(?:\s+da\s+(?P<part>manhã|manha|tarde|noite|madrugada))?", _CLOCK),
    rule(r"(?<![\w:.,])(?P<hour>[01]?\d|2[0-3])h(?![\w])(?:\s+da\s+(?P<part>manhã|manha|tarde|noite|madrugada))?", _CLOCK),
    # Dates: "3 de março de 2024", "no dia 3", weekdays with their day: "nesta segunda-feira (3)".
    rule(rf"(?<![\w-])(?:dia\s+)?(?P<day>[0-3]?\d)º?\s+de\s+(?P<month>{_MONTH})(?:\s+de\s+(?P<year>(?:19|20)\d\d))?(?![\w])", english_date(MONTHS)),
    rule(
        rf"(?<![\w-])(?:(?P<lead>nesta|neste|na|no|de|desta|deste|nessa|nesse|última|último|ultima|ultimo|próxima|próximo|proxima|proximo|"
        rf"na última|no último|na próxima|no próximo|na ultima|no ultimo|até|até a|até o|desde|desde a|desde o)\s+)?(?P<weekday>{_WEEKDAY})"
        rf"(?P<last>\s+passad[oa])?(?:\s*\((?P<day>[0-3]?\d)\))?(?![\w-])",
        _WEEKDAY_READER,
    ),
    rule(
        r"(?<![\w-])(?P<lead>nesta|na|desta|até a|última|próxima|na última|na próxima)\s+(?P<weekday>segunda|terça|quarta|quinta|sexta)"
        r"(?P<last>\s+passada)?(?:\s*\((?P<day>[0-3]?\d)\))?(?![\w-])"
        # "na segunda tentativa" is the second attempt: a weekday stands before a date, a
        # time of day or the end of a clause.
        r"(?=\s*(?:$|[,.;:)]|\(|à\s|de\s+manhã|pela\s|e\s|às\s))",
        _SHORT_WEEKDAY_READER,
    ),
    rule(r"(?<![\w-])(?:no\s+)?dia\s+(?P<day>[0-3]?\d)(?![\w.,]|\s+de\s)", on_day),
    rule(rf"(?<![\w-])(?:em|no mês de|desde|até)\s+(?P<month>{_MONTH})(?:\s+de\s+(?P<year>(?:19|20)\d\d))?(?![\w-])",
         english_month(MONTHS)),
    rule(r"(?<![\w-])(?:em|desde)\s+(?P<year>(?:19|20)\d\d)(?![\w-])", r"in \g<year>"),
    # Ages: "Maria Souza, de 46 anos," / "46 anos de idade".
    rule(r"(?<=,\s)de\s+(?P<age>\d{1,3})\s+anos(?![\w-])|(?<![\w-])(?:(?:[Aa]os|[Cc]om)\s+)?(?P<age2>\d{1,3})\s+anos\s+de\s+idade(?![\w-])"
         r"|(?<![\w-])(?:[Aa]os|[Cc]om|tem|tinha)\s+(?P<age3>\d{1,3})\s+anos(?![\w-])", aged),
    # "segundo a polícia": according to, not the second.
    rule(
        r"(?<![\w-])(?<!\bo\s)(?<!\ba\s)(?<!\bno\s)(?<!\bna\s)(?<!\bdo\s)(?<!\bda\s)(?<!\bseu\s)(?<!\bsua\s)(?<!\bpelo\s)(?<!\bpela\s)"
        r"[Ss]egundo(?=\s+(?:o|a|os|as|ele|ela|eles|elas|fontes|dados|informações|especialistas|testemunhas|[A-ZÀ-Ý]|[a-zà-ú]+s\b))",
        "according to", flags=0,
    ),
    # Votes: "por 9 votos a 2".
    rule(r"(?<![\w-])(?P<lead>por\s+)?(?P<home>\d{1,2})\s+votos\s+a\s+(?P<away>\d{1,2})(?![\d])",
         lambda match, published: f"by a vote of {match.group('home')}-{match.group('away')}"),
    # Scores: "venceu por 2 a 1", "placar de 3 a 0".
    rule(r"(?<![\w-])(?P<lead>por|de|placar de|vitória de|derrota de|empate de|goleada de)\s+(?P<home>\d{1,2})\s+a\s+(?P<away>\d{1,2})(?![\d])", score),
    rule(r"(?<![\w-])até(?=\s+\d)", "up to"),
    # "às 10h (horário de Brasília)": the zone, as English writes it after a time.
    rule(r"\(\s*(?:horário|hora)\s+de\s+Brasília\s*\)", "BRT"),
    *shared_number_rules(thousands_space=False),
    rule(r"(?<=\d)\s+(?P<scale>mil|milhão|milhões|milhao|milhoes|bilhão|bilhões|bilhao|bilhoes)\s+de(?=\s+(?!reais|dólares|dolares|euros)\w)",
         lambda match, published: " " + NOUNS[match.group("scale").lower()]),
    rule(r"(?<=\d)\s?(?P<scale>bi|mi|tri)(?![\w-])", lambda match, published: " " + {"bi": "billion", "mi": "million", "tri": "trillion"}[match.group("scale")]),
    rule(r"(?<=\d)\s+mil(?![\w-])", " thousand"),
    rule(r"(?<![\w-])mil(?=\s+[a-zà-ú])", "a thousand"),
    rule(r"(?<![\w-])(?P<scale>mil|milhão|milhões|bilhão|bilhões)\s+de\s+(?P<currency>reais|dólares|euros)(?![\w-])",
         lambda match, published: f"{NOUNS[match.group('scale').lower()]} {NOUNS[match.group('currency').lower()]}"),
    words({**QUALIFIERS, **NUMBER_WORDS, **ORDINAL_WORDS, **NOUNS}),
)

#: Words that deny what follows them, and verbs that deny a claim.
NEGATION_CUES = frozenset("não nunca jamais nenhum nenhuma ninguém nada nem negou negaram nega negam descartou descartaram".split())
#: Words and phrases that make what follows uncertain: a conditional of report ("teria"),
#: a possibility ("pode ter"), a guess ("provavelmente").
MODALITY_CUES = (
    "pode ter", "podem ter", "poderia", "poderiam", "poderá", "poderão", "teria", "teriam", "estaria", "estariam",
    "seria", "seriam", "deve", "devem", "deverá", "deverão", "deve ter", "devem ter", "provavelmente",
    "possivelmente", "supostamente", "talvez", "suspeita-se", "suspeitam", "aparentemente",
)
#: Words between a cue and what it bears on: "não se sabe", "teria se rompido".
SKIPPED_WORDS = frozenset(
    "se o a os as lhe lhes um uma de do da dos das em no na nos nas que ter sido foi foram ser estar ainda mais já "
    "chegou chegaram a ao aos à às e ou por pelo pela com haver havia houve tenha".split()
)
