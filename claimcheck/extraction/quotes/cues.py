"""Attribution cues: the speech verb next to a quote and the phrase that says who spoke.

After the quote: "..., Kim said", "..., said Swedish Special Envoy Kent Harstedt",
"..., Carrie Worth, NASA DC-8 pilot, said", "..., according to Finance Minister Jane
Doe". Before it, in the same sentence: "Quintas noted: ...", "Clinton said during a
speech in Australia that the deal ...". The speech verbs are a word list
(``entities/lists/speech_verbs.txt``), read at first use.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.entities.lexicon import _ordinary
from claimcheck.extraction.quotes.names import (
    PARENTHESES,
    Who,
    between,
    is_title,
    named_last,
    parse_who,
    role_words,
)
from claimcheck.extraction.quotes.titles import party_dashed

_MULTI_WORD = ("pointed out", "went on", "according to", "shot back", "fired back")
# A US legislator's party and state after the name ("Mitch McConnell, R-Ky.,"): part of
# the name's appositive, never the speaker.
_PARTY_STATE = re.compile(r"\(?[RDI]-[A-Z][A-Za-z.]*\)?")
# Where a verb-first phrase ends: "said Esra Bulbul, an astrophysicist at ...".
_PHRASE_STOP = frozenset(
    "who whose which that of at from in on during after before when while as to about for "
    "with and but because since afterwards afterward later earlier yesterday today tonight "
    "ahead recently again then once last this".split()
)
_QUOTED_AS = re.compile(r"(?:[\w.’'-]+ ){1,5}?quoted ((?:[\w.’'-]+ ){1,6}?)as saying\b")
_AUXILIARIES = re.compile(r"(?:(?<=[,\s])(?:has|have|had|also|later|then|will|would)\s*)+$")
_PREPOSITIONS = frozenset("about of at from in on for with to over into by against".split())
SEGMENTS = re.compile(r"[,;:—–]|\s-{1,2}\s")
_SHORT_FORMS = frozenset("Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec St Jr Sr No Mt Ft".split())
# "he" or a capitalised word right before a verb ("..., he said", "Smith later said"),
# or the comma closing an appositive ("Judy Bell, the company's founder, said").
_NAMED_SUBJECT = re.compile(
    r"(?:\b[Hh]e|\b[Ss]he|[A-Z][\w'’.-]*)(?:\s+[a-z]+ly|\s+also|\s+later)?\s*$|,\s*$"
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?(?:-(?:[A-Z]\.)+)*")  # "G.K.", "A.F.L.-C.I.O."


@cache
def speech_verbs() -> frozenset[str]:
    folder = resources.files("claimcheck.extraction.entities") / "lists"
    text = (folder / "speech_verbs.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and w[0] != "#")


@cache
def verb_pattern() -> re.Pattern[str]:
    # As a trie ("s(?:aid|ays?|...)"): three times faster than an alternation of words,
    # which the regex engine tries one by one at every word start.
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in speech_verbs() | set(_MULTI_WORD):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(r"\b" + _pattern(trie) + r"\b")


def _pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [re.escape(ch) + _pattern(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
    return body + ("?" if "" in node else "")


def has_cue(chunk: str) -> bool:
    """Is there a speech verb (or "according to") in ``chunk``?"""
    return verb_pattern().search(chunk) is not None


def _abbreviation(word: str) -> bool:
    bare = word.rstrip(".")
    return (
        bare in gz.TITLES
        or _INITIALS.fullmatch(word) is not None
        or word in gz.PLACES
        or bare in _SHORT_FORMS
    )


def ends_sentence(chunk: str) -> bool:
    """Does ``chunk`` hold a sentence end ("... ended. Smith")? Abbreviations do not count."""
    words = chunk.split()
    for word in words[:-1]:
        if word[-1:] in "!?" or (word.endswith(".") and not _abbreviation(word)):
            return True
    return False


# Words that open a role: "chief executive", "managing director".
_ROLE_MODIFIERS = frozenset("chief managing deputy executive general senior".split())


def phrase_after(chunk: str) -> str:
    """The words after a verb up to a comma, a clause word or the sentence end."""
    words: list[str] = []
    tokens = chunk.split()
    for k, token in enumerate(tokens):
        if token.startswith("(") or token.rstrip(",;:.").lower() in _PHRASE_STOP:
            if not (token == "of" and words and is_title(words[-1])):  # "Secretary of State"
                # (nor "president and chief executive Bill Owens": roles of one person)
                if not (
                    token == "and"
                    and words
                    and words[-1].lower() in role_words()
                    and tokens[k + 1 : k + 2] != []
                    and tokens[k + 1].lower() in role_words() | _ROLE_MODIFIERS
                ):
                    break
        word = token.rstrip(",;:")
        if word.endswith(".") and not _abbreviation(word):
            words.append(word[:-1])
            break
        words.append(word)
        if word != token or len(words) >= 9:
            break
    return " ".join(words)


_SUBORDINATE = re.compile(r"\b(?:after|(?<!such )as|when|while|since|before|because)\s+(?=[A-Z])")


def subject_of_verb(before: str) -> Who | None:
    """Who the words before a verb name: the last clause piece, or the name before an
    appositive ("Carrie Worth, NASA DC-8 pilot, said"; "Timothy Risch, a manager in
    Edwards, California, cautions")."""
    # "Dick Pound, the chairman of WADA, has said": the appositive's comma before "has".
    before = _AUXILIARIES.sub("", before)
    before = party_dashed(before)  # "(R., Utah)", as the Journal writes it
    # "France coach, Bernard Laporte, simply observed", "Mr Ebbers, 63, has always
    # insisted": the adverbs and auxiliaries after the appositive
    kept = before.split()
    while kept and between(kept[-1]):
        kept.pop()
    if kept and len(kept) < len(before.split()) and kept[-1].endswith(","):
        before = " ".join(kept) + " "
    pieces = [p.strip() for p in SEGMENTS.split(before)]
    pieces = [p for p in pieces if p and not _PARTY_STATE.fullmatch(p)]
    if not pieces:
        return None
    # A clause of its own: "... for the midfielder but chief executive John Williams has
    # confirmed", "O'Leary has been in talks and he said".
    clause = pieces[-1]
    but = clause.rfind(" but ")
    if but >= 0:
        pieces[-1] = clause[but + 5 :]
    sub = _SUBORDINATE.search(pieces[-1])
    if sub is not None and pieces[-1].split(None, 1)[0] not in _RELATIVE:
        # "The comments come a day after US Treasury Secretary John Snow said": the
        # subordinate clause's subject
        named = parse_who(pieces[-1][sub.end() :])
        if named is not None and named.kind == "name" and " " in named.value:
            return named
    words = pieces[-1].split()
    coordinated = len(words) > 3 and words[-1] in ("and", "but")
    joined = pieces[-1]
    if words in (["and"], ["but"]) and len(pieces) > 1:
        coordinated, joined = True, pieces[-2]  # "O'Connell is rumoured to ..., but says"
    if coordinated and (verb := first_verb(joined)) is not None:
        # "Van Der Beek even touched upon the idea and noted": the subject of both verbs;
        # "Colin MacIntyre, of Mull Historical Society, was playing ... but said": the
        # name before the appositive when the clause opens with its verb
        subject = joined[: verb.start()].split()
        while subject and (between(subject[-1]) or subject[-1] == "even"):
            subject.pop()
        if not subject and 1 < len(pieces) <= 3:
            subject = pieces[0].split()
        named = parse_who(" ".join(subject)) if subject else None
        if (
            named is not None
            and named.kind == "name"
            and not (" " not in named.value and _ordinary(named.value))
        ):
            return named  # (not "Sites saved in this way can be arranged ... and")
    if len(words) > 2 and words[-1] in ("he", "she") and words[-2] in ("and", "so"):
        pieces[-1] = words[-1]
    elif " and " in pieces[-1]:
        # "The Reds beat Olympiakos 3-1 with a late strike and Benitez said": a clause
        # of its own after a long one (not "Smith and Jones said").
        first, _, last = pieces[-1].rpartition(" and ")
        named = parse_who(last)
        # A name with its roles only ("chief executive John Smith"), not "also
        # Commissioner for Transport"; after a clause that does not end in a name
        # ("representing Mr Doherty and Mr Wass", "The MP for Sittingbourne and
        # Sheppey"), and not inside an appositive ("Smith, who represents X and Y, said").
        plain = all(w[:1].isupper() or w in role_words() for w in last.split())
        # (or words of a body before a role: "Dutch football federation spokesman X")
        plain = plain or (
            named is not None
            and named.kind == "name"
            and bool(named.roles)
            and len(last.split()) <= 8
        )
        # A clause: it has a verb ("Duff sustained an injury at Newcastle and manager
        # Jose Mourinho said"), or ends in no name.
        own = len(first.split()) > 3 and (
            not first.split()[-1][:1].isupper() or first_verb(first) is not None
        )
        if own and plain and not before.rstrip().endswith(",") and named is not None:
            if named.kind == "name":
                pieces[-1] = last
    # "Smith and Jones said", "Ant and Dec said": two, not one (but "Commerce and
    # Industry Minister" is one person's title).
    both = [side.split() for side in pieces[-1].split(" and ")]
    pair = len(both) == 2 and all(
        0 < len(s) <= 3 and all(w[:1].isupper() for w in s) and not is_title(s[-1]) for s in both
    )
    # "Richardson, via USA Today, said": the outlet relays; the name before speaks.
    relay = pieces[-1].split(None, 1)[0].lower() in ("via", "through")
    subject, rel = _before_relative(before, pieces)
    if subject is not None and subject.kind == "name":
        return subject
    who = None if pair or relay else parse_who(pieces[-1])
    if who is not None and who.kind == "pronoun" and pieces[-1] != clause:
        # "Edward Leigh said ... but he told": the subject the sentence opened with.
        return _opening_name(clause) or who
    if who is not None and who.kind == "pronoun" and len(pieces) > 1:
        if pieces[-1].split(None, 1)[0] in ("but", "and"):
            # "Chuck Grassley (R-Iowa) said he would not ..., but he agreed": the same
            return _opening_speaker(before) or who
    lone = None
    if who is not None and who.kind == "name" and who.value in gz.PLACES:
        # "..., in Edwards, California, said": a place ends the appositive; a place
        # alone may be a surname ("Jordan told reporters" after "Rep. Jim Jordan").
        lone = Who("surname", who.value) if len(pieces) == 1 and " " not in who.value else None
        who = None
    if subject is not None and (
        who is None or who.kind != "name" or any(who.value.split()[-1] in p for p in pieces[rel:])
    ):
        return subject  # the names inside a relative clause are not its subject
    if before.rstrip().endswith((",", "-", "—", "–")) and (
        who is None or who.kind in ("role", "org")
    ):
        # "Name, appositive, said"; not "However, the minutes added".
        words = len(pieces[-1].split())
        for k in range(len(pieces) - 2, max(-1, len(pieces) - 5), -1):
            piece = pieces[k]
            named = parse_who(piece)
            # The name is the sentence's subject, after any opening phrase ("In an
            # article for the Times, Ms Dunwoody, who ..., says"), not inside what an
            # earlier verb reports ("pointed out that the Netherlands, Portugal and the
            # Czech Republic, which ..., have announced").
            opened = not any(" that " in f" {p} " for p in pieces[:k])
            if named is not None and named.kind == "name" and named.value not in gz.PLACES:
                if not opened:
                    return None
                roles = who.roles if who is not None else ()
                return Who("name", named.value, named.roles + roles) if words <= 20 else None
            words += len(piece.split())
    elif (
        who is not None
        and (who.kind in ("role", "org") or _body(who))
        and len(pieces) > 1
        and len(pieces[-1].split()) <= 6
    ):
        # "Rhodri Glyn Thomas, Plaid Cymru health spokesman said": the comma closing
        # the appositive left out.
        named = parse_who(pieces[-2])
        if named is not None and named.kind == "name" and " " in named.value:
            if named.value not in gz.PLACES and pieces[-2].split()[0].lower() not in _PHRASE_STOP:
                return Who("name", named.value, named.roles + who.roles)
    return who or lone


_RELATIVE = frozenset({"who", "whose", "which"})


def _before_relative(before: str, pieces: list[str]) -> tuple[Who | None, int]:
    """The subject before a relative clause that ends where the verb starts ("The
    actor, whose films include Star Wars: The Phantom Menace, said"; "Fred Hasson, head
    of Tiga, which represents developers, said"), whatever names the clause holds; and
    the piece the clause starts at."""
    if not before.rstrip().endswith(",") or len(pieces) < 2:
        return None, 0
    rel = next((k for k in range(len(pieces) - 1, 0, -1) if pieces[k].split()[0] in _RELATIVE), 0)
    if not rel or any(" that " in f" {p} " for p in pieces[: rel - 1]):
        return None, 0
    subject = parse_who(pieces[rel - 1])
    if subject is not None and subject.kind == "role" and rel > 1:
        named = parse_who(pieces[rel - 2])
        if named is not None and named.kind == "name":
            subject = Who("name", named.value, named.roles + subject.roles)
    return (None if subject is None or subject.value in gz.PLACES else subject), rel


def _body(who: Who) -> bool:
    """A name that is an organisation's: "Blackpool Hotel Association"."""
    return who.kind == "name" and " " in who.value and who.value.split()[-1] in gz.ORG_HEADS


def _opening_name(clause: str) -> Who | None:
    """The name a clause opens with ("Tory backbencher Edward Leigh said ..."), if any."""
    words = clause.split()
    if words[:1] and words[0] in ("But", "And", "However"):
        words = words[1:]
    verbs = speech_verbs()
    run = next((k for k, w in enumerate(words[:10]) if w in verbs or between(w)), 0)
    who = parse_who(" ".join(words[:run])) if run else None
    return who if who is not None and who.kind == "name" else None


def _opening_speaker(sentence: str) -> Who | None:
    """The person a sentence opens with when a speech verb follows their name (brackets
    aside): "Chairman Chuck Grassley (R-Iowa) said ..." (not "Microsoft had ...")."""
    words = PARENTHESES.sub(" ", sentence).split()[:10]
    verbs = speech_verbs()
    at = next((k for k, w in enumerate(words) if w in verbs), 0)
    who = parse_who(" ".join(words[:at])) if at else None
    if who is None or who.kind != "name" or who.value in gz.KNOWN_ORGS or _body(who):
        return None
    return who


_OTHER_CLAUSE = frozenset(
    "while whereas but where when which after before because since if".split()
)


def cue_after(tail: str) -> Who | None:
    """The attribution right after a quote's closing mark, if it has one."""
    lead = tail.lstrip(" ,")
    if lead.startswith("according to "):
        return parse_who(phrase_after(lead[len("according to ") :]))
    quoted = _QUOTED_AS.match(lead)
    if quoted is not None:  # '"...," AP quoted prosecutor Russell McGuire as saying'
        object_ = quoted.group(1).strip()
        if object_ in ("him", "her"):  # "Reuters quoted him as saying"
            return Who("pronoun", "he" if object_ == "him" else "she")
        return parse_who(object_) or Who("role", "")  # "an insider": unnamed
    m = verb_pattern().search(tail)
    while m is not None and tail[: m.start()].split()[-1:] in (["who"], ["which"]):
        # "Tyler Brandt, a delegate who wrote the resolution, told": the relative
        # clause's verb is not the attribution's
        m = verb_pattern().search(tail, m.end())
    if m is None:
        return None
    before = tail[: m.start()]
    # An attribution is short, unless a name opens a long appositive ("Jim Chilton,
    # senior vice president for space and launch at Boeing Defense, Space, and
    # Security, said").
    lead = before.lstrip(" ,")
    named = parse_who(lead.split(",", 1)[0]) if "," in lead else None
    long_ok = named is not None and named.kind == "name" and " " in named.value
    if ends_sentence(before) or len(before.split()) > (26 if long_ok else 14):
        return None
    if long_ok and len(before.split()) > 14 and before.rstrip().endswith(","):
        return named
    if before.lstrip(" ,").partition(" ")[0] in _OTHER_CLAUSE:
        # '"let the Tories in", while the Tories say ...', 'a "tough meeting" where some
        # senior Tories argued': another clause's speaker, not the quote's.
        return None
    pieces = SEGMENTS.split(before)
    subject = pieces[-1].split()
    if subject and subject[0] in _PREPOSITIONS:
        # '"...," Emmanuel Ferry, from Exane BNP Paribas told Reuters': the name before
        # its workplace (the comma that closes it left out); not '"highly sceptical"
        # about Labour and Conservative promises', a noun's.
        named = parse_who(pieces[-2]) if len(pieces) > 1 else None
        workplace = subject[0] in ("from", "of", "at") and len(subject) <= 8
        if workplace and named is not None and named.kind == "name" and " " in named.value:
            return named
        return None
    if not before.strip(" ,"):
        if m.group() in ("according to", "went on") or m.group() in OBJECT_FIRST:
            return None  # "told the BBC": whom it was said to, never who said it
        rest = tail[m.end() :]
        who = parse_who(phrase_after(rest))
        if who is not None and who.kind == "role":
            # "said its chief executive, Sir Howard Newby": the name after the role.
            named = _appositive(rest)
            if named is not None:
                return Who("name", named.value, named.roles + who.roles)
        one = _ONE_OF.match(rest)
        if who is None and one is not None and one[1].rstrip("s") in role_words():
            # "said one of their lawyers, Michalis Dimitrakopoulos."
            named = _appositive(rest)
            if named is not None:
                return Who("name", named.value, named.roles + (one[1].rstrip("s"),))
        if who is None and rest.startswith(" ") and not rest.lstrip()[:1].isupper():
            # '"... the little deal" announced in October, said Derek Scissors': a verb
            # of the quoted words' own, then the attribution.
            comma = rest.find(", ", 0, 60)
            if comma > 0 and not ends_sentence(rest[:comma] + " x"):
                return cue_after(rest[comma:])
        return who
    return subject_of_verb(before)


# Verbs whose object, right after them, is the one spoken to ("told the BBC"; "warned"
# may also be inverted: "..., warned Smith").
OBJECT_FIRST = frozenset("told tells assured reminded informed advised".split())


_ONE_OF = re.compile(r"\s+one of (?:the|his|her|its|their|our) (?:\w+ )?(\w+),")


def _appositive(rest: str) -> Who | None:
    """The person named in the comma piece right after a role ("the firm's chief
    executive, John Smith."), if that piece is a person's name and nothing else."""
    comma = rest.find(",", 0, 80)
    if comma < 0 or ends_sentence(rest[:comma] + " x"):
        return None
    piece = phrase_after(rest[comma + 1 :])
    if not piece or len(piece.split()) > 5:
        return None
    named = parse_who(piece)
    if named is None or named.kind != "name":
        return None
    # A person's name (a given name, or a title before it), not the company's; or two
    # or three words that end the sentence and name no body or place ("said Opera
    # spokeswoman, Berit Hanson.").
    words = named.value.split()
    person = is_title(piece.split()[0]) or words[0] in gz.GIVEN_NAMES
    ends = rest[comma + 1 :].strip().rstrip(".") == piece
    plain = 2 <= len(words) <= 3 and words == piece.split() and ends
    plain = plain and not any(w.isupper() for w in words)  # not "BBC Sport"
    if plain and not (
        words[-1] in gz.ORG_HEADS or named.value in gz.KNOWN_ORGS or named.value in gz.PLACES
    ):
        person = True
    return named if person else None


# A verb in the passive ("was branded", "is widely said"): its subject did not speak.
PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)


