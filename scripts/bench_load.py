"""Benchmark: Neo4j load throughput (rows per second) for a kg build, at several batch sizes.

    scripts/neo4j start && eval "$(scripts/neo4j env | sed 's/^/export /')"
    .venv/bin/python scripts/bench_load.py out/seeds --copies 20 --batch-sizes 500 1000 5000

The build's graph is copied `--copies` times under new paper ids (concepts shared, so the
relationship fan-in grows as in a real corpus), loaded into an emptied database once per batch
size, then loaded again to time an idempotent reload. It empties the database it is pointed at.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import networkx as nx

from kg.export import GRAPH_JSON, read_node_link
from kg.load import Connection, connect, load_graph


def copies(graph: nx.MultiDiGraph, count: int) -> nx.MultiDiGraph:
    """The graph with its papers repeated count times under distinct ids."""
    scaled = nx.MultiDiGraph()
    scaled.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if d["kind"] == "Concept")
    for copy in range(count):
        rename = {n: f"{n}#{copy}" for n, d in graph.nodes(data=True) if d["kind"] == "Paper"}
        for old, new in rename.items():
            scaled.add_node(new, **graph.nodes[old])
            for _, concept, key, data in graph.out_edges(old, keys=True, data=True):
                scaled.add_edge(new, concept, key=key, **data)
    return scaled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("build", type=Path)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[1000])
    args = parser.parse_args()
    graph = copies(read_node_link(args.build / GRAPH_JSON), args.copies)
    connection = Connection.from_env()
    driver = connect(connection)
    print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} paper relationships")
    print("batch  run      seconds  nodes/s  relationships/s  co-occurrence s")
    for size in args.batch_sizes:
        with driver.session(database=connection.database) as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()
        for run in ("fresh", "reload"):
            result = load_graph(graph, connection, batch_size=size)
            nodes, rels = result.rate("concepts", "papers"), result.rate("mentions")
            print(f"{size:5}  {run:6} {result.seconds:8.1f} {nodes:8,.0f} {rels:16,.0f}"
                  f" {result.phase_seconds['co_occurs']:16.1f}")
    driver.close()


if __name__ == "__main__":
    main()
