"""Numbers and dates: date-format, number-format, weekday-date."""
