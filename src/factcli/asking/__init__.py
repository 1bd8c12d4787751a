"""The parts of ``factcli ask``; ``factcli.ask`` is the entry that puts them together.

From the question to the answer: ``gap`` reads what the question asks for, ``core`` what
it says once that is taken out, ``aligned`` finds candidate facts and aligns them, ``fit``
weighs each against the question (its words through ``pieces``, its act through ``acts``),
``filler`` takes the piece that fills the gap (through ``figures``, ``entities`` and
``phrases``), ``gather`` joins a set answer and ``answer`` holds the result. ``yes_no``,
``choices``, ``order``, ``comparing`` and ``records`` answer the questions that no single
fact's gap answers; ``kinds`` and ``wording`` serve them all. Names with an underscore are
the package's own: nothing outside ``factcli.ask`` uses them.
"""
