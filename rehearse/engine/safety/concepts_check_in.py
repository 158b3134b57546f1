"""Concept rules for the check-in categories, goodbye above all: oblique leave-taking said in ordinary words.

People rarely say "goodbye" when they are settling their affairs before a suicide (C-SSRS preparatory behaviour;
Joiner 2005, "Why People Die by Suicide", Harvard University Press). They say who gets the cat, where the passwords
are, "tell my sister I'm sorry", "look after mum for me", "if I don't turn up next week it's not your fault", or they
cancel plans they "won't be there for". Each rule below pairs such an act with a word that makes it final (a keeping,
an absence, a reassurance), so a plain gift, a note or a thank-you stays calm; moves, new jobs and holidays are read
as ordinary partings (Rule.leaving) and the ending of therapy as therapy (Rule.therapy).
"""

from __future__ import annotations

import re
from dataclasses import replace

from rehearse.engine.safety.concepts import either, near, seq
from rehearse.engine.safety.lexicon import alt, verbs, words
from rehearse.engine.safety.rule import REGISTRY, T2, Pat, Rule, rule

_FIRST = len(REGISTRY)

# The ordinary partings check.py reads (Rule.leaving) include words these acts are said with: "while I still can",
# "my wedding ring", "my birthday backwards", "the next session", "cancelled the trip". The rules marked below read a
# narrower list of their own instead, in the rest of the reply from where the act is named.
ORDINARY = (r"moving|move|moved|abroad|holiday|holidays|travelling|traveling|leaving (?:party|do|drinks)|new job|"
            r"retire|retiring|retirement|graduat\w*|colleagues?|going away|emigrat\w*|relocat\w*|university|uni|"
            r"gap year|exchange|semester|end of term|while i am (?:away|on|at|in|off)|for the (?:week|weekend)|"
            r"declutter\w*|downsiz\w*|mortgage|solicitor|bought (?:the|a) house|new (?:house|flat|place|one|job)|"
            r"outgrown|grown out|upgraded|charity shop|divorce|for a (?:few )?(?:days|weeks|week|while|bit)|"
            r"until i (?:am )?back|till i (?:am )?back|when i (?:am )?back|for work|at work|my job")


def unless_ahead(p: Pat, unless: str = ORDINARY) -> Pat:
    """p, unless a word of an ordinary parting follows where it starts (for the rules that cannot read Rule.leaving).

    p is matched first as a lookahead, so the scan of the rest of the reply is made only where p matches."""
    return Pat(f"\\b(?=(?:{p}))(?!.*\\b(?:{unless})\\b)(?:{p})", p.anchor)


# ---- word lists (kept here, not in lexicon.py, so parallel work on the word lists does not collide)
# Handing a thing of one's own to someone.
HAND_ON = verbs("rehome", "give", "hand over", "pass on", "sign over", "sign") + words("""
gave | given | gave away | given away | handed over | passed on | signed over | left | leaving | leave
donated | transferred | posted | go to
""")
# What makes a gift final: the giver will not need it, will not be there, or wants it kept and remembered.
KEEPING = words("""
keep it safe | keep it forever | keep them safe | keep them forever | told her to keep | told him to keep
remember me | to remember me | it was time he had | it was time she had | time he had them | time she had them
should have it now | should have them now | while i still can | while i can | right time | for the best
who will be around | someone who will be around | be around for | better than i can | better than me
could not leave them | can not leave them | with no one | look after them anymore | look after him anymore
look after her anymore | could not look after | can not look after | need it more than me | need them more than me
will not need | will not be needing | will not have a use | no need of | no use for | will not be driving
no point keeping | get more use out of | shall not be driving | shall not need | will not be able to look after
look after him better | look after her better | look after them better | better home | be better there
does not know why | did not know why | do not know why | you will see | they do not know | will not have a use for
 | kept nothing | not to bring | can not take her back | can not take him back
""")
FINAL_KEEP = alt(KEEPING) + r"|\bto keep(?:\s(?:it|them|him|her))?(?=\s[.,]|\s*$)"
CREDENTIALS = words("""
passwords | password | pin | pin number | pin numbers | logins | login details | log ins | bank details
wallet seed | seed phrase | account details
""")
CRED_LEFT = words("""
envelope | notebook | in the back of | written down | written in | for my | for mum | for her | for him
will need | need them | need it soon | need it after | need them afterwards | afterwards | told my | given my | gave my
shown him | shown her | showed him | showed her | know where | where to find | if anything happens | in case
""")
WHO_GETS = (r"\bwho (?:gets|is getting|is having|will have|will get|should get|should have|can have|is taking|"
            r"will take|has) (?:my|the|what|which|all|his|her)\b(?![^.]*\b(?:divorce|separation|custody|weekends|"
            r"after the funeral|of (?:nan|gran|grandma|grandad|mum|mom|dad|his|her|their)\w*)\b)|"
            r"\bwhich of my (?:things|stuff)\b")
