"""The cue lexicon: the verbs and phrases of ``compare/rules/cues.tsv`` that introduce speech
("said", "according to"), thought ("believes") or evidence ("shows"), read once and indexed by
their first word, with a regular expression that tells cheaply whether a sentence holds any cue
and ``match_cue``, which finds the longest cue starting at a token.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from importlib import resources

from compare.claims.mentions import Token, adverb_phrase_before


@dataclass(frozen=True)
class Cue:
    lemma: str
    cls: str  # speech | thought | evidence
    words: tuple[str, ...]
    needs_quote: bool = False  # a speech cue only beside a quotation ("reads", "shot back")
    foreign: bool = False  # a form of another language than English (the file's last section)
    particle: str | None = None  # a German verb's separated prefix closing its clause
    # ("gab … bekannt": "Kroos gab die Entscheidung am Dienstag bekannt"), or the noun of a
    # periphrasis anywhere in it ("adressé + félicitations": "a adressé lundi ses félicitations")
    particle_anywhere: bool = False
    after_auxiliary: bool = False  # a French or Spanish past participle of cue_forms.tsv: a
    # cue in a perfect tense only ("a qualifié", "ha acusado"), not an adjective or a passive
    # ("Marine Le Pen, condamnée en juin", "la dissolution annoncée par Emmanuel Macron")


@functools.lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, list[Cue]]:
    """First written word -> cues starting with it (longest first)."""
    text = resources.files("compare").joinpath("rules/cues.tsv").read_text(encoding="utf-8")
    out: dict[str, list[Cue]] = {}
    foreign = False
    for line in text.splitlines():
        foreign = foreign or line.startswith("# Other languages")
        if not line.strip() or line.startswith("#"):
            continue
        lemma, cls, forms = line.split("\t")
        for form in forms.split(","):
            anywhere = "+" in form
            form, _, particle = form.partition("+" if anywhere else "…")
            words = tuple(form.strip().split())
            _add(out, Cue(lemma, "speech" if cls == "quote" else cls, words, cls == "quote",
                          foreign, particle.strip().lower() or None, anywhere), foreign)
    forms = resources.files("compare").joinpath("rules/cue_forms.tsv").read_text(encoding="utf-8")
    for line in forms.splitlines():  # every inflected form of cue_lemmas.tsv, generated
        if line and not line.startswith("#"):
            lang, form, lemma, cls = line.split("\t")
            form, _, particle = form.partition("…")  # "kündigte … an"
            form = form.strip()
            participle = _PARTICIPLE.get(lang)
            _add(out, Cue(lemma, "speech" if cls == "quote" else cls, (form,), cls == "quote",
                          True, particle.strip() or None,
                          after_auxiliary=bool(participle and participle.search(form))),
                 lang == "fr")
    for cues in out.values():
        cues.sort(key=lambda c: (-len(c.words), c.particle is None))
    return out


def _add(out: dict[str, list[Cue]], cue: Cue, invertible: bool) -> None:
    """Index ``cue`` by its first word; a one-word cue of a language that inverts its subject,
    also with the subject pronoun after it ("martèle-t-elle", "poursuit-il")."""
    out.setdefault(cue.words[0], []).append(cue)
    if any("ß" in w for w in cue.words):  # Swiss spelling: "äussert", "stiess … an"
        swiss = replace(cue, words=tuple(w.replace("ß", "ss") for w in cue.words))
        out.setdefault(swiss.words[0], []).append(swiss)
    if invertible and len(cue.words) == 1 and cue.particle is None and \
            cue.words[0][-1:] in _INVERTIBLE:
        for inverted in _inversions(cue.words[0]):
            out.setdefault(inverted, []).append(replace(cue, words=(inverted,)))


_PARTICIPLE = {"fr": re.compile(r"(?:é|ée|és|ées)$"),
               "es": re.compile(r"(?:ado|ada|ados|adas|ido|ida|idos|idas)$")}


def romance_participle(word: str) -> bool:
    """Whether ``word`` ends as a regular French or Spanish past participle ("chargé",
    "encargada")."""
    return any(p.search(word) for p in _PARTICIPLE.values())
_INVERTIBLE = set("eatd")  # French present and past forms a subject pronoun may follow


def _inversions(form: str) -> tuple[str, ...]:
    """A French verb with its subject pronoun after it: a vowel takes "-t-" ("ajoute-t-il"),
    a consonant does not ("poursuit-elle")."""
    link = "-t-" if form[-1] in "ea" else "-"
    return tuple(f"{form}{link}{pronoun}" for pronoun in ("il", "elle", "ils", "elles"))


@functools.lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    lexicon = cue_lexicon()
    opening = {w.capitalize() for w, cues in lexicon.items()  # "Laut X", "Aclaró que …",
               if len(w) > 3 and any(c.foreign for c in cues)  # "En palabras de X"
               or len(w) > 1 and any(c.foreign and c.lemma == "according to" for c in cues)}
    return frozenset(lexicon) | opening | _TRYING | {"According", "Per", "Says", "Said", "Claims",
                                                     "Warns", "Tells", "Insists", "Selon",
                                                     "Según", "По", "За"}


_WORD = re.compile(r"[^\W\d_][\w'’]*")
_HYPHENATED = re.compile(r"[^\W\d_][\w'’]*-[\w-]*")  # "ajoute-t-il", "a-t-il"


def has_cue_word(text: str, start: int, end: int) -> bool:
    """Whether any word of ``text[start:end]`` can open a cue (a fast pre-check for a
    sentence: set operations on the words, whatever the size of the lexicon)."""
    first = _first_words()
    return not first.isdisjoint(_WORD.findall(text, start, end)) or (
        "-" in text[start:end] and not first.isdisjoint(
            w.rstrip("-") for w in _HYPHENATED.findall(text, start, end))) or (
        "qu" in text[start:end] and not first.isdisjoint(_ELIDED.findall(text, start, end)))


_ELIDED = re.compile(r"\b[Qq]u['’]([^\W\d_][\w'’]*)")  # "ce qu’affirme X": the verb after "qu’"


# verbs of trying, hastening or wanting before the infinitive of a verb of saying: "попытался
# объяснить", "поспішив заявити", "intentó explicar", "trató de aclarar", "a tenté d’expliquer";
# of having just done it: "vient de confirmer", "acaba de anunciar"; and of doing it again:
# "volvió a pedir"
_TRYING = frozenset("""
попытался попыталась попытались поспешил поспешила поспешили решил решила решили захотел
захотела захотели спробував спробувала спробували поспішив поспішила поспішили вирішив вирішила
вирішили intentó intentaron quiso quisieron decidió decidieron trató trataron procuró tenté
tentée voulu tenu vient viennent venait venaient acaba acaban acababa acababan volvió volvieron
vuelve vuelven volvía volvían vuelto
""".split())


@functools.lru_cache(maxsize=1)
def _infinitive_cues() -> dict[str, tuple[str, str]]:
    """The dictionary form (the infinitive) of each verb of cue_lemmas.tsv in French, Spanish,
    Russian and Ukrainian -> (English lemma, class)."""
    text = resources.files("compare").joinpath("rules/cue_lemmas.tsv").read_text(
        encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {form: (lemma, cls) for lang, form, lemma, cls in rows if lang != "de"}


def _trying_cue(toks: list[Token], i: int) -> Cue | None:
    """"попытался объяснить", "a tenté d’expliquer": the two verbs as one cue."""
    j = i + 1 + (i + 2 < len(toks) and toks[i + 1].low in {"de", "à", "a"})
    if j >= len(toks):
        return None
    verb = toks[j].low
    verb = verb[2:] if verb[:2] in {"d'", "d’"} else verb
    found = _infinitive_cues().get(verb)
    if found is None:
        return None
    lemma, cls = found
    return Cue(lemma, "speech" if cls == "quote" else cls,
               tuple(t.low for t in toks[i:j + 1]), cls == "quote", True)


def match_cue(toks: list[Token], i: int, title_case: bool = False) -> Cue | None:
    t = toks[i]
    cues = cue_lexicon().get(t.low)
    if not cues:
        return _trying_cue(toks, i) if t.low in _TRYING else None  # most words: None
    if t.text != t.low and not any(c.lemma == "according to" for c in cues):
        # capitalised: "According to X", "Selon X", "По словам X" open sentences
        if i == 0 and any(c.foreign for c in cues):
            cues = [c for c in cues if c.foreign]  # "Aclaró que": a null-subject language
        elif not (title_case and t.text in {"Says", "Said", "Claims", "Warns", "Tells",
                                             "Insists"}):
            return None
    for cue in cues:
        n = len(cue.words)
        if tuple(x.low for x in toks[i:i + n]) == cue.words and (
                cue.particle is None or _in_clause(toks, i + n, cue)) and (
                not cue.after_auxiliary or _after_auxiliary(toks, i)) and not (
                i + n < len(toks) and toks[i + n].low in _NOT_BEFORE.get(cue.words[-1], ())):
            return cue
        if n > 1 and cue.words[0] in _AUXILIARIES and (spread := _spread(toks, i, cue)):
            return spread
    return _trying_cue(toks, i) if t.low in _TRYING else None  # ("quiso explicar")


# a word after a cue's last word that makes another phrase of it: "mis en garde à vue" (held
# in police custody), not "mis en garde" (warned); "demand for" (a noun); "maintained a …"
_ARTICLES = frozenset({"a", "an"})  # ("maintained the deal was fair" may be speech)
_NOT_BEFORE = {"garde": frozenset({"à"}), "demand": frozenset({"for", "from"}),
               "demands": frozenset({"for", "from"}),  # ("Strong demand for steel …": a noun)
               "maintains": _ARTICLES, "maintained": _ARTICLES, "maintaining": _ARTICLES,
               "comments": frozenset({"from", "and", "by"})}
# ("has maintained a tense relationship": kept, not said)


def _spread(toks: list[Token], i: int, cue: Cue) -> Cue | None:
    """"s'est notamment félicité", "se ha mostrado también": a cue opening with an auxiliary,
    with up to two adverbs after the auxiliary (the cue returned holds them)."""
    k = i + 1
    while k < min(len(toks), i + 3) and (toks[k].low in _BETWEEN or toks[k].low.endswith(
            ("ment", "mente")) and len(toks[k].low) > 6):
        k += 1
    rest = len(cue.words) - 1
    if k == i + 1 or tuple(x.low for x in toks[k:k + rest]) != cue.words[1:]:
        return None
    return replace(cue, words=tuple(x.low for x in toks[i:k + rest]))


# the auxiliaries of the French and Spanish perfect tenses ("a", "a-t-il", "s'est", "ha"), and
# the words that may stand between them and the participle ("n'a pas", "a d'ores et déjà",
# "se ha", "ya ha", "lo ha"); "été" and "sido" make a passive
_AUXILIARIES = frozenset("""
a ont avait avaient aura auront aurait auraient ait aient avoir ayant a-t-il a-t-elle ont-ils
ont-elles avait-il avait-elle aurait-il aurait-elle s'est s’est s'était s’était se sont
s'étaient s’étaient ha han había habían habría habrían hubiera hubieran haber habiendo he hemos
""".split())
_BETWEEN = frozenset("""
pas plus jamais déjà d'ores d’ores et bien aussi encore également toujours ensuite notamment
ainsi lui leur y en ne n' n’ me m' m’ te se vous nous no ya también le la les lo los las nos sí
incluso además luego
""".split())


def _after_auxiliary(toks: list[Token], i: int) -> bool:
    """Whether an auxiliary stands before the participle at ``i``, past short words and
    adverbial phrases ("a par ailleurs déploré", "a, à son tour, dénoncé")."""
    n, words = i - 1, 0
    while n >= 0 and words < 5:
        low = toks[n].low
        if low in _AUXILIARIES:
            return True
        if (start := adverb_phrase_before(toks, n + 1)) is not None:
            n = start - 1
            continue
        if low in {"été", "sido"} or not (low in _BETWEEN or low.endswith(("ment", "mente"))):
            return False
        n, words = n - 1, words + 1
    return False


def _in_clause(toks: list[Token], k: int, cue: Cue) -> bool:
    """Whether the cue's particle ends the clause that starts at token ``k`` ("… bekannt."),
    or for a periphrasis stands anywhere in it ("… ses chaleureuses félicitations à …")."""
    n = k
    while n < len(toks) and n - k < 25 and toks[n].text not in _CLAUSE_ENDS:
        n += 1
    if cue.particle_anywhere:
        return any(t.low == cue.particle for t in toks[k:n])
    return n > k and toks[n - 1].low == cue.particle


_CLAUSE_ENDS = {",", ".", ";", ":", "!", "?", "(", "—", "–"}  # a title in quotes goes on
