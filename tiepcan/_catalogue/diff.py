"""Các phiên bản của Danh mục — what changed between two versions of a catalogue.

An agency updates its catalogues (Law 104/2016/QH13 art. 34(1)(b): "lập, cập nhật"; Decree
13/2018/NĐ-CP art. 6): :func:`diff_catalogues` matches entries by their ``id`` and lists the
entries added, removed and changed, each change as the CSV cells before and after, and the
changes to the header (the agency, its contacts, where the catalogue is published). Public
names are imported from :mod:`tiepcan.catalogue`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from tiepcan._catalogue.csv_form import entry_cells, header_cells
from tiepcan._catalogue.models import Catalogue, CatalogueEntry
from tiepcan._catalogue.report import inconsistent
from tiepcan.foundation._model import Result
from tiepcan.foundation.errors import InvalidInputError

__all__ = ["CatalogueDiff", "EntryChange", "FieldChange", "diff_catalogues"]


@dataclass(frozen=True, slots=True)
class FieldChange(Result):
    """One field that differs; values as they appear in the CSV form (``None`` if blank)."""

    field: str
    old: str | None
    new: str | None

    def _check(self) -> None:
        if self.old == self.new:
            raise inconsistent("FieldChange", f"{self.field}: old and new are the same")


@dataclass(frozen=True, slots=True)
class EntryChange(Result):
    """An entry present in both versions whose fields differ."""

    id: str
    changes: tuple[FieldChange, ...]

    def _check(self) -> None:
        fields = [f.field for f in self.changes]
        if not fields or len(set(fields)) != len(fields):
            raise inconsistent("EntryChange", f"entry {self.id}: no change, or one listed twice")
        for f in self.changes:
            f._check()


@dataclass(frozen=True, slots=True)
class CatalogueDiff(Result):
    """What changed between two versions of a catalogue (entries matched by ``id``)."""

    old_version: str | None
    new_version: str | None
    header_changes: tuple[FieldChange, ...]
    added: tuple[CatalogueEntry, ...]
    removed: tuple[CatalogueEntry, ...]
    changed: tuple[EntryChange, ...]

    def _check(self) -> None:
        added = [e.id for e in self.added]
        removed = [e.id for e in self.removed]
        changed = [e.id for e in self.changed]
        ids = added + removed + changed
        if len(set(ids)) != len(ids):
            raise inconsistent("CatalogueDiff", "an entry is added, removed or changed twice")
        for change in (*self.header_changes, *self.changed):
            change._check()

    @property
    def is_empty(self) -> bool:
        return not (self.header_changes or self.added or self.removed or self.changed)


def diff_catalogues(old: Catalogue, new: Catalogue) -> CatalogueDiff:
    """Entries added, removed and changed from ``old`` to ``new``, and header changes.

    Entries are matched by ``id``; added entries come in ``new``'s order, removed ones in
    ``old``'s. Both catalogues must be of the same kind.
    """
    if not isinstance(old, Catalogue) or not isinstance(new, Catalogue):
        raise InvalidInputError(
            "invalid-catalogue", detail=f"got {type(old).__name__}, {type(new).__name__}"
        )
    if old.kind is not new.kind:
        raise InvalidInputError("catalogue-kind-mismatch", detail=f"{old.kind} vs {new.kind}")
    old_rows = {e.id: entry_cells(e) for e in old.entries}
    new_ids = {e.id for e in new.entries}
    changed: list[EntryChange] = []
    for entry in new.entries:
        if entry.id in old_rows:
            changes = _changes(old_rows[entry.id], entry_cells(entry))
            if changes:
                changed.append(EntryChange(id=entry.id, changes=changes))
    return CatalogueDiff(
        old_version=old.version,
        new_version=new.version,
        header_changes=_changes(header_cells(old), header_cells(new)),
        added=tuple(e for e in new.entries if e.id not in old_rows),
        removed=tuple(e for e in old.entries if e.id not in new_ids),
        changed=tuple(changed),
    )


def _changes(old: Mapping[str, str], new: Mapping[str, str]) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(field=key, old=old[key] or None, new=new[key] or None)
        for key in old
        if old[key] != new[key]
    )
