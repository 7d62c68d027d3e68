import pytest

from claimcheck.extraction.quotes import (
    SpeakerMemory,
    clean_name,
    find_quotes,
    quote_in,
    quote_spans,
)
from claimcheck.extraction.quotes.cues import cue_after, cue_before
from claimcheck.extraction.quotes.names import parse_who
from claimcheck.extraction.quotes.spans import QUOTE_CHARS, has_quote_marks


def speakers(paragraphs: list[str]) -> list[tuple[str | None, str]]:
    """The quotes of an article made of these paragraphs, with their speakers."""
    text = "\n\n".join(paragraphs)
    memory = SpeakerMemory()
    found = []  # each paragraph's list: a quote running on may get its speaker later
    start = 0
    for p in paragraphs:
        found.append(find_quotes(text, start, start + len(p), memory))
        start += len(p) + 2
    return [(q.speaker, q.text) for quotes in found for q in quotes]


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ('"The talks will go on," Kim said, using an abbreviation.', "Kim"),
        ('"It was a full meeting," said Swedish Special Envoy Kent Harstedt.', "Kent Harstedt"),
        ('"You could end up in a war," Trump said Monday.', "Trump"),
        ('Harstedt said he was "cautiously optimistic about it" on Monday.', "Harstedt"),
        ('"Prices will rise next year," according to Finance Minister Jane Doe.', "Jane Doe"),
        ('According to spokeswoman Hope Hicks, "He has never met him."', "Hope Hicks"),
        ('According to the report, "the risk is low."', None),
        ('According to Il Sole 24 Ore, the plan is "to open markets".', None),
        ('"Prices will fall," said Channel 4 News.', None),
        ('"A total disgrace," Trump shot back.', "Trump"),
        # A name after an owner's role; a sheriff's county is not his name.
        ('The group\'s president Beverly Siemssen said: "He is a suspect."', "Beverly Siemssen"),
        ('"I am not pleased," Jefferson Parish Sheriff Harry Lee said.', "Harry Lee"),
        # A participle's speaker: the main clause's subject, or the one named before it.
        (
            'Mr Howard branded the decision unacceptable, saying: "It is not householders'
            ' who should be frightened."',
            "Howard",
        ),
        (
            "The Liberal Democrats launched their platform, with leader Charles Kennedy"
            ' saying his party was the "authentic opposition".',
            "Charles Kennedy",
        ),
        (
            "When Carson died, President Bush led the tributes, saying the presenter"
            ' "had a profound influence on us".',
            "Bush",
        ),
        (
            "Church ministers are trying to stop rapper Nelly performing, saying they do"
            ' not want his "vile and filthy lyrics" in town.',
            None,
        ),
        # The clause after "but" has its own subject.
        (
            "Blackburn want £6m for him but chief executive John Williams has confirmed"
            ' the club are still "in dialogue" with Rangers.',
            "John Williams",
        ),
        # "quoted X as saying".
        (
            '"He ripped people off," AP quoted prosecutor Russell McGuire as saying.',
            "Russell McGuire",
        ),
        ('"They moved quickly," the FT quoted an insider in the talks as saying.', None),
        # "and" starting a clause of its own, not one joining two names.
        (
            "The Reds beat Olympiakos 3-1 with a late strike and Benitez said:"
            ' "It was a great night."',
            "Benitez",
        ),
        ('A lawyer representing Mr Doherty and Mr Wass said: "They deny it all."', None),
        # A legislator's party and state are not the speaker.
        (
            '"There will be no deal," Majority Leader Mitch McConnell, R-Ky., told reporters.',
            "Mitch McConnell",
        ),
        ('"It is wrong," Rep. Jane Doe, D-N.Y., said.', "Jane Doe"),
        ("“We are ready to talk now,” the president told reporters.", None),
        # A role, then the person in the comma piece after it.
        ('"It hardly changed at all," said its chief executive, Sir Howard Newby.', "Howard Newby"),
        ('"We are pleased," said the firm\'s chief executive, John Smith.', "John Smith"),
        # Not a person's name after the role, or not a name at all: no speaker.
        ('"We are pleased," said a spokeswoman for the company, Acme Corp.', None),
        ('"We are pleased," said the minister, in London on Monday.', None),
    ],
)
def test_speaker_of_a_quote(paragraph: str, speaker: str | None) -> None:
    assert speakers([paragraph])[0][0] == speaker


def test_pronouns_and_roles_refer_back() -> None:
    got = speakers(
        [
            '"The DPRK has not closed the door," said Swedish Special Envoy Kent Harstedt.',
            '"We also have to bear this in mind," the envoy added.',
            '"What I can ascertain is this," Kim said.',
            '"The problem is the other side," he continued.',
        ]
    )
    assert [s for s, _ in got] == ["Kent Harstedt", "Kent Harstedt", "Kim", "Kim"]


def test_an_unattributed_second_quote_continues_the_first() -> None:
    got = speakers(
        ['"I can say it was not interrupted," Harstedt said. "It was a full and long meeting."']
    )
    assert [s for s, _ in got] == ["Harstedt", "Harstedt"]


def test_scare_quotes_are_not_quotations() -> None:
    assert speakers(['They have a "special" relationship, officials said.']) == []


def test_open_quote_runs_to_paragraph_end() -> None:
    text = '"This quote goes on into the next paragraph'
    assert quote_spans(text, 0, len(text)) == [(1, len(text))]


def test_a_quote_continued_in_a_run_together_paragraph_ends_where_it_closes() -> None:
    # News copy reopens a quote at each paragraph it runs into; with the paragraphs run
    # together, the reopening mark is not a closing one, and the text after the real
    # closing mark is not quoted.
    text = (
        'Mr Weiss said: "Old media always tries to stop new media. "When they cannot stop '
        'it, they try to control it." Once the courts decided, studios profited.'
    )
    spans = [text[s:e] for s, e in quote_spans(text, 0, len(text))]
    assert spans == [
        "Old media always tries to stop new media. ",
        "When they cannot stop it, they try to control it.",
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # A mark after a word closes, a mark after a space and before a word opens.
        (
            '"I have put it behind me," said Giggs. "I am happy here."',
            ["I have put it behind me,", "I am happy here."],
        ),
        ('He called the plan "dead" and "a mess".', ["dead", "a mess"]),
        ("“We won.” “Again.”", ["We won.", "Again."]),
        ("“One. “Two.”", ["One. ", "Two."]),
    ],
)
def test_straight_and_curly_marks_pair_by_their_place(text: str, quoted: list[str]) -> None:
    assert [text[s:e] for s, e in quote_spans(text, 0, len(text))] == quoted


def test_quote_in_sentence_is_trimmed() -> None:
    text = '"I like him. You could end up in a war," Trump said Monday.'
    quotes = find_quotes(text, 0, len(text), SpeakerMemory())
    second = text.index("You")
    q = quote_in(quotes, text, second, len(text))
    assert q is not None
    assert q.text == "You could end up in a war"
    assert text[q.start : q.end] == q.text
    assert q.speaker == "Trump"


def test_the_last_word_of_a_quote_begun_before_is_in_its_sentence() -> None:
    """'"Nobody saw this coming. Nobody," said Rep. Peter King': the second sentence
    quotes him too; a word alone quoted in a sentence of its own words is not a quote."""
    text = '"Nobody saw this coming. Nobody," said Rep. Peter King (R-N.Y.), an ally.'
    quotes = find_quotes(text, 0, len(text), SpeakerMemory())
    q = quote_in(quotes, text, text.index("Nobody,"), len(text))
    assert q is not None and (q.text, q.speaker) == ("Nobody", "Peter King")
    text = 'He called it a "disaster" on Friday.'
    quotes = find_quotes(text, 0, len(text), SpeakerMemory())
    assert quote_in(quotes, text, 0, len(text)) is None


def test_clean_name() -> None:
    assert clean_name("U.S. President Donald Trump") == "Donald Trump"
    assert clean_name("Swedish Special Envoy Kent Harstedt.") == "Kent Harstedt"
    assert clean_name("Kim") == "Kim"


def test_a_name_stops_at_the_end_of_its_sentence() -> None:
    got = speakers(['"I can win from the front," said McIlroy. New coach Tony Lester agreed.'])
    assert got[0][0] == "McIlroy"
    got = speakers(['"We will appeal the ruling," said Mr. J. Smith on Friday.'])
    assert got[0][0] == "J. Smith"


