"""Physical quantities (kind "measure"): the units gold set, the clashes with money and counts,
pint conversions, and the laws that hold for every unit in the table."""

from __future__ import annotations

import os
import re
from decimal import Decimal, localcontext
from typing import Any

import pint
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import moneyfacts
from gold_fields import label as from_gold
from gold_fields import reading as as_expected
from moneyfacts import parse
from moneyfacts.errors import DimensionError, InputError, MoneyfactsError, ParseError
from moneyfacts.grammar import scan
from moneyfacts.measures import match_measure, pint_table, table
from moneyfacts.strategies import MEASURES, measure_texts
from moneyfacts.units import convert_measure, registry, to_base

CI = bool(os.environ.get("CI"))
PROPS = settings(max_examples=60, deadline=None, derandomize=CI,
                 suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.gold
def test_units_gold_is_read_exactly(gold_units: list[dict[str, Any]]) -> None:
    assert len(gold_units) >= 50
    misses = []
    for item in gold_units:
        try:
            got = as_expected(parse(item["text"]))
        except MoneyfactsError as exc:
            misses.append((item["text"], repr(exc)))
            continue
        if got != from_gold(item["expected"]):
            misses.append((item["text"], got))
    assert misses == [], f"{len(gold_units) - len(misses)}/{len(gold_units)} exact"


@pytest.mark.parametrize(
    ("text", "kind", "unit", "value"),
    [
        ("20,000 H200 chips", "count", "chip", "20000"),
        ("30tn tokens", "count", "token", "30000000000000"),
        ("75 million monthly active users", "count", "user", "75000000"),
        ("5,000 graphics cards", "count", "graphics card", "5000"),
        ("5m people", "count", "person", "5000000"),
        ("$5m", "money", "USD", "5000000"),
        ("$3m", "money", "USD", "3000000"),
        ("£2.5bn", "money", "GBP", "2500000000"),
    ],
)
def test_counts_and_money_stay_what_they_were(text: str, kind: str, unit: str, value: str) -> None:
    q = parse(text)
    assert (q.kind, q.unit, q.value, q.per) == (kind, unit, Decimal(value), None)


def test_money_per_barrel_is_money() -> None:
    q = parse("$80 a barrel")
    assert (q.kind, q.unit, q.value, q.per) == ("money", "USD", Decimal(80), "barrel")
    assert str(q.to_pint().units) == "USD / barrel"  # pint's barrel: a volume


@pytest.mark.parametrize("text", ["5G", "the 5G network", "H200", "the H200 chip", "5 C", "5 B",
                                  "a 5m wall", "Gb", "5 t", "30tn", "its 2024 second-quarter results", "5m long-term loans",
                                  "the 2025 year", "24 hour news"])
def test_not_measures(text: str) -> None:
    assert [q for q in scan(text) if q.kind == "measure"] == []


@pytest.mark.parametrize(
    ("text", "unit", "per", "value", "qualifier"),
    [
        ("two gigawatts", "gigawatt", None, "2", None),  # a spelled number before a unit word
        ("two and a half gigawatts", "gigawatt", None, "2.5", None),  # the whole plus 0.5
        ("one and a half tonnes a year", "metric_ton", "year", "1.5", None),
        ("two and a half days later", None, None, None, None),
        ("about twenty-five tonnes", "metric_ton", None, "25", "approx"),
        ("three hundred and fifty megawatts", "megawatt", None, "350", None),
        ("a hundred barrels a day", "barrel", "day", "100", None),
        ("a two-mile stretch", "mile", None, "2", None),  # 'a' is no part of the number
        ("five square kilometres", "kilometer ** 2", None, "5", None),
        ("minus two degrees Celsius", "degree_Celsius", None, "-2", None),
        ("two days later", None, None, None, None),  # no time unit after a spelled number
        ("a ton of work", None, None, None, None),
        ("two Washington lawyers", None, None, None, None),
        ("ten basis points", None, None, None, None),  # not in [spelled before]
        ("a 5m-high wall", "meter", None, "5", None),
        ("5m tall", "meter", None, "5", None),
        ("a 3nm chip", "nanometer", None, "3", None),
        ("45°C", "degree_Celsius", None, "45", None),
        ("-5C", "degree_Celsius", None, "-5", None),
        ("minus 20 degrees Celsius", "degree_Celsius", None, "-20", None),
        ("12 million tonnes a year", "metric_ton", "year", "12000000", None),
        ("12 million tonnes annually", "metric_ton", "year", "12000000", None),
        ("9 million barrels a day", "barrel", "day", "9000000", None),
        ("20 mtpa", "metric_ton", "year", "20000000", None),
        ("50 basis points", "basis_point", None, "50", None),
        ("25 bps", "basis_point", None, "25", None),
        ("1 day", "day", None, "1", None),
        ("a 2-year deal", "year", None, "2", None),
        ("400 Gb/s", "gigabit", "second", "400", None),
        ("1 GW-plus", "gigawatt", None, "1", "ge"),
        ("roughly 2,000 square kilometres", "kilometer ** 2", None, "2000", "approx"),
    ],
)
def test_forms(text: str, unit: str | None, per: str | None, value: str | None,
               qualifier: str | None) -> None:
    found = [q for q in scan(text) if q.kind == "measure"]
    if unit is None:
        assert found == []
        return
    assert len(found) == 1
    q = found[0]
    assert (q.unit, q.per, q.value, q.qualifier) == (unit, per, Decimal(value or 0), qualifier)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("between two and three gigawatts", "2", "3"),  # not 'two and three' = 5
    ("two to three gigawatts", "2", "3"),
    ("two-three gigawatts", "2", "3"),  # not 'two-three' = 5
    ("twenty to twenty-five tonnes", "20", "25"),
    ("between one and two and a half gigawatts", "1", "2.5"),
])
def test_spelled_ranges_before_a_unit(text: str, low: str, high: str) -> None:
    (q,) = scan(text)
    assert (q.kind, q.value, q.low, q.high, q.text) == ("measure", None, Decimal(low),
                                                       Decimal(high), text)


