"""Hugging Face daily-papers pages saved as text.

Two layouts are known. The compact one has one line per title and per abstract. The spaced
one puts a blank line between all parts and may follow each abstract with the author count,
a bullet and the paper's date with an optional upvote count ("Sep 25, 2023 2"). Either may
carry the page date ("Apr 20") above the first paper. Both are read by one scanner over the
non-empty lines, so a page that mixes them still parses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.ingest.text import clean_text, code_links, paper_id
from kg.model import Paper, Rejection, Sighting

_BOILERPLATE = {
    "new",
    "get trending papers in your email inbox once a day!",
    "get trending papers in your email inbox!",
    "subscribe",
    "daily papers",
    "byak and the research community",
}
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_PAGE_DATE = re.compile(rf"^({_MONTHS}) (\d{{1,2}})(?:, (\d{{4}}))?$")
_PAPER_DATE = re.compile(rf"^({_MONTHS}) (\d{{1,2}})(?:, (\d{{4}}))?(?: (\d+))?$")
_AUTHORS = re.compile(r"^[•·*-]?\s*(\d+) authors?$")
_SEPARATOR = {"·", "•"}
MAX_TITLE_CHARS = 400
MIN_ABSTRACT_CHARS = 80


@dataclass(frozen=True)
class _Line:
    number: int
    text: str


def looks_like_page(text: str) -> bool:
    """True when text has the daily-papers page header, so `--format` can be left out."""
    head = [line.strip().casefold() for line in text.splitlines()[:12] if line.strip()]
    return any(line.startswith("get trending papers") for line in head)


def _significant_lines(text: str) -> list[_Line]:
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.casefold() in _BOILERPLATE:
            continue
        if line.startswith("Subscribe") and len(line) > len("Subscribe"):
            line = line[len("Subscribe"):].strip()  # the compact layout glues the first title on
        if line:
            lines.append(_Line(number, line))
    return lines


def _month(name: str) -> int:
    return _MONTHS.split("|").index(name) + 1


def _iso(month: str, day: str, year: int | None) -> str | None:
    """ISO date; without a known year, ISO 8601's year-less form "--MM-DD"."""
    try:
        date = dt.date(year or 2000, _month(month), int(day))  # 2000 is a leap year
    except ValueError:
        return None
    return date.isoformat() if year else date.strftime("--%m-%d")


def _page_year(lines: list[_Line]) -> int | None:
    """The page's year, which the page never prints.

    The site prints a year only on paper dates of earlier years, so when some paper dates
    have no year, the page's year is one past the latest printed year.
    """
    years = []
    yearless = False
    for line in lines:
        match = _PAPER_DATE.match(line.text)
        if match:
            if match.group(3):
                years.append(int(match.group(3)))
            else:
                yearless = True
    if not years:
        return None
    return max(years) + 1 if yearless else max(years)


def read_page(path: Path, year: int | None = None) -> Iterator[Paper | Rejection]:
    """Yield every paper entry of one saved page, and a Rejection for each entry that is broken."""
    lines = _significant_lines(path.read_text(encoding="utf-8"))
    year = year or _page_year(lines)
    page_date = None
    if lines and (match := _PAGE_DATE.match(lines[0].text)):
        page_date = _iso(match.group(1), match.group(2), int(match.group(3) or 0) or year)
        lines = lines[1:]
    yield from _entries(path.name, lines, page_date, year)


def _entries(source: str, lines: list[_Line], page_date: str | None, year: int | None):
    index = 0
    rank = 0
    while index < len(lines):
        rank += 1
        title = lines[index]
        abstract = lines[index + 1] if index + 1 < len(lines) else None
        problem = _problem(title, abstract)
        if problem:
            yield Rejection(source, f"entry {rank} (line {title.number})", problem)
            # A too-long "title" is a stray abstract: the next line may be a good title.
            index += 1 if len(title.text) > MAX_TITLE_CHARS else 2
            continue
        meta, index = _metadata(lines, index + 2, year)
        yield _paper(source, rank, title.text, abstract.text, page_date, meta)


def _metadata(lines: list[_Line], index: int, year: int | None) -> tuple[dict, int]:
    """Read the optional author count, bullet and date lines that follow an abstract."""
    meta: dict[str, int | str | None] = {}
    if index < len(lines) and (match := _AUTHORS.match(lines[index].text)):
        meta["n_authors"] = int(match.group(1))
        index += 1
        if index < len(lines) and lines[index].text in _SEPARATOR:
            index += 1
        if index < len(lines) and (date := _PAPER_DATE.match(lines[index].text)):
            month, day, printed_year, upvotes = date.groups()
            meta["date"] = _iso(month, day, int(printed_year) if printed_year else year)
            meta["upvotes"] = int(upvotes) if upvotes else None
            index += 1
    return meta, index


def _problem(title: _Line, abstract: _Line | None) -> str | None:
    if abstract is None:
        return "title without an abstract at the end of the page"
    if len(title.text) > MAX_TITLE_CHARS:
        return f"title line is {len(title.text)} characters; expected a title before the abstract"
    if len(abstract.text) < MIN_ABSTRACT_CHARS:
        return f"abstract is {len(abstract.text)} characters, too short to be an abstract"
    return None


def _paper(source, rank, title, abstract, page_date, meta) -> Paper:
    title = clean_text(title)
    abstract = clean_text(abstract)
    return Paper(
        id=paper_id(title),
        title=title,
        abstract=abstract,
        date=meta.get("date"),
        n_authors=meta.get("n_authors"),
        upvotes=meta.get("upvotes"),
        code_links=code_links(abstract),
        seen_on=[Sighting(source=source, page_date=page_date, rank=rank)],
    )
