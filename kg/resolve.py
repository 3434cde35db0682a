"""Resolve: mentions become concepts, and the concepts worth a node are marked salient.

Within a paper, mentions whose names differ only by case, hyphens or a plural, that an
acronym definition ties together ("Low-Rank Adaptation (LoRA)") or that the word lists give as
names of one entry ("deep RL", "deep reinforcement learning"), are one concept. Across the
corpus, `Resolver` gives every paper concept a corpus-wide `Concept`: a concept is identified by
its long form when one is known, and an acronym used without its definition joins the long form
it is most often defined as, so two meanings of "CL" stay two concepts.

Salience is what separates the concepts an expert would list for a paper from the phrases a
span tagger also finds ("filtering mechanism", "real-world applications"): a concept is salient
when the paper proposes it, writes it as a name (capitals, digits, an acronym), the word lists
know it, or, for a lower-case phrase, the abstract itself repeats it, the title says it too
("temperature scaling"), or it ends in a specific head word ("top-k error rate"). Broad names
(`broad.txt`: "fine-tuning") need the abstract's repetition even when known. Measured with
`kg eval seeds` (annotated seed abstracts, dev split).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract.abbreviations import EXAMPLE_MARKERS
from kg.extract.concepts import (
    DEPTH_WORDS,
    DESIGN_HEADS,
    EDITION,
    LISTING_WORDS,
    METHOD_WORDS,
    MODIFIER_SUFFIXES,
    NAMING_WORDS,
    SIZE,
    VERSION,
    YEAR,
    is_name_shaped,
    is_variant_word,
    other_number,
    spelled_in_any_case,
)
from kg.extract.lexicon import (
    NAME_FOLLOWERS,
    Entry,
    broad_keys,
    generic_keys,
    head_types,
    name_key,
    redefined_acronyms,
    specific_heads,
    vague_modifiers,
)
from kg.model import CONCEPT_TYPES, Concept, Mention, PaperConcept

ROLE_EDGE = {"proposed": "PROPOSES"}
TYPE_EDGE = {"Dataset": "EVALUATES_ON", "Metric": "MEASURES", "Task": "ADDRESSES",
             "Method": "USES", "Model": "USES"}


_CITATION = re.compile(r"\s*\([^()]*(?:\bet al\b|\b(?:19|20)\d\d\b)[^()]*\)")
# A name written with one of these after it is spelled both ways: "BCE loss", "CATE estimator".
HEAD_SPELLINGS = {w for w in NAME_FOLLOWERS if not w.endswith("s") or w == "corpus"} - {
    "neural", "base"} | {"loss", "estimator", "lm"}
# ("the Qwen2.5-7B base model", but "Llama-3 8B Base"; "the AFLW database", "the GEC system")
# Capitalised, these are part of a name: "Poisson Flow Generative Models", "Graph Neural Networks".
NAME_PARTS = {"model", "models", "architecture", "language", "network", "networks", "neural",
              "family", "objective", "scheme", "technique", "base", "block", "blocks", "unit",
              "units", "layer", "layers", "challenge", "challenges"}
LEADING_FUNCTION_WORDS = {"via", "with", "for", "from", "by", "on", "in", "of", "and", "or", "to",
                          "the", "a", "an", "our", "their", "its", "this", "these", "those"}
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "RMs", "LLMs": things of a kind, no one name
_MODIFIER_END = re.compile(r"(?<=\w)[-‐‑](?:" + "|".join(sorted(MODIFIER_SUFFIXES)) + ")$")
# What a metric does: "accuracy loss", "perplexity degradation" are about the metric.
KIND_HEADS = DESIGN_HEADS | {"network", "architecture", "system"}  # singular
KIND_WORDS = KIND_HEADS | {other_number(head) for head in KIND_HEADS}  # and plural
METRIC_CHANGES = {"loss", "losses", "degradation", "drop", "drops", "gain", "gains",
                  "improvement", "improvements", "decline", "reduction"}
ERRORS = ("error", "distance", "divergence")  # metrics that a loss can minimise as they are
SCORE_WORDS = {"score", "scores", "results", "performance"}  # what a data set's name says alone
# Lower-case inside a name kg does not know, these join two names or make a description.
_LEVEL = re.compile(r"(?:word|character|char|token|sentence|document|sequence|pixel)-level$",
                    re.IGNORECASE)
METRIC_WORDS = {"perplexity", "score", "scores", "accuracy", "error", "bleu", "rouge", "f1"}
FIELD_WORDS = {"problem", "problems", "field", "area", "community", "research", "domain"}
JOINING_WORDS = {"and", "or", "of", "vs.", "vs", "versus"}
# Words before a metric that say whose or how pooled, not which: "model accuracy".
METRIC_QUALIFIERS = {"model", "average", "overall", "expected", "prediction", "validation",
                     "held-out"}
LOSS_WORDS = {"loss", "losses", "loss function", "loss functions", "objective", "objectives"}
_ITEM_MARK = re.compile(r"(?:^|\s)\(?(?:\d|[ivx]+|[a-h])\)\s+$")  # "1) ", "(ii) " before
MEMORY_UNITS = {"KB", "MB", "GB", "TB", "GiB", "MiB"}
_RESOLUTION = re.compile(r"\d+[x×]\d+")  # an image size: "256x256"
_VERSION = re.compile(r"v\d+(?:\.\d+)+$")
VAGUE = vague_modifiers()
# Praise a title capitalises ("Efficient Dataset Distillation"); "Key", "Complex" and the
# like start names ("Key Space Detection"), so only these go when capitalised.
TITLE_VAGUE = {"efficient", "effective", "robust", "improved", "simple", "novel", "better",
               "accurate", "scalable", "fast", "unified"}
# A vague word and a noun that together say which kind ("low resource speech recognition",
# "large vocabulary ..."): spelled with a space, the vague word stays.
COMPOUND_MODIFIERS = {"low-resource", "high-resource", "low-rank", "large-vocabulary",
                      "large-margin", "long-range", "long-term", "short-term",
                      "high-dimensional", "low-dimensional", "low-light", "full-reference",
                      "small-sample", "long-context"}
GENERIC = generic_keys()
BROAD = broad_keys()
_EPONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean)\b")  # Bayesian, Gaussian, Euclidean: a person's
# name made an adjective, capitalised in any phrase
_DESCRIBING_END = re.compile(r"(?:ed|ive|al|ous|ic|able|ible|ing)$")  # adjectives, participles
# Kinds of model by acronym, too generic alone: "LLM unlearning" is a task on such models.
MODEL_KINDS = {"llm", "llms", "lm", "lms", "vlm", "vlms", "mllm", "mllms", "lvlm", "lvlms", "plm",
               "plms"}
# Kinds a description before a name ends in: "the real-time detector YOLOv3".
KIND_WORDS = DESIGN_HEADS | {"detector", "classifier", "optimizer", "optimiser", "parser",
                             "tagger", "encoder", "decoder", "agent", "solver", "retriever",
                             "baseline", "backbone", "dataset", "benchmark", "corpus", "system",
                             "network", "architecture", "llm", "vlm", "lm", "recipe"}
AGENT_WORDS = {"agent", "agents", "judge", "judges"}  # what a model acts as, after its name
MODEL_ROLES = {"classifier", "classifiers", "retriever", "reranker", "verifier", "verifiers",
               "critic", "backbone", "backbones", "policy", "teacher", "student"}
PROCEDURES = {"training", "learning", "fine-tuning", "finetuning", "pre-training", "pretraining",
              "tuning", "inference"}  # what any method goes through: "LoRA fine-tuning" is LoRA
_ACTION_NOUN = re.compile(r"(?:ing|tion|sion|ment)$")
SPECIFIC_HEADS = specific_heads()
HEAD_TYPES = head_types()
HEAD_WORDS = frozenset(HEAD_TYPES)


def concept_name(text: str, known: Container[str] = frozenset(), title: bool = False,
                 proposed: bool = False) -> str:
    """The name a mention gives its concept, without a citation or a head word after a name
    (known: name keys the word lists know, so that "Transformer backbone" names Transformer;
    title: the mention is in the title, whose capitals say nothing; proposed: the mention
    names the paper's own concept, so "multilingual CNNs" is no CNN).

    >>> concept_name("One Billion Word (Chelba et al., 2014) dataset")
    'One Billion Word'
    >>> concept_name("word language modeling task"), concept_name("diffusion models")
    ('word language modeling', 'diffusion models')
    """
    words = [w for w in (w.strip("\"“”") for w in _CITATION.sub("", text).split()) if w]
    # quotes around a word are no part of its name: 'the "squentropy" loss'
    if words:
        words[0] = words[0].lstrip("/,;:.") or words[0]  # "/few-shot" of "zero/few-shot"
    opening = next((i for i in range(1, len(words)) if words[i].startswith("(")), 0)
    closing = next((i for i in range(opening, len(words)) if words[i].endswith(")")), 0)
    if opening and closing:  # "ICDAR 2015 Incidental (Challenge 4) benchmark": a remark
        words = words[:opening] + words[closing + 1 :]
    named = [i for i, w in enumerate(words[:-1]) if w in NAMING_WORDS
             and name_key(" ".join(words[i:])) not in known]  # "named entity recognition"
    if named:  # "a phenomenon termed model collapse": the name after the last naming word
        words = words[named[-1] + 1 :]
    while len(words) >= 2 and (not any(ch.isalpha() for ch in words[0]) or _owner(words[0])
                               or words[0] in MEMORY_UNITS  # "GB GPU memory" of "1GB GPU"
                               or words[0].lower().startswith(EXAMPLE_MARKERS)
                               or ")" in words[0] and "(" not in words[0]
                               or (SIZE.match(words[0]) or _RESOLUTION.fullmatch(words[0]))
                               and words[1][:1].isupper() and not any(
                                   name_key(" ".join(words[:j])) in known
                                   for j in range(2, len(words) + 1))):
        words = words[1:]  # "+6% accuracy", "the community's attention", "540B PaLM",
        # "256x256 ImageNet",
        # "e.g task loss" (not the "1B Word" data set)
    while len(words) >= 2 and words[0].lower() in STOP_WORDS and (
            words[0].islower() or words[0].lower() in LEADING_FUNCTION_WORDS) and (
            name_key(" ".join(words)) not in known):  # "back translation" is a name
        words = words[1:]  # "Via EvoPress", "the Penn Treebank" (not "One Billion Word")
    capitalised = not title and all(w[:1].isupper() or w in STOP_WORDS for w in words)
    for cut in (3, 2, 1) if not capitalised else ():  # "language model domain adaptation"
        # names domain adaptation, "data augmentation techniques" (a known name) data
        # augmentation; not "Learning Loss for Active Learning", capitalised in the abstract,
        # nor a known name whole ("Learning Rate Warmup")
        if len(words) >= cut + 2 and name_key(" ".join(words[:cut])) in GENERIC and not any(
                name_key(" ".join(words[:j])) in known for j in range(cut + 1, len(words) + 1)
        ) and not _plain_words(words[:cut], _without_followers(words[cut:]), known):
            words = words[cut:]  # (not "DeepMind Mathematics dataset": "Mathematics" is none)
            break
    if len(words) >= 2 and words[-1].lower() in {"issue", "issues"} or len(words) == 2 and (
            words[-1].lower() in {"problem", "problems"} and words[0].lower() in HEAD_TYPES):
        words = words[:-1]  # "the objective mismatch issue" names objective mismatch, "the
        # classification problem" classification (not "inverse problems")
    if len(words) >= 3 and words[-2].lower() == "loss" and words[-1].lower() in {
            "function", "functions"}:
        words = words[:-1]  # "a repulsive loss function" is the repulsive loss
    if len(words) >= 2 and _VERSION.match(words[-1]):
        words = words[:-1]  # "GZ-Evo v0.1" is a release of GZ-Evo
    spaced = _spaced_modifier(words)  # "large scale language modeling": "large-scale" spaced
    if spaced and len(words) > spaced and name_key(" ".join(words)) not in known:
        words = words[spaced:]
    while (len(words) >= 2 and "-".join(words[:2]).lower() not in COMPOUND_MODIFIERS
           and (words[0] in VAGUE or words[0].lower() in TITLE_VAGUE
                                or words[0].lower() in VAGUE
                                and name_key(" ".join(words[1:])) in GENERIC
                                or words[0] in STOP_WORDS)  # "novel and sparse attention"
           and name_key(" ".join(words)) not in known):
        words = words[1:]  # "mainstream replay methods", a title's "Efficient Dataset
        # Distillation"; "smaller models", "judicious sampling" leave a generic word: no concept
    level = 2 if len(words) >= 3 and _LEVEL.match("-".join(words[:2])) else int(
        len(words) >= 2 and bool(_LEVEL.match(words[0])))
    if level and (words[-1].lower() in METRIC_WORDS
                  or len(words) == level + 1 and name_key(words[-1]) in known):
        words = words[level:]  # "word level perplexity", "sentence-level BLEU scores" measure
        # perplexity and BLEU (not "sequence-level knowledge distillation", a method's name)
    field = [w for w in words if w.lower() not in FIELD_WORDS]
    if len(field) < len(words) and name_key(" ".join(_without_followers(field))) in GENERIC:
        return " ".join(field)  # "a fundamental Computer Vision problem": the field, generic
    rest = _without_followers(words)
    if len(rest) < len(words) and name_key(" ".join(words)) not in known:
        # (a known name keeps its last words: "Graph neural networks" is no "Graph")
        tail = words[len(rest):]
        title_case = not title and rest[0][:1].isupper() and all(
            w[:1].isupper() or w.isdigit() for w in rest)  # a title capitalises every word
        written_as_name = any(is_name_shaped(w) for w in rest) or title_case and (
            len(rest) >= 2 or len(tail) >= 2 or tail[0] in LISTING_WORDS) and not (
            len(rest) == 1 and _DESCRIBING_END.search(rest[0]))  # "Llama 2 models", but
        # a sentence's first word is capitalised too: "Masked language models" is no Masked
        based = len(rest) == 1 and rest[0][:1].isupper() and bool(_MODIFIER_END.search(rest[0]))
        quoted = re.search(re.escape(rest[-1]) + r"[\"”]", text) is not None  # '"filter
        # normalization" method': quotes make a name as capitals do
        if (written_as_name or based or quoted or _names_an_activity(words)
                or name_key(" ".join(rest)) in known) and not (
                    name_key(" ".join(rest)) in GENERIC and tail[-1].lower() in AGENT_WORDS):
            words = rest  # (an agent of a generic kind is a kind: "LLM agents")
    stem = _MODIFIER_END.sub("", words[0]) if words else ""
    if len(words) >= 2 and stem != words[0] and (is_name_shaped(stem) or stem[:1].isupper() and (
            name_key(stem) in known)) and all(w.islower() for w in words[1:]) and (
            name_key(" ".join(words)) not in known):  # "Retrieval-augmented generation" opening
        # a sentence is the known method, not retrieval
        words = [stem]  # "a MoCo-based implementation" uses MoCo, "Tesseract-based pipelines"
        # Tesseract
    own_kind = proposed and bool(words) and bool(_DESCRIBING_END.search(words[0]))
    if len(words) == 2 and (words[0].islower() or stem != words[0] and is_name_shaped(stem)
                            and not _PLURAL_ACRONYM.fullmatch(words[1])) and (
            is_name_shaped(words[1])) and not own_kind and (
            name_key(" ".join(words)) not in known):  # (not "deep RL")
        words = words[1:]  # "open Open-R1", "fine-tuned Llama-3", "LLM-based InstructERC":
        # the name is the name (not "Part-based R-CNNs", a kind named by a common word, nor
        # "VLM-based RMs", a kind of a plural acronym's things)
    kind = next((i for i, w in enumerate(words[:-1]) if w.lower() in KIND_WORDS), None)
    described = words[kind + 1 :] if kind is not None else []  # the name a description ends on
    if described and all(w.islower() for w in words[:kind]) and all(
            w[:1].isupper() or w[:1].isdigit() for w in described) and any(
            is_name_shaped(w) for w in described) and name_key(" ".join(words)) not in known:
        words = described  # "real-time detector YOLOv3", "reasoning model DeepSeek-R1"
    return " ".join(_without_modifier_end(words))


def _plain_words(generic: list[str], words: list[str], known: Container[str]) -> bool:
    """Words that make no name after a generic one: a single word neither name-shaped nor
    known ("Mathematics"), or Title Case words after a capitalised generic name, an
    organisation's most often ("DeepMind Visual Control Suite"; but "Meta Llama 3" is Llama 3)."""
    plain = not any(is_name_shaped(w) or name_key(w) in known for w in words)
    return plain and (len(words) == 1 or generic[0][:1].isupper() and not generic[0].isupper()
                      and all(w[:1].isupper() for w in words))


def _without_modifier_end(words: list[str]) -> list[str]:
    """"LLaMA-based (models)", "ELECTRA-style", "PEFT based" are uses of the name before."""
    if len(words) >= 2 and words[-1] in MODIFIER_SUFFIXES and words[-2][:1].isupper():
        return words[:-1]
    stem = _MODIFIER_END.sub("", words[-1]) if words else ""
    return [*words[:-1], stem] if stem[:1].isupper() else words


def _without_followers(words: list[str]) -> list[str]:
    """The words before trailing NAME_FOLLOWERS ("... algorithms"), at least one."""
    cut = len(words)
    while cut > 1 and _follower(words[cut - 1]):
        cut -= 1
    return words[:cut]


def _without_followers_present(mention: Mention, present: set[str]) -> Mention:
    """"... Neural Networks" in the title, "... neural network model" in the abstract: the
    same name with trailing NAME_FOLLOWERS is the name the paper also uses alone, if that has
    two words or more (not "vision" of "vision backbones")."""
    words = mention.text.split()
    cut = len(words)
    while cut > 2 and _follower(words[cut - 1]):
        cut -= 1
        if name_key(" ".join(words[:cut])) in present:
            return replace(mention, text=" ".join(words[:cut]))
    return mention


def _names_an_activity(words: list[str]) -> bool:
    """"word language modeling task", "language modeling benchmarks": a task's name first."""
    return (len(words) >= 2 and words[-1].lower() in LISTING_WORDS
            and bool(_ACTION_NOUN.search(words[-2])) and not words[-2][:1].isupper())


def _follower(word: str) -> bool:
    """A word after a name that is no part of it (see NAME_FOLLOWERS, NAME_PARTS)."""
    lower = word.lower()
    return lower in NAME_FOLLOWERS and (word == lower or lower not in NAME_PARTS)


def _names_something(word: str) -> bool:
    """Name-shaped, and not only by a generic part: "GPT-4o" is, "LLM-generated" is not."""
    if not is_name_shaped(word):
        return False
    parts = [p for p in re.split(r"[-‐‑/]", word) if p]
    return not all(name_key(p) in GENERIC or not is_name_shaped(p) for p in parts) or (
        len(parts) > 1 and any(ch.isdigit() for ch in word))


def _owner(word: str) -> bool:
    """A possessive that is no part of a name: "community's", "LLMs'" (not "Kendall's")."""
    possessive = word.endswith(("'s", "’s", "s'", "s’"))
    return possessive and (word[:1].islower() or name_key(word.rstrip("'’s")) in GENERIC
                           or name_key(word.rstrip("'’")) in GENERIC)


def _written_as_name(mention: Mention, title_end: int) -> bool:
    """A capitalised word the abstract writes beyond a sentence's first letter ("We present
    Meena"), or a name-shaped one."""
    if mention.start < title_end:
        return False  # titles capitalise every word
    text = mention.text
    if mention.sentence.startswith(text) or _starts_an_item(text, mention.sentence):
        text = text[:1].lower() + text[1:]  # a sentence's or a list item's first capital
    return any(_names_something(w) or w[:1].isupper()
               and any(p[:1].isupper() and len(p) > 1 and name_key(p) not in GENERIC  # not
                       for p in re.split(r"[-‐‑/]", w))  # "LLM-generated", "RGB-D"; "API-Bank"
               and not _EPONYM.match(w)  # "Bayesian deep-ensemble approach" is a description
               for w in text.split())  # not "7B"


def _starts_an_item(text: str, sentence: str) -> bool:
    """True if text follows a list marker ("3) Generalize across ..."), but not as the item's
    heading ("1) Active pretraining: ..." names it). One search per place, no pattern built
    per mention."""
    at = sentence.find(text)
    while at >= 0:
        if _ITEM_MARK.search(sentence[:at]) and not (
                sentence[at + len(text) :].lstrip().startswith(":")):
            return True
        at = sentence.find(text, at + 1)
    return False


def salient(concept: PaperConcept, mentions: list[Mention], title_end: int,
            known: dict[str, Entry]) -> bool:
    """True if the concept is one an expert would list for the paper (see the module doc)."""
    names = [concept.name, *concept.aliases]
    if any(name_key(name) in GENERIC or _generic_kind(name) for name in names):
        return False  # a name that only became generic here: "LLMs' training" → "training"
    repeated = sum(m.start >= title_end for m in mentions) >= 2  # by the abstract itself
    if any(name_key(name) in BROAD for name in names):
        return repeated  # "fine-tuning": used in passing as often as studied
    shaped = any(_names_something(word) for name in names for word in name.split())
    words = concept.name.replace("-", " ").split()  # "meta-learning" ends in "learning"
    specific = len(words) >= 2 and words[-1].lower() in SPECIFIC_HEADS and not (
        len(words) == 2 and words[-1].lower() == "learning")  # "motion learning", "value
    # learning" once are vague: on dev, 3 of 13 were listed (the known ones are in the lexicon)
    is_known = any(k in known for k in concept.keys)
    if all(m.start < title_end for m in mentions) and concept.type == "Dataset" and (
            concept.name.isalpha() and concept.name.istitle() and concept.role != "proposed"):
        return False  # "Forecasting Traffic with ...": a word the title capitalised; the
        # abstract names the Traffic data set if the paper uses it
    if all(m.start < title_end for m in mentions) and not (
            concept.role == "proposed" or shaped or len(concept.keys) > 1 or specific
            or is_known):
        return False  # a title's phrase the abstract never uses: titles capitalise every word
        # (a name the word lists know is a name there too: on dev, 7 of 8 were listed)
    if len(concept.name) <= 2 and len(concept.keys) == 1 and not is_known and not repeated and not (
            concept.role == "proposed" and any(ch.isdigit() for ch in concept.name)):
        return False  # "KL", "VR" once: too short to name anything without a definition (on
        # dev, the 3 said twice or more were all listed: "RM", "T1"); a proposed letter and
        # digit names the paper's model ("our 7B model, E7,"; a proposed "KB" was no name)
    if len(concept.keys) == 1 and not is_known and any(
            w in JOINING_WORDS for w in concept.name.split()[1:-1]):
        return False  # "knowledge tracing and personalized learning": two names, and
        # "Perturbation Analysis of Neural Collapse" a description; on dev, 12 of 12 unlisted
    if concept.role == "proposed" or len(concept.keys) > 1 or is_known or shaped:
        return True
    if len(words) == 1 and words[0].endswith("ing") and len(words[0]) >= 6:
        return False  # "involving Clustering, Removing, and Sharing": steps, capitalised
        # (not a name such as "Kling")
    if any(_written_as_name(m, title_end) for m in mentions):
        return True
    if not repeated and all(m.guessed and m.start >= title_end for m in mentions):
        return False  # a phrase only the trained model finds, said once, is its guess: on
        # dev, 14 of 32 such were listed (the rules' own once-said phrases: 83 of 142)
    if len(words) == 1 and concept.type == "Task" and any(
            m.written.lower().endswith(" task") for m in mentions):
        return True  # "the decontextualization task": the text says what the word names
    if len(words) == 1 and (words[0].lower() in HEAD_WORDS or words[0].islower()):
        return False  # an unknown lower-case word alone ("generation", "modalities",
        # "regularizers") names no concept; measured on dev, 8 of 23 such were listed
    if len(words) == 2 and name_key(words[0]) in MODEL_KINDS and (
            _ACTION_NOUN.search(words[1].lower().removesuffix("s"))):
        return True  # "LLM unlearning", "LLM compression": a task on models of a kind (on
        # dev, 4 of 4 such said once were listed)
    if len(concept.name.split()) >= 2 and any(m.start < title_end for m in mentions) and any(
            m.start >= title_end for m in mentions):
        return True  # a term the title says and the abstract again: what the paper is about
    return repeated or specific


def _generic_kind(name: str) -> bool:
    """"a neural network model", "language model architectures": a generic name with design
    words after it is as generic."""
    words = name.split()
    while len(words) >= 2 and words[-1].lower() in KIND_WORDS:
        words = words[:-1]
        if name_key(" ".join(words)) in GENERIC:
            return True
    return False


def edge_type(concept_type: str, role: str) -> str:
    """The Paper→Concept relationship a concept's type and role call for."""
    return ROLE_EDGE.get(role) or TYPE_EDGE[concept_type]


class _Groups:
    """A tiny union–find over name keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _majority(counts: Counter, order: Iterable[str], ties: Counter | None = None) -> str:
    """Most frequent value; ties go to the one most frequent in ties, then earliest in order."""
    rank = {value: i for i, value in enumerate(order)}
    ties = ties or Counter()
    return min(counts, key=lambda value: (-counts[value], -ties[value],
                                          rank.get(value, len(rank)), value))


def _display_names(surfaces: Counter) -> list[str]:
    """Surface forms, most used first, one per case-insensitive spelling."""
    names: dict[str, str] = {}
    for text, _ in sorted(surfaces.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0])):
        names.setdefault(text.casefold(), text)
    return list(names.values())


def paper_concepts(
    mentions: list[Mention],
    abbreviations: list[tuple[str, str]],
    known: dict[str, Entry] | None = None,
    title_end: int = 0,
) -> list[PaperConcept]:
    """One PaperConcept per concept the paper names, in order of first mention, each marked
    salient or not; title_end is where the title ends in the text (0: no title).

    A concept the lexicon knows is named by the lexicon's spelling when the paper uses it.
    """
    known = known or {}
    groups = _Groups()
    defined = {name_key(long) for long, _ in abbreviations}
    mentions = [_named(replace(m, written=m.text), known, title_end, defined) for m in mentions]
    mentions = [part for m in mentions for part in _data_and_metric(m, known)]
    mentions = [m if name_key(m.text) in defined else _known_opening(m, known)
                for m in mentions]  # an acronym's long form is a name: "recurrent neural
    # network grammars (RNNG)" are no recurrent neural network
    mentions = [m for m in mentions if not _lower_case_of_capitals(m.text, known)]
    mentions = [m if name_key(m.text) in defined else _without_design_word(m)
                for m in mentions]  # "gradient harmonizing mechanism (GHM)": GHM's M
    present = {name_key(m.text) for m in mentions}
    mentions = [_without_followers_present(_without_loss_word(m, present), present)
                for m in mentions]
    keys = [name_key(m.text) for m in mentions]
    long_forms = {}
    for long, short in abbreviations:
        long_name = long if name_key(long) in present else concept_name(long, known)
        # (a proposed "multiplicative LSTM (mLSTM)" keeps its words: mLSTM is no LSTM)
        lk, sk = name_key(long_name), name_key(short)
        if lk not in present:  # "very deep residual channel attention networks (RCAN)":
            lk = next((name_key(m.text) for m in mentions  # the long form after vague words
                       if _after_vague_words(m.text, long_name)), lk)
        if lk in present and sk in present:
            groups.union(sk, lk)
            long_forms[sk] = lk
            bare = name_key(" ".join(_without_followers(long_name.split())))
            if bare in present:  # "Direct Preference Alignment" and "DPA algorithms (DPA)"
                groups.union(bare, lk)
    bare_names = set()
    for key, bare in _editions(mentions, present):  # "COCO 2016" and "COCO": one data set
        groups.union(bare, key)
        bare_names.add(bare)
    redefined = redefined_acronyms(abbreviations, known)
    known = {k: e for k, e in known.items() if k not in redefined} if redefined else known
    for key in present & known.keys():  # "deep RL" and "deep reinforcement learning"
        groups.union(key, name_key(known[key].name))
    members: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for key, mention in zip(keys, mentions, strict=True):
        members[groups.find(key)].append((key, mention))
    long_keys = set(long_forms.values())
    concepts = []
    for group in members.values():
        concept = _paper_concept(group, long_keys, known, bare_names)
        concept.salient = salient(concept, [m for _, m in group], title_end, known)
        concepts.append(_with_known_name(concept, known))
    variants = {k: v for k, v in _title_variants(mentions, title_end)
                if k not in known or len(k) < len(v)}  # a known longer name is one whole:
    # "Sequence-Level Knowledge Distillation" is no variant of "knowledge distillation"
    return _title_variants_merged(concepts, variants)


def _after_vague_words(text: str, name: str) -> bool:
    """True if the text is the name after vague words only: "deep residual channel attention
    networks" of "residual channel attention networks"."""
    words, named = text.split(), name.split()
    return len(words) > len(named) and name_key(" ".join(words[-len(named):])) == name_key(
        name) and all(w.lower() in VAGUE or w.lower() in DEPTH_WORDS
                      for w in words[: -len(named)])


def _title_variants_merged(concepts: list[PaperConcept], variants: dict[str, str]
                           ) -> list[PaperConcept]:
    """Each title phrase merged into the abstract's concept it varies (see _title_variants),
    named as the abstract writes it, and salient if either was; not a longer phrase the title
    proposes, the paper's own variant ("Deep Pyramidal Residual Networks"). The title's
    spelling is an alias only: other papers' concepts do not file under it."""
    by_key = {k: c for c in concepts for k in c.keys}
    merged = []
    for concept in concepts:
        target = by_key.get(variants.get(concept.keys[0], ""))
        if target is None or target is concept or not all(k in variants for k in concept.keys):
            merged.append(concept)
            continue
        if concept.role == "proposed" and target.role != "proposed" and (
                len(concept.name) > len(target.name)):
            merged.append(concept)  # "Deep Pyramidal Residual Networks" the paper's own
            continue  # (but one proposal, where the abstract's is too: RCAN's long form)
        target.role = "proposed" if concept.role == "proposed" else target.role
        target.aliases += _new_spellings([target.name, *target.aliases],
                                         [concept.name, *concept.aliases])
        target.count += concept.count
        target.salient = target.salient or concept.salient
    return merged


def _folded_words(text: str) -> tuple[str, ...]:
    """Each word's name key: "Real-Time Object Detection" ends with "object detections"."""
    return tuple(k for k in map(name_key, text.split()) if k)


def _title_variants(mentions: list[Mention], title_end: int) -> Iterator[tuple[str, str]]:
    """A phrase only the title uses, with the abstract's name it ends with or that ends with
    it ("Real-Time Object Detection" and "object detection", "Expression Recognition" and
    "facial expression recognition"): a title capitalises every word, so whether the words
    before are part of the name is unknown; the paper names one concept."""
    spoken = {name_key(m.text): _folded_words(m.text) for m in mentions if m.start >= title_end}
    titled = {name_key(m.text): _folded_words(m.text) for m in mentions if m.start < title_end}
    for key, words in titled.items():
        if key in spoken or len(words) < 2:
            continue
        longer = [k for k, w in spoken.items() if len(w) > len(words) and w[-len(words):] == words]
        shorter = [k for k, w in spoken.items()
                   if 2 <= len(w) < len(words) and words[-len(w):] == w]
        if shorter:
            yield key, max(shorter, key=lambda k: len(spoken[k]))
        elif len(longer) == 1:
            yield key, longer[0]


def _editions(mentions: list[Mention], present: set[str]) -> Iterator[tuple[str, str]]:
    """Each name of a year's edition ("COCO 2016", "WMT-2014") whose bare name the paper
    also uses, with that name: the paper means one data set, not two."""
    for mention in mentions:
        edition = EDITION.fullmatch(mention.text)
        if edition and name_key(edition[1]) in present:
            yield name_key(mention.text), name_key(edition[1])


def _named(mention: Mention, known: dict[str, Entry], title_end: int,
           defined: Container[str] = frozenset()) -> Mention:
    """A mention under its concept's name; a known name with words after it that the name
    drops keeps its own type: "the MNIST task" is a data set, "video generation models" and
    "continual learning mechanisms" are tasks. An acronym's long form (defined: their keys)
    is a name whole: "message passing neural networks (MPNNs)" are no message passing."""
    name = concept_name(mention.text, known, mention.start < title_end,
                        mention.role == "proposed")
    if name_key(mention.text) in defined and name_key(name) in known and (
            len(name.split()) < len(mention.text.split())
            and mention.text.lower().startswith(name.lower())):
        name = mention.text  # (not cut to the known name it starts with; a vague word
        # before a known one still goes: "general face recognition (GFR)")
    first, *rest = name.split() or [""]
    if (mention.type == "Metric" or rest[-1:] and rest[-1].lower() in LOSS_WORDS) and rest and (
            first.lower() in METRIC_QUALIFIERS and name_key(name) not in known):
        # "model accuracy", "average explanation accuracy", "the average square loss" (the
        # square loss, which a proposal so pooled builds on), not "expected calibration error"
        mention = replace(mention, role="used")
        name = " ".join(rest)
    if "@" in first and rest and all(w.lower() in METRIC_WORDS for w in rest):
        name = first  # "pass@N accuracy" is pass@N
    entry = known.get(name_key(name))
    words = mention.text.split()
    if entry is not None and name_key(name) != name_key(mention.text):
        return replace(mention, text=name, type=entry.type)
    kind = "Task" if _names_an_activity(words) else mention.type
    if words[-1].lower() in {"challenge", "challenges"} and len(name.split()) < len(words):
        kind = "Dataset"  # "the ISBI challenge": a shared benchmark, named without the word
    if words[-1].lower() in {"task", "tasks"} and len(name.split()) == 1 < len(words) and (
            is_name_shaped(name) and not name.isupper()):
        kind = "Dataset"  # "the AntMaze tasks", "BabyAI tasks": a suite of them (not "NER
        # tasks", an acronym of a task)
    return replace(mention, text=name, type=kind)


def _named_data_and_task(mention: Mention) -> list[Mention]:
    """"the Argoverse 2 motion forecasting dataset", "the n2c2 2018 medication extraction
    track": a named data set and the task done on it, two concepts; none if the phrase is no
    name, a task and a listing word, and then a head ("the language modeling benchmark")."""
    written = (mention.written or mention.text).split()
    if len(written) < 3 or written[-1].lower() not in {"dataset", "benchmark", "track", "corpus"}:
        return []
    n = 0
    while n < len(written) - 2 and (written[n][:1].isupper() or is_name_shaped(written[n])
                                    or written[n].isdigit()):
        n += 1
    rest = written[n:-1]
    opening = mention.sentence.startswith(written[0]) and not is_name_shaped(written[0])
    if not n or opening and n == 1 or not rest or not all(w.islower() for w in rest) or (
            HEAD_TYPES.get(rest[-1]) != "Task"):
        return []
    data, task = " ".join(written[:n]), " ".join(rest)
    return [replace(mention, text=data, type="Dataset", written=data),
            replace(mention, text=task, type="Task", written=task)]


def _data_and_metric(mention: Mention, known: dict[str, Entry]) -> list[Mention]:
    """"WikiText perplexity", "LAMBADA accuracy", "MS COCO object detection": a known data
    set and a known metric measured or task done on it, two concepts (not "VQA accuracy",
    where VQA is a task); "the AIME24 score" is the data set's alone."""
    words = mention.text.split()  # (both parts keep the span's offsets: it mentions both)
    if name_key(mention.text) in known:
        return [mention]  # "LAION aesthetic score" is a metric of its own
    named = _named_data_and_task(mention)
    if named:
        return named
    data = known.get(name_key(" ".join(words[:-1]))) if len(words) >= 2 else None
    if data is not None and data.type == "Dataset" and words[-1].lower() in SCORE_WORDS:
        return [replace(mention, text=" ".join(words[:-1]), type="Dataset")]
    if not words or words[0].islower():
        return [mention]  # "math accuracy" names no data set
    opening = mention.sentence.startswith(mention.text) and words[0].isalpha() and (
        words[0].istitle())  # "Traffic forecasting is ...": a word the sentence capitalised,
    # not the Traffic data set (but "Penn Treebank perplexity")
    for cut in range(1 + opening, len(words)):
        data = known.get(name_key(" ".join(words[:cut])))
        if data is None or data.type != "Dataset":
            continue
        numbered = any(ch.isdigit() for ch in words[cut - 1])
        edition = not numbered and bool(VERSION.fullmatch(words[cut]) or YEAR.fullmatch(
            words[cut]))
        if edition and cut + 1 == len(words):
            return [mention]  # "PASCAL VOC 2012": the data set's edition, whole
        name = words[: cut + edition]  # "the WMT 15 translation task", "IWSLT 2021 speech
        # translation": an edition of the data
        rest = words[len(name):]
        if numbered and rest[0][0].isdigit() and not _RESOLUTION.fullmatch(rest[0]):
            return [replace(mention, text=" ".join(name), type="Dataset")]  # "CoNLL-2014
            # 10 annotation dataset": what a numbered data set holds, no concept of its own
            # (but "Atari 2600 games": the number may be the name's)
        while len(rest) > 1 and _RESOLUTION.fullmatch(rest[0]):
            rest = rest[1:]  # "ImageNet 256x256 class-conditional generation": the size is
            # the data's
        metric = known.get(name_key(" ".join(rest)))
        kind = metric.type if metric is not None else (
            "Task" if rest[-1].islower() and HEAD_TYPES.get(rest[-1]) == "Task" and not any(
                w.isalpha() and w.istitle() for w in rest) else None)
        # "TIMIT phoneme recognition", "nuScenes LiDAR segmentation": a task after the data
        # set (not Title Case words, one name: "TREC Deep Learning")
        if kind in {"Metric", "Task"}:
            return [replace(mention, text=" ".join(name), type="Dataset"),
                    replace(mention, text=" ".join(rest), type=kind)]
    return [mention]


def _with_known_name(concept: PaperConcept, known: dict[str, Entry]) -> PaperConcept:
    """The lexicon's name among the aliases where the paper wrote another ("cross-entropy"
    is known as "cross-entropy loss"), and a data set's bare name where the paper wrote a
    year's edition ("the MS COCO 2015 competition" is of MS COCO), so that papers' spellings
    meet; it decides nothing else (salience is the paper's own words)."""
    entry = next((known[k] for k in concept.keys if k in known), None)
    if entry is not None and name_key(entry.name) not in concept.keys and (
            entry.type == concept.type):  # (not for "GQA" typed as data by its list)
        concept.aliases.append(entry.name)
    edition = EDITION.fullmatch(concept.name) if concept.type == "Dataset" else None
    if edition and concept.name[len(edition[1])] == " " and edition[1] not in concept.aliases:
        concept.aliases.append(edition[1])  # (not "CoNLL" of "CoNLL-2014": a series)
    return concept


def _spaced_modifier(words: list[str]) -> int:
    """How many opening words spell a hyphenated vague modifier with spaces ("large scale",
    "state of the art"), or 0."""
    return next((n for n in (4, 3, 2) if "-".join(words[:n]).lower() in VAGUE), 0)


def _known_opening(mention: Mention, known: dict[str, Entry]) -> Mention:
    """A mention that opens with a known name and goes on in lower case is about the known
    name: "data augmentation techniques", "robust reinforcement learning agent", "mAP scores",
    "accuracy loss" (a metric's change, but an error's loss is a loss function);
    not "image classification accuracy", whose rest names a kind of its own (a metric)."""
    words = mention.text.split()
    while len(words) >= 2 and words[0] in VAGUE:
        words = words[1:]
    if name_key(" ".join(words)) in known or words and is_variant_word(words[-1]):
        return mention  # "cross-entropy loss" is known itself; "GPT-4o mini" is a variant
    for cut in range(len(words) - 1, 0, -1):
        entry = known.get(name_key(" ".join(words[:cut])))
        if entry is None or _lower_case_of_capitals(" ".join(words[:cut]), known):
            continue
        rest = words[cut:]
        # the known name is what the mention builds on: a proposed "FlashAttention
        # implementation" proposes no FlashAttention
        if entry.type == "Metric" and len(rest) == 1 and rest[0].lower() in {
                "loss", "losses"} and any(n.lower().endswith(ERRORS) for n in entry.names):
            return mention  # "mean square error loss", "MSE loss": a loss that is the error
        if entry.type == "Metric" and len(rest) == 1 and rest[0].lower() in METRIC_CHANGES:
            return replace(mention, text=" ".join(words[:cut]), type=entry.type, role="used")
        if entry.type == "Metric" and len(rest) == 1 and _ACTION_NOUN.search(rest[0]):
            return mention  # "perplexity filtering": a method that uses the metric
        if mention.role == "proposed" and mention.text.islower() and not any(
                w in HEAD_TYPES or _follower(w) for w in rest):
            return mention  # "we propose momentum reset": a new term built of common words (a
            # proposed "FlashAttention implementation" is FlashAttention's)
        if len(rest) == 1 and HEAD_TYPES.get(rest[0]) == "Method" and _ACTION_NOUN.search(
                rest[0]) and rest[0] not in PROCEDURES and entry.name.islower():
            return mention  # "distribution matching distillation": a distillation of its own
        data = known.get(name_key(" ".join(w for w in rest if not re.fullmatch(r"\d{4}", w))))
        if all(w.islower() and HEAD_TYPES.get(w, entry.type) == entry.type for w in rest) or (
                entry.type == "Model" and (len(rest) == 1 and rest[0] in MODEL_ROLES
                                           or data is not None and data.type == "Dataset")):
            return replace(mention, text=" ".join(words[:cut]), type=entry.type, role="used")
            # "a DeBERTa-v3 classifier": the model, in the role the paper gives it; "the VGG
            # ImageNet 2014 architecture": VGG, and where it won
        break
    return mention


def _without_design_word(mention: Mention) -> Mention:
    """"we propose an iterative reinforced fine-tuning strategy": what the paper makes is
    iterative reinforced fine-tuning; the head word only says it is a method."""
    words = mention.text.split()
    if (mention.role == "proposed" and len(words) >= 3 and mention.text.islower()
            and words[-1] in {*METHOD_WORDS, "framework"}):
        text = " ".join(words[:-1])
        return replace(mention, text=text, end=mention.start + len(text))
    return mention


def _lower_case_of_capitals(text: str, known: dict[str, Entry]) -> bool:
    """A lower-case word that the word lists know only in capitals is another word: "math"
    (not the MATH data set), "a math tutor"."""
    entry = known.get(name_key(text))
    return (entry is not None and text.islower() and len(text.split()) == 1
            and not spelled_in_any_case(text)  # "needle-in-a-haystack" is the data set
            and not any(ch.isdigit() for ch in text)  # "gpt-4o-mini" is GPT-4o mini
            and all(not name.islower() for name in entry.names))


def _without_loss_word(mention: Mention, present: set[str]) -> Mention:
    """"DPA losses", "the DPO loss function" are the loss of a named method the paper also
    names (DPA, DPO): one concept with it. "reconstruction loss" stays a concept of its own."""
    words = mention.text.split()
    for cut in (1, 2):
        stem = words[:-cut]
        if (len(stem) >= 1 and " ".join(words[-cut:]).lower() in LOSS_WORDS
                and is_name_shaped(stem[-1]) and name_key(" ".join(stem)) in present):
            return replace(mention, text=" ".join(stem))
    return mention


def _new_spellings(names: Iterable[str], more: Iterable[str]) -> list[str]:
    """Those of more that names do not spell yet (case ignored, as in _display_names)."""
    seen = {name.casefold() for name in names}
    return [name for name in more if name.casefold() not in seen]


def _paper_concept(group: list[tuple[str, Mention]], long_keys: set[str], known,
                   bare: Container[str] = ()) -> PaperConcept:
    """A group's concept, named by the lexicon's name or the bare name of a data set's
    editions if it has one, else by its most used spelling."""
    surfaces = Counter(m.text for _, m in group)
    names = _display_names(surfaces)
    preferred = next((known[k].name for k, _ in group if k in known), None) or next(
        (m.text for k, m in group if k in bare), None)
    if preferred in names:
        names = [preferred, *(n for n in names if n != preferred)]
    group_keys = list(dict.fromkeys(key for key, _ in group))
    primary = next((k for k in group_keys if k in long_keys), name_key(names[0]))
    # The first sentence that says something: a title's "IDER:" fragment explains nothing.
    ordered = sorted((m for _, m in group), key=lambda m: m.start)
    first = next((m for m in ordered if len(m.sentence.split()) >= 5), ordered[0])
    names += _new_spellings(names, filter(None, dict.fromkeys(_with_head(m) for _, m in group)))
    return PaperConcept(
        name=names[0],
        type=_group_type(group),
        aliases=names[1:],
        role="proposed" if any(m.role == "proposed" for _, m in group) else "used",
        count=len(group),
        evidence=first.sentence,
        keys=[primary, *(k for k in group_keys if k != primary)],
    )


def _group_type(group: list[tuple[str, Mention]]) -> str:
    """The type most mentions give; in a tie, the type of mentions that start with the name
    ("ViT-L", "the screen parsing pipeline") over those whose modifier the name drops ("a
    supervised ViT-L", which a recogniser may type by its modifier)."""
    return _majority(Counter(m.type for _, m in group), CONCEPT_TYPES,
                     Counter(m.type for _, m in group if m.written.startswith(m.text)))


def _with_head(mention: Mention) -> str:
    """The name with the head word the paper wrote after it and the name drops ("the One
    Billion Word Benchmark", "a dense training scheme"), or "": a spelling of the concept
    others may use (not listing plurals: "the GLUE tasks")."""
    at = mention.written.find(mention.text)
    rest = mention.written[at + len(mention.text):].split() if at >= 0 else []
    if 1 <= len(rest) <= 2 and all(w.lower() in HEAD_SPELLINGS for w in rest) and not (
            mention.type == "Metric" and rest[-1].lower() == "loss"):  # "accuracy loss": a drop
        return " ".join([mention.text, *rest])
    return ""


class Resolver:
    """Collects paper concepts over a corpus and names one Concept per distinct meaning."""

    def __init__(self, known: dict[str, Entry] | None = None) -> None:
        self.known = known or {}
        self.surfaces: dict[str, Counter] = defaultdict(Counter)
        self.types: dict[str, Counter] = defaultdict(Counter)
        self.defined_as: dict[str, Counter] = defaultdict(Counter)

    def add(self, concepts: Iterable[PaperConcept]) -> None:
        """Record one paper's concepts."""
        for concept in concepts:
            primary = concept.keys[0]
            self.surfaces[primary].update({concept.name: concept.count})
            self.surfaces[primary].update(dict.fromkeys(concept.aliases, 1))
            self.types[primary][concept.type] += concept.count
            for other in concept.keys[1:]:
                self.defined_as[other][primary] += 1

    def canonical_key(self, key: str) -> str:
        """The key a concept is filed under.

        A known name files under its lexicon entry (so its id is the same in every build); an
        acronym used without its definition joins the long form it is most often defined as.
        """
        if key in self.known:
            return name_key(self.known[key].name)
        if key in self.defined_as:
            long = _majority(self.defined_as[key], sorted(self.defined_as[key]))
            return name_key(self.known[long].name) if long in self.known else long
        return key

    def concepts(self) -> dict[str, Concept]:
        """Canonical key → Concept, for every concept seen."""
        merged_surfaces: dict[str, Counter] = defaultdict(Counter)
        merged_types: dict[str, Counter] = defaultdict(Counter)
        for key in self.surfaces:
            canonical = self.canonical_key(key)
            merged_surfaces[canonical].update(self.surfaces[key])
            merged_types[canonical].update(self.types[key])
        result = {}
        for key, surfaces in merged_surfaces.items():
            names = _display_names(surfaces)
            if key in self.known:  # the lexicon's spelling names a known concept
                names = [self.known[key].name, *(n for n in names if n != self.known[key].name)]
            result[key] = Concept(
                id=f"concept:{key}",
                name=names[0],
                type=_majority(merged_types[key], CONCEPT_TYPES),
                aliases=sorted(names[1:]),
            )
        return result
