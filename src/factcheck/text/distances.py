"""Bare lengths in metres that the grammar read as millions: "the 400m title".

News writes millions as "5m", so the grammar reads a glued "m" as millions.
Sport writes metres the same way: "the women's 800m", "cleared 4.88m". The
words around a figure tell the two apart (:func:`a_distance`, used by
:func:`factcheck.text.context.refine`), and an article of athletics reads its
other bare lengths alike (:func:`distances_alike`, after every figure is read).
A bracket in another length ("37m (121ft)") says the same
(:mod:`factcheck.text.restatements`). A figure that counts things ("5m
visitors") stays millions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from factcheck.figures import Figure, Kind
from factcheck.units import unit_text

__all__ = ["MILLION_M", "a_distance", "as_metres", "distances_alike"]

#: A numeral with a glued "m", which the grammar reads as millions ("37m").
MILLION_M = re.compile(r"\d[\d,.]*m")
#: Right after a distance in metres: an athletics or swimming event, or what is won or
#: run over it ("the 60m hurdles", "the 400m title", "100m silver medallist").
_EVENT_AFTER = re.compile(
    r"\s+(?:(?:indoor|outdoor|world|olympic|european|freestyle|sprint)\s+)?"
    r"(?:hurdles?|hurdlers?|freestyle|butterfly|backstroke|breaststroke|medley|relay|sprint|"
    r"sprinters?|dash|steeplechase|final|finals|heats?|race|races|runners?|title|titles|"
    r"champion|champions|championship|crown|gold|silver|bronze|medal|medallist|record|"
    # (not before a plural: "5m gold coins", "1.5m race fans" count things)
    r"specialist|event|indoors|outdoors|ranking)\b(?!\s+(?!this\b|thus\b)[a-z]{3,}s\b)"
    # a time it was run or swum in: "the 400m in 49.5 seconds", "in 1:45.2"
    r"|\s+in\s+\d[\d.]*(?::\d|\s*(?:sec|secs|seconds|s|min|mins|minutes)\b)"
    # the field event it was jumped or thrown in: "1.80m in the high jump"
    r"|\s+in\s+the\s+(?:high\s+jump|long\s+jump|triple\s+jump|pole\s+vault|shot|"
    r"discus|javelin|hammer)\b",
    re.IGNORECASE,
)
#: Before a distance in metres that ends its phrase: a race run, swum or won over it
#: ("won the 1,000m at the", "ran the 10,000m,"): "won the 5m contract" is a count.
_RACED = re.compile(
    r"\b(?:won|wins?|winning|ran|runs?|running|raced|races?|racing|swam|swims?|swimming|"
    r"contest(?:s|ed|ing)?|in|final)\s+the\s+$|\bthe\s+final\s+(?:of\s+)?$",
    re.IGNORECASE,
)
_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:)]|$|\s(?:at|in|on|and|as|after|before|ahead|for|with)\b)")
#: Right before a distance in metres: whose event it is, or a jump or a throw that
#: reached it ("the women's 800m", "Olympic 200m", "cleared 4.88m", "landed 17.30m").
_EVENT_BEFORE = re.compile(
    r"(?:\b(?:men|women|boys|girls)['’]s?|\b(?:olympic|indoor|outdoor|world|european|"
    r"commonwealth|junior|cleared|clearing|jumped|jumping|leapt|leaped|leaping|vaulted|"
    r"vaulting|threw|thrown|throwing|landed|"
    r"throws?|jumps?|vaults?|leaps?|attempt(?:ed|s)?|favoured|favourite|"
    # "a personal best of 16.76m", "a world record of 4.91m", "a leap of 17.30m"
    r"(?:best|record|mark|leap|jump|throw|vault|height|clearance)\s+of))\s+$",
    re.IGNORECASE,
)


def as_metres(figure: Figure) -> Figure:
    """A figure the grammar read as millions ("37m") read as metres instead."""
    return figure.scaled(Fraction(1, 1_000_000), "meter")


#: Words after a length that say by how much, not what is counted: "2.5m clear of".
_MARGIN_WORDS = frozenset(
    {"clear", "ahead", "behind", "short", "further", "farther", "higher", "longer", "better"}
)


def _millions_m(figure: Figure, text: str) -> bool:
    """Whether a figure is a bare "400m" the grammar read as millions, counting no
    things: "5m visitors", "a 2m deal" and "5m gold coins" are millions whatever the
    words before them say."""
    return (
        figure.kind is Kind.QUANTITY
        and unit_text(figure.unit) == "dimensionless"
        and MILLION_M.fullmatch(figure.text) is not None
        and (
            figure.noun is None
            or figure.noun.split()[0].lower() in _MARGIN_WORDS
            or _EVENT_AFTER.match(text, figure.span[1]) is not None
        )
    )


def a_distance(figure: Figure, text: str) -> bool:
    """Whether a bare "400m" is a distance in metres: an athletics or swimming event
    after it, or before it whose event it is or the jump or throw that reached it."""
    if not _millions_m(figure, text):
        return False
    if _EVENT_AFTER.match(text, figure.span[1]) is not None:
        return True
    before = max(0, figure.start - 30)
    if _EVENT_BEFORE.search(text, before, figure.start) is not None:
        return True
    return (
        _RACED.search(text, before, figure.start) is not None
        and _PHRASE_ENDS.match(text, figure.span[1]) is not None
    )


def distances_alike(figures: Sequence[Figure], text: str) -> list[Figure]:
    """``figures`` with every bare "400m" of an article of athletics read as metres.

    :func:`a_distance` makes a bare "68.5m" metres where the words around it say
    so. An article that has such a distance tells its other bare lengths the
    same way, in words no rule lists: "2.5m clear of the runner-up on 66m", "The
    1500m was won by", "with 6.92m", "a previous best of 4.81m". Money in such
    articles carries its currency ("£3m"), and a glued "m" that counts things
    ("5m visitors", "a 2m deal") stays millions.
    """
    # (the glued "m" first: it is a cheap test, and most figures fail it)
    if not any(MILLION_M.fullmatch(f.text) and unit_text(f.unit) == "meter" for f in figures):
        return list(figures)  # most articles: no athletics distance
    return [as_metres(f) if _millions_m(f, text) else f for f in figures]