DECIDE = words("""
sorted | sorted out | sorting | sorting out | decided | deciding | labelled | labelling | labeled | labeling | list
instructions | written | wrote | worked out | clear | told | planned | organised | organized | calm
""")
# Messages to the people left, said to someone who will pass them on.
TELL = Pat(r"\b(?=tell\b|make sure\b|let\b)(?<!\bto )(?<!\bi )(?<!\bwill )(?<!\bshould )(?<!\bcould )"
           r"(?<!\bwould )(?<!\bmight )(?<!\bdid )(?:tell|make sure|let) "
           r"(?:my [\w']+(?: [\w']+)?|everyone|everybody|them|mum|mom|dad|the (?:kids|lads|girls|boys|group|"
           r"family))(?: know)?(?: that)?", frozenset({"tell", "sure", "let"}))
LAST_WORDS = (r"\b(?:i love (?:him|her|them|you)|i loved (?:him|her|them|you)|i am sorry|i was sorry|i said "
              r"(?:bye|goodbye|cheers)|it (?:was not|is not|was never|is never) (?:her|his|their|your) fault)\b")
LOOK_AFTER = (r"\b(?:look after|take care of|keep an eye on|watch over|care for) (?:mum|mom|dad|our mum|our dad|"
              r"my (?:[\w']+ )?(?:mum|mom|dad|sister|brother|husband|wife|partner|kids|children|son|daughter|"
              r"family|parents|nan|gran|grandma|grandad|boyfriend|girlfriend)|the (?:lads|girls|boys|family))"
              r" (?:for me|after|when i)\b(?!\s(?:while|on|at|this|tonight|tomorrow|today|for (?:a|an|the)|until|"
              r"till|next|over|during|am (?:at|out|away|working)))")
# An absence announced ahead, and a reassurance to go with it.
ABSENT_IF = (r"\bif (?:i|you) (?:do not|am not|did not|never|can not|will not) (?:turn up|show up|come|make it|"
             r"hear from me|see me|at|here|back)\b")
REASSURE = words("""
fault | helped | you did everything | you did your best | worry | sorted | fine | know | thank | thanks | want
said what i needed
""")
THANKS_FINAL = (r"\b(?:thanks|thank you|thank you so much|thnk you|thank) (?:for (?:trying|everything|all of it|"
                r"putting up with me|being (?:kind|good|there)|all (?:you|your))|anyway)\b|\bappreciated all of it\b|"
                r"\byou did (?:everything (?:you could|right|you can)|your best (?:with|for) me)\b|"
                r"\bthis therapy helped\b")
FINAL_WORD = (r"\b(?:bye|goodbye|bye forever|whatever happens|whatever happens after|not your fault|not on you|"
              r"before i go|the last (?:thing|time|one)|will not see you|nice knowing|in a final way|i mean that "
              r"in a|last call|it was not enough|for how long|if you do not hear|if i do not)\b")
# Plans cancelled or refused because the speaker will not be there for them.
CANCEL = (r"\b(?:cancelled|canceled|cancelling|canceling|cancel|stopped (?:planning|booking|taking bookings|"
          r"replying)|not renewing|not booking|no point booking|do not book me|"
          r"do not need to book|told (?:mum|mom|dad|them|her|him) not to|gave notice|"
          r"given notice|not coming back)\b")
