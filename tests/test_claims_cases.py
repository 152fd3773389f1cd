"""Russian names back in the nominative from the case their cue governs."""

import pytest

from compare.claims.cases import case_after, nominative

NOMINATIVE_CASES = [
    # (as written, case, nominative)
    ("Ивана Сомова", "gen", "Иван Сомов"),
    ("Анны Лебедевой", "gen", "Анна Лебедева"),
    ("Марии Орловой", "gen", "Мария Орлова"),
    ("Сергея Зимина", "gen", "Сергей Зимин"),
    ("Игоря Светлова", "gen", "Игорь Светлов"),
    ("Ольги Ковальской", "gen", "Ольга Ковальская"),
    ("Петра Вишневского", "gen", "Петр Вишневский"),
    ("Натальи Рябовой", "gen", "Наталья Рябова"),
    ("Дин Лижэня", "gen", "Дин Лижэнь"),
    ("Гукеш Доммараджу", "gen", "Гукеш Доммараджу"),  # indeclinable
    ("Сомова", "acc", "Сомов"),  # a man: the accusative is the genitive
    ("Лебедеву", "acc", "Лебедева"),
    ("Марию Орлову", "acc", "Мария Орлова"),
    ("Кремле", "loc", "Кремль"),
    ("Министерстве обороны", "loc", "Министерство обороны"),
    ("МИД России", "loc", "МИД России"),
    ("Івана Сомова", "gen", "Іван Сомов"),  # Ukrainian
    ("Кремлі", "loc", "Кремль"),
    ("Міністерстві оборони", "loc", "Міністерство оборони"),
    # unchanged: no case known, another script, short words
    ("Ивана Сомова", None, "Ивана Сомова"),
    ("Ivana Somova", "gen", "Ivana Somova"),
    ("Ли Вэя", "gen", "Ли Вэй"),
]


@pytest.mark.parametrize("written,case,expected", NOMINATIVE_CASES)
def test_nominative(written, case, expected):
    assert nominative(written, case) == expected


@pytest.mark.parametrize("cue,case", [("По словам", "gen"), ("передает слова", "gen"),
                                      ("цитирует", "acc"), ("заявил", None), ("said", None)])
def test_case_after(cue, case):
    assert case_after(cue) == case
