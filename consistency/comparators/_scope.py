"""Shared by the negation and modality comparators: cue words, the words they govern, and
whether another sentence states those words without such a cue.

A cue ("not", "may", "is considering") governs the next content words of its clause: the
verb after "not" or "may", the noun phrase after "no". Another sentence *states* one of
those words when it has the same word (by a crude stem, or whole for names), or a word of
the same family ("hurt", "taken to hospital"), outside any cue of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from consistency.alignment import CALENDAR_WORDS
from consistency.ingest.lines import FUNCTION_WORDS
from consistency.memo import per_sentence
from consistency.records import Finding, Sentence
from consistency.stems import stem

TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: A comma, colon or full stop between two digits ("14.17", "2,040", "2:00") breaks nothing.
_CLAUSE_BREAK = re.compile(r"(?<!\d)[,:.]|[,:.](?!\d)|[;!?()\"“”]|\s[-–—]\s")
_CLAUSE_BREAK_IN_QUOTES = re.compile(r"[,;:.!?()]|\s[-–—]\s")
CLAUSE_WORDS = {"but", "and", "which", "who", "while", "although", "though", "because", "whereas", "as", "where", "when"}
#: Words between a cue and what it governs: auxiliaries, articles, adverbs of time.
SKIPPED = {
    "be", "been", "being", "was", "were", "is", "are", "had", "has", "have", "yet", "ever", "immediately",
    "also", "fully", "initially", "one", "body", "thing", "any", "the", "a", "an", "its", "their", "his", "her",
    "to", "of", "in", "on", "at", "for", "by", "with", "from", "that", "this", "longer", "more", "even", "quite",
    "always", "really", "necessarily", "actually", "entirely", "still", "exactly", "completely", "totally",
    "officially", "publicly",
}
#: Words after which the cue reaches one word further: "not considered suspicious", "no
#: plans to change".
PASS_ON = {"considered", "expected", "believed", "thought", "seen", "likely", "clear", "able", "allowed",
           "plan", "plans", "sign", "signs", "reason", "evidence", "indication"}
#: Words of ``PASS_ON`` that pass a denial on only to the verb of an infinitive after them
#: ("not expected to attend", "no plans to separate"), and to none of that verb's objects.
#: ("Considered", "believed" and "thought" also take what they judge directly: "not
#: considered suspicious".)
INFINITIVE_TAKERS = frozenset({"expected", "likely", "able", "allowed", "plan", "plans"})
#: Nouns that take a whole statement: in "no evidence the derailment was sabotage" what is
#: denied is "sabotage", not the derailment, which is only its subject.
PROPOSITIONS = {"sign", "signs", "reason", "evidence", "indication", "indications", "suggestion", "proof"}
_FINITE = {"was", "were", "is", "are", "had", "has", "have", "would", "could", "will", "might", "may", "did"}


@dataclass(frozen=True)
class Scope:
    """A cue and the words it governs."""

    start: int
    end: int
    keys: tuple[tuple[int, int], ...]  # spans of the governed words
    cue: str
    clause_end: int = 0  # where the cue's clause ends: nothing in it is stated plainly


def words(text: str) -> list[re.Match]:
    return list(TOKEN.finditer(text))


@per_sentence(maxsize=65536)
def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(match.span() for match in re.finditer(r"\"[^\"]*\"|“[^”]*”", text))


def clause_around(text: str, position: int) -> tuple[int, int]:
    """The clause of ``text`` that holds ``position``: between clause breaks."""
    start = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, position):
        start = match.end()
    after = _CLAUSE_BREAK.search(text, position)
    return start, after.start() if after else len(text)


_CONDITION = re.compile(r"\b(?:if|unless|whether|asked)\b", re.IGNORECASE)


def conditional(text: str, position: int) -> bool:
    """True when the clause around ``position`` is a condition or a question ("if no bill
    is presented", "asked whether ..."): it states nothing."""
    start, end = clause_around(text, position)
    return bool(_CONDITION.search(text, start, end))


#: A name of several words that owns what follows it: "Abu Bakr al-Baghdadi's".
_NAME_OWNING = re.compile(r"[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|al-[\w-]+|bin|ibn|de|van|von))+['’]s\b")
#: Cues that deny one predicate of each of the alternatives they name.
_ALTERNATIVES = frozenset({"neither", "nor"})
#: Articles: a word after one is a noun ("an issue", not "issue a warning"), and inside a
#: name they are capitalised ("by The Hollywood Reporter") as no other small word is.
_ARTICLES = frozenset({"the", "a", "an"})
_ARTICLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_ARTICLES)) + r")\s+$", re.IGNORECASE)
#: Words before "'s" that own nothing: "why not—it's internet gold", "not that's all".
_NOT_OWNERS = frozenset({"it", "that", "there", "here", "he", "she", "what", "who", "where", "let", "this", "one"})


