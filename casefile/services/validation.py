"""Turn raw user input into checked values, raising `ValidationError(field, reason)` otherwise."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from casefile.domain import CURRENCY_PATTERN, Money
from casefile.errors import ValidationError, as_typed
from casefile.words import N_, FieldName

E = TypeVar("E", bound=StrEnum)

JURISDICTION_PATTERN = re.compile(r"^[A-Z]{2}$")
MAX_TEXT = 20_000
# Far above any real count or amount, and below what SQLite's 64-bit integers hold (an amount is
# stored in minor units, x100): larger input is a typo, refused with a message, not a crash.
MAX_NUMBER = 10**15


def text(field: str, value: object, *, required: bool = False, max_length: int = 2_000) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, N_("must be text, not {kind}"), kind=type(value).__name__)
    cleaned = value.strip()
    if required and not cleaned:
        raise ValidationError(field, N_("is required"))
    if len(cleaned) > max_length:
        raise ValidationError(
            field,
            N_("is {length} characters; at most {most}"),
            length=len(cleaned),
            most=max_length,
        )
    return cleaned


def _too_large(field: str, value: object) -> ValidationError:
    return ValidationError(
        field, N_("{typed} is too large; at most {most:,}"), typed=as_typed(value), most=MAX_NUMBER
    )


def long_text(field: str, value: object, *, required: bool = False) -> str:
    return text(field, value, required=required, max_length=MAX_TEXT)


def optional_date(field: str, value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                field,
                N_("{value!r} is not a date in the form YYYY-MM-DD (e.g. 2026-03-31)"),
                value=value,
            ) from None
    raise ValidationError(field, N_("must be a date, not {kind}"), kind=type(value).__name__)


def required_date(field: str, value: object) -> date:
    result = optional_date(field, value)
    if result is None:
        raise ValidationError(field, N_("is required (YYYY-MM-DD)"))
    return result


def not_before(field: str, later: date | None, earlier_field: str, earlier: date | None) -> None:
    if later is not None and earlier is not None and later < earlier:
        raise ValidationError(
            field,
            N_("{later} is before {earlier_field} {earlier}"),
            later=later,
            earlier_field=FieldName(earlier_field),
            earlier=earlier,
        )


def choice(field: str, value: object, enum: type[E]) -> E:
    try:
        return enum(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ValidationError(
            field, N_("{value!r} is not one of: {allowed}"), value=value, allowed=allowed
        ) from None


def count(field: str, value: object, *, required: bool = False) -> int | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, N_("is required"))
        return None
    if isinstance(value, bool):
        raise ValidationError(field, N_("must be a whole number"))
    if isinstance(value, int) and value.bit_length() > 60:  # not turned into text: it may not be
        raise _too_large(field, value)
    typed = str(value).replace(",", "").strip()
    if typed.isdigit() and len(typed) > len(str(MAX_NUMBER)):  # int() refuses 4,301 digits
        raise _too_large(field, typed)
    try:
        number = int(typed)
    except ValueError:
        raise ValidationError(
            field, N_("{typed!r} is not a whole number"), typed=as_typed(value)
        ) from None
    if number < 0:
        raise ValidationError(
            field, N_("{typed} is negative; a count cannot be below 0"), typed=as_typed(number)
        )
    if number > MAX_NUMBER:
        raise _too_large(field, number)
    return number


def decimal(field: str, value: object) -> Decimal:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 60:
        raise _too_large(field, value)
    try:
        number = Decimal(str(value).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        if not str(value).strip():
            raise ValidationError(field, N_("is required: type a number")) from None
        raise ValidationError(
            field, N_("{typed!r} is not a number"), typed=as_typed(value)
        ) from None
    if not number.is_finite():
        raise ValidationError(field, N_("{typed!r} is not a finite number"), typed=as_typed(value))
    if number < 0:
        raise ValidationError(
            field, N_("{typed} is negative; it cannot be below 0"), typed=as_typed(number)
        )
    if number > MAX_NUMBER:
        raise _too_large(field, number)
    return number.copy_abs()  # "-0" is 0


def currency(field: str, value: object) -> str:
    code = text(field, value, required=True).upper()
    if not CURRENCY_PATTERN.match(code):
        raise ValidationError(
            field, N_("{value!r} is not a three-letter currency code (e.g. CNY)"), value=value
        )
    return code


def money(field: str, amount: object, currency_code: object) -> Money:
    value = decimal(field, amount)
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(
            field, N_("{typed} has more than two decimal places"), typed=as_typed(value)
        )
    return Money(value, currency(f"{field}.currency", currency_code))


def optional_money(field: str, amount: object, currency_code: object) -> Money | None:
    if amount is None or amount == "":
        return None
    return money(field, amount, currency_code)


def jurisdictions(field: str, values: object) -> list[str]:
    if isinstance(values, str):
        values = [v for v in re.split(r"[,\s]+", values) if v]
    if not isinstance(values, list | tuple):
        raise ValidationError(field, N_("must be a list of country codes"))
    result: list[str] = []
    for raw in values:
        code = str(raw).strip().upper()
        if not JURISDICTION_PATTERN.match(code):
            raise ValidationError(
                field, N_("{value!r} is not a two-letter code (CN, NL, EU, SG…)"), value=raw
            )
        if code not in result:
            result.append(code)
    return result


def tags(field: str, values: object) -> list[str]:
    if isinstance(values, str):
        values = values.split(",")
    if not isinstance(values, list | tuple):
        raise ValidationError(field, N_("must be a list of tags"))
    result: list[str] = []
    for raw in values:
        tag = text(field, raw, max_length=64)
        if tag and tag not in result:
            result.append(tag)
    return result


def offences(field: str, values: object) -> list[str]:
    """Criminal Law offences a case's figures are measured against ("213", "217-online", …)."""
    from casefile.rules.thresholds import OFFENCES  # the rule book owns the list

    if isinstance(values, str):
        values = [v for v in re.split(r"[,\s]+", values) if v]
    if not isinstance(values, list | tuple):
        raise ValidationError(field, N_("must be a list of offences"))
    result: list[str] = []
    for raw in values:
        offence = str(raw).strip().lower().removeprefix("art").strip()
        if offence not in OFFENCES:
            raise ValidationError(
                field,
                N_("{value!r} is not one of {allowed}"),
                value=raw,
                allowed=", ".join(OFFENCES),
            )
        if offence not in result:
            result.append(offence)
    return result
