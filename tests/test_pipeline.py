from consistency.pipeline import CheckSettings, check_documents
from consistency.records import Document

FIRE_A = (
    "A fire broke out on the 12th floor of Kestrel Tower on Tuesday. "
    "The alarm was raised at 9:10 a.m. by a guard in the tower. "
    "About 900 workers were evacuated from the tower and two neighbouring blocks by U.S. firefighters."
)
FIRE_B = (
    "A fire broke out on the 14th floor of Kestrel Tower on Tuesday morning. "
    "A guard in the tower raised the alarm at 9:40 a.m. that day. "
    "Some 900 workers were evacuated from the tower and two nearby blocks by firefighters."
)
FIRE_COPY = FIRE_A.replace("neighbouring", "neighboring").replace("U.S.", "US")
COUNCIL = (
    "The council voted to spend 12 million dollars on cycle lanes. "
    "Work on 14 new routes starts in June after the vote."
)


def documents():
    return [
        Document("herald", "Harbour Herald", FIRE_A),
        Document("courier", "Daily Courier", FIRE_B),
        Document("post", "Northern Post", FIRE_COPY),
        Document("metro", "Metro Times", COUNCIL),
    ]


def test_pipeline_reports_floor_and_time_between_outlets(fake_embedder):
    report = check_documents(documents(), embedder=fake_embedder)
    found = {(d.finding.kind, d.finding.a_value, d.finding.b_value, d.pair.a.source, d.pair.b.source) for d in report.discrepancies}
    assert ("number", "12th", "14th", "Harbour Herald", "Daily Courier") in found
    assert ("time", "9:10 a.m.", "9:40 a.m.", "Harbour Herald", "Daily Courier") in found


def test_pipeline_never_flags_a_copy_or_an_unrelated_story(fake_embedder):
    report = check_documents(documents(), embedder=fake_embedder)
    pairs = {(d.pair.a.doc_id, d.pair.b.doc_id) for d in report.discrepancies}
    assert ("herald", "post") not in pairs
    assert not any("metro" in pair for pair in pairs)
    stories = {summary.document.id: summary.story for summary in report.documents}
    assert stories["metro"] != stories["herald"] == stories["courier"] == stories["post"]


def test_pipeline_orders_most_severe_first_and_counts_sentences(fake_embedder):
    report = check_documents(documents(), embedder=fake_embedder)
    ranks = [("high", "medium", "low").index(d.finding.severity) for d in report.discrepancies]
    assert ranks == sorted(ranks)
    assert [s.n_sentences for s in report.documents] == [3, 3, 3, 2]


def test_pipeline_alignments_are_listed_only_on_request(fake_embedder):
    assert check_documents(documents(), embedder=fake_embedder).alignments == ()
    report = check_documents(documents(), CheckSettings(include_alignments=True), embedder=fake_embedder)
    relations = {(p.a.doc_id, p.b.doc_id, p.relation) for p in report.alignments}
    assert {("herald", "post", "identical"), ("herald", "post", "copy-variant")} <= relations


def test_pipeline_runs_only_the_chosen_comparators(fake_embedder):
    report = check_documents(documents(), CheckSettings(comparators=("time",)), embedder=fake_embedder)
    assert {d.finding.kind for d in report.discrepancies} == {"time"}


def test_pipeline_claims_gather_each_outlets_version_of_a_statement(fake_embedder):
    report = check_documents(documents(), embedder=fake_embedder)
    floor = next(d for d in report.discrepancies if d.finding.kind == "number")
    claim = next(c for c in report.claims if c.id == floor.claim)
    versions = {(s.doc_id, s.index) for s in claim.sentences}
    assert {("herald", 0), ("courier", 0)} <= versions
    seen = [(s.doc_id, s.index) for c in report.claims for s in c.sentences]
    assert len(seen) == len(set(seen))  # a sentence states one claim
    assert all(len({s.doc_id for s in c.sentences}) >= 2 for c in report.claims)
    assert not any("metro" == s.doc_id for c in report.claims for s in c.sentences)


