"""Who a speaker mention refers to, within one document: ``parse_mention`` splits "Russian
President Vladimir Putin" into name and role (or tells an organisation), and ``Entities``,
filled first by ``prescan``, resolves "he", "the president", "Putin" to the fullest name seen.

Nothing here guesses across an article: a pronoun resolves only to a person already seen as a
speaker (or named) earlier in the same document, a title only to a person seen with that title,
a surname only to a full name with that surname.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable

from rapidfuzz.distance import Levenshtein

from compare.claims.cases import (LOWERCASE_BODIES, case_stem, german_genitive, nominative,
                                  nominative_role, obliqueness, role_in_genitive)
from compare.claims.cues import cue_lexicon
from compare.claims.mentions import (ACCOMPANIED, AGE_NOUN, ARTICLE_NAME, BODY_NOUNS, CAPITALS,
                                     CAP_STOP, CONNECTORS, CYRILLIC_BODIES, CYRILLIC_LETTERS,
                                     CYRILLIC_NAME, DETERMINERS, ENGLISH_GROUPS, FAMILIAR,
                                     FOREIGN_BODIES, FOREIGN_GROUPS, FOREIGN_ROLES,
                                     FRENCH_ADJECTIVE, FRONTED_CUES, GERMAN_ARTICLES, GERMAN_NOUN,
                                     LOWERCASE_AGENCIES, MEDIA_NAMES, MONTHS, NAME_ARTICLES,
                                     NAME_PARTICLES, OFFICE_WORDS, ORG_WORDS, OWNER_PREPOSITIONS, PEOPLE_NOUNS,
                                     PERIPHRASES, PERSONAL_PRONOUNS, PERSON_POSSESSIVES, PRONOUNS,
                                     RELATIVE_PRONOUNS, ROLE_ADJECTIVES, ROLE_NOUNS, SITE_NAME,
                                     SOURCE_NOUNS, STATEMENT_NOUNS, SURNAME_MONTHS,
                                     TITLE_MODIFIERS, TITLE_WORDS, WEEKDAYS, compound_role,
                                     compound_role_group, compound_tail, country_words, elided,
                                     epithet, genitive_complement, genitive_lead,
                                     is_capital_adverb, is_medium, is_past_role, is_person_role,
                                     is_role_noun, is_role_noun_or_compound, periphrase_words,
                                     role_groups, subject_roles)
from compare.claims.quotes import AMBIGUOUS_DOUBLE, CLOSE_DOUBLE, OPEN_DOUBLE
from compare.claims.sentences import GLUED_STOP
from compare.claims.speaker_names import (HONORIFIC_GENDER, PARTY_NAMES, PEERAGES, POSTNOMINALS,
                                          canonical_organisation, given_gender,
                                          given_name_genders, given_names, is_generic,
                                          is_honorific, is_role_plural, romanise, unglue)
from compare.claims.speakers import SpeakerRef, is_latin

# Organisations referred to by a common noun ("the company said"): head -> the words one of
# them has in its name (None: any organisation, the latest named)
_BANK, _COURT = {"bank", "banco", "banque", "zentralbank", "notenbank", "банк", "банка"}, {
    "court", "tribunal", "gericht", "cour", "corte", "audiencia", "суд"}
# the same body in the languages read ("el Gobierno" ~ "Gobierno de México")
_GOVERNMENT = {"government", "gobierno", "gouvernement", "regierung", "правительство"}
_PROSECUTION = {"fiscalía", "parquet", "staatsanwaltschaft", "прокуратура"}
_PRESIDENCY = {"presidency", "presidencia", "présidence", "präsidialamt"}
_MINISTRY = {"ministry", "ministerio", "ministère", "ministerium", "министерство"}
_CARRIERS = {"airline", "carrier", "fluggesellschaft", "aerolínea", "compagnie"}
_AMPERSAND_NAME = re.compile(r" & [A-Z][\w'’]*(?: [A-Z][\w'’]*)*")
# what a business news page writes before a firm's name ("carmaker DaimlerChrysler", "e-mail
# management firm Email Systems"), any of which "the company" or "the firm" may stand for
_FIRM_KINDS = {"company", "firm", "group", "carmaker", "automaker", "maker", "giant", "operator",
               "retailer", "drugmaker", "broker", "chain", "manufacturer", "producer", "insurer",
               "publisher", "developer", "provider", "conglomerate", "brewer", "miner",
               "supermarket", "distributor", "consultancy", "business", *_CARRIERS}
_AIRLINE_WORDS = {"air", "airways", "airlines", "aerolíneas", "aviation", "airline"}
ORG_HEADS = {
    "company": None, "firm": None, "group": None, "carmaker": None, "automaker": None,
    "board": None, **dict.fromkeys(_CARRIERS, None),
    "regulator": _BANK | {"authority", "commission", "agency"}, "bank": _BANK,
    "court": _COURT, "tribunal": _COURT, "cour": _COURT, "corte": _COURT, "суд": _COURT,
    "union": {"union", "gewerkschaft", "metall", "syndicat", "sindicato"},
    "agency": {"agency", "agentur", "agence", "agencia"}, "federation": {"federation",
                                                                        "federación"},
    "verband": None, "fédération": None, "asociación": None,
    "empresa": None, "compañía": None, "grupo": None, "société": None, "entreprise": None,
    "groupe": None, "unternehmen": None, "konzern": None, "gewerkschaft": {"gewerkschaft",
                                                                            "metall"},
    "regulador": _BANK, "régulateur": _BANK, "notenbank": _BANK, "zentralbank": _BANK,
    "währungshüter": _BANK,
    "gericht": _COURT, "компания": None, "компании": None, "корпорация": None,
    "госкорпорация": None, "держкорпорація": None, "регулятор": _BANK, "регулятора": _BANK,
    "центробанк": _BANK, "military": {"military", "army"}, "army": {"army", "military"},
    "police": {"police"}, "polizei": {"polizei"}, **dict.fromkeys(_GOVERNMENT, _GOVERNMENT),
    **dict.fromkeys(_PROSECUTION, _PROSECUTION), **dict.fromkeys(_PRESIDENCY, _PRESIDENCY),
    **dict.fromkeys(_MINISTRY, _MINISTRY)}
# bodies a page names by a place or nationality and a common noun ("A Paris court convicted …",
# "The Mexican government declared …") and later by the noun alone ("the court said")
_PLACED_BODY = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w’'-]+\s+){1,2}(?:[a-z]+\s+)?"
                          r"(court|government|military|army|ministry|police|tribunal))\b")
_DEFINITE = {"the", "his", "her", "its", "their", "der", "die", "das", "den", "dem", "des", "le",
             "la", "l'", "l’", "el", "sa", "son", "su", "ce", "cet", "cette", "este", "esta",
             "dieser", "diese"}  # "der SPD-Politiker", "le préfet", "cet ancien ministre"
# one person's words by a possessive ("según sus palabras", "selon ses propos", "according to
# her remarks"): the possessive's pronoun, "" where it says no gender
_OWNERS = {"his": "he", "her": "she", "seinen": "er", "seiner": "er", "sus": "", "su": "",
           "ses": "", "son": "", "sa": ""}
_SAYINGS = {"words", "remarks", "comments", "palabras", "declaraciones", "dichos", "propos",
            "dires", "paroles", "déclarations", "termes", "worten", "angaben", "aussagen"}
# the article a preposition between a statement and its owner contracts ("du groupe")
_CONTRACTED = {"du": ("le",), "del": ("el",), "des": ("les",)}
_STATEMENT_WORDS = STATEMENT_NOUNS | {"statements", "release", "mitteilung", "erklärung",
                                      "пресс-служба"}


_FEMININE = {"mrs", "ms", "miss", "dame", "lady", "frau", "mme", "madame", "señora", "sra",
             "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "actress", "queen",
             "princess", "sportswoman", "countess", "baroness"}
_MASCULINE = {"mr", "sir", "lord", "herr", "monsieur", "señor", "sr", "spokesman",
              "congressman", "businessman", "actor", "king", "prince", "sportsman", "count",
              "baron"}  # (not "chairman", a title women hold too: "chairman Jan Berry … she")
_GENDER_WORDS = sorted({f(w) for w in _FEMININE | _MASCULINE for f in (str.lower, str.capitalize)},
                       key=len, reverse=True)
# a gendered word right before a name, one given name between them at most ("Mrs Ann Lee")
_GENDER_BEFORE = re.compile(r"\b(" + "|".join(_GENDER_WORDS)
                            + r")\.?\s+(?:([A-Z][\w’'-]+)\s+)?$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z][\w’'-]+")  # "Mrs Ann Lee": "Ann" is no surname here


_BASED = re.compile(r"[A-Z][\w]*-based")
_WORD_BREAKS = re.compile(r"[\s-]+")


_CYRILLIC_WORD = CYRILLIC_LETTERS | {"-", "'", "’"}  # the letters of a Cyrillic word ("прем'єр")

# kinds of company that Russian and Ukrainian write before its name ("Корпорация Роскосмос")
_ORG_KINDS = {"компания", "корпорация", "госкорпорация", "холдинг", "концерн", "компанія",
              "корпорація", "держкорпорація"}

# a sentence opening with an article and a role noun, then a verb ("La expresidenta dio …")
_ROLE_OPENING = re.compile(r"\s*(?:(?:But|Mais|Pero|Aber|And|Et|Y|Und) )?"  # ("Mais le ministre")
                           r"((?:[Tt]he|[Ee]l|[Ll]a|[Ll]e|[Ll]'|[Ll]’|[Dd]er|[Dd]ie|Il|Lo)\s?"
                           r"([a-zà-ÿß]+))\s+[a-zà-ÿ]")
_NEXT_WORD = re.compile(r"\s([a-zà-ÿß]+)\s+[a-zà-ÿ]")  # the role's second word ("The prime
# minister ratcheted up …")


def _role_as_written(mention: str) -> str:
    """A role capitalised after its article, read as the role: "El Presidente de la Junta"
    as "El presidente de la Junta", "der Limburger Bischof" as "der Bischof" (the German
    adjective of a place, capitalised like the noun after it)."""
    words = mention.split()
    listener = next((n for n in range(2, len(words) - 1) if words[n] in {"der", "dem"} and any(
        m in words[n + 1].lower() for m in _MEDIA_STEMS)), None)
    if listener is not None and words[0].lower() in {"der", "die"}:
        words = words[:listener]  # "der Bischof der Deutschen Presse-Agentur": the listener
        mention = " ".join(words)
    if len(words) < 2 or words[0].lower() not in _DEFINITE or not words[1][:1].isupper():
        return mention
    if is_person_role(_bare_role(words[1].lower())) and (len(words) == 2 or words[2] in _OF_WORDS):
        return " ".join([words[0], words[1].lower(), *words[2:]])
    if len(words) == 3 and words[0].lower() in {"der", "die"} and words[1].endswith("er") \
            and is_person_role(_bare_role(words[2].lower())):
        return f"{words[0]} {words[2]}"
    return mention


_OF_WORDS = {"de", "del", "des", "du", "of"}


_MEDIA_STEMS = ("agentur", "zeitung", "presse", "sender", "magazin", "fernsehen", "rundfunk")


def _sentence_before(text: str, pos: int) -> int:
    """Where the sentence before the one at ``pos`` starts, past a heading between them (a
    line of a few words with no stop)."""
    start = _sentence_start(text, 0, pos)
    for _ in range(2):
        end = start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = _sentence_start(text, 0, end)
        line = text[start + 1:end].strip()
        if len(line.split()) >= 6 or line[-1:] in ".!?»”\"":
            break
    return start


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)$")  # before a sentence
_OPENS_CLAUSE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*|,\s+)$")  # or after its opener


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Where the last sentence before ``hi`` starts, at most back to ``lo`` (-1 when none
    ends in between): after ". ", or after a stop glued to the next word ("könnten.Auch")."""
    cut = max(text.rfind(". ", lo, hi), text.rfind("\n", lo, hi))
    glued = [m.start() for m in GLUED_STOP.finditer(text, max(cut + 1, lo, hi - 400), hi)]
    return glued[-1] if glued else cut


_PARTICIPLE_OPENER = re.compile(r"[\s\"“”]*(?:(?:But|And|Yet|Then),? [a-z]+ing|[A-Z][a-z]+ing)\b")


def _participle_opener(text: str, at: int, pos: int) -> int:
    """Where a participle opening the sentence at ``at`` ends, when the sentence has one before
    ``pos`` ("Standing next to X he added": X is no antecedent of the subject after it); ``pos``
    when it has none."""
    m = _PARTICIPLE_OPENER.match(text, max(at, 0), pos)
    return m.end() if m else pos


def _opening_pronoun(text: str, at: int) -> re.Match | None:
    """"he" or "she" opening the sentence that starts at ``at`` (stops, spaces and quotation
    marks before it skipped)."""
    while at < len(text) and text[at] in " .!?\n\"“”":
        at += 1
    return _SUBJECT_PRONOUN.match(text, at)


@dataclass(frozen=True)
class ParsedName:
    name: str | None
    role: str | None
    kind: str


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or bool(ARTICLE_NAME.match(word))


def _article_surname(words: list[str], n: int) -> bool:
    """"Bruno Le Maire", "Ana La Torre": ``words[n]`` follows a capitalised article inside a
    name, so it is a surname even where it is also a title."""
    return n >= 2 and words[n - 1] in NAME_ARTICLES and _capitalised(words[n - 2]) and \
        words[n][:1].isupper()


def _is_name(words: list[str]) -> bool:
    """Capitalised words, particles allowed inside ("Luca de Meo", "Ursula von der Leyen")."""
    return bool(words) and all(_capitalised(w) or (0 < n < len(words) - 1 and (
        w in NAME_PARTICLES or w == "&")) for n, w in enumerate(words))  # "Marks & Spencer"


@functools.lru_cache(maxsize=65536)
def _titled(word: str) -> bool:
    """A title or role word, hyphenated ones too ("Director-General", "Secretary-General")."""
    low = word.lower().rstrip(",.")
    if is_person_role(low) or len(low) > 5 and low.endswith(
            ("ist", "ician")):  # "Boss Henk Addink", "Guitarist Brian May", "Musician X"
        return low not in ORG_WORDS
    return low in TITLE_WORDS or (low in ROLE_NOUNS and low not in ORG_WORDS) or (
        "-" in low and all(p in TITLE_WORDS or p in ROLE_NOUNS for p in low.split("-"))) or (
        _compound_title(word))


def _compound_title(word: str) -> bool:
    """"EZB-Präsidentin", "US-Präsident": an acronym, a hyphen and a title; "ex-minister": a
    past title; "Vorstandsboss", "Bezirksleiter": a German compound ending in a title."""
    word = word.rstrip(",.")
    parts = word.split("-")
    if len(parts) == 2 and parts[0].isupper() and parts[1].lower() in TITLE_WORDS:
        return True
    if len(parts) == 2 and parts[0].lower() in {"ex", "co"} and (
            parts[1].lower() in TITLE_WORDS or parts[1].lower() in ROLE_NOUNS):
        return True  # "ex-minister Douglas Hogg", "co-chairman Liam Fox"
    return word[:1].isupper() and (_GERMAN_TITLE.fullmatch(word) is not None or len(parts) > 1
                                   and compound_role(word.lower()))  # "ZDF-Moma-Moderatorin"


_GERMAN_TITLE = re.compile(  # a compound ending in a title: "Vorstandsboss", "SPD-Chef"
    r"(?:[A-Z]{2,}-)?\w{3,}-?(?:boss|chef|chefin|leiter|leiterin|präsident|präsidentin|minister"
    r"|ministerin|sprecher|sprecherin|kanzler|kanzlerin|vorsitzende|vorsitzender|trainer|politiker"
    r"|politikerin|direktor|direktorin|spieler|spielerin|vorstand|vorständin|liebling|torhüter"
    r"|torhüterin|torwart|stürmer|stürmerin|kapitän|kapitänin|richter|richterin|anwalt|anwältin)",
    re.IGNORECASE)  # "Personalvorstand", "Fan-Liebling"


_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Cash-strapped": no name's word
# last words of the names of clubs and events, and of places, no surnames ("Bay", "Villa",
# "Hall", "Park" and "Lake" are; "Street" names bodies too: "Downing Street")
_CLUB_ENDS = {"Forest", "City", "United", "Cup", "Cups", "League", "Rovers", "Rangers", "Centre",
              "Center", "Games", "Awards", "County", "Palace", "Athletic", "Albion", "Hotspur",
              "Wanderers", "Trophy", "Championship", "Festival"}
_PLACE_ENDS = {"Camp", "Stadium", "Arena", "Square", "Ocean", "Island", "Islands", "Valley",
               "Airport", "Road", "Station", "Harbour", "Coast", "Mountains"}
# places whose name opens with its kind, in the languages that put the head first ("Théâtre
# Capitole", "Palacio de la Moneda", "Стадион Астана")
_PLACE_STARTS = set("""
Théâtre Palais Place Rue Stade Salle Hôtel Gare Parc Aéroport Teatro Estadio Palacio Plaza Calle
Avenida Aeropuerto Parque Stadion Platz Straße Theater Театр Дворец Стадион Площадь Улица Аэропорт
""".split())
_LEADING_ARTICLES = DETERMINERS | {"l'", "l’"}
_PLURAL_ARTICLES = {"Les", "Los", "Las"}  # of a name: a group ("Les Républicains")
_ACRONYM_ASIDE = re.compile(r"\([A-ZÀ-ÝА-ЯЁІЇЄ]{2,6}\)")
_MEMBERS = {"MP", "MEP", "MSP"}  # after a seat or a party: "the Ealing North MP"
_RELATIVES = {"which", "who", "whose", "whom"}
_EVENTS = {"cup", "championship", "championships", "tournament", "olympics", "prix", "award",
           "awards", "prize", "series", "open", "games"}  # in ORG_WORDS, but no one who speaks
_RELATIONS = {"counterpart", "rival", "wife", "husband", "son", "daughter", "brother", "sister",
              "father", "mother", "partner", "colleague", "predecessor", "successor", "opponent",
              "team-mate", "teammate", "boss", "aide"}  # ("Wenger's Bayern counterpart X")
_SUBJECT_PRONOUN = re.compile(r"(?:he|she)\b", re.IGNORECASE)  # (not "his family")

_BEFORE_A_THING = {"the", "a", "an", "their", "its", "our", "first"}  # "their first Triple
# Crown": capitalised words after these, with no title and no given name, name a thing
_SEATS = {"downing street", "number 10", "no 10", "quai d'orsay", "elysee", "élysée"}
_NO_GIVEN_NAMES = {"former", "senior", "acting", "deputy", "ex", "top", "rival"}  # before a name
_PARTY_ERAS = {"new", "old"}
_MEMBER = {"democrat", "dem"}
_PARTY_WINGS = _PARTY_ERAS | {"scottish", "welsh", "irish", "lib", "english", "british",
                              "liberal"}
# German nouns of a party's members, a title before a name ("der Republikaner Risch") and a
# group alone ("die Republikaner")
_PARTY_MEMBERS = {"republikaner", "republikanerin", "demokrat", "demokratin", "sozialdemokrat",
                  "sozialdemokratin", "christdemokrat", "christdemokratin"}


def _trailing_name(words: list[str]) -> ParsedName | None:
    """"European Central Bank Christine Lagarde", "Deutsche Bank's Mark Wall", "WHO
    Director-General Tedros Adhanom Ghebreyesus", "Derna Mayor Abdulmenam al-Ghaithi", "the
    Minister of Foreign Affairs Ana Ruiz": a personal name of 2-5 words (particles such as
    "bin" not counted) closing a mention that opens with an organisation, an acronym, a
    possessive or a title; the rest is the role."""
    n = len(words)
    while n > 0:
        w = words[n - 1]
        low = w.lower()
        if low in NAME_PARTICLES or ARTICLE_NAME.match(w):
            n -= 1
            continue
        if not w[:1].isupper() or (w.isupper() and len(w) > 1) or w.endswith("'s") \
                or low.rstrip(".") in ORG_WORDS or low in OFFICE_WORDS or _titled(w) and not (
                    n == len(words) and _article_surname(words, n - 1)):  # "… Le Maire"
            break
        n -= 1
    name = words[n:]
    while name and name[0].lower() in NAME_PARTICLES:
        name, n = name[1:], n + 1
    if n and (lead := genitive_lead(name)):
        name, n = name[lead:], n + lead  # "президент Франции Эмманюэль Макрон", "глава Минфина …"
    if n and (lead := next((k for k, w in enumerate(name) if CYRILLIC_NAME.fullmatch(w)), 0)) \
            and len(name) - lead >= 2 and all(CYRILLIC_NAME.fullmatch(w) for w in name[lead:]):
        name, n = name[lead:], n + lead  # "Совладелец Wildberries Владислав Бакальчук": the
        # firm in Latin letters belongs to the role
    if n and len(name) >= 4 and CYRILLIC_NAME.fullmatch(name[-1]):
        # "пресс-секретарь Анны Лебедевой Мария Орлова": the possessor in the genitive
        # belongs to the role; the name is the last two words (three with a patronymic)
        n = len(words) - (3 if _PATRONYMIC.search(name[-2]) else 2)
        name = words[n:]
    prefix = words[:n]
    core = [w for w in name if w.lower() not in NAME_PARTICLES]  # "Mohammed bin Abdulrahman"
    if not 2 <= len(core) <= 5 or not prefix or any(
            w in CAP_STOP and not (w in NAME_ARTICLES and k) for k, w in enumerate(name[:-1])) or \
            name[-1] in CAP_STOP and name[-1] not in SURNAME_MONTHS:  # "… Brian May"
        return None
    if prefix[-1].lower() in {"for", "of", "on", "and", "de", "del", "des", "du"}:
        return None  # "Centers for Disease Control": the organisation's name goes on
    if len(prefix) == 1 and prefix[0].lower() in ORG_WORDS and (
            len(core) < len(name) or prefix[0].istitle() and core[0].lower() not in given_names()):
        return None  # "Organización Mundial de la Salud", "Banco Central de Chile", "Coalition
        # Avenir Québec": one name (not "Kremlin Dmitry Peskov")
    if prefix[-1].lower() in ORG_WORDS and all(FRENCH_ADJECTIVE.search(w.lower()) for w in core):
        return None  # "Consejo Nacional Electoral": the body's adjectives, no one's name
    if not any(w.endswith("'s") or (w.isupper() and len(w) > 1) or _titled(w)
               or w.lower().rstrip(".").removesuffix("'s") in ORG_WORDS for w in prefix):
        return None
    role = " ".join(prefix).removesuffix("'s").strip(", ") or None
    return ParsedName(" ".join(name), role, "person")


_MEDIA_NOUNS = {"newspaper", "paper", "daily", "website", "site", "portal", "broadcaster",
                "channel", "magazine", "outlet", "tabloid", "weekly", "station", "newsletter",
                "blog", "journal", "zeitung", "periódico", "diario", "газета"}


