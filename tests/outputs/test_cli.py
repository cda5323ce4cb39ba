"""The command line (``python -m tiepcan``): the worked example and each command, by option.

Every test runs in-process through ``main(argv)`` with captured output, except the one that
runs the module as a program. Dates are hand-counted against
``shared/reference/calendar-2018-2027.md`` (the announcement is named in each test).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tiepcan.outputs.cli import main

Capture = pytest.CaptureFixture[str]


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def json_error(capsys: Capture, *argv: str) -> dict[str, str]:
    """Under --json a failing command exits 1 (2: a command line that cannot be read) and
    prints the error's to_dict() as JSON."""
    code, out, err = run(capsys, *argv)
    data = json.loads(err)
    usage = data["code"] in ("invalid-command-line", "invalid-language")
    assert code == (2 if usage else 1) and out == ""
    assert set(data) == {"code", "message_vi", "message_en", "detail"}
    return data


# -- the worked example (the bare command) --------------------------------------------------


def test_worked_example_in_both_languages(capsys: Capture) -> None:
    """The design card's example: electronic, complex, received 7/2/2024 → due 6/3/2024."""
    code, out, _ = run(capsys)
    assert code == 0
    assert "Hạn trả lời: 06/03/2024; hạn thông báo thời hạn: 19/02/2024" in out
    assert "Answer due: 2024-03-06; notice of the time limit due: 2024-02-19" in out
    assert "Điều 30 khoản 4 Luật Tiếp cận thông tin số 104/2016/QH13" in out
    assert "8662/VPCP-KGVX" in out  # Tết 2024, skipped with its instrument
    # 12 × 2,100 + 2 × 12,600 + 27,500 postage, written as each language writes money
    assert "Tổng cộng: 77.900 đồng" in out and "Total: 77,900 đồng" in out


def test_worked_example_in_one_language(capsys: Capture) -> None:
    _, vi, _ = run(capsys, "--lang", "vi")
    assert "Hạn trả lời: 06/03/2024" in vi and "Answer due" not in vi and "Total:" not in vi
    _, en, _ = run(capsys, "--lang", "en")
    assert "Answer due: 2024-03-06" in en and "Hạn trả lời" not in en and "Tổng cộng" not in en


def test_worked_example_as_json(capsys: Capture) -> None:
    code, out, _ = run(capsys, "--json")
    data = json.loads(out)
    assert code == 0 and data["deadline"]["due"] == "2024-03-06"
    assert data["quote"]["total"] == 77900


def test_unknown_language_is_a_coded_error(capsys: Capture) -> None:
    assert json_error(capsys, "--json", "--lang", "fr")["code"] == "invalid-language"
    code, _, err = run(capsys, "--lang", "fr")
    assert code == 2 and err.startswith("[invalid-language]")


def test_usage_errors_are_bilingual_and_json_under_json(capsys: Capture) -> None:
    data = json_error(capsys, "--json", "workday")
    assert data["code"] == "invalid-command-line" and data["message_vi"].startswith("Dòng lệnh")
    code, _, err = run(capsys, "nonsense")
    assert code == 2 and "[invalid-command-line]" in err


# -- deadline -------------------------------------------------------------------------------


def test_deadline_summary_in_each_language(capsys: Capture) -> None:
    """Art. 30(4) + 15 days' extension: 6/3/2024 + 15 → Thu 21/3/2024; notice 3 wd → 19/2."""
    argv = ("deadline", "2024-02-07", "electronic", "complex", "--extended")
    _, en, _ = run(capsys, *argv, "--lang", "en")
    assert en.startswith("Answer due: 2024-03-21; notice of the time limit due: 2024-02-19")
    assert "original due date 2024-03-06" in en and "Hạn" not in en
    _, vi, _ = run(capsys, *argv, "--lang", "vi")
    assert vi.startswith("Hạn trả lời: 21/03/2024; hạn thông báo thời hạn: 19/02/2024")
    assert "Answer due" not in vi


def test_deadline_command_json(capsys: Capture) -> None:
    code, out, _ = run(capsys, "--json", "deadline", "2024-02-07", "fax", "simple")
    assert code == 0
    assert json.loads(out)["due"] == "2024-02-21"  # 5 wd after Tết 8–14/2/2024 (8662/VPCP-KGVX)


