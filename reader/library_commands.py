"""Library subcommands (import, list, show, tag, note, search, export): see reader.store."""


def register(commands) -> None:
    """Add the library subcommands to the `reader` parser."""
