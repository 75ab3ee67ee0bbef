"""A count given to another party of a list (rag/party_values.py): the party is the key — "Seven … came from
Malaysia" against "7 from Kazakhstan, 6 from Malaysia" (or an English gloss of 哈萨克斯坦7名、马来西亚6名) is caught;
the party's own count, a sentence with several counts or parties, and a party the source gives no count pass.
Emoji and mixed script."""
import pytest

from rag import party_values

pytestmark = pytest.mark.unit

LIST_EN = ("Of the 48 students who completed the course, 12 came from Pakistan, 9 from Thailand, 7 from Kazakhstan, "
           "6 from Malaysia and 6 from Nepal 🌏.")
GLOSS = "complet cours 48名 student , pakistan 12名、 thailand 9名、 kazakhstan 7名、 malaysia 6名、 nepal 6名。"


@pytest.mark.parametrize("sentence, source, flagged", [
    ("Seven of the students who completed the course came from Malaysia.", LIST_EN, True),
    ("Seven of the students who completed the course came from Malaysia.", GLOSS, True),
    ("Six of the students came from Malaysia 🇲🇾.", LIST_EN, False),
    ("Seven students came from Kazakhstan.", GLOSS, False),
    ("Seven came from Kazakhstan and six from Malaysia.", LIST_EN, False),  # two counts: binding's business
    ("Seven of the students came from Egypt.", LIST_EN, False),             # the source names no Egypt
    ("The course had 48 students in Hefei.", LIST_EN, False),              # Hefei: no count of its own
])
def test_a_count_of_another_party_is_flagged(sentence, source, flagged):
    assert (party_values.count_of_another_party(sentence, [source]) is not None) is flagged
