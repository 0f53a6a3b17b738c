"""tariffwatch: a trade-regulation change tracker (crawler -> store -> nlp -> store -> digest)."""

__version__ = "0.1.0"
