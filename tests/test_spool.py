"""Records set aside on disk come back complete and in the order the report needs."""

import gc
import json
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from consistency.ranking import rank_key, rank_key_bytes
from consistency.records import SEVERITIES, AlignedPair, Discrepancy, Finding, Note, Sentence
from consistency.report import report_json_pieces, report_to_dict
from consistency.spool import Spool, int_key
from tests.hand_built_report import hand_built_report

DOC_IDS = st.text(alphabet=st.sampled_from(["a", "b", "\x00", "\x01", "é", "\U0001f600", "\ud800", "Z"]), max_size=4)
SPANS = st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=3).map(tuple)
SCORES = st.sampled_from([0.0, -0.0, 0.25, 0.5, 0.9, 1.0, 0.1 + 0.2])


@st.composite
def discrepancies(draw) -> Discrepancy:
    def sentence() -> Sentence:
        return Sentence(draw(DOC_IDS), "Outlet", draw(st.integers(0, 2**40)), "text", 0, 4)

    pair = AlignedPair(sentence(), sentence(), draw(st.sampled_from([-0.5, 0.0, 0.61, 0.6100001, 1.0])), "related")
    finding = Finding(
        draw(st.sampled_from(["number", "date", "quote"])), draw(SCORES), draw(st.sampled_from(SEVERITIES)),
        "x", "y", draw(SPANS), draw(SPANS), "why",
    )
    return Discrepancy("d", pair, finding, pair_score=draw(SCORES))


@given(st.lists(discrepancies(), max_size=12))
def test_ranking_on_disk_orders_discrepancies_as_ranking_in_memory_does(found):
    in_memory = sorted(found, key=rank_key)
    on_disk = sorted(found, key=rank_key_bytes)
    assert [rank_key(d) for d in on_disk] == [rank_key(d) for d in in_memory]


def test_a_spooled_table_reads_back_in_key_order_in_slices_and_by_position():
    spool = Spool()
    spool.add_many("numbers", [(int_key(n), {"n": n}) for n in (5, -3, 12, 0, 7)])
    numbers = spool.sequence("numbers")
    assert [record["n"] for record in numbers] == [-3, 0, 5, 7, 12]
    assert len(numbers) == 5
    assert [record["n"] for record in numbers[1:3]] == [0, 5]
    assert numbers[-1] == {"n": 12} and numbers[0] == {"n": -3}
    assert list(spool.sequence("never-written")) == [] and len(spool.sequence("never-written")) == 0


def test_the_spool_file_is_removed_once_nothing_reads_it():
    spool = Spool()
    spool.add("numbers", int_key(1), "one")
    numbers = spool.sequence("numbers")
    folder = spool.folder
    del spool
    gc.collect()
    assert folder.exists() and list(numbers) == ["one"], "a sequence read from the spool keeps it"
    del numbers
    gc.collect()
    assert not folder.exists()


def test_the_json_report_written_piece_by_piece_is_the_json_of_the_whole_report():
    report = hand_built_report()
    report = replace(
        report, notes=(Note("examples/a.txt", 'a "quoted" note\nover two lines'),), alignments=(report.discrepancies[0].pair,)
    )
    assert report.discrepancies and report.claims and report.alignments
    for include_alignments in (False, True):
        expected = json.dumps(report_to_dict(report, include_alignments), ensure_ascii=False, indent=2) + "\n"
        assert "".join(report_json_pieces(report, include_alignments)) == expected
    empty = json.loads("".join(report_json_pieces(type(report)((), (), ()), True)))
    assert empty["documents"] == empty["discrepancies"] == empty["alignments"] == []
