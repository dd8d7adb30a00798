"""A folder of odd files: each is imported with a summary or refused with a clear
message, quickly, never with a crash, and never leaving a half-written workspace."""

from __future__ import annotations

import os
import random
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx_import_testing import (
    BULLET_NUMBERING,
    DOCM_CT,
    DOTX_CT,
    W_NS,
    file_digest,
    heading_styles,
    lying_zip_bomb,
    ole_file,
    p,
    r,
    raw_docx,
    zip_with,
)
from lxml import etree

from mesdesk.cli.main import main
from mesdesk.exchange.docx_import import import_docx, read_report_docx
from mesdesk.exchange.errors import ImportFileError
from mesdesk.model.findings import words_fr
from mesdesk.store.workspace import Workspace

QUICK = 5.0  # seconds; the files below take milliseconds, the margin is for a loaded machine

LOL = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
    f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>'
)
# The DTD comes after a long comment, past the first bytes the guard looks at.
XXE_LATE = (
    '<?xml version="1.0"?><!--' + "x" * 70_000 + '-->'
    '<!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>'
)
DEEP = (
    f'<w:document xmlns:w="{W_NS}"><w:body>'
    + "<w:sdt><w:sdtContent>" * 400
    + "</w:sdtContent></w:sdt>" * 400
    + "</w:body></w:document>"
)

SMALL_REPORT = (
    p("Bilan 2024", style="Title")
    + p("Préambule", style="Heading1")
    + p("Le préambule.")
    + p("1. Promouvoir", style="Heading1")
    + p("1.1 Communiquer", style="Heading2")
    + p(runs=r("Evaluation = ", bold=True) + r("une progression"))
    + p("Un récit.")
    + p(runs=r("Moyens = ", bold=True) + r("une personne"))
)


