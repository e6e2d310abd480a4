"""The `reader` command line: `reader` alone opens the window; subcommands work headless.

    from reader.cli import main
    main(argv=None) -> int          parse argv, run the command, return its exit code

The package's modules (docs/DESIGN.md, "The house"): `dispatch` (the parser and the
dispatch), `exits` (the exit codes), `outfile` (writing `-o FILE` safely), `library` (the
library commands) and `window` (the window and the screenshot).
"""

from __future__ import annotations

from reader.cli.dispatch import main

__all__ = ["main"]
