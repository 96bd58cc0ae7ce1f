"""The card of one initiative: its head with the buttons, and showing a card (the tabs and their actions
are in gui/views/initiative_card_tabs.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.domain.vocab import OrganisationKind
from cal_desktop.gui.dialogs.initiative_common import (
    ErrorLine,
    fill,
    named,
)
from cal_desktop.gui.formatting import fmt_date, fmt_datetime, format_phone, to_qdate
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label, label_of
from cal_desktop.gui.views.initiative_card_tabs import _CardTabs
from cal_desktop.gui.widgets import attachments_panel, partner_help, practice_cases
from cal_desktop.services import directory, funding_applications, initiatives, suggestions
from cal_desktop.services.attachments import Owner
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.initiatives import InitiativeCard


def _short(value: str | None, length: int = 200) -> str:
    return " ".join((value or "").split())[:length]


def _signatures_text(c: InitiativeCard) -> str:
    """The latest collection's progress, «120 of 300 (40%)» (issue 16); «—» when none."""
    if not c.campaigns:
        return "—"
    from cal_desktop.gui.dialogs.signatures import progress_text

    return progress_text(c.campaigns[-1])


def _event_rows(c: InitiativeCard) -> list[tuple[date, list[str], tuple[str, int]]]:
    """The initiative's meetings and events as history rows; the key opens the event (issue 16)."""
    rows = []
    for e in c.events:
        what = label(e.kind) + (f": {e.title}" if e.title else "")
        count = tr("%1 participants").replace("%1", str(e.participants))
        when = fmt_date(e.held_on) + (f" {e.start_time:%H:%M}" if e.start_time else "")
        rows.append(
            (
                e.held_on,
                [when, f"{what} ({count})", "", _short(e.decisions), e.organiser or ""],
                ("event", e.id),
            )
        )
    return rows


def _application_rows(ctx: ServiceContext, c: InitiativeCard) -> list[tuple[date, list[str], tuple[str, int]]]:
    """The initiative's applications to funding calls as history rows (issue 21.3): on the day it was
    submitted, or recorded while it is being prepared; the key opens the application."""
    rows = []
    for a in funding_applications.of_initiative(ctx, c.id):
        day = a.submitted_on or a.created_on or date.today()
        what = tr("Application to «%1»: %2").replace("%1", a.call_title).replace("%2", label(a.status))
        rows.append((day, [fmt_date(day), what, "", _short(a.result), ""], ("application", a.id)))
    return rows


