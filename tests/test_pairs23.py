"""Session 23 (pairs23): pegged currencies judged through their peg, the CFA franc as the
press writes it, and the rows of a table as stated equivalents. Sentences written here."""

from __future__ import annotations

from decimal import Decimal

from moneyfacts import check, extract
from moneyfacts.models import Finding


def _equivalents(text: str, date: str, locale: str | None = None) -> list[Finding]:
    return [f for f in check(text, date=date, locale=locale).findings if f.subject == "equivalent"]


def test_the_cfa_franc_per_dollar_follows_the_euro_peg() -> None:
    """100 billion CFA francs on 14 April 2025: 655.957 per euro at ECB's 1.1377 dollars a
    euro is 173.4 million dollars. NBP's weekly table B put the franc about 4% lower, so the
    table passed $166 million and flagged $173 million; the peg does the opposite."""
    right = _equivalents("Mali raised 100 billion CFA francs ($173 million) at the regional "
                         "auction, the Treasury in Bamako said.", "2025-04-14")
    assert [(f.original.unit, f.verdict) for f in right] == [("XOF", "consistent")]
    assert right[0].rate[0].source == "ECB and the XOF peg" and right[0].rate[0].via == "EUR"
    off = _equivalents("Mali raised 100 billion CFA francs ($166 million) at the regional "
                       "auction, the Treasury in Bamako said.", "2025-04-14")
    assert [f.verdict for f in off] == ["inconsistent"]


def test_a_dollar_pegged_currency_per_euro_follows_its_peg() -> None:
    """AED per euro: 3.6725 dirhams a dollar times the euro's dollar rate, not NBP's cross."""
    found = _equivalents("The Dubai developer will spend AED 10 billion (€2.4 billion) on new "
                         "towers, the company said in Dubai.", "2025-06-02")
    assert [f.verdict for f in found] == ["consistent"]
    assert found[0].rate[0].source == "ECB and the AED peg"


def test_two_currencies_pegged_to_one_anchor_are_pegged_to_each_other() -> None:
    """The riyal and the dirham are both fixed to the dollar: 3.6725 / 3.75 dirhams a riyal
    on any day, judged with the peg's narrow band."""
    found = _equivalents("The Saudi investor in Riyadh paid SR 375 million (AED 367.25 million) "
                         "for the Dubai tower.", "2019-03-05")
    assert [(f.verdict, f.rate[0].source) for f in found] == [("consistent", "the SAR and AED pegs")]
    assert found[0].expected is not None
    assert found[0].expected.low == found[0].expected.high == Decimal("367250000")


def test_francs_cfa_written_after_the_noun_narrow_to_the_two_zones() -> None:
    """'francs CFA' (fr) was read as a bare 'francs', every franc a candidate."""
    ex = extract("Le Gabon a levé 100 milliards de francs CFA sur le marché régional.", locale="fr")
    assert [(m.text, m.unit) for m in ex.mentions] == [("100 milliards de francs CFA", "XAF")]
    refused = extract("Le fonds a versé 6,6 milliards de francs CFA aux éleveurs.", locale="fr")
    assert refused.mentions == []
    assert "XAF, XOF" in refused.skipped[0].reason and "BIF" not in refused.skipped[0].reason
    en = extract("Gabon will spend 500 billion francs CFA on roads.")
    assert [(m.text, m.unit) for m in en.mentions] == [("500 billion francs CFA", "XAF")]


def test_cfa_glued_before_the_figure_is_read_by_the_places() -> None:
    """'CFA500 billion' was dropped without a word; after a figure 'CFA' still starts 'CFA
    francs', so the pair after it stays linked."""
    ex = extract("Senegal will borrow CFA500 billion ($850 million) this year, the ministry in "
                 "Dakar said.")
    assert [(m.text, m.unit) for m in ex.mentions][0] == ("CFA500 billion", "XOF")
    assert len(ex.equivalences) == 1
    nowhere = extract("The fund will borrow CFA500 billion this year.")
    assert nowhere.mentions == [] and "XAF" in nowhere.skipped[0].reason
    gabon = extract("Gabon raised 100 billion CFA francs ($170 million) on the market.")
    assert [m.text for m in gabon.mentions] == ["100 billion CFA francs", "$170 million"]
    assert len(gabon.equivalences) == 1


TABLE = ("Saudi budget, in riyals and dollars\n"
         "Health\tSR 12 billion\t$3.2 billion\n"
         "Roads\tSR 30 billion\t$8 billion\n")


def test_the_rows_of_a_table_are_stated_equivalents() -> None:
    ex = extract(TABLE)
    assert [(e.original, e.stated, e.form) for e in ex.equivalences] == [(0, 1, "table"), (2, 3, "table")]
    assert [f.verdict for f in _equivalents(TABLE, "2025-03-03")] == ["consistent", "consistent"]
    piped = ("| Item | CFA francs | Euros |\n"
             "| Roads in Mali | 50 billion CFA francs | €76.2 million |\n"
             "| Dams in Mali | 20 billion CFA francs | €29 million |\n")
    found = _equivalents(piped, "2025-03-03")
    assert [(f.original.unit, f.stated.unit, f.verdict) for f in found] == [
        ("XOF", "EUR", "consistent"), ("XOF", "EUR", "inconsistent")]


def test_a_row_alone_or_words_between_make_no_table() -> None:
    assert extract("Health\tSR 12 billion\t$3.2 billion").equivalences == []
    apart = "Health\tSR 12 billion\t$3.2 billion\n\nRoads\tSR 30 billion\t$8 billion\n"
    assert extract(apart).equivalences == []  # a blank line: two blocks of one row each
    worded = "Health SR 12 billion, then $3.2 billion\nRoads SR 30 billion, then $8 billion\n"
    assert extract(worded).equivalences == []
    same = "2024\t$3.1 billion\t$3.2 billion\n2025\t$3.3 billion\t$3.5 billion\n"
    assert extract(same).equivalences == []  # one currency: two years, not a conversion


def test_a_pegged_pairs_stale_rate_comes_from_the_anchors_past_rates() -> None:
    """$160 million for 100 billion CFA francs on 14 April 2025 is 5.3% off the day's peg
    cross; it matches 2 April (ECB's dollar before the tariff jump) times the peg. The other
    CFA franc, at par, is no 'wrong currency' (NBP's table had put the XAF there)."""
    found = _equivalents("Mali raised 100 billion CFA francs ($160 million) at the regional "
                         "auction, the Treasury in Bamako said.", "2025-04-14")
    assert [f.verdict for f in found] == ["inconsistent"]
    cause = found[0].cause
    assert cause is not None and cause.kind == "stale_rate"
    assert str(cause.date) == "2025-04-02" and "ECB and the XOF peg" in cause.detail
