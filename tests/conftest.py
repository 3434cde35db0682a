"""Shared fixtures: the English pipeline is loaded once per test session."""

from __future__ import annotations

import os
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
