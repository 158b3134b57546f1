"""The words the crisis check reads: slang and misspellings folded to plain words, and the word groups its rules use."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA

# Shorthand and slang spelled out before anything else reads the text. Keys are single lower-cased tokens.
SLANG = {
    "kms": "kill myself", "kys": "kill yourself", "ctb": "kill myself",
    "sewerslide": "suicide", "suicided": "suicide", "sh": "self harm",
    "selfharm": "self harm", "selfharming": "self harming", "selfharmed": "self harmed", "od": "overdose",
    "od'd": "overdosed", "oded": "overdosed", "od'ed": "overdosed", "meself": "myself", "mesel": "myself",
    "kil": "kill", "kll": "kill", "kilin": "killing", "dieing": "dying", "dyin": "dying", "ded": "dead",
    "cutin": "cutting", "selfharmin": "self harming", "harmin": "harming", "hurtin": "hurting", "livin": "living",
    "pils": "pills", "wnat": "want",
    "gona": "going to", "gunna": "going to", "gonna": "going to", "tryna": "trying to", "rn": "right now",
    "tbh": "", "fr": "", "ngl": "", "tbf": "", "lol": "", "idek": "i do not even know", "2": "to", "abt": "about",
    "bc": "because", "cuz": "because", "coz": "because", "cos": "because", "ppl": "people", "noone": "no one",
    "no1": "no one", "nobody": "no one", "wud": "would", "wld": "would", "dnt": "do not", "cnt": "can not",
    "dont": "do not", "cant": "can not", "wont": "will not", "ive": "i have", "im": "i am",
    "suside": "suicide", "suiside": "suicide", "sucide": "suicide", "suicde": "suicide", "suicidle": "suicidal",
    "sucidal": "suicidal", "suicidial": "suicidal", "anymore": "anymore", "any1": "anyone", "every1": "everyone",
    "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not", "havent": "have not",
    "hasnt": "has not", "hadnt": "had not", "arent": "are not", "werent": "were not", "whats": "what is",
    "thats": "that is", "theres": "there is", "youre": "you are", "theyre": "they are", "wouldve": "would have",
    "wanna": "want to", "gotta": "got to", "gr8": "great", "2nite": "tonight", "2night": "tonight",
    "nite": "night", "rly": "really", "b4": "before", "2day": "today", "2moro": "tomorrow", "didnt": "did not",
    "kmsl": "kill myself", "imma": "i am going to",
    # Short words too near others for the typo reader, typed this way often enough to spell out by hand.
    "agn": "again", "agin": "again", "lst": "last", "tonite": "tonight", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tomoz": "tomorrow", "cnat": "can not", "dnot": "do not", "evry": "every", "nxt": "next",
    "wasnt": "was not", "isnt": "is not", "doesnt": "does not", "havnt": "have not", "hvnt": "have not",
    "hes": "he is", "shes": "she is", "theyll": "they will", "rdy": "ready", "tn": "tonight", "agen": "again",
    "2mrw": "tomorrow", "tmrrw": "tomorrow", "2mro": "tomorrow",
    # Scots, as typed: "am gonnae top masel", "a want tae be deid", "naebody'd miss me"
    "masel": "myself", "mysel": "myself", "deid": "dead", "naebody": "no one", "gonnae": "going to",
    "wantae": "want to", "despawn": "stop existing", "idc": "i do not care", "idgaf": "i do not care",
    # prison and street words for a knife attack: "he's getting shanked saturday"
    "shank": "stab", "shanks": "stabs", "shanked": "stabbed", "shanking": "stabbing", "glassed": "stabbed",
    "drinkin": "drinking",
}
# Slang of more than one word, read after the words above are spelled out.
SLANG_PHRASES = {
    "sewer slide": "suicide", "sewer sliding": "suicide", "self delete": "kill myself",
    "self deleting": "killing myself", "self deleted": "killed myself", "un alive": "kill", "un aliving": "killing",
    "off myself": "kill myself", "top myself": "kill myself", "topping myself": "killing myself",
    "topped myself": "killed myself", "offing myself": "killing myself", "offed myself": "killed myself",
    "s h": "self harm", "k m s": "kill myself",
}

# Long words worth recognising through a slip of the keyboard (one letter missing, extra, changed or swapped).
# Short words are left out: "dye", "die" and "diet" are one letter apart and mean different things.
_FUZZY_KEYS = frozenset("""
suicide suicidal killing killed myself overdose overdosed overdosing cutting harming harmed hopeless burden
pointless worthless goodbye goodbyes tablets paracetamol stockpiling strangled scratching unalive unaliving
disappear funeral trapped relapsed burning bleeding hurting punishment antidepressants sertraline fluoxetine
citalopram codeine tramadol painkillers insulin lethal stockpiled hoarding punishing deliberately purpose
starving purging threatened toddler newborn
again tonight tomorrow anymore everyone everything
""".split())
# Real words one slip away from a key, which must keep their own meaning.
_PROTECTED = frozenset("""
killer killers kilted cutter cutters cuttings burying breeding bleeping overdoes overdone harmer burdens
hopeful burnings disappears funerals tablet trapper trappers hurtling overdoing overdid hearing released
starring purring hoardings overdoses strangle punished punishes threaten starting staring hunting tripped homeless
""".split())


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


_INDEX: dict[str, str] = {}
for _key in sorted(_FUZZY_KEYS):
    for _d in _deletions(_key):
        _INDEX.setdefault(_d, _key)


@lru_cache(maxsize=1 << 14)
def correct(token: str) -> str:
    """A likely-misspelt key word back to the key; anything else unchanged."""
    if len(token) < 5 or token in _FUZZY_KEYS or token in _PROTECTED or not token.isalpha():
        return token
    hit = _INDEX.get(token)  # a letter missing
    if hit and hit[0] == token[0]:
        return hit
    for d in _deletions(token):  # a letter extra (d is a key) or changed or swapped (d shares a deletion)
        hit = d if d in _FUZZY_KEYS else _INDEX.get(d)
        if hit and hit[0] == token[0] and _one_slip(token, hit):
            return hit
    return token


def _one_slip(a: str, b: str) -> bool:
    """Whether a and b differ by one letter added, dropped or changed, or two neighbours swapped."""
    return OSA.distance(a, b, score_cutoff=1) <= 1


# "'s" after these is "is"; after anything else it is a possessive and is dropped ("mum's boyfriend").
S_IS = frozenset("it that there what he she who here where everything nothing life everyone no one someone "
                 "this".split())

# People a sentence can be about: a subject from this list makes "wants to die" someone else's.
PEOPLE = (r"mum|mom|mother|dad|father|stepdad|stepfather|stepmum|stepmom|stepmother|husband|wife|partner|boyfriend|"
          r"girlfriend|ex|brother|sister|uncle|aunt|auntie|grandad|granddad|grandpa|grandfather|grandma|nan|nana|"
          r"granny|grandmother|cousin|carer|teacher|coach|boss|manager|landlord|flatmate|housemate|roommate|"
          r"therapist|counsellor|counselor|doctor|priest|neighbour|neighbor|friend|mate|colleague|son|daughter|kid|"
          r"kids|child|children|baby|client|patient|family|parents|parent|fiance|fiancee|bf|gf|stepbrother|"
          r"stepsister|guardian|foster|pastor|tutor|lecturer|employer|he|she|they|someone|somebody|people|man|woman|"
          r"guy|girl|boy|people")
_YOUNG = {"son", "daughter", "kid", "kids", "child", "children", "baby", "boy", "girl"}
PEOPLE_ADULT = "|".join(w for w in PEOPLE.split("|") if w not in _YOUNG)
# Animals do things too: "my cat scratched my arm" is the cat's doing.
ANIMALS = frozenset("cat cats kitten dog dogs puppy pet rabbit hamster horse parrot bird".split())
OTHER_SUBJECTS = frozenset(PEOPLE.split("|")) - {"people"} | {"him", "her", "his", "their", "them"} | ANIMALS


# ---- Fragments the rules are written from (rehearse/engine/safety/rules.py)
W = r"(?:\s[\w']+)"  # one more word
ME = r"(?:myself|my self|my own self)"
END = r"(?=\s[.,]|\s*$)"  # the clause ends here
PERSON = (rf"(?:he|she|they|someone|somebody|a man|a woman|a guy|a stranger|(?:my|her|his|our|"
          rf"their|this|that|a|the|one|some) (?:[\w']+ )?(?:{PEOPLE}))")
PERSON_ADULT = (rf"(?:he|she|they|someone|somebody|a man|a woman|a guy|a stranger|(?:my|her|his|our|"
                rf"their|this|that|a|the|one|some) (?:[\w']+ )?(?:{PEOPLE_ADULT}))")
OBJ = (rf"(?:him|her|them|someone|somebody|anyone|anybody|people|everyone|everybody|you|(?:my|his|her|our|the|that|"
       rf"this|those|these) (?:[\w']+ )?(?:{PEOPLE}|bitch|bastard|prick|idiot|newborn|toddler|class|school|"
       rf"neighbours|neighbors|little one|people who|person who|lads|guys|men|boys|girls|ones|kids))")
PILLS = (r"(?:pills|tablets|meds|medication|medicine|painkillers|paracetamol|antidepressants|insulin|codeine|"
         r"tramadol|opioids|sleeping pills|sleeping tablets|tylenol|ibuprofen|aspirin|prescription|prescriptions)")
SELF_VERBS = (r"(?:hurt|hurts|hurting|harm|harms|harming|harmed|cut|cuts|cutting|burn|burns|burning|burnt|burned|"
              r"scratch|scratching|scratched|hit|hits|hitting|punch|punching|punched|bruise|bruising|bruised|starve|"
              r"starving|starved|injure|injuring|injured|mutilate|mutilating|bite|biting|bit|choke|choking|stab|"
              r"stabbing|stabbed|scald|scalded|scalding|slice|slices|slicing|sliced|slit|slitting|carve|carved|"
              r"carving|gouge|gouged|gouging|slap|slaps|slapped|slapping)")
KILL_VERBS = (r"(?:kill|kills|killing|killed|off|offing|offed|top|topping|topped|neck|necking|hang|hanging|hanged|"
              r"shoot|shooting|shot|poison|poisoning|poisoned|drown|drowning|drowned|suffocate|suffocating|gas|"
              r"gassing|strangle|strangling|end|ending|ended)")
ACCIDENT = (r"(?!\s(?:out|off|up|short|some slack|a break|laughing|with (?:work|food|laughter|chocolate)|shaving|"
            r"cooking|chopping|baking|gardening|on (?:a|the|an|some|broken)|in the (?:foot|kitchen|garden)|while|"
            r"by accident|accidentally|at (?:the gym|work|football|training|the game|practice|rugby)|playing|doing|"
            r"lifting|running|when i (?:fell|tripped|slipped)|falling|tripping|slipping|over (?:it|this|that|"
            r"nothing)|for (?:it|that|not|forgetting|being|a|the|this)|trying|to (?:get|finish|meet|make|keep|please|"
            r"impress)|in (?:work|my work|coffee|wine|chocolate|books|study|paperwork|emails|tasks|chores)))")
HARM_OTHERS = (r"(?:kill|killing|murder|murdering|hurt|hurting|harm|harming|stab|stabbing|shoot|shooting|strangle|"
               r"strangling|smother|smothering|suffocate|suffocating|poison|poisoning|attack|attacking|beat|beating|"
               r"batter|battering|punch|punching|hit|hitting|shake|shaking|drown|drowning|burn|burning|choke|"
               r"choking)")
INTENT = (r"(?:want|wants|wanted|wanting|going|plan|planning|intend|intending|will|shall|might|feel like|felt like|"
           r"keep thinking about|kept thinking about|thought about|thinking about|think about|fantasise about|"
           r"fantasize about|fantasising about|fantasizing about|thinking of|think of|thought of|picture|picturing|"
           r"pictured|imagine|imagining|had thoughts of|have thoughts of|having thoughts of|thoughts of|"
           r"thoughts about|urge to|urges to|tempted|scared i will|scared i might|scared i am going|afraid i will|"
           r"afraid i might|afraid i am going|worried i will|worried i might|worried i am going|swear|am going|"
           r"about)")
ABUSE_STRONG = (r"(?:beats|beat|beating|punches|punched|kicks|kicked|slaps|slapped|chokes|choked|choking|strangles|"
                r"strangled|strangling|rapes|raped|molests|molested|assaults|assaulted|abuses|abused|abusing|batters|"
                r"battered|bites|drugged|spiked|stalks|stalked|stalking|threatens|threatened|threatening|gropes|"
                r"groped)")
ABUSE_WEAK = (r"(?:hits|hit|hitting|hurts|hurt|hurting|touches|touched|touching|grabs|grabbed|shoves|shoved|burns|"
              r"burned)")
NOT_WORDS = (r"(?!\s(?:when|by|with|because|so|really|deeply|a lot)\s(?:[\w']+ ){0,2}?(?:said|saying|say|told|"
              r"telling|words|left|leaving|ignored|ignoring|cancelled|forgot|laughed|comment|criticised|criticized|"
              r"lied|cheated|did not|never|called|feelings|message|letter|missing|not coming|not being|ignoring|"
              r"forgetting|leaving))")
