"""The one output sanitiser: untrusted text (quotes, file names, source text) made safe for
where it goes — a terminal, a CI log, a workflow command, a Markdown cell, XML.

Articles and sources are untrusted. Nothing they contain may reach a terminal as a control
sequence, be read as Rich markup, start a GitHub workflow command, break a Markdown table or
make XML invalid.
"""

from __future__ import annotations

import re

#: bidirectional embeddings, overrides and isolates, and Unicode line/paragraph separators:
#: invisible characters that reorder or break what the reader sees (the plain direction marks
#: LRM/RLM of right-to-left text stay)
_INVISIBLE = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
_OTHER_UNSAFE = f"\x7f-\x9f{_INVISIBLE}"  # DEL, C1 controls, reordering characters
_UNSAFE = re.compile(f"[\x00-\x1f{_OTHER_UNSAFE}]")
#: the same but the line break, which indented JSON has 10^5 of in a big report
_UNSAFE_IN_JSON = re.compile(f"[\x00-\x09\x0b-\x1f{_OTHER_UNSAFE}]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
#: a GitHub workflow command: ``::name …::`` at the start of a line (leading blanks are
#: trimmed by the runner), or the legacy ``##[name …]`` anywhere in a line
_COMMAND_START = re.compile(r"(?m)^(\s*):(?=:)")
_WORD_COMMAND = re.compile(r"(^|\s):(?=:)")
_LEGACY_COMMAND = "##["
#: characters XML 1.0 forbids: the complement of ``\t \n \r \x20-\ud7ff \ue000-\ufffd
#: \U00010000-\U0010ffff``, written as what it leaves out (the negated form with its astral
#: range takes 12 ms to compile, on every run)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape_char(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def visible(text: str, keep: str = "") -> str:
    """``text`` with control characters, escape codes and invisible reordering characters
    shown as visible escapes (``\\x1b``, ``\\n``, ``\\u202e``); characters in ``keep`` stay."""
    if keep:
        return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _escape_char(m), text)
    return _UNSAFE.sub(_escape_char, text)


def no_workflow_commands(text: str) -> str:
    """``text`` such that no part of it, wherever a line break falls, can be read by the
    GitHub runner as a workflow command: ``::`` after a blank or at the start is written
    ``\\x3a:``, ``##[`` is written ``#\\x23[``."""
    return _WORD_COMMAND.sub(r"\1\\x3a", text).replace(_LEGACY_COMMAND, "#\\x23[")


def terminal(text: str) -> str:
    """Untrusted text for a terminal or a CI log: visible escapes, no workflow command."""
    return no_workflow_commands(visible(text))


def github_data(text: str) -> str:
    """A workflow command's message: escape codes visible, no workflow command inside, then
    ``%``, CR and LF escaped as the runner expects (so a line break stays inside it)."""
    text = no_workflow_commands(visible(text, keep="\r\n"))
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """A workflow command's property value (``file=``, ``title=``)."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


#: ``@name`` and ``#123`` that GitHub would turn into a mention (a notification to that user
#: or team) or a cross-reference on that issue when the report is posted as a comment
_PINGS = re.compile(r"([@#])(?=[A-Za-z0-9])")
_ZERO_WIDTH_SPACE = "&#8203;"


def markdown_cell(text: str) -> str:
    """Untrusted text for a Markdown table cell: one line, Markdown and HTML inert, and no
    mention or issue reference that would ping anyone when posted on GitHub."""
    text = terminal(" ".join(text.split()))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _PINGS.sub(rf"\1{_ZERO_WIDTH_SPACE}", text)


_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f()<>|`\\\[\]\"'*_]")


def markdown_url(url: str) -> str:
    """An untrusted address as a Markdown link target: the characters that could end the
    link, break the table or start markup percent-encoded (the address stays the same)."""
    return _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), url)


def markdown_code(text: str) -> str:
    """Untrusted text as a Markdown code span, fenced with more backticks than it holds."""
    text = terminal(" ".join(text.split())).replace("|", "\\|")
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def xml_text(text: str) -> str:
    """Untrusted text for XML 1.0: characters XML forbids, and terminal escape codes, shown
    as visible escapes; line breaks and tabs kept."""
    return _NOT_XML.sub(_escape_char, visible(text, keep="\n\t"))


def guard_lines(text: str, style: str) -> str:
    """The last pass over a whole rendered report: no line may start a workflow command.
    ``style`` says how to write the neutralised characters without changing the data:
    ``json`` (``\\u003a``), ``xml`` (``&#58;``) or ``text`` (``\\x3a``)."""
    colon, hash_ = {"json": ("\\u003a", "\\u0023"), "xml": ("&#58;", "&#35;"),
                     "text": ("\\x3a", "\\x23")}[style]
    if "::" in text:  # what every match needs (a whole-text search: 30 times faster)
        text = _COMMAND_START.sub(lambda m: m.group(1) + colon, text)
    return text.replace(_LEGACY_COMMAND, "#" + hash_ + "[")


def json_safe(text: str) -> str:
    """Rendered JSON with the characters a terminal could act on (DEL, C1 controls,
    reordering marks) written as ``\\uXXXX`` escapes: the same JSON value, inert."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
