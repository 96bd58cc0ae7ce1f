"""Initiatives (issue 4): the list with filters and a board by status, and the initiative card with
members, the status timeline, consultations, partners and resources, documents and appeals,
publications, the next step, and suggestions.

Plugging in: ``InitiativesView(ctx, parent=None)``; ``open_initiative(id)`` shows one card;
``refresh()`` reloads after changes made elsewhere. Signal ``initiative_changed(int)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain.vocab import Category, InitiativeStatus, MemberRole, OrganisationKind
from cal_desktop.gui import file_dialogs, messages, screen_fit
from cal_desktop.gui.dialogs import initiative_form, initiative_member, initiative_status
from cal_desktop.gui.dialogs.initiative_common import (
    ErrorLine,
    fill,
    fill_territories,
    named,
    select_data,
    select_id,
    selected_id,
    selected_int,
    table,
    territory_combo,
    vocab_combo,
)
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import DATE_FORMAT, fmt_date, fmt_datetime, format_phone, from_qdate, to_qdate
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label, label_of
from cal_desktop.gui.models.lazy_table import Column, LazyTableModel
from cal_desktop.gui.widgets import attachments_panel, partner_help, practice_cases
from cal_desktop.gui.widgets.search_keys import down_moves_into_list
from cal_desktop.services import directory, initiatives, staff, suggestions
from cal_desktop.services.attachments import Owner
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.initiatives import InitiativeCard, InitiativeFilter, InitiativeSummary, MemberDTO

DEBOUNCE_MS = 200
BOARD_PER_STATUS = 50
COLUMN_WIDTHS = (44, 240, 150, 120, 120, 110, 120, 80)  # px, by COLUMNS; the title stretches
FILTER_CHARS = 10  # combos show this many characters (long territory paths elide), so the row fits

# (parent, title, suggested path, filters) -> the chosen path or "" (tests pass their own)
SaveDialog = Callable[[QWidget, str, str, str], str]


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    return file_dialogs.save_file(parent, title, suggested, filters)


COLUMNS: list[Column[InitiativeSummary]] = [
    Column(lambda: tr("No."), lambda i: str(i.id), align_right=True),
    Column(lambda: tr("Title"), lambda i: i.title, tooltip=lambda i: i.address or ""),
    Column(lambda: tr("Status"), lambda i: label(i.status)),
    Column(lambda: tr("Category"), lambda i: label(i.category)),
    Column(lambda: tr("Territory"), lambda i: i.territory or ""),
    Column(lambda: tr("Authors"), lambda i: i.authors),
    Column(
        lambda: tr("Next step"), lambda i: fmt_date(i.next_step_date), tooltip=lambda i: i.next_step or ""
    ),
    Column(lambda: tr("Created"), lambda i: fmt_date(i.created_on)),
]


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


class InitiativeCardWidget(QWidget):
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

    # ---------------------------------------------------------------------------------- sections

    def _build_overview(self) -> None:
        page = QWidget(self)
        form = QFormLayout(page)
        self.values: dict[str, QLabel] = {}
        for key, caption in (
            ("category", tr("Category:")),
            ("territory", tr("Territory:")),
            ("address", tr("Address:")),
            ("staff", tr("Accompanied by:")),
            ("created", tr("Created:")),
            ("description", tr("Description:")),
            ("expected", tr("Expected result:")),
            ("cost", tr("Estimated cost:")),
            ("timing", tr("Timing:")),
            ("result", tr("Result:")),
            ("signatures", tr("Signatures:")),
        ):
            value = named(QLabel(page), f"initiativeCard_{key}", caption.rstrip(":"))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.values[key] = value
        self.next_step = named(QLineEdit(page), "nextStepEdit", tr("Next step agreed with the author"))
        self.next_date_on = named(
            QCheckBox(tr("Due"), page), "nextStepHasDate", tr("The next step has a date")
        )
        self.next_date = named(QDateEdit(page), "nextStepDate", tr("Date of the next step"))
        self.next_date.setDisplayFormat(DATE_FORMAT)
        self.next_date.setCalendarPopup(True)
        self.next_date_on.toggled.connect(self.next_date.setEnabled)
        self.next_save = named(
            QPushButton(tr("Save step"), page), "saveNextStepButton", tr("Save the next step")
        )
        self.next_save.clicked.connect(self.save_next_step)
        form.addRow(tr("Next step:"), self.next_step)
        row = QHBoxLayout()  # under the step, so that the step's text has the card's whole width
        row.addWidget(self.next_date_on)
        row.addWidget(self.next_date)
        row.addStretch(1)
        row.addWidget(self.next_save)
        form.addRow("", row)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        page.setObjectName("initiativeOverview")
        # a long description scrolls instead of pushing the next step out of a short screen
        self.tabs.addTab(screen_fit.scrolling(page, self), tr("Overview"))

    def _build_members(self) -> None:
        page = QWidget(self)
        self.members = table(
            page, "membersTable", tr("Members"), [tr("Name"), tr("Role"), tr("Added"), tr("Phone")]
        )
        add = named(QPushButton(tr("&Add member…"), page), "addMemberButton", tr("Add a member"))
        self.member_role = vocab_combo(page, MemberRole, "memberRoleCombo", tr("Role of the selected member"))
        self.member_role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.member_role.setMinimumContentsLength(12)
        change = named(
            QPushButton(tr("Change role"), page), "changeRoleButton", tr("Give the selected member this role")
        )
        remove = named(
            QPushButton(tr("Remove"), page), "removeMemberButton", tr("Remove the selected member")
        )
        add.clicked.connect(self.add_member)
        change.clicked.connect(self.change_member_role)
        remove.clicked.connect(self.remove_member)
        self.members.currentCellChanged.connect(lambda *_: self._member_selected())
        self._page(page, self.members, [add, self.member_role, change, remove])
        self.tabs.addTab(page, tr("Members"))

    def _build_history(self) -> None:
        page = QWidget(self)
        self.history = table(
            page,
            "historyTable",
            tr("Status history"),
            [tr("When"), tr("Event"), tr("Reason"), tr("Comment"), tr("Who")],
        )
        # meetings and events belong to the story: recorded from here, opened from their row (issue 16)
        new_event = named(
            QPushButton(tr("&Meeting or event…"), page),
            "initiativeNewEvent",
            tr("Record a meeting or event of this initiative"),
        )
        new_event.clicked.connect(self.new_event)
        signatures = named(
            QPushButton(tr("Si&gnatures…"), page),
            "initiativeSignatures",
            tr("Signature collection of this initiative"),
        )
        signatures.clicked.connect(self.open_signatures)
        self.history.activated.connect(lambda *_: self.open_history_event())
        apply_to_call = named(QPushButton(tr("Apply to a &call…"), page), "initiativeApplyToCall",
                              tr("Applications of this initiative to funding calls"))  # fmt: skip  (issue 21)
        apply_to_call.clicked.connect(self.open_applications)
        self._page(page, self.history, [apply_to_call, signatures, new_event])
        self.tabs.addTab(page, tr("History"))

    def _build_consultations(self) -> None:
        page = QWidget(self)
        self.consultations = table(
            page,
            "initiativeConsultations",
            tr("Linked consultations"),
            [tr("Date"), tr("Visitor"), tr("Outcome"), tr("Summary")],
        )
        self.consultations_count = named(QLabel(page), "initiativeConsultationsCount", tr("Consultations"))
        self._page(page, self.consultations, [], self.consultations_count)
        self.tabs.addTab(page, tr("Consultations"))

    def _build_resources(self) -> None:
        page = QWidget(self)
        self.resources = table(page, "resourcesTable", tr("Resources needed"), [tr("Resource"), tr("Found")])
        self.resource_edit = named(QLineEdit(page), "resourceEdit", tr("A resource needed"))
        self.resource_edit.setPlaceholderText(tr("What is needed: paint, a hall, transport…"))
        self.resource_edit.returnPressed.connect(self.add_resource)
        add = named(QPushButton(tr("Add"), page), "addResourceButton", tr("Add the resource"))
        found = named(QPushButton(tr("Found"), page), "resourceFoundButton", tr("Mark the resource as found"))
        drop_resource = named(
            QPushButton(tr("Remove"), page), "removeResourceButton", tr("Remove the selected resource")
        )
        add.clicked.connect(self.add_resource)
        found.clicked.connect(self.mark_found)
        drop_resource.clicked.connect(self.remove_resource)
        self.partners = table(
            page, "partnersTable", tr("Partners"), [tr("Partner"), tr("Contribution"), tr("Since")]
        )
        self.partner_combo = named(QComboBox(page), "partnerCombo", tr("Partner to add"))
        self.partner_contribution = named(
            QLineEdit(page), "partnerContribution", tr("What the partner gives")
        )
        add_partner = named(QPushButton(tr("Add partner"), page), "addPartnerButton", tr("Add the partner"))
        add_partner.clicked.connect(self.add_partner)
        self.partner_contribution.returnPressed.connect(self.add_partner)
        drop_partner = named(
            QPushButton(tr("Remove"), page), "removePartnerButton", tr("Remove the selected partner")
        )
        drop_partner.clicked.connect(self.remove_partner)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(tr("Resources needed"), page))
        layout.addWidget(self.resources, 1)
        row = QHBoxLayout()
        row.addWidget(self.resource_edit, 1)
        row.addWidget(add)
        row.addWidget(found)
        row.addWidget(drop_resource)
        layout.addLayout(row)
        layout.addWidget(QLabel(tr("Partners"), page))
        layout.addWidget(self.partners, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.partner_combo, 1)
        row2.addWidget(self.partner_contribution, 1)
        row2.addWidget(add_partner)
        row2.addWidget(drop_partner)
        layout.addLayout(row2)
        self.tabs.addTab(page, tr("Partners and resources"))

    def _build_papers(self) -> None:
        page = QWidget(self)
        self.documents = table(
            page, "initiativeDocuments", tr("Documents"), [tr("Date"), tr("Document"), tr("Template")]
        )
        self.appeals = table(
            page, "initiativeAppeals", tr("Appeals"), [tr("No."), tr("Sent"), tr("Addressee"), tr("Answer")]
        )
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(tr("Documents"), page))
        layout.addWidget(self.documents, 1)
        layout.addWidget(QLabel(tr("Appeals"), page))
        layout.addWidget(self.appeals, 1)
        self.documents.activated.connect(self.open_document)  # Enter or a double click, once
        self.tabs.addTab(page, tr("Documents and appeals"))

    def _build_publications(self) -> None:
        page = QWidget(self)
        self.publications = table(
            page, "publicationsTable", tr("Publications"), [tr("Date"), tr("Title"), tr("Media"), tr("Link")]
        )
        self.pub_title = named(QLineEdit(page), "publicationTitle", tr("Publication title"))
        self.pub_media = named(QComboBox(page), "publicationMedia", tr("Media outlet"))
        self.pub_url = named(QLineEdit(page), "publicationUrl", tr("Link"))
        self.pub_date = named(QDateEdit(page), "publicationDate", tr("Publication date"))
        self.pub_date.setDisplayFormat(DATE_FORMAT)
        self.pub_date.setCalendarPopup(True)
        add = named(QPushButton(tr("Add"), page), "addPublicationButton", tr("Add the publication"))
        add.clicked.connect(self.add_publication)
        self.pub_title.returnPressed.connect(self.add_publication)
        drop = named(
            QPushButton(tr("Remove"), page), "removePublicationButton", tr("Remove the selected publication")
        )
        drop.clicked.connect(self.remove_publication)
        # two rows: in one, a 480 px card cut the link field to a few letters
        row = QHBoxLayout()
        row.addWidget(self.pub_title, 2)
        row.addWidget(self.pub_media, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.pub_url, 1)
        row2.addWidget(self.pub_date)
        row2.addWidget(add)
        row2.addWidget(drop)
        layout = QVBoxLayout(page)
        layout.addWidget(self.publications, 1)
        layout.addLayout(row)
        layout.addLayout(row2)
        self.tabs.addTab(page, tr("Publications"))

    def _build_suggestions(self) -> None:
        page = QWidget(self)
        self.suggested_officials = table(
            page,
            "suggestedOfficials",
            tr("Suggested officials"),
            [tr("Official"), tr("Position"), tr("Organisation"), tr("Territory")],
        )
        self.suggested_partners = table(
            page, "suggestedPartners", tr("Suggested partners"), [tr("Partner"), tr("Offers"), tr("For")]
        )
        self.suggested_visitors = table(
            page,
            "suggestedVisitors",
            tr("Suggested supporters"),
            [tr("Visitor"), tr("Phone"), tr("Initiatives helped")],
        )
        layout = QVBoxLayout(page)
        # caption, then the list; the caption says how many were found, or that none were
        self.suggestion_captions: dict[QTableWidget, tuple[str, QLabel]] = {}
        for caption, widget in (
            (tr("Officials to write to"), self.suggested_officials),
            (tr("Partners with what is needed"), self.suggested_partners),
            (tr("Residents who supported initiatives here"), self.suggested_visitors),
        ):
            heading = QLabel(caption, page)
            self.suggestion_captions[widget] = (caption, heading)
            layout.addWidget(heading)
            layout.addWidget(widget, 1)
        self.suggestions_page = page
        self.tabs.addTab(page, tr("Suggestions"))

    def _page(
        self, page: QWidget, main: QWidget, buttons: list[QWidget], header: QWidget | None = None
    ) -> None:
        layout = QVBoxLayout(page)
        if header is not None:
            layout.addWidget(header)
        layout.addWidget(main, 1)
        if buttons:
            row = QHBoxLayout()
            row.addStretch(1)
            for b in buttons:
                row.addWidget(b)
            layout.addLayout(row)

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

    def compose_document(self) -> None:
        """The document editor for this initiative; the card reloads when something was saved or filed."""
        from cal_desktop.gui.dialogs.document_dialogs import open_editor  # the editor loads QtPdf: on demand

        if self.card is not None and open_editor(self, self.ctx, self.card.id):
            self.reload()

    def open_document(self) -> None:
        """The stored document exactly as it was filed."""
        from cal_desktop.gui.dialogs.document_dialogs import open_stored

        document_id = selected_id(self.documents)
        if isinstance(document_id, int):
            open_stored(self, self.ctx, document_id)

    def new_event(self) -> None:
        from cal_desktop.gui.dialogs.event_form import edit_event

        if self.card is not None and edit_event(self.ctx, self, None, self.card.id):
            self.reload()

    def open_applications(self) -> None:
        from cal_desktop.gui.dialogs.call_applications import open_applications

        if self.card is not None and open_applications(self.ctx, self, self.card.id):
            self.reload()

    def open_signatures(self) -> None:
        from cal_desktop.gui.dialogs.signatures import open_signatures

        if self.card is not None and open_signatures(self.ctx, self, self.card.id):
            self.reload()

    def open_history_event(self) -> None:
        from cal_desktop.gui.dialogs.event_form import edit_event

        key = selected_id(self.history)
        if isinstance(key, tuple) and key[0] == "event" and edit_event(self.ctx, self, key[1]):
            self.reload()

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
            [*((day, row, None) for day, row in status_rows + appeal_rows), *_event_rows(c)], key=lambda r: r[0]
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

    # ---------------------------------------------------------------------------------- actions

    def _do(self, action) -> bool:  # type: ignore[no-untyped-def]
        """Run a service call; a refusal shows inline, the card reloads after success."""
        self.error.clear_error()
        try:
            action()
        except errors.CalError as exc:
            self.error.show_error(exc)
            return False
        self.reload()
        return True

    def change_status(self) -> None:
        if self.card is not None and initiative_status.change_status(self.ctx, self, self.card) is not None:
            self.reload()

    def edit(self) -> None:
        if self.card is not None and initiative_form.edit_initiative(
            self.ctx, self, initiative_id=self.card.id
        ):
            self.reload()

    def add_member(self) -> None:
        if self.card is not None and initiative_member.add_member(self.ctx, self, self.card.id) is not None:
            self.reload()

    def _member(self) -> MemberDTO | None:
        member_id = selected_id(self.members)
        if self.card is None or member_id is None:
            return None
        return next((m for m in self.card.members if m.id == member_id), None)

    def _member_selected(self) -> None:
        member = self._member()
        if member is not None:
            select_data(self.member_role, member.role.value)

    def change_member_role(self) -> None:
        member = self._member()
        if member is None:
            return
        role = self.member_role.currentData()
        if self._do(lambda: initiatives.change_member_role(self.ctx, member.id, role)):
            select_id(self.members, member.id)

    def remove_member(self) -> None:
        member = self._member()
        if member is None:
            return
        question = tr("Remove %1 from the members of the initiative?").replace("%1", member.full_name)
        if messages.ask(self, question, [tr("Remove")], destructive=True) == 0:
            self._do(lambda: initiatives.remove_member(self.ctx, member.id))

    def save_next_step(self) -> None:
        if self.card is None:
            return
        due = from_qdate(self.next_date.date()) if self.next_date_on.isChecked() else None
        card_id = self.card.id
        self._do(lambda: initiatives.set_next_step(self.ctx, card_id, self.next_step.text(), due))

    def add_resource(self) -> None:
        if self.card is not None and self._do(
            lambda: initiatives.add_resource(self.ctx, self.card.id, self.resource_edit.text())  # type: ignore[union-attr]
        ):
            self.resource_edit.clear()

    def mark_found(self) -> None:
        resource_id = selected_int(self.resources)
        if resource_id is not None:
            self._do(lambda: initiatives.set_resource_found(self.ctx, resource_id))

    def remove_resource(self) -> None:
        resource_id = selected_int(self.resources)
        if resource_id is not None:
            self._do(lambda: initiatives.remove_resource(self.ctx, resource_id))

    def remove_partner(self) -> None:
        link_id = selected_int(self.partners)
        if link_id is not None:
            self._do(lambda: initiatives.remove_partner(self.ctx, link_id))

    def remove_publication(self) -> None:
        publication_id = selected_int(self.publications)
        if publication_id is not None:
            self._do(lambda: initiatives.remove_publication(self.ctx, publication_id))

    def add_partner(self) -> None:
        org_id = self.partner_combo.currentData()
        if self.card is None:
            return
        if org_id is None:
            self.error.show_error(
                errors.ValidationError.single(
                    "organisation_id", tr("Partner"), tr("add partners to the directory first")
                )
            )
            return
        card_id = self.card.id
        if self._do(
            lambda: initiatives.add_partner(self.ctx, card_id, org_id, self.partner_contribution.text())
        ):
            self.partner_contribution.clear()

    def add_publication(self) -> None:
        if self.card is None:
            return
        card_id = self.card.id
        if self._do(
            lambda: initiatives.add_publication(
                self.ctx,
                card_id,
                self.pub_title.text(),
                media_id=self.pub_media.currentData(),
                url=self.pub_url.text(),
                published_on=from_qdate(self.pub_date.date()),
            )
        ):
            self.pub_title.clear()
            self.pub_url.clear()


def _outcome(code: str) -> str:
    from cal_desktop.domain.vocab import Outcome

    return label_of(Outcome, code)


class BoardView(QScrollArea):
    """Columns by status, each with its count and its latest initiatives; a double click opens one."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "initiativeBoard", tr("Initiatives by status"))
        self.setWidgetResizable(True)
        inner = QWidget(self)
        row = QHBoxLayout(inner)
        self.columns: dict[InitiativeStatus, tuple[QGroupBox, QListWidget]] = {}
        for status in InitiativeStatus:
            box = QGroupBox(label(status), inner)
            box.setObjectName(f"boardColumn_{status.value}")
            items = named(QListWidget(box), f"boardList_{status.value}", label(status))
            items.setMinimumWidth(170)
            items.setWordWrap(True)
            # no setSpacing(): with it, Qt measures a wrapped item narrower than it draws it, and a long
            # title was cut with «…» and lost its territory line (the alternating colours part the cards)
            items.setResizeMode(QListView.ResizeMode.Adjust)
            items.setAlternatingRowColors(True)
            # itemActivated alone: it comes for Enter and for a double click (both opened it twice)
            items.itemActivated.connect(lambda item: self.open_requested.emit(int(item.data(256))))
            QVBoxLayout(box).addWidget(items)
            row.addWidget(box)
            self.columns[status] = (box, items)
        self.setWidget(inner)

    def show_board(
        self, counts: dict[InitiativeStatus, int], cards: dict[InitiativeStatus, list[InitiativeSummary]]
    ) -> None:
        for status, (box, items) in self.columns.items():
            box.setTitle(f"{label(status)} ({counts.get(status, 0)})")
            items.clear()
            for card in cards.get(status, []):
                item = QListWidgetItem(f"№{card.id} {card.title}\n{card.territory or ''}".strip())
                item.setData(256, card.id)
                items.addItem(item)

    def titles(self, status: InitiativeStatus) -> list[str]:
        items = self.columns[status][1]
        return [items.item(i).text() for i in range(items.count())]


