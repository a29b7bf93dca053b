"""The templated corpus of ``benchmarks/templated_corpus.py``: what it generates, not how
well the checker does on it (that is the benchmark's job, with the real model)."""

import re

from benchmarks.templated_corpus import (
    CHANGED_SHARE, OUTLETS, PARTS_PER_STORY, TruthPair, generate_corpus, locate, tell_stories,
)
from consistency.copies import find_copies
from consistency.sentences import split_sentences


def stated_value(text: str, part: int) -> int:
    """The value a generated sentence states: its one number besides the part number."""
    numbers = [int(number.replace(",", "")) for number in re.findall(r"\d[\d,]*\d|\d", text)]
    numbers.remove(part)
    (value,) = numbers
    return value


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another():
    assert generate_corpus(stories=3, seed=4) == generate_corpus(stories=3, seed=4)
    assert generate_corpus(stories=3, seed=4)[0] != generate_corpus(stories=3, seed=5)[0]


def test_a_fifth_of_the_values_each_outlet_states_are_changed_clearly():
    for story in tell_stories(stories=12, seed=3):
        changed = [
            (told, true)
            for values in story.told_values
            for told, true in zip(values, story.true_values)
            if told != true
        ]
        assert len(changed) == CHANGED_SHARE * len(OUTLETS) * PARTS_PER_STORY
        # 15-40% off, give or take rounding on small values such as floors.
        assert all(0.1 <= abs(told - true) / true <= 0.45 for told, true in changed)


def test_truth_pairs_are_exactly_the_outlets_that_state_different_values_for_a_part():
    documents, truth = generate_corpus(stories=4, seed=2)
    stated = {}
    for document in documents:
        sentences = split_sentences(document)
        assert len(sentences) == PARTS_PER_STORY  # one sentence per part, as the scoring assumes
        for sentence in sentences:
            story, outlet, part = locate(sentence)
            stated[story, outlet, part] = stated_value(sentence.text, part)
    expected = {
        TruthPair(story, part, first, second)
        for (story, first, part), value in stated.items()
        for second in range(first + 1, len(OUTLETS))
        if stated[story, second, part] != value
    }
    assert truth == expected
    assert 0 < len(truth) < 4 * PARTS_PER_STORY * 6


def test_outlets_word_the_story_differently_so_none_is_taken_for_a_syndicated_copy():
    documents, _ = generate_corpus(stories=12, seed=1)
    sentences = {document.id: split_sentences(document) for document in documents}
    assert find_copies(documents, sentences) == {}
    texts = {sentence.text for document_sentences in sentences.values() for sentence in document_sentences}
    assert len(texts) == len(documents) * PARTS_PER_STORY, "no sentence is repeated word for word"
