"""The offsets contract, checked the same way everywhere."""

from __future__ import annotations

from claimcheck.models import Extraction


def assert_offsets_slice(text: str, x: Extraction) -> None:
    """Every sentence, slot and quote is exactly ``text[start:end]``."""
    for c in x.sentences:
        assert text[c.start : c.end] == c.text
        for slot in (*c.dates, *c.numbers, *c.places, *c.people, *c.orgs):
            assert text[slot.start : slot.end] == slot.text
        if c.quote:
            assert text[c.quote.start : c.quote.end] == c.quote.text
