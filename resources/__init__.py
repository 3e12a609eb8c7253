"""Bundled data (templates, sample projects), installed as ``cxdesigner.resources``."""