# --- who "he said" is, and names with their titles (issue 11) ---------------------------


def test_he_said_is_the_person_named_last_not_the_one_quoted_last() -> None:
    got = speakers(
        [
            '"Rates will rise before summer," said economist Maria Lopez.',
            "Tom Becker, a grain trader in Chicago, disagreed with that view.",
            '"Nothing will change this year," he said.',
        ]
    )
    assert [s for s, _ in got] == ["Maria Lopez", "Tom Becker"]


def test_a_sentence_opening_with_a_pronoun_is_about_the_earlier_person() -> None:
    got = speakers(
        [
            '"We finished the survey early," said geologist Laura Pinto.',
            "As a student, she worked for Peter Walsh at the museum.",
            '"That summer taught me patience," she said.',
        ]
    )
    assert got[1][0] == "Laura Pinto"


def test_he_said_after_an_unnamed_speaker_stays_unresolved() -> None:
    got = speakers(
        [
            "Tom Becker opened the meeting.",
            '"The budget is too small for the work," said a senior adviser.',
            '"We need twice as much," he said.',
        ]
    )
    assert [s for s, _ in got] == [None, None]


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ('"A better year," chairman and chief executive Laura Pinto said.', "Laura Pinto"),
        ('"The vote will be close," said GOP strategist Dana Whitfield.', "Dana Whitfield"),
        ('"The bill will pass," said Rep. J.R. Holloway (D-Ore.), its sponsor.', "J.R. Holloway"),
        ('"The drill went well," said Brig. Gen. Tomas Reyes.', "Tomas Reyes"),
        ('"The roads are safe again," Ana Ruiz, a city council member, said.', "Ana Ruiz"),
        ('"A hard winter," said astronomer Peter Walsh, of the city observatory.', "Peter Walsh"),
        ('"Sales are up," NASA Administrator Maria Lopez told reporters.', "Maria Lopez"),
        ('"Costs will fall," said Brian Hale.', "Brian Hale"),  # not a nationality
        ('"The House will vote," House Speaker Ellen Marsh said.', "Ellen Marsh"),
        ('"Talks resume," said Secretary of State Owen Price.', "Owen Price"),
        ('"Prices will hold," said Maria Lopez from Redstone Bank.', "Maria Lopez"),
        ('"Rates stay," Bank of Iceland governor Peter Walsh said.', "Peter Walsh"),
        ('"It is late," Tom Becker - once an adviser to Ana Ruiz - said.', "Tom Becker"),
        ('"Demand is weak," Laura Pinto, an economist at Hale & Marsh, said.', "Laura Pinto"),
    ],
)
def test_titles_and_roles_are_not_part_of_the_name(paragraph: str, speaker: str) -> None:
    assert speakers([paragraph])[0][0] == speaker


@pytest.mark.parametrize(
    "verb",
    ["demanded", "responded", "wrote", "argued", "insisted", "says", "predicted", "told reporters"],
)
def test_speech_verbs(verb: str) -> None:
    assert speakers([f'"The plan will not work," Tom Becker {verb}.'])[0][0] == "Tom Becker"


def test_the_verb_before_a_long_quote() -> None:
    got = speakers(
        [
            "Holloway said during a speech in Ohio on Tuesday that the deal was "
            '"a bad bargain for the workers of this state."',
            'Regarding the schedule, Ana Ruiz noted: "We will start in May."',
        ]
    )
    assert [s for s, _ in got] == ["Holloway", "Ana Ruiz"]


def test_a_surname_stands_for_the_full_name_seen_before() -> None:
    got = speakers(
        [
            "Mayor Lena Ortiz visited the flooded streets on Monday.",
            '"The water came in an hour," Ortiz said.',
        ]
    )
    assert got[0][0] == "Lena Ortiz"


@pytest.mark.parametrize("name", ["Heidi Larsen", "Irwin Cole", "Shea Moran", "Wendy Hall"])
def test_a_name_is_not_read_as_a_pronoun(name: str) -> None:
    # "He" opens "Heidi", "I" opens "Irwin", "She" opens "Shea", "We" opens "Wendy".
    assert speakers([f'"We will win the seat," {name} said.'])[0][0] == name


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready," the official said.',
        '"We are ready," I said.',
        '"We are ready," they said.',
        '"Profits rose sharply." The company also announced new jobs in Leeds.',
        'However, the minutes added: "Some members wanted a rise."',
        '"Demand is weak," said an economist at Hale & Marsh Capital.',
    ],
)
def test_no_speaker_when_the_text_does_not_name_one(paragraph: str) -> None:
    assert speakers([paragraph])[0][0] is None


def test_a_second_stretch_of_quote_is_not_given_to_an_earlier_speaker() -> None:
    got = speakers(
        ['"The deal is done," Tom Becker said. Maria Lopez disagreed. "Nothing is signed yet."']
    )
    assert [s for s, _ in got] == ["Tom Becker", None]


def test_photo_credits_and_bylines_name_no_speaker() -> None:
    got = speakers(
        [
            "By Peter Walsh",
            "Engineer Laura Pinto tests the rover in the desert. NASA/Tom Becker",
            '"It climbs better than we hoped," she said.',
        ]
    )
    assert got[0][0] == "Laura Pinto"


def test_a_quote_over_two_paragraphs_has_one_speaker() -> None:
    got = speakers(
        [
            '"The river rose faster than anyone expected this year.',
            '"We had no time to warn the farms," Mayor Lena Ortiz said.',
            'Ortiz said: "The council will pay for the repairs.',
            '"Work starts next week."',
        ]
    )
    assert [s for s, _ in got] == ["Lena Ortiz"] * 4


def test_every_sentence_of_a_quote_carries_its_speaker() -> None:
    from claimcheck import extract

    text = (
        "Flood warning in Riverton\n\n"
        '"We saw it coming. Nobody listened to us. Now the town pays," said Mayor Lena Ortiz.\n'
    )
    quoted = [c for c in extract(text).sentences if c.quote is not None]
    assert len(quoted) == 3
    assert {c.quote.speaker for c in quoted if c.quote} == {"Lena Ortiz"}


def test_clean_name_keeps_joined_initials_and_drops_ranks() -> None:
    assert clean_name("Rep. G.K. Butterfield (D-N.C.)") == "G.K. Butterfield"
    assert clean_name("Chief Warrant Officer 2 Vladimir Leonard") == "Vladimir Leonard"
    assert clean_name("NASA Administrator Bill Nelson") == "Bill Nelson"
    assert clean_name("Kent Harstedt") == "Kent Harstedt"  # "Kent" is also a county


@pytest.mark.parametrize(
    "text, start, end, found",
    [
        ('He said "yes" twice.', 0, 20, True),
        ("He said “yes” twice.", 0, 20, True),
        ("a ” closing mark alone", 0, 22, True),
        ("No marks at all.", 0, 16, False),
        ('Marks "outside" the span.', 16, 25, False),
        ('Marks "outside" the span.', 0, 6, False),
    ],
)
def test_quote_marks_are_looked_for_inside_the_span(
    text: str, start: int, end: int, found: bool
) -> None:
    assert has_quote_marks(text, start, end) is found
    assert has_quote_marks(text, start, end) is bool(QUOTE_CHARS.search(text, start, end))


@pytest.mark.parametrize(
    "second, speaker",
    [
        # Someone else gives the quote: an institution by its name, else no speaker
        # rather than the last one.
        ('The QCA said the exam was "too hard for most pupils".', "QCA"),
        ('However, the report warned: "It remains to be seen."', None),
        ('A senior source at the club told the BBC: "This time it is different."', None),
        ('In a statement, it said: "The claims are false."', None),
        # The person the text is about, described or as "he".
        ('The 31-year-old admitted interest was "bigger than ever before".', "Tama Umaga"),
        (
            'Speaking later, the 24-year-old Swiss added: "There will be more players."',
            "Tama Umaga",
        ),
        ('Speaking at the conference he said: "We will win this one."', "Tama Umaga"),
    ],
)
def test_a_quote_after_someone_elses_cue(second: str, speaker: str | None) -> None:
    first = '"We are ready," said Tama Umaga, the captain.'
    assert speakers([f"{first} {second}"])[-1][0] == speaker