NOT_THERE = (r"\b(?:will not|am not going to|not going to|might not|may not) be (?:(?:there|here|around|at it)"
             r"(?=\s(?:for|by then|anymore|any more)\b|\s[.,]|\s*$)|anywhere)\b|"
             r"\bby then\b|\bwill not (?:matter|need (?:one|it))\b|\bno new job\b|\bdid not look for\b|"
             r"\bno need\b|\bwill not make it to\b|\bnot moving anywhere\b|\bpast this week\b|\bthen nothing\b")
TIDY = words("""
cleaned | cleared | cleared out | clearing | clearing out | tidied | tidying | sorted | sorting | deleted | deleting
paid | paid off | paying | cancelled | threw out | thrown out | returned | returning | went through | going through
taken care of | labelled | packed | packing | washed
""")
NOBODY_HAS_TO = (r"\bso (?:that )?(?:nobody|no one|no ones|noone|nobody is|no one is|my (?:[\w']+ )?(?:wife|husband|"
                 r"partner|family|mum|mom|dad|flatmates?|kids)|they|she|he|mum)(?: has| have| does not have| will "
                 r"not have| is| are)? (?:to|stuck|left|any trouble|will not have|finds|has to)\b|\bso it is "
                 r"(?:easy|easier|nice) for (?:mum|them|whoever|her|him|my [\w']+)\b|\bfor whoever "
                 r"(?:finds|has to|reads|comes)\b|\bleave (?:it|things|everything) (?:neat|tidy) for\b")
FOR_LATER = (r"\bwhen (?:she|he|they) (?:is|are) older\b|\bwhen (?:she|he|they) grows? up\b|\bto (?:watch|read|listen "
             r"to|open) (?:after|later|when|once|on)\b|\b(?:in case|when|for when) i am not (?:there|here|around)\b|"
             r"\bfor when i (?:can not|am not|am gone)\b|\bwatch after\b|\bi will not be there for it\b")
RECORDED = words("""
recorded | recording | wrote | written | writing | left | made | making | finished
""")
MESSAGE = words("""
letter | letters | note | notes | message | messages | video | videos | voice note | voice notes | voicemail
recording | playlist | playlists
""")
NOTE_TELLS = (r"\b(?:note|letter|letters|notes)\b(?:\s[^\s.]+){0,4}? (?:explains everything|explaining everything|"
              r"explain everything|it explains|for whoever)\b(?!\s(?:about|to do|in the|at))")


# ---- goodbye: handing on, naming who gets what, passwords left, last words to pass on, a dependant entrusted
rule("goodbye", T2, unless_ahead(seq(HAND_ON, r"\b(?:my|the|all my|our|her|his)\b", FINAL_KEEP, gap=10, cross=True)))
rule("goodbye", T2, near(DECIDE, WHO_GETS, 6), leaving=True)
rule("goodbye", T2, unless_ahead(near(CREDENTIALS, CRED_LEFT, 8, cross=True)))
rule("goodbye", T2, seq(TELL, LAST_WORDS, gap=1), leaving=True)
rule("goodbye", T2, LOOK_AFTER, leaving=True)
rule("goodbye", T2, unless_ahead(near(ABSENT_IF, REASSURE, 12, cross=True), ORDINARY + r"|ill|sick|doctor|dentist|"
                                 r"hospital|appointment|busy|exams?|childcare|because"))
rule("goodbye", T2, near(r"\b(?:you|this|it|therapy|the sessions) helped\b", r"\bwhatever happens\b", 8, cross=True),
     leaving=True)
rule("goodbye", T2, Pat(near(THANKS_FINAL, FINAL_WORD, 10, cross=True),
                        frozenset({"thanks", "thank", "thnk", "appreciated", "everything", "best", "helped"})),
     leaving=True, therapy=True)
rule("goodbye", T2, Pat(r"\b(?:been|was|it is been|it has been) (?:so )?(?:nice|good|lovely) knowing (?:you|u|ya)\b",
                        frozenset({"knowing"})),
     leaving=True, therapy=True)