_KIND_NOUNS = _MEDIA_NOUNS | BODY_NOUNS
_LATTER = {"тот"}  # a pronoun for the person named last, not the subject going on
_MEDIUM_HEADS = {"online", "news", "radio", "tv", "television", "agency"}  # a medium's name's
# last word


# kinds of firm, which a nationality describes without naming ("the US government", "a German
# court" are names enough)
_FIRMS = {"company", "firm", "bank", "group", "carmaker", "automaker", "giant", "operator",
          "producer", "maker", "insurer", "lender", "retailer", "airline", "manufacturer"}


def _national_kind(words: list[str]) -> bool:
    """"The US company", "A German bank": an article, a nationality and a body's lowercase
    kind, which describe a body the page named (or no one), no body's name."""
    return 3 <= len(words) <= 4 and words[0].lower() in DETERMINERS and words[-1] in _FIRMS \
        and all(w.lower() in country_words() or _NATIONALITY.fullmatch(w) for w in words[1:-1])


def _medium_name(words: list[str]) -> str | None:
    """"French newspaper Le Figaro" -> "Le Figaro"; "the Politico website" -> "Politico": a
    news medium named with its kind; "Valdoria's state gas company Valdogaz" -> "Valdogaz": a
    body after its kind."""
    lows = [w.lower() for w in words]
    if words and words[-1] in LOWERCASE_AGENCIES and all(w[:1].isupper() or w in DETERMINERS
                                               for w in words[:-1]):
        return words[-1]  # "die dpa", "die Nachrichtenagentur dpa"
    for n, w in enumerate(lows):
        if w not in _KIND_NOUNS or words[n][:1].isupper():
            continue
        after, before = words[n + 1:], words[:n]
        if after and all(_capitalised(x) for x in after) and len(after) <= 4 and (
                w in _MEDIA_NOUNS or not any(_titled(x) for x in after)):
            return " ".join(after)
        if w in BODY_NOUNS:
            continue
        if not after and before and all(_capitalised(x) for x in before) and len(before) <= 4 \
                and not (_NATIONALITY.fullmatch(before[-1]) and (
                    not before[-1].endswith("i") or before[-1].lower() in country_words())):
            return " ".join(before)  # "the Yomiuri newspaper" (not "the Qatari channel")
    return None


_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ish|ian|ean|ese|an|ic|i|ch)")  # Finnish, Qatari


# words of ORG_WORDS that are surnames too, after a given name or a title ("Liam Fox", "Mr Fox")
_SURNAME_ORG_WORDS = {"fox", "house", "press", "court", "bank", "field"}
_HEARSAY = {"reports", "rumours", "rumors", "speculation", "documents", "forecasts",
            "figures", "statistics"}  # no one who speaks
_QUANTIFIERS = {"All", "Some", "Many", "Most", "Both", "Several", "Few", "Each", "Every", "Any"}
_CROWD_WORDS = {"the", "many", "some", "most", "other", "several", "few"}  # before a crowd
_DEMONYMS = {"spaniard", "scot", "briton", "brit", "aussie"}  # not of _NATIONALITY's shape
_COMPASS = {"West", "East", "North", "South", "Northern", "Southern", "Western", "Eastern",
            "Central"}
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична)$")


_MARKS = OPEN_DOUBLE + CLOSE_DOUBLE + AMBIGUOUS_DOUBLE
_NAME_MARKS = str.maketrans("", "", _MARKS)  # "die „Bild“"


# title words that are also surnames after a given name or an honorific ("Mervyn King", "Mr
# Dean"; fewer than speaker_names.SURNAME_TITLES, which sees whole names: "Tory Leader" is none)
_SURNAME_TITLES = {"king", "dean", "bishop", "judge", "major", "pope", "marshal", "knight",
                   "champion", "constable", "richter"}  # ("Steven Richter": German "judge")
_RESEARCH_ADJECTIVES = {"new", "latest", "recent", "fresh", "early", "previous", "further",
                        "more", "other", "some", "our", "their", "its", "much", "separate"}
# ^ before "Research" in title case, no firm's name ("New Research shows")
_SURNAME_ROLES = {"poll"}  # role nouns that are surnames only after a given name ("Graham Poll")
_TITLE_LIKE = TITLE_WORDS | TITLE_MODIFIERS | ROLE_NOUNS


def _genitive_body(chunk: str) -> str:
    """"Kritik der IG Metall" -> "IG Metall": a German noun governing a body's name that opens
    with an acronym or is a known body (not "Verband der Automobilindustrie")."""
    for sep in (" der ", " des "):
        lead, found, tail = chunk.partition(sep)
        if found and " " not in lead and (canonical_organisation(tail) or _acronym(
                tail.split()[0]) and parse_mention(tail).kind == "organisation"):
            return tail
    return chunk


# a body's place or field after its name ("Red Eléctrica de España")
_OF_PHRASE = r"(of the |of |de la |de l['’]|del |de |du |des |für |der )"


def _named_by(name: str, heads: set[str]) -> bool:
    """Whether an organisation's name holds one of the head nouns ("Gobierno de México"), or
    ends a German compound with one ("Kantonspolizei Wallis")."""
    return any(re.sub(r"['’]s$", "", w.lower()) in heads or w.lower().endswith(
        _GERMAN_BODIES) and w.lower().endswith(tuple(heads)) for w in name.split())


# German bodies, also as the head of a compound: "Kantonspolizei", "Landesregierung",
# "Staatsanwaltschaft Köln" (a body before a place or a name, not a title)
_GERMAN_BODIES = ("polizei", "regierung", "gericht", "partei", "schaft", "ministerium", "konzern",
                  "stiftung", "vereinigung", "zeitung", "verwaltung")


# its complement: the phrase, then the words after it ("de España")
_COMPLEMENT = re.compile(rf"{_OF_PHRASE}((?:[^\W\d_][\w'’-]*)(?: [^\W\d_][\w'’-]*)*)")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# a capitalised word inside a sentence: after a space that follows no stop, colon or quote
_INNER_CAPITAL = re.compile(r"(?<=[^.!?:\n\"“‘'] )([A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w-]*)")
# a body's head noun in lowercase before its capitalised complement ("ministère de l'Intérieur")
_LOWER_HEAD = re.compile(rf"\b(\w+) {_OF_PHRASE}$")


def _acronym(word: str) -> bool:
    """"NATO", "U.S.", "RN"; not an initial ("M. Barnier", "J Smith")."""
    return word.isupper() and len(word.replace(".", "")) > 1


_CYRILLIC_INITIAL = re.compile(r"[А-ЯЁІЇЄҐ]\.")
_INITIAL_SURNAME = re.compile(r"([A-ZА-ЯЁІЇЄҐ])\.\s?([A-ZА-ЯЁІЇЄҐ][\w'’-]+)")  # "L. Holm"
_TWO_INITIALS = re.compile(r"[A-Z]{2}")
_NO_ONE_IN_PARTICULAR = {"anyone", "anybody", "everyone", "everybody", "someone", "somebody",
                         "nobody"}


@functools.lru_cache(maxsize=65536)
def parse_mention(mention: str) -> ParsedName:
    """Split "Russian President Vladimir Putin" into name and role; detect organisations."""
    words = [w for w in mention.replace("’s ", "'s ").translate(_NAME_MARKS).split()
             if w[:1] != "(" or not _ACRONYM_ASIDE.fullmatch(w)]  # "Consejo Nacional Electoral
    # (CNE) de …"
    words[-1:] = unglue(words[-1:])  # "Le président guinéen, MamadiDoumbouya"
    cut = next((n for n, w in enumerate(words) if n and w in _RELATIVES), len(words))
    while cut and words[cut - 1] in {"-", "–", "—", ","}:
        cut -= 1
    words = words[:cut]  # "The IAAF - which said …", "the X Group which represents …"
    if len(words) > 2 and words[-2] == "on" and words[-1].lower() in WEEKDAYS and (
            words[-3].lower() in ORG_WORDS or all(w[:1].isupper() for w in words[1:-2])
            and words[0][:1].isupper() and not is_role_plural(words[-3])):
        words = words[:-2]  # "figures revealed by the Electoral Commission on Wednesday",
        # "Culture Secretary Tessa Jowell on Tuesday" (not "filed in Los Angeles on Friday",
        # "Labour MPs on Monday": a place, a group)
    if len(words) > 3 and words[0].lower() in given_names() and words[1][:1].isupper() and \
            set(words[0].lower()) <= _CYRILLIC_WORD and words[2].islower() and \
            is_person_role(words[2]):
        return ParsedName(" ".join(words[:2]), " ".join(words[2:]), "person")  # "Николай
        # Холмюк министр аграрной политики": the name, then the role with no comma
    initials = next((n for n, w in enumerate(words) if _CYRILLIC_INITIAL.fullmatch(w)), None)
    if initials is not None:
        e = initials
        while e < len(words) and _CYRILLIC_INITIAL.fullmatch(words[e]):
            e += 1
        if len(words) - e >= 3 and words[e + 1].lower() in given_names():
            named = parse_mention(" ".join(words[e:]))  # "им. К. Э. Циолковского Игорь
            # Холмов": the initials of a namesake in the genitive, then the speaker's name
            return ParsedName(named.name, " ".join([*words[:e], *filter(None, [named.role])]),
                              named.kind) if named.name else named
    if len(words) >= 3 and _TWO_INITIALS.fullmatch(words[-2]) and _capitalised(words[-1]) and \
            is_role_noun(words[-3]) and words[-3] not in ORG_WORDS:
        return ParsedName(" ".join(words[-2:]), " ".join(words[:-2]), "person")  # "author JK
        # Rowling": a person's initials after a role (alone, or after "bank", "JP Morgan" may
        # be the bank; not "Zara Holm of UK Athletics")
    tail = len(words)
    while tail and _capitalised(words[tail - 1]):
        tail -= 1
    if words and words[-1] == "Research" and len(words) - tail >= 2 and \
            words[tail].lower() not in DETERMINERS | _RESEARCH_ADJECTIVES and \
            all(w.islower() for w in words[:tail]):
        return ParsedName(" ".join(words[tail:]), None, "organisation")  # "Jupiter Research",
        # "analysts Continental Research": a firm's name, not the research (not "Ana Holm of
        # Argus Research", "the Institute of … Research")
    if len(words) > 1 and words[0].lower() == "former" and all(
            _capitalised(w) and not _titled(w) for w in words[1:]):
        return ParsedName(None, " ".join(words), "person")  # "Former All Black" (star X): a
        # team or a country after "former", no one's name
    if len(words) > 1 and words[-1] in {"Spokesman", "Spokeswoman", "Spokesperson"}:
        return parse_mention(" ".join([*words[:-1], words[-1].lower()]))  # "the Foreign
        # Office Spokesperson": a title-cased role, no body's name
    if len(words) > 2 and words[0] in {"Me", "Maître"} and _is_name(words[1:]):
        words = words[1:]  # "Me Ana Holm": a French lawyer's title (Maître), no name of hers
    while words and words[0].lower() in _LEADING_ARTICLES and not (
            words[0] in NAME_ARTICLES and (len(words) == 2 or len(words) == 3 and words[
                2] in _MEDIA_NOUNS) and words[1][:1].isupper()
            and not _titled(words[1]) and words[1].lower() not in ORG_WORDS
            and not _acronym(words[1])):
        words = words[1:]  # not the article of a name: "Le Pen", "Le Figaro (newspaper)",
        # "La Réunion"; but of an acronym: "El PP", "Le RN"
    if any(w.lower() in FAMILIAR and words[n + 1].lower() in {"with", "to", "on", "about"}
           for n, w in enumerate(words[1:-1], 1)) or len(words) > 1 and words[
                0].lower() in SOURCE_NOUNS:  # ("Fuentes de la Casa Rosada": unnamed sources)
        return ParsedName(None, " ".join(words), "person")  # "sources close to Ana Ruiz": who
        # know, no one by name (not whom they are close to)
    if not _WITHOUT.isdisjoint(words[1:-1]) and all(w[:1].isupper() for w in words):
        return ParsedName(" ".join(words), None, "organisation")  # "Reporters Without Borders"
    if _speaks_for_named(words):
        return ParsedName(None, " ".join(words), "person")  # the staff who speak for a
        # person, not the person
    if " ".join(words).lower() in _SEATS:
        return ParsedName(" ".join(words), None, "organisation")  # "Downing Street": a
        # government by its address, no one's name
    if words and words[-1][:1].isupper() and (
            len(words) == 1 and words[0].lower() in PARTY_NAMES or len(words) == 2 and words[
                0].lower() in _PARTY_WINGS and words[1].lower() in PARTY_NAMES | _MEMBER):
        # a party by the name its members go by, alone or after its wing or nation ("Lib
        # Dems", "Scottish Labour"): a body, no one "he" is; "New Labour" is Labour, in its
        # day; "Liberal Democrat", "Lib Dem" (a member's word) the party
        name = words[-1] if words[0].lower() in _PARTY_ERAS else " ".join(words)
        return ParsedName(name + "s" if words[-1].lower() in _MEMBER else name, None,
                          "organisation")
    if any(w in _MEMBERS for w in words[:-1]) and "for" in words:
        return ParsedName(None, " ".join(words), "person")  # "the Tory MP for Sleaford": a
        # seat, no name
    if len(words) == 2 and words[0] in _PLURAL_ARTICLES:
        return ParsedName(" ".join(words), None, "organisation")  # "Les Républicains", "Los
        # Pumas", "Les Québécois": a party, a team or a people, never one person
    if len(words) > 3 and words[0].isdigit() and words[1] == "Jahre" and \
            words[2] in {"alte", "alter", "alten"}:
        words = words[3:]  # "die 38 Jahre alte Neuner": her age, then the name
    if words and ("." in words[-1] and SITE_NAME.search(words[-1].lower())
                  or len(words) <= 3 and " ".join(words).lower() in MEDIA_NAMES):
        return ParsedName(" ".join(words), None, "organisation")  # "France Inter",
        # "Kazpravda.kz": a medium, no one a pronoun stands for
    if words and words[0][:2].lower() in {"l'", "l’"} and words[0][2:3].isupper():
        words[0] = words[0][2:]  # "L'Union africaine"
    elif words and words[0][:2].lower() in {"l'", "l’"} and words[0][2:3].islower() and (
            words[0][2:4].lower() == "ex" or words[0][2:].lower() in ROLE_ADJECTIVES):
        return ParsedName(None, " ".join([words[0][2:], *words[1:]]), "person")  # "L'ex-président
        # français", "l'ex-chef de l'Etat", "L'ancien Marseillais": the article of a role
    if len(words) > 1 and words[0].lower() in _ORG_KINDS and words[1][:1].isupper():
        words = words[1:]  # "Корпорация Роскосмос", "компания Wildberries": the name alone
    if len(words) == 2 and set(words[0].lower()) <= _CYRILLIC_WORD and \
            is_person_role(words[0].lower()) and words[1][:1].isupper() and is_latin(words[1]):
        return ParsedName(None, " ".join(words), "person")  # "Глава Wildberries": the head
        # of a body whose brand a Russian page writes in Latin letters, not a person's name
    if len(words) > 1 and words[0].lower() in FOREIGN_BODIES and words[0][:1].isupper() and \
            set(words[0].lower()) <= _CYRILLIC_WORD and all(w.islower() for w in words[1:3]):
        return ParsedName(" ".join(words), None, "organisation")  # "Министерство обороны": a
        # body, its complement in the genitive
    if len(words) > 2 and words[0][:1].isupper() and set(words[0].lower()) <= _CYRILLIC_WORD \
            and any(w in CYRILLIC_BODIES for w in words[1:3]):
        return ParsedName(" ".join(words), None, "organisation")  # "Белорусский фонд
        # спортивной солидарности": a body, its adjective first
    if len(words) > 1 and set(words[0].lower()) <= _CYRILLIC_WORD and is_role_noun(
            words[0].lower()) and (all(_acronym(w) or w.islower() for w in words[1:]) or all(
                w[:1].isupper() and obliqueness(w)[0] for w in words[1:])):
        return ParsedName(None, " ".join(words), "person")  # "Президент США", "Глава
        # (российского) МИД": a role and the body or country it serves; "Тренер Холмовой":
        # the role of a person named in the genitive, not that person
    if len(words) > 1 and words[-1] in _MEMBERS and words[0] != mention.split()[0]:
        return ParsedName(None, " ".join(words), "person")  # "the Ealing North MP": a role
    while len(words) > 2 and words[-1].isupper() and words[-1].lower() in POSTNOMINALS:
        words = words[:-1]  # "Frank Field MP", "Guy Mansfield QC": letters after a name
    if len(words) > 1 and words[0].lower() in _PARTY_MEMBERS and _is_name(words[1:]):
        return ParsedName(" ".join(words[1:]), words[0], "person")  # "der Republikaner Risch"
    lead = 0
    while lead < len(words) - 1 and (_COMPOUND_ADJECTIVE.fullmatch(words[lead])
                                     or AGE_NOUN.fullmatch(words[lead].lower())):
        lead += 1  # "Cash-strapped US companies", "Oscar-nominated Liam Neeson", "der
        # 86-jährige Blatter"
    if lead and len(words) == lead + 1 and AGE_NOUN.fullmatch(words[lead - 1].lower()) and (
            words[lead].lower() in country_words() or words[lead].lower() in _DEMONYMS
            or _NATIONALITY.fullmatch(words[lead]) and words[lead].endswith(("ian", "ese"))):
        return ParsedName(None, " ".join(words), "person")  # "the 24-year-old Swiss": a role
    if lead:
        named = parse_mention(" ".join(words[lead:]))
        return ParsedName(named.name, " ".join(filter(None, [*words[:lead], named.role])),
                          named.kind) if named.name else named
    if len(words) > 2 and re.search(r"['’]s$", words[0]) and all(
            w[:1].isupper() for w in words[1:]) and words[-1].lower() not in _OFFICE_HEADS \
            and words[0][:-2].lower() not in country_words():  # ("Mexico's" says whose)
        named = parse_mention(" ".join(words[1:]))  # "Pearson's Financial Times": the paper
        if named.kind == "organisation" and named.name and not is_generic(named.name):
            return named  # (not "Spain's High Court")
    if len(words) > 1 and (words[-1] in _CLUB_ENDS | _PLACE_ENDS or words[0] in _PLACE_STARTS
                           ) and _is_name(words):
        return ParsedName(None if words[-1] in _PLACE_ENDS else " ".join(words), None,
                          "organisation")  # "Nottingham Forest" (a club), "Nou Camp" (a
        # place, no body): no one who takes "he"
    if len(words) == 2 and words[0].lower() in _NO_GIVEN_NAMES and words[1][:1].isupper():
        named = parse_mention(words[1])  # "Senior Tories", "Former Chelsea": no one's name
        if named.name:
            return ParsedName(named.name, words[0], named.kind)
    lead = genitive_lead(words) or _body_before_given_name(words)  # "Казахстана Иван Сомов"
    # (after "министр энергетики"), "Роскосмос Игорь Маринин" (after "член совета госкорпорации")
    if lead and (named := parse_mention(" ".join(words[lead:]))).kind == "person" and named.name:
        return ParsedName(named.name, " ".join([*words[:lead], *filter(None, [named.role])]),
                          "person")
    marked = mention.split()[len(mention.split()) - len(words):] if words else []
    if marked and marked[0][:1] in _MARKS and marked[-1][-1:] in _MARKS and _is_name(words):
        return ParsedName(" ".join(words), None, "organisation")  # "die „Bild“": a title
    lead = 0  # "an emotional Gukesh", "a visibly moved Ana Ruiz": the name after the mood
    while lead < min(len(words) - 1, 2) and words[lead].isalpha() and words[lead].islower() \
            and not _titled(words[lead]) and words[lead] not in NAME_PARTICLES | CONNECTORS \
            and words[lead] not in ROLE_NOUNS | _KIND_NOUNS and not (
                is_past_role(words[lead])):  # (not "watchdog Ofcom": the body's kind)
        lead += 1
    if lead and words[lead][:1].isupper() and _is_name(words[lead:]):
        words = words[lead:]
    of = words.index("of") if "of" in words[2:-1] else 0
    titles = next((n for n in range(of) if not (_titled(words[n]) or words[n].lower() in
                                                TITLE_MODIFIERS or words[n] in OFFICE_WORDS)),
                  of)  # "champion Ivo Marsh", "aviation analyst Mike Powell of …"
    if titles and words[0].lower() in PEERAGES:
        if of == 2 and titles == 1 and len(words) == 4 and _capitalised(words[3]):
            return ParsedName(" ".join(words), None, "person")  # "Lord Nicholls of
            # Birkenhead": a peer's title is his name, whole (not a Nicholls of the page)
        of = 0
    if of and _is_name(words[titles:of]) and _is_name(words[of + 1 + (words[of + 1] == "the"):]) \
            and not any(w.rstrip(".").lower() in ORG_WORDS or _titled(w) or w.isupper()
                        for w in words[titles:of]):
        words = words[:of]  # "Magnus Carlsen of Norway", "David Wyss of Standard & Poor's": the
        # person, not the country or the firm
    if "&" in words and _is_name(words):
        return ParsedName(" ".join(words), None, "organisation")  # "Marks & Spencer"
    medium = _medium_name(words)
    if medium is not None:
        return ParsedName(medium, None, "organisation")
    if len(words) == 2 and words[0][:1].isupper() and not words[0].isupper() and \
            not words[0].endswith("'s") and words[1].isalpha() and words[1].islower() and \
            FRENCH_ADJECTIVE.search(words[1]) and not _titled(words[0]) and not _titled(words[1]):
        return ParsedName(" ".join(words), None, "organisation")  # "Rassemblement national"
    if len(words) == 2 and _capitalised(words[1]) and words[1].lower() not in given_names() and (
            words[0].endswith("sche") and words[0].lower() in country_words()
            or words[0][:1].isupper() and words[0].lower().endswith(_GERMAN_BODIES)):
        return ParsedName(" ".join(words), None, "organisation")  # "Deutsche Bahn": a German
        # adjective of a country, then a noun; "Kantonspolizei Wallis": a body, then its place
    if len(words) >= 3 and words[0].lower() in country_words() and _is_name(words[1:]) and \
            words[0].lower() != words[0] and not any(
                w.lower().removesuffix("'s") in ORG_WORDS or _titled(w) for w in words):
        return ParsedName(" ".join(words[1:]), words[0], "person")  # "Russian Ian Nepomniachtchi"
    lows = [w.lower().strip(",") for w in words]
    if len(words) > 3 and lows[0] in FOREIGN_BODIES and lows[1] in country_words() and \
            lows[2] in {"de", "du", "del", "des"}:  # "le ministère français de l'Intérieur"
        named = parse_mention(" ".join(words[:1] + words[2:]))
        if named.name:
            first, _, rest = named.name.partition(" ")
            return ParsedName(f"{first} {words[1]} {rest}", None, "organisation")
    if len(words) > 2 and (lows[0] in FOREIGN_BODIES and lows[1] in {"de", "du", "del"} or
                           lows[0] in _OFFICE_HEADS | {"prefecture"} and lows[1] == "of") \
            and (_is_name(_adjective_off(words[2:])) or len(words) > 3 and lows[2] in {
                "la", "las", "los"} and _is_name(_adjective_off(words[3:]))):  # "la préfecture
            # de La Réunion", "the prefecture of X", "le ministère de la Santé", "… de
            # l'Éducation nationale"
        return ParsedName(" ".join([words[0][:1].upper() + words[0][1:], *words[1:]]), None,
                          "organisation")
    complement = _role_complement_name(words, lows)
    if complement is not None:
        return complement
    trailing = _trailing_name(words)
    if trailing is not None:
        return trailing
    based = next((n for n, w in enumerate(words) if _BASED.fullmatch(w)), None)
    if based is not None:  # "the San Francisco-based US Court of Appeals": the place, whole
        words = words[based + 1:] if all(_capitalised(w) for w in words[:based]) else \
            words[:based] + words[based + 1:]
    if words and words[0].lower() in ROLE_NOUNS and words[0].lower() not in ORG_WORDS:
        for n, w in enumerate(words[1:7], 1):  # "experts at X Institute", "a survey by X"
            if w in {"at", "from", "by", "for"} and any(  # "a spokesman for the X Trust"
                    x.rstrip(".").lower() in ORG_WORDS for x in words[n + 1:] if x[:1].isupper()):
                return parse_mention(" ".join(words[n + 1:]))
            body = words[n + 1 + (words[n + 1:n + 2] == ["the"]):]
            if w == "for" and words[0].lower() in _SPOKES and 0 < len(body) <= 5 and all(
                    x[:1].isupper() for x in body) and body[0].lower() not in given_names() \
                    and not is_honorific(body[0]):
                return ParsedName(" ".join(body), None, "organisation")  # "a spokesman for
            # Lufthansa", "for the DCA", "for Royal Mail" (not "for Michael Howard")
            if w in {",", "who", "that", "and"}:
                break
    if not words:
        return ParsedName(None, None, "person")
    lows = [w.lower().strip(",") for w in words]
    surname_org = len(words) >= 2 and lows[-1] in _SURNAME_ORG_WORDS and (
        lows[-2] in given_names() or is_honorific(words[-2]))  # "Liam Fox", "Mr Fox": a
    # surname that also names bodies
    surname_at = len(words) - 1 if len(words) > 1 and lows[-1] in _SURNAME_TITLES and (
        is_honorific(words[-2]) or words[-2][:1].isupper() and not _titled(words[-2]) and
        lows[-2] not in TITLE_MODIFIERS | ORG_WORDS and lows[-2] not in country_words()) or (
        len(words) > 1 and lows[-1] in _SURNAME_ROLES and lows[-2] in given_names()) else -1
    # ^ "Mervyn King", "Mr Dean": a title word that is the surname after a given name
    if _article_surname(words, len(words) - 1) and not _titled(words[-3]) and \
            lows[-3] not in ORG_WORDS:
        surname_at = len(words) - 1  # "Bruno Le Maire"
    last_title = max((n for n, w in enumerate(lows) if (
        w in TITLE_WORDS or (w in ROLE_NOUNS and w not in ORG_WORDS and not (
            w in _GIVEN_ROLES and words[n][:1].isupper())) or _compound_title(words[n])
        or is_past_role(w))  # "la expresidenta Cristina Kirchner"
        and w not in TITLE_MODIFIERS and n != surname_at), default=-1)
    fallback = max((n for n, w in enumerate(lows) if w in TITLE_WORDS), default=-1)
    if last_title < 0 and fallback >= 0 and len(words) - fallback - 1 >= 2:
        last_title = fallback  # "Police chief Omar Diallo"
    rest = words[last_title + 1:]
    if rest and surname_at < 0 and all(w.lower() in _TITLE_LIKE for w in rest):
        rest = []  # "the Lord Chief Justice": a title, no name
    elif rest and last_title >= 0 and all(map(genitive_complement, rest)):
        last_title, rest = len(words) - 1, []  # "президент России": the country is the role's
    if last_title >= 0 and (is_honorific(words[last_title]) or words[last_title][:1].isupper()
                            and lows[last_title] in TITLE_WORDS) and (
                len(rest) == 2 or len(rest) == 3 and rest[0] in {"von", "van"}) and \
            all(w in NAME_PARTICLES for w in rest[:-1]) and rest[0] not in GERMAN_ARTICLES \
            and _capitalised(rest[-1]):
        return ParsedName(" ".join(rest), " ".join(words[:last_title + 1]), "person")  # "Mr
        # de Vabres", "President da Silva", "Frau von der Leyen": an honorific or a capitalised
        # title, then a surname with its particles (not "le maire de Tromsø", nor a genitive:
        # "Sprecher der Stadt")
    if "'s" not in " ".join(words) and rest and _is_name(rest) \
            and not any(w.rstrip(".").lower() in ORG_WORDS or _acronym(w)
                        for w in (rest[:-1] if surname_org else rest)) \
            and (last_title >= 0 or len(rest) >= 2):
        given = next((n for n, w in enumerate(rest[:4]) if w.lower() in given_names()), 0)
        if len(rest) - given >= 2 and given and not any(
                w.lower() in NAME_PARTICLES for w in rest[:given]):  # "Verhandlungsführerin
            return ParsedName(" ".join(rest[given:]), " ".join(words[:last_title + 1] + rest[
                :given]), "person")  # Christine Holm", "Biathlon-Ikone Magdalena Neuner", "Lib
            # Dem Norman Baker", "Chief Constable Alastair X": a noun or a party before a known
            # given name is a title, or the end of one
        return ParsedName(" ".join(rest), " ".join(words[:last_title + 1]) or None, "person")
    of = next((n for n in range(1, min(len(lows), 4)) if lows[n] in {"of", "at"}), 0)
    if of and (lows[of - 1] in ROLE_NOUNS or lows[of - 1] in TITLE_WORDS and lows[
            of - 1] not in TITLE_MODIFIERS) and lows[of - 1] not in ORG_WORDS and all(
            not w[:1].isupper() or w.lower() in ROLE_ADJECTIVES or _NATIONALITY.fullmatch(w)
            for w in words[:of - 1]):  # "the Finnish director of the … Institute": a role
        return ParsedName(None, " ".join(words[:of]), "person")
    if any(w.rstrip(".").lower() in ORG_WORDS or _acronym(w) and w.lower() not in TITLE_WORDS
           for w in (words[:-1] if surname_org else words)) \
            and not ((lows[-1] in ROLE_NOUNS or is_person_role(lows[-1])) and lows[-1] not in
                     ORG_WORDS and not words[-1][:1].isupper()):  # "Institute for … Studies"
        # is a name; "the United boss" a role
        name = " ".join(words)
        cap = len(words)
        while cap > 0 and words[cap - 1][:1].isupper():
            cap -= 1
        if not name[:1].isupper() and 0 < cap <= 4 and cap < len(words) and all(
                w.islower() and w.isascii() and w not in _COMPLEMENTS for w in words[:cap]) \
                and (words[cap - 1] in ORG_WORDS or any(w.lower() in ORG_WORDS
                                                        for w in words[cap:])):
            name = " ".join(words[cap:])  # "the statistics office Holmstat", "the official
            # Xinhua News Agency": its name
        return ParsedName(_office_of(name) if name[:1].isupper() else None, None,
                          "organisation")
    owned = _owner_role_name(words)  # "Chelsea boss Mourinho", "Putin's spokesman Peskov"
    if owned is not None:
        return owned
    if "'s" in " ".join(words):
        head = " ".join(words).split("'s ")[-1]
        if len(head.split()) >= 2 and _is_name(head.split()) and surname_at >= 0:
            return ParsedName(head, None, "person")  # "Deutsche Bank's Simon Champion"
        if len(head.split()) == 2 and is_honorific(head.split()[0]) and _capitalised(
                head.split()[1]):
            return ParsedName(head.split()[1], head.split()[0], "person")  # "Flight
            # International's Mr Holm"
        return ParsedName(None, head, "person")
    role = " ".join(words[:last_title + 1]) or None
    if rest and _is_name(rest) and rest[0] not in GERMAN_ARTICLES:  # ("Sprecher der Stadt":
        return ParsedName(" ".join(rest), role, "person")             # a genitive, no name)
    return ParsedName(None, " ".join(words) if rest and rest[0] in GERMAN_ARTICLES else role,
                      "person")


