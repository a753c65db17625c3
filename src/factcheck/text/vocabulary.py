"""The words around figures: trend phrases, change verbs, and words that are not nouns.

Kept as data, apart from the grammar that uses them, so they can be read and
extended in one place.
"""

from __future__ import annotations

from factcheck.figures import Trend

__all__ = [
    "BY_VERBS",
    "CHANGE_VERBS",
    "GROUP_SIZES",
    "LEVEL_NOUNS",
    "LEVEL_NOUN_MODIFIERS",
    "NOUN_VERBS",
    "PEOPLE_WORDS",
    "PHRASAL_UP",
    "PLURALS_WITHOUT_S",
    "SCALE_SIZES",
    "STOP_WORDS",
    "TREND_PREFIXES",
    "TREND_SUFFIXES",
    "VAGUE_PLURALS",
    "VAGUE_SCALED",
]

UP, DOWN = Trend.UP, Trend.DOWN


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Phrases before a figure that make it a change (``rose 5%``, ``an increase of 28%``).
#: A verb followed by ``to`` is not one: ``rose to 996`` states a level.
TREND_PREFIXES: dict[str, Trend] = {
    "increase of": UP,
    "increases of": UP,
    "increased by": UP,
    "increased": UP,
    "rise of": UP,
    "rises of": UP,
    "rose by": UP,
    "rose": UP,
    "risen by": UP,
    "risen": UP,
    "rising by": UP,
    "rising": UP,
    "grew by": UP,
    "grew": UP,
    "growth of": UP,
    "jump of": UP,
    "jumped by": UP,
    "jumped": UP,
    "climbed by": UP,
    "climbed": UP,
    "surged by": UP,
    "surged": UP,
    "soared by": UP,
    "soared": UP,
    "gain of": UP,
    "gained": UP,
    "boost of": UP,
    "hike of": UP,
    "up by": UP,
    "up": UP,
    "+": UP,  # market reports: "Nasdaq +0.8%"
    "increase by": UP,
    "increasing": UP,
    "increasing by": UP,
    "rise by": UP,
    "rises": UP,
    "grow by": UP,
    "grown by": UP,
    "growing": UP,
    "growing by": UP,
    "climb by": UP,
    "climbing": UP,
    "jump by": UP,
    "jumping": UP,
    "jumps": UP,
    "surging": UP,
    "soaring": UP,
    "gaining": UP,
    "gains": UP,
    "advanced": UP,
    "advancing": UP,
    "rallied": UP,
    "edged up": UP,
    "edged higher": UP,
    "ticked up": UP,
    "decrease of": DOWN,
    "decreased by": DOWN,
    "decreased": DOWN,
    "decline of": DOWN,
    "declined by": DOWN,
    "declined": DOWN,
    "drop of": DOWN,
    "dropped by": DOWN,
    "dropped": DOWN,
    "fall of": DOWN,
    "fell by": DOWN,
    "fell": DOWN,
    "fallen by": DOWN,
    "fallen": DOWN,
    "cut by": DOWN,
    "cut of": DOWN,
    "cuts of": DOWN,
    "reduction of": DOWN,
    "reduced by": DOWN,
    "shrank by": DOWN,
    "shrank": DOWN,
    "slumped by": DOWN,
    "slumped": DOWN,
    "plunged by": DOWN,
    "plunged": DOWN,
    "down by": DOWN,
    "down": DOWN,
    "decrease by": DOWN,
    "decreasing": DOWN,
    "declining": DOWN,
    "fall by": DOWN,
    "falling": DOWN,
    "falls": DOWN,
    "drop by": DOWN,
    "drop": DOWN,
    "dropping": DOWN,
    "drops": DOWN,
    "plunging": DOWN,
    "plummeted": DOWN,
    "plummeting": DOWN,
    "tumbled": DOWN,
    "tumbling": DOWN,
    "slipped": DOWN,
    "slid": DOWN,
    "sank": DOWN,
    "dipped": DOWN,
    "eased": DOWN,
    "shed": DOWN,
    "lost": DOWN,
    "losing": DOWN,
    "edged down": DOWN,
    "edged lower": DOWN,
    "ticked down": DOWN,
    "sunk": DOWN,
    "sunk by": DOWN,
    "sank by": DOWN,
    "tumbled by": DOWN,
    "plummeted by": DOWN,
    "dipped by": DOWN,
    "slipped by": DOWN,
    "slumps": DOWN,
    "inched up": UP,
    "crept up": UP,
    "inched down": DOWN,
    # the other forms of the verbs above ("prices could rise 5%", "sales grow 3%")
    "rise": UP,
    "grow": UP,
    "grows": UP,
    "climb": UP,
    "climbs": UP,
    "jump": UP,
    "surge": UP,
    "surges": UP,
    "soar": UP,
    "soars": UP,
    "gain": UP,
    "advance": UP,
    "advances": UP,
    "fall": DOWN,
    "decline": DOWN,
    "declines": DOWN,
    "decrease": DOWN,
    "decreases": DOWN,
    "shrink": DOWN,
    "shrinks": DOWN,
    "shrinking": DOWN,
    "slip": DOWN,
    "slips": DOWN,
    "slipping": DOWN,
    "slide": DOWN,
    "slides": DOWN,
    "sliding": DOWN,
    "sink": DOWN,
    "sinks": DOWN,
    "sinking": DOWN,
    "dip": DOWN,
    "dips": DOWN,
    "dipping": DOWN,
    "plunge": DOWN,
    "plunges": DOWN,
    "plummet": DOWN,
    "plummets": DOWN,
    "tumble": DOWN,
    "tumbles": DOWN,
    "slumping": DOWN,
    "lose": DOWN,
    "loses": DOWN,
    "sheds": DOWN,
    "shedding": DOWN,
    "easing": DOWN,
    # more verbs and nouns of change
    "added": UP,
    "adding": UP,
    "spiked": UP,
    "spiking": UP,
    "skyrocketed": UP,
    "rocketed": UP,
    "leapt": UP,
    "leaped": UP,
    "widened": UP,
    "widening": UP,
    "widened by": UP,
    "boosted": UP,
    "upward by": UP,
    "upwards by": UP,
    "surge of": UP,
    "spike of": UP,
    "leap of": UP,
    "climb of": UP,
    "narrowed": DOWN,
    "narrowing": DOWN,
    "narrowed by": DOWN,
    "slashed": DOWN,
    "slashing": DOWN,
    "trimmed": DOWN,
    "lowered": DOWN,
    "sagged": DOWN,
    "retreated": DOWN,
    "downward by": DOWN,
    "downwards by": DOWN,
    "slump of": DOWN,
    "plunge of": DOWN,
    "dip of": DOWN,
    "slide of": DOWN,
    # the present tense of headlines: "Dividend rises by 2p", "Losses narrow by £5m"
    "narrow by": DOWN,
    "narrows by": DOWN,
    "widen by": UP,
    "widens by": UP,
    "raised by": UP,
    "lifted by": UP,
    "cuts by": DOWN,
}
# Every verb of a move also takes "by" before its amount ("rises by 2p", "slips by 3%");
# a verb of losing or adding does not ("lost by 5 votes" is a margin).
TREND_PREFIXES.update(
    {
        f"{word} by": trend
        for word, trend in list(TREND_PREFIXES.items())
        if " " not in word
        and word.isalpha()
        and word not in ("lose", "loses", "lost", "losing", "shed", "sheds", "shedding")
        and word not in ("added", "adding", "up", "down")
        and f"{word} by" not in TREND_PREFIXES
    }
)

