"""Contradictions inside one article: polarity-clash, negation-flip, self-reference."""
