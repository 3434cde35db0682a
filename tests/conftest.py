"""Shared fixtures: the English pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from kg.extract import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_pages() -> list[Path]:
    pages = sorted(SEEDS.glob("*.txt"))
    if not pages:
        pytest.fail(f"no seed pages in {SEEDS}: ../shared must sit beside the repository")
    return pages