#: Words after a figure that make it a change (``a 61% increase``, ``5% lower``).
TREND_SUFFIXES: dict[str, Trend] = {
    "increase": UP,
    "increases": UP,
    "rise": UP,
    "rises": UP,
    "jump": UP,
    "growth": UP,
    "gain": UP,
    "hike": UP,
    "surge": UP,
    "boost": UP,
    "more": UP,
    "higher": UP,
    "up": UP,
    "decrease": DOWN,
    "decreases": DOWN,
    "decline": DOWN,
    "drop": DOWN,
    "fall": DOWN,
    "cut": DOWN,
    "reduction": DOWN,
    "lower": DOWN,
    "fewer": DOWN,
    "less": DOWN,
    "down": DOWN,
    "surges": UP,
    "spike": UP,
    "leap": UP,
    "climb": UP,
    "gains": UP,
    "declines": DOWN,
    "dip": DOWN,
    "slide": DOWN,
    "slump": DOWN,
    "plunge": DOWN,
    "cuts": DOWN,
    "reductions": DOWN,
}

#: Verbs after which ``from A to B`` is a change between two figures, not a range.
CHANGE_VERBS = _words(
    """
    changed climbed cut decline declined decrease decreased doubled down drop
    dropped drops fall fallen falling falls fell gone grew grow grown halved
    increase increased increases jumped moved plunged reduced rise risen rises
    rising rose shifted shrank slumped soared surged tripled tumbled up went
    advanced eased slipped slid sank dipped plummeted rallied shed lost gained edged
    ticked decreasing increasing declining growing climbing falling dropping
    spiked skyrocketed rocketed leapt leaped widened narrowed slashed trimmed
    lowered boosted sagged retreated added sunk
    """
)

