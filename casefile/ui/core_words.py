"""The core's words in the interface's language (`casefile.words`): a template looked up in the
catalogue and filled in with its values, the values that are words, phrases or stored codes
said in the same language. The English is the core's own; no lookup is needed for it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from casefile.words import Code, FieldName, Phrase, Words, fill


def say(template: str, values: Mapping[str, object]) -> str:
    """`template` translated, its values filled in. A translation that does not fit its values
    falls back to the English, never to an error."""
    shown = {name: said(value) for name, value in values.items()}
    translated = QCoreApplication.translate("", template) if template else template
    try:
        return translated.format(**shown) if values else translated
    except (KeyError, IndexError, ValueError):
        return fill(template, values)


def say_phrase(phrase: Phrase) -> str:
    return say(phrase.template, phrase.values)


def say_all(phrases: Sequence[Phrase], english: str) -> str:
    """Sentences said one after the other (an explanation); `english` when there are none."""
    return " ".join(say_phrase(phrase) for phrase in phrases) or english


def said(value: object) -> object:
    """One value as the sentence shows it: words and phrases translated, a code named."""
    if isinstance(value, Phrase):
        return say_phrase(value)
    if isinstance(value, Words):  # still Words: "{measure:cap}" capitalises it
        return Words(QCoreApplication.translate("", value))
    if isinstance(value, Code):
        return code_words(value)
    if isinstance(value, FieldName):
        return field_words(value)
    return value


def field_words(field: str) -> str:
    """A field named inside a sentence: "opened on" in English, its label in another language."""
    from casefile.ui import i18n, labels

    if i18n.current_language() == i18n.ENGLISH:
        return field.replace("_", " ")
    return labels.field_label(field)


def code_words(code: str) -> str:
    """A stored code inside a sentence: "test buy" in English, its label in another language."""
    from casefile.ui import i18n, labels

    if i18n.current_language() == i18n.ENGLISH or not labels.has_label(code):
        return code.replace("_", " ")  # a code no label names ("CN") is shown as it is
    return labels.label(code)