def _ratio_bomb(path: Path) -> Path:
    """32 Mo of spaces compressed into a few dozen Ko."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as fh:
            chunk = b" " * (1 << 20)
            for _ in range(32):
                fh.write(chunk)
    return path


def _truncated(path: Path) -> Path:
    raw_docx(path, SMALL_REPORT)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _damaged_member(path: Path) -> Path:
    """Headers intact, compressed data of the document part scrambled."""
    raw_docx(path, SMALL_REPORT * 20)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + 10
    for i in range(start, start + 40):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def _odt(path: Path) -> Path:
    return zip_with(
        path,
        {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office:document-content/>"},
        zipfile.ZIP_STORED,
    )


def _xlsx(path: Path) -> Path:
    return zip_with(path, {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})


# name → (builder, expected: a fragment of the refusal message, or None for an import)
REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "pas-un-zip.docx": (lambda f: (f.write_text("Bonjour, ceci est du texte.\n"), f)[1], "n'est pas un document Word"),
    "vide.docx": (lambda f: (f.write_bytes(b""), f)[1], "vide"),
    "tronque.docx": (_truncated, "tronqué"),
    "abime.docx": (_damaged_member, "endommagé"),
    "chiffre.docx": (lambda f: ole_file(f, ["EncryptionInfo", "EncryptedPackage"]), "mot de passe"),
    "ancien.doc": (lambda f: ole_file(f, ["WordDocument", "1Table", "SummaryInformation"]), "97-2003"),
    "tableur.xls": (lambda f: ole_file(f, ["Workbook"]), "Excel"),
    "document.rtf": (lambda f: (f.write_bytes(b"{\\rtf1\\ansi Bilan}"), f)[1], "RTF"),
    "document.pdf": (lambda f: (f.write_bytes(b"%PDF-1.7\n..."), f)[1], "PDF"),
    "document.odt": (_odt, "OpenDocument"),
    "classeur.docx": (_xlsx, "classeur Excel"),
    "bombe.docx": (_ratio_bomb, "archive piégée"),
    "bombe-menteuse.docx": (lambda f: lying_zip_bomb(f, 5_000_000, 1000), "endommagé"),
    "bombe-annoncee.docx": (lambda f: lying_zip_bomb(f, 1000, 0xFFFFFFFF, "word/media/image1.png"), "4096 Mo"),
    "milliard-de-rires.docx": (lambda f: raw_docx(f, "", document_xml=LOL.encode()), "DTD"),
    "entite-externe.docx": (lambda f: raw_docx(f, "", document_xml=XXE_LATE.encode()), "DTD"),
    "trop-profond.docx": (lambda f: raw_docx(f, "", document_xml=DEEP.encode()), "XML illisible"),
    "sans-document.docx": (lambda f: zip_with(f, {"[Content_Types].xml": b"<Types/>"}), "aucun texte principal"),
}

IMPORTED: dict[str, Callable[[Path], Path]] = {
    "vide-mais-valide.docx": lambda f: raw_docx(f, ""),
    "sans-titres.docx": lambda f: raw_docx(
        f, p("Bilan 2024") + p("Un premier paragraphe.") + p("Un second, sans aucun titre.")
    ),
    "macros.docm": lambda f: raw_docx(f, SMALL_REPORT, styles=heading_styles(), main_ct=DOCM_CT),
    "modele.dotx": lambda f: raw_docx(f, SMALL_REPORT, styles=heading_styles(), main_ct=DOTX_CT),
    "strict.docx": lambda f: raw_docx(f, SMALL_REPORT, styles=heading_styles(), strict=True),
    # An uncompressed bitmap compresses a thousand times, like a bomb, but is never read.
    "image-bitmap.docx": lambda f: _with_bitmap(raw_docx(f, SMALL_REPORT, styles=heading_styles())),
}


def _with_bitmap(path: Path) -> Path:
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/media/image1.bmp", b"BM" + b"\xff" * (24 << 20))
    return path


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_quickly_with_a_clear_message(name: str, tmp_path: Path) -> None:
    build, fragment = REFUSED[name]
    path = build(tmp_path / name)
    start = time.perf_counter()
    with pytest.raises(ImportFileError) as info:
        read_report_docx(path)
    assert time.perf_counter() - start < QUICK
    message = str(info.value)
    assert fragment in message
    assert name in message and "\n" not in message  # names the file, one line


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_file_leaves_the_workspace_untouched(
    name: str, tmp_path: Path, sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build, _ = REFUSED[name]
    path = build(tmp_path / name)
    workspace = tmp_path / "bilan.mesdesk"
    workspace.write_bytes(sample_file.read_bytes())
    before = file_digest(workspace)
    assert main(["import-docx", str(path), str(workspace), "--year", "2024"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("mesdesk : ") and err.count("\n") == 1 and "Traceback" not in err
    assert file_digest(workspace) == before
    # …and a refused import into a new path creates nothing.
    new = tmp_path / "nouveau.mesdesk"
    assert main(["import-docx", str(path), str(new)]) == 1
    assert not new.exists()


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_imported_with_a_summary(name: str, tmp_path: Path) -> None:
    path = IMPORTED[name](tmp_path / name)
    ws = Workspace.create(tmp_path / "w.mesdesk")
    start = time.perf_counter()
    with ws.transaction() as session:
        summary = import_docx(path, session, year=2024)
    assert time.perf_counter() - start < QUICK
    text = summary.format_fr()
    assert "bilan 2024" in text
    convention = ws.current_convention()
    assert convention is not None and convention.report_for(2024) is not None
    if name in ("macros.docm", "modele.dotx", "strict.docx", "image-bitmap.docx"):
        assert [a.number for a in convention.actions] == ["1.1"]
        action_text = convention.report_for(2024).texts[0]
        assert action_text.evaluation.plain_text() == "une progression"
        assert action_text.means.plain_text() == "une personne"
    else:
        assert convention.actions == [] and "Aucun axe ni action reconnu" in text
    ws.close()


def test_without_headings_everything_is_kept_in_the_preamble(tmp_path: Path) -> None:
    path = IMPORTED["sans-titres.docx"](tmp_path / "sans-titres.docx")
    document = read_report_docx(path)
    assert document.shaped.year == 2024  # from « Bilan 2024 »
    assert document.shaped.preamble.plain_text() == "Un premier paragraphe.\nUn second, sans aucun titre."
    assert "docx_import.no_heading" in document.shaped.codes()
    assert any("tout le texte est placé dans le préambule" in g for g in words_fr(document.shaped.findings))


def test_an_empty_document_without_year_asks_for_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = IMPORTED["vide-mais-valide.docx"](tmp_path / "vide.docx")
    target = tmp_path / "w.mesdesk"
    assert main(["import-docx", str(path), str(target)]) == 1
    assert "--year" in capsys.readouterr().err
    assert not target.exists()
    assert main(["import-docx", str(path), str(target), "--year", "2024"]) == 0
    assert "Le document ne contient aucun texte." in capsys.readouterr().out


def test_a_failure_while_writing_rolls_everything_back(tmp_path: Path, sample_file: Path) -> None:
    """The importer works in the caller's one transaction: an error half-way leaves nothing."""
    path = raw_docx(tmp_path / "b.docx", SMALL_REPORT, styles=heading_styles())
    workspace = tmp_path / "bilan.mesdesk"
    workspace.write_bytes(sample_file.read_bytes())
    before = file_digest(workspace)
    with Workspace.open(workspace) as ws:
        convention = ws.current_convention()
        assert convention is not None
        with pytest.raises(ImportFileError, match="hors de la convention"):
            with ws.transaction() as session:
                import_docx(path, session, year=2031, convention=convention)
        with pytest.raises(RuntimeError):
            with ws.transaction() as session:
                import_docx(path, session, year=2025)  # creates the 2025 report…
                raise RuntimeError("panne au milieu")  # …then something fails
        assert convention.report_for(2025) is None
        assert [r.year for r in convention.reports] == [2024]
    assert file_digest(workspace) == before


