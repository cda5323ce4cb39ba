"""Mutation testing of the rules: how many wrong answers would the suite let through?

Not part of CI (a full run takes over an hour on two cores). mutmut is not a project
dependency; install it into your development environment first:

    pip install mutmut==3.8.1

    python tools/mutate.py                     # every module below, then the table
    python tools/mutate.py deadlines fees      # only these modules (names as in MODULES)
    python tools/mutate.py rules               # every module of tiepcan/rules/
    python tools/mutate.py catalogue           # tiepcan/catalogue.py and tiepcan/_catalogue/*.py
    python tools/mutate.py --data              # the data mode only (see below)
    python tools/mutate.py --report            # reprint the table from the last runs
    python tools/mutate.py deadlines --diff    # also write each survivor's diff
    python tools/mutate.py --list rules        # the test files each module's run selects

Code mode. Each module is mutated by mutmut in its own scratch copy of the project,
``build/mutate/<module>/`` (mutmut copies that into its ``mutants/``), with a
``[tool.mutmut]`` section written for that module only: ``only_mutate`` is the module's file
(for a package such as ``tiepcan/decision/``, each of its files, scored together),
``pytest_add_cli_args_test_selection`` its test files (``TEST_SELECTION`` below: the module's
own tests, named after it, and those of the modules built on it, so a mutant runs only those
of them that call the mutated function; a score is therefore a lower bound of what the whole suite would catch). The run
is deterministic: the hypothesis profile ``mutation`` of ``tests/conftest.py`` (derandomized,
no example database), ``-p no:randomly``, no coverage, ``--max-children 2``. mutmut puts
``mutants/`` first on ``sys.path`` and refuses to run when its forced-failure check passes,
i.e. unless the tests import the mutated copy; ``check_mutated_copy_is_imported`` checks the
same thing directly before the run.

Data mode (``--data``). Each integer value of ``tiepcan/data/ati-2016/time_limits.toml`` and
``fees.toml`` (a time limit's length, a rate, a format multiplier) is changed by +1 and by -1,
one at a time, in a temporary copy of the package put first on ``sys.path``; the suite
(``DATA_TESTS``) must fail for each. A change it lets pass is a declared limit or rate that
no test pins.

The table printed at the end is Markdown (module, mutants, killed, survived, timeout, no
tests, score); the survivors follow, per module. Score = (killed + timeout) / (mutants -
skipped), as mutmut computes it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "mutate"

# module name -> its file, or a glob of a package's files (mutated in one run, as one module)
MODULES: dict[str, str] = {
    "deadlines": "tiepcan/deadlines.py",
    "workdays": "tiepcan/foundation/workdays.py",
    "fees": "tiepcan/fees.py",
    "decision": "tiepcan/decision/*.py",
    "catalogue": "tiepcan/catalogue.py",
    # the catalogue engine's parts (tiepcan/_catalogue/): "catalogue" selects them all
    **{
        f"catalogue.{p.stem}": f"tiepcan/_catalogue/{p.name}"
        for p in sorted((ROOT / "tiepcan" / "_catalogue").glob("*.py"))
        if p.name != "__init__.py"
    },
    **{
        f"rules.{p.stem}": f"tiepcan/rules/{p.name}"
        for p in sorted((ROOT / "tiepcan" / "rules").glob("*.py"))
        if p.name != "__init__.py"
    },
}

# the tests of the rule modules, and of the engines built on them
_RULES_TESTS = [
    "tests/**/test_rules_*.py",
    "tests/**/test_decision*.py",
    "tests/**/test_catalogue*.py",
    "tests/rules/test_disclosure.py",
    "tests/engines/test_duties.py",
    "tests/engines/test_forms.py",
    "tests/register/test_lifecycle.py",
]

# module name -> the test files (globs) that exercise it: the module's own tests, named after
# it (tiepcan/fees.py: tests/**/test_fees*.py; tiepcan/rules/duties.py: tests/rules/test_rules_duties.py),
# then those of the modules built on it. A mutant runs the tests among these that call the
# mutated function (mutmut records which tests call which function). `--list` prints them.
TEST_SELECTION: dict[str, list[str]] = {
    "deadlines": [
        "tests/**/test_deadlines*.py",  # both laws: Law 01/2026/QH16's limits in _2026
        "tests/test_entry_points_2026.py",
        "tests/foundation/test_regime_2026.py",
        "tests/foundation/test_workdays.py",
        "tests/register/test_batch.py",
        "tests/engines/test_forms.py",
        "tests/register/test_lifecycle.py",
        "tests/foundation/test_regimes_fake.py",
    ],
    "workdays": [
        "tests/foundation/test_workdays.py",
        "tests/engines/test_deadlines.py",
        "tests/foundation/test_calendar_labels.py",
        "tests/register/test_lifecycle.py",
        "tests/foundation/test_regimes_fake.py",
    ],
    "fees": [
        "tests/**/test_fees*.py",
        "tests/test_entry_points_2026.py",
        "tests/engines/test_forms.py",
        "tests/foundation/test_regimes_fake.py",
    ],
    "decision": [
        "tests/**/test_decision*.py",
        "tests/engines/test_forms.py",
        "tests/foundation/test_regimes_fake.py",
        "tests/rules/test_rules_refusals.py",
        "tests/rules/test_rules_schemas.py",
    ],
    "catalogue": [
        "tests/**/test_catalogue*.py",
        "tests/rules/test_disclosure.py",
        "tests/engines/test_duties.py",
    ],
    **{name: _RULES_TESTS for name in MODULES if name.startswith("rules.")},
}
TEST_SELECTION.update(
    {name: TEST_SELECTION["catalogue"] for name in MODULES if name.startswith("catalogue.")}
)

# the data mode's test files: those that read the time limits and the fee table
DATA_TESTS = [
    "tests/engines/test_deadlines.py",
    "tests/**/test_fees*.py",
    "tests/engines/test_forms.py",
    "tests/register/test_lifecycle.py",
    "tests/engines/test_decision_scenarios.py",
    "tests/engines/test_decision_result.py",
    "tests/foundation/test_workdays.py",
    "tests/**/test_rules_*.py",
    "tests/rules/test_disclosure.py",
    "tests/**/test_catalogue*.py",  # the catalogue's checks count the disclosure limits
]
DATA_FILES = ["tiepcan/data/ati-2016/time_limits.toml", "tiepcan/data/ati-2016/fees.toml"]

# what the tests read besides the package and the tests: docs pages checked against the code,
# and tools/render_form_samples.py, which renders the form samples tests/engines/test_forms.py compares
ALSO_COPY = ["docs/", "README.md", "tools/"]


def _copy_also(base: Path) -> None:
    """Copy ALSO_COPY from the checkout into ``base``."""
    for item in ALSO_COPY:
        source = ROOT / item
        if source.is_dir():
            shutil.copytree(source, base / item, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, base / item)


ENV = {
    "TIEPCAN_HYPOTHESIS_PROFILE": "mutation",
    "PYTHONHASHSEED": "0",
}
PYTEST_ARGS = ["-p", "no:randomly", "-p", "no:cacheprovider", "-p", "no:cov"]

# mutmut's own reading of a mutant's exit code (mutmut.stats.status_by_exit_code)
STATUS = {
    1: "killed",
    3: "killed",
    0: "survived",
    5: "no tests",
    33: "no tests",
    34: "skipped",
    36: "timeout",
    -24: "timeout",
    24: "timeout",
    152: "timeout",
    255: "timeout",
    37: "caught by type check",
}


def _expand(globs: list[str], base: Path) -> list[str]:
    files: list[str] = []
    for pattern in globs:
        for path in sorted(base.glob(pattern)):
            rel = path.relative_to(base).as_posix()
            if rel not in files:
                files.append(rel)
    return files


def _module_files(module_file: str) -> list[str]:
    """The files of a MODULES entry: the file itself, or each file a package's glob matches."""
    return _expand([module_file], ROOT)


