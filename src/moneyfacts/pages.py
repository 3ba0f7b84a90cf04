"""Web pages: the main text, title, address and publication date of an HTML page.

``moneyfacts check page.html`` (and ``extract``, :func:`moneyfacts.check_many`, the frames)
reads a page here: the main text with trafilatura (navigation, related-article lists,
comments and footers left out, so their amounts are never read), the publication date with
htmldate (first from the page's metadata, JSON-LD, ``<time>`` elements and URL; then, failing
those, from its text), and its title and URL. resiliparse was measured beside trafilatura on
the 103 real pages of ``../shared/pages`` (``bench/pages.py``, ``bench/PAGES.md``): about 9x
faster, but it reads 92 amounts trafilatura leaves out, nearly all of them in ads, comments and
related lists; trafilatura is used.

A page is known by its content (``<!doctype html``, ``<html``, ``<head`` or ``<body`` near the
start), or by a ``.html``/``.htm`` name; gzip-compressed bytes are opened first.

>>> page = read_page(b"<html><head><title>Chips</title></head><body><nav>Deals: $5 billion"
...     b"</nav><article><p>ByteDance plans to spend 40 billion yuan ($5.5 billion) on AI chips "
...     b"next year, people familiar with the matter said on Wednesday.</p></article>"
...     b"<footer>Ads from $3 million</footer></body></html>", url="https://example.com/a")
>>> page.title, page.url
('Chips', 'https://example.com/a')
>>> "$5.5 billion" in page.text, "$5 billion" in page.text, "$3 million" in page.text
(True, False, False)
>>> read_page(b"Plain text, not a page.", name="story.html")
Traceback (most recent call last):
...
moneyfacts.errors.InputError: story.html: not an HTML page (no tags in its first 2,000 characters)
"""

from __future__ import annotations

import datetime as dt
import gzip
import re
import zlib
from dataclasses import dataclass, field
from typing import Any

from moneyfacts.errors import InputError
from moneyfacts.models import ArticleDate

__all__ = ["Page", "read_page", "is_html", "looks_like_html", "article_text", "HTML_SUFFIXES"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
#: How far into a file its markup is looked for.
SNIFF = 2000
_MARKUP = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I)
_TAG = re.compile(r"<[a-zA-Z!/][^>]*>")


@dataclass(frozen=True)
class Page:
    """A page read: its main ``text``, ``title``, ``url``, and ``dating`` (the publication
    date htmldate found, None when it found none); ``territory``: the publisher's (territory,
    how it was known) from its address or declared language (:mod:`moneyfacts.publisher`),
    also in ``meta`` as ``territory`` and ``territory_from``."""

    text: str
    title: str | None = None
    url: str | None = None
    dating: ArticleDate | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    territory: tuple[str, str] | None = None


def _gunzip(raw: bytes, name: str) -> bytes:
    if raw[:2] != b"\x1f\x8b":
        return raw
    try:
        return gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{name}: a broken gzip file ({exc})") from None


def looks_like_html(text: str | bytes) -> bool:
    """Whether a text or bytes is an HTML page by its content: markup near its start.

    >>> looks_like_html("<!DOCTYPE html><html>..."), looks_like_html("It cost $5 <b>.")
    (True, False)
    """
    head = text[:SNIFF]
    if isinstance(head, bytes):
        head = head.decode("utf-8", "replace")
    head = head.lstrip("\ufeff \t\r\n")
    return head.startswith("<") and _MARKUP.search(head) is not None


def is_html(raw: bytes, name: str = "") -> bool:
    """Whether a file is a page: by its content, or by its name (``.html``, ``.htm``)."""
    return name.lower().endswith(HTML_SUFFIXES) or looks_like_html(_gunzip(raw, name))


def _page_date(tree: Any, url: str | None) -> ArticleDate | None:
    from htmldate import find_date

    today = dt.date.today()
    for extensive, where in ((False, "its metadata, JSON-LD, time elements or URL"),
                             (True, "its text")):
        try:
            found = find_date(tree, url=url, original_date=True, extensive_search=extensive,
                              max_date=today.isoformat())
        except Exception:  # noqa: BLE001 - htmldate on a strange page: no date from it
            found = None
        if found:
            day = dt.date.fromisoformat(found)
            return ArticleDate(start=day, end=day, label=found, source="page",
                               evidence=f"the page's publication date from {where} (htmldate)")
    return None


