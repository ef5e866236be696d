"""What can go wrong with bookmarks, and the rule for a new passphrase: apart from the store,
so that the modules the store calls (exchange, sealed) need not import it back.
`desktop.bookmarks.store` (and `desktop.bookmarks`) give the same names."""

from __future__ import annotations

from desktop.errors import UserError


class BookmarkError(UserError):
    """A bookmark operation that cannot be done; the message says why."""


class ReadOnlyStore(BookmarkError):
    """The store cannot be changed (read-only folder, newer schema, damaged read-only file)."""


class NotFound(BookmarkError, LookupError):
    """A bookmark or folder id that is not (or no longer) in the store."""


class WrongPassphrase(BookmarkError):
    """A protected store that the passphrase given does not open; nothing was changed.

    SQLCipher cannot tell a wrong passphrase from a first page damaged beyond reading (both
    fail the page's HMAC), so the message says both, and the file is left as it is.
    """


class ProtectionUnavailable(BookmarkError):
    """This build has no SQLCipher, so a store cannot be protected or unlocked."""


MIN_PASSPHRASE = 8


def check_new_passphrase(passphrase: str) -> str:
    """A passphrase good enough to set (the interface says the same rule in its language)."""
    if not isinstance(passphrase, str) or "\x00" in passphrase:
        raise BookmarkError("a passphrase must be text")
    if len(passphrase) < MIN_PASSPHRASE:
        raise BookmarkError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
    return passphrase
