"""Tests for claimcheck.extraction.entities.find: places, people and organisations found
by rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.entities.find import find_entities
from claimcheck.extraction.entities.memory import NameMemory
from claimcheck.models import Entity

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "voa_trump_kim_2019-10-24.txt"

Expected = set[tuple[str, str]]


def found(text: str) -> Expected:
    return {(e.type, e.name) for e in find_entities(text)}


# --- The VOA example article (public domain), sentence by sentence -------------------------

VOA: list[tuple[str, Expected]] = [
    (
        "FILE - U.S. President Donald Trump, right, meets with North Korean leader Kim Jong Un "
        "at the border village of Panmunjom in the Demilitarized Zone, South Korea, "
        "June 30, 2019.",
        {
            ("place", "United States"),
            ("person", "Donald Trump"),
            ("place", "North Korea"),
            ("person", "Kim Jong Un"),
            ("place", "Panmunjom"),
            ("place", "Demilitarized Zone"),
            ("place", "South Korea"),
        },
    ),
    (
        "North Korean leader Kim Jong Un and U.S. President Donald Trump continue to have a "
        '"special" relationship despite stalled nuclear talks, North Korean state media said '
        "Thursday, blaming other U.S. officials for poor relations.",
        {
            ("place", "North Korea"),
            ("person", "Kim Jong Un"),
            ("place", "United States"),
            ("person", "Donald Trump"),
        },
    ),
    (
        "The statement published in the official Korean Central News Agency was attributed to "
        "North Korean foreign ministry advisor Kim Kye Gwan, who allegedly spoke with Kim "
        '"a few days ago."',
        {
            ("org", "Korean Central News Agency"),
            ("place", "North Korea"),
            ("person", "Kim Kye Gwan"),
            ("person", "Kim"),
        },
    ),
    (
        "North Korea's First Vice Foreign Minister Kim Kye-gwan, center, shakes hands with a "
        "delegate as he arrives for the opening ceremony of the six-party talks at Diaoyutai "
        "State Guesthouse in Beijing, Sept.18, 2013.",
        {
            ("place", "North Korea"),
            ("person", "Kim Kye-gwan"),
            ("place", "Diaoyutai State Guesthouse"),
            ("place", "Beijing"),
        },
    ),
    (
        '"What I can ascertain is that the close relations between the chairman of the State '
        "Affairs Commission of the DPRK and President Trump are firm and the trust in each other "
        "is still maintained,\" Kim said, using an abbreviation for North Korea's official name.",
        {
            ("org", "State Affairs Commission"),
            ("place", "North Korea"),
            ("person", "Trump"),
            ("person", "Kim"),
        },
    ),
    (
        "The statement reiterated Pyongyang's end of year deadline for Washington to change its "
        "approach to the nuclear negotiations.",
        {("place", "Pyongyang"), ("place", "Washington")},
    ),
    (
        "North Korea earlier this month walked away from working-level talks in Sweden, "
        "accusing U.S. negotiators of failing to offer any new proposals.",
        {("place", "North Korea"), ("place", "Sweden"), ("place", "United States")},
    ),
    (
        "Despite the impasse, Trump has also continued to tout his relationship with Kim, even "
        "while stressing the fragility of U.S.-North Korea relations.",
        {
            ("person", "Trump"),
            ("person", "Kim"),
            ("place", "United States"),
            ("place", "North Korea"),
        },
    ),
    (
        '"I like him. He likes me. We get along. I respect him. He respects me. You could end '
        'up in a war," Trump said Monday.',
        {("person", "Trump")},
    ),
    (
        "President Donald Trump talks on the phone with Mexican President Enrique Pena Nieto, "
        "in the Oval Office of the White House, Aug. 27, 2018.",
        {
            ("person", "Donald Trump"),
            ("place", "Mexico"),
            ("person", "Enrique Pena Nieto"),
            ("place", "Oval Office"),
            ("org", "White House"),
        },
    ),
    (
        "Pyongyang has appeared reluctant to talk with anyone other than Trump, leading some "
        "analysts to say the Trump-Kim relationship may actually be preventing more "
        "substantial, lower-level negotiations.",
        {("place", "Pyongyang"), ("person", "Trump"), ("person", "Kim")},
    ),
    (
        "Talks broke down in February when Trump walked away from a summit with Kim in Hanoi, "
        "Vietnam over disagreements on how to begin implementing the process of "
        "denuclearization.",
        {("person", "Trump"), ("person", "Kim"), ("place", "Hanoi"), ("place", "Vietnam")},
    ),
    (
        "Following several months of little interaction, North Korea agreed to hold "
        "working-level talks in Stockholm, Sweden \u2014 apparently encouraged by Trump's "
        'suggestion of the need for a "new method" to the discussions.',
        {
            ("place", "North Korea"),
            ("place", "Stockholm"),
            ("place", "Sweden"),
            ("person", "Trump"),
        },
    ),
    (
        'The North later said it has no intention to engage in "sickening negotiations" '
        'until the U.S. takes unspecified steps to withdraw its "hostile policy."',
        {("place", "United States")},
    ),
    (
        "A Swedish diplomat who helped arrange the talks offered an upbeat analysis on "
        "Wednesday during a briefing in Seoul.",
        {("place", "Sweden"), ("place", "Seoul")},
    ),
    (
        "Swedish Special Envoy Kent Harstedt attends a news conference in Minsk, Belarus, "
        "Sept. 12, 2016.",
        {
            ("place", "Sweden"),
            ("person", "Kent Harstedt"),
            ("place", "Minsk"),
            ("place", "Belarus"),
        },
    ),
    (
        '"It\'s been perceived that this was a meeting that this was interrupted," said Swedish '
        "Special Envoy Kent Harstedt.",
        {("place", "Sweden"), ("person", "Kent Harstedt")},
    ),
    (
        'Harstedt said he was "cautiously optimistic" the talks would continue, despite North '
        "Korea not accepting Sweden's invitation for follow-up talks within two weeks.",
        {("person", "Harstedt"), ("place", "North Korea"), ("place", "Sweden")},
    ),
    (
        '"The DPRK hasn\'t closed the door for continuation at this point," Harstedt said.',
        {("place", "North Korea"), ("person", "Harstedt")},
    ),
    (
        "Though Sweden helped set up the U.S.-North Korean talks, Harstedt said he was not "
        "involved in the negotiations.",
        {
            ("place", "Sweden"),
            ("place", "United States"),
            ("place", "North Korea"),
            ("person", "Harstedt"),
        },
    ),
    (
        "At their first meeting, held in Singapore last June, Trump and Kim agreed to improve "
        "U.S.-North Korea relations and to work toward the denuclearization of the Korean "
        "Peninsula.",
        {
            ("place", "Singapore"),
            ("person", "Trump"),
            ("person", "Kim"),
            ("place", "United States"),
            ("place", "North Korea"),
            ("place", "Korean Peninsula"),
        },
    ),
    (
        "But the two sides have been unable to agree on what denuclearization means or how to "
        "begin implementing it.",
        set(),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), VOA, ids=[s[:40] for s, _ in VOA])
def test_voa_sentences(sentence: str, expected: Expected) -> None:
    assert found(sentence) == expected


def test_voa_texts_as_written() -> None:
    ents = find_entities("U.S. President Donald Trump met North Korean leader Kim Jong Un.")
    assert [(e.text, e.type, e.name) for e in ents] == [
        ("U.S.", "place", "United States"),
        ("Donald Trump", "person", "Donald Trump"),
        ("North Korean", "place", "North Korea"),
        ("Kim Jong Un", "person", "Kim Jong Un"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("DES MOINES, Iowa — Donald Trump spoke.", ("DES MOINES", "place", "Des Moines")),
        ("NEW YORK (AP) — Stocks fell.", ("NEW YORK", "place", "New York")),
        ("UNITED NATIONS (AP) — It met.", ("UNITED NATIONS", "org", "United Nations")),
        ("SEOUL, Oct. 24, 2019 (Reuters) - Kim met Trump.", ("SEOUL", "place", "Seoul")),
        # One unknown word in capitals is no dateline: an acronym keeps its reading.
        ("NASA, the space agency, said so.", ("NASA", "org", "NASA")),
        ("EADS - Airbus' majority owner - admitted it.", ("EADS", "org", "EADS")),
    ],
)
def test_a_datelines_place_in_capitals(sentence: str, expected: tuple[str, str, str]) -> None:
    first = find_entities(sentence)[0]
    assert (first.text, first.type, first.name) == expected


def test_hyphenated_pair_is_two_places() -> None:
    ents = find_entities("the U.S.-North Korean talks")
    assert [(e.text, e.name) for e in ents] == [
        ("U.S.", "United States"),
        ("North Korean", "North Korea"),
    ]


def test_org_name_hides_demonym() -> None:
    ents = find_entities("The official Korean Central News Agency reported it.")
    assert [(e.type, e.text) for e in ents] == [("org", "Korean Central News Agency")]


# --- News sentences in the style of British and US wire copy (written for these tests) -------

NEWS: list[tuple[str, Expected]] = [
    (
        "Prime Minister Tony Blair met Chancellor Gordon Brown in Downing Street on Monday.",
        {("person", "Tony Blair"), ("person", "Gordon Brown"), ("place", "Downing Street")},
    ),
    (
        "Mr Blair's spokesman said the UN and NATO would meet in Brussels.",
        {
            ("person", "Blair"),
            ("org", "United Nations"),
            ("org", "NATO"),
            ("place", "Brussels"),
        },
    ),
    (
        "Analysts expect the Bank of England to raise interest rates in May.",
        {("org", "Bank of England")},
    ),
    (
        "Police said three men were arrested in Leeds and two in Cardiff.",
        {("place", "Leeds"), ("place", "Cardiff")},
    ),
    (
        "Bank of England Governor Mervyn King said inflation would stay low.",
        {("org", "Bank of England"), ("person", "Mervyn King")},
    ),
    (
        # A title word that is also a surname ends the name it follows, with a generation
        # after it; not a title phrase after another name.
        "BoE governor Mervyn King warned that Martin Luther King Jr. and Stephen King agreed.",
        {
            ("person", "Mervyn King"),
            ("person", "Martin Luther King Jr."),
            ("person", "Stephen King"),
        },
    ),
    (
        "Labour General Secretary Matt Carter met Tony Blair and Prince Charles.",
        {
            ("org", "Labour"),
            ("person", "Matt Carter"),
            ("person", "Tony Blair"),
            ("person", "Charles"),
        },
    ),
    (
        # US offices before a name are titles, not part of it.
        "U.S. Attorney Preet Bharara and District Attorney Cyrus Vance met Adviser John "
        "Bolton and Treasurer Peter Costello.",
        {
            ("place", "United States"),
            ("person", "Preet Bharara"),
            ("person", "Cyrus Vance"),
            ("person", "John Bolton"),
            ("person", "Peter Costello"),
        },
    ),
    (
        # A place's head word is a surname after a role, or before speech; not alone.
        "Pollster Celinda Lake met Yukos spokesman Mike Lake in Victoria Park.",
        {
            ("person", "Celinda Lake"),
            ("org", "Yukos"),
            ("person", "Mike Lake"),
            ("place", "Victoria Park"),
        },
    ),
    (
        # Dotted initials alone are an organisation's, not a person's.
        "He said the A.F.L.-C.I.O. president met the U.A.W. chief and J.R.R. Tolkien.",
        {("org", "A.F.L.-C.I.O."), ("org", "U.A.W."), ("person", "J.R.R. Tolkien")},
    ),
    (
        # A lawmaker's party and state is the state, never a person named "R-Wis".
        "House Speaker Paul Ryan, R-Wis., Rep. G.K. Butterfield (D-N.C.), Sen. Dianne "
        "Feinstein, D-Calif., and Rep. Alexandria Ocasio-Cortez (D-NY) marked D-Day.",
        {
            ("person", "Paul Ryan"),
            ("place", "Wisconsin"),
            ("person", "G.K. Butterfield"),
            ("place", "North Carolina"),
            ("person", "Dianne Feinstein"),
            ("place", "California"),
            ("person", "Alexandria Ocasio-Cortez"),
            ("place", "New York"),
        },
    ),
    (
        # A title word that is also a surname, half of a double-barrelled one.
        "Park ranger Kim King-Wrenn and the author Dick King-Smith spoke to Anna Lloyd-King.",
        {
            ("person", "Kim King-Wrenn"),
            ("person", "Dick King-Smith"),
            ("person", "Anna Lloyd-King"),
        },
    ),
    (
        "Vice-President Dick Cheney met Under-Secretary John Taylor.",
        {("person", "Dick Cheney"), ("person", "John Taylor")},
    ),
    (
        "Tory leader Michael Howard said the party would cut taxes.",
        {("org", "Conservative Party"), ("person", "Michael Howard")},
    ),
    (
        "Shares in the US media giant Time Warner rose 3% in New York.",
        {("place", "United States"), ("org", "Time Warner"), ("place", "New York")},
    ),
    (
        "Secretary of State Colin Powell flew to Baghdad from Kuwait City.",
        {("person", "Colin Powell"), ("place", "Baghdad"), ("place", "Kuwait City")},
    ),
    (
        "The International Monetary Fund and the European Central Bank warned on Tuesday.",
        {("org", "International Monetary Fund"), ("org", "European Central Bank")},
    ),
    (
        "The Foreign and Commonwealth Office advised against travel to Chad.",
        {("org", "Foreign and Commonwealth Office"), ("place", "Chad")},
    ),
    (
        "Supreme Leader Ayatollah Ali Khamenei spoke to crowds in Tehran.",
        {("person", "Ali Khamenei"), ("place", "Tehran")},
    ),
    (
        "Kim Jong-un met South Korean President Moon Jae-in at Panmunjom.",
        {
            ("person", "Kim Jong Un"),
            ("place", "South Korea"),
            ("person", "Moon Jae-in"),
            ("place", "Panmunjom"),
        },
    ),
    (
        "President George W Bush arrived in Washington after visiting Florida.",
        {("person", "George W Bush"), ("place", "Washington"), ("place", "Florida")},
    ),
    (
        "John F. Kennedy was shot in Dallas, Texas, in 1963.",
        {("person", "John F. Kennedy"), ("place", "Dallas"), ("place", "Texas")},
    ),
    (
        "Bashar al-Assad met Vladimir Putin in Moscow.",
        {("person", "Bashar al-Assad"), ("person", "Vladimir Putin"), ("place", "Moscow")},
    ),
    (
        "Support for al-Qaeda has waned across the Middle East and the Gulf.",
        {("org", "al-Qaeda"), ("place", "Middle East"), ("place", "Gulf")},
    ),
    (
        "Ursula von der Leyen said Europe would respond.",
        {("person", "Ursula von der Leyen"), ("place", "Europe")},
    ),
    (
        "Former US President Bill Clinton spoke at the United Nations in New York City.",
        {
            ("place", "United States"),
            ("person", "Bill Clinton"),
            ("org", "United Nations"),
            ("place", "New York City"),
        },
    ),
    (
        "Côte d'Ivoire and Guinea-Bissau joined the talks in Dakar.",
        {("place", "Ivory Coast"), ("place", "Guinea-Bissau"), ("place", "Dakar")},
    ),
    (
        "The festival moved to Park City, Utah, last year.",
        {("place", "Park City"), ("place", "Utah")},
    ),
    (
        "Anti-virus company spokeswoman Jane Doe told reporters the flaw was fixed.",
        {("person", "Jane Doe")},
    ),
    (
        '"We will not give up," said Ravi Shankar Prasad, speaking in Delhi.',
        {("person", "Ravi Shankar Prasad"), ("place", "New Delhi")},
    ),
    (
        "British and Irish fans travelled to Swedish and Mexican venues.",
        {
            ("place", "United Kingdom"),
            ("place", "Ireland"),
            ("place", "Sweden"),
            ("place", "Mexico"),
        },
    ),
    (
        "The Sydney Morning Herald and the Washington Post both ran the story.",
        {("org", "Sydney Morning Herald"), ("org", "Washington Post")},
    ),
    (
        "Mrs Thatcher visited the Diaoyutai State Guesthouse in 1982.",
        {("person", "Thatcher"), ("place", "Diaoyutai State Guesthouse")},
    ),
    (
        "Rebels attacked a village near Goma, officials said.",
        {("place", "Goma")},
    ),
    (
        "Security firm Quenthal said the attacks came from Eastern Europe.",
        {("org", "Quenthal"), ("place", "Eastern Europe")},
    ),
    # A member's letters after the name: the name is the person's.
    (
        "Scottish Finance Minister, Tom McCabe MSP, said: the money is there.",
        {("place", "Scotland"), ("person", "Tom McCabe")},
    ),
    ("He met Ann Smith MP yesterday.", {("person", "Ann Smith")}),
]


@pytest.mark.parametrize(("sentence", "expected"), NEWS, ids=[s[:40] for s, _ in NEWS])
def test_news_sentences(sentence: str, expected: Expected) -> None:
    assert found(sentence) == expected


# --- Things that must not be found ---------------------------------------------------------------

NEGATIVES: list[tuple[str, Expected]] = [
    ("The talks resumed on Thursday.", set()),
    ("But the deal was signed in January.", set()),
    ("Despite the rain, I went out.", set()),
    ("May said the deal was done.", set()),  # a month, or Theresa May: not guessed
    ("We ate roast turkey at Christmas.", set()),
    ("Officials said the Ministry would respond.", set()),
    ("The North later said it would not return.", set()),
    ("FILE - a photo taken on Monday.", set()),
    ("XS", set()),
    ("The GDP figures and the CEO's pay rose.", set()),
    ("Shares in Deutsche Boerse fell sharply.", {("org", "Deutsche Boerse")}),  # no place
    ("Campaigners told reporters they would appeal.", set()),
    (
        "Trump-Kim Relationship Remains 'Special,' North Korea Says",
        {
            ("person", "Trump"),
            ("person", "Kim"),
            ("place", "North Korea"),
        },
    ),
    ("Exports to Turkey rose by 5%.", {("place", "Turkey")}),
    (
        "George Washington crossed the Delaware.",
        {
            ("person", "George Washington"),
            ("place", "Delaware"),
        },
    ),
    ("Denzel Washington won the award.", {("person", "Denzel Washington")}),
    ("Georgia Harrison said she would appeal.", {("person", "Georgia Harrison")}),
    ("Georgia and Armenia signed a deal.", {("place", "Georgia"), ("place", "Armenia")}),
    (
        "Michael Jordan and Chad Johnson played in Chicago.",
        {
            ("person", "Michael Jordan"),
            ("person", "Chad Johnson"),
            ("place", "Chicago"),
        },
    ),
    ("Theresa May said the deal was done.", {("person", "Theresa May")}),
    ("Microsoft said sales of Windows rose.", {("org", "Microsoft")}),
    ("The General Election is due in May.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), NEGATIVES, ids=[s[:40] for s, _ in NEGATIVES])
def test_negatives_and_collisions(sentence: str, expected: Expected) -> None:
    assert found(sentence) == expected


def test_never_months_weekdays_or_pronouns() -> None:
    text = "I met Him on Monday in March; She, We and They said Tuesday was fine."
    assert all(e.type != "person" for e in find_entities(text))


# --- Offsets ----------------------------------------------------------------------------------


def test_offset_is_added_and_slices_the_article() -> None:
    article = "Intro line.\nSwedish Special Envoy Kent Harstedt attends talks in Minsk, Belarus."
    start = article.index("Swedish")
    sentence = article[start:]
    ents = find_entities(sentence, offset=start)
    assert ents and all(article[e.start : e.end] == e.text for e in ents)
    assert [e.text for e in ents] == ["Swedish", "Kent Harstedt", "Minsk", "Belarus"]
    assert ents[0].start == start


def test_entities_are_ordered_and_disjoint() -> None:
    text = VOA[0][0] + " " + VOA[9][0]
    ents = find_entities(text)
    for a, b in zip(ents, ents[1:]):
        assert a.end <= b.start


def _sentences(text: str) -> list[tuple[int, str]]:
    """A crude splitter, enough to feed the article to find_entities with offsets."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        out.append((m.start(), m.group()))
    return out


