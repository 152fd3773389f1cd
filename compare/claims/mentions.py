"""Speaker mentions in one sentence: tokens with their document offsets, the word lists that
tell names from titles, roles and organisations, and the noun phrases a cue governs ("X said",
"according to X", "X's press secretary, NAME,"). Which person a mention refers to is decided
in ``entities``.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from compare.claims.cases import nominative, role_in_genitive

TOKEN = re.compile(
    r"[a-km-pr-z]\w*(?:[-'’.]\w+)*|"  # most tokens, which no branch below but the word's takes
    r"\d{1,3}-(?:year-old|[Jj]ährige[rnm]?|malige[rnsm]?|fache[rnsm]?)\b"
    r"|(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|St|Jr|Sr|Pres|Adm)\."
    r"|[A-ZА-ЯЁІЇЄҐ]\.(?=\s+[A-ZА-ЯЁІЇЄҐ])|\d+(?:[.,]\d+)*%?|\b[Qq]u['’]"
    r"|\b[Ll]['’](?=(?:a|ont|avait|avaient|aurait|auraient)\b)|\w+(?:[-'’.]\w+)*|\S")
# ^ "qu'il": "qu'" and "il", as "que il"; "l'a annoncé": "l'" and the auxiliary "a"

# Capital letters a name may open with, for character classes: Latin with its accented and
# extended forms ("Álvaro", "Šefčovič", "Łukasz"), and Cyrillic
CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper()) \
    + "А-ЯЁІЇЄҐ"

QUOTE_TOKEN = "\u201cQ\u201d"  # a quotation, as one opaque token of its sentence

# The subject pronouns that stand for one person, English and the other languages whose cues
# are read ("«…», a-t-il ajouté", "teilte er mit", "— сказал он"); "sie" after a singular verb
# ("betonte sie"; "sagten sie" is "they", see attribution).
PERSONAL_PRONOUNS = {"he": "m", "she": "f", "er": "m", "sie": "f", "il": "m", "elle": "f",
                     "он": "m", "она": "f", "він": "m", "вона": "f", "lui": "m", "él": "m",
                     "ella": "f", "тот": "m"}  # ("Тот назвал …": "that one", the man just named)
PRONOUNS = {"him": "m", "her": "f", "they": "p", "them": "p", "we": "p", "us": "p", "i": "s",
            "me": "s", "it": "o", "who": "r", "you": "s", "quien": "r", "qui": "r",
            # the first and second persons of the other languages: the writer or the reader,
            # no one of the page ("Я посоветовал им", "Nous avons gagné")
            **dict.fromkeys("я мы ты вы ми ти je nous tu vous yo tú usted nosotros ich wir"
                            .split(), "s"),
            **PERSONAL_PRONOUNS}

# Role nouns of the other languages whose cues are read: titles before a name ("le préfet X",
# "la jugadora X", "der Trainer X") and subjects on their own ("a ajouté le préfet").
FOREIGN_ROLES = set("""
préfet préfète maire ministre président présidente porte-parole secrétaire juge avocat avocate
procureur procureure entraîneur sélectionneur joueur joueuse dirigeant dirigeante patron
patronne directeur directrice chef député députée sénateur sénatrice gouverneur ambassadeur
ambassadrice candidat candidate général colonel
alcalde alcaldesa secretario secretaria gobernador gobernadora juez jueza abogado abogada fiscal
entrenador técnico seleccionador seleccionadora preparador preparadora jugador jugadora
candidato candidata mandatario mandataria diputado diputada
senador senadora vocero vocera portavoz director directora líder jefe jefa embajador embajadora
presidente presidenta ministro ministra generala coronel centrocampista mediocampista
milieu défenseur buteur technicien latéral commandant comandante kommandant commissaire
politiker politikerin chef chefin bürgermeister bürgermeisterin trainer spieler spielerin anwalt
anwältin richter richterin vorsitzende vorsitzender sprecher sprecherin gewerkschafter experte
gewerkschafterin moderator moderatorin présentateur présentatrice presentador presentadora
weltmeister weltmeisterin europameister europameisterin olympiasieger olympiasiegerin
nationalspieler nationalspielerin kapitän torhüter torwart championne campeón campeona capitán
portero capitaine gardien magistrado magistrada consejero consejera conseller consellera
legislador legisladora congresista concejal concejala síndico síndica delegado delegada comisario
comisaria magistrat conseiller conseillère staatsanwalt staatsanwältin landrat landrätin
oberbürgermeister oberbürgermeisterin
expertin abgeordnete abgeordneter direktor direktorin botschafter botschafterin präsident
präsidentin minister ministerin kanzler kanzlerin bundeskanzler bezirksleiter kandidat kandidatin
delantero delantera futbolista extremo atacante arquero guardameta tenista ciclista atleta
attaquant attaquante footballeur footballeuse stürmer stürmerin generalsekretär défenseur
défenseure verteidiger verteidigerin mittelfeldspieler mittelfeldspielerin centrocampista
generalsekretärin parteichef parteichefin vizekanzler vizekanzlerin titular bischof bischöfin
erzbischof senator senatorin
министр президент премьер-министр глава дипломат политик чиновник депутат сенатор посол
губернатор спикер представитель пресс-секретарь лидер canciller chefdiplomat chefdiplomatin
міністр прем'єр-міністр прем’єр-міністр голова речник речниця посол дипломат політик посадовець
лідер представник представниця cheffe прем'єр прем’єр премьер
президентка міністерка прем'єрка прем’єрка депутат депутатка посолка
тренер боксер боксёр шахматист шахматистка гроссмейстер спортсмен спортсменка чемпион чемпионка
чемпіон чемпіонка футболист футболіст легкоатлет легкоатлетка аким нападающий полузащитник
защитник вратарь нападник півзахисник захисник воротар генерал полковник командующий
командувач головнокомандувач главнокомандующий головком главком теннисист теннисистка тенісист
тенісистка
""".split())  # and the words of rules/roles.txt (below, after role_groups)

# Bodies named by a common noun in other languages ("le ministère a indiqué", "die Regierung
# teilte mit"): subjects of a cue like "the ministry", and organisations.
FOREIGN_BODIES = set("""
ministère préfecture tribunal gouvernement armée parquet mairie présidence agence entreprise
société groupe syndicat parti cour gendarmerie élysée elysée elysee
ministerio gobierno fiscalía policía ejército empresa agencia sindicato partido presidencia
tribunal corte consejo comisión asamblea cancillería
ministerium regierung bundesregierung gericht staatsanwaltschaft polizei armee konzern
unternehmen gewerkschaft partei behörde opposition koalition verband verein vorstand fraktion
landesregierung
министерство правительство суд прокуратура полиция армия компания агентство ведомство
корпорация госкорпорация держкорпорація
минобороны мид міністерство уряд прокуратура поліція армія компанія агентство відомство
""".split())

# bodies Russian and Ukrainian write in lower case inside their names ("Национальный
# олимпийский комитет Белоруссии", "Белорусский фонд спортивной солидарности")
CYRILLIC_BODIES = frozenset("""
комитет фонд федерация союз служба совет комиссия ассоциация палата партия центр институт
комітет федерація спілка служба рада комісія асоціація партія центр інститут
""".split())

# groups of the other languages that speak as subjects ("Las autoridades informaron que")
FOREIGN_GROUPS = set("""
autoridades expertos expertas analistas fuentes investigadores testigos vecinos manifestantes
médicos científicos sindicatos autorités analystes enquêteurs témoins habitants manifestants
médecins scientifiques syndicats эксперты власти аналитики источники следователи свидетели
жители врачи учёные ученые експерти влада аналітики джерела слідчі свідки мешканці лікарі
experten analysten ermittler zeugen anwohner ärzte wissenschaftler forscher kritiker behörden
beobachter gewerkschaften
""".split())
# English ones ("Economists say", "Many investors had worried"): a crowd, no one's name however
# capitalised at a sentence's start (but "Holm Traders" may be a firm's)
ENGLISH_GROUPS = set("""
economists investors users consumers commentators jurors businesses companies traders
politicians campaigners bookmakers correspondents observers activists protesters residents
witnesses doctors scientists voters workers fans parents teachers shoppers motorists passengers
unions others academics shareholders creditors ecologists environmentalists conservationists
celebrities critics experts researchers bankers lawyers airlines markets media press judges
producers
""".split())

TITLE_WORDS = set("""
president president-elect vice prime minister secretary senator sen. rep. representative
congressman congresswoman gov. governor chancellor spokesman spokeswoman spokesperson
ambassador general gen. chairman chairwoman chair ceo director mayor king queen prince princess
pope papst pape judge justice chief deputy attorney leader candidate nominee commissioner mr. mrs. ms. dr.
prof. professor officer adviser advisor aide press sheriff lt. col. capt. sgt. speaker dr mr mrs ms
m. mme mme. mlle herr frau
foreign defence defense interior finance economy health justice state first lady former acting
majority minority house senate democratic republican presidential top senior campaign manager
chairperson head envoy premier master economist whip emir sheikh lord sir dame commander admiral
minister-president coach grandmaster home shadow reverend rev rev. archbishop bishop cardinal
premierminister premierministerin ministerpräsident ministerpräsidentin kanzlerin regierungschef
regierungschefin landesvater landesmutter außenminister außenministerin nationaltrainer trainer
chefin präsidenten ministerpräsidenten premierministers staatssekretär staatssekretärin sts
bk bm bmin bundeskanzlers kanzlers außenministers regierungschefs
директор гендиректор председатель представитель пресс-секретарь посол генсек мэр губернатор
канцлер спикер тренер наставник политолог эксперт аналитик экономист гроссмейстер уроженец
уроженка уродженець уродженка
політолог експерт аналітик економіст речник речниця
constable comptroller councillor councilor inspector superintendent detective
""".split()) | FOREIGN_ROLES

TITLE_MODIFIERS = set("""
vice prime foreign defence defense interior finance economy health state first former acting
majority minority house senate democratic republican presidential top senior campaign press
deputy chief justice home shadow
""".split())

ROLE_NOUNS = set("""
president minister secretary senator spokesman spokeswoman spokesperson ambassador chairman
chairwoman chair ceo director mayor king queen judge chief deputy attorney leader candidate
nominee commissioner professor officer adviser advisor aide sheriff governor chancellor
congressman congresswoman representative envoy premier manager economist analyst analysts
expert experts official officials source sources spokespeople lawmaker lawmakers critics critic
aides advisers advisors observers witnesses witness residents voters diplomats diplomat
prosecutors prosecutor investigators researchers scientists insiders members member
supporters opponents lawyer lawyers authorities police government ministry administration
campaign committee court agency department survey poll polls study report statement people
organisers organizers executive executives staff strategist strategists pollster pollsters
journalist journalists reporter reporters editor experts observer spokesmen doctor doctors
transcript analysis data ad video letter memo filing complaint lawsuit ruling fund firm
company group organization organisation website book article paper document research review
audit investigation estimate forecast index records figures narrator spot commercial
friend friends commenter neighbor neighbour resident relative relatives colleague colleagues
student students teacher worker workers owner owners activist activists protester protesters
bureau correspondent columnist writer author host anchor designer organizer organiser voter
staffer staffers board averages results numbers footage studies surveys regulator carmaker
automaker bank union family club federation prefect presidency embassy institute office
prefecture forward striker midfielder defender goalkeeper winger captain controller producer
presenter coach referee seed champion youngster debutant teenager veteran prop hooker flanker
batsman bowler sprinter athlete boxer golfer skipper fly-half scrum-half full-back centre-back
man-of-the-match general colonel
""".split()) | FOREIGN_ROLES | FOREIGN_BODIES | FOREIGN_GROUPS

# Bodies and groups named by a common noun that only the subject of a cue makes a speaker ("The
# army said", "the rebels said"); unlike ROLE_NOUNS, never a title or part of an appositive.
SUBJECT_NOUNS = set("""
army military navy junta rebels troops soldiers militants insurgents militia cabinet opposition
coalition party council hospital airline charity watchdog prosecution jury communiqué comunicado
newspaper newspapers broadcaster magazine tabloid
""".split())
_NOMINATIVE_ADJECTIVE = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
# prepositions after which a name is an object, not a speaker ("Ein Lied über Holm:", "he hit
# back at Labour claims", "Rafael Correa tras asesinato de …:")
OBJECT_PREPOSITIONS = frozenset("""
at of to on with against about by from for over after à a al de del du des contre sur pour par
chez avec après con contra sobre para por tras gegen mit von über für an auf bei zu zum zur um
nach
""".split())
# a statement, whose owner may follow it: "a statement from the company", "le communiqué du
# groupe", "el comunicado de la empresa"
STATEMENT_NOUNS = {"statement", "communiqué", "comunicado"}
OWNER_PREPOSITIONS = {"of", "from", "de", "du", "del", "des"}

ROLE_ADJECTIVES = set("""
senior top former chief deputy acting foreign press white house senate state campaign
presidential federal local regional military defense defence senior-level high-ranking
kremlin russian american european other several two three four many some unnamed anonymous
retired longtime veteran conservative liberal republican democratic independent prominent
removed ousted deposed outgoing incoming new interim jailed impeached embattled late
resigning caretaker departing second third fourth fifth sixth seventh eighth ninth tenth
world indoor outdoor reigning defending double triple tournament team national primer primera
ancien ancienne nouveau nouvelle actuel actuelle futur future antiguo antigua nuevo nueva
ehemalige ehemaliger früherer frühere
""".split())

# Words of an office's name after "of"/"for" in a title ("Minister of Foreign Affairs Ana Ruiz",
# "head of European diplomacy Kaja Kallas"): they end the title, never start the name.
OFFICE_WORDS = set("""
affairs foreign defence defense interior finance finances health justice economy economic trade
energy education environment labour labor culture agriculture transport development security
treasury commerce industry relations communications information diplomacy policy state
fisheries tourism housing immigration sport sports heritage aviation oil petroleum mines water
affaires étrangères etrangères extérieures exterieures intérieur interieur armées défense
santé économie travail justice europe asuntos exteriores relaciones hacienda economía
defensa sanidad trabajo auswärtiges äußeres inneres verteidigung
""".split())
# (its last line: clubs and tournaments, "Real Madrid", "the Australian Open")
# words of a newspaper's title ("the Newcastle Evening Chronicle"): a body, and a medium
NEWSPAPER_WORDS = frozenset("times post news journal herald tribune telegraph guardian gazette "
                            "chronicle courier inquirer daily mirror observer".split())
ORG_WORDS = set("""
kremlin council ministry committee party department agency commission union office bank
institute university inc corp co association foundation center centre
government administration campaign court congress senate parliament police reuters ap afp
tass ria interfax network group company corporation organisation organization fund forum
assembly duma house board service services army navy force forces nato un eu cia fbi pentagon
foundation league alliance federation tribunal panel
bureau authority authorities commission ministry embassy cabinet secretariat agency press
centers centres institutes agencies ministries presidency prefecture
banco banque zentralbank bundesbank ministerio ministère ministerium gobierno gouvernement palacio
palais coalition ag gmbh plc ltd llc
regierung bundesregierung comité comisión congreso congrès kongress organización partido parti
partei agencia agence agentur oficina consejo conseil corte universidad université universität
кремль правительство министерство комитет организация банк партия агентство
steel motors motor cars airlines airways energy oil holdings pharma technologies telecom electric
automotive chemicals railways management credit crédit rassemblement front mouvement
alianza frente movimiento bündnis
championship championships cup league tournament olympics prix award awards prize nations
premiership series
club fc real united rovers wanderers hotspur albion athletic open stadium stadion estadio stade
arena prison hospital school college trust society academy museum theatre gallery clinic
charity zoo
""".split()) | NEWSPAPER_WORDS | FOREIGN_BODIES | set("""
cnn bbc fox nbc abc cbs msnbc politico breitbart reuters bloomberg institute gallup pew
""".split())

DETERMINERS = {"the", "a", "an", "another", "one", "two", "three", "several", "some", "many",
               "his", "her", "their", "its", "our", "other", "both", "most", "few",
               "el", "la", "los", "las", "le", "les", "der", "die", "das", "den", "dem", "des",
               "son", "sa", "ses", "leur", "su", "sus", "sein", "seine", "ihr", "ihre",
               "cet", "cette"}  # ("cet ancien ministre"; not "ce", as in "ce mardi")
# indefinite articles of German, Spanish and French, as written (not "UN" nor "EINE"): "sagte ein
# Sprecher", "dijo un portavoz"
INDEFINITE_ARTICLES = {"ein", "eine", "un", "una", "une"}
GERMAN_ARTICLES = {"der", "die", "das", "den", "dem", "des"}

CONNECTORS = {"of", "on", "for", "and", "de", "von", "van", "al", "bin", "la", "du", "da"}
_ARTICLES = {"la", "el", "les", "los", "las"}  # "de la": English "of the" ends a name

CAP_STOP = set("""
Direkt Schon Acto Concernant Quant Regarding Concerning Respecto Sobre Acerca Bezüglich Hinsichtlich
Касательно Malgré Pendant Sans Donc Aunque Cuando Donde Trotz Während Denn
But And However Also In On At When While After Before If As Then Meanwhile Still Yet So Now
Earlier Later That This These Those There Here Despite Although Though Because Since For With
Without From By To Asked Speaking Writing According Instead Even Only Indeed Last Next What Why
How Where Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
January February March April May June July August September October November December It
Or Nor Not No Yes Well Under Over Among Between During Until Within Into About Against Amid
Back Conversely Moreover Furthermore Additionally Likewise Similarly Nevertheless Nonetheless
Specifically Separately Notably Overall Ultimately Consequently Otherwise Besides Previously
Initially Recently Subsequently Currently Generally Typically Usually Finally
Addressing Explaining Reflecting Commenting Responding Referring Describing Defending Welcoming
Discussing Looking Pressed Citing Quoting Announcing Acknowledging Admitting Adding Arguing
Insisting Noting Criticising Criticizing Praising Questioned Interviewed Answering Replying
Recalling Reacting Having Asking Sadly Firstly Secondly Thirdly Shortly Somehow
Unter Nach Bei Mit Laut Wie Vor Seit Für Auf Aus Als Im Am Zum Zur Der Die Das Ein Eine Es Er
Sie Wir Ich Und Aber Auch Doch Nun Dabei Damit Zudem Bis Zuvor Danach Später Inzwischen Außerdem
Dass Sein Seine Seinen Seinem Seiner Ihr Ihre Ihren Ihrem Ihrer Unser Unsere Unseren Dieser
Diese Dieses Diesen Diesem Einen Einem Einer Viele Einige Mehrere Kein Keine Jeder Jede
Anfang Mitte
Bisher Derzeit Jetzt Heute Gestern Dort Hier Trotzdem Deshalb Daher Allerdings Jedoch Schließlich
Zunächst Bereits Erst Sogar Zuletzt Erstmals Offiziell Damals Dann Anschließend Dennoch Noch
Zugleich Ebenfalls Stattdessen Vielmehr Demnach Somit Zwar Insgesamt Hingegen Dagegen Indes
Mittlerweile Unterdessen Zusätzlich Ferner Immer Vorher Kürzlich Gleichzeitig Diese Dieser
Dieses Diesen Jene Jener Wenige Einige Mehrere Warum Was Wer Wann Wo Weshalb Wieso Welche
Welcher Welches Zehntausende Tausende Hunderte Millionen Milliarden Million Milliarde Prozent
Por
Y E Pero Et Mais И А Но
Luego Después Además También Ayer Hoy Mañana Entonces Finalmente Asimismo Posteriormente Poco
Antes Ahora Sin Según Tras Durante Desde Para Con En Consultado Consultada Preguntado Preguntada
Así Igualmente Recientemente Actualmente Generalmente Incluso Tampoco Entretanto Mientras
Puis Ensuite Hier Aujourd'hui Enfin Aussi Alors Ainsi Cependant Toutefois Depuis Selon D'après D’après Pour
Généralement Également Néanmoins Pourtant Désormais Notamment Auparavant Récemment Actuellement
Finalement Avec Dans Lors Interrogé Interrogée Invité Invitée Ce Cet Cette Ces Este Esta Estos
Estas Ese
S'il S’il Esa Esos Esas Aquel Aquella Eso Esto
Ранее Также Сегодня Вчера Затем Позже Теперь Однако Кроме Впрочем Тогда Потом Здесь Там Как В
Во На По При После Для Об О Он Она Они Это Этот Эта Эти Раніше Також Сьогодні Вчора Але Він Вона У
Цей Ця Це Ці Сам Сама Сами Сразу Відразу Что Що Чем Чим Почему Чому Зачем Навіщо Где Когда Коли
Кто Хто Если Якщо Хотя Хоча Лише Только Тільки
Procès Affaire Prozess Juicio Caso Процесс Дело Справа
""".split())
# a capitalised Spanish adverb opening a sentence ("Inmediatamente Uribe respondió"), no name
# ("Clemente" is one; French "-ment" words are nouns too: "Rassemblement national")
_CAPITAL_ADVERB = re.compile(r"[^\W\d_][a-zà-ÿ]{3,}mente")


def is_capital_adverb(word: str) -> bool:
    return _CAPITAL_ADVERB.fullmatch(word) is not None

FRONTED_CUES = set("""
Said Added Continued Stated Asked Wrote Explained Noted Recalled Replied Responded Countered
Insisted Argued Warned Declared Concluded Remarked Observed Quipped Explains Adds Says Writes
""".split())  # "Said Ellis: “…”": a cue opening the sentence, before the speaker

SKIP_BEFORE_CUE = set("""
lo le les se nos l' l’
has have had was is were are be been also later previously again then further repeatedly
recently once will would could might may already publicly privately reportedly flatly firmly
emphatically quickly bluntly simply had not never always often still just yesterday today
long now even first last frequently since earlier on monday tuesday wednesday thursday friday
saturday sunday himself herself themselves itself selbst même mismo misma сам сама
a ont avait ha han había habían hubo ya hoy ayer luego después pronto rápidamente hat haben hatte также ещё d'ailleurs d’ailleurs déjà aussi également
también además asimismo incluso nuevamente auch bereits zudem außerdem erneut ensuite encore
toutefois cependant néanmoins pourtant notamment enfin alors aussitôt tampoco todavía jedoch
allerdings ebenfalls nun hingegen dagegen indes wiederum впервые вперше уперше публично публічно
""".split())  # the last lines: auxiliaries and adverbs of French, Spanish, German, Russian


class Token:
    """A word or punctuation mark with its offsets in the document."""

    __slots__ = ("text", "start", "end", "low", "is_cap")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.low = text.lower()
        self.is_cap = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


_PIECE = re.compile(r"\S+")
_CLOSING = frozenset(",;:!?)\"”»")  # a mark no branch of TOKEN but the last takes


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with absolute offsets. (A piece
    between spaces that is all letters, or letters and one closing mark, is what TOKEN would
    make of it, without TOKEN: most pieces are, and it saves a quarter of the time.)"""
    end = len(text) if end is None else end
    chunk = text[start:end]
    toks: list[Token] = []
    for piece in _PIECE.finditer(chunk):
        a, b = piece.span()
        word = piece.group()
        if word.isalpha():
            toks.append(Token(word, start + a, start + b))
        elif word[-1] in _CLOSING and word[:-1].isalpha():
            toks += (Token(word[:-1], start + a, start + b - 1),
                     Token(word[-1], start + b - 1, start + b))
        else:
            while a < b:  # (matched in the whole chunk: "J." looks past the space)
                m = TOKEN.match(chunk, a)
                toks.append(Token(m.group(), start + a, start + m.end()))
                a = m.end()
    return toks


