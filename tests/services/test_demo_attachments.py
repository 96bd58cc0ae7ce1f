"""The demo's photos (issue 21.4): on initiatives that reached the authorities, readable through the
services, with thumbnails, and usable as a letter's enclosures at once."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from cal_desktop.db.models import Attachment, InitiativeStatusChange
from cal_desktop.services import attachments, documents
from cal_desktop.services.attachments import Owner
from cal_desktop.services.demo import generate_demo

ANCHOR = date(2026, 6, 15)


def test_demo_photos_belong_to_initiatives_that_reached_the_authorities(ctx, db) -> None:  # type: ignore[no-untyped-def]
    generate_demo(ctx, seed=7, visitors=300, months=6, today=ANCHOR)
    with db.read() as s:
        owners = set(
            s.scalars(select(Attachment.initiative_id).where(Attachment.kind == attachments.CASE_FILE))
        )
        reached = {
            iid: to for iid, to in s.execute(
                select(InitiativeStatusChange.initiative_id, InitiativeStatusChange.to_status).where(
                    InitiativeStatusChange.to_status.in_(["appealing", "implementing", "done"])))
        }  # fmt: skip
    assert owners and owners <= set(reached)
    initiative_id = min(owners)
    files = attachments.list_files(ctx, Owner(initiative_id=initiative_id))
    assert files and all(f.is_image and f.size > 0 for f in files)
    thumbs = attachments.thumbnails(ctx, [f.id for f in files])
    with Image.open(io.BytesIO(thumbs[files[0].id])) as t:
        assert t.format == "PNG"
    ids = ", ".join(str(f.id) for f in files)
    pdf = documents.render(ctx, "appeal", initiative_id, overrides={"enclosure_ids": ids})
    plain = documents.render(ctx, "appeal", initiative_id)
    extra = len(PdfReader(io.BytesIO(pdf)).pages) - len(PdfReader(io.BytesIO(plain)).pages)
    assert extra == len(files)
