"""The README's property-test example passes on a cold machine (no currency-name cache yet).

The first ``parse`` builds the currency-name lexicon from CLDR (about half a second); the
strategies build it when ``@given`` is applied, so that hypothesis's default deadline (200 ms)
does not fail the first example. Runs the README block as written, in a fresh interpreter
with an empty ``MONEYFACTS_CACHE``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"

RUNNER = r"""
import sys
from hypothesis import settings
# The default deadline stays; only the example count and the database are set.
settings.register_profile("cold", database=None, derandomize=True, max_examples=25)
settings.load_profile("cold")
ns = {}
exec(sys.stdin.read(), ns)
ns["test_reads_amounts"]()
ns["test_checks_conversions"]()
print("passed")
"""


def _readme_block() -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    found = [b for b in blocks if "@given(money_texts())" in b]
    assert len(found) == 1, "the README's property-test example is gone"
    return found[0]


def test_readme_property_example_passes_cold(tmp_path: Path) -> None:
    block = _readme_block()
    assert "deadline" not in block.split("def test_reads_amounts")[0], (
        "the first example must pass with hypothesis's default deadline")
    cache = tmp_path / "cache"
    env = {**os.environ, "MONEYFACTS_CACHE": str(cache)}
    env.pop("HYPOTHESIS_PROFILE", None)
    src = Path(__file__).resolve().parent.parent / "src"
    env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")])
    proc = subprocess.run([sys.executable, "-c", RUNNER], input=block, text=True, env=env,
                          cwd=tmp_path, capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    assert proc.stdout.strip().endswith("passed")
    # It really was cold: the lexicon cache was built by this run.
    assert cache.is_dir() and any(cache.iterdir())


@pytest.mark.parametrize("name", ["money_texts", "articles"])
def test_strategies_warm_when_made(name: str) -> None:
    from moneyfacts import strategies

    strategies._WARM.clear()
    getattr(strategies, name)()
    assert "parse" in strategies._WARM
    assert ("rates" in strategies._WARM) == (name == "articles")
