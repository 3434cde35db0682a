"""Record-per-line inputs: arXiv metadata snapshots (JSON Lines) and CSV exports."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from kg.ingest.text import arxiv_id, clean_text, code_links, paper_id
from kg.model import Paper, Rejection, Sighting


@dataclass(frozen=True)
class Columns:
    """Which CSV columns hold what; the defaults fit most exports."""

    title: str = "title"
    abstract: str = "abstract"
    id: str = "id"
    date: str = "date"
    authors: str = "authors"


def _authors(value: object) -> tuple[str, ...]:
    """Authors as arXiv writes them: a string "A, B and C", or a list (parsed or not)."""
    if isinstance(value, list):
        names = [" ".join(reversed([p for p in a[:2] if p])) if isinstance(a, list) else str(a)
                 for a in value]
    else:
        text = str(value or "").replace(" and ", ", ")
        names = [name for name in text.split(",")]
    return tuple(clean_text(name) for name in names if clean_text(name))


def paper_from_fields(fields: Mapping[str, object], source: str, rank: int, names: Columns):
    """A Paper from one record's fields, or the reason it cannot be one."""
    title = clean_text(str(fields.get(names.title) or ""))
    abstract = clean_text(str(fields.get(names.abstract) or ""))
    if not title:
        return f"no {names.title!r} field"
    if not abstract:
        return f"no {names.abstract!r} field"
    raw_id = fields.get(names.id)
    arxiv = arxiv_id(str(raw_id)) if raw_id else None
    authors = _authors(fields.get(names.authors) or fields.get("authors_parsed"))
    categories = str(fields.get("categories") or "").split()
    date = fields.get(names.date) or fields.get("update_date")
    return Paper(
        id=paper_id(title, arxiv) if arxiv or not raw_id else f"id:{raw_id}",
        title=title,
        abstract=abstract,
        arxiv_id=arxiv,
        date=str(date) if date else None,
        authors=authors,
        n_authors=len(authors) or None,
        categories=tuple(categories),
        code_links=code_links(abstract),
        seen_on=[Sighting(source=source, rank=rank)],
    )


def _json_objects(path: Path) -> Iterator[tuple[int, dict] | Rejection]:
    """(line number, object) per JSON line; a line that is not a JSON object is rejected."""
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                fields = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as error:
                yield Rejection(path.name, f"line {number}", f"not UTF-8 ({error.reason})")
                continue
            except json.JSONDecodeError as error:
                yield Rejection(path.name, f"line {number}", f"not JSON ({error.msg})")
                continue
            if not isinstance(fields, dict):
                yield Rejection(path.name, f"line {number}", "not a JSON object")
                continue
            yield number, fields


def read_jsonl(path: Path, names: Columns = Columns()) -> Iterator[Paper | Rejection]:
    """Yield a Paper per JSON line, or a Rejection naming the line and the reason."""
    for item in _json_objects(path):
        if isinstance(item, Rejection):
            yield item
        else:
            number, fields = item
            yield _checked(paper_from_fields(fields, path.name, number, names), path, number)


def extract_inputs(path: Path, names: Columns = Columns()) -> Iterator[Paper | Rejection]:
    """Records for `kg extract`: the id is kept exactly as given, since results are joined on it."""
    for item in _json_objects(path):
        if isinstance(item, Rejection):
            yield item
            continue
        number, fields = item
        if fields.get(names.id) in (None, ""):
            yield Rejection(path.name, f"line {number}", f"no {names.id!r} field")
            continue
        paper = _checked(paper_from_fields(fields, path.name, number, names), path, number)
        if isinstance(paper, Paper):
            paper.id = str(fields[names.id])
        yield paper


def read_csv(path: Path, names: Columns = Columns()) -> Iterator[Paper | Rejection]:
    """Yield a Paper per CSV row; rows are numbered by their first line in the file."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {names.title, names.abstract} - set(reader.fieldnames or ())
        if missing:
            yield Rejection(path.name, "header", f"no column {', '.join(sorted(missing))}")
            return
        line = reader.line_num + 1
        for row in reader:
            yield _checked(paper_from_fields(row, path.name, line, names), path, line)
            line = reader.line_num + 1


def _checked(result: Paper | str, path: Path, number: int) -> Paper | Rejection:
    return Rejection(path.name, f"line {number}", result) if isinstance(result, str) else result
