"""152-FZ art. 14: «everything about a person» includes what was filed for their initiatives."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta

from pypdf import PdfReader

from cal_desktop.db.models import Document
from cal_desktop.services import appeals, initiatives, personal_data, subject_report, visitors
from cal_desktop.services import consultations as cs
from cal_desktop.services.appeals import AppealInput
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


def test_documents_and_appeals_of_an_authored_initiative_are_in_the_export(ctx, db) -> None:  # type: ignore[no-untyped-def]
    person = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Алёна", "Игоревна", phone="+79121112233"))
    other = visitors.create_visitor(ctx, VisitorInput("Смирнов", "Пётр"))
    card = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), person.id)
    foreign = initiatives.create_initiative(ctx, InitiativeInput("Чужая инициатива", "благоустройство"), other.id)
    with db.session() as s:
        for initiative_id, title in ((card.id, "Письмо главе о сквере"), (foreign.id, "Письмо о чужом")):
            s.add(Document(template_id="appeal_official", title=title, format="pdf", filename="x.pdf", content=b"%PDF",
                           created_on=TODAY, initiative_id=initiative_id))  # fmt: skip
    mine = appeals.register_appeal(
        ctx, AppealInput(sent_date=TODAY - timedelta(days=3), channel="email", initiative_id=card.id,
                         addressee_text="Глава района", subject="Сквер у школы")
    )  # fmt: skip
    appeals.register_appeal(ctx, AppealInput(sent_date=TODAY, channel="email", initiative_id=foreign.id))
    cs.create_consultation(
        ctx,
        ConsultationInput(channel="phone", topics=["drafting"], outcome="follow_up", visitor_id=person.id,
                          occurred_at=datetime.now() - timedelta(days=1), follow_up_date=TODAY),
    )  # fmt: skip

    data = json.loads(personal_data.subject_data_json(ctx, person.id))
    assert [d["название"] for d in data["документы_по_инициативам"]] == ["Письмо главе о сквере"]
    assert [(a["номер"], a["инициатива"], a["адресат"]) for a in data["обращения"]] == [
        (mine.number, "Сквер у школы", "Глава района")
    ]
    assert [f["что"] for f in data["напоминания"]] == ["Повторная встреча"]

    pdf = subject_report.subject_report_pdf(ctx, person.id)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Письмо главе о сквере" in text and "Письмо о чужом" not in text
    assert mine.number in text and "Глава района" in text
    assert "Обращения в органы власти, поданные в их интересах" in text
