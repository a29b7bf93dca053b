"""Documents in languages the comparators do not read (French, German ...) are listed,
never compared with English rules; Portuguese and Spanish are read (test_portuguese_spanish.py)."""

import json

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.language import detect_language
from consistency.loaders import parse_text_article

runner = CliRunner()

# Written for these tests; the facts are made up.
PORTUGUESE_A = (
    "Pelo menos 80 pessoas morreram no desabamento de um prédio residencial no centro da cidade, segundo o Corpo de "
    "Bombeiros. O prédio de 12 andares caiu às 10h13 de domingo, e as equipes de resgate não encontraram sobreviventes. "
    "O governador não comentou o caso."
)
PORTUGUESE_B = (
    "O desabamento do prédio no centro deixou 95 mortos, segundo a Defesa Civil. A estrutura de 14 andares caiu às 10h40 "
    "de domingo. Nenhum sobrevivente foi encontrado nos escombros e o prefeito disse que não houve aviso."
)
FRENCH_A = (
    "Au moins 80 personnes sont mortes dans l'effondrement d'un immeuble du centre-ville, selon les pompiers. "
    "L'immeuble de 12 étages s'est effondré dimanche à 10 h 13 et les secours n'ont trouvé aucun survivant."
)
FRENCH_B = (
    "L'effondrement de l'immeuble a fait 95 morts, selon la protection civile. La structure de 14 étages est tombée "
    "dimanche à 10 h 40. Aucun survivant n'a été retrouvé et le maire a dit qu'il n'y avait pas eu d'alerte."
)
GERMAN = (
    "Mindestens 80 Menschen starben beim Einsturz eines Wohnhauses in der Innenstadt, teilte die Feuerwehr mit. "
    "Das zwölfstöckige Gebäude stürzte am Sonntag um 10.13 Uhr ein, und es gab keine Warnung, sagte der Bürgermeister."
)
SPANISH = (
    "Al menos 80 personas murieron en el derrumbe de un edificio residencial en el centro de la ciudad, según los "
    "bomberos. El edificio de 12 pisos cayó a las 10.13 del domingo y no hubo aviso previo, dijo el alcalde."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (PORTUGUESE_A, "pt"),
        (SPANISH, "es"),
        (FRENCH_A, "fr"),
        (GERMAN, "de"),
        ("At least 80 people died when a building collapsed in the city centre, firefighters said.", "en"),
        ("Kim Jong Un", "en"),  # names alone: too little to say, taken as English
        ("No comment.", "en"),
    ],
)
def test_languages_are_detected_and_short_english_is_not_misread(text, language):
    assert detect_language(text) == language


def _write(folder, name, source, body):
    path = folder / name
    path.write_text(f"---\nsource: {source}\n---\n{body}\n", encoding="utf-8")
    return path


def test_languages_folder_of_other_languages_gives_no_finding_and_lists_every_document(tmp_path):
    _write(tmp_path, "monde.txt", "Le Monde", FRENCH_A)
    _write(tmp_path, "figaro.txt", "Figaro", FRENCH_B)
    _write(tmp_path, "zeit.txt", "Zeit", GERMAN)
    result = runner.invoke(app, ["check", str(tmp_path), "--model", "fake", "--quiet", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["discrepancies"] == []
    listed = {d["source"]: (d["language"], d["compared"]) for d in report["documents"]}
    assert listed == {"Le Monde": ("fr", False), "Figaro": ("fr", False), "Zeit": ("de", False)}
    assert (
        "3 documents were read but not compared (French 2, German 1): the comparators read English, Portuguese and "
        "Spanish only" in result.stderr
    )


def test_languages_inspect_says_which_documents_are_not_compared_and_why(tmp_path):
    _write(tmp_path, "monde.txt", "Le Monde", FRENCH_A)
    _write(tmp_path, "folha.txt", "Folha", PORTUGUESE_A)
    _write(tmp_path, "wire.txt", "Wire", "At least 80 people died when a building collapsed in the city centre, firefighters said.")
    result = runner.invoke(app, ["inspect", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    documents = {d["source"]: d for d in json.loads(result.stdout)["documents"]}
    assert documents["Le Monde"]["compared"] is False
    assert documents["Le Monde"]["why_not_compared"] == "in French; the comparators read English, Portuguese and Spanish only"
    assert (documents["Folha"]["language"], documents["Folha"]["compared"]) == ("pt", True)
    assert (documents["Wire"]["language"], documents["Wire"]["compared"], documents["Wire"]["why_not_compared"]) == ("en", True, None)


def test_languages_an_article_in_another_language_is_read_not_dropped_as_an_ad():
    [document] = parse_text_article("folha.txt", PORTUGUESE_A, "folha").documents
    assert document.text == PORTUGUESE_A


def test_languages_a_short_ad_in_another_language_on_an_english_page_is_still_furniture():
    page = (
        "Tower fire leaves three dead\n\n"
        "A fire broke out on the 14th floor of Kestrel Tower on Tuesday, and three people died.\n"
        "¡Compra ahora! Envío gratis en todos los pedidos de hoy.\n"
        "The alarm was raised at 9:40 a.m. by a guard on the ground floor.\n"
    )
    [document] = parse_text_article("page.txt", page, "page").documents
    assert "Compra" not in document.text and "The alarm was raised" in document.text


def test_languages_summary_counts_documents_read_but_not_compared(tmp_path):
    _write(tmp_path, "monde.txt", "Le Monde", FRENCH_A)
    _write(tmp_path, "a.txt", "Wire", "At least 80 people died when a building collapsed in the city centre, firefighters said.")
    _write(tmp_path, "b.txt", "Post", "At least 95 people died when a building collapsed in the city centre, firefighters said.")
    result = runner.invoke(app, ["check", str(tmp_path), "--model", "fake", "--quiet", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    documents_line = next(line for line in result.stdout.splitlines() if line.startswith("- **Documents:**"))
    assert documents_line.endswith("; 1 read but not compared (language)")