def test_deadline_received_via_is_not_the_form_of_provision(capsys: Capture) -> None:
    """Issue 9: a postal request asking for electronic delivery follows art. 30(3) (3 wd):
    received Mon 20/1/2025 → Thu 23/1/2025."""
    argv = ("deadline", "2025-01-20", "electronic", "simple", "--received-via", "postal")
    data = json.loads(run(capsys, *argv, "--json")[1])
    assert data["due"] == "2025-01-23"
    assert data["received_via"] == "postal" and data["provision"] == "electronic"
    assert "30(3)" in run(capsys, *argv, "--lang", "en")[1]


def test_deadline_postal_request_to_read_at_the_office(capsys: Capture) -> None:
    """Art. 29(1) "cung cấp ngay" presumes the requester is there: a postal request is due in
    the 5 wd of art. 31(1): 21, 22, 23, 24/1, then Tết 27–31/1/2025 (8726/VPCP-KGVX) → 3/2."""
    argv = ("deadline", "2025-01-20", "at_office", "simple", "--received-via", "postal", "--json")
    data = json.loads(run(capsys, *argv)[1])
    assert data["due"] == "2025-02-03" and data["immediate"] is False
    assert "remote-request-simple-at-office" in data["interpretations"]


def test_deadline_immediately_is_on_a_working_day(capsys: Capture) -> None:
    """Art. 29(1) at the office on Sunday 5/1/2025: immediately, on Monday 6/1/2025."""
    _, vi, _ = run(capsys, "deadline", "2025-01-05", "at_office", "simple", "--lang", "vi")
    assert vi.startswith("Cung cấp ngay khi người yêu cầu có mặt tại trụ sở")
    assert "06/01/2025" in vi.splitlines()[0]


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # 20:00 UTC on Mon 4/3 is 03:00 on Tue 5/3 in Vietnam: 6, 7, 8/3 → Fri 8/3/2024
        ("2024-03-04T20:00:00+00:00", "2024-03-08"),
        ("2024-03-04T20:00Z", "2024-03-08"),
        # a naive moment is Vietnam time: Mon 4/3 → 5, 6, 7/3
        ("2024-03-04T20:00", "2024-03-07"),
        ("2024-03-04", "2024-03-07"),
    ],
)
def test_deadline_takes_a_moment_with_its_zone(capsys: Capture, received: str, due: str) -> None:
    """Design §6: an aware moment is converted to Vietnam time (UTC+7) before its day is taken."""
    out = run(capsys, "deadline", received, "electronic", "simple", "--json")[1]
    assert json.loads(out)["due"] == due


def test_deadline_far_date_is_an_error_not_a_traceback(capsys: Capture) -> None:
    """Issue 9: 9999-12-31 (a common "no end date") once crashed with OverflowError."""
    argv = ("deadline", "9999-12-31", "electronic", "simple", "--regime", "ati-2016")
    assert json_error(capsys, *argv, "--json")["code"] == "date-outside-calendar"
    code, _, err = run(capsys, *argv)
    assert code == 1 and err.startswith("[date-outside-calendar]")


def test_deadline_bad_input(capsys: Capture) -> None:
    assert json_error(capsys, "deadline", "2024-02-30", "fax", "simple", "--json")["code"] == (
        "invalid-date"
    )
    assert json_error(capsys, "deadline", "2024-02-07", "pigeon", "simple", "--json")["code"] == (
        "invalid-provision"
    )
    # Law 01/2026/QH16 art. 24(1): fax is no longer a way of requesting from 1/9/2026
    code, _, err = run(capsys, "deadline", "2026-09-02", "fax", "simple")
    assert code == 1 and "[channel-not-in-law]" in err
    code, _, err = run(capsys, "deadline", "2018-06-30", "electronic", "simple")
    assert code == 1 and "[before-law-in-force]" in err


def test_deadline_shorter_extension(capsys: Capture) -> None:
    """Art. 30(4): "không quá 15 ngày": 5 days on from 6/3/2024 → Mon 11/3/2024."""
    argv = ("deadline", "2024-02-07", "electronic", "complex", "--extension-length", "5")
    data = json.loads(run(capsys, *argv, "--json")[1])
    assert (data["due"], data["extension_length"]) == ("2024-03-11", 5)
    bad = ("deadline", "2024-02-07", "electronic", "complex", "--extension-length", "x")
    assert json_error(capsys, *bad, "--json")["code"] == "invalid-number"


