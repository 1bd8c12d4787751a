"""The command line: parse, call the core, render. Errors become exit codes in one place
(``FactcliGroup.invoke``)."""

import contextlib
import io
import itertools
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO

import typer
from rich.console import Console
from typer.core import TyperCommand, TyperGroup

from factcli import __version__
from factcli.errors import EXIT_INTERRUPTED, FactcliError, UsageError
from factcli.terminal import json_visible, safe_console, visible

if TYPE_CHECKING:
    from factcli.knowledge import Knowledge

EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE: what a shell reports for `factcli ... | head`


GLOBAL_OPTIONS = ("--facts",)


def _global_options_first(args: list[str]) -> list[str]:
    """``factcli facts --facts x.json`` as ``factcli --facts x.json facts``: a global option
    given after the command name is moved before it (never past a ``--``)."""
    moved: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        if arg in GLOBAL_OPTIONS and i + 1 < len(args):
            moved.extend(args[i:i + 2])
            i += 2
            continue
        if arg.split("=", 1)[0] in GLOBAL_OPTIONS and "=" in arg:
            moved.append(arg)
        else:
            rest.append(arg)
        i += 1
    return [*moved, *rest]


class _TrimmedLines(io.TextIOBase):
    """A pipe's view of rich output: lines without the spaces rich pads them with."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream
        self._partial = ""

    def write(self, text: str) -> int:
        *lines, self._partial = (self._partial + text).split("\n")
        for line in lines:
            self._stream.write(line.rstrip(" ") + "\n")
        return len(text)

    def flush(self) -> None:
        if self._partial:
            self._stream.write(self._partial)
            self._partial = ""
        self._stream.flush()

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:  # rich silences a closed pipe through the descriptor
        return self._stream.fileno()


def _format_help(command: Any, ctx: Any, formatter: Any, base: Any) -> None:
    """Typer's help, with no ``<bool>`` after a flag (a flag takes no value) and, when
    piped, no trailing spaces."""
    for param in command.get_params(ctx):
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    if sys.stdout.isatty():
        base.format_help(command, ctx, formatter)
        return
    trimmed = _TrimmedLines(sys.stdout)
    with contextlib.redirect_stdout(trimmed):
        base.format_help(command, ctx, formatter)
    trimmed.flush()


class FactcliCommand(TyperCommand):
    """A command whose usage line reads ``CLAIM`` and ``[QUESTION]``, not ``{claim}``."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [piece[1:-1] if piece.startswith("{") and piece.endswith("}") else piece
                for piece in super().collect_usage_pieces(ctx)]

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _format_help(self, ctx, formatter, TyperCommand)


