"""Session 22 (pairs22): the article's own rate in more of the forms copy writes it, and
stated equivalents linked by more phrases. Sentences written here."""

from __future__ import annotations

from decimal import Decimal

from moneyfacts import check, extract
from moneyfacts.statedrates import per_amounts


def _rates(text: str, locale: str | None = None) -> list[tuple[str, str, Decimal]]:
    return [(r.base, r.quote, r.value) for r in extract(text, locale=locale).rates]


def _equivalents(text: str, date: str, locale: str | None = None):  # type: ignore[no-untyped-def]
    return [f for f in check(text, date=date, locale=locale).findings if f.subject == "equivalent"]


def test_an_amount_per_one_unit_is_the_articles_rate() -> None:
    """'N190 to a dollar', '1,500 shillings to the dollar', 'KSh 129.45 per US dollar',
    'N470/$1': an amount in one currency per one unit of another is a rate, not an amount."""
    text = ("Lagos lawmakers were told the naira budget of N9.2 trillion ($48.4 billion) uses an "
            "exchange rate of N190 to a dollar.")
    assert ("USD", "NGN", Decimal("190")) in _rates(text)
    assert all(m.value != 190 for m in extract(text).mentions)
    assert _rates("Tanzania's plan puts the shilling at 2,500 Tanzanian shillings to the dollar.") == [
        ("USD", "TZS", Decimal("2500"))]
    assert _rates("In Nairobi the shilling traded at KSh 129.45 per US dollar on Monday.") == [
        ("USD", "KES", Decimal("129.45"))]
    assert _rates("In Abuja the naira closed at N470/$1 on Friday.") == [("USD", "NGN", Decimal("470"))]


def test_an_amount_per_dollar_of_something_is_no_rate() -> None:
    assert _rates("The Chinese lender earns 5 yuan per dollar of assets it holds.") == []
    assert _rates("Donors in Britain gave £2 for each dollar raised.") == []
    assert _rates("In Mexico City, senders pay 7 pesos per dollar sent home.") == []


def test_a_pair_is_judged_by_an_amount_per_dollar_rate() -> None:
    """A budget converted at its own round rate, 4% off the market: consistent by the
    article's rate, not a round-rate slip."""
    text = ("Abuja's 2016 budget is based on an exchange rate of N190 to a dollar. Revenue is put "
            "at $20.3 billion (N3.86 trillion).")
    f, = _equivalents(text, "2015-12-23")
    assert f.verdict == "consistent" and "article's own rate of 190 NGN per USD" in f.explanation


def test_an_assumed_rate_is_not_judged_a_market_rate_is() -> None:
    """A budget's or a forecast's rate makes no claim about the market: unverifiable. The
    same figure as a market quote is judged (4% off the day's fixing here)."""
    assumed = [f for f in check("In Lagos, the N6.08 trillion budget is based on an exchange rate of N190 "
                                "to a dollar.",
                                date="2015-12-23").findings if f.subject == "stated_rate"]
    assert [f.verdict for f in assumed] == ["unverifiable"]
    assert "assumption" in assumed[0].explanation
    market = [f for f in check("In Lagos the naira traded at N150 to a dollar on Tuesday.",
                               date="2015-12-23").findings if f.subject == "stated_rate"]
    assert [f.verdict for f in market] == ["inconsistent"]


def test_a_rate_in_words_with_buys_or_is_worth() -> None:
    assert _rates("In Mumbai one dollar buys 84 rupees these days.") == [("USD", "INR", Decimal("84"))]
    assert _rates("A euro is worth 1.08 dollars at the moment.") == [("EUR", "USD", Decimal("1.08"))]


def test_a_rate_with_both_sides_read_in_the_texts_language() -> None:
    """'1ドルは約150円' (one dollar is about 150 yen), '1 € pour 655,957 FCFA', 'el dólar a
    18,50 pesos': the decimal comma of the locale is kept (18.50, not 1850)."""
    assert _rates("総額は50億ドル（1ドルは約150円）となる。", locale="ja") == [("USD", "JPY", Decimal("150"))]
    assert _rates("Au Sénégal, le taux est fixe : 1 € pour 655,957 francs CFA.", locale="fr") == [
        ("EUR", "XOF", Decimal("655.957"))]
    assert _rates("En México, con el dólar a 18,50 pesos, la obra costará 925 millones de pesos.",
                  locale="es") == [("USD", "MXN", Decimal("18.50"))]
    assert _rates("Au Sénégal, la parité est de 655,957 francs CFA pour un euro.", locale="fr") == [
        ("EUR", "XOF", Decimal("655.957"))]


def test_the_unit_named_first_in_english() -> None:
    text = "In Karachi, with the dollar at 280 rupees, the Rs 28 billion ($100 million) plan was signed."
    assert ("USD", "PKR", Decimal("280")) in _rates(text)
    f, = _equivalents(text, "2024-05-10")
    assert "article's own rate of 280 PKR per USD" in f.explanation


def test_equivalents_after_amounting_to_and_the_amount() -> None:
    """'..., amounting to almost $Y' after a noun, 'The amount, about $Y, ...' in the next
    sentence, and '(˜ USD Y)' with a small tilde for 'about'."""
    f, = _equivalents("Seoul's 9.3 trillion won package, amounting to almost 6.8 billion U.S. "
                      "dollars, goes to parliament next week.", "2024-11-05")
    assert f.verdict == "consistent"
    f, = _equivalents("The ministry will spend 2.2 trillion won on chip materials this year.\n\n"
                      "The amount, about 1.6 billion U.S. dollars, is 4 percent more than last "
                      "year's.", "2024-11-05")
    assert f.verdict == "consistent"
    f, = _equivalents("Tokyo plans ¥3 trillion (˜ USD 20 billion) of new outlays.", "2024-11-05")
    assert f.verdict == "consistent" and f.stated.qualifier == "approx"


def test_per_amounts_needs_an_amount_of_plain_digits() -> None:
    """'2 million rupees to the dollar' is no rate: a rate is written as a plain figure."""
    from moneyfacts import parse

    m = parse("2 million rupees").model_copy(update={"start": 0, "end": 16})
    assert per_amounts("2 million rupees to the dollar", [m]) == []
