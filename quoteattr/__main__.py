"""``python -m quoteattr``: the command line."""

from quoteattr.cli import main

raise SystemExit(main())