def list_selection(names: list[str]) -> int:
    """Print each module's file and the test files selected for it, and the data mode's; name
    each glob that matches no file. Returns 1 if a module has no file or no test, else 0."""
    bad = 0
    for name in names:
        module_file = MODULES[name]
        tests = _expand(TEST_SELECTION[name], ROOT)
        missing = "" if _module_files(module_file) else "  (no such file)"
        print(f"{name}: {module_file}{missing}; {len(tests)} test files")
        for test in tests:
            print(f"    {test}")
        for pattern in TEST_SELECTION[name]:
            if not _expand([pattern], ROOT):
                print(f"    ({pattern} matches no file)")
        bad |= bool(missing) or not tests
    tests = _expand(DATA_TESTS, ROOT)
    print(f"data mode: {', '.join(DATA_FILES)}; {len(tests)} test files")
    for test in tests:
        print(f"    {test}")
    return 1 if bad else 0


def _pyproject_for(module_file: str, tests: list[str]) -> str:
    """The project's pyproject.toml with a [tool.mutmut] section for one module."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    text = re.sub(r"(?ms)^\[tool\.mutmut\]\n.*?(?=^\[|\Z)", "", text)
    section = {
        "source_paths": ["tiepcan"],
        "only_mutate": _module_files(module_file),
        "pytest_add_cli_args": PYTEST_ARGS,
        "pytest_add_cli_args_test_selection": tests,
        "also_copy": ALSO_COPY,
        "use_git_change_detection": False,
        "mutate_only_covered_lines": False,
    }
    lines = ["", "[tool.mutmut]"]
    for key, value in section.items():
        lines.append(f"{key} = {json.dumps(value)}")
    return text.rstrip("\n") + "\n" + "\n".join(lines) + "\n"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(ENV)
    env.pop("TIEPCAN_REQUIRE_INSTALLED", None)
    env.pop("CI", None)
    return env


def check_mutated_copy_is_imported(workdir: Path) -> None:
    """Import tiepcan as mutmut's test run will (``mutants/`` first, the checkout removed) and
    check that the copy is what comes in, package data included."""
    code = (
        "import sys, pathlib, importlib.resources as r;"
        f"sys.path.insert(0, {str(workdir / 'mutants')!r});"
        f"sys.path[:] = [p for p in sys.path if pathlib.Path(p or '.').resolve() != pathlib.Path({str(workdir)!r})];"
        "import tiepcan;"
        "print(tiepcan.__file__);"
        "print(r.files('tiepcan').joinpath('data/ati-2016/time_limits.toml').is_file())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=workdir / "mutants",
        env=_env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not out or not Path(out[0]).resolve().is_relative_to((workdir / "mutants").resolve()):
        raise SystemExit(f"the tests would import {out[:1]}, not the mutated copy in {workdir}")
    if out[1:] != ["True"]:
        raise SystemExit("the mutated copy has no package data")


def run_module(name: str, *, diff: bool) -> dict[str, object]:
    module_file = MODULES[name]
    workdir = WORK / name
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    shutil.copytree(
        ROOT / "tiepcan", workdir / "tiepcan", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(ROOT / "tests", workdir / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    _copy_also(workdir)
    tests = _expand(TEST_SELECTION[name], workdir)
    (workdir / "pyproject.toml").write_text(_pyproject_for(module_file, tests), encoding="utf-8")
    # mutmut's copy, made the way mutmut makes it, to check the import before the long run
    (workdir / "mutants").mkdir()
    shutil.copytree(workdir / "tiepcan", workdir / "mutants" / "tiepcan")
    check_mutated_copy_is_imported(workdir)
    shutil.rmtree(workdir / "mutants")

    print(f"## {name}: mutmut over {module_file}; tests: {' '.join(tests)}", flush=True)
    mutmut = Path(sys.executable).with_name("mutmut")
    cmd = [str(mutmut) if mutmut.exists() else "mutmut", "run", "--max-children", "2"]
    proc = subprocess.run(cmd, cwd=workdir, env=_env(), capture_output=True, text=True)
    (workdir / "mutmut.log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
    if proc.returncode != 0:
        print(proc.stdout[-3000:], proc.stderr[-3000:], sep="\n")
        raise SystemExit(f"mutmut failed for {name} (log: {workdir / 'mutmut.log'})")

    by_status: dict[str, list[str]] = {}
    file_of: dict[str, str] = {}  # mutant -> the file it mutates (a package has several)
    for path in _module_files(module_file):
        meta_file = workdir / "mutants" / (path + ".meta")
        if not meta_file.is_file():  # nothing to mutate in it (a package's __init__.py)
            continue
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        for key, code in sorted(meta["exit_code_by_key"].items()):
            by_status.setdefault(STATUS.get(code, "suspicious"), []).append(key)
            file_of[key] = path
    summary = {
        "module": name,
        "file": module_file,
        "tests": tests,
        "by_status": by_status,
        "file_of": file_of,
    }
    (workdir / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    if diff:
        write_diffs(summary)
    return summary


def write_diffs(summary: dict[str, Any]) -> None:
    """Each survivor's diff, in one process, to build/mutate/<module>/survivors.diff."""
    workdir = WORK / summary["module"]
    by_status = summary["by_status"]
    left = by_status.get("survived", []) + by_status.get("no tests", [])
    file_of: dict[str, str] = summary.get("file_of", {})
    pairs = [(key, file_of.get(key, summary["file"])) for key in left]
    code = (
        "import json, sys\n"
        "from mutmut.mutation.diff_apply import get_diff_for_mutant\n"
        "for key, path in json.loads(sys.argv[1]):\n"
        "    print('# ' + key); print(get_diff_for_mutant(key, path=path))\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code, json.dumps(pairs)],
        cwd=workdir,
        env=_env(),
        capture_output=True,
        text=True,
    )
    (workdir / "survivors.diff").write_text(shown.stdout + shown.stderr, encoding="utf-8")
    print(f"   survivors' diffs: {workdir / 'survivors.diff'}")


