"""Text -> claims: kind, speaker, cue (table-driven, with negative cases)."""

import pytest

from compare.claims import extract_from_text
from compare.claims.entities import parse_mention


def claim_with(claims, fragment):
    hits = [c for c in claims if fragment in c.text]
    assert hits, f"no claim contains {fragment!r}: {[c.text for c in claims]}"
    return hits[0]


# (article text, a fragment of the claim, kind, speaker name or None, cue or None)
CASES = [
    # a statement verb in the passive: its agent speaks (English, Spanish, French)
    ("The arrest was announced by Interior Minister Ana Ruiz on Sunday.",
     "arrest", "reported", "Ana Ruiz", "announced"),
    ("He has been criticised by the Valdorian Labour Party for the cuts.",
     "cuts", "reported", "Valdorian Labour Party", "criticised"),
    ("La noticia fue confirmada por el ministro Pedro Gómez.",
     "noticia", "reported", "Pedro Gómez", "confirmada"),
    ("La nouvelle a été annoncée par le ministre Marc Vidal.",
     "nouvelle", "reported", "Marc Vidal", "annoncée"),
    # negatives: no one who speaks, a relay, and another verb's speaker first
    ("The diagnosis was confirmed by tests.", "diagnosis", "narration", None, None),
    ("The deal was reported by Reuters on Monday.", "deal", "narration", None, None),
    ("Ana Ruiz said the plan would work, but it was criticised by Marc Vidal.",
     "plan", "reported", "Ana Ruiz", "said"),
    # "X said" after the content, with a title before the name
    ("The bridge will reopen in June, Mayor Ana Ruiz said.",
     "bridge", "reported", "Ana Ruiz", "said"),
    # "said X" after a quotation
    ("“We will rebuild every school,” said Governor Paul Okafor.",
     "rebuild", "quote", "Paul Okafor", "said"),
    # "X, who told ..., that"
    ("The warning came from Lena Ost, who told reporters that the clinics would close.",
     "clinics", "reported", "Lena Ost", "told"),
    # "according to X", an organisation
    ("According to the Federal Statistics Office, prices rose by three percent in May.",
     "prices", "reported", "Federal Statistics Office", "According to"),
    ("Prices rose by three percent in May, according to the Federal Statistics Office.",
     "Prices", "reported", "Federal Statistics Office", "according to"),
    # "X told ..." with the surname resolved to the full name seen earlier
    ("Mayor Ana Ruiz opened the session.\n\nRuiz told the council that repairs would cost more.",
     "repairs", "reported", "Ana Ruiz", "told"),
    # emphatic and argumentative cues
    ("Senator Joan Pike insisted that the vote was fair.", "vote", "reported", "Joan Pike",
     "insisted"),
    ("Economist Ravi Mehta argued that rates must fall.", "rates", "reported", "Ravi Mehta",
     "argued"),
    ("The Harbour Authority claims the dredging is safe.", "dredging", "reported",
     "Harbour Authority", "claims"),
    ("Chancellor Ida Brenner noted that exports had recovered.", "exports", "reported",
     "Ida Brenner", "noted"),
    # appositive role: "X's press secretary, NAME"
    ("Governor Paul Okafor’s press secretary, Mira Lund, said the budget was final.",
     "budget", "reported", "Mira Lund", "said"),
    # organisation as speaker
    ("The Kremlin said the talks had been useful.", "talks", "reported", "Kremlin", "said"),
    # "he" resolved to the person who spoke last
    ("Police chief Omar Diallo said the road was closed.\n\nHe said more patrols would follow.",
     "patrols", "reported", "Omar Diallo", "said"),
    # "the president" resolved through the title seen with the name
    ("President Carla Wendt visited the plant on Monday.\n\n“This factory is our future,” the "
     "president said.", "factory", "quote", "Carla Wendt", "said"),
    # "the minister" and "the Kremlin spokesman"
    ("Finance Minister Jonas Hale presented the budget.\n\nThe minister stressed that taxes "
     "would not rise.", "taxes", "reported", "Jonas Hale", "stressed"),
    ("Kremlin spokesman Yuri Danko said no date was set.\n\nThe Kremlin spokesman added that "
     "a call was possible.", "call was possible", "reported", "Yuri Danko", "added"),
    # "According to him" after a named speaker
    ("Spokesman Leo Varga said the plant was safe.\n\nAccording to him, inspectors found "
     "nothing.", "inspectors", "reported", "Leo Varga", "According to him"),
    # guillemets and straight quotes
    ("«We stay here until the end of the strike,» union leader Pia Roth said.",
     "strike", "quote", "Pia Roth", "said"),
    ('"We are ready for the election next spring," Mayor Ana Ruiz said.',
     "election", "quote", "Ana Ruiz", "said"),
    # a quotation introduced by "X said:" and by "saying that"
    ("Mayor Ana Ruiz said: “The bridge is safe and it will stay open all winter.”",
     "bridge is safe", "quote", "Ana Ruiz", "said"),
    ("Talks stalled, with Minister Eva Lind saying that “there is nothing left to discuss "
     "with them.”", "nothing left", "quote", "Eva Lind", "saying"),
    # a body or a group named by a common noun, and the plural of a role noun
    ("The army said it had taken control of the capital.", "capital", "reported", None, "said"),
    ("Ota was placed under house arrest, the coup leaders said.", "arrest", "reported", None,
     "said"),
    ("Rights groups said the arrests were illegal.", "arrests", "reported", None, "said"),
    ("The ministers said the talks would go on.", "talks", "reported", None, "said"),
    ("The hospital said the boy was stable.", "stable", "reported", None, "said"),
    # a role noun, then a phrase of plain words ("the judge in the case", "the head of the
    # inquiry"); not verbs or a second clause after the preposition
    ("The judge in the case said the penalty was fair.", "penalty", "reported", None, "said"),
    ("The head of the inquiry said the report was ready.", "report was", "reported", None,
     "said"),
    ("The staff were at pains to point out that she paid.", "she paid", "narration", None,
     None),
    # a quotation after a short opener goes on in the voice of the sentence before
    ("Ann Lee said the cause was unknown. For now, \"no hypothesis is ruled out\".",
     "no hypothesis", "quote", "Ann Lee", "said"),
    ("Ann Lee said the cause was unknown. In the capital of the north, \"nothing works and "
     "nobody cares about the town any more\".", "nothing works", "quote", None, None),
    # a cue of manner beside a quotation ("smiles one broker")
    ("\"You can call it a peace dividend,\" smiles one broker.", "dividend", "quote", None,
     "smiles"),
    # negative cases
    ("The ministers met in Brussels and the army stayed in its barracks.", "barracks",
     "narration", None, None),
    ("Critics call the plan a “gift to developers” and doubt the figures.",
     "gift", "narration", None, None),                                  # scare quotes
    ("“The harbour will never be the same again after this winter.”",
     "harbour", "quote", None, None),                                   # no attribution
    ("He said the harbour would never be the same.", "harbour", "reported", None, "said"),
    ("In the survey, 35% said the plan was “too expensive” for the town.",
     "survey", "narration", None, None),                                # figures, no speaker
    ("The ferry leaves at noon and returns at six.", "ferry", "narration", None, None),
    # "X is said to …": hearsay about X, no speech of X's (but "it is believed that" stays
    # reported, by no one named)
    ("Ms Berg is said to be ready to quit.", "quit", "narration", None, None),
    ("Ms Berg is said to believe the plan failed.", "plan failed", "narration", None, None),
    ("President Ola Holm also is reported to have called the plan “a joke”.", "plan",
     "reported", "Ola Holm", "reported"),
    ("It is believed that the plan failed.", "plan failed", "reported", None, "believed"),
    # a relative clause with no commas between the subject and its verb
    ("The official who led the talks said the deal was close.", "deal was close", "reported",
     None, "said"),
    ("An executive who froze his hard disk thinking it would be fixed has topped a list.",
     "list", "narration", None, None),
    ("Those who bought tickets and complained were refunded.", "refunded", "narration", None,
     None),
    # the cue after a relative clause set off by commas, not one in it (unless the verb after
    # it is no "said", "told" or "added"); a body's relative clause ("The union, which …,")
    ("Mr Holm, who said the problem was worse, called for a new law.", "new law", "reported",
     "Holm", "said"),
    ("The union, which represents Ola Smith, Tom Jones and Ana Brown, said the deal was poor.",
     "deal was poor", "reported", None, "said"),
    ("Republicans who have denounced Ola Holm's remarks.", "denounced", "narration", None,
     None),
]


@pytest.mark.parametrize("text,fragment,kind,speaker,cue", CASES)
def test_kind_speaker_and_cue(text, fragment, kind, speaker, cue):
    claim = claim_with(extract_from_text(text), fragment)
    assert claim.kind == kind
    assert (claim.speaker.name if claim.speaker else None) == speaker
    assert claim.cue == cue


def test_he_without_antecedent_keeps_the_mention_and_no_speaker():
    claim = extract_from_text("He said the harbour would never be the same.")[0]
    assert claim.speaker is None and claim.speaker_mention == "He"
    assert claim.cue_lemma == "say"


def test_scare_quotes_stay_in_their_sentence_flagged():
    claims = extract_from_text("Critics call the plan a “gift to developers” and doubt it.")
    assert len(claims) == 1
    assert claims[0].is_quote_fragment and claims[0].kind == "narration"


def test_multi_paragraph_quote_is_attributed_where_it_closes():
    text = ("President Carla Wendt spoke in the capital on Monday.\n\n"
            "“We have rebuilt the railways and the ports.\n\n"
            "“We will now rebuild the schools.\n\n"
            "“Nobody will be left behind,” the president added.")
    claims = extract_from_text(text)
    quotes = [c for c in claims if c.kind == "quote"]
    assert len(quotes) == 3
    assert {c.speaker.name for c in quotes} == {"Carla Wendt"}
    assert {c.cue_lemma for c in quotes} == {"add"}
    assert [c.paragraph for c in quotes] == [2, 3, 4]


def test_split_quote_both_halves_go_to_the_speaker():
    text = "“The port is open,” Harbour Master Ines Alba said, “and it will stay open.”"
    claims = extract_from_text(text)
    assert len(claims) == 1 and claims[0].kind == "quote"
    assert claims[0].speaker.name == "Ines Alba" and claims[0].speaker.role == "Harbour Master"


def test_next_quote_in_paragraph_inherits_the_speaker():
    text = "“We are not leaving,” Ines Alba insisted. “The port is ours.”"
    claims = extract_from_text(text)
    assert [c.kind for c in claims] == ["quote", "quote"]
    assert claims[1].speaker.name == "Ines Alba" and claims[1].cue == "insisted"


def test_nested_single_quotes_stay_inside_the_quotation():
    text = ("“I told them: ‘You cannot stop this project, it is already built,’” Ines Alba "
            "said.")
    claims = extract_from_text(text)
    assert len(claims) == 1 and claims[0].kind == "quote"
    assert claims[0].speaker.name == "Ines Alba"


def test_unbalanced_quote_does_not_carry_a_speaker_across_paragraphs():
    text = ("“We will never sell the harbour to anyone at any price\n\n"
            "The council meets again next week.\n\n"
            "Mayor Ana Ruiz said the agenda was full.")
    claims = extract_from_text(text)
    assert claims[0].kind == "quote" and claims[0].speaker is None
    assert claims[1].kind == "narration"
    assert claims[2].speaker.name == "Ana Ruiz"


def test_role_and_kind_of_speakers():
    claims = extract_from_text(
        "Russian Foreign Minister Ivan Petrov said the talks failed.\n\n"
        "The European Council on Foreign Relations said most voters disagreed.")
    assert claims[0].speaker.role == "Russian Foreign Minister"
    assert claims[0].speaker.kind == "person"
    assert claims[0].speaker_mention == "Russian Foreign Minister Ivan Petrov"
    assert claims[1].speaker.name == "European Council on Foreign Relations"
    assert claims[1].speaker.kind == "organisation"


def test_headline_teasers_and_page_chrome():
    text = ("subscribe now\n\n"
            "The harbour deal was signed on Monday, Mayor Ana Ruiz said.\n\n"
            "Also on ledger.example Fishermen fear new quotas\n\n"
            "Read more about the region in our weekly newsletter.")
    teaser = text.index("Read more")
    claims = extract_from_text(text, title="Harbour deal signed – Ruiz",
                               teasers=[{"char_start": teaser, "char_end": len(text)}])
    assert claims[0].kind == "headline" and claims[0].paragraph == 0
    assert claims[0].speaker.name == "Ana Ruiz"
    assert [c.kind for c in claims[1:]] == ["reported", "teaser", "teaser"]
    assert all("subscribe" not in c.text for c in claims)


def test_claim_offsets_point_into_the_text():
    text = "Intro line of the story here.\n\n“We stay,” Ines Alba said. She left."
    for c in extract_from_text(text):
        assert text[c.char_start:c.char_end] == c.text


def test_body_copy_of_the_title_is_not_a_second_claim():
    text = "Harbour deal signed\n\nThe harbour deal was signed on Monday."
    claims = extract_from_text(text, title="Harbour deal signed")
    assert [c.kind for c in claims] == ["headline", "narration"]


def test_quote_only_paragraph_after_an_attributed_quote_keeps_the_speaker():
    claims = extract_from_text("“We sail at dawn,” Ines Alba said.\n\n"
                               "“The crew is ready for the long trip.”")
    assert [c.speaker.name for c in claims] == ["Ines Alba", "Ines Alba"]


def test_a_quote_paragraph_after_reported_speech_continues_that_speaker():
    claims = extract_from_text("Ines Alba said the crew was ready.\n\n"
                               "“The crew is ready for the long trip.”")
    assert claims[1].kind == "quote" and claims[1].speaker.name == "Ines Alba"


def test_no_speaker_is_carried_over_narration_or_a_second_speaker():
    claims = extract_from_text("Ines Alba said the crew was ready. Ola Berg said it was not.\n\n"
                               "“The crew is ready for the long trip.”\n\n"
                               "The ferry left at noon.\n\n"
                               "“Nobody expected the storm to come so early this year.”")
    assert [c.speaker for c in claims[2:]] == [None, None, None]


def test_typewriter_double_quotes():
    claims = extract_from_text("''We will appeal the ruling next week,'' said Ola Berg.")
    assert claims[0].kind == "quote" and claims[0].speaker.name == "Ola Berg"


def content_of(text, claim):
    return [text[a:b] for a, b in claim.content]


@pytest.mark.parametrize("text,content", [
    ("The bridge will reopen in June, Mayor Ana Ruiz said on Monday.",
     ["The bridge will reopen in June"]),
    ("Mayor Ana Ruiz said on Monday that the bridge will reopen in June.",
     ["that the bridge will reopen in June"]),
    ("During a visit to the port, Ana Ruiz said the bridge will reopen in June.",
     ["the bridge will reopen in June"]),
    ("The bridge, Ana Ruiz said, will reopen in June.", ["The bridge", "will reopen in June"]),
    ("According to Ana Ruiz, the bridge will reopen in June.",
     ["the bridge will reopen in June"]),
    ("Ana Ruiz told reporters that the bridge will reopen, but gave no date.",
     ["that the bridge will reopen"]),
])
def test_reported_content_leaves_out_the_attribution(text, content):
    claim = extract_from_text(text)[0]
    assert claim.kind == "reported" and content_of(text, claim) == content


@pytest.mark.parametrize("text,said", [
    ("“Valdoria poses a threat to its neighbours,” Prime Minister Jon Vidmar told parliament.",
     "Valdoria poses a threat to its neighbours"),
    ("Mayor Ana Ruiz said on Monday that the bridge will reopen in June.",
     "the bridge will reopen in June"),
    ("The bridge, Ana Ruiz said, will reopen in June.", "The bridge … will reopen in June"),
    ("The bridge will reopen in June.", None),  # the outlet's own words attribute nothing
])
def test_a_claim_keeps_what_it_attributes_without_the_frame(text, said):
    assert extract_from_text(text)[0].said == said


def test_a_second_cue_of_the_same_speaker_is_a_further_attribution():
    text = "Ana Ruiz said the bridge is safe, adding that repairs will start soon."
    claim = extract_from_text(text)[0]
    assert content_of(text, claim) == ["the bridge is safe"]
    (spans, speaker), = claim.more
    assert [text[a:b] for a, b in spans] == ["that repairs will start soon"]
    assert text[speaker[0]:speaker[1]] == "Ana Ruiz"


def test_partial_quotation_inside_reported_speech_keeps_the_clause():
    text = "Ana Ruiz said the new bridge would be “the safest crossing on the whole coast.”"
    claim = extract_from_text(text)[0]
    assert claim.kind == "reported" and claim.is_quote_fragment
    assert claim.speaker.name == "Ana Ruiz"
    assert content_of(text, claim)[0].startswith("the new bridge would be “the safest")


def test_messy_text_never_crashes_and_offsets_stay_valid():
    import random

    rng = random.Random(7)
    pieces = ["“", "”", '"', "'", "‘", "’", "«", "»", "''", " said ", " he ", "Ana Ruiz",
              ", ", ". ", "\n\n", "According to", " the president ", "…", "U.S.", "Mr.", "x"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        for c in extract_from_text(text, title=rng.choice([None, "", "Headline – Ruiz"])):
            if c.char_start is not None:
                assert text[c.char_start:c.char_end] == c.text
                assert all(0 <= a <= b <= len(text) for a, b in c.content)


def test_said_the_plus_any_noun_after_a_quotation():
    claims = extract_from_text("“It was the worst storm in years,” said the harbourmaster, who "
                               "has worked there since 1990.")
    assert claims[0].kind == "quote" and claims[0].speaker_mention == "the harbourmaster"
    assert claims[0].speaker is None  # a description, not a name


def test_straight_quote_closing_after_a_nested_single_quote():
    text = "\"They told us, 'Stay home tonight,' \" Ola Berg said at the meeting."
    claims = extract_from_text(text)
    assert len(claims) == 1 and claims[0].kind == "quote"
    assert claims[0].speaker.name == "Ola Berg"


# Rules added after the sample-corpus check (benchmarks/bench_sample_attribution.py):
# (article text, title or None, fragment, kind, speaker, cue)
SAMPLE_RULE_CASES = [
    # a fact-checker's "Claim:" line is someone's claim, not a speaker called "Claim"
    ("Claim: The new canal doubled the price of bread in Harwick.\nVerdict: False",
     None, "canal", "reported", None, None),
    # a related-link line is a teaser, not a "Poll" speaking
    ("Also on tidings.example Poll: most farmers back the canal plan",
     None, "farmers", "teaser", None, None),
    # the perfect is kept in the cue as written
    ("Mayor Ana Ruiz has said the bridge will reopen in June.",
     None, "bridge", "reported", "Ana Ruiz", "has said"),
    # "according to" + a pronoun or a title: the cue keeps the anaphor it resolves
    ("Harbour master Ivo Brandt inspected the pier.\n\nAccording to the harbour master, the "
     "pier is safe.", None, "pier is safe", "reported", "Ivo Brandt",
     "According to the harbour master"),
    # an organisation whose name ends in a role-like noun ("… Studies") is still a name
    ("The Northmoor Institute for Water Studies found that the river had dropped by a metre.",
     None, "river", "reported", "Northmoor Institute for Water Studies", "found"),
    ("Experts at the Northmoor Institute for Water Studies estimate that the lake will recover.",
     None, "lake", "reported", "Northmoor Institute for Water Studies", "estimate"),
    # "he"/"she" after a newly named person in the same paragraph: that person, not the
    # previous speaker
    ("Mayor Ana Ruiz said the bridge was safe.\n\nHarbour chief Tomas Wenk disagreed. “The pier "
     "is cracking,” he said.", None, "pier is cracking", "quote", "Tomas Wenk", "said"),
    ("Mayor Ana Ruiz said the bridge was safe.\n\nThe warning came from engineer Lotte Brink, "
     "who toured the site. “The cables are worn,” she insisted.", None, "cables", "quote",
     "Lotte Brink", "insisted"),
    # a quotation signed with a dash, and a transcript turn inside a quotation
    ("“The canal will bring jobs to the whole valley.” ― Ida Merz", None, "canal", "quote",
     "Ida Merz", "―"),
    ("“HOST: Will the canal open in spring this year?", None, "canal", "quote", "HOST", ":"),
]

HEADLINE_CASES = [
    # (title, body, speaker, cue)
    ("Brandt says the pier will reopen in June",
     "Harbour master Ivo Brandt spoke on Monday.", "Ivo Brandt", "says"),
    ("‘No danger’: Harbour Master Brandt slams reports of cracks",
     "Harbour master Ivo Brandt spoke on Monday.", "Ivo Brandt", "slams"),
    ("Pier will reopen in June, says Kessel spokesman",
     "Mayor Jan Kessel’s spokesman, Ivo Brandt, spoke on Monday.", "Ivo Brandt", "says"),
    ("Pier reopens – Brandt", "Harbour master Ivo Brandt spoke on Monday.", "Ivo Brandt", None),
    ("Pier reopens in June", "Harbour master Ivo Brandt spoke on Monday.", None, None),
    ("He says the pier will reopen", "The harbour reopened.", None, None),
    ("Profile: Ivo Brandt", "Harbour master Ivo Brandt spoke on Monday.", None, None),
    # "…, says X" with the comma left out, as headlines do
    ("More reforms ahead says Brandt", "Harbour master Ivo Brandt spoke on Monday.", "Ivo Brandt",
     "says"),
    ("Harbour fears grow over Brandt", "Harbour master Ivo Brandt spoke on Monday.", None, None),
]


@pytest.mark.parametrize("text,title,fragment,kind,speaker,cue", SAMPLE_RULE_CASES)
def test_sample_corpus_rules(text, title, fragment, kind, speaker, cue):
    claim = claim_with(extract_from_text(text, title=title), fragment)
    assert claim.kind == kind
    assert (claim.speaker.name if claim.speaker else None) == speaker
    assert claim.cue == cue


@pytest.mark.parametrize("title,body,speaker,cue", HEADLINE_CASES)
def test_headline_speaker_and_cue(title, body, speaker, cue):
    head = extract_from_text(body, title=title)[0]
    assert head.kind == "headline"
    assert (head.speaker.name if head.speaker else None) == speaker
    assert head.cue == cue


@pytest.mark.parametrize("text,expected", [
    ("LUNDPORT, Mar 3 (Harbour Wire) – The port will reopen next week, officials said.",
     "The port will reopen next week, officials said."),
    ("OSLO (Nordic Press) - Ferry fares will rise in May.", "Ferry fares will rise in May."),
    ("Vigo, Muharram 01, 1440, September 11, 2018, SPA -- The port will reopen next week.",
     "The port will reopen next week."),
    # not a dateline: no agency in brackets, no agency before a double hyphen
    ("NATO - the alliance - met on Monday.", "NATO - the alliance - met on Monday."),
    ("Vigo, the port -- not the town -- will reopen.",
     "Vigo, the port -- not the town -- will reopen."),
])
def test_a_wire_dateline_is_not_part_of_the_first_claim(text, expected):
    first = extract_from_text(text)[0]
    assert first.text == expected
    assert text[first.char_start:first.char_end] == expected


# Quote speakers written as common nouns, "X of the Y", "said <description> Name", "Said X:",
# and a quotation right after "…, X said." (text, fragment of the quote claim, speaker
# mention as written or None, resolved speaker name or None, cue or None)
QUOTE_SPEAKER_CASES = [
    # a common noun next to a quotation: the mention is kept, no one is named
    ("As the bell rang, the announcer said, “Doors close in five minutes for everyone.”",
     "Doors close", "the announcer", None, "said"),
    ("“Our members will not accept a pay freeze this year,” the union wrote.",
     "pay freeze", "the union", None, "wrote"),
    ("“Salt keeps the roads open all winter long,” my grandmother often said.",
     "Salt keeps", "my grandmother", None, "said"),
    ("“Who will pay for the new stadium now?” the 52-year-old asked at the meeting.",
     "stadium", "the 52-year-old", None, "asked"),
    ("The panel says on its website that “the recording had a fault in the second hour.”",
     "recording had", "The panel", None, "says"),
    ("The Oslo shipowner says of the tax, “It will sink half the fleet within two years.”",
     "sink half", "The Oslo shipowner", None, "says"),
    # negative: a common noun with no quotation beside it stays narration
    ("The brochure said the budget would shrink next spring.", "budget", None, None, None),
    # "Name of the Organisation said": the person, not the organisation
    ("“It was the least painful option,” Ms. Varga of the Lake Trust said.",
     "least painful", "Ms. Varga", "Varga", "said"),
    # "said <description> Name": the name at the end of the phrase
    ("“These tolls hurt small farms the most,” said grain farmer Olek Brandt when asked.",
     "tolls", "Olek Brandt", "Olek Brandt", "said"),
    ("“These rules were written for somebody else,” said 4/5 shift nurse Mara Kell.",
     "rules were", "Mara Kell", "Mara Kell", "said"),
    # "Title Name, <a phrase>, said, “…”": the name before the commas
    ("Harbour commissioner Tove Lind, at a later briefing, said, “The pier is closed to all.”",
     "pier is closed", "Harbour commissioner Tove Lind", "Tove Lind", "said"),
    # "According to X, “…”": the quotation is X's
    ("According to Hollis, “nobody in this town ever asked for a second casino.”",
     "casino", "Hollis", "Hollis", "According to"),
    # a cue opening the sentence, then the name and a colon
    ("Said Hollis: “Nobody in this town asked for a second casino.”",
     "casino", "Hollis", "Hollis", "Said"),
    ("Continued Hollis, “We will collect signatures every weekend.”",
     "signatures", "Hollis", "Hollis", "Continued"),
    # a quotation opening the sentence after "…, X said." in the same paragraph
    ("The ferry may stop in March, Mayor Ines Dahl said. “The other problem is the fuel price.”",
     "fuel price", "Mayor Ines Dahl", "Ines Dahl", "said"),
    # negative: a quotation after narration keeps no speaker
    ("The ferry may stop in March. “The other problem is the fuel price for the operators.”",
     "fuel price", None, None, None),
    # negative: "it" in the sentence before is not carried on to the quotation
    ("The ferry may stop in March, it said. “The other problem is the fuel price for them.”",
     "fuel price", None, None, None),
    # a long appositive between the quotation and the cue
    ("“The harbour needs a new breakwater before the storms,” Ines Alba, the chief engineer of "
     "the regional port authority and a former navy diver, said on Monday.",
     "breakwater", "Ines Alba", "Ines Alba", "said"),
    # "said" + a description: up to a relative, a preposition or a comma
    ("“Nobody here wants the toll road to be built,” said one farmer who asked not to be named.",
     "toll road", "one farmer", None, "said"),
    ("“The vote was settled before the meeting,” said a council member familiar with the talks.",
     "vote was settled", "a council member", None, "said"),
    # an opening adverbial, "As", or a description before the appositive
    ("At a briefing on Monday, Tove Lind, a spokeswoman for the harbour board, said, “The pier "
     "stays closed until March.”", "pier stays", "Tove Lind", "Tove Lind", "said"),
    ("As Ola Berg, who has fished here for forty years, put it, “The sea gives and the sea "
     "takes.”", "sea gives", "Ola Berg", "Ola Berg", "put it"),
    ("“We will fight the closure to the end,” an organiser, who asked not to be named, told "
     "the radio station.", "closure", "an organiser", None, "told"),
    ("“We will appeal against the ruling,” the skipper, Ola Berg, told the local paper.",
     "appeal", "Ola Berg", "Ola Berg", "told"),
    ("On Monday, after the vote in the council, Rep. Ana Ruiz (D-Ore.), said, “The bridge will "
     "be rebuilt.”", "bridge will", "Rep. Ana Ruiz", "Ana Ruiz", "said"),
    ("“The bridge will be rebuilt within a year,” Ana Ruiz herself said.",
     "rebuilt", "Ana Ruiz", "Ana Ruiz", "said"),
    # cues that attribute only beside a quotation ("reads", "shot back", "put it")
    ("“Fishing stops at the county line,” the notice reads.",
     "Fishing stops", "the notice", None, "reads"),
    ("“You have no idea what this costs us,” Ines Alba shot back.",
     "no idea", "Ines Alba", "Ines Alba", "shot back"),
    ("The skipper read the harbour report twice before the meeting.",
     "skipper", None, None, None),
    ("The mayor shot back at her critics on Monday evening.", "mayor", None, None, None),
    ("The mayor gave a sharp retort on the radio on Monday.", "retort", None, None, None),
    # a colon and no cue verb: a speaker label, or the subject of the sentence
    ("Harbour news - Ines Alba: “The port will reopen in June after the repairs.”",
     "port will reopen", "Ines Alba", "Ines Alba", ":"),
    ("More from the report: “Most boats in the harbour are older than thirty years.”",
     "boats", "the report", None, ":"),
    ("Mayor Ana Ruiz had a short answer for her critics: “The bridge is safe, it stays open "
     "and nobody will close it this year.”", "bridge is safe", "Mayor Ana Ruiz", "Ana Ruiz", ":"),
    # a few quoted words before the colon; a quotation, a colon, then its speaker's clause
    ("Ola Berg réalise « son rêve » et enflamme Tromsø : “Je vais donner ma vie pour ce club "
     "et pour cette ville.”", "donner ma vie", "Ola Berg", "Ola Berg", ":"),
    ("“Je vais donner ma vie pour ce club et pour cette ville”: dans un norvégien parfait, Ola "
     "Berg a enchanté les fans.", "donner ma vie", "Ola Berg", "Ola Berg", ":"),
    # a statement by someone: the agent, not the statement
    ("Commentary by Ana Ruiz, leader of the Valdorian Party: “It is not a win, it is a choice "
     "for the country.”", "not a win", "Ana Ruiz", "Ana Ruiz", ":"),
    # negative: a colon after narration, or a label that is not a speaker; a quotation and a
    # colon before no person
    ("The plan was simple: “Build first and ask later, whatever the cost to the town.”",
     "Build first", None, None, None),
    ("“Nous allons gagner ce match et la coupe”: c'est le message affiché partout dans la ville.",
     "gagner ce match", None, None, None),
    ("There is only one problem: “the bridge is too narrow for the new buses that the town "
     "bought last year.”", "too narrow", None, None, None),
    ("Update: “The ferry is cancelled today because of the storm in the bay.”",
     "ferry", None, None, None),
    # a second verb of a subject that has no cue of its own, or of a named speaker
    ("Ines Alba did not name the buyer, but told reporters, “The harbour is not for sale.”",
     "not for sale", "Ines Alba", "Ines Alba", "told"),
    ("Ines Alba said on Monday that the old pier at the north end was safe and added, “We "
     "will rebuild it stone by stone if the money from the capital ever comes.”",
     "stone by stone", "Ines Alba", "Ines Alba", "added"),
    ("Hours later, Ana Ruiz returned to the pier, telling reporters, “The bridge is safe.”",
     "bridge is safe", "Ana Ruiz", "Ana Ruiz", "telling"),
    # "he" after a speaker introduced without a name means that speaker, not the one before
    ("Mayor Ola Berg said the pier was closed. A spokesman for the port said repairs would "
     "start. “The cranes arrive in May,” he said.", "cranes", "he", None, "said"),
    # ... but not after a role that names no one new, a plural, or the other gender
    ("Mayor Ines Dahl said the pier was closed. The mayor said repairs would start. "
     "“The cranes arrive in May,” she said.", "cranes", "she", "Ines Dahl", "said"),
    ("Ola Berg said the pier was closed. Harbour officials said repairs would start. "
     "“The cranes arrive in May,” he said.", "cranes", "he", "Ola Berg", "said"),
    ("Ola Berg said the pier was closed. A harbour spokeswoman said repairs would start. "
     "“The cranes arrive in May,” he said.", "cranes", "he", "Ola Berg", "said"),
    # a cue, then what was said of ("…,” Ana Holm, a fellow …, said of RT."): no speaker after
    ("“It is very clear,” Ana Holm, a senior fellow at the Holm Institution and a former "
     "ambassador, said of RT.", "very clear", "Ana Holm", "Ana Holm", "said"),
    # a quotation signed with a dash after a no-break space
    ("“The harbour is the heart of this town.”\u00a0― Ola Berg\u00a0\n“The ferry must run in "
     "winter.” ― Ida Merz", "heart of this town", "Ola Berg", "Ola Berg", "―"),
    ("“I have no relations with him,” the Arsenal boss was quoted as saying.", "no relations",
     "the Arsenal boss", None, "saying"),
    ("Ana Holm, who declined to comment on the deal, said: “The plan is poor.”", "plan is poor",
     "Ana Holm", "Ana Holm", "said"),
]


# where the source's phrase ends: at the clause's own subject when a comma is left out
# ("According to X the trend …", "Según el informe de la Fiscalía el acusado …"), at the
# subject before a clause and ", saying" (not "The firm closed the book on Friday"); a phrase
# that runs on past a preposition to its comma stays whole
SOURCE_PHRASE_CASES = [
    ("Republicans who have called for the plan to be dropped.", "dropped", "who"),
    ("“I have none,” and the boss was quoted as saying.", "have none", "the boss"),
    ("Bookmaker Holmbet has stopped taking bets.\n\nThe firm closed the book on Friday, saying "
     "“insider information” could have played a part.", "closed the book", "The firm"),
    ("According to blog analysis firm Holmrati the number of blogs has doubled.", "doubled",
     "blog analysis firm Holmrati"),
    ("Según el informe de la Fiscalía el acusado mintió.", "mintió", "el informe de la Fiscalía"),
    ("According to a spokesman for the Ministry of the Interior in Berlin, the talks failed.",
     "talks failed", "a spokesman for the Ministry of the Interior in Berlin"),
    # "As one trader said: …", "…, as the trader put it": a clause opened by "as"
    ("As one hugely-disgruntled backbencher said before the meeting: \"It is time.\"", "time",
     "one hugely-disgruntled backbencher"),
    ("The bid is low. As the trader put it: \"It is a mess.\"", "mess", "the trader"),
    ("Prices fell, just as the trader said they would.", "Prices", None),
    ("Sales have tripled, outstripping Holmsoft's Xbox, said market analysts Chart-Track.",
     "Sales", "market analysts Chart-Track"),
    # a plural before a cue whose subject follows it, with no comma: not the plural
    ("Games matter if firms are to hold on to bandwidth-hungry gamers said Lindsay Holm, an "
     "analyst.", "Games", None),
    ("There are games on the market that have educational elements said Mr Holm.", "games",
     None),
    # a list of capitalised words after a comma continues a capitalised name only
    ("After the row over pay, Holm and Berg said the plan was fair.", "plan", "Holm and Berg"),
    ("The Holm Trust “is feeble and slow to act on anything,” the report said.", "feeble",
     "the report"),
    ("The math is less forbidding for Holm, Republicans and Democrats said.", "forbidding",
     "Republicans and Democrats"),
    ("The union leaders Holm, Berg and Alba said the deal was fair.", "deal", "Berg and Alba"),
    ("Owning Holm Warner, Mr. Holmsen said, would “drive our incentive” to build faster.",
     "incentive", "Mr. Holmsen"),
    # a cue after a plain comma, then a noun phrase that ends the sentence: its subject
    ("Sales have tripled since launch, said the panel.", "tripled", "the panel"),
    ("Snaps fade in months, warned the magazine.", "Snaps", "the magazine"),
    ("Users are an odd mix of naive and sophisticated, suggests a report into search habits.",
     "odd mix", "a report into search habits"),
    ("Networks are here to stay, says a panel of industry experts.", "here to stay",
     "a panel of industry experts"),
    ("Services such as eBay could provide a blueprint, says the think-tank.", "blueprint",
     "the think-tank"),
    ("Prices will rise, said a widely respected analyst.", "Prices",
     "a widely respected analyst"),
    ("Prices will rise, said the respected think-tank.", "Prices", "the respected think-tank"),
    # a time adverbial opening the sentence is no title before a name
    ("Hours before Friday's announcement, there was a funereal air at the firm, reported Holm "
     "News.", "funereal", None),
]


@pytest.mark.parametrize("text,fragment,mention", SOURCE_PHRASE_CASES)
def test_source_phrase_mentions(text, fragment, mention):
    assert claim_with(extract_from_text(text), fragment).speaker_mention == mention

@pytest.mark.parametrize("text,fragment,mention,speaker,cue", QUOTE_SPEAKER_CASES)
def test_quote_speaker_mentions(text, fragment, mention, speaker, cue):
    claim = claim_with(extract_from_text(text), fragment)
    assert claim.kind == ("quote" if "“" in claim.text else "narration")
    assert claim.speaker_mention == mention
    assert (claim.speaker.name if claim.speaker else None) == speaker
    assert claim.cue == cue


@pytest.mark.parametrize("title,body,speaker", [
    # a headline quoting the words a body quotation gives to one speaker
    ("“He will be missed” - reactions to the death of Jan Holm",
     "Chancellor Ana Ruiz paid tribute. “He inspired generations. He will be missed,” she wrote.",
     "Ana Ruiz"),
    # negatives: two speakers said those words; two words are too few to tell
    ("“He will be missed” - reactions to the death of Jan Holm",
     "“He will be missed,” said Ana Ruiz. “He will be missed,” said Ola Berg.", None),
    ("“Be missed” - reactions to the death of Jan Holm",
     "“He inspired generations. He will be missed,” said Ana Ruiz.", None),
])
def test_a_quotation_without_speaker_takes_the_speaker_of_the_same_words(title, body, speaker):
    headline = extract_from_text(body, title=title)[0]
    assert headline.kind == "headline"
    assert (headline.speaker.name if headline.speaker else None) == speaker


def test_il_after_a_mayor_introduced_without_a_name_is_not_the_prefect_before():
    text = ("Le préfet Ola Berg a déclaré que le bilan serait lourd. Plus tard, le maire de "
            "Tromsø, la capitale du nord, a déclaré que le port était fermé. « Les grues arrivent en mai », a-t-il dit.")
    claims = extract_from_text(text)
    mayor, quote = claim_with(claims, "le maire"), claim_with(claims, "grues")
    assert (mayor.speaker_mention, mayor.speaker) == ("le maire de Tromsø", None)
    assert (quote.speaker_mention, quote.speaker) == ("il", None)
    assert claim_with(claims, "Ola Berg").speaker.name == "Ola Berg"


def test_the_head_of_state_is_the_president_named_before():
    claims = extract_from_text("President Ada Morel spoke in the capital on Monday.\n\n"
                               "“We will not be moved by threats,” the head of state said.")
    claim = claim_with(claims, "threats")
    assert claim.speaker_mention == "the head of state"
    assert claim.speaker is not None and claim.speaker.name == "Ada Morel"

def test_a_paragraph_ending_with_a_colon_introduces_the_next_quotation():
    claims = extract_from_text("Mayor Ana Ruiz issued the following statement:\n\n"
                               "“The bridge will reopen in June, as we promised everyone.”")
    assert claims[1].kind == "quote" and claims[1].speaker.name == "Ana Ruiz"
    claims = extract_from_text("The agenda for the week went out on Monday:\n\n"
                               "“Item one is the bridge and the budget for next year.”")
    assert claims[1].kind == "quote" and claims[1].speaker_mention is None


def test_typewriter_quote_closing_after_a_nested_single_quote():
    claims = extract_from_text("''They told us, 'Stay home tonight and keep the doors shut,''' "
                               "Ola Berg said.")
    assert len(claims) == 1 and claims[0].kind == "quote"
    assert claims[0].speaker.name == "Ola Berg"


def test_a_speaker_label_before_a_single_quoted_title():
    claims = extract_from_text("Ines Alba: ‘The Port Will Reopen In June’\n\nThe port is shut.")
    assert claims[0].kind == "quote" and claims[0].speaker.name == "Ines Alba"


# Real-news attribution (invented text of the kinds real multi-outlet pages show): role
# mentions with the name earlier, acronyms, names after an organisation or a long title, first
# names, other languages. (text, fragment of the claim, resolved speaker name or None)
REAL_NEWS_SPEAKER_CASES = [
    # a generic role mention resolves to the person named earlier, across paragraphs
    ("Valdorian Health Director-General Ilsa Marr opened the meeting.\n"
     "Later, the agency chief warned that the outbreak was not over.",
     "not over", "Ilsa Marr"),
    ("Ilsa Marr took questions.\n“Cases are falling in every region,” the official said.",
     "falling", "Ilsa Marr"),
    # negative: an indefinite role mention names no one
    ("Ilsa Marr took questions.\nA spokesman said the office would reopen on Monday.",
     "reopen", None),
    # a possessive before the role
    ("Ilsa Marr took questions.\nThe agency’s director said the risk was low.",
     "risk was low", "Ilsa Marr"),
    # a pronoun in a later paragraph: the person named last
    ("Central banker Oskar Brandt spoke in Tallinn.\nRates stay high for now.\n"
     "He said the next move would depend on prices.", "next move", "Oskar Brandt"),
    # an acronym stands for the organisation named in full in the article
    ("The Nordic Ports Authority (NPA) met on Friday.\nThe NPA said tolls would rise.",
     "tolls would rise", "Nordic Ports Authority"),
    ("The Bank of Valdoria held rates.\nThe BoV said inflation would ease.",
     "inflation would ease", "Bank of Valdoria"),
    # a first name or a misspelt surname for the full name given earlier
    ("Jonas Abebe Kelile, the minister, arrived late.\nJonas said the bridge would open soon.",
     "bridge would", "Jonas Abebe Kelile"),
    ("Premier Marta Lindqvist resigned.\nLindquist said she had nothing left to give.",
     "nothing left", "Marta Lindqvist"),
    # a name after an organisation, a possessive, a long title or an Arabic article
    ("North Bank’s Ola Grieg said the cut was too small.", "too small", "Ola Grieg"),
    ("President of the Valdorian Central Bank Eva Holm said rates would stay.",
     "rates would stay", "Eva Holm"),
    ("Tamra Mayor Hadi al-Tamimi said the dam had failed.", "dam had failed", "Hadi al-Tamimi"),
    ("Lena Ost made clear that the plan would go ahead.", "go ahead", "Lena Ost"),
    # other languages: German, French, Spanish, Russian cues and quotation marks
    ("Die Bank senkte den Zins. „Es ist Zeit für eine Pause“, sagte Eva Holm am Dienstag.",
     "Pause", "Eva Holm"),
    ("« Nous avons gagné la partie », a déclaré Eva Holm.", "gagné", "Eva Holm"),
    ("Selon Eva Holm, la banque restera prudente.", "prudente", "Eva Holm"),
    ("«Se trata de una crisis», dijo Eva Holm.", "crisis", "Eva Holm"),
    ("«Мы готовы к переговорам», — сказал Иван Петров.", "переговорам", "Иван Петров"),
    # negative: an English "a" before a cue-like word is no French auxiliary
    ("The council held a vote. A said B was wrong.", "vote", None),
    # a quotation signed with a comma: a name and a description, no verb, ending the line
    ("Rates held.\n“Pressures keep cooling, even if slowly,” Ola Grieg, analyst at North Bank.",
     "Pressures", "Ola Grieg"),
    # negative: a quotation closed by a full stop is not signed by the next line's name
    ("Rates held.\n“Pressures keep cooling.” Ola Grieg, analyst at North Bank.",
     "Pressures", None),
    # a name with an Arabic article, named in full earlier, then by title and surname
    ("Tamra Mayor Hadi al-Tamimi spoke.\n“We need more teams,” Mayor al-Tamimi said.",
     "more teams", "Hadi al-Tamimi"),
    # German "sagt X:" and "sagte X über …"; French "Selon X" without a comma
    ("In einem Statement, veröffentlicht am Montag, sagt Eva Holm: «Es ist Zeit.»",
     "Statement", "Eva Holm"),
    ("„Wir warten ab“, sagte Eva Holm über die Lage.", "warten", "Eva Holm"),
    ("Selon Eva Holm la banque restera prudente.", "prudente", "Eva Holm"),
    # a name, then a prepositional phrase, then the cue; a hyphenated role noun
    ("Ilsa Marr took questions.\nIlsa Marr in a late-night press conference said that the "
     "border would reopen.", "border would reopen", "Ilsa Marr"),
    ("Valdorian Health Director-General Ilsa Marr opened the meeting.\nThe agency’s "
     "director-general told a briefing on Thursday that her committee had concluded the "
     "outbreak was over.", "outbreak was over", "Ilsa Marr"),
    # "HE" before a role or a name is His Excellency, not the pronoun
    ("Prime Minister Rami Haddad chaired the talks.\nHE the Prime Minister thanked the "
     "mediators, pointing out that the truce would hold.", "truce would hold", "Rami Haddad"),
    ("Addressing reporters, HE Sheikh Rami Haddad said the truce would hold.",
     "truce would hold", "Rami Haddad"),
    # "affirmed", "highlighted that": cues; "according to" inside the reported clause is not
    ("Ilsa Marr spoke.\nShe affirmed that “the clinics will stay open.”", "clinics",
     "Ilsa Marr"),
    ("Ola Grieg spoke on Monday.\nHe highlighted that according to the plan the port would "
     "reopen in May.", "port would reopen", "Ola Grieg"),
    # long titles with an office after "of" end before the name; "bin" does not count
    ("The Minister of Foreign Affairs Ana Ruiz said the embassy would reopen.", "embassy",
     "Ana Ruiz"),
    ("The Prime Minister and Minister of Foreign Affairs Sheikh Rami bin Khalid al-Haddad "
     "announced that the talks had ended.\nHe said the truce would hold.", "truce would hold",
     "Rami bin Khalid al-Haddad"),
    ("Head of European diplomacy Lena Ost said the sanctions would stay.", "sanctions",
     "Lena Ost"),
    # other languages: a role then the name after a plain comma at the sentence's end; German
    # "so X" and separable verbs; French "a-t-il"; pronouns er/il resolve like he
    ("Эпидемия закончилась, отметил гендиректор организации Иван Петров.", "Эпидемия",
     "Иван Петров"),
    ("Er sei nie besser gewesen, so Ola Grieg.", "nie besser", "Ola Grieg"),
    ("Ola Grieg trat zurück. „Wir werden bald frei sein“, teilte er mit.", "bald frei",
     "Ola Grieg"),
    ("Eva Holm a parlé. « Les pluies sont arrivées », a-t-elle ajouté.", "pluies", "Eva Holm"),
    # a verb without a subject before "que"/"что" is said by the person named last
    ("Ilsa Marr habló el jueves. Sin embargo, advirtió que el virus sigue presente.",
     "virus sigue", "Ilsa Marr"),
    ("Иван Петров выступил в Москве и добавил, что переговоры продолжатся.", "переговоры",
     "Иван Петров"),
    # auxiliaries before participles: "a déclaré", "ha dicho"
    ("Eva Holm a parlé. Elle a dit que la banque restera prudente.", "prudente", "Eva Holm"),
    ("La ministra Eva Holm ha dicho que el banco será prudente.", "prudente", "Eva Holm"),
    # negatives: "so" + a common noun is no name; "so" in the middle of a clause is no cue
    ("Ola Grieg trat zurück. Er sei nie besser gewesen, so der Trainer.", "nie besser", None),
    ("Prices rose sharply, so Valdoria will act.", "Prices", None),
    # negative: the ministry itself is an organisation, not a person called "Affairs"
    ("The Ministry of Foreign Affairs said the embassy would reopen.", "embassy",
     "Ministry of Foreign Affairs"),
    # "WHO" in capitals is the organisation, never the relative pronoun "who"
    ("Following falling numbers, WHO chief Ilsa Marr told reporters the alert was over.",
     "alert was over", "Ilsa Marr"),
    ("The WHO said the alert was over.", "alert was over", "WHO"),
    # a plural organisation word ("Centers"); a name, then "from"/"at" and its organisation
    ("The Valdoria Centers for Disease Control said cases were falling.", "cases were",
     "Valdoria Centers for Disease Control"),
    ("Ola Grieg from the Emergency Committee stressed that urgency remained.", "urgency",
     "Ola Grieg"),
    # negative: "from" after a common noun is no person before an organisation
    ("Experts from the Emergency Committee said the alert could end.", "alert could end",
     "Emergency Committee"),
    # the channel is not the speaker; an appositive name after the role is
    ("The leader of the Blue Party, Ana Ruiz, reacted via Twitter stating that “the president "
     "has lost his mind and must go now.”", "lost his mind", "Ana Ruiz"),
    # a long parenthetical between the speaker's appositive and the cue
    ("Even Ola Grieg, head of the Blue Party (under whose banner the president ran in the last "
     "election), admitted that the decree was a mistake.", "decree was", "Ola Grieg"),
    # a Spanish or Russian cue closing a quotation with no subject: the subject of the last
    # sentence naming a person, not the person named last
    ("Horas antes Ana Ruiz había criticado la decisión de Ola Grieg.\n“Rechazo el cierre del "
     "Congreso de la República”, escribió en redes sociales.", "Rechazo", "Ana Ruiz"),
    ("Ана Руиз выступила в Москве.\n«Переговоры продолжатся», — сказала.", "Переговоры",
     "Ана Руиз"),
    # negative: English never drops the subject; a quotation closed by a bare cue has none
    ("Ola Grieg arrived.\n“The talks will go on for weeks,” said.", "talks will", None),
    # a coordinated cue shares the sentence's subject, an organisation here
    ("El Banco de Valdoria mantuvo los tipos el jueves, y dijo que esperaba una bajada.",
     "esperaba", "Banco de Valdoria"),
    ("Die Unsicherheit dürfte das Vertrauen mindern, erklärte die Zentralbank von Valdoria und "
     "verwies auf die Börsen.", "Vertrauen", "Zentralbank von Valdoria"),
    # "Об этом заявил X": the sentence names who said the one before it
    ("Вспышка закончилась. Об этом заявил генеральный директор организации Иван Петров.",
     "Вспышка", "Иван Петров"),
    ("Die Bank senkt die Zinsen. Das teilte die Zentralbank von Valdoria mit.", "senkt",
     "Zentralbank von Valdoria"),
    ("La mission sera reportée. C'est ce qu'a déclaré le porte-parole du ministère, Marc Holm, "
     "lors de sa conférence de presse.", "mission", "Marc Holm"),
    ("Le port rouvrira vendredi. C’est ce qu’affirme Marc Holm.", "rouvrira", "Marc Holm"),
    ("El puerto abrirá el viernes. Es lo que dijo Juan Holm a la prensa.", "abrirá",
     "Juan Holm"),
    ("El puerto abrirá. Así lo afirmó este lunes el director del puerto, Pablo Soto.", "abrirá",
     "Pablo Soto"),
    ("Порт откроется в пятницу. Так заявил Иван Холмов.", "Порт", "Иван Холмов"),
    ("Міністр Петро Холмюк похвалив уряд. Робота уряду успішна. Про це чиновник самовпевнено "
     "заявив журналістам.", "Робота", "Петро Холмюк"),  # a role, an adverb, the cue
    ("Порт откроется в пятницу. Так считает Иван Холмов.", "Порт", None),  # (a thought)
    # negative: a sentence with its own attribution keeps it
    ("Ола Грег сказал, что вспышка закончилась. Об этом заявил Иван Петров.", "вспышка",
     "Ола Грег"),
    # "По его словам": the pronoun resolves to the person named before
    ("Иван Петров выступил в Женеве.\nПо его словам, режим был объявлен год назад.",
     "режим", "Иван Петров"),
    # an age for a role: "the 42-year-old", "die 42-Jährige"; a German ordinal date is no
    # sentence end
    ("Premier Ilsa Marr resigned on Thursday.\nIn a speech, the 42-year-old said it was time.",
     "it was time", "Ilsa Marr"),
    ("Premierministerin Ilsa Marr ist zurückgetreten. Bis zum 7. Februar werde sie ihr Amt "
     "aufgeben, sagte die 42-Jährige.", "Amt", "Ilsa Marr"),
    # negative: a number that is a count, not an age, stays a poll figure
    ("The poll was published.\n42 percent said the plan was wrong.", "plan was wrong", None),
    # a quotation inside a further cue's reported clause
    ("Ilsa Marr spoke.\nShe announced the date of the vote, and said that the “campaign gives "
     "me time for reflection”.", "campaign gives", "Ilsa Marr"),
    # an "-ing" cue with "that" after a verb phrase; a lowercase title before an appositive name
    ("The author of the motion, deputy Ana Ruiz of the Green Party, filed the motion claiming that "
     "it was “a matter of ethics”.", "matter of ethics", "Ana Ruiz"),
    # negative: a participle after a noun with no "that" is no cue
    ("Ana Ruiz spoke.\nThe council adopted a resolution calling on members to act.",
     "resolution", None),
    # "outlined" is a cue
    ("Premier Ilsa Marr confirmed the deal.\nShe outlined the first phase of the truce.",
     "first phase", "Ilsa Marr"),
    # an acronym of the organisation before a title ("Bank of Valdoria Governor Ann Lee")
    ("Bank of Valdoria Governor Ann Lee spoke on Thursday.\nThe BoV said inflation would ease.",
     "inflation would ease", "Bank of Valdoria"),
    # a full stop glued to the next sentence still ends it: the pronoun is Holm, not Marr
    ("Das Büro von Ilsa Marr teilte mit, dass Fragen offen seien.Auch Präsident Jon Berg gab "
     "die Einigung bekannt. „Es wird bald gehen“, teilte er auf seiner Plattform mit.",
     "bald gehen", "Jon Berg"),
    # "the Finnish director of X": a role mention, resolved to the director named before
    ("Director Petri Laine opened the session.\nAccording to the Finnish director of the Weather "
     "Institute, the warnings failed.", "warnings failed", "Petri Laine"),
    # "the removed president": the person written after the same description earlier
    ("The government backed the arrest of removed president Ana Ruiz. Her successor Eva Holm "
     "was sworn in.\nThe removed president said in her speech that “the people will decide”.",
     "people will decide", "Ana Ruiz"),
    # "heißt es in einer Erklärung": the subject of the sentence before; "… des X": X
    ("„Es geht voran“, sagte Eva Holm. Präsident Jon Berg bestätigt die Einigung. Er werde "
     "bald mehr sagen, heißt es in einer Erklärung.", "mehr sagen", "Jon Berg"),
    ("Präsident Jon Berg bestätigt die Einigung. Die Lage sei ernst, heißt es in einer "
     "Mitteilung des Valdoria Instituts.", "Lage sei", "Valdoria Instituts"),
    # French inversion with its pronoun; a foreign cue after a plain comma, past a time word, a
    # role and its complement to the name
    ("Le préfet Jean Morel est arrivé.\n« Le bilan sera lourd », ajoute-t-il.", "bilan sera",
     "Jean Morel"),
    ("Le cyclone a tout détruit, a déclaré samedi soir le ministre de l’Intérieur, Paul Vidal.",
     "cyclone", "Paul Vidal"),
    ("Irene Soto habló.\n\"Me parece justa la condena\", ha asegurado la jugadora Irene Soto en "
     "una rueda de prensa.", "justa", "Irene Soto"),
    # a role with its complement, named earlier: "le préfet" ~ "le préfet de Valdor Jean Morel"
    ("Le préfet de Valdor Jean Morel a parlé dimanche.\nLe bilan sera lourd, a ajouté le préfet.",
     "bilan sera", "Jean Morel"),
    # negative: a role never named in the article stays without a name
    ("Le cyclone est passé.\nLe bilan sera lourd, a ajouté le préfet.", "bilan sera", None),
    # an organisation by a common noun: the latest one named with that word, or the name the
    # article repeats ("the company")
    ("The Bank of Valdoria met on Friday.\nInflation will ease, the regulator said.",
     "Inflation will", "Bank of Valdoria"),
    ("The Bank of Valdoria met on Friday.\n“Risks remain,” the Central Bank noted.",
     "Risks remain", "Bank of Valdoria"),
    ("Orbitex cut 500 jobs. Orbitex shares fell.\n“We must act now,” the company said.",
     "act now", "Orbitex"),
    # negative: no organisation named before
    ("Shares fell on Monday.\n“We must act now,” the company said.", "act now", None),
    # German compound titles; a generic role to the last person with a title
    ("Vorstandsboss Kai Lund nickte. Bundeskanzler Jon Berg sprach.\n\"Wir trauern\", sagte "
     "der SPD-Politiker.", "trauern", "Jon Berg"),
    ("Vorstandsboss Kai Lund sagte, es sei ein Verlust.", "Verlust", "Kai Lund"),
    # "hailed X as “…”": a quote-only cue with its quotation after "as"
    ("Ana Ruiz hailed the late coach as “one of the greatest”.", "greatest", "Ana Ruiz"),
    # without a quotation, praise is still someone's speech act (the real-news gold counts it)
    ("Ana Ruiz hailed the decision.", "decision", "Ana Ruiz"),
    # negative: a thing hailed by nobody named
    ("The decision was hailed as historic.", "decision", None),
    # "condemned “…”": a condemnation in quotation marks is the condemner's words
    ("L’Union africaine a condamné « fermement la tentative de coup d’État ».", "tentative",
     "Union africaine"),
    ("The Valdor Party condemned “a cowardly attack” on its office.", "cowardly",
     "Valdor Party"),
    ("Ana Ruiz condenó «el ataque cobarde» contra la sede.", "cobarde", "Ana Ruiz"),
    # negative: without a quotation it is an act, not words
    ("The Valdor Party condemned the attack.", "attack", None),
    # a role with a complement, then the name between commas
    ("La presidenta del Instituto Electoral, Ana Ruiz Soto, anunció el conteo rápido.",
     "conteo", "Ana Ruiz Soto"),
    # a news medium named with its kind; "…, it said" after the organisation opening it
    ("According to French newspaper Le Valdor, Ana Ruiz will lead the firm.", "will lead",
     "Le Valdor"),
    ("The Valdoria Post website wrote that the coalition had collapsed.", "coalition",
     "Valdoria Post"),
    ("Orbitex will cut 5,000 jobs by 2030, it said.", "5,000 jobs", "Orbitex"),
    # a coordinated cue shares a subject with its title; German "und erklärte, dass"
    ("El presidente Pedro Soto Ruiz se pronunció y afirmó que se está aplicando un plan.",
     "plan", "Pedro Soto Ruiz"),
    ("Kanzler Jon Berg trat vor die Presse und erklärte, dass der Bundestag abstimmen solle.",
     "Bundestag", "Jon Berg"),
    # "his family announced": the family of the person the article is about
    ("Franz Adler died on Sunday.\n“We ask for silence,” his family announced.", "silence",
     "Adler family"),
    ("Orbitex declined to comment on the report.", "report", "Orbitex"),
    # the German perfect: the subject before "hat", the participle last
    ("Präsident Kai Lund hat den Beschluss als wichtigen Schritt gewürdigt.", "Beschluss",
     "Kai Lund"),
    ("DFB-Präsident Kai Lund hat den Tod als eine \"echte Zäsur\" bezeichnet.", "Zäsur",
     "Kai Lund"),
    # a relative clause holding a quoted term, then the cue; "said he “…”" after it is no
    # inverted subject
    ("Speaking on Monday, Summit President Dr Omar Saleh, who called it the “Valdor consensus”, "
     "said the world had changed.", "world had changed", "Omar Saleh"),
    ("Saleh Omari, who did not run in 2019, said he “salutes the vote”.", "salutes", "Saleh Omari"),
    # negative: "as “…”" makes no other quote-only cue ("member states, 7% described …")
    ("In a poll across 12 member states, 7% described it as “an ally”.", "ally", None),
    # "described him as “…" opening a quotation that runs over paragraphs
    ("Coach Ivo Brandt described him as “a great player, very fast.\n\n\"It was my job to stop "
     "him.\n\n\"He could do extraordinary things.”", "my job", "Ivo Brandt"),
    # a French cue set inside the quotation; particles inside a name
    ("Pourtant, Luca di Romo pourrait partir. «Le travail est accompli, expose-t-il, nous avons "
     "relevé des défis immenses !»", "accompli", "Luca di Romo"),
    ("Pourtant, Luca de Romo pourrait partir. «Le travail est accompli, expose-t-il, nous avons "
     "relevé des défis immenses !»", "accompli", "Luca de Romo"),
    # negative: a comma and a word ending in "-il" inside a quotation is no cue
    ("Jean Morel parla. «Le travail, Brazil, est là.»", "travail", None),
    # a speaker label with its topic: "Kanzler Berg über Adler: “…”"; negative: "Update on …:"
    ("Kanzler Jon Berg trauert.\n\nKanzler Berg über Adler: \"Er hat Generationen begeistert\"",
     "Generationen", "Jon Berg"),
    ("Update on the storm: roads closed.", "roads closed", None),
    # a cue without a subject goes on with the last speaker; four names after a title
    ("El presidente Pedro Soto Ruiz habló y afirmó que hay un plan.\nAdemás, informó que "
     "hay tres desaparecidos.", "desaparecidos", "Pedro Soto Ruiz"),
    ("Mexican President Ana María López Soto visited Acapulco.\nShe said every pole had "
     "fallen.", "every pole", "Ana María López Soto"),
    # negative: four capitalised words without a title are no name ("Büro von Ilsa Marr")
    ("Das Büro von Ilsa Marr teilte mit, es sei offen. Auch Präsident Jon Berg äußerte sich. "
     "„Es wird bald gehen“, teilte er mit.", "bald gehen", "Jon Berg"),
    # German "Wie X mitteilten, …": the subject after "Wie"; central bankers for the bank
    ("Die Zentralbank von Valdoria senkt die Zinsen. Wie die Währungshüter in Valdor "
     "mitteilten, wird der Satz verringert.", "Satz", "Zentralbank von Valdoria"),
    # negative: no bank named before
    ("Die Zinsen sinken. Wie die Währungshüter in Valdor mitteilten, wird der Satz verringert.",
     "Satz", None),
    # "it" for the organisation opening the sentence, also mid-sentence and in a new paragraph;
    # a company name with an industry word is no person ("Orbitex Steel Europe")
    ("The Valdoria Central Bank cut rates amid what it described as “exceptional uncertainty”.",
     "uncertainty", "Valdoria Central Bank"),
    ("Orbitex Steel Europe plans cuts.\n\nOrbitex will cut 5,000 jobs by 2030, it said.",
     "5,000 jobs", "Orbitex"),
    # Spanish and French relative pronouns take their antecedent ("X, quien asegura que …")
    ("El juez citó a la jugadora Ana Soto, quien asegura que nunca dio su consentimiento.",
     "consentimiento", "Ana Soto"),
    ("Le maire Jean Morel, qui a déclaré que la ville était touchée, est parti.", "touchée",
     "Jean Morel"),
    # a quotation running on through paragraphs that do not reopen it, closed later
    ("Иван Петров прокомментировал победу.\n\n«Стратегия была простой!\n\nСейчас я хочу "
     "отдохнуть.\n\nЭто был лучший день», — сказал Петров.", "хочу отдохнуть", "Иван Петров"),
    # negative: a mark left open and never closed carries nothing
    ("Иван Петров прокомментировал победу.\n\n«Стратегия была простой!\n\nМатч прошёл в "
     "Астане.\n\nПогода была хорошей.", "прошёл", None),
    # French adverb between auxiliary and participle; a long role before the name
    ("\"Nous sommes prêts\", a immédiatement déclaré la cheffe de file du parti Ana Ruiz.",
     "prêts", "Ana Ruiz"),
    # "Y agregó: “…”": a sentence opening with a conjunction goes on with the last speaker
    ("Pedro Soto habló.\n\nY agregó: “El presidente es de todos.”", "presidente", "Pedro Soto"),
    # "sagte er im Podcast mit seinem Bruder Felix": the pronoun, not the last name of the clause
    ("Kai Lund spricht.\n\n\"Das ist meine letzte Saison\", sagte er im Podcast mit seinem "
     "Bruder Felix.", "letzte Saison", "Kai Lund"),
    # German verb second: "Im Februar kündigte er …" (not "Februar")
    ("Kai Lund spricht. Im vergangenen Februar kündigte er dann sein Comeback an.", "Comeback",
     "Kai Lund"),
    # Spanish gerund after a role and the name; "quien lo describió como «…»"
    ("La primera ministra, Ana Ruiz, se unió al luto, expresando en un comunicado: «Un gran "
     "hombre nos deja».", "gran hombre", "Ana Ruiz"),
    ("El presidente de Valdor, Pedro Soto, quien lo describió como «un hombre de humildad».",
     "humildad", "Pedro Soto"),
    # a possessive determiner before the role ("a déclaré son porte-parole X")
    ("Le chef, Ana Ruiz, \"condamne la tentative\", a déclaré son porte-parole Jean Morel, et a "
     "appelé au calme.", "condamne", "Jean Morel"),
    # congratulations are statements
    ("Former premier Ana Ruiz congratulated her rival on the win.", "rival", "Ana Ruiz"),
    # Russian: the press service of the body named before ("Об этом сообщает пресс-служба …")
    ("Совет директоров Банка России повысил ставку. Об этом сообщает пресс-служба регулятора.",
     "повысил", "Bank of Russia"),
    # ", said his rival, NAME": the name after a possessive or definite role, not the role
    ("The count is final, said his rival, Finance Minister Tomas Vela.", "final", "Tomas Vela"),
    ("“We will appeal,” said her lawyer, Ines Roca, in Lisbon.", "appeal", "Ines Roca"),
    ("The count is final, said the spokesman, Luis Ortega, who declined to say more.",
     "final", "Luis Ortega"),
    # negatives: no name after the role; the name inside a clause of its own
    ("The count is final, said his rival, who lost.", "final", None),
    ("The count is final, said his rival, a former minister.", "final", None),
    # a foreign inverted cue: role, an adjective, the name, then a preposition
    ("«Es increíble», dijo el presidente blanco Carlos Ruiz ante los aficionados.",
     "increíble", "Carlos Ruiz"),
    ("« Bienvenue », a déclaré le président merengue Carlos Ruiz à l'adresse des fans.",
     "Bienvenue", "Carlos Ruiz"),
    # after a quotation, a name right after the cue is the speaker, whatever follows it
    ("\"Parece que sí\", dijo Tomas Vela apenas arrancó su discurso.", "Parece", "Tomas Vela"),
    ("\"It seems so,\" said Vela shortly after his speech began.", "seems", "Vela"),
    # negative: a name used as a modifier ("Vela supporters") is not the speaker
    ("\"It seems so,\" said Vela supporters gathered outside.", "seems", None),
    # Russian "говорится в сообщении X": the body named after it (as written; the speakers
    # table maps it to "Bank of Russia", test_speakers)
    ("«Инфляция замедлится», — говорится в сообщении на сайте Банка России.", "Инфляция",
     "Банка России"),
    ("Курс упал, говорится в сообщении ЦБ РФ.", "Курс", "ЦБ РФ"),
    ("«Инфляция замедлится», — говорится в сообщении.", "Инфляция", None),
    # a named person's "said" closing the sentence speaks for the whole clause before it
    ("Secretary-General Ilsa Marr condemned the coup and called for calm, the UN's spokesperson "
     "Tomas Vela said on Wednesday.\n“The situation is grave,” he said.", "condemned",
     "Tomas Vela"),
    ("Secretary-General Ilsa Marr condemned the coup and called for calm, the UN's spokesperson "
     "Tomas Vela said on Wednesday.\n“The situation is grave,” he said.", "grave", "Tomas Vela"),
    # negatives: one capitalised word is no closing name; the first speaker keeps the sentence
    ("Ilsa Marr said the talks failed, Vela said.", "talks", "Ilsa Marr"),
    # "the mayor of X said": the role with its complement resolves to the person seen with it
    ("The mayor of Porto, Rui Sousa, arrived on Sunday.\nThe mayor of Porto said the storm was "
     "the worst in decades.", "worst", "Rui Sousa"),
    ("The mayor of Porto said the storm was the worst in decades.", "worst", None),
    # tribute cues take the quotation in their object
    ("Prime Minister Ana Ruiz mourned the loss of “a great man, a great shepherd”.", "mourned",
     "Ana Ruiz"),
    ("President Tomas Vela paid tribute to the pope's \"goodness and wisdom\".", "tribute",
     "Tomas Vela"),
    ("Premier Ines Roca hailed the pope's solidarity with the \"poor and the oppressed.\"",
     "hailed", "Ines Roca"),
    ("President Tomas Vela praised the pope's focus on dialogue.", "praised", "Tomas Vela"),
    # "X, member of the Y Party, who praised …": the person, not the party
    ("Or that of Prime Minister Tomas Vela, member of the Liberal Party, who praised the pope's "
     "“commitment to peace”.", "praised", "Tomas Vela"),
    ("Among them, the very conservative Ines Roca, president of the Council of Ministers in "
     "Italy, who declared that the death “afflicts us deeply”.", "declared", "Ines Roca"),
    # "X, 62, … and said": the whole subject phrase before the comma, role words included
    ("Tomas Vela ran again. Ruling coalition candidate Vela, 62, called the celebrations "
     "premature and said a run-off would be needed.", "run-off", "Tomas Vela"),
    # a pronoun opening the next paragraph's attribution: the person the paragraph before
    # was about, even after another speaker
    ("Tomas Vela said the vote was fair.\nThe outgoing president Ines Roca sent her "
     "congratulations.\n« Je salue le vainqueur, M. Tomas Vela », a-t-elle déclaré.", "salue",
     "Ines Roca"),
    # negative: with two people in that paragraph, the last speaker stays
    ("Tomas Vela said the vote was fair.\nInes Roca met Ana Ruiz.\n“It was fair,” he said.",
     "fair,", "Tomas Vela"),
    # Russian dialogue: the dash opens the speech, the author's words name the speaker; the
    # speech runs on through a paragraph not opened by a dash
    ("Иван Петров выиграл.\n\n— Не могу поверить, что я стал чемпионом мира. Это был тяжелый "
     "матч, — сказал Иван Петров.", "Не могу", "Иван Петров"),
    ("Иван Петров выиграл.\n\n— Не могу поверить, что я стал чемпионом мира.\n\nЭто был "
     "тяжелый матч, — сказал Иван Петров.", "Не могу", "Иван Петров"),
    ("«Мы готовы», — цитирует Ивана Петрова агентство ТАСС.", "готовы", "Иван Петров"),
    # a quotation opened by a straight mark that runs on through a paragraph and closes with
    # one: «"… ¶ …", - сказав X»; "… I ¶ was ¶ … fight," says X (a page broke the lines)
    ("Олександр Мельник подякував фанатам.\n\n\"Трохи часу минуло після поєдинку, але перемога "
     "є.\n\nЯ хочу сказати велике спасибі всім, хто підтримує мене. Слава Україні\", - сказав "
     "Мельник на відео.", "велике спасибі", "Олександр Мельник"),
    ("Mayor Jan Holm spoke first. Later Ola Berg looked back.\n\n\"He wanted to look like a "
     "mayor. I\n\nwas\n\nmayor and I wanted a real fight,\" says Mr Berg.", "real fight",
     "Ola Berg"),
    # negative: interview turns without the author's words get no speaker
    ("Интервью.\n\n— Вы рады тому, как закончился этот матч?\n\n— Очень рад, что всё "
     "закончилось.", "Очень рад", None),
    # a quotation opening inside a sentence's reported speech and running past it: all that
    # speaker's
    ("Jan Holm answered by accusing Eva Berg of failing “to see the crisis. She has ignored "
     "the citizens.”", "She has ignored", "Jan Holm"),
    # negatives: a quotation that ends in its sentence leaves the next one alone; no reported
    # speech, no speaker
    ("Jan Holm answered by accusing Eva Berg of failing “to see the crisis.” She has ignored "
     "the citizens.", "She has ignored", None),
    ("The report, long awaited, called it “a crisis. Nobody saw it coming.”",
     "Nobody saw", None),
    # German: ", wie X mitteilte" names X for the clause before; an adverb opening the
    # sentence is no subject; condolences are speech
    ("Die Waffenruhe soll am Sonntag beginnen, wie Ministerpräsident Jan Holm nach Gesprächen "
     "in Doha mitteilte.", "Waffenruhe", "Jan Holm"),
    ("Zuvor hatte der Kanzler den Minister entlassen, wie ein Sprecher bestätigte.", "Zuvor",
     None),
    ("Bundeskanzler Jan Holm war in Berlin.\n\nSogar der Bundeskanzler kondoliert.",
     "kondoliert", "Jan Holm"),
    # "was quoted (by Y) as saying", "went on to say", "the (Valdorian) head of state"
    ("“Talks will resume,” Mara Lind was quoted as saying by state media.", "Talks will",
     "Mara Lind"),
    ("Mara Lind spoke on Monday. She went on to say that talks would resume.", "talks would",
     "Mara Lind"),
    ("Valdorian President Ivan Sokol met envoys.\n\nThe Valdorian head of state stressed that "
     "talks would resume.", "talks would", "Ivan Sokol"),
    # negatives: "quoted" without "as saying"; "head of state" not as the subject
    ("Mara Lind quoted a poem at the end of the talks.", "poem", None),
    ("Ivan Sokol is head of state, the paper said.", "head of state", None),
    # a quotation right after a sentence that tells of a person's words without quoting them
    ("Secretary-General Ana Ruiz hailed the deal.\n\n“Those who opposed it will see it "
     "come.”", "Those who", "Ana Ruiz"),
    ("Secretary-General Ana Ruiz hailed the deal. “Those who opposed it will see it come.”",
     "Those who", "Ana Ruiz"),
    ("Ana Ruiz, 25, addressed the fans in Spanish.\n\n“I have dreamed of this for years.”",
     "I have dreamed", "Ana Ruiz"),
    # negative: a sentence that tells of no words
    ("Secretary-General Ana Ruiz visited the site.\n\n“Those who opposed it will see it "
     "come.”", "Those who", None),
    # "the portal": the medium the article named; "the statement": the body it last quoted
    ("The talks were described by the Valdor Post website.\n\n“Holm saw no way on,” the "
     "portal wrote.", "Holm saw", "Valdor Post"),
    ("The Bank of Valdoria kept rates at 3%, the bank said in a statement.\n\nThe statement "
     "reiterated that rates were likely to fall.", "likely to fall", "Bank of Valdoria"),
    # negatives: no medium named; no body quoted before the statement
    ("The talks went on late.\n\n“Holm saw no way on,” the portal wrote.", "Holm saw", None),
    ("A group of officers spoke on TV.\n\nThe statement said the vote was invalid.",
     "vote was", None),
    # a role mention naming a country resolves within that country only
    ("Valdorian President Ivan Sokol met French President Jean Marc.\n\nThe French president "
     "said he doubted it.", "doubted", "Jean Marc"),
    ("Valdorian President Ivan Sokol met French President Jean Marc.\n\nThe Valdorian "
     "president said the West was to blame.", "to blame", "Ivan Sokol"),
    ("Russian presidential spokesman Dmitri Orlov spoke.\n\nThe Kremlin spokesman said talks "
     "would resume.", "talks would", "Dmitri Orlov"),
    ("Russian presidential spokesman Dmitri Orlov spoke.\n\nThe Kremlin's spokesman said talks "
     "would resume.", "talks would", "Dmitri Orlov"),
    # negatives: the role held only in other countries
    ("Valdorian President Ivan Sokol met French President Jean Marc.\n\nThe US president said "
     "nothing.", "nothing", None),
    ("French President Jean Marc spoke.\n\nThe Russian president said nothing.", "nothing",
     None),
    # a mood before the name; a place after it
    ("Ana Ruiz won the vote.\n\n“We did it,” said an emotional Ruiz after the count.", "We did",
     "Ana Ruiz"),
    ("She follows champion Ivo Marsh of Norway, who said he was “not motivated” to defend it.",
     "not motivated", "Ivo Marsh"),
    # negatives: an organisation's "of"; a role's "of"
    ("The Bank of Valdoria said rates would stay.", "rates", "Bank of Valdoria"),
    ("The mayor of Valdor said the roads were closed.", "roads", None),
    # "según dijo": the person named last; "según dijo X": X; inside a clause: nobody
    ("Ana Ruiz habló el lunes. Según dijo, la votación fue limpia.", "votación", "Ana Ruiz"),
    ("Ana Ruiz habló. Según dijo Pedro Gómez, la votación fue limpia.", "votación",
     "Pedro Gómez"),
    ("Ana Ruiz habló con Pedro Gómez, quien según dijo, le había llamado.", "llamado", None),
    # thanks are speech, in every language
    ("Pedro Gómez agradeció a todo su equipo el apoyo recibido.", "equipo", "Pedro Gómez"),
    ("Mayor Ana Ruiz thanked the volunteers for their work.", "volunteers", "Ana Ruiz"),
    # the subject of a sports story: "la jugadora" with nobody seen in that role
    ("Irene Vidal jugó la final.\n\n\"Me parece acertada la condena\", ha asegurado la "
     "jugadora en una rueda de prensa.", "acertada", "Irene Vidal"),
    # a lawmaker with nobody seen in that role: the person the page quoted last
    ("Marc Vidal a réagi. Le député a déclaré que la motion était juste.", "motion",
     "Marc Vidal"),
    # negative: a phrase without a role word stays as it was ("Trump hit back, saying …")
    ("Ruling party figures, 62 of them, called it premature and said it was early.", "early",
     None),
]


# Russian and Ukrainian attributions: (text, speaker or None) of the last claim
RUSSIAN_SPEAKER_CASES = [
    ("Як заявив Сомов, переговори продовжаться.", "Сомов"),
    ("За словами Івана Сомова, бюджет буде збалансовано.", "Іван Сомов"),
    ("У Кремлі заявили, що переговори продовжаться.", "Кремль"),
    ("Как заявил Сомов, переговоры продолжатся.", "Сомов"),
    ("Как заявил глава ведомства Иван Сомов, переговоры продолжатся.", "Иван Сомов"),
    ("Як зазначив глава відомства Іван Сомов, переговори триватимуть.", "Іван Сомов"),
    ("Как отметила Анна Лебедева в своем Telegram-канале, рост замедлится.", "Анна Лебедева"),
    ("Как сообщает агентство, Сомов заявил, что налоги не вырастут.", "Сомов"),
    ("По словам Ивана Сомова, бюджет будет сбалансирован.", "Иван Сомов"),
    ("По словам Лебедевой, переговоры продолжатся.", "Лебедева"),
    ("«Мы справимся», — цитирует Сомова агентство.", "Сомов"),
    ("«Мы справимся», — приводит слова Ивана Сомова агентство.", "Иван Сомов"),
    ("Об этом сообщила пресс-секретарь Анны Лебедевой Мария Орлова.", "Мария Орлова"),
    ("Министр Иван Сомов в ходе пресс-конференции заявил, что налоги не вырастут.",
     "Иван Сомов"),
    ("В Кремле заявили, что переговоры продолжатся.", "Кремль"),
    ("Ранее Лебедева заявляла, что переговоры продолжатся.", "Лебедева"),
    # a country, body or ministry in the genitive between the title and the name
    ("«Мы готовы», — заявил министр иностранных дел Китая Ван Лин.", "Ван Лин"),
    ("Глава Минфина Иван Сомов заявил, что бюджет сбалансирован.", "Иван Сомов"),
    ("Президент Турции Али Реза Демир заявил, что переговоры продолжатся.", "Али Реза Демир"),
    ("«Ми готові», — заявив міністр закордонних справ України Іван Сомов.", "Іван Сомов"),
    ("Посол Китая в США Ван Лин заявил, что переговоры продолжатся.", "Ван Лин"),
    # "рада, що" (glad that) says what she thinks
    ("Ганна Мельник рада, що її світовий рекорд побито", "Ганна Мельник"),
    # a prepositional phrase between the subject and its verb
    ("Иван Сомов в интервью ТАСС заявил, что налоги не вырастут.", "Иван Сомов"),
    ("Анна Лебедева на брифинге в Москве заявила, что рост замедлится.", "Анна Лебедева"),
    ("Сомов также в эфире телеканала заявил, что налоги не вырастут.", "Сомов"),
    ("Кремль в среду заявил, что переговоры продолжатся.", "Кремль"),
    ("В интервью ТАСС Иван Сомов заявил, что налоги не вырастут.", "Иван Сомов"),
    # a role mention without an article: the person the page named with that title
    ("Министр энергетики Казахстана Иван Сомов выступил в парламенте. «Станция будет "
     "безопасной», — подчеркнул министр.", "Иван Сомов"),
    ("Президент Валдории Иван Сомов выступил с посланием. «Мы проведём референдум», — сказал "
     "глава государства.", "Иван Сомов"),
    ("Іван Сомов виступив у парламенті. «Станція буде безпечною», — заявив міністр.",
     "Іван Сомов"),  # (untitled, but the one man named; "Іван" a man's name since the 39th
    # round, as "Иван" was)
    ("Ганна Сомова виступила у парламенті. «Станція буде безпечною», — заявив міністр.", None),
    # ^ (the verb says a man)
    # the hyphen many sites type for the dash; a speaker label; a thought with its clause
    ("«Тема на повестке уже год», - отметил Сомов.", "Сомов"),
    ("\"Слава Україні\", - сказав Сомов на відео.", "Сомов"),
    ("Сомов: референдум пройдет осенью.", "Сомов"),
    ("Фото: архив редакции сайта.", None),
    ("Иван Сомов уверен, что референдум пройдёт.", "Иван Сомов"),
    ("Іван Сомов вважає, що референдум пройде.", "Іван Сомов"),
    ("Политолог Иван Сомов уверен: комиссия была в курсе.", "Иван Сомов"),
    ("Иван Сомов уверен в победе.", None),
    ("Иван Сомов рассказал, что налоги не вырастут.", "Иван Сомов"),
    ("Иван Сомов выступил в парламенте. Он уточнил, что налоги не вырастут.", "Иван Сомов"),
    # a participle clause and a place between the subject and its verb
    ("Олександр Сомов, ставши чемпіоном світу, в рингу сказав: «Ми це зробили!»",
     "Олександр Сомов"),
    # one person in several cases is named in the nominative
    ("Матч с Иваном Сомовым завершился. Иван Сомов доволен. «Мы справились», — сказал он.",
     "Иван Сомов"),
    ("Мария Орлова назвала заявление «провокацией».", "Мария Орлова"),
    # no quotation: a judgement said all the same (as "bezeichnete … als"); not a name given
    ("Мария Орлова назвала заявление провокацией.", "Мария Орлова"),
    ("Мария Орлова выступила. Она назвала дочь Анной.", None),
    ("По мнению Ивана Сомова, диалог продолжится.", "Иван Сомов"),
    ("Иван Сомов выступил на форуме. Дипломат отметил, что диалог продолжится.", "Иван Сомов"),
    ("Президентка Валдорії Марія Орлова виступила. «Ми готові», — заявила президентка.",
     "Марія Орлова"),
    ("Министр иностранных дел Валдории Иван Сомов провёл переговоры. «Мы готовы к диалогу», — "
     "подчеркнул глава МИД.", "Иван Сомов"),
    ("Тайсон Орел програв бій. Після бою британський боксер заявив, що виграв більшість "
     "раундів.", "Тайсон Орел"),
    ("Іван Сомов виступив у Раді, наголосивши, що діалог триватиме.", "Іван Сомов"),
    # a name in another case is no subject for "він" to go on with
    ("Олександр Сомов записав відео. Український боксер показав обличчя після бою з Тайсоном "
     "Орлом. Також він подякував українцям.", "Олександр Сомов"),
    # a title and its country or body, no name: nobody named "России"
    ("«Это провокация», — заявил президент России.", None),
    ("«Это провокация», — заявил пресс-секретарь Кремля.", None),
    # negatives: no speech cue; "как" comparing, not attributing
    ("Заявление Сомова прозвучало в понедельник.", None),
    ("Как говорят в народе, без труда не выловишь рыбку.", None),
]


@pytest.mark.parametrize("text,speaker", RUSSIAN_SPEAKER_CASES)
def test_russian_speakers(text, speaker):
    claim = extract_from_text(text)[-1]
    assert (claim.speaker.name if claim.speaker else None) == speaker


def test_a_cyrillic_headline_label_names_the_speaker_of_the_body():
    claim = extract_from_text("Иван Сомов выступил в парламенте.",
                              title="Сомов: референдум пройдет осенью")[0]
    assert (claim.kind, claim.speaker.name) == ("headline", "Иван Сомов")


def test_author_words_inside_the_quotation_marks_attribute_both_parts():
    claims = extract_from_text("«Мы готовы к диалогу, — сказал Иван Сомов. — Переговоры "
                               "продолжатся в среду».")
    assert [(c.kind, c.speaker.name if c.speaker else None) for c in claims] == [
        ("quote", "Иван Сомов")] * len(claims)
    assert any("Переговоры" in c.text for c in claims)


@pytest.mark.parametrize("text,speaker,via", [
    ("«Мы не видим оснований для паники», — цитирует Сомова РИА Новости.", "Сомов", "РИА Новости"),
    ("«Мы не видим оснований», — заявил Иван Сомов РБК.", "Иван Сомов", "РБК"),
    ("«Мы не видим оснований», — заявил Иван Сомов.", "Иван Сомов", None),
])
def test_a_medium_named_after_the_speaker_is_the_relay(text, speaker, via):
    claim = extract_from_text(text)[-1]
    assert (claim.speaker.name, claim.via) == (speaker, via)


def test_a_medium_between_the_speaker_and_the_verb_is_the_relay():
    claim = extract_from_text("Иван Сомов в интервью ТАСС заявил, что налоги не вырастут.")[-1]
    assert (claim.speaker.name, claim.via) == ("Иван Сомов", "ТАСС")


@pytest.mark.parametrize("mention,name", [
    ("a spokesman for Mr Holm", None),
    ("an aide to President Ana Ruiz", None),
    ("ein Sprecher des Bundesministers Jan Holm", None),
    ("помощник президента Ивана Холмова", None),
    ("помощник президента Иван Холмов", "Иван Холмов"),
    ("Shadow spokesman for sport Hugh Holm", "Hugh Holm"),
    ("the spokesman for the Ministry of Defence John Holm", "John Holm"),
    # the spokesman named after a comma, the principal before it
    ("spokesman for President Ana Ruiz, Mr Jan Holm", "Jan Holm"),
    ("Reporters Without Borders", "Reporters Without Borders"),
    # a German genitive after a role is no name; a surname's particles are
    ("ein Sprecher der Stadt", None),
    ("Frau von der Holm", "von der Holm"),
    ("Herr van der Holm", "van der Holm"),
])
def test_a_principal_named_after_a_spokesman_is_not_the_name(mention, name):
    assert parse_mention(mention).name == name


@pytest.mark.parametrize("mention,name,role", [
    ("президент Франции Пьер Дюран", "Пьер Дюран", "президент Франции"),
    ("официальный представитель МИД Китая Ван Лин", "Ван Лин",
     "официальный представитель МИД Китая"),
    ("Прем’єр-міністр України Іван Сомов", "Іван Сомов", "Прем’єр-міністр України"),
    ("президент Турции Али Реза Демир", "Али Реза Демир", "президент Турции"),
    ("пресс-секретарь Анны Лебедевой Мария Орлова", "Мария Орлова",
     "пресс-секретарь Анны Лебедевой"),
    ("президент России", None, "президент России"),
    ("спикер Госдумы", None, "спикер Госдумы"),
    # a given name is no genitive: the whole name stays
    ("президент Иван Иванович Сомов", "Иван Иванович Сомов", "президент"),
])
def test_cyrillic_titles_keep_their_genitive_country(mention, name, role):
    parsed = parse_mention(mention)
    assert (parsed.name, parsed.role) == (name, role)


@pytest.mark.parametrize("mention,name,role,kind", [
    # a firm in Latin letters between a Cyrillic role and a Cyrillic name belongs to the role
    ("Совладелец Wildberries Владислав Холмов", "Владислав Холмов", "Совладелец Wildberries",
     "person"),
    # a role after a lowercase word of it, its complement after "du" or "der", then the name
    ("Le premier ministre du Québec Paul Holmier", "Paul Holmier", "premier ministre du Québec",
     "person"),
    ("der Präsident der Ukraine Petro Holmenko", "Petro Holmenko", "Präsident der Ukraine",
     "person"),
    ("le président de la FFF Philippe Holm", "Philippe Holm", "président de la FFF", "person"),
    # a plural article opens the name of a group, never of one person
    ("Les Républicains", "Les Républicains", None, "organisation"),
    ("Los Pumas", "Los Pumas", None, "organisation"),
    ("Le Pen", "Le Pen", None, "person"),
    # a body's name closed by a lowercase adjective
    ("le ministère de l’Éducation nationale", "Ministère de l’Éducation nationale", None,
     "organisation"),
    # a German adjective of a country, or a body's compound, then a noun: a body; a company's
    # legal form; a capitalised body word before an unknown given name
    ("Deutsche Bahn", "Deutsche Bahn", None, "organisation"),
    ("Kantonspolizei Wallis", "Kantonspolizei Wallis", None, "organisation"),
    ("Holmwerke AG", "Holmwerke AG", None, "organisation"),
    ("Coalition Avenir Québec", "Coalition Avenir Québec", None, "organisation"),
    ("Kremlin Dmitry Holmov", "Dmitry Holmov", "Kremlin", "person"),
    # a country's letters before a role with its complement
    ("UK Chancellor of the Exchequer Gordon Holm", "Gordon Holm", "UK Chancellor of the Exchequer",
     "person"),
    # a "co-" title; a given name or a title before a surname that also names bodies
    ("Holm co-chairman Anna Berg", "Anna Berg", "Holm co-chairman", "person"),
    ("Tory co-chairman Anna Fox", "Anna Fox", "Tory co-chairman", "person"),
    ("Mr Fox", "Fox", "Mr", "person"),
    ("Fox News", "Fox News", None, "organisation"),
    # a body's name ends before a relative pronoun and a day; an MP "for" a seat is no name
    ("figures revealed by the Holm Commission on Wednesday", "Holm Commission", None,
     "organisation"),
    ("The HAAF - which", "HAAF", None, "organisation"),
    ("Culture Secretary Anna Holm on Tuesday", "Anna Holm", "Culture Secretary", "person"),
    ("President da Holma", "da Holma", "President", "person"),
    ("le maire de Holmsø", None, "maire", "person"),
    ("Labour MPs on Monday", None, None, "person"),  # (a group)
    ("the Tory MP for Holmford and Bergton", None, "Tory MP for Holmford and Bergton", "person"),
    # a party by its members' name, alone or after its wing or era: a body ("New Labour" is
    # Labour); a party or a word before a known given name is no part of the name
    ("New Labour", "Labour", None, "organisation"),
    ("Scottish Labour", "Scottish Labour", None, "organisation"),
    ("Lib Dems", "Lib Dems", None, "organisation"),
    ("Lib Dem", "Lib Dems", None, "organisation"),
    ("Liberal Democrat", "Liberal Democrats", None, "organisation"),
    ("Rival Holmtec", "Holmtec", "Rival", "person"),  # (a firm: "Rival Sony said")
    ("Tories", "Tories", None, "organisation"),
    ("conservatives", None, None, "person"),  # (no party: "religious conservatives say")
    ("Tory Dominic Holm", "Dominic Holm", "Tory", "person"),
    ("Nottingham City Councillor Brian Holm", "Brian Holm", "Nottingham City Councillor",
     "person"),
    ("Jimmy Floyd Holmbaink", "Jimmy Floyd Holmbaink", None, "person"),
    ("Detective Inspector Paul Holm", "Paul Holm", "Detective Inspector", "person"),
    # a capitalised modifier before a role and its complement; letters after a name
    ("Shadow leader of the Commons Anna Holm", "Anna Holm", "Shadow leader of the Commons",
     "person"),
    ("Brian Holm MSP", "Brian Holm", None, "person"),
    ("Suffolk Chief Constable Alastair Holm", "Alastair Holm", "Suffolk Chief Constable",
     "person"),
    ("John Constable", "John Constable", None, "person"),
    # a place of two words before "-based" goes with it
    ("the San Francisco-based US Court of Holm", "US Court of Holm", None, "organisation"),
    # two initials after a role are a person's; a body's name may hold two capitals too
    ("author JK Holm", "JK Holm", "author", "person"),
    ("Holmfield TSB Holm", "Holmfield TSB Holm", None, "organisation"),
    ("Zara Holm of UK Athletics", "Zara Holm", None, "person"),
    ("investment bank JP Holm", "JP Holm", None, "organisation"),
])
def test_roles_complements_and_groups_in_mentions(mention, name, role, kind):
    parsed = parse_mention(mention)
    assert (parsed.name, parsed.role, parsed.kind) == (name, role, kind)


def test_a_medium_before_the_speaker_is_the_relay():
    claim = extract_from_text("Как сообщает агентство, Сомов заявил, что налоги не вырастут.")[-1]
    assert (claim.speaker.name, claim.via, claim.said) == ("Сомов", "агентство",
                                                           "налоги не вырастут")


def test_quoted_as_saying_by_a_medium_is_relayed():
    claim = extract_from_text("“Talks will resume,” Mara Lind was quoted as saying by TASS.")[-1]
    assert (claim.speaker.name, claim.via, claim.said) == ("Mara Lind", "TASS",
                                                           "Talks will resume")


# the medium a statement was relayed through: (text, speaker, via, what was said) of the
# last claim
RELAY_CASES = [
    ("Ola Holm told the Independent he expected a switch.", "Ola Holm", "Independent",
     "he expected a switch"),
    ("“Talks are frozen,” Dmitri Orlov told the RIA Novosti news agency.", "Dmitri Orlov",
     "RIA Novosti", "Talks are frozen"),
    ("Dmitri Orlov told the state-run TASS news agency that talks were frozen.", "Dmitri Orlov",
     "state-run TASS news agency", "talks were frozen"),
    ("Dmitri Orlov told Reuters talks were frozen.", "Dmitri Orlov", "Reuters",
     "talks were frozen"),
    ("In an interview with TASS, Dmitri Orlov said talks were frozen.", "Dmitri Orlov", "TASS",
     "talks were frozen"),
    # the German medium told after the speaker's name, by its name; "gegenüber" a broadcaster
    ("„Wir öffnen“, sagte Jan Holm am Montag der Deutschen Presse-Agentur.", "Jan Holm",
     "Deutschen Presse-Agentur", "Wir öffnen"),
    ("„Wir öffnen“, sagte Holm gegenüber dem NDR.", "Holm", "NDR", "Wir öffnen"),
    # the subject after the medium the speaker spoke with ("en diálogo con Radio Holm el …")
    ("\"El puerto reabrirá\", sostuvo en diálogo con Radio Holm el ministro Juan Holm.",
     "Juan Holm", "Radio Holm", "El puerto reabrirá"),
    ("« Le port rouvrira », a déclaré en entretien avec France Inter le ministre Jean Holm.",
     "Jean Holm", "France Inter", "Le port rouvrira"),
    # the medium that interviewed the speaker (not judges who questioned him)
    ("Interrogé par France Inter, le ministre Jean Holm a indiqué que le port rouvrirait.",
     "Jean Holm", "France Inter", "le port rouvrirait"),
    ("Interviewed by the BBC, Ana Holm said the port would reopen.", "Ana Holm", "BBC",
     "the port would reopen"),
    ("Interrogé par les juges, Jean Holm a déclaré qu'il était innocent.", "Jean Holm", None,
     "il était innocent"),
    # a broadcaster the speaker spoke on; a programme's medium
    ("« Nous aiderons », a déclaré Jean Holm sur France Inter.", "Jean Holm", "France Inter",
     "Nous aiderons"),
    ("«Мы поможем», — заявил Иван Холмов в эфире телеканала РБК.", "Иван Холмов",
     "телеканала РБК", "Мы поможем"),
    ("«Мы поможем», — заявил Иван Холмов в интервью телеканалу «Россия 24».", "Иван Холмов",
     "телеканалу «Россия 24»", "Мы поможем"),
    ("«Ми допоможемо», — сказав Іван Холмов в ефірі телеканалу «1 + 1».", "Іван Холмов",
     "телеканалу «1 + 1»", "Ми допоможемо"),
    ("\"We will help,\" Ana Holm told CNN's State of the Union on Sunday.", "Ana Holm", "CNN",
     "We will help"),
    # the agency that quotes the speaker, after or before the speaker's role and name
    ("«Переговоры заморожены», — цитирует министра иностранных дел Ивана Холмова агентство "
     "ТАСС.", "Иван Холмов", "агентство ТАСС", "Переговоры заморожены"),
    ("«Переговоры заморожены», — цитирует ТАСС министра Ивана Холмова.", "Иван Холмов", "ТАСС",
     "Переговоры заморожены"),
    ("«Переговори заморожено», — цитує міністра Івана Холмова агентство Укрінформ.",
     "Іван Холмов", "агентство Укрінформ", "Переговори заморожено"),
    ("«Переговори заморожено», — наводить слова міністра Івана Холмова Укрінформ.",
     "Іван Холмов", "Укрінформ", "Переговори заморожено"),
    # the speaker set off by commas after the relay ("…, X, leader of the party, proposed …")
    ("According to the daily Bild, Jan Holm, leader of the FDP party, proposed early elections.",
     "Jan Holm", "the daily Bild", "early elections"),
    ("“Talks are frozen,” Dmitri Orlov said, as quoted by Interfax.", "Dmitri Orlov",
     "Interfax", "Talks are frozen"),
    ("Talks are frozen, Dmitri Orlov told journalists, according to TASS.", "Dmitri Orlov",
     "TASS", "Talks are frozen"),
    ("Переговоры заморожены, заявил Дмитрий Орлов в интервью ТАСС.", "Дмитрий Орлов", "ТАСС",
     "Переговоры заморожены"),
    ("According to media reports, Dmitri Orlov said talks were frozen.", "Dmitri Orlov",
     "media reports", "talks were frozen"),
    # a medium between a speaker's verb and the words relays them
    ("The Korvgaz union fears, according to Zeit Online, that the cuts will spread.",
     "Korvgaz union", "Zeit Online", "the cuts will spread"),
    # a Russian medium's name between a medium noun and the speaker after the cue
    ("\"Они же в команде\", – сказал в эфире телеканала СТВ Холмов.", "Холмов", "СТВ",
     "Они же в команде"),
    # negatives: an audience, not a medium; "according to" the speaker himself
    ("Dmitri Orlov told reporters talks were frozen.", "Dmitri Orlov", None,
     "talks were frozen"),
    ("According to Dmitri Orlov, talks were frozen.", "Dmitri Orlov", None, "talks were frozen"),
    ("Korvgaz prices rose, according to Reuters.", "Reuters", None, "Korvgaz prices rose"),
]


@pytest.mark.parametrize("text,speaker,via,said", RELAY_CASES)
def test_relays(text, speaker, via, said):
    claim = extract_from_text(text)[-1]
    assert (claim.speaker.name, claim.via, claim.said) == (speaker, via, said)


# a medium that says whom it cites relays them: "Reuters reported, citing X", "сообщает ТАСС со
# ссылкой на X" (the accusative read back), "informó EFE citando a X", "a rapporté l'AFP
# citant X"; an unnamed source is no one; the one a speaker cites is not the speaker; and
# speakers given in an aside or by a passive
CITED_CASES = [
    ("The port will reopen, Reuters reported, citing Jan Holm, the port chief.", "port will",
     "Jan Holm", "Reuters"),
    ("The port will reopen, Reuters reported, citing two sources in the ministry.",
     "port will", None, "Reuters"),
    ("Реформа будет принята, сообщает ТАСС со ссылкой на министра Ивана Холмова.", "Реформа",
     "Иван Холмов", "ТАСС"),
    ("Порт откроют в марте. Об этом сообщает РИА Новости со ссылкой на источник в "
     "министерстве.", "Порт", None, "РИА Новости"),
    ("La reforma será aprobada, informó la agencia Holm citando a fuentes del ministerio.",
     "reforma", None, "la agencia Holm"),
    ("La réforme sera adoptée, a rapporté l'AFP citant une source au ministère.", "réforme",
     None, "l'AFP"),
    ("Jan Holm said the port would reopen, citing new data.", "port", "Jan Holm", None),
    # a medium in an aside after "Pour X," / "Para X,"; not words after the clause
    ("Pour Marc Holm, interrogé par l'AFP, la réforme du port est « une erreur ».", "réforme",
     "Marc Holm", "l'AFP"),
    ("Para el ministro Juan Holm, en declaraciones a Radio Holm, la reforma es necesaria.",
     "reforma", "Juan Holm", "Radio Holm"),
    ("Pour Marc Holm, la réforme est une erreur, sur tous les plans.", "réforme", "Marc Holm",
     None),
    # the agent of "fue dado a conocer por" and "was announced by" (a name set off after the
    # role), and the sentence before when "lo anterior" or "this" was
    ("La reforma es necesaria. Lo anterior fue dado a conocer por el ministro de Economía, "
     "Juan Holm, durante una conferencia de prensa.", "reforma es", "Juan Holm", None),
    ("La noticia fue dada a conocer por el ministro Juan Holm.", "noticia", "Juan Holm", None),
    ("The port will close. This was announced by the mayor, Ann Holm, on Monday.", "port will",
     "Ann Holm", None),
    # a medium told before the speaker after the verb: the relay, and an unnamed source no one
    ("Реформа будет принята, сообщил ТАСС источник в министерстве.", "Реформа", None, "ТАСС"),
    ("Как рассказал РБК собеседник в правительстве, реформа будет принята.", "реформа", None,
     "РБК"),
    ("Как рассказал ТАСС министр Иван Холмов, реформа будет принята.", "реформа",
     "Иван Холмов", "ТАСС"),
    ("La reforma será aprobada, dijeron a EFE fuentes del ministerio.", "reforma", None, "EFE"),
    ("La réforme sera adoptée, a indiqué à l'AFP une source proche du dossier.", "réforme", None,
     "l'AFP"),
    ("La reforma será aprobada, dijo a EFE el ministro Juan Holm.", "reforma", "Juan Holm",
     "EFE"),
    # the medium that quotes the source ("citée par l'AFP", "citado por EFE") is the relay, no
    # part of the source's name; "a través de sus redes sociales" is the way, no medium
    ("Selon le ministre Marc Holm cité par l'AFP, la réforme sera adoptée.", "réforme",
     "Marc Holm", "l'AFP"),
    ("Según fuentes citadas por EFE, la reforma será aprobada.", "reforma", None, "EFE"),
    ("\"Es una decisión histórica\", expresó a través de sus redes sociales el ministro de "
     "Economía, Juan Holm.", "histórica", "Juan Holm", None),
    ("\"Es histórica\", dijo a través de la radio el ministro Juan Holm.", "histórica",
     "Juan Holm", None),
    # a Russian or Ukrainian role or body in lowercase words after the verb, past the
    # journalists told ("заявил журналистам глава ведомства", "повідомила пресслужба
    # міністерства"), as the locative's "сообщили в пресс-службе министерства"
    ("Министр Иван Холмов посетил порт. Реформа будет принята в марте, заявил журналистам "
     "глава ведомства.", "марте", "Иван Холмов", None),
    ("Реформа будет принята в марте, сообщила пресс-служба министерства.", "марте",
     "Пресс-служба министерства", None),
    ("Реформу ухвалять у березні, повідомила пресслужба міністерства.", "березні",
     "Пресслужба міністерства", None),
    ("Реформу ухвалять у березні. Про це повідомила прес-служба міністерства.", "ухвалять",
     "Прес-служба міністерства", None),
    # a name in the genitive after a role in the genitive belongs to the head before them
    ("Жена министра Ивана Холмова заявила, что порт откроют.", "порт", None, None),
    ("Министр Иван Холмов посетил порт. Заместитель министра Ивана Холмова заявил, что порт "
     "откроют.", "откроют", None, None),
    ("Пресс-секретарь президента Иван Холмов заявил, что реформа необходима.", "реформа",
     "Иван Холмов", None),
    # "aus dem Umfeld des Ministers": his circle, no one by name
    ("Die Reform komme im März, hieß es aus dem Umfeld des Ministers.", "Reform", None, None),
    ("Das bestätigte ein Sprecher der Stadt auf Anfrage. Die Reform komme.", "Reform", None,
     None),
    ("Прес-секретар президента Юлія Холмова зробила заяву про реформу.", "реформу",
     "Юлія Холмова", None),  # (a woman's name in the nominative, not "Юлій" in the genitive)
    # "M quoted X as saying": X speaks through the medium M (not a person who quotes another)
    ("\"He has been ripping people off,\" AP quoted prosecutor Russell Holm as saying.",
     "ripping", "Russell Holm", "AP"),
    ("Reuters quoted Finance Minister Jan Holm as saying the budget would be cut.", "budget",
     "Jan Holm", "Reuters"),
    ("The Holmfax news agency quoted a source as saying the talks had failed.", "talks", None,
     "The Holmfax news agency"),
    ("On Monday, the Times quoted an aide to Mr Holm as saying he would stay.", "stay", None,
     "the Times"),
    ("Ana Ruiz quoted her father as saying the war was lost.", "war", None, None),
    # German agencies in lowercase ("die dpa") are media, as capitalised ones
    ("Der Minister will zurücktreten, berichtete die dpa.", "zurücktreten", "dpa", None),
    ("Die Nachrichtenagentur dpa berichtete, der Minister wolle zurücktreten.", "zurücktreten",
     "dpa", None),
    ("Der Minister Jan Holm sagte der dpa, er wolle zurücktreten.", "zurücktreten", "Jan Holm",
     "dpa"),
]


@pytest.mark.parametrize("text,fragment,speaker,via", CITED_CASES)
def test_a_medium_citing_a_source_relays_it(text, fragment, speaker, via):
    claim = next(c for c in extract_from_text(text) if fragment in c.text)
    assert (claim.speaker.name if claim.speaker else None, claim.via) == (speaker, via)


def test_a_backward_attribution_with_its_subject_first_names_the_sentence_before():
    claims = extract_from_text("Переговоры заморожены. Об этом Дмитрий Орлов заявил в интервью "
                               "ТАСС.")
    assert (claims[0].speaker.name, claims[0].via, claims[0].said) == (
        "Дмитрий Орлов", "ТАСС", "Переговоры заморожены")


# a headline's role mention, resolved once the body has told whose role is whose:
# (title, body, speaker or None)
HEADLINE_ROLE_CASES = [
    ("Talks go on, says Orlov spokesman",
     "Presidential spokesman Pavel Sedov said talks go on.\n\nLater, NATO spokesperson Ana "
     "Lind said they would not.", "Pavel Sedov"),
    ("Talks go on, says Orlov spokesman",
     "President Mikhail Orlov met envoys.\n\nPavel Sedov, Orlov's spokesman, said talks go on.",
     "Pavel Sedov"),
    # negative: nobody in a spokesman's role; the name in the mention is not its holder
    ("Talks go on, says Orlov spokesman", "President Mikhail Orlov met envoys on Monday.", None),
]


@pytest.mark.parametrize("title,body,speaker", HEADLINE_ROLE_CASES)
def test_headline_roles(title, body, speaker):
    claim = extract_from_text(body, title=title)[0]
    assert claim.kind == "headline"
    assert (claim.speaker.name if claim.speaker else None) == speaker


# German indirect speech runs on in the subjunctive: (text, fragment, speaker or None)
SUBJUNCTIVE_RUN_CASES = [
    ("Die Bank senkte den Zins, sagte Eva Holm.\nDie Lage sei unsicher.", "Lage sei", "Eva Holm"),
    ("Die Bank senkte den Zins, sagte Eva Holm.\nDie Lage sei unsicher.\nDas werde dauern.",
     "werde dauern", "Eva Holm"),
    # a regular verb's subjunctive ("plane") continues the run too
    ("Die Bank senkte den Zins, sagte Eva Holm.\nDer Vorstand plane Kündigungen.", "plane",
     "Eva Holm"),
    ("The bank cut rates, said Eva Holm.\nA plane to Rome was late.", "plane", None),  # English
    # the Konjunktiv II standing in for the plural's ("lägen", "würden")
    ("Eva Holm sprach davon, dass drei Werke schließen sollen. Auch Lohnkürzungen lägen auf dem "
     "Tisch.", "Lohnkürzungen", "Eva Holm"),
    ("Die Preise würden steigen.", "Preise", None),
    # "könnte", "müsste", "dürfte": Konjunktiv II of the modal verbs, after a warning too
    ("Die Gewerkschaft Valdor warnt vor einem Dominoeffekt. Der Abbau könnte viele Zulieferer "
     "treffen.", "Zulieferer", "Gewerkschaft Valdor"),
    ("Der Abbau könnte viele Zulieferer treffen.", "Zulieferer", None),
    # negatives: an indicative sentence ends the run; no run without a speaker before
    ("Die Bank senkte den Zins, sagte Eva Holm.\nDie Börsen reagierten.\nDie Lage sei ruhig.",
     "Lage sei", None),
    ("Die Lage sei ruhig.", "Lage sei", None),
    # "äußerte sich" is a cue; a sentence that is all quotation does not end the run
    ("Eva Holm äußerte sich zum Handel. Die Folgen seien offen. \"Wir warten ab.\" Die Lage "
     "sei unsicher.", "Lage sei", "Eva Holm"),
    # with no run before, a person of the article right before the verb, or a pronoun right
    # after it, opens one
    ("Toni Varga beendet seine Karriere.\nVarga habe lange nachgedacht.\nDer Schritt sei "
     "endgültig.", "Schritt sei", "Toni Varga"),
    ("Jan Holm entließ den Minister.\nEin solches Verhalten wolle er nicht hinnehmen.",
     "Verhalten wolle", "Jan Holm"),
    # negatives: a capitalised word that is no person of the article; the pronoun elsewhere
    ("Toni Varga beendet seine Karriere.\nGott sei Dank ist er gesund.", "Gott sei", None),
    ("Eva Holm kam.\nSie bleibt, es sei denn, man fragt.", "es sei denn", None),
    ("Eva Holm kam.\nDas wolle sie nicht.", "wolle sie", None),
    # a sentence opening with "er" or "sie" (one woman) tells of the person it stands for
    ("Toni Holm tritt aus der Nationalmannschaft zurück. Das verkündete der Torhüter in einem "
     "Video auf den sozialen Medien, die er auch sonst nutzt.\n\nEr hatte seine Zukunft "
     "offengelassen. Die Entscheidung sei ihm nicht leicht gefallen.", "Entscheidung sei",
     "Toni Holm"),
    ("Anna Holm tritt aus der Nationalmannschaft zurück und beendet damit eine lange Karriere. "
     "Das verkündete sie in einem Video auf den sozialen Medien, die sie auch sonst mit der "
     "Familie nutzt.\n\nSie hatte ihre Zukunft "
     "offengelassen. Die Entscheidung sei ihr nicht leicht gefallen.", "Entscheidung sei",
     "Anna Holm"),
    ("Die Spieler der Nationalmannschaft trafen sich in einem Hotel in den Bergen, die sie "
     "auch sonst nutzen. Sie hatten ihre Zukunft offengelassen. Die Entscheidung sei nicht "
     "leicht gefallen.", "Entscheidung sei", None),
    # more regular verbs' subjunctive ("entstehe", "stärke")
    ("Die Bank senkte den Zins, sagte Eva Holm.\nDadurch entstehe ein Vorteil.", "entstehe",
     "Eva Holm"),
    ("Die Bank senkte den Zins, sagte Eva Holm.\nAusserdem stärke das die Position der Bank.",
     "stärke", "Eva Holm"),
]


@pytest.mark.parametrize("text,fragment,speaker", SUBJUNCTIVE_RUN_CASES)
def test_subjunctive_runs(text, fragment, speaker):
    claim = next(c for c in extract_from_text(text) if fragment in c.text)
    assert (claim.speaker.name if claim.speaker else None) == speaker
    assert claim.kind == ("reported" if speaker else "narration")


ORGANISATION_SPEAKER_CASES = [
    # a body after its kind: "the … company X", resolved again by "the company"
    ("The state energy company Korvgaz has halted deliveries, the company said on Wednesday.",
     "halted", "reported", "Korvgaz"),
    ("Valdoria’s state gas company Korvgaz halted deliveries on Wednesday, saying the debt was "
     "unpaid.", "halted", "reported", "Korvgaz"),
    # negatives: a title after the body noun is a person's; a cue between stops the phrase
    ("The central bank Governor Eva Holm said rates would stay.", "rates", "reported",
     "Eva Holm"),
    ("Jan Holm told the company Korvgaz that it would pay.", "would pay", "reported", "Jan Holm"),
    # offices and institutes are speakers ("the presidency said"), with no name to give
    ("The presidency said the address was good.", "address", "reported", None),
    ("The embassy said the visa rules would change.", "visa", "reported", None),
    ("The institute found that 9% of respondents were happy.", "respondents", "reported", None),
    # "remind (someone) that" is a cue; negative: "reminded many of" is not
    ("Marek Orlov reminded lawmakers that the court must decide.", "court must", "reported",
     "Marek Orlov"),
    ("This reminded many of the 1990s crisis.", "1990s", "narration", None),
    # an owner's office under the name it is searched for
    ("Valdoria’s Foreign Ministry said the troops would stay.", "troops", "reported",
     "Foreign Ministry of Valdoria"),
    ("Prime Minister Jan Holm's office said talks would resume.", "talks", "reported",
     "Office of Jan Holm"),
    # negatives: a body's own name, an organisation's office
    ("The People's Office said the vote was fair.", "vote", "reported", "People's Office"),
    ("The Kremlin's press office said the visit was off.", "visit", "reported",
     "Kremlin's press office"),
    # "the board" is the company the article names most, not a title in capitals ("CEO")
    ("Korvgaz Chief Executive Officer (CEO) Ana Lind is leaving.\nKorvgaz said a new CEO "
     "would be found.\nThe Board said Lind would stay until July.", "until July", "reported",
     "Korvgaz"),
    # "the court", "the government": the body the page named by a place or nationality
    ("A Valdoria court convicted the actor on Tuesday.\nThe court said his account had "
     "changed.", "account", "reported", "Valdoria court"),
    ("The Valdorian government declared an emergency.\nThe government said 27 people died.",
     "27 people", "reported", "Valdorian government"),
    ("The court, composed of three judges, concluded that the account was not credible.",
     "credible", "reported", None),
    # negatives: another noun; a sentence opening is no place
    ("The Valdorian government declared an emergency.\nThe court said 27 people died.",
     "27 people", "reported", None),
    ("But the government in Valdoria fell.\nThe government said it would resign.",
     "resign", "reported", None),
    # German: "…, so X in …"; an adverb, the auxiliary, then the subject; a name in marks after
    # an inverted cue and adverbs; "nach Angaben des …" (the genitive undone); "Laut X" first
    ("Jan Holm tritt zurück.\n\"Es hat mich stolz gemacht\", so Holm in einer Videobotschaft.",
     "stolz", "quote", "Jan Holm"),
    ("Jan Holm tritt zurück.\nZuletzt hatte die „Bild“ über die Entscheidung berichtet.",
     "Entscheidung", "reported", "Bild"),
    ("Der Weltmeister werde seinen Vertrag erfüllen, berichtete die „Bild“ zuletzt weiter.",
     "Vertrag", "reported", "Bild"),
    ("Korvwerke will nach Angaben des Betriebsrats drei Werke schließen.", "Werke",
     "reported", "Betriebsrat"),
    ("Nach Angaben des Betriebsrats will Korvwerke drei Werke schließen.", "Werke",
     "reported", "Betriebsrat"),
    ("Laut Zeit Online will Korvwerke drei Werke schließen.", "Werke", "reported",
     "Zeit Online"),
    # negative: an adverb, the auxiliary and a lowercase phrase name no one
    ("Zuletzt hatte es über die Entscheidung viel Streit gegeben.", "Streit", "narration",
     None),
    # the subject of a verb a medium relays ("laut Zeit Online") is the speaker
    ("Die IG Metall kritisierte den Plan.\nDie Gewerkschaft befürchtet laut Zeit Online "
     "weitreichende Konsequenzen.", "Konsequenzen", "reported", "IG Metall"),
    # a fact-check's "Claim:" is the statement its body attributes, if the body has it
    ("Claim: NATO moved troops to the border first.\nVerdict: False\n"
     "In an interview, spokesman Pavel Sedov said that NATO had moved its troops to the border "
     "first.", "Claim:", "reported", "Pavel Sedov"),
    ("Claim: The moon is made of cheese.\nVerdict: False\n"
     "Spokesman Pavel Sedov said that taxes would rise.", "Claim:", "reported", None),
]


QUOTE_TURN_CASES = [
    # link lines and headings between a speaker's words and a quotation paragraph do not end
    # the speaker's turn; a sentence of the article's own does
    ("Toni Varga will retire, he confirmed on Tuesday.\nMORE ON REAL MADRID\n"
     "👉 How Vini can win the Ballon d’Or\n"
     "“It was the start of a new chapter at the biggest club in the world.”", "new chapter",
     "Toni Varga"),
    ("Toni Varga will retire, he confirmed on Tuesday.\nThe club has not commented yet.\n"
     "“It was the start of a new chapter at the biggest club in the world.”", "new chapter",
     None),
    # a subheading that is a short quotation with no stop is words pulled from the article,
    # not the previous speaker's; a quotation paragraph with its stop is
    ("Ana Ruiz confirme dans le communiqué : «Pendant 5 ans, notre groupe a œuvré. Sous son "
     "leadership, notre entreprise a retrouvé une base saine».\n\n«Nous avons relevé des défis "
     "immenses»", "défis", None),
    ("Ana Ruiz confirme dans le communiqué : «Pendant 5 ans, notre groupe a œuvré. Sous son "
     "leadership, notre entreprise a retrouvé une base saine».\n\n«Nous avons relevé des défis "
     "immenses.»", "défis", "Ana Ruiz"),
    # a second named speaker set against the first ("While A said …, B has maintained that")
    # is the one a pronoun after means
    ("While Ana Lind has stated that the deal was unfair, Omar Diallo has maintained that it "
     "was fair. He told the court that he was sure.", "He told", "Omar Diallo"),
    ("Ana Lind said the deal was unfair, adding that it was late. She told the court that she "
     "was sure.", "She told", "Ana Lind"),
    # a person named only inside the last speaker's words is not whom the next pronoun means,
    # in the same paragraph or the next
    ("Omar Diallo a signé un message. Selon lui, l’élection de Bassirou Faye témoigne de la "
     "maturité. Il ajoute que « c’est aussi une victoire de la jeunesse africaine ».",
     "victoire", "Omar Diallo"),
    ("Omar Diallo a signé un message.\nSelon lui, l’élection de Bassirou Faye témoigne de la "
     "maturité.\nIl ajoute que « c’est aussi une victoire de la jeunesse africaine ».",
     "victoire", "Omar Diallo"),
    # negative: a person opening a sentence of their own is
    ("Ana Lind said the deal was unfair.\nOmar Diallo disagreed with her.\nHe said the deal was "
     "fair.", "was fair", "Omar Diallo"),
]


FOREIGN_BODY_CASES = [
    # a body named by a common noun is a subject in every language; with no name it resolves
    # to no one, never to the noun itself ("Regierung", "Правительство")
    ("Le ministère a déclaré qu'il partirait.", "partirait", "reported", None),
    ("Die Regierung erklärte, sie werde handeln.", "handeln", "reported", None),
    ("Правительство заявило, что будет действовать.", "действовать", "reported", None),
    # with its complement, the body's name
    ("La préfecture de La Réunion a indiqué qu’un avion avait atterri.", "avion", "reported",
     "Préfecture de La Réunion"),
    ("Le ministère de l’Intérieur a déclaré qu'il partirait.", "partirait", "reported",
     "Ministère de l’Intérieur"),
    # a nationality between the body and its complement; negative: a complement alone
    # ("l’Intérieur") is no speaker
    ("Le ministère français de l’Intérieur estime qu’environ 100 000 personnes vivent là.",
     "100 000", "reported", "Ministère français de l’Intérieur"),
    ("« Trois morts », a indiqué le ministère de la Santé.", "morts", "quote",
     "Ministère de la Santé"),
    ("« Trois morts », a indiqué le journal de l’Ouest.", "morts", "narration", None),
    # French cues: "indiquer", "prétendre", "demander"; negatives: the adjective, the noun
    ("Ana Morel a indiqué qu’elle partirait.", "partirait", "reported", "Ana Morel"),
    ("Ana Morel avait prétendu avoir glissé.", "glissé", "reported", "Ana Morel"),
    ("Le prétendu complot a échoué.", "complot", "narration", None),
    ("Sa demande a été rejetée.", "rejetée", "narration", None),
    # Russian wires: "передает", "по данным" (its name in the genitive), a name in guillemets;
    # the source an agency cites, not the agency ("со ссылкой на источник": no one by name)
    ("Ставка вырастет, передает ТАСС со ссылкой на источник.", "Ставка", "reported", None),
    ("Ставка вырастет, передает ТАСС.", "Ставка", "reported", "ТАСС"),
    # people who know speak: "two people familiar with the matter said"
    ("The port would reopen, two people familiar with the matter said.", "reopen", "reported",
     None),
    ("A person briefed on the plans said the port would reopen.", "reopen", "reported", None),
    ("По данным Росстата, инфляция выросла.", "инфляция", "reported", "Росстат"),
    ("Большинство аналитиков ждало повышения ставки, сообщает «Интерфакс».", "ставки",
     "reported", "Интерфакс"),
    # negative: a one-word quotation opening a dialogue is speech, not a name
    ("«Нет», — сказал он.", "Нет", "quote", None),
    # an adverb between the name and the verb
    ("Иван Петров официально заявил, что уходит.", "уходит", "reported", "Иван Петров"),
    ("Jordan Lind avait solennellement demandé à Ana Roy d'organiser des élections.",
     "organiser", "reported", "Jordan Lind"),
    # negative: an English noun in -ment is the subject, not an adverb
    ("The government announced that the dam had failed.", "dam", "reported", None),
    # French periphrases and cues: "adresser ses félicitations", "s'est dit", "a signé X"
    ("Le président sortant Macky Diallo lui a adressé lundi ses félicitations.", "félicitations",
     "reported", "Macky Diallo"),
    ("Omar Diallo a adressé ses chaleureuses félicitations à Ana Lind et salué la confiance.",
     "confiance", "reported", "Omar Diallo"),
    ("« Votre élection est le témoignage de la maturité du peuple », a signé le président Omar "
     "Diallo dans un message.", "maturité", "quote", "Omar Diallo"),
    # a French body with its adjective after it, its elided article dropped
    ("Le Parti socialiste s'est dit \"prêt\" à gouverner.", "prêt", "reported", "Parti socialiste"),
    ("L'Union africaine a déclaré que tout allait bien.", "allait", "reported", "Union africaine"),
    # a body with its complement in English too; an inverted "announced" after a comma
    ("The prefecture of Valdor announced the end of the red alert.", "red alert", "reported",
     "Prefecture of Valdor"),
    ("Prefect Jean Morel spoke on the radio.\n“Several hundred” deaths, “even a few thousand”, "
     "will be deplored, announced the prefect of Valdor on Sunday.", "deplored", "reported",
     "Jean Morel"),
    # a title "of the" office before the name, a participle set off by commas after it
    ("The resigning Minister of the Interior Jan Holm, expected in Valdor on Monday, also "
     "estimated that it would take days.", "take days", "reported", "Jan Holm"),
    # negatives: a letter addressed is no congratulation; "official" is no French adjective
    ("Il a adressé une lettre au ministre.", "lettre", "narration", None),
    ("The WMO official said the data were clear.", "data", "reported", None),
]


GERMAN_SEPARABLE_CASES = [
    # a verb whose prefix closes the clause is a cue ("gab … bekannt", "sicherte … zu")
    ("Die EZB gab am Donnerstag ihre Entscheidung bekannt.", "Entscheidung", "reported",
     "EZB"),
    ("Jan Holm sicherte den Staaten Hilfe zu.", "Hilfe", "reported", "Jan Holm"),
    ("Jan Holm hob die Rolle der Industrie hervor.", "Industrie", "reported", "Jan Holm"),
    # "machte … öffentlich"; after a fronted time phrase ("Wenige Tage nach …") the subject
    # follows the verb, and "der Weltmeister" is the sportsman named before
    ("Jan Holm beendet seine Karriere. Wenige Tage nach den Berichten machte der 34-jährige "
     "Weltmeister seine Entscheidung am Montag öffentlich.", "Entscheidung", "reported",
     "Jan Holm"),
    ("Jan Holm machte Urlaub in Spanien.", "Urlaub", "narration", None),
    # "warf … vor" (accused); "Laut X" before the verb ends with X; after a fronted
    # "Gegenüber der Zeitung" the subject follows the verb
    ("Der CDU-Chef Jan Holm warf der Regierung Versagen vor.", "Versagen", "reported",
     "Jan Holm"),
    ("Laut Holm ist das Gesetz verfassungswidrig.", "Gesetz", "reported", "Holm"),
    ("Laut Polizei wurden drei Menschen verletzt.", "Menschen", "reported", None),
    ("Gegenüber der Zeitung sagte Holm, er sei bereit.", "bereit", "reported", "Holm"),
    # "X zufolge" (according to X, after it); a report is no one
    ("Holm zufolge sei das Gesetz verfassungswidrig.", "Gesetz", "reported", "Holm"),
    ("Dem Bericht zufolge sinkt die Zahl.", "Zahl", "narration", None),
    # the listener in the dative after the speaker, not the speaker ("sagte Holm der
    # Zeitung"); "so die Ministerin X"
    ("„Wir sind bereit“, sagte Holm der Süddeutschen Zeitung.", "bereit", "quote", "Holm"),
    ("Man sei bereit, sagte Holm dem Spiegel.", "bereit", "reported", "Holm"),
    ("„Wir sind bereit“, so die Ministerin Anna Holm.", "bereit", "reported", "Anna Holm"),
    ("„Wir sind bereit“, so der Trainer.", "bereit", "reported", None),  # a role no one holds
    # German plural cues; a group is no one, a party is ("Die Grünen")
    ("Experten warnen vor einer Rezession.", "Rezession", "reported", None),
    ("Die Grünen kritisierten den Beschluss scharf.", "Beschluss", "reported", "Grünen"),
    ("Die Bundesregierung hat die Kritik zurückgewiesen.", "Kritik", "reported", None),
    ("Holm wies die Vorwürfe am Montag zurück.", "Vorwürfe", "reported", "Holm"),
    ("Holm räumte Fehler ein.", "Fehler", "reported", "Holm"),
    ("Holm räumte das Zimmer auf.", "Zimmer", "narration", None),
    # negatives: the verb without its prefix, or with another one
    ("Jan Holm gab das Buch zurück.", "Buch", "narration", None),
    ("Die Firma gab 5 Millionen aus.", "Millionen", "narration", None),
    # an age with its club before the verb; a title glued to the name ("Nationalspieler")
    ("Nationalspieler Toni Varga beendet seine Karriere.\nDer 34-Jährige von Real Madrid gab "
     "diese Entscheidung in seinem Podcast \"Einfach mal reden\" bekannt.", "Entscheidung",
     "reported", "Toni Varga"),
    # "Und führte weiter aus:" goes on with the speaker before; the subjunctive after it too
    ("\"Zu oft hat er blockiert\", sagte Jan Holm. Und führte weiter aus: \"Zu oft hat er "
     "mein Vertrauen gebrochen.\"\nUnter diesen Umständen sei die Arbeit nicht möglich.",
     "Umständen", "reported", "Jan Holm"),
    # periphrases ("stellt Forderungen", "übte Kritik"); after a fronted phrase the subject
    # follows the verb; a subjunctive run goes on past a partial quotation inside it
    ("Die IG Stahl stellt klare Forderungen: keine Kündigungen und keine Schließungen.",
     "Forderungen", "reported", "IG Stahl"),
    ("Jan Holm trat ab.\nIn seiner Begründung übte der 66-Jährige scharfe Kritik an dem "
     "Minister.", "Kritik", "reported", "Jan Holm"),
    ("Eva Holm sagte, der Plan sei gut. Es gehe nicht nur um Energie, sondern darum, \"den Weg "
     "der Gerechtigkeit zusammen zu beschreiten\".", "Energie", "reported", "Eva Holm"),
    # negatives: "Die Opposition" is no name; a verb without its periphrasis noun is no cue
    ("Die Opposition übte scharfe Kritik an dem Plan.", "Plan", "reported", None),
    ("Die Koalition erklärte, sie werde handeln.", "handeln", "reported", None),
    ("Die IG Stahl stellt neue Mitarbeiter ein.", "Mitarbeiter", "narration", None),
    # a role compound with a hyphen; a person named by surname only is the one it means
    ("Es gebe viele Tränen, sagte Holm.\nDie Grünen-Politikerin sicherte den Staaten Hilfe zu.",
     "Hilfe", "reported", "Holm"),
]


NULL_SUBJECT_CASES = [
    # a gerund cue after the verb, with no comma ("se ha excusado diciendo que"), and the
    # Spanish periphrasis of the head of government as its subject
    ("El presidente del Gobierno, Tomás Vidal, habló en la Moncloa.\nEl jefe del Ejecutivo, "
     "que ha comparecido por segunda vez, se ha excusado diciendo que la red no ha podido "
     "decirle nada.", "la red", "reported", "Tomás Vidal"),
    ("Gustavo Rivas llegó tarde.\nSin embargo, el presidente Gustavo Rivas ha manifestado "
     "desacuerdo con esta conclusión.", "desacuerdo", "reported", "Gustavo Rivas"),
    # a Spanish verb with no subject after an opening adverb: the person named last; an
    # opening adverb is no name ("Luego" was the speaker)
    ("Javier Soto ganó las elecciones.\nLuego dijo que estaba feliz.", "feliz", "reported",
     "Javier Soto"),
    ("Javier Soto ganó las elecciones.\nY luego agradeció a todo su equipo.", "equipo",
     "reported", "Javier Soto"),
    # a periphrasis with no subject ("mostró su agradecimiento")
    ("Javier Soto ganó las elecciones.\nTambién mostró su agradecimiento con la candidata "
     "opositora.", "candidata", "reported", "Javier Soto"),
    # "se refirió a/sobre X" with no subject; "lo que X definió como “…”"
    ("Claudia Soto ganó.\nDe igual manera se refirió sobre Máynez.", "Máynez", "reported",
     "Claudia Soto"),
    ("La sentencia es clara: lo que Rubiales definió como un \"besito\" fue una agresión.",
     "besito", "reported", "Rubiales"),
    # a capitalised verb opening the sentence, an adverb before "que"; "el mandatario" is the
    # president; negative: an English form opening a sentence is no cue
    ("Javier Soto ganó las elecciones.\nAclaró además que no habría cambios.", "cambios",
     "reported", "Javier Soto"),
    ("El presidente de Valdoria, Javier Soto, habló el domingo.\n«Hay que escuchar la voz del "
     "pueblo», dijo el mandatario.", "voz del pueblo", "quote", "Javier Soto"),
    ("Clarified butter was sold at the market.", "butter", "narration", None),
    # a past-tense verb with no subject before a colon (after a participle clause, or opening
    # the sentence: "Afirmó" is no speaker label)
    ("Roberto Soto habló con la prensa.\nConsultado sobre la situación, afirmó: “Estoy muy "
     "preocupado porque lo pueden matar”.", "preocupado", "quote", "Roberto Soto"),
    ("Ana Ruiz llegó a Quito.\nAfirmó: “Estoy muy preocupada por lo que pasa en el país”.",
     "preocupada", "quote", "Ana Ruiz"),
    # a quotation opening after a cue, past a few quoted words, introduced by a colon
    ("Jean Morel, président du groupe, a réagi.\nLe député a appelé à un sursaut pour « le bloc "
     "central » : « Il faut faire de cette motion un moment de vérité. »", "vérité", "quote",
     "Jean Morel"),
    # French: a label with a space before the colon; a turn after "a réagi" and a « sentence
    ("Jean Morel : « Un moment de gravité »", "gravité", "reported", "Jean Morel"),
    ("Jean Morel a réagi avec sobriété. « Ce soir, mon sentiment n’est pas celui de la "
     "satisfaction. »", "Ce soir", "quote", "Jean Morel"),
    # "Le Rassemblement" is a movement, not a person "Le Pen" would be; a name closing a
    # sentence loses its full stop
    ("La cheffe du Rassemblement national Anne Le Goff a parlé. \"Nous sommes prêts\", a "
     "déclaré Anne Le Goff. \"Nous allons gagner\", a-t-elle détaillé.", "gagner", "quote",
     "Anne Le Goff"),
    # "calificar/considerar … como" describes; "», ha indicado." drops the subject
    ("Jorge Soto calificó esto como un atentado a la soberanía.", "soberanía", "reported",
     "Jorge Soto"),
    ("Pedro Soto compareció el lunes.\n«Nunca había ocurrido una caída a cero. Esto es algo que "
     "no había ocurrido jamás», ha indicado.", "jamás", "quote", "Pedro Soto"),
    # English: a name and role set off by a comma before a colon; a player's position
    ("Herbert Holm, president of FC Valdoria: “Jan Orlov played for the national team for 14 "
     "years.”", "14 years", "quote", "Herbert Holm"),
    ("Jan Orlov retired on Monday.\n“It always made me very proud to play for my country,” said "
     "the forward.", "proud", "quote", "Jan Orlov"),
    # a name after a possessive is a person ("Germany’s Jan Orlov"); a tournament is none; a
    # player's position after the club; "recommend"
    ("Germany’s Jan Orlov, 34, will retire after this year’s European Championship, the Korv "
     "Madrid midfielder announced on Tuesday.", "retire", "reported", "Jan Orlov"),
    ("Jan Orlov retired on Monday.\n\"I will also do so, now as a fan in the stands,\" "
     "emphasized the Korv Munich forward.", "fan in the stands", "quote", "Jan Orlov"),
    ("Jan Orlov retired.\nFinally, he recommended embracing the team.", "embracing",
     "reported", "Jan Orlov"),
    # negative: the club named with the position is not the speaker
    ("The season ended.\n\"We will be back,\" said the Korv Munich forward.", "back", "quote",
     None),
    # French: an opening phrase, a name and a long appositive, then "a réagi" and a quotation
    ("Au micro de TF1, Jean Morel, président du groupe socialiste à l’Assemblée nationale, a "
     "réagi avec sobriété. « Ce soir, mon sentiment n’est pas celui de la satisfaction. »",
     "Ce soir", "quote", "Jean Morel"),
    # "a pris la parole" tells of speech, the quotation after it is the speaker's; "a
    # également" is the auxiliary and an adverb, "a statement" a noun
    ("Du côté du RN, Anne Morel a également pris la parole sur TF1. « Je n’ai pas de vertige et "
     "je ne considère pas que ce soit une victoire. »", "vertige", "quote", "Anne Morel"),
    ("Anne Morel a également déclaré que le plan marcherait.", "plan", "reported",
     "Anne Morel"),
    ("A statement said the plan would work.", "plan", "reported", None),
    # German verb second: an object or an adverb first, the subject after the verb
    ("Jan Holm tritt zurück.\nDiese Entscheidung teilte der 34-Jährige in einem Video mit.",
     "Video", "reported", "Jan Holm"),
    ("Erstmals spricht auch VW-Betriebsratschefin Anna Holm die Lage klar an: „Es ist die klare "
     "Absicht, Tausende zu entlassen.“", "Tausende", "quote", "Anna Holm"),
    # a place after "in" is no speaker; a relative after a name and its role set off by commas
    ("Ann Lee in Valdograd said talks had failed.", "talks", "reported", "Ann Lee"),
    ("The Korvgaz board in Valdograd said talks had failed.", "talks", "reported",
     "Korvgaz board"),
    ("Another critic is Marcel Ebbard, a former foreign minister, who said it was unprecedented.",
     "unprecedented", "reported", "Marcel Ebbard"),
    ("Otro crítico es Marcelo Ebard, ex secretario de Relaciones Exteriores, quien afirmó que se "
     "trata de un hecho sin precedentes.", "precedentes", "reported", "Marcelo Ebard"),
    # "el presidente del país, X" names the president; "desestimó que" is speech
    ("Tras los resultados, el presidente del país, Gabriel Soto, habló.\n«Hay que escuchar la voz "
     "del pueblo», dijo el mandatario.", "voz del pueblo", "quote", "Gabriel Soto"),
    ("Gustavo Soto desestimó que el atentado tuviera motivación política.", "atentado",
     "reported", "Gustavo Soto"),
    # negatives: "calificar" without "como"; a label that is an adverb; the subject first
    ("Jorge Soto calificó el partido.", "partido", "narration", None),
    ("Offiziell: Jan Holm verkündet Rücktritt aus dem Team", "Rücktritt", "reported", "Jan Holm"),
    ("Die Regierung teilte der Presse mit, dass alles gut sei.", "alles gut", "reported", None),
    ("Jan Holm kam.\nEr begrüßte die Pläne von Korvwerke.", "Pläne", "reported", "Jan Holm"),
    # negatives: thanks need someone thanked; "luego" alone is no cue
    ("Javier Soto ganó las elecciones.\nLuego agradeció.", "Luego agradeció", "narration", None),
    ("Javier Soto ganó las elecciones.\nLuego se fue a casa.", "casa", "narration", None),
    # third person plural cues ("explican", "denunciaron", "dénoncent"); "insisten en que"; a
    # view given as a body's or a role's ("Para la Fiscalía General de la Nación, …", "Pour le
    # ministre, …"; not "Para 2025," or "Pour la France,")
    ("Desde Red Valdor explican que el sistema cayó.", "sistema", "reported", "Red Valdor"),
    ("Red Valdor descartó un ciberataque. Insisten en que el primero fue solventado.",
     "solventado", "reported", "Red Valdor"),
    ("Les syndicats dénoncent une trahison du gouvernement.", "trahison", "reported", None),
    ("Para la Fiscalía General de la Nación, el ataque fue político.", "ataque", "reported",
     "Fiscalía General de la Nación"),
    ("Para 2025, el plan es claro.", "plan", "narration", None),
    ("A juicio del ministro Juan Holm, el puerto debe reabrir.", "puerto", "reported",
     "Juan Holm"),
    ("En opinión de la ministra Ana Ruiz, el puerto debe reabrir.", "puerto", "reported",
     "Ana Ruiz"),
    ("A juicio de muchos, el puerto debe reabrir.", "puerto", "narration", None),
    # more Spanish cues ("anticipó", "repitió", "mencionó"); "el primer mandatario" is the
    # president; a palace is no person for a cue without a subject to take
    ("El ministro volverá el viernes, anticipó el secretario de Salud, Jorge Varela.", "volverá",
     "reported", "Jorge Varela"),
    ("Tomás Rivas dijo que todo iba bien. Repitió que \"los de la derecha son muy corruptos y "
     "muy hipócritas\".", "corruptos", "quote", "Tomás Rivas"),
    ("El presidente Tomás Rivas habló.\nOtra vez el primer mandatario mencionó que se "
     "retirará.", "retirará", "reported", "Tomás Rivas"),
    ("Ana Soto llegó. Ella dirigió en Palacio Nacional una reunión.\nSubrayó que no habría "
     "cambios.", "cambios", "reported", "Ana Soto"),
    ("Pour la France, c'est une victoire.", "victoire", "narration", None),
]


NAME_SHAPE_CASES = [
    # a role with its complement before the name: the complement is no part of the name
    ("Le préfet de Mayotte Jean-Luc Morel a déclaré que le bilan serait lourd.", "bilan",
     "Jean-Luc Morel"),
    ("El presidente de Perú Pedro Soto dijo que habría elecciones.", "elecciones", "Pedro Soto"),
    # a nationality before a full name; "the Russian" later is that person
    ("Russian Ivan Orlov resigned the game.\n“It’s that simple,” said the Russian.", "simple",
     "Ivan Orlov"),
    # a surname with an article ("Le Goff") keeps it
    ("Anne Le Goff leads the group.\nLe Goff welcomed the decision. “We are ready for it and we "
     "will win,” she said.", "ready for it", "Anne Le Goff"),
    # negatives: a nationality before a title stays in the role; no Russian named, no one
    ("German Chancellor Jan Holm said the talks had failed.", "talks", "Jan Holm"),
    ("The deal was signed.\n“It’s that simple,” said the Russian.", "simple", None),
    # a full name misspelt once, the surname spelt otherwise in every later sentence: the
    # page's own spelling; negative: a one-off variant of a surname the page repeats
    ("The winner, Marta Lindqvst, will lead the country.\n“We did it,” Lindqvist said.\n"
     "Lindqvist thanked her voters.", "We did it", "Marta Lindqvist"),
    ("Premier Marta Lindqvist resigned.\nLindqvist was tired.\nLindquist said she had "
     "nothing left to give.", "nothing left", "Marta Lindqvist"),
    # both surnames after a name with the first: that person; negative: two people share it
    ("Rosa Quispe juró como presidenta del Perú ante el Congreso.\nHoras antes Quispe Mamani "
     "había dicho que no renunciaría y que los ministros seguirían.", "renunciaría",
     "Rosa Quispe"),
    # a role whose holder the page names only later, when that person was named before;
    # negative: a later holder the page never named before is not taken
    ("Gustavo Rivas desestimó la hipótesis.\nSegún el mandatario colombiano, no hay evidencias "
     "claras.\nSobre el tema, el presidente de Colombia, Gustavo Rivas, se pronunció en X.",
     "evidencias", "Gustavo Rivas"),
    ("Tomás Rivas desestimó la hipótesis.\nSegún el mandatario, no hay evidencias claras.\n"
     "El presidente de Ecuador, Daniel Soto, habló después.", "evidencias", None),
    # a German genitive before a noun is the person ("Brandts Entscheidung"), and a title in
    # quotation marks is a newspaper, not the last person named
    ("Thomas Brandt hört auf.\nBrandts Entscheidung kam überraschend.\nDiese Entscheidung "
     "teilte der 34-Jährige in einem Video mit.", "Video", "Thomas Brandt"),
    ("Thomas Brandt hört auf.\nZuletzt hatte die „Bild“ über seine Pläne berichtet.\nDiese "
     "Entscheidung teilte der 34-Jährige in einem Video mit.", "Video", "Thomas Brandt"),
    # a German page's capitalised nouns after a surname are no second surname
    ("Olaf Brandt will nicht mehr mit Jan Holm regieren.\nZu oft hat Minister Holm Gesetze "
     "blockiert, sagte der Kanzler. „Er hat mein Vertrauen gebrochen“, sagte Brandt.",
     "Vertrauen", "Olaf Brandt"),
    ("Omar Diallo ruled for decades.\nAli Diallo said he was fine.\nDiallo Ndiaye added that "
     "he would fight.", "would fight", "Diallo Ndiaye"),
]


PARTICIPLE_CASES = [
    # a judge's or a court's "ruled that" attributes (the noun "rules that" does not)
    ("Judge Ana Ruiz fined the coach.\nShe ruled that the kiss, “while always reproachable”, "
     "was of minor intensity.", "minor intensity", "Ana Ruiz"),
    ("The new rules that take effect on Monday were published.", "take effect", None),
    # an owner, a role in lowercase, then the name ("Chelsea boss Jose Mourinho"); the role
    # and its owner before a comma and the name ("said EEF chief economist, Steve Radley")
    ("Wilkinson is injured, according to his Newcastle boss Rob Anders.\n\"He is not fit yet,\" "
     "Falcons chief Anders told the radio.", "not fit", "Rob Anders"),
    ("\"Rates have helped,\" said EEF chief economist, Steve Radford.", "Rates", "Steve Radford"),
    # a role, then the name set off by commas and a relative clause; a title alone is no name
    ("The foreign minister, Ann Lindqvist, who took office in May, said the talks were over.",
     "talks were over", "Ann Lindqvist"),
    ("The Lord Chief Justice, Lord Harwood, who is the most senior judge, said it was fair.",
     "fair", "Harwood"),
    # a spokesman for an organisation speaks for it, named before the role or after it; a
    # spokesman of a person is no organisation, and "the X spokesman" is the one named before
    ("\"We take all breaches very seriously,\" an IRB spokesman said.", "breaches", "IRB"),
    ("Ann Holm spoke.\n\"We regret it,\" a Holm spokesman said.", "regret", None),
    ("\"We regret it,\" a Valdor party spokesman said.", "regret", "Valdor"),
    ("\"We regret it,\" a Fifo spokesman said.", "regret", "Fifo"),  # no person of the page
    # a rank ("deputy", "shadow", "former") makes another office: "the deputy prime minister"
    # is not "Prime Minister X", "the mayor" not "Deputy Mayor X"; "home" and "shadow" are
    # titles ("the home secretary")
    ("Prime Minister Ann Lee spoke on Monday. Former Prime Minister Bo Ek agreed.\n"
     "The deputy prime minister said she was wrong.", "she was wrong", None),
    ("Former Prime Minister Bo Ek agreed. Prime Minister Ann Lee spoke on Monday.\n"
     "The former prime minister said it was a farce.", "farce", "Bo Ek"),
    ("Prime Minister Ann Lee spoke on Monday. Former Prime Minister Bo Ek agreed.\n"
     "The prime minister said no.", "said no", "Ann Lee"),
    ("Deputy Mayor Ann Lee spoke on Monday.\nThe mayor said the road would close.", "road",
     None),
    ("Home Secretary Carl Moss spoke on Monday. Mr Howe disagreed.\nBut the home secretary said "
     "Mr Howe was wrong.", "was wrong", "Carl Moss"),
    ("Home Secretary Carl Moss spoke on Monday.\nThe shadow home secretary said it was a farce.",
     "farce", None),
    # French "qu'" opens the clause a cue governs; "M." and "Frau" are honorifics, a middle
    # initial no acronym
    ("Le Premier ministre Jean Morel a parlé.\nM. Morel a défendu son budget, assurant qu'« avec "
     "ce budget, nous soutenons les agriculteurs ».", "agriculteurs", "Jean Morel"),
    ("Jean Morel a défendu son budget, assurant qu’avec ce budget, tout ira bien.", "tout ira",
     "Jean Morel"),
    ("Kanzlerin Ida Brenner sprach.\nFrau Brenner sagte, alles sei gut.", "alles sei",
     "Ida Brenner"),
    ("The union's lawyer, Dolores M Hale, said the case was strong.", "case was strong",
     "Dolores M Hale"),
    # a cleft sentence: "who" / "qui" is the person it puts first; "des" joins a role to its
    # complement ("le député des Landes" is no place)
    ("C'est Jeanne Roux qui a déclaré que le vote était valide.", "vote était", "Jeanne Roux"),
    ("It was Jeanne Roux who announced that the vote was valid.", "vote was", "Jeanne Roux"),
    ("The man who said it was right left the room.", "right left", None),
    ("Le chef du gouvernement a reçu le soutien de Gabriel Attol, à la tête des députés du parti "
     "Renaissance, qui a affirmé que l'heure était venue.", "heure", "Gabriel Attol"),
    ("Le député des Landes a appelé à un sursaut : « Il faut agir. »", "Il faut", None),
    # "&" joins a firm's name; "X of a firm" is the person; ordinals and "seed" describe one
    ("\"Things are getting worse,\" said Dan Wyse of Standard & Moor's in New York.", "worse",
     "Dan Wyse"),
    ("Marks & Lerner said sales fell.", "sales fell", "Marks & Lerner"),
    ("\"It's not going to take much,\" said Grant Moss of Mellon Bank.", "take much",
     "Grant Moss"),
    ("\"No one was more concerned than myself,\" said eighth seed Agassi.", "concerned",
     "Agassi"),
    ("The second said it was over.", "over", None),
    # a title word that is the surname ("Mervyn King", "Mr Dean", "Gill Champion"); a title
    # before "X of Norway"
    ("Bank governor Mervyn Kong spoke. \"Rates will hold,\" said Mr King, who met Mervyn King "
     "later.", "Rates will hold", "Mervyn King"),
    ("\"Data rates are high,\" said Rick Dean of Pixar. \"It is fast,\" says Mr Dean.",
     "It is fast", "Rick Dean"),
    ("\"It is a franchise,\" said Gill Champion, the firm's chief.", "franchise", "Gill Champion"),
    ("\"It is ours,\" said President Ivo Marsh of Norway.", "ours", "Ivo Marsh"),
    ("Rob Faulkner spoke on Monday.\nLord Faulkner of Worcester said: \"It is important.\"",
     "important", "Lord Faulkner of Worcester"),  # a peer's title is his name: not the other
    # Faulkner
    # a sports epithet is the subject of the story when no one holds it ("the world indoor
    # champion", "the prop"); "the teenager" is not resolved so
    ("Kelly Hume won the 1500m on Sunday.\nThe world indoor champion said: \"My stomach was "
     "upset.\"", "stomach", "Kelly Hume"),
    ("Ben Cole was fit again.\n\"I am happy,\" said the prop.", "happy", "Ben Cole"),
    ("Coach Al Fergus praised the striker.\n\"I am happy,\" said the teenager.", "happy", None),
    # "the American" with no one of that nationality on the page: the subject of the sentence
    # before (not a person named in its own sentence); not when the page gives someone else
    # that nationality
    ("Melzer beat Andre Agassi on Sunday.\nAnd Agassi said Melzer was good. \"A lot more guys "
     "are capable of it now,\" said the American.", "capable", "Andre Agassi"),
    ("Lindsay Davis lost.\nReacting to a comment by chairman Tim Phillips, the American said: "
     "\"It is insulting.\"", "insulting", "Lindsay Davis"),
    ("Russian Ian Nepo lost to Ding.\n\"It was hard,\" said the Chinese.", "hard", None),
    # "it is believed that": no one said it; "it said" is the organisation
    ("Valdo Motors said it was talking. But it is believed that Glazer has cut the debt.",
     "Glazer", None),
    ("Valdo Motors said it was talking. It has been reported that he is homesick.", "homesick",
     None),
    ("Valdo Motors said it was talking. It has said that he would go.", "would go",
     "Valdo Motors"),
    # an organisation's statement ("United's statement to the stock exchange said"), not a
    # day's
    ("Glazer owns a stake in the club.\nUnited's statement to the stock exchange said: \"The "
     "board has received a proposal.\"", "proposal", "United"),
    ("Glazer owns a stake in the club.\nWednesday's statement said the hearing was set.",
     "hearing", None),
    # "Cars" ends a firm's name: "Valdo" is not the later "Valdo Passenger Cars"
    ("Valdo said it would close plants.\n\"We must act,\" explains Valdo Passenger Cars chief "
     "executive Tom Berg.", "close plants", "Valdo"),
    # a quotation after a sentence of reported speech with a phrase quoted in it goes on in
    # that speaker's voice
    ("Tory leader Michael Hale spoke on Monday.\nHe acknowledged there were \"good arguments\" "
     "against the cards, but said the party had weighed them. \"I don't pretend that it is an "
     "easy decision.\" Then he left.", "easy decision", "Michael Hale"),
    ("Kremlin spokesman Boris Orlov spoke on Monday.\n\"We regret it,\" the Kremlin spokesman "
     "said.", "regret", "Boris Orlov"),
    ("\"There are no plans for a new series,\" a spokesman for the Valdorian Film Council said.",
     "no plans", "Valdorian Film Council"),
    # a football club is no person for a pronoun to take ("Real Madrid", "Leeds United")
    ("Midfielder Tomas Edo has hit out at the club.\nHis deal expires in June and he has been "
     "linked with Real Madrid and Leeds United. \"I'm not sure if I want to stay,\" he said.",
     "not sure", "Tomas Edo"),
    ("Seeded player Tomas Edo lost in the third round.\nThe defeat at the Australian Open was "
     "his worst. \"I was tired,\" he said.", "tired", "Tomas Edo"),
    # a label with a job title before the name ("controller" is a role)
    ("The show will launch in spring. BBC Two controller Ann Keating: \"It's an exciting new era "
     "for the show. We want to make it bigger.\"", "make it bigger", "Ann Keating"),
    # a quotation closed by a full stop is not the next sentence's, which has words of its own
    ("“There are two tries we've been cost,” Andy Robinson told the radio. “We've got to go back "
     "to technology. I don't know why we didn't.” Referee Jan Holm ruled that the wing was ahead "
     "of the fly-half.", "back to technology", "Andy Robinson"),
    # a quotation inside the clause after "que" / "dass" / "что", however long: the cue's
    # subject, not an object of the cue ("assure" takes one in English)
    ("El presidente Tomás Rivas habló.\nEn un discurso, el mandatario aseguró que el pueblo "
     "“nos ha entregado dos mensajes, el primero es que quiere y valora su democracia y que "
     "confía en ella para superar nuestras diferencias”.", "dos mensajes", "Tomás Rivas"),
    ("Le ministre Jean Morel a parlé.\nIl a assuré que le gouvernement « restera mobilisé pour "
     "les victimes et pour toutes les familles touchées par ce drame ».", "mobilisé",
     "Jean Morel"),
    # a participle after a place or a channel is the sentence subject's ("later" is no
    # "Hours later"); an age before a role is still a subject
    ("Omar Diallo was detained.\nDiallo later appeared in a video calling on his friends to "
     "protest.", "protest", "Omar Diallo"),
    ("Ann Lee spoke at a rally saying the plan would work.", "plan would work", "Ann Lee"),
    ("President Omar Diallo was detained.\nThe 64-year-old president said he was at home.",
     "at home", "Omar Diallo"),
    # a colon closing a long sentence whose subject is an age and whose verb is a cue
    ("Kylian Varga signed on Tuesday.\nThe 25-year-old addressed the fans in fluent Spanish in "
     "front of his parents and his compatriot, the club’s former coach Zinedine Zidane, who has "
     "never hidden his wish to sign him: “Being here is incredible for me and my family, I "
     "dreamed of it for years.”", "incredible", "Kylian Varga"),
    # a subject set off by a time adverbial, a role phrase or a participle
    ("An hour earlier, Jan Holm, who won 32% of the vote, said the president must go.",
     "must go", "Jan Holm"),
    ("Une heure auparavant, le candidat RN aux européennes Jan Holm, qui a recueilli 32% des "
     "voix, avait demandé à Emmanuel Macron d'organiser des élections.", "élections", "Jan Holm"),
    ("The prefecture of Valdoria, located 1,400 kilometres away, said a plane had landed.",
     "plane", "Prefecture of Valdoria"),
    # an adverb in quotation marks before the cue
    ("Jan Holm avait \"solennellement\" demandé à Emmanuel Macron d'organiser des élections.",
     "élections", "Jan Holm"),
    # negatives: a sentence before the comma; a noun in -ly is the subject, not an adverb
    ("Prices fell, Jan Holm, who won 32% of the vote, said the president must go.",
     "must go", None),
    ("Franz Holm died on Sunday.\n“He passed away peacefully,” his family said.",
     "peacefully", "Holm family"),
    # negatives: a participle describing a noun, no speech; a year is no age
    ("A man in a suit calling himself a doctor was arrested.", "doctor", None),
    ("Omar Diallo was detained.\nThe 2024 budget said taxes would rise.", "taxes", None),
]


# A quotation running over paragraphs makes the last quotation of its first paragraph and
# the first of its last one speech, not every quoted word of those paragraphs.
CHAIN_CASES = [
    ("Ola Berg spoke. He felt it added \"fizz\" to the race. \"We wanted to look like a town "
     "that works.\n\nAnd I wanted a real fight,\" says Mr Berg. The town hoped for \"better "
     "times\" at the harbour.", "fizz", "reported", "Ola Berg"),
    ("Ola Berg spoke. He felt it added \"fizz\" to the race. \"We wanted to look like a town "
     "that works.\n\nAnd I wanted a real fight,\" says Mr Berg. The town hoped for \"better "
     "times\" at the harbour.", "better", "narration", None),
    ("Ola Berg spoke. He felt it added \"fizz\" to the race. \"We wanted to look like a town "
     "that works.\n\nAnd I wanted a real fight,\" says Mr Berg. The town hoped for \"better "
     "times\" at the harbour.", "real fight", "quote", "Ola Berg"),
    # a photo caption that names only the speaker leaves the speaker's turn open; one that
    # names someone else ends it
    ("\"I am quite relieved,\" said Holm, in comments posted after the match.\n\nGrandmaster "
     "Jan Holm from Norway competes in the first game to decide the new World Chess "
     "Champion\n\n\"The moment Ian resigned was a very emotional moment.\"", "emotional",
     "quote", "Jan Holm"),
    ("\"I am quite relieved,\" said Holm, in comments posted after the match.\n\nGrandmaster "
     "Ian Berg from Norway competes in the first game\n\n\"The moment Jan resigned was a very "
     "emotional moment.\"", "emotional", "quote", None),
    # a quotation running over paragraphs is its own speaker's, not that of a quotation of
    # another speaker before it in the paragraph where it opens
    ("Ola Berg said, \"The dream is bigger for them.\" Jan Holm, on his part, said, \"I "
     "blundered.\n\n\"I could be better, but it is a fair result.\" PTI", "fair result",
     "quote", "Jan Holm"),
    # negative: a signature line before the closing mark is no continued speech
    ("Ola Berg spoke.\n\n\"Tromsø is a town we feel we have got a lead in.\nOla Berg, campaign "
     "chairman for Ana Ruiz.\"", "campaign chairman", "narration", None),
]


# French participles after a comma ("…, insistant sur"), past an opening participle or "Du côté
# de …"; adverbs between the auxiliary and the verb; an object clitic after the subject.
FRENCH_SUBJECT_CASES = [
    ("Du côté du Rassemblement, Ana Ruiz a également pris la parole sur TF1, insistant sur le "
     "caractère pragmatique du vote.", "pragmatique", "reported", "Ana Ruiz"),
    ("S'exprimant avant le vote, M. Jan Holm a défendu son gouvernement, assurant que le budget "
     "aide les agriculteurs.", "agriculteurs", "reported", "Jan Holm"),
    ("Jan Holm a démissionné.\nJan Holm a d’ailleurs déjà demandé au président du parti de "
     "commencer la course.", "commencer", "reported", "Jan Holm"),
    ("Ana Ruiz est arrivée. M. Holm lui avait demandé de céder sa place aux Finances.",
     "céder", "reported", "Holm"),
    # negatives: a capitalised name ending like a participle opens no phrase; an English
    # participle with no comma
    ("Downing Street would not be drawn on the claim, saying timing was a matter for the prime "
     "minister.", "timing", "reported", "Downing Street"),
    ("Using the network, vets have been able to observe how infant pandas feed.", "pandas",
     "narration", None),
    # Spanish and German adverbs between subject and cue; "apeló a"; "a réagi" before a quote
    ("La presidenta Ana Ruiz también se comprometió a dar continuidad al proceso.",
     "continuidad", "reported", "Ana Ruiz"),
    ("Ana Ruiz apeló a la unidad de los chilenos.", "unidad", "reported", "Ana Ruiz"),
    ("Kanzler Jon Berg bereits erklärte, dass er gehe.", "gehe", "reported", "Jon Berg"),
    ("Au micro de TF1, Jan Holm, président du groupe, a réagi avec sobriété. « Ce soir, mon "
     "sentiment n’est pas celui de la satisfaction. »", "satisfaction", "quote", "Jan Holm"),
    # negatives: a French or Spanish demonstrative is no name; markets react without words
    ("Cette mention de censure sanctionne la gouvernance de Jan Holm.", "sanctionne",
     "narration", None),
    ("Les marchés ont réagi avec prudence.", "prudence", "narration", None),
    # Spanish perfect tenses ("ha criticado", "ha defendido que"); "Así lo afirmó … X"
    ("La vicepresidenta Ana Ruiz ha defendido que la reforma es necesaria.", "reforma",
     "reported", "Ana Ruiz"),
    ("El líder del partido, Jon Soto, ha criticado la decisión del Gobierno.", "decisión",
     "reported", "Jon Soto"),
    ("Así lo afirmó este lunes el director del Banco de Valdoria, Pablo Soto.", "afirmó",
     "reported", "Pablo Soto"),
    ("Así lo cree la mayoría.", "mayoría", "narration", None),
    # French "d'après X" (according to), "a fait savoir que"
    ("D’après Jean Dupont, la mesure est injuste.", "injuste", "reported", "Jean Dupont"),
    ("Jean Dupont a fait savoir qu'il ne démissionnerait pas.", "démissionnerait", "reported",
     "Jean Dupont"),
    ("Jean Dupont a fait du vélo.", "vélo", "narration", None),
    # "En palabras de X", "en opinión del presidente X"; "considera que"
    ("En palabras de Ana Ruiz, la reforma es un error.", "reforma", "reported", "Ana Ruiz"),
    ("La reforma, en opinión del presidente Jon Soto, es un error.", "reforma", "reported",
     "Jon Soto"),
    ("Ana Ruiz considera que la reforma es un error.", "reforma", "reported", "Ana Ruiz"),
    ("Ana Ruiz considera la reforma.", "reforma", "narration", None),
    ("En Madrid, la reforma es un error.", "reforma", "narration", None),
    # rulings ("dictaminó que", "a jugé que", "entschied, dass"); "De acuerdo con X"
    ("El tribunal determinó que el beso no fue consentido.", "consentido", "reported", None),
    ("Le tribunal a jugé que la version n'était pas plausible.", "plausible", "reported", None),
    ("Le tribunal a jugé l'acteur.", "acteur", "narration", None),
    ("De acuerdo con Ana Ruiz, el ataque fue político.", "político", "reported", "Ana Ruiz"),
    # a role with its adjective after it, as subject and as the title a page gave the name
    ("El presidente francés, Emmanuel Soto, llegó a Madrid. El mandatario francés dijo que la "
     "cumbre es clave.", "cumbre", "reported", "Emmanuel Soto"),
    ("Le président américain Jon Berg est arrivé. Le président américain a déclaré que le "
     "sommet était crucial.", "sommet", "reported", "Jon Berg"),
    ("La ministra española de Defensa, Ana Ruiz, viajó. La ministra española aseguró que no "
     "habrá cambios.", "cambios", "reported", "Ana Ruiz"),
    # groups and bodies of other languages, with their adjectives in the plural, are subjects
    # (no one named); "calificó … de «…»" as "described … as “…”"
    ("Las autoridades ecuatorianas informaron que el exvicepresidente fue detenido.",
     "detenido", "reported", None),
    ("Les autorités ont indiqué que l'homme a été arrêté.", "arrêté", "reported", None),
    ("Эксперты предупредили, что кризис усилится.", "кризис", "reported", None),
    ("Ana Ruiz calificó la incursión de «violación flagrante».", "flagrante", "reported",
     "Ana Ruiz"),
    ("Ana Ruiz calificó la incursión.", "incursión", "narration", None),
    ("Las fuentes del río crecieron.", "río", "narration", None),
    # after a quotation, a role with its complement ("a déclaré le ministre de l'Intérieur"),
    # the person the page introduced with it
    ("Le ministre de l'Intérieur, Jean Holm, est arrivé. «C'est une catastrophe», a déclaré le "
     "ministre de l'Intérieur.", "catastrophe", "quote", "Jean Holm"),
    ("El ministro de Economía, Luis Soto, llegó. «Es inaceptable», dijo el ministro de "
     "Economía.", "inaceptable", "quote", "Luis Soto"),
    ("«C'est inacceptable», a déclaré le porte-parole du ministère.", "inacceptable", "quote",
     None),
    # the author's words inside the marks after a comma, French and Spanish style: both parts
    # of the speech are the speaker's
    ("« Nous sommes prêts, a déclaré Jean Holm. La réforme est nécessaire. »", "réforme",
     "quote", "Jean Holm"),
    ("Jean Holm est arrivé. « Nous sommes prêts, a-t-il ajouté. La réforme est nécessaire. »",
     "réforme", "quote", "Jean Holm"),
    ("«Estamos listos, dijo Ana Ruiz, y la reforma es necesaria».", "reforma", "quote",
     "Ana Ruiz"),
    ("«Estamos listos —dijo Ana Ruiz—, y la reforma es necesaria».", "reforma", "quote",
     "Ana Ruiz"),
    ("« Nous sommes prêts, et la réforme est nécessaire. »", "réforme", "quote", None),
    # French quotation verbs of the press ("tranche", "souffle", "zanjó"), only beside a
    # quotation; "Selon le maire de Lyon, X, …": the name after the role and its complement
    ("« Nous sommes prêts », tranche Jean Holm.", "prêts", "quote", "Jean Holm"),
    ("«Estamos listos», zanjó Ana Ruiz.", "listos", "quote", "Ana Ruiz"),
    ("Jean Holm tranche le pain.", "pain", "narration", None),
    ("Selon le maire de Lyon, Jean Holm, la réforme est nécessaire.", "réforme", "reported",
     "Jean Holm"),
    # negatives: another country's president; an English role followed by nouns
    ("El presidente francés, Emmanuel Soto, llegó. El presidente ruso dijo que no irá.",
     "no irá", "reported", None),
    ("Chancellor Jon Berg will meet his rule, according to his former chief economic adviser.",
     "rule", "reported", None),
]


# Hyphenated positions are roles ("Fly-half Jan Holm", "the Sale full-back"); a stadium or a
# championship is no person a pronoun or a role could mean.
SPORTS_ROLE_CASES = [
    ("Fly-half Jan Holm admitted his kicking played a big part in the defeat.", "kicking",
     "reported", "Jan Holm"),
    ("Skipper Jan Holm believes nothing is wrong in the camp. \"There is no lack of confidence "
     "in the team,\" said the Sale full-back.", "no lack", "quote", "Jan Holm"),
    ("Jan Holm looks set to miss the whole of the Six Nations.\n\nEngland's World Cup-winning "
     "fly-half said last week he hoped to recover in time.", "recover", "reported", "Jan Holm"),
    ("\"I am one happy guy,\" Holm said on the podium.\n\nJan Holm was presented to fans at the "
     "Valdo Stadium\n\n\"My family are so happy here.\"", "My family", "quote", "Jan Holm"),
]


# A description set off by dashes between the subject and the cue; a request is speech.
DASH_APPOSITIVE_CASES = [
    ("Valdoria - a small and therefore crucial member - has said more time is needed.",
     "more time", "reported", "Valdoria"),
    ("The mayor - Ana Ruiz - said the bridge was safe.", "bridge", "reported", "Ana Ruiz"),
    ("Ana Ruiz — the mayor since 2019 — said the bridge was safe.", "bridge", "reported",
     "Ana Ruiz"),
    ("During the trial, prosecutor Jan Holm stressed that fame exempts no one. Later the "
     "prosecutor requested an 18-month sentence for the actor.", "18-month", "reported",
     "Jan Holm"),
    # English periphrases: "made the announcement", "expressed concern"; negative: "is made by"
    # is no statement
    ("Ana Ruiz made the announcement on Friday evening after the police entered the embassy.",
     "embassy", "reported", "Ana Ruiz"),
    ("Jan Holm has expressed concern that the tags could be used to follow shoppers.", "tags",
     "reported", "Jan Holm"),
    ("The browser is made by the Valdo Foundation, which was set up in 1998.", "browser",
     "narration", None),
    # negatives: a group before the dashes is no name; a film in a list is no speaker
    ("Officials - including the mayor - said the bridge was safe.", "bridge", "reported", None),
    ("The trilogy - Northern Lights, The Subtle Knife and The Amber Spyglass - tell the story "
     "of a girl.", "trilogy", "narration", None),
]


# an indefinite article before an unnamed speaker: reported speech all the same
# a common noun as the subject of "said that" (the mention kept, resolved to no one the page
# names), and of "said" with no "that" when it names an agent or a body ("the fisherman", "the
# insurer", "the companies"); negatives: an auxiliary or "of" in the phrase, a cue form that is
# a noun, a thing with no "that" ("the brochure", "the name says it all"), "claimed" a prize
COMMON_SUBJECT_CASES = [
    ("Prices rose. The fisherman said that the catch was small.", "catch", "reported", None),
    ("Ana Holm, chief executive of festival organisers Holm Events, spoke. The organisers said "
     "that tickets had sold out.", "tickets", "reported", None),  # (not the company's head)
    ("Prices rose. The response has been so promising that the firm will expand.", "firm",
     "narration", None),
    ("Prices rose. The government has played down claims that it will step in.", "step",
     "narration", None),
    ("Prices rose. The months of surveillance revealed that the network was large.", "network",
     "narration", None),
    ("Prices rose. The fisherman said the catch was small.", "catch", "reported", None),
    ("Prices rose. But the insurer said the cuts were part of a drive.", "cuts", "reported",
     None),
    ("Prices rose. The companies insist they were the victims of fraud.", "victims",
     "reported", None),
    ("Prices rose. The telecoms giant said the number of users had doubled.", "users",
     "reported", None),
    ("Prices rose. The global entertainment industry says most files are pirated.", "files",
     "reported", None),
    ("Prices rose. The administrators told Holm News that a sale was the only way.", "sale",
     "reported", None),
    ("Prices rose. The brochure said the budget would shrink.", "budget", "narration", None),
    ("Prices rose. The runner claimed the top spot ahead of the rest.", "spot", "narration",
     None),
    ("Prices rose. The name says it all: it is a radio for rap.", "radio", "narration", None),
    ("Prices rose. The fisherman said on Monday.", "Monday", "narration", None),
    # agents in the plural with no determiner: set off at the end, or opening the clause
    ("The price will be agreed over the weekend, bankers said.", "price", "reported", None),
    ("Prices rose. However, wine makers and farmers said the support was too small.", "support",
     "reported", None),
    ("Prices rose. But campaigners said there had been intimidation.", "intimidation",
     "reported", None),
    ("Prices rose. But coaches said the pitch was poor.", "pitch", "reported", None),
    ("Prices rose, and investors said nothing.", "nothing", "narration", None),
    ("Prices rose in May, tables said.", "Prices", "narration", None),
    # an owner's possessive after the determiner ("the world's biggest insurer"), not a clause
    # before the cue; a clause of a plural noun and an auxiliary after the cue
    ("Prices rose. The world's second biggest insurer said disasters have raised claims.",
     "disasters", "reported", None),
    ("Prices rose, the singer's agent has confirmed.", "Prices", "reported", None),
    ("Liam Holm spoke. The Tory co-chairman attacked Labour's six new pledges as \"vacuous\" "
     "and said Mr Blair was worried.", "worried", "reported", "Liam Holm"),
    ("Prices rose. The bookmaker said profits would fall.", "profits", "reported", None),
    ("Prices rose. The bookmaker said profits.", "profits", "narration", None),
    # a figure's verb set off before "according to X" is no poll's answer
    ("The economy grew faster than the 0.4% reported, according to deputy governor Ann Holm.",
     "economy", "reported", "Ann Holm"),
    ("Some 35% said they would vote.", "vote", "narration", None),
    # an agent described after a comma, the cue closing the sentence, either way round
    ("Prices rose, a senior government figure has warned.", "Prices", "reported", None),
    ("The film will open in June, its distributor has said.", "film", "reported", None),
    ("Prices must fall, says a top academic.", "Prices", "reported", None),
    ("Prices must fall, says the assembly government.", "Prices", "reported", None),
    ("Prices rose, the old sign said.", "Prices", "narration", None),
    ("Prices must fall, says a new song.", "Prices", "narration", None),
    ("Prices must fall, says a top academic in his book on the crisis.", "Prices", "narration",
     None),
    ("The long-running series has added a new game to its catalogue.", "catalogue",
     "narration", None),
    ("Party leader Roger Holm attacked the plans for pensioners saying they needed more money.",
     "money", "narration", None),

]


INDEFINITE_SPEAKER_CASES = [
    ("Die Lage sei ernst, sagte ein Sprecher.", "Lage", "reported", None),
    ("Die Lage sei ernst, sagte eine Sprecherin der Stadt.", "Lage", "reported", None),
    ("La situación es grave, dijo un portavoz del Gobierno.", "grave", "reported", None),
    ("La situation est grave, a déclaré un porte-parole du ministère.", "grave", "reported",
     None),
    ("Un accusé silencieux.", "accusé", "narration", None),
    ("The UN hopes that access to technology will help eradicate poverty.", "poverty",
     "reported", "UN"),  # "UN" in capitals is no article
]


@pytest.mark.parametrize("text,fragment,kind,speaker", [
    *ORGANISATION_SPEAKER_CASES, *FOREIGN_BODY_CASES, *GERMAN_SEPARABLE_CASES, *NULL_SUBJECT_CASES,
    *CHAIN_CASES, *DASH_APPOSITIVE_CASES, *FRENCH_SUBJECT_CASES, *SPORTS_ROLE_CASES,
    *INDEFINITE_SPEAKER_CASES, *COMMON_SUBJECT_CASES])
def test_kind_and_speaker(text, fragment, kind, speaker):
    claim = next(c for c in extract_from_text(text) if fragment in c.text)
    assert (claim.kind, claim.speaker.name if claim.speaker else None) == (kind, speaker)


# a label in capitals that is the surname of one person the page names; negative: a word in
# capitals that is no one's name
CAPITAL_LABEL_CASES = [
    ("Олександр Мельник переміг.\n\nМЕЛЬНИК: Ця перемога для сім'ї та країни.", "перемога",
     "Олександр Мельник"),
    ("Ana Ruiz won the vote.\n\nRUIZ: This is a victory for the whole country.", "victory",
     "Ana Ruiz"),
    ("Ana Ruiz won the vote.\n\nUPDATE: This is a victory for the whole country.", "victory",
     None),
    ("FRANCE : l’Assemblée nationale fait chuter le gouvernement.", "chuter", None),
    ("Replacements: Gotting, McKenzie, Lock, Hart.", "Gotting", None),
]


# Stop 35's rules, each with a negative: "sie" after a singular verb; "Pour <role>, <name>,
# …"; a noun before a role noun after a possessive; an organisation's possessive before a name;
# sentence adverbs and label nouns are no speakers; a German cue closing its clause; "Kritik der
# <body>"; a noun placed "in" somewhere; "Auch X gab"
PAGE_SHAPE_CASES = [
    ("Anna Weber sprach am Dienstag in Berlin.\n„Das ist inakzeptabel“, betonte sie.",
     "inakzeptabel", "Anna Weber"),
    ("Anna Weber sprach am Dienstag in Berlin.\n„Wir gehen jetzt“, sagten sie.", "gehen", None),
    ("Pour le président du Sénat, Paul Girard, « la réforme est mal préparée ».", "réforme",
     "Paul Girard"),
    ("Pour la France, Paul Girard, Anne Roy et Luc Petit ont voté.", "voté", None),
    ("Eva Soto, director of operations at Valgrid, spoke first.\nSpecifically, the company's "
     "operations director ruled out a cyberattack.", "cyberattack", "Eva Soto"),
    ("The head of Valgrid's works council says the company will close three plants.", "plants",
     None),
    ("Deutsche Bank's Mark Wall said the hawks had dropped the language.", "hawks", "Mark Wall"),
    ("Die EZB senkte den Zins.\nZugleich sprach die Zentralbank davon, dass die Inflation "
     "sinke.", "Inflation", "European Central Bank"),
    ("Conversely, others have defended Sinner, acknowledging the nature of the violation.",
     "defended", None),
    ("Im Senat wurde die Waffenruhe von James E. Risch bestätigt, dem Vorsitzenden des "
     "Ausschusses.", "Waffenruhe", "James E. Risch"),
    ("Zuvor hatten bereits mehrere Medien über die getroffene Vereinbarung berichtet.",
     "Vereinbarung", None),
    ("Die Folge: Am späten Abend zogen sich die Minister aus der Regierung zurück.", "Abend",
     None),
    ("Le Pen: « Nous gagnerons ».", "gagnerons", "Le Pen"),
    ("Der Abbau stößt auf scharfe Kritik der IG Metall. Die Gewerkschaft befürchtet laut Zeit "
     "Online weitreichende Konsequenzen.", "Konsequenzen", "IG Metall"),
    ("A hospital in Mayotte reported that nine people were in critical condition.", "critical",
     None),
    ("Auch der designierte Präsident Donald Trump gab die Einigung bekannt.", "Einigung",
     "Donald Trump"),
    ("Auch teilte die Regierung mit, dass die Lage ernst sei.", "Lage", None),
    ("«No vamos a dar marcha atrás», ha zanjado Marta Gil.", "marcha", "Marta Gil"),
    ("« Nous ne reculerons pas », a tranché Paul Girard.", "reculerons", "Paul Girard"),
    ("Según ha informado la Moncloa en un comunicado, las medidas entrarán en vigor mañana.",
     "medidas", "Moncloa"),
    ("Según un comunicado en la web, las medidas entrarán en vigor mañana.", "medidas", None),
    ("Juan Pérez habló ayer. Para Pérez, «la situación es insostenible».", "insostenible",
     "Juan Pérez"),
    ("Para 2025, «habrá cambios» en la ley.", "cambios", None),
    ("Das Außenministerium in Moskau kritisierte die Entscheidung scharf.", "Entscheidung",
     "Außenministerium"),
    ("Die Lage ist ernst. Das teilte die Zentralbank Valdorias mit.", "Lage",
     "Zentralbank Valdorias"),
    ("Wie die Nachrichtenagentur Valpress meldete, sind die Gespräche gescheitert.",
     "Gespräche", "Nachrichtenagentur Valpress"),
    ("Die Sprecherin des Ministeriums, Maria Orlowa, warf dem Westen Heuchelei vor.",
     "Heuchelei", "Maria Orlowa"),
    ("„Wir sind bereit“, sagte den Reportern die Ministerin Anna Weber.", "bereit",
     "Anna Weber"),
    ("Anna Weber kam.\n„Wir sind bereit“, sagte dem Sender der Minister.", "bereit", None),
    ("« Non », a déclaré son avocat, Jérémie Assous. « Nous ferons appel », a ajouté l'avocat.",
     "appel", "Jérémie Assous"),
    ("Paul Bongo, qui a succédé à son père en 2009, a été placé en résidence surveillée, et a "
     "été « entouré de sa famille », a annoncé l'armée à la télévision.", "résidence",
     None),  # not Bongo
]


# "she" is no one the page calls "Mr" (nor "he" a "Mrs" or a spokeswoman); a surname that two
# people of the page bear tells nothing
GENDER_CASES = [
    ("Mrs Ana Ruiz welcomed the apology. Mr Jan Holm said the families were delighted. “It was "
     "a wonderful day,” she said.", "wonderful", "Ana Ruiz"),
    ("Spokeswoman Ana Ruiz declined to comment. Mr Holm then said the talks would go on. “We "
     "will see,” she said.", "will see", "Ana Ruiz"),
    ("Mr Jan Holm said the families were delighted. “It was a wonderful day,” she said.",
     "wonderful", None),
    ("Mr Tony Holm met the press. Cherie Holm said the visit went well. “It was a lovely day,” "
     "she said.", "lovely", "Cherie Holm"),
]


# a body named by its head noun alone in another language ("el Gobierno") is the one of that
# noun the page named before; its possessive form in English ("Valdoria's government") is named;
# negatives: no such body named before, another body named before
BODY_NOUN_CASES = [
    ("El Gobierno de Valdoria confirmó 27 muertos.\n\nEl Gobierno dijo que la ayuda llegará.",
     "ayuda", "Gobierno de Valdoria"),
    ("El Gobierno dijo que la ayuda llegará.", "ayuda", None),
    ("El Banco de Valdoria subió los tipos.\n\nEl Gobierno dijo que la ayuda llegará.", "ayuda",
     None),
    ("La Fiscalía General de la Nación acusó al joven.\n\nLa Fiscalía sostiene que el motivo "
     "fue político.", "motivo", "Fiscalía General de la Nación"),
    ("Le ministère de l'Intérieur a publié un bilan.\n\nLe ministère a indiqué que trois "
     "personnes étaient mortes.", "mortes", "Ministère de l'Intérieur"),
    ("Le ministère a indiqué que trois personnes étaient mortes.", "mortes", None),
    ("Die Staatsanwaltschaft Köln ermittelt.\n\nDie Staatsanwaltschaft teilte mit, sie prüfe "
     "den Fall.", "Fall", "Staatsanwaltschaft Köln"),
    ("Valdoria's government said three people had died.\n\nThe government added that help was "
     "coming.", "help", "Government of Valdoria"),
    ("The government added that help was coming.", "help", None),
    # a body's name whose second word is a head noun is a name when the page writes its first
    # word capitalised inside a sentence
    ("Shares in Valbank Group rose.\n\nValbank Group said profits rose.", "profits",
     "Valbank Group"),
    ("Local police said the man fled.", "fled", None),
    # a body's short name is the long one the page writes with its complement
    ("El Banco Central de Valdoria subió los tipos.\n\nEl Banco Central dijo que la inflación "
     "bajará.", "inflación", "Banco Central de Valdoria"),
    ("The Chancellor of the Exchequer Jan Holm spoke.\n\nUK Chancellor said taxes would rise.",
     "taxes", "UK Chancellor"),
    # "it" is the body opening its sentence, not a word capitalised only there that the page
    # also writes in lowercase (but the body those shares are in: thirty-fourth round)
    ("Shares in Valair plunged 20% after it warned of a steep fall in profits. Its shares fell.",
     "plunged", "Valair"),
    ("Valgrid will cut 5,000 jobs, it said.", "jobs", "Valgrid"),
]


# a participle opening the sentence is no speaker ("Addressing claims that …", "Welcoming the
# ruling, X said"); negative: a surname ending so
PARTICIPLE_OPENER_CASES = [
    ("Welcoming the ruling, Ana Ruiz, chief executive of the Refugee Council, said: \"This is a "
     "good day.\"", "Welcoming", "Ana Ruiz"),
    ("Addressing claims that the law was unenforceable, Mr Holm told the BBC: \"The law is very "
     "clear.\"", "Addressing", "Holm"),
    ("Ana Fleming spoke first. Fleming said the plan was wrong.", "plan", "Ana Fleming"),
]


# hearsay is no speaker ("Reports suggest", "Media reports say": "reports" a noun before the
# cue); negative: a medium that reports
HEARSAY_CASES = [
    ("Media reports say the deal is close.", "deal", None),
    ("Reports suggest he left because of the plan.", "left", None),
    ("Reuters reports that the deal is close.", "deal", "Reuters"),
    # a word capitalised only where it opens a sentence and written in lowercase elsewhere is no
    # speaker; negative: a surname the page also writes as a word
    ("Strong demand triggers oil rally\n\nOil prices rose on strong demand from China.",
     "triggers", None),
    ("Steve Jobs spoke first. Jobs said the jobs were safe.", "safe", "Steve Jobs"),
]


# "May" after a given name or "Mrs" is a surname, not the month or the modal; negatives
MAY_CASES = [
    ("Theresa May said the plan would work.", "work", "Theresa May"),
    ("Theresa May spoke. Mrs May said the plan was wrong.", "plan", "Theresa May"),
    ("\"The plan is wrong,\" said Theresa May.", "plan", "Theresa May"),
    ("Prices rose in May, the ONS said.", "Prices", "ONS"),
    ("Officials may say more.", "more", None),
]


# occupations before a name are no part of it; negative: a given name ending so
OCCUPATION_CASES = [
    ("Guitarist Brian May said the show was great.", "show", "Brian May"),
    ("Musician Alan Wass said the show was great.", "show", "Alan Wass"),
    ("Florian Mueller said the patent was void.", "patent", "Florian Mueller"),
    # a compound adjective ("Cash-strapped") and an owner ("Pearson's") are no part of a
    # body's name; negative: an office under its owner
    ("Oscar-nominated Liam Neeson said the role was hard.", "role", "Liam Neeson"),
    ("Pearson's Financial Times said last week it was cutting jobs.", "jobs", "Financial Times"),
    ("Valdoria's Foreign Ministry said the troops would stay.", "troops",
     "Foreign Ministry of Valdoria"),
]


# "Former", "Senior" before one capitalised word are no given name: the group or body is the
# speaker; negative: a title and a full name
MODIFIER_CASES = [
    ("Senior Tories said the plan was wrong.", "plan", "Tories"),
    ("Former President Bill Clinton said the plan was wrong.", "plan", "Bill Clinton"),
    # a club or a place is no one who takes "he"; negative: a surname that is a place word
    ("Alex Ferguson watched his side draw.\n\nNottingham Forest held on for a point. \"It will "
     "be hard,\" he said.", "hard", "Alex Ferguson"),
    ("Mike Lake watched the vote.\n\nThe bill passed. \"It will be hard,\" he said.", "hard",
     "Mike Lake"),
]


# a nationality noun ("the Spaniard", "the Irishman") is the page's person as "the Russian"
# is; negative: a surname that is a nationality word
DEMONYM_CASES = [
    ("Rafael Nadal won in four sets. \"I played well,\" said the Spaniard.", "played",
     "Rafael Nadal"),
    ("Retail analyst Oliver Irish spoke first. \"Demand is huge,\" said Mr Irish.", "Demand",
     "Oliver Irish"),
]


# a paragraph that is only a quotation goes on in the voice of the previous paragraph's one
# attribution, also when one sentence with none closes that paragraph; negative: two do
NEXT_PARAGRAPH_CASES = [
    # a person who "spoke", their words quoted right after
    ("Mark Holt, the harbour master, spoke on Monday. \"The port will reopen on Friday.\"",
     "Friday", "Mark Holt"),
    ("Mark Holt spoke to reporters after the meeting.\n\n\"The port will reopen on Friday.\"",
     "Friday", "Mark Holt"),
    ("Политолог Анна Орлова уверена: комиссия была в курсе. И имела время.\n\n\"Думаю, "
     "комиссию проинформировали о сроках.\"", "сроках", "Анна Орлова"),
    ("Ana Ruiz said the plan was wrong. The index rose 2%.\n\n\"We will fight this all the "
     "way.\"", "fight", "Ana Ruiz"),
    ("Ana Ruiz said the plan was wrong. The index rose. Shares fell.\n\n\"We will fight this "
     "all the way.\"", "fight", None),
    # a paragraph opening with a quotation after one whose quotation's speaker goes on under a
    # pronoun or the same name
    ('Ms Holm said: "The act is clear." She said the guidance was old.\n\n"If in doubt, '
     'retain. Only a useless record may go." The act covers England.', "If in doubt",
     "Holm"),
    ('Ms Holm said: "The act is clear." The content matters most, said Ms Holm.\n\n"If in '
     'doubt, retain. Only a useless record may go." The act covers England.', "If in doubt",
     "Holm"),
    # a quotation after "and" and a few words goes on in the voice of the sentence before;
    # negative: no "and"
    ("Анна Орлова напомнила, что всегда настаивала на решении. И год обсуждения этой темы – "
     "«это достаточный срок для принятия взвешенного решения».", "достаточный", "Анна Орлова"),
    ("Анна Орлова напомнила, что всегда настаивала на решении. Год обсуждения этой темы – "
     "«это достаточный срок для принятия взвешенного решения».", "достаточный", None),
]


# "a family statement" speaks for the person the page names most (three times at least), not
# for the last two capitalised words ("European Cups"); negative: two people just before it
FAMILY_CASES = [
    ("Franz Holm played for the West German team. Holm won the World Cup. Holm later coached "
     "the European Cups side.\n\nA family statement read: \"We ask that you mourn in "
     "silence.\"", "mourn", "Holm family"),
    ("Franz Holm met Karl Adler.\n\nA family statement read: \"We ask that you mourn in "
     "silence.\"", "mourn", None),
]


# German nouns before a name that are no part of it: a party's member ("der Republikaner
# Risch"), a board member ("Personalvorstand"), a description ("Fan-Liebling"); negative: the
# party's members alone are a group
GERMAN_TITLE_CASES = [
    ("Im Senat sprach James E. Risch als Erster. „Wir wollen zuerst sehen, wie sie umgesetzt "
     "wird“, sagte der Republikaner Risch.", "umgesetzt", "James E. Risch"),
    ("Personalvorstand Gunnar Kilian sprach in Wolfsburg. „Die Lage ist ernst“, sagte Kilian.",
     "ernst", "Gunnar Kilian"),
    ("Fan-Liebling Thomas Holm hört auf. „Es war eine schöne Zeit“, sagte Holm.", "schöne",
     "Thomas Holm"),
    ("„Die Lage ist ernst“, sagten die Republikaner.", "ernst", "Republikaner"),
]


# a bare head of state or government nobody on the page is named as: the person the page is
# about, when it names them twice as often as anyone else and gives them no other office ("M.",
# "leader" are none); negatives: two people as often, another office the page gives, a role with
# more words than the office
UNTITLED_LEADER_CASES = [
    ("Pedro Sánchez dijo que no se sabe. Sánchez aseguró que el Estado lo averiguará. Sánchez "
     "habló con los medios.\n\nEl presidente explicó que ya se están anticipando medidas.",
     "anticipando", "Pedro Sánchez"),
    ("Michel Vautrin s'est défendu. Vautrin a parlé aux députés. Vautrin a lancé un appel.\n\n"
     "« La réalité ne disparaîtra pas », a souligné le Premier ministre.", "réalité",
     "Michel Vautrin"),
    ("M. Jean Vautrin a démissionné. Vautrin a parlé. Vautrin est parti.\n\nLe premier "
     "ministre a déjà demandé au parti de commencer la course.", "course", "Jean Vautrin"),
    ("Valdorian leader Anna Holm resigned. Ms Holm said no more. Ms Holm left.\n\nAt a meeting, "
     "the prime minister said she had no regrets.", "regrets", "Anna Holm"),
    ("Tony Holm met Gordon Adler. Mr Holm and Mr Adler spoke. Mr Holm smiled at Mr Adler.\n\n"
     "The prime minister said the talks went well.", "talks", None),
    ("Finance Minister Tony Holm spoke. Mr Holm left early. Mr Holm said no more.\n\n"
     "The prime minister said the talks went well.", "talks", None),
    ("Tony Holm spoke. Mr Holm left early. Mr Holm said no more.\n\n"
     "The club president said the talks went well.", "talks", None),
]


# after a quotation, the subject after its verb: past short adverbs after the auxiliary, a
# pluperfect, a medium or place named first, "l'un des …, NAME", a name particle ("del"), a
# pronoun after any present verb ("martèle-t-elle"); negatives: no name after the description,
# a place and no subject
FRENCH_INVERSION_CASES = [
    ("« Rien n’est joué », a de son côté rappelé Rémy Holm.", "joué", "Rémy Holm"),
    ("« Le droit a été violé », avait estimé Marine Adler lundi soir.", "violé", "Marine Adler"),
    ("« Tout sera fait contre nous », a accusé mardi sur Europe 1/CNews le président du parti "
     "Jordan Holm.", "contre", "Jordan Holm"),
    ("« La justice n’est pas politique », a défendu l’un des deux plus hauts magistrats de "
     "France, Rémy Holm.", "justice", "Rémy Holm"),
    ("« La justice n’est pas politique », a défendu l’un des deux plus hauts magistrats.",
     "justice", None),
    ("\"Todo está bien\", dijo en La Paz el ministro de Gobierno, Eduardo del Holm.", "bien",
     "Eduardo del Holm"),
    ("« Nous partons », a dit en Bolivie.", "partons", None),
    ("Nathalie Holm lit le jugement.\n\n« Les faits sont graves », martèle-t-elle.", "graves",
     "Nathalie Holm"),
]


# cues of Spanish and German news ("alega", "instó", "gritó", "kam zu Wort", "wird … zitiert");
# a listener's clitic before the cue ("le gritó X"); a general or a candidate by the role
# alone, an adjective after it ("el candidato opositor"); negatives: "the attorney general"
# is no general, a general the page never names
CUE_AND_ROLE_CASES = [
    ("Mientras tanto, Zúñiga alega que \"las Fuerzas Armadas están molestas\".", "molestas",
     "Zúñiga"),
    ("Machado instó a los venezolanos a no abandonar los centros.", "abandonar", "Machado"),
    ("“Repliegue todas estas fuerzas”, le gritó Arce a Zúñiga.", "Repliegue", "Arce"),
    ("„Die Gremien waren sich einig“, wird DFB-Präsident Bernd Holm in der Mitteilung "
     "zitiert.", "Gremien", "Bernd Holm"),
    ("Auch Sportdirektor Rudi Adler kam zu Wort. Hansi Holm habe sich in den Monaten "
     "aufgerieben.", "aufgerieben", "Rudi Adler"),
    ("El general Juan José Holm fue detenido. El general afirma que Arce le preguntó si era "
     "necesario.", "necesario", "Juan José Holm"),
    ("El candidato opositor Edmundo Adler habló. El candidato opositor denunció que los "
     "funcionarios se negaron.", "negaron", "Edmundo Adler"),
    ("Solicitor General Harriet Holm spoke. The attorney general said the war was legal.",
     "legal", None),
    ("El general afirma que hay problemas.", "problemas", None),
]


# subjects of Spanish and German news: the audience before the subject ("declaró a los
# periodistas la exdiputada"), a past role in one word, a body's name with "del" or its acronym
# in brackets, a name set off after a role and before a second description, "Nach Angaben von
# X", "laut X" inside a clause, the subject after the verb behind a fronted phrase ("Angesichts
# …", "Dies", "Das hat X mitgeteilt"), "der Verband" for the association the page named;
# negative: a passive in the subjunctive is no speech of its subject
SUBJECT_SHAPE_CASES = [
    ("María Holm dijo que ganó. «Venezuela tiene un nuevo presidente», declaró a los periodistas "
     "la exdiputada.", "Venezuela", "María Holm"),
    ("La Fiscalía General del Estado de Valdoria anunció la apertura de una investigación.",
     "apertura", "Fiscalía General del Estado de Valdoria"),
    ("El Consejo Nacional Electoral (CNE) de Valdoria ha confirmado la reelección.", "reelección",
     "Consejo Nacional Electoral de Valdoria"),
    ("El presidente del CNE, Elvis Holm, un funcionario cercano al Gobierno, dijo que la "
     "proclamación es legal.", "proclamación", "Elvis Holm"),
    ("Nach Angaben von Ministerpräsident Reiner Holm (CDU) starben dabei zwei Menschen.",
     "starben", "Reiner Holm"),
    ("Der Täter raste laut Holm mit einem Leihwagen in die Menge.", "Leihwagen", "Holm"),
    ("Angesichts der Schwere der Verletzungen schloss Holm weitere Todesfälle nicht aus.",
     "Todesfälle", "Holm"),
    ("Das hat Bernd Holm mitgeteilt.", "mitgeteilt", "Bernd Holm"),
    ("Der DFB trennt sich von Holm. Der DFB sucht einen Nachfolger. Dies teilte der Verband am "
     "Sonntag mit.", "Dies", "DFB"),
    ("Der Verband hat sich von Hansi Holm getrennt. Holm sei mit sofortiger Wirkung entbunden "
     "worden.", "entbunden", None),
]


# a gerund after "en" ("a réagi en déclarant"), a past head of state ("L'ex-président",
# "l'ex-chef de l'Etat") for the untitled person the page is about, a pronoun's gender by the
# given name when the page says nothing else ("Nathalie … elle"); negatives: no person named
# most, another country's president, a man's given name for "elle"
FRENCH_EPITHET_CASES = [
    ("Le maire Jean Holm est venu au port. « Nous allons investir », a promis l'élu.",
     "investir", "Jean Holm"),
    ("Hafenchef Jan Holm zeigte sich zuversichtlich. „Das schaffen wir“, so der 54-Jährige.",
     "schaffen", "Jan Holm"),  # (an age for a role after "so")
    ("Le procureur général près la Cour de cassation, Rémy Holm, a réagi en déclarant que * »la "
     "justice n’est pas politique »*.", "justice", "Rémy Holm"),
    ("Nicolas Holm a été condamné. Holm parle. Holm part. L'ex-président a dénoncé une "
     "décision grave.", "dénoncé", "Nicolas Holm"),
    ("Bassirou Holm a gagné. Holm parle. Holm part. « Bravo », a signé le président guinéen.",
     "Bravo", None),
    ("Nicolas Holm a été condamné. Holm parle. Holm part. L'ex-chef de l'Etat a annoncé qu'il "
     "interjetait appel.", "appel", "Nicolas Holm"),
    ("Nicolas Holm et Paul Adler parlent. L'ex-président a dénoncé une décision grave.",
     "dénoncé", None),
    ("Nathalie Holm termine l’énoncé des peines visant Nicolas Adler.\n\n« Les faits sont "
     "graves », martèle-t-elle.", "graves", "Nathalie Holm"),
    ("Nicolas Adler a parlé.\n\n« Les faits sont graves », martèle-t-elle.", "graves", None),
]


# German: a view given as someone's with no comma ("Für Neuendorf war die Entscheidung
# «unumgänglich»"), indirect speech going on after "so X", "meinte er", the pluperfect after a
# quotation ("„…“, hatte er bei RTL gesagt"), a run through a "dass" clause; negatives: "Für
# Kinder" with no quotation, another person's subjunctive after "dass" ("Am Sonntag leitete
# Hansi Adler das Training und gab sich kämpferisch, dass er weiter kämpfen wolle")
GERMAN_SPEECH_CASES = [
    ("Bernd Holm sprach. Für Holm war die Entscheidung «unumgänglich».", "Entscheidung",
     "Bernd Holm"),
    ("Für Kinder ist das gefährlich.", "Kinder", None),
    ("Auch Rudi Holm kam zu Wort. «Leider ist es nicht gelungen», so Holm. Man müsse nun "
     "handeln.", "handeln", "Rudi Holm"),
    ("Rudi Holm sprach. Auf die Frage nach dem Aus meinte er, er müsse darüber schlafen.",
     "schlafen", "Rudi Holm"),
    ("Sportdirektor Rudi Holm blieb ruhig.\n\n„Ich würde vorschlagen, darüber zu schlafen“, "
     "hatte er bei RTL gesagt.", "schlafen", "Rudi Holm"),
    ("„Diese Anhaltspunkte fehlen“, sagte Thomas Holm. Sollte sich herausstellen, dass Fehler "
     "gemacht worden seien, dann würde ein Strafverfahren eingeleitet.", "Strafverfahren",
     "Thomas Holm"),
    ("«Leider ist es nicht gelungen», sagte Rudi Holm.\n\nAm Sonntag leitete Hansi Adler das "
     "Training und gab sich kämpferisch, dass er weiter kämpfen wolle.", "kämpferisch", None),
]


# an owner's role before a surname alone ("Holm’s deputy Bardin blasts …") names the surname's
# person; negative: the role alone
OWNER_ROLE_CASES = [
    ("Jordan Bardin spoke.\n\nHolm’s deputy Bardin blasts judges after her conviction.",
     "judges", "Jordan Bardin"),
    ("Holm’s deputy blasts judges after her conviction.", "judges", None),
]


# pages of the second fresh batch: a "Read also" line does not end a speaker's turn; an
# incise inside the marks naming its speaker ("…, a reconnu le dirigeant tricolore pour Le
# Figaro. …"); a medium is no person a pronoun stands for, nor "the company"; a past role in
# one word ("la expresidenta") is the person written after it; "líder" is a role; negatives: a
# bare incise with no subject, an unrelated paragraph between quote and speaker
GENERATED_FORM_CASES = [
    # cue forms generated from the verbs of cue_lemmas.tsv, in any tense or person
    ("Le maire Paul Lenoir déplorait jeudi la fermeture de l'usine.", "fermeture", "Paul Lenoir"),
    ("El alcalde Juan Soto lamentaba que nadie le escuchara.", "nadie", "Juan Soto"),
    ("Министр Иван Петров посетовал, что бюджет сокращён.", "бюджет", "Иван Петров"),
    ("La ministra Ana Ruiz ha reprochado al Gobierno su silencio.", "silencio", "Ana Ruiz"),
    # a generated participle is a cue after its auxiliary only: no adjective, no passive
    ("Marine Dupont, condamnée en juin, a quitté Paris.", "quitté", None),
    ("La ley fue reprochada por la oposición en el pleno.", "pleno", None),
    ("Ana Ruiz a été accusée de fraude par la presse.", "fraude", None),
    # an infinitive is no attribution
    ("Cabe lamentar que la ley cambió.", "ley", None),
    # names opening with an accented or extended Latin capital
    ("Álvaro Soto Vélez fue condenado.\n\n«No me callo», replicó Soto.", "callo",
     "Álvaro Soto Vélez"),
    ("Le commissaire Maroš Šefčovič était là. « Non », a répété Šefčovič.", "Non",
     "Maroš Šefčovič"),
    # a surname before another one ("Issa Tchiroma Bakary", Spanish double surnames)
    ("Issa Tchiroma Bakary conteste les résultats. « Notre victoire est claire », a lancé "
     "Tchiroma.", "victoire", "Issa Tchiroma Bakary"),
    ("Ana Soto Ruiz et Juan Soto Vélez parlent. « Non », a lancé Soto.", "Non", "Soto"),
    # a Russian sentence opening with an adverbial phrase, the name right before the verb
    ("Дмитрий Бивол проиграл. Сразу после поединка Бивол прокомментировал бой.", "поединка",
     "Дмитрий Бивол"),
    ("Сидоров в интервью ТАСС заявил, что устал.", "устал", "Сидоров"),
    ("Inmediatamente Soto respondió que no aceptará el fallo.", "fallo", "Soto"),
    # the first and second persons are the writer or the reader, no one of the page
    ("Иван Петров приехал.\n\nЯ посоветовал им играть смело.", "смело", None),
    ("Иван Петров забил гол.\n\nМы были с ребятами, поздравляли их.", "ребятами", None),
    # a Spanish agency's dateline is no subject
    ("Shanghái (China), 10 oct (EFE).- El tenista Carlos Holm aseguraba que no lo sabía.",
     "sabía", "Carlos Holm"),
    ("Иван Петров приехал.\n\nЯ заявил, что это так.", "заявил", None),
    ("Jean Holm est venu.\n\nJe déclare que c'est fini.", "fini", None),
    ("Иван Петров приехал.\n\nЗаявили, что это так.", "Заявили", None),
    # German verbs with a separable prefix, generated as "verb … prefix"
    ("Heinz Holm trat zurück. Holm deutete an, dass ein Detektiv beteiligt war.", "Detektiv",
     "Heinz Holm"),
    ("Der Minister Jan Holm stritt am Montag alle Vorwürfe ab.", "Vorwürfe", "Jan Holm"),
    # "цитирует X издание Y": the quoted person, then the medium relaying him
    ("Артур Бетербиев победил.\n\n«Это опыт», — цитирует Бетербиева издание The Ring.", "опыт",
     "Артур Бетербиев"),
]


APPOSITIVE_ROLE_CASES = [
    # a role set off after a name, in any language, is that person's title
    ("Sandra Holm, jueza del Circuito de Bogotá, leía la sentencia.\n\nLa jueza respondió que "
     "no.", "respondió", "Sandra Holm"),
    ("Jean Holm, juge d'instruction, a parlé.\n\nLe juge a répondu que non.", "répondu",
     "Jean Holm"),
    ("Ann Holm, a judge in Ohio, spoke.\n\nThe judge said no.", "said", "Ann Holm"),
    ("Cristina Holm, presidenta entre 2007 y 2015, habló.\n\n«Fin», escribió el jefe de Estado.",
     "Fin", None),
    # closing its sentence or its line too; the office a role serves is not that role's
    ("Ana Holm met Mark Ruiz, the spokesperson for the port. Ana Holm then left.\n\n\"Aid will "
     "come,\" the spokesperson said.", "Aid", "Mark Ruiz"),
    ("Briefing by Ana Holm, Spokesperson for the Harbour Office\n\nMark Ruiz spoke first.\n\n"
     "\"Aid will come,\" the spokesperson said.", "Aid", "Ana Holm"),
    ("Ana Holm, spokesperson for the Secretary-General, spoke on Monday.\n\n\"The aid will "
     "arrive,\" the Secretary-General said.", "aid", None),
    # a role told by a relative clause ("who heads …": the head)
    ("Mark Holt, who heads the port authority, spoke after Ana Ruiz, the mayor. \"The port "
     "will reopen,\" the harbour boss said.", "reopen", "Mark Holt"),
    ("Mark Holt, who heads the port authority, spoke after Ana Ruiz, the mayor. \"The port "
     "will reopen,\" the port chief said.", "reopen", "Mark Holt"),  # (a noun before the role)
    ("Music mogul Tony Holm, who headed the record company the band was signed to, will produce "
     "it. \"I am not an actor,\" said the Factory Records founder.", "actor", "Tony Holm"),
    # a body's word in a role is the body's only by its name ("the report" is no co-author's)
    ("\"Few will pay,\" said John Holt, co-author of the Holm Institute report. The report "
     "argues that prices will rise.", "prices", None),
    ("Prices will rise, estimates John Holt, report author and a senior adviser at the Holm "
     "Forum. The report reveals that few will pay.", "few", None),
    # a generic role with nobody seen in it: the subject of the sentence before, not a place or
    # a rival named later in it
    ("Film star Liam Holt held a dinner in New York.\n\n\"The theatre is old,\" the "
     "Ballymena-born actor said.", "theatre", "Liam Holt"),
    ("Britain's Jason Holt won ahead of Germany's Marc Ruiz, who crossed the line later. The "
     "world indoor champion said: \"I was ill on Sunday.\"", "ill", "Jason Holt"),
    # one person's words by a possessive: "según sus palabras", "selon ses propos"
    ("Sandra Holm leyó la sentencia. Según sus palabras, solo su equipo la conocía.", "equipo",
     "Sandra Holm"),
    ("Jean Holm a parlé. Selon ses dires, il y aurait deux morts.", "morts", "Jean Holm"),
    ("Ann Holm spoke. According to her remarks, the law is unfair.", "unfair", "Ann Holm"),
    # the article of an acronym is no part of the body's name
    ("El PP pide a Sánchez que dimita.", "dimita", "PP"),
    # German infinitives with "zu" and "informieren" (to inform someone) are no cues
    ("Er habe keine Möglichkeit gehabt, seine Rolle bei der Besetzung darzulegen.", "Rolle",
     None),
]


ROLE_PHRASE_CASES = [
    # a role with its "of" complement is the subject of the cue ("the agency" is no speaker)
    ("Agency director Ana Holm arrived.\n\nThe head of the agency said that talks were over.",
     "talks", "Ana Holm"),
    ("Valdorian Foreign Minister Ivan Holm flew in.\n\nThe head of Valdorian diplomacy said "
     "that Moscow was open to dialogue.", "dialogue", "Ivan Holm"),
    ("Chancellor Olaf Holm dismissed a minister. The head of the German government said that "
     "he would ask for a vote.", "vote", "Olaf Holm"),
    ("The head of US network Valdo TV has admitted the shows were weak.", "shows", None),
    ("Jean Holm, le président de la Confédération rappelle que la Suisse est neutre.", "neutre",
     "Jean Holm"),
    ("Le ministre des Affaires étrangères, Jean Holm, a déclaré que Paris était prêt. Le chef de "
     "la diplomatie française a ajouté que les sanctions avaient échoué.", "échoué", "Jean Holm"),
    ("El canciller ruso, José Holm, afirmó que Moscú estaba listo.\n\nEl jefe de la diplomacia "
     "rusa agregó que las sanciones habían fracasado.", "fracasado", "José Holm"),
    ("El canciller ruso, José Holm, afirmó que Moscú estaba listo.\n\nEl canciller dijo que "
     "Madrid estaba listo.", "Madrid", "José Holm"),
    # the role's complement is no sentence of its own: "y", a cue, a name after it
    ("Durante la sesión, el líder del PP defendió sus decisiones y sostuvo que su renuncia "
     "bastaba.", "renuncia", None),
    # German compounds hold the role of their last part ("Außenminister": a minister)
    ("Der valdorische Außenminister Iwan Holm sagte, man sei bereit.\n\nDer Minister betonte, "
     "die Sanktionen seien gescheitert.", "gescheitert", "Iwan Holm"),
    ("Regierungssprecher Hans Holm sagte, es gebe keine Pläne.\n\nDer Sprecher fügte hinzu, die "
     "Gespräche gingen weiter.", "Gespräche", "Hans Holm"),
    # Russian and Ukrainian: a role phrase without a name, and a role in the genitive
    ("Министр иностранных дел Валдории Сергей Холмов провел переговоры.\n\nГлава валдорской "
     "дипломатии заявил, что Москва открыта к диалогу.", "диалогу", "Сергей Холмов"),
    ("Министр иностранных дел Валдории Сергей Холмов провел переговоры.\n\nГлава "
     "российского МИД заявил, что ответ будет дан.", "ответ", "Сергей Холмов"),
    ("Президент Валдории Иван Холмов встретился с премьером.\n\nРоссийский лидер добавил, что "
     "торговля продолжится.", "торговля", "Иван Холмов"),
    ("Пресс-секретарь президента Валдории Иван Холмов ответил на вопрос.\n\nПо словам "
     "представителя Кремля, переговоры возможны.", "переговоры", "Иван Холмов"),
    ("Министр обороны Валдории Иван Холмов провел совещание.\n\nПо словам министра, учения "
     "закончены.", "учения", "Иван Холмов"),
    ("Прем'єр-міністр України Денис Холмич провів нараду.\n\nЗа словами прем'єра, уряд "
     "готовий.", "уряд", "Денис Холмич"),
    # no one named in the role: the genitive role names no one
    ("Погода была хорошей.\n\nПо словам министра, учения закончены.", "учения", None),
    # an aide or adviser is a generic role: the person the page named in a role before; with
    # "his" or "her" it is someone else's aide
    ("Somov's spokesman, Pyotr Holm, told reporters that no date was set. The Kremlin aide "
     "stressed that Moscow wanted equal relations.", "equal", "Pyotr Holm"),
    ("Chancellor Gordon Holm will meet his rule, according to his former chief economic adviser.",
     "rule", None),
    ("Former singer Ian Holm was arrested on Tuesday, his spokesman has said.", "arrested", None),
    # "one of the study's authors, X": the name after a group's member, in English too
    ("Ambassador Oleg Holm spoke. \"It is over,\" the diplomat said.\n\n\"The data are "
     "clear,\" said one of the study's authors, Maria Holm.", "data", "Maria Holm"),
    ("\"The data are clear,\" said one of them.", "data", None),
    # "Об этом в беседе с РИА Новости рассказал X": the listener before the cue is no subject
    ("Встреча окончена. Об этом в беседе с РИА Новости рассказал замминистра Олег Холмов.",
     "Встреча", "Олег Холмов"),
    ("В разговоре с журналистами Олег Холмов заявил, что встреча окончена.", "встреча",
     "Олег Холмов"),
    # a heading "Name, role:" over bulleted quotations (a page's summary of comments)
    ("Below is a summary of comments:\n\nLinda Holm, Judge, High Court:\n\n  • “It is "
     "appropriate to give the order. This has dragged on.”\n\nJan Berg, chief executive:\n\n"
     "  • “We are sorry about the order.”", "dragged", "Linda Holm"),
    ("Below is a summary of comments:\n\nLinda Holm, Judge, High Court:\n\n  • “It is "
     "appropriate to give the order.”\n\nJan Berg, chief executive:\n\n  • “We are sorry "
     "about the order.”", "sorry", "Jan Berg"),
    ("Key points:\n\n  • The court gave the order on Monday.", "order", None),
    # German "ließ er (über seinen Anwalt) mitteilen": the subject of "lassen" said it
    ("Michel Holm war erleichtert. \"Wir werden uns wiedersehen\", ließ er über seinen Anwalt "
     "mitteilen.", "wiedersehen", "Michel Holm"),
    # a quotation paragraph after one whose sentences all go on with one speaker is theirs
    ("Michel Holm erklärte, er wolle kämpfen. \"Wir werden uns wiedersehen\", ließ er "
     "mitteilen. Er werde nicht lockerlassen.\n\n\"Das hat die FIFA mit mir gemacht.\"",
     "FIFA", "Michel Holm"),
    # "согласно утверждению X", "со слов X": X in the genitive, back in the nominative
    ("Согласно утверждению Натана Холмова, ведущего научного сотрудника, комиссия ничего не "
     "скроет.", "комиссия", "Натан Холмов"),
    ("Со слов Ивана Холмова, комиссия ничего не скроет.", "комиссия", "Иван Холмов"),
    # a role with a name in the genitive is that person's coach, not that person
    ("Спортсменка Анна Холмова вылетела домой.\n\nТренер Холмовой прокомментировал ситуацию.",
     "ситуацию", None),
    ("Тренер Иван Холмов прокомментировал ситуацию.", "ситуацию", "Иван Холмов"),
    # the kind of company before its name is no part of it
    ("Корпорация Роскосмос заявила о крушении аппарата.", "крушении", "Роскосмос"),
    # a body in the locative after the cue ("as they noted in the Kremlin")
    ("Как отметили в Кремле, встреча пока не запланирована.", "встреча", "Кремль"),
    ("Встреча пока не запланирована, отметили в Кремле.", "Встреча", "Кремль"),
    ("Посол вызван, сообщили в Кремле журналистам.", "Посол", "Кремль"),
    ("Встреча прошла, сообщили в пятницу.", "Встреча", None),
]


PLACE_AND_TRANSCRIPT_CASES = [
    # a name right after "in", "en", "dans" is a place, no subject a pronoun or role goes on with
    ("Rick Holm met the board on Monday. The stadium will be built in Stanley Park.\n\nHe "
     "said: \"We have to be careful with the money.\"", "careful", "Rick Holm"),
    ("En La Habana, el vocero del grupo precisó los reclamos.", "reclamos", None),
    # a place whose name opens with its kind is no one who takes "il"
    ("François Holm a parlé. Holm est content. Des militants réunis au Théâtre Capitole "
     "l'acclament.\n\n«C’est une victoire historique», a-t-il dit.", "victoire",
     "François Holm"),
    # "s'est écrié X": the reflexive auxiliary before an inverted subject
    ("«On a eu un message clair», s’est écrié François Holm.", "message", "François Holm"),
    # a transcript: the paragraph after a person's label is theirs; a topic is no label
    ("Julian Holm: Ich kämpfe mit den Tränen. In der zweiten Halbzeit haben wir es gut gemacht.",
     "Halbzeit", "Julian Holm"),
    ("Zum Thema Florian Holm: Er hat viel gespielt. Es war eine anstrengende Saison.", "Saison",
     None),
    ("Zum Thema Florian Holm: Er hat viel gespielt. Es war eine anstrengende Saison.",
     "gespielt", None),
]


FRESH_PAGE_CASES = [
    ("Наставник сборной Вилли Холм поделился мыслями о матче.\n\nЧитай также: Испания обыграла "
     "Англию\n\n\"Честно говоря, не помню, что говорил игрокам.\"", "Честно", "Вилли Холм"),
    ("Наставник сборной Вилли Холм поделился мыслями о матче.\n\nСборная улетела домой.\n\n"
     "\"Честно говоря, не помню, что говорил игрокам.\"", "Честно", None),
    ("Philippe Holm, le président de la fédération, a parlé.\n\n\"Je ne suis pas tombé de ma "
     "chaise, a reconnu le dirigeant tricolore pour Le Figaro. Évidemment, c'est dur.\"",
     "chaise", "Philippe Holm"),
    ("« Nous partons, a dit que nous partons. »", "partons", None),
    ("Béatrice Holm a parlé. Elle répondait à France Inter.\n\n« Je vais le rencontrer », "
     "a-t-elle déclaré.", "rencontrer", "Béatrice Holm"),
    ("La expresidenta Cristina Holm habló. Alicia Holm estuvo. La expresidenta agradeció a los "
     "presentes y dijo que «esto es así».", "agradeció", "Cristina Holm"),
    ("María Holm, principal valedora del candidato, aseguró que ganaron.\n\n«Esta es la verdad»,"
     " expresó la líder antichavista.", "verdad", "María Holm"),
    # a report's epithets for the person it is about: a past role with its club, a title won
    ("Didier Holm quittera les Bleus. Holm parle. Holm part.\n\n«J'ai fait mon temps» , a "
     "insisté l'ancien coach de l'Olympique de Marseille", "temps", "Didier Holm"),
    ("Didier Holm quittera les Bleus. Holm parle. Holm part.\n\n«Ça s'arrêtera là» , a justifié "
     "le double champion du monde.", "arrêtera", "Didier Holm"),
    ("Didier Holm et Zinedine Adler parlent.\n\n«Il y a une vie après» , a poursuivi "
     "l'ex-milieu de terrain de la Juventus.", "vie", None),
    ("L’ancien Marseillais est parti. Philippe Holm a parlé. « Je n’entrerai pas dans ce débat, "
     "a-t-il confié. »", "débat", "Philippe Holm"),
    ("Concernant le célèbre numéro 10, Holm a été clair : «je n’entrerai pas dans ce débat.»",
     "débat", "Holm"),
    ("Javier Holm habló. Holm celebró. Holm se fue.\n\n\"Justicia. Fin\", escribió en primera "
     "instancia el jefe de Estado.", "escribió", "Javier Holm"),
]


# Russian pages of the second fresh batch: a role with its genitive complement ("Нападающий
# сборной Грузии", "аким … области X", "глава региона"), the network before a writer ("написал
# в Facebook X"), "дал оценку"; negative: a role no one on the page holds
RUSSIAN_ROLE_CASES = [
    # "in his opinion": the person named before; a Ukrainian name after a role in the genitive
    ("Министр Иван Холмов выступил. По его мнению, это поможет рыбакам.", "рыбакам",
     "Иван Холмов"),
    ("Міністр Іван Холмов виступив. На його думку, це допоможе рибалкам.", "рибалкам",
     "Іван Холмов"),
    ("За словами міністра Івана Холмова, порт відкриють у травні.", "порт", "Іван Холмов"),
    ("На думку Івана Холмова, порт відкриють у травні.", "порт", "Іван Холмов"),
    # the head of the "agency" (ministry) is the minister named before
    ("Министр Иван Холмов посетил порт. «Мы вложим деньги», — пообещал глава ведомства.",
     "вложим", "Иван Холмов"),
    ("Міністр Іван Холмов відвідав порт. «Ми вкладемо гроші», — пообіцяв керівник відомства.",
     "вкладемо", "Іван Холмов"),
    ("Хвича Холм: Это лучший день\n\nНападающий сборной Грузии поделился эмоциями после победы.",
     "эмоциями", "Хвича Холм"),
    ("Аким Карагандинской области Ермаганбет Холм сообщил о пожаре.\n\n\"Мы будем с вами "
     "рядом\", написал глава региона.", "рядом", "Ермаганбет Холм"),
    ("Взрыв произошёл на шахте, погибли 11 человек, сообщил аким Карагандинской области "
     "Ермаганбет Холм.", "Взрыв", "Ермаганбет Холм"),
    ("Ермаганбет Холм сообщил.\n\n\"Выражаю соболезнования\", – написал в Facebook Холм.",
     "соболезнования", "Ермаганбет Холм"),
    ("Министр по ЧС Сырым Холм в ходе брифинга дал оценку ситуации на шахте.", "оценку",
     "Сырым Холм"),
    ("Иван Холм сообщил.\n\n\"Мы будем рядом\", написал глава региона.", "рядом", None),
]


# German pages of the third fresh batch: a name before "selbst" though it may open a sentence
# ("Kurz selbst sagte"), the judge by the role, the subject after the verb behind "Zu …",
# "…, so X" after a sentence that holds another cue's first word; negative: "the judge" the
# page names no one as
GERMAN_COURT_CASES = [
    ("Sebastian Kurz wurde verurteilt. Kurz selbst sagte, er sei von dem Urteil enttäuscht.",
     "enttäuscht", "Sebastian Kurz"),
    ("Sebastian Kurz sprach kurz vor Mittag.\n\n„Genug ist genug“, sagte Kurz.", "Genug",
     "Sebastian Kurz"),  # "kurz" is a word, "Kurz" after a given name a surname
    ("Dmitri Holm traf Donald Adler. Президент США заявил, что мир близок.", "мир", None),
    # ^ a Cyrillic role and an acronym ("Президент США") are a role, no one's name
    ("Richter Michael Holm sprach das Urteil. Der Richter begründet sein Urteil.", "begründet",
     "Michael Holm"),
    ("Richter Michael Holm sprach das Urteil. Zu den Zeugen erklärt der Richter, dass die "
     "Erschütterung nicht gelungen sei.", "Erschütterung", "Michael Holm"),
    ("«Leider müssen wir feststellen, dass es nicht gelungen ist», so Adler.", "Leider", "Adler"),
    ("Solicitor General Harriet Holm spoke. The judge said the case was closed.", "closed", None),
]


# French and Spanish pages of the third fresh batch: the capitals that end an office's name
# before the commas are no name ("El biministro de Economía y Energía, Álvaro García, …"), a
# commandant's role, "Malgré …" opens no name, "ha dado a conocer", a line broken off its
# sentence ("« … »\n, a affirmé X"); negatives: an impersonal "se", a line that is a sentence
OFFICE_NAME_CASES = [
    ("El biministro de Economía y Energía, Álvaro Holm, calificó como “el principal negocio” el "
     "acuerdo.", "negocio", "Álvaro Holm"),
    ("En la misma línea, el vicepresidente ejecutivo de Corfo, José Miguel Holm, destacó que el "
     "acuerdo “muestra el trabajo”.", "muestra", "José Miguel Holm"),
    ("Une quarantaine de personnes ont perdu la vie, a annoncé le commandant de la police "
     "cantonale, Frédéric Holm.", "quarantaine", "Frédéric Holm"),
    ("Président du gouvernement, Mathias Holm décrit: «Nous avons rencontré des familles.» "
     "Malgré tout, il tient à relever les solidarités: «Au cœur de l’obscurité, une petite "
     "lumière s’est allumée.»", "lumière", "Mathias Holm"),
    ("El Gobierno de Valdoria ha dado a conocer este sábado que los incendios dejaron 46 "
     "muertos.", "incendios", "Gobierno de Valdoria"),
    ("Laurent Holm parle.\n\n« J’ai compris que c’était très grave »\n, a affirmé ce lundi "
     "Laurent Holm.", "grave", "Laurent Holm"),
    ("Le groupe automobile Valdor (Citroën, Peugeot, Fiat, Chrysler…) a annoncé, dimanche, la "
     "démission de son directeur.", "démission", "Valdor"),
    ("Luis Holm habló. Un poco más tarde, se dio a conocer que Juan Adler fue detenido.",
     "detenido", None),
    ("Laurent Holm parle.\n\n« J’ai compris que c’était très grave. »\nLe musée est fermé.",
     "grave", None),
]


# letters after a name are no part of it ("Frank Holm MP", "Guy Adler QC"), unless the mention
# describes a seat's member ("the Valdor North MP": a role, the member who spoke last); a past
# title ("ex-minister") is a title
NAME_AFFIX_CASES = [
    ("Former welfare minister Frank Holm MP said the leaders should stop fighting.", "fighting",
     "Frank Holm"),
    ("The chairman of the Bar Council, Guy Adler QC warned there was a real risk.", "risk",
     "Guy Adler"),
    ("Tory ex-minister Douglas Holm said he opposed the plans.", "opposed", "Douglas Holm"),
    ("Mr Pound said he was shocked.\n\n\"I felt guilt,\" said the Valdor North MP.", "guilt",
     "Pound"),
]


SUBJECT_CASE_CASES = [
    # a German dative or accusative is no subject; "X von den Grünen": the name before "von"
    ("Jan Holm sprach lange. Er sei stolz darauf, bei der EM auf dem Platz gestanden zu sein.",
     "stolz", "Jan Holm"),  # (None until 2026-12-05 night: "Er sei …" now opens his words)
    ("Felix Holm von den Grünen erklärte, dass das Ergebnis eine Zäsur darstelle.", "Zäsur",
     "Felix Holm"),
    # a reflexive pronoun between the cue and its subject
    ("Jan Holm tritt zurück. „Über 15 Jahre ist mein Debüt her“, erinnert sich Holm.", "Debüt",
     "Jan Holm"),
    # German compounds of a sports role, a role in the genitive of a place
    ("Jan Holm tritt zurück. Das verkündete der bisherige Stammtorhüter in einem Video.",
     "Video", "Jan Holm"),
    ("Ministerpräsident Markus Holm lud ein. \"Ich habe entschieden\", sagte der Landesvater "
     "Bayerns.", "entschieden", "Markus Holm"),
    # a role named before its holder, who is named later with a title and surname only
    ("Der Richter begründet sein Urteil. Das Urteil sei hart, erklärt der Richter. Eine "
     "Geldstrafe hielt Richter Holmasz für nicht angebracht.", "hart", "Holmasz"),
    # a prosecutor's role; "Name, Role de X a déclaré" with a capitalised role
    ("La procureure de Paris Laure Holm a parlé mardi. « On peut espérer », a ajouté la "
     "procureure.", "espérer", "Laure Holm"),
    ("Ensuite, Jean Holm, Président de Valdocar a déclaré : « nos remerciements vont à Marc "
     "Berg ».", "remerciements", "Jean Holm"),
    # a place after a preposition is no speaker closing the clause
    ("Rafa Holm se retira. \"No he sido capaz de jugar\", admitió el tenista con el récord de "
     "victorias en Roland Garros, con 14.", "capaz", "Rafa Holm"),
    # a label's topic or medium is no speaker; the trial's name is no person
    ("Sur Valdo Sports : \"Vous voyez toujours le négatif.\"", "négatif", None),
    ("Procès Valdo : Gisèle Holm, après le verdict, pense aux victimes. « Je pense aux "
     "victimes », a-t-elle dit.", "pense aux victimes »", "Gisèle Holm"),
    # a wire story's role, named in the next sentence by the words it reports; a past office
    # with its place before it, no article
    ("Valdoria’s security secretary says the storm killed 27 people.\n\nRosa Holm’s comments "
     "on Thursday were echoed by the governor.", "storm", "Rosa Holm"),
    ("Valdoria’s security secretary says the storm killed 27 people.\n\nThe storm hit on "
     "Monday.", "killed", None),
    ("Claudia Holm won the vote. Claudia Holm thanked voters. The climate scientist and former "
     "Valdo City mayor said her rivals had called her. Holm takes office in October.", "rivals",
     "Claudia Holm"),
    # a line that is only a name, with or without a role, under quotations: their signature
    ("Valdo won 2:0 on Monday.\n\n\"We played our football. I am proud of the players.\"\n"
     "Valdo coach Willy Holm", "proud", "Willy Holm"),
    ("Valdo won 2:0 on Monday.\n\n\"We played our football. I am proud of the players.\"\n\n"
     "— Willy Holm", "proud", "Willy Holm"),
    ("Valdo won 2:0 on Monday.\n\n\"We played our football. I am proud of the players.\"\n\n"
     "Willy Holm went home.", "proud", None),
    ("Voici leurs réactions.\n\nMe Ana Holm, avocate des enfants\n\n\"Trente ans, c'est la "
     "rétribution d'un meurtre.\"\n\nMe Jean Berg, avocat des cousins\n\n\"C'est une violence "
     "inouïe.\"", "Trente", "Ana Holm"),
    ("Voici leurs réactions.\n\nMe Ana Holm, avocate des enfants\n\n\"Trente ans, c'est la "
     "rétribution d'un meurtre.\"\n\nMe Jean Berg, avocat des cousins\n\n\"C'est une violence "
     "inouïe.\"", "violence", "Jean Berg"),
    # a paragraph about the speaker (named first, others only in its first sentence) between
    # the lead that names him and his quotation leaves him the speaker
    ("Боксер Артур Холмов прокомментировал итог боя с Дмитрием Бергом.\n\n12 октября Холмов "
     "победил Берга. Бой завершился победой Холмова решением судей.\n\n«Он хорошо поработал. "
     "Я не плохой боксер.»", "поработал", "Артур Холмов"),
    # Ukrainian: a name in the instrumental ("із головкомом Валерієм Залужним") is no
    # subject a pronoun goes on with; an adverb between the dash and the cue
    ("Президент Володимир Холмич зустрівся із головкомом ЗСУ Валерієм Бергом.\n\nПро це він "
     "повідомив у Telegram.", "Telegram", "Володимир Холмич"),
    ("Президент Володимир Холмич провів зустріч.\n\n\"Час для оновлення - саме зараз\", - "
     "багатозначно написав Холмич.", "оновлення", "Володимир Холмич"),
    # "— говорится в заявлении X", "йдеться у заяві X": the statement's owner; a ministry
    # named without its country is a body
    ("Федерация опубликовала заявление.\n\n«ФВКР не согласна с санкцией», — говорится в "
     "заявлении ФВКР.", "санкцией", "ФВКР"),
    ("«Ми не погоджуємося з рішенням», - йдеться у заяві Міністерства оборони.", "рішенням",
     "Міністерство оборони"),
    ("Учения закончены, сообщили в Министерстве обороны.", "Учения", "Министерство обороны"),
    # a judgement: "considera injusta la sentencia"
    ("Luis Holm considera injusta la sentencia que le condena.", "injusta", "Luis Holm"),
    # "допускает возможность" ("allows for"); "the ministry" of the one minister named
    ("Банк России допускает возможность дальнейших повышений ставки.", "повышений",
     "Банк России"),
    ("The Valdorian Interior Minister Bruno Holm said 11 people had died.\nThe ministry said it "
     "was difficult to get a tally.", "tally", "Valdorian Interior Ministry"),
    # roles set off one after the other before a name are all his ("Le président X, le
    # général Y, Name")
    ("Le président valdorien, le général de corps d’armée, Mamadi Holm a adressé un message au "
     "nouveau président.\n\n« Votre élection est le témoignage de la maturité du peuple », a "
     "signé le président valdorien dans un message.", "maturité", "Mamadi Holm"),
    # "según ha podido saber X": X is the medium that learned it; the speaker is the subject
    ("Luis Holm considera injusta la sentencia. Según ha podido saber laSexta, recurrirá el "
     "fallo del juez.", "recurrirá", "Luis Holm"),
    # a quotation nested in guillemets; regular French participles of cue verbs that are
    # Spanish first persons too ("indigné", "avancé")
    ("« Les Valdoriens nous ont dit: « Continuons »», s’est écrié François Holm.", "Continuons",
     "François Holm"),
    ("Фільм отримав нагороду.\n\n«Це – перший Оскар. Я скажу: «Я хотів би ніколи не робити "
     "цей фільм. Я би віддав це», – сказав Мстислав Холмов, отримуючи нагороду.", "віддав",
     "Мстислав Холмов"),
    ("« Tuez-moi si vous voulez ! », s’est indigné Issa Holm sur les réseaux sociaux.",
     "Tuez-moi", "Issa Holm"),
    ("« On peut espérer qu’ils réfléchissent », a avancé la procureure Laure Holm.", "espérer",
     "Laure Holm"),
    # a place set off before a title and a name is no speaker; a role after the speaker's
    # mention is no role stacked on it
    ("Speaking in Valdo City, Mr De Holm later denied the possibility of any tariff increase.",
     "tariff", "De Holm"),
    ("A spokeswoman for Valdo Re, Europe's fifth-largest reinsurance firm, estimated damage "
     "claims would be low.", "damage", "Valdo Re"),
    # a Romance role set off before a name is that person's ("El presidente del Gobierno,
    # Pedro Holm, …"), "el presidente del Gobierno" is Spain's head of government, no body
    ("El presidente del Gobierno, Pedro Holm, habló en la Moncloa.\n\nEl presidente del "
     "Gobierno ha asegurado que seguirá.", "seguirá", "Pedro Holm"),
    ("Le ministre de l’Intérieur, Bruno Holm, a parlé.\n\nLe ministre a ajouté que tout "
     "allait bien.", "tout allait", "Bruno Holm"),
    # German "So beschreibt X …" names who said the sentence before; English "So X started"
    # does not
    ("«Dumm, ein Fehler». So beschreibt der Vizekanzler Heinz Holm sein Verhalten.", "Dumm",
     "Heinz Holm"),
    ("Land lines were unreliable. So Mr Holm started sending out text messages.", "Land lines",
     None),
    # "X qui estime que" with no comma; "sur X Nom": the network, then the writer; an article
    # and a noun are no one's name ("Un accusé silencieux")
    ("Même réaction de Jean-Luc Holm qui estime que « l’élection a été volée ».", "volée",
     "Jean-Luc Holm"),
    ("« Après cinquante-deux jours, Macron continue », a renchéri sur X Mathilde Holm.",
     "cinquante", "Mathilde Holm"),
    ("Un accusé silencieux jusqu’au bout. Conformément à la procédure, Cédric Holm a été invité "
     "à s’exprimer.", "silencieux", None),
    # a Russian adjunct between the cue and its subject ("— заявила после игры теннисистка");
    # an emoji opening a label line
    ("Елена Холмова победила в финале Анну Берг.\n\n«Я очень рада», — заявила после игры "
     "теннисистка.", "рада", "Елена Холмова"),
    ("🏒 Александр Холмов: «Всегда говорю, что хоккей — командный спорт».", "хоккей",
     "Александр Холмов"),
    # "el magistrado" is a judge; "“…”, así se pronunció X": the subject after the verb
    ("El juez del Tribunal Supremo, Leopoldo Holm, liberó a Cerdán. El magistrado destaca que "
     "se han robustecido los indicios.", "robustecido", "Leopoldo Holm"),
    ("El presidente Guillermo Holm habló. Guillermo Holm viajó.\n\n“Indignado”, así se "
     "pronunció el mandatario en sus redes sociales.", "Indignado", "Guillermo Holm"),
    ("El comisario jefe de los Mossos, Eduard Holm, habló. Jordi Berg, el secretario general de "
     "Junts, dijo que se fue.\n\n«Seguiremos buscándolo», ha manifestado el comisario.",
     "buscándolo", "Eduard Holm"),
    # "President Lula" after "President Luiz Inacio Lula da Silva": the same person
    ("President Luiz Inacio Holm da Silva promised jobs. Despite his background, President Holm "
     "has pursued a conservative policy, arguing that inflation must fall.", "inflation",
     "Luiz Inacio Holm da Silva"),
    # a role that names a woman is no man of the page
    ("Irene Holm presenció la final.\n\nLuis Berg considera injusta la sentencia.\n\n\"Es una "
     "vergüenza\", ha asegurado la jugadora en una rueda de prensa.", "vergüenza", "Irene Holm"),
    # "не исключил" ("did not rule out") reports what its subject said
    ("Министр Иван Холмов не исключил, что учения продолжатся.", "учения", "Иван Холмов"),
    # a byline ("Name¶Correspondent") is no one the page quotes
    ("Новости\n\nАна Холмова\n\nКорреспондент\n\nФедерация фигурного катания опубликовала "
     "заявление о дисквалификации Камилы Бергиной.\n\n«Мы не согласны с решением», — "
     "говорится в заявлении.", "согласны", None),
    # Russian: "уроженка Москвы" is the person the page is about
    ("Елена Холмова выиграла турнир. Уроженка Москвы поблагодарила за поддержку свою команду.",
     "поддержку", "Елена Холмова"),
]


# the twenty-first round (Spanish and German pages)
OBJECT_AND_OPENING_CASES = [
    # the Spanish personal "a" marks an object: no speaker after the cue, and no person a
    # later verb without a subject goes on with
    ("Ana Holm, madre de dos víctimas, ha reprochado a Berg, en declaraciones a la prensa, que "
     "no haya dimitido.", "dimitido", "Ana Holm"),
    ("Vinicio Holm marcó dos goles.\n\nEl partido terminó con una expulsión por un manotazo "
     "a Hugo Berg.\n\n\"No me arrepiento de nada\", dijo después.", "arrepiento",
     "Vinicio Holm"),
    ("Juan Holm habló. Luego hizo un gesto a Valdoria indicando que se iba.", "gesto", None),
    # a name, its party set off by commas, then a copula and a colon before the quotation
    ("Joan Holm, de Compromís, fue aún más duro: «No creo ni una palabra que salga de tu "
     "boca».", "palabra", "Joan Holm"),
    ("Die Grünen-Chefin Anna Holm wurde deutlicher: „Ich glaube kein Wort, das er sagt.“",
     "Wort", "Anna Holm"),
    # an opening preposition is no subject; a role, an adjective, then the name
    ("Por su parte, el vocero presidencial Manuel Holm publicó un tuit, en el que expresó: "
     "\"Muy extraño resultó el pacto de impunidad\".", "extraño", "Manuel Holm"),
    ("Por otra parte, las cifras son estas: \"El país crecerá un tres por ciento este año\".",
     "crecerá", None),
    # a verb without a subject goes on with the role that opens the sentence before it
    ("Cristina Holm es la primera expresidenta condenada. Holm esperó el fallo en la sede del "
     "partido. Holm tiene 72 años.\n\nLa Corte resolvió con los votos de los jueces Ana Berg y "
     "Luis Soto.\n\nLa expresidenta dio un mensaje. “Es un triunvirato de impresentables”, "
     "dijo.", "triunvirato", "Cristina Holm"),
    # German word order: a fronted phrase, then the cue, then an article, adjectives and the
    # name; "sich" after the cue
    ("Auf X bedauerte der österreichische Bundeskanzler Karl Holm die kurzfristige Absage.",
     "Absage", "Karl Holm"),
    ("Nach der Absage wegen Terrorgefahr meldet sich der österreichische Bundeskanzler Karl "
     "Holm zu Wort: \"Eine Tragödie wurde verhindert.\"", "Tragödie", "Karl Holm"),
    # a German compound with a name in it is a topic, not a speaker label
    ("Taylor-Holm-Konzertabsage: „Eine Tragödie konnte verhindert werden“", "Tragödie", None),
    # "in der Meldung": the statement itself, no owner
    ("\"Man erwartete rund 170.000 Fans\", heißt es zudem in der Meldung.", "170.000", None),
    # a Spanish cue in the present tense after a quotation; words of manner after the cue
    ("“¡Has sido tú!”, denuncia Vinicio Holm al escuchar los insultos.", "sido", "Vinicio Holm"),
    ("El capitán Marco Berg y el entrenador Carlo Holm hablaron. “No me voy nunca de aquí”, "
     "respondió visiblemente molesto el entrenador.", "nunca", "Carlo Holm"),
    ("La denuncia de Vinicio Holm llegó tarde.", "tarde", None),
    # a verb in the perfect tense without a subject; a role with two complements set off
    ("Pedro Holm habló. Además, ha anunciado que este lunes se celebrará una reunión.",
     "reunión", "Pedro Holm"),
    ("El presidente del Gobierno de Valdoria, Pedro Holm, viajó a la isla. Luego habló Ana "
     "Berg. \"Debemos trasladar la sensación de seguridad\", ha dicho el presidente.",
     "seguridad", "Pedro Holm"),
    # a verb after "pero (también)" shares the subject that opens the sentence
    ("Ana Berg habló primero. El abogado Gonzalo Holm, que lleva la defensa, no ha querido dar "
     "detalles, pero también ha asegurado que se encuentra fuera del país.", "fuera",
     "Gonzalo Holm"),
    # German: "laut Hochrechnung" names figures, not a speaker; a German noun and its genitive
    # are no person ("Ergebnis der Parteigeschichte"); the name closing the text before a colon
    ("Höchst zufrieden mit dem laut erster Hochrechnung besten Ergebnis der Parteigeschichte ist "
     "Generalsekretär Michael Holm: \"Die Österreicher haben Geschichte geschrieben\", sagte er "
     "zum ORF.", "Geschichte", "Michael Holm"),
    ("Höchst zufrieden mit dem Ergebnis ist Generalsekretär Michael Holm: \"Die Österreicher "
     "haben heute Geschichte geschrieben, das ist klar.\"", "klar", "Michael Holm"),
    ("Rafael Holm tras el asesinato de Fernando Berg: \"Ecuador se ha convertido en un Estado "
     "fallido\"", "fallido", "Rafael Holm"),
    ("Das Ergebnis für die Grünen - sie verloren laut Hochrechnung über fünf Prozentpunkte - "
     "begeistert Holm naturgemäß nicht: \"Natürlich wäre uns ein besseres Ergebnis lieber.\"",
     "lieber", None),
    ("Michael Holm ist zufrieden. \"Wir haben heute gewonnen\", sagte er zum ORF.", "gewonnen",
     "Michael Holm"),
    ("In der Partei gab man sich zwar bescheiden, doch bejubelte Generalsekretär Michael Holm, "
     "dass die Österreicher Geschichte geschrieben hätten.", "Geschichte", "Michael Holm"),
    ("Jetzt spricht Holm.\n\n- Berg: \"Ich kann Euch die Enttäuschung nicht nehmen.\"",
     "Enttäuschung", "Berg"),
    # a Romance role whose complement ends in a body's name; a clitic before the cue
    ("Héctor Holm habló primero. «Viva la patria», enfatizó hoy Holm. Al referirse a los "
     "diputados, el líder del sindicato de la Sanidad les advirtió: «Ahora les decimos que miren "
     "a todos ustedes a la cara».", "cara", "Héctor Holm"),
    # "X, uno de los representantes de la Y (Z), quien …": X
    ("El primero de los oradores fue Pablo Holm, uno de los representantes de la Confederación "
     "General del Trabajo (CGT), quien aseguró: \"El jueves están ante una decisión "
     "histórica\".", "histórica", "Pablo Holm"),
    # a German genitive is no subject: the name before the role it follows
    ("Gabriele Holm, Vorstandssprecherin des Verkehrsverbundes Rhein-Ruhr (VRR) appellierte an "
     "die Gewerkschaft, sich zu einigen: „Die Zugausfälle bedeuten erneut Einschränkungen.“",
     "Zugausfälle", "Gabriele Holm"),
    # a thought cue, then a colon and the quotation
    ("Gabriele Berg appellierte an die Gewerkschaft: „Die Zugausfälle sind eine Belastung.“ "
     "Verbandschef Holm befürchtet nun auch noch Streiks an Karneval: „Das wäre schlimm, weil "
     "normalerweise Zehntausende kommen.“", "schlimm", "Holm"),
    # "äußert" after a quotation; a name set off at the start is the subject, not the noun
    # after the cue
    ("„Null Verständnis“, äußert Verkehrsminister Volker Holm (FDP), Pendler sind entsetzt.",
     "Verständnis", "Volker Holm"),
    ("Holger Holm, Abteilungsleiter bei der Stadt Dresden, äußerte Vermutungen, dass der "
     "Einsturz durch Korrosion verursacht worden sein könnte.", "Korrosion", "Holger Holm"),
    # a German compound of an acronym and a noun is a topic, not a label
    ("GDL-Streik: „Wir werden das nicht hinnehmen, auf keinen Fall.“", "hinnehmen", None),
    # "la presidenta" is no man the page names as president
    ("El presidente del Gobierno, Pedro Holm, habló primero.\n\nLa presidenta del "
     "Congreso, la socialista Francina Berg, ha destacado que hoy gana la democracia.",
     "democracia", "Francina Berg"),
    # a name after "sobre" is an object; a titled role no one holds, opening the sentence
    # before, is whom a verb without a subject goes on with: no speaker rather than another
    ("Carlo Holm fue contundente.\n\nEl entrenador opinó sobre la roja por un manotazo sobre "
     "Hugo Berg. «Luego le sacan una roja sin sentido. No puede pasar», añadió.", "roja sin",
     "Carlo Holm"),
    ("Ana Berg habló con la prensa.\n\nEl entrenador dio una rueda de prensa. «Tenemos un "
     "problema muy serio», dijo.", "problema", None),
    # "ya" between the subject and the cue; a set-off kinship before a copula and a colon
    ("Gonzalo Holm ya había admitido que el resultado es irreversible.", "irreversible",
     "Gonzalo Holm"),
    ("Simón Holm, hermano del presidente electo fue uno de los primeros en celebrar: “Tremenda "
     "tranquilidad de que ganó una propuesta en base a la transparencia”.", "Tremenda",
     "Simón Holm"),
    # "St Mary's" is a place, no one "he" goes on with
    ("Brentford held the Saints at St Mary's in their fifth-round tie.\n\n\"We've got our "
     "work cut out next Tuesday,\" he said.", "work cut out", None),
    # any verb's Konjunktiv I in second place goes on with the speaker's run ("Stattdessen
    # erkläre er …"); "Er habe …" opens the words of the man named before; not the past
    # ("Er besuchte …") nor a sentence with its own source ("…, so der Trainer")
    ("Nancy Holm sagte, Berg habe sich nicht entschuldigt. Stattdessen erkläre er sich selbst "
     "zum Opfer.", "Opfer", "Nancy Holm"),
    ("Es herrscht eine düstere Stimmung, als Vorstandsvorsitzender Oliver Holm spricht. Er habe "
     "die eine oder andere Nacht nicht gut geschlafen.", "Nacht", "Oliver Holm"),
    ("Friedrich Holm kam am Abend. Er besuchte die betroffenen Familien in der Halle.",
     "Familien", None),
    # a role capitalised after its article is the role ("El Presidente del Gobierno", "El
    # titular de Transportes"); a Spanish verb opening the sentence is no name; "der Limburger
    # Bischof der Deutschen Presse-Agentur" tells the agency, no name
    ("El presidente del Gobierno, Pedro Holm, ha comparecido esta tarde. El Presidente del "
     "Gobierno anuncia el estado de alarma: \"Mañana celebraremos un Consejo de Ministros\".",
     "Mañana", "Pedro Holm"),
    ("El ministro de Transportes, Óscar Holm, ha comparecido. El titular de Transportes ha "
     "indicado que todas las vías fueron revisadas.", "vías", "Óscar Holm"),
    ("Juan Holm habló con la prensa. Finalizó narrando la gran gravedad del accidente, que "
     "calificó de terrible.", "gravedad", "Juan Holm"),
    ("„Er war ein großer Theologe“, teilte der Limburger Bischof der Deutschen Presse-Agentur "
     "mit.", "Theologe", None),
    ("The Bank of Valdoria said rates would stay.", "rates", "Bank of Valdoria"),
    # "Según ROLE, NAME «…»": the name is the clause's subject, not the role's holder
    ("La ministra portavoz, Pilar Holm, ha rendido homenaje. Según la también titular de "
     "Educación, Mario Berg «escribió libros indispensables».", "indispensables",
     "Pilar Holm"),
    # "Reverend" is a title; a name followed by its firm after "according to" is the speaker
    ("The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Holm, told BBC Radio 4 "
     "that the bill was wrong.", "bill", "Peter Holm"),
    ("According to its Paris lawyer, Emmanuel Holm of Shearman and Sterling, the overall claim "
     "is based on that figure.", "overall", "Emmanuel Holm"),
    # "her" after "according to" is a pronoun, not an article (a regression of 2026-12-05)
    ("Foreign Minister Anna Holm said on Thursday that the country has to pay.\n\nAccording to "
     "her, the government has for months refused to discuss its debt.", "refused",
     "Anna Holm"),
]


# the twenty-third round (Spanish, French and German pages): auxiliaries and adverbs, labels,
# German age and "how many times" phrases, relays, gender
AUXILIARY_AND_LABEL_CASES = [
    # Spanish irregular participles; a clitic or the imperfect closing a quotation
    ("Carla Holm habló ayer en Madrid. \"Nuestra labor es buscar lo que tiene sentido\", ha "
     "dicho.", "Nuestra labor", "Carla Holm"),
    ("Toña Berg llegó tarde. \"Esa es la pregunta que nadie responde\", ha expuesto.",
     "pregunta", "Toña Berg"),
    ("Álvaro Holm habló en la audiencia. “No cuestione las garantías de mis hijos”, le insistió.",
     "garantías", "Álvaro Holm"),
    ("Juan Berg visitó Córdoba. \"Tenemos previsiones positivas con los ingresados\", añadía.",
     "previsiones", "Juan Berg"),
    ("Juan Berg visitó Córdoba. \"¿Cómo puede ser que nadie responda por esto?\", reprocha.",
     "nadie responda", "Juan Berg"),
    # negative: a plural verb closing a quotation is they, not the person named before
    ("Juan Berg visitó Córdoba. \"Nadie responde por esto\", reprochaban.", "Nadie", None),
    # French adverbs and phrases between the auxiliary and the participle; "ce mardi"
    ("Moussa Holm était à Dakar. Il a par ailleurs rappelé le modèle démocratique du pays.",
     "modèle", "Moussa Holm"),
    ("Ségolène Berg a, à son tour, dénoncé la répression du gouvernement.", "répression",
     "Ségolène Berg"),
    ("« Mon engagement reste inchangé », a en effet déclaré Macky Holm dans son discours.",
     "engagement", "Macky Holm"),
    ("La procureure de Paris, Laure Holm, a ouvert une enquête. Le musée a évalué le préjudice "
     "à 88 millions d'euros, a indiqué ce mardi la procureure de Paris.", "préjudice",
     "Laure Holm"),
    # an elided article before a lowercase role: the role, then the person it names
    ("Mardi, l'ancienne ministre Ségolène Berg a dénoncé la répression du gouvernement.",
     "répression", "Ségolène Berg"),
    # "former" in other languages is another office than today's
    ("Rima Holm, la ministre de la Culture, était à Cannes. L'ancienne ministre de "
     "l'Environnement a dénoncé la répression du gouvernement.", "répression", None),
    # a role, its complement with an article, then the name
    ("En la misma línea, la diputada de los Comuns Aina Berg Sáez, del Grupo Plurinacional, ha "
     "exigido la exclusión de Israel.", "exclusión", "Aina Berg Sáez"),
    # "A su juicio": the view of the person spoken of last
    ("Ernest Holm habló en Madrid. A su juicio, el festival es \"un escaparate de los valores "
     "europeos\".", "escaparate", "Ernest Holm"),
    # a gerund before a colon and a quotation; "vicepresidenta" is a role
    ("La vicepresidenta segunda, Yolanda Berg, respaldó la medida afirmando: \"No podemos ser "
     "cómplices.\"", "cómplices", "Yolanda Berg"),
    # a name, its description and a colon label the quotation, also in brackets (French)
    ("Luis de la Holm, seleccionador español: \"No puedo estar más contento. Ver a los "
     "aficionados es lo mejor.\"", "aficionados", "Luis de la Holm"),
    ("Nico Berg, autor del primer gol de España: \"Estoy eufórico con esta gente.\"",
     "eufórico", "Nico Berg"),
    ("Théo Holm (défenseur de l’équipe de France sur TF1) : « C’est incroyable, on a gagné. »",
     "incroyable", "Théo Holm"),
    ("Rudi Berg, DFB-Sportdirektor sowie langjähriger Geschäftsführer: „Ich weiß, wie viel "
     "dieser Titel bedeutet.“", "Titel", "Rudi Berg"),
    # negative: a place and its description is no label
    ("Madrid, capital de España: \"Aquí empieza todo lo que importa.\"", "empieza", None),
    # a name with particles, four names with a known given name: people the page names
    ("Luis de la Berg habló. \"Gracias por el apoyo de toda España\", dijo.", "Gracias",
     "Luis de la Berg"),
    ("Andrés Manuel Holm Berg habló. \"Gracias por el apoyo de todo el país\", dijo.", "Gracias",
     "Andrés Manuel Holm Berg"),
    # relays after a verb without a subject are no speakers
    ("Luis Holm habló. \"Gracias por el apoyo\", dijo en declaraciones que recoge Europa Press.",
     "Gracias", "Luis Holm"),
    ("Luis Holm habló. \"Gracias por el apoyo\", dijo a TVE.", "Gracias", "Luis Holm"),
    # German: a name and its party in brackets before the auxiliary; "nennen"; the object first
    ("Olaf Berg (SPD) hat die Attacke als «furchtbare, wahnsinnige Tat» bezeichnet.", "Attacke",
     "Olaf Berg"),
    ("SPD-Vorsitzender Florian von Holm nannte Aiwanger \"Schande Bayerns\".", "Schande",
     "Florian von Holm"),
    ("Das Ausmaß der Katastrophe nannte Merkel \"surreal, gespenstisch\".", "Ausmaß", "Merkel"),
    # negative: a party first is the subject
    ("Die SPD nannte Aiwanger \"Schande Bayerns\".", "Schande", "SPD"),
    ("Florian Holm (hier mit der Meisterschale) war sich ebenfalls sicher: \"Ich glaube, es gibt "
     "kein Ende heute.\"", "Ende", "Florian Holm"),
    # German: how many times, and an age in words, before a role or a name
    ("Toni Berg spielte 114 Mal. „Ich denke, dass wir alle stolz sein können“, sagte der "
     "114-malige Nationalspieler nach dem Aus.", "stolz", "Toni Berg"),
    ("Magdalena Holm trauert. „Wir haben als Kinder zusammen trainiert“, sagte die 38 Jahre "
     "alte Holm.", "trainiert", "Magdalena Holm"),
    # "censurar", "nachhaken"; an adverb after the cue or between the subject and the verb;
    # a long role phrase set off before the name after the cue
    ("Yolanda Holm habló. \"Esto no es negociar, esto es otra cosa\", censuró.", "negociar",
     "Yolanda Holm"),
    ("Dunja Berg moderierte. \"Warum dann doch dieses Vorgehen?\", hakte sie nach.", "Vorgehen",
     "Dunja Berg"),
    ("Alberto Holm habló. “El Gobierno guarda silencio”, ha censurado también la secretaria "
     "general del partido, Cuca Berg.", "silencio", "Cuca Berg"),
    ("Die Verhandlungsführerin Christine Holm hingegen sagte, die Maßnahme sei mild.", "mild",
     "Christine Holm"),
    ("\"Si Israel participa, España no asistirá\", ha señalado la vicepresidenta segunda del "
     "Gobierno y líder de Sumar, Yolanda Holm, en una publicación.", "asistirá", "Yolanda Holm"),
    # negative: after a name, a role phrase before a comma is someone else's
    ("«Seré el presidente de todos», dijo Gabriel Holm en una llamada con el presidente "
     "saliente, Sebastián Berg.", "todos", "Gabriel Holm"),
    # a capitalised noun before a known given name is a title; negative: a given name given to
    # both sexes before another is part of the name
    ("Biathlon-Ikone Magdalena Holm hat ihre Freundin gewürdigt.", "gewürdigt",
     "Magdalena Holm"),
    ("Jean Pierre Holm said the club would appeal.", "appeal", "Jean Pierre Holm"),
    # speech events with no content are the subject's: "zeigte sich", "se mostró", "s'est
    # exprimée", "se dirigió a"; negative: "es zeigte sich" (it turned out) is no one's
    ("Der Bürgermeister der Gemeinde, Helmut Holm, zeigte sich erleichtert, dass niemand "
     "verletzt wurde.", "erleichtert", "Helmut Holm"),
    ("Novak Berg se mostró agradecido a Rafael Holm por impulsarle al límite.", "agradecido",
     "Novak Berg"),
    ("La porte-parole du gouvernement Sophie Holm s’est exprimée sur le réseau social X.",
     "réseau", "Sophie Holm"),
    ("El presidente de Chile, Gabriel Berg, se dirigió a la nación tras el accidente.",
     "nación", "Gabriel Berg"),
    ("Es zeigte sich, dass die Brücke marode war.", "Brücke", None),
    # a cleft after an adverbial, an appositive before "qui"; an adverb opening the sentence
    # is no name; an article and an adjective before a German noun make no name of it
    ("Me Laurent Holm a parlé. Un peu plus tard c'est Mourad Berg, avocat des cousins de "
     "Delphine Holm qui s'est exprimé face à la presse.", "presse", "Mourad Berg"),
    ("Poco después, Berg, se dirigió al país tras asumir el cargo.", "país", "Berg"),
    ("Der klare Wahlgewinner, FPÖ-Parteichef Herbert Holm, zeigte sich in einer ersten "
     "Reaktion freudig.", "freudig", "Herbert Holm"),
    # an article and a demonym before the name; German perfects with the name set off by
    # commas, or after an adverbial and the auxiliary; "schließt … aus", "verteidigen";
    # "bezeichnete … als" without a quotation; the French lawyer's "Me"
    ("El italiano Jannik Holm, número uno del mundo, destacó el legado dejado por Berg.",
     "legado", "Jannik Holm"),
    ("Der Chef der Gewerkschaft, Claus Holm, hat Kritik an der Länge des Streiks "
     "zurückgewiesen.", "Kritik", "Claus Holm"),
    ("Kurz vor Beginn des Streiks hat der Vorsitzende Claus Berg die Arbeitsniederlegung "
     "verteidigt.", "Arbeitsniederlegung", "Claus Berg"),
    ("Österreichs Bundeskanzler Sebastian Holm (ÖVP) schließt nicht aus, dass Berg gelogen hat.",
     "gelogen", "Sebastian Holm"),
    ("Bank-Chef Colm Holm, der das Unternehmen leiten wird, bezeichnete die Übernahme als große "
     "Chance.", "Übernahme", "Colm Holm"),
    ("Me Laurent Holm a exprimé le besoin des enfants de savoir la vérité.", "besoin",
     "Laurent Holm"),
    # negative: "Kurz" alone before the auxiliary is a name, not "kurz vor"
    ("Kurz hat die Entscheidung am Sonntag verkündet.", "Entscheidung", "Kurz"),
    # a feminine role is no man's, also when the page names him by a German role only
    ("Bundespräsident Steinberg war entsetzt. Die Nachricht ist für Holm \"einfach "
     "unfassbar\", sagte die zwölfmalige Weltmeisterin.", "unfassbar", None),
]


# the twenty-fourth round (sentences read as narration on devlang pages): adverbial phrases
# between the auxiliary and a generated participle, "parler de" and "souhaiter" with a
# quotation in the object, words of manner after the cue, "so X" with words after the name,
# a clause's end before a German cue, a verb of saying is no label, "magistrat" for a
# prosecutor, German "gab sich … überzeugt"
NARRATION_CUE_CASES = [
    ("Laure Holm a par ailleurs déploré « le réveil de quelques appétits partisans ».", "réveil",
     "Laure Holm"),
    ("Laure Holm a dans le même temps annoncé qu’elle engagerait un dialogue.", "dialogue",
     "Laure Holm"),
    ("Le RDPC a pour sa part évoqué un « grotesque canular ».", "canular", "RDPC"),
    ("Issa Holm conteste. Il parle d’une « sanction claire du régime en place ».", "sanction",
     "Issa Holm"),
    ("Boris Holm, président du groupe, a parlé d’un moment \"assez triste\".", "triste",
     "Boris Holm"),
    ("Marc Holm parle. Berg lui souhaite « le meilleur pour la suite ».", "meilleur", "Berg"),
    ("Merz Holm sprach von einem „schwarzen Tag für Deutschland“.", "schwarzen", "Merz Holm"),
    # negative: "parler" with no quotation says nothing
    ("Laure Holm parle avec les journalistes de la situation.", "situation", None),
    ("Philippe Holm est président. « J’ai vu ses résultats », constate sobrement Holm.",
     "résultats", "Philippe Holm"),
    ("La juez condenó al expresidente Álvaro Holm a 12 años. «Usted me ha tratado de la peor "
     "manera», acotó el exmandatario.", "tratado", "Álvaro Holm"),
    ("Der Kanzler Sebastian Holm war da. \"Darum bin ich optimistisch\", so Holm optimistisch "
     "gestimmt.", "Darum", "Sebastian Holm"),
    # negative: "so" and a name with a verb after it, no quotation: English
    ("Prices rose sharply, so Valdoria will act soon.", "Prices", None),
    ("Auf Seiten der Union wird festgehalten: Jens Holm bestätigte, dass die Koalition bleibt.",
     "Koalition", "Jens Holm"),
    ("Olivier Holm parle. Ajoutant : \"Nous devons répondre positivement.\"", "positivement",
     None),
    ("Le procureur Rémy Holm a déclaré que tout va bien. \"La décision a été rendue\", a réagi "
     "le magistrat.", "rendue", "Rémy Holm"),
    ("Die Übernahme sei günstig, zeigte sich Colm Holm überzeugt.", "günstig", "Colm Holm"),
    ("Dass weitere Verdächtige gesucht werden, bestätigte indes Franz Holm.", "Verdächtige",
     "Franz Holm"),
    ("Es habe sich um ein Abkommen gehandelt, wie Sepp Holm angab.", "Abkommen", "Sepp Holm"),
    # a Spanish verb set off by commas inside the sentence it attributes; "X, que aseguró que"
    ("El ministro Álvaro Holm habló. El negocio del litio, dijo, aportará recursos al Estado.",
     "litio", "Álvaro Holm"),
    ("Su rival, el suizo Roger Holm, que aseguró que había sido un honor.", "honor",
     "Roger Holm"),
    # negative: a thing before "que" is no speaker
    ("El informe, que aseguró que había sido un honor, salió.", "honor", None),
    ("Auch sei nicht klar, wie viele Menschen vermisst werden, so Lars Holm von der Polizei "
     "Koblenz.", "vermisst", "Lars Holm"),
    ("Jetzt äussert Michel Holm sich zum Urteil: Er freut sich.", "Urteil", "Michel Holm"),
    # the subjunctive after a sentence that tells of a person: that person's words
    ("Bundeskanzler Olaf Holm (SPD) sieht den Haushaltsplan nicht berührt. Man werde am "
     "Zeitplan festhalten.", "Zeitplan", "Olaf Holm"),
    # negative: no person opens the sentence before
    ("Die Brücke stürzte ein. Die Ursache sei unklar.", "Ursache", None),
    ("L'ancien ministre Issa Holm conteste. Quelques jours après, cet ancien ministre a "
     "revendiqué sa victoire.", "victoire", "Issa Holm"),
    # German: a possessive or "Dass" opening the sentence, or a noun in -ung, is no name
    ("Michel Holm sprach. Seinen Angehörigen und Anwälten dankte er für die Unterstützung.",
     "Angehörigen", "Michel Holm"),
    ("Dass weitere Verdächtige gesucht werden, bestätigte das Ministerium. \"Wir erwarten 170.000 "
     "Fans\", heißt es zudem in der Meldung.", "Fans", None),
    ("Unterstützung sicherte auch der FC Sion zu, wie er auf der Plattform X schrieb.",
     "Unterstützung", None),
    # a quotation opened by one clause's subject and closed by its own sayer: the sayer's
    ("Der Konzern verteidigte seinen Sparkurs: \"Die Lage ist ernst\", sagte Personalvorstand "
     "Gunnar Holm, ohne Details zu nennen.", "ernst", "Gunnar Holm"),
    # a name as the complement of a noun before the cue: the name set off before the noun, or
    # (after a determiner) someone else
    ("Henri de Holm, administrateur indépendant sénior de Stellantis a indiqué : « Le succès "
     "repose sur un alignement. »", "succès", "Henri de Holm"),
    ("Henri Berg, directeur de Stellantis a indiqué que le succès repose sur un alignement.",
     "succès", "Henri Berg"),
    ("Paul Holm a été réélu. Hier, le concurrent de Paul Holm a contesté le résultat.",
     "contesté", None),
    # direct speech whose quotation marks the page dropped, closed by a dash and its cue: the
    # paragraph's sentences before it are the same speaker's
    ("Армения и Азербайджан подписали декларацию.\n\nЯ считаю, что это победа. Мы будем "
     "прилагать усилия в этом направлении, — сказал Никол Холмов.", "считаю", "Никол Холмов"),
    # negative: the run stops at a sentence with a speaker of its own
    ("Армия отступила. «Это провокация», пишут СМИ. Это победа, — сказал Никол Холмов.",
     "отступила", None),
    # "dejó claro", "a tenu à souligner", "machte … deutlich"
    ("Carlos Holm dejó claro que no va a dimitir.", "dimitir", "Carlos Holm"),
    ("Le chef de l’opposition, Marc Holm, a tenu à souligner « la responsabilité immense ».",
     "responsabilité", "Marc Holm"),
    ("Friedrich Holm machte am Montag deutlich, dass er bleibt.", "bleibt", "Friedrich Holm"),
    # negative: "deutlich" inside the clause is no cue's particle
    ("Das machte die Lage für Friedrich Holm deutlich schwieriger.", "Lage", None),
    # an embedded post's signature: the paragraph is its signer's
    ("La ministre a réagi.\n\nHeureuse de voir la Palme d’or décernée ! Mais estomaquée par son "
     "discours. — Rima Holm (@RimaHolm) May 27, 2023", "estomaquée", "Rima Holm"),
    # negative: a dash and a name without the handle and date sign nothing
    ("La ministre a réagi.\n\nMais estomaquée par son discours. — Rima Holm", "estomaquée",
     None),
    # a role after its outlet ("ZDF-Moma-Moderatorin") is the role; "die Moderatorin", "die
    # Gewerkschafterin" resolve; a short subjunctive sentence continues on a German page
    ("Ein Streik treffe die Falschen, mahnte ZDF-Moma-Moderatorin Dunja Holm am Mittwoch. Die "
     "Verhandlungsführerin Christine Berg nannte die Maßnahme \"so mild wie möglich\". Und das "
     "zur Unzeit. \"Warum ausgerechnet jetzt?\", wollte die Moderatorin wissen.", "ausgerechnet",
     "Dunja Holm"),
    ("Die Verhandlungsführerin Christine Berg war zu Gast bei der Sendung und sprach mit der "
     "Moderatorin über den Streik. Es liege in der Natur der Sache, dass man nicht streiken "
     "könne, erwiderte die Gewerkschafterin. Es stünden nun eben Tarifverhandlungen an.",
     "stünden", "Christine Berg"),
    # a German adjective opening the sentence: the subject after the verb
    ("Zufrieden zeigte sich auch Trainer Hans Holm.", "Zufrieden", "Hans Holm"),
    ("Emotional reagierte dafür seine Frau Anika Holm in einem Post. «Du bist unser Held!», "
     "schreibt diese.", "Held", "Anika Holm"),
    # negative: a known given name opening the sentence is the subject
    ("Ludwig zeigte sich auch zufrieden.", "zufrieden", "Ludwig"),
    # a body's adjectives after the role's complement are no person's name
    ("Guillermo Holm convocó a la presidenta del Consejo Nacional Electoral, Diana Berg. El "
     "crimen ha llegado muy lejos, aseveró el jefe del Ejecutivo.", "crimen", None),
]

# Twenty-fifth round (read from the rebuilt devlang pages' misses; invented sentences of the
# same shapes). Rows marked "negative" hold at the revision before the round too.
SURNAME_AGE_AND_NESTING_CASES = [
    # a title word after a capitalised article inside a name is the surname ("Le Maire")
    ("«Le choix est clair», se réjouit Paul Le Maire peu après le vote.", "choix",
     "Paul Le Maire"),
    ("«Le choix est clair», a déclaré le ministre de l'Economie Paul Le Maire.", "choix",
     "Paul Le Maire"),
    # negative: "le maire" is a role, no name
    ("Le maire a déclaré que le choix est clair.", "choix", None),
    # an age before the name ("der 86-jährige", "86-летний") is no part of it
    ("\"Ich erwarte einen Freispruch\", sagte der 86-jährige Holm am Freitag.", "Freispruch",
     "Holm"),
    ("«Это честь», — сказал 86-летний Холмов.", "честь", "Холмов"),
    # straight quotation marks nested in straight ones ("Це перший "Приз"…") do not close the
    # quotation, which runs over paragraphs to its sayer
    ("Режисер Мстислав Холмов виступив.\n\n\"Це перший \"Приз\" для нас. Для мене це честь."
     "\n\nДякую усім\" - сказав Холмов.", "честь", "Мстислав Холмов"),
    # negative: a nested mark that closes on a comma closes the quotation too; quoted titles in
    # a narrated sentence are no speech
    ("\"We call it \"the plan,\" Mark Holm said.", "plan", "Mark Holm"),
    ("Фільм \"Двадцять днів\" отримав \"Приз\". Режисер Мстислав Холмов подякував.", "отримав",
     None),
    # speech with its marks dropped runs back past a quoted name (“Укренерго”); "нардеп" is a
    # role; the generic role is no one named in the genitive ("керівника … Бергового")
    ("Джерело: Ярослав Холмов/телеграм\n\nРада звільнила керівника НЕК Володимира Бергового."
     "\n\nНу одного звільнили. Нагадаю, що “Укренерго” єдині хто побудував захист. І вчасно "
     "запаслися обладнанням, – наголосив нардеп.", "Нагадаю", "Ярослав Холмов"),
    ("Ярослав Холмов написав у телеграмі.\n\nРада звільнила керівника НЕК Володимира "
     "Бергового.\n\nЦе помилка, – наголосив нардеп.", "помилка", "Ярослав Холмов"),
    # an aside in brackets between the cue and the name
    ("«Nos pensées vont aux victimes», a écrit sur X (ex-Twitter) Olaf Holm.", "pensées",
     "Olaf Holm"),
    # a verb of thinking right after a quotation attributes it ("», — считает X")
    ("\"Миссию надо повторить\", – считает российский астроном Михаил Холмов.", "повторить",
     "Михаил Холмов"),
    ("«Il faut recommencer», pense le ministre Jean Holm.", "recommencer", "Jean Holm"),
    # negative: not after a quotation
    ("Il faut recommencer, pense le ministre Jean Holm.", "recommencer", None),
    # roles: a millionaire, "meint"; negative: "die Sängerin" is no man
    ("Гарік Холмов пригадав свою історію. Мільйонер підкреслив, що не стежить за її життям.",
     "стежить", "Гарік Холмов"),
    ("„Das ist gut“, meint Trainer Hans Holm.", "gut", "Hans Holm"),
    ("Polizeichef Franz Holm informierte. „Wir sehen uns bald“, schrieb die Sängerin noch vor "
     "Kurzem.", "bald", None),
    # "so X weiter", "so die UBS"; negative: "so die Devise" names no one
    ("Die Bank hat die Übernahme bekannt gegeben. Die UBS bleibe stark kapitalisiert, so die "
     "UBS weiter.", "kapitalisiert", "UBS"),
    ("Die Bank hat die Übernahme bekannt gegeben. Die Bank bleibe stark, so Hans Holm weiter.",
     "stark", "Hans Holm"),
    ("Die Bank hat die Übernahme bekannt gegeben. Weiter so, so die Devise.", "Devise", None),
    # "Milliarden Franken" and "Por" are no one's names
    ("Verwaltungsratschef Colm Holm sprach. Die Bank zahlt 3 Milliarden Franken. Es sei eine "
     "Notrettung, räumte er in der Mitteilung ein.", "Notrettung", "Colm Holm"),
    ("Leopoldo Holm es juez. Por ello ordenó su excarcelación y confirmó que seguirá bajo "
     "control.", "excarcelación", "Leopoldo Holm"),
    # "freute sich", "ist der Meinung", a ruling right after a quotation, "d’ores et déjà"
    ("In einer Stellungnahme freute sich Michel Holm darüber, dass die Wahrheit ans Licht "
     "gekommen sei.", "Wahrheit", "Michel Holm"),
    ("Sebastian Holm selbst ist der Meinung, dass er alles dargelegt hat.", "dargelegt",
     "Sebastian Holm"),
    ("Sebastian Berg „ist schuldig“, entschied Richter Michael Holm am Freitag.", "schuldig",
     "Michael Holm"),
    ("Mais le président de la Fédération, Philippe Holm, a d’ores et déjà confirmé "
     "l’information.", "information", "Philippe Holm"),
    # after an age, a surname is a name; negative: a nationality is a role
    ("\"I buy downloads,\" says 27-year-old Holm.", "downloads", "Holm"),
    ("\"I have acted correctly,\" the 27-year-old Austrian said in a statement.", "correctly",
     None),
    # "назвал чудом": a judgement with no quotation; negative: "назвал сына Петром" names a son
    ("Премьер-министр Грузии Ираклий Холмов назвал чудом победу сборной.", "чудом",
     "Ираклий Холмов"),
    ("Иван Холмов выступил. Он назвал сына Петром.", "сына", None),
    # trying or hastening to say: "попытался объяснить", "trató de aclarar", "a tenté
    # d’expliquer"; a country in the genitive belongs to the role ("сборной Беларуси")
    ("Главный тренер сборной Беларуси Юрий Холмов попытался объяснить, почему спортсменку "
     "заменили.", "заменили", "Юрий Холмов"),
    ("Juan Holm trató de aclarar que no habrá cambios.", "cambios", "Juan Holm"),
    ("Juan Holm quiso explicar que no habrá cambios.", "cambios", "Juan Holm"),
    ("Jean Holm a tenté d’expliquer pourquoi elle a couru.", "couru", "Jean Holm"),
    # negative: trying to run says nothing
    ("Juan Holm intentó correr más rápido.", "correr", None),
    # a quotation after a colon closing a clause with a person for subject, whatever the verb
    ("Sogar Granit Holm machte eine Ausnahme: \"Normalerweise ist man diszipliniert.\"",
     "diszipliniert", "Granit Holm"),
    # negatives: no person opens the clause
    ("Die Regel lautet: \"Wer zuerst kommt, mahlt zuerst.\"", "zuerst", None),
    ("Der Bericht zeigt: \"Die Lage ist ernst.\"", "ernst", None),
    # a place or a thing named with its article is no one a pronoun stands for; negative:
    # "Le Pen" is
    ("Justine Holm a gagné. La Palme d’or est pour elle. La contestation a été \"niée\" "
     "a-t-elle affirmé.", "contestation", "Justine Holm"),
    ("Le Pen est condamnée. « C’est injuste », a-t-elle déclaré.", "injuste", "Le Pen"),
    # a setting after a role's complement is no part of the mention
    ("El presidente del Gobierno, Pedro Holm, compareció. \"Vamos a proteger a todos\", ha "
     "dicho el presidente del Gobierno al inicio de su comparecencia.", "proteger", "Pedro Holm"),
    # "задалась вопросом", "se preguntó"
    ("Татьяна Холмова выступила. \"Как ты мог это сделать?\", – задалась вопросом "
     "предпринимательница.", "сделать", "Татьяна Холмова"),
]


# twenty-sixth round, read from the misses of the rebuilt devlang pages
SET_OFF_SUBJECT_AND_COMPLEMENT_CASES = [
    # a plural article opens a group's name, never a person's: "Les Québécois" counted more
    # often than the premier does not take his place as the one the page is about
    ("Ce n’est pas une vague, c’est un raz-de-marée. Paul Holmier décroche un deuxième mandat. "
     "Holmier a gagné partout. « On a eu un message clair », a lancé Paul Holmier. Le premier "
     "ministre s’est réjoui d’avoir « fait élire tant de femmes ». Les Québécois ont voté. Les "
     "Québécois sont contents. Les Québécois et les Québécoises. Les Québécois partout. Les "
     "Québécois chantent. Les Québécois dansent.", "réjoui", "Paul Holmier"),
    # a role and a name set off before the cue are its subject, not the noun after it
    ("L'ancien Premier ministre, Gabriel Holm, a rapidement remercié les Français dans une "
     "vidéo.", "remercié", "Gabriel Holm"),
    ("Gabriel Holm, l'ancien Premier ministre, a remercié les Français dans une vidéo.",
     "remercié", "Gabriel Holm"),
    # negative: a clause before the comma leaves the cue's subject after it
    ("Le chômage a baissé, l'emploi a augmenté, a annoncé Pierre Dupont.", "chômage",
     "Pierre Dupont"),
    # a French adverb in -ement between the auxiliary and the participle
    ("Gabriel Holm a rapidement déclaré que sa détermination est intacte.", "détermination",
     "Gabriel Holm"),
    # "il" after a sentence whose subject was a role resolved to the speaker, and someone
    # named after it: the speaker, not the one named
    ("Le premier ministre Paul Holm a gagné.\n\nLe premier ministre a tenu à remercier "
     "plusieurs personnes, notamment Martin Koskel. « Ce n’est pas simple de former un parti », "
     "a-t-il souligné.", "simple", "Paul Holm"),
    # negative: with no speaker in that sentence, the one it names
    ("Paul Holm a gagné. Hier, la ville a accueilli Martin Koskel. « Ce n’est pas simple », "
     "a-t-il souligné.", "simple", "Martin Koskel"),
    # a German abstract noun before a surname is no given name; "Person" is no one's name
    ("Die Parteien blieben bei ihrer ablehnenden Haltung Holmer gegenüber. Holmer bedankte "
     "sich bei den Wählern. Die Parteien, die eine Koalition mit ihm als Person ausgeschlossen "
     "haben, müsse man fragen. \"Unsere Hand ist ausgestreckt\", meinte er.", "ausgestreckt",
     "Holmer"),
    # a firm in Latin letters between a Cyrillic role and a Cyrillic name belongs to the role;
    # a Latin word before a Cyrillic name is no part of it
    ("Совладелец Wildberries Владислав Холмов заявил, что вернулся домой. По словам Холмова, "
     "об этом он написал в Telegram Владислава Холмова. Несмотря на это, по его словам, "
     "неизвестные открыли огонь.", "неизвестные", "Владислав Холмов"),
    # the head of a ministry is its minister
    ("Глава Минспорта Олег Холмов заявил, что решение изучат. \"Подробности будут изучены\", - "
     "сказал министр.", "Подробности", "Олег Холмов"),
    # negative: the head of a city (Minsk) is no minister
    ("Глава Минска Олег Холмов выступил на форуме. \"Подробности будут изучены\", - сказал "
     "министр.", "Подробности", None),
    # an adverb before a Ukrainian cue of a sentence naming who said the one before
    ("Президент звільнив генерала. Про це офіційно повідомив Холменко у зверненні.",
     "звільнив", "Холменко"),
    # after the cue, a role with its complement, a comma, then the name
    ("Der Mann wurde festgenommen, sagte der Generaldirektor für die öffentliche Sicherheit, "
     "Franz Holm, bei einer Pressekonferenz.", "festgenommen", "Franz Holm"),
    ("\"We are ready,\" said the spokesman for the Ministry of Defence, John Holm.", "ready",
     "John Holm"),
    # negative: a role with no name after its comma names no one
    ("\"We are ready,\" said the spokesman for the ministry, who declined to give his name.",
     "ready", None),
    # a role, its complement after "du" or "der", then the name, with no commas
    ("Le premier ministre du Québec Paul Holmier a confirmé qu’il quittera ses fonctions.",
     "quittera", "Paul Holmier"),
    ("Der Präsident der Ukraine Petro Holmenko sagte, die Lage sei ernst. Er fügte hinzu, "
     "Holmenko habe recht.", "recht", "Petro Holmenko"),
    # "vient de", "acaba de" + the infinitive of a verb of saying
    ("Le maire Paul Holmier vient de confirmer qu’il quittera ses fonctions.", "quittera",
     "Paul Holmier"),
    ("El presidente Pedro Holm acaba de anunciar que dimite.", "dimite", "Pedro Holm"),
    # negative: "venir de" a place
    ("Paul Holmier vient de Paris.", "Paris", None),
    # a body's name with a lowercase adjective ("l’Éducation nationale") after the cue or
    # before it
    ("Des écoles ont été perturbées, a annoncé le ministère de l’Éducation nationale, seuls 27 "
     "ont été bloqués.", "écoles", "Ministère de l’Éducation nationale"),
    ("Le ministère de l’Éducation nationale a annoncé que des écoles ont été perturbées.",
     "écoles", "Ministère de l’Éducation nationale"),
    # a quotation after a colon: not a preposition opening the sentence ("Ante esto,") as its
    # subject
    ("El expresidente Álvaro Holm escuchó la sentencia. Ante esto, el exmandatario protestó "
     "enérgicamente: “Usted me ha tratado de la peor manera.”", "tratado", "Álvaro Holm"),
    # a coordinated cue after a French auxiliary, and German "und sagt:"
    ("Jean Holm a quitté la salle, mercredi, et a déclaré que l'accord était mort.", "accord",
     "Jean Holm"),
    ("Nach zwei Jahrzehnten blickt Manuel Holm zufrieden in die Kamera und sagt: \"Es war "
     "fällig.\"", "fällig", "Manuel Holm"),
    # negative: no verb of saying after "et"
    ("Jean Holm a quitté la salle et a remercié ses collègues de leur patience.", "salle",
     None),
    # a body named after "beim", "zum" closing the clause is no speaker after a named one
    ("\"Das ist nicht unser Anspruch\", äußerte sich Holm zum Trainer-Beben beim FC Bayern.",
     "Anspruch", "Holm"),
    # "Coalition Avenir Québec" is a party, no one "il" stands for
    ("Paul Holmier a été réélu. Le chef de la Coalition Avenir Québec a parlé longtemps. Son "
     "parti, la Coalition Avenir Québec, a gagné. « On a réussi », a-t-il déclaré.", "réussi",
     "Paul Holmier"),
    # a spokesman named by a compound: the body ("Lufthansa-Sprecherin"), or the company the
    # page names ("Konzernsprecher"); the police named by its compound and place
    ("Die Lufthansa strich Flüge. Es gebe Verspätungen, sagte eine Lufthansa-Sprecherin.",
     "Verspätungen", "Lufthansa"),
    ("Die Deutsche Bahn wehrt sich. „Die DB wird keine Rechtsmittel einlegen“, teilte ein "
     "Konzernsprecher mit.", "Rechtsmittel", "Deutsche Bahn"),
    ("Die Kantonspolizei Wallis warnte. Die Suche werde fortgesetzt, schreibt die Polizei.",
     "Suche", "Kantonspolizei Wallis"),
    # negative: a spokesman's name after the compound
    ("Die Kantonspolizei Wallis warnte. Polizeisprecher Hans Holm sagte, die Lage sei ernst.",
     "Lage", "Hans Holm"),
    # "Deutsche Bahn AG" is a company, no person a role goes to
    ("Gewerkschaftschef Claus Holm droht. Die Deutsche Bahn AG schweigt. Auf die Frage, wann "
     "verhandelt werde, sagte der Gewerkschafter: „Sobald die Bahn einlenkt.“", "einlenkt",
     "Claus Holm"),
    # "Person" is no one's name; "John Person" is
    ("John Person, president of the Futures Advisers, said supplies were adequate.", "supplies",
     "John Person"),
    # "Mr X" in the paragraph before a pronoun's is the person named X, so the pronoun does
    # not go to the one other name there ("Brick Lane")
    ("Ex-Labour MP George Holloway has appealed for calm.\n\nThe 50-year-old MP launched a "
     "party in January. Speaking from a cafe in Brick Lane, east London, Mr Holloway said he "
     "would stand.\n\nHe added: \"Here there is a stooge MP.\"",
     "stooge", "George Holloway"),
    # a medium named after a Russian medium noun closes the clause: the speaker is before it
    ("\"Он был великим\", – отметил Холмов в эфире телеканала Fox News.", "великим", "Холмов"),
    ("\"Это чудо\", – сказал Холмов в интервью изданию The Athletic.", "чудо", "Холмов"),
    # "D’après" before a name is no role of the person; "réélu", "sortant" after a head of
    # government's title leave it the office of the one the page is about
    ("D’après Paul Holmier, la priorité est l’éducation. Paul Holmier a gagné. Holmier a "
     "parlé longtemps.\n\n« Tout va bien », a déclaré le premier ministre réélu.", "bien",
     "Paul Holmier"),
    ("Paul Holmier a gagné. Holmier a parlé. Holmier a remercié.\n\n« Tout va bien », a "
     "déclaré le président sortant.", "bien", "Paul Holmier"),
]

# a role no one on the page holds: the person named last before it, with no role and of its
# gender; a head of state or government only as the subject of its own sentence
ROLELESS_HOLDER_CASES = [
    ("Pierre Holmet a défendu la décision du tribunal.\n\n« Le procès fut équitable », a réagi "
     "le magistrat.", "équitable", "Pierre Holmet"),
    ("Taylor Holm sagte ihre Konzerte in Wien ab. „Wir sehen uns bald“, schrieb die Sängerin.",
     "bald", "Taylor Holm"),
    ("Dina Holma leyó la sentencia ayer. Después, la jueza rechazó el recurso.", "rechazó",
     "Dina Holma"),
    ("David Blunkett visited a police station in Leeds. The home secretary said targets would "
     "be set.", "targets", "David Blunkett"),
    ("Emmanuel Holmon a cité Antoine Griezmann : « Il a beaucoup couru », a indiqué le "
     "président.", "couru", "Emmanuel Holmon"),
    # a head of state named bare: not the last name before, in another sentence
    ("Pierre Holmet a parlé hier. « Tout va bien », a déclaré le président.", "bien", None),
    # a feminine role is no man; a holder of another role, a country, a past office, a
    # relative clause, a medium: none of them
    ("Pierre Holmet a parlé hier. « Tout va bien », a déclaré la ministre.", "bien", None),
    ("Le ministre de l'Intérieur, Pierre Holmet, a parlé hier. « Tout va bien », a "
     "déclaré le magistrat.", "bien", None),
    ("Pierre Holmet a parlé hier. « Tout va bien », a déclaré le sélectionneur français.",
     "bien", None),
    ("Pierre Holmet a parlé hier. « Tout va bien », a déclaré l'ancien magistrat.", "bien",
     None),
    ("Tony Holm talked about the manifesto, a move to irritate the secretary, who has long "
     "rejected the label.", "rejected", None),
    ("El informe fue revelado por Noticias Caracol. «Es grave», expresó la fiscal.", "grave",
     None),
    # a role before its body ("le premier secrétaire du Parti socialiste"), a role noun
    # outside rules/roles.txt ("secrétaire"); not a group ("the researchers") nor a journalist
    ("Olivier Holm pousse pour un gouvernement de gauche.\nInvité de TF1, le premier "
     "secrétaire du Parti socialiste a réaffirmé son souhait.", "réaffirmé", "Olivier Holm"),
    ("Philippe Holm a salué la décision du sélectionneur.\nLe boss de la FFF a également "
     "commenté sa réussite sur le banc.", "commenté", "Philippe Holm"),
    ("John Holm spoke on Monday. The researchers said it worked.", "worked", None),
    ("John Holm spoke on Monday.\n\"It is a dispute,\" The Spectator editor told the BBC.",
     "dispute", None),
    # "l’Elysée", written without its first accent, is the presidency, no one "il" stands for
    ("Sébastien Holm a présenté sa démission.\n\nLe Premier ministre a remis sa démission à "
     "Emmanuel Varga, qui l’a acceptée, a annoncé l’Elysée lundi.\n\n« Les conditions ne "
     "sont pas remplies », a-t-il reconnu.", "remplies", "Sébastien Holm"),
]

# a Spanish object marked by "a" and doubled by "le"/"les" before the cue is no subject; a
# relative clause set off after the sentence's first name ends at the cue; a Russian medium's
# name after a medium noun, before the speaker, is the relay
OBJECT_RELATIVE_AND_MEDIUM_CASES = [
    ("Pablo Holm habló en el Congreso. A Pedro Ruiz y Juan Sanz les advirtió que el virus no "
     "entiende de competencias.", "advirtió", "Pablo Holm"),
    ("Pablo Holm habló en el Congreso. A Juan Sanz le dijo que el virus no entiende de "
     "competencias.", "dijo", "Pablo Holm"),
    ("Pablo Holm habló en el Congreso. Juan Sanz le dijo que el virus no entiende de "
     "competencias.", "dijo", "Juan Sanz"),
    ("Elon Holm, quien durante el evento saludó al gobernador de Nuevo León, Samuel Ruiz, "
     "subrayó que el complejo impulsará el crecimiento.", "subrayó", "Elon Holm"),
    ("Elon Holm, who met the governor of Texas, Greg Abbott, said the plant would open.",
     "plant", "Elon Holm"),
    ("The governor of Texas, Greg Abbott, said the plant would open.", "plant", "Greg Abbott"),
    ("Юрий Холмов тренирует команду. \"Они же в команде\", – сказал в эфире телеканала СТВ "
     "Холмов.", "команде", "Юрий Холмов"),
    ("\"Они же в команде\", – сказал в эфире телеканала Fox News Холмов.", "команде",
     "Холмов"),
    # a gerund or "mientras" clause after the role opening the sentence: the role speaks
    ("La jueza Sandra Holm leyó la sentencia contra Álvaro Ruiz. La juez, interrumpiendo la "
     "palabra de Ruiz dijo: “¿Se puede callar?”.", "callar", "Sandra Holm"),
    ("La jueza Sandra Holm leyó la sentencia contra Álvaro Ruiz. La jueza, mientras avanzaba "
     "con la lectura, mencionó que alguien filtró detalles.", "filtró", "Sandra Holm"),
    ("El presidente de Chile, Gabriel Boric, dijo que sí.", "sí", "Gabriel Boric"),
]

# "el de Belgrado" (the one from a place) is the person named last; "глава" and a country is
# the page's president or premier of that country; a role's field ("тренер … по легкой
# атлетике") before a name leaves the name the subject
EPITHET_AND_FIELD_CASES = [
    ("Novak Holmic escribió en redes sociales. \"Rafa, eres grande\", dijo el de Belgrado.",
     "grande", "Novak Holmic"),
    ("Ильхам Холмиев, президент Азербайджана, встретился с Пашиняном. \"Мир близок\", — "
     "отметил глава Азербайджана.", "близок", "Ильхам Холмиев"),
    ("Никол Холмян, премьер-министр Армении, встретился с Алиевым. \"Мир близок\", — отметил "
     "глава Армении.", "близок", "Никол Холмян"),
    # another country's president, a ministry's head: no one
    ("Ильхам Холмиев, президент Азербайджана, встретился с Пашиняном. \"Мир близок\", — "
     "отметил глава Армении.", "близок", None),
    ("Ильхам Холмиев, президент Азербайджана, встретился с врачами. \"Мир близок\", — "
     "отметил глава Минздрава.", "близок", None),
    ("Главный тренер сборной Беларуси по легкой атлетике Юрий Холмевич попытался объяснить, "
     "почему спортсменку назначили бежать эстафету.", "эстафету", "Юрий Холмевич"),
    ("Иван Холмов по телефону заявил, что переговоры продолжатся.", "переговоры",
     "Иван Холмов"),
]

_INTERVIEW = ("Прес-конференція головного тренера “синьо-жовтих” Сергія Холмова.\n– Як вам "
              "сьогодні підтримка?\n– Вдячний вболівальникам. Ми справді відчували цю "
              "підтримку.\n– Питання з воротарем закрите?\n– Воно ніколи не закрите.")
# an interview set as dialogue: a dash paragraph after a question is the guest's answer, the
# guest the person named before the first question (in the genitive after a role, too); the
# questions are no one's
INTERVIEW_CASES = [
    (_INTERVIEW, "Вдячний", "Сергій Холмов"),
    (_INTERVIEW, "справді", "Сергій Холмов"),
    (_INTERVIEW, "воротарем", None),
    (_INTERVIEW, "ніколи", "Сергій Холмов"),
    ("Иван Холмов ответил на вопросы журналистов.\n— Как вам поддержка?\n— Спасибо "
     "болельщикам, они помогли.", "болельщикам", "Иван Холмов"),
    # no question before it: a dash paragraph is no answer
    ("Матч пройшов у Вроцлаві, де грав Сергій Холмов.\n– Команда виграла.\n– Вдячний "
     "вболівальникам.", "Вдячний", None),
]

# "сказано в заявлении премьера": a statement's owner may be a role in the genitive; a space
# typed before a straight closing mark ("абсурда? ",") still closes the quotation; a cue
# coordinated after a sentence's own subject ("X schoss ein Tor und sagte:") is that
# subject's, not the last speaker's
STATEMENT_AND_COORDINATION_CASES = [
    ("Иракли Холмидзе, премьер Грузии, поздравил команду. Хвича Бергия сказал: \"Мы "
     "счастливы\". \"Еще раз спасибо вам, ребята\",- сказано в заявлении премьера.", "спасибо",
     "Иракли Холмидзе"),
    ("\"Мы победим\", – сказано в заявлении Министерства обороны.", "победим",
     "Министерство обороны"),
    ("Татьяна Холмова обратилась к мужу. \"Люди ворвались в наш офис. Как ты мог довести "
     "ситуацию до такого абсурда? \", – задалась вопросом предпринимательница.", "ворвались",
     "Татьяна Холмова"),
    ("Hans Holm, Chef der Firma, lobte das Team. Karl Berg schoss ein Tor und sagte: \"Wir "
     "sind glücklich\".", "glücklich", "Karl Berg"),
    ("Иракли Холмидзе, премьер Грузии, поздравил команду. Хвича Бергия забил гол и сказал: "
     "\"Мы счастливы\".", "счастливы", "Хвича Бергия"),
    ("Iván Holm, presidente del club, felicitó al equipo. Juan Berg marcó un gol y dijo: "
     "\"Estamos felices\".", "felices", "Juan Berg"),
    # no subject of its own: the last speaker goes on
    ("Iván Holm, presidente del club, felicitó al equipo. Y dijo: \"Estamos felices\".",
     "felices", "Iván Holm"),
    ("Hans Holm lobte das Team. Er blickt in die Kamera und sagt: „Wir sind glücklich“.",
     "glücklich", "Hans Holm"),
    # "Das sagte der Chef Naturgefahren Wallis, X": the name after a German role and its
    # body (bare, or in the genitive), set off by commas
    ("Das sagte der Chef Naturgefahren Wallis, Raphael Holm, nach dem Abbruch vor den Medien.",
     "Abbruch", "Raphael Holm"),
    ("Das sagte der Sprecher der Polizei, Raphael Holm, nach dem Abbruch.", "Abbruch",
     "Raphael Holm"),
    ("Das teilte die EZB mit.", "EZB", "EZB"),
    # a non-breaking hyphen in a name ("Jean‑Luc", U+2011) is a hyphen: the transcript label
    # is a person's
    ("Jean\u2011Luc Holmon : Oh, « mise à mort », n’exagérons pas. Certes, il y a eu une "
     "bataille politique.", "Certes", "Jean-Luc Holmon"),
]

COMPANION_AND_LABEL_CASES = [
    # a sentence opening with those who came along: its names are companions
    ("El ministro de Hacienda, Álvaro Holm, habló el lunes. Acompañado de su par de Minería, "
     "Aurora Berg, y del presidente de Codelco, Máximo Ruiz, destacó que el pacto es bueno.",
     "pacto", "Álvaro Holm"),
    ("Le ministre Jean Holmet était à Lyon. Accompagné du maire, Pierre Berg, il a déclaré que "
     "le pacte est bon.", "pacte", "Jean Holmet"),
    ("Le ministre Jean Holmet était à Lyon. Accompagné du maire, Pierre Berg a déclaré que le "
     "pacte est bon.", "pacte", "Pierre Berg"),
    # no subject a pronoun goes on with: an object after its article, a programme's guest
    ("Manuel Holm tritt zurück. Sein Debüt fand 2009 gegen die Vereinigten Arabischen Emirate "
     "statt, und er gibt zu, \"total nervös\" gewesen zu sein.", "nervös", "Manuel Holm"),
    ("Ségolène Holm était à la radio. Invitée d'Europe Matin mardi, l'ancienne ministre a "
     "dénoncé la répression. \"On ne peut pas contester les faits\", a-t-elle déclaré.",
     "contester", "Ségolène Holm"),
    # "selon qui": the name the relative stands for
    ("«Le message a été nié», tempête leur leader, Jean-Luc Holmon, selon qui ce Premier "
     "ministre «porte le message d’une négation».", "nié", "Jean-Luc Holmon"),
    ("Paul Holm ignore selon qui la décision a été prise.", "décision", None),
    # German verbs whose prefix closes the clause; the object before the verb, the subject
    # after it
    ("Die Bundespräsidentin Karin Holm drückte den Bewohnern von Blatten ihr Mitgefühl aus.",
     "Mitgefühl", "Karin Holm"),
    ("Richter Michael Holm sprach das Urteil. Auch eine reine Geldstrafe lehnte der Richter aus "
     "„generalpräventiven Gründen“ ab.", "Geldstrafe", "Michael Holm"),
    ("Die Sprecherin Anna Holm war da. Die Gewerkschaft teilte der Presse mit, dass sie "
     "streikt.", "streikt", None),
    # a role, a participle and its complement, then the cue
    ("La jueza Dina Holma habló. Después, la jueza encargada del caso informó que el juicio "
     "sigue.", "juicio", "Dina Holma"),
    # a label with an adjective, at a paragraph's start or inside it, before a quotation
    ("Die Sängerin Taylor Holm sagte die Konzerte ab.\n\nDie betroffene Sängerin: \"Ich bin "
     "traurig.\"", "traurig", "Taylor Holm"),
    ("Der Trainer Hans Holm war zufrieden. Karl Berg: \"Wir sind glücklich.\"", "glücklich",
     "Karl Berg"),
    ("Hans Holm sprach lange. Sein Fazit: \"Es war schön.\"", "schön", None),
    # "ha empezado destacando X": a gerund after a verb of phase
    ("José Pablo Holm, presidente de RTVE, habló ayer. \"Tenemos una corresponsabilidad\", ha "
     "empezado destacando el presidente de RTVE.", "corresponsabilidad", "José Pablo Holm"),
    # the head of a body is no head of state: the role no one holds goes to the person
    # named last before it
    ("José Pablo Holm presentó la propuesta. \"Tenemos una corresponsabilidad\", ha destacado "
     "el presidente de RTVE.", "corresponsabilidad", "José Pablo Holm"),
    # a role, its place, then the name
    ("En el PSOE, el portavoz en el Congreso Patxi Holm aseguró que la decisión \"abrirá los "
     "ojos\".", "ojos", "Patxi Holm"),
    ("Ana Holm habló. La portavoz en Madrid Central dijo que no.", "Madrid", "Ana Holm"),
    # "la mandataria" in another sentence: the one person named before who may be a woman
    ("El Congreso aprobó la destitución de Dina Holma. El ministro Juan Berg habló. Después, la "
     "mandataria rechazó hacerlo.", "rechazó", "Dina Holma"),
    ("El Congreso aprobó la destitución de Dina Holma y de Ana Berg. Después, la mandataria "
     "rechazó hacerlo.", "rechazó", None),
]

SUBJECT_POSITION_CASES = [
    # one's own view, in German: "Aus seiner Sicht", "Nach ihren Worten"
    ("Der Minister Ernest Holm sprach gestern. Aus seiner Sicht ist der ESC \"ein "
     "Schaufenster\".", "Schaufenster", "Ernest Holm"),
    ("Die Ministerin Anna Holm sprach gestern. Nach ihren Worten ist der ESC \"ein "
     "Schaufenster\".", "Schaufenster", "Anna Holm"),
    # a verb without a subject, its object, then the words quoted
    ("El presidente Pedro Holm habló ayer. Además, ha destacado el papel de la ciencia, \"es "
     "importante reconocer su papel\".", "importante", "Pedro Holm"),
    ("El ministro Álvaro Holm habló. Acto seguido, agregó -en referencia al recorte que ha "
     "planteado el Presidente electo José Berg-: \"Varias veces hemos escuchado esta cifra\".",
     "Varias", "Álvaro Holm"),
    ("Paul Berg a gagné. Dans une interview, l’ancien ministre, qui vit à Lyon, réaffirme sa "
     "victoire et met en garde : \"Ce président prend un risque\".", "risque", None),
    # a Russian participle clause set off after the subject (a date before it)
    ("Президент Ильхам Алиев заявил, что доволен. 8 августа президент США Дональд Трамп, "
     "принявший в Белом доме Алиева, заявил, что мир близок.", "мир близок", "Дональд Трамп"),
    # German: an adverb and a preposition first, the subject after the auxiliary
    ("Thomas Holm spielte. Bereits nach dem Aus gegen Spanien hatte Holm ein Gespräch mit dem "
     "Trainer Julian Berg angekündigt.", "Gespräch", "Thomas Holm"),
    # a name after a preposition and its article is no subject a pronoun goes on with
    ("Michel Holm wurde freigesprochen. Trotz der langen Dauer hat er das Vertrauen in die "
     "Schweizer Rechtsordnung nicht verloren. Seinen Anwälten dankte er für die Unterstützung.",
     "Anwälten", "Michel Holm"),
]

VOCABULARY_AND_ACRONYM_CASES = [
    # a verb that needs a quotation elsewhere reports speech before "que"
    ("Emmanuel Holm a confié que le doute s’est installé dans son esprit.", "doute",
     "Emmanuel Holm"),
    ("Emmanuel Holm a confié la mission à Pierre Berg.", "mission", None),
    # one's own view with the capital unaccented ("A ses yeux")
    ("Jean Holm était là. A ses yeux, la France entre « dans une crise de régime ».", "crise",
     "Jean Holm"),
    # an acronym the page spells out, however short; one it does not stays as written
    ("Le secrétaire national du Parti socialiste (PS), Olivier Holm, a parlé. Le PS, dans un "
     "communiqué, déclare que le vote est piétiné.", "piétiné", "Parti socialiste"),
    ("Le PS, dans un communiqué, déclare que le vote est piétiné.", "piétiné", "PS"),
    ("Video game giant Electronic Holm (EH) says it wants to grow. Gerhard Berg, EH's managing "
     "director, said: \"We will grow.\" EH said the industry was big. \"Nobody queues for "
     "music anymore,\" he said.", "queues", "Gerhard Berg"),
    # people at large are no speaker when the sentence says whose words it reports
    ("The digital revolution is about letting people tell their own stories, according to "
     "Carly Holm, chief of Hewlett Berg.", "digital revolution", "Carly Holm"),
    # a role opening the page, nobody named before it: the person named next, near it
    ("Le Premier ministre démissionnaire dit avoir \"accepté de mener d’ultimes "
     "discussions\".\n\nFace aux critiques, Sébastien Holm a présenté sa démission à Emmanuel "
     "Berg.", "ultimes", "Sébastien Holm"),
    ("Le Premier ministre démissionnaire dit avoir \"accepté de mener d’ultimes "
     "discussions\".\n\n" + "La réforme des retraites et la situation budgétaire du pays "
     "dominent les débats depuis des semaines à l’Assemblée. " * 4 + "Sébastien Holm a "
     "présenté sa démission.", "ultimes", None),
    ("Firms sack workers, the union has said. The Health and Safety Executive said it wanted "
     "workers more involved. John Holm said: \"It must stop.\"",
     "involved", None),
    # "a lui annoncé": the emphatic pronoun echoes the name set off before it
    ("Sébastien Berg a parlé hier. Nommé aux Armées, Bruno Holm, au centre des tensions entre "
     "Paul Retaille et Sébastien Berg, a lui annoncé qu'il renonçait.", "renonçait",
     "Bruno Holm"),
    # one's own view opening a quotation that runs over several sentences
    ("Ernest Holm habló. En su opinión, Eurovisión es \"un escaparate. Democracia y paz\".",
     "escaparate", "Ernest Holm"),
    # "Як поінформувало X, …": as X informed
    ("Як поінформувало Суспільне, за звільнення Холменка проголосували троє членів ради.",
     "звільнення", "Суспільне"),
    # adverbs between the subject and the verb ("до этого", "вперше")
    ("Иван Петров приехал. Он до этого рассказывал о том, что там вода перелилась.", "вода",
     "Иван Петров"),
    ("Головнокомандувач ЗСУ Олександр Холменко вперше прокоментував звільнення його "
     "попередника.", "звільнення", "Олександр Холменко"),
]

TURN_AND_BODY_CASES = [
    # an unattributed quotation after a sentence that gives another speaker's words: that
    # speaker's, not the earlier quotation's
    ("Dazu Streikleiter Marvin Holm: \"Das Angebot hat nicht ausgereicht.\" Lufthansa-Sprecher "
     "Martin Berg sprach von einem traurigen Tag. \"Dieser Streik ist völlig unnötig.\"",
     "völlig unnötig", "Martin Berg"),
    # … unless that sentence's speaker is a pronoun (who goes on) or an object
    ("\"Piracy remains a problem,\" commented Tom Berg, an industry consultant. A spokesman "
     "for the Valdorian Software Alliance said: \"Members claim they did not profit. But they "
     "did.\" He said other groups were fostering a \"culture of piracy\". He said 29% of software "
     "was pirated. \"It may seem like a victimless crime.\"", "victimless",
     "Valdorian Software Alliance"),
    ("Ann Holm told the conference: \"We made the weather.\" And she hit back at Labour claims "
     "she had used a patient. \"She is a human being.\"", "human being", "Ann Holm"),
    # "the airline": the airline the page names most, not the union named last
    ("Lufthansa cancelled 1,000 flights. Lufthansa's pilots struck too. More than 130,000 "
     "passengers are affected, the airline said.", "passengers", "Lufthansa"),
    ("Die Lufthansa streicht fast alle Flüge. Die Flüge nach München fallen aus. Die "
     "Lufthansa bedauert das. Die Lufthansa-Piloten streiken. Die Gewerkschaft Verdi hat gestreikt. „Die Kapazitäten sind "
     "sehr begrenzt“, warnte die Airline.", "Kapazitäten", "Lufthansa"),
    ("US Airways cancelled 65 flights. Comair staff are calm. The airline said it was "
     "embarrassed.", "embarrassed", "US Airways"),
    ("Die Lufthansa streicht Flüge. Alle Flüge fallen aus. Die Flüge nach München auch. „Die "
     "Kapazitäten sind begrenzt“, warnte die Airline.", "Kapazitäten", None),
    # a German run of indirect speech goes on past "sie" after the verb
    ("Das Problem sei, dass die Firma nicht investiert habe, so Christine Holm. Da meine sie "
     "nicht die Zeit der Pandemie.", "Pandemie", "Christine Holm"),
    ("Das Problem sei, dass die Firma nicht investiert habe, so Christine Holm. Da meinen sie "
     "nicht die Zeit der Pandemie.", "Pandemie", None),
    # … and after a quotation whose speaker follows it
    ("Dunja Holm fragte nach.\n\n\"In der Urlaubszeit ist das nicht mild\", war Holm nicht "
     "überzeugt. Zudem sei ja eine Runde terminiert.", "terminiert", "Dunja Holm"),
    ("Dunja Holm fragte nach.\n\n\"In der Urlaubszeit ist das nicht mild\", war die Stimmung. "
     "Zudem sei ja eine Runde terminiert.", "terminiert", None),
    # Russian "made a statement"; a body's acronym in brackets; bodies in lower case
    ("Федерация фигурного катания на коньках России (ФФККР) опубликовала заявление по поводу "
     "решений суда.", "решений", "ФФККР"),
    ("Иван Петров сделал выбор в пользу семьи.", "выбор", None),
    ("Депутат Иван Петров (ЛДПР) заявил, что все хорошо.", "хорошо", "Иван Петров"),
    ("После этого Белорусский фонд спортивной солидарности сообщил, что спортсменку вывозят из "
     "Токио.", "Токио", "Белорусский фонд спортивной солидарности"),
    ("Национальный олимпийский комитет (НОК) Белоруссии сделал официальное заявление по поводу "
     "ситуации.", "ситуации", "Национальный олимпийский комитет Белоруссии"),
    # the head of a body as "timonel"
    ("El presidente del directorio de Codelco, Máximo Holm, adelantó que firmarán. Finalmente, "
     "el timonel de Codelco explicó que “la autoridad china ha subido el contrato”.",
     "autoridad china", "Máximo Holm"),
    # a colon's introduction: the name set off after the role; no article alone
    ("Justine Berg a dénoncé la réforme.\n\nLa ministre de la Culture, Rima Holm, a réagi sur "
     "Twitter :\n\n\"Heureuse de voir la Palme décernée à Justine Berg.\"", "Heureuse",
     "Rima Holm"),
    ("Justine Berg a dénoncé la réforme.\n\nUne phrase qui a estomaqué la ministre de la "
     "Culture, Rima Holm, qui juge son discours injuste :\n\n\"Heureuse de voir la Palme "
     "décernée à Justine Berg.\"", "Heureuse", None),
    ("Joan Berg ha hablado. Joan Holm, de Compromís, fue aún más duro:\n\n\"No hay nada que "
     "hacer.\"", "nada que", "Joan Holm"),
    # a statement and whose it is
    ("Stellantis lost money. Stellantis is fine. \"The process is on track,\" said a statement "
     "from the company.", "on track", "Stellantis"),
    ("Le groupe Stellantis a perdu un milliard. Le groupe Stellantis va bien. «Le processus est "
     "en bonne voie», ajoute le communiqué du groupe.", "bonne voie", "Stellantis"),
    ("El Gobierno de México anunció medidas. «Vamos bien», señaló el comunicado del Gobierno.",
     "Vamos bien", "Gobierno de México"),
    # a player's word is never the coach named with his role
    ("Manuel Holm beendet seine Karriere. Er habe Bundestrainer Julian Berg informiert. Holm "
     "sei stolz darauf. Der fünffache Welttorhüter bedankte sich auch bei den Fans.", "Fans",
     "Manuel Holm"),
    ("Manuel Holm beendet seine Karriere. Bundestrainer Julian Berg sprach. Der Bundestrainer "
     "bedankte sich auch bei den Fans.", "Fans", "Julian Berg"),
    # a colon's clause naming one person of the article, not as a preposition's object
    ("Sebastian Holm wurde verurteilt. Direkt nach dem Prozess hatte Holm noch eher "
     "emotionslos reagiert: \"Den Schuldspruch empfinde ich als ungerecht.\"", "Schuldspruch",
     "Sebastian Holm"),
    ("Meghan Holm, Twitter: \"Chris Berg is the real winner of this debate.\"", "real winner",
     "Meghan Holm"),
    ("Tom Holm spielte gut. Ein Lied über Holm: \"Er ist toll.\"", "toll", None),
    ("Tom Holm und Max Berg spielten. Am Abend feierten Holm und Berg: \"Es war toll.\"",
     "toll", None),
    # a cue's auxiliary and participle with adverbs between them
    ("François Holm a parlé. Il s’est notamment félicité d’avoir réduit l’écart de richesse.",
     "écart", "François Holm"),
    # "Para X," with a surname alone, not a country
    ("Miguel Holm habló ayer. Para Holm, resulta \"curioso\" que la Fiscalía haya pedido 20 "
     "años.", "curioso", "Miguel Holm"),
    ("Miguel Holm habló ayer. Para España, resulta \"curioso\" que la Fiscalía haya pedido 20 "
     "años.", "curioso", None),
    # Ukrainian "made an address", Russian "recorded a video address"
    ("Президент УАФ Андрій Шевченко зробив звернення до футболістів збірної.", "футболістів",
     "Андрій Шевченко"),
    # a former collaborator of one person: the person the page is about
    ("Issa Holm a perdu. « Quelle impunité notoire ! », s’est indigné l’ex-collaborateur de "
     "Paul Berg.", "impunité", "Issa Holm"),
    # a Russian abbreviation inside a title ("им." is "named after")
    ("Академик Российской академии космонавтики им. К. Э. Циолковского Игорь Холмов полагает, "
     "что атака исключена.", "атака", "Игорь Холмов"),
    # an outlet telling back who said the sentence before relays it: the turn goes on
    ("Игорь Холмов полагает, что атака исключена. Об этом сообщает «АиФ».\n\n«Такое "
     "исключено. Во-первых, этот шаттл не летает дальше орбиты.»", "шаттл", "Игорь Холмов"),
    # a body glued before a member's given name and surname; a corporation named by its kind
    ("Член совета госкорпорации Роскосмос Игорь Холмов заявил, что все хорошо.", "хорошо",
     "Игорь Холмов"),
    ("Анна Мария Холмова заявила, что все хорошо.", "хорошо", "Анна Мария Холмова"),
    ("Корпорация Роскосмос заявила о крушении. Причины выяснит комиссия, сообщила "
     "госкорпорация.", "Причины", "Роскосмос"),
    # a head of state with no name, right after a speaker's sentence (past a heading): that
    # speaker, when the page tells no other gender and the speaker is no group
    ("«Буду вдячний за його згоду», — зазначив Холмов.\n\nНова команда\n\nПрезидент додав, що "
     "нова команда приступає до роботи.", "приступає", "Холмов"),
    ("\"We will win,\" said Maria Holm. The president added that the vote was fair.",
     "vote was fair", None),
    ("Tony Berg spoke. The Lib Dems accused Mr Berg of ducking the issue.\n\nAppearing together, "
     "the prime minister hailed the plan.", "hailed", None),
]


VOICE_AND_JUDGEMENT_CASES = [
    # a quotation left open at its paragraph's end runs on into a paragraph in the first person
    ("Stefka Holm: \"I'm glad\"\n\n\"I'm glad that the record is now 210 cm. I was sure it "
     "would fall.\n\nA month ago in Rome, I was among the officials. During the ceremony, I gave "
     "her a hug. The jump was in Paris.", "ceremony", "Stefka Holm"),
    ("Stefka Holm: \"I'm glad\"\n\n\"I'm glad that the record is now 210 cm. I was sure it "
     "would fall.\n\nA month ago in Rome, I was among the officials. The jump was in Paris.",
     "jump was in Paris", None),  # (the run stops at the sentence in the third person)
    ("Stefka Holm: \"I'm glad that the record is now 210 cm. I was sure it would fall.\"\n\n"
     "A month ago in Rome, I was among the officials.", "month ago", None),  # (closed)
    ("\"I'm glad that the record fell,\" said Stefka Holm.\n\nWe were at war then.",
     "at war", None),  # (a closed quotation: a column's first person is the writer's)
    ("Anna Holm : « Je suis heureuse que le record soit tombé.\n\nJ'ai toujours cru en elle. "
     "Le saut a eu lieu à Paris.", "toujours cru", "Anna Holm"),  # (an apostrophe)
    # … and a first-person sentence before one whose attribution closes it is that speaker's
    ("El presidente Daniel Holm habló. Me caracterizo por hablar poco. En todos mis discursos termino en tres "
     "minutos, dijo el mandatario, quien se ha mostrado directo.", "caracterizo", "Daniel Holm"),
    ("I agree absolutely. Our system is not perfect, but as Churchill points out it is \"better "
     "than all the others\".", "agree absolutely", None),  # (no attribution closing it)
    # an embedded post's signature alone in its paragraph signs the paragraph before
    ("Plusieurs figures défendent son parcours.\n\nNicolas Berg a toujours servi la France. "
     "Je veux redire mon soutien.\n\n— Laurent Holm (@laurentholm) September 25, 2025",
     "toujours servi", "Laurent Holm"),
    # a modifier letter double prime as quotation marks
    ("Le président Emmanuel Holm a déclaré : ʺon est venu pour gagner. On savait que ce ne "
     "serait pas facileʺ.", "On savait", "Emmanuel Holm"),
    # a judgement in the speaker's words: a verb of belief with a quotation in its object
    ("Mélenchon a salué la mobilisation. Jean-Luc Holm juge cette mobilisation « moins "
     "routinière ».", "moins", "Jean-Luc Holm"),
    ("El magistrado Leopoldo Holm considera “seriamente mitigado” el riesgo.", "mitigado",
     "Leopoldo Holm"),
    ("Anna Holm, qui juge son discours \"ingrat et injuste\", a quitté la salle.", "ingrat",
     "Anna Holm"),
    ("2 вересня Наглядова рада “Укренерго” звільнила керівника НЕК Володимира Холмова.",
     "звільнила", None),  # ("рада", a council, is no verb of belief beside a quoted name)
    # … or of description ("décrit un « … »"), in any language besides English
    ("Le secrétaire national du Parti socialiste, Olivier Holm, décrit sur le réseau social X "
     "un « déni démocratique porté à son apogée ».", "déni", "Olivier Holm"),
    # an acronym in brackets after a phrase whose last word is in lower case
    ("Le Rassemblement national (RN) a déjà fait savoir que le parti attendrait.", "attendrait",
     "Rassemblement national"),
    ("Anna Holm s'est exprimée. La ministre (PS) a annoncé que non.", "ministre", "Anna Holm"),
    # one board's head under two heads of a German compound
    ("Der Verwaltungsratschef Colm Holm sprach. Die Übernahme sei günstig, gab sich der "
     "UBS-Verwaltungsratspräsident überzeugt.", "günstig", "Colm Holm"),
    ("Der Aufsichtsratschef Colm Holm sprach. Die Übernahme sei günstig, gab sich der "
     "Verwaltungsratspräsident überzeugt.", "günstig", None),
    # a declined German adjective between the article and the noun of a body
    ("Die zuständige Staatsanwaltschaft erklärte, die Lage sei ernst.", "Lage",
     "Staatsanwaltschaft"),
    ("Die deutsche Bundesregierung teilte mit, die Lage sei ernst.", "Lage", "Bundesregierung"),
]

# a role naming a country goes to the person named last only where a sentence naming them
# names that country too, and only to a person named by a given name (not "Tour Eiffel")
COUNTRY_AND_GENDER_CASES = [
    ("Didier Holm quittera l’équipe de France de football après la Coupe du monde. Le "
     "sélectionneur français a annoncé la nouvelle.", "annoncé", "Didier Holm"),
    ("Didier Holm quittera l’équipe de France de football. Le sélectionneur espagnol a annoncé "
     "la nouvelle.", "annoncé", None),
    ("Par ailleurs, à Paris, la Tour Eiffel sera éteinte samedi soir. La maire de Paris a "
     "ajouté que la solidarité sera financière.", "solidarité", None),
    # a headline's role with its owner in the genitive: the person the page names next, not
    # the owner; a Russian verb's past tense tells its subject's gender (Russian and Ukrainian
    # given names in rules/given_names.txt tell the person's)
    ("Тренер Холмовой прокомментировал ситуацию со спортсменкой\n\nГлавный тренер сборной по "
     "легкой атлетике Юрий Петров попытался объяснить, почему Кристину Холмову назначили "
     "бежать эстафету.", "ситуацию", "Юрий Петров"),
    ("Тренер Ковальского прокомментировал ситуацию со спортсменом\n\nИван Ковальский "
     "рассказал, почему его назначили бежать эстафету.", "ситуацию", None),
    ("Тренер Холмовой прокомментировала ситуацию со спортсменкой\n\nГлавный тренер сборной по "
     "легкой атлетике Юрий Петров попытался объяснить, почему Кристину Холмову назначили "
     "бежать эстафету.", "ситуацию", None),
    # a brand in Latin letters after a Cyrillic role is the body the role heads, no name
    ("Татьяна Холмова подтвердила гибель охранника офиса Wildberries.\nГлава Wildberries "
     "пообещала оказать помощь семье погибшего.", "помощь", "Татьяна Холмова"),
    ("Иван Холмов подтвердил гибель охранника офиса Wildberries.\nГлава Wildberries "
     "пообещала оказать помощь семье погибшего.", "помощь", None),
    # "mettre en garde" (to warn), not "mettre en garde à vue" (to hold in custody)
    ("Devant les députés, Pierre Holm a mis en garde contre le surendettement de l’État.",
     "surendettement", "Pierre Holm"),
    ("Pierre Holm a mis en garde à vue deux suspects.", "suspects", None),
    # a coordinated cue shares the role opening the sentence after its opening phrase, however
    # far a relative clause puts it, not the last person named
    ("Le ministre Jean Holm a gagné. Paul Adler a perdu.\nDans une interview, le ministre qui "
     "vit à Garoua, dans le nord du pays, réaffirme sa victoire et ajoute : « Ce vieux "
     "président prend le risque. »", "vieux", "Jean Holm"),
    ("Paul Adler a gagné.\nDans une interview, l’ancien ministre qui vit à Garoua, dans le "
     "nord du pays, réaffirme sa victoire et ajoute : « Ce vieux président prend le risque. »",
     "vieux", None),
    # a party's acronym gives its view ("Para el PP, …"); not a union of countries
    ("Para el PP, la salida de la cárcel de Juan Holm es una \"oportunidad\".", "salida",
     "PP"),
    ("Para la UE, el acuerdo es bueno.", "acuerdo", None),
    # a role set off after the name a view is given by ("D'après X, ancienne ministre, …")
    ("D’après Ségolène Holm, ancienne ministre, auteure d’un livre, la cruauté est partout.\n"
     "Invitée mardi, l’ancienne ministre de l’Environnement a, à son tour, dénoncé la "
     "répression.", "répression", "Ségolène Holm"),
    # "underscoring" after a comma reports, as "stressing" does
    ("Economy Minister John Holm supports the plan, underscoring the vital role of steel.",
     "steel", "John Holm"),
    # an outlet after a Russian cue is the one told when the speaker stands before the cue
    # (after an opening preposition) or after the outlet; not a name in an oblique case
    ("Академик Михаил Холмов попал в больницу.\nО своем состоянии ученый также рассказал МК.",
     "состоянии", "Михаил Холмов"),
    ("Академик Михаил Холмов попал в больницу, узнав о крушении аппарата, сообщил РБК сам "
     "ученый.", "больницу", "Михаил Холмов"),
    ("«Всё хорошо», — рассказал РИА Новости Иван Холмов.", "хорошо", "Иван Холмов"),
    ("О своем состоянии Холмову рассказал РБК.", "состоянии", "РБК"),
    # a body in the locative written in lower case, after an outlet told or opening the
    # sentence: the body in the nominative
    ("«Встреча проходит спокойно», — рассказали РБК в пресс-службе губернатора Оренбургской "
     "области.", "Встреча", "Пресс-служба губернатора Оренбургской области"),
    ("В правительстве Холмостана опровергли слухи о продаже завода.", "слухи",
     "Правительство Холмостана"),
    ("Об этом сообщили в министерстве обороны.", "Об этом", "Министерство обороны"),
]

# a Spanish verb without a subject in a clause "en el que" (in which) goes to the subject of the
# sentence's main clause, and the next sentence without a subject goes on with it
RELATIVE_AND_AGAIN_CASES = [
    ("La presidenta del tribunal, Diana Holm, afirmó que el proceso fue limpio.\nTras recibir el "
     "certificado, Berg pronunció un breve discurso, en el cual declaró no tener líneas rojas.",
     "líneas rojas", "Berg"),
    ("La presidenta del tribunal, Diana Holm, afirmó que el proceso fue limpio.\nTras recibir el "
     "certificado, Berg pronunció un breve discurso, en el cual declaró no tener líneas rojas.\n"
     "Advirtió que su gobierno no apoyará a los corruptos.", "Advirtió", "Berg"),
    ("En la reunión, el ministro Pedro Holm presentó un informe en el que aseguró que no habrá "
     "recortes.", "recortes", "Pedro Holm"),
    # "volvió a pedir" (asked again): the two verbs as one cue
    ("El expresidente Álvaro Holm habló ante la jueza. Ante esto, el exmandatario volvió a pedir "
     "respeto por sus hijos.", "respeto", "Álvaro Holm"),
    ("Carlos Holm ha vuelto a criticar al Gobierno por los recortes.", "recortes", "Carlos Holm"),
    ("Carlos Holm habló el lunes. Pedro Berg volvió a casa tras la reunión.", "casa", None),
    # a role's owner is no role of the person: "abogado del expresidente" is no ex-president
    ("El expresidente Álvaro Holm escuchó la sentencia.\n\nTras obtener el uso de la palabra, "
     "Jaime Berg, abogado del expresidente, respondió que no hubo filtración.\n\nAnte esto, el "
     "exmandatario pidió respeto por sus hijos.", "respeto", "Álvaro Holm"),
    # German: a noun phrase after "den", "dem", "im", … or a possessive (past adjectives) is an
    # object, not the subject of the verb after it; a relative clause's verb is said by the
    # noun phrase "der" stands for
    ("Am Montag habe der Mann seine freiwillige Ausreise angekündigt.", "Ausreise", None),
    ("Bundespräsident Frank-Walter Holm, der den Opfern im nordrhein-westfälischen Erftstadt "
     "Hilfen zusagte, besuchte die Stadt.", "Hilfen", "Frank-Walter Holm"),
    # a place set off before the subject is no name the role after it describes; an office's
    # capitalised name after a lowercase role word is part of the title ("secretario de Estado")
    ("El secretario de Estado Pedro Holm presentó el plan. A través de una vocería realizada en "
     "el Palacio de la Moneda, el secretario de Estado valoró que la estrategia da resultados.",
     "estrategia", "Pedro Holm"),
    # a name opening the clause, then the body the person is from
    ("Amadou Holm from Senegal's governing coalition has called his rival to congratulate him.",
     "congratulate", "Amadou Holm"),
    ("Ann Holm of the Green party said the deal was fair.", "fair", "Ann Holm"),
    ("The Prevention of Terrorism Bill proposes control orders.", "control", None),
    ("Jayanti Holm from Cambridge was found guilty of two offences.", "guilty", None),
    # a cue after "et" with its object and a quotation: the sentence's subject, past an opening
    # phrase; a quotation in the cue's object past phrases set off by commas
    ("Face à l’insatisfaction qui gronde, le premier ministre du Québec, François Holm, a jeté "
     "l’éponge, mercredi, et a annoncé sa démission « pour le bien de mon parti ».", "éponge",
     "François Holm"),
    ("François Holm a jeté l’éponge et a annoncé sa démission « pour le bien de mon parti ».",
     "éponge", "François Holm"),
    ("La cheffe du gouvernement italien, Giorgia Holm, a appris la nouvelle et a exprimé « sa "
     "solidarité ».", "solidarité", "Giorgia Holm"),
    ("Olivier Holm décrit, de son côté, sur le réseau social X, un « déni démocratique porté à "
     "son apogée ».", "déni", "Olivier Holm"),
    # a Spanish verb without a subject after an object pronoun ("Le repitió que …")
    ("Álvaro Holm se levantó.\nLe repitió que no se metiera con sus hijos.", "hijos",
     "Álvaro Holm"),
    # French "l'a annoncé": the object pronoun elided before the auxiliary
    ("Didier Holm quittera les Bleus. Le sélectionneur l’a annoncé à TF1.", "TF1", "Didier Holm"),
    ("Une prise de parole qui n'a pas plu à la ministre de la Culture Rima Holm, qui l'a jugée "
     "« injuste ».", "injuste", "Rima Holm"),
    # a pronoun in a paragraph that names no one before it: the role opening the sentence
    # before, not the last name of the paragraph before (a role of the other gender: not it)
    ("Le premier ministre du Québec, François Holm, a été réélu.\n\nFrançois Holm n’a pas réussi "
     "à battre le record de Robert Berg, qui avait fait élire 102 députés.\n\nMais le premier "
     "ministre réélu a tenu à apaiser les esprits. «On va se parler», a-t-il déclaré.",
     "se parler", "François Holm"),
    ("La ministre Jeanne Holm a été réélue. Elle a battu Paul Berg.\n\nMais la ministre a tenu à "
     "apaiser les esprits. «On va se parler», a-t-il déclaré.", "se parler", "Paul Berg"),
]


# a person named by where they come from, in French, Spanish and German ("Le Basque", "el
# argentino", "der Bayer"): the person the page has introduced, as "the Spaniard" already
# was; not a country with its article ("La Suisse"), a German plural ("Die
# Österreicher") nor a language after a preposition ("En español"). "…, hieß es", "…, wie es
# weiter heißt" (it was said): whoever was quoted in the sentence before, a body too, or the
# subject of a sentence before; never a name in what was said
DEMONYM_AND_IMPERSONAL_CASES = [
    ("Didier Holm quittera les Bleus après le Mondial. Le Basque l'a annoncé mercredi à la "
     "télévision.", "mercredi", "Didier Holm"),
    ("Didier Holm quittera les Bleus. Le Français a déclaré qu'il était fier.", "fier",
     "Didier Holm"),
    ("Rafael Holm se retira del tenis. El español dijo que estaba feliz.", "feliz", "Rafael Holm"),
    ("Thomas Holm verlässt den FC Bayern. Der Bayer sagte am Samstag, es sei eine schöne Zeit "
     "gewesen.", "schöne Zeit", "Thomas Holm"),
    ("La France a battu le Maroc. Paul Holm a marqué. La Suisse a déclaré qu'elle était neutre.",
     "neutre", "La Suisse"),
    ("Die Wahl ist vorbei. Karl Holm hat gewonnen. Die Österreicher sagten, sie seien zufrieden.",
     "zufrieden", "Österreicher"),
    ("Carlos Holm habló. El español es un idioma. En español dijo que estaba feliz.", "feliz",
     None),
    ("Die Brücke stürzte in der Nacht ein. Im Internet Bilder von der Einsturzstelle zu sehen, "
     "hieß es.", "Einsturzstelle", None),
    ("Die Polizei meldete den Einsturz. Innenminister Armin Holm sei vor Ort, hieß es.",
     "vor Ort", None),
    ("Der Minister Karl Holm besuchte die Stadt. Man werde Paul Berg helfen, hieß es.", "helfen",
     "Karl Holm"),
    ("Die Stadtverwaltung Dresden teilte mit, die Brücke sei gesperrt. Verletzt worden sei "
     "niemand, hieß es weiter.", "niemand", "Stadtverwaltung Dresden"),
    ("Die Stadtverwaltung Dresden teilte mit, die Brücke sei gesperrt. Verletzt wurde niemand, "
     "wie es weiter heißt.", "niemand", "Stadtverwaltung Dresden"),
    # a Spanish verb without a subject, its object, then what the speaker called it
    ("El presidente Gabriel Holm habló el lunes. Señaló al ministro Pedro Berg como “el "
     "responsable de la crisis”.", "responsable", "Gabriel Holm"),
]

# an unnamed spokesperson speaks for a body ("a Holmfin spokeswoman", "a spokesman for the
# Department of Culture"): "the spokeswoman" and "she" after it, in the same paragraph or opening
# the next, are that body, not the last person or body named; not a "she" after a spokesman,
# nor a pronoun after a named one ("Ann Holm, spokeswoman for …"). A body's kind before its
# name ("media watchdog Ofholm") makes it no person a pronoun could mean; so do a newspaper
# named with its town and a first word in "-ing" that is no given name. "It" goes on with a
# one-word name that spoke in the sentence before, "the group" with the body that did; "a
# spokesman for Holmair" speaks for Holmair
SPOKESPERSON_CASES = [
    ('"We are cooperating fully," Bergbank said.\n\nThe Holmfin regulator said it had passed '
     'the case on. "It is now a criminal investigation," a Holmfin spokeswoman said. "We found '
     'clues of market manipulation," the spokeswoman said.', "clues", "Holmfin"),
    ("Paul Holm said he would buy the channel. A spokesman for the Department of Culture said "
     "there were no plans to sell it.\n\nHe added that new legislation would be required.",
     "legislation", "Department of Culture"),
    ("A Holmair spokesperson said flights were cancelled. She added that passengers would be "
     "rebooked.", "rebooked", "Holmair"),
    ("Paul Holm said he would buy the channel. But media watchdog Ofholm has said it will not be "
     "sold.\n\nHe added that he would try again.", "try again", "Paul Holm"),
    ("Ann Holm, spokeswoman for the Berg Committee said it was aware of the site. She said the "
     "e-mails started two days ago.", "e-mails", "Ann Holm"),
    ("A Holmair spokesman said flights were cancelled. She added that passengers would be "
     "rebooked.", "rebooked", None),
    # a newspaper named with its town ("the Newcastle Evening Chronicle") is a body, no one a
    # pronoun or its town's club stands for
    ("Chairman Fred Berg told the Holmtown Evening Chronicle that the player would stay. But "
     "even before Holmtown said the player would not be sold, Craig Holm insisted he had no "
     'intention of leaving. "I would play anywhere for this club," he said.', "anywhere",
     "Craig Holm"),
    # a capitalised word in "-ing" opens no one's name ("the Gambling Bill", "Finding Nemo")
    ("The Secretary of State, Tessa Holm, has hit out at critics of the Gambling Bill.\n\nShe "
     "told the paper there would be no super-casinos.", "super-casinos", "Tessa Holm"),
    ('Erling Holm won the race.\n\n"It was hard," he said.', "hard", "Erling Holm"),
    # "it" after a one-word name that spoke in the sentence before ("Yukos said …. However, it
    # claimed"): that body, never a person the page gives a given name
    ("Analysts were sceptical.\n\nHolmcorp said it would consider its options. However, it "
     "claimed that the court had backed its argument.", "backed", "Holmcorp"),
    ("Analysts were sceptical.\n\nAnna Holm said she would consider her options. However, it "
     "claimed that the court had backed the argument.", "backed", None),
    # "the group", "the company" right after a body spoke: that body, not one it spoke of
    ("Holmnext has approached the London Holm Exchange (LHE) about a bid. Talks with rival "
     "bidder Berg Boerse will continue, the LHE said. Last week, the group rejected an offer "
     "from Berg Boerse, claiming that it undervalued the business.", "rejected",
     "London Holm Exchange"),
    # ... also across a paragraph break (the sentence before is the last one of the paragraph
    # before)
    ("Holmcorp said it would consider its options.\n\nIt also agreed to train its staff.",
     "train", "Holmcorp"),
    ("Revenues at media group Holmters slipped 11%, the group said.\n\nThe company said it was "
     "optimistic about growth.", "optimistic", "Holmters"),
    # "a spokesman for X" with X one body's name or acronym: X (not a person's name)
    ("A spokesman for Holmair said flights were cancelled.", "cancelled", "Holmair"),
    ("The Department of Holm Affairs (DHA) is in charge. A spokesman for the DHA said the plan "
     "was sound.", "sound", "Department of Holm Affairs"),
    ("Michael Holm spoke on Monday. A spokesman for Michael Holm said the plan was sound.",
     "sound", None),
    # "the spokeswoman", "the chairwoman": never a man
    ('Peter Holm welcomed it. "We will act," the spokeswoman said.', "act", None),
    ('Anna Holm, the party chairwoman, welcomed it. "We will act," the chairwoman said.', "act",
     "Anna Holm"),
]

# Bodies and people set off by commas after a description of them, and what "it" or "the
# company" stands for when a word opens the sentence (thirty-fourth round: BBC News read
# claim by claim)
# A crowd, and the one a passive speech verb is aimed at, speak for no one (thirty-fourth round)
CROWD_AND_PASSIVE_CASES = [
    # a crowd is no one, however capitalised at a sentence's start; a firm may bear its name
    ("Economists say that the fundamentals are far from rosy.", "fundamentals", None),
    ("Investors had worried that the poll would be inconclusive.", "inconclusive", None),
    ("Holm Traders said profits rose by 5%.", "profits", "Holm Traders"),
    ("Catholic organisations in Valdoria have demanded the withdrawal of a film.", "withdrawal",
     None),  # (not Valdoria: the bodies in it)
    # the subject of "has been criticised", "was told" is whom it was aimed at or told to;
    # an agent after "by" said it
    ("TV channel Holm has been criticised for sending offensive material to viewers.",
     "offensive", None),
    ("Pete Holm was arrested on Monday.\n\nHe was told he would not be able to leave his home.",
     "leave", None),
    ("Bergson was warned by the Holm Tennis Association for a lack of drive.", "lack of drive",
     "Holm Tennis Association"),
    # not "is warning" (the speaker's own)
    ("The Holm Agency is warning that a virus is being spread by e-mail.", "virus",
     "Holm Agency"),
    ('Wheelchair user Ann Holm was asked: "Why do you want our representatives to be '
     'disabled?"', "disabled", None),
    # a film or a book "tells the story of" someone: its plot, no speech
    ("Holmways tells the story of two men who take a road trip through the wine regions.",
     "road trip", None),
]

NOUN_AND_PARTICIPLE_CASES = [
    # a name after its nationality and kind opening the sentence speaks, not the nationality
    ("Finnish security firm Holmsec issued a warning about the virus but said that it does no "
     "damage to a phone.", "no damage", "Holmsec"),
    ("British actress Ann Holmby won the award for the drama, adding to a growing list of "
     "prizes she has won.", "award", "Ann Holmby"),
    ("Holmco hired lawyer Ann Lee last year, saying the case was strong.", "strong",
     "Holmco"),
    ("Russian oil and gas company Holmco is due in court as it continues to fight for its "
     "survival.", "survival", "Holmco"),
    # "demand for", "demand from": a noun; "maintained a …": kept, not said
    ("Strong demand from Valdoria's economy has fuelled production, said Holmco vice "
     "president Ann Holm.", "fuelled", "Ann Holm"),
    ("Continuing demand for Holmco's products means it expects to keep boosting turnover.",
     "turnover", None),
    ("Holmfield has maintained a tense relationship with the government.", "tense", None),
    ("Holmfield maintained the deal was fair.", "fair", "Holmfield"),
    # a participle alone, or one whose agent follows "by", is no one's speech
    ("Solutions suggested by conservationists include reducing air travel.", "air travel",
     None),
    ("Ann Holm confirmed by phone that the talks had failed.", "talks", "Ann Holm"),
    ("Viruses written to make headlines are getting rarer.", "rarer", None),
    ("Dr Ann Holm has long written that the policy failed.", "policy", "Ann Holm"),
    ("Ann Holm confirmed by Friday that she would stand.", "stand", "Ann Holm"),
    ("Pete Holm spoke in the Lords on Monday.\n\nClaims a written answer on the war was "
     "drafted by officials were wholly unfounded, he insisted.", "unfounded", "Pete Holm"),
    # "it" is no word capitalised only at a sentence's start, nor a nationality
    ("Holmad posted profits.\n\nSigns that it was in trouble emerged in August, when it "
     "warned of losses.", "losses", None),
    ("The Russian government forced the sale of Holmco's asset to enforce a bill it says the "
     "company owes.", "company owes", None),
    ("Venezuelan authorities have named 500 idle farms as it continues with its land reform.",
     "idle farms", None),
    ("Valdoria borrowed from China.\n\nChina lent Valdoria $6bn to buy the firm, it said.",
     "lent", "China"),  # (a country's name, no nationality)
    ("The Holm Academy launched the contest.\n\nAimed at children aged 10 to 13, it is hoped "
     "the contest will keep ballet evolving.", "evolving", None),  # (a participle)
    ("Earlier this year the Royal College of Holm said it opposed the plan. Minister Ann Berg "
     "said the government was acting.\n\nIt is hoped that longer hours will stagger closing "
     "times.", "stagger", None),  # no one's hope, not the college's
    ("Officials at Holmwood Prison said the inmate was safe.\n\nHe said the cells were "
     "clean, the governor Anna Berg added.", "cells", "Anna Berg"),  # (a prison is no "he";
    # the governor closing the sentence tells it)
    ("Holmapple has expanded its family. Holmapple makes the players.\n\nIts latest model can "
     "hold 6GB compared to a previous 4GB. The company, which hopes to keep its place, said "
     "sales rose.", "sales rose", "Holmapple"),  # (a sentence ends after "4GB.")
    ("Holmbro will launch a new shirt ahead of the 2006 World Cup.\n\nThe firm, which is to "
     "receive a payment, said it is appraising investments.", "appraising", None),  # (an event)
    # nouns, not cues: "comments from", "Following claims that"; what was announced
    ("Holmzone interest rates are at 2%, but comments from senior officials have focused on "
     "inflation.", "inflation", None),
    ("Following claims that Holm forces had worked inside Bergland, Mr Berg was asked about "
     "it.", "forces", None),
    ("Anna Holm comments on the deal in her column.", "deal", "Anna Holm"),
    ("Nominations were announced on Sunday.", "Sunday", None),
    ("The deal was announced by Holmco on Monday.", "deal", "Holmco"),
    # crowds and papers speak for no one
    ("Judges said the film tackled the subject with insight.", "insight", None),
    ("Academics point out that there is no research linking games with violence.", "research",
     None),
    ("Documents show that Sir Ann Holm mulled over resigning.", "mulled", None),
    ("Backs: Ann Holm (Holm Rugby), Pete Lee (Bergfield).", "Pete Lee", None),  # a team sheet
    # a plural owner inside a name
    ("The Professional Holmers' Association said the player should be banned.", "banned",
     "Professional Holmers' Association"),
    ("Rory O' Holm, editor of Holm magazine, said the figures were wrong.", "figures",
     "Rory O' Holm"),  # (an apostrophe written apart)
    # a given name or a title, then a surname that names bodies too ("Fox"); a "co-" title
    ('The party is ready, Tory co-chairman Anna Fox said.\n\n"We want to be accessible," Ms '
     'Fox said.', "accessible", "Anna Fox"),
    ("Holm said the claims had no merit.\n\nThe lawsuit, filed in Bergville on Friday, says "
     "the woman was assaulted.", "assaulted", None),  # (a place, not a body)
    # a body's spokesperson speaks for it, links inside its name too, and after the body
    # opening the sentence; a title, then a surname with its particle; a place ends a clause
    ('A Department for Holm and Berg spokeswoman said: "The award reflects his work."',
     "award", "Department for Holm and Berg"),
    ('A Top of the Holms spokesperson said: "It is a special number one."', "special",
     "Top of the Holms"),
    ('Downing Street defended the decision, with a spokesperson saying: "You have to look at '
     'his career."', "career", "Downing Street"),
    ("Anna Holm met the board, with a spokesman saying the talks were good.", "talks", None),
    ("Further analysis could help spot smuggling, according to a spokesman.", "smuggling",
     None),
    ('He got an award from Culture Minister Renaud Holmieu de Vabres. "You have talent," Mr de '
     'Vabres said.', "talent", "Renaud Holmieu de Vabres"),
    ('The 28-year-old has been training in Holland and Bergson said: "He comes back on '
     'Tuesday."', "comes back", "Bergson"),
    ("Recent surveys from Holmwide and Bergfax have indicated prices are rising.", "prices",
     None),
    ("Staff at the Holm and Berg Services union said there should be a strike.", "strike",
     "Holm and Berg Services union"),  # (one name)
    # "The German company": a body the page named, or no one; not "the US government"
    ("Holmtel has built a network. Holmtel is big. The German company said data could be sent "
     "faster.", "data could", "Holmtel"),
    ("Bergsoft sold 20 planes to Holmair. The US company also said it had agreed a sale.",
     "agreed a sale", None),
    ("The US government said it would act.", "would act", "US government"),
    # "the government" is no paper's nor crowd's phrase before the noun
    ("Ann Holm told the Observer government plans were ready.\n\nThe government was hoping "
     "this would rise, she said.", "hoping", None),
    ("The Conservatives say government plans are weak. The government was hoping this would "
     "rise.", "hoping", None),
    ("A Valdoria court convicted him. The court said he lied.", "he lied", "Valdoria court"),
    # "X's counterpart Y" in the sentence before: the pronoun turns to Y, not to X who spoke
    ('"This was a bad night," said Arsene Holm. But Holm\'s Valdorian counterpart Felix Berg '
     'was in no mood to celebrate. He said: "I am far from happy."', "far from happy",
     "Felix Berg"),
    ('"This was a bad night," said Arsene Holm. Holm\'s counterpart Felix Berg was there. '
     'Later, the team met the fans. "It was hard," he said.', "was hard", "Arsene Holm"),
    # a name opening the sentence, its role set off without the closing comma
    ('Scott Holm, a spokesman for the Holm-Berg campaign said: "The measure was taken for '
     'security reasons."', "security", "Scott Holm"),
    ("In Holmfield, the mayor said the roads were closed.", "roads", None),
    ("Surprisingly, the survey suggests that the dollar is no threat.", "dollar", None),
    ("Media reports in both countries describe the deal as a major step.", "major step", None),
    # a role of two words opening the sentence before a pronoun's is whom it means
    ('Prime Minister Pete Holm spoke on Sunday. Party chairman Anna Berg said: "He lied."\n\n'
     "The prime minister stepped up campaigning at the weekend. He insisted he did not know "
     "the poll date.", "poll date", "Pete Holm"),
]

DESCRIBED_BODY_CASES = [
    # a body after its kind opens the sentence, not the word before ("Russian oil company
    # Yukos")
    ("Russian oil company Holmco has dropped the threat of legal action against five banks it "
     "had accused of fraud.", "dropped", "Holmco"),
    ("Holmcorp, like company Bergco, will cut 500 jobs, it said.", "500 jobs", "Holmcorp"),
    # "Shares in X … after it said": X, however many words, after its kind too, not an owner
    ("Shares in Holm Express surged 8% on Tuesday after it said it would sell a unit.",
     "surged", "Holm Express"),
    ("Shares in Valdorian budget airline Holm Blue plunged 20% after it warned of losses.",
     "plunged", "Holm Blue"),
    ("Shares in Valdoria's Holmsteel fell after it agreed to pay more for ore.", "fell", None),
    ("All kinds of belongings could broadcast messages about their owners, it warned.",
     "broadcast", None),
    ("Analysts praised Holmcorp.\n\nHolmcorp in Valdoria will cut 500 jobs, it said.",
     "500 jobs", "Holmcorp"),  # (a name the page writes inside a sentence: no "Shares")
    # "Daily", "Mirror", "Observer" name newspapers ("China Daily" is no one called China),
    # and "the FT" is the Financial Times the page named, for "the paper" after it
    ("China Daily reported the ban last week.\n\nThe world's biggest tobacco consumer, China, "
     "has said it will not allow new factories.", "new factories", "China"),
    ("The Holm Mirror newspaper said it had been handed a dossier. The paper said the dossier "
     "was found in a street.", "found in a street", "Holm Mirror"),
    ("The Valdorian Times said the deal was off. The Holm Observer reported that jobs would "
     "go.\n\nAccording to the VT, officials were annoyed. As a result, hopes have disappeared, "
     "the paper said.", "hopes", "Valdorian Times"),
    ("Holmcorp and rival company Bergco will cut 500 jobs, it said.", "500 jobs", "Holmcorp"),
    # a word the page writes nowhere else, opening the sentence after a body spoke, is no name
    ("Global growth will slow, the OECD said in its report. Smaller nations such as Cyprus "
     "would grow fastest, it said.", "Smaller", "OECD"),
    ("Global growth will slow, the OECD said in its report. Holmcorp will cut 500 jobs, it "
     "said. Holmcorp shares fell.", "500 jobs", "Holmcorp"),
    # "the company" after a one-word body spoke ("Yukos says …. The company has also accused"),
    # not after a person with a role
    ("Holmco says the sale was illegal. However, Holmco still has a complaint against Berg "
     "Bank, which it alleges led the bid.\n\nThe company has also accused the state.",
     "also accused", "Holmco"),
    ("The board of Holmco has agreed a buy-back. His brother Anil, the vice-chairman, said he "
     "had not been consulted.\n\nThe board hopes the move will lift the shares.", "lift",
     None),
    # a film title's colon inside a relative clause ends no clause
    ("Liam Holm returned to the theatre.\n\nThe Oscar-nominated actor, whose films include "
     "Star Wars: The Phantom Menace, said: \"The theatre is too important to fall apart.\"",
     "too important", "Liam Holm"),
    # a description with its owner, then the name set off by commas
    ("The Holm Tour's sponsor, Bergcorp, said it would also contribute.", "contribute",
     "Bergcorp"),
    ("Britain's biggest retailer, Holmco, said sales fell.", "sales fell", "Holmco"),
    ("The United Nations' emergency relief coordinator, Jan Holm, said that this may be the "
     "worst disaster.", "worst", "Jan Holm"),
    ("Mr Holm's father, Azmat, said he had been told he could see his son.", "told", "Azmat"),
    # a body named "the X" after a description that opens the clause
    ("The employers' organisation, the CBI, said it expected rates to hold.", "rates", "CBI"),
    ("The opposition party, the VNP, said rates would hold.", "rates", "VNP"),
    ("But, Hans Holm, a board member of Valdoria's central bank, the Bergbank, said trading "
     "should stay in Frankfurt.", "trading", "Hans Holm"),
    ("But, Hans Holm, a Bergbank director, the VNB, said trading should stay in Frankfurt.",
     "trading", None),  # (not the VNB; a name two appositives before the cue is not read)
    # where a person is from, set off by commas, is no one: "X, from Omaha, Nebraska, said";
    # an office's complement is no place: "the co-chairman of the Party, X, called"
    ("Andrew Holm, from Omaha, Nebraska, said he would have a logo tattooed on his head.",
     "tattooed", "Andrew Holm"),
    ("His comments come as the co-chairman of the Valdorian Party, Liam Holm, on Saturday "
     "called him a disappointment.", "disappointment", "Liam Holm"),
]

GIVEN_NAME_AND_CHAIN_CASES = [
    # a word before a known given name opening the sentence is no part of the name
    ("Defiant Matt Holm says he will not quit as coach even if his side lose again.", "quit",
     "Matt Holm"),
    ("Tory Dominic Holm said the plan would fail.", "fail", "Dominic Holm"),
    ("Agent Simon Holmby said the player would stay at the club.", "stay", "Simon Holmby"),
    ("Lib Dem Norman Holm said the figures were wrong.", "figures", "Norman Holm"),
    # known given names tell "she" who she is
    ("Writer Tessa Holmby said sales were up. Marketing chief Graeme Holm agreed.\n\n"
     "\"It is a weird technology,\" she told reporters.", "weird", "Tessa Holmby"),
    ("At a press conference, Sharon Holm listed the stolen items. They included rings that "
     "Ozzy Holm gave her. \"I always take them off,\" she said.", "take them off",
     "Sharon Holm"),
    # a role set off before a name given only with styles of address is the person's office
    ("The Bishop of Valdoria, the Rt Rev Dr Tom Holm, described the novel as \"lousy history\". "
     "Despite enjoying Dan Holmby's book, the Bishop said there was no evidence for it.",
     "no evidence", "Tom Holm"),
    ("The Bishop of Valdoria, Dr Tom Holm, described the novel as \"lousy history\". Despite "
     "enjoying Dan Holmby's book, the Bishop said there was no evidence for it.", "no evidence",
     "Tom Holm"),
    # capitalised words after "the" with no title and no given name name a thing, no one
    ("Matt Holm says he will not quit as coach.\n\nThat would leave the Scots as favourites to "
     "win the Wooden Spoon again. \"I have never quit anything,\" he told reporters.",
     "never quit", "Matt Holm"),
    ("Keith Holm tips Ireland to win.\n\nAfter claiming their first Triple Crown for 19 years, "
     "the side is ready. \"This is the year,\" he told reporters.", "the year", "Keith Holm"),
    ("The board met on Monday.\n\nThe crowd chanted for the Simon Holm of old. \"I am back,\" "
     "he said.", "am back", "Simon Holm"),
    ("The board met on Monday.\n\nPolice questioned the Rev Holm Berg. \"I did nothing "
     "wrong,\" he said.", "nothing wrong", "Holm Berg"),
    ("Arsene Holm said: \"It was over the line.\n\n\"Everyone could see it.\" Manchester "
     "manager Alex Holmby sympathised. \"Technology should play a part,\" Holmby told reporters. "
     "\"What I was against was the time it takes.\n\n\"But a referee could decide in 30 "
     "seconds.\"", "time it takes", "Alex Holmby"),
    # a pronoun after a sentence opened by another person who acted (an active verb after the
    # name, only a role before it) is that person, not the last speaker
    ("Glenn Holmby said: \"I am delighted to be here.\" Chief executive Jez Holm defended the "
     "decision to give Holmby a short contract. \"We hope it will work out,\" he said.",
     "work out", "Jez Holm"),
    ("Glenn Holmby said: “I am delighted to be here.” Chief executive Jez Holm defended the "
     "decision to give Holmby a short contract. “We hope it will work out,” he said.",
     "work out", "Jez Holm"),
    ("\"I am delighted to be here,\" said Glenn Holmby. Jez Holm is the club's chief executive. "
     "\"We hope it will work out,\" he said.", "work out", "Glenn Holmby"),
    ("\"I am delighted to be here,\" said Glenn Holmby. The fans of Jez Holm cheered him. "
     "\"We hope it will work out,\" he said.", "work out", "Glenn Holmby"),
    # "what it said about its owner" names what was said, no attribution (a quotation
    # paragraph after goes on with the last speaker); "what she called “…”" is hers
    ("It was not just about how the phone worked, but about what it said about its owner. "
     "\"Europe is attentive to design,\" said Ms Holm.\n\n\"People want something "
     "nice-looking.\"", "nice-looking", "Holm"),
    ("Ann Holm spoke in Leeds. She attacked what she called a \"fantasy island\".",
     "fantasy island", "Ann Holm"),
    # a quotation paragraph goes on with the last quotation's speaker when no other voice
    # speaks after that quotation in the paragraph before (one before it does not count)
    ("Government figures suggest cases rose by a quarter. \"Most cases come from abroad,\" said "
     "Ms Holm.\n\n\"We must act now.\"", "act now", "Holm"),
    ("\"Most cases come from abroad,\" said Ms Holm. Government figures suggest cases rose by a "
     "quarter.\n\n\"We must act now.\"", "act now", None),
    # "he said." closing a sentence is no one named in what it reports
    ("Alan Holm, the party strategist, spoke to reporters.\n\nNobody could picture Charles "
     "Holmby walking up Downing Street, he claimed.", "Nobody could", "Alan Holm"),
    ("Alan Holm said: \"We are ready.\" Nobody could picture Charles Holmby in power, he "
     "added.", "Nobody could", "Alan Holm"),
    ("Others compared the image to Fagin in Charles Holmby's novel. Then Tony Berg said: \"I "
     "support them.\" Pressed on whether he would attack Mr Holm's beliefs, he replied: "
     "\"Never.\"", "Never", "Tony Berg"),
    ("Former minister Sir Nicholas Holm has died at a London hospice, his family has "
     "announced.", "hospice", "Holm family"),
    # "a spokesman" with no body named speaks for the body that spoke just before
    ("The Holm Group said it had owned the land since 1920. But a spokesman added: \"Our "
     "title is legal.\"", "title is legal", "Holm Group"),
    ("John Holm said he had owned the land since 1920. But a spokesman added: \"Our title is "
     "legal.\"", "title is legal", None),
    # "went on to win" in a relative clause set off after a name is no speech of its own
    ("Martin Holm, whose film went on to win best film, said the prize meant a lot to him.",
     "meant a lot", "Martin Holm"),
    # a party's spokesman speaks for the party, whatever era the page names it by
    ("Labour hopes to win a third term. New Labour is not dead, a Labour spokesman said.",
     "not dead", "Labour"),
    # "his lawyer" is not the man "his" stands for
    ("Comic creator John Holm won a court battle with his publisher. Of the money now due to "
     "Holm, his lawyer said: \"It could be millions.\"", "millions", None),
    # a quotation running over paragraphs speaks for itself, not for every other quotation of
    # the paragraph where it closes
    ("The adapter is the work of researcher John Holm, who built it for his uncle. \"I knew "
     "there must be a way to help him.\n\n\"The number of older users will grow,\" he said. "
     "Users plug the device into a PC. Peter Holmby, one of the firm's directors, said it would "
     "help. \"I'm a pilot and my tremor has not stopped me flying,\" he said. \"But using a PC "
     "has proven almost impossible.\"", "almost impossible", "Peter Holmby"),
]

# the staff who speak for a person are not that person: "a spokesman for Minister X", "an
# aide to President X", "ein Sprecher des Ministers X", "un portavoz del ministro X",
# "представитель министра Ивана Холмова" (the name in the genitive) say nobody by name; a
# name set off after the principal's role, or after a body, is the spokesman's own, and so
# is a name after a field ("spokesman for sport X") or a Russian name in the nominative.
# A body's name runs over "Without", "on the", "for the" ("Reporters Without Borders",
# "World Summit on the Information Society") and past a relative clause set off after it;
# "X, of the Centre for Y at the University of Z said" is X
STAFF_AND_BODY_NAME_CASES = [
    ("\"We will not accept this,\" a spokesman for Minister Jan Holm said.", "accept", None),
    ("Jan Holm spoke on Monday. A spokesman for Mr Holm said the plan was dead.", "plan was",
     None),
    ("An aide to President Ana Ruiz said the talks would go on.", "talks would", None),
    ("An adviser to Prime Minister Jan Holm said the talks would go on.", "talks would", None),
    ("Ein Sprecher des Ministers Jan Holm sagte, die Reform sei notwendig.", "Reform", None),
    ("Ein Sprecher von Minister Jan Holm sagte, die Reform sei notwendig.", "Reform", None),
    ("Eine Sprecherin der Ministerin Anna Holm sagte, die Reform sei notwendig.", "Reform",
     None),
    ("Un portavoz del ministro Juan Holm dijo que la reforma es necesaria.", "reforma", None),
    ("Un porte-parole du ministre Marc Holm a déclaré que la réforme était nécessaire.",
     "réforme", None),
    ("Представитель министра Ивана Холмова заявил, что реформа необходима.", "реформа", None),
    ("Речник міністра Івана Холмова заявив, що реформа потрібна.", "реформа", None),
    ("Помощник президента Иван Холмов заявил, что реформа необходима.", "реформа",
     "Иван Холмов"),
    ("Der Sprecher des Ministers, Jan Holm, sagte, die Reform sei notwendig.", "Reform",
     "Jan Holm"),
    ("\"We are ready,\" said the spokesman for the Ministry of Defence, John Holm.", "ready",
     "John Holm"),
    ("Shadow spokesman for sport Hugh Holm said the bill was flawed.", "bill", "Hugh Holm"),
    ("Ann Lee, spokeswoman for Minister Jan Holm, said the plan was dead.", "plan was",
     "Ann Lee"),
    # a German genitive after a role before the name: the name and its role
    ("Der Chef der Partei Jan Holm sagte, die Reform sei notwendig.", "Reform", "Jan Holm"),
    ("Der Vorsitzende der Linken Jan Holm sagte, die Reform sei notwendig.", "Reform",
     "Jan Holm"),
    # bodies' names
    ("A spokesman for Reporters Without Borders, which tracks press freedom, said the "
     "sentence was harsh.", "harsh", "Reporters Without Borders"),
    ("A spokesman for the Holm Casino Association, which represents the industry, said the "
     "fees were too high.", "fees", "Holm Casino Association"),
    ("The Holm Trust, which runs the port, said the fees would rise.", "fees", "Holm Trust"),
    ("The report, which was published on Monday, said the fees would rise.", "fees", None),
    ("But a spokesman for the UN's World Summit on the Holm Society said the gap was real.",
     "gap", "UN's World Summit on the Holm Society"),
    ("A spokesman for the Intergovernmental Panel on Holm Change said the report was clear.",
     "report", "Intergovernmental Panel on Holm Change"),
    ("The Commission for the Protection of Holm Waters said the report was clear.", "report",
     "Commission for the Protection of Holm Waters"),
    ("Dr Erel Holm, of the Centre for Transport at the University of the West of Holmland in "
     "Bristol said: \"The design is not adjusted to the elderly.\"", "design", "Erel Holm"),
]

# "warned", "asked", "urged" right after a quotation have their subject after them ("“…,”
# warned Jan Holm"); after a subject they take an object ("Jan Holm warned the union"), and
# "told" never has its subject after it
INVERTED_OBJECT_CUE_CASES = [
    ("\"This is not over,\" warned Jan Holm, the head of the union, in a post on X.", "over",
     "Jan Holm"),
    ("\"Why now?\" asked Ana Ruiz, the opposition leader.", "Why now", "Ana Ruiz"),
    ("\"This is not over,\" Jan Holm warned Ana Ruiz.", "over", "Jan Holm"),
    ("\"Stay calm,\" the mayor told Ana Ruiz.", "Stay calm", None),
]

# what a person or body puts out in writing speaks for its owner: "Mr Holm's statement said",
# "the minister's letter said" (not "Wednesday's statement": a day); and more shapes of
# bodies and names from BBC News
OWNED_STATEMENT_CASES = [
    ("Jan Holm wrote to the board. Mr Holm's statement said: \"The party has made an "
     "impact.\"", "impact", "Jan Holm"),
    ("Prime Minister Jan Holm spoke. The minister's letter said the port would reopen.",
     "port would", "Jan Holm"),
    ("Holmair's statement said the port would reopen.", "port would", "Holmair"),
    ("Jan Holm spoke. Last week's letter said the port would reopen.", "port would", None),
    # a body's kind before its name ("the statistics office Holmstat"); a name set off after a
    # quotation, its role after it without the closing comma
    ("GDP rose by 0.8%, the statistical office HOLMSTAT said.", "GDP", "HOLMSTAT"),
    ("Holmdorf-based research institute Holmfo said that its index fell.", "index", "Holmfo"),
    ("The official Holmhua News Agency said the arrest was linked to fraud.", "arrest",
     "Holmhua News Agency"),
    ("Yukos' owner Holmatep Group says it will ask Rosneft to repay a loan.", "repay",
     "Holmatep Group"),
    ("The company said it would appeal.", "appeal", None),
    # people who know ("familiar with", "close to", "briefed on") speak, not what they know of
    # nor whom they are close to
    ("Jan Holm spoke. Sources close to Mr Holm said the port would reopen.", "reopen", None),
    ("The car will be built in Holmland, sources close to the negotiations tell the FT.",
     "built", None),
    ("Jan Holm, close to tears, said the port would reopen.", "reopen", "Jan Holm"),
    ("Fuentes de la Casa Holm indicaron que la reforma será aprobada.", "reforma", None),
    ("Fuentes del Gobierno indicaron que la reforma será aprobada.", "reforma", None),
    # "Mr Holm" is no woman the page names by her given name: her brother, or a Holm unnamed;
    # a role word's gender ("co-chairman Anna Fox") does not outweigh her given name
    ("Deborah Holm won the title. Her brother Jimmy Holm lost.\n\n\"I am happy,\" Mr Holm "
     "said.", "happy", "Jimmy Holm"),
    ("Deborah Holm won the title.\n\n\"I am happy,\" Mr Holm said.", "happy", "Holm"),
    ("Nicky Holm won the title.\n\n\"I am happy,\" Ms Holm said.", "happy", "Nicky Holm"),
    # a German role noun that is an English speaker's surname ("Richter": a judge)
    ("\"It is a distraction,\" said Steven Richter, legal counsel for Holmsoft.", "distraction",
     "Steven Richter"),
    ("Richter Holm sagte, das Urteil sei gerecht.", "Urteil", "Holm"),
    ("\"There is a whiff of a sweetener,\" Ana Holm, an analyst at Holmura told the BBC.",
     "whiff", "Ana Holm"),
    # a name set off after "after", "before", "when" opens a clause of its own
    ("His comments come after Dave Holm, the leader of the union Holmison, told the paper he "
     "wants a date.", "wants", "Dave Holm"),
    ("The vote came the day after Ana Ruiz, the party leader, said the deal was dead.", "deal",
     "Ana Ruiz"),
    # a title before a name, then a relative clause set off before the verb
    ("British actor Clive Holm, who has won a Golden Globe and a Bafta for his role in Closer, "
     "said it \"meant a lot\" to be there.", "meant", "Clive Holm"),
    ("Senior Labour backbencher Martin Holm, who chairs the trade committee, said he believed "
     "it.", "believed", "Martin Holm"),
    # a stray comma between "X from Y" and the verb
    ("\"Everything is going digital,\" Kirsten Holm from the Holm Electronics Association, "
     "told the BBC.", "digital", "Kirsten Holm"),
    ("The head of the Holm Association, told the BBC that everything was digital.", "digital",
     None),
    # "said X of …" after a quotation: what X spoke of, or X's firm
    ("\"I do not know,\" said Holmers manager Alex Holm of Novo's punishment.", "know",
     "Alex Holm"),
    ("\"It is a husk of a company,\" said retail analyst Nick Holm of Holm Securities.",
     "husk", "Nick Holm"),
    # a name, then its role with no article and no closing comma; an owner's "Mr X"
    ("Rhodri Holm, Plaid Holm health spokesman said: \"It is the same target.\"", "target",
     "Rhodri Holm"),
    ("\"We are encouraged,\" Armando Holm, OFHEO director said.", "encouraged",
     "Armando Holm"),
    ("Analyst David Holm spoke. \"Airbus is where Boeing was,\" said Flight Holmational's "
     "Mr Holm.", "Airbus", "David Holm"),
]

# "Как отметила X," with a long title before the name; the Ukrainian head of a ministry
# ("очільник МЗС") is its minister
RUSSIAN_AND_UKRAINIAN_HEAD_CASES = [
    ("Как отметила официальный представитель МИД Холмландии Мария Холмова, переговоры "
     "продолжатся.", "переговоры", "Мария Холмова"),
    ("Міністр закордонних справ Холмландії Іван Холмов наголосив, що переговори тривають. «Ми "
     "готові до діалогу», — зазначив очільник МЗС.", "діалогу", "Іван Холмов"),
    ("Прем'єр-міністр Іван Холмов наголосив, що переговори тривають. «Ми готові до діалогу», — "
     "зазначив очільник уряду.", "діалогу", "Іван Холмов"),
]


# a peer: "Lord X of Y" is his name, whole; a party's peer ("Labour peer Baroness X"); a full
# name before "who" with no comma; a body's name with two "of the"
PEER_AND_RELATIVE_CASES = [
    ("\"Detention is anathema,\" said Lord Holm of Holmbury.", "anathema",
     "Lord Holm of Holmbury"),
    ("Lord Holmer of Holmbury, in his ruling, said: \"Detention is anathema.\"", "anathema",
     "Lord Holmer of Holmbury"),
    ("\"It is sad,\" said the Lord Mayor of London.", "sad", None),
    ("Labour peer Baroness Holm, who chairs the inquiry, said people distrusted politicians.",
     "distrusted", "Baroness Holm"),
    ("Finanzminister Peer Holmbrück sagte, die Steuern würden gesenkt.", "Steuern",
     "Peer Holmbrück"),
    ("Her call was backed by Culture Secretary Tessa Holm who said: \"We need rules.\"",
     "rules", "Tessa Holm"),
    ("The suit was brought by Holmsoft and attorney general Eliot Holm who alleged that the "
     "spam was illegal.", "spam", "Eliot Holm"),
    ("Optimists who predict that technology will close the gap may be wrong.", "gap", None),
    ("A sheriff who says he was tricked has complained.", "tricked", None),
    ("The lists name the Holmists who pledged to keep the faith.", "faith", None),
    # a month's name right after a quotation or a comma is a surname: "“…,” May wrote"
    ("Guitarist Brian May joined the band.\n\n\"We will tour,\" May wrote.", "tour",
     "Brian May"),
    ("Sales rose, May said.", "Sales", "May"),
    ("Prices rose in May, figures showed.", "Prices", None),
    ("The UN Committee on the Rights of the Holm said the law was harsh.", "harsh",
     "UN Committee on the Rights of the Holm"),
    # a body's name, then a person's role word: a role, no body ("the United boss")
    ("\"It was worse than the foul,\" the United boss said.", "worse", None),
    ("Sir Alex Holm spoke on Monday.\n\n\"It was worse than the foul,\" the United boss said.",
     "worse", "Alex Holm"),
]


# the author of a report opening the sentence ("The report by X said", "A study by X found");
# a "whose" clause set off before the verb; a title of capitalised words and role nouns before
# the name; a body's agents in the plural ("Rover bosses said")
AUTHOR_AND_CLAUSE_CASES = [
    ("Last April's report by the Holm Commission said there was no argument for it.",
     "argument", "Holm Commission"),
    ("A recent survey by Holmstat found that most phones were sold online.", "phones",
     "Holmstat"),
    ("Reports by the Holm Times said the minister would quit.", "quit", None),
    ("Critics of the report by the Holm Commission said it was weak.", "weak", None),
    ("Labour MP John Holm, whose question revealed the price estimate, said the cost was "
     "high.", "cost", "John Holm"),
    ("Holmers keeper Jens Holm, whose rivalry with Oliver Kahn was not helped by the result, "
     "said: \"Do I blame myself?\"", "blame", "Jens Holm"),
    ("Former Manfred Holm singer Paul Holm, who sang on hits such as Come Tomorrow, said Charles "
     "was a hero.", "hero", "Paul Holm"),
    ("Holmover bosses have said they are confident the deal will be signed.", "deal", None),
    # a role, then a name with its own title, set off ("The play's author, US playwright X,
    # says"); a role word in lowercase before a name opening the clause ("But colleague X, who
    # …, said"); not a body's complement ("…, del Grupo Holm, ha exigido")
    ("But the work's author, US playwright Eve Holm, says it is all about empowerment.",
     "empowerment", "Eve Holm"),
    ("But colleague Ian Holm, who chairs the science committee, said there was a question "
     "mark.", "question", "Ian Holm"),
    ("The play opened in Holmtown, home of playwright John Holm, said the paper.", "play",
     None),
    ("Michael Holm spoke. Responding to the plans, the chairman of the Police Federation of "
     "England and Wales, which represents officers, said it was essential.", "essential", None),
    # an opinion with a named clause and no "that" ("X believes Lehmann has been treated
    # harshly"); not an impersonal "it", a subordinate clause's subject, nor a nationality
    ("But former Holmers keeper David Holm believes Lehmann has been harshly treated.",
     "harshly", "David Holm"),
    ("Reds manager Rafael Holm believes Gerrard can win everything.", "Gerrard",
     "Rafael Holm"),
    ("It is expected Holmsea will bid - but Parry Holm claims he will not listen.", "listen",
     "Parry Holm"),
    ("But while Wendy Holm still thinks Staunton has a chance, Charles Berg believes her win "
     "will cut little ice.", "ice", "Charles Berg"),
    ("British hope Imelda Holm is one of the favourites.", "favourites", None),
    ("Jan Holm believes Ana Ruiz.", "Ana", None),
]


# German: the perfect before a colon ("X hat gesagt: …"); "Nach Angaben der Polizei" names the
# police, no body called "Angaben der Polizei"; English cues of stress after a quotation
PERFECT_SOURCE_AND_STRESS_CASES = [
    ("Außenminister Holmer hat weiter gesagt: Noch ist die Waffenruhe nicht gesichert.",
     "Waffenruhe", "Holmer"),
    ("Die Ministerin Ana Holm hat betont: Die Reform kommt.", "Reform", "Ana Holm"),
    ("Der Minister Jan Holm hat folgendes Ziel genannt: mehr Geld.", "Geld", None),
    ("Nach Angaben der Polizei wurden drei Menschen verletzt.", "verletzt", None),
    # "underlined" and "highlighted" right after a quotation are its speaker's stress
    ("Carlos Holm runs the project. The promoters say the experience has been positive. "
     "\"This is a pilot project,\" underlined Mr Holm.", "pilot", "Carlos Holm"),
    ("\"This is a pilot,\" highlighted Ana Holm.", "pilot", "Ana Holm"),
]


# the subject opening a later clause whose cue opens the sentence's quotation says it, not the
# subject of the clause before (not a subject after a preposition, nor a quotation with no
# cue before it, nor after a long quotation of the first speaker's); "X is ruled out" is no speech; a list inside a
# body's name; "the American" the subject that opens the sentence before, unless the page
# gives that person another nationality or gives someone one and another person opened it
COLON_AND_BODY_LIST_CASES = [
    ("Ola Berg spoke on Monday. He accused the club of using him as “a stalking horse”, but "
     "Parry explained: “Ola has never been used as a stalking horse by anyone.”",
     "never been used", "Parry"),
    ("Reminded that Tom Holm had called him “a disgrace”, Berg added: “I don't respond to "
     "that.”", "respond", "Berg"),
    ("Ines Alba is ruled out with a knee injury but Cole said: “No-one is putting the blame on "
     "her.”", "blame", "Cole"),
    ("The two clubs met the league on Monday and Tom Holm added: “We thought about it.”",
     "thought", "Tom Holm"),
    ("Labour's Ana Ruiz said the two leaders had a rough time from MPs adding: “It was a "
     "meeting like no other.”", "like no other", "Ana Ruiz"),
    ("Ana Holm is back. Only last year she insisted a comeback was unlikely, but speaking in "
     "Oslo Holm admitted: “I said that because I did not know.”", "did not know", "Ana Holm"),
    ("Ana Ruiz said the plan had failed, but Holm added: the town would pay for it.", "town",
     "Ana Ruiz"),
    ("Ana Ruiz said the plan was fine, but Tom Holm said simply “It is a disgrace for the "
     "whole town.”", "disgrace", "Tom Holm"),
    ("Ana Ruiz said the plan was fine, but Tom Holm said that “it is a disgrace for the whole "
     "town”.", "disgrace", "Tom Holm"),
    ("The company said its chiefs would repay bonuses totalling $8.6m. Holmsoft added: “They "
     "share the board's deep disappointment.”", "disappointment", "Holmsoft"),
    ("“We played badly and we know it,” said Ola Berg, and Tom Holm added: “It was a poor "
     "night.”", "played badly", "Ola Berg"),
    ("The Lib Dems said the plan could let groups run policing, while Labour criticised "
     "“extravagant” Tory promises.", "policing", "Lib Dems"),
    ("Valdorian captain Ola Berg has been ruled out of Saturday's match against Holmia.",
     "Saturday", None),
    ("Finance minister Ola Berg ruled out a tax rise in the budget.", "tax rise", "Ola Berg"),
    ("A Department for Culture, Media and Sport spokeswoman said: “We are aware of it.”",
     "aware", "Department for Culture, Media and Sport"),
    ("The Ministry of Economy, Trade and Industry said exports rose in May.", "exports",
     "Ministry of Economy, Trade and Industry"),
    ("The Department for Environment, Food and Rural Affairs said the ban stays.", "ban",
     "Department for Environment, Food and Rural Affairs"),
    ("The Ministry of Health, Tom Holm and Ana Ruiz said the plan was fair.", "plan", None),
    ("Ana Ruiz said the plan was fine, but official figures show that “the town is poorer "
     "than it was”.", "poorer", "Ana Ruiz"),
    ("Spanish captain Jordi Holm praised his team.\nAndy Berg was left frustrated after losing "
     "both his singles. “It's just tough,” said the American.", "tough", "Andy Berg"),
    ("Spanish captain Jordi Holm praised his team. He beat Andy Berg in four sets. “It's just "
     "tough,” said the American.", "tough", None),
    ("Spanish captain Jordi Holm praised the team. “It was about the surface,” he said.\n\n"
     "“Now I have a day off.” Andy Berg was delighted with his victory. “I felt pretty good,” "
     "said the American.", "felt pretty good", "Andy Berg"),
    ("Spanish captain Jordi Holm praised the team.\n\nAndy Berg, a semi-finalist in 2004, "
     "looked set to win. The crowd cheered loudly for both of them. “I try to stay calm,” said "
     "the American.", "stay calm", None),
]


# a name of two words or more opening the clause, a comma, then a role or a body and no comma
# to close it: the name is the speaker (not the body, not the role alone); not a list of
# names, nor a name that does not open the clause
OPEN_DESCRIPTION_CASES = [
    ("Ola Berg, Holm Trust president and conservative activist said: “The channel sells sex "
     "to kids.”", "channel", "Ola Berg"),
    ("Ola Berg, the Labour MP and former minister said: “We need a vote on this.”", "vote",
     "Ola Berg"),
    ("Ines Alba, head of policy at the charity Holm Trust said the rule was unfair.", "unfair",
     "Ines Alba"),
    ("“It is a growth that will remain fragile,” Ola Berg, an economist at Holm Securities "
     "told Reuters.", "fragile", "Ola Berg"),
    ("Ana Ruiz, a prospective parliamentary candidate said the party was ready.", "ready",
     "Ana Ruiz"),
    ("Tom Holm, from the Public and Commercial Services union said there should be a strike.",
     "strike", "Tom Holm"),
    ("Ola Berg, Holmbury Hotel Association said: “We have tried very hard.”", "tried",
     "Ola Berg"),
    ("“It is fair to everyone in the town”, Ola Berg, an economist at Holm Securities told "
     "Reuters.", "fair to everyone", "Ola Berg"),
    ("“The firm will not need more aid,” Ola Berg, executive director of Holm Bank - one of "
     "the firm's creditors - said.", "more aid", "Ola Berg"),
    ("“It is about personalisation,” Ola Berg, from the Holm Electronics Association (HEA) "
     "told the BBC News website.", "personalisation", "Ola Berg"),
    ("Tom Holm, host of Radio Holm's chart show, said the band had “great guitars and a "
     "mastery of the sound”.", "great guitars", "Tom Holm"),
    ("Ana Holm, president and CEO of the Holm Association stated, “It is not a political "
     "problem, it is a math problem.”", "math problem", "Ana Holm"),
    ("Ana Holm, marketing manager at Holm Snaps believes the shops will survive.", "shops",
     "Ana Holm"),
    # a stray comma between the name that opens the sentence and "said"
    ("Chairman of the Holm Audit Committee Ana Holm MP, said: “The housing policy is an "
     "alarming example of disjointed thinking.”", "housing policy", "Ana Holm"),
    ("The men's solicitor Tom Berg, said that at no time had the men known it.", "known",
     "Tom Berg"),
    ("Sen. Ana Holm (D-R.I.), said after a lunch that she had not read the plan.", "read the "
     "plan", "Ana Holm"),
    ("Ola Berg, recalled in place of Tom Holm, was twice denied by the keeper.", "denied",
     None),
    ("The guidance published on Tuesday, said the police had a duty to act.", "duty", None),
    # not a parenthesis ("X, these people said, would …"), nor a dateline before a dash, nor
    # a cue after a long stretch that is no description
    ("Mrs. Holm, these people said, would be open to other measures.", "open to other", None),
    ("Sales have tripled since launch, says a report from analysts Holmner.", "tripled",
     "Holmner"),
    ("Children had an annual income of £775, said market analyst Holmdata.", "income",
     "Holmdata"),
    ("Prices rose 0.5% in February, says the Holmwide building society.", "Prices",
     "Holmwide building society"),
    ("Sales have tripled since launch, said PBS' Ana Holm.", "tripled", "Ana Holm"),
    ("Ana Holm, an analyst for the Holm investment company Holm Berg, recalled numerous "
     "telephone calls with Tom Berg.", "telephone", "Ana Holm"),
    ("It is launching a service to publish blogs, called Holm Spaces.", "launching", None),
    ("Ana Holm, ex-head of communications at the Holm Office, says the strategy shows "
     "frustration with the media.", "frustration", "Ana Holm"),
    ("Ana Holm, director of the Holm Council, said his group contacted police after receiving "
     "complaints from the public.", "contacted", "Ana Holm"),
    ("OSLO BAY, Holmia - Sen. Ana Holm continued her attack on the plan on Saturday, casting "
     "it as a failure.", "attack", "Ana Holm"),
    ("The Holmvale, Holmia-based firm provides data on voters and also on adults like the ones "
     "the campaign hopes to register.", "register", None),
    # not a noun taken for a cue inside the description, nor a verb of a relative clause
    ("Tom Holm, head of the social policy think tank, the Holm Research Group, reviewed the "
     "studies.", "studies", None),
    ("Ana Holm, whose daughter Lena was found dead at home, is seeking damages.", "damages",
     None),
    ("Mr Holm, who on Thursday won damages from the Holm Times said he would stand again.",
     "stand again", "Holm"),
    ("Tom Holm, Ana Ruiz and other ministers said the plan would work.", "plan", None),
    ("Ana Ruiz, the mayor and Tom Holm said the plan would work.", "plan", "Tom Holm"),
    ("Ola Berg, Tom Holm said the plan would work.", "plan", "Tom Holm"),
    ("Mr Holm, Mr Berg and Mr Alba deny conspiring to commit fraud.", "fraud", "Alba"),
    ("After meeting Tom Holm, Holmsoft Trust said the plan would work.", "plan",
     "Holmsoft Trust"),
    ("Holmsoft Trust, the charity said the plan would work.", "plan", "Holmsoft Trust"),
    ("The Holm Times, a daily paper said the plan would work.", "plan", "Holm Times"),
]


# a role noun that is a surname after a given name ("Referee Tom Poll"), and a bare surname
# that is also a title or a body's word ("said King", "Fox told"): the person of the page; a
# name spelt out in brackets after its acronym is no person; "X is said to" is hearsay about
# X, said by no one named; "the magazine" after "US magazine X": X; a product named after its
# maker, and a team after "Former", are no person; "the Arsenal boss" is not another club's
# (a party or a country owns no role); a quotation running over paragraphs: its closing part,
# else the nearest attributed quotation before it (not a later quotation of the closing
# paragraph, nor the chain's first paragraph)
SURNAME_HEARSAY_AND_CHAIN_CASES = [
    ("Referee Tom Poll said he applied the laws of the game.", "applied the laws", "Tom Poll"),
    ("Referee Tom Poll defended the decision.\n\n“I asked him if he wanted a wall,” said Poll.",
     "wanted a wall", "Tom Poll"),
    ("Economist Ana King set out the case.\n\n“Rates will rise,” King added.", "Rates will rise",
     "Ana King"),
    ("Actor Liam Fox spoke first. Fox told the paper he was surprised by the hall.", "surprised",
     "Liam Fox"),
    ("A new poll said voters were split.", "split", None),
    ("But Ola Berg is doubtful. He designed the format called RSS (Really Simple Syndication), "
     "which lets users follow sites. He thinks its power lies elsewhere.", "power lies",
     "Ola Berg"),
    ("Mr Holm is said to have worked 18 hours a day.", "18 hours", None),
    ("Ms Berg is thought to be ready to quit.", "ready to quit", None),
    ("Mr Holm said to reporters that he was fine.", "fine", "Holm"),
    ("Ola Berg topped US magazine Holm Weekly's annual list.\n\n“Berg returned to centre stage,” "
     "the magazine reported.", "centre stage", "Holm Weekly"),
    ("Gamers wait for Holmtech's handheld device, Holmtech HX, says a site. Holmtech has a 95% share and "
     "said it expected to sell five million.", "five million", "Holmtech"),
    ("Former All Black star Ola Berg says he cannot wait.\n\nThe 29-year-old had an operation. "
     "“Now it is on!” said the giant winger.", "Now it is on", "Ola Berg"),
    ("Holm United boss Sir Tom Berg was angry. Alba spoke to reporters. “I have no relations "
     "with him,” the Arsenal boss was quoted as saying.", "no relations", None),
    ("Arsenal boss Ola Berg was angry. “I have none,” the Arsenal boss said.", "have none",
     "Ola Berg"),
    ("Labour MP Ola Berg spoke first.\n\n“I felt guilt,” said the Ealing North MP.", "guilt",
     "Ola Berg"),
    ("Scottish striker Ola Berg spoke.\n\n“I am not ready,” the Celtic striker said.", "not ready",
     "Ola Berg"),
    ("London mayor Ola Berg spoke on Monday. The mayor said the plan would work.", "plan would",
     "Ola Berg"),
    ("Manchester United boss Tom Berg said the team was tired. Arsenal drew. “We were unlucky,” "
     "the Arsenal boss said.", "unlucky", None),
    ("Ola Holm, the Arsenal boss, was angry. Tom Berg, the Manchester United boss, said the "
     "team was tired. “We were unlucky,” the Arsenal boss said.", "unlucky", None),
    ("Arsenal boss Ola Holm was angry. Manchester United boss Tom Berg was tired. “We were "
     "unlucky,” the Arsenal boss said.", "unlucky", "Ola Holm"),
    ("Ola Holm, the Arsenal boss, said the team was tired. Tom Berg, the Manchester United boss, "
     "said they were lucky. “We were unlucky,” the Arsenal boss said.", "unlucky", "Ola Holm"),
    ("New York Senator Ana Ruiz spoke first.\n\n“Checks are needed,” the Democrat senator "
     "said.", "Checks", "Ana Ruiz"),
    ("Real Madrid striker Ola Berg spoke.\n\n“I am not ready,” the England striker said.",
     "not ready", "Ola Berg"),
    ("The Mori Poll said voters were split.", "split", None),
    ("Holmtech's CEO (Ola Berg) spoke on Monday. She said the plan would work.", "plan would",
     "Ola Berg"),
    # a name in the object of a sentence whose subject is the pronoun that follows: that
    # pronoun goes on; "But Mr Holm from X said": the person, not the body
    ("For Ola Berg, director at Holmvision, the future is bright. He has worked on the Star "
     "Trek films, Finding Holm and Indiana Jones. “There was a time,” he told the paper.",
     "There was a time", "Ola Berg"),
    ("Ola Berg arrived. He met Tom Holm at noon. “It went well,” he said.", "went well",
     "Ola Berg"),
    ("But Mr Holm from Retail Banking Research said the number was low.", "number was low",
     "Holm"),
    # who opened the sentence before, past a description set off by commas; after a sentence
    # opening with "he", "the Irishman" is he; "the Holmco spokesman": the body, not its head;
    # a relative clause with no commas belongs to the subject before it
    ("Tom Holm said: “We can win.” Ola Berg, captain for the night and scorer of the second "
     "goal, echoed his manager. “They are on a high,” he said.", "on a high", "Ola Berg"),
    ("Ola Berg, captain for the night, echoed his manager. “They are on a high,” he said.\n\nHe "
     "conceded the win, which included goals from Jan Alba and Ines Ruiz, was not pretty. “It "
     "was not the best,” the Irishman said.", "not the best", "Ola Berg"),
    ("Ana Holm, head of Holmco, said last year its prices were too high. “We are bringing in "
     "new ranges,” the Holmco spokesman said.", "new ranges", "Holmco"),
    ("Scotland Yard said it had the report. A Scotland Yard spokesman said the paper handed it "
     "over. The police spokesman said it came on Monday.", "came on Monday", "Scotland Yard"),
    ("The 28-year-old host who also presents Stars In Their Eyes said she wanted new projects.",
     "new projects", None),
    ("The man who shot Tom Holm said nothing more.", "nothing more", None),
    # "the Arsenal boss": not the last man named "Sir" (a title that owns no club), nor the
    # paper relaying; without an owner, "Mr Holm" named last is the role's holder
    ("Ola Holm has stepped up his feud with Sir Tom Berg. “He is a disgrace,” Berg said. But "
     "later on Saturday, according to The Independent, Holm spoke to reporters. “I have no "
     "relations with him,” the Arsenal boss is quoted as saying.", "no relations", "Ola Holm"),
    ("Film star Ola Holm held a dinner. Lyric chairman Tom Berg said rebuilding was the answer. "
     "Mr Holm said the idea was to get help.\n\nThe Oscar-nominated actor said: “It gave me a "
     "start.”", "gave me a start", "Ola Holm"),
    # "Holm Research" is a firm, not research (not "Ana Holm of Argus Research", nor "New
    # Research")
    ("The popularity of the net has grown, say analysts Holm Research.", "popularity",
     "Holm Research"),
    ("According to Holm Research, 29% of people said they were technophobes.", "technophobes",
     "Holm Research"),
    ("“Markets fear the Fed,” said Ana Holm of Argus Research.", "Markets fear", "Ana Holm"),
    ("New Research said the market would grow.", "market would grow", None),
    ("The fans who came had fun, Ola Berg added.", "had fun", "Ola Berg"),
    ("Ola Berg topped the list of US magazine Holm PC.\n\n“We included only mobile items,” "
     "said the magazine.", "mobile items", "Holm PC"),
    ("Jan Alba has died aged 92. Chancellor Ana Ruiz said he would be “mourned”. Former "
     "colleague Lord Holm said his first reaction was “sadness”.\n\n“It was no surprise,” he "
     "said. “He was a decent man.\n\n“The party will be poorer without him.” Peer Lord Berg "
     "said that he and Lord Alba became friends. “You do not get to the top without it,” he "
     "said.", "poorer without him", "Holm"),
    ("An FA spokesman told the paper: “We are not taking action. “We have looked at it.” Ola "
     "Berg was concerned. “I see one referee in the first half,” said Berg. “If the FA ask me, "
     "I will tell them.\n\n“Maybe when I turn 60 I will have that power.", "turn 60",
     "Ola Berg"),
    ("Spurs boss Tom Holm said his team were “robbed”.\n\n“The referee wears an earpiece. “We "
     "feel robbed,” Holm added. “We did not play well.\n\n“We did not deserve it.” Midfielder "
     "Jan Alba could not believe it. “It was over the line,” he said. United boss Ana Ruiz "
     "agreed. “I think it hammers home the case,” Ruiz told the radio. “But I read an article "
     "the other day.\n\n“Thirty seconds is enough time. I think that would help.” Ola Berg "
     "also used the incident. “The whole world saw it,” said Berg.", "Thirty seconds",
     "Ana Ruiz"),
]


# the forty-fourth round: a speaker who goes on after reported speech, an intro that opens the
# next speaker's quotation, a closing "…, Lee said." after a pronoun's clause, "the
# 55-year-old Frenchman" and "the 20-year-old", a participle's object before "he", the firm a
# business page introduces, "the prime minister" unnamed, "chairman" and "she", initials after
# a role (invented, after BBC News shapes)
TURN_AFTER_REPORT_CASES = [
    ("The pair met. Tom Harlow told his party that rivals would “do anything, say anything, "
     "claim anything to cling on to office at all costs”. “So far this year they have compared "
     "me to a pig.”", "compared me", "Tom Harlow"),
    ("Police came. “The burglar was disturbed by Jim,” Paul Mills said. Jim Ross said he was "
     "“coming to grips” with it.\n\n“We lived in Leeds and I am very disappointed.”", "We lived",
     "Jim Ross"),
    ("Police came. “The burglar was disturbed by Jim,” Paul Mills said. Jim Ross said he was "
     "upset. Ann Ross said it was over.\n\n“We lived in Leeds and I am very disappointed.”",
     "We lived", None),
    ("Singer Tom Harlow spoke. The band had a question they asked themselves every time they "
     "wrote a song, Harlow said.", "a question", "Tom Harlow"),
    ("It said incentives were likely to be seen as gimmicks, MPs said.", "incentives", None),
    ("Anyone who thinks the deal is done is wrong, Tom Holm warned.", "deal is done", "Tom Holm"),
    ("Anyone who has seen the film warned it was long.", "was long", None),
    ("Arsenal manager Jacques Morel has signed a new contract.\n\nThe 55-year-old Frenchman "
     "told the club's website: “My intention has always been clear.”", "intention",
     "Jacques Morel"),
    ("Tony Blair has said immigration will be toughened up. Home Secretary Ian Clark will "
     "announce the plans. Mr Clark said the rules would change. Mr Clark added that fingerprints "
     "would be taken. Mr Blair spoke on Sunday. Mr Blair said the plans were fair.\n\nThe prime "
     "minister said no arbitrary figure could work.", "arbitrary", "Tony Blair"),
    ("Tony Blair has said immigration will be toughened up. Ian Clark will announce the plans. "
     "Mr Clark said the rules would change. Mr Clark added that fingerprints would be taken. Mr "
     "Blair spoke on Sunday. Mr Blair said the plans were fair.\n\nThe prime minister said no "
     "arbitrary figure could work.", "arbitrary", None),
    ("UKIP chairman Petrina Holm urged the men to step down.\n\nShe said: “The party has taken "
     "legal advice and will act.”", "legal advice", "Petrina Holm"),
    ("Kelly Holm won again. UK Athletics chief Max Jones believes it is likely Holm will race. "
     "He said: “It is worth a punt.” If Holm does take her place in the side, she has already "
     "indicated that 1500m will be her distance.", "1500m", "Kelly Holm"),
    ("“Customers are excited,” said Amazon's Kelly Holm.\n\nThe book is out in July. Max Jones "
     "said the plot was secret. She also revealed that a character will be killed.",
     "a character", None),
    ("Holm won an Oscar earlier this year for Spirited Away, Japan's first Academy Award. The "
     "new film is based on a novel by UK author Diana Wynne Jones. It tells the story of a woman "
     "who ages after falling under a spell. She heads to a castle kept by Howl, a wizard. A "
     "spokesman for distributor Toho said the film “has received strong interest from "
     "audiences”. “We have a good feeling about this film. We saw very good viewer response,” "
     "he added.", "good feeling", None),
    ("The book will be out in July, author JK Holm said.", "out in July", "JK Holm"),
    ("“The deal is a good one for both sides,” said investment bank JP Holm. It said the price "
     "was fair.", "price was fair", "JP Holm"),
    ("Ola Berg won the final. “It was great,” said Berg. Ivo Minar, ranked 158th in the world, "
     "was forced to pull out of the draw. “For me, this was a big success,” said the "
     "20-year-old.", "big success", "Ivo Minar"),
    ("Jose Ruiz has added to speculation linking him with a move to Madrid. The Spaniard "
     "believed he was talking to Madrid director Emilio Holm when he berated his team-mates. “I "
     "wish I was playing for Madrid,” the 21-year-old told a radio station.", "I wish",
     "Jose Ruiz"),
    ("“We wanted a second opinion,” coach Nigel Mell told the Citizen.\n\n“There is a conflict "
     "of interests.” Dan Pyke added: “I have told Nigel that I want to play on Saturday.”",
     "conflict", "Nigel Mell"),
    ("The winger is injured.\n\n“There is a conflict of interests.” Dan Pyke added: “I have told "
     "Nigel that I want to play on Saturday.”", "conflict", "Dan Pyke"),
    ("“We wanted a second opinion,” coach Nigel Mell told the Citizen.\n\n“There is a conflict "
     "of interests.” “I have told Nigel that I want to play on Saturday against the champions at "
     "home,” Dan Pyke added.", "conflict", "Dan Pyke"),
    ("Speaking in London, Tariq Ahmed said the group was on the run.\n\nBut standing next to Mr "
     "Tom Blake he added that it was crucial to act.", "crucial", "Tariq Ahmed"),
    ("Speaking in London, Tariq Ahmed said the group was on the run.\n\nStanding next to Mr Tom "
     "Blake he added that it was crucial to act.", "crucial", "Tariq Ahmed"),
    ("Ann Lee waited. When Tom Blake arrived, he said the talks went well.", "talks went",
     "Tom Blake"),
    ("Police came. Jim Ross said he was “coming to grips” with it.\n\n“We lived in Leeds and I "
     "am very disappointed.” At a press conference, Ann Ross gave details of the items. She said "
     "she wished she had worn them. “I always take them off at night.”", "take them off",
     "Ann Ross"),
    ("Their solicitor Tom Knight spoke.\n\n“There is no offence,” he said. “If Parliament "
     "wanted it to be an offence it should have said so. “We are not guilty of it.” They will "
     "appear in court on 21 December, a police spokesman said.", "not guilty", "Tom Knight"),
    ("Their solicitor Tom Knight spoke.\n\n“We will fight this charge in court and we will "
     "win.” Police spokesman Ian Holm said.", "fight this", "Ian Holm"),
    ("German airline Holmair has returned to profit.\n\nIn a report, the airline announced "
     "profits of 400m euros.", "400m", "Holmair"),
    ("US-German carmaker Valdomotors has sold more cars.\n\nSales totalled 3.9 million units, "
     "the company said.", "3.9 million", "Valdomotors"),
    ("Irish publishing group Holm News & Media is buying a stake in Indian newspaper company "
     "Jagran. Jagran publishes a daily. News of the deal came as the group announced that its "
     "results would meet forecasts.", "results would", "Holm News & Media"),
    ("Film director Ola Berg spoke at the launch.\n\nThe company said profits would fall.",
     "profits would", None),
    ("Ann Lee sold the business Tom Berg had built.\n\nThe company said profits would fall.",
     "profits would", None),
    ("Tory leader Tom Hale has dismissed Ian Brown's budget.\n\nTaxes would go up, Mr Hale said. "
     "The campaign would not be helped, Mr Hale added.\n\nMr Brown's budget was “all about the "
     "interests of the party,” the Tory leader said after welcoming the chancellor back. He went "
     "on to accuse Mr Brown of giving with one hand. He urged the chancellor to admit it. “We "
     "can all see the sweeteners, but they hide the tax rises.”", "sweeteners", "Tom Hale"),
]


@pytest.mark.parametrize("text,fragment,speaker", [
    *SURNAME_HEARSAY_AND_CHAIN_CASES, *COLON_AND_BODY_LIST_CASES, *OPEN_DESCRIPTION_CASES,
    *PEER_AND_RELATIVE_CASES, *AUTHOR_AND_CLAUSE_CASES, *PERFECT_SOURCE_AND_STRESS_CASES, *STAFF_AND_BODY_NAME_CASES, *INVERTED_OBJECT_CUE_CASES, *RUSSIAN_AND_UKRAINIAN_HEAD_CASES,
    *OWNED_STATEMENT_CASES, *REAL_NEWS_SPEAKER_CASES, *NEXT_PARAGRAPH_CASES, *FAMILY_CASES,
    *GERMAN_TITLE_CASES, *UNTITLED_LEADER_CASES, *NAME_AFFIX_CASES, *FRENCH_INVERSION_CASES,
    *CUE_AND_ROLE_CASES, *SUBJECT_SHAPE_CASES, *FRENCH_EPITHET_CASES, *GERMAN_SPEECH_CASES,
    *OWNER_ROLE_CASES, *FRESH_PAGE_CASES, *RUSSIAN_ROLE_CASES, *GERMAN_COURT_CASES,
    *OFFICE_NAME_CASES, *PARTICIPLE_OPENER_CASES, *DEMONYM_CASES, *HEARSAY_CASES, *MAY_CASES,
    *MODIFIER_CASES, *OCCUPATION_CASES, *QUOTE_TURN_CASES, *NAME_SHAPE_CASES, *PARTICIPLE_CASES,
    *GENDER_CASES, *CAPITAL_LABEL_CASES, *PAGE_SHAPE_CASES, *BODY_NOUN_CASES,
    *GENERATED_FORM_CASES, *APPOSITIVE_ROLE_CASES, *PLACE_AND_TRANSCRIPT_CASES, *ROLE_PHRASE_CASES,
    *SUBJECT_CASE_CASES, *OBJECT_AND_OPENING_CASES, *AUXILIARY_AND_LABEL_CASES,
    *NARRATION_CUE_CASES, *SURNAME_AGE_AND_NESTING_CASES, *SET_OFF_SUBJECT_AND_COMPLEMENT_CASES,
    *ROLELESS_HOLDER_CASES, *OBJECT_RELATIVE_AND_MEDIUM_CASES, *EPITHET_AND_FIELD_CASES,
    *INTERVIEW_CASES, *STATEMENT_AND_COORDINATION_CASES, *COMPANION_AND_LABEL_CASES,
    *SUBJECT_POSITION_CASES, *VOCABULARY_AND_ACRONYM_CASES, *TURN_AND_BODY_CASES,
    *VOICE_AND_JUDGEMENT_CASES, *COUNTRY_AND_GENDER_CASES, *RELATIVE_AND_AGAIN_CASES,
    *DEMONYM_AND_IMPERSONAL_CASES, *SPOKESPERSON_CASES, *DESCRIBED_BODY_CASES,
    *CROWD_AND_PASSIVE_CASES, *NOUN_AND_PARTICIPLE_CASES, *GIVEN_NAME_AND_CHAIN_CASES,
    *TURN_AFTER_REPORT_CASES,
])
def test_speaker_of_the_claim(text, fragment, speaker):
    claim = next(c for c in extract_from_text(text) if fragment in c.text)
    assert (claim.speaker.name if claim.speaker else None) == speaker


def test_generated_cue_forms_follow_their_verbs():
    """cue_forms.tsv is written from cue_lemmas.tsv by training/expand_cue_forms.py: every form
    stands under a verb of its language, English lemma and class that cue_lemmas.tsv still
    lists (a verb taken out of cue_lemmas.tsv leaves no form behind), and each verb has
    forms."""
    from importlib import resources

    rules = resources.files("compare").joinpath("rules")
    rows = lambda name: [line.split("\t") for line in rules.joinpath(name).read_text(  # noqa: E731
        encoding="utf-8").splitlines() if line and not line.startswith("#")]
    verbs = {(lang, english, cls) for lang, _, english, cls in rows("cue_lemmas.tsv")}
    forms = {(lang, english, cls) for lang, _, english, cls in rows("cue_forms.tsv")}
    assert forms <= verbs
    assert len(forms) > 0.9 * len(verbs)


def test_no_cue_opens_with_a_frequent_english_word():
    """A sentence holding a word that can open a cue is read in full; a cue opening with "a"
    or "the" (as "a juicio de" did) made English pages 5 % slower to read."""
    from compare.claims.cues import cue_lexicon

    frequent = set("a an the to of in on at and or is was it he she for with as by that this be "
                   "are were has have had not but from they we you i his her their its".split())
    assert not frequent & set(cue_lexicon())


# wire-service and foreign-desk ways of naming a speaker, read in real multi-outlet pages and
# written here in invented words: (text, fragment, kind, mention, speaker, via) of the claim
WIRE_STORY_CASES = [
    # an English role ending like a French adjective is still a role ("official", "captain")
    ("A senior official said the plan was dead.", "plan", "reported", "A senior official", None,
     None),
    ("The plan is dead, said a former official.", "plan", "reported", "a former official", None,
     None),
    ("The team captain said the plan was dead.", "plan", "reported", "The team captain", None,
     None),
    # what a role was doing, set off by commas, names no one who holds it
    ("A senior defence official, speaking to the BBC's correspondent Paul Holm, said that "
     "lessons were learned.", "lessons", "reported", "A senior defence official", None,
     "BBC's correspondent Paul Holm"),
    ("The lawsuit, filed in Holm County, alleges the firm misled buyers.", "misled", "reported",
     "The lawsuit", None, None),
    # (but a name's set-off clause stays with the name, whom "he" then stands for)
    ("But Holmby, speaking exclusively to BBC Sport, also admits Garrow, who has been linked "
     "with Chelsea, will have the final say on his future. He told BBC Five Live: “Steven is "
     "above money.”\n\nHolmby joined the club in 1998. He managed to keep Steven Garrow.",
     "above money", "quote", "He", "Holmby", "BBC Five Live"),
    # a medium set off at the end of the sentence relays the speaker named before it
    ("Lin Holm said the date was not set, Xinhua News Agency reported.", "date", "reported",
     "Lin Holm", "Lin Holm", "Xinhua News Agency"),
    ("Lin Holm said the date was not set, the Kyodo report said on Friday.", "date", "reported",
     "Lin Holm", "Lin Holm", "the Kyodo report"),
    ("“The date is not set,” Lin Holm said, the Associated Press reported.", "date", "quote",
     "Lin Holm", "Lin Holm", "the Associated Press"),
    ("Prosecutors said Holm was a salesman, news agency Associated Press reported.", "salesman",
     "reported", "Prosecutors", None, "news agency Associated Press"),
    # a newspaper speaks for itself
    ("The date was not set, the newspaper said.", "date", "reported", "the newspaper", None,
     None),
    ("Vedomosti newspaper reported that the authorities made the demand.", "demand", "reported",
     "Vedomosti newspaper", "Vedomosti", None),
    ("“His name no longer sells films,” said Le Figaro newspaper.", "sells", "quote",
     "Le Figaro newspaper", "Le Figaro", None),
    # whom a verb lets act is no speaker
    ("Cameras are helping newspapers add immediacy to their stories.", "immediacy",
     "narration", None, None, None),
    ("Disappointing economic reports dented the currency.", "currency", "narration", None, None,
     None),
    # an office's name before the role; a dateline before the sentence is no part of it
    ("OSLO - The fisheries minister said a deal was close.", "deal", "reported",
     "The fisheries minister", None, None),
    ("Rome, SANA- Agriculture Minister Ana Holm underlined the need for trade.", "trade",
     "reported", "Agriculture Minister Ana Holm", "Ana Holm", None),
    ("Valdorian Oil Minister Bijan Holmi spoke on the radio. “Such claims are propaganda,” the "
     "Valdorian oil minister said.", "propaganda", "quote", "the Valdorian oil minister",
     "Bijan Holmi", None),
    ("Yet aviation analyst Mike Holm of Holmberg Securities says the surcharge is too small.",
     "surcharge", "reported", "aviation analyst Mike Holm of Holmberg Securities", "Mike Holm",
     None),
    # a surname of two words, written alone after the full name
    ("The Minister of Agriculture Abbas Hajj Holm said talks went well. Hajj Holm stressed in an "
     "interview that “the mood is good.”", "mood", "quote", "Hajj Holm", "Abbas Hajj Holm",
     None),
    # "al" and an infinitive after a Spanish cue: when, not who
    ("El director de Comunicaciones, Roberto Holm Marín, habló.\n\n“No hay interés en este "
     "tema”, dijo al conversar con la prensa en el Palacio Nacional.", "interés", "quote", None,
     "Roberto Holm Marín", None),
    # the German medium told, in the dative, after the verb or after the speaker
    ("„Wir prüfen den Fall“, sagte eine Sprecherin des Innenministeriums der Nachrichtenagentur "
     "dpa.", "prüfen", "quote", "eine Sprecherin des Innenministeriums", None,
     "Nachrichtenagentur dpa"),
    ("Die Sprecherin des Ministeriums sagte am Montag der Deutschen Presse-Agentur, man prüfe den "
     "Fall.", "prüfe", "reported", "Die Sprecherin des Ministeriums", None,
     "Deutschen Presse-Agentur"),
    ("„Wir prüfen“, sagte der Sprecher dem Sender Holm.", "prüfen", "quote", "der Sprecher",
     None, "Sender Holm"),
    # an interview given to a medium
    ("Dans une interview accordée à Holm TV, Ana Holm a annoncé : « Nous avons lancé un plan. »",
     "plan", "quote", "Ana Holm", "Ana Holm", "Holm TV"),
    ("In an interview given to Holm Radio, Ann Holm said the plan was ready.", "ready",
     "reported", "Ann Holm", "Ann Holm", "Holm Radio"),
    ("En una entrevista en Antena 3, Holmoy ha asegurado que está convencido.", "convencido",
     "reported", "Holmoy", "Holmoy", "Antena 3"),
    ("In an interview on CNN, Ann Holm said she was convinced.", "convinced", "reported",
     "Ann Holm", "Ann Holm", "CNN"),
    # Russian: a medium's verb in the present closing the sentence relays its speaker (not a
    # person's past "сообщил"); the medium after the speaker "цитирует" names; initials
    ("«Мы прервемся», — сказал Холмов, передает ТАСС.", "прервемся", "quote", "Холмов",
     "Холмов", "ТАСС"),
    ("Холмов сказал, что совещание возобновится, сообщает «Интерфакс».", "возобновится",
     "reported", "Холмов", "Холмов", "Интерфакс"),
    ("Холмов сказал, что совещание возобновится, пишет издание «Ведомости».", "возобновится",
     "reported", "Холмов", "Холмов", "издание «Ведомости»"),
    ("Холмов сказал, что совещание возобновится, сообщил Петров.", "возобновится", "reported",
     "Холмов", "Холмов", None),
    ("«Мы прервемся» – цитирует Холмова РБК-Украина.", "прервемся", "quote", "Холмова", "Холмов",
     "РБК-Украина"),
    ("«Мука есть» – цитирует слова Н. Холмюка РБК-Украина.", "Мука", "quote", "Н. Холмюка",
     "Н. Холмюк", "РБК-Украина"),
    ("Николай Холмюк министр аграрной политики Украины заявил, что муки хватит.", "муки",
     "reported", "Николай Холмюк министр аграрной политики Украины", "Николай Холмюк", None),
    # a name of capitals and digits speaks ("AT5", "G7"); "per" a medium is according to it
    ("According to the AP, local broadcaster AT5 suggested that the man was armed.", "armed",
     "reported", "local broadcaster AT5", "AT5", "the AP"),
    ("The G7 said the talks would go on.", "talks", "reported", "The G7", "G7", None),
    ("The store was closed, per the AP.", "closed", "reported", "the AP", "AP", None),
    ("Per the AP, the store was closed.", "closed", "reported", "the AP", "AP", None),
    # passives of "mention" and "describe" say something of their subject
    ("Holm has been mentioned as a possible suitor.", "suitor", "narration", None, None, None),
    ("Holm has been described as a genius.", "genius", "narration", None, None, None),
    # a medium spoken to relays; its name is no one a role or a pronoun stands for
    ("Speaking to Holm Online on condition of anonymity, the diplomat says the talks failed.",
     "talks", "reported", "the diplomat", None, "Holm Online"),
    # a medium closing the sentence after a quotation that ends with its comma
    ("Holmi claimed that “the embassy is a centre for spies,” Fars News reported.", "spies",
     "quote", "Holmi", "Holmi", "Fars News"),
    # a title word of no role noun's kind ("head") before "of" and an office's name, then the
    # name: the whole title stays the mention
    ("The head of the Ministry of Foreign Affairs Ana Holm said the talks would go on.", "talks",
     "reported", "The head of the Ministry of Foreign Affairs Ana Holm", "Ana Holm", None),
    ("The head of European diplomacy Kaja Holm said the talks would go on.", "talks", "reported",
     "The head of European diplomacy Kaja Holm", "Kaja Holm", None),
    # Ukrainian relays at the sentence's end, after a backward "Про це …" too
    ("Міністр Юрій Холмець виступив. Про це він сказав в ефірі, передає Укрінформ.", "ефірі",
     "reported", "він", "Юрій Холмець", "Укрінформ"),
    ("Про це Холмець заявив під час зустрічі, повідомляє кореспондент Укрінформу.", "зустрічі",
     "reported", "Холмець", "Холмець", "кореспондент Укрінформу"),
    ("Об этом Холмов заявил журналистам, передает ТАСС.", "журналистам", "reported", "Холмов",
     "Холмов", "ТАСС"),
    # German: "fuhr … fort" continues; a lowercase word after the speaker is an adverb
    ("„Das ist gut“, fuhr der Minister fort.", "gut", "quote", "der Minister", None, None),
    ("„Es war leicht“, bemerkte der Minister sanft.", "leicht", "quote", "der Minister", None,
     None),
    # Russian names given in the genitive: "по словам" a role and a name puts both in the
    # nominative; a surname written later in the nominative renames the person; "тот" is the
    # man named last, in whatever case
    ("По словам министра Марии Холмовой, все хорошо.", "хорошо", "reported",
     "министра Марии Холмовой", "Мария Холмова", None),
    ("По словам министра Ивана Холмова, все хорошо.", "хорошо", "reported",
     "министра Ивана Холмова", "Иван Холмов", None),
    ("По словам министра обороны России, все хорошо.", "хорошо", "reported",
     "министра обороны России", None, None),
    ("Заявление оружейника Владислава Холмаева опубликовано. Холмаев заявил, что все хорошо.",
     "все хорошо", "reported", "Холмаев", "Владислав Холмаев", None),
    ("Опубликовано заявление министра Марии Холмовой. Холмова заявила, что все хорошо.",
     "все хорошо", "reported", "Холмова", "Мария Холмова", None),
    ("Заявление Марии Холмовой опубликовано. Холмова заявила, что все хорошо.", "все хорошо",
     "reported", "Холмова", "Холмова", None),
    ("Губернатор Иван Холмонов опубликовал пост. Он выложил заявление оружейника Владислава "
     "Холмаева. Тот назвал губернатора «солью земли».", "солью", "reported", "Тот",
     "Владислав Холмаев", None),
    ("Иван Холмонов встретился с Марией Холмовой. Тот заявил, что все хорошо.", "хорошо",
     "reported", "Тот", "Иван Холмонов", None),
    # a spokesperson's title-cased word is a role, not part of a body's name
    ("Referring to the press, the Foreign Office Spokesperson said the article was a fabrication.",
     "fabrication", "reported", "the Foreign Office Spokesperson", "Foreign Office", None),
    # "So said X." after a quotation is its speaker; "X took to Twitter to say"
    ("“We will not back down.” So said Ann Holm, the union leader.", "back down", "quote",
     "Ann Holm", "Ann Holm", None),
    ("Holm took to Twitter to say that the union would not back down.", "union", "reported",
     "Holm", "Holm", None),
    ("Holm took to social media to say the union would not back down.", "union", "reported",
     "Holm", "Holm", None),
    # who issued a statement, a letter or a video "saying" speaks (not a statement only read)
    ("Holmes issued a statement saying the figures were wrong.", "figures", "reported",
     "Holmes", "Holmes", None),
    ("The Holm Society put out a statement saying the figures were wrong.", "figures",
     "reported", "The Holm Society", "Holm Society", None),
    # negatives: a name's set-off clause keeps its name; an author after "by"; "saw" is no
    # causative; a body set off at the end is no medium; a bare "der Zeitung" names no medium;
    # an unspaced hyphen inside a name; a year is no name; "per" a figure; reporters are no
    # medium, nor is a day; a French adjective after the role stays in the mention; "took"
    # with no medium; a statement read, not issued
    ("Ann Holm, speaking in Paris, said that lessons were learned.", "lessons", "reported",
     "Ann Holm", "Ann Holm", None),
    ("The study, carried out by professor Ann Holm, says the limit would save lives.", "lives",
     "reported", "The study", "Ann Holm", None),
    ("The trial saw Ann Holm deny the charges.", "charges", "reported", "Ann Holm", "Ann Holm",
     None),
    ("Lin Holm said the date was not set, the ministry said.", "date", "reported", "Lin Holm",
     "Lin Holm", None),
    ("„Wir prüfen“, sagte Holm der Zeitung.", "prüfen", "quote", "Holm", "Holm", None),
    ("„Wir prüfen“, sagte der Chef der Zeitung am Montag.", "prüfen", "quote", "der Chef", None,
     None),  # (whose head he is: no medium told)
    ("Jean-Marie Holm said a deal was close.", "deal", "reported", "Jean-Marie Holm",
     "Jean-Marie Holm", None),
    ("The 2024 budget said the talks would go on.", "talks", "narration", None, None, None),
    ("Profits rose 5 per cent, the firm said.", "Profits", "reported", "the firm", None, None),
    ("Shares rose to $5 per share.", "Shares", "narration", None, None, None),
    ("Income rose, per capita, by five percent.", "Income", "narration", None, None, None),
    ("Per capita income rose by five percent.", "income", "narration", None, None, None),
    ("Workers were paid per the contract.", "paid", "narration", None, None, None),
    ("Holm took time to say goodbye.", "goodbye", "narration", None, None, None),
    ("Holmes read a statement saying the figures were wrong.", "figures", "reported",
     "a statement", None, None),
    ("Speaking to reporters, the minister said the plan was ready.", "plan", "reported",
     "the minister", None, None),
    ("In an interview on Sunday, Ann Holm said she was convinced.", "convinced", "reported",
     "Ann Holm", "Ann Holm", None),
    ("« C'est bien », a déclaré le président guinéen.", "bien", "quote", "le président guinéen",
     None, None),
    # the medium told in Spanish, French and Russian relays the statement
    ("Carlos Vega dijo a Reuters que las conversaciones habían fracasado.", "conversaciones",
     "reported", "Carlos Vega", "Carlos Vega", "Reuters"),
    ("Carlos Vega explicó a la emisora Cadena SER que el plan fracasó.", "plan", "reported",
     "Carlos Vega", "Carlos Vega", "la emisora Cadena SER"),
    ("Carlos Vega a déclaré à l'AFP que les négociations avaient échoué.", "négociations",
     "reported", "Carlos Vega", "Carlos Vega", "l'AFP"),
    ("\"Las conversaciones fracasaron\", dijo Carlos Vega a Reuters.", "conversaciones",
     "quote", "Carlos Vega", "Carlos Vega", "Reuters"),
    ("\"Las conversaciones fracasaron\", dijo el ministro del Interior a la agencia EFE.",
     "conversaciones", "quote", "el ministro del Interior", None, "la agencia EFE"),
    ("« Les négociations ont échoué », a confié le ministre au Figaro.", "négociations",
     "quote", "le ministre", None, "Figaro"),
    ("Карлос Вега сказал ТАСС, что переговоры провалились.", "переговоры", "reported",
     "Карлос Вега", "Карлос Вега", "ТАСС"),
    # state agency copy: a place and a comma before the name, a reply named as a noun, a
    # role and a title before the name, "reaffirmed"
    ("London, Omar bin Karim Al-Harbi, Minister of State for Fisheries, affirmed that the "
     "port would reopen.", "port", "reported", "Omar bin Karim Al-Harbi",
     "Omar bin Karim Al-Harbi", None),
    ("Prince Omar bin Karim, Minister of Fisheries, in his reply to the journalists, stated "
     "that the port would reopen.", "port", "reported", "Prince Omar bin Karim",
     "Omar bin Karim", None),
    ("Ann Holm, analyst and author of a report on fishing, said the quotas were too low.",
     "quotas", "reported", "Ann Holm", "Ann Holm", None),
    ("For his part, the Secretary General of the Harbour Council Dr. Khalid Al-Harbi "
     "reaffirmed that the port would reopen.", "port", "reported",
     "the Secretary General of the Harbour Council Dr. Khalid Al-Harbi", "Khalid Al-Harbi",
     None),
    ("Vigo, September 11, 2018, SPA -- Minister of Fisheries Omar bin Karim stressed that the "
     "port would reopen.", "port", "reported", "Minister of Fisheries Omar bin Karim",
     "Omar bin Karim", None),
    ("But Holm United reasserted their authority in the final minutes.", "authority",
     "narration", None, None, None),
    # agency copy from smaller capitals: a title with no article, an initial before the
    # surname, "said to" a medium
    ("Prime Minister Karl Vesterberg spoke on Monday. According to Prime Minister, the two "
     "men just had a talk.", "talk", "reported", "Prime Minister", "Karl Vesterberg", None),
    ("Fisheries minister Lars Holm met the deputy. L. Holm told the deputy that the quotas "
     "were fair.", "quotas", "reported", "L. Holm", "Lars Holm", None),
    ("Ann Holm, the governor, spoke on Monday. \"The suspects are now in custody,\" Holm said "
     "to Harbour TV.", "suspects", "quote", "Holm", "Ann Holm", "Harbour TV"),
    ("Karl Vesterberg spoke on Monday. Prime Minister said the talks failed.", "talks",
     "reported", "Prime Minister", None, None),
    ("Lars Holm and Karin Holm met the deputy. K. Holm told the deputy that the quotas were "
     "fair.", "quotas", "reported", "K. Holm", "Karin Holm", None),
    ("Holm said to media representatives that the quotas were too low.", "quotas", "reported",
     "Holm", "Holm", None),
    # "X made the remarks while …" closes what X said before it (the plain sentence before,
    # or the last of the plain paragraph before); not after quotations, nor an announcement
    ("Holmland is ready to work with all parties. Wang Lin made the remarks while meeting "
     "the visiting minister.", "all parties", "reported", "Wang Lin", "Wang Lin", None),
    ("Holmland is ready to work with all parties.\nWang Lin made the remarks while meeting "
     "the visiting minister.", "all parties", "reported", "Wang Lin", "Wang Lin", None),
    ("Holmland is ready to work with all parties. Wang Lin made the remarks while meeting "
     "the visiting minister.", "made the remarks", "reported", "Wang Lin", "Wang Lin", None),
    ("Holmland is ready to help. Foreign Ministry spokesman Geng Lin made the comment on "
     "Monday.", "ready to help", "reported", "Foreign Ministry spokesman Geng Lin", "Geng Lin",
     None),
    ("\"We must act,\" Wang Lin said. Ann Holm was an advocate of the port. Wang Lin made his "
     "remarks on Monday.", "advocate", "narration", None, None, None),
    ("Holmtech will launch a search tool. The market is crowded.\nHoltech made the "
     "announcement on Monday.", "crowded", "narration", None, None, None),
    ("The port will reopen, officials said. The market is crowded.\nWang Lin made the "
     "remarks on Monday.", "crowded", "narration", None, None, None),
    # the English of Ukrainian and Russian agencies: "This was stated by X", "X said this in
    # …", "That is according to X" tell who said the sentence before
    ("The port will reopen on Friday. This was stated by Fisheries Minister Ivan Kholmiuk "
     "during a briefing, an Ukrinform correspondent reports.", "reopen", "reported",
     "Fisheries Minister Ivan Kholmiuk", "Ivan Kholmiuk", "Ukrinform"),
    ("The port will reopen on Friday. This was announced by the Ministry of Fisheries on "
     "Telegram.", "reopen", "reported", "the Ministry of Fisheries", "Ministry of Fisheries",
     None),
    ("The port will reopen on Friday. Kholmiuk stated this on Facebook.", "reopen",
     "reported", "Kholmiuk", "Kholmiuk", None),
    ("The port will reopen on Friday. That is according to a statement from the Ministry of "
     "Fisheries.", "reopen", "reported", "a statement from the Ministry of Fisheries",
     "Ministry of Fisheries", None),
    ("The port will reopen on Friday. The airline said that at the end of the year it would "
     "fly.", "reopen", "narration", None, None, None),
    ("The port will reopen on Friday. Kholmiuk said this was wrong.", "reopen", "narration",
     None, None, None),
    ("\"We will not stop until the port is open.\" Those were the words of Mayor Ann Holt on "
     "Monday.", "not stop", "quote", "Mayor Ann Holt", "Ann Holt", None),
    # "the statement" is theirs who spoke in it or issued it, when the page names them
    ("The Holmish foreign ministry said in a statement that the port was closed. The "
     "statement added that talks would continue.", "talks", "reported",
     "The Holmish foreign ministry", "Holmish foreign ministry", None),
    ("The Holmish foreign ministry issued a statement on Monday. \"Talks will continue,\" the "
     "statement said.", "Talks", "quote", "The Holmish foreign ministry",
     "Holmish foreign ministry", None),
    ("The club said in its statement that talks would continue. The statement said the offer "
     "was low.", "offer", "reported", "The statement", None, None),
    # a spokeswoman for the president holds no presidency
    ("Ana Ruiz, spokeswoman for the president, said the port would reopen. Later, the "
     "president said the quay would be rebuilt.", "quay", "reported", "the president", None,
     None),
    # an audience, someone at a medium, an English article: no medium told
    ("Carlos Vega dijo a los periodistas que las conversaciones habían fracasado.",
     "conversaciones", "reported", "Carlos Vega", "Carlos Vega", None),
    ("Carlos Vega dijo al director del diario El País que el plan fracasó.", "plan",
     "reported", "Carlos Vega", "Carlos Vega", None),
    ("«Переговоры провалились», — сообщил ТАСС.", "Переговоры", "quote", "ТАСС", "ТАСС", None),
    ("Holmtech has also announced a media adapter, which will play music.", "adapter",
     "reported", "Holmtech", "Holmtech", None),
]


@pytest.mark.parametrize("text,fragment,kind,mention,speaker,via", WIRE_STORY_CASES)
def test_wire_story_claims(text, fragment, kind, mention, speaker, via):
    claim = claim_with(extract_from_text(text), fragment)
    assert (claim.kind, claim.speaker_mention, claim.speaker.name if claim.speaker else None,
            claim.via) == (kind, mention, speaker, via)


@pytest.mark.parametrize("text,via", [
    ("The traders could face jail, Reuters reported Holmfin as saying.", None),
    ("Ten directors agreed to pay, reports say.", None),
    ("Lin Holm told Holm News US policy was clear.", "Holm News US"),
])
def test_a_medium_closing_or_told_is_a_name_not_a_clause(text, via):
    """The words before "reported" or after "told" relay a claim only as a medium's name (an
    office word after it begins what was said)."""
    assert extract_from_text(text)[-1].via == via


def test_a_german_role_before_a_medium_heads_it_and_tells_it_nothing():
    """"sagte der Chef der Nachrichtenagentur X": the agency's head, no medium he told."""
    claim = extract_from_text("„Wir prüfen“, sagte der Chef der Nachrichtenagentur Holm.")[0]
    assert claim.via is None


# (text, speaker mention, speaker, cue, what was said): a phrase set off by commas between
# the subject and its speech verb (a relative, a participle, a prepositional phrase) holds
# neither the speaker nor the cue
SET_OFF_CASES = [
    ("Ana Holt, who last year denied she would run, said the plan was dead.", "Ana Holt",
     "Ana Holt", "said", "the plan was dead"),
    ("Lady Ann Holt, sitting with Lords Bingley, Stone and Carr, said the rules were unfair.",
     "Lady Ann Holt", "Ann Holt", "said", "the rules were unfair"),
    ("The mayor, in a letter announcing her resignation, said she was tired.", "The mayor",
     None, "said", "she was tired"),
    ("Senator Mark Dale, in a tweet responding to the governor, said the budget was a "
     "disgrace.", "Senator Mark Dale", "Mark Dale", "said", "the budget was a disgrace"),
    ("The mayor, when asked about the port, said it would reopen.", "The mayor", None, "said",
     "it would reopen"),
    ("The mayor, in a tweet on Monday, said she was tired.", "The mayor", None, "said",
     "she was tired"),
    # a participle after the clause is the speaker's verb
    ("The mayor hit back, saying the budget was a disgrace.", "The mayor", None, "saying",
     "the budget was a disgrace"),
    ("Officials, in a statement, said the port was closed.", "Officials", None, "said",
     "the port was closed"),
]


@pytest.mark.parametrize("text,mention,speaker,cue,said", SET_OFF_CASES)
def test_a_set_off_phrase_is_neither_speaker_nor_cue(text, mention, speaker, cue, said):
    claim = extract_from_text(text)[0]
    assert (claim.speaker_mention, claim.speaker.name if claim.speaker else None, claim.cue,
            claim.said) == (mention, speaker, cue, said)
