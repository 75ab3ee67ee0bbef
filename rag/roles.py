"""Questions about who holds a role ("Who chairs …", "谁负责 …"): only a sentence that states a role answers them.

A sentence that names a person beside the question's nouns but states no post or leadership ("The laboratory was
established by ANSO and SQU", "The plant at Barka began operating …") says nothing about who directs, leads or
manages it: a name taken from it would be a guess.
"""
from __future__ import annotations

import re

# "who <verb>" asking who holds a role; the verb's family is stated by ROLE_WORDS
ROLE_QUESTION_EN = re.compile(
    r"\bwho\s+(?:currently\s+|now\s+)?(?:chairs?|chaired|directs?|directed|leads?|led|heads?|headed|manages?|managed|"
    r"coordinates?|coordinated|runs?|ran|oversees?|oversaw|supervises?|supervised|convenes?|convened|presides?|"
    r"presided|steers?|steered)\b", re.I)
ZH_ROLE_VERBS = "主持|负责|领导|牵头|带队|管理|主管|协调|执掌|掌管"
ROLE_QUESTION_ZH = re.compile(rf"谁(?:来)?(?:{ZH_ROLE_VERBS})|由谁(?:{ZH_ROLE_VERBS})")
# words that state a role or a leadership relation, in either language (a question in one language may be answered
# by a sentence in the other)
ROLE_WORDS = re.compile(
    r"\b(?:chair|chairs|chaired|chairing|chairman|chairwoman|chairperson|co-chairs?|director|directors|directs|"
    r"directed|directorate|head|heads|headed|heading|lead|leads|led|leader|leaders|leadership|manage|manages|"
    r"managed|manager|managers|management|coordinate|coordinates|coordinated|coordinator|coordinators|convener|"
    r"convenor|convened|convenes|president|vice-president|principal|dean|chief|run|runs|ran|oversee|oversees|"
    r"oversaw|supervise|supervises|supervised|supervisor|secretary|secretary-general|officer|presided|presides|"
    r"steer|steers|steered|in charge|responsible)\b|"
    r"主任|主席|主持|负责|领导|牵头|带队|管理|主管|协调|组长|院长|所长|校长|会长|理事长|秘书长|书记|处长|局长|部长|执掌|掌管|首席|总监|经理",
    re.I)


def asks_role_holder(question: str) -> bool:
    """The question asks who holds a role ("Who directs the lab?", "培训班由谁负责？")."""
    return bool(ROLE_QUESTION_EN.search(question) or ROLE_QUESTION_ZH.search(question))


def states_a_role(sentence: str) -> bool:
    """The sentence states a post or a leadership relation ("Chair of …", "headed by", "由…负责")."""
    return bool(ROLE_WORDS.search(sentence))
