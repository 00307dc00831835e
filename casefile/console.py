"""Terminal output for the command line: a progress bar on stderr and aligned tables that count
Chinese characters as two columns wide."""

from __future__ import annotations

import sys
import time
import unicodedata
from collections.abc import Sequence
from typing import TextIO


def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def display_width(text: str) -> int:
    if text.isascii():  # the common case, and 100,000-row listings must stay quick
        return len(text)
    return sum(map(_char_width, text))


def fit(text: str, width: int, text_width: int | None = None) -> str:
    """`text` cut to `width` display columns (with an ellipsis) and padded to exactly `width`."""
    used = display_width(text) if text_width is None else text_width
    if used > width:
        if text.isascii():
            text, used = text[: width - 1] + "…", width
        else:
            out, used = [], 0
            for ch in text:
                w = _char_width(ch)
                if used + w > width - 1:
                    break
                out.append(ch)
                used += w
            text, used = "".join(out) + "…", used + 1
    return text + " " * (width - used)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], max_widths: Sequence[int]) -> str:
    cell_widths = [[display_width(cell) for cell in row] for row in rows]
    widths = [
        min(limit, max([display_width(h)] + [w[i] for w in cell_widths]))
        for i, (h, limit) in enumerate(zip(headers, max_widths, strict=True))
    ]
    lines = ["  ".join(fit(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(fit(c, w, cw) for c, w, cw in zip(row, widths, rw, strict=True)).rstrip()
        for row, rw in zip(rows, cell_widths, strict=True)
    ]
    return "\n".join(lines)


class Progress:
    """A one-line progress bar on a terminal; silent when stderr is not a terminal (CI, pipes)."""

    def __init__(self, label: str, stream: TextIO | None = None, width: int = 30) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.width = width
        self.enabled = self.stream.isatty()
        self._last = 0.0

    def update(self, done: int, total: int, label: str | None = None) -> None:
        if label:
            self.label = label
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.1 and done < total):
            return
        self._last = now
        fraction = done / total if total else 1.0
        filled = int(self.width * fraction)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {fraction:6.1%}")
        self.stream.flush()

    def done(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
