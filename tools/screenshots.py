"""``make screenshots``: PNGs of the main window, in French and English, at two sizes.

Runs offscreen on a fresh copy of the bundled sample (temporary settings and data
folders: the user's own are never touched) and writes
``docs/screenshots/mesdesk-<lang>-<width>x<height>.png`` plus, for the documentation,
one of the cover form and one of the export dialog in French.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

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
                window.resize(*SIZES[0])
                page = window.actionPage
                page.tabs.setCurrentWidget(page.indicators)
                _save(app, window, out / "mesdesk-fr-indicators.png")
                page.tabs.setCurrentWidget(page.events)
                _save(app, window, out / "mesdesk-fr-events.png")
                window.select_key(("cover",))
                _save(app, window, out / "mesdesk-fr-cover.png")
                window.actionExport.trigger()
                dialog = window.findChild(type(window), "exportDialog") or window._export_dialog
                _settle(app)
                dialog.grab().save(str(out / "mesdesk-fr-export.png"))
                print(out / "mesdesk-fr-export.png")
                dialog.close()
            window.close()
            _settle(app)
    return 0


def _settle(app: object) -> None:
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]


def _save(app: object, window: object, target: Path) -> None:
    _settle(app)
    window.grab().save(str(target))  # type: ignore[attr-defined]
    print(target)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
