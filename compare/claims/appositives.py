"""Speakers described rather than named, and names set off by commas, around a cue: "the
designer, who …" after a quotation, "the announcer said", "Vell, the minister, said", "Ann Lee,
a senior fellow at the Hoover Institution, said". Each helper returns token ranges (the speaker
phrase and, where there is one, the role or description beside it) for ``attribution`` to turn
into an attribution; none of them reads the text itself.
"""

from __future__ import annotations

from compare.claims.content import INTRO_WORDS
from compare.claims.cues import Cue, match_cue
from compare.claims.mentions import (ARTICLE_NAME, BODY_NOUNS, CAP_STOP, DETERMINERS,
                                     FRENCH_ADJECTIVE, NOT_NOUNS, PERSON_POSSESSIVES, QUOTE_TOKEN,
                                     RELATIVE_PRONOUNS, ROLE_NOUNS, SUBJECT_NOUNS, TITLE_MODIFIERS,
                                     TITLE_WORDS, Token, np_before, subject_end)

_DESCRIPTION_DETS = {"the", "a", "an", "one", "another", "his", "her", "their"}
DESCRIPTION_ENDS = {"who", "whose", "which", "that", "with", "for", "from", "familiar",
                    "involved", "close", "speaking", "asking", "in", "on", "at", "of", "during",
                    "after", "before", "when", "while", "as"}


def description_after(toks: list[Token], k: int) -> tuple[int, int] | None:
    """"…,” said the designer, who …" / "…,” said one person familiar with the talks": a
    determiner and a few words up to a comma, a relative or a preposition."""
    if k >= len(toks) or toks[k].low not in _DESCRIPTION_DETS:
        return None
    j = k + 1
    while j < len(toks) and j - k <= 8 and toks[j].low not in DESCRIPTION_ENDS and (
            toks[j].text.isalnum() or toks[j].text == "-"
            or toks[j].text.replace("-", "").replace("’", "").replace("'", "").isalpha()):
        j += 1
    if j > k + 1 and (j == len(toks) or toks[j].text in {",", ".", "("}
                      or toks[j].low in DESCRIPTION_ENDS):
        return (k, j)
    return None


_COMMON_DETS = {"the", "a", "an", "my", "his", "her", "their", "our", "its", "one", "another"}
# articles of a described speaker in other languages ("le maire de X, la capitale de Y, a
# déclaré"); not in _COMMON_DETS, where "la" or "die" would also open English clauses
_FOREIGN_DETS = {"le", "la", "les", "un", "une", "el", "los", "las", "der", "die", "das",
                 "ein", "eine"}
_DESCRIBED = _COMMON_DETS | _FOREIGN_DETS


