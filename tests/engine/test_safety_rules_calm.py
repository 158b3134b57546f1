"""Benign replies that only share words with a crisis stay calm, and the risk phrases beside them are still heard.

Every phrase below was written for this test and is in none of tests/data/safety/*.yaml. Each calm phrase is a
family the reading in check.py (_reading, _ordinary) and calm.py now knows: a trainee's question with no "you" in
it, a reported question answered no, an act named as stopped, a means with its ordinary use, an ordinary absence,
exasperation, and the therapy's own hopelessness. Each risk phrase shares its key words with a calm one.
"""

from __future__ import annotations

import pytest

from rehearse.engine.safety import check as check_module
from rehearse.engine.safety import check_text

CALM = [
    ("therapist", "roughly how many times a week does the cutting happen?"),
    ("therapist", "would it be all right if I asked about thoughts of suicide?"),
    ("therapist", "lots of people who feel this low start to think about ending their life"),
    ("client", "my nurse asked whether I'd been self-harming and I told her no, which is true"),
    ("client", "self harm? no. tired? very"),
    ("client", "I've been free from self harm for eighteen months"),
    ("client", "I stopped burning myself when I moved out"),
    ("client", "I bought razor blades for my beard trimmer"),
    ("client", "I won't be around next week, I'm away at a conference in Leeds"),
    ("client", "I'm going to throttle my brother with a spoon if he hides the remote again lol"),
    ("client", "the homework feels hopeless, I never get past the first question"),
    ("client", "I'm losing hope that the relaxation will ever help"),
    ("client", "I used to hope I'd get hit by a bus, I honestly don't feel that way now"),
    ("client", "I feel like a drain on everyone sometimes, but I'm not going anywhere"),
    ("client", "I haven't relapsed, it's been a year since I last burned myself"),
    ("therapist", "it sounds like part of you wants to stop living, is that right?"),
    ("client", "honestly I hope I don't wake up before my alarm on Saturday, I need the lie-in"),
]

RISK = [
    ("therapist", "I can't stop thinking about suicide, sorry, I need a minute out of role", 1),
    ("therapist", "is it normal that I keep thinking about killing myself after these sessions?", 1),
    ("client", "my nurse asked whether I'd been self-harming and I said yes, twice this week", 1),
    ("client", "I was free from self harm for a year but I cut again on Sunday", 1),
    ("client", "I bought razor blades and they're not for my beard", 1),
    ("client", "I feel hopeless about my whole life, nothing is ever going to change", 2),
    ("client", "I used to hope I'd get hit by a bus and lately that feeling is back", 2),
    ("client", "I feel like a drain on everyone and I want to disappear for good", 2),
    ("client", "it's been a year since I last burned myself, but I did it again last night", 1),
    ("therapist", "it sounds like I'm the one who wants to stop living, sorry, out of role", 1),
    ("client", "honestly I hope I don't wake up on Saturday, I'm so tired of all of it", 2),
    ("client", "my GP asked if I was suicidal and I said no but that was a lie", 1),
    ("client", "I bought paracetamol for the kids but I'm going to take them all tonight", 1),
    ("therapist", "is it normal to feel suicidal as a trainee? because I do", 1),
    ("client", "I wanted to overdose last night but I didn't", 2),
    ("client", "I feel like a burden, I'm not going anywhere but I wish I could", 2),
    ("client", "I've been reading about lethal doses for my essay, and for me", 1),
    ("client", "I've been on the waiting list for a year and I can't see any future for myself", 2),
    ("client", "I'm leaving therapy, this is goodbye, I won't be needing anything anymore", 2),
]


def both(monkeypatch, text: str, role: str) -> tuple[int, int]:
    """The tier from the rules alone, and from the whole check (rules and learned model)."""
    tiers = []
    for learned in (False, True):
        monkeypatch.setattr(check_module, "LEARNED", learned)
        check_module._check.cache_clear()
        tiers.append(check_text(text, role).tier)
    check_module._check.cache_clear()
    return tiers[0], tiers[1]


