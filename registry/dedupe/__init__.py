"""Deduplication: source records -> persons, as explicit steps (Splink's shape): blocking,
comparisons, training, prediction, clustering. Settings are data."""
