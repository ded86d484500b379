"""The HTML page every view writes, and the one place where text meets markup.

The page is our own template (``assets/page.html``) and our own scripts (``assets/*.js``, no
third-party code), inlined, so a page is one self-contained file that makes no network request.

Escaping happens here and only here: the title is HTML-escaped; everything else travels as JSON
in a ``<script type="application/json">`` block (with ``<``, ``>`` and ``&`` written as ``\\u``
escapes, so no text can close the block), and the page's own scripts put text into the document
with ``textContent`` (or canvas ``fillText``) only. Links keep only http(s) URLs. A
Content-Security-Policy allows exactly the page's inline scripts (by hash) and nothing else: no
network, no inline event handlers.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any
from urllib.parse import urlsplit

from ..errors import DipgraphError
from ..text import script_of

ASSETS = files(__package__) / "assets"
SCRIPTS = ("core.js", "network.js", "details.js", "timeline.js", "controls.js", "app.js")  # in load order


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL, else None (no ``javascript:`` or ``data:`` links)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def text_dir(text: str, lang: str | None = None) -> str:
    """The ``dir`` attribute for a passage: ``rtl`` for Arabic, else ``auto``."""
    return "rtl" if lang == "ar" or (lang is None and script_of(text) == "ar") else "auto"


def script_json(data: Any) -> str:
    """``data`` as JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _script(code: str) -> tuple[str, str]:
    """An inline script element and its CSP source expression."""
    if "</script" in code.lower():
        raise ValueError("inline script contains a closing script tag")
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")
    return f"<script>{code}</script>", f"'sha256-{digest}'"


def page_html(*, title: str, payload: dict[str, Any]) -> str:
    """The workbench page reading ``payload`` (see ``payload.py``), as one HTML string."""
    scripts = [_script((ASSETS / name).read_text(encoding="utf-8")) for name in SCRIPTS]
    return Template((ASSETS / "page.html").read_text(encoding="utf-8")).substitute(
        title=html.escape(title),
        csp=" ".join(source for _, source in scripts),
        style=f"<style>{(ASSETS / 'page.css').read_text(encoding='utf-8')}</style>",
        data=script_json(payload),
        scripts="\n".join(element for element, _ in scripts),
    )


def write_page(path: str | Path, text: str) -> Path:
    """Write a page's HTML to ``path`` (folders created); a DipgraphError names what failed."""
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    except OSError as err:
        raise DipgraphError(f"cannot write {out}: {err.strerror or err}") from err
    return out
