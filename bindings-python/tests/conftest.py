"""Shared fixtures: the sample database and generated estates."""

from __future__ import annotations

from pathlib import Path

import pytest

from estates import estate

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "corpus" / "retailco"


@pytest.fixture(scope="session")
def sample() -> Path:
    assert SAMPLE.is_dir(), SAMPLE
    return SAMPLE


@pytest.fixture()
def small_estate(tmp_path: Path) -> Path:
    folder = tmp_path / "scripts"
    folder.mkdir()
    (folder / "estate.sql").write_text(estate(20), encoding="utf-8")
    return folder
