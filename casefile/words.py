"""Words the core says that the window shows in the user's language.

The core knows no Qt, so it cannot translate. It marks what it says: `N_("must be {low} or
more")` returns the English template unchanged, as `Words`, and the error that carries it keeps
its values apart (`low=3`). The command line prints the English sentence (`fill`); the window
looks the template up in its catalogue and fills in the same values (`casefile.ui.errors`).
lupdate reads `N_` as Qt's QT_TR_NOOP (README, Translations), so a marked template is in the
catalogue the moment it is written, and a test fails until it is translated.

A template is `str.format` text: `{name}`, `{name!r}`, `{count:,}`. A value that is itself
`Words` ("case", "party") or a `Phrase` (a template with its own values) is translated too; a
`Code` ("test_buy") is named in the window's words for that code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


class Words(str):
    """English text from the core that the window translates (made by `N_`). In a template,
    `{name:cap}` starts it with a capital (a sentence that begins with it)."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        if spec == "cap":
            return self[:1].upper() + self[1:]
        return format(str(self), spec)


def N_(text: str) -> Words:  # noqa: N802 - gettext's name for "mark now, translate later"
    """Mark `text` as words the window translates; returns it unchanged."""
    return Words(text)


class Code(str):
    """A stored code (an enum's value: "test_buy") inside a sentence: the English reads it as
    words ("test buy"); the window names it as it names that code everywhere ("试购")."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        return format(self.replace("_", " "), spec)


class FieldName(str):
    """A field named inside a sentence ("is before opened_on 2026-03-01"): the English keeps
    the name; the window says the field's label ("立案日期")."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Phrase:
    """A template with its values, as one value of a larger sentence ("{path}: {reason}; nothing
    was imported", the reason being a Phrase of its own). `str()` is the English."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return fill(self.template, self.values)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def joined(items: Sequence[object], separator: str) -> Phrase:
    """`items` joined by `separator` (`N_(" or ")`), as one value of a sentence."""
    names = [f"item{i}" for i in range(len(items))]
    template = "{separator}".join("{" + name + "}" for name in names)
    return Phrase(template, {"separator": separator, **dict(zip(names, items, strict=True))})


def fill(template: str, values: Mapping[str, object]) -> str:
    """The English sentence: `template` with its values (a template with no values is left as
    it is, braces and all)."""
    return template.format(**values) if values else template
