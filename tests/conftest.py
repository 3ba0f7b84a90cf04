"""Shared fixtures.

The public gold set and the seed articles live outside the project, in ``../shared``. One
setting points at them: the environment variable ``MONEYFACTS_SHARED`` (``.ci/run`` sets it).
When it is set and the files are missing, the tests that need them fail; when it is unset,
those tests are skipped with a message saying how to run them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest


def shared_dir() -> Path | None:
    value = os.environ.get("MONEYFACTS_SHARED")
    return Path(value) if value else None


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip("set MONEYFACTS_SHARED=../shared to run the tests on the shared gold set")
    if not path.is_dir():
        pytest.fail(f"MONEYFACTS_SHARED={path} is set but is not a directory")
    return path


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        pytest.fail(f"{path} is missing (MONEYFACTS_SHARED is set)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def gold_expressions(shared: Path) -> list[dict[str, Any]]:
    return _read_jsonl(shared / "gold" / "expressions.jsonl")


@pytest.fixture(scope="session")
def gold_sentences(shared: Path) -> list[dict[str, Any]]:
    return _read_jsonl(shared / "gold" / "sentences.jsonl")


@pytest.fixture(scope="session")
def gold_units(shared: Path) -> list[dict[str, Any]]:
    return _read_jsonl(shared / "gold" / "units.jsonl")


@pytest.fixture(scope="session")
def seeds_dir(shared: Path) -> Path:
    path = shared / "seeds"
    if not path.is_dir() or not any(path.glob("*.txt")):
        pytest.fail(f"{path} has no seed articles (MONEYFACTS_SHARED is set)")
    return path
