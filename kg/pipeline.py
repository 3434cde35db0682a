"""The whole flow as one call: ingest → extract → resolve → graph → files and views.

This is the Python API the CLI is a thin layer over; a notebook calls it the same way:

    >>> import kg
    >>> summary = kg.build(["pages/2025-04-20.txt"], out="out")  # doctest: +SKIP
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import networkx as nx
from spacy.language import Language

from kg import export, views
from kg.extract import extract_mentions, load_pipeline
from kg.extract.lexicon import Entry, known_names
from kg.graph import add_sightings, assemble, concept_counts, edge_counts
from kg.ingest import Columns, read_papers
from kg.model import BuildSummary, Paper, PaperConcept, Rejection, Sighting
from kg.resolve import Resolver, paper_concepts

OUTPUT_FILES = (export.GRAPH_JSON, export.GRAPHML, export.PAPERS, export.CONCEPTS, "index.html",
                "overview.html", "views/")


def accepted_papers(
    items: Iterable[Paper | Rejection],
    summary: BuildSummary,
    repeats: dict[str, list[Sighting]],
    on_rejection: Callable[[Rejection], None] | None = None,
) -> Iterator[Paper]:
    """Count and pass on each distinct paper; repeats only add where they were seen."""
    seen: set[str] = set()
    for item in items:
        summary.read += 1
        if isinstance(item, Rejection):
            summary.rejected += 1
            summary.rejections.append(item)
            if on_rejection:
                on_rejection(item)
            continue
        summary.accepted += 1
        if item.id in seen:
            summary.repeated += 1
            repeats[item.id].extend(item.seen_on)
            continue
        seen.add(item.id)
        yield item


def analyse(
    nlp: Language, papers: Iterable[Paper], known: dict[str, Entry], batch_size: int = 64,
    all_concepts: bool = False,
) -> Iterator[tuple[Paper, list[PaperConcept]]]:
    """Each paper with the concepts it names, resolved within the paper: the salient ones, or
    every one with all_concepts."""
    for paper, mentions, abbreviations in extract_mentions(nlp, papers, batch_size=batch_size):
        found = paper_concepts(mentions, abbreviations, known, title_end=len(paper.title))
        yield paper, [c for c in found if all_concepts or c.salient]


def build_graph(
    inputs: Iterable[Path | str],
    fmt: str | None = None,
    columns: Columns = Columns(),
    model: str | None = None,
    lexicons: Iterable[str] = (),
    all_concepts: bool = False,
    progress: Callable[[Iterable], Iterable] | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
) -> tuple[nx.MultiDiGraph, BuildSummary]:
    """Read the inputs and return the concept graph with a summary of what was read."""
    started = time.perf_counter()
    summary = BuildSummary()
    lexicons = list(lexicons)
    nlp = load_pipeline(model, lexicons)
    repeats: dict[str, list[Sighting]] = defaultdict(list)
    papers = accepted_papers(read_papers(inputs, fmt, columns), summary, repeats, on_rejection)
    known = known_names(lexicons)
    resolver = Resolver(known)
    analysed = []
    for paper, found in (progress or iter)(analyse(nlp, papers, known,
                                                          all_concepts=all_concepts)):
        resolver.add(found)
        analysed.append((paper, found))
    graph = assemble(analysed, resolver.concepts(), resolver.canonical_key)
    for paper_id, sightings in repeats.items():
        add_sightings(graph, paper_id, sightings)
    summary.papers = len(analysed)
    summary.concepts_by_type = concept_counts(graph)
    summary.edges_by_type = edge_counts(graph)
    summary.seconds = time.perf_counter() - started
    return graph, summary


def write_outputs(graph: nx.MultiDiGraph, out: Path | str) -> list[Path]:
    """Write every output file of a build into out; return their paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    export.write_node_link(graph, out / export.GRAPH_JSON)
    export.write_graphml(graph, out / export.GRAPHML)
    export.write_papers(graph, out / export.PAPERS)
    export.write_concepts(graph, out / export.CONCEPTS)
    return [out / name for name in OUTPUT_FILES[:4]] + views.write_views(graph, out)


def build(inputs: Iterable[Path | str], out: Path | str, **options) -> BuildSummary:
    """Build the graph of the inputs and write it to out; see `build_graph` for the options."""
    graph, summary = build_graph(inputs, **options)
    started = time.perf_counter()
    write_outputs(graph, out)
    summary.seconds += time.perf_counter() - started
    return summary


def extract_records(
    nlp: Language, records: Iterable[Paper], lexicons: Iterable[str] = (), batch_size: int = 64,
    all_concepts: bool = False,
) -> Iterator[dict]:
    """`kg extract` records: per paper, its concepts as name, type, aliases and role."""
    for paper, found in analyse(nlp, records, known_names(lexicons), batch_size, all_concepts):
        yield {
            "id": paper.id,
            "concepts": [
                {"name": c.name, "type": c.type, "aliases": c.aliases, "role": c.role}
                for c in found
            ],
        }