def common_noun_subject(toks: list[Token], i: int, k: int, cue: Cue):
    """"“…,” the announcer said" / "the union wrote: “…”": a short common noun phrase that is
    not a known role, accepted only as the subject of a speech cue next to a quotation (the
    mention is kept; it resolves to no one unless the article says who)."""
    if cue.cls != "speech" or cue.lemma == "according to":
        return None
    j = subject_end(toks, i)
    d = j - 1
    if (bare := _bare_plural(toks, j, k, cue)) is not None:
        return bare
    if j == 0 or not toks[j - 1].text.replace("-", "").isalpha() or toks[j - 1].is_cap:
        return None  # the head is a common noun: "the announcer", "The New York businessman"
    while d >= 0 and j - d <= 6 and toks[d].low not in _COMMON_DETS:
        if not (toks[d].text in {"-", "/"} or toks[d].text.isdigit() or toks[d].low.endswith(
                ("'s", "’s")) and toks[d].text[:-2].isalpha() and j - d <= 4 and d > 0 and
                toks[d - 1].low in _COMMON_DETS or (  # "the world's biggest insurer"
                toks[d].text.replace("-", "").isalpha() and toks[d].text not in CAP_STOP)):
            return None
        d -= 1
    if d < 0 or d == j - 1 or toks[d].low not in _COMMON_DETS or any(
            t.low in {"et", "y", "und"} for t in toks[d + 1:j]):
        return None  # (not "…, a appris la nouvelle et a exprimé « … »": a French auxiliary
        # and a clause, not "a" and a noun phrase)
    opens = d == 0 or d == 1 and toks[0].low in _OPENERS and not any(
        t.text == QUOTE_TOKEN for t in toks)  # "But the insurer said the cuts …" (not "And the
    # ex-Wallaby added: “…”", where the speaker before goes on)
    if d > 0 and toks[d - 1].text not in {",", QUOTE_TOKEN, "as", "As"} and not opens:
        return None  # "… about the plan said": not the start of a clause (but "As one trader
        # said: …", "…, as the trader put it")
    before = toks[d - 1].text == QUOTE_TOKEN or (
        d > 1 and toks[d - 1].text == "," and toks[d - 2].text == QUOTE_TOKEN)
    after = any(t.text == QUOTE_TOKEN for t in toks[k:k + 8])
    closing = toks[d - 1].text == "," and (k == len(toks) or toks[k].text in {".", "!"}) and \
        is_agent_noun(toks[j - 1].low)  # "…, a Labour backbencher has said."
    that = opens and i == j and k < len(toks) and (
        toks[k].low == "that" or cue.lemma in _PLAIN_SAY and is_agent_noun(toks[j - 1].low)
        and _clause_starts(toks, k)) and \
        not any(t.low in _NOT_IN_SUBJECT for t in toks[d + 1:j])  # "The fisherman said that
    # …": the sentence's subject right before the cue, reported speech after it (not "The
    # response has been so promising that", "The government has played down claims that")
    return (d, j) if before or after or that or closing else None


def _bare_plural(toks: list[Token], j: int, k: int, cue: Cue) -> tuple[int, int] | None:
    """"…, traders said.", "But campaigners said there had been …": agents in the plural with
    no determiner right before the cue, what they said set off before them or after the cue."""
    if j == 0 or not toks[j - 1].text.isalpha() or not toks[j - 1].text.islower() or \
            not toks[j - 1].low.endswith("s") or not is_agent_noun(toks[j - 1].low) or \
            toks[j].low.endswith("ing") or k < len(toks) and toks[k].is_cap and (
                len(toks) - k <= 4 or k + 1 < len(toks) and toks[k + 1].is_cap):
        return None  # (not "Developers said" opening a sentence, read as a name; not "the
        # plans for pensioners saying", "… elements said Mr Owen": the subject after the cue)
    start = j - 1
    while start > 0 and j - start <= 3 and toks[start - 1].is_cap and \
            toks[start - 1].text not in CAP_STOP:
        start -= 1  # "Rover bosses said": whose agents
    closing = start > 0 and toks[start - 1].text == "," and (
        k == len(toks) or toks[k].text in {".", "!"})
    said = cue.lemma in _PLAIN_SAY and (k < len(toks) and toks[k].low == "that" or
                                        _clause_starts(toks, k))
    return (start, j) if closing or said else None


_OPENERS = {"but", "and", "yet", "meanwhile", "however"}
_PLAIN_SAY = {"say", "tell", "warn", "add", "insist", "argue"}  # (not "claim": "The runner
# claimed the top spot")


def is_agent_noun(noun: str) -> bool:
    """A noun that names who can speak: a body ("the insurer", "the companies") or an agent's
    word ("the fisherman", "the administrator", "the telecoms giant"), not a thing ("the
    brochure", "the 2024 budget")."""
    single = noun[:-3] + "y" if noun.endswith("ies") else noun[:-2] if noun.endswith(
        ("sses", "ches", "shes")) else noun[:-1] if noun.endswith("s") else noun
    return single in BODY_NOUNS or single in SUBJECT_NOUNS or single in _AGENT_WORDS or \
        single.endswith(_AGENT_ENDINGS)


_AGENT_ENDINGS = ("er", "or", "ist", "man", "woman", "men", "women", "ant", "ent", "ian")
_AGENT_WORDS = {"industry", "brewery", "alliance", "pair", "fan", "star", "figure",
                "academic", "boss", "coach"}


