"""Alignment on the labelled set: how many labelled pairs survive alignment.

A divergent pair that alignment drops can never be reported, so recall of divergences is
the figure that matters; pairs per sentence says what the comparators then have to read.
Run: .venv/bin/python benchmarks/alignment_quality.py [--top-k 3] [--floor 0.3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from consistency.alignment import AlignmentSettings  # noqa: E402
from consistency.evaluation import aligned_label_share, load_eval_set, locate  # noqa: E402
from consistency.pipeline import CheckSettings, check_documents  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval", default=str(REPO / "eval"))
    parser.add_argument("--top-k", type=int, nargs="*", default=[AlignmentSettings().top_k])
    parser.add_argument("--floor", type=float, nargs="*", default=[AlignmentSettings().min_similarity])
    args = parser.parse_args()
    eval_set = load_eval_set(args.eval)
    from consistency.embedding import load_embedder
    from consistency.sentences import split_sentences

    embedder = load_embedder(None)
    sentences = [s for d in eval_set.documents for s in split_sentences(d)]
    for top_k in args.top_k:
        for floor in args.floor:
            settings = CheckSettings(alignment=AlignmentSettings(top_k=top_k, min_similarity=floor), include_alignments=True)
            report = check_documents(eval_set.documents, settings, embedder=embedder)
            kept, total = aligned_label_share(eval_set, sentences, report.alignments, "divergence")
            traps, trap_total = aligned_label_share(eval_set, sentences, report.alignments, "trap")
            stories = len({s.story for s in report.documents})
            claim_of = {(s.doc_id, s.index): claim.id for claim in report.claims for s in claim.sentences}
            together = located = 0
            for item in eval_set.labels:
                a, b = locate(item.a, item.story, sentences), locate(item.b, item.story, sentences)
                if a and b and item.kind != "copy":
                    located += 1
                    together += claim_of.get((a.doc_id, a.index), "a") == claim_of.get((b.doc_id, b.index), "b")
            print(
                f"top_k={top_k} floor={floor}: divergent pairs aligned {kept}/{total} = {kept / total:.3f}; "
                f"trap pairs aligned {traps}/{trap_total}; {len(report.alignments)} pairs for {len(sentences)} "
                f"sentences ({len(report.alignments) / len(sentences):.1f} per sentence); {stories} stories; "
                f"labelled pairs in one claim {together}/{located}; {len(report.claims)} claims"
            )


if __name__ == "__main__" and "--relations" not in sys.argv:
    main()


def relation_threshold(eval_folder: str = str(REPO / "eval")) -> None:
    """Where 'paraphrase' should begin: labelled pairs (one statement told twice, whether
    the versions agree or not) against the other aligned pairs, by cosine."""
    from consistency.embedding import load_embedder
    from consistency.evaluation import locate, pair_key
    from consistency.sentences import split_sentences

    eval_set = load_eval_set(eval_folder)
    sentences = [s for d in eval_set.documents for s in split_sentences(d)]
    report = check_documents(eval_set.documents, CheckSettings(include_alignments=True), embedder=load_embedder(None))
    labelled = set()
    for item in eval_set.labels:
        a, b = locate(item.a, item.story, sentences), locate(item.b, item.story, sentences)
        if a and b and item.kind != "copy":
            labelled.add(pair_key(a, b))
    scored = [(p.similarity, pair_key(p.a, p.b) in labelled) for p in report.alignments if p.relation in ("paraphrase", "related")]
    positives = sum(same for _, same in scored)
    print(f"{len(scored)} aligned pairs that are not copies, {positives} of them labelled as one statement")
    for threshold in (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
        above = [same for similarity, same in scored if similarity >= threshold]
        precision = sum(above) / max(1, len(above))
        recall = sum(above) / max(1, positives)
        print(f"  cosine >= {threshold}: precision {precision:.2f}, recall {recall:.2f}, "
              f"F1 {2 * precision * recall / max(1e-9, precision + recall):.2f}")


if __name__ == "__main__" and "--relations" in sys.argv:
    relation_threshold()
