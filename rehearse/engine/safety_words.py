"""The words the crisis check reads: slang and misspellings folded to plain words, and the word groups its rules use."""

from __future__ import annotations

from functools import lru_cache

# Shorthand and slang spelled out before anything else reads the text. Keys are single lower-cased tokens.
SLANG = {
    "kms": "kill myself", "kys": "kill yourself", "ctb": "kill myself", "unalive": "kill", "unalived": "killed",
    "unaliving": "killing", "unalives": "kills", "sewerslide": "suicide", "suicided": "suicide", "sh": "self harm",
    "selfharm": "self harm", "selfharming": "self harming", "selfharmed": "self harmed", "od": "overdose",
    "od'd": "overdosed", "oded": "overdosed", "od'ed": "overdosed", "meself": "myself", "mesel": "myself",
    "kil": "kill", "kll": "kill", "kilin": "killing", "dieing": "dying", "dyin": "dying", "ded": "dead",
    "cutin": "cutting", "hurtin": "hurting", "livin": "living", "pils": "pills", "wnat": "want",
    "gona": "going to", "gunna": "going to", "gonna": "going to", "tryna": "trying to", "rn": "right now",
    "tbh": "", "fr": "", "ngl": "", "tbf": "", "lol": "", "idek": "i do not even know", "2": "to", "abt": "about",
    "bc": "because", "cuz": "because", "coz": "because", "cos": "because", "ppl": "people", "noone": "no one",
    "no1": "no one", "nobody": "no one", "wud": "would", "wld": "would", "dnt": "do not", "cnt": "can not",
    "dont": "do not", "cant": "can not", "wont": "will not", "ive": "i have", "im": "i am",
    "suside": "suicide", "suiside": "suicide", "sucide": "suicide", "suicde": "suicide", "suicidle": "suicidal",
    "sucidal": "suicidal", "suicidial": "suicidal", "anymore": "anymore", "any1": "anyone", "every1": "everyone",
}

# Long words worth recognising through a slip of the keyboard (one letter missing, extra, changed or swapped).
# Short words are left out: "dye", "die" and "diet" are one letter apart and mean different things.
_FUZZY_KEYS = frozenset("""
suicide suicidal killing killed myself overdose overdosed overdosing cutting harming harmed hopeless burden
pointless worthless goodbye goodbyes tablets paracetamol stockpiling strangled scratching unalive unaliving
disappear funeral trapped relapsed burning bleeding hurting punishment antidepressants
""".split())
# Real words one slip away from a key, which must keep their own meaning.
_PROTECTED = frozenset("""
killer killers kilted cutter cutters cuttings burying breeding bleeping overdoes overdone harmer burdens
hopeful burnings disappears funerals tablet trapper trappers hurtling overdoing overdid hearing released
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
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# "'s" after these is "is"; after anything else it is a possessive and is dropped ("mum's boyfriend").
S_IS = frozenset("it that there what he she who here where everything nothing life everyone no one someone this".split())

# People a sentence can be about: a subject from this list makes "wants to die" someone else's.
PEOPLE = (r"mum|mom|mother|dad|father|stepdad|stepfather|stepmum|stepmom|stepmother|husband|wife|partner|boyfriend|"
          r"girlfriend|ex|brother|sister|uncle|aunt|auntie|grandad|granddad|grandpa|grandfather|grandma|nan|nana|"
          r"granny|grandmother|cousin|carer|teacher|coach|boss|manager|landlord|flatmate|housemate|roommate|"
          r"therapist|counsellor|counselor|doctor|priest|neighbour|neighbor|friend|mate|colleague|son|daughter|"
          r"kid|kids|child|children|baby|client|patient|family|parents|parent|fiance|fiancee|bf|gf|stepbrother|"
          r"stepsister|guardian|foster|pastor|tutor|lecturer|employer|he|she|they|someone|somebody|people|man|woman|"
          r"guy|girl|boy|people")
_YOUNG = {"son", "daughter", "kid", "kids", "child", "children", "baby", "boy", "girl"}
PEOPLE_ADULT = "|".join(w for w in PEOPLE.split("|") if w not in _YOUNG)
OTHER_SUBJECTS = frozenset(PEOPLE.split("|")) - {"people"} | {"him", "her", "his", "their", "them"}
