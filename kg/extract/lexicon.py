"""Word lists the concept recogniser reads: known names, generic names, head words.

They live in data files beside this module (`data/`), each entry written by the kg authors
with a note; users add their own with `load_lexicon(path)` (CSV or JSON Lines of name, type,
aliases).
"""

from __future__ import annotations

import csv
import functools
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import CONCEPT_TYPES

DATA = Path(__file__).parent / "data"
SEPARATORS = re.compile(r"[\s\-‐‑–_/\"“”]+")  # quotes mark a name, and are none of it
# British spellings, folded to American ones in keys: "batch normalisation", "behavioural".
_ENDINGS = r"(?=(?:ation|ations|e|ed|es|ing|er|ers)\b)"
_BRITISH = re.compile(rf"(?<=[a-z]{{3}}i)s{_ENDINGS}|(?<=[a-z]{{2}}y)s{_ENDINGS}"
                      r"|(?<=\bbehavio)u|(?<=\bcolo)u|(?<=\b(?:model|label))l(?=ing\b|ed\b)")
_AMERICAN = re.compile(rf"(?<=[a-z]{{3}}i)z{_ENDINGS}|(?<=[a-z]{{2}}y)z{_ENDINGS}"
                       r"|(?<=\bbehavio)(?=r)|(?<=\bcolo)(?=r)|(?<=\b(?:model|label))(?=ing\b|ed\b)")


# Words that follow a name without being part of it: "the TruthfulQA dataset", "Llama 2 models",
# "the Backpack language model architecture", "the Query Attention mechanism".
NAME_FOLLOWERS = {"dataset", "datasets", "benchmark", "benchmarks", "corpus", "suite", "task",
                  "tasks", "framework", "objective", "family", "model", "models", "method",
                  "methods", "approach", "algorithm", "architecture", "mechanism", "scheme",
                  "technique", "language", "network", "networks", "neural", "variant",
                  "variants", "series", "version", "backbone", "backbones", "module",
                  "algorithms", "approaches", "architectures", "frameworks", "mechanisms",
                  "schemes", "techniques", "evaluation", "evaluations", "training", "pretraining",
                  "pre-training", "finetuning", "fine-tuning", "metric", "metrics", "setting",
                  "settings", "procedure", "procedures", "paradigm", "paradigms", "pipeline",
                  "strategy", "strategies", "baseline", "baselines", "scenario", "scenarios",
                  "base", "database", "databases", "system", "systems", "block", "blocks",
                  "unit", "units", "layer", "layers", "challenge", "challenges", "component",
                  "components", "modules", "agent", "agents", "checkpoint", "checkpoints",
                  "judge", "judges", "policy", "policies", "targets"}


@dataclass(frozen=True)
class Entry:
    """A known concept name, its type, and the other names it goes by."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@functools.lru_cache(maxsize=1 << 16)  # the same names recur across a corpus
def name_key(text: str) -> str:
    """A name reduced so that case, hyphen, space, plural and apostrophe ("Hub5’00")
    variants compare equal.

    >>> name_key("Large Language Models") == name_key("large-language model")
    True
    """
    folded = text.casefold().replace("’", "'").strip(" .,;:()[]\"'")  # a typeset apostrophe
    folded = _BRITISH.sub(_american, folded)
    words = [w for w in SEPARATORS.split(folded) if w]
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-3] + "y" if words[-1].endswith("ies") else words[-1][:-1]
    return "".join(words)


def _american(match: re.Match) -> str:
    return {"s": "z", "u": "", "l": ""}[match.group()]


def _british(match: re.Match) -> str:
    return {"z": "s", "": "u" if match.string[: match.start()].endswith(("behavio", "colo"))
            else "l"}[match.group()]


def british_spelling(name: str) -> str:
    """A lower-case name as British English spells it: "batch normalization" → "batch
    normalisation", "behavior cloning" → "behaviour cloning", "language modeling" → "language
    modelling"; the name itself where the two agree."""
    return _AMERICAN.sub(_british, name)


def redefined_acronyms(pairs: Iterable[tuple[str, str]], known: dict[str, Entry]) -> set[str]:
    """Keys of the known acronyms that a text's (long form, acronym) pairs spell out as
    something else: "Early Exit Reasoning (EER)" is no equal error rate."""
    return {key for long, short in pairs if (key := name_key(short)) in known
            and not _spells_out(long, short, known[key])}


def _spells_out(long: str, short: str, entry: Entry) -> bool:
    """True if an acronym's long form shares a word with a long name of the acronym's entry,
    or the entry has none: "deep RL (DRL)" is the known DRL, "Early Exit Reasoning (EER)" not
    the known EER, an equal error rate ("ACE 2005" is an edition, no long name)."""
    long_key, short_key = name_key(long), name_key(short)
    words = [w for name in entry.names if " " in name and not (
        name_key(name).startswith(short_key)) for w in name.split() if len(w) > 2]
    return not words or any(name_key(w) in long_key for w in words)


