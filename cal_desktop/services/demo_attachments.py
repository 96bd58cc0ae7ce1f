"""The demo's files of a case (issue 21.4): small generated photos on the initiatives that reached the
authorities, so that the card's «Файлы» tab and a letter's enclosures can be tried at once.

Pictures are drawn from the demo's own ``random.Random`` (sky, ground, a few shapes): the same seed
gives the same bytes. At most ``MAX_INITIATIVES`` initiatives get files, so a large benchmark database
stays about as large as before.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

from cal_desktop.db import models as m
from cal_desktop.services.attachments import CASE_FILE
from cal_desktop.services.attachments_kinds import thumbnail

MAX_INITIATIVES = 25
TITLES = (
    ("dvor_seychas.jpg", "Двор сейчас"),
    ("mesto.jpg", "Место для площадки"),
    ("razrushennoe_ograzhdenie.jpg", "Разрушенное ограждение"),
    ("subbotnik.jpg", "Субботник жителей"),
)
COLUMNS = ("id", "initiative_id", "kind", "filename", "title", "mime_type", "size", "sha256", "content",
           "thumbnail", "created_at", "created_by_id")  # fmt: skip


def picture(rnd: Any, size: tuple[int, int] = (480, 320)) -> bytes:
    """A small JPEG «photo»: sky, ground and a few coloured shapes."""
    from PIL import Image, ImageDraw

    w, h = size
    img = Image.new("RGB", size, (rnd.randint(120, 170), rnd.randint(170, 210), rnd.randint(220, 250)))
    draw = ImageDraw.Draw(img)
    horizon = rnd.randint(h // 3, h // 2)
    draw.rectangle(
        [0, horizon, w, h], fill=(rnd.randint(60, 110), rnd.randint(110, 150), rnd.randint(50, 80))
    )
    for _ in range(rnd.randint(3, 7)):
        x, y = rnd.randint(0, w - 60), rnd.randint(horizon - 40, h - 40)
        colour = (rnd.randint(80, 230), rnd.randint(40, 200), rnd.randint(30, 180))
        draw.rectangle([x, y, x + rnd.randint(20, 90), y + rnd.randint(15, 60)], fill=colour)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def write_attachments(demo: Any) -> int:
    """Add photos to the demo being written (``services.demo._Demo``); returns how many."""
    rnd, w = demo.rnd, demo.w
    table = m.Attachment.__table__
    rows: list[tuple[Any, ...]] = []
    chosen = [ini for ini in demo.initiative_list
              if {h[2] for h in ini.history} & {"appealing", "implementing", "done"}][:MAX_INITIATIVES]  # fmt: skip
    for ini in chosen:
        for filename, title in rnd.sample(TITLES, rnd.randint(1, 2)):
            content = picture(rnd)
            day = demo.days[min(ini.created + rnd.randint(0, 10), len(demo.days) - 1)]
            rows.append((demo.next_id(table), ini.id, CASE_FILE, filename, title, "image/jpeg", len(content),
                         hashlib.sha256(content).hexdigest(), content, thumbnail(filename, content),
                         w.moment(day, 11 * 60), rnd.choice(demo.staff_ids)))  # fmt: skip
    w.insert(table, COLUMNS, rows)
    return len(rows)
