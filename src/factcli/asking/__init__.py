"""The parts of ``factcli ask``; ``factcli.ask`` is the entry that puts them together.

Each module owns one concern of answering a question; its docstring says which. Names with
an underscore are the package's own: nothing outside ``factcli.ask`` uses them.
"""
