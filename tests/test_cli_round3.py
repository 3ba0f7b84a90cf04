"""Issue 20, items 20, 21 and 24: the command's errors are one line (no usage block, no
traceback, exit 2), malformed units in ``convert --to`` are typed errors, and front matter is
read in every form an editor writes or warned about."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from moneyfacts.cli import main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        rc = main(argv)
    except SystemExit as exc:
        rc = int(exc.code or 0)
    got = capsys.readouterr()
    return rc, got.out, got.err


# --- item 21: option errors are one line, without a usage block ---------------------------------


@pytest.mark.parametrize("argv", [
    ["check", "--tolerance", "truncation", "a.txt"],
    ["check", "--window", "-3", "a.txt"],
    ["check", "a.txt", "--workers", "2"],
    ["check", "--workers", "0", "--jsonl", "a.jsonl"],
    ["convert", "2 GW"],
    ["rates", "update", "--timeout", "x"],
    ["bogus"],
    [],
])
def test_option_errors_are_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    rc, _, err = _run(argv, capsys)
    assert rc == 2
    assert err.count("\n") == 1 and "usage:" not in err and "error:" in err, err


# --- item 19: a CLDR cache of the right keys and wrong value types is rebuilt -------------------


@pytest.mark.parametrize("damage", [
    {"codes": "USD"},
    {"symbols": {"$": "USD"}},
    {"names": {"dollar": 5}},
    {"foreign_magnitudes": ["milliards"]},
    {"codes": []},
])
def test_a_cldr_cache_with_wrong_value_types_is_rebuilt(
        damage: dict[str, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json
    import shutil

    from moneyfacts import currencies

    currencies._cldr_cached()  # the session's cache file, built or read
    (good,) = currencies.cache_dir().glob("cldr-currencies-*.json")
    monkeypatch.setenv("MONEYFACTS_CACHE", str(tmp_path))
    bad = tmp_path / good.name
    shutil.copy(good, bad)
    data = json.loads(bad.read_text("utf-8"))
    bad.write_text(json.dumps({**data, **damage}), "utf-8")
    got = currencies._cldr_cached()
    assert isinstance(got["codes"], list) and "USD" in got["codes"]
    assert got["symbols"]["$"] == data["symbols"]["$"]
    assert json.loads(bad.read_text("utf-8")) == data  # rewritten whole
    currencies.build_lexicon(currencies._lexicon_text())  # and usable


# --- item 20: malformed units in convert --to are typed errors, one line, exit 2 ---------------

MALFORMED = ["W*", "(W", "W)", "1/0", "W ** 0", "W;1", "W^", "W**W", "", "W" * 100_000]


@pytest.mark.parametrize("unit", MALFORMED, ids=lambda u: u if len(u) < 10 else f"W*{len(u)}")
def test_malformed_units_are_one_line_errors(unit: str, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = _run(["convert", "2 GW", "--to", unit], capsys)
    assert rc == 2 and out == ""
    assert err.startswith("moneyfacts: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "Error:" not in err.replace("moneyfacts: error:", "")


@pytest.mark.parametrize("unit", MALFORMED, ids=lambda u: u if len(u) < 10 else f"W*{len(u)}")
def test_malformed_units_raise_dimension_error(unit: str) -> None:
    import moneyfacts
    from moneyfacts.errors import DimensionError

    with pytest.raises(DimensionError):
        moneyfacts.convert("2 GW", to=unit)


def test_a_long_unit_expression_is_refused_before_pint_reads_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import moneyfacts
    from moneyfacts import units
    from moneyfacts.errors import DimensionError

    ureg = units.registry()
    calls: list[str] = []
    real = ureg.Unit
    monkeypatch.setattr(ureg, "Unit", lambda u: calls.append(u) or real(u))
    with pytest.raises(DimensionError, match="100,000 characters: at most 200"):
        moneyfacts.convert("2 GW", to="W" * 100_000)
    assert not any(isinstance(c, str) for c in calls)  # the parser never saw it
    assert moneyfacts.convert("2 GW", to="W" * 1).unit == "watt"
    assert calls[0] == "W"


def test_sound_units_still_convert() -> None:
    import moneyfacts

    assert moneyfacts.convert("2 GW", to="MW").unit == "megawatt"
    assert moneyfacts.convert("2 GW", to="µW").unit == "microwatt"
    assert moneyfacts.convert("2 GW", to="(kW)").unit == "kilowatt"
    assert moneyfacts.convert("120 km/h", to="mile / hour").unit == "mile"


# --- item 24: front matter in every form an editor writes is read, or warned about --------------

BODY = "It paid 40 billion yuan ($5.5 million)."


@pytest.mark.parametrize("raw", [
    "---\rdate: 2025-01-22\r---\r" + BODY + "\r",              # CR-only line endings
    "---\r\ndate: 2025-01-22\r\n---\r\n" + BODY + "\r\n",      # CRLF
    "---\n  date: 2025-01-22\n  title: x\n---\n" + BODY + "\n",  # indented keys
    "---\n date: 2025-01-22\n---\n" + BODY + "\n",              # one indented key
    "---\ndate: 2025-01-22\n...\n" + BODY + "\n",               # YAML's end marker
    "---\ntitle: x\ndate: '2025-01-22'\n... \n" + BODY + "\n",
])
def test_front_matter_forms_are_read(raw: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    import json

    art = tmp_path / "a.txt"
    art.write_bytes(raw.encode("utf-8"))
    rc, out, err = _run(["check", str(art), "--json"], capsys)
    assert rc == 1 and err == ""  # dated, so the slip is judged inconsistent
    (entry,) = json.loads(out)
    assert entry["date"] == "2025-01-22"
    rc, out, _ = _run(["extract", str(art), "--json"], capsys)
    start = json.loads(out)["mentions"][0]["start"]
    assert raw[start:start + 15] == "40 billion yuan"  # offsets still count in the file


@pytest.mark.parametrize("raw, words", [
    ("---\ndate: 2025-01-22\n" + BODY + "\n", "never closed"),
    ("---\nmeta:\n  date: 2025-01-22\n---\n" + BODY + "\n", "'date' only indented"),
])
def test_front_matter_that_cannot_be_read_is_warned_about(
        raw: str, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = tmp_path / "a.txt"
    art.write_text(raw, encoding="utf-8")
    rc, out, err = _run(["check", str(art), "--json"], capsys)
    assert rc in (0, 1) and out
    assert err.count("\n") == 1 and err.startswith(f"moneyfacts: warning: {art}: ")
    assert words in err
    from moneyfacts.cli import read_article

    with pytest.warns(UserWarning, match=words.split("'")[0] or words):
        fields, body, _ = read_article(raw)
    assert "date" not in fields  # no date taken from the block
    if words == "never closed":
        assert body == raw  # the whole file is the article's text