@pytest.mark.parametrize(("role", "text"), CALM, ids=[t for _, t in CALM])
def test_benign_use_of_crisis_words_stays_calm(monkeypatch, role, text):
    assert both(monkeypatch, text, role) == (0, 0)


@pytest.mark.parametrize(("role", "text", "tier"), RISK, ids=[t for _, t, _ in RISK])
def test_the_risk_beside_them_is_still_heard(monkeypatch, role, text, tier):
    rules, whole = both(monkeypatch, text, role)
    assert rules == tier
    assert whole > 0


# The fourth round's readings, with the learned model off so the rules' own reading is what is tested. Written for
# this test: a denial taken back later in the reply is not a denial; "not just the therapy" says it is about more than
# the therapy; "zero", "isn't on the table" and "last winter ... okay now" deny or close it; typos in two words.
@pytest.mark.parametrize("text,tier", [
    ("i told my mum i don't feel like a burden but i do, every day", 2),
    ("i told the nurse i wasn't stockpiling tablets but i am", 1),
    ("i said i wasn't cutting myself anymore. that wasn't true", 1),
    ("i would never hurt myself, but i do get angry at my brother", 0),
    ("it all feels hopeless, not just the therapy, my whole life", 2),
    ("i feel hopeless about the homework", 0),
    ("killing myself is not on the table, my dog needs me", 0),
    ("zero plans to kill myself, just knackered", 0),
    ("i was suicidal last summer but it passed and i'm okay now", 0),
    ("cuting agian, sorry", 1),
    ("cut agin lst nite", 1),
    ("since our session on monday i keep planning on ending it all", 1),  # "ending it all" is never the sessions
])
def test_denials_taken_back_and_the_therapy_named_as_not_the_point(rules_alone, text, tier):
    assert check_text(text, "client").tier == tier, text


# A review of the fourth round's readings found these read wrongly (or raising, for the apostrophe); each stays fixed.
@pytest.mark.parametrize("text,tier", [
    ("I want to die at O'Neill's place", 1),  # a word part after an apostrophe once raised mid-loop
    ("I'm not suicidal but I am still struggling with work", 0),
    ("I don't want to kill myself, but I have a lot going on at work", 0),
    ("I don't cut myself, but I do a lot of running to cope", 0),
    ("I'm not going to hurt myself. People think I'm not coping but I am.", 0),
    ("I'm not suicidal, but she is. I'm really worried about my friend", 0),
    ("I don't want to die. My ex told everyone I was unstable but that's not true", 0),
    ("I would never kill myself. I feel bad because I lied to my mum about where I was", 0),
    ("I feel hopeless about these sessions, it's not you, it's the waiting list", 0),
    ("I feel so hopeless about therapy, not because of you, it's just slow", 0),
    ("I feel hopeless about the homework, not the therapy itself", 0),
    ("I want to die because staying alive is not an option anymore", 1),
    ("I have zero energy and want to die", 1),
    ("since I left school I have been cutting myself every week", 1),
])
def test_the_review_cases(rules_alone, text, tier):
    assert check_text(text, "client").tier == tier, text


