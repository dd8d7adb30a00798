"""A reviewed Word file back into its report: Word 2013+ markup written with lxml
(``reviewed_docx``), read by the review import, checked in the workspace.

The text of the report never changes at import; comments land on the same words,
tracked changes become suggestions that apply (or say they no longer do) whatever the
delegate wrote since, and accept / reject are undoable edits.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from reviewed_docx import Reviewer

from mesdesk.exchange.docx import export_docx
from mesdesk.exchange.errors import ImportFileError
from mesdesk.exchange.json_interchange import dumps_workspace
from mesdesk.exchange.review_import import import_review, read_review
from mesdesk.exchange.review_import.importer import plan_review
from mesdesk.model.edits.suggestions import (
    AcceptSuggestions,
    RejectSuggestions,
    SuggestionStale,
    accept_one,
    applies,
)
from mesdesk.model.entities import Report
from mesdesk.model.richtext import Paragraph, RichText, Text
from mesdesk.model.suggestions import Suggestion

MARIE = "Marie Dupont"
PAUL = "Paul Martin"
MONDAY = "2026-12-01T10:00:00Z"
TUESDAY = "2026-12-02T09:00:00Z"


def _text(report: Report, number: str, field: str) -> RichText:
    action = next(a for a in report.convention.actions if a.number == number)
    text = report.find_text(action)
    assert text is not None
    value: RichText = getattr(text, field)
    return value


def _reviewed(exported: Path, tmp_path: Path) -> Path:
    """Marie replaces, inserts and comments; Paul deletes and answers; someone retypes 2.1."""
    reviewer = Reviewer(exported)
    reviewer.replace("présente à ce jour", "comptait fin 2024", MARIE, MONDAY)
    reviewer.insert("une progression évidente", " et durable", MARIE, MONDAY)
    reviewer.delete(" et une administratrice bénévole (réseaux sociaux)", PAUL, TUESDAY)
    comment = reviewer.comment("moyens instables", MARIE, "2026-12-01T11:00:00Z", "Lesquels ?")
    reviewer.reply(comment, PAUL, "2026-12-02T11:00:00Z", "Les contrats aidés.", done=True)
    reviewer.comment("Animation des Assemblées permanentes", PAUL, "2026-12-02T12:00:00Z", "Titre à revoir")
    reviewer.retype("Cet objectif a été transformé", "Cet objectif a été profondément transformé")
    return reviewer.save(tmp_path / "relu.docx")


def _pending(report: Report) -> list[Suggestion]:
    return [s for s in report.suggestions if s.pending]


def test_a_reviewed_file_becomes_comments_and_suggestions_without_touching_the_text(
    report: Report, exported: Path, tmp_path: Path
) -> None:
    session = report.convention.reports[0]._sa_instance_state.session  # type: ignore[attr-defined]
    before = {n: _text(report, "1.1", n).plain_text() for n in ("evaluation", "narrative", "means")}
    summary = import_review(read_review(_reviewed(exported, tmp_path)), report)
    session.flush()

    # The text is as it was (comments are marks, not words).
    assert {n: _text(report, "1.1", n).plain_text() for n in before} == before
    # Comments on the same words, the reply under its comment, the thread resolved.
    tops = [c for c in report.comments if c.parent is None]
    lesquels = next(c for c in tops if c.body == "Lesquels ?")
    assert (lesquels.author, lesquels.created_at) == (MARIE, dt.datetime(2026, 12, 1, 11, 0))
    assert lesquels.action is not None and lesquels.action.number == "1.1" and lesquels.field == "evaluation"
    assert _text(report, "1.1", "evaluation").comment_quote(lesquels.uid) == "moyens instables"
    assert [(r.author, r.body) for r in lesquels.replies] == [(PAUL, "Les contrats aidés.")]
    assert lesquels.resolved
    titre = next(c for c in tops if c.body == "Titre à revoir")
    assert _text(report, "2.1", "narrative").comment_quote(titre.uid) == "Animation des Assemblées permanentes"
    assert not titre.resolved
    # One suggestion per tracked change, by author, with its words.
    tracked = [(s.kind, s.author, s.action.number if s.action else None, s.field, s.old, s.new)
               for s in report.suggestions if s.kind != "difference"]
    assert sorted(tracked) == sorted([
        ("replacement", MARIE, "1.1", "narrative", "présente à ce jour", "comptait fin 2024"),
        ("insertion", MARIE, "1.1", "evaluation", "", " et durable"),
        ("deletion", PAUL, "1.1", "means", " et une administratrice bénévole (réseaux sociaux)", ""),
    ])
    assert all(s.created_at is not None and s.source == "relu.docx" for s in report.suggestions)
    # The untracked edit: one difference for 2.1's Évaluation, holding the reviewer's version.
    (difference,) = [s for s in report.suggestions if s.kind == "difference"]
    assert difference.action is not None and (difference.action.number, difference.field) == ("2.1", "evaluation")
    assert "profondément transformé" in difference.reviewer_text.plain_text()
    assert summary.suggestions_by_author == {MARIE: 2, PAUL: 1}
    assert (summary.comments_added, summary.replies_added, summary.resolved) == (2, 1, 1)
    lines = summary.format_fr().splitlines()
    assert "2 suggestions de Marie Dupont" in lines and "1 suggestion de Paul Martin" in lines
    assert "Modifiée sans suivi : 2.1, évaluation" in lines


def test_importing_the_same_file_twice_adds_nothing(report: Report, exported: Path, tmp_path: Path) -> None:
    path = _reviewed(exported, tmp_path)
    import_review(read_review(path), report)
    counts = (len(report.comments), len(report.suggestions))
    again = import_review(read_review(path), report)
    assert (len(report.comments), len(report.suggestions)) == counts
    assert again.comments_added == again.replies_added == again.suggestions == 0
    assert not again.differences
    assert again.already == counts[0] + counts[1]


def test_the_import_is_one_edit_that_reverts_to_the_same_bytes(report: Report, exported: Path, tmp_path: Path) -> None:
    from sqlalchemy.orm import object_session

    session = object_session(report)
    assert session is not None
    session.flush()
    before = dumps_workspace(session)
    edit, summary = plan_review(read_review(_reviewed(exported, tmp_path)), report)
    assert dumps_workspace(session) == before  # planned, not applied
    edit.apply(session)
    assert len(report.suggestions) == 4 and len(report.comments) == 3
    edit.revert(session)
    assert dumps_workspace(session) == before


def test_accepting_changes_the_text_and_undo_puts_it_back(report: Report, exported: Path, tmp_path: Path) -> None:
    from sqlalchemy.orm import object_session

    session = object_session(report)
    assert session is not None
    import_review(read_review(_reviewed(exported, tmp_path)), report)
    session.flush()
    before = dumps_workspace(session)
    replacement = next(s for s in report.suggestions if s.kind == "replacement")
    edit = accept_one(report, replacement)
    edit.apply(session)
    narrative = _text(report, "1.1", "narrative").plain_text()
    assert "comptait fin 2024 52 464 visites" in narrative and "présente à ce jour" not in narrative
    assert replacement.status == "accepted"
    edit.revert(session)
    assert dumps_workspace(session) == before

    # « Tout accepter »: one edit, every text changed, one revert gives the same bytes.
    everything = AcceptSuggestions(report, _pending(report))
    assert not everything.stale
    everything.apply(session)
    assert "une progression évidente et durable mais" in _text(report, "1.1", "evaluation").plain_text()
    assert "administratrice" not in _text(report, "1.1", "means").plain_text()
    assert "profondément transformé" in _text(report, "2.1", "evaluation").plain_text()
    # The comment's words are still marked after the insertion before them.
    lesquels = next(c for c in report.comments if c.body == "Lesquels ?")
    assert _text(report, "1.1", "evaluation").comment_quote(lesquels.uid) == "moyens instables"
    assert not _pending(report)
    everything.revert(session)
    assert dumps_workspace(session) == before

    # « Tout refuser »: the text stays, every suggestion is marked rejected.
    refuse = RejectSuggestions(_pending(report))
    refuse.apply(session)
    assert {s.status for s in report.suggestions} == {"rejected"}
    assert "présente à ce jour" in _text(report, "1.1", "narrative").plain_text()
    refuse.revert(session)
    assert dumps_workspace(session) == before


def test_a_suggestion_applies_after_edits_elsewhere_and_says_when_its_words_are_gone(
    report: Report, exported: Path, tmp_path: Path
) -> None:
    from sqlalchemy.orm import object_session

    session = object_session(report)
    assert session is not None
    import_review(read_review(_reviewed(exported, tmp_path)), report)
    action = next(a for a in report.convention.actions if a.number == "1.1")
    text = report.text_for(action)
    # The delegate writes before the change and right after it.
    old = text.narrative
    first = old.blocks[0]
    assert isinstance(first, Paragraph) or hasattr(first, "items")
    text.narrative = RichText((Paragraph((Text("Une phrase ajoutée par la déléguée. "),)), *old.blocks))
    replacement = next(s for s in report.suggestions if s.kind == "replacement")
    accept_one(report, replacement).apply(session)
    narrative = text.narrative.plain_text()
    assert narrative.startswith("Une phrase ajoutée par la déléguée.")
    assert "Le site internet https://www.le-mes.org/ comptait fin 2024 52 464 visites" in narrative

    # Paul's deletion: the delegate rewrote those words meanwhile.
    deletion = next(s for s in report.suggestions if s.kind == "deletion")
    text.means = RichText.plain("Une personne en apprentissage, rien d'autre.")
    assert not applies(report, deletion)
    with pytest.raises(SuggestionStale):
        accept_one(report, deletion)
    everything = AcceptSuggestions(report, [deletion])
    assert everything.stale == [deletion] and not everything.fields
    RejectSuggestions([deletion]).apply(session)
    assert deletion.status == "rejected"


def test_a_change_inside_a_bold_run_keeps_the_formatting(report: Report, tmp_path: Path) -> None:
    action = next(a for a in report.convention.actions if a.number == "1.2")
    report.text_for(action).narrative = RichText((Paragraph((
        Text("Avant "), Text("un passage important en gras", bold=True), Text(" et la suite."),
    )),))
    exported = tmp_path / "gras.docx"
    export_docx(report, exported)
    reviewer = Reviewer(exported)
    reviewer.replace("important", "essentiel", MARIE, MONDAY)
    import_review(read_review(reviewer.save(tmp_path / "gras-relu.docx")), report)
    (suggestion,) = [s for s in report.suggestions if s.pending]
    assert (suggestion.kind, suggestion.old, suggestion.new) == ("replacement", "important", "essentiel")
    from sqlalchemy.orm import object_session

    accept_one(report, suggestion).apply(object_session(report))  # type: ignore[arg-type]
    assert report.text_for(action).narrative.blocks == (Paragraph((
        Text("Avant "), Text("un passage essentiel en gras", bold=True), Text(" et la suite."),
    )),)


def test_moved_and_retitled_sections_are_matched_and_unknown_ones_listed(
    report: Report, exported: Path, tmp_path: Path
) -> None:
    reviewer = Reviewer(exported)
    # 2.3 renumbered 2.4 (same title): moved; 2.2 retitled (same number); 3.1 becomes a section unknown.
    reviewer.heading("2.3 MES & RIPESS Europe", "2.4 MES & RIPESS Europe")
    reviewer.heading(
        "2.2 Dialoguer et participer à des instances et des actions en convergence avec différentes organisations",
        "2.2 Coopérer avec les réseaux amis",
    )
    reviewer.heading("3.1 Participation du MES aux instances nationales de l'ESS", "9.1 Une section inventée")
    reviewer.insert("une mobilisation relativement soutenue", " et constante", MARIE, MONDAY)
    summary = import_review(read_review(reviewer.save(tmp_path / "bouge.docx")), report)
    codes = {f.code: f for f in summary.notes}
    assert codes["review_import.action_moved"].params["number"] == "2.3"
    assert codes["review_import.action_renamed"].params["number"] == "2.2"
    (unmatched,) = [f for f in summary.unmatched if f.code == "review_import.section_unmatched"]
    assert (unmatched.params["number"], unmatched.params["title"]) == ("9.1", "Une section inventée")
    (insertion,) = report.suggestions
    assert insertion.action is not None and insertion.action.number == "2.2" and insertion.new == " et constante"
    assert "Section 9.1 « Une section inventée » sans action correspondante" in summary.format_fr()


def _with_property(source: Path, target: Path, name: str, value: str) -> Path:
    with zipfile.ZipFile(source) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    custom = parts["docProps/custom.xml"].decode()
    start = custom.index(f'name="{name}"')
    value_start = custom.index("<vt:lpwstr>", start) + len("<vt:lpwstr>")
    value_end = custom.index("</vt:lpwstr>", value_start)
    parts["docProps/custom.xml"] = (custom[:value_start] + value + custom[value_end:]).encode()
    with zipfile.ZipFile(target, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return target


def test_a_file_of_another_convention_or_year_is_refused(report: Report, exported: Path, tmp_path: Path) -> None:
    other = _with_property(exported, tmp_path / "autre.docx", "MESDesk.Convention", "une-autre-convention")
    with pytest.raises(ImportFileError, match="autre convention"):
        import_review(read_review(other), report)
    year = _with_property(exported, tmp_path / "2023.docx", "MESDesk.Year", "2023")
    with pytest.raises(ImportFileError, match="bilan 2023, pas celui de 2024"):
        import_review(read_review(year), report)
    assert not report.suggestions and not report.comments


def test_a_file_without_our_properties_is_judged_by_its_title_and_actions(
    report: Report, exported: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(exported) as z:
        parts = {n: z.read(n) for n in z.namelist() if n != "docProps/custom.xml"}
    bare = tmp_path / "sans-proprietes.docx"
    with zipfile.ZipFile(bare, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert read_review(bare).convention_uid is None
    import_review(read_review(bare), report)  # same title and actions: accepted
    reviewer = Reviewer(bare)
    reviewer.heading("Bilan 2024", "Bilan 2023")
    with pytest.raises(ImportFileError, match="bilan 2023"):
        import_review(read_review(reviewer.save(tmp_path / "titre-2023.docx")), report)


def test_not_a_docx_and_a_damaged_one_are_refused_in_one_line(exported: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.docx"
    text.write_text("ceci n'est pas un document Word", encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        read_review(text)
    assert "\n" not in str(refused.value) and "notes.docx" in str(refused.value)
    damaged = tmp_path / "coupé.docx"
    damaged.write_bytes(exported.read_bytes()[: len(exported.read_bytes()) // 2])
    with pytest.raises(ImportFileError) as refused:
        read_review(damaged)
    assert "\n" not in str(refused.value) and "coupé.docx" in str(refused.value)


def test_deleting_an_action_takes_its_suggestions_and_undo_puts_them_back(
    report: Report, exported: Path, tmp_path: Path
) -> None:
    from sqlalchemy.orm import object_session

    from mesdesk.model.edits import Delete

    session = object_session(report)
    assert session is not None
    import_review(read_review(_reviewed(exported, tmp_path)), report)
    session.flush()
    before = dumps_workspace(session)
    action = next(a for a in report.convention.actions if a.number == "1.1")
    delete = Delete(action)
    delete.apply(session)
    assert {s.action.number for s in report.suggestions if s.action is not None} == {"2.1"}
    delete.revert(session)
    assert dumps_workspace(session) == before


def test_the_generated_tables_and_annex_are_no_difference_and_changes_there_are_listed(
    report: Report, tmp_path: Path
) -> None:
    from means_testing import add_sample_means

    add_sample_means(report.convention)
    exported = tmp_path / "moyens.docx"
    export_docx(report, exported)
    untouched = import_review(read_review(exported), report)
    assert not untouched.differences and not untouched.unmatched and not report.suggestions

    reviewer = Reviewer(exported)
    reviewer.replace("Déplacements", "Voyages", MARIE, MONDAY)  # in a means table
    reviewer.replace("Valorisation du bénévolat", "Le bénévolat", MARIE, MONDAY)  # in the annex
    summary = import_review(read_review(reviewer.save(tmp_path / "moyens-relu.docx")), report)
    outside = [f for f in summary.unmatched if f.code == "review_import.change_outside"]
    assert [f.params["excerpt"] for f in outside][0] == "Voyages"
    assert any(str(f.params["excerpt"]).startswith("Le bénévolat") for f in outside) and len(outside) == 2
    assert not report.suggestions and not summary.differences


def test_what_the_delegate_wrote_since_the_export_is_no_reviewers_difference(
    report: Report, exported: Path, tmp_path: Path
) -> None:
    # After the export, the delegate rewrites 2.1's Évaluation; the reviewer changes 1.1's
    # Moyens without tracking and leaves 2.1 alone.
    action = next(a for a in report.convention.actions if a.number == "2.1")
    report.text_for(action).evaluation = RichText.plain("Un texte réécrit par la déléguée après l'envoi.")
    reviewer = Reviewer(exported)
    reviewer.retype("une personne en apprentissage", "une apprentie")
    summary = import_review(read_review(reviewer.save(tmp_path / "relu.docx")), report)
    (difference,) = report.suggestions
    assert difference.action is not None and (difference.action.number, difference.field) == ("1.1", "means")
    assert [f.params for f in summary.differences] == [{"field": "means", "number": "1.1"}]


def test_the_whole_loop_with_our_own_comments_exported_for_review(report: Report, tmp_path: Path) -> None:
    """The delegate comments, exports with the comments, the reviewer answers one in Word,
    resolves it and changes a word: the import adds the answer and the state, not a copy."""
    from sqlalchemy.orm import object_session

    from mesdesk.model.edits.comments import AddComment

    session = object_session(report)
    assert session is not None
    action = next(a for a in report.convention.actions if a.number == "1.1")
    evaluation = _text(report, "1.1", "evaluation").plain_text()
    start = evaluation.index("moyens instables")
    AddComment(report, action, "evaluation", start, start + len("moyens instables"), "Gaël Louesdon",
               "Faut-il détailler ?", dt.datetime(2026, 11, 30, 9, 0)).apply(session)
    exported = tmp_path / "pour-relecture.docx"
    export_docx(report, exported, comments=True)

    reviewer = Reviewer(exported)
    ours = reviewer.existing("Faut-il détailler ?")
    reviewer.reply(ours, MARIE, "2026-12-01T11:00:00Z", "Oui, en une phrase.")
    reviewer.resolve(ours)
    reviewer.insert("une progression évidente", " et durable", MARIE, MONDAY)
    summary = import_review(read_review(reviewer.save(tmp_path / "relu.docx")), report)

    (top,) = [c for c in report.comments if c.parent is None]
    assert (top.author, top.body, top.resolved) == ("Gaël Louesdon", "Faut-il détailler ?", True)
    assert [(r.author, r.body) for r in top.replies] == [(MARIE, "Oui, en une phrase.")]
    assert _text(report, "1.1", "evaluation").comment_quote(top.uid) == "moyens instables"
    assert (summary.comments_added, summary.replies_added, summary.resolved, summary.already) == (0, 1, 1, 1)
    (insertion,) = report.suggestions
    assert (insertion.kind, insertion.new) == ("insertion", " et durable")
