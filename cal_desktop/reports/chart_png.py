"""Small bar charts as PNG images (Pillow), for the Word report where native charts are not available.

reportlab's bitmap renderer needs an optional C extension, so the DOCX charts are drawn here directly.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFont

from cal_desktop.reports.fonts import find_font

BAR = (46, 109, 180)
TEXT = (30, 30, 30)
GRID = (200, 200, 200)


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = find_font("LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf")
    if path is None:
        return ImageFont.load_default()
    return ImageFont.truetype(str(path), size)


def _fit(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, room: int
) -> str:
    """``text`` shortened with an ellipsis until it fits ``room`` pixels."""
    if draw.textlength(text, font=font) <= room:
        return text
    while len(text) > 1 and draw.textlength(text + "…", font=font) > room:
        text = text[:-1]
    return text.rstrip(" ,") + "…"


def bar_png(title: str, labels: Sequence[str], values: Sequence[int], width: int = 1200) -> bytes:
    """A horizontal bar chart (one bar per label, the value written after the bar) as PNG bytes."""
    scale = width / 1200
    row_h, top, pad = int(44 * scale), int(70 * scale), int(20 * scale)
    height = top + row_h * max(1, len(labels)) + pad
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    title_font, font = _font(int(30 * scale), bold=True), _font(int(24 * scale))
    draw.text((pad, int(15 * scale)), title, fill=TEXT, font=title_font)
    label_w = int(width * 0.42)
    bar_x0, bar_x1 = label_w + pad, width - int(90 * scale)
    biggest = max([1, *values])
    if not values or sum(values) == 0:
        draw.text((bar_x0, top), "нет данных за период", fill=TEXT, font=font)
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = top + i * row_h
        text = _fit(draw, label, font, label_w - 2 * pad)
        draw.text((label_w, y + row_h // 2), text, fill=TEXT, font=font, anchor="rm")
        length = int((bar_x1 - bar_x0) * value / biggest)
        draw.line([(bar_x0, y), (bar_x0, y + row_h)], fill=GRID, width=1)
        if length:
            draw.rectangle([bar_x0, y + row_h * 0.18, bar_x0 + length, y + row_h * 0.82], fill=BAR)
        draw.text(
            (bar_x0 + length + int(8 * scale), y + row_h // 2), str(value), fill=TEXT, font=font, anchor="lm"
        )
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
