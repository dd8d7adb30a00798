"""Where the desktop application keeps its settings and its first workspace.

Plain Python (no Qt) so the command line can resolve paths before importing Qt.
``MESDESK_CONFIG_DIR`` and ``MESDESK_DATA_DIR`` override the platform folders: tests,
screenshots and benchmarks use them so they never touch the user's real home.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "MES Desk"
SETTINGS_FILE = "mesdesk.ini"
FIRST_WORKSPACE = "bilan.mesdesk"


def config_dir() -> Path:
    """The folder holding ``mesdesk.ini`` (created on demand by QSettings)."""
    override = os.environ.get("MESDESK_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The folder where the first workspace is created."""
    override = os.environ.get("MESDESK_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def first_workspace_path() -> Path:
    return data_dir() / FIRST_WORKSPACE


def personal_dictionary_path() -> Path:
    """The user's own spelling words, one a line (shared by every workspace)."""
    return data_dir() / "dictionnaire-personnel.txt"
