"""Where the bundled resources (sample, templates, icons, translations) live.

In the source tree they are in ``resources/`` beside the package; in a frozen
bundle (PyInstaller) they are unpacked under ``sys._MEIPASS/resources``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_path() -> Path:
    return resources_dir() / "samples" / "bilan-2024.json"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def schema_path() -> Path:
    """The JSON Schema of the interchange format (README: « Le format JSON d'échange »)."""
    return resources_dir() / "schema" / "workspace.schema.json"
