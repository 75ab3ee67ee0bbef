"""Writes eval/datasets/support.jsonl, the support-check benchmark (run from the project root).

Each item is one answer sentence and the source it cites (with the source's other-language version,
as retrieval brings it along), labelled supported or not:
supported — faithful paraphrases and zh↔en translations;
unsupported — a changed number, date or name, a negation added or dropped, an added claim, and a
sentence from a different paragraph.
Sources are paragraphs of the bundled corpus (units c*) and general text written for this set (g*).
Units alternate between the dev and test splits, so no source paragraph is in both.
The held-out split (units h*, written blind after the checker was tuned) uses new sources — the staff-style
documents of eval/datasets/newdocs.corpus/ and two new general paragraphs — and adds the kinds quantifier
("all" for "some", "first" for "last", "at least" for "up to") and relation (roles or amounts swapped).
The second held-out split (units b*, written blind before the checker bound facts to their parties) stresses
relations, comparisons and weekdays, with faithful sentences that reorder clauses or say "respectively"/"分别".
The third held-out split (units d*, written blind by a helper who had not read the checker) uses five new staff-style
documents (fellowship call, training report, Board communiqué, network annual summary, MoU signing), names its
faithful kinds finely (reorder, summary, respectively, number_format) and adds the corrupted kinds unit (currency
or measure) and year (the right day and month in the wrong year).
The fourth held-out split (units e*, written blind by a helper who had not read the checker) uses five more new
staff-style documents (glacier expedition report, Chinese-only training notice, award announcement and a network's
figures, meeting summary with officials and posts, fellowship FAQ), gives Chinese names in pinyin across languages,
and adds the faithful kind date_format (one date written differently) and the corrupted kinds post (another post or
rank for the right person: Deputy Director ↔ Director, 副 ↔ 正) and affiliation (the right person at another institution).
The fifth held-out split (units f*, written blind by a helper who had not read the checker nor run it) uses five more
new staff-style documents (earthquake early-warning workshop report, a joint laboratory's annual progress summary,
Chinese-only 通知 on a visiting-scholar programme, a zh/en partner charter whose closing article is Chinese only,
English minutes of an advisory committee naming officials and posts) with the fourth split's kinds; "name" there also
covers a wrong place and "relation" a wrong direction ("A trained B" for "B trained A").
The sixth held-out split (units j*, written blind by a helper who had not read the checker nor run it) uses five more
new staff-style documents on topics no earlier unit used (desertification-control field course report, research
vessel cruise plan in zh/en, Chinese-only 通知 on a young-scientist travel grant, a zh/en research-ethics policy whose
closing article is Chinese only, English minutes of a management board naming officials, posts and votes) with the
fifth split's kinds; "relation" there also covers votes moved between members and "negation" a decision turned round
(rejected ↔ carried, approved without ↔ with amendment).
The seventh held-out split (units k*, written blind by a helper who had not read the checker nor run it) uses five more
new staff-style documents on topics no earlier unit used (snow-leopard camera-trap survey report and outcome summary of
a fusion summer school with attendance by country, each zh/en then English only, Chinese-only 通知 on a joint-research
call, zh/en measures
on sharing large research instruments, English summary of a museum network's annual general meeting naming officials,
posts, an election and votes) with the sixth split's kinds.
The eighth held-out split (units m*, written blind by a helper who had not read the checker nor run it) uses five more
new staff-style documents on topics no earlier unit used (desert-locust monitoring mission report, zh/en then Chinese
only; outcome summary of an online course with enrolment by country, zh/en then English only; Chinese-only 通知 on a
young scientists' innovation competition; zh/en rules on reimbursing travel expenses; English record of a foreign
delegation's visit naming officials, posts and institutions) with the seventh split's kinds.
The ninth held-out split (units n*, written blind by a helper who had not read the checker nor run it) uses five more
new staff-style documents on topics no earlier unit used (mangrove-restoration progress report with hectares and
survival by site, zh/en then Chinese only; Chinese-only 通知 on a fossil-preparation training course with its fee
waivers, deadline and contacts; zh/en measures on sending biological samples abroad; English report of a prize jury
naming jurors, posts and votes; summary of a bilateral China–Argentina workshop with participants by country, zh/en then
English only) with the eighth split's kinds.
The tenth held-out split (units p*, written blind by a helper who had not read the checker nor run it) uses five more
new staff-style documents on topics no earlier unit used (annual report of a desert-ecology station with rainfall,
sandstorm days and seedling survival by year, zh/en then English only; Chinese-only 培训班通知 on aerosol observation;
zh/en measures on handling hazardous laboratory waste; a seed-bank exchange agreement between Kunming and Sri Lanka,
zh/en then Chinese only; English summary of a tropical-cyclone symposium naming speakers, posts and votes) with the
ninth split's kinds.
The eleventh held-out split (units q*, written blind by a helper who had not read the checker nor run it) uses five
more new staff-style documents on topics no earlier unit used (summary of a soil-carbon monitoring programme on the
Mongolian Plateau with carbon stocks by year and plot type, zh/en then English only; Chinese-only 研讨会会议通知 on
volcanic-hazard monitoring; zh/en rules on drone flight permits for fieldwork; a herbarium specimen-loan agreement
between Guangzhou and Nairobi, zh/en then Chinese only; English annual report of a mountain-hydrology network naming
officers, posts and votes) with the tenth split's kinds.
"""
import html
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "support.jsonl"
CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def corpus_paragraphs() -> tuple[list[str], list[str]]:
    en = (CORPUS / "000_74c34fed6d88274d.txt").read_text(encoding="utf-8")
    zh = (CORPUS / "001_5fd73c616f3c028d.txt").read_text(encoding="utf-8")
    en_paras = [p.strip() for p in en.split("\n\n") if p.strip()]
    zh_paras = [p.strip() for p in zh.split("\n\n") if p.strip()]
    return en_paras, zh_paras


EN, ZH = corpus_paragraphs()


def en_para(start: str) -> str:
    return next(p for p in EN if p.startswith(start))


def zh_para(start: str) -> str:
    return next(p for p in ZH if p.startswith(start))


# unit: (id, en source, zh source, items) — item: (sentence language, cited language, kind, supported, sentence)
UNITS = [
    ("c1", en_para("The ceremony of Secretariat"), zh_para("11月7日"), [
        ("en", "en", "paraphrase", True, "The ceremony for the ANSO Secretariat settling in Huairou Science City took place in Beijing on Thursday, November 7th."),
        ("en", "en", "paraphrase", True, "ANSO's Secretariat settlement ceremony in Huairou Science City was held in Beijing on November 7th."),
        ("zh", "en", "translation", True, "联盟秘书处落户怀柔科学城的揭牌仪式于11月7日在京举行。"),
        ("en", "zh", "translation", True, "The unveiling ceremony was held in Beijing on November 7."),
        ("en", "en", "number", False, "The ceremony was held in Beijing on Thursday, November 9th."),
        ("zh", "zh", "date", False, "揭牌仪式于12月7日在京举行。"),
        ("en", "en", "name", False, "The ceremony of the ANSO Secretariat was held in Shanghai on Thursday, November 7th."),
        ("en", "en", "negation", False, "The ceremony of the ANSO Secretariat was not held in Beijing."),
        ("zh", "zh", "added", False, "揭牌仪式于11月7日在京举行，全程向全球直播。"),
        ("en", "en", "added", False, "The ceremony was held in Beijing on November 7th and ended with a state banquet."),
    ]),
    ("c2", en_para("Bai Chunli"), zh_para("11月7日"), [
        ("en", "en", "paraphrase", True, "Bai Chunli, the President of the Chinese Academy of Sciences, attended and gave a speech."),
        ("en", "en", "paraphrase", True, "The ceremony was presided over by Dai Binbin."),
        ("zh", "zh", "paraphrase", True, "中国科学院院长白春礼出席仪式并致辞。"),
        ("zh", "en", "translation", True, "揭牌仪式由怀柔区委书记戴彬彬主持。"),
        ("en", "zh", "translation", True, "Liu Yinchun, Deputy Secretary-General of the Beijing Municipal Government, attended and spoke."),
        ("en", "en", "name", False, "Liu He, President of the Chinese Academy of Sciences, attended the ceremony and delivered a speech."),
        ("zh", "zh", "name", False, "揭牌仪式由中国科学院院长白春礼主持。"),
        ("en", "en", "name", False, "The ceremony was presided over by Wang Gang, Secretary of Huairou District Communist Party Committee."),
        ("en", "en", "negation", False, "Bai Chunli did not attend the ceremony."),
        ("zh", "zh", "negation", False, "中国科学院院长白春礼没有出席仪式。"),
        ("en", "en", "added", False, "Bai Chunli attended the ceremony and announced a new fund of 100 million yuan."),
    ]),
    ("c3", en_para("The opening ceremony was co-sponsored"), zh_para("11月7日"), [
        ("en", "en", "paraphrase", True, "The Chinese Academy of Sciences and the People's Government of Beijing Municipality co-sponsored the opening ceremony."),
        ("en", "en", "paraphrase", True, "ANSO was one of the co-organizers of the opening ceremony."),
        ("zh", "en", "translation", True, "本次揭牌仪式由中国科学院和北京市人民政府共同主办。"),
        ("en", "zh", "translation", True, "The ceremony was co-organized by ANSO, the People's Government of Huairou District and the Administrative Committee of Huairou Science City."),
        ("en", "en", "name", False, "The opening ceremony was co-sponsored by the Chinese Academy of Engineering and the People's Government of Beijing Municipality."),
        ("zh", "zh", "name", False, "本次揭牌仪式由中国科学院和上海市人民政府共同主办。"),
        ("en", "en", "negation", False, "The Chinese Academy of Sciences did not co-sponsor the opening ceremony."),
        ("en", "en", "added", False, "The opening ceremony was co-sponsored by the Chinese Academy of Sciences, which also paid for all travel costs."),
        ("zh", "zh", "number", False, "本次揭牌仪式由3家单位共同主办。"),
    ]),
    ("c4", en_para("The important decision"), zh_para("“一带一路”国际科学组织联盟在成立一周年"), [
        ("en", "en", "paraphrase", True, "The decision to settle the ANSO Secretariat in HSC at its 1st anniversary was made with the support of the CPC Central Committee and the State Council."),
        ("en", "en", "paraphrase", True, "The aim is to vigorously promote the building of ANSO and to inject new impetus into the development of HSC."),
        ("zh", "en", "translation", True, "联盟在成立一周年之际落户怀柔科学城，是在党中央、国务院关心和支持下作出的重要决策。"),
        ("en", "zh", "translation", True, "The move aims to vigorously promote the building of the alliance."),
        ("en", "en", "number", False, "The decision to settle ANSO Secretariat in HSC was made at the time of its 5th anniversary."),
        ("zh", "zh", "number", False, "联盟在成立三周年之际落户怀柔科学城。"),
        ("en", "en", "name", False, "The decision was made under the care and support of the United Nations."),
        ("en", "en", "negation", False, "The decision to settle ANSO Secretariat in HSC was not supported by the State Council."),
        ("zh", "zh", "added", False, "这一决策旨在大力推动联盟的组建工作，并将把联盟总部迁往日内瓦。"),
    ]),
    ("c5", en_para("On 4 November 2018"), zh_para("2018年11月4日"), [
        ("en", "en", "paraphrase", True, "ANSO was formally established in Beijing on 4 November 2018."),
        ("en", "en", "paraphrase", True, "The alliance was founded in Beijing on November 4, 2018."),
        ("zh", "zh", "paraphrase", True, "联盟于2018年11月4日在北京正式成立。"),
        ("zh", "en", "translation", True, "2018年11月4日，联盟在北京正式成立。"),
        ("en", "zh", "translation", True, "On 4 November 2018, the alliance was formally established in Beijing."),
        ("en", "en", "date", False, "ANSO was formally established in Beijing on 4 November 2019."),
        ("zh", "zh", "date", False, "联盟于2019年11月4日在北京正式成立。"),
        ("en", "en", "date", False, "ANSO was formally established in Beijing on 14 December 2018."),
        ("zh", "en", "date", False, "联盟于2018年10月4日在北京正式成立。"),
        ("en", "en", "name", False, "ANSO was formally established in Geneva on 4 November 2018."),
        ("en", "en", "negation", False, "ANSO was not formally established in Beijing."),
        ("en", "en", "added", False, "ANSO was formally established in Beijing on 4 November 2018 with 37 founding members."),
    ]),
    ("c6", en_para("Chinese President Xi Jinping sent"), zh_para("2018年11月4日"), [
        ("en", "en", "paraphrase", True, "Xi Jinping sent a congratulatory letter on the establishment of the alliance."),
        ("en", "en", "paraphrase", True, "Liu He, Vice Premier of the State Council, attended the inauguration ceremony and read President Xi Jinping's letter."),
        ("zh", "zh", "paraphrase", True, "国务院副总理刘鹤出席联盟成立大会并宣读了习近平主席的贺信。"),
        ("zh", "en", "translation", True, "中国国家主席习近平为联盟成立发来贺信。"),
        ("en", "zh", "translation", True, "Vice Premier Liu He attended the founding conference and delivered an important speech."),
        ("en", "en", "name", False, "Vice Premier Han Zheng read the congratulatory letter of President Xi Jinping."),
        ("zh", "zh", "name", False, "国务院副总理胡春华宣读了习近平主席贺信。"),
        ("en", "en", "negation", False, "Liu He did not attend the inauguration ceremony of the alliance."),
        ("en", "en", "added", False, "Xi Jinping sent a congratulatory letter and attended the inauguration ceremony in person."),
    ]),
    ("c7", en_para("In his congratulatory letter"), zh_para("2018年11月4日"), [
        ("en", "en", "paraphrase", True, "Xi Jinping said scientific and technological cooperation with relevant countries is an important part of jointly building the B&R."),
        ("en", "en", "paraphrase", True, "According to the letter, such cooperation plays an active role in improving people's livelihood and addressing common challenges."),
        ("zh", "en", "translation", True, "习近平主席在贺信中指出，与相关国家开展科技合作是共建“一带一路”的重要内容。"),
        ("en", "en", "negation", False, "Xi Jinping pointed out that scientific cooperation is not an important part of the B&R."),
        ("en", "en", "added", False, "In his letter, Xi Jinping pointed out that scientific cooperation is important and promised 500 new scholarships."),
        ("zh", "zh", "added", False, "习近平主席在贺信中指出，科技合作是共建“一带一路”的重要内容，并宣布设立联盟专项基金。"),
        ("en", "en", "name", False, "In his congratulatory letter, Premier Li Keqiang pointed out that cooperation with relevant countries is important."),
    ]),
    ("c8", en_para("He also suggested"), zh_para("2018年11月4日"), [
        ("en", "en", "paraphrase", True, "He suggested that scientific communities all over the world join hands to give full play to the platform role of the alliance."),
        ("en", "en", "paraphrase", True, "The letter called for cultivating innovative and entrepreneurial talents."),
        ("zh", "en", "translation", True, "他希望各国科学界携手并肩，共同努力，发挥好联盟的平台作用。"),
        ("en", "zh", "translation", True, "He hoped the scientific communities of all countries would carry out major scientific and technological cooperation."),
        ("en", "en", "negation", False, "He suggested that the scientific communities should not carry out major scientific and technological cooperation."),
        ("en", "en", "added", False, "He also suggested that every member should pay an annual fee to the alliance."),
        ("zh", "zh", "added", False, "他强调希望各国科学界携手并肩，并要求各国每年向联盟缴纳会费。"),
        ("en", "en", "name", False, "He also suggested that scientists in Africa and Europe should join the European Space Agency."),
    ]),
    ("c9", en_para("In the past year"), zh_para("在一年的时间里"), [
        ("en", "en", "paraphrase", True, "In the past year ANSO has made great achievements and its scale has kept expanding."),
        ("en", "en", "paraphrase", True, "ANSO has made great progress in its internationalization, with its influence increasingly enhanced."),
        ("zh", "en", "translation", True, "在一年的时间里，联盟取得了很大的成就，规模不断扩大。"),
        ("en", "zh", "translation", True, "Within one year, the alliance achieved considerable development and its influence kept rising."),
        ("en", "en", "number", False, "In the past three years, ANSO has made great achievements."),
        ("zh", "zh", "number", False, "在五年的时间里，联盟实现了较大的发展。"),
        ("en", "en", "negation", False, "In the past year, ANSO has not made great progress in its internationalization."),
        ("zh", "zh", "negation", False, "在一年的时间里，联盟的影响力没有提升。"),
        ("en", "en", "added", False, "In the past year, ANSO has made great achievements and opened offices on every continent."),
    ]),
    ("c10", en_para("The participants of the ceremony"), zh_para("11月7日"), [
        ("en", "en", "paraphrase", True, "The participants reached a consensus on the interaction between ANSO and HSC to serve the building of the B&R."),
        ("en", "en", "paraphrase", True, "Participants discussed the promotion of the internationalization of HSC and international science and technology cooperation."),
        ("zh", "en", "translation", True, "嘉宾们就联盟和怀柔科学城互动共同服务“一带一路”建设达成共识。"),
        ("en", "en", "negation", False, "The participants did not reach a consensus on the interaction between ANSO and HSC."),
        ("en", "en", "added", False, "The participants reached a consensus on the interaction between ANSO and HSC and signed a ten-year contract."),
        ("zh", "zh", "added", False, "参加仪式的嘉宾们进行了探讨，并决定在怀柔建设一座新机场。"),
        ("en", "en", "name", False, "The participants reached a consensus on the interaction between ANSO and UNESCO."),
    ]),
    # --- general text written for this set (no parallel version is given to the checker for g2 and g4) ---
    ("g1", "The Institute of Marine Sciences was founded in 1985 in Qingdao. It employs about 320 researchers and operates three research vessels.",
     "海洋科学研究所于1985年在青岛成立。该所约有320名研究人员，拥有三艘科考船。", [
        ("en", "en", "paraphrase", True, "The Institute of Marine Sciences, set up in Qingdao in 1985, has about 320 researchers."),
        ("en", "en", "paraphrase", True, "The institute operates three research vessels."),
        ("zh", "en", "translation", True, "海洋科学研究所于1985年在青岛成立。"),
        ("en", "zh", "translation", True, "The institute has about 320 researchers and three research vessels."),
        ("en", "en", "date", False, "The Institute of Marine Sciences was founded in 1958 in Qingdao."),
        ("zh", "zh", "number", False, "该所约有230名研究人员。"),
        ("en", "en", "number", False, "It operates five research vessels."),
        ("en", "en", "name", False, "The Institute of Marine Sciences was founded in 1985 in Xiamen."),
        ("en", "en", "negation", False, "The institute does not operate any research vessels."),
        ("en", "en", "added", False, "The institute employs about 320 researchers and runs a public aquarium."),
    ]),
    ("g2", "Applications for the 2024 fellowship close on 15 March 2024. Questions about the fellowship should be sent to fellowship@example.org.",
     "2024年奖学金的申请截止日期为2024年3月15日。有关奖学金的问题请发送邮件至 fellowship@example.org。", [
        ("en", "en", "paraphrase", True, "The deadline for 2024 fellowship applications is 15 March 2024."),
        ("en", "en", "paraphrase", True, "Questions about the fellowship go to fellowship@example.org."),
        ("zh", "en", "translation", True, "2024年奖学金的申请截止日期是2024年3月15日。"),
        ("en", "zh", "translation", True, "Questions about the fellowship should be e-mailed to fellowship@example.org."),
        ("en", "en", "date", False, "Applications for the 2024 fellowship close on 15 May 2024."),
        ("zh", "zh", "date", False, "2024年奖学金的申请截止日期为2024年3月25日。"),
        ("en", "en", "email", False, "Questions about the fellowship should be sent to grants@example.org."),
        ("zh", "zh", "email", False, "有关奖学金的问题请发送邮件至 info@example.org。"),
        ("en", "en", "negation", False, "Applications for the 2024 fellowship do not close in March."),
        ("en", "en", "added", False, "Applications for the 2024 fellowship close on 15 March 2024 and require two recommendation letters."),
    ]),
    ("g3", "The workshop in Nairobi brought together 60 scientists from 12 countries to discuss drought monitoring. It was chaired by Professor Amina Yusuf.",
     "在内罗毕举办的研讨会汇集了来自12个国家的60名科学家，共同讨论干旱监测问题。研讨会由阿米娜·优素福教授主持。", [
        ("en", "en", "paraphrase", True, "Sixty scientists from 12 countries met in Nairobi to discuss drought monitoring."),
        ("en", "en", "paraphrase", True, "Professor Amina Yusuf chaired the workshop."),
        ("zh", "en", "translation", True, "来自12个国家的60名科学家在内罗毕讨论了干旱监测问题。"),
        ("en", "zh", "translation", True, "The Nairobi workshop on drought monitoring was chaired by Professor Amina Yusuf."),
        ("en", "en", "number", False, "The workshop in Nairobi brought together 80 scientists from 12 countries."),
        ("zh", "zh", "number", False, "研讨会汇集了来自15个国家的60名科学家。"),
        ("en", "en", "name", False, "The workshop in Addis Ababa brought together 60 scientists to discuss drought monitoring."),
        ("en", "en", "name", False, "The workshop was chaired by Professor John Smith."),
        ("en", "en", "added", False, "The workshop in Nairobi brought together 60 scientists and produced a drought early-warning app."),
        ("zh", "zh", "added", False, "在内罗毕举办的研讨会讨论了干旱监测问题，并签署了合作协议。"),
    ]),
    ("g4", "The new laboratory does not accept external samples during its first year. Its annual budget is 2.5 million dollars.",
     "新实验室在运行的第一年不接受外部样品。其年度预算为250万美元。", [
        ("en", "en", "paraphrase", True, "During its first year the new laboratory will not take external samples."),
        ("en", "en", "paraphrase", True, "The laboratory's annual budget is 2.5 million dollars."),
        ("zh", "en", "translation", True, "新实验室的年度预算为250万美元。"),
        ("en", "zh", "translation", True, "In its first year of operation, the new laboratory does not accept external samples."),
        ("en", "en", "negation", False, "The new laboratory accepts external samples during its first year."),
        ("zh", "zh", "negation", False, "新实验室在运行的第一年接受外部样品。"),
        ("en", "en", "number", False, "Its annual budget is 3.5 million dollars."),
        ("zh", "zh", "number", False, "其年度预算为520万美元。"),
        ("en", "en", "added", False, "The new laboratory does not accept external samples during its first year and is open to visitors on weekends."),
    ]),
]
NO_PARALLEL = {"g2", "g4"}  # cross-language items here are checked without the source's other-language version

# --- the held-out split (units h*): written blind, after the checker was tuned on dev and had seen test ---
# Sources are paragraphs of the staff-style documents in eval/datasets/newdocs.corpus/ (English-only fellowship
# call and YSF page, Chinese-only training news, a zh/en Markdown pair) and two paragraphs written for this set.
# A one-language source has "" for its other version: its items are checked without a parallel.
NEWDOCS = Path(__file__).resolve().parent / "newdocs.corpus"


def newdocs_para(name: str, start: str) -> str:
    text = (NEWDOCS / name).read_text(encoding="utf-8")
    if name.endswith(".html"):
        paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", text, re.S)]
    else:
        paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    return next(p for p in paras if p.startswith(start))


FELLOWSHIP, SEISMIC = "drylands_fellowship_call_2024.txt", "seismic_training_kunming.txt"
AFSN_EN, AFSN_ZH, YSF = "anso_food_security_network.en.md", "anso_food_security_network.zh.md", "ysf_annual_meeting_2022.html"

