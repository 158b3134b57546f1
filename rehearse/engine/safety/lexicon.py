"""Word lists the concept rules combine (rehearse/engine/safety/concepts.py): data, not patterns.

Each concept is a list of words or short phrases as prepare() leaves them (lower case, contractions spelled out).
verbs() adds the usual inflections, so a list names a verb once. docs/SAFETY.md, "Concepts", says how they combine.
"""

from __future__ import annotations

import re


def verbs(*bases: str) -> list[str]:
    """Each verb with -s, -ed and -ing added the regular way ("stockpile" -> stockpiles, stockpiled, stockpiling)."""
    out: list[str] = []
    for b in bases:
        head, _, tail = b.partition(" ")
        stem = head[:-1] if head.endswith("e") else head
        out += [f"{w} {tail}".strip() for w in (head, head + "s", stem + "ed", stem + "ing")]
    return out


def words(text: str) -> list[str]:
    """A list written one entry a line or separated by " | "."""
    return [w.strip() for w in re.split(r"\n|\|", text) if w.strip()]


def alt(items: list[str]) -> str:
    """One regex alternation matching any entry as whole words, longest first."""
    body = "|".join(sorted({re.escape(w).replace(r"\ ", " ") for w in items}, key=lambda w: (-len(w), w)))
    return rf"\b(?:{body})\b"


# ---- means: medicines by generic and common brand name, as people type them; and the words for them
MEDICINES = words("""
sertraline | zoloft | lustral | fluoxetine | prozac | citalopram | cipramil | escitalopram | lexapro | cipralex
paroxetine | seroxat | paxil | venlafaxine | effexor | duloxetine | cymbalta | mirtazapine | remeron | amitriptyline
nortriptyline | trazodone | bupropion | wellbutrin | vortioxetine | quetiapine | seroquel | olanzapine | zyprexa
risperidone | aripiprazole | abilify | clozapine | lithium | lamotrigine | lamictal | valproate | depakote | diazepam
valium | lorazepam | ativan | alprazolam | xanax | clonazepam | klonopin | temazepam | zopiclone | zolpidem | ambien
promethazine | phenergan | propranolol | pregabalin | lyrica | gabapentin | codeine | co codamol | cocodamol
co dydramol | tramadol | morphine | oxycodone | oxycontin | fentanyl | methadone | dihydrocodeine | paracetamol
acetaminophen | tylenol | panadol | ibuprofen | nurofen | aspirin | naproxen | insulin | metformin | warfarin
antihistamines | diphenhydramine | benadryl | nytol | sleeping pills | sleeping tablets | painkillers | pain killers
antidepressants | anti depressants | meds | medication | medications | medicine | pills | tablets | prescription
prescriptions | doses | dose | boxes | packets | blister packs
""")
LIGATURE = words("rope | ropes | noose | belt | cord | cable | ligature | dressing gown cord | scarf | tie")
ROPE = words("rope | the rope | a rope | noose | ligature")
BLADES = words("razor | razors | razor blades | blade | blades | pencil sharpener blade | scalpel | stanley knife")
STOCKPILE = verbs("stockpile", "hoard", "stash", "squirrel away", "save up", "hide", "keep back") + words("""
saving | saved | been keeping | kept back | putting aside | put aside | set aside | stash of | a stash | hidden | hid
collection of | building up | built up | not taking them | not been taking them | stopped taking them
""")
RESEARCH = verbs("google", "search", "research", "look up", "look into", "read up", "check") + words("""
searched up | searching up | asked chatgpt | asked ai | on forums | on reddit | websites about
""")
LETHAL = words("""
lethal | fatal | deadly | enough to kill | would kill | to kill me | kill me | it would take | would it take
it takes | to not wake up | to never wake up | how many | how much | how long it takes | overdose | od on | painless
quickest | fastest | most effective | surest | best way to | least painful | would it hurt
""")
HIGH_PLACES = words("""
bridge | bridges | station | train | trains | tracks | railway | railway line | level crossing | multi storey
multistorey | car park | carpark | roof | rooftop | top floor | cliff | cliffs | ledge | balcony | motorway
reservoir | quarry | tall building | tower block | viaduct | overpass | flyover | the edge | the river
""")
DROP = words("""
high enough | tall enough | far enough | how high | how tall | how far | highest | tallest | the highest | the drop
how deep | do not stop | does not stop | not stopping | fast enough | would jump | could jump | will jump | to jump
jump from | jump off | where i would jump | would step | to step off | step in front | would kill me | would be enough
would it | survive the fall
""")