def test_and_a_half_before_a_unit_word_is_precise_to_the_tenth() -> None:
    (q,) = scan("The farm adds two and a half gigawatts.")
    assert (q.value, q.precision, q.text) == (Decimal("2.5"), Decimal("0.1"),
                                              "two and a half gigawatts")


@pytest.mark.parametrize("text", ["two pounds", "between one and two pounds", "two days later",
                                  "half a ton", "the one and only mile", "a ton and a half"])
def test_a_spelled_number_before_a_unit_word_is_nothing_else(text: str) -> None:
    # Read before a unit word only when the unit is read: 'two pounds' is no money here
    # (spelled numbers need a magnitude word for money, as before).
    assert scan(text) == []


def test_tons_are_an_assumed_reading() -> None:
    q = parse("300,000 tons of steel")
    assert (q.kind, q.unit, q.value) == ("measure", "metric_ton", Decimal(300000))
    assert q.assumed is not None and "tons" in q.assumed and "short ton" in q.assumed
    assert parse("300,000 tonnes").assumed is None


def test_measures_in_a_sentence_beside_money() -> None:
    text = ("The 1.2 GW campus will cost $10 billion, use 500,000 gallons of water a day and "
            "take 18 months; 20,000 H200 chips arrive by ship.")
    got = [(q.kind, q.unit, q.value, q.per, q.text) for q in scan(text)]
    assert got == [
        ("measure", "gigawatt", Decimal("1.2"), None, "1.2 GW"),
        ("money", "USD", Decimal(10**10), None, "$10 billion"),
        ("measure", "gallon", Decimal(500000), "day", "500,000 gallons of water a day"),
        ("measure", "month", Decimal(18), None, "18 months"),
        ("count", "chip", Decimal(20000), None, "20,000 H200 chips"),
    ]
    ext = moneyfacts.extract(text)
    assert [m.kind for m in ext.mentions] == [g[0] for g in got] and ext.equivalences == []


def test_matcher_first_test_is_a_lookup() -> None:
    t = table()
    assert "gigawatt" in t.first_names and "gw" not in t.first_names and "GW" in t.symbols
    assert match_measure("2 budget", 1) is None and match_measure("2, then", 1) is None


