"""The `kg_concepts` spaCy component: typed concept spans with the paper's role for each.

The trained NER's entities (`kg_ner`) come first; rules fill the gaps it leaves: known names
(lexicon), acronym definitions (from `kg_abbreviations`), name-shaped words
("Qwen2.5-Math-1.5B", "SeerAttention") typed by their context, Title-Case phrases ending in a
head word ("Prototypical Bayesian Continual Learning"), common-noun phrases with such a head
("dependency parsing"), proper names the paper presents ("We present Meena") and terms the title
and the abstract share ("temperature scaling"). Among rule candidates, overlaps keep the longest
span. Without the trained NER (`KG_TRAINED_NER=0`) the rules alone decide. Types come from the
word lists, head words and context ("evaluated on X", "in terms of X", "models such as X"), else
the NER's label. Names the text presents as its own contribution get the role `proposed`; every
other concept is `used`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extract import lexicon as lx
from kg.extract.abbreviations import NAMING_WORDS, long_form_start, title_end
from kg.model import CONCEPT_TYPES

if not Span.has_extension("kg_role"):
    Span.set_extension("kg_role", default="used")
if not Span.has_extension("kg_guessed"):  # the trained model's span, which no rule supports
    Span.set_extension("kg_guessed", default=False)

PROPOSING_VERBS = {"propose", "introduce", "present", "develop", "design", "release", "build",
                   "create", "construct", "curate", "contribute", "devise", "establish", "describe"}
COLLECTING_VERBS = frozenset({"collect", "compile", "gather", "assemble"})
GENERATING_VERBS = frozenset({"generate", "synthesize", "synthesise", "produce"})  # "We
# generate ToolSyn, 60K synthetic dialogues": ours, where no list knows the name
SOURCING_VERBS = COLLECTING_VERBS | {"build", "derive", "construct", "curate", "source", "draw",
                                     "extract", "sample", "create", "repurpose", "adapt"}
TRAINING_VERBS = frozenset({"train", "pretrain", "pre-train", "fine-tune", "finetune", "distil",
                            "distill"})  # what the authors train is theirs, where no list knows it
BUILT_ON = {"baseline", "backbone", "teacher", "base", "reference", "starting", "oracle"}  # what
# "our ..." calls a thing the paper starts from, not one it makes
NOVELTY = {"new", "novel"}  # what calls a thing the paper's own: "a novel X", "a new kind, X"
NEW_WORDS = NOVELTY | {"first"}  # what an apposition says of a name that is new
COLLECTION_WORDS = {"set", "collection", "suite", "pool", "corpus"}  # of examples, when counted
COMPONENT_VERBS = {"include", "comprise", "consist", "contain", "incorporate", "combine"}
PART_VERBS = {"include", "comprise", "consist", "contain", "integrate", "equip", "employ",
              "feature"}  # what a thing has ("a method integrated with X", "Rho-1, which
# employs X"), not what it combines
ARTEFACTS = {"model", "method", "approach", "framework", "system", "dataset", "benchmark",
             "algorithm", "agent"}  # what "our ..." / "this ..." names the paper's own
REPORT_NOUNS = {"result", "finding", "insight", "analysis", "one", "evidence", "observation",
                "experiment", "study", "test", "evaluation", "comparison"}
# (what a paper presents about its work, not a concept: "we present empirical tests")
RELEASED = {"code", "codebase", "weight", "checkpoint", "implementation", "demo"}
# (what a paper releases with its work: "we release the code, model weights and data")
NAMELY = {"namely", "i.e.", "viz."}  # what follows names the noun before
PHRASE_OPENERS = NAMELY | NOVELTY  # words before a phrase the paper presents: "i.e.", "novel"
LIST_JOINERS = {",", "and", "or"}  # what stands between the items of a list of names
ADOPTING_VERBS = {"adapt", "adopt", "extend"}  # (not "use", "leverage": a paper uses its own)
NAMING_VERBS = {"call", "refer", "name", "term", "dub", "coin"}
NAMING_AS_VERBS = {"describe", "denote", "formalise", "formalize"}  # only with "as":
# "which we describe as X", "which we formalise as X"
MODIFIER_SUFFIXES = {"based", "like", "style", "free", "aware", "specific", "only", "level",
                     "driven", "guided", "augmented", "enhanced", "boosted", "tuned", "scale",
                     "generated", "trained", "compliant", "oriented", "centric", "agnostic",
                     "inspired", "powered", "controlled", "matched", "filtered", "conditioned"}
KIND_SUFFIXES = {"based", "aware", "guided", "driven", "augmented"}  # of MODIFIER_SUFFIXES:
# what makes "X-based fine-tuning" a kind of fine-tuning
SHADOW = "kg_generic"
DATA_KEY = "kg_data"  # the span group of unnamed data (see ConceptRecognizer._unnamed_data)
UNTYPED = "kg_untyped"  # a name nothing types: a Method, unless another mention of it says
SPECIFIC_HEADS = lx.specific_heads()
TASK_HEADS = frozenset(h for h, kind in lx.head_types().items() if kind == "Task")
ACTIVITY_HEADS = TASK_HEADS - {"task", "tasks"}  # what a task does: "part segmentation"
# What a study does to its subject, opening a name the NER found: a title's "Deciphering
# Cross-Modal Alignment" is about cross-modal alignment (the tagger often takes a title's
# capitalised gerund for part of a name); an abstract's "improving X" about X.
STUDY_GERUNDS = {"deciphering", "rethinking", "revisiting", "understanding", "improving",
                 "mitigating", "exploring", "quantifying", "bridging", "guiding", "harnessing",
                 "advancing", "enhancing", "unraveling", "characterizing", "visualizing",
                 "questioning", "evaluating", "investigating", "analyzing", "analysing",
                 "demystifying", "unveiling", "unlocking", "towards", "benchmarking",
                 "measuring", "assessing"}
# A title's "X Revisited:" studies X anew; X is not the paper's.
# What a title's part before the colon may say the paper is: "Position: ...", "A Survey: ...".
PAPER_KINDS = {"position", "survey", "review", "tutorial", "perspective", "perspectives",
               "commentary", "opinion", "primer", "overview", "erratum"}
REVISIT_WORDS = {"revisited", "reloaded", "redux", "reconsidered", "rethought", "reexamined",
                 "re-examined"}
# Verbs of a title's claim, which names nothing: "Subtle Errors Matter: ...", "Fine-Tuning
# Enhances Existing Mechanisms: ..." (capitalised, so the tagger reads them as nouns).
CLAIM_VERBS = {"matter", "matters", "helps", "works", "suffices", "fails", "wins", "is", "are",
               "enhances", "improves", "yields", "enables", "makes", "reduces", "boosts",
               "beats", "outperforms", "mitigates", "needs", "learns", "scales", "hurts",
               "meets", "meet"}
# A title word before these is a claim's verb: "Continual Pretraining Forgets Less ..."
COMPARED_BY = {"less", "more", "better", "worse"}
# Verbs no noun is spelled as, whatever the tagger reads: "Our DCD alleviates/NNS likelihood
# displacement" is DCD.
SURE_VERBS = {"enhances", "improves", "yields", "enables", "reduces", "boosts", "outperforms",
              "mitigates", "alleviates", "achieves", "surpasses", "exhibits", "requires",
              "generalizes", "allows", "exceeds", "leverages", "suffices", "fails",
              "prevents", "causes", "induces", "eliminates", "accelerates", "underperforms",
              "attains", "obtains", "reaches", "performs", "remains", "retains", "preserves",
              "demonstrates", "generates", "predicts", "delivers", "maintains", "captures",
              "relies", "struggles", "lowers", "raises", "halves", "fixes", "lifts", "doubles",
              "triples", "detects", "identifies", "localizes", "localises", "recovers",
              "solves", "produces", "learns",
              "outperform", "underperform", "surpass", "outperformed", "surpassed"}
# (and forms after a plural subject no noun is spelled as: "Models trained on GRCh38
# outperform/NN Nucleotide Transformer")
# Head words that say a phrase is a method ("an iterative reinforced fine-tuning strategy"), and
# with the others, that a long phrase we propose is a design of ours.
METHOD_WORDS = {"method", "approach", "strategy", "algorithm", "mechanism", "technique", "scheme",
                "procedure"}
DESIGN_HEADS = METHOD_WORDS | {"model", "objective", "framework", "module", "pipeline", "layer"}
TASK_WORDS = frozenset({"task", "tasks"})
LANGUAGE_CODES = frozenset({  # (ISO 639-1) of the pairs translation data is named by: "En-De"
    "en", "de", "fr", "es", "it", "pt", "nl", "ro", "cs", "ru", "uk", "pl", "fi", "et", "lv",
    "lt", "tr", "zh", "ja", "ko", "ar", "he", "hi", "vi", "th", "id", "fa", "si", "ne", "km",
    "ps", "gu", "kk", "sv", "da", "hu", "bg", "hr", "sl", "sk", "el"})
ACTIVITY_ENDINGS = ("tion", "sion", "ing", "ment", "ance", "ence", "ysis")  # what is done
LEADING_NOISE = {"DET", "PRON", "PUNCT", "ADV", "VERB", "AUX", "CCONJ", "SCONJ", "ADP"}
# "explanations.This" (a missing space), "D{=}2048", "sim!!25" (markup), quotes and brackets.
VENUES = ("ACL", "EMNLP", "NAACL", "COLING", "ICLR", "ICML", "NIPS", "NeurIPS", "CVPR", "ICCV",
          "ECCV", "AAAI", "IJCAI")  # of citation keys: "lstmacl15", "wang-xue:2017:EMNLP2017"
_NOT_A_NAME = re.compile(r"[a-z]\.[A-Z][a-z]|[{}=\"'“”()\[\]!]|^[a-z]+(?:19|20)?\d\d[a-z]+$"
                         r"|^abs-\d{4}-\d{4,5}$"
                         rf"|^[a-z]+(?:{'|'.join(v.lower() for v in VENUES)})(?:19|20)?\d\d$")
_VENUE_YEAR = re.compile(rf"(?:{'|'.join(VENUES)})(?:19|20)\d\d")
# "su2024muonblog", "lstmacl15": a citation key (author, year, word or venue) left by LaTeX
_NO_NAME = re.compile(r"(?:[A-Z]\.){2,}|(?:level|top|step|stage|round|layer|phase|epoch|part"
                      r"|type|class|tier|grade|group|block)[-‐‑]\d+|[A-Z][\w-]+ et al\b.*"
                      r"|.*\b[CGT]PUs?|\d+[-‐‑](?:class|shot|way)|[1-4][Dd]|W\d{1,2}A\d{1,2}")
# "U.S.", "level-5", "Yang et al., 2022": initials, a numbered rank or part, a citation;
# "24 GB consumer GPU": hardware; "5-class", "1-shot": a setting's size; "2D" alone: how many
# dimensions; "W4A8": weights' and activations' bit widths, a setting
GENERIC_WORDS = lx.generic_keys()  # "GPU" of "FlashSampling, a GPU kernel" names nothing
GENERIC_HEADS = {"dataset", "datasets", "benchmark", "benchmarks", "model", "models"}
MODEL_VARIANTS = {"Sonnet", "Opus", "Haiku", "Turbo", "turbo", "mini", "Mini", "Pro", "Instruct",
                  "Chat", "Flash", "Ultra", "Lite", "XL", "XXL", "Large", "Base", "Medium",
                  "nano", "Nano", "Omni"}
VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})?")  # "Gemini 2.0", "Veo 2"
UNITS = {"%", "x", "×"}
MODEL_FAMILIES = ("gan", "gans", "vae", "vaes", "dqn")  # a coined name ending so is a model
EDITIONED = {"Dataset", "Model"}  # what comes in editions and variants: "GSM8K-Hard", "Llama-3"
YEAR = re.compile(r"(?:19|20)\d\d")
EDITION = re.compile(rf"(.*[A-Za-z])[ -‐‑]?{YEAR.pattern}")  # "COCO 2016", "VOC2007": an edition
RANK = re.compile(r"(?i)(?:rank|top)-\d+")  # "rank-1 accuracy", "top-5 error"
NET_NAME = re.compile(r"[A-Z]\w*[-A-Za-z]Nets?")  # "PyramidNet", "SVDNet", "V-Net": a network
# "Chain-of-Table", "Tree-of-Thoughts", "Mixture-of-Depths": a structure of steps or parts, a
# method however the NER reads its words
STRUCTURE_OF = re.compile(r"(?:Chain|Tree|Graph|Program|Skeleton|Mixture|Forest)-of-[A-Z]?[a-z]+")
CITATION = re.compile(r"\bet al\b|\b(?:19|20)\d\d[a-z]?\b")  # inside a bracket after a name
# "ICL variants", "a weighted version", "a modified BT loss": new variants of a name are no
# proposal of the name
DEPTH_WORDS = {"deep", "very"}  # before a known network's name, no new kind of it
MODIFYING_WORDS = {"modified", "improved", "extended", "enhanced", "adapted", "generalized",
                   "generalised", "revised", "refined", "augmented"}
SPLIT_WORDS = {"test", "dev", "validation", "train", "training", "eval"}  # "test-clean set"
SPLIT_NAMES = {"training", "test", "validation", "dev"}  # "X test set", "X training data"
# People who label or judge data, which a paper names but which are no concept: "NIST
# assessors", "expert annotators".
PEOPLE = {"annotators", "assessors", "raters", "crowdworkers", "evaluators", "labelers",
          "labellers", "volunteers", "clinicians", "radiologists", "physicians", "participants"}
RECORDS = {"rating", "annotation", "judgment", "judgement", "label", "trajectory", "pair",
           "question", "example", "sample", "demonstration", "preference"}  # what data holds
DATA_PARTS = {"split", "subset", "partition"}  # what a data set is cut into
# What holds the data a name before it names: "the ClueWeb collection", "the AppWorld
# environment" (an agent benchmark).
DATA_HOSTS = {"environment", "collection", "archive", "repository"}
VARIANT_WORDS = {"variant", "variants", "version", "versions"}
SIZE = re.compile(r"^\d+(\.\d+)?[BMKT](?:/\d+(\.\d+)?[BMKT])?$")  # a model size: "8B",
# "1.5B", "770M", or total and active sizes ("3B/16B")
DATA_COUNT = re.compile(r"\d+(?:\.\d+)?[kK]")  # "OpenThoughts-114k", "DAPO-Math-17K": a count
# A named split of a speech corpus: "LibriSpeech test-clean", "dev-other".
SPLIT_SUFFIX = re.compile(r"\b(?:test|dev|train)-(?:clean|other)(?:-\d+)?$")
BUILD = re.compile(r"[a-z]\d+\.\d+|[vV]\d{1,2}")  # a build or release tag: "BitNet b1.58",
# "TabPFN v2", "Depth Anything V2"
MIXTURE_SIZE = re.compile(r"\d+x\d+(?:\.\d+)?[BM]")  # experts times size: "Mixtral 8x7B"
SIZED_BUILD = re.compile(r"(?:tiny|base|small|medium|large)-v\d")  # "Whisper large-v3"
# Words after which "on X" names data: "evaluated on X", "experiments on X", "results on X".
CHANGE_NOUNS = {"drop", "drops", "increase", "increases", "decrease", "decreases", "gain",
                "gains", "degradation"}
CHANGE_VERBS = {"improve", "increase", "reduce", "boost", "raise", "lower", "decrease", "cut"}
RAISING_VERBS = {"improve", "increase", "boost", "raise"}
ACHIEVING = {"achieve", "attain", "obtain", "beat", "reach"}  # what a method does, not data
EVALUATION_WORDS = {"evaluate", "test", "train", "pre-train", "pretrain", "fine-tune", "finetune",
                    "experiment", "result", "performance", "accuracy", "benchmark", "evaluation",
                    "outperform", "achieve", "perform", "improvement", "gain", "validate",
                    "report", "score", "art", "sota", "trained", "pretrained", "pre-trained",
                    "fine-tuned", "finetuned", "evaluated", "tested"}
# Nouns of training after which an abstract's "on X" names data ("for training and testing on
# BioASQ"; not "training on nearest neighbors", nor a title's "Training on Nearest Neighbors").
TRAINING_NOUNS = {"training", "testing", "pretraining", "pre-training", "fine-tuning", "finetuning"}
FINITE_VERBS = {"VBZ", "VBP"}  # a name says no clause (a lower-case "VBD" is mostly a participle)
PRAISE = {"new", "novel", "first", "simple", "efficient", "effective", "general", "unified"}
NETWORK_WORDS = {"network", "networks", "net", "nets", "reader", "readers", "autoencoder",
                 "autoencoders"}
TITLE_MEANS = {"via", "through", "by", "using"}  # not "with": "... with Few Labels"
# Prepositions that join two things in one NER span: "Dataset Distillation through Alignment".
LINKING_PREPOSITIONS = {"through", "for", "via", "with", "under", "across", "using", "towards",
                        "toward", "beyond", "without", "from", "in", "on", "by", "into", "about",
                        "over", "against", "versus", "vs", "vs."}
# Capitalised in a title, which the tagger may read as part of a name: "Vision-Language
# Navigation Across Embodiments" (not "In", "With", "From": "Labeled Faces in the Wild")
TITLE_LINKS = {"across", "beyond", "towards", "toward", "versus", "against", "via", "through",
               "using"}
TITLE_OPENER_LINKS = {"for", "with", "in", "without", "on"}  # "Sigmoid Loss for ...",
# "Simpson's Bias in ...", "A Character-Level Decoder without ...", "A Model Zoo on ..."
OPENING_QUOTES = {'"', "“", "``", "'", "‘"}
QUOTES = {'"', "“", "”", "``", "`", "''"}  # (not "'", "’": an apostrophe too)
CLOSING_QUOTES = {'"', "”", "''", "'", "’"}
QUOTE_CLOSERS = QUOTES & CLOSING_QUOTES  # what ends a quotation: '"', "”", "''"
# Words that follow a task or data set's own name: "the word language modeling task".
LISTING_WORDS = {"task", "tasks", "dataset", "datasets", "benchmark", "benchmarks"}
# Words that follow a name without being part of it ("a multitask training framework").
FOLLOWING_WORDS = {*DESIGN_HEADS, *(w + "s" for w in DESIGN_HEADS), *LISTING_WORDS, "problem",
                   "problems"}
DASHES = {"-", "–", "—"}
BREAKING_DASHES = {"--", "---", "—"}  # never inside a name, spaced or not ("Bradley–Terry" is)
LIST_OPENERS = {":", *BREAKING_DASHES}  # "two methods: X and Y", "three metrics--X, Y and Z--"
HYPHENS = {"-", "‐"}
_ITEM_NUMBER = re.compile(r"[ivx]{1,4}|\d|[a-e]")  # "(ii)", "2)": a list item's number
APPOSITION_ENDS = {",", "(", ".", ";", "that", "which"}  # where a name in apposition ends
# Words that end no name: "RMSprop do", "X and", "Y of".
CLOSED_CLASS = {"AUX", "PART", "DET", "ADP", "CCONJ", "SCONJ", "PRON"}
_NOUN_CHUNKS = ("kg", "noun_chunks")
OBJECT_PATH = {"dobj", "appos", "compound", "conj", "nsubjpass", "attr", "oprd", "nmod", "amod",
               "npadvmod", "acl", "relcl", "ccomp", "xcomp", "advcl"}


def noun_chunks(doc: Doc, start: int = 0) -> list[Span]:
    """The doc's noun chunks from start on, found once a text (the rules ask many times; each
    doc.noun_chunks walks the parse again) and kept in its user data while kg_concepts runs."""
    chunks = doc.user_data.get(_NOUN_CHUNKS)
    if chunks is None:
        chunks = doc.user_data[_NOUN_CHUNKS] = _with_glued_phrases(doc, list(doc.noun_chunks))
    return [c for c in chunks if c.start >= start]


def _with_glued_phrases(doc: Doc, chunks: list[Span]) -> list[Span]:
    """The chunks, each that is the tail of a hyphenated "X-of-Y" word replaced by the noun
    phrase that word is part of: spaCy yields "thought" of "this procedure program-of-thought
    distillation" and then skips the phrase, whose start lies before the end of "thought"."""
    for i, chunk in enumerate(chunks):
        if not (_hyphen_glued(doc, chunk.start - 1) and chunk.root.dep_ == "pobj"
                and chunk.root.head.lower_ == "of" and _hyphen_glued(doc, chunk.root.head.i - 1)):
            continue
        phrase = next((t for t in chunk.root.ancestors if t.pos_ in {"NOUN", "PROPN"}
                       and t.i >= chunk.end), None)
        if phrase is None or phrase.i != _word_end(doc, chunk.end) or phrase.left_edge.i < (
                chunks[i - 1].end if i else 0) or (
                i + 1 < len(chunks) and chunks[i + 1].start <= phrase.i):
            continue
        chunks[i] = Span(doc, phrase.left_edge.i, phrase.i + 1, label=chunk.label)
    return chunks


def glued_words(doc: Doc) -> list[Span]:
    """Runs of tokens written without spaces ("Qwen2.5-Math-1.5B"), minus edge punctuation.

    A slash ends a run, since "RLHF/DPO" names two things.
    """
    words: list[Span] = []
    tokens = list(doc)  # (indexing a list is cheaper than making a Token per doc[i])
    start = 0
    for token in tokens:
        if token.is_space or token.text == "/":
            _add_word(words, doc, tokens, start, token.i)
            start = token.i + 1
        elif token.whitespace_:
            _add_word(words, doc, tokens, start, token.i + 1)
            start = token.i + 1
    _add_word(words, doc, tokens, start, len(doc))
    return words


def _add_word(words: list[Span], doc: Doc, tokens: list[Token], start: int, end: int) -> None:
    while start < end and (tokens[start].is_punct or tokens[start].is_space):
        start += 1
    while end > start and ((last := tokens[end - 1]).is_punct or last.is_space
                           or last.tag_ == "POS" or last.lower_ in {"'s", "’s"}):
        end -= 1
    if start < end and not tokens[start].like_url and not tokens[start].like_email:
        words.append(_without_modifier_suffix(doc[start:end]))


def _without_modifier_suffix(span: Span) -> Span:
    """"Wav2vec2.0-based" names Wav2vec2.0: drop a trailing "-based", "-like", ... part."""
    return span[:-2] if len(span) >= 3 and _modifier_suffix_at(span.doc, span.end - 2) else span


def spellings(name: str) -> list[str]:
    """A name with the spellings of its word breaks a text may use instead: "instruction
    following" is also written "instruction-following", "pre-training" "pre training" and
    "pretraining", and British English "batch normalisation". Only lower-case names vary so
    ("GPT-4" is no "GPT 4")."""
    if not name.islower():
        return [name]
    british = lx.british_spelling(name)
    if british != name:
        return list(dict.fromkeys([*_break_spellings(name), *_break_spellings(british)]))
    return _break_spellings(name)


def _break_spellings(name: str) -> list[str]:
    """The word-break spellings of one lower-case spelling of a name (see spellings)."""
    words = re.split(r"[ -]", name)
    joined = [name.replace(" ", "-"), name.replace("-", " "), name.replace("-", "")]
    if 3 <= len(words) <= 4:  # "visual question-answering": any break may take a hyphen
        joined += ["".join(w + j for w, j in zip(words, (*joiners, ""), strict=True))
                   for joiners in itertools.product(" -", repeat=len(words) - 1)]
    breaks = [name, *joined]
    numbers = [other_number(b) for b in breaks] if " " in name else []
    if " " not in name and re.search(r"[^aeiou]y$", name):
        numbers = [name[:-1] + "ies"]  # "accuracies": no verb ends so ("recalls" may)
    return list(dict.fromkeys([*breaks, *numbers]))


def _plural_head(name: str, names: Iterable[str]) -> bool:
    """A capitalised name that ends in a noun is written in both numbers ("Brier scores",
    "Vision Transformers"); not one that only adds a head word to a shorter name of its entry
    ("BLEU score" of BLEU: in "BLEU scores", BLEU is the name)."""
    words = name.split()
    return not name.islower() and len(words) > 1 and words[-1].isalpha() and (
        words[-1][1:].islower()) and not any(name.startswith(n + " ") for n in names)


def spelled_in_any_case(text: str) -> bool:
    """True for a name of three words or more, which names its entry however it is
    capitalised ("best-of-n sampling", "needle-in-a-haystack"); one word in lower case may be
    another word ("math" is no MATH)."""
    return len(re.findall(r"[A-Za-z]+", text)) >= 3


def other_number(phrase: str) -> str:
    """A lower-case phrase with its last noun in the other number: "compression ratios" for
    "compression ratio", "model soup" for "model soups". Only phrases of two words or more
    vary so: a single word in -s is as often a verb ("recalls", "regrets")."""
    if phrase.endswith("ies"):
        return phrase[:-3] + "y"
    if phrase.endswith(("sses", "xes", "ches", "shes")):
        return phrase[:-2]
    if phrase.endswith("is"):
        return phrase[:-2] + "es"  # "principal component analyses"
    if phrase.endswith("s") and not phrase.endswith(("ss", "us")):
        return phrase[:-1]
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    if phrase.endswith(("ss", "x", "ch", "sh")):
        return phrase + "es"
    return phrase + "s"


@functools.lru_cache(maxsize=1 << 16)  # asked of every word of every text
def is_name_shaped(text: str) -> bool:
    """True for words written as names: "GRPO", "LoRA", "GPT-4o", "Tele-LLMs", "SeerAttention".

    A part between hyphens must have an inner capital, be all capitals, or mix letters and
    digits; Title-Case compounds such as "Warmup-Stable-Decay" are not names by shape.
    """
    if len(text) < 2 or text.islower() and not text.endswith("++") and not any(
            ch.isdigit() for ch in text) or _NOT_A_NAME.search(text):
        return False  # (most words: in lower case, without digits)
    if text[0].isdigit():  # "300W-LP", "3DMM", "2WikiMultihopQA"; not "3D", "8B", "10GB",
        # "7B-Instruct" (a size), "1.Larger" (a list's item)
        if not re.match(r"\d+[A-Za-z]", text) or SIZE.match(re.split(r"[-‐‑]", text)[0]):
            return False
        letters = re.findall(r"[A-Za-z]+", text)
        return any(len(run) >= 3 and not run.islower() for run in letters) or "-" in text and (
            any(len(run) >= 2 and run.isupper() for run in letters))
    if not text[0].isalpha():
        return False
    if any(ch.isdigit() for ch in text) or text.endswith("++"):  # "Llama-3", "CIFAR-10",
        return True  # "T5", "Transformer++"
    parts = [part for part in re.split(r"[-‐‑]", text) if part]
    return any(_is_name_part(part) for part in parts) or (
        len(parts) == 2 and len(parts[0]) == 1 and parts[0].isupper() and parts[1].istitle())
    # ("C-Abstractor", "Q-Former": a letter before a capitalised word)


def _title_case_word(text: str) -> bool:
    """"Leiden", "Pick-a-Pic": a capitalised word, or hyphenated words the first of which is,
    and no name by shape (which is found as one)."""
    return text[:1].isupper() and text.replace("-", "").isalpha() and not is_name_shaped(text)


def _is_name_part(part: str) -> bool:
    letters = [ch for ch in part if ch.isalpha()]
    if not letters:
        return False
    has_digit = any(ch.isdigit() for ch in part)
    inner_capital = any(ch.isupper() for ch in part[1:])
    return inner_capital or has_digit or (len(letters) >= 2 and part.isupper())