ARTICLE_NAME = re.compile(r"(?:(?:al|el|ad|as|an|at)-|l['’])[A-ZÉ]")  # "al-Ghaithi", "l’Intérieur"


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("january february march april may june july august september october "
                   "november december".split())

AGE_NOUN = re.compile(r"\d{1,3}-(?:year-old|jährige[rnm]?|летн(?:ий|яя|его|ей|юю|ему)|"
                      r"річн(?:ий|а|ого|ої|у|ому))")  # "the 42-year-old", "die 42-Jährige"


# "der 114-malige Nationalspieler", "die zwölfmalige Weltmeisterin": how many times, before a
# role
_TIMES_ADJECTIVE = re.compile(r"(?:\d+-?|[a-zäöü]{3,9})(?:malige|fache)[rnsm]?")


def _demonyms(*languages: tuple[str, str, str]) -> dict[str, frozenset[str]]:
    """Each article -> the demonyms it goes with, from (articles, masculine, feminine) of each
    language; "l'" goes with both genders."""
    table: dict[str, set[str]] = {}
    for articles, masculine, feminine in languages:
        male, female = articles.split()
        for article, forms in ((male, masculine), (female, feminine), ("l'", masculine),
                               ("l'", feminine)):
            table.setdefault(article, set()).update(forms.split())
    return {article: frozenset(forms) for article, forms in table.items()}