def _clause_starts(toks: list[Token], k: int) -> bool:
    """Whether a clause in reported speech starts at token ``k`` ("said its suspicions had
    been aroused", "told BBC News that"): a pronoun, a determiner or a name, not a time or a
    preposition ("said on Monday")."""
    if k >= len(toks):
        return False
    first = toks[k].low
    return first in _CLAUSE_SUBJECTS or toks[k].is_cap and first not in _NOT_CLAUSE or (
        toks[k].text.isalpha() and k + 1 < len(toks) and toks[k + 1].low in FINITE_AUXILIARIES)
    # ^ "said disasters have seen …", "said profits would fall"


# an English clause's verb right after its subject: "said disasters have seen …"
FINITE_AUXILIARIES = {"have", "has", "had", "was", "were", "is", "are", "would", "will",
                      "could", "can", "may", "might", "should", "must"}


_CLAUSE_SUBJECTS = {"it", "its", "he", "she", "they", "we", "i", "his", "her", "their", "there",
                    "the", "a", "an", "this", "these", "those", "all", "some", "many", "most",
                    "no", "more", "less"}
_NOT_CLAUSE = {"on", "in", "at", "monday", "tuesday", "wednesday", "thursday", "friday",
               "saturday", "sunday", "last", "this", "yesterday", "today"}
_NOT_IN_SUBJECT = {"has", "have", "had", "is", "are", "was", "were", "been", "be", "so", "of",
                   "very", "not"}


def name_appositive(toks: list[Token], i: int):
    """"Vell, the minister, said": the name before a role set off by commas."""
    j = subject_end(toks, i)
    if j < 3 or toks[j - 1].text != ",":
        return None, None
    if j >= 4 and toks[j - 2].text.isdigit() and toks[j - 3].text == ",":  # "Butz, 49, told"
        name = np_before(toks, j - 3)
        if name is not None and all(t.is_cap for t in toks[name[0]:name[1]]):
            return name, None
        return None, None
    role = np_before(toks, j - 1)
    if role is not None and role[0] >= 4 and toks[role[0] - 1].text != "," and \
            role[1] - role[0] >= 2 and all(t.is_cap for t in toks[role[0]:role[1]]) and (
                c := next((n for n in range(role[0] - 1, max(0, role[0] - 4), -1)
                           if toks[n].text == ","), None)) is not None and all(
                t.is_cap or t.text.isalpha() and t.text.islower() and t.low not in NOT_NOUNS
                and t.low not in DETERMINERS | _FOREIGN_DETS | _COMPLEMENT_WORDS
                and not t.low.endswith("ing") for t in toks[c + 1:role[0]]):
        return role, (c + 1, role[0])  # "The play's author, US playwright Eve Holm, says": the
        # name after its own title, set off after a role (not "Sales have tripled, outstripping
        # Holmsoft's Xbox,")
    if role is None or role[0] < 2 or toks[role[0] - 1].text != ",":
        return None, None
    if role[1] - role[0] >= 2 and all(t.is_cap for t in toks[role[0]:role[1]]):
        start = role[0] - 2
        while start > 0 and toks[start - 1].text != ",":
            start -= 1
        if any(t.low in ROLE_NOUNS for t in toks[start:min(start + 3, role[0] - 1)]):
            return role, (start, role[0] - 1)  # "La presidenta del INE, Guadalupe Taddey, anunció"
    name = np_before(toks, role[0] - 1)
    if name is not None and name[0] > 0 and toks[name[0] - 1].low in _PLACE_PREPOSITIONS:
        return None, None  # "Mr Lee, 32, from Wembley, London, said": a place and its county
    if name is None:
        if not _capitalised(toks, role):
            return None, None
        if _clause_start(toks, role[0]):
            return role, None  # "On Monday, after the vote, Gov. Ann Lee (R-Ore.), said"
        desc = _description_before(toks, role[0] - 1)
        return (role, desc) if desc is not None else (None, None)  # "the assailant, NAME,"
    common = name[1] - name[0] == 1 and name[0] > 1 and toks[name[0] - 1].text.islower() and \
        toks[name[0] - 2].low in _FOREIGN_DETS  # "Der klare Wahlgewinner, FPÖ-Parteichef
    # Herbert Kickl, …": an article, an adjective and a German noun, no one's name
    if all(t.is_cap for t in toks[name[0]:name[1]]) and not common and not (
            toks[name[0] - 1].low in _COMPLEMENT_WORDS
            and all(t.is_cap for t in toks[role[0]:role[1]])):
        return name, role  # (not "El biministro de Economía y Energía, Álvaro García, …",
        # whose capitals before the commas end an office's name)
    if toks[role[0]].low == "the" and _capitalised(toks, role):  # "The opposition party, the
        desc = _description_before(toks, role[0] - 1)  # SNP, said", when the description opens
        if desc is None or desc[0] > 1 and toks[desc[0] - 2].is_cap and toks[  # the clause,
                desc[0] - 2].text not in CAP_STOP:  # after no name: not "Hans Reckers, a board
            return None, None  # member of Germany's central bank, the Bundesbank, said"
        return role, desc
    if all(t.is_cap for t in toks[role[0]:role[1]]):
        return role, name  # "X's press secretary, NAME, said"
    return None, None


