"""Text analysis several checks share: segmentation, lemmas and the word table, stemming,
folding, dates, phrase matching, safe regexes and URL masking."""
