"""Attribution inside one sentence: a cue verb from ``compare/rules/cues.tsv`` and the speaker
mention it governs ("X said", "said X", "X, who told ... that", "according to X", "X told ...",
"X insisted ..."), and the content it introduces.

Quoted passages are replaced by one opaque token, so a cue inside a quotation never attributes
and "…,” he said" sees the quotation right before "he".
The cue lexicon is in ``cues``; speakers described rather than named ("the announcer said") or
set off by commas ("Vell, the minister, said") are found by ``appositives``.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from compare.claims.appositives import (DESCRIPTION_ENDS, FINITE_AUXILIARIES,
                                        common_noun_subject, description_after, is_agent_noun,
                                        long_appositive, name_appositive)
from compare.claims.cases import (LOCATIVE_BODIES, LOWERCASE_BODIES, case_after, obliqueness,
                                  role_in_genitive)
from compare.claims.content import (INTRO_WORDS, OBJECT_CUES, THAT_WORDS, content_end,
                                    fill_content)
from compare.claims.cues import Cue, cue_lexicon, has_cue_word, match_cue, romance_participle
from compare.claims.mentions import (ACCOMPANIED, AGE_NOUN, ALPHANUMERIC_NAME, CAP_STOP,
                                     CAPITALS, CONNECTORS, CYRILLIC_LETTERS, DETERMINERS,
                                     FOREIGN_BODIES, FRONTED_CUES, GERMAN_ARTICLES, GERMAN_NOUN,
                                     INDEFINITE_ARTICLES, MEDIA, MONTHS, NAME_PARTICLES,
                                     NOT_NOUNS,
                                     OF_WORDS, ORG_WORDS, PEOPLE_NOUNS, PERIPHRASES,
                                     PERSON_POSSESSIVES,
                                     PERSONAL_PRONOUNS, PRONOUNS, QUOTE_TOKEN, RELATIVE_PRONOUNS,
                                     ROLE_ADJECTIVES, ROLE_NOUNS, SOURCE_NOUNS, TITLE_MODIFIERS,
                                     TITLE_WORDS,
                                     WEEKDAYS, Token,
                                     adverb, adverb_phrase_before, appositive_name, compound_role,
                                     country_words, elided, genitive_lead, is_medium, is_role_noun,
                                     is_role_noun_or_compound,
                                     np_after, np_before, np_until_comma, role_groups, subject_end,
                                     tokenize)
from compare.claims.quotes import AMBIGUOUS_DOUBLE, CLOSE_DOUBLE, CLOSE_SINGLE, OPEN_DOUBLE
from compare.claims.speaker_names import DETERMINERS as ENGLISH_ARTICLES
from compare.claims.speaker_names import given_names, is_honorific

EVIDENCE_SUBJECTS = {"poll", "polls", "survey", "surveys", "study", "studies", "data", "video",
                     "footage", "report", "reports", "records", "documents", "figures",
                     "results", "numbers", "analysis", "transcript", "research", "averages",
                     "review", "audit", "investigation", "tally", "count", "estimates"}
SUBJECT_ONLY_PRONOUNS = {"they", "we", "i", "it", "who", "quien", "qui", "you",
                         *PERSONAL_PRONOUNS}
POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your", "the", "a", "an", "these",
               "those", "this", "that"}
CLAUSE_OPENERS = {"he", "she", "it", "they", "we", "i", "the", "there", "this", "that", "a",
                  "an", "his", "her", "their", "our", "its", "you", "no", "if", "some", "many"}


_GROUP_HEADS = {"aides", "sources", "officials", "spokesmans", "spokeswomans", "spokespersons",
                "members", "advisers", "advisors", "allies", "lawyers", "attorneys", "friends",
                "supporters", "staffs", "heads", "leaders", "chairmans", "directors",
                "representatives", "analysts", "experts", "critics", "researchers"}


@dataclass
class Attribution:
    """One attribution found in a sentence (character offsets into the document text)."""

    mention: str
    mention_span: tuple[int, int]
    cue: str
    cue_lemma: str
    cue_span: tuple[int, int]
    content: list[tuple[int, int]] = field(default_factory=list)
    quote_after_cue: bool = False   # "X said: “…”"
    quote_before_np: bool = False   # "“…,” X said"
    antecedent: str | None = None   # "who" -> the phrase it refers to
    role_hint: str | None = None    # "X's press secretary, NAME": the role phrase
    more: list["Attribution"] = field(default_factory=list)  # further ones in the sentence
    via: str | None = None          # the medium it is relayed through: "according to Reuters, X …"
    backward: bool = False          # "Об этом заявил X.": speaks for the sentence before
    last_subject: bool = False      # "…, heißt es in einer Erklärung.": the previous subject
    case: str | None = None         # "по словам Ивана Сомова": the mention is in the genitive


_QUOTED_NAME = re.compile(rf"[«„]\s*[{CAPITALS}][\w-]*(?:\s+[{CAPITALS}][\w-]*){{0,3}}\s*[»“]")


def sentence_tokens(text: str, start: int, end: int,
                    quotes: list[tuple[int, int]]) -> list[Token]:
    """Tokens of the sentence with each quotation (clipped to it) as one QUOTE_TOKEN.
    ``quotes``: the paragraph's quotation spans, in order (only those overlapping are read)."""
    toks: list[Token] = []
    pos = start
    first = max(bisect.bisect_right(quotes, (start, 1 << 62)) - 1, 0)
    for qa, qb in quotes[first:bisect.bisect_left(quotes, (end, -1))]:
        qa, qb = max(qa, start), min(qb, end)
        if qb <= qa:
            continue
        toks += tokenize(text, pos, qa)
        inner = tokenize(text, qa + 1, qb - 1) if qb - qa < 60 and toks and \
            toks[-1].text.islower() else []  # a word or a name in marks after a verb?
        if len(inner) == 1 and adverb([toks[-1], *inner], 1):
            toks.append(Token(inner[0].text, qa, qb))  # "avait "solennellement" demandé"
        elif inner and _QUOTED_NAME.fullmatch(text, qa, qb):
            inner[0] = Token(inner[0].text, qa, inner[0].end)  # "сообщает «Интерфакс»": a name
            # in marks, no speech (the marks kept in the mention)
            inner[-1] = Token(inner[-1].text, inner[-1].start, qb)
            toks += inner
        else:
            toks.append(Token(QUOTE_TOKEN, qa, qb))
        pos = qb
    toks += tokenize(text, pos, end)
    if _EXCELLENCY.isdisjoint(t.text for t in toks):
        return toks  # (most sentences)
    return [t for n, t in enumerate(toks) if not _honorific(toks, n)]


_EXCELLENCY = frozenset({"HE", "H.E.", "H.E"})


def _honorific(toks: list[Token], n: int) -> bool:
    """"HE the Prime Minister", "H.E. Sheikh Ali": His Excellency, not the pronoun."""
    if toks[n].text not in _EXCELLENCY or n + 1 == len(toks):
        return False
    after = toks[n + 1]
    return after.text == "the" or (after.is_cap and not after.text.isupper())


# A passive cue and its agent: "was announced by X", "fue confirmada por X", "a été annoncé par X"
_BY_AGENT = re.compile(r"\b(?:was|were|been|is|are|fue|fueron|sido|es|son|été|est|sont|fut)\s+"
                       r"(\w+(?: a conocer)?)\s+(?:by|por|par)\s", re.IGNORECASE)  # ("fue
# dado a conocer por X")
_PASSIVE_LEMMAS = {"announce", "confirm", "deny", "declare", "state", "say", "reveal",
                   "disclose", "claim", "criticise", "condemn", "praise", "accuse", "warn",
                   "urge", "tell"}  # not "report": "is reported by Reuters" names the relay;
# not "welcome": "welcomed by Apple fans"
_PARTICIPLE_AGREEMENT = (("adas", "ado"), ("ados", "ado"), ("ada", "ado"), ("idas", "ido"),
                         ("idos", "ido"), ("ida", "ido"), ("ées", "é"), ("és", "é"), ("ée", "é"))


def _passive_cue(word: str) -> Cue | None:
    """The cue a participle of the passive is a form of ("confirmada" -> "confirmado")."""
    low = word.lower()
    if low.endswith(" a conocer"):  # "dado a conocer": the participle of "dar a conocer"
        return next((c for c in cue_lexicon().get("dio", ()) if c.words == ("dio", "a", "conocer")),
                    None)
    low = next((low[:-len(e)] + m for e, m in _PARTICIPLE_AGREEMENT if low.endswith(e)), low)
    return next((c for c in cue_lexicon().get(low, ()) if len(c.words) == 1 and c.particle is None
                 and c.lemma in _PASSIVE_LEMMAS and not c.needs_quote), None)  # not "made +
    # announcement": "is made by" is no statement


def _passive_agent(text: str, start: int, end: int, quotes: list[tuple[int, int]]
                   ) -> Attribution | None:
    """"The arrest was announced by the minister", "La noticia fue confirmada por la
    Presidencia": the agent of a statement verb in the passive is its speaker, and what was
    announced (the subject before the verb) is its content."""
    seg = text[start:end]
    if " by " not in seg and " por " not in seg and " par " not in seg:
        return None  # most sentences: no agent at all
    m = _BY_AGENT.search(text, start, end)
    cue = _passive_cue(m.group(1)) if m is not None else None
    if cue is None:
        return None
    toks = sentence_tokens(text, start, end, quotes)
    i = next((n for n, t in enumerate(toks) if t.start == m.start(1)), None)
    if i is None or i < 2:
        return None
    by = next(n for n in range(i + 1, len(toks)) if toks[n].start >= m.end(1))  # ("dado a
    # conocer por")
    named = _role_then_name(text, toks, by + 1)
    np = named[1] if named is not None else np_after(toks, by + 1)  # "by the mayor, Ann
    # Holm, on Monday": the name
    if np is None or not any(t.is_cap or is_role_noun(t.low) for t in toks[np[0]:np[1]]) or \
            text[toks[np[1] - 1].end:toks[np[1] - 1].end + 1] in "'’" or \
            is_medium(text[toks[np[0]].start:toks[np[1] - 1].end]):
        return None  # "by tests": no one who speaks; "by Brussels' own studies"; a medium
    att = _make(text, toks, np, i, by, cue)
    subject_end = toks[i - 1].start
    while subject_end > start and text[subject_end - 1] in " ,":
        subject_end -= 1
    att.content = [(start, subject_end)]
    att.backward = text[start:subject_end].lower() in _WHAT_CAME_BEFORE  # "Lo anterior fue
    # dado a conocer por X": the sentence before is X's
    return att


_WHAT_CAME_BEFORE = {"lo anterior", "esto", "ello", "this", "cela", "ceci"}


def find_attribution(text: str, start: int, end: int,
                     quotes: list[tuple[int, int]]) -> Attribution | None:
    """The first cue in ``text[start:end]`` with a speaker mention, or None.

    Further attributions in the same sentence ("…, adding that …", "X said A and warned B",
    "X said Y told him Z") are in ``.more``. A medium that says whom it cites ("Reuters
    reported, citing X") is the relay of X.
    """
    cited = _CITING.search(text, start, end) if any(
        text.find(hint, start, end) >= 0 for hint in _CITING_HINTS) else None
    if cited is not None and (att := _attribution(text, start, cited.start(), quotes)) and \
            att.via is None and is_medium(att.mention):
        toks = sentence_tokens(text, cited.end(), end, quotes)
        phrase = next((n for n, t in enumerate(toks[:7]) if not t.text[:1].isalnum()), 0)
        if (np := np_after(toks, 0) or ((0, phrase) if phrase else None)) is not None:  # (or
            # the words up to a stop: "со ссылкой на источник в министерстве")
            a, b = _span(toks, *np)  # "сообщает ТАСС со ссылкой на министра Ивана Холмова":
            att.via, att.mention, att.mention_span = att.mention, text[a:b], (a, b)  # the
            att.case = "acc" if cited.group().rstrip()[-2:] == "на" else None  # accusative
            return att
    return _attribution(text, start, end, quotes)


# "Reuters reported, citing X", "сообщает ТАСС со ссылкой на X", "informó EFE citando a X",
# "berichtete die dpa unter Berufung auf X": what a medium says whom it cites for
_CITING = re.compile(r",?\s(?:citing|quoting|citant|citando(?: a)?|со ссылкой на|ссылаясь на"
                     r"|із посиланням на|з посиланням на|посилаючись на|unter Berufung auf)\s")
_CITING_HINTS = ("cit", "quoting", "ссыл", "посила", "Berufung")  # (found faster than searched)


def _attribution(text: str, start: int, end: int,
                 quotes: list[tuple[int, int]]) -> Attribution | None:
    active = _find_attribution(text, start, end, quotes)
    if active is not None and active.backward:
        return active  # "This was stated by X …": X said the sentence before
    passive = _passive_agent(text, start, end, quotes)
    if passive is not None and (active is None or active.cue_span[0] < passive.cue_span[1]
                                and passive.cue_span[0] < active.cue_span[1]):
        return passive  # "He has been criticised by the SNP": the SNP, not "He"
    return active  # another cue: "X said …, but the move was criticised by analysts", "… was
    # denied by a spokesman, who said: “…”"


# "A su juicio, …": the view of whoever the article spoke of last, as with "según él"
_OWN_VIEW = re.compile(r"(A su juicio|En su opinión|A su entender|A su parecer|[ÀA] son avis"
                       r"|[ÀA] ses yeux|(?:Seiner|Ihrer) (?:Meinung|Ansicht) nach"
                       r"|Aus (?:seiner|ihrer) Sicht|Nach (?:seiner|ihrer) (?:Ansicht|Einschätzung)"
                       r"|Nach (?:seinen|ihren) Worten)\b")


def _own_view(text: str, start: int, end: int, quotes: list[tuple[int, int]]
              ) -> Attribution | None:
    m = _OWN_VIEW.match(text, start, end)
    if m is None:
        return None
    toks = sentence_tokens(text, start, end, quotes)
    k = next(n for n, t in enumerate(toks) if t.start >= m.end())
    att = Attribution("", (start, start), m.group(1), "according to", (start, m.end()))
    k += toks[k].text == ","
    stop = content_end(text, start, end)
    if k < len(toks) and toks[k].start < stop:
        att.content = [(toks[k].start, stop)]  # all after the phrase, however many commas
    return att


_BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}
_PLACE_BEFORE = {"in", "at", "into", "near"}
_HAVE_FORMS = {"has", "have", "had", "having", "'ve", "’ve"}
_PARTICIPLES_ONLY = {"written", "shown"}  # English cue forms that are no past tense
_MEANS = {"phone", "telephone", "email", "e-mail", "video", "videolink", "letter", "text",
          "fax", "radio", "satellite", "post", "then", "now", "tomorrow", "tonight", "noon",
          "midday", *WEEKDAYS, *MONTHS}  # "he said by phone", "… by Friday": how or when
_STORY_OWNERS = {"the", "a", "an", "its", "his", "her", "their"}
_STORIES = {"story", "stories", "tale", "tales", "history"}
# verbs whose passive subject is whom the speech is addressed to or aimed at, not its speaker
# ("it is thought", "he is said to" stay hearsay)
_SAID_TO_OR_OF = {"accuse", "criticise", "warn", "urge", "tell", "ask", "call", "declare",
                  "praise", "condemn", "welcome", "question", "remind", "announce", "reveal",
                  "mention", "describe", "rule out"}
_RAISED_HEARSAY = {"say", "think", "believe", "report", "understand", "rumour", "rumor",
                   "claim", "allege", "expect", "know"}  # "X is said to": of X, not by X
# ("Nominations were announced on Sunday": what was said; "Henry is ruled out with an injury":
# left out of the side, no speech at all)

_INSTRUMENTAL = re.compile(r"[а-яёіїєґ]{3,}(?:ом|ем|ой|ей|ою|ею|ами|ями|ым|им)")  # "чудом"


def _speech_after(toks: list[Token], n: int, title_case: bool) -> bool:
    """Whether a speech verb follows at token ``n``, past "have" ("… to have called"; not
    "… to believe")."""
    n += n < len(toks) and toks[n].low == "have"
    return n < len(toks) and (cue := match_cue(toks, n, title_case)) is not None and \
        cue.cls == "speech"


def _after_have(toks: list[Token], i: int) -> bool:
    """Whether a form of "have" stands before token ``i``, past up to two lowercase words
    ("has long written"): a perfect, not a participle alone."""
    for n in range(i - 1, max(-1, i - 4), -1):
        if toks[n].low in _HAVE_FORMS:
            return True
        if not (toks[n].text.isalpha() and toks[n].text.islower()):
            return False
    return False


def _find_attribution(text: str, start: int, end: int,
                      quotes: list[tuple[int, int]]) -> Attribution | None:
    if text[start:start + 1] in "AEÀSIN" and (view := _own_view(text, start, end, quotes)):
        return view
    if text.startswith(_IN_THE_VIEW_OF, start) and (
            view := _in_the_view_of(text, start, end, quotes)) is not None:
        return view  # "Para la Fiscalía, …"
    if (made := _remarks_made(text, start, end, quotes) or (
            text[start:start + 1] in "TS" and _words_of(text, start, end, quotes))):
        return made
    if not has_cue_word(text, start, end):
        if ", so " in text[start:end]:
            return _so_signed(text, start, end, quotes) or _fronted(text, start, end, quotes)
        return _fronted(text, start, end, quotes)  # most sentences: no cue word at all
    toks = sentence_tokens(text, start, end, quotes)
    if (back := _backward(text, toks) or _english_backward(text, toks)) is not None:
        relay = next((n for n in range(len(toks) - 2, 1, -1) if toks[n].low in _RELAYING), None)
        back.via = back.via or (relay and _relaying_medium(text, toks, relay)) or \
            _reporting_medium(text, toks)  # "Об этом X заявил …, передает ТАСС.", "This was
        # stated by X …, an Ukrinform correspondent reports."
        return back
    words = [t for t in toks if len(t.text) > 3 and t.text.isalpha()]
    title_case = len(words) >= 3 and sum(t.is_cap for t in words) >= 0.8 * len(words)
    first: Attribution | None = None
    handover = None  # the speech verb after a set-off participle's phrase
    for i in range(len(toks)):
        cue = match_cue(toks, i, title_case)
        if cue is None:
            continue
        k = i + len(cue.words)
        if toks[i].low in _NOUN_CUES and (k < len(toks) and match_cue(toks, k, title_case) or (
                i > 0 and toks[i - 1].low in _BEFORE_NOUN_CUE)):
            continue  # "Media reports say …", "Following claims that …": a noun
        if toks[i].low == "per" and not ((i == 0 or toks[i - 1].text == ",") and k < len(
                toks) and (toks[k].low in ENGLISH_ARTICLES or toks[k].is_cap)):
            continue  # "…, per the AP.", "Per the AP, …": according to it (not "per cent",
            # "$5 per share")
        if first is None and _numeric_subject(toks, i):
            if k < len(toks) and toks[k].text == ",":
                continue  # "faster than the 0.4% reported, according to X": a figure's verb
            return None  # "35% said ...": poll figures, not a speaker
        if first is not None and toks[i].start < first.cue_span[1]:
            continue
        if cue.lemma == "ask" and k < len(toks) and toks[k].low in {"not", "to"}:
            continue  # "who asked not to be named": a request, not speech
        if cue.lemma == "tell" and k + 1 < len(toks) and toks[k].low in _STORY_OWNERS and \
                toks[k + 1].low in _STORIES:
            continue  # "Sideways tells the story of two men": a film's plot, not speech
        if i >= 2 and toks[i - 1].low in {"who", "which"} and toks[i - 2].text == "," and \
                (head := np_before(toks, i - 2)) is not None and head[0] == 0 and (
                close := next((n for n in range(k, len(toks)) if toks[n].text == ","),
                              None)) is not None and close + 1 < len(toks) and \
                (later := match_cue(toks, close + 1, title_case)) is not None and \
                later.lemma in {"say", "tell", "add"}:
            continue  # "Ana Holm, who declined to comment on the deal, said": the cue after the
            # relative clause, not in it (when the name opens the sentence)
        if i > 0 and toks[i - 1].low in _BE_FORMS and cue.lemma in _RAISED_HEARSAY and \
                k < len(toks) and toks[k].low == "to" and \
                not _speech_after(toks, k + 1, title_case):
            continue  # "Mr Brown is said to have worked …": hearsay about him, no one named
            # (but "Obama is reported to have called the Saudis “free riders”": his words)
        if i > 0 and toks[i - 1].low in _BE_FORMS and cue.lemma in _SAID_TO_OR_OF and \
                not toks[i].low.endswith("ing"):  # (not "is warning")
            continue  # "Five has been criticised for …", "he was told": whom it was said to
            # or of (an agent after "by" is _passive_agent's)
        if not cue.foreign and len(cue.words) == 1 and i > 0 and (
                toks[i].low in _PARTICIPLES_ONLY and not _after_have(toks, i)
                or k + 1 < len(toks) and toks[k].low == "by" and toks[i].low.endswith("ed")
                and toks[k + 1].low not in _MEANS and not toks[k + 1].low.endswith("ing")):
            continue  # "Viruses written to make headlines", "a written answer", "Solutions
            # suggested by conservationists include": a participle, its noun no speaker
        if first is not None and i == handover:
            att = _make(text, toks, (0, 0), i, k, cue)  # "X, in a tweet responding to Y,
            # said …": X's verb takes over from the participle, and what X said follows it
            att.mention, att.mention_span, att.antecedent, att.role_hint, att.case = \
                first.mention, first.mention_span, first.antecedent, first.role_hint, first.case
            fill_content(toks, i, k, att, start, end, text)
            att.via = first.via or _relay(text, toks, i, cue.foreign)
            first = att
            continue
        if first is None:
            handover = _set_off_participle(toks, i, title_case)
        att = None
        if first is not None and cue.lemma == "according to" and \
                first.mention.lower() in _ANYONE:
            if (att := _according(text, toks, i, k, cue)) is not None:
                fill_content(toks, i, k, att, start, end, text)
                first = att  # "letting people tell …, according to Carly Fiorina": hers
            continue
        if first is not None and i > 0 and cue.cls == "speech" and (
                (toks[i - 1].text == "," and toks[i].low.endswith(_GERUND))
                or toks[i - 1].low in {"and", "but"}):
            att = _make(text, toks, (0, 0), i, k, cue)  # same speaker, next verb
            att.mention, att.mention_span = first.mention, first.mention_span
            att.antecedent = first.antecedent
        elif first is not None and first.via is None and first.cue_lemma == "according to" \
                and is_medium(first.mention) and cue.cls == "speech" and i > 0 \
                and toks[i - 1].low not in _AS:
            att = _inverted(text, toks, i, k, cue) or _subject(text, toks, i, k, cue)
            if att is not None:  # "According to Reuters, the minister said …": a relay
                fill_content(toks, i, k, att, start, end, text)
                att.via, first = first.mention, att
            continue
        elif first is not None and i > 1 and toks[i - 1].text == "," and \
                toks[i - 2].text == QUOTE_TOKEN and cue.cls == "speech" and \
                first.quote_after_cue and first.cue_span[1] <= toks[i - 2].start and \
                (closing := _inverted(text, toks, i, k, cue)) is not None and closing.mention:
            fill_content(toks, i, k, closing, start, end, text)
            first = closing  # "Der Konzern verteidigte …: „…“, sagte X": the quotation's
            continue  # own sayer, after it, not the subject of the clause that opened it
        elif first is not None and first.via is None and (
                medium := _closing_medium(text, toks, i, k, cue)) is not None:
            first.via = medium  # "“…,” Lin said, Xinhua News Agency reported.": the relay
            continue
        elif first is not None and (colon := _colon_quoter(text, toks, i, k, cue, first)
                                    ) is not None:
            fill_content(toks, i, k, colon, start, end, text)
            first = colon  # "…, but Parry explained: “…”": who opens the quotation says it
            continue
        elif first is not None and (final := _closing_sayer(
                text, toks, i, k, cue, first.mention.lower() in PRONOUNS)) is not None:
            fill_content(toks, i, k, final, start, end, text)
            first = final  # "X condemned …, X's spokesman Ann Lee said.": Lee is the source
            continue
        elif first is not None:
            other = _contrasting_speaker(text, toks, i, k, cue, first)
            if other is not None:  # "While A said …, B has maintained that …"
                fill_content(toks, i, k, other, start, end, text)
                first.more.append(other)
            continue  # a second subject in the sentence: nested speech, left to the first
        elif i > 1 and (toks[i - 1].text == "," or toks[i - 1].low == "en" and toks[i - 2].text
                        != ",") and toks[i].low.endswith(_GERUND) \
                and cue.cls == "speech" and cue.lemma != "according to":
            att = _participle(text, toks, i, k, cue)  # "Trump hit back, saying ...", "X a
            # réagi en déclarant que …"
        elif cue.lemma == "according to":
            att = _according(text, toks, i, k, cue)
            if att is not None and att.via and (medium := np_after(toks, k)) is not None:
                k = medium[1]  # "X fears, according to Zeit Online, that …": after the medium
        elif (att := _as_said(text, toks, i, k, cue) or _located_body(text, toks, i, k, cue)
              ) is not None:
            pass
        else:
            att = _perfect_subject(text, toks, i, k, cue) or \
                _subject_after_opening(text, toks, i, k, cue) or \
                _v2_pronoun(text, toks, i, k, cue) \
                or _quoted_as(text, toks, i, k, cue) or _inverted(text, toks, i, k, cue) \
                or _subject(text, toks, i, k, cue) or _closing_inverted(text, toks, i, k, cue)
            if att is None and i > 1 and cue.cls == "speech" and (
                    toks[i - 1].low in {"and", "but"}  # "Lee paused, but told them, “…”"
                    or toks[i].low.endswith("ing") and toks[i - 2].low in _CHANNELS
                    or toks[i].low.endswith(_GERUND) and k < len(toks)
                    and (toks[k].low in THAT_WORDS or toks[k].text == ":")):
                att = _participle(text, toks, i, k, cue)  # "X reacted via Twitter stating",
                # "X proposed the motion claiming that …"
            if att is None:
                att = _null_subject(text, toks, i, k, cue)
        if att is not None and cue.particle and att.mention.lower().endswith(f" {cue.particle}"):
            cut = len(cue.particle) + 1  # "wollte die Moderatorin wissen": not the mention's
            att.mention = att.mention[:-cut]
            att.mention_span = (att.mention_span[0], att.mention_span[1] - cut)
        if att is None or att.mention.lower() == "sie" and toks[i].low.endswith("en") or \
                att.mention.lower() in DETERMINERS | _INDEFINITE_ARTICLES and \
                att.mention.lower() not in PRONOUNS:  # ("According to her, …": a pronoun)
            continue  # "sagten sie": they, whom the article does not name; "Un accusé
            # silencieux": an article and a noun, no one's name
        if cue.foreign and cue.lemma != "according to" and \
                att.mention.split(" ", 1)[0] in _GERMAN_OBJECT_ARTICLES | {"des"}:
            att = _member_of(text, toks, att, i, k, cue)  # "auf dem Platz gestanden": no
            if att is None:                               # subject
                continue
        att.case = att.case or case_after(att.cue)
        fill_content(toks, i, k, att, start, end, text)
        att.via = att.via or _relay(text, toks, i, cue.foreign)  # "X told Reuters", "… in an
        # interview with"
        if cue.needs_quote and not _beside_quote(toks, i, att):
            if (cue.lemma in _TRIBUTE_CUES or cue.lemma in {"describe", "call"} and cue.foreign
                    ) and _quote_in_object(toks, k):  # ("nannte Aiwanger „Schande Bayerns“")
                att.quote_after_cue = True  # "mourned the loss of “a great man”", "назвала
                # заявление «провокацией»" (no "as" in Russian: the quotation is the object's),
                # "décrit un « déni démocratique »"
            elif cue.lemma in _AS_CUES and _quote_as(toks, k, i):
                att.quote_after_cue = _quote_as(toks, k)  # "hailed him as “…”" introduces it
            elif cue.lemma == "describe" and cue.foreign and any(
                    t.low in {"als", "comme", "como"} or _INSTRUMENTAL.fullmatch(t.text)
                    for t in toks[k:k + 4 if toks[i].low[:1] in CYRILLIC_LETTERS else k + 10]):
                pass  # "bezeichnete die Übernahme als große Chance", "назвал чудом победу":
                # a judgement said, no quotation needed (not "назвал сына Иваном": a name)
            elif k < len(toks) and toks[k].low in THAT_WORDS and cue.foreign:
                pass  # "a confié que …", "a martelé que …": reported speech, no quotation
            elif not (cue.lemma in _PRAISE_CUES and all(t.text != QUOTE_TOKEN for t in toks)):
                continue  # "Guterres hailed the development": praise with no quotation at all
        if first is None:
            first = att
        elif att.content and att.content[0][0] > first.cue_span[1]:
            first.more.append(att)
    return first or _fronted(text, start, end, quotes, toks) or _incise(text, start, end, quotes) \
        or (_so_signed(text, start, end, quotes) if ", so " in text[start:end] else None)


