"""The reports of examples/ match the committed golden files byte for byte."""

import pytest

from tests.golden import FILES, GOLDEN, render_examples

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def rendered(real_embedder):
    return render_examples(real_embedder)


@pytest.mark.parametrize("name", sorted(FILES))
def test_golden_report_of_examples(rendered, name):
    expected = (GOLDEN / FILES[name]).read_bytes().decode("utf-8")
    assert rendered[name] == expected, f"{FILES[name]} differs; after an intended change run `make golden` and review the diff"
