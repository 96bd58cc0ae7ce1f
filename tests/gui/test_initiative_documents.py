"""From the initiative card a staff member reaches the document editor and the stored documents."""

from __future__ import annotations

from datetime import date

from cal_desktop.db.models import Document
from cal_desktop.gui.dialogs import document_dialogs
from cal_desktop.gui.views.initiatives import InitiativesView
from cal_desktop.services import initiatives, visitors
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput


def test_compose_opens_the_editor_for_this_initiative_and_reloads(qtbot, ctx, db, monkeypatch):
    author = visitors.create_visitor(ctx, VisitorInput("Гусь", "Анна", "Павловна")).id
    card = initiatives.create_initiative(
        ctx, InitiativeInput(title="Скамейки", category="improvement"), author
    )
    view = InitiativesView(ctx)
    qtbot.addWidget(view)
    view.card.show_card(card)
    calls = []

    def fake_editor(parent, ctx_, initiative_id, *args, **kwargs):
        calls.append(initiative_id)
        with db.session() as s:  # the editor filed a document
            s.add(
                Document(
                    template_id="appeal",
                    title="Обращение",
                    format="pdf",
                    filename="a.pdf",
                    content=b"%PDF",
                    created_on=date.today(),
                    initiative_id=initiative_id,
                )
            )
        return True

    monkeypatch.setattr(document_dialogs, "open_editor", fake_editor)
    assert view.card.compose_button.isEnabled()
    view.card.compose_button.click()
    assert calls == [card.id]
    assert view.card.documents.rowCount() == 1  # the card reloaded and lists the filed document

    opened = []
    monkeypatch.setattr(document_dialogs, "open_stored", lambda parent, ctx_, doc_id: opened.append(doc_id))
    view.card.documents.setCurrentCell(0, 0)
    view.card.open_document()
    assert len(opened) == 1