def _entry(fields: dict, where: str) -> Entry:
    name = str(fields.get("name") or "").strip()
    kind = str(fields.get("type") or "").strip().capitalize()
    if not name:
        raise ValueError(f"{where}: no name")
    if kind not in CONCEPT_TYPES:
        raise ValueError(f"{where}: type {kind!r} is not one of {', '.join(CONCEPT_TYPES)}")
    aliases = fields.get("aliases") or ()
    if isinstance(aliases, str):
        aliases = [a for a in re.split(r"[;|]", aliases) if a.strip()]
    return Entry(name, kind, tuple(a.strip() for a in aliases))


def _pwc_entries(records: list[dict], kind: str) -> Iterator[Entry]:
    """Papers with Code methods JSON: name, full_name, and a collection area."""
    for record in records:
        name = record.get("name") or record.get("full_name")
        if name:
            full = record.get("full_name")
            aliases = (full,) if full and full != name else ()
            yield Entry(str(name), kind, aliases)


def load_lexicon(path: Path | str, default_type: str = "Method") -> list[Entry]:
    """Entries of a user lexicon: JSON Lines, CSV, or a Papers with Code methods JSON array
    (each may be gzipped)."""
    path = Path(path)
    if path.suffix == ".gz":  # the Papers with Code dumps are gzipped
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        path = path.with_suffix("")
    else:
        text = path.read_text(encoding="utf-8")
    if path.suffix == ".csv":
        rows = csv.DictReader(text.splitlines())
        return [_entry(row, f"{path.name} row {n}") for n, row in enumerate(rows, start=2)]
    if text.lstrip().startswith("["):
        return list(_pwc_entries(json.loads(text), default_type))
    return [
        _entry(json.loads(line), f"{path.name} line {n}")
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]


def builtin_lexicon() -> list[Entry]:
    """kg's own list of well-known names."""
    return load_lexicon(DATA / "lexicon.jsonl")


def _word_lines(file_name: str) -> list[str]:
    """The lines of a word-list file of DATA, without comments (#) and blank lines."""
    lines = (DATA / file_name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def generic_keys() -> frozenset[str]:
    """Keys of names too generic to be concepts ("language models", "our method")."""
    return frozenset(name_key(line) for line in _word_lines("generic.txt"))


def broad_keys() -> frozenset[str]:
    """Keys of names salient only when an abstract repeats them ("fine-tuning")."""
    return frozenset(name_key(line) for line in _word_lines("broad.txt"))


def generic_phrases() -> list[str]:
    """Generic names of two or more words, matched so that they shadow the names inside them."""
    return [line for line in _word_lines("generic.txt") if " " in line]


def _heads() -> list[dict]:
    lines = (DATA / "heads.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def head_types() -> dict[str, str]:
    """Head word → concept type ("benchmark" → Dataset)."""
    return {row["head"]: row["type"] for row in _heads()}


def open_heads() -> frozenset[str]:
    """Head words that make even a common-noun phrase a concept ("dependency parsing")."""
    return frozenset(row["head"] for row in _heads() if row.get("open"))


def specific_heads() -> frozenset[str]:
    """Head words after which even a lower-case phrase mentioned once names a concept an
    expert would list ("top-k error rate", "hierarchical softmax"): open heads and a few more."""
    return frozenset(row["head"] for row in _heads() if row.get("open") or row.get("specific"))


def _materials(kind: str) -> frozenset[str]:
    lines = (DATA / "materials.jsonl").read_text(encoding="utf-8").splitlines()
    return frozenset(row["word"] for row in map(json.loads, filter(None, lines))
                     if row["kind"] == kind)


def material_heads() -> frozenset[str]:
    """Nouns that make a phrase data a text works with ("parallel corpora", "natural images")."""
    return _materials("head")


def languages() -> frozenset[str]:
    """Natural languages, which a text's data is in ("English", "Czech")."""
    return _materials("language")


def vague_modifiers() -> frozenset[str]:
    """Words stripped from the front of a head-word phrase ("novel", "our", "existing")."""
    return frozenset(_word_lines("modifiers.txt"))


def index(entries: Iterable[Entry]) -> dict[str, Entry]:
    """Name key → entry, for every name and alias; earlier entries win ties."""
    table: dict[str, Entry] = {}
    for entry in entries:
        for name in entry.names:
            table.setdefault(name_key(name), entry)
    return table


def known_names(lexicon_paths: Iterable[Path | str] = ()) -> dict[str, Entry]:
    """Name key → entry for the built-in list plus the user's lexicons (the user's win)."""
    entries = [e for path in lexicon_paths for e in load_lexicon(path)]
    return index(entries + builtin_lexicon())
