"""Văn bản giải thích — the message tables: every explanation and notice text, by engine.

One module per engine (``tiepcan.texts.decision``, ``tiepcan.texts.fees`` …), each with one
``TEXTS`` table of :class:`~tiepcan.foundation._messages.Message` keyed by id. An engine names
its table with :func:`~tiepcan.foundation._messages.lazy_table` and says a text with
:func:`~tiepcan.foundation._messages.say` (``say(TEXTS, "regime.received", received=day)``);
it never writes the sentence itself. ``tests/foundation/test_texts.py`` checks every table:
each id used by the code, each text's fields the same in both languages, each provision it
states present in the bundled statute text, each passage it quotes from the law verbatim.
"""

__all__: list[str] = []