_VI = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]")
_STRING = re.compile(r"""(["'])(?:(?!\1).)*\1""")


def classify(diff: str) -> str:
    """What a survivor changes: Vietnamese text, English text, or logic (anything else).

    A mutant that changes, replaces with None or drops only string literals is text; it is
    Vietnamese text if a changed literal has Vietnamese letters.
    """
    changed = changed_literals(diff)
    if changed is None:
        return "logic"
    return "Vietnamese text" if any(_VI.search(x) for x in changed) else "English text"


def changed_literals(diff: str) -> list[str] | None:
    """The string literals a mutant changes, replaces or drops; None if it changes more."""
    lines = diff.splitlines()
    minus = [x[1:] for x in lines if x.startswith("-") and not x.startswith("---")]
    plus = [x[1:] for x in lines if x.startswith("+") and not x.startswith("+++")]
    if not minus:
        return None
    if len(plus) < len(minus):  # whole lines dropped: what they held
        dropped = [x for x in minus if x not in plus]
        if all(_STRING.sub("", x).strip(" ,)") == "" for x in dropped):
            return [m.group(0)[1:-1] for x in dropped for m in _STRING.finditer(x)]
        return None
    if len(plus) != len(minus):
        return None
    out: list[str] = []
    for m, p in zip(minus, plus, strict=True):
        if m == p:
            continue
        found = _changed_in_line(m, p)
        if found is None:
            return None
        out.append(found)
    return out or None


