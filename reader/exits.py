"""Exit codes of every `reader` entry point (docs/DESIGN.md, "Exit codes"), as git and click
tell them apart. Neutral: the command line (`reader.cli.exits`, which adds `UsageError`) and
the window (`reader.ui.app.run_window`) both return them, and neither imports the other.

    OK            0    done
    NOTHING       1    found nothing (a search with no hit, a listing with no row)
    USAGE         2    the command as typed cannot be carried out (argparse errors, an unknown
                       or ambiguous id, a missing input path, `-o` onto the library or an
                       existing file)
    FAILURE       3    the library or a file could not be read or written (busy, damaged,
                       read-only, disk full, a page that failed to import, no display)
    INTERRUPTED   130  Ctrl+C; what was finished is kept and said
"""

from __future__ import annotations

OK = 0
NOTHING = 1
USAGE = 2
FAILURE = 3
INTERRUPTED = 130  # 128 + SIGINT, as shells report it
