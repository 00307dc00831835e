"""Normalising party identifiers so that the same seller, shop or phone is recognised again."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from casefile.domain import IdentifierKind


def _host(value: str) -> str:
    raw = value.strip().lower()
    if "://" not in raw:
        raw = "//" + raw
    host = urlsplit(raw).hostname or ""
    host = host.strip().rstrip(".")  # "shop.cn :" (a stray port colon) leaves a space
    return host[4:] if host.startswith("www.") else host


def normalize(kind: IdentifierKind, value: str) -> str:
    """The comparable form: case, spacing, punctuation and URL scheme do not tell sellers apart.

    Raises ValueError for a web address that cannot be parsed (e.g. "http://[shop").
    """
    # NFKC: full-width digits, letters and spaces typed with a Chinese input method ("１３８",
    # "ＭＡ", U+3000) are the same identifier as their ASCII forms.
    raw = unicodedata.normalize("NFKC", value).strip()
    if kind is IdentifierKind.PHONE:
        digits = re.sub(r"\D", "", raw)
        for prefix in ("0086", "86"):
            if digits.startswith(prefix) and len(digits) - len(prefix) >= 11:
                return digits[len(prefix) :]
        return digits
    if kind is IdentifierKind.CREDIT_CODE:
        return re.sub(r"[\s-]", "", raw).upper()
    if kind is IdentifierKind.DOMAIN:
        return _host(raw)
    if kind is IdentifierKind.URL:
        parts = urlsplit(raw if "://" in raw else "http://" + raw)
        path = parts.path.rstrip("/")
        query = f"?{parts.query}" if parts.query else ""
        return f"{_host(raw)}{path}{query}"
    return re.sub(r"\s+", " ", raw).lower()


def match_keys(kind: IdentifierKind, value: str) -> list[tuple[str, str]]:
    """(kind, normalized) pairs to look for; a URL also finds its website's domain and back."""
    normalized = normalize(kind, value)
    keys = [(kind.value, normalized)]
    if kind is IdentifierKind.URL:
        keys.append((IdentifierKind.DOMAIN.value, _host(unicodedata.normalize("NFKC", value))))
    return keys