_WHO = re.compile(r"(?:,\s+|\s)who\s+(?:(?:has|had|have|also|once|long)\s+){0,2}(?:[a-z]+ly\s+)?$")


def _antecedent(before: str) -> Who | None:
    """ "..., the producer Quincy Jones, who described him as a "...": the name a
    relative "who" stands for, when the comma piece before it names one."""
    m = _WHO.search(before)
    if m is None:
        return None
    pieces = SEGMENTS.split(before[: m.start()])
    who = parse_who(pieces[-1]) or _role_and_name(pieces[-1])
    # The forms beyond ", who said" ("a Republican who has said", ", who has said") take
    # a piece that is the name alone, not a verb's object ("he had visited Pullman, who
    # had told him ...": Pullman's words, but told by the sentence's subject).
    plain = (
        m.group().startswith(",")
        and m.group().split()[1:2] == ["who"]
        and len(m.group().split()) <= 3
        and not _AUX_AFTER_WHO.search(m.group())
    )
    if who is None and plain and (run := named_last(pieces[-1])) and " " in run.value:
        return run  # "The argument was rejected by Tony Blair, who said:": a full name
    described = pieces[-1].split(None, 1)[:1] in (["a"], ["an"])
    if (who is None or who.kind == "role") and described and len(pieces) > 1:
        # "Terry Branstad, a Republican who has said ...": the name the role describes
        who, pieces = parse_who(pieces[-2]), pieces[:-1]
    if who is None or who.kind != "name":
        return None
    if not plain and not _name_alone(pieces[-1], who):
        return None
    return who


