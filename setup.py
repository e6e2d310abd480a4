"""Build step: copy the top-level `resources/` and `seeds/` into the package as `reader/data/`.

Git keeps one copy of the bundled data at the top level (the design card asks for `resources/`
and `seeds/` there); a wheel carries it inside the package, where `importlib.resources` finds it.
Everything else is declared in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = {
    "resources": ("*.tsv", "*.md", "i18n/*.qm"),
    "seeds": ("*.txt",),
}


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "reader" / "data"
        for folder, patterns in BUNDLED.items():
            for pattern in patterns:
                for source in sorted((ROOT / folder).glob(pattern)):
                    destination = target / folder / source.relative_to(ROOT / folder)
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(source, destination)


setup(cmdclass={"build_py": BuildPyWithData})
