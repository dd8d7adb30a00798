"""The organisation's own template: found styles, fallbacks, .dotx, and refusals."""

from __future__ import annotations

import io
import zipfile

import docx
import openpyxl
import pytest

from mesdesk.exchange.docx import ExportError, default_template, export_docx
from mesdesk.store.workspace import Workspace
from tests.exchange.docx.docx_testing import french_template

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
TEMPLATE_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@pytest.fixture
def report(sample_workspace: Workspace):
    convention = sample_workspace.current_convention()
    assert convention is not None
    found = convention.report_for(2024)
    assert found is not None
    return found


def test_french_style_names_are_honoured_and_a_missing_style_falls_back(report, tmp_path, read_docx) -> None:
    template = french_template(tmp_path / "modele-fr.docx")
    result = export_docx(report, tmp_path / "out.docx", template=template)
    doc = read_docx(result.path)

    used = [doc.style_of(p) for p in doc.paragraphs()]
    assert used.count("Titre1") == 6  # préambule, 4 axes, conclusion
    assert used.count("Titre2") == 10
    assert "Heading1" not in used and "Heading2" not in used
    names = {doc.style_name(s) for s in doc.styles()}
    assert "heading 1" not in {n.lower() for n in names if n}
    titre1 = doc.styles()["Titre1"]
    assert titre1.find(f"{W}rPr/{W}color").get(W + "val") == "C00000"

    link_styles = {r.get(W + "val") for h in doc.body.iter(W + "hyperlink") for r in h.iter(W + "rStyle")}
    assert link_styles == {"Lienhypertexte"}
    note_styles = {doc.style_of(p) for p in doc.footnotes_root().iter(W + "p") if doc.text(p).strip()}
    assert note_styles == {"Notedebasdepage"}

    # « Moyens » was missing: ours is copied in, with one warning, and the export goes on.
    assert len(result.warnings) == 1 and "Moyens" in result.warnings[0]
    moyens = [p for p in doc.document.paragraphs if p.text.startswith("Moyens =")]
    assert len(moyens) == 10 and {p.style.name for p in moyens} == {"Moyens"}


def test_python_docx_default_template_works_with_fallbacks(report, tmp_path, read_docx) -> None:
    template = tmp_path / "plain.docx"
    docx.Document().save(str(template))  # no footnotes part, no custom styles, Letter paper
    result = export_docx(report, tmp_path / "out.docx", template=template)
    doc = read_docx(result.path)
    assert any("Evaluation" in w for w in result.warnings)
    assert any("Intertitre" in w for w in result.warnings)
    assert not any("Titre 1" in w for w in result.warnings)  # its built-in heading 1 is found
    assert len(list(doc.footnotes_root().iter(W + "footnote"))) >= 6
    assert {doc.style_name(doc.style_of(p)) for p in doc.paragraphs() if doc.text(p).startswith("Evaluation =")} == {
        "Evaluation"
    }
    # The template's page setup is kept (US Letter here).
    section = doc.document.sections[-1]
    assert abs(section.page_width.inches - 8.5) < 0.01
    # The page number sits at the right margin: the Footer style's own centre and
    # right tabs are cleared, only a right tab at the text width is left.
    footer_p = section.footer.paragraphs[0]._p
    style_tabs = {
        int(t.get(W + "pos")): t.get(W + "val")
        for t in doc.styles()[doc.style_of(footer_p)].iter(W + "tab")
    }
    assert style_tabs, "python-docx's Footer style has tab stops"
    effective = dict(style_tabs)
    for tab in footer_p.iter(W + "tab"):
        if tab.getparent().tag == W + "tabs":
            if tab.get(W + "val") == "clear":
                effective.pop(int(tab.get(W + "pos")), None)
            else:
                effective[int(tab.get(W + "pos"))] = tab.get(W + "val")
    text_width = round((section.page_width - section.left_margin - section.right_margin) / 635)
    assert effective == {text_width: "right"}


def test_heading_styles_numbered_by_the_template_are_not_numbered_twice(report, tmp_path, read_docx) -> None:
    document = docx.Document(str(default_template()))
    heading = next(s for s in document.styles.element.iter(W + "style") if s.get(W + "styleId") == "Heading1")
    ppr = heading.find(W + "pPr")
    num_pr = ppr.makeelement(W + "numPr", {})
    num_id = num_pr.makeelement(W + "numId", {W + "val": "2"})
    num_pr.append(num_id)
    ppr.insert(2, num_pr)
    template = tmp_path / "numbered.docx"
    document.save(str(template))
    doc = read_docx(export_docx(report, tmp_path / "out.docx", template=template).path)
    headings = [p for p in doc.paragraphs() if doc.style_of(p) == "Heading1"]
    assert len(headings) == 6
    for p in headings:
        assert p.find(f"{W}pPr/{W}numPr/{W}numId").get(W + "val") == "0"