class InitiativesView(QWidget):
    """The list (or board) with filters on the left, the card on the right."""

    initiative_changed = Signal(int)

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, save_dialog: SaveDialog | None = None
    ) -> None:
        super().__init__(parent)
        named(self, "initiativesView", tr("Initiatives"))
        self.ctx = ctx
        self.save_dialog: SaveDialog = save_dialog or ask_save_path
        self.search = named(QLineEdit(self), "initiativeSearch", tr("Search initiatives"))
        self.search.setPlaceholderText(tr("Title or address"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = vocab_combo(
            self, InitiativeStatus, "initiativeStatusFilter", tr("Status"), empty=tr("All statuses")
        )
        self.status_filter.insertItem(1, tr("Open"), "open")
        self.status_filter.insertItem(2, tr("Closed"), "closed")
        self.category_filter = vocab_combo(
            self, Category, "initiativeCategoryFilter", tr("Category"), empty=tr("All categories")
        )
        self.territory_filter = territory_combo(
            self, ctx, "initiativeTerritoryFilter", tr("Territory"), tr("All territories")
        )
        self.staff_filter = named(QComboBox(self), "initiativeStaffFilter", tr("Staff member"))
        self.staff_filter.addItem(tr("All staff"), None)
        for member in staff.list_staff(ctx):
            self.staff_filter.addItem(member.display_name, member.id)
        self.new_button = named(
            QPushButton(tr("&New initiative…"), self), "newInitiativeButton", tr("Create a new initiative")
        )
        self.board_toggle = named(
            QCheckBox(tr("&Board"), self), "boardToggle", tr("Show the board by status")
        )
        self.stories_button = named(
            QPushButton(tr("Success s&tories…"), self),
            "successStoriesButton",
            tr("Export the success stories for the network"),
        )
        self.count_label = named(QLabel(self), "initiativeCount", tr("Number of initiatives found"))
        self.model: LazyTableModel[InitiativeSummary] = LazyTableModel(COLUMNS, self)
        self.table = named(QTableView(self), "initiativesTable", tr("Initiatives found"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move between rows
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        # fixed widths: sizing to contents would make the lazy model load every row
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        screen_fit.keep_headings(self.table)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.board = BoardView(self)
        self.stack = named(QStackedWidget(self), "initiativeStack", tr("List or board"))
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.board)
        self.card = InitiativeCardWidget(ctx, self)

        filters = QGridLayout()  # two by two: in one row the four were cut on a 1024 px screen
        for number, widget in enumerate(
            (self.status_filter, self.category_filter, self.territory_filter, self.staff_filter)
        ):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(FILTER_CHARS)
            filters.addWidget(widget, number // 2, number % 2)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)  # a row of its own: the filters stay readable on a small screen
        left_layout.addLayout(filters)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.board_toggle)
        bottom.addStretch(1)
        bottom.addWidget(self.stories_button)
        bottom.addWidget(self.new_button)
        left_layout.addLayout(bottom)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = split
        split.setObjectName("initiativesSplitter")
        split.addWidget(left)
        split.addWidget(self.card)
        # no explicit minimums: one below a layout's own squeezed its buttons and fields; the rows are
        # arranged so that the layouts' own minimums fit a 1024 px screen
        split.setCollapsible(0, False)
        split.setCollapsible(1, False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([1, 1])  # half and half: the card needs room for its tables
        QVBoxLayout(self).addWidget(split)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        down_moves_into_list(self.search, self._into_list)
        for combo in (self.status_filter, self.category_filter, self.territory_filter, self.staff_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.board_toggle.toggled.connect(self._toggle_board)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        # Enter (activated) or a double click opens the card and moves the keyboard into it
        self.table.activated.connect(self._row_activated)
        self.board.open_requested.connect(self._board_activated)
        self.new_button.clicked.connect(self.new_initiative)
        self.stories_button.clicked.connect(self.export_success_stories)
        self.card.changed.connect(self._card_changed)
        self._set_tab_order()
        self.refresh()

    def _set_tab_order(self) -> None:
        """Filters left to right, the list (or the board's columns), the buttons under it, the card."""
        chain: list[QWidget] = [
            self.search,
            self.status_filter,
            self.category_filter,
            self.territory_filter,
            self.staff_filter,
            self.table,
            *(items for _box, items in self.board.columns.values()),
            self.board_toggle,
            self.stories_button,
            self.new_button,
            self.card.compose_button,
            self.card.edit_button,
            self.card.status_button,
            self.card.tabs,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def current_filter(self) -> InitiativeFilter:
        status = self.status_filter.currentData()
        return InitiativeFilter(
            statuses=[status] if status not in (None, "open", "closed") else None,
            open=True if status == "open" else False if status == "closed" else None,
            category=self.category_filter.currentData(),
            territory_id=self.territory_filter.currentData(),
            staff_id=self.staff_filter.currentData(),
            text=self.search.text(),
        )

    def refresh(self) -> None:
        self.timer.stop()
        f = self.current_filter()
        if self.board_toggle.isChecked():
            counts = initiatives.board_counts(self.ctx, f)
            self.board.show_board(counts, initiatives.board(self.ctx, f, BOARD_PER_STATUS))
            total = sum(counts.values())
        else:
            page = initiatives.list_initiatives(self.ctx, f, limit=1)
            total = page.total
            self.model.reset(
                total,
                lambda offset, limit: (
                    initiatives.list_initiatives(self.ctx, f, offset=offset, limit=limit).items
                ),
            )
        self.count_label.setText(tr("Initiatives: %1").replace("%1", str(total)))

    def _into_list(self) -> None:
        """↓ in the search field: into the list (or the board), on its first row, as in every list."""
        if self.timer.isActive():
            self.refresh()  # the list must show what was typed
        if self.board_toggle.isChecked():
            lists = [items for _box, items in self.board.columns.values() if items.count()]
            if lists:
                lists[0].setFocus()
                lists[0].setCurrentRow(max(0, lists[0].currentRow()))
            return
        if self.model.total:
            self.table.setFocus()
            if self.table.currentIndex().row() < 0:
                self.table.selectRow(0)

    def reload_territories(self) -> None:
        fill_territories(self.territory_filter, self.ctx, tr("All territories"))

    def _toggle_board(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.board if on else self.table)
        # the board's columns need the width: two thirds for it, half and half for the list
        total = sum(self.splitter.sizes())
        left = total * 2 // 3 if on else total // 2
        self.splitter.setSizes([left, total - left])
        self.refresh()

    def _row_changed(self) -> None:
        row = self.model.row(self.table.currentIndex().row())
        if row is not None:
            self.open_initiative(row.id)

    def _row_activated(self) -> None:
        row = self.model.row(self.table.currentIndex().row())
        if row is not None:
            self._open_and_enter(row.id)

    def _board_activated(self, initiative_id: int) -> None:
        self._open_and_enter(initiative_id)

    def _open_and_enter(self, initiative_id: int) -> None:
        if self.card.card is None or self.card.card.id != initiative_id:
            self.open_initiative(initiative_id)
        if self.card.card is not None:
            self.card.tabs.setFocus()

    def open_initiative(self, initiative_id: int) -> None:
        try:
            self.card.open(initiative_id)
        except errors.CalError as exc:
            show_error(self, exc)

    def export_success_stories(self) -> None:
        """Every success story up to today, as .xlsx (people) or .json (the network's package)."""
        suggested = str(Path.home() / f"Истории_успеха_{date.today():%Y-%m-%d}.xlsx")
        path = self.save_dialog(
            self,
            tr("Export success stories"),
            suggested,
            tr("Excel workbook (*.xlsx);;JSON for the network (*.json)"),
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".xlsx"
        try:
            count = initiatives.export_success_stories(self.ctx, path)
        except errors.CalError as exc:
            show_error(self, exc)
            return
        messages.info(
            self, tr("Success stories exported: %1.\n%2").replace("%1", str(count)).replace("%2", path)
        )

    def new_initiative(self) -> None:
        card = initiative_form.edit_initiative(self.ctx, self)
        if card is not None:
            self.refresh()
            self.card.show_card(card)

    def _card_changed(self, initiative_id: int) -> None:
        self.refresh()
        self.initiative_changed.emit(initiative_id)


__all__ = ["BoardView", "InitiativeCardWidget", "InitiativesView"]
