"""Entry point of the bundle's console program (``kommunesamarbeid-cli``): the command line."""

import sys

from kommunesamarbeid.cli import main

if __name__ == "__main__":
    if sys.argv[1:2] == ["--selftest"]:
        from kommunesamarbeid.selftest import run

        raise SystemExit(run())
    raise SystemExit(main())
