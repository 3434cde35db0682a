"""Ingest: both page layouts, JSON Lines, CSV, cleaning, ids and rejections."""

from __future__ import annotations

import json

import pytest

from kg.ingest import Columns, detect_format, read_papers
from kg.ingest.text import arxiv_id, clean_text, code_links, paper_id
from kg.model import Paper, Rejection

ABSTRACT_A = ("We propose Widget Attention (WA), a novel attention mechanism for long documents. "
              "It reaches 91% accuracy on the TinyDocs benchmark.")
ABSTRACT_B = ("We study scaling of small transformers on arithmetic tasks and find that length "
              "generalization fails. Code: https://github.com/example/repo.")

COMPACT = f"""Get trending papers in your email inbox once a day!
Get trending papers in your email inbox!
SubscribeWidget Attention: Fast Attention for Long Documents
{ABSTRACT_A}
Small Transformers Count
{ABSTRACT_B}
"""

SPACED = f"""new

Get trending papers in your email inbox!

Subscribe

Daily Papers

byAK and the research community

Apr 20

Widget Attention: Fast Attention for Long Documents

{ABSTRACT_A}

  • 3 authors
·
Oct 31, 2023

Small Transformers Count

{ABSTRACT_B}

  • 16 authors
·
Feb 2 3
"""


def _split(items):
    papers = [i for i in items if isinstance(i, Paper)]
    rejections = [i for i in items if isinstance(i, Rejection)]
    return papers, rejections


def test_compact_layout(tmp_path):
    page = tmp_path / "compact.txt"
    page.write_text(COMPACT)
    papers, rejections = _split(list(read_papers([page])))
    assert rejections == []
    assert [p.title for p in papers] == ["Widget Attention: Fast Attention for Long Documents",
                                         "Small Transformers Count"]
    assert papers[0].abstract == ABSTRACT_A
    assert papers[1].code_links == ("https://github.com/example/repo",)
    assert papers[0].seen_on[0].rank == 1 and papers[1].seen_on[0].rank == 2


def test_spaced_layout_reads_dates_authors_and_upvotes(tmp_path):
    page = tmp_path / "spaced.txt"
    page.write_text(SPACED)
    papers, rejections = _split(list(read_papers([page])))
    assert rejections == []
    first, second = papers
    assert (first.n_authors, first.date, first.upvotes) == (3, "2023-10-31", None)
    # A year-less paper date is in the page's year, one past the latest printed year.
    assert (second.n_authors, second.date, second.upvotes) == (16, "2024-02-02", 3)
    assert first.seen_on[0].page_date == "2024-04-20"
    assert second.abstract == ABSTRACT_B


def test_page_without_any_year_keeps_month_and_day(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(SPACED.replace("Oct 31, 2023", "Oct 31"))
    papers, _ = _split(list(read_papers([page])))
    assert papers[0].seen_on[0].page_date == "--04-20"
    assert papers[0].date is None or papers[0].date.startswith("--")


def test_broken_entry_is_rejected_and_the_rest_kept(tmp_path):
    page = tmp_path / "broken.txt"
    broken = COMPACT.replace(ABSTRACT_B, "Too short.")
    page.write_text(broken + "Third Paper Title\n" + ABSTRACT_A + "\n")
    papers, rejections = _split(list(read_papers([page])))
    assert [p.title for p in papers] == ["Widget Attention: Fast Attention for Long Documents",
                                         "Third Paper Title"]
    assert len(rejections) == 1
    assert rejections[0].source == "broken.txt"
    assert "entry 2" in rejections[0].record and "too short" in rejections[0].reason


def test_jsonl_arxiv_snapshot_and_bad_lines(tmp_path):
    path = tmp_path / "arxiv.jsonl"
    good = {"id": "2106.09685", "title": "LoRA:  Low-Rank\n Adaptation", "abstract": ABSTRACT_A,
            "authors": "Edward Hu, Yelong Shen and Phillip Wallis", "categories": "cs.CL cs.LG",
            "update_date": "2021-10-18"}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "x", "title": "No abstract"}),
             json.dumps([1, 2]), ""]
    path.write_text("\n".join(lines) + "\n")
    items = list(read_papers([path]))
    papers, rejections = _split(items)
    assert len(items) == 4  # the blank line is not a record
    assert papers[0].id == "arxiv:2106.09685"
    assert papers[0].title == "LoRA: Low-Rank Adaptation"
    assert papers[0].authors == ("Edward Hu", "Yelong Shen", "Phillip Wallis")
    assert papers[0].categories == ("cs.CL", "cs.LG")
    assert [r.record for r in rejections] == ["line 2", "line 3", "line 4"]
    assert "not JSON" in rejections[0].reason and "'abstract'" in rejections[1].reason


def test_csv_with_configurable_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text('Paper Title,Summary\n"Widget, Attention","' + ABSTRACT_A + '"\n'
                    'Empty,\n')
    columns = Columns(title="Paper Title", abstract="Summary")
    papers, rejections = _split(list(read_papers([path], columns=columns)))
    assert [p.title for p in papers] == ["Widget, Attention"]
    assert rejections == [Rejection("export.csv", "line 3", "no 'Summary' field")]


def test_csv_missing_column_is_one_clear_rejection(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("name,text\na,b\n")
    (rejection,) = read_papers([path])
    assert rejection.reason == "no column abstract, title"


def test_format_detection(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(COMPACT)
    unknown = tmp_path / "notes.txt"
    unknown.write_text("hello")
    assert detect_format(page) == "hf"
    assert detect_format(tmp_path / "a.jsonl") == "jsonl"
    with pytest.raises(ValueError, match="--format"):
        detect_format(unknown)
    (rejection,) = read_papers([unknown])
    assert rejection.record == "file"


def test_clean_text():
    assert clean_text("componentsx2013such as") == "components–such as"
    assert clean_text("a {\\sc LegendreTron} b") == "a LegendreTron b"
    assert clean_text("rate $\\alpha$ and $\\beta \\neq 0$") == "rate α and β ≠ 0"
    assert clean_text("features (\\eg, mean)") == "features (e.g., mean)"
    assert clean_text("  a\n\tb &amp; c ") == "a b & c"
    assert clean_text("improves by 27.4% over x2013") == "improves by 27.4% over x2013"
    assert clean_text("a finding of~smith2024muon, about ~10%") == (
        "a finding of smith2024muon, about ~10%")  # a LaTeX tie is a space
    assert clean_text("we introduce **harmonic loss**, unlike A* or a ** b * c") == (
        "we introduce harmonic loss, unlike A* or a ** b * c")  # Markdown bold, not stars
    # text and font commands keep their text: arXiv abstracts set names in small capitals
    assert clean_text("Scaling $\\mathtt{F}$Laws of \\textsc{Llama-3-8B} and {\\scriptsize FL}aws "
                      "on $\\mathbb{R}^d$") == "Scaling FLaws of Llama-3-8B and FLaws on R^d"


def test_ids_are_stable_and_arxiv_first():
    assert paper_id("LoRA: Low-Rank Adaptation") == paper_id("lora low rank adaptation")
    assert paper_id("Any", arxiv_id("arXiv:2106.09685v2")) == "arxiv:2106.09685"
    assert arxiv_id("not an id") is None
    assert code_links("see https://x.org/a. and http://y.io/b),") == ("https://x.org/a",
                                                                     "http://y.io/b")
