"""Memoised reading of single sentences.

The comparators parse each sentence's numbers, dates, quotes, names and cues once, however
many pairs it is in. Within one story the same sentences come back again and again; once
a story is done they never do, so a corpus checked story by story forgets them after each
story (``forget_sentences``) and memory follows the largest story, not the corpus.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, TypeVar

Function = TypeVar("Function", bound=Callable)

_memos: list = []


def per_sentence(maxsize: int = 65536) -> Callable[[Function], Function]:
    """``functools.lru_cache`` for a pure function of sentence text, forgotten on request."""

    def wrap(function: Function) -> Function:
        memo = lru_cache(maxsize=maxsize)(function)
        _memos.append(memo)
        return memo  # type: ignore[return-value]

    return wrap


def forget_sentences() -> None:
    """Drop every memoised sentence reading; the next reading parses afresh."""
    for memo in _memos:
        memo.cache_clear()
