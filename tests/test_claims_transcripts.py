"""Interviews and press conferences printed as transcripts: whose turn each sentence is
(table-driven, with the headings, bylines and lists that must stay nobody's)."""

import pytest

from compare.claims import extract_from_text

LABELLED = "\n".join([
    "Full text",
    "MARK HOLT",
    "Our guest this morning is the fisheries minister. Good morning.",
    "ANA RUIZ",
    "Good morning to you.",
    "MARK HOLT",
    "Will the port reopen this week?",
    "ANA RUIZ",
    "We hope so. The inspection is not finished, and I will take no risks with the crews.",
])
QA = "\n".join([
    "Entretien de M. Paul Ferrand, ministre de la Mer, avec Radio Côte (Brest, 4 mai 2021)",
    "Q - Bonjour Monsieur le ministre.",
    "R - Bonjour.",
    "Q - Le port rouvrira-t-il cette semaine ?",
    "R - Nous l'espérons. L'inspection n'est pas terminée.",
    "Un mot sur les pêcheurs ?",
    "R - Ils seront payés.",
])
ON_AIR = "\n".join([
    "Interview with Ana Ruiz, Minister of Fisheries, on Radio Norte (Vigo, 3 May 2021)",
    "Q: Will the port reopen this week?",
    "A: We hope so. The inspection is not finished.",
])
GERMAN = "\n".join([
    "Interview mit Anna Berg, Fischereiministerin",
    "Frage: Wird der Hafen diese Woche geöffnet?",
    "Antwort: Wir hoffen es. Die Prüfung ist nicht abgeschlossen.",
])
SPANISH = "\n".join([
    "La ministra de Pesca, Ana Ruiz, habló con este diario en Vigo.",
    "—¿Abrirá el puerto esta semana?",
    "—Esperamos que sí. La inspección no ha terminado.",
])
PLAIN_ANSWERS = "\n".join([
    "El ministro de Economía, Carlos Vega, habló con este diario sobre la renuncia.",
    "—¿Usted le pidió la renuncia a la ministra?",
    "No. Es un tema que hemos conversado.",
    "—Sabemos que la invitó a dar un paso al costado.",
    "Hemos conversado, pero es su decisión.",
    "Nosotros tenemos una lucha frontal contra la corrupción.",
    "—¿Ya tienen un reemplazo?",
    "Temporalmente el cargo será asumido por la viceministra.",
])
MEETING = "\n".join([
    "Meeting with port workers",
    "Ana Ruiz: Good afternoon, colleagues.",
    "We have a lot to discuss today. The port will reopen on Friday.",
    "Question: Will the quay be rebuilt?",
    "Mark Holt: I think it will, in spring.",
    "The crews are ready.",
])
OFFICIAL = "\n".join([
    "Meeting with port workers",
    "President of Holmland Ivan Kholmov: Good afternoon, colleagues.",
    "We have a lot to discuss today.",
    "Question: Will the quay be rebuilt?",
    "Ivan Kholmov: Yes. The work starts in spring.",
])
TWO_LABELS = "\n".join([
    "Ana Ruiz won the vote and Mark Holt lost it.",
    "Ana Ruiz: This is a victory for the whole town.",
    "Mark Holt: We will be back.",
    "The count ended at midnight.",
])
COLON = "\n".join([
    "MARK HOLT: Will the port reopen this week?",
    "ANA RUIZ: We hope so. The inspection is not finished.",
])
BRIEFING = "\n".join([
    "MS. HOLMES: Good afternoon. The port will reopen on Friday. We expect the first boats.",
    "Q Will the crews be paid?",
    "THE MAYOR: They will. Nobody loses a month of wages.",
])
DAILY = "\n".join([
    "Daily Press Briefing",
    "MS. HOLMES: Good afternoon, everyone. I have one item at the top.",
    "We welcome the agreement the two ports signed today. It is an important step.",
    "QUESTION: Will the crews be paid?",
    "The ports have said nothing about it.",
    "MS. HOLMES: They will.",
])
BROADCAST = "\n".join([
    "MARK HOLT, HARBOUR OFFICE SPOKESMAN: The port will reopen on Friday.",
    "The crews will be paid in full.",
    "HOLT: Also this morning, the harbour office signed a new contract.",
    "Boats will sail at noon.",
])
RUSSIAN = "\n".join([
    "Стенограмма брифинга официального представителя министерства И.Холмова",
    "И.Холмов: Добрый день. Порт откроется в пятницу.",
    "Мы ожидаем первые суда в полдень.",
    "Вопрос: Получат ли экипажи зарплату?",
    "Об этом пока ничего не известно.",
    "ВЕДУЩИЙ: Спасибо.",
    "На этом брифинг окончен.",
])
MAGAZINE = "\n".join([
    "Der Minister Karl Holm über den Hafen und die Fischer.",
    "SPIEGEL: Herr Holm, wird der Hafen diese Woche geöffnet?",
    "Holm: Wir hoffen es. Die Prüfung läuft noch.",
    "Die Besatzungen werden bezahlt.",
    "SPIEGEL: Wann?",
    "Holm: Bald.",
])
FIGARO = "\n".join([
    "Le ministre Paul Ferrand répond à nos questions.",
    "LE FIGARO. - Le port rouvrira-t-il cette semaine ?",
    "Paul FERRAND. - Nous l'espérons. L'inspection n'est pas terminée.",
    "Les équipages seront payés.",
    "LE FIGARO. - Quand ?",
    "Paul FERRAND. - Bientôt.",
])
OVER_QUOTE = "\n".join([
    "M. Kofi ADDO",
    "« Je voudrais remercier le président pour sa visite. Nos pays travaillent ensemble. »",
])

