"""The framework floor: the least a Typer + rich command can cost (prints one panel)."""

import sys

import typer
from rich.console import Console
from rich.panel import Panel

app = typer.Typer()


@app.command()
def main(text: str) -> None:
    Console().print(Panel(text))


if __name__ == "__main__":
    sys.exit(app())
