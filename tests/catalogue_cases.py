"""The catalogues the catalogue tests start from, and what they read of a finding.

A complete public catalogue of a provincial department (Decree 13/2018/NĐ-CP art. 6(3); Law
104/2016/QH13 arts. 17(1)(m), 19(1)(đ), 34(1)(b)), which a test changes in one thing so that
the finding it gets is that change's own; a complete conditional catalogue (Decree 13 art.
6(1); Law art. 7(1)); the smallest catalogue the model accepts (the agency's name only).
Dates are on the public-sector calendar: March 2024 has no holiday.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tiepcan.catalogue import Catalogue, CatalogueFinding, CatalogueReport

D = date

LAW = "Law 104/2016/QH13 on Access to Information, art. "
DECREE = "Decree 13/2018/NĐ-CP, art. "
ON = D(2024, 3, 20)  # a Wednesday; March 2024 has no holiday

#: the contact details arts. 17(1)(m) and 19(1)(đ) ask for: name, address, telephone, fax, e-mail
CONTACT = {
    "name": "Văn phòng Sở",
    "address": "Số 1 đường Lê Lợi",
    "phone": "0200 3 000 001",
    "fax": "0200 3 000 009",
    "email": "vanphong@example.org",
}
AGENCY = {**CONTACT, "name": "Sở Tư pháp tỉnh Minh Sơn"}
#: the agency by its name only: all a catalogue needs to be loaded (and then checked)
AGENCY_NAME = {"name": "Sở Tư pháp tỉnh Minh Sơn"}

#: two entries that cover the points every agency holds: 19(1)(c) (its annual work plan, from
#: 17(1)(d)) and 19(1)(đ) (its functions and contacts, from 17(1)(k)); on the website, with their
#: addresses, disclosed the day they were created
PLAN = {
    "id": "KH-01",
    "name": "Kế hoạch công tác năm 2024",
    "number_symbol": "15/KH-STP",
    "created_on": D(2024, 3, 1),
    "category": "d",
    "website_category": "c",
    "forms": ["a"],
    "access_url": "https://stp.example.org/kh-2024",
    "disclosed_on": D(2024, 3, 1),
}
FUNCTIONS = {
    "id": "CN-01",
    "name": "Quyết định quy định chức năng, nhiệm vụ của Sở",
    "number_symbol": "01/2024/QĐ-UBND",
    "created_on": D(2024, 3, 1),
    "category": "k",
    "website_category": "dd",
    "forms": ["a"],
    "access_url": "https://stp.example.org/cn",
    "disclosed_on": D(2024, 3, 1),
}

#: an entry of the conditional catalogue, complete: a trade secret (art. 7(1))
SECRET = {
    "id": "HS-01",
    "name": "Hồ sơ dự thầu của nhà thầu",
    "number_symbol": "không số",
    "created_on": D(2024, 3, 1),
    "condition": "trade_secret",
}


def public_catalogue(*entries: dict[str, Any], **header: Any) -> dict[str, Any]:
    """A complete public catalogue (no finding), with ``entries`` added and ``header`` changed."""
    return {
        "kind": "public_disclosure",
        "agency": dict(AGENCY),
        "focal_point": dict(CONTACT),
        "website": "https://stp.example.org",
        "published_url": "https://stp.example.org/ttc",
        "updated_on": D(2024, 3, 15),
        "website_points_held": ["c", "dd"],
        "entries": [PLAN, FUNCTIONS, *entries],
        **header,
    }


def fee_table(**fields: Any) -> dict[str, Any]:
    """An entry outside art. 19(1) (a fee table, 17(1)(o)), posted online on time."""
    base = {
        "id": "PHI-01",
        "name": "Biểu phí chứng thực",
        "number_symbol": "20/QĐ-STP",
        "created_on": D(2024, 3, 1),
        "category": "o",
        "forms": ["a"],
        "access_url": "https://stp.example.org/phi",
        "disclosed_on": D(2024, 3, 4),
    }
    return {**base, **fields}


def conditional_catalogue(*entries: dict[str, Any]) -> dict[str, Any]:
    """A conditional-access catalogue (Decree 13 art. 6(1)) of the same agency, with ``entries``."""
    return {
        "kind": "conditional_access",
        "agency": dict(AGENCY),
        "updated_on": D(2024, 3, 15),
        "entries": list(entries),
    }


def catalogue_to_2040(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """A complete public catalogue updated on the calendar's last day (Mon 31/12/2040): its
    functions entry (19(1)(đ), from 17(1)(k)) disclosed in 2018, and ``entries`` added."""
    return {
        "kind": "public_disclosure",
        "agency": {**CONTACT, "name": "Sở Tư pháp tỉnh Minh Sơn"},
        "focal_point": CONTACT,
        "website": "https://stp.example.org",
        "published_url": "https://stp.example.org/ttc",
        "updated_on": D(2040, 12, 31),
        "website_points_held": ["c", "đ"],
        "entries": [
            {
                "id": "CN-00",
                "name": "Chức năng, nhiệm vụ của Sở",
                "number_symbol": "01/QĐ-UBND",
                "created_on": D(2018, 1, 2),
                "category": "k",
                "website_category": "dd",
                "forms": ["a"],
                "access_url": "https://stp.example.org/cn",
                "disclosed_on": D(2018, 1, 3),
            },
            *entries,
        ],
    }


def bare_catalogue(*entries: dict[str, Any], **header: Any) -> Catalogue:
    """A public catalogue with the agency's name only, updated 31/1/2025, with ``entries``."""
    return Catalogue.build(
        kind="public_disclosure",
        agency=AGENCY_NAME,
        updated_on="2025-01-31",
        entries=list(entries),
        **header,
    )


def only_finding(report: CatalogueReport) -> CatalogueFinding:
    """The report's one finding (there must be exactly one)."""
    (finding,) = report.findings
    return finding


def facts_of(f: CatalogueFinding) -> tuple[Any, ...]:
    """Everything a finding says but its sentences: code, severity, laws, entry, field, due."""
    return (
        f.code,
        f.severity.value,
        [c.label_en for c in f.citations],
        f.entry_id,
        f.field,
        f.due,
        f.regime,
    )
