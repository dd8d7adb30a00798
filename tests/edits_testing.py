"""A Hypothesis state machine of random edits, undos and redos on the sample: every
undo gives back the dump from before that edit, and undoing everything gives the
original bytes, in the session and on disk. ``EditsMachine`` runs the Qt-free edits on
a workspace; ``tests/gui`` runs the same rules through the window's undo stack."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from dump_testing import disk_dump
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from mesdesk.exchange.json_interchange import dumps_workspace
from mesdesk.model.edits import (
    AddRow,
    Delete,
    Edit,
    Move,
    SetField,
    SetIndicatorValue,
    SetPartnerLink,
    SetRelation,
    can_move,
)
from mesdesk.model.entities import Action, Axis, Body, Convention, Event, Indicator, Partner, Status
from mesdesk.model.richtext import RichText
from mesdesk.store.workspace import Workspace

words = st.text(alphabet="abcdéèàç -'«»", min_size=1, max_size=12)

ROWS = (Axis, Action, Indicator, Event, Partner, Body)
TEXT_FIELDS = {
    Axis: ("title",),
    Action: ("title", "objective"),
    Indicator: ("label", "unit", "source"),
    Event: ("title", "place", "role"),
    Partner: ("name", "kind"),
    Body: ("name", "role"),
}


def rows(conv: Convention, kind: type) -> list[Any]:
    if kind is Axis:
        return list(conv.axes)
    if kind is Action:
        return conv.actions
    if kind is Event:
        return [e for r in conv.reports for e in r.events]
    return list({Indicator: conv.indicators, Partner: conv.partners, Body: conv.bodies}[kind])


class EditsMachine(RuleBasedStateMachine):
    sample: Path  # set by the test from the session's pristine sample file

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="mesdesk-edits-"))
        self.path = self.folder / "bilan.mesdesk"
        shutil.copyfile(self.sample, self.path)
        self.conv: Convention = self.open()
        self.original = dumps_workspace(self.session)
        self.done: list[tuple[Edit, str]] = []  # each edit with the dump from before it
        self.undone: list[tuple[Edit, str]] = []

    # -- how edits run: here on a workspace, committed one by one as the GUI does -------
    def open(self) -> Convention:
        self.ws = Workspace.open(self.path)
        self.session = self.ws.session
        conv = self.ws.current_convention()
        assert conv is not None
        return conv

    def do(self, edit: Edit) -> None:
        edit.apply(self.session)
        self.ws.commit()

    def undo_last(self, edit: Edit) -> None:
        edit.revert(self.session)
        self.ws.commit()

    def redo_last(self, edit: Edit) -> None:
        self.do(edit)

    def close(self) -> None:
        self.ws.close()

    # -- helpers ------------------------------------------------------------------------
    def push(self, edit: Edit) -> None:
        before = dumps_workspace(self.session)
        self.do(edit)
        self.done.append((edit, before))
        self.undone.clear()

    def pick(self, data: st.DataObject, kind: type) -> Any:
        candidates = rows(self.conv, kind)
        return data.draw(st.sampled_from(candidates)) if candidates else None

    # -- rules ----------------------------------------------------------------------------
    @rule(data=st.data(), kind=st.sampled_from(ROWS))
    def delete(self, data: st.DataObject, kind: type) -> None:
        obj = self.pick(data, kind)
        if obj is not None:
            self.push(Delete(obj))

    @rule(data=st.data(), kind=st.sampled_from(ROWS), title=words, index=st.none() | st.integers(0, 40))
    def add(self, data: st.DataObject, kind: type, title: str, index: int | None) -> None:
        fields: dict[str, Any] = {TEXT_FIELDS[kind][0]: title}
        if kind is Action:
            owner = self.pick(data, Axis)
        elif kind is Event:
            owner = data.draw(st.sampled_from(self.conv.reports))
        else:
            owner = self.conv
        if owner is None:
            return
        if kind in (Indicator, Event):
            fields["action"] = self.pick(data, Action)
        self.push(AddRow(owner, kind, index, **fields))

    @rule(data=st.data(), kind=st.sampled_from(ROWS), delta=st.sampled_from((-1, 1)))
    def move(self, data: st.DataObject, kind: type, delta: int) -> None:
        obj = self.pick(data, kind)
        if obj is not None and can_move(obj, delta):
            self.push(Move(obj, delta))

    @rule(data=st.data(), kind=st.sampled_from(ROWS), value=words)
    def set_text_field(self, data: st.DataObject, kind: type, value: str) -> None:
        obj = self.pick(data, kind)
        if obj is not None:
            self.push(SetField(obj, data.draw(st.sampled_from(TEXT_FIELDS[kind])), value))

    @rule(data=st.data(), value=words, status=st.sampled_from(list(Status)))
    def set_report_text(self, data: st.DataObject, value: str, status: Status) -> None:
        report = data.draw(st.sampled_from(self.conv.reports))
        texts = [t for t in report.texts if t.action in self.conv.actions]
        target, name, new = data.draw(
            st.sampled_from(
                [(report, "preamble", RichText.plain(value)), (report, "conclusion", RichText())]
                + [(t, "narrative", RichText.plain(value)) for t in texts]
                + [(t, "status", status) for t in texts]
            )
        )
        self.push(SetField(target, name, new))

    @rule(data=st.data(), value=st.none() | st.integers(0, 10**6))
    def set_value(self, data: st.DataObject, value: int | None) -> None:
        indicator = self.pick(data, Indicator)
        if indicator is not None:
            year = data.draw(st.sampled_from(self.conv.years))
            self.push(SetIndicatorValue(indicator, year, value))

    @rule(data=st.data(), linked=st.booleans())
    def link_partner(self, data: st.DataObject, linked: bool) -> None:
        action, partner = self.pick(data, Action), self.pick(data, Partner)
        if action is not None and partner is not None:
            self.push(SetPartnerLink(action, partner, linked))

    @rule(data=st.data(), kind=st.sampled_from((Indicator, Event, Body)), to_partner=st.booleans())
    def relate(self, data: st.DataObject, kind: type, to_partner: bool) -> None:
        row = self.pick(data, kind)
        if row is None:
            return
        name = "partner" if kind is Body and to_partner else "action"
        target = data.draw(st.none() | st.sampled_from(rows(self.conv, Partner if name == "partner" else Action)))
        self.push(SetRelation(row, name, target))

    @precondition(lambda self: self.done)
    @rule()
    def undo(self) -> None:
        edit, before = self.done.pop()
        self.undo_last(edit)
        assert dumps_workspace(self.session) == before
        self.undone.append((edit, before))

    @precondition(lambda self: self.undone)
    @rule()
    def redo(self) -> None:
        edit, before = self.undone.pop()
        self.redo_last(edit)
        self.done.append((edit, before))

    def teardown(self) -> None:
        try:
            while self.done:
                self.undo()
            assert dumps_workspace(self.session) == self.original
            assert disk_dump(self.path) == self.original
        finally:
            self.close()
            shutil.rmtree(self.folder, ignore_errors=True)