class ConceptRecognizer:
    """Finds typed concept spans; results go to `doc.spans[spans_key]`, role on `span._.kg_role`."""

    def __init__(self, nlp: Language, name: str, spans_key: str, lexicons: Iterable[str]) -> None:
        self.name = name
        self.spans_key = spans_key
        entries = [e for path in lexicons for e in lx.load_lexicon(path)] + lx.builtin_lexicon()
        self.known = lx.index(entries)  # the user's entries come first, so they win
        self.generic = lx.generic_keys()
        self.heads = lx.head_types()
        self.open_heads = lx.open_heads()
        self.vague = lx.vague_modifiers()
        self.material_heads = lx.material_heads()
        self.languages = lx.languages()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.anycase = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.respelled = PhraseMatcher(nlp.vocab, attr="LOWER")  # "Librispeech", "Imagenet"
        for entry in entries:
            for text in entry.names:
                matcher = self.anycase if text.islower() else self.exact
                numbers = [other_number(text)] if _plural_head(text, entry.names) else []
                matcher.add(entry.type, [nlp.make_doc(t) for t in [*spellings(text), *numbers]])
                if not text.islower() and len(text) >= 5:
                    self.respelled.add(entry.type, [nlp.make_doc(text)])
        # Generic phrases are matched too, so that "mixed precision" shadows "precision";
        # they are dropped after overlaps are resolved.
        self.shadows = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in lx.generic_phrases():
            self.shadows.add(SHADOW, [nlp.make_doc(phrase)])
        self.model_keys = {key for e in entries if e.type == "Model" for n in e.names
                           if len(key := lx.name_key(n)) >= 3}
        # long model names anywhere in a key, longest first; one scan, not one per name
        inside = sorted((k for k in self.model_keys if len(k) >= 5), key=len, reverse=True)
        self.model_inside = re.compile("|".join(map(re.escape, inside))) if inside else None
        # Known names of two or more words: a longer name ending in one of them is a kind of it.
        self.known_phrases = frozenset(lx.name_key(n) for e in entries for n in e.names
                                       if len(n.split()) >= 2)

    def __call__(self, doc: Doc) -> Doc:
        defined = self._defined_types(doc)
        redefined = lx.redefined_acronyms(
            ((long.text, short.text) for long, short in doc._.kg_abbreviations), self.known)
        known = [Span(doc, k.start, k.end, defined.get(lx.name_key(k.text)) or UNTYPED)
                 if lx.name_key(k.text) in redefined else k for k in self._known(doc)]
        abbreviated = self._abbreviated(doc, redefined)
        phrases = self._phrases(doc)
        headed = self._headed(doc)
        words = glued_words(doc)
        by_end = {w.end: w for w in words}
        candidates = [*known, *abbreviated, *self._shaped(doc, defined, words),
                      *headed, *phrases, *self._called_the(doc, by_end),
                      *self._listed_before_kind(doc, by_end), *self._scored_on(doc, by_end),
                      *self._presented(doc),
                      *self._namely(doc), *self._proposed_phrases(doc),
                      *self._described_words(doc),
                      *self._task_phrases(doc), *self._title_terms(doc),
                      *(title_tasks := self._title_tasks(doc))]
        # A name its acronym spells out in capitals is whole, where the NER found a part of it:
        # "Model Improvement via Neuron Targeting (MINT)", not "Neuron Targeting".
        title_names = self._title_name(doc)
        ents = self._learned(doc, defined)
        learned = (ents + title_names
                   + [s for s in abbreviated if _capitalised(s) or _split_by_ner(s, ents)]
                   + self._new_kinds(doc) + self._named_after_kind(doc)
                   + self._named_phrases(doc)  # whole: "which we term retrieval heads"
                   + _modified_known(known, title_end(doc))
                   + _compound_known(known, self.vague)
                   + self._variant_data(known, title_end(doc))
                   + _ranked_metrics(known) + _rates_of_known(known))
        learned = [_headed_by(self._whole_words(s), phrases + headed + title_tasks)
                   for s in learned]  # (a title's "Universal Sound" of "Universal Sound
        # Separation", which the NER cut before the task's head word)
        languages = {t.i for s in learned for t in s if self._language(t)}
        learned = [self._before_language(s) for s in learned]
        shadows = [k for k in known if k.label_ == SHADOW]
        learned = [self._known_past_vague(s, known) for s in learned]
        learned = [s for s in learned if not any(_cuts_into(s, k) for k in known
                                                 if k.label_ != SHADOW)
                   and not _joins_known(s, known)]
        learned = [_after_shadows(s, shadows) for s in learned if not any(
            k.start <= s.start and s.end <= k.end and len(k) > len(s) for k in shadows)]
        # inside a generic phrase, a name is none: "precision" of "higher precision"
        whole = [self._whole_words(s) for s in candidates]
        grown = [w.start < s.start and w.text[:1].isupper() for w, s in zip(whole, candidates,
                                                                            strict=True)]
        candidates = ([w for w, g in zip(whole, grown, strict=True) if not g]
                      + [w for w, g in zip(whole, grown, strict=True) if g])
        # (a known name grown to the capitalised word it ends, "T2V" of "Step-Video-T2V",
        # yields to what finds that word as a name, which types it better)
        known = [k for k in known if k.label_ != SHADOW and any(
            k.start <= n.start and n.end <= k.end and len(k) > len(n) for n in learned)]
        learned = filter_spans(self._acronym_compounds(doc) + learned + known)
        # ("Retrieval-Augmented Generation" in full)
        taken = {i for span in learned for i in range(span.start, span.end)} | languages
        # (a language cut from a name, "a Chinese word segmenter", is no data of its own)
        rules = filter_spans([s for s in candidates if not taken.intersection(
            range(s.start, s.end))])  # what the NER leaves of a longer phrase: "the COCO
        # [object detection] dataset"
        chosen = sorted([*learned, *rules], key=lambda s: s.start)
        generic = self.generic | {lx.name_key(short.text) for long, short
                                  in doc._.kg_abbreviations
                                  if lx.name_key(long.text) in self.generic}  # "NN", "ML"
        title = title_end(doc)  # a title's or an acronym's capitals make a name: "FAST:"
        shorts = {short.start for _, short in doc._.kg_abbreviations}
        quoted = any(t.text in QUOTES for t in doc)  # (most abstracts quote nothing)
        chosen = [part for s in chosen for part in _conjuncts(s, self.known)]
        chosen = [Span(doc, s.start, s.end, "Method") if s.label_ == "Task" and _bare_object(s)
                  and not _listed(lx.name_key(s.text), self.known, defined)
                  and getattr(self._known_ending(s), "type", None) != "Task" else s
                  for s in chosen]  # "we propose counterfactual step editing": what a paper
        # proposes is done, no task (a kind of a known task is: "we propose cross-lingual
        # coreference resolution as a way of ...")
        described = {key: kind for s in chosen if not _listed(
            key := lx.name_key(s.text), self.known, defined) and (
            kind := self._described_type(doc, s))}
        spans = _one_type_per_name([s for s in chosen if s.label_ != SHADOW
                                    and any(ch.isalpha() for ch in s.text)  # not "**"
                                    and sum(ch.isalnum() for ch in s.text) >= 2  # not "M"
                                    and "_" not in s.text  # "C_Phi": a symbol of a formula
                                    and not (s.text.isupper() and s.text.lower() in self.vague
                                             and s.start >= title and s.start not in shorts)
                                    # "SIMPLE" and "COMPLEX" levels: words in capitals
                                    and not _only_sizes(s)  # "30M - 200M"
                                    and s[-1].lower_ not in PEOPLE  # "NIST assessors"
                                    and not _size_of_kind(s, generic)
                                    and not _NO_NAME.fullmatch(s.text)
                                    and not _VENUE_YEAR.fullmatch(s.text)
                                    and not any(t.like_url for t in s)  # a code link
                                    and not (quoted and _in_quoted_sentence(s))
                                    and not all(t.is_stop and t.is_lower for t in s)  # "which"
                                    and not all(self._language(t) or t.is_punct
                                                or t.lower_ == "to" for t in s)
                                    # "German", "English-to": data, not a name
                                    and s.text.count("(") == s.text.count(")")  # "F(S;M"
                                    and not any(_NOT_A_NAME.search(t.text) and t.text[0]
                                                .islower() for t in s)  # "su2024muonblog"
                                    and lx.name_key(s.text) not in generic],
                                   self.known, defined, described)
        spans = _typed_like_listed(_listed_between(spans, generic, self.languages),
                                   self.known, defined, self._known_stem)
        proposed = self._proposed_keys(doc, spans)
        supported = {i for s in [*candidates, *title_names] if s.label_ != SHADOW
                     for i in range(s.start, s.end)}
        for span in spans:
            span._.kg_role = "proposed" if lx.name_key(span.text) in proposed else "used"
            span._.kg_guessed = not supported.intersection(range(span.start, span.end))
        doc.spans[self.spans_key] = spans
        taken.update(i for span in rules for i in range(span.start, span.end))
        doc.spans[DATA_KEY] = [s for s in filter_spans(self._unnamed_data(doc))
                               if not taken.intersection(range(s.start, s.end))]
        doc.user_data.pop(_NOUN_CHUNKS, None)  # (spans: no data to serialise with the doc)
        return doc

    # -- candidates -------------------------------------------------------------------------

    def _known(self, doc: Doc) -> list[Span]:
        found = []
        for matcher in (self.exact, self.anycase, self.shadows):
            found += [Span(doc, s, e, label=m) for m, s, e in matcher(doc, as_spans=False)]
        # a known name spelled with other capitals is still written as a name ("Librispeech"),
        # unless a sentence's first capital is all it has ("Math problems ...")
        found += [Span(doc, s, e, label=m) for m, s, e in self.respelled(doc, as_spans=False)
                  if any(ch.isupper() for ch in doc[s:e].text[1:])
                  or not doc[s].is_sent_start and doc[s].text[:1].isupper()
                  or spelled_in_any_case(doc[s:e].text)]  # "best-of-n sampling"
        found = [k for k in found if not (len(k) == 1 and k[0].is_lower
                                          and k[0].tag_ in {"VB", "VBP", "VBZ", "VBD"})]
        # (a known word used as a verb names nothing: "struggle to recall facts")
        return [Span(doc, k.start, _variant_end(doc, k.start, _version_end(doc, k.end), known=True),
                     label=k.label_)
                if k.label_ == "Model" else k for k in found]  # "Claude 3 Opus"

    def type_of(self, span: Span, following: Span | None = None) -> str | None:
        """The type a name's own words, the word after it or the kind word before it give
        it, if any; its shape last."""
        key = lx.name_key(span.text)
        if key in self.known:
            return self.known[key].type
        if len(span) > 1 and YEAR.fullmatch(span[-1].text):
            return self.type_of(span[:-1])  # "AMC 2023" is an edition of AMC
        if len(span) > 1 and "." in span[-1].text and VERSION.fullmatch(span[-1].text) and (
                released := self.known.get(lx.name_key(span[:-1].text))) is not None:
            return released.type  # "CATH 4.2": a release of CATH
        linked = next((t.i for t in span[1:-1] if t.lower_ in {"for", "via"}), None)
        if linked is not None:  # "Representation Misdirection for Unlearning": a means for
            return self.type_of(span.doc[span.start : linked])  # a task, whatever its type
        first = self.known.get(lx.name_key(span[0].text))
        if first is not None and first.type == "Dataset" and len(span) > 1 and (
                span[0].whitespace_) and all(t.is_alpha and t.is_title for t in span[1:]):
            return "Dataset"  # "TREC Deep Learning": a track of TREC, no deep learning
        last = self.known.get(lx.name_key(span[-1].text)) if len(span) >= 2 else None
        if last is not None and last.type == "Metric" and span[-1].text[:1].isupper():
            return "Metric"  # "RadGraph F1", "CheXbert F1": a metric computed with a tool
        entry = self._known_ending(span)
        if entry is not None:  # "masked diffusion models", "hybrid contrastive learning"
            if any(lx.name_key(n) in MODEL_FAMILIES for n in entry.names):
                return "Model"  # "Stacked Generative Adversarial Networks": one of its models
            return entry.type
        if len(span) >= 3 and SPLIT_SUFFIX.search(span.text):
            return "Dataset"  # "LibriSpeech-PC test-clean": a split of a corpus
        last = _word_start(span.doc, span.end)  # the name: one word, hyphens and all
        if span.start < last and span.doc[last - 1].lower_ in self.heads and is_name_shaped(
                span.doc[last : span.end].text):
            return self.heads[span.doc[last - 1].lower_]  # "the real-time detector YOLOv3": a
            # detector; "the resulting recipe VL-RKD": a recipe
        parts = re.split(r"[-‐‑]", span.text) if " " not in span.text else [span.text]
        if len(parts) > 1 and DATA_COUNT.fullmatch(parts[-1]) and not any(
                SIZE.match(p) for p in parts[:-1]):
            return "Dataset"  # "LLaVA-665K", "Video-R1-260k": that many examples of a known
            # model's data (not "Llama-3-8B-Instruct-262k", a context length)
        stem = self._known_stem(span.text) or self._known_count(span.text)
        if stem is not None:  # "AIME24/25", "MATH-P-Simple": an edition or variant of AIME;
            return stem.type  # "a DeBERTa-v3-base classifier" is a DeBERTa model
        for word in (following, span[-1:]):
            if word is not None and len(word) and word[0].lower_ in self.heads:
                if word is following and _split_data(word[0]):
                    return "Dataset"  # "SWB-1 training data" is data, not training
                return self.heads[word[0].lower_]
        kind = self._kind_before(span)
        if kind is not None:
            return kind
        if "@" in span.text:
            return "Metric"  # "pass@10", "NDCG@20"
        if STRUCTURE_OF.fullmatch(span.text):
            return "Method"
        last = parts[-1] if " " not in span.text else ""
        if last != span.text and SIZE.match(last) and not YEAR.match(last):
            return "Model"  # "Video-R1-7B": a model of that size (not "PHOENIX-2014T")
        if " " not in span.text and EDITION.fullmatch(span.text) and is_name_shaped(span.text):
            return "Dataset"  # "CrossDocked2020", "VOC2007": a year's edition of a data set
        if " " not in span.text and key.endswith(MODEL_FAMILIES) and key not in MODEL_FAMILIES:
            return "Model"  # "StarGAN", "MMD-GAN", "Categorical-DQN": one of a family's models
        if _named_as_data(span.text):
            return "Dataset"
        if self._names_a_model(key, span.text):
            return "Model"  # "DialoGPT", "Qwen2.5-Math-1.5B"
        return None

    def _known_ending(self, span: Span) -> lx.Entry | None:
        """The entry of the longest known phrase the span ends in (a set lookup per suffix,
        not a scan of every known phrase)."""
        key = lx.name_key(span.text)
        ending = next((key[i:] for i in range(1, len(key)) if key[i:] in self.known_phrases),
                      None)
        return self.known[ending] if ending else None

    def _known_type(self, span: Span) -> str | None:
        """A known name's type, which no context overrides."""
        entry = self.known.get(lx.name_key(span.text))
        return entry.type if entry else None

    def _known_stem(self, text: str) -> lx.Entry | None:
        """The entry of the longest known name that a one-word name starts with, up to a
        hyphen, slash, digits after letters or a release tag: "AIME24/25" → AIME, "GSM8K-Hard"
        → GSM8K, "YOLOv3" → YOLO, "AP25" → average precision; or of a known data set its
        first part ends in, after a lower-case letter: "AfriMMLU-12" → MMLU."""
        if " " in text:
            return None
        cuts = [i for i in range(2, len(text)) if text[i] in "-/" or (
            text[i].isdigit() and text[i - 1].isalpha()) or (
            text[i] == "v" and text[i + 1 : i + 2].isdigit() and text[i - 1].isupper())]
        for i in reversed(cuts):  # written as the list writes it: "AQUA-KV" is no AQuA
            entry = self.known.get(lx.name_key(text[:i]))
            spelled = entry is not None and (text[:i] in entry.names or any(
                ch.isdigit() for ch in text[:i]))  # "FLAN-T5-XXL" of Flan-T5, a model
            if spelled and (entry.type in EDITIONED or entry.type == "Metric" and (
                    text[i:].lstrip("-").isdigit())):
                return entry  # (a task's acronym starts names of methods: "QA-LoRA"; a
                # metric's takes a threshold or an order: "AP25", "BLEU-4")
        first = text[: cuts[0]] if cuts else text
        for j in range(1, len(first) - 3):
            if first[j - 1].islower() and first[j].isupper() and (
                    entry := self.known.get(lx.name_key(first[j:]))) is not None and (
                    entry.type == "Dataset" and first[j:] in entry.names) and sum(
                    ch.isupper() for ch in first[j:]) >= 2:
                return entry  # "AfriMMLU-12", "TinyImageNet": a data set made from MMLU
                # (not "VideoCrafter2": one capital is a word's, Crafter's)
        return None

    def _known_count(self, text: str) -> lx.Entry | None:
        """The entry a name with a number for a known name's variable is: "best-of-16" of
        best-of-N, "top-4 routing" of top-k routing."""
        counted = re.sub(r"(?<=-)\d+\b", "#", text)
        if counted == text:
            return None
        return next((self.known[key] for v in "nk" if (key := lx.name_key(counted.replace(
            "#", v))) in self.known), None)

    def _names_a_model(self, key: str, text: str = "") -> bool:
        """True if a known model's name (three letters or more) starts or ends the key, or a
        long one (five or more) stands inside it: "DialoGPT", "Qwen2.5-Math-1.5B". Where the
        text spells the key, a three-letter name must start or end one of its parts:
        "NullEdit" ends in no DiT, "Delphi" in no Phi, "optimization" starts with no OPT."""
        parts = [p for p in lx.SEPARATORS.split(text) if p]
        if "".join(parts).casefold() != key:
            parts = []  # (a plural or a respelling: the key's letters are not the text's)
        if any(key[:i] in self.model_keys and (i > 3 or not parts or _part_boundary(parts, i))
               or key[-i:] in self.model_keys and (
                   i > 3 or not parts or _part_boundary(parts, -i))
               for i in range(3, len(key))):
            return True
        inside = self.model_inside.finditer(key) if self.model_inside else ()
        return any(match.group() != key for match in inside)

    def _described_type(self, doc: Doc, name: Span) -> str | None:
        """The type an "a/an ..." description right after a name gives it: a title's
        subtitle ("UniVL: A Unified Video and Language Pre-Training Model") or an apposition
        ("SeerAttention, a new attention mechanism"); the phrase's last head word decides."""
        if _own_head(name, self.heads):
            return None
        after = name.end
        if after < len(doc) and doc[after].text == "(":  # "Segment Linking (SegLink), an ..."
            after = next((t.i + 1 for t in doc[after : after + 8] if t.text == ")"), after)
        if after + 2 >= len(doc) or doc[after].text not in {":", ","}:
            return None
        description = doc[after + 1 : doc[after].sent.end]
        if _counted_contents(description) or len(description) and _counted_items(description[0]):
            return "Dataset"  # "TempTab, comprising 9,800 question-answer pairs", "ScreenRef,
            # 9,000 human-written referring expressions"
        if len(description) and self._hours_of_material(description[0]):
            return "Dataset"  # "We release EmoVox, 1,800 hours of emotional speech in ..."
        if len(description) and description[0].lower_ == "with" and any(
                t.lemma_ in RECORDS and any(_counted_items(n) for n in t.children)
                for t in description[1:8]):
            return "Dataset"  # "We release X, with 48K premise-hypothesis pairs" (not "with
            # 12 layers")
        if doc[after].text == ":" and len(description) and description[0].lower_ not in {
                "a", "an"}:
            kind = self._subtitle_kind(description[: max(title_end(doc) - after - 1, 0)])
            if kind == "Method" and self._names_a_model(lx.name_key(name.text), name.text):
                return None  # "TinyViT: Fast Pretraining Distillation for ...": a model
                # made by the method
            return kind
        if not len(description) or description[0].lower_ not in {"a", "an"}:
            return None
        noun = description[0].head  # "a multi-turn open-domain chatbot": the article's noun
        if noun.dep_ in {"poss", "nsubj", "nsubjpass"} or any(
                c.dep_ == "relcl" and c.lemma_ in NAMING_VERBS for c in noun.children):
            return None  # "With appropriate post-training, a model's ability ...", "X: an
            # attacker model rewrites ...": a clause;
            # "window attention, a phenomenon we call attention sink": another's description
        if description[0].dep_ == "det" and _counted_collection(noun):
            return "Dataset"  # "PhysProbe, a suite of 300 prompts ..." (a suite of prompts)
        if description[0].dep_ == "det" and noun.lower_ in {"family", "series", "suite"}:
            noun = next((item for of in noun.children if of.lower_ == "of"
                         for item in of.children if item.dep_ == "pobj"), noun)  # "a family
            # of ... text embedding models": models
        if description[0].dep_ == "det" and noun.lower_ in self.heads:
            return self.heads[noun.lower_]
        if description[0].dep_ == "det" and _holds_records(noun):
            return "Dataset"  # "TimeSeriesExam, a multiple-choice exam with 763 questions"
        last = None  # the phrase's last word, its head: "a ... Pre-Training Model"
        for token in description[1:]:
            if token.is_punct and token.text != "-" or token.pos_ in {"VERB", "ADP", "DET"} or (
                    token.tag_ in {"WRB", "WDT", "WP", "WP$"}):
                break  # ("multi-turn" goes on; "a training paradigm where a ... model" ends
                # at "where")
            last = token
        return self.heads.get(last.lower_) if last is not None else None
        # (a head word before the last only modifies it: "a generative retrieval recommender")

    def _hours_of_material(self, number: Token) -> bool:
        """True if the number counts hours of recorded material: "1,800 hours of speech" is
        data (where "8 GPU hours" is a method's cost)."""
        unit = number.head
        return number.like_num and number.dep_ == "nummod" and unit.lemma_ in {
            "hour", "minute"} and any(of.lower_ == "of" and any(
                item.dep_ == "pobj" and item.lower_ in self.material_heads
                for item in of.children) for of in unit.children)

    def _subtitle_kind(self, subtitle: Span) -> str | None:
        """The type a title's subtitle of capitalised words ending in a model's, data set's or
        method's head word gives the name before its colon: "SeaLLM-Vision: Vision-Language
        Models for Southeast Asian Languages", "X: ... Federated Fine-Tuning via ..." (the
        words up to a preposition or the title's end)."""
        words = []
        for token in subtitle:
            if token.pos_ == "ADP" and token.is_lower:
                break
            words.append(token)
        if not words or len(words) == len(subtitle) and len(words) > 4 or not all(
                t.text[:1].isupper() or t.text in HYPHENS for t in words):
            return None  # (no clause: "X: Language Models Can Self-Improve" has a verb)
        kind = self.heads.get(words[-1].lower_)
        return kind if kind in {*EDITIONED, "Method"} else None  # (a task's words name
        # what the thing is for: "X: Zero-Shot Time Series Forecasting with ...")

    def _kind_before(self, span: Span) -> str | None:
        """The type of the kind word right before a name, which says what the name is: "a
        small dataset s1K", "a new dataset, X", "a metric called X" (over the name's shape:
        "a new thermal segmentation dataset, ThermoSeg-10K" is no 10K-parameter model)."""
        doc = span.doc
        kind_word = doc[span.start - 1] if span.start else None
        if kind_word is not None and kind_word.pos_ == "NOUN" and kind_word.dep_ == "compound" and (
                span.start <= kind_word.head.i < span.end and kind_word.lower_ in self.heads
                and not _glued_to_previous(doc[span.start - 1 : span.start])):  # not the
            # "tuning" of "Fine-tuning Quokka-7B"
            return self.heads[kind_word.lower_]
        if span.start >= 4 and doc[span.start - 1].text == "," and doc[
                span.start - 3 : span.start - 1].text.lower() in {"to date", "so far"} and (
                doc[span.start - 4].lower_ in self.heads):
            return self.heads[doc[span.start - 4].lower_]  # "the largest ... dataset to
            # date, SA-V"
        before = list(doc[max(span.start - 3, 0) : span.start])
        if len(before) == 3 and before[1].text == "," and before[2].lower_ in NAMING_WORDS:
            if before[0].lower_ in self.material_heads:
                return "Dataset"  # "Training on this data, called SynConv-3M, ..."
            before = before[::2]  # "a unified CF model, dubbed SimpleX"
        before = before[-2:]
        if len(before) == 2 and before[1].text == "," and before[0].dep_ == "relcl" and (
                _we_do(before[0])) and before[0].head.lower_ in self.heads:
            return self.heads[before[0].head.lower_]  # "a new benchmark we build, DocTools,"
        if (len(before) == 2 and (before[1].text == "," or before[1].lower_ in NAMING_WORDS)
                and (before[0].lower_ in self.heads or before[0].lemma_ in DATA_HOSTS)
                and _common_noun(before[0]) and span.root.dep_ != "nsubj"):  # (not "On ...
            # benchmark, X improves"; "a new test collection, FairIR-40,": what holds data)
            return self.heads.get(before[0].lower_, "Dataset")
        if len(before) == 2 and before[1].text == "," and before[0].lower_ in VARIANT_WORDS and (
                before[0].i > 0):  # "the hardest ScanObjectNN variant, PB-T50-RS": a
            entry = self.known.get(lx.name_key(doc[before[0].i - 1].text))  # variant of a
            if entry is not None and entry.type in EDITIONED:  # known data set or model
                return entry.type
        return self._list_kind(span)

    def _list_kind(self, span: Span) -> str | None:
        """The type the kind word after a list of names gives its items: "GSM8K, MathQA, and
        SVAMP datasets", "the NeRF-DS and iPhone datasets" (over a name's shape)."""
        first = _first_listed(span.root)
        last = first
        while any(c.dep_ == "conj" and c.i > last.i for c in last.children):
            last = max(c for c in last.children if c.dep_ == "conj" and c.i > last.i)
        if last.i != span.root.i and last.lower_ in self.heads and _common_noun(last) and (
                self.heads[last.lower_] == "Dataset"):
            return "Dataset"  # "GSM8K, MathQA, and SVAMP datasets"
        if self._head_after(first, span) == "Dataset":
            return "Dataset"  # "MetaMath and NuminaMath datasets"
        return None

    def _measured_by(self, verb: Token) -> bool:
        """True if the verb's object is a metric: "retaining BLEU", "improves accuracy", "reduces
        absolute relative error"."""
        return verb.pos_ == "VERB" and any(
            c.dep_ == "dobj" and (self._known_type(verb.doc[c.i : c.i + 1]) == "Metric"
                                  or self.heads.get(c.lower_) == "Metric"
                                  or self._known_type(_with_compounds(c)) == "Metric")
            for c in verb.children)  # (or ends in a metric's head: "absolute relative error";
        # or is one with the words before it: "the Dice similarity coefficient")

    def _head_after(self, first: Token, span: Span) -> str | None:
        """The type of the head word that the first item of the span's list modifies, after the
        span: "MetaMath and NuminaMath datasets", "the SAF R-CNN framework"; a name before a
        task is the data it is done on ("on ShapeNetPart part segmentation")."""
        kind = self._head_type_after(first, span)
        head = first.head.lower_ if first.head.i >= span.end else ""
        return "Dataset" if kind == "Task" and head in ACTIVITY_HEADS and (
            span.text[:1].isupper()) else kind  # (not "the GEC task")

    def _head_type_after(self, first: Token, span: Span) -> str | None:
        head = first.head
        modifies = first.dep_ in {"nmod", "compound"} or first.dep_ == "amod" and (
            not first.is_lower)  # (the "HQ" of "CelebA-HQ and WikiArt subsets")
        if modifies and head.i >= span.end and (_split_data(head) or head.i > span.end and (
                _split_data(head.nbor(-1)))):
            return "Dataset"  # "the OpenCpop and M4Singer test sets", whichever word the
            # parser makes the head
        if modifies and _common_noun(head) and head.i >= span.end and (
                head.lower_ in self.heads or head.lemma_ in DATA_PARTS | DATA_HOSTS):
            return self.heads.get(head.lower_, "Dataset")  # "X and Y subsets": parts of data;
            # "the AppWorld environment": an agent benchmark; "the ClueWeb collection"
        end = span.end  # the parse may miss it after a hyphenated modifier: "the BTCV
        while end + 2 < len(span.doc) and _hyphen_glued(span.doc, end + 1):  # multi-organ
            end += 2  # dataset"
        if end > span.end and span.doc[end + 1].lower_ in self.heads:
            return self.heads[span.doc[end + 1].lower_]
        return None

    def context_type(self, span: Span) -> str | None:
        """The type the words around a name give it: "evaluated on X", "pre-trained on X",
        "experiments on X, Y and Z" make datasets; "in terms of X" a metric; "models such as
        X and Y" the head word's type."""
        doc = span.doc
        if _valued(span):
            return "Metric"  # "an ROC-AUC of 80.2", wherever the parser lists it
        first = _first_listed(span.root)  # "on GSM8K, MathQA and SVAMP": the first decides
        opening = first.left_edge.i - 1  # "two radiology datasets (MIMIC-CXR and IU-Xray)"
        if opening >= 1 and doc[opening].text == "(" and doc[opening - 1].pos_ == "NOUN" and (
                doc[opening - 1].lower_ in self.heads) and any(
                c.dep_ == "conj" for c in first.children):  # a list, not an acronym
            return self.heads[doc[opening - 1].lower_]
        if self._in_brackets_after_task(span):
            return "Dataset"  # "super-resolution (Set5, Urban100)", "denoising (SIDD)": what
            # a task is done on
        start = first.left_edge.i if first.i != span.root.i else span.start
        if start >= 3 and doc[start - 2 : start].text.lower() in {"such as", ", including"} and (
                doc[start - 3].pos_ == "NOUN") and (kind := self.heads.get(
                doc[start - 3].lower_, self.heads.get(doc[start - 3].lemma_))):
            return kind  # "methods such as Mask3D miss", "45 public datasets, including X, Y",
            # whatever the parser reads and whatever a listed name is elsewhere
        listed = self.known.get(lx.name_key(first.text))
        if first.i != span.root.i and listed and is_name_shaped(span.text.replace(" ", "")):
            return listed.type  # "BLiMP, EWoK, WUGs": a name listed after a known one
        if first.i < span.start and first.pos_ == "NOUN" and self.heads.get(
                first.lower_) == "Dataset" and not span.text.islower():
            return "Dataset"  # "in the Open X-Embodiment dataset and DROID": a list of data
        head_kind = self._head_after(first, span)
        if head_kind is not None:
            return head_kind  # "the SAF R-CNN framework"
        if _changed_by_amount(first) or _changed_by_amount(span.root):
            return "Metric"  # "improves PESQ by 0.4 and STOI by 3%", "raises QED from 0.4"
        if first.dep_ in {"compound", "nmod"} and first.head.dep_ == "pobj" and (
                not span.text.islower()) and (  # (the preposition of the object it modifies)
                opening := _governing(first.head.head)).lower_ in {"on", "across"} and (
                opening.i == opening.sent.start or _before_subject(opening)):
            return "Dataset"  # "On the MVSEC and DSEC sequences, X reduces ...": names of
            # what a clause's opening "on" reports results on (a kind word after them, "the
            # X model", has decided above)
        preposition = _governing(first.head)
        if first.dep_ != "pobj" or preposition.i == first.i:
            return None
        if preposition.lower_ == "of" and preposition.head.lower_ == "terms" or (
                preposition.lower_ == "by" and preposition.head.lemma_ in {"measure", "quantify"}):
            return "Metric"  # "in terms of X", "as measured by X and Y"
        if preposition.lower_ in {"on", "across"} and (
                preposition.head.lemma_ in EVALUATION_WORDS
                or preposition.head.lower_ in TRAINING_NOUNS and span.start >= title_end(doc)
                and not span.text.islower()
                or preposition.head.i < span.start and not span.text.islower() and (
                    _evaluated(preposition.head))
                # ("evaluate it zero-shot on X", "trained in 8 minutes per subject on X":
                # misattached)
                or self.heads.get(preposition.head.lower_) == "Task"
                or self._scored_on_name(span)  # "detection on ExDark", "success rates on
                # RoboMimic", "F1 on WikiANN" (not "scores on the phrase reduction task")
                or preposition.i == preposition.sent.start  # "On LOL-v1 and SID, X ..."
                or not span.text.islower() and _before_subject(preposition)  # "..., and on
                # How2Sign it sets a new state of the art"
                or not span.text.islower() and (
                    preposition.head.like_num or preposition.head.text == "%")  # "67.1 on
                # MELD", "a gain of 4% on X": a score reported on it
                or not span.text.islower() and self._measured_by(_changed_by(
                    preposition.head))):
            return "Dataset"  # "retaining BLEU and self-BLEU on Quasar-T, ..."
        if self._material_from(span):
            return "Dataset"
        if preposition.lower_ == "over" and self.heads.get(preposition.head.lower_) == "Task":
            return "Dataset"  # "question answering over NaturalQuestions-Open" (not "improves
            # over X", a comparison)
        noun = preposition.head  # "models such as X" / "models like X"
        if preposition.lower_ == "as" and noun.dep_ == "dobj" and _proposing(noun.head) and (
                noun.lower_ in self.material_heads or noun.lemma_ in RECORDS):
            return "Dataset"  # "we release the ratings as CapJudge"
        if preposition.lower_ == "of" and (noun.lemma_ in DATA_PARTS or noun.lemma_ == "set" and (
                any(c.lower_ in SPLIT_WORDS for c in noun.children))):
            return "Dataset"  # "the rainy split of BDD100K", "the test set of X"
        if preposition.lower_ == "of" and noun.lemma_ in {"task", "subtask", "track"} and any(
                c.dep_ in {"compound", "amod"} for c in noun.children) and not (
                span.text.islower()):
            return "Dataset"  # "the table retrieval task of OpenWikiTable": a benchmark's part
            # (not "the task of Named Entity Recognition")
        such_as = preposition.lower_ == "as" and "such" in {
            t.lower_ for t in (*preposition.children, noun)}
        if noun.lower_ == "such":
            noun = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "NOUN" and (
                noun.head.head.lower_ in self.heads):
            noun = noun.head.head  # "models for text generation, such as X": models
        if (such_as or preposition.lower_ in {"like", "including"}) and noun.pos_ == "NOUN" and (
                kind := self.heads.get(noun.lower_, self.heads.get(noun.lemma_))):
            return kind  # ("evaluation frameworks such as RAGAS and ARES")
        return None

    def _material_from(self, span: Span) -> bool:
        """True for a name that material is taken from: "50K hours of English speech from
        LibriHeavy", "2.5M videos from Panda-70M" (whatever its shape says; not "distilled
        from X", a model, nor "labels from DSSP", a tool's output)."""
        doc = span.doc
        if span.text.islower():
            return False
        start = min(span.start, _first_listed(span.root).left_edge.i)  # "from X and Y"
        if start < 2 or doc[start - 1].lower_ != "from":
            return False
        before = doc[start - 2]
        return before.lower_ in self.material_heads or before.lemma_ in SOURCING_VERBS and (
            before.dep_ == "acl" and self.heads.get(before.head.lower_) == "Dataset")
        # ("a benchmark built from DrugBank and TWOSIDES": what data is made from is data)

    def _learned(self, doc: Doc, defined: dict[str, str | None]) -> list[Span]:
        """Spans of the trained NER (doc.ents), which win over overlapping rule spans.

        Measured on SciERC dev, letting the NER decide boundaries and rules fill its gaps beats
        every rules-first order, and so does keeping its one-word and one-off spans and its
        modifiers ("efficient ..."). A leading determiner is trimmed; a known name or a head
        word ("... corpus") overrides the NER's type; "Long Form (LF)" is cut into two names.
        """
        shorts = {short.start: short for _, short in doc._.kg_abbreviations}
        title = title_end(doc)
        found = []
        for ent in doc.ents:
            if ent.label_ not in CONCEPT_TYPES:
                continue
            for part in (p for whole in _parts(ent, shorts) for p in self._of_known(whole)):
                start = part.start
                known_title = part.start < title and lx.name_key(part.text) in self.known
                while start < part.end - 1 and not known_title and (
                        _leading_noise(doc[start]) or doc[start].tag_ in {"JJR", "JJS"}
                        and doc[start].is_lower and doc[start + 1].text[:1].isupper()):
                    start += 1  # ("the harder SciTSR-comp split": which is harder, no name)
                    # (a title's "Learning Rate Warmup" is the known name whole,
                start = _name_after_participle(part, _whole_start(doc, start, part))
                if start == part.start and _opening_modifier(doc, start, part.end) and (
                        doc[start - 1].lower_ not in self.vague):
                    start -= 1  # "Legal text classification is ...": the NER, trained on
                    # running text, leaves a sentence's capitalised first word out
                while start < part.start and doc[start].lower_ in self.vague and (
                        doc[start].lower_.endswith(("er", "est"))) and not _hyphen_glued(
                        doc, start + 1) and lx.name_key(doc[start:part.end].text) not in (
                        self.known):
                    start += 1  # (not grown into a title's "Faster" of "Faster Time Series
                    # Forecasting", which the tagger reads as a compound; "Faster R-CNN" is
                    # a name)
                if not known_title and (  # and its first word no gerund before an object)
                        _verb_with_object(doc[start], part.end) or (
                        doc[start].lower_ in STUDY_GERUNDS and start + 1 < part.end) or (
                        _learning_a_task(doc[start], part.end, ent.label_)) or (
                        self._gerund_of_known(doc[start:part.end], title))) or (
                        start < part.start and doc[start].lower_ in STUDY_GERUNDS):
                    # (nor one grown before a known name: "Evaluating Speech Recognition")
                    start += 1  # "Investigating Data Pruning" is about data pruning;
                    # "Learning Dexterous Manipulation" is dexterous manipulation, learnt
                start = _after_activity(doc, start, part.end)
                unsized = _after_size(doc[start : part.end])  # "a 3B/16B-parameter
                if unsized.start < part.end - 1 or unsized.start > start and (
                        unsized.text[:1].isupper()):  # Mixture-of-Expert model", "a
                    start = unsized.start  # 600M-parameter VLA": a model's size is no part
                    # of its name
                end = _before_unclosed_bracket(doc[start : part.end])
                while end - 1 > start and (
                        _unopened_bracket(doc[start:end]) or doc[end - 1].pos_ in CLOSED_CLASS
                        or doc[end - 1].lower_ in REVISIT_WORDS
                        or doc[end - 1].is_space
                        or not doc[end - 1].whitespace_
                        and end < len(doc) and doc[end].text in HYPHENS):
                    end -= 1  # "BOSE)", "RMSprop do"; "ViT-G pre" of "ViT-G pre-trained"
                end = _variant_end(doc, start, _before_split(doc[start:end]))
                if end - start >= 2 and doc[end - 1].lower_ in CHANGE_NOUNS and (
                        self.heads.get(doc[end - 2].lower_) == "Metric"):
                    end -= 1  # "the refusal rate drop(s)": what changes is the rate
                end = next((t.i for t in doc[start + 1 : end] if t.tag_ in FINITE_VERBS
                            and t.is_lower or t.i < title and t.lower_ in CLAIM_VERBS
                            or t.i + 1 < title and doc[t.i + 1].lower_ in COMPARED_BY
                            or t.lower_ == "of" and t.i + 1 < end and doc[t.i + 1].like_num
                            or t.lower_ in SURE_VERBS or _participle_after_name(t)
                            or t.i < title and t.tag_ in FINITE_VERBS and any(
                                c.dep_ == "nsubj" and start <= c.i < t.i for c in t.children)
                            or t.text in KIND_SUFFIXES and t.nbor(-1).whitespace_
                            and t.nbor(-1).text not in HYPHENS
                            and is_name_shaped(doc[start : t.i].text.replace(" ", ""))),
                           end)  # (a title's "Graph Transformers Need Positional Encodings";
                # "XLS-R based cascades", spaced, are about XLS-R as "XLS-R-based" would be)
                # "TI intervenes layer-wise ..." is TI; a title's "Fine-Tuning Enhances
                # Existing Mechanisms" (capitalised, so tagged a noun) a claim about fine-tuning;
                # "on MIRACL averaged over 18 languages" is MIRACL
                owner = next((t.i for t in doc[start + 1 : end - 1] if t.tag_ == "POS"
                              and is_name_shaped(t.nbor(-1).text)), end)  # "DROP's adjusted
                # F1": DROP (not "Kendall's tau", a person's), which the label was not for
                end, label = owner, ent.label_ if owner == end else UNTYPED
                if end - start >= 3 and _modifier_suffix_at(doc, end - 2) and is_name_shaped(
                        doc[start : end - 2].text):
                    end -= 2  # "FLOP-controlled" is about FLOP (as "BERT-based" is BERT)
                span = _name_before_gloss(doc[start:end])
                start, end = self._whole_bare_object(span), span.end
                if all(t.pos_ == "ADV" or t.tag_ in {"VBN", "VBD"} for t in span) or (
                        _modifier_of_next(span)) or self._contents_of_data(span) or (
                        start < title) and (
                        doc[start].lower_ in CLAIM_VERBS) or _counted_by_variable(span):
                    continue  # "independently trained": how, not what; "L layers": how
                    # many; "precision-aware"
                    # of "precision-aware scaling laws": a modifier of what follows; a
                    # title's "Meets Vision" of "X Meets Vision": a claim's verb and object
                core = span
                while len(core) > 1 and core[-1].lower_ in GENERIC_HEADS:
                    core = core[:-1]  # "an UAD model" is about UAD, a task
                worded = (defined.get(lx.name_key(core.text)) or self._known_type(span)
                          or self._described_type(doc, span) or self.type_of(span)
                          or self._net_or_context_type(span))
                kind = worded or label
                if kind in {"Task", "Dataset", "Metric"} and (
                        _outperforms(span) or not worded and (
                            _compared_against(span) or _outperforms(span, ACHIEVING)
                            or self._raises_a_score(span) or _works_by(span))):
                    kind = "Method"  # "X outperforms ...", "... than X", "X achieves ...": a
                    # method or model (where no word says otherwise)
                listed = _listed(lx.name_key(span.text), self.known, defined)
                if _before_title_colon(doc, span) and not listed and (  # "The Reversal Curse:"
                        kind in {"Task", "Metric"}
                        or kind == "Dataset" and not worded and not _title_about_data(doc)):
                    kind = "Method"  # "MaskLLM: ..." names a contribution, not a task; a
                    # data set's title says so ("X: A Benchmark for ...")
                found.append(Span(doc, start, end, kind))
        return found

    def _whole_bare_object(self, span: Span) -> int:
        """Where a name the paper proposes starts: with the modifiers the NER left out of it
        ("We propose early answer probing", not "answer probing"; "gradient-balanced PINNs",
        not the PINNs it builds on; not a vague "simple")."""
        root = span.root
        first = root.left_edge.i
        if first >= span.start or not _bare_object(
                span.doc[first : span.end]) or any(
                t.lower_ in self.vague or t.lower_ in PRAISE or not (
                    t.is_lower and t.pos_ in {"ADJ", "NOUN"} or t.text in HYPHENS)
                for t in span.doc[first : span.start]):
            return span.start
        return first

    def _in_brackets_after_task(self, span: Span) -> bool:
        """True for a name in brackets, alone or listed, right after a task's name: "image
        super-resolution (Set5, Set14, Urban100)" (read from the words: the parser often
        misreads such lists); not an acronym ("question answering (QA)")."""
        doc = span.doc
        if span.text.islower() or any(short.start == span.start
                                      for _, short in doc._.kg_abbreviations):
            return False
        opening = span.start - 1
        while opening > span.start - 12 and opening > 0 and (
                doc[opening].text in {",", "and"} or doc[opening].text[:1].isupper()
                or doc[opening].text in HYPHENS or doc[opening].like_num):
            opening -= 1  # back over the names listed before
        word = doc[opening - 1] if opening > 0 and doc[opening].text == "(" else None
        if word is None or not word.is_lower or "Task" not in (
                word.ent_type_, self.heads.get(word.lower_),
                self._known_type(doc[word.i : word.i + 1])):
            return False  # (the trained NER's tasks too: "denoising (SIDD)")
        alone = opening == span.start - 1 and span.end < len(doc) and doc[span.end].text == ")"
        phrase = word.i  # the task's words, which an acronym alone in the brackets spells:
        while phrase > max(word.i - 6, 0) and (  # "person re-identification (re-ID)"
                not doc[phrase - 1].is_punct or doc[phrase - 1].text in HYPHENS):
            phrase -= 1
        return not alone or long_form_start(span.text, doc[phrase : word.i + 1].text) is None

    def _net_or_context_type(self, span: Span, context: Span | None = None) -> str | None:
        """A name's type from its "-Net" ending or else from the words around it (context:
        the span whose surroundings to read), but a name a score is reported on is data:
        "95.1 mAP on PubLayNet"."""
        if self._scored_on_name(span):
            return "Dataset"
        return _net_type(span) or self.context_type(span if context is None else context)

    def _raises_a_score(self, span: Span) -> bool:
        """True if the name is what improves or raises a metric: "TOCSIN improves AUROC"
        (what a method does; data is what it is done on, and a harder benchmark lowers one:
        "BBNLI-next reduces the accuracy of NLI models"). The verb's only subject: "On X, Y
        and Z, W improves MRR", misparsed, has two."""
        root = span.root
        subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
        return subjects == [root] and root.head.lemma_ in RAISING_VERBS and any(
            c.dep_ == "dobj" and "Metric" in (self.heads.get(c.lower_),
                                              self._known_type(_with_compounds(c)))
            for c in root.head.children)

    def _scored_on_name(self, span: Span) -> bool:
        """True if a metric is reported "on" the name (a capitalised one, or a list's first):
        "95.1 mAP on PubLayNet and DocLayNet" are data, whatever their names end in."""
        first = _first_listed(span.root)
        on = _governing(first.head)
        if span.text.islower() or first.dep_ != "pobj" or on.lower_ not in {"on", "across"}:
            return False
        scores = [on.head, on.nbor(-1)] if on.i else [on.head]  # (or the word before,
        # where "on" hangs on "reaches" or "drop")
        return any("Metric" in (self.heads.get(score.lower_, self.heads.get(score.lemma_)),
                                self._known_type(score.doc[score.i : score.i + 1]),
                                self._known_type(_with_compounds(score)))
                   for score in scores)  # ("CLIP score on PartiPrompts")

    def _contents_of_data(self, span: Span) -> bool:
        """What a data set is said to be of, counted: "a dataset of 2,400 generated chest
        X-ray reports" (the items it holds, not a concept of their own; read from the words,
        which the parser often joins otherwise)."""
        doc = span.doc
        i = span.start - 1
        while i > span.start - 4 and i >= 0 and doc[i].is_lower and doc[i].is_alpha:
            i -= 1  # ("generated")
        return i >= 2 and doc[i].like_num and any(ch.isdigit() for ch in doc[i].text) and (
            doc[i - 1].lower_ == "of") and (self.heads.get(doc[i - 2].lower_) == "Dataset"
                                             or doc[i - 2].lower_ in self.material_heads) and (
            not any(is_name_shaped(t.text) for t in span))

    def _variant_data(self, known: list[Span], title: int) -> list[Span]:
        """A known data set after a capitalised word in running text is a variant of its own:
        "its synthetic counterpart Foggy Cityscapes" (not "English Wikipedia", a language's
        part, nor a word of a Title Case run: "Mining FrameNet")."""
        found = []
        for span in known:
            doc, i = span.doc, span.start
            if span.label_ != "Dataset" or i <= max(title, 1) or doc[i - 1].is_sent_start:
                continue
            word = doc[i - 1]
            if word.is_title and word.is_alpha and not word.is_stop and doc[i - 2].is_lower and (
                    word.pos_ in {"ADJ", "VERB", "PROPN"} and not self._language(word)
                    and lx.name_key(word.text) not in self.known
                    and lx.name_key(word.text) not in self.generic):
                found.append(Span(doc, i - 1, span.end, span.label_))
        return found

    def _gerund_of_known(self, span: Span, title: int) -> bool:
        """A title's capitalised gerund before a known name: "Distilling Speech Recognition"
        is what is done to speech recognition."""
        return span.start < title and len(span) > 1 and span[0].lower_.endswith("ing") and (
            span[0].text[:1].isupper() and lx.name_key(span[1:].text) in self.known)

    def _of_known(self, span: Span) -> list[Span]:
        """A span cut before "of" a known name that ends it: "weakly supervised learning of
        object detection" is learning and the task it is for."""
        for token in span[1:-1]:
            if token.lower_ == "of" and lx.name_key(span.doc[token.i + 1 : span.end].text) in (
                    self.known):
                return [span.doc[span.start : token.i], span.doc[token.i + 1 : span.end]]
        return [span]

    def _title_name(self, doc: Doc) -> list[Span]:
        """The name before a title's colon ("Git Re-Basin: Merging Models ..."), whole even
        where the NER found a part of it. One led by a verb needs a name-shaped word or the
        abstract's use of it: "Decoupling Contrastive Decoding (DCD)" is a name, "Revisiting
        Dropout" not."""
        before_colon = _before_title_colon_bounds(doc)
        if before_colon is None:
            return []
        end = title_end(doc)
        name = doc[before_colon[0] : before_colon[1]]
        if len(name) > 1 and name[-1].lower_ in REVISIT_WORDS:
            name = name[:-1]  # "Error Feedback Reloaded:" is about error feedback, not new
        for tail in ("technical report", "tech report", "system card", "report"):
            if len(name) > len(tail.split()) and name.text.lower().endswith(" " + tail):
                name = name[: -len(tail.split())]  # "Phi-4-Mini Technical Report:" is
                break  # about Phi-4-Mini
        words = name.text.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w[:1].isdigit()
                                                for w in words):
            return []
        shaped = all(is_name_shaped(w) for w in words)  # "FIRST:", whatever the tagger says
        if not len(name) or name[0].pos_ in {"ADP", "ADV", "SCONJ", "PRON", "AUX", "PART"} and (
                not shaped) or any(t.lower_ in CLAIM_VERBS for t in name[1:]) or (
                name[0].lower_ in STUDY_GERUNDS) or _title_clause(name):
            return []  # "Beyond Accuracy:", "When ...:", "Subtle Errors Matter:", a study:
            # "Understanding R1-Zero-Like Training:"
        if lx.name_key(name.text) in self.generic or any(t.text == "," for t in name) or (
                name[-1].lower_ in PAPER_KINDS and all(t.is_stop for t in name[:-1])):
            return []  # "LLM See, LLM Do:" is a saying, not a name; "Position:", "A Survey:"
            # say what kind of paper follows
        if len(words) > 1 and name[0].pos_ == "VERB" and not any(
                is_name_shaped(w) for w in words) and name.text not in doc[end:].text:
            return []
        kind = (self.type_of(name) or self._described_type(doc, name) or _net_type(name)
                or UNTYPED)
        return [Span(doc, name.start, name.end, label=kind)]

    def _language(self, token: Token) -> bool:
        """A language or a language pair in one word: "German", "English→German"."""
        parts = [p for p in re.split(r"[→\-–—/]", token.text) if p]
        if len(parts) == 2 and all(p.lower() in LANGUAGE_CODES for p in parts):
            return True  # "En→De"
        return bool(parts) and all(p in self.languages for p in parts) or _code_pair(token)

    def _before_language(self, span: Span) -> Span:
        """A name ends before the language its data is in: "WMT 2016 English–Romanian" is
        WMT 2016, "the CoNLL-2003 English shared task" CoNLL-2003 (a language pair is data);
        a task starts after it: "German-English machine translation" is machine translation."""
        start = span.start
        while start < span.end - 1 and (self._language(span.doc[start]) or start > span.start
                                         and span.doc[start].lower_ in {*HYPHENS, "to"}):
            start += 1
        if start > span.start:
            rest = span.doc[start : span.end]
            if not rest[0].is_lower:  # "English-to-German WMT 2014": WMT 2014
                return Span(span.doc, start, span.end, label=self.type_of(rest) or span.label_)
            if all(t.is_lower for t in rest) and rest[-1].lower_ not in self.material_heads:
                return Span(span.doc, start, span.end, label=span.label_)
            return span  # "English-Chinese parallel corpora": data in those languages
        cut = next((t.i for t in span[1:] if self._language(t)), None)
        if cut is None or lx.name_key(span.text) in self.known:
            return span  # (not the "Penn Chinese Treebank")
        while cut > span.start + 1 and span.doc[cut - 1].is_punct:
            cut -= 1
        name = span.doc[span.start : cut]
        return Span(span.doc, name.start, name.end, label=self.type_of(name) or span.label_)

    def _without_vague(self, span: Span) -> Span:
        """The span without the vague modifier it opens with: "RL" of "large-scale RL"."""
        for i in range(len(span) - 1, 0, -1):
            if span[:i].text.lower() in self.vague:
                return span[i:]
        return span

    def _whole_words(self, span: Span) -> Span:
        """A span that starts inside a hyphenated word takes all of it ("one-sided
        translation", "low-rank matrix completion"), as does one that ends inside a
        capitalised one ("Instruction Pre-Training"), or none of it where the word is vague
        or led by a determiner or a negation ("large-scale X", "no-regret", "non-CoT")."""
        doc = span.doc
        closing = next((t.i for t in span if t.text == ")"), span.end)
        if "(" not in doc[span.start:closing].text and closing + 1 < span.end:
            # "synthetic) language modeling" of "(synthetic) language modeling": what follows
            return self._whole_words(Span(doc, closing + 1, span.end, label=span.label))
        if _negation(doc, span.start) and span.start + 2 < span.end:
            return Span(doc, span.start + 2, span.end, label=span.label)
        if _hyphen_glued(doc, span.end) and (doc[span.end - 1].text.istitle() or (
                _camel_case(doc[span.end - 1]) or is_name_shaped(doc[span.end - 1].text)) and (
                _capitalised_part(doc[span.end + 1]))):
            # "Instruction Pre" of "Instruction Pre-Training", "DriveDreamer" of
            # "DriveDreamer-X", "MVDream" of "MVDream-Lite": all of it, typed by its kind word
            # if one says ("the NeRF-DS and iPhone datasets": no NeRF)
            whole = Span(doc, span.start, _word_end(doc, span.end))
            return self._whole_words(Span(doc, whole.start, whole.end, label=self._known_type(
                whole) or self._kind_before(whole) or span.label_))  # (not "MT" of "MT-Bench")
        if not _glued_to_previous(span):
            return span
        start = span.start
        while start >= 2 and _hyphen_glued(doc, start - 1):
            start -= 2
        end = span.start + 1  # the end of the hyphenated word within the span
        while end + 1 < span.end and _hyphen_glued(doc, end):
            end += 2
        if not (doc[start].pos_ == "DET" or _negation(doc, start)) and (
                doc[start:end].text.lower() not in self.vague):
            return Span(doc, start, span.end, label=span.label)
        return Span(doc, end, span.end, label=span.label) if end < span.end else span

    def _acronym_compounds(self, doc: Doc) -> list[Span]:
        """"out-of-domain (OOD) generalization", "the key-value (KV) cache": an acronym of a
        modifier defined inside the term it modifies names the whole term, when the modifier
        is no name of its own (one hyphenated word, or ending in an adjective) and the word
        after the bracket is a head word that types it, not a follower ("(TTS) models"), or
        the acronym and that word are a known name ("KV cache")."""
        found = []
        for long, short in doc._.kg_abbreviations:
            close = short.end
            if close + 1 >= len(doc) or doc[close].text != ")" or long.end != short.start - 1:
                continue
            head = doc[close + 1]
            single = len(long) == 1 or all(
                not t.whitespace_ for t in long[:-1])  # "out-of-domain" is one word
            term = self.known.get(lx.name_key(f"{short.text} {head.text}"))  # "KV cache"
            kind = term.type if term else self.heads.get(head.lemma_.lower())
            if (kind and head.pos_ == "NOUN" and head.lower_ not in lx.NAME_FOLLOWERS
                    and (single or long[-1].pos_ == "ADJ")
                    and lx.name_key(long.text) not in self.known):
                found.append(Span(doc, long.start, close + 2, label=kind))
        return found

    def _defined_types(self, doc: Doc) -> dict[str, str | None]:
        """A defined acronym takes its long form's head type: "continued pretraining (CPT)",
        and keeps it in "an UAD model" (a model for the task UAD names)."""
        return {lx.name_key(short.text): self._long_form_type(doc, long) or self.context_type(long)
                for long, short in doc._.kg_abbreviations}

    def _long_form_type(self, doc: Doc, long: Span, after: Span | None = None) -> str | None:
        """An acronym's long form's type: known, or said by a description after the acronym
        ("Segment Linking (SegLink), an ... method"), or by its own words."""
        return (self._known_type(long) or self._described_type(doc, long)
                or self._kind_named(long) or self.type_of(long, after))

    def _kind_named(self, span: Span) -> str | None:
        """The type of the kind word a naming verb names: "we call this approach X"."""
        verb = span.root.head
        if span.root.dep_ not in {"oprd", "dobj", "attr"} or verb.lemma_ not in NAMING_VERBS:
            return None
        kind = next((c for c in verb.children if c.dep_ == "dobj" and c.i < span.start), None)
        return self.heads.get(kind.lower_) if kind is not None else None

    def _abbreviated(self, doc: Doc, redefined: Container[str] = frozenset()) -> list[Span]:
        """Each acronym and its long form, typed alike (redefined: keys of known acronyms the
        text spells out as something else, whose known type does not hold)."""
        found = []
        for long, short in doc._.kg_abbreviations:
            after = doc[short.end + 1 : short.end + 2] if short.end + 1 < len(doc) else None
            kind = (lx.name_key(short.text) not in redefined and self.type_of(short)
                    or self._long_form_type(doc, long, after)
                    or self.context_type(long) or UNTYPED)
            found += [Span(doc, long.start, long.end, kind),
                      Span(doc, short.start, short.end, kind)]
        return found

    def _shaped(self, doc: Doc, defined: dict[str, str | None], words: list[Span]
                ) -> list[Span]:
        found = []
        for word in words:
            text = word.text
            sized = _title_case_word(text) and _after_a_size(word) and not (
                self._language(word[0]))
            if not is_name_shaped(text) and not sized and not STRUCTURE_OF.fullmatch(text):
                continue  # ("a 150M-parameter Searchformer": a model by its size;
                # "Chain-of-Table" by its words)
            end = _variant_end(doc, word.start, word.end)
            released = end == word.end and _version_end(doc, end) > end and "." in doc[end].text
            end += 1 if released else 0  # "MasakhaNER 2.0": a release (not "MMLU 5")
            span = doc[word.start : end]
            after = end + 1 if end + 1 < len(doc) and doc[end].text == ")" else end
            following = doc[after : after + 1] if after < len(doc) else None  # "(DROP) dataset"
            kind = (defined.get(lx.name_key(span.text)) or self._known_type(span)
                    or self._described_type(doc, span)
                    or ("Dataset" if self._material_from(span) else None)
                    or self.type_of(span, following)
                    or self._net_or_context_type(span, word if released else span))
            # (the parser may hang a release's number elsewhere: the name's own context)
            # (what an apposition says over a shape: "GraspSet-2K, a new dataset of scenes")
            if kind is None and sized:
                kind = "Model"
            if kind is None and any(ch.isdigit() for ch in span.text):
                # "CoNLL-2005", "VOC2007": a year's edition is a data set's; "ResNet-50" a model
                kind = "Dataset" if EDITION.fullmatch(span.text) else "Model"
            found.append(Span(doc, span.start, span.end, label=kind or UNTYPED))
        return found

    def _headed(self, doc: Doc) -> list[Span]:
        if not doc.has_annotation("DEP"):
            return []
        found = []
        title = title_end(doc)
        for chunk in noun_chunks(doc):
            if chunk.start < title:
                continue  # titles are in Title Case throughout
            if chunk.root.lower_ not in self.heads or not chunk.root.text[:1].isupper():
                continue
            start = chunk.root.i  # the capitalised words ending at the head: "the commonly
            while start > chunk.start and _in_capitalised_run(doc[start - 1]):  # used [DeepMind
                start -= 1  # Visual Control Suite]"
            while not doc[start].text[:1].isupper():
                start += 1
            if start < chunk.root.i and start != doc[start].sent.start:
                known = self._known_ending(doc[start : chunk.root.i + 1])
                found.append(Span(doc, start, chunk.root.i + 1,
                                  known.type if known else self.heads[chunk.root.lower_]))
        return found

    def _called_the(self, doc: Doc, by_end: dict[int, Span]) -> list[Span]:
        """Words in Title Case a text calls "the X algorithm" or "the X dataset": "the Leiden
        algorithm", "the Pick-a-Pic dataset" (which the parser may not read as one phrase).
        Only data heads and an algorithm's or objective's ("the Bradley-Terry objective"): "the
        Transformer model" is the Transformer; "the Opencpop test set" names Opencpop."""
        found = []
        for head in doc[title_end(doc):]:
            kind = "Dataset" if head.lower_ in {"environment", "database"} else self.heads.get(
                head.text, "Method")  # ("the Johns Hopkins Turbulence Database")
            split = _split_data(head) and head.nbor().text in {"set", "split"}
            if not (kind == "Dataset" or split or head.text in {
                    "algorithm", "estimator", "objective", "loss"}) or head.text.endswith("s"):
                continue  # (in "the Learngene framework", Learngene is the name; "the
                # AppWorld environment" is an agent benchmark)
            start = _title_case_start(by_end, head.i, 6, lambda w: not self._language(w[0]))
            if start < head.i and doc[start - 1].lower_ == "the" and not (
                    lx.name_key(doc[start : head.i].text) in self.known
                    or doc[start : head.i].text.lower() in self.vague):
                found.append(Span(doc, start, head.i if split else head.i + 1,
                                  "Dataset" if split else kind))  # "the Opencpop test set":
                # Opencpop's
        return found

    def _listed_before_kind(self, doc: Doc, by_end: dict[int, Span]) -> list[Span]:
        """Words in Title Case listed before a plural data head, "the Adult, California
        Housing and Diabetes datasets": each item a data set, though its words are common ones
        (an item at least two, one after "and" or "or"; no language, nothing generic)."""
        found = []
        for head in doc[title_end(doc):]:
            if self.heads.get(head.text) != "Dataset" or not (head.text.endswith("s")
                                                              or head.text == "corpora"):
                continue
            items, end, joined, shaped = [], head.i, False, set()
            while True:
                start = _title_case_start(by_end, end, 4, lambda w: not w[0].is_sent_start)
                if start == end and (word := by_end.get(end)) is not None and (
                        is_name_shaped(word.text)):
                    start = word.start  # a name by shape counts as an item: "the XSum,
                    shaped.add(start)  # SQuAD and Writing Prompts datasets" (found already)
                if start == end:
                    break
                items.append(doc[start:end])
                end = start
                while end > 0 and doc[end - 1].lower_ in LIST_JOINERS:
                    joined = joined or doc[end - 1].lower_ in {"and", "or"}
                    end -= 1
                if end == start:
                    break
            if len(items) >= 2 and joined and not any(
                    lx.name_key(item.text) in self.generic or self._language(item[0])
                    for item in items):
                found += [Span(doc, item.start, item.end, "Dataset") for item in items
                          if item.start not in shaped]
        return found

    def _scored_on(self, doc: Doc, by_end: dict[int, Span]) -> list[Span]:
        """Words in Title Case a score is reported on, "18.6 AP on Replica", "92.5% on
        Nordland", "reduces the error on Matbench Discovery": a data set, though its words are
        common ones."""
        found = []
        for on in doc[title_end(doc) + 2:]:
            if on.lower_ != "on":
                continue
            metric, value = on.nbor(-1), on.nbor(-2)
            scored = metric.text in UNITS and value.like_num  # "Recall@1 of 92.5% on Nordland"
            measured = "Metric" in {self._known_type(doc[metric.i : on.i]),
                                    self.heads.get(metric.lower_)} and (
                value.like_num or value.text in UNITS or metric.dep_ == "dobj" and (
                    metric.head.lemma_ in CHANGE_VERBS))
            if not (scored or measured):
                continue  # ("18.6 AP on Replica", "reduces the error on Matbench Discovery")
            end = next((c.i + 1 for c in on.children if c.dep_ == "pobj"), on.i)
            start = _title_case_start(by_end, end, 4, lambda w, on=on: w.start > on.i)
            if start < end and lx.name_key(doc[start:end].text) not in self.generic:
                found.append(Span(doc, start, end, "Dataset"))
        return found

    def _chunks_ending_in(self, doc: Doc, heads: Container[str],
                          noise: Container[str]) -> Iterator[tuple[int, Token]]:
        """Noun chunks of the abstract (a title's Title Case misleads the parser, and its
        abstract says it again) that end in one of heads: where each starts after leading
        noise (parts of speech), vague modifiers and superlatives ("the largest ..."), and
        its head."""
        if not doc.has_annotation("DEP"):
            return
        title = title_end(doc)
        for chunk in noun_chunks(doc):
            head = chunk.root
            if chunk.start < title or head.i != chunk.end - 1 or head.lower_ not in heads:
                continue
            start = next((t.i + 2 for t in reversed(chunk[:-2]) if t.pos_ == "CCONJ"
                          and t.nbor().pos_ == "DET"), chunk.start)  # a misparse joined two:
            # "ogbg-molhiv and the Long Range Graph Benchmark"
            while start < head.i and (doc[start].pos_ in noise or doc[start].lower_ in self.vague
                                      or _counted(doc, start) or doc[start].tag_ == "JJS"):
                start += 1
            first = start
            while first >= 2 and _hyphen_glued(doc, first - 1):
                first -= 2
            if first < start < head.i and doc[first : start + 1].text.lower() in self.vague:
                start += 1  # the rest of a vague hyphenated word: "large-scale CT labeling"
            yield start, head

    def _phrases(self, doc: Doc) -> list[Span]:
        """Common-noun phrases whose head names a kind of concept: "dependency parsing",
        "word error rate", "the Penn Treebank"; vague modifiers are stripped from the front."""
        found = []
        for start, head in self._chunks_ending_in(doc, self.open_heads, LEADING_NOISE | {"NUM"}):
            if start == head.i:
                continue  # the head alone ("parsing", "accuracy") is left to the lexicon
            kind = self.heads[head.lower_]
            words = doc[start : head.i]
            if kind == "Dataset" and not any(t.text[:1].isupper() and not self._language(t)
                                             or t.like_num for t in _after_size(words)):
                continue  # "the training corpus", "a 1.1T-token English corpus": no named
                # data set
            if head.lower_ in GENERIC_HEADS and len(words) == 1 and is_name_shaped(
                    words.text) or len(_name_before_gloss(doc[start : head.i + 1])) < len(
                    words) + 1:
                continue  # "the MATH500 benchmark" names MATH500, found as a name already,
                # and so does "the VSI-Bench video spatial reasoning benchmark"
            phrase = doc[start : head.i + 1]
            known = self.known.get(lx.name_key(phrase.text)) or self._known_ending(phrase)
            found.append(Span(doc, start, head.i + 1, label=known.type if known else kind))
            # ("validation loss" is, and "pre-training loss" ends in, a known metric, whatever
            # "loss" says)
        return found

    def _known_past_vague(self, span: Span, known: list[Span]) -> Span:
        """The known name a span's vague first words stand before, where the name runs on past
        the span: the NER's "vanilla chain-of-thought" of "vanilla chain-of-thought prompting"
        is chain-of-thought prompting."""
        start = span.start
        while start < span.end - 1 and span.doc[start].lower_ in self.vague:
            start += 1
        return max((k for k in known if k.start == start > span.start and k.end > span.end
                    and k.label_ != SHADOW), key=len, default=span)

    def _task_phrases(self, doc: Doc) -> list[Span]:
        """The activity a lower-case "the X task" names: "the decontextualization task", "a
        sequence generation task", "the long-term action anticipation task of Ego4D" (which
        the NER may leave out); not what X only qualifies ("the target task", "a reasoning-
        heavy task"), nor a judgement before the activity ("the challenging ...")."""
        found = []
        for start, head in self._chunks_ending_in(doc, TASK_WORDS, LEADING_NOISE | {"NUM"}):
            start = max([start] + [t.i + 1 for t in doc[start : head.i] if t.pos_ == "CCONJ"
                                   or t.text == ","])  # the last of a list: "text-generation
            # and sequence-labeling tasks" (each found as a phrase)
            while start < head.i and (start and doc[start - 1].text in HYPHENS
                                      or doc[start].pos_ == "ADJ"
                                      and not (_hyphen_glued(doc, start + 1)
                                               or doc[start].lower_.endswith(("al", "ic")))):
                start += 1  # (the rest of a cut word: "three-way classification")
            words = doc[start : head.i]
            if len(words) == 1 and not (start and doc[start - 1].pos_ in {"DET", "PRON"}):
                continue  # one word a judgement qualifies: "the specific translation task"
            if words and _common_noun(words[-1]) and words[-1].lower_.endswith(
                    ACTIVITY_ENDINGS) and all(t.is_lower or t.text in HYPHENS for t in words) and (
                    (key := lx.name_key(words.text)) not in self.generic and key not in self.vague):
                found.append(Span(doc, start, head.i, "Task"))
        return found

    def _title_terms(self, doc: Doc) -> list[Span]:
        """Common-noun phrases of the abstract that its title also says ("temperature
        scaling" under "On the Limitations of Temperature Scaling ..."): a title names what a
        paper is about, so a term it shares with the abstract is one of the paper's concepts
        whatever its head word. Both mentions are taken; of a chunk, the longest ending the
        title says, two words at least and no data ("synthetic data", see _unnamed_data)."""
        end = title_end(doc)
        said = {lx.name_key(span.text): span for span in _word_runs(doc[:end], 2, 6)}
        found = []
        for chunk in noun_chunks(doc, end) if said else ():
            head = chunk.root
            if head.i != chunk.end - 1 or head.lower_ in self.material_heads:
                continue
            for first in range(chunk.start, head.i):
                span = doc[first : head.i + 1]
                title = said.get(lx.name_key(span.text))
                if title is not None and all(_is_word(t) for t in span) and not (
                        _glued_to_previous(span)):
                    kind = self.type_of(span) or self.context_type(span) or UNTYPED
                    back = _same_words_before(doc, first, title.start)
                    ends = [_word_end(doc, head.i + 1), _word_end(doc, title.end)]
                    if kind == "Model":  # "Audio Flamingo 2", a version of its own
                        ends = [_version_end(doc, e) for e in ends]
                    found += [Span(doc, first - back, ends[0], label=kind),
                              Span(doc, title.start - back, ends[1], label=kind)]
                    break  # ("continual post-training", whose parse ends a chunk at "post")
                if not (_leading_noise(doc[first]) or doc[first].lower_ in self.vague
                        or doc[first].tag_ in {"VBN", "VBG"}):
                    break  # "proper scoring rules" is no kind of the title's "scoring rules"
        for ent in doc.ents if said else ():  # where the parse splits the term ("grid
            title = said.get(lx.name_key(ent.text))  # pooling" read as a noun and a verb)
            if ent.start >= end and title is not None and ent.label_ in CONCEPT_TYPES:
                found.append(Span(doc, title.start, title.end, label=ent.label_))
        return found

    def _title_tasks(self, doc: Doc) -> list[Span]:
        """A title's capitalised words ending in a task's head word, first, after its colon or
        after "for" ("Here Comes the Sun: Solar Forecasting with Sky Images"): the task the
        paper is about, even where the abstract words it otherwise ("forecasts solar
        irradiance"); not one of the title's other phrases ("... From Data Generation
        Perspective")."""
        found = []
        for head in doc[: title_end(doc)]:
            if not (head.text.istitle() and head.lower_ in self.open_heads
                    and self.heads.get(head.lower_) == "Task") or _title_word(doc[head.i + 1]):
                continue  # (the end of the capitalised words: not "Set Generation Network")
            start = head.i
            while start > 0 and start > head.i - 4 and _title_word(doc[start - 1]):
                start -= 1
            before = doc[start - 1].lower_ if start else ""
            if start < head.i and (start == 0 or before in {":", "for", "towards"} or (
                    before == "on" and (start < 2 or doc[start - 2].lower_ not in {
                        "based", "built"}))):
                start += doc[start].lower_ in STUDY_GERUNDS  # "Evaluating Speech Recognition"
                found.append(Span(doc, start, head.i + 1, "Task"))  # where a title names
                # its subject: first, after its colon, what the paper is for or works on
                # ("Benchmarking LLMs on Spreadsheet Manipulation"; not "Based on X", a means)
        return found

    def _unnamed_data(self, doc: Doc) -> list[Span]:
        """Data a text describes without naming it ("parallel corpora", "spontaneous speech",
        "Chinese texts", "English"): no concept, since it names no data set, but what the
        data is. It goes to its own span group (`kg_data`), where no concept span is."""
        if not doc.has_annotation("DEP"):
            return []
        found = []
        noise = LEADING_NOISE | {"NUM", "SCONJ"}
        for start, head in self._chunks_ending_in(doc, self.material_heads, noise):
            if any(t.text[:1].isupper() and t.text not in self.languages
                   for t in doc[start : head.i]):
                continue  # named data ("the Penn Treebank") is the other rules' to find
            if start == head.i:
                continue  # "the corpus", "images": data, but any data (SciERC train)
            found.append(Span(doc, start, head.i + 1, label="Dataset"))
        found += [Span(doc, t.i, t.i + 1, label="Dataset") for t in doc[title_end(doc) :]
                  if t.text in self.languages]
        return found

    def _presented(self, doc: Doc) -> list[Span]:
        """Plain proper names the paper presents as its own: "We present Meena, a ...".

        A capitalised word is no name by its shape alone; being what "we propose" makes it one.
        """
        if not doc.has_annotation("DEP"):
            return []
        found = []
        for token in doc[title_end(doc) :]:
            if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.is_sent_start:
                continue
            if token.i > 0 and doc[token.i - 1].pos_ == "PROPN":
                continue  # not the first word of the name
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            end = _version_end(doc, _word_end(doc, end))  # "Tele-Data, a ... dataset":
            # typed by what follows; "Audio Flamingo 2": its version
            span = _without_modifier_suffix(doc[token.i : end])
            if _object_of_proposing_verb(span) and not _in_a_description(span) and not (
                    _modifies_a_noun(span)):  # "the first FLOP-controlled scaling study"
                following = doc[span.end : span.end + 1] if span.end < len(doc) else None
                kind = self.type_of(span, following) or self._described_type(doc, span)
                again = _said_again(span) if len(span) >= 2 else [span.start]  # (a name of
                # words said again: "Attention Lens detects ...", which the parser misreads)
                found += [Span(doc, start, start + len(span), label=kind or UNTYPED)
                          for start in again if doc[start : start + len(span)].text == span.text]
        return found

    def _proposed_phrases(self, doc: Doc) -> list[Span]:
        """Lower-case phrases the paper presents as its own without a name: "we introduce
        selective activation criteria" (no article: "we propose a new loss" names nothing)."""
        if not doc.has_annotation("DEP"):
            return []
        found = []
        abstract_start = title_end(doc)
        for chunk in noun_chunks(doc):
            article = chunk[0].lower_ in {"a", "an"}
            if chunk.start < abstract_start or chunk[0].pos_ in {"PRON", "NUM"} or (
                    chunk[0].pos_ == "DET" and not article):
                continue
            start = chunk.start + article
            while start < chunk.end and (doc[start].lower_ in self.vague or doc[start].is_punct
                                         or doc[start].lower_ in PHRASE_OPENERS):  # "i.e. X"
                start += 1
            span = doc[start : chunk.end]
            if article and (len(span) < 3 or span[-1].lower_ not in self.heads):
                continue  # "we develop a contrastive preference tuning objective": a kind
                # word after words of its own (but "we propose a new loss" names nothing)
            described = len(span) == 1 and span[0].is_alpha and self._described_type(doc, span)
            # "we propose backtracking, a technique that ...": one word, said to be a kind
            if len(span) < 2 and not described or not all(
                    t.is_lower or t.is_punct for t in span) or (
                    lx.name_key(span.text) in self.generic or span[-1].lemma_ in ARTEFACTS
                    or span[-1].lemma_ in REPORT_NOUNS | RELEASED
                    or span[-1].lower_ in self.material_heads
                    or span[-1].lemma_ in {"question", "prompt", "example", "sample"}
                    or span[-1].lemma_ in DATA_PARTS | {"set", "version", "variant"}):
                # "we design synthetic questions": data the paper makes, not a method; "we
                # release decontaminated subsets, X and Y": parts of data, which X and Y name
                continue
            if _object_of_proposing_verb(span) or _passive_ours(span):  # "In this work, a
                # ... objective is developed"
                noun = _list_noun(span)  # "three metrics, X, Y and Z": metrics
                found.append(Span(doc, span.start, span.end, label=described or self.type_of(
                    span) or (noun is not None and self.heads.get(noun.lemma_)) or UNTYPED))
        return found

    def _named_phrases(self, doc: Doc) -> list[Span]:
        """Phrases the authors name: "we call this the verifier gap", "we term this effect
        verifier collapse" (the noun after "this" is what is named, not part of the name)."""
        if not doc.has_annotation("DEP"):
            return []
        found = []
        title = title_end(doc)
        for chunk in noun_chunks(doc):
            if chunk.start < title or not _named_by_us(chunk):
                continue
            start = chunk.start
            if doc[start].lower_ in {"this", "these", "such"}:
                if chunk.end - start < 4:
                    continue  # "we call this phenomenon the ...": what is named
                start += 2  # "this effect verifier collapse": the effect is named
            while start < chunk.end and (doc[start].pos_ in {"DET", "PRON"}
                                         or doc[start].lower_ in self.vague):
                start += 1
            start = max([start, *(t.i + 1 for t in doc[start : chunk.end - 1]
                                  if t.tag_ in {"NNS", "NNPS"})])
            # "we name the resulting network structures wide residual networks": a plural
            # inside the chunk ends what is named; so does a lower-case kind before a name
            # ("the resulting backbone Vim")
            last = chunk.end - 1
            if not doc[last].is_lower and all(t.is_lower for t in doc[start:last]):
                start = last
            span = doc[start : chunk.end]
            if (len(span) >= 2 or len(span) == 1 and (span.text[:1].isupper() or (
                    (span[0].pos_ == "NOUN" or span[0].tag_ == "VBG") and span[0].is_alpha
                    and not span[0].is_stop
                    and (span.end == len(doc) or doc[span.end].is_punct)))) and (
                    lx.name_key(span.text) not in self.generic):  # (not "as the problem of")
                kind = self.type_of(span) or start > chunk.start and self.heads.get(
                    doc[start - 1].lower_) or self._kind_named(span) or UNTYPED
                # ("the resulting backbone Vim", "we call this effect X")
                if kind == UNTYPED and is_name_shaped(span.text):
                    continue  # a name by its shape, found and typed as one: "R^2anker"
                found += [Span(doc, s, s + len(span), label=kind)
                          for s in _said_again(span)]
        for start in range(title + 2, len(doc)):  # what the parse misses: "we call these
            if not _after_we_call(doc, start) or any(  # components carry/VBP heads"
                    s.start <= start < s.end for s in found):
                continue
            end = start
            while end < len(doc) and end - start < 4 and (
                    doc[end].is_alpha and doc[end].is_lower and not doc[end].is_stop
                    or doc[end].text in HYPHENS):
                end += 1
            span = doc[start:end]
            if (len(span) >= 2 or len(span) == 1 and end < len(doc) and doc[end].text == ","
                    ) and (end == len(doc) or doc[end].text in APPOSITION_ENDS | {"and"}) and (
                    lx.name_key(span.text) not in self.generic):  # ("Our approach, termed
                # zorbation, needs ...": one word in its commas)
                kind = self.type_of(span) or self.heads.get(doc[end - 1].lower_) or UNTYPED
                found += [Span(doc, s, s + len(span), label=kind) for s in _said_again(span)]
        return found

    def _new_kinds(self, doc: Doc) -> list[Span]:
        """A kind of a known model the paper presents as its own, led by words of its own:
        "we introduce multilingual CNNs" presents multilingual CNNs, not CNNs (vague words
        such as "novel" or "efficient" make no kind: "we propose an efficient CNN")."""
        if not doc.has_annotation("DEP"):
            return []
        found = []
        for chunk in noun_chunks(doc, title_end(doc)):
            start = chunk.start
            while start < chunk.end and doc[start].lower_ in self.vague:
                start += 1
            for end in range(start + 1, chunk.end):
                if not (doc[end - 1].is_lower and doc[end - 1].tag_ in {"JJ", "VBN", "RB"}):
                    break  # the kind's own words: lower-case modifiers before the name
                entry = self.known.get(lx.name_key(doc[end : chunk.end].text))
                if entry is not None and entry.type == "Model" and _object_of_proposing_verb(
                        doc[start : chunk.end]):
                    found.append(Span(doc, start, chunk.end, label="Model"))
                    break
        return found

    def _described_words(self, doc: Doc) -> list[Span]:
        """Capitalised words that a description right after them says are a model, method or
        data set: "We train Moonlight, a 3B/16B-parameter mixture-of-experts model, on ..."
        (a plain word, which no name shape or word list finds)."""
        found, title = [], title_end(doc)
        for token in doc[title:]:
            if not (token.is_title and token.is_alpha and not token.is_sent_start
                    and not token.is_stop and token.text not in self.languages):
                continue
            start = token.i
            while start - 1 > title and doc[start - 1].is_title and (
                    doc[start - 1].is_alpha and not doc[start - 1].is_sent_start):
                start -= 1  # "Deep Speech, a ..."
            span = doc[start : token.i + 1]
            kind = self._described_type(doc, span) if lx.name_key(span.text) not in (
                self.generic) else None
            if kind is not None:
                found.append(Span(doc, start, token.i + 1, label=kind))
        return found

    def _named_after_kind(self, doc: Doc) -> list[Span]:
        """A lower-case name in apposition to a kind the paper introduces: "we propose a new
        objective, contrastive span masking, for ...", "we introduce a memory capacity
        measure, the mean recurrent length, which ..." (read from the words: the parser often
        makes the kind word an adjective). The kind types it where its own words do not."""
        found = []
        for kind in doc[title_end(doc) :]:
            if (kind.lower_ not in self.heads and kind.lower_ not in DESIGN_HEADS or kind.i + 3
                    >= len(doc) or doc[kind.i + 1].text != "," or not _introduced_kind(kind)):
                continue
            start = kind.i + 2 + (doc[kind.i + 2].lower_ in NAMING_WORDS)  # "termed X"
            start += doc[start].lower_ == "the"
            end = _coined_phrase_end(doc, start)
            if end is None or lx.name_key(doc[start:end].text) in self.generic:
                continue
            span = doc[start:end]
            found.append(Span(doc, start, end, label=self.type_of(span)
                              or self.heads.get(kind.lower_, "Method")))
        return found

    def _namely(self, doc: Doc) -> list[Span]:
        """The items a "namely" or "i.e." list names: "two strategies, namely intermediate
        matching loss and weight perturbation" (typed by the word they name, if it is a head
        word: "strategies" says nothing, "losses" does)."""
        if not doc.has_annotation("DEP"):
            return []
        chunks = {chunk.start + (chunk[0].lower_ in NAMELY): chunk for chunk in noun_chunks(doc)}
        found = []
        for token in doc[title_end(doc) :]:
            noun = _noun_named(token)
            if noun is None:
                continue
            kind = self.heads.get(noun.lemma_.lower()) or UNTYPED
            i = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ",")
            while i in chunks:
                chunk = chunks[i]
                start = i + (doc[i].pos_ == "DET")
                if start < chunk.end:
                    found.append(Span(doc, start, chunk.end, label=kind))
                i = chunk.end
                while i < len(doc) and doc[i].lower_ in LIST_JOINERS:
                    i += 1
        return found

    # -- roles ------------------------------------------------------------------------------

    def _kind_of_known(self, span: Span) -> bool:
        """True if the span is a known name of two words or more after vague words only:
        "Deep Residual Networks" (not "Deep Pyramidal Residual Networks", a new kind)."""
        return any(lx.name_key(span[i:].text) in self.known_phrases
                   and all(t.lower_ in self.vague or t.lower_ in DEPTH_WORDS for t in span[:i])
                   for i in range(1, len(span) - 1))

    def _title_subject(self, doc: Doc, spans: list[Span], title: int) -> set[str]:
        """The key of a new name that opens a colon-less title (after an article) before a
        TITLE_OPENER_LINKS word, or is all of it, and that the abstract says again:
        "Sigmoid Loss for Language Image Pre-Training" is about the paper's own loss,
        "Deformable Convolutional Networks" is the paper's own model. Not a known name
        ("Contrastive Learning for ..."), not a gerund's phrase ("Editing Models with ..."),
        not a study, not a name the abstract never uses. On dev it fired on 3 papers, rightly
        each time (before the known, gerund and study exclusions: 4 of 6 right, 1 known name
        wrong); the article and the links "without", "on" added one more, rightly. A new name
        whose last word is name-shaped ("Frustum PointNets for ...") need not be said again: on
        SciREX train abstracts 2 more, both right; none on dev. A known name that is the whole
        title is the paper's too (it is known for this paper: "End-To-End Memory Networks"):
        2 more there, both right. (Of 26 whole-title names experts list on the two sets, all
        26 are proposed, but of the 6 the abstract does not say again, experts list only 2.)"""
        opening = 1 if doc[0].pos_ == "DET" else 0  # "The Variational Fair Autoencoder"
        first = next((s for s in spans if s.start == opening), None)
        whole = first is not None and all(t.is_space or t.is_punct for t in doc[first.end : title])
        if (first is None or first.end > title or not whole and (
                first.end == title or doc[first.end].lower_ not in TITLE_OPENER_LINKS)
                or _before_title_colon_bounds(doc) is not None
                or first[-1].lower_ in REPORT_NOUNS  # "Causal Analysis for ..." is a study
                or first.label_ == "Task" and doc[first.end : first.end + 1].text.lower()
                == "with"):
            return set()  # "Shape Robust Text Detection with X": the problem X solves
        key = lx.name_key(first.text)
        capital_name = _capitalised(first) and not first[0].lower_.endswith("ing")
        # (not "Scaling ... Networks with ...")
        said = _said_after(spans, key, title) or (
            capital_name and (
                first[-1].lower_ in NETWORK_WORDS and not self._kind_of_known(first)
                or len(first) >= 2 and is_name_shaped(first[-1].text))  # "Frustum PointNets"
        ) or len(first.text.split()) == 1 and is_name_shaped(first.text)  # "DeepFlux for ..."
        # "Convolutional Kernel Networks for ...": a network or a coined name that opens the
        # title is the paper's, said again or not (not "Deep Residual Networks", a kind of a
        # known one; not "Matching Networks for ...", which _gerund_phrase cannot tell from
        # "Editing Models with ...")
        whole_known = whole and key in self.known
        if _gerund_phrase(first) or not whole_known and (key in self.known or not said):
            return set()
        return {key}

    def _subtitle_subject(self, doc: Doc, spans: list[Span], title: int) -> set[str]:
        """The key of a new method's name that opens the subtitle after a name and that the
        abstract says again: "Orca: Progressive Learning from ...", "PretrainZero:
        Reinforcement Active Pretraining" say how the named contribution works (not a known
        method, "C-LEAD: Contrastive Learning for ...", nor a gerund's object, "SeerAttention:
        Learning Intrinsic Sparse Attention", nor a task; not a study's subject, "SAM: The
        Sensitivity of ...", nor a claim's, "X: PLM-Based Retrievers Overrate ...")."""
        bounds = _before_title_colon_bounds(doc)
        if bounds is None or not any(_before_title_colon(doc, s) for s in spans):
            return set()
        opening = next((s for s in spans if bounds[1] < s.start < title), None)
        if opening is None or opening.label_ not in {"Method", "Model"} or len(opening) < 2:
            return set()
        words, after = doc[bounds[1] + 1 : opening.end], doc[opening.end]
        if len(words) > len(opening) + 1 or not all(
                t.is_alpha and t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in words):
            return set()  # (one word may go before it: "Reinforcement Active Pretraining")
        if after.lower_ == "of" or after.is_alpha and not after.is_lower or any(
                t.tag_ in FINITE_VERBS for t in doc[opening.end : title]):
            return set()  # a capitalised word after it, "Retrievers Overrate ...", which the
            # tagger may read as a name's, goes on into a claim
        key = lx.name_key(opening.text)
        if key in self.known or self._known_ending(opening) is not None or not _said_after(
                spans, key, title):
            return set()
        return {key}

    def _proposed_keys(self, doc: Doc, spans: list[Span]) -> set[str]:
        """Keys of the names the paper presents as its own contribution."""
        acronyms = {t.start for pair in doc._.kg_abbreviations for t in pair}
        spans = [s for s in spans if not _cited(s) and not _varied(s)
                 and not (lx.name_key(s.text) in self.known and _modifies_a_noun(s))
                 and not (len(s) > 1 and s[-1].lower_ in {*DESIGN_HEADS, "architecture", "system"}
                          and lx.name_key(self._without_vague(s[:-1]).text) in self.known)]
        # (a "knowledge distillation method" is no new method, "a novel CNN architecture" no
        # new CNN, "a large-scale RL system" no new RL)
        title = title_end(doc)
        titled = {lx.name_key(s.text) for s in spans if s.start < title} - self.known.keys()
        # (the title's own terms, not the known names it mentions: "Fine-Tuning")
        adopted = {lx.name_key(s.text) for s in spans if s.start >= title and _adopted(s)}
        named = [(lx.name_key(s.text), s) for s in spans]
        keys: set[str] = set()
        for key, span in named:  # (one mention of a name that is proposed is enough)
            if key not in keys and _is_proposed(doc, span, acronyms, titled=titled,
                                                known=self.known, adopted=adopted):
                keys.add(key)
        # What a proposed name introduces is part of the contribution: "BOSE introduces X"
        # (with nothing proposed yet, a second pass would only repeat the first).
        ours = frozenset(keys)
        keys |= {key for key, span in named if ours and key not in ours
                 and _is_proposed(doc, span, acronyms, ours, titled, self.known, adopted)}
        keys |= self._title_subject(doc, spans, title) - adopted  # not "Building on X, we"
        keys |= self._subtitle_subject(doc, spans, title) - adopted
        for long, short in doc._.kg_abbreviations:  # a proposed acronym proposes its long form
            pair = {lx.name_key(long.text), lx.name_key(short.text)}
            described = _described_name(long) if long.text.islower() else None
            if lx.name_key(long.text) in self.known and (_kind_of(long)
                                                        or _modifies_a_noun(long)) or (
                    described is not None and lx.name_key(described.text) not in pair):
                keys -= pair  # "the first convolutional neural network (CNN) capable of ...",
                # "a Mixture-of-Expert (MoE) model", "MedAgentBench, a simulated electronic
                # health record (EHR) environment"
            elif pair & keys:
                keys |= pair
        # A model named after a proposed name is the paper's too: "Qwen-REDI-1.5B" of REDI,
        # "Zebra-R1-7B" of Zebra-R1 (not "REDI-generated data").
        # So is a name that starts with one: "NERO plots" of NERO.
        for span in spans:
            first, *rest = span.text.split()
            *parts, last = re.split(r"[-‐‑]", first)
            named_after = [*parts, *("-".join(parts[:j]) for j in range(2, len(parts) + 1))]
            if (not last.islower() and any(lx.name_key(part) in keys for part in named_after)
                    or rest and not first.islower() and lx.name_key(first) in keys):
                keys.add(lx.name_key(span.text))
        return keys