def test_pint_table_is_what_pint_gives() -> None:
    """units_pint.txt is generated from pint: regenerate it when this fails after a pint update
    (python -m moneyfacts.measures --write-table)."""
    from importlib import resources

    shipped = [tuple(line.split("\t")) for line in resources.files("moneyfacts").joinpath(
        "data", "units_pint.txt").read_text("utf-8").splitlines() if line and line[0] != "#"]
    assert shipped == pint_table()
    ureg = registry()
    for spelling, unit, how in shipped:  # and every row names a unit of ours
        if how == "q":  # count17: a word that with the unit names another of pint's units
            assert f"{spelling}_{unit}" in ureg._units and unit in ureg._units
            continue
        if spelling in (unit.lower(), unit.lower() + "s"):
            continue  # count18: pint's own name in lower case, read in any case ('degree_celsius')
        if unit != spelling.rstrip("s") and "_" in unit and unit in ureg._units and not (
                ureg.parse_unit_name(spelling.replace("-", "_"))):
            # count16: '<qualifier>_<alias>' ('metric_tonne'), which pint's parser knows only
            # apart: the unit is '<qualifier>_<head>', the alias pint's own spelling of it, of
            # that head word ('tonne' of 'ton')
            qualifier, head = unit.rsplit("_", 1)
            alias = spelling.removeprefix(qualifier + "_")
            alias = alias if alias in ureg._units[unit].aliases else alias[:-1]
            assert spelling.startswith(qualifier + "_") and alias.startswith(head)
            assert alias in ureg._units[unit].aliases and ureg.Unit(alias) == ureg.Unit(unit)
            continue
        assert ureg.Unit(unit) == ureg.Unit(spelling.replace("-", "_"))


def test_counted_nouns_on_pint() -> None:
    # '$1,900 an ounce' keeps the writer's ounce (of gold: troy), not pint's avoirdupois one
    assert str(parse("$1,900 an ounce").to_pint().units) == "USD / count_ounce"
    assert str(parse("$20 a unit").to_pint().units) == "USD / unit"  # not micro-nit
    assert parse("$2 a day").to_pint().to("USD / hour").magnitude * 24 == 2


def test_ounces_troy_by_the_text_else_avoirdupois_assumed() -> None:
    """An ounce after a number is a measure: a troy ounce when the metal is named after it,
    a troy ounce with a note when it is named elsewhere, else avoirdupois with a note."""
    q = parse("500,000 ounces of gold")
    assert (q.kind, q.unit, q.assumed) == ("measure", "troy_ounce", None)
    q = parse("The gold miner produced 500,000 ounces.")
    assert q.unit == "troy_ounce" and q.assumed is not None and "'gold'" in q.assumed
    for text in ("2 ounces", "4 oz of chocolate", "a 68-ounce can", "2oz"):
        q = parse(text)
        assert q.unit == "ounce" and q.assumed is not None and "avoirdupois" in q.assumed, text
    assert parse("5 troy ounces").unit == "troy_ounce" and parse("5 troy ounces").assumed is None
    assert parse("2oz").to_pint().to("gram").magnitude == Decimal("56.69904625")


def test_kitchen_and_short_symbols() -> None:
    """Cups, spoons, bare 'g' and 'l', miles, feet, yards as written in recipes and specs."""
    cases = {"3 tbsp": "tablespoon", "2 tsp": "teaspoon", "3 Cups of sugar": "cup",
             "500g of strawberries": "gram", "2 g.": "gram", "2l": "liter", "2L": "liter",
             "8 mi": "mile", "7 ft": "foot", "2 yds": "yard", "10 dm": "decimeter",
             "150 microgram": "microgram", "120 μg": "microgram", "37.8 microgrammes": "microgram",
             "10kmph": "kilometer", "8 fl oz": "fluid_ounce", "5 fluid ounces": "fluid_ounce",
             "2 kilos of rice": "kilogram"}
    for text, unit in cases.items():
        assert parse(text).unit == unit, text
    for text in ("5G network", "the 5G rollout", "2 L"):  # 'G' is no gram, a spaced 'L' a letter
        assert [q for q in scan(text) if q.kind == "measure"] == [], text


def test_our_registry_not_pints_shared_one() -> None:
    assert "basis_point" in registry()
    assert "basis_point" not in pint.get_application_registry()
    assert registry().Quantity(Decimal(50), "basis_point").to("percent").magnitude == Decimal("0.5")


