"""A count the lead states, split into its parts a few sentences later.

"Corvane is to cut 2,850 jobs." then "The company said 1,100 posts would go
in investment banking, 1,200 in IT and 550 in human resources": the parts are
the lead's jobs, so together they are no more than 2,850 (rule
``sum_at_most``). "An association has sued 45 banks." then "Of the lenders
named in the suit, 35 are Italian while the remaining 10 are international":
"the remaining" makes the parts all of the whole (rule ``sum_equals``).

The whole is a count in the headline or the lede, of a thing named by a
plural ("2,850 jobs", "45 banks"), alone in its sentence among counts (not
"cutting 700 jobs, 450 of them in Britain"), the one count of that thing the
lead gives (two counts of it that differ leave the parts nobody's), and the
object of a deed the lead tells (cut, sue, kill, win, create, buy, sell, free,
recall, cancel). The parts are the counts of the first later sentence, among
the next six, that counts the same thing: the first part names it ("1,100
posts": posts are jobs) or the sentence says which set they come from ("Of the
lenders named in the suit", "35 of the companies sued"; "Of those jobs" points
at the sentence just before, and is read there).

The parts must be that deed's: the set's words, or the first part's own verb
("1,100 posts would go", "will buy 15"), tell the lead's deed, no word of
another deed stands in the sentence ("create 1,600 posts", "250 beds are
occupied", "1,800 staff have applied for redundancy"), and a later part with a
verb of its own tells it too ("while the other 300 staff will be retrained" is
no cut). The sentence tells no other time than the lead's ("In the previous
round, 1,800 jobs went", "It shut 45 stores in 2016", "An earlier recall").
The parts are listed one after another, each joined to the one before by a
comma, "and", "while" or "whereas" and no word that makes one a part of
another ("of them", "including") or a change ("from", "than"); every count of
the sentence is one of them, each smaller than the whole, and none is the
sentence's own whole ("Of the 700 jobs going in Britain, 450 …"). A sentence
that counts the same thing in another way ("About 1,900 of the losses will
fall in the UK": one part, no split) stops the search, and so does one told
for an event ("at the general election"), by another party ("Its competitor",
"Its parent group"), or with "including" or "go to".

Parts told without "the remaining", "the rest" or "the other" only confirm the
lead's count (``confirm_only``): another place's list, another round's, a plan
over more years, a running count or gross numbers against a net whole read
alike (review 3 wrote 25), so a sum above the whole is no sure error. With
those words the parts are all of the whole, and a sum that differs is flagged.
"""

from __future__ import annotations

import itertools
import re

import attrs

from factcheck.figures import Figure, Hedge
from factcheck.scan.context import (
    ANOTHER_TIME,
    MONTH_NAMES,
    NEW_FRAME,
    WEEKDAY_NAMES,
    deeds,
    other_period,
    periods,
)
from factcheck.scan.kinds import same_kind, unit_key
from factcheck.scan.links import head_noun
from factcheck.scan.relation import Relation, RoleValue
from factcheck.scan.shapes import Sentence, make_relation, may_overlap

__all__ = ["LeadCounts", "lead_split"]

#: The lede's place among the text's sentences, after the headline.
_LEDE = 1
#: How many sentences after the lede the parts may come.
_REACH = 6
#: "1,200 and 550 will go in IT and human resources respectively": one part to each.
_RESPECTIVELY = re.compile(r"\brespectively\b")
#: A joint between two parts: a comma or a word that goes on with the list.
_GOES_ON = re.compile(r"[,;]|\b(?:and|while|whereas)\b")
#: Words in a joint that make a part no sibling of the one before: a part of it, a
#: change, a comparison, an earlier level.
_NOT_SIBLINGS = re.compile(
    r"\b(?:of\s+(?:them|whom|which|those|these)|including|includes|included|among|alone|"
    r"than|from|compared|versus|against|up|down|rose|fell|rising|falling|increase\w*|"
    r"decrease\w*|plus|besides|also|another|further|more|extra|additional|total\w*|"
    r"each|per|a\s+year|a\s+month|a\s+week|a\s+day|with)\b"
)
#: Before the last part: the rest of the whole, so the parts make all of it.
_THE_REST = re.compile(r"\b(?:the\s+remaining|the\s+rest(?:\s*,)?|the\s+other)\s*$")
#: Before the first part: more of the thing, beyond the lead's count.
_MORE_OF_IT = re.compile(
    r"\b(?:another|a\s+further|further|an\s+additional|additional|extra|more|also)\s+"
    r"(?:(?:about|around|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
#: The set the parts come from, named before the first: "Of the lenders named in the
#: suit,", "35 of the companies sued".
_OF_THE_SET = re.compile(
    r"\b(?i:of)\s+the\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+s)\b[^,;.]{0,40}",
)
#: Right before a count: "of", which makes it a whole of its own ("Of the 700 jobs").
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
#: A verb of the part's own after it: "while the other 300 staff will be retrained".
_OWN_VERB = re.compile(r"\b(?:will|would|are|were|is|was|be|been|have|has|had|shall)\b")
#: A month, a day or a week: the parts' own time, unless the lead's sentence names it.
_WHEN = re.compile(rf"\b(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|week|weekend|season)\b", re.IGNORECASE)
#: When a source spoke, which is no time of the parts: "the group said on Tuesday".
_SAID_WHEN = re.compile(
    rf"\b(?:said|says|announced|confirmed|reported|told\s+\w+)\s+(?:on\s+)?"
    rf"(?:{WEEKDAY_NAMES}|this\s+week|last\s+week)\b",
    re.IGNORECASE,
)
#: An event the parts are told for, whatever the lead's ("at the general election" under
#: "won 45 seats in Sunday's regional election"), or a running count ("The toll").
_EVENT = re.compile(
    r"\b(?:crisis|war|election|games|championships?|olympics|awards|globes|tournament|toll)\b",
    re.IGNORECASE,
)
#: Another party's parts, or some of the parts: "Its competitor is cutting 2,000 jobs",
#: "Its parent group has ordered 12 planes", "A separate deal", "including".
_SOMEONE_ELSE = re.compile(
    r"\b(?:competitors?|rivals?|parent|subsidiary|separate(?:ly)?|similar|including|also)\b",
    re.IGNORECASE,
)
#: "40 stores will go to WH Smith", "1,500 workers will go on short-time working": no cut.
_GOES_ELSEWHERE = re.compile(r"\b(?:go|goes|going|gone|went)\s+(?:to|on|into|back)\b")
#: A verb right before the first part: "will buy 15", "cut 1,100".
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:a|an|the|some|about|around|nearly)\s+)?$")


