"""What the reader sees in Word's XML, and how the shape reads it (raw packages built here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_import_testing import BULLET_NUMBERING, R_NS, heading_styles, p, r, raw_docx

from mesdesk.exchange.docx_import import read_report_docx, resolve_year
from mesdesk.exchange.docx_import.french_spacing import plain_spacing
from mesdesk.exchange.docx_import.package_guard import open_package
from mesdesk.exchange.docx_import.reader import read_docx
from mesdesk.exchange.errors import ImportFileError
from mesdesk.model.findings import words_fr
from mesdesk.model.french import typography
from mesdesk.model.richtext import Footnote, ListBlock, Paragraph, RichText, Text


def _paragraphs(path: Path):  # type: ignore[no-untyped-def]
    with open_package(path) as package:
        return read_docx(package).paragraphs


def test_fields_links_revisions_and_hidden_text(tmp_path: Path) -> None:
    body = (
        # A link as a HYPERLINK field (Word's own way when typed), and as w:hyperlink.
        "<w:p>"
        + r("Voir ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://exemple.org/a" </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r("le site")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + r(" et ")
        + f'<w:hyperlink r:id="rIdL" xmlns:r="{R_NS}">'
        + r("la page")
        + "</w:hyperlink>"
        + "</w:p>"
        # Tracked changes: the deletion is skipped, the insertion kept; hidden text skipped.
        + "<w:p>"
        + r("Texte ")
        + '<w:del w:id="1" w:author="A"><w:r><w:delText>supprimé </w:delText></w:r></w:del>'
        + '<w:ins w:id="2" w:author="A">'
        + r("ajouté")
        + "</w:ins>"
        + '<w:r><w:rPr><w:vanish/></w:rPr><w:t>caché</w:t></w:r>'
        + "</w:p>"
        # A simple field shows its result; a page-number field's code is not text.
        + '<w:p><w:fldSimple w:instr=" DATE ">'
        + r("5 mars 2025")
        + "</w:fldSimple></w:p>"
        # A symbol-font check mark.
        + '<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'
        + r(" Promouvoir")
        + "</w:p>"
    )
    path = raw_docx(tmp_path / "champs.docx", body, links={"rIdL": "https://exemple.org/b"})
    paragraphs = _paragraphs(path)
    assert paragraphs[0].inlines == (
        Text("Voir "),
        Text("le site", href="https://exemple.org/a"),
        Text(" et "),
        Text("la page", href="https://exemple.org/b"),
    )
    assert paragraphs[1].text == "Texte ajouté"
    assert paragraphs[2].text == "5 mars 2025"
    assert paragraphs[3].text == "✓ Promouvoir"


def test_table_of_contents_field_is_flagged_and_left_out(tmp_path: Path) -> None:
    body = (
        p("Bilan 2024", style="Title")
        + p("Table des matières")
        + "<w:p>"
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r("Préambule\t2")
        + "</w:p>"
        + p("1. Promouvoir\t3")
        + "<w:p>"
        + r("1.1 Communiquer\t3")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + "</w:p>"
        + p("Préambule", style="Heading1")
        + p("Le texte.")
        + p("1. Promouvoir", style="Heading1")
        + p("1.1 Communiquer", style="Heading2")
    )
    path = raw_docx(tmp_path / "tdm.docx", body, styles=heading_styles())
    paragraphs = _paragraphs(path)
    assert [q.toc for q in paragraphs] == [False, False, True, True, True, False, False, False, False]
    shaped = read_report_docx(path).shaped
    assert shaped.counts.toc_entries == 3
    assert shaped.preamble.plain_text() == "Le texte."
    assert [a.label for a in shaped.actions] == ["1.1"]
    assert shaped.unrecognised == []


def test_tables_and_text_boxes_become_readable_text(tmp_path: Path) -> None:
    box = (
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
        + p("Dans la zone de texte")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    body = (
        p("1. Axe", style="Heading1")
        + p("1.1 Action", style="Heading2")
        + "<w:tbl><w:tr><w:tc>"
        + p("cellule A")
        + "</w:tc><w:tc>"
        + p("cellule B")
        + "</w:tc></w:tr></w:tbl>"
        + p("Avant la zone", runs=box)
    )
    path = raw_docx(tmp_path / "tableau.docx", body, styles=heading_styles())
    origins = [(q.text, q.origin) for q in _paragraphs(path)]
    assert origins[2:] == [
        ("cellule A", "table"),
        ("cellule B", "table"),
        ("Avant la zone", "body"),
        ("Dans la zone de texte", "textbox"),
    ]
    document = read_report_docx(path)
    narrative = RichText(tuple(document.shaped.actions[0].narrative)).plain_text()
    # A table row reads as one line, its cells separated; the summary says so.
    assert narrative == "cellule A | cellule B\nAvant la zone\nDans la zone de texte"
    assert (document.stats.tables, document.stats.textboxes) == (1, 1)
    table = next(f for f in document.shaped.findings if f.code == "docx_import.table_as_text")
    assert table.severity == "warning" and table.params["rows"] == 1
    assert table.place is not None and table.place.excerpt == "cellule A | cellule B"


def test_footnotes_endnotes_and_their_links(tmp_path: Path) -> None:
    notes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        + r(" Source : ")
        + r("rapport", italic=True)
        + "</w:p></w:footnote>"
    )
    body = p("Un fait", runs='<w:r><w:footnoteReference w:id="1"/></w:r>' + r(" établi."))
    path = raw_docx(tmp_path / "notes.docx", body, footnotes=notes)
    assert _paragraphs(path)[0].inlines == (
        Text("Un fait"),
        Footnote((Text("Source : "), Text("rapport", italic=True))),
        Text(" établi."),
    )


def test_auto_numbered_headings_take_their_number_from_the_list(tmp_path: Path) -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="5">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        "</w:abstractNum>"
        '<w:num w:numId="9"><w:abstractNumId w:val="5"/></w:num>'
    )
    styles = (
        '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/>'
        '<w:pPr><w:numPr><w:numId w:val="9"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="9"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    )
    body = (
        p("Promouvoir", style="Titre1")
        + p("Communiquer", style="Titre2")
        + p("Publier", style="Titre2")
        + p("Renforcer", style="Titre1")
        + p("Se réunir", style="Titre2")
    )
    shaped = read_report_docx(raw_docx(tmp_path / "auto.docx", body, styles=styles, numbering=numbering)).shaped
    assert [(a.number, a.title) for a in shaped.axes] == [(1, "Promouvoir"), (2, "Renforcer")]
    assert [(a.label, a.title) for a in shaped.actions] == [
        ("1.1", "Communiquer"),
        ("1.2", "Publier"),
        ("2.1", "Se réunir"),
    ]
    assert not shaped.numbers_guessed


def test_unnumbered_headings_are_numbered_in_order(tmp_path: Path) -> None:
    body = (
        p("Promouvoir", style="Heading1")
        + p("Communiquer", style="Heading2")
        + p("Renforcer", style="Heading1")
        + p("Se réunir", style="Heading2")
        + p("Publier", style="Heading2")
    )
    shaped = read_report_docx(raw_docx(tmp_path / "sans-numeros.docx", body, styles=heading_styles())).shaped
    assert [a.label for a in shaped.actions] == ["1.1", "2.1", "2.2"]
    assert shaped.numbers_guessed


def test_lists_levels_kinds_and_restarts(tmp_path: Path) -> None:
    body = (
        p("1. Axe", style="Heading1")
        + p("1.1 Action", style="Heading2")
        + p("un", num=(1, 0))
        + p("sous-point", num=(1, 1))
        + p("troisième niveau", num=(1, 2))
        + p("premier", num=(2, 0))
        + p("second", num=(2, 0))
        + p("de nouveau premier", num=(3, 0))  # another list instance: a new numbered list
        + p("Un paragraphe.")
    )
    path = raw_docx(tmp_path / "listes.docx", body, styles=heading_styles(), numbering=BULLET_NUMBERING)
    shaped = read_report_docx(path).shaped
    blocks = shaped.actions[0].narrative
    assert [type(b).__name__ for b in blocks] == ["ListBlock", "ListBlock", "ListBlock", "Paragraph"]
    bullets, numbered, restarted, _ = blocks
    assert isinstance(bullets, ListBlock) and bullets.kind == "bullet"
    assert [i.level for i in bullets.items] == [0, 1, 1]  # the third level is brought to the second
    assert isinstance(numbered, ListBlock) and numbered.kind == "number" and len(numbered.items) == 2
    assert isinstance(restarted, ListBlock) and restarted.kind == "number" and len(restarted.items) == 1
    assert any("niveau 3 ramenée au niveau 2" in g for g in words_fr(shaped.findings))


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        (
            r("Séminaire.", bold=True) + r(" Ouvert aux membres."),
            (Text("Séminaire.", runin=True), Text(" Ouvert aux membres.")),
        ),
        (
            r("Un point important", bold=True) + r(" et la suite."),
            (Text("Un point important", bold=True), Text(" et la suite.")),
        ),
        (r("Tout en gras.", bold=True), (Text("Tout en gras.", bold=True),)),
        (r("Intertitre", style="Intertitre") + r(" suite"), (Text("Intertitre", runin=True), Text(" suite"))),
    ],
)
def test_run_in_sub_headings(runs: str, expected: tuple[Text, ...], tmp_path: Path) -> None:
    styles = heading_styles(
        extra='<w:style w:type="character" w:styleId="Intertitre"><w:name w:val="Intertitre"/>'
        "<w:rPr><w:b/></w:rPr></w:style>"
    )
    body = p("1. Axe", style="Heading1") + p("1.1 Action", style="Heading2") + p(runs=runs)
    shaped = read_report_docx(raw_docx(tmp_path / "intertitre.docx", body, styles=styles)).shaped
    assert shaped.actions[0].narrative == [Paragraph(expected)]


def test_evaluation_and_means_labels_are_tolerant(tmp_path: Path) -> None:
    body = p("1. Axe", style="Heading1")
    labels = ["Evaluation = a", "Évaluation=b", "EVALUATION  :  c", "Evaluation = Evaluation = d", "évaluation= e"]
    for n, label in enumerate(labels, start=1):
        body += p(f"1.{n} Action", style="Heading2") + p(label) + p(f"Moyens  =  m{n}")
    shaped = read_report_docx(raw_docx(tmp_path / "labels.docx", body, styles=heading_styles())).shaped
    assert [RichText(tuple(a.evaluation)).plain_text() for a in shaped.actions] == ["a", "b", "c", "d", "e"]
    assert [RichText(tuple(a.means)).plain_text() for a in shaped.actions] == ["m1", "m2", "m3", "m4", "m5"]


def test_the_year_comes_from_the_title_or_must_be_given(tmp_path: Path) -> None:
    titled = read_report_docx(raw_docx(tmp_path / "a.docx", p("Bilan d'activités 2021", style="Title")))
    assert resolve_year(titled, None) == 2021 and resolve_year(titled, 2022) == 2022
    untitled = read_report_docx(raw_docx(tmp_path / "b.docx", p("Rapport")))
    with pytest.raises(ImportFileError, match="--year"):
        resolve_year(untitled, None)


@pytest.mark.parametrize(
    "text",
    [
        "Nous avions convenu 4 axes de travail :",
        "52 464 visites, soit 60 % de plus ; bravo !",
        "« L'économie solidaire en mouvement » : un ouvrage?",
        "ESS France: le MES; la FPH!",
        "Voir https://exemple.org/a?b=1;c=2 : le site",
        "n°\u00a01 et 1\u202f000\u202f000 €",
    ],
)
def test_typography_of_the_export_is_undone_exactly(text: str) -> None:
    exported = typography(text)
    imported = plain_spacing(exported)
    # Only the no-break space the author typed himself (« n°\u00a01 ») is left…
    assert not {"\u00a0", "\u202f"} & set(imported.replace("n°\u00a01", ""))
    # …and exporting the import again gives the same characters.
    assert typography(imported) == exported


def test_typography_keeps_no_break_spaces_the_author_typed() -> None:
    assert plain_spacing("M.\u00a0Dupont et n°\u00a012") == "M.\u00a0Dupont et n°\u00a012"
    assert plain_spacing("52\u202f464 visites\u00a0: 60\u00a0%") == "52 464 visites : 60 %"


def test_contact_block_after_the_last_action_without_conclusion(tmp_path: Path) -> None:
    body = (
        p("1. Axe", style="Heading1")
        + p("1.1 Action", style="Heading2")
        + p("Evaluation = bien")
        + p("Un récit qui se termine.")
        + p("Moyens = des bénévoles")
        + p("Réseau d'essai", bold=True)
        + p("12 rue de la Paix, 75002 Paris")
        + p("Contact : Jeanne Martin, déléguée")
        + p("jeanne@example.org")
    )
    shaped = read_report_docx(raw_docx(tmp_path / "contact.docx", body, styles=heading_styles())).shaped
    assert shaped.contact_lines == [
        "Réseau d'essai",
        "12 rue de la Paix, 75002 Paris",
        "Contact : Jeanne Martin, déléguée",
        "jeanne@example.org",
    ]
    action = shaped.actions[0]
    assert RichText(tuple(action.narrative)).plain_text() == "Un récit qui se termine."
    assert shaped.unrecognised == []
