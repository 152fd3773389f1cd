"""Sentence splitting and quotation spans of news text."""

import pytest

from compare.claims.quotes import chain_paragraphs, find_quotes
from compare.claims.sentences import paragraphs, split_sentences


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("text,expected", [
    ("The U. S. and Canada signed. Trade grew.",
     ["The U. S. and Canada signed.", "Trade grew."]),
    ("The vote is on Oct. 18 in Ottawa. Polls open early.",
     ["The vote is on Oct. 18 in Ottawa.", "Polls open early."]),
    ("Mr. Hale and Dr. Ost met J. K. Brenner. They talked.",
     ["Mr. Hale and Dr. Ost met J. K. Brenner.", "They talked."]),
    ("Troops left the U.S. The base closed.", ["Troops left the U.S.", "The base closed."]),
    ("He met U.S. President Carla Wendt.", ["He met U.S. President Carla Wendt."]),
    ("“We won. We are happy,” she said. Then she left.",
     ["“We won.", "We are happy,” she said.", "Then she left."]),
    ("“Is it over?” he asked. Nobody answered.", ["“Is it over?” he asked.", "Nobody answered."]),
    ("I don’t know… Maybe tomorrow. It was quiet... and then loud.",
     ["I don’t know…", "Maybe tomorrow.", "It was quiet... and then loud."]),
    ("It cost $3.5 million. That is a lot.", ["It cost $3.5 million.", "That is a lot."]),
    # "no." is an abbreviation before a number only
    ("She lives at No. 10 Elm Road. He voted no. The motion fell.",
     ["She lives at No. 10 Elm Road.", "He voted no.", "The motion fell."]),
    # a quote mark glued between two sentences: it opens the next or closes the first
    ("Ding spoke to FIDE.”The moment was emotional.”",
     ["Ding spoke to FIDE.", "”The moment was emotional.”"]),
    ("He said “it is over.”Then he left.", ["He said “it is over.”", "Then he left."]),
    # French spacing inside guillemets: a sentence opening with « and a space
    ("Il a réagi avec sobriété. « Ce soir, rien. »", ["Il a réagi avec sobriété.",
                                                     "« Ce soir, rien. »"]),
    ("Il a dit « non. » Puis il est parti.", ["Il a dit « non. »", "Puis il est parti."]),
    # a full stop glued to a two-letter word opening the next sentence
    ("Lo dijo Boric.El presidente habló.", ["Lo dijo Boric.", "El presidente habló."]),
])
def test_split_sentences(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, lines", [
    # a line broken off its sentence by a page's markup goes on the line before: one opening
    # with a comma, one in lowercase after a quotation that ends no sentence
    ("« C’était très grave »\n, a affirmé Jean Holm.", 1),
    ("est « l’une des pistes de travail »\ndes enquêteurs, a confirmé le ministre.", 1),
    # negatives: a quotation that ends its sentence, a blank line between, a capital
    ("\"I really want to win a medal.\"\nwon the men's event.", 2),
    ("« C’était très grave »\n\n, a affirmé Jean Holm.", 2),
    ("« C’était très grave »\nLe musée est fermé.", 2),
])
def test_lines_broken_off_a_sentence_join_it(text, lines):
    assert len(paragraphs(text)) == lines


def test_paragraphs_are_trimmed_non_blank_lines():
    text = "  First line. \n\n\nSecond line.\n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["First line.", "Second line."]


@pytest.mark.parametrize("text,quoted", [
    ("“We stay,” she said, “and fight.”", ["“We stay,”", "“and fight.”"]),
    ('"We stay," she said.', ['"We stay,"']),
    ("«Nous restons», dit-elle.", ["«Nous restons»"]),
    ("“He told me: ‘Never.’ I agreed,” she said.", ["“He told me: ‘Never.’ I agreed,”"]),
    ("Moscow has ‘no relations’ with the bloc, he says.", ["‘no relations’"]),
    ("Putin’s aides don’t agree.", []),
    ("“This never closes", ["“This never closes"]),
    # a closing mark glued to the next sentence opens a quotation, if one closes after it
    ("“Yes,” said Ding, after the match.”The moment was emotional. I cried.”",
     ["“Yes,”", "”The moment was emotional. I cried.”"]),
    ("He won.”The end", []),
    # the one mark of a paragraph, closing: the opener was lost at the paragraph's start
    # (the span takes the closing mark, as every quotation's does)
    ('I feel compelled to take this step now," Ann Lee said.',
     ['I feel compelled to take this step now,"']),
    ('I feel compelled to take this step now," says Ann Lee.',
     ['I feel compelled to take this step now,"']),
    ('Too short," he said.', []),
    # negatives: a full stop before it (a quotation opened elsewhere); nothing after it
    ("We must have really screwed the pooch.” When I agreed to take over, it changed.", []),
    ('He said the market would recover by the end of the year."\nNext paragraph here.', []),
    # double quotes typed as two single ones
    ('"It is a plan led by science,’’ Al Sami said.', ['"It is a plan led by science,’’']),
    ("He said ‘‘no way’’ today.", ["‘‘no way’’"]),
    ('The 5" screen, he said, is small.', []),
    # a straight mark opening a word inside a straight quotation nests ("Це перший "Приз"");
    # left open at the paragraph's end, the quotation runs on; one closing on a comma closes it
    ('"Це перший "Приз" для нас. Я обміняв би "Приз" на мир.',
     ['"Це перший "Приз" для нас. Я обміняв би "Приз" на мир.']),
    ('"Мы за "Зенит", - сказал Холмов.', ['"Мы за "Зенит"']),
    ('Фільм "Двадцять днів" отримав "Приз".', ['"Двадцять днів"', '"Приз"']),
])
def test_find_quotes(text, quoted):
    assert [text[q.start:q.end] for q in find_quotes(text)] == quoted


def test_unclosed_quote_is_marked_open():
    q = find_quotes("“This never closes")[0]
    assert not q.closed and q.inner == (1, len("“This never closes"))


def test_multi_paragraph_quotes_chain_until_closed():
    text = "“One.\n“Two.\n“Three,” she said.\nNarration.\n“Open again\nNo quote here."
    paras = paragraphs(text)
    quotes = [find_quotes(text, a, b) for a, b in paras]
    assert chain_paragraphs(paras, quotes) == [2, 2, 2, 3, 4, 5]


# Russian dialogue: (paragraph, the speech of each quotation found)
DASH_DIALOGUE_CASES = [
    ("— Мы готовы к переговорам, — сказал Иван Петров. — Но не сейчас.",
     ["Мы готовы к переговорам,", "Но не сейчас."]),
    ("— Мы готовы к переговорам.", ["Мы готовы к переговорам."]),
    # marks inside the speech or the author's words are not top-level quotations
    ("— Это победа, — передает слова тренера корреспондент «Матч ТВ».", ["Это победа,"]),
    # negatives: a dash before a Latin word (a list item), a dash inside the paragraph
    ("— the ministry said nothing.", []),
    ("Он ответил — нет.", []),
]


@pytest.mark.parametrize("text,speech", DASH_DIALOGUE_CASES)
def test_dash_dialogue(text, speech):
    assert [text[slice(*q.inner)] for q in find_quotes(text)] == speech
