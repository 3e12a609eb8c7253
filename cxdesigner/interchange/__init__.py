"""Files other tools read and write: JSON, CSV (no Qt)."""
