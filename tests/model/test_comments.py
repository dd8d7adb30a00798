"""Review comments: the marks in the text, the rows, and the Qt-free edits that change
both. Every edit reverts to the byte-identical JSON dump, in the session and on disk."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from dump_testing import disk_dump

from mesdesk.exchange.json_interchange import InterchangeError, dumps_workspace, loads_workspace
from mesdesk.model.edits import (
    AddComment,
    AddReply,
    DeleteComment,
    Edit,
    SetCommentBody,
    SetCommentResolved,
    SetField,
    find,
)
from mesdesk.model.entities import Action, Convention
from mesdesk.model.review import Comment, threads
from mesdesk.model.richtext import Footnote, IndicatorRef, Paragraph, RichText, Text
from mesdesk.store.workspace import Workspace

NOW = dt.datetime(2027, 3, 3, 14, 5, 9, 123456)


def do(ws: Workspace, edit: Edit) -> None:
    edit.apply(ws.session)
    ws.commit()


def undo(ws: Workspace, edit: Edit) -> None:
    edit.revert(ws.session)
    ws.commit()


def round_trip(ws: Workspace, edit: Edit) -> str:
    """Apply, revert, redo, revert: each revert gives the original bytes back (session
    and disk), the redo the same dump as the first apply; returns the dump after it."""
    before = dumps_workspace(ws.session)
    do(ws, edit)
    after = dumps_workspace(ws.session)
    assert after != before
    assert disk_dump(ws) == after
    undo(ws, edit)
    assert dumps_workspace(ws.session) == before
    assert disk_dump(ws) == before
    do(ws, edit)
    assert dumps_workspace(ws.session) == after
    undo(ws, edit)
    assert dumps_workspace(ws.session) == before
    return after


@pytest.fixture
def ws(sample_workspace: Workspace) -> Workspace:
    return sample_workspace


@pytest.fixture
def conv(ws: Workspace) -> Convention:
    found = ws.current_convention()
    assert found is not None
    return found


def first_action(conv: Convention) -> Action:
    report = conv.reports[-1]
    return next(a for a in conv.actions if (t := report.find_text(a)) is not None and len(t.evaluation.plain_text()) > 40)


# -- the marks in the text ------------------------------------------------------------

def para(*inlines: object) -> RichText:
    return RichText((Paragraph(tuple(inlines)),))  # type: ignore[arg-type]


def test_with_comment_marks_plain_text_offsets_across_runs_and_paragraphs() -> None:
    rt = RichText((Paragraph((Text("Bonjour "), Text("le monde", bold=True))), Paragraph((Text("Suite"),))))
    marked = rt.with_comment("c1", 3, 21)  # "jour le monde\nSuit"
    assert marked.comment_quote("c1") == "jour le monde\nSuit"
    assert marked.comment_ids() == {"c1"}
    first = marked.blocks[0]
    assert isinstance(first, Paragraph)
    assert first.content == (Text("Bon"), Text("jour ", comments=("c1",)), Text("le monde", bold=True, comments=("c1",)))
    assert marked.plain_text() == rt.plain_text()
    assert marked.without_comments() == rt


def test_overlapping_comments_sort_their_uids_and_split_runs_at_edges() -> None:
    rt = RichText.plain("abcdef").with_comment("zz", 1, 4).with_comment("aa", 3, 6)
    block = rt.blocks[0]
    assert isinstance(block, Paragraph)
    assert [(t.text, t.comments) for t in block.content if isinstance(t, Text)] == [
        ("a", ()), ("bc", ("zz",)), ("d", ("aa", "zz")), ("ef", ("aa",))
    ]
    assert rt.without_comments(["zz"]) == RichText.plain("abcdef").with_comment("aa", 3, 6)
    assert rt.renamed_comments({"zz": "00"}).comment_ids() == {"00", "aa"}


def test_indicator_counts_as_its_placeholder_and_notes_as_nothing() -> None:
    rt = para(Text("Nous "), IndicatorRef("ind1"), Footnote((Text("note"),)), Text(" personnes"))
    plain = rt.plain_text()
    start = plain.index("personnes")
    marked = rt.with_comment("c", start, start + len("personnes"))
    assert marked.comment_quote("c") == "personnes"


def test_footnote_texts_carry_no_marks() -> None:
    note = Footnote((Text("dans la note", comments=("c",)),))
    assert note.content == (Text("dans la note"),)
    rt = RichText.from_json([{"type": "paragraph", "content": [
        {"type": "footnote", "content": [{"text": "n", "comments": ["c"]}]}]}])
    assert rt.comment_ids() == set()


def test_json_form_keeps_marks_sorted_and_omits_them_when_empty() -> None:
    rt = RichText.plain("Bonjour").with_comment("b", 0, 3).with_comment("a", 0, 3)
    assert rt.to_json()[0]["content"][0] == {"text": "Bon", "comments": ["a", "b"]}
    assert "comments" not in rt.to_json()[0]["content"][1]
    assert RichText.from_json(rt.to_json_string()) == rt
    # Given unsorted and twice, read sorted and once.
    again = RichText.from_json([{"type": "paragraph", "content": [{"text": "x", "comments": ["b", "a", "b"]}]}])
    assert again.blocks[0].content[0].comments == ("a", "b")  # type: ignore[union-attr]


def test_same_marks_includes_comments_so_normalisation_keeps_range_edges() -> None:
    assert not Text("a", comments=("c",)).same_marks(Text("a"))
    rt = para(Text("ab", comments=("c",)), Text("cd", comments=("c",)), Text("ef")).normalized()
    assert rt.blocks[0].content == (Text("abcd", comments=("c",)), Text("ef"))  # type: ignore[union-attr]


def test_a_bad_range_is_refused() -> None:
    with pytest.raises(ValueError):
        RichText.plain("abc").with_comment("c", 2, 1)


# -- the edits -----------------------------------------------------------------------

def test_add_comment_marks_and_adds_the_row_in_one_step(ws: Workspace, conv: Convention) -> None:
    report = conv.reports[-1]
    action = first_action(conv)
    text = report.find_text(action)
    assert text is not None
    plain = text.evaluation.plain_text()
    edit = AddComment(report, action, "evaluation", 5, 25, "Anne Co-présidente", "Préciser le chiffre", NOW)
    after = json.loads(round_trip(ws, edit))
    do(ws, edit)
    comment = find(ws.session, Comment, edit.uid)
    assert (comment.author, comment.body, comment.resolved, comment.field) == (
        "Anne Co-présidente", "Préciser le chiffre", False, "evaluation")
    assert comment.created_at == NOW.replace(microsecond=0)
    assert comment.quote == plain[5:25]
    assert text.evaluation.comment_quote(edit.uid) == plain[5:25]
    assert text.evaluation.plain_text() == plain
    assert comment.text_place() == (text, "evaluation")
    assert not comment.is_detached()
    dumped = next(r for c in after["conventions"] for r in c["reports"] if r["year"] == report.year)
    assert dumped["comments"] == [{
        "uid": edit.uid, "action": action.uid, "field": "evaluation", "author": "Anne Co-présidente",
        "created_at": "2027-03-03T14:05:09", "body": "Préciser le chiffre", "resolved": False, "quote": plain[5:25],
    }]


def test_comment_on_the_preamble_has_no_action(ws: Workspace, conv: Convention) -> None:
    report = conv.reports[-1]
    report.preamble = RichText.plain("Un préambule assez long pour commenter.")
    ws.commit()
    edit = AddComment(report, None, "preamble", 3, 11, "Luc", "Trop vague", NOW)
    round_trip(ws, edit)
    do(ws, edit)
    comment = find(ws.session, Comment, edit.uid)
    assert comment.action is None and comment.text_place() == (report, "preamble")
    assert report.preamble.comment_quote(edit.uid) == "préambul"


def test_with_text_takes_the_editor_s_marked_text(ws: Workspace, conv: Convention) -> None:
    report = conv.reports[-1]
    action = first_action(conv)
    text = report.text_for(action)
    new = text.narrative.with_comment("fromeditor01", 0, 4)
    edit = AddComment.with_text(report, action, "narrative", new, "fromeditor01", "Ed", "Vu", NOW)
    round_trip(ws, edit)
    do(ws, edit)
    assert find(ws.session, Comment, "fromeditor01").quote == text.narrative.plain_text()[:4]


def test_reply_resolve_and_body(ws: Workspace, conv: Convention) -> None:
    report = conv.reports[-1]
    action = first_action(conv)
    add = AddComment(report, action, "evaluation", 0, 10, "Anne", "Question ?", NOW)
    do(ws, add)
    comment = find(ws.session, Comment, add.uid)
    reply = AddReply(comment, "Délégué", "Réponse.", NOW + dt.timedelta(hours=1))
    round_trip(ws, reply)
    do(ws, reply)
    answer = find(ws.session, Comment, reply.uid)
    assert answer.parent is comment and comment.replies == [answer]
    assert (answer.action, answer.field, answer.quote) == (action, "evaluation", "")
    assert threads(report)[-1] == (comment, [answer])
    round_trip(ws, SetCommentResolved(comment, True))
    round_trip(ws, SetCommentBody(answer, "Réponse corrigée."))
    do(ws, SetCommentResolved(comment, True))
    assert comment.resolved


def test_delete_then_undo_gives_back_rows_replies_and_marks(ws: Workspace, conv: Convention) -> None:
    report = conv.reports[-1]
    action = first_action(conv)
    first = AddComment(report, action, "evaluation", 0, 30, "Anne", "Un", NOW)
    second = AddComment(report, action, "evaluation", 10, 40, "Luc", "Deux", NOW)  # overlaps the first
    do(ws, first)
    do(ws, second)
    one = find(ws.session, Comment, first.uid)
    for i in range(2):
        do(ws, AddReply(one, "Délégué", f"réponse {i}", NOW + dt.timedelta(minutes=i)))
    do(ws, SetCommentResolved(one, True))
    before = dumps_workspace(ws.session)
    delete = DeleteComment(one)
    after = json.loads(round_trip(ws, delete))
    do(ws, delete)
    text = report.text_for(action)
    assert text.evaluation.comment_ids() == {second.uid}
    assert [c.uid for c in report.comments] == [second.uid]
    dumped = next(r for c in after["conventions"] for r in c["reports"] if r["year"] == report.year)
    assert [c["uid"] for c in dumped["comments"]] == [second.uid]
    undo(ws, delete)
    assert dumps_workspace(ws.session) == before
    restored = find(ws.session, Comment, first.uid)
    assert [r.body for r in restored.replies] == ["réponse 0", "réponse 1"] and restored.resolved


def test_delete_a_reply_leaves_the_comment(ws: Workspace, conv: Convention) -> None:
    report = conv.reports[-1]
    add = AddComment(report, first_action(conv), "evaluation", 0, 5, "A", "x", NOW)
    do(ws, add)
    comment = find(ws.session, Comment, add.uid)
    reply = AddReply(comment, "B", "y", NOW)
    do(ws, reply)
    round_trip(ws, DeleteComment(find(ws.session, Comment, reply.uid)))
    do(ws, DeleteComment(find(ws.session, Comment, reply.uid)))
    assert comment.replies == [] and report.comments == [comment]


def test_detached_when_the_marked_text_is_gone(ws: Workspace, conv: Convention) -> None:
    report = conv.reports[-1]
    action = first_action(conv)
    add = AddComment(report, action, "evaluation", 0, 5, "A", "x", NOW)
    do(ws, add)
    text = report.text_for(action)
    do(ws, SetField(text, "evaluation", text.evaluation.without_comments()))
    comment = find(ws.session, Comment, add.uid)
    assert comment.is_detached() and comment.quote
    # Kept by the dump and the load.
    dumped = dumps_workspace(ws.session)
    assert add.uid in dumped


def test_stale_marks_are_not_dumped(ws: Workspace, conv: Convention) -> None:
    """Undoing an old text edit can bring back a deleted comment's marks: the dump leaves them out."""
    report = conv.reports[-1]
    action = first_action(conv)
    text = report.text_for(action)
    text.evaluation = text.evaluation.with_comment("ghost", 0, 5)
    ws.commit()
    assert "ghost" not in dumps_workspace(ws.session)
    # Nor a real comment's marks found on another text than its own.
    add = AddComment(report, None, "conclusion", 0, 5, "A", "x", NOW)
    do(ws, add)
    text.evaluation = text.evaluation.with_comment(add.uid, 0, 5)
    ws.commit()
    dumped = json.loads(dumps_workspace(ws.session))
    assert add.uid not in json.dumps([t for c in dumped["conventions"] for r in c["reports"] for t in r["actions"]])
    assert add.uid in json.dumps([r["conclusion"] for c in dumped["conventions"] for r in c["reports"]])