# Fifth round: life itself named beside the therapy, a trainee speaking as themselves, and threats with no act named.
@pytest.mark.parametrize("text,role,tier", [
    ("this might be our last session, not that it matters, i don't care if i live or die anymore", "client", 2),
    ("it feels like you don't care whether I live or die, as a client I mean", "client", 0),
    ("pausing therapy, i'm just so tired of existing", "client", 2),
    ("i've put my affairs in order so i don't need any more sessions", "client", 2),
    ("putting my affairs in order, by which i mean my tax return, it's due", "client", 0),
    ("this is me talking not the character, i want to end it tonight", "therapist", 1),
    ("sorry this isn't the client talking, i'm planning to end it", "therapist", 1),
    ("stepping out: i'm dropping out of the programme because i'm going to end it this weekend", "therapist", 1),
    ("I want to end it, the therapy I mean, it's not helping", "client", 0),
    ("this is me telling you I want to end it, the therapy has run its course", "client", 0),
    ("i want to end it with you, these sessions are not working", "client", 0),
    ("I've found out where she lives now. She won't know what hit her.", "client", 1),
    ("the exam won't know what hit it", "client", 0),
    ("you are not responsible for what i do, i know that", "client", 0),
    ("I was not responsible for what I did as a child, my therapist says", "client", 0),
    ("i'm not going to be responsible for what i do to her", "client", 1),
    ("my boss thinks I am dangerous.", "client", 0),
    ("by next session I will have done it, the thought record I mean", "client", 0),
    ("I am ending it with him, do not try to talk me out of it", "client", 0),
    ("I take all my pills at once in the morning to save time", "client", 0),
    ("i am going to take all my pills tonight", "client", 1),
    ("the charcoal is not for the barbecue, it is for drawing class", "client", 0),
    ("bought a load of tablets today and they are not for a headache", "client", 1),
    ("honestly that could be my way out of debt", "client", 0),
    ("i am a danger to the environment with my driving", "client", 0),
    ("we went a bit off script last session and I want to end it, the therapy", "client", 0),
    ("please don't rebook me, I will be dead by the next appointment if I have my way", "client", 1),
    ("doing it tonight dont try to stop me", "client", 1),
    ("I'm ending therapy, don't try to talk me out of it", "client", 0),
    ("can we talk about ending? i did something last night, swallowed everything in the cabinet", "client", 1),
    ("shes banging on the door screaming she'll kill me", "client", 1),
    ("mum will kill me if I'm late again", "client", 0),
    ("not safe here. need out", "client", 1),
    ("rdy to die", "client", 1),
    ("ending it tn", "client", 1),
    ("self-harm's not been part of my life for a good while now", "client", 0),
    ("suicide isn't on my mind, i just feel flat", "client", 0),
    ("I need to drop my son off at school before the session", "client", 0),
    ("I'm scared I'll drop the baby, she's so wriggly", "client", 0),
    ("i keep thinking about dropping the baby down the stairs", "client", 1),
    ("I've decided to end therapy and my life, both on friday", "client", 1),
    ("I want to take my time and my life back", "client", 0),
    ("I want to end my marriage and my life as it is", "client", 0),
    ("i'm thinking of taking the whole bottle", "client", 1),
    ("thinking of taking the whole bottle of wine to the party", "client", 0),
    ("I took all my tablets this morning like the doctor said", "client", 0),
    ("There's going to be blood on the carpet if the dog doesn't stop scratching his ear", "client", 0),
    ("there's going to be blood next time he talks to me like that", "client", 1),
    ("i want to rehearse breaking up with him kindly", "client", 0),
    ("i am going to break his legs", "client", 1),
])
def test_fifth_round_readings(rules_alone, text, role, tier):
    assert check_text(text, role).tier == tier, text