def test_every_unit_in_the_data_is_a_pint_unit() -> None:
    ureg = registry()
    t = table()
    for entry in [*t.names.values(), *t.symbols.values(), *t.attached.values()]:
        ureg.Unit(entry.unit)
        if entry.per:
            ureg.Unit(entry.per)
    # A per-unit is a time ('barrels a day') or, for farm yields, an area ('172 bushels per
    # acre', '3 tonnes a hectare') or, for ore grades, a mass ('2.6 g/t'), or (count22) a
    # distance or a volume ('0.18 kWh/km', '18 km/l'); the adverbs ('annually') are times only.
    times_or_areas = (ureg.Unit("second").dimensionality, ureg.Unit("acre").dimensionality,
                      ureg.Unit("metric_ton").dimensionality, ureg.Unit("meter").dimensionality,
                      ureg.Unit("liter").dimensionality)
    for per in t.per.values():
        assert ureg.Unit(per).dimensionality in times_or_areas
    for per in t.per_adverb.values():
        assert ureg.Unit(per).dimensionality == ureg.Unit("second").dimensionality


# --- pint, convert, to_base -----------------------------------------------------------------------


def test_to_pint_and_convert() -> None:
    q = parse("500,000 barrels per day").to_pint()
    assert str(q.units) == "barrel / day" and q.magnitude == Decimal(500000)
    mw = moneyfacts.convert("2 GW", to="MW")
    assert (mw.kind, mw.unit, mw.value, mw.text) == ("measure", "megawatt", Decimal(2000), "2 GW")
    kmh = moneyfacts.convert("70 mph", to="km / hour")
    assert (kmh.unit, kmh.per, kmh.value) == ("kilometer", "hour", Decimal("112.65408"))
    low, high = parse("between 300 and 400 MW").to_pint()
    assert (low.to("GW").magnitude, high.to("GW").magnitude) == (Decimal("0.3"), Decimal("0.4"))


def test_dimension_mismatch_is_a_typed_error() -> None:
    with pytest.raises(DimensionError, match="'2 GW'.*'km'"):
        moneyfacts.convert("2 GW", to="km")
    with pytest.raises(DimensionError, match="not a unit"):
        moneyfacts.convert("2 GW", to="flubber")
    with pytest.raises(DimensionError):
        convert_measure(parse("$5bn"), "MW")
    with pytest.raises(InputError, match="date"):
        moneyfacts.convert("$5bn", to="EUR")
    assert issubclass(DimensionError, InputError)


def test_to_base() -> None:
    b = to_base(parse("1.2 million tonnes"))
    assert (b.unit, b.value, b.per, b.precision) == ("kilogram", Decimal("1.2E+9"), None,
                                                     Decimal("1E+8"))
    b = to_base(parse("45C"))
    assert (b.unit, b.value, b.precision) == ("kelvin", Decimal("318.15"), Decimal(1))
    b = to_base(parse("1.1 million bpd"))
    assert b.unit == "meter ** 3 / second" and b.per is None
    money = parse("$5bn")
    assert to_base(money) is money