def test_it_is_the_organisation_that_spoke_last() -> None:
    got = speakers(
        [
            '"We have changed," LG Group said. '
            'It says it wants "fair and reasonable guidelines on the debt".'
        ]
    )
    assert [s for s, _ in got] == ["LG Group", "LG Group"]


def test_a_role_refers_to_the_one_person_named_with_it() -> None:
    got = speakers(
        [
            "Sen. Bernie Sanders spoke in Iowa. Republican nominee Donald Trump attacked him.",
            '"We will win this state and the next one," the senator said.',
            '"He is a communist and a loser," the nominee told reporters.',
            # A deputy is not the office: "the prime minister" stays unnamed.
            "Deputy Prime Minister John Prescott agreed with the plan.",
            '"It is a sound plan for the country," the prime minister said.',
            # Two people with one role: neither.
            "Sen. Ted Cruz disagreed with Sanders on the matter.",
            '"That is not what we said at all," the senator replied.',
        ]
    )
    assert [s for s, _ in got] == ["Bernie Sanders", "Donald Trump", None, None]


def test_a_role_in_a_place_is_the_one_person_given_it_there() -> None:
    got = speakers(
        [
            "Sen. Ted Cruz (R-Texas) spoke first.",
            '"She is wrong on trade," the Texas senator said.',
            "Vermont Sen. Bernie Sanders spoke next.",
            '"The system is rigged," the Vermont senator said.',
            # Two senators now: "the senator" is the one just speaking; an Ohio
            # senator is not met.
            '"The system is broken," the senator said.',
            '"We agree on nothing," the Ohio senator said.',
        ]
    )
    assert [s for s, _ in got] == ["Ted Cruz", "Bernie Sanders", "Bernie Sanders", None]


def test_a_title_that_opens_a_paragraph_names_its_role() -> None:
    got = speakers(
        [
            "Obama spoke first.",
            "Secretary of State John Kerry, who negotiated the deal, spoke next.",
            '"I think it would be a disaster," the secretary said.',
            "House Speaker John Boehner disagreed.",
            '"We will do everything possible," the speaker told reporters.',
        ]
    )
    assert [s for s, _ in got] == ["John Kerry", "John Boehner"]


def test_a_surname_after_its_title_names_the_role() -> None:
    got = speakers(
        [
            "President Obama spoke in Antalya on Monday.",
            '"We do not make good decisions out of fear," the president told reporters.',
        ]
    )
    assert got[-1][0] == "Obama"


def test_a_place_or_title_word_alone_is_the_person_of_that_surname() -> None:
    got = speakers(
        [
            "Rep. Jim Jordan (R-Ohio), the group’s chairman, said members would consider it.",
            "“It’s not about Paul. It’s about the process,” Jordan told POLITICO.",
            "Rep. Steve King, R-Iowa, introduced the senator in Boone.",
            "“He has never once flinched,” King said.",
        ]
    )
    assert [s for s, _ in got][-3:] == ["Jim Jordan", "Jim Jordan", "Steve King"]
    # With no one of that surname, the country or the title says nothing.
    alone = speakers(['"We will not accept this," Jordan said.', '"Not now," King said.'])
    assert [s for s, _ in alone] == [None, None]
    # A place as the subject of another clause leaves the verb of the name's.
    later = speakers(
        [
            "Craig Bellamy joined in 2001.",
            "But even before Newcastle said the player would not be sold, Bellamy insisted"
            " he had no intention of handing in a transfer request.",
        ]
    )
    assert later[-1][0] == "Craig Bellamy"


def test_a_described_role_is_the_person_the_sentence_before_opens_with() -> None:
    got = speakers(
        [
            "Kerry, who has invested months in the diplomacy, acknowledged the skepticism.",
            "“I’m not naive about this,” the former Massachusetts senator said.",
            "Michael Howard has backed stem cell research on Monday.",
            '"It is important," the Tory leader said.',
        ]
    )
    assert [s for s, _ in got] == ["Kerry", "Michael Howard"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # two people before: the role may be either
        ["Clinton attacked Sanders on guns.", "“Not a dime,” the Vermont senator said."],
        # an office the article takes as known, not the person just named
        ["Mr Mubanga, 32, said he was beaten.", '"No inquiry," the prime minister said.'],
        # the person named is not what the sentence opens with
        [
            "The issue arose in the US, where George Bush opposed it.",
            '"It is moral," the Tory leader said.',
        ],
        # someone new, and a role no one is described by
        ["Kerry arrived on Monday.", '"It will pass," the spokesman said.'],
        ["Kerry arrived on Monday.", '"It will pass," a Democratic senator said.'],
    ],
)
def test_a_role_is_no_one_named_when_the_text_does_not_settle_it(paragraphs: list[str]) -> None:
    assert speakers(paragraphs)[-1][0] is None


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        (
            "“I want somebody who keeps his word,” said a man in a camouflage jacket."
            " The man, Dale Wegner, 57, a farmer from Boone, said he was leaning to Cruz.",
            "Dale Wegner",
        ),
        (
            "“He’s asking us to disarm,” a Freedom Caucus founder said as he walked out."
            " The lawmaker, Rep. Raúl Labrador (R-Idaho), said later that he could back Ryan.",
            "Raúl Labrador",
        ),
        (
            "“I’m still for Bernie,” said a woman in a Sanders T-shirt."
            " She later gave her name as Tamika Ruiz, 29, a home health aide.",
            "Tamika Ruiz",
        ),
        # a quote of two sentences, the cue in the second
        (
            "“He'd be perfect. He's calm,” said one woman waiting near the stage."
            " The woman, Sharon Kettering, 61, said she had voted for Pence twice.",
            "Sharon Kettering",
        ),
        # named by no one: still no one
        (
            "“We will not comment,” a senior official said. The official, who spoke on"
            " condition of anonymity, said more.",
            None,
        ),
    ],
)
def test_someone_new_named_in_the_next_sentence_said_it(paragraph: str, speaker: str) -> None:
    assert speakers([paragraph])[0][0] == speaker


def test_he_in_a_clause_after_the_named_speakers_is_them_and_an_owner_is_no_one() -> None:
    got = speakers(
        [
            '"It is a disgrace," Patrick Leahy said.',
            "Senate Judiciary Committee Chairman Chuck Grassley (R-Iowa) said he would not"
            ' schedule hearings, but he agreed to meet Garland "as a courtesy."',
            "Microsoft had delivered kits to EA, but he said the company was waiting.",
        ]
    )
    assert got[1][0] == "Chuck Grassley"
    assert got[-1][0] != "Microsoft"
    owned = speakers(
        [
            "Clinton closed her Bronx remarks with a nod to the voters who elected her."
            " “New York has always had my back.”"
        ]
    )
    assert owned[0][0] != "Bronx"


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        (
            "Kelly Holmes hit the front before the bell and cruised to victory."
            ' "It was nice to get that out of the way."',
            "Kelly Holmes",
        ),
        (
            "Tyler Brandt, watching near the Spokane County delegation, shook his head."
            ' "Nobody is asking her to apologize."',
            "Tyler Brandt",
        ),
        # the person is not what the sentence opens with, or is not alone in it
        ('The company fired Tom Jones last week. "It was a shock to all of us."', None),
        ('Kelly Holmes beat Jo Pavey in Glasgow. "It was a close race today."', None),
    ],
)
def test_a_quote_after_a_sentence_about_one_person_is_theirs(
    paragraph: str, speaker: str | None
) -> None:
    assert speakers([paragraph])[-1][0] == speaker


def test_an_epithet_names_again_the_person_just_told_of() -> None:
    got = speakers(
        [
            "Donald Trump, who has climbed in the polls, refused to back away from it.",
            '"We are talking about security," the billionaire businessman said.',
            "Marco Rubio thanked his supporters in a hotel ballroom.",
            '"He has a problem telling the truth," the 45-year-old said.',
        ]
    )
    assert [s for s, _ in got] == ["Donald Trump", "Marco Rubio"]
    # an office needs its place, party or time: "the prime minister" may be anyone's
    got = speakers(
        ["Mr Mubanga, 32, said he was beaten.", '"No inquiry," the prime minister said.']
    )
    assert got[-1][0] is None
    # a role with no words of its own raises nothing
    from claimcheck.extraction.quotes.names import Who

    assert SpeakerMemory()._described(Who("role", "singer", (), "", True)) is None


