"""Russian names back in the nominative from the case their cue governs."""

import pytest

from compare.claims.cases import case_after, genitive_after_role, nominative
from compare.claims.mentions import is_role_noun

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


# (words before a Cyrillic name, whether the name is a role's genitive complement)
GENITIVE_AFTER_ROLE_CASES = [
    ("Прес-конференція головного тренера “синьо-жовтих” ", True),
    ("Интервью президента ", True),
    ("Слова главного тренера ", True),
    ("Після матчу ", False),   # no role
    ("заявил ", False),        # a verb: the name after it is its subject
    ("Інтерв'ю тренер ", False),  # a role in the nominative
    ("Interview with the coach ", False),
]


@pytest.mark.parametrize("before,genitive", GENITIVE_AFTER_ROLE_CASES)
def test_genitive_after_role(before, genitive):
    assert genitive_after_role(before, is_role_noun) is genitive
