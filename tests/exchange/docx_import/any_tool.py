"""One small report, written the ways people write reports in tools other than MES Desk.

``REPORT`` is the source: axes, actions and their sentences. Builders turn it into a
Word file: ``build_python_docx`` by hand with python-docx (titles in a given form, or
each action in another form: split title, title typed as a list item, title in a
one-cell table, labels « Évaluation : », « EVALUATION = », « Moyens mobilisés : », alone
on their line or in a table's left column, footnotes and endnotes, tracked changes and
comments, a picture and a table); ``markdown`` writes the same shapes for pandoc
(``pandoc -o x.docx``, or ``-o x.odt`` then LibreOffice's ``--convert-to docx``).

``check_import`` imports a file, exports the result with MES Desk's writer, reads the
exported .docx back and checks axes, actions, rubrics, and that every sentence of the
source is there, in order (and that a tracked deletion or a comment is not).
"""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt
from docx_import_testing import W, document_text

from mesdesk.exchange.docx import export_docx
from mesdesk.exchange.docx_import import import_docx
from mesdesk.model.findings import words_fr
from mesdesk.store.workspace import Workspace

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class SourceAction:
    number: str
    title: str
    evaluation: str
    narrative: tuple[str, ...]
    means: str


@dataclass(frozen=True)
class SourceAxis:
    number: int
    title: str
    actions: tuple[SourceAction, ...]


PREAMBLE = "Le rapport que nous présentons couvre l'année 2024 de la convention 2024-2026."
CONCLUSION = "Le principal obstacle reste le financement des postes."
FOOTNOTE = "Voir le compte rendu du conseil du 3 mars."
ENDNOTE = "Chiffres arrêtés au 31 décembre."
INSERTED = "Une phrase ajoutée en suivi des modifications."
DELETED = "Une phrase supprimée en suivi des modifications."
COMMENT = "Vérifier ce chiffre avec la trésorière."
IMAGE_ALT = "Affiche de la semaine de l'économie solidaire"
TABLE = (("Ateliers", "12", "140"), ("Conférences", "4", "380"))

REPORT = (
    SourceAxis(1, "Promouvoir l'économie solidaire", (
        SourceAction("1.1", "Outils de communication", "une progression nette des visites",
                     ("Le site présente douze mille visites sur l'année.", "La lettre mensuelle compte neuf cents abonnés."),
                     "une personne en apprentissage"),
        SourceAction("1.2", "Identité commune", "une capitalisation utile",
                     ("L'ouvrage collectif a été diffusé à mille exemplaires.", "Deux présentations publiques ont suivi."),
                     "le délégué général et deux bénévoles"),
        SourceAction("1.3", "Rencontres régionales", "des rencontres mieux suivies",
                     ("Six rencontres ont réuni trois cents personnes.", "Chaque région a désigné un référent."),
                     "les salariés des réseaux régionaux"),
    )),
    SourceAxis(2, "Renforcer le réseau", (
        SourceAction("2.1", "Assemblées permanentes", "des réunions mensuelles régulières",
                     ("Les membres se réunissent chaque premier lundi.", "Le quorum a toujours été atteint."),
                     "les bénévoles du bureau"),
        SourceAction("2.2", "Formation des membres", "une offre de formation élargie",
                     ("Quatre modules ont été proposés aux adhérents.", "Le module comptable a été le plus suivi."),
                     "un formateur salarié à mi-temps"),
    )),
)

ACTIONS = [a for axis in REPORT for a in axis.actions]

# Title forms (every title in the same form) and the heading styles of other languages.
HEADING_NAMES = {
    "de": ("Überschrift 1", "Überschrift 2"),
    "es": ("Título 1", "Título 2"),
    "nl": ("Kop 1", "Kop 2"),
    "fr": ("Titre 1", "Titre 2"),
}


def png(width: int = 8, height: int = 8) -> bytes:
    """A small valid PNG (grey)."""
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# -- python-docx, by hand ----------------------------------------------------------------

_HEADING_NUMBERING = (
    f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
    "</w:abstractNum>"
)


