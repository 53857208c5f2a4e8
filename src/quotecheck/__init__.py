"""quotecheck: check the quotations in an article against their sources."""

__version__ = "0.1.0"