@pytest.mark.skipif(not EXAMPLE.exists(), reason="example article not in this checkout")
def test_whole_example_article_offsets_slice() -> None:
    article = EXAMPLE.read_text(encoding="utf-8")
    total = 0
    for start, sentence in _sentences(article):
        for e in find_entities(sentence, offset=start):
            assert article[e.start : e.end] == e.text
            assert e.type in ("place", "person", "org")
            total += 1
    assert total > 60


def test_empty_and_lowercase_text() -> None:
    assert find_entities("") == []
    assert find_entities("nothing capitalised here at all.") == []


def test_returns_entity_instances() -> None:
    ents = find_entities("Trump spoke in Seoul.")
    assert all(isinstance(e, Entity) for e in ents)


# --- Property: any text, no exception, offsets always slice -----------------------------------

_WORDS = [
    "U.S.",
    "North",
    "Korea",
    "Korean",
    "Kim",
    "Jong",
    "Un",
    "President",
    "Mr",
    "Mr.",
    "Bank",
    "of",
    "the",
    "and",
    "England",
    "Agency",
    "said",
    "in",
    "at",
    "Washington",
    "George",
    "Kent",
    "Harstedt",
    "bin",
    "von",
    "der",
    "al-",
    "d'",
    "Ivoire",
    "-",
    ",",
    ".",
    "'s",
    '"',
    "(",
    "Park",
    "City",
    "JRR",
    "NATO",
    "X",
    "F.",
    "May",
    "Theresa",
    "Prime",
    "Minister",
    "Guesthouse",
    "Sept.",
    "É",
    "Ōsaka",
    "\u2019s",
    "Leyen",
    "Corp",
    "Cowboys",
    "EU",
    "Harstedt",
    "Kent",
    "Group",
]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=120),
        st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join),
        st.lists(st.sampled_from(_WORDS), max_size=25).map("".join),
    ),
    st.integers(min_value=0, max_value=10_000),
)
def test_property_never_raises_and_offsets_slice(text: str, offset: int) -> None:
    padded = "x" * offset + text
    ents = find_entities(text, offset=offset)
    last = offset
    for e in ents:
        assert padded[e.start : e.end] == e.text
        assert e.start >= last
        assert e.type in ("place", "person", "org")
        assert e.name
        last = e.end


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=20).map(" ".join), max_size=6))
def test_property_memory_across_sentences_never_raises(sentences: list[str]) -> None:
    memory = NameMemory()
    for sentence in sentences:
        for e in find_entities(sentence, memory=memory):
            assert sentence[e.start : e.end] == e.text
            assert e.type in ("place", "person", "org")
            assert e.name