def _said_after(spans: list[Span], key: str, start: int) -> bool:
    """True if a span from start on (the abstract, after the title) names the key."""
    return any(s.start >= start and lx.name_key(s.text) == key for s in spans)


def _is_proposed(doc: Doc, span: Span, acronym_starts: set[int],
                 ours: frozenset[str] | set[str] = frozenset(),
                 titled: frozenset[str] | set[str] = frozenset(),
                 known: Container[str] = frozenset(),
                 adopted: Container[str] = frozenset()) -> bool:
    """True if the text presents the name as the paper's own contribution (known: the word
    lists' keys; "a contrastive loss" is a known kind, "a bisimulation loss" a new one)."""
    key = lx.name_key(span.text)
    if (_before_title_colon(doc, span) or _named_as_new(doc, span) or _named_by_us(span)
            or _after_we_call(doc, span.start)
            or (_presented_after(span) or _yielded_by_us(span) or _trained_and_described(span)
                or _our_variant(span) or _trained_as_kind(span) or _ours_in_apposition(span)
                or _trained_and_described(span, GENERATING_VERBS)) and key not in known
            or _trained_and_described(span, COLLECTING_VERBS)  # (what we collect is new, even
            # where the lists know it since: "We collect PRM800K, a dataset of ...")
            or _title_means(doc, span) and key not in known and key not in adopted):
        return True  # (a known name is no new means: "... via Evolutionary Search"; nor
        # one the authors adopt: "our work builds on top of Additive Quantization")
    our = span.start > 0 and span.doc[span.start - 1].lower_ == "our"
    kind = key in known and (_kind_of(span) or our) or our and _known_after_modifiers(span, known)
    # ("our CNN is trained ...", "our deep CNN": the paper's own CNN, a kind of the known one;
    # but "a meta reward model" is a new kind)
    words = span.text.lower().replace("-", " ").split()
    coined_phrase = len(words) >= 3 and words[-1] in SPECIFIC_HEADS and key not in known
    if _our_name(span) and (any(ch.isupper() for ch in span.text) or span.start in acronym_starts
                            or _quoted(span) or coined_phrase) and not (
                                _data_of_a_noun(span) or _reported(span) or kind
                                or _before_its_name(span)):
        return True  # not "our loss function", "the proposed regularization": descriptions
        # (but "our proposed count error rate": three words or more before a specific head)
    named_noun = _named_by_namely(span)
    if named_noun is not None and _object_of_proposing_verb(named_noun):
        return True  # "we propose two approaches, i.e. de-noising training and ..."
    # Common words in a proposing sentence ("a new attention mechanism") are used, not new.
    new_parts_of = ours if key not in known else frozenset()  # a known part of the paper's
    # own thing is used: "the sum of two terms: the cross-entropy loss and ..."
    named = (any(ch.isupper() for ch in span.text) or span.start in acronym_starts
             or _bare_object(span)  # "we propose reflective augmentation, a method ..."
             or _quoted(span)  # 'we propose the "squentropy" loss': quotes coin a name
             or _coined(span)  # "an algorithm called mirostat"
             or key in titled and span.start >= title_end(doc)
             # "Asymmetric Loss For ...": "we introduce a novel asymmetric loss"; a known
             # one ("cross-entropy loss", "a contrastive loss") is used
             or words[-1] in SPECIFIC_HEADS and key not in known and (
                 len(words) >= 3 or len(words) == 2 and lx.name_key(words[0]) not in known)
             or len(span.text.split()) >= 3 and words[-1] in DESIGN_HEADS
             or span.text.islower() and _listed_after_proposal(span, new_parts_of))
    # ("three metrics--X, ...")
    # "... distillation loss", "a gradual intervention mechanism" (not "a new attention
    # mechanism": two words and a praise are a kind, not a name)
    return named and not _describes_a_name(span, known) and not _before_its_name(span) and (
        not kind) and (
        not _compared_against(span)) and not _set_against(span) and not _an_example(span) and (
        _object_of_proposing_verb(span, ours) or _passive_ours(span, key not in known)
        or _listed_after_proposal(span, new_parts_of)
        or _component_of_ours(span, ours) and key not in known
        or _new_capitalised_design(span) and key not in known
        or _called_novel(span) and key not in known)


