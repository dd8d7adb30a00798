"""Reports in the same shape written by other tools: pandoc, LibreOffice, python-docx by hand."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt
from docx_import_testing import FIXTURES

from mesdesk.exchange.docx_import import import_docx, read_report_docx
from mesdesk.model.entities import Convention
from mesdesk.model.findings import words_fr
from mesdesk.model.richtext import Footnote, ListBlock, Paragraph, RichText, Text
from mesdesk.store.workspace import Workspace

TOOL_MADE = ["bilan-pandoc.docx", "bilan-libreoffice.docx"]


def _import(path: Path, tmp_path: Path, **kwargs):  # type: ignore[no-untyped-def]
    ws = Workspace.create(tmp_path / f"{path.stem}.mesdesk")
    with ws.transaction() as session:
        summary = import_docx(path, session, **kwargs)
    return ws, summary


def _texts(convention: Convention, year: int) -> dict[str, dict[str, RichText]]:
    report = convention.report_for(year)
    assert report is not None
    return {
        t.action.number: {"evaluation": t.evaluation, "narrative": t.narrative, "means": t.means} for t in report.texts
    }


@pytest.mark.parametrize("name", TOOL_MADE)
def test_tool_made_report_is_read_in_full(name: str, tmp_path: Path) -> None:
    ws, summary = _import(FIXTURES / name, tmp_path)
    convention = ws.current_convention()
    assert convention is not None
    assert (convention.first_year, convention.last_year) == (2023, 2025)  # « la convention 2023-2025 »
    assert [(a.number, a.title) for a in convention.axes] == [
        ("1", "Promouvoir l’économie solidaire"),
        ("2", "Renforcer le réseau"),
    ]
    assert [(a.number, a.title) for a in convention.actions] == [
        ("1.1", "Outils de communication"),
        ("1.2", "Identité commune"),
        ("2.1", "Assemblées permanentes"),
    ]
    report = convention.report_for(2023)
    assert report is not None
    assert report.title == "Bilan 2023" and report.report_date == dt.date(2024, 2, 12)
    assert report.support_line == "Avec l’appui de la Fondation pour le Progrès de l’Homme"

    texts = _texts(convention, 2023)
    assert texts["1.1"]["evaluation"].plain_text() == "une progression nette, des moyens instables"
    assert texts["1.2"]["evaluation"].plain_text() == "une capitalisation utile"  # « Évaluation = »
    assert texts["2.1"]["evaluation"].plain_text() == "des réunions mensuelles"  # label doubled
    means = texts["1.1"]["means"].blocks[0]
    assert isinstance(means, Paragraph)
    assert Text("administratrice", italic=True) in means.content

    narrative = texts["1.1"]["narrative"].blocks
    bullets, runin, numbered = narrative
    assert isinstance(bullets, ListBlock) and bullets.kind == "bullet"
    assert [i.level for i in bullets.items] == [0, 1, 1, 0]
    assert Text("le-mes.org", href="https://www.le-mes.org/") in bullets.items[0].content
    assert isinstance(runin, Paragraph)
    assert runin.content[0] == Text("Séminaire stratégique les 14 - 15 octobre 2023.", runin=True)
    assert isinstance(numbered, ListBlock) and numbered.kind == "number"
    assert [RichText((Paragraph(i.content),)).plain_text() for i in numbered.items] == [
        "Premier chantier",
        "Second chantier",
    ]
    note = next(i for i in texts["2.1"]["narrative"].blocks[0].content if isinstance(i, Footnote))
    assert note.content == (Text("Voir le rapport du CSESS."),)

    # Préambule: the ✓ list of the axes is recognised, the rest kept with its note and bold.
    preamble = report.preamble
    assert "✓" not in preamble.plain_text()
    assert preamble.plain_text().startswith("Le rapport que nous présentons pour l’année 2023")
    assert Text("charnière", bold=True) in preamble.blocks[1].content
    # (LibreOffice adds a final « / » to the address.)
    assert any((t.href or "").rstrip("/") == "https://www.le-mes.org" for f in preamble.footnotes() for t in f.content)
    # Conclusion without the contact block, which filled the missing organisation.
    assert report.conclusion.plain_text() == "Le principal obstacle reste le financement."
    organisation = ws.organisation()
    assert organisation is not None
    assert (organisation.name, organisation.siret, organisation.ape) == (
        "Mouvement pour l’Économie Solidaire",
        "444 165 237 00041",
        "94.99Z",
    )
    assert (organisation.contact_name, organisation.email) == ("Gaël Louesdon", "gael.louesdon@le-mes.org")

    assert (summary.evaluations, summary.means, summary.footnotes, summary.lists) == (3, 3, 2, 2)
    assert summary.axes_list_items == 2 and summary.runins == 1
    assert summary.unrecognised == []
    ws.close()


def _french_bold_lines_document(path: Path) -> Path:
    """Word-like French styles, headings as bold numbered lines, bullets typed by hand,
    a typed table of contents and the seed's artefacts (doubled labels, repeated means)."""
    document = docx.Document()
    styles = document.styles
    body = styles.add_style("Corps de texte", WD_STYLE_TYPE.PARAGRAPH)
    body.font.size = Pt(11)
    title = styles.add_style("Titre 1", WD_STYLE_TYPE.PARAGRAPH)  # id « Titre1 », as French Word
    title.font.bold = True

    def para(text: str = "", style: str = "Corps de texte", bold_prefix: str = "", bold: bool = False) -> None:
        paragraph = document.add_paragraph(style=style)
        if bold_prefix:
            paragraph.add_run(bold_prefix).bold = True
        if text:
            paragraph.add_run(text).bold = bold

    para("Bilan 2022", bold=True)
    para("Paris, le 1er mars 2023")
    para("Sommaire", bold=True)
    for line in ("Préambule\t2", "1. Promouvoir l'ESS\t3", "1.1 Communication\t3", "2. Se renforcer\t4",
                 "2.1 Assemblées\t4", "2.2 Europe\t5", "Conclusion\t6"):
        para(line)
    para("Préambule", style="Titre 1")
    para("Nous avions convenu 2 axes de travail :")
    para("✓ Promouvoir l'ESS,")
    para("✓ Se renforcer.")
    para("Une année riche.")
    para("1. Promouvoir l'ESS", bold=True)
    para("1.1 Communication", bold=True)
    para(" une progression", bold_prefix="EVALUATION  =")
    para("- Le site internet")
    para("→ la lettre d'information")
    para("- La page Facebook")
    para("1. Un point numéroté écrit en gras dans le récit", bold=True)  # breaks the order: text
    para("Moyens= une personne")
    para("2. Se renforcer", bold=True)
    para("Un paragraphe avant la première action.")
    para("2.1 Assemblées", bold=True)
    para("Evaluation = Evaluation = mensuelles")
    para("Animation des assemblées. Les membres se réunissent chaque mois, Moyens = le bureau bénévole")
    para("2.2 Europe", bold=True)
    para("Évaluation : des échanges")
    para(" Moyens = financements européens Erasmus principalement, possibilité de")
    para("Moyens = financements européens Erasmus principalement, possibilité de financements salariés")
    para("Un paragraphe égaré après les moyens.")
    para("Conclusion", style="Titre 1")
    para("Merci à tous.")
    para("Réseau d'essai c/o Maison des réseaux 221 rue de Belleville 75019 Paris Siret 444 165 237 00041")
    para("Contact : Jeanne Martin, déléguée, jeanne@example.org")
    document.save(str(path))
    return path


