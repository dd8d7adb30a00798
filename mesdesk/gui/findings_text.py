"""Findings worded in the interface language (the command line's French is in the model).

Each code gets its source text here, marked with ``QT_TRANSLATE_NOOP`` so ``lupdate``
collects it, and is translated at display time with its parameters. ``%n`` takes the
parameter named in ``_PLURAL_PARAM`` for Qt's plural forms; ``{name}`` placeholders take
the other parameters.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from mesdesk.model.findings import Finding, word_fr

_CONTEXT = "Findings"

# code -> source text (French, the interface's source language). Keep one section per
# producing module, in the same order as the model's registrations.
_TEXTS: dict[str, str] = {
    # --- Word import (mesdesk/exchange/docx_import) ---
    # --- carry-over (mesdesk/model/carry_over.py) ---
    # --- export warnings (mesdesk/exchange/docx, mesdesk/exchange/xlsx) ---
}

# code -> the parameter that drives plural forms (%n), when the text has one.
_PLURAL_PARAM: dict[str, str] = {}


def known_codes() -> set[str]:
    return set(_TEXTS)


def word(finding: Finding) -> str:
    """The finding in the current interface language; unknown codes fall back to French."""
    source = _TEXTS.get(finding.code)
    if source is None:
        return word_fr(finding)
    plural_param = _PLURAL_PARAM.get(finding.code)
    n = int(finding.params.get(plural_param, -1)) if plural_param else -1  # type: ignore[call-overload]  # params are int-valued where plural
    text = QCoreApplication.translate(_CONTEXT, source, None, n)
    return text.format(**finding.params)


# Keep the marker import used even while the table is empty (lupdate reads the calls).
_ = QT_TRANSLATE_NOOP
