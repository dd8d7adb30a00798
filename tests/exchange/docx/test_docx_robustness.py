"""Bad input and failures: pasted control characters, targets that cannot be written,
indicator references, lists, links and progress on a small hand-made report."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from pathlib import Path

import pytest

from mesdesk.exchange.docx import ExportError, export_docx
from mesdesk.model.entities import (
    Action,
    ActionText,
    Axis,
    Convention,
    Funder,
    Indicator,
    Organisation,
    Report,
)
from mesdesk.model.richtext import (
    Footnote,
    IndicatorRef,
    ListBlock,
    ListItem,
    Paragraph,
    RichText,
    Text,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _small_report() -> tuple[Report, Organisation]:
    """Two axes, three actions; texts exercising every inline and block kind."""
    org = Organisation(name="Réseau\x07 d'essai", address="1 rue de l'Exemple, 75000 Paris", siret="123",
                       ape="94.99Z", contact_name="Camille", contact_role="déléguée", email="camille@example.org",
                       phone="01 02 03 04 05", links=["www.example.org", "javascript:alert(1)"])
    convention = Convention(funder=Funder(name="Fondation"), programme="Programme", first_year=2024, last_year=2026)
    for a in range(2):
        axis = Axis(title=f"Axe\x0cnuméro {a + 1}")
        convention.axes.append(axis)
        for m in range(2 if a == 0 else 1):
            axis.actions.append(Action(title=f"Action\x1b {a + 1}.{m + 1}"))
    visits = Indicator(uid="visits", label="Visites du site", unit="visites")
    visits.set_value(2023, 32732)
    visits.set_value(2024, 52464)
    empty = Indicator(uid="empty", label="Indicateur vide")
    convention.indicators.extend([visits, empty])
    report = Report(
        year=2024,
        title="Bilan\x00 2024\x0b",
        support_line="\x01Avec l'appui de la Fondation",
        report_date=dt.date(2025, 3, 1),
        preamble=RichText((
            Paragraph((Text("Premier paragraphe sans deux-points."),)),
            Paragraph((Text("Un autre"),)),
        )),
        conclusion=RichText.plain("Fin."),
    )
    convention.reports.append(report)
    actions = convention.actions
    narrative = RichText((
        Paragraph((
            Text("Visites\x02 : "),
            IndicatorRef("visits"),
            Text(" en 2024 contre "),
            IndicatorRef("visits", 2023),
            Text(" ; "),
            IndicatorRef("empty"),
            Text(" et "),
            IndicatorRef("disparu"),
            Text(". Voir https://example.org/page. Et "),
            Text("le site", href="https://ex\x03ample.org/"),
            Text(" puis "),
            Text("pas de lien", href="file:///etc/passwd"),
            Footnote((Text("Note\x04 avec "), Text("un lien", href="https://note.example.org/"))),
        )),
        Paragraph((Text("Attention"), Text(": gras", bold=True), Text("Intertitre.", runin=True))),
        ListBlock("number", (ListItem((Text("un"),)), ListItem((Text("deux"),)), ListItem((Text("sous"),), 1))),
        Paragraph((Text("Entre deux listes."),)),
        ListBlock("number", (ListItem((Text("encore un"),)), ListItem((Text("encore deux"),)))),
        ListBlock("bullet", (ListItem((Text("puce"),)), ListItem((Text("flèche"),), 1))),
    ))
    report.texts.append(ActionText(action=actions[0], evaluation=RichText.plain("Bien."), narrative=narrative,
                                   means=RichText.plain("Peu.")))
    report.texts.append(ActionText(action=actions[1], evaluation=RichText(), narrative=RichText(),
                                   means=RichText((ListBlock("bullet", (ListItem((Text("bénévoles"),)),)),))))
    # actions[2] has no text at all: its labels are still written.
    return report, org


@pytest.fixture
def small() -> tuple[Report, Organisation]:
    return _small_report()


@pytest.fixture
def small_export(small, tmp_path) -> tuple[Path, list[str]]:
    report, org = small
    result = export_docx(report, tmp_path / "petit.docx", organisation=org)
    return result.path, result.warnings


def test_control_characters_are_cleaned_never_a_crash(small_export, read_docx) -> None:
    path, _ = small_export
    doc = read_docx(path)
    # No logo: the cover starts with its title (no empty paragraph kept for logos).
    assert doc.document.paragraphs[0].text == "Bilan 2024"
    assert doc.document.paragraphs[1].text == "Avec l'appui de la Fondation"
    everything = "".join(doc.text(p) for p in doc.paragraphs()) + doc.text(doc.footnotes_root())
    assert not CONTROL.search(everything)
    assert "Axe numéro 1" in everything and "Action 1.1" in everything
    footer = doc.document.sections[-1].footer.paragraphs[0].text
    assert footer.startswith("Réseau d'essai – 1 rue de l'Exemple")
    assert doc.document.core_properties.title == "Bilan 2024"


def test_indicator_references_show_formatted_values_and_warn_when_missing(small_export, read_docx) -> None:
    path, warnings = small_export
    doc = read_docx(path)
    body = "".join(doc.text(p) for p in doc.paragraphs())
    assert "52\u202f464 en 2024 contre 32\u202f732" in body
    assert body.count("[valeur manquante]") == 2
    assert any("Indicateur vide" in w and "2024" in w for w in warnings)
    assert any("disparu" in w for w in warnings)


def test_links_bare_addresses_and_refused_schemes(small_export, read_docx) -> None:
    path, _ = small_export
    doc = read_docx(path)
    targets = {}
    for link in doc.body.iter(W + "hyperlink"):
        if link.get(R_ID):
            targets[doc.text(link)] = doc.rels[link.get(R_ID)].target
    assert targets["https://example.org/page"] == "https://example.org/page"  # the final dot stays text
    assert targets["le site"] == "https://example.org/"
    assert targets["camille@example.org"] == "mailto:camille@example.org"
    assert targets["www.example.org"] == "https://www.example.org"
    assert "pas de lien" not in targets and "javascript:alert(1)" not in targets
    assert not any(t.startswith(("file:", "javascript:")) for t in targets.values())
    # The note's link belongs to the footnotes part.
    notes = doc.footnotes_root()
    part = doc.related_part("http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
    rels = doc.part_rels(part)
    (note_link,) = list(notes.iter(W + "hyperlink"))
    assert rels[note_link.get(R_ID)].target == "https://note.example.org/"


def test_typography_across_runs_and_run_in_headings(small_export, read_docx) -> None:
    path, _ = small_export
    doc = read_docx(path)
    paragraph = next(p for p in doc.document.paragraphs if p.text.startswith("Attention"))
    assert paragraph.text.startswith("Attention\u00a0: gras")
    run_in = next(r for r in paragraph.runs if r.text == "Intertitre.")
    assert run_in.style.name == "Intertitre" and run_in.style.font.bold is True
    assert "Visites\u00a0: " in "".join(p.text for p in doc.document.paragraphs)


def test_each_numbered_list_restarts_and_levels_are_kept(small_export, read_docx) -> None:
    path, _ = small_export
    doc = read_docx(path)
    numbering = doc.xml(doc.related_part(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"))
    nums = {n.get(W + "numId"): n for n in numbering.iter(W + "num")}
    items = {}
    for p in doc.paragraphs():
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            items[doc.text(p)] = (num_pr.find(f"{W}numId").get(W + "val"), num_pr.find(f"{W}ilvl").get(W + "val"))
    assert items["un"][0] == items["deux"][0] == items["sous"][0]
    assert items["sous"][1] == "1" and items["un"][1] == "0"
    assert items["encore un"][0] != items["un"][0]
    for key in ("un", "encore un"):
        override = nums[items[key][0]].find(f"{W}lvlOverride/{W}startOverride")
        assert override.get(W + "val") == "1"
    # Two bullet lists: two list instances of the same bullet definition.
    assert items["puce"][0] != items["bénévoles"][0] and items["flèche"][1] == "1"
    abstract = {k: nums[v[0]].find(f"{W}abstractNumId").get(W + "val") for k, v in items.items()}
    assert abstract["puce"] == abstract["bénévoles"] != abstract["un"]


def test_empty_and_missing_texts_keep_their_labels(small_export, read_docx) -> None:
    path, _ = small_export
    doc = read_docx(path)
    texts = [p.text for p in doc.document.paragraphs]
    assert texts.count("Evaluation = ") == 2  # the empty evaluation and the action without text
    assert sum(t.startswith("Moyens =") for t in texts) == 3
    # No paragraph ends with a colon in the préambule: the ✓ list follows its first paragraph.
    first = texts.index("Premier paragraphe sans deux-points.")
    assert texts[first + 1 : first + 3] == ["Axe numéro 1,", "Axe numéro 2."]


def test_progress_is_reported_in_order(small, tmp_path) -> None:
    report, org = small
    calls: list[tuple[int, int, str]] = []
    export_docx(report, tmp_path / "p.docx", organisation=org, progress=lambda *a: calls.append(a))
    done = [c[0] for c in calls]
    total = calls[0][1]
    assert done == sorted(done) and calls[0][0] == 0
    assert calls[-1] == (total, total, "Terminé")
    assert {c[1] for c in calls} == {total}
    assert any(c[2] == "Action 2.1" for c in calls)


# -- targets ----------------------------------------------------------------------------------

@pytest.fixture
def existing(tmp_path) -> Path:
    target = tmp_path / "bilan.docx"
    target.write_bytes(b"the export sent last week")
    return target


def _unchanged(target: Path) -> None:
    assert target.read_bytes() == b"the export sent last week"
    leftovers = [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_a_read_only_target_is_refused_and_kept(small, existing) -> None:
    report, org = small
    existing.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ExportError, match="lecture seule"):
            export_docx(report, existing, organisation=org)
        _unchanged(existing)
    finally:
        existing.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize("lock_name", [".~lock.bilan.docx#", "~$bilan.docx"])
def test_a_target_open_in_an_office_program_is_refused_and_kept(small, existing, lock_name) -> None:
    report, org = small
    (existing.parent / lock_name).write_text("locked")
    with pytest.raises(ExportError, match="ouvert"):
        export_docx(report, existing, organisation=org)
    _unchanged(existing)


def test_a_target_in_a_missing_folder_is_refused(small, tmp_path) -> None:
    report, org = small
    with pytest.raises(ExportError, match="n'existe pas"):
        export_docx(report, tmp_path / "absent" / "bilan.docx", organisation=org)
    assert not (tmp_path / "absent").exists()


def test_a_failure_while_saving_leaves_the_old_file(small, existing, monkeypatch) -> None:
    report, org = small

    # The document is built in memory; the disk fills while the file is written.
    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("mesdesk.exchange.atomic.os.fsync", full_disk)
    with pytest.raises(ExportError, match="disque est plein.*bilan.docx"):
        export_docx(report, existing, organisation=org)
    _unchanged(existing)


def test_an_existing_file_is_replaced_when_all_is_well(small, existing, read_docx) -> None:
    report, org = small
    export_docx(report, existing, organisation=org)
    assert read_docx(existing).document.paragraphs[0].text == "Bilan 2024"
    assert [p.name for p in existing.parent.iterdir()] == ["bilan.docx"]
    assert os.access(existing, os.W_OK)