# ---- self-harm: acts, the marks they leave, and the words that say it was on purpose
HARM_MARKS = words("cuts | cut marks | scars | burns | burn marks | scratches | wounds | gashes | slashes | bruises")
BODY = words("""
arm | arms | wrist | wrists | thigh | thighs | leg | legs | stomach | skin | hip | hips | chest | hand | hands
ankles | ankle | body | knuckles | shoulder | shoulders | forearm | forearms | belly | face | head | fingers | feet
""")
MARK_WORSE = words("""
fresh | new | deeper | deep | getting worse | bleeding | bled | opened up | stitches | infected | hiding them
hide them | cover them | covering them | covered them | long sleeves | see them | find out | again
""")
ON_PURPOSE = words("""
on purpose | deliberately | to punish myself | punishing myself | punish myself | as punishment | as a punishment
wanted it to hurt | want it to hurt | to feel something | to feel pain | so it would hurt | make it hurt
until i bled | until it bled | till it bled | until it split | until they split | until my | till my | deserved it
i deserve it | i deserve the pain | i deserve to hurt | i deserve pain | deserve to suffer | so i would feel
to make myself feel | make myself bleed | because i am disgusting | to stop feeling
""")
HARM_ACTS = verbs("punch", "hit", "bang", "burn", "scratch", "pinch", "bite", "starve", "scald", "pick at",
                  "slam", "smash", "bash") + words("""
not eaten | have not eaten | not eating | stopped eating | skipped meals | skipping meals | went without food
make myself sick | made myself sick | making myself sick | cut | cutting | press | pressed | pressing
""")
HOT_THINGS = words("""
hot spoon | lighter | cigarette | lit match | matches | hot knife | iron | boiling water | hot water | kettle
curling iron | straighteners | candle | hot metal | hot coin | hair dryer
""")
SH_GERUND = words("""
cutting | burning myself | scratching myself | hurting myself | hitting myself | self harm | self harming
starving myself | purging | making myself sick | punching myself | biting myself | harming myself
""")
HARM_HELPS = words("""
only thing that helps | only thing that works | only thing that stops | only way i cope | only way i can cope
helps me cope | helps me | makes it stop | gives me relief | a relief | the relief | the release | calms me down
when things get bad | when it gets bad | when i get like this | when i feel like this | whenever i
""")
PUNISH = words("""
punishing myself | to punish myself | punish myself | as punishment | as a punishment | i do not deserve food
do not deserve to eat | did not deserve | on purpose | until i pass out | until i faint
""")