HELDOUT = [
    ("h1", newdocs_para(FELLOWSHIP, "Applicants must hold"), "", [
        ("en", "en", "paraphrase", True, "To apply, you must be a citizen of a country other than China and no older than 40 on 1 January 2024."),
        ("zh", "en", "translation", True, "申请人须精通英语或中文。"),
        ("zh", "en", "translation", True, "2024年已获得中国政府资助的其他奖学金的人员不具备申请资格。"),
        ("en", "en", "negation", False, "Holders of another fellowship funded by the Chinese government in 2024 are also eligible to apply."),
        ("en", "en", "quantifier", False, "Applicants must be proficient in both English and Chinese."),
        ("zh", "en", "added", False, "申请人须精通英语或中文，并须提供HSK四级成绩证明。"),
    ]),
    ("h2", newdocs_para(FELLOWSHIP, "The programme offers two categories"), "", [
        ("en", "en", "paraphrase", True, "PhD fellows get a monthly stipend of CNY 4500 for up to 36 months."),
        ("zh", "en", "translation", True, "博士生每月可获得4500元人民币的津贴，最长36个月，并在中国科学院大学攻读博士学位。"),
        ("en", "en", "paraphrase", True, "Visiting scholars, who spend three to twelve months at XIEG in Urumqi, receive CNY 9,000 a month."),
        ("zh", "en", "translation", True, "访问学者每月可获得9000元人民币的补贴。"),
        ("en", "en", "relation", False, "Visiting scholars receive a monthly allowance of CNY 4,500, and PhD students receive CNY 9,000."),
        ("zh", "en", "number", False, "博士生每月津贴为4500元人民币，最长可领取48个月。"),
        ("en", "en", "quantifier", False, "Visiting scholars stay at XIEG for at least twelve months."),
    ]),
    ("h3", newdocs_para(FELLOWSHIP, "Applications must be submitted online"), "", [
        ("en", "en", "paraphrase", True, "The deadline for online applications is 23:59 Beijing time on 15 March 2024."),
        ("zh", "en", "translation", True, "入围候选人将于2024年4月接受线上面试，结果将于2024年5月31日前公布。"),
        ("zh", "en", "translation", True, "申请须于2024年3月15日（星期五）北京时间23:59前在线提交，逾期或材料不全的申请不予受理。"),
        ("en", "en", "paraphrase", True, "Results will be announced by the end of May 2024, after online interviews in April."),
        ("en", "en", "date", False, "Applications must be submitted online before 23:59 Beijing time on Monday, 15 March 2024."),
        ("en", "en", "negation", False, "Late or incomplete applications will also be considered."),
    ]),
    ("h4", newdocs_para(FELLOWSHIP, "Up to 25 fellowships"), "", [
        ("en", "en", "paraphrase", True, "In 2024 up to 25 fellowships will be awarded, 15 of them to PhD students and 10 to visiting scholars."),
        ("zh", "en", "translation", True, "来自联盟成员机构的申请人将获优先考虑。"),
        ("en", "en", "paraphrase", True, "Applicants from ANSO member institutions are given priority."),
        ("en", "en", "relation", False, "15 of the fellowships are for visiting scholars and 10 for PhD students."),
        ("zh", "en", "quantifier", False, "2024年将授予至少25个奖学金名额。"),
        ("en", "en", "added", False, "Up to 25 fellowships will be awarded in 2024, and unused places will be carried over to 2025."),
    ]),
    ("h5", newdocs_para(AFSN_EN, "The Agriculture and Food Security Network (AFSN) is"), newdocs_para(AFSN_ZH, "农业与粮食安全网络是"), [
        ("en", "en", "paraphrase", True, "AFSN, one of ANSO's thematic networks, was launched in Nairobi in September 2019."),
        ("zh", "zh", "paraphrase", True, "农业与粮食安全网络于2019年9月在内罗毕启动。"),
        ("en", "zh", "translation", True, "The network is hosted by the Institute of Genetics and Developmental Biology of the Chinese Academy of Sciences."),
        ("zh", "en", "translation", True, "该网络由位于北京的中国科学院遗传与发育生物学研究所承建。"),
        ("en", "en", "date", False, "AFSN was launched in Nairobi, Kenya, in September 2018."),
        ("zh", "zh", "name", False, "农业与粮食安全网络于2019年9月在埃塞俄比亚亚的斯亚贝巴启动。"),
        ("zh", "en", "quantifier", False, "农业与粮食安全网络是联盟的第一个专题网络。"),
        ("en", "zh", "added", False, "AFSN was launched in Nairobi in September 2019 at a ceremony opened by Kenya's President."),
    ]),
    ("h6", newdocs_para(AFSN_EN, "In 2022, AFSN funded"), newdocs_para(AFSN_ZH, "2022年，网络共资助"), [
        ("en", "en", "paraphrase", True, "AFSN funded 18 joint research projects in 2022, with a total budget of 6.2 million yuan."),
        ("zh", "en", "translation", True, "2022年，该网络资助了18个联合研究项目，总金额为620万元人民币。"),
        ("en", "zh", "translation", True, "In 2022 the network trained 240 agricultural technicians across nine countries."),
        ("zh", "zh", "paraphrase", True, "网络2022年为小农户举办了5场田间示范活动。"),
        ("en", "en", "number", False, "In 2022, AFSN funded 18 joint research projects with a total budget of CNY 2.6 million."),
        ("zh", "zh", "number", False, "2022年，网络在12个国家培训农业技术人员240名。"),
        ("en", "en", "quantifier", False, "In 2022, AFSN trained 240 agricultural technicians in each of 9 countries."),
        ("zh", "en", "date", False, "2021年，网络共资助联合研究项目18项。"),
        ("zh", "zh", "other_paragraph", False, "2022年12月，网络在亚的斯亚贝巴举办了小麦锈病防控国际研讨会。"),
    ]),
    ("h7", newdocs_para(AFSN_EN, "AFSN is chaired by"), "", [  # the zh page's 组织管理 paragraph says something else
        ("en", "en", "paraphrase", True, "Professor Samuel Mwangi of KALRO chairs AFSN; he was elected in 2021 for a three-year term."),
        ("zh", "en", "translation", True, "网络主席由肯尼亚农业与畜牧研究组织的塞缪尔·姆旺吉教授担任，他于2021年当选，任期三年。"),
        ("en", "en", "paraphrase", True, "The AFSN coordinator can be contacted at afsn@anso-example.org."),
        ("en", "en", "name", False, "AFSN is chaired by Professor Samuel Mwangi of the Ethiopian Institute of Agricultural Research."),
        ("en", "en", "number", False, "Professor Samuel Mwangi was elected in 2021 for a five-year term."),
        ("en", "en", "name", False, "AFSN's coordinator, Professor Samuel Mwangi, can be reached at afsn@anso-example.org."),
        ("zh", "en", "other_paragraph", False, "网络全体会议每两年举行一次，由各成员机构轮流主办。"),
    ]),
    ("h8", newdocs_para(AFSN_EN, "Research institutions in ANSO member countries"), newdocs_para(AFSN_ZH, "联盟成员国的科研机构"), [
        ("en", "en", "paraphrase", True, "The steering committee reviews membership applications twice a year, in April and October."),
        ("zh", "zh", "paraphrase", True, "新成员名单会在联盟网站上公布。"),
        ("en", "zh", "translation", True, "Research institutions in ANSO member countries can apply to join the network."),
        ("zh", "en", "translation", True, "指导委员会每年审核两次入网申请，分别在4月和10月。"),
        ("en", "en", "name", False, "Applications to join the network are reviewed by the ANSO Secretariat twice a year."),
        ("en", "en", "quantifier", False, "Research institutions in any country may apply to join the network."),
        ("zh", "en", "negation", False, "新成员名单不会在联盟网站上公布。"),
    ]),
    ("h9", "", newdocs_para(SEISMIC, "6月1日（星期二）上午"), [
        ("zh", "zh", "paraphrase", True, "地震监测与预警技术培训班于6月1日在昆明开班，由联盟资助、中国科学院地质与地球物理研究所承办。"),
        ("en", "zh", "translation", True, "28 trainees from six countries, including Pakistan, Nepal and Bangladesh, attended the opening ceremony."),
        ("en", "zh", "translation", True, "The opening ceremony was presided over by Zhang Lixin, Deputy Director of the Institute of Geology and Geophysics, CAS."),
        ("en", "zh", "translation", True, "The training course on earthquake monitoring and early warning opened in Kunming, Yunnan, on the morning of Tuesday, June 1."),
        ("en", "zh", "translation", True, "The trainees came from Pakistan, Nepal, Bangladesh, Sri Lanka, Laos and Myanmar."),
        ("zh", "zh", "number", False, "来自6个国家的32名学员参加了开班仪式。"),
        ("en", "zh", "date", False, "The training course opened in Kunming on Tuesday, 1 July."),
        ("zh", "zh", "relation", False, "培训班由中国科学院地质与地球物理研究所资助、“一带一路”国际科学组织联盟承办。"),
        ("en", "zh", "name", False, "The opening ceremony was presided over by Wang Haifeng, Deputy Director of the Institute of Geology and Geophysics."),
        ("en", "zh", "added", False, "28 trainees from six countries attended the opening ceremony, half of them women."),
    ]),
    ("h10", "", newdocs_para(SEISMIC, "本次培训共邀请了"), [
        ("zh", "zh", "paraphrase", True, "培训共邀请12位专家授课，其中8位来自中国科学院。"),
        ("en", "zh", "translation", True, "Of the 12 lecturers, eight came from the Chinese Academy of Sciences and the other four from Yunnan University and the Yunnan Earthquake Agency."),
        ("en", "zh", "translation", True, "All the lecturers have long worked in seismic observation and research and have rich teaching experience."),
        ("en", "zh", "relation", False, "Eight of the lecturers came from Yunnan University and the Yunnan Earthquake Agency, and four from the Chinese Academy of Sciences."),
        ("en", "zh", "other_paragraph", False, "During the course, the trainees will visit the Dali Earthquake Monitoring Center."),
    ]),
    ("h11", "", newdocs_para(SEISMIC, "据介绍"), [
        ("zh", "zh", "paraphrase", True, "该培训班自2019年起每年举办一次，今年是第三届。"),
        ("en", "zh", "translation", True, "The course is one of the training projects funded in 2021 under ANSO's Capacity Building Programme."),
        ("en", "zh", "translation", True, "This year the course returned to fully in-person teaching for the first time."),
        ("zh", "zh", "paraphrase", True, "由于疫情等原因，前两届培训班有部分课程在线上进行。"),
        ("zh", "zh", "quantifier", False, "今年为第二届培训班。"),
        ("en", "zh", "date", False, "The course has been held every year since 2017."),
        ("zh", "zh", "negation", False, "前两届培训班均未采用线上方式授课。"),
        ("zh", "zh", "added", False, "该培训班自2019年起每年举办一次，累计培训学员超过100名。"),
    ]),
    ("h12", newdocs_para(YSF, "The ANSO Young Scientists Forum (YSF) will hold"), "", [
        ("en", "en", "paraphrase", True, "The YSF 2022 Annual Meeting takes place in Hangzhou from 8 to 10 November 2022."),
        ("zh", "en", "translation", True, "青年科学家论坛2022年年会将于2022年11月8日至10日在中国杭州举行。"),
        ("zh", "en", "translation", True, "会议由联盟秘书处和浙江大学联合主办，采用线上线下相结合的方式举行。"),
        ("en", "en", "paraphrase", True, "The meeting will be held both on site and online."),
        ("zh", "en", "date", False, "年会将于11月8日（星期一）开幕。"),
        ("en", "en", "name", False, "The meeting is co-organized by the ANSO Secretariat and Tsinghua University."),
        ("en", "en", "negation", False, "The 2022 Annual Meeting will be held on site only, with no online participation."),
        ("zh", "en", "added", False, "年会将在杭州举行，会上还将发布《青年科学家杭州宣言》。"),
    ]),
    ("h13", newdocs_para(YSF, "Registration closes"), "", [
        ("en", "en", "paraphrase", True, "Young scientists from ANSO member institutions can take part free of charge, while others pay USD 150."),
        ("zh", "en", "translation", True, "注册截止日期为2022年10月20日。"),
        ("zh", "en", "translation", True, "其他参会者需缴纳150美元注册费。"),
        ("en", "en", "relation", False, "Young scientists from ANSO member institutions pay USD 150, while other participants attend free."),
        ("zh", "en", "negation", False, "联盟成员机构的青年科学家也需缴纳注册费。"),
        ("en", "en", "other_paragraph", False, "The organizers will cover accommodation for up to 60 on-site participants."),
        ("en", "en", "quantifier", False, "Participation is free for all young scientists."),
    ]),
    # --- general text written for this set ---
    ("h14", "The Silk Road Marine Science Scholarship 2025 offers 40 places for master's students and 20 places for doctoral "
            "students. Master's students receive CNY 3,000 a month and doctoral students CNY 3,500 a month; both also receive a "
            "one-off settling-in grant of CNY 5,000. Applications open on 1 December 2024 and close on 28 February 2025. Only "
            "applicants nominated by a partner university will be considered.",
     "2025年丝路海洋科学奖学金为硕士生提供40个名额，为博士生提供20个名额。硕士生每月可获3000元人民币，博士生每月可获3500元人民币；"
     "两类学生均另获一次性安家补助5000元人民币。申请于2024年12月1日开始，2025年2月28日截止。只有经合作高校推荐的申请人才会被考虑。", [
        ("en", "en", "paraphrase", True, "The 2025 scholarship has 40 places for master's students and 20 for doctoral students."),
        ("zh", "zh", "paraphrase", True, "博士生每月可获得3500元人民币。"),
        ("zh", "en", "translation", True, "申请时间为2024年12月1日至2025年2月28日。"),
        ("en", "zh", "translation", True, "Both master's and doctoral students receive a one-off settling-in grant of CNY 5,000."),
        ("en", "en", "paraphrase", True, "Only applicants nominated by a partner university will be considered."),
        ("en", "en", "relation", False, "Master's students receive CNY 3,500 a month and doctoral students CNY 3,000."),
        ("zh", "zh", "number", False, "两类学生均可获得一次性安家补助8000元人民币。"),
        ("zh", "zh", "negation", False, "未经合作高校推荐的申请人同样会被考虑。"),
        ("en", "en", "quantifier", False, "There are more places for doctoral students than for master's students."),
        ("zh", "en", "added", False, "硕士生每月可获3000元人民币，并免缴全部学费。"),
    ]),
    ("h15", "From Monday 14 October to Wednesday 16 October 2024, the ANSO Workshop on Glacier Monitoring was held in Kathmandu, "
            "Nepal. It was jointly organized by the International Centre for Integrated Mountain Development (ICIMOD) and the "
            "Institute of Tibetan Plateau Research, Chinese Academy of Sciences. Dr. Sara Thapa of ICIMOD opened the workshop, and "
            "Professor Zhou Ming gave the closing remarks. The 45 participants came from 8 countries and visited the Langtang "
            "valley on the last day.",
     "2024年10月14日（星期一）至16日（星期三），联盟冰川监测研讨会在尼泊尔加德满都举行。研讨会由国际山地综合发展中心（ICIMOD）和"
     "中国科学院青藏高原研究所联合主办。国际山地综合发展中心的萨拉·塔帕博士致开幕辞，周明教授致闭幕辞。来自8个国家的45名与会者于"
     "最后一天考察了朗塘河谷。", [
        ("en", "en", "paraphrase", True, "The ANSO glacier monitoring workshop took place in Kathmandu from 14 to 16 October 2024."),
        ("zh", "en", "translation", True, "研讨会由ICIMOD和中国科学院青藏高原研究所联合主办。"),
        ("en", "zh", "translation", True, "Dr. Sara Thapa of ICIMOD opened the workshop and Professor Zhou Ming closed it."),
        ("zh", "zh", "paraphrase", True, "45名与会者来自8个国家，他们在最后一天考察了朗塘河谷。"),
        ("en", "en", "paraphrase", True, "On the last day, the participants visited the Langtang valley."),
        ("en", "en", "relation", False, "Professor Zhou Ming opened the workshop, and Dr. Sara Thapa gave the closing remarks."),
        ("zh", "zh", "date", False, "研讨会于2024年10月14日至18日在加德满都举行。"),
        ("en", "en", "name", False, "The workshop was held in Pokhara, Nepal."),
        ("en", "zh", "number", False, "The workshop had 54 participants from 8 countries."),
        ("zh", "en", "added", False, "萨拉·塔帕博士致开幕辞，并宣布ICIMOD将设立冰川监测专项基金。"),
        ("en", "en", "quantifier", False, "The participants visited the Langtang valley on the first day."),
    ]),
]


# --- the second held-out split (units b*): written blind, before the checker learnt to bind facts to what they
# belong to. Four paragraphs written for this set (no source reused). About half the items are corrupted by
# moving a fact to the wrong party (relation), turning a comparison round (comparison), changing a weekday, or
# negating; the faithful half reorders clauses, uses "respectively"/"分别", the passive voice and comparisons
# that hold. Units b3 (Chinese only) and b4 (English only) have no other-language version.
HELDOUT2 = [
    ("b1", "The ANSO Summer School on Remote Sensing 2025 will be held in Almaty, Kazakhstan, from 7 to 18 July 2025. It is "
           "organized by the Aerospace Information Research Institute of CAS and hosted by Al-Farabi Kazakh National University. "
           "The school accepts 30 participants from Central Asia and 20 from other ANSO member countries. Participants from "
           "Central Asia are accommodated on campus, while the others stay in a nearby hotel; travel costs are covered for all "
           "participants.",
     "2025年联盟遥感暑期学校将于2025年7月7日至18日在哈萨克斯坦阿拉木图举办，由中国科学院空天信息创新研究院主办、阿里-法拉比"
     "哈萨克国立大学承办。暑期学校招收来自中亚的学员30名、来自联盟其他成员国的学员20名。中亚学员住在校园内，其他学员入住附近酒店；"
     "所有学员的差旅费均由主办方承担。", [
        ("en", "en", "paraphrase", True, "Thirty participants from Central Asia and twenty from other ANSO member countries will be admitted."),
        ("en", "en", "paraphrase", True, "The Aerospace Information Research Institute of CAS and Al-Farabi Kazakh National University are the organizer and the host of the school, respectively."),
        ("zh", "zh", "paraphrase", True, "暑期学校分别招收中亚学员30名和联盟其他成员国学员20名。"),
        ("en", "en", "paraphrase", True, "More participants come from Central Asia than from other ANSO member countries."),
        ("en", "zh", "translation", True, "Participants from Central Asia will stay on campus, and the others in a nearby hotel."),
        ("zh", "en", "translation", True, "暑期学校由阿里-法拉比哈萨克国立大学承办，由中国科学院空天信息创新研究院主办。"),
        ("en", "en", "relation", False, "The school accepts 20 participants from Central Asia and 30 from other ANSO member countries."),
        ("en", "en", "relation", False, "Participants from other ANSO member countries are accommodated on campus, while those from Central Asia stay in a nearby hotel."),
        ("zh", "zh", "relation", False, "暑期学校由阿里-法拉比哈萨克国立大学主办、中国科学院空天信息创新研究院承办。"),
        ("en", "en", "comparison", False, "The school admits fewer participants from Central Asia than from other ANSO member countries."),
        ("zh", "zh", "comparison", False, "来自联盟其他成员国的学员比中亚学员多。"),
    ]),
    ("b2", "At the 2024 ANSO Awards ceremony on Friday 6 December 2024 in Beijing, Dr. Leila Haddad of Tunisia received the "
           "Young Scientist Award and Professor Chen Hui of Zhejiang University received the Outstanding Contribution Award. The "
           "Young Scientist Award comes with USD 20,000 and the Outstanding Contribution Award with USD 50,000. The ceremony was "
           "chaired by ANSO Secretary-General Li Wei.",
     "2024年12月6日（星期五），2024年度联盟奖颁奖仪式在北京举行。突尼斯的莱拉·哈达德博士获得青年科学家奖，浙江大学的陈辉教授获得"
     "杰出贡献奖。青年科学家奖奖金为2万美元，杰出贡献奖奖金为5万美元。颁奖仪式由联盟秘书长李伟主持。", [
        ("en", "en", "paraphrase", True, "The Outstanding Contribution Award went to Professor Chen Hui of Zhejiang University, and the Young Scientist Award to Dr. Leila Haddad of Tunisia."),
        ("en", "en", "paraphrase", True, "The Young Scientist Award and the Outstanding Contribution Award carry USD 20,000 and USD 50,000, respectively."),
        ("zh", "zh", "paraphrase", True, "杰出贡献奖被授予浙江大学的陈辉教授。"),
        ("zh", "en", "translation", True, "青年科学家奖和杰出贡献奖的奖金分别为2万美元和5万美元。"),
        ("en", "zh", "translation", True, "The ceremony, held in Beijing on Friday 6 December 2024, was chaired by Secretary-General Li Wei."),
        ("zh", "zh", "paraphrase", True, "杰出贡献奖的奖金比青年科学家奖多3万美元。"),
        ("en", "en", "relation", False, "Professor Chen Hui received the Young Scientist Award, and Dr. Leila Haddad received the Outstanding Contribution Award."),
        ("en", "en", "relation", False, "The Outstanding Contribution Award comes with USD 20,000."),
        ("zh", "zh", "relation", False, "青年科学家奖奖金为5万美元，杰出贡献奖奖金为2万美元。"),
        ("zh", "zh", "date", False, "颁奖仪式于2024年12月6日（星期四）在北京举行。"),
        ("en", "en", "comparison", False, "The Young Scientist Award carries a larger prize than the Outstanding Contribution Award."),
        ("zh", "en", "comparison", False, "杰出贡献奖的奖金比青年科学家奖少。"),
        ("en", "zh", "relation", False, "Dr. Leila Haddad of Zhejiang University received the Young Scientist Award."),
    ]),
    ("b3", "", "2023年5月16日（星期二），联盟与肯尼亚乔莫·肯雅塔农业科技大学在内罗毕签署合作备忘录。根据备忘录，双方将共建联合实验室，"
               "联盟每年资助10名肯方研究生赴华攻读硕士学位，肯方每年接收5名中国学者开展野外研究。签约仪式由肯方副校长玛丽·万吉鲁主持，"
               "联盟秘书处主任王磊代表联盟签字。", [
        ("zh", "zh", "paraphrase", True, "双方于2023年5月16日在内罗毕签署了合作备忘录。"),
        ("zh", "zh", "paraphrase", True, "肯方每年接收5名中国学者开展野外研究，联盟则每年资助10名肯方研究生来华攻读硕士学位。"),
        ("en", "zh", "translation", True, "Under the memorandum, ANSO will fund 10 Kenyan graduate students a year to pursue master's degrees in China."),
        ("en", "zh", "translation", True, "The signing ceremony was presided over by Deputy Vice-Chancellor Mary Wanjiru, and Wang Lei signed on behalf of ANSO."),
        ("zh", "zh", "paraphrase", True, "联盟每年资助的肯方研究生人数多于肯方每年接收的中国学者人数。"),
        ("zh", "zh", "relation", False, "联盟每年资助5名肯方研究生赴华攻读硕士学位，肯方每年接收10名中国学者开展野外研究。"),
        ("zh", "zh", "relation", False, "签约仪式由联盟秘书处主任王磊主持。"),
        ("zh", "zh", "date", False, "2023年5月16日（星期四），联盟与肯尼亚乔莫·肯雅塔农业科技大学签署合作备忘录。"),
        ("zh", "zh", "comparison", False, "肯方每年接收的中国学者比联盟资助的肯方研究生多。"),
        ("zh", "zh", "negation", False, "根据备忘录，双方暂不共建联合实验室。"),
        ("en", "zh", "comparison", False, "Kenya will host more Chinese scholars each year than the number of Kenyan students ANSO funds."),
    ]),
    ("b4", "The ANSO Open Data Platform was launched on 2 March 2023. The Water and Climate Network contributed 1,200 datasets "
           "and the Biodiversity Conservation Network 800. Datasets from the Water and Climate Network are released under CC BY "
           "4.0, whereas those from the Biodiversity Conservation Network require registration before download. The platform is "
           "maintained by the Computer Network Information Center of CAS, not by the ANSO Secretariat.", "", [
        ("en", "en", "paraphrase", True, "The Water and Climate Network and the Biodiversity Conservation Network contributed 1,200 and 800 datasets, respectively."),
        ("en", "en", "paraphrase", True, "The platform is maintained by the Computer Network Information Center of CAS."),
        ("en", "en", "paraphrase", True, "Registration is required to download Biodiversity Conservation Network datasets, while Water and Climate Network data are under CC BY 4.0."),
        ("zh", "en", "translation", True, "水与气候网络贡献了1200个数据集，生物多样性保护网络贡献了800个。"),
        ("en", "en", "paraphrase", True, "The Water and Climate Network contributed more datasets than the Biodiversity Conservation Network."),
        ("en", "en", "relation", False, "The Biodiversity Conservation Network contributed 1,200 datasets and the Water and Climate Network 800."),
        ("en", "en", "relation", False, "Datasets from the Biodiversity Conservation Network are released under CC BY 4.0, whereas those from the Water and Climate Network require registration before download."),
        ("en", "en", "comparison", False, "The Biodiversity Conservation Network contributed more datasets than the Water and Climate Network."),
        ("en", "en", "negation", False, "The platform is maintained by the ANSO Secretariat."),
        ("zh", "en", "relation", False, "生物多样性保护网络的数据集采用CC BY 4.0许可发布。"),
    ]),
]