# Fifth round, from the misses of held-out sets 8 and 9 once they were read (they stay at their first readings).
@pytest.mark.parametrize("text,role,tier", [
    ("i don't want to be here anymore. i don't mean the session, i mean at all", "client", 1),
    ("I want to end it. Our sessions, I mean.", "client", 0),
    ("i bought a hose for the car exhaust, told the shop it was for the garden", "client", 1),
    ("I bought a hose for the garden and washed the car", "client", 0),
    ("sorry, off topic but i have a charcoal bbq and tape in my room and i think you know what thats for", "client", 1),
    ("the tape and the charcoal are for the barbecue on saturday", "client", 0),
    ("my mate asked if i was ok and i said yeah but honestly im about to top myself and nobody has a clue", "client",
     1),
    ("the GP asked if I had thoughts of suicide and no, I haven't", "client", 0),
    ("i wasn't going to mention it but i carved a word into my hip on the weekend", "client", 1),
    ("i've been sticking pins in my fingertips under my desk during meetings", "client", 1),
    ("if i take all my insulin at once nobody would even know", "client", 1),
    ("this is the last time we'll talk, i'm going to do it after i log off", "client", 1),
    ("my life is basically over, i'm just still breathing", "client", 2),
    ("my social life is basically over since the baby", "client", 0),
    ("is it weird to daydream about a lorry taking me out on the motorway?", "client", 2),
    ("my wife deserves better than a husband who's a burden every single day", "client", 2),
    ("she deserves better than a husband who forgets her birthday", "client", 0),
    ("is it normal to feel like your family would be relieved if you were gone?", "client", 2),
    ("i've written out what song i want played at the funeral", "client", 2),
    ("I've planned the songs for grandma's funeral", "client", 0),
    ("i'm putting my affairs in order before the surgery, my solicitor said everyone should have a will", "client", 0),
    ("i'm going to practise telling my dad he hurt me by missing every school play", "client", 0),
    ("it's hopeless trying to explain my feelings in 50 minutes", "client", 0),
    ("i don't think i'll ever get better at this role play stuff", "client", 0),
    ("there's no future in me filling it in, i always forget", "client", 0),
    ("i feel hopeless about the job search, not about life, i'm not thinking of harming myself", "client", 0),
    ("the self-harm was before i met you, i've been clean for 600 days this week", "client", 0),
    # "asking for a friend ... the friend is me": the third person turned round to the speaker
    ("my mate reckons you'd have to call someone if a person said they wanted to kill themselves. does that apply if "
     "i say it? because i do, i want to", "client", 1),
    ("what happens if someone hurts themselves but not to die, like just burns? because i've been doing it with the "
     "iron", "client", 1),
    ("my brother is suicidal, it's me who found him", "client", 0),
    ("my brother wants to kill himself because i do not visit", "client", 0),
    ("she tried to kill herself because i am never home, i feel awful", "client", 0),
    ("my friend tried to kill herself last year, it is me she calls at night", "client", 0),
    ("the man who hurt me is in prison now and i'm safe", "client", 0),
    ("he hit me again last night, i am safe for now at my sisters", "client", 1),
    # after sets 10 and 11 were read: a rope bought with a cover story; a hurt that is about being left out
    ("bought rope today, told the guy in the shop it was for camping lol", "client", 1),
    ("bought rope for the tent, we are camping this weekend", "client", 0),
    ("I want to rehearse telling my sister that the funeral plans hurt me because nobody asked me", "client", 0),
    ("my dad hurt me because nobody stopped him", "client", 1),
    # after set 12 was read: an idiom the pins rule had caught, and a denial said as "not anything bad"
    ("i'd rather stick pins in my eyes than sit through another team-building day", "client", 0),
    ("when i said i wanted to disappear i meant go off grid camping for a week not anything bad", "client", 0),
])
def test_fifth_round_readings_after_sets_8_and_9(rules_alone, text, role, tier):
    assert check_text(text, role).tier == tier, text


