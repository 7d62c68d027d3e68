"""The one exception family the library raises. The CLI turns them into messages."""


class ClaimcheckError(Exception):
    """Base class: a problem the user can act on, described in one line."""


class InputError(ClaimcheckError):
    """An input cannot be read: missing, binary, empty, undecodable, unsupported."""


class FetchError(InputError):
    """A URL could not be fetched within the limits (timeout, size, content type)."""


class StoreError(ClaimcheckError):
    """The claims database refused or failed an operation."""


class UsageError(ClaimcheckError):
    """Options that do not make sense together, or a value out of range."""
