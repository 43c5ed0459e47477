"""The exception hierarchy. The extension raises these through `_from_native` with the core's
`ApiError` as JSON, so every exception carries the same fields as the CLI's and Node's errors."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

from ._types import Diagnostic


class DatamigrateError(Exception):
    """Base of every datamigrate exception.

    `kind` is the core's error kind (`input`, `parse`, `conversion`, `io`, `validate`,
    `internal`); `code`, `file`, `line`, `column` locate the first error in the user's text when
    there is one; `diagnostics` holds every diagnostic of the failed call.
    """

    kind: str = "error"

    def __init__(
        self,
        message: str,
        *,
        code: Optional[str] = None,
        file: Optional[str] = None,
        line: Optional[int] = None,
        column: Optional[int] = None,
        utf16_column: Optional[int] = None,
        diagnostics: Optional[List[Diagnostic]] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.utf16_column = utf16_column
        self.diagnostics: List[Diagnostic] = list(diagnostics or [])

    def to_dict(self) -> Dict[str, Any]:
        """The error as the core serialises it (the same shape as Node's error data)."""
        return {
            "kind": self.kind,
            "code": self.code,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "utf16_column": self.utf16_column,
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }


class InputError(DatamigrateError, ValueError):
    """Bad arguments or unusable input: unknown target, missing folder, nothing to migrate."""

    kind = "input"


class ParseError(DatamigrateError, ValueError):
    """The SQL did not parse; `file`, `line`, `column` point at the first error."""

    kind = "parse"


class ConversionError(DatamigrateError, ValueError):
    """The SQL parsed but a statement could not be converted to the target."""

    kind = "conversion"


class DatamigrateIOError(DatamigrateError):
    """Reading or writing files failed."""

    kind = "io"


class ValidateError(DatamigrateError):
    """dbt could not run (missing, not a project, failed before reporting)."""

    kind = "validate"


class InternalError(DatamigrateError):
    """A bug: a panic inside the core, caught before it reached Python. Please report it."""

    kind = "internal"


_BY_KIND = {
    cls.kind: cls
    for cls in (InputError, ParseError, ConversionError, DatamigrateIOError, ValidateError, InternalError)
}


def _from_native(payload: str) -> DatamigrateError:
    """Build the exception for the core's `ApiError` JSON (called by the extension)."""
    data = json.loads(payload)
    cls = _BY_KIND.get(data.get("kind"), DatamigrateError)
    return cls(
        data.get("message", ""),
        code=data.get("code"),
        file=data.get("file"),
        line=data.get("line"),
        column=data.get("column"),
        utf16_column=data.get("utf16_column"),
        diagnostics=[Diagnostic.from_dict(d) for d in data.get("diagnostics", [])],
    )
