"""`kg eval`: kg's extractor and two baselines scored on annotated data sets.

Baselines, on the same text: spaCy's generic named entities taken as concepts (what generic
spaCy-based graph builders give), and noun chunks taken as concepts. Neither has types, so each
is scored as if it had typed every span right (an oracle typing that flatters the baselines).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import spacy

from kg.evaluate.datasets import READERS, EvalSet, read_set
from kg.evaluate.scoring import Score, concept_sets, exact, lenient, per_type
from kg.extract import DEFAULT_MODEL, load_pipeline
from kg.extract.concepts import DATA_KEY
from kg.extract.lexicon import name_key

SYSTEMS = ("kg", "kg-rules", "kg-ner", "spacy-ner", "noun-chunks")
ANY_TYPE = "*"

__all__ = ["READERS", "SYSTEMS", "SetResult", "evaluate", "markdown", "read_set"]


@dataclass
class SetResult:
    """Scores of every system on one data set."""

    name: str
    docs: int
    gold: int
    types: tuple[str, ...]
    exact: dict[str, dict[str, Score]] = field(default_factory=dict)
    lenient: dict[str, dict[str, Score]] = field(default_factory=dict)
    concepts: dict[str, dict[str, Score]] = field(default_factory=dict)
    seconds: float = 0.0


def _typed(spans: Iterable[tuple[int, int, str]], types: tuple[str, ...], fold: dict[str, str]):
    """kg's spans folded onto the set's types; untyped baseline spans given every type."""
    out = []
    for start, end, kind in spans:
        if kind == ANY_TYPE:
            out += [(start, end, t) for t in types]
        elif fold.get(kind, kind) in types:
            out.append((start, end, fold.get(kind, kind)))
    return out


def _keys(doc_text: str, spans, acronyms: dict[str, str]) -> set[tuple[str, str]]:
    """Distinct (type, concept key) of spans; an acronym counts as its long form."""
    keys = set()
    for start, end, kind in spans:
        key = name_key(doc_text[start:end])
        keys.add((kind, acronyms.get(key, key)))
    return keys


def _concepts(doc, unnamed_data: bool) -> list[tuple[int, int, str]]:
    spans = [*doc.spans["kg_concepts"], *(doc.spans[DATA_KEY] if unnamed_data else ())]
    return [(s.start_char, s.end_char, s.label_) for s in spans]


def _predictions(data: EvalSet, model: str | None, lexicons, systems) -> Iterator[dict]:
    """Per document: each system's spans and the acronym map kg found in the text."""
    kg_nlp = load_pipeline(model, lexicons)
    texts = [d.text for d in data.docs]
    streams = {"kg": kg_nlp.pipe(texts, batch_size=32)}
    if {"spacy-ner", "noun-chunks"} & set(systems):
        streams["full"] = spacy.load(model or DEFAULT_MODEL).pipe(texts, batch_size=32)
    if "kg-rules" in systems:
        rules = load_pipeline(model, lexicons, trained_ner=False)
        streams["rules"] = rules.pipe(texts, batch_size=32)
    for docs in zip(*streams.values(), strict=True):
        doc = dict(zip(streams, docs, strict=True))
        kg_doc = doc["kg"]
        found = {"kg": _concepts(kg_doc, data.unnamed_data),
                 # kg's pipeline leaves the trained NER's own output in doc.ents
                 "kg-ner": [(e.start_char, e.end_char, e.label_) for e in kg_doc.ents]}
        if "rules" in doc:
            found["kg-rules"] = _concepts(doc["rules"], data.unnamed_data)
        if "full" in doc:
            found["spacy-ner"] = [(e.start_char, e.end_char, ANY_TYPE) for e in doc["full"].ents]
            found["noun-chunks"] = [(c.start_char, c.end_char, ANY_TYPE)
                                    for c in doc["full"].noun_chunks]
        acronyms = {name_key(short.text): name_key(long.text)
                    for long, short in kg_doc._.kg_abbreviations}
        yield {"spans": {s: found[s] for s in systems},
               "acronyms": acronyms}


def evaluate(
    data: EvalSet, systems: Iterable[str] = SYSTEMS, model: str | None = None,
    lexicons: Iterable[str] = (),
) -> SetResult:
    """Score the systems on one data set."""
    systems = list(systems)
    started = time.perf_counter()
    predicted: dict[str, list] = {s: [] for s in systems}
    pred_keys: dict[str, list] = {s: [] for s in systems}
    gold_keys = []
    for doc, found in zip(data.docs, _predictions(data, model, lexicons, systems), strict=True):
        for system in systems:
            spans = _typed(found["spans"][system], data.types, data.fold)
            predicted[system].append(spans)
            pred_keys[system].append(_keys(doc.text, spans, found["acronyms"]))
        gold_keys.append(_keys(doc.text, doc.gold, found["acronyms"]))
    gold = [d.gold for d in data.docs]
    result = SetResult(data.name, len(data.docs), sum(map(len, gold)), data.types)
    for system in systems:
        result.exact[system] = per_type(predicted[system], gold, data.types, exact)
        result.lenient[system] = per_type(predicted[system], gold, data.types, lenient)
        if data.paper_level:
            result.concepts[system] = concept_sets(pred_keys[system], gold_keys, data.types)
    result.seconds = time.perf_counter() - started
    return result


