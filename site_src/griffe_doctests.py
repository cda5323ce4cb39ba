"""A griffe extension for the API pages: fence the ``>>>`` examples of docstrings.

tiepcan's docstrings are doctests (python-stdnum style), not Markdown: an unfenced
``>>> x[:1]`` would be read as a blockquote holding a link. Each run of ``>>>`` / ``...``
lines and the output that follows them, up to a blank line, becomes a ``pycon`` code block.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence(text: str) -> str:
    out: list[str] = []
    inside = False
    for line in text.split("\n"):
        stripped = line.lstrip()
        if not inside and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            inside = True
        elif inside and not stripped:
            out.append(f"{indent}```")
            inside = False
        out.append(line)
    if inside:
        out.append(f"{indent}```")
    return "\n".join(out)


class FenceDoctests(griffe.Extension):
    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence(obj.docstring.value)
