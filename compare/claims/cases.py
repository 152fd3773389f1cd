"""Russian (and German) names back in the nominative from the case their cue governs.

"По словам Ивана Сомова" and "цитирует Сомова" name Иван Сомов, but as written they would be
speakers of their own ("Ивана Сомова"). The cue says the case (genitive after "по словам",
"передает слова"; accusative after "цитирует"; the locative of "В Кремле заявили"); the word
endings of Russian first names, surnames and bodies say the rest.
"""

from __future__ import annotations

import re
from typing import Callable

# cue (lowercase, as written) -> the case of the name after it
CASE_AFTER_CUE = {"по словам": "gen", "передает слова": "gen", "передаёт слова": "gen",
                  "приводит слова": "gen", "цитирует": "acc", "цитируют": "acc",
                  "за словами": "gen", "цитує": "acc", "цитують": "acc",  # Ukrainian
                  "наводить слова": "gen",
                  "по данным": "gen", "по информации": "gen", "по мнению": "gen",
                  "по утверждению": "gen", "согласно утверждению": "gen", "со слов": "gen",
                  "зі слів": "gen",
                  "на думку": "gen",
                  "nach angaben": "gen"}  # German: "nach Angaben des Betriebsrats"

_CYRILLIC_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?")
CYRILLIC_VOWELS = set("аеёиоуыэюяіїє")
_HUSHING = set("гкхжшчщ")  # after these, a feminine genitive ends in -и, not -ы

# (ending, replacement) tried in order, longest first; the first that fits wins
_GENITIVE = (("ства", "ство"), ("ской", "ская"), ("цкой", "цкая"), ("ского", "ский"),
             ("цкого", "цкий"), ("ського", "ський"), ("цького", "цький"),
             ("щего", "щий"), ("чего", "чий"),  # "Непомнящего" -> "Непомнящий"
             ("ой", "а"), ("ии", "ия"), ("ьи", "ья"), ("ы", "а"))
_LOCATIVE = (("стве", "ство"), ("стві", "ство"), ("ле", "ль"), ("лі", "ль"), ("ии", "ия"),
             ("е", ""), ("і", ""))  # "в Кремле", "у Кремлі" -> "Кремль"
_ACCUSATIVE_FEMININE = (("скую", "ская"), ("цкую", "цкая"), ("ию", "ия"), ("ью", "ья"),
                        ("у", "а"), ("ю", "я"))


# lowercase bodies in the locative, back in the nominative ("в правительстве Казахстана
# опровергли", "рассказали в пресс-службе губернатора"): their endings alone do not say
# which nominative (-е is "-а" in "службе", "-о" in "правительстве", nothing in "суде")
LOCATIVE_BODIES = {
    "правительстве": "правительство", "министерстве": "министерство", "ведомстве": "ведомство",
    "пресс-службе": "пресс-служба", "службе": "служба", "прокуратуре": "прокуратура",
    "полиции": "полиция", "мэрии": "мэрия", "администрации": "администрация",
    "компании": "компания", "корпорации": "корпорация", "госкорпорации": "госкорпорация",
    "агентстве": "агентство", "суде": "суд", "штабе": "штаб", "комитете": "комитет",
    "посольстве": "посольство", "партии": "партия",
    "уряді": "уряд", "міністерстві": "міністерство", "пресслужбі": "пресслужба",
    "прес-службі": "прес-служба", "поліції": "поліція", "прокуратурі": "прокуратура",
    "компанії": "компанія", "адміністрації": "адміністрація", "офісі": "офіс", "штабі": "штаб",
}
LOWERCASE_BODIES = frozenset(LOCATIVE_BODIES.values())  # their nominatives: "пресс-служба"


def _word(word: str, case: str) -> str:
    if not _CYRILLIC_WORD.fullmatch(word) or len(word) < 3:
        return word
    if "-" in word:  # "Римского-Корсакова"
        return "-".join(_word(w, case) for w in word.split("-"))
    if case == "loc":
        return next((word[:-len(end)] + new for end, new in _LOCATIVE if word.endswith(end)),
                    word)
    if case == "acc":
        for end, new in _ACCUSATIVE_FEMININE:
            if word.endswith(end):
                return word[:-len(end)] + new
    for end, new in _GENITIVE:
        if word.endswith(end):
            return word[:-len(end)] + new
    if word.endswith("и") and word[-2] in _HUSHING:
        return word[:-1] + "а"  # "Ольги" -> "Ольга"
    if word.endswith("я"):  # "Сергея" -> "Сергей", "Игоря" -> "Игорь"
        return word[:-1] + ("й" if word[-2] in CYRILLIC_VOWELS else "ь")
    if word.endswith("а") and word[-2] not in CYRILLIC_VOWELS:
        return word[:-1]  # "Ивана Сомова" -> "Иван Сомов"
    return word  # indeclinable: "Доммараджу"


def german_genitive(words: list[str]) -> list[str]:
    """"des Betriebsrats" -> "Betriebsrat", "des Bundes" -> "Bund": a masculine or neuter
    noun after "des" loses its -s or -es (feminine ones, after "der", have no ending)."""
    last = words[-1]
    if len(last) > 4 and last.endswith("s"):
        last = last[:-1]
        if last.endswith("e") and last[-2] in "dtsßz" and len(last) > 4:
            last = last[:-1]
    return [*words[1:-1], last]