# --- The two-word shortcut agrees with the general path -------------------------------------

TWO_WORD_CASES = [
    "Shami Chakrabarti said the law was wrong.",
    "Kent Harstedt was there.",
    "Police Chakrabarti arrived.",
    "The Harstedt family said so.",
    "He met Zorbek Quell, Belarus officials said.",
    "She visited The Quellburg, Belarus, last year.",
    "Mr Pound said it.",
    "the General Election was called.",
    "a briefing in Vostok Quell.",
    "security firm Symantec Corp said.",
    "advisor Kim Gwan spoke.",
    '"No," said Mira Quell.',
]


@pytest.mark.parametrize("text", TWO_WORD_CASES)
def test_two_word_shortcut_matches_general_path(text: str) -> None:
    from claimcheck.extraction.entities import find as ent

    ents = [tuple(e) for e in find_entities(text)]
    runs = 0
    for m in ent._RUN_RE.finditer(text):
        rs, re_ = m.span()
        if m.group().count(" ") != 1:
            continue
        runs += 1
        # The general path: items, then _resolve, bypassing the shortcut.
        items = ent._run_items(text, rs, re_, ent._is_initial(text, rs))
        expected = [
            (text[s:e], s, e, ent._TYPE_NAMES[kind], canon)
            for s, e, kind, canon in ent._resolve(text, items, rs, re_)[0]
        ]
        assert [e for e in ents if rs <= e[1] and e[2] <= re_] == expected
    assert runs