# ---- harm to others
VIOLENT = verbs("glass", "stab", "batter", "deck", "headbutt", "knife", "shank", "strangle", "smother", "beat up",
                "run over", "drive into", "ram", "torch", "hurt", "kill", "break", "smash", "cave in", "shoot",
                "bottle", "poison", "attack", "punch", "jump") + words("""
beat | beating | hit | hitting | run him over | run her over | set fire to | burn down | put him in hospital
put her in hospital | put them in hospital | make them pay | make him pay | make her pay | make them suffer
make him suffer | make her suffer | get him back | get her back | get them back | teach him a lesson
teach her a lesson | teach them a lesson | make sure he never | make sure she never | rearrange his face
""")
TARGET = words("""
him | her | them | his | their | that lad | that guy | that man | that woman | that girl | that boy | the lot of them
all of them | everyone at | my boss | my manager | my ex | my dad | my mum | my stepdad | my brother | my sister
my neighbour | my neighbor | my flatmate | my partner | my husband | my wife | my boyfriend | my girlfriend
""")
HARM_INTENT = words("""
going to | gonna | will | i will | want to | wanna | wants to | wanted to | part of me wants | plan to | planning to
planned | decided | swear | thought about it | thinking about | fantasise about | fantasize about | could easily
would love to | dream about | keep thinking about | next time | if he | if she | if they | one day i will
""")
WEAPON = words("""
knife | knives | blade | gun | guns | machete | baseball bat | bat | hammer | screwdriver | knuckle duster | axe
crowbar | acid | petrol | shotgun | rifle
""")
WEAPON_USE = words("""
sort him out | sort her out | sort them out | deal with him | deal with her | deal with them | teach him | teach her
to the party | to that party | to the pub | to the match
use it on | use it | on him | on her | on them | in my bag | to school | to work | under my pillow | carrying | carry
bring it | brought it | take it | if he comes | if she comes | if they come | if anyone | for protection
waiting for him | waiting for her | waiting outside | outside his | outside her | outside their | next time he
""")
CHILD = words("""
baby | baby's | newborn | toddler | son | daughter | kid | kids | child | children | little one | boy | girl | infant
babies | twins | stepson | stepdaughter
""")
CHILD_HARM_HARD = words("""
shook | shake | shaking | shaken | hands over | pillow over | hand over | covered her face | covered his face
over her face | over his face | over its face | smother | smothering | throw | threw | dropped on purpose
""")
CHILD_HARM = words("""
smacked | smack | hit | hitting | slapped | slap | kicked | kick | threw | pinched | squeezed | bit | hurt | grabbed
shoved | pushed | yanked | dragged | punched | bruised | shook | shaking
""")
CHILD_SEVERE = words("""
so hard | too hard | left a mark | leaves a mark | left marks | bruise | bruises | bruised | scared of what
afraid of what | scared i will | afraid i will | happen again | happens again | lost it | could not stop
stop screaming | stop crying | wanted to hurt | want to hurt | not the first time | every time | again | for a second
""")
DRINK = words("""
drunk | wine | vodka | pints | beers | drinks | drinking | after drinking | pissed | hammered | wasted
over the limit | high | stoned | off my face | had a drink | had a few
""")
DRIVE = verbs("drive") + words("""
drove | driven | in the car | behind the wheel | get in the car | got in the car | school run | pick the kids up
pick up the kids | take the kids | drive the kids | picking up the kids | picking up the girls | picking up the boys
pick up the girls | pick up the boys | taking the kids | taking the kids out | out on the boat
""")

# ---- abuse and danger now: someone else's act on the speaker
ABUSER = words("""
he | she | they | my dad | my mum | my mom | my father | my mother | my stepdad | my stepmum | my stepmom | my husband
my wife | my partner | my boyfriend | my girlfriend | my ex | my brother | my sister | my uncle | my aunt | my grandad
my cousin | my carer | my coach | my teacher | my tutor | my boss | my manager | my landlord | my flatmate
my housemate | my foster | my priest | my pastor | my therapist | my neighbour | my neighbor | someone | a man
his friend | her friend | my mum's boyfriend | my mom's boyfriend | my dad's girlfriend | my guardian | a guy | my son
""")
# Acts that are abuse whatever follows ("he holds me down"), and acts that are abuse only with a sign of danger near
# them ("he pushes me" and "when he drinks"; not "my boss pushed me to take on more work").
ABUSE_HARD = words("""
grabbed my throat | grabs my throat | by the throat | round my neck | around my neck | my throat
gets in the shower with me | got in the shower with me | gets in the bath with me | got in the bath with me
gets in my bed | got in my bed | says not to tell | said not to tell | told me not to tell | tells me not to tell
says never to tell | our little secret | keep it a secret | comes for us | comes for me | came for us | came for me
comes at me | came at me | goes for me | went for me | goes for us | went for us | coming for me | coming for us
pins me | pinned me | throws things at me | threw things at me | chokes me | choked me | holds me down | held me down
locks me in | locked me in | locks me out | locked me out | will not let me leave | would not let me leave
will not let me out | controls my money | spits at me | spat at me | drags me | dragged me | makes me touch
made me touch | comes into my room | came into my room | comes in my room | came in my room | gets into my bed
got into my bed | gets violent | got violent | gets rough | got rough | turns violent | turned violent
sends me photos | sent me photos | beats my | beat my | beats up my | beat up my | threatens to kill
threatened to kill | threatens to hurt | threatened to hurt | says he will kill | said he would kill
says she will kill | said she would kill | tracks my phone | takes my money | took my money | takes my benefits
took my benefits | touches me | touched me | touching me | touch me | strangles me | strangled me | kicks me
kicked me
""")
ABUSE_SOFT = words("""
pushes me | pushed me | shoves me | shoved me | grabs me | grabbed me | hits my | hit my | hurts my | hurt my
kicks my | kicked my | follows me | followed me | turned up at | turns up at | shows up at | showed up at
waiting outside my | watches me | makes me stay | made me stay | shouts at me | screams at me | threatens me
threatened me | threatening me | corners me | cornered me | slams me | slammed me
""")
ABUSE_CONTEXT = words("""
at night | when mum is out | when mom is out | when no one is | alone with | on my own | years old | at home
in my room | in my bed | again | every day | every night | all the time | when he is drunk | when she is drunk
when he drinks | when she drinks | if i tell | not allowed to tell | our secret | scared | terrified | afraid
bruises | bruise | no one else | do not have anyone | order | injunction | restraining | not allowed near | next time
or else | kill me | hurt me | against the wall | into the wall | down the stairs | to the floor | my neck | my throat
my hair
""")