def test_template_header_is_kept(report, tmp_path, read_docx) -> None:
    document = docx.Document(str(default_template()))
    document.sections[0].header.paragraphs[0].text = "En-tête de l'organisation"
    template = tmp_path / "header.docx"
    document.save(str(template))
    doc = read_docx(export_docx(report, tmp_path / "out.docx", template=template).path)
    section = doc.document.sections[-1]
    assert section.header.paragraphs[0].text == "En-tête de l'organisation"
    assert "Mouvement pour l'Économie Solidaire" in section.footer.paragraphs[0].text


def test_dotx_template_is_accepted(report, tmp_path, read_docx) -> None:
    template = tmp_path / "modele.dotx"
    with zipfile.ZipFile(default_template()) as source, zipfile.ZipFile(template, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(DOCUMENT_CT.encode(), TEMPLATE_CT.encode())
            target.writestr(info, data)
    with pytest.raises(ValueError):  # python-docx alone refuses it
        docx.Document(str(template))
    doc = read_docx(export_docx(report, tmp_path / "out.docx", template=template).path)
    types = doc.xml("[Content_Types].xml")
    main = next(o for o in types if o.get("PartName") == "/word/document.xml")
    assert main.get("ContentType") == DOCUMENT_CT
    assert any(p.style.name == "Heading 1" for p in doc.document.paragraphs)


def _xlsx_bytes() -> bytes:
    out = io.BytesIO()
    openpyxl.Workbook().save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Ceci est un texte, pas un document Word.\n", "n'est pas un fichier Word"),
        (_xlsx_bytes(), "autre sorte d'archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".doc"),
        (b"", "n'est pas un fichier Word"),
    ],
    ids=["text", "xlsx", "ole-doc", "empty"],
)
def test_a_template_that_is_not_a_word_file_is_refused_clearly(report, tmp_path, content, message) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    template = folder / "modele.docx"
    template.write_bytes(content)
    target = folder / "out.docx"
    target.write_bytes(b"previous export")
    with pytest.raises(ExportError) as caught:
        export_docx(report, target, template=template)
    assert message in str(caught.value) and "modele.docx" in str(caught.value)
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["modele.docx", "out.docx"]


def test_a_missing_template_is_refused(report, tmp_path) -> None:
    with pytest.raises(ExportError, match="n.existe pas"):
        export_docx(report, tmp_path / "out.docx", template=tmp_path / "absent.docx")
    assert not (tmp_path / "out.docx").exists()


def test_a_macro_template_is_refused(report, tmp_path) -> None:
    template = tmp_path / "macros.dotm"
    with zipfile.ZipFile(default_template()) as source, zipfile.ZipFile(template, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    DOCUMENT_CT.encode(), b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
                )
            target.writestr(info, data)
    with pytest.raises(ExportError, match="macros"):
        export_docx(report, tmp_path / "out.docx", template=template)


CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"


@pytest.mark.parametrize("second_target", ["docProps/core.xml", "docProps/core2.xml"])
def test_a_template_declaring_two_core_properties_parts_works(report, tmp_path, read_docx, second_target) -> None:
    # Seen in real templates passed through several tools; python-docx then raised
    # « multiple relationships of type … core-properties » in the middle of the export.
    template = tmp_path / "deux-proprietes.docx"
    with zipfile.ZipFile(default_template()) as source, zipfile.ZipFile(template, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "_rels/.rels":
                extra = f'<Relationship Id="rId9" Type="{CORE_REL}" Target="{second_target}"/>'
                data = data.replace(b"</Relationships>", extra.encode() + b"</Relationships>")
            target.writestr(info, data)
            if info.filename == "docProps/core.xml" and second_target != "docProps/core.xml":
                target.writestr(second_target, data)
    out = export_docx(report, tmp_path / "out.docx", template=template).path
    doc = read_docx(out)
    assert doc.document.core_properties.title == report.title
    rels = zipfile.ZipFile(out).read("_rels/.rels").decode()
    assert rels.count(CORE_REL) == 1
