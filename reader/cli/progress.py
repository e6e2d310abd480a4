"""Progress on the command line: a tqdm bar on stderr, drawn only on a terminal.

    ProgressBar(unit="it", describe=None)   the progress callback (done, total, what) that
                                            imports and library upgrades take; a context
                                            manager that closes its bar

Without `describe`, one bar counts and `what` (the file in hand) stands beside it; with it,
each new `what` (an upgrade's step) starts a bar of its own, labelled `describe(what)`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from reader.cli.output import shown


class ProgressBar:
    def __init__(self, unit: str = "it", describe: Callable[[str], str] | None = None):
        self.unit = unit
        self.describe = describe
        self.bar = None
        self.step: str | None = None

    def __enter__(self) -> ProgressBar:
        return self

    def __call__(self, done: int, total: int, what: str) -> None:
        if self.bar is None or (self.describe is not None and what != self.step):
            self._start(total, what)
        assert self.bar is not None
        if self.describe is None:
            self.bar.set_postfix_str(shown(what), refresh=False)
        self.bar.update(done - self.bar.n)

    def _start(self, total: int, what: str) -> None:
        from tqdm import tqdm  # only a command that shows progress loads it

        self._close()
        self.step = what
        label = self.describe(what) if self.describe is not None else None
        self.bar = tqdm(
            total=total, desc=label, unit=self.unit, file=sys.stderr, disable=None, leave=False
        )

    def __exit__(self, *exc) -> None:
        self._close()

    def _close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