def colon_speech(text: str, start: int, end: int, quotes: list[tuple[int, int]]
                 ) -> Attribution | None:
    """"Sogar Granit Xhaka machte eine Ausnahme: "…"", "el exmandatario protestó enérgicamente:
    “…”": a quotation after the colon that ends a clause whose subject, opening it (past a
    word or a short adverbial), is a person named or a role; the verb before the colon need not
    be one of saying. Tried last, when no cue and no label attributes the sentence."""
    colon = next((q for q, _ in quotes if start < q < end and text[start:q].rstrip().endswith(":")
                  and text[start:q].count(":") == 1), None)
    if colon is None:
        return None
    toks = sentence_tokens(text, start, end, quotes)
    c = next((n for n, t in enumerate(toks) if t.text == ":"), None)
    if c is None:
        return None
    if c + 1 >= len(toks) or toks[c + 1].text != QUOTE_TOKEN or any(
            t.text == QUOTE_TOKEN for t in toks[:c]):
        return None
    comma = next((n for n, t in enumerate(toks[:min(c, 5)]) if t.text == ","), -1)
    if comma > 0 and any(t.is_cap for t in toks[1:comma]):
        comma = -1  # "Luis de la Holm, seleccionador español: …": a label, not an adverbial
    for j in sorted({0, 1, comma + 1}):
        np = np_after(toks, j) if j < c else None
        if np is None or np[1] >= c or not toks[np[1]].text.isalpha() or \
                not toks[np[1]].text.islower() or toks[np[0]].low in PRONOUNS or \
                toks[np[1]].low in OF_WORDS | _PLACE_PREPOSITIONS or 0 < np[1] <= comma:
            continue  # (a verb after the subject: not "leader of …"; not "Ante esto,")
        k = np[1]
        while k < min(np[1] + 2, c) and toks[k].text.isalpha() and toks[k].text.islower():
            k += 1
        if k + 1 < c and toks[k].is_cap and toks[k + 1].is_cap:  # "el vocero presidencial
            end_name = k  # Manuel Holm publicó": a role, its adjective, then the name
            while end_name < c and toks[end_name].is_cap:
                end_name += 1
            np = (np[0], end_name)
            if not toks[np[1]].text.isalpha() or not toks[np[1]].text.islower():
                continue
        if c - np[1] > 8 or any(t.text == "," for t in toks[np[1]:c]):
            return None  # a short clause: not "X will use a poster … reading: “…”"
        head = toks[np[1] - 1]
        named = sum(t.is_cap and t.low not in DETERMINERS and t.text not in CAP_STOP
                    for t in toks[np[0]:np[1]]) >= 2
        if named or not head.is_cap and is_role_noun(elided(head.low)):
            a, b = toks[np[0]].start, toks[np[1] - 1].end
            stop = end
            while stop > colon and text[stop - 1] in ".!?”\"’» ":
                stop -= 1
            att = Attribution(text[a:b], (a, b), ":", ":", (toks[c].start, toks[c].end),
                              [(colon, stop)])
            att.quote_after_cue = True
            return att
    return None


def narrated_speaker(text: str, start: int, end: int) -> Attribution | None:
    """"The 25-year-old addressed the fans in Spanish.", "Lee shot back.": a person
    whose words the sentence tells of without quoting them (a cue that needs a quotation,
    with none there). The quotation opening the next paragraph is theirs."""
    toks = sentence_tokens(text, start, end, [])
    for i in range(len(toks)):
        cue = match_cue(toks, i)
        if cue is None or not cue.needs_quote or cue.cls != "speech":
            continue
        att = _subject(text, toks, i, i + len(cue.words), cue)
        if att is not None and att.mention_span[0] - start < 80:
            return att
    for j in range(1, min(len(toks) - 1, 12)):  # "The new world champion is also happy that …"
        k = j + 1 + (toks[j + 1].low in _FEELING_ADVERBS)
        if toks[j].low in _COPULAS and k < len(toks) and toks[k].low in _FEELINGS and (
                np := np_before(toks, j)) is not None and np[0] == 0:
            a, b = _span(toks, *np)
            return Attribution(text[a:b], (a, b), text[toks[j].start:toks[k].end], "feel",
                               (toks[j].start, toks[k].end))
    return None


_COPULAS = {"is", "was", "are", "were", "ist", "war", "est", "était", "está", "estaba"}
_FEELING_ADVERBS = {"also", "very", "so", "still", "auch", "sehr", "aussi", "très", "muy"}
_FEELINGS = {"happy", "glad", "proud", "pleased", "delighted", "thrilled", "relieved",
             "disappointed", "grateful", "froh", "stolz", "glücklich", "enttäuscht", "heureux",
             "heureuse", "fier", "fière", "ravi", "ravie", "déçu", "déçue", "feliz", "orgulloso",
             "orgullosa", "contento", "contenta"}


_INCISE = re.compile(r",\s+([^\W\d_]+(?:-t)?-(il|elle))\s*[,.!?]", re.IGNORECASE)
_INCISE_AUX = re.compile(r",\s+(?:a|avait)-t-(il|elle)\s+([^\W\d_]+)\s*[,.!?]", re.IGNORECASE)


def _incise(text: str, start: int, end: int, quotes: list[tuple[int, int]]
            ) -> Attribution | None:
    """A French cue set inside the quotation it attributes: "«…, expose-t-il, …»"."""
    for qa, qb in quotes:
        if qb <= start or qa >= end:
            continue
        for pattern, at_cue, at_name, speech_only in _INCISES:
            for m in pattern.finditer(text, max(qa, start), min(qb, end)):
                cue = next((c for c in cue_lexicon().get(m.group(at_cue).lower(), ())
                            if c.foreign and len(c.words) == 1
                            and (c.cls == "speech" or not speech_only)), None)
                if cue is not None:
                    att = Attribution(m.group(at_name), m.span(at_name), m.group(at_cue),
                                      cue.lemma, m.span(at_cue))
                    att.quote_before_np = att.quote_after_cue = True  # inside: it frames both
                    return att  # parts of the quotation
    return None


# "…, a reconnu le dirigeant tricolore pour Le Figaro. …" inside the marks: an auxiliary, the
# cue, the subject (a determiner and words, or a name) up to a medium's preposition or a stop
_INCISE_NAMED = re.compile(
    r",\s+(?:a|avait|ont|ha|había)\s+([^\W\d_]+)\s+((?:le|la|les|l['’]|el|M\.|Mme)\s*"
    r"[^\W\d_][^,.!?«»\"“”]{1,50}?|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})"
    r"(?=\s+(?:pour|à|au|sur|dans|para|en)\s|\s*[,.!?])")
# (pattern, group of the cue, group of the speaker, speech cues only), tried in turn:
# "«…, expose-t-il, …»", "«…, a-t-il confié. …»", "«…, a reconnu le dirigeant pour Le Figaro. …»"
_INCISES = ((_INCISE, 1, 2, False), (_INCISE_AUX, 2, 1, False), (_INCISE_NAMED, 1, 2, True))


_SETTING_PREPOSITIONS = {"in", "im", "bei", "beim", "auf", "am", "an", "gegenüber", "nach", "vor",
                         "zu", "zum", "zur", "über", "während", "via", "laut",
                         "weiter", "zudem", "außerdem", "ferner"}  # (and "so X weiter")


def _so_signed(text: str, start: int, end: int, quotes: list[tuple[int, int]]
               ) -> Attribution | None:
    """German "…, so Southgate.": "so" and a name closing a sentence of reported speech."""
    toks = sentence_tokens(text, start, end, quotes)
    last = len(toks) - (toks and toks[-1].text in {".", "!"})
    for n in range(last - 2, 1, -1):
        if toks[n].low == "so" and toks[n - 1].text == ",":
            break
    else:
        return None
    stop = next((m for m in range(n + 2, last) if toks[m].low in _SETTING_PREPOSITIONS or (
        toks[n + 1].is_cap and toks[m].low == "vom" or toks[m].low == "von" and m + 1 < last
        and toks[m + 1].low in {"der", "dem", "den"}) or (  # "so X von der Polizei Koblenz"
        toks[n + 1].is_cap and toks[m].text.islower() and toks[m].low not in {"von", "van", "de"}
        and last - m <= 3 and any(t.text == QUOTE_TOKEN for t in toks[:n]))), last)
    # ^ (a word or two after the name, a quotation before: not "…, so Valdoria will act")
    words = toks[n + 1:stop]  # "…, so Müller in einer Videobotschaft.", "so Kurz optimistisch"
    titled = len(words) >= 3 and words[0].low in {"der", "die"} and all(  # "so die
        t.is_cap for t in words[1:])  # Ministerin Anna Holm": a role, then the name
    role = 2 <= len(words) <= 3 and words[0].low in {"der", "die"} and (
        is_role_noun(words[-1].low) or compound_role(words[-1].low)
        or AGE_NOUN.fullmatch(words[-1].low))  # "so die Richterin", "so der 54-Jährige"
    body = len(words) == 2 and words[0].low in {"der", "die", "das"} and (
        words[1].text.isupper() and len(words[1].text) > 1 or words[1].low in FOREIGN_BODIES)
    # ^ "so die UBS", "so die Polizei" (not "so die Devise")
    if not titled and not role and not body and (not 1 <= len(words) <= 4 or not all(
            t.is_cap or t.low in {"von", "van", "de"} for t in words)
            or words[0].low in {"der", "die", "das"}):
        return None  # a name only: "so der Trainer" would make "Trainer" a name
    a, b = _span(toks, n + 1, stop)
    att = Attribution(text[a:b], (a, b), toks[n].text, "according to",
                      (toks[n].start, toks[n].end))
    att.content = [(start, toks[n - 1].start)]
    return att


_BACKWARD_OPENERS = sorted({
    ("об", "этом"), ("о", "том"), ("про", "це"), ("про", "это"), ("это",), ("так",), ("das",),
    ("dies",), ("so",), ("ainsi",), ("así",), ("así", "lo"), ("es", "lo", "que"),
    *((c, "ce", q, *aux) for c in ("c'est", "c’est") for q in ("qu'", "qu’")
      for aux in ((), ("a",), ("ont",)))}, key=len, reverse=True)  # "So beschreibt X", "C'est
# ce qu'a déclaré X", "Es lo que dijo X", "Так заявил X" (the longest first)
_BACKWARD_FIRST = frozenset(opener[0] for opener in _BACKWARD_OPENERS)  # (most sentences: none)


_THIS = {"this", "that"}
# where a "This was stated by X" sentence says X said it, not who X is
_SETTING_AFTER_NAME = {"during", "in", "on", "at", "while", "when", "after", "before", "via",
                       "to", "from"}


def _english_backward(text: str, toks: list[Token]) -> Attribution | None:
    """"This was stated by Fisheries Minister X during a briefing", "This is stated in a
    statement by the ministry", "X said this in his evening address", "X stated this on
    Facebook": English-language agencies' "Об этом заявил X" (who said the sentence before;
    ``extract`` moves it there)."""
    if len(toks) < 4 or toks[-1].text != ".":
        return None
    if toks[0].low in _THIS and toks[1].low in {"was", "is", "has", "had"}:
        j = 2 + (toks[2].low == "been")
        cue = match_cue(toks, j)
        if cue is None or cue.cls != "speech" or cue.foreign:
            return None
        k = j + len(cue.words)
        if cue.lemma == "according to":  # "That is according to a statement from X."
            att = _according(text, toks, j, k, cue)
            if att is not None:
                att.backward = True
            return att
        by = next((n for n in range(k, min(k + 6, len(toks) - 1)) if toks[n].low == "by"), None)
        named = _role_then_name(text, toks, by + 1) if by is not None else None
        np = named[1] if named is not None else np_after(toks, by + 1) if by is not None \
            else None  # "This was announced by the mayor, Ann Holm, on Monday": the name
        if np is None:
            return None
        end = next((n for n in range(np[0] + 1, np[1]) if toks[n].low in _SETTING_AFTER_NAME),
                   np[1])  # "the Ministry of Fisheries on Telegram": the ministry
        att = _make(text, toks, (np[0], end), j, k, cue)
    elif any(t.low == "this" for t in toks[2:10]):
        i, cue = next(((n, cue) for n in range(1, min(len(toks) - 2, 8)) if toks[
            n + 1].low == "this" and (cue := match_cue(toks, n)) is not None and cue.cls ==
            "speech" and not cue.foreign and toks[n + len(cue.words)].low == "this"),
            (None, None))  # (not "said that")
        if i is None:
            return None
        k = i + len(cue.words)
        np = np_before(toks, i)
        if np is None or np[0] != 0 or not (toks[k + 1].text in {".", ","} or toks[
                k + 1].low in _SETTING_AFTER_NAME) or toks[0].low in PRONOUNS:
            return None  # (not "X said this was wrong": what was said follows)
        att = _make(text, toks, np, i, k, cue)
    else:
        return None
    att.backward = True
    return att


def _reporting_medium(text: str, toks: list[Token]) -> str | None:
    """", an Ukrinform correspondent reports.", ", Ukrinform reports.": the medium that relays
    a sentence, set off at its end with a verb in the present."""
    if len(toks) < 5 or toks[-1].text != "." or toks[-2].low not in {"reports", "reported"}:
        return None
    c = next((n for n in range(len(toks) - 3, max(len(toks) - 8, 0), -1)
              if toks[n].text == ","), None)
    if c is None:
        return None
    words = [t for t in toks[c + 1:-2] if t.low not in ENGLISH_ARTICLES and
             t.low not in {"correspondent", "reporter"}]
    name = text[words[0].start:words[-1].end] if words else ""
    return name if words and all(t.is_cap or t.low in MEDIA for t in words) and (
        is_medium(name) or any(t.is_cap for t in words)) else None


# "made the remarks while meeting …": the sentence before was what the subject said
_MADE_REMARKS = re.compile(r"\b(?:made|makes|has made|had made) (?:the|these|those|his|her|their)"
                           r" (?:remarks?|comments?|statements?)\b")
REMARKS = "make remarks"  # the lemma of that cue


_WORDS_OF = re.compile(r"(?:Those|These|Such) were the (?:words|comments|remarks) of ")


def _words_of(text: str, start: int, end: int, quotes: list[tuple[int, int]]
              ) -> Attribution | None:
    """"Those were the words of Mayor Ann Holt on Monday.": who said the sentence before."""
    m = _WORDS_OF.match(text, start, end)
    if m is None:
        return None
    toks = sentence_tokens(text, m.end(), end, quotes)
    np = np_after(toks, 0)
    if np is None:
        return None
    a, b = _span(toks, *np)
    att = Attribution(text[a:b], (a, b), text[start:m.end() - 1], "say", (start, m.end() - 1))
    att.backward = True
    return att


def _remarks_made(text: str, start: int, end: int, quotes: list[tuple[int, int]]
                  ) -> Attribution | None:
    """"Wang Lin made the remarks while meeting the visiting minister on Monday.": a sentence
    that names who said what comes before it and where (Chinese and other state agencies' way
    of closing a statement); ``extract`` moves it there. Its subject opens the sentence."""
    m = _MADE_REMARKS.search(text, start, end) if text.find(" ma", start, end) >= 0 else None
    if m is None:  # (" ma": most sentences have neither "made" nor "makes")
        return None
    toks = sentence_tokens(text, start, end, quotes)
    i = next((n for n, t in enumerate(toks) if t.start == m.start()), None)
    np = np_before(toks, i) if i else None
    if np is None or np[0] != 0 or toks[0].low in PRONOUNS and toks[0].low not in \
            PERSONAL_PRONOUNS:
        return None  # (not "It made the remarks", "The report made the statement" is fine)
    a, b = _span(toks, *np)
    att = Attribution(text[a:b], (a, b), text[m.start():m.end()], REMARKS, m.span())
    att.backward = True
    return att


def _backward(text: str, toks: list[Token]) -> Attribution | None:
    """"Об этом заявил гендиректор ВОЗ Тедрос.", "Об этом Тедрос заявил в интервью ТАСС.",
    "Das teilte die EZB mit.": a sentence that only names who said the sentence before it
    (``extract`` moves it there)."""
    if not toks or toks[0].low not in _BACKWARD_FIRST:
        return None
    for opener in _BACKWARD_OPENERS:
        n = len(opener)
        if len(toks) > n + 1 and tuple(t.low for t in toks[:n]) == opener:
            break
    else:
        return None
    cue = match_cue(toks, n)
    if cue is None and len(toks) > n + 2 and adverb(toks, n) and toks[n].low[:1] in \
            CYRILLIC_LETTERS and (cue := match_cue(toks, n + 1)) is not None:
        n += 1  # "Про це офіційно повідомив Зеленський": an adverb before the cue
    if opener == ("so",) and cue is None:
        return None  # "So beschreibt X …" in German, "“…” So said Ann Lee." in English; "So
        # Mr Lee started …" is no attribution, nor the German "So wird es …"
    if cue is None and toks[n].low in _ADJUNCT_PREPOSITIONS:  # "Об этом в беседе с РИА
        c = next((c for c in range(n + 1, min(n + 9, len(toks))) if match_cue(toks, c)), None)
        if c is not None and all(t.text.isalnum() or t.text == QUOTE_TOKEN  # Новости рассказал
                                 for t in toks[n:c]):  # X": an adjunct, then the cue
            n, cue = c, match_cue(toks, c)
    if cue is None:  # "Об этом Песков заявил"; not "Das Außenministerium in Moskau kritisierte"
        c = next((c for c in range(n + 1, min(n + 6, len(toks))) if match_cue(toks, c)), None)
        cue = match_cue(toks, c) if c is not None else None
        e = c - 1 if c is not None and c - 1 > n and adverb(toks, c - 1) else c  # "Про це
        # чиновник самовпевнено заявив": the subject, an adverb, the cue
        if cue is None or cue.cls != "speech" or not all(
                t.is_cap or is_role_noun(t.low) for t in toks[n:e]):
            return None
        att = _make(text, toks, (n, e), c, c + len(cue.words), cue)
        att.backward, att.via = True, _relay(text, toks, c, cue.foreign)
        return att
    if cue.cls != "speech" or cue.lemma == "according to":
        return None
    said = n + len(cue.words) + (n + len(cue.words) < len(toks) and toks[
        n + len(cue.words)].low == "es")  # "So sagte es der Minister"
    k = j = _after_time_words(toks, said)  # "Así lo afirmó este lunes X"
    while j < len(toks) and toks[j].text not in {".", ",", ";", QUOTE_TOKEN} and not (
            toks[j].low in _AFTER_SPEAKER | _TOLD | PERSON_POSSESSIVES and any(
                t.is_cap for t in toks[k:j])):  # ("So beschreibt X sein Verhalten", "Es lo que
        j += 1  # dijo X a la prensa")
    named = _role_then_name(text, toks, k) if j < len(toks) and toks[j].text == "," else None
    if j == k or j - k > 14 or toks[j - 1].low in {"и", "und"} or not named and not any(
            t.is_cap or t.low.startswith(_RU_BODIES) for t in toks[k:j]):
        return None  # "Об этом сообщает пресс-служба регулятора": a body, lowercase
    case, np = None, (k, j)
    if j - k > 1 and toks[k].low in _IN and toks[n].low.endswith(("ли", "лися")) and (
            toks[k + 1].low in LOCATIVE_BODIES or toks[k + 1].low in {"кремле", "кремлі"}):
        # (not "в Москве": a place)
        case, np = "loc", (k + 1, j)  # "Об этом сообщили в Кремле", "в министерстве обороны"
    elif j - k > 2 and _in_statement_of(toks, k):
        k += 2  # "Про це йдеться у відеозверненні Зеленського": the statement's owner
        case, np = _owner_case(toks[k]), (k, j)
    elif named:
        np = named[1]  # "Das sagte der Chef Naturgefahren Wallis, Raphael Mayoraz, …": the name
    att = _make(text, toks, np, n, said, cue)
    att.backward, att.via, att.case = True, _relay(text, toks, n, cue.foreign), case
    return att


def _set_off_participle(toks: list[Token], i: int, title_case: bool) -> int | None:
    """Where the subject's own speech verb stands when the English participle at ``i`` is in
    a phrase set off by commas before it ("X, responding to Y, said …", "The mayor, in a
    letter announcing her resignation, said …"): the clause's cue is that verb. None if it
    is not."""
    if not toks[i].low.endswith("ing") or not any(t.text == "," for t in toks[max(0, i - 6):i]):
        return None
    c = next((n for n in range(i + 1, min(i + 12, len(toks))) if toks[n].text in {
        ",", ".", ";", ":", QUOTE_TOKEN}), None)
    if c is None or toks[c].text != "," or c + 1 >= len(toks):
        return None
    cue = match_cue(toks, c + 1, title_case)
    return c + 1 if cue is not None and cue.cls == "speech" and not cue.foreign and \
        not toks[c + 1].low.endswith("ing") else None


# "», — сказал X", and the hyphen that many Russian and Ukrainian sites type for the dash
# ("», - отметил Токаев"); a spaced hyphen is a token of its own
DASHES = {"—", "–", "-"}
_RELAY_OPENERS = (("told",), ("tells",), ("tell",), ("interview", "with"), ("quoted", "by"),
                  ("according", "to"), ("интервью",), ("беседе", "с"), ("розмові", "з"),
                  ("інтерв'ю",), ("інтерв’ю",), ("entretien", "avec"), ("entrevista", "con"),
                  ("interview", "mit"), ("declaraciones", "a"), ("recoge",), ("recogen",),
                  ("recogió",), ("recogidas", "por"), ("recogidos", "por"), ("micro", "de"),
                  ("interview", "to"), ("interview", "given", "to"), ("speaking", "to"),
                  ("interview", "on"), ("entrevista", "en"), ("said", "to"), ("says", "to"),
                  ("interview", "accordée", "à"), ("interview", "accordée", "au"),
                  ("entretien", "accordé", "à"),
                  ("entretien", "accordé", "au"), ("entrevista", "concedida", "a"),
                  ("sur",), ("в", "эфире"), ("в", "ефірі"), ("у", "ефірі"), ("gegenüber",),
                  ("diálogo", "con"), ("interviewed", "by"), ("interrogé", "par"),
                  ("interrogée", "par"), ("entrevistado", "por"), ("entrevistada", "por"),
                  ("citée", "par"), ("cité", "par"), ("citado", "por"), ("citada", "por"),
                  ("citados", "por"), ("citadas", "por"))  # "une source citée par l'AFP"
# ^ "sur France Inter", "в эфире телеканала РБК": a broadcaster's name only (not "sur le port")
# ^ "dijo en declaraciones a TVE", "… que recoge Europa Press", "au micro de TF1", "dans une
# interview accordée à Al-Jadeed TV"
_RELAY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _opener in _RELAY_OPENERS:
    _RELAY_FIRST.setdefault(_opener[0], []).append(_opener)  # the openers by first word


def _relay(text: str, toks: list[Token], i: int, foreign: bool = False) -> str | None:
    """The news medium a statement reached the page through, named around its cue: "X told
    Reuters", "In an interview with TASS, X said", "…,” X said, as quoted by Interfax", "X
    told journalists, according to TASS", "заявил в интервью ТАСС", "sagte am Montag der
    Deutschen Presse-Agentur"; with ``foreign``, "dijo a Reuters que", "сказал ТАСС, что"."""
    after = _after_time_words(toks, i + 1)
    if (told := _dative_medium(text, toks, after) or foreign and (
            _romance_medium(text, toks, after) or _cyrillic_told(text, toks, after))):
        return told
    if foreign and (told := next((medium for n in range(after + 1, min(after + 6, len(toks)))
                                  if toks[n].low in {"der", "dem"} and all(
                                      t.is_cap or t.low in _TIME_WORDS or t.low == "am"
                                      for t in toks[after:n]) and (
                                      medium := _dative_medium(text, toks, n)) and (
                                      " " in medium or medium.isupper())), None)):
        return told  # "sagte Holm der Nachrichtenagentur dpa": the speaker's name, then the
        # medium by its name (not "sagte der Chef der Zeitung": whose head he is, after an
        # article; nor "sagte Holm der Zeitung": of the paper, maybe)
    for n in range(len(toks)):
        if toks[n].low not in _RELAY_FIRST:
            continue
        opener = next((o for o in _RELAY_FIRST[toks[n].low]
                       if tuple(t.low for t in toks[n:n + len(o)]) == o), None)
        if opener is None or opener[0] == "according" and n <= i:
            continue
        j = n + len(opener)
        while j < len(toks) and toks[j].low in DETERMINERS:
            j += 1
        np = np_after(toks, j)
        end = np[1] if np is not None else j
        if np is None or not is_medium(text[toks[j].start:toks[end - 1].end]):
            while end < len(toks) and end - j < 5 and toks[end].text not in {
                    ",", ".", ";", ":", QUOTE_TOKEN, "«"} and toks[end].low not in {"that", "что"}:
                end += 1  # "the state-run TASS news agency"
        if end > j and toks[end - 1].low in MEDIA:
            end = _past_title(toks, end)  # "телеканалу «Россия 24»"
        if end > j and is_medium(phrase := text[toks[j].start:toks[end - 1].end]):
            return _programme_owner(phrase)
    return None


def _past_title(toks: list[Token], n: int) -> int:
    """Past a title in guillemets at token ``n`` ("телеканалу «1 + 1»", read as a quotation
    or not), or ``n``."""
    if n < len(toks) and toks[n].text == "«":
        return next((m + 1 for m in range(n, min(n + 8, len(toks))) if toks[m].text == "»"), n)
    return n + 1 if n < len(toks) and toks[n].text == QUOTE_TOKEN and \
        toks[n].end - toks[n].start <= 30 else n


def _programme_owner(phrase: str) -> str:
    """The medium whose programme a relay names ("CNN's State of the Union", "the BBC's Today
    programme": the medium; not "BBC's correspondent X", "South Florida's Sun-Sentinel")."""
    m = re.fullmatch(r"(.+?)['’]s(?:\s+(\S+).*)?", phrase, re.DOTALL)
    if m is None or m.group(2) is not None and not (
            m.group(2)[:1].isupper() and not is_role_noun(m.group(2).lower())):
        return phrase
    return m.group(1) if is_medium(m.group(1)) else phrase


