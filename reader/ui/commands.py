"""Window-related subcommands (screenshot)."""


def register(commands) -> None:
    """Add the window subcommands to the `reader` parser."""
