"""The command line: `kg extract`'s JSON Lines contract and `kg build`'s summary."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.cli import main
from tests.conftest import SHARED

RECORDS = [
    {"id": "r1", "title": "FooNet: Fast Nets",
     "abstract": "We propose FooNet and evaluate it on GSM8K with accuracy as the metric."},
    {"id": 7, "title": "A study", "abstract": "We fine-tune BERT with Low-Rank Adaptation (LoRA)."},
    {"id": "r3", "title": "No abstract"},
]


def test_extract_contract(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\nnot json\n")
    assert main(["extract", "--input", str(path)]) == 0
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line["id"] for line in lines] == ["r1", "7"]
    for line in lines:
        assert set(line) == {"id", "concepts"}
        for concept in line["concepts"]:
            assert set(concept) == {"name", "type", "aliases", "role"}
            assert concept["type"] in {"Method", "Dataset", "Model", "Metric", "Task"}
            assert concept["role"] in {"proposed", "used"}
    first = {(c["name"], c["type"], c["role"]) for c in lines[0]["concepts"]}
    assert {("FooNet", "Model", "proposed"), ("GSM8K", "Dataset", "used"),
            ("accuracy", "Metric", "used")} <= first
    lora = next(c for c in lines[1]["concepts"] if c["name"] == "LoRA")
    assert lora["aliases"] == ["Low-Rank Adaptation"]
    assert "line 3: no 'abstract' field" in captured.err
    assert "line 4: not JSON" in captured.err
    assert "4 records read, 2 written, 2 rejected" in captured.err


def test_eval_abstracts_scores_the_annotated_scirex_abstracts(capsys):
    assert main(["eval", "abstracts", "--systems", "kg", "noun-chunks",
                 "--eval-dir", str(SHARED / "eval")]) == 0
    out = capsys.readouterr().out
    assert "247 papers, 1742 gold concepts" in out
    f1 = {cells[0]: float(cells[6]) for line in out.splitlines() if "| any type |" in line
          for cells in [[c.strip() for c in line.strip("|").split("|")]]}
    assert f1["kg"] > 2 * f1["noun-chunks"]


def test_extract_output_scores_against_annotations(tmp_path, capsys):
    """`kg eval seeds --gold --predictions`: how abstracts kept outside the repository are
    measured, from kg extract's own output and an annotator's list of the same shape."""
    inputs, gold = tmp_path / "in.jsonl", tmp_path / "gold.jsonl"
    inputs.write_text("\n".join(json.dumps(r) for r in RECORDS[:2]) + "\n")
    gold.write_text(json.dumps({"id": "r1", "concepts": [
        {"name": "FooNet", "type": "Method", "aliases": [], "role": "proposed"},
        {"name": "GSM8K", "type": "Dataset", "aliases": [], "role": "used"},
        {"name": "MATH", "type": "Dataset", "aliases": [], "role": "used"}]}) + "\n")
    assert main(["extract", "--input", str(inputs)]) == 0
    predictions = tmp_path / "out.jsonl"
    predictions.write_text(capsys.readouterr().out)
    assert main(["eval", "seeds", "--gold", str(gold), "--predictions", str(predictions)]) == 0
    out = capsys.readouterr().out
    found = next(line for line in out.splitlines() if "| any type |" in line)
    cells = [c.strip() for c in found.strip("|").split("|")]
    assert cells[3] == "3" and cells[6] == "0.667"  # 3 gold concepts, 2 found
    assert "roles (proposed/used) right for 2 of 2" in out


def test_build_prints_summary_and_rejections(tmp_path):
    good = tmp_path / "a.jsonl"
    good.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(good), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, check=True,
    )
    assert "papers: 3 read, 2 accepted (2 distinct, 0 repeats merged), 1 rejected" in result.stdout
    assert "rejected a.jsonl: line 3: no 'abstract' field" in result.stderr
    assert "edges: " in result.stdout and "time: " in result.stdout
    assert (tmp_path / "out" / "index.html").exists()


def test_eval_names_a_missing_folder_or_file_in_one_line(tmp_path, capsys):
    assert main(["eval", "scirex", "--eval-dir", str(tmp_path)]) == 2
    assert f"no folder {tmp_path / 'scirex'}" in capsys.readouterr().err
    missing = tmp_path / "missing.jsonl"
    assert main(["eval", "seeds", "--predictions", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg eval: ") and str(missing) in err and "Traceback" not in err
    assert main(["eval", "tdmsci", "--systems", "kg-all-concepts"]) == 2
    assert "kg-all-concepts is scored on seeds only" in capsys.readouterr().err


def test_usage_errors_exit_non_zero():
    with pytest.raises(SystemExit) as error:
        main(["build"])
    assert error.value.code == 2
