"""The outline on the left: a tree model over the convention and the current report.

Nodes are identified by a ``key`` (``("action", uid)``, ``("preamble",)``…) that
survives rebuilding the tree, so the selection can be restored after a structural edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from mesdesk.gui.document import Document
from mesdesk.gui.status_icons import TO_UPDATE_COLOUR, status_icon, status_label, to_update_label
from mesdesk.model.approvals import FLIPS
from mesdesk.model.entities import Action, Axis, Event, Indicator, Status

NodeKey = tuple[str, ...]
KeyRole = Qt.ItemDataRole.UserRole + 1
ApprovalRole = Qt.ItemDataRole.UserRole + 7  # the approval mark (approval_marks.py)

COVER: NodeKey = ("cover",)
PREAMBLE: NodeKey = ("preamble",)
CONCLUSION: NodeKey = ("conclusion",)
PARTNERS: NodeKey = ("partners",)
UNASSIGNED: NodeKey = ("unassigned",)


def unassigned_indicators(doc: Document) -> list[Indicator]:
    """The convention's indicators that belong to no action (after a deletion, an import)."""
    convention = doc.convention
    return [i for i in convention.indicators if i.action is None] if convention else []


def unassigned_events(doc: Document) -> list[Event]:
    """The current report's events that belong to no action."""
    report = doc.report
    return [e for e in report.events if e.action is None] if report else []


def unassigned_count(doc: Document) -> int:
    return len(unassigned_indicators(doc)) + len(unassigned_events(doc))


def action_key(action: Action) -> NodeKey:
    return ("action", action.uid)


def axis_key(axis: Axis) -> NodeKey:
    return ("axis", axis.uid)