def test_cli_parses_a_measure(capsys: pytest.CaptureFixture[str]) -> None:
    from moneyfacts.cli import main

    assert main(["parse", "1.2 million tonnes", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"kind":"measure"' in out.replace(" ", "") and '"metric_ton"' in out
    assert main(["parse", "2 GW"]) == 0
    assert "gigawatt" in capsys.readouterr().out
    assert main(["convert", "2 GW", "--to", "MW"]) == 0
    assert capsys.readouterr().out.strip() == "2,000 megawatt"
    assert main(["convert", "2 GW", "--to", "km"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("moneyfacts: error:") and "'km'" in err and "\n" not in err
    assert main(["convert", "$5bn", "--to", "EUR"]) == 2
    assert "date" in capsys.readouterr().err


# --- properties ----------------------------------------------------------------------------------


@pytest.mark.parametrize("row", MEASURES, ids=[r[1] for r in MEASURES])
def test_every_unit_round_trips_through_text(row: tuple[Any, ...]) -> None:
    """For each unit of the table, a random Decimal with a random magnitude word, written and
    parsed back, is the same quantity."""

    @PROPS
    @given(measure_texts(units=(row[1],)))
    def check(example: tuple[str, Any]) -> None:
        text, expected = example
        q = parse(text)
        fields = ("kind", "unit", "per", "value", "low", "high", "qualifier", "precision")
        assert {k: getattr(q, k) for k in fields} == {k: getattr(expected, k) for k in fields}, text

    check()


_TARGETS = {
    "gigawatt": "kW", "megawatt": "GW", "kilowatt": "MW", "terawatt_hour": "kWh",
    "gigawatt_hour": "joule", "kilowatt_hour": "MWh", "metric_ton": "kg", "kilogram": "gram",
    "gram": "kg", "barrel": "liter", "meter ** 3": "liter", "liter": "gallon", "gallon": "liter",
    "kilometer": "mile", "mile": "km", "nanometer": "meter", "foot ** 2": "meter ** 2",
    "kilometer ** 2": "hectare", "hectare": "acre", "acre": "hectare", "gigabyte": "MB",
    "petabyte": "TB", "terabyte": "GB", "gigabit": "MB", "day": "hour", "month": "day",
    "basis_point": "percent", "degree_Celsius": "degree_Fahrenheit",
    "degree_Fahrenheit": "degree_Celsius", "cup": "milliliter", "tablespoon": "teaspoon",
    "teaspoon": "milliliter", "inch": "centimeter", "foot": "meter", "yard": "foot",
    "troy_ounce": "gram",
}


@PROPS
@given(measure_texts(ranges=False, qualifiers=False))
def test_to_pint_round_trips_through_convert(example: tuple[str, Any]) -> None:
    """Measure -> another unit -> back: the same value within Decimal precision (28 digits)."""
    _, q = example
    there = convert_measure(q, _TARGETS[q.unit])
    back = convert_measure(there, q.unit)
    assert back.unit == q.unit and back.per == q.per
    assert q.value is not None and back.value is not None
    with localcontext() as ctx:
        ctx.prec = 28
        tolerance = abs(q.value) * Decimal("1E-24") + Decimal("1E-20")
    assert abs(back.value - q.value) <= tolerance
    pq = q.to_pint()
    assert pq.to(_TARGETS[q.unit] + (f" / {q.per}" if q.per else "")).magnitude == there.value


@PROPS
@given(st.text(alphabet="0123456789 ,.-GWMkmtTBbCFnsqft/hpdaly", max_size=30))
def test_scan_never_crashes_on_unit_letters(text: str) -> None:
    try:
        found = scan(text)
    except ParseError:  # pragma: no cover - scan raises nothing on text
        raise
    for q in found:
        assert text[q.start : q.end] == q.text


def test_frames_carry_the_pint_unit_and_the_base_amount() -> None:
    pa = pytest.importorskip("pyarrow")
    from moneyfacts import frames

    t = frames.mentions(pa.table({"text": ["A 1.2 GW campus, $10bn, 120 km/h and 2 million tonnes."]}))
    assert t.schema.field("base_value").type == pa.decimal128(38, 10)
    rows = t.select(["kind", "unit", "per", "base_unit", "base_value", "exact"]).to_pylist()
    assert rows == [
        {"kind": "measure", "unit": "gigawatt", "per": None,
         "base_unit": "kilogram * meter ** 2 / second ** 3", "base_value": Decimal(1200000000),
         "exact": True},
        {"kind": "money", "unit": "USD", "per": None, "base_unit": None, "base_value": None,
         "exact": True},
        # 120 km/h is 33.3... m/s: not exact in 10 decimals, so null and not exact (never rounded)
        {"kind": "measure", "unit": "kilometer", "per": "hour", "base_unit": "meter / second",
         "base_value": None, "exact": False},
        {"kind": "measure", "unit": "metric_ton", "per": None, "base_unit": "kilogram",
         "base_value": Decimal(2000000000), "exact": True},
    ]


def test_the_html_views_mark_a_measure_by_its_kind() -> None:
    from moneyfacts import extract, html

    text = "The campus draws two gigawatts and cost $5bn."
    page = html.extraction_html(extract(text), text)
    marks = re.findall(r'<mark class="mf-m mf-k-([a-z-]+)[^"]*"[^>]*>([^<]+)<', page)
    assert ("measure", "two gigawatts") in marks and ("money", "$5bn") in marks


@pytest.mark.parametrize("text", ["1 bbl", "1 barrel", "1 bpd", "1 bopd", "1 barrel a day"])
def test_news_barrels_are_oil_barrels(text: str) -> None:
    """Issue 20 item 11: pint's 'barrel' is the 31.5-gallon US liquid barrel, which made every
    oil volume 25% low; a news barrel is the oil barrel, 42 US gallons, 158.987 L."""
    q = parse(text)
    assert q.unit == "barrel"
    per = " / day" if q.per else ""
    assert convert_measure(q, "gallon" + per).value == 42
    assert round(convert_measure(q, "liter" + per).value or 0, 3) == Decimal("158.987")
    ureg = registry()
    assert ureg.Quantity(Decimal(1), "barrel").to("oil_barrel").magnitude == 1


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [("250 ml", "milliliter", "250"), ("250ml", "milliliter", "250"), ("250mls", "milliliter", "250"),
     ("10 mL of water", "milliliter", "10"), ("a 75cl bottle", "centiliter", "75"),
     ("25 centilitres", "centiliter", "25"), ("3 hectolitres", "hectoliter", "3"),
     ("3 gal", "gallon", "3"), ("below 6.0gal", "gallon", "6.0"), ("0.5 gals", "gallon", "0.5"),
     ("one liter", "liter", "1"),
     ("over four milliliters", "milliliter", "4"), ("at most six gallons", "gallon", "6")],
)
def test_volumes_of_the_peers_suites(text: str, unit: str, value: str) -> None:
    """Issue 21 §3: ml, cl, hl, gal (Duckling's Volume and Recognizers' Dimension corpora),
    from data/units.txt; spelled numbers before liters and gallons."""
    (q,) = scan(text)
    assert (q.kind, q.unit, q.value) == ("measure", unit, Decimal(value))


@pytest.mark.parametrize("text", ["24703L202", "24703 L-202", "It sold 5 l of it.", "rated 5 ML",
                                  "The F-35L", "won 5 in a row", "5 in 10 voters"])
def test_letters_that_are_no_volume(text: str) -> None:
    """A spaced 'l' or 'in' with a word after it is a letter or a preposition, 'ML' no
    millilitre, a number glued to letters a name: none of these is a measure. (Before issue
    21's units work 'a gallon of milk' and 'between 2l and about 7l' were listed here too;
    they now read as 1 gallon and 2 to 7 liters: test_range_with_approx_high_end.)"""
    assert [q for q in scan(text) if q.kind == "measure"] == []


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("between 2l and about 7l", "2", "7", "liter"), ("2 - ~7 grams", "2", "7", "gram"),
    ("between 0.002 kg and about 0.007 kg", "0.002", "0.007", "kilogram"),
    ("from 2 to 7 l", "2", "7", "liter"), ("between $5bn and about $7bn", "5E9", "7E9", "USD")])
def test_range_with_approx_high_end(text: str, low: str, high: str, unit: str) -> None:
    """'~' or 'about' before a range's high end makes the range approximate; it no longer
    splits it into a low end read alone (a silent wrong value) and the rest."""
    (q,) = scan(text)
    assert (q.low, q.high, q.unit, q.value) == (Decimal(low), Decimal(high), unit, None)
    assert q.qualifier in (None, "approx") and q.text == text


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a liter", "1", "liter"), ("an ml", "1", "milliliter"), ("a kg", "1", "kilogram"),
    ("a gallon of milk", "1", "gallon"), ("a cup of sugar", "1", "cup"),
    ("half a gallon", "0.5", "gallon"), ("half-litre", "0.5", "liter"),
    ("quarter-litre", "0.25", "liter"), ("fourth of liter", "0.25", "liter"),
    ("a tenth of a gallon", "0.1", "gallon"), ("three quarters of a cup", "0.75", "cup"),
    ("five inches", "5", "inch"), ("a three-foot trip", "3", "foot"),
    ("within six feet of the cup", "6", "foot"), ("two pounds of meat", "2", "pound"),
    ("over four ounces of chocolate", "4", "ounce"), ("more than four mls", "4", "milliliter"),
    ("three tablespoons butter", "3", "tablespoon")])
