"""Reported speech: sentences that say what someone said without quotation marks."""

from __future__ import annotations

import json

import pytest

from claimcheck import extract
from claimcheck.extraction.quotes.reported import reported
from claimcheck.serialize import claim_dict


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """Each sentence's speaker and reported words (None when it reports no one)."""
    out = []
    for c in extract(text).sentences:
        q = c.quote
        out.append((q.speaker, q.text if q.reported else "QUOTED") if q else (None, None))
    return out


@pytest.mark.parametrize(
    ("sentence", "who", "words"),
    [
        (
            "Lord Browne pointed out that BP was reaping the benefits of its investment.",
            "Browne",
            "BP was reaping the benefits of its investment",
        ),
        ("He denies having done so in any way.", "he", "having done so in any way"),
        # an appositive between the name and its verb, with auxiliaries and adverbs
        (
            "Mr Ebbers, 63, has always insisted that he was unaware of any shortfalls.",
            "Ebbers",
            "he was unaware of any shortfalls",
        ),
        (
            "The dollar's slide halted after US Treasury Secretary John Snow said a strong"
            " dollar was in America's interest.",
            "John Snow",
            "a strong dollar was in America's interest",
        ),
        (
            "O'Connell is rumoured to be among the front-runners for the job, but says he is"
            " focused on Sunday's game.",
            "O'Connell",
            "he is focused on Sunday's game",
        ),
        (
            "Colin MacIntyre, of Mull Historical Society, was playing another gig that day"
            " but said he was determined to make the benefit.",
            "Colin MacIntyre",
            "he was determined to make the benefit",
        ),
        (
            "And Ginepri - six years older than the youngest player to ever win a junior"
            " slam and top the global standings - admitted he was impressed.",
            "Ginepri",
            "he was impressed",
        ),
        (
            "The minister denied the report was drafted by his officials.",
            "minister",
            "the report was drafted by his officials",
        ),
        (
            "Oil giant BP has announced a 26% rise in annual profits to $16.2bn.",
            "BP",
            "a 26% rise in annual profits to $16.2bn",
        ),
    ],
)
def test_pointed_out_and_denied_report_a_statement(sentence: str, who: str, words: str) -> None:
    found = reported(sentence, 0, len(sentence))
    assert found is not None
    assert (found.who.value, sentence[found.start : found.end]) == (who, words)


