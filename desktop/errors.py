"""The base of every error whose message is written for a person, not a developer.

The CLI and the GUI print or show these as they are; anything else is a bug and keeps its
traceback (in the log), so the two never get mixed up.
"""


class UserError(Exception):
    """Bad input or a damaged file; the message says what and where."""
