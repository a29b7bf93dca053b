"""Every error the library raises on purpose.

Each class's docstring is its message template; the CLI prints ``str(error)`` on one
line and exits with ``error.exit_code``. Messages say what was wrong and what to do.
"""

from __future__ import annotations


class ConsistencyError(Exception):
    """Something went wrong."""

    exit_code = 2

    def __init__(self, message: str | None = None):
        super().__init__(message or (self.__doc__ or "").strip())


class InputError(ConsistencyError):
    """The input could not be read."""

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class NotEnoughDocuments(ConsistencyError):
    """At least two documents with text are needed to compare sources."""


class UnknownComponent(ConsistencyError):
    """No component of that name is registered."""

    def __init__(self, kind: str, name: str, available: list[str]):
        names = ", ".join(available) or "none"
        super().__init__(f"no {kind} named '{name}'. Available: {names}")


class LimitExceeded(ConsistencyError):
    """The inputs are larger than the limits allow (--max-documents, --max-bytes)."""


class ModelError(ConsistencyError):
    """The embedding model could not be loaded."""


class OutputError(ConsistencyError):
    """The output could not be written."""


class FilterError(ConsistencyError):
    """A report filter names something that does not exist."""


class SettingsError(ConsistencyError):
    """A settings file could not be used."""
