"""Issue 20, item 1 (and 21's output paths): every output path gets the protections ``--out``
has. ``check FILE --html PATH`` never writes over a file it reads (by file identity: the same
name, a symbolic link, a hard link) nor over an existing file that is not a moneyfacts page;
each refusal is one line naming the option and the path, exit 2, the file left untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from moneyfacts.cli import main

ARTICLE = "It paid 40 billion yuan ($5.5 billion).\n"
DAY = "2025-01-22"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    try:
        rc = main(argv)
    except SystemExit as exc:
        rc = int(exc.code or 0)
    err = capsys.readouterr().err
    return rc, err


def test_html_onto_the_article_it_reads_is_refused(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    art = tmp_path / "art.txt"
    art.write_text(ARTICLE)
    rc, err = _run(["check", str(art), "--html", str(art), "--date", DAY], capsys)
    assert rc == 2 and art.read_text() == ARTICLE
    assert err.count("\n") == 1 and "--html" in err and "is the input file" in err


def test_html_through_a_link_to_an_input_is_refused(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    art = tmp_path / "art.bak"
    art.write_text(ARTICLE)
    (tmp_path / "r.html").symlink_to(art)
    os.link(art, tmp_path / "hard.html")
    (tmp_path / "sub").mkdir()
    for out in (tmp_path / "r.html", tmp_path / "hard.html", tmp_path / "sub" / ".." / "art.bak"):
        other = tmp_path / "other.txt"
        other.write_text(ARTICLE)
        rc, err = _run(["check", str(other), str(art), "--html", str(out), "--date", DAY], capsys)
        assert rc == 2, out
        assert "is the input file" in err and str(out) in err
        assert art.read_text() == ARTICLE and (tmp_path / "r.html").is_symlink()


def test_html_onto_an_unrelated_file_is_refused(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE)
    for content in ("my notes\n", "<!DOCTYPE html><html><head><title>mine</title>"):
        notes = tmp_path / "notes.html"
        notes.write_text(content)
        rc, err = _run(["check", str(art), "--html", str(notes), "--date", DAY], capsys)
        assert rc == 2 and notes.read_text() == content
        assert "not a moneyfacts output" in err and str(notes) in err and err.count("\n") == 1


def test_html_onto_an_earlier_page_an_empty_file_or_a_new_path_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE)
    page = tmp_path / "report.html"
    assert _run(["check", str(art), "--html", str(page), "--date", DAY], capsys)[0] == 0
    first = page.read_text()
    assert "moneyfacts" in first and "40 billion yuan" in first
    assert _run(["check", str(art), "--html", str(page), "--date", DAY], capsys)[0] == 0
    assert page.read_text() == first
    empty = tmp_path / "empty.html"
    empty.write_text("")
    assert _run(["check", str(art), "--html", str(empty), "--date", DAY], capsys)[0] == 0
    assert empty.read_text() == first
    assert _run(["check", str(art), "--html", os.devnull, "--date", DAY], capsys)[0] == 0


@pytest.mark.parametrize("option", ["--html", "--out"])
def test_unwritable_output_paths_are_named_in_one_line(option: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE)
    inp = tmp_path / "in.jsonl"
    inp.write_text('{"id": 1, "text": "It paid 40 billion yuan ($5.5 billion).", "date": "%s"}\n' % DAY)
    for bad in (tmp_path / "no" / "such" / "out", tmp_path):
        args = (["check", str(art), "--date", DAY] if option == "--html"
                else ["check", "--jsonl", str(inp)]) + [option, str(bad)]
        rc, err = _run(args, capsys)
        assert rc == 2
        assert err.count("\n") == 1 and "Errno" not in err
        assert f"{option} {bad}: cannot write it" in err
