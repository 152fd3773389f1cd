"""The language of a document, when the source does not say: lingua's detector with its bundled
models (offline), limited to the languages news monitoring meets most, on the text's opening.

An ISO 639-1 code ("en", "de", "ru"), or None for text too short or too mixed to tell.
"""

from __future__ import annotations

import functools

SAMPLE_CHARS = 1000  # the opening of the text is enough, and keeps ingest fast
MIN_LETTERS = 20
LANGUAGES = ("ENGLISH", "GERMAN", "FRENCH", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH",
             "RUSSIAN", "UKRAINIAN", "BELARUSIAN", "POLISH", "CZECH", "ROMANIAN", "HUNGARIAN",
             "SERBIAN", "BULGARIAN", "GREEK", "TURKISH", "ARABIC", "PERSIAN", "HEBREW", "CHINESE",
             "JAPANESE", "KOREAN", "HINDI", "SWEDISH", "FINNISH", "ESTONIAN", "LATVIAN",
             "LITHUANIAN", "GEORGIAN", "ARMENIAN", "AZERBAIJANI", "KAZAKH")


@functools.lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return (LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in LANGUAGES))
            .with_low_accuracy_mode().build())  # trigrams only: loads in ms, fine on articles


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else None