def test_word_lists_are_sorted_without_repeats() -> None:
    from importlib import resources

    folder = resources.files("claimcheck.extraction.entities") / "lists"
    files = [f for f in folder.iterdir() if f.name.endswith(".txt")]
    assert len(files) >= 20
    for f in files:
        entries = [
            line.strip()
            for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
        keys = [e.partition(":")[0].strip() for e in entries]
        assert keys == sorted(set(keys)), f"{f.name}: not sorted, or a name twice"
        for e in entries:
            variants = [v.strip() for v in e.partition(":")[2].split("|") if v.strip()]
            assert variants == sorted(set(variants)), f"{f.name}: {e}"


def test_a_word_list_once_read_is_a_plain_module_attribute() -> None:
    # The finders read the lists on every word: after the first read, the module's own
    # __getattr__ (a function call) must no longer be involved.
    from claimcheck.extraction.entities import gazetteer as gz

    words = gz.COMMON_WORDS
    assert vars(gz)["COMMON_WORDS"] is words
    assert gz.COMMON_WORDS is words
    assert "government" in words
    with pytest.raises(AttributeError):
        gz.NO_SUCH_LIST  # noqa: B018


# --- Typing on running news text (issue 11) ---------------------------------------------------

TYPING: list[tuple[str, Expected]] = [
    # A given name that is also a place still starts a person's name.
    (
        "Kent Norrbacka, a Finnish MP, voted against.",
        {("person", "Kent Norrbacka"), ("place", "Finland")},
    ),
    # Two people side by side, the second ending in a word that also heads a church's name.
    (
        "The cast includes Virginia Lemberg and Henry Ellis Church.",
        {("person", "Virginia Lemberg"), ("person", "Henry Ellis Church")},
    ),
    # A company word ends an organisation's name, whatever the words before it.
    ("Kestrel Security said the breach was contained.", {("org", "Kestrel Security")}),
    # A company followed by a place is the company's branch there.
    ("The merger with ZTX Europe was approved.", {("org", "ZTX Europe")}),
    # A legal form ends one company's name before "and".
    (
        "Halvorsen Mining Corp and Tessel Metals Ltd agreed terms.",
        {("org", "Halvorsen Mining Corp"), ("org", "Tessel Metals Ltd")},
    ),
    # A person is not pulled into the hospital's name across "of the".
    (
        "Ingrid Salo of the Tampere Heart Hospital said the drug worked.",
        {("person", "Ingrid Salo"), ("place", "Tampere Heart Hospital")},
    ),
    # A company word ends an organisation's name: "Partnership".
    ("The Ellis Brand Partnership said sales rose.", {("org", "Ellis Brand Partnership")}),
    # A place and a plural, with running text after: a team.
    ("The Denver Broncos won again.", {("org", "Denver Broncos")}),
    # A role word opening the sentence is a title, not part of the name.
    ("Goalkeeper Anders Lindqvist saved twice.", {("person", "Anders Lindqvist")}),
    ("Striker Lindqvist scored.", {("person", "Lindqvist")}),
    ("Coach Trip was cancelled.", set()),
    # The sentence's first word before a given name is capitalised by position.
    ("Holder Peter Lindqvist retained the title.", {("person", "Peter Lindqvist")}),
    # A role word before a name, here a sport's position.
    ("The Colts lost injured linebacker Ray Dunmore.", {("person", "Ray Dunmore")}),
    # Given names from many languages.
    ("Stefano Rinaldi scored twice.", {("person", "Stefano Rinaldi")}),
    (
        "Oleg Petrenko and Yoko Hayashi arrived.",
        {("person", "Oleg Petrenko"), ("person", "Yoko Hayashi")},
    ),
    # A company noun before a given name: the firm, not a person.
    ("The mortgage firm Peter Quayle cut rates.", {("org", "Peter Quayle")}),
    # A line in capitals (a wire headline): only names the lists know, no acronyms.
    (
        "RUGBY - ITALY BEAT WALES IN CARDIFF",
        {("place", "Italy"), ("place", "Wales"), ("place", "Cardiff")},
    ),
    (
        "NATO AND U.S. TROOPS IN BOSNIA",
        {("org", "NATO"), ("place", "United States"), ("place", "Bosnia and Herzegovina")},
    ),
    # A dateline's city in capitals is the city.
    ("MADRID, May 3 (Reuters) - Prices rose.", {("place", "Madrid"), ("org", "Reuters")}),
    # A table's heading is not a person's initials.
    ("W L T PTS", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), TYPING, ids=[s[:40] for s, _ in TYPING])
def test_typing_on_news_text(sentence: str, expected: Expected) -> None:
    assert found(sentence) == expected


def _people(sentences: list[str]) -> list[list[tuple[str, str]]]:
    memory = NameMemory()
    return [
        [(e.text, e.name) for e in find_entities(s, memory=memory) if e.type == "person"]
        for s in sentences
    ]


def test_a_later_surname_is_the_person_named_in_full() -> None:
    people = _people(
        [
            "Swedish envoy Kent Norrbacka arrived on Monday.",
            "Norrbacka met the minister.",
            "Talks began, Norrbacka said.",
        ]
    )
    assert people == [
        [("Kent Norrbacka", "Kent Norrbacka")],
        [("Norrbacka", "Kent Norrbacka")],
        [("Norrbacka", "Kent Norrbacka")],
    ]


def test_a_surname_that_is_an_ordinary_word_opens_a_sentence_as_its_subject() -> None:
    # "sanders" and "clijsters" read as ordinary words at a sentence's start; after the
    # person named in full, with a comma or a verb after them, they are that person
    people = _people(
        [
            "Bernie Sanders spoke in Los Angeles.",
            "Sanders, hoarse after a week of rallies, did not mention the tally.",
            "Sanders said the race was not over.",
            "Sanders supporters cheered.",
        ]
    )
    assert people[1:] == [
        [("Sanders", "Bernie Sanders")],
        [("Sanders", "Bernie Sanders")],
        [],
    ]


def test_a_titled_surname_or_a_knights_given_name_is_the_person_named_in_full() -> None:
    people = _people(
        [
            "Ed Balls and Sir Digby Jones spoke on Monday.",
            "But Mr Balls said he was confident.",
            "Sir Digby added that he agreed.",
            "Digby is a place name here.",
        ]
    )
    assert people[1] == [("Balls", "Ed Balls")]
    assert people[2] == [("Digby", "Digby Jones")]
    # A given name alone is not the knight: only "Sir Digby" or "Dame Judi" is.
    assert ("Digby", "Digby Jones") not in people[3]


def test_a_place_or_title_word_that_speaks_is_the_person_of_that_surname() -> None:
    people = _people(
        [
            "Rep. Jim Jordan and Rep. Steve King met in Iowa.",
            "The plan is dead, Jordan told reporters.",
            "Mr King said he was delighted.",
            "Jordan signed a treaty with Israel.",
        ]
    )
    assert people[1:] == [[("Jordan", "Jim Jordan")], [("King", "Steve King")], []]
    # No one named so: the country; the end of a longer name is not the surname.
    assert _people(["Jordan said it would close the border."]) == [[]]
    later = _people(["Lucy Chartered joined the bank.", "Standard Chartered said no."])
    assert ("Chartered", "Lucy Chartered") not in later[1]


def test_a_party_member_in_a_place_is_no_person() -> None:
    assert found("Beyond that, we will see, the Orlando Democrat said.") == {("place", "Orlando")}
    assert ("person", "Orlando Bloom") in found("Orlando Bloom said he was pleased.")


def test_a_surname_before_the_full_name_or_without_memory_is_unresolved() -> None:
    assert _people(["Norrbacka met the minister."]) == [[]]
    assert found("Norrbacka met the minister.") == set()


def test_a_surname_shared_by_two_people_stays_bare() -> None:
    people = _people(
        [
            "Anna Lindqvist and her brother Peter Lindqvist spoke.",
            "Lindqvist met the minister.",
        ]
    )
    assert people[1] == [("Lindqvist", "Lindqvist")]


def test_naming_a_person_in_full_again_keeps_or_keeps_ambiguous_their_surname() -> None:
    def person(text: str, name: str) -> Entity:
        return Entity(text, 0, len(text), "person", name)

    memory = NameMemory()
    memory.learn(
        [person("Lindqvist", "Anna Lindqvist"), person("Anna Lindqvist", "Anna Lindqvist")]
    )
    memory.learn([person("Martin Luther King Jr", "Martin Luther King Jr")])
    assert memory.surnames == {"Lindqvist": "Anna Lindqvist", "King": "Martin Luther King"}
    memory.learn([person("Peter Lindqvist", "Peter Lindqvist")])
    memory.learn([person("Anna Lindqvist", "Anna Lindqvist")])
    assert memory.recall("Lindqvist", False) == ("person", "Lindqvist")


def test_a_surname_that_names_a_firm_or_modifies_a_noun_is_left_alone() -> None:
    people = _people(
        [
            "Harold Brandvik chairs Brandvik Shipping Group.",
            "Brandvik cut prices.",
            "Malcolm Oster wants the club.",
            "The Oster bid failed.",
        ]
    )
    assert people[1] == [] and people[3] == []


def test_extract_resolves_surnames_across_the_article() -> None:
    from claimcheck import extract

    ex = extract(
        "Kent Norrbacka, a Finnish MP, led the delegation.\nNorrbacka met the minister.",
        one_per_line=True,
    )
    assert [(e.text, e.name) for c in ex.sentences for e in c.people] == [
        ("Kent Norrbacka", "Kent Norrbacka"),
        ("Norrbacka", "Kent Norrbacka"),
    ]


CONTEXT_CUES: list[tuple[str, Expected]] = [
    # "who" or an age after a name: a person.
    ("Lindqvist, who arrived late, spoke first.", {("person", "Lindqvist")}),
    ("Dunmore, 24, pleaded guilty.", {("person", "Dunmore")}),
    ("Ostrava, which hosted the games, agreed.", set()),
    ("It was the same mark as the Hornets, who lost again.", set()),
    ("Victory for Brondby, who have two games in hand.", set()),
    # A surname that looks like a plural is still a surname.
    ("The machine is ready, producer Gil Cates told reporters.", {("person", "Gil Cates")}),
    ("Chief executive Halvard Raines, a former official, left.", {("person", "Halvard Raines")}),
    # A plural is no surname: a group that speaks.
    ("The leaders of the Olemba Eagles said so.", {("org", "Olemba Eagles")}),
    # Awards and plans named after people are neither people nor organisations.
    ("The Marshall Plan helped.", set()),
    ("She won the Peter Ostrowski Award for it.", set()),
    # An appositive says what a name is, by its head noun.
    ("Ostrander, a Swedish MP, voted against.", {("person", "Ostrander"), ("place", "Sweden")}),
    ("Tessel, the Norwegian mining group, cut jobs.", {("org", "Tessel"), ("place", "Norway")}),
    ("Kisangani, a town in the east, fell.", {("place", "Kisangani")}),
    ("Olemba, a member of the band, left.", set()),
    ("Tessel, the venture capital arm of a bank, sold.", set()),
    ("It sold to Essar, the Sterling group and the Tata group.", set()),
    # A person's own label or firm is the next item of a list, not the person.
    ("It involves Olemba, her former record label and two senators.", set()),
    ("Essar, its parent company, said no.", {("org", "Essar")}),
    # Heads that end a company's name; a role noun before an appositive name.
    ("It came from Olemba Clark Productions on Friday.", {("org", "Olemba Clark Productions")}),
    ("The presidential hopeful, Deval Patrick, arrived.", {("person", "Deval Patrick")}),
    # A seat is a place, whatever verb follows it.
    ('"Why?" the Labour MP for Olembury asked.', {("org", "Labour"), ("place", "Olembury")}),
    # A company's shares: an organisation.
    ("Shares in Brandvik rose.", {("org", "Brandvik")}),
    ("Brandvik shares fell 5%.", {("org", "Brandvik")}),
    ("Media-related shares fell.", set()),
    ("He bought a stake in Tessel Metals.", {("org", "Tessel Metals")}),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), CONTEXT_CUES, ids=[s[:40] for s, _ in CONTEXT_CUES]
)
def test_context_cues(sentence: str, expected: Expected) -> None:
    assert found(sentence) == expected