def _changed_in_line(m: str, p: str) -> str | None:
    olds = [x.group(0) for x in _STRING.finditer(m)]
    news = [x.group(0) for x in _STRING.finditer(p)]
    if len(olds) == len(news) and _STRING.sub('""', m) == _STRING.sub('""', p):
        diffs = [a[1:-1] for a, b in zip(olds, news, strict=True) if a != b]
        return diffs[0] if len(diffs) == 1 else None
    for lit in _STRING.finditer(m):
        before, after = m[: lit.start()], m[lit.end() :]
        if before + "None" + after == p:  # replaced by None
            return lit.group(0)[1:-1]
        if after.startswith(", ") and before + after[2:] == p:  # dropped argument
            return lit.group(0)[1:-1]
        if before.endswith(", ") and before[:-2] + after == p:
            return lit.group(0)[1:-1]
    return None


#: survivors known to be equivalent, by what the mutant changes (see docs/mutation.md).
#: Raise sites give a code and a detail only (tiepcan.foundation.errors: one message per code), so no
#: rule for dead message text is needed any more.
EQUIVALENT = {
    "fast-path": "a fast-path type check; the general path returns the same value",
}


def equivalent_reason(diff: str) -> str | None:
    """The key of EQUIVALENT that explains a survivor, if one does."""
    lines = diff.splitlines()
    plus = [x[1:] for x in lines if x.startswith("+") and not x.startswith("+++")]
    if any("type(None) is" in p for p in plus):
        return "fast-path"
    return None