# A person named by where they come from, as sports and political pages name someone already
# introduced ("Le Basque l'a annoncé", "el argentino dijo", "der Bayer sagte"). French and German
# write it capitalised, Spanish does not. No form that is also a place with its article ("la
# Suisse", "l'Argentine", "la Argentina"), nor a German plural ("die Österreicher"): the German
# feminine forms end in "-in".
_CAPITALISED_DEMONYMS = _demonyms(
    ("le la", """français espagnol allemand italien anglais britannique belge suisse portugais
     néerlandais américain argentin brésilien russe ukrainien polonais serbe croate norvégien
     suédois danois autrichien canadien québécois marocain algérien tunisien sénégalais
     camerounais ivoirien japonais chinois australien mexicain colombien chilien basque breton
     corse alsacien normand marseillais parisien lyonnais catalan provençal auvergnat""",
     """française espagnole allemande italienne anglaise britannique belge portugaise
     néerlandaise américaine brésilienne russe ukrainienne polonaise serbe croate norvégienne
     suédoise danoise autrichienne canadienne québécoise marocaine algérienne tunisienne
     sénégalaise camerounaise ivoirienne japonaise chinoise australienne mexicaine colombienne
     chilienne basque bretonne corse alsacienne normande marseillaise parisienne lyonnaise
     catalane"""),
    ("der die", """deutsche franzose spanier italiener engländer brite österreicher schweizer
     niederländer belgier pole russe ukrainer amerikaner argentinier brasilianer portugiese
     serbe kroate norweger schwede däne kanadier japaner chinese australier bayer schwabe
     sachse franke hesse pfälzer saarländer westfale rheinländer berliner münchner tiroler
     wiener steirer kärntner""",
     """deutsche französin spanierin italienerin engländerin britin österreicherin schweizerin
     niederländerin belgierin polin russin ukrainerin amerikanerin argentinierin brasilianerin
     portugiesin serbin kroatin norwegerin schwedin dänin kanadierin japanerin chinesin
     australierin bayerin schwäbin sächsin berlinerin münchnerin wienerin"""))
_LOWERCASE_DEMONYMS = _demonyms(
    ("el la", """español francés alemán italiano inglés británico portugués argentino brasileño
     mexicano chileno colombiano peruano venezolano uruguayo ecuatoriano boliviano paraguayo
     cubano estadounidense ruso ucraniano serbio suizo vasco catalán gallego andaluz madrileño
     balear mallorquín valenciano asturiano canario""",
     """española francesa alemana italiana inglesa británica portuguesa brasileña mexicana
     chilena colombiana peruana venezolana uruguaya ecuatoriana boliviana paraguaya cubana
     estadounidense rusa ucraniana serbia suiza vasca catalana gallega andaluza madrileña
     balear mallorquina valenciana asturiana canaria"""))
_SPANISH_DEMONYMS = _LOWERCASE_DEMONYMS["el"] | _LOWERCASE_DEMONYMS["la"]


def epithet(mention: str) -> str | None:
    """The demonym of "Le Basque", "el argentino", "der Bayer" (a definite article and a
    demonym: a person the page has introduced), in lower case; None for any other mention."""
    parts = re.sub(r"^([Ll])['’]", r"\1' ", mention).split()
    if len(parts) != 2:
        return None
    table = _LOWERCASE_DEMONYMS if parts[1].islower() else _CAPITALISED_DEMONYMS
    word = parts[1].lower()
    return word if word in table.get(parts[0].lower(), ()) else None


# news agencies that German copy writes in lowercase ("berichtete die dpa")
LOWERCASE_AGENCIES = {"dpa", "epd", "kna"}


def _np_word(tok: Token) -> bool:
    if AGE_NOUN.fullmatch(tok.low) or _TIMES_ADJECTIVE.fullmatch(tok.low) or \
            tok.text in LOWERCASE_AGENCIES:
        return True
    low = tok.low.rstrip(".")
    if tok.is_cap or ARTICLE_NAME.match(tok.text):
        return tok.text not in CAP_STOP and not is_capital_adverb(tok.text)
    stem = elided(low[:-2] if low.endswith(("’s", "'s")) else low)
    return is_role_noun(stem) or stem in ROLE_ADJECTIVES or low in TITLE_WORDS or (
        low in OFFICE_WORDS and low != "economic")  # "the fisheries minister", "the foreign
    # affairs minister" (not "Disappointing economic reports")


def elided(word: str) -> str:
    """A French word without its elided article: "l'avocat" -> "avocat", "l’armée" -> "armée"
    (lowercase; "L'Union africaine" is a name and is read as one)."""
    return word[2:] if word[:2] in {"l'", "l’"} and word[2:3].isalpha() else word


# months that are surnames too ("Theresa May", "Brian May"), read as such after a given name
SURNAME_MONTHS = {"May", "June", "April", "August"}


