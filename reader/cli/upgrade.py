"""Opening a library of an older schema from the command line: a tqdm bar on stderr for each
upgrade step that rewrites rows (drawn only on a terminal), and one line naming the backup
the upgrade kept.

    UpgradeBar()          the progress callback `Library(progress=...)` takes; a context
                          manager that closes its bar
    report_backup(lib)    `reader: ... the old file is kept as X` when opening upgraded it
"""

from __future__ import annotations

import sys

from reader.cli.output import note, shown


class UpgradeBar:
    def __init__(self):
        self.bar = None
        self.step: str | None = None

    def __enter__(self) -> UpgradeBar:
        return self

    def __call__(self, done: int, total: int, step: str) -> None:
        if step != self.step:
            from tqdm import tqdm  # only an upgrade loads it

            self._close()
            self.step = step
            self.bar = tqdm(
                total=total,
                desc=f"upgrading the library: {step}",
                file=sys.stderr,
                disable=None,
                leave=False,
            )
        assert self.bar is not None
        self.bar.update(done - self.bar.n)

    def __exit__(self, *exc) -> None:
        self._close()

    def _close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def report_backup(library) -> None:
    if getattr(library, "backup", None) is not None:
        note(
            "the library was upgraded for this version of reader;"
            f" the old file is kept as {shown(library.backup)}"
        )
