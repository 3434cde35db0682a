"""Graph: papers and concepts assembled into a networkx MultiDiGraph.

Nodes are papers (`kind="Paper"`) and concepts (`kind="Concept"`). A paper points at each of
its concepts with one typed edge (`PROPOSES`, `USES`, `EVALUATES_ON`, `MEASURES`,
`ADDRESSES`) that carries the evidence sentence and mention count; concepts named by the same
papers are joined by `CO_OCCURS` edges weighted by the number of those papers. The edge key is
the relationship type, so `G.edges(keys=True)` reads like Cypher's `(p)-[:USES]->(c)`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict
from itertools import combinations

import networkx as nx

from kg.model import Concept, Paper, PaperConcept, Sighting
from kg.resolve import edge_type


def paper_attributes(paper: Paper) -> dict:
    """What a Paper node holds: everything but the abstract, which stays in the input."""
    return {
        "kind": "Paper",
        "title": paper.title,
        "arxiv_id": paper.arxiv_id,
        "date": paper.date,
        "n_authors": paper.n_authors,
        "upvotes": paper.upvotes,
        "authors": list(paper.authors),
        "categories": list(paper.categories),
        "code_links": list(paper.code_links),
        "seen_on": [asdict(s) for s in paper.seen_on],
    }


def concept_attributes(concept: Concept) -> dict:
    """What a Concept node holds."""
    return {"kind": "Concept", "name": concept.name, "type": concept.type,
            "aliases": list(concept.aliases)}


def add_sightings(graph: nx.MultiDiGraph, paper_id: str, sightings: Iterable[Sighting]) -> None:
    """Remember more pages a paper was seen on (a paper repeated across daily pages)."""
    seen = graph.nodes[paper_id]["seen_on"]
    for sighting in sightings:
        if asdict(sighting) not in seen:
            seen.append(asdict(sighting))


def _paper_edges(concepts: list[PaperConcept], resolve: Callable[[str], Concept]) -> dict:
    """One edge per distinct corpus concept of a paper, merging what resolved together."""
    edges: dict[str, dict] = {}
    for found in concepts:
        concept = resolve(found.keys[0])
        edge = edges.get(concept.id)
        if edge is None:
            edges[concept.id] = {"concept": concept, "role": found.role, "count": found.count,
                                 "evidence": found.evidence}
        else:
            edge["count"] += found.count
            edge["role"] = "proposed" if "proposed" in (edge["role"], found.role) else "used"
    return edges


def assemble(
    papers: Iterable[tuple[Paper, list[PaperConcept]]],
    concepts: dict[str, Concept],
    canonical_key: Callable[[str], str],
) -> nx.MultiDiGraph:
    """The knowledge graph of papers and their resolved concepts."""
    graph = nx.MultiDiGraph()
    pairs: Counter = Counter()
    for paper, found in papers:
        graph.add_node(paper.id, **paper_attributes(paper))
        edges = _paper_edges(found, lambda key: concepts[canonical_key(key)])
        for concept_id, edge in edges.items():
            concept = edge.pop("concept")
            if concept_id not in graph:
                graph.add_node(concept_id, **concept_attributes(concept))
            relation = edge_type(concept.type, edge["role"])
            graph.add_edge(paper.id, concept_id, key=relation, type=relation, **edge)
        pairs.update(combinations(sorted(edges), 2))
    for (a, b), papers_together in sorted(pairs.items()):
        graph.add_edge(a, b, key="CO_OCCURS", type="CO_OCCURS", weight=papers_together)
    concepts_seen = {n for n, d in graph.nodes(data=True) if d["kind"] == "Concept"}
    for node, data in graph.nodes(data=True):
        if node in concepts_seen:
            data["papers"] = sum(1 for p in graph.predecessors(node) if p not in concepts_seen)
    return graph


def edge_counts(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Number of edges per relationship type."""
    return dict(sorted(Counter(key for _, _, key in graph.edges(keys=True)).items()))


def concept_counts(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Number of concept nodes per concept type."""
    kinds = Counter(d["type"] for _, d in graph.nodes(data=True) if d["kind"] == "Concept")
    return dict(sorted(kinds.items()))
