"""Messages that arrive in English from the layers below, put in the window's language.

    filled(message, patterns) -> str | None   the translated text of the first (regex, text)
                                              pattern the message matches in full, its %1,
                                              %2… filled with the match's groups; None: none

`reader.ui.reasons` (why an import failed) and `reader.ui.refusals` (why a correction was
refused) keep their tables; this is the matching they share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

Pattern = tuple[re.Pattern[str], Callable[[], str]]


def filled(message: str, patterns: Iterable[Pattern]) -> str | None:
    for pattern, text in patterns:
        found = pattern.fullmatch(message)
        if found:
            result = text()
            for number, group in enumerate(found.groups(), 1):
                result = result.replace(f"%{number}", group)
            return result
    return None
