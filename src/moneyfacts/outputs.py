"""Where the command writes: never a file it reads, never a file that is not its own.

Every output path the command takes (``check --html PATH``, ``check --jsonl ... --out PATH``)
goes through :func:`open_output`, which refuses, before a byte is written:

* a path that is one of the inputs, compared by file identity (device and inode), so a
  symbolic link, a hard link or another spelling of the same file is caught;
* an existing, non-empty regular file that is not an output of the same kind
  (``ours(head)`` says whether its first bytes are), so a user's notes are never truncated.

A path that does not exist, an empty file, ``/dev/null`` or a pipe is written as usual. The
check is made on the opened file itself (no truncation until it passed), so a file swapped in
between a check and the write cannot be destroyed either. A path that cannot be opened is an
:class:`~moneyfacts.errors.InputError` naming the option and the path.

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> notes = os.path.join(folder, "notes.txt")
>>> with open(notes, "w") as fh:
...     _ = fh.write("my notes")
>>> open_output(notes, "--html", inputs=[], ours=is_html_output)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
moneyfacts.errors.InputError: --html ... already exists and is not a moneyfacts output, so it is left as it is (remove it, or choose another --html)
>>> open_output(notes, "--html", inputs=[notes], ours=is_html_output)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
moneyfacts.errors.InputError: --html ... is the input file: refusing to overwrite it
>>> with open_output(os.path.join(folder, "new.html"), "--html", inputs=[notes],
...                  ours=is_html_output) as fh:
...     _ = fh.write('<meta name="generator" content="moneyfacts 1">')
"""

from __future__ import annotations

import errno
import io
import os
import stat
from collections.abc import Callable, Iterable
from typing import IO, Any

from moneyfacts.errors import InputError

__all__ = ["open_output", "check_output", "is_html_output", "HEAD_BYTES"]

#: How much of an existing file is read to tell whether it is ours.
HEAD_BYTES = 1 << 20

#: The mark every HTML page moneyfacts writes carries in its head.
_HTML_MARK = b'<meta name="generator" content="moneyfacts'


def is_html_output(head: bytes) -> bool:
    """Whether a file starting with ``head`` is a page ``moneyfacts check --html`` wrote."""
    return _HTML_MARK in head[:4096]


def _identity(source: Any) -> tuple[int, int] | None:
    """(device, inode) of an input: a path (``-`` is standard input), a descriptor or a
    file object; None when it cannot be told (it is then not compared)."""
    try:
        if source == "-":
            st = os.fstat(0)
        elif isinstance(source, int):
            st = os.fstat(source)
        elif isinstance(source, (str, bytes, os.PathLike)):
            st = os.stat(source)
        else:
            st = os.fstat(source.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return None
    return st.st_dev, st.st_ino


def _refuse(path: str, option: str, st: os.stat_result, inputs: Iterable[Any],
            ours: Callable[[bytes], bool], read_head: Callable[[], bytes]) -> None:
    same = [s for s in inputs if _identity(s) == (st.st_dev, st.st_ino)]
    if same:
        name = same[0] if isinstance(same[0], str) else "the input"
        which = ("" if name in ("the input", path) else " (read as standard input)" if name == "-"
                 else f" {name}")
        raise InputError(f"{option} {path} is the input file{which}: refusing to overwrite it")
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{option} {path}: cannot write it: it is a folder")
    if not stat.S_ISREG(st.st_mode) or st.st_size == 0:
        return  # /dev/null, a pipe, a terminal, an empty file
    if not ours(read_head()):
        raise not_ours(path, option, "already exists and is")


def not_ours(path: str, option: str, what: str) -> InputError:
    """The error for an existing file that is not a moneyfacts output (``what`` says how we
    know: 'already exists and is', 'line 3 is')."""
    return InputError(f"{option} {path} {what} not a moneyfacts output, so it is left as it is "
                      f"(remove it, or choose another {option})")


def check_output(path: str, option: str, *, inputs: Iterable[Any],
                 ours: Callable[[bytes], bool]) -> None:
    """Refuse ``path`` now (see the module documentation) without opening it for writing:
    for a command that writes only at its end, so that it fails before doing the work."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        # (a dangling symbolic link too: writing creates its target)
        folder = os.path.dirname(os.path.realpath(path))
        if not os.path.isdir(folder):
            raise InputError(f"{option} {path}: cannot write it: there is no folder {folder}") from None
        return
    except OSError as exc:
        raise _cannot(path, option, exc) from None

    def head() -> bytes:
        try:
            with open(path, "rb") as fh:
                return fh.read(HEAD_BYTES)
        except OSError as exc:
            raise _cannot(path, option, exc, "read") from None

    _refuse(path, option, st, list(inputs), ours, head)


def _cannot(path: str, option: str, exc: OSError, verb: str = "write") -> InputError:
    return InputError(f"{option} {path}: cannot {verb} it: {exc.strerror or exc}")


def open_output(path: str, option: str, *, inputs: Iterable[Any], ours: Callable[[bytes], bool],
                append: bool = False, encoding: str = "utf-8", buffering: int = -1) -> IO[str]:
    """Open ``path`` for writing text (truncated, or at its end with ``append``) once it has
    passed the checks of the module documentation, made on the opened file itself."""
    inputs = list(inputs)
    flags = os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    try:
        try:
            fd = os.open(path, flags | os.O_RDWR, 0o666)
            readable = True
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EPERM, errno.ENXIO):
                raise
            fd = os.open(path, flags | os.O_WRONLY, 0o666)  # write-only file or device
            readable = False
    except OSError as exc:
        raise _cannot(path, option, exc) from None
    try:
        st = os.fstat(fd)

        def head() -> bytes:
            if readable:
                return os.pread(fd, HEAD_BYTES, 0)
            with open(path, "rb") as fh:  # pragma: no cover - a write-only regular file
                return fh.read(HEAD_BYTES)

        _refuse(path, option, st, inputs, ours, head)
        if stat.S_ISREG(st.st_mode):
            if append:
                os.lseek(fd, 0, os.SEEK_END)
            else:
                os.ftruncate(fd, 0)
        fh = open(fd, "a" if append else "w", encoding=encoding, buffering=buffering,
                  closefd=True)
    except OSError as exc:
        os.close(fd)
        raise _cannot(path, option, exc) from None
    except BaseException:
        os.close(fd)
        raise
    return fh
