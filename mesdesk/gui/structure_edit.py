"""Adding, renaming, moving and removing axes and actions from the outline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from mesdesk.gui import messages
from mesdesk.gui.commands import EditCommand
from mesdesk.gui.outline import action_key, axis_key
from mesdesk.model.edits import AddRow, Delete, Move, SetField, can_move
from mesdesk.model.entities import Action, Axis
from mesdesk.model.sharing import section_key

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow


class StructureEditor(QObject):
    """Acts on the outline's current node; every change is one undoable command."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    @property
    def doc(self):  # noqa: ANN201
        return self.window.doc

    def current(self) -> Axis | Action | None:
        obj = self.window.current_object()
        return obj if isinstance(obj, (Axis, Action)) else None

    def _push(self, command: EditCommand) -> bool:
        """Do the command; False when it could not be done (someone's newer change on a
        server stood in the way, told by the shared view; or a failed save)."""
        self.doc.save_now()  # pending text first: a snapshot must hold the latest words
        self.doc.undo_stack.push(command)
        return command.done

    def add_axis(self) -> None:
        if self.doc.convention is None:
            return
        current = self.current()
        axes = self.doc.convention.axes
        if isinstance(current, Action):
            current = current.axis
        index = current.position + 1 if isinstance(current, Axis) else len(axes)
        edit = AddRow(self.doc.convention, Axis, index, title=self.tr("Nouvel axe"))
        if not self._push(EditCommand(self.doc, edit, self.tr("Ajouter un axe"))):
            return
        self.window.select_key(("axis", edit.uid))
        self.window.edit_current_title()

    def add_action(self) -> None:
        if self.doc.convention is None:
            return
        current = self.current()
        if current is None:
            axes = self.doc.convention.axes
            if not axes:
                self.add_axis()
                return
            axis, index = axes[-1], len(axes[-1].actions)
        elif isinstance(current, Axis):
            axis, index = current, len(current.actions)
        else:
            axis, index = current.axis, current.position + 1
        edit = AddRow(axis, Action, index, title=self.tr("Nouvelle action"))
        if not self._push(EditCommand(self.doc, edit, self.tr("Ajouter une action"))):
            return
        self.window.select_key(("action", edit.uid))
        self.window.edit_current_title()

    def rename(self, obj: Axis | Action, title: str) -> None:
        label = self.tr("Renommer l'axe") if isinstance(obj, Axis) else self.tr("Renommer l'action")
        self._push(EditCommand(self.doc, SetField(obj, "title", title), label))

    def move(self, delta: int) -> None:
        current = self.current()
        if current is None or not can_move(current, delta):
            return
        key = axis_key(current) if isinstance(current, Axis) else action_key(current)
        label = self.tr("Déplacer l'axe") if isinstance(current, Axis) else self.tr("Déplacer l'action")
        if self._push(EditCommand(self.doc, Move(current, delta), label)):
            self.window.select_key(key)

    def delete(self) -> None:
        current = self.current()
        if current is None:
            return
        if self._someone_typing_in(current):
            return
        if isinstance(current, Axis):
            if current.actions:
                choice = messages.ask(
                    self.window,
                    self.tr("Supprimer l'axe"),
                    self.tr("Supprimer l'axe « %1 » et ses %2 actions, avec leurs textes de tous les bilans ?")
                    .replace("%1", f"{current.number}. {current.title}")
                    .replace("%2", str(len(current.actions))),
                    [("delete", self.tr("Supprimer")), ("cancel", self.tr("Annuler"))],
                    default="cancel",
                    cancel="cancel",
                    severity="warning",
                    details=self.tr("Vous pourrez l'annuler avec Ctrl+Z."),
                )
                if choice != "delete":
                    return
            name = f"{current.number}. {current.title}"
            left = self._rows_left_behind(current.actions)
            if not self._push(EditCommand(self.doc, Delete(current), self.tr("Supprimer l'axe"))):
                return
            message = self.tr("Axe « %1 » supprimé — Ctrl+Z pour l'annuler.").replace("%1", name)
        else:
            name = f"{current.number} {current.title}"
            left = self._rows_left_behind([current])
            if not self._push(EditCommand(self.doc, Delete(current), self.tr("Supprimer l'action"))):
                return
            message = self.tr("Action « %1 » supprimée — Ctrl+Z pour l'annuler.").replace("%1", name)
        if left:
            # They are kept, detached: say where they went.
            message += " " + self.tr("Ses indicateurs et événements sont dans « Sans action ».")
        self.window.show_message(message)

    def _someone_typing_in(self, obj: Axis | Action) -> bool:
        """On a shared server, refuse to delete what someone else is writing in (their typing
        would be lost with it); say who. False when nothing stands in the way."""
        shared = getattr(self.window, "shared", None)
        if shared is None:
            return False
        actions = list(obj.actions) if isinstance(obj, Axis) else [obj]
        sections = {section_key("action", action.uid) for action in actions} | {section_key("axis", obj.uid)}
        writers = shared.typing_in(sections)
        if not writers:
            return False
        messages.tell(
            self.window,
            self.tr("Suppression refusée"),
            self.tr("%1 est en train d'écrire dans « %2 » : cette partie ne peut pas être supprimée pendant "
                    "ce temps. Réessayez quand il ou elle aura fini, ou demandez-lui.")
            .replace("%1", ", ".join(writers)).replace("%2", f"{obj.number} {obj.title}"),
            severity="warning",
        )
        return True

    def _rows_left_behind(self, actions: list[Action]) -> bool:
        """Whether deleting ``actions`` leaves indicators or events without an action."""
        convention = self.doc.convention
        if convention is None:
            return False
        events = [e for r in convention.reports for e in r.events]
        return any(row.action in actions for row in [*convention.indicators, *events])