def survivor_reasons(module: str) -> dict[str, str | None]:
    """Survivor name -> key of EQUIVALENT (None: not shown equivalent)."""
    path = WORK / module / "survivors.diff"
    if not path.is_file():
        return {}
    out: dict[str, str | None] = {}
    for block in path.read_text(encoding="utf-8").split("\n# "):
        name, _, diff = block.lstrip("# ").partition("\n")
        if name.strip():
            out[name.strip()] = equivalent_reason(diff)
    return out


def survivor_kinds(module: str) -> dict[str, str]:
    """Survivor name -> kind, from build/mutate/<module>/survivors.diff (if written)."""
    path = WORK / module / "survivors.diff"
    if not path.is_file():
        return {}
    kinds = {}
    for block in path.read_text(encoding="utf-8").split("\n# ")[0:]:
        name, _, diff = block.lstrip("# ").partition("\n")
        if name.strip():
            kinds[name.strip()] = classify(diff)
    return kinds


def _score(by_status: dict[str, list[str]]) -> tuple[int, int, int, int, int, float]:
    count = {k: len(v) for k, v in by_status.items()}
    total = sum(count.values())
    killed = count.get("killed", 0) + count.get("caught by type check", 0)
    timeout = count.get("timeout", 0)
    tested = total - count.get("skipped", 0)
    score = 100.0 * (killed + timeout) / tested if tested else 0.0
    return total, killed, count.get("survived", 0), timeout, count.get("no tests", 0), score


def print_report(
    summaries: list[dict[str, object]], data: dict[str, object] | None, *, survivors: bool = True
) -> None:
    """The table, then each module's survivors: kind, and why it is equivalent if known."""
    print()
    print(
        "| module | mutants | killed | survived | timeout | no tests | score "
        "| survivors: logic / English text / Vietnamese text | known equivalent "
        "| score without them |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|")
    for s in summaries:
        total, killed, survived, timeout, no_tests, score = _score(s["by_status"])  # type: ignore[arg-type]
        module = str(s["module"])
        kinds = list(survivor_kinds(module).values())
        split = (
            " / ".join(str(kinds.count(k)) for k in ("logic", "English text", "Vietnamese text"))
            if kinds
            else ""
        )
        equivalent = sum(1 for r in survivor_reasons(module).values() if r)
        net = 100.0 * (killed + timeout) / (total - equivalent) if total > equivalent else 0.0
        print(
            f"| {s['file']} | {total:,} | {killed:,} | {survived} | {timeout} | {no_tests} "
            f"| {score:.1f} % | {split} | {equivalent} | {net:.1f} % |"
        )
    if data is not None:
        rows = data["results"]  # type: ignore[index]
        caught = sum(1 for r in rows if r["caught"])  # type: ignore[attr-defined]
        n = len(rows)  # type: ignore[arg-type]
        score = 100.0 * caught / n if n else 0.0
        names = ", ".join(Path(f).name for f in DATA_FILES)
        print(
            f"| data: {names} (±1) | {n} | {caught} | {n - caught} | 0 | 0 | {score:.1f} % | | | |"
        )
    for s in summaries if survivors else []:
        by_status: dict[str, list[str]] = s["by_status"]  # type: ignore[assignment]
        left = by_status.get("survived", []) + by_status.get("no tests", [])
        if left:
            kinds = survivor_kinds(str(s["module"]))
            reasons = survivor_reasons(str(s["module"]))
            print(f"\n### survivors in {s['file']} ({len(left)})\n")
            for key in left:
                notes = [kinds[key]] if key in kinds else []
                if reasons.get(key):
                    notes.append(f"equivalent: {reasons[key]}")
                print(f"- `{key}`" + (f" ({'; '.join(notes)})" if notes else ""))
    if data is not None:
        missed = [r for r in data["results"] if not r["caught"]]  # type: ignore[attr-defined]
        if missed:
            print("\n### data changes the suite lets pass\n")
            for r in missed:
                print(f"- {r['file']}:{r['line']} `{r['text']}` → {r['value']}")