def test_a_role_right_after_the_last_speaker_describes_them_again() -> None:
    got = speakers(
        [
            '"Donald Trump gets it," Indiana Gov. Mike Pence told the crowd.',
            "After the rally, the 57-year-old governor, who faces a deadline, declined to"
            " say more.",
            '"I am not going to speculate about what he will decide," he said.',
            '"It is his call, and he has earned it," the 57-year-old governor told reporters.',
        ]
    )
    assert [s for s, _ in got] == ["Mike Pence", "Mike Pence", "Mike Pence"]
    # an epithet alone, right after someone else spoke, is not them
    got = speakers(
        [
            "Ozzy Osbourne grabbed an intruder at his home.",
            '"I acted on impulse," Osbourne said.',
            'His wife Sharon said: "They took my rings."',
            '"I could have met the same fate," the heavy metal star said.',
        ]
    )
    assert got[-1][0] != "Sharon"


def test_a_quote_after_who_said_is_the_full_name_before_it() -> None:
    got = speakers(
        [
            'The argument was rejected by Tony Blair, who said: "We have not broken the'
            ' precedent, and I have nothing to add."',
            # a group, or a name after a verb's object, is no one named
            'Critics, who said: "This is wrong and we will say so," left.',
        ]
    )
    assert [s for s, _ in got] == ["Tony Blair", None]


def test_a_quote_after_a_scene_and_a_person_with_their_group_is_theirs() -> None:
    # The scene before the subject, and the organisation named with her, leave her the
    # one person the sentence is about (through the pipeline, which types the names).
    from claimcheck import extract

    text = (
        "On the steps of the Court, where hundreds had gathered, Maria Estrada, an organizer"
        " with the Houston group Familias Unidas, held her son's hand.\n\n"
        '"My phone started buzzing and I could not read it, my hands were shaking so much."'
    )
    quoted = [c.quote for c in extract(text).sentences if c.quote]
    assert quoted and quoted[0].speaker == "Maria Estrada"
    text = 'Kelly Holmes beat Jo Pavey in Glasgow.\n\n"It was a close race today, all the way."'
    assert [c.quote.speaker for c in extract(text).sentences if c.quote] == [None]
    # titles and the body they are held in open the sentence: still the person's
    text = (
        "Senate Foreign Relations Committee Chairman Bob Corker (R-Tenn.), who wrote the law,"
        " was more pointed.\n\n"
        "\u201cWe set out to give Congress a voice on the most important issue of this"
        " generation.\u201d"
    )
    assert [c.quote.speaker for c in extract(text).sentences if c.quote] == ["Bob Corker"]
    # a document that speaks in the quote's own sentence is not the person before
    text = (
        "Californian Thomas Slattery filed the suit in the US District Court in San Jose.\n\n"
        '"Apple has turned an open standard into an artifice," the lawsuit states.'
    )
    assert [c.quote.speaker for c in extract(text).sentences if c.quote] == [None]


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        (
            [
                'Sen. Bernie Sanders drew 2,000 people. "If the turnout is high, we will win,"'
                " Sanders said.",
                "He drew his loudest applause when he turned to Wall Street.",
                '"The business model of Wall Street is fraud."',
            ],
            "Bernie Sanders",
        ),
        # the quote speaks of him: someone else's words about him
        (
            [
                '"Marley was a giant," Bob Geldof said.',
                "He had only performed in Zimbabwe before.",
                '"The whole of Africa would have embraced him."',
            ],
            None,
        ),
        # its own sentence attributes it to someone described, not read
        (
            [
                '"I am ready," Alicia Molik said.',
                'She will now meet Venus Williams. "Bring it on," said the 23-year-old.',
            ],
            None,
        ),
    ],
)
def test_a_quote_after_a_sentence_opening_with_he_is_his(
    paragraphs: list[str], speaker: str | None
) -> None:
    assert speakers(paragraphs)[-1][0] == speaker


def test_a_role_two_people_held_is_the_one_the_text_is_about() -> None:
    """ "President Obama" and "President Bill Clinton" named: "the president said" right
    after sentences about Obama is Obama's; about no one of them, no one's."""
    opening = [
        'President Obama nominated Merrick Garland. "He is the best," Obama said.',
        "President Bill Clinton appointed Garland to the appeals court in 1997.",
    ]
    about_obama = "Mr. Obama seemed to anticipate the stalemate. He urged Americans to call."
    got = speakers([*opening, about_obama, '"I am doing my duty," the president said.'])
    assert got[-1][0] == "Obama"
    got = speakers([*opening, '"I am doing my duty," the president said.'])
    assert got[-1][0] != "Obama"


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        (
            "Iowa Gov. Terry Branstad, a Republican who has said a Cruz victory would be"
            " “very damaging” to Iowa, repeated his warning.",
            "Terry Branstad",
        ),
        (
            "Another dissenter is Sir Mike's predecessor, Professor Chris Woodhead, who has"
            ' said there is no need for such a "massive upheaval".',
            "Chris Woodhead",
        ),
        # the relative's antecedent is a verb's object: the subject reports it
        (
            "Weitz said he had visited Pullman, who had told him that the Authority could"
            ' "represent any arbitrary establishment".',
            "Weitz",
        ),
    ],
)
def test_who_has_said_is_the_person_it_describes(paragraph: str, speaker: str) -> None:
    assert speakers([paragraph])[0][0] == speaker


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        (
            "Senate President John Cullerton, also a Chicago Democrat, said the two sides"
            " had set aside their broader disagreements.",
            "John Cullerton",
        ),
        (
            "Senator John McCain, Republican of Arizona, who was in Munich, said the deal"
            " would give Russia time.",
            "John McCain",
        ),
        (
            "Obama, introducing Garland in the Rose Garden on Wednesday, said that the"
            " judge deserved a fair hearing.",
            "Obama",
        ),
        (
            '"The IMF stands ready to do its part," said managing director Rodrigo Rato.',
            "Rodrigo Rato",
        ),
    ],
)
def test_a_party_a_participle_or_an_appositive_is_not_the_speaker(
    paragraph: str, speaker: str
) -> None:
    assert speakers([paragraph])[0][0] == speaker


def test_a_role_in_a_country_is_not_the_holder_of_the_bare_noun_elsewhere() -> None:
    got = speakers(
        [
            "Secretary of State John Kerry said the talks would go on.",
            "Kerry appeared with Foreign Minister Sergey Lavrov of Russia on Friday.",
            "The pause does not apply to the Islamic State, the Russian foreign minister said.",
            "The strikes hit the rebels, the British foreign secretary said.",
        ]
    )
    assert [s for s, _ in got][-2:] == ["Sergey Lavrov", None]


def test_she_after_a_man_known_by_his_given_name_is_the_woman_named_before() -> None:
    got = speakers(
        [
            "Rep. Trey Gowdy asked whether cheaper drugs existed. Dr. Lena Okafor said"
            " some doctors used them. Gowdy said that answer troubled him.",
            '"Our hospital is absorbing the cost for now," she said.',
        ]
    )
    assert got[-1][0] == "Lena Okafor"


def test_a_participle_after_the_name_gives_no_role() -> None:
    got = speakers(
        [
            "Mayor Eric Garcetti spoke first.",
            "Police Chief Charlie Beck, standing beside the mayor, said the inquiry would"
            " take weeks.",
            '"We will not rush it," the mayor said.',
        ]
    )
    assert got[-1][0] != "Charlie Beck"


def test_a_role_owned_by_a_relative_or_a_possessive_names_the_person_after_it() -> None:
    got = speakers(
        [
            "The hearing examined Valeant, whose interim chief executive, Howard Schiller,"
            " acknowledged the company had moved too quickly.",
            '"We have heard the criticism," the drugmaker\'s interim chief executive said.',
        ]
    )
    assert got[-1][0] == "Howard Schiller"


def test_a_role_in_an_appositive_before_of_a_place_is_the_persons() -> None:
    got = speakers(
        [
            "The campaign of Jeb Bush, a former two-term governor of Florida, raised"
            " $13.4 million.",
            "Campaigning in Exeter, Bush brushed aside questions about the numbers.",
            "“Ask me in February how I feel about it,” the former governor told reporters.",
        ]
    )
    assert got[-1][0] == "Jeb Bush"


