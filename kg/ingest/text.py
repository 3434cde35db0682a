"""Cleaning of titles and abstracts, and the stable paper ids derived from them."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata

# Scraped pages lose the "&#x" of numeric entities and keep "x2013" glued to a word.
_ENTITY_REMNANT = re.compile(r"(?<=[A-Za-z0-9)])x(20[0-9a-fA-F]{2})(?=[A-Za-z0-9(\s]|$)")
_LATEX_SIZES = "tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge"
_LATEX_GROUP = re.compile(
    r"\{\\(?:sc|em|bf|it|tt|rm|sf|sl|textbf|emph|" + _LATEX_SIZES + r")\s+([^{}]*)\}")
_LATEX_TEXT_CMD = re.compile(
    r"\\(?:text(?:bf|it|tt|sc|sf|rm|sl|up|normal)?|emph|underline|mbox|hbox|operatorname"
    r"|math(?:rm|bf|cal|tt|sf|it|bb|frak|scr)|boldsymbol|" + _LATEX_SIZES + r")\{([^{}]*)\}"
)
_LATEX_MATH = re.compile(r"\$([^$]{1,200})\$")
_LATEX_SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "eta": "η",
    "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ",
    "phi": "φ", "omega": "ω", "ell": "ℓ", "infty": "∞", "neq": "≠", "leq": "≤", "geq": "≥",
    "le": "≤", "ge": "≥", "approx": "≈", "sim": "~", "times": "×", "cdot": "·", "pm": "±",
    "rightarrow": "→", "to": "→", "log": "log", "eg": "e.g.", "ie": "i.e.", "etal": "et al.",
    "%": "%", "&": "&", "_": "_",
}
_LATEX_COMMAND = re.compile(r"\\([A-Za-z]+|[%&_])")
_KNOWN_COMMAND = re.compile(
    r"\\(" + "|".join(k for k in _LATEX_SYMBOLS if k.isalpha()) + r")(?![A-Za-z])"
)
_MARKDOWN_BOLD = re.compile(r"\*\*(?=\S)([^*]{1,200}?)(?<=\S)\*\*")  # "we introduce **X**"
_WHITESPACE = re.compile(r"\s+")
_LATEX_TIE = re.compile(r"(?<=\S)~(?=[A-Za-z])")  # a non-breaking space, not "about ~10"
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_ARXIV_ID = re.compile(
    r"^(?:arxiv:)?(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$", re.I
)


def _latex_symbol(match: re.Match[str]) -> str:
    return _LATEX_SYMBOLS.get(match.group(1), match.group(1))


def _latex_math(match: re.Match[str]) -> str:
    body = _LATEX_COMMAND.sub(_latex_symbol, match.group(1))
    return body.replace("{", "").replace("}", "")


def clean_text(text: str) -> str:
    """Return text as a reader sees it: entities decoded, LaTeX markup reduced, spaces folded.

    >>> clean_text("gradientsx2013each of $\\\\alpha$ and {\\\\sc LegendreTron}")
    'gradients–each of α and LegendreTron'
    """
    text = html.unescape(text)
    text = _ENTITY_REMNANT.sub(lambda m: chr(int(m.group(1), 16)), text)
    text = _LATEX_GROUP.sub(r"\1", text)
    text = _LATEX_TEXT_CMD.sub(r"\1", text)
    text = _LATEX_MATH.sub(_latex_math, text)
    text = re.sub(r"\\(eg|ie|etal)\b\.?", lambda m: _LATEX_SYMBOLS[m.group(1)], text)
    text = _KNOWN_COMMAND.sub(_latex_symbol, text)  # commands whose "$" the source already lost
    text = _LATEX_TIE.sub(" ", text)  # "a key finding of~essentialai2025muon"
    text = _MARKDOWN_BOLD.sub(r"\1", text)  # pages' Markdown; not "A*" search
    text = unicodedata.normalize("NFC", text)
    return _WHITESPACE.sub(" ", text).strip()


def code_links(text: str) -> tuple[str, ...]:
    """URLs written in an abstract (code, models, data), without trailing punctuation."""
    links = (url.rstrip(".,;:") for url in _URL.findall(text))
    return tuple(dict.fromkeys(link for link in links if len(link) > len("https://")))


def title_key(title: str) -> str:
    """A title reduced to letters and digits: case, accents and punctuation do not split papers."""
    folded = unicodedata.normalize("NFKD", title).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def arxiv_id(value: str | None) -> str | None:
    """The arXiv identifier (without version) in value, or None if it is not one."""
    if not value:
        return None
    match = _ARXIV_ID.match(value.strip())
    return match.group(1) if match else None


def paper_id(title: str, arxiv: str | None = None) -> str:
    """A paper id that is stable across runs: the arXiv id when known, else a hash of the title."""
    if arxiv:
        return f"arxiv:{arxiv}"
    digest = hashlib.sha1(title_key(title).encode("utf-8")).hexdigest()[:16]
    return f"title:{digest}"
