"""The alliance's own zh ↔ en vocabulary, added to CC-CEDICT in the bilingual lexicon (``rag.lexicon``).

CC-CEDICT translates 学员 as "student" and 生活费 as "cost of living"; the calls, training notices, scholarship pages,
meeting reports and agreements staff add say "participants" and "stipend". Without these pairs a Chinese question on
an English-only call (学员, 生活费, 报名, 注册费) cannot be seen to ask what the call states, and is refused.
Each line is one Chinese word and its English translations in this domain, separated by ";" — the same glosses a
dictionary entry would give, parsed by the same rules (``rag.lexicon._glosses``). Words only, never facts: no name,
number or date of any document belongs here — except the alliance's own: in its documents 联盟 is ANSO.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator

DOMAIN_GLOSSARY = """
联盟: alliance; ANSO
野外: field; fieldwork
学员: participant; trainee
参训人员: participant; trainee
培训班: training course; workshop
研修班: training course; workshop
讲习班: workshop; training course
暑期学校: summer school
夏季学校: summer school
冬季学校: winter school
研讨会: workshop; seminar; symposium
学术研讨会: symposium; conference
开幕式: opening ceremony
闭幕式: closing ceremony
主旨报告: keynote; keynote speech
报到: check in; registration; arrival
报名: apply; application; register; registration
截止日期: deadline
截止时间: deadline
注册费: registration fee
会务费: registration fee; conference fee
学费: tuition; tuition fee
食宿: board and lodging; accommodation; meals
住宿: accommodation; lodging
旅费: travel cost; airfare; travel
差旅费: travel expenses; travel cost
往返机票: return ticket; round-trip ticket; airfare
补贴: allowance; stipend; subsidy
生活费: stipend; living allowance; living expenses
生活补贴: stipend; living allowance
津贴: allowance; stipend
安置费: settlement allowance; settling-in allowance
资助: fund; funding; support; grant
经费: funding; budget; funds
名额: place; slot; quota
招收: admit; accept; enrol; recruit
录取: admit; accept; select
入选: selected; shortlisted
遴选: select; selection
评审: review; evaluation; assessment
推荐信: recommendation letter; reference letter; letter of support
申请人: applicant
申请者: applicant
申请资格: eligibility
结业证书: certificate of completion; certificate of attendance; certificate
学分: credit
野外实习: field practical; fieldwork; field trip; field course
实地考察: field trip; site visit; fieldwork
考察队: expedition team; expedition
联系人: contact person; contact; coordinator
联系方式: contact
电子邮箱: e-mail; email
协办: co-organize; co-organise
指导委员会: steering committee
成员单位: member institution; member organization; member
成员机构: member institution; member organization; member
成员国: member country; member state
专题联盟: thematic alliance
专题网络: thematic network
工作组: working group; task force
组长: leader; head; chair; coordinator
协调人: coordinator
联合实验室: joint laboratory; joint lab
揭牌: unveil
谅解备忘录: memorandum of understanding; mou
获奖者: winner; awardee; laureate; recipient
奖金: prize money; cash prize; prize
提名: nominate; nomination
评委会: jury; selection committee
颁奖典礼: award ceremony
博士后: postdoctoral researcher; postdoc; postdoctoral
硕士生: master's student; master student
博士生: phd student; doctoral student; phd candidate
青年科学家: young scientist; early-career scientist; young researcher
科研人员: researcher; scientist; research staff
年龄: age
周岁: age; years old
年度报告: annual report
记者: reporter; correspondent
传播: communication; dissemination
科学传播: science communication
执行委员会: executive committee
秘书处: secretariat
执行主任: executive director
首席科学家: chief scientist
访问学者: visiting scholar
种子基金: seed grant; seed fund
申报: application; submission
提交: submit; submission
年薪: annual salary
网址: website; url
网站: website
理事会: board; governing board; council
日程: programme; schedule; agenda
韧性: resilience
同一健康: one health
人工智能: artificial intelligence; ai
学术不端: misconduct; research misconduct; academic misconduct
文物保护: conservation; heritage conservation
冷冻电镜: cryo-electron microscopy; cryo-em
住宿费: accommodation fee; room rate; room
工作人员: staff; staff member; personnel
站长: station director; director
女性: women; woman; female
奖学金: scholarship; fellowship
"""
GLOSS_SEPARATOR = ";"  # between the English translations of one word
GLOSSARY_DIGEST_CHARS = 10  # hex digits of the glossary's hash in the cached lexicon's file name


def glossary_lines(text: str = DOMAIN_GLOSSARY) -> Iterator[str]:
    """The glossary as CC-CEDICT lines ("学员 学员 [] /participant/trainee/"), parsed with the dictionary."""
    for line in text.strip().splitlines():
        word, _, glosses = line.partition(":")
        english = [g.strip() for g in glosses.split(GLOSS_SEPARATOR) if g.strip()]
        if word.strip() and english:
            yield f"{word.strip()} {word.strip()} [] /{'/'.join(english)}/"


def glossary_digest(text: str = DOMAIN_GLOSSARY) -> str:
    """A short fingerprint of the glossary: the lexicon's cached copy is rebuilt when the glossary changes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:GLOSSARY_DIGEST_CHARS]
