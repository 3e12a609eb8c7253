"""Files other tools read and write: JSON, CSV, Mermaid journey text, the clipboard form (no Qt)."""