def _cells(score: Score) -> str:
    return f"{score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f}"


def markdown(results: Iterable[SetResult]) -> str:
    """The results as Markdown tables, one per data set."""
    parts = []
    for result in results:
        parts.append(f"### {result.name}: {result.docs} documents, {result.gold} gold mentions\n")
        columns = ["type", "system", "exact P", "exact R", "exact F1", "lenient P", "lenient R",
                   "lenient F1"]
        if result.concepts:
            columns += ["concept-set P", "concept-set R", "concept-set F1"]
        parts.append("| " + " | ".join(columns) + " |")
        parts.append("|" + "---|" * len(columns))
        for kind in [*result.types, "all"]:
            for system in result.exact:
                row = (f"| {kind} | {system} | {_cells(result.exact[system][kind])} | "
                       f"{_cells(result.lenient[system][kind])} |")
                if result.concepts:
                    row += f" {_cells(result.concepts[system][kind])} |"
                parts.append(row)
        parts.append("")
    return "\n".join(parts)


REPORT_HEAD = """# Extraction quality

Generated by `make evaluation` (`kg eval all --markdown docs/evaluation.md`); do not edit by
hand. Data: `../shared/eval` (see its README and each set's SOURCE.md). Test splits are used
for measuring only.

- **Systems.** `kg`: kg's extractor (the English pipeline plus `kg_abbreviations`, the
  trained `kg_ner` and `kg_concepts`). `kg-rules`: the same without the trained NER (rules
  and word lists alone). `kg-ner`: the trained NER's own spans alone (`scripts/train_ner.py`,
  trained on TDMSci train and the first 40 sentences of each SciREX train paper).
  `spacy-ner`: the entities of spaCy's generic English NER, taken as concepts.
  `noun-chunks`: spaCy's noun chunks, taken as concepts. The baselines have no types: each
  of their spans is scored as if typed right for whichever type is scored (oracle typing,
  which flatters them).
- **Types.** kg's Model folds into Method for SciERC and SciREX (they label models Method);
  SciERC and SciREX `Material` is scored as Dataset; TDMSci has no Method or Model labels, so
  kg's Method and Model spans are not scored there.
- **Matching.** Exact: same character start, end and type. Lenient: overlapping spans of the
  same type (a prediction is right if it overlaps a gold span of its type; a gold span is
  found if a prediction of its type overlaps it). Concept set (SciERC): per abstract, the
  distinct (type, name) pairs, names compared after folding case, hyphens, spaces and a
  plural, and an acronym defined in the text counted as its long form.
- Token-level sets are scored on their tokens joined by single spaces.
- **Spans and concepts.** The span tables score every mention kg's pipeline marks
  (`doc.spans["kg_concepts"]`). What `kg extract` writes and the graph holds is one level
  up: per paper, the mentions resolved into concepts, and of those only the salient ones
  (`kg.resolve.salient`); the paper-level tables at the end score that.
- **How kg combines its parts.** The trained NER decides first and rules fill its gaps; every
  span it finds is kept, one-word and one-off ones too. On SciERC dev (allowed for tuning)
  this beat rules-first merging and every filter of "vague" NER spans tried, on span and
  concept-set F1 alike.
- **Unnamed data.** SciERC's `Material` is broader than a data set: it also covers data a
  text describes without naming it, languages and media ("English", "parallel corpora",
  "spontaneous speech"). kg marks those apart from concepts, in `doc.spans["kg_data"]` (data
  nouns and languages of `kg/extract/data/materials.jsonl`, where no concept span is; tuned on
  SciERC train), and never makes a graph node of them. They are scored as Dataset on SciERC
  only: TDMSci's DATASET and SciREX's `Material` (the data set of a result) are named data
  sets.

"""


PAPERS_HEAD = """## Paper level: annotated seed abstracts

What an expert would list for a paper, scored per paper (`kg eval seeds`, `kg/evaluate/papers.py`).
The kg authors annotated all 357 seed abstracts (`kg/evaluate/data/seeds-dev.jsonl`, 320 papers,
used to tune the salience, naming, typing and role rules; `seeds-test.jsonl`, 37 papers, measured
only), following `docs/annotation.md`. A predicted concept matches a gold concept of the same paper
when a name or alias of each folds to the same key (case, hyphens, spaces, a plural); "same type"
also needs the type. `kg` is what `kg extract` writes (salient concepts); `kg-rules` the same
without the trained NER; `kg-ner` the trained NER's own entities (typed, not resolved or selected);
`kg-all-concepts` every concept found (`--all-concepts`); the baselines are untyped. The same
scoring reads any `kg extract` output against any annotations of that shape: `kg eval seeds
--gold G --predictions P`. The last table (`kg eval abstracts`) scores 247 SciREX train abstracts
the kg authors annotated blind in the same convention, in fourteen draws; each draw was scored
before rules were written from it (issue 4's notes give those figures), not after.

"""


def report(results: Iterable[SetResult], paper_tables: Iterable[str] = ()) -> str:
    """docs/evaluation.md: how the numbers were made, then the tables."""
    tables = list(paper_tables)
    return REPORT_HEAD + markdown(results) + (PAPERS_HEAD + "\n".join(tables) if tables else "")
