"""The Cyrillic TrueType font of printed reports (reportlab's built-in fonts have no Cyrillic).

Liberation Serif (SIL OFL) ships in ``resources/fonts`` inside the program (the wheel and the frozen build
carry it), so a report looks the same on every computer: system font folders are never used.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cal_desktop.errors import CalError
from cal_desktop.paths import resource

REGULAR = "CalReportSerif"
BOLD = "CalReportSerif-Bold"
_FILES = {REGULAR: "LiberationSerif-Regular.ttf", BOLD: "LiberationSerif-Bold.ttf"}


def find_font(filename: str) -> Path | None:
    """The program's own copy of ``filename``, or None when the installation lacks it."""
    path = resource("fonts", filename)
    return path if path.is_file() else None


@cache
def register_fonts() -> tuple[str, str]:
    """Register the report fonts with reportlab once; returns (regular, bold) font names.

    Without a bold file the regular one serves for both. Raises CalError when no font is found.
    """
    regular = find_font(_FILES[REGULAR])
    if regular is None:
        raise CalError(
            "Не найден шрифт LiberationSerif-Regular.ttf (resources/fonts): PDF-отчёт без него "
            "не сможет показать русские буквы. Переустановите программу."
        )
    bold = find_font(_FILES[BOLD]) or regular
    pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
    pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
