"""The asked relation with its parties the other way round does not answer. Both languages, emoji, mixed scripts."""
import pytest

from rag.reversed_roles import reversed_roles

pytestmark = pytest.mark.unit

HOSTS = "IHB will host up to four IFReDI researchers a year 🐟, paying a monthly allowance of CNY 6,000."


@pytest.mark.parametrize("question, lang, sentence, reverse", [
    ("How many IHB researchers can IFReDI host each year?", "en", HOSTS, True),
    ("What monthly allowance does IFReDI pay to visiting IHB scientists?", "en", HOSTS, True),
    ("IFReDI每年可以接待多少名IHB研究人员？", "zh", "IHB每年接待不超过4名IFReDI研究人员。", True),
    ("How many IFReDI researchers can IHB host each year?", "en", HOSTS, False),
    ("IHB每年可以接待多少名IFReDI研究人员？🐠", "zh", "IHB每年接待不超过4名IFReDI研究人员。", False),
    # one body named: nothing to reverse
    ("How many researchers can IHB host each year?", "en", "IFReDI will host two researchers a year.", False),
    # the verb is not stated: not for this rule
    ("What does IFReDI provide to IHB?", "en", "IHB lends IFReDI two eDNA kits.", False),
])
def test_the_doer_of_the_asked_verb(question, lang, sentence, reverse):
    assert reversed_roles(question, lang, sentence) is reverse
