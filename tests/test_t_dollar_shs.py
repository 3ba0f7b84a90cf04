"""'T$' (CLDR: the pa'anga; Reuters: the Taiwan dollar) and 'Shs' (Ugandan, Kenyan and
Tanzanian copy) are signs several currencies share: the story's places settle them, and a
text that names none is refused, never read silently as one of them."""

import pytest

from moneyfacts import extract


@pytest.mark.parametrize(("text", "code"), [
    ("The chipmaker, based in Hsinchu, Taiwan, booked sales of T$41.7 billion.", "TWD"),
    ("Tonga's cabinet in Nuku'alofa set aside T$8.5 million for wharf repairs.", "TOP"),
    ("The Kampala-based lender made a profit of Shs 96.4 billion last year.", "UGX"),
    ("The Nairobi bourse listed lender, Kenya's second largest, earned Shs 22 billion.", "KES"),
])
def test_places_settle_the_shared_sign(text: str, code: str) -> None:
    [m] = extract(text).mentions
    assert m.unit == code
    assert m.assumed is not None and "in the text" in m.assumed


@pytest.mark.parametrize("text", [
    "Quarterly sales reached T$41.7 billion, the company said.",
    "The lender made a profit of Shs 96.4 billion last year.",
])
def test_no_place_no_reading(text: str) -> None:
    result = extract(text)
    assert result.mentions == []
    [skipped] = result.skipped
    assert "ambiguous" in skipped.reason
