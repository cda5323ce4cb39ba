"""Properties of the catalogues: exchange round trips, a deterministic and complete check."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan._catalogue.checks import PUBLIC_REQUIRED_FIELDS
from tiepcan.catalogue import (
    Catalogue,
    CatalogueEntry,
    CatalogueKind,
    check_catalogue,
    diff_catalogues,
    entries_from_csv,
    entries_to_csv,
)
from tiepcan.foundation.errors import RegimeNotEncodedError, TiepCanError

from strategies_catalogue import (
    any_dates,
    catalogues,
    complete_public_entries,
    junk_values,
    public_entries,
    regime_dates,
)

SAMPLE = Catalogue.from_json(
    (
        Path(__file__).resolve().parents[2] / "docs/samples/catalogue_public_disclosure.json"
    ).read_bytes()
)


@given(catalogues())
def test_json_round_trip_is_the_identity(cat):
    assert Catalogue.from_json(cat.to_json()) == cat
    assert Catalogue.from_json(cat.to_json()) == cat


@given(catalogues())
def test_csv_round_trip_is_the_identity(cat):
    text = cat.to_csv()
    assert Catalogue.from_csv(text) == cat
    assert Catalogue.from_csv(text.encode("utf-8-sig")) == cat


@given(st.lists(public_entries(), max_size=5))
def test_entries_csv_round_trip_is_the_identity(entries):
    assert entries_from_csv(entries_to_csv(entries)) == tuple(entries)


@given(catalogues(), regime_dates)
def test_check_is_deterministic(cat, as_of):
    first = check_catalogue(cat, on=as_of)
    assert check_catalogue(cat, on=as_of) == first
    assert check_catalogue(Catalogue.from_json(cat.to_json()), on=as_of) == first
    assert check_catalogue(Catalogue.from_csv(cat.to_csv()), on=as_of) == first


@given(catalogues(), regime_dates)
def test_every_finding_is_cited_and_bilingual(cat, as_of):
    for f in check_catalogue(cat, on=as_of).findings:
        assert f.citations and all(c.text() for c in f.citations)
        assert f.message_vi and f.message_en and f.message_vi != f.message_en


@given(catalogues(), regime_dates)
def test_the_report_round_trips_through_json(cat, as_of):
    report = check_catalogue(cat, on=as_of)
    assert type(report).from_json(report.to_json()) == report


@given(catalogues(), any_dates)
def test_a_check_outside_an_encoded_regime_is_refused_or_follows_the_regime_asked(cat, on):
    """Before 2018-07-01 no regime applies; from 2026-09-01 Law 01/2026/QH16 governs.
    Every check resolves its ruleset once from ``on``; with ``regime=`` it is applied as asked."""
    if date(2018, 7, 1) <= on < date(2026, 9, 1):
        assert check_catalogue(cat, on=on).regime == "ati-2016"
    elif on >= date(2026, 9, 1):
        assert check_catalogue(cat, on=on).regime == "ati-2026"
    else:
        with pytest.raises(RegimeNotEncodedError):
            check_catalogue(cat, on=on)
    if on >= date(2018, 7, 1):
        assert check_catalogue(cat, on=on, regime="ati-2016").regime == "ati-2016"


@given(st.data())
def test_check_finds_every_removed_required_field(data):
    """Decree 13 art. 6(3): removing any required field of a complete entry is reported."""
    entry = data.draw(complete_public_entries(entry_id="ZZ-1"))
    base = Catalogue.build(SAMPLE.model_dump(), entries=[*SAMPLE.entries, entry])
    as_of = date(2026, 8, 31)
    assert not [f for f in check_catalogue(base, on=as_of).findings if f.entry_id == "ZZ-1"]

    required = list(PUBLIC_REQUIRED_FIELDS)
    if entry.on_website:
        required.append("access_url")
    elif entry.attachment is not None:
        required.append("attachment")
    removed = data.draw(st.lists(st.sampled_from(required), min_size=1, unique=True))
    stripped = entry.model_dump()
    for field in removed:
        stripped[field] = () if field == "forms" else None
    if "forms" in removed:
        stripped["website_category"] = None  # a website point needs the website form
    cat = Catalogue.build(SAMPLE.model_dump(), entries=[*SAMPLE.entries, stripped])
    found = {
        f.field
        for f in check_catalogue(cat, on=as_of).violations
        if f.entry_id == "ZZ-1" and f.code == "missing-required-field"
    }
    expected = set(removed)
    if "forms" in removed:  # without forms an entry is neither online nor needs an address
        expected -= {"access_url"}
    assert expected <= found


@given(catalogues())
def test_diff_with_itself_is_empty(cat):
    assert diff_catalogues(cat, cat).is_empty


@given(
    catalogues(kind=CatalogueKind.PUBLIC_DISCLOSURE),
    catalogues(kind=CatalogueKind.PUBLIC_DISCLOSURE),
)
def test_diff_partitions_the_entries(old, new):
    d = diff_catalogues(old, new)
    old_ids = {e.id for e in old.entries}
    new_ids = {e.id for e in new.entries}
    assert {e.id for e in d.added} == new_ids - old_ids
    assert {e.id for e in d.removed} == old_ids - new_ids
    assert {c.id for c in d.changed} <= old_ids & new_ids
    assert type(d).from_json(d.to_json()) == d


@given(junk_values)
def test_junk_catalogue_input_raises_tiepcan_error(junk):
    for attempt in (
        lambda: Catalogue.build(junk),
        lambda: Catalogue.from_json(json.dumps(junk)),
        lambda: CatalogueEntry.build(junk),
    ):
        with contextlib.suppress(TiepCanError):
            attempt()


@given(st.text(max_size=200) | st.binary(max_size=200))
def test_junk_csv_raises_tiepcan_error(junk):
    for reader in (Catalogue.from_csv, entries_from_csv):
        with contextlib.suppress(TiepCanError):
            reader(junk)
