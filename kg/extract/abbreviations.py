"""Acronym definitions ("Low-Rank Adaptation (LoRA)") found with the Schwartz–Hearst algorithm.

A. S. Schwartz and M. A. Hearst (2003), "A simple algorithm for identifying abbreviation
definitions in biomedical text", Pacific Symposium on Biocomputing 8:451-462. A short form in
parentheses is matched character by character, right to left, against the words before it;
the first character of the short form must start a word of the long form. The inverse order,
"LoRA (low-rank adaptation)", is tried as well, as the paper suggests, and so is the spelled-out
"Leave-One-Out K-Nearest-Neighbor, or LOOK for short", and a title's or a naming phrase's
"IDER: IDempotent Experience Replay"; a whole title whose initials spell an acronym the abstract
uses undefined is its long form.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

if not Doc.has_extension("kg_abbreviations"):
    Doc.set_extension("kg_abbreviations", default=[])

MAX_SHORT_TOKENS = 3
TITLE_TOKENS = 80  # no title is longer; a line break further on starts no abstract
_TITLE_END = ("kg", "title_end")
_DIGIT_WORD = re.compile(r"(?<=[A-Za-z])[24](?=[A-Za-z])")  # "2" for "to", "4" for "for"
_REPEATED_LETTER = re.compile(r"[A-Za-z][23](?![0-9A-Za-z])")  # "S2-Attn": two S-words
NAMING_WORDS = {"called", "named", "dubbed", "termed", "coined"}  # what comes after is a name


EXAMPLE_MARKERS = ("e.g", "i.e", "cf.")


def is_short_form(text: str) -> bool:
    """Schwartz–Hearst's test for a short form: 2 to 10 characters, a letter, an alnum start."""
    return (
        2 <= len(text) <= 10
        and any(ch.isalpha() for ch in text)
        and text[0].isalnum()
        and len(text.split()) <= 2
        and not text.islower()  # a lower-case word in brackets is a gloss, not an acronym
        and not text.lower().startswith(EXAMPLE_MARKERS)  # "(e.g. BART)" gives an example
    )