def _given_name(tok: Token) -> bool:
    """A capitalised word that may stand before a surname ("Theresa", "Mrs"): no stop word,
    no role ("Ministers May Say More" is a headline's modal)."""
    return tok.is_cap and tok.text not in CAP_STOP and tok.text.isalpha() and \
        not is_capital_adverb(tok.text) and (
        tok.low in {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord"} or
        not is_role_noun(tok.low) and tok.low not in TITLE_WORDS)


OF_WORDS = {"de", "du", "des", "del", "von"}  # "of" before a complement, in other languages
RELATIVE_PRONOUNS = {"who", "quien", "qui", "который", "которая", "який", "яка"}  # a person's
# a sentence opening with those who came along ("Acompañado de su par, X, destacó que …"):
# the names in it are companions, the subject is elided or comes after them
ACCOMPANIED = re.compile(r"\s*(?:Acompañad[oa]s?|Flanquead[oa]s?|Rodead[oa]s?|Accompagnée?s?|"
                         r"Entourée?s?|Flanquée?s?|Begleitet|Flankiert|Accompanied|Flanked|"
                         r"В сопровождении|У супроводі)\s")


def _body_adjective(toks: list[Token], i: int, j: int) -> bool:
    """Whether token ``j`` is a lowercase adjective inside the name of the body that the noun
    phrase ``[i, j)`` names: "le ministère de l'Éducation nationale"."""
    return toks[j].text.isalpha() and toks[j].text.islower() and bool(
        FRENCH_ADJECTIVE.search(toks[j].low)) and (
        toks[j - 1].is_cap or _elided_name(toks[j - 1].text)) and any(
        t.low in FOREIGN_BODIES for t in toks[i:j])


def _elided_name(word: str) -> bool:
    """A name after an elided article: "l'Intérieur", "d'État"."""
    return word[:2].lower() in {"l'", "l’", "d'", "d’"} and word[2:3].isupper()


def is_role_noun(word: str) -> bool:
    """A noun that can head a speaker's noun phrase: a role noun, hyphenated ones by their
    parts ("director-general", "editor-in-chief"), a deputy's ("vicepresidenta"), the English
    plural of one ("the ministers", "rights groups", "the coup leaders"), a body or group
    (SUBJECT_NOUNS), a past one written as one word ("la exdiputada")."""
    return word in ROLE_NOUNS or word in SUBJECT_NOUNS or (
        "-" in word and any(p in ROLE_NOUNS for p in word.split("-"))) or (
        is_past_role(word)) or word[:4] in {"vice", "vize"} and word[4:] in ROLE_NOUNS or (
        word.endswith("s") and word[:-1] in ROLE_NOUNS and word[:-1].isascii())


def compound_role(word: str) -> bool:
    """A German compound ending in a role noun: "Sportdirektor", "DFB-Sportdirektor",
    "Ministerpräsident" (lowercase ``word``)."""
    head, _, word = word.rpartition("-")
    if head and word in ROLE_NOUNS and len(word) >= 6:
        return True  # "ZDF-Moderatorin": the role after its outlet or body
    return len(word) >= 8 and word.isalpha() and compound_tail(word, ROLE_NOUNS, 4) is not None


def is_role_noun_or_compound(word: str) -> bool:
    """A role noun, or a German compound ending in one ("Generaldirektor", "Bundespräsidentin")
    (lowercase ``word``)."""
    return is_role_noun(word) or compound_role(word)


def compound_tail(word: str, vocabulary, shortest: int) -> str | None:
    """The last part of a German compound that ``vocabulary`` holds, of ``shortest`` letters or
    more, after a first part of three or more ("regierungssprecher": "sprecher")."""
    return next((word[n:] for n in range(3, len(word) - shortest + 1) if word[n:] in vocabulary),
                None)


def is_past_role(word: str) -> bool:
    """A past role written as one word: "expresidenta", "exministro"."""
    return word.startswith("ex") and word[2:] in ROLE_NOUNS


CYRILLIC_LETTERS = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ")  # lowercase
CYRILLIC_NAME = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+")  # a capitalised Cyrillic word
_CYRILLIC_LOWER = re.compile(r"[а-яёіїєґ'’-]+")  # a lowercase one
_RUSSIAN_ADVERB = re.compile(r"[а-яёіїєґ'’]{3,}о")  # "ярко", "официально", "публично", "офіційно"
FRENCH_ADJECTIVE = re.compile(r"(?:al|ale|ais|aise|ain|aine|ien|ienne|éen|éenne|ique|ois|oise"
                              r"|ol|ole|ano|ana|ino|ina|iste|aire"
                              r"|és|esa|ense|eno|ena|ico|ica|ista|ola|ués|uesa|ruso|rusa|chino"
                              r"|china|turco|turca|israelí|iraní|saliente|electo|electa|russe"
                              r"|turc|turque|allemand|allemande|sortant|sortante|opositor"
                              r"|opositora|interino|interina|adjoint|adjointe)$")  # after its
# noun, French and Spanish: "le président guinéen", "el mandatario francés", "la ministra
# española", "el presidente progresista"


def postnominal_adjective(word: str, noun: str) -> bool:
    """``word`` an adjective after ``noun``, a role, body or group of French or Spanish, in the
    singular or the plural ("el mandatario francés", "las autoridades ecuatorianas")."""
    return (noun in FOREIGN_BODIES or noun in FOREIGN_ROLES or noun in FOREIGN_GROUPS) and bool(
        FRENCH_ADJECTIVE.search(word) or word.endswith("s") and FRENCH_ADJECTIVE.search(word[:-1]))


_FRENCH_ADVERB = re.compile(r"(?:[éèêàâîôûç]\w*ment|mment|ellement|iquement|ivement|airement|"
                            r"alement|dement|mement|uement|chement|eusement|ainement|"
                            r"(?<!sta)tement|^seulement|^simplement|^largement)$")
# ^ French adverbs after the auxiliary "a" ("a rapidement déclaré"), not English nouns after the
# article ("a statement", "a settlement", "a movement")
PEOPLE_NOUNS = {"person", "personen", "mensch", "menschen", "leute"}  # German: no one's name
GERMAN_NOUN = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{3,}(?:ung|heit|keit|schaft|ität)$")  # no one's
# name: "Unterstützung", "Gesundheit", "Mannschaft"
_LY_NOUNS = {"family", "ally", "assembly", "rally", "supply", "daily", "weekly", "monthly"}


def adverb(toks: list[Token], n: int) -> bool:
    """An adverb between a subject and its cue: "repeatedly", "solennellement", "claramente",
    "официально"; not a noun in -ly or -ment ("The statement reiterated", "his family said")."""
    t = toks[n]
    if not t.text.islower() or n > 0 and toks[n - 1].low in DETERMINERS and not (
            toks[n - 1].low == "a" and _FRENCH_ADVERB.search(t.low)):
        return False  # "his family", "the daily", "le gouvernement", "a statement"; not the
        # French auxiliary in "a également dit"
    if t.low.endswith("ly"):
        return len(t.low) > 4 and t.low not in _LY_NOUNS
    if t.low.endswith(("ement", "mment", "mente")):
        return len(t.low) > 6 and t.low not in ROLE_NOUNS | ORG_WORDS and n > 0
    return _RUSSIAN_ADVERB.fullmatch(t.text) is not None


@functools.lru_cache(maxsize=1)
def role_groups() -> tuple[dict[str, str], frozenset[str]]:
    """(role word -> its group's first word, generic role words), from rules/roles.txt."""
    groups, generic, _ = _role_sections()
    return groups, generic


@functools.lru_cache(maxsize=1)
def subject_roles() -> frozenset[str]:
    """The generic role words of rules/roles.txt's [subject] section ("player", "actor")."""
    return _role_sections()[2]


@functools.lru_cache(maxsize=1)
def _role_sections() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """rules/roles.txt read once: the groups above [generic], the words of [generic] and
    [subject] (both generic), those of [subject]."""
    groups: dict[str, str] = {}
    generic: set[str] = set()
    subject: set[str] = set()
    section = ""
    text = resources.files("compare").joinpath("rules/roles.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif line and section in {"generic", "subject"}:
            generic.update(line.split())
            if section == "subject":
                subject.update(line.split())
        elif line:
            words = line.split()
            for w in words:
                groups.setdefault(w, words[0])
    return groups, frozenset(generic), frozenset(subject)


# every word of rules/roles.txt can head a speaker's noun phrase ("el multimillonario anunció",
# "нардеп наголосив"), but for English words that are mostly something else there ("prime",
# "general", "forward", "chair", "head" …)
ROLE_NOUNS |= {w for w in (*role_groups()[0], *role_groups()[1]) if w not in {
    "head", "prime", "premier", "general", "forward", "chair", "prop", "hooker", "boss",
    "player", "assistant", "mp", "debutant", "skipper", "winger", "defender", "striker",
    "champion", "athlete", "singer", "actor", "actress", "unionist", "executive", "bishop",
    "archbishop"}}


def compound_role_group(word: str, groups: dict[str, str]) -> str | None:
    """``word``'s group in ``groups`` (``role_groups()[0]``), a German compound by its last
    part ("außenminister", "regierungssprecher": "minister", "spokesman"); None if it has none."""
    if word in groups:
        return groups[word]
    if "-" in word and (last := word.rpartition("-")[2]) in groups:
        return groups[last]  # "zdf-moderatorin", "dfb-präsident"
    tail = compound_tail(word, groups, 6) if len(word) >= 9 and word.isalpha() else None
    return groups[tail] if tail is not None else None


# possessives that make a role someone else's ("his spokesman" is not the man "his" stands for)
PERSON_POSSESSIVES = {"his", "her", "their", "son", "sa", "ses", "leur", "su", "sus", "sein",
                      "seine", "seiner", "ihr", "ihre", "его", "её", "ее", "їх", "його", "її"}


# roles written as a phrase, and the role word they stand for ("a|b": either office)
PERIPHRASES = {"head of state": "president", "country's leader": "president",
               "country’s leader": "president", "jefe del ejecutivo": "president",
               "jefe de estado": "president", "chef de l'état": "president",
               "chef de l’état": "president", "chef de l'etat": "president",
               "chef de l’etat": "president", "primer mandatario": "president",
               "primera mandataria": "president", "глава государства": "president",
               "глава региона": "governor", "глава области": "governor",
               "глава держави": "president", "глава правительства": "premier",
               "глава уряду": "premier", "глава мид": "minister", "глава мзс": "minister",
               "очільник мзс": "minister", "керівник мзс": "minister", "голова мзс": "minister",
               "очільник уряду": "premier", "очільник держави": "president",
               "глава министерства": "minister", "глава міністерства": "minister",
               "глава ведомства": "minister", "руководитель ведомства": "minister",
               "глава відомства": "minister", "очільник відомства": "minister",
               "керівник відомства": "minister",  # the ministry ("agency") a minister heads
               # a foreign minister, with or without the country ("the head of Russian
               # diplomacy", "le chef de la diplomatie française"): read without it
               "head of diplomacy": "minister", "chief of diplomacy": "minister",
               "chef de la diplomatie": "minister", "cheffe de la diplomatie": "minister",
               "jefe de la diplomacia": "minister|chancellor",  # "el canciller" in Latin America
               "jefa de la diplomacia": "minister|chancellor",
               "chefdiplomat": "minister", "chefdiplomatin": "minister",
               "presidente del gobierno": "premier|president",  # Spain's prime minister
               "presidenta del gobierno": "premier|president",
               "head of government": "premier|chancellor",
               "head of the government": "premier|chancellor",
               "chef du gouvernement": "premier|chancellor",
               "jefe del gobierno": "premier|chancellor", "jefa del gobierno": "premier|chancellor",
               "глава дипломатии": "minister", "глава дипломатії": "minister"}


def periphrase_words(words: list[str]) -> list[str]:
    """A role phrase's words without the country ("head of (Russian) diplomacy", "глава
    (российской) дипломатии"), as ``PERIPHRASES`` lists them."""
    return [w for w in words if w not in country_words() and not (
        w[:1] in CYRILLIC_LETTERS and w.endswith(("ской", "ської", "цкой", "цької", "ского",
                                                       "ського", "цкого", "цького")))]


def subject_end(toks: list[Token], k: int) -> int:
    """Where the subject of the cue at token ``k`` ends: auxiliaries and adverbs before it
    skipped ("has repeatedly said", "avait solennellement demandé", "ярко прокомментировал")."""
    j = k
    while j > 0:
        if (n := adverb_phrase_before(toks, j)) is not None:
            j = n  # (first: "d’ores et déjà" ends in an adverb of its own)
        elif toks[j - 1].low in SKIP_BEFORE_CUE or adverb(toks, j - 1):
            if toks[j - 1].text in SURNAME_MONTHS and j > 1 and (
                    _given_name(toks[j - 2]) or toks[j - 2].text in {",", QUOTE_TOKEN}):
                break  # "Theresa May said", "“…,” May wrote": not the modal
            j -= 1
        else:
            break
    return j


# adverbial phrases between an auxiliary (or the subject) and the cue: "Il a par ailleurs
# rappelé", "elle a, à son tour, dénoncé", "X ha, sin embargo, advertido"
_ADVERB_PHRASES = [tuple(w.split()) for w in (
    "par ailleurs", "en outre", "de son côté", "à son tour", "tout de même", "pour sa part",
    "quant à lui", "quant à elle", "lui aussi", "elle aussi", "en effet", "en ce sens",
    "dans le même temps", "à nouveau", "une nouvelle fois", "por su parte",
    "sin embargo", "a su vez", "por otra parte", "de nuevo", "una vez más", "no obstante",
    "ihrerseits", "seinerseits", "d’ores et déjà", "d'ores et déjà", "bel et bien",
    "une fois de plus", "до этого", "перед этим", "после этого", "до того", "до цього",
    "перед цим", "після цього")]
_AUXILIARIES = {"a", "ont", "avait", "avaient", "ha", "han", "había", "habían", "hat", "haben",
                "hatte", "hatten", "has", "have", "had"}


_ADVERB_PHRASE_ENDS = {words[-1] for words in _ADVERB_PHRASES}


def adverb_phrase_before(toks: list[Token], j: int) -> int | None:
    """Where an adverbial phrase ending before token ``j`` starts, also when commas set it off
    right after an auxiliary ("a, à son tour, dénoncé"); None when there is none."""
    if j < 2 or toks[j - 1].low not in _ADVERB_PHRASE_ENDS and not (
            toks[j - 1].text == "," and toks[j - 2].low in _ADVERB_PHRASE_ENDS):
        return None  # (most tokens end no phrase: a set look-up first)
    for words in _ADVERB_PHRASES:
        m = len(words)
        if j - m > 0 and tuple(t.low for t in toks[j - m:j]) == words:
            return j - m
        if j - m - 3 >= 0 and toks[j - 1].text == "," and toks[j - m - 2].text == "," and \
                tuple(t.low for t in toks[j - m - 1:j - 1]) == words and \
                toks[j - m - 3].low in _AUXILIARIES:
            return j - m - 2
    return None


_SLAVIC_PREPOSITIONS = {"в", "во", "на", "с", "со", "по", "для", "при", "после", "перед", "у", "от",
                        "о", "об", "за", "из", "через", "з", "із", "під", "після"}
_SLAVIC_ADVERBS = {"также", "ранее", "вновь", "уже", "еще", "ещё", "тоже", "сегодня", "вчера",
                   "позже", "затем", "теж", "також", "раніше", "знову", "вже"}


def _subject_before_phrase(toks: list[Token], j: int) -> int | None:
    """"Иван Сидоров в интервью ТАСС заявил", "Песков на брифинге в Москве заявил": Russian and
    Ukrainian put a prepositional phrase between the subject and its verb. Where the subject
    ends, when the phrase holds a common noun (a bare place is the locative rule's), else None."""
    for p in range(j - 1, max(j - 9, 0), -1):
        if not toks[p].text[:1].isalnum() or toks[p].text == QUOTE_TOKEN:
            return None
        if toks[p].low not in _SLAVIC_PREPOSITIONS or not any(
                _CYRILLIC_LOWER.fullmatch(t.text) and t.low not in _SLAVIC_PREPOSITIONS
                for t in toks[p + 1:j]):
            continue
        if toks[p].low == "по" and j - p > 3 and all(
                t.is_cap and not t.text.isupper() and set(t.low) <= CYRILLIC_LETTERS
                for t in toks[j - 2:j]):
            return None  # "Главный тренер сборной по легкой атлетике Юрий Моисевич заявил":
            # the role's field, then the name of the subject
        q = p - 1
        while q > 0 and toks[q].low in _SLAVIC_ADVERBS:
            q -= 1
        if q == 0 and toks[j - 1].is_cap and toks[j - 2].low not in _SLAVIC_PREPOSITIONS \
                and not toks[j - 1].text.isupper() and not is_medium(toks[j - 1].text):
            return None  # "Сразу после поединка Бивол прокомментировал": the phrase opens the
            # sentence, the name right before the verb is its subject
        if q > 0 and toks[q].text == ",":  # "Олександр Усик, ставши чемпіоном, в рингу сказав"
            c = next((n for n in range(q - 1, max(q - 16, 0), -1)
                      if not toks[n].text[:1].isalnum()), None)
            if c is not None and toks[c].text == "," and toks[c - 1].is_cap \
                    and set(toks[c + 1].text) <= CYRILLIC_LETTERS:
                return c
            return None
        if q >= 0 and toks[q].text[:1].isalnum() and any(  # "Пресс-секретарь президента в …"
                t.is_cap or is_role_noun(t.low) for t in toks[max(q - 1, 0):q + 1]):
            return q + 1
    return None


def _body_name_before(toks: list[Token], k: int) -> bool:
    """Whether the capitalised words ending before token ``k`` open with a body's noun
    ("Fiscalía General", "Consejo Nacional Electoral"): a name that a "de …" may go on."""
    n = k
    while n > 0 and toks[n - 1].is_cap and toks[n - 1].low not in DETERMINERS and k - n < 5:
        n -= 1
    return n < k and toks[n].low in FOREIGN_BODIES


FAMILIAR = {"familiar", "close", "briefed", "knowledgeable"}  # "sources close to the talks"


def _familiar_with(toks: list[Token], j: int) -> tuple[int, int] | None:
    """"two people familiar with the matter said", "sources close to Ana Ruiz said": the people
    who know, ending at token ``j`` (not what they know of, nor whom they are close to)."""
    m = next((m for m in range(j - 2, max(j - 7, 1), -1) if toks[m].low in {
        "with", "to", "on", "about"} and toks[m - 1].low in FAMILIAR), None)
    if m is None or not all(t.text[:1].isalnum() for t in toks[m + 1:j]):
        return None
    head = np_before(toks, m - 1)
    if head is None and toks[m - 2].low in _KNOWERS:  # "a person briefed on the plans"
        head = (m - 2 - (m > 2 and toks[m - 3].low in DETERMINERS | {"a", "an", "one"}), m - 1)
    return (head[0], j) if head is not None else None


# sources a page does not name ("сообщил ТАСС источник", "Fuentes de la Casa Rosada")
SOURCE_NOUNS = frozenset("""source sources fuente fuentes quellen источник источники собеседник
собеседница собеседники джерело джерела співрозмовник співрозмовниця""".split())
_KNOWERS = SOURCE_NOUNS | {"person", "people", "persons", "insider", "insiders"}


def np_before(toks: list[Token], k: int) -> tuple[int, int] | None:
    """Token range [i, j) of the noun phrase ending just before token ``k`` (a cue)."""
    j = subject_end(toks, k)
    if j == 0:
        return None
    if (familiar := _familiar_with(toks, j)) is not None:
        return familiar
    if j >= 4 and toks[j - 3].low in OF_WORDS and _elided_name(toks[j - 2].text) and \
            _body_adjective(toks, j - 4, j - 1):  # "Le ministère de l'Éducation nationale a dit"
        return (j - 4 - (j > 4 and toks[j - 5].low in DETERMINERS), j)
    if j == 1 and toks[0].is_cap and toks[0].text.isalpha() and toks[1].low in _INTENSIFIERS:
        return (0, 1)  # "Kurz selbst sagte": a name, though "Kurz" may open a sentence
    if (end := _subject_before_phrase(toks, j)) is not None and (
            inner := np_before(toks, end)) is not None:
        return inner
    if toks[j - 1].text == ")":  # "Sen. Ann Perdue (R-Ga.) said", "Le groupe Stellantis
        n = j - 2  # (Citroën, Peugeot, Fiat, Chrysler…) a annoncé"
        while n >= max(0, j - 16) and toks[n].text != "(":
            n -= 1
        if n >= 1 and toks[n].text == "(":
            inner = np_before(toks, n)
            if n + 2 == j - 1 and toks[n + 1].text.isupper() and set(toks[n + 1].low) <= \
                    CYRILLIC_LETTERS and (inner is None or inner[1] - inner[0] == 1):
                return (n + 1, n + 2)  # "Федерация … на коньках России (ФФККР) опубликовала":
                # the body's acronym, not the last word of its name
            acronym = n + 2 == j - 1 and toks[n + 1].text.isupper()  # "Le Rassemblement
            # national (RN) a annoncé", "La ministre (PS) a dit": an acronym after a phrase
            # that does not end in a capital
            return inner if inner is not None and (toks[inner[1] - 1].is_cap or acronym) \
                else None
    if j >= 2 and toks[j - 1].text in _SPANISH_DEMONYMS and toks[j - 2].low in {"el", "la"}:
        return (j - 2, j)  # "el argentino dijo": a person, named by where they come from
    if toks[j - 1].text in SURNAME_MONTHS and j >= 2 and toks[j - 2].text in {",", QUOTE_TOKEN}:
        return (j - 1, j)  # "“…,” May wrote": a surname (a month opens no clause)
    if toks[j - 1].text in _DASH_TOKENS and j > 2:  # "Poland - a crucial EU member - has said"
        n = next((n for n in range(j - 2, max(0, j - 16), -1) if toks[n].text in _DASH_TOKENS),
                 0)
        if n > 0 and 0 < j - 1 - (n + 1) <= 4 and all(t.is_cap for t in toks[n + 1:j - 1]):
            return (n + 1, j - 1)  # "The mayor - Ana Ruiz - said": the name set off
        inner = np_before(toks, n) if n > 0 else None
        return inner if inner is not None and toks[inner[1] - 1].is_cap else None
    if j > 1 and toks[j - 1].low in {"lui", "leur", "les", "le", "nos", "me"} and (
            toks[j - 2].is_cap or is_role_noun(toks[j - 2].low)):
        j -= 1  # "M. Trudeau lui avait demandé", "la Sanidad les advirtió": the object clitic
    last = toks[j - 1]
    if last.low in PRONOUNS and not last.text.isupper() or last.text == "I":
        return (j - 1, j)
    i = j
    while i > 0:
        t = toks[i - 1]
        if _np_word(t):
            i -= 1
        elif (t.low in CONNECTORS or t.text == "&") and i > 1 and toks[i].is_cap and (
                toks[i - 2].is_cap or AGE_NOUN.fullmatch(toks[i - 2].low)):
            i -= 1  # "Bank of England", "der 34-Jährige von Real Madrid", "Marks & Spencer"
        elif t.low in {"de", "du", "del", "des"} and i > 1 and _np_word(toks[i]) and (
                toks[i - 2].low in FOREIGN_BODIES | FOREIGN_ROLES or _body_name_before(toks,
                                                                                   i - 1)
                or toks[i - 2].low.startswith(("l'ex", "l’ex")) and is_role_noun(
                    elided(toks[i - 2].low))):
            i -= 1  # "la préfecture de La Réunion", "le préfet de Mayotte X", "la Fiscalía
            # General del Estado de Bolivia"
        elif t.text in {"Without", "Sans", "Sin", "Ohne"} and i > 1 and toks[i].is_cap and \
                toks[i - 2].is_cap:
            i -= 1  # "Reporters Without Borders", "Médicos Sin Fronteras": inside a body's name
        elif t.low == "der" and i > 1 and toks[i].is_cap and toks[i - 2].is_cap and (
                is_role_noun(toks[i - 2].low) or is_person_role(toks[i - 2].low)):
            i -= 1  # "Der Chef der Partei Jan Holm", "eine Sprecherin der Ministerin X": a
            # genitive after a role (not the article opening the subject)
        elif t.low in {"de", "del"} and i > 4 and toks[i - 2].text == ")" and \
                toks[i - 3].text.isupper() and toks[i - 4].text == "(" and \
                _body_name_before(toks, i - 4):
            i -= 4  # "el Consejo Nacional Electoral (CNE) de Venezuela"
        elif t.low in {"de", "du", "del", "des"} and i > 2 and _np_word(toks[i]) and (
                toks[i - 2].low in country_words() and toks[i - 3].low in FOREIGN_BODIES):
            i -= 3  # "le ministère français de l'Intérieur"
        elif i > 2 and toks[i - 3].is_cap and toks[i].is_cap and (
                t.low in _ARTICLES and toks[i - 2].low == "de" or t.low == "the" and (
                    toks[i - 2].low == "of" and toks[i - 3].low in TITLE_WORDS | ROLE_NOUNS
                    or toks[i - 2].low in {"of", "on", "for"} and (
                        toks[i - 3].low in ORG_WORDS or toks[i - 3].low == "summit")
                    or toks[i - 2].low == "of" and i > 4 and toks[i - 4].low == "the" and any(
                        w.low in ORG_WORDS for w in toks[max(0, i - 7):i - 4]))):
            i -= 2  # "Organización Mundial de la Salud", "Minister of the Interior X", "World
            # Summit on the Information Society", "Committee on the Rights of the Child"
        elif t.text == "," and i > 3 and toks[i - 2].is_cap and toks[i - 3].low in {
                "for", "of"} and toks[i - 4].low in ORG_WORDS and _list_of_words(toks[i:j]):
            i -= 1  # "the Department for Culture, Media and Sport": a list inside a body's
            # name (not "less forbidding for Holm, Republicans and Democrats said")
        elif t.text in {"-", "’s", "'s"} and i > 1 and not (
                t.text == "-" and toks[i - 2].text.isupper() and len(toks[i - 2].text) > 2):
            i -= 1  # (a hyphen is a token of its own only where spaced; not "OSLO - The
            # minister", "Rome, SANA- The minister": a dateline)
        elif t.text in {"'", "’"} and i > 1 and toks[i].is_cap and toks[i - 2].is_cap and \
                toks[i - 2].end == t.start:
            i -= 1  # "the Professional Footballers' Association": a plural owner in the name;
            # "Rory O' Neill" (not "Brian 'Head' Welch": a nickname's opening quote)
        elif t.text in SURNAME_MONTHS and i > 1 and _given_name(toks[i - 2]) and not (
                i < len(toks) and toks[i].text[:1].isdigit()):
            i -= 1  # "Theresa May said", "Mrs May said"; not "In May said"
        elif i == j - 1 and i > 1 and t.text.isalpha() and t.text.islower() and is_role_noun(
                toks[i].low) and not t.low.endswith(_ADJECTIVE_ENDS) and t.low not in NOT_NOUNS \
                and (toks[i - 2].low.endswith(("'s", "’s")) or toks[i - 2].low == "the" and
                     toks[i].text.islower() and is_person_role(toks[i].low)) and \
                "of" not in (w.low for w in toks[max(0, i - 4):i - 2]):
            i -= 1  # "the company's operations director", "the port chief": a noun before the
            # role noun (not "the head of X's works council": the phrase governs the possessive)
        elif t.low[:1] in CYRILLIC_LETTERS and t.text.islower() and i < j and any(
                is_role_noun(toks[n].low) for n in range(max(0, i - 3), i)):
            i -= 1  # "Нападающий сборной Грузии": the role's genitive complement
        elif t.low[:1] in CYRILLIC_LETTERS and t.text.isalpha() and t.text.islower() and (
                t.low in CYRILLIC_BODIES or t.low.endswith(_NOMINATIVE_ADJECTIVE) and any(
                    w.low in CYRILLIC_BODIES for w in toks[i:min(j, i + 3)]) or any(
                    w.low in CYRILLIC_BODIES for w in toks[max(0, i - 4):i - 1])):
            i -= 1  # "Белорусский фонд спортивной солидарности", "Национальный олимпийский
            # комитет Белоруссии": a body written in lower case, the adjectives before it (in
            # the nominative: not "После этого"), its complement after it
        elif t.text == ")" and i > 3 and toks[i - 2].text.isupper() and \
                toks[i - 3].text == "(" and toks[i - 4].low in CYRILLIC_BODIES:
            i -= 3  # "комитет (НОК) Белоруссии": the acronym inside the name
        elif i > 1 and t.text.isalpha() and t.text.islower() and _DECLINED_ADJECTIVE.fullmatch(
                t.low) and toks[i - 2].low in GERMAN_ARTICLES and toks[i].is_cap:
            i -= 1  # "Die österreichische Regierung", "Die zuständige Staatsanwaltschaft":
            # a declined adjective between the article and its noun
        elif i == j and i > 1 and t.text.isalpha() and (
                FRENCH_ADJECTIVE.search(t.low) and toks[i - 2].is_cap
                or postnominal_adjective(t.low, toks[i - 2].low)):
            i -= 1  # "le Rassemblement national", "le président guinéen": the adjective after
        else:
            break
    while i < j and toks[i].text == "-":
        i += 1  # "ESTADOS UNIDOS.- La Organización …": a dateline's dash
    if i < j - 1 and toks[i].low == "and":
        i += 1  # "met on Monday and Astiazaran added": the name after the conjunction
    if i == j:
        return _head_of_phrase(toks, j)
    if toks[i].text[:2] in {"l'", "l’"} and not toks[i].text[2:3].islower():
        return None  # "l’Intérieur" is the end of a body's name, not all of it ("l'ancienne
        # ministre" is all of a role)
    if i > 0 and toks[i - 1].low == "a" and toks[i].is_cap and toks[j - 1].is_cap and \
            i > 1 and toks[i - 2].text.isalpha() and toks[i - 2].text.islower():
        return None  # "hizo un gesto a Mestalla indicando": the personal "a", an object
    if i > 0 and toks[i - 1].low in DETERMINERS:
        i -= 1
    if not _has_head(toks[i:j]):
        return None
    if i > 1 and toks[i - 2].text.isalpha() and toks[i - 2].low[:1] in CYRILLIC_LETTERS and \
            role_in_genitive(toks[i - 1].low, is_person_role) and all(
                CYRILLIC_NAME.fullmatch(t.text) for t in toks[i:j]) and nominative(
                " ".join(t.text for t in toks[i:j]), "gen") != " ".join(t.text for t in toks[i:j]):
        return (i - 2, j)  # "Жена министра Ивана Холмова заявила": the minister's wife, a
        # name in the genitive after a role in the genitive and its head
    if i > 1 and toks[i - 1].low in _LOCATIVES and (toks[i - 2].is_cap or toks[i - 2].low in
                                                    ORG_WORDS | _PLACED_NOUNS) and not (
            j - i > 1 and CYRILLIC_NAME.fullmatch(toks[j - 1].text)):  # "Посол России в США
        # Иван Сидоров": a name after the place; "The embassy in Moscow": the place alone
        head = np_before(toks, i - 1)
        if head is not None and toks[i - 1].low == "en" and toks[i - 2].low in ROLE_NOUNS and \
                j - i >= 3 and all(
                t.is_cap and t.text.isalpha() and t.low not in ORG_WORDS for t in toks[j - 2:j]):
            return (head[0], j)  # "el portavoz en el Congreso Patxi López": the role's name
        return head or (i, j)  # "The embassy in Moscow said": not Moscow
    return _role_of_body(toks, i, j) or (i, j)


def _list_of_words(toks: list[Token]) -> bool:
    """"Media and Sport", "Food and Rural Affairs": the end of a list of single words inside a
    body's name, its last item of any length (not "Tom Holm and Ana Ruiz": people); a role noun
    may follow it ("Media and Sport spokeswoman")."""
    while toks and toks[-1].text.islower() and is_role_noun(toks[-1].low):
        toks = toks[:-1]
    items = [[]]
    for t in toks:
        if t.low in {"and", ","}:
            items.append([])
        else:
            items[-1].append(t)
    return len(items) > 1 and all(len(item) == 1 for item in items[:-1]) and bool(items[-1])


def is_person_role(word: str) -> bool:
    """A word of rules/roles.txt: a person's role, titled or generic ("chief", "president"),
    never a body ("group")."""
    groups, generic = role_groups()
    return word in groups or word in generic


def _role_of_body(toks: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """"el líder del sindicato de la Sanidad": the Romance role whose complement ends in the
    body's name [i, j) found before the cue, rather than the body alone."""
    if i < 3 or toks[i - 1].low not in {"de", "del", "du", "des"}:
        return None
    for m in range(i - 3, max(-1, i - 7), -1):
        if toks[m].low in DETERMINERS and is_role_noun(toks[m + 1].low) and all(
                t.text.isalpha() and t.text.islower() for t in toks[m + 2:i - 1]):
            return None if toks[m + 1].is_cap else (m, j)
    return None


ALPHANUMERIC_NAME = re.compile(r"[A-Z][A-Z]*\d+[A-Z]*")  # "AT5", "G7", "S4C"; not "2024"
_DECLINED_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:e|en|er|es|em)")
_INTENSIFIERS = {"selbst", "même", "mismo", "misma", "himself", "herself", "сам", "сама"}
_LOCATIVES = {"in", "en", "im", "à", "au", "в", "во"}
_ADJECTIVE_ENDS = ("al", "ary", "ic", "ive", "ous", "ful", "ble", "ian", "ish", "ed", "ing")
_DASH_TOKENS = {"-", "–", "—"}
_PHRASE_PREPOSITIONS = {"in", "of", "for", "at", "on", "to"}
NOT_NOUNS = {"of", "to", "and", "or", "but", "can", "could", "was", "were", "is", "are", "has",
              "have", "had", "will", "would", "may", "might", "be", "been", "not", "that",
              "which", "who", "for", "in", "on", "at", "by", "with", "from", "as", "than", "if",
              "when", "while", "because", "so", "then", "there", "it", "he", "she", "they",
              "we", "i", "you", "also", "now"}


def _head_of_phrase(toks: list[Token], j: int) -> tuple[int, int] | None:
    """"The judge in the case said", "The head of the inquiry said": a speaker's noun phrase
    with a prepositional phrase of plain words after its head."""
    for p in range(j - 2, max(j - 6, 0), -1):
        if toks[p].low in _PHRASE_PREPOSITIONS:
            between = toks[p + 1:j]  # "the case", "the three bloggers": a determiner, nouns
            if not (1 < len(between) <= 3 and between[0].low in DETERMINERS and all(
                    t.text.isalpha() and t.text.islower() and t.low not in NOT_NOUNS
                    for t in between[1:])):
                return None
            inner = np_before(toks, p) or ((p - 2, p) if p > 1 and toks[p - 2].low in
                                           DETERMINERS else None)  # "the head"
            head = toks[inner[1] - 1] if inner is not None else None
            if head is not None and not head.is_cap and (
                    is_role_noun(head.low) or head.low in TITLE_WORDS):
                return (inner[0], j)
            return None
    return None


def np_after(toks: list[Token], k: int) -> tuple[int, int] | None:
    """Token range [i, j) of the noun phrase starting at token ``k`` ("according to X")."""
    if k >= len(toks):
        return None
    first = toks[k]
    if first.low in PRONOUNS:
        return (k, k + 1)
    i = k
    j = k + (1 if first.low in DETERMINERS or first.text in INDEFINITE_ARTICLES else 0)
    while j < len(toks):
        t = toks[j]
        if j > i and toks[j - 1].is_cap and (t.low in FOREIGN_BODIES or t.low in MEDIA and set(
                t.low) <= CYRILLIC_LETTERS):
            break  # "цитирует Сомова агентство" (or "РИА Новости"): a name, then the medium
        if _np_word(t):
            j += 1
        elif (t.low in CONNECTORS or t.text == "&") and j + 1 < len(toks) and \
                toks[j + 1].is_cap and j > i and toks[j + 1].low not in WEEKDAYS | MONTHS:
            j += 1  # not "X on Sunday"; "Standard & Poor's"
        elif t.low == "de" and j + 2 < len(toks) and toks[j + 1].low in _ARTICLES and \
                toks[j + 2].is_cap and j > i and toks[j - 1].is_cap:
            j += 2  # "la Fiscalía General de la Nación"
        elif t.text in {"’s", "'s"} and j > i:
            j += 1
        elif t.text in NAME_ARTICLES and j > i and toks[j - 1].is_cap and j + 1 < len(toks) \
                and toks[j + 1].is_cap:
            j += 1  # "Bruno Le Maire"
        elif t.low in OWNER_PREPOSITIONS and j > i and toks[j - 1].low in STATEMENT_NOUNS and \
                (owner := _statement_owner(toks, j + 1)) is not None:
            j = owner  # "le communiqué du groupe": the statement, then whose it is
        elif _split_age(toks, j):
            j += 3  # "86-летний Блаттер" (the tokens split at the hyphen)
        elif t.text.isdigit() and j + 2 < len(toks) and toks[j + 1].low == "jahre" and \
                toks[j + 2].low in {"alte", "alter", "alten"}:
            j += 3  # "die 38 Jahre alte Neuner"
        elif t.text in SURNAME_MONTHS and j > i and _given_name(toks[j - 1]) and not (
                j + 1 < len(toks) and toks[j + 1].text[:1].isdigit()):
            j += 1  # "said Theresa May"
        elif t.low in {"de", "du", "del", "des"} and j > i and (
                toks[j - 1].low in FOREIGN_BODIES or j > i + 1 and toks[j - 1].low in
                country_words() and toks[j - 2].low in FOREIGN_BODIES) and \
                j + 1 < len(toks) and (toks[j + 1].is_cap or _elided_name(toks[j + 1].text)):
            j += 2  # "le ministère (français) de l'Intérieur", "el ministerio del Interior"
        elif j > i and t.low in country_words() and toks[j - 1].low in FOREIGN_BODIES and \
                j + 2 < len(toks) and toks[j + 1].low in {"de", "du", "del", "des"}:
            j += 1  # "le ministère français" of "… de l'Intérieur"
        else:
            break
    while j > i + 1 and toks[j - 1].low in OFFICE_WORDS and toks[j - 1].text.islower() and \
            toks[j - 2].is_cap and not toks[j - 2].low.endswith(("'s", "’s")):
        j -= 1  # "told BBC News US policy …": an office word ends no name after it (but
        # "Valdoria's state gas company X" is a body's phrase)
    if j < len(toks) and _body_adjective(toks, i, j):
        j += 1  # "le ministère de l'Éducation nationale"
    if i < j < len(toks) and not toks[j - 1].is_cap and not is_role_noun(toks[j - 1].low):
        j = _body_name_end(toks, j)  # "Valdoria's state" + "gas company Valdogaz"
    elif j == i + 1 and toks[i].is_cap and toks[i].low in country_words():
        j = _body_name_end(toks, j, _DESCRIBED_HEADS)  # "Finnish security firm F-Secure",
        # "British actress Imelda Staunton": the name its nationality and kind describe
    if j == i or not _has_head(toks[i:j]) or j == k + 1 < len(toks) and \
            first.low in INDEFINITE_ARTICLES and toks[j].text.isalpha() and toks[j].text.islower():
        return None  # ("Une phrase qui …": an article and a common noun, no name)
    if first.low == "a" and toks[j - 1].is_cap and j > k + 1 and toks[k + 1].is_cap:
        return None  # "ha reprochado a Mazón": the Spanish personal "a" marks the object
    return (i, j)


def _statement_owner(toks: list[Token], k: int) -> int | None:
    """The end of the owner of a statement starting at ``k``: a name or a body's phrase
    ("Stellantis", "the company"), or a body's noun alone after a contracted article ("du
    groupe", "del Gobierno")."""
    if k < len(toks) and (toks[k].low in FOREIGN_BODIES or toks[k].low in BODY_NOUNS):
        return k + 1
    owner = np_after(toks, k)
    return owner[1] if owner is not None else None


# What kind of body a name is, written before it: "the state energy company Valdogaz"
BODY_NOUNS = {"company", "firm", "carmaker", "automaker", "group", "giant", "operator",
              "producer", "maker", "utility", "insurer", "lender", "agency", "regulator",
              "charity", "organisation", "organization", "ngo", "party", "union", "club",
              "watchdog", "retailer", "airline", "supermarket", "manufacturer", "bank",
              "агентство", "агентства", "компания", "компании", "издание", "издания"}
_DESCRIBED_HEADS = BODY_NOUNS | ROLE_NOUNS | role_groups()[1]  # (and "actress", "singer")
# "A hospital in Mayotte reported", "Officials in Kyiv said": the noun speaks, not the place
_PLACED_NOUNS = ROLE_NOUNS | BODY_NOUNS | ENGLISH_GROUPS | {
    "hospital", "hospitals", "clinic", "school", "prison", "church", "mosque", "embassy",
    "consulate", "organisations", "organizations", "groups", "firms", "charities", "banks",
    "agencies", "parties"}  # ("Catholic organisations in India have demanded")


def _body_name_end(toks: list[Token], j: int, heads: set[str] = BODY_NOUNS) -> int:
    """Past "gas company Valdogaz" when the noun phrase ending at ``j`` lacks its head: up to
    two plain words, a body noun (or another of ``heads``) and the capitalised name; else
    ``j``."""
    m = j
    while m < min(j + 2, len(toks)) and toks[m].text.isalpha() and toks[m].text.islower() \
            and toks[m].low not in heads and toks[m].low not in DETERMINERS | CONNECTORS:
        m += 1
    if m + 1 < len(toks) and toks[m].low in heads and toks[m + 1].is_cap \
            and toks[m + 1].text not in CAP_STOP:
        j = m + 1
        while j < len(toks) and toks[j].is_cap and toks[j].text not in CAP_STOP:
            j += 1
    return j


def np_until_comma(toks: list[Token], k: int, limit: int = 24) -> tuple[int, int] | None:
    """"according to exit polls, ...": the phrase after the cue up to a comma or the end."""
    j = k
    while j < len(toks) and j - k < limit and toks[j].text not in {",", ".", ";", ":", "—",
                                                                     "\u201cQ\u201d", "?", "!"}:
        j += 1
    if j == k or j - k >= limit:
        return None
    return (k, j)


def _split_age(toks: list[Token], m: int) -> bool:
    """Tokens ``m`` to ``m + 2`` are an age written "86-летний", split at the hyphen."""
    return 0 <= m and m + 2 < len(toks) and toks[m].text.isdigit() and toks[m + 1].text == "-" \
        and bool(AGE_NOUN.fullmatch(f"{toks[m].text}-{toks[m + 2].low}"))


def _has_head(toks: list[Token]) -> bool:
    ages = {m + d for m in range(len(toks) - 2) if _split_age(toks, m) for d in range(3)} \
        if any(t.text == "-" for t in toks) else ()  # "86-летний Блаттер"
    words = [t for n, t in enumerate(toks) if t.low not in DETERMINERS and t.low not in CONNECTORS
             and t.text not in INDEFINITE_ARTICLES and not (  # "die 38 Jahre alte Neuner"
                 t.text.isdigit() and n + 1 < len(toks) and toks[n + 1].low == "jahre")
             and n not in ages]
    if not words:
        return False
    if len(words) == 1 and AGE_NOUN.fullmatch(words[0].low):
        return True
    if any(ch.isdigit() for t in words if not AGE_NOUN.fullmatch(t.low)
           and not _TIMES_ADJECTIVE.fullmatch(t.low) and not ALPHANUMERIC_NAME.fullmatch(t.text)
           for ch in t.text):
        return False  # "the 2024 budget"; not "the 64-year-old president", "der 114-malige X",
        # "broadcaster AT5", "the G7"
    if len(words) > 1 and not words[-1].is_cap and (
            FRENCH_ADJECTIVE.search(words[-1].low) and not is_role_noun(words[-1].low)
            or postnominal_adjective(words[-1].low, words[-2].low)):
        words = words[:-1]  # "le président guinéen": the noun before its adjective (not "a
        # senior official", "the team captain": an English role ending like one)
    return any(t.is_cap or ARTICLE_NAME.match(t.text) or t.text in LOWERCASE_AGENCIES
               for t in words) \
        or is_role_noun(words[-1].low.rstrip("’s'")) \
        or is_role_noun(elided(words[-1].low))


# capitalised articles inside a name ("Marine Le Pen", "Bruno Le Maire"); German nouns are all
# capitalised, so "Die" is none
NAME_ARTICLES = {"Le", "La", "Les", "El", "Los", "Las"}
# lowercase words inside a name ("Eduardo del Castillo", "Omar bin Khalid")
NAME_PARTICLES = {"al", "bin", "bint", "ibn", "de", "da", "del", "van", "von", "der", "la", "le",
                  "di", "della", "du", "dos", "do", "ter", "ten"}


def appositive_name(text: str, toks: list[Token], i: int, j: int
                    ) -> tuple[int, int] | None:
    """A name set off by commas right after a role phrase: "X's press secretary, Dmitry Peskov,"."""
    if j < len(toks) and toks[j].text == ",":
        k = j + 1
        while k < min(j + 4, len(toks)) and not toks[k].is_cap and (
                toks[k].low in TITLE_WORDS or toks[k].low in ROLE_NOUNS):
            k += 1  # "The author of the request, deputy Ana Ruiz,"
        n = k
        while n < len(toks) and (toks[n].is_cap and toks[n].text not in CAP_STOP or n > k and
                                 toks[n].low in NAME_PARTICLES and n + 1 < len(toks)
                                 and toks[n + 1].is_cap):  # "Eduardo del Castillo"
            n += 1
        titled = [m for m in range(k, n) if toks[m].low in TITLE_WORDS]
        if n - k >= 2 and not any(t.low in ORG_WORDS for t in toks[k:n]) and (
                not titled or n - titled[-1] > 2):  # "his rival, Economy Minister Ann Lee"
            return (k, n)
    return None


MEDIA = {"reuters", "ap", "afp", "tass", "ria", "interfax", "bloomberg", "dpa", "efe", "ansa",
         "xinhua", "anadolu", "yonhap", "kyodo", "pti", "bbc", "cnn", "cnbc", "nbc", "abc", "cbs",
         "fox", "sky", "rt", "sputnik", "politico", "axios", "agency", "agencies", "newspaper",
         "newspapers", "media", "reports", "outlet", "outlets", "broadcaster", "radio",
         "television", "tv", "channel", "daily", *NEWSPAPER_WORDS, "wire", "magazine",
         "ria-novosti", "evening", "online", "zeitung", "spiegel", "periódico", "diario", "noticias", "nachrichten",
         "novosti", "presse-agentur", "nachrichtenagentur", "sender", "fernsehsender",
         "emisora", "agencia", "agence", "quotidien", "hebdomadaire", "chaîne", "televisión",
         "télévision",
         "агентство", "агентства", "издание", "издания", "газета", "газеты", "сми",
         "тасс", "риа", "интерфакс", "телеканал", "агентство", "агенція", "видання", "рбк",
         "телеканала", "телеканалу", "телеканале", "телеканалі", "агентству", "агентстві",
         "агенції", "газете", "газеті", "изданию", "виданню", "радио", "радіо",
         "радиостанции", "радіостанції",  # (the cases after "в эфире", "в интервью")
         "известия", "коммерсант", "коммерсантъ", "ведомости", "уніан", "укрінформ"}
# not "press" or "reporters": "told reporters" names an audience


def is_medium(mention: str) -> bool:
    """Whether a mention names a news medium ("Reuters", "the news agency AFP", "media
    reports", "Le Figaro", "Kazpravda.kz"), through which a statement is relayed rather than
    made."""
    low = mention.lower().strip()
    if SITE_NAME.search(low) or low.removeprefix("the ") in MEDIA_NAMES:
        return True
    words = re.findall(r"[\w-]+", low)
    return bool(words) and any(w in MEDIA for w in words) and not any(
        w in _MEDIA_PEOPLE for w in words)


# people at or of a medium: no medium ("told media representatives": an audience)
_MEDIA_PEOPLE = {"minister", "president", "spokesman", "spokeswoman", "secretary",
                 "representatives", "representative", "workers", "executives", "journalists",
                 "reporters"}


SITE_NAME = re.compile(r"\w\.(?:com|net|org|info|kz|ru|ua|by|uz|fr|es|de|it|ar|mx|co|cl|pe|ch"
                       r"|at|be)$")  # "Kazpravda.kz"
# names of news media that no word of MEDIA gives away
MEDIA_NAMES = {"le figaro", "le monde", "le parisien", "libération", "l'équipe", "l’équipe",
               "france inter", "france info", "franceinfo", "france 2", "france 3", "france 24",
               "europe 1", "bfmtv", "tf1", "lci", "rtl", "cnews", "el país", "el mundo",
               "clarín", "la nación", "infobae", "página 12", "bild", "der spiegel",
               "die zeit", "faz", "süddeutsche zeitung", "zdf", "ard", "kommersant",
               "europa press", "tve", "rtve", "rne", "cadena ser", "cope", "onda cero",
               "antena 3", "telecinco", "lasexta", "la sexta", "orf", "n-tv", "ntv", "kicker",
               "sport1", "rmc", "bein sports", "associated press", "press association",
               "canadian press", "press trust of india", "agence france-presse", "ndr", "wdr",
               "mdr", "swr", "rbb", "deutschlandfunk", "tagesschau", "handelsblatt",
               "tagesspiegel", "die welt", "welt am sonntag", "taz", "independent",
               "independent on sunday"}


@functools.lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """Word naming a country in a role ("russian", "kremlin", "guinéen") -> the country, from
    rules/countries.txt."""
    words: dict[str, str] = {}
    text = resources.files("compare").joinpath("rules/countries.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        names = line.split("#", 1)[0].lower().split()
        for w in names:
            words.setdefault(w.replace("_", " "), names[0])
    return words


_MINISTRY = re.compile(r"мин(?:фин|обороны|юст|здрав|энерго|транс|эконом|промторг|сельхоз|культ"
                       r"|обрнауки|цифры|природы|просвещения|труда|спорта|строя|иностранных)\w*")


@functools.lru_cache(maxsize=1)
def _genitive_places() -> frozenset[str]:
    """The genitive of each Cyrillic country word of rules/countries.txt and of the bodies
    ("россии", "китая", "україни", "кремля", "госдумы"): Russian and Ukrainian put a title's
    country or body after it in the genitive, with no preposition, between the title and the
    name."""
    forms = {"египта"}
    bodies = {w for w in ORG_WORDS if _CYRILLIC_LOWER.fullmatch(w)} | {
        "госдума", "госдеп", "рада", "совбез", "совфед", "центробанк", "нато", "оон",
        "москва", "киев", "київ", "минск", "мінськ", "петербург"}  # and capitals: "уроженка
    # Москвы", "мэр Киева"
    for word in [*country_words(), *bodies]:
        if not CYRILLIC_NAME.fullmatch(word.capitalize()) or word.endswith(
                ("ий", "ый", "ой", "ая", "ская")):
            continue  # adjectives ("российский") come before the title, not after it
        if word.endswith(("ия", "ія")):
            forms.add(word[:-1] + ("и" if word.endswith("ия") else "ї"))
        elif word.endswith("а"):
            forms |= {word[:-1] + "ы", word[:-1] + "и"}
        elif word.endswith("я"):
            forms.add(word[:-1] + "и")
        elif word.endswith(("й", "ь")):
            forms |= {word[:-1] + "я", word[:-1] + "и"}
        elif word[-1] not in "аеёиоуыэюяіїє":
            forms.add(word + "а")
    return frozenset(forms)


def genitive_complement(word: str) -> bool:
    """A country, body or ministry in the genitive after a Cyrillic title ("Франции", "Китая",
    "Кремля", "Минфина"): part of the role, never a personal name or its first word."""
    low = word.lower()
    if low.endswith("s") and word[:1].isupper() and (
            low[:-1] in country_words() or low[:-1] in _GERMAN_STATES):
        return True  # German: "der Ministerpräsident Bayerns", "der Präsident Frankreichs"
    return bool(CYRILLIC_NAME.fullmatch(word)) and (
        low in _genitive_places() or low.endswith(("ии", "ії")) or bool(_MINISTRY.fullmatch(low)))


_GERMAN_STATES = frozenset("""
bayern sachsen hessen thüringen brandenburg berlin hamburg bremen niedersachsen saarland
nordrhein-westfalen rheinland-pfalz schleswig-holstein mecklenburg-vorpommern sachsen-anhalt
baden-württemberg europa
""".split())


def genitive_lead(words: list[str]) -> int:
    """How many of a name's first words are a title's country, body or ministry in the
    genitive ("Франции Эмманюэль Макрон": 1), leaving two words or more for the name."""
    n = 0
    while len(words) - n >= 3 and genitive_complement(words[n]):
        n += 1
    return n
