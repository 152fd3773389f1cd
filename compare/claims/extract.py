"""Text -> claims: one claim per sentence, with kind, speaker mention, cue and resolved speaker.

Multi-paragraph quotes become one claim per quoted sentence, all attributed to the speaker named
where the quote closes ("…,” the president added."). Claims of one attribution share ``group``
(the benchmark merges them into one predicted content span).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from compare.claims.attribution import (BUT_WORDS, NOT_SPEAKERS, REMARKS, Attribution,
                                        colon_speech, find_attribution, heading_label,
                                        label_attribution, narrated_speaker)
from compare.claims.cases import genitive_after_role, nominative, nominative_role
from compare.claims.continuation import continue_reported_speech
from compare.claims.entities import Entities, parse_mention, prescan
from compare.claims.intros import colon_after, colon_intro
from compare.claims.mentions import (CAPITALS, CYRILLIC_LETTERS, OBJECT_PREPOSITIONS,
                                     PERSONAL_PRONOUNS, PRONOUNS, ROLE_NOUNS, TITLE_WORDS,
                                     is_person_role, is_role_noun, is_role_noun_or_compound)
from compare.claims.quotes import (ALL_OPENERS, AMBIGUOUS_DOUBLE, CLOSE_DOUBLE,
                                   Quote, chain_paragraphs, continue_open_quotes, find_quotes,
                                   word_count)
from compare.claims.sentences import paragraphs, split_sentences
from compare.claims.speaker_names import given_names, is_honorific
from compare.claims.speakers import SpeakerRef
from compare.claims.transcripts import (ROLE_ABBREVIATIONS, addressed, asker_label, colon_turns,
                                        dialogue_opens, dot_dash_label, heading_speaker,
                                        initialled, label_name, person_label, plain_answers,
                                        qa_mark, role_colon, speaks_for_self, topic_speaker,
                                        turn_labels)
from compare.hashing import normalise_text

_BULLET = re.compile(r"\s*[•●▪·*–-]\s")  # a list item under a heading
MIN_QUOTE_WORDS = 4      # shorter quotations inside a sentence are fragments (scare quotes)
LONG_QUOTE_WORDS = 12    # a quotation this long is speech wherever it stands
TEASER_LINE = re.compile(r"^(Also on \S+|READ MORE:|Read more:|RELATED:|See also:|Читайте также:"
                         r"|Читай также:|Lire aussi :|À lire aussi :|Lea también:"
                         r"|Lesen Sie auch:)\s")
CLAIM_LABEL = re.compile(r"(?:The |What was |Viral )?(?:[Cc]laim|[Cc]laimed|[Ss]tatement):\s+")
HEADLINE_SPEAKER = re.compile(r"\s[–—-]\s*([A-Z][\w’'.\- ]{1,40})$"
                              rf"|^([{CAPITALS}][\w’'.\- ]{{1,40}}):\s")  # "Токаев: …" too


_BARE_CLOSING_SAYS = re.compile(  # a headline's "… says Milburn", its comma left out
    r"\S\s+(says|warns|insists|admits)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}$")

# "said that …", "a dit qu'il …": the word that opens what was said
COMPLEMENTISER = re.compile(r"^(?:(?:that|dass|que|что|що) |qu['’] ?)")
SAID_TRIM = " \"'“”‘’«»„,;:"


@dataclass
class Claim:
    """One claim of a document (offsets into the document text; None for the headline)."""

    text: str
    kind: str
    char_start: int | None
    char_end: int | None
    paragraph: int
    speaker: SpeakerRef | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    cue_lemma: str | None = None
    is_quote_fragment: bool = False
    speaker_span: tuple[int, int] | None = None
    content: list[tuple[int, int]] = field(default_factory=list)  # what is attributed
    quotes: list[tuple[int, int]] = field(default_factory=list)   # quotations it overlaps
    more: list[tuple[list[tuple[int, int]], tuple[int, int]]] = field(default_factory=list)
    # ^ further attributions in the sentence: (content spans, speaker mention span)
    group: int | None = None
    said: str | None = None  # the content's words, frame and outer quotation marks removed
    via: str | None = None   # the medium that relays it: "According to Reuters, X said …"


@dataclass
class _Source:
    """An attribution shared by the sentences it covers; resolved once, on first use."""

    att: Attribution
    ref: SpeakerRef | None = None
    resolved: bool = False
    gid: int = 0

    def resolve(self, ents: Entities) -> SpeakerRef:
        if not self.resolved:
            written = self.att.mention  # "по словам министра": the role back in the nominative
            role = nominative_role(written, self.att.case, is_role_noun,
                                   lambda word: word in given_names())
            mention = self.att.antecedent or (
                role if role != written else nominative(written, self.att.case))
            self.ref = ents.resolve(mention, self.att.mention_span[0], self.att.last_subject,
                                    cue=self.att.cue)
            if mention == role != written:
                self.ref = SpeakerRef(written, self.ref.name, self.ref.role, self.ref.kind)
            if self.ref.name is None and self.att.role_hint:  # "President of X Ann Lee said"
                hinted = ents.resolve(self.att.role_hint, self.att.mention_span[0])
                if hinted.name is not None and hinted.kind == "person":
                    self.ref = SpeakerRef(self.att.mention, hinted.name, hinted.role, "person")
            if self.att.role_hint and self.ref.name and not _office(self.ref.role):
                role = self.att.role_hint.replace("’s ", "'s ").split("'s ")[-1]
                ent = ents.by_name.get(self.ref.name)
                if ent is not None:
                    ent.role = role
                self.ref = SpeakerRef(self.att.mention, self.ref.name, role, self.ref.kind)
            elif self.att.antecedent:
                self.ref = SpeakerRef(self.att.antecedent, self.ref.name, self.ref.role,
                                      self.ref.kind)
            self.resolved = True
        return self.ref


# styles of address that rules/titles.txt keeps as titles: "the Rt Rev Dr Tom Wright"
_STYLES = {"rt", "rev", "revd", "reverend", "right", "very", "hon", "honourable"}


def _office(role: str | None) -> str | None:
    """The role unless it is only honorifics and styles of address ("The Bishop of Durham, the
    Rt Rev Dr Tom Wright,": the role set off before the name is his office)."""
    return role if role and not all(is_honorific(w) or w.lower().rstrip(".") in _STYLES
                                    for w in role.split()) else None


def _quote_is_full(text: str, q: Quote, sent: tuple[int, int], att: Attribution | None,
                   in_chain: bool) -> bool:
    a, b = q.inner
    n = word_count(text, a, b)
    if in_chain or n >= LONG_QUOTE_WORDS:
        return n >= 1
    starts_sentence = q.start <= sent[0] + 1
    if n < MIN_QUOTE_WORDS:  # short: speech only when it opens the sentence and is attributed
        return bool(att is not None and starts_sentence and att.quote_before_np and n >= 1)
    if starts_sentence or att is None and not text[q.end:sent[1]].strip(" .!?") and colon_intro(
            text, sent[0], q.start, sentence_has_cue=False):  # "Lee enflamme Madrid: “…”"
        return True
    if att is not None:
        if att.quote_after_cue and att.content and att.content[0][0] <= q.start + 1:
            return True
        if att.quote_before_np and q.end <= att.mention_span[0] + 3 \
                and text[q.end:min(att.mention_span[0], att.cue_span[0])].strip(" ,") == "":
            return True
    return (b - a) >= 0.6 * (sent[1] - sent[0])


# A wire story's dateline: "KOSTRAVA, Oct 21 (Continental Wire) – ", "PARIS (AFP) - ", and as
# Spanish agencies write it, "Shanghái (China), 10 oct (EFE).- ", "BOGOTÁ (apro).- "
WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z'./ -]{1,40}(?:, [A-Z][a-z]{2,9}\.? \d{1,2}(?:, \d{4})?)? "
    r"\([A-Z][\w .&'-]{1,40}\) ?[-\u2013\u2014] ?"
    rf"|[{CAPITALS}][\w'’. ]{{1,30}}(?: \([^()\n]{{1,30}}\))?(?:, [\w. ]{{1,20}})? "
    r"\([^()\n]{1,40}\)\.[-\u2013\u2014] ?"
    r"|[A-Z][\w'’. ]{1,30},[\w ,]{0,80}?\b[A-Z]{2,8} -- ")  # "Riyadh, Sept 11, 2018, SPA -- "

