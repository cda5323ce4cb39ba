"""Hypothesis strategies for the catalogues, the disclosure rules and the duties checklist."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from tiepcan.catalogue import Catalogue, CatalogueEntry, CatalogueKind
from tiepcan.rules.access import ConditionalCategory
from tiepcan.rules.disclosure import (
    WEBSITE_CATEGORIES,
    DisclosureCategory,
    DisclosureForm,
    WebsiteCategory,
)
from tiepcan.rules.duties import AgencyProfile, InternalRulesContent

# Vietnamese letters with their tone marks, punctuation that CSV must quote, and other scripts.
_VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ"
)
_PUNCT = " ,;\"'/-–()./:?&%"

texts = st.text(
    alphabet=st.one_of(
        st.sampled_from(_VIETNAMESE + _VIETNAMESE.upper() + _PUNCT + "0123456789"),
        st.characters(categories=("L", "N", "P", "S", "Zs")),
    ),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip())

optional_texts = st.none() | texts

#: any date the model accepts
any_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))
#: dates under the encoded 2016 regime, on the working-day calendar
regime_dates = st.dates(min_value=date(2018, 7, 1), max_value=date(2026, 8, 1))

ids = st.from_regex(r"[A-Z]{2,4}-[0-9]{1,4}", fullmatch=True)


@st.composite
def public_entries(draw: st.DrawFn, *, entry_id: str | None = None) -> CatalogueEntry:
    """Any valid entry of the public-disclosure catalogue (fields may be missing)."""
    forms = draw(st.lists(st.sampled_from(list(DisclosureForm)), unique=True, max_size=3))
    created_on = draw(st.none() | any_dates)
    disclosed_on = draw(st.none() | any_dates)
    if created_on and disclosed_on and disclosed_on < created_on:
        created_on, disclosed_on = disclosed_on, created_on
    until = None
    if disclosed_on is not None and draw(st.booleans()):
        until = disclosed_on + timedelta(days=draw(st.integers(0, 120)))
    special_rule = draw(optional_texts)
    special_due = draw(st.none() | any_dates) if special_rule else None
    category = draw(st.none() | st.sampled_from(list(DisclosureCategory)))
    website = draw(st.none() | st.sampled_from(list(WEBSITE_CATEGORIES)))
    return CatalogueEntry.build(
        id=entry_id or draw(ids),
        name=draw(optional_texts),
        number_symbol=draw(optional_texts),
        created_on=created_on,
        creating_unit=draw(optional_texts),
        category=category,
        website_category=website,
        forms=forms,
        disclosed_on=disclosed_on,
        disclosed_until=until,
        special_rule=special_rule,
        special_due=special_due,
        access_url=draw(optional_texts),
        digitised=draw(st.booleans()),
        attachment=draw(optional_texts),
        note=draw(optional_texts),
    )


@st.composite
def complete_public_entries(draw: st.DrawFn, *, entry_id: str) -> CatalogueEntry:
    """A public entry with every field Decree 13 art. 6(3) requires, disclosed on time."""
    created = draw(regime_dates)
    website = draw(st.none() | st.sampled_from(list(WEBSITE_CATEGORIES)))
    if website is not None:
        category = draw(st.sampled_from(WEBSITE_CATEGORIES[website]))
        forms = [DisclosureForm.WEBSITE]
    else:
        category = draw(st.sampled_from(list(DisclosureCategory)))
        forms = draw(
            st.lists(st.sampled_from(list(DisclosureForm)), min_size=1, unique=True, max_size=3)
        )
    on_website = DisclosureForm.WEBSITE in forms
    digitised = draw(st.booleans())
    return CatalogueEntry.build(
        id=entry_id,
        name=draw(texts),
        number_symbol=draw(texts),
        created_on=created,
        category=category,
        website_category=website,
        forms=forms,
        disclosed_on=created,  # the same day: never late, posting open-ended
        access_url=draw(texts) if on_website else None,
        digitised=digitised,
        attachment=draw(texts) if digitised and not on_website else None,
    )


@st.composite
def conditional_entries(draw: st.DrawFn, *, entry_id: str | None = None) -> CatalogueEntry:
    return CatalogueEntry.build(
        id=entry_id or draw(ids),
        name=draw(optional_texts),
        number_symbol=draw(optional_texts),
        created_on=draw(st.none() | any_dates),
        creating_unit=draw(optional_texts),
        condition=draw(st.none() | st.sampled_from(list(ConditionalCategory))),
        note=draw(optional_texts),
    )


def contacts(*, agency: bool = False) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "name": texts if agency else optional_texts,
            "address": optional_texts,
            "phone": optional_texts,
            "fax": optional_texts,
            "email": optional_texts,
        }
    )


@st.composite
def catalogues(draw: st.DrawFn, kind: CatalogueKind | None = None) -> Catalogue:
    """Any valid catalogue of either kind (ids unique)."""
    kind = kind or draw(st.sampled_from(list(CatalogueKind)))
    entry_ids = draw(st.lists(ids, unique=True, max_size=6))
    make = public_entries if kind is CatalogueKind.PUBLIC_DISCLOSURE else conditional_entries
    return Catalogue.build(
        kind=kind,
        agency=draw(contacts(agency=True)),
        focal_point=draw(contacts()),
        website=draw(optional_texts),
        published_url=draw(optional_texts),
        published_by_posting=draw(st.booleans()),
        version=draw(optional_texts),
        updated_on=draw(any_dates),
        website_points_held=draw(
            st.none() | st.lists(st.sampled_from(list(WebsiteCategory)), unique=True)
        ),
        entries=[draw(make(entry_id=i)) for i in entry_ids],
    )


@st.composite
def agency_profiles(draw: st.DrawFn) -> AgencyProfile:
    data: dict[str, Any] = {"agency": draw(texts)}
    for field in AgencyProfile.model_fields:
        if field == "agency":
            continue
        if field == "internal_rules_contents":
            data[field] = draw(
                st.none() | st.lists(st.sampled_from(list(InternalRulesContent)), unique=True)
            )
        else:
            data[field] = draw(st.none() | st.booleans())
    return AgencyProfile.build(data)


#: junk: JSON-like values of the wrong shape
junk_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