def _role_and_name(piece: str) -> Who | None:
    """The name and the role words right before it that end a longer piece ("One of
    the experts was The Times' music critic Paul Connolly"), when there is a role."""
    words = piece.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    roles = k
    while roles > 0 and words[roles - 1] in role_words():
        roles -= 1
    if k == len(words) or roles == k:
        return None
    who = parse_who(" ".join(words[roles:]))
    return who if who is not None and who.kind == "name" and " " in who.value else None


_AUX_AFTER_WHO = re.compile(r"\bwho\s+(?:has|had|have|also|once|long)\b")


def _name_alone(piece: str, who: Who) -> bool:
    """Is the piece the name and its titles, nothing more ("Iowa Gov. Terry Branstad")?"""
    words = piece.split()
    name = who.value.split()
    return words[-len(name) :] == name and all(
        w[:1].isupper() or is_title(w) for w in words[: -len(name)]
    )


def _relayed(rest: str) -> bool:
    """After "According to AFP," does someone else introduce the quote ("one user on
    Weibo posted:")? Then AFP only relays it."""
    comma = rest.find(",")
    return comma >= 0 and rest.rstrip().endswith(":") and len(rest[comma + 1 :].split()) >= 3


# "As Gaiman put it, ...": the name's words follow.
_AS_PUT = re.compile(r"(?:^|[,;]\s*)[Aa]s ((?:[A-Z][\w'’.-]*\s){1,4})puts? it,?\s*$")


