"""Opening a library of an older schema from the command line: a tqdm bar on stderr for each
upgrade step that rewrites rows (drawn only on a terminal), and one line naming the backup
the upgrade kept.

    UpgradeBar()          the progress callback `Library(progress=...)` takes; a context
                          manager that closes its bar
    report_backup(lib)    `reader: ... the old file is kept as X` when opening upgraded it
"""

from __future__ import annotations

from reader.cli.output import note, shown
from reader.cli.progress import ProgressBar


class UpgradeBar(ProgressBar):
    def __init__(self):
        super().__init__(describe=lambda step: f"upgrading the library: {step}")


def report_backup(library) -> None:
    if getattr(library, "backup", None) is not None:
        note(
            "the library was upgraded for this version of reader;"
            f" the old file is kept as {shown(library.backup)}"
        )