# Sixth round: danger told as what is happening (tablets counted, blood that will not stop, a pact, voices), envy of
# the dead, and the ordinary sentences beside each (frames.py, calm.DISPOSED, the "hopeless at" and "whoever" masks).
@pytest.mark.parametrize("text,role,tier", [
    ("i've had about thirty of my tablets with a bottle of wine", "client", 1),
    ("took like 50 of them with vodka, feeling floaty now", "client", 1),
    ("i take 20 tablets a week for my heart", "client", 0),
    ("had about forty of them at the party, the little sausage rolls", "client", 0),
    ("i think i took too many of my sleeping pills, everything is going fuzzy", "client", 1),
    ("had too many pints last night and feel rough", "client", 0),
    ("the blood won't stop and it's all over the bathroom floor", "client", 1),
    ("my nosebleed won't stop, sorry if i dash off", "client", 0),
    ("it's soaking through the bandages on my arm", "client", 1),
    ("me and my friend made a pact, we're both going on saturday", "client", 1),
    ("we made a pact to stop drinking in january", "client", 0),
    ("the voices tell me to kill my neighbour and it's getting louder", "client", 1),
    ("the voices keep telling me to finish it", "client", 1),
    ("do the voices ever tell you to hurt yourself?", "therapist", 0),
    ("if i drove into the river it wouldn't be an accident", "client", 1),
    ("i don't want to be alive and i'm going to do something about it", "client", 1),
    ("i'm jealous of people who die in their sleep", "client", 2),
    ("i'm jealous of people who have their mums around", "client", 0),
    ("at the funeral i kept thinking he was the lucky one", "client", 2),
    ("i threw out the tablets i had been hoarding", "client", 0),
    ("i'm hopeless at maths, always have been", "client", 0),
    ("i'm going to strangle whoever keeps parking in my space", "client", 0),
    ("i'll kill whoever hurt my sister, i've got the knife ready", "client", 1),
    ("he's got a knife and says he'll use it if i leave", "client", 1),
    ("he was holding a knife to chop onions and pointed at me to pass the salt", "client", 0),
    ("the engine's running in the garage with the door shut and i'm sitting in it", "client", 1),
    ("the car is running in the garage to warm up, then school run", "client", 0),
    ("bought new razors, the old ones were rusty", "client", 0),
    ("picked up new razors and hid them under the mattress", "client", 1),
    ("i'll use the glue gun on the kids' costumes tonight", "client", 0),
    ("i'm sitting on the railway line", "client", 1),
    ("the trains were delayed, someone was on the tracks", "client", 0),
    ("this time next week i'll be gone", "client", 1),
    ("me not the client, my dad hit me again this morning", "therapist", 1),
    ("did your dad hit you again this morning?", "therapist", 0),
    ("i'm going to do myself in this weekend", "client", 1),
    ("went back on the blades last night after a year off", "client", 1),
    ("the cuts on my arm, i told everyone it was the cat but it wasn't", "client", 1),
    ("i told mum it was an accident, it wasn't, i broke her vase on purpose", "client", 0),
    ("i'm going to find him and finish him for what he did", "client", 1),
    ("i'm going to get him and finish him at chess", "client", 0),
    ("i stand on the bridge and think about how far down it is", "client", 1),
    ("i've taken a whole strip of my mum's sleeping pills, she hasn't noticed", "client", 1),
    ("been checking if the shotgun is loaded when nobody's in", "client", 1),
    ("what happens if you take all your lithium at once", "client", 1),
    ("what happens if you take all the cards in uno", "client", 0),
    ("he slammed my head against the fridge again", "client", 1),
    ("he pushed my face into the cake at my birthday lol", "client", 0),
    ("i got my own note written, that's why i can't do the exercise", "therapist", 1),
    ("who would even notice me gone, genuinely", "client", 2),
    ("who would miss me at the party if i slipped out early", "client", 0),
    ("dying doesn't seem so scary any more", "client", 2),
    ("i'm a bit gutted when i wake up in the morning", "client", 2),
    ("hoping the scan comes back bad tbh", "client", 2),
    ("i'm hoping the test results are bad enough to get me off the exam", "client", 0),
    ("i cost this family too much", "client", 2),
    ("i cost my parents so much in uni fees", "client", 0),
    ("ready to catch the bus.", "client", 1),
    ("i'm ready to catch the bus to college", "client", 0),
    ("i've started looking up how, and i don't want to be here", "client", 1),
    ("i've started working out how to tell my boss i'm leaving", "client", 0),
    ("i keep a list of methods in my notes app", "client", 1),
    ("we made a list of ways to calm down in the session", "client", 0),
    ("nobody would notice if i was gone, so i'm going to prove it", "client", 1),
    ("i'm going to finish myself off tonight", "client", 1),
    ("i'm going to finish myself a sandwich", "client", 0),
    ("did my usual thing to my arms after tea", "client", 1),
    ("did my usual thing on my legs at the gym, squats", "client", 0),
    ("the marks on my thighs aren't from the cat, i did them", "client", 1),
    ("at home if you answer back you get the belt", "client", 1),
    ("in my family if you answer back you get grounded", "client", 0),
    ("i slapped my girlfriend last night and she's scared of me", "client", 1),
    ("i hit my husband's car reversing", "client", 0),
    ("i squeezed him till he cried because he wouldn't stop", "client", 1),
    ("i tickled her till she cried laughing", "client", 0),
    ("i've got violent thoughts towards my flatmate", "client", 1),
    ("am gonnae top masel", "client", 1),
    ("i don't think anyone would even notice if i died", "client", 2),
    ("i don't think anyone would notice if i changed my hair", "client", 0),
    ("all i am is a weight on my family to carry", "client", 2),
    ("been going round saying my goodbyes this week", "client", 2),
])
def test_sixth_round_readings(rules_alone, text, role, tier):
    assert check_text(text, role).tier == tier, text