# --- the third held-out split (units d*): written blind — by a helper who had not read the checker (rag/) and did
# not run it on these items. Five fictional documents of the kinds staff add, two paragraphs each, in unit order so
# that the automatic "other_paragraph" item of a unit mostly comes from the next paragraph of the same document: a
# fellowship call (d1-d2, zh/en), a Chinese training-course report with a dateline (d3-d4, zh only), a Governing
# Board communiqué naming people and posts (d5-d6, zh/en), a research network's annual summary with figures per year
# (d7 en only, d8 zh/en) and an MoU signing (d9 zh/en, d10 zh only). Faithful kinds: paraphrase, translation,
# reorder (clauses in another order), summary (details dropped), respectively ("respectively"/"分别"), number_format
# (the same number written differently: three/3, 1,350/1350, 三/3, 1.2万/12000). Corrupted kinds: number, date
# (day or weekday), year (the right day and month in the wrong year), name (person, post, place or organisation),
# negation, added (also in the other language), relation (roles or amounts swapped between parties or years),
# quantifier (all/some, at least/up to, first/last), unit (currency or unit of measure) and other_paragraph.
HELDOUT3 = [
    ("d1", "The ANSO Space Weather Fellowship 2026 supports early-career researchers for a stay of six to ten months at the "
           "National Space Science Center (NSSC) of the Chinese Academy of Sciences in Beijing. Postdoctoral fellows receive CNY "
           "12,000 a month and doctoral candidates CNY 6,500 a month. Each fellow also receives one round-trip economy-class air "
           "ticket and health insurance for the whole stay.",
     "2026年联盟空间天气奖学金资助青年科研人员赴北京的中国科学院国家空间科学中心开展为期6至10个月的研究。博士后研究人员每月可获"
     "12000元人民币，博士研究生每月可获6500元人民币。每位入选者另获一张往返经济舱机票，并享有整个访问期间的医疗保险。", [
        ("en", "en", "respectively", True, "Postdoctoral fellows and doctoral candidates receive CNY 12,000 and CNY 6,500 a month, respectively."),
        ("zh", "zh", "number_format", True, "博士后研究人员每月可获得1.2万元人民币。"),
        ("zh", "en", "translation", True, "该奖学金资助青年科研人员在北京的中国科学院国家空间科学中心开展六至十个月的研究。"),
        ("en", "zh", "summary", True, "Each fellow gets a return air ticket and health insurance."),
        ("en", "en", "unit", False, "Doctoral candidates receive USD 6,500 a month."),
        ("zh", "en", "added", False, "每位入选者另获一张往返经济舱机票，并可携带一名家属同行。"),
        ("en", "zh", "number", False, "Postdoctoral fellows receive CNY 15,000 a month."),
    ]),
    ("d2", "Applicants must be nationals of an ANSO member country other than China and must not be older than 35 on 1 "
           "September 2026. Doctoral candidates must be enrolled at a university in their home country. Up to 18 fellowships will "
           "be awarded, 12 to doctoral candidates and 6 to postdoctoral fellows. Applications close at 17:00 Beijing time on "
           "Thursday 30 April 2026, and results will be announced in June 2026.",
     "申请人须为中国以外的联盟成员国公民，且在2026年9月1日时年龄不超过35周岁。博士研究生申请人须在本国高校在读。本年度最多资助18人，"
     "其中博士研究生12人、博士后研究人员6人。申请截止时间为2026年4月30日（星期四）北京时间17:00，评审结果将于2026年6月公布。", [
        ("en", "en", "reorder", True, "Results will be announced in June 2026; applications close at 17:00 Beijing time on 30 April 2026."),
        ("zh", "zh", "number_format", True, "本年度最多资助十八人，其中十二人为博士研究生，六人为博士后研究人员。"),
        ("en", "zh", "translation", True, "Applicants must not be older than 35 on 1 September 2026."),
        ("en", "en", "quantifier", False, "At least 18 fellowships will be awarded."),
        ("zh", "zh", "date", False, "申请截止时间为2026年4月30日（星期五）北京时间17:00。"),
        ("zh", "zh", "relation", False, "本年度资助博士研究生6人、博士后研究人员12人。"),
        ("en", "zh", "year", False, "Applications close at 17:00 Beijing time on 30 April 2025."),
    ]),
    ("d3", "", "兰州8月18日电（通讯员 马宁）2025年8月18日（星期一）上午，由“一带一路”国际科学组织联盟资助、中国科学院西北生态环境"
               "资源研究院承办的“冻土与寒区工程”国际培训班在兰州开班。来自蒙古、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和巴基斯坦5个国家"
               "的24名学员参加培训。开班仪式由研究院副院长赵立军主持，联盟秘书处项目官员阿依达·努尔兰致辞。", [
        ("zh", "zh", "summary", True, "联盟资助的“冻土与寒区工程”国际培训班于2025年8月18日在兰州开班。"),
        ("en", "zh", "translation", True, "Twenty-four trainees from five countries, including Mongolia, Kazakhstan and Pakistan, are taking part in the course."),
        ("zh", "zh", "reorder", True, "联盟秘书处项目官员阿依达·努尔兰在开班仪式上致辞，仪式由研究院副院长赵立军主持。"),
        ("en", "zh", "date", False, "The course opened in Lanzhou on the morning of Tuesday, 18 August 2025."),
        ("zh", "zh", "name", False, "开班仪式由研究院副院长马宁主持。"),
        ("en", "zh", "number", False, "42 trainees from five countries are taking part in the course."),
        ("en", "zh", "added", False, "The 24 trainees from five countries all hold master's degrees in engineering."),
    ]),
    ("d4", "", "培训为期两周，共开设14门课程，内容涵盖冻土力学、寒区道路工程和遥感监测等。12名授课专家中，9名来自研究院，3名来自兰州"
               "交通大学。学员将于8月26日（星期二）赴青藏公路沿线开展为期3天的野外实习。考核合格的学员将获得结业证书。", [
        ("zh", "zh", "paraphrase", True, "培训共设14门课程，涉及冻土力学、寒区道路工程、遥感监测等内容，为期两周。"),
        ("zh", "zh", "respectively", True, "12名授课专家中，来自研究院和兰州交通大学的分别为9名和3名。"),
        ("en", "zh", "number_format", True, "From 26 August, the trainees will spend three days on field practice along the Qinghai-Tibet Highway."),
        ("zh", "zh", "negation", False, "本次培训不安排野外实习。"),
        ("en", "zh", "quantifier", False, "All 12 lecturers come from the institute."),
        ("en", "zh", "date", False, "The trainees will leave for field practice along the Qinghai-Tibet Highway on 28 August."),
        ("en", "zh", "unit", False, "The training course lasts two months."),
        ("en", "zh", "other_paragraph", False, "The opening ceremony was presided over by Zhao Lijun, Deputy Director of the institute."),
    ]),
    ("d5", "The Fifth Meeting of the ANSO Governing Board was held in Bangkok, Thailand, on Tuesday 11 November 2025. It was "
           "chaired by Professor Somchai Rattanakorn, Vice-Chair of the Governing Board, on behalf of the Chair. ANSO "
           "Secretary-General Dr. Hu Jianping presented the work report for 2025, and Treasurer Ms. Ngozi Okafor presented the "
           "financial statement. Eleven of the thirteen Board members attended in person and two joined online.",
     "联盟理事会第五次会议于2025年11月11日（星期二）在泰国曼谷举行。理事会副主席颂猜·拉达纳功教授代表主席主持会议。联盟秘书长胡建平"
     "博士作2025年度工作报告，司库恩戈齐·奥卡福女士作财务报告。13名理事中，11名现场出席，2名通过线上方式参会。", [
        ("zh", "zh", "reorder", True, "司库恩戈齐·奥卡福女士作了财务报告，秘书长胡建平博士作了2025年度工作报告。"),
        ("en", "en", "summary", True, "The ANSO Governing Board held its fifth meeting in Bangkok in November 2025."),
        ("zh", "en", "translation", True, "理事会副主席颂猜·拉达纳功教授代表主席主持了会议。"),
        ("zh", "en", "respectively", True, "胡建平博士和恩戈齐·奥卡福女士分别作了2025年度工作报告和财务报告。"),
        ("en", "en", "relation", False, "Treasurer Ms. Ngozi Okafor presented the work report for 2025, and Secretary-General Dr. Hu Jianping presented the financial statement."),
        ("en", "en", "name", False, "The meeting was chaired by Professor Somchai Rattanakorn, Chair of the Governing Board."),
        ("zh", "zh", "year", False, "联盟理事会第五次会议于2024年11月11日在泰国曼谷举行。"),
    ]),
    ("d6", "The Board approved the admission of four new member institutions, bringing the total membership to 71. It adopted a "
           "budget of USD 3.4 million for 2026 and elected Professor Maria Santos of the University of São Paulo as Chair of the "
           "Audit Committee. The next Board meeting will be held in Cairo, Egypt, in the second half of 2026.",
     "会议批准接纳4家新成员机构，使联盟成员总数达到71家。会议通过了2026年度预算340万美元，并选举圣保罗大学的玛丽亚·桑托斯教授为审计"
     "委员会主席。理事会下次会议将于2026年下半年在埃及开罗举行。", [
        ("en", "en", "paraphrase", True, "With four new member institutions admitted, the membership now totals 71."),
        ("zh", "zh", "number_format", True, "会议通过的2026年度预算为三百四十万美元。"),
        ("zh", "en", "translation", True, "圣保罗大学的玛丽亚·桑托斯教授当选审计委员会主席。"),
        ("en", "zh", "summary", True, "The next Board meeting will take place in Cairo in 2026."),
        ("en", "en", "unit", False, "The Board adopted a budget of EUR 3.4 million for 2026."),
        ("en", "zh", "name", False, "Professor Maria Santos of the University of Buenos Aires was elected Chair of the Audit Committee."),
        ("en", "en", "added", False, "The Board adopted a budget of USD 3.4 million for 2026, a 10% increase on 2025."),
        ("zh", "en", "negation", False, "理事会未批准接纳新成员机构。"),
    ]),
    ("d7", "According to its annual summary for 2024, the ANSO Mountain Hazards Network funded 9 joint projects in 2022, 14 in "
           "2023 and 17 in 2024. Its members published 86 peer-reviewed papers in 2023 and 112 in 2024. Membership grew from 23 "
           "institutions at the end of 2022 to 31 at the end of 2024.", "", [
        ("en", "en", "respectively", True, "The network funded 9, 14 and 17 joint projects in 2022, 2023 and 2024, respectively."),
        ("zh", "en", "translation", True, "2022年底，网络共有23家成员机构。"),
        ("en", "en", "relation", False, "The network funded 17 joint projects in 2023 and 14 in 2024."),
        ("zh", "en", "number", False, "2023年，网络成员发表同行评议论文68篇。"),
        ("zh", "en", "quantifier", False, "2022年至2024年，网络每年资助的联合项目均不少于14项。"),
    ]),
    ("d8", "In 2024 the network trained 1,350 local technicians, up from 980 in 2023. Its early-warning pilot in the Koshi River "
           "basin, launched in March 2023, now covers 46 villages in Nepal. The network secretariat is hosted by the Institute of "
           "Mountain Hazards and Environment (IMHE) of the Chinese Academy of Sciences in Chengdu.",
     "2024年，网络培训当地技术人员1350名，2023年为980名。网络于2023年3月在科西河流域启动的预警试点目前已覆盖尼泊尔46个村庄。网络秘书处"
     "设在位于成都的中国科学院山地灾害与环境研究所。", [
        ("en", "en", "number_format", True, "The network trained 1350 local technicians in 2024, compared with 980 in 2023."),
        ("zh", "en", "reorder", True, "2023年网络培训当地技术人员980名，2024年增至1350名。"),
        ("en", "en", "year", False, "The early-warning pilot in the Koshi River basin was launched in March 2022."),
        ("zh", "en", "added", False, "2024年，网络培训当地技术人员1350名，其中三分之一为女性。"),
    ]),
    ("d9", "On Wednesday 4 June 2025, the Institute of Botany of the Chinese Academy of Sciences (IBCAS) and the National "
           "Herbarium of Uzbekistan signed a memorandum of understanding in Tashkent. Under the MoU, IBCAS will digitise 20,000 "
           "herbarium specimens for the National Herbarium over three years, and the National Herbarium will host two IBCAS "
           "researchers each summer for field collection. The MoU was signed by IBCAS Director Professor Lin Qiang and Dr. "
           "Dilnoza Karimova, Director of the National Herbarium.",
     "2025年6月4日（星期三），中国科学院植物研究所与乌兹别克斯坦国家植物标本馆在塔什干签署合作备忘录。根据备忘录，植物研究所将在三年内"
     "为国家植物标本馆数字化2万份植物标本，国家植物标本馆每年夏季接待植物研究所2名研究人员开展野外采集。植物研究所所长林强教授与国家"
     "植物标本馆馆长迪尔诺扎·卡里莫娃博士分别代表双方签署备忘录。", [
        ("en", "en", "paraphrase", True, "IBCAS and the National Herbarium of Uzbekistan signed an MoU in Tashkent on 4 June 2025."),
        ("zh", "zh", "number_format", True, "植物研究所将在3年内为国家植物标本馆数字化20000份植物标本。"),
        ("zh", "en", "translation", True, "国家植物标本馆每年夏季将接待两名植物研究所研究人员开展野外采集。"),
        ("zh", "zh", "relation", False, "国家植物标本馆将为植物研究所数字化2万份植物标本，植物研究所每年夏季接待国家植物标本馆2名研究人员。"),
        ("zh", "en", "name", False, "备忘录由植物研究所所长林强教授与乌兹别克斯坦科学院院长迪尔诺扎·卡里莫娃博士签署。"),
    ]),
    ("d10", "", "双方还商定，自2026年起每两年轮流举办一次中亚植物多样性研讨会，首届研讨会将在北京举行。备忘录有效期五年，期满后经双方"
                "同意可续签。签约当天，林强一行还参观了塔什干植物园。", [
        ("zh", "zh", "paraphrase", True, "备忘录的有效期为五年，到期后经双方同意即可续签。"),
        ("en", "zh", "translation", True, "From 2026 the two sides will take turns hosting a Central Asian plant diversity symposium every two years, the first one in Beijing."),
        ("zh", "zh", "quantifier", False, "双方商定，最后一届中亚植物多样性研讨会将在北京举行。"),
        ("en", "zh", "negation", False, "The memorandum cannot be renewed when it expires."),
    ]),
]

# --- the fourth held-out split (units e*): written blind — by a helper who had not read the checker (rag/) and did
# not run it on these items. Five fictional documents of the kinds staff add, two paragraphs each, in unit order so
# that the automatic "other_paragraph" item of a unit mostly comes from the next paragraph of the same document: a
# glacier expedition report (e1 en/zh, e2 en only), a Chinese-only training notice (通知, e3-e4), an award
# announcement and a network's figures for the year (e5 en/zh, e6 zh/en), an English meeting summary naming several
# officials and their posts (e7-e8, en only) and a fellowship FAQ (e9 en/zh, e10 en only). Chinese person names are
# given in pinyin in English sentences (and in characters in Chinese sentences about English-only sources). Kinds as
# in the third held-out split, plus the faithful kind date_format (the same date written differently: 7 November 2025
# / 2025年11月7日 / Nov. 7, 2025, 星期五 / 周五) and the corrupted kinds post (the right person with another post or
# rank: Deputy Director ↔ Director, 副所长 ↔ 所长) and affiliation (the right person at another institution).
HELDOUT4 = [
    ("e1", "From 12 to 29 August 2025, a joint expedition organised by the ANSO Water and Cryosphere Network surveyed the "
           "Ak-Shyirak glacier massif in the Tien Shan, Kyrgyzstan. The 17-member team included 11 scientists from the "
           "Xinjiang Institute of Ecology and Geography (XIEG) of the Chinese Academy of Sciences and 6 from the Tien Shan "
           "High Mountain Research Centre in Bishkek. It was led by Professor Wang Haiyan, Deputy Director of XIEG, and Dr. "
           "Bakyt Ermekov, Director of the Tien Shan centre.",
     "2025年8月12日至29日，联盟水与冰冻圈网络组织的联合科考队对吉尔吉斯斯坦天山阿克希拉克冰川群开展了考察。科考队共17人，其中11人"
     "来自中国科学院新疆生态与地理研究所，6人来自比什凯克的天山高山研究中心。科考队由新疆生态与地理研究所副所长王海燕教授和天山高山"
     "研究中心主任巴克特·叶尔梅科夫博士共同带队。", [
        ("en", "en", "date_format", True, "The joint expedition surveyed the Ak-Shyirak glacier massif from Aug. 12 to Aug. 29, 2025."),
        ("zh", "en", "respectively", True, "科考队17名队员中，来自新疆生态与地理研究所和天山高山研究中心的分别为11人和6人。"),
        ("en", "zh", "translation", True, "The expedition was jointly led by Professor Wang Haiyan, Deputy Director of the Xinjiang Institute of Ecology and Geography, and Dr. Bakyt Ermekov, Director of the Tien Shan High Mountain Research Centre."),
        ("zh", "zh", "number_format", True, "科考队由十七名队员组成，其中十一人来自新疆生态与地理研究所。"),
        ("zh", "zh", "post", False, "科考队由新疆生态与地理研究所所长王海燕教授和天山高山研究中心主任巴克特·叶尔梅科夫博士共同带队。"),
        ("en", "zh", "relation", False, "The team included 6 scientists from the Xinjiang Institute of Ecology and Geography and 11 from the Tien Shan High Mountain Research Centre."),
        ("zh", "en", "year", False, "2024年8月12日至29日，联合科考队对天山阿克希拉克冰川群开展了考察。"),
    ]),
    ("e2", "The team drilled three ice cores on the Sary-Tor glacier, the longest reaching 142 metres. Repeat GNSS surveys "
           "showed that the glacier terminus retreated by 9.6 metres a year between 2015 and 2025, about twice the rate "
           "measured between 1990 and 2015. The team also collected 240 meltwater samples in the headwaters of the Naryn "
           "River, which will be analysed at the Xinjiang Institute of Ecology and Geography in Urumqi. No ice core was taken "
           "on the neighbouring Bordu glacier because of the risk of crevasses.", "", [
        ("en", "en", "paraphrase", True, "Of the three ice cores drilled on the Sary-Tor glacier, the longest was 142 metres long."),
        ("en", "en", "summary", True, "The Sary-Tor glacier terminus retreated faster between 2015 and 2025 than between 1990 and 2015."),
        ("zh", "en", "translation", True, "科考队还在纳伦河源区采集了240份融水样品，这些样品将在乌鲁木齐的新疆生态与地理研究所进行分析。"),
        ("en", "en", "unit", False, "The longest ice core drilled on the Sary-Tor glacier reached 142 feet."),
        ("en", "en", "number", False, "The glacier terminus retreated by 6.9 metres a year between 2015 and 2025."),
        ("en", "en", "negation", False, "An ice core was also taken on the neighbouring Bordu glacier."),
        ("zh", "en", "added", False, "科考队在纳伦河源区采集了240份融水样品，初步检测发现部分样品重金属超标。"),
        ("en", "en", "year", False, "The terminus retreated about twice as fast between 2015 and 2025 as between 1980 and 2015."),
    ]),
    ("e3", "", "为提升联盟成员国干旱区水资源管理能力，联盟秘书处定于2025年11月17日至28日在宁夏银川举办“一带一路”干旱区水资源管理"
               "国际培训班。培训班由联盟秘书处主办，宁夏大学和中国科学院地理科学与资源研究所联合承办。培训对象为联盟成员国从事水资源"
               "研究与管理工作的青年科研人员和技术人员，计划招收学员30名，年龄一般不超过45周岁。培训采用英语授课。", [
        ("en", "zh", "date_format", True, "The international training course on water resources management in drylands will be held in Yinchuan, Ningxia, from 17 to 28 November 2025."),
        ("en", "zh", "translation", True, "The course is sponsored by the ANSO Secretariat and jointly organised by Ningxia University and the Institute of Geographic Sciences and Natural Resources Research of the Chinese Academy of Sciences."),
        ("zh", "zh", "reorder", True, "由宁夏大学和中国科学院地理科学与资源研究所联合承办、联盟秘书处主办的干旱区水资源管理国际培训班将在银川举办。"),
        ("zh", "zh", "relation", False, "培训班由宁夏大学主办，联盟秘书处承办。"),
        ("en", "zh", "number", False, "The course plans to admit 40 trainees."),
        ("en", "zh", "date", False, "The course will be held in Yinchuan from 7 to 28 November 2025."),
        ("zh", "zh", "added", False, "培训采用英语授课，并提供俄语同声传译。"),
    ]),
    ("e4", "", "培训期间的学费、住宿费和伙食费由主办方承担，国际往返旅费由学员自理。请有意参加的单位于2025年10月10日（星期五）前将"
               "报名表和推荐信发送至water-training@anso.example.org，逾期不予受理。入选名单将于10月20日前通知本人。联系人：联盟秘书处"
               "能力建设部副部长刘佳，电话：010-6260 0000。", [
        ("zh", "zh", "paraphrase", True, "学员在培训期间的学费和食宿费用由主办方负担，国际往返旅费需自行承担。"),
        ("en", "zh", "translation", True, "The contact person is Liu Jia, Deputy Head of the Capacity Building Department of the ANSO Secretariat."),
        ("en", "zh", "date_format", True, "Application forms and letters of recommendation must be sent to water-training@anso.example.org before Friday, Oct. 10, 2025."),
        ("zh", "zh", "date_format", True, "报名材料须于2025年10月10日（周五）前发送至water-training@anso.example.org。"),
        ("zh", "zh", "summary", True, "报名材料须在截止日期前发送至指定邮箱，逾期不予受理。"),
        ("en", "zh", "post", False, "The contact person is Liu Jia, Head of the Capacity Building Department of the ANSO Secretariat."),
        ("zh", "zh", "date", False, "入选名单将于10月2日前通知本人。"),
        ("en", "zh", "added", False, "Tuition, accommodation and meals are covered by the organisers, and each trainee also receives a daily allowance."),
        ("zh", "zh", "name", False, "联系人：联盟秘书处能力建设部副部长刘嘉。"),
        ("en", "zh", "year", False, "Applications must be sent before Friday, 10 October 2024."),
        ("en", "zh", "other_paragraph", False, "The course will be taught in English to 30 trainees."),
    ]),
    ("e5", "On Friday 7 November 2025, the 2025 ANSO Awards were presented at a ceremony in Beijing. The ANSO International "
           "Cooperation Award went to Professor Fatima Benali of Mohammed V University in Rabat, Morocco, and the ANSO Early "
           "Career Award to Dr. Zhou Mingyu of Sun Yat-sen University. The two awards carry prizes of USD 100,000 and USD "
           "30,000 respectively. The awards were presented by ANSO President Professor Yang Kaiming.",
     "2025年11月7日（星期五），2025年度联盟奖颁奖仪式在北京举行。摩洛哥拉巴特穆罕默德五世大学的法蒂玛·贝纳利教授获得联盟国际合作奖，"
     "中山大学的周明宇博士获得联盟青年学者奖。两个奖项的奖金分别为10万美元和3万美元。联盟主席杨开明教授为获奖者颁奖。", [
        ("en", "en", "paraphrase", True, "Professor Fatima Benali received a prize of USD 100,000, and Dr. Zhou Mingyu one of USD 30,000."),
        ("zh", "zh", "number_format", True, "联盟国际合作奖的奖金为100,000美元。"),
        ("en", "zh", "date_format", True, "The 2025 ANSO Awards ceremony took place in Beijing on Nov. 7, 2025."),
        ("en", "zh", "respectively", True, "Professor Fatima Benali and Dr. Zhou Mingyu received the ANSO International Cooperation Award and the ANSO Early Career Award, respectively."),
        ("en", "en", "relation", False, "The ANSO International Cooperation Award and the ANSO Early Career Award carry prizes of USD 30,000 and USD 100,000 respectively."),
        ("zh", "zh", "affiliation", False, "摩洛哥卡萨布兰卡哈桑二世大学的法蒂玛·贝纳利教授获得联盟国际合作奖。"),
        ("zh", "en", "post", False, "联盟副主席杨开明教授为获奖者颁奖。"),
        ("zh", "en", "name", False, "中山大学的周明远博士获得联盟青年学者奖。"),
    ]),
    ("e6", "By the end of 2025, the ANSO Water and Cryosphere Network had 38 member institutions in 19 countries. In 2025 the "
           "network funded 12 joint research projects with a total of USD 1.2 million and held five training courses for "
           "1,260 trainees. The network secretariat is hosted by the Xinjiang Institute of Ecology and Geography of CAS, and its "
           "Secretary-General is Professor Li Zhenhua of the institute.",
     "截至2025年底，联盟水与冰冻圈网络共有成员机构38家，分布在19个国家。2025年，网络资助联合研究项目12项，资助总额120万美元；举办"
     "培训班5期，培训学员1260人次。网络秘书处设在中国科学院新疆生态与地理研究所，现任秘书长为该所研究员李振华。", [
        ("en", "en", "number_format", True, "The network's five training courses in 2025 were attended by 1260 trainees."),
        ("en", "zh", "number_format", True, "In 2025 the network funded 12 joint research projects worth 1.2 million US dollars in total."),
        ("zh", "en", "number_format", True, "2025年，网络共资助12个联合研究项目，资助总额为一百二十万美元。"),
        ("en", "zh", "translation", True, "The network's Secretary-General is Li Zhenhua, a research professor at the Xinjiang Institute of Ecology and Geography."),
        ("zh", "en", "summary", True, "2025年，网络举办了5期培训班。"),
        ("zh", "zh", "respectively", True, "2025年，网络资助的联合研究项目和举办的培训班分别为12项和5期。"),
        ("zh", "zh", "unit", False, "2025年，网络资助联合研究项目12项，资助总额120万元人民币。"),
        ("zh", "en", "affiliation", False, "网络秘书长李振华是中国科学院地理科学与资源研究所研究员。"),
        ("en", "zh", "quantifier", False, "The network held at least ten training courses in 2025."),
    ]),
    ("e7", "The ANSO Secretariat held its mid-year coordination meeting in Beijing on Monday 16 June 2025. The meeting was "
           "chaired by Dr. Chen Jing, Director-General of the Secretariat's Office of International Cooperation. Ms. Amara "
           "Nwosu, Deputy Director of the Programme Department, reported on the 2025 joint research call, and Dr. Ravi Menon, "
           "Chief Scientist of the Digital Silk Road Programme, presented the new data platform. Mr. Sergei Volkov of the "
           "Russian Academy of Sciences and Professor Guo Xiaoling, Vice President of Lanzhou University, attended as "
           "observers.", "", [
        ("en", "en", "reorder", True, "Dr. Ravi Menon presented the new data platform, and Ms. Amara Nwosu reported on the 2025 joint research call."),
        ("zh", "en", "translation", True, "会议由秘书处国际合作局局长陈静博士主持。"),
        ("en", "en", "summary", True, "Two observers attended the Secretariat's mid-year coordination meeting in Beijing."),
        ("zh", "en", "date_format", True, "秘书处年中协调会于2025年6月16日（星期一）在北京召开。"),
        ("en", "en", "post", False, "Ms. Amara Nwosu, Director of the Programme Department, reported on the 2025 joint research call."),
        ("en", "en", "affiliation", False, "Mr. Sergei Volkov of the National Academy of Sciences of Kazakhstan attended as an observer."),
        ("zh", "en", "relation", False, "拉维·梅农博士介绍了2025年联合研究项目征集情况，阿马拉·恩沃苏女士介绍了新的数据平台。"),
        ("en", "en", "name", False, "The meeting was chaired by Dr. Chen Ying, Director-General of the Office of International Cooperation."),
        ("zh", "en", "date", False, "秘书处年中协调会于2025年7月16日在北京召开。"),
        ("en", "en", "added", False, "Professor Guo Xiaoling, Vice President of Lanzhou University, attended as an observer and signed a cooperation agreement with the Secretariat."),
    ]),
    ("e8", "The meeting agreed that the 2025 joint research call would fund up to 20 projects, each receiving no more than USD "
           "50,000 over two years. It also decided to move the 2025 ANSO Annual Meeting from October to December and asked the "
           "Programme Department to publish the results of the call by 31 August. Dr. Chen Jing closed the meeting by thanking "
           "the 42 participants, 30 of whom had joined online.", "", [
        ("en", "en", "paraphrase", True, "Each project funded under the 2025 call will receive at most USD 50,000 over two years."),
        ("zh", "en", "reorder", True, "42名与会者中有30人通过线上方式参会，陈静博士在会议结束时向与会者致谢。"),
        ("en", "en", "quantifier", False, "The 2025 joint research call will fund at least 20 projects."),
        ("zh", "en", "negation", False, "会议决定2025年联盟年会仍于10月举行。"),
        ("zh", "en", "other_paragraph", False, "项目部副主任阿马拉·恩沃苏女士介绍了2025年联合研究项目征集情况。"),
        ("zh", "en", "number", False, "会议商定，2025年联合研究项目征集最多资助25个项目。"),
    ]),
    ("e9", "Q: Who is eligible for the ANSO Visiting Fellowship for Women Scientists? A: Women researchers who are citizens of an "
           "ANSO member country other than China, hold a PhD awarded within the past eight years and are employed by a research "
           "institution or university in their home country. Researchers already working in China are not eligible. Q: How many "
           "fellowships are offered? A: Up to 40 fellowships are offered each year, of which at least 10 are reserved for "
           "applicants from Africa.",
     "问：哪些人可以申请联盟女性科学家访问学者项目？答：中国以外的联盟成员国公民中的女性科研人员，须在近八年内获得博士学位，并受聘于"
     "本国的科研机构或高校。已在中国工作的科研人员不具备申请资格。问：每年资助多少名访问学者？答：每年最多资助40名，其中至少10个名额"
     "留给来自非洲的申请人。", [
        ("en", "en", "paraphrase", True, "Researchers who already work in China cannot apply for the fellowship."),
        ("zh", "zh", "paraphrase", True, "申请人须在近八年内获得博士学位，并在本国的科研机构或高校任职。"),
        ("zh", "zh", "summary", True, "女性科学家访问学者项目面向中国以外的联盟成员国的女性科研人员。"),
        ("zh", "zh", "quantifier", False, "每年最多有10个名额留给来自非洲的申请人。"),
        ("en", "zh", "negation", False, "Researchers already working in China are also eligible for the fellowship."),
    ]),
    ("e10", "Q: What does the fellowship provide? A: Each fellow receives a monthly allowance of CNY 10,000 for a stay of three "
            "to six months and a one-off research grant of CNY 20,000. Accommodation is provided free of charge by the host "
            "institute; international travel is not covered. Q: When is the deadline? A: Applications for 2026 close on 15 "
            "January 2026, and results are announced in April 2026. Q: Whom should I contact? A: Write to Ms. Zhang Lifang, "
            "Programme Officer, at women-fellowship@anso.example.org.", "", [
        ("en", "en", "respectively", True, "Fellows receive a monthly allowance and a one-off research grant of CNY 10,000 and CNY 20,000, respectively."),
        ("en", "en", "paraphrase", True, "Fellows stay for three to six months and receive CNY 10,000 a month."),
        ("zh", "en", "translation", True, "如有疑问，可发邮件至women-fellowship@anso.example.org联系项目官员张丽芳女士。"),
        ("en", "en", "summary", True, "Fellows get a monthly allowance, a one-off research grant and free accommodation, but no international travel."),
        ("zh", "en", "number_format", True, "每位访问学者还可获得一次性科研经费2万元人民币。"),
        ("zh", "en", "unit", False, "每位访问学者每月可获得生活补贴1万美元。"),
    ]),
]