def test_articles_fractions_and_spelled_numbers_before_units(text: str, value: str,
                                                             unit: str) -> None:
    """'a'/'an', 'half a', fraction words and spelled numbers before a unit word are its
    number (issue 21 §3, Duckling's Volume and Quantity, Recognizers' Dimension)."""
    (q,) = [q for q in scan(text) if q.kind == "measure"]
    assert (q.value, q.unit) == (Decimal(value), unit)


@pytest.mark.parametrize("text", [
    "a ton of work", "a foot in the door", "children played in a yard", "$5 a gallon",
    "a third of a cup", "he paid two pounds", "a Pound", "a degree in law",
    "the fifth gallon"])
def test_articles_that_are_no_number(text: str) -> None:
    """No measure where the article is an idiom's ([no article]), a price per unit follows a
    figure, a fraction has no exact decimal, or 'pounds' may be money."""
    assert [(q.text, q.unit) for q in scan(text) if q.kind == "measure"] == []
    assert [q.text for q in scan("$5 a gallon")] == ["$5 a gallon"]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ('5"', "5", "inch"), ("at least 5''", "5", "inch"), ('He has a pen that is 10 " long.', "10", "inch"),
    ("the 5′ pole", "5", "foot"), ("he is 5′10″ tall", "70", "inch"), ("2 yd 7'", "13", "foot"),
    ("3m and 5cm", "305", "centimeter"),
    ("12 m 2 dm more or less", "122", "decimeter"), ("190 km2.", "190", "kilometer ** 2"),
    ("24703m2", "24703", "meter ** 2"), ("a 5 m² flat", "5", "meter ** 2"),
    ("The weight is 20 (kg)", "20", "kilogram"), ("20 [kg]", "20", "kilogram"),
    ("1 k.g.", "1", "kilogram"), ("1 k.gs", "1", "kilogram")])
