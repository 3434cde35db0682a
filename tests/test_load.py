"""Load and query against the real Neo4j server that scripts/neo4j starts (no fake driver)."""

from __future__ import annotations

import pytest

from kg import load
from kg.extract.lexicon import name_key
from kg.graph import add_sightings, assemble
from kg.load import Connection, LoadError, load_graph, run_query
from kg.model import Paper, PaperConcept, Sighting
from kg.resolve import Resolver

pytestmark = pytest.mark.neo4j


def _pc(name, kind, role="used"):
    return PaperConcept(name=name, type=kind, aliases=[], role=role, count=1,
                        evidence=f"Evidence for {name}.", keys=[name_key(name)])


PAPERS = {
    "p1": ("2025-03-01", [_pc("FooNet", "Method", "proposed"), _pc("LoRA", "Method"),
                          _pc("GSM8K", "Dataset"), _pc("accuracy", "Metric"),
                          _pc("math reasoning", "Task")]),
    "p2": ("2025-03-01", [_pc("LoRA", "Method"), _pc("GSM8K", "Dataset"), _pc("MATH", "Dataset"),
                          _pc("accuracy", "Metric"), _pc("Llama 3", "Model")]),
    "p3": ("2025-04-01", [_pc("FooNet", "Method"), _pc("MATH", "Dataset"),
                          _pc("exact match", "Metric"), _pc("Llama 3", "Model"),
                          _pc("GPT-4", "Model")]),
    "p4": ("2025-04-01", [_pc("Llama 3", "Model"), _pc("NewBench", "Dataset", "proposed")]),
}


def small_graph(papers=PAPERS):
    resolver = Resolver()
    for _, found in papers.values():
        resolver.add(found)
    rows = [(Paper(id=pid, title=f"Title of {pid}", abstract="...",
                   seen_on=[Sighting("page.txt", day, 1)]), found)
            for pid, (day, found) in papers.items()]
    return assemble(rows, resolver.concepts(), resolver.canonical_key)


