"""Benchmark: a large view (default 5,000 nodes) laid out in Python and drawn in Chromium.

    .venv/bin/python scripts/bench_views.py out/seeds [--nodes 5000]

The view is the build's graph, its papers copied until the graph holds enough nodes, cut to
the concepts named by most papers plus papers. Reported: layout and render time in Python,
file size, and in headless Chromium the time from navigation to the first complete drawing,
then the time one zoom step and one node selection take to redraw (interactivity).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import views  # noqa: E402
from kg.export import GRAPH_JSON, read_node_link  # noqa: E402
from tests.conftest import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS  # noqa: E402


def big_view(graph: nx.MultiDiGraph, nodes: int) -> nx.MultiDiGraph:
    """The graph with its papers copied until it has `nodes` nodes, cut to exactly that many."""
    papers = sorted(n for n, d in graph.nodes(data=True) if d["kind"] == "Paper")
    big = nx.MultiDiGraph(graph)
    copy = 0
    while big.number_of_nodes() < nodes:
        copy += 1
        for paper in papers:
            twin = f"{paper}#{copy}"
            big.add_node(twin, **graph.nodes[paper])
            for _, concept, key, data in graph.out_edges(paper, keys=True, data=True):
                big.add_edge(twin, concept, key=key, **data)
            if big.number_of_nodes() >= nodes:
                break
    keep = sorted(big.nodes, key=lambda n: (big.nodes[n]["kind"] != "Paper", n))[:nodes]
    return big.subgraph(keep).copy()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path, help="a kg build's output directory")
    parser.add_argument("--nodes", type=int, default=5000)
    args = parser.parse_args()
    view = big_view(read_node_link(args.build / GRAPH_JSON), args.nodes)
    started = time.perf_counter()
    positions = views.layout(view)
    laid_out = time.perf_counter() - started
    html = views.render(views.to_network(view), "kg: benchmark", f"{len(view)} nodes")
    rendered = time.perf_counter() - started - laid_out  # to_network lays out again
    path = Path(tempfile.mkdtemp(prefix="kg-bench-")) / "big.html"
    path.write_text(html, "utf-8")
    print(f"view: {view.number_of_nodes()} nodes, {view.number_of_edges()} edges; "
          f"layout {laid_out:.1f} s ({len(positions)} positions), page {rendered:.1f} s, "
          f"{path.stat().st_size / 1e6:.1f} MB")

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        started = time.perf_counter()
        driver.get(path.as_uri())
        while not driver.execute_script("return window.kgReady === true"):
            time.sleep(0.02)
        drawn = time.perf_counter() - started
        counts = driver.execute_script("return window.kgDrawn()")
        driver.set_script_timeout(60)
        timing = driver.execute_async_script("""
            var done = arguments[arguments.length - 1];
            var times = [];
            var t0 = performance.now();
            kgNetwork.once("afterDrawing", function () {
              times.push(performance.now() - t0);
              var t1 = performance.now();
              kgNetwork.once("afterDrawing", function () {
                times.push(performance.now() - t1); done(times);
              });
              kgNetwork.selectNodes([kgNetwork.body.nodeIndices[0]]);
              kgNetwork.redraw();
            });
            kgNetwork.moveTo({scale: kgNetwork.getScale() * 1.5});
        """)
        print(f"chromium: drawn {counts['nodes']} nodes, {counts['edges']} edges in "
              f"{drawn:.2f} s from navigation; zoom redraw {timing[0]:.0f} ms, "
              f"select redraw {timing[1]:.0f} ms")
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
