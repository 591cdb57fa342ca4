"""One shape for every problem we report: what is wrong, in which file, and what to do.

The same three fields travel in HTTP error bodies, in `/info` warnings and in the UI.
"""
import dataclasses


@dataclasses.dataclass(frozen=True)
class Problem:
    error: str
    file: str = ""
    hint: str = ""

    def as_json(self):
        return {"error": self.error, "file": self.file, "hint": self.hint}


class EmbprojError(Exception):
    """A problem that ends a request: carries the HTTP status to answer with."""

    def __init__(self, status, error, file="", hint=""):
        super().__init__(error)
        self.status = status
        self.problem = Problem(error, file, hint)


class BadRequest(EmbprojError):
    def __init__(self, error, hint=""):
        super().__init__(400, error, "", hint)


class NotFound(EmbprojError):
    def __init__(self, error, file="", hint=""):
        super().__init__(404, error, file, hint)


class MalformedFile(EmbprojError):
    """A file exists but cannot be used as it is (422)."""

    def __init__(self, error, file, hint=""):
        super().__init__(422, error, file, hint)