@pytest.mark.parametrize(
    "sentence, form, who, words",
    [
        (
            "Clinton said during a speech in Australia that the deal would raise wages.",
            "verb_before",
            "Clinton",
            "the deal would raise wages",
        ),
        (
            "The deal is bad for America, Trump told reporters on Monday.",
            "verb_after",
            "Trump",
            "The deal is bad for America",
        ),
        (
            "Turnout was the lowest in decades, said Swedish Special Envoy Kent Harstedt.",
            "verb_after",
            "Kent Harstedt",
            "Turnout was the lowest in decades",
        ),
        (
            "According to GOP strategist Keith Nahigian, the campaign is in trouble.",
            "according_to",
            "Keith Nahigian",
            "the campaign is in trouble",
        ),
        (
            "The economy grew 3% last year, according to Finance Minister Jane Doe.",
            "according_to",
            "Jane Doe",
            "The economy grew 3% last year",
        ),
        (
            "Microsoft said in a statement it would appeal the ruling.",
            "verb_before",
            "Microsoft",
            "it would appeal the ruling",
        ),
        (
            "Obama, who spoke in Philadelphia, said Clinton was the best candidate ever.",
            "verb_before",  # not "..., said Clinton" with Clinton as the speaker
            "Obama",
            "Clinton was the best candidate ever",
        ),
        (
            # "that" marks the reported words, whatever opens them.
            "Mr Clement said that under Russian law, the state must enter arbitration.",
            "verb_before",
            "Clement",
            "under Russian law, the state must enter arbitration",
        ),
        (
            "Smith told the committee the plan had failed twice.",
            "verb_before",
            "Smith",
            "the plan had failed twice",
        ),
        (
            "Judy Bell, the company's founder, argued that prices were too high.",
            "verb_before",
            "Judy Bell",
            "prices were too high",
        ),
        # A programme or paper told is whom it was told to, not what was said.
        (
            "The scope of the embargo was very narrow, he told BBC Radio 4's World At One.",
            "verb_after",
            "he",
            "The scope of the embargo was very narrow",
        ),
        (
            "Mike Leigh told BBC News 24 the latest success was amazing.",
            "verb_before",
            "Mike Leigh",
            "the latest success was amazing",
        ),
        (
            "Dr Liam Fox told BBC One's Breakfast with Frost programme there was no place for it.",
            "verb_before",
            "Liam Fox",
            "there was no place for it",
        ),
        (
            "The enthusiasm remains undimmed, Alan Milburn, Labour's strategist told Radio 4.",
            "verb_after",
            "Alan Milburn",
            "The enthusiasm remains undimmed",
        ),
        # A time after the verb is not what was said; "this year's" is.
        (
            "Geoff Ellis said this year's event promises to be the best yet.",
            "verb_before",
            "Geoff Ellis",
            "this year's event promises to be the best yet",
        ),
        (
            "Deutsche Bank said earlier this month it would cut 1,920 jobs.",
            "verb_before",
            "Deutsche Bank",
            "it would cut 1,920 jobs",
        ),
        # The verb's own "that", not one inside what it reports: all of it was denied.
        (
            "Mr Straw denied the decision would suggest to China that Tiananmen was forgotten.",
            "verb_before",
            "Straw",
            "the decision would suggest to China that Tiananmen was forgotten",
        ),
        (
            "Richard Jeffrey said it was very unlikely that the Bank would put rates up.",
            "verb_before",
            "Richard Jeffrey",
            "it was very unlikely that the Bank would put rates up",
        ),
    ],
)
def test_the_forms_of_reported_speech(sentence: str, form: str, who: str, words: str) -> None:
    found = reported(sentence, 0, len(sentence))
    assert found is not None
    assert (found.form, found.who.value) == (form, who)
    assert sentence[found.start : found.end] == words


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales continued to rise in March.",  # an infinitive: not a statement
        "Earlier this month, SBC Communications agreed to buy AT&T for $16bn.",
        "The report, which Smith said was flawed, was published on Monday.",
        "Prices rose, which analysts said was expected.",
        "Trump's comments drew criticism from Republicans in Congress.",  # a noun
        "The treaty was said to be in force by then.",  # passive
        "Officials were told to leave the building by Friday.",  # passive
        "Critics, who said the plan was late, were not consulted.",  # a relative clause
        "He met the president on Monday.",  # no speech verb
        # A thing denied or revealed, not words: "denies 10 charges", a save.
        "Mr Jackson denies 10 charges of child abuse and false imprisonment.",
        "After a quiet opening, James denied Damien Duff and Jiri Jarosik.",
        "The restoration of the older episodes revealed some interesting items too.",
        "He pointed out the window.",
    ],
)
def test_not_reported_speech(sentence: str) -> None:
    assert reported(sentence, 0, len(sentence)) is None


def said(sentence: str) -> tuple[str, str] | None:
    """Who a sentence reports as speaking, and the reported words."""
    found = reported(sentence, 0, len(sentence))
    return None if found is None else (found.who.value, sentence[found.start : found.end])


def test_an_object_urged_to_act_is_no_inverted_speaker() -> None:
    # "..., urged the Senate to move quickly": the Senate is urged, it says nothing
    for sentence in (
        "Jacob Lew, who spent months lobbying lawmakers, urged the Senate to move quickly.",
        "The e-mail was revealed after Peter Mandelson warned the BBC to steer away.",
    ):
        assert (said(sentence) or ("",))[0] not in ("Senate", "BBC")
    # an inverted attribution still reads
    assert said("The deal is bad, said Swedish Special Envoy Kent Harstedt.") == (
        "Kent Harstedt",
        "The deal is bad",
    )


