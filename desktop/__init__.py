"""Rights at Hand: an offline reference for human rights defenders."""

__version__ = "0.1.0"
APP_NAME = "Rights at Hand"
APP_ID = "rights-at-hand"