def print_survivor_summary(summaries: list[dict[str, object]]) -> None:
    """Per module: the survivors shown equivalent, by rule, and the rest by function."""
    for s in summaries:
        module = str(s["module"])
        by_status: dict[str, list[str]] = s["by_status"]  # type: ignore[assignment]
        left = by_status.get("survived", []) + by_status.get("no tests", [])
        if not left:
            continue
        kinds, reasons = survivor_kinds(module), survivor_reasons(module)
        print(f"\n### {s['file']}: {len(left)} survivors\n")
        for key, why in EQUIVALENT.items():
            names = [n for n in left if reasons.get(n) == key]
            if names:
                print(f"- {len(names)} equivalent: {why}.")
        rest: dict[str, list[str]] = {}
        for n in left:
            if not reasons.get(n):
                function = re.sub(r"__mutmut_\d+$", "", n.rsplit(".", 1)[-1])
                function = function[2:].replace("ǁ", ".").strip(".")
                rest.setdefault(function, []).append(kinds.get(n, "?"))
        if rest:
            print(f"- {sum(map(len, rest.values()))} not shown equivalent, by function:")
            for function, found in sorted(rest.items(), key=lambda kv: -len(kv[1])):
                split = ", ".join(
                    f"{found.count(k)} {k}"
                    for k in ("logic", "English text", "Vietnamese text")
                    if found.count(k)
                )
                print(f"  - `{function}`: {split}")


# ---------------------------------------------------------------------------------- data mode

_INT = re.compile(r"^(?P<key>[A-Za-z_]+)\s*=\s*(?P<value>-?\d+)\s*(?:#.*)?$")


def data_mutations() -> list[tuple[str, int, str, int]]:
    """(file, line number, line, new value) for each integer value ±1."""
    found = []
    for rel in DATA_FILES:
        for no, line in enumerate((ROOT / rel).read_text(encoding="utf-8").splitlines(), 1):
            m = _INT.match(line)
            if m:
                value = int(m["value"])
                for new in (value + 1, value - 1):
                    found.append((rel, no, line, new))
    return found


