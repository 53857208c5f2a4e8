"""Claim extraction: find every quotation in an article."""

from quotecheck.extract.claims import extract_claims, quoted_spans

__all__ = ["extract_claims", "quoted_spans"]
