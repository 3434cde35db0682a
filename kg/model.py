"""Plain data types passed from one stage to the next.

Every stage takes the previous stage's types and returns its own, so a notebook user can stop
after any stage and look at ordinary dataclasses instead of stage internals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CONCEPT_TYPES = ("Method", "Dataset", "Model", "Metric", "Task")
ROLES = ("proposed", "used")
EDGE_TYPES = ("PROPOSES", "USES", "EVALUATES_ON", "MEASURES", "ADDRESSES")


@dataclass(frozen=True)
class Sighting:
    """One place a paper was seen: a page (or file) and its date, and the paper's rank there."""

    source: str
    page_date: str | None = None
    rank: int | None = None


@dataclass
class Paper:
    """A paper as read from an input: title and abstract plus what the source shows of it."""

    id: str
    title: str
    abstract: str
    arxiv_id: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    n_authors: int | None = None
    upvotes: int | None = None
    categories: tuple[str, ...] = ()
    code_links: tuple[str, ...] = ()
    seen_on: list[Sighting] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The text extraction reads; mention offsets point into it."""
        return f"{self.title}\n\n{self.abstract}"


@dataclass(frozen=True)
class Rejection:
    """A record that could not be read, with where it was and why, so nothing is lost silently."""

    source: str
    record: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.record}: {self.reason}"


@dataclass(frozen=True)
class Mention:
    """One span of a paper's text that names a concept."""

    text: str
    type: str
    start: int
    end: int
    sentence: str
    role: str = "used"
    guessed: bool = False  # only the trained model found it: no rule or word list agrees
    written: str = ""  # the text as the paper wrote it, when the concept's name drops words


@dataclass
class PaperConcept:
    """A concept as one paper names it: its mentions merged by acronym and spelling variants."""

    name: str
    type: str
    aliases: list[str]
    role: str
    count: int
    evidence: str
    keys: list[str] = field(default_factory=list)
    salient: bool = True  # one an expert would list for the paper (see kg.resolve.salient)


@dataclass
class Concept:
    """A concept across the corpus: one node of the graph."""

    id: str
    name: str
    type: str
    aliases: list[str]


@dataclass
class BuildSummary:
    """What a build read, kept, rejected and produced; the CLI prints it, the API returns it."""

    read: int = 0
    accepted: int = 0
    rejected: int = 0
    repeated: int = 0
    papers: int = 0
    concepts_by_type: dict[str, int] = field(default_factory=dict)
    edges_by_type: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    rejections: list[Rejection] = field(default_factory=list)
