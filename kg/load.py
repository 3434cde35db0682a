"""Load: the graph into Neo4j, idempotently, in batches of parameterised Cypher.

Every statement is a file under `cypher/` that a person can paste into Neo4j Browser; Python
only chooses the file and passes the rows as parameters. Loads MERGE on ids, so loading the
same build twice changes nothing, and loading a newer build adds its papers and updates the
ones seen before (their pages accumulate).
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from neo4j import Driver, GraphDatabase, Query
from neo4j.exceptions import AuthError, ClientError, ConfigurationError, ServiceUnavailable

from kg.model import EDGE_TYPES

CYPHER_DIR = Path(os.environ.get("KG_CYPHER_DIR", Path(__file__).resolve().parents[1] / "cypher"))
DEFAULT_BATCH = 1000


class LoadError(RuntimeError):
    """A failure the user can act on, said in one line (unreachable server, bad password, ...)."""


@dataclass(frozen=True)
class Connection:
    """Where a Neo4j server is, under the environment names Neo4j's own tools use."""

    uri: str = "bolt://127.0.0.1:7687"
    username: str = "neo4j"
    password: str = ""
    database: str = "neo4j"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Connection:
        """NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, with local defaults."""
        env = os.environ if env is None else env
        return cls(
            uri=env.get("NEO4J_URI", cls.uri),
            username=env.get("NEO4J_USERNAME", cls.username),
            password=env.get("NEO4J_PASSWORD", cls.password),
            database=env.get("NEO4J_DATABASE", cls.database),
        )


@dataclass
class LoadSummary:
    """What a load did, from the server's own counters."""

    rows: dict[str, int] = field(default_factory=dict)
    nodes_created: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0
    seconds: float = 0.0
    phase_seconds: dict[str, float] = field(default_factory=dict)

    def rate(self, *phases: str) -> float:
        """Rows written per second over the given phases."""
        seconds = sum(self.phase_seconds.get(p, 0.0) for p in phases)
        rows = sum(self.rows.get(p, 0) for p in phases)
        return rows / seconds if seconds else 0.0

    @property
    def nodes(self) -> int:
        return self.rows.get("concepts", 0) + self.rows.get("papers", 0)

    @property
    def relationships(self) -> int:
        return self.rows.get("mentions", 0)


def cypher(name: str) -> str:
    """The text of `cypher/<name>.cypher`, without its comment lines."""
    path = CYPHER_DIR / f"{name}.cypher"
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.lstrip().startswith("//")).strip()


def statements(name: str) -> list[str]:
    """The `;`-separated statements of a Cypher file."""
    return [s.strip() for s in cypher(name).split(";") if s.strip()]


def connect(connection: Connection) -> Driver:
    """A driver that has proved it can reach the server and the database."""
    try:
        driver = GraphDatabase.driver(connection.uri, auth=(connection.username,
                                                           connection.password))
        driver.verify_connectivity()
        driver.execute_query("RETURN 1", database_=connection.database)
    except ServiceUnavailable as error:
        raise LoadError(f"cannot reach Neo4j at {connection.uri} ({error}); is it running? "
                        "(scripts/neo4j start, or set NEO4J_URI)") from None
    except AuthError:
        raise LoadError(f"Neo4j at {connection.uri} refused user {connection.username!r}: wrong "
                        "user name or password (set NEO4J_USERNAME and NEO4J_PASSWORD)") from None
    except ConfigurationError as error:
        raise LoadError(f"bad Neo4j address {connection.uri!r}: {error}") from None
    except ClientError as error:
        if error.code and "DatabaseNotFound" in error.code:
            raise LoadError(f"Neo4j at {connection.uri} has no database "
                            f"{connection.database!r} (set NEO4J_DATABASE)") from None
        raise LoadError(f"Neo4j at {connection.uri}: {error.message}") from None
    return driver


def concept_rows(graph: nx.MultiDiGraph) -> Iterator[dict]:
    """One row per concept node."""
    for node, data in sorted(graph.nodes(data=True)):
        if data["kind"] == "Concept":
            yield {"id": node, "name": data["name"], "type": data["type"],
                   "aliases": list(data["aliases"])}


def _sighting_text(sighting: dict) -> str:
    parts = [sighting.get("page_date") or "", sighting["source"]]
    if sighting.get("rank") is not None:
        parts.append(f"#{sighting['rank']}")
    return " ".join(p for p in parts if p)


def paper_rows(graph: nx.MultiDiGraph) -> Iterator[dict]:
    """One row per paper node; lists of records become lists of text (Neo4j stores no maps)."""
    scalar = ("title", "arxiv_id", "date", "n_authors", "upvotes")
    for node, data in sorted(graph.nodes(data=True)):
        if data["kind"] != "Paper":
            continue
        props = {k: data[k] for k in scalar if data.get(k) is not None}
        props.update({k: list(data[k]) for k in ("authors", "categories", "code_links")})
        seen = data.get("seen_on", [])
        dates = sorted({s["page_date"] for s in seen if s.get("page_date")})
        yield {"id": node, "props": props, "seen_on": [_sighting_text(s) for s in seen],
               "page_dates": dates}