class FactcliGroup(TyperGroup):
    """Turns the core's exceptions into one stderr line each and the documented exit code."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if ctx.parent is None:
            args = _global_options_first(args)
        return super().parse_args(ctx, args)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _format_help(self, ctx, formatter, TyperGroup)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except FactcliError as exc:
            for line in exc.lines:
                error(line)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            error("interrupted")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            _quiet_exit_on_closed_pipe()


def _quiet_exit_on_closed_pipe() -> NoReturn:
    """The reader of our output went away (``| head``): end quietly, as Unix tools do."""
    import os

    with contextlib.suppress(OSError, ValueError):  # nothing left to flush at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    raise typer.Exit(EXIT_CLOSED_PIPE)


app = typer.Typer(
    cls=FactcliGroup,
    help="Fact-check claims, ask questions and quiz yourself on one news article: "
    "Lithuania leaving the Ottawa Convention and fortifying its borders.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
facts_app = typer.Typer(cls=FactcliGroup, invoke_without_command=True,
                        pretty_exceptions_enable=False)
app.add_typer(facts_app, name="facts")


def _console(stream: TextIO) -> Console:
    """Markup, highlighting and emoji codes off: store and user text print as written,
    with control characters escaped (``safe_console``)."""
    file = stream if stream.isatty() else _TrimmedLines(stream)
    return safe_console(file=file, soft_wrap=False)


def stdout_console() -> Console:
    return _console(sys.stdout)


def error(line: str) -> None:
    _message(f"error: {line}")


def warn(line: str) -> None:
    _message(f"warning: {line}")


def _message(line: str) -> None:
    sys.stderr.write(visible(line) + "\n")
    sys.stderr.flush()


def emit_json(document: Any) -> None:
    import json

    sys.stdout.write(json_visible(json.dumps(document, ensure_ascii=False)) + "\n")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"factcli {__version__}\n")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    facts: Annotated[Path | None, typer.Option(
        "--facts", metavar="PATH", readable=False,  # an unreadable store is exit 4, below
        help="Fact store to use: a file, or a NAME saved with 'factcli draft --name' "
        "(default: $FACTCLI_FACTS, else the store shipped with factcli).",
    )] = None,
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the version and exit.",
    )] = False,
) -> None:
    """Fact-check claims, ask questions and quiz yourself on one news article."""
    ctx.obj = facts


def _store_path(ctx: typer.Context) -> Path:
    from factcli.store import resolve_store_path

    root_ctx = ctx.find_root()
    return resolve_store_path(root_ctx.obj)


def _knowledge(ctx: typer.Context) -> "Knowledge":
    from factcli.knowledge import load_knowledge

    return load_knowledge(_store_path(ctx))


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout instead.")]


@facts_app.callback()
def facts_list(
    ctx: typer.Context,
    topic: Annotated[str | None, typer.Option("--topic", "-t", metavar="TOPIC",
                                              help="Only this topic.")] = None,
    search: Annotated[str | None, typer.Option(
        "--search", "-s", metavar="WORDS", help="Only facts containing all these words.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List the stored facts.

    Example: factcli facts --topic suwalki-gap
    """
    if ctx.invoked_subcommand is not None:
        return
    from factcli.browse import filter_facts

    knowledge = _knowledge(ctx)
    chosen = filter_facts(knowledge.store, topic, search)
    if as_json:
        from factcli.render import fact_json

        emit_json([fact_json(f, knowledge.store) for f in chosen])
    if not chosen:
        error("no fact matches; try fewer words, or 'factcli facts' for all")
        raise typer.Exit(1)
    if not as_json:
        from factcli.render import facts_list

        stdout_console().print(facts_list(chosen))


@facts_app.command("show", cls=FactcliCommand)
def facts_show(
    ctx: typer.Context,
    fact_id: Annotated[str, typer.Argument(metavar="ID", help="A fact id from 'factcli facts'.")],
    as_json: JsonOption = False,
) -> None:
    """Show one fact whole: statement, section, entities, quantities, quiz questions.

    Example: factcli facts show suwalki-gap-length
    """
    from factcli.browse import find_fact

    knowledge = _knowledge(ctx)
    fact = find_fact(knowledge.store, fact_id)
    if as_json:
        from factcli.render import fact_json

        emit_json(fact_json(fact, knowledge.store))
        return
    from factcli.render import fact_detail

    stdout_console().print(fact_detail(fact, knowledge.store))


@app.command(cls=FactcliCommand)
def validate(
    ctx: typer.Context,
    path: Annotated[Path | None, typer.Argument(
        metavar="PATH", readable=False,
        help="Fact-store file to check (default: the store in use).")] = None,
    as_json: JsonOption = False,
) -> None:
    """Check a fact-store file and report every problem found, one per line.

    Example: factcli validate my-facts.json
    """
    from factcli.errors import StoreError
    from factcli.store import MISSING_HINT, load_store

    target = path if path is not None else _store_path(ctx)
    try:
        store = load_store(target, "check the path" if path is not None else MISSING_HINT)
        problems: list[str] = []
    except StoreError as exc:
        store, problems = None, exc.lines
    if as_json:
        from factcli.render import validation_json

        emit_json(validation_json(str(target), problems, store))
    if problems:
        raise StoreError(*problems)
    if not as_json:
        assert store is not None
        sys.stdout.write(visible(f"{target}: valid ({len(store.facts)} facts, "
                                 f"{len(store.entities)} entities)") + "\n")


def _stdin_bytes(limit: int) -> bytes:
    """At most ``limit`` + 1 bytes of stdin: enough to tell that it is too long."""
    if hasattr(sys.stdin, "buffer"):
        return sys.stdin.buffer.read(limit + 1)
    return sys.stdin.read(limit + 1).encode()


def _bounded_line(stream: Any, limit: int) -> Any:
    """One line of at most ``limit`` characters (or bytes); the rest of a longer line is
    read and dropped, so that a line without end never fills the memory."""
    line = stream.readline(limit)
    if len(line) == limit and line[-1:] not in ("\n", b"\n"):
        while (rest := stream.readline(65536)) and rest[-1:] not in ("\n", b"\n"):
            pass
    return line


