"""French by default, English complete: no string of one language left in the other."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from mesdesk.gui.preferences import PreferencesDialog
from mesdesk.resources import translations_dir

# Words that read the same in both languages (or are names): not evidence either way.
SAME = {"Source", "Participants", "Organisation", "Conclusion", "Ctrl+Tab", "MES Desk", "%1 — MES Desk",
        "[action %1]", "Ouvrir", "Open"}


def _pairs() -> list[tuple[str, str]]:
    root = ET.parse(translations_dir() / "mesdesk_en.ts").getroot()
    out = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        forms = [n.text or "" for n in tr.findall("numerusform")] if tr.find("numerusform") is not None else [tr.text or ""]
        for form in forms:
            out.append((source, form))
    return out


def _pattern(text: str) -> re.Pattern[str]:
    """A template ("%1 words of %2", "{n} mots") as a regex matching its filled-in form."""
    text = _clean(text)
    parts = re.split(r"(%\d|%n|\{\w+\})", text)
    return re.compile("^" + "".join(".+?" if re.fullmatch(r"%\d|%n|\{\w+\}", p) else re.escape(p) for p in parts) + "$")


def _clean(text: str) -> str:
    return re.sub(r"&(?=\w)", "", text).strip()


def ui_texts(widget: QWidget) -> list[str]:
    """The interface's own words in a widget tree (not the user's data)."""
    # The main window's title holds the report's own title (data), not interface words.
    texts: list[str] = [] if widget.objectName() == "mainWindow" else [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel) and not w.objectName().startswith(("actionNumber", "conventionYears")):
            texts.append(w.text())
        if isinstance(w, QAbstractButton):
            texts += [w.text(), w.toolTip()]
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QMenu):
            texts.append(w.title())
        if isinstance(w, QDockWidget):
            texts.append(w.windowTitle())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox) and w.objectName() not in ("reportSwitcher", "languageCombo"):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None and w.objectName() != "outline":
            model = w.model()
            from PySide6.QtCore import QAbstractTableModel

            columns = model.columnCount() if isinstance(model, QAbstractTableModel) else 1
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
        texts.append(w.accessibleName())
        texts += [a.text() for a in w.actions()] + [a.toolTip() for a in w.actions()] + [a.statusTip() for a in w.actions()]
    for action in widget.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return [_clean(t) for t in texts if t and _clean(t)]


def outline_chrome(window: Any) -> list[str]:
    model = window.outlineModel
    return [model.index_for(key).data() for key in (("cover",), ("preamble",), ("conclusion",), ("partners",))]


def all_ui_texts(window: Any) -> list[str]:
    """Every page, panel and dialog of the window, visited as a user could."""
    for key in (("cover",), ("conclusion",), ("partners",),
                ("action", window.doc.convention.action_by_number("1.1").uid), ("preamble",)):
        window.select_key(key)  # pages are built when first shown
    window.show_find()
    window.show_check()
    texts = ui_texts(window) + outline_chrome(window)
    # « Sans action » is only in the outline when something is without an action.
    from mesdesk.gui.pages.unassigned_page import UnassignedPage

    unassigned = UnassignedPage(window.doc, window)
    unassigned.load()
    texts += ui_texts(unassigned) + [unassigned.indicatorsModel.index(0, 0).data() or ""]
    unassigned.deleteLater()
    # The carry-over summary, as after « Nouveau bilan à partir de l'année précédente ».
    from mesdesk.model.carry_over import CarryOverSummary, FlaggedFigure

    action = window.doc.convention.action_by_number("1.1")
    figures = [FlaggedFigure("1.1", action.uid, "narrative", "52 464", "x", "Visites", True),
               FlaggedFigure(None, None, "preamble", "4", "y", "Lettres", False)]
    window.show_carry_over(CarryOverSummary(window.doc.report, 2025, 2024, 13, 12, figures))
    panel = window.carry_over_panel
    texts += ui_texts(panel) + [panel.summary.text()] + [panel.list.item(i).text() for i in range(panel.list.count())]
    texts += [window.check_panel.list.item(i).text() for i in range(window.check_panel.list.count())]
    texts += comments_panel_texts(window)
    # « Versions » with one version kept, and its comparison with today.
    from mesdesk.exchange.snapshots import take_snapshot

    take_snapshot(window.doc.report, "CA", "Claire").apply(window.doc.session)
    window.doc.commit_edit()
    window.actionVersions.trigger()
    versions = window.side.versions
    texts += ui_texts(versions) + [versions.list.item(0).text().split("\n")[1]]
    compare = versions.compare()
    sections = {compare.sectionCombo.itemText(i) for i in range(compare.sectionCombo.count())}  # titles: data
    texts += [t for t in ui_texts(compare) if t not in sections] + [compare.summary.text()]
    compare.close()
    window.actionExport.trigger()
    dialogs = [window.findChild(QDialog, "exportDialog"), PreferencesDialog(window.settings, window)]
    from mesdesk.gui.indicator_picker import IndicatorPickerDialog
    from mesdesk.gui.new_report_dialog import NewReportDialog
    from mesdesk.gui.shortcuts_dialog import ShortcutsDialog

    dialogs += [NewReportDialog(window.doc, window), ShortcutsDialog(window), IndicatorPickerDialog(window.doc, None, window)]
    for dialog in dialogs:
        texts += ui_texts(dialog)
        dialog.close()
    window.select_key(("action", window.doc.convention.action_by_number("1.1").uid))
    texts += [window.actionPage.tabs.tabText(i) for i in range(4)]
    return [_clean(t) for t in texts if t]


def comments_panel_texts(window: Any) -> list[str]:
    """« Commentaires » with a comment, a reply, a resolved one and a detached one listed,
    and the editor of a reply open (the bodies, names and words quoted are data: « ok »)."""
    from PySide6.QtGui import QTextCursor

    comments = window.side.comments
    window.select_key(("preamble",))
    edit = window.preamblePage.editor.textEdit()
    uids = []
    for start in (0, 20, 40):
        cursor = QTextCursor(edit.document())
        cursor.setPosition(start)
        cursor.setPosition(start + 5, QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        comments.request_add_on(edit)
        uids.append(comments.add("ok"))
        assert uids[-1] is not None
    comments.reply(comments.comment(uids[0]), "ok")
    comments.set_resolved(comments.comment(uids[1]), True)
    cursor = QTextCursor(edit.document())
    cursor.setPosition(40)
    cursor.setPosition(45, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    window.doc.save_now()
    panel = window.side.show_comments()
    panel.showResolved.setChecked(True)
    panel.list.setCurrentRow(1)
    panel.start_reply()
    texts = ui_texts(panel) + [panel.summary.text()] + [panel.list.item(i).text() for i in range(panel.list.count())]
    panel.cancel_compose()
    return [line for text in texts for line in text.split("\n")]


def _has_words(template: str) -> bool:
    """A template of placeholders and punctuation only (« %1 : %2 ») is no language's."""
    return any(c.isalpha() for c in re.sub(r"%\d|%n|\{\w+\}", "", template))


def leftovers(texts: list[str], other: list[str]) -> set[str]:
    patterns = [_pattern(t) for t in other if _clean(t) and _clean(t) not in SAME and _has_words(_clean(t))]
    return {t for t in texts if t not in SAME and any(p.match(t) for p in patterns)}


def test_every_string_has_an_english_translation() -> None:
    for source, english in _pairs():
        assert english.strip(), f"no English for {source!r}"


def switch_language(window: Any, language: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Through the preferences dialog, as a user would; returns the rebuilt window."""
    def choose(dialog: PreferencesDialog) -> int:
        dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData(language))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    controller = window.parent() or None
    window.actionPreferences.trigger()
    return controller


def test_english_interface_has_no_french_left(qtbot: Any, controller: Any, window: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    key = ("action", window.doc.convention.action_by_number("2.1").uid)
    window.select_key(key)
    switch_language(window, "en", monkeypatch)
    english = controller.window
    assert english is not window, "the window was rebuilt in English at once"
    assert english.current_key() == key, "and shows the same place"
    assert english.actionUndo.text() == "&Undo"
    french_sources = [s for s, e in _pairs() if _clean(s) != _clean(e)]
    texts = all_ui_texts(english)
    assert len(texts) > 150
    assert leftovers(texts, french_sources) == set()
    # Qt's own buttons come from qtbase_en, and the choice is remembered.
    box = english.findChild(PreferencesDialog) or PreferencesDialog(english.settings, english)
    cancel = box.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert _clean(cancel.text()) == "Cancel"
    assert english.settings.language == "en"


def test_french_interface_has_no_english_left(qtbot: Any, controller: Any, window: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    switch_language(window, "en", monkeypatch)
    switch_language(controller.window, "fr", monkeypatch)
    french = controller.window
    english_texts = [e for s, e in _pairs() if _clean(s) != _clean(e)]
    texts = all_ui_texts(french)
    assert leftovers(texts, english_texts) == set()
    box = PreferencesDialog(french.settings, french)
    cancel = box.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert _clean(cancel.text()) == "Annuler", "Qt's own buttons are French too (qtbase_fr)"


def test_dates_and_numbers_follow_the_language(qtbot: Any, controller: Any, window: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from gui_helpers import outline_select

    outline_select(window, qtbot, "1.1")
    model = window.actionPage.indicatorsModel
    row = next(i for i, ind in enumerate(model.rows) if (ind.value_for(2024) or 0) >= 1000)
    year_column = 2 + window.doc.convention.years.index(2024)
    french_value = model.index(row, year_column).data()
    assert "\u202f" in french_value or "\u00a0" in french_value  # 52 464
    switch_language(window, "en", monkeypatch)
    english = controller.window
    outline_select(english, qtbot, "1.1")
    assert "," in english.actionPage.indicatorsModel.index(row, year_column).data()  # 52,464


# Parameters for wording every finding of the carry-over and the exports (user data in them
# is neutral: names and numbers).
_SAMPLE_PARAMS = {"year": 2025, "source_year": 2024, "actions": 10, "count": 2, "number": "1.1", "field": "narrative",
                  "figure": "52 464", "indicator": "Web", "styles": "Heading", "labels": ("Heading",), "uid": "x1",
                  "label": "Web", "limit": 32767, "sheet": "Sheet", "row": 2, "column": "Col", "name": "out.xls",
                  "previous": 2024, "words": 900, "target": 500, "excerpt": "Web 2024", "status": "brouillon",
                  "percent": "+40", "pages": 14, "date": "2026-03-09", "by": "Claire"}


def test_every_summary_export_and_check_finding_has_english_wording() -> None:
    """Each code the carry-over, the exporters and the check emit is in the GUI's table,
    and reads English in English (singular and plural)."""
    import mesdesk.exchange.docx  # noqa: F401 - their French templates register on import
    import mesdesk.exchange.xlsx  # noqa: F401
    import mesdesk.model.carry_over  # noqa: F401
    import mesdesk.model.checks  # noqa: F401
    from mesdesk.gui import findings_text, i18n
    from mesdesk.model.findings import FRENCH, Finding

    codes = sorted(c for c in FRENCH if c.startswith(("carry_over.", "docx_export.", "xlsx_export.", "check.")))
    assert len(codes) >= 30
    assert set(codes) <= findings_text.known_codes()
    french_sources = [s for s, e in _pairs() if _clean(s) != _clean(e)]
    i18n.install_language("en")
    try:
        texts = []
        for code in codes:
            for count in (1, 3):
                params = {**_SAMPLE_PARAMS, "count": count, "actions": count}
                for field in ("narrative", "preamble"):
                    texts.append(findings_text.word(Finding(code, {**params, "field": field})))
        assert all("{" not in t and "%n" not in t for t in texts), texts
        assert leftovers(texts, french_sources) == set()
        assert "Report 2025 created from the 2024 report: 1 action." in texts
        assert "3 texts carried over as drafts, marked “to update” until their status changes; no event carried over." in texts
        assert "1.1, narrative: “52 464” = Web" in texts and "Preamble: “52 464” = Web" in texts
        assert "1.1: status “draft”, not approved yet" in texts
    finally:
        i18n.install_language("fr")


def test_carry_over_summary_and_export_warnings_are_english(
    qtbot: Any, controller: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """A real carried-over 2025 report and its export, in English: the summary, the
    check and the export's warnings show no French."""
    from test_export import run_export
    from test_reports_and_imports import create_report

    from mesdesk.model.entities import Organisation

    switch_language(window, "en", monkeypatch)
    english = controller.window
    organisation = english.doc.workspace.session.query(Organisation).first()
    organisation.logo = b"\x89PNG not really"  # a damaged logo: one more warning
    english.doc.mark_dirty()
    english.doc.save_now()
    create_report(english, monkeypatch, 2025, carry=True)
    assert english.doc.report.year == 2025
    panel = english.carry_over_panel
    texts = [panel.summary.text()] + [panel.list.item(i).text() for i in range(panel.list.count())]
    assert texts[0].startswith("Report 2025 created from the 2024 report: 10 actions.")
    english.actionCheck.trigger()
    check = english.check_panel
    texts += [check.summary.text()] + [check.list.item(i).text() for i in range(check.list.count())]
    dialog = run_export(english, qtbot, tmp_path / "report.docx", tmp_path / "report.xlsx")
    assert dialog.error is None, dialog.error
    warnings = dialog.statusLabel.text().split("\n\n", 1)[1].split("\n")
    assert len(warnings) > 5 and warnings[0] == "Good to know:"
    assert "• The organisation's logo is not a readable PNG or JPEG image: it is left off the cover." in warnings
    assert "• The indicator “Visites du site internet” has no value for 2025." in warnings
    texts += [w.lstrip("• ") for w in warnings]
    # These lines quote the user's French (indicator labels, last year's sentences): a
    # template of placeholders around a short word (« %1 en %2 ») would match the data.
    french_sources = [s for s, e in _pairs() if _clean(s) != _clean(e)
                      and re.search(r"[^\W\d_]{4,}", re.sub(r"%\d|%n|\{\w+\}", "", s))]
    assert leftovers([_clean(t) for t in texts], french_sources) == set()
    # Last year's words, quoted by the check, are the user's: the lines around them are English.
    assert any(t.startswith("Preamble: “") and t.endswith("names 2024, the previous year") for t in texts)


def test_word_import_summary_is_in_the_interface_language(qtbot: Any, controller: Any, window: Any, dialogs: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """« Importer un bilan Word » in English: the summary panel shows the same findings as
    the command line, in English, and a click on a line opens its place."""
    from pathlib import Path

    from PySide6.QtCore import Qt as _Qt

    from mesdesk.gui.import_summary_panel import FindingRole, ImportSummaryPanel
    from mesdesk.model.findings import word_fr

    fixture = Path(__file__).parents[1] / "exchange" / "docx_import" / "fixtures" / "melange-libreoffice.docx"
    switch_language(window, "en", monkeypatch)
    english = controller.window
    dialogs.open_files.append(fixture)
    dialogs.answers.append("import")
    english.actionImport.trigger()
    panel = english.findChild(ImportSummaryPanel, "importSummaryPanel")
    assert panel is not None and panel.isVisible()
    items = [panel.list.item(i) for i in range(panel.list.count())]
    texts = [_clean(item.text()) for item in items] + [_clean(panel.summary.text()), _clean(panel.windowTitle())]
    findings = [item.data(FindingRole) for item in items if item.data(FindingRole) is not None]
    assert len(findings) > 20
    french_sources = [s for s, e in _pairs() if _clean(s) != _clean(e)]
    assert leftovers(texts, french_sources) == set()
    for item in items:
        finding = item.data(FindingRole)
        # Only lines made of the document's own words (« [action 1.1] … ») read the same in French.
        if finding is not None and not finding.code.startswith("docx_import.unplaced."):
            assert item.text() != word_fr(finding), item.text()
    assert "1.3 “Rencontres régionales”: heading typed as a list item." in texts
    assert any(t.startswith("Track changes: 1 deletion(s) accepted") for t in texts)
    assert panel.windowTitle() == "Word import"

    # A click on the deduction about 1.3 opens action 1.3; one on the picture selects its mention.
    action = english.doc.convention.action_by_number("1.3")
    row = next(i for i, item in enumerate(items) if "heading typed as a list item" in item.text())
    qtbot.mouseClick(panel.list.viewport(), _Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(items[row]).center())
    assert english.current_key() == ("action", action.uid)
    picture = next(item for item in items if item.data(FindingRole) is not None
                   and item.data(FindingRole).code == "docx_import.image")
    panel.list.scrollToItem(picture)
    qtbot.mouseClick(panel.list.viewport(), _Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(picture).center())
    first = english.doc.convention.action_by_number("1.1")
    assert english.current_key() == ("action", first.uid)
    selected = english.actionPage.narrativeEditor.textEdit().textCursor().selectedText()
    assert selected.startswith("[Image") and selected == picture.data(FindingRole).place.excerpt