def _capitalised(toks: list[Token], span: tuple[int, int]) -> bool:
    """Every word of ``span`` is capitalised, but for "the" opening a body's name ("the
    CBI")."""
    a, b = span
    if toks[a].low == "the" and b - a > 1:
        a += 1
    return all(t.is_cap for t in toks[a:b])


_PLACE_PREPOSITIONS = {"from", "near"}  # (not "of", "at": "the co-chairman of the Party, X,")
_COMPLEMENT_WORDS = {"de", "del", "du", "des", "of", "y", "and", "et", "und", "für", "von", "la"}


def _after_dateline(toks: list[Token], name: tuple[int, int]) -> bool:
    """"London, Omar bin Karim, Minister of State, affirmed": a full name right after the
    place that opens a state agency's story and its comma."""
    return name[0] == 2 and toks[1].text == "," and toks[0].is_cap and \
        name[1] - name[0] > 1 and all(t.is_cap or t.low in {"bin", "al", "ibn", "bint"}
                                       for t in toks[name[0]:name[1]])


def long_appositive(toks: list[Token], i: int):
    """"Ann Lee, a senior fellow at the Hoover Institution, said", "As Ann Lee, who …, put it",
    "In a memo, an aide, who …, wrote": the name (or a role noun) before the commas."""
    j = subject_end(toks, i)
    if j < 3 or toks[j - 1].text != ",":
        return None, None
    for c in range(j - 2, max(0, j - 40), -1):
        t = toks[c]
        if t.text == "." and toks[c - 1].end == t.start:
            continue  # "R-Ky."
        if t.text == QUOTE_TOKEN and c > 1 and toks[c - 1].text[:1].isalnum() \
                and toks[c - 1].low not in {"said", "says"}:
            continue  # "…, who called it the “UAE consensus”, said": a term inside the clause
        if t.text == QUOTE_TOKEN or t.text in {";", "."}:
            return None, None  # (a colon may be a title's: "…, whose films include Star Wars:
            # The Phantom Menace, said")
        if (cue := match_cue(toks, c)) and not (t.low.endswith(("ing", "ed")) and toks[
                c - 1].text == ",") and toks[c + 1].text != "," \
                and toks[c - 1].low not in {"who", "which"} and all(
                    w.low != "whose" for w in toks[max(0, c - 6):c]) and not (
                    cue.needs_quote and c + len(cue.words) < len(toks)
                    and toks[c + len(cue.words)].low == "to") and \
                toks[c - 1].low not in DETERMINERS | PERSON_POSSESSIVES:
            return None, None  # ", noting …,", ", expected in …," and ", who asked …," are part
            # of the appositive; so are ", whose film went on to win …," (no quotation) and
            # ", whose question revealed …,"; ", in
            # his reply to …," names a reply (a noun, no verb); a cue word right before a
            # comma governs nothing there ("host of Radio X's chart show,")
        if t.text != ",":
            continue
        name = np_before(toks, c)
        doing = toks[c + 1].text.islower() and toks[c + 1].low.endswith(("ing", "ed")) and all(
            t.low != "by" for t in toks[c + 2:c + 4])  # (but "The study, carried out by Ann
        # Lee," is hers)
        if name is not None and _names_someone(toks, name) and (
                _clause_start(toks, name[0]) or _role_opens_clause(toks, name[0])
                or _role_set_off(toks, name[0]) or _after_dateline(toks, name)
                or _title_opens_sentence(toks, name[0])):
            return name, (None if doing and not toks[name[1] - 1].is_cap else (c + 1, j - 1))
            # (not "A senior official, speaking to the BBC's Ann Lee,": what a role did names
            # no one who holds it)
        desc = _description_before(toks, c)
        if desc is not None and (toks[c + 1].low in _DESCRIBED | {"who", "whose", "qui"}
                                 or _participle(toks[c + 1])):
            return desc, (c + 1, j - 1)  # "“…,” an aide, who …, told …", "the prefecture,
            # located …, said"
    return None, None


