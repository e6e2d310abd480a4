"""reader: turn scrambled newspaper-page text into clean articles, and keep notes on them."""

__version__ = "0.1.0"