def mention_rows(graph: nx.MultiDiGraph) -> Iterator[dict]:
    """One row per Paper→Concept relationship."""
    for paper, concept, key, data in sorted(graph.edges(keys=True, data=True),
                                            key=lambda e: e[:3]):
        if key in EDGE_TYPES:
            yield {"paper": paper, "concept": concept, "type": key, "role": data["role"],
                   "count": data["count"], "evidence": data["evidence"]}


def batches(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    """Rows in lists of at most size."""
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _count(summary: LoadSummary, counters) -> None:
    summary.nodes_created += counters.nodes_created
    summary.relationships_created += counters.relationships_created
    summary.relationships_deleted += counters.relationships_deleted
    summary.properties_set += counters.properties_set


def _write(driver: Driver, database: str, statement: str, summary: LoadSummary, **params) -> None:
    """Run one statement in a managed (retried) write transaction."""

    def work(tx):
        return tx.run(statement, **params).consume().counters

    with driver.session(database=database) as session:
        _count(summary, session.execute_write(work))


def apply_schema(driver: Driver, database: str) -> None:
    """Constraints and indexes from cypher/schema.cypher."""
    for statement in statements("schema"):
        driver.execute_query(Query(statement), database_=database)


def load_graph(
    graph: nx.MultiDiGraph,
    connection: Connection,
    batch_size: int = DEFAULT_BATCH,
    progress: Callable[[int], None] | None = None,
) -> LoadSummary:
    """Load a kg graph into Neo4j; `progress(n)` is told of every n rows written."""
    summary = LoadSummary()
    started = time.perf_counter()
    driver = connect(connection)
    try:
        apply_schema(driver, connection.database)
        steps = [("concepts", "load/concepts", concept_rows(graph)),
                 ("papers", "load/papers", paper_rows(graph)),
                 ("mentions", "load/mentions", mention_rows(graph))]
        for name, query, rows in steps:
            statement = cypher(query)
            phase_started = time.perf_counter()
            for batch in batches(rows, batch_size):
                _write(driver, connection.database, statement, summary, rows=batch)
                summary.rows[name] = summary.rows.get(name, 0) + len(batch)
                if progress:
                    progress(len(batch))
            summary.phase_seconds[name] = time.perf_counter() - phase_started
        phase_started = time.perf_counter()
        co_occurs = cypher("load/co_occurs")
        ids = (row["id"] for row in concept_rows(graph))
        for batch in batches(({"id": i} for i in ids), batch_size):
            _write(driver, connection.database, co_occurs, summary, ids=[r["id"] for r in batch])
        summary.phase_seconds["co_occurs"] = time.perf_counter() - phase_started
    finally:
        driver.close()
    summary.seconds = time.perf_counter() - started
    return summary


def total_rows(graph: nx.MultiDiGraph) -> int:
    """How many rows a load of graph writes (for a progress bar)."""
    concepts = sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "Concept")
    papers = graph.number_of_nodes() - concepts
    mentions = sum(1 for _, _, k in graph.edges(keys=True) if k in EDGE_TYPES)
    return concepts + papers + mentions


_PARAM_LINE = re.compile(r"^//\s*:param\s+(\w+)\s*=>\s*(.+)$")


def query_names() -> list[str]:
    """Names of the queries in cypher/queries."""
    return sorted(p.stem for p in (CYPHER_DIR / "queries").glob("*.cypher"))


def query_header(name: str) -> tuple[str, dict[str, object]]:
    """A query's question (its first comment line) and its `:param` defaults."""
    path = CYPHER_DIR / "queries" / f"{name}.cypher"
    if not path.exists():
        raise LoadError(f"no query {name!r}; known: {', '.join(query_names())}")
    lines = path.read_text(encoding="utf-8").splitlines()
    question = lines[0].lstrip("/ ").strip() if lines else ""
    defaults = {m.group(1): parse_value(m.group(2)) for m in map(_PARAM_LINE.match, lines) if m}
    return question, defaults


def parse_value(text: str) -> object:
    """A parameter value: JSON when it parses (numbers, "text", lists), else the text itself."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def run_query(connection: Connection, name: str, params: dict[str, object]) -> list[dict]:
    """Run a library query with its defaults overridden by params; rows as dicts."""
    _, defaults = query_header(name)
    driver = connect(connection)
    try:
        records, _, _ = driver.execute_query(
            Query(cypher(f"queries/{name}")), {**defaults, **params},
            database_=connection.database, routing_="r",
        )
    except ClientError as error:
        raise LoadError(f"query {name}: {error.message}") from None
    finally:
        driver.close()
    return [record.data() for record in records]
