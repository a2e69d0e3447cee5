"""Dates typed the French way become ISO dates; what is not a date is refused."""

import pytest

from workshop.dates import DateError, parse_date


@pytest.mark.parametrize("typed, iso", [
    ("12/12/2026", "2026-12-12"), ("12-12-26", "2026-12-12"), (" 5.3.2027 ", "2027-03-05"),
    ("1er décembre 2026", "2026-12-01"), ("12 DÉC 2026", "2026-12-12"), ("3 févr. 2027", "2027-02-03"),
    ("2026-12-12", "2026-12-12"), ("", ""), ("   ", ""),
])
def test_french_dates(typed, iso):
    assert parse_date(typed) == iso


@pytest.mark.parametrize("typed", ["31/02/2026", "2026-00-05", "demain", "12/13/2026",
                                   "12 ju 2026", "non fixée12122026"])
def test_what_is_not_a_date_is_refused_with_its_text(typed):
    with pytest.raises(DateError) as caught:
        parse_date(typed)
    assert caught.value.key == "edit.bad_date" and caught.value.params["value"] == typed.strip()
