"""Titles and labels as people type them: what counts as evidence, and what does not."""

from __future__ import annotations

from pathlib import Path

from docx_import_testing import heading_styles, p, r, raw_docx

from mesdesk.exchange.docx_import import read_report_docx
from mesdesk.model.findings import words_fr
from mesdesk.model.richtext import RichText


def _text(blocks) -> str:  # type: ignore[no-untyped-def]
    return RichText(tuple(blocks)).plain_text()


def _action(n: str, title: str) -> str:
    return p(f"{n} {title}", style="Heading2") + p(f"Evaluation = éval {n}") + p(f"Récit de {n}.") + p(f"Moyens = moyens {n}")


def test_a_plain_line_that_fills_a_gap_in_the_numbering_is_a_title(tmp_path: Path) -> None:
    body = (
        p("1. Promouvoir", style="Heading1")
        + _action("1.1", "Outils")
        + p("1.2 Identité commune")  # plain: no style, no bold
        + p("Evaluation = éval 1.2") + p("Récit de 1.2.") + p("Moyens = moyens 1.2")
        + _action("1.3", "Rencontres")
    )
    shaped = read_report_docx(raw_docx(tmp_path / "trou.docx", body, styles=heading_styles())).shaped
    assert [(a.label, a.title) for a in shaped.actions] == [("1.1", "Outils"), ("1.2", "Identité commune"),
                                                            ("1.3", "Rencontres")]
    assert _text(shaped.actions[1].narrative) == "Récit de 1.2."
    assert ("1.2 « Identité commune » : reconnu comme titre, il comble un trou dans la numérotation "
            "(entre 1.1 et 1.3).") in words_fr(shaped.findings)


def test_lines_that_only_look_like_titles_stay_text(tmp_path: Path) -> None:
    """No gap, a sentence, a number out of sequence, a number already used: text."""
    body = (
        p("1. Promouvoir", style="Heading1")
        + _action("1.1", "Outils")
        + p("1.5 Une ligne hors de la suite")  # 1.2 would fit, not 1.5
        + p("1.2 millions de visites ont été comptées.")  # a sentence
        + p("- 1.1 Outils")  # already a title
        + _action("1.2", "Identité")
        + p("1.3 Une dernière ligne")  # after the last title: no gap to fill
    )
    shaped = read_report_docx(raw_docx(tmp_path / "pas-titres.docx", body, styles=heading_styles())).shaped
    assert [a.label for a in shaped.actions] == ["1.1", "1.2"]
    assert _text(shaped.actions[0].narrative) == (
        "Récit de 1.1.\n1.5 Une ligne hors de la suite\n1.2 millions de visites ont été comptées.\n1.1 Outils"
    )
    assert not [c for c in shaped.codes() if c.startswith("docx_import.heading_")]


def test_a_plain_line_the_table_of_contents_names_is_a_title(tmp_path: Path) -> None:
    """The last action has no title style and nothing after it: the table of contents says it is one."""
    toc = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" '
        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("1. Promouvoir\t2") + "</w:p>"
        + p("1.1 Outils\t2") + p("1.2 Identité commune\t3")
        + '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    body = (
        p("Bilan 2024") + toc
        + p("1. Promouvoir", style="Heading1")
        + _action("1.1", "Outils")
        + p("1.2 Identité commune")
        + p("Evaluation = éval 1.2") + p("Récit de 1.2.") + p("Moyens = moyens 1.2")
    )
    shaped = read_report_docx(raw_docx(tmp_path / "sommaire.docx", body, styles=heading_styles())).shaped
    assert [(a.label, a.title) for a in shaped.actions] == [("1.1", "Outils"), ("1.2", "Identité commune")]
    assert "docx_import.heading_toc" in shaped.codes()
    assert shaped.counts.toc_entries == 3


def test_word_list_numbering_gives_the_numbers_the_list_shows(tmp_path: Path) -> None:
    """Titles numbered by one multi-level Word list, not typed: 1., 1.1, 1.2, 2., 2.1."""
    numbering = (
        '<w:abstractNum w:abstractNumId="5">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        "</w:abstractNum>"
        '<w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num>'
        '<w:abstractNum w:abstractNumId="6">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        "</w:abstractNum>"
        '<w:num w:numId="6"><w:abstractNumId w:val="6"/></w:num>'
    )
    body = (
        p("Promouvoir", num=(5, 0))
        + p("Outils", num=(5, 1)) + p("Evaluation = a") + p("Premier point", num=(6, 0), bold=True)
        + p("Second point", num=(6, 0), bold=True) + p("Moyens = b")
        + p("Identité", num=(5, 1)) + p("Evaluation = c")
        + p("Renforcer", num=(5, 0))
        + p("Assemblées", num=(5, 1)) + p("Evaluation = d")
    )
    shaped = read_report_docx(raw_docx(tmp_path / "liste.docx", body, numbering=numbering)).shaped
    assert [(a.number, a.title) for a in shaped.axes] == [(1, "Promouvoir"), (2, "Renforcer")]
    assert [(a.label, a.title) for a in shaped.actions] == [("1.1", "Outils"), ("1.2", "Identité"),
                                                            ("2.1", "Assemblées")]
    # A bold numbered list inside the text (« 1. », « 2. ») is a list, not axes.
    narrative = shaped.actions[0].narrative
    assert len(narrative) == 1 and _text(narrative) == "Premier point\nSecond point"
    assert "docx_import.headings_by_list" in shaped.codes()


def test_labels_in_every_form(tmp_path: Path) -> None:
    body = (
        p("1. Axe", style="Heading1")
        + p("1.1 Égal", style="Heading2") + p("EVALUATION = forte") + p("Récit.") + p("MOYENS = deux")
        + p("1.2 Deux-points", style="Heading2") + p("Évaluation : moyenne") + p("Récit.")
        + p("Moyens mobilisés : trois")
        + p("1.3 Seuls", style="Heading2") + p("Évaluation", bold=True) + p("faible") + p("Récit.")
        + p("Moyens humains et matériels :", bold=True) + p("- une salle") + p("- un vidéoprojecteur")
        + p("Une phrase de récit après les moyens.")
        + p("1.4 Tableau", style="Heading2")
        + "<w:tbl><w:tr><w:tc>" + p("Évaluation") + "</w:tc><w:tc>" + p("très bonne") + "</w:tc></w:tr>"
        + "<w:tr><w:tc>" + p("Moyens mobilisés") + "</w:tc><w:tc>" + p("quatre") + p("et un stagiaire")
        + "</w:tc></w:tr></w:tbl>"
        + p("Récit du tableau.")
    )
    shaped = read_report_docx(raw_docx(tmp_path / "rubriques.docx", body, styles=heading_styles())).shaped
    rubrics = [(_text(a.evaluation), _text(a.means)) for a in shaped.actions]
    assert rubrics == [("forte", "deux"), ("moyenne", "trois"), ("faible", "une salle\nun vidéoprojecteur"),
                       ("très bonne", "quatre\net un stagiaire")]
    assert _text(shaped.actions[2].narrative) == "Récit.\nUne phrase de récit après les moyens."
    assert _text(shaped.actions[3].narrative) == "Récit du tableau."
    words = words_fr(shaped.findings)
    assert "1.3 : « Évaluation » seul sur sa ligne, le texte qui suit est placé dans cette rubrique." in words
    assert "1.4 : « Moyens mobilisés » lu dans la colonne de gauche d'un tableau." in words
    # The text after a list of means that a label alone opened is not lost, and is said to be odd.
    assert [(u.code, u.params["action"]) for u in shaped.unrecognised] == [("docx_import.unplaced.after_means", "1.3")]