class InitiativeCardWidget(_CardTabs):
    """The card of one initiative; every change goes through the services and the card reloads."""

    changed = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "initiativeCard", tr("Initiative card"))
        self.ctx = ctx
        self.card: InitiativeCard | None = None
        self.title = named(QLabel(self), "initiativeCardTitle", tr("Initiative"))
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.status = named(QLabel(self), "initiativeCardStatus", tr("Status"))
        self.status.setWordWrap(True)  # a long decline reason wraps instead of widening the card
        self.status_button = named(
            QPushButton(tr("Change &status…"), self), "changeStatusButton", tr("Change the status")
        )
        self.edit_button = named(
            QPushButton(tr("&Edit…"), self), "editInitiativeButton", tr("Edit the initiative")
        )
        self.compose_button = named(
            QPushButton(tr("Compose &document…"), self),
            "composeDocumentButton",
            tr("Compose a letter or application document for this initiative"),
        )
        self.status_button.clicked.connect(self.change_status)
        self.edit_button.clicked.connect(self.edit)
        self.compose_button.clicked.connect(self.compose_document)
        self.tabs = named(QTabWidget(self), "initiativeTabs", tr("Sections of the initiative card"))
        self._build_overview()
        self._build_members()
        self._build_history()
        self._build_consultations()
        self._build_resources()
        self._build_papers()
        self._build_publications()
        self._build_suggestions()
        practice_cases.attach(self)  # «Опыт других центров» (issue 18)
        partner_help.attach(self)  # kind of help and volunteers' hours of a partner (issue 18)
        self.files_panel = attachments_panel.add_tab(self)  # photos and scans of the case (issue 21.1)
        self.error = ErrorLine(self, "initiativeCardError")
        # the status on a line of its own: beside it, the three buttons were squeezed to «зменить ст…»
        # on a 1024 px screen
        head = QHBoxLayout()
        head.addStretch(1)
        head.addWidget(self.compose_button)
        head.addWidget(self.edit_button)
        head.addWidget(self.status_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(head)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.show_nothing()

    # ------------------------------------------------------------------------------------- show

    def show_nothing(self) -> None:
        self.card = None
        self.title.setText(tr("Choose an initiative in the list"))
        self.status.clear()
        self.tabs.setEnabled(False)
        self.status_button.setEnabled(False)
        self.edit_button.setEnabled(False)
        self.compose_button.setEnabled(False)

    def open(self, initiative_id: int) -> None:
        self.show_card(initiatives.get_initiative(self.ctx, initiative_id))

    def reload(self) -> None:
        if self.card is not None:
            self.open(self.card.id)
            self.changed.emit(self.card.id)

    def show_card(self, c: InitiativeCard) -> None:
        self.card = c
        self.error.clear_error()
        self.tabs.setEnabled(True)
        self.status_button.setEnabled(True)
        self.edit_button.setEnabled(True)
        self.compose_button.setEnabled(True)
        self.files_panel.show_owner(Owner(initiative_id=c.id))
        self.title.setText(f"№{c.id}. {c.title}")
        status = label(c.status)
        if c.decline_reason:
            status += f" ({label(c.decline_reason)})"
        if c.success_story:
            status += " ★ " + tr("success story")
        self.status.setText(tr("Status: %1").replace("%1", status))
        self.values["category"].setText(label(c.category))
        self.values["territory"].setText(c.territory or "—")
        self.values["address"].setText(c.address or "—")
        self.values["staff"].setText(c.staff_name or "—")
        self.values["created"].setText(fmt_date(c.created_on))
        self.values["description"].setText(c.description or "—")
        self.values["expected"].setText(c.expected_result or "—")
        self.values["cost"].setText(c.estimated_cost or "—")
        self.values["timing"].setText(c.planned_timing or "—")
        self.values["result"].setText(c.result_summary or "—")
        self.values["signatures"].setText(_signatures_text(c))
        self.next_step.setText(c.next_step or "")
        self.next_step.setCursorPosition(0)  # a long step reads from its beginning, not its end
        self.next_date_on.setChecked(c.next_step_date is not None)
        self.next_date.setEnabled(c.next_step_date is not None)
        self.next_date.setDate(to_qdate(c.next_step_date or date.today()))
        fill(
            self.members,
            [[m.full_name, label(m.role), fmt_date(m.added_on), format_phone(m.phone)] for m in c.members],
            [m.id for m in c.members],
        )
        status_rows = [
            (
                h.changed_at.date(),
                [
                    fmt_datetime(h.changed_at),
                    f"{label(h.from_status)} → {label(h.to_status)}" if h.from_status else label(h.to_status),
                    label(h.reason) if h.reason else "",
                    h.comment or "",
                    h.staff_name or "",
                ],
            )
            for h in c.timeline
        ]
        # what happened to the initiative's appeals belongs to the same story
        appeal_rows = [
            (
                e.event_date,
                [
                    fmt_date(e.event_date),
                    tr("Appeal No. %1").replace("%1", e.appeal_number) + ": " + label(e.kind),
                    "",
                    e.details or "",
                    "",
                ],
            )
            for e in c.appeal_events
        ]
        story = sorted(
            [
                *((day, row, None) for day, row in status_rows + appeal_rows),
                *_event_rows(c),
                *_application_rows(self.ctx, c),
            ],
            key=lambda r: r[0],
        )
        fill(self.history, [row for _, row, _ in story], [key for _, _, key in story])
        fill(
            self.consultations,
            [
                [
                    fmt_date(x.occurred_on),
                    x.visitor_name or tr("anonymous"),
                    _outcome(x.outcome),
                    _short(x.summary),
                ]
                for x in c.consultations
            ],
            [x.id for x in c.consultations],
        )
        self.consultations_count.setText(
            tr("Consultations: %1 (latest %2 shown)")
            .replace("%1", str(c.consultations_total))
            .replace("%2", str(len(c.consultations)))
        )
        fill(
            self.resources,
            [[r.resource, "✓" if r.found else ""] for r in c.resources],
            [r.id for r in c.resources],
        )
        fill(
            self.partners,
            [[p.name, p.contribution or "", fmt_date(p.added_on)] for p in c.partners],
            [p.id for p in c.partners],
        )
        fill(
            self.documents,
            [[fmt_date(d.created_on), d.title, d.template_id] for d in c.documents],
            [d.id for d in c.documents],
        )
        fill(
            self.appeals,
            [
                [a.number, fmt_date(a.sent_date), a.addressee_text or "", fmt_date(a.answer_date) or "—"]
                for a in c.appeals
            ],
            [a.id for a in c.appeals],
        )
        fill(
            self.publications,
            [[fmt_date(p.published_on), p.title, p.media_name or "", p.url or ""] for p in c.publications],
            [p.id for p in c.publications],
        )
        self._fill_organisations()
        if self.tabs.currentWidget() is self.suggestions_page:
            self.load_suggestions()
        practice_cases.card_shown(self)

    def _fill_organisations(self) -> None:
        for combo, kind in (
            (self.partner_combo, OrganisationKind.PARTNER),
            (self.pub_media, OrganisationKind.MEDIA),
        ):
            combo.clear()
            if kind == OrganisationKind.MEDIA:
                combo.addItem(tr("— no media outlet —"), None)
            for org in directory.list_organisations(self.ctx, kind=kind, active_only=True, limit=500).items:
                combo.addItem(org.name, org.id)

    def _tab_changed(self) -> None:
        if self.card is not None and self.tabs.currentWidget() is self.suggestions_page:
            self.load_suggestions()

    def load_suggestions(self) -> None:
        if self.card is None:
            return
        found = suggestions.suggestions(self.ctx, self.card.id)
        fill(
            self.suggested_officials,
            [
                [
                    o.full_name or "—",
                    o.position,
                    o.organisation,
                    (o.territory or "") if o.territory_match else "",
                ]
                for o in found.officials
            ],
            [o.official_id for o in found.officials],
        )
        fill(
            self.suggested_partners,
            [[p.name, "; ".join(p.offers), "; ".join(p.needs)] for p in found.partners],
            [p.organisation_id for p in found.partners],
        )
        fill(
            self.suggested_visitors,
            [[v.full_name, format_phone(v.phone), str(v.initiatives)] for v in found.visitors],
            [v.visitor_id for v in found.visitors],
        )
        none = tr("none found")  # outside the f-string: lupdate does not see tr() inside one
        for widget, (caption, heading) in self.suggestion_captions.items():
            n = widget.rowCount()
            heading.setText(f"{caption} ({n})" if n else f"{caption}: {none}")


def _outcome(code: str) -> str:
    from cal_desktop.domain.vocab import Outcome

    return label_of(Outcome, code)


