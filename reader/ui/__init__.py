"""The PySide6 window: thin adapters over `reader.store`; no parsing, no SQL here."""
