"""Files a build writes: node-link JSON, GraphML, papers as JSON Lines, concepts as CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

GRAPH_JSON = "graph.json"
GRAPHML = "graph.graphml"
PAPERS = "papers.jsonl"
CONCEPTS = "concepts.csv"


def write_node_link(graph: nx.MultiDiGraph, path: Path) -> None:
    """networkx node-link JSON (edges under "edges"), sorted so equal builds give equal files."""
    data = nx.node_link_data(graph, edges="edges")
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["target"], e["key"]))
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1), "utf-8")


def read_node_link(path: Path) -> nx.MultiDiGraph:
    """The graph a build wrote to graph.json."""
    data = json.loads(path.read_text("utf-8"))
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def _graphml_value(value):
    """GraphML holds scalars only: lists and records become JSON text."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    """GraphML for Gephi, Cytoscape and yEd; missing values are left out, not written as None."""
    flat = nx.MultiDiGraph()
    for node, data in sorted(graph.nodes(data=True)):
        flat.add_node(node, **{k: _graphml_value(v) for k, v in data.items() if v is not None})
    for a, b, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        flat.add_edge(a, b, key=key, **{k: _graphml_value(v) for k, v in data.items()})
    nx.write_graphml(flat, path)


def paper_records(graph: nx.MultiDiGraph):
    """One record per paper: its metadata and the concepts it names, by relationship."""
    for node, data in sorted(graph.nodes(data=True)):
        if data["kind"] != "Paper":
            continue
        concepts = [
            {"id": target, "name": graph.nodes[target]["name"], "type": graph.nodes[target]["type"],
             "relation": key, "role": edge["role"], "count": edge["count"]}
            for _, target, key, edge in graph.out_edges(node, keys=True, data=True)
        ]
        yield {"id": node, **{k: v for k, v in data.items() if k != "kind"},
               "concepts": sorted(concepts, key=lambda c: (c["relation"], c["name"]))}


def write_papers(graph: nx.MultiDiGraph, path: Path) -> None:
    """papers.jsonl: one JSON object per paper."""
    with path.open("w", encoding="utf-8") as out:
        for record in paper_records(graph):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_concepts(graph: nx.MultiDiGraph, path: Path) -> None:
    """concepts.csv: id, name, type, aliases, papers, mentions; most used first."""
    rows = []
    for node, data in graph.nodes(data=True):
        if data["kind"] == "Concept":
            mentions = sum(e.get("count", 0) for _, _, e in graph.in_edges(node, data=True))
            rows.append([node, data["name"], data["type"], "; ".join(data["aliases"]),
                         data["papers"], mentions])
    rows.sort(key=lambda r: (-r[4], -r[5], r[0]))
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "name", "type", "aliases", "papers", "mentions"])
        writer.writerows(rows)