def _cyrillic_medium(tok: Token) -> bool:
    """"издание", "ТАСС", "РБК-Украина": a medium's word in Cyrillic letters (alone or
    before a hyphen)."""
    first = tok.low.split("-")[0]
    return first in MEDIA and set(first) <= CYRILLIC_LETTERS


def _dative_medium(text: str, toks: list[Token], n: int) -> str | None:
    """The German medium told at token ``n``: "der Deutschen Presse-Agentur", "dem Sender
    ntv", up to the next comma."""
    if n >= len(toks) - 1 or toks[n].low not in {"der", "dem"}:
        return None
    end = next((m for m in range(n + 1, min(len(toks), n + 6)) if toks[m].text in {
        ",", ".", ";", ":", QUOTE_TOKEN}), None)
    phrase = text[toks[n + 1].start:toks[end - 1].end] if end is not None else ""
    return phrase if phrase and is_medium(phrase) and not any(
        is_role_noun(t.low) for t in toks[n + 1:end]) else None  # (not "sagte der Chef der
    # Zeitung": the subject)


_ROMANCE_TO = {"a", "al", "à", "au", "aux"}
_TOLD = _ROMANCE_TO | {"mit", "со"}  # the listener after the speaker
_ROMANCE_STOPS = {"que", "qu", "en", "sur", "dans", "lors", "durante", "tras", "este", "esta",
                  "ce", "cette", "el", "le", "ese", "tout", "y", "et"}


def _romance_medium(text: str, toks: list[Token], n: int) -> str | None:
    """The medium a Spanish or French speaker told, at token ``n``: "dijo a Reuters que",
    "explicó a la emisora Cadena SER", "a déclaré à l'AFP", "a confié au Figaro" (not "dijo
    a los periodistas": an audience)."""
    if n >= len(toks) - 1 or toks[n].low not in _ROMANCE_TO or toks[n + 1].low == "través":
        return None  # (not "a través de la radio": the way, no medium told)
    end = next((m for m in range(n + 2, min(len(toks), n + 7)) if toks[m].text in {
        ",", ".", ";", ":", QUOTE_TOKEN} or toks[m].low in _ROMANCE_STOPS
        or toks[m].low.startswith(("qu'", "qu’"))), len(toks) if len(toks) <= n + 7 else None)
    if end is None:
        return None
    phrase = text[toks[n + 1].start:toks[end - 1].end]
    named = ("le " + phrase) if toks[n].low == "au" else phrase  # "au Monde": le Monde
    return phrase if is_medium(named) and not any(
        is_role_noun(t.low) and t.low not in MEDIA for t in toks[n + 1:end]) else None
    # (not "al director del diario")


def _romance_told(text: str, toks: list[Token], n: int) -> tuple[int, str] | None:
    """A medium told right after a Spanish or French cue, then the speaker ("dijeron a EFE
    fuentes del ministerio", "indique à l'AFP une source proche du dossier"): where the
    speaker starts, and the medium."""
    if n + 2 >= len(toks) or toks[n].low not in _ROMANCE_TO or not (
            toks[n + 1].is_cap or elided(toks[n + 1].text)[:1].isupper()):  # ("à l'AFP")
        return None
    m = n + 2
    while m < min(len(toks), n + 4) and toks[m].is_cap:
        m += 1
    medium = text[toks[n + 1].start:toks[m - 1].end]
    if m >= len(toks) or not is_medium(medium) or not (
            toks[m].low in SOURCE_NOUNS or m + 1 < len(toks) and toks[m].low in DETERMINERS
            | _INDEFINITE_ARTICLES and toks[m + 1].low in SOURCE_NOUNS | ROLE_NOUNS):
        return None
    return m, medium


def _cyrillic_told(text: str, toks: list[Token], n: int) -> str | None:
    """The outlet a Russian or Ukrainian speaker told, right after the cue and before what
    was said: "X сказал ТАСС, что …", "рассказал РИА Новости, что" (not "— сообщил ТАСС.":
    the outlet speaks)."""
    if n >= len(toks) - 1 or not toks[n].is_cap or not _cyrillic_medium(toks[n]):
        return None
    m = n + 1 + (toks[n].low == "риа" and toks[n + 1].low == "новости")
    m += m < len(toks) and toks[m].text == ","
    return text[toks[n].start:toks[m - 1].end].rstrip(",") if m < len(toks) and toks[
        m].low in {"что", "що"} else None


_RU_BODIES = ("пресс-служб", "регулятор", "ведомств", "министерств", "компани", "правительств",
              "пресслужб", "прес-служб", "міністерств", "відомств", "компані", "уряд")
_NULL_SUBJECT_BEFORE = {",", "y", "e", "pero", "et", "mais", "и", "а", "но", "und", "aber",
                        "luego", "después", "además", "también", "asimismo", "posteriormente",
                        "finalmente", "entonces", "затем", "также", "позже", "потом", "se"}


def _null_subject(text: str, toks: list[Token], i: int, k: int, cue: Cue
                  ) -> Attribution | None:
    """Spanish, French and Russian verbs without a subject: "Sin embargo, advirtió que …",
    "y dijo que …", "и добавил, что …". The speaker is the person named last, as for "he";
    the mention is empty."""
    if cue.cls != "speech" or i > 0 and toks[i - 1].low == "se" and cue.foreign and \
            k < len(toks) and toks[k].low == "que":
        return None  # ("se dio a conocer que …", "se informó que": impersonal, no one speaks)
    if toks[i].low.endswith(("ли", "лись")) and toks[i].low[:1] in CYRILLIC_LETTERS:
        return None  # a plural ("поздравляли их"): they, whom the sentence does not name
    start = toks[i].start
    if _pro_drop_after_quote(toks, i, k, cue):  # "«…», escribió en redes sociales."
        att = Attribution("", (start, start), toks[i].text, cue.lemma, _span(toks, i, k))
        att.quote_before_np = True
        return att
    if i > 0 and toks[i - 1].text in {",", *DASHES} and " ".join(
            t.low for t in toks[i:k]) in _IMPERSONAL:
        cue_text = " ".join(t.text for t in toks[i:k])
        owner = next((n + 1 for n, t in enumerate(toks[k:k + 6], k) if t.low in {
            "des", "der", "von"} and n + 1 < len(toks) and toks[n + 1].is_cap
            and toks[n - 1].low not in {"in", "aus", "nach"}), None)  # not "in der Meldung"
        if owner is None:  # "…», — говорится в заявлении ФФККР", "йдеться у повідомленні X"
            owner = next((n + 2 for n in range(k, min(k + 3, len(toks) - 2))
                          if _in_statement_of(toks, n)), None)
        np = np_after(toks, owner) if owner is not None else None
        if np is not None and toks[owner - 2].low in _ENTOURAGE:
            np = (owner - 2, np[1])  # "hieß es aus dem Umfeld des Ministers": his circle, no
            # one by name (not the minister)
        if np is None and owner is not None and role_in_genitive(toks[owner].low, is_role_noun):
            np = (owner, owner + 1)  # "сказано в заявлении премьера": the premier's
        if np is not None and toks[np[0]].low[:1] in CYRILLIC_LETTERS:
            end = np[1]  # "Министерства обороны (России)": the body's complement
            while end < min(np[1] + 4, len(toks)) and toks[end].text.isalpha() and \
                    toks[end].low[0] in CYRILLIC_LETTERS:
                end += 1
            np = (np[0], end)
        if np is not None:  # "…, heißt es in einer Mitteilung des Ministeriums"
            made = _make(text, toks, np, i, k, cue)
            made.case = _owner_case(toks[np[0]]) if toks[np[0]].low[:1] in \
                CYRILLIC_LETTERS else None
            return made
        return Attribution("", (start, start), cue_text, cue.lemma, _span(toks, i, k),
                           last_subject=True)  # "…, heißt es in einer Erklärung."
    if cue.foreign and (np := _subject_of_relative(toks, i, k)) is not None:
        return _make(text, toks, np, i, k, cue)  # "Noboa pronunció un discurso, en el cual
        # declaró …": who gave the speech
    if cue.particle:  # "Und führte weiter aus: „…“": past the separated prefix
        k = next((n + 1 for n in range(k, len(toks)) if toks[n].low == cue.particle), k)
    if i > 1 and k < len(toks) - 2 and toks[i - 1].text == "," and toks[k].text == "," and \
            _pro_drop_verb(toks, i, cue) and toks[i - 2].text != QUOTE_TOKEN:
        return Attribution("", (start, start), toks[i].text, cue.lemma, _span(toks, i, k))
        # ^ set off inside the sentence it attributes: "El negocio, dijo, aportará …"
    if toks[i - 1].low in _COORDINATORS and (i == 1 or cue.foreign) and k < len(toks) \
            and toks[k].text in {":", QUOTE_TOKEN}:  # "Y agregó: “…”", "И добавил: «…»",
        # "X blickt in die Kamera und sagt: „…“"
        if i > 1 and (np := _sentence_subject(toks, i - 1) or _role_subject(toks, i - 1)):
            return _make(text, toks, np, i, k, cue)  # "Karl Berg schoss ein Tor und sagte:":
            # the sentence's own subject, not the last speaker
        return Attribution("", (start, start), toks[i].text, cue.lemma, _span(toks, i, k))
    h = i - 1 if _perfect(toks, i, _SPANISH_AUXILIARIES) or cue.foreign and i > 1 and toks[
        i - 1].low in _FRENCH_AUXILIARIES and toks[i - 2].low in _COORDINATORS else i
    # ^ "Además, ha anunciado que …", "… et a annoncé que …": the auxiliary opens the verb
    if k < len(toks) and toks[k].text in {":", QUOTE_TOKEN} and _pro_drop_verb(toks, i, cue) \
            and (h == 0 or toks[h - 1].low in _NULL_SUBJECT_BEFORE):
        return Attribution("", (start, start), toks[i].text, cue.lemma, _span(toks, i, k))
        # ^ "Consultado sobre la situación, afirmó: “…”", "Afirmó: “…”"
    while k < len(toks) - 1 and toks[k].low in _ADVERBS_AFTER_VERB:
        k += 1  # "Aclaró además que …"
    if k < len(toks) - 1 and toks[k].low == "en" and toks[k + 1].low == "que":
        k += 1  # "Insisten en que …"
    opens = h == 0 or 1 < h <= 3 and toks[h - 1].text == "," and not any(
        t.is_cap for t in toks[1:h - 1])  # the verb opens the sentence, or after "Además,"
    quoted = cue.foreign and opens and not toks[i].low.endswith(("ant", "ando", "iendo")) and any(
        toks[n].text == QUOTE_TOKEN and toks[n - 1].low in {",", ":", "como", "comme"}
        for n in range(k + 2, len(toks)))  # "Además, ha destacado el papel de la ciencia …,
    # “es importante …”": an object, then the words it quotes; "Señaló al ministro como “el
    # responsable”": an object and what the speaker called it
    if cue.foreign and h > 1 and toks[h - 1].low in _COORDINATORS and any(
            t.text == QUOTE_TOKEN and text[t.end - 1] in _CLOSING_MARKS for t in toks[k:k + 8]
    ) and (np := _sentence_subject(toks, h - 1) or _role_subject(toks, h - 1)):
        if (named := _set_off_name(toks, h - 1)) is not None and named[0] > np[0]:
            np = named  # "La cheffe du gouvernement italien, Giorgia Meloni, …"
        return _make(text, toks, np, i, k, cue)  # "Le premier ministre …, X, a jeté l’éponge
        # et a annoncé sa démission « pour le bien de mon parti »": the sentence's subject (a
        # quotation closed in the sentence: one running on may be another's)
    if k >= len(toks) or toks[k].low not in _NULL_SUBJECT_THAT and not (
            toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].low in {"что", "dass"}
    ) and not (cue.lemma in {"thank", "congratulate", "refer"} and toks[k].low in {
                "a", "al", "sobre"}) and not cue.particle_anywhere and not quoted:
        return None  # "… und erklärte, dass …"; "y agradeció a su equipo", "mostró su …"
    if cue.foreign and h > 1 and toks[h - 1].low in {"le", "les"} and (
            obj := np_before(toks, h)) is not None and (a := _personal_a(toks, obj[0])) \
            is not None:
        start = toks[a].start  # "A Urkullu y Torra les advirtió que …": the verb's subject
        return Attribution("", (start, start), toks[i].text, cue.lemma,  # left unsaid, no one
                           _span(toks, i, k), last_subject=True)  # the sentence names
    if cue.foreign and h > 0 and toks[h - 1].low in _CLITICS_BEFORE_VERB:
        h -= 1  # "Le repitió que …", "Luego le dijo que …": an object pronoun before the verb
    if h > 0 and toks[h - 1].low not in _NULL_SUBJECT_BEFORE:
        return None
    cue_text = toks[i].text if k == i + 1 else " ".join(t.text for t in toks[i:k])
    c = h - 1
    while c > 0 and toks[c].low in _ADVERBS_AFTER_VERB | {"asimismo"}:
        c -= 1  # "…, pero también ha asegurado que …"
    if c > 0 and toks[c].low in _COORDINATORS | BUT_WORDS and (np := _sentence_subject(toks, h)):
        a, b = _span(toks, *np)  # "El Banco de Inglaterra mantuvo …, y dijo que …"
        return Attribution(toks[0].text and " ".join(t.text for t in toks[np[0]:np[1]]), (a, b),
                           cue_text, cue.lemma, _span(toks, i, k))
    return Attribution("", (start, start), cue_text, cue.lemma, _span(toks, i, k))


_COORDINATORS = {"y", "e", "et", "и", "und"}
_CLOSING_MARKS = set(CLOSE_DOUBLE + CLOSE_SINGLE + AMBIGUOUS_DOUBLE + "“'")  # (German closes
# with "“")


def _german_object(toks: list[Token], np: tuple[int, int]) -> bool:
    """Whether the noun phrase at ``np`` is, by the word before it (past inflected adjectives),
    an object or inside a prepositional phrase: "den", "dem", "im", "zum" (never a subject's
    article); or a possessive before a noun that names no person ("seine Ausreise", not "ihr
    Sprecher")."""
    j = np[0] - 1
    while j >= 0 and toks[j].text.replace("-", "").isalpha() and not toks[j].is_cap and \
            toks[j].low.endswith(("e", "en", "er", "es", "em")) and \
            toks[j].low not in _GERMAN_OBJECT_WORDS | _GERMAN_POSSESSIVES:
        j -= 1  # "im nordrhein-westfälischen (Erftstadt)", "seine freiwillige (Ausreise)"
    if j < 0:
        return False
    if toks[j].low in _GERMAN_OBJECT_WORDS:
        return True
    return toks[j].low in _GERMAN_POSSESSIVES and np[1] - np[0] == 1 and not is_role_noun(
        toks[np[0]].low) and toks[np[0]].low not in PEOPLE_NOUNS


def _german_relative_antecedent(toks: list[Token], i: int, k: int) -> tuple[int, int] | None:
    """The capitalised noun phrase before ", der …" (or ", die …") when the German relative
    clause it opens ends with the cue at ``i`` (verb last) and the pronoun is followed by a
    word in lower case (an article, not a noun: ", der Minister" may open a main clause)."""
    if k < len(toks) and toks[k].text not in {",", ".", ";"}:
        return None
    n = i - 1
    while n > 0 and toks[n].text not in {",", QUOTE_TOKEN, ":"}:
        n -= 1
    if n < 1 or toks[n].text != "," or n + 2 >= i or toks[n + 1].low not in {"der", "die"} or \
            toks[n + 2].is_cap or not toks[n + 2].text.isalpha():
        return None
    ante = np_before(toks, n)
    if ante is None or not all(t.is_cap or t.low in NAME_PARTICLES
                               for t in toks[ante[0]:ante[1]]):
        return None
    return ante


_GERMAN_POSSESSIVES = {"seine", "seinen", "seinem", "seiner", "ihre", "ihren", "ihrem", "ihrer",
                       "unsere", "unseren", "unserem", "unserer"}


def _subject_of_relative(toks: list[Token], i: int, k: int) -> tuple[int, int] | None:
    """"Tras recibir el certificado, Noboa pronunció un breve discurso, en el cual declaró no
    tener …": a Spanish verb without a subject in a clause "en el que"/"en el cual" (in which)
    about a speech, a text or a message; its speaker is the main clause's subject, a name or a
    role opening the sentence (after an opening phrase set off by a comma)."""
    if i < 6 or tuple(t.low for t in toks[i - 3:i - 1]) not in _IN_WHICH or \
            toks[i - 1].low not in {"que", "cual", "cuales"} or k >= len(toks) or not (
                toks[k].low in _NULL_SUBJECT_THAT or toks[k].text in {":", QUOTE_TOKEN}
                or _spanish_infinitive(toks[k + (toks[k].low == "no" and k + 1 < len(toks))])):
        return None
    j = _past_opening(toks, i - 3, _SPANISH_OPENERS)  # "Tras recibir el certificado, …"
    if j is None:
        return None
    np = np_after(toks, j)
    if np is None or np[1] >= i - 3 or not toks[np[1]].text.isalpha() or toks[np[1]].is_cap \
            or toks[np[1]].low in _PREPOSITIONS:
        return None
    words = [t for t in toks[np[0]:np[1]] if t.low not in DETERMINERS]
    if not words or not (all(t.is_cap for t in words) and words[0].text not in CAP_STOP
                         or any(is_role_noun(t.low) for t in words)):
        return None
    return np


_IN_WHICH = {("en", "el"), ("en", "la"), ("en", "los"), ("en", "las"), ("por", "el"),
             ("por", "la")}  # "en el que", "en la cual", "por el que": no other antecedent
_SPANISH_OPENERS = {"tras", "después", "durante", "al", "antes", "en", "ante", "desde"}


def _spanish_infinitive(tok: Token) -> bool:
    """"declaró no tener", "reconoció haber asumido": a verb's infinitive (its object clause
    shares the subject)."""
    return tok.text.isalpha() and not tok.is_cap and len(tok.low) > 3 and tok.low.endswith(
        ("ar", "er", "ir"))


_FRENCH_AUXILIARIES = {"a", "ont", "avait", "avaient"}
_PREPOSITIONS = {"à", "au", "aux", "de", "du", "des", "en", "a", "al", "del", "para", "por", "con",
                 "sur", "pour", "avec", "dans", "in", "im", "mit", "von", "zu", "of", "to"}
BUT_WORDS = {"but", "mais", "pero", "aber", "но", "але"}
_SPANISH_AUXILIARIES = {"ha", "han", "había", "habían"}
_INDEFINITE_ARTICLES = INDEFINITE_ARTICLES | {"uno", "einer"}
_ROMANCE_ARTICLES = {"la", "el", "los", "las", "le", "les", "l'", "l’", "su", "sa", "son", "ses",
                     "sus"}
_NULL_SUBJECT_THAT = THAT_WORDS - {"that", "dass"}  # "y dijo que …", "и добавил, что …"
_ADVERBS_AFTER_VERB = {"además", "también", "luego", "después", "aussi", "encore", "également",
                       "auch", "zudem", "ferner", "также", "еще", "ещё"}
_ENTOURAGE = {"umfeld", "umgebung", "kreisen", "lager", "reihen"}  # "aus dem Umfeld des X"
_IMPERSONAL = {"heißt es", "hieß es", "heisst es", "hiess es", "говорится", "сказано", "йдеться",
               *(f"wie es {weiter}{verb}" for weiter in ("", "weiter ")
                 for verb in ("heißt", "hieß", "heisst", "hiess"))}
# ^ "it says", "as it says": whoever spoke last (Swiss German writes "ss" for "ß")
def _in_statement_of(toks: list[Token], n: int) -> bool:
    """"в заявлении ФФККР", "у заяві Міністерства": at ``n`` a statement, then its owner."""
    return n + 2 < len(toks) and toks[n].low in {"в", "во", "у"} and any(
        s in toks[n + 1].low for s in _STATEMENT_STEMS) and (
            toks[n + 2].is_cap or role_in_genitive(toks[n + 2].low, is_role_noun))



def _owner_case(head: Token) -> str:
    """The case a statement's owner is read back from: a body's head ("Министерства
    обороны"), or a person's name in the genitive ("Зеленського")."""
    return "body" if head.low in FOREIGN_BODIES else "gen"


_STATEMENT_STEMS = ("заявлен", "сообщени", "документ", "пресс-релиз", "коммюнике", "обращени",
                    "заяв", "повідомлен", "зверненн", "релиз")  # "в заявлении X", "у заяві X"
_PRO_DROP_ENDINGS = ("ó", "jo", "л", "ла", "ли", "в")  # Spanish and Russian past tense
_AFTER_QUOTE_ENDINGS = ("aba", "ía", "a")  # "», añadía.", "», reprocha.": Spanish imperfect,
# present, closing a quotation


def _pro_drop_verb(toks: list[Token], i: int, cue: Cue) -> bool:
    """A Spanish or Russian cue in the past tense, the languages that drop the subject."""
    return cue.foreign and (toks[i].low.endswith(_PRO_DROP_ENDINGS)
                            or _perfect(toks, i, {"ha", "han"}))


def _perfect(toks: list[Token], i: int, auxiliaries: set[str]) -> bool:
    """The Spanish participle at ``i`` after one of ``auxiliaries`` ("ha dicho")."""
    return i > 0 and toks[i - 1].low in auxiliaries and (
        toks[i].low.endswith(("ado", "ido")) or toks[i].low in _IRREGULAR_PARTICIPLES)


_IRREGULAR_PARTICIPLES = {"dicho", "escrito", "descrito", "propuesto", "expuesto", "puesto",
                          "dispuesto", "impuesto", "predicho", "contradicho", "resuelto"}
_OBJECT_CLITICS = {"le", "les", "me", "nos", "te", "se", "lo", "la"}  # "«…», le insistió."
_CLITICS_BEFORE_VERB = _OBJECT_CLITICS - {"se", "la"}  # ("se" stands where a subject's word
# may; "la" may be an article)


def _pro_drop_after_quote(toks: list[Token], i: int, k: int, cue: Cue) -> bool:
    """A Spanish or Russian cue closing a quotation with no subject at all: "”, afirmó.",
    "», — сказал в интервью". Only these languages drop the subject."""
    if not _pro_drop_verb(toks, i, cue) and not (
            cue.foreign and toks[i].low.endswith(_AFTER_QUOTE_ENDINGS) and toks[i].low.isalpha()
            and toks[i].low[-1:] not in CYRILLIC_LETTERS and k == len(toks) - 1 and
            toks[k].text == "."):
        return False
    b = i - 2 if _perfect(toks, i, _SPANISH_AUXILIARIES) else i - 1  # "», ha indicado."
    while b > 0 and (toks[b].text in DASHES or toks[b].low in _OBJECT_CLITICS):
        b -= 1  # "», — сказал", "», le insistió", "», se lamentó"
    closes = b >= 0 and (toks[b].text == QUOTE_TOKEN or (
        toks[b].text == "," and b > 0 and toks[b - 1].text == QUOTE_TOKEN))
    return closes and (k == len(toks) or toks[k].text in {".", ","} or not toks[k].is_cap)