_WITHOUT = {"Without", "Sans", "Sin", "Ohne"}  # inside a body's name, never a person's
# who speak for someone ("a spokesman for", "un portavoz del", "ein Sprecher des",
# "представитель министра"), and the words between them and their principal
_STAFF = {"spokesman", "aide", "adviser", "advisor", "assistant", "помощник", "советник",
          "помічник", "радник", "conseiller", "conseillère", "asesor", "asesora", "berater",
          "beraterin"}  # who speak for someone
_STAFF_WORDS = _STAFF | {"spokeswoman", "spokesperson", "representative", "portavoz", "vocero",
                         "vocera", "porte-parole", "sprecher", "sprecherin", "представитель",
                         "представник", "речник"}  # (the words of each, not only groups)
_STAFF_LINKS = {"for", "to", "of", "de", "del", "du", "des", "der", "von", "vom"}


def _speaks_for_named(words: list[str]) -> bool:
    """Whether the name closing a mention is the principal of a spokesperson or an aide named
    before it: "a spokesman for Mr Blair", "an aide to President X", "ein Sprecher des
    Ministers X", "представитель министра Ивана Холмова" (a title right before the name, in
    Russian and Ukrainian a role and a name in the genitive; "spokesman for sport Hugh
    Robertson" and "the spokesman for the ministry, John Holm" name the spokesman)."""
    if _STAFF_WORDS.isdisjoint(map(str.lower, words[:4])):
        return False  # (most mentions: no spokesman nor aide)
    staff = next(n for n, w in enumerate(words[:4]) if w.lower() in _STAFF_WORDS)
    if len(words) < staff + 3 or any("," in w for w in words):
        return False
    owner = words[staff + 1:]
    if role_in_genitive(owner[0], is_person_role):
        return nominative(" ".join(owner[1:]), "gen") != " ".join(owner[1:])
    if owner[0] not in _STAFF_LINKS:
        return False
    owner = german_genitive(owner[:2]) + owner[2:] if owner[0] == "des" else owner[1:]
    parsed = parse_mention(" ".join(owner))
    title = (parsed.role or "").split()[-1:]
    return parsed.kind == "person" and bool(parsed.name) and bool(title) and (
        is_honorific(title[0]) or _titled(title[0]) or _compound_title(title[0]))


def _body_before_given_name(words: list[str]) -> int:
    """1 for a Cyrillic name of three words whose second, not its first, is a given name
    (romanised): the first is the body whose member the title made the person; else 0."""
    if len(words) != 3 or not all(w[:1].isupper() and set(w.lower()) <= _CYRILLIC_WORD
                                  for w in words):
        return 0
    first, second = (romanise(w).lower() for w in words[:2])
    return int(second in given_name_genders() and first not in given_name_genders())


def _adjective_off(words: list[str]) -> list[str]:
    """A body's name without the lowercase adjective closing it ("Éducation nationale")."""
    return words[:-1] if len(words) > 1 and words[-1].islower() and FRENCH_ADJECTIVE.search(
        words[-1]) else words


def _owner_role_name(words: list[str]) -> ParsedName | None:
    """"Chelsea boss Jose Mourinho", "Falcons chief Andrew", "EEF chief economist Steve
    Radley": a capitalised owner, a role in lowercase words, then a personal name."""
    lower = [n for n, w in enumerate(words) if w.islower()]
    if not lower or lower[0] == 0 or lower[-1] >= len(words) - 1 \
            or lower != list(range(lower[0], lower[-1] + 1)):
        return None
    roles = role_groups()[0]
    role_word = lambda w: w in ROLE_NOUNS or w in roles or w in TITLE_WORDS  # noqa: E731
    middle = words[lower[0]:lower[-1] + 1]
    name = words[lower[-1] + 1:]
    if not any(map(role_word, middle)) \
            or not all(role_word(w) or w in TITLE_MODIFIERS for w in middle) \
            or not all(w[:1].isupper() for w in words[:lower[0]]) or not _is_name(name) \
            or any(w.lower().rstrip(".") in ORG_WORDS or w.isupper() or w in CAP_STOP
                   for w in name):
        return None
    return ParsedName(" ".join(name), " ".join(words[:lower[-1] + 1]), "person")


_SPOKES = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople", "statement",
           "sprecher", "sprecherin"}


# one spokesperson (the singulars of _SPOKES, and the Romance words) -> the gender the word says
_SPOKESPEOPLE = {"spokesman": "m", "spokeswoman": "f", "spokesperson": "", "sprecher": "m",
                 "sprecherin": "f", "portavoz": "", "porte-parole": "", "vocero": "m",
                 "vocera": "f"}


def _spokesperson(mention: str) -> str | None:
    """Whether ``mention`` is a spokesperson ("a BaFin spokeswoman", "the spokesman", "a
    spokesman for the ministry", "ein Konzernsprecher"): their gender ("m", "f", or "" when the
    word does not say); else None."""
    words = mention.lower().split()
    if not words or words[0] not in _INDEFINITE | _DEFINITE:
        return None  # ("Ann Lee, spokeswoman for X": the role of someone named)
    for word in words:
        if word in _OF_WORDS or word == "for" or word.endswith(","):
            break  # (the body's name after it)
        word = compound_tail(word, _SPOKESPEOPLE, 7) or word if len(word) > 11 else word
        if word in _SPOKESPEOPLE:
            return _SPOKESPEOPLE[word]
    return None


def _body_spokesman(role: str | None) -> str | None:
    """The body noun of a German compound spokesman ("Konzernsprecher" -> "konzern")."""
    low = (role or "").lower()
    tail = compound_tail(low, _SPOKES, 8)
    stem = low[:-len(tail)].removesuffix("s") if tail else ""  # "Unternehmenssprecher"
    return stem if stem in ORG_HEADS else None


_NAME_LINKS = {"of", "for", "and", "the", "&"}


def _speaking_for(role: str | None, person: Callable[[str], bool] = lambda name: True
                  ) -> str | None:
    """The organisation a role speaks for: "IRB" in "IRB spokesman", "Kremlin" in "Kremlin
    statement", "Labour" in "Labour party spokesman", "Fifa" in "Fifa spokesman", "Lufthansa"
    in "Lufthansa-Sprecherin" (an acronym, a word of an organisation's name, or a name that
    ``person`` says is no person of the page: "Blair spokesman" is none)."""
    words = (role or "").split()
    if len(words) == 1 and words[0].count("-") == 1 and words[0][:1].isupper():
        words = words[0].split("-")  # "Lufthansa-Sprecherin"
    owner = words[:-1]
    while len(owner) > 1 and owner[-1].islower() and owner[-1] in ORG_WORDS:
        owner = owner[:-1]  # "a Labour party spokesman": Labour
    if len(words) < 2 or words[-1].lower() not in _SPOKES or not all(
            w[:1].isupper() or 0 < n < len(owner) - 1 and w in _NAME_LINKS
            for n, w in enumerate(owner)):
        return None  # ("A Department for Work and Pensions spokeswoman": the links inside)
    if len(owner) < len(words) - 1 or any(
            w.isupper() and len(w) > 1 or w.lower() in ORG_WORDS for w in owner) or not (
            person(" ".join(owner)) or person(owner[-1])):
        return " ".join(owner)
    return None


def _role_complement_name(words: list[str], lows: list[str]) -> ParsedName | None:
    """"le préfet de Mayotte François-Xavier Bieuville", "el presidente de Perú Pedro Castillo":
    a role, its one-word complement (after an article), then a name of two to four words."""
    r = next((r for r in range(min(2, len(words) - 1)) if lows[r + 1] in _ROLE_OF and (
        lows[r] in TITLE_WORDS or lows[r] in FOREIGN_ROLES) and all(
            w.islower() or w.isupper() or w.lower() in country_words()
            or w.lower() in TITLE_MODIFIERS for w in words[:r])), None)  # (after a lowercase
    # word of the role, a country or its letters: "premier ministre du Québec X", "UK
    # Chancellor of the Exchequer X", "Shadow leader of the Commons X")
    if r is None or len(words) < r + 5:
        return None
    c = r + 2 + (lows[r + 2] in {"la", "le", "les", "el", "los", "las", "the"})
    while c + 3 < len(words) and (lows[c + 1] in OFFICE_WORDS or not _capitalised(words[c + 1])):
        c += 1  # "of Foreign Affairs", "des Affaires étrangères"
    rest = words[c + 1:]
    if _capitalised(words[c]) and 2 <= len(rest) <= 4 and _is_name(rest) and not any(
            w.lower() in ORG_WORDS or _titled(w) and not _article_surname(rest, k)
            for k, w in enumerate(rest)):
        return ParsedName(" ".join(rest), " ".join(words[:c + 1]), "person")
    return None


_ROLE_OF = _OF_WORDS | {"der"}  # "Präsident der Ukraine X": a genitive
_OFFICE_HEADS = {"office", "ministry", "government", "presidency", "embassy", "administration",
                 "cabinet", "chancellery"}


def _office_of(name: str) -> str:
    """"Netanyahu's office" -> "Office of Netanyahu", "Valdoria's foreign ministry" ->
    "Foreign Ministry of Valdoria": an office under the name it is searched for, whichever
    way the article writes it (its owner a person by name, without the title)."""
    owner, _, body = name.rpartition("'s ")
    if not owner or body.split()[-1].lower() not in _OFFICE_HEADS or len(body.split()) > 3:
        return name
    person = parse_mention(owner)
    if person.kind == "person" and person.name:
        owner = person.name
    elif any(w.lower() in ORG_WORDS | ROLE_NOUNS for w in owner.split()):
        return name  # "the Kremlin's press office", "People's Office" stay
    return " ".join(w if w in CONNECTORS else w[:1].upper() + w[1:] for w in body.split()) + \
        " of " + owner


@functools.lru_cache(maxsize=4096)
def countries_in(phrase: str) -> frozenset[str]:
    """The countries a role phrase names ("the US president" -> {"united_states"})."""
    low = re.sub(r"['’]s\b", "", phrase.lower())
    words = re.findall(r"[\w.-]+", low)
    known = country_words()
    return frozenset({known[w] for w in words if w in known} | {
        known[f"{a} {b}"] for a, b in zip(words, words[1:]) if f"{a} {b}" in known})


def _other_country(role: str, wanted: frozenset[str]) -> bool:
    """Whether ``role`` names a country, none of ``wanted`` (a nationality the rules do not
    list counts as another country: "Valdorian President" is not "the US president")."""
    if not wanted:
        return False
    named = countries_in(role)
    if named:
        return not named & wanted
    return any(_NATIONALITY.fullmatch(w) for w in role.split())


@functools.lru_cache(maxsize=1024)
def _role_name_pattern(role: str, complement: bool) -> re.Pattern:
    """A role phrase, with its "of …" complement if ``complement``, then a name (group 1)."""
    name = rf"[{CAPITALS}][\w'’-]*(?: +[{CAPITALS}][\w'’-]*){{0,3}}"
    of = (rf"(?: +[a-zà-ÿ]*{_ADJECTIVE_END})?"  # "presidente francés", "ministra española"
          r"(?: +(?:of|de|du|des|del|von|der|de la) +(?:l['’]|the +)?(?:[A-Z][\w'’-]*|país|pays"
          r"|country|nación|nation|gobierno|government|landes)"
          r"| +[А-ЯЁІЇЄҐ]?[а-яёіїєґ-]+(?:ой|ей|ого|его|ии|ая|ской|ского|ы|и|а)"
          r" +[а-яёіїєґ]+(?:и|а|ы))?"
          if complement else "")  # "presidente de Chile", "presidente del país", "аким
    # Карагандинской области"
    aside = r"(?:, +(?:le|la|el|the) [^\W\d_][^,.;:()]{2,40},)?" if complement else ""  # "le
    # président guinéen, le général de corps d'armée, X"
    # "ex": "expresidenta X"
    return re.compile(rf"(?i:\b(?:ex-?)?{re.escape(role)}){of}{aside},? +({name})")


# ACCOMPANIED found anywhere (its leading spaces may be none); without them the engine skips
# to the words' first letters
_ACCOMPANIED_ANYWHERE = re.compile(ACCOMPANIED.pattern.removeprefix(r"\s*"))


@functools.lru_cache(maxsize=1024)
def _role_literal(role: str) -> re.Pattern:
    """The role phrase alone, as ``_role_name_pattern`` reads it (case aside)."""
    return re.compile(rf"(?i:{re.escape(role)})")


_ADJECTIVE_END = FRENCH_ADJECTIVE.pattern.removesuffix("$")  # "(?:al|ale|…)": a word's ending


_MINISTRY_WORD = re.compile(r"(?:мин(?!ск)\w{3,}|мін(?!ськ)\w{3,}|мид|мзс|ministry|ministère|"
                            r"ministerio|ministerium|bundesministerium)")


def _heads_ministry(role: str) -> bool:
    """"Глава Минспорта", "head of the Foreign Ministry", "chef du ministère": the minister."""
    words = role.lower().split()
    return any(_group(w) == "chief" and any(_MINISTRY_WORD.fullmatch(m) for m in words[n + 1:])
               for n, w in enumerate(words))


def _group(word: str) -> str:
    """The first word of ``word``'s role group (``word`` itself when it has none)."""
    return compound_role_group(word, role_groups()[0]) or (
        word.rpartition("-")[2] if "-" in word and compound_role(word) else word)
    # ^ ("zdf-moderatorin": a generic role after its outlet is that role)


@functools.lru_cache(maxsize=1024)
def _group_words(word: str) -> tuple[str, ...]:
    """``word`` first, then the other words of its role group ("mandatario", "presidente", …)."""
    groups = role_groups()[0]
    if word not in groups:
        return ()
    return (word, *(w for w, g in groups.items() if g == groups[word] and w != word))


_ELIDED_ARTICLE = re.compile(r"^([lL]['’])(?=[a-zà-ÿ])")  # "l'avocat": the article a word
_INDEFINITE = {"a", "an", "one", "un", "une", "ein", "eine", "uno", "una"}
_DEFINITE_ONE = {"the", "le", "la", "l'", "l’", "el", "der", "die"}
_LEADERS = {"president", "premier", "chancellor"}  # role groups of heads of state, government
_LEADER_WORDS = {"leader", "líder", "dirigeant", "dirigente", "лидер", "лідер"}
# what a person puts out in writing: "Mr Holm's statement said", "the minister's letter says"
_OWNED_WORDS = {"statement", "letter", "memo", "tweet", "post", "communiqué", "message"}
_PAST_MARK = re.compile(r"^(?:(?:l['’] ?|el |la |the )(?:ancien |ancienne |antiguo |antigua |"
                        r"former |ex-|ex(?=[a-zà-ÿ]{4}))|former )")  # a past role opening a mention