# "NEW DELHI: The government on Monday …": a dateline in capitals and a colon opening the
# story (a speaker's label only where it reads as a person or the page is a transcript)
CAPS_DATELINE = re.compile(r"([A-Z][A-Z.'’ -]{1,30}[A-Z.]):\s+(?=\S)")


def _quoted_label(text: str, start: int, end: int, ents: Entities) -> Attribution | None:
    """"… hakte sie nach. Die stellvertretende Vorsitzende: „…“": a speaker's label inside a
    paragraph, kept when a quotation follows the colon and the label is a person or a role
    (a topic or a heading seldom stands there: "Die Folge: „…“")."""
    att = label_attribution(text, start, end)
    if att is None or text[att.content[0][0]:att.content[0][0] + 1] not in ALL_OPENERS:
        return None
    last = att.mention.split()[-1].lower()
    return att if ents.is_person(att.mention) or is_role_noun_or_compound(last) else None


def _person_before_colon(text: str, start: int, end: int, quotes: list[tuple[int, int]],
                         ents: Entities) -> Attribution | None:
    """"Direkt nach dem Prozess hatte Kurz noch reagiert: „…“", "Das Ergebnis begeistert
    Kogler nicht: „…“": a quotation after the colon that ends a short clause naming one person
    of the article, and no other, not as a preposition's object; theirs."""
    colon = next((qa for qa, _ in quotes if start < qa < end and
                  text[start:qa].rstrip().endswith(":")), None)
    if colon is None:
        return None
    head = text[start:colon].rstrip()[:-1]
    if len(head.split()) > 30 or any(ch in head for ch in ALL_OPENERS):
        return None
    span = ents.sole_person_in(start, start + len(head))
    if span is None or _after_preposition(text, span[0]) or \
            text[span[0]:span[1]].split()[0].lower() in OBJECT_PREPOSITIONS:  # ("Sur Valdo Sports")
        return None
    stop = end
    while stop > colon and text[stop - 1] in ".!?”\"’» ":
        stop -= 1
    att = Attribution(text[span[0]:span[1]], span, ":", ":", (start + len(head),
                                                             start + len(head) + 1),
                      [(colon, stop)])
    att.quote_after_cue = True  # (as colon_speech: the quotation is what the clause says)
    return att


@dataclass
class _Turns:
    """A transcript's turns as the paragraphs go by: which paragraphs are a name alone over a
    turn (``labels``) or open one with a label or a question's mark (``opens``), and the turn
    running now."""

    labels: dict[int, tuple[int, int]]
    opens: set[int]
    turn: Attribution | None = None
    topical: bool = False  # opened by a topic's heading: it holds only the plain paragraphs
    heading: Attribution | None = None  # whose briefing or speech the page's heading says
    heading_at: int = -1  # (its paragraph; -1 for the document's title)

    def step(self, text: str, p: int, ss: list, sa: list, qspans: list,
             labelled: Attribution | None, marked: tuple[bool, int] | None) -> list:
        """Paragraph ``p``'s attributions with its turn's speaker for the sentences that have
        none of their own (or "I", "we"): a label opens a turn, or a question's mark or a
        label that names no person ends one (their own paragraph keeps its label). Under a
        heading that names whose briefing the page is, the turn is theirs from the start and
        again at each answer."""
        pa, pb = (ss[0][0], ss[-1][1]) if ss else (0, 0)
        if self.heading is not None and p == self.heading_at + 1:
            self.turn = self.heading
        topic = topic_speaker(text, pa, pb) if len(ss) == 1 and not qspans else None
        if p in self.labels or topic is not None:
            span = self.labels.get(p, topic)  # a name over the turn, or a topic's heading
            # ("И. Холмов — о ценах на рыбу:")
            self.turn = Attribution(label_name(text[slice(*span)]), span, "–", "interview",
                                    (pa, pa), quote_after_cue=True)
            self.topical = p not in self.labels
        elif p in self.opens or marked or self.opens and (labelled or ss and sa[0] is not None
                                                          and sa[0].cue_lemma == ":" and
                                                          sa[0].mention_span[0] == ss[0][0]):
            # ^ (a label of its own, even one naming nobody the page knows, ends a turn)
            self.turn = labelled and replace(labelled, content=[], more=[])  # ("QUESTION:
            self.topical = False  # …": the questioner's, no one's turn after it)
            if marked and marked[0] and self.heading is not None:
                self.turn = self.heading  # "Ответ: …" in the briefing of the heading's speaker
                return self._fill(text, ss, sa)
        elif self.turn is not None and self.topical and (qspans or any(
                att is not None and not speaks_for_self(att.mention) for att in sa)):
            self.turn = None  # a topic's heading holds only the plain paragraphs under it
        elif self.turn is not None:
            return self._fill(text, ss, sa)
        return sa

    def _fill(self, text: str, ss: list, sa: list) -> list:
        """The turn's speaker for the sentences with no attribution of their own (a heading's
        speaker not for a subheading, a line with no stop, nor for a question left unmarked)."""
        if self.turn is self.heading and ss and text[ss[-1][1] - 1] not in ".!…\"”»":
            return sa  # ("О ситуации в порту", "From answers to questions:", "Un mot sur …?")
        return [att if att is not None and not speaks_for_self(att.mention) else replace(
            self.turn, content=[_without_stop(text, span)]) for span, att in zip(ss, sa)]


def _heading_turn(text: str, paras: list[tuple[int, int]], title: str | None) -> dict:
    """The ``_Turns`` fields of a heading (in the text, else the title) that names whose
    briefing, speech or statement the page is: ``heading`` and ``heading_at``."""
    found = heading_speaker(text, paras)
    if found is not None:
        p, span, case = found
        mention = text[slice(*span)]
    elif title and (found := heading_speaker(title, [(0, len(title))])) is not None:
        p, (a, b), case = -1, found[1], found[2]
        mention, span = title[a:b], (0, 0)
    else:
        return {}
    return {"heading": Attribution(mention, span, "–", "interview", (span[0], span[0]),
                                   quote_after_cue=True, case=case), "heading_at": p}


def _label_turn(text: str, ss: list[tuple[int, int]], sa: list, in_transcript: bool,
                surnames: set[str], ents: Entities) -> Attribution | None:
    """The speaker label opening a paragraph (``sa[0]``), when it names a person: a name in
    capitals ("ANA RUIZ: …", "MS. HOLMES: …", not "TOP STORY: …"), a surname after initials
    ("И.Холмов: …"), a person the article names, or in a transcript a surname a label gave
    before ("HOLT: …" after "MARK HOLT, …:"). Their turn takes the paragraph (``sa`` filled
    in place); returns the label, or None."""
    att = sa[0]
    caps = att.mention.isupper()
    name = label_name(att.mention) if caps else att.mention
    parsed = parse_mention(name)
    who = parsed.name or name  # "President of Holmland Ivan Kholmov": the name
    role = role_colon(text, ss[0][0], ss[0][1]) if in_transcript else None
    if in_transcript and asker_label(name):
        sa[0] = None  # "JOURNALIST: …", "Periodista.- ¿…?": no one the page names
        return None
    if role is not None:  # "Spokesperson: …": the turn's, and under "Briefing by Ana Ruiz,
        holder = ents.by_role(role, att.mention_span[0], generic=False)  # Spokesperson for
        att.role_hint = holder.name if holder is not None else None  # …" the page's holder
        if name.lower() in ROLE_ABBREVIATIONS:
            name = f"the {role}"  # "Min: …": the minister, no one named Min
    elif in_transcript and caps and (office := office_label(name)) is not None:
        att.role_hint = office  # "PRIME MINISTER: …", "CANCILLER: …": the page's holder of
        # the role, whom "the prime minister" would be in running text
    elif not (caps and person_label(att.mention) or initialled(name) or (
            len(name.split()) > 1 or in_transcript) and (ents.is_person(who) or name in surnames)
            or in_transcript and (" " not in name and addressed(text, name) or (
                parsed.kind == "person" and parsed.name and parsed.role))):  # "Ruiz: …" after
        return None  # "Frage: Herr Ruiz, …?"; a title and a name: "StS Holm: …"
    att.mention = name
    if att.quote_after_cue:
        return None
    _transcript(text, ss, sa)
    if not name.startswith("the ") and att.role_hint is None:
        surnames.add(name.split()[-1])
    return att