# ---- passive ideation: a death that just happens to the speaker, and not minding it
MY_DEATH = words("""
the cancer came back | cancer came back | the cancer comes back | cancer comes back | i got cancer | i get cancer
my heart stopped | my heart just stopped | i stopped breathing | i just stopped breathing | got run over
get run over | i got hit | hit by a lorry | hit by a truck | i got knocked down | i did not survive | i died | i die
i was dead | i were dead | i was gone | i were gone | i just died | i did not wake up | i never woke up | a bus hit me
a car hit me | bus hit me | car hit me | a train hit me | hit by a bus | hit by a car | hit by a train
i just did not wake up | i just never woke up | i just died | i just was not here | i just was not around
i just were not here | i just was not born | i was never born | not waking up | not wake up | never wake up
never waking up | not to wake up | not wake | something happened to me | something bad happened to me | i got ill
i get ill | i got sick | i get sick | i got cancer | i had cancer | i crashed | i was not here | i were not here
i was not around | i were not around | i just disappeared | i disappeared | i vanished | all be over
all just be over | all over | stop existing | i stopped existing | i ceased to exist | the plane went down
plane crashed | i did not come back | i did not make it | never came back | i was not alive | fall asleep forever
sleep forever | not exist | not existing | to not be here | not be alive | not being alive | not being here
never existed | i was not born | i had never been born | never been born | i never existed
""")
NOT_MINDING = words("""
would be great | be great | would be lovely | would be good | would be fine | be fine if | i would be fine
would be okay | would be ok | be okay if | be happy if | would not mind | do not mind | not mind | would not be sad
not be sad | would not be that sad | would not be bothered | would not be that bothered | not be bothered
not that bothered | would not care | do not care | not care | sounds nice | sounds good | sounds peaceful
sounds like bliss | sounds lovely | would be nice | would be a relief | be a relief | be okay with | be ok with
be fine with | part of me wishes | part of me wants | part of me hopes | secretly hope | secretly wish | i hope
hoping | i wish | wishing | praying | pray | would welcome | would not fight it | would not try to stop
would be easier | be easier | honestly fine | relieved | better | peaceful | at peace | glad | what it would be like
imagine | imagining | fantasise | fantasize | daydream | think about | thinking about
""")
POINT_OF_ME = words("""
point of me | point in me | point to me | reason for me | reason i am here | why am i even here | why am i still here
why am i alive | why am i even alive | why i am still here | why i am still alive | why bother living
why bother being
""")
BEING_HERE = words("""
being here | being alive | existing | living | still being here | here | alive | being around | carrying on | going on
""")