def test_deadline_receipt_policy(capsys: Capture) -> None:
    """Received Sat 2/3/2024 by e-mail, simple (art. 30(3), 3 wd): the Civil Code reading counts
    4, 5, 6/3; "next working day" takes Mon 4/3 as the receipt and counts 5, 6, 7/3."""
    argv = ("deadline", "2024-03-02", "electronic", "simple", "--json")
    assert json.loads(run(capsys, *argv)[1])["due"] == "2024-03-06"
    policy = ("--receipt-policy", "next_working_day")
    assert json.loads(run(capsys, *argv, *policy)[1])["due"] == "2024-03-07"
    assert json_error(capsys, *argv, "--receipt-policy", "x")["code"] == "invalid-receipt-policy"


# -- limit ------------------------------------------------------------------------------------


def test_limit_maximum_is_a_date_to_act_by(capsys: Capture) -> None:
    """Art. 22(4): 15 days from 15/4/2024 is 30/4, a holiday, as is 1/5 → Thu 2/5/2024
    (Civil Code art. 148(5))."""
    _, vi, _ = run(capsys, "limit", "disclosure.inaccuracy_answer", "2024-04-15", "--lang", "vi")
    assert "chậm nhất ngày 02/05/2024" in vi.splitlines()[0] and "due" not in vi
    _, en, _ = run(capsys, "limit", "disclosure.inaccuracy_answer", "2024-04-15", "--lang", "en")
    assert "due 2024-05-02 (at the latest)" in en.splitlines()[0]


def test_limit_minimum_posting_period_is_not_a_due_date(capsys: Capture) -> None:
    """Art. 21(2): posted "ít nhất là 30 ngày": from 15/4/2024 at least until 15/5/2024."""
    _, vi, _ = run(capsys, "limit", "disclosure.posting_minimum", "2024-04-15", "--lang", "vi")
    assert "ít nhất đến hết ngày 15/05/2024" in vi.splitlines()[0]
    _, en, _ = run(capsys, "limit", "disclosure.posting_minimum", "2024-04-15", "--lang", "en")
    head = en.splitlines()[0]
    assert "at least until the end of 2024-05-15" in head and "due" not in head


def test_limit_by_its_new_id(capsys: Capture) -> None:
    """Art. 18(4), 5 wd from Fri 9/1/2026: Sat 10/1 is worked (12729/VPCP-KGVX) → 15/1."""
    out = run(capsys, "limit", "disclosure.publish", "2026-01-09", "--json")[1]
    assert json.loads(out)["due"] == "2026-01-15"


def test_limit_by_an_id_of_tiepcan_0_1_is_refused_naming_the_new_id(capsys: Capture) -> None:
    """0.3.0 removed the 0.1 ids: ``art22.4`` (art. 22(4)) is now
    ``disclosure.inaccuracy_answer``, and the error says so."""
    err = json_error(capsys, "--json", "limit", "art22.4", "2024-04-15")
    assert err["code"] == "unknown-time-limit"
    assert err["detail"].startswith(
        "limit_id='art22.4'; art22.4 is now disclosure.inaccuracy_answer; "
    )
    code, out, text = run(capsys, "limit", "art22.4", "2024-04-15", "--lang", "en")
    assert code == 1 and out == ""
    assert "art22.4 is now disclosure.inaccuracy_answer" in text


def test_limit_help_lists_only_countable_limits(capsys: Capture) -> None:
    from tiepcan.deadlines import PeriodUnit, time_limits

    code, out, _ = run(capsys, "limit", "--help")
    assert code == 0
    for lim in time_limits(regime="ati-2016").values():
        listed = f"  {lim.id} " in out
        assert listed == (lim.unit is not PeriodUnit.IMMEDIATE), lim.id


def test_limit_errors(capsys: Capture) -> None:
    """ "Ngay" (art. 29(1)) has nothing to count; far dates and unknown ids are coded errors."""
    assert json_error(capsys, "--json", "limit", "at_office.simple", "2024-04-15")["code"] == (
        "immediate-limit"
    )
    far = json_error(capsys, "--json", "limit", "disclosure.inaccuracy_answer", "9999-12-31")
    assert far["code"] == "date-outside-calendar"
    assert json_error(capsys, "--json", "limit", "nope", "2024-04-15")["code"] == (
        "unknown-time-limit"
    )


