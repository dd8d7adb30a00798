"""The application's remembered choices, in one INI file (never the Windows registry)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from mesdesk.gui import paths

MAX_RECENT = 8
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


class AppSettings:
    """Typed access to QSettings (IniFormat) in the configuration folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    # -- workspaces -------------------------------------------------------------------
    @property
    def last_workspace(self) -> Path | None:
        value = self._qs.value("workspace/last", "")
        return Path(str(value)) if value else None

    @last_workspace.setter
    def last_workspace(self, path: Path | None) -> None:
        self._qs.setValue("workspace/last", str(path) if path else "")

    @property
    def last_server(self) -> str:
        """The last server workspace's URL, without its password (store.server.location)."""
        return str(self._qs.value("workspace/lastServer", "") or "")

    @last_server.setter
    def last_server(self, location: str) -> None:
        self._qs.setValue("workspace/lastServer", location)

    def recent_files(self) -> list[Path]:
        value = self._qs.value("workspace/recent", [])
        if isinstance(value, str):  # QSettings gives a bare string for a one-item list
            value = [value] if value else []
        return [Path(str(v)) for v in value or []]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        recent = [p for p in self.recent_files() if p != path]
        recent.insert(0, path)
        self._qs.setValue("workspace/recent", [str(p) for p in recent[:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        self._qs.setValue("workspace/recent", [str(p) for p in self.recent_files() if p != path])

    # -- workspaces in synced folders (said once per file) ----------------------------
    def synced_warning_given(self, path: Path) -> bool:
        return str(path.resolve()) in self._synced_warned()

    def remember_synced_warning(self, path: Path) -> None:
        warned = self._synced_warned()
        if str(path.resolve()) not in warned:
            self._qs.setValue("workspace/syncedWarned", [*warned, str(path.resolve())])

    def _synced_warned(self) -> list[str]:
        value = self._qs.value("workspace/syncedWarned", [])
        if isinstance(value, str):  # QSettings gives a bare string for a one-item list
            value = [value] if value else []
        return [str(v) for v in value or []]

    # -- where the user left each workspace ---------------------------------------------------
    @staticmethod
    def _place_key(workspace: Path) -> str:
        import hashlib

        return "places/" + hashlib.sha1(str(workspace.resolve()).encode("utf-8")).hexdigest()[:16]

    def reading_place(self, workspace: Path) -> str:
        """The place saved for ``workspace`` (JSON written by ``ReadingPlace``), or ""."""
        return str(self._qs.value(self._place_key(workspace), ""))

    def set_reading_place(self, workspace: Path, place: str) -> None:
        self._qs.setValue(self._place_key(workspace), place)

    # -- language ---------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value if value in LANGUAGES else DEFAULT_LANGUAGE)

    # -- spelling -------------------------------------------------------------------------
    @property
    def spelling_enabled(self) -> bool:
        return str(self._qs.value("spelling/enabled", "true")) == "true"

    @spelling_enabled.setter
    def spelling_enabled(self, value: bool) -> None:
        self._qs.setValue("spelling/enabled", "true" if value else "false")

    # -- window -----------------------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._qs.value("window/geometry")
        state = self._qs.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)

    # -- export -----------------------------------------------------------------------
    def export_path(self, kind: str) -> Path | None:
        value = self._qs.value(f"export/{kind}", "")
        return Path(str(value)) if value else None

    def set_export_path(self, kind: str, path: Path) -> None:
        self._qs.setValue(f"export/{kind}", str(path))

    def export_choice(self) -> tuple[bool, bool]:
        word = str(self._qs.value("export/withWord", "true")) == "true"
        excel = str(self._qs.value("export/withExcel", "false")) == "true"
        return word, excel

    def set_export_choice(self, word: bool, excel: bool) -> None:
        self._qs.setValue("export/withWord", "true" if word else "false")
        self._qs.setValue("export/withExcel", "true" if excel else "false")

    @property
    def template(self) -> str:
        return str(self._qs.value("export/template", ""))

    @template.setter
    def template(self, value: str) -> None:
        self._qs.setValue("export/template", value)
