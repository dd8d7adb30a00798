"""The cover and the organisation: a form (report title, support line, date,
organisation identity, contact, convention) and the two cover logos."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui.document import Document
from mesdesk.gui.pages.base import Page
from mesdesk.gui.pages.delegates import NO_DATE, short_date_format
from mesdesk.gui.pages.logo_field import LogoField
from mesdesk.model.entities import Convention, Funder, Organisation, Report


class CoverPage(Page):
    """Each field writes into the model when it loses focus or on Enter, then autosaves."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.setObjectName("coverPage")
        self._loading = False
        # The report and convention the fields were loaded from: edits go there and
        # nowhere else, even once the document shows another report (issue 10, item 4).
        self._report: Report | None = None
        self._convention: Convention | None = None
        # field name -> (read from the widget, write to the widget, target getter, attribute)
        self._fields: list[tuple[QWidget, Callable[[], Any], Callable[[], Any], str]] = []

        heading = QLabel(self.tr("Couverture et organisation"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)

        report_box = QGroupBox(self.tr("Bilan"), self)
        form = QFormLayout(report_box)
        self._line(form, "reportTitle", self.tr("&Titre :"), lambda: self._report, "title")
        self._line(form, "supportLine", self.tr("&Ligne de soutien :"), lambda: self._report, "support_line")
        self.reportDate = QDateEdit(report_box)
        self.reportDate.setObjectName("reportDate")
        self.reportDate.setCalendarPopup(True)
        self.reportDate.setMinimumDate(NO_DATE)
        self.reportDate.setSpecialValueText(self.tr("(pas de date)"))
        self.reportDate.setDisplayFormat(short_date_format())
        self.reportDate.editingFinished.connect(self._date_edited)
        self.reportDate.dateChanged.connect(lambda _d: self._date_edited() if self.reportDate.calendarWidget().isVisible() else None)
        date_label = QLabel(self.tr("&Date du bilan :"), report_box)
        date_label.setBuddy(self.reportDate)
        form.addRow(date_label, self.reportDate)
        self.reportLanguage = QComboBox(report_box)
        self.reportLanguage.setObjectName("reportLanguage")
        self.reportLanguage.addItem("Français", "fr")  # each language named in itself
        self.reportLanguage.addItem("English", "en")
        self.reportLanguage.currentIndexChanged.connect(lambda _i: self._language_edited())
        language_label = QLabel(self.tr("Lan&gue du bilan :"), report_box)
        language_label.setBuddy(self.reportLanguage)
        form.addRow(language_label, self.reportLanguage)

        convention_box = QGroupBox(self.tr("Convention"), self)
        form = QFormLayout(convention_box)
        self._line(form, "funderName", self.tr("&Financeur :"), self._funder, "name")
        self.funderLogo = LogoField(doc, "funder", ("funderLogo", "chooseFunderLogo", "removeFunderLogo"),
                                    self._funder_logo, convention_box)
        form.addRow(self.tr("Logo du financeur :"), self.funderLogo)
        self._line(form, "programme", self.tr("&Programme :"), lambda: self._convention, "programme")
        self.yearsLabel = QLabel(convention_box)
        self.yearsLabel.setObjectName("conventionYears")
        form.addRow(self.tr("Années :"), self.yearsLabel)
        self.pageLimit = QSpinBox(convention_box)
        self.pageLimit.setObjectName("pageLimit")
        self.pageLimit.setRange(0, 999)
        self.pageLimit.setSpecialValueText(self.tr("sans limite"))
        self.pageLimit.setSuffix(self.tr(" pages"))
        self.pageLimit.editingFinished.connect(self._page_limit_edited)
        self.pageLimit.valueChanged.connect(lambda _v: self._page_limit_edited() if not self.pageLimit.hasFocus() else None)
        limit_label = QLabel(self.tr("Pages au plus :"), convention_box)
        limit_label.setBuddy(self.pageLimit)
        form.addRow(limit_label, self.pageLimit)

        org_box = QGroupBox(self.tr("Organisation"), self)
        form = QFormLayout(org_box)
        org = self._organisation
        self._line(form, "orgName", self.tr("&Nom :"), org, "name")
        self._line(form, "orgAddress", self.tr("Adr&esse :"), org, "address")  # not Alt+A: « Aide »
        self._line(form, "orgSiret", self.tr("&SIRET :"), org, "siret")
        self._line(form, "orgApe", self.tr("Code A&PE :"), org, "ape")
        self._line(form, "contactName", self.tr("&Contact :"), org, "contact_name")
        self._line(form, "contactRole", self.tr("&Fonction :"), org, "contact_role")
        self._line(form, "orgEmail", self.tr("&Courriel :"), org, "email")
        self._line(form, "orgPhone", self.tr("Télép&hone :"), org, "phone")
        self.linksEdit = QPlainTextEdit(org_box)
        self.linksEdit.setObjectName("orgLinks")
        self.linksEdit.setTabChangesFocus(True)
        self.linksEdit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.linksEdit.setPlaceholderText(self.tr("Une adresse web par ligne"))
        links_label = QLabel(self.tr("Liens &web :"), org_box)
        links_label.setBuddy(self.linksEdit)
        form.addRow(links_label, self.linksEdit)
        self.organisationLogo = LogoField(
            doc, "organisation", ("organisationLogo", "chooseOrganisationLogo", "removeOrganisationLogo"),
            self._organisation_logo, org_box)
        form.addRow(self.tr("Logo :"), self.organisationLogo)
        self.linksEdit.installEventFilter(self)

        columns = QHBoxLayout()
        # Side by side when there is room, one above the other otherwise (1366×768 with a
        # side panel open): never a sideways scroll bar.
        self._columns = columns
        self._column_boxes = (report_box, convention_box, org_box)
        left = QVBoxLayout()
        left.addWidget(report_box)
        left.addWidget(convention_box)
        left.addStretch(1)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(org_box)
        right.addStretch(1)
        columns.addLayout(right, 1)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(12, 8, 12, 8)
        body_layout.addWidget(heading)
        body_layout.addLayout(columns)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._scroll = scroll

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._arrange_columns()
        super().resizeEvent(event)

    def _arrange_columns(self) -> None:
        report_box, convention_box, org_box = self._column_boxes
        left = max(report_box.minimumSizeHint().width(), convention_box.minimumSizeHint().width())
        needed = left + org_box.minimumSizeHint().width() + self._columns.spacing() + 24 + 24
        width = self.width() - self._scroll.verticalScrollBar().sizeHint().width()
        direction = QBoxLayout.Direction.LeftToRight if width >= needed else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

    # -- targets --------------------------------------------------------------------------
    def _organisation(self) -> Organisation:
        org = self.doc.workspace.organisation()
        if org is None:  # an empty workspace: the first edit creates it
            org = Organisation()
            self.doc.session.add(org)
        return org

    def _funder(self) -> Funder | None:
        convention = self._convention
        if convention is None:
            return None
        if convention.funder is None:
            convention.funder = Funder()
        return convention.funder

    def _organisation_logo(self) -> bytes | None:
        org = self.doc.workspace.organisation()
        return org.logo if org is not None else None

    def _funder_logo(self) -> bytes | None:
        convention = self.doc.convention
        funder = convention.funder if convention is not None else None
        return funder.logo if funder is not None else None

    def _line(self, form: QFormLayout, name: str, label: str, target: Callable[[], Any], attribute: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMinimumWidth(220)
        edit.editingFinished.connect(lambda: self._line_edited(edit, target, attribute))
        label_widget = QLabel(label, self)
        label_widget.setBuddy(edit)
        form.addRow(label_widget, edit)
        self._fields.append((edit, edit.text, target, attribute))
        return edit

    # -- load / write -------------------------------------------------------------------
    def load(self) -> None:
        self.refresh()

    def reload(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._loading = True
        self._report, self._convention = self.doc.report, self.doc.convention
        try:
            for widget, _read, target, attribute in self._fields:
                obj = target()
                assert isinstance(widget, QLineEdit)
                widget.setText(str(getattr(obj, attribute, "") or "") if obj is not None else "")
                widget.setCursorPosition(0)
            report = self.doc.report
            date = report.report_date if report else None
            self.reportDate.setDate(QDate(date.year, date.month, date.day) if date else NO_DATE)
            org = self.doc.workspace.organisation()
            self.linksEdit.setPlainText("\n".join(org.links or []) if org else "")
            convention = self.doc.convention
            self.yearsLabel.setText(f"{convention.first_year} – {convention.last_year}" if convention else "")
            self.pageLimit.setValue((convention.page_limit or 0) if convention else 0)
            self.reportLanguage.setCurrentIndex(max(0, self.reportLanguage.findData(report.language if report else "fr")))
            self.organisationLogo.refresh()
            self.funderLogo.refresh()
        finally:
            self._loading = False

    def _line_edited(self, edit: QLineEdit, target: Callable[[], Any], attribute: str) -> None:
        if self._loading:
            return
        obj = target()
        value = edit.text().strip()
        if obj is not None and getattr(obj, attribute) != value:
            setattr(obj, attribute, value)
            self.doc.schedule_save()

    def _date_edited(self) -> None:
        report = self._report
        if self._loading or report is None:
            return
        date = self.reportDate.date()
        value = None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())
        if report.report_date != value:
            report.report_date = value
            self.doc.schedule_save()

    def _page_limit_edited(self) -> None:
        convention = self._convention
        if self._loading or convention is None:
            return
        value = self.pageLimit.value() or None
        if convention.page_limit != value:
            convention.page_limit = value
            self.doc.schedule_save()

    def _language_edited(self) -> None:
        report = self._report
        if self._loading or report is None:
            return
        value = str(self.reportLanguage.currentData())
        if report.language != value:
            report.language = value
            self.doc.schedule_save()
            self.doc.dataEdited.emit()  # spelling follows the report's language

    def write_back(self) -> bool:
        """Catch a field still being typed in when the window saves (e.g. on close)."""
        if not self.isVisible():  # fields are written as they lose focus; nothing pending
            return False
        changed = False
        was, self._loading = self._loading, False
        for widget, _read, target, attribute in self._fields:
            obj = target() if attribute else None
            if obj is not None and isinstance(widget, QLineEdit) and getattr(obj, attribute) != widget.text().strip():
                setattr(obj, attribute, widget.text().strip())
                changed = True
        changed |= self._write_links()
        self._loading = was
        return changed

    def _write_links(self) -> bool:
        links = [line.strip() for line in self.linksEdit.toPlainText().splitlines() if line.strip()]
        org = self.doc.workspace.organisation()
        if org is None and not links:
            return False
        org = org or self._organisation()
        if list(org.links or []) != links:
            org.links = links
            return True
        return False

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.linksEdit and event.type() == QEvent.Type.FocusOut and not self._loading:
            if self._write_links():
                self.doc.schedule_save()
        return super().eventFilter(watched, event)