# -- workday ----------------------------------------------------------------------------------


def test_workday_in_each_language(capsys: Capture) -> None:
    """Sat 10/1/2026 is a make-up working day (Công văn 12729/VPCP-KGVX)."""
    _, vi, _ = run(capsys, "workday", "2026-01-10", "--lang", "vi")
    assert vi.startswith("10/01/2026 (Thứ Bảy): ngày làm việc") and "working day" not in vi
    assert "12729/VPCP-KGVX" in vi
    _, en, _ = run(capsys, "workday", "2026-01-10", "--lang", "en")
    assert en.startswith("2026-01-10 (Saturday): working day") and "ngày" not in en
    data = json.loads(run(capsys, "--json", "workday", "2026-01-10")[1])
    assert data["working"] is True


def test_workday_bad_input(capsys: Capture) -> None:
    assert json_error(capsys, "workday", "31/12/2024", "--json")["code"] == "invalid-date"
    code, _, err = run(capsys, "workday", "31/12/2024")
    assert code == 1 and "[invalid-date]" in err


# -- fee ----------------------------------------------------------------------------------------

FEE = ("fee", "photocopy_bw_a4=12", "--received", "2024-02-07", "--area", "difficult")


def test_fee_total_as_each_language_writes_money(capsys: Capture) -> None:
    """Circular 46/2018 appendix 1.1: 3,000 đ; 70% in a difficult area: 12 × 2,100 = 25,200."""
    _, vi, _ = run(capsys, *FEE, "--lang", "vi")
    assert vi.startswith("Tổng cộng: 25.200 đồng") and "Total" not in vi
    _, en, _ = run(capsys, *FEE, "--lang", "en")
    assert en.startswith("Total: 25,200 đồng") and "Tổng cộng" not in en
    assert json.loads(run(capsys, *FEE, "--json")[1])["total"] == 25200


def test_fee_postal_without_postage_says_so(capsys: Capture) -> None:
    _, en, _ = run(capsys, *FEE, "--channel", "postal", "--lang", "en")
    assert "postage by post not included" in en.splitlines()[0]


def test_fee_item_given_twice_is_refused(capsys: Capture) -> None:
    argv = ("fee", "photocopy_bw_a4=3", "photocopy_bw_a4=4", "--received", "2024-02-07")
    assert json_error(capsys, *argv, "--json")["code"] == "duplicate-item"


def test_fee_bad_numbers_do_not_leak_argparse_wording(capsys: Capture) -> None:
    data = json_error(capsys, "fee", "photocopy_bw_a4=1", "--postage", "abc", "--json")
    assert data["code"] == "invalid-number" and "invalid int value" not in json.dumps(data)
    assert "postage" in data["detail"]  # the message is the code's one; the detail says where
    assert json_error(capsys, "--json", "fee", "photocopy_bw_a4=x")["code"] == "invalid-item-spec"
    code, _, err = run(capsys, "fee", "photocopy_bw_a4=1", "--postage", "abc")
    assert code == 1 and err.startswith("[invalid-number]")


# -- cite -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "label_en", "words"),
    [
        (("28", "1", "dd"), "Law 104/2016/QH13 on Access to Information, art. 28(1)(đ)",
         "vượt quá khả năng đáp ứng"),
        (("104/2016/QH13 art. 28(1)(đ)",), "Law 104/2016/QH13 on Access to Information, art. 28(1)(đ)",
         "vượt quá khả năng đáp ứng"),
        (("13/2018/NĐ-CP", "13", "2"), "Decree 13/2018/NĐ-CP, art. 13(2)",
         "trả trước khi cung cấp thông tin"),
        (("13/2018/ND-CP", "13", "2"), "Decree 13/2018/NĐ-CP, art. 13(2)",
         "trả trước khi cung cấp thông tin"),
        (("--instrument", "decree13", "13", "2"), "Decree 13/2018/NĐ-CP, art. 13(2)",
         "trả trước khi cung cấp thông tin"),
        (("circular46", "3", "1.1", "b"), "Circular 46/2018/TT-BTC, art. 3(1.1)(b)",
         "mức thu bằng 70%"),
        (("civil-code", "148", "5"), "Civil Code 2015, art. 148(5)", "ngày nghỉ"),
        (("64/2018/TT-BQP", "1"), "Circular 64/2018/TT-BQP, art. 1", "Bộ Quốc phòng"),
    ],
)  # fmt: skip
def test_cite_any_bundled_instrument(
    capsys: Capture, argv: tuple[str, ...], label_en: str, words: str
) -> None:
    code, out, _ = run(capsys, "cite", *argv, "--lang", "en")
    assert code == 0 and out.startswith(label_en) and words in out
    data = json.loads(run(capsys, "cite", *argv, "--json")[1])
    assert data["label_en"] == label_en and words in data["text"]


