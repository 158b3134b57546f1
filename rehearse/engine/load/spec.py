"""The one description of the scenario and guidance formats: the loader checks by it, `rehearse schema` exports it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
NODE_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$"
ROLES = ("client", "therapist")
DIFFICULTIES = ("gentle", "moderate", "challenging")
OUTCOMES = ("good", "mixed", "poor")
RED_FLAGS = ("defensive", "dismissive", "blame-shifting", "pressuring", "boundary-blurring", "vague")
# How serious a red flag is: a lapse in style (curt, clumsy, but nothing wrong in substance), a warning sign about
# the relationship, or a breach of professional ethics a client could take to the therapist's professional body.
FLAG_GRADES = ("style", "warning", "breach")
# Rupture markers, after the Rupture Resolution Rating System (Eubanks, Muran & Safran 2015): the kind of rupture
# each client marker belongs to.
WITHDRAWAL_MARKERS = ("denial", "minimal-response", "abstract-communication", "avoidant-storytelling",
                      "deferential-appeasing", "content-affect-split", "self-criticism-hopelessness")
CONFRONTATION_MARKERS = ("complaint-about-therapist", "rejects-intervention", "complaint-about-activities",
                         "complaint-about-parameters", "complaint-about-progress", "defends-self",
                         "controls-pressures-therapist")
RUPTURE_MARKERS = WITHDRAWAL_MARKERS + CONFRONTATION_MARKERS
# Resolution strategies in the same system: what a therapist's reply does to repair the rupture.
REPAIR_STRATEGIES = ("clarify-misunderstanding", "change-task-or-goal", "give-rationale", "invite-discussion",
                     "acknowledge-contribution", "disclose-experience", "link-to-patterns", "validate-defense",
                     "redirect")
CONVERSATION_TYPES = (
    "disagreement", "rupture-confrontation", "rupture-withdrawal", "ending",
    "boundaries", "referral", "identity", "therapist-ending", "risk",
)


@dataclass(frozen=True)
class T:
    """A type in the format: kind is str|int|num|bool|scalar|list|obj|dict|either."""

    kind: str
    doc: str = ""
    enum: tuple = ()
    pattern: str | None = None
    minimum: int | None = None
    item: T | None = None
    fields: dict = field(default_factory=dict)  # name -> (T, required)
    options: tuple = ()
    min_items: int = 0

    @property
    def each(self) -> T:
        """The type of every item of a list, or every value of a dict."""
        if self.item is None:
            raise ValueError(f"a {self.kind} type has no item type")
        return self.item

    def describe(self) -> str:
        """A short human name for error messages."""
        return {
            "str": "text", "int": "a whole number", "num": "a number", "bool": "true or false",
            "scalar": "text, a number or true/false", "list": "a list", "obj": "a mapping of keys",
            "dict": "a mapping", "either": " or ".join(o.describe() for o in self.options),
        }[self.kind]


def s(doc="", **kw) -> T:
    """Text."""
    return T("str", doc, **kw)


def lst(item: T, doc="", **kw) -> T:
    """A list of `item`."""
    return T("list", doc, item=item, **kw)


def obj(doc="", **fields) -> T:
    """A mapping with known keys; a field is (type, required)."""
    return T("obj", doc, fields=fields)


ids = lst(s(pattern=ID_PATTERN), "guidance ids from the catalogue")
personas_ref = T("either", "a persona name or a list of them", options=(s(), lst(s())))
condition = s("a condition over variables, e.g. \"alliance > 1 and not asked_why\"")

TARGET = obj(
    "one branch of a goto: the first that fits is taken",
    node=(s("the node to go to", pattern=NODE_PATTERN), True),
    persona=(personas_ref, False),
    **{"if": (condition, False)},
)
GOTO = T("either", "a node id, or a list of branches chosen by persona or condition",
         options=(s(pattern=NODE_PATTERN), lst(TARGET, min_items=1)))

VARIANT = obj(
    "one wording of a line; the first that fits is said",
    text=(s("what is said; may use {{ variable }}"), True),
    persona=(personas_ref, False),
    red_flag=(s("marks this line as a warning sign the user should notice", enum=RED_FLAGS), False),
    grade=(s("how serious the red flag is: a style lapse, a warning sign or an ethical breach",
             enum=FLAG_GRADES), False),
    marker=(s("a rupture marker this (client) line shows, for the trainee's debrief", enum=RUPTURE_MARKERS), False),
    thinking=(s("what the speaker might be thinking as they say this, shown in the debrief"), False),
    **{"if": (condition, False)},
)
SAY = T("either", "a line, or a list of wordings by persona or condition",
        options=(s(), lst(VARIANT, min_items=1)))

CHOICE = obj(
    "one reply the user can give",
    text=(s("what the user says"), True),
    goto=(GOTO, True),
    effects=(T("dict", "changes to variables: numbers add, anything else replaces", item=T("scalar")), False),
    shows=(ids, False),
    misses=(ids, False),
    note=(s("one line: why this helps or hurts"), False),
    strategies=(lst(s(enum=REPAIR_STRATEGIES), "rupture resolution strategies this (trainee) reply uses"), False),
    examples=(lst(s(), "other ways a user might type this reply"), False),
    **{"if": (condition, False)},
)

ENDING = obj(
    "marks a node as an ending",
    outcome=(s("how it went", enum=OUTCOMES), True),
    label=(s("a short name for this ending"), True),
)

NODE = obj(
    "one moment in the conversation",
    say=(SAY, True),
    say_more=(s("said when a typed reply matches no choice"), False),
    choices=(lst(CHOICE), False),
    goto=(GOTO, False),
    ending=(ENDING, False),
)

PERSONA = obj("a style of the simulated side", description=(s(), True))

DRILL_LINE = T("either", "a wording of the hard line, or a wording with the persona who says it", options=(
    s(), obj("a wording of the hard line said by one persona", text=(s("what is said"), True),
             persona=(s("the persona who says it (the lines before the moment are played with it)"), False))))
DRILL_LEVEL = lst(DRILL_LINE, "wordings of the hard line at this level; each rep says one of them", min_items=1)
DRILL = obj(
    "one moment of the scenario to practise again and again: the other side's hard line at three levels",
    id=(s("unique among all drills: lowercase letters, digits, hyphens", pattern=ID_PATTERN), True),
    node=(s("the node whose moment is drilled: the user replies there", pattern=NODE_PATTERN), True),
    skill=(s("the guidance id a good reply here shows", pattern=r"^[a-z][a-z0-9_]*$"), True),
    focus=(s("one line: what to practise in this moment"), False),
    levels=(obj("the hard line at three levels of difficulty",
                **{level: (DRILL_LEVEL, True) for level in DIFFICULTIES}), True),
)

SHIFT = obj(
    "a chance that the other side's manner changes as a node is reached, in runs whose persona was drawn at random",
    to=(s("the persona they become"), True),
    at=(lst(s(pattern=NODE_PATTERN), "nodes where the change may happen, as each is reached", min_items=1), True),
    chance=(T("num", "how likely, from 0 to 1, each time one of those nodes is reached"), True),
    note=(s("why they might change here, for authors and the debrief"), False),
    **{"from": (s("the persona that may change"), True)},
)

SCENARIO = obj(
    "a rehearse scenario",
    id=(s("unique id: lowercase letters, digits, hyphens", pattern=ID_PATTERN), True),
    title=(s(), True),
    summary=(s("one paragraph"), True),
    user_role=(s("who the user plays", enum=ROLES), True),
    speakers=(obj("display names", app=(s(), False), user=(s(), False)), False),
    tags=(lst(s(enum=CONVERSATION_TYPES), "conversation types", min_items=1), True),
    difficulty=(s(enum=DIFFICULTIES), True),
    content_notes=(lst(s()), True),
    minutes=(T("int", minimum=1), True),
    teaches=(ids, True),
    personas=(T("dict", "persona name -> description", item=PERSONA, pattern=ID_PATTERN), True),
    variables=(T("dict", "variable name -> initial value", item=T("scalar"), pattern=r"^[A-Za-z_][A-Za-z0-9_]*$"),
               False),
    say_more=(s("default line when a typed reply matches no choice"), False),
    include=(lst(s(pattern=ID_PATTERN), "shared pieces from scenarios/shared/"), False),
    shifts=(lst(SHIFT, "chances of a change of manner within a run: variety between runs"), False),
    start=(s(pattern=NODE_PATTERN), True),
    nodes=(T("dict", "node id -> node", item=NODE, pattern=NODE_PATTERN), True),
    drills=(lst(DRILL, "moments to practise on their own (`rehearse drill`)"), False),
)

SHARED = obj(
    "shared nodes any scenario can include",
    description=(s(), False),
    variables=(T("dict", item=T("scalar")), False),
    nodes=(T("dict", item=NODE, pattern=NODE_PATTERN), True),
)

SOURCE = obj(
    "a source: one of the seed articles (with its file) or a published work (with its year and where published)",
    title=(s(), True),
    author=(s("the author or authors, as the work names them"), True),
    file=(s("for a seed article: its file in the seeds folder"), False),
    year=(T("int", "for a published work: the year it was published", minimum=1900), False),
    published=(s("for a published work: the journal (volume, pages) or the publisher"), False),
    doi=(s("the DOI, without https://doi.org/", pattern=r"^10\.\S+/\S+$"), False),
    url=(s("where a reader can find it", pattern=r"^https://"), False),
)
GUIDANCE_ITEM = obj(
    "one piece of guidance",
    id=(s(pattern=r"^[a-z][a-z0-9_]*$"), True),
    title=(s(), True),
    advice=(s(), True),
    example=(s(), True),
    sources=(lst(s(), min_items=1), True),
    basis=(T("dict", "source key -> what that source says that supports the item, in our own words", item=s()), True),
    applies_to=(lst(s(enum=CONVERSATION_TYPES)), True),
    role=(s(enum=ROLES), True),
)
CATALOGUE = obj(
    "the guidance catalogue",
    sources=(T("dict", item=SOURCE), True),
    items=(lst(GUIDANCE_ITEM, min_items=1), True),
    red_flags=(T("dict", "red-flag kind -> the guidance item whose sources call that reply a warning sign",
                 item=s(pattern=r"^[a-z][a-z0-9_]*$")), False),
)


def to_json_schema(t: T, title: str | None = None) -> dict:
    """Translate a format type to JSON Schema (draft 2020-12)."""
    out: dict = {}
    k = t.kind
    if k == "str":
        out["type"] = "string"
        if t.enum:
            out["enum"] = list(t.enum)
        if t.pattern:
            out["pattern"] = t.pattern
    elif k == "int":
        out["type"] = "integer"
        if t.minimum is not None:
            out["minimum"] = t.minimum
    elif k == "num":
        out["type"] = "number"
    elif k == "bool":
        out["type"] = "boolean"
    elif k == "scalar":
        out["type"] = ["string", "number", "boolean"]
    elif k == "list":
        out["type"] = "array"
        out["items"] = to_json_schema(t.each)
        if t.min_items:
            out["minItems"] = t.min_items
    elif k == "obj":
        out["type"] = "object"
        out["properties"] = {n: to_json_schema(ft) for n, (ft, _) in t.fields.items()}
        req = [n for n, (_, r) in t.fields.items() if r]
        if req:
            out["required"] = req
        out["additionalProperties"] = False
    elif k == "dict":
        out["type"] = "object"
        out["additionalProperties"] = to_json_schema(t.each)
        if t.pattern:
            out["propertyNames"] = {"pattern": t.pattern}
    elif k == "either":
        out["anyOf"] = [to_json_schema(o) for o in t.options]
    if t.doc:
        out["description"] = t.doc
    if title:
        out = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title, **out}
    return out


def with_tags(t: T, tags: tuple[str, ...]) -> T:
    """`t` with every conversation-type enum extended by `tags` (a course's own tags)."""
    return _with_tags(t, tuple(sorted(set(tags)))) if tags else t


_EXTENDED: dict[tuple[int, tuple[str, ...]], tuple[T, T]] = {}  # (id of a type, tags) -> (that type, extended)


def _with_tags(t: T, tags: tuple[str, ...]) -> T:
    # Kept, not rebuilt: the checker compiles each type object once, so the same course must get the same object.
    hit = _EXTENDED.get((id(t), tags))
    if hit is not None and hit[0] is t:
        return hit[1]
    if t.kind == "str" and t.enum == CONVERSATION_TYPES:
        out = replace(t, enum=t.enum + tuple(x for x in tags if x not in t.enum))
    else:
        item = _with_tags(t.item, tags) if t.item is not None else None
        fields = {k: (_with_tags(ft, tags), req) for k, (ft, req) in t.fields.items()}
        out = replace(t, item=item, fields=fields, options=tuple(_with_tags(o, tags) for o in t.options))
    _EXTENDED[(id(t), tags)] = (t, out)
    return out
