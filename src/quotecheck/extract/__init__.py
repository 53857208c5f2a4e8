"""Claim extraction: find every quotation in an article."""

from quotecheck.extract.claims import LineIndex, extract_claims, quoted_spans

__all__ = ["LineIndex", "extract_claims", "quoted_spans"]