def run_data() -> dict[str, object]:
    results = []
    with tempfile.TemporaryDirectory(prefix="tiepcan-data-mutants-") as tmp:
        base = Path(tmp)
        shutil.copytree(
            ROOT / "tiepcan", base / "tiepcan", ignore=shutil.ignore_patterns("__pycache__")
        )
        shutil.copytree(
            ROOT / "tests", base / "tests", ignore=shutil.ignore_patterns("__pycache__")
        )
        shutil.copy2(ROOT / "pyproject.toml", base / "pyproject.toml")
        _copy_also(base)
        env = _env()
        env["PYTHONPATH"] = str(base)
        where = subprocess.run(
            [sys.executable, "-c", "import tiepcan; print(tiepcan.__file__)"],
            cwd=base,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if not Path(where).resolve().is_relative_to(base.resolve()):
            raise SystemExit(f"the data mode's tests would import {where}, not the copy in {base}")
        tests = _expand(DATA_TESTS, base)
        cmd = [sys.executable, "-m", "pytest", "-x", "-q", *PYTEST_ARGS, *tests]
        clean = subprocess.run(cmd, cwd=base, env=env, capture_output=True, text=True)
        if clean.returncode != 0:
            print(clean.stdout[-3000:])
            raise SystemExit("the data mode's tests fail on unmodified data")
        for rel, no, line, new in data_mutations():
            path = base / rel
            original = path.read_text(encoding="utf-8")
            lines = original.splitlines(keepends=True)
            m = _INT.match(line)
            assert m is not None
            lines[no - 1] = lines[no - 1].replace(f"= {m['value']}", f"= {new}", 1)
            path.write_text("".join(lines), encoding="utf-8")
            tomllib.loads(path.read_text(encoding="utf-8"))  # still TOML
            try:
                proc = subprocess.run(cmd, cwd=base, env=env, capture_output=True, text=True)
            finally:
                path.write_text(original, encoding="utf-8")
            caught = proc.returncode != 0
            print(
                f"{'caught ' if caught else 'MISSED '} {rel}:{no} {line.strip()} -> {new}",
                flush=True,
            )
            results.append(
                {"file": rel, "line": no, "text": line.strip(), "value": new, "caught": caught}
            )
    summary = {"tests": tests, "results": results}
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "data.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "modules",
        nargs="*",
        help=f"modules to mutate (default all): {', '.join(MODULES)}; 'rules' = all of rules/, "
        "'catalogue' = tiepcan/catalogue.py and its parts in tiepcan/_catalogue/",
    )
    parser.add_argument(
        "--data", action="store_true", help="run the data mode (alone, unless modules are named)"
    )
    parser.add_argument(
        "--report", action="store_true", help="reprint the table from build/mutate/"
    )
    parser.add_argument(
        "--markdown",
        action="store_true",
        help="with --report: the survivors summarised by rule and by function (for the docs)",
    )
    parser.add_argument(
        "--list",
        action="store_true",
        help="print the test files selected for each module (default all) and for the data "
        "mode; mutate nothing",
    )
    parser.add_argument(
        "--diff",
        action="store_true",
        help="write each survivor's diff to build/mutate/<module>/survivors.diff",
    )
    args = parser.parse_args(argv)

    names: list[str] = []
    for m in args.modules:
        if m == "rules":
            names += [n for n in MODULES if n.startswith("rules.")]
        elif m in MODULES:
            names += [n for n in MODULES if n == m or n.startswith(f"{m}.")]
        else:
            parser.error(f"unknown module {m!r}; one of {', '.join(MODULES)} or 'rules'")
    if args.list:
        return list_selection(names or list(MODULES))
    if not names and not args.data and not args.report:
        names = list(MODULES)
        args.data = True

    if args.report:
        summaries = [
            json.loads((WORK / n / "summary.json").read_text(encoding="utf-8"))
            for n in MODULES
            if (WORK / n / "summary.json").is_file()
        ]
        data_file = WORK / "data.json"
        data = json.loads(data_file.read_text(encoding="utf-8")) if data_file.is_file() else None
        if args.diff:
            for summary in summaries:
                write_diffs(summary)
        if args.markdown:
            print_report(summaries, data, survivors=False)
            print_survivor_summary(summaries)
            return 0
        print_report(summaries, data)
        return 0

    try:
        import mutmut  # noqa: F401
    except ImportError:
        if names:
            raise SystemExit("mutmut is not installed: pip install mutmut==3.8.1") from None
    summaries = [run_module(n, diff=args.diff) for n in names]
    data = run_data() if args.data else None
    print_report(summaries, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
