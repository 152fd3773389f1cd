"""Interviews and press conferences that pages print as transcripts: a line that is only the
speaker's name over each turn ("JULIEN DENORMANDIE", "M. Mahamadou ISSOUFOU"), a label and a
colon ("MS. HOLMES: …", "И.Холмов: …", "Ana Ruiz: …" / "Question: …") or a full stop and a
dash ("Paul FERRAND. - …"), turns marked as question and answer ("Q - …" / "R - …",
"Frage:" / "Antwort:"), dialogue dashes, a speaker's topic over what they said ("Ana Ruiz on
the port strike:"), a heading that names whose briefing, speech or statement the page is
("Briefing by Spokesperson Ana Ruiz", "Брифинг официального представителя МИД
И.И.Холмовой"). Government sites and the outlets that republish them print statements this
way, with no cue verb at all; ``extract`` gives each turn to its speaker."""

from __future__ import annotations

import re
from collections import Counter

from compare.claims.attribution import Attribution
from compare.claims.cases import nominative
from compare.claims.mentions import ORG_WORDS, is_medium, is_role_noun
from compare.claims.quotes import ALL_OPENERS, DIALOGUE_OPEN
from compare.claims.speaker_names import given_names, is_honorific

# a name alone on its line, its surname in capitals, after an optional honorific: the
# speaker of the paragraphs below it (not a plain-case line: a byline or a heading)
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_TURN_LABEL = re.compile(
    rf"(?:(?:M|Mme|Mr|Mrs|Ms|Dr|Sir|Herr|Frau|Sr|Sra)\.?\s+)?"
    rf"((?:[{_UPPER}][\w.'’\-]*\s+){{0,3}}[{_UPPER}][{_UPPER}'’\-]+)\s*:?")
# a turn marked as question or answer, with a dash or a colon after the mark (not "A. Lee")
_QA_MARK = re.compile(
    r"(?:(?P<q>Q|Question|QUESTION|Frage|FRAGE|Zusatzfrage|Nachfrage|Zusatz|Вопрос|ВОПРОС"
    r"|Pregunta|PREGUNTA|P)(?:\s\([^()\n]{1,80}\))?"  # "Frage (zur Maut): …"; a follow-up
    r"|(?P<a>A|R|Answer|ANSWER|Réponse|RÉPONSE|Antwort|ANTWORT|Ответ|ОТВЕТ|Respuesta|RESPUESTA))"
    r"\s*(?:[:\-–—]|\.\s*[:\-–—]|(?<=[a-zé])\.)\s+(?=\S)")  # ("Pregunta. ¿…?", not "A. Lee")


# a turn of an interview printed as dialogue with an em dash, in Latin letters too
# ("—¿Abrirá el puerto?" / "—Esperamos que sí.", "— Nous l'espérons."); a spaced en dash or
# hyphen opens list items in English pages
_LATIN_DIALOGUE_OPEN = re.compile(r"[^\S\n]*—[^\S\n]*(?=[¿¡A-ZÀ-ÖØ-Þ«\"“])")


def dialogue_opens(text: str, pa: int, pb: int) -> bool:
    """Whether the paragraph opens with a dialogue dash ("– Як вам …?", "—¿Abrirá …?")."""
    return bool(DIALOGUE_OPEN.match(text, pa, pb) or _LATIN_DIALOGUE_OPEN.match(text, pa, pb))


def plain_answers(text: str, paras: list[tuple[int, int]]) -> bool:
    """Whether an interview dashes only its questions and prints the answers as plain
    paragraphs ("—¿Usted la invitó a renunciar?" / "No. Es un tema que …"): two or more
    dashed questions each followed by an unmarked paragraph."""
    asked = 0
    for (pa, pb), (qa, qb) in zip(paras, paras[1:]):
        if dialogue_opens(text, pa, pb) and text[pa:pb].rstrip().endswith("?") and not (
                dialogue_opens(text, qa, qb) or _QA_MARK.match(text, qa, qb)):
            asked += 1
    return asked > 1