def _times(words: str) -> set[str]:
    """The words of another time or mood in ``words`` ("previous", "had", "2016", "in
    March", "on Tuesday", "this week")."""
    return {m.group().lower() for m in ANOTHER_TIME.finditer(words)} | {
        m.group().lower() for m in _WHEN.finditer(words)
    }


class LeadCounts:
    """The counts of things the headline and the lede give, by the thing they count."""

    __slots__ = ("blocked", "by_noun")

    def __init__(self) -> None:
        #: each thing's counts, with their sentence's span and the deeds told of them
        self.by_noun: dict[str, list[tuple[Figure, tuple[int, int], set[str]]]] = {}
        #: things the lead counts beside another count in one sentence
        self.blocked: set[str] = set()

    def add(self, sentence: Sentence) -> None:
        """Remember the counts of things in a sentence of the lead (not one the
        sentence splits itself: "cutting 700 jobs, 450 of them in Britain")."""
        counts = [f for f in sentence.items if unit_key(f) == "count"]
        for figure in counts:
            noun = head_noun(figure)
            if noun is None:
                continue
            if (
                len(counts) > 1
                or figure.trend is not None
                or figure.parts
                or figure.hedge not in (Hedge.EXACT, Hedge.ROUNDED, Hedge.ABOUT)
            ):
                self.blocked.add(noun)  # split in the lead already, or no plain count
                continue
            # the deed: the verb before the count, or after it ("2,850 jobs will go")
            words = sentence.text[
                max(sentence.start, figure.start - 60) : min(sentence.end, figure.span[1] + 40)
            ]
            span = (sentence.start, sentence.end)
            self.by_noun.setdefault(noun, []).append((figure, span, deeds(words)))

    def whole(self, noun: str) -> tuple[Figure, tuple[int, int], set[str]] | None:
        """The one count of ``noun`` the lead gives (told again with the same value)."""
        found = self.by_noun.get(noun)
        if not found or noun in self.blocked or len({f.value for f, _, _ in found}) != 1:
            return None
        return found[-1]

    def by_deed(self, wanted: set[str]) -> tuple[Figure, tuple[int, int], set[str]] | None:
        """The one count of the lead that was the object of one of the ``wanted``
        deeds ("the companies sued": "has sued 45 banks")."""
        done = [
            told[-1]
            for noun, told in self.by_noun.items()
            if noun not in self.blocked and told[-1][2] & wanted
        ]
        return done[0] if len(done) == 1 else None


def _parts(sentence: Sentence) -> list[Figure] | None:
    """The counts of the sentence when they are a list of siblings, else ``None``."""
    items = sentence.items
    counts = [k for k, f in enumerate(items) if unit_key(f) == "count"]
    if len(counts) < 2:
        return None
    for before, k in itertools.pairwise(counts):
        joint = sentence.raw_gap(items[before].span[1], items[k].start)
        if len(joint) > 80 or not _GOES_ON.search(joint) or _NOT_SIBLINGS.search(joint):
            return None
    parts = [items[k] for k in counts]
    if any(p.trend is not None or p.parts or p.value is None for p in parts):
        return None
    if any(p.hedge not in (Hedge.EXACT, Hedge.ROUNDED, Hedge.ABOUT) for p in parts):
        return None
    if any(_OF_BEFORE.search(sentence.text, max(0, p.start - 12), p.start) for p in parts):
        return None  # "Of the 700 jobs going in Britain, 450 …": the sentence's own whole
    return parts


