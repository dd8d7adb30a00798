"""Reports made with other tools than MES Desk, in every shape a person types them.

Each file is imported, exported again with MES Desk's writer and read back: the axes
and actions are all found, each rubric holds its text, and every sentence of the
source is in the export, in order (see ``any_tool``). The python-docx files are built
here; the pandoc and LibreOffice ones are committed fixtures made by
``fixtures/make_any_tool.py`` (rebuilt by the slow tests with the real tools).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from any_tool import (
    ACTIONS,
    COMMENT,
    DELETED,
    ENDNOTE,
    FOOTNOTE,
    IMAGE_ALT,
    INSERTED,
    TABLE,
    Outcome,
    assert_in_order,
    axis_titles,
    build_mixed_python_docx,
    build_python_docx,
    expected_titles,
    import_and_export,
    libreoffice_round_trip,
    run_libreoffice,
    run_pandoc,
    sentences,
    write_markdown,
)
from docx_import_testing import FIXTURES

FORMS = ["de", "es", "nl", "fr", "english", "outline", "bold", "larger", "word-numbering"]


@pytest.mark.parametrize("form", FORMS)
def test_titles_in_any_form(form: str, tmp_path: Path) -> None:
    path = build_python_docx(tmp_path / f"titres-{form}.docx", form)
    outcome = import_and_export(path, tmp_path)
    assert outcome.titles == expected_titles()
    axis_titles(outcome)
    assert_in_order(outcome.body, sentences())
    if form == "word-numbering":
        assert "docx_import.headings_by_list" in outcome.codes
        assert "7 titre(s) numéroté(s) par la numérotation automatique de Word (par exemple 1)." in outcome.words
    if form == "larger":
        assert "docx_import.headings_by_size" in outcome.codes
    assert outcome.summary.unrecognised == []  # type: ignore[attr-defined]


def _sentences_with_the_extras(table_header: tuple[str, ...] | None, image: str, revisions: bool) -> list[str]:
    """The source's sentences plus what the mixed file adds, in reading order."""
    a11, a12 = ACTIONS[0], ACTIONS[1]
    out: list[str] = []
    for sentence in sentences():
        if sentence == a11.narrative[1] and not revisions:
            out.append(COMMENT)
        out.append(sentence)
        if sentence == a11.narrative[0]:
            out += [INSERTED] if revisions else [INSERTED, DELETED]
        if sentence == a11.narrative[1]:
            out.append(image)
        if sentence == a12.narrative[0]:
            rows = ([table_header] if table_header else []) + list(TABLE)
            out += [" | ".join(row) for row in rows]
    return out


def check_mixed(outcome: Outcome, *, endnote: bool = True, table_header: tuple[str, ...] | None = None,
                image: str = f"[Image : {IMAGE_ALT}]", revisions: bool = True) -> None:
    """``revisions``: the file holds real tracked changes and a comment (pandoc's .odt
    writer turns them into plain text, which must then be kept as text)."""
    assert outcome.titles == expected_titles()
    axis_titles(outcome)
    assert_in_order(outcome.body, _sentences_with_the_extras(table_header, image, revisions))
    assert FOOTNOTE in outcome.notes
    if endnote:
        assert ENDNOTE in outcome.notes
    codes = outcome.codes
    for code in ("heading_split", "heading_list_item", "heading_in_table", "label_alone", "label_in_table",
                 "image", "table_as_text"):
        assert f"docx_import.{code}" in codes, code
    if not revisions:
        return
    # Accepted insertions kept, deletions and comments left out, and the summary says so.
    assert DELETED not in outcome.body and COMMENT not in outcome.body
    for code in ("insertions_kept", "deletions_left_out", "comment"):
        assert f"docx_import.{code}" in codes, code
    words = "\n".join(outcome.words)
    assert "Suivi des modifications : 1 suppression(s) acceptée(s), laissée(s) de côté." in words
    assert "1.3 « Rencontres régionales » : titre tapé comme un élément de liste." in words
    assert "2.1 « Assemblées permanentes » : titre lu dans un tableau d'une seule cellule." in words
    assert "1.2 « Identité commune » : titre coupé en deux paragraphes, réunis." in words
    assert f"« {COMMENT.rstrip('.')} »" in words


def test_mixed_shapes_by_hand_with_python_docx(tmp_path: Path) -> None:
    path = build_mixed_python_docx(tmp_path / "melange.docx")
    check_mixed(import_and_export(path, tmp_path))


