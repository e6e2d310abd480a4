"""Tests of the PDF engine (reader.ingest.pdf) on the committed PDF corpus."""
