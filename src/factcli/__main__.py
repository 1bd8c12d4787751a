"""The console entry point (``factcli`` and ``python -m factcli``).

It imports nothing heavy itself, so that a Ctrl-C while Python loads typer and rich
ends with one line and exit 130, not a traceback.
"""

import sys

from factcli.errors import EXIT_INTERRUPTED


def main() -> None:
    try:
        from factcli.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    run()


if __name__ == "__main__":
    main()
