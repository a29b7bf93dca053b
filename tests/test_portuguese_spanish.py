"""Portuguese and Spanish outlets: their numbers, times and dates are read through an
English reading, their negation and modality through their own cue words, and a
Portuguese report is compared with an English one value for value.

Articles here were written for these tests; the facts are made up.
"""

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.embedding import DEFAULT_MODEL, MULTILINGUAL_MODEL, model_for
from consistency.evaluation import evaluate
from consistency.lang import english_reading

runner = CliRunner()
REPO = Path(__file__).resolve().parent.parent


def _write(folder, name, source, body, published="2024-05-07"):
    (folder / name).write_text(f"---\nsource: {source}\npublished: {published}\n---\n{body}\n", encoding="utf-8")


def _findings(folder, *options):
    result = runner.invoke(app, ["check", str(folder), "--quiet", "--format", "json", "--no-cache", *options])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    # Each finding as (kind, {value, value}): which outlet comes first is corpus order.
    return report, [(d["kind"], frozenset((d["a"]["value"], d["b"]["value"]))) for d in report["discrepancies"]]


def test_portuguese_reading_writes_values_in_english_and_maps_them_back():
    text = "Pelo menos 1.500 pessoas morreram às 10h13 de segunda-feira (6), e 2,5 mil ficaram feridas."
    reading = english_reading(text, "pt", dt.date(2024, 5, 7))
    assert reading.english == "At least 1,500 people died at 10:13 a.m. on Monday, May 6, and 2.5 thousand were injured."
    start = reading.english.index("1,500")
    assert text[slice(*reading.to_original(start, start + len("1,500")))] == "1.500"
    start = reading.english.index("10:13 a.m.")
    assert text[slice(*reading.to_original(start, start + len("10:13 a.m.")))] == "às 10h13"


def test_spanish_reading_tells_mexican_thousands_from_spanish_decimals():
    reading = english_reading("Hubo 1,500 heridos en México y 2,5 millones de euros en pérdidas en Valencia.", "es")
    assert "1,500 injured" in reading.english and "2.5 million euros" in reading.english


def test_an_ordinal_is_not_taken_for_a_weekday_nor_according_to_for_second():
    reading = english_reading("Ele passou na segunda tentativa, segundo a federação; foi o segundo ouro.", "pt")
    assert reading.english == "Ele passou na second tentativa, according to a federação; foi o second ouro."


def test_the_model_is_multilingual_as_soon_as_a_document_is_in_portuguese_or_spanish():
    assert model_for(None, ["en", "en"]) == DEFAULT_MODEL
    assert model_for(None, ["en", "pt"]) == MULTILINGUAL_MODEL
    assert model_for(None, ["es"]) == MULTILINGUAL_MODEL
    assert model_for(None, ["en", "fr"]) == DEFAULT_MODEL  # French is read but not compared
    assert model_for("all-MiniLM-L6-v2", ["pt"]) == DEFAULT_MODEL  # the user's choice stands


@pytest.mark.model
def test_two_brazilian_papers_disagreeing_on_toll_time_and_sirens_are_flagged(tmp_path):
    _write(tmp_path, "folha.txt", "Folha do Vale",
           "O desabamento do prédio no centro de Belo Horizonte deixou 80 mortos, segundo a Defesa Civil. "
           "O prédio de 12 andares caiu às 10h13 de domingo. As sirenes de alerta não tocaram antes do desabamento.")
    _write(tmp_path, "correio.txt", "Correio Serrano",
           "O desabamento do prédio no centro de Belo Horizonte deixou 95 mortos, informou a Defesa Civil. "
           "O prédio de 12 andares caiu às 10h40 de domingo. As sirenes de alerta tocaram antes do desabamento.")
    report, found = _findings(tmp_path)
    assert report["model"] == "use-multilingual-v3"
    assert ("number", frozenset({"80", "95"})) in found
    assert ("time", frozenset({"às 10h13", "às 10h40"})) in found
    assert ("negation", frozenset({"não", "tocaram"})) in found
    # "no centro" is "in the centre": no English rule reads the Portuguese "no" as a denial.
    assert len(found) == 3


@pytest.mark.model
def test_an_english_wire_and_a_portuguese_paper_are_compared_value_for_value(tmp_path):
    _write(tmp_path, "wire.txt", "Atlantic Wire",
           "The Guaiba river in Porto Alegre reached 5.33 metres at 10:13 a.m. on Monday, the civil defence agency said. "
           "More than 1,500 people were rescued by boat in the flooded districts of the city.", published="2024-05-06")
    _write(tmp_path, "correio.txt", "Correio Serrano",
           "O rio Guaíba, em Porto Alegre, chegou a 5,35 metros às 10h31 desta segunda-feira (6), segundo a Defesa Civil. "
           "Mais de 1.500 pessoas foram resgatadas de barco nos bairros alagados da cidade.", published="2024-05-06")
    report, found = _findings(tmp_path)
    assert len({document["story"] for document in report["documents"]}) == 1
    # "More than 1,500" and "Mais de 1.500" are one number in two styles: not a finding.
    assert sorted(found) == [("number", frozenset({"5.33 metres", "5,35 metros"})), ("time", frozenset({"10:13 a.m.", "às 10h31"}))]