# --- the fifth held-out split (units f*): written blind — by a helper who had not read the checker (rag/) and did
# not run it (nor `anso eval`) on any split. Five more fictional documents of the kinds staff add, two paragraphs
# each, in unit order so that the automatic "other_paragraph" item of a unit mostly comes from the next paragraph of
# the same document: an earthquake early-warning workshop report (f1 en/zh, f2 en only), a joint laboratory's annual
# progress summary (f3-f4, en/zh), a Chinese-only 通知 on a visiting-scholar programme (f5-f6), a partner charter
# (f7 en/zh, f8 zh only: the closing article with no English version) and English minutes of an advisory committee
# naming its officials and their posts (f9-f10, en only). Chinese names are given in pinyin in English sentences about
# Chinese-only sources and in characters in Chinese sentences about English-only ones. Kinds as in the fourth
# held-out split; "name" covers a wrong place, and "relation" covers a wrong direction ("A trained B" for "B trained
# A", "merge X into Y" for "merge Y into X") as well as roles or amounts swapped between parties.
HELDOUT5 = [
    ("f1", "The ANSO Workshop on Earthquake Early Warning was held in Dushanbe, Tajikistan, from Tuesday 10 to Thursday 12 "
           "March 2026. It was co-organised by the Institute of Geophysics of the China Earthquake Administration and the "
           "Institute of Geology, Earthquake Engineering and Seismology of the National Academy of Sciences of Tajikistan. "
           "Fifty-four participants from nine countries attended, 38 in person and 16 online. The opening session was chaired "
           "by Dr. Farrukh Nazarov, Deputy Director of the Tajik institute, and Professor Gao Yuan of the Institute of "
           "Geophysics gave the keynote lecture on onsite warning algorithms.",
     "2026年3月10日（星期二）至12日（星期四），联盟地震预警研讨会在塔吉克斯坦杜尚别举行。研讨会由中国地震局地球物理研究所和塔吉克"
     "斯坦国家科学院地质、地震工程与地震学研究所联合主办。来自9个国家的54名代表参会，其中38人现场参会，16人线上参会。开幕式由塔方"
     "研究所副所长法鲁赫·纳扎罗夫博士主持，地球物理研究所高远教授作了关于现地预警算法的主旨报告。", [
        ("en", "en", "paraphrase", True, "Of the 54 participants from nine countries, 38 attended in person and 16 joined online."),
        ("zh", "en", "number_format", True, "来自九个国家的五十四名代表参加了研讨会。"),
        ("en", "zh", "date_format", True, "The earthquake early-warning workshop took place in Dushanbe on March 10–12, 2026."),
        ("zh", "zh", "reorder", True, "高远教授作了关于现地预警算法的主旨报告，开幕式则由塔方研究所副所长法鲁赫·纳扎罗夫博士主持。"),
        ("en", "en", "post", False, "The opening session was chaired by Dr. Farrukh Nazarov, Director of the Tajik institute."),
        ("zh", "en", "relation", False, "开幕式由地球物理研究所高远教授主持，法鲁赫·纳扎罗夫博士作了关于现地预警算法的主旨报告。"),
        ("en", "zh", "number", False, "Fifty-four participants from eleven countries attended the workshop."),
        ("zh", "zh", "name", False, "2026年3月10日至12日，联盟地震预警研讨会在吉尔吉斯斯坦比什凯克举行。"),
    ]),
    ("f2", "Participants reviewed the early-warning network in the Vakhsh valley, which has operated 26 strong-motion stations "
           "since 2024 and issues alerts within 8 seconds of an earthquake's origin. The workshop recommended adding 14 stations "
           "by 2028 and sharing real-time waveform data with Kyrgyzstan and Uzbekistan. Participants also visited the Nurek "
           "Dam, where the Institute of Geophysics has trained six Tajik engineers to maintain the dam's seismic sensors. No "
           "agreement was reached on a regional alert standard; the question will be taken up again at the next workshop in "
           "2027.", "", [
        ("en", "en", "paraphrase", True, "The Vakhsh valley network has run 26 strong-motion stations since 2024 and sends out alerts within eight seconds of an earthquake's origin."),
        ("zh", "en", "translation", True, "研讨会建议到2028年新增14个台站，并与吉尔吉斯斯坦和乌兹别克斯坦共享实时波形数据。"),
        ("en", "en", "summary", True, "The workshop did not agree on a regional alert standard."),
        ("zh", "en", "number_format", True, "在努列克水电站，地球物理研究所已培训六名塔吉克工程师维护大坝的地震传感器。"),
        ("en", "en", "relation", False, "At the Nurek Dam, six Tajik engineers have trained staff of the Institute of Geophysics to maintain the dam's seismic sensors."),
        ("zh", "en", "number", False, "瓦赫什河谷预警网能在地震发生后18秒内发布警报。"),
        ("en", "en", "negation", False, "The participants agreed on a regional alert standard."),
        ("zh", "en", "year", False, "研讨会建议到2030年新增14个台站。"),
        ("en", "en", "added", False, "The workshop recommended adding 14 stations by 2028, to be financed by the Asian Development Bank."),
    ]),
    ("f3", "In 2025, its third year of operation, the China–Mongolia Joint Laboratory for Grassland Ecology ran 11 research "
           "projects with a total budget of CNY 4.8 million, of which Inner Mongolia University provided CNY 3.6 million and "
           "the Institute of Geography and Geoecology of the Mongolian Academy of Sciences CNY 1.2 million. The laboratory is "
           "co-directed by Professor Bao Yinhua of Inner Mongolia University and Dr. Oyunchimeg Batbayar, Deputy Director of "
           "the Mongolian institute. Its field station in Hustai National Park recorded the lowest summer rainfall since "
           "monitoring began there in 2009.",
     "2025年是中蒙草原生态联合实验室运行的第三年。这一年，实验室共开展研究项目11项，经费总额480万元人民币，其中内蒙古大学投入360万元，"
     "蒙古国科学院地理与地球生态研究所投入120万元。实验室由内蒙古大学包银花教授和蒙方研究所副所长奥云其美格·巴特巴亚尔博士共同担任"
     "主任。实验室在胡斯泰国家公园的野外台站记录到自2009年开始监测以来最低的夏季降水量。", [
        ("en", "en", "respectively", True, "Inner Mongolia University and the Mongolian institute contributed CNY 3.6 million and CNY 1.2 million, respectively."),
        ("zh", "zh", "number_format", True, "2025年，实验室共开展十一项研究项目，经费总额为四百八十万元人民币。"),
        ("en", "zh", "translation", True, "The laboratory is jointly directed by Professor Bao Yinhua of Inner Mongolia University and Dr. Oyunchimeg Batbayar, Deputy Director of the Mongolian institute."),
        ("zh", "en", "summary", True, "胡斯泰国家公园野外台站记录到的夏季降水量为有监测记录以来最低。"),
        ("en", "en", "unit", False, "The laboratory ran 11 research projects with a total budget of USD 4.8 million in 2025."),
        ("en", "zh", "affiliation", False, "The laboratory is co-directed by Professor Bao Yinhua of Inner Mongolia Agricultural University and Dr. Oyunchimeg Batbayar."),
    ]),
    ("f4", "Laboratory members published 27 journal papers in 2025, nine more than in 2024, and filed two patent applications "
           "for drought-tolerant forage grasses. The laboratory trained 15 graduate students, eight of them from Mongolia, and "
           "hosted four Mongolian visiting researchers in Hohhot for three months each. A grazing experiment on 120 hectares "
           "was started in May 2025 and will run until 2030. The laboratory received no ANSO funding in 2025, and its review "
           "by the ANSO Secretariat has been postponed to 2026.",
     "2025年，实验室成员发表期刊论文27篇，比2024年多9篇，并就耐旱牧草申请专利2项。实验室培养研究生15名，其中8名来自蒙古国；接待4名"
     "蒙古国访问学者在呼和浩特开展研究，每人为期三个月。实验室于2025年5月启动一项面积120公顷的放牧试验，试验将持续到2030年。2025年"
     "实验室未获得联盟资助，联盟秘书处对实验室的评估推迟至2026年进行。", [
        ("en", "en", "summary", True, "In 2025 the laboratory's members published more journal papers than in 2024."),
        ("zh", "zh", "number_format", True, "2025年实验室共培养十五名研究生，其中八名来自蒙古国。"),
        ("en", "zh", "reorder", True, "The grazing experiment, which will run until 2030, was started on 120 hectares in May 2025."),
        ("zh", "en", "translation", True, "2025年，实验室没有获得联盟资助。"),
        ("en", "zh", "number", False, "Laboratory members published 27 journal papers in 2025, seven more than in 2024."),
        ("zh", "en", "date", False, "放牧试验于2025年3月启动，将持续到2030年。"),
        ("en", "zh", "added", False, "The laboratory filed two patent applications for drought-tolerant forage grasses, one of which has already been granted."),
        ("en", "zh", "other_paragraph", False, "The laboratory's field station in Hustai National Park recorded the lowest summer rainfall since monitoring began in 2009."),
    ]),
    ("f5", "", "各成员单位：为促进联盟成员国青年科研人员交流，联盟秘书处决定实施2026年度“丝路青年访问学者计划”，现将有关事项通知如下。"
               "本年度计划资助访问学者25名，其中来自非洲国家的不少于8名。访问期为6至12个月，访问学者在中国科学院所属研究所开展合作"
               "研究，每月可获得生活补贴8000元人民币，往返国际机票由联盟承担。申请人须具有博士学位，且在2026年1月1日时年龄不超过40"
               "周岁；曾获本计划资助者不得再次申请。", [
        ("zh", "zh", "paraphrase", True, "访问学者将在中国科学院下属研究所开展6至12个月的合作研究，往返国际机票由联盟负担。"),
        ("en", "zh", "translation", True, "Visiting scholars receive a monthly living allowance of 8,000 yuan, and ANSO covers their international return air tickets."),
        ("en", "zh", "number_format", True, "The programme will fund twenty-five visiting scholars in 2026, at least eight of them from African countries."),
        ("zh", "zh", "summary", True, "访问学者可获得每月生活补贴和往返国际机票。"),
        ("en", "zh", "quantifier", False, "At most eight of the 25 visiting scholars will come from African countries."),
        ("en", "zh", "unit", False, "Visiting scholars receive a monthly living allowance of USD 8,000."),
        ("zh", "zh", "negation", False, "曾获本计划资助者可以再次申请。"),
    ]),
    ("f6", "", "申请人须经所在单位推荐，并事先与拟访问研究所的合作导师取得联系，于2026年3月20日（星期五）17:00前通过联盟网站在线提交"
               "申请。秘书处将于4月组织专家评审，评审结果于2026年5月15日前在联盟网站公布。访问须在2026年9月1日至12月31日之间开始。"
               "联系人：联盟秘书处人才交流处处长孙晓梅、副处长马克·奥巴拉，邮箱：visiting@anso.example.org。联盟秘书处　2026年1月12日", [
        ("zh", "zh", "date_format", True, "申请须于2026年3月20日（周五）下午5点前在线提交。"),
        ("en", "zh", "date_format", True, "Applications must be submitted online through the ANSO website by 5 p.m. on Friday, 20 March 2026."),
        ("en", "zh", "translation", True, "The contacts are Sun Xiaomei, Director of the Talent Exchange Division of the ANSO Secretariat, and Deputy Director Mark Obara."),
        ("zh", "zh", "reorder", True, "评审结果将于2026年5月15日前公布，此前秘书处将在4月组织专家评审。"),
        ("en", "zh", "post", False, "Mark Obara, Director of the Talent Exchange Division of the ANSO Secretariat, is one of the contacts."),
        ("zh", "zh", "date", False, "评审结果将于2026年5月25日前在联盟网站公布。"),
        ("zh", "zh", "year", False, "访问须在2027年9月1日至12月31日之间开始。"),
        ("en", "zh", "name", False, "One of the contacts is Sun Xiaoming, Director of the Talent Exchange Division of the ANSO Secretariat."),
        ("zh", "zh", "added", False, "申请人须经所在单位推荐，并提交两封专家推荐信。"),
    ]),
    ("f7", "Article 3. Partner institutions are universities, research institutions and international organisations that support "
           "the objectives of ANSO but are not its members. A partner may take part in ANSO's thematic networks and training "
           "programmes and may send observers to the General Assembly, but it has no vote there. Partners pay no annual fee; "
           "each partner takes part in at least one joint activity every two years. Partnership is granted by the Executive "
           "Committee on the nomination of the Secretary-General for a term of three years and may be renewed once. A partner "
           "may withdraw by giving the Secretariat six months' written notice.",
     "第三条　合作伙伴是指认同联盟宗旨、但不是联盟成员的大学、科研机构和国际组织。合作伙伴可参加联盟专题网络和培训项目，可派观察员列席"
     "全体大会，但在全体大会上不享有表决权。合作伙伴无需缴纳年费，每两年至少参与一项联合活动。合作伙伴资格由秘书长提名、执行委员会"
     "批准，期限三年，可续期一次。合作伙伴退出须提前六个月书面通知秘书处。", [
        ("en", "en", "paraphrase", True, "Partners do not pay an annual fee, but each must take part in at least one joint activity every two years."),
        ("zh", "zh", "paraphrase", True, "合作伙伴可以派观察员列席全体大会，但没有表决权。"),
        ("zh", "en", "translation", True, "合作伙伴资格由执行委员会根据秘书长的提名授予，期限三年，可续期一次。"),
        ("en", "zh", "reorder", True, "Partners have no vote in the General Assembly, although they may send observers to it."),
        ("en", "en", "quantifier", False, "Partnership is granted for a term of three years and may be renewed any number of times."),
        ("zh", "en", "quantifier", False, "合作伙伴每两年最多参与一项联合活动。"),
        ("zh", "en", "relation", False, "合作伙伴资格由执行委员会提名、秘书长批准。"),
        ("zh", "en", "other_paragraph", False, "截至2025年底，联盟共有合作伙伴43家。"),
    ]),
    ("f8", "", "第十二条　本章程经联盟执行委员会2025年12月9日第七次会议审议通过，自2026年1月1日起施行，2021年4月发布的《联盟合作伙伴"
               "管理办法》同时废止。截至2025年底，联盟共有合作伙伴43家，其中国际组织9家。本章程中文本和英文本如有不一致，以中文本为准。"
               "本章程由联盟秘书处负责解释。", [
        ("zh", "zh", "paraphrase", True, "该章程自2026年1月1日起生效，2021年4月发布的《联盟合作伙伴管理办法》随之失效。"),
        ("en", "zh", "date_format", True, "The charter was adopted at the Executive Committee's seventh meeting on 2025-12-09."),
        ("en", "zh", "translation", True, "If the Chinese and English texts of the charter differ, the Chinese text prevails."),
        ("zh", "zh", "respectively", True, "截至2025年底，联盟合作伙伴总数和其中国际组织的数量分别为43家和9家。"),
        ("en", "zh", "year", False, "The charter takes effect on 1 January 2025."),
        ("zh", "zh", "number", False, "截至2025年底，联盟共有合作伙伴43家，其中国际组织19家。"),
        ("en", "zh", "name", False, "The charter is to be interpreted by the ANSO Executive Committee."),
        ("en", "zh", "date", False, "The charter replaces the Measures for the Management of ANSO Partners issued in October 2021."),
    ]),
    ("f9", "The Ninth Meeting of the ANSO Scientific Advisory Committee was held online on Thursday 22 January 2026 and was "
           "chaired by Professor Ahmed Khalil of Cairo University, Chair of the Committee. Five of the seven members took part, "
           "so the quorum was met. Professor Sun Lihua of Nanjing University, Vice-Chair, presented the mid-term evaluation of "
           "the thematic networks, and Dr. Priya Raman, Director of Research at the University of Peradeniya, reported for the "
           "working group on open science. The other Vice-Chair, Professor Kwame Mensah of the University of Ghana, sent "
           "apologies. Ms. Liang Wen, Head of the Science Programmes Division of the Secretariat, acted as secretary of the "
           "meeting.", "", [
        ("en", "en", "paraphrase", True, "With five of its seven members present, the Committee had a quorum."),
        ("zh", "en", "translation", True, "南京大学的孙丽华教授以副主席身份介绍了专题网络中期评估情况。"),
        ("en", "en", "reorder", True, "Dr. Priya Raman reported for the working group on open science, while Vice-Chair Professor Sun Lihua presented the mid-term evaluation of the thematic networks."),
        ("zh", "en", "date_format", True, "科学咨询委员会第九次会议于2026年1月22日（周四）以线上方式召开。"),
        ("en", "en", "summary", True, "Professor Kwame Mensah did not attend the meeting."),
        ("zh", "en", "post", False, "委员会主席、南京大学孙丽华教授介绍了专题网络中期评估情况。"),
        ("zh", "en", "affiliation", False, "会议由亚历山大大学的艾哈迈德·哈利勒教授主持。"),
        ("en", "en", "relation", False, "Ms. Liang Wen chaired the meeting, and Professor Ahmed Khalil acted as its secretary."),
        ("zh", "en", "date", False, "科学咨询委员会第九次会议于2026年1月22日（星期三）在线召开。"),
        ("zh", "en", "negation", False, "由于只有五名委员出席，会议未达到法定人数。"),
    ]),
    ("f10", "The Committee rated eight of the eleven thematic networks as performing well and asked the other three to submit "
            "improvement plans by 30 April 2026. It recommended that the Governing Board merge the Coastal Zone Network into the "
            "Ocean Science Network and raise the annual budget for networks from USD 2.0 million to USD 2.5 million. Professor "
            "Tomás Herrera of the University of Chile was appointed rapporteur for the 2026 network review. The next meeting "
            "will be held in Nairobi in September 2026. The Chair closed the meeting at 16:40 Beijing time.", "", [
        ("en", "en", "paraphrase", True, "The three thematic networks not rated as performing well were asked to submit improvement plans by 30 April 2026."),
        ("zh", "en", "respectively", True, "在11个专题网络中，被评为表现良好的和被要求提交改进计划的分别有8个和3个。"),
        ("en", "en", "number_format", True, "The Committee recommended raising the networks' annual budget from $2 million to $2.5 million."),
        ("zh", "en", "summary", True, "委员会建议将海岸带网络并入海洋科学网络。"),
        ("en", "en", "date_format", True, "The Chair closed the meeting at 4:40 p.m. Beijing time."),
        ("en", "en", "relation", False, "The Committee recommended merging the Ocean Science Network into the Coastal Zone Network."),
        ("zh", "en", "unit", False, "委员会建议将网络年度预算由200万元人民币提高到250万元人民币。"),
        ("en", "en", "affiliation", False, "Professor Tomás Herrera of the Pontifical Catholic University of Chile was appointed rapporteur for the 2026 network review."),
        ("zh", "en", "name", False, "委员会下次会议将于2026年9月在亚的斯亚贝巴召开。"),
    ]),
]


# --- the sixth held-out split (units j*; g* was taken by the general units of dev/test): written blind — by a helper
# who had not read the checker (rag/) and did not run it (nor `anso eval`, nor `anso ask`) on any split. Five more
# fictional documents of the kinds staff add, on topics no earlier unit or document set used, two paragraphs each, in
# unit order so that the automatic "other_paragraph" item of a unit mostly comes from the next paragraph of the same
# document: a desertification-control field course report (j1 en/zh, j2 en only), a research vessel's cruise plan
# (j3-j4, en/zh), a Chinese-only 通知 on a young-scientist travel grant (j5-j6), a research-ethics policy (j7 en/zh, j8
# zh only: the closing article with no English version) and English minutes of a management board naming its
# officials, their posts and their votes (j9-j10, en only). Chinese names are given in pinyin in English sentences
# about Chinese-only sources and in characters in Chinese sentences about English-only ones. Kinds as in the fifth
# held-out split: "name" also covers a wrong place, "relation" a wrong direction ("B replaced A" for "A replaced B")
# or a vote, role or amount moved to another party, and "negation" a decision turned round (rejected ↔ carried,
# without ↔ with amendment).
HELDOUT6 = [
    ("j1", "The ANSO Field Course on Desertification Control was held from Monday 8 to Friday 19 September 2025 at the "
           "Minqin Desert Control Station in Gansu Province, China. It was organised by the Gansu Desert Control Research "
           "Institute with funding from the ANSO Capacity Building Programme. Twenty-two trainees from seven countries took "
           "part: nine from Mongolia, five from Kazakhstan, four from Uzbekistan and one each from Egypt, Niger, Iran and "
           "Pakistan. The course was directed by Professor Ma Jianhua, Deputy Director of the Gansu institute, with Dr. "
           "Oumarou Issa of Abdou Moumouni University in Niamey as co-director.",
     "2025年9月8日（星期一）至19日（星期五），联盟荒漠化防治野外培训班在甘肃民勤治沙站举办。培训班由甘肃省治沙研究所承办，由联盟"
     "能力建设项目资助。来自7个国家的22名学员参加培训，其中蒙古国9人、哈萨克斯坦5人、乌兹别克斯坦4人，埃及、尼日尔、伊朗和巴基斯坦"
     "各1人。培训班由甘肃省治沙研究所副所长马建华教授担任主任，尼亚美阿卜杜·穆穆尼大学的乌马鲁·伊萨博士担任联合主任。", [
        ("en", "en", "paraphrase", True, "Twenty-two trainees from seven countries attended the ANSO desertification-control field course at the Minqin Desert Control Station from 8 to 19 September 2025."),
        ("en", "zh", "date_format", True, "The field course ran in Minqin, Gansu, from Sept. 8 to Sept. 19, 2025."),
        ("zh", "zh", "respectively", True, "来自蒙古国、哈萨克斯坦和乌兹别克斯坦的学员分别为9人、5人和4人。"),
        ("en", "zh", "respectively", True, "Nine, five and four of the trainees came from Mongolia, Kazakhstan and Uzbekistan, respectively."),
        ("en", "en", "post", False, "The course was directed by Professor Ma Jianhua, Director of the Gansu Desert Control Research Institute."),
        ("zh", "en", "relation", False, "培训班由乌马鲁·伊萨博士担任主任，马建华教授担任联合主任。"),
        ("zh", "zh", "name", False, "2025年9月8日至19日，联盟荒漠化防治野外培训班在内蒙古阿拉善举办。"),
        ("en", "zh", "affiliation", False, "The course was co-directed by Dr. Oumarou Issa of Cheikh Anta Diop University in Dakar."),
    ]),
    ("j2", "In the second week the trainees laid 3.2 hectares of straw checkerboard barriers on the edge of the Tengger Desert "
           "and planted 4,500 saxaul seedlings, 81 per cent of which were still alive when the course ended. Lectures covered "
           "wind-erosion monitoring, sand-fixing plants and groundwater use in oases. Every trainee passed the final assessment "
           "and received a certificate, and Ms. Hadiza Moussa of Niger was named best trainee. The organisers plan to hold the "
           "course again in 2027 in Nouakchott, Mauritania, with support from the Great Green Wall initiative.", "", [
        ("zh", "en", "translation", True, "课程内容涵盖风蚀监测、固沙植物以及绿洲地下水利用。"),
        ("en", "en", "summary", True, "All the trainees passed the course and were given certificates."),
        ("zh", "en", "number_format", True, "第二周，学员们在腾格里沙漠边缘铺设了3.2公顷草方格沙障，并栽下四千五百株梭梭苗。"),
        ("en", "en", "unit", False, "The trainees laid 3.2 square kilometres of straw checkerboard barriers on the edge of the Tengger Desert."),
        ("zh", "en", "number", False, "到培训结束时，梭梭苗的成活率为18%。"),
        ("en", "en", "year", False, "The organisers plan to hold the course again in 2026 in Nouakchott, Mauritania."),
        ("zh", "en", "name", False, "主办方计划于2027年在塞内加尔达喀尔再次举办该培训班。"),
        ("zh", "en", "other_paragraph", False, "培训班由甘肃省治沙研究所副所长马建华教授担任主任。"),
    ]),
    ("j3", "Cruise plan KX-2026-03. The research vessel Haiyang Xingzhe will leave Sanya on Saturday 11 April 2026 for a 38-day "
           "cruise in the eastern Indian Ocean and return to Sanya on 18 May 2026. The cruise is run by the Institute of "
           "Deep-sea Science and Engineering of the Chinese Academy of Sciences for the ANSO Indian Ocean Observation Network. "
           "The chief scientist is Professor Lin Haitao of the institute; the deputy chief scientist is Dr. Nimal Perera of "
           "Sri Lanka's National Aquatic Resources Research and Development Agency (NARA). Of the 32 scientists on board, 24 "
           "come from China and 8 from Sri Lanka, Bangladesh, Myanmar and Pakistan. A port call in Colombo is planned from 26 "
           "to 28 April.",
     "航次计划KX-2026-03。“海洋行者”号科考船计划于2026年4月11日（星期六）从三亚出发，赴东印度洋开展为期38天的科学考察，于2026年"
     "5月18日返回三亚。本航次由中国科学院深海科学与工程研究所为联盟印度洋观测网络组织实施。首席科学家为深海所林海涛研究员，副首席"
     "科学家为斯里兰卡国家水生资源研究与开发署的尼马尔·佩雷拉博士。随船科学家共32名，其中24名来自中国，8名来自斯里兰卡、孟加拉国、"
     "缅甸和巴基斯坦。科考船计划于4月26日至28日停靠科伦坡港。", [
        ("en", "en", "reorder", True, "The 38-day cruise will end in Sanya on 18 May 2026, having set out from there on Saturday 11 April."),
        ("en", "zh", "translation", True, "The deputy chief scientist is Dr. Nimal Perera of Sri Lanka's National Aquatic Resources Research and Development Agency."),
        ("zh", "zh", "date_format", True, "“海洋行者”号将于2026年4月11日（周六）从三亚启航。"),
        ("en", "en", "date", False, "The Haiyang Xingzhe will leave Sanya on Saturday 11 April 2026 and return on 28 May 2026."),
        ("zh", "en", "post", False, "尼马尔·佩雷拉博士担任本航次的首席科学家。"),
        ("en", "zh", "relation", False, "Of the 32 scientists on board, 8 come from China and 24 from Sri Lanka, Bangladesh, Myanmar and Pakistan."),
        ("zh", "zh", "added", False, "科考船计划于4月26日至28日停靠科伦坡港，并在港内举办公众开放日活动。"),
    ]),
    ("j4", "The cruise has three main tasks: to recover and redeploy four deep-sea moorings along 90°E, first deployed in 2022; "
           "to occupy 45 CTD stations between 5°S and 10°N; and to test a new autonomous underwater glider built by the "
           "institute. Sampling in Sri Lanka's exclusive economic zone has been approved by the Sri Lankan government, but no "
           "samples will be taken in Indian waters. All cruise data will be shared with the network's partners within two "
           "years of the end of the cruise, and Sri Lankan scientists will receive a share of every sample collected in Sri "
           "Lankan waters.",
     "本航次有三项主要任务：回收并重新布放沿东经90度布设的4套深海潜标（这些潜标于2022年首次布放）；在南纬5度至北纬10度之间完成45个"
     "温盐深（CTD）站位观测；测试深海所自主研制的一型新型水下滑翔机。在斯里兰卡专属经济区内的采样已获斯里兰卡政府批准，航次不在印度"
     "管辖海域采样。所有航次数据将在航次结束后两年内与网络合作伙伴共享，在斯里兰卡海域采集的每份样品均将分给斯方科学家一部分。", [
        ("en", "en", "paraphrase", True, "Four deep-sea moorings along 90°E, first put in the water in 2022, will be recovered and redeployed."),
        ("zh", "zh", "number_format", True, "航次将在南纬5度至北纬10度之间完成四十五个CTD站位观测。"),
        ("en", "zh", "summary", True, "The cruise will not sample in Indian waters."),
        ("zh", "en", "quantifier", False, "所有航次数据将在航次结束至少两年后才与网络合作伙伴共享。"),
        ("zh", "en", "year", False, "沿东经90度布设的4套深海潜标于2021年首次布放。"),
    ]),
    ("j5", "", "关于申请2026年度联盟青年科学家国际会议差旅资助的通知。各成员单位：为支持青年科研人员参加高水平国际学术会议，联盟秘书处"
               "设立青年科学家国际会议差旅资助项目。2026年度计划资助60人次，每人次资助上限为1.5万元人民币，可用于国际旅费、注册费和"
               "会议期间的住宿费，不含伙食补助。申请人须为联盟成员单位在职科研人员或在读博士研究生，2026年12月31日时年龄不满36周岁，"
               "且须在会议上作口头报告或张贴海报。同一申请人每年度限资助一次。", [
        ("zh", "zh", "paraphrase", True, "每名获资助者最多可获1.5万元人民币，用于支付国际旅费、会议注册费和会议期间的住宿费。"),
        ("en", "zh", "translation", True, "Applicants must be researchers employed by an ANSO member institution or doctoral students enrolled at one."),
        ("en", "zh", "number_format", True, "The ANSO Secretariat plans to fund sixty trips in 2026, each with up to CNY 15,000."),
        ("en", "zh", "summary", True, "The travel grant does not cover meals."),
        ("zh", "zh", "reorder", True, "申请人须在会议上作口头报告或张贴海报，且须为联盟成员单位的在职科研人员或在读博士研究生。"),
        ("en", "zh", "quantifier", False, "Each grant is worth at least CNY 15,000."),
        ("zh", "zh", "unit", False, "每人次资助上限为1.5万美元。"),
        ("zh", "zh", "number", False, "2026年度计划资助80人次。"),
        ("en", "zh", "added", False, "Applicants must give a talk or present a poster at the conference, which must be held outside China."),
    ]),
    ("j6", "", "申请人应通过联盟网站提交申请表、会议邀请函或论文录用通知以及导师推荐信。申请常年受理，秘书处每季度评审一次，第一季度"
               "申请截止日期为2026年3月31日（星期二），评审结果在截止日后30个工作日内通知申请人。获资助者须在会议结束后一个月内提交参会"
               "总结和报销单据，逾期未交者不得再申请本项目。联系人：联盟秘书处青年工作处副处长周雅琴，电话：010-6260 1234，邮箱："
               "travel-grant@anso.example.org。联盟秘书处　2026年1月20日", [
        ("en", "zh", "date_format", True, "First-quarter applications close on Tuesday, March 31, 2026."),
        ("en", "zh", "translation", True, "The contact person is Zhou Yaqin, Deputy Head of the Youth Affairs Division of the ANSO Secretariat."),
        ("zh", "zh", "paraphrase", True, "会议结束后一个月内，获资助者须提交参会总结及报销单据。"),
        ("en", "zh", "reorder", True, "Applicants are told the result within 30 working days of the deadline; the Secretariat reviews applications once a quarter."),
        ("en", "zh", "post", False, "The contact person is Zhou Yaqin, Head of the Youth Affairs Division of the ANSO Secretariat."),
        ("zh", "zh", "date", False, "第一季度申请截止日期为2026年3月21日。"),
        ("zh", "zh", "negation", False, "未按时提交参会总结的获资助者仍可再次申请本项目。"),
        ("en", "zh", "name", False, "Questions about the grant can be addressed to Zhou Yaping at travel-grant@anso.example.org."),
    ]),
    ("j7", "Article 5. Research funded by ANSO that involves human participants must be approved by the ethics committee of the "
           "applicant's institution before any data are collected. Where the research takes place in more than one country, "
           "approval is also required from an ethics committee in each country where participants are recruited. Informed "
           "consent must be obtained in a language the participant understands; for children under 16, the consent of a parent "
           "or guardian is required as well as the child's own assent. Personal data must be stored in pseudonymised form and "
           "kept for no longer than ten years after the project ends.",
     "第五条　涉及人类受试者的联盟资助研究，须在收集任何数据之前获得申请人所在机构伦理委员会的批准。研究在两个或两个以上国家开展的，"
     "还须获得每一个招募受试者的国家的伦理委员会批准。知情同意须以受试者能够理解的语言取得；受试者为16周岁以下儿童的，除儿童本人"
     "同意外，还须取得其父母或监护人的同意。个人数据须以假名化形式保存，保存期限不得超过项目结束后十年。", [
        ("en", "en", "paraphrase", True, "Before any data are collected, ANSO-funded research with human participants needs the approval of the ethics committee of the applicant's institution."),
        ("zh", "en", "translation", True, "知情同意必须以受试者能理解的语言获得。"),
        ("en", "zh", "reorder", True, "As well as the child's own assent, research with children under 16 needs the consent of a parent or guardian."),
        ("zh", "en", "summary", True, "个人数据须以假名化形式保存。"),
        ("zh", "zh", "paraphrase", True, "在多个国家开展的研究，须另外获得每个招募受试者国家的伦理委员会批准。"),
        ("en", "zh", "negation", False, "For children under 16, the consent of a parent or guardian is enough, and the child's own assent is not needed."),
        ("zh", "zh", "quantifier", False, "个人数据在项目结束后须至少保存十年。"),
    ]),
    ("j8", "", "第十四条　违反本办法的，由联盟科研诚信委员会调查处理。情节较轻的，给予书面警告；情节严重的，终止资助、追回已拨付经费，"
               "并在五年内不受理其联盟项目申请。被调查人可在收到处理决定之日起15个工作日内向联盟秘书长提出书面申诉。科研诚信委员会由"
               "7名委员组成，主任由联盟副秘书长哈米德·拉希米担任，委员任期两年。本办法自2026年3月1日起施行。", [
        ("zh", "zh", "paraphrase", True, "情节严重的违规者将被终止资助、追回已拨经费，五年内其联盟项目申请不予受理。"),
        ("en", "zh", "translation", True, "The Research Integrity Committee has seven members, who serve two-year terms, and is chaired by ANSO Deputy Secretary-General Hamid Rahimi."),
        ("en", "zh", "number_format", True, "A person under investigation may appeal in writing to the ANSO Secretary-General within fifteen working days of receiving the decision."),
        ("en", "zh", "date_format", True, "The measures take effect on 2026-03-01."),
        ("zh", "zh", "relation", False, "违反本办法的，由联盟秘书长调查处理，被调查人可向科研诚信委员会提出书面申诉。"),
        ("en", "zh", "number", False, "In serious cases, the offender's ANSO project applications are not accepted for three years."),
        ("zh", "zh", "year", False, "本办法自2025年3月1日起施行。"),
        ("en", "zh", "added", False, "Minor violations lead to a written warning, which is published on the ANSO website."),
        ("en", "zh", "other_paragraph", False, "Personal data must be stored in pseudonymised form."),
    ]),
    ("j9", "Minutes of the Seventh Meeting of the Management Board of the ANSO Technology Transfer Centre, Shenzhen, Wednesday "
           "25 February 2026. Present: Professor Wu Dexin (Chair), Dr. Aisha Bello (Vice-Chair), Professor Karim Haddadi, Dr. "
           "Irina Petrova, Mr. Deng Haoran (Treasurer) and Ms. Tran Thi Lan. Apologies: Professor Julio Mendes. In "
           "attendance: Dr. Song Lei, Executive Director of the Centre, and Ms. Emily Carter, Legal Adviser (minutes). The Chair "
           "welcomed Ms. Tran Thi Lan of the Vietnam Academy of Science and Technology, who joined the Board in January 2026 in "
           "place of Dr. Nguyen Van Hoa. The minutes of the Sixth Meeting were approved without amendment.", "", [
        ("en", "en", "paraphrase", True, "Ms. Tran Thi Lan of the Vietnam Academy of Science and Technology took Dr. Nguyen Van Hoa's seat on the Board in January 2026."),
        ("zh", "en", "translation", True, "管理委员会批准了第六次会议纪要，未作任何修改。"),
        ("zh", "en", "date_format", True, "联盟技术转移中心管理委员会第七次会议于2026年2月25日（周三）在深圳召开。"),
        ("en", "en", "summary", True, "Professor Julio Mendes did not attend the meeting."),
        ("zh", "en", "respectively", True, "吴德新教授和艾莎·贝洛博士分别担任管理委员会主席和副主席。"),
        ("zh", "en", "affiliation", False, "主席对来自越南河内国家大学的陈氏兰女士加入管理委员会表示欢迎。"),
        ("en", "en", "relation", False, "Dr. Nguyen Van Hoa joined the Board in January 2026 in place of Ms. Tran Thi Lan."),
        ("zh", "en", "negation", False, "第六次会议纪要经修改后获得批准。"),
        ("en", "en", "name", False, "The Seventh Meeting of the Management Board was held in Guangzhou on Wednesday 25 February 2026."),
        ("en", "en", "affiliation", False, "Ms. Tran Thi Lan of Vietnam National University, Hanoi, joined the Board in January 2026."),
    ]),
    ("j10", "Item 4. The Executive Director reported that the Centre had brokered 23 licensing agreements in 2025, up from 15 in "
            "2024, bringing in licence income of USD 1.9 million. Item 5. The Board voted on the proposal to open a branch "
            "office in Nairobi: four members voted in favour, one against (Dr. Irina Petrova) and one abstained (Professor "
            "Karim Haddadi); the proposal was carried. Item 6. The Treasurer's proposal to raise the Centre's service fee from "
            "5 % to 7 % of licence income was rejected by four votes to two. The next meeting will be held in Hanoi on 9 June "
            "2026.", "", [
        ("zh", "en", "number_format", True, "2025年，中心促成了二十三项许可协议，2024年为十五项。"),
        ("en", "en", "number_format", True, "Licence income in 2025 came to $1.9 million."),
        ("en", "en", "respectively", True, "Dr. Irina Petrova and Professor Karim Haddadi voted against the Nairobi proposal and abstained, respectively."),
        ("zh", "en", "translation", True, "财务主管关于将中心服务费由许可收入的5%提高到7%的提议以四票对两票被否决。"),
        ("en", "en", "relation", False, "Professor Karim Haddadi voted against the proposal to open a branch office in Nairobi, and Dr. Irina Petrova abstained."),
        ("zh", "en", "negation", False, "财务主管关于提高中心服务费的提议获得通过。"),
        ("en", "en", "number", False, "The Centre brokered 23 licensing agreements in 2025, up from 13 in 2024."),
        ("zh", "en", "date", False, "管理委员会下次会议将于2026年6月19日在河内举行。"),
        ("en", "en", "quantifier", False, "The proposal to open a branch office in Nairobi was carried unanimously."),
        ("zh", "en", "unit", False, "2025年，中心获得许可收入190万欧元。"),
    ]),
]


