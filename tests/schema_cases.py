"""One table of JSON values, each with what tiepcan and its JSON Schema say of it (issue 8).

The schemas are the contract other languages read, so they must agree with the library both
ways: what the library refuses, the schema refuses, and what the schema refuses, the library
refuses. Each :class:`Case` is a JSON value given to one public model, with the library's
verdict (``accepted``) written by hand from the law or the model's documented rule, not copied
from the code. Where JSON Schema cannot say what the library checks (uniqueness of a key in a
list), the case names the gap (``schema_gap``): the schema accepts, the library refuses, and
the schema's description says so.

Two validators read this table: ``tests/outputs/test_schemas_agreement.py`` (Python ``jsonschema``)
and ``tools/check_schemas.mjs`` (Ajv, strict mode). Run as a script, it prints the schemas and
the cases as JSON for the latter::

    python tests/schema_cases.py > schemas.json   # what tools/check_schemas.sh does
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Case:
    id: str
    model: str
    data: dict[str, Any]
    #: the library's verdict (written by hand)
    accepted: bool
    #: the schema accepts what the library refuses, and its description says why (a gap)
    schema_gap: str | None = None
    #: a disagreement not yet fixed, and the field declaration that fixes it: the test is an
    #: expected failure (strict, so it fails once fixed) and Ajv is not given the case
    pending: str | None = None

    @property
    def schema_accepts(self) -> bool:
        return self.accepted or self.schema_gap is not None


CITE = {"instrument": "104/2016/QH13", "article": 28, "clause": 1}


def _catalogue(*entries: dict[str, Any], **fields: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": "public_disclosure",
        "agency": {"name": "Sở Tư pháp tỉnh Minh Sơn"},
        "updated_on": "2025-06-03",
        "entries": list(entries),
    }
    out.update(fields)
    return out


def _request(form: dict[str, Any], **fields: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"channel": "postal", "received_on": "2024-02-07", "form": form}
    out.update(fields)
    return out


FORM_01A = {"form": "01a", "requester": {}, "request": {}}
CHECKLIST = {"on": "2025-01-02", "regime": "ati-2016", "items": []}
UNTAGGED = {"requester": {}, "request": {}}

CASES: tuple[Case, ...] = (
    # -- Citation: instrument by number, units from 1, the law's letters (no f, j; đ not dd)
    Case("citation", "Citation", {**CITE, "point": "đ"}, True),
    Case("citation-no-point", "Citation", {"instrument": "13/2018/NĐ-CP", "article": 5}, True),
    Case("unknown-instrument", "Citation", {**CITE, "instrument": "999/2099/QH99"}, False),
    Case("title-is-not-a-number", "Citation", {**CITE, "instrument": "Luật Tiếp cận"}, False),
    Case("point-f", "Citation", {**CITE, "point": "f"}, False),
    Case("point-j", "Citation", {**CITE, "point": "j"}, False),
    Case("point-dd-in-json", "Citation", {**CITE, "point": "dd"}, False),
    Case("point-upper-case", "Citation", {**CITE, "point": "A"}, False),
    Case("article-0", "Citation", {**CITE, "article": 0}, False),
    Case("clause-negative", "Citation", {**CITE, "clause": -1}, False),
    Case("article-true", "Citation", {**CITE, "article": True}, False),
    Case("article-text", "Citation", {**CITE, "article": "28"}, False),
    Case("unknown-field", "Citation", {**CITE, "paragraph": 2}, False),
    # -- Catalogue (Decree 13/2018 art. 6): names non-blank, dates ISO, values as the enums say
    Case("catalogue", "Catalogue", _catalogue({"id": "NS-1", "category": "dd"}), True),
    Case("agency-name-blank", "Catalogue", _catalogue(agency={"name": "   "}), False),
    Case("agency-name-missing", "Catalogue", _catalogue(agency={"phone": "0123"}), False),
    Case("updated-dd/mm/yyyy", "Catalogue", _catalogue(updated_on="03/06/2025"), False),
    Case(
        "repeated-entry-id",
        "Catalogue",
        _catalogue({"id": "NS-1"}, {"id": "NS-1"}),
        False,
        schema_gap="each id (mã thông tin) appears once",
    ),
    Case("entry", "CatalogueEntry", {"id": "NS-1", "created_on": "2025-01-02"}, True),
    Case("entry-id-blank", "CatalogueEntry", {"id": "  "}, False),
    Case("entry-id-empty", "CatalogueEntry", {"id": ""}, False),
    Case("entry-date-dd/mm/yyyy", "CatalogueEntry", {"id": "A", "created_on": "02/01/2025"}, False),
    Case("entry-date-not-a-day", "CatalogueEntry", {"id": "A", "created_on": "2025-02-30"}, False),
    Case("entry-point-đ-in-json", "CatalogueEntry", {"id": "A", "category": "đ"}, False),
    Case("entry-point-dd", "CatalogueEntry", {"id": "A", "category": "dd"}, True),
    Case("entry-form-twice", "CatalogueEntry", {"id": "A", "forms": ["a", "a"]}, False),
    Case("entry-digitised-text", "CatalogueEntry", {"id": "A", "digitised": "có"}, False),
    Case(
        "report-agency-blank",
        "CatalogueReport",
        {
            "kind": "public_disclosure",
            "agency": " ",
            "on": "2025-06-03",
            "regime": "ati-2016",
            "findings": [],
        },
        False,
    ),
    # -- names the library refuses when blank (tiepcan.foundation.terms.checked_name, the results' _check)
    Case("profile", "AgencyProfile", {"agency": "Sở Tư pháp"}, True),
    Case(
        "profile-agency-blank",
        "AgencyProfile",
        {"agency": " "},
        False,
    ),
    Case("checklist", "DutyChecklist", {**CHECKLIST, "agency": "Sở Tư pháp"}, True),
    Case(
        "checklist-agency-blank",
        "DutyChecklist",
        {**CHECKLIST, "agency": " "},
        False,
    ),
    # -- the request (form 01a / 01b): JSON names its form
    Case("request-01a", "InformationRequest", _request(FORM_01A), True),
    Case("request-untagged-form", "InformationRequest", _request(UNTAGGED), False),
    Case(
        "request-unknown-form", "InformationRequest", _request({**FORM_01A, "form": "01c"}), False
    ),
    Case(
        "request-dd/mm/yyyy",
        "InformationRequest",
        _request(FORM_01A, received_on="07/02/2024"),
        False,
    ),
    Case("form-01a", "RequestForm", FORM_01A, True),
    Case("form-01a-untagged", "RequestForm", UNTAGGED, False),
)


def library_accepts(case: Case) -> bool:
    """Whether tiepcan loads ``case.data`` as its model (from JSON text)."""
    from tiepcan.foundation.errors import TiepCanError
    from tiepcan.outputs.schemas import public_models

    try:
        public_models()[case.model].from_json(json.dumps(case.data))
    except TiepCanError:
        return False
    return True


def written_by_the_library() -> dict[str, list[dict[str, Any]]]:
    """JSON that tiepcan itself wrote, by model: every schema must accept its own output."""
    from tiepcan.catalogue import Catalogue
    from tiepcan.deadlines import response_deadline
    from tiepcan.decision import assess
    from tiepcan.fees import quote

    deadline = response_deadline(date(2024, 2, 7), "electronic", "complex")
    catalogue = Catalogue.from_dict(_catalogue({"id": "NS-1", "category": "dd", "forms": ["a"]}))
    decision = assess(_request(FORM_01A), {}, {})
    out: dict[str, list[dict[str, Any]]] = {}
    for result in (
        deadline,
        deadline.citations[0],
        quote({"photocopy_bw_a4": 12}, area="difficult", received=date(2024, 2, 7)),
        catalogue,
        catalogue.check(on=date(2025, 6, 3)),
        decision,
    ):
        out.setdefault(type(result).__name__, []).append(result.to_dict())
    return out


def export() -> dict[str, Any]:
    """The schemas, and the examples each must accept (``valid``) or refuse (``invalid``)."""
    from tiepcan.outputs.schemas import json_schemas

    valid = written_by_the_library()
    invalid: dict[str, list[dict[str, Any]]] = {}
    for case in CASES:
        if case.pending:
            continue
        (valid if case.schema_accepts else invalid).setdefault(case.model, []).append(case.data)
    return {"schemas": json_schemas(), "valid": valid, "invalid": invalid}


if __name__ == "__main__":
    json.dump(export(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