def scopes(
    text: str,
    cue_length: Callable[[list[re.Match], int], int],
    limit: Callable[[str], int],
    skip_quoted: bool,
    pass_on: set[str] = PASS_ON,
    noun_phrase: Callable[[str], bool] = lambda cue: False,
    takes: Callable[[str, str], bool] = lambda cue, word: True,
) -> tuple[Scope, ...]:
    """Every cue in ``text`` with the words it governs.

    ``cue_length(words, index)`` says how many words a cue starting at ``words[index]``
    has (0: none there); ``limit(cue)`` how many content words it governs. A cue for which
    ``noun_phrase(cue)`` holds governs one noun phrase ("no joint statement", not "no
    problems with other batches"); ``takes(cue, word)`` says which words it can govern.
    Cues in conditions and questions are left out.
    """
    tokens = words(text)
    quoted = quoted_spans(text)
    clause_break = _CLAUSE_BREAK if skip_quoted else _CLAUSE_BREAK_IN_QUOTES
    found = []
    index = 0
    while index < len(tokens):
        length = cue_length(tokens, index)
        if not length or (skip_quoted and any(start <= tokens[index].start() < end for start, end in quoted)):
            index += 1
            continue
        if conditional(text, tokens[index].start()):
            index += length
            continue
        cue_end = tokens[index + length - 1].end()
        cue = text[tokens[index].start(): cue_end].lower()
        allowed = limit(cue)
        keys: list[tuple[int, int]] = []
        statement = False  # past the subject of a statement: "no sign [KFC] will really be selling"
        passed_over = False  # a word the cue cannot govern: its clause is under way
        owner_end = -1  # the end of a name that owns what the cue governs
        for token in tokens[index + length:]:
            if clause_break.search(text[cue_end: token.start()]) or len(keys) >= allowed:
                break
            lowered = token.group().lower()
            if lowered in CLAUSE_WORDS and (keys or passed_over):
                break  # "no one went to help him because they knew he had been punished": not the punishment
            if lowered in SKIPPED or lowered in FUNCTION_WORDS or len(lowered) < 3:
                if keys and noun_phrase(cue) and not statement and text[keys[-1][0]:keys[-1][1]].lower() not in pass_on:
                    break  # the noun phrase has ended
                continue
            if not takes(cue, lowered):
                passed_over = True
                continue
            if noun_phrase(cue) and token.group()[:1].isupper() and _modifies_next(tokens, token, text):
                continue  # "no Real Madrid official": the name says which official; the official is denied
            if cue in _ALTERNATIVES and token.group()[:1].isupper():
                continue  # "neither Bale nor DiCaprio had begun talks": the talks are denied, not the actors
            if statement and lowered.endswith("ly"):
                continue  # "will really be selling": the adverb is not what is denied
            if keys and text[keys[-1][0]:keys[-1][1]].lower() in PROPOSITIONS and _subject_of_clause(tokens, token, text):
                statement = True
                allowed = len(keys) + 1  # what is denied is the statement's predicate
                continue  # "no evidence the derailment was sabotage": the derailment is not denied
            if keys and text[keys[-1][0]:keys[-1][1]].lower() in INFINITIVE_TAKERS:
                if not re.match(r"\W*to\b", text[keys[-1][1]:token.start()], re.IGNORECASE):
                    break  # "not allowed at the table": the leave is denied, not the table
                allowed = len(keys) + 1  # "no plans to separate passengers": the separating, not the passengers
            if token.group()[:1].isupper() and not keys and not title_cased(text):
                owner = _NAME_OWNING.match(text, token.start())
                if owner:
                    allowed += len(TOKEN.findall(owner.group())) - 1  # "not Abu Bakr al-Baghdadi's wife": the wife
                    owner_end = owner.end()
            # A light verb after an article is a noun: "not an issue that men ..." passes nothing on.
            passes_on = lowered in pass_on and not _ARTICLE_BEFORE.search(text, max(0, token.start() - 5), token.start())
            owns = lowered.endswith(("'s", "’s")) and lowered[:-2] not in _NOT_OWNERS
            if owns and not keys:
                owner_end = token.end()  # "not al-Baghdadi's wife": the owner says whose; the wife is denied
            keys.append(token.span())
            if passes_on or owns:
                allowed += 1
        owned = [key for key in keys if key[0] >= owner_end]
        if owned:
            keys = owned  # the owner is named, not denied: "not Haddad's wife" denies the wife
        if keys:
            clause_end = clause_around(text, keys[-1][0])[1]
            for token in tokens:
                if keys[-1][1] <= token.start() < clause_end and token.group().lower() in ("and", "but", "while", "whereas"):
                    clause_end = token.start()  # "had not been ruled out and [...] was treating it as suspicious"
                    break
            found.append(Scope(tokens[index].start(), keys[-1][1], tuple(keys), cue, clause_end))
        index += length
    return tuple(found)


