"""Annotated data sets in `../shared/eval`, read into one shape: documents with gold spans.

Each reader returns `EvalSet`: documents (an id, the text the extractor reads, gold spans as
character offsets with kg's type names) and how kg's types fold onto the set's labels.
Token-level sets (SciERC, SciREX) are joined with single spaces, so token spans become
character spans of that text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.training import iob_to_biluo
from spacy.training.iob_utils import tags_to_entities

Span = tuple[int, int, str]

TDMSCI_TYPES = {"TASK": "Task", "DATASET": "Dataset", "METRIC": "Metric"}
SCI_TYPES = {"Method": "Method", "Material": "Dataset", "Metric": "Metric", "Task": "Task"}


@dataclass
class EvalDoc:
    """One scored unit: a sentence (TDMSci), an abstract (SciERC) or a paper (SciREX)."""

    id: str
    text: str
    gold: list[Span]


@dataclass
class EvalSet:
    """Documents, the types scored, and how kg's own types map onto them."""

    name: str
    docs: list[EvalDoc]
    types: tuple[str, ...]
    fold: dict[str, str] = field(default_factory=dict)  # kg type → scored type ("Model" → "Method")
    paper_level: bool = False
    # the set's Dataset label also covers data described without a name ("Japanese text"),
    # which kg marks apart from concepts (doc.spans["kg_data"])
    unnamed_data: bool = False


def _join_tokens(words: list[str]) -> tuple[str, list[int]]:
    """Text of words joined by spaces, and each word's start offset."""
    starts, offset = [], 0
    for word in words:
        starts.append(offset)
        offset += len(word) + 1
    return " ".join(words), starts


def _token_span(words, starts, start: int, end: int, label: str) -> Span:
    """Character span of tokens start..end (end exclusive)."""
    return (starts[start], starts[end - 1] + len(words[end - 1]), label)


def _bio_spans(words: list[str], labels: list[str], starts: list[int]) -> list[Span]:
    """Typed character spans of a sentence's BIO labels ("B-TASK", "I-TASK", "O"), read by
    spaCy's own IOB utilities (an "I-" without its "B-" starts a span, as CoNLL files have)."""
    return [_token_span(words, starts, first, last + 1, TDMSCI_TYPES[label])
            for label, first, last in tags_to_entities(iob_to_biluo(labels))]


def _read_tdmsci_conll(path: Path, name: str) -> EvalSet:
    """TDMSci's CoNLL file: a word, its offset and its BIO label per line, blank between
    sentences; each sentence's words are joined by single spaces."""
    docs = []
    blocks = path.read_text(encoding="utf-8").strip().split("\n\n")
    for number, block in enumerate(blocks, start=1):
        rows = [line.split("\t") for line in block.splitlines() if line.strip()]
        words, labels = [r[0] for r in rows], [r[-1] for r in rows]
        text, starts = _join_tokens(words)
        docs.append(EvalDoc(f"sentence {number}", text, _bio_spans(words, labels, starts)))
    return EvalSet(name, docs, ("Task", "Dataset", "Metric"))


def read_tdmsci(root: Path, split: str = "test") -> EvalSet:
    """TDMSci's brat test split (one sentence per line, character offsets into test.txt), or
    its CoNLL train split (allowed for tuning)."""
    if split == "train":
        return _read_tdmsci_conll(root / "conllFormat" / "train_1500_v2.conll", "TDMSci train")
    if split != "test":
        raise ValueError("TDMSci has a train and a test split")
    text = (root / "eval_brat" / "test" / "test.txt").read_text(encoding="utf-8")
    gold: list[Span] = []
    for line in (root / "eval_brat" / "test" / "test.ann").read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            label, start, end = line.split("\t")[1].split(" ")[:3]
            gold.append((int(start), int(end), TDMSCI_TYPES[label]))
    docs, offset = [], 0
    for number, sentence in enumerate(text.split("\n"), start=1):
        end = offset + len(sentence)
        spans = [(s - offset, e - offset, t) for s, e, t in gold if offset <= s and e <= end]
        if sentence.strip():
            docs.append(EvalDoc(f"line {number}", sentence, spans))
        offset = end + 1
    return EvalSet("TDMSci test", docs, ("Task", "Dataset", "Metric"))


def read_scierc(root: Path, split: str = "test") -> EvalSet:
    """SciERC abstracts (json, inclusive token ends); Generic and OtherScientificTerm unscored."""
    docs = []
    for line in (root / "json" / f"{split}.json").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        words = [w for sentence in record["sentences"] for w in sentence]
        text, starts = _join_tokens(words)
        gold = [_token_span(words, starts, s, e + 1, SCI_TYPES[label])
                for sentence in record["ner"] for s, e, label in sentence if label in SCI_TYPES]
        docs.append(EvalDoc(record["doc_key"], text, gold))
    return EvalSet(f"SciERC {split}", docs, ("Method", "Dataset", "Metric", "Task"),
                   fold={"Model": "Method"}, paper_level=True, unnamed_data=True)


def _scirex_records(root: Path, split: str) -> Iterator[dict]:
    if split == "dev":
        with (root / "data_with_citances" / "dev.jsonl").open(encoding="utf-8") as lines:
            yield from map(json.loads, lines)
    elif split == "train":
        for path in sorted((root / "docs" / "train_docs").glob("*.json")):
            yield json.loads(path.read_text(encoding="utf-8"))
    else:
        raise ValueError("SciREX has train and dev here; its test split is not available")


def read_scirex(root: Path, split: str = "dev", limit: int | None = None) -> EvalSet:
    """SciREX full papers (exclusive token ends), every mention in every section."""
    docs = []
    for record in _scirex_records(root, split):
        words = record["words"]
        text, starts = _join_tokens(words)
        gold = [_token_span(words, starts, s, e, SCI_TYPES[label])
                for s, e, label in record["ner"] if label in SCI_TYPES]
        docs.append(EvalDoc(record["doc_id"], text, gold))
        if limit and len(docs) == limit:
            break
    return EvalSet(f"SciREX {split}", docs, ("Method", "Dataset", "Metric", "Task"),
                   fold={"Model": "Method"})


READERS = {"tdmsci": (read_tdmsci, "test"), "scierc": (read_scierc, "test"),
           "scirex": (read_scirex, "dev")}


def read_set(name: str, eval_root: Path, split: str | None = None) -> EvalSet:
    """The named set ("tdmsci", "scierc", "scirex") from eval_root."""
    if name not in READERS:
        raise ValueError(f"unknown data set {name!r}; known: {', '.join(READERS)}")
    if not (eval_root / name).is_dir():
        raise FileNotFoundError(f"no folder {eval_root / name}: --eval-dir names the folder "
                                "that holds tdmsci/, scierc/ and scirex/")
    reader, default_split = READERS[name]
    return reader(eval_root / name, split or default_split)
