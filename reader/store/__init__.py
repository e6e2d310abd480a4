"""The SQLite library (sqlite-utils): files, articles, tags, notes, search, export. No Qt."""
