"""PyInstaller runtime hook: the bundle leaves `urllib.request` out; register the stand-in.

See desktop/nonetwork.py for why.
"""

from desktop import nonetwork

nonetwork.install()
