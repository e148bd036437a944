"""lede._errors: the exceptions lede raises, one class per stable error code.

Plain Python classes (the C core looks them up by code at import), so they
carry docstrings and pickle like any exception: the attributes survive a
trip through multiprocessing.
"""


class LedeError(Exception):
    """A page lede could not turn into an article.

    Attributes:
        code: the stable error name, as in the CLI's records ("not_html"...).
        status: the library's numeric status (lede_status in lede.h).
        message: the library's message ("not HTML: looks like a PDF").
        url: the url given to extract(), or None.
        article: for NoContentError, the Article with the metadata that was
            found (text empty); otherwise None.
    """

    code = "error"
    status = -1

    def __init__(self, message, *, url=None, article=None):
        super().__init__(message)
        self.message = message
        self.url = url
        self.article = article

    def __str__(self):
        return f"{self.code}: {self.message}"

    def to_dict(self):
        """The error as a record's "error" value: {"code": ..., "message": ...}."""
        return {"code": self.code, "message": self.message}


class LedeMemoryError(LedeError, MemoryError):
    """Out of memory (or over the memory limit). Also a MemoryError."""
    code, status = "nomem", 1


class EmptyError(LedeError):
    """The input has no bytes, or only white space."""
    code, status = "empty", 2


class NotHTMLError(LedeError):
    """The bytes are not an HTML page (binary, PDF, image...)."""
    code, status = "not_html", 3


class TooLargeError(LedeError):
    """The input is larger than max_bytes."""
    code, status = "too_large", 4


class LedeIOError(LedeError, OSError):
    """The input could not be read (the library itself never raises it)."""
    code, status = "io", 5


class NoContentError(LedeError):
    """The page parsed, but no main text was found; .article holds the metadata."""
    code, status = "no_content", 6


class UsageError(LedeError, ValueError):
    """The library refused its arguments. Also a ValueError."""
    code, status = "usage", 7


ERROR_CLASSES = {c.code: c for c in (LedeMemoryError, EmptyError, NotHTMLError, TooLargeError,
                                     LedeIOError, NoContentError, UsageError)}
