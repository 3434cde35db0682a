"""Views: self-contained HTML pages of the graph that open offline and stay fast when big.

pyvis builds the node and edge lists and the vis-network options; the page itself comes from
kg's own template, which inlines vis-network and links nothing outside the file (pyvis' default
template pulls Bootstrap and Tom Select from a CDN even in `in_line` mode). Every text reaches
the page as JSON made by Jinja's `tojson` or through autoescaping, and tooltips are plain
strings, which vis-network shows as text, never as HTML.

Positions are computed here (networkx, fixed seed) and physics is off: the browser draws at
once even with thousands of nodes, and the same build gives the same file.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from functools import lru_cache
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
CONCEPT_PAPERS = 150  # papers drawn in a concept view
CONCEPT_NEIGHBOURS = 40  # co-occurring concepts drawn in a concept view
NEAREST_PAPERS = 10
VIEWS_PER_KIND = 20  # concept and paper views `kg build` writes next to the overview
SEED = 7
SPRING_LIMIT = 200  # above this many nodes, only the core concepts get a force layout
CORE_CONCEPTS = 300
EVIDENCE_LIMIT = 1000  # larger views name an edge's relation only: evidence would triple the file


VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"  # an identifier the code needs, never fetched


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """pyvis' copy of vis-network, with the scheme taken off the URLs in its licence banners
    and metadata, so that the page holds no web address but the SVG namespace."""
    code = (VIS / "vis-network.min.js").read_text("utf-8")
    return re.sub(r"https?://(?!www\.w3\.org/2000/svg)", "", code)


def _environment() -> Environment:
    loader = ChoiceLoader([FileSystemLoader(TEMPLATES),
                           FileSystemLoader(Path(pyvis.__file__).parent / "templates")])
    return Environment(loader=loader, autoescape=select_autoescape(default=True))


def _kind(data: dict) -> str:
    return data["type"] if data["kind"] == "Concept" else "Paper"


def _concepts(graph: nx.MultiDiGraph) -> list[str]:
    return [n for n, d in graph.nodes(data=True) if d["kind"] == "Concept"]


def _papers(graph: nx.MultiDiGraph) -> list[str]:
    return [n for n, d in graph.nodes(data=True) if d["kind"] == "Paper"]


def top_concepts(graph: nx.MultiDiGraph, limit: int) -> list[str]:
    """The concepts named by most papers; ties broken by name so the choice is reproducible."""
    concepts = sorted(_concepts(graph),
                      key=lambda n: (-graph.nodes[n]["papers"], graph.nodes[n]["name"], n))
    return concepts[:limit]


def overview_subgraph(graph: nx.MultiDiGraph, limit: int = OVERVIEW_CONCEPTS) -> nx.MultiDiGraph:
    """The most connected concepts and the papers that name them."""
    concepts = top_concepts(graph, limit)
    papers = {p for c in concepts for p in graph.predecessors(c)
              if graph.nodes[p]["kind"] == "Paper"}
    return graph.subgraph(sorted(set(concepts) | papers))


def find_concept(graph: nx.MultiDiGraph, name: str) -> str:
    """A concept's node id from its id, name or alias (case and spacing ignored)."""
    if name in graph and graph.nodes[name]["kind"] == "Concept":
        return name
    wanted = _fold(name)
    matches = [n for n in _concepts(graph)
               if wanted in {_fold(graph.nodes[n]["name"]), *map(_fold, graph.nodes[n]["aliases"])}]
    if not matches:
        raise KeyError(f"no concept named {name!r}")
    return top_concepts(graph.subgraph(matches), 1)[0]


def find_paper(graph: nx.MultiDiGraph, key: str) -> str:
    """A paper's node id from its id, arXiv id or exact title."""
    if key in graph and graph.nodes[key]["kind"] == "Paper":
        return key
    for node in sorted(_papers(graph)):
        data = graph.nodes[node]
        if key in {data.get("arxiv_id"), data["title"]}:
            return node
    raise KeyError(f"no paper with id or title {key!r}")


def _fold(text: str) -> str:
    return re.sub(r"[\s\-_]+", "", text.casefold())