def _known_after_modifiers(span: Span, known: Container[str]) -> bool:
    """True if lower-case words lead up to a known name that ends the span: "deep CNN"."""
    return any(span[i - 1].is_lower and lx.name_key(span[i:].text) in known
               and all(t.is_lower for t in span[:i]) for i in range(1, len(span)))


def _presented_after(span: Span) -> bool:
    """"The Domain Transfer Network (DTN) we present employs ...", "the module that we
    propose": a name that the authors' relative clause right after it says is theirs (the
    verb has no object of its own: the name is it)."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == "(":  # its acronym
        i = next((t.i + 1 for t in doc[i : i + 8] if t.text == ")"), i)
    if i < len(doc) and doc[i].lower_ in {"that", "which"}:
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "we":
        return False
    verb = doc[i + 1]
    return verb.lemma_ in PROPOSING_VERBS and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)


def _kind_of(span: Span) -> bool:
    """"a new Convolutional Neural Network", "the first convolutional neural network (CNN)":
    an article before a known name makes it the kind the new thing is, not the new thing."""
    i = span.start - 1
    while i >= 0 and (span.doc[i].lower_ in PRAISE or span.doc[i].pos_ == "ADJ"
                      or span.doc[i].text in HYPHENS or _hyphen_glued(span.doc, i + 1)
                      or SIZE.match(span.doc[i].text)
                      or span.doc[i].lower_ in {"parameter", "parameters"}):
        i -= 1  # "a deep convolutional neural network (CNN)", "a state-of-the-art RNN", "a
        # 450M-parameter VLA"
    praised = i < span.start - 1  # (not "a new architecture, the Transformer": its name)
    named = i >= 1 and span.doc[i - 1].lower_ in NAMING_WORDS  # "called a Feature Pyramid ..."
    return i >= 0 and not named and (span.doc[i].lower_ in {"a", "an"}
                                     or praised and span.doc[i].lower_ == "the")


def _describes_a_name(span: Span, known: Container[str] = frozenset()) -> bool:
    """A lower-case phrase in an apposition to a name says what kind of thing the name is:
    "we propose EDLM, an energy-based model ..." proposes EDLM, not energy-based models; so
    does one of a known name's kind: "we introduce Codex, a GPT language model ..." (known:
    the word lists' keys)."""
    return not any(t.text[:1].isupper() and not _modifier_suffix_at(span.doc, t.i + 1)
                   and lx.name_key(t.text) not in GENERIC_WORDS
                   and not (lx.name_key(t.text) in known and t.i < span.end - 1)
                   for t in span) and _described_name(span) is not None
    # (a digit-led word is no name: "PointFusion, a generic 3D object detection method"; nor
    # one that a suffix makes a modifier: "AV-ConfMask, a Conformer-based network")


