"""Benchmark: kg's extraction speed as a ratio of the bare English pipeline's, in one run.

    .venv/bin/python scripts/bench_extract.py [--repeat 3] [--rounds 3]

Both pipelines read the same texts (the seed pages' titles and abstracts, repeated), in
alternating rounds so machine drift hits both; the best round of each is compared. "Bare" is
the English pipeline kg builds on with all its own components (tok2vec, tagger, parser,
attribute_ruler, lemmatizer, ner); kg drops ner and adds its three components. The goal is a
ratio of at least 0.8.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from kg.extract import DEFAULT_MODEL, load_pipeline
from kg.ingest import read_papers
from kg.model import Paper

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def words_per_second(nlp, texts: list[str]) -> float:
    """Words (tokens that are not space or punctuation) per second through nlp.pipe."""
    started = time.perf_counter()
    words = sum(sum(1 for t in doc if not (t.is_space or t.is_punct))
                for doc in nlp.pipe(texts, batch_size=64))
    return words / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="copies of the seed texts")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    papers = [p for p in read_papers(sorted(SEEDS.glob("*.txt"))) if isinstance(p, Paper)]
    texts = [p.text for p in papers] * args.repeat
    # The fair second reference: the same English components kg keeps, without kg's own.
    pipelines = {"bare": spacy.load(DEFAULT_MODEL),
                 "bare without ner": spacy.load(DEFAULT_MODEL, exclude=["ner"]),
                 "kg": load_pipeline()}
    for nlp in pipelines.values():
        words_per_second(nlp, texts[:50])  # warm up
    best = dict.fromkeys(pipelines, 0.0)
    for _ in range(args.rounds):
        for name, nlp in pipelines.items():
            best[name] = max(best[name], words_per_second(nlp, texts))
    print(f"{len(texts)} texts, best of {args.rounds} alternating rounds (words/s): "
          + ", ".join(f"{name} {rate:,.0f}" for name, rate in best.items()))
    print(f"ratio kg / bare = {best['kg'] / best['bare']:.2f}; "
          f"kg / bare without ner = {best['kg'] / best['bare without ner']:.2f}")


if __name__ == "__main__":
    main()
