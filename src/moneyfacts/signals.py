"""How the command ends on Ctrl-C (SIGINT, exit 130) and SIGTERM (exit 143), whenever it comes.

Python turns SIGINT into a ``KeyboardInterrupt`` raised wherever the main thread happens to
be. Raised inside a ``__del__``, a weak-reference callback or an ``atexit`` callback (the
process pool's shutdown, say), that exception is printed as "Exception ignored" and dropped:
the run then went on to its end and exited 1, as if no Ctrl-C had come. So the command's
handlers first *record* the signal, then raise; :func:`pending` tells the batch loop and the
command's end about a signal whose exception was lost, and the command exits 130 or 143 all
the same. After the command is done, a signal no longer raises: when ``main`` runs as the
program (no ``argv`` given), a late signal ends the process at once with its exit code and
the one-line message, instead of landing in the interpreter's shutdown.

>>> state = install()
>>> pending() is None
True
>>> restore(state)
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from typing import Any

__all__ = ["Terminated", "install", "restore", "pending", "finish", "raise_pending", "masked",
           "EXIT_INTERRUPTED", "EXIT_TERMINATED"]

EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so that files are closed and workers shut down."""


#: The signal received since :func:`install` (None: none), and whether handlers still raise.
_state: dict[str, Any] = {"signum": None, "raising": True, "announced": False}

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _message(signum: int) -> tuple[int, str]:
    if signum == signal.SIGTERM:
        return EXIT_TERMINATED, "moneyfacts: terminated"
    return EXIT_INTERRUPTED, "moneyfacts: interrupted"


def _handler(signum: int, frame: Any) -> None:
    if _state["signum"] is None:
        _state["signum"] = signum
    if _state["raising"]:
        raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()


def _late_handler(signum: int, frame: Any) -> None:
    """After the command is done: end now, with the signal's code and message."""
    code, text = _message(signum)
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):  # pragma: no cover - no stderr
        pass
    os._exit(code)


def install() -> dict[int, Any] | None:
    """Install the recording handlers; returns the previous ones (None when not in the main
    thread, where signals cannot be handled: nothing is installed)."""
    _state.update(signum=None, raising=True, announced=False)
    previous: dict[int, Any] = {}
    try:
        for sig in _SIGNALS:
            previous[sig] = signal.signal(sig, _handler)
    except ValueError:  # not the main thread (e.g. called from a test runner's thread)
        for num, old in previous.items():
            signal.signal(num, old)
        return None
    return previous


def pending() -> int | None:
    """The exit code of a signal received since :func:`install` (130 or 143), else None."""
    signum = _state["signum"]
    return None if signum is None else _message(signum)[0]


def raise_pending() -> None:
    """Raise the exception of a signal received whose own exception was lost."""
    signum = _state["signum"]
    if signum is not None:
        raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()


def finish(rc: int, *, announced: bool = False) -> int:
    """The command's exit code once its work is done: a signal received at any moment wins
    (its message printed once). Handlers stop raising from here on."""
    _state["raising"] = False
    code = pending()
    if code is None:
        return rc
    if not announced and not _state["announced"]:
        _state["announced"] = True
        print(_message(_state["signum"])[1], file=sys.stderr)
    return code


def restore(previous: dict[int, Any] | None, *, late_exit: bool = False) -> None:
    """Put the previous handlers back; or, with ``late_exit`` (``main`` runs as the program),
    leave handlers that end the process at once with the signal's exit code."""
    _state["raising"] = False
    if previous is None:
        return
    for sig, old in previous.items():
        signal.signal(sig, _late_handler if late_exit else old)


@contextlib.contextmanager
def masked() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back in this thread (they are delivered on leaving). Processes
    and threads started inside inherit the mask, so a worker is never interrupted before it
    has set its own handlers (see :func:`unmask`)."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def unmask() -> None:
    """Let SIGINT and SIGTERM through again (in a worker, once its handlers are set)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)