def _described_name(span: Span) -> Token | None:
    """The name whose apposition the span stands in, if any."""
    token = span.root
    while token.dep_ in OBJECT_PATH and token.head is not token:
        if token.dep_ == "appos" and any(ch.isupper() for ch in token.head.text):
            return token.head
        if token.head.lemma_ in PART_VERBS:
            return None  # a part the description names: "X, a method comprising Y"
        token = token.head
    return None


def _in_a_description(span: Span) -> bool:
    """Capitalised words that modify a lower-case noun after an indefinite article describe
    a thing, not name it: "UniVL: a Unified Video and Language pre-training model"."""
    head = span.root
    while head.dep_ in {"nmod", "compound", "amod"} and head.head.i > head.i or (
            head.dep_ == "conj" and head.head.i < head.i):
        head = head.head  # ("Language" is a conjunct of "Video")
    return head.i >= span.end and head.pos_ == "NOUN" and head.is_lower and (
        head.left_edge.lower_ in {"a", "an"})


def _coined(span: Span) -> bool:
    """A name right after "called", "named", "dubbed" (not "so-called": a term in use)."""
    doc, i = span.doc, span.start
    return i > 0 and doc[i - 1].lower_ in NAMING_WORDS and not (
        i >= 3 and doc[i - 2].text in HYPHENS and doc[i - 3].lower_ == "so")


def _before_its_name(span: Span) -> bool:
    """"a feedback-based adaptive top-k decoding algorithm called mirostat": a lower-case
    phrase that a name follows describes what the name is; the name is the proposal."""
    doc = span.doc
    kinds = FOLLOWING_WORDS | {"paradigm"}
    after = span.end + (span.end < len(doc) and doc[span.end].lower_ in kinds)
    kind = after > span.end or len(span) > 1 and span[-1].lower_ in kinds  # "a new RLVR
    after += after < len(doc) and doc[after].text == ","  # paradigm called Absolute Zero": a
    return (span.text.islower() or kind) and after < len(doc) and (  # kind, and its name the
        doc[after].lower_ in NAMING_WORDS)  # proposal


def _in_quoted_sentence(span: Span) -> bool:
    """A name inside a quoted example sentence: 'statements such as "Uriah Hawthorne is the
    composer of ..."' quote data, not concepts (a quoted name alone, "squentropy", is one)."""
    sent = span.sent
    before = [t for t in sent if t.i < span.start and t.text in QUOTES]
    if not before or before[-1].text in QUOTE_CLOSERS - OPENING_QUOTES or (
            before[-1].text == '"' and sum(t.text == '"' for t in before) % 2 == 0):
        return False  # (the last quote before it closes one)
    opening = before[-1].i
    closing = next((t.i for t in sent if t.i > opening and t.text in QUOTE_CLOSERS),
                   sent.end)
    return closing >= span.end and any(t.tag_ in FINITE_VERBS | {"VBD", "MD"}
                                       for t in span.doc[opening + 1 : closing])


def _quoted(span: Span) -> bool:
    """A span that opens with a quoted word: 'the "squentropy" loss', '“Task Hinting”'."""
    return span.start > 0 and span.doc[span.start - 1].text in OPENING_QUOTES and any(
        t.text in CLOSING_QUOTES for t in span.doc[span.start + 1 : span.end + 1])


def _modifies_a_noun(span: Span) -> bool:
    """"an easy-to-hard warm-up SFT strategy", "a customized FlashAttention implementation":
    a name that says what kind of thing the noun after it is (a known name so used is what
    the new thing builds on, not the new thing)."""
    doc = span.doc
    end = span.end
    bracketed = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
    if bracketed:
        end += 3  # "a Mixture-of-Expert (MoE) model": past the acronym
    elif _modifier_suffix_at(doc, end):
        end += 2  # "a FLOP-controlled scaling study": past the suffix
    if end >= len(doc) or doc[end].pos_ != "NOUN":
        return False
    if bracketed:  # (the parser seldom attaches across the bracket)
        return doc[end].is_lower
    return span.root.dep_ in {"compound", "nmod", "amod"} and span.root.head.i >= end


def _varied(span: Span) -> bool:
    """"we propose new ICL variants" (the name before the word, or a span ending in it), "we
    introduce a modified BT loss": proposing variants of a name proposes the variants, not the
    name."""
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    before = span.doc[span.start - 1].lower_ if span.start else ""
    return span[-1].lower_ in VARIANT_WORDS or after in VARIANT_WORDS or (
        before in MODIFYING_WORDS and not span.text.islower())  # "a modified BT loss"


def _cited(span: Span) -> bool:
    """"EF21 (Richtarik et al., 2021)": a name with a citation after it is someone else's."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "(":
        return False
    inside = doc[span.end + 1 : span.end + 12]
    closing = next((t.i for t in inside if t.text == ")"), None)
    return closing is not None and bool(CITATION.search(doc[span.end + 1 : closing].text))


def _after_activity(doc: Doc, start: int, end: int) -> int:
    """Where the name after an activity's gerund starts: "Fine-tuning Mistral-7B" (a
    sentence's capitalised first word, so one name to the NER) is done to Mistral-7B."""
    name = _word_end(doc, start + 1)
    if name < end - 1 and doc[name - 1].lower_.endswith("ing") and is_name_shaped(
            doc[name : _word_end(doc, name + 1)].text):
        return name
    return start


def _in_capitalised_run(token: Token) -> bool:
    """A word of a Title Case name: capitalised, or a number or mark inside it ("MS-COCO 2017")."""
    return token.text[:1].isupper() or token.is_punct or token.pos_ == "NUM"


def _headed_by(span: Span, phrases: list[Span]) -> Span:
    """The head-word phrase that a span is the front of: the NER's "BCE" of "the BCE loss"
    is the BCE loss (a loss, not the metric), its "LDR" of "an adaptive LDR loss" the loss."""
    return next((p for p in phrases if p.start <= span.start and p.end == span.end + 1), span)


def _cuts_into(span: Span, known: Span) -> bool:
    """True for a span that starts inside a known name and adds only a word that follows
    names: the NER's "comprehension tasks" of "reading comprehension tasks", "training
    framework" of "a multitask training framework" (the known name is the concept)."""
    return (known.start < span.start < known.end < span.end
            and all(t.lower_ in FOLLOWING_WORDS for t in span.doc[known.end:span.end]))


def _joins_known(span: Span, known: list[Span]) -> bool:
    """True for a span holding known names joined by "and" or "or": the NER's "Whisper
    large-v3 and Sora" is a list of two models, which the known names then give."""
    inside = sorted((k for k in known if k.label_ != SHADOW
                     and span.start <= k.start and k.end <= span.end), key=lambda k: k.start)
    return any(first.end < second.start and all(
        t.pos_ == "CCONJ" or t.text == "," for t in span.doc[first.end : second.start])
        for first, second in itertools.pairwise(inside))


def _after_shadows(span: Span, shadows: list[Span]) -> Span:
    """A span that starts inside a generic phrase starts after it: "set accuracy" of "test
    set accuracy" is accuracy. One that ends in a generic phrase after an activity ends
    before it: "fine-tuning large language models" is fine-tuning (what is done to what)."""
    doc = span.doc
    if not any(k.start < span.end and span.start < k.end for k in shadows):
        return span
    start = max((k.end for k in shadows if k.start < span.start < k.end < span.end),
                default=span.start)
    defined = span.end < len(doc) and doc[span.end].text == "("  # "message passing neural
    # networks (MPNNs)": an acronym's long form is whole
    title = title_end(doc)
    words = doc[start : span.end]
    named = all(t.text[:1].isupper() or not t.is_alpha for t in words) and (
        start >= title and not doc[start].is_sent_start
        or start < title and words.text in doc[title:].text)  # "we study Self-Rewarding
    # Language Models": capitals in running text make a name whole, and the title's too
    end = min((k.start for k in shadows if start < k.start and k.end == span.end
               and doc[k.start - 1].lower_.endswith("ing") and not defined and not named),
              default=span.end)
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


def _data_of_a_noun(span: Span) -> bool:
    """"our CIFAR-10 model": data set names that say what a noun after them was trained on."""
    return span.label_ == "Dataset" and span.end < len(span.doc) and (
        span.doc[span.end].pos_ == "NOUN")


def _reported(span: Span) -> bool:
    """"our ICL study", "our CoT experiments": what the paper reports on, not what it made."""
    return span.end < len(span.doc) and span.doc[span.end].lemma_ in REPORT_NOUNS


def _named_by_namely(span: Span) -> Span | None:
    """The noun a "namely" / "i.e." list that holds the span names ("two strategies, namely
    X and Y" → "strategies"), if any."""
    doc = span.doc
    i = span.start - 1
    while i > span.sent.start and doc[i].lower_ not in NAMELY:
        if doc[i].pos_ in {"VERB", "AUX", "ADP"} or doc[i].text in {".", ";", ":"}:
            return None
        i -= 1
    noun = _noun_named(doc[i])
    return None if noun is None else doc[noun.i : noun.i + 1]


def _noun_named(namely: Token) -> Token | None:
    """The noun right before a "namely" / "i.e." (a comma or bracket between), if any."""
    if namely.lower_ not in NAMELY or namely.i < 2:
        return None
    noun = namely.nbor(-2) if namely.nbor(-1).text in {",", "("} else namely.nbor(-1)
    counted = [t for t in namely.doc[namely.sent.start : noun.i] if t.pos_ == "NOUN"
               and t.tag_ in {"NNS", "NNPS"} and any(c.dep_ == "nummod" for c in t.children)]
    if noun.pos_ == "NOUN" and counted and noun.dep_ == "pobj":
        return counted[-1]  # "two new modules to enhance the capability of CNNs, namely, X
        # and Y": the counted modules, not the CNNs
    return noun if noun.pos_ == "NOUN" else None


def _ranked_metrics(known: list[Span]) -> list[Span]:
    """A known metric after the rank it is taken at is one name: "rank-1 precision",
    "top-5 error" (the NER marks the rank apart)."""
    found = []
    for span in known:
        if span.label_ == "Metric" and span.start and RANK.fullmatch(span.doc[span.start - 1].text):
            found.append(Span(span.doc, span.start - 1, span.end, label="Metric"))
    return found


def _rates_of_known(known: list[Span]) -> list[Span]:
    """A known task or method with "rate" after it is a metric, the rate at which it happens:
    "the hallucination rate", "the refusal rate" (not "the learning rate", a setting)."""
    found = []
    for span in known:
        doc = span.doc
        if span.label_ in {"Task", "Method"} and span.end < len(doc) and (
                doc[span.end].lower_ in {"rate", "rates"}) and doc[span.end].pos_ == "NOUN" and (
                span[-1].lower_ != "learning"):
            found.append(Span(doc, span.start, span.end + 1, label="Metric"))
    return found


def _split_by_ner(long: Span, ents: list[Span]) -> bool:
    """An acronym's long form the NER cut in two: "label smoothing regularization" and
    "outliers" of "label smoothing regularization for outliers (LSRO)"; or cut into from
    before ("reward stabilise reinforcement learning" of "... reward stabilise
    reinforcement learning with verifiable rewards (RLVR)")."""
    return sum(long.start <= e.start and e.end <= long.end for e in ents) >= 2 or any(
        e.start < long.start < e.end <= long.end or long.start < e.start < e.end == long.end
        for e in ents)  # or cut short: "adversarial training" of "virtual adversarial
    # training (VAT)"


def _conjuncts(span: Span, known: dict[str, lx.Entry]) -> list[Span]:
    """The names a phrase joins with "and"/"or": "knowledge tracing and personalized learning"
    is two, "supervised and self-supervised pre-training" names the second whole (the first
    shares its head), "convolutional and LSTM acoustic" the LSTM. A capitalised name ("Joint
    Detection and Identification Feature Learning"), a known one or an acronym's long form
    ("restraint and relaxation iteration (RRI)") is one name."""
    doc = span.doc
    joins = [t.i for t in span[1:-1] if t.lower_ in {"and", "or"} and t.pos_ == "CCONJ"]
    if len(joins) != 1 or _capitalised(span) or lx.name_key(span.text) in known or (
            span.end < len(doc) and doc[span.end].text == "("):
        return [span]
    left, right = doc[span.start : joins[0]], doc[joins[0] + 1 : span.end]
    while len(right) > 1 and right[-1].pos_ == "ADJ":
        right = right[:-1]  # the NER's cut: "LSTM acoustic [model architectures]"
    parts = [p for p in ([right] if left[-1].pos_ not in {"NOUN", "PROPN"} else [left, right])
             if any(is_name_shaped(t.text) for t in p)]
    if not parts:
        return [span]
    return [Span(doc, p.start, p.end, label=known[key].type if (key := lx.name_key(p.text))
                 in known else span.label_) for p in parts]  # "FineWeb-Edu and fit ..."


def _capitalised(span: Span) -> bool:
    """Every word capitalised but small function words: "Model Improvement via Neuron
    Targeting", "Model Editor Networks using Gradient Decomposition"; not "continued
    pretraining" or "CPT"."""
    words = [t for t in span if t.is_alpha]
    return len(words) >= 2 and words[0].text[:1].isupper() and all(
        t.text[:1].isupper() or t.is_stop and len(t) <= 4 or t.lower_ in LINKING_PREPOSITIONS
        for t in words)


def _named_by_us(span: Span) -> bool:
    """"we refer to this setting as X", "we call it X", "this scheme is referred to as X",
    "which we describe as X"; and each name so listed: "which we name X-7B and X-32B"."""
    root = _first_listed(_head(span))
    if root.dep_ not in {"pobj", "oprd", "dobj", "xcomp", "attr"}:
        return False
    if root.dep_ == "dobj" and root.is_lower and any(
            c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in root.children) and not any(
            c.dep_ == "dobj" and c.lower_ in {"that", "which"} for c in root.head.children):
        return False  # "we name the resulting family X": what is named, not its name (but
        # "a loss that we call the calibrated deferral loss" names it, and "we call the
        # resulting backbone Vim", parsed as one phrase, names Vim)
    verb = root.head.head if root.head.lower_ == "as" else root.head
    if verb.lemma_ not in NAMING_VERBS and not (
            root.head.lower_ == "as" and verb.lemma_ in NAMING_AS_VERBS):
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] or (
        _clause_subjects(verb)) or (  # "we extend X ... and call the resulting backbone Y"
        [verb.head] if verb.dep_ == "acl" else [])  # "Our method, termed gisting,"
    return any(s.lower_ == "we" or any(c.lower_ in {"this", "our"} for c in s.children)
               for s in subjects)


