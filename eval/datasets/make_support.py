"""Writes eval/datasets/support.jsonl, the support-check benchmark (run from the project root).

Each item is one answer sentence and the source it cites (with the source's other-language version,
as retrieval brings it along), labelled supported or not:
supported — faithful paraphrases and zh↔en translations;
unsupported — a changed number, date or name, a negation added or dropped, an added claim, and a
sentence from a different paragraph.
Sources are paragraphs of the bundled corpus (units c*) and general text written for this set (g*).
Units alternate between the dev and test splits, so no source paragraph is in both.
"""
import json
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


def items() -> list[dict]:
    rows = []
    for number, (unit, en, zh, cases) in enumerate(UNITS):
        split = "dev" if number % 2 == 0 else "test"
        other = UNITS[(number + 1) % len(UNITS)]  # "a sentence from a different paragraph" comes from the next unit
        for i, (lang, cited, kind, supported, sentence) in enumerate(cases):
            source, parallel = (en, zh) if cited == "en" else (zh, en)
            rows.append({"id": f"support-{unit}-{i:02d}", "split": split, "lang": lang, "source_lang": cited, "kind": kind,
                         "supported": supported, "sentence": sentence, "source": source,
                         "parallel": None if unit in NO_PARALLEL else parallel})
        for j, lang in enumerate(("en", "zh")):
            foreign = [c for c in other[3] if c[0] == lang and c[1] == lang and c[3]]
            shared = other[1 + j] == (en, zh)[j]  # several English paragraphs share one long Chinese one
            if foreign and not shared:  # a faithful sentence about the other unit, cited to this one
                source, parallel = (en, zh) if lang == "en" else (zh, en)
                rows.append({"id": f"support-{unit}-p{j}", "split": split, "lang": lang, "source_lang": lang,
                             "kind": "other_paragraph", "supported": False, "sentence": foreign[0][4], "source": source,
                             "parallel": None if unit in NO_PARALLEL else parallel})
    return rows


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as handle:
        for row in items():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