class _Builder:
    """A python-docx document with the few things python-docx has no API for."""

    def __init__(self) -> None:
        self.document = docx.Document()
        self.footnotes: list[str] = []
        self.endnotes: list[str] = []
        self._heading_num: str | None = None
        self._revision = 100

    def style(self, name: str, *, outline: int | None = None, bold: bool = False) -> str:
        styles = self.document.styles
        if name not in [s.name for s in styles]:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.font.bold = bold or None
            if outline is not None:
                style.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl xmlns:w="{W_NS}" w:val="{outline}"/>'))
        return name

    def para(self, text: str = "", *, style: str | None = None, bold: bool = False, size: int | None = None):  # type: ignore[no-untyped-def]
        paragraph = self.document.add_paragraph(style=style)
        if text:
            run = paragraph.add_run(text)
            run.bold = bold or None
            if size:
                run.font.size = Pt(size)
        return paragraph

    def numbered(self, text: str, level: int):  # type: ignore[no-untyped-def]
        """A paragraph numbered by Word's multi-level list (1., 1.1, 1.2, 2., 2.1 …)."""
        if self._heading_num is None:
            numbering = self.document.part.numbering_part.element
            numbering.insert(0, parse_xml(_HEADING_NUMBERING))
            numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
            self._heading_num = "90"
        paragraph = self.para(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{self._heading_num}"/></w:numPr>'
        ))
        return paragraph

    def note(self, paragraph, text: str, kind: str = "footnote") -> None:  # type: ignore[no-untyped-def]
        notes = self.footnotes if kind == "footnote" else self.endnotes
        notes.append(text)
        paragraph._p.append(parse_xml(
            f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{kind}Reference w:id="{len(notes)}"/></w:r>'
        ))

    def tracked(self, paragraph, inserted: str, deleted: str) -> None:  # type: ignore[no-untyped-def]
        self._revision += 2
        paragraph._p.append(parse_xml(
            f'<w:ins xmlns:w="{W_NS}" w:id="{self._revision}" w:author="Relecteur" w:date="2025-01-10T10:00:00Z">'
            f'<w:r><w:t xml:space="preserve"> {inserted}</w:t></w:r></w:ins>'
        ))
        paragraph._p.append(parse_xml(
            f'<w:del xmlns:w="{W_NS}" w:id="{self._revision + 1}" w:author="Relecteur" w:date="2025-01-10T10:00:00Z">'
            f'<w:r><w:delText xml:space="preserve"> {deleted}</w:delText></w:r></w:del>'
        ))

    def save(self, path: Path) -> Path:
        part = self.document.part
        for kind, notes in (("footnote", self.footnotes), ("endnote", self.endnotes)):
            if not notes:
                continue
            body = "".join(
                f'<w:{kind} w:id="{i}"><w:p><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}>'
                for i, text in enumerate(notes, 1)
            )
            xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   f'<w:{kind}s xmlns:w="{W_NS}"><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
                   f"</w:r></w:p></w:{kind}><w:{kind} w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>"
                   f"<w:continuationSeparator/></w:r></w:p></w:{kind}>{body}</w:{kind}s>")
            content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"
            note_part = Part(PackURI(f"/word/{kind}s.xml"), content_type, xml.encode(), part.package)
            part.relate_to(note_part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)
        self.document.save(str(path))
        return path


def _heading(b: _Builder, form: str, level: int, number: str, title: str) -> None:
    """One title in the given form."""
    text = f"{number}. {title}" if level == 1 else f"{number} {title}"
    if form in HEADING_NAMES:
        b.para(text, style=b.style(HEADING_NAMES[form][level - 1], bold=True))
    elif form == "english":
        b.para(text, style=f"Heading {level}")
    elif form == "outline":
        b.para(text, style=b.style(f"Gros titre {level}", outline=level - 1))
    elif form == "bold":
        b.para(text, bold=True)
    elif form == "larger":
        b.para(text, size=18 if level == 1 else 14)
    elif form == "word-numbering":
        b.numbered(title, level - 1)
    else:
        raise ValueError(form)


def build_python_docx(path: Path, form: str) -> Path:
    """Every title in one ``form``; labels « Evaluation = » and « Moyens = »."""
    b = _Builder()
    b.para("Bilan 2024", style="Title")
    b.para("Préambule", style=b.style("Titre préambule", bold=True) if form != "english" else "Heading 1")
    b.para(PREAMBLE)
    for axis in REPORT:
        _heading(b, form, 1, str(axis.number), axis.title)
        for action in axis.actions:
            _heading(b, form, 2, action.number, action.title)
            b.para(f"Evaluation = {action.evaluation}")
            for sentence in action.narrative:
                b.para(sentence)
            b.para(f"Moyens = {action.means}")
    b.para("Conclusion", style="Heading 1" if form == "english" else None, bold=form != "english")
    b.para(CONCLUSION)
    return b.save(path)


