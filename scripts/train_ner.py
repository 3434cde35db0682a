"""Train kg's small NER component on Apache-2.0 annotations, reproducibly.

    .venv/bin/python scripts/train_ner.py [--eval-dir ../shared/eval] [--out kg/extract/model]

Training data (both Apache-2.0; see ../shared/eval/*/SOURCE.md): TDMSci train
(`conllFormat/train_1500_v2.conll`: Task, Dataset, Metric) and SciREX train
(`docs/train_docs`: Method, Task, Metric, Material→Dataset), of which only the first
`--sentences-per-paper` sentences of each paper (title, abstract, introduction) are used, as
kg reads abstracts. One tenth of each set, chosen by position, is held out as the dev set that
picks the best checkpoint. No test split is read. The result (config, tok2vec and ner weights,
a few MB) goes to `--out`; with the same inputs, seed and spaCy version it is rebuilt the same.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import spacy
from spacy.cli.train import train
from spacy.tokens import Doc, DocBin, Span
from spacy.training import iob_to_biluo
from spacy.training.iob_utils import tags_to_entities
from spacy.util import filter_spans

ROOT = Path(__file__).resolve().parents[1]
TDMSCI = {"TASK": "Task", "DATASET": "Dataset", "METRIC": "Metric"}
SCIREX = {"Method": "Method", "Task": "Task", "Metric": "Metric", "Material": "Dataset"}


def tdmsci_docs(vocab, path: Path):
    """TDMSci CoNLL sentences as Docs with entities."""
    words, tags = [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            token, _, tag = line.split("\t")
            words.append(token)
            tags.append(tag)
            continue
        if words:
            doc = Doc(vocab, words=words)
            doc.ents = filter_spans([Span(doc, first, last + 1, TDMSCI[label])
                                     for label, first, last
                                     in tags_to_entities(iob_to_biluo(tags))])
            yield doc
        words, tags = [], []


def scirex_docs(vocab, folder: Path, sentences_per_paper: int):
    """The first sentences of each SciREX train paper as Docs with entities."""
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        words = record["words"]
        for start, end in record["sentences"][:sentences_per_paper]:
            doc = Doc(vocab, words=words[start:end])
            spans = [Span(doc, s - start, e - start, SCIREX[label])
                     for s, e, label in record["ner"]
                     if start <= s and e <= end and label in SCIREX]
            doc.ents = filter_spans(spans)
            yield doc


def split(docs: list[Doc]) -> tuple[list[Doc], list[Doc]]:
    """Every tenth document to dev, the rest to train."""
    return ([d for i, d in enumerate(docs) if i % 10],
            [d for i, d in enumerate(docs) if not i % 10])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--out", type=Path, default=ROOT / "kg" / "extract" / "model")
    parser.add_argument("--sentences-per-paper", type=int, default=40)
    parser.add_argument("--max-steps", type=int, default=None)
    args = parser.parse_args()
    vocab = spacy.blank("en").vocab
    train_docs, dev_docs = [], []
    for docs in (list(tdmsci_docs(vocab, args.eval_dir / "tdmsci" / "conllFormat" /
                                  "train_1500_v2.conll")),
                 list(scirex_docs(vocab, args.eval_dir / "scirex" / "docs" / "train_docs",
                                  args.sentences_per_paper))):
        train_part, dev_part = split(docs)
        train_docs += train_part
        dev_docs += dev_part
    print(f"{len(train_docs)} training and {len(dev_docs)} dev sentences")
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        DocBin(docs=train_docs).to_disk(work / "train.spacy")
        DocBin(docs=dev_docs).to_disk(work / "dev.spacy")
        overrides = {"paths.train": str(work / "train.spacy"),
                     "paths.dev": str(work / "dev.spacy")}
        if args.max_steps:
            overrides["training.max_steps"] = args.max_steps
        train(ROOT / "scripts" / "ner" / "config.cfg", work / "output", overrides=overrides)
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(work / "output" / "model-best", args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"wrote {args.out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
