"""Words for an edit that met someone's newer change on a shared server
(``store.structure_conflicts``): a refused deletion, a row already deleted, an edit done
again on the newer outline. Conflicts proper go to ``ConflictDialog``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from mesdesk.gui import messages
from mesdesk.gui.clock import local_clock
from mesdesk.store.structure_conflicts import Outcome, Refusal

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow

# The refused edits that would have deleted a row: a deletion, or an addition undone.
DELETIONS = ("Delete", "DeleteComment", "AddRow", "AddComment")


class EditCollisions(QObject):
    """Tells the user what became of an edit someone else's newer change stood in the way of."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    def show(self, outcome: Outcome) -> None:
        if not outcome.applied:
            # The edit was rolled back: the page shows the server's rows, texts included
            # (the deletion refused: its text as they wrote it).
            page = self.window.current_page()
            if page is not None:
                page.reload()
        refusal = outcome.refused
        if refusal is not None and refusal.edit == "Approve" and refusal.changed.get("kind") == "Approval":
            messages.tell(self.window, self.tr("Section déjà validée"), self.approved_first_text(refusal))
        elif refusal is not None:
            title = self.tr("Suppression refusée") if refusal.edit in DELETIONS else self.tr("Modification refusée")
            messages.tell(self.window, title, self.refusal_text(refusal, outcome.label), severity="warning")
        elif outcome.gone and outcome.gone.get("kind") == "Comment":
            self.window.show_message(self.tr("Ce commentaire vient d'être supprimé par un autre rédacteur."))
        elif outcome.gone:
            self.window.show_message(self.tr("Déjà supprimé par un autre rédacteur : %1. Le plan est à jour.")
                                     .replace("%1", self.name(outcome.gone)))
        elif outcome.gone is not None:
            self.window.show_message(self.tr("« %1 » n'a pas été fait : ce qu'il modifiait vient d'être supprimé "
                                             "par un autre rédacteur.").replace("%1", outcome.label))
        elif outcome.applied:
            self.window.show_message(self.tr("Le plan venait d'être modifié par un autre rédacteur : votre "
                                             "modification a été faite sur le plan à jour, rien n'est perdu."))

    def refusal_text(self, refusal: Refusal, label: str = "") -> str:
        who, when = self.who_when(refusal)
        what = self.changed_text(refusal)
        if refusal.edit in DELETIONS:
            text = self.tr("Impossible de supprimer %1 : %2 a modifié %3%4, après votre dernière lecture. "
                           "Rien n'est supprimé ni perdu. Relisez sa modification, puis supprimez de nouveau si besoin.")
            text = text.replace("%1", self.name(refusal.place))
        elif refusal.edit == "Approve":
            text = self.tr("Impossible de valider cette section : %2 a modifié %3%4, après votre dernière lecture. "
                           "Rien n'est validé. Relisez la section telle qu'elle est maintenant, puis validez-la "
                           "de nouveau.")
        else:
            if refusal.edit == "Undo":
                label = self.tr("Annuler : %1").replace("%1", label)
            text = self.tr("« %1 » n'a pas été fait : %2 a modifié %3%4, après votre dernière lecture. Rien n'est "
                           "modifié ni perdu. Relisez sa modification, puis recommencez.").replace("%1", label)
        return text.replace("%2", who).replace("%3", what).replace("%4", when)

    def approved_first_text(self, refusal: Refusal) -> str:
        who, when = self.who_when(refusal)
        return (self.tr("%1 vient de valider cette section%2 : elle reste validée à son nom.")
                .replace("%1", who).replace("%2", when))

    def who_when(self, refusal: Refusal) -> tuple[str, str]:
        """« Alice » and « à 14:02 » (local time; empty when the row has no time)."""
        who = refusal.author or self.tr("un autre rédacteur")
        when = self.tr(" à %1").replace("%1", local_clock(refusal.when)) if refusal.when is not None else ""
        return who, when

    def changed_text(self, refusal: Refusal) -> str:
        """What they changed, as the refusal names it."""
        changed, place = refusal.changed, refusal.place
        kind = changed.get("kind")
        if kind == "ActionText":
            if place.get("kind") == "Action" and changed.get("action") == place.get("action"):
                return self.tr("son texte (bilan %1)").replace("%1", str(changed.get("year", "")))
            return self.tr("le texte de l'action %1 (bilan %2)").replace("%1", str(changed.get("action", ""))) \
                .replace("%2", str(changed.get("year", "")))
        if kind == "Report":
            return self.tr("le bilan %1").replace("%1", str(changed.get("year", "")))
        if kind == "Comment" and place.get("kind") == "Comment":
            return self.tr("ce commentaire ou y a répondu")
        if changed == place:
            return self.tr("son intitulé")
        return self.name(changed)

    def name(self, place: dict[str, Any]) -> str:
        """« l'action 1.2 « … » », « l'axe 2 « … » », « le commentaire », or the row's label."""
        kind = place.get("kind")
        if kind == "Action" and "action" in place:
            return self.tr("l'action %1 « %2 »").replace("%1", str(place["action"])).replace("%2", str(place.get("title", "")))
        if kind == "Axis":
            return self.tr("l'axe %1 « %2 »").replace("%1", str(place.get("axis", ""))) \
                .replace("%2", str(place.get("label", "")))
        if kind == "Comment":
            return self.tr("le commentaire")
        if "label" in place:
            return f"« {place['label']} »"
        return self.tr("cette ligne")
