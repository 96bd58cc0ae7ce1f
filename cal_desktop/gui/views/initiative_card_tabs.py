"""The initiative card's tabs (overview, members, history, consultations, resources and partners, papers,
publications, suggestions) and the actions their buttons start; ``InitiativeCardWidget`` builds them
in its constructor and fills them in ``show_card``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain.vocab import MemberRole
from cal_desktop.gui import messages, screen_fit
from cal_desktop.gui.dialogs import initiative_form, initiative_member, initiative_status
from cal_desktop.gui.dialogs.initiative_common import (
    ErrorLine,
    named,
    select_data,
    select_id,
    selected_id,
    selected_int,
    table,
    vocab_combo,
)
from cal_desktop.gui.formatting import DATE_FORMAT, from_qdate
from cal_desktop.gui.i18n import tr
from cal_desktop.services import initiatives
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.initiatives import InitiativeCard, MemberDTO


class _CardTabs(QWidget):
    # set and kept by InitiativeCardWidget (gui/views/initiative_card.py), read by the tabs' actions
    ctx: ServiceContext
    card: InitiativeCard | None
    tabs: QTabWidget
    error: ErrorLine

    def reload(self) -> None:
        raise NotImplementedError  # InitiativeCardWidget.reload

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

    # ---------------------------------------------------------------------------------- links

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

    def open_applications(self) -> None:
        from cal_desktop.gui.dialogs.call_applications import open_applications

        if self.card is not None and open_applications(self.ctx, self, self.card.id):
            self.reload()

    def new_event(self) -> None:
        from cal_desktop.gui.dialogs.event_form import edit_event

        if self.card is not None and edit_event(self.ctx, self, None, self.card.id):
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
        elif isinstance(key, tuple) and key[0] == "application" and self.card is not None:
            self._open_application(key[1])

    def _open_application(self, application_id: int) -> None:
        """An application's row in the history opens it (issue 21.3)."""
        from cal_desktop.gui.dialogs import call_applications
        from cal_desktop.services import funding_applications

        try:
            app = funding_applications.get_application(self.ctx, application_id)
        except errors.CalError as exc:  # deleted at another desk meanwhile
            self.error.show_error(exc)
            return
        assert self.card is not None  # checked by the caller
        form = call_applications.ApplicationForm(self.ctx, self, self.card.id, app)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.reload()

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