def test_pipeline_a_copy_with_an_edited_figure_is_still_flagged_once(fake_embedder):
    edited = FIRE_COPY.replace("12th floor", "13th floor")
    documents_with_edit = [
        Document("herald", "Harbour Herald", FIRE_A),
        Document("post", "Northern Post", edited),
    ]
    report = check_documents(documents_with_edit, embedder=fake_embedder)
    assert report.documents[1].document.copy_of == "herald"
    assert [(d.finding.a_value, d.finding.b_value) for d in report.discrepancies] == [("12th", "13th")]


def test_pipeline_compares_what_a_later_version_of_a_wire_story_adds_with_the_other_outlets(fake_embedder):
    # The update repeats the first version and adds a toll: the toll is the update's own
    # and conflicts with the other outlet's; what it repeats is compared once.
    update = FIRE_COPY + " Two workers were taken to hospital with burns."
    other = FIRE_B + " Five workers were taken to hospital with burns."
    report = check_documents([
        Document("herald", "Harbour Herald", FIRE_A),
        Document("post", "Northern Post", update),
        Document("courier", "Daily Courier", other),
    ], embedder=fake_embedder)
    assert report.documents[1].document.copy_of == "herald"
    found = {(d.pair.a.doc_id, d.pair.b.doc_id, d.finding.a_value, d.finding.b_value) for d in report.discrepancies}
    assert ("post", "courier", "Two", "Five") in found
    assert not any(a == "post" and value == "12th" for a, _, value, _ in found)  # the repeated floor: through the original


#: Set by the test before the workers fork: where they note their process ids, and the
#: comparing function they stand in for.
_NOTED = {}


def _compare_one_and_note_the_process(pair, documents, chosen):
    import os

    with open(_NOTED["pids"], "a", encoding="utf-8") as pids:
        pids.write(f"{os.getpid()}\n")
    return _NOTED["compare_one"](pair, documents, chosen)


def test_pairs_compared_in_worker_processes_give_the_same_findings_in_the_same_order(fake_embedder, monkeypatch, tmp_path):
    import os

    import consistency.pipeline as pipeline
    from consistency.report import report_to_json

    outlets = [("herald", FIRE_A), ("courier", FIRE_B), ("tribune", FIRE_B.replace("14th", "15th").replace("9:40", "9:50")),
               ("ledger", FIRE_A.replace("900", "1,200"))]
    corpus = [Document(doc_id, doc_id.title(), text) for doc_id, text in outlets]
    here = report_to_json(check_documents(corpus, CheckSettings(compare_processes=1), embedder=fake_embedder))
    monkeypatch.setattr(pipeline, "PAIRS_FOR_PROCESSES", 1)
    monkeypatch.setattr(pipeline, "_PAIRS_PER_TASK", 2)
    _NOTED.update(pids=str(tmp_path / "pids"), compare_one=pipeline._compare_one)
    monkeypatch.setattr(pipeline, "_compare_one", _compare_one_and_note_the_process)
    in_workers = report_to_json(check_documents(corpus, CheckSettings(compare_processes=2), embedder=fake_embedder))
    assert in_workers == here and '"kind": "number"' in here
    pids = set((tmp_path / "pids").read_text(encoding="utf-8").split())
    assert pids and str(os.getpid()) not in pids  # compared in other processes


def test_a_later_version_that_adds_a_figure_to_a_sentence_tells_something_of_its_own():
    from consistency.copies import fresh_sentences
    from consistency.records import Sentence

    def sentences(doc_id, *texts):
        return [Sentence(doc_id, doc_id, index, text, 0, len(text)) for index, text in enumerate(texts)]

    first = sentences("first", "The blast ripped through the building at 5 a.m. local time, shattering the night.",
                      "Rescue workers said the toll from the blast stood at 49 on Monday evening, police said.")
    later = sentences("later", "The blast ripped through the building at 5 a.m. local time (10 p.m. EDT Sunday), shattering the night.",
                      "Rescue workers said the toll from the blast stood at 60 on Monday evening, police said.")
    # The hour in EDT is the later version's own; the changed toll is the outlet's own update.
    assert fresh_sentences(later, first) == {0}
