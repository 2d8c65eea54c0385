"""Characters that do not belong: encoding debris and foreign scripts."""
