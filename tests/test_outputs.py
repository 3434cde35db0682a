"""Files and the HTML overview: re-readable by networkx, offline, escaped."""

from __future__ import annotations

import csv
import json
import re

import networkx as nx

from kg import views, write_outputs
from kg.export import read_node_link
from tests.test_graph import _graph

EVIL = "<img src=x onerror=alert(1)> & \"quotes\" </script>"


def _evil_graph():
    graph = _graph()
    graph.nodes["a"]["title"] = EVIL
    graph.nodes["concept:foonet"]["name"] = EVIL
    return graph


def test_every_file_is_written_and_rereadable(tmp_path):
    graph = _graph()
    paths = write_outputs(graph, tmp_path)
    assert all(p.exists() and p.stat().st_size for p in paths)
    again = read_node_link(tmp_path / "graph.json")
    assert nx.utils.edges_equal(sorted(again.edges(keys=True)), sorted(graph.edges(keys=True)))
    assert dict(again.nodes(data=True)) == dict(graph.nodes(data=True))
    graphml = nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True)
    assert graphml.number_of_nodes() == graph.number_of_nodes()
    assert graphml.number_of_edges() == graph.number_of_edges()
    assert json.loads(graphml.nodes["a"]["seen_on"])[0]["source"] == "p1"
    papers = [json.loads(line) for line in (tmp_path / "papers.jsonl").read_text().splitlines()]
    assert [p["id"] for p in papers] == ["a", "b"]
    assert {c["relation"] for c in papers[0]["concepts"]} == {"PROPOSES", "EVALUATES_ON",
                                                               "MEASURES"}
    rows = list(csv.DictReader((tmp_path / "concepts.csv").open()))
    assert rows[0]["papers"] == "2" and len(rows) == 4


def test_same_graph_gives_same_files(tmp_path):
    write_outputs(_graph(), tmp_path / "one")
    write_outputs(_graph(), tmp_path / "two")
    for name in ("graph.json", "graph.graphml", "papers.jsonl", "concepts.csv", "index.html"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_html_is_self_contained_and_escaped(tmp_path):
    path = tmp_path / "index.html"
    views.write_overview(_evil_graph(), path)
    html = path.read_text()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html
    assert "vis.Network" in html  # vis-network itself is inlined
    assert "<img src=x" not in html
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html
