"""A .docx whose XML inflates to hundreds of megabytes, read locally and from the web, in
a process whose address space is capped: refused before it is inflated, memory bounded."""

from __future__ import annotations

import io
import json
import resource
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document

from tests.conftest import script_path
from tests.hostile.conftest import article
from tests.hostile.server import hostile

MEMORY_LIMIT = 1536 * 1024 * 1024
INFLATED = 300 * 1024 * 1024
BODY_START = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w='
              b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
PARAGRAPH = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"  # millions of elements once parsed
BODY_END = b"</w:body></w:document>"


def bomb(*, lying: bool = False) -> bytes:
    """A real .docx whose document.xml holds 300 MB of tiny paragraphs (under 1 MB zipped);
    ``lying``: its central directory claims the part unpacks to 1000 bytes."""
    plain = io.BytesIO()
    Document().save(plain)
    source = zipfile.ZipFile(plain)
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as package:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                package.writestr(item, source.read(item.filename))
        with package.open("word/document.xml", "w") as part:
            part.write(BODY_START)
            block = PARAGRAPH * (1024 * 1024 // len(PARAGRAPH))
            for _ in range(INFLATED // len(block)):
                part.write(block)
            part.write(BODY_END)
    data = packed.getvalue()
    return _claim_small_size(data, b"word/document.xml") if lying else data


def _claim_small_size(data: bytes, name: bytes) -> bytes:
    """``data`` with the uncompressed size of ``name`` in the central directory set to 1000."""
    entry = data.index(b"PK\x01\x02")
    while True:
        length = int.from_bytes(data[entry + 28:entry + 30], "little")
        if data[entry + 46:entry + 46 + length] == name:
            return data[:entry + 24] + (1000).to_bytes(4, "little") + data[entry + 28:]
        extra = int.from_bytes(data[entry + 30:entry + 32], "little")
        comment = int.from_bytes(data[entry + 32:entry + 34], "little")
        entry = data.index(b"PK\x01\x02", entry + 46 + length + extra + comment)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.parametrize(("lying", "error"), [
    (False, f"refused: the Word file unpacks to over {256 * 1024 * 1024} bytes"),
    (True, "unreadable Word file (Bad CRC-32 for file 'word/document.xml')"),
])
def test_docx_bomb_local_and_web_under_a_memory_limit(tmp_path: Path, lying: bool,
                                                      error: str) -> None:
    data = bomb(lying=lying)
    assert len(data) < 2 * 1024 * 1024
    (tmp_path / "bomb.docx").write_bytes(data)
    with hostile({"docx": data}) as (base, _):
        story = article(tmp_path, ["bomb.docx", f"{base}/docx"])
        done = subprocess.run(
            [script_path(), "verify", str(story), "--allow-private", "--format", "json"],
            capture_output=True, timeout=120, check=False, preexec_fn=_limit_memory,
            env={"PATH": "/usr/bin:/bin", "OPENBLAS_NUM_THREADS": "1",
                 "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert done.returncode == 3, done.stderr.decode()
    claims = json.loads(done.stdout)["articles"][0]["claims"]
    assert [c["source"]["error"] for c in claims] == [error] * 2