def _title_opens_sentence(toks: list[Token], n: int) -> bool:
    """A title of a few words, capitalised first, opens the sentence up to the name at token
    ``n``: "Former Manfred Mann singer Paul Jones, who …, said"."""
    return 0 < n <= 6 and toks[0].is_cap and all(
        t.text.isalpha() and (t.is_cap or t.low in ROLE_NOUNS or is_agent_noun(t.low))
        for t in toks[:n])  # (not "Hours before Friday's announcement, …")


def _role_opens_clause(toks: list[Token], n: int) -> bool:
    """A role phrase from a determiner that opens the clause up to the name at token ``n``:
    "Une heure auparavant, le candidat RN aux européennes Jordan Bardella, qui …, a demandé";
    or set off from it by a comma and ending in a role word: "The foreign minister, Ann Lee,
    who …, said"."""
    end = n - 1 if n > 2 and toks[n - 1].text == "," else n
    for d in range(end - 1, max(-1, end - 8), -1):
        if toks[d].text in {",", QUOTE_TOKEN, ";", ":"} or toks[d].low in RELATIVE_PRONOUNS:
            return False  # ("le ministre qui vit à Garoua, …": a place in his relative clause)
        if toks[d].low in DETERMINERS and _clause_start(toks, d):
            if end < n:
                return toks[end - 1].low in ROLE_NOUNS | TITLE_WORDS | TITLE_MODIFIERS
            return any(t.low in ROLE_NOUNS or t.text.islower() and FRENCH_ADJECTIVE.search(t.low)
                       for t in toks[d + 1:end])  # ("El italiano Jannik Sinner, …, destacó")
    return False


def _names_someone(toks: list[Token], np: tuple[int, int]) -> bool:
    """A capitalised name, or a determiner and a role noun ("a Warren adviser"), or an
    article, a role noun and a name ("la diputada de los Comuns Aina Vidal Sáez")."""
    first, last = toks[np[0]], toks[np[1] - 1]
    return (first.is_cap and (last.is_cap or ARTICLE_NAME.match(last.text))) or (
        np[1] - np[0] >= 3 and last.is_cap and toks[np[0] + 1].is_cap and first.low not in
        DETERMINERS) or (  # "But colleague Ian Gibson, who …,": a role word, then the name
        # (not "the Police Federation of England and Wales": a body's)
        first.low in _COMMON_DETS and last.low in ROLE_NOUNS) or (
        first.low in _FOREIGN_DETS and np[1] - np[0] > 2 and (
            toks[np[0] + 1].low in ROLE_NOUNS or FRENCH_ADJECTIVE.search(toks[np[0] + 1].low))
        and last.is_cap and toks[np[1] - 2].is_cap)  # ("El italiano Jannik Sinner")