@pytest.mark.model
@pytest.mark.parametrize(
    ("folder", "recall", "precision"),
    # Measured: eval-pt 0.77 / 0.87, eval-es 0.80 / 0.90, eval-en-pt 0.60 / 0.92 (there
    # numbers 9/17, dates 8/10 and times 5/7 found; every finding on a labelled pair is one of those).
    # The bars are 0.7 / 0.8 on the first two and precision 0.8 across languages.
    [("eval-pt", 0.7, 0.8), ("eval-es", 0.7, 0.8), ("eval-en-pt", 0.5, 0.8)],
)
def test_labelled_portuguese_spanish_and_cross_language_sets_stay_above_their_bars(folder, recall, precision):
    result = evaluate(REPO / folder)  # no model named: the multilingual one, chosen by language
    assert result.overall.recall >= recall
    assert result.overall.precision >= precision


def test_race_times_marks_and_abbreviated_scales_read_as_their_amounts():
    reading = english_reading("Kipchoge correu em 2h01min39s, Bolt fez 9s58, ela saltou 2,35m e o lucro foi de R$ 1,5 bi.", "pt")
    assert reading.english == (
        "Kipchoge correu in 7,299 seconds, Bolt fez 9.58 seconds, ela saltou 2.35 m and o lucro foi de R$1.5 billion."
    )


@pytest.mark.model
def test_a_corpus_read_story_by_story_switches_to_the_multilingual_model_when_portuguese_turns_up(tmp_path):
    from consistency.pipeline import CheckSettings, check_paths

    articles = tmp_path / "articles"
    articles.mkdir()
    _write(articles, "a-wire.txt", "Atlantic Wire",
           "The Guaiba river in Porto Alegre reached 5.33 metres at 10:13 a.m. on Monday, the civil defence agency said.",
           published="2024-05-06")
    _write(articles, "b-correio.txt", "Correio Serrano",
           "O rio Guaíba, em Porto Alegre, chegou a 5,35 metros às 10h31 desta segunda-feira (6), segundo a Defesa Civil.",
           published="2024-05-06")
    # The English article is read first; the Portuguese one makes the run start again.
    # Standard input is handed over as the CLI hands it, though only "-" would read it.
    report = check_paths([str(articles)], CheckSettings(cache_dir=str(tmp_path / "cache"), story_by_story_from_bytes=0),
                         stdin=io.StringIO(""))
    assert report.model == "use-multilingual-v3"
    assert sorted(d.finding.kind for d in report.discrepancies) == ["number", "time"]


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        ("O número de mortos em decorrência das chuvas no litoral norte subiu para 48, informou o governo estadual.",
         "As chuvas no litoral norte já deixaram 44 mortos, segundo o governo do estado.", {"48", "44"}),
        ("O Flamengo venceu o Palmeiras por 2 a 1 neste domingo no Maracanã.",
         "O Flamengo derrotou o Palmeiras por 3 a 1 no Maracanã neste domingo.", {"por 2 a 1", "por 3 a 1"}),
        ("O terremoto de magnitude 6,8 atingiu a região às 23h11 de sexta-feira.",
         "O tremor, de magnitude 6,9, foi registrado às 23h11 de sexta.", {"6,8", "6,9"}),
        ("El River ganó la final por 3 a 1 en el Bernabéu.", "River se impuso en la final por 2 a 1 en el Bernabéu.",
         {"por 3 a 1", "por 2 a 1"}),
    ],
)
def test_brazilian_and_spanish_tolls_scores_and_magnitudes_that_differ_are_one_finding(text_a, text_b, values):
    from consistency.pipeline import CheckSettings, compare_statements

    result = compare_statements(text_a, text_b, CheckSettings(cache_dir=""), similarity=0.75)
    assert [(d.finding.kind, {d.finding.a_value, d.finding.b_value}) for d in result.discrepancies] == [("number", values)]


def test_times_in_two_named_zones_are_two_clocks_and_compound_number_words_are_numbers():
    from consistency.pipeline import CheckSettings, compare_statements

    result = compare_statements("El partido comenzó a las 16.30 hora argentina ante 62.282 espectadores.",
                                "El partido arrancó a las 20.30 hora peninsular española ante 62.282 espectadores.",
                                CheckSettings(cache_dir=""), similarity=0.75)
    assert result.discrepancies == ()  # 16:30 in Buenos Aires is 20:30 in Madrid
    assert "thirty-three workers" in english_reading("Salieron los treinta y tres trabajadores.", "es").english
    assert "thirty-three" in english_reading("Eram trinta e três mineiros.", "pt").english
