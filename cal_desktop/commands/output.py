"""Plain text tables for the terminal, shared by the commands that print lists (``find``, ``appeals due``)."""

from __future__ import annotations

from collections.abc import Sequence


def text_table(headers: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 50) -> list[str]:
    """Left-aligned columns under a dashed rule; cells longer than ``max_width`` are cut with «…»."""
    cut = [tuple(c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row) for row in rows]
    widths = [max(len(h), *(len(row[i]) for row in cut)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cut]
    return lines
