"""HTML views in a real headless Chromium: drawn, offline, quiet, and safe."""

from __future__ import annotations

import json
import time

import pytest

from kg import views
from tests.conftest import ARTIFACTS
from tests.test_graph import _graph

XSS = "<img src=x onerror=alert(1)>"


def _open(chrome, path):
    """Load a page from disk and wait until vis-network has drawn it once."""
    chrome.get_log("browser")  # drop what earlier pages logged
    chrome.get_log("performance")
    chrome.get(path.as_uri())
    for _ in range(100):
        if chrome.execute_script("return window.kgReady === true"):
            break
        time.sleep(0.1)
    else:
        pytest.fail(f"{path.name} never finished drawing")
    return chrome.execute_script("return window.kgDrawn()")


def _requests(chrome) -> list[str]:
    """Every URL our pages asked for, from Chromium's DevTools network log (Chromium's own
    background requests, which no page makes, are left out)."""
    urls = []
    for entry in chrome.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent" and message["params"].get(
                "documentURL", "").startswith("file:"):
            urls.append(message["params"]["request"]["url"])
    assert urls, "the log shows no request of the page at all: the check would be blind"
    return urls


def _assert_quiet_and_offline(chrome, path):
    errors = [e for e in chrome.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    outside = [u for u in _requests(chrome) if not u.startswith(("file:", "data:"))]
    assert outside == []


def _evil_graph():
    graph = _graph()
    graph.nodes["a"]["title"] = XSS
    graph.nodes["concept:foonet"]["name"] = XSS + " href"  # "href" flips pyvis to innerHTML
    return graph


def _hover(chrome, node: str) -> str:
    """Move the mouse onto a node and return the tooltip's text."""
    from selenium.webdriver.common.action_chains import ActionChains

    x, y = chrome.execute_script(
        "var p = kgNetwork.canvasToDOM(kgNetwork.getPosition(arguments[0]));"
        "var r = document.getElementById('mynetwork').getBoundingClientRect();"
        "return [p.x + r.left, p.y + r.top];", node)
    body = chrome.find_element("tag name", "body")
    ActionChains(chrome).move_to_element_with_offset(body, 0, 0).perform()
    ActionChains(chrome).move_by_offset(int(x) - body.size["width"] // 2,
                                        int(y) - body.size["height"] // 2).perform()
    for _ in range(30):
        text = chrome.execute_script(
            "var t = document.querySelector('div.vis-tooltip');"
            "return t && t.style.visibility !== 'hidden' ? t.innerText : '';")
        if text:
            return text
        time.sleep(0.1)
    return ""


def test_overview_concept_and_paper_views_are_drawn(chrome, tmp_path):
    graph = _graph()
    paths = views.write_views(graph, tmp_path, concepts=1, papers=1)
    overview = tmp_path / "overview.html"
    drawn = _open(chrome, overview)
    subgraph = views.overview_subgraph(graph)
    assert drawn == {"nodes": subgraph.number_of_nodes(), "edges": subgraph.number_of_edges()}
    _assert_quiet_and_offline(chrome, overview)
    concept_view, paper_view = paths[2], paths[3]
    drawn = _open(chrome, concept_view)
    expected = views.concept_subgraph(graph, "concept:foonet")
    assert drawn == {"nodes": expected.number_of_nodes(), "edges": expected.number_of_edges()}
    _assert_quiet_and_offline(chrome, concept_view)
    drawn = _open(chrome, paper_view)
    expected = views.paper_subgraph(graph, views.find_paper(graph, "a"))
    assert drawn == {"nodes": expected.number_of_nodes(), "edges": expected.number_of_edges()}
    _assert_quiet_and_offline(chrome, paper_view)


def test_type_filter_and_search(chrome, tmp_path):
    graph = _graph()
    views.write_overview(graph, tmp_path / "overview.html")
    before = _open(chrome, tmp_path / "overview.html")
    papers = sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "Paper")
    chrome.find_element("css selector", "input.type-filter[value='Paper']").click()
    after = chrome.execute_script("return window.kgDrawn()")
    assert after["nodes"] == before["nodes"] - papers
    assert after["edges"] == sum(1 for _, _, k in graph.edges(keys=True) if k == "CO_OCCURS")
    search = chrome.find_element("id", "search")
    search.send_keys("FooNet\n")
    assert chrome.execute_script("return kgNetwork.getSelectedNodes()") == ["concept:foonet"]


def test_script_in_a_title_stays_text(chrome, tmp_path):
    graph = _evil_graph()
    paths = views.write_views(graph, tmp_path, concepts=1, papers=1)
    for path in [tmp_path / "index.html", *paths[1:]]:
        chrome.get(path.as_uri())
        assert XSS in chrome.find_element("tag name", "body").text or path.name != "index.html"
    _open(chrome, tmp_path / "overview.html")
    tooltip = _hover(chrome, "a")
    assert XSS in tooltip  # shown as the literal text
    assert chrome.execute_script("return document.querySelectorAll('img').length") == 0
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        chrome.switch_to.alert.text  # noqa: B018 - reading it is the check
    chrome.save_screenshot(str(ARTIFACTS / "view-xss-tooltip.png"))


def test_seed_overview_screenshot(chrome, tmp_path, seed_pages):
    from kg.pipeline import build_graph

    graph, _ = build_graph(seed_pages)
    paths = views.write_views(graph, tmp_path, concepts=1, papers=1)
    drawn = _open(chrome, tmp_path / "overview.html")
    expected = views.overview_subgraph(graph)
    assert drawn == {"nodes": expected.number_of_nodes(), "edges": expected.number_of_edges()}
    _assert_quiet_and_offline(chrome, tmp_path / "overview.html")
    chrome.save_screenshot(str(ARTIFACTS / "view-overview-seeds.png"))
    for path, name in ((paths[2], "view-concept-seeds.png"), (paths[3], "view-paper-seeds.png")):
        _open(chrome, path)
        _assert_quiet_and_offline(chrome, path)
        chrome.save_screenshot(str(ARTIFACTS / name))
