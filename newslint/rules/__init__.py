"""Rule loading: rule packs from YAML (loader), their examples as tests, and the rule reference docs."""
