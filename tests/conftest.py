"""Shared fixtures.

The public gold set and the seed articles live outside the project, in ``../shared``. One
setting points at them: the environment variable ``MONEYFACTS_SHARED`` (``.ci/run`` sets it).
When it is set and the files are missing, the tests that need them fail; when it is unset,
those tests are skipped with a message saying how to run them.

Two more settings make every run of the suite independent of the machine and of earlier runs:

* hypothesis profiles: under ``CI`` (any value but empty, ``0`` or ``false``) the profile
  ``ci`` is loaded: derandomised (the same examples every run), a fixed number of examples,
  no example database (a failure found once is not replayed into later runs), no deadline.
  Locally the profile ``dev`` keeps hypothesis' random search and its database.
  ``HYPOTHESIS_PROFILE`` chooses one explicitly.
* ``MONEYFACTS_CACHE`` points at a fresh temporary directory for the whole session, so the
  tests never read or write the user's cache (a stale or updated rates file there cannot
  change a result) and the cold CLDR lexicon build is exercised on every run.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


# Explicit parents: hypothesis itself switches to a derandomised profile whenever a CI
# variable exists (even CI=false), and a profile registered without a parent inherits that.
settings.register_profile(
    "ci",
    parent=settings.get_profile("default"),
    derandomize=True,
    database=None,
    max_examples=100,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", parent=settings.get_profile("default"), deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if in_ci() else "dev"))

# The session's own cache directory: set before any moneyfacts module reads it.
_CACHE = tempfile.mkdtemp(prefix="moneyfacts-test-cache-")
os.environ["MONEYFACTS_CACHE"] = _CACHE
os.environ.pop("XDG_CACHE_HOME", None)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_CACHE, ignore_errors=True)


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


def counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Count the calls of ``module.name`` for the test (work counted, not timed: speed lives
    in bench/): the list's one item is the count so far."""
    calls = [0]
    real = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls
