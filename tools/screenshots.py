"""``make screenshots``: PNGs of the main window, in French and English, at two sizes.

Runs offscreen on a fresh copy of the bundled sample (temporary settings and data
folders: the user's own are never touched) and writes
``docs/screenshots/mesdesk-<lang>-<width>x<height>.png`` plus, for the documentation,
in French: the indicators and events tabs, the cover form, the partners and bodies,
the indicator picker, the export dialog, and a report carried over from the previous
year with its summary panel; in both languages, review comments in a text with the
« Commentaires » panel (``mesdesk-<lang>-comments.png``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

SIZES = ((1366, 768), (1920, 1080))
LANGUAGES = ("fr", "en")


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="mesdesk-shots-") as tmp:
        os.environ["MESDESK_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["MESDESK_DATA_DIR"] = str(Path(tmp) / "data")
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        from mesdesk.exchange.seeding import create_sample
        from mesdesk.gui.app import DeskController
        from mesdesk.gui.settings import AppSettings

        path = Path(tmp) / "bilan.mesdesk"
        create_sample(path).close()
        for language in LANGUAGES:
            settings = AppSettings()
            settings.language = language
            settings.sync()
            controller = DeskController(settings)
            window = controller.start(path)
            assert window is not None
            # The offscreen screen is 800×800: a first window would open maximised to it
            # and ignore the sizes asked for below.
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.show()
            action = window.doc.convention.action_by_number("1.1")
            window.select_key(("action", action.uid))
            for width, height in SIZES:
                window.resize(width, height)
                window.splitter.setSizes([int(width * 0.26), width - int(width * 0.26)])
                _settle(app)
                target = out / f"mesdesk-{language}-{width}x{height}.png"
                window.grab().save(str(target))
                print(target)
            if language == "fr":
                width = SIZES[0][0]
                window.resize(*SIZES[0])
                window.splitter.setSizes([int(width * 0.26), width - int(width * 0.26)])
                page = window.actionPage
                page.tabs.setCurrentWidget(page.indicators)
                _save(app, window, out / "mesdesk-fr-indicators.png")
                # 1.2 has events in the sample (1.1 has none).
                window.select_key(("action", window.doc.convention.action_by_number("1.2").uid))
                page.tabs.setCurrentWidget(page.events)
                _save(app, window, out / "mesdesk-fr-events.png")
                window.select_key(("cover",))
                _save(app, window, out / "mesdesk-fr-cover.png")
                window.select_key(("partners",))
                _save(app, window, out / "mesdesk-fr-partners.png")
                window.select_key(("action", action.uid))
                page.tabs.setCurrentWidget(page.tabs.widget(0))
                edit = page.narrativeEditor.textEdit()
                edit.setFocus()
                _settle(app)
                window.actionInsertIndicator.trigger()
                picker = window.edits.picker
                _settle(app)
                picker.grab().save(str(out / "mesdesk-fr-indicator-picker.png"))
                print(out / "mesdesk-fr-indicator-picker.png")
                picker.reject()
                window.actionExport.trigger()
                dialog = window.findChild(type(window), "exportDialog") or window.files.export_dialog
                _settle(app)
                dialog.grab().save(str(out / "mesdesk-fr-export.png"))
                print(out / "mesdesk-fr-export.png")
                dialog.close()
                _proofing(app, window, out)
            window.close()
            _settle(app)
        _carried_over(app, path, out / "mesdesk-fr-carry-over.png")
        for language in LANGUAGES:
            _comments(app, path, out / f"mesdesk-{language}-comments.png", language)
        _versions(app, path, out)
    return 0


def _comments(app: object, sample: Path, target: Path, language: str) -> None:
    """Review comments on 1.1's texts (one selected, one answered, one resolved) and their panel."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    from mesdesk.gui.app import DeskController
    from mesdesk.gui.settings import AppSettings

    copy = sample.with_name(f"relecture-{language}.mesdesk")
    copy.write_bytes(sample.read_bytes())
    settings = AppSettings()
    settings.language = language
    settings.sync()
    w: Any = DeskController(settings).start(copy)
    assert w is not None
    w.setWindowState(Qt.WindowState.WindowNoState)
    w.show()
    w.resize(*SIZES[0])
    w.splitter.setSizes([int(SIZES[0][0] * 0.2), SIZES[0][0] - int(SIZES[0][0] * 0.2)])
    w.select_key(("action", w.doc.convention.action_by_number("1.1").uid))
    page = w.actionPage
    comments = w.side.comments
    day = dt.datetime(2025, 3, 3, 9, 40, tzinfo=dt.UTC)

    def comment(field: str, words: str, author: str, body: str, minutes: int) -> str:
        edit = page.editors[field].textEdit()
        start = edit.document().toPlainText().index(words)
        cursor = QTextCursor(edit.document())
        cursor.setPosition(start)
        cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.setFocus()
        _settle(app)
        settings.comment_author = author
        comments.request_add()
        uid = comments.add(body, day + dt.timedelta(minutes=minutes))
        assert uid is not None
        return uid

    evaluation = page.editors["evaluation"].textEdit().document().toPlainText()
    narrative = page.editors["narrative"].textEdit().document().toPlainText()
    first = comment("evaluation", " ".join(evaluation.split()[:4]), "Claire Martin",
                    "Un chiffre ici serait plus parlant que « nettement ».", 0)
    second = comment("narrative", " ".join(narrative.split()[6:12]), "Paul Durand",
                     "Citer la date du premier atelier ?", 12)
    settings.comment_author = "Marie Lefèvre"
    comments.reply(comments.comment(first), "D'accord : +38 % sur l'année.", day + dt.timedelta(hours=2))
    third = comment("narrative", " ".join(narrative.split()[30:34]), "Claire Martin", "Coquille corrigée.", 20)
    comments.set_resolved(comments.comment(third), True)
    panel = w.side.show_comments()
    panel.showResolved.setChecked(True)
    comments.set_current(second)
    comments.open_comment(second)
    edit = page.editors["narrative"].textEdit()
    cursor = edit.textCursor()
    cursor.clearSelection()  # the words drawn as the current comment, not as a selection
    edit.setTextCursor(cursor)
    w.resize(*SIZES[0])
    _save(app, w, target)
    w.close()


def _carried_over(app: object, sample: Path, target: Path) -> None:
    """The 2025 report made from 2024's (on a copy): texts « à actualiser », the summary panel."""
    from PySide6.QtCore import Qt

    from mesdesk.gui.app import DeskController
    from mesdesk.gui.settings import AppSettings
    from mesdesk.model.carry_over import new_report_from

    copy = sample.with_name("reprise.mesdesk")
    copy.write_bytes(sample.read_bytes())
    settings = AppSettings()
    settings.language = "fr"
    settings.sync()
    window = DeskController(settings).start(copy)
    assert window is not None
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.show()
    window.resize(*SIZES[0])
    window.splitter.setSizes([int(SIZES[0][0] * 0.26), SIZES[0][0] - int(SIZES[0][0] * 0.26)])
    doc = window.doc
    summary = new_report_from(doc.convention, 2025, 2024)
    doc.mark_dirty()
    doc.save_now()
    window._fill_report_switcher()
    doc.set_report(summary.report)
    window.show_carry_over(summary)
    window.select_key(("action", doc.convention.action_by_number("1.1").uid))
    _save(app, window, target)
    window.close()


def _versions(app: object, sample: Path, out: Path) -> None:
    """A version kept, then 1.2 changed after its approval: the « à revoir » line, the
    outline's marks, the « Versions » panel, and the comparison with the version."""
    import datetime as dt

    from PySide6.QtCore import Qt

    from mesdesk.exchange.snapshots import take_snapshot
    from mesdesk.gui.app import DeskController
    from mesdesk.gui.settings import AppSettings
    from mesdesk.model.edits.approvals import Approve
    from mesdesk.model.richtext import RichText
    from mesdesk.model.sections import PREAMBLE, Section

    copy = sample.with_name("versions.mesdesk")
    copy.write_bytes(sample.read_bytes())
    settings = AppSettings()
    settings.language = "fr"
    settings.sync()
    window: Any = DeskController(settings).start(copy)
    assert window is not None
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.show()
    window.resize(*SIZES[0])
    doc = window.doc
    report = doc.report
    march_3 = dt.datetime(2026, 3, 3, 9, 0)
    take_snapshot(report, "envoyée au CA le 3 mars", "Marie Dupont", march_3).apply(doc.session)
    first, second = doc.convention.action_by_number("1.1"), doc.convention.action_by_number("1.2")
    for section in (PREAMBLE, Section.of_action(first), Section.of_action(second)):
        Approve(report, section, "Claire Martin", march_3).apply(doc.session)
    doc.commit_edit()
    text = report.find_text(second)
    words = text.evaluation.plain_text().split()
    text.evaluation = RichText.plain(" ".join(["Une", *words[1:]]) + " Ajout après le conseil du 3 mars.")
    text.narrative = RichText.plain(text.narrative.plain_text().replace("1200", "1500", 1))
    doc.mark_dirty()
    doc.save_now()
    window.select_key(("action", second.uid))
    window.actionVersions.trigger()
    window.actionPage.reload()
    _save(app, window, out / "mesdesk-fr-versions.png")
    dialog = window.side.versions.compare()
    dialog.resize(1200, 640)
    _save(app, dialog, out / "mesdesk-fr-compare.png")
    dialog.close()
    window.close()


def _proofing(app: object, window: object, out: Path) -> None:
    """Spelling underlines in 3.2's récit, find and replace, the read-through."""
    from PySide6.QtGui import QTextCursor

    w: Any = window
    w.spelling.wait_until_ready()
    w.select_key(("action", w.doc.convention.action_by_number("3.2").uid))
    edit = w.actionPage.narrativeEditor.textEdit()
    cursor = QTextCursor(edit.document())
    cursor.setPosition(edit.document().toPlainText().index("assocations"))
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
    _save(app, window, out / "mesdesk-fr-spelling.png")
    w.side.show_replace()
    w.find_panel.field.setText("réseaux")
    w.find_panel.replace_bar.field.setText("collectifs")
    w.find_panel.search()
    w.find_panel.replace_bar.update_count()
    _save(app, window, out / "mesdesk-fr-replace.png")
    w.find_panel.hide()
    w.side.show_readthrough()
    w.readthrough.resize(940, 760)
    _settle(app)
    view = w.readthrough.view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 3)
    _save(app, w.readthrough, out / "mesdesk-fr-readthrough.png")
    w.readthrough.close()


def _settle(app: object) -> None:
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]  # Qt objects passed as object to keep Qt imports local


def _save(app: object, window: object, target: Path) -> None:
    _settle(app)
    window.grab().save(str(target))  # type: ignore[attr-defined]  # Qt objects passed as object to keep Qt imports local
    print(target)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
