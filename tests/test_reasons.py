"""A why-question tries the sentence giving a reason first. Both languages, emoji and mixed scripts."""
import pytest

from rag.reasons import gives_reason, reason_first

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, reason", [
    ("The lidar's uptime fell because its laser failed on 6 May 2026 🔧.", True),
    ("The aim is to vigorously promote the building of ANSO.", True),
    ("建立联合实验室是为了推动传统药用植物资源的保护与可持续利用。", True),
    ("由于激光器故障，激光雷达停机52天。", True),
    ("aerosol lidar: 81.5% in 2026 (88.0% in 2025);", False),
    ("联合实验室将重点开展三方面工作：建立种质资源共享数据库。", False),
])
def test_a_reason_or_a_purpose(sentence, reason):
    assert gives_reason(sentence) is reason


def test_a_close_reason_comes_first_and_a_far_one_keeps_its_place():
    texts = ["aerosol lidar: 81.5% in 2026;", "Its uptime fell because the laser failed.", "由于经费不足，项目推迟。"]
    assert reason_first([0.84, 0.64, 0.3], texts) == [1, 0, 2]
    assert reason_first([0.84, 0.5, 0.3], texts) == [0, 1, 2]