def test_a_relative_clause_on_a_speech_verb_reports_the_person_before_it() -> None:
    assert said(
        "Cummings pointed to House Majority Leader Kevin McCarthy, who told Fox News last"
        " month that the committee had helped drive down Clinton's poll numbers."
    ) == ("Kevin McCarthy", "the committee had helped drive down Clinton's poll numbers")
    assert said(
        "That charge was denied by Peter Mandelson, who said the Tories were afraid, today."
    ) == ("Peter Mandelson", "the Tories were afraid")
    # a thing written or announced is no statement; the main clause's own attribution
    # comes first
    assert (
        said(
            "He is working with Steve Brown, who wrote the award-winning musical Spend Spend Spend."
        )
        is None
    )
    assert (
        said(
            "Tim Henman, who announced his retirement earlier this year, believes Britain can win."
        )
        is None
    )
    assert said(
        "Jack Straw, who argues the treaty is fair, has said a vote could be held in spring."
    ) == ("Jack Straw", "a vote could be held in spring")


def test_a_party_and_state_with_a_comma_leave_the_attribution_whole() -> None:
    found = said(
        "The Senate will take up the bill before the recess, Senate Majority Leader Mitch"
        " McConnell (R., Ky.) predicted."
    )
    assert found is not None and found[0] == "Mitch McConnell"


def test_a_lawmaker_written_as_the_journal_writes_party_and_state() -> None:
    text = (
        "Rep. Rob Bishop (R., Utah), the bill's chief author, said the alternative was"
        " years of litigation.\n\n"
        '"Without this board, you get a race to the courthouse," the Utah Republican said.'
    )
    assert [s for s, _ in speakers(text)] == ["Rob Bishop", "Rob Bishop"]


def test_speakers_come_from_the_article() -> None:
    text = (
        "Hillary Clinton spoke in Sydney on Tuesday. Clinton said during a speech that the "
        "deal would raise wages.\n\n"
        "The deal is bad for America, Donald Trump told reporters on Monday. He added that he "
        "would renegotiate it.\n\n"
        "MPs said the plan was wrong. The company said profits rose."
    )
    assert speakers(text) == [
        (None, None),
        ("Hillary Clinton", "the deal would raise wages"),  # the surname seen in full before
        ("Donald Trump", "The deal is bad for America"),
        ("Donald Trump", "he would renegotiate it"),  # "he" is the last speaker
        (None, "the plan was wrong"),  # a group: reported speech, no one named
        (None, None),  # "the company": no speaker phrase read
    ]


def test_reported_speech_sets_the_subject_of_a_later_quote() -> None:
    text = (
        'Rep. G.K. Butterfield (D-N.C.) said the vote was a disgrace. "We will fight '
        'this," he said.'
    )
    assert speakers(text) == [
        ("G.K. Butterfield", "the vote was a disgrace"),
        ("G.K. Butterfield", "QUOTED"),
    ]


def test_reported_speech_in_a_paragraph_with_quotes() -> None:
    text = (
        'Anna Berg said the budget was cut by half. "We lost ten staff," she added. '
        "Berg said the museum would stay open."
    )
    assert speakers(text) == [
        ("Anna Berg", "the budget was cut by half"),
        ("Anna Berg", "QUOTED"),
        ("Anna Berg", "the museum would stay open"),
    ]


def test_the_contract_keeps_quotes_and_reported_words_apart() -> None:
    x = extract("Sanders argued that the system is rigged against workers.")
    out = json.loads(json.dumps(claim_dict(x.sentences[0])))
    assert out["quote"] is None  # nothing was quoted
    assert out["speaker"] == "Sanders"
    assert out["reported_speech"] == "the system is rigged against workers"
    quoted = extract('"The system is rigged," Sanders said.').sentences[0]
    out = claim_dict(quoted)
    assert (out["quote"], out["speaker"], out["reported_speech"]) == (
        "The system is rigged",
        "Sanders",
        None,
    )


