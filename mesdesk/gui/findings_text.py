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