def _according(rest: str) -> Who | None:
    """Who "according to" names: "according to his aunt, Jane Starner," is the person
    the role's appositive names."""
    who = parse_who(phrase_after(rest))
    if who is None or who.kind == "role":
        named = _appositive(rest)
        if named is not None:
            return named
    return who


def cue_before(head: str, named_only: bool = False) -> Who | None:
    """The attribution in the words before a quote's opening mark ("Quintas noted:",
    "Phillips admitted that ..."): the last speech verb whose subject names someone.
    With ``named_only`` (a sentence with no quote), only "he said" or "Smith said". A
    place or title word alone ("Jordan said") counts when no other verb has a subject."""
    lone = None
    for m in reversed(list(verb_pattern().finditer(head))):
        if m.group() == "according to":
            if named_only or _relayed(head[m.end() :]):
                continue
            who = _according(head[m.end() :])
        else:
            before = head[: m.start()]
            if named_only and not _NAMED_SUBJECT.search(before):
                continue
            who = subject_of_verb(before)
            if who is None and not named_only:
                who = _antecedent(before)
        if who is not None and who.kind == "surname":
            lone = lone or who
        elif who is not None and not (named_only and who.kind in ("role", "org")):
            return who
    if lone is not None:
        return lone
    lead = head.lstrip()
    if not named_only and lead.startswith("According to "):  # opening the sentence
        rest = lead[len("According to ") :]
        return None if _relayed(rest) else _according(rest)
    if not named_only and (put := _AS_PUT.search(head)) is not None:
        return parse_who(put[1])  # 'As Gaiman put it, "..."'
    verb, _, rest = lead.partition(" ")
    if not named_only and verb[:1].isupper() and verb.lower() in speech_verbs():
        # 'Said Wales assistant coach Scott Johnson: "..."': the verb first, then only
        # the speaker (not "Asked why he thought so, Lord Butler said: ...").
        phrase = phrase_after(rest)
        if phrase and phrase == rest.strip().rstrip(":,").strip():
            return parse_who(phrase)
    if not named_only and head.rstrip().endswith(":") and "," not in head:
        # 'Drummer Larry Mullen Jr echoed those sentiments: "..."': a colon opens the
        # quote after a clause with no speech verb; its subject speaks when it is named.
        verb_at = first_verb(head)
        if verb_at is not None and verb_pattern().search(head) is None:
            who = subject_of_verb(head[: verb_at.start()])
            if who is not None and who.kind == "name":
                return who
    return None


# Verb forms that end a clause's subject: auxiliaries, modals, common irregular pasts
# ("Mr Brown rose", "the US put"); a past in "-ed" too (see first_verb).
VERB_FORMS = frozenset(
    """
    is was are were has had have would will could should did does may might can must
    shall rose fell took put made gave won lost cut set left ran came went held kept
    began brought sought spent struck hit quit beat paid sold bought built led met sent
    told wrote spoke chose broke drew threw stood
    """.split()
)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def first_verb(text: str) -> re.Match[str] | None:
    """The first word of ``text`` that its form shows to be a verb ("Lord Browne
    *rejected* calls", "Mr Dean *is* confident"), if any."""
    for w in _LOWER_WORD.finditer(text):
        word = w.group()
        if word in VERB_FORMS or (len(word) > 3 and word.endswith("ed")):
            return w
    return None