def test_reported_speech_is_not_a_quote_to_the_scorer() -> None:
    # The scorer's "quotes someone" signal is for quoted words: reporting leaves the
    # score as it was without the attribution.
    c = extract("Sanders argued that the system is rigged against workers.").sentences[0]
    assert c.quote is not None and c.quote.reported
    assert "quote" not in c.kinds and "attribution" not in c.kinds


def test_he_is_never_a_firm_the_article_names() -> None:
    # "Telewest" spoke once ("..., Telewest predicts"), and is a place or a firm to the
    # entity finder: "he" is the man named since, not the firm.
    text = (
        "Cable Wars\n\n"
        "It could sound the death knell for some TV channels, Telewest predicts.\n\n"
        "Eric Tveter, president of Telewest, said the service was ready.\n\n"
        "With both services on offer from Telewest, Mr Tveter is confident.\n\n"
        '"We offer the best of both worlds," he said.\n'
    )
    assert speakers(text)[-1] == ("Eric Tveter", "QUOTED")


def test_an_attribution_set_off_by_commas_reports_the_whole_sentence() -> None:
    sentence = "As with the 2004 election, he says, the outcome will be decided by a few seats."
    found = reported(sentence, 0, len(sentence))
    assert found is not None and found.form == "verb_after"
    assert sentence[found.start : found.end] == sentence.rstrip(".")
    # Words that add to what was said leave the reported words before the attribution.
    added = "The deal is bad, Trump told reporters on Monday, adding that he would not sign."
    found = reported(added, 0, len(added))
    assert found is not None and added[found.start : found.end] == "The deal is bad"


def test_a_clause_after_the_verb_is_no_setting() -> None:
    # "this did not mean" is what he stressed, not "this week": no attribution after.
    sentence = "Cook admitted sales fell, but he stressed this did not mean the scene was over."
    found = reported(sentence, 0, len(sentence))
    assert found is not None and found.form == "verb_before" and found.who.value == "Cook"


def test_an_institution_named_with_the_speaks_as_itself() -> None:
    text = (
        "Mr Smith was held for two years. The Home Office said it could not comment on "
        'individual cases. But the Pentagon told BBC News: "We do not torture." '
        '"It was hell," he said.'
    )
    assert speakers(text) == [
        (None, None),
        ("Home Office", "it could not comment on individual cases"),
        ("Pentagon", "QUOTED"),
        ("Smith", "QUOTED"),  # "he" is no institution: the person named before them
    ]


def test_unnamed_sources_report_speech_with_no_speaker() -> None:
    text = (
        "Gordon Brown met union leaders on Monday. A Treasury spokesman said the talks had "
        "been constructive. Analysts said the figures were disappointing.\n\n"
        '"We will talk again," he said.'
    )
    got = speakers(text)
    assert got[1] == (None, "the talks had been constructive")
    assert got[2] == (None, "the figures were disappointing")
    assert got[3] == (None, "QUOTED")  # "he" is the spokesman, whom the article does not name


@pytest.mark.parametrize(
    ("sentence", "who", "words"),
    [
        (
            "Akamai declined to comment, saying it could not talk about customer websites.",
            "Akamai",
            "it could not talk about customer websites",
        ),
        (
            "South African president Thabo Mbeki has attacked British imperialists, saying"
            " they treated Africans like savages.",
            "Thabo Mbeki",
            "they treated Africans like savages",
        ),
        (
            "The law faces a test this weekend, with the Countryside Alliance saying many"
            " hunts will be out in force.",
            "Countryside Alliance",
            "many hunts will be out in force",
        ),
    ],
)
def test_a_participle_reports_what_the_subject_said(sentence: str, who: str, words: str) -> None:
    found = reported(sentence, 0, len(sentence))
    assert found is not None and found.form == "participle"
    assert (found.who.value, sentence[found.start : found.end]) == (who, words)


