"""factcli: an offline fact-checker and quiz about one news article."""

__version__ = "0.1.0"