def concept_subgraph(graph: nx.MultiDiGraph, concept: str, papers: int = CONCEPT_PAPERS,
                     neighbours: int = CONCEPT_NEIGHBOURS) -> nx.MultiDiGraph:
    """A concept, the papers naming it (newest first) and the concepts co-occurring most."""
    naming = sorted((p for p in graph.predecessors(concept) if graph.nodes[p]["kind"] == "Paper"),
                    key=lambda p: (str(graph.nodes[p].get("date") or ""), p), reverse=True)
    weights = {}
    for a, b, key, data in [*graph.out_edges(concept, keys=True, data=True),
                            *graph.in_edges(concept, keys=True, data=True)]:
        if key == "CO_OCCURS":
            weights[b if a == concept else a] = data["weight"]
    close = sorted(weights, key=lambda c: (-weights[c], graph.nodes[c]["name"], c))[:neighbours]
    return graph.subgraph([concept, *naming[:papers], *close])


def nearest_papers(graph: nx.MultiDiGraph, paper: str, limit: int = NEAREST_PAPERS):
    """Papers sharing most concepts with a paper: [(paper id, shared concept ids)]."""
    own = set(graph.successors(paper))
    shared: dict[str, set[str]] = {}
    for concept in own:
        for other in graph.predecessors(concept):
            if other != paper and graph.nodes[other]["kind"] == "Paper":
                shared.setdefault(other, set()).add(concept)
    ranked = sorted(shared, key=lambda p: (-len(shared[p]), p))[:limit]
    return [(p, sorted(shared[p])) for p in ranked]


def paper_subgraph(graph: nx.MultiDiGraph, paper: str,
                   limit: int = NEAREST_PAPERS) -> nx.MultiDiGraph:
    """A paper, its concepts, and its nearest papers with the concepts they share with it."""
    near = nearest_papers(graph, paper, limit)
    view = nx.MultiDiGraph(graph.subgraph([paper, *graph.successors(paper)]))
    for other, concepts in near:
        view.add_node(other, **graph.nodes[other])
        for concept in concepts:
            for key, data in graph.get_edge_data(other, concept).items():
                view.add_edge(other, concept, key=key, **data)
    return view


def layout(view: nx.MultiDiGraph, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Positions for every node, reproducible for a given view.

    Small views get a force layout of the whole graph. In larger ones (pyvis' own physics
    gives up around 1,500 nodes, and papers hanging off one concept crowd the middle well
    before) only the best-connected concepts get a force layout; every other node goes near
    the middle of its placed neighbours, on a small spiral so that siblings do not pile up.
    A 5,000-node view is laid out in seconds this way, not minutes.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(view.nodes))
    for a, b, data in view.edges(data=True):
        simple.add_edge(a, b, weight=simple.get_edge_data(a, b, {}).get("weight", 0)
                        + data.get("weight", 1))
    if len(simple) <= SPRING_LIMIT:
        pos = nx.spring_layout(simple, k=2.5 / math.sqrt(len(simple) or 1), seed=seed,
                               iterations=60)
        return {n: (float(x), float(y)) for n, (x, y) in pos.items()}
    concepts = sorted(_concepts(view), key=lambda n: (-simple.degree(n), n))
    core = simple.subgraph(concepts[:CORE_CONCEPTS])
    pos = {n: (float(x), float(y))
           for n, (x, y) in nx.spring_layout(core, k=3 / math.sqrt(len(core) or 1), seed=seed,
                                             iterations=50).items()}
    step = 0.5 / math.sqrt(len(core) or 1)
    rest = concepts[CORE_CONCEPTS:] + sorted(_papers(view))
    for rank, node in enumerate(rest):
        around = [pos[n] for n in simple.neighbors(node) if n in pos]
        angle, radius = rank * 2.39996, step * (1 + rank % 7)  # golden-angle spiral
        if not around:  # nothing placed next to it: an outer ring
            around, radius = [(0.0, 0.0)], 1.3
        pos[node] = (sum(x for x, _ in around) / len(around) + radius * math.cos(angle),
                     sum(y for _, y in around) / len(around) + radius * math.sin(angle))
    return pos


def _tooltip(data: dict) -> str:
    if data["kind"] == "Paper":
        return f"{data['title']}\n{data.get('date') or ''}".strip()
    aliases = f"\nalso: {', '.join(data['aliases'])}" if data["aliases"] else ""
    return f"{data['name']} ({data['type']}, {data['papers']} papers){aliases}"


def _edge_tooltip(key: str, data: dict) -> str:
    if key == "CO_OCCURS":
        return f"co-occur in {data.get('weight', 1)} papers"
    return f"{key}: {data.get('evidence', '')}"


