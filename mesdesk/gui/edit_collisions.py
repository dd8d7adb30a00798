"""Words for an edit that met someone's newer change on a shared server
(``store.structure_conflicts``): a refused deletion, a row already deleted, an edit done
again on the newer outline. Conflicts proper go to ``ConflictDialog``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from mesdesk.gui import messages
from mesdesk.store.structure_conflicts import Outcome, Refusal

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow


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
        if outcome.refused is not None:
            messages.tell(self.window, self.tr("Suppression refusée"), self.refusal_text(outcome.refused),
                          severity="warning")
        elif outcome.gone is not None:
            self.window.show_message(self.tr("Déjà supprimé par un autre rédacteur : %1. Le plan est à jour.")
                                     .replace("%1", self.name(outcome.gone)))
        elif outcome.applied:
            self.window.show_message(self.tr("Le plan venait d'être modifié par un autre rédacteur : votre "
                                             "modification a été faite sur le plan à jour, rien n'est perdu."))

    def refusal_text(self, refusal: Refusal) -> str:
        who = refusal.author or self.tr("un autre rédacteur")
        changed, place = refusal.changed, refusal.place
        if changed.get("kind") == "ActionText":
            if place.get("kind") == "Action" and changed.get("action") == place.get("action"):
                what = self.tr("son texte (bilan %1)").replace("%1", str(changed.get("year", "")))
            else:
                what = self.tr("le texte de l'action %1 (bilan %2)").replace("%1", str(changed.get("action", ""))) \
                    .replace("%2", str(changed.get("year", "")))
        elif changed == place:
            what = self.tr("son intitulé")
        else:
            what = self.name(changed)
        text = (self.tr("Impossible de supprimer %1 : %2 a modifié %3 à %4, après votre dernière lecture. "
                        "Rien n'est supprimé ni perdu. Relisez sa modification, puis supprimez de nouveau si besoin.")
                if refusal.when is not None else
                self.tr("Impossible de supprimer %1 : %2 a modifié %3 après votre dernière lecture. "
                        "Rien n'est supprimé ni perdu. Relisez sa modification, puis supprimez de nouveau si besoin."))
        return (text.replace("%1", self.name(place)).replace("%2", who).replace("%3", what)
                .replace("%4", _local_time(refusal.when)))

    def name(self, place: dict[str, Any]) -> str:
        """« l'action 1.2 « … » », « l'axe 2 « … » », or the row's label."""
        kind = place.get("kind")
        if kind == "Action" and "action" in place:
            return self.tr("l'action %1 « %2 »").replace("%1", str(place["action"])).replace("%2", str(place.get("title", "")))
        if kind == "Axis":
            return self.tr("l'axe %1 « %2 »").replace("%1", str(place.get("axis", ""))) \
                .replace("%2", str(place.get("label", "")))
        if "label" in place:
            return f"« {place['label']} »"
        return self.tr("cette ligne")


def _local_time(when: dt.datetime | None) -> str:
    """The server stamps UTC without a zone: shown in the user's own time."""
    if when is None:
        return ""
    return when.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")
