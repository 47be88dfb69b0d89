"""``python -m kommunesamarbeid``: the command line."""

from kommunesamarbeid.cli import main

raise SystemExit(main())
