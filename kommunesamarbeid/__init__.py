"""kommunesamarbeid: felles anskaffelser mellom kommuner."""

__version__ = "0.1.0"
APP_NAME = "kommunesamarbeid"
APP_DISPLAY_NAME = "Kommunesamarbeid"
