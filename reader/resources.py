"""Where the bundled data lives: `resources/` in a checkout, `reader._resources` when installed."""

from __future__ import annotations

from importlib import resources as importlib_resources
from pathlib import Path

_CHECKOUT_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    """Path of a bundled data file, from a checkout or from the installed package."""
    if (_CHECKOUT_DIR / "places.tsv").is_file():
        return _CHECKOUT_DIR / name
    return Path(str(importlib_resources.files("reader._resources") / name))


def bundled_seeds_dir() -> Path:
    """The sample pages the app opens on first run."""
    checkout = _CHECKOUT_DIR.parent / "seeds"
    if (_CHECKOUT_DIR / "places.tsv").is_file() and checkout.is_dir():
        return checkout
    return Path(str(importlib_resources.files("reader._seeds")))