@pytest.mark.parametrize(
    "sentence",
    [
        "Brent crude also rose in London trading, adding $1.89 to $48.62 at the close.",
        "Low-cost airlines have criticised the levels, arguing that the pay-out is too big.",
    ],
)
def test_a_participle_without_a_speaker_reports_nothing(sentence: str) -> None:
    # An increase is no statement; a subject that names no one leaves it unread.
    assert reported(sentence, 0, len(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "who", "words"),
    [
        (
            "The comments come a day after US Treasury Secretary John Snow said a strong"
            " dollar was in America's interest.",
            "John Snow",
            "a strong dollar was in America's interest",
        ),
        # The main clause after the subordinate one has its own speaker.
        (
            "But even before Newcastle said the player would not be sold, Bellamy insisted"
            " he had no intention of leaving.",
            "Bellamy",
            "he had no intention of leaving",
        ),
    ],
)
def test_a_speaker_in_a_subordinate_clause(sentence: str, who: str, words: str) -> None:
    found = reported(sentence, 0, len(sentence))
    assert found is not None
    assert (found.who.value, sentence[found.start : found.end]) == (who, words)


def test_a_clause_after_a_connective_is_no_attribution() -> None:
    sentence = (
        "The video had been altered to show Starmer failing to answer a question about"
        " Brexit, when, in fact, he responded quickly."
    )
    assert reported(sentence, 0, len(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "who", "words"),
    [
        # The seat after "MP for" is no speaker: the name before the role is.
        (
            "But Tony Banks, Labour MP for West Ham, said the issue would soon disappear.",
            "Tony Banks",
            "the issue would soon disappear",
        ),
        # Unnamed sources are no institution.
        (
            "Sources within the Conservative Party told the BBC Michael Howard has always"
            " been in favour of ID cards.",
            "source",
            "Michael Howard has always been in favour of ID cards",
        ),
        # The verb's own "that", not one inside what was said.
        (
            "Mr Goodman said phone operators needed to do more to ensure that more phones"
            " went overseas.",
            "Goodman",
            "phone operators needed to do more to ensure that more phones went overseas",
        ),
        (
            "Guy Mansfield QC warned there was a real risk.",
            "Guy Mansfield",
            "there was a real risk",
        ),
    ],
)
def test_who_a_report_names(sentence: str, who: str, words: str) -> None:
    found = reported(sentence, 0, len(sentence))
    assert found is not None
    assert (found.who.value, sentence[found.start : found.end]) == (who, words)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fly-half Stephen Jones added four conversions as Wales maintained their start.",
        "Based on the novel, A Little Princess tells the story of a young girl in New York.",
    ],
)
def test_a_score_or_a_plot_is_no_statement(sentence: str) -> None:
    assert reported(sentence, 0, len(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The firm said fewer than one in 10,000 consoles had failed.",
            "fewer than one in 10,000 consoles had failed",
        ),
        (
            "New mortgage loans in January fell to 79,000, the bank said.",
            "New mortgage loans in January fell to 79,000",
        ),
        (
            "Software piracy has cost the company billions, it says.",
            "Software piracy has cost the company billions",
        ),
    ],
)
def test_a_body_named_by_what_it_is_reports_with_no_one_named(sentence: str, words: str) -> None:
    found = reported(sentence, 0, len(sentence))
    assert found is not None and found.who.kind == "role"
    assert sentence[found.start : found.end] == words
    assert speakers("Results\n\n" + sentence)[-1] == (None, words)


def test_going_on_doing_is_no_speech() -> None:
    text = "Mr Doherty left The Libertines in June 2004, but continued performing with his band."
    assert reported(text, 0, len(text)) is None
