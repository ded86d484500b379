"""Render a dipgraph HTML page to PNG with headless Chromium (e.g. docs/seed-network.png).

python scripts/screenshot.py graph.html docs/seed-network.png [--width 1400 --height 900] [--hash "view=timeline"]
"""

from __future__ import annotations

import argparse

from graph.view.browser import screenshot


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("page", help="the HTML page to render")
    parser.add_argument("png", help="where to write the PNG")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--hash", default="", help="the page's state, as in its URL after #")
    args = parser.parse_args()
    print(screenshot(args.page, args.png, width=args.width, height=args.height, fragment=args.hash))


if __name__ == "__main__":
    main()
