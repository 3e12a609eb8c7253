"""Pure-Python analysis of journey maps: no Qt, no database."""