def _read_lines(limit: int) -> Iterator[tuple[int, str]]:
    """stdin, one item a line, as it arrives: (line number counting blank lines, text).
    Bytes that are not UTF-8 are replaced, not fatal; a line longer than ``limit``
    characters is cut just past it, so that its length check still fails."""
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
    for number in itertools.count(1):
        raw = _bounded_line(stream, 4 * (limit + 1))  # UTF-8: up to 4 bytes a character
        if not raw:
            return
        text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
        text = text.rstrip("\r\n")[: limit + 1]
        if text.strip():
            yield number, text


VERIFY_EXIT = {"supported": 0, "refuted": 1, "not_enough_info": 3}


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    claimreview = "claimreview"


FormatOption = Annotated[str, typer.Option(
    "--format", "-f", metavar="FORMAT", help="text, json or claimreview (schema.org JSON-LD).")]
AuthorOption = Annotated[str, typer.Option(
    "--author", metavar="NAME", help="Author named in ClaimReview output.")]


def _output_format(name: str, as_json: bool) -> OutputFormat:
    try:
        chosen = OutputFormat(name.strip().lower())
    except ValueError:
        raise UsageError(f"unknown format {name!r}; choose text, json or claimreview") from None
    return OutputFormat.json if as_json and chosen is OutputFormat.text else chosen


def _review(outcome: Any, knowledge: Any, author: str, appearance: str | None) -> dict:
    from datetime import date

    from factcli.render import claim_review

    store = knowledge.store
    source = None
    if outcome.evidence:
        fact = store.fact(outcome.evidence[0].fact_id)
        source = store.source(fact.source) if fact else None
    source = source or (store.sources[0] if store.sources else None)
    return claim_review(outcome, source, author, date.today().isoformat(), appearance)


@app.command(cls=FactcliCommand)
def verify(
    ctx: typer.Context,
    claim: Annotated[str, typer.Argument(
        metavar="CLAIM",
        help="The claim to check, in quotes; '-' reads one claim per line from stdin.")],
    as_json: JsonOption = False,
    output: FormatOption = "text",
    author: AuthorOption = "factcli",
) -> None:
    """Check a claim against the article: SUPPORTED, REFUTED or NOT ENOUGH INFO.

    Example: factcli verify "Lithuania will renovate eight bridges"

    Exit codes: 0 supported, 1 refuted, 3 not enough info (a batch from stdin exits 0).
    """
    from factcli.verify import check_claim_text

    chosen = _output_format(output, as_json)
    if claim == "-":
        _verify_batch(ctx, chosen, author)
        return
    check_claim_text(claim)
    knowledge = _knowledge(ctx)
    result = _verified(claim, knowledge)
    _print_verdict(result, chosen, knowledge, author)
    raise typer.Exit(VERIFY_EXIT[result.verdict])


def _verified(claim: str, knowledge: Any) -> Any:
    """The verdict on a typed claim; one typed as a yes/no question ('Did the council
    approve the plan?') is read as ``ask`` reads it (see ``verify_as_typed``). Only a
    question loads ``ask``'s modules, which would cost every verify some 40 ms."""
    if not claim.rstrip().endswith("?"):
        from factcli.verify import verify_claim

        return verify_claim(claim, knowledge)
    from factcli.ask import verify_as_typed

    return verify_as_typed(claim, knowledge)


def _print_verdict(result: Any, chosen: OutputFormat, knowledge: Any, author: str,
                   console: Console | None = None) -> None:
    if chosen is OutputFormat.json:
        from factcli.render import claim_json

        emit_json(claim_json(result))
    elif chosen is OutputFormat.claimreview:
        emit_json(_review(result, knowledge, author, None))
    else:
        from factcli.render import claim_panel

        (console or stdout_console()).print(claim_panel(result))


def _fewer_young_collections() -> None:
    """A batch makes and drops many small objects for each line, nearly all freed as soon
    as the line is done: the collector's passes over the youngest objects, every 700
    allocations by default, cost some 4% of a batch and find almost nothing to free. Every
    20,000 they cost next to nothing; cycles are still freed, a little later."""
    import gc

    gc.set_threshold(20_000, *gc.get_threshold()[1:])


