"""Turning raw input into checked values: every refusal is a ValidationError naming the field and
the reason, and no input makes a checker fail any other way."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefile.domain import CaseStatus, IdentifierKind, Money
from casefile.errors import ValidationError
from casefile.services import validation as v
from casefile.services.identifiers import match_keys, normalize

# Anything a text box, a script or a careless caller might hand over.
RAW = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(),
    st.from_regex(r"\A ?[-+]?[0-9,]{0,25}(\.[0-9]{0,6})?([eE][-+]?[0-9]{1,6})? ?\Z"),
)


def _refused(call: object, field: str, *args: object, **kwargs: object) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        call(field, *args, **kwargs)  # type: ignore[operator]
    assert raised.value.field == field
    assert raised.value.reason
    assert str(raised.value).startswith(f"{field}: ")
    return raised.value


# -- examples ---------------------------------------------------------------------------------


def test_text() -> None:
    assert v.text("title", "  Fake scooters  ") == "Fake scooters"
    assert v.text("brand", None) == ""
    assert "required" in _refused(v.text, "title", "   ", required=True).reason
    assert "at most 5" in _refused(v.text, "title", "abcdef", max_length=5).reason
    assert "must be text" in _refused(v.text, "title", 12).reason


def test_dates() -> None:
    assert v.optional_date("opened_on", "2026-03-31") == date(2026, 3, 31)
    assert v.optional_date("opened_on", " 2026-03-31 ") == date(2026, 3, 31)
    assert v.optional_date("opened_on", datetime(2026, 3, 31, 10, 0)) == date(2026, 3, 31)
    assert v.optional_date("opened_on", "") is None
    error = _refused(v.optional_date, "opened_on", "2026-02-30")
    assert "'2026-02-30' is not a date" in error.reason
    assert "YYYY-MM-DD" in error.reason
    _refused(v.optional_date, "opened_on", "31/03/2026")
    _refused(v.optional_date, "opened_on", 20260331)
    assert "required" in _refused(v.required_date, "due_on", "").reason


def test_not_before() -> None:
    v.not_before("closed_on", date(2026, 3, 2), "opened_on", date(2026, 3, 1))
    v.not_before("closed_on", None, "opened_on", date(2026, 3, 1))
    error = _refused(v.not_before, "closed_on", date(2026, 2, 1), "opened_on", date(2026, 3, 1))
    assert error.reason == "2026-02-01 is before opened_on 2026-03-01"


def test_choice() -> None:
    assert v.choice("status", " Closed ", CaseStatus) is CaseStatus.CLOSED
    assert v.choice("status", CaseStatus.OPEN, CaseStatus) is CaseStatus.OPEN
    error = _refused(v.choice, "status", "archived", CaseStatus)
    assert error.reason == "'archived' is not one of: open, on_hold, closed"


def test_count() -> None:
    assert v.count("quantity_seized", "1,200") == 1200
    assert v.count("quantity_seized", 0) == 0
    assert v.count("quantity_seized", "") is None
    assert "negative" in _refused(v.count, "quantity_seized", "-3").reason
    assert "not a whole number" in _refused(v.count, "quantity_seized", "2.5").reason
    assert "whole number" in _refused(v.count, "quantity_seized", True).reason
    assert "too large" in _refused(v.count, "quantity_seized", "1" + "0" * 20).reason
    assert "required" in _refused(v.count, "reminder_days", None, required=True).reason


def test_decimal() -> None:
    assert v.decimal("value", "50,000.50") == Decimal("50000.50")
    assert str(v.decimal("value", "-0")) == "0"
    assert "negative" in _refused(v.decimal, "value", "-0.01").reason
    assert "not a number" in _refused(v.decimal, "value", "fifty").reason
    assert _refused(v.decimal, "amount", "  ").reason == "is required: type a number"
    assert "not a finite number" in _refused(v.decimal, "value", "Infinity").reason
    assert "not a finite number" in _refused(v.decimal, "value", "NaN").reason
    assert "too large" in _refused(v.decimal, "value", "1e30").reason


def test_money() -> None:
    assert v.money("amount", "1,500.5", "cny") == Money(Decimal("1500.5"), "CNY")
    assert v.money("amount", "12.30", "EUR").minor_units == 1230
    assert "two decimal places" in _refused(v.money, "amount", "1.005", "CNY").reason
    assert "negative" in _refused(v.money, "amount", "-10", "CNY").reason
    # Amounts too large to store are refused, not a crash deep in decimal or SQLite.
    assert "too large" in _refused(v.money, "amount", "1e30", "CNY").reason
    assert "too large" in _refused(v.money, "amount", "12345678901234567890", "CNY").reason
    error = _refused(v.currency, "currency", "yuan")
    assert "three-letter currency code" in error.reason
    assert v.optional_money("fine", "", "CNY") is None


def test_jurisdictions_and_tags() -> None:
    assert v.jurisdictions("jurisdictions", "cn, eu sg,CN") == ["CN", "EU", "SG"]
    assert "two-letter code" in _refused(v.jurisdictions, "jurisdictions", ["China"]).reason
    assert v.tags("tags", "repeat, urgent ,repeat,") == ["repeat", "urgent"]
    _refused(v.tags, "tags", 5)


# -- properties -------------------------------------------------------------------------------


@given(RAW)
def test_count_returns_a_whole_non_negative_number_or_refuses(raw: object) -> None:
    try:
        result = v.count("quantity_seized", raw)
    except ValidationError as error:
        assert error.field == "quantity_seized"
        return
    assert result is None or (isinstance(result, int) and 0 <= result <= v.MAX_NUMBER)


@given(RAW)
def test_decimal_never_accepts_a_negative_or_infinite_number(raw: object) -> None:
    try:
        result = v.decimal("value", raw)
    except ValidationError as error:
        assert error.field == "value"
        return
    assert result.is_finite()
    assert not result.is_signed()
    assert result <= v.MAX_NUMBER


@given(RAW, st.sampled_from(["CNY", "eur", "usd ", "RMB1", "", "元"]))
def test_money_is_exact_to_the_cent_or_refused(raw: object, code: str) -> None:
    try:
        result = v.money("amount", raw, code)
    except ValidationError as error:
        assert error.field == "amount" or error.field == "amount.currency"
        return
    assert not result.amount.is_signed()
    assert result.amount == result.amount.quantize(Decimal("0.01"))
    assert Money.from_minor(result.minor_units, result.currency).amount == result.amount
    assert result.minor_units < 2**63  # fits an SQLite INTEGER
    assert len(result.currency) == 3 and result.currency.isupper()


@given(RAW)
def test_dates_parse_or_refuse(raw: object) -> None:
    try:
        result = v.optional_date("due_on", raw)
    except ValidationError as error:
        assert error.field == "due_on"
        return
    assert result is None or isinstance(result, date)


# -- identifiers: the same seller written differently is the same seller ----------------------


def test_identifier_examples() -> None:
    phone = IdentifierKind.PHONE
    assert normalize(phone, "+86 138-0013-8000") == normalize(phone, "13800138000")
    assert normalize(phone, "0086 138 0013 8000") == "13800138000"
    assert normalize(phone, "１３８００１３８０００") == "13800138000"  # full-width digits
    code = IdentifierKind.CREDIT_CODE
    assert normalize(code, "9131 0115 ma1k 4abc 1x") == normalize(code, "91310115MA1K4ABC1X")
    assert normalize(code, "９１３１０１１５ＭＡ１Ｋ４ＡＢＣ１Ｘ") == "91310115MA1K4ABC1X"
    url = IdentifierKind.URL
    assert normalize(url, "HTTPS://www.Shop-X.com/item/42/#reviews") == "shop-x.com/item/42"
    assert normalize(IdentifierKind.DOMAIN, "https://WWW.shop-x.com/") == "shop-x.com"
    assert ("domain", "shop-x.com") in match_keys(url, "http://shop-x.com/item/42")
    shop = IdentifierKind.SHOP_ID
    assert normalize(shop, " Taobao  Shop 12345 ") == normalize(shop, "taobao shop 12345")


def test_an_unparseable_web_address_is_a_value_error_for_the_service_to_report() -> None:
    with pytest.raises(ValueError):
        normalize(IdentifierKind.URL, "http://[shop-x.com")


MOBILE = st.from_regex(r"\A1[3-9][0-9]{9}\Z")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def phone_writings(draw: st.DrawFn) -> tuple[str, str]:
    number = draw(MOBILE)
    prefix = draw(st.sampled_from(["", "+86 ", "+86", "0086 ", "86-", "(+86) "]))
    groups = [number[:3], number[3:7], number[7:]]
    sep = draw(st.sampled_from(["", " ", "-", ".", "\u3000"]))
    written = prefix + sep.join(groups)
    if draw(st.booleans()):
        written = written.translate(FULL_WIDTH)
    return number, f" {written} " if draw(st.booleans()) else written


@given(phone_writings())
def test_phone_numbers_written_differently_match(case: tuple[str, str]) -> None:
    number, written = case
    assert normalize(IdentifierKind.PHONE, written) == number
    assert normalize(IdentifierKind.PHONE, normalize(IdentifierKind.PHONE, written)) == number


CREDIT_CODE = st.from_regex(r"\A[0-9A-HJ-NPQRTUWXY]{18}\Z")


@given(
    CREDIT_CODE,
    st.lists(st.sampled_from([" ", "-", "  "]), min_size=18, max_size=18),
    st.booleans(),
)
def test_credit_codes_written_differently_match(code: str, gaps: list[str], lower: bool) -> None:
    written = "".join(c + g for c, g in zip(code, gaps, strict=True))
    written = written.lower() if lower else written
    assert normalize(IdentifierKind.CREDIT_CODE, written) == code
    assert normalize(IdentifierKind.CREDIT_CODE, code) == code


HOST = st.from_regex(r"\A[a-z][a-z0-9-]{0,20}\.(com|cn|com\.cn|net|shop)\Z")
PATH = st.from_regex(r"\A(/[A-Za-z0-9_-]{1,10}){0,3}\Z")


@given(
    HOST,
    PATH,
    st.sampled_from(["", "http://", "https://", "HTTPS://"]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_web_addresses_written_differently_match(
    host: str, path: str, scheme: str, www: bool, upper: bool, slash: bool
) -> None:
    written = scheme + ("www." if www else "") + (host.upper() if upper else host) + path
    written += "/" if slash else ""
    canonical = normalize(IdentifierKind.URL, host + path)
    assert normalize(IdentifierKind.URL, written) == canonical
    assert normalize(IdentifierKind.URL, canonical) == canonical
    assert normalize(IdentifierKind.DOMAIN, written) == host
    assert ("domain", host) in match_keys(IdentifierKind.URL, written)


@given(st.sampled_from(list(IdentifierKind)), st.text(max_size=40))
def test_normalising_any_text_is_stable_or_a_value_error(kind: IdentifierKind, raw: str) -> None:
    try:
        once = normalize(kind, raw)
    except ValueError:
        return  # an unparseable web address; the party service reports it for the field
    assert isinstance(once, str)
    assert once == once.strip()
