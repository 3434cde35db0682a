"""The real daily-papers pages in ../shared/seeds, end to end."""

from __future__ import annotations

import json
import re
from collections import Counter

import networkx as nx
import pytest

import kg
from kg.export import read_node_link
from kg.ingest import read_papers
from kg.ingest.text import clean_text
from kg.model import Paper, Rejection

pytestmark = pytest.mark.slow


def test_seed_counts_and_abstracts_whole(seed_pages):
    items = list(read_papers(seed_pages))
    papers = [i for i in items if isinstance(i, Paper)]
    assert [i for i in items if isinstance(i, Rejection)] == []
    assert len(papers) == 375
    ids = Counter(p.id for p in papers)
    assert len(ids) == 357
    assert sum(n - 1 for n in ids.values()) == 18  # 16 papers seen on two or three pages
    # No abstract is cut short or merged with a neighbour: each is exactly one line of its page.
    lines = {clean_text(line.removeprefix("Subscribe"))  # the compact layout glues it on
             for page in seed_pages for line in page.read_text().splitlines()}
    for paper in papers:
        assert paper.abstract in lines and paper.title in lines
        assert len(paper.abstract) > 300 and len(paper.title) < 300
    same = [p for p in papers if ids[p.id] > 1]
    by_id = {}
    for paper in same:
        assert by_id.setdefault(paper.id, paper.abstract) == paper.abstract


def test_seed_build(seed_pages, tmp_path):
    summary = kg.build(seed_pages, out=tmp_path)
    assert (summary.read, summary.accepted, summary.rejected, summary.papers) == (375, 375, 0, 357)
    assert set(summary.concepts_by_type) == {"Method", "Dataset", "Model", "Metric", "Task"}
    graph = read_node_link(tmp_path / "graph.json")
    assert sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "Paper") == 357
    repeated = [d for _, d in graph.nodes(data=True) if d["kind"] == "Paper"
                and len(d["seen_on"]) > 1]
    assert len(repeated) == 16 and sum(len(d["seen_on"]) for d in repeated) == 34
    graphml = nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True)
    assert graphml.number_of_edges() == graph.number_of_edges()
    papers = [json.loads(line) for line in (tmp_path / "papers.jsonl").read_text().splitlines()]
    assert len(papers) == 357
    html = (tmp_path / "index.html").read_text()
    assert not re.search(r"<(script|link)[^>]+(src|href)=", html)
    gsm8k = graph.nodes["concept:gsm8k"]
    assert gsm8k["type"] == "Dataset" and gsm8k["papers"] >= 3