# ---- hopelessness about life (tier 2)
NO_FUTURE = words("""
picture myself | imagine myself | see myself | picture a future | imagine a future | see a future | see any future
picture any future | imagine getting | imagine being | picture being | see myself getting | see myself being
imagine still | picture still | see myself still | imagine myself still | still being around | still being here
still alive | being around | being here
""")
AGE_OR_LATER = words("""
at 30 | at 40 | at 25 | at 50 | at thirty | at forty | older | old | in five years | in ten years | in a year
next year | a future | getting better | being happy | being okay | growing up | married | having kids
""")
NEVER_CHANGE = words("""
never going to change | never going to get better | never get better | never change | never improve | never be okay
never be happy | never be any different | always be like this | always going to be like this | ever going to change
ever going to get better | ever get better | ever be okay | will not get better | is not going to get better
not going to get any better | never gonna | stuck like this forever | this is it for me | this is all there is
""")
NO_REASONS = words("""
run out of reasons | no reasons left | no reason left | no reason to | nothing to live for | nothing left to live for
no reason to get up | lost my reasons | no reasons to | out of reasons | nothing keeping me
""")

# ---- burden
BURDEN = words("""
a burden | such a burden | a drain | such a drain | being a drain | a drain on | a weight on | dead weight
a nuisance | a liability | a waste of space | waste of space | a waste of oxygen | waste of oxygen | taking up space
take up space | take up room | taking up room | a problem for everyone | ruined her life | ruined his life
ruined their lives | ruined their life | ruined everyone | ruining her life | ruining his life | ruining their lives
ruin their lives | ruin everything for | cost my family | costing my family | cost them so much | costing them
freer without me | lighter without me | free of me | rid of me | without me around | better without me
happier without me | carry me | carrying me | drag them down | dragging them down | holding them back
holding everyone back
""")
CARE_FOR_ME = words("""
look after me | care for me | carry me | deal with me | put up with me | babysit me | worry about me
clean up after me | pay for me | support me | watch me
""")
SELF_BLAME = words("""
hate | hates | ruined | ruin | guilt | guilty | sorry | useless | my fault | ashamed | deserve better | deserve a
deserves a | deserve someone | deserves someone | freer | better off | hate being | hate that | pathetic | such a
""")

# ---- goodbye
GIVE_AWAY = verbs("rehome", "give away", "give", "sell", "hand over", "pass on", "leave") + words("""
gave | given | gave away | given away | sold | handed over | passed on | left | found a home for | found homes for
found a new home for | new home for
""")
POSSESSIONS = words("""
dog | cat | cats | dogs | pet | pets | rabbit | hamster | fish | guitar | things | stuff | belongings | jewellery
jewelry | ring | watch | car | games | console | books | records | clothes | laptop | plants | bike | horse | puppy
kitten | collection | camera | piano | ps5 | xbox | savings
""")
FINAL = words("""
will not need | am not going to need | will not be needing | will not be playing | will not be using
will not be here | will not be around | not going to need | not going to be here | not going to be around | keep it
keep them | settled before | when i am gone | after i am gone | when i am not here | no use for | have no use for
will not miss | for good | need it anymore | need them anymore | need him anymore | need her anymore
look after him anymore | look after her anymore | look after them anymore | playing it again | using it again | before
where i am going
""")
FAREWELL = words("""
sorry for everything | i love them | i love you all | love you all | love them all | i love you | goodbye
thanks for everything | thank you for everything | thanks for trying | thank you for trying | look after each other
look after yourselves | forgive me | remember me | take care of mum | take care of each other | do not blame yourself
do not blame yourselves | it was not your fault | not your fault | i am sorry
""")
SEND = words("""
texted | text | messaged | message | wrote | written | writing | write | sent | send | posted | post | told | called
rang | left | leaving | recorded | emailed | a note | notes | letters | a letter | a video | voicemail
""")
AFFAIRS = words("""
passwords | password | bank details | pin numbers | pin number | accounts | life insurance | my will | funeral
who gets what | what to do with my | instructions | login | logins | bills | my affairs | affairs in order
""")
LEFT_FOR = words("""
written down for | wrote down for | left for | leave for | sorted for | so he can sort | so she can sort
so they can sort | so they do not have to | so no one has to | in case | for when | for after | for my | where to find
where everything is | where it all is | know where
""")
ONE_LAST = words("one last time | for the last time | last time ever | last ever | for one last | a last goodbye")
SEE_PEOPLE = words("""
see | seeing | saw | visit | visiting | visited | hug | hugging | hugged | say goodbye | hold | holding | call
calling | ring | ringing | everyone | my family | my friends | my mum | my dad | my kids | them
""")
