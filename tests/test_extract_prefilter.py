"""The prefilter: which sentences are worth tokenizing. It may let through sentences that hold
nothing (they only cost time); it must never hold back one that the rules would use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.extract import extract_events
from pipeline.extract.nlp import MAX_SENTENCE_TOKENS, hot_sentences, is_hot, sentence_spans

ARTICLE = (
    "Markets rallied on Monday. The central bank kept rates on hold for a third month. "
    "Russia has deployed about 1,500 more troops to the Belarusian border, officials said. "
    "Shares in the airline rose 3% after it took delivery of six aircraft. "
    "The first 600 are expected to arrive next week. "
    "Finland urged the EU to send more air defence systems to Ukraine."
)


def _spans(text: str) -> list[tuple[int, int]]:
    return sentence_spans(text, 0, len(text))


def test_one_pass_over_an_article_agrees_with_each_sentence_on_its_own():
    spans = _spans(ARTICLE)
    assert hot_sentences(ARTICLE, spans) == [is_hot(ARTICLE[x:y]) for x, y in spans]
    assert hot_sentences(ARTICLE, spans) == [False, False, True, False, True, True]


def test_the_answer_to_a_question_asking_how_many_soldiers_is_hot():
    text = "Q: How many US troops are still in Iraq?\n\nA: About 2,500, after several bases closed."
    assert hot_sentences(text, _spans(text)) == [False, True]
    other = "How many people came to the rally? About 5,000, the organisers said."
    assert hot_sentences(other, _spans(other)) == [False, False]


def test_a_letter_whose_lower_case_is_longer_does_not_shift_the_sentences():
    text = "İstanbul hosted talks. Turkey has sent 500 troops to Somalia."
    spans = _spans(text)
    assert hot_sentences(text, spans) == [False, True]


@pytest.mark.parametrize(
    "sentence",
    [
        "Opec members are next meeting to discuss production levels on 16 March.",
        "A spokesperson told the BBC News website that the plan was welcome.",
        "Ministers met to discuss proposals to boost development aid for poorer nations.",
        "The firm plans to open a training centre in India next year.",
        "BT announced an early warning system which will alert customers to unusual bills.",
        "The group's film division saw profits slump 27% to $284m.",
        # words that are force nouns or weapons only as the end of a longer one
        "The union will ballot its 290,000 members on strikes.",
        "Two London Assembly members joined the new party.",
        "Mobile operators sold 5 million handsets and spare capacity to rivals.",
        "Microsoft will deliver the new operating system to 20 million users.",
        "Thousands of families in parts of the country received the new system.",
        "Mobile operators in India sold 5 million handsets to 4 million subscribers.",
        "The acquisition lifted its broadband division to 5.1 million subscribers.",
        # an estimate of a count of something named: not of forces
        "An estimated 5.2 million adults have poor literacy skills.",
        "The top 12 films took an estimated $121.9m over the weekend.",
    ],
)
def test_business_news_with_military_sounding_words_stays_cold(sentence):
    assert not is_hot(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has deployed about 1,500 more troops to the border.",
        "The Pentagon urged the Philippine government to extend the agreement.",
        "Zelensky has been demanding more air defence from Western countries.",
        "Defence Minister Boris Pistorius urged other NATO members to raise their contributions.",
        "Poland demanded explanations from the Russian government.",
        "Belarus has moved special operations units to the border.",
        "The army accused the UAE of arming the RSF.",
        "Germany pledged a new military aid package for Ukraine.",
        "Iran supplied Moscow with artillery shells, US officials said.",
        "The first 1,200 will leave for Kursk on Friday.",
        "US trainers will train Ukrainian pilots in Arizona.",
        "About 2,000 service members are in the region.",
        "Some 300 members of the Wagner Group arrived in Bamako.",
        "About 1,200 Hezbollah members were killed.",
        "Some 3,000 Iranian advisers are in Syria.",
        "He said 400 members were recruited to fight in Ukraine.",
        "Germany will deliver two more air defence systems to Ukraine.",
        "The US will send spare parts for F-16 jets to Kyiv.",
        "Azerbaijan's: roughly 65,000, the same source estimates.",
        "Russia moved two divisions to the border.",
        "Two tank divisions, about 20,000 men, are near Kharkiv.",
        "The 82nd Airborne Division has about 20,000 soldiers.",
        "Kyiv estimates 1,200 in the Kursk salient.",
    ],
)
def test_sentences_the_rules_use_are_hot(sentence):
    assert is_hot(sentence)


def test_general_news_in_one_pass_agrees_with_each_sentence(shared_dir: Path):
    """On real general news, too (skipped without ../shared; an answer to a question asking
    how many soldiers, hot only after its question, would be the one difference)."""
    corpus = shared_dir / "corpora" / "news" / "general.jsonl"
    if not corpus.is_file():
        pytest.skip("the general news corpus is missing")
    lines = corpus.read_text(encoding="utf-8").splitlines()[:300]
    for line in lines:
        text = json.loads(line)["text"]
        spans = _spans(text)
        assert hot_sentences(text, spans) == [is_hot(text[x:y]) for x, y in spans]


def test_an_answer_is_hot_when_the_text_holds_a_letter_whose_lower_case_is_longer():
    text = "İstanbul talks. Q: How many US troops are still in Iraq?\n\nA: About 2,500, they said."
    assert hot_sentences(text, _spans(text))[-1] is True


def test_a_run_on_sentence_is_cut_into_pieces_that_each_keep_their_figures():
    # a flattened table or a list of 1,200 clauses in one "sentence": every figure is still
    # read, from pieces no longer than MAX_SENTENCE_TOKENS (rules read a sentence's words)
    clauses = [f"about {2000 + i} Russian troops were in Kursk" for i in range(1200)]
    events = extract_events("Tally\n\nUkraine's general staff said " + ", ".join(clauses) + ".")
    assert sorted(e.value for e in events if e.value) == [2000 + i for i in range(1200)]
    assert max(len(e.sentence) for e in events) < 6 * MAX_SENTENCE_TOKENS