# --- the seventh held-out split (units k*): written blind by a helper who had not read the checker nor run it, on five
# more new staff-style documents on topics no earlier unit used, in unit order so that the automatic "other_paragraph"
# item of a unit mostly comes from the next paragraph of the same document: a snow-leopard camera-trap survey report (k1
# en/zh, k2 en only), an outcome summary of a fusion summer school with attendance by country (k3 en/zh, k4 en only), a
# Chinese-only 通知 on a joint-research call (k5-k6: 资助强度、申报条件、截止日期), zh/en measures on sharing large research
# instruments (k7-k8) and an English summary of a museum network's annual general meeting naming officials, their posts
# and institutions, an election and votes (k9-k10, en only). Chinese names are given in pinyin in English sentences
# about Chinese-only sources and in characters in Chinese sentences about English-only ones. Kinds as in the sixth
# held-out split: "name" covers a wrong place or body, "relation" roles, amounts, votes or a ranking swapped between
# parties and a wrong direction ("B replaced A" for "A replaced B"), "negation" a decision turned round.
HELDOUT7 = [
    ("k1", "From 3 September to 14 October 2025, a joint team from the Kunming Institute of Zoology of the Chinese Academy of "
           "Sciences and the Institute of Biology of the National Academy of Sciences of the Kyrgyz Republic carried out a "
           "camera-trap survey of snow leopards in the Sarychat-Ertash State Nature Reserve in Issyk-Kul Region, Kyrgyzstan. "
           "The survey was funded by the ANSO Wildlife Monitoring Network with a grant of USD 85,000. The team of 11 was led "
           "by Professor Chen Jiayi of the Kunming Institute of Zoology, with Dr. Aibek Usenov, Head of the Mammal Ecology "
           "Laboratory of the Kyrgyz institute, as field leader. Sixty camera traps were set at altitudes between 3,200 and "
           "4,600 metres over an area of 1,340 square kilometres and recorded 2,870 independent detections of 19 mammal "
           "species.",
     "2025年9月3日至10月14日，中国科学院昆明动物研究所与吉尔吉斯共和国国家科学院生物研究所组成联合考察队，在吉尔吉斯斯坦伊塞克湖州"
     "萨雷恰特—埃尔塔什国家自然保护区开展雪豹红外相机调查。调查由联盟野生动物监测网络资助，资助金额8.5万美元。考察队共11人，由昆明"
     "动物研究所陈佳怡研究员任队长，吉方研究所哺乳动物生态实验室主任艾别克·乌谢诺夫博士任野外负责人。考察队在海拔3200米至4600米"
     "之间、面积1340平方千米的区域内布设红外相机60台，共记录到19种哺乳动物的独立探测2870次。", [
        ("en", "en", "paraphrase", True, "An 11-member team from the Kunming Institute of Zoology and the Kyrgyz Institute of Biology surveyed snow leopards with camera traps in the Sarychat-Ertash State Nature Reserve between 3 September and 14 October 2025."),
        ("zh", "en", "translation", True, "考察队在海拔3200米至4600米之间布设了60台红外相机，覆盖面积1340平方千米。"),
        ("en", "zh", "number_format", True, "The sixty cameras recorded 2,870 independent detections of nineteen mammal species."),
        ("zh", "zh", "respectively", True, "陈佳怡研究员和艾别克·乌谢诺夫博士分别担任考察队队长和野外负责人。"),
        ("en", "zh", "date_format", True, "The camera-trap survey ran from September 3 to October 14, 2025."),
        ("zh", "en", "unit", False, "该调查获得联盟野生动物监测网络8.5万欧元资助。"),
        ("en", "en", "post", False, "The field leader was Dr. Aibek Usenov, Director of the Kyrgyz Institute of Biology."),
        ("en", "zh", "relation", False, "The team was led by Dr. Aibek Usenov, with Professor Chen Jiayi of the Kunming Institute of Zoology as field leader."),
        ("zh", "zh", "number", False, "考察队在海拔3200米至4600米之间布设红外相机80台。"),
        ("zh", "en", "affiliation", False, "考察队由中国科学院动物研究所陈佳怡研究员带领。"),
    ]),
    ("k2", "Snow leopards were photographed at 23 of the 60 camera sites, and the team identified 14 individuals from their coat "
           "patterns: eight adults, four subadults and two cubs. The estimated density, 1.1 snow leopards per 100 square "
           "kilometres, is higher than the 0.8 recorded in the reserve's last survey in 2019. Ibex were the most frequently "
           "detected prey species, followed by marmots. No signs of poaching were found, but herders' livestock was recorded "
           "at 17 sites, most of them below 3,800 metres. The team recommends that the reserve's buffer zone be extended "
           "northwards by 12 kilometres and that the survey be repeated every three years.", "", [
        ("en", "en", "summary", True, "The team told 14 snow leopards apart by their coat patterns, two of them cubs."),
        ("zh", "en", "number_format", True, "60个相机点位中有二十三个拍到了雪豹。"),
        ("zh", "en", "translation", True, "估算的雪豹密度为每100平方千米1.1只，高于该保护区2019年上次调查记录的0.8只。"),
        ("zh", "en", "reorder", True, "团队建议每三年重复一次调查，并将保护区缓冲区向北扩展12千米。"),
        ("en", "en", "year", False, "The estimated density is higher than the 0.8 snow leopards per 100 square kilometres recorded in the reserve's last survey in 2017."),
        ("zh", "en", "negation", False, "调查发现了偷猎迹象。"),
    ]),
    ("k3", "The ANSO Summer School on Magnetic Confinement Fusion was held at the Institute of Plasma Physics of the Chinese "
           "Academy of Sciences in Hefei from Monday 7 to Friday 18 July 2025. Of the 48 students who completed the course, "
           "12 came from Pakistan, 9 from Thailand, 8 from Egypt, 7 from Kazakhstan, 6 from Malaysia and 6 from Nepal; 21 of "
           "them were women. Lectures were given by 16 scientists, ten from the institute and six from the University of "
           "Science and Technology of China. The school was directed by Professor Tang Minghui, Deputy Director of the "
           "Institute of Plasma Physics.",
     "2025年7月7日（星期一）至18日（星期五），联盟磁约束聚变暑期学校在中国科学院等离子体物理研究所（合肥）举办。完成全部课程的48名"
     "学员中，巴基斯坦12名、泰国9名、埃及8名、哈萨克斯坦7名、马来西亚6名、尼泊尔6名，其中女性学员21名。授课专家共16位，其中10位"
     "来自等离子体物理研究所，6位来自中国科学技术大学。暑期学校由等离子体物理研究所副所长唐明辉研究员担任校长。", [
        ("en", "en", "paraphrase", True, "Forty-eight students completed the summer school, 21 of them women."),
        ("zh", "en", "respectively", True, "16位授课专家中，来自等离子体物理研究所和中国科学技术大学的分别为10位和6位。"),
        ("en", "zh", "translation", True, "Professor Tang Minghui, Deputy Director of the Institute of Plasma Physics, directed the summer school."),
        ("zh", "zh", "number_format", True, "完成课程的学员中，来自巴基斯坦的有十二名，来自泰国的有九名。"),
        ("en", "zh", "number", False, "Seven of the students who completed the course came from Malaysia."),
        ("zh", "zh", "relation", False, "完成课程的学员中，泰国12名、巴基斯坦9名。"),
        ("zh", "en", "name", False, "联盟磁约束聚变暑期学校于2025年7月在成都举办。"),
        ("en", "zh", "added", False, "Twenty-one of the 48 students were women, the highest share at any ANSO summer school so far."),
        ("zh", "zh", "affiliation", False, "授课专家中有6位来自清华大学。"),
    ]),
    ("k4", "Students spent two days at the EAST tokamak, where they analysed data from the 2024 experimental campaign. In the "
           "final examination, 44 of the 48 students passed and received ANSO certificates; the best project award went to "
           "Ms. Sara Ahmed of Cairo University for her work on edge-plasma turbulence. In a survey at the end of the course, "
           "91 % of the students rated the school as excellent or good, but many asked for more time for hands-on work. The "
           "organisers will hold the next school in 2027 instead of 2026, because the institute's training hall is being "
           "rebuilt, and plan to raise the number of places to 60.", "", [
        ("en", "en", "paraphrase", True, "In the final examination, 44 of the 48 students passed and were awarded ANSO certificates."),
        ("zh", "en", "translation", True, "学员们在EAST托卡马克装置度过了两天，分析了2024年实验季的数据。"),
        ("zh", "en", "summary", True, "下一届暑期学校将推迟到2027年举办。"),
        ("en", "en", "affiliation", False, "The best project award went to Ms. Sara Ahmed of Alexandria University for her work on edge-plasma turbulence."),
        ("zh", "en", "year", False, "主办方将于2026年举办下一届暑期学校。"),
        ("zh", "en", "other_paragraph", False, "来自巴基斯坦的学员最多，共12名。"),
    ]),
    ("k5", "", "关于征集2026年度联盟“健康土壤”联合研究项目的通知。各成员单位：为应对联盟成员国面临的土壤退化问题，联盟秘书处决定征集"
               "2026年度“健康土壤”联合研究项目，现将有关事项通知如下。本年度拟资助项目不超过15项，每项资助强度为50万至80万元人民币，"
               "执行期两年。项目须由一家中方单位和至少一家其他成员国单位联合申报，项目负责人须具有高级职称或博士学位，且同期主持的联盟"
               "项目不超过一项。优先支持盐碱地改良、土壤碳汇和污染土壤修复方向的项目。", [
        ("zh", "zh", "paraphrase", True, "2026年度“健康土壤”联合研究项目每项资助50万至80万元人民币，执行期为两年。"),
        ("en", "zh", "translation", True, "Projects must be proposed jointly by one Chinese institution and at least one institution from another member country."),
        ("en", "zh", "reorder", True, "The project leader must hold a senior professional title or a doctorate, and each project must be proposed by a Chinese institution together with at least one institution from another member country."),
        ("en", "zh", "quantifier", False, "At least 15 projects will be funded in 2026."),
        ("zh", "zh", "unit", False, "每项资助强度为50万至80万美元。"),
        ("en", "zh", "added", False, "Projects on saline soils, soil carbon and contaminated soils get priority, and projects led by women scientists receive an extra CNY 100,000."),
        ("en", "zh", "negation", False, "A Chinese institution may apply on its own, without a partner from another member country."),
    ]),
    ("k6", "", "申报单位须于2026年4月30日（星期四）24:00（北京时间）前通过联盟项目管理系统提交申报书，逾期不予受理。秘书处将于5月至"
               "6月组织国际同行评审和会议评审，立项结果于2026年7月底前公布。项目经费分两次拨付：立项后拨付60%，中期检查合格后拨付其余"
               "40%。联系人：联盟秘书处科技合作处处长赵立新、项目主管阿米娜·卡西姆，电话：010-6259 8866，邮箱："
               "soil-call@anso.example.org。联盟秘书处　2026年2月9日", [
        ("zh", "zh", "reorder", True, "立项结果将于2026年7月底前公布，在此之前，秘书处将于5月至6月组织国际同行评审和会议评审。"),
        ("en", "zh", "date_format", True, "Proposals must be submitted through the ANSO project management system by midnight Beijing time on Thursday, April 30, 2026."),
        ("zh", "zh", "date_format", True, "申报截止时间为2026年4月30日（周四）24时（北京时间）。"),
        ("en", "zh", "respectively", True, "Funds are paid in two instalments of 60 % and 40 %, after approval and after a successful mid-term review respectively."),
        ("en", "zh", "translation", True, "The contacts are Zhao Lixin, Director of the Science and Technology Cooperation Division of the ANSO Secretariat, and programme officer Amina Qasim."),
        ("zh", "zh", "paraphrase", True, "逾期提交的申报书将不被受理。"),
        ("en", "zh", "post", False, "Zhao Lixin, Deputy Director of the Science and Technology Cooperation Division, is one of the contacts."),
        ("zh", "zh", "date", False, "申报截止时间为2026年4月20日24:00（北京时间）。"),
        ("zh", "zh", "negation", False, "逾期提交的申报书仍可受理。"),
        ("en", "zh", "other_paragraph", False, "Priority is given to projects on saline soils, soil carbon and contaminated soils."),
    ]),
    ("k7", "Article 4. Large research instruments bought wholly or partly with ANSO funds, with a purchase price of CNY 500,000 "
           "or more, must be registered on the ANSO Instrument Sharing Platform within three months of acceptance. The host "
           "institution must make each registered instrument available to researchers from other ANSO member institutions for "
           "at least 20 % of its operating hours. Users from member institutions pay the host's internal rate; users from "
           "non-member institutions may be charged up to 1.5 times that rate. Instruments used for classified research are "
           "exempt from registration.",
     "第四条　全部或部分使用联盟经费购置、购置价格在50万元人民币及以上的大型科研仪器，须在验收后三个月内在联盟仪器共享平台登记。仪器"
     "所在单位须将每台已登记仪器不少于20%的运行机时向其他联盟成员单位的科研人员开放。成员单位用户按仪器所在单位的内部收费标准付费；"
     "非成员单位用户的收费最高可为该标准的1.5倍。用于涉密研究的仪器免于登记。", [
        ("zh", "zh", "paraphrase", True, "涉密研究使用的仪器不需要在平台上登记。"),
        ("en", "zh", "number_format", True, "Users from non-member institutions may be charged up to one and a half times the host's internal rate."),
        ("zh", "en", "reorder", True, "非成员单位用户最高可按内部收费标准的1.5倍收费，成员单位用户则按仪器所在单位的内部标准付费。"),
        ("en", "en", "quantifier", False, "The host institution must make each registered instrument available to other member institutions for at most 20 % of its operating hours."),
        ("en", "zh", "negation", False, "Instruments used for classified research must also be registered on the platform."),
        ("zh", "zh", "number", False, "仪器须在验收后六个月内在联盟仪器共享平台登记。"),
    ]),
    ("k8", "Article 9. The ANSO Secretariat evaluates the sharing of registered instruments every two years. Host institutions "
           "rated excellent receive a sharing award of up to CNY 200,000, to be used for maintenance and operator training; "
           "those rated poor in two evaluations in a row may not apply for ANSO instrument funding for the following three "
           "years. The first evaluation will cover 2026 and 2027. These Measures were adopted by the ANSO Executive Committee "
           "on 20 January 2026 and take effect on 1 April 2026.",
     "第九条　联盟秘书处每两年对已登记仪器的共享情况进行一次评价。评价为优秀的仪器所在单位可获得最高20万元人民币的共享奖励，用于仪器"
     "维护和操作人员培训；连续两次评价为较差的，此后三年内不得申请联盟仪器购置经费。首次评价覆盖2026年和2027年。本办法经联盟执行"
     "委员会2026年1月20日审议通过，自2026年4月1日起施行。", [
        ("en", "en", "summary", True, "Host institutions whose instrument sharing is rated excellent can receive a sharing award."),
        ("zh", "zh", "paraphrase", True, "连续两次评价为较差的仪器所在单位，此后三年内不能申请联盟仪器购置经费。"),
        ("en", "zh", "date_format", True, "The Measures take effect on 2026-04-01."),
        ("zh", "en", "date_format", True, "本办法于2026年1月20日经联盟执行委员会通过，2026年4月1日起施行。"),
        ("en", "zh", "translation", True, "The sharing award, of up to CNY 200,000, is to be used for instrument maintenance and operator training."),
        ("en", "en", "respectively", True, "Host institutions rated excellent and those rated poor twice in a row receive a sharing award and lose access to ANSO instrument funding for three years, respectively."),
        ("en", "zh", "year", False, "These Measures take effect on 1 April 2027."),
        ("en", "en", "name", False, "These Measures were adopted by the ANSO Governing Board on 20 January 2026."),
        ("zh", "zh", "added", False, "评价为优秀的单位可获得最高20万元人民币的共享奖励，并在联盟网站上通报表扬。"),
        ("en", "zh", "quantifier", False, "A host institution rated poor in any single evaluation may not apply for ANSO instrument funding for three years."),
        ("en", "en", "date", False, "These Measures were adopted by the ANSO Executive Committee on 12 January 2026."),
    ]),
    ("k9", "Summary of the 2026 Annual General Meeting of the ANSO Natural History Museums Network, held in Kuala Lumpur on "
           "Saturday 14 March 2026 and hosted by the National Science Centre of Malaysia. Thirty-nine of the network's 52 "
           "member museums were represented. The outgoing President, Dr. Nadia Rahman, Director of the National Science "
           "Centre, chaired the meeting and reported on the network's travelling exhibition \"Fossils of the Silk Road\", "
           "which visited 14 cities in nine countries in 2025 and drew about 860,000 visitors. In the election for President, "
           "Dr. Grace Wanjiru, Director-General of the National Museums of Kenya, received 24 votes and Professor Liu Fang, "
           "Deputy Director of the Shanghai Natural History Museum, 15 votes; Dr. Wanjiru was elected for a three-year term. "
           "Professor Liu Fang was then elected Vice-President unopposed.", "", [
        ("en", "en", "paraphrase", True, "Dr. Grace Wanjiru, Director-General of the National Museums of Kenya, was elected President for three years, with 24 votes to Professor Liu Fang's 15."),
        ("zh", "en", "date_format", True, "2026年年度大会于2026年3月14日（周六）在吉隆坡召开。"),
        ("en", "en", "reorder", True, "Professor Liu Fang was elected Vice-President unopposed, after losing the presidential election to Dr. Grace Wanjiru."),
        ("en", "en", "number_format", True, "The travelling exhibition \"Fossils of the Silk Road\" visited fourteen cities in nine countries in 2025."),
        ("zh", "en", "relation", False, "在会长选举中，刘芳教授获得24票，格蕾丝·万吉鲁博士获得15票。"),
        ("zh", "en", "post", False, "刘芳教授随后在无人竞争的情况下当选会长。"),
        ("zh", "en", "date", False, "2026年年度大会于2026年3月21日（星期六）在吉隆坡召开。"),
    ]),
    ("k10", "The meeting approved the 2026 budget of USD 310,000 by 35 votes to 2, with 2 abstentions. A motion from the "
            "Pakistan Museum of Natural History to hold the 2027 meeting online was defeated by 22 votes to 17. Ms. Hoang Thi "
            "Mai of the Vietnam National Museum of Nature was re-elected Treasurer, and Dr. Olga Ivanova of the Geological "
            "Museum of Kazan Federal University was appointed Secretary in place of Dr. Tamar Beridze, who had served two "
            "terms. The 2027 Annual General Meeting will be held in Tbilisi, Georgia, in April 2027.", "", [
        ("en", "en", "summary", True, "The motion to hold the 2027 meeting online was defeated."),
        ("zh", "en", "translation", True, "会议以35票赞成、2票反对、2票弃权通过了31万美元的2026年预算。"),
        ("zh", "en", "reorder", True, "塔玛尔·贝里泽博士已任满两届，由喀山联邦大学地质博物馆的奥尔加·伊万诺娃博士接任秘书。"),
        ("zh", "en", "negation", False, "巴基斯坦自然历史博物馆关于2027年会议线上举行的动议获得通过。"),
        ("en", "en", "relation", False, "Dr. Tamar Beridze was appointed Secretary in place of Dr. Olga Ivanova."),
        ("zh", "en", "name", False, "2027年年度大会将于2027年4月在亚美尼亚埃里温举行。"),
        ("en", "en", "unit", False, "The meeting approved the 2026 budget of EUR 310,000."),
        ("zh", "en", "quantifier", False, "2026年预算获得全票通过。"),
        ("en", "en", "year", False, "The 2027 Annual General Meeting will be held in Tbilisi, Georgia, in April 2028."),
    ]),
]

