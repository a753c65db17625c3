"""The shared ``__repr__`` of factcheck's attrs classes prints what attrs' own would."""

from __future__ import annotations

from fractions import Fraction

import attrs

from factcheck._repr import fields_repr
from factcheck.claims import ClaimSet
from factcheck.intervals import Interval


def _point(shared: bool) -> type:
    """A class with fields of every kind, with attrs' own ``__repr__`` or the shared one."""

    @attrs.frozen
    class Point:
        if shared:
            __repr__ = fields_repr

        plain: object
        hidden: str = attrs.field(default="h", repr=False)
        shouted: str = attrs.field(default="s", repr=str.upper)
        _private: tuple[int, ...] = ()
        later: list[int] = attrs.field(init=False, factory=list)

    return Point


def test_prints_as_attrs_does() -> None:
    own, shared = _point(shared=False), _point(shared=True)
    assert shared.__repr__ is fields_repr and own.__repr__ is not fields_repr
    for args in [(1,), (2, "x", "loud", (3, 4)), (Fraction(1, 3), "", "")]:
        assert repr(shared(*args)) == repr(own(*args))
    assert repr(shared(1)) == "Point(plain=1, shouted=S, _private=(), later=[])"


def test_factcheck_classes_use_it() -> None:
    assert Interval.__repr__ is fields_repr
    assert repr(Interval.closed(1, 2)) == (
        "Interval(low=Fraction(1, 1), high=Fraction(2, 1), low_closed=True, high_closed=True)"
    )
    shown = repr(ClaimSet.from_text("Up 28%.", document="a.md"))
    assert shown.startswith("ClaimSet(text='Up 28%.', document='a.md', claims_file=None,")
    assert "_resolved" not in shown and "_index" not in shown  # fields with repr=False