def test_cite_in_vietnamese_only(capsys: Capture) -> None:
    _, vi, _ = run(capsys, "cite", "28", "1", "đ", "--lang", "vi")
    assert vi.startswith("Điều 28 khoản 1 điểm đ Luật Tiếp cận thông tin số 104/2016/QH13")
    assert "art. 28" not in vi


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (("0",), "invalid-citation"),
        (("abc",), "invalid-citation"),
        (("28", "x1"), "invalid-citation"),
        (("28", "1", "x"), "invalid-citation"),
        (("decree13",), "invalid-citation"),
        (("decree99", "1"), "unknown-instrument"),
        (("99",), "citation-not-found"),
    ],
)
def test_cite_bad_input_is_a_clear_coded_error(
    capsys: Capture, argv: tuple[str, ...], code: str
) -> None:
    data = json_error(capsys, "cite", *argv, "--json")
    assert data["code"] == code
    assert "invalid int value" not in json.dumps(data) and "pydantic" not in json.dumps(data)


# -- help lists every allowed value -------------------------------------------------------------


def test_help_lists_the_allowed_values(capsys: Capture) -> None:
    from tiepcan.deadlines import ReceiptPolicy
    from tiepcan.fees import Area, FeeItem
    from tiepcan.foundation.regimes import REGIMES
    from tiepcan.foundation.terms import Channel, Complexity

    def help_of(*argv: str) -> str:
        code, out, _ = run(capsys, *argv, "--help")
        assert code == 0
        return out

    regimes = [r.id for r in REGIMES]
    deadline = help_of("deadline")
    for value in [*Channel, *Complexity, *ReceiptPolicy]:
        assert f"  {value.value} " in deadline, value
    assert all(r in deadline for r in regimes)
    fee = help_of("fee")
    for value in [*FeeItem, *Area, *Channel]:
        assert f"  {value.value} " in fee, value
    cite = help_of("cite")
    assert all(a in cite for a in ("law104", "decree13", "circular46", "circular64", "civil-code"))
    assert all(s in help_of("labels") for s in ("enums", "citations", "errors", "regimes"))
    assert "Deadline" in help_of("schemas")
    top = help_of()
    assert all(c in top for c in ("assess", "catalogue", "duties", "register", "schemas"))
    assert "both" in top and all(r in top for r in regimes)


# -- the program ------------------------------------------------------------------------------


def test_module_runs_as_a_program() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tiepcan", "workday", "2026-11-24", "--lang", "vi"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "Ngày Văn hóa Việt Nam" in done.stdout
    failed = subprocess.run(
        [sys.executable, "-m", "tiepcan", "--json", "cite", "abc"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failed.returncode == 1 and json.loads(failed.stderr)["code"] == "invalid-citation"


def test_the_worked_example_also_counts_a_deadline_under_law_01_2026(capsys: Capture) -> None:
    """Received Thu 12/11/2026: 12 calendar days (art. 26(3)) end on Tue 24/11/2026, Vietnam
    Cultural Day (Resolution 28/2026/QH16; Công văn 10065/VPCP-KGVX), so the period ends on the
    next working day, Wed 25/11/2026 (Civil Code art. 148(5))."""
    code, out, _ = run(capsys, "--lang", "en")
    assert code == 0
    part = out.split("== Deadline under Law 01/2026/QH16", 1)[1].split("== Cost", 1)[0]
    assert "received 2026-11-12" in part and "Answer due: 2026-11-25" in part
    assert "art. 26(3)" in part and "art. 148(5)" in part and "Vietnam Cultural Day" in part
