"""Reading input: files to check, byte decoding, diff filtering, large files in parts, located YAML."""
