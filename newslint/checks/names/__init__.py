"""The names family: name mentions and the evidence that two are one, offices, and the checks
that judge names (name-consistency and its variant mode, office-holder,
organization-near-miss, term-consistency)."""
