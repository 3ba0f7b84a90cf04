"""moneyfacts type-checks under ``mypy --strict``.

Every module (``MODULES``; the optional extras' aside) is checked as it is: any error fails
the test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
#: Every module but those of the optional extras, whose types depend on the version of pandas
#: or pyspark installed (frames, spark): checked as they are, any error fails the test.
OPTIONAL = {"frames", "spark"}
MODULES = sorted(p.stem for p in (SRC / "moneyfacts").glob("*.py") if p.stem not in OPTIONAL)


def test_reading_modules_pass_mypy_strict(tmp_path: Path) -> None:
    try:
        import mypy  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("CI is set but mypy is not installed: pip install -e '.[test]'")
        pytest.skip("mypy is not installed")
    files = [str(SRC / "moneyfacts" / f"{m}.py") for m in MODULES]
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent",
         "--cache-dir", str(tmp_path / "mypy-cache"), *files],
        cwd=SRC, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