def test_bold_numbered_lines_and_french_styles(tmp_path: Path) -> None:
    path = _french_bold_lines_document(tmp_path / "fait-main.docx")
    document = read_report_docx(path)
    shaped = document.shaped
    assert (shaped.title, shaped.year, shaped.report_date) == ("Bilan 2022", 2022, dt.date(2023, 3, 1))
    assert shaped.counts.toc_entries == 7 and shaped.counts.axes_list_items == 2
    assert shaped.preamble.plain_text() == "Nous avions convenu 2 axes de travail :\nUne année riche."
    assert [(a.label, a.title) for a in shaped.actions] == [
        ("1.1", "Communication"),
        ("2.1", "Assemblées"),
        ("2.2", "Europe"),
    ]
    first, second, third = shaped.actions
    assert RichText(tuple(first.evaluation)).plain_text() == "une progression"
    bullets = first.narrative[0]
    assert isinstance(bullets, ListBlock) and [i.level for i in bullets.items] == [0, 1, 0]
    assert RichText((bullets,)).plain_text() == "Le site internet\nla lettre d'information\nLa page Facebook"
    assert RichText(tuple(first.narrative[1:])).plain_text() == "1. Un point numéroté écrit en gras dans le récit"
    assert RichText(tuple(first.means)).plain_text() == "une personne"
    # Text between an axis heading and its first action goes to that action, and is listed.
    assert RichText(tuple(second.narrative)).plain_text().startswith("Un paragraphe avant la première action.")
    assert RichText(tuple(second.evaluation)).plain_text() == "mensuelles"
    assert RichText(tuple(second.means)).plain_text() == "le bureau bénévole"
    assert RichText(tuple(second.narrative)).plain_text().endswith("Les membres se réunissent chaque mois")
    # « Évaluation : », a truncated copy of the means, a paragraph after the means.
    assert RichText(tuple(third.evaluation)).plain_text() == "des échanges"
    assert RichText(tuple(third.means)).plain_text() == (
        "financements européens Erasmus principalement, possibilité de financements salariés"
    )
    assert RichText(tuple(third.narrative)).plain_text() == "Un paragraphe égaré après les moyens."
    assert shaped.conclusion.plain_text() == "Merci à tous."
    assert len(shaped.contact_lines) == 2
    where = {(u.code, u.params["action"]) for u in shaped.unrecognised}
    assert where == {("docx_import.unplaced.action", "2.1"), ("docx_import.unplaced.after_means", "2.2")}
    assert "[action 2.2 (après « Moyens = »)] Un paragraphe égaré après les moyens." in words_fr(shaped.unrecognised)
    assert any("seule la version complète est gardée" in g for g in words_fr(shaped.findings))
    assert any("au milieu d'un paragraphe" in g for g in words_fr(shaped.findings))