def snapshot(driver):
    """Every node and relationship with all properties, in a comparable form."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id")
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props "
        "ORDER BY a, t, b")
    return ([(r["id"], sorted(r["labels"]), r["props"]) for r in nodes],
            [(r["a"], r["t"], r["b"], r["props"]) for r in rels])


@pytest.fixture
def loaded(neo4j_connection, neo4j_driver):
    load_graph(small_graph(), neo4j_connection, batch_size=3)
    return neo4j_connection


def test_load_counts_labels_and_properties(neo4j_connection, neo4j_driver):
    summary = load_graph(small_graph(), neo4j_connection, batch_size=3)
    assert summary.rows == {"concepts": 10, "papers": 4, "mentions": 17}
    assert summary.nodes_created == 14
    nodes, rels = snapshot(neo4j_driver)
    labels = {node_id: labels for node_id, labels, _ in nodes}
    assert labels["concept:foonet"] == ["Concept", "Method"]
    assert labels["concept:gsm8k"] == ["Concept", "Dataset"]
    assert labels["p1"] == ["Paper"]
    types = {(a, t, b) for a, t, b, _ in rels}
    assert ("p1", "PROPOSES", "concept:foonet") in types
    assert ("p3", "USES", "concept:foonet") in types
    assert ("p2", "EVALUATES_ON", "concept:math") in types
    assert ("concept:gsm8k", "CO_OCCURS", "concept:lora") in types
    props = {(a, t, b): p for a, t, b, p in rels}
    assert props[("concept:gsm8k", "CO_OCCURS", "concept:lora")] == {"weight": 2}
    assert props[("p1", "PROPOSES", "concept:foonet")] == {
        "role": "proposed", "count": 1, "evidence": "Evidence for FooNet."}
    paper = dict((i, p) for i, _, p in nodes)["p1"]
    assert paper["first_seen"] == "2025-03-01"
    assert paper["seen_on"] == ["2025-03-01 page.txt #1"]


def test_loading_twice_changes_nothing(neo4j_connection, neo4j_driver):
    load_graph(small_graph(), neo4j_connection, batch_size=3)
    first = snapshot(neo4j_driver)
    again = load_graph(small_graph(), neo4j_connection, batch_size=2)
    assert again.nodes_created == 0 and again.relationships_created == 0
    assert snapshot(neo4j_driver) == first


def test_a_newer_build_merges_in(neo4j_connection, neo4j_driver):
    load_graph(small_graph(), neo4j_connection)
    newer = {"p2": ("2025-05-01", PAPERS["p2"][1]),
             "p5": ("2025-05-01", [_pc("LoRA", "Method"), _pc("GSM8K", "Dataset")])}
    graph = small_graph(newer)
    add_sightings(graph, "p2", [])
    load_graph(graph, neo4j_connection)
    nodes, rels = snapshot(neo4j_driver)
    papers = {i: p for i, labels, p in nodes if "Paper" in labels}
    assert sorted(papers) == ["p1", "p2", "p3", "p4", "p5"]
    assert papers["p2"]["seen_on"] == ["2025-03-01 page.txt #1", "2025-05-01 page.txt #1"]
    assert papers["p2"]["first_seen"] == "2025-03-01"
    weights = {(a, b): p["weight"] for a, t, b, p in rels if t == "CO_OCCURS"}
    assert weights[("concept:gsm8k", "concept:lora")] == 3  # p1, p2 and now p5
    concepts = {i: p for i, labels, p in nodes if "Concept" in labels}
    assert concepts["concept:lora"]["papers"] == 3


def test_values_are_parameters_not_query_text(neo4j_connection, neo4j_driver):
    evil = "x'}) DETACH DELETE n //\"; MATCH (n) DETACH DELETE n"
    papers = {"p1": ("2025-03-01", [_pc(evil, "Method"), _pc("GSM8K", "Dataset")])}
    load_graph(small_graph(papers), neo4j_connection)
    names = run_query(neo4j_connection, "co-occurring", {"name": "GSM8K"})
    assert names == [{"concept": evil, "type": "Method", "papers": 1}]
    assert run_query(neo4j_connection, "co-occurring", {"name": evil})[0]["concept"] == "GSM8K"


def test_clear_errors(neo4j_connection):
    unreachable = Connection("bolt://127.0.0.1:1", neo4j_connection.username,
                             neo4j_connection.password)
    with pytest.raises(LoadError, match="cannot reach Neo4j at bolt://127.0.0.1:1"):
        load.connect(unreachable)
    wrong = Connection(neo4j_connection.uri, neo4j_connection.username, "not-the-password")
    with pytest.raises(LoadError, match="wrong user name or password"):
        load.connect(wrong)
    missing = Connection(neo4j_connection.uri, neo4j_connection.username,
                         neo4j_connection.password, database="nosuchdb")
    with pytest.raises(LoadError, match="has no database 'nosuchdb'"):
        load.connect(missing)


QUERIES = [
    ("top-methods", {}, [{"method": "FooNet", "papers": 2}, {"method": "LoRA", "papers": 2}]),
    ("methods-on-dataset", {"dataset": "gsm8k"},
     [{"concept": "LoRA", "type": "Method", "papers": 2},
      {"concept": "FooNet", "type": "Method", "papers": 1},
      {"concept": "Llama 3", "type": "Model", "papers": 1}]),
    ("datasets-for-method", {"method": "LoRA"},
     [{"dataset": "GSM8K", "papers": 2}, {"dataset": "MATH", "papers": 1}]),
    ("metrics-for-method", {"method": "lora"}, [{"metric": "accuracy", "papers": 2}]),
    ("metrics-for-dataset", {"dataset": "MATH"},
     [{"metric": "accuracy", "papers": 1}, {"metric": "exact match", "papers": 1}]),
    ("models-on-dataset", {"dataset": "MATH"},
     [{"model": "Llama 3", "papers": 2, "example_papers": ["Title of p3", "Title of p2"]},
      {"model": "GPT-4", "papers": 1, "example_papers": ["Title of p3"]}]),
    ("papers-proposing", {"name": "FooNet"},
     [{"paper": "p1", "title": "Title of p1", "first_seen": "2025-03-01",
       "evidence": "Evidence for FooNet."}]),
    ("co-occurring", {"name": "GSM8K"},
     [{"concept": "LoRA", "type": "Method", "papers": 2},
      {"concept": "accuracy", "type": "Metric", "papers": 2},
      {"concept": "FooNet", "type": "Method", "papers": 1},
      {"concept": "Llama 3", "type": "Model", "papers": 1},
      {"concept": "MATH", "type": "Dataset", "papers": 1},
      {"concept": "math reasoning", "type": "Task", "papers": 1}]),
    ("shortest-path", {"from": "FooNet", "to": "GPT-4"},
     [{"steps": ["FooNet", "Title of p3", "GPT-4"], "hops": 2}]),
    ("similar-papers", {"paper": "p2"},
     [{"paper": "p1", "title": "Title of p1", "shared_concepts": 3,
       "concepts": ["GSM8K", "LoRA", "accuracy"]},
      {"paper": "p3", "title": "Title of p3", "shared_concepts": 2,
       "concepts": ["Llama 3", "MATH"]},
      {"paper": "p4", "title": "Title of p4", "shared_concepts": 1, "concepts": ["Llama 3"]}]),
    ("new-concepts", {},
     [{"concept": "NewBench", "type": "Dataset", "first_seen": "2025-04-01"},
      {"concept": "exact match", "type": "Metric", "first_seen": "2025-04-01"},
      {"concept": "GPT-4", "type": "Model", "first_seen": "2025-04-01"}]),
    ("concept-timeline", {"name": "Llama 3"},
     [{"month": "2025-03", "papers": 1}, {"month": "2025-04", "papers": 2}]),
    ("rising-datasets", {"since": "2025-04-01"},
     [{"dataset": "NewBench", "recent": 1, "before": 0, "rise": 1},
      {"dataset": "MATH", "recent": 1, "before": 1, "rise": 0}]),
    ("tasks-for-dataset", {"dataset": "GSM8K"}, [{"task": "math reasoning", "papers": 1}]),
]


@pytest.mark.parametrize(("name", "params", "expected"), QUERIES, ids=[q[0] for q in QUERIES])
def test_query_rows(loaded, name, params, expected):
    assert run_query(loaded, name, params) == expected


def test_search_concepts_uses_the_fulltext_index(loaded, neo4j_driver):
    neo4j_driver.execute_query("CALL db.awaitIndexes(60)")
    rows = run_query(loaded, "search-concepts", {"text": "foo*"})
    assert [r["concept"] for r in rows] == ["FooNet"]


def test_every_query_is_tested():
    assert {q[0] for q in QUERIES} | {"search-concepts"} == set(load.query_names())
    assert len(load.query_names()) >= 12
    for name in load.query_names():
        question, _ = load.query_header(name)
        assert "?" in question or question.startswith("Find")


def test_kg_load_and_query_commands(tmp_path, neo4j_connection, neo4j_driver, monkeypatch,
                                    capsys):
    import json

    from kg.cli import main
    from kg.export import write_node_link

    for key, value in (("NEO4J_URI", neo4j_connection.uri),
                       ("NEO4J_USERNAME", neo4j_connection.username),
                       ("NEO4J_PASSWORD", neo4j_connection.password),
                       ("NEO4J_DATABASE", neo4j_connection.database)):
        monkeypatch.setenv(key, value)
    write_node_link(small_graph(), tmp_path / "graph.json")
    assert main(["load", str(tmp_path), "--batch-size", "5"]) == 0
    out = capsys.readouterr().out
    assert "14 nodes (14 created, 0 updated), 17 paper relationships" in out
    assert main(["query", "metrics-for-method", "--param", "method=LoRA", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"metric": "accuracy", "papers": 2}]
    assert main(["query", "top-methods", "--param", "limit=1"]) == 0
    assert capsys.readouterr().out.splitlines() == ["method  papers", "------  ------",
                                                    "FooNet  2"]
    monkeypatch.setenv("NEO4J_PASSWORD", "wrong")
    assert main(["query", "top-methods"]) == 1
    assert "wrong user name or password" in capsys.readouterr().err