def read_page(raw: bytes | str, *, url: str | None = None, name: str = "page") -> Page:
    """Read an HTML page (bytes in any encoding, or text); raises
    :class:`~moneyfacts.errors.InputError` naming ``name`` when it is not a page or has no
    main text."""
    from trafilatura import bare_extraction, metadata
    from trafilatura.utils import load_html

    if isinstance(raw, bytes):
        raw = _gunzip(raw, name)
        head = raw[:SNIFF].decode("utf-8", "replace")
    else:
        head = raw[:SNIFF]
    if _TAG.search(head) is None:
        raise InputError(f"{name}: not an HTML page (no tags in its first {SNIFF:,} characters)")
    try:
        tree = load_html(raw)
    except Exception:  # noqa: BLE001 - lxml on bytes that are not markup
        tree = None
    if tree is None:
        raise InputError(f"{name}: not an HTML page (it does not parse as HTML)")
    dating = _page_date(tree, url)
    try:
        # The title and URL alone: trafilatura's whole metadata (author, tags, its own
        # date) would cost nearly as much as the main text.
        title = metadata.extract_title(tree) or None
        page_url = url or metadata.extract_url(tree) or None
        doc = bare_extraction(tree, url=url, include_comments=False, include_tables=True,
                              favor_precision=True)
    except Exception as exc:  # noqa: BLE001 - trafilatura on a strange page
        raise InputError(f"{name}: the page's main text could not be read ({exc})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(f"{name}: the page has no main text")
    meta = {k: v for k, v in (("url", page_url), ("title", title)) if v}
    territory = _page_territory(tree, page_url)
    if territory is not None:
        meta["territory"], meta["territory_from"] = territory
    locale = page_locale(_declared_language(tree), text)
    if locale is not None:
        meta["locale"], meta["locale_from"] = locale
    return Page(text=text, title=title, url=page_url, dating=dating, meta=meta,
                territory=territory)


def _declared(tree: Any) -> tuple[str | None, str | None]:
    """What the page says of its language and country: ``<html lang>`` and ``og:locale``, as
    written (None for either it lacks, or both for a strange tree)."""
    try:
        root = tree.getroottree().getroot()
        lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
        og = tree.xpath('//meta[@property="og:locale"]/@content')
    except Exception:  # noqa: BLE001 - a strange tree says nothing
        return None, None
    return (str(lang).strip() or None if lang else None,
            str(og[0]).strip() or None if og else None)


def _page_territory(tree: Any, url: str | None) -> tuple[str, str] | None:
    """The publisher's territory: the address's country-code domain, else ``og:locale``, else
    ``<html lang>`` (:func:`moneyfacts.publisher.territory_of`)."""
    from moneyfacts.publisher import territory_of

    lang, og = _declared(tree)
    return territory_of(url, lang, og)


def _declared_language(tree: Any) -> tuple[str, str] | None:
    """The language the page says it is in: ``<html lang>``, else ``og:locale``, as written,
    with where it was found; None when it says none."""
    lang, og = _declared(tree)
    if lang:
        return lang, f"<html lang={lang!r}>"
    if og:
        return og, f"og:locale {og!r}"
    return None


def page_locale(declared: tuple[str, str] | None, text: str) -> tuple[str, str] | None:
    """The locale a page's amounts are read in when the caller gives none: the language the
    page declares (``declared``: as written, and where), when the language of its main text
    (:func:`moneyfacts.locales.detect`, py3langid) is that one and is not English; with how it
    was known. None otherwise: English, as moneyfacts reads by default, or two sources that
    disagree (a page marked 'en' whose text is German is not settled by either).

    >>> text = "Der Umsatz stieg auf 1,2 Milliarden Euro, teilte das Unternehmen am Montag mit."
    >>> page_locale(("de-DE", "<html lang='de-DE'>"), text)
    ('de', "<html lang='de-DE'> and the language of its text")
    >>> page_locale(("en", "<html lang='en'>"), text) is None
    True
    """
    if declared is None:
        return None
    language = declared[0].replace("-", "_").split("_", 1)[0].lower()
    if not language.isalpha() or language == "en":
        return None
    from moneyfacts.locales import detect

    found = detect(text)
    if found is None or found.split("_", 1)[0] != language:
        return None
    return found, f"{declared[1]} and the language of its text"


def article_text(text: str, date: Any, *, url: str | None = None,
                 name: str = "the record") -> tuple[str, Any, dict[str, Any]]:
    """What to check for one input of a batch or a frame: (text, date, page meta). An input
    that is a page by its content is read for its main text; with no ``date`` given, the
    page's date, else the text's own (:mod:`moneyfacts.dating`) is used.

    >>> article_text("December 31, 2025\\n\\nIt cost 40 billion yuan.", None)[1].label
    '2025-12-31'
    >>> article_text("It cost 40 billion yuan.", "2025-01-02")
    ('It cost 40 billion yuan.', '2025-01-02', {})
    >>> article_text("It cost $5 million.", "2025-01-02", url="https://www.abc.net.au/a")[2]
    {'territory': 'AU', 'territory_from': 'address ends .au'}
    """
    meta: dict[str, Any] = {}
    if looks_like_html(text):
        page = read_page(text, url=url if isinstance(url, str) else None, name=name)
        text, meta = page.text, page.meta
        if date is None:
            date = page.dating
    elif isinstance(url, str) and url:
        from moneyfacts.publisher import territory_of_url

        found = territory_of_url(url)
        if found is not None:
            meta["territory"], meta["territory_from"] = found
    if date is None:
        from moneyfacts.dating import date_text

        date = date_text(text)
    return text, date, meta