rule("goodbye", T2, Pat(unless_ahead(near(CANCEL, NOT_THERE, 12, cross=True), r"moving|abroad|new job|emigrat\w*|"
                                     r"relocat\w*|retir\w*|away|on holiday|at work|working|a wedding|the wedding"),
                        frozenset("cancelled canceled cancelling canceling cancel stopped renewing booking book told "
                                  "gave given coming".split())), therapy=True)
rule("goodbye", T2, near(TIDY, NOBODY_HAS_TO, 12), leaving=True)
rule("goodbye", T2, seq(RECORDED, MESSAGE, FOR_LATER, gap=8), leaving=True)
rule("goodbye", T2, NOTE_TELLS, leaving=True)
rule("goodbye", T2, Pat(r"\b(?:my |all my |the )?(?:affairs|everything|it all|things) (?:are|is) (?:all )?(?:now )?"
                        r"in order\b|\b(?:everything|it all|all) (?:sorted |organised |ready |arranged )?for after"
                        r"(?=\s[.,]|\s*$)", frozenset({"order", "after"})), leaving=True)
rule("goodbye", T2, r"\b(?:rang|called|phoned|texted|messaged|visited|went round)\b(?:\s[\w']+){0,4}? to say (?:bye|"
     r"goodbye)\b", leaving=True)

rule("goodbye", T2, Pat(r"\b(?:will not|am not going to|shall not) (?:be )?(?:need(?:ing)?|bother(?:ing)?) "
                        r"(?:[\w']+ ){0,3}?after (?:this|next) (?:week|month|weekend)\b|"
                        r"\b(?:do not|no need to) worry about me after (?:this|today|tonight|sunday|the weekend)\b",
                        frozenset({"after"})), leaving=True)
rule("goodbye", T2, Pat(near(r"\b(?:you|he|she|they) can have (?:it|them|my)\b|\bjust have it\b",
                             r"\b(?:will not|shall not) (?:be )?need(?:ing)?\b|\balways liked\b|\byou will see\b", 10,
                             cross=True), frozenset({"need", "needing", "liked", "see"})), leaving=True)
rule("goodbye", T2, r"\b(?:giving|given|gave|give) away (?:all|most) (?:of )?my (?:clothes|books|things|stuff|"
     r"belongings|possessions)\b", leaving=True)
rule("goodbye", T2, r"\b(?:arranged|sorted|found|made sure)\b(?:\s[^\s.]+){0,4}? (?:new homes?|someone to (?:take|have|"
     r"look after) (?:the|my|her|him|them))\b", leaving=True)
rule("goodbye", T2, r"\b(?:leaving|left|leave) (?:all )?my (?!kids|children|son|daughter|baby|husband|wife|partner)"
     r"(?:[\w']+ ){1,2}?to (?:my (?:[\w']+ )?(?:brother|sister|mum|mom|dad|son|daughter|nephew|niece|cousin|mate|"
     r"friend|kids|children|partner|wife|husband|family|grandson|granddaughter)|best mate|the (?:animal shelter|"
     r"shelter|charity|library|rspca|church|hospice)|you)\b", leaving=True)
rule("goodbye", T2, near(["a note", "the note", "notes", "letters", "a letter", "the letters"], r"\b(?:bedside drawer|"
                         r"sock drawer|in my drawer|under (?:my|the|his|her|their) (?:[\w']+ )?pillows?|on the bed|"
                         r"on my bed|on my pillow|sealed|to open if)\b", 8, cross=True), leaving=True)
rule("goodbye", T2, Pat(r"\binstructions (?:for|about) (?:my|the) funeral\b|\binstructions (?:for|about) what to do "
                        r"with my\b|\bmy (?:own )?funeral (?:songs|money|plan|music|playlist|wishes)\b",
                        frozenset({"instructions", "funeral"})), leaving=True)
rule("goodbye", T2, near(r"\ba will\b", r"\b(?:even though i am|i am|at|aged) (?:1\d|2\d|nineteen|eighteen|"
                         r"twenty\w*)\b", 8, cross=True), leaving=True)


