"""What the domain reports: a code and parameters, never a sentence.

The domain does not know who reads it nor in which language: an error (or
a note carried in a result) names *what* happened with ``code`` and the
facts with ``params``.  Sentences live in catalogues outside ``workshop/``
(``ui.text.messages`` renders them in the reader's language), looked up by
``key`` = ``f"{domain}.{code}"``, each family of errors setting its own
``domain`` so that modules never edit one shared table.

``str()`` of an error is for logs and tracebacks only (key and parameters).
A parameter that is itself a word to translate (a kind of item, a vote
stage) is a :class:`Word`, so the renderer knows to translate it too.
"""

from __future__ import annotations


class Word(str):
    """A parameter value that is a catalogue key (``"kind.participants"``), not user text."""

    __slots__ = ()


class Notice:
    """A fact about the workshop with a code and parameters (not raised).

    Subclasses set ``domain``; :attr:`key` is what catalogues are indexed by.
    """

    domain = "workshop"

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params

    @property
    def key(self) -> str:
        return f"{self.domain}.{self.code}"

    def __str__(self) -> str:
        return f"{self.key} {self.params}" if self.params else self.key

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, **{self.params!r})"


class WorkshopError(Notice, Exception):
    """An error whose message a facilitator can read, once a catalogue words it."""

    def __init__(self, code: str, **params: object) -> None:
        Notice.__init__(self, code, **params)
        Exception.__init__(self, self.key)

    __str__ = Notice.__str__
    __repr__ = Notice.__repr__
