"""Start the kommunesamarbeid desktop application (``python main.py [--demo] [--db URL]``)."""

from kommunesamarbeid.gui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
