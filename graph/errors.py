"""The one base exception of the package; the CLI turns it into a message."""


class DipgraphError(Exception):
    """A problem the user can fix: bad input, a locked store, an unknown option value."""


class InputError(DipgraphError):
    """A file or record that cannot be read, with where it is (file and line or row)."""

    def __init__(self, source: str, problem: str, line: int | None = None):
        self.source, self.problem, self.line = source, problem, line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}")