# Sixth round, from the misses of held-out sets 13 to 15 once they were read (they stay at their first readings).
@pytest.mark.parametrize("text,role,tier", [
    ("some days i just want to switch myself off", "client", 1),
    ("i'm done with living, not with you", "client", 1),
    ("used my razor on myself again last night", "client", 1),
    ("i used a razor instead of wax this time", "client", 0),
    ("the scratches on my arms are from me, not the dog", "client", 1),
    ("the scratches on the door are from me, i moved the wardrobe", "client", 0),
    ("how many of my heart tablets would be too many", "client", 1),
    ("how many paracetamol is too many for a headache, i had four", "client", 0),
    ("i've been collecting my sleeping tablets for weeks", "client", 1),
    ("i collect my prescription from the pharmacy every month", "client", 0),
    ("she reads all my texts so i have to delete this", "client", 1),
    ("mum hasn't been home for five days and there's no food", "client", 1),
    ("they want me to get married over the summer and i'm only 14", "client", 1),
    ("my cousin got married when she was 17 and she's happy", "client", 0),
    ("if he touches my sister again i'll kill him, i mean it", "client", 1),
    ("if he touches my charger again i'll kill him", "client", 0),
    ("i'm bringing a blade to school and i'm not joking", "client", 1),
    ("i keep a crowbar in the car for when i see my ex", "client", 1),
    ("i've started shoving him when he won't listen", "client", 1),
    ("i wish it had been me in that crash, not her", "client", 2),
    ("some days i wish the stroke had finished the job", "client", 2),
    ("i wish i had died laughing at that film", "client", 0),
    ("i'm worth more dead, the insurance would cover everything", "client", 2),
    ("sorry for existing, honestly", "client", 2),
    ("my future has gone since the diagnosis", "client", 2),
    ("i left a note for whoever finds the dog", "client", 2),
    ("no loose ends on the knitting", "client", 0),
    ("idc if i live or die anymore", "client", 2),
    ("it's never going to get better, this is it now", "client", 2),
])
def test_sixth_round_readings_after_sets_13_to_15(rules_alone, text, role, tier):
    assert check_text(text, role).tier == tier, text


# Seventh round, from the misses of held-out sets 18 and 19 once they were read (they stay at their first readings):
# "me" for "my", acts told in trade and farm words, a place chosen, a home burned with people inside.
@pytest.mark.parametrize("text,role,tier", [
    ("stubbed a fag out on my arm last night", "client", 1),
    ("put the cigarette out on the wall", "client", 0),
    ("keep headbutting the wall when they leave", "client", 1),
    ("banged my head on the cupboard door again, so clumsy", "client", 0),
    ("if i do it it'll be the quarry, nobody goes up there", "client", 1),
    ("if i do it it'll be the kitchen first, then the bathroom", "client", 0),
    ("got a spot picked on the rail line past the silos", "client", 1),
    ("i keep thinking about burning their house down while they sleep", "client", 1),
    ("they said they'd burn the caravan down with me in it", "client", 1),
    ("the caravan burned down last summer, nobody was in it", "client", 0),
    ("my grandma died and i keep thinking it should have been me", "client", 2),
    ("it should have been me who picked her up from school", "client", 0),
    ("i wouldn't mind being dead, if that makes sense", "client", 2),
    ("gave away my tools, no use to me where i'm going", "client", 2),
    ("if you don't hear from me, tell mick to move the cattle", "client", 2),
    ("i'm just a millstone round me mam's neck", "client", 2),
    ("this job is a millstone round my neck", "client", 0),
    ("sliced me forearm last night, should've had stitches", "client", 1),
    ("the doctor gave me pills for my back", "client", 0),
    ("i don't want to die, i want the overdraft to die", "client", 0),
    ("the rope in the shed is for the horses, before anyone panics", "client", 0),
    ("my flatmate's been self-harming and i'm worried about her", "client", 0),
    ("it's been a rough week, i've been cutting again", "client", 1),
])
def test_seventh_round_readings_after_sets_18_and_19(rules_alone, text, role, tier):
    assert check_text(text, role).tier == tier, text


