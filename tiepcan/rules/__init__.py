"""Quy tắc theo chủ đề — the rules of the law, one module per topic.

Each module's docstring names the articles it implements and quotes the law's heading:

* ``requesters``: arts. 4, 36; Decree 13/2018 art. 4 — who may request, through whom;
* ``access``: arts. 5, 6, 7, 9, 23 — accessible, not accessible, conditionally accessible;
* ``requests``: arts. 24–27; Decree 13/2018 art. 5 — the request form, channels, receipt;
* ``refusals``: art. 28 — the refusal grounds and the written refusal;
* ``responsibility``: art. 9 — which agency must provide;
* ``disclosure`` and ``duties``: arts. 17–22, 34; Decree 13/2018 arts. 2, 3, 6–12.

These modules depend only on the foundation (``_model``, ``_input``, ``citations``, ``errors``,
``regimes``, ``terms``, ``interpretations``). The members of their enums are cited through the
ruleset (``member.citation_in(rules)``, key ``"<enum in snake_case>.<value>"`` in the ruleset's
``rules.toml``); the helpers that cite take the ruleset as ``rules=``. Every public helper
validates its input as an entry point does (``_cited.flag``, ``count``, ``members``,
``is_blank``: the one yes/no check, whole-number check, list-of-members check and blank check).
"""