# --- the eighth held-out split (units m*): written blind by a helper who had not read the checker nor run it, on five
# more new staff-style documents on topics no earlier unit used, in unit order so that the automatic "other_paragraph"
# item of a unit mostly comes from the next paragraph of the same document: a desert-locust monitoring mission report
# (m1 en/zh, m2 zh only: the findings have no English version), an outcome summary of an online course with enrolment
# by country (m3 en/zh, m4 en only), a Chinese-only 通知 on a young scientists' innovation competition (m5-m6: 参赛条件、
# 奖项设置、报名截止日期), zh/en rules on reimbursing travel expenses (m7-m8) and an English record of a foreign
# delegation's visit naming officials, their posts and institutions, who received whom and who pays what (m9-m10, en
# only). Chinese names are given in pinyin in English sentences about Chinese-only sources and in characters in Chinese
# sentences about English-only ones. Kinds as in the seventh held-out split: "name" covers a wrong place, "relation"
# amounts, roles or stages swapped between parties and a wrong direction ("B received A" for "A received B"), "negation"
# a recommendation, an exception or an event turned round.
HELDOUT8 = [
    ("m1", "From 16 February to 7 March 2026, a joint mission of the Institute of Zoology of the Chinese Academy of Sciences "
           "and the Department of Plant Protection of Pakistan surveyed desert locust breeding areas in Balochistan, Pakistan, "
           "along the coast between Gwadar and Jiwani and in the Kharan desert. The mission was supported by the ANSO Plant "
           "Health Network with a grant of CNY 420,000. Its nine members were led by Professor Xu Wenjing of the Institute "
           "of Zoology, with Mr. Tariq Mehmood, Deputy Director of Locust Control at the Department of Plant Protection, as "
           "deputy leader. The team sampled 212 sites over about 18,500 square kilometres and found hoppers at 37 of them; "
           "the highest density, 45 hoppers per square metre, was recorded near Jiwani on 24 February.",
     "2026年2月16日至3月7日，中国科学院动物研究所与巴基斯坦植物保护局组成联合考察组，在巴基斯坦俾路支省瓜达尔至吉瓦尼沿海一带和"
     "哈兰沙漠开展沙漠蝗繁殖区调查。考察由联盟植物健康网络资助，资助金额42万元人民币。考察组共9人，由动物研究所徐文静研究员任"
     "组长，巴方植物保护局蝗虫防治处副处长塔里克·马哈茂德任副组长。考察组在约1.85万平方千米范围内调查样点212个，其中37个样点"
     "发现蝗蝻；2月24日在吉瓦尼附近记录到最高密度，每平方米45头。", [
        ("en", "en", "paraphrase", True, "A nine-member team from the CAS Institute of Zoology and Pakistan's Department of Plant Protection surveyed desert locust breeding areas in Balochistan from 16 February to 7 March 2026."),
        ("zh", "en", "translation", True, "考察组共调查了212个样点，其中37个发现了蝗蝻。"),
        ("en", "zh", "number_format", True, "The mission, funded with CNY 420,000 by the ANSO Plant Health Network, covered about 18,500 square kilometres."),
        ("zh", "zh", "respectively", True, "徐文静研究员和塔里克·马哈茂德分别担任考察组组长和副组长。"),
        ("en", "en", "unit", False, "The mission was supported by the ANSO Plant Health Network with a grant of USD 420,000."),
        ("zh", "en", "post", False, "塔里克·马哈茂德是巴基斯坦植物保护局蝗虫防治处处长，担任考察组副组长。"),
        ("en", "zh", "relation", False, "The team was led by Tariq Mehmood, with Professor Xu Wenjing of the Institute of Zoology as deputy leader."),
        ("zh", "zh", "number", False, "2月24日在吉瓦尼附近记录到的最高密度为每平方米54头。"),
        ("en", "en", "name", False, "The team surveyed desert locust breeding areas along the coast between Gwadar and Pasni and in the Kharan desert."),
    ]),
    ("m2", "", "调查显示，今年冬春季降雨量较常年偏多约四成，沿海繁殖区植被状况良好，沙漠蝗已进入第一代繁殖期，但尚未形成蝗群。考察组"
               "采集的样品中，有两份检出对马拉硫磷的抗性，均来自哈兰沙漠。考察组建议巴方在3月下旬至4月中旬对约3000公顷的重点区域开展"
               "地面防治，优先使用绿僵菌等生物农药，并于5月再开展一次联合调查。中方将向巴方提供无人机6架，并为巴方培训技术人员20名。", [
        ("zh", "zh", "summary", True, "调查显示沙漠蝗尚未形成蝗群。"),
        ("en", "zh", "translation", True, "Rainfall this winter and spring was about 40 % above normal, and vegetation in the coastal breeding areas is in good condition."),
        ("zh", "zh", "reorder", True, "考察组建议5月再开展一次联合调查，并在3月下旬至4月中旬对约3000公顷重点区域开展地面防治。"),
        ("en", "zh", "negation", False, "The team advised against using biopesticides such as Metarhizium."),
        ("zh", "zh", "quantifier", False, "考察组采集的样品均检出对马拉硫磷的抗性。"),
        ("en", "zh", "unit", False, "The team recommends ground control over about 3,000 square kilometres of priority areas."),
        ("zh", "zh", "added", False, "中方将向巴方提供无人机6架，并承担全部防治费用。"),
    ]),
    ("m3", "The ANSO online course \"Introduction to Hydrological Modelling\", offered by the Institute of Geographic Sciences "
           "and Natural Resources Research of the Chinese Academy of Sciences, ran for ten weeks from Monday 13 October to "
           "Friday 19 December 2025. Of the 1,460 learners who enrolled, 318 were from Ethiopia, 274 from Nigeria, 205 from "
           "Bangladesh, 162 from Indonesia and 131 from Peru; the rest came from 38 other countries. 587 learners completed "
           "all ten modules and passed the final test, a completion rate of about 40 %. The course was taught by Professor "
           "Zhou Yanan and Dr. Rahel Tesfaye of Addis Ababa University.",
     "联盟在线课程《水文模型导论》由中国科学院地理科学与资源研究所开设，于2025年10月13日（星期一）至12月19日（星期五）开课，为期"
     "十周。在报名的1460名学员中，埃塞俄比亚318名、尼日利亚274名、孟加拉国205名、印度尼西亚162名、秘鲁131名，其余学员来自其他"
     "38个国家。共有587名学员学完全部10个单元并通过结业测试，结业率约为40%。课程由周亚楠研究员和亚的斯亚贝巴大学的拉赫尔·特斯"
     "法耶博士主讲。", [
        ("zh", "zh", "paraphrase", True, "《水文模型导论》课程由周亚楠研究员和亚的斯亚贝巴大学拉赫尔·特斯法耶博士讲授。"),
        ("en", "zh", "date_format", True, "The course ran from Monday, October 13 to Friday, December 19, 2025."),
        ("zh", "en", "number_format", True, "共有五百八十七名学员完成了全部十个单元，结业率约为百分之四十。"),
        ("zh", "en", "affiliation", False, "课程由周亚楠研究员和内罗毕大学的拉赫尔·特斯法耶博士主讲。"),
        ("zh", "en", "name", False, "该课程由中国科学院地质与地球物理研究所开设。"),
        ("zh", "zh", "year", False, "课程于2024年10月13日至12月19日开课。"),
    ]),
    ("m4", "Learners spent on average 31 hours on the course. Women made up 46 % of those who completed it, against 39 % of "
           "those who enrolled. The best final projects came from Mr. Ibrahim Musa of Ahmadu Bello University, who modelled "
           "flooding in the Kaduna basin, and Ms. Nusrat Jahan of the University of Dhaka, who modelled the Teesta river. In "
           "the feedback survey, 88 % of respondents rated the course as useful, but many learners in Africa reported that "
           "slow internet made the video lectures hard to follow. A second run will open in September 2026 with downloadable "
           "lectures and subtitles in French and Arabic.", "", [
        ("en", "en", "summary", True, "The best final projects modelled flooding in the Kaduna basin and the Teesta river."),
        ("zh", "en", "respectively", True, "艾哈迈杜·贝洛大学的易卜拉欣·穆萨和达卡大学的努斯拉特·贾汉分别对卡杜纳流域的洪水和提斯塔河进行了建模。"),
        ("en", "en", "reorder", True, "Downloadable lectures and subtitles in French and Arabic will be offered when the second run opens in September 2026."),
        ("zh", "en", "number_format", True, "学员平均在课程上花费了三十一个小时。"),
        ("zh", "en", "year", False, "课程第二期将于2027年9月开放。"),
        ("zh", "en", "added", False, "许多非洲学员反映网速慢、视频课程难以跟上，主办方因此将为他们免费提供流量卡。"),
        ("en", "en", "affiliation", False, "Ms. Nusrat Jahan of Jahangirnagar University modelled the Teesta river."),
        ("zh", "en", "other_paragraph", False, "课程由中国科学院地理科学与资源研究所开设。"),
    ]),
    ("m5", "", "关于举办第三届联盟青年科技创新创业大赛的通知。各成员单位：为推动联盟成员国青年科研人员的科技成果转化，联盟秘书处决定"
               "于2026年举办第三届青年科技创新创业大赛，现将有关事项通知如下。大赛面向联盟成员单位年龄在40周岁以下（1986年1月1日以后"
               "出生）的科研人员和在读研究生，以团队形式参赛，每队3至5人，其中至少一名成员来自中国以外的成员国。大赛设一等奖3项、二等奖"
               "6项、三等奖10项，分别奖励20万元、10万元和5万元人民币。获奖项目可优先入驻联盟创新孵化基地。", [
        ("en", "zh", "translation", True, "Each team must include at least one member from a member country other than China."),
        ("en", "zh", "respectively", True, "First, second and third prizes carry CNY 200,000, 100,000 and 50,000 respectively."),
        ("zh", "zh", "number_format", True, "大赛设一等奖三项、二等奖六项、三等奖十项。"),
        ("en", "zh", "summary", True, "The ANSO Secretariat will hold its third Young Scientists' Innovation and Entrepreneurship Competition in 2026."),
        ("en", "zh", "quantifier", False, "Each team may include at most one member from a member country other than China."),
        ("en", "zh", "number", False, "The competition will award 3 first prizes, 6 second prizes and 12 third prizes."),
        ("en", "zh", "added", False, "Award-winning projects get priority for a place in the ANSO innovation incubator and a guaranteed venture-capital investment."),
        ("en", "zh", "negation", False, "Graduate students may not take part in the competition."),
    ]),
    ("m6", "", "报名截止日期为2026年5月15日（星期五）17:00（北京时间），参赛团队须通过大赛网站提交项目计划书和团队成员简历。大赛分"
               "初赛、复赛和决赛三个阶段：初赛采取网络评审，复赛于7月在线上进行，决赛将于2026年9月在深圳举行，入围决赛的30支团队各有"
               "2名成员的国际旅费和食宿由秘书处承担。咨询联系人：联盟秘书处成果转化处副处长孙浩然、项目官员法蒂玛·阿利耶娃，电话："
               "010-6259 7712，邮箱：venture@anso.example.org。联盟秘书处　2026年3月2日", [
        ("zh", "zh", "reorder", True, "决赛将于2026年9月在深圳举行，此前复赛于7月在线上进行，初赛采取网络评审。"),
        ("en", "zh", "date_format", True, "Registration closes at 5 p.m. Beijing time on Friday, 15 May 2026."),
        ("zh", "zh", "date_format", True, "报名于2026年5月15日（周五）下午5点（北京时间）截止。"),
        ("en", "zh", "post", False, "Sun Haoran, Director of the Technology Transfer Division of the ANSO Secretariat, is one of the contacts."),
        ("zh", "zh", "date", False, "报名截止日期为2026年5月25日17:00（北京时间）。"),
        ("zh", "zh", "name", False, "决赛将于2026年9月在杭州举行。"),
        ("zh", "zh", "relation", False, "复赛采取网络评审，初赛于7月在线上进行。"),
        ("en", "zh", "other_paragraph", False, "Teams of three to five people may enter, and each must include at least one member from outside China."),
    ]),
    ("m7", "Article 6. Staff and experts travelling abroad on ANSO business fly economy class. Business class may be booked "
           "only for flights longer than nine hours and only by members of the Executive Committee or by travellers aged 65 "
           "or over. Tickets must be bought through the Secretariat's contracted travel agency at least 14 days before "
           "departure, unless the Secretary-General approves a later purchase in writing. Rail travel within China is "
           "reimbursed in second class; for trips of more than 1,000 kilometres, a first-class seat or a sleeper berth may "
           "be booked.",
     "第六条　因联盟公务出国的工作人员和专家乘坐经济舱。仅飞行时间超过9小时的航班，且仅限联盟执行委员会委员或年满65周岁的出行"
     "人员，方可预订公务舱。机票须在出发前至少14天通过秘书处签约的旅行服务机构购买，经秘书长书面批准的除外。在中国境内乘坐火车"
     "的，按二等座报销；单程超过1000千米的，可预订一等座或卧铺。", [
        ("en", "en", "paraphrase", True, "Business class may be booked only on flights of more than nine hours, and only by Executive Committee members or travellers aged 65 or over."),
        ("zh", "zh", "paraphrase", True, "在中国境内乘火车出行的，按二等座报销。"),
        ("zh", "en", "translation", True, "机票须在出发前至少14天通过秘书处签约的旅行服务机构购买，除非秘书长书面批准较晚购买。"),
        ("en", "zh", "reorder", True, "A first-class seat or a sleeper may be booked for rail trips in China of more than 1,000 kilometres; otherwise rail travel is reimbursed in second class."),
        ("en", "zh", "number_format", True, "Tickets must be bought at least fourteen days before departure."),
        ("en", "en", "quantifier", False, "All travellers may book business class on flights longer than nine hours."),
        ("zh", "en", "number", False, "仅飞行时间超过7小时的航班方可预订公务舱。"),
        ("zh", "zh", "negation", False, "即使经秘书长书面批准，也不得在出发前14天以内购买机票。"),
        ("zh", "en", "unit", False, "单程超过1000英里的火车出行，可预订一等座或卧铺。"),
    ]),
    ("m8", "Article 11. Travellers receive a daily allowance for meals and local transport: USD 60 in Asia and Africa, USD 80 "
           "in Europe and the Americas. Hotel costs are reimbursed up to USD 150 a night, or USD 220 in capital cities of "
           "Europe and North America. Claims must be submitted with original receipts within 30 days of return; claims "
           "submitted after 90 days will not be paid. These Rules were issued by the ANSO Secretariat on 18 December 2025 "
           "and apply to all travel beginning on or after 1 February 2026.",
     "第十一条　出行人员按日领取伙食和市内交通补助：亚洲和非洲每天60美元，欧洲和美洲每天80美元。住宿费每晚最高报销150美元，在"
     "欧洲和北美洲国家首都最高220美元。报销申请须在返回后30天内附原始票据提交；返回超过90天提交的，不予报销。本规定由联盟秘书处"
     "于2025年12月18日印发，适用于2026年2月1日及以后开始的出行。", [
        ("en", "en", "summary", True, "Claims must be submitted with original receipts within 30 days of return."),
        ("zh", "zh", "respectively", True, "亚洲和非洲、欧洲和美洲的每日伙食和市内交通补助分别为60美元和80美元。"),
        ("en", "zh", "date_format", True, "The Rules apply to all travel beginning on or after 2026-02-01."),
        ("zh", "en", "date_format", True, "本规定由联盟秘书处于2025年12月18日印发。"),
        ("en", "zh", "translation", True, "Hotel costs are reimbursed up to USD 150 a night, or USD 220 in capital cities of Europe and North America."),
        ("zh", "en", "number_format", True, "返回超过九十天才提交的报销申请不予支付。"),
        ("en", "en", "reorder", True, "Claims submitted after 90 days will not be paid; claims must be submitted with original receipts within 30 days of return."),
        ("en", "zh", "year", False, "These Rules apply to all travel beginning on or after 1 February 2025."),
        ("en", "en", "number", False, "Hotel costs are reimbursed up to USD 180 a night."),
        ("en", "zh", "date", False, "These Rules were issued by the ANSO Secretariat on 28 December 2025."),
        ("zh", "en", "quantifier", False, "住宿费每晚至少报销150美元。"),
    ]),
    ("m9", "Record of the visit of a delegation of the Uganda National Council for Science and Technology (UNCST) to China, "
           "Sunday 19 to Saturday 25 April 2026. The seven-member delegation was led by Dr. Martin Ssebuliba, Executive "
           "Secretary of UNCST, with Ms. Joyce Akello, Head of International Cooperation, as deputy leader. On 20 April the "
           "delegation was received in Beijing by Professor Wang Yuhang, Director-General of the ANSO Secretariat, who "
           "briefed it on the alliance's programmes. On 22 April, at the Wuhan Botanical Garden of the Chinese Academy of "
           "Sciences, Dr. Ssebuliba and Professor Li Qiong, Director of the Garden, signed a letter of intent on a joint "
           "centre for the conservation of East African fruit trees.", "", [
        ("en", "en", "paraphrase", True, "The seven-member UNCST delegation, led by Executive Secretary Dr. Martin Ssebuliba, visited China from 19 to 25 April 2026."),
        ("zh", "en", "translation", True, "4月20日，联盟秘书处总干事王宇航教授在北京会见了代表团，并向代表团介绍了联盟的各项计划。"),
        ("zh", "en", "date_format", True, "代表团于2026年4月19日（周日）至25日（周六）访华。"),
        ("en", "en", "respectively", True, "Dr. Martin Ssebuliba and Ms. Joyce Akello were the delegation's leader and deputy leader respectively."),
        ("zh", "en", "reorder", True, "塞布利巴博士与武汉植物园主任李琼教授于4月22日在中国科学院武汉植物园签署了共建东非果树保护联合中心的意向书。"),
        ("zh", "en", "relation", False, "4月20日，联盟秘书处总干事王宇航教授在北京受到代表团团长塞布利巴博士的接见。"),
        ("en", "en", "post", False, "Ms. Joyce Akello, Deputy Executive Secretary of UNCST, was deputy leader of the delegation."),
        ("zh", "en", "affiliation", False, "意向书由塞布利巴博士与中国科学院昆明植物研究所所长李琼教授签署。"),
        ("en", "en", "date", False, "The letter of intent was signed at the Wuhan Botanical Garden on 21 April."),
    ]),
    ("m10", "Under the letter of intent, the Wuhan Botanical Garden will host four Ugandan PhD students a year from 2027, and "
            "the two sides will share the cost of a seed bank at Entebbe, the Garden paying 60 % and UNCST 40 %. On 24 April "
            "the delegation visited the Institute of Hydrobiology, where Dr. Ssebuliba asked for help in monitoring fish "
            "stocks in Lake Victoria; the Institute agreed to send two researchers to Uganda in August 2026. The delegation "
            "did not visit Xishuangbanna as planned, because of flight cancellations. The joint working group will meet next "
            "in Kampala in November 2026.", "", [
        ("en", "en", "paraphrase", True, "The Institute of Hydrobiology agreed to send two researchers to Uganda in August 2026 to help monitor fish stocks in Lake Victoria."),
        ("zh", "en", "respectively", True, "恩德培种子库的费用由武汉植物园和乌干达国家科学技术委员会分担，双方分别承担60%和40%。"),
        ("en", "en", "summary", True, "Flight cancellations kept the delegation from visiting Xishuangbanna."),
        ("en", "en", "number_format", True, "Under the letter of intent, the Garden will host 4 Ugandan PhD students a year from 2027."),
        ("en", "en", "relation", False, "The Garden will pay 40 % of the cost of the seed bank at Entebbe and UNCST 60 %."),
        ("zh", "en", "negation", False, "代表团按计划访问了西双版纳。"),
        ("zh", "en", "name", False, "联合工作组下一次会议将于2026年11月在恩德培举行。"),
        ("zh", "en", "date", False, "代表团于4月23日访问了水生生物研究所。"),
        ("en", "en", "added", False, "On 24 April the delegation visited the Institute of Hydrobiology, which agreed to donate a research boat for Lake Victoria."),
    ]),
]

