"""Findings worded in the interface language (the command line's French is in the model).

Each code gets its source text here, marked with ``QT_TRANSLATE_NOOP`` so ``lupdate``
collects it, and is translated at display time with its parameters. ``%n`` takes the
parameter named in ``_PLURAL_PARAM`` for Qt's plural forms; ``{name}`` placeholders take
the other parameters.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from mesdesk.model.findings import Finding, word_fr


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context`` (Qt's own returns an untyped object)."""
    return text

_CONTEXT = "Findings"

# code -> source text (French, the interface's source language). Keep one section per
# producing module, in the same order as the model's registrations.
_TEXTS: dict[str, str] = {
    # --- Word import (mesdesk/exchange/docx_import) ---
    "docx_import.cut_to_limit": QT_TRANSLATE_NOOP("Findings", "{part} : {detail}, coupé à la limite."),
    "docx_import.runs_split": QT_TRANSLATE_NOOP("Findings", "{part} : {detail}, suites coupées par des espaces."),
    "docx_import.numbers_only": QT_TRANSLATE_NOOP(
        "Findings", "Ni styles de titre ni lignes en gras : axes et actions reconnus à leur seul numéro."),
    "docx_import.action_twice": QT_TRANSLATE_NOOP(
        "Findings", "L'action {action} apparaît deux fois : la seconde partie est ajoutée à son récit."),
    "docx_import.axis_untitled": QT_TRANSLATE_NOOP(
        "Findings", "L'axe {axis} n'a pas de titre dans le document."),
    "docx_import.no_heading": QT_TRANSLATE_NOOP(
        "Findings", "Aucun titre reconnu : tout le texte est placé dans le préambule."),
    "docx_import.no_preamble_heading": QT_TRANSLATE_NOOP(
        "Findings", "Pas de titre « Préambule » : le texte avant le premier axe en tient lieu."),
    "docx_import.year_from_text": QT_TRANSLATE_NOOP(
        "Findings", "Année {year} déduite de « {excerpt} »."),
    "docx_import.means_inside": QT_TRANSLATE_NOOP(
        "Findings", "{action} : « Moyens = » trouvé au milieu d'un paragraphe, séparé du récit."),
    "docx_import.label_duplicate": QT_TRANSLATE_NOOP(
        "Findings", "{action} : « {label} = » en double, le doublon est ignoré."),
    "docx_import.label_duplicate_longer": QT_TRANSLATE_NOOP(
        "Findings", "{action} : « {label} = » en double, seule la version complète est gardée."),
    "docx_import.label_several": QT_TRANSLATE_NOOP(
        "Findings", "{action} : plusieurs paragraphes « {label} = », réunis dans la même rubrique."),
    "docx_import.label_alone": QT_TRANSLATE_NOOP(
        "Findings", "{action} : « {label} » seul sur sa ligne, le texte qui suit est placé dans cette rubrique."),
    "docx_import.label_in_table": QT_TRANSLATE_NOOP(
        "Findings", "{action} : « {label} » lu dans la colonne de gauche d'un tableau."),
    "docx_import.list_level_capped": QT_TRANSLATE_NOOP(
        "Findings", "Puce de niveau {level} ramenée au niveau 2 : « {excerpt} »."),
    "docx_import.headings_by_list": QT_TRANSLATE_NOOP(
        "Findings", "{count} titre(s) numéroté(s) par la numérotation automatique de Word (par exemple {number})."),
    "docx_import.headings_by_size": QT_TRANSLATE_NOOP(
        "Findings", "{count} titre(s) reconnu(s) à leur grande taille de caractères (par exemple {number})."),
    "docx_import.heading_in_table": QT_TRANSLATE_NOOP(
        "Findings", "{number} « {title} » : titre lu dans un tableau d'une seule cellule."),
    "docx_import.heading_split": QT_TRANSLATE_NOOP(
        "Findings", "{number} « {title} » : titre coupé en deux paragraphes, réunis."),
    "docx_import.heading_list_item": QT_TRANSLATE_NOOP(
        "Findings", "{number} « {title} » : titre tapé comme un élément de liste."),
    "docx_import.heading_gap": QT_TRANSLATE_NOOP(
        "Findings", "{number} « {title} » : reconnu comme titre, il comble un trou dans la numérotation (entre {before} et {after})."),
    "docx_import.heading_toc": QT_TRANSLATE_NOOP(
        "Findings", "{number} « {title} » : reconnu comme titre, la table des matières le cite."),
    "docx_import.one_cell_table": QT_TRANSLATE_NOOP(
        "Findings", "Tableau d'une seule cellule lu comme du texte : « {excerpt} »."),
    "docx_import.table_as_text": QT_TRANSLATE_NOOP(
        "Findings", "Tableau de {rows} ligne(s) gardé comme texte, une ligne par paragraphe (colonnes séparées par « | ») : « {excerpt} »."),
    "docx_import.unplaced.preamble": QT_TRANSLATE_NOOP(
        "Findings", "[préambule] {excerpt}"),
    "docx_import.unplaced.preamble_untitled": QT_TRANSLATE_NOOP(
        "Findings", "[préambule (sans titre)] {excerpt}"),
    "docx_import.unplaced.action": QT_TRANSLATE_NOOP(
        "Findings", "[action {action}] {excerpt}"),
    "docx_import.unplaced.after_means": QT_TRANSLATE_NOOP(
        "Findings", "[action {action} (après « Moyens = »)] {excerpt}"),
    "docx_import.file": QT_TRANSLATE_NOOP(
        "Findings", "Import de {file} : bilan {year}"),
    "docx_import.title": QT_TRANSLATE_NOOP(
        "Findings", "Titre : {title}"),
    "docx_import.convention_created": QT_TRANSLATE_NOOP(
        "Findings", "Convention créée : {axes} axe(s), {actions} action(s)"),
    "docx_import.convention_existing": QT_TRANSLATE_NOOP(
        "Findings", "Convention existante : {axes} axe(s), {actions} action(s)"),
    "docx_import.convention_existing_added": QT_TRANSLATE_NOOP(
        "Findings", "Convention existante : {axes} axe(s), {actions} action(s) (dont {axes_created} axe(s) et {actions_created} action(s) ajoutés)"),
    "docx_import.report_replaced": QT_TRANSLATE_NOOP(
        "Findings", "Le bilan {year} existant a été remplacé."),
    "docx_import.report_replaced_events": QT_TRANSLATE_NOOP(
        "Findings", "Le bilan {year} existant a été remplacé (ses {events} événement(s) sont conservés)."),
    "docx_import.labels": QT_TRANSLATE_NOOP(
        "Findings", "Évaluations : {evaluations} ; Moyens : {means}"),
    "docx_import.inlines": QT_TRANSLATE_NOOP(
        "Findings", "Notes de bas de page : {footnotes} ; liens : {links} ; listes : {lists} ({items} puce(s)) ; intertitres : {runins}"),
    "docx_import.words": QT_TRANSLATE_NOOP(
        "Findings", "Préambule : {preamble} mot(s) ; conclusion : {conclusion} mot(s)"),
    "docx_import.found_date": QT_TRANSLATE_NOOP(
        "Findings", "Reconnu aussi : la date du bilan."),
    "docx_import.found_support": QT_TRANSLATE_NOOP(
        "Findings", "Reconnu aussi : la mention de soutien."),
    "docx_import.found_toc": QT_TRANSLATE_NOOP(
        "Findings", "Reconnu aussi : la table des matières ({count} ligne(s), non reprise)."),
    "docx_import.found_axes_list": QT_TRANSLATE_NOOP(
        "Findings", "Reconnu aussi : la liste ✓ des axes du préambule (régénérée à l'export)."),
    "docx_import.found_contact": QT_TRANSLATE_NOOP(
        "Findings", "Reconnu aussi : le bloc contact (non repris dans le texte)."),
    "docx_import.found_contact_organisation": QT_TRANSLATE_NOOP(
        "Findings", "Reconnu aussi : le bloc contact (organisation créée)."),
    "docx_import.all_placed": QT_TRANSLATE_NOOP(
        "Findings", "Tous les paragraphes ont été reconnus."),
    "docx_import.empty_document": QT_TRANSLATE_NOOP(
        "Findings", "Le document ne contient aucun texte."),
    "docx_import.funder_from_support": QT_TRANSLATE_NOOP(
        "Findings", "Financeur « {funder} » lu dans la mention de soutien."),
    "docx_import.convention_years": QT_TRANSLATE_NOOP(
        "Findings", "Convention {first}–{last} : années lues dans le préambule."),
    "docx_import.convention_one_year": QT_TRANSLATE_NOOP(
        "Findings", "Convention créée pour la seule année {year} : ajustez ses années si besoin."),
    "docx_import.axis_title_differs": QT_TRANSLATE_NOOP(
        "Findings", "Axe {axis} : le titre du document diffère de la convention, celui de la convention est gardé (« {title} »)."),
    "docx_import.action_title_differs": QT_TRANSLATE_NOOP(
        "Findings", "Action {action} : le titre du document diffère de la convention, celui de la convention est gardé (« {title} »)."),
    "docx_import.axis_renumbered": QT_TRANSLATE_NOOP(
        "Findings", "L'axe {document} du document devient l'axe {number}."),
    "docx_import.action_renumbered": QT_TRANSLATE_NOOP(
        "Findings", "L'action {document} du document devient l'action {number} (les numéros suivent l'ordre)."),
    "docx_import.actions_missing": QT_TRANSLATE_NOOP(
        "Findings", "Action(s) de la convention absente(s) du document, laissée(s) vide(s) : {numbers}."),
    "docx_import.numbers_in_order": QT_TRANSLATE_NOOP(
        "Findings", "Titres sans numéro : axes et actions numérotés dans l'ordre du document."),
    "docx_import.organisation_created": QT_TRANSLATE_NOOP(
        "Findings", "Organisation créée à partir du bloc contact de fin : vérifiez-la."),
    "docx_import.manual_bullets": QT_TRANSLATE_NOOP(
        "Findings", "{count} puce(s) tapée(s) à la main converties en listes."),
    "docx_import.strict": QT_TRANSLATE_NOOP(
        "Findings", "Document au format OOXML strict : lu en le ramenant au format courant."),
    "docx_import.image": QT_TRANSLATE_NOOP(
        "Findings", "Image gardée dans le texte sous la forme « {mention} » : remettez-la à la main si besoin."),
    "docx_import.textboxes": QT_TRANSLATE_NOOP(
        "Findings", "{count} zone(s) de texte lue(s) comme des paragraphes."),
    "docx_import.embedded": QT_TRANSLATE_NOOP(
        "Findings", "{count} objet(s) incorporé(s) non importé(s)."),
    "docx_import.insertions_kept": QT_TRANSLATE_NOOP(
        "Findings", "Suivi des modifications : {count} insertion(s) acceptée(s), gardée(s) dans le texte."),
    "docx_import.deletions_left_out": QT_TRANSLATE_NOOP(
        "Findings", "Suivi des modifications : {count} suppression(s) acceptée(s), laissée(s) de côté."),
    "docx_import.comment": QT_TRANSLATE_NOOP(
        "Findings", "Commentaire de {author} non repris dans le texte : « {excerpt} »."),
    "docx_import.comment_anonymous": QT_TRANSLATE_NOOP(
        "Findings", "Commentaire non repris dans le texte : « {excerpt} »."),
    "docx_import.no_structure": QT_TRANSLATE_NOOP(
        "Findings", "Aucun axe ni action reconnu : vérifiez que le document suit les rubriques de la convention."),
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
    "check.over_page_limit": QT_TRANSLATE_NOOP(
        "Findings", "Environ {pages} pages estimées pour {limit} autorisées par la convention : à raccourcir"),
    "check.means_no_actual": QT_TRANSLATE_NOOP("Findings", "{number} : pas de montant réalisé pour « {label} »"),
    "check.means_no_actual_in_report": QT_TRANSLATE_NOOP(
        "Findings", "Budget du bilan : pas de montant réalisé pour « {label} »"),
    "check.means_gap_unexplained": QT_TRANSLATE_NOOP(
        "Findings", "{number} : écart de {percent} % sur « {label} », sans explication"),
    "check.means_gap_unexplained_in_report": QT_TRANSLATE_NOOP(
        "Findings", "Budget du bilan : écart de {percent} % sur « {label} », sans explication"),
    "check.means_no_valuation_method": QT_TRANSLATE_NOOP(
        "Findings", "Heures bénévoles en {year} sans méthode de valorisation écrite"),
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

    def carry_over_comments_carried(self, n: int) -> str:
        return self.tr("%n commentaire(s) de relecture non résolu(s) repris avec les réponses.", "", n)

    def carry_over_comments_left(self, n: int) -> str:
        return self.tr("%n commentaire(s) résolu(s) laissé(s) dans le bilan {source_year}.", "", n)

    # --- export warnings (mesdesk/exchange/docx, mesdesk/exchange/xlsx) ---
    def docx_export_styles_missing(self, n: int) -> str:
        return self.tr("%n style(s) absent(s) du modèle, pris dans celui de MES Desk : {styles}.", "", n)

    # --- spelling (mesdesk/proofing/report_spelling.py) ---
    def spelling_in_action(self, n: int) -> str:
        return self.tr("{number} {field} : %n mot(s) à vérifier ({words})", "", n)

    def spelling_in_axis(self, n: int) -> str:
        return self.tr("Axe {number} : %n mot(s) à vérifier ({words})", "", n)

    def spelling_in_part(self, n: int) -> str:
        return self.tr("{field} : %n mot(s) à vérifier ({words})", "", n)


# code -> (the parameter holding the count, the FindingPlurals method wording it)
_PLURAL_TEXTS: dict[str, tuple[str, str]] = {
    "carry_over.created": ("actions", "carry_over_created"),
    "carry_over.texts_copied": ("count", "carry_over_texts_copied"),
    "carry_over.figures": ("count", "carry_over_figures"),
    "carry_over.comments_carried": ("count", "carry_over_comments_carried"),
    "carry_over.comments_left": ("count", "carry_over_comments_left"),
    "docx_export.styles_missing": ("count", "docx_export_styles_missing"),
    "spelling.in_action": ("count", "spelling_in_action"),
    "spelling.in_axis": ("count", "spelling_in_axis"),
    "spelling.in_part": ("count", "spelling_in_part"),
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
        "title": QT_TRANSLATE_NOOP("Findings", "titre"),
        "report_title": QT_TRANSLATE_NOOP("Findings", "Titre du bilan"),
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
        text = getattr(_plurals[0], plural[1])(int(finding.params.get(plural[0], 0)))  # type: ignore[call-overload]  # the plural parameter is an int
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