def nominative(name: str, case: str | None) -> str:
    """``name`` (as written after a cue governing ``case``: "gen", "acc" or "loc"; "body": a
    body in the genitive) in the nominative; names in other scripts, and any name when ``case``
    is None, unchanged."""
    if case == "gen" and name.startswith("des ") and len(name.split()) > 1:
        return " ".join(german_genitive(name.split()))
    if case is None or not any("а" <= ch <= "я" or ch in "іїєґ" for ch in name.lower()):
        return name
    words = name.split()
    if case in ("loc", "body"):  # "в Министерстве обороны", "в заявлении Министерства
        # обороны" (a body in the genitive): the head noun only, its complement stays
        head = LOCATIVE_BODIES.get(words[0], words[0]) if case == "loc" and \
            words[0].islower() else _word(words[0], "gen" if case == "body" else case)
        return " ".join([head, *words[1:]])
    return " ".join(_word(w, case) if (glued := _INITIALS.match(w)) is None else
                    glued.group() + _word(w[glued.end():], case) for w in words)


_INITIALS = re.compile(r"(?:[А-ЯЁІЇЄҐ]\.){1,2}(?=[А-ЯЁІЇЄҐ])")  # "И.И.Холмовой": initials glued on


def nominative_role(phrase: str, case: str | None, is_role: Callable[[str], bool],
                    is_given: Callable[[str], bool] = lambda word: False) -> str:
    """A lowercase Russian or Ukrainian role phrase after a cue governing ``case`` ("по словам
    российского министра", "пресс-секретаря президента"): its adjectives and the role noun that
    ``is_role`` accepts back in the nominative, the role's own complement as written
    ("президента": whose secretary), and a name after it from a given name that ``is_given``
    accepts in the nominative ("министра Марии Холмовой": "министр Мария Холмова"). Any other
    phrase unchanged."""
    words = phrase.split()
    if case not in ("gen", "acc") or not words or not words[0][:1].islower():
        return phrase
    for head, word in enumerate(words[:3]):
        if is_role(nominal := _lowercase_word(word, case)):
            rest = words[head + 1:]
            named = next((n for n, w in enumerate(rest) if w[:1].isupper()
                          and is_given(_word(w, case).lower())), len(rest))
            return " ".join([*(_lowercase_word(w, case) for w in words[:head]), nominal,
                             *rest[:named], *(_word(w, case) for w in rest[named:])])
    return phrase


def _lowercase_word(word: str, case: str) -> str:
    """``_word`` for a lowercase word, a hyphenated one by its last part ("пресс-секретаря")."""
    first, dash, last = word.rpartition("-")
    return first + dash + _word(last.capitalize(), case).lower() if last.islower() else word


def role_in_genitive(word: str, is_role: Callable[[str], bool]) -> bool:
    """Whether a lowercase Russian or Ukrainian ``word`` is a role noun in the genitive
    ("тренера", "премьера", "президента")."""
    nominative_form = _lowercase_word(word, "gen")  # (a word in another script is unchanged)
    return nominative_form != word and is_role(nominative_form)


def genitive_after_role(before: str, is_role: Callable[[str], bool]) -> bool:
    """Whether a Cyrillic name right after the words ``before`` is in the genitive, as the
    complement of a role noun in the genitive ("прес-конференція головного тренера
    “синьо-жовтих” Сергія Реброва"): the role's genitive ends the words, past at most two
    adjectives or quoted words."""
    for word in reversed(re.findall(r"[\w'’“”«»\"-]+", before)[-3:]):
        bare = word.strip("“”«»\"").lower()
        if role_in_genitive(bare, is_role):
            return True  # "тренера" -> "тренер"
        if not (word[:1] in "“«\"" or bare.endswith(("их", "ых", "ого", "его"))):
            return False  # (an adjective in the genitive, a nickname in quotes: go on)
    return False


def case_after(cue: str) -> str | None:
    """The case of the name a cue governs ("по словам" -> "gen"), or None."""
    return CASE_AFTER_CUE.get(cue.lower())


# endings of the other cases of Russian and Ukrainian names, longest first ("Усиком", "Усику")
_CASE_ENDINGS = ("ого", "ому", "его", "ему", "ами", "ями", "ові", "еві", "ою", "ею", "ой", "ей",
                 "ом", "ем", "ым", "им", "ам", "ям", "ах", "ях", "а", "я", "у", "ю", "ы", "и",
                 "і", "е", "й", "ь")
_OBLIQUE = ("ом", "ем", "ой", "ою", "ею", "ым", "ого", "ому", "ові", "еві", "у", "ю", "ы", "е",
            "ии", "єм", "ним", "ьким")  # (Ukrainian "Валерієм Залужним", "Сирським"; not
# "Вадим", "Максим")


def case_stem(word: str) -> str | None:
    """What every case of a Cyrillic name word shares ("Усик", "Усика", "Усиком" -> "усик";
    "Ф’юрі" -> "ф'юр"); None for a word in another script."""
    if not _CYRILLIC_WORD.fullmatch(word.replace("’", "'")):
        return None
    low = word.lower().replace("’", "'")
    end = next((e for e in _CASE_ENDINGS if low.endswith(e) and len(low) - len(e) >= 3), "")
    stem = low[:len(low) - len(end)]
    while len(stem) > 3 and stem[-1] in CYRILLIC_VOWELS:
        stem = stem[:-1]  # "Сергей" and "Сергея" part at different letters: "серг"
    return stem


def obliqueness(name: str) -> tuple[int, int, int]:
    """How unlike a nominative a Cyrillic name looks (words with an ending of another case,
    then words ending in a vowel, then length): of two forms of one name, the lower is the one
    to show ("Олександр Усик", not "Олександру Усику"; "Дин Лижэнь", not "Дин Лижэня")."""
    words = name.lower().split()
    return (sum(w.endswith(_OBLIQUE) for w in words),
            sum(w[-1:] in CYRILLIC_VOWELS for w in words), len(name))
