"""Write compare/rules/cue_forms.tsv: every inflected form of the verbs in cue_lemmas.tsv.

    pip install simplemma && python training/expand_cue_forms.py

Why: cue forms written one by one (cues.tsv) found the forms seen on the pages read, and
missed the next page's tense or person ("acusó" was a cue, "ha acusado" not). The dictionaries
of the lemmatiser simplemma map each inflected form to its dictionary form; inverted, they give
all the forms of a verb. They take 450 MB and seconds to load, so they are read here, once,
and the forms committed; `compare` itself does not need simplemma.

A form is left out when it would be read wrongly elsewhere: a word of English (simplemma's
English dictionary: "dice", "note"), a word of another of the languages that is no verb of
saying there ("nie" is French for "denies" and German for "never"; a regular participle stays,
"indigné"), an adjectival
participle of Russian or Ukrainian ("сказанное"), an infinitive but German's (its plural
too), a German subjunctive ("erkläre") or infinitive with "zu", a form cues.tsv has already,
a capitalised key (German nouns) or a word of fewer than three letters. German verbs with a
separable prefix are written "verb … prefix" too ("kündigte … an"), as in cues.tsv.
"""

from __future__ import annotations

import re
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

from simplemma.strategies.dictionaries import DefaultDictionaryFactory

RULES = Path(__file__).resolve().parents[1] / "compare" / "rules"
LANGUAGES = ("fr", "es", "de", "ru", "uk")
# Russian and Ukrainian: only finite forms, infinitives and adverbial participles (past "-л",
# present "-ет", infinitive "-ть", gerund "-в", "-я"), no adjectival participles ("сказанное")
_VERBAL = {
    "ru": re.compile(r"(?:л|ла|ло|ли|ть|ти|ет|ёт|ит|ут|ют|ат|ят|в|вши|я)(?:ся|сь)?$"),
    "uk": re.compile(r"(?:в|ла|ло|ли|ти|е|є|ить|ять|уть|ють|ать|ши|чи)(?:ся|сь)?$"),
}


_INFINITIVE = re.compile(r"(?:ть|ти|ться|тись|чь|чься)$")


def read_lemmas() -> dict[str, dict[str, tuple[str, str]]]:
    """language -> dictionary form -> (English lemma, class)."""
    out: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for line in (RULES / "cue_lemmas.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, lemma, english, cls = line.split("\t")
            out[lang][lemma] = (english, cls)
    return out


def hand_forms() -> set[str]:
    forms = set()
    for line in (RULES / "cues.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            forms.update(f.strip() for f in line.split("\t")[2].split(","))
    return forms


_NOUNS = {"cité", "cités"}  # regular participles that are nouns more often ("la cité")


def agreement(lang: str, form: str) -> list[str]:
    """Feminine and plural participles, which the dictionaries leave out ("déclarée")."""
    if lang == "fr" and form.endswith("é"):
        return [form + "e", form + "s", form + "es"]
    if lang == "es" and form.endswith(("ado", "ido")):
        return [form[:-1] + "a", form + "s", form[:-1] + "as"]
    return []


def regular_participle(lang: str, lemma: str) -> str | None:
    if lang == "fr" and lemma.endswith("er"):
        return lemma[:-2] + "é"
    if lang == "es" and lemma.endswith("ar"):
        return lemma[:-2] + "ado"
    if lang == "es" and lemma.endswith(("er", "ir")):
        return lemma[:-2] + "ido"
    return None


def expand() -> list[tuple[str, str, str, str]]:
    lemmas = read_lemmas()
    factory = DefaultDictionaryFactory()
    dictionaries = {lang: factory.get_dictionary(lang) for lang in (*LANGUAGES, "en")}
    taken = hand_forms()
    rows = []
    seen = set()
    for lang in LANGUAGES:
        wanted = lemmas.get(lang, {})
        forms: dict[str, str] = {}
        for form, lemma in dictionaries[lang].items():
            if lemma in wanted:
                forms[form] = lemma
                for extra in agreement(lang, form):
                    forms.setdefault(extra, lemma)
        regular = set()
        for lemma in wanted:  # regular participles the dictionaries give to an adjective or a
            participle = regular_participle(lang, lemma)  # noun ("qualifié", "acusado")
            for extra in [participle, *agreement(lang, participle or "")] if participle else ():
                forms.setdefault(extra, lemma)
                regular.add(extra)
        for form, lemma in sorted(forms.items()):
            if (form in taken or form in seen or form in _NOUNS or len(form) < 3
                    or not form.isalpha() or form != form.lower() or form in dictionaries["en"]):
                continue
            if lang in _VERBAL and not _VERBAL[lang].search(form) or lang != "de" and (
                    form == lemma or lang in _VERBAL and _INFINITIVE.search(form)):
                continue  # (an infinitive is no attribution: "Cabe recordar que …"; German
                # writes the plural so: "sie fordern")
            if lang == "de" and (form.endswith("e") and not form.endswith("te")
                                 or "zu" in form and form.replace("zu", "", 1) == lemma):
                continue  # a subjunctive inside reported speech ("erkläre er sich zum Opfer"),
                # an infinitive with "zu" ("seine Rolle darzulegen")
            if form not in regular and any(
                    form in dictionaries[other] and dictionaries[other][form]
                    not in lemmas.get(other, {}) for other in LANGUAGES if other != lang):
                continue  # (a regular participle stays: French "indigné" is a Spanish
                # first person too, never read as a cue there)
            seen.add(form)
            english, cls = wanted[lemma]
            rows.append((lang, form, english, cls))
    return rows + separated(lemmas.get("de", {}), dictionaries["de"], taken)


# German prefixes that leave their verb in a main clause and close it: "kündigte … an"
_SEPARABLE = ("zurück", "hinzu", "heraus", "hervor", "weiter", "hin", "dar", "fest", "klar", "vor",
              "an", "auf", "aus", "bei", "ein", "mit", "nach", "zu", "ab")


def separated(lemmas: dict[str, tuple[str, str]], dictionary, taken: set[str]
              ) -> list[tuple[str, str, str, str]]:
    """German separable verbs as "verb … prefix" ("ankündigen": "kündigte … an"), from the
    third-person forms (present, past) of the verb without its prefix."""
    wanted: dict[str, list[tuple[str, tuple[str, str]]]] = {}
    for lemma, value in lemmas.items():
        prefix = next((p for p in _SEPARABLE if lemma.startswith(p) and len(lemma) > len(p) + 3),
                      None)
        if prefix is not None:
            wanted.setdefault(lemma[len(prefix):], []).append((prefix, value))
    rows = set()
    for form, base in dictionary.items():
        if base in wanted and form.islower() and form.isalpha() and not form.startswith("ge") \
                and form.endswith(("t", "te", "ten")):
            for prefix, (english, cls) in wanted[base]:
                if f"{form} … {prefix}" not in taken:
                    rows.add(("de", f"{form} … {prefix}", english, cls))
    return sorted(rows)


def main() -> None:
    rows = expand()
    header = ("# Generated by training/expand_cue_forms.py from cue_lemmas.tsv with simplemma "
              f"{version('simplemma')}; do not edit, edit cue_lemmas.tsv and rerun.\n"
              "# language <TAB> form <TAB> English lemma <TAB> class\n")
    (RULES / "cue_forms.tsv").write_text(
        header + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} forms written to {RULES / 'cue_forms.tsv'}")


if __name__ == "__main__":
    main()
