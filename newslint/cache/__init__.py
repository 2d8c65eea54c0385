"""On-disk caches: built data keyed on its sources (store) and per-file results (results)."""
