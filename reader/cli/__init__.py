"""The `reader` command line: `reader` alone opens the window; subcommands work headless.

    from reader.cli import main
    main(argv=None) -> int          parse argv, run the command, return its exit code

The package's modules (docs/DESIGN.md, "The house"):
    dispatch     the parser, `reader help`, typo suggestions, the dispatch
    exits        the exit codes (0 done, 1 nothing found, 2 usage, 3 failure, 130 Ctrl+C)
    output       one-line failures, aligned tables, JSON and JSON lines, plurals, safe text
    outfile      writing `-o FILE` safely (never the library, atomic)
    library      what every library command shares: --db, opening, ids, counties
    importing    import            reading      list, show, search
    annotating   tag, untag, note, notes, tags
    exporting    export            parse        parse
    window       window, screenshot
"""

from __future__ import annotations

from reader.cli.dispatch import main

__all__ = ["main"]
