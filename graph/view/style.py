"""Fixed visual meanings shared by every view: one colour per country, one line style per contact type.

A country's colour depends on its code only, never on what else a page shows, so a country looks
the same in every page and every view. The countries most present in diplomatic news have hand-picked
colours that are easy to tell apart on white; any other code gets a muted colour derived from the code.
Contact types are never told apart by colour (a colour belongs to a country): lines differ by dash
pattern and group contacts and timeline marks by glyph.
"""

from __future__ import annotations

import colorsys
import zlib

from ..model import CONTACT_TYPES

FIXED_COLORS = {
    "USA": "#1f77b4",
    "RUS": "#d62728",
    "CHN": "#e5ae00",
    "GBR": "#6a3d9a",
    "FRA": "#17becf",
    "DEU": "#5f5f5f",
    "SAU": "#2ca02c",
    "TUR": "#ff7f0e",
    "IRN": "#8c564b",
    "EGY": "#a8a81e",
    "ISR": "#7fb2e5",
    "QAT": "#800000",
    "ARE": "#7fcf6f",
    "JOR": "#e377c2",
    "SYR": "#b59ad8",
    "IRQ": "#5fc4cf",
    "LBN": "#ff8f8a",
    "KWT": "#393b79",
    "OMN": "#637939",
    "BHR": "#b08a3e",
    "YEM": "#843c39",
    "PSE": "#7b4173",
    "JPN": "#f09ac4",
    "IND": "#c08f7c",
    "PAK": "#5254a3",
    "UKR": "#e0b030",
    "ITA": "#ad494a",
    "CAN": "#a55194",
    "MAR": "#6b6ecf",
    "DZA": "#9ab84f",
    "TUN": "#48a58a",
    "LBY": "#d9737c",
    "SDN": "#c986c9",
    "KOR": "#ff6f61",
    "UN": "#4a6d8c",
    "EU": "#1f3f99",
}
UNKNOWN_COLOR = "#b5b5b5"
# Screen dash patterns (pixels, canvas setLineDash / SVG stroke-dasharray); [] is a solid line.
TYPE_DASHES = {"meeting": [], "phone_call": [7, 4], "visit": [9, 3, 2, 3], "message": [2, 3]}
TYPE_GLYPHS = {"meeting": "circle", "phone_call": "diamond", "visit": "triangle", "message": "square"}


def country_color(code: str | None) -> str:
    """The colour of a country (or organisation) code: fixed for common ones, derived from the code otherwise."""
    if not code:
        return UNKNOWN_COLOR
    if code in FIXED_COLORS:
        return FIXED_COLORS[code]
    digest = zlib.crc32(code.encode("utf-8"))
    hue = (digest % 360) / 360
    lightness = 0.45 + ((digest >> 9) % 20) / 100
    saturation = 0.35 + ((digest >> 17) % 25) / 100
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return "#{:02x}{:02x}{:02x}".format(*(round(255 * c) for c in (red, green, blue)))


def type_styles() -> list[dict[str, object]]:
    """Each contact type with its label, line dashes and glyph, in the model's order."""
    return [
        {"type": kind, "label": kind.replace("_", " "), "dashes": TYPE_DASHES[kind], "glyph": TYPE_GLYPHS[kind]}
        for kind in CONTACT_TYPES
    ]
