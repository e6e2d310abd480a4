"""The PDF round-trip family: pages we wrote, typeset by Chromium, extracted by real tools."""
