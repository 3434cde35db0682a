"""Graph: typed paper→concept edges with evidence, co-occurrence weights, repeated papers."""

from __future__ import annotations

from kg.graph import add_sightings, assemble, concept_counts, edge_counts
from kg.model import Paper, PaperConcept, Sighting
from kg.resolve import Resolver


def _pc(name, kind, role="used", count=1):
    from kg.extract.lexicon import name_key

    return PaperConcept(name=name, type=kind, aliases=[], role=role, count=count,
                        evidence=f"We use {name}.", keys=[name_key(name)])


def _graph():
    a = Paper(id="a", title="Paper A", abstract="...", seen_on=[Sighting("p1", "2025-01-01", 1)])
    b = Paper(id="b", title="Paper B", abstract="...")
    found = {
        "a": [_pc("FooNet", "Model", "proposed", 2), _pc("GSM8K", "Dataset"),
              _pc("accuracy", "Metric")],
        "b": [_pc("FooNet", "Model"), _pc("GSM8K", "Dataset", count=3),
              _pc("question answering", "Task")],
    }
    resolver = Resolver()
    for concepts in found.values():
        resolver.add(concepts)
    graph = assemble([(a, found["a"]), (b, found["b"])], resolver.concepts(),
                     resolver.canonical_key)
    return graph


def test_edges_are_typed_with_evidence_and_counts():
    graph = _graph()
    assert graph["a"]["concept:foonet"]["PROPOSES"]["count"] == 2
    assert graph["b"]["concept:foonet"]["USES"]["evidence"] == "We use FooNet."
    assert graph["b"]["concept:gsm8k"]["EVALUATES_ON"]["count"] == 3
    assert "MEASURES" in graph["a"]["concept:accuracy"]
    assert "ADDRESSES" in graph["b"]["concept:questionanswering"]
    assert edge_counts(graph) == {"ADDRESSES": 1, "CO_OCCURS": 5, "EVALUATES_ON": 2,
                                  "MEASURES": 1, "PROPOSES": 1, "USES": 1}
    assert concept_counts(graph) == {"Dataset": 1, "Metric": 1, "Model": 1, "Task": 1}


def test_co_occurrence_weight_is_number_of_papers():
    graph = _graph()
    assert graph["concept:foonet"]["concept:gsm8k"]["CO_OCCURS"]["weight"] == 2
    assert graph["concept:accuracy"]["concept:foonet"]["CO_OCCURS"]["weight"] == 1
    assert graph.nodes["concept:gsm8k"]["papers"] == 2


def test_repeated_paper_remembers_every_page():
    graph = _graph()
    add_sightings(graph, "a", [Sighting("p2", "2025-01-02", 7), Sighting("p1", "2025-01-01", 1)])
    assert [s["source"] for s in graph.nodes["a"]["seen_on"]] == ["p1", "p2"]