def _modifies_next(tokens: list[re.Match], token: re.Match, text: str) -> bool:
    """True when the words after ``token``, in the same clause, run on to a lower-case noun
    it modifies: "Real Madrid official", "NHL team"."""
    position = next(i for i, candidate in enumerate(tokens) if candidate.start() == token.start())
    previous = token
    for following in tokens[position + 1: position + 4]:
        if _CLAUSE_BREAK.search(text[previous.end(): following.start()]):
            return False
        word = following.group()
        if word[:1].isupper():
            previous = following
            continue  # the name goes on: "Real Madrid"
        return word.lower() not in FUNCTION_WORDS and word.lower() not in CLAUSE_WORDS and word.lower() not in _FINITE
    return False


def _subject_of_clause(tokens: list[re.Match], token: re.Match, text: str) -> bool:
    """True when ``token`` starts or ends a noun phrase followed by a verb of its own
    ("the derailment was", "the warehouse fire was")."""
    position = next(i for i, candidate in enumerate(tokens) if candidate.start() == token.start())
    previous = token
    for following in tokens[position + 1: position + 4]:
        if _CLAUSE_BREAK.search(text[previous.end(): following.start()]):
            return False
        word = following.group().lower()
        if word in _FINITE:
            return True
        if word in FUNCTION_WORDS or word in CLAUSE_WORDS:
            return False
        previous = following
    return False


#: Share of a sentence's longer words that start with a capital, from which the capitals
#: are its style (a headline in title case), not the mark of names.
TITLE_CASE_SHARE = 0.7


@per_sentence(maxsize=65536)
def title_cased(text: str) -> bool:
    """True for a headline written in title case ("Banksy Arrested In London; Identity
    Revealed") or in capitals, where a capital says nothing of a name: most of its longer
    words and a small word ("In", "Is", "Of") are capitalised, as names alone are not ("The
    New York Times said John Smith met Barack Obama"). The first word is left out: every
    sentence capitalises it. Acronyms ("US", "SO15") are no small words."""
    tokens = [match.group() for match in TOKEN.finditer(text)][1:]
    longer = [word for word in tokens if len(word) >= 4 and word[:1].isalpha()]
    if len(longer) < 3 or sum(word[:1].isupper() for word in longer) < TITLE_CASE_SHARE * len(longer):
        return False
    if all(word.isupper() for word in longer):
        return True  # "MACAULAY CULKIN IS NOT DEAD": in capitals throughout
    return any(
        word[:1].isupper() and word[1:].islower() and word.lower() in FUNCTION_WORDS
        and word.lower() not in _ARTICLES and word.lower() not in CALENDAR_WORDS  # "May 29", not "may"
        for word in tokens
    )


