"""The first search and the first note right after start do not freeze the window: in a
fresh process (the segmenter not loaded), both wait for the warm-up thread saying "Preparing…"
while the GUI thread's timer keeps ticking, then complete."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
ROOT = Path(__file__).parents[2]
FROZEN_SHARE = 0.5  # the old window froze for the whole wait: its longest gap was all of it


def test_the_first_search_and_note_wait_off_the_gui_thread(library_path, library, tmp_path):
    query = library.article(library.article_rows(limit=1)[0].id).title[:2]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "tests.ui.first_search", str(library_path),
         str(tmp_path / "settings.ini"), query],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert not seen["loaded_before"]
    assert seen["search_status"] == "Preparing…"
    assert seen["note_status"].startswith("Preparing…")
    assert seen["hits"] > 0 and seen["notes"] == ["第一条笔记"]
    assert seen["ticks"] >= 5
    assert seen["longest_gap_seconds"] < FROZEN_SHARE * seen["pending_seconds"], seen


def test_a_note_written_before_the_segmenter_is_ready_is_kept_when_the_window_closes(
    library_path, tmp_path
):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "tests.ui.close_early", str(library_path),
         str(tmp_path / "settings.ini")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["waited"], "the note must have been waiting for the segmenter"
    assert seen["notes"] == ["关窗前写的笔记"]
