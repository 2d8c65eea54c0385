"""Word and phrase lists from rule files: existence, substitution, furniture, narration,
repetition."""
