import pytest

from claimcheck.extraction.quotes import (
    SpeakerMemory,
    clean_name,
    find_quotes,
    quote_in,
    quote_spans,
)


def speakers(paragraphs: list[str]) -> list[tuple[str | None, str]]:
    memory = SpeakerMemory()
    out = []
    for p in paragraphs:
        for q in find_quotes(p, 0, len(p), memory):
            out.append((q.speaker, q.text))
    return out


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ('"The talks will go on," Kim said, using an abbreviation.', "Kim"),
        ('"It was a full meeting," said Swedish Special Envoy Kent Harstedt.', "Kent Harstedt"),
        ('"You could end up in a war," Trump said Monday.', "Trump"),
        ('Harstedt said he was "cautiously optimistic about it" on Monday.', "Harstedt"),
        ('"Prices will rise next year," according to Finance Minister Jane Doe.', "Jane Doe"),
        ("“We are ready to talk now,” the president told reporters.", None),
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


def test_quote_in_sentence_is_trimmed() -> None:
    text = '"I like him. You could end up in a war," Trump said Monday.'
    quotes = find_quotes(text, 0, len(text), SpeakerMemory())
    second = text.index("You")
    q = quote_in(quotes, text, second, len(text))
    assert q is not None
    assert q.text == "You could end up in a war"
    assert text[q.start : q.end] == q.text
    assert q.speaker == "Trump"


def test_clean_name() -> None:
    assert clean_name("U.S. President Donald Trump") == "Donald Trump"
    assert clean_name("Swedish Special Envoy Kent Harstedt.") == "Kent Harstedt"
    assert clean_name("Kim") == "Kim"


def test_a_name_stops_at_the_end_of_its_sentence() -> None:
    got = speakers(['"I can win from the front," said McIlroy. New coach Tony Lester agreed.'])
    assert got[0][0] == "McIlroy"
    got = speakers(['"We will appeal the ruling," said Mr. J. Smith on Friday.'])
    assert got[0][0] == "J. Smith"
