"""Split a speaker's name from its title and compare name forms (pure functions, no database).

Usage::

    >>> parse_speaker("Russian President Vladimir Putin")
    ParsedName(name='Vladimir Putin', role='Russian President', kind='person', acronym=None)
    >>> parse_speaker("President Vladimir Putin's press secretary, Dmitry Peskov").role
    "President Vladimir Putin's press secretary"
    >>> parse_speaker("the European Council on Foreign Relations (ECFR)").acronym
    'ECFR'
    >>> parse_speaker("the president") is None   # a description is not a name
    True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from rapidfuzz import fuzz

from compare.claims.cases import CYRILLIC_VOWELS
from compare.claims.mentions import ARTICLE_NAME, PERSONAL_PRONOUNS

PERSON, ORGANISATION = "person", "organisation"
DETERMINERS = {"the", "a", "an"}
PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das",
             "la", "le", "al", "el", "bin", "ibn", "ben", "bint", "y", "zu", "ter", "ten", "op"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
LEGAL_FORMS = {"corp", "inc", "ltd", "llc", "plc", "co", "gmbh", "sa", "nv", "bv", "ag"}
# Letters after a name that are not part of it: "Regina Benjamin, MD", "Jane Roe PhD".
POSTNOMINALS = {"md", "phd", "mba", "dds", "esq", "mp", "mep", "msp", "mla", "qc", "kc", "obe",
                "mbe", "cbe", "rn", "dphil", "llm", "jd"}
# parties by the name their members go by ("Labour", "Tories", "Lib Dems"): bodies, and no
# other body's shorter name ("Democrats" are not the "Liberal Democrats")
PARTY_NAMES = frozenset({"labour", "tories", "conservatives", "democrats", "republicans",
                         "liberals", "dems", "unionists", "nationalists", "greens"})
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "we", "i", "you", "his", "hers",
            "its", "their", "who", "whom", "this", "that", *PERSONAL_PRONOUNS}
# Title words that are also common surnames: "Mark Judge" is a name, "Russian President" is not.
SURNAME_TITLES = {"judge", "king", "bishop", "mayor", "major", "marshal", "chancellor", "speaker",
                  "deputy", "justice", "chief", "head", "officer", "leader", "dean", "pope",
                  "champion"}
_ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,3}$")  # short enough to be an organisation on its own
_ORG_ACRONYM = re.compile(r"[A-Z][A-Z&.]{1,7}")  # "UNESCO" in an organisation's name
_DESCRIPTOR = re.compile(r"[\w.]+-(based|run|owned|funded|backed|led|controlled|affiliated)",
                         re.IGNORECASE)
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*")


@dataclass(frozen=True)
class ParsedName:
    """A speaker name split from its title: ``name`` is canonical-ready, ``role`` as written."""

    name: str
    role: str | None = None
    kind: str = PERSON
    acronym: str | None = None


_SPACES = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"'s?$")
_FINAL_NG = re.compile(r"ng\b")
_Y_BETWEEN_VOWELS = re.compile(r"(?<=[aeou])i(?=[aeou])")
_DOUBLED = re.compile(r"(\w)\1+")


@functools.lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """Unified apostrophes and quotes, collapsed whitespace, no surrounding punctuation."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = _SPACES.sub(" ", text).strip()
    return text.strip(" ,;:\"\u201c\u201d\u00ab\u00bb-\u2013\u2014").strip()


@functools.lru_cache(maxsize=65536)
def key(text: str) -> str:
    """The comparison key of a name form: casefolded, accents and dots removed."""
    text = unicodedata.normalize("NFKD", clean(text).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text.replace(".", " ")).strip()


def _word(token: str) -> str:
    """A token as the lexicons see it: casefolded, no dots, no possessive, no commas."""
    token = _POSSESSIVE_END.sub("", token.strip(",;:"))
    return token.replace(".", "").casefold()


