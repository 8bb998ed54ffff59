"""The one exception of the gate: bad gate files, suites and histories name the file, line and field."""

from __future__ import annotations

from ..exceptions import AiguardError


class GateError(AiguardError, ValueError):
    """A gate file, suite or history file is malformed, or the gate cannot run as configured."""
