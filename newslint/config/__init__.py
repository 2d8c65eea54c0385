"""Project settings: the configuration file (settings) and inline suppression comments."""