def to_network(view: nx.MultiDiGraph, focus: str | None = None,
               tooltips: dict[str, str] | None = None) -> Network:
    """A pyvis Network of a view: laid out, coloured by type, sized by papers, widths by weight.

    tooltips replaces a node's default tooltip (a concept view puts each paper's evidence
    sentence there); proposed concepts of a paper view are drawn as diamonds.
    """
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    pos = layout(view)
    scale = 60 * math.sqrt(max(len(view), 1))
    proposed = {b for a, b, d in view.edges(data=True)
                if a == focus and d.get("role") == "proposed"}
    for node, data in sorted(view.nodes(data=True)):
        kind = _kind(data)
        is_concept = data["kind"] == "Concept"
        # Paper titles would bury the concept names: they show on hover instead.
        label = data["name"] if is_concept else (data["title"][:40] if node == focus else " ")
        size = 8 + 3 * min(data.get("papers", 1), 20) if is_concept else 5
        if node == focus:
            size = 25
        x, y = pos[node]
        net.add_node(node, label=label, title=(tooltips or {}).get(node) or _tooltip(data),
                     color=TYPE_COLOURS[kind], kind=kind, size=size,
                     shape="diamond" if node in proposed else "dot",
                     x=round(x * scale, 1), y=round(y * scale, 1),
                     font={"size": 14 + min(data.get("papers", 0), 20)},
                     search=data["name"] if is_concept else data["title"])
    for a, b, key, data in sorted(view.edges(keys=True, data=True), key=lambda e: e[:3]):
        width = data.get("weight", data.get("count", 1))
        arrows = "" if key == "CO_OCCURS" else "to"
        colour = "#cccccc" if key == "CO_OCCURS" else TYPE_COLOURS[view.nodes[b]["type"]]
        title = _edge_tooltip(key, data) if len(view) <= EVIDENCE_LIMIT else key
        net.add_edge(a, b, title=title, width=min(width, 10), arrows=arrows,
                     color={"color": colour, "opacity": 0.6})
    net.set_options(json.dumps({
        "physics": {"enabled": False},
        "edges": {"smooth": False},
        "interaction": {"hover": True, "hideEdgesOnDrag": len(view) > 1000,
                        "tooltipDelay": 150},
    }))
    return net


def render(net: Network, heading: str, summary: str, cap: str = "",
           details: list[tuple[str, list[str]]] = ()) -> str:
    """The HTML page for a pyvis Network, from kg's offline template."""
    template = _environment().get_template("graph.html")
    nodes, edges, _, _, _, options = net.get_network_data()
    return template.render(vis_js=vis_network_js(), heading=heading, summary=summary, cap=cap,
                           nodes=nodes, edges=edges,
                           options=json.loads(options) if isinstance(options, str) else options,
                           legend=list(TYPE_COLOURS.items()), details=details)


def _count(graph: nx.MultiDiGraph) -> tuple[int, int]:
    return len(_papers(graph)), len(_concepts(graph))


def overview_page(graph: nx.MultiDiGraph, limit: int = OVERVIEW_CONCEPTS) -> str:
    view = overview_subgraph(graph, limit)
    papers, total = _count(graph)
    shown_papers, shown = _count(view)
    summary = f"{papers} papers, {total} concepts in the graph."
    cap = (f"Showing the {shown} concepts named by most papers (cap {limit}) and their "
           f"{shown_papers} papers.")
    return render(to_network(view), "kg: concept overview", summary, cap)


def concept_page(graph: nx.MultiDiGraph, concept: str) -> str:
    data = graph.nodes[concept]
    view = concept_subgraph(graph, concept)
    naming = [p for p in graph.predecessors(concept) if graph.nodes[p]["kind"] == "Paper"]
    tooltips = {}
    for paper in _papers(view):
        edges = graph.get_edge_data(paper, concept)
        lines = [f"{key} ({e.get('role', 'used')}): {e.get('evidence', '')}"
                 for key, e in sorted(edges.items())]
        tooltips[paper] = "\n".join([graph.nodes[paper]["title"], *lines])
    shown_papers, shown_concepts = _count(view)
    aliases = f" Also called: {', '.join(data['aliases'])}." if data["aliases"] else ""
    summary = f"{data['type']} named by {len(naming)} papers.{aliases}"
    cap = (f"Showing {shown_papers} of its papers (cap {CONCEPT_PAPERS}, newest first) and "
           f"{shown_concepts - 1} co-occurring concepts (cap {CONCEPT_NEIGHBOURS}). "
           "Hover a paper for its evidence sentence.")
    return render(to_network(view, focus=concept, tooltips=tooltips),
                  f"kg: {data['name']}", summary, cap)


