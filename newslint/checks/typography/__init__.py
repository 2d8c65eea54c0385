"""Typing habits of the source language (the ``typography`` check) and a/an choice."""
