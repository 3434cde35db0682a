"""Ingest: read papers from daily-papers pages, arXiv JSON Lines and CSV exports.

`read_papers` streams `Paper` and `Rejection` items in input order, so a caller can count
what was read, kept and rejected without holding the corpus in memory.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.ingest.hf_pages import looks_like_page, read_page
from kg.ingest.records import Columns, read_csv, read_jsonl
from kg.model import Paper, Rejection

FORMATS = ("hf", "jsonl", "csv")

__all__ = ["FORMATS", "Columns", "detect_format", "read_papers"]


def detect_format(path: Path) -> str:
    """The input format from the file's extension, or from its first lines for page text."""
    suffix = path.suffix.casefold()
    if suffix in {".jsonl", ".ndjson", ".json"}:
        return "jsonl"
    if suffix in {".csv", ".tsv"}:
        return "csv"
    with path.open(encoding="utf-8", errors="replace") as handle:
        if looks_like_page(handle.read(4096)):
            return "hf"
    raise ValueError(f"{path}: cannot tell the format from its name or content; pass --format")


def read_papers(
    paths: Iterable[Path | str], fmt: str | None = None, columns: Columns = Columns()
) -> Iterator[Paper | Rejection]:
    """Yield the papers of every input in order, and a Rejection for each unreadable record."""
    for path in map(Path, paths):
        try:
            kind = fmt or detect_format(path)
        except (OSError, ValueError) as error:
            yield Rejection(str(path), "file", str(error))
            continue
        readers = {"hf": read_page, "jsonl": read_jsonl, "csv": read_csv}
        if kind not in readers:
            raise ValueError(f"unknown format {kind!r}; expected one of {', '.join(FORMATS)}")
        try:
            yield from readers[kind](path) if kind == "hf" else readers[kind](path, columns)
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            yield Rejection(str(path), "file", f"stopped reading: {error}")