def _role_set_off(toks: list[Token], n: int) -> bool:
    """A role phrase opens the clause and a comma sets off the name at token ``n`` after it:
    "El presidente del CNE, Elvis Amoroso, un funcionario cercano a Maduro, dijo"."""
    if n < 2 or toks[n - 1].text != ",":
        return False
    start = n - 2
    while start > 0 and toks[start - 1].text not in {",", QUOTE_TOKEN}:
        start -= 1
    return n - 1 - start <= 8 and _clause_start(toks, start) and any(
        t.low in ROLE_NOUNS for t in toks[start:min(start + 3, n - 1)])


def _clause_start(toks: list[Token], n: int) -> bool:
    """Token ``n`` opens the clause: the sentence starts there, or a quotation, "As", or an
    opening adverbial ("Later in the day, …") comes before it."""
    if n == 0 or toks[n - 1].text == QUOTE_TOKEN or (n == 1 and toks[0].text in CAP_STOP):
        return True  # the last: "Even Ann Lee, …, said", "But Ann Lee, …, said"
    if toks[n - 1].low == "as":
        return _clause_start(toks, n - 1)
    if toks[n - 1].low in _CLAUSE_LINKS and toks[n].is_cap and n > 1 and \
            toks[n].text[-2:] not in {"'s", "’s"}:
        return True  # "His comments come after Dave Holm, …, told": a clause of its own
    if toks[n - 1].text != ",":
        return False
    if n > 1 and toks[n - 2].text == QUOTE_TOKEN:
        return True
    return (toks[0].low in INTRO_WORDS or toks[0].text in CAP_STOP
            or _time_opener(toks[:n - 1])) and not any(
        t.text == QUOTE_TOKEN or (cue := match_cue(toks, m)) is not None and
        cue.lemma != "according to" for m, t in enumerate(toks[:n - 1]))  # "According to X,"


# words that make a short opening phrase a time adverbial: "An hour earlier, NAME, who …, said"
_TIME_WORDS = {"earlier", "later", "ago", "afterwards", "previously", "meanwhile", "auparavant",
               "tôt", "tard", "antes", "después", "luego", "zuvor", "später", "früher", "ранее",
               "позже", "затем"}


def _time_opener(toks: list[Token]) -> bool:
    return len(toks) <= 5 and any(t.low in _TIME_WORDS for t in toks)


def _participle(tok: Token) -> bool:
    """"located", "based": a past participle opening a description set off by commas."""
    return tok.low.endswith("ed") and tok.text.isalpha() and not tok.is_cap


def _description_before(toks: list[Token], c: int) -> tuple[int, int] | None:
    """"the assailant" in "…,” the assailant, NAME, told", "The ATP Tour's sponsor, NAME,",
    "Manufacturers' organisation, the EEF,": a determiner, or an owner, and a few words that
    open the clause, ending at the comma ``c``."""
    d = c - 1
    owner = False
    while d >= 0 and c - d <= (7 if owner else 5) and toks[d].low not in _DESCRIBED:
        if toks[d].text in {"'", "’"} and d > 0 and toks[d - 1].low.endswith("s") or \
                toks[d].low.endswith(("'s", "’s")) and toks[d].text[:-2].isalpha():
            owner = True  # "The United Nations' emergency relief coordinator"
        elif not toks[d].text.replace("-", "").isalpha():
            return None
        d -= 1
    if owner and any(t.low == "of" for t in toks[d + 1:c]):
        return None  # "a board member of Germany's central bank": a role of a person named
        # before it
    if owner and d + 1 < c - 1 and _clause_start(toks, d + 1) and toks[d + 1].is_cap:
        return (d + 1, c)  # ("Britain's biggest retailer, Tesco, said": no determiner)
    if d < 0 or d == c - 1 or toks[d].low not in _DESCRIBED or not _clause_start(toks, d) or \
            any(t.low in _CLAUSE_LINKS for t in toks[d + 1:c]):
        return None  # (not "His comments come after Dave Holm, …, told": a clause, then the
    return (d, c)    # name)


_CLAUSE_LINKS = {"after", "before", "when", "while", "since", "as", "because", "until", "if"}