def _trained_as_kind(span: Span) -> bool:
    """"We distil a 1.5B PRM, MiniPRM, from ...": a name in apposition to a thing the authors
    train names it."""
    doc, i = span.doc, span.start
    if i < 3 or doc[i - 1].text != "," or not (
            span.end >= len(doc) or doc[span.end].text in APPOSITION_ENDS):
        return False
    kind = doc[i - 2]
    return kind.dep_ == "dobj" and kind.head.lemma_ in TRAINING_VERBS and _we_do(kind.head)


def _trained_and_described(span: Span, verbs: Container[str] = TRAINING_VERBS) -> bool:
    """"We train OmniRank, a single cross-encoder reranker ...", "We collect PRM800K, a
    dataset of ..." (or "TypeBugs, 2,310 ill-typed programs"): a name the authors train
    (verbs) or collect and describe where they write it is theirs (a trained one where no
    list knows it: "we train ResNet-50, a ..." uses one)."""
    doc, root = span.doc, _head(span)
    verb = root.head
    described = span.end + 2 < len(doc) and doc[span.end].text == "," and (
        doc[span.end + 1].lower_ in {"a", "an"} or doc[span.end + 1].like_num and any(
            ch.isdigit() for ch in doc[span.end + 1].text))  # "TypeBugs, 2,310 programs"
    right_after_we = span.start >= 2 and doc[span.start - 1].lemma_ in verbs and (
        doc[span.start - 2].lower_ == "we")  # (where the parser reads "pretrain" as the
    # name's compound)
    return described and (right_after_we or root.dep_ == "dobj" and verb.lemma_ in verbs
                          and _we_do(verb))


def _our_variant(span: Span) -> bool:
    """"we train a 32B agent with LOOP, a memory-efficient variant of proximal policy
    optimization": a name first written in the authors' sentence and described as a variant
    or extension of something is theirs."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an"}:
        return False
    description = doc[end + 2 : min(end + 9, span.sent.end)]
    return any(t.lower_ in {"variant", "extension", "modification", "generalization"}
               and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of" for t in description) and (
        _says_we(span.sent)) and span.text not in doc[title_end(doc) : span.start].text
    # (where the abstract first writes it)


def _yielded_by_us(span: Span) -> bool:
    """"We adapt DPO to diffusion models ..., yielding Diffusion-DPO", "..., resulting in X":
    a capitalised name for what the authors' own work gives (and each listed after it)."""
    root = _first_listed(_head(span))
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "in" else root.head
    if not any(ch.isupper() for ch in span.text) or verb.dep_ != "advcl" or not (
            root.dep_ == "dobj" and verb.lower_ in {"yielding", "producing", "giving"}
            or root.dep_ == "pobj" and verb.lower_ == "resulting"):
        return False
    return any(s.lower_ == "we" for s in [c for c in verb.head.children if c.dep_ == "nsubj"]
               or _clause_subjects(verb.head))


def _after_we_call(doc: Doc, start: int) -> bool:
    """True if a name starts at start after "we call/term/dub/name" and what is named: "we
    call these components carry heads", "we term them ..." (not at "components"), or after
    our thing and a naming participle: "Our approach, termed zorbation, ...", or after a
    relative pronoun: "A simple fix, which we call grid prompting, ..."."""
    if start >= 3 and doc[start - 1].lemma_ in NAMING_VERBS and doc[start - 2].lower_ == "we" and (
            doc[start - 3].lower_ in {"which", "that", "what"}):
        return True
    if start >= 4 and doc[start - 1].lower_ in NAMING_WORDS and doc[start - 2].text == "," and (
            doc[start - 3].pos_ == "NOUN") and any(
            t.lower_ in {"our", "proposed"} for t in doc[max(start - 6, 0) : start - 3]):
        return True
    at = start - 1
    if at >= 1 and doc[at].pos_ == "NOUN" and doc[at - 1].lower_ in {"this", "these"}:
        at -= 1  # ("these components")
    elif at >= 0 and doc[at].lower_ in {"this", "these"} and doc[start].pos_ == "NOUN" and (
            start + 1 < len(doc) and doc[start + 1].is_alpha and doc[start + 1].is_lower):
        return False  # what is named: "components" of "these components carry heads"
    if at < 2 or doc[at].lower_ not in {"this", "these", "them", "it"}:
        return False
    return doc[at - 1].lemma_ in NAMING_VERBS and doc[at - 2].lower_ == "we"


def _our_name(span: Span) -> bool:
    """"our model X", "the resulting/adapted model(,) X", "our (proposed) X", "the proposed
    X", "a novel X objective": a name the paper gives its own artefact."""
    before = [t.lower_ for t in span.doc[max(span.start - 5, 0) : span.start]
              if t.text not in {",", "("} and t.text not in OPENING_QUOTES
              and not SIZE.match(t.text)]  # "our 7B model, E7": a size says which
    # ("our models (BigGANs)": a bracket names them as a comma does)
    artefact = before[-1].removesuffix("s") if before else ""
    if len(before) >= 2 and before[-2] in {"our", "resulting", "adapted"} and (
            artefact in ARTEFACTS or artefact in DESIGN_HEADS):  # "our procedure, SAM",
        return True  # "the adapted model, SurgSAM-2" (what the paper adapted)
    return before[-1:] == ["our"] or before[-2:] in (
        ["our", "proposed"], ["our", "new"], ["the", "proposed"], ["a", "proposed"],
        ["a", "novel"], ["a", "new"])


def _ours_in_apposition(span: Span) -> bool:
    """"SheetAgent, our tool-augmented agent, raises ...": a name an apposition calls ours
    (not "GPT-4o, our baseline", nor "our teacher": what the paper builds on)."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "our":
        return False
    noun = doc[span.end + 1].head
    return noun.dep_ == "appos" and noun.head.i in range(span.start, span.end) and (
        noun.lemma_ not in BUILT_ON)


def _passive_ours(span: Span, coined: bool = False) -> bool:
    """"In this study, a ... (MCL) method is proposed": the passive voice of a contribution;
    coined: the name is one no word list knows, so "Video-VAE, is designed for ..." is the
    paper's own without "we" (its report says so in the passive voice throughout)."""
    root = _head(span)
    while root.dep_ in {"compound", "amod", "nmod", "appos", "conj"} and root.head.i != root.i:
        root = root.head
    verb = root.head
    if root.dep_ != "nsubjpass" or verb.lemma_ not in PROPOSING_VERBS:
        return False
    if coined and " " not in span.text and len(span.text) >= 4 and is_name_shaped(span.text) and (
            "-" in span.text or _camel_case(span[0])):  # (not a bare acronym: "EF is ...")
        return True
    words = [t.lower_ for t in span.sent]
    this = any(a == "this" and b in {"paper", "work", "study"}
               for a, b in zip(words, words[1:], strict=False))
    return this or _says_we(span.sent)


def _passive_proposal(token) -> bool:
    """"... is proposed", "are introduced": a contribution in the passive voice."""
    return token.lemma_ in PROPOSING_VERBS and token.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in token.children)


def _new_capitalised_design(span: Span) -> bool:
    """"we employ a Hierarchical Progressive Query Attention mechanism": a capitalised name of
    three words or more, brought in with "a" before a design word in the authors' sentence,
    is coined there (a known one is "the Transformer architecture")."""
    doc = span.doc
    if span[-1].lower_ in DESIGN_HEADS:
        span = span[:-1]  # "... Attention mechanism": the head word is part of the span
    elif span.end == len(doc) or doc[span.end].lower_ not in DESIGN_HEADS:
        return False
    return (span.start > 0 and doc[span.start - 1].lower_ in {"a", "an"}
            and len([t for t in span if t.is_alpha]) >= 3 and _capitalised(span)
            and _says_we(span.sent))


def _called_novel(span: Span) -> bool:
    """"combined with a novel spatial smoothing method", "and a novel entropy loss that": a
    name the authors' own sentence calls novel, wherever the proposing verb is."""
    doc = span.doc
    end = span.end + (span.end < len(doc) and doc[span.end].lower_ in DESIGN_HEADS)
    named_after = end + 1 < len(doc) and doc[end].text == "," and not doc[end + 1].is_lower
    return (span.start >= 2 and doc[span.start - 1].lower_ in NOVELTY and not named_after
            and doc[span.start - 2].lower_ in {"a", "an"} and _says_we(span.sent))
    # (not "a novel generalized distillation method, TeachText": the name is the novelty)


def _says_we(sentence: Span) -> bool:
    """True if the sentence speaks for the authors ("we", "our", "this paper presents")."""
    return any(t.lower_ in {"we", "our"} or t.dep_ == "nsubj" and _speaks_for_us(t)
               and _proposing(t.head) for t in sentence)


