"""The parser's output on the sample pages changes only together with `PARSER_VERSION`.

Libraries skip re-parsing a file whose bytes and parser fingerprint are unchanged; the
fingerprint is `reader.ingest.PARSER_VERSION` plus its data, no longer a hash of the parser's
source. So a change of output without a version bump would leave stale articles in every
library. The digest below is of `reader parse --json`'s content for seeds/ (each page's
`to_dict()`, keys sorted): refresh it together with the bump.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from reader.ingest import PARSER_VERSION, parse_file

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
DIGESTS = {"2026.12.23": "562fa98c62fefce1"}


def seeds_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(SEEDS.glob("*.txt")):
        page = parse_file(path).to_dict()
        digest.update(json.dumps(page, ensure_ascii=False, sort_keys=True).encode())
    return digest.hexdigest()[:16]


def test_parser_output_changes_only_with_a_version_bump():
    found = seeds_digest()
    assert DIGESTS.get(PARSER_VERSION) == found, (
        f"the parser's output on seeds/ changed (digest {found}) but PARSER_VERSION is still"
        f" {PARSER_VERSION!r}: bump PARSER_VERSION in reader/ingest/__init__.py and set"
        f" DIGESTS = {{new version: {found!r}}} in tests/test_parser_version.py"
    )