# ---- burden: the others would be better off with the speaker gone; the speaker as the cause of their hardship
RELIEF = words("""
better off | happier | freer | free | kinder | easier | simpler | smoother | lighter | quieter | relieved | relief
cope better | happy again | be fine | sigh of relief | save everyone | save them | it would stop | they would be fine
""")
GONE_IF = (r"\bif i (?:just |simply )?(?:was|were|had) (?:gone|dead|out of the picture|not (?:here|there|around|"
           r"in the picture|part of (?:it|their lives|the family)))\b(?!\s(?:for|on|to|by|out|away|till|until|from|at|"
           r"in the|tonight|today|tomorrow|this))|\bif i (?:just )?(?:died|went|disappeared|vanished)(?=\s[.,]|\s*$)|"
           r"\b(?:once|when) i am (?:gone|out of the picture)\b(?!\s(?:for|on|to|away))|\bwith me (?:gone|out of the "
           r"picture)\b|\bif they did not have (?:me|to (?:deal with|look after|worry about|care for|put up with) "
           r"me)\b|"
           r"\bnot knowing me\b|\bwith one less me\b|\bif i (?:had )?never been (?:here|born)\b|\bout of life\b")
rule("burden", T2, near(RELIEF, GONE_IF, 10), own=False, therapy=True)
HARDSHIP = words("""
suffers | suffer | suffering | harder | worse | give up | given up | gave up | pick up the pieces | fight | fighting
argue | arguing | miserable | unhappy | exhausted | struggling | splitting up | broke | sad | stressed | paying
""")
rule("burden", T2, either(near(r"\bbecause of me\b", HARDSHIP, 8),
                          near(r"\bi am the reason\b", HARDSHIP + ["split", "divorce", "worried", "worry"], 8)),
     own=False, therapy=True)
rule("burden", T2, Pat(r"\b(?:everyone is|everybody is|everyone's) problem\b|\bthe problem in (?:this family|my family|"
     r"everyone is life|everybody is life|all (?:their|of their) lives)\b|\b(?:only ever|just) a (?:problem|cost|chore|"
     r"bother|inconvenience|drag|drain)\b|\ba problem (?:everyone|nobody|no one)\b|\ban inconvenience to everyone\b|"
     r"\bsuch a drag on\b|\bextra (?:weight|work) for\b|\b(?:holding|hold|holds) (?:my (?:whole )?family|everyone|"
     r"everybody|them all|my (?:partner|husband|wife|kids|parents)) back\b|\b(?:dragging|drag) my (?:[\w']+ )?"
     r"(?:husband|wife|partner|family|kids|parents|mum|dad|friends) down\b|\bi (?:drain|exhaust) (?:everyone|"
     r"everybody|people)\b|\bi (?:only |just |always )?make (?:everyone|everybody|people|my family|the family)"
     r"(?: [\w']+)? (?:miserable|unhappy|sad)\b|\bi (?:only |just |always )?make (?:everything|things) "
     r"(?:harder|worse) for (?:everyone|everybody|the family|my family|people)\b|\ball i do is (?:take|cost)\b"
     r"(?=\s(?:from|and|people)|\s[.,]|\s*$)|\bi (?:only|just) take(?=\s[.,]|\s*$)|\bgive nothing back\b|"
     r"\bi contribute nothing\b", frozenset("problem cost chore bother inconvenience drag drain weight work back down "
                                            "exhaust miserable unhappy sad harder worse take nothing".split())),
     therapy=True)

# ---- passive ideation: hoping to fall ill, not minding a death, the wish it had been the speaker who died
rule("passive_ideation", T2, r"\b(?:hope|hopes|hoping|wish|wishing)\b (?:that )?(?:i (?:get|got|will get|catch|have) "
     r"(?:really )?(?:sick|ill|cancer|something (?:terminal|serious))|the (?:doctor|doctors|scan|tests?|results?) "
     r"(?:finds?|shows?|comes? back|come back) (?:something )?(?:terminal|bad|serious)|this (?:flu|illness|cold|"
     r"virus) gets me|i will (?:get ill|not make it to|not recover))\b")
WOULD_NOT_MIND = (r"\b(?:would not|do not think i would) (?:really )?(?:mind|be upset|be sorry|resist)\b|"
                  r"\b(?:would|will) (?:be|feel) (?:honestly )?(?:glad|relieved|ok|okay|content|happy)\b|"
                  r"\bhow easy it would be\b")
