"""Findings worded in the interface language (the command line's French is in the model).

Each code gets its source text here, marked with ``QT_TRANSLATE_NOOP`` so ``lupdate``
collects it, and is translated at display time with its parameters. ``%n`` takes the
parameter named in ``_PLURAL_PARAM`` for Qt's plural forms; ``{name}`` placeholders take
the other parameters.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP

from mesdesk.model.findings import Finding, word_fr

_CONTEXT = "Findings"

# code -> source text (French, the interface's source language). Keep one section per
# producing module, in the same order as the model's registrations.
_TEXTS: dict[str, str] = {
    # --- Word import (mesdesk/exchange/docx_import) ---
    # --- carry-over (mesdesk/model/carry_over.py) ---
    "carry_over.no_figures": QT_TRANSLATE_NOOP("Findings", "Aucun chiffre d'indicateur repéré dans les textes."),
    "carry_over.figure_in_action": QT_TRANSLATE_NOOP("Findings", "{number}, {field} : « {figure} » = {indicator}"),
    "carry_over.figure_in_part": QT_TRANSLATE_NOOP("Findings", "{field} : « {figure} » = {indicator}"),
    "carry_over.manual_figure_in_action": QT_TRANSLATE_NOOP(
        "Findings", "{number}, {field} : « {figure} » = {indicator} (à corriger à la main)"),
    "carry_over.manual_figure_in_part": QT_TRANSLATE_NOOP(
        "Findings", "{field} : « {figure} » = {indicator} (à corriger à la main)"),
    # --- export warnings (mesdesk/exchange/docx, mesdesk/exchange/xlsx) ---
    "docx_export.org_logo_unreadable": QT_TRANSLATE_NOOP(
        "Findings", "Le logo de l'organisation n'est pas une image PNG ou JPEG lisible : il est omis de la couverture."),
    "docx_export.funder_logo_unreadable": QT_TRANSLATE_NOOP(
        "Findings", "Le logo du financeur n'est pas une image PNG ou JPEG lisible : il est omis de la couverture."),
    "docx_export.no_organisation": QT_TRANSLATE_NOOP(
        "Findings", "Aucune organisation n'est renseignée : le bloc de contact est omis."),
    "docx_export.indicator_gone": QT_TRANSLATE_NOOP(
        "Findings", "Un indicateur cité dans le texte n'existe plus ({uid})."),
    "docx_export.no_value": QT_TRANSLATE_NOOP("Findings", "L'indicateur « {label} » n'a pas de valeur pour {year}."),
    "xlsx_export.truncated": QT_TRANSLATE_NOOP(
        "Findings", "Texte de plus de {limit} caractères tronqué ({sheet}, ligne {row}, {column})."),
    "xlsx_export.no_chart": QT_TRANSLATE_NOOP(
        "Findings", "Graphiques : aucun indicateur chiffré, la feuille ne contient pas de graphique."),
    "xlsx_export.not_xlsx": QT_TRANSLATE_NOOP(
        "Findings", "{name} ne se termine pas par .xlsx : Excel risque de refuser de l'ouvrir."),
    # --- checks (mesdesk/model/checks.py) ---
    "check.empty_preamble": QT_TRANSLATE_NOOP("Findings", "Préambule vide"),
    "check.same_preamble": QT_TRANSLATE_NOOP(
        "Findings", "Préambule identique à celui de {previous} : à réécrire pour {year}"),
    "check.nothing_written": QT_TRANSLATE_NOOP("Findings", "{number} : rien n'est rédigé"),
    "check.to_update": QT_TRANSLATE_NOOP("Findings", "{number} : texte repris de l'an dernier, toujours « à actualiser »"),
    "check.not_validated": QT_TRANSLATE_NOOP("Findings", "{number} : statut « {status} », pas encore validé"),
    "check.empty_evaluation": QT_TRANSLATE_NOOP("Findings", "{number} : évaluation vide"),
    "check.empty_narrative": QT_TRANSLATE_NOOP("Findings", "{number} : récit vide"),
    "check.empty_means": QT_TRANSLATE_NOOP("Findings", "{number} : moyens vides"),
    "check.over_target": QT_TRANSLATE_NOOP("Findings", "{number} : {words} mots pour un objectif de {target}"),
    "check.missing_value_in_action": QT_TRANSLATE_NOOP(
        "Findings", "{number} : pas de valeur {year} pour l'indicateur « {indicator} »"),
    "check.missing_value_in_part": QT_TRANSLATE_NOOP(
        "Findings", "{field} : pas de valeur {year} pour l'indicateur « {indicator} »"),
    "check.previous_year_in_action": QT_TRANSLATE_NOOP(
        "Findings", "{number}, {field} : « {excerpt} » nomme {year}, l'année précédente"),
    "check.previous_year_in_part": QT_TRANSLATE_NOOP(
        "Findings", "{field} : « {excerpt} » nomme {year}, l'année précédente"),
    "check.empty_conclusion": QT_TRANSLATE_NOOP("Findings", "Conclusion vide"),
    "check.same_conclusion": QT_TRANSLATE_NOOP(
        "Findings", "Conclusion identique à celle de {previous} : à réécrire pour {year}"),
    "check.no_event": QT_TRANSLATE_NOOP("Findings", "Aucun événement daté de {year}"),
}

# code -> the parameter that drives plural forms (%n), when the text has one.
_PLURAL_PARAM: dict[str, str] = {}

class FindingPlurals(QObject):
    """Texts with plural forms (%n): pyside6-lupdate gives plural forms to ``tr()`` calls
    only, not to ``QT_TRANSLATE_NOOP`` nor ``QCoreApplication.translate(…, n)``."""

    # --- carry-over (mesdesk/model/carry_over.py) ---
    def carry_over_created(self, n: int) -> str:
        return self.tr("Bilan {year} créé à partir du bilan {source_year} : %n action(s).", "", n)

    def carry_over_texts_copied(self, n: int) -> str:
        return self.tr("%n texte(s) repris en brouillon, marqué(s) « à actualiser » jusqu'à ce que leur état change ; "
                       "aucun événement repris.", "", n)

    def carry_over_figures(self, n: int) -> str:
        return self.tr("%n chiffre(s) d'indicateur de l'an dernier, à vérifier :", "", n)

    # --- export warnings (mesdesk/exchange/docx, mesdesk/exchange/xlsx) ---
    def docx_export_styles_missing(self, n: int) -> str:
        return self.tr("%n style(s) absent(s) du modèle, pris dans celui de MES Desk : {styles}.", "", n)


# code -> (the parameter holding the count, the FindingPlurals method wording it)
_PLURAL_TEXTS: dict[str, tuple[str, str]] = {
    "carry_over.created": ("actions", "carry_over_created"),
    "carry_over.texts_copied": ("count", "carry_over_texts_copied"),
    "carry_over.figures": ("count", "carry_over_figures"),
    "docx_export.styles_missing": ("count", "docx_export_styles_missing"),
}
_plurals: list[FindingPlurals] = []


# parameter -> its values that are words of the interface, not the user's (a field's name).
_PARAM_TEXTS: dict[str, dict[str, str]] = {
    "field": {
        "evaluation": QT_TRANSLATE_NOOP("Findings", "évaluation"),
        "narrative": QT_TRANSLATE_NOOP("Findings", "récit"),
        "means": QT_TRANSLATE_NOOP("Findings", "moyens"),
        "preamble": QT_TRANSLATE_NOOP("Findings", "Préambule"),
        "conclusion": QT_TRANSLATE_NOOP("Findings", "Conclusion"),
    },
    "status": {  # an action's status (``Status`` values)
        "a_rediger": QT_TRANSLATE_NOOP("Findings", "à rédiger"),
        "brouillon": QT_TRANSLATE_NOOP("Findings", "brouillon"),
        "relu": QT_TRANSLATE_NOOP("Findings", "relu"),
        "valide": QT_TRANSLATE_NOOP("Findings", "validé"),
    },
}


def known_codes() -> set[str]:
    return set(_TEXTS) | set(_PLURAL_TEXTS)


def word(finding: Finding) -> str:
    """The finding in the current interface language; unknown codes fall back to French."""
    source = _TEXTS.get(finding.code)
    plural = _PLURAL_TEXTS.get(finding.code)
    if plural is not None:
        if not _plurals:
            _plurals.append(FindingPlurals())
        text = getattr(_plurals[0], plural[1])(int(finding.params.get(plural[0], 0)))  # type: ignore[call-overload]
    elif source is None:
        return word_fr(finding)
    else:
        plural_param = _PLURAL_PARAM.get(finding.code)
        n = int(finding.params.get(plural_param, -1)) if plural_param else -1  # type: ignore[call-overload]  # params are int-valued where plural
        text = QCoreApplication.translate(_CONTEXT, source, None, n)
    params = dict(finding.params)
    for name, values in _PARAM_TEXTS.items():
        value = params.get(name)
        if isinstance(value, str) and value in values:
            params[name] = QCoreApplication.translate(_CONTEXT, values[value])
    return text.format(**params)
