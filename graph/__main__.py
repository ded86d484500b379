"""``python -m graph`` does what the ``dipgraph`` command does."""
import sys

from .cli import main

sys.exit(main())