def turn_labels(text: str, paras: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Paragraph index -> the span of the name, for each paragraph that is a transcript's
    speaker label: the document repeats a label (turns alternate), or the label stands over a
    quotation ("M. Mahamadou ISSOUFOU" / "« Je voudrais … »"). A heading in capitals that
    happens to be short has neither."""
    found: dict[int, tuple[int, int]] = {}
    for p, (pa, pb) in enumerate(paras):
        m = _TURN_LABEL.fullmatch(text, pa, pb)
        if m is not None and p + 1 < len(paras) and _TURN_LABEL.fullmatch(
                text, *paras[p + 1]) is None:
            found[p] = m.span(1)
    counts = Counter(text[a:b].casefold() for a, b in found.values())
    return {p: (a, b) for p, (a, b) in found.items()
            if counts[text[a:b].casefold()] > 1 or text[paras[p + 1][0]] in ALL_OPENERS}


# "И.Холмов", "V. V. Holm": a surname after its initials, a transcript's usual label
_INITIALLED = rf"(?:[{_UPPER}]\.\s?){{1,2}}[{_UPPER}][\w'’\-]+"
_INITIALLED_NAME = re.compile(_INITIALLED)
# a label in capitals (or a surname after initials) and a colon opening a paragraph: "MS.
# HOLMES: …", "QUESTION: …", "MARK HOLT, HARBOUR OFFICE SPOKESMAN: …", "И.Холмов: …"
_COLON_LABEL = re.compile(rf"(?:[{_UPPER}][{_UPPER}.'’\- ]*[{_UPPER}.]|{_INITIALLED})"
                          rf"(?:,[^:\n]{{1,60}})?:\s")


# a name in plain case and a colon: "Ana Ruiz: …" (a transcript's label where the page has a
# question's mark or three such labels; else a quotation's label or a vox pop's)
_NAME_COLON = re.compile(r"(?:[A-Z][\w'’.\-]+ (?:(?:of|for|the|de|von|van|al|bin) )?){1,4}"
                         r"[A-Z][\w'’.\-]+:\s")  # ("President of Holmland Ivan Kholmov: …")
# a role alone as a label: "Spokesperson: …", "The Minister: …" (a briefing's transcript that
# names the speaker in its title)
_ROLE_COLON = re.compile(r"(?:The )?([A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][a-zß-öø-ÿа-яёіїєґ\-]+):\s")
# a role's abbreviation as a transcript's label ("Min: …" under "Transcript of doorstop
# interview of Minister for Trade X")
ROLE_ABBREVIATIONS = {"min": "minister", "pm": "prime minister", "fm": "foreign minister"}
# who ask the questions, named by their part alone ("JOURNALIST: …", "HOST: …", "Periodista.-
# ¿…?"): no one the page names, and the end of the running turn
_ASKERS = set("""journalist journalists reporter reporters host moderator presenter interviewer
anchor audience media press periodista periodistas moderador moderadora presentador
presentadora journaliste journalistes animateur animatrice journalistin moderatorin
reporterin журналист журналистка ведущий ведущая журналіст журналістка ведучий ведуча""".split())


# "И. Холмов — о ценах на рыбу:", "Ana Ruiz on the port:": a heading that names a speaker and
# a topic, over the paragraphs of what they said (news feeds that repost statements)
_TOPIC_HEADING = re.compile(
    rf"({_INITIALLED}|[{_UPPER}][\w'’\-]+(?:\s+[{_UPPER}][\w'’\-]+){{1,2}})\s+(?:[—–-]\s+)?"
    r"(?:о|об|обо|про|about|on|sur|sobre|über)\s[^\n:]{0,150}:")


# "Paul FERRAND. - Nous l'espérons.", "LE FIGARO. - Le port …?": a French paper's interview,
# each turn opened by its speaker's name in capitals, a full stop and a dash
_DOT_DASH_LABEL = re.compile(rf"((?:[{_UPPER}][\w'’\-]*\s+){{0,3}}[{_UPPER}][{_UPPER}'’\-]+)"
                             r"\.\s?[-–—]\s+(?=\S)"  # (below: a Spanish stenographic version's
                             rf"|((?:[{_UPPER}][\w'’]*\s+){{0,3}}[{_UPPER}][\w'’]+)"  # "Ana
                             r"(?:\s\([^()\n]{1,40}\))?\.-\s*(?=\S)")  # Ruiz.- …", "Marta
# Soto (Moderadora).- …", "Periodista.- ¿…?": a name in plain case, a stop and a hyphen


# a heading that names whose words the page is: "Briefing by Spokesperson Ana Ruiz, Holmport,
# 3 March", "Foreign Minister Ana Ruiz's remarks and answers to media questions", "Брифинг
# официального представителя МИД И.И.Холмовой", "Déclaration de Jean Holm", "Rede von Jan
# Holm" (the name closes the phrase: not "Speech by Holm sparks outrage")
_HEADING_KINDS = (r"(?:[Bb]riefing|[Rr]emarks|[Ss]tatement|[Ss]peech|[Aa]ddress|[Tt]ranscript"
                  r"|[Pp]ress conference|[Ii]nterview|[Cc]omment|[Aa]nswer|[Aa]rticle)s?")
_HEADING_BY = re.compile(
    rf"(?:\S+ ){{0,5}}{_HEADING_KINDS}(?: [\w'’\-]+){{0,8}}? "
    r"(?:by|(?P<of>of|(?<=[Ii]nterview )with)) (?P<who>[^,\n]{3,100}?)(?:,[^\n]{0,80})?")  # ("Transcript of doorstop interview of
# Minister X with Holm Radio", "Interview with Minister X, Holm Radio"; not "Remarks with X",
# which are joint)
_HEADING_OWNER = re.compile(
    rf"(?P<who>[^,\n]{{3,100}}?)['’]s? (?:opening |joint )?{_HEADING_KINDS}\b[^\n]{{0,160}}")
_FULL_CYRILLIC = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+ [А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+"  # "Ивана Холмова"
_HEADING_RU = re.compile(
    r"(?:Брифинг|Выступление|Заявление|Интервью|Стенограмма|Пресс-конференция|Ответы?|Статья"
    rf"|Брифінг|Виступ|Заява|Стаття)[^\n]{{0,160}}?(?P<who>{_INITIALLED}|{_FULL_CYRILLIC})"
    r"(?:,[^\n]{0,80}| на вопрос[^\n]{0,60}| на запитання[^\n]{0,60})?")
_HEADING_OF = re.compile(
    r"(?:Déclaration|Discours|Allocution|Intervention|Point de presse|Conférence de presse"
    r"|Entretien|Discurso|Declaración|Intervención|Conferencia de prensa|Palabras|Rede"
    r"|Erklärung|Pressekonferenz|Regierungserklärung)"
    r" (?:de la |de l['’]|du |de |del |de los |von |des |der )(?P<who>[^,\n]{3,100}?)"
    r"(?:,[^\n]{0,80})?")


def heading_speaker(text: str, paras: list[tuple[int, int]]) -> tuple[int, tuple[int, int],
                                                                          str | None] | None:
    """(the heading's paragraph, the span of whom it names, their case) when one of the first
    two paragraphs is a heading over a briefing's, speech's or statement's transcript (a line
    with no stop), or None."""
    for p, (pa, pb) in enumerate(paras[:2]):
        line = text[pa:pb].rstrip()
        if not line or line[-1] in ".!?…\"”»:" or len(line) > 240:
            continue
        for pattern, case in ((_HEADING_BY, None), (_HEADING_OWNER, None), (_HEADING_RU, "gen"),
                              (_HEADING_OF, None)):
            if (m := pattern.fullmatch(text, pa, pa + len(line))) is not None:
                a, b = m.span("who")
                if (setting := _SETTING.search(text, a, b)) is not None:
                    b = setting.start()  # "Discurso del presidente Juan Holm en la ONU"
                if (medium := text.find(" for ", a, b)) >= 0 and is_medium(text[medium + 5:b]):
                    b = medium  # "Article by Minister Ana Ruiz for the Holm Times"
                if (asker := text.find(" with ", a, b)) >= 0:
                    b = asker  # "Interview of Minister X with Holm Radio": who asked
                words = text[a:b].split()
                if words and words[-1][:1].isupper() and all(
                        w[:1].isupper() or is_role_noun(w.lower()) or w.lower() in _ROLE_LINKS
                        for w in words) and not (  # (not "Speech by Holm sparks outrage")
                        pattern is _HEADING_BY and m.group("of") and not any(
                            is_role_noun(w.lower()) or w.lower() in ORG_WORDS for w in words)
                        and words[0].lower() not in given_names()) and not (
                        case == "gen" and not initialled(words[-1]) and nominative(
                            words[0], "gen").lower() not in given_names()):
                    return p, (a, b), case  # (a role, a body or a given name after "of" and
                    # "with": not "Interview with the Vampire"; a Russian name in full opens
                    # with a given name: not "Выступление на Генеральной Ассамблее")
    return None


_SETTING = re.compile(r" (?:at|in|on|en|à|au|an|bei|vor|в|на) ")
_ROLE_LINKS = {"the", "of", "for", "de", "del", "la", "le", "du", "des", "von", "der", "и", "по"}


def initialled(name: str) -> bool:
    """Whether a label is a surname after its initials ("И.Холмов")."""
    return _INITIALLED_NAME.fullmatch(name) is not None


def topic_speaker(text: str, pa: int, pb: int) -> tuple[int, int] | None:
    """The span of the speaker's name when the paragraph is a heading that names a speaker
    and a topic ("И. Холмов — о ценах на рыбу:"), or None."""
    m = _TOPIC_HEADING.fullmatch(text, pa, pb)
    return None if m is None else m.span(1)


def dot_dash_label(text: str, pa: int, pb: int) -> Attribution | None:
    """The label opening a paragraph as "Paul FERRAND. - …" (its cue span ends where the turn's
    words start), or None."""
    m = _DOT_DASH_LABEL.match(text, pa, pb)
    if m is None:
        return None
    a, b = m.span(1) if m.group(1) else m.span(2)
    return Attribution(label_name(text[a:b]), (a, b), "-", ":", (b, m.end()))


def colon_turns(text: str, paras: list[tuple[int, int]]) -> set[int]:
    """The paragraphs that open a turn with a label in capitals, in a document that has two
    or more (a briefing's or a broadcast's transcript, where a turn runs on over the
    paragraphs after its label, up to the next label or question); none in a page with one
    such line ("UPDATE: …"). Names in plain case label turns where a question is marked
    ("Question: …") or three names do."""
    marked = [(p, pa, pb) for p, (pa, pb) in enumerate(paras)
              if text.find(":", pa, min(pb, pa + 90)) >= 0 or any(
                  ch in ".-–—" for ch in text[pa:min(pb, pa + 12)]) or text.find(
                  ". ", pa, min(pb, pa + 60)) >= 0 and text.find("-", pa, min(pb, pa + 64)) >= 0]
    # ^ (a label's or a mark's colon, full stop or dash comes early: most paragraphs have none)
    found = {p for p, pa, pb in marked if _COLON_LABEL.match(text, pa, pb)
             or _DOT_DASH_LABEL.match(text, pa, pb)}
    asked = {p for p, pa, pb in marked if _QA_MARK.match(text, pa, pb)}
    named = {p for p, pa, pb in marked if _NAME_COLON.match(text, pa, pb) or role_colon(
        text, pa, pb) is not None}
    if len(named) > 2 or named and asked:
        found |= named
    return found | asked if len(found | asked) > 1 and found else set()


def role_colon(text: str, pa: int, pb: int) -> str | None:
    """The role word of a paragraph opening with a role alone as its label ("Spokesperson:
    …", "Min: …"), or None; not a list of names ("Sprecher: StS Holm, Ruiz (AA)": no
    sentence)."""
    m = _ROLE_COLON.match(text, pa, pb)
    role = ROLE_ABBREVIATIONS.get(m.group(1).lower(), m.group(1).lower()) if m else ""
    return role if role and is_role_noun(role.split()[-1]) and \
        text[pa:pb].rstrip()[-1:] in ".!?…\"”»" else None


def asker_label(label: str) -> bool:
    """Whether a label names the questioner by their part alone ("JOURNALIST", "Periodista")."""
    words = label.lower().split()
    return 0 < len(words) <= 2 and words[-1] in _ASKERS


def addressed(text: str, surname: str) -> bool:
    """Whether the page writes ``surname`` after an honorific of rules/titles.txt ("Herr Ruiz,
    wie …?") or lists it among the speakers ("Sprecher: StS Holm, Ruiz (AA)"): a transcript's
    one-word label ("Ruiz: …") is that person's."""
    return any(is_honorific(m.group(1)) for m in re.finditer(
        rf"(\S+)\s+{re.escape(surname)}\b", text)) or any(
        re.search(rf"\b{re.escape(surname)}\b", m.group(1)) for m in _SPEAKER_LIST.finditer(text))


# a transcript's list of its speakers: "Sprecher: StS Holm, Ruiz (AA), Paris (BMI)"
_SPEAKER_LIST = re.compile(r"^(?:Sprecher|Sprecherin|Sprecherinnen|Speakers|Intervenants"
                           r"|Participants|Teilnehmer)\s*:([^\n]{3,300})$", re.MULTILINE)


def label_name(label: str) -> str:
    """The label as a name is written in running text: "JULIEN DENORMANDIE" and "Julien
    DENORMANDIE" are Julien Denormandie."""
    return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in label.split())


def person_label(label: str) -> bool:
    """Whether a label in capitals reads as a person: a given name, an honorific or a role
    after "the" opens it ("ANA RUIZ", "MS. HOLMES", "THE PRESIDENT"; not "TOP STORY")."""
    words = label.split()
    first = words[0].lower()
    return len(words) > 1 and (first in given_names() or is_honorific(first) or (
        first in {"the", "le", "la", "el"} and is_role_noun(words[-1].lower())))


# "I" and "we" in a speaker's turn are the speaker
_FIRST_PERSON_SUBJECTS = {"i", "we", "je", "j'", "j’", "nous", "ich", "wir", "yo", "nosotros",
                          "я", "мы"}


def speaks_for_self(mention: str) -> bool:
    """Whether a sentence's own subject is the first person ("We expect …" in a turn)."""
    return mention.lower() in _FIRST_PERSON_SUBJECTS


def qa_mark(text: str, pa: int, pb: int) -> tuple[bool, int] | None:
    """Whether the paragraph opens with a question's or an answer's mark ("Q - ", "R - ",
    "Ответ:") — (is it an answer, where its words start) — or None."""
    m = _QA_MARK.match(text, pa, pb)
    return None if m is None else (m.group("a") is not None, m.end())