# --- the ninth held-out split (units n*): written blind by a helper who had not read the checker nor run it, on five
# more new staff-style documents on topics no earlier unit used, in unit order so that the automatic "other_paragraph"
# item of a unit mostly comes from the next paragraph of the same document: a progress report of a mangrove-restoration
# project with hectares and survival rates by site (n1 en/zh, n2 zh only: the problems and plans have no English
# version), a Chinese-only 通知 on a fossil-preparation training course (n3-n4: 培训对象、费用减免、报名截止、联系人), zh/en
# measures on sending biological samples abroad (n5-n6), an English report of a prize jury naming its jurors, their
# posts and institutions and its votes (n7-n8, en only) and a summary of a bilateral China–Argentina workshop with
# participants by country (n9 en/zh, n10 en only). Chinese names are given in pinyin in English sentences about
# Chinese-only sources and in characters in Chinese sentences about English-only ones. Kinds as in the eighth held-out
# split: "name" covers a wrong place, country, institute or body, "relation" values swapped between sites, parties or
# shares and a wrong direction ("his supervisor" for "his former student"), "negation" a rule or an agreement turned round.
HELDOUT9 = [
    ("n1", "Progress report of the ANSO Mangrove Restoration Project in Sri Lanka, first half of 2026. The project is run "
           "by the South China Botanical Garden of the Chinese Academy of Sciences and the Department of Forest Conservation "
           "of Sri Lanka, with a grant of USD 380,000 from the ANSO Coastal Ecosystems Network. By 30 June 2026 it had "
           "planted 146 hectares of mangroves at three sites: 62 hectares at Puttalam lagoon, 51 at Negombo lagoon and 33 "
           "at Batticaloa. Of the seedlings planted in the second half of 2025, 78 % at Puttalam, 64 % at Negombo and 81 % "
           "at Batticaloa were still alive in June 2026. The project is led by Professor Chen Xiaolan of the South China "
           "Botanical Garden; Mr. Nimal Perera, Assistant Conservator of Forests for the North Western Province, "
           "coordinates the work in the field.",
     "联盟斯里兰卡红树林修复项目2026年上半年进展报告。项目由中国科学院华南植物园与斯里兰卡森林保护局共同实施，获联盟滨海生态"
     "系统网络资助38万美元。截至2026年6月30日，项目在三个地点共种植红树林146公顷，其中普塔勒姆潟湖62公顷、尼甘布潟湖51公顷、"
     "拜蒂克洛33公顷。2025年下半年种植的幼苗，到2026年6月的成活率分别为：普塔勒姆78%、尼甘布64%、拜蒂克洛81%。项目由华南"
     "植物园陈晓兰研究员负责，斯里兰卡西北省助理森林保护官尼玛尔·佩雷拉负责现场协调。", [
        ("en", "en", "paraphrase", True, "By the end of June 2026 the project had planted 146 hectares of mangroves at three sites in Sri Lanka."),
        ("zh", "en", "translation", True, "项目由中国科学院华南植物园和斯里兰卡森林保护局共同实施，获得联盟滨海生态系统网络38万美元资助。"),
        ("en", "zh", "respectively", True, "Survival of the seedlings planted in the second half of 2025 was 78 %, 64 % and 81 % at Puttalam, Negombo and Batticaloa respectively."),
        ("zh", "zh", "number_format", True, "项目在尼甘布潟湖种植了五十一公顷红树林。"),
        ("en", "en", "date_format", True, "By 2026-06-30 the project had planted 62 hectares of mangroves at Puttalam lagoon."),
        ("zh", "en", "relation", False, "普塔勒姆潟湖的幼苗成活率最高，为81%。"),
        ("en", "en", "post", False, "Nimal Perera, Conservator of Forests for the North Western Province, coordinates the work in the field."),
        ("zh", "zh", "unit", False, "项目获联盟滨海生态系统网络资助38万元人民币。"),
        ("en", "en", "affiliation", False, "The project is led by Professor Chen Xiaolan of the Kunming Institute of Botany."),
    ]),
    ("n2", "", "报告指出，尼甘布潟湖成活率偏低，主要原因是2026年3月的两次风暴潮冲毁了约9公顷新植幼苗，以及附近养虾塘排水造成盐度"
               "过高。项目组已在尼甘布改种耐盐性较强的白骨壤，并与当地渔民合作社签订了为期三年的看护协议，由项目每月按每公顷20美元"
               "支付看护费。2026年下半年，项目计划在拜蒂克洛再种植40公顷，并于10月在科伦坡举办一期面向斯里兰卡、马尔代夫和孟加拉国"
               "技术人员的培训班，名额30个。由于斯方配套资金尚未到位，原定在亭可马里开展的第四个试点推迟至2027年。", [
        ("zh", "zh", "summary", True, "尼甘布潟湖成活率偏低，原因是风暴潮冲毁幼苗和养虾塘排水导致盐度过高。"),
        ("en", "zh", "translation", True, "The project has signed a three-year care agreement with a local fishers' cooperative, paying it USD 20 per hectare per month."),
        ("en", "zh", "reorder", True, "A 30-place training course for technicians from Sri Lanka, the Maldives and Bangladesh will be held in Colombo in October, and a further 40 hectares will be planted at Batticaloa in the second half of 2026."),
        ("en", "zh", "number_format", True, "Two storm surges in March 2026 washed away some nine hectares of newly planted seedlings."),
        ("en", "zh", "year", False, "The fourth pilot site, at Trincomalee, has been postponed to 2028."),
        ("zh", "zh", "negation", False, "斯方配套资金已经到位，亭可马里的第四个试点将按原计划开展。"),
        ("en", "zh", "added", False, "The project plans to plant a further 40 hectares at Batticaloa in the second half of 2026 with funding from the Asian Development Bank."),
        ("zh", "zh", "quantifier", False, "尼甘布潟湖的新植幼苗在3月的两次风暴潮中被全部冲毁。"),
        ("en", "zh", "name", False, "In October a training course will be held in Colombo for technicians from Sri Lanka, the Maldives and Nepal."),
    ]),
    ("n3", "", "关于举办2026年联盟古生物化石修复与保护技术培训班的通知。各成员单位：为提升联盟成员国自然历史类机构的化石修复与保护"
               "能力，联盟秘书处与中国科学院南京地质古生物研究所定于2026年10月12日（星期一）至23日（星期五）在江苏南京联合举办古生物"
               "化石修复与保护技术培训班，现将有关事项通知如下。培训对象为联盟成员单位从事化石修复、标本管理或野外发掘工作的技术人员，"
               "年龄一般不超过45周岁，须能以英语进行交流。培训班计划招收学员24名，课程包括化石机械修复、化学加固、三维扫描与数字化建档"
               "等，授课语言为英语。", [
        ("zh", "zh", "paraphrase", True, "本次培训班由联盟秘书处与中国科学院南京地质古生物研究所联合举办，计划招收24名学员。"),
        ("en", "zh", "date_format", True, "The training course will run in Nanjing from Monday, October 12 to Friday, October 23, 2026."),
        ("en", "zh", "summary", True, "Nanjing will host a two-week ANSO training course on fossil preparation and conservation in October 2026."),
        ("en", "zh", "number", False, "Applicants should generally be no older than 40."),
        ("zh", "zh", "date", False, "培训班将于2026年10月19日至23日在南京举办。"),
        ("en", "zh", "negation", False, "Trainees do not need to be able to communicate in English."),
        ("zh", "zh", "added", False, "课程包括化石机械修复、化学加固和三维扫描，结业学员将获得南京大学颁发的学分证书。"),
    ]),
    ("n4", "", "培训费3000元人民币，联盟成员单位学员全额免除；来自最不发达国家的学员还可免除住宿费，并由主办方提供每人每天100元的伙食"
               "补助。其他学员的住宿费和伙食费自理，国际往返旅费一律自理。请于2026年8月28日（星期五）前将报名表和单位推荐信发送至 "
               "fossil-training@anso.example.org，逾期不予受理；录取结果将于9月11日前通知。联系人：南京地质古生物研究所国际合作处处长"
               "刘雅琴，电话：025-8328 2105；联盟秘书处项目官员阿卜杜拉·卡里莫夫，电话：010-6259 7740。联盟秘书处　2026年7月6日", [
        ("zh", "zh", "summary", True, "联盟成员单位的学员无需缴纳培训费，国际往返旅费须自理。"),
        ("en", "zh", "translation", True, "Trainees from least developed countries are also exempt from accommodation costs and receive a meal allowance of CNY 100 a day from the organisers."),
        ("en", "zh", "date_format", True, "Applications must reach the organisers by Friday, 28 August 2026; late applications will not be accepted."),
        ("zh", "zh", "date_format", True, "报名截止日期为2026年8月28日（周五），录取结果于9月11日前通知。"),
        ("en", "zh", "respectively", True, "Liu Yaqin and Abdulla Karimov can be reached on 025-8328 2105 and 010-6259 7740 respectively."),
        ("en", "zh", "post", False, "One contact is Liu Yaqin, Deputy Director of the International Cooperation Office of the Nanjing Institute of Geology and Palaeontology."),
        ("en", "zh", "quantifier", False, "All trainees are exempt from accommodation costs."),
        ("en", "zh", "date", False, "Admission results will be announced by 21 September."),
        ("en", "zh", "other_paragraph", False, "The course will teach mechanical preparation, chemical consolidation and 3D scanning of fossils."),
    ]),
    ("n5", "Article 7. Biological samples collected in projects funded by ANSO may be sent out of the country where they were "
           "collected only under a material transfer agreement signed by both institutions before shipment. The agreement "
           "must state the purpose of use, the quantity of material and whether it may be passed to third parties. Samples "
           "of species listed in CITES Appendix I, and human samples, need in addition the written approval of the ANSO "
           "Biosafety Committee, which replies within 20 working days. No more than 30 % of any collection may leave the "
           "country of origin; the rest stays with the providing institution.",
     "第七条　联盟资助项目采集的生物样品，只有在双方机构于运输前签订材料转移协议后，方可运出采集国。协议须写明使用目的、材料数量"
     "以及是否可以转交第三方。属于《濒危野生动植物种国际贸易公约》附录一所列物种的样品以及人类样品，还须经联盟生物安全委员会书面"
     "批准，该委员会在20个工作日内答复。任何一批采集样品运出原产国的部分不得超过30%，其余部分留在提供方机构保存。", [
        ("zh", "zh", "paraphrase", True, "生物样品须在运输前由双方机构签订材料转移协议，方可运出采集国。"),
        ("zh", "en", "translation", True, "《濒危野生动植物种国际贸易公约》附录一物种的样品和人类样品还须获得联盟生物安全委员会的书面批准。"),
        ("en", "zh", "number_format", True, "The Biosafety Committee replies within twenty working days."),
        ("zh", "en", "reorder", True, "提供方机构保存每批采集样品中未运出的部分，运出原产国的部分不得超过30%。"),
        ("en", "en", "number", False, "No more than 50 % of any collection may leave the country of origin."),
    ]),
    ("n6", "Article 12. Results obtained from transferred samples must acknowledge the providing institution, and at least one "
           "of its researchers is offered co-authorship of the first publication. Any commercial use requires a separate "
           "benefit-sharing agreement, under which the providing institution receives no less than 50 % of net income. "
           "Institutions that breach these Measures may not transfer samples for three years. These Measures were adopted "
           "by the ANSO Executive Committee on 14 January 2026 and take effect on 1 March 2026.",
     "第十二条　利用转移样品取得的成果须标注提供方机构，并在首篇论文中为提供方至少一名研究人员提供共同署名机会。任何商业利用须"
     "另行签订惠益分享协议，提供方机构获得的净收益不低于50%。违反本办法的机构，三年内不得转移样品。本办法于2026年1月14日经联盟"
     "执行委员会通过，自2026年3月1日起施行。", [
        ("en", "en", "paraphrase", True, "Commercial use of transferred samples needs a separate benefit-sharing agreement giving the providing institution at least half of the net income."),
        ("zh", "zh", "paraphrase", True, "违反本办法的机构在三年内不得转移样品。"),
        ("en", "zh", "date_format", True, "The Measures were adopted by the ANSO Executive Committee on 14 Jan. 2026 and take effect on 2026-03-01."),
        ("zh", "en", "number_format", True, "商业利用时，提供方机构获得的净收益不低于百分之五十。"),
        ("en", "en", "year", False, "These Measures take effect on 1 March 2027."),
        ("zh", "en", "negation", False, "提供方机构的研究人员不得在首篇论文中署名。"),
        ("zh", "zh", "name", False, "本办法经联盟理事会通过，自2026年3月1日起施行。"),
        ("zh", "en", "other_paragraph", False, "任何一批采集样品运出原产国的部分不得超过30%。"),
    ]),
    ("n7", "Report of the jury of the 2026 ANSO Citizen Science Prize. The jury met in Hangzhou on Tuesday 8 September 2026 "
           "to consider 41 nominations from 17 countries. It was chaired by Professor Ana María Rojas, Vice-Rector for "
           "Research of the University of Chile. The other six jurors were Dr. Kwame Boateng, President of the Ghana Science "
           "Association; Professor Guo Mingyuan, Dean of the School of Earth Sciences of Zhejiang University; Dr. Ayesha "
           "Siddiqui, Deputy Director of the Pakistan Museum of Natural History; Professor Tomáš Novák of Charles "
           "University; Ms. Sofia Lindqvist, Head of Outreach at the Swedish Museum of Natural History; and Dr. Bounmy "
           "Phommachanh of the National University of Laos. Professor Guo did not vote on the nomination from Zhejiang, "
           "because one of its members is his former student.", "", [
        ("zh", "en", "translation", True, "评审委员会由智利大学主管科研的副校长安娜·玛丽亚·罗哈斯教授担任主席。"),
        ("zh", "en", "respectively", True, "夸梅·博滕博士和阿伊莎·西迪基博士分别担任加纳科学协会会长和巴基斯坦自然历史博物馆副馆长。"),
        ("en", "en", "reorder", True, "Because one member of the Zhejiang nomination is his former student, Professor Guo did not vote on it."),
        ("zh", "en", "date_format", True, "评审委员会于2026年9月8日（周二）在杭州开会。"),
        ("zh", "en", "post", False, "郭明远教授是浙江大学地球科学学院副院长。"),
        ("zh", "en", "affiliation", False, "捷克科学院的托马什·诺瓦克教授是评审委员之一。"),
        ("zh", "en", "number", False, "评审委员会共审议了来自17个国家的14项提名。"),
        ("en", "en", "relation", False, "Professor Guo did not vote on the Zhejiang nomination because one of its members was his doctoral supervisor."),
        ("zh", "en", "name", False, "评审委员会于2026年9月8日在苏州开会。"),
    ]),
    ("n8", "After two rounds of voting, the jury awarded the prize, worth USD 30,000, to the Mekong Fish Watch project of Can "
           "Tho University, Viet Nam, in which 2,300 fishers report their catches by phone. In the final round it beat the "
           "Nairobi Air Quality Kids project by five votes to two. Honourable mentions went to the Andean Bird Count of Peru "
           "and to the Zhejiang Coastal Trash Survey, the latter by four votes to two, Professor Guo not taking part. The "
           "prize will be presented at the ANSO General Assembly in Beijing on 4 November 2026. The jury recommended that "
           "from 2027 the prize be split into a youth category and an open category.", "", [
        ("en", "en", "summary", True, "The 2026 prize went to Mekong Fish Watch of Can Tho University."),
        ("zh", "en", "number_format", True, "在湄公河鱼类观察项目中，有两千三百名渔民通过手机报告渔获。"),
        ("zh", "en", "reorder", True, "芹苴大学的湄公河鱼类观察项目在最后一轮投票中以五比二击败了内罗毕空气质量儿童项目。"),
        ("en", "en", "number_format", True, "The prize is worth thirty thousand US dollars."),
        ("zh", "en", "summary", True, "评审委员会建议自2027年起将该奖分为青年组和公开组。"),
        ("en", "en", "relation", False, "In the final round the Nairobi Air Quality Kids project beat Mekong Fish Watch by five votes to two."),
        ("zh", "en", "unit", False, "该奖奖金为3万元人民币。"),
        ("zh", "en", "date", False, "该奖将于2026年11月14日在北京举行的联盟大会上颁发。"),
        ("en", "en", "negation", False, "The jury gave no honourable mentions this year."),
        ("zh", "en", "quantifier", False, "评审委员会全票将该奖授予湄公河鱼类观察项目。"),
    ]),
    ("n9", "The China–Argentina Workshop on Radio Astronomy Instrumentation was held at the National University of San Juan, "
           "Argentina, from Monday 23 to Thursday 26 March 2026. It was organised by the Xinjiang Astronomical Observatory "
           "of the Chinese Academy of Sciences and the National University of San Juan with support from ANSO. Of its 68 "
           "participants, 31 came from Argentina and 27 from China; the other ten came from Chile (6), Brazil (3) and "
           "Uruguay (1). The workshop was opened by Dr. Pablo Gutiérrez, Rector of the National University of San Juan, "
           "and Professor Ma Jianguo, Director of the Xinjiang Astronomical Observatory.",
     "2026年3月23日（星期一）至26日（星期四），中国—阿根廷射电天文仪器研讨会在阿根廷圣胡安国立大学举行。研讨会由中国科学院新疆"
     "天文台和圣胡安国立大学在联盟支持下共同主办。68名参会者中，阿根廷31名、中国27名，其余10名分别来自智利（6名）、巴西（3名）"
     "和乌拉圭（1名）。圣胡安国立大学校长巴勃罗·古铁雷斯博士和新疆天文台台长马建国研究员为研讨会致开幕辞。", [
        ("en", "en", "paraphrase", True, "The workshop, held at the National University of San Juan from 23 to 26 March 2026, was organised by the Xinjiang Astronomical Observatory and the university with ANSO's support."),
        ("zh", "zh", "respectively", True, "68名参会者中，来自阿根廷和中国的分别为31名和27名。"),
        ("en", "zh", "translation", True, "The other ten participants came from Chile (6), Brazil (3) and Uruguay (1)."),
        ("zh", "en", "date_format", True, "研讨会于2026-03-23至2026-03-26在圣胡安国立大学举行。"),
        ("en", "zh", "reorder", True, "Professor Ma Jianguo, Director of the Xinjiang Astronomical Observatory, and Dr. Pablo Gutiérrez, Rector of the National University of San Juan, opened the workshop."),
        ("en", "en", "number", False, "Of the 68 participants, 31 came from Argentina and 21 from China."),
        ("en", "zh", "relation", False, "Of the 68 participants, 27 came from Argentina and 31 from China."),
        ("en", "zh", "affiliation", False, "The workshop was opened by Dr. Pablo Gutiérrez, Rector of the National University of Cuyo, and Professor Ma Jianguo."),
        ("zh", "en", "year", False, "中国—阿根廷射电天文仪器研讨会于2025年3月23日至26日举行。"),
    ]),
    ("n10", "Over the four days, 22 talks covered receiver design, digital back-ends and radio-frequency interference at the "
            "site of the planned 40-metre telescope at El Leoncito. The two sides agreed to set up a joint laboratory for "
            "cryogenic receivers in San Juan, for which the Chinese side will provide the test equipment and the Argentine "
            "side the building and two technicians. Eight Argentine engineers will spend three months at the Xinjiang "
            "Astronomical Observatory in Urumqi in 2027. The next workshop will be held in Urumqi in September 2027 and will "
            "be chaired by the Chinese side.", "", [
        ("zh", "en", "respectively", True, "对于在圣胡安共建的低温接收机联合实验室，中方和阿方分别提供测试设备以及实验楼和两名技术人员。"),
        ("en", "en", "summary", True, "The two sides agreed to set up a joint cryogenic-receiver laboratory in San Juan."),
        ("en", "en", "unit", False, "The talks covered radio-frequency interference at the site of the planned 40-foot telescope at El Leoncito."),
        ("zh", "en", "added", False, "八名阿根廷工程师将于2027年赴乌鲁木齐新疆天文台工作三个月，费用由阿根廷科技部承担。"),
    ]),
]


# --- the tenth held-out split (units p*): written blind by a helper who had not read the checker nor run it, on five
# more new staff-style documents on topics no earlier unit used, in unit order so that the automatic "other_paragraph"
# item of a unit mostly comes from the next paragraph of the same document: an annual report of a desert-ecology
# station with rainfall, sandstorm days and seedling survival by year (p1 en/zh, p2 en only: visitors, problems and
# plans have no Chinese version), a Chinese-only 培训班通知 on aerosol observation (p3-p4: 培训对象、名额、费用、报名截止、
# 联系人), zh/en measures on handling hazardous laboratory waste (p5-p6), a seed-bank exchange agreement between Kunming
# and Sri Lanka (p7 en/zh, p8 zh only: ownership, costs, training and renewal have no English version) and an English
# summary of a tropical-cyclone symposium naming its speakers, their posts and institutions and its votes (p9-p10, en
# only). Chinese names are given in pinyin in English sentences about Chinese-only sources and in characters in Chinese
# sentences about English-only ones. Kinds as in the ninth held-out split.
HELDOUT10 = [
    ("p1", "The Ejina Desert Ecology Station, run by the Northwest Institute of Eco-Environment and Resources of the Chinese "
           "Academy of Sciences, recorded 31.6 millimetres of rain in 2025, against 42.3 millimetres in 2024 and 27.8 "
           "millimetres in 2023. The number of days with sandstorms fell from 19 in 2023 to 14 in 2024 and 11 in 2025. In the "
           "station's 120-hectare restoration plot, the survival rate of planted Haloxylon ammodendron seedlings was 64 % in "
           "2025, up from 52 % in 2024. The station is headed by Professor Ma Wenjun, with Dr. Gulnara Seitkali of the "
           "Institute of Botany and Phytointroduction in Almaty as guest scientist.",
     "中国科学院西北生态环境资源研究院额济纳荒漠生态站2025年降水量为31.6毫米，2024年和2023年分别为42.3毫米和27.8毫米。沙尘暴"
     "日数由2023年的19天降至2024年的14天和2025年的11天。在站区120公顷的恢复样地中，2025年栽植梭梭幼苗的成活率为64%，高于2024年"
     "的52%。生态站站长为马文军研究员，阿拉木图植物与植物引种研究所的古尔纳拉·塞特卡利博士任客座科学家。", [
        ("en", "en", "paraphrase", True, "The station's restoration plot covers 120 hectares, and 64 % of the Haloxylon ammodendron seedlings planted there survived in 2025, compared with 52 % in 2024."),
        ("zh", "en", "respectively", True, "2023年、2024年和2025年，额济纳荒漠生态站的降水量分别为27.8毫米、42.3毫米和31.6毫米。"),
        ("en", "zh", "number_format", True, "Sandstorm days at the station fell from nineteen in 2023 to fourteen in 2024 and eleven in 2025."),
        ("zh", "zh", "summary", True, "额济纳荒漠生态站的沙尘暴日数连续两年减少。"),
        ("en", "zh", "relation", False, "The station recorded 42.3 millimetres of rain in 2025, against 31.6 millimetres in 2024."),
        ("zh", "en", "affiliation", False, "阿拉木图哈萨克国立大学的古尔纳拉·塞特卡利博士任生态站客座科学家。"),
        ("en", "en", "post", False, "The station's deputy head is Professor Ma Wenjun."),
        ("en", "en", "unit", False, "The Ejina Desert Ecology Station recorded 31.6 centimetres of rain in 2025."),
    ]),
    ("p2", "In 2025 the station hosted 37 visiting researchers from eight countries, 9 of them from Kazakhstan and 6 from "
           "Mongolia, and ran a two-week field course for 24 students in August. Groundwater at the station's monitoring "
           "well fell by 0.4 metres during the year, the third decline in a row, and two of the five eddy-covariance towers "
           "were out of service from May to July after a sandstorm damaged their sensors. For 2026 the station plans to add "
           "30 hectares to the restoration plot, replace the damaged sensors by April, and start a joint drought experiment "
           "with the Mongolian University of Life Sciences. Its operating budget for 2026 is CNY 2.8 million, CNY 0.3 million "
           "more than in 2025.", "", [
        ("en", "en", "paraphrase", True, "In 2026 the station plans to start a joint drought experiment with the Mongolian University of Life Sciences and to add 30 hectares to its restoration plot."),
        ("zh", "en", "number_format", True, "2025年，生态站共接待了来自八个国家的三十七名来访研究人员。"),
        ("zh", "en", "translation", True, "2026年生态站的运行经费为280万元人民币，比2025年多30万元。"),
        ("en", "en", "reorder", True, "After a sandstorm damaged their sensors, two of the station's five eddy-covariance towers were out of service from May to July."),
        ("zh", "en", "quantifier", False, "沙尘暴损坏了传感器，生态站的五座涡度相关通量塔从5月到7月全部停止运行。"),
        ("en", "en", "number", False, "Groundwater at the station's monitoring well fell by 0.6 metres during the year, the third decline in a row."),
        ("zh", "en", "negation", False, "2025年，生态站监测井的地下水位没有继续下降。"),
        ("en", "en", "relation", False, "The station hosted 37 visiting researchers in 2025, 6 of them from Kazakhstan and 9 from Mongolia."),
    ]),
    ("p3", "", "关于举办2026年联盟大气气溶胶观测与分析技术培训班的通知。各成员单位：为提升联盟成员国大气环境监测能力，联盟秘书处委托"
               "中国科学院大气物理研究所于2026年6月8日（星期一）至19日（星期五）在北京举办大气气溶胶观测与分析技术培训班，现将有关"
               "事项通知如下。培训对象为联盟成员单位从事大气环境研究或监测工作的科研人员和技术人员，年龄不超过45周岁，须能以英语进行"
               "学术交流。培训班计划招收学员30名，其中中国以外成员国学员不少于20名。培训内容包括气溶胶光学观测、化学组分分析、激光雷达"
               "数据处理和大气化学模式应用，其中实践课程不少于40学时。", [
        ("zh", "zh", "paraphrase", True, "培训班计划招收30名学员，来自中国以外成员国的学员至少20名。"),
        ("en", "zh", "date_format", True, "The training course will be held in Beijing from Monday, 8 June to Friday, 19 June 2026."),
        ("en", "zh", "translation", True, "Applicants must be no older than 45 and able to communicate academically in English."),
        ("zh", "zh", "summary", True, "联盟秘书处委托大气物理研究所在北京举办气溶胶观测与分析技术培训班。"),
        ("en", "zh", "quantifier", False, "At most 20 of the 30 trainees will come from member countries other than China."),
        ("zh", "zh", "number", False, "培训内容中实践课程不少于30学时。"),
        ("en", "zh", "added", False, "The course covers aerosol optical observation, chemical composition analysis, lidar data processing and atmospheric chemistry models, and ends with a field trip to the Xianghe observatory."),
        ("zh", "zh", "name", False, "联盟秘书处委托中国科学院大气物理研究所于2026年6月在南京举办该培训班。"),
    ]),
    ("p4", "", "培训班不收取培训费。中国以外成员国学员的国际往返机票和培训期间食宿由秘书处承担，中国学员的差旅费由所在单位承担。报名"
               "截止日期为2026年4月24日（星期五），申请人须通过联盟培训管理系统提交报名表、个人简历和所在单位推荐信，录取结果将于5月15日"
               "前通过电子邮件通知。结业考核合格的学员将获得联盟和大气物理研究所联合颁发的结业证书。联系人：大气物理研究所国际合作处"
               "副处长冯晓岚、项目助理萨拉·汗，电话：010-8299 5131，邮箱：aerosol-training@anso.example.org。联盟秘书处　2026年3月16日", [
        ("zh", "zh", "reorder", True, "中国学员的差旅费由所在单位承担，中国以外成员国学员的国际往返机票和培训期间食宿则由秘书处承担。"),
        ("zh", "zh", "date_format", True, "报名截止日期为2026年4月24日（周五）。"),
        ("en", "zh", "respectively", True, "The contacts are Feng Xiaolan and Sara Khan, respectively Deputy Director of the International Cooperation Division of the Institute of Atmospheric Physics and programme assistant."),
        ("en", "zh", "summary", True, "Trainees pay no training fee."),
        ("en", "zh", "date", False, "Admission results will be sent by e-mail before 25 May."),
        ("en", "zh", "post", False, "One of the contacts is Feng Xiaolan, Director of the International Cooperation Division of the Institute of Atmospheric Physics."),
        ("zh", "zh", "negation", False, "申请人通过联盟培训管理系统提交报名表和个人简历即可，无需提交所在单位推荐信。"),
        ("en", "zh", "name", False, "Trainees who pass the final assessment receive a certificate issued jointly by ANSO and the Institute of Geographic Sciences and Natural Resources Research."),
        ("en", "zh", "other_paragraph", False, "The course will admit 30 trainees, at least 20 of them from member countries other than China."),
    ]),
    ("p5", "Article 5. Hazardous laboratory waste must be sorted at the point where it is produced into five classes: chemical "
           "waste, biological waste, sharps, radioactive waste and waste containing mercury. Each container must carry a label "
           "giving the class of waste, its main components, the laboratory and the date on which the container was started. "
           "Liquid chemical waste may fill no more than three quarters of a container, and incompatible wastes such as acids "
           "and cyanides must never be put in the same container. Waste may be stored in a laboratory for no longer than 90 "
           "days, and no laboratory may keep more than 200 litres of liquid waste at any time.",
     "第五条　实验室危险废物须在产生地点按化学废物、生物废物、锐器、放射性废物和含汞废物五类分类收集。每个容器须贴有标签，注明废物"
     "类别、主要成分、所属实验室和开始使用日期。液体化学废物的装载量不得超过容器容积的四分之三，酸类与氰化物等不相容的废物严禁混装"
     "在同一容器内。废物在实验室内的存放时间不得超过90天，任何时候每个实验室存放的液体废物不得超过200升。", [
        ("zh", "zh", "paraphrase", True, "酸类和氰化物等互不相容的废物绝不能装入同一个容器。"),
        ("zh", "en", "translation", True, "每个容器的标签须注明废物类别、主要成分、所属实验室以及容器开始使用的日期。"),
        ("en", "zh", "number_format", True, "No laboratory may keep more than two hundred litres of liquid waste at any time."),
        ("en", "en", "number", False, "Waste may be stored in a laboratory for no longer than 60 days."),
        ("zh", "en", "quantifier", False, "液体化学废物的装载量不得少于容器容积的四分之三。"),
        ("en", "zh", "unit", False, "No laboratory may keep more than 200 kilograms of liquid waste at any time."),
        ("zh", "zh", "added", False, "实验室危险废物须在产生地点分五类收集，其中放射性废物须单独存放在铅屏蔽柜中。"),
    ]),
    ("p6", "Article 8. The Safety Office of each institute collects hazardous waste from the laboratories every two weeks and "
           "hands it over to a licensed disposal company, which must issue a transfer manifest for each batch; manifests are "
           "kept for five years. Every person who works in a laboratory must complete four hours of training in waste "
           "handling before starting work and a one-hour refresher each year. A laboratory found to have poured hazardous "
           "waste down the drain will be suspended for at least 30 days, and the case will be reported to the director of the "
           "institute. These Measures were adopted by the ANSO Secretariat on 12 March 2026 and take effect on 1 June 2026.",
     "第八条　各研究所安全办公室每两周从各实验室收集一次危险废物，交由有资质的处置单位处置，处置单位须为每批废物出具转移联单；转移"
     "联单保存五年。所有实验室工作人员上岗前须完成4学时的废物处理培训，此后每年参加1学时的复训。实验室被发现将危险废物倒入下水道"
     "的，暂停使用至少30天，并报告所在研究所所长。本办法经联盟秘书处2026年3月12日审议通过，自2026年6月1日起施行。", [
        ("en", "en", "summary", True, "Everyone working in a laboratory must be trained in waste handling before starting work."),
        ("zh", "zh", "paraphrase", True, "处置单位须为每批危险废物出具转移联单，转移联单须保存五年。"),
        ("en", "zh", "date_format", True, "The Measures were adopted on 2026-03-12 and take effect on 2026-06-01."),
        ("zh", "en", "reorder", True, "实验室工作人员每年须参加1学时的复训，且上岗前须完成4学时的废物处理培训。"),
        ("en", "en", "respectively", True, "The initial training before starting work and the yearly refresher last four hours and one hour respectively."),
        ("zh", "en", "year", False, "本办法自2027年6月1日起施行。"),
        ("en", "en", "date", False, "These Measures were adopted by the ANSO Secretariat on 21 March 2026."),
    ]),
    ("p7", "On Tuesday 10 February 2026, the Germplasm Bank of Wild Species at the Kunming Institute of Botany of the Chinese "
           "Academy of Sciences and the Plant Genetic Resources Centre of Sri Lanka signed a five-year agreement on the "
           "exchange of seed collections. The agreement was signed in Colombo by Professor Yang Xiuping, Director of the "
           "Germplasm Bank, and Dr. Chaminda Perera, Director-General of the Centre, in the presence of Sri Lanka's Minister "
           "of Agriculture. Under the agreement, the Sri Lankan centre will send safety duplicates of 300 wild species a year "
           "to Kunming, and the Kunming bank will send seeds of 120 crop wild relatives a year to the Centre, with at least "
           "500 seeds in each sample.",
     "2026年2月10日（星期二），中国科学院昆明植物研究所中国西南野生生物种质资源库与斯里兰卡植物遗传资源中心签署为期五年的种子交换"
     "协议。协议由种质资源库主任杨秀萍研究员与该中心总干事查明达·佩雷拉博士在科伦坡签署，斯里兰卡农业部长出席签字仪式。根据协议，"
     "斯方中心每年向昆明寄送300种野生植物的安全备份种子，昆明种质资源库每年向斯方中心寄送120种作物野生近缘种的种子，每份样品不少于"
     "500粒。", [
        ("en", "en", "paraphrase", True, "The five-year seed exchange agreement was signed in Colombo in the presence of Sri Lanka's Minister of Agriculture."),
        ("zh", "zh", "respectively", True, "协议由种质资源库主任杨秀萍研究员和斯里兰卡植物遗传资源中心总干事查明达·佩雷拉博士分别代表双方签署。"),
        ("zh", "en", "date_format", True, "双方于2026年2月10日（星期二）签署了为期五年的种子交换协议。"),
        ("en", "zh", "translation", True, "Each sample must contain at least 500 seeds."),
        ("zh", "en", "relation", False, "根据协议，昆明种质资源库每年向斯里兰卡植物遗传资源中心寄送300种野生植物的安全备份种子。"),
        ("en", "zh", "number", False, "The Kunming bank will send seeds of 150 crop wild relatives a year to the Sri Lankan centre."),
        ("zh", "zh", "name", False, "种子交换协议于2026年2月10日在康提签署，斯里兰卡农业部长出席签字仪式。"),
        ("zh", "en", "date", False, "斯里兰卡植物遗传资源中心与昆明的种质资源库于2026年2月17日签署了种子交换协议。"),
    ]),
    ("p8", "", "备份种子的所有权仍归斯方所有，昆明方面未经斯方书面同意不得分发或用于研究。双方共同承担种子检测费用，其中昆明方面承担70%，"
               "斯方承担30%。昆明植物研究所每年接收斯方两名技术人员，进行为期三个月的种子干燥与发芽检测培训，首批人员于2026年9月抵达。"
               "协议期满后，如任何一方未在期满前六个月提出书面异议，协议自动续签五年。", [
        ("zh", "zh", "summary", True, "斯方寄存在昆明的备份种子所有权仍属斯方。"),
        ("en", "zh", "respectively", True, "The Kunming side and the Sri Lankan side will bear 70 % and 30 % of the seed-testing costs respectively."),
        ("en", "zh", "number_format", True, "Each year the Kunming Institute of Botany will train two Sri Lankan technicians for three months in seed drying and germination testing."),
        ("en", "zh", "reorder", True, "Unless either side objects in writing six months before it expires, the agreement renews automatically for another five years."),
        ("en", "zh", "negation", False, "The Kunming side may distribute the duplicate seeds without the Sri Lankan side's written consent."),
        ("zh", "zh", "year", False, "首批斯方技术人员将于2027年9月抵达昆明。"),
        ("en", "zh", "relation", False, "The Sri Lankan side will bear 70 % of the seed-testing costs and the Kunming side 30 %."),
    ]),
    ("p9", "Summary of the ANSO Symposium on Tropical Cyclone Forecasting, held at the Shanghai Typhoon Institute from "
           "Wednesday 21 to Friday 23 October 2026. The symposium brought together 146 participants from 17 countries, 38 of "
           "them early-career scientists. It was opened by Dr. Qian Yuming, Director of the Shanghai Typhoon Institute, and "
           "the keynote lecture was given by Professor Ana Reyes of the University of the Philippines Diliman. In the session "
           "on operational forecasting, Dr. Nguyen Van Hoa, Deputy Director-General of the Viet Nam Meteorological and "
           "Hydrological Administration, reported that the country's new ensemble system had cut the average 48-hour track "
           "error from 180 to 125 kilometres.", "", [
        ("en", "en", "summary", True, "The symposium drew 146 participants from 17 countries."),
        ("zh", "en", "date_format", True, "研讨会于2026年10月21日（周三）至23日（周五）在上海台风研究所举行。"),
        ("zh", "en", "translation", True, "上海台风研究所所长钱玉明博士致开幕辞，菲律宾大学迪利曼分校的安娜·雷耶斯教授作主旨报告。"),
        ("en", "en", "reorder", True, "According to Dr. Nguyen Van Hoa, Viet Nam's new ensemble system has reduced the average 48-hour track error to 125 kilometres, from 180 kilometres."),
        ("zh", "en", "post", False, "越南气象水文局局长阮文和博士在业务预报分会上作了报告。"),
        ("en", "en", "affiliation", False, "The keynote lecture was given by Professor Ana Reyes of Ateneo de Manila University."),
        ("zh", "en", "unit", False, "越南新的集合预报系统将48小时路径的平均误差从180英里降至125英里。"),
        ("en", "en", "quantifier", False, "More than half of the 146 participants were early-career scientists."),
        ("zh", "en", "other_paragraph", False, "最佳墙报奖授予河内科学大学的陈德明。"),
    ]),
    ("p10", "On the last day, participants voted on the symposium statement, which calls on ANSO members to share radar and "
            "buoy data within one hour of observation; it was adopted by 98 votes to 11, with 7 abstentions. A proposal from "
            "the Bangladesh Meteorological Department to set up a regional storm-surge working group was approved "
            "unanimously, and Dr. Farhana Karim of that department was chosen as its first convener. A second proposal, to "
            "hold the symposium every year instead of every two years, was rejected by 61 votes to 49. The best poster award "
            "went to Mr. Tran Duc Minh of Hanoi University of Science for his work on rapid intensification. The next "
            "symposium will be held in Dhaka in 2028.", "", [
        ("en", "en", "paraphrase", True, "The symposium statement, which asks ANSO members to share radar and buoy data within an hour of observation, was adopted by 98 votes to 11 with 7 abstentions."),
        ("zh", "en", "summary", True, "将研讨会改为每年举办一次的提议被否决，研讨会仍每两年举办一次。"),
        ("zh", "en", "number_format", True, "关于每年举办一次研讨会的提议以六十一票对四十九票被否决。"),
        ("en", "en", "number_format", True, "The statement was adopted with ninety-eight votes in favour, eleven against and seven abstentions."),
        ("zh", "en", "negation", False, "孟加拉国气象局提出的设立区域风暴潮工作组的提议未获通过。"),
        ("en", "en", "name", False, "The next symposium will be held in Chittagong in 2028."),
        ("zh", "en", "added", False, "最佳墙报奖授予河内科学大学的陈德明，以表彰他在台风快速增强方面的研究，奖金为1000美元。"),
        ("zh", "en", "affiliation", False, "风暴潮工作组的首任召集人由孟加拉国水资源开发局的法尔哈娜·卡里姆博士担任。"),
        ("en", "en", "year", False, "The next symposium will be held in Dhaka in 2027."),
    ]),
]