def _verify_batch(ctx: typer.Context, chosen: OutputFormat, author: str) -> None:
    from factcli.verify import MAX_CLAIM_CHARS

    knowledge = _knowledge(ctx)
    _fewer_young_collections()
    console = stdout_console() if chosen is OutputFormat.text else None
    for number, line in _read_lines(MAX_CLAIM_CHARS):
        try:
            result = _verified(line, knowledge)
        except UsageError as exc:
            error(f"line {number}: {exc.lines[0]}")
            if chosen is OutputFormat.json:
                emit_json({"claim": line[:200], "verdict": "not_enough_info", "confidence": 0.0,
                           "evidence": [], "explanation": exc.lines[0], "conflicts": [],
                           "parts": [], "error": exc.lines[0]})
            continue
        _print_verdict(result, chosen, knowledge, author, console)


@app.command(cls=FactcliCommand)
def ask(
    ctx: typer.Context,
    question: Annotated[str | None, typer.Argument(
        metavar="QUESTION",
        help="The question, in quotes; '-' reads one per line from stdin; "
        "none opens an interactive prompt.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Answer a question from the article's facts, or say plainly that it does not say.

    Example: factcli ask "How much is Lithuania investing in its borders?"

    Exit codes: 0 answered, 1 declined (a batch from stdin, or the prompt, exits 0).
    """
    from factcli.ask import ask_question, check_question_text

    # Piped questions without '-' are a batch too: a prompt there would corrupt --json.
    if question == "-" or (question is None and not sys.stdin.isatty()):
        _ask_batch(ctx, as_json)
        return
    if question is None:
        _ask_interactive(ctx, as_json)
        return
    check_question_text(question)
    answer = ask_question(question, _knowledge(ctx))
    _print_answer(answer, as_json)
    raise typer.Exit(0 if answer.answered else 1)


def _print_answer(answer: Any, as_json: bool, console: Console | None = None) -> None:
    if as_json:
        from factcli.render import answer_json

        emit_json(answer_json(answer))
    else:
        from factcli.render import answer_panel

        (console or stdout_console()).print(answer_panel(answer))


def _ask_batch(ctx: typer.Context, as_json: bool) -> None:
    from factcli.ask import MAX_QUESTION_CHARS, ask_question

    knowledge = _knowledge(ctx)
    _fewer_young_collections()
    console = None if as_json else stdout_console()
    for number, line in _read_lines(MAX_QUESTION_CHARS):
        try:
            answer = ask_question(line, knowledge)
        except UsageError as exc:
            error(f"line {number}: {exc.lines[0]}")
            if as_json:
                emit_json({"question": line[:200], "answer": None, "form": None, "facts": [],
                           "note": exc.lines[0], "error": exc.lines[0]})
            continue
        _print_answer(answer, as_json, console)


def _ask_interactive(ctx: typer.Context, as_json: bool) -> None:
    """One question after another; an empty line, 'quit', Ctrl-D or Ctrl-C ends it."""
    from factcli.ask import ask_question

    with contextlib.suppress(ImportError):  # line editing and in-session history for input()
        import readline  # noqa: F401
    knowledge = _knowledge(ctx)
    console = None if as_json else stdout_console()
    sys.stderr.write("Ask about the article; an empty line or 'quit' ends.\n")
    while True:
        try:
            line = input("ask> ")
        except (EOFError, KeyboardInterrupt):
            sys.stderr.write("\n")
            return
        if line.strip().lower() in ("", "quit", "exit", "q"):
            return
        try:
            _print_answer(ask_question(line, knowledge), as_json, console)
        except UsageError as exc:
            error(exc.lines[0])


PROGRESS_AFTER_CHARS = 20_000


@app.command(cls=FactcliCommand)
def check(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(
        metavar="FILE", help="The text to check; '-' reads it from stdin.")],
    as_json: JsonOption = False,
    output: FormatOption = "text",
    author: AuthorOption = "factcli",
    only: Annotated[str | None, typer.Option(
        "--only", metavar="VERDICT", help="Print only refuted, supported, nei (not enough "
        "info) or checked sentences; the summary still counts all.")] = None,
) -> None:
    """Fact-check a whole text: every check-worthy sentence gets a verdict.

    Example: factcli check draft.txt --only refuted

    Each sentence is printed as soon as it is checked. Exit codes: 0 nothing refuted,
    1 at least one sentence refuted.
    """
    from factcli.check import Tally, check_text, decode_text, sentence_filter

    chosen = _output_format(output, as_json)
    shown = sentence_filter(only)
    raw, name, appearance = _read_source(source)
    text, warning = decode_text(raw, name)
    del raw  # the text alone is kept while checking
    if warning:
        warn(warning)
    knowledge = _knowledge(ctx)
    tally = Tally(keep_refuted=chosen is OutputFormat.text)
    reviews: list[dict] = []
    row_printer = _check_printer(chosen)
    with _progress(len(text)) as progress:
        for result in check_text(text, knowledge, progress):
            tally.add(result)
            if not shown(result):
                continue
            if chosen is OutputFormat.claimreview:
                if result.outcome is not None:
                    reviews.append(_review(result.outcome, knowledge, author, appearance))
            else:
                row_printer(result)
    if chosen is OutputFormat.claimreview:
        for review in reviews:
            review.pop("@context")
        emit_json({"@context": "https://schema.org", "@graph": reviews})
    elif chosen is OutputFormat.text:
        _print_check_summary(tally)
    raise typer.Exit(1 if tally.counts["refuted"] else 0)


def _check_printer(chosen: OutputFormat) -> Any:
    """How one sentence's result is printed, flushed at once so a reader (or ``head``)
    sees it: a JSON line, a plain line when stdout is not a terminal, else rich."""
    from factcli import render

    if chosen is OutputFormat.json:
        def print_json(result: Any) -> None:
            emit_json(render.check_json(result))
            sys.stdout.flush()
        return print_json
    if not sys.stdout.isatty():
        def print_plain(result: Any) -> None:
            sys.stdout.write(render.check_line(result))
            sys.stdout.flush()
        return print_plain
    console = stdout_console()
    return lambda result: console.print(render.check_row(result))


def _print_check_summary(tally: Any) -> None:
    from factcli import render

    if sys.stdout.isatty():
        console = stdout_console()
        console.print()
        console.print(render.check_summary(tally))
    else:
        sys.stdout.write("\n" + render.check_summary_lines(tally))


def _read_source(source: str) -> tuple[bytes, str, str | None]:
    """The bytes to check, a name for messages, and where they appeared (a file URI)."""
    from factcli.check import MAX_TEXT_BYTES

    if source == "-":
        return _stdin_bytes(MAX_TEXT_BYTES), "stdin", None
    from factcli.files import read_user_file

    path = Path(source)
    raw = read_user_file(path, UsageError, "give a text file, or '-' for stdin", MAX_TEXT_BYTES)
    return raw, source, path.resolve().as_uri()


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on a terminal's stderr, for a long text whose results go to a file
    or a pipe (on a terminal, the results themselves show the progress)."""
    if total < PROGRESS_AFTER_CHARS or sys.stdout.isatty() or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("checking", total=total)
        yield lambda done, _total: bar.update(task, completed=done)


@app.command()
def draft(
    source: Annotated[str, typer.Argument(
        metavar="ARTICLE", help="The article, plain text or Markdown; '-' reads stdin.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", help="Write the store to this file.")] = None,
    name: Annotated[str | None, typer.Option(
        "--name", help="Keep the store under this name in the user data directory; "
        "then use it with --facts NAME.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published the article.")] = None,
    url: Annotated[str | None, typer.Option(
        help="The article's address (default: the file's).")] = None,
    site: Annotated[str | None, typer.Option(
        help="The publisher's site (default: the host of --url).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing store.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Draft a fact store from a news article, offline, to review and then use.

    Example: factcli draft article.txt -o my-article.json

    The summary on stderr lists the sentences set aside and why.
    """
    from factcli.check import decode_text
    from factcli.draft import SourceDetails, check_destination, check_draft_size, draft_store
    from factcli.render import draft_summary

    if sum((output is not None, name is not None, as_json)) != 1:
        raise UsageError("say where the store goes: -o FILE, --name NAME or --json; "
                         "e.g. factcli draft article.txt -o my-article.json")
    destination = output
    if name is not None:
        from factcli.store import named_store_path

        destination = named_store_path(name)
    if destination is not None:
        check_destination(destination, force)
    raw, label, appearance = _read_source(source)
    check_draft_size(raw, label)
    text, warning = decode_text(raw, label)
    if warning:
        warn(warning)
    details = SourceDetails(source_id=name, publisher=publisher,
                            url=url or appearance, site=site)
    result = draft_store(text, label, details)
    if destination is None:
        emit_json(result.document)
    else:
        from factcli.draft import save_store

        save_store(result.document, destination, force)
    where = f"--facts {name}" if name else (f"--facts {output}" if output else None)
    _console(sys.stderr).print(
        draft_summary(result, str(destination) if destination else "stdout", where))


@app.command()
def stores(as_json: JsonOption = False) -> None:
    """List the fact stores saved with 'factcli draft --name'.

    Example: factcli stores
    """
    from factcli.store import named_stores

    found = named_stores()
    if as_json:
        from factcli.render import stores_json

        emit_json(stores_json(found))
        return
    if not found:
        sys.stderr.write("no saved stores yet; save one with: "
                         "factcli draft ARTICLE --name NAME\n")
        return
    from factcli.render import stores_table

    stdout_console().print(stores_table(found))


DbOption = Annotated[Path | None, typer.Option(
    "--db", metavar="PATH", readable=False,
    help="History database (default: history.sqlite3 in $FACTCLI_HOME or the user data dir).")]
EXIT_ENDED_EARLY = 1


MAX_ANSWER_CHARS = 1000


class _Stop(Exception):
    """The session ended early: Ctrl-C (``interrupted``), Ctrl-D / end of input, or the
    reader of the output went away (``pipe_closed``)."""

    def __init__(self, interrupted: bool, pipe_closed: bool = False) -> None:
        super().__init__()
        self.interrupted = interrupted
        self.pipe_closed = pipe_closed


@app.command(cls=FactcliCommand)
def quiz(
    ctx: typer.Context,
    count: Annotated[int, typer.Option("--count", "-n", metavar="N", min=1, max=500,
                                       help="How many questions.")] = 10,
    topic: Annotated[list[str] | None, typer.Option(
        "--topic", "-t", metavar="TOPIC", help="Only this topic (repeatable).")] = None,
    kind: Annotated[list[str] | None, typer.Option(
        "--kind", "-k", metavar="KIND",
        help="Only this kind: mc, tf, numeric, short (repeatable).")] = None,
    seed: Annotated[int | None, typer.Option(
        "--seed", metavar="N", help="Same seed, same session.")] = None,
    review: Annotated[bool, typer.Option(
        "--review", help="Due and weakest facts first (FSRS spaced review).")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Quiz yourself on the article; every answer is saved for spaced review.

    Example: factcli quiz --count 5 --topic suwalki-gap

    Answers may be piped on stdin, one a line. Exit codes: 0 finished, 1 ended early
    (end of input), 130 interrupted (Ctrl-C), 5 history database error.
    """
    import time

    from factcli.history import open_history
    from factcli.quiz import plan_session
    from factcli.render import review_status

    knowledge = _knowledge(ctx)
    topics, kinds = _question_filters(knowledge, topic, kind)
    gate = _InterruptGate()
    with open_history(db, notify=warn, sleep=gate.sleep) as history:
        priority = history.review_priority() if review else None
        questions = plan_session(knowledge, count, topics=topics, kinds=kinds,
                                 seed=seed, priority=priority)
        if not questions:
            raise UsageError("no question matches these --topic and --kind filters")
        screen = _console(sys.stderr) if as_json else stdout_console()
        status = review_status(history.schedule(), review)
        if status is not None:
            screen.print(status)
        session = history.start_session(len(questions), review)
        results: list[Any] = []
        started = time.monotonic()
        stop: _Stop | None = None
        with gate:
            try:
                for number, question in enumerate(questions, start=1):
                    grade = _ask_one(question, number, len(questions), results, screen,
                                     knowledge, gate)
                    # Saved before anything more is printed: a closed pipe or a Ctrl-C
                    # from here on cannot lose the answer.
                    history.record(session, question.card_id, question.fact_id,
                                   question.topic, question.kind, question.prompt,
                                   grade.given, grade.correct, grade.skipped)
                    results.append((question, grade))
                    _show_feedback(question, grade, screen)
            except _Stop as ended:
                stop = ended
            except BrokenPipeError:
                stop = _Stop(interrupted=False, pipe_closed=True)
            history.finish_session(session, stop is None)
            if stop is None or not stop.pipe_closed:
                _quiz_report(questions, results, time.monotonic() - started, stop is None,
                             seed, as_json, screen, knowledge)
            if gate.pending and stop is None:
                stop = _Stop(interrupted=True)
    if stop is not None and stop.pipe_closed:
        _quiet_exit_on_closed_pipe()
    if stop is not None:
        raise typer.Exit(EXIT_INTERRUPTED if stop.interrupted else EXIT_ENDED_EARLY)


def _question_filters(knowledge: "Knowledge", topic: list[str] | None,
                      kind: list[str] | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``--topic`` and ``--kind`` as ``quiz`` and ``export`` take them; an unknown topic or
    kind is a usage error."""
    from factcli.quiz import KINDS

    kinds = tuple(kind or ())
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise UsageError(f"unknown question kind '{unknown[0]}'; kinds: {', '.join(KINDS)}")
    if topic:
        from factcli.browse import filter_facts

        for name in topic:
            filter_facts(knowledge.store, name, None)
    return tuple(topic or ()), kinds


class _InterruptGate:
    """Ctrl-C during a quiz: at once while the quiz waits for an answer; otherwise held
    until the answer being processed is saved (``pending``), then the session ends with
    its partial summary. A closed output pipe is an error to handle here (the session
    is marked ended), not the silent exit of the other commands."""

    def __init__(self) -> None:
        self.open = False
        self.pending = False
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> "_InterruptGate":
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            self._previous[signal.SIGINT] = signal.signal(signal.SIGINT, self._on_interrupt)
            if hasattr(signal, "SIGPIPE"):
                self._previous[signal.SIGPIPE] = signal.signal(signal.SIGPIPE, signal.SIG_IGN)
        return self

    def __exit__(self, *exc: object) -> None:
        import signal

        for number, handler in self._previous.items():
            signal.signal(number, handler)

    def _on_interrupt(self, signum: int, frame: Any) -> None:
        if self.open:
            raise KeyboardInterrupt
        self.pending = True

    def sleep(self, seconds: float) -> None:
        """The history's pause before it tries a locked database again: a Ctrl-C cuts
        the wait short (the history then sets the answer aside in its recovery file)."""
        import time

        deadline = time.monotonic() + seconds
        while not self.pending and (left := deadline - time.monotonic()) > 0:
            time.sleep(min(left, 0.05))
        if self.pending:
            raise KeyboardInterrupt


def _ask_one(question: Any, number: int, total: int, results: list[Any], screen: Console,
             knowledge: Any, gate: _InterruptGate) -> Any:
    from factcli.browse import topic_title
    from factcli.quiz import grade, hint_for, topic_label
    from factcli.render import question_panel

    right = sum(g.correct for _, g in results)
    label = topic_label(question, topic_title(question.topic, knowledge.store))
    screen.print(question_panel(question, number, total, right, len(results), label))
    while True:
        response = _read_answer(screen, gate)
        result = grade(question, response, knowledge)
        if result.hint:
            screen.print(f"hint: {hint_for(question)}")
        elif not result.valid:
            if response.strip():
                screen.print("That is not an answer to this question; try again "
                             "(? for a hint, s to skip).")
        else:
            return result


def _show_feedback(question: Any, result: Any, screen: Console) -> None:
    from factcli.render import feedback

    screen.print(feedback(question, result))
    screen.print()


def _read_answer(screen: Console, gate: _InterruptGate) -> str:
    """One line from the user; Ctrl-C and Ctrl-D (or the end of piped input) stop."""
    try:
        if gate.pending:
            raise KeyboardInterrupt
        gate.open = True
        try:
            if sys.stdin.isatty():
                return input("answer> ")
            line = _bounded_line(sys.stdin, MAX_ANSWER_CHARS)
        finally:
            gate.open = False
    except KeyboardInterrupt:
        screen.print()
        raise _Stop(interrupted=True) from None
    except EOFError:
        screen.print()
        raise _Stop(interrupted=False) from None
    if not line:
        raise _Stop(interrupted=False)
    return line


def _quiz_report(questions: list[Any], results: list[Any], seconds: float, completed: bool,
                 seed: int | None, as_json: bool, screen: Console, knowledge: Any) -> None:
    if as_json:
        from factcli.render import quiz_json

        emit_json(quiz_json(questions, results, seconds, completed, seed))
        return
    from factcli.browse import topic_titles
    from factcli.render import quiz_summary

    screen.print(quiz_summary(results, len(questions), seconds, completed,
                              topic_titles(knowledge.store)))


@app.command(cls=FactcliCommand)
def stats(ctx: typer.Context, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Show quiz history: what is due, accuracy per topic, sessions over time, most missed.

    Example: factcli stats
    """
    from factcli.history import open_history

    with open_history(db) as history:
        summary = history.stats()
    if as_json:
        from factcli.render import stats_json

        emit_json(stats_json(summary))
        return
    from factcli.browse import topic_titles
    from factcli.render import stats_view

    store = _knowledge(ctx).store
    statements = {fact.id: fact.statement for fact in store.facts}
    stdout_console().print(stats_view(summary, statements, topic_titles(store)))


export_app = typer.Typer(cls=FactcliGroup, no_args_is_help=True,
                         pretty_exceptions_enable=False)
app.add_typer(export_app, name="export")


@export_app.callback()
def export_group() -> None:
    """Export the quiz questions: an Anki deck, CSV for flash-card apps, a worksheet.

    Example: factcli export anki lithuania.apkg
    """

TopicsOption = Annotated[list[str] | None, typer.Option(
    "--topic", "-t", help="Only this topic (repeatable).")]
KindsOption = Annotated[list[str] | None, typer.Option(
    "--kind", "-k", help="Only this kind: mc, tf, numeric, short (repeatable).")]
ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")]


@export_app.command("anki")
def export_anki_command(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(metavar="DECK.apkg",
                                          help="The Anki package to write.")],
    deck: Annotated[str | None, typer.Option(
        "--deck", help="Deck name in Anki (default: the article's title).")] = None,
    topic: TopicsOption = None,
    kind: KindsOption = None,
    force: ForceOption = False,
) -> None:
    """Write an Anki package: one note per question, tagged with its topic and kind.

    Example: factcli export anki lithuania.apkg

    A note's id comes from its question, so importing a new export updates the cards
    already in Anki instead of adding copies.
    """
    from factcli.export import export_anki

    if target == "-":
        raise UsageError("an Anki package cannot be written to stdout; give a file name "
                         "such as deck.apkg")
    if not target.lower().endswith(".apkg"):
        raise UsageError(f"{target}: Anki imports packages named *.apkg; e.g. deck.apkg")
    knowledge = _knowledge(ctx)
    topics, kinds = _question_filters(knowledge, topic, kind)
    _write_export(target, export_anki(knowledge, deck, topics=topics, kinds=kinds), force)


@export_app.command("csv")
def export_csv_command(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(
        metavar="FILE", help="The CSV file to write; '-' writes to stdout.")],
    topic: TopicsOption = None,
    kind: KindsOption = None,
    force: ForceOption = False,
) -> None:
    """Write every question as CSV (front, back, tags) for Anki's or Quizlet's importer.

    Example: factcli export csv lithuania.csv
    """
    from factcli.export import export_csv

    knowledge = _knowledge(ctx)
    topics, kinds = _question_filters(knowledge, topic, kind)
    _write_export(target, export_csv(knowledge, topics=topics, kinds=kinds), force)


@export_app.command("worksheet")
def export_worksheet_command(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(
        metavar="FILE.md", help="The Markdown file to write; '-' writes to stdout.")],
    count: Annotated[int, typer.Option("--count", "-n", min=1, max=500,
                                       help="How many questions.")] = 10,
    topic: TopicsOption = None,
    kind: KindsOption = None,
    seed: Annotated[int | None, typer.Option(
        "--seed", help="Same seed, same sheet (default: a new seed, printed on the key).")
    ] = None,
    force: ForceOption = False,
) -> None:
    """Write a printable worksheet in Markdown, with the answer key on its own page.

    Example: factcli export worksheet sheet.md --count 12 --seed 7

    The questions are chosen as 'factcli quiz' chooses them, grouped by article section.
    """
    from factcli.export import export_worksheet

    knowledge = _knowledge(ctx)
    topics, kinds = _question_filters(knowledge, topic, kind)
    _write_export(target, export_worksheet(knowledge, count, seed, topics=topics,
                                           kinds=kinds), force)


def _write_export(target: str, export: Any, force: bool) -> None:
    if target == "-":
        sys.stdout.write(export.content.decode())
        return
    from factcli.files import write_user_file

    write_user_file(Path(target), export.content, UsageError, force=force)
    sys.stderr.write(visible(f"wrote {export.questions} questions to {target}") + "\n")


def main() -> None:
    import signal

    # Writing to a closed pipe (`factcli --help | head`) ends the process quietly with
    # 141, as it does any Unix tool; Click would otherwise report it as exit 1, which
    # `verify` uses for "refuted". The quiz handles it itself (_InterruptGate).
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    # Commands are covered by FactcliGroup.invoke; this catches a Ctrl-C that arrives
    # while Typer parses the command line (__main__.main covers the imports).
    try:
        app()
    except KeyboardInterrupt:
        error("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    finally:
        # What is left is freed with the process. Frozen, it spares the garbage
        # collector's passes over the whole heap while Python shuts down: some 30 ms, as
        # long as a verdict takes, for nothing (gc.freeze keeps the objects, it only
        # stops the collector visiting them).
        import gc

        gc.freeze()

