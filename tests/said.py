"""``pytest.raises(..., match=...)`` for domain errors, which carry a code, not a sentence.

``str()`` of a :class:`workshop.errors.WorkshopError` is its key and parameters
(for logs); what a facilitator reads is ``ui.text.messages.describe``.  This
checks that sentence, in the language asked (French by default).
"""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest

from ui.text.messages import describe


@contextmanager
def raises_saying(error: type[Exception], pattern: str, lang: str = "fr"):
    """Like ``pytest.raises(error, match=pattern)`` on the sentence in ``lang``."""
    with pytest.raises(error) as info:
        yield info
    sentence = describe(info.value, lang)
    assert re.search(pattern, sentence), f"{pattern!r} not in {sentence!r}"