def _sentence_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The capitalised noun phrase opening the sentence, followed by a lowercase verb: the
    subject a coordinated cue shares ("The Bank held rates … and said that …")."""
    np = np_after(toks, 0)
    if np is None or np[1] >= i or toks[np[1]].is_cap or toks[np[1]].low in _PREPOSITIONS and not (
            toks[np[1]].low == "a" and romance_participle(toks[np[1] + 1].low)):
        return None  # (not "Face à l'insatisfaction, …"; but "X a jeté l'éponge et …")
    if not toks[np[1]].text.isalpha() and not (toks[np[1]].text == "," and sum(
            t.is_cap for t in toks[np[0]:np[1]]) >= 2):  # "El abogado Gonzalo Boye, que …,"
        return None
    words = [t for t in toks[np[0]:np[1]] if t.low not in DETERMINERS and t.low not in CONNECTORS
             and not (t.low in TITLE_WORDS or t.low in ROLE_NOUNS)]  # "El presidente X …"
    if not words or not all(t.is_cap for t in words) or words[0].text in CAP_STOP:
        return None
    return np


def _role_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """A role with its article after the sentence's opening phrase, before ``i`` ("Dans une
    interview, l'ancien ministre qui vit à Garoua, …, réaffirme sa victoire et met en garde :"):
    the subject a coordinated cue shares, however far the clauses between put it."""
    j = _past_opening(toks, i, _FRENCH_OPENERS) or 0
    np = np_after(toks, j) if j < i else None
    if np is None or np[1] > i or toks[np[0]].low not in _ROMANCE_ARTICLES | DETERMINERS and \
            toks[np[0]].low[:2] not in {"l'", "l’"} or \
            not any(is_role_noun(t.low) for t in toks[np[0]:np[1]]):
        return None
    return np


_FRENCH_OPENERS = _PREPOSITIONS | {"lors", "après", "avant", "face", "malgré", "depuis", "pendant",
                                   "durant"}


def _past_opening(toks: list[Token], i: int, openers: set[str]) -> int | None:
    """Where a subject may start: past the opening phrase set off by a comma (before ``i``)
    when the sentence opens with one of ``openers`` ("Tras recibir el certificado, …", "Face
    à l'insatisfaction, …"), else 0; None when that phrase has no comma."""
    if not toks or toks[0].low not in openers:
        return 0
    return next((n + 1 for n, t in enumerate(toks[:min(i, 12)]) if t.text == ","), None)


def _quote_as(toks: list[Token], k: int, i: int | None = None) -> bool:
    """"hailed him as “one of the greatest”", "bezeichnete ihn als „Zäsur“": the cue's object,
    then "as" and a quotation within a few words; with the cue at ``i`` closing a German
    clause, before it ("hat ihn als „Zäsur“ bezeichnet")."""
    for j in range(k, min(k + 8, len(toks))):
        if toks[j].low in _AS_WORDS:
            return any(t.text == QUOTE_TOKEN for t in toks[j + 1:j + 5])
    if i is not None:
        for j in range(i - 1, max(i - 9, -1), -1):
            if toks[j].low in _AS_WORDS:
                return any(t.text == QUOTE_TOKEN for t in toks[j + 1:i])
    return False


_GERUND = ("ing", "ando", "iendo", "ant", "вши")  # "…, saying", "…, expresando", "…, diciendo",
# "…, insistant sur …",
# "…, зазначивши" (a Ukrainian or Russian adverbial participle: "-вши" is no verb's past tense)


def _v2_pronoun(text, toks, i, k, cue) -> Attribution | None:
    """German word order, the verb second: "Im Februar kündigte er sein Comeback an." The
    subject pronoun follows the cue; a capitalised noun before it is no speaker."""
    if not cue.foreign or i == 0 or k >= len(toks) or toks[i - 1].text in {",", QUOTE_TOKEN}:
        return None
    if toks[k].low in {"er", "sie"}:
        return _make(text, toks, (k, k + 1), i, k + 1, cue)
    j = k + (toks[k].low in {"auch", "zudem", "nun", "erneut", "sich"} and k + 1 < len(toks))
    h = next((n + 1 for n in range(i - 1, -1, -1) if toks[n].text == ":"), 0)  # the clause
    # opens after a label: "Offiziell: Thomas Müller verkündet Rücktritt"
    head = toks[h]
    if head.low in {"das", "den", "die", "der"} and cue.needs_quote and i - h > 1 and \
            j + 1 < len(toks) and toks[j].is_cap and toks[j].text not in CAP_STOP and \
            toks[j + 1].text == QUOTE_TOKEN and not any(
                is_role_noun(t.low) or t.text.isupper() or t.low in ORG_WORDS
                for t in toks[h:i]):
        return _make(text, toks, (j, j + 1), i, k, cue)  # "Das Ausmaß der Katastrophe nannte
        # Merkel „surreal“": the object first, the speaker right before the quotation
    if head.low in {"auch", "sogar", "selbst", "ebenfalls"} and i - h > 2:
        return None  # "Auch der designierte Präsident X gab die Einigung bekannt": X first
    if (head.low in _GERMAN_PREPOSITIONS | _GERMAN_OBJECTS or head.text in CAP_STOP
            and head.low not in DETERMINERS | {"ein", "eine", "er", "sie", "es", "wir", "ich",
                                               "man"}
            or head.low == "das" and i == h + 1) and (  # "Das teilte der Verband mit"
            toks[j].low in {"der", "die", "das"} or toks[j].is_cap and toks[j].text not in
            CAP_STOP):
        np = _german_np_after(toks, j) or np_after(toks, j)  # "In seiner Begründung übte
        # der 66-Jährige … Kritik", "Diese Entscheidung teilte der 34-Jährige … mit",
        # "Erstmals spricht auch X die Lage an", "Auf X bedauerte der österreichische
        # Bundeskanzler Karl Nehammer …", "… meldet sich der Bundeskanzler zu Wort"
        if np is not None and np[1] - np[0] <= 4 + (toks[np[0]].low in {"der", "die"}):
            return _make(text, toks, np, i, k, cue)
    return None


_GERMAN_INFLECTION = ("e", "en", "er", "es")


def _german_np_after(toks: list[Token], j: int) -> tuple[int, int] | None:
    """"der österreichische Bundeskanzler Karl Nehammer": an article, up to two inflected
    adjectives in lower case, then capitalised words (the nouns and the name)."""
    if j >= len(toks) or toks[j].low not in {"der", "die"}:
        return None
    m = j + 1
    while m < min(len(toks), j + 3) and toks[m].text.isalpha() and toks[m].text.islower() \
            and toks[m].low.endswith(_GERMAN_INFLECTION):
        m += 1
    if m == j + 1:
        return None
    n = m
    while n < len(toks) and toks[n].is_cap and toks[n].text not in CAP_STOP:
        n += 1
    return (j, n) if n > m else None


_GERMAN_PREPOSITIONS = {"in", "im", "am", "an", "auf", "bei", "beim", "nach", "vor", "mit", "zum",
                        "zur", "zu", "unter", "über", "seit", "während", "gegenüber", "angesichts",
                        "trotz", "wegen", "wenige", "kurz"}  # "Wenige Tage nach …", "Kurz nach
# …": a time; "Angesichts der Schwere … schloss X … aus": a reason
_GERMAN_FUNCTION_WORDS = {"der", "die", "das", "des", "dem", "den", "von", "vom", "zur", "zum",
                          "und", "im", "am", "aus", "für", "in", "bei", "mit", "ein", "eine",
                          "einer", "eines", "einem", "einen"}
_GERMAN_OBJECTS = {"diese", "dieses", "diesen", "den", "dies"}  # an object before the verb
_GERMAN_FINITE = {"ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird",
                  "werden", "wurde", "wurden", "soll", "sollen", "sei", "seien", "habe", "kann",
                  "können", "muss", "müssen", "will", "wollen", "gibt", "gab", "gebe", "werde"}


# German nouns, capitalised as every noun, for a report or data rather than someone: "Laut
# einer Studie", "Dem Bericht zufolge"
_DOCUMENTS = {"bericht", "berichten", "berichts", "studie", "umfrage", "angaben", "informationen",
              "medienberichten", "schätzungen", "daten", "zahlen", "hochrechnung",
              "hochrechnungen", "prognose", "prognosen", "umfragen", "statistik", "ergebnis"}


def _document(toks: list[Token], a: int, b: int) -> bool:
    return any(t.low in _DOCUMENTS for t in toks[a:b])


def _german_verb(toks: list[Token], k: int) -> int | None:
    """Where the finite verb stands after the phrase that opens at ``k`` ("Laut Merz ist …"):
    the first lowercase word that is no article or preposition, nor an adjective before a
    noun ("einer neuen Studie"); None at a comma or past eight words."""
    for n in range(k + 1, min(k + 9, len(toks))):
        t = toks[n]
        if not t.text.isalpha():
            return None
        if t.text.islower() and t.low not in _GERMAN_FUNCTION_WORDS and (
                t.low in _GERMAN_FINITE or n + 1 == len(toks) or not toks[n + 1].is_cap):
            return n
    return None


def _perfect_subject(text: str, toks: list[Token], i: int, k: int, cue: Cue
                     ) -> Attribution | None:
    """German verb-last clauses. The perfect: "Bundeskanzler Olaf Scholz hat Beckenbauer als
    „…“ bezeichnet." (the subject opens the sentence, the auxiliary follows it); "Wie die
    Währungshüter in Frankfurt mitteilten, …" and "…, wie ein Sprecher bestätigte." (the
    subject follows "wie")."""
    if not cue.foreign or not (k == len(toks) or toks[k].text in {".", ","} or toks[
            k].text == ":" and all(t.text != QUOTE_TOKEN for t in toks[k:])):
        return None  # (":": "X hat gesagt: Die Lage ist ernst.", a quotation's colon aside)
    if toks[0].low == "wie" and k < len(toks) and toks[k].text == "," and i > 1:
        np = np_after(toks, 1)
        if np is not None and np[1] <= i:
            return _make(text, toks, np, i, k, cue)
    w = next((n for n in range(i - 2, 0, -1) if toks[n].low == "wie"), None)
    np = np_after(toks, w + 1) if w is not None and toks[w - 1].text == "," else None
    if np is None and w is not None and toks[w - 1].text == "," and 1 <= i - w - 1 <= 3 \
            and all(t.text.isalpha() for t in toks[w + 1:i]):
        np = (w + 1, i)  # "ein Sprecher"
    if np is not None and np[1] <= i and not any(t.text in {",", QUOTE_TOKEN}
                                                 for t in toks[w:i]):
        att = _make(text, toks, np, i, k, cue)  # "…, wie ein Sprecher bestätigte."
        att.cue_span = (toks[w].start, att.cue_span[1])  # what was said ends at the comma
        return att
    if len(toks) > 4 and toks[0].text == QUOTE_TOKEN and toks[1].text == "," and \
            toks[2].low in _GERMAN_HAVE and (np := np_after(toks, 3)) is not None and \
            np[1] <= i and (toks[3].low in PERSONAL_PRONOUNS or toks[3].is_cap):
        return _make(text, toks, np, i, k, cue)  # "„…“, hatte er bei RTL gesagt."
    start = 1 if toks and toks[0].low in {"auch", "zudem", "sogar", "so"} or len(toks) > 2 and \
        toks[0].low in _GERMAN_ADVERBS and toks[1].low in _GERMAN_PREPOSITIONS else 0
    # ^ "Bereits nach dem Aus … hatte Müller … angekündigt"
    h = next((n for n in range(start + 1, min(i, start + (16 if toks[0].low in _GERMAN_ADVERBS
                                                           else 12)))
              if toks[n].low in _GERMAN_HAVE), None)
    if h is not None and toks[start].text in CAP_STOP and h == start + 1:
        s = h + 1
        while s < i and toks[s].low in _GERMAN_ADVERBS:
            s += 1  # "Zuvor hatten bereits mehrere Medien … berichtet"
        np = np_after(toks, s)  # "Zuvor hatte der Kanzler …", "Zuletzt hatte die „Bild“
        # … berichtet": an adverb first, the subject after the auxiliary
        return _make(text, toks, np, i, k, cue) if np is not None and np[1] <= i else None
    first = toks[start].low
    if h is not None and h - start >= 2 and (
            first in _GERMAN_PREPOSITIONS - {"kurz", "wenige"} or first in {"kurz", "wenige"}
            and toks[start + 1].low in _GERMAN_PREPOSITIONS | {"tage", "stunden", "wochen"}):
        np = _german_np_after(toks, h + 1) or np_after(toks, h + 1)  # "Kurz vor Beginn des
        # Streiks hat der Vorsitzende Claus Weselsky … verteidigt": an adverbial first, then
        # the auxiliary and its subject
        return _make(text, toks, np, i, k, cue) if np is not None and np[1] <= i and (
            toks[np[0]].low in {"der", "die"} or toks[np[0]].is_cap) else None
    end = h
    if h is not None and toks[h - 1].text == ")":  # "Olaf Scholz (SPD) hat", "Söder (56, CSU)"
        end = next((n for n in range(h - 2, max(start, h - 8), -1) if toks[n].text == "("), h)
    if h is not None and toks[h - 1].text == "," and (c := next((  # "Der Chef der GDL, Claus
            n for n in range(h - 2, max(start, h - 6), -1) if toks[n].text == ","), None)) \
            and 2 <= h - 1 - (c + 1) <= 4 and all(t.is_cap for t in toks[c + 1:h - 1]):
        return _make(text, toks, (c + 1, h - 1), i, k, cue)  # Weselsky, hat … zurückgewiesen"
    if h is None or any(t.text in {",", QUOTE_TOKEN} for t in toks[start:end]) \
            or not toks[end - 1].is_cap:
        return None  # the subject ends in a name or a noun ("Der Präsident Emmanuel Macron")
    return _make(text, toks, (start, end), i, k, cue)


_GERMAN_ADVERBS = {"bereits", "schon", "auch", "zudem", "erneut", "nun", "noch", "jedoch", "aber",
                   "ebenfalls", "inzwischen", "offenbar"}
_GERMAN_HAVE = {"hat", "haben", "hatte", "hatten"}
_GERMAN_PASSIVE = {"wurde", "wurden", "wird", "werden"}
_GERMAN_AUXILIARIES = _GERMAN_HAVE | _GERMAN_PASSIVE | {"ist", "sind", "war", "waren"}


def _german_closing_aux(toks: list[Token], i: int, k: int, cue: Cue) -> int | None:
    """The auxiliary of a German cue that closes its clause ("Im Senat wurde die Waffenruhe
    von X bestätigt", "… hatten mehrere Medien über die Vereinbarung berichtet"): then the noun
    right before the cue is an object, not the speaker. None when the cue does not close one."""
    if not cue.foreign or k < len(toks) and toks[k].text[:1].isalnum():
        return None
    aux = next((n for n in range(i - 1, 0, -1) if toks[n].low in _GERMAN_AUXILIARIES
                or toks[n].text in {",", ":", ";", QUOTE_TOKEN}), None)  # (a clause's end)
    return aux if aux is not None and toks[aux].low in _GERMAN_AUXILIARIES else None


def _passive_von(text, toks, aux, i, k, cue) -> Attribution | None:
    """The agent of a German passive ("wurde … von X bestätigt"): X."""
    von = next((n for n in range(aux + 1, i) if toks[n].low in {"von", "vom"}), None)
    if toks[aux].low not in _GERMAN_PASSIVE or von is None:
        return None
    np = np_after(toks, von + 1)
    return _make(text, toks, np, i, k, cue) if np is not None and np[1] <= i and \
        toks[np[0]].is_cap else None


_AS_WORDS = {"as", "als", "comme", "como", "de"}  # "calificó la incursión de «…»"
_AS_CUES = {"describe", "hail", "praise"}  # "hailed him as “…”"
_TRIBUTE_CUES = {"hail", "praise", "mourn", "pay tribute",  # the quotation is what they praise,
                 "speak of", "wish"}  # speak of or wish ("parle d'une « sanction claire »")
_PRAISE_CUES = {"hail", "praise"}  # speech even with no quotation in the sentence


def _quote_in_object(toks: list[Token], k: int) -> bool:
    """"praised the pope's commitment “for peace”", "mourned the loss of “a great man”": a
    quotation within the cue's object, a few words on, in the same clause (past phrases set off
    by commas: "décrit, de son côté, sur le réseau social X, un « déni … »")."""
    for _ in range(2):
        close = next((n for n in range(k + 1, min(k + 10, len(toks))) if toks[n].text in {
            ",", ".", ";", ":", QUOTE_TOKEN}), None) if k < len(toks) and toks[k].text == "," \
            else None
        if close is None or toks[close].text != ",":
            break
        k = close + 1
    for t in toks[k:k + 8]:
        if t.text == QUOTE_TOKEN:
            return True
        if t.text in {".", ";", ":", "?", "!"} or t.low in {"but", "while", "whereas"}:
            return False
    return False


def _beside_quote(toks: list[Token], i: int, att: Attribution) -> bool:
    """The cue introduces a quotation ("shot back: “…”") or closes one ("“…,” it reads")."""
    return att.quote_after_cue or att.quote_before_np or (i > 0 and (
        toks[i - 1].text == QUOTE_TOKEN or i > 1 and toks[i - 1].text == ","
        and toks[i - 2].text == QUOTE_TOKEN))


_FIRST_WORD = re.compile(r"\s*([A-Z][a-z]+)\s")  # "Asked …": the sentence's first word


def _fronted(text: str, start: int, end: int, quotes: list[tuple[int, int]],
             toks: list[Token] | None = None) -> Attribution | None:
    """"Said Ellis: “…”", "Continued Stone, “…”": a speech cue opening the sentence, then a
    name and a colon or comma."""
    m = _FIRST_WORD.match(text[start:min(end, start + 20)])
    if m is None or m.group(1) not in FRONTED_CUES:
        return None
    toks = toks or sentence_tokens(text, start, end, quotes)
    cue = next((c for c in cue_lexicon().get(toks[0].low, ()) if len(c.words) == 1), None)
    if cue is None or cue.cls != "speech" or cue.lemma in OBJECT_CUES:
        return None
    np = np_after(toks, 1)
    if np is None or np[1] >= len(toks) or toks[np[1]].text not in {":", ","} \
            or not all(t.is_cap for t in toks[np[0]:np[1]]):
        return None
    att = _make(text, toks, np, 0, 1, cue)
    fill_content(toks, 0, 1, att, start, end, text)
    return att


_IN_THE_VIEW_OF = ("Para ", "Pour ", "Für ", "A juicio de")  # "A juicio del ministro X, …"
_VIEW_WORDS = {"a": 3}  # (the words before the speaker; "a" opens no cue of cues.tsv)


def _in_the_view_of(text: str, start: int, end: int, quotes: list[tuple[int, int]]
                    ) -> Attribution | None:
    """"Para la Fiscalía General, el ataque “…”", "Pour le ministre, c'est …": a view given as
    the speaker's, as with "según" / "selon" (a role or a body noun, or a name of two words or
    more, then a comma; not "Para 2025," or "Pour la France,")."""
    toks = sentence_tokens(text, start, end, quotes)
    if toks[0].text == "Für" and (view := _german_view(text, toks, start, end)) is not None:
        return view
    first = _VIEW_WORDS.get(toks[0].low, 1)
    np = np_after(toks, first)
    name = np_after(toks, np[1] + 1) if np is not None and np[1] < len(toks) and \
        toks[np[1]].text == "," else None
    if name is not None and name[1] - name[0] >= 2 and name[1] < len(toks) and \
            toks[name[1]].text == "," and all(t.is_cap for t in toks[name[0]:name[1]]) and \
            any(is_role_noun(t.low) for t in toks[np[0]:np[1]]):
        np = name  # "Pour le président du Sénat, Paul Girard, …": the name after the role
    if np is None or np[1] >= len(toks) or toks[np[1]].text != "," or not (
            is_role_noun(toks[np[1] - 1].low) or sum(t.is_cap for t in toks[np[0]:np[1]]) >= 2
            or np[1] - np[0] == 1 and toks[np[0]].is_cap and (
                np[1] + 1 < len(toks) and toks[np[1] + 1].text == QUOTE_TOKEN  # "Para Pérez,
                or _surname_view(toks, np[0]))  # «…»"; "Para Tellado, resulta …"
            or np[1] - np[0] == 2 and toks[np[0]].low in _ROMANCE_ARTICLES and _party(
                toks[np[0] + 1].text)):  # "Para el PP, …", "Pour le RN, …"
        return None
    cue = next(c for c in cue_lexicon()["según"] if c.lemma == "according to")
    att = _make(text, toks, np, 0, first, cue)
    fill_content(toks, 0, first, att, start, end, text)
    aside = next((n for n in range(np[1] + 1, len(toks)) if toks[n].text == ","), 0)
    att.via = _relay(text, toks[:aside], np[1], True) if aside else None  # "Pour Marc Holm,
    # interrogé par l'AFP, …": the medium in the aside after the name
    return att


def _party(word: str) -> bool:
    """An acronym of letters that names no country ("PP", "RN", "PSOE"; not "EEUU", "UE"): a
    party, a union or an agency, whose view "Para el PP," gives."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper() and \
        word.lower() not in country_words() and word not in {"UE", "EU", "EEUU", "ONU"}


def _surname_view(toks: list[Token], n: int) -> bool:
    """A single capitalised word at ``n`` that is a surname, not a place, a date or a body
    ("Para Tellado, …"; not "Para España," "Pour Paris," "Para 2025,", "Pour l'UE,"): a word
    of letters, no country's, no month's, no acronym."""
    word = toks[n].text
    return word.isalpha() and not word.isupper() and word.lower() not in country_words() and \
        word.lower() not in MONTHS | WEEKDAYS and word not in CAP_STOP


def _german_view(text: str, toks: list[Token], start: int, end: int) -> Attribution | None:
    """"Für Neuendorf war die Entscheidung «unumgänglich»", "Für Neuendorf sei es „…“": a name,
    the verb right after it (no comma in German), and a quotation or the subjunctive."""
    n = 1
    while n < min(len(toks), 4) and toks[n].is_cap and toks[n].text.isalpha() \
            and toks[n].text not in CAP_STOP:
        n += 1
    if n == 1 or n >= len(toks) or toks[n].low not in {"war", "ist", "sei", "wäre"} or not (
            toks[n].low == "sei" or any(t.text == QUOTE_TOKEN for t in toks[n:])):
        return None
    cue = next(c for c in cue_lexicon()["según"] if c.lemma == "according to")
    att = _make(text, toks, (1, n), 0, 1, cue)
    fill_content(toks, 0, 1, att, start, end, text)
    return att


_TIME_STAMP = re.compile(r"\[?\d{1,2}[:.]\d{2}\]?(?:\s*(?:GMT|UTC|CET|MSK|Uhr|h))?\s*[-–—:]?\s+")
_LABEL = re.compile(rf"([{CAPITALS}][\w.’'-]*(?:\s+[^\W\d_][\w.’'-]*){{0,5}}) ?:\s+(?=\S)")
# ^ "X : «…»", "Токаев: …"
# cue forms that are plural nouns too, read as nouns before a cue ("Media reports say")
_NOUN_CUES = {"reports", "claims", "comments", "notes", "remarks"}
_BEFORE_NOUN_CUE = {"following", "amid", "despite", "after", "over", "denied", "rejected",
                    "dismissed", "consumer", "press", "media", "newspaper"}
NOT_SPEAKERS = {"note", "editor’s note", "editor's note", "update", "watch", "photo", "video",
                 "related", "read", "read more", "source", "image", "credit", "correction",
                 "disclosure", "warning", "breaking", "q", "a", "topics", "tags", "share",
                 "follow", "subscribe", "also", "see", "listen", "more", "caption", "file",
                 "opinion", "analysis", "exclusive", "live", "poll", "transcript", "summary",
                 "background", "bottom line", "why", "what", "how", "when", "where", "who",
                 "claim", "the claim", "verdict", "our verdict", "rating", "our rating",
                 "ruling", "our ruling", "fact", "facts", "fact check", "conclusion", "context",
                 "the facts", "what we found", "false", "true", "misleading", "status",
                 "фото", "видео", "відео", "источник", "джерело", "читайте", "читайте также",
                 "читайте також", "реклама", "теги", "подробнее", "детальніше", "обновлено",
                 "оновлено", "новости", "новини", "upshot", "result", "reason", "problem",
                 "answer", "question", "message", "lesson", "catch", "folge", "fazit", "frage",
                 "antwort", "ergebnis", "grund", "lösung", "botschaft", "bilanz", "konsequenz",
                 "begründung", "hintergrund", "ziel", "reaktion", "résultat", "bilan",
                 "objectif", "raison", "resultado", "conclusión", "objetivo", "razón", "итог",
                 "вывод", "причина", "результат", "підсумок", "profile", "obituary",
                 "preview", "replacements", "subs", "substitutes", "cast", "nominations",
                 "teams", "squad", "timeline", "factbox", "reaction", "referee", "backs",
                 "forwards", "midfielders", "defenders", "goalkeepers", "strikers",
                 # a label's topic or the medium it opens with ("Procès Mazan : …", "Sur BeIn
                 # Sports : …")
                 "trial", "procès", "prozess", "juicio", "affaire", "case", "caso", "fall",
                 "sur", "auf", "en", "in", "on", "at", "dans", "bei", "im", "au", "à", "con",
                 "desde", "dpa-infocenter"}
_LABEL_CONNECTORS = {"of", "for", "the", "de", "von", "van", "al", "bin", "and"}


_ROLE_LABEL = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),"
                         r"\s+([a-zA-Z][\w\s.’'-]{2,90}?) ?:(?=\s|$)")


def role_label(text: str) -> tuple[int, int] | None:
    """"Herbert Hainer, president of FC Bayern:" opening ``text``: the name's span, when the
    words after the comma hold a role or title, or after a person's given name a few words in
    lower case (a vox pop's "Mark Holt, retired fisherman:")."""
    m = _ROLE_LABEL.match(text)
    if m is None:
        return None
    said = m.group(2).split()
    if not any(w.lower().strip(".,") in ROLE_NOUNS | TITLE_WORDS
               or compound_role(w.lower().strip(".,")) for w in said) and not (
            m.group(1).split()[0].lower() in given_names() and len(said) < 4 and all(
                w.isalpha() and w.islower() for w in said)):  # a vox pop's "Mark Holt,
        return None  # fisherman:" (not "Rudi Völler, DFB-Sportdirektor sowie …:")
    return m.span(1)


def heading_label(text: str, start: int, end: int) -> Attribution | None:
    """"Linda Chan, Judge, High Court of Hong Kong:" as a paragraph of its own: the label of
    the bulleted quotations under it (a page's "summary of comments"). The name opens the
    heading, before a comma or the colon; the heading says nothing else."""
    heading = text[start:end].rstrip()
    m = _NAME_OPENING.match(heading)
    if not heading.endswith(":") or len(heading) > 200 or m is None:
        return None
    a, b = start + m.start(1), start + m.end(1)
    colon = start + len(heading) - 1
    return Attribution(text[a:b], (a, b), ":", ":", (colon, colon + 1))


_NAME_OPENING = re.compile(rf"([{CAPITALS}][\w’'-]+(?:\s+[{CAPITALS}][\w’'-]+){{1,3}})\s*[,:]")


def compound_topic(word: str) -> bool:
    """A German compound naming a topic, not a speaker: three parts or more
    ("Taylor-Swift-Konzertabsage"), or an acronym and a noun that is no role ("GDL-Streik";
    not "SPD-Chef")."""
    parts = word.split("-")
    return len(parts) >= 3 or len(parts) == 2 and any(
        p.isupper() and len(p) > 1 for p in parts) and not is_role_noun(parts[-1].lower())


def label_attribution(text: str, start: int, end: int) -> Attribution | None:
    """"Graham: Trump's rhetoric is destroying the party": a speaker label and a colon;
    "Herbert Hainer, president of FC Bayern: “…”": a name and its role; an emoji or a bullet
    may open the line ("🏒 Александр Овечкин: «…»", "- Nehammer: „…“")."""
    while start < end and unicodedata.category(text[start])[0] == "S" or \
            start < end - 1 and text[start] in " \u200d\ufe0f" or \
            start < end - 2 and text[start] in "-–•*" and text[start + 1] == " ":
        start += 1  # (an emoji, a bullet: "- Nehammer: „…“")
    if (stamp := _TIME_STAMP.match(text, start, end)) is not None:
        start = stamp.end()  # a live blog's "[10:32] Ana Ruiz: …"
    m = _LABEL.match(text, start, end)
    if m is not None:
        label = m.group(1)
        for about in (" über ", " on ", " sur ", " sobre ", " about "):  # "Scholz über X:"
            head = label.split(about)[0]
            if head != label and all(w[:1].isupper() for w in head.split()):
                label = head
                break
        words = label.split()
        described = len(words) == 3 and words[0].lower() in DETERMINERS and \
            words[1].replace("-", "").isalpha() and words[1].islower() and \
            is_role_noun_or_compound(words[2].lower())  # "Die stellvertretende Vorsitzende:"
        if label.lower() in NOT_SPEAKERS or label in CAP_STOP or any(
                ch.isdigit() for ch in label) or not (
                all(w[:1].isupper() or 0 < n < len(words) - 1 and w in _LABEL_CONNECTORS
                    for n, w in enumerate(words))  # "President of Holmland Ivan Kholmov:"
                or words[-1].lower() in ROLE_NOUNS | {"camp"} or described):
            return None
        if words[0].lower() in NOT_SPEAKERS or not described and (words[0] in CAP_STOP or any(
                # "Also on site.example Poll: …" (a teaser), "Zum Thema Florian Wirtz: …"
                not w[:1].isupper() and w.lower() not in _LABEL_CONNECTORS for w in words[:-1])):
            return None
        if len(words) == 2 and words[0].lower() in DETERMINERS and \
                words[1].lower() in NOT_SPEAKERS:
            return None  # "Die Folge: …", "The upshot: …": a noun, not a speaker
        if len(words) == 1 and label.isupper() and label.lower() in country_words():
            return None  # "FRANCE : Motion de censure …": a section, not a speaker
        if len(words) == 1 and compound_topic(label):
            return None  # "Taylor-Swift-Konzertabsage: …", "GDL-Streik: …": a topic
        a, b, content = m.start(1), m.start(1) + len(label), m.end()
    elif (span := role_label(text[start:end])) is not None:
        a, b = start + span[0], start + span[1]
        content = text.index(":", b) + 1
        content += len(text[content:end]) - len(text[content:end].lstrip())
    else:
        return None
    stop = end
    while stop > content and text[stop - 1] in ".!?”\"’ ":
        stop -= 1
    if stop <= content:
        return None
    colon = text.index(":", b)
    att = Attribution(text[a:b], (a, b), ":", ":", (colon, colon + 1), [(content, stop)])
    att.quote_after_cue = m is None and text[content:content + 1] in OPEN_DOUBLE + AMBIGUOUS_DOUBLE
    return att


def _numeric_subject(toks: list[Token], i: int) -> bool:
    j = i - 1
    while j >= 0 and toks[j].low in {"have", "had", "also", "has", "further"}:
        j -= 1
    return j >= 0 and not AGE_NOUN.fullmatch(toks[j].low) and (
        any(ch.isdigit() for ch in toks[j].text) and not ALPHANUMERIC_NAME.fullmatch(toks[j].text)
        or toks[j].low in {"%", "percent", "per", "cent", "majority", "half"})  # (not "The G7
    # said", "broadcaster S4C said")


def _span(toks: list[Token], i: int, j: int) -> tuple[int, int]:
    return toks[i].start, toks[j - 1].end


_PERFECT = {"has", "have", "had"}


def _colon_quoter(text, toks, i, k, cue, first) -> Attribution | None:
    """"He accused them of …, but Parry explained: “…”", "Reminded that F called him “a
    disgrace”, Wenger added: “…”": the subject opening a clause whose cue opens the sentence's
    quotation (after a colon or "that", or none), after the clause of another cue that quoted
    at most a phrase."""
    q = k + (k < len(toks) and adverb(toks, k))  # ("said simply “…”")
    q += q < len(toks) and (toks[q].text == ":" or toks[q].low in THAT_WORDS)
    if cue.cls != "speech" or q >= len(toks) or toks[q].text != QUOTE_TOKEN or not (
            toks[q - 1].text == ":" or _long(text, toks[q])) or any(
                t.text == QUOTE_TOKEN and _long(text, t) for t in toks[:i]):
        return None  # (not "…, while Labour criticised “extravagant” promises": a phrase
        # with no colon before it)
    att = _subject(text, toks, i, k, cue)
    if att is None:
        return None
    n = next((n for n, t in enumerate(toks) if t.start == att.mention_span[0]), 0)
    return att if n > 0 and (toks[n - 1].text in {",", "."} or toks[n - 1].low in
                             _CLAUSE_JOINS) else None  # (not "from MPs adding:", "speaking in
    # Thailand Hingis admitted:": the subject opens its clause)


_STRAY_COMMA_CUES = {"say", "tell", "add"}  # English verbs a stray comma may precede
_CLAUSE_JOINS = {"but", "and", "while", "yet", "so", "then", "whereas"}


def _long(text: str, quotation: Token) -> bool:
    """A quotation of more words than a phrase (“a disgrace”, “extravagant”)."""
    return len(text[quotation.start:quotation.end].split()) > 5


def _contrasting_speaker(text, toks, i, k, cue, first) -> Attribution | None:
    """"While Hermoso has stated …, Rubiales has maintained that it was": a second named
    subject right after a comma, with its own cue and "that"."""
    if cue.cls != "speech" or k >= len(toks) or toks[k].low != "that":
        return None
    att = _subject(text, toks, i, k, cue)
    if att is None or not att.mention[:1].isupper() or att.mention == first.mention:
        return None
    n = next((n for n, t in enumerate(toks) if t.start == att.mention_span[0]), 0)
    return att if n > 0 and toks[n - 1].text == "," else None


def _make(text: str, toks: list[Token], np: tuple[int, int], i: int, k: int, cue: Cue
          ) -> Attribution:
    a, b = _span(toks, *np)
    ca, cb = _span(toks, i, k)
    if i > 0 and toks[i - 1].low in _PERFECT and i - 1 >= np[1]:
        ca = toks[i - 1].start  # "has said": the cue as written (the lemma stays "say")
    return Attribution(text[a:b], (a, b), text[ca:cb], cue.lemma, (ca, cb))


_POSSESSIVES = {"his", "her", "their", "its"}
_POSSESSIVE_PRONOUNS = {"его": "он", "её": "она", "ее": "она", "їх": "вони", "их": "они",
                        "його": "він", "її": "вона"}


def _according(text, toks, i, k, cue) -> Attribution | None:
    if cue.words == ("zufolge",):  # "Merz zufolge sei …": a postposition
        np = np_before(toks, i)
        return _make(text, toks, np, i, k, cue) if np is not None and not _document(
            toks, *np) else None
    if len(cue.words) == 3 and cue.words[1] in _POSSESSIVE_PRONOUNS:  # "По его словам, …"
        pronoun = toks[i + 1]
        return Attribution(_POSSESSIVE_PRONOUNS[cue.words[1]], (pronoun.start, pronoun.end),
                           text[toks[i].start:toks[k - 1].end], cue.lemma, _span(toks, i, k))
    learned = next((len(w) for w in _LEARNED if tuple(t.low for t in toks[k:k + len(w)]) == w),
                   0)
    if cue.foreign and learned and k + learned < len(toks) and (medium := np_after(
            toks, k + learned) or (k + learned, k + learned + 1)):  # (or "laSexta")
        a, b = _span(toks, *medium)  # "Según ha podido saber laSexta, recurrirá …": the
        att = Attribution("", (toks[i].start, toks[i].start),  # medium learned it; the
                          text[toks[i].start:toks[k + learned - 1].end], cue.lemma,  # one
                          _span(toks, i, k + learned))  # who speaks is the sentence's
        att.via = text[a:b]  # subject, left unsaid
        return att
    if k < len(toks) and toks[k].low in _ACCORDING_RELATIVES and i > 1 and \
            toks[i - 1].text == "," and (ante := np_before(toks, i - 1)) is not None and \
            toks[ante[1] - 1].is_cap:
        return _make(text, toks, ante, i, k + 1, cue)  # "leur leader, Jean-Luc Mélenchon,
        # selon qui ce Premier ministre «…»": the name the relative stands for
    aux = int(cue.foreign and k + 1 < len(toks) and toks[k].low in {"ha", "han", "había",
                                                                    "habían", "a", "ont"})
    if k + aux < len(toks) and (said := match_cue(toks, k + aux)) is not None and said.foreign \
            and said.cls == "speech" and k + aux + len(said.words) < len(toks):
        end = k + aux + len(said.words)  # "Según dijo, …": the person named last; "según dijo
        # X, …", "Según ha informado Moncloa, …"
        if toks[end].text == ",":  # inside a clause ("quien, según dijo, …") whose subject
            return None if i > 0 else Attribution(  # is left unsaid: nobody to name
                "", (toks[i].start, toks[i].start), text[toks[i].start:toks[end - 1].end],
                cue.lemma, _span(toks, i, end))
        k = end
    if cue.words == ("laut",) and any(t.low in _DOCUMENTS for t in toks[k:k + 2]):
        return None  # "laut erster Hochrechnung": figures, no one who says them
    if cue.words == ("nach", "angaben") and k < len(toks) - 1 and toks[k].low == "von":
        k += 1  # "Nach Angaben von Ministerpräsident X starben …"
    np = np_after(toks, k)
    named = np is not None and np[1] - np[0] >= 2 and toks[np[1] - 1].is_cap and all(
        t.is_cap or n == 0 and cue.foreign and t.low in {"des", "der", "dem"}
        for n, t in enumerate(toks[np[0]:np[1]]))  # "Selon Petteri Taalas la désorganisation
    # …", "Nach Angaben des Betriebsrats will …" (a German noun is capitalised)
    if cue.words == ("laut",) and i > 0 and np is not None and named:
        pass  # "Der Täter raste laut Reiner Haseloff mit …": the name inside the clause
    elif cue.words == ("laut",) and i > 0 and k < len(toks) and toks[k].is_cap and \
            toks[k].text.isalpha() and not _document(toks, k, k + 1):
        np = (k, k + 1)  # "… raste laut Haseloff mit …"
    elif cue.words == ("laut",) and (end := _german_verb(toks, k)) is not None and not \
            _document(toks, k, end):
        np = (k, end)  # "Laut Merz ist …": the source ends at the verb
    elif np is None or (np[1] < len(toks) and toks[np[1]].text not in {",", ".", QUOTE_TOKEN}
                        and appositive_name(text, toks, *np) is None and not named and not (
                            toks[np[1] - 1].is_cap and toks[np[1]].low in _SETTINGS_AFTER)
                        and toks[np[1]].low not in DETERMINERS):  # ("According to the report
        # the trend marked …": a comma left out before the clause's own subject)
        np = np_until_comma(toks, k) or np
        if np is not None:  # "Según el informe de la Fiscalía el acusado mintió": the source
            np = (np[0], next((j for j in range(np[0] + 2, np[1])  # ends at its name
                               if toks[j].low in DETERMINERS and toks[j].text.islower()
                               and toks[j - 1].is_cap), np[1]))
    if np is None:
        return None
    relayed = next((n for n in range(np[0] + 1, np[1]) if toks[n].low in _RELAY_FIRST and
                    n + 1 < np[1] and any(tuple(t.low for t in toks[n:n + len(o)]) == o
                                          for o in _RELAY_FIRST[toks[n].low])), None)
    if relayed is not None:
        np = (np[0], relayed)  # "Selon le ministre Marc Holm cité par l'AFP, …": the medium
        # that quotes him is the relay, no part of his name
    att = _make(text, toks, np, i, k, cue)
    verb = i - 2 if i > 2 and toks[i - 1].text == "," else i - 1
    said = match_cue(toks, verb) if verb > 0 and is_medium(att.mention) else None
    if said is not None and np_before(toks, verb) == (0, verb):
        speaker = _make(text, toks, (0, verb), verb, verb + len(said.words), said)
        speaker.via = att.mention  # "The union fears, according to Zeit Online, …", "Die
        return speaker  # Gewerkschaft befürchtet laut Zeit Online …": the subject speaks
    if not any(t.is_cap for t in toks[np[0] + 1:np[1]]) and (
            toks[np[0]].low in PRONOUNS or toks[np[0]].low in {"the", "his", "her", "their"}):
        att.cue = text[att.cue_span[0]:att.mention_span[1]]  # "According to him", "… the minister"
    app = appositive_name(text, toks, *np)
    if app is not None and app[1] < len(toks) and toks[app[1]].text not in {
            ",", ".", ";", "("} and toks[app[1]].low not in {"of", "de", "del", "du", "von"}:
        app = None  # "Según la titular de Educación, Vargas Llosa «escribió …»": the subject
        # ("its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, …" stays his)
    if app is not None and (toks[np[1] - 1].low in ROLE_NOUNS or cue.foreign and any(
            not t.is_cap and t.low in ROLE_NOUNS for t in toks[np[0]:np[1]])):  # "Selon le
        att.role_hint = att.mention  # maire de Lyon, Jean Martin, …": the role's complement
        a, b = _span(toks, *app)
        att.mention, att.mention_span = text[a:b], (a, b)
    elif (role := _role_after_name(toks, np)) is not None:
        att.role_hint = text[toks[role[0]].start:toks[role[1] - 1].end]  # "D'après Ségolène
        # Royal, ancienne ministre, …": her role, which "l'ancienne ministre" takes up later
    return att


def _role_after_name(toks: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """The role set off by commas after the name at ``np`` ("Ana Lee, ancienne ministre,"):
    lowercase words, a role noun among the first three, up to the next comma."""
    n = np[1] + 1
    if np[1] - np[0] < 2 or not all(t.is_cap for t in toks[np[0]:np[1]]) or \
            np[1] >= len(toks) or toks[np[1]].text != "," or n >= len(toks) or toks[n].is_cap:
        return None
    end = next((m for m in range(n, min(n + 8, len(toks))) if toks[m].text == ","), None)
    if end is None or not any(is_role_noun(t.low) for t in toks[n:min(n + 3, end)]):
        return None
    return n, end


_AS = {"как", "як"}
_ANYONE = PEOPLE_NOUNS | {"people", "persons", "gens", "gente", "люди"}  # people at large
_ACCORDING_RELATIVES = {"qui", "quien", "quienes", "whom", "которому", "которой", "яким"}
_LEARNED = (("ha", "podido", "saber"), ("pudo", "saber"), ("ha", "sabido"), ("a", "appris"),
            ("a", "pu", "apprendre"), ("ha", "podido", "confirmar"))  # "según ha podido saber X"
_SETTINGS_AFTER = {"en", "in", "dans", "im", "durante", "pendant", "während", "on", "at", "lors"}
# ^ "Según ha informado Moncloa en un comunicado, …": the name ends before its setting


def _as_said(text, toks, i, k, cue) -> Attribution | None:
    """"Как заявил X, …" ("as X stated, …"): the speaker after the cue, the content after the
    comma, read as "according to X" (and, for a medium, "Как сообщает ТАСС, X заявил" relays
    X's words)."""
    if not (cue.foreign and cue.cls == "speech" and i > 0 and toks[i - 1].low in _AS
            and (i == 1 or toks[i - 2].text in {",", *DASHES, QUOTE_TOKEN})):
        return None
    start_np = _after_time_words(toks, k)
    told = _outlet_told(text, toks, start_np, located=True)
    if told is not None:
        start_np = told[0]  # "Как рассказал РБК собеседник в правительстве, …": the outlet
        # told, then the speaker
    np = np_after(toks, start_np)
    if np is not None:
        np = _foreign_role_name(text, toks, np) or np
    def ends(np: tuple[int, int] | None) -> bool:
        return np is not None and np[1] < len(toks) and (
            toks[np[1]].text == "," or toks[np[1]].low in _AFTER_SPEAKER)

    if not ends(np):  # "Как сообщает агентство, …": a common noun; "Как заявил глава
        np = np_until_comma(toks, start_np, limit=9)  # ведомства Иван Сомов, …": a title
    if not ends(np):  # with its complement
        return None
    located = toks[np[0]].low in _IN and np[1] - np[0] > 1 and toks[np[0] + 1].is_cap
    att = _make(text, toks, (np[0] + located, np[1]), i, k, cue)  # "Как отметили в Кремле"
    att.cue_span = (toks[i - 1].start, att.cue_span[1])
    att.cue, att.cue_lemma = text[att.cue_span[0]:att.cue_span[1]], "according to"
    att.case = "loc" if located else None
    att.via = told and told[1]
    return att


def _subject_after_opening(text, toks, i, k, cue) -> Attribution | None:
    """"О своем состоянии ученый также рассказал МК", "Об этом Холмов сообщил РБК": a
    Russian or Ukrainian sentence opening with a preposition, whose subject stands right before
    the cue (a role noun, or capitalised words in no oblique case): the subject speaks, and an
    outlet after the cue is the one told (its relay), not a subject after the verb."""
    if not (cue.cls == "speech" and toks[i].low[:1] in CYRILLIC_LETTERS and i >= 3
            and toks[0].is_cap and toks[0].low in _OPENING_PREPOSITIONS
            and k < len(toks) and toks[k].is_cap):
        return None
    j = i
    while j > 2 and toks[j - 1].low in _ADVERBS_AFTER_VERB | _ADVERBS_BEFORE_VERB:
        j -= 1  # "ученый также рассказал"
    n = j
    while n > 2 and n > j - 3 and toks[n - 1].is_cap and not obliqueness(toks[n - 1].text)[0] \
            and toks[n - 1].low[:1] in CYRILLIC_LETTERS:
        n -= 1  # "Иван Холмов", not "Холмову"
    if n == j and is_role_noun(toks[j - 1].low):
        n = j - 1  # "ученый"
    if n == j or toks[n - 1].low in _OPENING_PREPOSITIONS | _RU_PREPOSITIONS | _IN:
        return None  # ("О Холмове рассказал РБК": the one spoken of)
    att = _make(text, toks, (n, j), i, k, cue)
    end = next((m for m in range(k + 1, min(k + 4, len(toks))) if not toks[m].is_cap), k + 1)
    # ^ the capitalised words after the cue (only the first when they run on)
    if toks[k].text.isupper() or is_medium(text[toks[k].start:toks[end - 1].end]):
        att.via = text[toks[k].start:toks[end - 1].end]  # "рассказал МК": told the paper
    return att


def _outlet_told(text: str, toks: list[Token], n: int, located: bool = False
                 ) -> tuple[int, str] | None:
    """An outlet right after a Russian or Ukrainian cue, then the speaker ("сообщил РБК сам
    ученый", "заявил ТАСС Иван Холмов"; with ``located``, a body in the locative: "рассказали
    РБК в пресс-службе"): where the speaker starts, and the outlet."""
    if n >= len(toks) or toks[n].low not in MEDIA or not toks[n].is_cap:
        return None
    m = n + 1 + (toks[n].low == "риа" and n + 1 < len(toks) and toks[n + 1].low == "новости")
    outlet = text[toks[n].start:toks[m - 1].end]
    m += m < len(toks) and toks[m].low in {"сам", "сама", "сами"}  # "сам ученый": himself
    if m >= len(toks) or not (toks[m].is_cap or is_role_noun(toks[m].low)
                              or toks[m].low in SOURCE_NOUNS
                              or role_in_genitive(toks[m].low, is_role_noun)
                              or located and toks[m].low in _IN):  # ("цитирует ТАСС министра")
        return None
    return m, outlet


_OPENING_PREPOSITIONS = {"о", "об", "обо", "про", "по", "в", "во", "на", "с", "со", "у", "за",
                         "после", "при", "із", "з", "після"}
_ADVERBS_BEFORE_VERB = {"уже", "ранее", "тоже", "вновь", "снова", "раніше", "вже", "також"}
# ^ with _ADVERBS_AFTER_VERB ("также", "еще")


_IN = {"в", "во", "у"}
# a noun after these is no subject ("в беседе с РИА Новости рассказал X": the listener)
_RU_PREPOSITIONS = {"с", "со", "к", "ко", "для", "от", "о", "об", "при", "з", "із", "зі", "до"}
_GENITIVE_ENDS = ("ы", "и", "а", "я", "ого", "его", "ой", "ей", "ов", "ев", "ії", "ів")


def _located_body(text, toks, i, k, cue) -> Attribution | None:
    """"В Кремле заявили, что …", "У Кремлі заявили" ("in the Kremlin they said"): a body
    named in the locative before a plural verb without a subject is the speaker; or after it,
    closing a quotation or a sentence opened by a preposition ("…, — отметили в Кремле", "Об
    этом сообщили в министерстве обороны"), past an outlet told ("рассказали РБК в
    пресс-службе …", the relay). A body's noun in lower case only from cases.LOCATIVE_BODIES."""
    if not (cue.foreign and cue.cls == "speech" and toks[i].low.endswith("ли")):
        return None
    told = _outlet_told(text, toks, k, located=True)  # "рассказали РБК в пресс-службе …"
    o = told[0] if told is not None else k
    opened = 1 < i <= 4 and toks[0].low in _OPENING_PREPOSITIONS and not any(
        t.is_cap for t in toks[1:i])  # "Об этом сообщили в министерстве обороны"
    if i > 0 and (toks[i - 1].text in {",", *DASHES, QUOTE_TOKEN} or opened) and \
            o + 1 < len(toks) and toks[o].low in _IN and (
                toks[o + 1].is_cap or toks[o + 1].low in LOCATIVE_BODIES):
        end = o + 1 + (not toks[o + 1].is_cap)  # "…, отметили в Кремле.", "в пресс-службе"
        while end < len(toks) and (toks[end].is_cap or toks[end].text.isupper() or end > o + 1
                                   and toks[end].low.endswith(_GENITIVE_ENDS)):
            end += 1  # "в Министерстве обороны", not "в Кремле журналистам"
        att = _make(text, toks, (o + 1, end), i, k, cue)
        att.case = "loc"
        att.via = told and told[1]
        return att
    p = next((n for n in range(i - 2, max(i - 5, -1), -1) if toks[n].low in _IN), None)
    if p is None or p > 0 and toks[p - 1].text != "," or not (
            toks[p + 1].is_cap or toks[p + 1].low in LOCATIVE_BODIES) \
            or not all(t.text.isalpha() for t in toks[p + 1:i]):
        return None
    att = _make(text, toks, (p + 1, i), i, k, cue)
    att.case = "loc"
    return att


# a German speaker's mood, after the name ("zeigte sich X zufrieden") or opening the sentence
# ("Zufrieden zeigte sich X")
_GERMAN_MOODS = {"zufrieden", "enttäuscht", "erleichtert", "überrascht", "besorgt", "stolz",
                 "froh", "traurig", "erfreut", "verärgert", "empört", "gelassen", "entsetzt",
                 "betroffen", "schockiert", "begeistert"}
# words that may follow the speaker's name in ", said X ...": "in Geneva", "am Dienstag"
_AFTER_SPEAKER = {"in", "on", "at", "during", "after", "before", "of", "about", "to", "when",
                  "pour", "while", "as", "last", "this", "am", "im", "bei", "auf", "vor", "nach",
                  "en",
                  "à", "au", "lors", "durante", "tras", "el", "ce", "über", "в", "на", "во",
                  "после", "mit", "hinzu", "fest", "und", "and", "y", "et", "и", "ante", "devant",
                  "перед", "со", "citing", "dans", "sur", "pendant", "après", "avant", "lundi",
                  "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "cette",
                  "zuletzt", "weiter", "zudem", "außerdem", "gegenüber", "dazu", "demnach",
                  "ebenfalls", "damals", "bereits", "además", "también", "luego", "este", "esta",
                  "aussi", "encore", "également", "журналистам", "репортерам", "репортёрам",
                  "корреспонденту", "журналістам", "також", "у", "під", "zum", "zur",
                  "laut", "heute", "noch", "dem", "den", "überzeugt", "zuversichtlich", "al",
                  "optimistisch",
                  *_GERMAN_MOODS}
# ^ "teilte er mit", "fügte sie hinzu", "передает ТАСС со ссылкой на", "a signé X dans …",
# "berichtete die „Bild“ zuletzt weiter"
_BRIDGES = {"a", "ha", "hat", "avait", "había", "hatte", "s'est", "s’est", *DASHES}  # "», a
# déclaré X", "», ha dicho X", "», — сказал X", "», avait estimé X", "», s'est écrié X"
_CLITICS = {"le", "les", "lui", "leur", "me", "nous", "vous", "nos", "se"}  # the listener
_PHASAL = {"empezó", "empezado", "comenzó", "comenzado", "terminó", "terminado", "acabó",
           "acabado", "concluyó", "siguió", "continuó"}  # before a gerund: "empezó diciendo"
_AUX_ADVERBS = {"d'abord", "d’abord", "ensuite", "encore", "aussi", "également", "déjà", "enfin",
                "alors", "toutefois", "cependant", "néanmoins", "pourtant", "también", "además",
                "ya", "luego", "auch", "noch", "zudem", "bereits"}  # (phrases: mentions'
# adverb_phrase_before, shared with the subject's side of the cue)


_TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir",
               "matin", "hier", "aujourd'hui", "aujourd’hui", "ayer", "hoy", "este", "esta",
               "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
               "tarde", "noche", "madrugada", "après-midi", "también", "además", "asimismo",
               "aussi", "également",
               "gestern", "heute", "am", "montag", "dienstag", "mittwoch", "donnerstag",
               "freitag", "samstag", "sonntag", "abend", "indes", "indessen", "inzwischen",
               "auch", "zudem", "außerdem", "ebenfalls", "jedoch", "allerdings", "nun",
               "notamment", "encore", "ensuite", "enfin",
               "вчера", "сегодня", "также", "ранее"}


def _after_time_words(toks: list[Token], k: int) -> int:
    """The token after the time words from ``k`` on (", a déclaré samedi soir le ministre …",
    ", dijo este lunes X", "Как заявил ранее X"), and after a German reflexive pronoun
    ("„…“, erinnert sich Neuer")."""
    if k < len(toks) - 1 and toks[k].low == "sich":
        k += 1
    while k < len(toks) - 1 and (toks[k].low in _TIME_WORDS or toks[k].low in {"ce", "cette"}
                                 and toks[k + 1].low in _TIME_WORDS):
        k += 1  # ("a indiqué ce mardi la procureure")
    return _after_manner(toks, k)


_MANNER_ENDS = ("o", "a", "mente", "ment")  # "indignado", "visiblemente molesto", "sobrement"


def _after_manner(toks: list[Token], k: int) -> int:
    """Past up to two Spanish or French words of manner before the subject: "«…», afirmó
    indignado el delantero", "respondió visiblemente molesto X", "constate sobrement X" (the
    article or a name must follow)."""
    n = k
    while n < min(len(toks) - 1, k + 2) and toks[n].text.isalpha() and toks[n].text.islower() \
            and toks[n].low.endswith(_MANNER_ENDS) and len(toks[n].low) > 5 \
            and toks[n].low not in _TIME_WORDS:
        n += 1
    return n if n > k and (toks[n].low in {"el", "la", "le"} or toks[n].is_cap) else k


def _one_of_name(text, toks, k) -> tuple[int, int] | None:
    """"l’un des deux plus hauts magistrats de France, Rémy Heitz", "uno de los jueces, X",
    "one of the study's authors, X": the name after the description of a group's member."""
    if k >= len(toks) or toks[k].low not in _ONE_OF and not (
            toks[k].low == "one" and k + 1 < len(toks) and toks[k + 1].low == "of"):
        return None
    comma = next((j for j in range(k + 1, min(k + 12, len(toks)))
                  if toks[j].text in {",", ".", QUOTE_TOKEN}), None)
    if comma is None or toks[comma].text != ",":
        return None
    return appositive_name(text, toks, k, comma)


_ONE_OF = {"l'un", "l’un", "l'une", "l’une", "uno", "una", "einer", "eine"}


def _after_place(toks: list[Token], k: int) -> int:
    """The token after a medium, a place or an adverbial right after a cue, before the subject
    (", a accusé mardi sur Europe 1/CNews le président du parti X", ", dijo en La Paz el
    ministro", ", escribió en primera instancia el jefe de Estado")."""
    if k + 5 < len(toks) and (toks[k].low, toks[k + 1].low, toks[k + 2].low) == (
            "a", "través", "de"):  # "», expresó a través de sus redes sociales el ministro X"
        j = next((n for n in range(k + 4, min(k + 9, len(toks) - 1))
                  if toks[n].low in _SUBJECT_ARTICLES and (is_role_noun(toks[n + 1].low)
                                                           or toks[n + 1].is_cap)), None)
        return j if j is not None and all(t.text.isalpha() for t in toks[k + 3:j]) else k
    if k >= len(toks) - 2 or toks[k].low not in _PLACE_PREPOSITIONS:
        return k
    j = k + 1
    if toks[k].low[0] in CYRILLIC_LETTERS:  # no articles: one word, then the subject ("—
        return k + 2 if is_role_noun(toks[k + 2].low) or toks[k + 2].is_cap else k  # заявила
        # после игры теннисистка")
    if toks[j].is_cap:
        while j < len(toks) and (toks[j].is_cap or toks[j].text.isdigit() or toks[j].text == "/"):
            j += 1
    else:  # ", escribió en primera instancia el jefe de Estado": a lowercase adverbial
        while j < min(k + 4, len(toks)) and toks[j].text.isalpha() and toks[j].text.islower() \
                and toks[j].low not in _SUBJECT_ARTICLES:
            j += 1
        named = j
        while named < len(toks) and toks[named].is_cap and j > k + 1 and toks[j - 1].low in {
                "con", "avec", "a", "à"}:
            named += 1  # ", sostuvo en diálogo con Radio Holm el ministro": the medium's name
        if named > j and named < len(toks) and toks[named].low in _SUBJECT_ARTICLES:
            return _after_time_words(toks, named)
        if not (j + 1 < len(toks) and is_role_noun(toks[j + 1].low)):
            return k
    if j < len(toks) and toks[j].low in _SUBJECT_ARTICLES:
        return _after_time_words(toks, j)
    return k


def _after_listener(toks: list[Token], k: int) -> int:
    """The token after the audience named right after a cue (", declaró a los periodistas la
    exdiputada", ", a déclaré à la presse le ministre")."""
    j = k
    if j < len(toks) - 1 and toks[j].low in _CYRILLIC_LISTENERS:
        return _after_time_words(toks, j + 1)  # ", заявил журналистам глава ведомства"
    if j < len(toks) - 2 and toks[j].low in {"a", "à", "aux", "al", "ante"}:
        j += 1
        if toks[j].low in {"la", "las", "los", "el", "les", "l'", "l’", "sus", "ses"}:
            j += 1
        if j < len(toks) - 1 and toks[j].low in _LISTENERS:
            return _after_time_words(toks, j + 1)
    return k


def _member_of(text, toks, att: Attribution, i: int, k: int, cue: Cue) -> Attribution | None:
    """"Felix Banaszak von den Grünen erklärte": a dative after "von" is the speaker's party or
    body; the speaker is the name before it, as before a role and its genitive ("Gabriele Matz,
    Vorstandssprecherin des Verkehrsverbundes Rhein-Ruhr (VRR) appellierte")."""
    m = next((n for n, t in enumerate(toks) if t.start == att.mention_span[0]), None)
    if m is not None and m > 2 and toks[m].low == "des" and toks[m - 1].is_cap and \
            toks[m - 2].text == ",":
        m -= 1  # "Gabriele Matz, Vorstandssprecherin des Verkehrsverbundes …": the name before
    elif m is None or m < 2 or toks[m - 1].low not in {"von", "vom"}:  # the role; a genitive
        return None                                                      # is no subject
    np = np_before(toks, m - 1)
    if np is None or not toks[np[1] - 1].is_cap:
        return None
    made = _make(text, toks, np, i, k, cue)
    made.case = att.case
    return made
_CYRILLIC_LISTENERS = {"журналистам", "журналістам", "репортерам", "прессе", "пресі"}  # dative
_LISTENERS = {"periodistas", "prensa", "medios", "reporteros", "journalistes", "presse",
              "médias", "reporters", "seguidores", "partisans", "simpatizantes"}
_PLACE_PREPOSITIONS = {"sur", "à", "au", "dans", "en", "ante", "desde", "im", "bei", "beim", "zum",
                       "zur", "vom", "in", "после", "після", "перед"}  # "— заявила после игры
# теннисистка", "äußerte sich Kahn zum Trainer-Beben beim FC Bayern"
_SUBJECT_ARTICLES = {"le", "la", "les", "l'", "l’", "el", "los", "las", "der", "die"}


def _foreign_role_name(text, toks, np) -> tuple[int, int] | None:
    """"le ministre de l’Intérieur, Bruno Retailleau": the name after a role phrase with its
    "de …" complement and a comma (other languages put the role first)."""
    j = np[1]
    while j < len(toks) and j - np[1] < 10 and toks[j].text not in {",", ".", QUOTE_TOKEN}:
        j += 1  # ("la vicepresidenta segunda del Gobierno y líder de Sumar, Yolanda Díaz")
    if j < len(toks) and toks[j].text == "," and any(
            is_role_noun(t.low) or t.low in TITLE_WORDS for t in toks[np[0]:np[1]]):
        return appositive_name(text, toks, np[0], j)
    return None


_INVERTED_PRONOUN = re.compile(r"a-t-(il|elle)", re.IGNORECASE)
_INVERTED_SUFFIX = re.compile(r"-(?:t-)?(il|elle)$", re.IGNORECASE)


def _aux_adverbs(toks: list[Token], i: int) -> int:
    """The first token of the short adverbs between an auxiliary and the cue at ``i`` ("a de
    son côté rappelé", "a-t-il d’abord commenté", "ha dicho también"), or ``i``."""
    j = i
    while j > 1:
        if toks[j - 1].low in _AUX_ADVERBS:
            j -= 1
        elif (n := adverb_phrase_before(toks, j)) is not None:
            j = n
        else:
            break
    return j


_INVERTED_OBJECT_CUES = {"ask", "warn", "urge", "remind", "promise", "assure"}


def _inverted(text, toks, i, k, cue) -> Attribution | None:
    """", said X" / "” said X": the cue right after a comma or a quotation (past an auxiliary
    or a dash: "», a déclaré X", "», — сказал X"; "», a-t-il ajouté"; short adverbs after the
    auxiliary: "», a de son côté rappelé X", "», a-t-il d’abord commenté")."""
    if cue.foreign:
        i = _aux_adverbs(toks, i)
    if i > 1 and cue.cls == "speech" and toks[i - 2].text in {",", QUOTE_TOKEN} and (
            m := _INVERTED_PRONOUN.fullmatch(toks[i - 1].text)):
        a, b = toks[i - 1].start + m.start(1), toks[i - 1].start + m.end(1)
        att = Attribution(text[a:b], (a, b), text[toks[i - 1].start:toks[k - 1].end],
                          cue.lemma, (toks[i - 1].start, toks[k - 1].end))
        att.quote_before_np = QUOTE_TOKEN in {toks[i - 2].text, toks[max(i - 3, 0)].text}
        return att
    if cue.foreign and (m := _INVERTED_SUFFIX.search(toks[i].text)) and i > 0 and \
            toks[i - 1].text in {",", QUOTE_TOKEN}:  # "», ajoute-t-il", "poursuit-elle"
        a, b = toks[i].start + m.start(1), toks[i].start + m.end(1)
        att = Attribution(text[a:b], (a, b), toks[i].text, cue.lemma, (toks[i].start, toks[i].end))
        att.quote_before_np = QUOTE_TOKEN in {toks[i - 1].text, toks[max(i - 2, 0)].text}
        return att
    b = i - 1  # the token before the cue
    if b > 0 and toks[b].low in _PHASAL and toks[i].low.endswith(("ando", "iendo")):
        b -= 1  # "», ha empezado destacando X", "», terminó diciendo X"
    while b > 0 and toks[b].low.endswith(("ment", "mente")) and len(toks[b].low) > 6 \
            and toks[b - 1].low in _BRIDGES:
        b -= 1  # "», a immédiatement déclaré X"
    if b > 0 and toks[b].low.endswith("о") and len(toks[b].low) > 5 and \
            toks[b].low[0] in CYRILLIC_LETTERS and toks[b - 1].text in {",", QUOTE_TOKEN, *DASHES}:
        b -= 1  # "», — багатозначно написав X", "— коротко ответил X": an adverb
    j = b
    while j > 0 and (toks[j].low in _BRIDGES or cue.foreign and toks[j].low in _CLITICS):
        j -= 1  # "», a déclaré X", "», lui a dit X", "», le gritó X"
    if j < b and toks[j].text in {",", QUOTE_TOKEN, *DASHES}:
        b = j
    before = [t.low for t in toks[:i]]
    so = next((n for n in (2, 1) if before[-n:] in (["así", "lo"], ["así", "se"], ["así"])), 0)
    opening = cue.foreign and cue.cls == "speech" and so and (
        len(before) == so or toks[i - so - 1].text in {",", QUOTE_TOKEN})
    # ^ "Así lo afirmó el lunes el director del banco, X", "“…”, así se pronunció el
    # mandatario": the subject after the verb, as after a comma
    believed = (cue.foreign or cue.lemma in {"underline", "highlight"}) and cue.cls in {
        "thought", "evidence"} and b >= 0 and (
        toks[b].text == QUOTE_TOKEN or toks[b].text == "," and b > 0 and
        toks[b - 1].text == QUOTE_TOKEN)  # "«…», — считает X", "„…“, entschied Richter X",
    # "“…,” underlined Mr X": the quotation is what X thinks, ruled or stressed
    if not opening and (cue.cls != "speech" and not believed or b < 0 or
                        toks[b].text not in {",", QUOTE_TOKEN}):
        return None
    if not opening and toks[b].text == "," and not (b > 0 and toks[b - 1].text == QUOTE_TOKEN) \
            and not cue.foreign and cue.lemma not in {"say", "add", "write", "note", "explain",
                                                      "continue", "insist", "argue", "claim",
                                                      "declare", "announce", "confirm", "warn"}:
        return None  # ", a ajouté le préfet", ", ha asegurado la jugadora": any foreign cue
    if cue.lemma in OBJECT_CUES and not cue.foreign and not (
            cue.lemma in _INVERTED_OBJECT_CUES and (toks[b].text == QUOTE_TOKEN or (
                np := np_after(toks, k)) is not None and np[1] == len(toks) - 1 and
                toks[-1].text == ".")):
        return None  # "…,” Ann Lee told CNN: after "told" comes the listener, not the speaker
        # (but "“…,” warned Jan Holm", "“…?” asked Ana Ruiz", "…, warned the magazine.": the
        # subject, right after a quotation or closing the sentence)
    if not opening and cue.foreign and toks[b].text == "," and toks[b - 1].text != QUOTE_TOKEN \
            and (first := np_after(toks, 0)) is not None and 2 <= first[1] - first[0] <= 3 \
            and first[1] < b and toks[first[1]].text == "," and all(
                t.is_cap for t in toks[first[0]:first[1]]):
        return None  # "Holger Kalbe, Abteilungsleiter …, äußerte Vermutungen, dass …": the
        # name set off at the sentence's start is the subject, not the noun after the cue
    if not opening and cue.foreign and toks[b].text == "," and _set_off_opener(toks, b):
        return None  # "L'ancien Premier ministre, Gabriel Attal, a remercié les Français":
        # a role and the name set off after it open the sentence; they are its subject
    start_np = _after_place(toks, _after_listener(toks, _after_time_words(toks, k))) \
        if cue.foreign else k
    if cue.foreign and start_np + 1 < len(toks) and toks[start_np].low == "al" and \
            toks[start_np + 1].low.endswith(("ar", "er", "ir")):
        return None  # "», dijo al conversar con la prensa en el Palacio Nacional": when he
        # said it, the subject left unsaid (not the place named in the clause)
    told = _outlet_told(text, toks, start_np) if toks[i].low[:1] in CYRILLIC_LETTERS else \
        _romance_told(text, toks, start_np) if cue.foreign else None
    if told is not None:
        start_np = told[0]  # "…, сообщил РБК сам ученый": the paper told, then the speaker
    if cue.foreign and start_np < len(toks) and toks[start_np].low in _GERMAN_OBJECT_ARTICLES:
        obj = np_after(toks, start_np)  # "X, die Sprecherin, warf dem Westen Heuchelei vor":
        # an object after the cue; after a quotation the subject may follow it ("„…“, sagte
        # den Reportern die Ministerin X")
        if obj is None or obj[1] >= len(toks) or toks[obj[1]].low not in {
                "der", "die", "das", "ein", "eine"} or QUOTE_TOKEN not in {
                toks[b].text, toks[max(b - 1, 0)].text}:
            return None
        start_np = obj[1]
    np, role, via = np_after(toks, start_np), None, told and told[1]
    if np is None and start_np < len(toks) and (
            told is not None and toks[start_np].low in SOURCE_NOUNS or
            toks[i].low[:1] in CYRILLIC_LETTERS and (is_role_noun(toks[start_np].low) or
                                                     toks[start_np].low in LOWERCASE_BODIES)):
        np = (start_np, next((n for n in range(start_np + 1, len(toks))
                              if not toks[n].text[:1].isalnum()), len(toks)))  # "сообщил ТАСС
        # источник в министерстве": an unnamed source, told; "заявил журналистам глава
        # ведомства", "повідомила пресслужба міністерства": a role or a body in lowercase
    if (named := _role_then_name(text, toks, start_np)) is not None:
        role, np = named  # ", said his spokesman, John Smith": the name, not the role
    if (one_of := _one_of_name(text, toks, start_np)) is not None:
        np = one_of  # ", said one of the study's authors, X"
    elif cue.foreign:
        np = np and (_foreign_role_name(text, toks, np) or np)
    after_quote = not opening and (toks[b].text == QUOTE_TOKEN or (
        b > 0 and toks[b - 1].text == QUOTE_TOKEN))
    if np is None and after_quote and not (cue.foreign and k < len(toks) and toks[k].low == "a"):
        np = description_after(toks, k)  # (not the Spanish personal "a": "», dijo a TVE")
    elif np is None and not cue.foreign and toks[b].text == "," and (
            desc := description_after(toks, k)) is not None and desc[1] >= len(toks) - 1 and \
            is_agent_noun(toks[desc[1] - 1].low) and not any(
                t.low in NOT_NOUNS for t in toks[desc[0]:desc[1]]):
        np = desc  # "…, says a top academic.": an agent described, closing the sentence
    # ", — отметил гендиректор организации X.": a name closing the clause, unless a foreign
    # cue already has its phrase right after it
    cyrillic_role = np is not None and toks[np[0]].low[:1] in CYRILLIC_LETTERS and \
        is_role_noun(toks[np[0]].low)  # ", сообщил аким … области Ермаганбет Булекпаев"
    closing = after_quote or (opening or toks[b].text == ",") and not (
        cue.foreign and (start_np > k or np is not None) and not cyrillic_role)
    if np is not None and toks[np[0]].low in PERSONAL_PRONOUNS:
        closing = False  # "«…», sagte er im Podcast mit seinem Bruder Felix": he, not Felix
    listener = cue.foreign and np is not None and np[1] < len(toks) and toks[np[1]].low in \
        _GERMAN_CASE_ARTICLES  # "sagte Holm der Zeitung", "erklärte ein Sprecher der Stadt"
    if np is not None and (named := next((m for m in range(np[0] + 1, np[1])
                                          if _cyrillic_medium(toks[m])), None)) is not None:
        np = (np[0], named)  # "– цитирует слова Н. Холмюка РБК-Украина": the name ends
    relay = np is not None and np[1] < len(toks) and _cyrillic_medium(toks[np[1]])  # "—
    # цитирует Бетербиева издание The Ring": the speaker, then the medium that relays him
    if relay:
        end = next((n for n in range(np[1] + 1, len(toks)) if toks[n].text in {",", ".", ";"}),
                   len(toks))
        via = text[toks[np[1]].start:toks[end - 1].end]
    if closing and not listener and not relay and (np is None or np[1] < len(toks)
                                                   and toks[np[1]].text[:1].isalnum()):
        first = k if told is None else told[0]  # (past the outlet told)
        j = first  # "…,” said Cruz constituent Dan Golvach: words, then a capitalised name
        while j < len(toks) and j - k < 10 and (toks[j].text[:1].isalnum() or toks[j].text == "/"
                                                or _aside_end(toks, j)) and not (
                j > k + 1 and toks[j - 1].is_cap and toks[j - 2].is_cap and not toks[j].is_cap):
            j = _aside_end(toks, j) or j + 1  # "a écrit sur X (ex-Twitter) Olaf Scholz"
        relayed_by = j < len(toks) and _cyrillic_medium(toks[j])  # "— цитирует министра
        # Ивана Холмова агентство ТАСС": the speaker, then the medium
        ends = (j == len(toks) or toks[j].text in {",", ".", "("} or toks[j].low in {
            "when", "who", "in", "on", "at", "as", "of", "about"} or cue.foreign and toks[j].low in
            _AFTER_SPEAKER or relayed_by) if after_quote else (
            j == len(toks) or toks[j].text == ".")  # after a plain comma: the sentence's end
        if j > k + 1 and toks[j - 1].is_cap and toks[j - 2].is_cap and toks[j - 1].text \
                not in CAP_STOP and ends and not _medium_after_preposition(toks, k, j) \
                and not _place_after_preposition(toks, k, j):
            n = j - 1
            while n > first and toks[n - 1].is_cap:
                n -= 1
            if n > first and toks[n - 1].low in _RELAY_FIRST and is_medium(
                    text[toks[n].start:toks[j - 1].end]):
                return None  # "», dijo en declaraciones que recoge Europa Press": the relay
            social = toks[n].low in _SOCIAL and n + 1 < j and toks[n - 1].low in {
                "в", "у", "in", "on", "sur", "en", "auf"}
            n += social  # "– написал в Facebook Булекпаев": the network, then the writer
            named = n
            while toks[n - 1].low.startswith(_MEDIUM_STEMS) and named < j - 1 and (
                    toks[named].text.isupper() or not set(toks[named].low) <= CYRILLIC_LETTERS):
                named += 1  # "– сказал в эфире телеканала СТВ Моисевич": the medium's name,
            relayed = named > n and toks[named].is_cap and set(toks[named].low) <= \
                CYRILLIC_LETTERS
            if relayed:
                via, n = text[toks[n].start:toks[named - 1].end], named  # then the speaker
            n += genitive_lead([t.text for t in toks[n:j]])  # "министр … России Иван
            # Сидоров": the country belongs to the role
            medium = next((m for m in range(n + 1, j) if _cyrillic_medium(toks[m])),
                          j)  # "цитирует Сомова
            # РИА Новости": the relay after the speaker
            if np is not None and np[1] < n and toks[n - 1].low.startswith(_MEDIUM_STEMS):
                via = text[toks[n].start:toks[j - 1].end]  # "отметил Трамп в эфире телеканала
                # Fox News": the speaker after the cue, the medium closing the clause
            else:
                np, role = (n, medium), ((first, n) if n > first and not relayed and any(
                    t.is_cap or t.low in ROLE_NOUNS or t.low in TITLE_WORDS for t in toks[first:n])
                    and toks[first].low not in _PLACE_PREPOSITIONS else None)  # the role before
                # the name (not "в сообщении на сайте", "sur X (ex-Twitter)")
            if medium < j:
                via = text[toks[medium].start:toks[j - 1].end]
            elif relayed_by:
                end = next((m for m in range(j + 1, len(toks)) if toks[m].text in {
                    ",", ".", ";"}), len(toks))
                via = text[toks[j].start:toks[end - 1].end]
    if np is None or toks[np[0]].low in {"it", "that", "this", "we", "you", "i", "they"}:
        return None
    if toks[np[0]].low in PRONOUNS and toks[np[0]].low not in PERSONAL_PRONOUNS:
        return None
    if cue.foreign and np[1] < len(toks) and toks[np[1]].low in OF_WORDS and is_role_noun(
            toks[np[1] - 1].low):  # "», a déclaré le porte-parole du ministère.": its complement
        end = next((n for n in range(np[1] + 1, min(np[1] + 8, len(toks)))
                    if not toks[n].text[:1].isalnum()),
                   len(toks) if len(toks) <= np[1] + 8 else None)  # (or the sentence's end)
        setting = next((n for n in range(np[1] + 2, end or np[1] + 2) if toks[n].low in
                        _SETTING_OPENERS and toks[n - 1].is_cap), None)
        if setting is not None:
            end = setting  # "ha dicho el presidente del Gobierno al inicio de su comparecencia"
        told = next((n for n in range(np[1] + 2, end or np[1] + 2) if toks[n].low in
                     _ROMANCE_TO and _romance_medium(text, toks, n)), None)
        if told is not None:
            end = setting = told  # "dijo el ministro del Interior a la agencia EFE": the
            # medium he told, after his role
        if end is not None and end > np[1] + 1 and (
                end == len(toks) or toks[end].text in {".", ",", ";", "!", "?"}
                or end == setting):
            np = (np[0], end)
    if cue.foreign and toks[np[1] - 1].low in SOURCE_NOUNS and (end := next((
            n for n in range(np[1], min(np[1] + 7, len(toks))) if not toks[n].text[:1].isalnum()),
            None)) is not None and toks[end].text in {".", ",", ";"}:
        np = (np[0], end)  # "a indiqué une source proche du dossier": what the source is
    e = np[1]  # past one or two adjectives after a role
    while cue.foreign and e < min(np[1] + 2, len(toks)) and toks[e].text.isalpha() and \
            toks[e].text.islower() and toks[e].low not in _AFTER_SPEAKER | THAT_WORDS | {
                "qui", "quien", "who", "which", "dont"}:
        e += 1  # (not "el gobernante que convocó …")
    adverbs = False
    if np[1] < e < len(toks) and (toks[e].low in _AFTER_SPEAKER or toks[e].text in {".", ","}) \
            and is_role_noun(elided(toks[np[1] - 1].low)) and not (
                np[1] - np[0] > 1 and all(t.is_cap for t in toks[np[0]:np[1]])):
        if toks[np[0]].low in GERMAN_ARTICLES:
            adverbs = True  # "bemerkte der Minister sanft": a German adverb, no adjective
        else:
            np = (np[0], e)  # "a reconnu le dirigeant tricolore pour Le Figaro", "a déclaré
            # le premier ministre réélu": the role's adjectives (not after a name: "se réjouit
            # Bruno Le Maire peu après")
    if not adverbs and np[1] < len(toks) and (
            toks[np[1]].text not in {".", ",", ";", ":", "!", "?", "(", QUOTE_TOKEN}
            or toks[np[1]].text == QUOTE_TOKEN and not after_quote) \
            and toks[np[1]].low not in _AFTER_SPEAKER and not listener and not relay \
            and not (after_quote and (toks[np[1]].low in DESCRIPTION_ENDS or all(
                t.is_cap for t in toks[np[0]:np[1]]))) \
            and not (cue.foreign and _romance_medium(text, toks, np[1])):  # "«…», dijo Milei
        # apenas …"; "dijo el ministro a la agencia EFE": the medium he told
        return None  # ", said he thinks ...": the speaker is the subject before the comma
    if cue.foreign and (told_to := next((
            m for m in range(np[0] + 2, min(np[1] + 1, len(toks))) if (
                toks[m].low == "dem" or not is_role_noun(toks[m - 1].low)) and (
                medium := _dative_medium(text, toks, m))), None)) is not None:
        np, via = (np[0], min(np[1], told_to)), medium  # "sagte eine Sprecherin des
        # Ministeriums der Nachrichtenagentur dpa", "sagte er dem Sender ntv": the medium told
        # (not "sagte der Chef der Nachrichtenagentur X": whose head he is)
    elif cue.foreign and (medium := _romance_medium(text, toks, np[1])) is not None:
        via = medium  # "», dijo Carlos Vega a Reuters.", "a déclaré le ministre à l'AFP"
    att = _make(text, toks, np, i, k, cue)
    att.via = via
    if role is not None:
        att.role_hint = text[toks[role[0]].start:toks[role[1] - 1].end]
    att.quote_before_np = toks[b].text == QUOTE_TOKEN or (
        b > 0 and toks[b - 1].text == QUOTE_TOKEN)
    return att


def _closing_inverted(text, toks, i, k, cue) -> Attribution | None:
    """"…, said the panel.", "…, says a report from analysts Gartner.", "…, said market
    analysts Chart-Track.": after a plain comma, an English cue and a noun phrase that ends the
    sentence (an article or a capital first, or a titled name), whose head (before "of",
    "from", "by", …) names a speaker."""
    end = len(toks) - 1
    if cue.foreign or cue.cls != "speech" or cue.lemma in _NAMING_OR_TOLD or i < 2 or \
            toks[i - 1].text != "," or not 0 < end - k <= 10 or toks[end].text != "." or \
            toks[k].low in _NOT_CLOSING | _ENGLISH_PREPOSITIONS or not (
                toks[k].is_cap or toks[k].low in DETERMINERS or _titled_name(toks, k, end)):
        return None
    if any(not t.text[:1].isalnum() and t.text not in {"'", "’"} or t.low in _NOT_CLOSING
           or t.low in FINITE_AUXILIARIES or _verb_after_noun(toks, n) for n, t in enumerate(
               toks[k:end], k)):
        return None  # (", said on Monday.", ", said this week.", ", said the plant would
        # open.", ", said his firm contacted police …": what was said)
    head = next((n for n in range(k + 1, end) if toks[n].low in _COMPLEMENTS), end) - 1
    word = toks[head].low.rstrip("'’")
    if not (toks[head].is_cap or is_role_noun(word) or word in EVIDENCE_SUBJECTS
            or word.rstrip("s") in _GROUP_NOUNS):
        return None  # (not ", alleges the firm misled buyers.")
    return _make(text, toks, (k, end), i, k, cue)


def _titled_name(toks: list[Token], k: int, end: int) -> bool:
    """Lowercase words, then a role's or a body's noun and a capitalised name up to ``end``:
    "market analysts Chart-Track" (not "numerous telephone calls with Trump")."""
    c = end
    while c > k and toks[c - 1].is_cap:
        c -= 1
    return k < c < end and _describes(toks[c - 1])


def _verb_after_noun(toks: list[Token], n: int) -> bool:
    """A lowercase word in "-ed" after a lowercase noun ("his firm contacted"), not after an
    article or an adverb ("a respected analyst", "a seasonally adjusted")."""
    t, before = toks[n], toks[n - 1]
    return t.text.isalpha() and t.text.islower() and t.low.endswith("ed") and \
        before.text.isalpha() and before.text.islower() and before.low not in DETERMINERS \
        and not before.low.endswith("ly")


_NOT_CLOSING = {"that", "it", "this", "these", "those", "so", "nothing", "something", "there",
                "he", "she", "they", "we", "i", "you", "last", "next", "on", "in", "at", "to",
                "week", "month", "year", "day", "night", "morning", "evening", "time", "who",
                "which", *WEEKDAYS, *MONTHS}
_COMPLEMENTS = {"of", "from", "by", "for", "into", "at", "on"}
_ENGLISH_PREPOSITIONS = _COMPLEMENTS | {"in", "to", "with", "about", "after", "before",
                                        "during", "over", "under", "without"}  # (", said of
# RT.": of what)
_NAMING_OR_TOLD = OBJECT_CUES | {"report", "call", "name", "dub"}  # (", called MSN Spaces.": a
# name given; ", told the BBC.": a listener; ", reports the Daily Mail.": a relay)
_GROUP_NOUNS = {"panel", "think-tank", "group", "society", "watchdog"}


# a setting after a role's complement ends the speaker's mention ("el presidente del Gobierno
# al inicio de su comparecencia", "le porte-parole du ministère lors d'un point presse")
_SETTING_OPENERS = {"al", "en", "durante", "tras", "ante", "lors", "pendant", "dans", "devant",
                    "après", "avant", "à", "au", "aux", "im", "am", "beim", "bei", "auf", "vor",
                    "nach", "während", "в", "на", "во", "после", "перед", "під", "у"}


def _set_off_opener(toks: list[Token], b: int) -> bool:
    """Whether the sentence opens with a role and a name set off by the comma before it, the
    comma at ``b`` closing the pair ("Le ministre, X," or "X, le ministre,"): its subject."""
    c = next((n for n in range(1, b) if toks[n].text == ","), None)
    if c is None or c > 8 or b - c > 9 or any(t.text == "," for t in toks[c + 1:b]):
        return False
    first, second = np_after(toks, 0), np_after(toks, c + 1)
    if first is None or second is None or first[1] != c or second[1] != b:
        return False
    named = lambda lo, hi: all(t.is_cap for t in toks[lo:hi])  # noqa: E731
    return named(*first) != named(*second)


def _aside_end(toks: list[Token], j: int) -> int | None:
    """After a short aside in brackets that opens at token ``j`` and goes on to a capital, the
    token past its closing bracket ("sur X (ex-Twitter) Olaf Scholz"); else None."""
    if toks[j].text != "(":
        return None
    close = next((m for m in range(j + 1, min(j + 6, len(toks))) if toks[m].text == ")"), None)
    return close + 1 if close is not None and close + 1 < len(toks) and \
        toks[close + 1].is_cap else None


def _medium_after_preposition(toks: list[Token], k: int, j: int) -> bool:
    """", a reconnu le dirigeant pour Le Figaro": the capitalised words closing the clause
    name the medium the speaker talked to, not the speaker."""
    n = j - 1
    while n > k and toks[n - 1].is_cap:
        n -= 1
    return n > k and toks[n - 1].low in _TO_MEDIUM and is_medium(" ".join(
        t.text for t in toks[n:j]))


def _place_after_preposition(toks: list[Token], k: int, j: int) -> bool:
    """"admitió el tenista con el récord de victorias en Roland Garros": the capitalised words
    closing the clause after a preposition of place or company are no speaker (a network is
    the medium of the name after it: "написал в Facebook Булекпаев")."""
    n = j - 1
    while n > k and toks[n - 1].is_cap:
        n -= 1
    return n > k + 1 and toks[n - 1].low in _PLACE_PREPOSITIONS | {"con", "with", "mit", "avec"} \
        and toks[n].low not in _SOCIAL


_MEDIUM_STEMS = ("телеканал", "издани", "газет", "агентств", "радиостанц", "видання", "агенці")
# ^ a Russian or Ukrainian medium noun in any case, before the medium's name
_SOCIAL = {"facebook", "instagram", "telegram", "twitter", "x", "threads", "tiktok", "youtube",
           "фейсбуке", "фейсбук", "телеграме", "телеграм", "инстаграме"}
_TO_MEDIUM = {"pour", "à", "au", "sur", "dans", "to", "for", "on", "a", "en", "para", "gegenüber",
              "im"}
_GERMAN_OBJECT_ARTICLES = {"dem", "den", "einem", "einen"}  # a dative or accusative object
_GERMAN_OBJECT_WORDS = _GERMAN_OBJECT_ARTICLES | {"im", "am", "zum", "zur", "vom", "beim"}
_GERMAN_CASE_ARTICLES = {"der", "dem", "den", "des"}  # a listener or a genitive after the speaker
_CLOSING_TAIL = {"on", "in", "at", "today", "yesterday", "late", "earlier", "later"}


def _closing_medium(text, toks, i, k, cue) -> str | None:
    """", Xinhua News Agency reported.", ", the Kyodo report said on Friday.", ", передает
    ТАСС.": a news medium set off at the end of a sentence whose speaker is named before it."""
    if toks[i].low in _RELAYING:
        return _relaying_medium(text, toks, i)
    if i < 3 or toks[-1].text not in {".", "!"} or cue.lemma not in {"report", "say"} or any(
            t.low not in _WHEN_REPORTED for t in toks[k:-1]):
        return None
    c = next((c for c in range(i - 1, max(i - 6, 0), -1) if toks[c].text == "," or (
        toks[c].text == QUOTE_TOKEN and text[toks[c].end - 2:toks[c].end - 1] == ",")), None)
    # ^ (or a quotation closing with its comma: '… is "interfering," Fars News reported.')
    if c is None or c == i - 1 or not all(
            t.is_cap or t.low in MEDIA or t.low in ENGLISH_ARTICLES or t.low == "report"
            for t in toks[c + 1:i]) or not (
            toks[c + 1].is_cap or toks[c + 1].low in ENGLISH_ARTICLES or i - c > 2):
        return None  # a medium's name, or its kind and name ("news agency Associated Press";
        # not "Reuters reported X as saying", "reports say")
    name = text[toks[c + 1].start:toks[i - 1].end]
    return name if is_medium(name) else None


def _relaying_medium(text: str, toks: list[Token], i: int) -> str | None:
    """", передает ТАСС.", ", сообщает «Интерфакс».", ", повідомляє кореспондент Укрінформу.":
    the medium after its verb in the present (token ``i``), set off at the sentence's end."""
    if i < 3 or toks[i - 1].text != "," or toks[-1].text not in {".", "!"}:
        return None
    rest = toks[i + 1:-1]  # a name, or a title in quotation marks
    name = text[rest[0].start:rest[-1].end] if rest else ""
    if name[:1] in "«„“\"" and name[-1:] in "»“”\"":
        name = name[1:-1]  # «Интерфакс»: the title, without its marks
    return name if 0 < len(rest) <= 4 and 0 < len(name.split()) <= 4 and (all(
        t.is_cap or t.text == QUOTE_TOKEN or t.low in MEDIA or t.low in _CORRESPONDENT
        for t in rest) or is_medium(name)) else None  # (", пише agronews.ua.")


def _authored_by(toks: list[Token], n: int) -> bool:
    """"The report by the Electoral Commission said", "Last April's study by X found": the
    author of a report opening the sentence speaks (not "reports by X said": whose are they)."""
    return n >= 2 and toks[n - 1].low == "by" and toks[n - 2].low in _REPORTS and (
        n == 2 or n <= 5 and (toks[0].low in {"the", "a", "an"} or toks[n - 3].low.endswith(
            ("'s", "’s"))) and all(t.text.isalpha() or t.low.endswith(("'s", "’s"))
                                   for t in toks[:n - 2]))


_REPORTS = {"report", "study", "survey", "analysis", "review", "paper", "poll", "inquiry"}
_OPINIONS = {"believe", "think", "hope", "fear", "feel", "expect", "reckon"}
_SUBORDINATORS = {"while", "whilst", "although", "though", "whereas", "as", "if", "when",
                  "because", "since"}
_WRITINGS = {"tweet", "post", "statement", "letter", "message", "video", "note", "email"}
_ISSUED = {"issued", "released", "posted", "published", "sent", "shared", "uploaded", "wrote",
           "put"}  # "X issued a statement saying", "X put out a statement saying"
_RELAYING = {"передает", "передаёт", "передают", "сообщает", "сообщают", "пишет", "пишут",
             "повідомляє", "повідомляють", "передає", "пише", "пишуть"}  # a medium's verb in the
# present: ", передает ТАСС.", ", повідомляє кореспондент Укрінформу."
_CORRESPONDENT = {"корреспондент", "кореспондент"}
_CAUSATIVES = {"help", "helps", "helped", "helping", "make", "makes", "made", "making", "let",
               "lets", "letting"}  # (not "saw": "the trial saw Scholl deny the charges")
_WHEN_REPORTED = _CLOSING_TAIL | WEEKDAYS | {"last", "this", "night", "week", "morning",
                                             "evening", "afternoon"}  # "… reported on Friday."


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "MPs", "CEOs": a group, no one's name


def _closing_sayer(text, toks, i, k, cue, after_pronoun: bool = False) -> Attribution | None:
    """"…, United Nations spokesperson Ann Lee said on Wednesday.": a named person's "said"
    closing a sentence after a comma speaks for the whole clause before it, whoever is its
    subject (a surname alone after a pronoun's cue: "The band had a question they asked
    themselves, Lee said.")."""
    if cue.lemma != "say" and not (after_pronoun and cue.cls == "speech") or not (
            k == len(toks) or toks[k].text == "." and k >= len(toks) - 2
            or toks[k].low in _CLOSING_TAIL and len(toks) - k <= 4):
        return None  # (after a pronoun's clause any speech verb: "Anyone who thinks so is
        # wrong, Ann Lee warned.")
    c = next((n for n in range(i - 1, 0, -1) if toks[n].text == ","), None)
    surname = after_pronoun and c is not None and i - c - 1 == 1 and toks[i - 1].is_cap and \
        not _PLURAL_ACRONYM.fullmatch(toks[i - 1].text)  # "…, Kapranos said." (not "…, MPs
    # said.")
    if c is None or not surname and not (
            2 <= i - c - 1 <= 10 and toks[i - 1].is_cap and toks[i - 2].is_cap):
        return None
    n = i - 1
    while n > c + 1 and toks[n - 1].is_cap:
        n -= 1
    att = _make(text, toks, (n, i), i, k, cue)
    if n > c + 1:
        att.role_hint = text[toks[c + 1].start:toks[n - 1].end]
    return att


def _role_then_name(text, toks, k) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(role, name) for ", said his rival, Economy Minister Ann Lee." and ", said the
    spokesman, John Smith, who …": a few lowercase words after a possessive or a determiner
    (the role; its head a role noun unless a possessive opens it), a comma, then a name
    closing the clause."""
    if k >= len(toks):
        return None
    if toks[k].low not in _POSSESSIVES | _ROLE_ARTICLES:
        # ", said EEF chief economist, Steve Radley.": an owner's name, a lowercase role noun
        j = k
        while j < len(toks) and j - k <= 5 and toks[j].text[:1].isalpha():
            j += 1
        if not (k < j < len(toks) and toks[j].text == "," and toks[k].is_cap and
                not toks[j - 1].is_cap and toks[j - 1].low in ROLE_NOUNS):
            return None
        app = appositive_name(text, toks, k, j)
        if app is None or not (app[1] == len(toks) or toks[app[1]].text in {".", ",", ";"}):
            return None
        return (k, j), app
    j, of = k + 1, None
    while j < len(toks) and j - k <= (8 if of else 4) and toks[j].text[:1].isalpha():
        if of is None and (toks[j].low in _COMPLEMENT_OPENERS and j > k + 1 or j == k + 2 and
                           (toks[j].is_cap or toks[j].low == "der") and toks[k].low
                           in {"der", "die", "ein", "eine"}
                           and is_role_noun_or_compound(toks[k + 1].low)):
            of = j  # ", sagte der Generaldirektor für die öffentliche Sicherheit, Franz Ruf,";
            # "sagte der Chef Naturgefahren Wallis, Raphael Mayoraz": German, its body bare
        elif toks[j].is_cap and not of and not (j == k + 1 and
                                                is_role_noun_or_compound(toks[j].low)):
            break
        j += 1
    if j == k + 1 or j >= len(toks) or toks[j].text != "," or (
            toks[k].low not in _POSSESSIVES and toks[(of or j) - 1].low not in ROLE_NOUNS
            and not is_role_noun_or_compound(toks[(of or j) - 1].low)):
        return None
    app = appositive_name(text, toks, k, j)
    if app is None or not (app[1] == len(toks) or toks[app[1]].text in {".", ",", ";", "("}):
        return None
    return (k, j), app


_ROLE_ARTICLES = {"the", "a", "an", "der", "die", "ein", "eine", "le", "la", "un", "une", "el",
                  "una"}
_COMPLEMENT_OPENERS = OF_WORDS | {"of", "for", "at", "für"}


def _participle(text, toks, i, k, cue) -> Attribution | None:
    """", saying …" with no cue before it: the speaker is the subject of the sentence."""
    t0 = 0
    if toks[0].low in INTRO_WORDS or toks[0].text in CAP_STOP or len(toks) > 1 and (
            toks[0].low.endswith(_GERUND) and toks[1].text.islower()) or (  # "S'exprimant avant
            len(toks) > 1 and toks[1].low in {"later", "earlier", "ago"} and toks[0].low in {
                "hours", "days", "minutes", "weeks", "months", "years", "moments", "seconds",
                "decades"}):  # le vote, …"; "Hours later, …"; not "Bongo later appeared"
        while t0 < i and toks[t0].text != ",":
            t0 += 1
        t0 += 1
    if t0 >= i:
        return None
    np = np_after(toks, t0)
    comma = next((c for c in range(t0 + 1, min(t0 + 8, i)) if toks[c].text == ","), None)
    if np is None:  # "La primera ministra, Giorgia Meloni, …, expresando": a role, then the name
        if comma is not None and any(t.low in ROLE_NOUNS for t in toks[t0:comma]):
            np = (t0, comma)
    elif comma is not None and np[1] < comma and toks[comma - 1].is_cap and all(
            t.text.isalpha() for t in toks[t0:comma]) and any(
            t.low in ROLE_NOUNS for t in toks[np[1]:comma]) and all(
            t.is_cap or is_role_noun(t.low) or t.low in DETERMINERS for t in toks[np[1]:comma]):
        np = (t0, comma)  # "Ruling coalition candidate Ba, 62, … and said": the whole phrase
        # (not a clause: "The firm closed the book on Friday, saying …")
    if np is not None and tuple(t.low for t in toks[np[1] - 1:np[1] + 2]) in _PERIPHRASE_TAILS:
        np = (np[0], np[1] + 2)  # "El jefe del Ejecutivo, que …, se ha excusado diciendo"
    if np is None or np[1] >= i or toks[np[0]].low in {"it", "this", "that", "there"}:
        return None
    if not (toks[np[0]].low in PRONOUNS or any(t.is_cap for t in toks[np[0]:np[1]])
            or toks[np[1] - 1].low in ROLE_NOUNS):
        return None
    comma = next((c for c in range(np[1], min(np[1] + 8, i)) if toks[c].text == ","), None)
    app = appositive_name(text, toks, np[0], comma) if comma is not None else None
    if app is not None and app[1] < i:  # "The leader of X, Keiko Fujimori, reacted, saying"
        att = _make(text, toks, app, i, k, cue)
        att.role_hint = text[toks[np[0]].start:toks[comma - 1].end]
        return att
    return _make(text, toks, np, i, k, cue)


# the three-word periphrases, which a noun phrase stops short of ("El jefe" of "del Ejecutivo")
_PERIPHRASE_TAILS = {tuple(p.split()) for p in PERIPHRASES if len(p.split()) == 3}
_WENT_ON = (["went", "on", "to"], ["goes", "on", "to"], ["go", "on", "to"])
_TOOK = {"took", "takes", "take", "taking"}  # "took to Twitter to say" (not "took time to")
_PASSIVE = {"was", "is", "were", "are", "been", "being"}


def _quoted_as(text, toks, i, k, cue) -> Attribution | None:
    """"X was quoted (by Y) as saying", "X went on to say": the subject before the phrase; a
    medium after "by" relays."""
    if i < 2 or cue.lemma != "say":
        return None
    if [t.low for t in toks[max(i - 3, 0):i]] in _WENT_ON:
        np = np_before(toks, i - 3)
        return _make(text, toks, np, i, k, cue) if np is not None else None
    took = next((m for m in range(i - 3, max(i - 7, 0), -1) if toks[m].low in _TOOK and
                 toks[m + 1].low == "to"), None) if toks[i - 1].low == "to" else None
    if took is not None and (np := np_before(toks, took)) is not None:
        return _make(text, toks, np, i, k, cue)  # "X took to Twitter to say": the subject
        # before "took"
    if toks[i - 1].low != "as":
        return None
    q = next((n for n in range(i - 2, max(i - 8, 0), -1) if toks[n].low == "quoted"), None)
    if q is not None and toks[q - 1].low not in _PASSIVE:
        return _medium_quoted(text, toks, q, i, k, cue)
    if q is None:
        return None
    np = np_before(toks, q - 1)
    start = next((n + 1 for n in range(q - 2, -1, -1) if toks[n].text in {QUOTE_TOKEN, ","}),
                 0)
    article = next((n for n in range(q - 2, start - 1, -1) if toks[n].low in ENGLISH_ARTICLES),
                   None)
    if np is None and article is not None:
        np = (article, q - 1)  # "“…,” the Arsenal boss was quoted as saying": a description
    if np is None:
        return None
    att = _make(text, toks, np, i, k, cue)
    by = next((n for n in range(q + 1, min(len(toks), k + 8)) if toks[n].low == "by"), None)
    medium = np_after(toks, by + 1) or np_until_comma(toks, by + 1, limit=5) \
        if by is not None else None
    if medium is not None:
        name = text[toks[medium[0]].start:toks[medium[1] - 1].end]
        att.via = name if is_medium(name) else None
    att.quote_before_np = np[0] > 0 and toks[np[0] - 1].text == QUOTE_TOKEN or (
        np[0] > 1 and toks[np[0] - 1].text == "," and toks[np[0] - 2].text == QUOTE_TOKEN)
    return att


def _medium_quoted(text, toks, q, i, k, cue) -> Attribution | None:
    """"AP quoted prosecutor X as saying", "Reuters quoted a source as saying": who is
    quoted speaks, through the medium that quotes them (not "Ana Ruiz quoted her father as
    saying": a person who quotes is no medium)."""
    start = next((n + 1 for n in range(q - 1, -1, -1) if toks[n].text in {",", ":", QUOTE_TOKEN}),
                 0)  # the subject, whole: "The Interfax news agency"
    speaker = (q + 1, i - 1)  # all between: "quoted an aide to Mr Blair as saying"
    if not 0 < q - start <= 6 or not 0 < i - 2 - q <= 8 or any(
            t.text in {",", QUOTE_TOKEN} for t in toks[q + 1:i - 1]):
        return None
    name = text[toks[start].start:toks[q - 1].end]
    if not is_medium(name):
        return None
    att = _make(text, toks, speaker, i, k, cue)
    att.via = name
    return att


_AT_THE_HEAD = {"tête", "frente", "cabeza", "spitze"}  # "X, à la tête des députés …, qui"
_CLEFTS = (("c'est",), ("c’est",), ("ce", "sont"), ("it", "was"), ("it", "is"), ("fue",))
_CLEFT_FIRST = {c[0] for c in _CLEFTS}


def _cleft_opener(toks: list[Token]) -> int:
    """How many tokens open a cleft sentence ("C'est X qui …", "It was X who …"), also after a
    short adverbial ("Un peu plus tard c'est X, avocat de …, qui …"); 0 if none."""
    return next((n + len(c) for n in range(min(len(toks), 6)) if toks[n].low in _CLEFT_FIRST
                 for c in _CLEFTS if tuple(t.low for t in toks[n:n + len(c)]) == c
                 and (n == 0 or c[0] in {"c'est", "c’est"})), 0)


_COMPLEMENT_OF = OF_WORDS | {"d'", "d’", "vom"}


def _complement_of(toks: list[Token], np: tuple[int, int]
                   ) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """(subject, appositive) when the name ``np`` right before a cue is the complement of a
    lowercase noun phrase: the name set off before that phrase, which is its role ("Henri de
    Castries, administrateur indépendant de Stellantis a indiqué", no closing comma), or the
    whole phrase after a determiner ("Le concurrent de Paul Biya a contesté": someone else);
    None when the name is the subject."""
    j = np[0] - 1
    if toks[np[0]].text.islower() and j >= 1 and toks[j].text == "," and any(
            t.low in _COMPLEMENT_OF for t in toks[np[0]:np[1]]):
        n = j  # ("X, directeur de Stellantis a indiqué": one phrase before the cue)
    elif j < 2 or toks[j].low not in _COMPLEMENT_OF or not toks[np[0]].is_cap:
        return None
    else:
        n = j - 1
        while n >= 0 and j - n <= 8 and toks[n].text.isalpha() and toks[n].text.islower() \
                and toks[n].low not in DETERMINERS:
            n -= 1
        if n == j - 1 or n < 0:
            return None
    if toks[n].text == "," and (name := np_before(toks, n)) is not None and \
            sum(t.is_cap for t in toks[name[0]:name[1]]) >= 2 and toks[name[1] - 1].is_cap:
        if name[0] > 0 and toks[name[0] - 1].low in _PREPOSITIONS:  # "… realizada en el
            # Palacio de la Moneda, el secretario de Estado valoró": a place, then the subject
            return ((n + 1, np[1]), None) if toks[n + 1].low in _ROMANCE_ARTICLES else None
        return name, (n + 1, np[1])
    if toks[n].low in DETERMINERS and (n == 0 or toks[n - 1].text == ","):
        return (n, np[1]), None
    return None


_GERMAN_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{2,}(?:al|ig|lich|isch|bar|los|sam|haft)$")
_BEFORE_INVERTED_SUBJECT = {"auch", "dafür", "dagegen", "indes", "jedoch", "allerdings",
                            "hingegen", "zudem", "ebenfalls", "sich", "nun", "ganz", "besonders"}


def _subject_after_adjective(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The subject after a German verb when an adjective opens the sentence ("Emotional
    reagierte dafür Neuers Frau Anika", "Zufrieden zeigte sich auch Trainer X"): a capitalised
    noun phrase after the verb and its adverbs; None when the first word may be a name."""
    first = toks[0]
    if not (first.low in _GERMAN_MOODS or _GERMAN_ADJECTIVE.fullmatch(first.text)) or \
            first.low in given_names():
        return None
    j = k
    while j < len(toks) and toks[j].low in _BEFORE_INVERTED_SUBJECT:
        j += 1
    after = np_after(toks, j) if j < len(toks) and (toks[j].is_cap or toks[j].low in
                                                    DETERMINERS) else None
    return after if after is not None and toks[after[1] - 1].is_cap else None


_NOTHING_SAID = {"about", "of", "on", "for", "to", ".", ",", ";", "-"}  # after "what X said"


_CLAUSE_BREAKS = _BE_FORMS | {"can", "will", "would", "could", "should", "may", "might", "must",
                              "and", "but", "or", "to", "did", "does", "do"}  # a second verb


def _restrictive_antecedent(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence right before "who" when a relative clause runs
    from it to the cue at ``i``: "The 28-year-old host who also presents Stars In Their Eyes
    said" (not a name the clause names; not a participle inside the clause: "An executive
    who froze his disk thinking …")."""
    w = next((n for n in range(1, i - 2) if toks[n].low == "who"), None)
    if w is None or not toks[i].low.endswith(("ed", "s", "said", "told", "wrote")) or \
            toks[i - 1].low.endswith(("'s", "’s")) or any(
            t.text in {",", ":", QUOTE_TOKEN} for t in toks[:i]) or any(
                t.low in _CLAUSE_BREAKS for t in toks[w + 1:i]):
        return None  # a finite verb after a clause of one verb (not "Fans who bought tickets
        # can attend", "Those who … are advised", "… for the 22 February show", "Republicans
        # who have denounced Trump's remarks")
    np = np_after(toks, 0) or ((0, w) if w <= 4 and all(t.text.isalpha() for t in toks[:w])
                               else None)  # ("The man who shot X said": no role noun)
    return np if np is not None and np[1] == w else None


def _subject(text, toks, i, k, cue) -> Attribution | None:
    """"X said": a noun phrase right before the cue (auxiliaries and adverbs skipped)."""
    if cue.foreign and (let := _let_subject(toks, i)) is not None:
        return _make(text, toks, let, i, k, cue)  # "…“, ließ er über seinen Anwalt mitteilen"
    if cue.particle and k + 1 < len(toks) and toks[k].low == "der" and is_role_noun(
            toks[k + 1].low) and toks[k + 1].low not in ORG_WORDS and not toks[
                k + 1].low.endswith("in") and (after := np_after(toks, k)) is not None:
        return _make(text, toks, after, i, k, cue)  # "… eine Geldstrafe lehnte der Richter
        # ab": the object first, the subject after the verb (not "teilte der Sprecherin mit")
    if not cue.foreign and (ante := _restrictive_antecedent(toks, i)) is not None:
        return _make(text, toks, ante, i, k, cue)  # "The host who also presents Stars In
        # Their Eyes said": who, not the show
    if (named := _name_before_body(toks, i) or not cue.foreign and
            _name_before_open_description(toks, i, cue)):
        return _make(text, toks, named, i, k, cue)  # "Ann Lee from the union said", "Ann
        # Lee, head of policy at the union said"
    role_of = _role_of_subject(toks, i)  # "The head of the agency said"
    if role_of is not None and (cue.cls == "speech" or k < len(toks) and toks[k].low in
                                THAT_WORDS):
        return _make(text, toks, role_of, i, k, cue)
    setting = next((n for n in range(i - 2, max(0, i - 4) - 1, -1) if toks[n].low in _SETTINGS),
                   None) if toks[i].low.endswith(_GERUND) else None
    if setting is not None and all(t.text[:1].isalnum() and t.low not in _LINKS
                                   for t in toks[setting + 1:i]):
        return _participle(text, toks, i, k, cue)  # "X appeared in a video calling on …"
    if i > 7 and toks[i - 1].text == ")":  # "X, president of Y (under whose …), admitted"
        p = i - 2
        while p > max(i - 40, 0) and toks[p].text not in {"(", QUOTE_TOKEN}:
            p -= 1
        if toks[p].text == "(" and i - p > 7:
            rest = toks[:p] + toks[i:]
            return _subject(text, rest, p, p + k - i, cue)
    if (aux := _german_closing_aux(toks, i, k, cue)) is not None:
        return _passive_von(text, toks, aux, i, k, cue)
    if cue.foreign and i >= 3 and toks[i - 1].low == "que" and toks[i - 2].text == "," and \
            toks[i - 3].is_cap and (ante := np_before(toks, i - 2)) is not None and all(
                t.is_cap or t.low in CONNECTORS for t in toks[ante[0]:ante[1]]):
        return _make(text, toks, ante, i, k, cue)  # "el suizo Roger Federer, que aseguró que"
    if cue.foreign and (ante := _german_relative_antecedent(toks, i, k)) is not None:
        return _make(text, toks, ante, i, k, cue)  # "Steinmeier, der den Opfern Hilfen
        # zusagte,": who the relative pronoun stands for
    if (j := subject_end(toks, i)) > 1 and toks[j - 1].text == "," and \
            ACCOMPANIED.match(text, toks[0].start):
        return None  # "Acompañado de su par, Aurora Williams, destacó": the names are his
        # companions, the verb's subject is not written (the speaker goes on)
    np = np_before(toks, i)
    if np is not None and toks[np[1] - 1].low.endswith(("’s", "'s")):
        return None  # "the IMF's estimate", "Editor's note"
    if np is not None and np[0] > 0 and toks[np[0] - 1].low in _CAUSATIVES and \
            toks[i].low == cue.lemma:
        return None  # "helping newspapers add immediacy": whom a verb lets act, no speaker
    verb = np[0] - 1 - (np[0] > 2 and toks[np[0] - 1].low == "out") if np is not None else 0
    if np is not None and toks[i].low.endswith("ing") and toks[np[1] - 1].low in _WRITINGS and \
            verb > 0 and toks[verb].low in _ISSUED and (issuer := np_before(toks, verb)) is not None:
        np = issuer  # "Holmes issued a statement saying …", "put out a statement saying": who
        # issued it, not the statement
    if np is not None and np[0] > 0 and toks[np[0] - 1].low == "what" and (
            k >= len(toks) or toks[k].low in _NOTHING_SAID):
        return None  # "but about what it said about its owner", "in most of what he says.":
        # what was said, as a thing (not "what he called a “fantasy island”": his words)
    if np is not None and np[0] > 0 and toks[np[0] - 1].low in _PLACE_BEFORE and (
            joint := next((n for n in range(np[0] + 1, np[1] - 1) if toks[n].low == "and"),
                          None)) is not None and all(t.is_cap for t in toks[joint + 1:np[1]]):
        np = (joint + 1, np[1])  # "has been training in Holland and Ferguson said": the
        # place ends the clause before "and" (not "surveys from Nationwide and Halifax")
    appositive = None
    if np is None and i > 3 and toks[i - 1].text == ",":
        np = _opening_subject(toks, i - 1)  # "La jueza, mientras avanzaba con la lectura,
        # mencionó que …", "The mayor, in a tweet on Monday, said"
    if np is None and i > 2 and toks[i - 1].text == "," and cue.lemma in _STRAY_COMMA_CUES \
            and (stray := np_before(toks, i - 1)) is not None and all(
                t.low in DETERMINERS or t.low.endswith(("'s", "’s")) or _describes(t)
                for t in toks[:stray[0]]):
        np = stray  # "Chairman of the committee Ann Lee MP, said:", "The men's solicitor Ann
        # Lee, said": a stray comma after the name that opens the sentence (not "X, recalled
        # in place of Y, was denied": a participle)
    if np is None:
        np, appositive = name_appositive(toks, i)
        if np is None:
            np, appositive = long_appositive(toks, i)
        if np is None:
            np = common_noun_subject(toks, i, k, cue)
        if np is None:
            np = _name_before_adjunct(toks, i)
        if np is None and cue.foreign:
            np = _role_before_participle(toks, i)
        if np is None:
            return None
    if np[0] > 3 and (toks[np[0] - 1].text == "," and np[1] < i and toks[np[1]].text == ","
                      or cue.foreign and toks[np[0] - 1].low in {"de", "del"}) \
            and (opened := _opening_subject(toks, np[0])) is not None:
        np, appositive = opened, None  # "Musk, quien … saludó al gobernador, Samuel García,
        # subrayó": Musk; "La juez, interrumpiendo la palabra de Uribe dijo": the judge
    if cue.foreign and np[1] < i and toks[np[1]].low in {"le", "les"} and \
            _personal_a(toks, np[0]) is not None:
        return None  # "A Urkullu y Torra les advirtió que …": those warned, not the speaker
    if cue.foreign and np[1] - np[0] == 1 and (GERMAN_NOUN.search(toks[np[0]].text)
                                               or toks[np[0]].low in PEOPLE_NOUNS):
        return None  # "Unterstützung sicherte auch der FC Sion zu": the object comes first;
        # "die eine Koalition mit ihm als Person ausgeschlossen haben": no subject
    if cue.foreign and _german_object(toks, np):
        return None  # "habe der Mann seine Ausreise angekündigt", "der den Opfern im
        # nordrhein-westfälischen Erftstadt Hilfen zusagte": an object before a German verb
    if cue.foreign and np == (0, 1) and (after := _subject_after_adjective(toks, k)) is not None:
        np = after  # "Zufrieden zeigte sich auch Trainer Hans Flick": the subject after the verb
    if cue.foreign and (held := _complement_of(toks, np)) is not None:
        np, appositive = held  # "X, administrateur … de Stellantis a indiqué", "Le
        # concurrent de Paul Biya a contesté": the name is a complement, not the subject
    if np[1] - np[0] == 1 and toks[np[0]].low in _EMPHATIC and np[0] > 1 and (
            toks[np[0] - 1].low in _FRENCH_AUXILIARIES or toks[np[0] - 1].text == "," and
            toks[np[0] - 2].low in _FRENCH_AUXILIARIES) and (
            named := _set_off_name(toks, np[0])) is not None:
        np = named  # "Nommé aux Armées, Bruno Le Maire, au centre …, a lui annoncé": "lui"
        # echoes the name set off before, not the last person named
    if toks[np[0]].text == "Me" and np[1] - np[0] >= 3 and toks[np[0] + 1].is_cap:
        np = (np[0] + 1, np[1])  # "Me Laurent Boguet a exprimé": a French lawyer's title
    first = toks[np[0]]
    if first.low in PRONOUNS and first.low not in SUBJECT_ONLY_PRONOUNS:
        return None
    if np[0] == np[1] - 1 and first.low in POSSESSIVES:
        return None
    if np[0] > 1 and toks[np[0] - 1].low in {"to", "for", "of", "at", "close"} \
            and first.low not in PRONOUNS:
        head = np_before(toks, np[0] - 1 - (toks[np[0] - 2].low == "close"))
        if head is not None and toks[head[1] - 1].low.rstrip("s") + "s" in _GROUP_HEADS:
            np = (head[0], np[1])  # "Aides to Clinton say", "a spokesman for the Kremlin said"
            first = toks[np[0]]
    if np[0] >= 2 and (toks[np[0]].low in {"a", "an", "the"} or toks[np[1] - 1].low in
                       ROLE_NOUNS and not toks[np[1] - 1].is_cap) and any(
            t.low in ROLE_NOUNS for t in toks[np[0]:np[1]]) and (
                named := _set_off_name(toks, np[0]) if toks[0].text != QUOTE_TOKEN else
                np_after(toks, 1)) is not None and named[0] in (0, 1) and \
            named[1] == np[0] - 1 and all(t.is_cap for t in toks[named[0]:named[1]]):
        # ^ (or after a quotation: "“…,” Ana Holm, an analyst at X told the BBC"; a role with
        # no article: "X, Plaid Cymru health spokesman said")
        np, appositive = named, np
        first = toks[np[0]]  # "Scott Stanzel, a spokesman for the Bush-Cheney campaign
        # said": the name, its role set off without the closing comma
    if np[0] > 1 and toks[np[0] - 1].low in {"of", "from", "at"} and toks[np[1] - 1].is_cap:
        person = np_before(toks, np[0] - 1)  # "Mr. Morgan of the Sierra Club said"
        if person is None and np[0] > 2 and toks[np[0] - 1].low == "of" and toks[
                np[0] - 2].low in TITLE_WORDS and toks[np[0] - 3].low in DETERMINERS:
            person = (np[0] - 3, np[0] - 1)  # "The head of the Ministry of Foreign Affairs Ana
            # Ruiz said": a title word no role noun, its determiner
        if person is not None and all(  # not "Experts from the Committee"
                t.is_cap and (t.low not in ROLE_NOUNS or t.low in TITLE_WORDS)
                for t in toks[person[0]:person[1]]) and (
                person[0] == 0 or toks[person[0] - 1].text in {",", QUOTE_TOKEN} or
                person[0] == 1 and toks[0].low in BUT_WORDS | {"and"}):  # ("But Mr Hirsch from …")
            appositive, np = np, person
            first = toks[np[0]]
        elif person is not None and toks[np[0] - 1].low == "of" and (
                toks[person[1] - 1].low in ROLE_NOUNS or toks[person[1] - 1].low in TITLE_WORDS
        ) and not toks[person[1] - 1].is_cap:
            np = (person[0], np[1])  # "The mayor of Paris said": the role and its complement
            first = toks[np[0]]
        elif (named := _set_off_name(toks, np[0])) is not None and named[0] == 0 and \
                toks[named[1] + 1].low in {"of", "from", "at"} and \
                all(t.text != "," for t in toks[named[1] + 1:np[0]]):
            appositive, np = np, named  # "Dr Erel Holm, of the Centre for X at the
            first = toks[np[0]]         # University of Y in Z said": the name, not a body
    if np[0] > 0 and toks[np[0] - 1].low in {"to", "by", "of", "about", "than", *_CHANNELS,
                                             *_RU_PREPOSITIONS} and first.low not in PRONOUNS \
            and not _authored_by(toks, np[0]):
        return None  # "reports by X", "the right to say", "в беседе с РИА Новости рассказал"
    if cue.cls != "speech":
        nxt = toks[k].low if k < len(toks) else ""
        if nxt == "," and k + 1 < len(toks) and toks[k + 1].low in THAT_WORDS:
            nxt = toks[k + 1].low  # "считает, что …", "glaubt, dass …": the comma of the clause
        evidence = cue.cls == "evidence" and toks[np[1] - 1].low in EVIDENCE_SUBJECTS
        judged = cue.foreign and cue.cls == "thought" and k + 2 < len(toks) and \
            toks[k].text.isalpha() and toks[k].text.islower() and \
            toks[k + 1].low in _ROMANCE_ARTICLES
        # ^ "considera injusta la sentencia", "juge inacceptable la décision": a judgement
        judged = judged or cue.lemma == "believe" and _quote_in_object(toks, k)
        # ^ "juge son discours « ingrat et injuste »", "considera “seriamente mitigado” el
        # riesgo": a judgement in the speaker's words (not "рада" beside a quoted name)
        introduces = cue.foreign and any(  # "X befürchtet nun auch noch Streiks: „…“"
            toks[n].text == ":" and n + 1 < len(toks) and toks[n + 1].text == QUOTE_TOKEN
            for n in range(k, min(k + 9, len(toks))))
        named_clause = not cue.foreign and cue.lemma in _OPINIONS and k < len(toks) and (
            toks[k].is_cap or toks[k].low in PERSONAL_PRONOUNS) and (
                after := np_after(toks, k)) is not None and after[1] < len(toks) and \
            toks[after[1]].low in FINITE_AUXILIARIES and first.low != "it" and not (
                np[0] > 0 and toks[np[0] - 1].low in _SUBORDINATORS) and not (
                np[1] - np[0] == 1 and first.low in country_words())
        # ^ "X believes Lehmann has been harshly treated" (not "it is expected Chelsea will",
        # "While Ann Ide thinks Staunton has a chance, …", "British hope Imelda Staunton is")
        if nxt not in THAT_WORDS and not evidence and not judged and not (
                nxt == ":" and cue.foreign) and not introduces and not named_clause and (
                cue.cls == "evidence" or nxt not in CLAUSE_OPENERS):  # "уверен: …"
            return None
    att = _make(text, toks, np, i, k, cue)
    cleft = _cleft_opener(toks)
    if first.text in {"who", "quien", "qui"} and cleft and np[0] > cleft and \
            toks[np[0] - 1].text != "," and (ante := np_after(toks, cleft)) is not None \
            and (ante[1] == np[0] or toks[ante[1]].text == ","):  # "C'est X qui a annoncé …",
        # "It was X who said …", "c'est X, avocat de …, qui s'est exprimé"
        a, b = _span(toks, *ante)
        att.antecedent = text[a:b]
        att.mention_span = (a, att.mention_span[1])
    elif first.text in {"quien", "qui", "who"} and np[0] >= 2 and toks[np[0] - 1].is_cap and (
            ante := np_before(toks, np[0])) is not None and (all(
                t.is_cap for t in toks[ante[0]:ante[1]]) if first.text != "who" else
                ante[1] - ante[0] >= 2 and toks[ante[1] - 2].is_cap):
        a, b = _span(toks, *ante)  # "la réaction de Jean-Luc Mélenchon qui estime que …",
        # "backed by Culture Secretary Tessa Jowell who said", "attorney general Eliot Spitzer
        # who alleged" (in English a name of two words or more: not "the Protestants who
        # pledged")
        att.antecedent = text[a:b]
        att.mention_span = (a, att.mention_span[1])
    elif first.text in {"who", "quien", "qui"} and np[0] >= 2 and toks[np[0] - 1].text == ",":
        ante = np_before(toks, np[0] - 1)
        c = next((n for n in range(np[0] - 2, 0, -1) if toks[n].text == ","), None)
        role = c + 1 + (toks[c + 1].low in {"the", "a", "an"}) if c is not None else None
        named = np_before(toks, c) if role is not None and not toks[role].is_cap and (any(
            t.low in ROLE_NOUNS or t.low in TITLE_WORDS or t.low in _AT_THE_HEAD
            for t in toks[role:min(role + 3, np[0] - 1)]) or toks[role].low in _ONE_OF | {"one"}
        ) else None  # "X, member of …, who", "X, a former foreign minister, who", "X, ex
        # secretario de …, quien", "X, uno de los representantes de la CGT, quien"
        if named is not None and toks[named[1] - 1].is_cap:
            lo = named[0]
            while lo < named[1] - 2 and not toks[lo].is_cap:
                lo += 1  # "the very conservative Giorgia Meloni": the name
            ante = (lo, named[1])  # "X, member of the Socialist Party, who praised …": X
        if ante is not None:
            a, b = _span(toks, *ante)
            att.antecedent = text[a:b]
            att.mention_span = (a, att.mention_span[1])  # "Lena Ost, who"
            _role_before(text, toks, ante, att)
    elif appositive is not None:  # (roles before the name stack up; one after it stands alone)
        a, b = _span(toks, *(_stacked_role(toks, appositive) if appositive[1] <= np[0]
                             else appositive))
        att.role_hint = text[a:b]
    elif np[0] >= 2 and toks[np[0] - 1].text == ",":
        _role_before(text, toks, np, att)
    att.quote_before_np = np[0] > 0 and toks[np[0] - 1].text == QUOTE_TOKEN or (
        np[0] > 1 and toks[np[0] - 1].text == "," and toks[np[0] - 2].text == QUOTE_TOKEN)
    return att



def _set_off_name(toks: list[Token], n: int) -> tuple[int, int] | None:
    """The first name of two words or more opening the sentence or set off by commas before
    token ``n``."""
    for m in range(n):
        if toks[m].is_cap and (m == 0 or toks[m - 1].text == ",") and (
                np := np_after(toks, m)) is not None and np[1] - np[0] >= 2 and np[1] < n and \
                toks[np[1]].text == "," and all(t.is_cap for t in toks[np[0]:np[1]]):
            return np
    return None


_EMPHATIC = {"lui", "elle", "eux", "elles"}


def _opening_subject(toks: list[Token], n: int) -> tuple[int, int] | None:
    """The name or role opening the sentence, when a clause set off after it runs to ``n``
    (a relative: "Musk, quien durante el evento saludó al gobernador, …"; "mientras …"; a
    Spanish gerund: "La juez, interrumpiendo la palabra de Uribe dijo"): what stands at ``n``
    belongs to that clause, the verb after it to the opening name or role."""
    start = 2 if len(toks) > 2 and toks[0].text.isdigit() and toks[1].text.isalpha() and \
        toks[1].text.islower() else 0  # "8 августа президент США Дональд Трамп, принявший …"
    comma = next((c for c in range(start + 1, start + 10) if c < len(toks) and toks[c].text == ","),
                 None)
    head = np_before(toks, comma) if comma is not None else None
    if head is not None and head[0] > start + 2 and toks[head[0] - 1].low in {"for", "of", "to"} \
            and (group := np_before(toks, head[0] - 1)) is not None and group[0] == start and \
            toks[group[1] - 1].low.rstrip("s") + "s" in _GROUP_HEADS:
        head = (start, head[1])  # "A spokesman for Reporters Without Borders, which …, said"
    elif head is not None and start < head[0] <= start + 3 and all(
            t.text.isalpha() and t.text not in CAP_STOP and t.low not in DETERMINERS
            for t in toks[start:head[0]]):
        head = (start, head[1])  # "British actor Clive Owen, who …, said": his title too
    if head is None or head[0] != start or comma + 1 >= n:
        return None
    opener = toks[comma + 1].low
    relative = opener in RELATIVE_PRONOUNS or opener == "which" and (
        toks[head[1] - 1].is_cap or toks[head[1] - 1].low in ORG_WORDS)
    # ^ (a body's name or a body: "The Holm Trust, which runs the port, said", "The union,
    # which represents Ola Smith, Tom Jones and Ana Brown, said")
    if not relative and opener not in _SET_OFF_OPENERS and not (
            opener.endswith(("ando", "iendo", "ing")) and len(opener) > 6) and not (
            opener.endswith(_ACTIVE_PARTICIPLE) and opener[:1] in CYRILLIC_LETTERS):
        return None
    words = toks[head[0]:head[1]]
    return head if all(t.is_cap for t in words) or is_role_noun(words[-1].low) or all(
        t.is_cap for t in words[-2:]) and len(words) > 2 else None  # (a role, then the name)


# a phrase set off after the subject: "The mayor, in a tweet on Monday, said"
_SET_OFF_OPENERS = {"mientras", "in", "during", "after", "while", "when"}
_ACTIVE_PARTICIPLE = ("вший", "вшая", "вшие", "вшим", "ющий", "ющая", "ющие", "ящий", "ящая",
                      "ящие", "ущий", "ащий")  # "Трамп, принявший в Белом доме …,"


def _personal_a(toks: list[Token], n: int) -> int | None:
    """Where Spanish "a" marks the person a verb is done to ("a Torra"; "A Urkullu y Torra
    les advirtió"): before the name at ``n`` or before the first of two names joined by "y"
    (read with the name when it opens the sentence). None if it does not."""
    if toks[n].text == "A" and n + 1 < len(toks) and toks[n + 1].is_cap:
        return n
    p = n - 1
    if p > 0 and toks[p].low in {"y", "e"} and (prev := np_before(toks, p)) is not None:
        if toks[prev[0]].text == "A" and prev[1] - prev[0] > 1:
            return prev[0]
        p = prev[0] - 1
    return p if p >= 0 and toks[p].low == "a" else None


def _let_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """"ließ er über seinen Anwalt mitteilen", "ließ der Verband verlauten": a German cue in
    the infinitive after "lassen" (to have something said) is said by the subject of
    "lassen", right after it; what stands between is the channel."""
    n = next((n for n in range(i - 1, max(i - 9, -1), -1)
              if toks[n].low in _LET or toks[n].text in {",", QUOTE_TOKEN, "."}), None)
    if n is None or toks[n].low not in _LET:
        return None
    return np_after(toks, n + 1)


_LET = {"ließ", "liess", "ließen", "liessen", "lässt", "lasse", "lassen"}


def _name_before_body(toks: list[Token], i: int) -> tuple[int, int] | None:
    """"Ann Lee from the union said", "Amadou Ba from Senegal's governing coalition has
    called", "Ann Lee of the Green party said": a person's name opening the clause, then the
    body she is from; ``np_before`` reads the body alone."""
    j = subject_end(toks, i)
    if any(t.low in _PASSIVE for t in toks[j:i]):
        return None  # "X from Cambridge was found guilty"
    if j > 2 and toks[j - 1].text == ",":
        j -= 1  # "“…,” Kirsten Holm from the Consumer Electronics Association, told": a stray
        # comma before the verb
    for p in range(j - 2, max(j - 8, 0), -1):
        if toks[p].low not in {"from", "of"}:
            continue
        complement = toks[p + 1:j]
        if any(not (t.text.isalpha() or t.text[-2:] in {"'s", "’s"})
               or match_cue(toks, p + 1 + n) for n, t in enumerate(complement)):
            return None
        name = np_before(toks, p)
        if name is None or name[1] - name[0] < 2 or not (
                name[0] == 0 or toks[name[0] - 1].text in {",", QUOTE_TOKEN}):
            return None
        words = toks[name[0]:name[1]]
        if not all(t.is_cap for t in words) or words[0].low in DETERMINERS or any(
                t.low in ORG_WORDS or t.low in country_words() or t.text in CAP_STOP
                or t.low in TITLE_WORDS or t.low in ROLE_NOUNS for t in words):
            return None  # "Bank of England", "United States of America", "Minister of X"
        return name
    return None


def _name_before_open_description(toks: list[Token], i: int, cue: Cue
                                  ) -> tuple[int, int] | None:
    """"Ann Lee, head of policy at the union said", "“…,” Ann Lee, a strategist at X told":
    a name of two words or more opening the clause, then a comma and a description of a role
    or a body with no comma to close it; ``np_before`` reads the description alone (English:
    German nouns are capitalised)."""
    k = i + len(cue.words)
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text != QUOTE_TOKEN:
        return None  # ("Mrs. Clinton, these people said, would …": a parenthesis)
    j = subject_end(toks, i)
    if j > 1 and toks[j - 1].text in DASHES:
        j = next((n for n in range(j - 2, 0, -1) if toks[n].text in DASHES), j)  # "X,
        # executive director of Y - one of the firm's creditors - said": the aside left out
    if j > 1 and toks[j - 1].text == ")":
        j = next((n for n in range(j - 2, 0, -1) if toks[n].text == "("), j)  # "from the
        # Consumer Electronics Association (CEA) told"
    c = next((n for n in range(j - 1, 0, -1) if toks[n].text in _DESCRIPTION_STOPS), None)
    if c is None or toks[c].text != "," or not (toks[j - 1].is_cap or _describes(toks[j - 1])):
        return None  # ("X, who was not available for comment, …": a noun, in the clause)
    desc = toks[c + 1:j]
    if not any(map(_describes, desc)) or _is_personal_name(desc) or any(
            t.low == "and" and (_is_personal_name(desc[:n]) or _is_personal_name(desc[n + 1:]))
            for n, t in enumerate(desc)) or cue.lemma not in {"say", "tell"} and (
                len(desc) > 12 or any(t.low in _RELATIVES for t in desc)):
        return None  # (not "Ann Lee, Tom Holm and other officials said", "Ann Lee, the mayor
        # and Tom Holm said": more names than one; "X, whose son was found dead", "X, a firm
        # that … the campaign hopes": a verb of a clause of the description, but "said"
        # rarely is)
    name = np_before(toks, c)
    if name is None or name[1] - name[0] < 2 or not (
            name[0] == 0 or toks[name[0] - 1].text == QUOTE_TOKEN or toks[
                name[0] - 1].text == "," and name[0] >= 2 and toks[name[0] - 2].text ==
            QUOTE_TOKEN):
        return None
    return name if all(t.is_cap for t in toks[name[0]:name[1]]) else None  # (a body's name
    # too: "The Holm Times, a daily paper said")


def _describes(tok: Token) -> bool:
    """A word that describes a person: a role, a title, a body's word, an agent's noun."""
    return is_role_noun(tok.low) or tok.low in TITLE_WORDS or tok.low in ORG_WORDS or \
        is_agent_noun(tok.low)


_RELATIVES = {"who", "whose", "which", "that"}


def _is_personal_name(words: list[Token]) -> bool:
    """Two or more capitalised words and nothing else, none a body's or a title's word but
    an honorific first ("Mr Kazi")."""
    return len(words) >= 2 and all(t.is_cap and t.low not in ORG_WORDS and (
        t.low not in TITLE_WORDS or n == 0 and is_honorific(t.text)) for n, t in enumerate(words))


_DESCRIPTION_STOPS = {",", ";", ":", QUOTE_TOKEN, *DASHES}  # where a description before a
# cue begins (a dash: "MYRTLE BEACH, S.C. - Sen. Ann Lee … continued", a dateline)


def _role_of_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """"The head of the agency said", "the Valdorian head of state said", "le chef de la
    diplomatie a déclaré", "Глава российской дипломатии заявил", "Российский лидер добавил": a
    person's role with its complement ("of …", "de …", a genitive) right before the cue.
    ``np_before`` reads the complement alone ("the agency", a body that is not the speaker
    here) or nothing ("Russian diplomacy")."""
    j = subject_end(toks, i)
    if j and toks[j - 1].low[:1] in CYRILLIC_LETTERS:
        return _cyrillic_role_subject(toks, j)
    for p in range(j - 2, max(j - 7, 1), -1):
        complement = toks[p + 1:j]
        words = " ".join(t.text for t in complement)
        if toks[p].low not in _OF or len(complement) > 4 or any(
                not t.text[:1].isalnum() or t.low in _NOT_COMPLEMENT and not t.text.isupper()
                for t in complement) or has_cue_word(words, 0, len(words)):  # ("the WHO")
            continue
        if len(complement) > 1 and complement[-1].low not in ORG_WORDS and all(
                t.is_cap and not t.text.isupper() for t in complement[-2:]):
            return None  # "La porte-parole du gouvernement Sophie Primas": a name
        head = toks[p - 1]
        if head.is_cap and head.low in _role_heads() and toks[p].text.islower() and p > 3 \
                and toks[p - 2].text == "," \
                and (name := np_before(toks, p - 2)) is not None and name[1] - name[0] > 1 \
                and all(t.is_cap for t in toks[name[0]:name[1]]):
            return name  # "John Elkann, Président de Stellantis a déclaré"
        if head.is_cap or head.low not in _role_heads():
            continue
        n = p - 1
        while n > 0 and p - 1 - n < 3 and toks[n - 1].low not in DETERMINERS and (
                toks[n - 1].is_cap or toks[n - 1].low in ROLE_ADJECTIVES):
            n -= 1  # "the Valdorian", "the former"
        if n == 0 or toks[n - 1].low not in _ONE_ARTICLES or (
                n > 1 and toks[n - 2].low in _NOT_COMPLEMENT):
            return None  # not "a letter to the head of the agency said"
        if n > 2 and toks[n - 2].text == "," and (name := np_before(toks, n - 2)) is not None \
                and name[1] - name[0] > 1 and all(t.is_cap for t in toks[name[0]:name[1]]) \
                and not (name[0] and toks[name[0] - 1].low in _PLACE_PREPOSITIONS):
            return name  # "Guy Parmelin, le président de la Confédération rappelle que" (not
            # "En La Habana, el vocero del grupo precisó": a place)
        inner = np_before(toks, i)
        return None if inner is not None and inner[0] <= p else (n - 1, j)
        # ^ read whole already: "The leader of the party"
    return None


def _cyrillic_role_subject(toks: list[Token], j: int) -> tuple[int, int] | None:
    """The clause's subject before ``j``: adjectives, a role noun and its genitive complement,
    no name ("Глава российской дипломатии", "Российский лидер", "Глава российского МИД")."""
    n = j
    while n > 0 and j - n < 5 and toks[n - 1].text.isalpha() and (
            toks[n - 1].text.isupper() or toks[n - 1].low[:1] in CYRILLIC_LETTERS):
        n -= 1
    if n > 0 and toks[n - 1].text not in {",", "—", "–", QUOTE_TOKEN}:
        return None
    words = toks[n:j]
    roles = [m for m, t in enumerate(words) if t.low in _role_heads() or is_role_noun(t.low)]
    if not roles or any(t.is_cap and not t.text.isupper() for t in words[1:]) or len(words) < 2:
        return None  # a name ("Сергей Лавров"); one word alone is read as before
    return (n, j)


_OF = {"of", "de", "du", "des", "del"}
_ONE_ARTICLES = {"the", "a", "an", "le", "la", "l'", "l’", "el", "un", "une", "uno", "una"}
# words that end a role's "of" complement, or show that the phrase is no subject
_NOT_COMPLEMENT = NOT_NOUNS | {"whom", "whose", "about", "after", "before", "via", "through",
                               "y", "e", "et", "und", "o", "ou", "oder", "que", "qui", "quien",
                               "dass"}


@functools.lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    """Nouns of a person's position that an "of" complement may follow: the role words of
    rules/roles.txt and the titles, less the words that only modify one ("former", "chief" as
    in "chief economist" stays: "the chief of the agency")."""
    groups, generic = role_groups()
    return frozenset((set(groups) | generic | TITLE_WORDS) - (
        TITLE_MODIFIERS | ROLE_ADJECTIVES) | {"chief", "deputy"})


_ADJUNCT_PREPOSITIONS = {"in", "at", "during", "on", "after", "в", "во", "на", "после", "у"}
_CHANNELS = {"via", "through"}  # "reacted via Twitter": the channel is not the speaker
_SETTINGS = _CHANNELS | {"in", "on", "at", "during"}  # "spoke at a rally saying"

_LINKS = {"by", "for", "of", "to", "with", "from", "and", "or"}  # "at X by mentioning": no place


def _name_before_adjunct(toks: list[Token], i: int) -> tuple[int, int] | None:
    """"Bailey in a press conference said", "Ana Ruiz on Monday told": a capitalised name
    opening the clause, then a short prepositional phrase, then the cue."""
    if toks[i].low.endswith("ing"):
        return None  # "… adopted a resolution calling on": a participle after a noun
    for p in range(i - 2, max(i - 8, 0), -1):
        if toks[p].low not in _ADJUNCT_PREPOSITIONS:
            continue
        np = np_before(toks, p)
        between = toks[p + 1:i]
        if np is not None and all(t.is_cap for t in toks[np[0]:np[1]]) and (
                np[0] == 0 or toks[np[0] - 1].text == ",") and not any(
                t.text in {",", QUOTE_TOKEN} or t.low.endswith("ed")  # "… on Monday adopted"
                or (t.is_cap and t.low not in WEEKDAYS) for t in between):
            return np
    return None



def _role_before_participle(toks: list[Token], i: int) -> tuple[int, int] | None:
    """"La fiscal encargada del caso informó", "le juge chargé de l'enquête a déclaré": a role
    opening the clause, a participle and its complement, then the cue: the role speaks."""
    j = subject_end(toks, i)
    for p in range(j - 2, max(j - 9, 1), -1):
        if toks[p].text in {",", QUOTE_TOKEN}:
            return None
        if toks[p].text.islower() and romance_participle(toks[p].low) and \
                toks[p + 1].low in _PARTICIPLE_PREPOSITIONS and is_role_noun(toks[p - 1].low) \
                and p >= 2 and toks[p - 2].low in DETERMINERS and (
                    p == 2 or toks[p - 3].text == ","):
            return (p - 2, p)
    return None


_PARTICIPLE_PREPOSITIONS = {"de", "del", "du", "des", "d'", "d’", "por", "par", "en", "à", "a",
                            "al", "con", "avec"}


def _role_before(text: str, toks: list[Token], np: tuple[int, int], att: Attribution) -> None:
    """"President Putin's press secretary, Dmitry Peskov": the role phrase before a name."""
    if np[0] < 2 or toks[np[0] - 1].text != ",":
        return
    role = np_before(toks, np[0] - 1)
    if role is None or toks[role[1] - 1].low not in ROLE_NOUNS:
        role = _set_off_role(toks, np[0] - 1)  # "le général de corps d’armée, X"
    if role is not None:
        a, b = _span(toks, *_stacked_role(toks, role))
        att.role_hint = text[a:b]


def _set_off_role(toks: list[Token], comma: int) -> tuple[int, int] | None:
    """The phrase between the comma at ``comma`` and the punctuation before it, when it is a
    determiner and a role noun ("le général de corps d’armée"), or None."""
    start = next((n + 1 for n in range(comma - 1, max(comma - 8, -1), -1)
                  if toks[n].text in {",", ":", QUOTE_TOKEN}), 0 if comma <= 7 else None)
    if start is not None and start < comma - 1 and toks[start].low in DETERMINERS and any(
            is_role_noun(t.low) for t in toks[start + 1:start + 3]):
        return (start, comma)
    return None


def _stacked_role(toks: list[Token], role: tuple[int, int]) -> tuple[int, int]:
    """"Le président guinéen, le général de corps d’armée, X": a role phrase set off before
    the one nearest the name belongs to the name too; both, as one role."""
    if role[0] < 2 or toks[role[0] - 1].text != ",":
        return role
    before = _set_off_role(toks, role[0] - 1)
    return (before[0], role[1]) if before is not None else role