# -- the JSON form -----------------------------------------------------------------

def dump_with_comment(ws: Workspace, conv: Convention) -> tuple[dict, str]:
    report = conv.reports[-1]
    add = AddComment(report, first_action(conv), "evaluation", 2, 12, "Anne", "Chiffre ?", NOW)
    do(ws, add)
    do(ws, AddReply(find(ws.session, Comment, add.uid), "Délégué", "Corrigé", NOW))
    return json.loads(dumps_workspace(ws.session)), add.uid


def load_into(tmp_path, text: str) -> str:  # type: ignore[no-untyped-def]
    fresh = Workspace.create(tmp_path / f"fresh-{len(list(tmp_path.iterdir()))}.mesdesk")
    try:
        loads_workspace(text, fresh.session)
        fresh.commit()
        return dumps_workspace(fresh.session)
    finally:
        fresh.close()


def test_dump_load_dump_keeps_comments_replies_and_marks(ws: Workspace, conv: Convention, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data, _ = dump_with_comment(ws, conv)
    text = json.dumps(data)
    assert load_into(tmp_path, text) == dumps_workspace(ws.session)


def test_a_mark_naming_an_unknown_comment_is_refused_with_its_path(ws: Workspace, conv: Convention, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data, uid = dump_with_comment(ws, conv)
    for c in data["conventions"]:
        for r in c["reports"]:
            r["comments"] = [x for x in r.get("comments", []) if x["uid"] != uid and x.get("parent") != uid]
            if not r["comments"]:
                del r["comments"]
    with pytest.raises(InterchangeError, match=r"conventions\[0\]\.reports\[\d+\]\.actions\[\d+\]\.evaluation : .*" + uid):
        load_into(tmp_path, json.dumps(data))


def test_a_detached_comment_is_kept_by_the_load(ws: Workspace, conv: Convention, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data, uid = dump_with_comment(ws, conv)
    text = json.dumps(data)
    stripped = text.replace(f'"comments": ["{uid}"], ', "").replace(f', "comments": ["{uid}"]', "")
    assert f'["{uid}"]' not in stripped
    reloaded = json.loads(load_into(tmp_path, stripped))
    comments = [c for conv_ in reloaded["conventions"] for r in conv_["reports"] for c in r.get("comments", [])]
    assert [c["uid"] for c in comments if "parent" not in c] == [uid]


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda c: c.update(field="titre"), r"comments\[0\]\.field"),
        (lambda c: c.update(created_at="hier"), r"comments\[0\]\.created_at"),
        (lambda c: c.update(action="nope"), r"comments\[0\]\.action : 'nope'"),
        (lambda c: c.update(parent="nope"), r"comments\[0\]\.parent"),
    ],
)
def test_bad_comments_are_refused_with_their_path(ws, conv, tmp_path, change, message) -> None:  # type: ignore[no-untyped-def]
    data, uid = dump_with_comment(ws, conv)
    report = next(r for c in data["conventions"] for r in c["reports"] if "comments" in r)
    change(report["comments"][0])
    with pytest.raises(InterchangeError, match=message):
        load_into(tmp_path, json.dumps(data))