def test_a_paragraph_of_quote_goes_on_with_the_last_speaker() -> None:
    got = speakers(
        [
            "“Everybody knows what has to happen. The bombing has to stop,” Kerry told reporters.",
            "“If that doesn’t happen, then we will have failed.”",
            "In a letter to House Democrats, Pelosi wrote:",
            '"Our Caucus has fought hard for these priorities.',
            '"At the same time, I share the deep concern many of you have."',
        ]
    )
    assert [s for s, _ in got] == ["Kerry", "Kerry", "Pelosi", "Pelosi"]


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        # a surname with its article
        (
            '"We want to believe this," Salem al-Meslet, a spokesman, told Reuters.',
            "Salem al-Meslet",
        ),
        # the subject is before a relative clause, whatever names the clause holds
        (
            "The actor, whose films include Star Wars: The Phantom Menace, said: "
            '"The theatre is too important to lose."',
            None,
        ),
        # a participle after the subject's clause: the subject's words
        (
            "Gov. Charlie Baker took a cautious line, telling reporters that he wanted "
            '"a much clearer picture" of the process.',
            "Charlie Baker",
        ),
        (
            'Jeff Weaver went further, calling the campaign "desperate" and saying its '
            'attacks reflected "a campaign that sees the ground shifting."',
            "Jeff Weaver",
        ),
        # a time between the subject and the verb
        (
            'House Speaker Paul Ryan (R-Wis.) last week called the figure "a starting point."',
            "Paul Ryan",
        ),
        # a participle after a quote's own comma; the words of someone's charge are theirs
        (
            "Bernie Sanders brushed off Hillary Clinton's charge that his agenda is "
            '"a wish list, not a plan," insisting that it was "not radical at all."',
            "Hillary Clinton",
        ),
        # hyphenated initials do not end the sentence
        (
            '"Working families won," the A.F.L.-C.I.O. president, Richard Trumka, said.',
            "Richard Trumka",
        ),
        (
            "Fred Hasson, head of Tiga, which represents Sony and Sega, said: "
            '"More firms will go under this year."',
            "Fred Hasson",
        ),
    ],
)
def test_who_a_subject_with_an_appositive_names(paragraph: str, speaker: str | None) -> None:
    assert speakers([paragraph])[0][0] == speaker


def test_each_quote_of_a_sentence_has_its_own_speaker() -> None:
    got = speakers(
        [
            "Bernie Sanders brushed off Hillary Clinton's charge that his agenda is "
            '"a wish list, not a plan," insisting that it was "not radical at all."'
        ]
    )
    assert got == [
        ("Hillary Clinton", "a wish list, not a plan,"),
        ("Bernie Sanders", "not radical at all."),
    ]


def test_the_title_is_not_the_union_presidents() -> None:
    got = speakers(
        [
            "WASHINGTON — President Obama sought to calm a split in his party.",
            '"Working families won," the A.F.L.-C.I.O. president, Richard Trumka, said.',
            "Asked whether he felt betrayed, the president smiled. "
            '"Betrayed is a strong word," he said.',
        ]
    )
    assert [s for s, _ in got] == ["Richard Trumka", "Obama"]


def test_a_partisan_of_a_state_is_the_lawmaker_of_that_state() -> None:
    got = speakers(
        [
            "Senator Mitch McConnell of Kentucky, the majority leader, spoke first.",
            '"We are ready to act quickly," the Kentucky Republican said.',
            # No one is known from California: no one, not a person "California Democrat".
            '"We will fight it," the California Democrat said.',
            '"We will fight it," California Democrat Nancy Pelosi said.',
            # A town the gazetteer does not know is still a place before a party.
            '"We need to know who knew what," the Flint Democrat said.',
        ]
    )
    assert [s for s, _ in got] == ["Mitch McConnell", None, "Nancy Pelosi", None]


def test_a_partisan_no_one_was_said_to_be_is_the_lawmaker_just_quoted() -> None:
    got = speakers(
        [
            '"They got one," said Senate Minority Leader Harry Reid.',
            '"Everyone should know whose fault this is," the Nevada Democrat added.',
        ]
    )
    assert [s for s, _ in got] == ["Harry Reid", "Harry Reid"]
    # not when the one the text is about did not speak last, nor when given another state
    got = speakers(
        [
            '"They got one," said Sen. Ted Cruz (R-Texas).',
            '"It will fail," the Nevada Republican said.',
        ]
    )
    assert [s for s, _ in got] == ["Ted Cruz", None]
    got = speakers(
        ["Clinton attacked Sanders on guns.", '"Not a dime," the Vermont Democrat said.']
    )
    assert got[-1][0] is None


def test_a_role_in_a_place_is_not_the_one_person_given_it_elsewhere() -> None:
    got = speakers(
        ["Vermont Sen. Bernie Sanders spoke.", '"We will not agree," the Texas senator said.']
    )
    assert got[-1][0] is None


@pytest.mark.parametrize(
    "head, speaker",
    [
        # The appositive's closing comma left out.
        ("Rhodri Glyn Thomas, Plaid Cymru health spokesman said:", "Rhodri Glyn Thomas"),
        ("In New York City, the mayor said:", None),
        # The owner's spokesman is not the owner; "a spokesman for X" is not X.
        ("Prime Minister Tony Blair's official spokesman said:", None),
        ("A spokesman for Tony Blair said:", None),
    ],
)
def test_who_the_words_before_a_quote_name(head: str, speaker: str | None) -> None:
    got = speakers(
        ["Prime Minister Tony Blair met the mayor.", f'{head} "We have no comment today."']
    )
    assert got[-1][0] == speaker


