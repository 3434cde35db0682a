"""The command line: `kg extract`'s JSON Lines contract and `kg build`'s summary."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.cli import main

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
    assert {("FooNet", "Method", "proposed"), ("GSM8K", "Dataset", "used"),
            ("accuracy", "Metric", "used")} <= first
    lora = next(c for c in lines[1]["concepts"] if c["name"] == "LoRA")
    assert lora["aliases"] == ["Low-Rank Adaptation"]
    assert "line 3: no 'abstract' field" in captured.err
    assert "line 4: not JSON" in captured.err
    assert "4 records read, 2 written, 2 rejected" in captured.err


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


def test_usage_errors_exit_non_zero():
    with pytest.raises(SystemExit) as error:
        main(["build"])
    assert error.value.code == 2
