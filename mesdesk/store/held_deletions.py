"""Deletions a conflict holds back, and what they take with them (``conflicts``).

A row I deleted that someone changed meanwhile stays until I choose (a conflict). Two
things would still take it away unseen when the rest of my save is written again:

- the deletions linked to it in the same save: its parents' (deleting a comment deletes
  its replies, ``ON DELETE CASCADE`` and the ORM's cascade), so a thread whose reply was
  just edited stays whole; and its children's (deleted with it), so a thread kept
  because someone replied keeps its earlier replies too;
- the lists I removed it from: a row removed from its owner's list is deleted as an
  orphan at the flush, so it is put back in the list it still belongs to on the server.

And the other way round, a row I added under a row they deleted (a reply to a comment
deleted meanwhile) cannot be written: it is held in a conflict too (my words kept to
copy), out of the lists, rather than failing every later save on the foreign key.

Rows are matched through their foreign keys' values (read from the server by the merge),
never by loading anything: the session may not be usable for queries at that point.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import RelationshipDirection


def orphaned(obj: Any) -> bool:
    """Whether the flush will delete ``obj`` as an orphan (taken out of its owner's list):
    a deletion, though ``session.deleted`` does not list it. SQLAlchemy's own test, the
    one its flush applies."""
    return bool(inspect(type(obj))._is_orphan(inspect(obj)))


def _value(obj: Any, column: Any) -> Any:
    mapper = inspect(type(obj))
    return inspect(obj).dict.get(mapper.get_property_by_column(column).key)


def _is_many_to_one(obj: Any, key: str) -> bool:
    rel = inspect(type(obj)).relationships.get(key)
    return rel is not None and rel.direction is RelationshipDirection.MANYTOONE


def _points_at(child: Any, parent: Any) -> bool:
    """Whether ``child``'s row refers to ``parent``'s by one of its many-to-one links."""
    for rel in inspect(type(child)).relationships:
        if rel.direction is not RelationshipDirection.MANYTOONE or not isinstance(parent, rel.mapper.class_):
            continue
        pairs = rel.local_remote_pairs or []
        if pairs and all(_value(child, local) == _value(parent, remote) and _value(parent, remote) is not None
                         for local, remote in pairs):
            return True
    return False


def held_with(kept: list[Any], deleted: list[Any]) -> list[Any]:
    """The rows of ``deleted`` linked to a ``kept`` row, either way, and so on: a parent
    whose deletion would take it along, a child deleted along with it. Kept too."""
    held: list[Any] = []
    frontier = list(kept)
    rest = [obj for obj in deleted if all(obj is not k for k in kept)]
    while frontier:
        row = frontier.pop()
        for linked in [other for other in rest if _points_at(row, other) or _points_at(other, row)]:
            rest.remove(linked)
            held.append(linked)
            frontier.append(linked)
    return held


def under_gone(new: list[Any], gone: list[Any]) -> list[Any]:
    """The rows of ``new`` linked (many-to-one) to a row of ``gone``, or to such a new row."""
    found: list[Any] = []
    parents = list(gone)
    changed = True
    while changed:
        changed = False
        for obj in new:
            if any(obj is f for f in found):
                continue
            state = inspect(obj)
            links = [state.dict.get(rel.key) for rel in inspect(type(obj)).relationships
                     if rel.direction is RelationshipDirection.MANYTOONE]
            if any(link is p for link in links for p in parents):
                found.append(obj)
                parents.append(obj)
                changed = True
    return found


def own_values(obj: Any) -> dict[str, Any]:
    """A row's column values as this session holds them (what a conflict keeps as mine)."""
    state = inspect(obj)
    return {attr.key: state.dict.get(attr.key) for attr in inspect(type(obj)).column_attrs}


def out_of_lists(changed: list[tuple[Any, str, Any]], rows: list[Any]) -> list[tuple[Any, str, Any]]:
    """The captured list values without ``rows`` (rows gone from the server, new rows
    that cannot be written): set again, a list would add them back."""
    if not rows:
        return changed
    return [(o, k, [v for v in value if all(v is not r for r in rows)] if isinstance(value, list) else value)
            for o, k, value in changed]


def back_in_lists(changed: list[tuple[Any, str, Any]], kept: list[Any],
                  deleted: list[Any]) -> list[tuple[Any, str, Any]]:
    """The captured list values (``UnsavedEdits.changed``) to set again: each kept row put
    back in the list of the owner it still points at and, in an unordered list, the rows
    others added meanwhile kept (the captured list is what I saw; set as it is, it would
    take their rows out, and the flush delete them as orphans). ``deleted``: the rows I
    deleted, that stay out; the rows I moved (in another list, or given another owner)
    stay where I put them. Reads the lists as the server has them now."""
    placed = {id(v) for _o, _k, value in changed if isinstance(value, list) for v in value}
    placed |= {id(o) for o, k, _v in changed if _is_many_to_one(o, k)}
    result: list[tuple[Any, str, Any]] = []
    for owner, key, value in changed:
        rel = inspect(type(owner)).relationships.get(key)
        if isinstance(value, list) and rel is not None and rel.direction is RelationshipDirection.ONETOMANY:
            value = value + [row for row in kept if isinstance(row, rel.mapper.class_)
                             and all(row is not v for v in value) and _points_at(row, owner)]
            if rel.collection_class in (None, list) and inspect(owner).persistent:
                theirs = [row for row in getattr(owner, key)
                          if id(row) not in placed and all(row is not d for d in deleted)]
                value = value + theirs
        result.append((owner, key, value))
    return result