def office_label(label: str) -> str | None:
    """A label that names a role alone ("Prime Minister", "The President", "Pm") as running
    text would ("the prime minister"), or None (a name, a body)."""
    role = label.lower().removeprefix("the ")
    role = ROLE_ABBREVIATIONS.get(role, role)
    parsed = parse_mention(role)
    return f"the {role}" if parsed.kind == "person" and parsed.name is None and parsed.role \
        and is_person_role(role.split()[-1]) else None


def _transcript(text: str, ss: list[tuple[int, int]], atts: list) -> None:
    """"Julian Nagelsmann: Ich kämpfe ein bisschen mit den Tränen. In der zweiten Halbzeit …":
    an interview set as a transcript; the paragraph after a person's label is theirs, up to
    a sentence with an attribution of its own (not "We expect …": the speaker's own)."""
    for n in range(1, len(ss)):
        if atts[n] is not None and not speaks_for_self(atts[n].mention):
            return
        atts[n] = replace(atts[0], content=[_without_stop(text, ss[n])], more=[])


# "… Ne l’oublions pas. — Rima Abdul Malak (@RimaAbdulMalak) May 27, 2023": an embedded post's
# signature closing its paragraph (the name, the handle, the date)
_POST_SIGNATURE = re.compile(r"[—–-]\s*([^\s(—–@][^(—–@\n]{1,60}?)\s*\(@\w{1,30}\)\s*"
                             r"[A-Za-zÀ-ÿ]+\.?\s+\d{1,2},?\s+\d{4}\s*$")


def _signed_post(text: str, pa: int, pb: int, ss: list[tuple[int, int]],
                 sa: list[Attribution | None], sents: list, atts: list) -> None:
    """An embedded post (a tweet as pages paste it) is its signer's: every sentence of the
    paragraph without an attribution of its own (filled in ``sa`` in place), or of the
    paragraph before (in ``sents``, ``atts``) when the signature stands alone in its own."""
    if text.find("(@", pa, pb) < 0:
        return  # (most paragraphs: no handle at all)
    m = _POST_SIGNATURE.search(text, pa, pb)
    if m is None:
        return
    sign = Attribution(m.group(1), m.span(1), "—", "post", (m.start(), m.start() + 1))
    if not text[pa:m.start()].strip() and sents:
        ss, sa = sents[-1], atts[-1]  # "… pour l'homme. ¶ — Laurent Wauquiez (@…) …"
    for n, span in enumerate(ss):
        if sa[n] is None and span[0] < m.start():
            sa[n] = replace(sign, content=[(span[0], min(_without_stop(text, span)[1],
                                                          m.start()))])


def _interview_answer(text: str, pa: int, pb: int, ss: list[tuple[int, int]],
                      sa: list[Attribution | None], asked: tuple[int, bool] | None,
                      ents: Entities, plain: bool = False,
                      marked: tuple[bool, int] | None = None) -> tuple[int, bool] | None:
    """An interview set as dialogue ("– Як вам сьогодні підтримка?" / "– Вдячний
    вболівальникам …"): a paragraph opening with a dash right after one that asks (ends with
    "?") answers it, and so does one marked as an answer ("R - …", "Ответ: …") after a marked
    question, or with ``plain`` (the page dashes only its questions) every unmarked paragraph
    after the first question; its sentences with no attribution of their own are the
    guest's, the person named last before the first question. Returns the interview's state
    after the paragraph (where its first question opened, whether this paragraph asked),
    which a transcript of marked turns keeps past unmarked paragraphs. ``marked``: the
    paragraph's question or answer mark (``qa_mark``), as the caller found it."""
    dashed = marked is None and dialogue_opens(text, pa, pb)
    if marked is None and not dashed and not (plain and asked is not None):
        return (asked[0], False) if asked is not None and qa_mark(text, asked[0], pb) else None
    question = not marked[0] if marked else dashed and (
        plain or text[pa:pb].rstrip().endswith("?"))
    if asked is not None and (asked[1] or marked or plain) and not question and \
            (guest := ents.person_named_before(asked[0])) is not None:
        at, chunk = guest
        case = "gen" if genitive_after_role(text[max(0, at - 60):at], is_role_noun) else None
        for n, span in enumerate(ss):
            if sa[n] is None:
                sa[n] = Attribution(chunk, (at, at + len(chunk)), "–", "interview", (pa, pa),
                                    [_without_stop(text, span)], quote_after_cue=True,
                                    case=case)
    return (asked[0] if asked is not None else pa, question) if question or asked else None


_DASH_BEFORE_CUE = re.compile(r"[,.!?…]\s*[—–-]\s*$")


def _unmarked_dash_speech(text: str, ss: list[tuple[int, int]], sa: list[Attribution | None],
                          qspans: list[tuple[int, int]]) -> None:
    """"Я считаю, что … . Мы будем … . Сегодняшнее мероприятие — лучшее тому подтверждение, —
    сказал Пашинян.": direct speech whose quotation marks the page dropped, closed by a dash
    and its cue; the sentences of the paragraph before it, with no attribution and no
    quotation, are the same speaker's (filled in ``sa`` in place). A quoted name (“Укренерго”)
    is no quotation here."""
    qspans = [(qa, qb) for qa, qb in qspans if len(text[qa:qb].split()) > 2]
    for n in range(len(ss) - 1, 0, -1):
        att = sa[n]
        if att is None or not _DASH_BEFORE_CUE.search(text, ss[n][0], att.cue_span[0]) or any(
                qa < ss[n][1] and ss[n][0] < qb for qa, qb in qspans):
            continue
        m = n - 1
        while m >= 0 and sa[m] is None and not any(qa < ss[m][1] and ss[m][0] < qb
                                                   for qa, qb in qspans):
            sa[m] = replace(att, content=[_without_stop(text, ss[m])], more=[])
            m -= 1
        return


# "said in a statement", "issued a statement", "In a joint statement, …": whose statement "the
# statement" names after it
_IN_A_STATEMENT = re.compile(r"\b(?:[Ii]n|issued|released|published|put out|posted) (?:a|an|its|"
                             r"his|her|their) (?:\w+ ){0,2}statement\b")
_ISSUER = re.compile(r"((?:The |the )?[A-Z][\w'’.\-]*(?: [\w'’.\-]+){0,5}?) (?:has |have )?"
                     r"(?:issued|released|published|put out|posted) (?:a|an|its|his|her|their) "
                     r"(?:\w+ ){0,2}statement\b")  # "The ministry issued a statement on …"
_THE_STATEMENT = {"the statement", "this statement", "that statement", "the communiqué",
                  "the communique", "the joint statement"}


def _statement_owners(text: str, ss: list, sa: list, owner: Attribution | None
                      ) -> Attribution | None:
    """"The ministry said in a statement that …. The statement added …": "the statement" is
    the ministry's (its ``antecedent``, filled in ``sa`` in place). Returns who spoke in a
    statement last."""
    for (a, b), att in zip(ss, sa):
        if text.find("statement", a, b) < 0 and text.find("communiq", a, b) < 0:
            continue  # (most sentences)
        if att is None:
            if (m := _ISSUER.match(text, a, b)) is not None:
                owner = Attribution(m.group(1), m.span(1), "", "", (a, a)) if _named(
                    m.group(1)) else None
            continue
        if att.mention.lower() in _THE_STATEMENT:
            if owner is not None and not att.antecedent:
                att.antecedent = owner.mention
        elif _IN_A_STATEMENT.search(text, a, b):
            owner = att if _named(att.mention) else None
    return owner


def _named(mention: str) -> bool:
    """Whether a mention names someone (not "the club", "it": those resolve where they stand)."""
    words = mention.split()
    if words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return any(w[:1].isupper() for w in words) and mention.lower() not in PRONOUNS


