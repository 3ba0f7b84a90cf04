"""Public data models: what moneyfacts reads, converts and reports.

All models are frozen pydantic models. Amounts are :class:`~decimal.Decimal` and serialise
to JSON as plain decimal strings (``"5500000000"``, never ``5.5e9`` and never a float).

>>> from decimal import Decimal
>>> q = Quantity(kind="money", unit="USD", value=Decimal("5.5E+9"), precision=Decimal("1E+8"),
...              text="$5.5 billion", start=0, end=12)
>>> q.model_dump_json(include={"unit", "value", "precision"})
'{"unit":"USD","value":"5500000000","precision":"100000000"}'
>>> q.half_unit
Decimal('5E+7')
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, PlainSerializer

if TYPE_CHECKING:  # pragma: no cover
    import pint

__all__ = [
    "Dec",
    "Kind",
    "Qualifier",
    "Quantity",
    "Rate",
    "StatedRate",
    "Interval",
    "DateRange",
    "ArticleDate",
    "Equivalence",
    "Evidence",
    "Extraction",
    "Skipped",
    "Cause",
    "CauseKind",
    "Verdict",
    "Finding",
    "Report",
    "trusted",
    "keep_text",
]


def _plain(d: Decimal) -> str:
    """Decimal as a plain string: no exponent, no float detour."""
    s = format(d, "f")
    return s


#: A Decimal that serialises to JSON as a plain decimal string.
Dec = Annotated[Decimal, PlainSerializer(_plain, return_type=str, when_used="json")]

Kind = Literal["money", "count", "percent", "measure"]
Qualifier = Literal["approx", "gt", "ge", "lt", "le"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Rate(_Model):
    """One exchange rate: ``value`` units of ``quote`` per one unit of ``base``.

    ``date`` is the business day actually used (it may precede the day asked for);
    ``source`` names where the figure comes from; ``via`` names the common base of a
    cross rate (``"EUR"`` for an ECB cross).
    """

    base: str
    quote: str
    value: Dec
    date: dt.date
    source: str
    via: str | None = None

    def invert(self) -> Rate:
        """The same rate seen from the other side (Decimal division, 28 digits)."""
        return self.model_copy(
            update={"base": self.quote, "quote": self.base, "value": Decimal(1) / self.value}
        )


class StatedRate(_Model):
    """A rate the article prints: ``value`` units of ``quote`` per one ``base``.

    ``precision`` is the worth of the last written digit of ``value``; ``text`` the rate
    line as written, at ``start``..``end`` (see :mod:`moneyfacts.statedrates`).
    """

    base: str
    quote: str
    value: Dec
    precision: Dec = Decimal(1)
    qualifier: Literal["approx"] | None = None
    text: str = ""
    start: int = 0
    end: int = 0


class Quantity(_Model):
    """An exact quantity as written in text.

    * ``value`` is set for a single figure; ``low``/``high`` for a range (``value`` is None).
    * ``precision`` is the worth of one unit in the last written digit, in ``unit`` s:
      ``$5.5 billion`` has precision 1E+8, ``$5.50 billion`` 1E+7. For a range it is the
      finer of the two ends.
    * ``assumed`` says, when a sign was ambiguous, which reading the caller's settings chose
      (``"$" read as USD``) — nothing is guessed silently.
    * ``rate`` is set on the result of :func:`moneyfacts.convert`.
    """

    kind: Kind
    unit: str
    value: Dec | None = None
    low: Dec | None = None
    high: Dec | None = None
    qualifier: Qualifier | None = None
    per: str | None = None
    precision: Dec = Decimal(1)
    text: str = ""
    start: int = 0
    end: int = 0
    assumed: str | None = None
    rate: Rate | None = None

    @property
    def is_range(self) -> bool:
        return self.value is None

    @property
    def half_unit(self) -> Decimal:
        """Half of :attr:`precision`: how far a correctly rounded figure may be off."""
        return self.precision / 2

    @property
    def bounds(self) -> tuple[Decimal, Decimal]:
        """(low, high) for a range, (value, value) for a single figure."""
        if self.value is not None:
            return (self.value, self.value)
        assert self.low is not None and self.high is not None
        return (self.low, self.high)

    if TYPE_CHECKING:  # supplied by the layers above (moneyfacts.views); models stay plain data
        def to_pint(self) -> pint.Quantity[Any] | tuple[pint.Quantity[Any], pint.Quantity[Any]]:
            """This quantity on moneyfacts' own pint registry (:func:`moneyfacts.units.to_pint`)."""

        def to_base(self) -> Quantity:
            """A measure in pint's SI base units (:func:`moneyfacts.units.to_base`)."""


class Interval(_Model):
    """A closed interval of amounts in one unit."""

    low: Dec
    high: Dec
    unit: str

    def contains(self, x: Decimal) -> bool:
        return self.low <= x <= self.high


class DateRange(_Model):
    """Inclusive range of days."""

    start: dt.date
    end: dt.date


class ArticleDate(_Model):
    """Where an article's date came from when nobody gave one (:mod:`moneyfacts.dating`):
    the day or range it is checked at, its ``label`` (``"2025-12-31"``, ``"2025"``,
    ``"2025-10-01/2025-12-31"``), the ``source`` (``"printed"``, ``"dateline"``,
    ``"year cues"`` or ``"page"``), the ``evidence`` in words, and cues that disagree."""

    start: dt.date
    end: dt.date
    label: str
    source: str
    evidence: str
    conflicts: list[str] = []


class Evidence(_Model):
    """Why two amounts far apart were linked (see :mod:`moneyfacts.equivalents`): the
    ``subject`` word naming both, or the link ``phrase`` before the second, and the two
    ``sentences`` holding them."""

    subject: str | None = None
    phrase: str | None = None
    sentences: list[str] = []