def _listed_after_proposal(span: Span, ours: frozenset[str] | set[str] = frozenset()) -> bool:
    """"we propose two methods ...: Neuron Adjust and Key Space Detection", "we propose three
    metrics--abstention rate, conditional accuracy, and answer rate--", "X (ours) consists of
    two modules: a gradient-based attribution scorer and a sparse probing head"."""
    lower = not span.text[:1].isupper()
    before = span.start - 1 - (lower and span.start >= 1
                               and span.doc[span.start - 1].lower_ in {"a", "an", "the"})
    numbered = before >= 1 and _item_number(span.doc[before])
    while before >= 1 and _item_number(span.doc[before]):
        before -= 1  # "(ii) regularizing weight matrix singular values": an item's number
    if numbered and _our_contributions(span.doc[span.sent.start : before + 1]):
        return True  # "Our contributions are threefold: (1) ...; (2) a basis regularizer"
    previous = span.doc[before].text if before >= 0 else ""
    if lower and not (previous in LIST_OPENERS or previous in LIST_JOINERS):
        return False  # no list item (most lower-case spans: one test, no sentence scan)
    sent = span.sent
    colon = _list_opener(span)
    if colon is None or colon.i == sent.start:
        return False
    between = [t for t in span.doc[colon.i + 1 : span.start] if not _item_number(t)]
    listed = span.doc[colon.i - 1]
    while listed.dep_ == "pobj" and listed.head.dep_ == "prep":
        listed = listed.head.head  # "two new techniques for continual learning: (i) X ..."
    new = any(c.dep_ == "amod" and c.lower_ in NOVELTY for c in listed.children)
    if lower:  # lower-case items: the plural noun they list says so
        noun = span.doc[colon.i - 1]
        verb = next((t for t in noun.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        return noun.tag_ == "NNS" and verb is not None and (
            _proposed_by_us(verb) or _parts_of_ours(verb, ours) or new) and not any(
            t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"}
            or t.text in LIST_OPENERS or t.text == ";" for t in between)
    if not all(t.text in LIST_JOINERS or t.text[:1].isupper() or t.like_num for t in between
               ) and not (between[-1:] and between[-1].text in LIST_JOINERS and not any(
                   t.pos_ in {"VERB", "AUX"} or t.text in {";", ":"} for t in between)):
        return False  # only other names of the list in between, or what each is for: "two
        # datasets: A for SFT and B for RL training"
    return new or any(_proposed_by_us(t) for t in span.doc[sent.start : colon.i])


def _our_contributions(words: Span) -> bool:
    """True if the words open a list of the paper's contributions: "Our contributions are
    threefold:", "The main contributions of this work are:"."""
    return any(t.text in LIST_OPENERS for t in words) and any(
        t.lemma_ == "contribution" and (any(c.lower_ == "our" for c in t.children) or any(
            c.lower_ in {"this", "our"} for c in t.subtree if c.i > t.i)) for t in words)


def _item_number(token: Token) -> bool:
    """A token of a list item's number: "(", "ii", ")" of "(ii)", "2" and ")" of "2)"."""
    doc, i = token.doc, token.i
    if token.text == "(":
        return i + 2 < len(doc) and bool(_ITEM_NUMBER.fullmatch(doc[i + 1].text)) and (
            doc[i + 2].text == ")")
    if token.text == ")":
        return i >= 1 and bool(_ITEM_NUMBER.fullmatch(doc[i - 1].text))
    return bool(_ITEM_NUMBER.fullmatch(token.text)) and i + 1 < len(doc) and doc[i + 1].text == ")"


def _parts_of_ours(verb: Token, ours: frozenset[str] | set[str]) -> bool:
    """"X consists of", "our framework comprises": a verb of parts whose subject is the
    paper's own thing (ours: keys of names known to be the paper's)."""
    return verb.lemma_ in COMPONENT_VERBS | PART_VERBS and any(
        c.dep_ == "nsubj" and _our_subject(c, ours) for c in verb.children)


def _our_subject(subject: Token, ours: frozenset[str] | set[str]) -> bool:
    """A subject that is the paper's own thing: a name in ours, or "our ..."."""
    return _subject_key(subject) in ours or any(c.lower_ == "our" for c in subject.children)


def _after_counted_plural(token: Token) -> bool:
    """A comma that opens the items of a counted plural: "three metrics, X, Y and Z"."""
    noun = token.nbor(-1) if token.i else None
    return token.text == "," and noun is not None and noun.tag_ == "NNS" and any(
        c.dep_ == "nummod" for c in noun.children)


def _list_opener(span: Span) -> Token | None:
    """The colon or dash before the span that opens a list in its sentence, or for a
    lower-case span the comma after a counted plural."""
    lower = not span.text[:1].isupper()
    return next((t for t in span.sent if t.i < span.start and (
        t.text in LIST_OPENERS or lower and _after_counted_plural(t))), None)


def _list_noun(span: Span) -> Token | None:
    """The noun whose proposed list a lower-case span is an item of: "metrics" of "we
    introduce three metrics, X, Y and Z" (its type is the items' type)."""
    opener = _list_opener(span)
    return opener.nbor(-1) if opener is not None and _listed_after_proposal(span) else None


def _proposed_by_us(token: Token) -> bool:
    """"we propose", "we introduce": a proposing verb whose subject is we."""
    return token.lemma_ in PROPOSING_VERBS and token.pos_ == "VERB" and _we_do(token)


def _we_do(verb: Token) -> bool:
    """True if the verb's subject is "we": the authors do it."""
    return any(c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children)


def _head(span: Span) -> Token:
    """The span's head word: spaCy's `root`, unless that is no noun and a later word hung
    outside the span is ("we propose pre-finetuning": the parser hangs "pre", "-" and
    "finetuning" each on the verb, and `root` takes the first)."""
    if span.root.pos_ in {"NOUN", "PROPN"}:
        return span.root
    nouns = [t for t in span if t.pos_ in {"NOUN", "PROPN"} and t.i > span.root.i
             and not span.start <= t.head.i < span.end]
    if not nouns and span.root.i == span.end - 1 and span.root.pos_ == "VERB":
        nouns = [t for t in span if t.pos_ in {"NOUN", "PROPN"}  # "SWE-bench Verified": the
                 and not span.start <= t.head.i < span.end]  # parser's verb is a name's part
    return nouns[-1] if nouns else span.root


def _bare_object(span: Span) -> bool:
    """A proposing verb's direct object with no article: named, not described ("we propose
    reflective augmentation"; not what "our model combines image tokens with")."""
    root = _head(span)
    return root.dep_ == "dobj" and span.start == root.left_edge.i and not any(
        c.dep_ == "det" for c in root.children) and _proposing(root.head)


def _leading_noise(token) -> bool:
    """A word that starts an NER span but not a name: "the", "our", a verb opening a clause
    (", reporting accuracy", "and realize robust X"), a unit left of a number ("G" of
    "35.4G FLOPs"); a verb modifying the name ("parsing algorithm") stays, and so does a
    capitalised word inside a sentence ("framework: Decoupling Contrastive Decoding")."""
    if token.text[:1].isupper() and not token.is_sent_start and len(token) > 1:
        return False
    if len(token) == 1 and (token.is_upper or token.text == "%") and token.i and (
            token.nbor(-1).like_num and not token.nbor(-1).whitespace_):  # "74.5% accuracy"
        return True
    if token.dep_ == "ROOT" and token.is_lower and any(c.dep_ == "nsubj" for c in token.children):
        return True  # the sentence's verb, whatever its tag: "pipelines chain/NN separate models"
    if token.pos_ == "VERB":  # a bare "VB" is the parser misreading a noun ("sentiment")
        clause_start = token.i > 0 and token.nbor(-1).text in {",", ";"}
        modifier = token.dep_ in {"amod", "compound", "nmod", "npadvmod"} and not clause_start
        has_object = any(c.dep_ == "dobj" for c in token.children)
        return (token.tag_ != "VB" or has_object) and not modifier
    return token.pos_ in {"DET", "PRON", "PUNCT", "ADP", "CCONJ", "SCONJ", "AUX"}
    # "Via EvoPress"; a title's question: "Does Refusal Training ..."


def _net_type(span: Span) -> str | None:
    """A one-word name ending in "Net" is a network, a Model ("PyramidNet", "MultiPoseNet"),
    and so is a variant of one ("CornerNet-Saccade"), where nothing else types it (known
    data sets such as ImageNet have their type)."""
    base = re.split(r"-(?=[A-Z])", span.text)[0]  # "CornerNet-Lite": a variant of one
    return "Model" if NET_NAME.fullmatch(span.text) or NET_NAME.fullmatch(base) else None


def _modifier_suffix_at(doc: Doc, i: int) -> bool:
    """True if tokens i and i + 1 are a hyphen and a modifier suffix: "-based", "-aware"."""
    return i + 1 < len(doc) and doc[i].text in HYPHENS and doc[i + 1].lower_ in MODIFIER_SUFFIXES


def _modifier_of_next(span: Span) -> bool:
    """A common word with a modifier suffix before a noun: "precision-aware" of
    "precision-aware scaling laws" (a name keeps its own: "BERT-based" is found as BERT)."""
    doc = span.doc
    return (len(span) >= 3 and _modifier_suffix_at(doc, span.end - 2)
            and span.end < len(doc) and (doc[span.end].pos_ in {"NOUN", "ADJ", "PROPN"}
                                         or doc[span.end].tag_ == "VBG")  # "scaling laws"
            and not is_name_shaped(span[:-2].text))


def _before_split(span: Span) -> int:
    """Where a data set's name ends before the split a span names: "LibriSpeech-PC" of
    "LibriSpeech-PC test-clean set" (a split is no data set of its own)."""
    if len(span) < 2 or span[-1].lower_ not in {"set", "sets", "split", "splits", "subset"}:
        return span.end
    if span[-1].lower_ in {"split", "splits", "subset"} and is_name_shaped(span[:-1].text):
        return span.end - 1  # "the SciTSR-comp split": a part of a data set, named
    if len(span) < 3:
        return span.end
    if span[-2].lower_ in SPLIT_NAMES and is_name_shaped(
            span[:-2].text):
        return span.end - 2  # "the BUSI and TN3K test sets": TN3K's
    return next((t.i for t in span[1:] if t.lower_ in SPLIT_WORDS and t.whitespace_ == ""
                 and t.nbor(-1).whitespace_), span.end)


def _split_data(token: Token) -> bool:
    """"training" or "test" of "X training data", "X test set": a split of data set X."""
    return token.lower_ in SPLIT_NAMES and token.i + 1 < len(
        token.doc) and token.nbor().lower_ in {"data", "set", "sets", "split", "splits"}


def _is_word(token: Token) -> bool:
    """Letters, digits, a hyphen inside a word, a possessive ("Simpson's bias"): no formula."""
    return token.is_alpha or token.like_num or token.text in HYPHENS or token.tag_ == "POS"


def _word_runs(span: Span, shortest: int, longest: int) -> list[Span]:
    """Runs of shortest to longest words (see _is_word) in the span, not cut at a hyphen."""
    words = [_is_word(t) for t in span]
    runs = []
    for i in range(len(span)):
        for j in range(i + shortest, min(i + longest, len(span)) + 1):
            if all(words[i:j]) and span[i].text not in HYPHENS and span[j - 1].text not in HYPHENS:
                runs.append(span[i:j])
    return runs


def _negation(doc: Doc, i: int) -> bool:
    """"no-" or "non-" before a name, glued: "no-regret", "non-CoT" (not "non-convex", nor
    the Title Case "Non-Equivariance Revealed on Orbits")."""
    return i + 2 < len(doc) and _hyphen_glued(doc, i + 1) and (
        doc[i].lower_ == "no" or doc[i].lower_ == "non" and doc[i + 2].text[:1].isupper()
        and (doc[i].is_lower or is_name_shaped(doc[i + 2].text)))


def _counted(doc: Doc, i: int) -> bool:
    """The noun of "five-category", "two-stage", "2 km" (after its number): a count or a
    measure, not a name ("at 2 km resolution" names no kind of resolution; the tagger may
    read a short unit as a proper noun: "at 30 m resolution")."""
    return _common_noun(doc[i]) and (
        _hyphen_glued(doc, i - 1) and doc[i - 2].pos_ == "NUM" or (
        i > 0 and doc[i - 1].like_num and doc[i - 1].dep_ == "nummod" and doc[i - 1].head.i == i))


def _own_head(span: Span, heads: Container[str]) -> bool:
    """True if a name ends in a head word that says what it is, over what a description
    after it says: "the recurrent relational network, a general purpose module" is a network
    (an activity is what a description says: "subliminal learning, a phenomenon where ...")."""
    return span[-1].lower_ in heads and not span[-1].lower_.endswith("ing")


def _code_pair(token: Token) -> bool:
    """True for either code of a language pair the tokenizer split at its hyphen: "En-De",
    "de-en"."""
    doc, i = token.doc, token.i
    pair = [doc[i : i + 3], doc[i - 2 : i + 1] if i >= 2 else doc[i:i]]
    return token.lower_ in LANGUAGE_CODES and any(
        len(p) == 3 and p[1].text in HYPHENS and not (p[0].whitespace_ or p[1].whitespace_)
        and p[0].lower_ in LANGUAGE_CODES and p[2].lower_ in LANGUAGE_CODES
        and p[0].lower_ != p[2].lower_ for p in pair)


def _common_noun(token: Token) -> bool:
    """True for a noun, or a lower-case word the tagger reads as a proper noun ("a noisy
    speech corpus/NNP")."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_lower


def _word_start(doc: Doc, end: int) -> int:
    """Where the space-delimited word that ends at end starts: "VL-RKD" of "recipe VL-RKD"."""
    start = end - 1
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    return start


def _word_end(doc: Doc, end: int) -> int:
    """The end of the hyphenated word a span ending at end ends inside, if any."""
    while _hyphen_glued(doc, end):
        end += 2
    return end


def _running_text(doc: Doc) -> bool:
    """True if the text glues its commas and full stops to the words before them: running
    text, where a spaced hyphen is a dash; not pre-tokenised words ("fine - tuning , and")."""
    spaced = [bool(doc[t.i - 1].whitespace_) for t in doc[1:] if t.text in {",", "."}]
    return bool(spaced) and not any(spaced)


def _hyphen_glued(doc: Doc, i: int) -> bool:
    """True if token i is a hyphen written between two words without spaces."""
    return (0 < i < len(doc) - 1 and doc[i].text in HYPHENS and not doc[i].whitespace_
            and not doc[i - 1].whitespace_)


def _camel_case(token: Token) -> bool:
    """A word with capitals inside it after a lower-case letter: "DriveDreamer", "nuScenes"."""
    return re.search(r"[a-z][A-Z]", token.text) is not None


def _capitalised_part(token: Token) -> bool:
    """A part of a hyphenated name: a capital or a digit first ("X", "2", "Pro")."""
    return token.text[:1].isupper() or token.text[:1].isdigit()


def _glued_to_previous(span: Span) -> bool:
    """True if the span starts inside a hyphenated word: "the-art" of "state-of-the-art"."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].text in HYPHENS and not (
        doc[span.start - 1].whitespace_)


def _after_size(span: Span) -> Span:
    """A span without the model or context size it starts with: "model" of "1B-parameter
    model", "attention" of "128K-token attention"."""
    start = span.start
    if start < span.end and SIZE.match(span.doc[start].text):
        start += 1
        while start < span.end and (span.doc[start].text in HYPHENS or span.doc[
                start].lower_ in {"parameter", "parameters", "token", "tokens"}):
            start += 1
    return span.doc[start : span.end] if start > span.start else span


def _after_a_size(word: Span) -> bool:
    """True for a word right after a model size: "a 150M-parameter Searchformer", "7B Zorb"."""
    doc, i = word.doc, word.start - 1
    while i >= 0 and (doc[i].lower_ in {"parameter", "parameters"} or doc[i].text in HYPHENS):
        i -= 1
    return i >= 0 and bool(SIZE.match(doc[i].text))


def _size_of_kind(span: Span, generic: Container[str]) -> bool:
    """A model size before a generic or one-word common head names no model: "our
    1B-parameter model", "a 7B prover"."""
    rest = _after_size(span)
    return lx.name_key(rest.text) in generic or (
        rest.start > span.start and len(rest) == 1 and rest[0].is_lower)


def _only_sizes(span: Span) -> bool:
    """Numbers, sizes, single letters and punctuation, and nothing else ("M - 200M"); a
    number word in capitals ("FIRST") is a name."""
    return all(t.is_punct or t.like_num and not t.is_upper or SIZE.match(t.text) or len(t) == 1
               for t in span)


def _verb_with_object(token, end: int) -> bool:
    """A gerund whose object follows it before end: "Investigating" of a title's
    "Investigating Data Pruning", not "Learning" of "Learning Rate Warmup"."""
    return token.tag_ == "VBG" and token.pos_ == "VERB" and any(
        c.dep_ == "dobj" and token.i < c.i < end for c in token.children)


def _modified_known(known: list[Span], title: int) -> list[Span]:
    """A known method or model after a common word that a suffix makes its modifier is a kind
    of its own: "prompt-based fine-tuning", "sparsity-aware fine-tuning", "memory-augmented
    neural networks" (not a name's modifier, "BERT-based model": BERT, nor one before a
    proper name, "an attention-based Transformer", nor before a task, whose kinds are
    settings: "keypoint-based detection")."""
    found = []
    for span in known:
        doc, i = span.doc, span.start
        if span.label_ not in {"Method", "Model"} or i < 3 or not _modifier_suffix_at(doc, i - 2):
            continue
        word = doc[i - 3]  # (a proper name stays whole: "attention-based Transformer")
        lower = span.text.islower() and word.is_lower or i < title and word.is_title and all(
            t.is_title or not t.is_alpha for t in span)
        if (doc[i - 1].lower_ in KIND_SUFFIXES and word.is_alpha and lower
                and not is_name_shaped(word.text) and doc[i - 1].whitespace_
                and not _hyphen_glued(doc, i - 4)):
            found.append(Span(doc, i - 3, span.end, span.label_))
    return found


def _compound_known(known: list[Span], vague: Container[str]) -> list[Span]:
    """A lower-case known method after a hyphenated compound of two words is a kind of its
    own: "long-context fine-tuning", "multi-teacher distillation", "low-bit quantization"
    (not after a vague one: "large-scale pre-training", "state-of-the-art distillation")."""
    found = []
    for span in known:
        doc, i = span.doc, span.start
        if span.label_ != "Method" or not span.text.islower() or i < 3 or not (
                _hyphen_glued(doc, i - 2)):
            continue
        first, second = doc[i - 3], doc[i - 1]
        if (first.is_alpha and second.is_alpha and first.is_lower and second.is_lower
                and not (i >= 4 and doc[i - 4].text in HYPHENS)  # "state-of-the-art"
                and not first.text.endswith("ly")  # "highly-optimized attention"
                and second.tag_ not in {"VBN", "VBD"}  # "pre-trained diffusion models"
                and not (second.text.endswith("ed") and second.pos_ != "NOUN")
                and doc[i - 3 : i].text not in vague and second.whitespace_
                and lx.name_key(doc[i - 3 : i].text) not in GENERIC_WORDS):  # "few-shot"
            found.append(Span(doc, i - 3, span.end, span.label_))
    return found


def _title_case_start(by_end: dict[int, Span], end: int, longest: int,
                      keep: Callable[[Span], bool]) -> int:
    """Where the run of Title Case words (glued words by where they end) ending at end
    starts, at most longest tokens back and only through words keep accepts."""
    start = end
    while (word := by_end.get(start)) is not None and end - word.start <= longest and (
            _title_case_word(word.text)) and keep(word):
        start = word.start
    return start


def _title_word(token: Token) -> bool:
    """A word of a capitalised name in a title: capitalised or a glued hyphen ("Text-to-Motion"),
    not a verb ("Improving") or a function word ("with", "The")."""
    if token.text in HYPHENS:
        return _hyphen_glued(token.doc, token.i)
    return (token.text[:1].isupper() and token.is_alpha and not token.is_stop
            and token.tag_ not in {"VB", "VBZ", "VBP", "VBD", "VBG"})


def _participle_after_name(token: Token) -> bool:
    """"MIRACL averaged over 18 languages", "DUC2001 provided 30 ...": a lower-case participle
    after a capitalised word, acting on what follows it (not "the CoNLL shared task")."""
    return token.tag_ in {"VBD", "VBN"} and token.is_lower and token.nbor(-1).text[:1].isupper(
        ) and token.i + 1 < len(token.doc) and token.nbor().pos_ in {"ADP", "NUM", "DET"}


def _name_before_gloss(span: Span) -> Span:
    """"the VSI-Bench video spatial reasoning benchmark" is VSI-Bench: a name-shaped word, then
    three lower-case words or more that gloss it and a generic head word (not "the
    Caltech-UCSD bird dataset", "the LIVE test dataset")."""
    doc = span.doc
    end = span.end + (span.end < len(doc) and doc[span.end].lower_ in GENERIC_HEADS)
    if len(span) < 3 or doc[end - 1].lower_ not in GENERIC_HEADS:
        return span  # (the head word may follow the span: the NER leaves it out)
    first = next((t.i + 1 for t in span if t.whitespace_), span.end)  # the first whole word
    rest = doc[first:end]
    if len(rest) >= 4 and is_name_shaped(doc[span.start : first].text) and all(
            t.is_alpha and t.is_lower and t.lower_ not in SPLIT_WORDS for t in rest):
        return doc[span.start : first]
    return span


def _said_again(span: Span) -> list[int]:
    """Where the span's words start, in the span's own place and after it: a term named once
    ("which we term retrieval heads") is the same term when said again."""
    doc, words = span.doc, [t.lower_ for t in span]
    return [span.start] + [i for i in range(span.end, len(doc) - len(span) + 1)
                           if [t.lower_ for t in doc[i : i + len(span)]] == words]


def _learning_a_task(token: Token, end: int, label: str) -> bool:
    """A title's gerund "Learning" before the task the NER read it with: "RoboBrew: Learning
    Dexterous Manipulation from Human Videos" (not "Learning Rate Warmup", no gerund)."""
    return label == "Task" and token.lower_ == "learning" and token.tag_ == "VBG" and (
        token.i < title_end(token.doc) and token.i + 1 < end and token.nbor().text[:1].isupper())


def _name_after_participle(part: Span, start: int) -> int:
    """Where a name starts after lower-case adverbs and participles: "independently trained
    ResNet models", "pre-trained BERT" are about ResNet and BERT."""
    doc = part.doc
    for i in range(start, part.end):
        if doc[i].text[:1].isupper() or is_name_shaped(doc[i].text):
            words = doc[start:i]
            describes = any(t.pos_ == "ADV" or t.tag_ in {"VBN", "VBD", "VBG"} for t in words)
            return i if len(words) and describes and all(t.is_lower or t.is_punct
                                                          for t in words) else start
    return start


def _whole_start(doc: Doc, start: int, part: Span) -> int:
    """Where a span begins as whole words and whole compounds: "top-k error rate" (not "k
    error rate"), "code generation" (not "generation"), "single-sample accuracy"; not into
    a verb right after its subject ("We fine-tune Stable Diffusion XL", which the parser may
    read as a compound)."""
    first, moved = start, True
    while moved:
        moved = False
        while start >= 2 and doc[start - 1].text in HYPHENS and not (
                doc[start - 2].whitespace_ or doc[start - 1].whitespace_):
            start, moved = start - 2, True
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ in {
                "NOUN", "PROPN"} and part.start <= doc[start - 1].head.i < part.end and not (
                _leading_noise(doc[start - 1])) and doc[start - 1].lower_ not in SURE_VERBS and (
                doc[start - 1].text not in HYPHENS) and not _training_verb(doc, start):
            # (the "-" of "CLIP-T": the word whole; not the "G" of "35.4G FLOPs", nor the verb
            # of "audio lowers word error rate", nor "... and fine-tunes mT5-XL")
            start, moved = start - 1, True
    return first if start > 0 and doc[start - 1].lower_ in {"we", "they"} else start


def _opening_modifier(doc: Doc, start: int, end: int) -> bool:
    """True if the word before start opens its sentence and is a relational adjective (a
    domain's, "-al", "-ic") that modifies the phrase from start to end: the "Clinical" of
    "Clinical named entity recognition" (not a judgement: "Reliable detection")."""
    word = doc[start - 1] if start else None
    return word is not None and word.is_sent_start and word.pos_ == "ADJ" and (
        word.is_title and word.lower_.endswith(("al", "ic")) and word.dep_ == "amod"
        and start <= word.head.i < end)


def _training_verb(doc: Doc, end: int) -> bool:
    """True if the word that ends at end says that something is trained ("fine-tunes",
    "pre-trains"), whatever part of speech the tagger gives it."""
    word = doc[_word_start(doc, end) : end].text.lower()
    return word.endswith("s") and word[:-1] in TRAINING_VERBS


def _variant_end(doc: Doc, start: int, end: int, known: bool = False) -> int:
    """Where a model name ends with its size and variant words: "Llama-3 8B", "Claude-3.5
    Sonnet", "GPT-3.5 Turbo", "GPT-4o mini"; after a known model's name whatever its shape
    ("Mixtral 8x7B", "Whisper large-v3")."""
    last = doc[start:end].text.split()[-1]
    if not (known or is_name_shaped(last) or last[0].isdigit() and doc[start].text[:1].isupper()):
        return end  # ("Llama 3 70B", "Claude 3 Opus")
    while end < len(doc) and doc[end - 1].whitespace_ and is_variant_word(doc[end].text):
        end += 1
    if end + 2 < len(doc) and doc[end - 1].whitespace_ and SIZED_BUILD.fullmatch(
            doc[end : end + 3].text):
        end += 3  # "large-v3", which the tokenizer splits at its hyphen
    if end < len(doc) and doc[end - 1].whitespace_ and YEAR.fullmatch(doc[end].text):
        end += 1  # "AMC 2023", "WMT 2014": an edition
    return end


def _version_end(doc: Doc, end: int) -> int:
    """Where a known model's name ends with the version number after it: "Gemini 2.0",
    "Stable Diffusion 3.5", "Veo 2"; not a count of what follows ("BERT 12 layers")."""
    if end >= len(doc) or not doc[end - 1].whitespace_ or not VERSION.fullmatch(doc[end].text):
        return end
    after = doc[end + 1] if end + 1 < len(doc) else None
    named = doc.text.count(f"{doc[end - 1].text} {doc[end].text}") >= 2  # "Tulu 3: ...",
    # then "Tulu 3 builds on": the text's own name, whatever the tagger makes of "builds"
    if after is not None and (after.is_lower and after.pos_ == "NOUN" and not named
                              or after.text in UNITS):
        return end
    return end + 1


def is_variant_word(word: str) -> bool:
    """A model's variant, size or build word: "mini", "Sonnet", "Turbo", "8B", "b1.58"."""
    return word in MODEL_VARIANTS or bool(SIZE.match(word) or BUILD.fullmatch(word)
                                          or MIXTURE_SIZE.fullmatch(word))


def _outperforms(span: Span, verbs: Container[str] = frozenset({"outperform", "surpass"})
                 ) -> bool:
    """True if the name is what outperforms or surpasses something (or does one of verbs)."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ in verbs


def _changed_by(token: Token) -> Token:
    """The verb whose amount of change the token is ("21%" of "reduces X by 21% on Y", where
    the parser may hang "on Y" on the amount), or the token itself."""
    if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.pos_ == "VERB":
        return token.head.head
    return token


def _changed_by_amount(noun: Token) -> bool:
    """A name a result changes by an amount: "improves PESQ by 0.4 and STOI by 3%", "reduces
    X by 12%", "raises X from 0.4 to 0.5" (the name is what is measured)."""
    if noun.dep_ not in {"dobj", "conj"}:
        return False
    verb = noun.head  # ("by 0.4 and ZTI by 3%": the parse may join the name to the amount)
    while verb.pos_ != "VERB" and (verb.dep_ in {"conj", "dobj"} or verb.dep_ == "pobj" and (
            verb.head.lower_ in {"by", "from"}) or verb.lower_ in {"by", "from"}):
        verb = verb.head  # (not "On X, Y and Z, it improves ...": where it does)
    if verb.lemma_ not in CHANGE_VERBS or any(
            prep.lower_ in {"over", "than"} and prep.i < noun.i for prep in verb.children):
        return False  # ("improving over X and Y by 12%": what is compared, not measured)
    return any(prep.dep_ == "prep" and prep.lower_ in {"by", "from"} and any(
        t.like_num for t in prep.subtree) for prep in (*noun.children, *verb.children))


def _valued(span: Span) -> bool:
    """"an ROC-AUC of 80.2 on X", "a mean absolute error of 0.061": a name that a bare number
    is the value of (not a count: "a dataset of 2,000 scenes")."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].like_num and (
        end + 2 == len(doc) or doc[end + 2].pos_ not in {"NOUN", "PROPN", "ADJ"})


def _evaluated(noun: Token) -> bool:
    """True for a noun a verb of evaluation governs through objects and prepositions: the
    "shot" of "evaluate it zero-shot", the "minutes" of "trained in 8 minutes"."""
    token = noun
    for _ in range(4):
        if token.dep_ not in {"dobj", "pobj", "prep"} or token.head is token:
            return False
        token = token.head
        if token.pos_ == "VERB" and token.lemma_ in EVALUATION_WORDS:
            return True
    return False


def _part_boundary(parts: list[str], at: int) -> bool:
    """True if a name's parts (the text between separators), run together, change part at
    the index: a separator, a capital, letters against digits, or the end of capitals:
    "Dialo|GPT", "Qwen|2.5", "GPT-|Neo", "RNN|search", not "NullE|dit" or "opt|imization"."""
    letters = "".join(parts)
    at %= len(letters)
    if at in set(itertools.accumulate(len(p) for p in parts)):
        return True
    before, after = letters[at - 1], letters[at]
    return after.isupper() or before.isdigit() != after.isdigit() or (
        letters[at - 2 : at].isupper() and after.islower())


def _first_listed(token: Token) -> Token:
    """The first item of the list of conjuncts the token ends or stands in (itself if none),
    through a name the parser hangs on the one before as an apposition ("on SWaT, WADI, SMD
    and MSL"), or on the preposition itself ("On PEMS04 and PEMS08 the model ...")."""
    while token.head.i < token.i and (token.dep_ == "conj" or token.dep_ == "appos" and (
            token.pos_ == token.head.pos_ == "PROPN")):
        if token.head.pos_ == "ADP" and token.dep_ == "conj":
            return next((t for t in token.head.children if t.dep_ == "pobj" and t.i < token.i),
                        token)
        token = token.head
    return token


def _an_example(span: Span) -> bool:
    """True if the name is an example in brackets: "datasets ranging from manually curated
    (e.g., OpenAssistant) to synthetic ones"."""
    doc = span.doc
    opening = next((t for t in reversed(doc[max(span.sent.start, span.start - 3) : span.start])
                    if t.text == "("), None)
    return opening is not None and opening.i + 1 < span.start and (
        doc[opening.i + 1].lower_.startswith("e.g"))


def _set_against(span: Span) -> bool:
    """True if the name follows "instead of", "rather than" or "unlike" in its sentence, with
    no "we" or "our" after it: "we combine X and Y instead of ... designed decoder networks"
    (the parser may join "designed" to "we")."""
    for token in span.doc[span.sent.start : span.start]:
        if token.lower_ in {"instead", "rather"} and token.i + 1 < span.start and (
                token.nbor().lower_ in {"of", "than"}) or token.lower_ == "unlike":
            rest = span.doc[token.i : span.start]
            return not any(t.lower_ in {"we", "our"} for t in rest)
    return False


def _with_compounds(token: Token) -> Span:
    """The token with the words that modify it right before it: "CLIP score"."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ in {"compound", "amod", "nmod"} and (
            token.doc[start - 1].head.i in range(start, token.i + 1)):
        start -= 1
    return token.doc[start : token.i + 1]


def _governing(preposition: Token) -> Token:
    """The first of prepositions joined as conjuncts, which hangs on what they all modify:
    "improves F1 on X by 4.8 points and on Y by 7.1 points"."""
    while preposition.dep_ == "conj" and preposition.head.lower_ == preposition.lower_ and (
            preposition.head.i < preposition.i):
        preposition = preposition.head
    return preposition


def _before_subject(preposition: Token) -> bool:
    """True if the preposition opens its clause, before the clause's subject: "and on X it
    sets", as a sentence's first "On X, ..." does (where a result is reported)."""
    verb = preposition.head
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and preposition.i < c.i < verb.i for c in verb.children)


def _compared_against(span: Span) -> bool:
    """True if the name is what a result is compared against: "lower error than X and Y",
    "improves AP by 4.1 points over X" (a gain over a baseline), "outperforming X and Y"."""
    first = _first_listed(span.root)
    verb = first.head if first.dep_ == "dobj" else span.doc[max(span.start - 1, 0)]
    if verb.i < span.start and verb.lemma_ in {"outperform", "surpass", "beat"}:
        return True  # (or right after the verb, however the parser reads the list)
    if first.dep_ != "pobj":
        return False
    preposition = _governing(first.head)
    if preposition.lower_ == "to" and preposition.head.lower_ == "relative":
        preposition = preposition.head  # "lowers error by 6% relative to X"
    gains = CHANGE_VERBS | ACHIEVING | {"outperform", "gain", "point", "improvement", "%"}
    if preposition.lower_ in {"to", "with"} and preposition.head.lower_ == "compared" and (
            preposition.head.head.lemma_ in gains):
        return True  # "reduces ATE by 35% compared with MonoGS and Photo-SLAM"
    gainer = preposition.head.head if preposition.head.dep_ == "dobj" else preposition.head
    return preposition.lower_ == "than" or (  # (or "improves accuracy over X", the parser
        preposition.lower_ in {"over", "against", "relative"} and (  # hanging "over" on
            preposition.head.lemma_ in gains or gainer.lemma_ in CHANGE_VERBS))  # "accuracy")


def _before_unclosed_bracket(span: Span) -> int:
    """Where a span ends before a bracket it opens and does not close: "MATH dataset
    (Hendrycks et." and "o1-mini (-16.49%" end before the bracket."""
    opened = [t.i for t in span if t.text == "("]
    if opened and ")" not in span[opened[-1] - span.start :].text and opened[-1] > span.start:
        return opened[-1]
    return span.end


def _unopened_bracket(span: Span) -> bool:
    """True if span ends in punctuation other than a bracket it opened: "BOSE)", "X,"."""
    last = span[-1]
    return last.is_punct and not (last.text == ")" and "(" in span.text)


def _listed(key: str, known: Container[str], defined: Container[str]) -> bool:
    """A name the word lists know whose type they give, unless the text defines it anew as
    its own acronym ("MOS: Model Surgery ..." is no mean opinion score)."""
    return key in known and key not in defined


def _one_type_per_name(spans: list[Span], known: Container[str] = frozenset(),
                       defined: Container[str] = frozenset(),
                       described: dict[str, str] | None = None) -> list[Span]:
    """Every mention of a name gets the name's commonest type in the text, a title's mention
    counting half (its terse wording misleads the NER); the name before a title's colon is a
    contribution, so its votes for Task or Metric count for Method ("MOS: Model Surgery ..."),
    unless the word lists know it and the text does not define it anew (known: their keys;
    defined: keys of the text's acronyms; "The Reversal Curse: ..." is a Task). A name's
    capitalised variant after a hyphen takes the type of the name, a model or data set. A
    new name the text describes ("SketchCAD, a vision-language model"; described: key to
    type) has the type its description gives, whatever the other mentions' words say."""
    if not spans:
        return spans
    title = title_end(spans[0].doc)
    votes: dict[str, Counter] = defaultdict(Counter)
    for span in spans:
        votes[lx.name_key(span.text)][span.label_] += 2 if span.start >= title else 1
    for counts in votes.values():
        untyped = counts.pop(UNTYPED, 0)
        if not counts:
            counts["Method"] = untyped
    contributions = {key for s in spans if _before_title_colon(s.doc, s)
                     and not _listed(key := lx.name_key(s.text), known, defined)}
    for key in contributions:  # "MOS: Model Surgery ...": not a metric, whatever NER says
        counts = votes[key]
        counts["Method"] += counts.pop("Task", 0) + counts.pop("Metric", 0)
    texts = {lx.name_key(s.text): s.text for s in spans}
    for key, text in texts.items():  # "Zorbi-VL-Thinking" is a variant of Zorbi-VL, and so
        stem, _, suffix = text.rpartition("-")  # of its type (not "Zorb-Bench": a data set)
        stem_votes = votes.get(lx.name_key(stem)) if stem and " " not in text else None
        if stem_votes and key not in known and suffix[:1].isupper() and suffix.isalpha() and (
                suffix.lower() not in GENERIC_HEADS and "Bench" not in suffix):
            best = stem_votes.most_common(1)[0][0]
            if best in EDITIONED:
                votes[key] = Counter({best: 1})
    for key, text in texts.items():  # "HiNeRV" of "HiNeRV-2": a method's first version is
        stem, _, number = text.rpartition("-")  # one too, whatever a task-like context says
        stem_votes = votes.get(lx.name_key(stem)) if stem and " " not in text else None
        if stem_votes and number.isdigit() and len(number) <= 2 and lx.name_key(stem) not in known:
            best = votes[key].most_common(1)[0][0]
            if best in {"Method", "Model"} and stem_votes.most_common(1)[0][0] in {"Task",
                                                                                   "Metric"}:
                votes[lx.name_key(stem)] = Counter({best: 1})
    for key, kind in (described or {}).items():
        votes[key] = Counter({kind: 1})
    typed = []
    for span in spans:
        best = votes[lx.name_key(span.text)].most_common(1)[0][0]
        typed.append(span if best == span.label_ else Span(span.doc, span.start, span.end, best))
    return typed


def _name_lists(spans: list[Span]) -> list[list[Span]]:
    """Runs of names that only commas, "and" and "or" part: "ChartQA, CharXiv and ...". Read
    from the words, not the parse, which often attaches such lists wrongly. A name after a bare
    comma must go on to another joint ("On FDDB and WIDER FACE, Face R-FCN achieves" ends
    the list before its subject), and a name that modifies the next word ("IBP bounds") is
    no item."""
    runs: list[list[Span]] = []
    for span in spans:
        if not _list_item(span):
            runs.append([])
            continue
        last = runs[-1][-1] if runs and runs[-1] else None
        between = [t.lower_ for t in span.doc[last.end : span.start]] if last else []
        if between[:1] and VERSION.fullmatch(between[0]) and len(between) > 1:
            between = between[1:]  # "XTTS-v2, StyleTTS 2 and F5-TTS": a version the name
            # was found without
        if between and set(between) <= LIST_JOINERS and not span[0].is_sent_start and (
                set(between) != {","} or _joint_after(span)):
            runs[-1].append(span)
        else:
            runs.append([span])
    return [run for run in runs if len(run) > 1]


def _list_item(span: Span) -> bool:
    """A name written with a capital ("Objaverse", "ScanNet++"), not a phrase of common
    words ("memorization"), and no modifier of the word after it."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return span.text[0].isupper() and (
        after is None or after.pos_ not in {"NOUN", "PROPN"})


def _joint_after(span: Span) -> bool:
    """True if a joiner or a closing bracket follows the name ("(e.g., PlanBench,
    TravelPlanner)": a bracket's list ends with it)."""
    doc = span.doc
    return span.end < len(doc) and (doc[span.end].lower_ in LIST_JOINERS
                                     or doc[span.end].text == ")")


def _listed_between(spans: list[Span], generic: Container[str],
                    languages: Container[str]) -> list[Span]:
    """Spans with the capitalised words listed among names of one type that nothing else
    found: "Sora, Kling, CogVideoX and HunyuanVideo", "(Contriever, E5-large)"; the word takes
    its neighbours' type."""
    added = []
    for i, span in enumerate(spans):
        doc = span.doc
        after = spans[i + 1] if i + 1 < len(spans) else None
        before = spans[i - 1] if i else None
        if (after is not None and after.start - span.end == 3 and doc[span.end].text == ","
                and doc[span.end + 2].lower_ in LIST_JOINERS):
            word, mate = doc[span.end + 1], after
        elif (span.start >= 3 and doc[span.start - 1].text == ","
                and doc[span.start - 3].lower_ in {"(", "including", "as", "like"}
                and (before is None or before.end <= span.start - 3)
                and _joint_after(span)):
            word, mate = doc[span.start - 2], span
        elif (last := _last_item_after(span, before)) is not None and (
                after is None or after.start > last.i):
            word, mate = last, span
        elif ((pair := _paired_word(span)) is not None and (after is None or after.start > pair.i)
              or (pair := _paired_before(span)) is not None and (
                  before is None or before.end <= pair.i)):
            word, mate = pair, span  # "Open-Sora and Latte", "on Hypersim and Virtual KITTI"
        else:
            continue
        if after is not None and mate is after and after.label_ != span.label_:
            continue
        if word.is_title and word.is_alpha and not word.is_stop and not word.is_sent_start and (
                len(word) >= 3 and lx.name_key(word.text) not in generic
                and word.text not in languages):  # "languages like German, ..."
            end = _title_compound_end(word)
            while mate.label_ == "Model" and end < len(doc) and (
                    VERSION.fullmatch(doc[end].text) or is_variant_word(doc[end].text)):
                end += 1  # "GPT-4o, Claude 3.5 Sonnet and Prometheus 2": its version
            added.append(Span(doc, word.i, end, mate.label_))
    return sorted([*spans, *added], key=lambda s: s.start)


def _paired_word(span: Span) -> Token | None:
    """The one word after "and" that a model or a data set is paired with, where it ends the
    phrase: "Open-Sora and Latte", "ImageNet and Places"."""
    doc, i = span.doc, span.end
    if span.label_ not in EDITIONED or i + 1 >= len(doc) or doc[i].lower_ not in {"and", "or"}:
        return None
    end = _title_compound_end(doc[i + 1])  # "WritingBench and Arena-Write"
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.pos_ in {"NOUN", "PROPN"} or nxt.text in HYPHENS
                            or not doc[end - 1].whitespace_ and not nxt.is_punct):
        return None
    return doc[i + 1]


def _paired_before(span: Span) -> Token | None:
    """The one word before "and" that a model or a data set is paired with, right after a
    preposition: "trained on Hypersim and Virtual KITTI"."""
    doc, i = span.doc, span.start
    if span.label_ not in EDITIONED or i < 3 or doc[i - 1].lower_ not in {"and", "or"}:
        return None
    return doc[i - 2] if doc[i - 3].pos_ == "ADP" and doc[i - 3].dep_ == "prep" else None


def _last_item_after(span: Span, before: Span | None) -> Token | None:
    """The one capitalised word that ends a list of names after "and" or "or": "GPT-4o,
    Claude 3.5 Sonnet and Prometheus 2" (the span, listed after another name, is the item
    before it); none where the word goes on into a longer name ("... and Natural Questions")."""
    doc, i = span.doc, span.end
    if before is None or before.end != span.start - 1 or doc[span.start - 1].text != ",":
        return None
    i += i < len(doc) and doc[i].text == ","
    if i + 1 >= len(doc) or doc[i].lower_ not in {"and", "or"}:
        return None
    end = _title_compound_end(doc[i + 1])  # "..., UltraFeedback and Skywork-Reward-Preference"
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.text[:1].isupper() or nxt.pos_ == "PROPN" or nxt.text in HYPHENS
                            or not nxt.whitespace_ and nxt.i + 1 < len(doc)
                            and doc[nxt.i + 1].text in HYPHENS):
        return None
    return doc[i + 1]


def _title_compound_end(word: Token) -> int:
    """Where the Title Case words the word opens, joined by hyphens, end: after "Preference"
    of "Skywork-Reward-Preference"; after the word itself if no hyphen follows it."""
    doc, end = word.doc, word.i + 1
    while end + 1 < len(doc) and doc[end].text in HYPHENS and not (
            doc[end - 1].whitespace_ or doc[end].whitespace_) and (
            doc[end + 1].is_title and doc[end + 1].is_alpha):
        end += 2
    return end


def _typed_like_listed(spans: list[Span], known: dict[str, lx.Entry],
                       defined: Container[str],
                       stem: Callable[[str], lx.Entry | None] = lambda _: None) -> list[Span]:
    """A name listed with known names of one type takes that type: in "on ChartQA, CharXiv and
    ...", "PubChem and ZINC", the NER's or the context's guess for the unknown name yields to
    what its list-mates are; not a variant of a known name (stem: its entry), which has the
    type of that ("training GPT-2 on OpenWebText and ViT-B/16 on ImageNet")."""
    retyped = {}
    for run in _name_lists(spans):
        sure = [known[key].type for s in run if _listed(key := lx.name_key(s.text), known,
                                                         defined) and not _other_acronym(s, known)]
        sure += [entry.type for s in run if lx.name_key(s.text) not in known
                 and (entry := stem(s.text)) is not None]  # "ZINC22" is ZINC's
        sure += ["Dataset" for s in run if lx.name_key(s.text) not in known
                 and _named_as_data(s.text)]  # "built from MMDU and ConvBench"
        kinds = set(sure)
        if len(kinds) != 1:
            continue
        kind = kinds.pop()
        for span in run:
            key = lx.name_key(span.text)
            unknown = key not in known and key not in defined and span.label_ != kind and (
                stem(span.text) is None)
            misread = len(sure) >= 2 and _other_acronym(span, known) and known[key].type != kind
            if unknown or misread:
                retyped[span.start] = Span(span.doc, span.start, span.end, kind)
    return [retyped.get(s.start, s) for s in spans]


def _named_as_data(text: str) -> bool:
    """A name whose ending says it is data: "IMO-AnswerBench", "TruthfulQA", "Seed-TTS-eval",
    "PartiPrompts"."""
    return "Bench" in text or text.endswith(("QA", "Eval", "-eval", "Prompts"))


def _other_acronym(span: Span, known: dict[str, lx.Entry]) -> bool:
    """True if the span is an acronym the word lists know only as another name's short form,
    which may stand for something else: "GQA" (grouped-query attention) listed among data
    sets, "VQAv2, GQA and TextVQA", is the data set."""
    entry = known.get(lx.name_key(span.text))
    return entry is not None and span.text.isupper() and len(span.text) <= 5 and (
        span.text != entry.name and " " in entry.name)


def spoken_text(span: Span) -> str:
    """A span's text without an acronym defined inside it: "out-of-domain generalization" of
    "out-of-domain (OOD) generalization"."""
    compound = acronym_compound(span)
    return compound[0] if compound else span.text


def acronym_compound(span: Span) -> tuple[str, str] | None:
    """The (long, short) names of a term with an acronym defined inside it: ("out-of-domain
    generalization", "OOD generalization"); None for any other span."""
    opening = _defined_inside(span)
    if opening is None:
        return None
    doc = span.doc
    rest = doc[opening + 3 : span.end].text
    return f"{doc[span.start : opening].text} {rest}", f"{doc[opening + 1].text} {rest}"


def _defined_inside(span: Span) -> int | None:
    """Where the bracket opens that holds an acronym defined inside the span, words following
    it; None if there is none ("hallucination detection of case (2) hallucinations")."""
    opening = next((t.i for t in span[1:-1] if t.text == "("), None)
    if opening is None or opening + 3 >= span.end or span.doc[opening + 2].text != ")":
        return None
    shorts = {short.start for _, short in span.doc._.kg_abbreviations}
    return opening if opening + 1 in shorts else None