def test_she_is_not_the_man_named_last() -> None:
    got = speakers(
        [
            "Hillary Clinton spoke in Ohio on Monday. Donald Trump attacked her on Twitter.",
            '"It is nonsense and he knows it," she said.',
            "Nicola Sturgeon wrote to Mr McConnell on Tuesday.",
            'He told Ms Sturgeon: "It is disappointing to read this."',
            # Nobody named so far is a woman: no one, rather than the man.
            "Gordon Brown spoke to the committee on Monday.",
            '"We will look at the figures again," she said.',
        ]
    )
    assert [s for s, _ in got] == ["Hillary Clinton", "McConnell", None]


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        # A sentence about an unnamed spokesman: "he" is the spokesman, not Mennear.
        (
            [
                "Mr Mennear said the campaign was insensitive.",
                'A Labour spokesman denied it. "This poster makes a serious point," he said.',
            ],
            None,
        ),
        # The one senator named before.
        (
            [
                "Mrs Clinton and Senator Bernie Sanders met in Brooklyn.",
                'The senator from Vermont disagreed. "It was not productive," he said.',
            ],
            "Bernie Sanders",
        ),
        # "he" after "and" or "but" is the sentence's own subject.
        (
            [
                "Thomas Hitzlsperger wants a new deal.",
                'O\'Leary has been in talks and he said: "I had a message from the agent."',
            ],
            "O'Leary",
        ),
        (
            [
                "Mr Howard spoke first.",
                "Tory backbencher Edward Leigh said the plan was right but he told the FT:"
                ' "I would cut taxes sooner."',
            ],
            "Edward Leigh",
        ),
        # "he" after a quote that the same sentence attributes by name.
        (
            [
                "Mr Blair spoke first.",
                'But former commander Colonel Bob Stewart said: "Anyone at the top will be'
                ' saddened," he said.',
            ],
            "Bob Stewart",
        ),
        # A title phrase, with "former" either side; "front-runner" is a role.
        (
            [
                "Former Secretary of State Hillary Clinton spoke in Ohio.",
                '"We are stronger together," the former secretary of state said.',
            ],
            "Hillary Clinton",
        ),
        (
            [
                "Republican front-runner Donald Trump held a rally in Florida.",
                '"We will build a wall," the front-runner told the crowd.',
            ],
            "Donald Trump",
        ),
        # A role given in an appositive names its person later.
        (
            [
                "The chancellor, Gordon Brown, set out his plans.",
                '"We will invest," the chancellor said.',
            ],
            "Gordon Brown",
        ),
        # A party that spoke is not whom "he" stands for.
        (['Labour said the poster was "a serious point".', '"We will win," he said.'], None),
        # "promises" after a preposition is a noun, not the cue of "Labour and Conservative".
        (
            [
                "Mr Kennedy said the public felt let down.",
                'And he said people were "highly sceptical" about Labour and Conservative'
                " promises on tax.",
            ],
            "Kennedy",
        ),
    ],
)
def test_whom_he_stands_for(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers(paragraphs)[-1][0] == speaker


def test_quoted_words_inside_attributed_or_reported_speech() -> None:
    got = speakers(
        [
            "Shadow foreign secretary Michael Ancram spoke in the Commons.",
            'Despite this "underhand trick," the bill stood "no chance of becoming law," he added.',
            'Britain was "uniquely placed" to find common ground with the US, Tony Blair'
            " suggested.",
            '"The Commission aims to help travellers," the Commission said in a statement.',
            '"As Lord Woolf also acknowledged, it is highly unlikely that judges object."',
        ]
    )
    assert [s for s, _ in got] == [
        "Michael Ancram",
        "Michael Ancram",
        "Tony Blair",  # what he suggested, the quoted words inside it
        "Tony Blair",
        "Commission",  # an institution named with "the" speaks as itself
        "Commission",  # its quote goes on; not Lord Woolf, named inside it
    ]


def test_a_quote_paragraph_after_an_attribution_goes_on_with_its_speaker() -> None:
    got = speakers(
        [
            '"Many consumers miss the motives," said Mike Newton, a spokesperson for the BSA.',
            '"By selling software that looks legitimate, they gather personal details."',
            "Patricio Cartagena said the industry expects $10bn of investment.",
            '"With these investments, we are going to stay the main actor in copper."',
            "Officials met on Monday.",
            '"We will not give up."',
        ]
    )
    assert [s for s, _ in got][:4] == [
        "Mike Newton",
        "Mike Newton",
        "Patricio Cartagena",
        "Patricio Cartagena",
    ]
    assert got[-1][0] is None  # a sentence read since: no longer the attribution's speaker


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        # "has" after the appositive's comma.
        (
            "However, Dick Pound, the chairman of the World Anti-Doping Authority, has said"
            " he will appeal against the decision.",
            "Dick Pound",
        ),
        # A long relative clause between the name and the verb.
        (
            "Former Manfred Mann singer Paul Jones, who sang on 1960s hits such as Come"
            " Tomorrow and Sha La La, said Charles was one of his heroes.",
            "Paul Jones",
        ),
        # An opening phrase is not the speaker; an institution named with "the" is.
        (
            "In October, mobile phone users grew by 1.4 million to 44.9 million, overtaking"
            " landlines, said the Telecom Regulatory Authority of India.",
            "Telecom Regulatory Authority",
        ),
        # Two people, or an increase, are no one speaker; a title with "and" is one.
        ("Smith and Jones said the plan was sound and would work.", None),
        ("He did not raise duty that year, but he added 1.28p per litre.", None),
        (
            "Kamal Nath, Commerce and Industry Minister, announced the decision in Delhi on"
            " Thursday after a cabinet meeting.",
            "Kamal Nath",
        ),
        # Not a firm's name cut short by its title-like first word.
        ("General Motors has warned that it expects earnings to be lower this year.", None),
    ],
)
def test_speaker_of_reported_speech(paragraph: str, speaker: str | None) -> None:
    got = speakers([paragraph])
    assert (got[0][0] if got else None) == speaker


def test_a_name_inside_what_an_earlier_verb_reports_is_not_the_speaker() -> None:
    got = speakers(
        [
            "Mr Kennedy pointed out that the Netherlands, Portugal and the Czech Republic,"
            " which all have troops in Iraq, have announced their withdrawal."
        ]
    )
    assert all(s not in ("Republic", "Czech Republic", "Portugal") for s, _ in got)


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        # A verb that judges what someone said or did gives its subject the quoted words.
        ('Green MEP Caroline Lucas welcomed Tony Blair\'s "courage in keeping his word".',
         "Caroline Lucas"),
        ('Mr Letwin accused the chancellor of using "fancy statistics" to hide failures.',
         "Letwin"),
        ('Tory leader Michael Howard has dismissed the Budget as "vote now, pay later".',
         "Michael Howard"),
        # Naming verbs, when what they name comes between them and the quote.
        ('Martyn Williams, the scorer, called it "one of the most surreal games".',
         "Martyn Williams"),
        ('EBay chief executive Meg Whitman called 2004 an "outstanding success".', "Meg Whitman"),
        ('He was eliminated in what host Tom Bergeron described as the "hardest verdict".',
         "Tom Bergeron"),
        # Not in the passive, not a participle naming the subject, not "called for".
        ('The plans were branded "deeply irresponsible" by campaigners.', None),
        ('Helen Steel and David Morris, dubbed the "McLibel Two", were found guilty.', None),
        ('Unions called for "a fair deal" on pay.', None),
        ('The so-called "war on terror" goes on.', None),
        # A party before the name is no part of it.
        ('Lib Dem Norman Baker said: "This is a terrible attempt to offload costs."',
         "Norman Baker"),
        ('"We will win," Republican Donald Trump said.', "Donald Trump"),
    ],
)  # fmt: skip
def test_judging_and_naming_verbs_and_party_labels(paragraph: str, speaker: str | None) -> None:
    assert [s for s, _ in speakers([paragraph])] == [speaker]


def test_speakers_after_the_name_and_before_the_verb() -> None:
    # A time after "said NAME" is not part of the name; the verb may open the sentence.
    assert speakers(['"What a way to finish the year," said Nadal afterwards.']) == [
        ("Nadal", "What a way to finish the year,")
    ]
    assert speakers(['"We are ready," said Castaignede ahead of the 12 March tie.'])[0][0] == (
        "Castaignede"
    )
    said = speakers(['Said Wales assistant coach Scott Johnson: "We are positive about Hal."'])
    assert said[0][0] == "Scott Johnson"
    # Not a verb that opens a clause of its own before the speaker's own verb.
    asked = speakers(['Asked why, Lord Butler said: "One has got to remember that."'])
    assert asked[0][0] == "Butler"
    # "Sir Digby" after "Sir Digby Jones": the knight's given name is the person.
    knight = speakers(
        ['Sir Digby Jones said: "We need stability."', 'Sir Digby added: "I do not think he will."']
    )
    assert [s for s, _ in knight] == ["Digby Jones", "Digby Jones"]


def test_he_is_the_person_named_with_a_role_not_the_roles_owner() -> None:
    found = speakers(
        [
            "Arsene Wenger said the defeat hurt.",
            "But Wenger's Bayern counterpart Felix Magath was in no mood to celebrate. "
            'He said: "I am far from happy."',
        ]
    )
    assert found[-1] == ("Felix Magath", "I am far from happy.")
    # An owner whose own thing is the subject stays the subject.
    kept = speakers(
        [
            "Jay-Z is a rap star.",
            "Jay-Z's hits have included Bonnie and Clyde with Beyonce Knowles. "
            'He said: "I am done with touring."',
        ]
    )
    assert kept[-1][0] == "Jay-Z"


def test_a_name_someone_quotes_is_not_who_he_is_next() -> None:
    found = speakers(
        [
            "Dick Morris advised the party on its campaign.",
            "Mr Morris despatches him with another soundbite. "
            '"Robert Kilroy Silk is not a team player."',
            '"Look, we are not going to form the next government," he said.',
        ]
    )
    assert found[-1][0] == "Dick Morris"


def test_the_subject_follows_an_opening_clause() -> None:
    found = speakers(
        [
            "Robert Kilroy-Silk left the party last year. Dick Morris joined it in May.",
            "And, while we are on the subject of Mr Kilroy-Silk, Mr Morris is scathing.",
            '"He is not a team player," he said.',
        ]
    )
    assert found[-1][0] == "Dick Morris"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "X said:" opens the next quote: the quote before it is not X's.
        (
            'Chief executive David Moorcroft said: "We have tested the candidates." Dave'
            ' Collins said: "I am delighted."',
            ["David Moorcroft", "Dave Collins"],
        ),
        (
            '"It is a great honour," said Justin Gatlin. "It is a great end to a great'
            ' year." Joanna Hayes said: "I am thrilled."',
            ["Justin Gatlin", "Justin Gatlin", "Joanna Hayes"],
        ),
        # "X added:" says X spoke before: the quote before it is X's, as it was.
        (
            'David Moyes was angry with James Beattie. He said: "The dismissal was right."'
            ' Moyes added: "My comments came too soon."',
            ["David Moyes", "David Moyes"],
        ),
    ],
)
def test_an_attribution_with_a_colon_opens_the_next_quote(
    paragraph: str, expected: list[str]
) -> None:
    assert [s for s, _ in speakers([paragraph])] == expected


