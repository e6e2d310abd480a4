"""Robustness tests: generated pages, bad inputs, crashes, concurrent writers, hostile text."""