rule("passive_ideation", T2, Pat(near(WOULD_NOT_MIND,
                                  r"\b(?:terminal|diagnosis|hit me|ran over me|run over|crashed into me|went down|"
                                  r"goes down|"
                                  r"goes wrong|(?:did not|not) recover|took me|take me|happened to me|"
                                  r"(?:got|get|getting) "
                                  r"(?:really |very )?ill|not being around|vanishing|week to live|in my sleep|"
                                  r"ended tomorrow|world ended|one for real)\b", 10),
                             frozenset("terminal diagnosis hit ran run went goes recover took take happened ill around "
                                       "vanishing week sleep ended world real crashed".split())), therapy=True)
rule("passive_ideation", T2, Pat(r"\bwish (?:it (?:had been|was|were) me|i (?:had been|was|were) the one)\b"
                                 r"(?:\s[\w']+){0,4}? (?:who died|that died|died|dead|in the crash|instead)\b|"
                                 r"\b(?:had|would have) taken me instead\b", frozenset({"wish", "taken"})))
rule("passive_ideation", T2, near(r"\b(?:cross|crossing|crossed) (?:the )?roads?\b|\bstep off the kerb\b",
                                  r"\b(?:do not|did not) (?:really |much )?(?:care|mind)\b|\bkind of hope\b|"
                                  r"\bwould not step back\b", 12, cross=True))
rule("passive_ideation", T2, r"\b(?:sleep|bed)\b(?:\s[\w']+){0,3}? (?:and )?(?:stay asleep|stay there (?:permanently|"
     r"forever)|(?:not|never) come back)\b|\b(?:hope|hoping|hopin|wish)\b(?:\s[\w']+){0,6}? (?:that is (?:it|the end)|"
     r"in my sleep)\b|\b(?:die|stop breathing) in my sleep\b")
rule("passive_ideation", T2, near(r"\b(?:life|living|existing|i am just existing)\b",
                                  r"\b(?:until|till|til) (?:it ends|"
                                  r"it is over|it stops|i am not|i die)\b|\bwaiting (?:for it )?(?:all )?to be "
                                  r"(?:over|finished)\b", 8))

# ---- hopelessness: a life that is a write-off, a pain that is for ever, nothing ahead
rule("hopelessness", T2, Pat(r"\b(?:my (?:whole )?life|life|my future)(?: is| feels| has become)?(?: like)?"
     r"(?: just)? (?:a )?write off\b|\b(?:nothing|no tomorrow|no future) (?:ahead|for me)\b|"
     r"\bnothing ahead\b|"
     r"\bnothing good (?:is )?coming\b|\bwhat is there to live for\b|\bwhy keep (?:going|living|trying)\b|"
     r"\bwhy (?:i|should i) (?:bother|keep going)\b|\bwhat (?:is|even is) the (?:point|use) (?:of|in) (?:waking up|"
     r"getting up|planning anything)\b|\bnever getting (?:better|easier)\b|\b(?:only|just) going to get worse\b|"
     r"\bno way (?:this|my) (?:life )?(?:gets|ends) (?:any )?(?:better|well)\b|\b(?:can not|could not|can't) "
     r"(?:even )?imagine (?:ever )?(?:being|feeling) (?:happy|okay|ok|better)(?: again)?\b",
     frozenset("write ahead tomorrow future nothing coming live why waking getting planning worse way "
               "imagine".split())), therapy=True)
FOREVER = (r"\bforever\b|\b(?:always|never) will\b|\bit never will\b|\bwill not ever (?:stop|change|end|lift)\b|"
           r"\b(?:will not|is not going to|never going to) (?:change|stop|end|lift)\b|\bfor good\b|"
           r"\bwill always be\b|\balways going to be\b|\bfor the rest of my life\b|\btill i die\b")
rule("hopelessness", T2, near(r"\b(?:stuck|alone|miserable|broken|dark|pain|hurting|hell|grey|nothing|despair|trap|"
                              r"hole|rut|crap|bottom|same)\b"
                              r"(?!\s(?:at|on|with|behind|waiting|in (?:traffic|a queue|the queue|a lift|the lift|"
                              r"the airport|the car|the office|a meeting|the meeting)))",
                              FOREVER + r"(?!\s(?:lol|haha|lmao|xd)\b)", 6), therapy=True)