_LEDE_REACH = 400  # characters after a role opening a page, within which its holder is named
_OF_BODY = re.compile(rf"\s(?:of(?: the)?|de(?: la)?|del|du|de l['’]|der|des)\s+[{CAPITALS}]")
# ^ "el presidente de RTVE": the head of a body (the country is ruled out before), no leader
# a role noun that names a woman: Spanish "-ora", "-a" after a consonant role ("jugadora",
# "presidenta", "ministra"), French "-euse", "-trice", German "-in", Russian and Ukrainian "-ка"
_FEMININE_ROLE = re.compile(r"(?:ora|enta|stra|aria|ada|euse|trice|erin|istin|ерка|енка|истка|"
                            r"ница)$")
_BYLINE_ROLE = re.compile(r"(?:Корреспондент|Кореспондент|Журналист|Журналіст|Редактор|"
                          r"Correspondent|Reporter|Journalist|Editor|Korrespondent|Redakteur|"
                          r"Journaliste|Periodista|Corresponsal)\w*")
_BYLINE = re.compile(r"[^\n]{3,60}\n\s*" + _BYLINE_ROLE.pattern)
_OFFICES = {"president", "premier", "chancellor", "minister", "governor", "mayor", "judge",
            "prosecutor", "prefect"}  # whom they speak for
_LOCAL_OFFICES = {"mayor", "governor", "prefect"}  # an office of one place; a bare title of one
_PLACE_BEFORE = re.compile(  # "In the capital Mamoudzou, ", "In Kharkiv, " right before the title
    rf"\b(?:In|in) (?:the (?:capital|city|town|region|province|state) (?:of )?)?"
    rf"([{CAPITALS}][\w-]+), $")
_NAMED_NEXT = re.compile(r"\s*([A-ZÀ-Ý][\w-]+(?: [A-ZÀ-Ý][\w-]+){1,3})['’]s (?:comments|remarks|"
                         r"statement|announcement|words|testimony)\b")
_PAST = {"former", "ancien", "ancienne", "exmandatario", "expresidente", "expresidenta"}
_RELATIVE_AFTER = re.compile(r",? (?:%s)\b" % "|".join(sorted(RELATIVE_PRONOUNS | {
    "que", "der", "die"})))  # "the chancellor, who …", "el ministro que …", "der Kanzler, der …"
_PRIME = {"prime", "premier", "première", "primer", "primera"}  # "le Premier ministre"
_FIRST = {"premier", "première", "primer", "primera", "first"}  # "le premier secrétaire"
# role nouns (``ROLE_NOUNS``) that are no one person: documents, bodies, bodies of data
_NOT_PEOPLE = set("""
government ministry administration campaign committee court agency department survey poll study
report statement transcript analysis data ad video letter memo filing complaint lawsuit ruling
fund firm company group organization organisation website book article paper document research
review audit investigation estimate forecast index spot commercial board bank union family club
federation presidency embassy institute office prefecture police staff regulator carmaker
automaker bureau""".split())
_COMPLEMENTS = {"of", "at", "for", "in", "de", "du", "des", "del", "von", "vom", "à"}


def _new_person(mention: str) -> bool:
    """A speaker the article introduces without naming: "a spokeswoman", "one senior
    official", "the mayor of Mamoudzou", "le maire de X" (indefinite, or definite with a
    complement that says which one). "The chancellor" and "the prime minister" on their own
    mostly mean someone named before, so they do not count."""
    words = mention.lower().split()
    if len(words) < 2 or words[0] not in _INDEFINITE | _DEFINITE_ONE:
        return False
    head, complement = words[1:], False
    for n, word in enumerate(head):
        if word in _COMPLEMENTS:
            head, complement = head[:n], n + 2 < len(words)
            break
    if not head or head[-1] not in ROLE_NOUNS or head[-1] in _NOT_PEOPLE \
            or head[-1] in FOREIGN_BODIES or head[-1].endswith(("s", "x")):
        return False  # not one person: "the report", "the military", "analysts"
    return words[0] in _INDEFINITE or complement


# "it is believed", "it has been reported", "it was understood": no one said it
_IMPERSONAL_PASSIVE = re.compile(
    r"[Ii]t\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|is\s+being|was\s+being)"
    r"\s+(?:widely\s+|now\s+|also\s+|generally\s+|further\s+)?"
    r"(?:believed|thought|understood|reported|said|known|expected|claimed|alleged|feared|"
    r"estimated|rumoured|rumored|suggested|argued|confirmed|announced|stated|noted|hoped)\b")
# role words that are given names too: roles in lowercase only ("Labour peer Baroness X", not
# "Peer Steinbrück")
_GIVEN_ROLES = {"peer"}
_DAYS = {"today", "yesterday", "tomorrow", "tonight", "last", "this", "next"}
_PERIODS = {"week", "month", "year", "weekend", "morning", "evening", "night", "day"}
_RANKS = {"deputy", "vice", "shadow", "former", "assistant", "junior"}
_FORMER = {"ex", "ancien", "ancienne", "antiguo", "antigua", "ehemalige", "ehemaliger",
           "ehemaligen", "frühere", "früherer", "бывший", "бывшая", "колишній", "колишня"}


@functools.lru_cache(maxsize=4096)
def _ranks(role: str) -> frozenset[str]:
    """The words of a role that make it another office than its head noun's: "deputy",
    "shadow", "former" ("the shadow home secretary" is not "Home Secretary X"; "l'ancienne
    ministre" is not the minister of today)."""
    words = [w[2:] if w[:2] in {"l'", "l’"} else w for w in re.split(r"[\s-]+", role.lower())]
    return frozenset("former" if w in _FORMER or _bare_role(w) != w else
                     "vice" if _vice(w) else w for w in words
                     if w in _RANKS or w in _FORMER or _bare_role(w) != w or _vice(w))


def _vice(word: str) -> bool:
    """A deputy's role in one word that rules/roles.txt does not list on its own:
    "vicepresidenta" (not the president's office)."""
    return word[:4] == "vice" and len(word) > 6 and not is_person_role(word)


# the heads of a German board's compound ("Verwaltungsratschef", "Verwaltungsratspräsident")
_BOARD_HEADS = ("präsidentin", "präsident", "vorsitzende", "vorsitzender", "chefin", "chef")


def _same_board(role: str, word: str) -> bool:
    """Whether two German compounds name the head of one board under two heads
    ("verwaltungsratschef", "ubs-verwaltungsratspräsident"): the same first part (or one
    ending the other), each ending in a head of _BOARD_HEADS."""
    firsts = []
    for w in (role, word):
        head = next((h for h in _BOARD_HEADS if w.endswith(h)), None)
        if head is None:
            return False
        firsts.append(w[:-len(head)])
    short, long = sorted(firsts, key=len)
    return len(short) >= 5 and long.endswith(short)


@functools.lru_cache(maxsize=4096)
def _role_groups(role: str | None) -> frozenset[str]:
    """The role groups of the words of a person's role ("Bundestrainer" -> {"coach"}), but no
    role of its owner after a role word ("abogado del expresidente", "spokesperson for the
    president" hold no presidency; the owner's other words stay: "el presidente de RTVE" is
    the one "presidente de RTVE")."""
    words = [_bare_role(w) for w in (role or "").lower().split()]
    owner = _owner_at(words)  # ("Spokesperson for the Secretary-General": no secretary-general)
    return frozenset(_group(w) for n, w in enumerate(words) if n < owner or not is_person_role(w))


def _owner_at(words: list[str]) -> int:
    """Where a role's owner starts after its role word ("spokesperson for the president"), or
    the number of words when it names none."""
    return next((n for n, w in enumerate(words) if (w in OWNER_PREPOSITIONS or w == "for")
                 and any(is_person_role(r) or is_role_noun(r) for r in words[:n])), len(words))


def _in_owner_only(role: str, key: str) -> bool:
    """Whether ``key`` stands in a role only among its owner's words (there in lower case) or
    before a role noun it describes: "the report" is no "co-author of the Demos report" nor a
    "report author", "the organisers" no "CEO of festival organisers Big Day Out" (but "el
    presidente de RTVE" is the one of RTVE)."""
    words = role.split()
    bare = [_bare_role(w) for w in role.lower().split()]
    owner = _owner_at(bare)
    return not any(_group(w) == key and (is_person_role(w) or n + 1 == len(bare) or not is_role_noun(
        bare[n + 1])) for n, w in enumerate(bare[:owner])) and not any(
        w[:1].isupper() and _group(b) == key for w, b in zip(words[owner:], bare[owner:]))


def _serves(role: str | None, group: str) -> bool:
    """Whether a role names an office of ``group`` as its owner ("Spokesperson for the
    Secretary-General" serves the secretary-general and is not one)."""
    words = [_bare_role(w) for w in (role or "").lower().split()]
    return any(is_person_role(w) and _group(w) == group for w in words[_owner_at(words) + 1:])


_PARTY_ADJECTIVES = {"labour", "tory", "conservative", "democrat", "democratic", "republican",
                     "lib", "dem", "liberal", "green", "snp", "ukip", "plaid", "unionist"}


def _role_owner(role: str) -> frozenset[str]:
    """Whose role it is: the capitalised words right before the role's closing title words
    ("Arsenal" of "the Arsenal boss", "Manchester United" of "Manchester United boss"), not
    a party nor a country ("Labour MP" and "Ealing North MP" may be one man); empty when the
    role closes with no title word."""
    words = re.split(r"[.!?]\s", role)[-1].split()
    n = len(words)
    while n and words[n - 1][:1].isalpha() and (words[n - 1].lower() in _TITLE_LIKE or
                                                   _titled(words[n - 1])):
        n -= 1  # "boss", "chief executive", "boss Sir"
    if n == len(words):
        return frozenset()
    owner = []
    while n and words[n - 1][:1].isupper() and words[n - 1].isalpha() and \
            words[n - 1].lower() not in DETERMINERS:
        n -= 1
        owner.append(words[n])
    return frozenset(w for w in owner if w.lower() not in _PARTY_ADJECTIVES and
                     w.lower() not in country_words() and not _NATIONALITY.fullmatch(w))


def _owned_otherwise(lead: str, owner: frozenset[str]) -> bool:
    """Whether the role written right before a name (``lead``) is another owner's than
    ``owner``'s: "Manchester United boss" before "Sir Alex Ferguson", for "the Arsenal boss"."""
    return bool(owner) and bool(theirs := _role_owner(lead)) and theirs.isdisjoint(owner)


def _bare_role(word: str) -> str:
    """A past role written as one word without its "ex" ("expresidenta" -> "presidenta"); a
    German compound of a generic role by its last part ("stammtorhüter" -> "torhüter")."""
    if word.startswith("ex") and is_person_role(word[2:]):
        return word[2:]
    if len(word) >= 9 and word.isalpha() and not is_person_role(word):
        return compound_tail(word, role_groups()[1], 6) or word
    return word


_OFFICE_ADJECTIVES = {"réélu", "réélue", "élu", "élue", "reconduit", "reconduite", "sortant",
                      "sortante", "reelegido", "reelegida"}  # "le premier ministre réélu"
_JUDGE_OR_PROSECUTOR = {"magistrat", "magistrate"}  # French: a judge or a prosecutor

_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}  # "Charles Evans Jr": no middle name "Evans"




def past_tense_gender(verb: str) -> str | None:
    """The gender of a Russian or Ukrainian verb's subject by its past tense ("заявила": "f";
    "заявил", "заявив": "m"); None for any other form, the plural, another script."""
    low = verb.lower()
    if low[-1:] not in _PAST_LAST or " " in low or not _CYRILLIC_PAST.fullmatch(low):
        return None  # (most cues: another script, no past tense)
    return "f" if low.endswith(("ла", "лась", "лася")) else "m"


_PAST_LAST = frozenset("алвяь")  # the last letters of those forms, in Cyrillic
_CYRILLIC_PAST = re.compile(r"[а-яёіїєґ'’]{3,}(?:ла|лась|лася|л|лся|[аиіоуя]в|[аиіоуя]вся)")


def _names_in(mention: str, name: str) -> bool:
    """Whether ``mention`` writes a word of the person's ``name``, in any case ("Тимановской",
    "Кристина Тимановская"): the name says who, not the verb's gender."""
    stems = {case_stem(w) or w.lower() for w in name.split()}
    return any((case_stem(w) or w.lower()) in stems for w in mention.split())


def _personal_name(ent: Entity) -> bool:
    """A person named by a known given name or given a role ("Sale Sharks", "the Tories" and
    "City" speak as persons too, as the parser knows no better)."""
    words = ent.name.split()
    return ent.kind == "person" and (ent.role is not None or len(words) > 1 and (
        words[0].lower() in given_names() or all(map(CYRILLIC_NAME.fullmatch, words))))


def _one_person(people) -> list[Entity]:
    """``people`` when they are one person (under one or more forms), else none."""
    return list(people)[:1] if len({id(e) for e in people}) == 1 else []


