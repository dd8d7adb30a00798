"""The organisation's and the funder's logos on the cover: real inline pictures, side by
side, 2.5 cm high with their aspect ratio; none, one or a damaged one handled."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree

from mesdesk.exchange.docx import export_docx
from mesdesk.model.entities import Action, Axis, Convention, Funder, Organisation, Report
from mesdesk.model.richtext import RichText
from tests.exchange.docx.images_testing import JPEG, png

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
RT_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
W = "{%s}" % W_NS
EMU_PER_CM = 360000


def _report(org_logo: bytes | None, funder_logo: bytes | None) -> tuple[Report, Organisation]:
    org = Organisation(name="Réseau d'essai", address="1 rue de l'Exemple", logo=org_logo)
    funder = Funder(name="Fondation Exemple", logo=funder_logo)
    convention = Convention(funder=funder, programme="Programme", first_year=2024, last_year=2026)
    axis = Axis(title="Un axe")
    axis.actions.append(Action(title="Une action"))
    convention.axes.append(axis)
    report = Report(year=2024, title="Bilan 2024", support_line="Avec l'appui de la Fondation Exemple",
                    report_date=dt.date(2025, 3, 5), preamble=RichText.plain("Les axes :"),
                    conclusion=RichText.plain("Fin."))
    convention.reports.append(report)
    return report, org


def _export(tmp_path: Path, org_logo: bytes | None, funder_logo: bytes | None) -> tuple[Path, list[str]]:
    report, org = _report(org_logo, funder_logo)
    result = export_docx(report, tmp_path / "bilan.docx", organisation=org)
    return result.path, result.warnings


def _content_type(doc, part: str) -> str:
    types = doc.xml("[Content_Types].xml")
    for override in types.iter(f"{{{CT_NS}}}Override"):
        if override.get("PartName") == "/" + part:
            return override.get("ContentType")
    ext = part.rsplit(".", 1)[-1].lower()
    return next(d.get("ContentType") for d in types.iter(f"{{{CT_NS}}}Default") if d.get("Extension").lower() == ext)


def _pictures(doc, p: etree._Element) -> list[dict]:
    """Each w:drawing of a paragraph: its image part, content type, size (cm), docPr."""
    out = []
    for drawing in p.iter(W + "drawing"):
        (inline,) = drawing.findall(f"{{{WP_NS}}}inline")
        (blip,) = drawing.iter(f"{{{A_NS}}}blip")
        rel = doc.rels[blip.get(f"{{{R_NS}}}embed")]
        assert rel.type == RT_IMAGE and not rel.external
        part = "word/" + rel.target.lstrip("/").removeprefix("word/")
        extent = inline.find(f"{{{WP_NS}}}extent")
        doc_pr = inline.find(f"{{{WP_NS}}}docPr")
        out.append({
            "part": part,
            "bytes": doc._bytes[part],
            "type": _content_type(doc, part),
            "cx": int(extent.get("cx")) / EMU_PER_CM,
            "cy": int(extent.get("cy")) / EMU_PER_CM,
            "id": doc_pr.get("id"),
            "descr": doc_pr.get("descr"),
        })
    return out


def test_both_logos_sit_side_by_side_above_the_title(tmp_path: Path, read_docx) -> None:
    org_png = png(60, 30)
    path, warnings = _export(tmp_path, org_png, JPEG)
    assert warnings == []
    doc = read_docx(path)
    paragraphs = doc.paragraphs()
    logos, title = paragraphs[0], paragraphs[1]
    assert doc.style_name(doc.style_of(logos)) == "Logos de couverture"
    assert doc.text(title) == "Bilan 2024"
    pictures = _pictures(doc, logos)
    assert [p["type"] for p in pictures] == ["image/png", "image/jpeg"]
    assert pictures[0]["bytes"] == org_png and pictures[1]["bytes"] == JPEG
    # 2.5 cm high, widths from the aspect ratio (60×30 → 5 cm, 48×32 → 3.75 cm).
    assert [round(p["cy"], 2) for p in pictures] == [2.5, 2.5]
    assert [round(p["cx"], 2) for p in pictures] == [5.0, 3.75]
    assert len({p["id"] for p in pictures}) == 2  # Word wants every drawing id unique
    assert [p["descr"] for p in pictures] == ["Logo de Réseau d'essai", "Logo de Fondation Exemple"]
    # Only the cover has pictures.
    assert sum(1 for _ in doc.body.iter(W + "drawing")) == 2
    # python-docx sees them as inline shapes too.
    assert len(doc.document.inline_shapes) == 2


def test_one_logo_alone_has_no_gap_beside_it(tmp_path: Path, read_docx) -> None:
    path, warnings = _export(tmp_path, None, png(40, 40))
    assert warnings == []
    doc = read_docx(path)
    logos = doc.paragraphs()[0]
    (picture,) = _pictures(doc, logos)
    assert picture["type"] == "image/png" and round(picture["cx"], 2) == round(picture["cy"], 2) == 2.5
    assert doc.text(logos) == ""  # no spacer run
    assert picture["descr"] == "Logo de Fondation Exemple"


def test_no_logo_means_no_picture_and_no_empty_paragraph(tmp_path: Path, read_docx) -> None:
    path, warnings = _export(tmp_path, None, None)
    assert warnings == []
    doc = read_docx(path)
    assert next(doc.body.iter(W + "drawing"), None) is None
    assert not [n for n in doc.names if n.startswith("word/media/")]
    first = doc.paragraphs()[0]
    assert doc.text(first) == "Bilan 2024"
    assert all(doc.style_name(doc.style_of(p)) != "Logos de couverture" for p in doc.paragraphs())


def test_a_very_wide_logo_is_narrowed_so_two_fit(tmp_path: Path, read_docx) -> None:
    path, _ = _export(tmp_path, png(400, 20), png(400, 20, (200, 30, 30)))
    doc = read_docx(path)
    pictures = _pictures(doc, doc.paragraphs()[0])
    for picture in pictures:
        assert round(picture["cx"], 2) == 7.0
        assert picture["cx"] / picture["cy"] == pytest.approx(20, rel=0.01)
    # Both with the gap fit within the text width of the A4 page (21 cm − 2 × 2.5 cm margins).
    section = doc.document.sections[-1]
    text_width = (section.page_width - section.left_margin - section.right_margin) / EMU_PER_CM
    assert sum(p["cx"] for p in pictures) + 1.5 <= text_width


@pytest.mark.parametrize(
    "broken",
    [
        b"pas une image du tout",
        png(60, 30)[:-30],  # cut off mid-way
        png(60, 30).replace(b"IDAT", b"IDAX"),  # a damaged chunk (its checksum no longer matches)
        JPEG[:300],  # a JPEG cut off before its end
        b"\x89PNG\r\n\x1a\n",  # a signature and nothing else
    ],
    ids=["text", "truncated-png", "damaged-png", "truncated-jpeg", "signature-only"],
)
def test_a_broken_logo_is_left_out_with_a_warning(tmp_path: Path, read_docx, broken: bytes) -> None:
    path, warnings = _export(tmp_path, broken, JPEG)
    assert warnings == [
        "Le logo de l'organisation n'est pas une image PNG ou JPEG lisible : il est omis de la couverture."
    ]
    doc = read_docx(path)
    (picture,) = _pictures(doc, doc.paragraphs()[0])
    assert picture["type"] == "image/jpeg"
    assert doc.text(doc.paragraphs()[1]) == "Bilan 2024"


def test_two_broken_logos_leave_a_plain_cover(tmp_path: Path, read_docx) -> None:
    path, warnings = _export(tmp_path, b"\xff\xd8\xff rien", b"GIF89a")
    assert len(warnings) == 2 and "financeur" in warnings[1]
    doc = read_docx(path)
    assert next(doc.body.iter(W + "drawing"), None) is None
    assert doc.text(doc.paragraphs()[0]) == "Bilan 2024"


def test_the_same_image_twice_is_stored_once(tmp_path: Path, read_docx) -> None:
    image = png(50, 50)
    path, _ = _export(tmp_path, image, image)
    doc = read_docx(path)
    pictures = _pictures(doc, doc.paragraphs()[0])
    assert len(pictures) == 2 and pictures[0]["part"] == pictures[1]["part"]
    assert pictures[0]["id"] != pictures[1]["id"]