def inside(position: int, spans: Sequence[Scope]) -> bool:
    return any(scope.start <= position < max(scope.end, scope.clause_end) for scope in spans)


#: Words that report the same event without the same verb: "taken to hospital" says someone
#: was hurt; "detained" and "arrested" are one thing.
FAMILIES = {"hospit": "injure", "burn": "injure", "injur": "injure", "injuri": "injure", "hurt": "injure",
            "wound": "injure", "arrest": "arrest", "detain": "arrest", "kill": "die", "dead": "die",
            "death": "die", "die": "die"}


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int
    stem: str
    name_like: bool  # capitalised inside the sentence: matched whole, not by stem


@per_sentence(maxsize=65536)
def _plain_words(text: str) -> tuple[_Word, ...]:
    """The words ``text`` states itself: content words outside quotations, conditions and
    questions."""
    quoted = quoted_spans(text)
    capitals_mark_names = not title_cased(text)
    found = []
    for match in words(text):
        lowered = match.group().lower()
        if lowered in FUNCTION_WORDS or len(lowered) < 3:
            continue
        if any(start <= match.start() < end for start, end in quoted) or conditional(text, match.start()):
            continue
        name_like = capitals_mark_names and match.group()[:1].isupper() and match.start() > 0
        found.append(_Word(lowered, match.start(), match.end(), stem(lowered), name_like))
    return tuple(found)


def stated(word: str, text: str, exclude: Sequence[Scope]) -> tuple[int, int] | None:
    """Where ``text`` itself says ``word`` (or a word of its family): outside the
    ``exclude`` scopes, quotations, conditions and questions.

    Names match whole ("Legionella" is not "Legionnaires'"); other words by stem.
    """
    key = stem(word)
    family = FAMILIES.get(key, "")
    whole = word.lower().rstrip("'’s")
    for candidate in _plain_words(text):
        if inside(candidate.start, exclude):
            continue
        if word[:1].isupper() or candidate.name_like:
            if candidate.name_like and not word[:1].isupper():
                continue  # "no state agency" says nothing of the Islamic State
            if candidate.text.rstrip("'’s") == whole:
                return candidate.start, candidate.end
            continue
        if candidate.stem == key and one_word(word, candidate.text):
            return candidate.start, candidate.end
        if family and FAMILIES.get(candidate.stem) == family:
            return candidate.start, candidate.end
    return None


#: Endings that inflect or derive a word without changing what it names.
_ENDINGS = {"s", "es", "d", "ed", "ing", "ings", "ion", "ions", "ation", "ations", "ment", "ments", "al", "ally", "ly",
            "ure", "ures", "ity", "ive", "ise", "ised", "ize", "ized", "ising", "izing", "ies", "ied", "ying", "ance",
            "ence", "ant", "ent"}


def one_word(first: str, second: str) -> bool:
    """True when two words of one stem are forms of one word: what follows their common
    beginning is an ending on both sides ("derail", "derailment"; "cancel", "cancelled";
    "injury", "injuries"). "Ransom" and "ransomware", "nationality" and "nationwide",
    "explosion" and "explosives" share a beginning, not a meaning."""
    first, second = first.lower().replace("’", "'"), second.lower().replace("’", "'")
    common = 0
    for x, y in zip(first, second):
        if x != y:
            break
        common += 1
    root = first[:common]

    def is_ending(rest: str) -> bool:
        if rest[:1] and rest[:1] == root[-1:]:
            rest = rest[1:]  # "cancel", "cancelled"
        return rest in ("", "e", "y") or rest in _ENDINGS or rest[:1] in ("e", "y") and rest[1:] in _ENDINGS

    return len(root) >= 3 and is_ending(first[common:]) and is_ending(second[common:])


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def names_in_clause(text: str, position: int) -> set[str]:
    """Capitalised words of the clause around ``position``, days, months and the word that
    starts the sentence left out."""
    if title_cased(text):
        return set()  # a headline's capitals name nothing
    start, end = clause_around(text, position)
    first_word = TOKEN.search(text)
    found = set()
    for match in _CAPITALISED.finditer(text, start, end):
        if first_word and match.start() == first_word.start():
            continue  # "Two delegations", "Diplomats said": capitalised by the sentence
        word = match.group().lower().replace("’", "'").removesuffix("'s")
        if word not in FUNCTION_WORDS and word not in CALENDAR_WORDS:
            found.add(word)
    return found