def test_a_quote_split_by_its_cue_shows_its_longest_piece() -> None:
    from claimcheck import extract

    text = 'Mr Bjorn is an analyst. "For instance," he said, "older people use SMS more."'
    claims = extract(text).sentences
    quote = claims[-1].quote
    assert quote is not None and quote.text == "older people use SMS more."
    assert (quote.speaker, text[quote.start : quote.end]) == ("Bjorn", quote.text)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # An outlet that relays the words is not who said them.
        (
            'According to AFP, one user on Weibo posted: "I just want to know how they came."',
            None,
        ),
        (
            'Richardson, via USA Today, said Rudolph "cannot start a fight and cry foul."',
            "Richardson",
        ),
        # With no one else introducing it, "according to" names the speaker.
        ('According to Mr Smith, the plan is "dead in the water".', "Smith"),
    ],
)
def test_an_outlet_that_relays_a_quote_is_not_its_speaker(
    paragraph: str, speaker: str | None
) -> None:
    assert [s for s, _ in speakers([paragraph])] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "who" after a name: the name is the speaker.
        (
            [
                "Tributes came from his friend, the producer Quincy Jones, who described him"
                ' as a "brother in every sense of the word".'
            ],
            ["Quincy Jones"],
        ),
        # A verb of the quoted words' own before the attribution.
        (
            [
                '"Bigger than just the little deal" announced in October, said Derek'
                " Scissors, a China scholar."
            ],
            ["Derek Scissors"],
        ),
    ],
)
def test_speakers_named_past_a_clause(paragraphs: list[str], expected: list[str]) -> None:
    assert [s for s, _ in speakers(paragraphs)] == expected


def test_an_organisation_ending_an_appositive_is_not_the_speaker() -> None:
    paragraph = 'Colin Asplin, Blackpool Hotel Association said: "We have tried very hard."'
    assert [s for s, _ in speakers([paragraph])] == ["Colin Asplin"]


def test_he_after_but_a_spokesman_is_the_unnamed_spokesman() -> None:
    got = speakers(
        [
            "Millionaire Paul Sykes gave the party £1m. But a UKIP spokesman said the others"
            ' had spent £10m. "We cannot match that," he added.'
        ]
    )
    assert got[-1][0] is None  # not Paul Sykes


def test_reported_words_around_quoted_fragments_are_the_claim() -> None:
    from claimcheck import extract

    text = 'Row\n\nJohn Smith said the plan was "deeply flawed" and would cost 500 jobs.'
    quote = extract(text).sentences[-1].quote
    assert quote is not None and quote.reported and quote.speaker == "John Smith"
    assert quote.text == 'the plan was "deeply flawed" and would cost 500 jobs'
    assert text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A colon after a clause with no speech verb: its named subject speaks.
        (
            'Drummer Larry Mullen Jr echoed those sentiments: "We are very competitive."',
            "Larry Mullen Jr",
        ),
        ('Mr Dean is confident though: "I think they will see the difference."', "Dean"),
        # Not a clause that names someone else after a comma, nor no one named.
        ('The result was clear: "We lost the match and we deserved to."', None),
    ],
)
def test_a_colon_after_a_named_subject_opens_their_quote(
    paragraph: str, speaker: str | None
) -> None:
    assert speakers([paragraph])[0][0] == speaker


def test_a_sentence_ending_according_to_someone_is_theirs() -> None:
    from claimcheck import extract

    text = (
        "Band\n\nDrummer Larry Mullen Jr spoke first.\n\n"
        'The band have done "everything in their powers" to stay the biggest band in the'
        " world, according to Q magazine editor Paul Rees."
    )
    quote = extract(text).sentences[-1].quote
    assert quote is not None and quote.speaker == "Paul Rees"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Lower-case words after a quote's own "!" are its attribution, not a new
        # sentence; a role noun before the comma introduces the name.
        (
            [
                "The presidential hopeful, Deval Patrick, stopped by.",
                "When Patrick walked in, the women turned around.",
                "“Don’t mind me!” he told them.",
            ],
            ["Deval Patrick"],
        ),
        # A quote closed by two single marks, as some wires write it; "told the BBC"
        # names whom it was said to, never who said it.
        (
            [
                "“It was an attempt to mislead voters,’’ Will Moy, chief executive of the"
                " website Full Fact, told the BBC."
            ],
            ["Will Moy"],
        ),
        # Adverbs between the subject and the verb.
        (['"Can I give it to James?" Brooke tearfully asked before leaving.'], ["Brooke"]),
        (['Mr. Trump has since said that it would happen in "farm country" soon.'], ["Trump"]),
        # The writer's "I" is never a speaker, nor whom "she" stands for.
        (
            [
                "Jane Starner lives in Indiana. She was surprised when I asked her if her"
                ' sister was hiding his work. "I cannot believe it," she said.'
            ],
            ["Jane Starner"],
        ),
        # A given name alone is the person named in full by it, speaker or not.
        (
            [
                "Martha Fry and her brother Dale Ford agreed to an interview.",
                "“I once visited Mike with our parents,” Dale wrote.",
            ],
            ["Dale Ford"],
        ),
        # "According to" a role and its appositive name; "As X put it".
        (
            ['According to his aunt, Jane Starner, "He was brilliant from the start."'],
            ["Jane Starner"],
        ),
        (['As Gaiman put it, "Had he written five books, he would have been famous."'], ["Gaiman"]),
        # "she" is the one woman the sentence before names, not its subject of
        # unknown sex.
        (
            [
                "When Ford visited his editor Teresa Nielsen Hayden at her office, he would"
                ' leave poems. "Life was not long enough," she recalled.'
            ],
            ["Teresa Nielsen Hayden"],
        ),
        # Words before the subject: "Later he said".
        (
            ["Boris Johnson spoke on Monday.", 'Later he said, "We will win this fight."'],
            ["Boris Johnson"],
        ),
        # A scene before a role and the name: "In a statement issued on Wednesday Lord
        # Woolf said", "At the show in Las Vegas Microsoft boss Bill Gates said".
        (['In a statement issued on Wednesday Lord Woolf said: "I have no doubt."'], ["Woolf"]),
        (
            ['At the show in Las Vegas Microsoft boss Bill Gates said: "It will be great."'],
            ["Bill Gates"],
        ),
        # A named author and the team: the author's words.
        (
            ['"We suggest that it occurs at lower levels," Paganini and his team wrote.'],
            ["Paganini"],
        ),
    ],
)
def test_speakers_on_web_news(paragraphs: list[str], expected: list[str]) -> None:
    from claimcheck import extract

    x = extract("\n\n".join(["Title", *paragraphs]))
    got = [c.quote.speaker for c in x.sentences if c.quote is not None]
    assert got == expected


@pytest.mark.parametrize(
    ("phrase", "kind", "value"),
    [
        ("Later he", "pronoun", "he"),
        ("he’d", "pronoun", "he"),
        ("Earlier this week the Tories", "org", "Tories"),
        ("Earlier Conservative Graham Brady", "name", "Graham Brady"),
        ("Meanwhile Mark Oaten", "name", "Mark Oaten"),
        # not "Mark Hughes": an appositive's scene with no role before the name
        ("in his first game as coach after succeeding Mark Hughes", None, None),
        ("held", None, None),
        # a title word inside an institution's name is the institution's
        ("the World Health Organization", "org", "World Health Organization"),
        ("the Federal Trade Commission", "org", "Federal Trade Commission"),
        ("the Health Secretary", "role", "secretary"),
        # an owner is no speaker ("denied Swift's claims"); a firm named so is
        ("Big Machine has denied Swift’s", None, None),
        ("Standard & Poor's", "name", "Standard & Poor's"),
        # a place after a preposition is where, not who
        ("NASA scientists using a telescope atop Mauna Kea", None, None),
    ],
)
def test_who_a_subject_phrase_names(phrase: str, kind: str | None, value: str | None) -> None:
    from claimcheck.extraction.quotes.names import parse_who

    who = parse_who(phrase)
    assert (who.kind, who.value) == (kind, value) if kind else who is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "The US Justice Department has charged Assange with espionage by publishing files.",
        "On Nov. 15, 2019, former ambassador Marie Yovanovitch testified before the committee.",
    ],
)
def test_events_that_report_no_words(paragraph: str) -> None:
    assert speakers([paragraph]) == []