FIXTURE_CASES = {
    "autre-outil-pandoc.docx": {"endnote": False, "table_header": ("Activité", "Nombre", "Participants")},
    # pandoc's .odt keeps the picture's description as a caption only: the picture is « [Image] ».
    "autre-outil-libreoffice.docx": {"endnote": False, "table_header": ("Activité", "Nombre", "Participants"),
                                     "image": "[Image]", "revisions": False},
    "melange-libreoffice.docx": {"endnote": True},
}


@pytest.mark.parametrize("name", sorted(FIXTURE_CASES))
def test_mixed_shapes_made_by_pandoc_and_libreoffice(name: str, tmp_path: Path) -> None:
    check_mixed(import_and_export(FIXTURES / name, tmp_path), **FIXTURE_CASES[name])  # type: ignore[arg-type]


def _tools() -> None:
    if not (shutil.which("pandoc") and shutil.which("soffice")):
        pytest.fail("pandoc and LibreOffice are needed for this slow test (apt-get install pandoc libreoffice-writer-nogui)")


@pytest.mark.slow
def test_mixed_shapes_rebuilt_with_pandoc_and_libreoffice(tmp_path: Path) -> None:
    _tools()
    source = write_markdown(tmp_path)
    made = {
        "autre-outil-pandoc.docx": run_pandoc(source, tmp_path / "autre-outil-pandoc.docx"),
        "autre-outil-libreoffice.docx": run_libreoffice(
            run_pandoc(source, tmp_path / "autre-outil-libreoffice.odt"), tmp_path / "autre-outil-libreoffice.docx"
        ),
        "melange-libreoffice.docx": libreoffice_round_trip(
            build_mixed_python_docx(tmp_path / "melange.docx"), tmp_path / "melange-libreoffice.docx"
        ),
    }
    for name, path in made.items():
        folder = tmp_path / name.replace(".docx", "")
        folder.mkdir()
        check_mixed(import_and_export(path, folder), **FIXTURE_CASES[name])  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize("form", ["de", "bold", "larger", "word-numbering"])
def test_titles_in_any_form_through_libreoffice(form: str, tmp_path: Path) -> None:
    _tools()
    path = libreoffice_round_trip(build_python_docx(tmp_path / f"titres-{form}.docx", form),
                                  tmp_path / f"titres-{form}-lo.docx")
    outcome = import_and_export(path, tmp_path)
    assert outcome.titles == expected_titles()
    assert_in_order(outcome.body, sentences())


def test_the_command_line_prints_every_deduction_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mesdesk.cli.main import main

    assert main(["import-docx", str(FIXTURES / "autre-outil-pandoc.docx"), str(tmp_path / "w.mesdesk")]) == 0
    out = capsys.readouterr().out
    assert "Import de autre-outil-pandoc.docx : bilan 2024" in out
    assert "    - 1.3 « Rencontres régionales » : titre tapé comme un élément de liste." in out
    assert "    - 2.2 : « Évaluation » lu dans la colonne de gauche d'un tableau." in out
    assert "Suivi des modifications : 1 suppression(s) acceptée(s), laissée(s) de côté." in out
    assert "docx_import." not in out  # every code has its French wording


def test_each_finding_knows_the_place_it_speaks_of(tmp_path: Path) -> None:
    """Action findings carry the action's uid; findings about words carry the field holding them."""
    from mesdesk.exchange.docx_import import import_docx
    from mesdesk.store.workspace import Workspace

    ws = Workspace.create(tmp_path / "w.mesdesk")
    with ws.transaction() as session:
        summary = import_docx(FIXTURES / "melange-libreoffice.docx", session, year=2024)
    convention = ws.current_convention()
    assert convention is not None
    uid = {a.number: a.uid for a in convention.actions}
    by_code = {}
    for finding in summary.findings():
        by_code.setdefault(finding.code, finding)  # the first of each code
    listed = by_code["docx_import.heading_list_item"].place
    assert listed is not None and (listed.kind, listed.action_uid) == ("action", uid["1.3"])
    picture = by_code["docx_import.image"].place
    assert picture is not None and (picture.action_uid, picture.field) == (uid["1.1"], "narrative")
    table = by_code["docx_import.table_as_text"].place
    assert table is not None and (table.action_uid, table.field, table.excerpt) == (
        uid["1.2"], "narrative", "Ateliers | 12 | 140")
    label = by_code["docx_import.label_alone"].place
    assert label is not None and (label.action_uid, label.field) == (uid["1.3"], "evaluation")
    ws.close()