def build_mixed_python_docx(path: Path) -> Path:
    """Each action in another shape, titles in Heading styles otherwise."""
    b = _Builder()
    b.para("Bilan 2024", style="Title")
    b.para("Préambule", style="Heading 1")
    b.para(PREAMBLE)
    a11, a12, a13, a21, a22 = ACTIONS
    # Axis 1 split over two paragraphs, the end in lower case.
    b.para("1. Promouvoir", style="Heading 1")
    b.para("l'économie solidaire", style="Heading 1")
    # 1.1: « Évaluation : », a footnote and an endnote, a picture, tracked changes, a comment.
    b.para(f"{a11.number} {a11.title}", style="Heading 2")
    b.para(f"Évaluation : {a11.evaluation}")
    first = b.para(a11.narrative[0])
    b.note(first, FOOTNOTE)
    b.tracked(first, INSERTED, DELETED)
    second = b.para(a11.narrative[1])
    b.note(second, ENDNOTE, "endnote")
    b.document.add_comment(second.runs[0], text=COMMENT, author="Trésorière", initials="T")
    b.document.add_picture(io.BytesIO(png()), width=Pt(40))
    picture = b.document.paragraphs[-1]
    for doc_pr in picture._p.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
        doc_pr.set("descr", IMAGE_ALT)
    b.para(f"Moyens mobilisés : {a11.means}")
    # 1.2: the title split (number alone, then the title), « EVALUATION = », a table.
    b.para("1.2", bold=True)
    b.para(a12.title, bold=True)
    b.para(f"EVALUATION = {a12.evaluation}")
    b.para(a12.narrative[0])
    table = b.document.add_table(rows=len(TABLE), cols=3)
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    b.para(a12.narrative[1])
    b.para(f"MOYENS = {a12.means}")
    # 1.3: the title typed as a list item; the labels alone on their line.
    b.para(f"- {a13.number} {a13.title}")
    b.para("Évaluation", bold=True)
    b.para(a13.evaluation)
    for sentence in a13.narrative:
        b.para(sentence)
    b.para("Moyens mobilisés :", bold=True)
    b.para(a13.means)
    b.para("2. Renforcer le réseau", style="Heading 1")
    # 2.1: the title in a one-cell table.
    cell = b.document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run(f"{a21.number} {a21.title}").bold = True
    b.para(f"Evaluation = {a21.evaluation}")
    for sentence in a21.narrative:
        b.para(sentence)
    b.para(f"Moyens = {a21.means}")
    # 2.2: the labels in a table's left column.
    b.para(f"{a22.number} {a22.title}", style="Heading 2")
    labels = b.document.add_table(rows=3, cols=2)
    for r, (label, value) in enumerate((("Évaluation", a22.evaluation), ("Récit", " ".join(a22.narrative)),
                                        ("Moyens mobilisés", a22.means))):
        labels.cell(r, 0).text = label
        labels.cell(r, 1).text = value
    b.para("Conclusion", style="Heading 1")
    b.para(CONCLUSION)
    return b.save(path)


# -- Markdown, for pandoc (and LibreOffice) ------------------------------------------------

def markdown(image: str = "affiche.png") -> str:
    """The mixed shapes in pandoc's Markdown (tracked changes and comments as pandoc spans)."""
    a11, a12, a13, a21, a22 = ACTIONS
    rows = "\n".join(f"| {' | '.join(row)} |" for row in TABLE)
    return f"""---
title: Bilan 2024
lang: fr-FR
---

# Préambule

{PREAMBLE}

# 1. Promouvoir l'économie solidaire

## {a11.number} {a11.title}

Évaluation : {a11.evaluation}

{a11.narrative[0]}[^1] [{INSERTED}]{{.insertion author="Relecteur" date="2025-01-10T10:00:00Z"}} [{DELETED}]{{.deletion author="Relecteur" date="2025-01-10T10:00:00Z"}}

[{COMMENT}]{{.comment-start id="7" author="Trésorière" date="2025-01-10T10:00:00Z"}}{a11.narrative[1]}[]{{.comment-end id="7"}}

![{IMAGE_ALT}]({image})

Moyens mobilisés : {a11.means}

**1.2**

**{a12.title}**

EVALUATION = {a12.evaluation}

{a12.narrative[0]}

| Activité | Nombre | Participants |
|---|---|---|
{rows}

{a12.narrative[1]}

MOYENS = {a12.means}

- {a13.number} {a13.title}

**Évaluation**

{a13.evaluation}

{a13.narrative[0]}

{a13.narrative[1]}

**Moyens mobilisés :**

{a13.means}

# 2. Renforcer le réseau

+-----------------------------------------+
| **{a21.number} {a21.title}**            |
+-----------------------------------------+

Evaluation = {a21.evaluation}

{a21.narrative[0]}

{a21.narrative[1]}

Moyens = {a21.means}

## {a22.number} {a22.title}

| Évaluation | {a22.evaluation} |
|---|---|
| Récit | {' '.join(a22.narrative)} |
| Moyens mobilisés | {a22.means} |

# Conclusion

{CONCLUSION}

[^1]: {FOOTNOTE}
"""