def _large(path: Path, paragraphs_per_action: int, image_mb: int) -> Path:
    sentence = (
        "Le Mouvement a animé des rencontres régulières avec ses membres et partenaires, "
        "pour consolider les coopérations territoriales et le plaidoyer commun. "
    )
    parts = [p("Bilan 2024", style="Title"), p("Préambule", style="Heading1"), p(sentence)]
    for axis in range(1, 5):
        parts.append(p(f"{axis}. Axe numéro {axis}", style="Heading1"))
        for action in range(1, 4):
            parts.append(p(f"{axis}.{action} Action {axis}.{action}", style="Heading2"))
            parts.append(p(runs=r("Evaluation = ", bold=True) + r("une évaluation")))
            for i in range(paragraphs_per_action):
                parts.append(p(sentence * 3, num=(1, 0)) if i % 5 == 0 else p(sentence * 3))
            parts.append(p("Moyens = des bénévoles"))
    raw_docx(path, "".join(parts), styles=heading_styles(), numbering=BULLET_NUMBERING)
    with zipfile.ZipFile(path, "a") as z:  # photos: incompressible, never decompressed by the import
        z.writestr(zipfile.ZipInfo("word/media/image1.png"), os.urandom(image_mb << 20), zipfile.ZIP_STORED)
    return path


@pytest.mark.serial  # 50 MB and a time limit: alone on the CPU
def test_a_50_mb_document_is_imported_within_seconds(tmp_path: Path) -> None:
    path = _large(tmp_path / "gros.docx", 400, 48)
    assert path.stat().st_size > 50_000_000
    ws = Workspace.create(tmp_path / "w.mesdesk")
    start = time.perf_counter()
    with ws.transaction() as session:
        summary = import_docx(path, session)
    elapsed = time.perf_counter() - start
    ws.close()
    assert elapsed < 15.0
    assert (summary.axes, summary.actions, summary.evaluations, summary.means) == (4, 12, 12, 12)
    assert summary.lists == 12 * 80


@pytest.mark.slow
def test_a_document_with_30_mb_of_text_is_imported(tmp_path: Path) -> None:
    """About 70,000 paragraphs (some 1,500 pages): a stress case, seconds rather than minutes."""
    path = _large(tmp_path / "long.docx", 6000, 1)
    start = time.perf_counter()
    document = read_report_docx(path)
    elapsed = time.perf_counter() - start
    assert len(document.shaped.actions) == 12
    assert elapsed < 30.0


def _mutated_xml(parts: dict[str, bytes], rng: random.Random) -> dict[str, bytes]:
    """One XML part with elements removed, moved or given nonsense attributes and text."""
    out = dict(parts)
    name = rng.choice(sorted(n for n in parts if n.endswith((".xml", ".rels"))))
    root = etree.fromstring(parts[name])
    elements = list(root.iter())
    for _ in range(rng.randint(1, 12)):
        element = rng.choice(elements)
        parent = element.getparent()
        operation = rng.randrange(4)
        if operation == 0 and parent is not None:
            parent.remove(element)
        elif operation == 1:
            for key in list(element.attrib):
                element.attrib[key] = rng.choice(["", "-1", "zz", "99999999999", "%9", "a b"])
        elif operation == 2 and parent is not None:
            parent.append(element)
        else:
            element.text = rng.choice(["", "x", "10", "1.1 Titre", "Evaluation ="])
    out[name] = etree.tostring(root)
    return out


def test_damaged_variants_of_a_real_export_never_crash(sample_docx: Path, tmp_path: Path) -> None:
    """Random byte flips and XML mutations of our own export: an import or a clear refusal."""
    rng = random.Random(20241105)
    source = sample_docx.read_bytes()
    with zipfile.ZipFile(sample_docx) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    target = tmp_path / "abime.docx"
    outcomes = {"imported": 0, "refused": 0}
    # One workspace for all: each import replaces the previous one's report, or rolls back.
    with Workspace.create(tmp_path / "w.mesdesk") as ws:
        for i in range(80):
            if i % 2:
                data = bytearray(source)
                for _ in range(rng.randint(1, 20)):
                    data[rng.randrange(len(data))] = rng.randrange(256)
                target.write_bytes(bytes(data))
            else:
                zip_with(target, _mutated_xml(parts, rng))
            try:
                with ws.transaction() as session:
                    import_docx(target, session, year=2024)
                outcomes["imported"] += 1
            except ImportFileError as exc:
                assert str(exc) and "\n" not in str(exc)
                outcomes["refused"] += 1
    assert outcomes["imported"] and outcomes["refused"]


def test_a_real_workbook_renamed_docx_is_refused(tmp_path: Path, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    # A real .xlsx declares its main part (xl/workbook.xml) like a Word file does.
    from mesdesk.exchange.docx_import import read_report_docx
    from mesdesk.exchange.errors import ImportFileError
    from mesdesk.exchange.xlsx import export_xlsx

    report = sample_workspace.current_convention().report_for(2024)
    renamed = export_xlsx(report, tmp_path / "bilan.xlsx").path.rename(tmp_path / "bilan.docx")
    with pytest.raises(ImportFileError, match="classeur Excel, pas un document Word"):
        read_report_docx(renamed)