# ---- more of the same ideas in the plain words people use for them (each rule: its branches, and the words one of
# which every match holds)
def branches(*parts: str) -> str:
    """One alternation of whole patterns, each already starting on a word."""
    return "|".join(parts)


NOT_WANTING_LIFE = branches(
    r"\b(?:not sure i want|do not (?:much |really )?want|not wanting|not keen on|not (?:really )?bothered about) "
    r"(?:to be |being |on )?(?:alive|living|here at all|around much longer|staying alive)\b",
    r"\brather (?:just |really )?not (?:exist|be living|be alive)\b(?!\s(?:in|on|at|with|like|where|without))",
    r"\bwould rather not(?=\s[.,]|\s*$)",
    r"\b(?:nice|a relief|a mercy|peaceful) (?:to|if) (?:i )?(?:just )?(?:not (?:exist|be here|be around|be alive|"
    r"wake up)|did not wake up|stopped existing)\b",
    r"\bwish i (?:could |would )?(?:just )?(?:not be|stop being|not be here)(?=\s[.,]|\s*$|\s(?:quietly|anymore|"
    r"any more))",
    r"\bwhat if i just stopped(?=\s[.,]|\s*$)",
    r"\bif i die i die\b",
    r"\b(?:think|thinking|thought) (?:about|abt|of) being dead\b",
    r"\blooking forward to (?:dying|death|it all ending|the end)\b|\bkind of looking forward to it\b")
rule("passive_ideation", T2, Pat(NOT_WANTING_LIFE, frozenset("alive living here around staying exist rather wake "
                                                             "existing wish stopped die dead looking".split())))
rule("passive_ideation", T2, Pat(r"\bwish (?:the ground|the earth) would swallow me\b(?:\s[\w']+){0,3}? (?:for real|"
                                 r"actually|and keep me|whole|not as a joke)\b", frozenset({"swallow"})))
rule("burden", T2, near(r"\bonly (?:put up with me|puts up with me|stays|stay|invite me|invites me)\b",
                        ["pity", "pities", "feel sorry for me", "feels sorry for me"], 6), own=False)
rule("burden", T2, near(["get over it", "insurance money", "pities me"], ["better off", "happier"], 8), own=False)
IN_THE_WAY = branches(
    r"\b(?:i am|i am just|i am only|just|only) (?:another|one more) mouth to feed\b",
    r"\bdeserves? (?:so much )?better than (?:having (?:to (?:deal with|look after|care for|put up with) )?me|me)\b",
    r"\b(?:i am|i am just|i am only|i feel|being) (?:just |only |always )?in (?:the|everyone is|everyone's) way\b"
    r"(?!\s(?:in|at|when|while|of (?:the|my|your) (?:door|tv|view|kitchen|hall|telly|camera)))",
    r"\b(?:nobody|no one) needs me\b(?!\s(?:at|today|to|for|tonight|until))")
rule("burden", T2, Pat(IN_THE_WAY, frozenset("mouth better way needs".split())), own=False)
rule("burden", T2, Pat(r"\b(?:everyone|everybody|they|(?:my|our) [\w']+|she|he) (?:has|have|keeps having|keep having|"
                       r"should not have|shouldn't have) to (?:look after|tiptoe around|work around|rearrange their "
                       r"lives around|check on|babysit|put up with|worry about) me\b(?!\s(?:after|while|since|when|"
                       r"until|till|for (?:a|the)|because))",
                       frozenset("look tiptoe work rearrange check babysit put worry".split())), own=False)
NO_WAY_OUT = branches(
    r"\b(?:hole|trap|rut|pit|well) i (?:can not|can never|will never|could never) (?:climb |get )?out of\b",
    r"\bnever (?:going to )?(?:get|climb) out of (?:this|the) (?:hole|pit|rut)\b",
    r"\bi am beyond (?:help|saving)\b|\bno fixing me\b|\bi will never be fixed\b|\bcan not be fixed\b",
    r"\bpast the point where anything can help\b|\bnothing left to try\b",
    r"\bmy life (?:is|feels) (?:already )?(?:finished|over already)\b|\bmy life ended when\b|"
    r"\bmy life is already over\b")