def _tail(sentence: Sentence, parts: list[Figure], k: int) -> str:
    """The words after part ``k``, up to the next part (at most 40 characters)."""
    stop = parts[k + 1].start if k + 1 < len(parts) else sentence.end
    return sentence.text[parts[k].span[1] : min(stop, parts[k].span[1] + 40)]


def _deeds_agree(
    sentence: Sentence, parts: list[Figure], told: set[str], named: str, rest: bool
) -> bool:
    """Whether the parts are objects of the lead's deeds ``told``: the first part's verb
    tells one (or the set's words, ``named``, when the last part is the ``rest``: then
    the parts may be told by traits, "35 are Italian while the remaining 10 are
    foreign"), the sentence tells no other, and a later part with a verb of its own
    tells one too."""
    if not told or deeds(sentence.text[sentence.start : sentence.end], nouns=False) - told:
        return False
    verb = _VERB_BEFORE.search(
        sentence.text, max(sentence.start, parts[0].start - 25), parts[0].start
    )
    first = deeds(_tail(sentence, parts, 0)) | deeds(verb.group(1) if verb else "")
    by_set = rest and bool(deeds(named) & told)
    if not (by_set or first & told):
        return False
    return by_set or all(
        deeds(tail) & told or not _OWN_VERB.search(tail)
        for tail in (_tail(sentence, parts, k) for k in range(1, len(parts)))
    )


def lead_split(
    sentence: Sentence, counts: LeadCounts, text: str, index: int
) -> tuple[Relation | None, bool]:
    """The parts of a lead count this sentence lists, and whether the search is over.

    ``index`` is the sentence's place in the text (the headline's is 0, the lede's 1).
    """
    if not counts.by_noun or index - _LEDE > _REACH:
        return None, True
    first = next((f for f in sentence.items if unit_key(f) == "count"), None)
    if first is None:
        return None, False
    named = ""
    noun = head_noun(first)
    if noun is None:
        found_set = _OF_THE_SET.search(sentence.text, sentence.start, sentence.end)
        if found_set is None:
            return None, False
        named, plural = found_set.group(), found_set["noun"]
        # "of the lenders": the plural's own thing, read as a count's noun is
        noun = head_noun(Figure(plural, None, None, noun=plural))
        if noun is None:
            return None, False
    found = counts.whole(noun)
    if found is None and named:
        found = counts.by_deed(deeds(named))  # "35 of the companies sued"
    if found is None:
        return None, False
    whole, span, told = found
    parts = _parts(sentence)
    if parts is None:
        return None, True  # the thing counted again, not split: the lead's parts are not here
    assert whole.value is not None
    if any(p.value is None or p.value >= whole.value for p in parts):
        return None, True
    # the sentence's own words, but for the set it names (a time there is the lead's deed's:
    # "35 of the companies sued on Thursday")
    own = _SAID_WHEN.sub(" ", sentence.text[sentence.start : sentence.end])
    if named:
        own = own.replace(named, " ")
    if _times(own) - _times(text[span[0] : span[1]]):
        return None, True  # "In the previous round, 1,800 jobs went in …", "on Tuesday"
    if (
        _SOMEONE_ELSE.search(own)
        or _EVENT.search(own)
        or _GOES_ELSEWHERE.search(own)
        or NEW_FRAME.match(text, sentence.start)
    ):
        return None, True  # "Its competitor is cutting …", "40 stores will go to WH Smith"
    when = periods(text, whole, span)
    if any(other_period(when, periods(text, p, (sentence.start, sentence.end))) for p in parts):
        return None, True
    if _MORE_OF_IT.search(text, max(sentence.start, parts[0].start - 25), parts[0].start):
        return None, True  # "Another 600 jobs will go": more than the lead's, no part of it
    rest = _THE_REST.search(text, max(sentence.start, parts[-1].start - 20), parts[-1].start)
    if not _deeds_agree(sentence, parts, told, named, rest is not None):
        return None, True  # "It will create 1,600 posts in India and 1,400 in Poland"
    paired = _RESPECTIVELY.search(text, parts[-1].span[1], sentence.end) is not None
    if rest is None and not paired and may_overlap(sentence, parts):
        return None, True  # "35 are Italian and 10 are listed": traits (the rest is none)
    rule = "sum_equals" if rest else "sum_at_most"
    pattern = (
        "N things. Of them, A are … while the remaining B" if rest else "N things. A in …, B in …"
    )
    joined = same_kind(*parts, whole)  # "190 people died in Ica and 140 in Pisco"
    if joined is None:
        return None, True
    roles: dict[str, RoleValue] = {"parts": joined[:-1], "total": joined[-1]}
    relation = make_relation(sentence, rule, pattern, roles)
    # Parts told without "the remaining" may be a list of other things the words do not
    # tell apart (other places, another round, a running count, gross against net: review
    # 3 wrote 25 such texts): they confirm the lead's count, and never flag it.
    return (relation if rest else attrs.evolve(relation, confirm_only=True)), True
