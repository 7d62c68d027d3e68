"""The one exception family the library raises. The CLI turns them into messages.

The claims database raises its own, :class:`claims_db.StoreError` (also
``claimcheck.StoreError``): the storage layer stands alone and knows nothing of these.
"""


class ClaimcheckError(Exception):
    """Base class: a problem the user can act on, described in one line."""


class InputError(ClaimcheckError):
    """An input cannot be read: missing, binary, empty, undecodable, unsupported."""


class FetchError(InputError):
    """A URL could not be fetched within the limits (timeout, size, content type)."""


class UsageError(ClaimcheckError):
    """Options that do not make sense together, or a value out of range."""