def test_marks_powers_brackets_and_metres_beside_a_length(text: str, value: str,
                                                          unit: str) -> None:
    """Inch and foot marks, 'km2'/'m²', a symbol in brackets or with points, and a bare 'm'
    beside another length (the parts of one length, or the sides of a size) as a metre."""
    (q,) = [q for q in scan(text) if q.kind == "measure"]
    assert (q.value, q.unit) == (Decimal(value), unit)


def test_a_fraction_of_a_magnitude_is_never_the_magnitude() -> None:
    """'a quarter of a million barrels' read as 1,000,000 barrels and 'three quarters of a
    billion dollars' as $1 billion (silent wrong values, issue 21 §2): the fraction is read, or
    nothing is ('a third' has no exact decimal)."""
    assert [(q.value, q.unit) for q in scan("a quarter of a million barrels")] == [
        (Decimal(250000), "barrel")]
    assert [(q.value, q.unit) for q in scan("three quarters of a billion dollars", dollar="USD")
            ] == [(Decimal(750000000), "USD")]
    assert scan("a third of a million tonnes") == []
    assert [q.value for q in scan("half a million tonnes, a million people")] == [
        Decimal(500000), Decimal(1000000)]


def test_vulgar_fractions_read_exactly() -> None:
    """'½ teaspoon', '1½ cups', '2 ¾ miles' (Recognizers' Dimension); '⅓ cup' has no exact
    decimal and is not read at all (not as 1 cup, nor its whole number alone)."""
    got = [(q.value, q.unit) for q in scan("½ teaspoon baking powder, 1½ cups of flour, 2 ¾ miles")]
    assert got == [(Decimal("0.5"), "teaspoon"), (Decimal("1.5"), "cup"), (Decimal("2.75"), "mile")]
    assert scan("⅓ cup") == [] and scan("1⅓ cups") == []


def test_angles_only_with_a_word_of_rotation() -> None:
    """'degrees' and 'turns' are angles beside a word of rotation (units.txt [angle context]);
    elsewhere they stay counts, never a measure of a scale the text does not name."""
    read = {t: [(q.kind, q.value, q.unit) for q in scan(t)] for t in (
        "rotate 90 degrees", "turn left 45 degrees", "rotate 3 turns", "a 180-degree turn",
        "temperatures rose 5 degrees", "he took 3 turns")}
    assert read["rotate 90 degrees"] == [("measure", Decimal(90), "degree")]
    assert read["turn left 45 degrees"] == [("measure", Decimal(45), "degree")]
    assert read["rotate 3 turns"] == [("measure", Decimal(3), "turn")]
    assert read["a 180-degree turn"] == [("measure", Decimal(180), "degree")]
    assert all(k != "measure" for k, _, _ in read["temperatures rose 5 degrees"])
    assert all(k != "measure" for k, _, _ in read["he took 3 turns"])
    assert parse("The angle is 0.8rad").unit == "radian"
    assert [q.unit for q in scan("He said: 2 pm is 2 picometer")] == ["picometer"]


