"""Where the bundled data lives: the top-level `resources/` and `seeds/` of a checkout, or
`reader/data/` inside an installed package (copied there when the wheel is built).

    resource_path(name) -> Path     a file or folder of `resources/` (places.tsv, i18n)
    bundled_seeds_dir() -> Path     the sample pages the app opens on first run

A checkout is recognised by its data (`resources/places.tsv` beside the package), so an
editable install reads the files you edit. An installed package is found through
`importlib.resources`; reader is installed as plain files (never zipped), so its data has a
real path, which Qt's translator and the importer need.
"""

from __future__ import annotations

from importlib import resources as importlib_resources
from pathlib import Path

_CHECKOUT_ROOT = Path(__file__).resolve().parent.parent


def _data_root() -> Path:
    if (_CHECKOUT_ROOT / "resources" / "places.tsv").is_file():
        return _CHECKOUT_ROOT
    installed = importlib_resources.files("reader.data")
    if not isinstance(installed, Path):
        raise RuntimeError(f"reader's bundled data is not on the file system ({installed!r})")
    return installed


def resource_path(name: str) -> Path:
    """Path of a bundled data file or folder (`places.tsv`, `i18n`)."""
    return _data_root() / "resources" / name


def bundled_seeds_dir() -> Path:
    """The folder of sample pages the app opens on first run."""
    return _data_root() / "seeds"