#: Nouns that name someone by their tie to another: "an aide to al-Baghdadi", "the
#: minister's wife", "the right-hand man of the leader".
_TIES = (
    r"aides?|wife|wives|husband|sons?|daughters?|children|child|brothers?|sisters?|father|mother|family|"
    r"nephew|niece|cousin|spokes(?:man|woman|person)|deputy|deputies|lawyers?|attorneys?|bodyguards?|"
    r"driver|advis[eo]rs?|assistants?|lieutenants?|associates?|right-hand\s+man|girlfriend|boyfriend|friends?"
)
_TIED_BEFORE = re.compile(rf"\b(?:{_TIES})\s+(?:to|of)\s+(?:[\w'’.()-]+\s+){{0,10}}?(?:[a-z]+-)?$", re.IGNORECASE)
_TIED_AFTER = re.compile(rf"^['’]s?(?:\s+(?:[\w-]+\s+){{0,2}}?(?:{_TIES})\b|\s*[.,;:!?\"”]|\s*$)", re.IGNORECASE)


def _named_as_a_tie(text: str, start: int, end: int, name: str) -> bool:
    """Every mention of ``name`` in text[start:end] names someone else by their tie to it
    ("an aide to Abu Bakr al-Baghdadi", "Baghdadi's wife", "the child is not Baghdadi's")."""
    mentions = [match for match in _CAPITALISED.finditer(text, start, end)
                if match.group().lower().replace("’", "'").removesuffix("'s") == name]

    def tied(match: re.Match) -> bool:
        # The whole name ends where its capitalised words stop.
        name_end = match.end()
        for following in _CAPITALISED.finditer(text, name_end):
            if text[name_end:following.start()].strip(" -") or following.start() - name_end > 2:
                break
            name_end = following.end()
        owner_end = name_end - 2 if text[name_end - 2:name_end] in ("'s", "’s") else name_end
        return bool(_TIED_BEFORE.search(text[max(0, match.start() - 100):match.start()])
                    or _TIED_AFTER.match(text[owner_end:owner_end + 40]))
    return bool(mentions) and all(tied(match) for match in mentions)


def same_names(text_a: str, position_a: int, text_b: str, position_b: int) -> bool:
    """False when both clauses name things and none is the same: "no statement on Ukraine"
    is not contradicted by "a statement on the Israel-Iran conflict"; nor is "al-Baghdadi
    has not been killed" by "an aide to al-Baghdadi was killed", where the one name shared
    stands, in one clause only, for someone tied to the other's."""
    names_a, names_b = names_in_clause(text_a, position_a), names_in_clause(text_b, position_b)
    if not names_a or not names_b:
        return True
    shared = names_a & names_b
    clause_a, clause_b = clause_around(text_a, position_a), clause_around(text_b, position_b)
    return any(
        _named_as_a_tie(text_a, *clause_a, name) == _named_as_a_tie(text_b, *clause_b, name) for name in shared
    )


def span_finding(
    kind: str, a: Sentence, b: Sentence, conflict: tuple[tuple[int, int], tuple[int, int]], score: float, severity: str,
    note: str = "",
) -> Finding:
    """A finding on the two spans of ``conflict``, explained by the clause around each."""
    (start_a, end_a), (start_b, end_b) = conflict
    explanation = f"{a.source} says '{phrase(a.text, start_a, end_a)}'; {b.source} says '{phrase(b.text, start_b, end_b)}'"
    return Finding(
        kind=kind, score=round(score, 3), severity=severity,
        a_value=a.text[start_a:end_a], b_value=b.text[start_b:end_b],
        a_spans=((start_a, end_a),), b_spans=((start_b, end_b),),
        explanation=explanation + (f": {note}" if note else ""),
    )