def test_the_sides_of_a_size_stay_apart() -> None:
    assert [(q.value, q.unit) for q in scan("1 m x 1 m")] == [(1, "meter"), (1, "meter")]
    assert [(q.value, q.unit) for q in scan("a 1 m x 20 cm panel")] == [
        (Decimal(1), "meter"), (Decimal(20), "centimeter")]


@pytest.mark.parametrize("text", [
    'the "Top 5" list', "won 5 in and 3 out", "the company earned $5m and 3m people came",
    "raised 3m and 5m", "it's what 1 ' s", "9m", "1 m 1 m", "the F-35 (kg)"])
def test_marks_and_bare_m_that_are_no_measure(text: str) -> None:
    """A double quote closing a quotation, a bare 'm' with no length beside it (a million or a
    metre: refused), a foot mark with no larger unit before it: no measure."""
    assert [(q.text, q.unit) for q in scan(text) if q.kind == "measure"] == []


def test_symbols_read_only_where_no_word_follows() -> None:
    assert [(q.value, q.unit) for q in scan("above 5 in")] == [(Decimal(5), "inch")]
    assert [(q.low, q.high) for q in scan("from 100 to 1000 l")] == [(Decimal(100), Decimal(1000))]


def test_measure_written_in_parts_is_one_sum() -> None:
    """'7 feet and 10 inches' is 94 inches (moneyfacts.compounds); before, 7 ft alone was read."""
    from decimal import Decimal

    from moneyfacts.grammar import scan

    got = [(q.value, q.unit, q.text) for q in scan("He is 7 feet, 10 inches tall; 1 km and 1 mile.")]
    assert got == [(Decimal("94"), "inch", "7 feet, 10 inches"),
                   (Decimal("2.609344"), "kilometer", "1 km and 1 mile")]
    # one distance stated twice stays two figures; a list of one unit is not summed
    assert [str(q) for q in scan("a run of 5 miles, 8 km")] == ["5 mile", "8 kilometer"]
    assert [str(q) for q in scan("It weighs 5 kg and 7 kg")] == ["5 kilogram", "7 kilogram"]


def test_per_millisecond_and_kopiykas() -> None:
    """A rate per millisecond keeps its per-unit (units.txt [per]); kopiykas are hundredths
    (lexicon [subunit]). Before: '50 km' and '3 UAH'."""
    from decimal import Decimal

    from moneyfacts.grammar import scan

    assert [(q.unit, q.per) for q in scan("50 km/ms and 50 meters per millisecond")] == [
        ("kilometer", "millisecond"), ("meter", "millisecond")]
    assert [(q.value, q.unit) for q in scan("3 UAH 4 kopiykas")] == [(Decimal("3.04"), "UAH")]


@pytest.mark.parametrize("text, unit, note", [
    ("The freighter was 340 nm west of the Azores at 11 knots.", "nautical_mile", "'knots'"),
    ("A storm centred 415 nm east of the islands, the typhoon warning centre said.",
     "nautical_mile", "'typhoon'"),
    ("Each patrol aircraft covers 900 nm before it refuels.", "nautical_mile", "'aircraft'"),
    ("The foundry started making 2 nm chips this year.", "nanometer", None),
    ("The vessel's laser sensor reads light at 850 nm.", "nanometer", "'laser'"),
    ("Blue light peaks near 450 nm.", "nanometer", None),
])
def test_nm_is_a_nautical_mile_in_a_maritime_story(text: str, unit: str, note: str | None) -> None:
    """'602 nm south-southeast of ...' in a cyclone warning read as nanometres (a silent wrong
    unit, 10¹² too small): a word of [nautical context] in the text makes a bare 'nm' a nautical
    mile, named in 'assumed'; a word of [nano context] right after it keeps the nanometre
    ('2 nm chips'), and one elsewhere keeps it with a note."""
    q = moneyfacts.extract(text).mentions[0]
    assert q.unit == unit
    assert (q.assumed is None) == (note is None)
    if note is not None:
        assert q.assumed is not None and note in q.assumed
