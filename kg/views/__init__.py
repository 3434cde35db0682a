"""Views: self-contained pyvis HTML pages of the graph that open offline.

pyvis builds the node and edge lists and the vis-network options; the page itself comes from
kg's own template, which inlines vis-network and links nothing outside the file (pyvis' default
template pulls Bootstrap from a CDN even in `in_line` mode). Every text reaches the page as JSON
made by Jinja's `tojson`, and vis-network shows string tooltips as text, never as HTML.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

TYPE_COLOURS = {
    "Method": "#4e79a7",
    "Dataset": "#f28e2b",
    "Model": "#59a14f",
    "Metric": "#b07aa1",
    "Task": "#e15759",
    "Paper": "#bab0ac",
}
TEMPLATES = Path(__file__).parent / "templates"
OVERVIEW_CONCEPTS = 80


def _environment() -> Environment:
    loader = ChoiceLoader([FileSystemLoader(TEMPLATES),
                           FileSystemLoader(Path(pyvis.__file__).parent / "templates")])
    return Environment(loader=loader, autoescape=select_autoescape(default=True))


def top_concepts(graph: nx.MultiDiGraph, limit: int) -> list[str]:
    """The concepts named by most papers; ties broken by name so the choice is reproducible."""
    concepts = [(n, d) for n, d in graph.nodes(data=True) if d["kind"] == "Concept"]
    concepts.sort(key=lambda nd: (-nd[1]["papers"], nd[1]["name"], nd[0]))
    return [n for n, _ in concepts[:limit]]


def overview_subgraph(graph: nx.MultiDiGraph, limit: int = OVERVIEW_CONCEPTS) -> nx.MultiDiGraph:
    """The most connected concepts and the papers that name them."""
    concepts = top_concepts(graph, limit)
    papers = {p for c in concepts for p in graph.predecessors(c)
              if graph.nodes[p]["kind"] == "Paper"}
    return graph.subgraph(sorted(set(concepts) | papers))


def _tooltip(node: str, data: dict) -> str:
    if data["kind"] == "Paper":
        return f"{data['title']}\n{data.get('date') or ''}".strip()
    aliases = f"\nalso: {', '.join(data['aliases'])}" if data["aliases"] else ""
    return f"{data['name']} ({data['type']}, {data['papers']} papers){aliases}"


def to_network(view: nx.MultiDiGraph) -> Network:
    """A pyvis Network of a subgraph: coloured by type, sized by papers, widths by weight."""
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    for node, data in sorted(view.nodes(data=True)):
        kind = data["type"] if data["kind"] == "Concept" else "Paper"
        # Paper titles would bury the concept names: they show on hover instead.
        label = data["name"] if data["kind"] == "Concept" else " "
        size = 8 + 3 * min(data.get("papers", 1), 20) if data["kind"] == "Concept" else 5
        net.add_node(node, label=label, title=_tooltip(node, data), color=TYPE_COLOURS[kind],
                     size=size, shape="dot", font={"size": 14 + min(data.get("papers", 0), 20)})
    for a, b, key, data in sorted(view.edges(keys=True, data=True), key=lambda e: e[:3]):
        width = data.get("weight", 1)
        arrows = "" if key == "CO_OCCURS" else "to"
        colour = "#cccccc" if key == "CO_OCCURS" else TYPE_COLOURS[view.nodes[b]["type"]]
        net.add_edge(a, b, title=key, width=min(width, 10), arrows=arrows,
                     color={"color": colour, "opacity": 0.6})
    net.set_options(json.dumps({"physics": {"stabilization": {"iterations": 200}},
                                "interaction": {"hover": True}}))
    return net


def render(net: Network, heading: str, summary: str) -> str:
    """The HTML page for a pyvis Network, from kg's offline template."""
    template = _environment().get_template("graph.html")
    nodes, edges, _, _, _, options = net.get_network_data()
    return template.render(heading=heading, summary=summary, nodes=nodes, edges=edges,
                           options=json.loads(options) if isinstance(options, str) else options,
                           legend=list(TYPE_COLOURS.items()))


def write_overview(graph: nx.MultiDiGraph, path: Path, limit: int = OVERVIEW_CONCEPTS) -> None:
    """index.html: the most connected concepts and their papers."""
    view = overview_subgraph(graph, limit)
    shown = sum(1 for _, d in view.nodes(data=True) if d["kind"] == "Concept")
    total = sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "Concept")
    papers = sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "Paper")
    summary = (f"{papers} papers, {total} concepts; showing the {shown} concepts named by most "
               f"papers (cap {limit}) and their papers.")
    path.write_text(render(to_network(view), "kg: concept overview", summary), "utf-8")
