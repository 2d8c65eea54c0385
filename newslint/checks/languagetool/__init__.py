"""The ``languagetool`` check and its client for a LanguageTool server."""
