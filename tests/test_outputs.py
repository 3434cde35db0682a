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
    one = write_outputs(_graph(), tmp_path / "one")
    two = write_outputs(_graph(), tmp_path / "two")
    names = [p.relative_to(tmp_path / "one") for p in one]
    assert names == [p.relative_to(tmp_path / "two") for p in two]
    assert {"index.html", "overview.html"} <= {str(n) for n in names}
    assert sum(1 for n in names if n.parts[0] == "views") == 6  # 4 concepts and 2 papers
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_every_page_is_offline_and_escaped(tmp_path):
    paths = views.write_views(_evil_graph(), tmp_path)
    for path in paths:
        html = path.read_text()
        addresses = set(re.findall(r"[a-z]+://[^\s\"')]+", html))
        assert addresses <= {views.SVG_NAMESPACE}, path  # an identifier, never fetched
        assert "<img src=x" not in html, path
    index = paths[0].read_text()
    assert "&lt;img src=x onerror=alert(1)&gt;" in index
    assert 'href="overview.html"' in index and index.count('href="views/') == 6


def test_views_of_a_concept_and_a_paper():
    graph = _graph()
    assert views.find_concept(graph, "foo-net") == "concept:foonet"
    concept = views.concept_subgraph(graph, "concept:foonet")
    assert {n for n, d in concept.nodes(data=True) if d["kind"] == "Paper"} == {"a", "b"}
    assert views.nearest_papers(graph, "a")[0][0] == "b"
    paper = views.paper_subgraph(graph, "a")
    assert set(paper) == {"a", "b", *graph.successors("a")}


def test_html_is_self_contained_and_escaped(tmp_path):
    path = tmp_path / "index.html"
    views.write_overview(_evil_graph(), path)
    html = path.read_text()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html
    assert "vis.Network" in html  # vis-network itself is inlined
    assert "<img src=x" not in html
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html
