"""Counted words in sentences: French plural from 2, English but for 1."""

from ui.text.plural import fill, plurals


def test_french_and_english_rules():
    template = "{n} {n|place|places}"
    assert [fill(template, "fr", n=n) for n in (0, 1, 2, 12)] == \
        ["0 place", "1 place", "2 places", "12 places"]
    english = "{n} {n|seat|seats}"
    assert [fill(english, "en", n=n) for n in (0, 1, 2)] == ["0 seats", "1 seat", "2 seats"]


def test_several_counts_in_one_sentence():
    template = ("{tables} {tables|table|tables}, {seats} {seats|place|places} "
                "pour {people} {people|personne|personnes}.")
    assert fill(template, "fr", tables=1, seats=6, people=1) == "1 table, 6 places pour 1 personne."


def test_unknown_counts_and_plain_fields_are_left_alone():
    assert plurals("{x|a|b} {y}", "fr", {"y": 2}) == "{x|a|b} {y}"
