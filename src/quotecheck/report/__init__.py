"""Output formats, one module each, registered by name; imported on first use, so that
``--help`` and option parsing stay fast."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quotecheck.report.registry import REPORTERS, RenderOptions, render

__all__ = ["REPORTERS", "RenderOptions", "render"]


def __getattr__(name: str) -> Any:
    """The registry's names; ``REPORTERS`` with every format module imported (``render``
    imports only the format it renders)."""
    if name in __all__:
        from quotecheck.report import registry

        if name == "REPORTERS":
            registry.load_formats()
        return getattr(registry, name)
    raise AttributeError(f"module 'quotecheck.report' has no attribute {name!r}")
