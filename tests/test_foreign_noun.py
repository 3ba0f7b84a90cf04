"""Issue 21 §1: a dollar's sign or word in a story about a peso or dollar country other than
the United States is weighed by the story's places. Every text here is written for these
tests."""

from __future__ import annotations

from decimal import Decimal

from moneyfacts import extract


def _read(text: str, locale: str) -> tuple[list[tuple[str, str | None, str | None]], list[str]]:
    found = extract(text, locale=locale)
    return ([(m.text, m.unit, m.assumed) for m in found.mentions if m.kind == "money"],
            [s.text for s in found.skipped])


def test_a_bare_dollar_beside_us_dollars_in_an_argentine_story_is_the_peso() -> None:
    # Issue 21 §1: 'US$' elsewhere in the text distinguishes the dollars; one peso territory.
    read, skipped = _read("En Córdoba, Argentina, el kilo de yerba cuesta $4.500, mientras las "
                          "importaciones desde Estados Unidos sumaron US$300 millones.", "es")
    assert not skipped
    assert [(t, u) for t, u, _ in read] == [("$4.500", "ARS"), ("US$300 millones", "USD")]
    assert read[0][2] is not None and "'US$300 millones'" in read[0][2]


def test_us_dollars_beside_places_of_two_peso_territories_stay_open() -> None:
    read, skipped = _read("Entre Chile y Argentina el flete cuesta $9.000 y el seguro US$40.",
                          "es")
    assert "$9.000" in skipped and ("US$40", "USD") in [(t, u) for t, u, _ in read]


def test_dollars_in_a_canadian_french_government_story_are_canadian() -> None:
    # The English non-agency rule's weighing, for the word in French (fr_CA writes CAD '$').
    read, _ = _read("Le gouvernement fédéral canadien versera 12 millions de dollars à "
                    "Winnipeg et à Regina, a déclaré la ministre à Ottawa.", "fr")
    assert [u for _, u, _ in read] == ["CAD"]
    assert read[0][2] is not None and "no agency copy" in read[0][2]


def test_dollars_in_agency_copy_or_with_one_mention_stay_the_callers() -> None:
    for text in ("MONTRÉAL (AFP) - Le gouvernement canadien versera 12 millions de dollars "
                 "à Winnipeg et à Regina, a déclaré la ministre à Ottawa.",
                 "Une entreprise du Canada a levé 12 millions de dollars."):
        read, _ = _read(text, "fr")
        assert [u for _, u, _ in read] == ["USD"]


def test_spanish_dollars_in_a_mexican_story_stay_us_dollars() -> None:
    """Spanish calls the peso 'peso' (CLDR: 'peso mexicano'), never 'dólares': the dollar's word
    in a story about Mexico is no local dollar, though es_MX writes the peso '$'."""
    text = ("La planta de Monterrey, en Nuevo León, recibirá 300 millones de dólares, dijo el "
            "gobierno de México; la inversión en Jalisco suma otros 200 millones de dólares.")
    got = extract(text, locale="es").mentions
    assert [(m.value, m.unit) for m in got] == [
        (Decimal("300000000"), "USD"), (Decimal("200000000"), "USD")]


def test_a_currency_noun_with_an_agreeing_adjective_in_a_story_about_another_country() -> None:
    """'escudos faciales' (face shields) in a Peruvian story read as CVE, silently: a noun CLDR
    gives one country's money today and others' of other times (escudo: CVE; PTE, CLE, MZE),
    with no magnitude and a lower-case word after it ending as it ends (an agreeing adjective),
    is refused when no place the text names has or had that currency."""
    read, skipped = _read("En Cusco, Perú, la municipalidad repartió 8000 escudos protectores "
                          "a los vendedores del mercado.", "es")
    assert read == [] and skipped == ["8000 escudos"]
    read, skipped = _read("Un colegio de Trujillo recibió 350 escudos faciales donados.", "es")
    assert read == [] and skipped == ["350 escudos"]


def test_the_same_noun_where_its_country_is_named_or_with_a_magnitude_is_read() -> None:
    # The cases a broader rule (refuse a one-country noun wherever other places are named)
    # refused: a magnitude, a Hong Kong dateline or US places, the text's own language.
    read, _ = _read("En Mindelo, Cabo Verde, el pasaje cuesta 4000 escudos caboverdianos.", "es")
    assert [(t, u) for t, u, _ in read] == [("4000 escudos", "CVE")]
    read, _ = _read("HONG KONG (Reuters) - The lender earned 12.4 billion yuan in the quarter.",
                    "en")
    assert [u for _, u, _ in read] == ["CNY"]
    read, _ = _read("Farmers in Ohio and Iowa sold soybeans worth 800 million yuan.", "en")
    assert [u for _, u, _ in read] == ["CNY"]
    read, _ = _read("Trang trại của ông thu về 300.000 đồng mỗi ngày.", "vi")
    assert [u for _, u, _ in read] == ["VND"]
    read, _ = _read("A bolsa paga 600 reais mensais a cada estudante.", "pt")  # pt: official in BR
    assert [u for _, u, _ in read] == ["BRL"]


def test_a_bracketed_amount_of_the_same_shared_sign_that_differs_is_refused() -> None:
    """'Rs 202 billion (Rs 12,600 crore)' in an Indian paper's story about Nepal read both as
    Nepali rupees: the bracket restates the first in Indian rupees (a different amount with the
    same sign). The bracketed figure is refused; the same amount restated is read."""
    read, skipped = _read("Nepal expects grants of Rs 150 billion (Rs 9,375 crore) from donors "
                          "in Kathmandu this year.", "en")
    assert [(t, u) for t, u, _ in read] == [("Rs 150 billion", "NPR")]
    assert skipped == ["Rs 9,375 crore"]
    read, skipped = _read("Nepal set aside Rs 3 crore (Rs 30 million) for schools in Pokhara.",
                          "en")
    assert [u for _, u, _ in read] == ["NPR", "NPR"] and skipped == []
    read, skipped = _read("In London the retailer's profit was £5m (£4.5m).", "en")
    assert [u for _, u, _ in read] == ["GBP", "GBP"] and skipped == []  # last year's, as UK results write it