# --- the eleventh held-out split (units q*): written blind by a helper who had not read the checker nor run it, on five
# more new staff-style documents on topics no earlier unit used, in unit order so that the automatic "other_paragraph"
# item of a unit mostly comes from the next paragraph of the same document: a summary of a soil-carbon monitoring
# programme on the Mongolian Plateau with carbon stocks by year and by plot type (q1 en/zh, q2 en only: sampling,
# problems, plans and budget have no Chinese version), a Chinese-only 研讨会会议通知 on volcanic-hazard monitoring (q3-q4:
# 会议主题、规模、野外考察仅限条件、摘要截止、注册费、青年学者资助、联系人), zh/en rules on drone flight permits for fieldwork
# (q5-q6), a herbarium specimen-loan agreement between Guangzhou and Nairobi (q7 en/zh, q8 zh only: ownership, sampling,
# costs, staff exchange and return have no English version) and an English annual report of a mountain-hydrology
# network naming its officers, their posts and institutions and its votes (q9-q10, en only). Chinese names are given in
# pinyin in English sentences about Chinese-only sources and in characters in Chinese sentences about English-only ones.
# Kinds as in the tenth held-out split; "quantifier" here also covers a condition dropped (仅限 abstract submitters, only
# the fenced plots, each field season), "relation" values swapped between plot types, parties or candidates and a wrong
# direction (Guangzhou lending what Nairobi lends).
HELDOUT11 = [
    ("q1", "Summary of the 2025 results of the ANSO Soil Carbon Monitoring Programme in the Mongolian Plateau grasslands. "
           "The programme is coordinated by the Institute of Applied Ecology of the Chinese Academy of Sciences in Shenyang "
           "and the Institute of Geography and Geoecology of the Mongolian Academy of Sciences, and samples 48 permanent "
           "plots in Inner Mongolia and Mongolia every August. Mean soil organic carbon stock in the top 30 centimetres was "
           "41.7 tonnes per hectare in 2025, against 40.2 tonnes in 2024 and 39.5 tonnes in 2023. Between 2023 and 2025 the "
           "stock rose by 3.4 tonnes per hectare on the 18 fenced plots and by 1.4 tonnes on the 30 grazed plots. The "
           "programme is led by Professor Zhao Hongmei of the Institute of Applied Ecology, with Dr. Batbayar Tserendorj as "
           "coordinator on the Mongolian side.",
     "联盟蒙古高原草地土壤碳监测项目2025年结果摘要。项目由中国科学院沈阳应用生态研究所与蒙古科学院地理与地球生态研究所共同协调，"
     "每年8月对内蒙古和蒙古国的48个固定样地进行采样。2025年表层30厘米土壤有机碳平均储量为每公顷41.7吨，2024年和2023年分别为"
     "40.2吨和39.5吨。2023年至2025年，18个围封样地的碳储量每公顷增加3.4吨，30个放牧样地增加1.4吨。项目负责人为沈阳应用生态"
     "研究所赵红梅研究员，蒙方协调人为巴特巴雅尔·策仁道尔吉博士。", [
        ("en", "en", "paraphrase", True, "Every August the programme takes samples from 48 permanent plots in Inner Mongolia and Mongolia."),
        ("zh", "en", "respectively", True, "2023年、2024年和2025年，表层30厘米土壤有机碳的平均储量分别为每公顷39.5吨、40.2吨和41.7吨。"),
        ("en", "zh", "number_format", True, "Between 2023 and 2025 the carbon stock on the eighteen fenced plots rose by 3.4 tonnes per hectare."),
        ("zh", "zh", "summary", True, "2023年至2025年，表层土壤有机碳平均储量逐年增加。"),
        ("en", "zh", "relation", False, "Between 2023 and 2025 the stock rose by 1.4 tonnes per hectare on the fenced plots and by 3.4 tonnes on the grazed plots."),
        ("zh", "en", "affiliation", False, "项目负责人为中国科学院地理科学与资源研究所的赵红梅研究员。"),
        ("en", "en", "post", False, "The programme is led by Professor Zhao Hongmei, with Dr. Batbayar Tserendorj as deputy leader on the Mongolian side."),
        ("en", "en", "unit", False, "Mean soil organic carbon stock in the top 30 centimetres was 41.7 tonnes per acre in 2025."),
    ]),
    ("q2", "In 2025 the field teams took 24 soil cores from each plot, 1,152 in all, and the samples were analysed by dry "
           "combustion at the Shenyang laboratory. Eleven plots in Sükhbaatar province could not be sampled until "
           "mid-September, because heavy rain had made the tracks impassable, and after the 2025 sampling three plots were "
           "ploughed up for fodder crops; they will be replaced in 2026. From 2026 the programme will add 12 plots in "
           "Kazakhstan, run by the Kazakh Research Institute of Soil Science and Agrochemistry, and will measure soil "
           "respiration on the fenced plots every month from May to September. The 2026 budget is USD 410,000, of which "
           "ANSO provides 60 % and the two academies the rest.", "", [
        ("en", "en", "paraphrase", True, "The field teams took 24 soil cores from each plot in 2025, and the Shenyang laboratory analysed them by dry combustion."),
        ("zh", "en", "number_format", True, "2025年，野外小组从每个样地采集二十四个土壤样芯，共计1152个。"),
        ("zh", "en", "translation", True, "2026年项目预算为41万美元，其中60%由联盟提供，其余由两国科学院承担。"),
        ("en", "en", "reorder", True, "Because heavy rain had made the tracks impassable, eleven plots in Sükhbaatar province could not be sampled until mid-September."),
        ("zh", "en", "quantifier", False, "从2026年起，项目将在每年5月至9月逐月测定全部样地的土壤呼吸。"),
        ("en", "en", "number", False, "From 2026 the programme will add 15 plots in Kazakhstan, run by the Kazakh Research Institute of Soil Science and Agrochemistry."),
        ("zh", "en", "negation", False, "2025年采样后被开垦种植饲料作物的三个样地，2026年将不再补设。"),
        ("en", "en", "relation", False, "The 2026 budget is USD 410,000, of which the two academies provide 60 % and ANSO the rest."),
    ]),
    ("q3", "", "关于召开2027年联盟火山灾害监测与风险评估国际研讨会的通知。各成员单位：为推动联盟成员国在火山监测预警和灾害风险评估领域"
               "的交流与合作，联盟秘书处与中国科学院地质与地球物理研究所定于2027年4月20日（星期二）至22日（星期四）在云南省腾冲市联合"
               "召开火山灾害监测与风险评估国际研讨会，4月19日全天报到。会议主题包括火山地震与形变监测、火山气体观测、火山灰扩散模拟和"
               "火山灾害风险区划，工作语言为英语。会议拟邀请约120名代表参加，其中特邀报告12个。会后安排一天赴腾冲火山群开展野外考察，"
               "仅限已提交论文摘要的代表参加。", [
        ("zh", "zh", "paraphrase", True, "这次研讨会由联盟秘书处和中国科学院地质与地球物理研究所联合召开，会议以英语为工作语言。"),
        ("en", "zh", "date_format", True, "The symposium will be held in Tengchong, Yunnan, from Tuesday, 20 April to Thursday, 22 April 2027, with registration on 19 April."),
        ("en", "zh", "translation", True, "About 120 delegates are to be invited, and there will be 12 invited talks."),
        ("zh", "zh", "summary", True, "联盟将于2027年4月在云南腾冲召开火山灾害监测与风险评估国际研讨会。"),
        ("en", "zh", "quantifier", False, "After the symposium, delegates can join a one-day field trip to the Tengchong volcanic field."),
        ("zh", "zh", "number", False, "会议拟邀请约120名代表参加，其中特邀报告15个。"),
        ("en", "zh", "added", False, "Topics include volcano seismicity and deformation monitoring, volcanic gas observation, ash dispersal modelling and hazard zoning, as well as lessons from the 2022 Hunga Tonga eruption."),
        ("zh", "zh", "name", False, "研讨会将于2027年4月20日至22日在云南省大理市召开。"),
    ]),
    ("q4", "", "论文摘要须于2027年2月26日（星期五）前通过会议网站提交，篇幅不超过500字，录用结果将于3月19日前通知。会议注册费为1500元"
               "人民币，学生代表减半；联盟成员单位代表免交注册费。会议为来自发展中成员国的20名青年学者提供全额资助，包括国际旅费和会议"
               "期间食宿，申请人须在40周岁以下且已提交论文摘要。联系人：地质与地球物理研究所科技处副处长孙立群，电话：010-8299 8310；"
               "联盟秘书处项目官员玛丽亚·桑托斯，邮箱：volcano2027@anso.example.org。联盟秘书处　2026年11月20日", [
        ("zh", "zh", "reorder", True, "联盟成员单位代表免交注册费，其他代表的注册费为1500元人民币，学生代表减半。"),
        ("zh", "zh", "date_format", True, "论文摘要须在2027年2月26日（周五）前提交，篇幅不超过五百字。"),
        ("en", "zh", "respectively", True, "The contacts are Sun Liqun and Maria Santos, respectively Deputy Director of the Science and Technology Office of the Institute of Geology and Geophysics and programme officer at the ANSO Secretariat."),
        ("en", "zh", "summary", True, "Twenty young scholars from developing member countries will be fully funded to attend."),
        ("en", "zh", "date", False, "Authors will be told by 29 March whether their abstracts have been accepted."),
        ("en", "zh", "post", False, "One of the contacts is Sun Liqun, Director of the Science and Technology Office of the Institute of Geology and Geophysics."),
        ("zh", "zh", "negation", False, "申请全额资助的青年学者须在40周岁以下，无需提交论文摘要。"),
        ("en", "zh", "unit", False, "The registration fee is USD 1,500, and students pay half."),
        ("en", "zh", "other_paragraph", False, "The working language of the symposium is English."),
    ]),
    ("q5", "Article 4. Researchers in ANSO-funded projects who use drones in fieldwork must obtain a flight permit from the "
           "civil aviation authority of the host country before each field season. The application is submitted by the host "
           "institution at least 30 days before the first flight and must give the aircraft's registration number, the "
           "pilot's licence, the flight area and the planned altitude. Drones with a take-off weight of more than 25 "
           "kilograms, and flights within 5 kilometres of an airport or over a nature reserve, need in addition the written "
           "consent of the host institution's safety officer. Flights are allowed only in daylight and only within the "
           "pilot's line of sight.",
     "第四条　联盟资助项目的研究人员在野外工作中使用无人机的，须在每个野外季开始前取得所在国民航主管部门颁发的飞行许可。申请由东道"
     "机构在首次飞行前至少30天提交，并须写明航空器登记号、驾驶员执照、飞行区域和计划飞行高度。起飞重量超过25千克的无人机，以及在"
     "机场5公里范围内或自然保护区上空的飞行，还须取得东道机构安全官的书面同意。飞行仅限于白天，且须在驾驶员视距范围内进行。", [
        ("zh", "zh", "paraphrase", True, "无人机只能在白天飞行，并且不得超出驾驶员的视距范围。"),
        ("zh", "en", "translation", True, "申请由东道机构在首次飞行前至少30天提交，须写明航空器登记号、驾驶员执照、飞行区域和计划飞行高度。"),
        ("en", "zh", "number_format", True, "The host institution must submit the application at least thirty days before the first flight."),
        ("en", "zh", "translation", True, "Flights over a nature reserve or within 5 kilometres of an airport, and drones with a take-off weight of more than 25 kilograms, also need the written consent of the host institution's safety officer."),
        ("zh", "en", "quantifier", False, "研究人员只需在首个野外季开始前向所在国民航主管部门取得一次飞行许可。"),
        ("zh", "zh", "added", False, "研究人员须在每个野外季开始前取得所在国民航主管部门颁发的飞行许可，许可有效期为一年。"),
    ]),
    ("q6", "Article 9. After each flight day the pilot records the flight times, the areas flown and any incidents in the "
           "project's flight log, which the project leader keeps for three years. Any crash, loss of an aircraft or injury "
           "must be reported to the host institution within 24 hours and to the ANSO Secretariat within 7 days. Images "
           "that show people, military sites or border areas may not be published or shared outside the project without "
           "the approval of the host institution. A project found flying without a valid permit loses its field funding "
           "for the current year. These Rules were approved by the ANSO Executive Committee on 18 September 2026 and apply "
           "from 1 January 2027.",
     "第九条　每个飞行日结束后，驾驶员须在项目飞行日志中记录飞行时间、飞行区域及任何异常情况，飞行日志由项目负责人保存三年。发生"
     "坠机、航空器丢失或人员受伤的，须在24小时内报告东道机构，并在7天内报告联盟秘书处。拍摄到人员、军事设施或边境地区的影像，未经"
     "东道机构批准不得发表或在项目以外共享。被发现无有效许可飞行的项目，将被取消当年的野外工作经费。本规则于2026年9月18日经联盟"
     "执行委员会批准，自2027年1月1日起施行。", [
        ("en", "en", "summary", True, "Flying without a valid permit costs a project its field funding for the current year."),
        ("zh", "zh", "paraphrase", True, "驾驶员须在每个飞行日结束后把飞行时间、区域和异常情况记入飞行日志，日志由项目负责人保存三年。"),
        ("en", "zh", "date_format", True, "The Rules were approved by the ANSO Executive Committee on Sept. 18, 2026 and apply from 2027-01-01."),
        ("zh", "en", "reorder", True, "发生坠机、航空器丢失或人员受伤时，须在7天内报告联盟秘书处，并在24小时内报告东道机构。"),
        ("en", "en", "respectively", True, "A crash, a lost aircraft or an injury must be reported to the host institution and to the ANSO Secretariat within 24 hours and 7 days respectively."),
        ("zh", "en", "year", False, "本规则自2028年1月1日起施行。"),
        ("en", "en", "date", False, "These Rules were approved by the ANSO Executive Committee on 8 September 2026."),
        ("en", "zh", "negation", False, "Images showing people or border areas may be shared outside the project without the host institution's approval."),
    ]),
    ("q7", "On Thursday 15 October 2026, the Herbarium of the South China Botanical Garden of the Chinese Academy of Sciences "
           "and the East African Herbarium of the National Museums of Kenya signed a three-year agreement on the loan of "
           "plant specimens. The agreement was signed in Nairobi by Professor Huang Liqin, Curator of the South China "
           "Botanical Garden Herbarium, and Dr. Grace Wanjiru, Head of the East African Herbarium, in the presence of the "
           "Chinese ambassador to Kenya. Under the agreement the Kenyan herbarium will lend up to 400 specimens of East "
           "African Rubiaceae a year to Guangzhou for taxonomic study, and the Guangzhou herbarium will lend up to 250 "
           "specimens of Asian Acanthaceae a year to Nairobi. Each loan may be kept for no more than 18 months.",
     "2026年10月15日（星期四），中国科学院华南植物园标本馆与肯尼亚国家博物馆东非植物标本馆签署为期三年的植物标本借用协议。协议由"
     "华南植物园标本馆馆长黄丽琴研究员与东非植物标本馆主任格蕾丝·万吉鲁博士在内罗毕签署，中国驻肯尼亚大使出席签字仪式。根据协议，"
     "肯方标本馆每年向广州借出至多400份东非茜草科标本用于分类学研究，广州方面每年向内罗毕借出至多250份亚洲爵床科标本。每批借出"
     "标本的借用期限不超过18个月。", [
        ("en", "en", "paraphrase", True, "The three-year specimen-loan agreement was signed in Nairobi in the presence of the Chinese ambassador to Kenya."),
        ("zh", "zh", "respectively", True, "协议由华南植物园标本馆馆长黄丽琴研究员和东非植物标本馆主任格蕾丝·万吉鲁博士分别代表双方签署。"),
        ("zh", "en", "date_format", True, "双方于2026年10月15日（周四）签署了为期三年的植物标本借用协议。"),
        ("en", "zh", "translation", True, "Each loan may be kept for no more than 18 months."),
        ("zh", "en", "relation", False, "根据协议，广州方面每年向内罗毕借出至多400份东非茜草科标本用于分类学研究。"),
        ("en", "zh", "name", False, "The agreement was signed in Mombasa by Professor Huang Liqin and Dr. Grace Wanjiru, in the presence of the Chinese ambassador to Kenya."),
        ("zh", "zh", "quantifier", False, "根据协议，肯方标本馆每年向广州借出至少400份东非茜草科标本。"),
        ("en", "zh", "affiliation", False, "The agreement was signed by Professor Huang Liqin, Curator of the Herbarium of the Kunming Institute of Botany, and Dr. Grace Wanjiru."),
    ]),
    ("q8", "", "借用标本的所有权仍归出借方所有。借用方不得对标本进行破坏性取样；确需提取DNA的，须事先取得出借方书面同意，且每份标本取样"
               "不超过叶片面积的5%。标本的往返运输费用由借用方承担，运输保险由出借方办理。双方每年互派一名标本管理人员，进行为期两个月"
               "的标本制作与数字化培训，首次互派安排在2027年3月。协议期满后未续签的，所有在借标本须于期满后六个月内归还。", [
        ("zh", "zh", "summary", True, "借用标本的所有权仍属于出借方。"),
        ("en", "zh", "reorder", True, "The lending side arranges the insurance for shipping, while the borrowing side pays for shipping the specimens both ways."),
        ("en", "zh", "number_format", True, "Each year the two sides will exchange one collections manager for two months of training in specimen preparation and digitisation."),
        ("en", "zh", "negation", False, "The borrower may take DNA samples from loaned specimens without the lender's written consent."),
        ("zh", "zh", "year", False, "双方首次互派标本管理人员安排在2028年3月。"),
        ("en", "zh", "relation", False, "The lending side pays for shipping the specimens both ways, and the borrowing side arranges the insurance."),
        ("en", "zh", "added", False, "If the agreement is not renewed, all specimens on loan must be returned within six months of its expiry, together with copies of any images made of them."),
    ]),
    ("q9", "Annual report 2026 of the ANSO Mountain Hydrology Network. The network now links 23 river-gauging and "
           "snow-monitoring stations in seven countries, three more than in 2025; the new stations are in the Talas basin "
           "of Kyrgyzstan, the Upper Indus of Pakistan and the Karnali basin of Nepal. Its annual meeting was held in "
           "Bishkek on Monday 7 and Tuesday 8 September 2026 and was chaired by Professor Aigul Sadykova, Director of the "
           "Central Asian Institute for Applied Geosciences, who has chaired the network since 2024. The network's "
           "secretariat is hosted by the Institute of Tibetan Plateau Research of the Chinese Academy of Sciences, whose "
           "Deputy Director, Professor Li Zhenhua, serves as its executive secretary.", "", [
        ("en", "en", "summary", True, "The network now has 23 stations in seven countries, three more than in 2025."),
        ("zh", "en", "date_format", True, "该网络年会于2026年9月7日（周一）至8日（周二）在比什凯克举行。"),
        ("zh", "en", "translation", True, "网络秘书处设在中国科学院青藏高原研究所，该所副所长李振华研究员担任网络执行秘书。"),
        ("en", "en", "reorder", True, "Chaired by Professor Aigul Sadykova, Director of the Central Asian Institute for Applied Geosciences, the annual meeting took place in Bishkek on 7 and 8 September 2026."),
        ("zh", "en", "post", False, "青藏高原研究所所长李振华研究员担任该网络的执行秘书。"),
        ("en", "en", "affiliation", False, "The annual meeting was chaired by Professor Aigul Sadykova of the Kyrgyz National University."),
        ("zh", "en", "name", False, "新增的三个站点分别位于吉尔吉斯斯坦塔拉斯河流域、巴基斯坦印度河上游和尼泊尔戈西河流域。"),
        ("en", "en", "year", False, "Professor Aigul Sadykova has chaired the network since 2023."),
        ("zh", "en", "number", False, "该网络目前连接七个国家的25个河流水文站和积雪监测站。"),
    ]),
    ("q10", "At the meeting, members voted on the network's data policy, under which daily discharge and snow-depth records "
            "are made public within 30 days of collection; it was adopted by 17 votes to 3, with one abstention. Dr. Tenzin "
            "Norbu of Nepal's Department of Hydrology and Meteorology was elected vice-chair for 2027–2028, defeating Dr. "
            "Farid Rahimov of Tajikistan's Agency for Hydrometeorology by 13 votes to 8. A proposal to admit the Mongolian "
            "Institute of Meteorology, Hydrology and Environment as a member was approved unanimously. The network's budget "
            "for 2027 is USD 520,000, of which 70 % comes from ANSO, and the next annual meeting will be held in Kathmandu "
            "in October 2027.", "", [
        ("en", "en", "paraphrase", True, "Members adopted the data policy, which makes daily discharge and snow-depth records public within 30 days of collection, by 17 votes to 3 with one abstention."),
        ("zh", "en", "respectively", True, "在副主席选举中，尼泊尔水文气象局的丹增·诺布博士和塔吉克斯坦水文气象局的法里德·拉希莫夫博士分别获得13票和8票。"),
        ("zh", "en", "number_format", True, "数据政策以十七票赞成、三票反对、一票弃权获得通过。"),
        ("en", "en", "number_format", True, "The network's budget for 2027 is five hundred and twenty thousand US dollars, seventy per cent of it from ANSO."),
        ("en", "en", "relation", False, "Dr. Farid Rahimov of Tajikistan's Agency for Hydrometeorology was elected vice-chair for 2027–2028, defeating Dr. Tenzin Norbu by 13 votes to 8."),
        ("zh", "en", "negation", False, "接纳蒙古气象水文环境研究所为成员的提议被否决。"),
        ("zh", "en", "date", False, "下届年会将于2027年11月在加德满都举行。"),
        ("zh", "en", "unit", False, "该网络2027年的预算为52万欧元，其中70%来自联盟。"),
        ("zh", "en", "other_paragraph", False, "网络年会由中亚应用地学研究所所长艾古丽·萨德科娃教授主持。"),
    ]),
]



def unit_rows(units: list, split_of) -> list[dict]:
    rows = []
    for number, (unit, en, zh, cases) in enumerate(units):
        split = split_of(number)
        other = units[(number + 1) % len(units)]  # "a sentence from a different paragraph" comes from the next unit
        for i, (lang, cited, kind, supported, sentence) in enumerate(cases):
            source, parallel = (en, zh) if cited == "en" else (zh, en)
            assert source, f"{unit}: an item cites the {cited} version, which this unit does not have"
            rows.append({"id": f"support-{unit}-{i:02d}", "split": split, "lang": lang, "source_lang": cited, "kind": kind,
                         "supported": supported, "sentence": sentence, "source": source,
                         "parallel": None if unit in NO_PARALLEL or not parallel else parallel})
        for j, lang in enumerate(("en", "zh")):
            foreign = [c for c in other[3] if c[0] == lang and c[1] == lang and c[3]]
            shared = other[1 + j] == (en, zh)[j]  # several English paragraphs share one long Chinese one
            if foreign and not shared and (en, zh)[j]:  # a faithful sentence about the other unit, cited to this one
                source, parallel = (en, zh) if lang == "en" else (zh, en)
                rows.append({"id": f"support-{unit}-p{j}", "split": split, "lang": lang, "source_lang": lang,
                             "kind": "other_paragraph", "supported": False, "sentence": foreign[0][4], "source": source,
                             "parallel": None if unit in NO_PARALLEL or not parallel else parallel})
    return rows


def items() -> list[dict]:
    return (unit_rows(UNITS, lambda number: "dev" if number % 2 == 0 else "test")
            + unit_rows(HELDOUT, lambda number: "heldout")
            + unit_rows(HELDOUT2, lambda number: "heldout2")
            + unit_rows(HELDOUT3, lambda number: "heldout3")
            + unit_rows(HELDOUT4, lambda number: "heldout4")
            + unit_rows(HELDOUT5, lambda number: "heldout5")
            + unit_rows(HELDOUT6, lambda number: "heldout6")
            + unit_rows(HELDOUT7, lambda number: "heldout7")
            + unit_rows(HELDOUT8, lambda number: "heldout8")
            + unit_rows(HELDOUT9, lambda number: "heldout9")
            + unit_rows(HELDOUT10, lambda number: "heldout10")
            + unit_rows(HELDOUT11, lambda number: "heldout11"))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as handle:
        for row in items():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
