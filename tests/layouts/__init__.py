"""A generated development corpus of page layouts with gold known by construction (issue 10)."""
