"""Scanned documents for the tests and benches: text drawn on a page image with Pillow
(optionally blurred and speckled like a photocopy), wrapped as a PDF with no text layer."""

from __future__ import annotations

import io
import random
import textwrap
from pathlib import Path

FONTS = Path("/usr/share/fonts/truetype/dejavu")
#: original prose with names, numbers, negations and diacritics, for generated scans
PARAGRAPHS = [
    "The council voted on Tuesday to keep bus fares at their current level for another "
    "year. The mayor said that the city will not raise fares before the depot is rebuilt, "
    "and that every route would stay open through the winter.",
    "According to the budget office, the transit levy is expected to raise $3.8 million in "
    "fiscal year 2025, most of which will go to maintenance of the modern fleet.",
    "Councillor José Ferrand voted against the plan. He argued that the reserve fund was "
    "never meant to cover operating costs and that the board had been warned in 2019.",
    "The committee recommended that the authority publish its ridership figures every "
    "month, and that it consult riders before changing any schedule on the northern lines.",
    "Residents who spoke at the hearing were divided. Some praised the decision as a relief "
    "for working families; others said the service had been unreliable for years.",
]


def _font(size: int) -> object:
    from PIL import ImageFont

    path = FONTS / "DejaVuSerif.ttf"
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def page_image(paragraphs: list[str], *, dpi: int = 150, point_size: int = 11,
               blur: float = 0.0, speckle: int = 0, seed: int = 0) -> object:
    """A letter-size page image with ``paragraphs`` set in lines, left-aligned."""
    from PIL import Image, ImageDraw, ImageFilter

    width, height = int(8.5 * dpi), int(11 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    size = round(point_size * dpi / 72)
    font = _font(size)
    y = dpi
    for paragraph in paragraphs:  # wrapped, unless its lines are given
        lines = paragraph.split("\n") if "\n" in paragraph else textwrap.wrap(paragraph, 78)
        for line in lines:
            draw.text((dpi, y), line, fill=0, font=font)  # type: ignore[arg-type]
            y += round(size * 1.5)
        y += size
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    rng = random.Random(seed)
    for _ in range(speckle):
        draw = ImageDraw.Draw(image)
        x, y = rng.randrange(width), rng.randrange(height)
        draw.point((x, y), fill=rng.choice((0, 96)))
    return image


def scanned_pdf(pages: list[list[str]], **options: float) -> bytes:
    """A PDF of page images (no text layer), one per list of paragraphs."""
    images = [page_image(page, **options).convert("RGB") for page in pages]  # type: ignore[arg-type, attr-defined]
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=float(options.get("dpi", 150)), save_all=True,
                   append_images=images[1:])
    return out.getvalue()
