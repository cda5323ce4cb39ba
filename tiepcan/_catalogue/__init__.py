"""The parts of the catalogue engine (private): import from :mod:`tiepcan.catalogue`.

One module per concern, under the door :mod:`tiepcan.catalogue`, which lists the public names
and runs the check (Decree 13/2018/NĐ-CP art. 6; Law 104/2016/QH13 arts. 7, 17–19, 21, 34(1)(b);
Law 01/2026/QH16 arts. 16–19, 21, 31(3)):

* :mod:`~tiepcan._catalogue.models` — the two catalogues and their entries, as data comes in;
* :mod:`~tiepcan._catalogue.report` — the findings and the report of a check;
* :mod:`~tiepcan._catalogue.checks` — the checks, one short function per rule of law;
* :mod:`~tiepcan._catalogue.diff` — what changed between two versions;
* :mod:`~tiepcan._catalogue.csv_form` — the CSV form, with Vietnamese headers.

The texts of the findings are in :mod:`tiepcan.texts.catalogue`.
"""

__all__: list[str] = []