def paper_page(graph: nx.MultiDiGraph, paper: str) -> str:
    data = graph.nodes[paper]
    view = paper_subgraph(graph, paper)
    by_role: dict[str, list[str]] = {"proposed": [], "used": []}
    for _, concept, edge in sorted(graph.out_edges(paper, data=True), key=lambda e: e[1]):
        names = by_role.setdefault(edge.get("role", "used"), [])
        label = f"{graph.nodes[concept]['name']} ({graph.nodes[concept]['type']})"
        if label not in names:
            names.append(label)
    near = nearest_papers(graph, paper)
    details = [("Proposes", by_role["proposed"]), ("Uses", by_role["used"]),
               ("Nearest papers", [f"{graph.nodes[p]['title']} ({len(c)} shared concepts)"
                                   for p, c in near])]
    summary = f"{data['title']} ({data.get('date') or 'no date'})"
    cap = (f"Its {len(by_role['proposed']) + len(by_role['used'])} concepts (diamonds: proposed) "
           f"and its {len(near)} nearest papers by shared concepts (cap {NEAREST_PAPERS}).")
    return render(to_network(view, focus=paper), "kg: paper", summary, cap, details)


def view_name(node: str) -> str:
    """A file name for a node's view: readable, and unique through a hash of the id."""
    slug = re.sub(r"[^a-z0-9]+", "-", node.split(":", 1)[-1].casefold()).strip("-")[:40]
    return f"{slug or 'node'}-{hashlib.sha1(node.encode()).hexdigest()[:8]}.html"


def corpus_summary(graph: nx.MultiDiGraph) -> dict:
    """Papers, concepts per type, and the range of paper and page dates."""
    dates = sorted(str(d) for p in _papers(graph) for d in (
        graph.nodes[p].get("date"), *(s.get("page_date") for s in graph.nodes[p]["seen_on"]))
        if d and str(d)[:1].isdigit())
    types = Counter(graph.nodes[c]["type"] for c in _concepts(graph))
    return {"papers": len(_papers(graph)), "concepts": sum(types.values()),
            "types": dict(sorted(types.items())),
            "dates": (dates[0], dates[-1]) if dates else None}


def write_views(graph: nx.MultiDiGraph, out: Path, concepts: int = VIEWS_PER_KIND,
                papers: int = VIEWS_PER_KIND) -> list[Path]:
    """index.html (summary and links), overview.html, and views of the top concepts and papers."""
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "overview.html"]
    written[0].write_text(overview_page(graph), "utf-8")
    links = {"concepts": [], "papers": []}
    for node in top_concepts(graph, concepts):
        written.append(write_view(graph, out, concept=node))
        links["concepts"].append((f"views/{written[-1].name}", graph.nodes[node]["name"],
                                  graph.nodes[node]["type"], graph.nodes[node]["papers"]))
    ranked = sorted(_papers(graph), key=lambda p: (-graph.out_degree(p), p))[:papers]
    for node in ranked:
        written.append(write_view(graph, out, paper=node))
        links["papers"].append((f"views/{written[-1].name}", graph.nodes[node]["title"],
                                "Paper", graph.out_degree(node)))
    index = _environment().get_template("index.html").render(
        summary=corpus_summary(graph), links=links, colours=TYPE_COLOURS)
    (out / "index.html").write_text(index, "utf-8")
    return [out / "index.html", *written]


def write_view(graph: nx.MultiDiGraph, out: Path, concept: str | None = None,
               paper: str | None = None) -> Path:
    """One concept or paper view, written to out/views/<name>.html."""
    if (concept is None) == (paper is None):
        raise ValueError("give exactly one of concept and paper")
    node = find_concept(graph, concept) if concept else find_paper(graph, paper)
    html = concept_page(graph, node) if concept else paper_page(graph, node)
    path = out / "views" / view_name(node)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, "utf-8")
    return path


def write_overview(graph: nx.MultiDiGraph, path: Path, limit: int = OVERVIEW_CONCEPTS) -> None:
    """One overview page: the most connected concepts and their papers."""
    path.write_text(overview_page(graph, limit), "utf-8")