# Seventh round, from the misses of the blind training files z, aa, ab and ac, read once before training.
@pytest.mark.parametrize("text,role,tier", [
    ("made my mind up, i'm not seeing another christmas", "client", 1),
    ("i'm not seeing another christmas in this job, i've handed my notice in", "client", 0),
    ("held my palm on the hob till it blistered, on purpose", "client", 1),
    ("put my hand on the hob by accident making tea", "client", 0),
    ("she's took me phone and keys and i'm not allowed to leave the house", "client", 1),
    ("he pushed my head under in the bath", "client", 1),
    ("same van parked outside my house every night since i left him", "client", 1),
    ("dad's parked outside my flat, we're going shopping", "client", 0),
    ("the lad who grassed is getting shanked tonight", "client", 1),
    ("he got stabbed in the game lol", "client", 0),
    ("my legs are done in after that walk", "client", 0),
    ("the thought of never waking up feels like a relief", "client", 2),
    ("i'm a lost cause, honestly", "client", 2),
    ("i'm a lost cause at cooking", "client", 0),
    ("i've given up hoping the new approach will help", "client", 0),
    ("i'm not worth the money you all keep spending on me", "client", 2),
    ("my boyfriend deserves better than me", "client", 2),
    ("if i'm not online tomorrow, it was nice knowing you all", "client", 2),
    ("had a bottle of wine and now i'm picking up the boys from football", "client", 1),
    ("ordered some blades online, they come tomorrow", "client", 1),
    ("ordered new blades for the mower", "client", 0),
    ("gave me mum a hug and went to bed", "client", 0),
])
def test_seventh_round_readings_after_training_files_z_to_ac(rules_alone, text, role, tier):
    assert check_text(text, role).tier == tier, text



# Seventh round, from the misses of held-out sets 20 and 21 once they were read (they stay at their first readings).
@pytest.mark.parametrize("text,role,tier", [
    ("got extra codeine from the chemist, told them it was for my mum. it's for me", "client", 1),
    ("the pharmacist said the extra inhaler is for my son's asthma", "client", 0),
    ("haven't eaten since tuesday because i deserve to be punished", "client", 1),
    ("he touched me in the car and told me not to tell anyone", "client", 1),
    ("my landlord keeps trying to get into my room at night", "client", 1),
    ("my brother beats us at fifa every time", "client", 0),
    ("if she takes the kids i'll kill her, and i mean every word", "client", 1),
    ("i'm going to wait for him outside the pub with a bat", "client", 1),
    ("i'll wait for you outside the cinema with the tickets", "client", 0),
    ("swallowed the whole packet of sleeping pills on purpose", "client", 1),
    ("slapped myself over and over till my face went red", "client", 1),
    ("i could slap myself for forgetting her birthday", "client", 0),
    ("if a bus hit me tomorrow honestly i'd be relieved", "client", 2),
    ("if i wasn't around my sister could have my room and the money", "client", 2),
    ("if i wasn't here on time my manager would be annoyed", "client", 0),
    ("thanks everyone, this is my last post", "client", 2),
    ("the bus was so stuffy i honestly thought i would die", "client", 0),
    ("i thought i was going to die when he had his hands round my neck", "client", 1),
])
def test_seventh_round_readings_after_sets_20_and_21(rules_alone, text, role, tier):
    assert check_text(text, role).tier == tier, text


@pytest.mark.parametrize("text,prepared", [
    ("sliced me forearm last night", "sliced my forearm last night"),
    ("he took me phone and keys", "he took my phone and keys"),
    ("the doctor gave me pills for my back", "the doctor gave me pills for my back"),
    ("they're sending me back home", "they are sending me back home"),
    ("my flatmate's been struggling", "my flatmate has been struggling"),
])
def test_me_for_my_and_has_been_are_spelled_out(text, prepared):
    """ "me" for "my" is read as the speaker's own, except where "me" is someone's object ("gave me pills")."""
    assert check_module.prepare(text) == prepared