def test_hand_made_import_into_an_existing_convention_matches_by_number(
    sample_workspace: Workspace, tmp_path: Path
) -> None:
    """Axes and actions are matched by number; the convention's titles win, differences are reported."""
    path = _french_bold_lines_document(tmp_path / "fait-main.docx")
    convention = sample_workspace.current_convention()
    assert convention is not None
    titles = [a.title for a in convention.actions]
    with sample_workspace.transaction() as session:
        summary = import_docx(path, session, year=2025)
    assert not summary.convention_created and summary.axes_created == summary.actions_created == 0
    assert [a.title for a in convention.actions] == titles
    assert any("Action 2.1 : le titre du document diffère" in w for w in words_fr(summary.warnings))
    missing = (
        "Action(s) de la convention absente(s) du document, laissée(s) vide(s) : 1.2, 2.3, 3.1, 3.2, 4.1, 4.2, 4.3."
    )
    assert missing in words_fr(summary.warnings)
    report = convention.report_for(2025)
    assert report is not None
    means = {t.action.number: t.means.plain_text() for t in report.texts}
    assert means == {"1.1": "une personne", "2.1": "le bureau bénévole", "2.2": means["2.2"]}
    assert "Paragraphes non reconnus (2)" in summary.format_fr()


def test_plain_numbered_lines_without_styles_or_bold(tmp_path: Path) -> None:
    """Text pasted into Word (like the seed's extraction): the numbers alone, in order, make the shape."""
    lines = [
        "Bilan 2024",
        "Table des matières",
        "Préambule",
        "1. Promouvoir l'ESS en France & en Europe",
        "- 1.1 Consolidation des outils de communication",
        "2. Renforcer le mouvement",
        "- 2.1 Animer des Assemblées permanentes",
        "Préambule",
        "Nous avions convenu 2 axes de travail :",
        "- ✓ Promouvoir l'ESS en France et en Europe,",
        "- ✓ Renforcer le mouvement.",
        "1. Promouvoir l'ESS en France & en Europe",
        "1.1 Consolidation des outils de communication",
        "Evaluation = une progression évidente",
        "- Le site internet présente 52 464 visites",
        "4 consortiums issus du séminaire",
        "1) FEDERATION ARTISANS DU MONDE",
        "3. Un numéro qui ne suit pas",
        "Moyens = une personne en apprentissage",
        "2. Renforcer le mouvement",
        "2.1 Animer des Assemblées permanentes",
        "Evaluation = un objectif transformé",
        "Moyens = le bureau",
        "Conclusion et perspectives",
        "Le principal obstacle reste le financement.",
    ]
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(tmp_path / "colle.docx"))
    shaped = read_report_docx(tmp_path / "colle.docx").shaped
    assert any("reconnus à leur seul numéro" in g for g in words_fr(shaped.findings))
    assert shaped.counts.toc_entries == 5 and shaped.counts.axes_list_items == 2
    assert [(a.number, a.title) for a in shaped.axes] == [
        (1, "Promouvoir l'ESS en France & en Europe"),
        (2, "Renforcer le mouvement"),
    ]
    assert [a.label for a in shaped.actions] == ["1.1", "2.1"]
    first = shaped.actions[0]
    assert RichText(tuple(first.narrative)).plain_text() == (
        "Le site internet présente 52 464 visites\n"
        "4 consortiums issus du séminaire\n1) FEDERATION ARTISANS DU MONDE\n3. Un numéro qui ne suit pas"
    )
    assert RichText(tuple(first.means)).plain_text() == "une personne en apprentissage"
    assert shaped.preamble.plain_text() == "Nous avions convenu 2 axes de travail :"
    assert shaped.conclusion.plain_text() == "Le principal obstacle reste le financement."


@pytest.mark.slow
def test_fixtures_rebuilt_with_pandoc_and_libreoffice_import_the_same(tmp_path: Path) -> None:
    """The committed fixtures are what the tools write today (needs pandoc and LibreOffice)."""
    assert shutil.which("pandoc") and shutil.which("soffice")
    subprocess.run(["bash", str(FIXTURES / "make_fixtures.sh"), str(tmp_path)], check=True, timeout=180)
    for name in TOOL_MADE:
        fresh = read_report_docx(tmp_path / name).shaped
        committed = read_report_docx(FIXTURES / name).shaped
        assert fresh.preamble == committed.preamble and fresh.conclusion == committed.conclusion
        assert [(a.label, a.title, a.evaluation, a.narrative, a.means) for a in fresh.actions] == [
            (a.label, a.title, a.evaluation, a.narrative, a.means) for a in committed.actions
        ]
