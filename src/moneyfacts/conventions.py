"""How the caller settles what the text alone may not: one public object, passed everywhere.

A :class:`Conventions` replaces the ``dollar=``/``yen=``/``locale=`` arguments that used to be
threaded through every call (they remain as shorthands). It says

* what a bare ``$`` and a bare ``¥`` are (``dollar``, ``yen``);
* which CLDR locale the numbers are written in (``locale``);
* what a shared sign means when the text does not settle it (``signs``: ``{"pesos": "MXN",
  "Rs": "PKR"}``), the way an editor knows the paper's market;
* whether signs may be settled from the text itself (``context``: a spelled-out name
  elsewhere, a stated-rate line, an ISO code, the places it names, the dateline; see
  :mod:`moneyfacts.resolve`);
* the article's ``date``, when known: the currencies tender on that day are the ones a place
  stands for ('Croatia' is HRK in 2022 and EUR in 2023; 'Bs.' in 2024 is VES);
* the publisher's ``territory`` (an ISO 3166-1 alpha-2 code, ``territory_from`` saying how it
  was known: 'address ends .au'), the weakest evidence of a shared sign
  (:mod:`moneyfacts.publisher`): it reads a bare '$' or a 'Sh' only where the text names no
  other territory (a step of the resolver: with ``context=False`` it is not weighed either).

>>> c = Conventions(dollar="AUD", signs={"pesos": "PHP"})
>>> c.dollar, c.sign("pesos"), c.sign("kr")
('AUD', 'PHP', None)
>>> Conventions.of(None, dollar="CAD").dollar
'CAD'
>>> Conventions(dollar="XYZ")
Traceback (most recent call last):
...
moneyfacts.errors.UnknownCurrencyError: unknown currency 'XYZ' (dollar=)
>>> Conventions(territory="au").territory
'AU'
>>> Conventions(territory="Australia")
Traceback (most recent call last):
...
moneyfacts.errors.UnknownTerritoryError: unknown territory 'Australia' (territory=): give an ISO 3166-1 alpha-2 country code, e.g. AU, KE or GB
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from moneyfacts.errors import InputError, UnknownCurrencyError

__all__ = ["Conventions", "sign_in"]


def _is_code(code: object) -> bool:
    return isinstance(code, str) and len(code) == 3 and code.isascii() and code.isupper()


@dataclass(frozen=True, slots=True)
class Conventions:
    """The caller's settings for readings the text may leave open. Frozen and hashable."""

    dollar: str = "USD"
    yen: str = "JPY"
    locale: str | None = None
    #: Sign or name (as written, e.g. ``"Rs"``, ``"pesos"``) -> ISO 4217 code. Stored as a
    #: sorted tuple of pairs so that the object stays hashable; give it a mapping.
    signs: tuple[tuple[str, str], ...] = field(default=())
    context: bool = True
    date: dt.date | None = None
    #: The publisher's territory (ISO 3166-1 alpha-2, e.g. ``"AU"``) and how it was known
    #: (``"address ends .au"``; None: given by the caller).
    territory: str | None = None
    territory_from: str | None = None

    def __post_init__(self) -> None:
        signs: Any = self.signs
        if isinstance(signs, Mapping):
            signs = tuple(sorted(signs.items()))
        elif not isinstance(signs, tuple):
            raise InputError(f"signs must be a mapping of sign to currency code, not {signs!r}")
        object.__setattr__(self, "signs", tuple(sorted(signs)))
        for name in ("dollar", "yen"):
            code = getattr(self, name)
            if not _is_code(code) or not _known(code):
                raise UnknownCurrencyError(code, None, where=f"{name}=")
        for sign, code in self.signs:
            if not isinstance(sign, str) or not sign:
                raise InputError(f"a sign in signs= must be non-empty text, not {sign!r}")
            if not _is_code(code) or not _known(code):
                raise UnknownCurrencyError(code, None, where=f"signs[{sign!r}]")
        if self.locale is not None and not isinstance(self.locale, str):
            raise InputError(f"locale must be a CLDR locale name, not {self.locale!r}")
        if isinstance(self.date, str):
            try:
                object.__setattr__(self, "date", dt.date.fromisoformat(self.date))
            except ValueError:
                raise InputError(f"date must be a day (YYYY-MM-DD), not {self.date!r}") from None
        if self.date is not None and (
                not isinstance(self.date, dt.date) or isinstance(self.date, dt.datetime)):
            raise InputError(f"date must be a datetime.date, not {self.date!r}")
        if not isinstance(self.context, bool):
            raise InputError(f"context must be True or False, not {self.context!r}")
        if self.territory is not None:
            from moneyfacts.publisher import territory_code

            object.__setattr__(self, "territory", territory_code(self.territory, "territory="))
        if self.territory_from is not None and not isinstance(self.territory_from, str):
            raise InputError(f"territory_from must be text, not {self.territory_from!r}")

    def sign(self, text: str) -> str | None:
        """The caller's currency for a sign or name as written, or None. A sign is matched
        as written ('Rs', 'P'); a name given in lower case in any case ('pesos', 'Pesos')."""
        return sign_in(self.signs, text)

    def with_territory(self, found: tuple[str, str] | None) -> Conventions:
        """These conventions with the publisher's territory ``found`` ((territory, how it was
        known), as :func:`moneyfacts.publisher.territory_of` gives it), unless the caller set
        one already: the caller's word comes first.

        >>> Conventions().with_territory(("KE", "address ends .ke")).territory_from
        'address ends .ke'
        >>> Conventions(territory="TZ").with_territory(("KE", "address ends .ke")).territory
        'TZ'
        """
        if found is None or self.territory is not None:
            return self
        return replace(self, territory=found[0], territory_from=found[1])

    @classmethod
    def of(
        cls,
        conventions: Conventions | None = None,
        *,
        dollar: str | None = None,
        yen: str | None = None,
        locale: str | None = None,
    ) -> Conventions:
        """``conventions`` with the shorthands given (not None) applied over it."""
        if conventions is not None and not isinstance(conventions, Conventions):
            raise InputError(f"conventions must be a moneyfacts.Conventions, not {type(conventions).__name__}")
        base = conventions or _DEFAULT
        if dollar is None and yen is None and locale is None:
            return base
        return replace(base, dollar=base.dollar if dollar is None else dollar,
                       yen=base.yen if yen is None else yen,
                       locale=base.locale if locale is None else locale)


def sign_in(signs: tuple[tuple[str, str], ...], text: str) -> str | None:
    """The code that ``signs`` (``Conventions.signs``) give a sign or name as written."""
    for sign, code in signs:
        if sign == text or (not sign[:1].isupper() and sign.lower() == text.lower()):
            return code
    return None


def _known(code: str) -> bool:
    from moneyfacts.currencies import lexicon

    return code in lexicon().all_codes


_DEFAULT = Conventions.__new__(Conventions)
for _name, _value in (("dollar", "USD"), ("yen", "JPY"), ("locale", None), ("signs", ()),
                      ("context", True), ("date", None), ("territory", None),
                      ("territory_from", None)):
    object.__setattr__(_DEFAULT, _name, _value)
