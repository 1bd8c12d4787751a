"""The verifier's modules, one per concern; ``factcli.verify`` is their public entry."""