def _remarks_follow_plain(at: int, qspans: list, quotes_before: list) -> bool:
    """Whether "X made the remarks" at ``at`` closes plain sentences, no quotation before it
    in its paragraph or the one before (after quotations, the remarks are those; a sentence
    between them is the writer's: "“…” Reeve was an advocate …. Howard made his remarks …")."""
    return not quotes_before and not any(qa < at for qa, _ in qspans)


def _without_stop(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A sentence's span without its closing stop: what it says, as an attribution's content."""
    return span[0], span[1] - (text[span[1] - 1] in ".!?")


# the modifier letter double prime that some pages quote with ("a déclaré : ʺon est venu …ʺ"),
# not between two letters (a hard sign romanised: "Obʺedinennaya")
_DOUBLE_PRIME = re.compile("\u02ba(?![^\\W\\d_])|(?<![^\\W\\d_])\u02ba")


def extract_from_text(text: str, *, title: str | None = None, teasers: tuple = (),
                      people: list[str] | None = None) -> list[Claim]:
    """The claims of one article: headline, then body sentences in order. ``people``, when
    given, receives the full names in the Latin script that the article gives people."""
    original = text
    text = text.replace("\u2011", "-")  # a non-breaking hyphen ("Jean‑Luc"), read as the
    # hyphen the name patterns know; one character for one, so every offset holds, and the
    # claims keep the page's characters
    if "\u02ba" in text:
        text = _DOUBLE_PRIME.sub('"', text)
    paras = paragraphs(text)
    quotes = [find_quotes(text, a, b) for a, b in paras]
    ents = prescan(text, paras, [(q.start, q.end) for qs in quotes for q in qs])
    if people is not None:
        people.extend(ents.latin_people())
    claims: list[Claim] = []
    title_key = normalise_text(title).lower() if title else None
    teaser_spans = [(t["char_start"], t["char_end"]) if isinstance(t, dict) else tuple(t)
                    for t in teasers or ()]
    for pa, pb in paras:
        if TEASER_LINE.match(text[pa:pb]) and (pa, pb) not in teaser_spans:
            teaser_spans.append((pa, pb))

    continue_open_quotes(text, paras, quotes)
    chain_end = chain_paragraphs(paras, quotes)
    # pass 1: sentences, their attributions, and which quotations are speech
    sents: list[list[tuple[int, int]]] = []
    atts: list[list[Attribution | None]] = []
    last_att: Attribution | None = None  # the previous sentence's, for reported-speech runs
    heading: Attribution | None = None  # "Linda Chan, Judge:" over bulleted quotations
    asked: tuple[int, bool] | None = None  # an interview: (first question, last was one)
    turns = _Turns(turn_labels(text, paras), colon_turns(text, paras),
                   **_heading_turn(text, paras, title))
    opens_turn = turns.opens  # "MS. HOLMES: …", "QUESTION: …"
    plain = plain_answers(text, paras)  # an interview that dashes only its questions
    surnames: set[str] = set()  # of the speakers whose turns labels opened
    statement: Attribution | None = None  # who last spoke "in a statement"
    full: list[set[int]] = []
    for p, (pa, pb) in enumerate(paras):
        ss = split_sentences(text, pa, pb)
        if ss and (m := WIRE_DATELINE.match(text, ss[0][0])) and m.end() < ss[0][1]:
            ss[0] = (m.end(), ss[0][1])  # "MOSCOW, March 1 (Reuters) - " is not the claim
        elif ss and p < 2 and not opens_turn and (m := CAPS_DATELINE.match(
                text, ss[0][0], ss[0][1])) and not person_label(m.group(1)) and \
                not ents.is_person(label_name(m.group(1))):
            ss[0] = (m.end(), ss[0][1])  # "NEW DELHI: " neither (not "RUIZ: " after Ana Ruiz)
        dashed = dot_dash_label(text, pa, pb) if p in opens_turn else None
        marked = qa_mark(text, pa, pb)
        if dashed is not None or marked is not None:
            cut = dashed.cue_span[1] if dashed is not None else marked[1]
            ss = [(max(a, cut), b) for a, b in ss if b > cut]  # "Paul FERRAND. - Nous
            # l'espérons.", "Respuesta. Esperamos …": the label is no part of the claim
        qspans = [(q.start, q.end) for q in quotes[p]]
        sa = [find_attribution(text, a, b, qspans) for a, b in ss]
        if heading is not None and _BULLET.match(text, pa):  # "  • “…”" under "Name, role:"
            sa = [att or replace(heading, content=[_without_stop(text, span)])
                  for span, att in zip(ss, sa)]
        else:
            heading = heading_label(text, pa, pb) if len(ss) == 1 else None
            if heading is not None and not ents.is_person(heading.mention):
                heading = None
        labelled = None  # the speaker whose turn this paragraph's label opens
        if ss and (sa[0] is None or speaks_for_self(sa[0].mention)) and \
                marked is None:  # (not "P:", "R:")
            sa[0] = (dashed and replace(dashed, content=[_without_stop(text, ss[0])])) or \
                label_attribution(text, *ss[0]) or sa[0]  # "Mark Holt, fisherman: I think …":
            # the label's, not "I"
            labelled = sa[0] and _label_turn(text, ss, sa, bool(opens_turn), surnames, ents)
        for n, (a, b) in enumerate(ss):
            if sa[n] is None and qspans and ":" in text[a:b]:
                sa[n] = colon_speech(text, a, b, qspans) or (  # "X machte eine Ausnahme: „…“"
                    _quoted_label(text, a, b, ents) if n else None) or \
                    _person_before_colon(text, a, b, qspans, ents)
        for n in range(1, len(ss)):  # "Вспышка … завершилась. Об этом заявил X."
            if sa[n] is not None and sa[n].backward and sa[n - 1] is None and (
                    sa[n].cue_lemma != REMARKS or _remarks_follow_plain(
                        ss[n][0], qspans, quotes[p - 1] if p else [])):
                sa[n - 1] = replace(sa[n], content=[_without_stop(text, ss[n - 1])],
                                    backward=False)
        if ss and sa[0] is not None and sa[0].cue_lemma == REMARKS and atts and \
                not quotes[p - 1] and not any(atts[-1]):
            atts[-1][-1] = replace(sa[0], content=[_without_stop(text, sents[-1][-1])],
                                   backward=False)  # "… ¶ Wang made the remarks while …"
        sa = turns.step(text, p, ss, sa, qspans, labelled, marked)
        _unmarked_dash_speech(text, ss, sa, qspans)
        asked = _interview_answer(text, pa, pb, ss, sa, asked, ents, plain, marked)
        _signed_post(text, pa, pb, ss, sa, sents, atts)
        statement = _statement_owners(text, ss, sa, statement)
        last_att = continue_reported_speech(text, ss, sa, qspans, last_att, ents.is_person)
        carried, goes_on = _chain_ends(chain_end, p)
        fq = set()
        for qi, q in enumerate(quotes[p]):
            lo = bisect.bisect_right(ss, q.start, key=lambda span: span[1])  # first ending after
            for (a, b), att in zip(ss[lo:], sa[lo:]):
                if a >= q.end:
                    break
                if a < q.end and q.start < b and _quote_is_full(
                        text, q, (a, b), att, qi == 0 and carried
                        or qi == len(quotes[p]) - 1 and goes_on):
                    fq.add(qi)
                    break
        sents.append(ss)
        atts.append(sa)
        full.append(fq)

    links = {p for p, (pa, pb) in enumerate(paras) if any(ta < pb and pa < tb
                                                          for ta, tb in teaser_spans)}
    qsource, gid = _quote_sources(text, paras, quotes, chain_end, sents, atts, full, ents, links)

    # pass 3: claims in document order
    for p, (pa, pb) in enumerate(paras):
        if title_key and normalise_text(text[pa:pb]).lower() == title_key or \
                _is_chrome(text[pa:pb]):  # (a page without a title normalises nothing)
            continue
        for (a, b), att in zip(sents[p], atts[p]):
            claims.append(_sentence_claim(text, p + 1, a, b, att, quotes[p], full[p], qsource,
                                          ents, teaser_spans))
    _first_person_speech(text, claims, quotes)
    if original is not text:
        for claim in claims:
            claim.text = original[claim.char_start:claim.char_end]
    if title and title.strip():  # last, so that the body has told whose role is whose
        claims.insert(0, _headline(title.strip(), ents))
    for c in claims:
        if c.group is None and c.kind in ("reported", "teaser") and c.cue:
            gid += 1
            c.group = gid
        if c.kind in ("quote", "reported") and c.content:
            said = " … ".join(text[a:b] for a, b in c.content).strip(SAID_TRIM)
            c.said = COMPLEMENTISER.sub("", said, count=1) or None
    _fact_check_claimants(claims)
    _echoed_quotations(claims)
    return claims


def _chain_ends(chain_end: list[int], p: int) -> tuple[bool, bool]:
    """Whether paragraph ``p``'s first quotation continues one from the paragraph before, and
    whether its last one runs on into the next paragraph."""
    return p > 0 and chain_end[p - 1] == chain_end[p], chain_end[p] != p


def _quote_sources(text, paras, quotes, chain_end, sents, atts, full, ents, links=frozenset()):
    """(paragraph, quote index) -> _Source for every full quotation with a known speaker.

    A quotation is attributed by the sentence that introduces or closes it; one running over
    paragraphs by its closing part (else by the nearest attributed quotation before it); an
    unattributed one by the quotation before (else after) it in its paragraph; a paragraph
    that is only a quotation by the previous paragraph's last quotation when that paragraph
    names no one else (a caption between them that names only that speaker leaves the turn
    open). Claims of one source share its ``gid``.
    """
    qsource: dict[tuple[int, int], _Source] = {}
    chain_src: dict[tuple[int, int], _Source] = {}
    gid = 0
    prev_para_src: _Source | None = None
    for p in range(len(paras)):
        if not quotes[p] and (p in links or _is_aside(text[paras[p][0]:paras[p][1]])
                              or _about_speaker(ents, paras[p], atts[p], prev_para_src,
                                                sents[p])):
            continue  # "MORE ON REAL MADRID", "👉 …", "Read also: …" (``links``, the paragraphs
            # of teasers): a link line does not end the speaker's turn,
            # nor does a photo caption about the speaker ("Ding Liren competes during …")
        for qi in sorted(full[p]):
            att = _att_for_quote(text, quotes[p][qi], sents[p], atts[p])
            if att is not None:
                gid += 1
                qsource[(p, qi)] = _Source(att, gid=gid)
        for qi in sorted(full[p]):
            if (p, qi) in qsource:
                continue
            earlier = [qsource[(p, x)] for x in sorted(full[p]) if x < qi and (p, x) in qsource]
            opens_on, runs_on = _chain_ends(chain_end, p)
            cs = None
            if opens_on and qi == 0 or runs_on and qi == len(quotes[p]) - 1 and not (
                    opens_on and earlier):
                found = _chain_source(text, quotes, full, sents, atts, chain_end, p, qi)
                if found is not None and found[0] not in chain_src:
                    gid += 1
                    chain_src[found[0]] = _Source(found[1], gid=gid)
                cs = chain_src[found[0]] if found is not None else None
            # (a quotation between them has its own source, and so has the one running on
            # after a quotation attributed in the paragraph: one chain may close and another
            # open there)
            later = [qsource[(p, x)] for x in sorted(full[p]) if x > qi and (p, x) in qsource]
            inherit = prev_para_src if qi == 0 and quotes[p][qi].start == paras[p][0] \
                and not _is_quoted_heading(text[paras[p][0]:paras[p][1]]) and not (
                    prev_para_src is not None and prev_para_src.att.cue_lemma == "interview"
                    and text[paras[p][0]:paras[p][1]].rstrip().endswith("?")) else None
            # (an interview's next question is not its guest's)
            prior = _prior_sentence_source(text, quotes[p][qi], sents[p], atts[p], {
                x for x in full[p] if (p, x) in qsource}, quotes[p])
            # ^ nearer than an earlier quotation's
            # speaker ("„…“, sagte X. Sprecher Y sprach von … „…“": Y's), unless it is a pronoun
            # (which goes on with that speaker) or an object ("he hit back at Labour claims")
            last_end = max((quotes[p][x].end for x in full[p] if x < qi), default=-9)
            if prior is not None and earlier and (
                    min(prior.att.mention_span[0], prior.att.cue_span[0]) - last_end <= 3 and
                    sum(len(text[x:y].split()) for x, y in prior.att.content) < 4 or
                    prior.att.mention.lower() in PRONOUNS and not ents.subject_named_in(
                        last_end, prior.att.mention_span[0]) or prior.att.cue_lemma != \
                    "according to" and _after_preposition(text, prior.att.mention_span[0])):
                prior = None  # (“…” Trump said to cheers. “…”: the earlier quotation's own;
                # a pronoun goes on with it unless someone is named between: "“…” Sharon gave
                # details. She said she wished …. “…”")
            if prior is not None:
                gid += 1
                prior.gid = gid
            if later and inherit is not None and later[0].att.quote_after_cue:
                later = []  # "“…”¶“…” Lee added: “…”": Lee's intro opens Lee's quotation, and
                # the paragraph opens with the speaker before going on
            src = cs or prior or (earlier[-1] if earlier else later[0] if later else inherit)
            if src is not None:
                qsource[(p, qi)] = src
        last = qsource.get((p, max(full[p]))) if full[p] else None
        other = any(a is not None and (last is None or a.mention_span != last.att.mention_span
                                       and a.cue_span[0] > last.att.cue_span[0]
                                       and not _same_voice(a, last.att)
                                       and not _same_voice(last.att, a)
                                       and a.mention.lower() != last.att.mention.lower())
                    for a in atts[p])
        # (a sentence that goes on with the quotation's attribution is the same voice, and so is
        # a pronoun after it or the same name again: "X said: “…” He said …, said X.¶“…”"; a
        # voice before the last quotation's does not close the paragraph: "Figures suggest
        # …. “…,” said Mr Howard.¶“…”")
        prev_para_src = last if last is not None and not other else None
        relays = [_relays_speaker(atts[p], n) for n in range(len(atts[p]))]
        told = [None if relay else a for relay, a in zip(relays, atts[p])]
        closing = told[-2] if len(told) > 1 and relays[-1] else \
            _closing_attribution(told, bool(quotes[p]))  # (the relayed speaker's turn)
        after = quotes[p][max(full[p])].end if last is not None else -1
        own = last.att.mention_span if last is not None else None  # (the quotation's sayer)
        if prev_para_src is None and closing is not None and closing.cue_span[0] > after and \
                sum(a is not None and a.cue_span[0] > after and a.mention_span != own and (
                    a is closing or a.mention.lower() not in PRONOUNS) for a in told) == 1 \
                and closing.mention.lower() not in {"it", "they", "we", "i", "you", "who"}:
            gid += 1  # "He said the market was fine.¶“Frankly, …”": the speaker goes on (and
            prev_para_src = _Source(closing, gid=gid)  # one who speaks after the paragraph's
            # last quotation: "“…,” he said. Ozzy said he was “shaken”.¶“We lived …”")
        if last is None and prev_para_src is None and sents[p] and atts[p][-1] is None \
                and not quotes[p] and p + 1 < len(paras) and quotes[p + 1] \
                and quotes[p + 1][0].start == paras[p + 1][0]:
            told = narrated_speaker(text, *sents[p][-1])
            if told is not None:  # "Lee addressed the fans.¶“To those who came …”"
                gid += 1
                prev_para_src = _Source(told, gid=gid)
        opens_next = p + 1 < len(paras) and bool(quotes[p + 1]) and \
            quotes[p + 1][0].start == paras[p + 1][0]
        if not quotes[p] and opens_next and (signed := _signature(text, paras[p], ents)):
            gid += 1  # "Me Ana Holm, avocate des enfants¶“…”": a heading over the quotation
            prev_para_src = _Source(signed, gid=gid)
        for q, span in ((p, sents[p][-1] if sents[p] else None),
                        (p - 1, None if opens_next else paras[p])):
            # "«…»¶Главный тренер сборной Грузии Вилли Саньоль": a signature line closing the
            # quotations of its paragraph, or the paragraph of them before it
            if q >= 0 and span and full[q] and all((q, qi) not in qsource for qi in full[q]) \
                    and span[0] >= quotes[q][-1].end and (
                        signed := _signature(text, span, ents)) is not None:
                gid += 1
                for qi in full[q]:
                    qsource[(q, qi)] = _Source(signed, gid=gid)
                break
        if last is None and sents[p] and text[:paras[p][1]].endswith(":"):
            intro = atts[p][-1] or colon_intro(text, sents[p][-1][0], paras[p][1],
                                               sentence_has_cue=False)
            if intro is not None:  # "Lee issued the following statement:¶“…”"
                gid += 1
                prev_para_src = _Source(intro, gid=gid)
    return qsource, gid


def _relays_speaker(para_atts: list, n: int) -> bool:
    """"Игорь Маринин полагает, что …. Об этом сообщает «АиФ».": a sentence telling back
    who reported the one before, which has a speaker of its own: the outlet relays that
    speaker's words, and the speaker's turn goes on past it."""
    att = para_atts[n]
    return att is not None and att.backward and n > 0 and para_atts[n - 1] is not None and \
        para_atts[n - 1].mention_span != att.mention_span


def _signature(text: str, para: tuple[int, int], ents: Entities) -> Attribution | None:
    """A paragraph that is only a person's name, with or without a role: the signature of the
    quotations above it ("Главный тренер сборной Грузии Вилли Саньоль", "— Ana Holm,
    ministra"), or the heading of those opening the next paragraph."""
    a, b = para
    while a < b and text[a] in "—–-― ":
        a += 1
    line = text[a:b].strip()
    if not line or len(line) > 90 or line[-1] in ".:!?»“\"" or len(line.split()) < 2:
        return None
    head = line.split(",")[0]  # "Me Ana Holm, avocate des enfants": the name before the role
    name = parse_mention(head)
    if name.kind != "person" or not name.name or len(name.name.split()) < 2 or \
            not ents.is_person(name.name):
        return None
    return Attribution(head, (a, a + len(head)), "—", "sign", (a, a))


def _closing_attribution(para_atts: list, quoted: bool) -> Attribution | None:
    """The attribution a paragraph ends with, or the one before its last sentence when that
    sentence has none and the paragraph no quotation ("X уверен: …. И имела время.¶«…»")."""
    if not para_atts:
        return None
    if para_atts[-1] is None and len(para_atts) > 1 and not quoted:
        return para_atts[-2]
    return para_atts[-1]


def _about_speaker(ents: Entities, para: tuple[int, int], para_atts, src,
                   para_sents: list[tuple[int, int]]) -> bool:
    """A paragraph with no attribution about the speaker of ``src``: the only person it names,
    or the first, with the others named only in its first sentence ("Бетербиев победил
    Бивола, …. Бой завершился победой Бетербиева")."""
    if src is None or any(a is not None for a in para_atts):
        return False
    said = (src.att.antecedent or src.att.mention).split()
    if not said:
        return False
    word = said[-1].lower()
    cyrillic = len(word) > 5 and word[-1] in CYRILLIC_LETTERS  # a case form: "Бетербиева"
    speaker = lambda e: any(w == word or cyrillic and w.startswith(word[:-1])  # noqa: E731
                            and len(w) - len(word) <= 2 for w in e.name.lower().split())
    # ^ "Ding" and "Ding Liren"
    people = [e for e in ents.people_in(*para)  # not a title: "the new World Chess Champion"
              if e.name.split()[-1].lower() not in ROLE_NOUNS | TITLE_WORDS]
    if not people or not speaker(people[0]):
        return False
    later = ents.people_in(para_sents[0][1], para[1]) if para_sents else people
    return all(map(speaker, later if len(para_sents) > 1 else people))


def _same_voice(before: Attribution, pronoun: Attribution) -> bool:
    """"Lee stressed X. “…,” he said.": a personal pronoun after an attribution of the same
    paragraph speaks for that attribution's speaker."""
    return pronoun.mention.lower() in PERSONAL_PRONOUNS and \
        before.mention_span[1] <= pronoun.mention_span[0]


# "and" opening a sentence that goes on with the speaker's words
_AND = {"and", "и", "і", "et", "y", "und", "та"}


def _prior_sentence_source(text, q: Quote, sents, atts, sourced, pquotes) -> _Source | None:
    """"The talks may stall, Lee said. “The other factor is …”": a quotation opening the
    sentence (or after a short opener: "For now, “…”") right after one whose speech cue names a
    speaker (or that tells of a person's words without quoting them: "Lee hailed the deal."),
    with no attributed quotation of its own (``sourced``: the paragraph's full quotations that
    have a source), in the same paragraph, goes on in that speaker's voice."""
    for n, (a, b) in enumerate(sents):
        if not a <= q.start < b:
            continue
        lead = text[a:q.start].strip()
        if n == 0 or atts[n] is not None or lead and not (
                lead.endswith(",") and len(lead.split()) <= 3 or  # "For now, “…”"
                lead.split()[0].lower() in _AND and len(lead.split()) <= 8):  # "И год – «…»"
            return None
        att, (pa, pb) = atts[n - 1], sents[n - 1]
        if att is None and not any(x.start < pb and pa < x.end for x in pquotes):
            att = narrated_speaker(text, pa, pb)  # "Lee addressed the fans. “To those …”"
        if att is None or att.cue_lemma == ":" or att.mention.lower() in {
                "it", "they", "we", "i", "you", "who", "which", "that"}:
            return None
        if any(x.start < pb and pa < x.end for n, x in enumerate(pquotes) if n in sourced):
            return None  # (a phrase quoted inside the reported speech does not count: "He
        return _Source(att)  # acknowledged “good arguments” against it, but said …. “…”"; nor
        # does a long one that no cue of its own attributes: "X told them rivals would “do
        # anything, say anything, …”. “So far …”")
    return None


def _after_preposition(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is a preposition: the mention there is an object."""
    before = text[max(0, pos - 12):pos].split()
    return bool(before) and before[-1].lower() in OBJECT_PREPOSITIONS


def _is_chrome(para: str) -> bool:
    """A short line that is not a sentence ("1 view", "top of page", a dateline)."""
    return len(para.split()) < 5 and not para.rstrip().endswith(tuple(".!?”\"’»…"))


def _is_aside(para: str) -> bool:
    """A link line set in the article: a heading in capitals ("MORE ON REAL MADRID") or a line
    behind a symbol ("👉 How Vinicius can win the Ballon d’Or"). A short heading in plain case
    still ends a speaker's turn."""
    head = para.lstrip()[:1]
    return (para.isupper() and not para.rstrip().endswith(".")) or (
        bool(head) and unicodedata.category(head) in {"So", "Sm"})


def _is_quoted_heading(para: str) -> bool:
    """A subheading that is a short quotation with no stop («Nous avons relevé des défis»):
    words pulled from anywhere in the article, so not the previous paragraph's speaker's."""
    body = para.strip()
    return len(body) > 2 and body[-1] in CLOSE_DOUBLE + AMBIGUOUS_DOUBLE + "“" \
        and body[-2] not in ".!?…" and len(body.split()) <= 15


def _att_for_quote(text: str, q: Quote, sents, atts) -> Attribution | None:
    """The attribution of the sentence that introduces or closes this quotation."""
    lo = max(bisect.bisect_right(sents, q.start - 2, key=lambda span: span[1]) - 1, 0)
    hi = bisect.bisect_left(sents, q.end + 2, key=lambda span: span[0])
    own = next((att for (a, b), att in zip(sents[lo:hi], atts[lo:hi]) if a <= q.start < b),
               None)  # the attribution of the sentence the quotation opens
    for (a, b), att in zip(sents[lo:hi], atts[lo:hi]):
        if att is None or not (a < q.end + 2 and q.start < b + 2):
            continue
        if q.start < att.cue_span[0] < q.end and att.quote_before_np and att.quote_after_cue:
            return att  # "«…, expose-t-il, …»": a cue set inside the quotation
        first_after = min(att.cue_span[0], att.mention_span[0])  # "“…,” X, a long role, said"
        between_after = text[q.end:first_after] if first_after >= q.end else None
        if between_after is not None and len(between_after.split()) <= 12 and \
                (att.quote_before_np or att.mention_span[0] >= q.end) and not (
                    a >= q.end - 1 and att.content and (att.content[-1][0] > att.cue_span[0]
                                                        or att.content[0][0] >= q.end)
                    and text[q.inner[0]:q.inner[1]].rstrip().endswith(".")):
            # (not a quotation closed by a full stop before a sentence with words of its own:
            # "“… we didn't.” Referee X ruled that …", "“….” They will appear in court on
            # Monday, a police spokesman said.")
            if q.end <= b or text[q.end:b].strip() == "":
                return att
        for cue_of in (att, *att.more):  # "… and said, “…”": a further cue of the speaker
            between = text[cue_of.cue_span[1]:q.start]
            if cue_of.quote_after_cue and cue_of.cue_span[1] <= q.start and (
                    own is None or own is att) and (
                    len(between.split()) <= 8 or between.rstrip().endswith(":")
                    and len(between.split()) <= 25 and not BUT_WORDS.intersection(
                        between.lower().split())):  # "X a appelé à … « … » : « … »"
                return cue_of
        if att.cue_lemma == "according to" and att.cue_span[0] < att.mention_span[1] <= q.start \
                and not text[att.mention_span[1]:q.start].strip(" ,:"):
            return att  # "According to Lee, “…”"
        if att.cue_lemma == ":" and att.content and att.content[0][0] == q.start:
            return att  # a speaker label: "Lee: “…”"
    return _signed(text, q) or _colon(text, q, sents, atts) or _reported_into(q, sents, atts)


def _reported_into(q: Quote, sents, atts) -> Attribution | None:
    """"Lee accused Holm of failing “to act. He ignored us.”": a quotation that opens inside
    a sentence's reported speech and runs on past the sentence is all that speaker's."""
    k = bisect.bisect_right(sents, q.start, key=lambda span: span[0]) - 1
    if k < 0 or not sents[k][0] <= q.start < sents[k][1] <= q.end - 2 or atts[k] is None:
        return None
    return next((x for x in (atts[k], *atts[k].more)
                 if x.content and x.content[0][0] < q.start <= x.content[-1][1]), None)


def _colon(text: str, q: Quote, sents, atts) -> Attribution | None:
    """“…” after a colon: "- Lee: “…”", "She fired back: “…”" (intros.colon_intro), or before
    one: "“…”: Lee fired back at …" (intros.colon_after)."""
    k = bisect.bisect_right(sents, q.start, key=lambda span: span[0]) - 1  # last starting before
    if k >= 0 and sents[k][0] <= q.start < sents[k][1]:
        if atts[k] is None and not text[sents[k][0]:q.start].strip():
            return colon_after(text, q.end, sents[k][1])  # "“…”: ce soir, Lee a enchanté …"
        return colon_intro(text, sents[k][0], q.start, sentence_has_cue=atts[k] is not None)
    return None


DASH_NAME = re.compile(r"[^\S\n]*[―—–][^\S\n]*([A-Z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){0,3})"
                       r"[^\S\n]*\.?[^\S\n]*(?=$|\n|[“\"«])")  # [^\S\n]: a space, not a line break
COMMA_NAME = re.compile(r"[^\S\n]+([A-Z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){1,3})"
                        r"(?:,[^\S\n]+[^\n.]{2,80})?\.[^\S\n]*(?=$|\n)")
TRANSCRIPT_LABEL = re.compile(r"((?:[A-Z][A-Z.'’\-]+)(?:[ \t][A-Z][A-Z.'’\-]+){0,2}):\s")


def _signed(text: str, q: Quote) -> Attribution | None:
    """“…” ― Jane Roe (a quotation signed with a dash), “…,” Jane Roe, analyst at X. (signed
    with a comma: a name and a description, no verb, ending the line), or a transcript turn
    “ROE: …”."""
    m = DASH_NAME.match(text, q.end)
    if m is None and q.closed and text[q.inner[1] - 1:q.inner[1]] == ",":
        m = COMMA_NAME.match(text, q.end)
    cue_at = None
    if m:
        cue_at = text.index(m.group(1)[0], q.end) - 1
    else:
        m = TRANSCRIPT_LABEL.match(text, q.inner[0])
        if m is None or len(m.group(1)) < 2 or m.group(1) in {"Q", "A", "UPDATE", "NOTE"}:
            return None
        cue_at = m.end(1)
    a, b = m.span(1)
    cue = text[cue_at:cue_at + 1].strip() or text[q.end:a].strip()[:1]
    return Attribution(text[a:b], (a, b), cue, cue, (cue_at, cue_at + 1))


def _chain_source(text, quotes, full, sents, atts, chain_end, p, qi
                  ) -> tuple[tuple[int, int], Attribution] | None:
    """The attribution of a piece (paragraph ``p``, quotation ``qi``) of a quotation running
    over paragraphs, with the (paragraph, quotation) that gives it: the closing part's, else
    the nearest attributed quotation at or before the piece, back to the paragraph where the
    quotation opens (the speaker going on: "Lee said, “…” Wu said, “… ¶ “…”" is Wu's; a
    paragraph of others' quotations between is nearer than the opening)."""
    end_p, start = chain_end[p], p
    while start > 0 and chain_end[start - 1] == end_p:
        start -= 1
    order = [(end_p, 0)] + [(para, x) for para in range(p, start - 1, -1)
                            for x in sorted(full[para], reverse=True) if para < p or x <= qi]
    for para, x in order:
        if x in full[para] and (att := _att_for_quote(text, quotes[para][x], sents[para],
                                                      atts[para])) is not None:
            return (para, x), att
    return None


def _sentence_claim(text, para, a, b, att, pquotes, pfull, qsource, ents, teasers) -> Claim:
    """The claim of one sentence: quote, reported, narration or teaser, with its source."""
    first = max(bisect.bisect_right(pquotes, a, key=lambda q: q.start) - 1, 0)
    overlapping = [qi for qi in range(first, bisect.bisect_left(pquotes, b, key=lambda q: q.start))
                   if pquotes[qi].start < b and a < pquotes[qi].end]
    full_here = [qi for qi in overlapping if qi in pfull]
    claim = Claim(text[a:b], "narration", a, b, para)
    claim.is_quote_fragment = any(qi not in pfull for qi in overlapping)
    if full_here:
        claim.kind = "quote"
        src = next((qsource[(para - 1, qi)] for qi in full_here if (para - 1, qi) in qsource),
                   None)
        claim.content = [(max(pquotes[qi].inner[0], a), min(pquotes[qi].inner[1], b))
                         for qi in full_here]
        claim.quotes = [pquotes[qi].inner for qi in full_here]
        q0 = pquotes[full_here[0]]
        inside = None if att is None else next(  # "X announced A, and said that the “…”"
            (x for x in (att, *att.more) if x.content and x.content[0][0] < q0.start - 1
             and x.content[-1][1] >= q0.start), None)
        if inside is not None:
            claim.content = list(inside.content)  # a quotation inside reported speech
            if src is None or src.att is not inside and src.att is not att:
                src = _Source(inside)
        if src is not None:
            _apply(claim, src, ents)
    elif att is None and CLAIM_LABEL.match(text, a, b):
        claim.kind = "reported"  # a fact-check's "Claim: …": someone's, not the outlet's
        claim.content = [(CLAIM_LABEL.match(text, a, b).end(), b)]
    elif att is not None:
        src = _Source(att)
        claim.kind = "reported"
        _apply(claim, src, ents)
        claim.content = list(att.content)
    if att is not None and claim.kind in ("quote", "reported"):
        claim.more = [(m.content, m.mention_span) for m in att.more if m.content]
        named = [m for m in att.more
                 if m.mention[:1].isupper() and m.mention.lower() not in PRONOUNS]
        if named:  # "While Hermoso said …, Rubiales has maintained …. He told …": Rubiales
            ents.resolve(named[-1].mention, named[-1].mention_span[0])
    if any(ta < b and a < tb for ta, tb in teasers):
        claim.kind = "teaser"
    return claim


# first-person words outside any quotation: a speaker's words whose marks the page dropped (not
# French "on", German "man": anyone; not "mes", a Spanish month); "I" and "us" as written (not
# "World War I", "US")
_FIRST_PERSON = re.compile(
    r"\b(?i:me|my|we|our|je|j['’]|moi|mon|ma|nous|notre|nos|yo|mí|mi|mis|nosotros|"
    r"nosotras|nuestr[oa]s?|ich|mich|mir|mein|meine[mnrs]?|wir|uns|unser|unsere[mnrs]?|я|меня|"
    r"мне|мной|мой|моя|моё|мои|мы|нас|нам|нами|наш|наша|наше|наши|мене|мені|мій|моє|мої|ми|"
    r"наші)\b|\bI\b(?!\.)(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)|\bus\b")


def _first_person_speech(text: str, claims: list[Claim], quotes: list[list[Quote]]) -> None:
    """A sentence of narration in the first person, with no quotation in it, is a speaker's
    words whose marks the page dropped: of the quotation left open at the end of the paragraph
    before ("“I'm glad … ¶ A month ago in Rome, I was among the officials …"), or of the
    attribution that closes the next sentence of its paragraph ("Me caracterizo por hablar
    poco. En todos mis discursos …, dijo el mandatario"). A run of such sentences goes on.
    (Not after any speaker's sentence: an English column's "we" and "our" are the writer's.)"""
    def voiced(n: int) -> bool:
        c = claims[n]
        return c.kind == "narration" and c.speaker is None and not c.quotes and \
            not c.is_quote_fragment and c.char_start is not None and \
            _FIRST_PERSON.search(c.text) is not None and \
            not any(mark in c.text for mark in _SPEECH_MARKS)

    def take(n: int, src: Claim) -> None:
        c = claims[n]
        c.kind, c.speaker, c.speaker_mention, c.speaker_span = \
            "quote", src.speaker, src.speaker_mention, src.speaker_span
        c.cue, c.cue_lemma, c.via = src.cue, src.cue_lemma, src.via
        c.content = [_without_stop(text, (c.char_start, c.char_end))]

    taken = set()
    for n in range(1, len(claims)):
        before, p = claims[n - 1], claims[n].paragraph
        if (n - 1 in taken and before.paragraph == p or before.kind == "quote"
                and before.speaker is not None and before.paragraph == p - 1
                and quotes[p - 2] and not quotes[p - 2][-1].closed) and voiced(n):
            take(n, before)
            taken.add(n)
    for n in range(len(claims) - 2, -1, -1):
        after = claims[n + 1]
        if after.speaker is not None and after.kind in ("quote", "reported") and after.cue \
                and after.paragraph == claims[n].paragraph and after.speaker_span is not None \
                and _closing_cue(text, after) and voiced(n):
            take(n, after)


def _closing_cue(text: str, claim: Claim) -> bool:
    """Whether the claim's cue closes its words, right after a comma and before the speaker
    (", dijo el mandatario"), with some words before it."""
    at = claim.speaker_span[0] - len(claim.cue) - 1  # (one space between cue and speaker)
    if at - claim.char_start <= 20 or not text.startswith(claim.cue + " ", at):
        return False
    while text[at - 1] == " ":
        at -= 1
    return text[at - 1] == ","


def _fact_check_claimants(claims: list[Claim]) -> None:
    """A fact-check's "Claim: …" line is the statement its body attributes: the speaker of
    the attributed claim closest in words (token-set ratio ≥ CLAIMANT_MATCH), if any."""
    for claim in claims:
        if claim.kind != "reported" or claim.cue or claim.speaker or not claim.content:
            continue
        label = CLAIM_LABEL.match(claim.text)
        if label is None:
            continue
        scored = [(fuzz.token_set_ratio(claim.text[label.end():], other.said or other.text), n)
                  for n, other in enumerate(claims)
                  if other is not claim and other.speaker is not None and other.cue]
        best = max(scored, default=(0, -1))
        if best[0] >= CLAIMANT_MATCH:
            claim.speaker = claims[best[1]].speaker
            claim.speaker_mention = claims[best[1]].speaker_mention


CLAIMANT_MATCH = 60


def _echoed_quotations(claims: list[Claim]) -> None:
    """A quotation with no speaker (a headline's, a subheading's: "“Er wird uns fehlen”
    Reaktionen zum Tod …") whose words, three or more, a quotation of the body gives to one
    speaker is that speaker's."""
    unsaid = [c for c in claims if c.speaker is None and c.kind in ("quote", "headline")
              and any(mark in c.text for mark in _QUOTE_MARKS)]
    said = [(_WORDS.sub(" ", c.text.lower()), c) for c in claims
            if c.speaker is not None and c.kind == "quote"] if unsaid else []
    for claim in unsaid if said else ():
        for q in find_quotes(claim.text, 0, len(claim.text)):
            key = _WORDS.sub(" ", claim.text[slice(*q.inner)].lower()).strip()
            owners = {c.speaker.name: c for text, c in said if c is not claim and f" {key} " in
                      f" {text} "} if len(key.split()) >= 3 else {}
            if len(owners) == 1:
                source = next(iter(owners.values()))
                claim.speaker = source.speaker
                claim.speaker_mention = claim.speaker_mention or source.speaker_mention
                break


_WORDS = re.compile(r"[\W_]+")
_QUOTE_MARKS = ALL_OPENERS + "—–"  # a quotation opens with one (dialogue with a dash)
_SPEECH_MARKS = _QUOTE_MARKS.replace("'", "")  # (an apostrophe opens none: "J'ai", "I'm")


def _apply(claim: Claim, src: _Source, ents: Entities) -> None:
    ref = src.resolve(ents)
    claim.speaker = ref if ref is not None and ref.name else None
    claim.speaker_mention = src.att.antecedent or src.att.mention or None  # "" : "dijo que"
    claim.speaker_span = src.att.mention_span
    claim.cue = src.att.cue
    claim.cue_lemma = src.att.cue_lemma
    claim.via = src.att.via
    claim.group = src.gid or None


def _title_attribution(title: str) -> Attribution | None:
    return find_attribution(title, 0, len(title),
                            [(q.start, q.end) for q in find_quotes(title, 0, len(title))])


def _headline(title: str, ents: Entities) -> Claim:
    """The title: "… – Orlov" / "Orlov: …" name a speaker without a cue; "Rudin says …",
    "…, says Orlov spokesman" with one (a surname or a role resolved through the body)."""
    claim = Claim(title, "headline", None, None, 0)
    m = HEADLINE_SPEAKER.search(title)
    if m:
        mention = (m.group(1) or m.group(2)).strip()
        if len(mention.split()) <= 5 and not mention.isupper() and \
                mention.lower() not in NOT_SPEAKERS:  # "Profile: Gordon Brown"
            ref = ents.resolve(mention, -1)
            if ref.name:
                claim.speaker, claim.speaker_mention = ref, mention
                return claim
    att = _title_attribution(title)
    if att is None and (bare := _BARE_CLOSING_SAYS.search(title)) is not None:
        att = _title_attribution(f"{title[:bare.start(1)].rstrip()}, {title[bare.start(1):]}")
        # ^ "More reforms ahead says Milburn": a headline's "…, says X", its comma left out
    if att is None or att.cue_lemma == "according to" or att.mention.lower() in PRONOUNS:
        return claim
    ref = ents.resolve(att.mention, -1)
    if not ref.name and ref.role:  # "…, says Orlov spokesman": the body's spokesman
        ent = ents.by_role(ref.role.lower().split()[-1], mention=att.mention)
        ref = SpeakerRef(att.mention, ent.name, ent.role, ent.kind) if ent else ref
    if ref.name:
        claim.speaker, claim.speaker_mention = ref, att.mention
        claim.cue, claim.cue_lemma = att.cue, att.cue_lemma
    return claim