def long_form_start(short: str, candidate: str) -> int | None:
    """Start offset in candidate of the shortest long form that short abbreviates, or None.

    >>> long_form_start("LoRA", "we use Low-Rank Adaptation")
    7
    """
    s_index = len(short) - 1
    l_index = len(candidate) - 1
    while s_index >= 0:
        ch = short[s_index].lower()
        if not ch.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (
            candidate[l_index].lower() != ch
            or (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = candidate.rfind(" ", 0, l_index + 1) + 1
    return start


def _initials_start(short: str, candidate: str) -> int | None:
    """Start offset of the last words of candidate whose initials spell short, or None:
    "Decoupling Contrastive Decoding" for DCD, where the right-to-left character match
    alone would settle on "Decoding" (its "d", "c" and "D")."""
    letters = [ch.lower() for ch in short if ch.isalnum()]
    words = candidate.split(" ")
    if len(letters) > len(words) or not all(words[-len(letters):]):
        return None
    if [w[0].lower() for w in words[-len(letters):]] != letters:
        return None
    return len(" ".join(words[: -len(letters)])) + (len(words) > len(letters))


def _pair(doc: Doc, long_region: Span, short: Span) -> tuple[Span, Span] | None:
    """The (long form, short form) pair if short abbreviates the end of long_region."""
    limit = min(len(short.text) + 5, 2 * len(short.text))  # in words, as the paper counts
    starts = [t for t in long_region if t.i == long_region.start or doc[t.i - 1].whitespace_]
    words = doc[starts[-limit].i : long_region.end] if len(starts) > limit else long_region
    versioned = len(short) > 1 and short[-1].like_num and short[:-1].text.isupper()
    letters = _DIGIT_WORD.sub(lambda m: {"2": "t", "4": "f"}[m.group()],
                              short[:-1].text if versioned else short.text)
    # ("Learning Loss for Active Learning (LL4AL)": a digit between letters says a word)
    # ("the Penn Discourse Treebank (PDTB 3.0)": the release's number spells no word)
    start = _initials_start(letters, words.text)
    if start is None:
        start = long_form_start(letters, words.text)
    if start is None and _REPEATED_LETTER.search(letters):
        start = _initials_start(_part_initials(letters), words.text)
    if start is None:
        return None
    long = doc.char_span(words.start_char + start, words.end_char, alignment_mode="expand")
    if long is not None:
        long = _after_naming_word(long, short)
    if long is not None and _truncated(long, short):
        return long, short  # "the Dependency (Dep) metric": a word cut short
    if long is None or len(long) < 2 and "-" not in long.text or long.text == short.text:
        return None
    if long.text.lower().startswith(short.text.lower()):
        return None  # "ResNet (ResNet-50)": a variant, not a definition
    return long, short


def _part_initials(short: str) -> str:
    """The initials a hyphenated short form's parts stand for, a digit after a letter saying
    it twice or thrice: "SSA" of "S2-Attn" ("shifted sparse attention")."""
    return "".join(part[0] * int(part[1]) if re.fullmatch(r"[A-Za-z][23]", part) else part[0]
                   for part in short.split("-") if part)


def _truncated(long: Span, short: Span) -> bool:
    """True if the short form is the start of a one-word long form, in letters only
    ("Dependency (Dep)"); a longer or numbered short form is a variant ("ResNet-50")."""
    return (len(long) == 1 and short.text.isalpha() and len(short.text) >= 3
            and len(short.text) < len(long.text)
            and long.text.lower().startswith(short.text.lower()))


def _after_naming_word(long: Span, short: Span) -> Span | None:
    """"a method named Efficient Trustworthy Distillation (FIRST)": the name after "named" is
    the long form, spelled out in capitals even where its letters miss some of the short
    form's; the words before it ("further propose a new method named") never are."""
    naming = [t.i for t in long[:-1] if t.lower_ in NAMING_WORDS]
    if not naming:
        return long
    name = long.doc[naming[-1] + 1 : long.end]
    if all(t.text[:1].isupper() for t in name if t.is_alpha):
        return name
    start = long_form_start(short.text, name.text)
    return None if start is None else long.doc.char_span(
        name.start_char + start, name.end_char, alignment_mode="expand")


def _sentence_start(doc: Doc, token) -> int:
    """Where token's sentence starts, or the doc's start when nothing split it into sentences."""
    if not doc.has_annotation("SENT_START"):
        return 0
    start = token.sent.start
    if start >= 2 and doc[start - 1].is_sent_start and doc[start - 2].is_space:
        return start - 1  # the abstract's first word, which the parser may make a sentence
        # ("Segment" of "Segment Anything Model 2 (SAM 2) extends ...")
    return start


def _for_short(doc: Doc, token) -> tuple[Span, Span] | None:
    """"Long Form, or LF for short": token is the "or" after the comma."""
    short = doc[token.i + 1 : token.i + 2]
    after = [t.lower_ for t in doc[token.i + 2 : token.i + 4]]
    if token.i < 2 or doc[token.i - 1].text != "," or after != ["for", "short"]:
        return None
    if not is_short_form(short.text):
        return None
    return _pair(doc, doc[_sentence_start(doc, token) : token.i - 1], short)


def _colon_title(doc: Doc, token) -> tuple[Span, Span] | None:
    """"MEDIDA: Model Error Discovery with Interpretability and Data Assimilation": token is
    the colon; the capitalised words after it must spell the short form from their start."""
    if token.i < 1 or not is_short_form(doc[token.i - 1].text) or not doc[token.i - 1].is_upper:
        return None
    end = token.i + 1
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text in {"-", "‐"}
                              or doc[end].is_stop and doc[end].is_lower and len(doc[end]) <= 4
                              and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
        end += 1
    short = doc[token.i - 1 : token.i]
    # the shortest run that spells it, ending before a preposition or where the capitals end:
    # "IDempotent Experience Replay" of "... for Reliable Continual Learning"
    ends = [t.i for t in doc[token.i + 2 : end] if t.pos_ == "ADP"] + [end]
    for cut in ends:
        run = doc[token.i + 1 : cut]
        found = _pair(doc, run, short) if len(run) >= 2 else None
        if found is not None and found[0].start == run.start:
            return found
    return None


SHORT_FORM_MARKERS = {"or", "i.e.", "ie", "aka", "a.k.a.", "namely", ","}


def find_abbreviations(doc: Doc) -> list[tuple[Span, Span]]:
    """Every (long form, short form) pair defined in doc, in text order."""
    pairs = []
    for token in doc:
        found = (_for_short(doc, token) if token.lower_ == "or"
                 else _colon_title(doc, token) if token.text == ":" else None)
        if found:
            pairs.append(found)
        if token.text != "(":
            continue
        close = next((t.i for t in doc[token.i + 1 : token.i + 8] if t.text.startswith(")")), None)
        if close is None or close == token.i + 1:
            continue
        inside = doc[token.i + 1 : close]
        while len(inside) > 1 and inside[0].lower_ in SHORT_FORM_MARKERS:
            inside = inside[1:]  # "subset finetuning (or SubTuning)", "(i.e., RLHF)"
        before = doc[_sentence_start(doc, token) : token.i]
        while len(before) and before[-1].is_punct:
            before = before[:-1]
        found = None
        if len(inside) <= MAX_SHORT_TOKENS and is_short_form(inside.text) and len(before):
            found = _pair(doc, before, inside)
        elif len(before) and is_short_form(before[-1].text) and len(inside) > 1:
            found = _pair(doc, inside, before[-1:])
        if found:
            pairs.append(found)
    defined = {short.text for _, short in pairs}
    return pairs + _title_initials(doc, defined)


def title_end(doc: Doc) -> int:
    """Where the title ends: at the first line break (kg reads "title\n\nabstract"), or 0
    for a text without one (a sentence, a bare abstract), which then has no title. Kept in
    the doc's user data: the rules ask for it thousands of times a text."""
    end = doc.user_data.get(_TITLE_END)
    if end is None:
        end = doc.user_data[_TITLE_END] = next(
            (t.i + 1 for t in doc[:TITLE_TOKENS] if t.is_space and "\n" in t.text), 0)
    return end


def _title_initials(doc: Doc, defined: set[str]) -> list[tuple[Span, Span]]:
    """"Skill-Targeted Adaptive Training" (a whole title, or a part before or after its
    colon: "Native Sparse Attention: ...") and the abstract's STAT: a title whose words'
    initials spell an acronym the abstract uses but never defines is its long form. Each word
    (and each part of a hyphenated one) gives one initial."""
    end = title_end(doc)
    colons = [t.i for t in doc[:end] if t.text == ":"]
    parts = zip([-1, *colons], [*colons, end], strict=True) if colons else ()
    for start, stop in [(0, end), *((a + 1, b) for a, b in parts)]:
        title = doc[start:stop]
        while len(title) and (title[0].is_punct or title[0].is_space):
            title = title[1:]
        while len(title) and (title[-1].is_punct or title[-1].is_space):
            title = title[:-1]
        words = [t for t in title if t.is_alpha]
        if not 2 <= len(words) <= 8 or not all(t.text[:1].isupper() or t.is_stop
                                               for t in words):
            continue
        initials = "".join(t.text[0] for t in words if t.text[:1].isupper())
        short = next((t for t in doc[end:] if t.text == initials and t.text not in defined
                      and len(t.text) >= 3 and t.is_upper), None)
        if short is not None:
            return [(title, doc[short.i : short.i + 1])]
    return []


class AbbreviationDetector:
    """Sets `doc._.kg_abbreviations` to the (long form, short form) spans defined in the doc."""

    def __init__(self, nlp: Language, name: str = "kg_abbreviations") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_abbreviations = find_abbreviations(doc)
        return doc


@Language.factory("kg_abbreviations")
def make_abbreviation_detector(nlp: Language, name: str) -> AbbreviationDetector:
    """Factory so that `nlp.add_pipe("kg_abbreviations")` works in any English pipeline."""
    return AbbreviationDetector(nlp, name)
