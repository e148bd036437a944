# __init__.pyi: type stubs for the lede package (the C core lede._lede and
# the Python helpers). Keep in step with _lede.c and __init__.py.
import os
from typing import Any, Iterable, Iterator, Literal, Optional, Protocol, Tuple, Union

from ._errors import (EmptyError as EmptyError, LedeError as LedeError,
                      LedeIOError as LedeIOError, LedeMemoryError as LedeMemoryError,
                      NoContentError as NoContentError, NotHTMLError as NotHTMLError,
                      TooLargeError as TooLargeError, UsageError as UsageError)

__version__: str
LIBRARY_VERSION: str
FIELDS: Tuple[str, ...]
# the switches (bool keywords of extract, extract_many, iter_warc), from the
# library's LEDE_SWITCHES table; python/tests/test_options.py checks that
# every one is declared below with its default
SWITCHES: Tuple[str, ...]

Format = Literal["text", "markdown", "html"]
Favor = Literal["balanced", "precision", "recall"]
HTML = Union[bytes, bytearray, memoryview, str]

class Article:
    """One extracted article; immutable, picklable, comparable."""
    @property
    def url(self) -> Optional[str]: ...
    @property
    def title(self) -> Optional[str]: ...
    @property
    def authors(self) -> list[str]: ...
    @property
    def date(self) -> Optional[str]: ...
    @property
    def date_modified(self) -> Optional[str]: ...
    @property
    def sitename(self) -> Optional[str]: ...
    @property
    def language(self) -> Optional[str]: ...
    @property
    def description(self) -> Optional[str]: ...
    @property
    def image(self) -> Optional[str]: ...
    @property
    def page_type(self) -> Optional[str]: ...
    @property
    def categories(self) -> list[str]: ...
    @property
    def tags(self) -> list[str]: ...
    @property
    def text(self) -> str: ...
    @property
    def quotes(self) -> Optional[list[dict[str, Any]]]: ...
    @property
    def text_source(self) -> Optional[str]: ...
    @property
    def paywalled(self) -> bool: ...
    @property
    def next_page(self) -> Optional[str]: ...
    @property
    def images(self) -> Optional[list[dict[str, Optional[str]]]]: ...
    @property
    def comments(self) -> Optional[list[dict[str, Optional[str]]]]: ...
    @property
    def truncated(self) -> bool: ...
    @property
    def format(self) -> Format: ...
    @property
    def charset(self) -> Optional[str]: ...
    def __init__(self, url: Optional[str] = ..., title: Optional[str] = ...,
                 authors: Iterable[str] = ..., date: Optional[str] = ...,
                 date_modified: Optional[str] = ..., sitename: Optional[str] = ...,
                 language: Optional[str] = ..., description: Optional[str] = ...,
                 image: Optional[str] = ..., page_type: Optional[str] = ...,
                 categories: Iterable[str] = ..., tags: Iterable[str] = ..., text: str = ...,
                 quotes: Optional[Iterable[dict[str, Any]]] = ..., text_source: Optional[str] = ...,
                 paywalled: bool = ..., next_page: Optional[str] = ...,
                 images: Optional[Iterable[dict[str, Optional[str]]]] = ...,
                 comments: Optional[Iterable[dict[str, Optional[str]]]] = ..., truncated: bool = ..., format: Format = ..., charset: Optional[str] = ...) -> None: ...
    def to_dict(self) -> dict[str, Any]: ...

def extract(html: HTML, url: Optional[str] = None, *, format: Format = "text",
            charset: Optional[str] = None, max_bytes: Optional[int] = 50000000,
            max_nodes: int = 0, max_depth: int = 0, quotes: bool = False, tables: bool = True,
            links: bool = True, images: bool = True, formatting: bool = True,
            front_matter: bool = False, favor: Favor = "balanced", comments: bool = False) -> Article: ...

def extract_many(items: Iterable[Union[HTML, Tuple[HTML, Optional[str]]]], *, workers: int = 1,
                 format: Format = "text", charset: Optional[str] = None,
                 max_bytes: Optional[int] = 50000000, max_nodes: int = 0,
                 max_depth: int = 0, quotes: bool = False, tables: bool = True,
                 links: bool = True, images: bool = True, formatting: bool = True,
                 front_matter: bool = False, favor: Favor = "balanced",
                 comments: bool = False) -> Iterator[Union[Article, LedeError, TypeError, ValueError, MemoryError]]: ...

class WarcRecord:
    """One WARC record that held a page (or could have): article or error."""
    record_id: str
    target_uri: str
    warc_date: str
    http_status: Optional[int]
    offset: int
    error_code: Optional[str]
    error_message: Optional[str]
    @property
    def article(self) -> Optional[Article]: ...
    def to_dict(self) -> dict[str, Any]: ...

class WarcIterator(Iterator[WarcRecord]):
    @property
    def stats(self) -> dict[str, int]: ...
    def __iter__(self) -> "WarcIterator": ...
    def __next__(self) -> WarcRecord: ...

class _Readable(Protocol):
    def read(self, n: int, /) -> bytes: ...

def iter_warc(source: Union[str, bytes, "os.PathLike[str]", _Readable], *, format: Format = "text",
              any_status: bool = False, max_record_bytes: int = 50000000, read_threads: int = 0,
              max_bytes: Optional[int] = ..., max_nodes: int = 0,
              max_depth: int = 0, quotes: bool = False, tables: bool = True,
              links: bool = True, images: bool = True, formatting: bool = True,
              front_matter: bool = False, favor: Favor = "balanced", comments: bool = False) -> WarcIterator: ...