def _parts(ent: Span, shorts: dict[int, Span]) -> list[Span]:
    """An entity as the names it holds: "Penn Discourse TreeBank (PDTB)" is a long form and
    its acronym; "MaskLLM: Learnable Sparsity" (a title) is cut at the colon."""
    doc = ent.doc
    for i in range(ent.start + 1, ent.end):
        if doc[i].pos_ == "VERB" and doc[i].dep_ in {"acl", "relcl", "advcl"} and (
                doc[i - 1].whitespace_) and not (
                i == ent.end - 1 and doc[i].is_title and doc[i].lower_ in TASK_HEADS) and any(
                t.text[:1].isupper() for t in doc[i:ent.end]):
            # "LLMs taken from the Open LLM Leaderboard": a name after a clause's verb (not
            # a title's "Unified Document Parsing", which the parser may read so)
            return _split(ent, i, i + 1, shorts)
        if _description_after_name(doc, ent.start, i, ent.end):
            return [doc[ent.start : i]]  # "Open LLM Leaderboard on texts from ..."
        if _linking_preposition(doc[i]):
            # "Dataset Distillation through Alignment", "priming beyond arithmetic": two names
            return _split(ent, i, i + 1, shorts)
        if doc[i].pos_ == "CCONJ" and i + 1 < ent.end and _joins_names(
                doc[i - 1].text, doc[i + 1 : _word_end(doc, i + 2)].text):
            return _split(ent, i, i + 1, shorts)  # "GD or SGD", "... Suite and m-ArenaHard"
        if doc[i].text in BREAKING_DASHES or doc[i].text in {",", ";"}:
            # "three metrics--abstention rate, ...", "GPQA Diamond, LiveCodeBench": two
            return _split(ent, i, i + 1, shorts)
        if doc[i].text in DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_ and (
                i + 1 < ent.end and doc[i + 1].is_lower and _running_text(doc)):
            return _parts(doc[ent.start : i], shorts)  # "interpretability work - attempting
            # to ...": a spaced dash opens a gloss of what comes before it (in running text;
            # pre-tokenised text spaces every hyphen: "fine - tuning")
        dash = _apposition_dash(doc, i)
        if dash or doc[i - 1].lower_ in LISTING_WORDS and doc[i].text[:1].isupper() and not (
                _hyphen_glued(doc, i - 2)):
            # "a recipe - PrISM - for"; "coding benchmarks HumanEval": two names (not
            # "Multi-task Network Cascades")
            return _split(ent, i, i + dash, shorts)
        short = shorts.get(i)
        if short is not None and doc[i - 1].text == "(" and short.end <= ent.end:
            rest = doc[min(short.end + 1, ent.end) : ent.end]  # after the ")"
            if all(t.is_lower for t in rest):
                rest = rest[:0]  # "(PDTB) corpus": the head word belongs to the long form
            parts = [doc[ent.start : i - 1], short, *_parts(rest, shorts)]
            return [p for p in parts if len(p)]
        if doc[i].text == ":" or doc[i].text == "/" and not (
                doc[i - 1].whitespace_ or doc[i].whitespace_):  # "DPO/SimPO": two names
            if doc[i].text == "/" and i == ent.start + 1 and not is_name_shaped(
                    doc[ent.start].text) and " " in doc[i + 1 : ent.end].text:
                return _parts(doc[i + 1 : ent.end], shorts)  # "Fast/Faster R-CNN": the
                # first word names nothing without the words it shares
            return _split(ent, i, i + 1, shorts)
        if doc[i].lower_ == "of" and i + 1 < ent.end and doc[i + 1].text[:1].isupper() and all(
                t.is_lower for t in doc[ent.start : i]):  # "dynamic compression of Llama"
            return _split(ent, i, i + 1, shorts)
    return [ent]


def _joins_names(before: str, after: str) -> bool:
    """True if a conjunction between these words joins two names: both name-shaped, or one
    name-shaped and the other capitalised (not "Tanks and Temples", one name)."""
    shaped = is_name_shaped(before), is_name_shaped(after)
    capital = before[:1].isupper(), after[:1].isupper()
    return all(shaped) or shaped[0] and capital[1] or shaped[1] and capital[0]


def _split(ent: Span, cut: int, resume: int, shorts: dict[int, Span]) -> list[Span]:
    """The names before cut and those _parts finds from resume on (the words between go)."""
    doc = ent.doc
    return [p for p in (doc[ent.start : cut], *_parts(doc[resume : ent.end], shorts)) if len(p)]


def _apposition_dash(doc: Doc, i: int) -> bool:
    """A spaced dash that opens a name in apposition: "a recipe - PrISM - for"; not the
    hyphens of pre-tokenised text ("Bi - LSTM - CRF", "state - of - the - art")."""
    if doc[i].text not in DASHES or not (doc[i - 1].whitespace_ and doc[i].whitespace_):
        return False
    if doc[i].text != "-":
        return True  # an en or em dash is never a hyphen
    after = doc[i + 1 : i + 5]
    closing = next((t.i for t in after if t.text in DASHES), None)
    return (doc[i - 1].is_lower and len(doc[i - 1]) >= 3 and len(after) > 0
            and after[0].text[:1].isupper() and closing is not None
            and doc[closing - 1].whitespace_ and bool(doc[closing].whitespace_))


def _description_after_name(doc: Doc, start: int, i: int, end: int) -> bool:
    """True at a preposition between a capitalised name and lower-case words: "the Open LLM
    Leaderboard on texts from ..." (not "Learning from Human Feedback")."""
    if doc[i].pos_ != "ADP" or doc[i].lower_ == "of":
        return False
    name = [t for t in doc[start:i] if not (t.is_punct or _leading_noise(t))]
    rest = [t for t in doc[i + 1 : end] if not t.is_punct]
    return bool(name) and all(t.text[:1].isupper() or t.like_num for t in name) and bool(
        rest) and all(t.is_lower or t.like_num for t in rest)


def _title_about_data(doc: Doc) -> bool:
    """True if the title says it presents data: "... Benchmarking LLMs' ...", "A Dataset for"."""
    return any(t.lower_.startswith(("benchmark", "dataset", "corpus", "corpora"))
               and (t.dep_ != "compound" or t.lower_ == "benchmarking")  # not "Dataset Pruning"
               for t in doc[: title_end(doc)])


def _linking_preposition(token: Token) -> bool:
    """A spaced preposition that links two things rather than naming part of one: "X through
    Y", "X for Y", "X with Y" (not "of": "Mixture of Experts"; not "text-to-image")."""
    return (token.pos_ == "ADP" and token.lower_ in LINKING_PREPOSITIONS
            or token.lower_ in TITLE_LINKS and token.is_title
            ) and bool(token.whitespace_) and bool(token.nbor(-1).whitespace_)


def _gerund_phrase(span: Span) -> bool:
    """"Editing Models", "Aligning LLMs": a verb's "-ing" form and its plural object, which
    says what is done to things and names none."""
    return len(span) == 2 and span[0].lower_.endswith("ing") and (
        span[1].tag_ in {"NNS", "NNPS"} or span[1].lower_.endswith("s"))


def _title_clause(name: Span) -> bool:
    """"Reward Models Disagree", "Whisper-Tiny Goes Multilingual": a title's part before its
    colon that is a sentence, a subject and its capitalised verb, names nothing (not "U-Net",
    whose "U" the parser may take for the subject of "Net")."""
    return any(t.dep_ in {"nsubj", "nsubjpass"} and name.start <= t.head.i < name.end
               and t.head.text[:1].isupper()
               and (t.head.tag_ in {"VB", "VBZ", "VBP", "MD"} or t.tag_ in {"NNS", "NNPS"})
               for t in name)


def _before_title_colon_bounds(doc: Doc) -> tuple[int, int] | None:
    """Start and end of the part before the title's colon, after a leading article ("The
    Reversal Curse: ..."), or None for a title without a colon."""
    colon = next((t.i for t in doc[: title_end(doc)] if t.text == ":"), None)
    if colon is None:
        return None
    return (1 if doc[0].pos_ == "DET" else 0), colon


def _before_title_colon(doc: Doc, span: Span) -> bool:
    """"SeerAttention: Learning ..." — a name that is the whole part before the title's colon;
    not a phrase that places a topic ("Knowledge Editing at Scale:", "Reasoning in the Wild:")."""
    if span.start > 1:  # (the part starts at 0, or at 1 after an article)
        return False
    bounds = _before_title_colon_bounds(doc)
    return bounds is not None and span.start in {0, bounds[0]} and span.end == bounds[1] and (
        not any(t.lower_ in {"at", "in", "under", "beyond", "without", "across"} and t.is_lower
                for t in span))


def _same_words_before(doc: Doc, start: int, title_start: int) -> int:
    """How many words before a term the title and the abstract share, where the parse left
    them out of its chunk: "we propose quantized densely connected U-Nets" under the title
    "Quantized Densely Connected U-Nets for ..." (the parser reads "quantized" as a verb);
    adjectives, nouns and participles only, not "we transmit behavioral traits"."""
    back = 0
    while (title_start - back > 0 and _is_word(doc[title_start - back - 1])
           and doc[title_start - back - 1].lower_ == doc[start - back - 1].lower_
           and doc[start - back - 1].tag_ in {"VBN", "JJ", "JJR", "NN", "NNS", "NNP"}):
        back += 1
    return back


def _title_means(doc: Doc, span: Span) -> bool:
    """"Improving Length-Generalization in Transformers via Task Hinting": a capitalised name
    that ends the title after "via", "through" or "by" is how the paper does what it says."""
    end = title_end(doc)
    while end > span.end and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    before = doc[span.start - 1].lower_ if span.start >= 1 else ""
    named = " " not in span.text and is_name_shaped(span.text)
    return (span.end == end and (before in TITLE_MEANS or before == "with" and named)
            and span.text[:1].isupper() and span[0].lower_ not in MODIFYING_WORDS)
    # (not "... Using Improved Faster RCNN": a variant of a known one; "... with SubTuning",
    # a name, but not "... with Few Labels")


def _object_of_proposing_verb(span: Span, ours: frozenset[str] | set[str] = frozenset()) -> bool:
    """"we propose X" / "This paper introduces X" / "our framework introduces X" / "a method
    called X"; ours: keys of names already known to be the paper's own."""
    previous = span.doc[span.start - 1] if span.start else None
    if previous is not None and previous.lower_ in {"a", "an"} and span.start >= 2:
        previous = span.doc[span.start - 2]  # "This architecture, called a Feature ..."
    if previous is not None and previous.lower_ in NAMING_WORDS:
        # not "a field dubbed X" (by others); "a method is proposed, called X" is ours, and
        # so are "the proposed architecture, called X" and "This architecture, called X"
        described = [*previous.head.children, *(w for c in previous.children
                                                  if c.dep_ == "nsubj" for w in c.children)]
        the_artefact = previous.head.lemma_ in ARTEFACTS and previous.i > 0 and (
            previous.doc[previous.i - 1].text == ",")  # "The method, called Mask R-CNN,"
        return _says_we(span.sent) or any(_passive_proposal(t) for t in span.sent) or any(
            c.lower_ in {"proposed", "our", "new", "novel", "this"}
            or c.lower_ == "the" and the_artefact for c in described)
    child = _head(span)
    if child.pos_ == "VERB" and child.i == span.start < span.end - 1:
        return False  # a misparse: "supervised" of "supervised fine-tuning" read as a verb
    if _subject_after_proposal(child, previous) or _right_after_we_propose(span):
        return True
    if child.dep_ == "pobj" and child.head.lower_ == "of" and child.head.head.lemma_ in {
            "task", "problem"}:
        child = child.head.head  # "we propose the task of X": X is the new task
    elif child.dep_ == "pobj" and child.head.lower_ == "as" and _proposing(child.head.head):
        child = next((c for c in child.head.head.children if c.dep_ == "dobj"), child)
        # "we release the evaluation suite as X": X names the object
    elif child.dep_ == "pobj" and child.head.lower_ == "as" and child.head.head.dep_ == "dobj" and (
            _proposing(child.head.head.head)):
        child = child.head.head  # "we release the ratings as X" (the parser hangs "as" on
        # the object)
    for token in child.ancestors:
        if child.dep_ not in OBJECT_PATH or _misjoined(child, token) or _acts_on(child) or (
                _verb_between(child)):
            break
        noun, child = child, token
        # "We present X": the tagger sometimes reads "present" as an adjective with an object
        verb = token.pos_ == "VERB" or any(c.dep_ == "dobj" for c in token.children)
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        our_name = any(_our_subject(s, ours)
                       or s.lemma_ in ARTEFACTS and any(c.lower_ == "this" for c in s.children)
                       and bool(ours)
                       for s in subjects)  # "BOSE introduces X", "our method includes X",
        # "This approach combines X" after a proposal
        if verb and _proposing(token) and _a_record(noun):
            return False  # "our model establishes a new state-of-the-art BLEU score": a result
        if verb and (_proposing(token) or token.lemma_ in COMPONENT_VERBS and our_name):
            by_us = our_name or any(_speaks_for_us(s) for s in subjects)
            passive_ours = token.tag_ == "VBN" and not subjects
            # "we are the first to propose X"
            first = token.dep_ == "relcl" and token.head.lower_ == "first"
            # "we study X and propose Y", "X improves A and proposes Y", "X extends A by
            # introducing Y"; not "finetuning can introduce X, but introduce Y"
            head_subjects = _clause_subjects(token) if not subjects else []
            linked = bool(head_subjects) and all(
                _speaks_for_us(c) or _subject_key(c) in ours for c in head_subjects)
            # (not "..., exceeding X and creating Y": a participle's subject is no one's)
            return by_us or passive_ours or first or linked
        if token.pos_ == "VERB" and token.lower_ not in NAMING_WORDS:
            return False
    return False


def _counted_by_variable(span: Span) -> bool:
    """"a transformer with L layers", "K experts": a variable letter counting common nouns."""
    first = span[0].text
    return len(span) >= 2 and len(first) == 1 and first.isupper() and first not in {"A", "I"} and (
        all(t.is_lower for t in span[1:]))


def _counted_collection(noun: Token) -> bool:
    """"a set of 6,000 chart pairs", "a collection of 1.2M images": a counted collection of
    examples is data (not "a set of techniques")."""
    return noun.lower_ in COLLECTION_WORDS and any(
        of.lower_ == "of" and any(any(n.dep_ == "nummod" and any(ch.isdigit() for ch in n.text)
                                      for n in item.children) for item in of.children)
        for of in noun.children)


def _holds_records(noun: Token) -> bool:
    """"an exam with 763 questions", "a suite with 1,200 annotated examples": a thing said to
    hold a counted number of records is data (not "a model with 12 layers")."""
    return any(w.lower_ == "with" and any(
        item.lemma_ in RECORDS and any(_counted_items(n) for n in item.children)
        for item in w.children) for w in noun.children)


def _counted_items(number: Token) -> bool:
    """True if the number counts a plural of things a data set holds: "9,000 referring
    expressions", not "12 layers" or "8 GPU hours" (the parts or cost of a method)."""
    return number.like_num and any(ch.isdigit() for ch in number.text) and (
        number.dep_ == "nummod" and number.head.tag_ == "NNS"
        and number.head.lemma_ not in {"parameter", "layer", "hour", "day", "step", "epoch",
                                       "second", "minute", "gpu", "head", "block"})


def _counted_contents(description: Span) -> bool:
    """"comprising 9,800 question-answer pairs", "containing 1.2M images", "consisting of 500
    dialogues": what is said to hold a counted number of items is data."""
    words = [t for t in description[:4] if t.lower_ != "of"]
    return len(words) >= 2 and words[0].lemma_ in {"comprise", "contain", "consist"} and (
        words[1].like_num and any(ch.isdigit() for ch in words[1].text))


def _right_after_we_propose(span: Span) -> bool:
    """"We present DynaSplat, which ...": a name right after "we" and a proposing verb is its
    object, however the parser reads "present" (here an adjective, the name "we"'s
    apposition)."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lemma_ in PROPOSING_VERBS and doc[i - 1].tag_ != "VBN" and (
        doc[i - 2].lower_ == "we") and (span.text[:1].isupper() or is_name_shaped(span.text))
    # ("we build vLLM", whose capitals inside it make it a name)


def _subject_after_proposal(head: Token, previous: Token | None) -> bool:
    """A misparse: "We further propose X, a model ..., which improves A and, when used for B,
    raises C" read X as the subject of "raises", though it directly follows "we propose",
    which is left with no object."""
    return head.dep_ in {"nsubj", "nsubjpass"} and previous is not None and (
        previous.pos_ == "VERB" and previous.lemma_ in PROPOSING_VERBS) and not any(
        c.dep_ == "dobj" for c in previous.children) and any(
        c.dep_ == "nsubj" and _speaks_for_us(c) for c in previous.children)


def _a_record(noun: Token) -> bool:
    """A noun said to be a record: "a new state-of-the-art score", "a new record"."""
    words = {t.lower_ for t in noun.doc[noun.left_edge.i : noun.i + 1]}
    return {"state", "art"} <= words or "record" in words or "sota" in words


def _works_by(span: Span, verbs: Container[str] = frozenset({
        "measure", "learn", "estimate", "compute", "combine", "leverage", "exploit", "predict",
        "decompose", "align", "prune", "quantize", "distill", "merge", "optimize", "encode",
        "fuse", "rewrite", "inject", "calibrate", "reweight", "steer", "route", "attach",
        "insert", "replace", "represent", "decode", "tokenize", "compress", "cache", "refine",
        "rank", "retrieve", "mask", "project", "rescale", "schedule"})) -> bool:
    """True if a clause about the name says what it does as a method does: "TOCSIN, which
    measures how ...", "X, which learns each task's adapter" (data contains, covers, asks).
    Only a name: after words in lower case, the clause is often the head's before them ("an
    approach to instruction interpretation that leverages ...")."""
    return not span.text.islower() and any(_acts_on(c) and c.lemma_ in verbs
                                           for c in span.root.children)


def _acts_on(clause: Token) -> bool:
    """True for a relative clause whose "which" or "that" is its subject: in "We propose X,
    which fine-tunes Y", Y is what X acts on, not a second proposal (however the parser tags
    "fine-tunes", or whether it makes the clause an apposition)."""
    return clause.dep_ in {"relcl", "appos"} and any(
        c.lower_ in {"which", "that"} and c.dep_ in {"nsubj", "det"} for c in clause.children)


def _verb_between(noun: Token, verbs: Container[str] = frozenset({
        "test", "evaluate", "compare", "benchmark", "assess", "probe", "use", "analyze",
        "analyse", "study", "prompt"})) -> bool:
    """True for a conjunct after "and" and a verb the tagger read as a noun: "We build X, 1,200
    queries ..., and test Lexis+ AI, Westlaw and GPT-4" does not build what it tests."""
    if noun.dep_ != "conj" or noun.head.i > noun.i:
        return False
    return any(t.lower_ in verbs and noun.doc[t.i - 1].lower_ == "and"
               for t in noun.doc[noun.head.i + 1 : noun.i])


def _misjoined(noun: Token, verb: Token) -> bool:
    """A name the parser joins to a verb, though "and" joins it to the object of another verb
    before it: "We introduce X that unifies diffusion models and Poisson Flow Generative
    Models" does not introduce Poisson Flow Generative Models."""
    if noun.dep_ != "conj" or verb.pos_ != "VERB" or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    joiner = next((t for t in reversed(noun.doc[verb.i + 1 : noun.i]) if t.dep_ == "cc"), None)
    if joiner is None or joiner.i == 0:
        return False
    other = noun.doc[joiner.i - 1]
    return other.dep_ in {"dobj", "pobj"} and other.head.i > verb.i


def _component_of_ours(span: Span, ours: frozenset[str] | set[str]) -> bool:
    """A part the paper's own thing is said to have: "MotionTrans, a framework that includes
    X", "UniX, a method comprising X", "we propose Y, called Ctrl-U, including X and Z"."""
    token = _head(span)
    while token.dep_ in {"conj", "compound", "amod", "nmod"} and token.head.i != token.i:
        token = token.head  # the list's first item
    if token.dep_ == "pobj":  # "including X", "consisting of X"
        verb = token.head if token.head.lower_ == "including" else token.head.head
    elif token.dep_ == "dobj":
        verb = token.head
    else:
        return False
    if verb.lemma_ not in PART_VERBS or verb.dep_ not in {"acl", "relcl", "prep"}:
        return False  # (not "an algorithm that combines an existing method with X")
    owner = verb.head
    while owner.dep_ == "acl" and owner.pos_ == "VERB":
        owner = owner.head  # "Y, called Ctrl-U, including X": Y
    return (_subject_key(owner) in ours
            or owner.dep_ == "appos" and _subject_key(owner.head) in ours
            or _object_of_proposing_verb(owner.doc[owner.i : owner.i + 1], ours))


def _proposing(verb: Token) -> bool:
    """A proposing verb, or one joined to a proposing verb whose object it shares: "creating
    and releasing X"."""
    return verb.lemma_ in PROPOSING_VERBS or verb.lemma_ == "put" and any(
        c.lower_ == "forward" for c in verb.children) or (  # "we put forward X"
        verb.dep_ == "conj" and verb.head.lemma_ in PROPOSING_VERBS
        and not any(c.dep_ == "dobj" for c in verb.head.children))


def _clause_subjects(verb: Token) -> list[Token]:
    """The subjects a subject-less verb shares with the verb it is joined to: "we study X
    and propose Y", "X extends A by introducing Y", "we build on A to create Y"."""
    for _ in range(3):
        if verb.dep_ == "conj" and verb.tag_ in {"VB", "VBP"} and verb.head.dep_ in {
                "ccomp", "advcl"} and (verb.head.tag_ == "VBZ" or _no_agent(verb.head)):
            verb = verb.head.head  # "we find that X ignores A, and propose Y": "propose" is
            # not X's (it does not agree), but that of the verb X's clause is the object of
        elif verb.dep_ in {"xcomp", "conj"} or verb.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            verb = verb.head  # (a purpose: "we build on LLaVA to create X")
        elif verb.dep_ == "pcomp" and verb.head.lower_ == "by":
            verb = verb.head.head
        else:
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
    return []


def _no_agent(verb: Token) -> bool:
    """True if the verb's subject is a thing that proposes nothing: "we find that loss spikes
    drive the divergence and propose X" ("propose" is ours, however the parser joins it)."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_ not in ARTEFACTS
               and not any(d.lower_ in {"our", "this"} for d in c.children)
               for c in verb.children)


def _speaks_for_us(subject: Token) -> bool:
    """"we", "I", "this paper / work / study", "our work" (not "a recent study")."""
    return subject.lower_ in {"we", "i"} or subject.lower_ in {"paper", "work", "study"} and any(
        c.lower_ in {"this", "our"} for c in subject.children)


def _adopted(span: Span) -> bool:
    """True if the authors say they take the name up: "we adapt X", "our work builds on top
    of X" (so a title's "... via X" is their means, not their invention)."""
    token = _head(span)
    while token.dep_ in {"conj", "compound", "appos"} and token.head.i < token.i:
        token = token.head
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ == "top":
        verb = verb.head.head  # "on top of X"
    if token.dep_ == "pobj" or verb.lower_ in {"on", "upon"}:
        verb = verb.head if verb.lower_ in {"on", "upon"} and verb.head.lemma_ == "build" else None
    elif token.dep_ != "dobj" or verb.lemma_ not in ADOPTING_VERBS:
        verb = None
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or _clause_subjects(verb)
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "Building on X, we"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(_speaks_for_us(s) for s in subjects)


def _subject_key(token) -> str:
    """The name key of a subject with its compound words: "the Mask-Step model" → its key."""
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.pos_ != "DET"]
    return lx.name_key(" ".join(t.text for t in words))


def _named_as_new(doc: Doc, span: Span) -> bool:
    """"X, a novel approach ..." / "X: a new measure of ..." / "X, our proposed model" / "X
    is a novel ..." / "a new dataset, X" — an apposition or a copula that says the name is
    new, or ours."""
    if _after_new_kind(span):
        return True
    words = [t.lower_ for t in doc[span.end : span.end + 4]]
    return len(words) >= 3 and (words[0] in {",", ":"} and (
        words[1] in {"a", "an"} and words[2] in NEW_WORDS  # "X, a simple strategy" may be
        or words[1] == "our" and _closed_description(doc, span.end + 2))  # anyone's
        or words[0] in {"is", "are"} and words[1] in {"a", "an"} and words[2] in NEW_WORDS
        and span.root.dep_ == "nsubj")


def _after_new_kind(span: Span) -> bool:
    """"a new thermal segmentation dataset, ThermoSeg-10K", "we introduce a metric, X, that":
    a name in apposition right after a kind of thing said to be new, or introduced, names the
    new thing."""
    doc, i = span.doc, span.start - (span.start >= 1 and span.doc[span.start - 1].lower_ == "the")
    if i >= 3 and doc[i - 1].lower_ in SPECIFIC_HEADS and doc[i - 2].lower_ in NOVELTY:
        return _introduced_kind(doc[i - 1])  # "on our new benchmark RippleQA"
    if i < 3 or doc[i - 1].text != "," or not (doc[i - 2].is_alpha and doc[i - 2].is_lower):
        return False
    closed = span.end >= len(doc) or doc[span.end].text in APPOSITION_ENDS
    return closed and _introduced_kind(doc[i - 2])


def _introduced_kind(kind: Token) -> bool:
    """A noun that "a new", "a novel", or a proposing verb before its article introduces, or
    "our" owns: "a new thermal segmentation dataset", "we introduce a memory capacity
    measure", "our new benchmark"."""
    doc, i = kind.doc, kind.i - 1
    while i > kind.i - 5 and i >= 0 and doc[i].lower_ not in {"a", "an", "our"}:
        if not (doc[i].is_lower and doc[i].is_alpha or doc[i].text in HYPHENS
                or SIZE.match(doc[i].text) or any(
                    SIZE.match("".join(t.text for t in doc[j : j + 2]))
                    for j in range(max(i - 1, 0), i + 1))):
            # ("a 300M-parameter graph transformer", "our 300M model": "300" "M")
            return False
        i -= 1
    if i >= 0 and doc[i].lower_ == "our":
        return True  # "our new benchmark", "our dataset"
    if i < 1 or doc[i].lower_ not in {"a", "an"}:
        return False
    words = {t.lower_ for t in doc[i + 1 : kind.i]}
    verb = doc[i - 1]  # (what we pretrain is new: "we pretrain a graph transformer, MolGT,")
    proposing = verb.lemma_ in PROPOSING_VERBS or verb.lower_ in {"pretrain", "pre-train"}
    return bool(words & NOVELTY) or proposing and (
        verb.pos_ == "VERB" or verb.tag_ in {"VBP", "VBZ", "VBD", "VB"})


def _coined_phrase_end(doc: Doc, start: int) -> int | None:
    """Where a lower-case name of two to five words that an apposition gives ends: at a comma,
    bracket, full stop or relative pronoun; None if the words are no such name ("inspired by
    recent advances", "based on the understanding that")."""
    for end in range(start, min(start + 6, len(doc))):
        token = doc[end]
        if token.text in APPOSITION_ENDS:
            last = doc[end - 1]
            return end if end - start >= 2 and (last.pos_ == "NOUN" or last.tag_ == "VBG") else None
        if not (token.is_lower and token.is_alpha or token.text in HYPHENS) or token.pos_ in (
                CLOSED_CLASS | {"AUX", "ADV"}) or token.tag_ in {"VBN", "VBD", "VBZ", "VBP"}:
            return None
    return None


def _closed_description(doc: Doc, start: int) -> bool:
    """True if a few describing words from start end at a comma, bracket or full stop: "our
    proposed model," of "X, our proposed model, beats"; not "our model obtains" after a
    fronted phrase ("On DSTC2, our model obtains ...")."""
    for token in doc[start : start + 5]:
        if token.text in {",", ".", ")", ";"}:
            return token.i > start
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} and token.tag_ != "VBN":
            return False
    return False


@Language.factory(
    "kg_concepts",
    default_config={"spans_key": "kg_concepts", "lexicons": []},
    requires=["doc._.kg_abbreviations"],
)
def make_concept_recognizer(nlp: Language, name: str, spans_key: str, lexicons: list[str]):
    """Factory so that `nlp.add_pipe("kg_concepts")` works in any English pipeline."""
    return ConceptRecognizer(nlp, name, spans_key, lexicons)