@dataclass(eq=False)
class Node:
    key: NodeKey
    obj: Any = None
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class OutlineModel(QAbstractItemModel):
    """Cover, préambule, axes → actions, conclusion. Axis and action titles are editable."""

    def __init__(self, doc: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._root = Node(("root",))
        self._by_key: dict[NodeKey, Node] = {}
        self._statuses: dict[int, Status] = {}
        self._to_update: set[int] = set()  # action ids whose text is carried over, « à actualiser »
        self._approvals: dict[NodeKey, str] = {}  # node → "approved" / "to_review" (approval_marks.py)
        self._flips = 0
        doc.saved.connect(self._after_save)  # typing may have set a section back to « à revoir »
        self.rename_requested = None  # callable(obj, new_title), set by the window
        # « Sans action » is listed while it has rows, and while it is the page shown
        # (attaching its last row must not pull the page from under the user).
        self.keep_unassigned = False
        self._unassigned = 0
        # Others on a shared server, by section (``shared_view``): [(author, state)], the
        # state « typing », « reading » or « offline » (the section is taken offline).
        self._presence: dict[str, list[tuple[str, str]]] = {}
        self.rebuild()

    # -- building ---------------------------------------------------------------------
    def rebuild(self) -> None:
        self.beginResetModel()
        root = Node(("root",))
        by_key: dict[NodeKey, Node] = {}

        def add(parent: Node, key: NodeKey, obj: Any = None) -> Node:
            node = Node(key, obj, parent)
            parent.children.append(node)
            by_key[key] = node
            return node

        add(root, COVER)
        add(root, PREAMBLE)
        convention = self.doc.convention
        if convention is not None:
            for axis in convention.axes:
                axis_node = add(root, axis_key(axis), axis)
                for action in axis.actions:
                    add(axis_node, action_key(action), action)
        add(root, CONCLUSION)
        add(root, PARTNERS)
        self._unassigned = unassigned_count(self.doc)
        if self._unassigned or self.keep_unassigned:
            add(root, UNASSIGNED)
        self._root, self._by_key = root, by_key
        self._read_statuses()
        self.endResetModel()

    def _read_statuses(self) -> None:
        report = self.doc.report
        self._statuses = {t.action_id: t.status for t in report.texts} if report else {}
        self._to_update = {t.action_id for t in report.texts if t.to_update} if report else set()
        self._approvals = {}
        for approval in report.approvals if report else []:
            key = ("action", approval.action_uid) if approval.section == "action" else (approval.section,)
            self._approvals[key] = approval.state
        self._flips = self.doc.session.info.get(FLIPS, 0)

    def _after_save(self, _when: object) -> None:
        if self.doc.session.info.get(FLIPS, 0) != self._flips:
            self.refresh_statuses()

    def approval_state(self, key: NodeKey) -> str | None:
        return self._approvals.get(key)

    def is_to_update(self, action: Action) -> bool:
        return action.id in self._to_update

    def needs_rebuild(self) -> bool:
        """Whether « Sans action » should appear or go (rows attached, detached, another report)."""
        shown = UNASSIGNED in self._by_key
        return shown != bool(unassigned_count(self.doc) or self.keep_unassigned)

    def refresh_statuses(self) -> None:
        """Re-read action statuses and the « Sans action » count (after an edit or a report switch)."""
        self._read_statuses()
        self._unassigned = unassigned_count(self.doc)
        if UNASSIGNED in self._by_key:
            index = self.index_for(UNASSIGNED)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        for node in self._by_key.values():
            if node.key[0] in ("action", "axis", "preamble", "conclusion"):
                index = self.index_for(node.key)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                                                     Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole])

    def set_presence(self, marks: dict[str, list[tuple[str, str]]]) -> None:
        """Show who else is in which section (``"action:uid"``…): names after the title."""
        if marks == self._presence:
            return
        changed = set(marks) | set(self._presence)
        self._presence = marks
        for node in self._by_key.values():
            if ":".join(node.key) in changed:
                index = self.index_for(node.key)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def presence_text(self, key: NodeKey) -> str:
        """« ✎ Alice, Bob » (✎ typing, a name alone reading) or « hors ligne : Paul » for a
        section others are in. Signs any font has: no emoji (many desktops lack them)."""
        people = self._presence.get(":".join(key), [])
        away = {author for author, state in people if state == "offline"}  # their window there says no more
        people = [(author, state) for author, state in people if state == "offline" or author not in away]
        words = {"typing": "✎ %1", "reading": "%1", "offline": self.tr("hors ligne : %1")}
        return ", ".join(words.get(state, "%1").replace("%1", author) for author, state in people)

    # -- lookup -----------------------------------------------------------------------
    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node | None:
        if not index.isValid():
            return None
        return index.internalPointer()

    def index_for(self, key: NodeKey) -> QModelIndex:
        node = self._by_key.get(key)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def keys(self) -> list[NodeKey]:
        """All node keys in document order."""
        out: list[NodeKey] = []

        def walk(node: Node) -> None:
            for child in node.children:
                out.append(child.key)
                walk(child)

        walk(self._root)
        return out

    # -- QAbstractItemModel -----------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        parent_node = self.node(parent) or self._root
        if column != 0 or not 0 <= row < len(parent_node.children):
            return QModelIndex()
        return self.createIndex(row, column, parent_node.children[row])

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # Qt overloads parent() (QObject's and the model's)
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row(), 0, node.parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        node = self.node(parent) or self._root
        return len(node.children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.key[0] in ("axis", "action"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        kind = node.key[0]
        if role == KeyRole:
            return node.key
        if role == ApprovalRole:
            return self._approvals.get(node.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "cover":
                return self._with_presence(node.key, self.tr("Couverture et organisation"))
            if kind == "preamble":
                return self._with_presence(node.key, self.tr("Préambule"))
            if kind == "conclusion":
                return self._with_presence(node.key, self.tr("Conclusion et perspectives"))
            if kind == "partners":
                return self.tr("Partenaires et instances")
            if kind == "unassigned":
                return self.tr("Sans action (%1)").replace("%1", str(self._unassigned))
            title = f"{node.obj.number}. {node.obj.title}" if kind == "axis" else f"{node.obj.number} {node.obj.title}"
            return self._with_presence(node.key, title)
        if role == Qt.ItemDataRole.EditRole and kind in ("axis", "action"):
            return node.obj.title
        if role == Qt.ItemDataRole.DecorationRole and kind == "action":
            return status_icon(self._statuses.get(node.obj.id, Status.TO_WRITE), node.obj.id in self._to_update)
        if role == Qt.ItemDataRole.DecorationRole and kind in ("cover", "preamble", "conclusion"):
            from PySide6.QtWidgets import QApplication, QStyle

            style = QApplication.style()
            pixmap = QStyle.StandardPixmap.SP_FileDialogInfoView if kind == "cover" else QStyle.StandardPixmap.SP_FileIcon
            return style.standardIcon(pixmap)
        if role == Qt.ItemDataRole.DecorationRole and kind in ("partners", "unassigned"):
            from PySide6.QtWidgets import QApplication, QStyle

            pixmap = (QStyle.StandardPixmap.SP_FileDialogDetailedView if kind == "partners"
                      else QStyle.StandardPixmap.SP_MessageBoxWarning)
            return QApplication.style().standardIcon(pixmap)
        if role == Qt.ItemDataRole.ToolTipRole and kind == "unassigned":
            return self.tr("Indicateurs et événements qui n'appartiennent à aucune action : rattachez-les")
        if kind == "action" and node.obj.id in self._to_update:
            # Carried over from last year: italic and amber until the status is changed.
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(TO_UPDATE_COLOUR).darker(130)
        if role == Qt.ItemDataRole.ToolTipRole and self._presence.get(":".join(node.key)):
            people = self._presence[":".join(node.key)]
            words = {"typing": self.tr("%1 écrit ici"), "reading": self.tr("%1 lit cette partie"),
                     "offline": self.tr("%1 a emporté cette partie hors ligne : lecture seule jusqu'à son retour")}
            lines = [words.get(state, "%1").replace("%1", author) for author, state in people]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole and node.key in self._approvals:
            return self._approval_tip(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == "action":
                status = self._status_text(node.obj)
                return self.tr("%1 — état : %2").replace("%1", f"{node.obj.number} {node.obj.title}").replace("%2", status)
            if kind == "axis":
                return f"{node.obj.number}. {node.obj.title}"
        if role == Qt.ItemDataRole.FontRole and kind == "axis":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and kind == "action":
            text = f"{node.obj.number} {node.obj.title}, {self._status_text(node.obj)}"
            if node.key in self._approvals:
                text += ", " + self._approval_tip(node).split("\n")[-1]
            return text
        return None

    def _approval_tip(self, node: Node) -> str:
        """The usual tip, then the approval in words (« Validé par … le … »)."""
        from mesdesk.gui.approval_bar import approval_text
        from mesdesk.model.sections import Section

        report = self.doc.report
        kind = node.key[0]
        section = Section.of_action(node.obj) if kind == "action" else Section(kind)  # type: ignore[arg-type]  # préambule or conclusion
        approval = approval_text(report, section)[1] if report is not None else ""
        if kind == "action":
            head = self.tr("%1 — état : %2").replace("%1", f"{node.obj.number} {node.obj.title}").replace(
                "%2", self._status_text(node.obj))
        else:
            head = str(self.data(self.index_for(node.key), Qt.ItemDataRole.DisplayRole))
        return f"{head}\n{approval}"

    def _with_presence(self, key: NodeKey, title: str) -> str:
        # Before the title: a long title is elided at its end, the names must stay seen.
        marks = self.presence_text(key)
        return f"[{marks}] {title}" if marks else title

    def _status_text(self, action: Action) -> str:
        """« brouillon », or « brouillon, à actualiser » for a text carried over."""
        status = status_label(self._statuses.get(action.id, Status.TO_WRITE))
        return f"{status}, {to_update_label()}" if action.id in self._to_update else status

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole or node.key[0] not in ("axis", "action"):
            return False
        title = str(value).strip()
        if not title or title == node.obj.title or self.rename_requested is None:
            return False
        self.rename_requested(node.obj, title)
        return True