def _load(name: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {"": []}
    current = ""
    text = resources.files("compare").joinpath("rules", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif line:
            sections[current].append(line)
    return sections


@functools.lru_cache(maxsize=None)
def lexicons() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(honorifics, title phrases, organisation phrases, acronym organisations) as word tuples."""
    # descriptions ("Woman", "Police") count as one-word titles that never name anyone
    titles = _load("titles.txt")
    orgs = _load("organisations.txt")[""]
    as_words = lambda phrase: tuple(_word(t) for t in phrase.split())  # noqa: E731
    return (frozenset(_word(h) for h in titles["honorifics"]),
            frozenset(as_words(t) for t in titles["titles"] + titles["descriptions"]),
            frozenset(as_words(o) for o in orgs if not o.isupper()),
            frozenset(o for o in orgs if o.isupper()))


# honorifics that say a gender ("Mr Holm" is no "Deborah Holm")
# a peer's title before the name: "Lord Nicholls (of Birkenhead)" need not be any Nicholls
# named elsewhere, as the title is often no surname
PEERAGES = {"lord", "lady", "baron", "baroness", "earl", "viscount", "duke", "duchess",
            "marquess", "countess"}
HONORIFIC_GENDER = {"mr": "m", "herr": "m", "monsieur": "m", "m": "m", "señor": "m", "sr": "m",
                    "mrs": "f", "ms": "f", "miss": "f", "frau": "f", "mme": "f", "madame": "f",
                    "señora": "f", "sra": "f"}


def given_gender(name: str) -> str | None:
    """The gender rules/given_names.txt gives a full name's given name, or None."""
    words = name.split()
    return given_name_genders().get(words[0].lower()) if len(words) >= 2 else None


def is_honorific(token: str) -> bool:
    """"Mr", "Mrs.", "Frau", "Sir" (rules/titles.txt [honorifics]); the French "M." too."""
    return _word(token) in lexicons()[0] or token == "M."


@functools.lru_cache(maxsize=None)
def _longest() -> int:
    """Words in the longest title or organisation phrase."""
    _, titles, orgs, _ = lexicons()
    return max(len(t) for t in titles | orgs)


def _has_phrase(words: list[str], phrases: frozenset) -> bool:
    """Whether any phrase (a tuple of words) occurs in ``words``."""
    longest = _longest()
    return any(tuple(words[i:i + n]) in phrases
               for i in range(len(words)) for n in range(1, longest + 1))


def _title_end(tokens: list[str]) -> int:
    """How many leading tokens are title ("Russian Foreign Minister"), leaving a name after."""
    honorifics, titles, _, _ = lexicons()
    words = [_word(t) for t in tokens]
    longest = _longest()
    end = 0
    for i in range(len(words)):
        if words[i] in honorifics:
            end = max(end, i + 1) if i + 1 < len(words) else end
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            if tuple(words[i:i + n]) in titles and i + n < len(words):
                stop = i + n
                # "Minister of Defence Sergei Shoigu": the of-phrase belongs to the title,
                # leaving at most two tokens for the name.
                if words[stop] in {"of", "for"} and len(words) - stop >= 3:
                    stop = max(stop + 2, len(words) - 2)
                end = max(end, stop)
                break
    return end


def _is_name(tokens: list[str]) -> bool:
    """Capitalised words (particles allowed), not a bare title, pronoun or description."""
    honorifics, titles, _, _ = lexicons()
    if not tokens or len(tokens) > 6:
        return False
    words = [_word(t) for t in tokens]
    if len(tokens) == 1 and words[0] in PRONOUNS:
        return False
    for token, word in zip(tokens, words):
        if word in PARTICLES:
            continue
        if not (token[:1].isupper() or (token[:1] in "'" and token[1:2].isupper())
                or ARTICLE_NAME.match(token)):  # "Abdulmenam al-Ghaithi"
            return False
    last = words[-1]
    if (last,) in titles or last in honorifics:
        return len(words) > 1 and last in SURNAME_TITLES and (words[-2],) not in titles \
            and words[-2] not in DETERMINERS
    return True


def _is_pronoun(text: str) -> bool:
    """ "he", "We", "we'll", "I'm": a pronoun, with or without a contraction ("WHO" is none)."""
    return key(text).split("'")[0] in PRONOUNS and len(text.split()) == 1 \
        and not (text.isupper() and key(text) in organisation_names())


def _strip_possessive(text: str) -> str:
    return _POSSESSIVE_END.sub("", text).strip()


def is_generic(name: str) -> bool:
    """An organisation name made only of generic words ("Council", "Police Department"), which
    must not be matched to a longer name by its last words."""
    _, titles, org_phrases, _ = lexicons()
    return all((_word(t),) in org_phrases or (_word(t),) in titles or _word(t) in DETERMINERS
               or _word(t) in GENERIC_MODIFIERS for t in name.split())


def is_role_plural(name: str) -> bool:
    """One word that is a title's plural ("MPs", "Ministers"): a group, which must not be
    matched to a longer name by its last word ("Labour MPs")."""
    words = name.split()
    return len(words) == 1 and words[0][-1:] in "sS" and (_word(words[0])[:-1],) in lexicons()[1]


# words that make no organisation's name on their own: "the Central Bank", "the High Court"
GENERIC_MODIFIERS = {"central", "national", "federal", "high", "supreme", "criminal", "of",
                     "constitutional", "regional", "general", "public", "city", "district",
                     "directors", "state"}


def looks_like_organisation(tokens: list[str]) -> bool:
    _, _, org_phrases, org_acronyms = lexicons()
    if len(tokens) == 1 and (_ACRONYM.match(tokens[0]) or tokens[0] in org_acronyms):
        return True
    if any(t.strip(",.") in org_acronyms for t in tokens):
        return True
    words = [_word(t) for t in tokens]
    return _has_phrase(words, org_phrases)


def _organisation(text: str) -> ParsedName | None:
    acronym = None
    paren = _PAREN.search(text)
    if paren and _ORG_ACRONYM.fullmatch(paren.group(1).strip()):
        acronym = paren.group(1).strip()
    text = clean(_PAREN.sub(" ", text))
    tokens = text.split()
    while tokens and (tokens[0].casefold() in DETERMINERS or _DESCRIPTOR.fullmatch(tokens[0])
                      or (tokens[0].islower() and len(tokens) > 1)):
        tokens = tokens[1:]  # "the Berlin-based ...", "the influential ..."
    if len(tokens) > 10:
        return None  # a clause, not a name
    while len(tokens) > 1 and _word(tokens[-1]) in LEGAL_FORMS:
        tokens = tokens[:-1]  # "Microsoft Corp." -> "Microsoft"
    name = _strip_possessive(" ".join(tokens))
    if not name or not any(t[:1].isupper() for t in name.split()):
        return None  # "the ministry", "the government": a description, not a name
    if all((_word(t),) in lexicons()[1] for t in name.split()):
        return None  # "Police", "Authorities": capitalised, still a description
    if acronym is None and _ORG_ACRONYM.fullmatch(name):
        acronym = name  # "EU", "UNESCO"
    return ParsedName(name, None, ORGANISATION, acronym)


_FOREIGN_ARTICLES = {"die", "der", "das", "el", "la", "los", "las", "le", "les", "l'", "l’"}


@functools.lru_cache(maxsize=None)
def organisation_names() -> dict[str, str]:
    """``key`` of an organisation's other name or acronym -> its name, from
    rules/organisation_names.txt."""
    return {key(other): name for name, others in _load("organisation_names.txt").items()
            if name for other in [name, *others]}


@functools.lru_cache(maxsize=1)
def person_names() -> dict[str, str]:
    """``key`` of a person's other spelling -> their name, from rules/person_names.txt."""
    return {key(other): name for name, others in _load("person_names.txt").items()
            if name for other in others}


@functools.lru_cache(maxsize=65536)
def canonical_organisation(text: str) -> str | None:
    """The rule file's name for "die EZB", "el Banco de Inglaterra", "the ECB"; None when the
    phrase is not listed."""
    tokens = clean(text).split()
    while len(tokens) > 1 and tokens[0].casefold() in DETERMINERS | _FOREIGN_ARTICLES:
        tokens = tokens[1:]
    if tokens and tokens[0][:2].casefold() in {"l'", "d'"}:
        tokens[0] = tokens[0][2:]  # "l'OMS"
    return organisation_names().get(key(_strip_possessive(" ".join(tokens))))


@functools.lru_cache(maxsize=65536)
def parse_speaker(text: str | None, *, kind: str | None = None) -> ParsedName | None:
    """Split a speaker phrase into name, role and kind; None when it holds no name."""
    if not text:
        return None
    text = clean(text)
    if _is_pronoun(text):
        return None
    canonical = canonical_organisation(text)
    if canonical is not None:
        return ParsedName(canonical, None, ORGANISATION, None)
    if kind == ORGANISATION:
        return _organisation(text)
    while True:  # "Regina Benjamin, MD" -> "Regina Benjamin"
        head, comma, tail = text.rpartition(",")
        if not comma or not head.strip() or _word(tail.strip()) not in POSTNOMINALS:
            break
        text = clean(head)
    if ", " in text:  # appositives: "X's press secretary, Dmitry Peskov" / "Peskov, the spokesman"
        first, _, second = text.partition(", ")
        for name_part, role_part in ((second, first), (first, second)):
            parsed = parse_speaker(name_part, kind=kind)
            if parsed is not None and parsed.role is None and parsed.kind == PERSON:
                role = role_phrase(role_part)
                if role:
                    return ParsedName(parsed.name, role, PERSON)
        text = text.replace(",", "")
    tokens = text.split()
    while len(tokens) > 1 and _word(tokens[-1]) in POSTNOMINALS:
        tokens = tokens[:-1]
    while tokens and tokens[0].casefold() in DETERMINERS:
        tokens = tokens[1:]
    if len(tokens) == 4 and tokens[0].lower() in PEERAGES and tokens[2] == "of" and \
            _is_name([tokens[1], tokens[3]]) and (_word(tokens[1]),) not in lexicons()[1]:
        return ParsedName(" ".join(tokens), None, PERSON)  # "Lord Nicholls of Birkenhead": a
        # peer's title is his name
    end = _title_end(tokens)
    name_tokens = tokens[end:]
    if tokens and (_word(tokens[-1]),) not in lexicons()[1] \
            and looks_like_organisation(tokens[end:] if end else tokens):
        return _organisation(text)  # "the Kremlin", "General Motors"; not "Kremlin spokesman"
    if not name_tokens:
        return None
    name_tokens[-1:] = [_strip_possessive(t) for t in name_tokens[-1:]]
    name_tokens = unglue(name_tokens)
    if not _is_name(name_tokens):
        return None
    if all(t.isupper() for t in name_tokens) and any(len(t) > 4 for t in name_tokens):
        name_tokens = [t.title() for t in name_tokens]  # "WILLIAMS" in a headline
    elif name_tokens[0].istitle() and any(_CAPS_SURNAME.fullmatch(t) and (
            len(t) > 4 or len(t) > 2 and name_tokens[0].lower() in given_names())
            for t in name_tokens):  # "Julien DENORMANDIE", "Marine LE PEN": French pages
        name_tokens = [t.title() if _CAPS_SURNAME.fullmatch(t) else t  # write surnames in
                       for t in name_tokens]  # capitals (not "Nintendo DS")
    name = " ".join(name_tokens)
    return ParsedName(person_names().get(key(name), name), role_phrase(" ".join(tokens[:end])),
                      PERSON)  # "Дональд Трамп" is Donald Trump (rules/person_names.txt)


# a surname in capitals (two letters or more; not a Roman numeral: "Charles III")
_CAPS_SURNAME = re.compile(r"(?![IVXLC]+$)(?=\S{2})[^\W\d_a-zß-ÿа-яё]+(?:['’\-][^\W\d_a-zß-ÿа-яё]+)*")


def role_phrase(text: str) -> str | None:
    """A title as a role: no determiner, no honorific ("Mr"), None when nothing is left."""
    honorifics, titles, _, _ = lexicons()
    tokens = clean(text).split()
    while tokens and (tokens[0].casefold() in DETERMINERS or _word(tokens[0]) in honorifics):
        tokens = tokens[1:]
    while tokens and _word(tokens[-1]) in honorifics:
        tokens = tokens[:-1]
    if not tokens:
        return None
    words = [_word(t) for t in tokens]
    if not _has_phrase(words, titles):
        return None  # "Dmitry Peskov" is not a role
    return " ".join(tokens)


_ARTICLE_PREFIX = re.compile(r"\b(al|el)-(?=\w)")  # "al-Sami": the article is a word, "Al Sami"
PATRONYMIC = {"bin", "ibn", "bint", "ben"}  # "Omar bin Khalid": son of Khalid


@functools.lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name's key without generational suffixes ("Jr."), an Arabic article
    a word of its own ("al-Sami" as "al Sami")."""
    words = _ARTICLE_PREFIX.sub(r"\1 ", key(name)).split()
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return tuple(words)


_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n",
                      "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
                      "", "e", "yu", "ya", "i", "yi", "ye", "g"]))
# spellings that romanisations of one name differ by, folded to one ("Yuliya"/"Yulia",
# "Ghebreyesus"/"Гебрейесус", "Adhanom"/"Аданом", "Tymoshenko"/"Timoshenko"; the Russian
# spelling of Chinese names writes pinyin "r" as "ж" and a final "ng" as "н": "Ding Liren"/"Дин
# Лижэнь"); English writes "дж" as "j" ("Джамал"/"Jamal", "Доммараджу"/"Dommaraju")
_ROMAN_FOLDS = (("chtch", "sc"), ("shch", "sc"), ("dzh", "j"), ("zh", "r"), ("iya", "ia"),
                ("kh", "h"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ts", "c"),
                ("tz", "c"), ("ou", "u"), ("j", "i"), ("y", "i"), ("w", "v"), ("'", ""),
                ("iu", "u"))
# ^ "Fury"/"Ф’юрі": "ю" after a consonant is a plain "u" in English spellings
_UKRAINIAN = set("іїєґ")  # a Ukrainian name: its "г" is "h" ("Магучіх", "Mahuchikh")


_GLUED = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]+)([A-ZÀ-Ý][a-zà-ÿ]{2,})")  # a given name and a surname


def unglue(words: list[str]) -> list[str]:
    """A name of one word that is a given name and a surname without the space between them
    ("MamadiDoumbouya", a page's lost space) as its two words; not "McDonald", "DeSantis",
    "ThyssenKrupp"."""
    m = _GLUED.fullmatch(words[0]) if len(words) == 1 else None
    return [m.group(1), m.group(2)] if m and m.group(1).lower() in given_name_genders() else words


@functools.lru_cache(maxsize=1)
def _given_name_sections() -> dict[str, str]:
    """Given name -> "f", "m" or "either", from rules/given_names.txt."""
    sections: dict[str, str] = {}
    section = ""
    text = resources.files("compare").joinpath("rules/given_names.txt").read_text(
        encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line.startswith("[") and line.endswith("]"):
            section = {"[female]": "f", "[male]": "m"}.get(line, "either")
        elif line and section:
            sections.update(dict.fromkeys(line.split(), section))
    return sections


@functools.lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given name -> "f" or "m" (names given to both left out)."""
    return {name: g for name, g in _given_name_sections().items() if g != "either"}


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name of rules/given_names.txt, those given to both included."""
    return frozenset(_given_name_sections())


@functools.lru_cache(maxsize=65536)
def romanised_key(name: str) -> str:
    """A key that one person's name keeps across scripts and romanisations: Cyrillic
    transliterated, then the spellings that romanisations differ by folded and doubled letters
    collapsed. Used only to join a name to one person already seen with more than one word."""
    low = key(name).replace("’", "'")
    ukrainian = bool(_UKRAINIAN & set(low))
    text = "".join("h" if ch == "г" and ukrainian else _CYRILLIC.get(ch, ch) for ch in low)
    for a, b in _ROMAN_FOLDS:
        text = text.replace(a, b)
    text = _FINAL_NG.sub("n", text)
    text = _Y_BETWEEN_VOWELS.sub("", text)  # "Tokayev"/"Токаев": "y" between vowels
    return _DOUBLED.sub(r"\1", text)


# the press spelling differs from the key's transliteration in "й" ("Sergey") and in dropping
# the apostrophe ("Ф’юрі")
_PRESS = {**_CYRILLIC, "й": "y", "'": "", "’": "", "ʼ": ""}


# Ukrainian letters written otherwise inside a word than at its start (Ukraine's national
# system of 2010, which English-language news and reference works follow for Ukrainians)
_UKRAINIAN_INNER = {"я": "ia", "ю": "iu", "є": "ie", "ї": "i", "й": "i"}


def romanise(name: str, ukrainian: bool | None = None) -> str:
    """A Cyrillic name in the Latin letters English-language news uses for it ("Сергей Кишнёв"
    → "Sergei Kishnev", "Ярослава Магучіх" → "Yaroslava Mahuchikh"): the spelling a speaker
    known only in Cyrillic is shown by. Russian and Ukrainian "е" and "є" are "ye" at the start
    of a word and after a vowel ("Евгений" → "Yevgeny"); "-ий" is "-y" ("Дмитрий" → "Dmitry");
    Ukrainian "г" is "h" and "и" is "y". Russian "ие" is "ie" ("Бетербиев" → "Beterbiev",
    "Валиева" → "Valieva"). A name is read as Ukrainian by its letters ("і", "ї", "є", "ґ") or,
    ``ukrainian``, by the pages it comes from ("Мстислав Чернов" → "Mstyslav Chernov",
    "Володимир Зеленський" → "Volodymyr Zelenskyi"); inside a Ukrainian word "я", "ю", "є",
    "ї" and "й" are "ia", "iu", "ie", "i" and "i" ("Железняк" → "Zhelezniak"), but "-ій" and
    "-ія" are "-iy" and "-ia" as the press writes them ("Андрій", "Юлія"). "дж" is "j": Russian has the sound only in
    names from other languages, whose Latin spelling writes it so ("Доммараджу" →
    "Dommaraju"); a final "-ия" is "-ia" ("Кварацхелия" → "Kvaratskhelia")."""
    ukrainian = ukrainian or bool(_UKRAINIAN & set(name.lower()))
    out = []
    for word in re.split(r"([^\w'’ʼ]+)", name):  # an apostrophe is inside a word
        low, letters = word.lower(), []
        for n, ch in enumerate(low):
            prev = low[n - 1] if n else ""
            if ukrainian and ch in _UKRAINIAN_INNER and prev and not (ch in "йя" and prev == "і"):
                latin = _UKRAINIAN_INNER[ch]  # "Кудрицький" → "Kudrytskyi", "Железняк" →
                # "Zhelezniak" (the national system); "Андрій" stays "Andriy"
            elif ch in "её" and (not prev or prev in CYRILLIC_VOWELS and not (
                    ch == "е" and prev == "и" and not ukrainian) or prev in "ъь"):
                latin = "ye" if ch == "е" else "yo"
            elif ch == "й" and prev == "и" and n == len(low) - 1:
                letters[-1], latin = "", "y"  # "Дмитрий": "Dmitry"
            elif ch == "ж" and prev == "д":
                letters[-1], latin = "", "j"  # "Джамала": "Jamala"
            elif ch == "я" and prev in "иі" and n == len(low) - 1:
                latin = "a"  # "Кварацхелия": "Kvaratskhelia", "Мария": "Maria", "Юлія": "Yulia"
            elif ukrainian and ch in "ги":
                latin = "h" if ch == "г" else "y"
            else:
                latin = _PRESS.get(ch, ch)
            letters.append(latin)
        latin = "".join(letters)
        out.append(latin[:1].upper() + latin[1:] if word[:1].isupper() else latin)
    return "".join(out)


def surname(name: str) -> str:
    """The comparison key of the last name word ("putin")."""
    words = name_words(name)
    return words[-1] if words else ""


def given_names_compatible(a: str, b: str) -> bool:
    """Same surname and compatible given names: the first ones equal, an initial, a short form
    ("Fred"/"Frederick") or a spelling variant ("Sergey"/"Sergei"), or the full given names of
    one among the other's ("W. Mark Felt"/"Mark Felt"). "Mikhail Orlov" and "Ivan Orlov" are
    not compatible."""
    wa, wb = name_words(a), name_words(b)
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    fathers = [_father(w) for w in (wa, wb)]
    if None not in fathers and fathers[0] != fathers[1]:
        return False  # "Omar bin Khalid" / "Omar bin Rashid": sons of two men
    fa, fb = wa[0], wb[0]
    if fa == fb or (fa[0] == fb[0] and (
            len(fa) == 1 or len(fb) == 1
            or (min(len(fa), len(fb)) >= 3 and (fa.startswith(fb) or fb.startswith(fa)))
            or fuzz.ratio(fa, fb) > 80)):
        return True
    full_a = {w for w in wa[:-1] if len(w) > 1}
    full_b = {w for w in wb[:-1] if len(w) > 1}
    return bool(full_a and full_b) and (full_a <= full_b or full_b <= full_a)


def _father(words: tuple[str, ...]) -> str | None:
    """The name after a name's first patronymic particle ("khalid" in "omar bin khalid ...")."""
    at = next((k for k, w in enumerate(words[:-1]) if w in PATRONYMIC), None)
    return None if at is None else words[at + 1]


def more_specific_role(current: str | None, new: str | None) -> str | None:
    """The role to keep: ``new`` when it refines ``current`` ("President" -> "Russian
    President")."""
    if not new:
        return current
    if not current:
        return new
    if key(current) in key(new) and len(new) > len(current):
        return new
    return current