# a vox pop: each person's name and what they do, a colon, then what they said
VOX_POP = "\n".join([
    "Fishermen count the cost of the harbour closure",
    "Mark Holt, fisherman: I think the council has forgotten us. Nobody has come down here.",
    "Ana Ruiz, shopkeeper: We have lost half our trade since the closure.",
])
# a briefing's transcript whose title names the spokesperson that its labels only call so
UN_BRIEFING = "\n".join([
    "Daily press briefing by Ana Ruiz, Spokesperson for the Secretary-General",
    "Spokesperson: Good afternoon. The Secretary-General is concerned about the floods.",
    "Aid convoys are on their way.",
    "Question: Has he spoken to the president?",
    "Spokesperson: Not yet. He expects to do so this week.",
])
UNNAMED_BRIEFING = "\n".join([
    "Briefing on the floods",
    "Mark Holt attended the briefing.",
    "Spokesperson: Good afternoon. The floods are spreading.",
    "Question: Will aid arrive?",
    "Spokesperson: Not yet. The roads are closed.",
])

# a government press conference: the spokespeople listed by surname and ministry, labelled by
# surname alone, the questions marked ("Frage (zur Maut):", "Zusatzfrage:")
PRESSEKONFERENZ = "\n".join([
    "Regierungspressekonferenz vom 3. März",
    "Sprecher: StS Holmberg, Ruiz (AA), Kessler (BMI)",
    "Vorsitzender Brandt eröffnet die Pressekonferenz und begrüßt die Sprecher.",
    "Frage: Herr Ruiz, wie bewertet das Auswärtige Amt die Lage im Hafen?",
    "Ruiz: Vielen Dank für die Frage. Wir beobachten die Lage sehr genau.",
    "Das Gespräch mit dem Amtskollegen war konstruktiv.",
    "Zusatzfrage: Wann öffnet der Hafen?",
    "StS Holmberg: Ich möchte ergänzen, dass die Kanzlerin morgen reist.",
    "Die Reise dauert zwei Tage.",
    "Frage (zur Maut): Herr Kessler, die Zahlen fehlen. Gibt es neue?",
    "Kessler: Nein. Die Zahlen kommen im Mai.",
    "Kessel: Die Hallen sind voll. Der Rest folgt.",
])

# a heading that names whose briefing the page is: the statements under it and the answers
# are theirs (not the subheadings, the questions, a quotation of someone else)
RU_BRIEFING = "\n".join([
    "Брифинг официального представителя МИД Холмландии И.И.Холмовой, Москва, 3 марта",
    "О ситуации в порту Холмпорта и на рыбных промыслах",
    "Порт остаётся закрытым. Мы рассчитываем на скорейшее возобновление работы.",
    "Из ответов на вопросы:",
    "Вопрос: Когда откроется порт?",
    "Ответ: Сроки пока не определены.",
])
EN_REMARKS = "\n".join([
    "Foreign Minister Ana Ruiz’s remarks and answers to media questions, Holmport, 3 March",
    "On the port",
    "The port remains closed. We expect work to resume soon.",
    "“The quay is safe,” Mark Holt, the harbour master, told us.",
    "Question: When will the port reopen?",
    "Answer: No date has been set.",
])
HEADLINE = "\n".join([
    "Speech by Holm sparks outrage",
    "The port remains closed. Fishermen protested on Monday.",
])