def write_markdown(folder: Path) -> Path:
    (folder / "affiche.png").write_bytes(png())
    path = folder / "bilan-autre-outil.md"
    path.write_text(markdown(), encoding="utf-8")
    return path


def run_pandoc(source: Path, target: Path) -> Path:
    subprocess.run(["pandoc", "-o", str(target), source.name], cwd=source.parent, check=True, timeout=120)
    return target


def run_libreoffice(source: Path, target: Path) -> Path:
    """``soffice --headless --convert-to docx`` (an own profile, so it runs beside a user's LibreOffice)."""
    with tempfile.TemporaryDirectory(prefix="mesdesk-lo-") as tmp:
        subprocess.run(
            ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
             "--convert-to", "docx", "--outdir", tmp, str(source)],
            check=True, timeout=240, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        shutil.copy(Path(tmp) / (source.stem + ".docx"), target)
    return target


def libreoffice_round_trip(source: Path, target: Path) -> Path:
    """A .docx saved as .odt by LibreOffice, then the .odt saved back as .docx: LibreOffice's own XML."""
    with tempfile.TemporaryDirectory(prefix="mesdesk-lo-") as tmp:
        subprocess.run(
            ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
             "--convert-to", "odt", "--outdir", tmp, str(source)],
            check=True, timeout=240, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        odt = Path(tmp) / (source.stem + ".odt")
        return run_libreoffice(odt, target)


# -- the measure -----------------------------------------------------------------------------

@dataclass
class Outcome:
    summary: object
    body: str  # the exported document's body text, one paragraph a line
    notes: str  # its footnotes' text
    titles: list[tuple[str, str]] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)


def _plain(text: str) -> str:
    """Typography made comparable: no-break spaces, curly apostrophes and quotes."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text)


def import_and_export(source: Path, tmp_path: Path) -> Outcome:
    ws = Workspace.create(tmp_path / f"{source.stem}.mesdesk")
    with ws.transaction() as session:
        summary = import_docx(source, session, year=2024)
    convention = ws.current_convention()
    assert convention is not None
    report = convention.report_for(2024)
    assert report is not None
    exported = tmp_path / f"{source.stem}-export.docx"
    export_docx(report, exported)
    titles = [(a.number, a.title) for a in convention.actions]
    texts = {t.action.number: t for t in report.texts}
    for action in ACTIONS:  # the rubrics, as the writer will find them
        text = texts[action.number]
        assert _plain(text.evaluation.plain_text()) == _plain(action.evaluation), action.number
        assert _plain(text.means.plain_text()) == _plain(action.means), action.number
    ws.close()
    body, notes = _exported_text(exported)
    return Outcome(summary, body, notes, titles, summary.codes(), words_fr(summary.findings()))  # type: ignore[attr-defined]


def _exported_text(path: Path) -> tuple[str, str]:
    import zipfile

    from lxml import etree

    body = _plain("\n".join(document_text(path)))
    notes: list[str] = []
    with zipfile.ZipFile(path) as z:
        for part in ("word/footnotes.xml", "word/endnotes.xml"):
            if part in z.namelist():
                root = etree.fromstring(z.read(part))
                notes += ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
    return body, _plain("\n".join(notes))


def sentences() -> list[str]:
    """Every sentence of the source, in reading order."""
    out = [PREAMBLE]
    for action in ACTIONS:
        out += [action.evaluation, *action.narrative, action.means]
    return [*out, CONCLUSION]


def assert_in_order(text: str, expected: list[str]) -> None:
    position = 0
    for sentence in expected:
        found = text.find(_plain(sentence), position)
        assert found >= 0, f"missing or out of order: {sentence!r}"
        position = found + len(sentence)


def expected_titles() -> list[tuple[str, str]]:
    return [(a.number, a.title) for a in ACTIONS]


def axis_titles(outcome: Outcome) -> None:
    for axis in REPORT:
        assert _plain(axis.title) in outcome.body