def test_deleting_an_action_takes_its_comments_and_undo_gives_them_back(ws: Workspace, conv: Convention) -> None:
    from mesdesk.model.edits import Delete

    report = conv.reports[-1]
    action = first_action(conv)
    add = AddComment(report, action, "evaluation", 0, 5, "A", "x", NOW)
    do(ws, add)
    do(ws, AddReply(find(ws.session, Comment, add.uid), "B", "y", NOW))
    before = dumps_workspace(ws.session)
    delete = Delete(action)
    do(ws, delete)
    assert report.comments == []
    assert disk_dump(ws) == dumps_workspace(ws.session)
    undo(ws, delete)
    assert dumps_workspace(ws.session) == before
    assert disk_dump(ws) == before


def test_a_mark_outside_its_comment_s_text_is_refused(ws: Workspace, conv: Convention, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data, uid = dump_with_comment(ws, conv)
    report = next(r for c in data["conventions"] for r in c["reports"] if "comments" in r)
    report["preamble"] = [{"type": "paragraph", "content": [{"text": "ailleurs", "comments": [uid]}]}]
    with pytest.raises(InterchangeError, match=r"reports\[\d+\]\.preamble : la marque du commentaire .* hors du texte"):
        load_into(tmp_path, json.dumps(data))
    reply = report["comments"][1]["uid"]
    report["preamble"] = [{"type": "paragraph", "content": [{"text": "ailleurs", "comments": [reply]}]}]
    with pytest.raises(InterchangeError, match=r"hors du texte"):
        load_into(tmp_path, json.dumps(data))


def test_an_author_and_body_are_cleaned_as_a_load_cleans_them(ws: Workspace, conv: Convention) -> None:
    """Found by the state machine: an author typed « dà  » (outer space) was dumped as
    typed and loaded back stripped, so a dump did not load back the same."""
    report = conv.reports[-1]
    add = AddComment(report, first_action(conv), "evaluation", 0, 10, " dà ", "Bien\u0007 vu", NOW)
    do(ws, add)
    comment = find(ws.session, Comment, add.uid)
    assert (comment.author, comment.body) == ("dà", "Bien vu")
    reply = AddReply(comment, "Luc\t", "Oui", NOW)
    do(ws, reply)
    assert find(ws.session, Comment, reply.uid).author == "Luc"
    dump = dumps_workspace(ws.session)
    for c in json.loads(dump)["conventions"][0]["reports"][-1]["comments"]:
        assert c["author"] == c["author"].strip()