rule("hopelessness", T2, Pat(NO_WAY_OUT, frozenset("hole trap rut pit well out beyond fixing fixed help try finished "
                                                   "ended over".split())), therapy=True)
NOTHING_CHANGES = branches(
    r"\bnothing i do (?:will ever |ever )?(?:matters?|makes any difference|helps)\b(?!\s(?:to (?:my|him|her|them)))",
    r"\bnothing (?:will ever|is ever going to) (?:work out|help|matter)\b",
    r"\bcan not see (?:that|it|this|things) ever (?:changing|ending|getting better|coming back together|improving|"
    r"lifting)\b",
    r"\b(?:no point (?:in )?hoping|done hoping|stopped hoping|given up hoping|gave up hoping)\b(?=\s(?:things|"
    r"it will|my life|life|for anything|anything|that things|that my life)|\s[.,]|\s*$)",
    r"\b(?:lost|losing|lose|run out of|ran out of|no) (?:all )?hope (?:for|in) my life\b|\bgiven up on my life\b",
    r"\bwhat (?:is )?(?:even )?(?:is )?the (?:point|use) (?:of|in) (?:waking up|living|me living)\b",
    r"\b(?:do not|can not) (?:see|know) why i (?:should )?(?:keep going|am still (?:around|here|going)|bother)\b",
    r"\b(?:it is all|all of it is|my whole life) (?:that )?(?:feels |is |seems )?(?:so |just )?pointless\b",
    r"\bcan not think of (?:anything|one thing|a single thing) to look forward to\b",
    r"\bno way forward(?= that i can see|\s[.,]|\s*$)")
rule("hopelessness", T2, Pat(NOTHING_CHANGES, frozenset("matters matter difference helps work help changing ending "
                                                        "better together improving lifting hoping hope life waking "
                                                        "living why pointless forward".split())), therapy=True)

rule("goodbye", T2, r"\b(?:closing|closed|close) (?:the last door|chapters|off everything|every door)\b", leaving=True)
SOCIALS = ["deleted my socials", "deleting my socials", "deleting all my socials", "deleted all my socials",
           "deleted my social media", "deleting my social media"]
rule("goodbye", T2, near(SOCIALS, ["cleaned my room", "tidying", "all sorted", "before i go", "clearing my room",
                                   "my goodbyes"], 8, cross=True), leaving=True)
rule("goodbye", T2, near(["important papers", "important documents", "paperwork", "insurance papers", "house deeds",
                          "the deeds", "spare key"],
                         ["know where", "told my", "on the table", "kitchen table",
                          "one folder", "will find them", "just in case"], 8, cross=True), leaving=True)
rule("goodbye", T2, near(r"\bsaid (?:everything|what|all) i (?:needed|wanted|had) to say\b",
                         ["everyone", "everybody", "made my peace", "ready now", "i am ready"], 10, cross=True),
     leaving=True)



def _merged(rules: list[Rule]) -> list[Rule]:
    """Rules of one category read the same way, joined into one: check.py tries its rules one by one, so fewer and
    wider rules cost less per reply (a set lookup of the union of their words decides whether it is read at all)."""
    groups: dict[tuple[object, ...], list[Rule]] = {}
    for r in rules:
        key = (r.category, r.tier, r.own, r.neg, r.past, r.therapy, r.leaving, r.accident, r.firm,
               r.anchor is None)
        groups.setdefault(key, []).append(r)
    out = []
    for same in groups.values():
        pattern = "|".join(f"(?:{r.rx.pattern})" for r in same)
        anchor = None if same[0].anchor is None else frozenset[str]().union(*(r.anchor or () for r in same))
        out.append(replace(same[0], rx=re.compile(pattern), anchor=anchor))
    return out


REGISTRY[_FIRST:] = _merged(REGISTRY[_FIRST:])
RULES: list[Rule] = REGISTRY[_FIRST:]  # this module's rules (tests switch them off to see what they add)