def test_a_later_first_word_is_the_organisation_named_in_full() -> None:
    memory = NameMemory()
    sentences = [
        "Halvorsen Mining Corp raised its offer.",
        "Halvorsen said it would wait.",
        "Later, Brandvik Shipping Corp and Brandvik Holdings Ltd merged.",
        "Brandvik cut prices.",
    ]
    orgs = [
        [(e.text, e.name) for e in find_entities(s, memory=memory) if e.type == "org"]
        for s in sentences
    ]
    assert orgs[1] == [("Halvorsen", "Halvorsen Mining Corp")]
    board = find_entities("The Halvorsen board met.", memory=memory)
    assert [(e.type, e.name) for e in board] == [("org", "Halvorsen Mining Corp")]
    assert orgs[3] == [("Brandvik", "Brandvik")]  # two firms: which one is unknown


def test_a_team_is_remembered_by_its_plural() -> None:
    memory = NameMemory()
    find_entities("The Denver Broncos won again.", memory=memory)
    later = find_entities("They beat the Broncos twice.", memory=memory)
    assert [(e.type, e.text, e.name) for e in later] == [("org", "Broncos", "Denver Broncos")]


def test_remembered_names_are_found_inside_longer_runs() -> None:
    memory = NameMemory()
    find_entities("Halvorsen Mining Corp and Kent Norrbacka agreed.", memory=memory)
    later = find_entities("Talks between Halvorsen and Norrbacka resumed.", memory=memory)
    assert [(e.type, e.text, e.name) for e in later] == [
        ("org", "Halvorsen", "Halvorsen Mining Corp"),
        ("person", "Norrbacka", "Kent Norrbacka"),
    ]


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        # A person known by a nationality is not the country.
        ("The Russian turned his right ankle in the third game.", set()),
        ('"It was tough," said the American.', set()),
        ("He beat the Croatian in three sets.", set()),
        ("The Croatian, who is 20, won.", set()),
        # The adjective of a country's things is the country.
        ("The Russian government denied it.", {"Russia"}),
        ("Russian troops entered the town.", {"Russia"}),
    ],
)
def test_the_russian_is_a_person_the_russian_government_a_place(
    sentence: str, places: set[str]
) -> None:
    assert {e.name for e in find_entities(sentence) if e.type == "place"} == places


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A known name inside a longer one is not itself.
        (
            "Tim Morrison, a former National Security Council official, testified.",
            {("person", "Tim Morrison"), ("org", "National Security Council")},
        ),
        ("Credit Suisse First Boston was named in the suit.", set()),
        ("Air China plans to raise $1bn from the flotation.", set()),
        # A direction before a place names a part of it; before a demonym, nothing.
        ("The mine is in Inner Mongolia.", {("place", "Inner Mongolia")}),
        ("Floods hit West Yorkshire.", {("place", "West Yorkshire")}),
        ("Sales grew in the North American market.", set()),
        # A known name next to an ordinary word stays itself.
        ("He bought a Sony Walkman.", {("org", "Sony")}),
    ],
)
def test_a_name_inside_a_longer_name(sentence: str, expected: Expected) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Where someone named by their job works is a firm, not a place.
        (
            "said analyst Erling Refsum at Nomura.",
            {("person", "Erling Refsum"), ("org", "Nomura")},
        ),
        ("said an economist at Nomura.", {("org", "Nomura")}),
        # Not where people meet, nor a home town.
        ("He spoke at Davos.", {("place", "Davos")}),
    ],
)
def test_the_firm_after_a_job(sentence: str, expected: Expected) -> None:
    assert found(sentence) == expected


def test_an_initial_opening_the_sentence_starts_the_name() -> None:
    """ "J. Ann Selzer, whose firm ...": the initial is hers, not a word capitalised by
    position as "Frenchman" in "Frenchman Patrick Vieira" is."""
    found = find_entities("J. Ann Selzer, whose firm conducts the poll, said so.")
    assert [(e.text, e.type) for e in found] == [("J. Ann Selzer", "person")]
    found = find_entities("Frenchman Patrick Vieira said so.")
    assert [(e.text, e.type) for e in found] == [("Patrick Vieira", "person")]