def test_according_to_after_a_time_reports_what_follows() -> None:
    from claimcheck import extract

    text = "Browsers\n\nBefore July, according to WebSideStory, Explorer was used by 95% of users."
    quote = extract(text).sentences[-1].quote
    assert quote is not None and quote.reported and quote.speaker == "WebSideStory"
    assert quote.text == "Explorer was used by 95% of users"


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        (
            "Cruz's national spokesman, Rick Tyler, went further: \"The governor is entitled"
            ' to his opinion, but voters will not be told how to caucus."',
            "Rick Tyler",
        ),
        (
            'Sharon Osbourne herself was at a loss to explain its popularity: "I suppose Americans'
            ' get a kick out of watching us."',
            "Sharon Osbourne",
        ),
        # not the person a headline or a question is about
        (
            "A photograph of Prince Harry in a swastika armband appears under the headline:"
            ' "Harry the Nazi is back again."',
            None,
        ),
        ('Tony Blair was asked about the war: "Will you resign over Iraq now?"', None),
    ],
)
def test_a_quote_after_a_colon_is_the_person_the_clause_opens_with(
    paragraph: str, speaker: str | None
) -> None:
    assert speakers([paragraph])[0][0] == speaker


@pytest.mark.parametrize(
    "head, name",
    [
        ("Her agent Barry Brown said: ", "Barry Brown"),
        ("Mr Hockney meanwhile told the BBC: ", "Hockney"),
        ("His longtime publicist Jerry Digney said the museum ", "Jerry Digney"),
        ("A crestfallen France coach, Bernard Laporte, simply observed: ", "Bernard Laporte"),
        ("David Higdon, Vice President of the ATP, admitted: ", "David Higdon"),  # not ATP
        ("Shadow leader of the Commons Oliver Heald said: ", "Oliver Heald"),
        # one subject, two verbs
        ("Van Der Beek even touched upon the idea of miscarriage and noted there ", "Van Der Beek"),
        (
            "One of the experts to tip them was The Times' music critic Paul Connolly,"
            " who said they were ",
            "Paul Connolly",
        ),
        # a clause of its own before "and": its verb shows it, even when a name ends it
        ("The 28-year-old has been training in Holland and Ferguson said: ", "Ferguson"),
        (
            "Duff sustained a knee injury in the FA Cup defeat at Newcastle and manager"
            " Jose Mourinho said: ",
            "Jose Mourinho",
        ),
        (
            "Michels had undergone heart surgery and Dutch football federation (KNVB)"
            " spokesman Frank Huizinga said: ",
            "Frank Huizinga",
        ),
    ],
)
def test_an_owned_role_or_an_adverb_leaves_the_name(head: str, name: str) -> None:
    who = cue_before(head)
    assert who is not None and who.value == name


def test_two_named_together_are_no_one_speaker() -> None:
    who = cue_before("The lawyer representing Mr Doherty and Mr Wass said: ")
    assert who is not None and who.kind == "role"


@pytest.mark.parametrize(
    "phrase, name",
    [
        ("Newcastle director of rugby Rob Andrew", "Rob Andrew"),  # the role's department
        ("Mr King", "King"),  # an honorific makes a title word a surname
        ("the elder Trump", "Trump"),  # a word said of a person named by surname
        ("Nogar's son Stephen", "Stephen Nogar"),  # kin share the surname
        ("The BBC's David Willey in Rome", "David Willey"),  # a body's person, and where
        ("Henson himself", "Henson"),
        ("his son Stephen", "Stephen"),
    ],
)
def test_a_name_after_its_role_and_department(phrase: str, name: str) -> None:
    who = parse_who(phrase)
    assert who is not None and (who.kind, who.value) == ("name", name)


@pytest.mark.parametrize(
    "phrase",
    [
        "head of equity research at NCB Stockbrokers",  # a workplace, not a person
        "spokesman for anti-virus firm Trend Micro",
        "director of the Swansea Bay Race Equality Council",
    ],
)
def test_a_workplace_after_a_role_is_no_name(phrase: str) -> None:
    who = parse_who(phrase)
    assert who is None or who.kind != "name"


@pytest.mark.parametrize(
    "tail, name",
    [
        (" said Opera spokeswoman, Berit Hanson.", "Berit Hanson"),
        (" said one of their lawyers, Michalis Dimitrakopoulos.", "Michalis Dimitrakopoulos"),
        (" said a spokesman, BBC Sport.", None),
        (" said Nortel president and chief executive Bill Owens.", "Bill Owens"),
        (" Emmanuel Ferry, from Exane BNP Paribas told Reuters.", "Emmanuel Ferry"),
        (" Dr Mike Watts head of exploration said.", "Mike Watts"),
        (" Dr Mark Tuffy games systems director at content firm THX told us.", "Mark Tuffy"),
        (" William Hill spokesman Rupert Adams said.", "Rupert Adams"),
        (
            " Tyler Brandt, 31, a Sanders delegate from Spokane who wrote the resolution,"
            " told BuzzFeed News.",
            "Tyler Brandt",
        ),
        (
            " Jim Chilton, senior vice president for space and launch at Boeing Defense,"
            " Space, and Security, said in that statement.",
            "Jim Chilton",
        ),
    ],
)
def test_the_name_after_an_inverted_role(tail: str, name: str | None) -> None:
    who = cue_after(tail)
    assert who is not None
    assert (who.value if who.kind == "name" else None) == name


def test_a_surname_with_two_letters_swapped_is_the_person_named_before() -> None:
    """The text's own typo: "Mr Montieth" after "David Monteith" is him; a surname
    that differs otherwise is someone else."""
    got = speakers(
        [
            '"It works," said David Monteith, the managing director.',
            'Mr Montieth says: "The shape of your ear causes differences."',
            'Mr Montero says: "The sound is synthesised on the handset."',
        ]
    )
    assert [s for s, _ in got] == ["David Monteith", "David Monteith", "Montero"]


def test_an_ordinary_word_opening_two_verbs_is_no_speaker() -> None:
    assert cue_before("Sites saved this way can be arranged in folders and have notes ") is None


def test_names_inside_a_quote_do_not_change_whom_the_next_quote_is_from() -> None:
    """A paragraph of quotes each opening without the last one closed (the BBC's
    paragraphs run together): the names the speaker says are no new subject."""
    got = speakers(
        [
            'Paul Sturrock insisted he had unfinished business. "I have only been here five'
            ' months," he said. "Jim Smith asked me about Dundee United. "I can assure you'
            " the timescale is not the right one."
        ]
    )
    assert [s for s, _ in got] == ["Paul Sturrock"] * len(got) and len(got) >= 3


def test_he_is_not_the_person_the_quote_names() -> None:
    """No one speaks of himself by name: after a sentence about Gerrard, 'He added:
    "Steven can play all over the pitch"' is not Gerrard's; the last speaker's when the
    quote does not name them either."""
    got = speakers(
        [
            '"This result is very important," said Rafael Benitez.',
            "The Reds came back, capped by a drive from Steven Gerrard.",
            'He added: "Steven can play all over the pitch."',
        ]
    )
    assert got[-1][0] == "Rafael Benitez"
    got = speakers(
        [
            "Serena Williams beat Anna Smith in the final.",
            '"I feel I have an advantage over Serena," she said.',
        ]
    )
    assert got[-1][0] is None


def test_such_as_is_no_subordinate_clause() -> None:
    who = cue_before(
        "Former Manfred Mann singer Paul Jones, who sang on hits such as Come Tomorrow and"
        " Sha La La, said "
    )
    assert who is not None and who.value == "Paul Jones"