# (article text, a fragment of the claim, kind, speaker mention, speaker name)
PM_PRESSER = "\n".join([
    "Press conference - Holmport",
    "Prime Minister Jan Holm",
    "PRIME MINISTER: Thanks very much for coming. Today we are announcing new funding.",
    "It will create jobs across the region.",
    "JOURNALIST: Prime Minister, when will the work start?",
    "PRIME MINISTER: The work will start in March.",
    "JOURNALIST: And what about the fees?",
    "PRIME MINISTER: Fees will not rise.",
])
DOORSTOP = "\n".join([
    "Transcript of doorstop interview of Minister for Trade Jan Holm with Holm Radio",
    "Min: Thank you for waiting. We had a good discussion on fisheries.",
    "Q: Did you agree on anything specific?",
    "Min: I think we had a meeting of minds on all the main issues.",
])
REGPK = "\n".join([
    "Regierungspressekonferenz vom 3. März",
    "Sprecher: StS Holmer, Ruhland (BMI), Paris (AA)",
    "Frage: Gibt es eine Entscheidung zum Hafen?",
    "Paris: Nein. Die Prüfung läuft noch.",
    "Zusatz: Das überrascht mich.",
    "DR. RUHLAND: Mir ist der Bericht nicht bekannt. Ich habe nichts hinzuzufügen.",
])
VERSION = "\n".join([
    "Conferencia de prensa de Ana Ruiz, ministra de Comercio de Holmlandia, el 3 de marzo.",
    "Marta Soto (Moderadora).- Buenos días. Bienvenidos al encuentro con la ministra.",
    "Ana Ruiz.- Quiero agradecer a todos su presencia.",
    "Pienso que hemos avanzado en el proceso.",
    "Periodista.- ¿Qué espera usted de la próxima cumbre?",
    "Ana Ruiz.- Esperamos resultados concretos en materia de comercio.",
])
TRANSCRIPT_CASES = [
    (RU_BRIEFING, "остаётся закрытым", "reported", "И.И.Холмовой", "И.И.Холмова"),
    (RU_BRIEFING, "возобновление", "reported", "И.И.Холмовой", "И.И.Холмова"),
    (RU_BRIEFING, "не определены", "reported", "И.И.Холмовой", "И.И.Холмова"),
    (RU_BRIEFING, "О ситуации", "narration", None, None),
    (RU_BRIEFING, "Когда откроется", "narration", None, None),
    (EN_REMARKS, "remains closed", "reported", "Foreign Minister Ana Ruiz", "Ana Ruiz"),
    (EN_REMARKS, "No date", "reported", "Foreign Minister Ana Ruiz", "Ana Ruiz"),
    (EN_REMARKS, "quay is safe", "quote", "Mark Holt", "Mark Holt"),
    (EN_REMARKS, "When will", "narration", None, None),
    (HEADLINE, "Fishermen", "narration", None, None),
    ("Article by Foreign Minister Ana Ruiz for the Holm Times\nThe port must reopen soon.",
     "must reopen", "reported", "Foreign Minister Ana Ruiz", "Ana Ruiz"),  # (not the paper)
    ("Ответ официального представителя МИД И.И.Холмовой на вопрос СМИ\nПорт откроется.",
     "откроется", "reported", "И.И.Холмовой", "И.И.Холмова"),
    ("Remarks by President Ivan Holm and Prime Minister Ana Ruiz in Joint Press Conference\n"
     "The port will reopen.", "port will", "narration", None, None),  # (two speakers)
    ("Заявление И.И.Холмовой вызвало споры\nПорт откроется в мае.", "в мае", "narration",
     None, None),  # (a headline: the heading's words run on past the name)
    (PRESSEKONFERENZ, "beobachten", "reported", "Ruiz", "Ruiz"),
    (PRESSEKONFERENZ, "konstruktiv", "reported", "Ruiz", "Ruiz"),
    (PRESSEKONFERENZ, "Wann öffnet", "narration", None, None),
    (PRESSEKONFERENZ, "morgen reist", "reported", "StS Holmberg", "Holmberg"),
    (PRESSEKONFERENZ, "zwei Tage", "reported", "StS Holmberg", "Holmberg"),
    (PRESSEKONFERENZ, "Zahlen fehlen", "narration", None, None),
    (PRESSEKONFERENZ, "im Mai", "reported", "Kessler", "Kessler"),
    (PRESSEKONFERENZ, "Vorsitzender", "narration", None, None),  # (a list of names is no turn)
    (PRESSEKONFERENZ, "Rest folgt", "narration", None, None),  # (nobody the page addresses)
    (VOX_POP, "I think", "reported", "Mark Holt", "Mark Holt"),
    (VOX_POP, "Nobody has", "reported", "Mark Holt", "Mark Holt"),
    (VOX_POP, "half our trade", "reported", "Ana Ruiz", "Ana Ruiz"),
    ("Port Holm, early morning: The boats left after a week of strikes.", "boats", "narration",
     None, None),  # (no given name: a place and a time)
    (UN_BRIEFING, "Good afternoon", "reported", "Spokesperson", "Ana Ruiz"),
    (UN_BRIEFING, "is concerned", "reported", "Spokesperson", "Ana Ruiz"),
    (UN_BRIEFING, "convoys", "reported", "Spokesperson", "Ana Ruiz"),
    (UN_BRIEFING, "this week", "reported", "Spokesperson", "Ana Ruiz"),
    (UNNAMED_BRIEFING, "are spreading", "reported", "Spokesperson", None),
    (UNNAMED_BRIEFING, "roads are closed", "reported", "Spokesperson", None),  # (not Mark
    # Holt: nobody on the page is the spokesperson)
    # a name alone on its line, in capitals, over each turn: the paragraphs below are theirs
    (LABELLED, "Our guest", "reported", "Mark Holt", "Mark Holt"),
    (LABELLED, "Good morning to you", "reported", "Ana Ruiz", "Ana Ruiz"),
    (LABELLED, "Will the port", "reported", "Mark Holt", "Mark Holt"),
    (LABELLED, "The inspection", "reported", "Ana Ruiz", "Ana Ruiz"),
    # one label over a quotation, the surname in capitals as French transcripts print it
    (OVER_QUOTE, "Nos pays", "quote", "Kofi Addo", "Kofi Addo"),
    # turns marked as question and answer: the answers are the guest's, named before the
    # first question (not the medium that holds the interview), without the mark
    (QA, "Bonjour.", "reported", "M. Paul Ferrand", "Paul Ferrand"),
    (QA, "L'inspection", "reported", "M. Paul Ferrand", "Paul Ferrand"),
    (QA, "Ils seront", "reported", "M. Paul Ferrand", "Paul Ferrand"),
    (QA, "Un mot", "narration", None, None),  # (a question left unmarked)
    (QA, "Le port rouvrira", "narration", None, None),
    (ON_AIR, "We hope so", "reported", "Ana Ruiz", "Ana Ruiz"),
    (ON_AIR, "Will the port", "narration", None, None),
    (GERMAN, "Wir hoffen", "reported", "Anna Berg", "Anna Berg"),
    (GERMAN, "Die Prüfung", "reported", "Anna Berg", "Anna Berg"),
    ("Entrevista a Ana Ruiz, ministra de Pesca\nP: ¿Abrirá el puerto esta semana?\n"
     "R: Esperamos que sí.", "Esperamos", "reported", "Ana Ruiz", "Ana Ruiz"),
    ("Entrevista a Ana Ruiz, ministra de Pesca\nPregunta. ¿Abrirá el puerto esta semana?\n"
     "Respuesta. Esperamos que sí. La inspección sigue.", "inspección", "reported",
     "Ana Ruiz", "Ana Ruiz"),
    ("A. Holm runs the port.\nA. Holm said the quay would reopen.", "quay", "reported",
     "A. Holm", "A. Holm"),
    ("Entrevista a Ana Ruiz, ministra de Pesca\nP: ¿Abrirá el puerto esta semana?\n"
     "R: Esperamos que sí.", "Abrirá", "narration", None, None),
    # dialogue with an em dash in Spanish and French
    (SPANISH, "Esperamos", "reported", "Ana Ruiz", "Ana Ruiz"),
    (SPANISH, "La inspección", "reported", "Ana Ruiz", "Ana Ruiz"),
    ("Le ministre de la Mer, Paul Ferrand, a répondu à nos questions.\n"
     "— Le port rouvrira-t-il cette semaine ?\n— Nous l'espérons.", "Nous l'espérons",
     "reported", "Paul Ferrand", "Paul Ferrand"),
    # an interview that dashes only its questions: the plain paragraphs after them answer
    (PLAIN_ANSWERS, "Es un tema", "reported", "Carlos Vega", "Carlos Vega"),
    (PLAIN_ANSWERS, "pero es su decisión", "reported", "Carlos Vega", "Carlos Vega"),
    (PLAIN_ANSWERS, "lucha frontal", "reported", "Carlos Vega", "Carlos Vega"),
    (PLAIN_ANSWERS, "Temporalmente", "reported", "Carlos Vega", "Carlos Vega"),
    (PLAIN_ANSWERS, "Sabemos que", "narration", None, None),
    # one dashed question in a story is no interview: the narration after it is the page's
    ("El ministro Carlos Vega visitó el puerto.\n—¿Y ahora qué?\nLos barcos siguen "
     "amarrados.\nLa inspección terminará el viernes.", "siguen amarrados", "narration", None,
     None),
    # a label in capitals with a colon: every sentence of its paragraph is the speaker's
    (COLON, "The inspection", "reported", "Ana Ruiz", "Ana Ruiz"),
    # a press briefing: an honorific or a role in capitals labels the turn, and "we" in it is
    # the speaker
    (BRIEFING, "Good afternoon", "reported", "Ms. Holmes", "Holmes"),
    (BRIEFING, "The port", "reported", "Ms. Holmes", "Holmes"),
    (BRIEFING, "We expect", "reported", "Ms. Holmes", "Holmes"),
    (BRIEFING, "Nobody loses", "reported", "The Mayor", None),
    # a briefing's turn runs on over the paragraphs after its label, up to the next label (a
    # question's turn is nobody's); a surname alone labels the turns after the full name
    (DAILY, "We welcome", "reported", "Ms. Holmes", "Holmes"),
    (DAILY, "important step", "reported", "Ms. Holmes", "Holmes"),
    (DAILY, "said nothing", "narration", None, None),
    (BROADCAST, "paid in full", "reported", "Mark Holt", "Mark Holt"),
    (BROADCAST, "Also this morning", "reported", "Holt", "Mark Holt"),
    (BROADCAST, "Boats will sail", "reported", "Holt", "Mark Holt"),
    # a surname after initials labels a turn; a question's and a host's turns are no one's
    (RUSSIAN, "Порт откроется", "reported", "И.Холмов", "И.Холмов"),
    (RUSSIAN, "Мы ожидаем", "reported", "И.Холмов", "И.Холмов"),
    (RUSSIAN, "ничего не известно", "narration", None, None),
    (RUSSIAN, "брифинг окончен", "narration", None, None),
    # names in plain case label a transcript's turns where a question is marked; "I" in the
    # labelled paragraph is the label's
    (MEETING, "a lot to discuss", "reported", "Ana Ruiz", "Ana Ruiz"),
    (MEETING, "I think", "reported", "Mark Holt", "Mark Holt"),
    (MEETING, "crews are ready", "reported", "Mark Holt", "Mark Holt"),
    (MEETING, "quay be rebuilt", "narration", None, None),
    (OFFICIAL, "Good afternoon", "reported", "President of Holmland Ivan Kholmov",
     "Ivan Kholmov"),
    (OFFICIAL, "a lot to discuss", "reported", "President of Holmland Ivan Kholmov",
     "Ivan Kholmov"),
    (OFFICIAL, "work starts", "reported", "Ivan Kholmov", "Ivan Kholmov"),
    (TWO_LABELS, "We will be back", "reported", "Mark Holt", "Mark Holt"),
    (TWO_LABELS, "count ended", "narration", None, None),
    # a heading that names a speaker and a topic holds the plain paragraphs right under it
    ("И. Холмов — о ценах на рыбу:\nНе будет секретом, если я скажу, что цены вырастут.\n"
     "Вчера мы собрали руководителей портов.", "собрали", "reported", "И. Холмов", "И. Холмов"),
    ("Ana Ruiz on the port strike:\nWe will not give in. The crews deserve better.\nThe mayor "
     "said the strike was costly.\nBoats stayed in port.", "crews deserve", "reported",
     "Ana Ruiz", "Ana Ruiz"),
    ("Ana Ruiz on the port strike:\nWe will not give in. The crews deserve better.\nThe mayor "
     "said the strike was costly.\nBoats stayed in port.", "Boats stayed", "narration", None,
     None),
    # a magazine's interview: the medium asks, the guest's surname labels the answers, which
    # run on; a French paper's turns open with "Paul FERRAND. - "
    (MAGAZINE, "Die Prüfung", "reported", "Holm", "Karl Holm"),
    (MAGAZINE, "Besatzungen", "reported", "Holm", "Karl Holm"),
    (FIGARO, "Nous l'espérons", "reported", "Paul Ferrand", "Paul Ferrand"),
    (FIGARO, "L'inspection", "reported", "Paul Ferrand", "Paul Ferrand"),
    (FIGARO, "équipages", "reported", "Paul Ferrand", "Paul Ferrand"),
    ("PARIS. - The port will reopen on Friday.\nBoats are ready.", "reopen", "narration",
     None, None),
    # a live blog's time stamp before a label
    ("[10:32] Ana Ruiz: The port will reopen on Friday.", "port", "reported", "Ana Ruiz",
     "Ana Ruiz"),
    ("14.05 Uhr: Der Hafen ist offen.", "Hafen", "narration", None, None),
    # one label is no transcript: the paragraphs after it are the page's own
    ("ANA RUIZ: We hope so.\nBoats sailed at noon.", "Boats", "narration", None, None),
    # a dateline in capitals and a colon is no speaker's label, nor part of the claim
    ("NEW DELHI: The port reopened on Friday after a week of strikes.", "port", "narration",
     None, None),
    # nobody's: a heading in capitals, a byline, questions and answers with nobody named, a
    # list of items after a question
    ("ECONOMY\nThe port will reopen on Friday, the harbour office said.\nBoats are ready.",
     "Boats", "narration", None, None),
    ("Ana Ruiz\nThe port will reopen on Friday.", "The port", "narration", None, None),
    ("Q: Will the port reopen?\nA: We hope so. The inspection is not finished.", "We hope",
     "narration", None, None),
    ("Ana Ruiz runs the port.\n– What does the plan include?\n– A new quay for the town.",
     "new quay", "narration", None, None),
    # a label in capitals that is no one's name speaks for its own sentence at most
    ("TOP STORY: The port will stay closed. Boats are ready.", "Boats", "narration", None,
     None),
    # a role alone as a label in capitals is the page's holder of the role, and its turn runs
    # on; no one when no one holds it; an abbreviated role ("Min:") the same
    (PM_PRESSER, "Thanks", "reported", "Prime Minister", "Jan Holm"),
    (PM_PRESSER, "It will create", "reported", "Prime Minister", "Jan Holm"),
    (PM_PRESSER, "Fees will not", "reported", "Prime Minister", "Jan Holm"),
    ("PRESIDENT: The port will reopen. It will create jobs.\nREPORTER: When?\n"
     "PRESIDENT: In March.", "It will create", "reported", "President", None),
    ("Entrevista al canciller Juan Holm\nPERIODISTA: ¿Cuándo empezarán las obras?\n"
     "CANCILLER: En marzo. Estamos listos.", "Estamos listos", "reported", "Canciller",
     "Juan Holm"),
    ("Пресс-конференция министра Ивана Холмова\nМинистр: Добрый день. Мы откроем порт.\n"
     "Бригады готовы.\nВопрос: Когда?\nМинистр: В марте.", "Бригады", "reported", "Министр",
     "Иван Холмов"),
    ("Pressekonferenz von Bundeskanzler Jan Holm\nBK Holm: Guten Tag. Wir öffnen den Hafen.\n"
     "Frage: Wann?\nBK Holm: Im März.", "Wir öffnen", "reported", "BK Holm", "Jan Holm"),
    # a one-word label the page lists among its speakers ("Sprecher: …, Paris (AA)"); a
    # follow-up remark marked "Zusatz:" is the questioner's
    (REGPK, "läuft noch", "reported", "Paris", "Paris"),
    (REGPK, "überrascht", "narration", None, None),
    (REGPK, "hinzuzufügen", "reported", "Dr. Ruhland", "Ruhland"),
    (DOORSTOP, "Thank you", "reported", "the minister", "Jan Holm"),
    (DOORSTOP, "meeting of minds", "reported", "the minister", "Jan Holm"),
    # the questioner named by their part alone is no one, and ends the turn before
    (PM_PRESSER, "when will", "narration", None, None),
    (PM_PRESSER, "what about", "narration", None, None),
    ("HOST: Good morning, Minister.\nANA RUIZ: Good morning. We are ready.\nHOST: Is a deal "
     "close?\nANA RUIZ: It is within reach.", "Is a deal", "narration", None, None),
    # a Spanish stenographic version: a name in plain case, a stop and a hyphen ("Ana Ruiz.-
    # …"), a role after the name in brackets; the questioner's part alone names no one
    (VERSION, "Buenos días", "reported", "Marta Soto", "Marta Soto"),
    (VERSION, "Quiero agradecer", "reported", "Ana Ruiz", "Ana Ruiz"),
    (VERSION, "Pienso que", "reported", "Ana Ruiz", "Ana Ruiz"),
    (VERSION, "Qué espera", "narration", None, None),
    (VERSION, "resultados concretos", "reported", "Ana Ruiz", "Ana Ruiz"),
    ("Ana Ruiz habló el lunes.-\nEl puerto reabrirá el viernes.", "puerto", "narration", None,
     None),
    # "Interview of X with Y", "Interview with X": the answers are X's (not "Remarks with X",
    # said jointly, nor "Interview with the Vampire", no one)
    ("Interview with Foreign Minister Ana Ruiz, Holm Radio\nQ: Is a deal close?\nA: It is "
     "within reach. We are ready.", "We are ready", "reported", "Foreign Minister Ana Ruiz",
     "Ana Ruiz"),
    ("Interview with Trade Minister Jan Holm, Holm Radio\nThe talks went well. Fees will rise.",
     "Fees will rise", "reported", "Trade Minister Jan Holm", "Jan Holm"),
    ("Transcript of remarks of Minister Jan Holm with the press\nThe talks went well.",
     "talks went", "reported", "Minister Jan Holm", "Jan Holm"),
    ("Заявление министра Ивана Холмова\nМы откроем порт в пятницу.", "откроем", "reported",
     "Ивана Холмова", "Иван Холмов"),
    ("Выступление на Генеральной Ассамблее\nМы откроем порт в пятницу.", "откроем",
     "narration", None, None),
    ("Remarks with Foreign Minister Ana Ruiz\nThe port will reopen. Fees will rise.",
     "Fees will rise", "narration", None, None),
    ("Interview with the Vampire\nThe film opens on Friday.", "film", "narration", None, None),
]