def _near(a: str, b: str) -> bool:
    """One letter added, dropped or changed, in names of 5+ letters ("Arden" / "Ardern")."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    return Levenshtein.distance(a.lower(), b.lower()) == 1


FUZZY_PEOPLE = 200  # misspelt surnames are looked for in articles naming at most this many people
RECENT_CHUNKS = 40  # a pronoun or role looks back this many capitalised chunks at most


@dataclass
class Entity:
    name: str
    role: str | None
    kind: str
    last_pos: int = -1
    first_pos: int = -1  # where the article first names it (kept from the prescan)


@dataclass
class Entities:
    """The people and organisations of one document, as the extractor meets them."""

    by_name: dict[str, Entity] = field(default_factory=dict)
    last_person: Entity | None = None
    last_org: Entity | None = None
    last_person_at: int = -1  # where a mention last resolved to a person
    last_said_at: int = -1  # where a mention last resolved to anyone named (a body too)
    last_said: Entity | None = None  # whom
    spoke_for: Entity | None = None  # the body of the last unnamed spokesperson ("a BaFin
    # spokeswoman"), who spoke at last_unnamed_at: "the spokeswoman", "she" go on with it
    last_unnamed_at: int = -1  # where a person introduced without a name last spoke
    last_unnamed_gender: str | None = None  # "f" for "a spokeswoman", "m" for "a spokesman"
    text: str = ""
    names: list[tuple[int, str]] = field(default_factory=list)  # capitalised chunks, in order
    para_starts: list[int] = field(default_factory=list)
    # people by the first and the last word of their names, and the last chunk of the text for
    # each set of initials: lookups in constant time, so long documents stay linear
    by_last: dict[str, list[Entity]] = field(default_factory=dict)
    by_first: dict[str, list[Entity]] = field(default_factory=dict)
    by_middle: dict[str, list[Entity]] = field(default_factory=dict)  # "Tchiroma" in "Issa
    # Tchiroma Bakary", "Uribe" in "Álvaro Uribe Vélez": a surname before another one
    by_initials: dict[str, str] = field(default_factory=dict)
    by_org_initials: dict[str, str] = field(default_factory=dict)  # the part before a title
    defined: dict[str, str] = field(default_factory=dict)  # "Parti socialiste (PS)": PS
    by_shape: dict[tuple[str, int], set[str]] = field(default_factory=dict)  # last words
    by_stems: dict[tuple[str, ...], Entity] = field(default_factory=dict)  # Cyrillic people
    set_off: set[str] = field(default_factory=set)  # people given a role set off before them

    @functools.cached_property
    def _accompanied(self) -> bool:
        """Whether any sentence may open with those who came along (one scan per page)."""
        return _ACCOMPANIED_ANYWHERE.search(self.text) is not None

    @functools.cached_property
    def lower_text(self) -> str:
        return self.text.lower()

    def gender(self, ent: Entity) -> str | None:
        """What the page says of this person's gender, by an honorific or a gendered role right
        before the name ("Mrs Maguire", "spokeswoman Ann Lee"; a name given both says nothing);
        by the surname alone only when no other person of the page bears it ("Mr Jackson"
        tells nothing of Katherine Jackson); else by the given name (rules/given_names.txt)."""
        if ent.kind != "person":
            return None
        words = ent.name.split()
        if len(words) >= 2 and (g := self._gender_before(" ".join(words[-2:]))):
            return g
        same = [e for e in self.by_last.get(words[-1], []) if e.kind == "person"]
        if len({e.name for e in same}) <= 1 and (g := self._gender_before(words[-1])):
            return g
        given = words[0].lower()  # "Frank-Walter Steinmeier": by the first of two given names
        if len(words) >= 2 and (g := given_name_genders().get(given)
                                or given_name_genders().get(given.split("-")[0])):
            return g
        role = (ent.role or "").lower().split()[-1:]
        role = role[0].rsplit("-", 1)[-1] if role else ""
        known = is_role_noun_or_compound
        if role.endswith("in") and known(role) and known(role[:-2]):
            return "f"  # "Bundespräsidentin X"
        return "m" if role and known(role + "in") and (
            compound_role(role) or not role.isascii()) else None  # "Bundespräsident
        # Steinmeier": a German role whose feminine ends in "-in" (not "Foreign Minister", which
        # English shares)

    def _gender_before(self, name: str) -> str | None:
        """The gender of the honorifics and roles written right before ``name`` (one given
        name may stand between them and a surname: "Mrs Ann Lee"), if they agree. Only the
        name's occurrences are read, not the whole page."""
        cache = self.__dict__.setdefault("_genders", {})
        if name in cache:
            return cache[name]
        found, text, i = set(), self.text, self.text.find(name)
        while i >= 0:
            j = i + len(name)
            if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not
                                                           text[j].isalnum()):  # "Ms Hughes'"
                m = _GENDER_BEFORE.search(text, max(0, i - 48), i)
                if m is not None and (m.group(2) is None or " " not in name) and not (
                        m.group(2) is None and " " not in name and _CAPITAL_NEXT.match(text, j)):
                    found.add("f" if m.group(1).lower().rstrip(".") in _FEMININE else "m")
            i = text.find(name, j)
        cache[name] = found.pop() if len(found) == 1 else None
        return cache[name]

    @functools.cached_property
    def iberian(self) -> bool:
        """A Spanish or Portuguese page, where a person carries two surnames (and a German
        page's capitalised nouns never make one: "Lindner Gesetze")."""
        words = Counter(re.findall(r"\b(?:que|del|los|las|el|dos|das|der|die|und|the)\b",
                                   self.lower_text))
        return words["que"] + words["del"] + words["los"] + words["las"] + words["el"] + \
            words["dos"] > 2 * (words["der"] + words["die"] + words["und"] + words["the"]) + 2

    def add(self, name: str, role: str | None, kind: str, pos: int) -> Entity:
        if role and kind == "person" and pos > 0 and _group(role.lower()) in _LOCAL_OFFICES and \
                (place := _PLACE_BEFORE.search(self.text, max(0, pos - 60), pos)):
            role = f"{role} of {place.group(1)}"  # "In the capital Mamoudzou, Mayor X": the
            # mayor of Mamoudzou (whom other pages call so)
        full = self._full_name(name, kind) or name
        ent = self.by_name.get(full)
        stems = _stems(full) if kind == "person" and ent is None else None
        if stems is not None and (same := self.by_stems.get(stems)) is not None:
            ent = self._declined(same, full)  # "Олександру Усику" after "Олександр Усик"
        if ent is None:
            ent = self.by_name[full] = Entity(full, role, kind)
            if kind == "person":
                self._index_person(ent, full)
                if stems is not None:
                    self.by_stems[stems] = ent
        if role and (not ent.role or len(role) > len(ent.role) and f" {ent.role.lower()} " in
                     f" {role.lower()} " and role[:1].isalpha() and " - " not in role):
            ent.role = role  # or a fuller one: "Québec" (from "Québec François Legault")
            # becomes "premier ministre du Québec"
        ent.last_pos = max(ent.last_pos, pos)
        if ent.first_pos < 0 <= pos:
            ent.first_pos = pos
        return ent

    def latin_people(self) -> list[str]:
        """The full names in the Latin script the document gives people, once each."""
        return list(dict.fromkeys(
            e.name for e in self.by_name.values() if e.kind == "person" and " " in e.name
            and is_latin(e.name)))

    def _index_person(self, ent: Entity, name: str) -> None:
        words = name.split()
        self.by_last.setdefault(words[-1], []).append(ent)
        self.by_shape.setdefault((words[-1][:1], len(words[-1])), set()).add(words[-1])
        self.by_first.setdefault(words[0], []).append(ent)
        for word in words[1:-1] if words[-1].rstrip(".") not in _SUFFIXES else ():
            if word[:1].isupper() and word.isalpha() and len(word) > 2:
                self.by_middle.setdefault(word, []).append(ent)

    def _declined(self, ent: Entity, form: str) -> Entity:
        """One Russian or Ukrainian person written in another case (``form``): the same
        entity, found by either form, named by the one more like a nominative ("Тайсон Ф’юрі",
        not "Тайсоном Ф’юрі" met first in "з Тайсоном Ф’юрі")."""
        self.by_name[form] = ent
        self._index_person(ent, form)
        if obliqueness(form) < obliqueness(ent.name):
            ent.name = form
        return ent

    def add_chunk(self, pos: int, chunk: str) -> None:
        """A capitalised chunk of the text (outside quotations), in text order."""
        self.names.append((pos, chunk))
        words = [w for w in _WORD_BREAKS.split(chunk) if w]
        if len(words) > 1:
            self.by_initials["".join(w[0].lower() for w in words)] = chunk
            self.by_initials["".join(w[0].lower() for w in words if w[0].isupper())] = chunk
            for m in range(2, len(words) - 1):  # "Bank of England Governor Andrew Bailey"
                if _titled(words[m]) and words[m - 1][0].isupper():
                    org = " ".join(words[:m])
                    self.by_org_initials.setdefault("".join(w[0].lower() for w in words[:m]), org)
                    self.by_org_initials.setdefault(
                        "".join(w[0].lower() for w in words[:m] if w[0].isupper()), org)
                    break

    def _full_name(self, name: str, kind: str) -> str | None:
        if kind == "person" and name not in self.by_name and (
                initialled := _INITIAL_SURNAME.fullmatch(name)) is not None:
            named = {e.name for e in self.by_last.get(initialled.group(2), ())
                     if e.kind == "person" and " " in e.name and e.name[:1] == name[:1]}
            if len(named) == 1:
                return named.pop()  # "L. Holm" after "Lars Holm", "И.Холмов" after "Иван Холмов"
        if kind == "person" and " " in name and name not in self.by_name and \
                name.split()[0].lower() not in given_names():
            longer = [e for e in self.by_last.get(name.split()[-1], ())
                      if e.name.endswith(" " + name) and not any(
                          w.lower() in OFFICE_WORDS for w in e.name[:-len(name)].split())]
            # ^ "Le Goff" for "Anne Le Goff", "Hajj Karam" for "Abbas Hajj Karam": a surname of
            # two words (not a full name; nor "Culture Rima Holm", an office glued to one)
            if len(longer) == 1:
                return longer[0].name
        if kind == "person" and name.count(" ") == 1 and name not in self.by_name:
            paired = self._genitive_owner(name) or self._surname_pair(name)
            if paired:
                return paired
        if kind == "organisation" and " " in name and name not in self.by_name:
            longer = self._with_complement(name)
            if longer:  # "Red Eléctrica" where the page named "Red Eléctrica de España"
                return longer
        if kind != "person" or " " in name:
            return name if name in self.by_name or " " in name else None
        hits = self.by_last.get(name, [])
        if hits and all(" " not in e.name for e in hits) and (
                fuller := _one_person(self.by_middle.get(name, ()))):
            hits = fuller  # "Lula" (seen as "President Lula") is "Luiz Inacio Lula da Silva"
        if not hits:  # "Tedros" for "Tedros Adhanom Ghebreyesus"; "Arden" for "Jacinda Ardern"
            hits = self.by_first.get(name) or _one_person(self.by_middle.get(name, ())) or ([
                e for size in (len(name) - 1, len(name), len(name) + 1)
                for last in self.by_shape.get((name[:1], size), ()) if _near(last, name)
                for e in self.by_last[last]] if len(self.by_last) <= FUZZY_PEOPLE else [])
            if len(hits) == 1 and _near(hits[0].name.split()[-1], name) and \
                    self._respelt(hits[0], name):
                return hits[0].name
            if not hits and name[:1].lower() in CYRILLIC_LETTERS:
                genitive = [e for last, ents in self.by_last.items() if last != name and
                            nominative(last, "gen") == name for e in ents]
                if len(genitive) == 1 and self._respelt(genitive[0], name):
                    return genitive[0].name  # "Марии Холмовой", then "Холмова"
        if len(hits) == 1:
            return hits[0].name
        if hits:  # several people share the surname: the most recently mentioned
            return max(hits, key=lambda e: e.last_pos).name
        return None

    def _proper(self, word: str) -> bool:
        """Whether a capitalised word is a name: the page writes it so inside a sentence
        ("shares in Deutsche Bank"), not only at a sentence's start ("Local police said"), or
        an owner ("Valdoria's")."""
        if not word[:1].isupper() or word in CAP_STOP:
            return False
        return re.search(r"['’]s$", word) is not None or word in self._inner_capitals

    @functools.cached_property
    def _inner_capitals(self) -> frozenset[str]:
        """The capitalised words the page writes inside a sentence."""
        return frozenset(_INNER_CAPITAL.findall(self.text))

    @functools.cached_property
    def _word_counts(self) -> Counter:
        """How often the page writes each word, as written."""
        return Counter(_WORD.findall(self.text))

    def _common_word(self, word: str) -> bool:
        """A word capitalised only where it opens a sentence, which the page also writes in
        lowercase ("Shares …" and "… its shares"): no name."""
        return not word.isupper() and not self._proper(word) and word.lower() in self._word_counts

    def _with_complement(self, name: str) -> str | None:
        """The page's last "<name> of|de|del … <Capitalised words>" ("Red Eléctrica de
        España" for "Red Eléctrica", "Fiscalía General de la Nación")."""
        found, at = None, self.text.find(name + " ")
        while at >= 0:
            m = _COMPLEMENT.match(self.text, at + len(name) + 1)
            before = self.text[at - 1:at] if at else ""
            at = self.text.find(name + " ", at + 1)
            if m is None or before.isalnum():
                continue
            words = m.group(2).split()
            caps = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
            longer = f"{name} {m.group(1)}{' '.join(caps[:3])}"
            if caps and parse_mention(longer).kind == "organisation":  # not "Chancellor of
                found = longer                                       # the Exchequer X Y"
        return found

    def _surname_pair(self, name: str) -> str | None:
        """"Boluarte Zegarra" after "Dina Boluarte": both surnames of the one person the page
        named by the first of them (Spanish and Portuguese names carry two)."""
        first, second = name.split()
        hits = [e for e in self.by_last.get(first, ()) if " " in e.name]
        if len(hits) != 1 or second in CAP_STOP or not second[:1].isupper() or not self.iberian:
            return None
        return hits[0].name

    def _respelt(self, ent: Entity, surname: str) -> bool:
        """Spell ``ent``'s surname as ``surname`` when the page writes it so more often (its
        full name's one-off typo, "Claudia Scheinbaum" in a caption, then "Sheinbaum" in every
        sentence): the page's own spelling is the name. A Russian or Ukrainian name the page
        gave only in the genitive ("заявление Владислава Холмаева") is put in the nominative
        once the page writes the surname so ("Холмаев заявил"): "Владислав Холмаев"."""
        words = ent.name.split()
        in_nominative = nominative(ent.name, "gen").split()
        if in_nominative != words and in_nominative[-1] == surname:
            if len(words) != 2 or in_nominative[0].lower() not in given_names():
                return False  # (not "Заявление Марии Холмовой", a noun glued to the name)
            words = in_nominative  # (its given name too)
        else:
            count = lambda w: len(re.findall(rf"\b{re.escape(w)}\b", self.text))  # noqa: E731
            if count(surname) <= count(words[-1]):
                return False
        del self.by_name[ent.name]
        ent.name = " ".join([*words[:-1], surname])
        self.by_name.setdefault(ent.name, ent)
        self.by_last.setdefault(surname, []).append(ent)
        self.by_shape.setdefault((surname[:1], len(surname)), set()).add(surname)
        return True

    def is_person(self, name: str) -> bool:
        """Whether ``name`` (a full name or a surname) is a person named in the article."""
        return name in self.by_name and self.by_name[name].kind == "person" or \
            " " not in name and name in self.by_last

    def by_role(self, role_word: str, pos: int = -1, mention: str = "",
                generic: bool = True) -> Entity | None:
        """The latest person seen with a role of ``role_word``'s group (for the headline,
        ``pos`` < 0, the one the article names first); for a generic role word ("the WHO
        chief", "the official") with nobody seen in such a role, the latest person speaker,
        unless the ``mention`` names them as the role's owner ("Orlov spokesman"). A country
        the ``mention`` names must not differ from one the role names ("the US president" is
        not the "French President"). ``generic``: False to take only a holder of the role."""
        key = _group(role_word)
        ranks = _ranks(mention)
        holds = lambda e: e.role is not None and (  # noqa: E731
            key in _role_groups(e.role) and not _in_owner_only(e.role, key)
            # ^ a role of role_word's group ("La expresidenta Cristina Kirchner" for "la
            # expresidenta"), or of the same board
            or any(_same_board(w, role_word) for w in e.role.lower().split())
            or key == "minister" and _heads_ministry(e.role))  # "Глава Минспорта X": "министр"
        named_owner = _role_owner(mention)
        other_owner = lambda e: self._owned_by_another(e, named_owner)  # noqa: E731
        hits = [e for e in self.by_name.values() if e.kind == "person" and holds(e) and
                _ranks(e.role) == ranks and not other_owner(e)]  # "the deputy prime minister"
        # is not "Prime Minister X"
        if _FEMININE_ROLE.search(role_word):
            hits = [e for e in hits if self.gender(e) != "m"]  # "la presidenta": no man
        wanted = countries_in(mention) if mention else frozenset()
        if wanted:
            kept = [e for e in hits if not _other_country(e.role, wanted)]
            if hits and not kept:
                return None  # the role is held, but in another country
            hits = kept
        if hits and self.set_off and pos >= 0 and self.person_before(pos) is not None:
            hits = [e for e in hits if e.name not in self.set_off or e.first_pos < pos]
            # ^ a holder whose role the page sets off before the name only later, when someone
            # else was named before ("Tomás Rivas …. Según el mandatario, …. El presidente de
            # Ecuador, Daniel Soto, …"): not taken
        if hits and pos < 0:  # the headline: the holder the article names first
            return min(hits, key=lambda e: (e.first_pos < 0, e.first_pos))
        if hits:
            return max(hits, key=lambda e: e.last_pos)
        if not generic or role_word not in role_groups()[1] or mention.split()[:1] and \
                mention.split()[0].lower() in PERSON_POSSESSIVES:
            return None  # "his former adviser" is not the man "his" stands for
        owners = {w.lower().removesuffix("'s").removesuffix("’s") for w in mention.split()[:-1]
                  if w[:1].isupper()}  # "Orlov spokesman", "Putin's aide": never Orlov, Putin
        body_staff = bool(owners - DETERMINERS) and key in _STAFF  # "the M&S spokesman": the
        # body speaks, not its head named before ("Stuart Rose, head of M&S"), unless a
        # spokesman was named ("Somov's spokesman, Pyotr Holm, …. The Kremlin aide")

        def fits(e: Entity) -> bool:  # not the holder of another rank of the office
            other_rank = holds(e) and _ranks(e.role) != ranks  # "the mayor": no deputy mayor
            official = role_word in subject_roles() and any(  # "the goalkeeper" is no
                g in role_groups()[0] for g in _role_groups(e.role))
            staff = not body_staff or not _STAFF_WORDS.isdisjoint((e.role or "").lower().split())
            return not _other_country(e.role or "", wanted) and not other_rank and staff and \
                not other_owner(e) and not office(e) and not official and \
                e.name.split()[-1].lower() not in owners \
                and not _serves(e.role, key)
            # ^ "Bundestrainer X"; "the Secretary-General" is not his spokesperson

        def office(e: Entity) -> bool:  # "the spokesman" is not the president he speaks for
            return key in _STAFF and e.role is not None and any(
                _group(w) in _OFFICES for w in e.role.lower().split())

        n = bisect.bisect_left(self.names, (pos, "")) if pos >= 0 else len(self.names)
        for at, chunk in reversed(self.names[max(0, n - RECENT_CHUNKS):n]):
            ent = self._person(chunk)
            if ent is not None and self._oblique(at, chunk):
                continue  # "звільнила керівника НЕК Володимира Кудрицького": the object
            if ent is not None and _FEMININE_ROLE.search(role_word) and self.gender(ent) == "m":
                continue  # "die Weltmeisterin" is not "Bundespräsident Steinmeier"
            if ent is not None and ent.role and not office(ent) and not (
                    named_owner and is_honorific(ent.role)):  # "der SPD-Politiker": the last
                return ent if fits(ent) else None  # person with a title (for "the Arsenal
                # boss", more than "Sir": no "Sir Alex Ferguson" named long before)
        ent = self.last_person or self.person_before(pos, sentence_subject=True) or \
            self.person_before(pos, oblique=True)
        # ^ "о дисквалификации Кристины Холмовой. Спортсменка …": whoever the page is about
        if ent is not None and _FEMININE_ROLE.search(role_word) and self.gender(ent) == "m":
            ent = self._person_of_gender(pos, "f")  # "ha asegurado la jugadora": no man
        return ent if ent is not None and fits(ent) else None

    def _owned_by_another(self, ent: Entity, owner: frozenset[str]) -> bool:
        """Whether the role the page gives ``ent`` (kept, or written before the name where it
        first stands) is another owner's than the mention's: "the Arsenal boss" is no
        "Manchester United boss Sir Alex Ferguson"."""
        return _owned_otherwise(ent.role or "", owner) or ent.first_pos >= 0 and \
            _owned_otherwise(self.text[max(0, ent.first_pos - 40):ent.first_pos], owner)

    def organisation_described(self, words: list[str], pos: int) -> Entity | None:
        """"the company", "the regulator’s statement", "the Central Bank", "la empresa": the
        latest organisation named before ``pos`` whose name holds the head noun ("the bank" ~
        "Bank of Russia"), or for a generic head ("the company") the latest one named."""
        n = bisect.bisect_left(self.names, (pos, ""))
        recent = self.names[max(0, n - RECENT_CHUNKS * 3):n]
        if len(words) == 2 and words[1] in _STATEMENT_WORDS and words[0] in DETERMINERS:
            org = self.last_org  # "the statement said": the body the article last quoted
            return org if org is not None and any(org.name in c for _, c in recent) else None
        if len(words) == 2 and words[1] in _MEDIA_NOUNS and words[0] in DETERMINERS:
            for p, chunk in reversed(recent):  # "the portal": "the Politico website", "AFP"
                after = self.text[p + len(chunk):p + len(chunk) + 12].split()[:1]
                if after and after[0].lower() in _MEDIA_NOUNS and (named := self._chunk_at(
                        p + len(chunk) + 1 + len(after[0]))) is not None:
                    chunk = named  # "US magazine Rolling Stone": the name after the noun
                if is_medium(chunk) or after and after[0].lower() in _MEDIA_NOUNS:
                    return self.add(chunk, None, "organisation", pos)
                if chunk.isupper() and is_medium(full := self.by_initials.get(chunk.lower(), "")):
                    return self.add(full, None, "organisation", pos)  # "According to the FT,
                    # …, the paper said": the Financial Times the page named (two letters,
                    # which expand_acronym leaves alone)
            return None
        words = [re.sub(r"['’]s$", "", w) for w in words if w not in _STATEMENT_WORDS]
        if words and words[0][:1] in CYRILLIC_LETTERS:
            words = ["the", *words]  # Russian has no article: "пресс-служба регулятора"
        if len(words) < 2 or len(words) > 4 or words[0] not in DETERMINERS | {"a", "its"}:
            return None
        head = words[-1]
        if head not in ORG_HEADS or any(w[:1].isdigit() for w in words):
            return None
        wanted = ORG_HEADS[head]
        if head in _CARRIERS:
            return self._airline(n, pos) or self._introduced_firm(n, _CARRIERS, pos)
        if wanted is None and (said := self._said_just_before(pos)) is not None and \
                self._body_like(said):  # "…, the LSE said. Last week, the group rejected an
            return said  # offer from Deutsche Boerse": the body that spoke
        for p, chunk in reversed(recent):
            if self.text[max(0, p - len(head) - 1):p].rstrip().lower().endswith(head) and \
                    " " not in chunk and chunk not in CAP_STOP:  # "the company Valdogaz"
                return self.add(chunk, None, "organisation", pos)
            if head in _ORG_KINDS and (kind := chunk.partition(" "))[0].lower() in _ORG_KINDS \
                    and kind[2]:
                return self.add(kind[2], None, "organisation", pos)  # "Корпорация Роскосмос
                # …, сообщила госкорпорация"
            if wanted and (lead := _LOWER_HEAD.search(self.text, max(0, p - 40), p)) and \
                    lead.group(1).lower() in wanted:  # "ministère de l'Intérieur"
                chunk = self.text[lead.start():p] + chunk
            chunk = _genitive_body(chunk)
            known = canonical_organisation(chunk)  # "Банка России" -> Bank of Russia
            parsed = ParsedName(known, None, "organisation") if known else parse_mention(chunk)
            if parsed.kind != "organisation" or not parsed.name or " " not in parsed.name \
                    or is_medium(parsed.name) or parsed.name.split()[-1].lower() in _EVENTS:
                continue  # ("Le Figaro" reports, it is no "company"; nor is "the World Cup")
            if is_generic(parsed.name):
                continue  # "the Central Bank", "Board of Directors": descriptions themselves
            if wanted and not _named_by(parsed.name, wanted):
                continue
            return self.add(parsed.name, None, "organisation", pos)
        placed = self._placed_body(head, pos)
        if placed is not None:
            return placed
        if wanted and self.last_org is not None and _named_by(self.last_org.name, wanted) and \
                any(self.last_org.name in c or c in self.last_org.name for _, c in recent):
            return self.last_org  # "Mexico's government said …. The government added"
        if wanted is None:  # "the company": the one-word name the article repeats most
            alone, opening = Counter(), Counter()  # "Thyssenkrupp", "Thyssenkrupp Steel Europe"
            for _, chunk in self.names[:n]:
                if " " in chunk:
                    opening[chunk.split()[0]] += 1
                elif len(chunk) > 2 and chunk.isalpha() and chunk not in CAP_STOP and \
                        chunk not in self.by_last and chunk not in self.by_first and \
                        chunk.lower() not in WEEKDAYS | MONTHS | TITLE_WORDS and \
                        not _NATIONALITY.fullmatch(chunk):
                    alone[chunk] += 1
            counts = {w: c + opening[w] for w, c in alone.items()}
            best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
            if best[1] >= 2:
                return self.add(best[0], None, "organisation", pos)
        return self._introduced_firm(n, _FIRM_KINDS, pos) if head in _FIRM_KINDS else None

    def _introduced_firm(self, n: int, kinds: set[str], pos: int) -> Entity | None:
        """"the firm" after "US-German carmaker DaimlerChrysler has sold …", "the airline" after
        "German airline Lufthansa": the first of the ``n`` names before that the page introduces
        with a kind of business (a later one is most often another firm the story mentions)."""
        for p, chunk in self.names[:n]:
            kind = self.text[max(0, p - 24):p].split()[-1:]
            if kind and kind[0].lower() in kinds and not self.is_person(chunk):
                joined = _AMPERSAND_NAME.match(self.text, p + len(chunk))  # "Independent News
                return self.add(chunk + (joined.group() if joined else ""), None,  # & Media"
                                "organisation", pos)
        return None

    def _chunk_at(self, at: int) -> str | None:
        """The capitalised chunk right after ``at`` (one space between)."""
        n = bisect.bisect_left(self.names, (at, ""))
        if n < len(self.names) and self.text[at:self.names[n][0]] == " ":
            return self.names[n][1].rstrip(".")  # ("… magazine Mobile PC." ending a sentence)
        return None

    def _airline(self, n: int, pos: int) -> Entity | None:
        """"the airline", "die Fluggesellschaft": the airline the page names most before
        (``n`` names), by an airline's word ("US Airways") or, named twice or more, by one word
        the page also writes as a compound's first part or an owner ("Lufthansa-Sprecher",
        "Alitalia's"; not a German noun, "Flüge"). An airline's name is no description of it:
        not the union named last."""
        named = Counter(c for _, c in self.names[:n])
        counts = {c: k for c, k in named.items() if _AIRLINE_WORDS & set(c.lower().split())
                  or " " not in c and c not in CAP_STOP and c not in self.by_last and
                  re.search(rf"\b{re.escape(c)}(?:-[A-ZÄÖÜ]|['’]s\b)", self.text)}
        # (each name searched once, however often the page repeats it)
        name, count = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
        if name is None or count < 2 and not _AIRLINE_WORDS & set(name.lower().split()):
            return None
        return self.add(name, None, "organisation", pos)

    def _placed_body(self, head: str, pos: int) -> Entity | None:
        """"the court" after "A Paris court convicted …": the latest body the page named by a
        place or nationality and the same noun ("Paris court"; "the Mexican government")."""
        found = [m for m in _PLACED_BODY.finditer(self.text, max(0, pos - 20000), pos)
                 if m.group(2) == head and (words := m.group(1).split())[0] not in CAP_STOP
                 and not is_medium(words[0]) and words[-2] not in cue_lexicon()]  # not "told
        # the Observer government plans …", "the Conservatives say government …"
        return self.add(found[-1].group(1), None, "organisation", pos) if found else None

    def sentence_organisation(self, pos: int) -> Entity | None:
        """For "…, it said", "… amid what it described as": the name that opens the sentence,
        when it is no person; but a word the page writes nowhere else, after a sentence that
        a body spoke, is no name: "…, the OECD said. Smaller nations …, it said" (the OECD)."""
        start = _sentence_start(self.text, 0, pos) + 1
        n = bisect.bisect_left(self.names, (start, ""))
        if n == len(self.names) or self.names[n][0] >= pos:
            return None
        p, chunk = self.names[n]
        if self.text[start:p].strip() or chunk in CAP_STOP or chunk in _QUANTIFIERS:
            return None  # not opening the sentence; "All kinds of belongings …, it warned"
        shares = self._shares_in(n, pos)
        if shares:  # "Shares in American Express surged after it said", "Sales at Holmco …":
            n += 1  # the body they are of (a person's name it is not)
            p, chunk = self.names[n]
        if self.text.startswith(("'s", "’s"), p + len(chunk)) or not shares and self._person(
                chunk) is not None:
            return None  # a person, or an owner ("Shares in Germany's ThyssenKrupp …")
        adjective = " " not in chunk and _NATIONALITY.fullmatch(chunk) is not None and \
            chunk.lower() in country_words()  # "Russian oil and gas company Yukos"
        if " " not in chunk and n + 1 < len(self.names) and self.names[n + 1][0] < pos:
            q, after = self.names[n + 1]  # "Russian oil company Yukos …, it said": the body
            between = self.text[p + len(chunk):q].split()  # after its kind, not the word
            if 1 <= len(between) <= 4 and all(w.islower() and (
                    adjective or w not in {"and", "or"}) for w in between) and (
                    body := parse_mention(self.text[p:q + len(after)])).name == after and \
                    body.kind == "organisation":
                return self.add(after, None, "organisation", pos)
        if shares:
            return self.add(chunk, None, "organisation", pos)
        if " " not in chunk and (adjective or self._common_word(chunk) or not self._proper(
                chunk) and chunk.endswith(("s", "ed")) and not chunk.isupper()):
            return None  # "Shares in … plunged after it warned", "Revenues were …, which it
            # said": a capital only at the start, a plural or a participle (not "Orbitex will
            # cut …, it said"); "The Russian government …, it says": a nationality
        if " " not in chunk and self._word_counts[chunk] == 1 and (
                said := self._said_just_before(pos)) is not None and self._body_like(said):
            return said
        if " " not in chunk or parse_mention(chunk).kind == "organisation":  # no person's name
            return self.add(chunk, None, "organisation", pos)
        return None

    def _shares_in(self, n: int, pos: int) -> bool:
        """Whether name ``n`` is one word the page capitalises only at a sentence's start, and
        "in" or "at" and another name before ``pos`` follow it ("Shares in X", "Sales at X")."""
        p, chunk = self.names[n]
        return " " not in chunk and not self._proper(chunk) and n + 1 < len(self.names) and \
            self.names[n + 1][0] < pos and \
            self.text[p + len(chunk):self.names[n + 1][0]].split() in (["in"], ["at"])

    def described(self, role: str, pos: int, complement: bool = False,
                  countries: frozenset[str] = frozenset(), after: bool = False,
                  ranks: frozenset[str] | None = None, owner: frozenset[str] = frozenset()
                  ) -> Entity | None:
        """The person written right after the same role phrase earlier in the document
        ("… of removed president Pedro Castillo" for "the removed president"); with
        ``complement``, also after the role's complement ("préfet de Mayotte X"). A role phrase
        naming another country than ``countries`` does not count. ``after`` (with
        ``complement``): the first such phrase later in the document instead, for a person the
        article has already named ("Petro …. Según el mandatario colombiano, …. el presidente
        de Colombia, Gustavo Petro"). ``ranks`` (default: the role's): the rank words
        ("deputy", "former") the phrase must have, no more, no fewer; ``owner``: whose role it
        is ("Arsenal"), whom the words before the phrase must not contradict."""
        span = (pos, pos + 20000) if after else (max(0, pos - 20000), pos)
        if _role_literal(role).search(self.text, *span) is None:
            return None  # the role is not written there (a pattern with a name after it
            # takes 40 times as long to build, and most roles are new to it)
        ranks = _ranks(role) if ranks is None else ranks
        found = [m.group(1) for m in _role_name_pattern(role, complement).finditer(
                     self.text, *span)
                 if not _other_country(self.text[max(0, m.start() - 30):m.start(1)], countries)
                 and not _owned_otherwise(self.text[max(0, m.start(1) - 40):m.start(1)], owner)
                 and _ranks(self.text[max(0, m.start() - 12):m.start(1)]) == ranks]
        if not found:
            return None
        name = re.sub(r"['’]s$", "", found[0] if after else found[-1])
        if complement:  # only a person the article names: "Mayotte X Y" may hold the place
            words = name.split()
            known = next((e for n in range(max(1, len(words) - 1)) if (e := self._person(
                " ".join(words[n:]))) is not None), None)  # (one word: a person it names)
            if after:
                return known if known is not None and 0 <= known.first_pos < pos else None
            new = words[-3:] if len(words) > 2 and words[-3].lower() in given_names() \
                else words[-2:]
            return known or (self.add(" ".join(new), role, "person", pos)
                             if 2 <= len(words) and new[0].lower() in given_names() else None)
            # ^ a name the page gives nowhere else, a known given name first (not "presidenta
            # del Consejo Nacional Electoral, Diana Atamaint": "Nacional Electoral")
        return self._person(name) or (self.add(name, role, "person", pos) if " " in name else None)

    def expand_acronym(self, word: str) -> str | None:
        """The organisation an acronym stands for, named in full in this document: spelt out
        before it in parentheses, however short ("le Parti socialiste (PS)"), or of 3+ letters
        matching a name's initials ("WADA" ~ "World Anti-Doping Agency", "BoE" ~ "Bank of
        England")."""
        if word in self.defined:
            return self.defined[word]  # "Le PS" after "le Parti socialiste (PS)"
        letters = word.replace(".", "").lower()
        if len(letters) < 3 or not letters.isalpha():
            return None
        return self.by_initials.get(letters) or self.by_org_initials.get(letters)

    def resolve(self, mention: str, pos: int, last_subject: bool = False,
                cue: str = "") -> SpeakerRef:
        """A SpeakerRef for a mention at ``pos``; name None when the text does not say who.
        ``last_subject``: an empty mention is the subject of the sentence before, not the
        last speaker. ``cue``: the verb as written, whose Russian or Ukrainian past tense
        tells its subject's gender ("Мільйонер підкреслив": a man)."""
        words = mention.lower().split()
        verb_gender = past_tense_gender(cue)
        owner = _OWNERS.get(words[0]) if len(words) == 2 and words[1] in _SAYINGS else None
        if owner is not None:  # "según sus palabras", "selon ses propos", "her remarks": the
            ref = self._resolve(owner, pos, last_subject) if owner else (  # person spoken of
                self._ref(mention, person) if (person := self.recent_person(pos) or
                                               self.last_person) else
                SpeakerRef(mention, None, None, "person"))
        elif " " not in mention and mention.endswith("ó") and mention[:1].isupper():
            ref = self._resolve("", pos, last_subject)  # "Finalizó narrando …": a verb, its
            # subject left unsaid
        else:
            ref = self._resolve(_role_as_written(_ELIDED_ARTICLE.sub(r"\1 ", mention)), pos,
                                last_subject, verb_gender)
        if ref.mention != mention:  # "l'avocat" read as "l' avocat", kept as written
            ref = SpeakerRef(mention, ref.name, ref.role, ref.kind)
        woman = "f" if words and words[-1].endswith(("woman", "women")) else None  # "the
        # spokeswoman", "the chairwoman": the marked form is never a man's
        wanted = PERSONAL_PRONOUNS.get(mention.lower()) or woman or (
            verb_gender if verb_gender and ref.name and not _names_in(mention, ref.name)
            else None)
        honorific = words[0].rstrip(".") if len(words) == 2 and words[0].rstrip(".") in \
            HONORIFIC_GENDER else None  # "Mr Holm" is no "Deborah Holm"
        if honorific and ref.name and (ent := self.by_name.get(ref.name)) and \
                given_gender(ent.name) not in (None, HONORIFIC_GENDER[honorific]):
            surname = mention.split()[-1]  # (by the given name: a role word may mislead)
            kin = [e for e in self.by_name.values() if e.kind == "person" and e is not ent and
                   e.name.split()[-1] == surname and
                   given_gender(e.name) in (None, HONORIFIC_GENDER[honorific])]
            ref = self._ref(mention, max(kin, key=lambda e: e.last_pos)) if kin else \
                SpeakerRef(mention, surname, None, "person")  # her brother, or a Holm unnamed
        elif ref.name and wanted in ("m", "f") and (ent := self.by_name.get(ref.name)) and \
                self.gender(ent) not in (None, wanted):  # "she" is no "Mr Conlon"
            other = None if woman else self._person_of_gender(pos, wanted)
            ref = self._ref(mention, other) if other is not None else \
                SpeakerRef(mention, None, None, "person")
        if ref.name and (ent := self.by_name.get(ref.name)) is not None:
            self.last_said_at, self.last_said = pos, ent
            if ref.kind == "organisation" and (spokes := _spokesperson(mention)) is not None:
                self.spoke_for, self.last_unnamed_at = ent, pos
                self.last_unnamed_gender = spokes or None
                return ref  # "a BaFin spokeswoman": she spoke, for BaFin
        if ref.name and ref.kind == "person":
            self.last_person_at = pos
        elif ref.name is None and ref.kind == "person" and _new_person(mention):
            self.last_unnamed_at = pos
            roles = [w for w in mention.lower().split() if w in ROLE_NOUNS]
            self.last_unnamed_gender = "f" if any(w.endswith("woman") for w in roles) else \
                "m" if any(w.endswith("man") for w in roles) else None
        return ref

    def _said_just_before(self, pos: int) -> Entity | None:
        """Whoever a mention resolved to last, if in ``pos``'s sentence or the one before."""
        if self.last_said is None or not pos > self.last_said_at > _sentence_before(self.text,
                                                                                    pos):
            return None
        return self.last_said

    def _body_like(self, ent: Entity) -> bool:
        """A body, or one word that no given name or role makes a person ("Yukos said …";
        not "His brother Anil, the vice-chairman, said"): what "it" and "the company" may stand
        for."""
        return ent.kind == "organisation" or " " not in ent.name and self.gender(
            ent) is None and ent.role is None

    def _spokesperson_body(self, mention: str) -> SpeakerRef | None:
        """The body the last unnamed speaker spoke for, if that speaker was its spokesperson."""
        if self.spoke_for is None or self.last_said is not self.spoke_for:
            return None
        return self._ref(mention, self.spoke_for)

    def _unnamed_since(self, pos: int, gender: str) -> bool:
        """A speaker the article describes but does not name ("the mayor of X, the capital,
        said") spoke in ``pos``'s paragraph after the last named one, with no person named
        since: "he" means that speaker, not the one before."""
        since = self.last_unnamed_at
        if gender and self.last_unnamed_gender not in (None, gender) or \
                since <= self.last_person_at or since > pos:
            return False  # (most pronouns: no unnamed speaker since the last named one)
        start = self._paragraph_start(pos)
        if _sentence_start(self.text, start, pos) < start and start > 0:
            start = self._paragraph_start(start - 1)  # the paragraph's first sentence: the
            # speaker may have closed the paragraph before ("…, a spokesman said.¶He added")
        if since < start:
            return False
        names = self.names[bisect.bisect_left(self.names, (since, "")):
                           bisect.bisect_left(self.names, (pos, ""))]
        return not any(self._person(chunk) is not None for p, chunk in names
                       if _sentence_start(self.text, since, p) > since)  # its own sentence's
        # places ("the capital of Mayotte") name no one who could speak after it

    def _resolve(self, mention: str, pos: int, last_subject: bool,
                 verb_gender: str | None = None) -> SpeakerRef:
        low = mention.lower()
        # "": a verb without a subject ("y dijo que …"); "WHO" in capitals is no pronoun
        if low in PRONOUNS and not (mention.isupper() and len(mention) > 1) or not low:
            if low in _LATTER and (named := self.person_before(pos, oblique=True)) is not None:
                self._respelt(named, nominative(named.name, "gen").split()[-1])
                if self.gender(named) == PERSONAL_PRONOUNS[low]:
                    return self._ref(mention, named)  # "… заявление Владислава Холмаева. Тот
                    # назвал …": the man named last, in whatever case (in the nominative)
            personal = low in PERSONAL_PRONOUNS or not low
            if last_subject and not low and (said := self._said_just_before(pos)) is not None:
                return self._ref(mention, said)  # "…, hieß es weiter": whoever was quoted in
                # the sentence before, a body too
            if low in PERSONAL_PRONOUNS and not last_subject and self._unnamed_since(
                    pos, PERSONAL_PRONOUNS[low]):
                return self._spokesperson_body(mention) or SpeakerRef(mention, None, None,
                                                                      "person")
            if not low and not last_subject and self.last_person is not None and \
                    self.last_person_at >= self._paragraph_start(pos):
                return self._ref(mention, self.last_person)  # "Und führte weiter aus:"
            recent = self.recent_person(pos) if personal and not last_subject else None
            if recent is None and personal and not last_subject:
                recent = self._role_subject_before(pos)
                if recent is _UNRESOLVED:  # "El técnico italiano opinó …. «…», añadió.": the
                    return SpeakerRef(mention, None, None, "person")  # role, whoever holds it
            if recent is None and not low and not last_subject:
                recent = self.last_person  # "Además, informó que …": the speaker goes on
            before = _sentence_start(self.text, 0, pos) if last_subject else pos  # "…, hieß
            # es": no one named in what was said
            if recent is None and not low:  # "«…», escribió.": the last sentence's subject
                recent = self.person_before(before, sentence_subject=True)
            if recent is not None:
                return self._ref(mention, recent)
            if personal and (prior := self.previous_paragraph_subject(pos)) is not None:
                return self._ref(mention, prior)  # "Sall sent his congratulations.¶“…,” he said"
            if (personal or low in {"him", "her"}) and self.last_person:
                return self._ref(mention, self.last_person)
            earlier = self.person_before(before) if personal else None
            if earlier is not None:
                return self._ref(mention, earlier)
            if low == "it" and pos >= 0 and _IMPERSONAL_PASSIVE.match(self.text, pos):
                return SpeakerRef(mention, None, None, "person")  # "it is believed that"
            subject = self.sentence_organisation(pos) if low == "it" else None
            if subject is not None:  # "Thyssenkrupp will cut 5,000 jobs, it said."
                return self._ref(mention, subject)
            if low == "it" and (said := self._said_just_before(pos)) is not None and \
                    " " not in said.name and said.kind == "person" and self.gender(said) is None:
                return self._ref(mention, said)  # "Yukos said …. However, it claimed": one word
                # that spoke in the sentence before, no one's name
            if low == "it" and self.last_org:
                return self._ref(mention, self.last_org)
            return SpeakerRef(mention, None, None, "person")
        words = low.split()
        if len(words) == 2 and words[0] in _DEFINITE and (
                spokes := _spokesperson(mention)) is not None and self._unnamed_since(pos, spokes):
            if (body := self._spokesperson_body(mention)) is not None:
                return body  # "a BaFin spokeswoman said …. “…,” the spokeswoman said"
        if len(words) == 2 and words[0] in {"a", "an"} and _spokesperson(mention) is not None \
                and (body := self.sentence_organisation(pos)) is not None and (
                    " " in body.name or self._proper(body.name)):
            return self._ref(mention, body)  # "Downing Street defended the decision, with a
            # spokesperson saying": the body the sentence opens with (not "Further analysis
            # …, according to a spokesman")
        if len(words) == 2 and words[0] in {"a", "an"} and _spokesperson(mention) is not None \
                and (said := self._said_just_before(pos)) is not None and \
                said.kind == "organisation":
            return self._ref(mention, said)  # "Sky denied the programme breached the code. A
            # spokesperson said": the body that spoke just before
        if len(words) > 1 and words[-1] in _OWNED_WORDS and words[-2].endswith(("'s", "’s")) \
                and words[-2][:-2] not in WEEKDAYS | MONTHS | _DAYS | _PERIODS:  # (not
            # "Wednesday's statement", "last week's letter")
            owner = mention.rsplit(" ", 1)[0][:-2]  # "Mr Holm's statement said", "the
            ref = self._resolve(owner, pos, last_subject)  # minister's letter": the owner's
            return replace(ref, mention=mention) if ref.name else SpeakerRef(
                mention, None, None, "person")
        said = next((n for n, w in enumerate(words[:3]) if w in STATEMENT_NOUNS), None)
        if said is not None and len(words) > said + 2 and words[said + 1] in OWNER_PREPOSITIONS:
            owner = " ".join([*_CONTRACTED.get(words[said + 1], ()), *mention.split()[said + 2:]])
            ref = self._resolve(owner, pos, last_subject)  # "le communiqué du groupe": the
            return replace(ref, mention=mention)  # group's, "a statement from X": X's
        parsed = parse_mention(mention)
        if len(words) == 1 and mention[:1].isupper() and len(people := {
                e.name for e in self.by_last.get(mention, ()) if e.kind == "person"}) == 1:
            return self._ref(mention, self.by_name[people.pop()])  # "said King" after "Mervyn
            # King", "Fox" after "Liam Fox": the one person of that surname, whatever else the
            # word may be
        if len(words) == 1 and low in _NO_ONE_IN_PARTICULAR:
            return SpeakerRef(mention, None, None, "person")  # "Anyone who has seen it warned"
        if len(words) <= 2 and words[-1] in FOREIGN_GROUPS or words[-1] in ENGLISH_GROUPS and (
                len(words) == 1 or len(words) == 2 and words[0] in _CROWD_WORDS):
            # "Experten warnen", "die Ermittler", "Economists say", "Many investors"
            return SpeakerRef(mention, None, None, "person")
        if len(words) <= 3 and words[-1] in _HEARSAY:  # "Reports suggest", "Media reports say"
            return SpeakerRef(mention, None, None, "person")
        if parsed.name and (parsed.kind == "organisation" and is_generic(parsed.name) or len(
                words) == 2 and words[1] in ORG_HEADS and not self._proper(
                    mention.split()[0]) or len(words) <= 2 and words[-1] in FOREIGN_BODIES
                            or _national_kind(mention.split())):
            # "the Central Bank", "die Gewerkschaft", "die Opposition"; not "Deutsche Bank"
            # nor "Valdoria's government"; "The US company", "A German bank"
            org = self.organisation_described(words, pos)
            if org is not None:
                return self._ref(mention, org)
            if words[-1] in ORG_HEADS or len(words) <= 2 and words[-1] in FOREIGN_BODIES:
                # "die Währungshüter" with no bank named, "die Regierung": no name
                return SpeakerRef(mention, None, None, "organisation")
        unaged = mention.split()  # "the 55-year-old Frenchman": the Frenchman
        if len(words) == 3 and AGE_NOUN.fullmatch(words[1]):
            del unaged[1]
        if (demonym := epithet(" ".join(unaged))) or len(unaged) == 2 and words[0] in \
                _DEFINITE and (nation := unaged[1].lower()) in country_words() and (
                    _NATIONALITY.fullmatch(unaged[1]) or nation in _DEMONYMS or
                    nation.endswith(("man", "woman"))):
            # "the Spaniard", "the Irishman", "Le Basque", "el argentino"
            ent = self.by_role(demonym or unaged[1].lower(), pos)  # "said the Russian":
            # "Russian Ian Nepomniachtchi"
            if ent is None:
                ent = self._subject_before_epithet(pos)  # "Agassi, …, said …. “…,” said
                # the American"; not when the page gives that person another nationality,
                # nor, when it gives anyone another, a person whose name does not open the
                # sentence
                wanted = countries_in(mention)
                if ent is not None and (ent.role and _other_country(ent.role, wanted) or any(
                        e.kind == "person" and e.role and _other_country(e.role, wanted)
                        for e in self.by_name.values()) and not self._opens_sentence(ent, pos)):
                    ent = None
            return self._ref(mention, ent) if ent is not None else \
                SpeakerRef(mention, None, None, "person")
        if parsed.name and parsed.name.isupper() and len(parsed.name) > 3 and " " not in \
                parsed.name and len(people := {e.name for e in self.by_last.get(
                    parsed.name.capitalize(), []) if e.kind == "person"}) == 1:
            return self._ref(mention, self.by_name[people.pop()])  # "УСИК:" in a headline
        if parsed.name and parsed.name.lower() in PEOPLE_NOUNS:
            return SpeakerRef(mention, None, None, "person")  # "mit ihm als Person": no name
        if parsed.name and " " not in parsed.name:
            expanded = self.expand_acronym(parsed.name)  # "BoE", "Wada", "WHO"
            if expanded is not None:
                return self._ref(mention, self.add(expanded, None, "organisation", pos))
            if mention == parsed.name and not mention.endswith("s") and \
                    mention.lower() not in ORG_WORDS and self._common_word(mention) and \
                    self._full_name(mention, parsed.kind) is None:  # "Strong demand triggers
                return SpeakerRef(mention, None, None, "person")  # …" (plurals may be groups:
            # "Ministers said")
        if parsed.name:
            full = self._full_name(parsed.name, parsed.kind)
            if parsed.kind == "person" and full is None and " " not in parsed.name:
                self.last_person = self._surname_only(parsed.name, pos)  # "sagte Baerbock"
                return SpeakerRef(mention, parsed.name, parsed.role, "person")
            ent = self.add(full or parsed.name, parsed.role, parsed.kind, pos)
            return self._ref(mention, ent)
        first = 2 if len(words) >= 4 and words[1] in _FIRST else 1  # "le premier secrétaire du"
        role_of_body = len(words) >= first + 2 and words[0] in _DEFINITE and (is_role_noun(
            words[first]) or is_person_role(words[first])) and words[first + 1] in _OF_WORDS
        # ^ "el presidente del Gobierno", "le boss de la FFF"
        org = None if role_of_body else \
            self.organisation_described(words, pos) or self._minister_ministry(words, pos)
        # ^ "the company", "the regulator"; "the ministry" of the minister named
        if org is not None:
            return self._ref(mention, org)
        kin = [w for w in words if w not in _STATEMENT_WORDS]
        if len(kin) == 2 and kin[1] == "family" and kin[0] in {"his", "her", "the", "a"}:
            # "his family announced": the family of the person the article is about
            person = self.recent_person(pos) or self.last_person or self.main_person() or \
                self.previous_paragraph_subject(pos)  # (not the last two capitalised words
            if person is not None:                    # before it: "European Cups")
                return self._ref(mention, self.add(f"{person.name.split()[-1]} family", None,
                                                   "organisation", pos))
        if len(words) >= 2 and words[0] in DETERMINERS and AGE_NOUN.fullmatch(words[1]) and (
                len(words) == 2 or words[2] in {"von", "of", "de", "del", "du", "aus"}) or len(
                words) >= 3 and words[0] in {"el", "la"} and words[1] == "de" and \
                mention.split()[2][:1].isupper():
            ent = self._subject_before_epithet(pos, opening=True) or self.person_before(pos)
            if ent is not None:  # "the 42-year-old said", "dijo el de Belgrado": the one from
                return self._ref(mention, ent)  # there
        if len(words) == 2 and words[0] == "глава" and mention.split()[1][:1].isupper():
            stem = words[1][:max(4, len(words[1]) - 2)]  # "Азербайджана" ~ "Азербайджан"
            ent = max((e for e in self.by_name.values() if e.kind == "person" and e.role and
                       stem in e.role.lower() and any(_group(w) in _LEADERS
                                                      for w in e.role.lower().split())),
                      key=lambda e: e.last_pos, default=None)
            if ent is not None:  # "отметил глава Азербайджана": the page's "президент
                return self._ref(mention, ent)  # Азербайджана" (or its premier)
        cyrillic = bool(words) and set(words[0]) <= _CYRILLIC_WORD  # no articles:
        # "министр", "глава государства", "пресс-секретарь президента" (the head comes first)
        plain = [w.removeprefix("ex-") for w in words]  # "l'ex-chef de l'Etat"
        periphrase = next((phrase for n in range(0 if cyrillic else 1, len(words)) for phrase in
                           (" ".join(plain[n:]), " ".join(periphrase_words(plain[n:])))
                           if phrase in PERIPHRASES), None)
        if periphrase is not None and (words[0] in _DEFINITE or cyrillic):  # "the (Russian) head
            # of state", "глава государства"
            roles = PERIPHRASES[periphrase].split("|")  # "head of government": either office
            ent = next((e for r in roles if (e := self.by_role(r, pos, mention)) is not None),
                       None) or self._group_described(roles[0], pos, mention) or \
                self._untitled_leader(roles[0], pos, "", office=True)
            if ent is not None:  # "el jefe del Ejecutivo" ~ "El presidente del Gobierno, X"
                return self._ref(mention, ent)
        if words[0] in DETERMINERS and parsed.role and " " in parsed.role:
            ent = self.described(parsed.role, pos)  # "the removed president"
            if ent is not None:
                return self._ref(mention, ent)
        possessive = len(words) > 1 and words[0].endswith(("'s", "’s"))  # "WHO's director"
        role_words = (parsed.role or low).lower().split()
        if len(role_words) > 1 and genitive_complement((parsed.role or mention).split()[-1]):
            role_words = role_words[:-1]  # "der Landesvater Bayerns": the place is no role
        head = role_words[-1]  # "the agency chief": no role parsed
        if len(role_words) > 1 and role_words[-2] in _PRIME and _group(head) == "minister":
            head = "premier"  # "the prime minister" is no "Finance Minister X"
        elif len(role_words) > 1 and _group(head) == "general" and role_words[-2] not in \
                DETERMINERS and not FRENCH_ADJECTIVE.search(role_words[-2]):
            head = f"{role_words[-2]} {head}"  # "the attorney general": no military rank
        head = head.rsplit("-", 1)[-1] if "-" in head and not is_person_role(head) \
            else head  # "fly-half", not "half"
        head = _bare_role(head)  # "la exdiputada", "el expresidente"
        if cyrillic:  # the role word itself, not an adjective before it ("британський боксер")
            head = next((w for w in words if is_person_role(w)),
                        words[0])
        elif not is_person_role(head) and words[0] in _DEFINITE and len(words) in (3, 4) and all(
                FRENCH_ADJECTIVE.search(w) for w in words[2:]) and is_person_role(words[1]):
            head = words[1]  # the role word before its adjectives: "el mandatario francés"
        titled = parsed.role == mention and 1 < len(words) <= 3 and is_role_noun(
            words[-1]) and all(w[:1].isupper() for w in mention.split())  # "According to
        # Prime Minister, …": a title with no article, as some English-language agencies write
        if words and (words[0] in _DEFINITE or possessive or cyrillic or words[0] == "former"
                      or titled) and (parsed.role or is_person_role(head) or role_of_body):
            ent = self.by_role(head, pos, mention) or (
                self.by_role("prosecutor", pos, mention) if head in _JUDGE_OR_PROSECUTOR
                else None) or self._group_described(head, pos, mention) \
                or self._untitled_leader(head, pos, mention) or self._past_epithet(pos, mention) \
                or self._named_next(pos) or self._roleless_before(head, pos, mention,
                                                                  verb_gender == "f")
            if ent is not None and self._owned_by_another(ent, _role_owner(mention)):
                ent = None  # "the Arsenal boss": not a person of another club's
            if ent is None and role_of_body and not is_person_role(head):
                role = _bare_role(words[first])  # "el líder del sindicato de la Sanidad": a
                ent = self.by_role(role, pos, mention) if role in role_groups()[1] else \
                    self._roleless_before(role, pos, mention)  # generic role, the body's name
                # after it; "le premier secrétaire du Parti socialiste": a role no one holds
            if ent is not None:  # "le préfet" ~ "le préfet de Mayotte François-Xavier Bieuville",
                # "el mandatario" ~ "El presidente de Chile, Gabriel Boric"
                return self._ref(mention, ent)
        owner = _speaking_for(parsed.role, self.is_person if pos >= 0 else lambda name: True)
        # (a headline's "says Orlov spokesman" is left to the body's holder of the role)
        if owner is None and possessive and pos >= 0:
            owner = self._possessive_owner(mention, words)
        if owner is not None:  # "an IRB spokesman", "a Kremlin statement": no one named for
            return self._ref(mention, self.add(owner, None, "organisation", pos))  # the role
        body = _body_spokesman(parsed.role)
        org = self.organisation_described(["der", body], pos) if body else None
        if org is not None:  # "ein Konzernsprecher": the company the page names
            return self._ref(mention, org)
        if len(words) > 1 and words[0] in LOWERCASE_BODIES and mention[:1].islower():
            return self._ref(mention, self.add(mention[:1].upper() + mention[1:], None,
                                               "organisation", pos))
            # ^ "в правительстве Казахстана опровергли": "Правительство Казахстана"
        return SpeakerRef(mention, None, parsed.role, "person")

    def _subject_before_epithet(self, pos: int, opening: bool = False) -> Entity | None:
        """Whom "the American" or "the 20-year-old" at ``pos`` stands for: the subject of the
        sentence before (its "he" or "she": who spoke last; not a name in its object), else who
        spoke last. ``opening``: only a name that opens that sentence ("Minar, ranked 158th,
        was forced to pull out …. “…,” said the 20-year-old"), for an age that any person
        named may have."""
        here = _sentence_start(self.text, 0, pos)
        if self.last_person is not None and _opening_pronoun(
                self.text, _sentence_start(self.text, 0, max(here, 0)) + 1):
            return self.last_person
        subject = self.person_before(here + 1, sentence_subject=True)
        if subject is not None and opening and not self._opens_sentence(subject, pos):
            subject = None
        return subject or self.last_person

    def _untitled_leader(self, role_word: str, pos: int, mention: str,
                         office: bool = False) -> Entity | None:
        """"the president", "le Premier ministre", "el expresidente" with nobody on the page
        named in that office: the person the page is about, when the page gives them no other
        office ("Pedro Sánchez dijo …. El presidente explicó"). Only a head of state or
        government, bare or past: "the club president", "Qatar's prime minister", "le président
        guinéen" and "the minister" may be someone else. ``office``: the mention is an office's
        periphrase ("l'ex-chef de l'Etat"), not read word by word."""
        words = [w.removeprefix("ex-") for w in mention.lower().split()]
        plain = office or words and words[0] in _DEFINITE_ONE and all(
            _group(w) in _LEADERS or w in _PRIME or _group(w) == "minister" or w in _PAST
            or FRENCH_ADJECTIVE.search(w) or w in _OFFICE_ADJECTIVES for w in words[1:])
        if pos < 0 or _group(role_word) not in _LEADERS or countries_in(mention) or not plain:
            return None
        other_office = lambda e: bool(e.role) and any(  # noqa: E731
            is_person_role(w) and _group(w) not in _LEADERS and w not in _LEADER_WORDS
            for w in e.role.lower().split())  # ("M. Trudeau", "New Zealand leader Jacinda
        # Ardern" hold no office)
        main = self.main_person(dominant=True, among=lambda e: not other_office(e))
        # ^ "Mr Blair" and "Mr Brown": which one? ("Chancellor Gordon Brown" is not)
        if main is None or not 0 <= main.first_pos < pos:
            return None
        return main

    def _roleless_before(self, role_word: str, pos: int, mention: str,
                         feminine: bool = False) -> Entity | None:
        """"le magistrat", "la mandataria", "die Sängerin" with nobody on the page named in
        that role: the person named last before it, when the page gives them no role at all
        and the role's gender is theirs ("Rémy Heitz a déclaré …. «…», a réagi le magistrat").
        A head of state or government only as the subject of its own sentence ("Macron a cité
        Griezmann : «…», a indiqué le président"): news names a country's leader bare, and the
        last name before is often someone else ("el presidente de RTVE" heads a body, no
        country; "la mandataria" is the one person named before who may be a woman), and so
        is a body's head in Russian ("глава региона"). A past office or a relative clause
        after it ("the chancellor, who …") may be someone else too, and so may a leader of a
        country; another role naming a country only where a sentence naming the person names
        that country ("Didier Deschamps … l'équipe de France …. Le sélectionneur français"). A
        role opening the page, nobody named before it, is the person named next ("The shadow
        chancellor said … . Oliver Letwin …"), not its owner ("Тренер Тимановской").
        ``feminine``: the verb says a woman ("пообещала")."""
        low = mention.lower()
        words = [w.removeprefix("ex-") for w in low.split()]
        one = is_person_role(role_word) or is_role_noun(role_word) and not role_word.endswith("s") \
            and role_word not in _NOT_PEOPLE  # ("the researchers": a group)
        if _BYLINE_ROLE.fullmatch(role_word.capitalize()):
            return None  # "The Spectator editor told": a journalist, seldom named before
        countries = countries_in(mention)
        if pos < 0 or not one or words[0] in PERSON_POSSESSIVES or countries and _group(
                role_word) in _LEADERS or any(
                w in _PAST or is_past_role(w) for w in words) or _RELATIVE_AFTER.match(
                    self.text, pos + len(mention)):
            return None
        feminine = feminine or bool(_FEMININE_ROLE.search(role_word)) or words[0] in {"la", "una"}
        here = self.people_in(_sentence_start(self.text, 0, pos), pos)
        leader = _group(role_word) in _LEADERS and not _OF_BODY.search(mention)
        of_body = len(words) > 1 and set(words[0]) <= _CYRILLIC_WORD and is_person_role(words[0])
        # ^ "глава региона", "Глава Wildberries": a body's head, whom the page may not name
        ent = here[0] if here else (self._only_woman_before(pos) if feminine else None) \
            if leader or of_body else self.person_before(pos)
        went_on = ent is None and leader and self._speaker_going_on(role_word, pos)
        if went_on:
            ent = self.last_person  # (whose gender the page need not tell)
        owners = {case_stem(w) for w in mention.split()[1:] if obliqueness(w)[0]}
        # ^ "Тренер Тимановской": whose coach (in the genitive), not the coach's name
        if ent is None and not self._anyone_before(pos) and not any(
                w[:1].isupper() and not is_role_noun(w.lower()) and w.lower() not in DETERMINERS
                and case_stem(w) not in owners for w in mention.split()) and (after := [
                    e for e in self.people_in(pos, pos + _LEDE_REACH)
                    if case_stem(e.name.split()[-1]) not in owners]):
            ent = after[0]  # a lede's role ("Le Premier ministre démissionnaire dit …"),
            # nobody named before it: the person the article names next
        if ent is None or ent.role is not None or is_medium(ent.name) or countries and not (
                _personal_name(ent) and self._named_with_country(ent, pos, countries)):
            return None
        gender = self.gender(ent)
        if feminine:
            return ent if gender in ("f", None) else None  # ("Dina Boluarte": no given name
        return ent if gender == "m" or went_on and gender is None else None
        # ^ known, but "la mandataria"

    def _named_with_country(self, ent: Entity, pos: int, countries: frozenset[str]) -> bool:
        """Whether a sentence that names ``ent`` before ``pos`` names one of ``countries``
        too ("Didier Deschamps quittera l'équipe de France": "le sélectionneur français")."""
        for at, _, named in self._named_before(pos):
            if named is ent:
                start = _sentence_start(self.text, 0, at) + 1
                end = self.text.find(". ", at)
                if countries & countries_in(self.text[start:end if 0 <= end < pos else pos]):
                    return True
        return False

    def _speaker_going_on(self, role_word: str, pos: int) -> bool:
        """Whether the person who spoke in the sentence before ``pos`` (past a heading) goes on
        as a leader's bare role ("«…», — зазначив Зеленський.¶Нова команда¶Президент додав, що
        …"): a person by name (not "the Lib Dems"), and nobody on the page, even later, holds
        the role."""
        last = self.last_person
        return last is not None and self.last_person_at >= _sentence_before(self.text, pos) and (
            _personal_name(last) or " " not in last.name and not last.name.endswith("s")) and \
            not any(e.kind == "person" and _group(role_word) in _role_groups(e.role)
                    for e in self.by_name.values())

    def _anyone_before(self, pos: int) -> bool:
        """Whether the page names a person before ``pos`` (the first such name ends the
        search: a page names one early, most often)."""
        return next(self._people_between(0, pos), None) is not None

    def _only_woman_before(self, pos: int) -> Entity | None:
        """The one person the page names before ``pos`` who may be a woman (every other is a
        man): whom "la mandataria" means in another sentence."""
        women = {e.name: e for e in self.people_in(0, pos) if self.gender(e) != "m"}
        return next(iter(women.values())) if len(women) == 1 else None

    def _past_epithet(self, pos: int, mention: str) -> Entity | None:
        """"l'ancien coach de l'Olympique de Marseille", "l'ex-milieu de terrain de la
        Juventus", "el exjugador del Barcelona" with no one on the page named in that past
        role: the person the page is about (named twice as often as anyone), whom a report
        calls by a career's roles in turn."""
        low = mention.lower()
        if pos < 0 or not (_PAST_MARK.search(low) and (" de " in low or " del " in low
                                                        or " of " in low or any(
                    w[:1].isupper() for w in mention.split()[1:-1]))):  # "former Mexico
            return None                                                # City mayor"
        main = self.main_person(dominant=True)
        return main if main is not None and 0 <= main.first_pos < pos else None

    def _minister_ministry(self, words: list[str], pos: int) -> Entity | None:
        """"The French Interior Minister Bruno Retailleau said ….¶The ministry said …": with
        no ministry named, the ministry of the one minister the page names before it."""
        if pos < 0 or words[-1] != "ministry" or len(words) > 2:
            return None
        roles = {e.role for e in self.by_name.values() if e.kind == "person" and e.role and
                 0 <= e.first_pos < pos and e.role.split()[-1].lower() == "minister"}
        if len(roles) != 1:
            return None
        role = [w for w in roles.pop().split() if w.lower() not in DETERMINERS]
        if len(role) < 2:
            return None  # "the minister": of what?
        return self.add(" ".join([*role[:-1], "Ministry"]), None, "organisation", pos)

    def _named_next(self, pos: int) -> Entity | None:
        """"Mexico’s security secretary says ….¶Rosa Icela Rodriguez’s comments on Thursday
        …": a wire story's role, named in the next sentence by the words it reports."""
        if pos < 0:
            return None
        end = self.text.find(".", pos)
        m = _NAMED_NEXT.match(self.text, end + 1) if end >= 0 else None
        return self.add(m.group(1), None, "person", m.start(1)) if m else None

    def _possessive_owner(self, mention: str, words: list[str]) -> str | None:
        """"Chelsea's statement", "United's spokesman": the owner, when the page names no person
        so (and it is no day: "Wednesday's statement")."""
        if len(words) < 2 or words[1] not in _SPOKES or not mention[:1].isupper():
            return None
        name = re.sub(r"['’]s$", "", mention.split()[0])
        if self.is_person(name) or name.lower() in WEEKDAYS | MONTHS | _DAYS:
            return None
        return name

    def _group_described(self, role_word: str, pos: int, mention: str) -> Entity | None:
        """The person the page writes after a role of ``role_word``'s group with its
        complement, before ``pos`` or else after it (``described``)."""
        words = [w for w in _group_words(role_word) if w in self.lower_text]
        return next((found for after in (False, True) for word in words
                     if (found := self.described(word, pos, complement=True, after=after,
                                                 countries=countries_in(mention),
                                                 ranks=_ranks(mention),
                                                 owner=_role_owner(mention)))), None)

    def _surname_only(self, name: str, pos: int) -> Entity:
        """A person the article names by surname only: the last person for roles and
        pronouns after it, kept apart from the full names (which would otherwise take it)."""
        ent = self.by_name.get(name)
        if ent is None or ent.kind != "person":
            ent = self.by_name[name] = Entity(name, None, "person", pos, pos)
        ent.last_pos = max(ent.last_pos, pos)
        return ent

    def _paragraph_start(self, pos: int) -> int:
        n = bisect.bisect_right(self.para_starts, pos)
        return self.para_starts[n - 1] if n else 0

    def recent_person(self, pos: int) -> Entity | None:
        """"Kaja Sorensen welcomed it. “…,” she said": the person named earlier in the
        pronoun's paragraph (outside quotations): the last speaker if named there, else the
        first person of the nearest sentence naming one. None when the paragraph names none."""
        if pos < 0 or not self.names:
            return None
        since = self._paragraph_start(pos)
        hits = []
        end = bisect.bisect_left(self.names, (pos, ""))
        begin = max(bisect.bisect_left(self.names, (since, "")), end - RECENT_CHUNKS)
        said = self._sentence_before_quotes(since, pos) if _SUBJECT_PRONOUN.match(
            self.text, pos) and self.text[pos - 2:pos] == ", " else pos  # "…, he said": no
        # one named in what he said
        opener = _participle_opener(self.text, max(_sentence_start(self.text, since, pos) + 1,
                                                   since), pos)
        for p, chunk in self.names[begin:end]:
            ent = self._person(chunk)
            if ent is not None and not self._oblique(p, chunk) and not said < p < pos and \
                    not opener < p < pos:
                hits.append((p, ent))  # (not a person named in what "…, he said" reports, nor
                # in the participle's phrase before "he": "Standing next to Mr Blair he added")
        if not hits:
            return None
        if hits[-1][1] is not self.last_person and self._named_as_relation(hits[-1][0]) and \
                hits[-1][0] >= _sentence_start(self.text, since, _sentence_start(
                    self.text, since, pos)):
            return hits[-1][1]  # "Wenger's Bayern counterpart Felix Magath was …. He said"
        subject = self._subject_before(pos, since, hits)
        if subject is not None:
            return subject  # "Chief executive Jez Moxey defended the decision to give Hoddle a
            # contract. “…,” he said": the subject who acted just before, not the last speaker
        if self.last_person is not None and any(e is self.last_person for _, e in hits):
            return self.last_person
        cut = max(_sentence_start(self.text, since, hits[-1][0]), since)
        pronoun = _SUBJECT_PRONOUN.match(self.text, pos)
        while pronoun and hits[0][0] < cut and (opening := _opening_pronoun(
                self.text, cut)) and opening.group().lower() == pronoun.group().lower():
            # "He has worked on … Indiana Jones. “…,” he told": that sentence's "he" goes on,
            # not a name in its object
            cut = max(_sentence_start(self.text, since, max(
                p for p, _ in hits if p < cut)), since)
        at, ent = next((p, e) for p, e in hits if p >= cut)
        if self._spoke_between(cut, at) and _personal_name(self.last_person):
            return self.last_person  # "Le premier ministre a remercié X. «…», a-t-il
            # souligné": who spoke in the sentence naming X after, not X
        return ent

    def _sentence_before_quotes(self, since: int, pos: int) -> int:
        """Where the sentence before ``pos`` starts (as ``_sentence_start``), also after a
        quotation closing the sentence before it ('…." Chief executive X')."""
        return max(_sentence_start(self.text, since, pos),
                   *(self.text.rfind(stop, since, pos) + 1 for stop in ('." ', '.” ')))

    def _subject_before(self, pos: int, since: int, hits: list) -> Entity | None:
        """The person opening the sentence before the pronoun's, with an active verb after the
        name and only a role before it, when that person is not the last speaker."""
        here = _sentence_start(self.text, since, pos)
        if here < 0 or self.last_person is None:
            return None
        before = max(self._sentence_before_quotes(since, here), since - 1)
        opening = [(p, e) for p, e in hits if before < p < here]
        if not opening or opening[0][1] is self.last_person:
            return None
        at, ent = opening[0]
        chunk = self.names[bisect.bisect_left(self.names, (at, ""))][1]  # (``at`` is its start)
        lead = self.text[before + 1:at].split()
        after = self.text[at + len(chunk):here]
        if after.startswith(", ") and (close := after.find(", ", 2)) > 0:
            after = after[close + 1:]  # "Robbie Keane, skipper for the night, echoed …"
        verb = (after.split() or [""])[0]
        if any(not (w[:1].isupper() or w.lower() in TITLE_WORDS or w.lower() in ROLE_NOUNS)
               for w in lead) \
                or not (verb.isalpha() and verb.islower() and verb.endswith("ed")):
            return None
        return ent

    def _spoke_between(self, start: int, end: int) -> bool:
        """Whether the last speaker's mention stands in ``[start, end)``: a sentence's speaker
        named before the first person it names ("Le ministre a remercié X")."""
        return self.last_person is not None and start <= self.last_person_at < end

    def _role_subject_before(self, pos: int) -> Entity | None:
        """"La expresidenta dio un mensaje …. «…», dijo": the role that opens the sentence
        before, in the same paragraph, resolved to its holder (a verb without a subject goes
        on with it, not with the last name the page gave)."""
        since = self._paragraph_start(pos)
        start = _sentence_start(self.text, since, pos)
        if start < since:
            return None
        begin = max(_sentence_start(self.text, since, start), since)
        m = _ROLE_OPENING.match(self.text, begin + (self.text[begin] in ". \n"), start)
        if m is None:
            return None
        mention, role = m.group(1), m.group(2).lower()
        if not is_role_noun(role) and (
                after := _NEXT_WORD.match(self.text, m.end(1), start)) is not None:
            mention, role = self.text[m.start(1):after.end(1)], after.group(1)  # "The prime
            # minister ratcheted up …"
        if not is_role_noun(role):
            return None
        ref = self._resolve(mention, m.start(1), False)
        if ref.kind != "person":
            return None
        if ref.name is None:  # a titled role no one on the page holds
            return _UNRESOLVED if role in role_groups()[0] else None
        ent = self.by_name.get(ref.name)
        return ent if ent is not None and ent.kind == "person" else None

    def previous_paragraph_subject(self, pos: int) -> Entity | None:
        """The person opening the last sentence of the paragraph right before ``pos``'s, when
        that paragraph names no other person: whom a pronoun in the next paragraph means."""
        n = bisect.bisect_right(self.para_starts, pos) - 1
        if n < 1:
            return None
        lo, hi = self.para_starts[n - 1], self.para_starts[n]
        people = [(p, e) for p, chunk in self.names[bisect.bisect_left(self.names, (lo, "")):
                                                    bisect.bisect_left(self.names, (hi, ""))]
                  if (e := self._person(chunk)) is not None and not self._oblique(p, chunk)]
        if len({id(e) for _, e in people}) != 1:
            return None
        start = max(_sentence_start(self.text, lo, hi - 2), lo)
        if self._spoke_between(start, min(p for p, _ in people)):
            return self.last_person  # "Selon lui, l’élection de Faye ….¶Il ajoute": not Faye
        return next((e for p, e in people if p >= start), None)

    def main_person(self, dominant: bool = False,
                    among: Callable[[Entity], bool] = lambda e: True) -> Entity | None:
        """The person the page names most often by surname (at least three times): whose
        family "a family statement" speaks for in an obituary. ``dominant``: only one named
        at least twice as often as anyone else ``among`` those it keeps."""
        people = [e for e in self.by_name.values() if e.kind == "person" and " " in e.name
                  and len(e.name.split()[-1]) > 1 and among(e)]  # "Have I" in a quotation
        # is no one
        ranked = sorted(((sum(self._word_counts[e.name.split()[-1] + end]  # "Holm", "Holm's"
                               for end in ("", "'s", "’s")), e) for e in people),
                        key=lambda ce: ce[0], reverse=True)
        if not ranked or ranked[0][0] < 3:
            return None
        if dominant and len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]:
            return None
        return ranked[0][1]

    def person_before(self, pos: int, sentence_subject: bool = False,
                      oblique: bool = False) -> Entity | None:
        """The person named last before ``pos`` (outside quotations), in any paragraph, not in
        an oblique case unless ``oblique`` ("встретился с Валерием Залужным"); with
        ``sentence_subject``, the first person named in that person's sentence ("Boluarte had
        spoken against Castillo's decision." -> Boluarte)."""
        n = bisect.bisect_left(self.names, (pos, ""))
        window = self.names[max(0, n - RECENT_CHUNKS):n]
        for m in range(len(window) - 1, -1, -1):
            ent = self._person(window[m][1])
            if ent is None or not oblique and self._oblique(*window[m]):
                continue  # ("зустрівся із головкомом Валерієм Залужним": not the subject)
            if sentence_subject:
                cut = _sentence_start(self.text, 0, window[m][0])
                for p, chunk in window[:m]:
                    first = self._person(chunk) if p > cut and not self._oblique(p, chunk) \
                        else None
                    if first is not None:
                        return first
            return ent
        return None

    def subject_named_in(self, start: int, end: int) -> bool:
        """Whether a person named in ``text[start:end]`` opens a sentence or a clause after a
        comma ("At a press conference, Sharon Lee gave details"): a subject, not an object
        ("He went on to accuse Mr Brown")."""
        return any(_OPENS_CLAUSE.search(self.text, max(0, p - 8), p)
                   for p, _, _ in self._people_named(start, end))

    def _opens_sentence(self, ent: Entity, pos: int) -> bool:
        """Whether the last mention of ``ent`` before ``pos`` opens the sentence before
        ("Roddick was left frustrated …. “…,” said the American"), the subject for sure."""
        n = bisect.bisect_left(self.names, (pos, ""))
        at = next((p for p, chunk in reversed(self.names[max(0, n - RECENT_CHUNKS):n])
                   if self._person(chunk) is ent), None)
        return at is not None and at > _sentence_before(self.text, pos) and bool(
            _OPENS_SENTENCE.search(self.text, max(0, at - 8), at))

    def person_named_before(self, pos: int) -> tuple[int, str] | None:
        """Where and as what the last person named before ``pos`` (outside quotations) is
        written, in any case ("прес-конференція … Сергія Реброва"): an interview's guest (not
        the medium that holds it: "Interview with X … on Radio Norte")."""
        return next(((at, chunk) for at, chunk, _ in self._named_before(pos)
                     if not is_medium(chunk)), None)

    def _named_before(self, pos: int):
        """(where, as what, who) for each person named in the recent chunks before ``pos``,
        the nearest first."""
        n = bisect.bisect_left(self.names, (pos, ""))
        for at, chunk in reversed(self.names[max(0, n - RECENT_CHUNKS):n]):
            if (ent := self._person(chunk)) is not None:
                yield at, chunk, ent

    def _oblique(self, pos: int, chunk: str) -> bool:
        """A name in an oblique case ("із Залужним"), the object the Spanish personal "a" or
        French "à" marks ("un manotazo a Hugo Duro"), a name after a preposition and its
        article ("in die Schweizer Rechtsordnung"), a programme that had a guest ("Invitée
        d'Europe Matin") or a companion: no subject a pronoun goes on with."""
        return _oblique_name(chunk) or bool(
            _OBJECT_MARKER.search(self.text, max(0, pos - 16), pos)) or self._companion(pos, chunk)

    def _named_as_relation(self, pos: int) -> bool:
        """"But Wenger's Bayern counterpart Felix Magath …": the name at ``pos`` follows an
        owner's role or kin word; a new subject the page turns to, not the owner."""
        before = self.text[max(0, pos - 50):pos].split()
        return len(before) >= 2 and (is_role_noun(before[-1].lower()) or before[-1].lower() in
                                     _RELATIONS) and any(w.endswith(("'s", "’s"))
                                                         for w in before[-4:-1])

    def _companion(self, pos: int, chunk: str) -> bool:
        """"Accompagné du maire, Pierre Berg, il a déclaré": a name set off in a sentence that
        opens with those who came along is one of them, not the subject."""
        if not self._accompanied or not self.text.startswith(",", pos + len(chunk)):
            return False
        start = _sentence_start(self.text, 0, pos) + 1
        return bool(ACCOMPANIED.match(self.text, start))

    def _person_of_gender(self, pos: int, gender: str) -> Entity | None:
        """The person named last before ``pos`` whom the page gives ``gender``; with none, the
        one named last in ``pos``'s paragraph by a given name of either sex ("Kelly Holmes" …
        "she")."""
        since = self._paragraph_start(pos)
        named = [(at, e, self.gender(e)) for at, _, e in self._named_before(pos)]
        return next((e for _, e, g in named if g == gender), None) or next(
            (e for at, e, g in named if g is None and at >= since
             and e.name.split()[0].lower() in given_names()), None)  # (a given name of
        # either sex, not the film "Spirited Away")

    def people_in(self, start: int, end: int) -> list[Entity]:
        """The persons named (outside quotations and parentheses: a photo credit) in
        ``text[start:end]``, in order."""
        return list(self._people_between(start, end))

    def _people_between(self, start: int, end: int):
        """people_in, one at a time (a caller that needs the first stops there)."""
        return (e for _, _, e in self._people_named(start, end))

    def _people_named(self, start: int, end: int):
        """(position, chunk, person) of the persons named in ``text[start:end]`` outside
        parentheses, in order."""
        lo, hi = bisect.bisect_left(self.names, (start, "")), bisect.bisect_left(self.names,
                                                                                 (end, ""))
        return ((p, chunk, e) for p, chunk in self.names[lo:hi]
                if (e := self._person(chunk)) is not None
                and self.text.rfind("(", start, p) <= self.text.rfind(")", start, p))

    def sole_person_in(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of the name in ``text[start:end]`` of the one person named there (outside
        parentheses), None when no one or more than one is."""
        found = list(self._people_named(start, end))
        if len({e.name for _, _, e in found}) != 1:
            return None
        p, chunk, ent = found[-1]
        p = max(p, self.text.find(chunk, p, end))  # (a chunk's position may be that of a
        # stop word before it: "But Trump")
        at = chunk.rfind(ent.name)  # "Masseverwalter Andreas Holm": the name, not the role
        return (p + at, p + at + len(ent.name)) if at >= 0 else (p, p + len(chunk))

    def _person(self, chunk: str) -> Entity | None:
        if chunk.rpartition(" ")[2].lower() in _MEDIUM_HEADS and not _titled(chunk.split()[0]):
            return None  # "Speaking to Ahram Online, the diplomat said", "Visual Radio": a
            # medium, no one a pronoun or a role stands for
        if " " not in chunk:
            full = self._full_name(chunk, "person")
        else:
            parsed = parse_mention(chunk)
            full = parsed.name if parsed.kind == "person" and parsed.name else None
            if full and (full.split()[0] in NAME_ARTICLES or full.count(" ") <= 1 and
                         full not in self.by_name):
                full = self._full_name(full, "person")  # "Le Pen" for "Marine Le Pen";
                # "Boluarte Zegarra" for "Dina Boluarte"; "Mr Galloway" for George Galloway
        ent = self.by_name.get(full) if full else None
        if ent is not None and ent.name.split()[0] in NAME_ARTICLES - {"Le", "Les"}:
            return None  # "La Moncloa", "El Ventorro", "La Palme": a place or a thing named
            # with its article, no one a pronoun stands for (but "Le Pen", "Le Maire")
        return ent if ent is not None and ent.kind == "person" else None

    def _genitive_owner(self, name: str) -> str | None:
        """"Müllers Entscheidung": a German genitive of the surname the page gave one person,
        before a noun, names that person (and makes no person of the noun)."""
        first, second = name.split()
        hits = self.by_last.get(first[:-1], []) if first.endswith("s") and len(first) > 3 else []
        return hits[0].name if len(hits) == 1 and second not in self.by_last else None

    def _ref(self, mention: str, ent: Entity) -> SpeakerRef:
        if ent.kind == "person":
            self.last_person = ent
        else:
            self.last_org = ent
        return SpeakerRef(mention, ent.name, ent.role, ent.kind)


_CHUNK = re.compile(  # capitalised words, Latin or Cyrillic ("Иван Петров", "Álvaro Uribe")
    rf"(?:[{CAPITALS}][\w’'\-]*\.?)(?:\s+(?:(?:of|on|for|the|de(?:\s+la|\s+las|\s+los)?|di|da"
    r"|del|della|du|von|van|der|ter|al|bin)\s+)*"
    rf"(?:[{CAPITALS}]|(?:al|el)-[A-Z])[\w’'\-]*\.?)*")
_APPOSITIVE_BEFORE = re.compile(  # (a capital first, not a group: the engine skips to capitals)
    r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4}[’']s\s+((?:[a-z\-]+\s+){0,2}[a-z\-]+),\s+"
    r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})")
# a person's role set off after the name, in any language: "Ana Ruiz, portavoz del Gobierno,",
# "Jean Holm, juge d'instruction,", "Ann Lee, a judge in Ohio,"
_ROLE_AFTER_NAME = re.compile(
    rf"([{CAPITALS}][\w’'-]+(?: [{CAPITALS}][\w’'-]+){{1,3}}), (?:(?:the|a|an|el|la|le|un|una|une"
    r"|der|die|ein|eine) )?((?:[lL]['’])?[^\W\d_][\w-]*)([^,;.()\n]{0,60})(?:,|\.?$|\.\s)")
# ^ (or closing the sentence or the line: "Briefing by Ana Ruiz, Spokesperson for the UN")
# a role set off before the name, in the Romance languages: "El presidente del Gobierno (de
# España), Pedro Sánchez, …", "le ministre de l'Intérieur, Bruno Retailleau,"
_ROLE_BEFORE_NAME = re.compile(  # (the article's first letter, then "\b" before it, so that the
    # engine skips to such letters instead of trying the pattern at every position)
    rf"[EeLl](?<!\w.)(?:(?<=[Ee])l|(?<=[Ll])(?:a|e|os|es))"
    rf"\s+([a-zà-ÿ][\w-]+(?:\s+[a-zà-ÿ][\w-]+)?"
    rf"(?:\s+(?:de|del|de la|de los|de las|du|de l['’]|des)\s*[{CAPITALS}][\w'’-]+"
    rf"(?:\s+[\w'’-]+)?){{0,2}}),"
    rf"\s+([{CAPITALS}][\w’'-]+(?:\s+[{CAPITALS}][\w’'-]+){{1,3}}),")
_APPOSITIVE_AFTER = re.compile(  # "Ann Lee, the spokesman,", "Pavel Sedov, Orlov's spokesman,"
    r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2}),\s+(?:(?:the|a|an)\s+|(?=[A-Z][\w\-]*[’']s\s))"
    r"((?:[A-Z][\w\-]*[’']s\s+)?(?:[A-Za-z\-]+\s+){0,3}"
    r"(?:" + "|".join(sorted(ROLE_NOUNS | {"spokesman"})) + r")),")


# a role told by a relative clause: "Mark Holt, who heads the port authority," (the head)
_WHO_HEADS = re.compile(rf"([{CAPITALS}][\w’'-]+(?: [{CAPITALS}][\w’'-]+){{1,3}}), who "
                        r"(?:heads|headed|leads|led|runs|ran|chairs|chaired) (the [^,;.()\n]{3,60}),")


_ACRONYM_IN_PARENTHESES = re.compile(r" \(([A-ZА-ЯЁ]{2,6})\)")  # after the words it stands for
_SPELT_OUT_IN_PARENTHESES = re.compile(  # "RSS (Really Simple Syndication)": the other way round
    r"\b([A-Z]{2,6}) \(([A-Z][\w-]*(?: (?:[A-Z][\w-]*|of|for|and|the)){1,6})\)")


def _spelt_out(phrase: str, acronym: str) -> str | None:
    """"le Parti socialiste (PS)", "la Confédération générale du travail (CGT)": the words
    before the parenthesis whose initials (particles skipped) spell the acronym."""
    words = phrase.split()
    for start in range(len(words) - 1, -1, -1):
        body = [w for w in words[start:] if w.lower() not in NAME_PARTICLES]
        if len(body) == len(acronym):
            return " ".join(words[start:]) if words[start][0].isupper() and "".join(
                w[0] for w in body).upper() == acronym else None
    return None


def prescan(text: str, spans: list[tuple[int, int]],
            quotes: list[tuple[int, int]] = ()) -> Entities:
    """People named in the document with their titles (full names and appositive roles), and
    where capitalised names stand outside the ``quotes`` (for "he"/"she")."""
    ents = Entities(text=text, para_starts=[a for a, _ in spans])
    quotes = sorted(quotes)
    for n, (a, b) in enumerate(spans):
        seg = text[a:b]
        if _BYLINE.fullmatch(seg.strip()) or n + 1 < len(spans) and len(seg) < 60 and \
                _BYLINE_ROLE.fullmatch(text[spans[n + 1][0]:spans[n + 1][1]].strip()):
            continue  # "Ана Горшкова¶Корреспондент": the writer, no one the page quotes
        if ("’s " in seg or "'s " in seg) and ", " in seg:
            for m in _APPOSITIVE_BEFORE.finditer(seg):
                owner = seg[m.start():m.start(1)].rstrip()[:-2].split()[-1]
                if m.group(2).split()[0] != owner:  # (not "Nintendo's handheld device,
                    # Nintendo DS": a thing the owner makes)
                    ents.add(m.group(2), m.group(1), "person", a + m.start(2))
        if ", the " in seg or ", a " in seg or ", an " in seg or "’s " in seg or "'s " in seg:
            for m in _APPOSITIVE_AFTER.finditer(seg):
                ents.add(m.group(1), m.group(2), "person", a + m.start(1))
        if ", who " in seg:
            for m in _WHO_HEADS.finditer(seg):  # (a body: "the record company X was signed
                if parse_mention(m.group(1)).kind == "person" and m.group(2).split()[  # to" no)
                        -1].lower() in ORG_WORDS | {"authority", "authorities"}:
                    ents.add(m.group(1), f"head of {m.group(2)}", "person", a + m.start(1))
        if ", " in seg:
            for m in _ROLE_BEFORE_NAME.finditer(seg):  # "El presidente del Gobierno, Pedro
                parsed = parse_mention(m.group(2))     # Sánchez, …"
                if is_role_noun(elided(m.group(1).split()[0].lower())) and \
                        parsed.kind == "person" and parsed.role is None and parsed.name and \
                        " " in parsed.name:
                    ents.set_off.add(ents.add(parsed.name, m.group(1), "person",
                                              a + m.start(2)).name)
            for m in _ROLE_AFTER_NAME.finditer(seg):  # "Ana Ruiz, portavoz del Gobierno,"
                parsed = parse_mention(m.group(1))
                if parsed.kind == "person" and parsed.role is None and parsed.name and \
                        " " in parsed.name and is_role_noun(elided(m.group(2).lower())) and \
                        not any(w in CAP_STOP for w in m.group(1).split()) and not re.search(
                            r"\b(?:1[89]|20)\d\d\b", m.group(3)):  # ("presidenta entre 2007
                    # y 2015": a past office, no title for "the president")
                    ents.add(parsed.name, f"{m.group(2)}{m.group(3)}".strip(), "person",
                             a + m.start(1))
        for m in _CHUNK.finditer(seg):
            for offset, words in _sentence_pieces(m.group()):
                _add_chunk(ents, words, a + m.start() + offset, quotes)
        if " (" in seg:
            for m in _ACRONYM_IN_PARENTHESES.finditer(seg):
                before = seg[max(0, m.start() - 120):m.start()].split()[-7:]
                if (full := _spelt_out(" ".join(before), m.group(1))) is not None:
                    ents.defined.setdefault(m.group(1), full)
            for m in _SPELT_OUT_IN_PARENTHESES.finditer(seg):
                if _spelt_out(m.group(2), m.group(1)) == m.group(2):
                    ents.defined.setdefault(m.group(1), m.group(2))
    for full in ents.defined.values():
        if (ent := ents.by_name.get(full)) is not None:
            ent.kind = "organisation"  # "Electronic Arts (EA)": a body, whatever its words
    for e in ents.by_name.values():
        e.last_pos = -1
    return ents


def _sentence_pieces(chunk: str) -> list[tuple[int, list[str]]]:
    """A capitalised chunk split where a sentence ends inside it ("… Eva Holm. President Jon
    Berg") or after a possessive ("Germany’s Toni Kroos"), each piece with its offset."""
    if "." not in chunk and "'s" not in chunk and "’s" not in chunk:
        return [(0, chunk.split())]  # most chunks: one name, nothing to cut
    pieces: list[tuple[int, list[str]]] = []
    words: list[str] = []
    start = 0
    for m in re.finditer(r"\S+", chunk):
        w = m.group()
        if not words:
            start = m.start()
        if w.endswith(("’s", "'s")):
            pieces.append((start, words + [w[:-2]]))  # "Germany’s Toni Kroos": two pieces
            words = []
            continue
        if w.endswith(".") and m.end() < len(chunk) and (len(w) > 3 or w[:-1].isupper() and (
                chunk[m.end():].split()[:1] in (["The"], ["A"], ["An"]))):
            pieces.append((start, words + [w[:-1]]))  # "… in Brussels. She said", "… 4GB.
            # The company"
            words = []
            continue
        words.append(w)
    if words and words[-1].endswith(".") and len(words[-1]) > 3:
        words[-1] = words[-1][:-1]  # "… Marine Le Pen." closing the sentence
    if words:
        pieces.append((start, words))
    return pieces


_ROLE_BEFORE_OFFICE = re.compile(r"\b([a-zà-ÿ]+) (?:de|del|de la|du|de l['’]|des|of|of the) $")
_CHUNK_OPENERS = CAP_STOP | FRONTED_CUES | {"The", "A", "An"} | {
    "Angaben", "Aussagen", "Informationen", "Worten", "Berichten", "Darstellung"}  # no part of
# a name ("Nach Angaben der Polizei": the police, no body called "Angaben der Polizei")


def _add_chunk(ents: Entities, words: list[str], pos: int, quotes) -> None:
    while words and (words[0] in _CHUNK_OPENERS or is_capital_adverb(words[0])
                     or len(words) > 1 and GERMAN_NOUN.search(words[0]) and not words[
                         0].lower().endswith(_GERMAN_BODIES)
                     or len(words) > 2 and words[0].isascii() and all(
                         map(CYRILLIC_NAME.fullmatch, words[1:3]))):
        words = words[1:]  # ("Inmediatamente Soto respondió", "ihrer Haltung Kickl gegenüber",
        # "в Telegram Владислава Бакальчука": a Latin word is no part of a Cyrillic name)
    if words and not _inside(quotes, pos):
        ents.add_chunk(pos, " ".join(words))
    if len(words) < 2 or len(words) > 7:
        return
    parsed = parse_mention(" ".join(words))
    longest = 4 if parsed.role else 3  # four words with a title: "President Ana María López Soto"
    if parsed.name and parsed.name.split()[0].lower() in given_names():
        longest = 4  # or with a known given name: "Andrés Manuel López Obrador"
    if parsed.kind == "person" and parsed.name and 2 <= sum(  # ("Luis de la Fuente": two)
            w not in NAME_PARTICLES for w in parsed.name.split()) <= longest \
            and parsed.name.split()[0] not in _COMPASS | _SAINTS:  # "the West German team",
        # "at St Mary's": no one ("Oliver Irish" is someone)
        name_words = parsed.name.split()
        gerund = len(name_words[0]) > 4 and name_words[0].endswith("ing") and \
            name_words[0].lower() not in given_names()  # "Downing Street", "Finding Nemo",
        # "Howl's Moving Castle": no one's name (no given name ends so but those listed)
        word_before = ents.text[max(0, pos - 7):pos].split()[-1:]
        titled_thing = not parsed.role and name_words[0].lower() not in given_names() and (
            words[0].lower() == "the" or word_before and word_before[0] in _BEFORE_A_THING)
        # ^ "the Wooden Spoon", "their first Triple Crown": a thing, no one "he" is
        if not any(w in CAP_STOP for w in name_words[:-1]) and not gerund and not titled_thing \
                and (
                name_words[-1] not in CAP_STOP or name_words[-1] in SURNAME_MONTHS) and not any(
                w in GERMAN_ARTICLES and name_words[n - 1].lower() not in {"von", "van", "zu"}
                for n, w in enumerate(name_words[1:], 1)) and not (
                parsed.role and parsed.role.split()[-1] in GERMAN_ARTICLES):  # "Theresa May";
            # not "Ergebnis der Parteigeschichte" (a German noun and its genitive), but "Ursula
            # von der Leyen"; not "(Limburger Bischof der) Deutschen Presse-Agentur"
            role = parsed.role
            if role and role[:1].isupper() and (head := _ROLE_BEFORE_OFFICE.search(
                    ents.text, max(0, pos - 60), pos)) and is_role_noun(head.group(1).lower()):
                role = f"{head.group()}{role}"  # "El secretario de Estado Pedro Holm": the
                # office's name capitalised, its role word before it in lower case
            if CYRILLIC_NAME.fullmatch(words[-1]) and (
                    role is None or all(map(genitive_complement, role.split()))):
                role = " ".join(filter(None, [_cyrillic_title_before(ents.text, pos), role])) \
                    or None  # "Министр энергетики Иван Сомов": the title in lowercase words
                if role and _speaks_for_named(role.split() + parsed.name.split()):
                    role = role.split(maxsplit=1)[1]  # "Представитель министра Ивана
                    # Холмова": the minister's name, not his spokesman's
            name = parsed.name
            if role is None and CYRILLIC_NAME.fullmatch(words[-1]) and (
                    before := ents.text[max(0, pos - 60):pos].split()[-2:]) and \
                    role_in_genitive(before[-1], is_person_role) and not (
                        len(before) > 1 and _titled(before[0])) and \
                    name.split()[0].lower() not in given_names() and \
                    (nominal := nominative(name, "gen")) != name:
                name, role = nominal, nominative_role(before[-1], "gen", is_person_role)
                # ^ "Пресс-конференция министра Ивана Холмова": Иван Холмов, a minister (not
                # "Прес-секретар президента Юлія Холмова": the secretary, in the nominative)
            ents.add(name, role, "person", pos)
    elif parsed.kind == "person" and parsed.name and parsed.role and " " not in parsed.name \
            and parsed.name.isalpha() and len(parsed.name) > 2 and parsed.name not in CAP_STOP \
            and compound_role_group(parsed.role.lower().split()[-1], role_groups()[0]) not in {
                None, "chief", "spokesman"}:  # ("Глава Wildberries": a body's head)
        ents.add(parsed.name, parsed.role, "person", pos)  # "Richter Radasztics", named after
        # "der Richter" has spoken


def _oblique_name(chunk: str) -> bool:
    """"з Тайсоном Ф’юрі", "Олександру Усику": a Russian or Ukrainian name whose first name is
    in another case than the nominative, so the person is no subject a pronoun goes on with."""
    words = [w for w in chunk.split() if not w.isupper()]  # ("ЗСУ Валерієм Залужним")
    if len(words) == 1:  # "із Залужним", "Залужного": endings no nominative has
        return bool(CYRILLIC_NAME.fullmatch(words[0])) and words[0].lower().endswith(
            _OBLIQUE_ALONE)
    return len(words) > 1 and bool(CYRILLIC_NAME.fullmatch(words[0])) and (
        obliqueness(words[0])[0] > 0 or bool(CYRILLIC_NAME.fullmatch(words[-1])) and
        words[-1].lower().endswith(_OBLIQUE_ALONE))  # "Володимира Кудрицького": a genitive
    # first name may look like a nominative one; the surname's ending tells


_SAINTS = {"St", "St.", "Saint", "San", "Santa", "Sankt"}  # places: "St Mary's", "San José"
_UNRESOLVED = Entity("", None, "person")  # a role subject the page names no holder for
_OBJECT_MARKER = re.compile(  # right before a name ("gegen die Vereinigten Arabischen Emirate");
    # a programme that had a guest ("Invitée d'Europe Matin")
    r"(?<!\w)(?:(?:a|al|à|sobre|contra|contre|gegen)(?: (?:den|die|das|dem|le|la|les|el|los|las))? "
    r"|(?:in|auf|für|über|mit|bei|nach|aus|durch|unter|vor|an|dans|sur|pour|avec|con|para|por|en)"
    r" (?:der|die|das|dem|den|des|la|le|les|el|los|las) "  # "in die Schweizer Rechtsordnung"
    r"|[Ii]nvit(?:ée?|ad[oa])s? (?:de la |d['’]|de |du |sur |à |al |en )|[Zz]u Gast bei "
    r"|(?:en|in|dans|desde) )$")  # "en La Habana": a place
_OBLIQUE_ALONE = ("ним", "ьким", "цьким", "ским", "цким", "ым", "ого", "ому", "ієм", "ием")


def _stems(name: str) -> tuple[str, ...] | None:
    """The case stems of a Cyrillic name of two words or more, the key its forms share."""
    words = name.split()
    stems = tuple(case_stem(w) for w in words)
    return stems if len(words) > 1 and None not in stems else None


def _cyrillic_title_before(text: str, pos: int) -> str | None:
    """"Министр энергетики" before "(Казахстана) Иван Сомов": a title word and up to three
    lowercase words of its office, which end a capitalised chunk in Russian and Ukrainian."""
    words = text[max(0, pos - 80):pos].split()
    n = len(words)
    while n > 0 and len(words) - n < 3 and set(words[n - 1]) <= CYRILLIC_LETTERS \
            and not _titled(words[n - 1]):
        n -= 1
    if n > 0 and _titled(words[n - 1]) and re.fullmatch(r"[\w’'-]+", words[n - 1]):
        return " ".join(words[n - 1:])
    return None


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    n = bisect.bisect_right(spans, (pos, 1 << 62))
    return n > 0 and spans[n - 1][0] <= pos < spans[n - 1][1]
