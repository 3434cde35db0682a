"""Neo4j Browser from the local server, used as a person uses it, in headless Chromium."""

from __future__ import annotations

import os
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

from kg.load import CYPHER_DIR, load_graph
from tests.conftest import ARTIFACTS
from tests.test_load import small_graph

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]


def _browser_url(connection) -> str:
    host = re.sub(r"^\w+://([^:/]+).*$", r"\1", connection.uri)
    return f"http://{host}:{os.environ.get('NEO4J_HTTP_PORT', '7474')}/browser/"


def _editor_text(chrome) -> str:
    return chrome.find_element(By.CSS_SELECTOR, ".monaco-editor .view-lines").text.strip()


def _run(chrome, wait, text: str) -> None:
    """Type text into Browser's editor and run it; wait until Browser has taken it (it clears
    the editor), so that the next command never runs into this one on a slow machine."""
    wait.until(lambda d: _editor_text(d) == "")
    chrome.find_element(By.CSS_SELECTOR, ".monaco-editor textarea").send_keys(text)
    wait.until(lambda d: _editor_text(d) != "")
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=editor-Run]").click()
    wait.until(lambda d: _editor_text(d) == "")


def test_a_library_query_pasted_into_neo4j_browser_shows_its_rows(
    chrome, neo4j_connection, neo4j_driver
):
    load_graph(small_graph(), neo4j_connection)
    wait = WebDriverWait(chrome, 120)
    chrome.get(_browser_url(neo4j_connection))
    wait.until(ready.element_to_be_clickable((By.CSS_SELECTOR, "[data-testid=username]"))
               ).send_keys(neo4j_connection.username)
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=password]").send_keys(
        neo4j_connection.password)
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=connect]").click()
    wait.until(lambda d: "neo4j$" in d.find_element(By.TAG_NAME, "body").text)

    # What a person pastes: the header's :param lines, then the query itself.
    text = (CYPHER_DIR / "queries" / "top-methods.cypher").read_text().splitlines()
    for line in text:
        if line.startswith("// :param"):
            _run(chrome, wait, line.removeprefix("// "))
    wait.until(lambda d: '"limit": 20' in d.find_element(By.TAG_NAME, "body").text)
    query = " ".join(line.strip() for line in text if not line.startswith("//"))
    _run(chrome, wait, query)

    try:
        wait.until(lambda d: "Started streaming 2 records" in d.find_element(
            By.TAG_NAME, "body").text)
    finally:  # what the page showed, also when it timed out
        chrome.save_screenshot(str(ARTIFACTS / "neo4j-browser.png"))
    cells = [c.text for c in chrome.find_elements(By.CSS_SELECTOR, "[role=cell], td")]
    assert '"FooNet"' in cells and '"LoRA"' in cells, cells