class Equivalence(_Model):
    """A stated equivalent: ``mentions[original]`` is restated as ``mentions[stated]``.

    ``form`` names the construction that links them (``"paren"``, ``"or"``,
    ``"equivalent"``, ``"phrase"``, ``"implied"``, ...); ``evidence`` is set for the forms
    that link amounts in different sentences (``"phrase"``, ``"implied"``).
    """

    original: int
    stated: int
    form: str = "paren"
    evidence: Evidence | None = None


class Skipped(_Model):
    """An amount that was read but left out, and why (an ambiguous sign such as ``kr``)."""

    text: str
    start: int
    end: int
    reason: str


class Extraction(_Model):
    """Every mention in a text, in text order, and the stated equivalents between them.

    ``skipped`` lists the amounts moneyfacts saw but would not read without guessing;
    ``rates`` the rates the article prints (their figures are not mentions).
    """

    mentions: list[Quantity]
    equivalences: list[Equivalence]
    skipped: list[Skipped] = []
    rates: list[StatedRate] = []



CauseKind = Literal[
    "magnitude_slip",
    "inverted_rate",
    "wrong_currency",
    "stale_rate",
    "digit_transposition",
    "contradicts_stated_rate",
    "contradicts_other_pairs",
    "round_rate",
    "unexplained",
    "arithmetic_slip",  # no longer given (now "unexplained"); kept to read older reports
    # unit equivalents (kind "unit", see moneyfacts.equivalents)
    "wrong_gallon",
    "wrong_ton",
    "wrong_barrel",
    "wrong_mile",
    "square_as_linear",
    # a same-currency restatement that is not equal
    "restated_unequal",
]


class Cause(_Model):
    """A diagnosis of why a stated equivalent does not add up."""

    kind: CauseKind
    detail: str
    factor: Dec | None = None
    currency: str | None = None
    date: dt.date | None = None
    #: ``stale_rate``/``round_rate``: how far the rate the figure fits lies from the day's
    #: (relative, signed).
    gap: Dec | None = None


#: ``loose``: the figure reaches the day's rate only through its written precision (a
#: suggestion, not an alarm: the command's exit code treats it as consistent).
Verdict = Literal["consistent", "loose", "inconsistent", "unverifiable"]


class Finding(_Model):
    """The check of one stated equivalent, or (``subject="stated_rate"``) of a rate the
    article prints, read as "1 base = value quote".

    ``kind`` is ``"unit"`` for two measures stated as equivalents ("100 miles (160 km)"),
    checked exactly with pint (no rate); ``form`` is the equivalence's form (``"implied"``
    for two amounts a shared subject links, with its ``evidence``)."""

    original: Quantity
    stated: Quantity
    verdict: Verdict
    expected: Interval | None = None
    deviation: Dec | None = None
    rate: list[Rate] = []
    explanation: str
    cause: Cause | None = None
    consistent_dates: list[DateRange] = []
    subject: Literal["equivalent", "stated_rate"] = "equivalent"
    #: The band: the relative allowance by which the reference rates (``rate``) were widened
    #: to judge the pair (None when no reference rate judged it).
    band: Dec | None = None
    kind: Literal["money", "unit"] = "money"
    form: str | None = None
    evidence: Evidence | None = None



class Report(_Model):
    """All findings for one text.

    ``consistent_dates`` (an undated article): the date ranges on which all its findings
    fit together, the intersection of theirs.
    """

    date: str | None = None
    findings: list[Finding] = []
    mentions: list[Quantity] = []
    skipped: list[Skipped] = []
    meta: dict[str, Any] = {}
    consistent_dates: list[DateRange] = []
    rates: list[StatedRate] = []
    #: How the article was dated from its own text or page (None: a date was given, or none found).
    dating: ArticleDate | None = None

    @property
    def inconsistent(self) -> list[Finding]:
        return [f for f in self.findings if f.verdict == "inconsistent"]



M = TypeVar("M", bound=BaseModel)


def keep_text(model: M, text: object) -> M:
    """Keep the text ``model`` was read from beside its fields, for the HTML view
    (:func:`moneyfacts.html.source_text`); ``text`` may be another model that kept one, and
    anything else keeps nothing. It is in none of the model's fields, so never in its JSON,
    its equality or its hash (pydantic ignores non-field entries of the instance dict, as it
    does for a ``cached_property``).

    >>> k = keep_text(Skipped(text="kr 5bn", start=0, end=6, reason="ambiguous"), "kr 5bn!")
    >>> k.__dict__["_source_text"], "kr 5bn!" in k.model_dump_json()
    ('kr 5bn!', False)
    >>> k == Skipped(text="kr 5bn", start=0, end=6, reason="ambiguous")
    True
    """
    if isinstance(text, BaseModel):
        text = text.__dict__.get("_source_text")
    if isinstance(text, str):
        model.__dict__["_source_text"] = text
    return model


def _checked(cls: type[M], fields: dict[str, Any], ordered: bool = False) -> M:
    return cls(**fields)


class _Constructor(Protocol):
    def __call__(self, cls: type[M], fields: dict[str, Any], ordered: bool = False) -> M: ...


def _pick_constructor() -> _Constructor:
    """Use the fast path only while pydantic keeps a model's state where it does now (in the
    four slots :func:`moneyfacts.construct.fast` fills); the tests check it builds exactly
    what validation builds."""
    from moneyfacts.construct import SLOTS, fast

    return fast if SLOTS <= set(getattr(BaseModel, "__slots__", ())) else _checked


#: Build a model from trusted fields: every field given, each already of its type (with
#: ``ordered=True``, in the model's field order and a dict of the caller's own). For
#: moneyfacts' own hot paths (the scan, the rate store); user input goes through validation.
trusted = _pick_constructor()
