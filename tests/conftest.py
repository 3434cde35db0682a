"""Shared fixtures: the English pipeline is loaded once per test session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from kg.extract import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_pages() -> list[Path]:
    pages = sorted(SEEDS.glob("*.txt"))
    if not pages:
        pytest.fail(f"no seed pages in {SEEDS}: ../shared must sit beside the repository")
    return pages


def _neo4j_env() -> dict[str, str]:
    """Connection settings: the environment, else what scripts/neo4j wrote for the local server."""
    env = dict(os.environ)
    local = Path(__file__).resolve().parents[1] / ".neo4j" / "env"
    if "NEO4J_PASSWORD" not in env and local.exists():
        for line in local.read_text().splitlines():
            key, _, value = line.partition("=")
            env.setdefault(key, value)
    return env


@pytest.fixture(scope="session")
def neo4j_connection():
    from kg.load import Connection, LoadError, connect

    connection = Connection.from_env(_neo4j_env())
    try:
        connect(connection).close()
    except LoadError as error:
        if os.environ.get("KG_REQUIRE_NEO4J"):
            pytest.fail(f"Neo4j is required here: {error}")
        pytest.skip(f"no Neo4j server ({error}); run scripts/neo4j start")
    return connection


@pytest.fixture
def neo4j_driver(neo4j_connection):
    """A driver on an emptied database (Community edition has one database; tests share it)."""
    from kg.load import connect

    driver = connect(neo4j_connection)
    driver.execute_query("MATCH (n) DETACH DELETE n")
    yield driver
    driver.close()


CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
# A closed network refuses Chromium's own background connections; keep them off.
CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--window-size=1400,900")


@pytest.fixture(scope="session")
def chrome():
    """Headless Debian Chromium driven through chromedriver (`make test` installs both)."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        message = "Debian's chromium and chromium-driver are not installed (make browser)"
        if os.environ.get("KG_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='kg-chromium-')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    ARTIFACTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()