@pytest.mark.parametrize("text,fragment,kind,mention,speaker", TRANSCRIPT_CASES)
def test_transcript_turns(text, fragment, kind, mention, speaker):
    claim = next(c for c in extract_from_text(text) if fragment in c.text)
    assert (claim.kind, claim.speaker_mention, claim.speaker.name if claim.speaker else None
            ) == (kind, mention, speaker)


def test_a_title_that_names_whose_briefing_the_page_is_gives_them_its_statements():
    """The heading given as the document's title (a page's h1), not in its text."""
    claim = extract_from_text("Порт остаётся закрытым.\nСроки пока не определены.",
                              title="Брифинг официального представителя МИД И.И.Холмовой")[1]
    assert (claim.kind, claim.speaker.name) == ("reported", "И.И.Холмова")


def test_a_dateline_in_capitals_is_cut_from_the_claim():
    claim = extract_from_text("NEW DELHI: The port reopened on Friday after a week of strikes.")[0]
    assert claim.text == "The port reopened on Friday after a week of strikes."


def test_a_turn_label_is_no_part_of_the_claim():
    claim = next(c for c in extract_from_text(FIGARO) if "Bientôt" in c.text)
    assert claim.text == "Bientôt."


def test_an_answer_reads_without_its_mark():
    """What the guest said starts after "R - ": the mark is the page's, not the guest's."""
    claim = next(c for c in extract_from_text(QA) if "Ils seront" in c.text)
    assert claim.said == "Ils seront payés"
