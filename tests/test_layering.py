"""The package's layering: no import cycle between the command and the batch runner, and the
public functions are not shadowed by modules of the same name."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
import types
from pathlib import Path

import moneyfacts

SRC = Path(__file__).resolve().parent.parent / "src"


def _imported_after(module: str) -> set[str]:
    """The moneyfacts modules a fresh interpreter has loaded after importing ``module``."""
    code = (f"import sys, {module}\n"
            "print('\\n'.join(m for m in sys.modules if m.startswith('moneyfacts')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(SRC), "PATH": ""}).stdout
    return set(out.split())


def test_batch_does_not_import_the_command() -> None:
    loaded = _imported_after("moneyfacts.batch")
    assert "moneyfacts.batch" in loaded
    assert "moneyfacts.cli" not in loaded


def test_options_import_neither_command_nor_batch() -> None:
    loaded = _imported_after("moneyfacts.options")
    assert "moneyfacts.options" in loaded
    assert not {"moneyfacts.cli", "moneyfacts.batch"} & loaded


def test_public_functions_survive_importing_every_submodule() -> None:
    for info in pkgutil.iter_modules(moneyfacts.__path__):
        importlib.import_module(f"moneyfacts.{info.name}")
    assert isinstance(moneyfacts.extract, types.FunctionType)
    assert isinstance(moneyfacts.convert, types.FunctionType)
    ex = moneyfacts.extract("It paid ¥2 trillion ($13.3 billion).")
    assert [str(m) for m in ex.mentions] == ["2 trillion JPY", "13.3 billion USD"]


def test_no_module_is_named_like_a_public_function() -> None:
    modules = {info.name for info in pkgutil.iter_modules(moneyfacts.__path__)}
    functions = {name for name in moneyfacts.__all__ if callable(getattr(moneyfacts, name))
                 and not isinstance(getattr(moneyfacts, name), (type, types.ModuleType))}
    assert {"extract", "convert", "parse", "check", "check_many"} <= functions
    assert not modules & functions


def test_stated_rate_is_exported_lazily() -> None:
    from moneyfacts.models import StatedRate

    assert "StatedRate" in moneyfacts.__all__ and "StatedRate" in dir(moneyfacts)
    assert moneyfacts.StatedRate is StatedRate
    rates = moneyfacts.check("It paid 9.1 billion yuan ($1 = 7.1032 yuan).", date="2025-01-22").rates
    assert rates and all(isinstance(r, moneyfacts.StatedRate) for r in rates)


def _moneyfacts_imports(path: Path) -> set[str]:
    """Every moneyfacts module a source file imports, at its top or inside a function."""
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("moneyfacts"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("moneyfacts"))
    return found


def test_models_are_plain_data_importing_no_layer_above() -> None:
    """models.py imported html, units and display inside its methods, which tied 14 modules into
    one import circle; the layers above now supply str(), to_pint and _repr_html_."""
    assert _moneyfacts_imports(SRC / "moneyfacts" / "models.py") <= {"moneyfacts.construct"}
    assert _imported_after("moneyfacts.models") == {"moneyfacts", "moneyfacts.models",
                                                    "moneyfacts.construct"}
    from moneyfacts import parse

    q = parse("about Rmb160 billion")
    assert str(q) == "about 160 billion CNY"
    assert str(parse("2 GW").to_pint().units) == "gigawatt"


def test_verify_rooms_import_downwards_only() -> None:
    """tolerance <- reference <- causes <- verify: no room imports the one that uses it."""
    rooms = ["tolerance", "reference", "causes", "undated", "verify"]
    for i, room in enumerate(rooms):
        above = {f"moneyfacts.{r}" for r in rooms[i + 1:]}
        assert not _moneyfacts_imports(SRC / "moneyfacts" / f"{room}.py") & above, room