#: Nouns that name a level before "of": "slumped from a peak of 7 million", "fell to a
#: low of 1.5 million", "from its previous record high of $55".
LEVEL_NOUNS = frozenset(("peak", "high", "low", "record", "level", "total", "average"))
#: Words that may stand before such a noun: "record high", "all-time low", "previous peak".
LEVEL_NOUN_MODIFIERS = frozenset(
    ("record", "all-time", "previous", "earlier", "recent", "new", "seasonal", "annual")
)

#: Words that end a noun after a figure (function words and common verbs).
STOP_WORDS = _words(
    """
    a about above across after against ago all alone also altogether among an and
    annually another any apiece are around as at be been before being below between
    both but by can could did do does down during each earlier either even every
    fewer for from had has have here how if in into is it its just last later least
    less many may might more most much must neither next no nor not now of off on
    one only onto or other out over own per respectively said same say says several
    shall should since so some still such than that the their them then there these
    they this those through throughout to total two under until up was were what
    when where whether which while who whom whose why will with without would yet
    """
)

#: Verbs that end a noun even though they look like one ("incidents occurred").
NOUN_VERBS = _words(
    """
    are arrived believe came died fled happened is killed left live lived occurred
    remain remained said say think took was went were work worked
    """
)


def _verb_forms(text: str, trend: Trend) -> dict[str, Trend]:
    return dict.fromkeys(text.split(), trend)


#: Verbs that change what they act on by the figure after ``by`` (``cut costs by 20%``).
BY_VERBS: dict[str, Trend] = {
    **_verb_forms(
        """
        raise raises raised raising increase increases increased increasing boost
        boosts boosted boosting lift lifts lifted lifting grow grows grew grown
        growing expand expands expanded expanding
        """,
        UP,
    ),
    **_verb_forms(
        """
        cut cuts cutting reduce reduces reduced reducing lower lowers lowered
        lowering slash slashes slashed slashing trim trims trimmed trimming shrink
        shrinks shrank shrunk shrinking decrease decreases decreased decreasing
        """,
        DOWN,
    ),
}

#: Verbs with which ``up`` is no rise: "made up 11% of the sample", "set up 3 firms".
PHRASAL_UP = _words(
    """
    make makes made making set sets setting add adds added adding sum sums
    give gives gave given giving take takes took taken taking use uses used using
    sign signs signed signing
    """
)

#: Nouns that make a count a count of people.
PEOPLE_WORDS = _words("people persons person")

#: Words for a group of a known size: "Leicester duo A and B", "a trio of A, B and C".
GROUP_SIZES: dict[str, int] = {"duo": 2, "pair": 2, "trio": 3, "quartet": 4, "quintet": 5}

#: Plural nouns news counts that do not end in "s": "2,500 people", "40 staff".
PLURALS_WITHOUT_S = _words("people children staff men women police cattle")

#: Vague plurals and the least they can mean: ``hundreds of`` is 200 or more. Only
#: the lower bound is kept, so no count a writer could mean is excluded.
VAGUE_PLURALS: tuple[tuple[tuple[str, ...], int], ...] = (
    (("tens", "of", "millions"), 20_000_000),
    (("hundreds", "of", "millions"), 200_000_000),
    (("tens", "of", "thousands"), 20_000),
    (("hundreds", "of", "thousands"), 200_000),
    (("dozens",), 24),
    (("scores",), 40),
    (("hundreds",), 200),
    (("thousands",), 2_000),
    (("millions",), 2_000_000),
    (("billions",), 2_000_000_000),
)
#: Vague counts of a scale word with no "of" after them: ``several hundred people``,
#: ``a few thousand fans`` (two of the scale at least, as ``hundreds of``).
#: Scale words in words and their sizes.
SCALE_SIZES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE_SCALED: tuple[tuple[tuple[str, ...], int], ...] = tuple(
    ((*lead, scale), 2 * size)
    for lead in (("several",), ("a", "few"))
    for scale, size in SCALE_SIZES.items()
)
