"""The compiled build reads text exactly as the pure-Python one does.

The release build compiles ``numbers``, ``anchors``, ``signs``, ``magnitudes``, ``grammar``,
``mentions``, ``construct`` and the grammar's own modules (``parts``, ``counts``, ``ranges``,
``after``, ``steps``) with mypyc (the wheel hook in pyproject.toml; ``bench/`` measures that build). Here the same modules are
compiled into a temporary folder and one script runs twice, once importing the compiled package and
once the sources, over the gold set, the examples, a generated corpus and some hard cases;
the two outputs must be identical. Needs a C compiler and mypy (the ``test`` extra): without
them the test is skipped, except under CI, where it fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
HOT = ["numbers.py", "anchors.py", "signs.py", "magnitudes.py", "grammar.py", "mentions.py",
       "construct.py", "parts.py", "counts.py", "ranges.py", "after.py", "steps.py", "minor.py"]

#: Run with the package to test first on sys.path: every text's extraction, every
#: expression's parse (value or error), as JSON lines, and which files were imported.
SCRIPT = r"""
import json, sys
import moneyfacts
from moneyfacts import errors
from moneyfacts import after, anchors, counts, grammar, magnitudes, minor, numbers, parts, ranges, signs, steps
extract = moneyfacts.extract
job = json.load(open(sys.argv[1], encoding="utf-8"))
out = {"files": [grammar.__file__, numbers.__file__, anchors.__file__, signs.__file__,
                 magnitudes.__file__, parts.__file__, counts.__file__, ranges.__file__,
                 after.__file__, steps.__file__, minor.__file__,
                 sys.modules["moneyfacts.mentions"].__file__],
       "texts": [], "parses": []}
for text in job["texts"]:
    out["texts"].append(extract(text).model_dump(mode="json"))
for text, locale in job["parses"]:
    try:
        out["parses"].append(moneyfacts.parse(text, locale=locale).model_dump(mode="json"))
    except errors.MoneyfactsError as e:
        out["parses"].append({"error": type(e).__name__, "message": str(e)})
try:
    moneyfacts.parse(5)
except errors.ParseError as e:
    out["not_text"] = str(e)
json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)
"""

HARD_CASES = [
    "between $5bn and $7bn", "$1.5-2 billion", "₹1.5 lakh crore", "two hundred and fifty million "
    "dollars", "half a billion euros", "kr 5 billion", "Rmb160 billion ($23 billion)",
    "5 亿美元", "30tn tokens", "60%", "£1.2m a year", "about $5.50 billion", "H200 chips",
    "COVID-19", "1,00,000 rupees", "12,5 millions d'euros", "US$1,234.50", "100USD",
    "a a a a a a a a a a a a million", "2024. 2025, 2026", "¥2 trillion ($13.3 billion)",
]
LOCALE_CASES = [("1.234,50\u00a0€", "de"), ("$ 1,234.50", "es_MX"), ("1 234,50 €", "fr"),
                ("CHF 1'234.50", "de_CH"), ("₹1,23,456.00", "en_IN"), ("5 bn", None)]


def _compile(dest: Path) -> None:
    pkg = dest / "moneyfacts"
    shutil.copytree(SRC / "moneyfacts", pkg, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    cmd = [sys.executable, "-m", "mypyc", "--ignore-missing-imports",
           *[f"moneyfacts/{name}" for name in HOT]]
    proc = subprocess.run(cmd, cwd=dest, capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(f"mypyc failed: {(proc.stdout + proc.stderr)[-1500:]}")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("compiled")
    problem = None
    try:
        import mypyc  # noqa: F401
        import setuptools  # noqa: F401
    except ImportError as e:
        problem = f"mypyc or setuptools is not installed ({e}): pip install -e '.[test]'"
    if problem is None:
        try:
            _compile(dest)
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as e:
            problem = str(e)
    if problem is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but the compiled build could not be made: {problem}")
        pytest.skip(f"no compiled build here: {problem}")
    return dest


def _run(path: Path, job: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(path))
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(job)], capture_output=True,
                          text=True, timeout=600, env=env, cwd=path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def _texts() -> list[str]:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import corpus  # bench/corpus.py: the generated news-like corpus
    finally:
        sys.path.remove(str(REPO / "bench"))
    texts = [a["text"] for a in corpus.build(kb=40)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").rglob("*.txt"))]
    return texts + HARD_CASES


def test_compiled_build_reads_as_pure_python(compiled: Path, tmp_path: Path, gold_expressions: list,
                                            gold_sentences: list, gold_units: list) -> None:
    texts = _texts() + [s["text"] for s in gold_sentences]
    parses = [(e["text"], None) for e in gold_expressions + gold_units] + [(t, None) for t in HARD_CASES]
    parses += [list(c) for c in LOCALE_CASES]
    job = tmp_path / "job.json"
    job.write_text(json.dumps({"texts": texts, "parses": parses}, ensure_ascii=False), encoding="utf-8")

    fast, pure = _run(compiled, job), _run(SRC, job)
    assert all(f.endswith((".so", ".pyd")) for f in fast["files"]), fast["files"]
    assert not any(f.endswith((".so", ".pyd")) for f in pure["files"]), pure["files"]
    assert sum(len(t["mentions"]) for t in pure["texts"]) > 500  # the comparison has substance
    for i, (a, b) in enumerate(zip(fast["texts"], pure["texts"], strict=True)):
        assert a == b, texts[i][:200]
    for i, (a, b) in enumerate(zip(fast["parses"], pure["parses"], strict=True)):
        assert a == b, parses[i]
    assert fast["not_text"] == pure["not_text"]