#: Where a quoted phrase stops: clause punctuation, dashes, bullets.
_PHRASE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d)|[;:!?()\"“”]|(?<![A-Za-z]\.[A-Za-z])\.(?=\s|$)|\s[-–—]+\s|[-–—]{2,}|^\s*[-–—•*]+\s|\s[-–—•*]+$"
)
#: Words that open a new clause: a quoted phrase neither starts before nor runs past them.
_PHRASE_CLAUSE_WORDS = (CLAUSE_WORDS - {"as"}) | {"that", "after", "before", "since", "until", "said", "says", "told"}
_HAS_WORD = re.compile(r"[^\W_]")
#: Words a quoted phrase does not end on: they need the word after them.
_NEEDS_MORE = set(
    """a an the of to in on at by for with from into onto about as than and or but nor was were is are be been
    being has have had its their his her our your my this these those very more most less such ever yet also
    still already just then now not never""".split()
)


def phrase(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with the words of its clause that complete it, as a reader
    would quote it: at most eight words before and six after, never across a clause
    break or a clause word ("and", "which", "said"), no stray dashes or bullets, and not
    ending on a word that needs another ("with minor", "and was").

    "was taken to hospital with minor burns, the railway said" -> "was taken to hospital
    with minor burns".
    """
    before = [w for w in _PHRASE_BREAK.split(text[:start])[-1].split() if _HAS_WORD.search(w)]
    for index in range(len(before) - 1, -1, -1):
        if before[index].lower() in _PHRASE_CLAUSE_WORDS:
            before = before[index + 1:]
            break
    before = before[-8:]
    after = []
    for word in _PHRASE_BREAK.split(text[end:])[0].split():
        if not _HAS_WORD.search(word) or word.lower() in _PHRASE_CLAUSE_WORDS or len(after) >= 6:
            break
        after.append(word)
    while after and after[-1].lower() in _NEEDS_MORE:
        after.pop()
    return " ".join([*before, text[start:end].strip(), *after]).strip()


def first_contradiction(
    scopes_a: Sequence[Scope], scopes_b: Sequence[Scope], text_a: str, text_b: str,
    usable: Callable[[Scope], bool] = lambda scope: True,
    accept: Callable[[Scope, str, str, tuple[int, int]], bool] = lambda scope, own_text, other_text, where: True,
    weak: set[str] = PASS_ON,
    unstated: tuple[Sequence[Scope], Sequence[Scope]] = ((), ()),
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first scope of either sentence whose governed word the other states outside its
    own scopes, as (span in a, span in b); ``accept(scope, own_text, other_text, where)`` may refuse
    a match. Governed words in ``weak`` ("considered", "received") only lead to what they
    govern and match nothing themselves: "did not produce lava flows" is not contradicted
    by "could produce further explosions". ``unstated`` gives, for each sentence, further
    scopes whose words it does not state as fact (a plan, a failed attempt)."""
    for own, own_text, other_text, other_scopes, flipped in (
        (scopes_a, text_a, text_b, (*scopes_b, *unstated[1]), False),
        (scopes_b, text_b, text_a, (*scopes_a, *unstated[0]), True),
    ):
        headline = title_cased(own_text)
        for scope in own:
            if not usable(scope):
                continue
            for key_start, key_end in scope.keys:
                word = own_text[key_start:key_end]
                if headline:
                    word = word.lower()  # "Banksy Has Not Been Arrested": the capital is the headline's
                if word.lower() in weak:
                    continue
                where = stated(word, other_text, other_scopes)
                if where and same_names(own_text, key_start, other_text, where[0]) and accept(scope, own_text, other_text, where):
                    span = (scope.start, scope.end)
                    return (where, span) if flipped else (span, where)
    return None
