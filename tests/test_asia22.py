"""asia22 (session 22): Asian, Middle Eastern and African amounts under ``locale="auto"`` and
their page locale, each read right or refused, never a silent wrong number. The sentences are
written for these tests."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts as mf
from money_fields import valued_money


_money = valued_money


@pytest.mark.parametrize("text, locale, value, unit", [
    # Telugu, Kannada and Malayalam read no amount at all before
    ("విజయవాడకు రూ.2 లక్షల 10 వేల 500 కోట్లతో ప్రణాళిక", "te", "2105000000000", "INR"),
    ("ఆరోగ్యానికి రూ. 7 వేల కోట్లు కేటాయించారు", "te", "70000000000", "INR"),
    ("ఐటీ శాఖకు రూ.640 కోట్లు", "te", "6400000000", "INR"),
    ("ಮೈಸೂರಿಗೆ 3,260 ಕೋಟಿ ರೂ. ಅನುದಾನ", "kn", "32600000000", "INR"),
    ("ಸರ್ಕಾರ 2 ಲಕ್ಷ 15 ಸಾವಿರ ಕೋಟಿ ರೂಪಾಯಿಗಳ ಬಜೆಟ್", "kn", "2150000000000", "INR"),
    ("ബോർഡിന് 118.25 കോടി രൂപയും അനുവദിച്ചു", "ml", "1182500000", "INR"),
    # Amharic in four parts was read from its last part alone (948 birr)
    ("በጀቱ 412 ቢሊዮን 36 ሚሊዮን 205 ሺህ 17 ብር ነው።", "am", "412036205017", "ETB"),
    ("ለትምህርት 730 ሺህ ብር ተመድቧል።", "am", "730000", "ETB"),
    # a point after a Han character starts the figure: 0.5万, not 5万
    ("公司追加投资.5万元。", "zh", "5000", "CNY"),
    # the fraction said before digits was left out (8 lakh crore, silently)
    ("বাজেটের আকার সাড়ে ৬ লাখ কোটি টাকা হতে পারে।", "bn", "6500000000000", "BDT"),
    ("योजनेसाठी साडे ४ हजार कोटी रुपये मिळाले.", "mr", "45000000000", "INR"),
    ("આ બજેટ અઢી લાખ કરોડ રૂપિયાનું છે.", "gu", "2500000000000", "INR"),
    # a spelled thousand joined by 'و' to the digits (211 billion, silently)
    ("بودجه شهرداری چهار هزار و 120 میلیارد تومان است", "fa", "41200000000000", "IRR"),
    # the trillion as Uzbek Cyrillic spells it (the amount was read from its billions)
    ("Лойиҳа учун 3 триллион 150 миллиард сўм ажратилади", "uz_Cyrl", "3150000000000", "UZS"),
    ("Тошкентга 12 млрд сўмни ажратди", "uz_Cyrl", "12000000000", "UZS"),
    # the tenge and the tugrik alone, with the case endings glued on
    ("Облысқа 312,4 млрд теңгеге жуық қаржы бөлінді.", "kk", "312400000000", "KZT"),
    ("Банк 45.6 тэрбум төгрөгийн зээл олгов.", "mn", "45600000000", "MNT"),
    # the Arabic comma between digits is Algerian copy's decimal comma (71 billion, silently)
    ("بلغ الناتج 3150 مليار دج (212،45 مليار دولار) هذا العام", "ar", "212450000000", "USD"),
    ("بلغ الناتج 3150 مليار دج هذا العام", "ar", "3150000000000", "DZD"),
    # a Hausa magnitude before the naira's sign (1.8 naira, silently)
    ("Gwamnati ta kashe tiriliyan N2.6 a kan ayyuka a bara.", "ha", "2600000000000", "NGN"),
])
def test_read_right(text: str, locale: str, value: str, unit: str) -> None:
    assert (Decimal(value), unit) in _money(text, locale)


def test_shared_rupee_spellings_carry_a_note() -> None:
    # India's Urdu 'روپئے' and Sri Lanka's Tamil 'ரூபா' are read, each with its candidates noted
    (q,) = mf.extract("ریاست کرناٹک کیلئے 240 کروڑ روپئے جاری", locale="ur").mentions
    assert q.value == Decimal("2400000000") and q.unit in ("INR", "PKR") and q.assumed
    (q,) = mf.extract("மத்திய வங்கி 42 பில்லியன் ரூபாவை வழங்கியது", locale="ta").mentions
    assert q.value == Decimal("42000000000") and q.unit in ("INR", "LKR") and q.assumed


def test_telugu_stacked_thousand_crore_is_never_thousands() -> None:
    # '9 వేల కోట్లు' is 9 thousand crore; it was read as 9,000 rupees
    got = _money("రూ. 9 వేల కోట్లు ఇచ్చారు", "te")
    assert got == [(Decimal("90000000000"), "INR")]


_HALVES = [  # (locale, the word for 'and a half', a lakh crore as the language writes it, money)
    ("bn", "সাড়ে", "লাখ কোটি", "টাকা"),
    ("hi", "साढ़े", "लाख करोड़", "रुपये"),
    ("mr", "साडे", "लाख कोटी", "रुपये"),
    ("gu", "સાડા", "લાખ કરોડ", "રૂપિયા"),
    ("pa", "ਸਾਢੇ", "ਲੱਖ ਕਰੋੜ", "ਰੁਪਏ"),
]


@given(st.sampled_from(_HALVES), st.integers(min_value=1, max_value=99))
def test_half_before_digits_is_added(case: tuple[str, str, str, str], n: int) -> None:
    # law: '<and a half> n <lakh crore> <money>' is n + 0.5 lakh crore, never n alone
    locale, half, magnitude, money = case
    got = _money(f"बजट {half} {n} {magnitude} {money} है", locale)
    assert [v for v, _u in got] == [(Decimal(n) + Decimal("0.5")) * Decimal(10) ** 12]
