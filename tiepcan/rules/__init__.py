"""Quy tắc theo chủ đề — the rules of the law, one module per topic.

Each module's docstring names the articles it implements and quotes the law's heading:

* ``requesters``: arts. 4, 36; Decree 13/2018 art. 4 — who may request, through whom;
* ``access``: arts. 5, 6, 7, 9, 23 — accessible, not accessible, conditionally accessible;
* ``requests``: arts. 24–27; Decree 13/2018 art. 5 — the request form, channels, receipt;
* ``refusals``: art. 28 — the refusal grounds and the written refusal;
* ``responsibility``: art. 9 — which agency must provide;
* ``disclosure`` and ``duties``: arts. 17–22, 34; Decree 13/2018 arts. 2, 3, 6–12.
"""
