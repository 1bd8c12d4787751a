"""Untrusted text made safe for a terminal: control and bidirectional-override
characters shown as visible escapes, never sent raw.

Text from a store, the history, arguments and files reaches the screen; an ``ESC``
could clear it or retitle the window, a right-to-left override could make a line read
as something it is not. ``visible`` is the one place that decides what is escaped;
``VisibleText`` applies it to everything a rich console prints, and ``json_visible`` to
JSON output.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rich.console import Console, ConsoleOptions, RenderableType, RenderHook
from rich.segment import Segment

# C0 controls, DEL and C1 controls; the bidi embeddings, overrides, isolates and marks;
# line and paragraph separators; lone surrogates (which cannot even be encoded).
_CONTROLS = "\x00-\x1f\x7f-\x9f"
_OTHERS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
_UNSAFE = re.compile(f"[{_CONTROLS}{_OTHERS}]")
_UNSAFE_IN_LINES = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_OTHERS}]")  # keeps newlines
_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f{_OTHERS}]")  # JSON escapes C0 itself


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every control, bidi control and lone surrogate as an escape:
    ESC becomes the four characters ``\\x1b``, U+202E the six of ``\\u202e``."""
    return _UNSAFE.sub(_escape, text)


def json_visible(document: str) -> str:
    """A JSON text with the characters JSON leaves raw (DEL, C1, bidi controls) written
    as ``\\uXXXX`` escapes: the same data, safe on a terminal."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", document)


class VisibleText:
    """Renders ``renderable`` with unsafe characters in its text escaped (the console's
    own style codes are added later, so they are untouched)."""

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        for segment in console.render(self.renderable, options):
            if segment.control is None and _UNSAFE_IN_LINES.search(segment.text):
                yield Segment(_UNSAFE_IN_LINES.sub(_escape, segment.text), segment.style)
            else:
                yield segment


class _VisibleHook(RenderHook):
    def process_renderables(self, renderables: list[Any]) -> list[Any]:
        return [VisibleText(r) for r in renderables]


class _SafeConsole(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit 1 here, which `verify` uses for "refuted"; the caller decides.
        self.quiet = True
        raise BrokenPipeError


def safe_console(**options: Any) -> Console:
    """A console that never reads text as markup and never prints raw control
    characters, whatever it is given; a closed pipe raises BrokenPipeError."""
    console = _SafeConsole(markup=False, highlight=False, emoji=False, **options)
    console.push_render_hook(_VisibleHook())
    return console


