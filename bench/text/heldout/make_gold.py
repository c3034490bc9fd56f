#!/usr/bin/env python3
"""Writes the gold annotations (schema heldout-articles/1, the conventions of
../shared/eval/dev/CONVENTIONS.md) of the constructed documents in this
folder, computing every span from the text so that no offset is typed by
hand: each quoted or cited string must occur in the text (the first
occurrence at or after an optional anchor is used).

    python3 bench/text/heldout/make_gold.py      # writes *.gold.json here

The documents are written for testing the extractor on text it was not
developed on: fictional officials (Oleg Vasnetsov, Haruki Ishimaru, Liang
Wen, Karen Hollis, Zhou Lan; Anand Mehra, Guo Ping, Dana Whitfield,
Halvorsen, Kenji Arata; Selim Karaca, Pavel Drozdov, Xu Heng; Vikram Rathore,
Daniel Cortland, Han Mei, Akiko Tanabe; Ellen Marsh, Arief Wibisono; Nurlan
Abenov, Mikhail Zorin, Berik Saparov, Oleksandr Melnyk, Azamat Nurpeisov, Anna
Verhoeven; Helena Barreto; Irina Volkova, Karim Mansour, Andrei Munteanu; Tan
Wei Ming, Ramon Villanueva, Lim Keng Hoe; Hossam Abdel-Rahman, Faisal Warsame,
Hodan Elmi, Getachew Lemma, Arvind Kulkarni, Efua Mensah, Tang Yiming, Lucia
Paredes; Kwon Min-jae, Tomasz Wierzbicki, Baek Seung-ho; Kamchybek Toktorov,
Sharif Rahimzoda, Jeenbek Asanaliev, Aibek Smadiyarov; Yerlan Sadykov,
Margarete Lindner; Zheng Yuhan, Josaia Vunivalu, Takeshi Moriyama; Keisha
Ramdeen, Marlon Fraser, Delroy Baptiste, Elaine Weekes; Aziz Bennani, Rui
Tavares Monteiro; Graham Brennan, Valeria Sosa Irazábal, Tamsin Orr; Gao
Wenbo, Ignacio Valdés Riquelme, Rasa Kairienė; Tatsuya Kanemura, Ramon
Lacson Dizon, Yumiko Haraguchi, Liza Navarro; Nasser bin Hamad Al-Kuwari,
Kenji Morioka, Mehdi Tavakoli; Helen Radcliffe, Faris bin Hilal Al Harthi;
Bambang Wicaksono, Turki bin Saud Al Saud, Sri Handayani; Tigran Sargsyan, Elnur
Mammadli, Nino Beridze, Aram Petrosyan, Rauf Nasibov, Karen Melikyan, Elchin
Rzayev, Pavel Grekov; Themba Ndlovu, Refilwe Mahlangu, Zanele Khumalo, Idrissa
Kone; Henrik Vasaru, Ana Lucía Mejía Solares; Kwabena Asante-Darko, Kouamé
N'Guessan; Ramesh Bhandari,
Tahmina Rahman Chowdhury, Arjun Malhotra, Gita Shrestha; Marija Petrovska,
Nikos Vlachos, Krasimir Dobrev; Catherine Doyle, Siaosi Fifita; Rosa
Huamán Quispe, Álvaro Mendoza Rocha, Jorge Salas; Pravit Srisuk,
Khamsay Phommachanh, Nguyen Thi Thu Ha, Malee Boonmee; Søren Kjeldsen, Aino
Laaksonen, Jussi Halme; Petr Horáček, Martina Kováčová; Desmond Campbell,
Rafael Almonte Peña, Michael Thorpe; Anura Wickramaratne, Ahmed
Zahir Rasheed, Herath Bandara, Kavinda Jayasuriya; Tobias Greer, Dragan
Milosavljević, Arta Hoxhaj, Esteban Carrasco, Valeria Endara; Hiroshi
Tsukada, Zulkifli bin Hamzah; Henrik Aaltonen, Margot Vandermeulen, Julien
Marchand) in real
diplomatic settings, in the constructions of news reports, readouts and
press-conference transcripts.
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


class Doc:
    def __init__(self, name):
        self.name = name
        with open(os.path.join(HERE, name + ".txt"), encoding="utf-8") as f:
            self.text = f.read()

    def span(self, s, after=None):
        start = 0 if after is None else self.text.index(after)
        i = self.text.index(s, start)
        j = i + len(s)
        b = len(self.text[:i].encode("utf-8"))
        return [i, j], [b, b + len(s.encode("utf-8"))]

    def ev(self, s, after=None):
        sp, bs = self.span(s, after)
        return {"text": s, "span": sp, "byte_span": bs}


def actor(doc, aid, name, kind, aliases=(), match=(), affiliations=(),
          optional=False, accept=None, part_of=None):
    a = {"id": aid, "canonical_name": name, "kind": kind,
         "aliases": list(aliases), "nominal_mentions": [],
         "match_names": list(match),
         "alias_first_span": {al: doc.span(al)[0] for al in aliases},
         "affiliations": [dict(org=o, role=r, start=None, end=None,
                               basis="explicit") for o, r in affiliations],
         "optional": optional}
    if accept:
        a["alias_accept"] = accept
    if part_of:
        a["part_of"] = part_of
    return a


def statement(doc, sid, speaker, mention, date, *, quote=None, para=None,
              evidence=(), cameo="010", alts=(), targets=(), about=(),
              alternatives=(), reported_via=None, channel=None,
              attribution="explicit", responds_to=(), same=(),
              embedded=False, optional=False, after=None, date_basis=""):
    s = {"id": sid, "speaker": speaker,
         "speaker_alternatives": list(alternatives),
         "speaker_mention": doc.ev(mention, after),
         "attribution": attribution, "date": date, "date_expression": None,
         "date_basis": date_basis, "channel": channel,
         "reported_via": reported_via,
         "is_direct_quote": quote is not None,
         "quote": quote, "paraphrase": para,
         "evidence": [doc.ev(e, after) for e in evidence],
         "event_type": {"cameo": cameo, "label": ""},
         "event_type_alternatives": [{"cameo": c} for c in alts],
         "targets": [{"actor": t, "stance": st, "cameo": cameo,
                      "explicit": ex} for t, st, ex in targets],
         "about": list(about), "topics": [],
         "responds_to": list(responds_to), "about_statement": [],
         "same_utterance_as": list(same), "realised_by": [],
         "embedded_in_question": embedded, "optional": optional}
    if quote is not None:
        sp, bs = doc.span(quote, after)
        s["quote_span"], s["quote_byte_span"] = sp, bs
        s["quote_marks"] = "straight"
    return s


def relationship(rid, rtype, ends, directed, asserted_by, evidence, alts=(),
                 optional=False, date=None):
    return {"id": rid, "type": rtype, "type_alternatives": list(alts),
            "ends": ends, "directed": directed, "asserted_by": asserted_by,
            "endorsed_by": [], "evidence_statements": evidence,
            "evidence": [], "date": date, "valid_from": None,
            "valid_to": None, "modality": "asserted", "polarity": "positive",
            "optional": optional}


def timex(doc, text, value, kind="date", after=None):
    sp, bs = doc.span(text, after)
    return {"text": text, "span": sp, "byte_span": bs, "kind": kind,
            "value": value}


def event(eid, label, date, participants, optional=False):
    return {"id": eid, "label": label, "date": date, "end_date": None,
            "participants": participants, "place": None,
            "modality": "occurred", "evidence": [], "optional": optional}


def write(doc, date, genre, actors, statements, relationships, events,
          timexes):
    gold = {
        "schema_version": "heldout-articles/1", "doc_id": doc.name,
        "text_file": doc.name + ".txt",
        "source_url": "constructed test document",
        "document_date": date, "document_date_basis": "DATE: header line",
        "dateline_place": None, "genre": genre,
        "annotated_scope": "whole file",
        "offset_convention": "as ../shared/eval/dev/CONVENTIONS.md",
        "counts": {}, "actors": actors, "statements": statements,
        "relationships": relationships, "events": events,
        "temporal_expressions": timexes, "notes": ""}
    with open(os.path.join(HERE, doc.name + ".gold.json"), "w",
              encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


def h1():
    d = Doc("h1_report")
    actors = [
        actor(d, "A01", "Russia", "state", ["Russia", "Moscow"],
              ["Russian Federation"], accept={"Moscow": ["Moscow"]}),
        actor(d, "A02", "Japan", "state", ["Japan", "Tokyo"],
              accept={"Tokyo": ["Tokyo"]}),
        actor(d, "A03", "Kuril Islands", "place", ["Kuril Islands"]),
        actor(d, "A04", "Oleg Vasnetsov", "person",
              ["Oleg Vasnetsov", "Vasnetsov"],
              affiliations=[("Russia", "Deputy Foreign Minister")]),
        actor(d, "A05", "Haruki Ishimaru", "person", ["Haruki Ishimaru"],
              affiliations=[("Japan", "Chief Cabinet Secretary")]),
        actor(d, "A06", "Kremlin", "organization", ["Kremlin"],
              ["Presidential Executive Office"], part_of="Russia"),
        actor(d, "A07", "China", "state", ["China"]),
        actor(d, "A08", "Liang Wen", "person", ["Liang Wen", "Liang"],
              affiliations=[("Ministry of Foreign Affairs (China)",
                             "spokesperson")]),
        actor(d, "A09", "United States", "state",
              ["United States", "Washington"], ["US", "USA"]),
        actor(d, "A10", "Karen Hollis", "person", ["Karen Hollis"],
              affiliations=[("State Department", "spokesperson")]),
        actor(d, "A11", "Northwire", "media", ["Northwire"], optional=True),
        actor(d, "A12", "Ministry of Foreign Affairs (China)", "organization",
              ["Foreign Ministry"], ["Chinese Foreign Ministry"],
              optional=True, part_of="China"),
        actor(d, "A13", "State Department", "organization",
              ["State Department"], ["U.S. Department of State"],
              optional=True, part_of="United States"),
        actor(d, "A14", "Beijing", "place", ["Beijing"], optional=True),
        actor(d, "A15", "Moscow", "place", ["Moscow"], optional=True),
    ]
    day = "2025-03-14"
    statements = [
        statement(d, "S01", "Russia", "Russia on Friday accused", day,
                  para="Russia accused Japan of provocative behaviour near "
                       "the Kuril Islands",
                  evidence=["Russia on Friday accused Japan of \"provocative "
                            "behaviour\" near the Kuril Islands"],
                  cameo="112", alts=["111"], alternatives=["Oleg Vasnetsov"],
                  targets=[("Japan", "conflictual", True)],
                  about=["Japan", "Kuril Islands"], same=["S02"],
                  date_basis="'on Friday' = the document date"),
        statement(d, "S02", "Oleg Vasnetsov",
                  "Deputy Foreign Minister Oleg Vasnetsov told reporters",
                  day, quote="Japan's actions undermine any prospect of "
                             "dialogue,",
                  cameo="111", alts=["112"],
                  targets=[("Japan", "conflictual", True)], about=["Japan"],
                  same=["S01"], date_basis="retold by the lede 'on Friday'"),
        statement(d, "S03", "Oleg Vasnetsov", "He said", day,
                  para="Russia would not accept the so-called joint economic "
                       "zone proposed by Tokyo",
                  evidence=["He said Russia would not accept what he called "
                            "the so-called \"joint economic zone\" proposed "
                            "by Tokyo."],
                  cameo="12", alts=["125", "120"],
                  targets=[("Japan", "conflictual", True)],
                  about=["Japan", "Russia"], attribution="pronoun",
                  date_basis="the same remarks as S02"),
        statement(d, "S04", "Haruki Ishimaru",
                  "Japanese Chief Cabinet Secretary Haruki Ishimaru said",
                  "2025-03-13",
                  para="the detention was unacceptable; Ishimaru urged "
                       "Moscow to release the crew immediately",
                  evidence=["Japanese Chief Cabinet Secretary Haruki "
                            "Ishimaru said on Thursday that the detention "
                            "was \"unacceptable\" and urged Moscow to release "
                            "the crew immediately."],
                  cameo="111", alts=["02", "023", "0233"],
                  targets=[("Russia", "conflictual", True)],
                  about=["Russia"], date_basis="'on Thursday'"),
        statement(d, "S05", "Oleg Vasnetsov", "According to Vasnetsov", day,
                  para="the boat had entered Russian waters without "
                       "permission",
                  evidence=["According to Vasnetsov, the boat had entered "
                            "Russian waters without permission."],
                  cameo="010", alts=["112"],
                  targets=[("Japan", "conflictual", False)],
                  about=["Japan", "Russia"],
                  date_basis="the same remarks as S02"),
        statement(d, "S06", "Kremlin", "The Kremlin declined to comment",
                  None, para="the Kremlin declined to comment on the case",
                  evidence=["The Kremlin declined to comment on the case."],
                  cameo="011", about=["Japan", "Russia"],
                  date_basis="the text does not say when"),
        statement(d, "S07", "Liang Wen",
                  "Chinese Foreign Ministry spokesperson Liang Wen", None,
                  para="China hoped both sides would resolve their "
                       "differences through consultation",
                  evidence=["said China hoped both sides would resolve "
                            "their differences through consultation."],
                  cameo="010", alts=["013", "02"],
                  about=["Russia", "Japan"], channel="briefing in Beijing",
                  date_basis="the text does not say when the briefing was"),
        statement(d, "S08", "Liang Wen", "Liang said", None,
                  quote="China and Russia are comprehensive strategic "
                        "partners, and we respect Russia's sovereignty,",
                  cameo="010", alts=["051", "057"],
                  targets=[("Russia", "cooperative", True)],
                  about=["Russia", "China"], channel="briefing in Beijing"),
        statement(d, "S09", "United States",
                  "The United States criticised", None,
                  para="the United States criticised the detention",
                  evidence=["The United States criticised the detention."],
                  cameo="111", alternatives=["Karen Hollis"],
                  targets=[("Russia", "conflictual", False)],
                  about=["Russia"]),
        statement(d, "S10", "Karen Hollis",
                  "State Department spokesperson Karen Hollis said", None,
                  para="Washington stood with its ally Japan",
                  evidence=["State Department spokesperson Karen Hollis said "
                            "Washington stood with its ally Japan."],
                  cameo="010", alts=["051", "057"],
                  targets=[("Japan", "cooperative", True)],
                  about=["Japan", "United States"]),
    ]
    relationships = [
        relationship("R01", "comprehensive strategic partners",
                     ["China", "Russia"], False, ["Liang Wen"], ["S08"],
                     ["comprehensive strategic partnership",
                      "comprehensive strategic partner"]),
        relationship("R02", "ally", ["United States", "Japan"], False,
                     ["Karen Hollis"], ["S10"], ["allies", "alliance"]),
    ]
    events = [event("E01", "Japan protests the detention of a fishing boat",
                    "2025-03-13", ["Japan", "Russia"])]
    timexes = [timex(d, "March 14", day), timex(d, "on Friday", day),
               timex(d, "on Thursday", "2025-03-13")]
    write(d, day, "news report", actors, statements, relationships, events,
          timexes)


def h2():
    d = Doc("h2_briefing")
    day = "2025-06-03"
    actors = [
        actor(d, "A01", "Zhou Lan", "person", ["Zhou Lan"],
              affiliations=[("Ministry of Foreign Affairs (China)",
                             "spokesperson")]),
        actor(d, "A02", "Reuters", "media", ["Reuters"]),
        actor(d, "A03", "Bloomberg", "media", ["Bloomberg"]),
        actor(d, "A04", "Kyodo News", "media", ["Kyodo News"], ["Kyodo"]),
        actor(d, "A05", "Philippines", "state", ["Philippines"]),
        actor(d, "A06", "China", "state", ["China"]),
        actor(d, "A07", "China Coast Guard", "organization",
              [], ["Chinese coast guard", "China's coast guard",
                   "coast guard"], part_of="China"),
        actor(d, "A08", "Xi Jinping", "person", ["Xi Jinping"],
              affiliations=[("China", "President")]),
        actor(d, "A09", "Donald Trump", "person", ["Trump"],
              ["President Trump"],
              affiliations=[("United States", "President")]),
        actor(d, "A10", "United States", "state", ["United States"]),
        actor(d, "A11", "Japan", "state", ["Japan"]),
        actor(d, "A12", "South China Sea", "place", ["South China Sea"]),
        actor(d, "A13", "Gilberto Teodoro", "person", [],
              ["Philippine Defense Secretary",
               "Defense Secretary of the Philippines"], optional=True),
        actor(d, "A14", "Ministry of Foreign Affairs (China)", "organization",
              ["Foreign Ministry"], optional=True, part_of="China"),
        actor(d, "A15", "G20", "organization", ["G20"], optional=True),
    ]
    turn1 = ("The Philippine side's claim is not true. The Chinese coast "
             "guard took necessary measures in accordance with the law to "
             "safeguard China's sovereignty. We urge the Philippines to stop "
             "its provocations immediately.")
    turn2 = ("I have nothing to share at the moment. China and the United "
             "States maintain communication at various levels.")
    turn3 = ("We have noted the reports. Countries in the region should not "
             "form exclusive blocs that target a third party. China firmly "
             "opposes any attempt to stoke confrontation in the South China "
             "Sea.")
    statements = [
        statement(d, "D01", "Gilberto Teodoro",
                  "The Philippine Defense Secretary said yesterday",
                  "2025-06-02",
                  para="China's coast guard had fired water cannon at a "
                       "Philippine supply vessel",
                  evidence=["The Philippine Defense Secretary said yesterday "
                            "that China's coast guard had fired water cannon "
                            "at a Philippine supply vessel."],
                  cameo="112", alts=["111"],
                  alternatives=["Philippine Defense Secretary",
                                "Philippines"],
                  targets=[("China", "conflictual", True)],
                  about=["China", "Philippines"], reported_via="Reuters",
                  embedded=True, date_basis="'yesterday'"),
        statement(d, "D02", "Zhou Lan", "Zhou Lan:", day, quote=turn1,
                  cameo="12", alts=["111", "112", "02"],
                  targets=[("Philippines", "conflictual", True)],
                  about=["Philippines"], channel="regular press conference",
                  responds_to=["D01"], after="Zhou Lan:",
                  date_basis="the conference's date"),
        statement(d, "D03", "Zhou Lan", "Zhou Lan:", day, quote=turn2,
                  cameo="011", alts=["010"], about=["United States"],
                  channel="regular press conference", after="Bloomberg:",
                  date_basis="the conference's date"),
        statement(d, "D04", "Zhou Lan", "Zhou Lan:", day, quote=turn3,
                  cameo="111", alts=["12", "010"],
                  targets=[("Japan", "conflictual", False),
                           ("Philippines", "conflictual", False)],
                  about=["Japan", "Philippines", "South China Sea"],
                  channel="regular press conference", after="Kyodo News:",
                  date_basis="the conference's date"),
    ]
    relationships = [
        relationship("R01", "communication", ["China", "United States"],
                     False, ["Zhou Lan"], ["D03"],
                     ["maintain communication", "communication at various "
                      "levels"], optional=True),
        relationship("R02", "defence agreement", ["Japan", "Philippines"],
                     False, ["Kyodo News"], [],
                     ["defense agreement"], optional=True),
    ]
    events = [
        event("E01", "Chinese Foreign Ministry regular press conference",
              day, ["Zhou Lan"]),
        event("E02", "Japan and the Philippines sign a defence agreement",
              "2025-06-02", ["Japan", "Philippines"]),
        event("E03", "G20 summit", "2025-11", ["G20"], optional=True),
    ]
    timexes = [timex(d, "June 3, 2025", day),
               timex(d, "yesterday", "2025-06-02"),
               timex(d, "in November", "2025-11"),
               timex(d, "on Monday", "2025-06-02")]
    write(d, day, "regular press conference (Q&A transcript)", actors,
          statements, relationships, events, timexes)


def h3():
    d = Doc("h3_report")
    day = "2025-04-09"
    actors = [
        actor(d, "A01", "India", "state", ["India"]),
        actor(d, "A02", "China", "state", ["China", "Beijing"],
              ["People's Republic of China"],
              accept={"Beijing": ["Beijing"]}),
        actor(d, "A03", "Anand Mehra", "person", ["Anand Mehra", "Mehra"],
              affiliations=[("Ministry of External Affairs (India)",
                             "spokesperson")]),
        actor(d, "A04", "Guo Ping", "person", ["Guo Ping", "Guo"],
              affiliations=[("Ministry of Foreign Affairs (China)",
                             "spokesperson")]),
        actor(d, "A05", "Pakistan", "state", ["Pakistan"]),
        actor(d, "A06", "Foreign Office (Pakistan)", "organization",
              ["Foreign Office"],
              ["Pakistani Foreign Office",
               "Ministry of Foreign Affairs (Pakistan)"], part_of="Pakistan"),
        actor(d, "A07", "Dana Whitfield", "person", ["Dana Whitfield"],
              affiliations=[("State Department", "spokesperson")]),
        actor(d, "A08", "United States", "state", ["United States"],
              ["US", "USA"]),
        actor(d, "A09", "Ministry of External Affairs (India)",
              "organization", ["External Affairs Ministry"],
              ["Indian External Affairs Ministry"], optional=True,
              part_of="India"),
        actor(d, "A10", "Ministry of Foreign Affairs (China)", "organization",
              ["Foreign Ministry"], ["Chinese Foreign Ministry"],
              optional=True, part_of="China"),
        actor(d, "A11", "State Department", "organization",
              ["State Department"], ["U.S. Department of State"],
              optional=True, part_of="United States"),
        actor(d, "A12", "Eastline", "media", ["Eastline"], optional=True),
        actor(d, "A13", "New Delhi", "place", ["New Delhi"], optional=True),
        actor(d, "A14", "Beijing", "place", ["Beijing"], optional=True),
        actor(d, "A15", "Washington", "place", ["Washington"],
              optional=True),
    ]
    statements = [
        statement(d, "S01", "India", "India on Wednesday rejected", day,
                  para="India rejected a new Chinese map that shows parts "
                       "of its territory as Chinese, calling it an exercise "
                       "in futility",
                  evidence=["India on Wednesday rejected a new Chinese map "
                            "that shows parts of its territory as Chinese, "
                            "calling it \"an exercise in futility\""],
                  cameo="12", alts=["120", "125", "111"],
                  alternatives=["Anand Mehra"],
                  targets=[("China", "conflictual", True)],
                  about=["China"], same=["S02"],
                  date_basis="'on Wednesday' = the document date"),
        statement(d, "S02", "Anand Mehra",
                  "External Affairs Ministry spokesperson Anand Mehra told",
                  day, quote="Issuing maps does not change facts on the "
                             "ground,",
                  cameo="12", alts=["010", "111"],
                  targets=[("China", "conflictual", False)],
                  about=["China"], same=["S01"],
                  channel="news conference in New Delhi",
                  date_basis="retold by the lede 'on Wednesday'"),
        statement(d, "S03", "Anand Mehra", "Mehra said", day,
                  para="India had summoned the Chinese ambassador to "
                       "convey its objections",
                  evidence=["Mehra said India had summoned the Chinese "
                            "ambassador to convey its objections."],
                  cameo="010", alts=["16", "12"],
                  targets=[("China", "conflictual", False)],
                  about=["China", "India"],
                  date_basis="the same news conference as S02"),
        statement(d, "S04", "Guo Ping",
                  "Chinese Foreign Ministry spokesperson Guo Ping said", day,
                  para="the map was a routine exercise of sovereignty; Guo "
                       "urged India to stay calm",
                  evidence=["Chinese Foreign Ministry spokesperson Guo Ping "
                            "said the map was \"a routine exercise of "
                            "sovereignty\" and urged India to stay calm."],
                  cameo="02", alts=["010", "12"],
                  targets=[("India", "neutral", True)], about=["India"],
                  date_basis="the same briefing as S05 ('on Wednesday')"),
        statement(d, "S05", "Guo Ping", "Guo said", day,
                  quote="We hope the Indian side will view the matter "
                        "objectively,",
                  cameo="02", alts=["010"],
                  targets=[("India", "neutral", True)], about=["India"],
                  channel="regular briefing",
                  date_basis="'on Wednesday'"),
        statement(d, "S06", "India", "According to a senior Indian official",
                  None,
                  para="India and China will hold border talks next month",
                  evidence=["According to a senior Indian official, the two "
                            "countries will hold border talks next month."],
                  cameo="036", alts=["010", "03"],
                  alternatives=["senior Indian official"],
                  about=["China", "India"], attribution="description",
                  date_basis="the text does not say when"),
        statement(d, "S07", "India", "The official", None,
                  para="both sides remained committed to peace along the "
                       "border",
                  evidence=["The official, who spoke on condition of "
                            "anonymity, said both sides remained committed "
                            "to peace along the border."],
                  cameo="010", alts=["03"],
                  alternatives=["senior Indian official"],
                  about=["China", "India"], attribution="description",
                  date_basis="the text does not say when"),
        statement(d, "S08", "Pakistan", "Pakistan", None,
                  para="Pakistan welcomed Beijing's position",
                  evidence=["Pakistan, China's all-weather strategic "
                            "cooperative partner, welcomed Beijing's "
                            "position."],
                  cameo="051", alts=["050"],
                  targets=[("China", "cooperative", True)], about=["China"]),
        statement(d, "S09", "Foreign Office (Pakistan)",
                  "The Pakistani Foreign Office declined to comment", None,
                  para="the Pakistani Foreign Office declined to comment "
                       "further",
                  evidence=["The Pakistani Foreign Office declined to "
                            "comment further."],
                  cameo="011", alternatives=["Pakistan"],
                  about=["China", "India"],
                  date_basis="the text does not say when"),
        statement(d, "S10", "Dana Whitfield",
                  "State Department spokesperson Dana Whitfield", "2025-04-08",
                  para="the United States and India were natural partners; "
                       "Whitfield called for restraint",
                  evidence=["State Department spokesperson Dana Whitfield, "
                            "speaking in Washington on Tuesday, said the "
                            "United States and India were \"natural "
                            "partners\" and called for restraint."],
                  cameo="010", alts=["051", "02"],
                  targets=[("India", "cooperative", True)],
                  about=["India", "United States"],
                  date_basis="'on Tuesday'"),
    ]
    relationships = [
        relationship("R01", "all-weather strategic cooperative partner",
                     ["Pakistan", "China"], False, ["narrator"], [],
                     ["all-weather strategic cooperative partnership",
                      "all-weather strategic cooperative partners"]),
        relationship("R02", "natural partners", ["United States", "India"],
                     False, ["Dana Whitfield"], ["S10"],
                     ["natural partner", "partners", "partnership"]),
    ]
    events = [
        event("E01", "India summons the Chinese ambassador", None,
              ["India", "China"]),
        event("E02", "China publishes a new map", None, ["China"],
              optional=True),
    ]
    timexes = [timex(d, "April 9", day),
               timex(d, "on Wednesday", day),
               timex(d, "on Wednesday", day, after="regular briefing"),
               timex(d, "next month", "2025-05"),
               timex(d, "on Tuesday", "2025-04-08")]
    write(d, day, "news report", actors, statements, relationships, events,
          timexes)


def h4():
    d = Doc("h4_briefing")
    day = "2025-09-17"
    actors = [
        actor(d, "A01", "Halvorsen", "person", [],
              ["MR HALVORSEN", "Mr Halvorsen"]),
        actor(d, "A02", "Kenji Arata", "person", ["Kenji Arata"],
              affiliations=[("Japan", "Foreign Minister")]),
        actor(d, "A03", "Japan", "state", ["Japan"]),
        actor(d, "A04", "United States", "state", ["United States", "U.S."],
              ["US", "USA"]),
        actor(d, "A05", "Russia", "state", ["Russia", "Moscow"],
              ["Russian Federation"], accept={"Moscow": ["Moscow"]}),
        actor(d, "A06", "Ministry of Foreign Affairs (Russia)",
              "organization", [],
              ["Russian Foreign Ministry", "Russia's foreign ministry",
               "foreign ministry"], part_of="Russia"),
        actor(d, "A07", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A08", "Sergey Lavrov", "person", ["Lavrov"],
              ["Sergei Lavrov"],
              affiliations=[("Russia", "Foreign Minister")]),
        actor(d, "A09", "North Korea", "state", ["North Korea", "Pyongyang"],
              ["Democratic People's Republic of Korea", "DPRK"],
              accept={"Pyongyang": ["Pyongyang"]}),
        actor(d, "A10", "Indo-Pacific", "place", ["Indo-Pacific"]),
        actor(d, "A11", "United Nations", "organization", ["UN"],
              optional=True),
        actor(d, "A12", "UN Security Council", "organization",
              ["UN Security Council"], ["United Nations Security Council"],
              optional=True),
        actor(d, "A13", "UN General Assembly", "organization",
              ["UN General Assembly"], ["United Nations General Assembly"],
              optional=True),
    ]
    turn1 = ("Good afternoon. The Secretary spoke this morning with Japanese "
             "Foreign Minister Kenji Arata. They reaffirmed that the alliance "
             "between the United States and Japan remains the cornerstone of "
             "peace and security in the Indo-Pacific.")
    turn2 = ("We have seen those comments. The sanctions are a response to "
             "Russia's continued aggression against Ukraine, and they will "
             "remain in place until Moscow changes course.")
    turn3 = "I don't have any meetings to announce at this time."
    turn4 = ("We condemn the launch, which violates multiple UN Security "
             "Council resolutions. We call on Pyongyang to refrain from "
             "further provocations and return to dialogue.")
    statements = [
        statement(d, "T01", "Halvorsen", "MR HALVORSEN:", day, quote=turn1,
                  cameo="010", alts=["040", "057"],
                  targets=[("Japan", "cooperative", True)],
                  about=["Japan", "Kenji Arata", "United States"],
                  channel="press briefing",
                  date_basis="the briefing's date"),
        statement(d, "T02", "Ministry of Foreign Affairs (Russia)",
                  "Russia's foreign ministry said", "2025-09-15",
                  para="new U.S. sanctions would destroy what is left of "
                       "bilateral relations",
                  evidence=["Russia's foreign ministry said on Monday that "
                            "new U.S. sanctions would \"destroy what is "
                            "left\" of bilateral relations."],
                  cameo="111", alts=["010", "130"], alternatives=["Russia"],
                  targets=[("United States", "conflictual", True)],
                  about=["United States"], embedded=True,
                  date_basis="'on Monday'"),
        statement(d, "T03", "Halvorsen", "MR HALVORSEN:", day, quote=turn2,
                  cameo="12", alts=["111", "112", "010"],
                  targets=[("Russia", "conflictual", True)],
                  about=["Russia", "Ukraine"], channel="press briefing",
                  responds_to=["T02"], after="Do you have a response?",
                  date_basis="the briefing's date"),
        statement(d, "T04", "Halvorsen", "MR HALVORSEN:", day, quote=turn3,
                  cameo="011", alts=["010"], about=["Sergey Lavrov"],
                  channel="press briefing", after="General Assembly?",
                  date_basis="the briefing's date"),
        statement(d, "T05", "Halvorsen", "MR HALVORSEN:", day, quote=turn4,
                  cameo="111", alts=["02", "112"],
                  targets=[("North Korea", "conflictual", True)],
                  about=["North Korea"], channel="press briefing",
                  after="What is your assessment?",
                  date_basis="the briefing's date"),
    ]
    relationships = [
        relationship("R01", "alliance", ["United States", "Japan"], False,
                     ["Halvorsen"], ["T01"], ["ally", "allies"]),
        relationship("R02", "aggression", ["Russia", "Ukraine"], True,
                     ["Halvorsen"], ["T03"], optional=True),
        relationship("R03", "bilateral relations",
                     ["Russia", "United States"], False,
                     ["Ministry of Foreign Affairs (Russia)"], ["T02"],
                     ["relations"], optional=True),
    ]
    events = [
        event("E01", "call between the Secretary of State and Kenji Arata",
              day, ["United States", "Kenji Arata"]),
        event("E02", "North Korean missile launch", day, ["North Korea"]),
    ]
    timexes = [timex(d, "September 17, 2025", day),
               timex(d, "this morning", day),
               timex(d, "on Monday", "2025-09-15"),
               timex(d, "today", day)]
    write(d, day, "press briefing (Q&A transcript)", actors, statements,
          relationships, events, timexes)


def h5():
    d = Doc("h5_report")
    day = "2025-06-12"
    actors = [
        actor(d, "A01", "Russia", "state", ["Russia", "Moscow"],
              ["Russian Federation"], accept={"Moscow": ["Moscow"]}),
        actor(d, "A02", "Ukraine", "state", ["Ukraine", "Kyiv"],
              accept={"Kyiv": ["Kyiv"]}),
        actor(d, "A03", "Turkey", "state", ["Turkey"],
              ["Türkiye", "Republic of Turkey"]),
        actor(d, "A04", "Ministry of Foreign Affairs (Turkey)",
              "organization", [],
              ["Turkish Foreign Ministry", "Turkey's foreign ministry",
               "foreign ministry"], part_of="Turkey"),
        actor(d, "A05", "Selim Karaca", "person", ["Selim Karaca"],
              affiliations=[("Turkey", "Deputy Foreign Minister")]),
        actor(d, "A06", "Vladimir Putin", "person",
              ["Vladimir Putin", "Putin"],
              affiliations=[("Russia", "President")]),
        actor(d, "A07", "ally of Vladimir Putin", "person", [],
              ["ally of Putin", "Putin ally",
               "ally of Russian President Vladimir Putin",
               "an ally of Russian President Vladimir Putin"],
              affiliations=[("Vladimir Putin", "ally")], optional=True),
        actor(d, "A08", "Russian state TV", "media", ["Russian state TV"],
              ["Russian state television", "Russian state media"]),
        actor(d, "A09", "Pavel Drozdov", "person", ["Pavel Drozdov"],
              affiliations=[("Russia", "head of the delegation")]),
        actor(d, "A10", "Ministry of Foreign Affairs (Ukraine)",
              "organization", ["Foreign Ministry"],
              ["Ukrainian Foreign Ministry"], part_of="Ukraine"),
        actor(d, "A11", "Kremlin", "organization", ["Kremlin"],
              ["Presidential Executive Office (Russia)",
               "Kremlin press service"],
              accept={"Kremlin": ["Kremlin", "Russia"]}, part_of="Russia"),
        actor(d, "A12", "Volodymyr Zelenskyy", "person",
              ["Volodymyr Zelenskyy"], ["Zelenskyy", "Zelensky"],
              affiliations=[("Ukraine", "President")]),
        actor(d, "A13", "aide to Volodymyr Zelenskyy", "person", [],
              ["aide to Zelenskyy", "Zelenskyy aide",
               "aide to President Volodymyr Zelenskyy",
               "an aide to President Volodymyr Zelenskyy"],
              affiliations=[("Volodymyr Zelenskyy", "aide")], optional=True),
        actor(d, "A14", "Crimea", "place", ["Crimea"]),
        actor(d, "A15", "Geneva", "place", ["Geneva"]),
        actor(d, "A16", "Istanbul", "place", ["Istanbul"]),
        actor(d, "A17", "Eastline", "media", ["Eastline"], optional=True),
        actor(d, "A18", "diplomat familiar with the talks", "person", [],
              ["a diplomat familiar with the talks"], optional=True),
    ]
    statements = [
        statement(d, "S01", "Ministry of Foreign Affairs (Turkey)",
                  "Turkey's foreign ministry said", None,
                  para="Russia and Ukraine agreed to exchange another 500 "
                       "prisoners of war after a third round of direct "
                       "talks in Istanbul",
                  evidence=["Russia and Ukraine agreed on Thursday to "
                            "exchange another 500 prisoners of war after a "
                            "third round of direct talks in Istanbul, "
                            "Turkey's foreign ministry said."],
                  cameo="010", alternatives=["Turkey"],
                  about=["Russia", "Ukraine"],
                  date_basis="'on Thursday' dates the agreement, inside the "
                             "words; the text does not say when the ministry "
                             "spoke"),
        statement(d, "S02", "Selim Karaca",
                  "Turkish Deputy Foreign Minister Selim Karaca told", day,
                  quote="Both delegations showed that they can still talk "
                        "to each other,",
                  cameo="010", alts=["051"],
                  date_basis="'after the meeting' of Thursday (the lede)"),
        statement(d, "S03", "ally of Vladimir Putin",
                  "An ally of Russian President Vladimir Putin said", None,
                  para="the talks had been the most businesslike so far and "
                       "Moscow was ready to continue them at any level",
                  evidence=["An ally of Russian President Vladimir Putin "
                            "said the talks had been \"the most "
                            "businesslike so far\" and that Moscow was ready "
                            "to continue them at any level."],
                  cameo="010", alts=["036", "051"], about=["Russia"],
                  attribution="description",
                  date_basis="the text does not say when"),
        statement(d, "S04", "Pavel Drozdov", "Pavel Drozdov", None,
                  para="a ceasefire memorandum with Ukraine would be "
                       "discussed in July",
                  evidence=["Russian state TV quoted the head of the Russian "
                            "delegation, Pavel Drozdov, as saying that a "
                            "ceasefire memorandum with Ukraine would be "
                            "discussed in July."],
                  cameo="010", alts=["036"], about=["Ukraine"],
                  reported_via="Russian state TV",
                  date_basis="'in July' dates the discussion, not the "
                             "statement"),
        statement(d, "S05", "Ukraine", "A senior Ukrainian official said",
                  None,
                  para="Kyiv had handed Russia a list of children it wants "
                       "returned",
                  evidence=["A senior Ukrainian official said Kyiv had "
                            "handed Russia a list of children it wants "
                            "returned."],
                  cameo="010", alts=["02"],
                  alternatives=["senior Ukrainian official"],
                  targets=[("Russia", "neutral", True)],
                  about=["Russia", "Ukraine"], attribution="description",
                  date_basis="the text does not say when"),
        statement(d, "S06", "Ukraine", "the official said", None,
                  quote="We will not stop until every child is home,",
                  cameo="010", alternatives=["senior Ukrainian official"],
                  attribution="description",
                  date_basis="the text does not say when"),
        statement(d, "S07", "Ministry of Foreign Affairs (Ukraine)",
                  "A spokesman for the Ukrainian Foreign Ministry said", None,
                  para="the exchange with Russia should take place before "
                       "the end of the month",
                  evidence=["A spokesman for the Ukrainian Foreign Ministry "
                            "said the exchange with Russia should take place "
                            "before the end of the month."],
                  cameo="010", alts=["02"], alternatives=["Ukraine"],
                  about=["Russia"], attribution="description",
                  date_basis="the text does not say when"),
        statement(d, "S08", "Kremlin", "The Kremlin's press service said",
                  "2025-06-11",
                  para="Putin had been briefed on the preparations for the "
                       "talks",
                  evidence=["The Kremlin's press service said on Wednesday "
                            "that Putin had been briefed on the preparations "
                            "for the talks."],
                  cameo="010", alternatives=["Russia"],
                  about=["Vladimir Putin"], attribution="description",
                  date_basis="'on Wednesday'"),
        statement(d, "S09", "aide to Volodymyr Zelenskyy",
                  "An aide to President Volodymyr Zelenskyy told", None,
                  para="Ukraine had not changed its position on Crimea",
                  evidence=["An aide to President Volodymyr Zelenskyy told "
                            "reporters that Ukraine had not changed its "
                            "position on Crimea."],
                  cameo="010", about=["Ukraine", "Crimea"],
                  attribution="description",
                  date_basis="the text does not say when"),
        statement(d, "S10", "diplomat familiar with the talks",
                  "A diplomat familiar with the talks said", None,
                  para="the next round could take place in Geneva",
                  evidence=["A diplomat familiar with the talks said the "
                            "next round could take place in Geneva."],
                  cameo="010", about=["Geneva"], attribution="description",
                  optional=True,
                  date_basis="the text does not say when"),
    ]
    relationships = []
    events = [
        event("E01", "Russia and Ukraine agree to exchange prisoners", day,
              ["Russia", "Ukraine"]),
        event("E02", "third round of direct talks in Istanbul", day,
              ["Russia", "Ukraine", "Turkey"], optional=True),
    ]
    timexes = [timex(d, "June 12", day),
               timex(d, "on Thursday", day),
               timex(d, "in July", "2025-07"),
               timex(d, "on Wednesday", "2025-06-11"),
               timex(d, "the end of the month", "2025-06")]
    write(d, day, "news report", actors, statements, relationships, events,
          timexes)


def h6():
    d = Doc("h6_briefing")
    day = "2025-03-05"
    actors = [
        actor(d, "A01", "Xu Heng", "person", ["Xu Heng"],
              affiliations=[("Ministry of Foreign Affairs (China)",
                             "spokesperson")]),
        actor(d, "A02", "China", "state", ["China", "Beijing"],
              ["People's Republic of China"],
              accept={"Beijing": ["Beijing"]}),
        actor(d, "A03", "Ministry of Foreign Affairs (China)", "organization",
              ["Foreign Ministry"], ["Chinese Foreign Ministry"],
              optional=True, part_of="China"),
        actor(d, "A04", "Wang Yi", "person", ["Wang Yi"],
              affiliations=[("China", "Foreign Minister")]),
        actor(d, "A05", "Kenya", "state", ["Kenya"]),
        actor(d, "A06", "Bloomberg", "media", ["Bloomberg"]),
        actor(d, "A07", "AFP", "media", ["AFP"], ["Agence France-Presse"]),
        actor(d, "A08", "TASS", "media", ["TASS"]),
        actor(d, "A09", "Philippine Coast Guard", "organization",
              ["Philippine Coast Guard"], part_of="Philippines"),
        actor(d, "A10", "Philippines", "state", ["Philippines"],
              ["Republic of the Philippines"]),
        actor(d, "A11", "Second Thomas Shoal", "place",
              ["Second Thomas Shoal", "Ren'ai Jiao"]),
        actor(d, "A12", "United States", "state",
              ["US", "Washington", "United States"], ["USA", "U.S."],
              accept={"Washington": ["Washington"]}),
        actor(d, "A13", "Donald Trump", "person", [], ["Trump"],
              optional=True),
        actor(d, "A14", "aide to Donald Trump", "person", [],
              ["aide to Trump", "Trump aide", "aide to the US president",
               "an aide to the US president", "aide to the president"],
              affiliations=[("Donald Trump", "aide")], optional=True),
        actor(d, "A15", "Russian state media", "media",
              ["Russian state media"],
              ["Russian state TV", "Russian state television"]),
        actor(d, "A16", "Russia", "state", ["Russia"],
              ["Russian Federation"]),
        actor(d, "A17", "Vladimir Putin", "person", ["Putin"],
              ["President Putin"],
              affiliations=[("Russia", "President")]),
        actor(d, "A18", "Beijing", "place", ["Beijing"], optional=True),
    ]
    turn1 = ("Good afternoon. At the invitation of the Government of Kenya, "
             "Foreign Minister Wang Yi will pay an official visit to Kenya "
             "from March 10 to 12.")
    turn2 = ("The Philippine vessel intruded into the waters adjacent to "
             "Ren'ai Jiao without permission from the Chinese government. "
             "We urge the Philippines to stop its provocations and respect "
             "China's sovereignty.")
    turn3 = ("China firmly opposes unilateral tariffs. If the United States "
             "insists on a tariff war, China will fight to the end.")
    turn4 = ("China and Russia are comprehensive strategic partners of "
             "coordination for a new era. I have no information to release "
             "on that at the moment.")
    conf = "regular press conference"
    statements = [
        statement(d, "T01", "Xu Heng", "Xu Heng:", day, quote=turn1,
                  cameo="010", alts=["036", "040"],
                  targets=[("Kenya", "cooperative", True)],
                  about=["Wang Yi", "Kenya"], channel=conf,
                  after="March 5, 2025\n",
                  date_basis="the press conference's date"),
        statement(d, "T02", "Philippine Coast Guard",
                  "A spokesman for the Philippine Coast Guard said",
                  "2025-03-04",
                  para="Chinese vessels had fired water cannon at a "
                       "Philippine supply boat near Second Thomas Shoal",
                  evidence=["A spokesman for the Philippine Coast Guard "
                            "said on Tuesday that Chinese vessels had fired "
                            "water cannon at a Philippine supply boat near "
                            "Second Thomas Shoal."],
                  cameo="112", alts=["010", "111"],
                  alternatives=["Philippines"],
                  targets=[("China", "conflictual", False)],
                  about=["China", "Philippines", "Second Thomas Shoal"],
                  reported_via="Bloomberg", embedded=True,
                  attribution="description", date_basis="'on Tuesday'"),
        statement(d, "T03", "Xu Heng", "Xu Heng:", day, quote=turn2,
                  cameo="02", alts=["111", "112"],
                  targets=[("Philippines", "conflictual", True)],
                  about=["Philippines", "China", "Second Thomas Shoal"],
                  channel=conf, responds_to=["T02"],
                  after="What is China's response?",
                  date_basis="the press conference's date"),
        statement(d, "T04", "aide to Donald Trump",
                  "An aide to the US president said", "2025-03-04",
                  para="Washington would impose new tariffs on Chinese goods "
                       "next week",
                  evidence=["An aide to the US president said yesterday "
                            "that Washington would impose new tariffs on "
                            "Chinese goods next week."],
                  cameo="010", alts=["13", "16"],
                  targets=[("China", "conflictual", False)],
                  about=["United States", "China"], reported_via="AFP",
                  embedded=True, attribution="description",
                  date_basis="'yesterday'"),
        statement(d, "T05", "Xu Heng", "Xu Heng:", day, quote=turn3,
                  cameo="12", alts=["111", "13"],
                  targets=[("United States", "conflictual", True)],
                  about=["United States"], channel=conf,
                  responds_to=["T04"], after="Will China retaliate?",
                  date_basis="the press conference's date"),
        statement(d, "T06", "Russian state media",
                  "Russian state media reported", None,
                  para="President Putin would travel to Beijing in May",
                  evidence=["Russian state media reported that President "
                            "Putin would travel to Beijing in May."],
                  cameo="010", about=["Vladimir Putin", "China"],
                  reported_via="TASS", embedded=True,
                  date_basis="the text does not say when; 'in May' dates "
                             "the visit"),
        statement(d, "T07", "Xu Heng", "Xu Heng:", day, quote=turn4,
                  cameo="010", alts=["011", "057"],
                  targets=[("Russia", "cooperative", True)],
                  about=["Russia", "China"], channel=conf,
                  responds_to=["T06"], after="Can you confirm?",
                  date_basis="the press conference's date"),
    ]
    relationships = [
        relationship("R01",
                     "comprehensive strategic partners of coordination for "
                     "a new era", ["China", "Russia"], False, ["Xu Heng"],
                     ["T07"],
                     ["comprehensive strategic partnership of coordination "
                      "for a new era"]),
    ]
    events = [
        event("E01", "Wang Yi visits Kenya", "2025-03-10", ["Wang Yi",
                                                            "Kenya"]),
        event("E02", "Chinese vessels fire water cannon at a Philippine "
                     "supply boat", None, ["China", "Philippines"],
              optional=True),
    ]
    timexes = [timex(d, "March 5, 2025", day),
               timex(d, "from March 10 to 12", "2025-03-10/2025-03-12",
                     kind="interval"),
               timex(d, "on Tuesday", "2025-03-04"),
               timex(d, "yesterday", "2025-03-04"),
               timex(d, "next week", "2025-03-10/2025-03-16",
                     kind="interval"),
               timex(d, "in May", "2025-05")]
    write(d, day, "press conference (Q&A transcript)", actors, statements,
          relationships, events, timexes)


def h7():
    d = Doc("h7_briefing")
    day = "2025-10-16"
    actors = [
        actor(d, "A01", "Vikram Rathore", "person",
              ["Shri Vikram Rathore"], ["Vikram Rathore", "Rathore"],
              affiliations=[("Ministry of External Affairs (India)",
                             "Official Spokesperson")]),
        actor(d, "A02", "India", "state", ["India", "New Delhi"],
              ["Republic of India"], accept={"New Delhi": ["New Delhi"]}),
        actor(d, "A03", "Narendra Modi", "person", ["Narendra Modi"],
              ["Modi"], affiliations=[("India", "Prime Minister")]),
        actor(d, "A04", "Johannesburg", "place", ["Johannesburg"]),
        actor(d, "A05", "G20", "organization", ["G20"], ["Group of Twenty"],
              optional=True),
        actor(d, "A06", "Akiko Tanabe", "person",
              ["Akiko Tanabe", "Tanabe"],
              affiliations=[("Japan", "Foreign Minister")]),
        actor(d, "A07", "Japan", "state", ["Japan"]),
        actor(d, "A08", "Press Trust of India", "media",
              ["Press Trust of India"], ["PTI"]),
        actor(d, "A09", "Pakistan", "state", ["Pakistan"]),
        actor(d, "A10", "Ministry of Foreign Affairs (Pakistan)",
              "organization", ["Foreign Office"],
              ["Pakistan's Foreign Office", "Pakistani Foreign Office",
               "Foreign Office (Pakistan)"], part_of="Pakistan"),
        actor(d, "A11", "Line of Control", "place", ["Line of Control"]),
        actor(d, "A12", "Indian Army", "organization", ["Indian Army"],
              optional=True, part_of="India"),
        actor(d, "A13", "Reuters", "media", ["Reuters"]),
        actor(d, "A14", "Daniel Cortland", "person", ["Daniel Cortland"],
              affiliations=[("United States", "senior trade official")]),
        actor(d, "A15", "United States", "state",
              ["US", "Washington", "United States"], ["USA", "U.S."],
              accept={"Washington": ["Washington"]}),
        actor(d, "A16", "WION", "media", ["WION"]),
        actor(d, "A17", "China", "state", ["China"],
              ["People's Republic of China"]),
        actor(d, "A18", "Han Mei", "person", ["Han Mei"],
              affiliations=[("Ministry of Foreign Affairs (China)",
                             "spokesperson")]),
        actor(d, "A19", "Ministry of Foreign Affairs (China)", "organization",
              ["foreign ministry"], ["Chinese foreign ministry",
                                     "Chinese Foreign Ministry"],
              optional=True, part_of="China"),
        actor(d, "A20", "Kyodo News", "media", ["Kyodo News"], ["Kyodo"]),
        actor(d, "A21", "Anadolu Agency", "media", ["Anadolu Agency"],
              ["Anadolu"]),
        actor(d, "A22", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A23", "Indo-Pacific", "place", ["Indo-Pacific"]),
        actor(d, "A24", "New Delhi", "place", ["New Delhi"], optional=True),
        actor(d, "A25", "Washington", "place", ["Washington"],
              optional=True),
    ]
    turn1 = ("Good afternoon, friends. Let me begin with two announcements. "
             "Prime Minister Narendra Modi will travel to Johannesburg from "
             "November 21 to 23 to attend the G20 Leaders' Summit. "
             "Separately, Foreign Minister Akiko Tanabe of Japan will visit "
             "New Delhi next week for the India-Japan Foreign Ministers' "
             "Strategic Dialogue. With that, the floor is open.")
    turn2 = ("We have seen those remarks, and they are baseless. The Indian "
             "Army continues to respect the understanding reached in May. It "
             "is Pakistan that needs to end its support for cross-border "
             "terrorism.")
    turn3 = ("Negotiations are progressing well and both sides have made "
             "good progress. I would not like to put a timeline on it. India "
             "and the United States are comprehensive global strategic "
             "partners, and trade is an important pillar of that "
             "partnership.")
    turn4 = ("Our relations with China stand on their own and should not be "
             "seen through the lens of a third country. Both sides are "
             "working to maintain peace and tranquillity in the border "
             "areas.")
    turn5 = ("Minister Tanabe will be here on October 22 and 23. India and "
             "Japan are special strategic and global partners, and we expect "
             "the dialogue to cover defence, connectivity and the "
             "Indo-Pacific.")
    turn6 = "I have nothing to share on that at this stage."
    brf = "weekly media briefing"
    basis = "the briefing's date"
    statements = [
        statement(d, "T01", "Vikram Rathore", "Shri Vikram Rathore:", day,
                  quote=turn1, cameo="010",
                  about=["Narendra Modi", "Akiko Tanabe", "Japan",
                         "Johannesburg"], channel=brf, date_basis=basis),
        statement(d, "T02", "Ministry of Foreign Affairs (Pakistan)",
                  "Pakistan's Foreign Office said", "2025-10-13",
                  para="Indian troops had violated the ceasefire along the "
                       "Line of Control twice last week",
                  evidence=["Pakistan's Foreign Office said on Monday that "
                            "Indian troops had violated the ceasefire along "
                            "the Line of Control twice last week."],
                  cameo="112", alts=["111", "010"], alternatives=["Pakistan"],
                  targets=[("India", "conflictual", True)],
                  about=["India", "Line of Control"],
                  reported_via="Press Trust of India", embedded=True,
                  date_basis="'on Monday'"),
        statement(d, "T03", "Vikram Rathore", "Shri Vikram Rathore:", day,
                  quote=turn2, cameo="12", alts=["111", "112"],
                  targets=[("Pakistan", "conflictual", True)],
                  about=["Pakistan"], channel=brf, responds_to=["T02"],
                  after="How do you respond?", date_basis=basis),
        statement(d, "T04", "Daniel Cortland", "Daniel Cortland, told", 
                  "2025-10-15",
                  para="a bilateral trade agreement with India was very "
                       "close and could be signed this month",
                  evidence=["A senior US trade official, Daniel Cortland, "
                            "told reporters in Washington yesterday that a "
                            "bilateral trade agreement with India was \"very "
                            "close\" and could be signed this month."],
                  cameo="010", alts=["036", "013"],
                  alternatives=["United States"],
                  targets=[("India", "cooperative", True)], about=["India"],
                  reported_via="Reuters", embedded=True,
                  date_basis="'yesterday'"),
        statement(d, "T05", "Vikram Rathore", "Shri Vikram Rathore:", day,
                  quote=turn3, cameo="010", alts=["013", "036"],
                  targets=[("United States", "cooperative", True)],
                  about=["United States", "India"], channel=brf,
                  responds_to=["T04"], after="Can you confirm that?",
                  date_basis=basis),
        statement(d, "T06", "Han Mei", "spokesperson Han Mei said", None,
                  para="China and Pakistan are all-weather strategic "
                       "cooperative partners and their friendship is harder "
                       "than steel",
                  evidence=["The Chinese foreign ministry spokesperson Han "
                            "Mei said that China and Pakistan are "
                            "\"all-weather strategic cooperative partners\" "
                            "and that their friendship is \"harder than "
                            "steel\"."],
                  cameo="010", alts=["051"], alternatives=["China"],
                  targets=[("Pakistan", "cooperative", True)],
                  about=["Pakistan", "China"], reported_via="WION",
                  embedded=True,
                  date_basis="the text does not say when"),
        statement(d, "T07", "Vikram Rathore", "Shri Vikram Rathore:", day,
                  quote=turn4, cameo="010",
                  about=["China"], channel=brf, responds_to=["T06"],
                  after="Does that concern New Delhi?", date_basis=basis),
        statement(d, "T08", "Vikram Rathore", "Shri Vikram Rathore:", day,
                  quote=turn5, cameo="010", alts=["036", "051"],
                  targets=[("Japan", "cooperative", True)],
                  about=["Akiko Tanabe", "Japan", "India", "Indo-Pacific"],
                  channel=brf, after="the Japanese foreign minister visits?",
                  date_basis=basis),
        statement(d, "T09", "Vikram Rathore", "Shri Vikram Rathore:", day,
                  quote=turn6, cameo="011", alts=["010"], about=["Ukraine"],
                  channel=brf, after="to host peace talks?",
                  date_basis=basis),
    ]
    relationships = [
        relationship("R01", "comprehensive global strategic partners",
                     ["India", "United States"], False, ["Vikram Rathore"],
                     ["T05"], ["comprehensive global strategic partnership",
                               "strategic partners", "partnership"]),
        relationship("R02", "all-weather strategic cooperative partners",
                     ["China", "Pakistan"], False, ["Han Mei"], ["T06"],
                     ["all-weather strategic cooperative partnership"]),
        relationship("R03", "special strategic and global partners",
                     ["India", "Japan"], False, ["Vikram Rathore"], ["T08"],
                     ["special strategic and global partnership",
                      "strategic partners"]),
        relationship("R04", "friendship", ["China", "Pakistan"], False,
                     ["Han Mei"], ["T06"], optional=True),
        relationship("R05", "ceasefire", ["India", "Pakistan"], False,
                     ["Ministry of Foreign Affairs (Pakistan)"], ["T02"],
                     optional=True),
    ]
    events = [
        event("E01", "weekly media briefing", day, ["Vikram Rathore"]),
        event("E02", "Modi travels to Johannesburg for the G20 summit",
              "2025-11-21", ["Narendra Modi", "Johannesburg"]),
        event("E03", "Tanabe visits New Delhi", "2025-10-22",
              ["Akiko Tanabe", "India"]),
        event("E04", "ceasefire violations along the Line of Control", None,
              ["India", "Pakistan"], optional=True),
    ]
    timexes = [timex(d, "October 16, 2025", day),
               timex(d, "from November 21 to 23", "2025-11-21/2025-11-23",
                     kind="interval"),
               timex(d, "next week", "2025-10-20/2025-10-26",
                     kind="interval"),
               timex(d, "on Monday", "2025-10-13"),
               timex(d, "last week", "2025-10-06/2025-10-12",
                     kind="interval"),
               timex(d, "in May", "2025-05"),
               timex(d, "yesterday", "2025-10-15"),
               timex(d, "this month", "2025-10"),
               timex(d, "on October 22 and 23", "2025-10-22/2025-10-23",
                     kind="interval")]
    write(d, day, "press conference (Q&A transcript)", actors, statements,
          relationships, events, timexes)


def h8():
    d = Doc("h8_readout")
    day = "2025-08-21"
    actors = [
        actor(d, "A01", "Ellen Marsh", "person",
              ["Ellen Marsh", "Marsh"],
              affiliations=[("Australia", "Prime Minister")]),
        actor(d, "A02", "Arief Wibisono", "person",
              ["Arief Wibisono", "Wibisono"],
              affiliations=[("Indonesia", "President")]),
        actor(d, "A03", "Indonesia", "state", ["Indonesia"],
              ["Republic of Indonesia"]),
        actor(d, "A04", "Australia", "state", ["Australia"],
              ["Commonwealth of Australia"]),
        actor(d, "A05", "South China Sea", "place", ["South China Sea"]),
        actor(d, "A06", "United States", "state", ["United States"],
              ["US", "USA", "U.S."]),
        actor(d, "A07", "China", "state", ["China"],
              ["People's Republic of China"]),
        actor(d, "A08", "Jakarta", "place", ["Jakarta"]),
        actor(d, "A09", "Rote Island", "place", ["Rote Island"]),
    ]
    basis = "the readout's date ('this evening')"
    both = ["Arief Wibisono"]
    statements = [
        statement(d, "S01", "Ellen Marsh", "The Prime Minister congratulated",
                  day,
                  para="Australia valued its comprehensive strategic "
                       "partnership with Indonesia more than ever",
                  evidence=["and said Australia valued its comprehensive "
                            "strategic partnership with Indonesia \"more "
                            "than ever\"."],
                  cameo="051", alts=["010", "057"],
                  alternatives=["Australia"],
                  targets=[("Indonesia", "cooperative", True)],
                  about=["Indonesia", "Australia"], channel="call",
                  date_basis=basis),
        statement(d, "S02", "Ellen Marsh", "Prime Minister Marsh reiterated",
                  day,
                  para="Australia supports freedom of navigation and the "
                       "peaceful resolution of disputes in accordance with "
                       "international law",
                  evidence=["Prime Minister Marsh reiterated Australia's "
                            "support for freedom of navigation and for the "
                            "peaceful resolution of disputes in accordance "
                            "with international law."],
                  cameo="010", alts=["050"], alternatives=["Australia"],
                  about=["Australia", "South China Sea"], channel="call",
                  date_basis=basis),
        statement(d, "S03", "Arief Wibisono", "President Wibisono said", day,
                  para="Indonesia would continue to pursue a free and active "
                       "foreign policy and would not take sides in the "
                       "rivalry between the United States and China",
                  evidence=["President Wibisono said Indonesia would "
                            "continue to pursue a free and active foreign "
                            "policy and would not take sides in the rivalry "
                            "between the United States and China."],
                  cameo="010", alternatives=["Indonesia"],
                  about=["Indonesia", "United States", "China"],
                  channel="call", date_basis=basis),
        statement(d, "S04", "Ellen Marsh", "Both sides agreed", day,
                  para="to conclude negotiations on a new defence "
                       "cooperation agreement before the end of the year and "
                       "to hold the next Annual Leaders' Meeting in Jakarta "
                       "in early 2026",
                  evidence=["Both sides agreed to conclude negotiations on a "
                            "new defence cooperation agreement before the end "
                            "of the year, and to hold the next Annual "
                            "Leaders' Meeting in Jakarta in early 2026."],
                  cameo="030", alts=["036", "057", "010"],
                  alternatives=["Australia", "Indonesia"],
                  targets=[("Indonesia", "cooperative", False),
                           ("Australia", "cooperative", False)],
                  about=["Australia", "Indonesia", "Jakarta"],
                  channel="call", date_basis=basis),
        # Two coordinated reported clauses, two statements (as the
        # development readout's "raised concerns ... and affirmed ...").
        statement(d, "S05", "Ellen Marsh",
                  "The Prime Minister also raised", day,
                  para="raised the case of two Australian fishermen detained "
                       "off Rote Island since July 28",
                  evidence=["The Prime Minister also raised the case of two "
                            "Australian fishermen detained off Rote Island "
                            "since July 28"],
                  cameo="010", alts=["020", "051"],
                  alternatives=["Australia"],
                  about=["Rote Island", "Australia"],
                  channel="call", date_basis=basis),
        statement(d, "S05b", "Ellen Marsh",
                  "The Prime Minister also raised", day,
                  para="welcomed Indonesia's decision last week to grant "
                       "them consular access",
                  evidence=["welcomed Indonesia's decision last week to "
                            "grant them consular access."],
                  cameo="051", alts=["010"], alternatives=["Australia"],
                  targets=[("Indonesia", "cooperative", True)],
                  about=["Indonesia"],
                  channel="call", date_basis=basis),
        statement(d, "S06", "Ellen Marsh", "The leaders agreed", day,
                  para="to stay in close contact",
                  evidence=["The leaders agreed to stay in close contact."],
                  cameo="030", alts=["036"], alternatives=["Arief Wibisono"],
                  channel="call", optional=True, date_basis=basis),
        statement(d, "S07", "Ellen Marsh",
                  "The Prime Minister congratulated", day,
                  para="congratulated President Wibisono on Indonesia's 80th "
                       "Independence Day",
                  evidence=["The Prime Minister congratulated President "
                            "Wibisono on Indonesia's 80th Independence Day"],
                  cameo="051", alts=["010"],
                  targets=[("Arief Wibisono", "cooperative", True)],
                  about=["Arief Wibisono", "Indonesia"], channel="call",
                  optional=True, date_basis=basis),
    ]
    for s in statements:
        if s["id"] in ("S04", "S06"):
            s["co_speakers"] = list(both)
            s["attribution"] = "joint"
    relationships = [
        relationship("R01", "comprehensive strategic partnership",
                     ["Australia", "Indonesia"], False, ["Ellen Marsh"],
                     ["S01"], ["comprehensive strategic partners",
                               "strategic partnership"]),
        relationship("R02", "rivalry", ["United States", "China"], False,
                     ["Arief Wibisono"], ["S03"],
                     ["rivals", "strategic rivalry", "competition"]),
        relationship("R03", "defence cooperation",
                     ["Australia", "Indonesia"], False,
                     ["Ellen Marsh", "Arief Wibisono"], ["S04"],
                     ["defense cooperation"], optional=True),
    ]
    events = [
        event("E01", "Marsh-Wibisono phone call", day,
              ["Ellen Marsh", "Arief Wibisono"]),
        event("E02", "Indonesia's 80th Independence Day", "2025-08-17",
              ["Indonesia"], optional=True),
        event("E03", "two Australian fishermen detained off Rote Island",
              "2025-07-28", ["Australia", "Indonesia"], optional=True),
    ]
    timexes = [timex(d, "this evening", day),
               timex(d, "on Sunday", "2025-08-17"),
               timex(d, "before the end of the year", "2025"),
               timex(d, "in early 2026", "2026"),
               timex(d, "since July 28", "2025-07-28"),
               timex(d, "last week", "2025-08-11/2025-08-17",
                     kind="interval")]
    write(d, day, "call readout", actors, statements, relationships, events,
          timexes)


def h9():
    d = Doc("h9_report")
    day = "2025-11-20"
    actors = [
        actor(d, "A01", "Kazakhstan", "state", ["Kazakhstan", "Astana"],
              ["Republic of Kazakhstan"], accept={"Astana": ["Astana"]}),
        actor(d, "A02", "Caspian Pipeline Consortium", "organization",
              ["Caspian Pipeline Consortium"], ["CPC"]),
        actor(d, "A03", "Russia", "state", ["Russia", "Moscow"],
              ["Russian Federation"], accept={"Moscow": ["Moscow"]}),
        actor(d, "A04", "Ukraine", "state", ["Ukraine", "Kyiv"],
              accept={"Kyiv": ["Kyiv"]}),
        actor(d, "A05", "Nurlan Abenov", "person",
              ["Nurlan Abenov", "Abenov"],
              affiliations=[("Kazakhstan", "Energy Minister")]),
        actor(d, "A06", "Astana", "place", ["Astana"], optional=True),
        actor(d, "A07", "Black Sea", "place", ["Black Sea"]),
        actor(d, "A08", "Novorossiysk", "place", ["Novorossiysk"]),
        actor(d, "A09", "RIA Novosti", "media", ["RIA Novosti"], ["RIA"]),
        actor(d, "A10", "Mikhail Zorin", "person", ["Mikhail Zorin"],
              affiliations=[("Russia", "Deputy Foreign Minister")]),
        actor(d, "A11", "Kremlin", "organization", ["Kremlin"],
              ["Presidential Executive Office (Russia)"],
              accept={"Kremlin": ["Kremlin", "Russia"]}, part_of="Russia"),
        actor(d, "A12", "Vladimir Putin", "person", ["Vladimir Putin"],
              ["Putin"], affiliations=[("Russia", "President")]),
        actor(d, "A13", "Kassym-Jomart Tokayev", "person",
              ["Kassym-Jomart Tokayev", "Tokayev"],
              affiliations=[("Kazakhstan", "President")]),
        actor(d, "A14", "Berik Saparov", "person", ["Berik Saparov"],
              affiliations=[("Kassym-Jomart Tokayev", "spokesman")]),
        actor(d, "A15", "Oleksandr Melnyk", "person", ["Oleksandr Melnyk"],
              affiliations=[("Ministry of Foreign Affairs (Ukraine)",
                             "spokesman")]),
        actor(d, "A16", "Ministry of Foreign Affairs (Ukraine)",
              "organization", [],
              ["Ukrainian Foreign Ministry", "Ukraine's foreign ministry",
               "foreign ministry"], optional=True, part_of="Ukraine"),
        actor(d, "A17", "Steppe Wire", "media", ["Steppe Wire"],
              optional=True),
        actor(d, "A18", "Azamat Nurpeisov", "person", ["Azamat Nurpeisov"],
              affiliations=[("Caspian Pipeline Consortium",
                             "deputy general director")]),
        actor(d, "A19", "Interfax", "media", ["Interfax"]),
        actor(d, "A20", "Ust-Luga", "place", ["Ust-Luga"]),
        actor(d, "A21", "Anna Verhoeven", "person", ["Anna Verhoeven"],
              affiliations=[("European Union", "spokesperson")]),
        actor(d, "A22", "European Union", "organization", ["EU"],
              ["European Union"]),
        actor(d, "A23", "Chevron", "organization", ["Chevron"]),
    ]
    abroad = ("But I cannot promise our partners that this will be quick.\n\n"
              "\"The damage is serious, and part of the equipment has to be "
              "brought in from abroad.")
    statements = [
        statement(d, "S01", "Nurlan Abenov",
                  "Kazakhstan's energy minister said", day,
                  para="repairs to a pumping station of the Caspian Pipeline "
                       "Consortium would take at least three weeks",
                  evidence=["Kazakhstan's energy minister said on Thursday "
                            "that repairs to a pumping station of the Caspian "
                            "Pipeline Consortium would take \"at least three "
                            "weeks\""],
                  cameo="010", alternatives=["Kazakhstan"],
                  about=["Caspian Pipeline Consortium"],
                  attribution="description", date_basis="'on Thursday'"),
        statement(d, "S02", "Russia", "Moscow blamed", "2025-11-19",
                  para="Ukraine was to blame for the drone strike that "
                       "damaged the facility",
                  evidence=["as Moscow blamed Ukraine for the drone strike "
                            "that damaged the facility earlier this month"],
                  cameo="112", alts=["111"], alternatives=["Mikhail Zorin"],
                  targets=[("Ukraine", "conflictual", True)],
                  about=["Ukraine"], same=["S06"],
                  date_basis="retells S06 (late on Wednesday)"),
        statement(d, "S03", "Nurlan Abenov",
                  "Energy Minister Nurlan Abenov told", day,
                  para="oil exports through the pipeline had fallen by about "
                       "a third since the attack on November 9, with "
                       "loadings at the Black Sea terminal near Novorossiysk "
                       "halted from November 9 to 12",
                  evidence=["Energy Minister Nurlan Abenov told lawmakers in "
                            "Astana that oil exports through the pipeline had "
                            "fallen by about a third since the attack on "
                            "November 9, with loadings at the Black Sea "
                            "terminal near Novorossiysk halted from November "
                            "9 to 12."],
                  cameo="010", about=["Novorossiysk", "Black Sea"],
                  date_basis="the Thursday remarks of the lede"),
        statement(d, "S04", "Nurlan Abenov", "Abenov said", day,
                  quote="We are doing everything we can to restore full "
                        "capacity,",
                  cameo="010", date_basis="the Thursday remarks of the lede"),
        statement(d, "S05", "Nurlan Abenov", "Abenov said", day,
                  quote=abroad, cameo="010",
                  attribution="implicit_continuation",
                  date_basis="the Thursday remarks of the lede"),
        statement(d, "S06", "Mikhail Zorin",
                  "Russian Deputy Foreign Minister Mikhail Zorin said",
                  "2025-11-19",
                  para="Ukraine's strike on the station was an act of "
                       "terrorism aimed at Kazakhstan as much as at Russia",
                  evidence=["In remarks carried by RIA Novosti late on "
                            "Wednesday, Russian Deputy Foreign Minister "
                            "Mikhail Zorin said Ukraine's strike on the "
                            "station was \"an act of terrorism\" aimed at "
                            "Kazakhstan as much as at Russia."],
                  cameo="111", alts=["112"], alternatives=["Russia"],
                  targets=[("Ukraine", "conflictual", True)],
                  about=["Ukraine", "Kazakhstan", "Russia"],
                  reported_via="RIA Novosti", same=["S02"],
                  date_basis="'late on Wednesday'"),
        statement(d, "S07", "Vladimir Putin", "the two leaders agreed",
                  "2025-11-18",
                  para="Russia and Kazakhstan must protect the pipeline "
                       "together, as a matter of common security",
                  evidence=["the two leaders agreed that Russia and "
                            "Kazakhstan \"must protect the pipeline together, "
                            "as a matter of common security\"."],
                  cameo="030", alts=["036", "010"],
                  alternatives=["Kassym-Jomart Tokayev", "Russia",
                                "Kazakhstan"],
                  about=["Russia", "Kazakhstan"], reported_via="Kremlin",
                  channel="phone call", attribution="joint",
                  date_basis="'by phone on Tuesday'"),
        statement(d, "S08", "Berik Saparov", "Berik Saparov, said",
                  "2025-11-19",
                  para="Astana valued its strategic partnership with Moscow "
                       "but expected full transparency from the Russian "
                       "investigation",
                  evidence=["Tokayev's spokesman, Berik Saparov, said on "
                            "Wednesday that Astana valued its strategic "
                            "partnership with Moscow but expected \"full "
                            "transparency\" from the Russian investigation."],
                  cameo="010", alts=["051"], alternatives=["Kazakhstan"],
                  targets=[("Russia", "cooperative", True)],
                  about=["Russia", "Kazakhstan"],
                  date_basis="'on Wednesday'"),
        statement(d, "S09", "Ukraine", "Ukraine has denied", None,
                  para="Ukraine denied involvement",
                  evidence=["Ukraine has denied involvement."],
                  cameo="12", alts=["010"], optional=True,
                  date_basis="the text does not say when"),
        statement(d, "S10", "Ukraine", "Kyiv has in the past described",
                  None,
                  para="Russian oil refineries and export terminals are "
                       "legitimate military targets",
                  evidence=["Kyiv has in the past described Russian oil "
                            "refineries and export terminals as legitimate "
                            "military targets"],
                  cameo="111", alts=["010", "13"],
                  targets=[("Russia", "conflictual", False)],
                  about=["Russia"],
                  date_basis="the text does not say when"),
        statement(d, "S11", "Oleksandr Melnyk", "Oleksandr Melnyk, told",
                  "2025-11",
                  para="Kyiv had no interest in harming Kazakhstan, which he "
                       "called a friendly nation",
                  evidence=["a spokesman for Ukraine's foreign ministry, "
                            "Oleksandr Melnyk, told Steppe Wire last week "
                            "that Kyiv had no interest in harming Kazakhstan, "
                            "which he called a friendly nation."],
                  cameo="010", alts=["051"],
                  alternatives=["Ukraine",
                                "Ministry of Foreign Affairs (Ukraine)"],
                  targets=[("Kazakhstan", "cooperative", True)],
                  about=["Kazakhstan", "Ukraine"],
                  reported_via="Steppe Wire",
                  date_basis="'last week' (2025-11-10 to 2025-11-16)"),
        statement(d, "S12", "Azamat Nurpeisov", "Azamat Nurpeisov", None,
                  para="tankers were being rerouted to the port of Ust-Luga",
                  evidence=["Azamat Nurpeisov, the consortium's deputy "
                            "general director, was quoted by Interfax as "
                            "saying that tankers were being rerouted to the "
                            "port of Ust-Luga."],
                  cameo="010", about=["Ust-Luga"], reported_via="Interfax",
                  date_basis="the text does not say when"),
        statement(d, "S13", "Anna Verhoeven", "Anna Verhoeven, said",
                  "2025-11-17",
                  para="attacks on civilian energy infrastructure were "
                       "unacceptable and the bloc was in close contact with "
                       "Kazakhstan",
                  evidence=["An EU spokesperson, Anna Verhoeven, said on "
                            "Monday that attacks on civilian energy "
                            "infrastructure were unacceptable, adding that "
                            "the bloc was \"in close contact\" with "
                            "Kazakhstan."],
                  cameo="111", alts=["010"],
                  alternatives=["European Union"],
                  targets=[("Kazakhstan", "cooperative", True)],
                  about=["Kazakhstan"], date_basis="'on Monday'"),
        statement(d, "S14", "Chevron", "Chevron, which holds", None,
                  para="declined to comment",
                  evidence=["Chevron, which holds a 15% stake in the "
                            "consortium, declined to comment."],
                  cameo="011", optional=True,
                  date_basis="the text does not say when"),
    ]
    statements[4]["segments"] = [
        {"quote": "But I cannot promise our partners that this will be "
                  "quick."},
        {"quote": "The damage is serious, and part of the equipment has to "
                  "be brought in from abroad."}]
    statements[6]["co_speakers"] = ["Kassym-Jomart Tokayev"]
    relationships = [
        relationship("R01", "strategic partnership", ["Kazakhstan", "Russia"],
                     False, ["Berik Saparov"], ["S08"],
                     ["strategic partners"]),
        relationship("R02", "friendly nation", ["Ukraine", "Kazakhstan"],
                     False, ["Oleksandr Melnyk"], ["S11"],
                     ["friendly", "friendship"], optional=True),
    ]
    events = [
        event("E01", "drone strike on the CPC pumping station", None,
              ["Ukraine", "Caspian Pipeline Consortium"]),
        event("E02", "Putin-Tokayev phone call", "2025-11-18",
              ["Vladimir Putin", "Kassym-Jomart Tokayev"]),
        event("E03", "loadings at Novorossiysk halted", "2025-11-09",
              ["Caspian Pipeline Consortium"], optional=True),
    ]
    timexes = [timex(d, "Nov 20", day),
               timex(d, "on Thursday", day),
               timex(d, "earlier this month", "2025-11"),
               timex(d, "on November 9", "2025-11-09"),
               timex(d, "from November 9 to 12", "2025-11-09/2025-11-12",
                     kind="interval"),
               timex(d, "late on Wednesday", "2025-11-19"),
               timex(d, "on Tuesday", "2025-11-18"),
               timex(d, "on Wednesday", "2025-11-19",
                     after="Berik Saparov"),
               timex(d, "last week", "2025-11-10/2025-11-16",
                     kind="interval"),
               timex(d, "on Monday", "2025-11-17")]
    write(d, day, "news report", actors, statements, relationships, events,
          timexes)



def h10():
    d = Doc("h10_joint")
    day = "2025-12-04"
    actors = [
        actor(d, "A01", "Vietnam", "state",
              ["Vietnam", "Viet Nam", "Socialist Republic of Viet Nam"],
              ["Socialist Republic of Vietnam", "Government of Viet Nam",
               "Government of the Socialist Republic of Viet Nam"]),
        actor(d, "A02", "Philippines", "state",
              ["Philippines", "Republic of the Philippines"],
              ["Government of the Philippines",
               "Government of the Republic of the Philippines"]),
        actor(d, "A03", "Tran Minh Khoa", "person", ["Tran Minh Khoa"],
              affiliations=[("Vietnam", "Foreign Minister")]),
        actor(d, "A04", "Isabel Ocampo", "person",
              ["Isabel Ocampo", "Ocampo"],
              affiliations=[("Philippines", "Foreign Secretary")]),
        actor(d, "A05", "Hanoi", "place", ["Hanoi"]),
        actor(d, "A06", "Joint Commission on Bilateral Cooperation",
              "organization",
              ["Joint Commission on Bilateral Cooperation",
               "Joint Commission"], optional=True),
        actor(d, "A07", "VNA", "media", ["VNA"], ["Vietnam News Agency"],
              optional=True),
        actor(d, "A08", "United Nations", "organization", ["United Nations"],
              ["UN"], optional=True),
        actor(d, "A09", "United Nations Security Council", "organization",
              ["United Nations Security Council"],
              ["UN Security Council", "UNSC", "Security Council"],
              part_of="United Nations"),
        actor(d, "A10", "South China Sea", "place", ["South China Sea"]),
        actor(d, "A11", "Manila", "place", ["Manila"]),
        actor(d, "A12", "Ho Chi Minh City", "place", ["Ho Chi Minh City"]),
        actor(d, "A13", "ASEAN", "organization", ["ASEAN"],
              ["Association of Southeast Asian Nations"], optional=True),
        actor(d, "A14", "Kuala Lumpur", "place", ["Kuala Lumpur"],
              optional=True),
    ]
    paras = [
        "The Government of the Socialist Republic of Viet Nam and the "
        "Government of the Republic of the Philippines,",
        "Recalling the Strategic Partnership established in 2015 and the "
        "long-standing friendship between the two peoples;",
        "Reaffirming their commitment to the Charter of the United Nations, "
        "the Treaty of Amity and Cooperation in Southeast Asia and the 1982 "
        "United Nations Convention on the Law of the Sea (UNCLOS);",
        "Noting with satisfaction the progress in trade, agriculture and "
        "people-to-people exchanges since the fifth meeting of the Joint "
        "Commission in Manila in 2023;",
        "Hereby declare as follows:",
        "1. The two sides agreed to work towards upgrading their relations "
        "to a Comprehensive Strategic Partnership and tasked their foreign "
        "ministries to prepare a plan of action.",
        "2. The two sides reaffirmed the importance of maintaining peace, "
        "stability, and freedom of navigation and overflight in the South "
        "China Sea, and of resolving disputes by peaceful means in "
        "accordance with international law, including UNCLOS.",
        "3. The two sides welcomed the signing of a Memorandum of "
        "Understanding on coast guard cooperation and committed to "
        "establish a hotline between their coast guards before June 2026.",
        "4. The two sides agreed to raise two-way trade to US$10 billion by "
        "2030 and to resume direct flights between Manila and Ho Chi Minh "
        "City.",
        "5. The Philippine side expressed its appreciation for Viet Nam's "
        "support for its candidature for a non-permanent seat on the United "
        "Nations Security Council for the term 2027-2028.",
    ]
    whole = "\n\n".join(paras)
    basis = "'on Thursday issued' with the page date 2025-12-04 (a Thursday)"
    statements = [
        statement(d, "S01", "Isabel Ocampo", "Ocampo said", day,
                  quote="stand shoulder to shoulder as neighbours who share "
                        "the same sea",
                  cameo="051", alts=["010"], alternatives=["Philippines"],
                  targets=[("Vietnam", "cooperative", True)],
                  about=["Vietnam", "Philippines"],
                  channel="remarks to reporters",
                  date_basis="'after the closing session on Thursday'"),
        statement(d, "J00", "Vietnam",
                  "Vietnam and the Philippines on Thursday issued", day,
                  para="Vietnam and the Philippines pledged closer maritime "
                       "cooperation",
                  evidence=["Vietnam and the Philippines on Thursday issued "
                            "a joint statement pledging closer maritime "
                            "cooperation"],
                  cameo="030", alts=["057", "010"],
                  alternatives=["Philippines"],
                  targets=[("Philippines", "cooperative", True),
                           ("Vietnam", "cooperative", True)],
                  about=["Vietnam", "Philippines"], same=["J01"],
                  attribution="joint", optional=True, date_basis=basis),
        statement(d, "J01", "Vietnam",
                  "The following is the full text of the joint statement",
                  day, quote=whole,
                  evidence=["Vietnam and the Philippines on Thursday issued "
                            "a joint statement"],
                  cameo="030", alts=["057", "010"],
                  alternatives=["Philippines"],
                  targets=[("Philippines", "cooperative", True),
                           ("Vietnam", "cooperative", True)],
                  about=["Vietnam", "Philippines", "South China Sea",
                         "United Nations Security Council"],
                  channel="joint statement", same=["J00"],
                  attribution="joint", date_basis=basis),
    ]
    statements[1]["co_speakers"] = ["Philippines"]
    statements[2]["co_speakers"] = ["Philippines"]
    statements[2]["quote_marks"] = "none (document text)"
    statements[2]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    relationships = [
        relationship("R01", "Strategic Partnership",
                     ["Vietnam", "Philippines"], False,
                     ["Vietnam", "Philippines"], ["J01"],
                     ["strategic partners"], date=day),
        relationship("R02", "Comprehensive Strategic Partnership",
                     ["Vietnam", "Philippines"], False,
                     ["Vietnam", "Philippines"], ["J01"],
                     ["comprehensive strategic partners"], date=day),
        relationship("R03", "friendship", ["Vietnam", "Philippines"], False,
                     ["Vietnam", "Philippines"], ["J01"],
                     ["long-standing friendship"], optional=True),
        relationship("R04", "neighbours", ["Vietnam", "Philippines"], False,
                     ["Isabel Ocampo"], ["S01"], ["neighbors"],
                     optional=True),
        relationship("R05", "coast guard cooperation",
                     ["Vietnam", "Philippines"], False,
                     ["Vietnam", "Philippines"], ["J01"],
                     ["maritime cooperation", "cooperation"], optional=True),
    ]
    statements_r02 = relationships[1]
    statements_r02["modality"] = "committed (work towards)"
    events = [
        event("E01", "sixth meeting of the Joint Commission on Bilateral "
              "Cooperation", "2025-12-03",
              ["Tran Minh Khoa", "Isabel Ocampo", "Vietnam", "Philippines"]),
        event("E02", "joint statement issued", day,
              ["Vietnam", "Philippines"]),
        event("E03", "Strategic Partnership established", "2015",
              ["Vietnam", "Philippines"], optional=True),
        event("E04", "coast guard hotline established", "2026-06",
              ["Vietnam", "Philippines"], optional=True),
    ]
    events[0]["end_date"] = day
    timexes = [timex(d, "December 4, 2025 18:42", day, kind="datetime"),
               timex(d, "December 5, 2025 09:10", "2025-12-05",
                     kind="datetime"),
               timex(d, "on Thursday", day),
               timex(d, "on December 3-4", "2025-12-03/2025-12-04",
                     kind="interval"),
               timex(d, "on December 3", "2025-12-03",
                     after="shakes hands"),
               timex(d, "in 2015", "2015"),
               timex(d, "in 2023", "2023"),
               timex(d, "before June 2026", "2026-06"),
               timex(d, "by 2030", "2030"),
               timex(d, "2027-2028", "2027/2028", kind="interval"),
               timex(d, "4 December 2025", day),
               timex(d, "next month", "2026-01")]
    write(d, day, "joint statement on a news page", actors, statements,
          relationships, events, timexes)


def h11():
    d = Doc("h11_readout")
    day = "2026-02-10"
    actors = [
        actor(d, "A01", "Marcus Whitcombe", "person",
              ["Marcus Whitcombe", "Whitcombe"],
              affiliations=[("United States", "Secretary of State")]),
        actor(d, "A02", "Dewi Anggraini", "person",
              ["Dewi Anggraini", "Anggraini"],
              affiliations=[("Indonesia", "Foreign Minister")]),
        actor(d, "A03", "Jenna Alcott", "person", ["Jenna Alcott"],
              affiliations=[("U.S. Department of State", "Spokesperson")]),
        actor(d, "A04", "U.S. Department of State", "organization",
              ["U.S. Department of State"],
              ["State Department", "Department of State"], optional=True,
              part_of="United States"),
        actor(d, "A05", "United States", "state",
              ["United States", "Washington", "U.S."], ["US", "USA"],
              accept={"Washington": ["Washington"]}),
        actor(d, "A06", "Indonesia", "state", ["Indonesia", "Jakarta"],
              ["Republic of Indonesia"], accept={"Jakarta": ["Jakarta"]}),
        actor(d, "A07", "ASEAN", "organization", ["ASEAN"],
              ["Association of Southeast Asian Nations"], optional=True),
        actor(d, "A08", "Indo-Pacific", "place", ["Indo-Pacific"]),
        actor(d, "A09", "South China Sea", "place", ["South China Sea"]),
        actor(d, "A10", "Myanmar", "state", ["Myanmar"], ["Burma"]),
        actor(d, "A11", "Gaza", "place", ["Gaza"], ["Gaza Strip"]),
        actor(d, "A12", "OECD", "organization", ["OECD"],
              ["Organisation for Economic Co-operation and Development"]),
        actor(d, "A13", "Washington", "place", ["Washington"],
              optional=True),
        actor(d, "A14", "Bureau of East Asian and Pacific Affairs",
              "organization", ["Bureau of East Asian and Pacific Affairs"],
              optional=True, part_of="U.S. Department of State"),
        actor(d, "A15", "Office of the Spokesperson", "organization",
              ["Office of the Spokesperson"], optional=True,
              part_of="U.S. Department of State"),
        actor(d, "A16", "U.S.-Indonesia Joint Commission", "organization",
              ["U.S.-Indonesia Joint Commission"], optional=True),
        actor(d, "A17", "Ocampo", "person", ["Ocampo"], optional=True),
        actor(d, "A18", "Lang", "person", ["Lang"], optional=True),
        actor(d, "A19", "Tokyo", "place", ["Tokyo"], optional=True),
        actor(d, "A20", "Seoul", "place", ["Seoul"], optional=True),
    ]
    via = "Jenna Alcott"
    basis = "'spoke today' on the readout's date"
    kw = dict(reported_via=via, channel="call", date_basis=basis)
    statements = [
        statement(d, "B00", "Jenna Alcott",
                  "The following is attributable to Spokesperson Jenna "
                  "Alcott", day,
                  para="readout of Secretary Whitcombe's call with Foreign "
                       "Minister Anggraini",
                  alternatives=["U.S. Department of State"],
                  about=["Marcus Whitcombe", "Dewi Anggraini", "Indonesia"],
                  optional=True, date_basis=basis),
        statement(d, "B01", "Marcus Whitcombe",
                  "The Secretary congratulated", day,
                  para="congratulated Foreign Minister Anggraini on "
                       "Indonesia's successful hosting of the ASEAN Maritime "
                       "Forum last week",
                  evidence=["The Secretary congratulated Foreign Minister "
                            "Anggraini on Indonesia's successful hosting of "
                            "the ASEAN Maritime Forum last week"],
                  cameo="051", alts=["010"],
                  targets=[("Dewi Anggraini", "cooperative", True),
                           ("Indonesia", "cooperative", True)],
                  about=["Dewi Anggraini", "Indonesia", "ASEAN"], **kw),
        statement(d, "B02", "Marcus Whitcombe", "welcomed Jakarta's", day,
                  para="welcomed Indonesia's offer to convene a regional "
                       "conference on search and rescue at sea in April",
                  evidence=["welcomed Jakarta's offer to convene a regional "
                            "conference on search and rescue at sea in "
                            "April."],
                  cameo="051", alts=["010", "030"],
                  targets=[("Indonesia", "cooperative", True)],
                  about=["Indonesia"], attribution="coordinated verb", **kw),
        statement(d, "B03", "Marcus Whitcombe", "The Secretary underscored",
                  day,
                  para="the United States' enduring commitment to a free and "
                       "open Indo-Pacific",
                  evidence=["The Secretary underscored the United States' "
                            "enduring commitment to a free and open "
                            "Indo-Pacific"],
                  cameo="010", about=["United States", "Indo-Pacific"], **kw),
        statement(d, "B04", "Marcus Whitcombe", "emphasized that disputes",
                  day,
                  para="disputes in the South China Sea must be resolved "
                       "peacefully and in accordance with international law",
                  evidence=["emphasized that disputes in the South China Sea "
                            "must be resolved peacefully and in accordance "
                            "with international law, as reflected in the "
                            "1982 Law of the Sea Convention."],
                  cameo="010", about=["South China Sea"],
                  attribution="coordinated verb", **kw),
        statement(d, "B05", "Marcus Whitcombe", "The Secretary expressed",
                  day,
                  para="deep concern over continued air strikes on civilians "
                       "in Myanmar",
                  evidence=["The Secretary expressed deep concern over "
                            "continued air strikes on civilians"],
                  cameo="111", alts=["010"],
                  targets=[("Myanmar", "conflictual", False)],
                  about=["Myanmar"], **kw),
        statement(d, "B06", "Marcus Whitcombe", "urged all parties", day,
                  para="urged all parties in Myanmar to allow unhindered "
                       "humanitarian access",
                  evidence=["urged all parties to allow unhindered "
                            "humanitarian access."],
                  cameo="02", alts=["010"], about=["Myanmar"],
                  attribution="coordinated verb", **kw),
        statement(d, "B07", "Marcus Whitcombe", "The Secretary reaffirmed",
                  day,
                  para="the United States supports Indonesia's accession to "
                       "the OECD",
                  evidence=["The Secretary reaffirmed Washington's support "
                            "for Indonesia's accession to the OECD"],
                  cameo="051", alts=["010", "030"],
                  targets=[("Indonesia", "cooperative", True)],
                  about=["Indonesia", "OECD", "United States"], **kw),
        statement(d, "B08", "Marcus Whitcombe", "noted that the U.S.", day,
                  para="the U.S.-Indonesia Comprehensive Strategic "
                       "Partnership continues to deliver concrete benefits "
                       "to the people of both countries",
                  evidence=["noted that the U.S.-Indonesia Comprehensive "
                            "Strategic Partnership, launched in 2023, "
                            "continues to deliver concrete benefits to the "
                            "people of both countries."],
                  cameo="051", alts=["010"],
                  targets=[("Indonesia", "cooperative", True)],
                  about=["United States", "Indonesia"],
                  attribution="coordinated verb", **kw),
        statement(d, "B09", "Marcus Whitcombe", "They agreed", day,
                  para="to hold the next meeting of the U.S.-Indonesia Joint "
                       "Commission in Washington later this year",
                  evidence=["They agreed to hold the next meeting of the "
                            "U.S.-Indonesia Joint Commission in Washington "
                            "later this year."],
                  cameo="036", alts=["030", "010"],
                  alternatives=["Dewi Anggraini"],
                  targets=[("Indonesia", "cooperative", False),
                           ("United States", "cooperative", False)],
                  about=["United States", "Indonesia", "Washington"],
                  attribution="joint", **kw),
    ]
    statements[-1]["co_speakers"] = ["Dewi Anggraini"]
    relationships = [
        relationship("R01", "Comprehensive Strategic Partnership",
                     ["United States", "Indonesia"], False,
                     ["Marcus Whitcombe", "narrator"], ["B08"],
                     ["comprehensive strategic partners", "partnership",
                      "strategic partnership", "growing partnership"],
                     date=day),
    ]
    events = [
        event("E01", "Whitcombe-Anggraini call", day,
              ["Marcus Whitcombe", "Dewi Anggraini"]),
        event("E02", "Indonesia hosts the ASEAN Maritime Forum", "2026-02",
              ["Indonesia"], optional=True),
        event("E03", "regional conference on search and rescue at sea",
              "2026-04", ["Indonesia"], optional=True),
        event("E04", "next meeting of the U.S.-Indonesia Joint Commission",
              "2026", ["United States", "Indonesia"], optional=True),
    ]
    timexes = [timex(d, "FEBRUARY 10, 2026", day),
               timex(d, "today", day),
               timex(d, "last week", "2026-02-02/2026-02-08",
                     kind="interval"),
               timex(d, "in April", "2026-04"),
               timex(d, "in 2023", "2023"),
               timex(d, "later this year", "2026"),
               timex(d, "FEBRUARY 9, 2026", "2026-02-09"),
               timex(d, "FEBRUARY 6, 2026", "2026-02-06")]
    write(d, day, "call readout (State Department)", actors, statements,
          relationships, events, timexes)


def h12():
    d = Doc("h12_briefing")
    day = "2026-03-18"
    actors = [
        actor(d, "A01", "Fang Rui", "person", ["Fang Rui"],
              affiliations=[("Ministry of Foreign Affairs (China)",
                             "spokesperson")]),
        actor(d, "A02", "Ministry of Foreign Affairs (China)",
              "organization", ["Foreign Ministry"],
              ["Chinese Foreign Ministry", "Foreign Ministry (China)"],
              optional=True, part_of="China"),
        actor(d, "A03", "China", "state", ["China"],
              ["People's Republic of China", "PRC", "Chinese government"]),
        actor(d, "A04", "Kenya", "state", ["Kenya", "Republic of Kenya"]),
        actor(d, "A05", "Grace Wanjiru", "person",
              ["Grace Wanjiru", "Wanjiru"],
              affiliations=[("Kenya", "Foreign Minister")]),
        actor(d, "A06", "Sun Peiyu", "person", ["Sun Peiyu"],
              affiliations=[("China", "Vice Foreign Minister")]),
        actor(d, "A07", "Geneva", "place", ["Geneva"]),
        actor(d, "A08", "CCTV", "media", ["CCTV"],
              ["China Central Television"]),
        actor(d, "A09", "Forum on China-Africa Cooperation", "organization",
              ["Forum on China-Africa Cooperation"], ["FOCAC"]),
        actor(d, "A10", "Bloomberg", "media", ["Bloomberg"]),
        actor(d, "A11", "Japan", "state", ["Japan", "Tokyo"],
              accept={"Tokyo": ["Tokyo"]}),
        actor(d, "A12", "Kenta Morioka", "person", ["Kenta Morioka"],
              affiliations=[("Japan", "Chief Cabinet Secretary")]),
        actor(d, "A13", "Senkaku Islands", "place",
              ["Senkaku Islands", "Diaoyu Dao"], ["Diaoyu Islands"]),
        actor(d, "A14", "China Coast Guard", "organization",
              ["China Coast Guard"], part_of="China"),
        actor(d, "A15", "Reuters", "media", ["Reuters"]),
        actor(d, "A16", "Financial Times", "media", ["Financial Times"],
              ["FT"]),
        actor(d, "A17", "Netherlands", "state", ["Netherlands"],
              ["Kingdom of the Netherlands", "Dutch government"]),
        actor(d, "A18", "AFP", "media", ["AFP"], ["Agence France-Presse"]),
        actor(d, "A19", "Andrei Gusarov", "person", ["Andrei Gusarov"],
              affiliations=[("Russia", "Deputy Foreign Minister")]),
        actor(d, "A20", "Russia", "state", ["Russia", "Moscow"],
              ["Russian Federation"], accept={"Moscow": ["Moscow"]}),
        actor(d, "A21", "RIA Novosti", "media", ["RIA Novosti"], ["RIA"]),
        actor(d, "A22", "North Korea", "state", ["DPRK", "Pyongyang"],
              ["Democratic People's Republic of Korea"],
              accept={"Pyongyang": ["Pyongyang"]}),
        actor(d, "A23", "EFE", "media", ["EFE"]),
        actor(d, "A24", "Sudan", "state", ["Sudan"]),
        actor(d, "A25", "London", "place", ["London"]),
    ]
    turn1 = ("At the invitation of the Chinese government, Foreign Minister "
             "of the Republic of Kenya Grace Wanjiru will pay an official "
             "visit to China from March 20 to 24. The Chinese side also "
             "wishes to announce that Vice Foreign Minister Sun Peiyu will "
             "attend the high-level meeting on water security in Geneva on "
             "March 23.")
    turn2 = ("China and Kenya are comprehensive strategic cooperative "
             "partners. This will be Foreign Minister Wanjiru's first visit "
             "to China since she took office. The two sides will exchange "
             "views on bilateral relations, on implementing the outcomes of "
             "the Forum on China-Africa Cooperation, and on international "
             "and regional issues of mutual interest. We believe the visit "
             "will inject new momentum into our cooperation in trade, "
             "infrastructure and green energy.")
    turn3 = ("Diaoyu Dao and its affiliated islands are China's inherent "
             "territory. Patrols by the China Coast Guard in these waters are "
             "a legitimate exercise of China's rights. We urge Japan to stop "
             "making provocations and to properly handle differences through "
             "dialogue and consultation.")
    turn4 = ("I'd refer you to the competent authorities for the specifics. "
             "As a principle, China firmly opposes overstretching the concept "
             "of national security and turning trade and technology issues "
             "into political tools. We hope the Netherlands will honor its "
             "commitments and uphold the rules of the market economy.")
    turn5 = ("China and Russia are comprehensive strategic partners of "
             "coordination for a new era, and China and the DPRK are friendly "
             "neighbors. The exchanges between Russia and the DPRK are a "
             "matter between two sovereign states. I have no further "
             "comment.")
    turn6 = "I have no information to offer at the moment."
    pc = "regular press conference"
    basis = "the press conference's date"
    statements = [
        statement(d, "T01", "Fang Rui", "Fang Rui:", day, quote=turn1,
                  cameo="010", alts=["036"],
                  about=["Grace Wanjiru", "Kenya", "Sun Peiyu", "Geneva"],
                  channel=pc, after="16:05", date_basis=basis),
        statement(d, "T02", "Fang Rui", "Fang Rui:", day, quote=turn2,
                  cameo="010", alts=["051", "030"],
                  targets=[("Kenya", "cooperative", True)],
                  about=["Kenya", "Grace Wanjiru",
                         "Forum on China-Africa Cooperation"],
                  channel=pc, after="Wanjiru's visit?", date_basis=basis),
        statement(d, "T03", "Kenta Morioka", "Kenta Morioka said",
                  "2026-03-16",
                  para="Tokyo would lodge a protest over repeated intrusions "
                       "by Chinese coast guard ships into waters around the "
                       "Senkaku Islands",
                  evidence=["Japan's Chief Cabinet Secretary Kenta Morioka "
                            "said on Monday that Tokyo would lodge a protest "
                            "over what he called repeated intrusions by "
                            "Chinese coast guard ships into waters around "
                            "the Senkaku Islands."],
                  cameo="112", alts=["111", "010"], alternatives=["Japan"],
                  targets=[("China", "conflictual", True)],
                  about=["China", "Senkaku Islands"],
                  reported_via="Bloomberg", embedded=True,
                  date_basis="'on Monday'"),
        statement(d, "T04", "Fang Rui", "Fang Rui:", day, quote=turn3,
                  cameo="111", alts=["112", "12"],
                  targets=[("Japan", "conflictual", True)],
                  about=["Japan", "Senkaku Islands", "China Coast Guard"],
                  channel=pc, responds_to=["T03"],
                  after="What's your response?", date_basis=basis),
        statement(d, "T05", "Financial Times",
                  "According to a report by the Financial Times", None,
                  para="the Dutch government is considering new restrictions "
                       "on the export of chip-making equipment to China",
                  evidence=["According to a report by the Financial Times, "
                            "the Dutch government is considering new "
                            "restrictions on the export of chip-making "
                            "equipment to China."],
                  cameo="010", about=["Netherlands", "China"],
                  reported_via="Reuters", embedded=True,
                  date_basis="the text does not say when"),
        statement(d, "T06", "Fang Rui", "Fang Rui:", day, quote=turn4,
                  cameo="111", alts=["011", "010"],
                  targets=[("Netherlands", "conflictual", True)],
                  about=["Netherlands"], channel=pc, responds_to=["T05"],
                  after="Does China have any comment?", date_basis=basis),
        statement(d, "T07", "Andrei Gusarov", "Andrei Gusarov told",
                  "2026-03-17",
                  para="relations between Russia and North Korea were at "
                       "the highest level in their history",
                  evidence=["Russian Deputy Foreign Minister Andrei Gusarov "
                            "told RIA Novosti on Tuesday that relations "
                            "between Moscow and Pyongyang were \"at the "
                            "highest level in their history\"."],
                  cameo="051", alts=["010"], alternatives=["Russia"],
                  targets=[("North Korea", "cooperative", True)],
                  about=["Russia", "North Korea"], reported_via="AFP",
                  embedded=True, date_basis="'on Tuesday'"),
        statement(d, "T08", "Fang Rui", "Fang Rui:", day, quote=turn5,
                  cameo="010", alts=["051"],
                  targets=[("Russia", "cooperative", True),
                           ("North Korea", "cooperative", True)],
                  about=["Russia", "North Korea"], channel=pc,
                  responds_to=["T07"], after="China's view on this?",
                  date_basis=basis),
        statement(d, "T09", "Fang Rui", "Fang Rui:", day, quote=turn6,
                  cameo="011", alts=["010"], about=["Sudan"], channel=pc,
                  after="in London?", date_basis=basis),
    ]
    statements[6]["reported_via_chain"] = ["RIA Novosti", "AFP"]
    relationships = [
        relationship("R01", "comprehensive strategic cooperative partners",
                     ["China", "Kenya"], False, ["Fang Rui"], ["T02"],
                     ["comprehensive strategic cooperative partnership",
                      "strategic cooperative partners",
                      "strategic partners"], date=day),
        relationship("R02",
                     "comprehensive strategic partners of coordination for "
                     "a new era", ["China", "Russia"], False, ["Fang Rui"],
                     ["T08"],
                     ["comprehensive strategic partnership of coordination "
                      "for a new era",
                      "comprehensive strategic partners of coordination",
                      "strategic partners"], date=day),
        relationship("R03", "friendly neighbors", ["China", "North Korea"],
                     False, ["Fang Rui"], ["T08"],
                     ["neighbors", "friendly neighbours", "neighbours"],
                     date=day),
        relationship("R04", "relations", ["Russia", "North Korea"], False,
                     ["Andrei Gusarov"], ["T07"], optional=True),
        relationship("R05", "inherent territory",
                     ["China", "Senkaku Islands"], True, ["Fang Rui"],
                     ["T04"], ["territory"], optional=True),
    ]
    events = [
        event("E01", "regular press conference", day, ["Fang Rui"]),
        event("E02", "Wanjiru's official visit to China", "2026-03-20",
              ["Grace Wanjiru", "China"]),
        event("E03", "high-level meeting on water security", "2026-03-23",
              ["Sun Peiyu", "Geneva"]),
        event("E04", "peace conference on Sudan", "2026-04",
              ["Sudan", "London"], optional=True),
    ]
    events[1]["end_date"] = "2026-03-24"
    timexes = [timex(d, "March 18, 2026", day),
               timex(d, "2026-03-18 16:05", day, kind="datetime"),
               timex(d, "from March 20 to 24", "2026-03-20/2026-03-24",
                     kind="interval"),
               timex(d, "on March 23", "2026-03-23"),
               timex(d, "on Monday", "2026-03-16"),
               timex(d, "on Tuesday", "2026-03-17"),
               timex(d, "next month's", "2026-04")]
    write(d, day, "press conference (Q&A transcript)", actors, statements,
          relationships, events, timexes)


def h13():
    d = Doc("h13_report")
    day = "2026-01-28"
    actors = [
        actor(d, "A01", "Vladimir Putin", "person",
              ["Vladimir Putin", "Putin"],
              affiliations=[("Russia", "President")]),
        actor(d, "A02", "Tayyip Erdogan", "person",
              ["Tayyip Erdogan", "Erdogan"],
              ["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"],
              affiliations=[("Turkey", "President")]),
        actor(d, "A03", "Kremlin", "organization", ["Kremlin"],
              ["Presidential Executive Office (Russia)"],
              accept={"Kremlin": ["Kremlin", "Russia"]}, part_of="Russia"),
        actor(d, "A04", "Russia", "state", ["Russia", "Moscow"],
              ["Russian Federation"], accept={"Moscow": ["Moscow"]}),
        actor(d, "A05", "Moscow", "place", ["Moscow"], optional=True),
        actor(d, "A06", "Turkey", "state", ["Turkey", "Ankara"],
              ["Türkiye", "Republic of Turkey"],
              accept={"Ankara": ["Ankara"]}),
        actor(d, "A07", "Ankara", "place", ["Ankara"], optional=True),
        actor(d, "A08", "Black Sea", "place", ["Black Sea"]),
        actor(d, "A09", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A10", "Anadolu", "media", ["Anadolu"],
              ["Anadolu Agency", "Anadolu news agency"]),
        actor(d, "A11", "Istanbul", "place", ["Istanbul"]),
        actor(d, "A12", "TASS", "media", ["TASS"]),
        actor(d, "A13", "Gennady Orlov", "person",
              ["Gennady Orlov", "Orlov"],
              affiliations=[("Kremlin", "aide")]),
        actor(d, "A14", "TurkStream", "place", ["TurkStream"],
              ["TurkStream pipeline"], optional=True),
        actor(d, "A15", "Reuters", "media", ["Reuters", "REUTERS"],
              optional=True),
        actor(d, "A16", "Sputnik", "media", ["Sputnik"], optional=True),
        actor(d, "A17", "Bosphorus", "place", ["Bosphorus"]),
        actor(d, "A18", "Kerem Aydin", "person", ["Kerem Aydin"],
              affiliations=[("Turkey", "Foreign Minister")]),
        actor(d, "A19", "Ministry of Foreign Affairs (Ukraine)",
              "organization", [],
              ["Ukrainian Foreign Ministry", "Ukraine's foreign ministry",
               "foreign ministry", "Ministry of Foreign Affairs of Ukraine"],
              part_of="Ukraine"),
        actor(d, "A20", "Odesa", "place", ["Odesa"], ["Odessa"]),
    ]
    call = "the call 'on Wednesday'"
    both = ["Tayyip Erdogan"]
    statements = [
        statement(d, "N01", "Vladimir Putin",
                  "Russian President Vladimir Putin and Turkish President "
                  "Tayyip Erdogan agreed", day,
                  para="Putin and Erdogan agreed to step up efforts to "
                       "secure commercial shipping in the Black Sea",
                  evidence=["Russian President Vladimir Putin and Turkish "
                            "President Tayyip Erdogan agreed in a phone call "
                            "on Wednesday to step up efforts to secure "
                            "commercial shipping in the Black Sea, the "
                            "Kremlin said"],
                  cameo="030", alts=["036", "010"],
                  alternatives=["Tayyip Erdogan", "Kremlin"],
                  about=["Black Sea"], reported_via="Kremlin",
                  channel="phone call", attribution="joint",
                  date_basis=call),
        statement(d, "N01k", "Kremlin", "the Kremlin said", None,
                  para="the Kremlin said Putin and Erdogan agreed to step up "
                       "efforts to secure commercial shipping in the Black "
                       "Sea",
                  evidence=["the Kremlin said"], cameo="010",
                  alternatives=["Russia"], about=["Black Sea"],
                  optional=True,
                  date_basis="the text does not say when the Kremlin spoke"),
        statement(d, "N02", "Kremlin", "the Kremlin said in a statement",
                  None,
                  quote="The presidents stressed the importance of keeping "
                        "the sea lanes open and safe for all,",
                  cameo="010", alternatives=["Russia"],
                  channel="statement",
                  date_basis="the text does not say when the Kremlin spoke"),
        statement(d, "N03", "Vladimir Putin", "Putin had thanked", day,
                  para="Putin thanked Erdogan for Turkey's balanced position "
                       "on the conflict in Ukraine",
                  evidence=["adding that Putin had thanked Erdogan for "
                            "Turkey's \"balanced position\" on the conflict "
                            "in Ukraine."],
                  cameo="051", alts=["010"], alternatives=["Kremlin"],
                  targets=[("Tayyip Erdogan", "cooperative", True),
                           ("Turkey", "cooperative", True)],
                  about=["Tayyip Erdogan", "Turkey", "Ukraine"],
                  reported_via="Kremlin", channel="phone call",
                  date_basis=call),
        statement(d, "N03k", "Kremlin", "adding that", None,
                  para="the Kremlin added that Putin had thanked Erdogan for "
                       "Turkey's balanced position on the conflict in "
                       "Ukraine",
                  evidence=["adding that Putin had thanked Erdogan"],
                  cameo="010", alternatives=["Russia"],
                  about=["Tayyip Erdogan", "Turkey", "Ukraine"],
                  optional=True,
                  date_basis="the text does not say when the Kremlin spoke"),
        statement(d, "N04", "Tayyip Erdogan", "Erdogan told Putin", day,
                  para="Turkey was ready to host a new round of talks "
                       "between Russian and Ukrainian negotiators in "
                       "Istanbul",
                  evidence=["Erdogan told Putin that Turkey was ready to "
                            "host a new round of talks between Russian and "
                            "Ukrainian negotiators in Istanbul, according to "
                            "state news agency Anadolu."],
                  cameo="039", alts=["036", "030", "010"],
                  alternatives=["Turkey"],
                  targets=[("Russia", "cooperative", True)],
                  about=["Turkey", "Istanbul", "Russia", "Ukraine",
                         "Vladimir Putin"],
                  reported_via="Anadolu", channel="phone call",
                  date_basis=call),
        statement(d, "N05", "Tayyip Erdogan",
                  "Anadolu quoted the Turkish leader as saying", day,
                  quote="continue to do its part for a just and lasting "
                        "peace",
                  cameo="010", alts=["030"], alternatives=["Turkey"],
                  about=["Turkey"], reported_via="Anadolu",
                  channel="phone call",
                  date_basis="continues Anadolu's report of the call"),
        statement(d, "N06", "Vladimir Putin", "the two presidents", day,
                  para="the two presidents agreed to meet in person in the "
                       "coming months",
                  evidence=["TASS quoted Kremlin aide Gennady Orlov as saying "
                            "that the two presidents had also discussed gas "
                            "supplies through the TurkStream pipeline and "
                            "agreed to meet in person \"in the coming "
                            "months\"."],
                  cameo="036", alts=["030"],
                  alternatives=["Tayyip Erdogan", "Gennady Orlov"],
                  about=["Vladimir Putin", "Tayyip Erdogan", "TurkStream"],
                  reported_via="Gennady Orlov", channel="phone call",
                  attribution="joint", date_basis=call),
        statement(d, "N07", "Gennady Orlov",
                  "TASS quoted Kremlin aide Gennady Orlov as saying", None,
                  para="the two presidents had discussed gas supplies through "
                       "the TurkStream pipeline and agreed to meet in person",
                  cameo="010", alternatives=["Kremlin"],
                  about=["Vladimir Putin", "Tayyip Erdogan", "TurkStream"],
                  reported_via="TASS", optional=True,
                  date_basis="the text does not say when Orlov spoke"),
        statement(d, "N08", "Gennady Orlov", "called the energy partnership",
                  None,
                  para="the energy partnership between Russia and Turkey is "
                       "a pillar of regional stability",
                  evidence=["Orlov, who did not say where such a meeting "
                            "might take place, called the energy partnership "
                            "between Russia and Turkey \"a pillar of "
                            "regional stability\"."],
                  cameo="051", alts=["010"], alternatives=["Kremlin"],
                  targets=[("Turkey", "cooperative", True)],
                  about=["Russia", "Turkey"], reported_via="TASS",
                  date_basis="the text does not say when Orlov spoke"),
        statement(d, "N09", "Kerem Aydin", "Kerem Aydin told reporters",
                  "2026-01",
                  para="the mine had most likely drifted from the northwest "
                       "of the sea and Turkey would not allow the Black Sea "
                       "to become a graveyard for ships",
                  evidence=["Turkish Foreign Minister Kerem Aydin told "
                            "reporters in Ankara earlier this week that the "
                            "mine had most likely drifted from the northwest "
                            "of the sea and that Turkey would not allow the "
                            "Black Sea \"to become a graveyard for ships\"."],
                  cameo="010", alternatives=["Turkey"],
                  about=["Turkey", "Black Sea"],
                  date_basis="'earlier this week' (2026-01-26 or 27)"),
        statement(d, "N10", "Ministry of Foreign Affairs (Ukraine)",
                  "Ukraine's foreign ministry said", "2026-01-27",
                  para="Russian forces had laid the mines near Odesa and "
                       "Moscow bore full responsibility for the incident",
                  evidence=["Ukraine's foreign ministry said on Tuesday that "
                            "Russian forces had laid the mines near Odesa and "
                            "that Moscow bore full responsibility for the "
                            "incident."],
                  cameo="112", alts=["111"], alternatives=["Ukraine"],
                  targets=[("Russia", "conflictual", True)],
                  about=["Russia", "Odesa"], date_basis="'on Tuesday'"),
        statement(d, "N11", "Russia", "Moscow has rejected", None,
                  para="Russia rejected the claim",
                  evidence=["Moscow has rejected the claim."],
                  cameo="12", alts=["010"],
                  targets=[("Ukraine", "conflictual", False)],
                  optional=True,
                  date_basis="the text does not say when"),
        statement(d, "N12", "Vladimir Putin", "the Russian leader thanked",
                  "2025-12",
                  para="Putin thanked Turkey for helping to broker an "
                       "exchange of prisoners of war",
                  evidence=["Putin and Erdogan last spoke by phone last "
                            "month, when the Russian leader thanked Turkey "
                            "for helping to broker an exchange of prisoners "
                            "of war."],
                  cameo="051", alts=["010"],
                  targets=[("Turkey", "cooperative", True)],
                  about=["Turkey"], channel="phone call",
                  date_basis="'last month' (their previous call)"),
    ]
    for s in statements:
        if s["id"] in ("N01", "N06"):
            s["co_speakers"] = list(both)
    statements[7]["reported_via_chain"] = ["Gennady Orlov", "TASS"]
    relationships = [
        relationship("R01", "energy partnership", ["Russia", "Turkey"],
                     False, ["Gennady Orlov"], ["N08"],
                     ["partnership", "energy partners"]),
        relationship("R02", "conflict", ["Russia", "Ukraine"], False,
                     ["Vladimir Putin"], ["N03"], ["war"], optional=True),
    ]
    events = [
        event("E01", "Putin-Erdogan phone call", day,
              ["Vladimir Putin", "Tayyip Erdogan"]),
        event("E02", "tanker Selene hit by a mine", "2026-01-24",
              ["Bosphorus"]),
        event("E03", "previous Putin-Erdogan call", "2025-12",
              ["Vladimir Putin", "Tayyip Erdogan"], optional=True),
        event("E04", "planned in-person meeting", None,
              ["Vladimir Putin", "Tayyip Erdogan"], optional=True),
    ]
    timexes = [timex(d, "Jan 28, 2026, 19:20 IST", day, kind="datetime"),
               timex(d, "Jan 28", day, after="MOSCOW"),
               timex(d, "on Wednesday", day),
               timex(d, "January 27, 2026", "2026-01-27"),
               timex(d, "on Saturday", "2026-01-24"),
               timex(d, "earlier this week", "2026-01-26/2026-01-28",
                     kind="interval"),
               timex(d, "on Tuesday", "2026-01-27"),
               timex(d, "last month", "2025-12"),
               timex(d, "in the coming months", None, kind="interval")]
    write(d, day, "news report", actors, statements, relationships, events,
          timexes)


def h14():
    d = Doc("h14_report")
    day = "2026-02-12"
    actors = [
        actor(d, "A01", "Luiz Inacio Lula da Silva", "person",
              ["Luiz Inacio Lula da Silva", "Lula"],
              ["Lula da Silva", "Luiz Inácio Lula da Silva"],
              affiliations=[("Brazil", "President")]),
        actor(d, "A02", "Cyril Ramaphosa", "person",
              ["Cyril Ramaphosa", "Ramaphosa"],
              affiliations=[("South Africa", "President")]),
        actor(d, "A03", "Brazil", "state", ["Brazil", "Brasilia"],
              ["Federative Republic of Brazil"],
              accept={"Brasilia": ["Brasilia"]}),
        actor(d, "A04", "South Africa", "state", ["South Africa", "Pretoria"],
              ["Republic of South Africa"],
              accept={"Pretoria": ["Pretoria"]}),
        actor(d, "A05", "Brasilia", "place", ["Brasilia"], ["Brasília"],
              optional=True),
        actor(d, "A06", "Sudan", "state", ["Sudan"]),
        actor(d, "A07", "Planalto palace", "place", ["Planalto palace"],
              ["Planalto Palace", "Planalto"], optional=True),
        actor(d, "A08", "Office of the President (South Africa)",
              "organization", [],
              ["Ramaphosa's office", "Presidency of South Africa",
               "The Presidency"], optional=True, part_of="South Africa"),
        actor(d, "A09", "BRICS", "organization", ["BRICS"]),
        actor(d, "A10", "New Delhi", "place", ["New Delhi"]),
        actor(d, "A11", "SABC", "media", ["SABC"],
              ["South African Broadcasting Corporation"]),
        actor(d, "A12", "African Union", "organization", ["African Union"],
              ["AU"]),
        actor(d, "A13", "El Fasher", "place", ["El Fasher"], ["Al-Fashir"]),
        actor(d, "A14", "China", "state", ["Beijing"],
              ["People's Republic of China"],
              accept={"Beijing": ["Beijing"]}),
        actor(d, "A15", "Helena Barreto", "person", ["Helena Barreto"],
              affiliations=[("Brazil", "Foreign Minister")]),
        actor(d, "A16", "Africa", "place", ["Africa"], optional=True),
        actor(d, "A17", "United Nations Security Council", "organization",
              ["United Nations Security Council"],
              ["UN Security Council", "Security Council"]),
        actor(d, "A18", "Agencia Brasil", "media", ["Agencia Brasil"],
              ["Agência Brasil"]),
        actor(d, "A19", "Argentina", "state", ["Argentina"]),
        actor(d, "A20", "Ministry of Foreign Affairs (Argentina)",
              "organization", [],
              ["Argentina's foreign ministry", "Argentine Foreign Ministry",
               "foreign ministry"], part_of="Argentina"),
        actor(d, "A21", "Thandi Mokoena", "person", ["Thandi Mokoena"],
              optional=True),
        actor(d, "A22", "Rafael Couto", "person", ["Rafael Couto"],
              optional=True),
        actor(d, "A23", "Ricardo Stuckert", "person", ["Ricardo Stuckert"],
              optional=True),
        actor(d, "A24", "Mercosur", "organization", ["Mercosur"],
              optional=True),
        actor(d, "A25", "European Union", "organization", ["EU"],
              optional=True),
    ]
    ram = ["South Africa"]
    statements = [
        statement(d, "N01", "Luiz Inacio Lula da Silva",
                  "Brazilian President Luiz Inacio Lula da Silva and South "
                  "African President Cyril Ramaphosa pledged", day,
                  para="Lula and Ramaphosa pledged to double trade between "
                       "their countries within five years",
                  evidence=["Brazilian President Luiz Inacio Lula da Silva "
                            "and South African President Cyril Ramaphosa "
                            "pledged on Thursday to double trade between "
                            "their countries within five years"],
                  cameo="030", alts=["057", "010"],
                  alternatives=["Cyril Ramaphosa", "Brazil", "South Africa"],
                  about=["Brazil", "South Africa"], channel="talks",
                  attribution="joint", date_basis="'on Thursday'"),
        statement(d, "N02", "Luiz Inacio Lula da Silva",
                  "Lula told reporters", day,
                  quote="We are two democracies of the South that refuse to "
                        "choose between blocs,",
                  cameo="010", alternatives=["Brazil"],
                  about=["Brazil", "South Africa"],
                  channel="remarks to reporters",
                  date_basis="'after the meeting' of Thursday"),
        statement(d, "N03", "Cyril Ramaphosa",
                  "A statement from Ramaphosa's office said", None,
                  para="the two leaders had signed agreements on mining, "
                       "agriculture and visa-free travel for diplomats and "
                       "had instructed their ministers to meet again before "
                       "the BRICS summit in New Delhi",
                  evidence=["A statement from Ramaphosa's office said the two "
                            "leaders had signed agreements on mining, "
                            "agriculture and visa-free travel for diplomats, "
                            "and had instructed their ministers to meet again "
                            "before the BRICS summit in New Delhi."],
                  cameo="010", alts=["057"],
                  alternatives=["Office of the President (South Africa)",
                                "South Africa"],
                  about=["Luiz Inacio Lula da Silva", "BRICS", "New Delhi",
                         "Brazil", "South Africa"],
                  channel="statement",
                  date_basis="the text does not say when the statement was "
                             "issued"),
        statement(d, "N04", "Cyril Ramaphosa",
                  "Ramaphosa told state broadcaster SABC", None,
                  para="South Africa would ask the African Union to appoint "
                       "a joint envoy for Sudan",
                  evidence=["Ramaphosa told state broadcaster SABC that South "
                            "Africa would ask the African Union to appoint a "
                            "joint envoy for Sudan."],
                  cameo="020", alts=["010", "030"], alternatives=ram,
                  about=["South Africa", "African Union", "Sudan"],
                  reported_via="SABC", channel="interview",
                  date_basis="the text does not say when"),
        statement(d, "N05", "Cyril Ramaphosa", "He said", None,
                  para="the fighting around El Fasher had become a stain on "
                       "the conscience of the continent",
                  evidence=["He said the fighting around El Fasher had become "
                            "\"a stain on the conscience of the continent\"."],
                  cameo="010", alts=["111"], alternatives=ram,
                  about=["El Fasher", "Sudan"], reported_via="SABC",
                  date_basis="the text does not say when"),
        statement(d, "N06", "Cyril Ramaphosa", "He also rejected", None,
                  para="Ramaphosa rejected suggestions that South Africa was "
                       "drifting closer to China",
                  evidence=["He also rejected suggestions that Pretoria was "
                            "drifting closer to Beijing."],
                  cameo="12", alts=["010"], alternatives=ram,
                  about=["South Africa", "China"],
                  date_basis="the text does not say when"),
        statement(d, "N07", "Cyril Ramaphosa", "he said", None,
                  quote="South Africa,", cameo="010", alternatives=ram,
                  about=["South Africa"], after="He also rejected",
                  date_basis="the text does not say when"),
        statement(d, "N08", "Helena Barreto",
                  "Brazilian Foreign Minister Helena Barreto assured",
                  "2026-02-11",
                  para="Brazil backed a permanent seat for Africa on the "
                       "United Nations Security Council",
                  evidence=["Brazilian Foreign Minister Helena Barreto "
                            "assured her South African counterpart on "
                            "Wednesday evening that Brazil backed a permanent "
                            "seat for Africa on the United Nations Security "
                            "Council, Agencia Brasil reported, citing a "
                            "ministry official."],
                  cameo="051", alts=["010", "030"], alternatives=["Brazil"],
                  targets=[("South Africa", "cooperative", True)],
                  about=["Brazil", "South Africa",
                         "United Nations Security Council"],
                  reported_via="Agencia Brasil",
                  date_basis="'on Wednesday evening'"),
        statement(d, "N08a", "Agencia Brasil", "Agencia Brasil reported",
                  None,
                  para="Agencia Brasil reported that Barreto assured her "
                       "South African counterpart that Brazil backed a "
                       "permanent seat for Africa on the Security Council",
                  evidence=["Agencia Brasil reported, citing a ministry "
                            "official."],
                  cameo="010", about=["Helena Barreto", "Brazil",
                                      "United Nations Security Council"],
                  optional=True,
                  date_basis="the text does not say when"),
        statement(d, "N09", "South Africa", "Officials in Pretoria", None,
                  para="South African officials complained of Brazilian "
                       "tariffs on South African fruit",
                  evidence=["Officials in Pretoria have long complained of "
                            "Brazilian tariffs on South African fruit."],
                  cameo="111", alts=["010"],
                  targets=[("Brazil", "conflictual", False)],
                  about=["Brazil"], optional=True,
                  date_basis="the text does not say when"),
        statement(d, "N10", "Ministry of Foreign Affairs (Argentina)",
                  "Argentina's foreign ministry criticised", day,
                  para="Argentina criticised the visit, accusing Brazil of "
                       "courting governments that shelter autocrats",
                  evidence=["Argentina's foreign ministry criticised the "
                            "visit late on Thursday, accusing Brasilia of "
                            "courting \"governments that shelter "
                            "autocrats\"."],
                  cameo="111", alts=["112"], alternatives=["Argentina"],
                  targets=[("Brazil", "conflictual", True)],
                  about=["Brazil", "South Africa"],
                  date_basis="'late on Thursday'"),
    ]
    statements[0]["co_speakers"] = ["Cyril Ramaphosa"]
    statements[1]["segments"] = [
        {"quote": "We are two democracies of the South that refuse to "
                  "choose between blocs,"},
        {"quote": "Our answer is more trade, not more walls."}]
    statements[6]["segments"] = [
        {"quote": "South Africa,"},
        {"quote": "is non-aligned, and will remain so."}]
    statements[7]["reported_via_chain"] = ["ministry official",
                                           "Agencia Brasil"]
    relationships = [
        relationship("R01", "trade", ["Brazil", "South Africa"], False,
                     ["Luiz Inacio Lula da Silva", "Cyril Ramaphosa"],
                     ["N01"], ["trade partners", "trading partners"],
                     optional=True),
    ]
    events = [
        event("E01", "Lula-Ramaphosa talks in Brasilia", day,
              ["Luiz Inacio Lula da Silva", "Cyril Ramaphosa"]),
        event("E02", "BRICS summit in New Delhi", None,
              ["BRICS", "New Delhi"], optional=True),
    ]
    timexes = [timex(d, "12 February 2026 at 16:05 GMT", day,
                     kind="datetime"),
               timex(d, "12 February 2026", day, after="BRASILIA"),
               timex(d, "on Thursday", day),
               timex(d, "within five years", None, kind="interval"),
               timex(d, "12 February 2026", day, after="Brasilia on"),
               timex(d, "on Wednesday evening", "2026-02-11"),
               timex(d, "last year", "2025"),
               timex(d, "late on Thursday", day)]
    write(d, day, "news report", actors, statements, relationships, events,
          timexes)


def h15():
    d = Doc("h15_briefing")
    day = "2026-02-18"
    actors = [
        actor(d, "A01", "Irina Volkova", "person", ["Irina Volkova"],
              affiliations=[("Ministry of Foreign Affairs (Russia)",
                             "spokeswoman")]),
        actor(d, "A02", "Ministry of Foreign Affairs (Russia)",
              "organization",
              ["Ministry of Foreign Affairs of the Russian Federation"],
              ["Russian Foreign Ministry", "Foreign Ministry"],
              optional=True, part_of="Russia"),
        actor(d, "A03", "Russia", "state",
              ["Russian Federation", "Russia", "Moscow"], ["Russia"],
              accept={"Moscow": ["Moscow"]}),
        actor(d, "A04", "Moscow", "place", ["Moscow"], optional=True),
        actor(d, "A05", "Sergey Lavrov", "person", ["Sergey Lavrov"],
              ["Sergei Lavrov"],
              affiliations=[("Russia", "Foreign Minister")]),
        actor(d, "A06", "Karim Mansour", "person", ["Karim Mansour"],
              affiliations=[("Egypt", "Foreign Minister")]),
        actor(d, "A07", "Egypt", "state", ["Egypt"],
              ["Arab Republic of Egypt"]),
        actor(d, "A08", "El Dabaa nuclear power plant", "place",
              ["El Dabaa"], ["El Dabaa nuclear power plant"],
              optional=True),
        actor(d, "A09", "Gaza Strip", "place", ["Gaza Strip"], ["Gaza"]),
        actor(d, "A10", "Moldova", "state", ["Moldova", "Chisinau"],
              ["Republic of Moldova"], accept={"Chisinau": ["Chisinau"]}),
        actor(d, "A11", "Andrei Munteanu", "person", ["Andrei Munteanu"],
              affiliations=[("Moldova", "Foreign Minister")]),
        actor(d, "A12", "Japan", "state", ["Tokyo"],
              ["Japanese government"], accept={"Tokyo": ["Tokyo"]}),
        actor(d, "A13", "South Caucasus", "place", ["South Caucasus"],
              optional=True),
        actor(d, "A14", "Munich Security Conference", "organization",
              ["Munich Security Conference"], optional=True),
        actor(d, "A15", "Armenia", "state", [], optional=True),
    ]
    turn0 = ("On February 20, Foreign Minister Sergey Lavrov will hold talks "
             "in Moscow with Foreign Minister of Egypt Karim Mansour, who "
             "will be in Russia on a working visit. The ministers will "
             "discuss the construction of the El Dabaa nuclear power plant "
             "and the situation in the Gaza Strip.")
    turn0b = ("We have noted with concern the latest restrictions on "
              "Russian-language media in Moldova. We call on Chisinau to "
              "stop persecuting journalists and to respect the rights of its "
              "Russian-speaking citizens.")
    turn1 = ("These accusations are absurd and unfounded. Chisinau prefers "
             "to blame Russia for its own failures rather than listen to its "
             "citizens.")
    turn2 = ("We regret that Tokyo continues to follow a course dictated "
             "from outside. Such steps will not go unanswered. They only "
             "harm Japanese business.")
    turn3 = "Not yet. We will inform you in due course."
    turn4 = ("Once again, Western politicians spoke about dialogue while "
             "preparing for confrontation. We did not expect anything else.")
    ch = "briefing"
    basis = "the briefing's date"
    impl = "the briefing's unlabelled sections are the spokeswoman's"
    statements = [
        statement(d, "V01", "Irina Volkova", "Irina Volkova", day,
                  quote=turn0, cameo="010", alts=["036"],
                  about=["Sergey Lavrov", "Karim Mansour", "Egypt",
                         "Gaza Strip"],
                  channel=ch, attribution="implicit_continuation",
                  date_basis=basis + "; " + impl),
        statement(d, "V02", "Irina Volkova", "Irina Volkova", day,
                  quote=turn0b, cameo="111", alts=["02", "010"],
                  targets=[("Moldova", "conflictual", True)],
                  about=["Moldova"], channel=ch,
                  attribution="implicit_continuation",
                  date_basis=basis + "; " + impl),
        statement(d, "V03", "Andrei Munteanu", "Andrei Munteanu said",
                  "2026-02-17",
                  para="Russia was financing protests in Chisinau ahead of "
                       "the local elections",
                  evidence=["Moldovan Foreign Minister Andrei Munteanu said "
                            "yesterday that Moscow was financing protests in "
                            "Chisinau ahead of the local elections."],
                  cameo="112", alts=["111", "010"], alternatives=["Moldova"],
                  targets=[("Russia", "conflictual", True)],
                  about=["Russia", "Moldova"], embedded=True,
                  date_basis="'yesterday'"),
        statement(d, "V04", "Irina Volkova", "Irina Volkova:", day,
                  quote=turn1, cameo="12", alts=["111", "010"],
                  targets=[("Moldova", "conflictual", True)],
                  about=["Moldova", "Russia"], channel=ch,
                  responds_to=["V03"], after="How would you comment",
                  date_basis=basis),
        statement(d, "V05", "Japan", "The Japanese government announced",
                  "2026-02-17",
                  para="Japan would extend its sanctions against Russian "
                       "banks for another year",
                  evidence=["The Japanese government announced on Tuesday "
                            "that it would extend its sanctions against "
                            "Russian banks for another year."],
                  cameo="010", alts=["163"],
                  targets=[("Russia", "conflictual", True)],
                  about=["Russia"], embedded=True,
                  date_basis="'on Tuesday'"),
        statement(d, "V06", "Irina Volkova", "Irina Volkova:", day,
                  quote=turn2, cameo="111", alts=["130", "010"],
                  targets=[("Japan", "conflictual", True)],
                  about=["Japan"], channel=ch, responds_to=["V05"],
                  after="Moscow's reaction", date_basis=basis),
        statement(d, "V07", "Irina Volkova", "Irina Volkova:", day,
                  quote=turn3, cameo="011", alts=["010"], channel=ch,
                  after="South Caucasus?", date_basis=basis),
        statement(d, "V08", "Irina Volkova", "Irina Volkova:", day,
                  quote=turn4, cameo="111", alts=["010"],
                  about=["Munich Security Conference"], channel=ch,
                  after="Munich Security Conference?", date_basis=basis),
    ]
    for s in statements:
        if s["speaker"] == "Irina Volkova":
            s["speaker_alternatives"] = ["Ministry of Foreign Affairs (Russia)"]
    events = [
        event("E01", "briefing", day, ["Irina Volkova"]),
        event("E02", "Lavrov-Mansour talks in Moscow", "2026-02-20",
              ["Sergey Lavrov", "Karim Mansour"]),
    ]
    timexes = [timex(d, "February 18, 2026", day),
               timex(d, "18 February 2026 - 14:40", day, kind="datetime"),
               timex(d, "On February 20", "2026-02-20"),
               timex(d, "yesterday", "2026-02-17"),
               timex(d, "on Tuesday", "2026-02-17"),
               timex(d, "for another year", None, kind="interval")]
    write(d, day, "press conference (Q&A transcript)", actors, statements,
          [], events, timexes)


def h16():
    d = Doc("h16_readout")
    day = "2026-03-05"
    actors = [
        actor(d, "A01", "Tan Wei Ming", "person", ["Tan Wei Ming", "Tan"],
              ["Dr Tan Wei Ming"],
              affiliations=[("Singapore", "Minister for Foreign Affairs")]),
        actor(d, "A02", "Ramon Villanueva", "person",
              ["Ramon Villanueva", "Villanueva"],
              affiliations=[("Philippines", "Secretary of Foreign Affairs")]),
        actor(d, "A03", "Ministry of Foreign Affairs (Singapore)",
              "organization", ["Ministry of Foreign Affairs"],
              ["MFA", "Ministry of Foreign Affairs Singapore",
               "MINISTRY OF FOREIGN AFFAIRS"], optional=True,
              part_of="Singapore"),
        actor(d, "A04", "Singapore", "state", ["Singapore"],
              ["Republic of Singapore"]),
        actor(d, "A05", "Philippines", "state", ["Philippines"],
              ["Republic of the Philippines"]),
        actor(d, "A06", "ASEAN", "organization", ["ASEAN"],
              ["Association of Southeast Asian Nations"]),
        actor(d, "A07", "South China Sea", "place", ["South China Sea"]),
        actor(d, "A08", "UNCLOS", "organization", ["UNCLOS"],
              optional=True),
        actor(d, "A09", "Second Thomas Shoal", "place",
              ["Second Thomas Shoal"], ["Ayungin Shoal"]),
        actor(d, "A10", "Myanmar", "state", ["Myanmar"], ["Burma"]),
        actor(d, "A11", "Middle East", "place", ["Middle East"]),
        actor(d, "A12", "Lim Keng Hoe", "person", ["Lim Keng Hoe"],
              affiliations=[("Singapore", "Deputy Prime Minister")]),
        actor(d, "A13", "Manila", "place", ["Manila"], optional=True),
        actor(d, "A14", "Singapore-Philippines Joint Commission for "
              "Bilateral Cooperation", "organization",
              ["Singapore-Philippines Joint Commission for Bilateral "
               "Cooperation"], optional=True),
    ]
    basis = "'met ... today' on the statement's date"
    kw = dict(reported_via="Ministry of Foreign Affairs (Singapore)",
              channel="meeting", date_basis=basis)
    both = ["Ramon Villanueva"]
    statements = [
        statement(d, "M01", "Tan Wei Ming", "Minister Tan welcomed", day,
                  para="Tan welcomed Villanueva to Singapore",
                  evidence=["Minister Tan welcomed Secretary Villanueva to "
                            "Singapore"],
                  cameo="051", alts=["010"], alternatives=["Singapore"],
                  targets=[("Ramon Villanueva", "cooperative", True)],
                  about=["Ramon Villanueva", "Singapore"], optional=True,
                  **kw),
        statement(d, "M02", "Tan Wei Ming", "congratulated the Philippines",
                  day,
                  para="congratulated the Philippines on its chairmanship "
                       "of ASEAN this year",
                  evidence=["congratulated the Philippines on its "
                            "chairmanship of ASEAN this year."],
                  cameo="051", alts=["010"], alternatives=["Singapore"],
                  targets=[("Philippines", "cooperative", True)],
                  about=["Philippines", "ASEAN"],
                  attribution="coordinated verb", **kw),
        statement(d, "M03", "Tan Wei Ming", "The two Ministers reaffirmed",
                  day,
                  para="the warm and longstanding ties between Singapore and "
                       "the Philippines",
                  evidence=["The two Ministers reaffirmed the warm and "
                            "longstanding ties between Singapore and the "
                            "Philippines"],
                  cameo="051", alts=["010"],
                  alternatives=["Ramon Villanueva"],
                  targets=[("Philippines", "cooperative", True),
                           ("Singapore", "cooperative", True)],
                  about=["Singapore", "Philippines"], attribution="joint",
                  **kw),
        statement(d, "M04", "Tan Wei Ming", "agreed to deepen cooperation",
                  day,
                  para="agreed to deepen cooperation in food security, the "
                       "digital economy and the green transition",
                  evidence=["and agreed to deepen cooperation in food "
                            "security, the digital economy and the green "
                            "transition."],
                  cameo="036", alts=["030", "010"],
                  alternatives=["Ramon Villanueva"],
                  targets=[("Philippines", "cooperative", False),
                           ("Singapore", "cooperative", False)],
                  about=["Singapore", "Philippines"],
                  attribution="joint", **kw),
        statement(d, "M05", "Tan Wei Ming", "They looked forward", day,
                  para="looked forward to the signing of the bilateral "
                       "agreement on renewable energy trading later this "
                       "year",
                  evidence=["They looked forward to the signing of the "
                            "bilateral agreement on renewable energy trading "
                            "later this year."],
                  cameo="030", alts=["010"],
                  alternatives=["Ramon Villanueva"],
                  about=["Singapore", "Philippines"], attribution="joint",
                  **kw),
        statement(d, "M06", "Tan Wei Ming", "Minister Tan reiterated", day,
                  para="Singapore supports the early conclusion of an "
                       "effective and substantive Code of Conduct in the "
                       "South China Sea consistent with international law, "
                       "including UNCLOS",
                  evidence=["Minister Tan reiterated Singapore's support for "
                            "the early conclusion of an effective and "
                            "substantive Code of Conduct in the South China "
                            "Sea that is consistent with international law, "
                            "including UNCLOS."],
                  cameo="010", alts=["030"], alternatives=["Singapore"],
                  about=["Singapore", "South China Sea"], **kw),
        statement(d, "M07", "Ramon Villanueva",
                  "Secretary Villanueva briefed", day,
                  para="briefed Tan on recent developments near Second "
                       "Thomas Shoal",
                  evidence=["Secretary Villanueva briefed Minister Tan on "
                            "recent developments near Second Thomas Shoal"],
                  cameo="010", alternatives=["Philippines"],
                  about=["Second Thomas Shoal", "Tan Wei Ming"],
                  optional=True, **kw),
        statement(d, "M08", "Ramon Villanueva", "expressed appreciation",
                  day,
                  para="expressed appreciation for Singapore's principled "
                       "position",
                  evidence=["and expressed appreciation for Singapore's "
                            "principled position."],
                  cameo="051", alts=["010"], alternatives=["Philippines"],
                  targets=[("Singapore", "cooperative", True)],
                  about=["Singapore"], attribution="coordinated verb", **kw),
        statement(d, "M09", "Tan Wei Ming", "They underlined", day,
                  para="underlined the importance of ASEAN unity and "
                       "centrality",
                  evidence=["They underlined the importance of ASEAN unity "
                            "and centrality."],
                  cameo="010", alternatives=["Ramon Villanueva"],
                  about=["ASEAN"], attribution="joint", **kw),
    ]
    for s in statements:
        if s["id"] in ("M03", "M04", "M05", "M09"):
            s["co_speakers"] = list(both)
    relationships = [
        relationship("R01", "ties", ["Singapore", "Philippines"], False,
                     ["Tan Wei Ming", "Ramon Villanueva"], ["M03"],
                     ["longstanding ties", "warm and longstanding ties",
                      "relations"], optional=True, date=day),
        relationship("R02", "cooperation", ["Singapore", "Philippines"],
                     False, ["Tan Wei Ming", "Ramon Villanueva"], ["M04"],
                     optional=True),
    ]
    events = [
        event("E01", "Tan-Villanueva meeting", day,
              ["Tan Wei Ming", "Ramon Villanueva"]),
        event("E02", "Villanueva calls on Lim Keng Hoe", "2026-03-06",
              ["Ramon Villanueva", "Lim Keng Hoe"], optional=True),
    ]
    timexes = [timex(d, "5 March 2026", day),
               timex(d, "today", day),
               timex(d, "this year", "2026"),
               timex(d, "later this year", "2026"),
               timex(d, "this evening", day),
               timex(d, "tomorrow", "2026-03-06"),
               timex(d, "5 MARCH 2026", day),
               timex(d, "14 to 16 January 2026", "2026-01-14/2026-01-16",
                     kind="interval"),
               timex(d, "2 October 2025", "2025-10-02")]
    write(d, day, "meeting readout (foreign ministry press statement)",
          actors, statements, relationships, events, timexes)


def h17():
    d = Doc("h17_joint")
    day = "2026-03-11"
    actors = [
        actor(d, "A01", "William Ruto", "person", ["William Ruto", "Ruto"],
              affiliations=[("Kenya", "President")]),
        actor(d, "A02", "Jonas Gahr Store", "person",
              ["Jonas Gahr Store", "Store"], ["Jonas Gahr Støre"],
              affiliations=[("Norway", "Prime Minister")]),
        actor(d, "A03", "Kenya", "state", ["Kenya", "Republic of Kenya"],
              ["REPUBLIC OF KENYA"]),
        actor(d, "A04", "Norway", "state", ["Norway", "Kingdom of Norway"],
              ["KINGDOM OF NORWAY"]),
        actor(d, "A05", "Oslo", "place", ["Oslo"]),
        actor(d, "A06", "State House (Kenya)", "organization",
              ["State House"], ["State House Nairobi"], optional=True,
              part_of="Kenya"),
        actor(d, "A07", "Nairobi", "place", ["Nairobi"], optional=True),
        actor(d, "A08", "Rift Valley", "place", ["Rift Valley"]),
        actor(d, "A09", "Haiti", "state", ["Haiti"]),
        actor(d, "A10", "Multinational Security Support mission",
              "organization", ["Multinational Security Support mission"],
              ["Multinational Security Support Mission", "MSS"]),
        actor(d, "A11", "Sudan", "state", ["Sudan"]),
        actor(d, "A12", "Office of the Prime Minister (Norway)",
              "organization", ["Office of the Prime Minister"],
              optional=True, part_of="Norway"),
        actor(d, "A13", "Paris Agreement", "organization",
              ["Paris Agreement"], optional=True),
        actor(d, "A14", "The Standard", "media", ["Standard"],
              optional=True),
        actor(d, "A15", "Denmark", "state", ["Denmark"], optional=True),
        actor(d, "A16", "Europe", "place", ["Europe"], optional=True),
    ]
    paras = [
        "At the invitation of the Prime Minister of the Kingdom of Norway, "
        "Jonas Gahr Store, the President of the Republic of Kenya, William "
        "Ruto, paid a state visit to Norway from 9 to 11 March 2026.",
        "Recalling the diplomatic relations established between Kenya and "
        "Norway in 1963, and guided by their shared commitment to "
        "multilateralism and the Paris Agreement, the two Leaders held talks "
        "in a cordial atmosphere and agreed as follows:",
        "1. Kenya and Norway decided to elevate their relations to a Green "
        "Strategic Partnership and to hold annual consultations between "
        "their foreign ministries.",
        "2. Both Parties welcomed the signing of a memorandum of "
        "understanding on green hydrogen production in the Rift Valley and "
        "committed to mobilise private investment for it.",
        "3. Norway reaffirmed its support for Kenya's leadership of the "
        "Multinational Security Support mission in Haiti.",
        "4. The Leaders called for an immediate and lasting ceasefire in "
        "Sudan and urged the warring parties to allow unhindered "
        "humanitarian access.",
        "5. President Ruto thanked Prime Minister Store and the people of "
        "Norway for their warm hospitality and invited him to visit Kenya "
        "in 2027.",
    ]
    whole = "\n\n".join(paras)
    basis = "'on Wednesday adopted' with the page date 2026-03-11 and "\
            "'Oslo, 11 March 2026'"
    who = ["Norway", "William Ruto", "Jonas Gahr Store"]
    statements = [
        statement(d, "J00", "Kenya",
                  "President William Ruto and Norwegian Prime Minister Jonas "
                  "Gahr Store on Wednesday adopted", day,
                  para="Kenya and Norway committed to a green energy "
                       "partnership",
                  evidence=["President William Ruto and Norwegian Prime "
                            "Minister Jonas Gahr Store on Wednesday adopted a "
                            "joint statement at the end of the Kenyan "
                            "leader's state visit to Oslo, committing the two "
                            "countries to a green energy partnership."],
                  cameo="030", alts=["057", "010"], alternatives=who,
                  targets=[("Norway", "cooperative", True),
                           ("Kenya", "cooperative", True)],
                  about=["Kenya", "Norway"], same=["J01"],
                  attribution="joint", optional=True, date_basis=basis),
        statement(d, "J01", "Kenya",
                  "Below is the joint statement released by State House "
                  "Nairobi", day, quote=whole,
                  evidence=["adopted a joint statement"],
                  cameo="030", alts=["057", "010"], alternatives=who,
                  targets=[("Norway", "cooperative", True),
                           ("Kenya", "cooperative", True)],
                  about=["Kenya", "Norway", "Rift Valley", "Haiti", "Sudan",
                         "Multinational Security Support mission"],
                  channel="joint statement", same=["J00"],
                  reported_via="State House (Kenya)", attribution="joint",
                  date_basis=basis),
    ]
    for s in statements:
        s["co_speakers"] = ["Norway"]
    statements[1]["quote_marks"] = "none (document text)"
    statements[1]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    relationships = [
        relationship("R01", "diplomatic relations", ["Kenya", "Norway"],
                     False, ["Kenya", "Norway"], ["J01"],
                     ["relations"]),
        relationship("R02", "Green Strategic Partnership",
                     ["Kenya", "Norway"], False, ["Kenya", "Norway"],
                     ["J01"],
                     ["strategic partnership", "green energy partnership",
                      "partnership"], date=day),
    ]
    relationships[0]["valid_from"] = "1963"
    relationships[1]["modality"] = "committed (decided to elevate)"
    events = [
        event("E01", "Ruto's state visit to Norway", "2026-03-09",
              ["William Ruto", "Norway"]),
        event("E02", "Store's visit to Kenya", "2027",
              ["Jonas Gahr Store", "Kenya"], optional=True),
    ]
    events[0]["end_date"] = "2026-03-11"
    timexes = [timex(d, "Wednesday, 11th March 2026 18:42", day,
                     kind="datetime"),
               timex(d, "on Wednesday", day),
               timex(d, "9-11 MARCH 2026", "2026-03-09/2026-03-11",
                     kind="interval"),
               timex(d, "from 9 to 11 March 2026", "2026-03-09/2026-03-11",
                     kind="interval"),
               timex(d, "in 1963", "1963"),
               timex(d, "in 2027", "2027"),
               timex(d, "11 March 2026", day, after="Oslo, ")]
    write(d, day, "joint statement (news page)", actors, statements,
          relationships, events, timexes)


def h18():
    d = Doc("h18_report")
    day = "2026-04-05"
    actors = [
        actor(d, "A01", "Abdel Fattah al-Sisi", "person",
              ["Abdel Fattah al-Sisi", "Sisi"],
              ["Abdel Fattah el-Sisi", "al-Sisi"],
              affiliations=[("Egypt", "President")]),
        actor(d, "A02", "Narendra Modi", "person", ["Narendra Modi", "Modi"],
              affiliations=[("India", "Prime Minister")]),
        actor(d, "A03", "Egypt", "state", ["Egypt", "Cairo"],
              ["Arab Republic of Egypt"], accept={"Cairo": ["Cairo"]}),
        actor(d, "A04", "India", "state", ["India", "New Delhi"],
              ["Republic of India"], accept={"New Delhi": ["New Delhi"]}),
        actor(d, "A05", "Suez Canal", "place", ["Suez Canal"]),
        actor(d, "A06", "Sudan", "state", ["Sudan"]),
        actor(d, "A07", "Red Sea", "place", ["Red Sea"]),
        actor(d, "A08", "Office of the President (Egypt)", "organization",
              [], ["Sisi's office", "Egyptian presidency", "Presidency"],
              optional=True, part_of="Egypt"),
        actor(d, "A09", "MENA", "media", ["MENA"],
              ["Middle East News Agency"]),
        actor(d, "A10", "Ministry of External Affairs (India)",
              "organization", ["Ministry of External Affairs"],
              ["India's Ministry of External Affairs", "MEA",
               "Indian Ministry of External Affairs"], part_of="India"),
        actor(d, "A11", "Khartoum", "place", ["Khartoum"]),
        actor(d, "A12", "Hossam Abdel-Rahman", "person",
              ["Hossam Abdel-Rahman"],
              affiliations=[("Egypt", "Foreign Minister")]),
        actor(d, "A13", "Al-Qahera News", "media", ["Al-Qahera News"],
              ["Al Qahera News"]),
        actor(d, "A14", "Global South", "place", ["Global South"],
              optional=True),
        actor(d, "A15", "Nour El-Din Hafez", "person", ["Nour El-Din Hafez"],
              optional=True),
        actor(d, "A16", "Cairo", "place", ["Cairo"], optional=True),
        actor(d, "A17", "New Delhi", "place", ["New Delhi"], optional=True),
        actor(d, "A18", "Reuters", "media", ["Reuters"], optional=True),
        actor(d, "A19", "Jeddah", "place", ["Jeddah"], optional=True),
        actor(d, "A20", "Black Sea", "place", ["Black Sea"], optional=True),
    ]
    both = ["Narendra Modi", "Egypt", "India"]
    call = "the phone call 'on Sunday'"
    statements = [
        statement(d, "C01", "Abdel Fattah al-Sisi",
                  "Egyptian President Abdel Fattah al-Sisi and Indian Prime "
                  "Minister Narendra Modi agreed", day,
                  para="Sisi and Modi agreed to deepen the strategic "
                       "partnership between their countries and to expand "
                       "cooperation on wheat, fertiliser and shipping "
                       "through the Suez Canal",
                  evidence=["Egyptian President Abdel Fattah al-Sisi and "
                            "Indian Prime Minister Narendra Modi agreed in a "
                            "phone call on Sunday to deepen the strategic "
                            "partnership between their countries and to "
                            "expand cooperation on wheat, fertiliser and "
                            "shipping through the Suez Canal"],
                  cameo="030", alts=["036", "010"], alternatives=both,
                  about=["Egypt", "India", "Suez Canal"],
                  reported_via="Office of the President (Egypt)",
                  channel="phone call", attribution="joint",
                  date_basis=call),
        statement(d, "C01a", "Office of the President (Egypt)",
                  "Sisi's office said", None,
                  para="Sisi's office said that Sisi and Modi agreed to "
                       "deepen the strategic partnership",
                  evidence=["Sisi's office said in a readout."],
                  cameo="010", alternatives=["Egypt"],
                  about=["Abdel Fattah al-Sisi", "Narendra Modi", "India"],
                  optional=True,
                  date_basis="the text does not say when the readout was "
                             "issued"),
        statement(d, "C02", "Abdel Fattah al-Sisi", "The two leaders", day,
                  para="the two leaders discussed the war in Sudan and the "
                       "safety of shipping in the Red Sea",
                  evidence=["The two leaders also discussed the war in Sudan "
                            "and the safety of shipping in the Red Sea, the "
                            "readout said."],
                  cameo="010", alternatives=both,
                  about=["Sudan", "Red Sea"], optional=True,
                  reported_via="Office of the President (Egypt)",
                  channel="phone call", attribution="joint",
                  date_basis=call),
        statement(d, "C03", "Abdel Fattah al-Sisi",
                  "State news agency MENA quoted Sisi as saying", None,
                  para="Egypt regarded India as a pillar of stability in a "
                       "troubled world",
                  evidence=["State news agency MENA quoted Sisi as saying "
                            "that Egypt regarded India as \"a pillar of "
                            "stability in a troubled world\"."],
                  cameo="051", alts=["010"], alternatives=["Egypt"],
                  targets=[("India", "cooperative", True)],
                  about=["India", "Egypt"], reported_via="MENA",
                  date_basis="the text does not say when"),
        statement(d, "C04", "Abdel Fattah al-Sisi", "The president told Modi",
                  day,
                  para="Cairo wanted Indian companies to invest in the "
                       "economic zone of the canal",
                  evidence=["The president told Modi that Cairo wanted "
                            "Indian companies to invest in the economic zone "
                            "of the canal, according to the agency."],
                  cameo="020", alts=["010", "030"], alternatives=["Egypt"],
                  targets=[("India", "cooperative", True)],
                  about=["India", "Egypt", "Narendra Modi"],
                  reported_via="MENA", channel="phone call",
                  attribution="description",
                  date_basis="'told Modi': the call of Sunday"),
        statement(d, "C05", "Abdel Fattah al-Sisi", "the president said",
                  None,
                  quote="Our partnership is older than both our republics,",
                  cameo="051", alts=["010"], alternatives=["Egypt"],
                  about=["India", "Egypt"], attribution="description",
                  date_basis="the text does not say when"),
        statement(d, "C06", "Abdel Fattah al-Sisi", "He added", None,
                  para="Egypt would host a meeting of the joint trade "
                       "committee before the end of May",
                  evidence=["He added that Egypt would host a meeting of the "
                            "joint trade committee before the end of May."],
                  cameo="010", alts=["036"], alternatives=["Egypt"],
                  about=["Egypt", "India"], attribution="pronoun",
                  date_basis="the same remarks as C05"),
        statement(d, "C07", "Narendra Modi", "Modi thanked", day,
                  para="Modi thanked Sisi for Egypt's help in evacuating "
                       "Indian nationals from Khartoum",
                  evidence=["According to a statement from India's Ministry "
                            "of External Affairs, Modi thanked Sisi for "
                            "Egypt's help in evacuating Indian nationals from "
                            "Khartoum"],
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[("Abdel Fattah al-Sisi", "cooperative", True),
                           ("Egypt", "cooperative", True)],
                  about=["Egypt", "Khartoum", "Abdel Fattah al-Sisi"],
                  reported_via="Ministry of External Affairs (India)",
                  channel="phone call", date_basis=call),
        statement(d, "C08", "Narendra Modi", "invited him", day,
                  para="Modi invited Sisi to visit New Delhi later this year",
                  evidence=["and invited him to visit New Delhi later this "
                            "year."],
                  cameo="036", alts=["010", "030"], alternatives=["India"],
                  targets=[("Abdel Fattah al-Sisi", "cooperative", True)],
                  about=["Abdel Fattah al-Sisi", "India", "New Delhi"],
                  reported_via="Ministry of External Affairs (India)",
                  channel="phone call", attribution="coordinated verb",
                  date_basis=call),
        statement(d, "C09", "Narendra Modi", "The prime minister also called",
                  day,
                  para="Modi called Egypt a trusted ally in the Global South",
                  evidence=["The prime minister also called Egypt \"a "
                            "trusted ally in the Global South\", the "
                            "statement said."],
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[("Egypt", "cooperative", True)],
                  about=["Egypt", "Global South"],
                  reported_via="Ministry of External Affairs (India)",
                  channel="phone call", attribution="description",
                  date_basis=call),
        statement(d, "C10", "Hossam Abdel-Rahman",
                  "Egyptian Foreign Minister Hossam Abdel-Rahman told",
                  "2026-04-04",
                  para="the call had been long planned and was not a "
                       "response to the tensions in the Red Sea",
                  evidence=["Egyptian Foreign Minister Hossam Abdel-Rahman "
                            "told the private broadcaster Al-Qahera News late "
                            "on Saturday that the call had been \"long "
                            "planned\" and was not a response to the tensions "
                            "in the Red Sea."],
                  cameo="010", alts=["012"], alternatives=["Egypt"],
                  about=["Red Sea", "India"], reported_via="Al-Qahera News",
                  channel="interview", date_basis="'late on Saturday'"),
    ]
    for s in statements:
        if s["id"] in ("C01", "C02"):
            s["co_speakers"] = ["Narendra Modi"]
    statements[5]["segments"] = [
        {"quote": "Our partnership is older than both our republics,"},
        {"quote": "and it will outlive every crisis of this decade."}]
    statements[3]["reported_via_chain"] = ["MENA"]
    relationships = [
        relationship("R01", "strategic partnership", ["Egypt", "India"],
                     False, ["Abdel Fattah al-Sisi", "Narendra Modi"],
                     ["C01", "C05"],
                     ["strategic partners", "partnership", "partners"],
                     date=day),
        relationship("R02", "trusted ally", ["Egypt", "India"], False,
                     ["Narendra Modi"], ["C09"],
                     ["ally", "allies", "alliance"], date=day),
        relationship("R03", "cooperation", ["Egypt", "India"], False,
                     ["Abdel Fattah al-Sisi", "Narendra Modi"], ["C01"],
                     optional=True),
    ]
    events = [
        event("E01", "Sisi-Modi phone call", day,
              ["Abdel Fattah al-Sisi", "Narendra Modi"]),
        event("E02", "meeting of the joint trade committee", "2026-05",
              ["Egypt", "India"], optional=True),
    ]
    timexes = [timex(d, "Sun 5 Apr 2026, 18.42 IST", day, kind="datetime"),
               timex(d, "on Sunday", day),
               timex(d, "before the end of May", "2026-05"),
               timex(d, "later this year", "2026"),
               timex(d, "late on Saturday", "2026-04-04")]
    write(d, day, "news report", actors, statements, relationships, events,
          timexes)


def h19():
    d = Doc("h19_report")
    day = "2026-04-14"
    actors = [
        actor(d, "A01", "Somalia", "state", ["Somalia", "Mogadishu"],
              ["Federal Republic of Somalia"],
              accept={"Mogadishu": ["Mogadishu"]}),
        actor(d, "A02", "Ethiopia", "state", ["Ethiopia", "Addis Ababa"],
              ["Federal Democratic Republic of Ethiopia"],
              accept={"Addis Ababa": ["Addis Ababa"]}),
        actor(d, "A03", "Somaliland", "place", ["Somaliland", "Hargeisa"],
              accept={"Hargeisa": ["Hargeisa"]}),
        actor(d, "A04", "Faisal Warsame", "person", ["Faisal Warsame"],
              affiliations=[("Somalia", "Deputy Foreign Minister")]),
        actor(d, "A05", "Somali National News Agency", "media",
              ["Somali National News Agency"], ["SONNA"]),
        actor(d, "A06", "Hodan Elmi", "person", ["Hodan Elmi"],
              affiliations=[("Somalia", "Information Minister")]),
        actor(d, "A07", "Hassan Sheikh Mohamud", "person",
              ["Hassan Sheikh Mohamud"],
              affiliations=[("Somalia", "President")]),
        actor(d, "A08", "African Union", "organization", ["African Union"],
              ["AU"]),
        actor(d, "A09", "United Nations Security Council", "organization",
              ["United Nations Security Council"],
              ["UN Security Council", "Security Council"]),
        actor(d, "A10", "Getachew Lemma", "person",
              ["Getachew Lemma", "Lemma"],
              affiliations=[("Ethiopia", "government spokesman")]),
        actor(d, "A11", "Horn Wire", "media", ["Horn Wire"]),
        actor(d, "A12", "African Union Commission", "organization",
              ["African Union Commission"], ["AU Commission"],
              part_of="African Union"),
        actor(d, "A13", "Egypt", "state", ["Egypt"]),
        actor(d, "A14", "Ministry of Foreign Affairs (Egypt)",
              "organization", [],
              ["Egypt's foreign ministry", "Egyptian Foreign Ministry",
               "foreign ministry"], part_of="Egypt"),
        actor(d, "A15", "al Shabaab", "group", ["al Shabaab"],
              ["al-Shabaab", "Al-Shabaab"]),
        actor(d, "A16", "Horn of Africa", "place", ["Horn of Africa"]),
        actor(d, "A17", "Mogadishu", "place", ["Mogadishu"], optional=True),
        actor(d, "A18", "Addis Ababa", "place", ["Addis Ababa"],
              optional=True),
        actor(d, "A19", "Abdirahman Yusuf", "person", ["Abdirahman Yusuf"],
              optional=True),
        actor(d, "A20", "Tesfaye Bekele", "person", ["Tesfaye Bekele"],
              optional=True),
        actor(d, "A21", "Clare Dunmore", "person", ["Clare Dunmore"],
              optional=True),
        actor(d, "A22", "Kenya", "state", ["Kenya"], optional=True),
        actor(d, "A23", "Sudan", "state", ["Sudan"], optional=True),
        actor(d, "A24", "Africa", "place", ["Africa"], optional=True),
    ]
    lede = "'on Tuesday' of the lede that retells it"
    statements = [
        statement(d, "W01", "Somalia", "a senior Somali official said", day,
                  para="Somalia has recalled its ambassador to Ethiopia over "
                       "a port accord between Addis Ababa and the breakaway "
                       "region of Somaliland",
                  evidence=["Somalia has recalled its ambassador to Ethiopia "
                            "over a port accord between Addis Ababa and the "
                            "breakaway region of Somaliland, a senior Somali "
                            "official said on Tuesday."],
                  cameo="161", alts=["010", "111"],
                  alternatives=["Faisal Warsame"],
                  targets=[("Ethiopia", "conflictual", True)],
                  about=["Ethiopia", "Somaliland"], same=["W02"],
                  attribution="description", date_basis="'on Tuesday'"),
        statement(d, "W02", "Faisal Warsame",
                  "Deputy Foreign Minister Faisal Warsame told", day,
                  para="the ambassador had been called home for "
                       "consultations",
                  evidence=["Deputy Foreign Minister Faisal Warsame told the "
                            "Somali National News Agency, which reported "
                            "that Mogadishu regarded the accord as \"a "
                            "violation of our sovereignty and territorial "
                            "integrity\", that the ambassador had been called "
                            "home for consultations."],
                  cameo="161", alts=["010"], alternatives=["Somalia"],
                  targets=[("Ethiopia", "conflictual", False)],
                  about=["Ethiopia", "Somalia"],
                  reported_via="Somali National News Agency", same=["W01"],
                  date_basis=lede),
        statement(d, "W03", "Somali National News Agency",
                  "which reported", None,
                  para="Mogadishu regarded the accord as a violation of "
                       "Somalia's sovereignty and territorial integrity",
                  evidence=["which reported that Mogadishu regarded the "
                            "accord as \"a violation of our sovereignty and "
                            "territorial integrity\""],
                  cameo="111", alts=["112", "010"],
                  alternatives=["Somalia", "Faisal Warsame"],
                  targets=[("Ethiopia", "conflictual", False)],
                  about=["Somalia", "Ethiopia"],
                  date_basis="the text does not say when"),
        statement(d, "W04", "Hodan Elmi",
                  "Information Minister Hodan Elmi said", None,
                  para="Somalia would take the dispute to the African Union "
                       "and to the United Nations Security Council",
                  evidence=["Information Minister Hodan Elmi said, citing "
                            "President Hassan Sheikh Mohamud, that Somalia "
                            "would take the dispute to the African Union and "
                            "to the United Nations Security Council."],
                  cameo="010", alts=["138", "020"],
                  alternatives=["Hassan Sheikh Mohamud", "Somalia"],
                  targets=[("Ethiopia", "conflictual", False)],
                  about=["Somalia", "African Union",
                         "United Nations Security Council"],
                  date_basis="the text does not say when"),
        statement(d, "W05", "Ethiopia", "Ethiopia denied", day,
                  para="Ethiopia denied that it was interfering in "
                       "Somalia's internal affairs",
                  evidence=["Ethiopia denied on Tuesday that it was "
                            "interfering in Somalia's internal affairs."],
                  cameo="010", alts=["012", "125"],
                  alternatives=["Getachew Lemma"],
                  about=["Somalia", "Ethiopia"], same=["W06"],
                  date_basis="'on Tuesday'"),
        statement(d, "W06", "Getachew Lemma",
                  "government spokesman Getachew Lemma told", day,
                  quote="Ethiopia respects the sovereignty of all its "
                        "neighbours, and the memorandum with Hargeisa is "
                        "commercial,",
                  cameo="010", alts=["012"], alternatives=["Ethiopia"],
                  about=["Somalia", "Somaliland", "Ethiopia"],
                  reported_via="Horn Wire", channel="telephone",
                  same=["W05"], date_basis=lede),
        statement(d, "W07", "Getachew Lemma", "Lemma said", day,
                  para="the accord would give Ethiopia access to the sea for "
                       "trade only",
                  evidence=["Lemma said the accord would give Ethiopia access "
                            "to the sea for trade only"],
                  cameo="010", alternatives=["Ethiopia"],
                  about=["Ethiopia", "Somaliland"], reported_via="Horn Wire",
                  date_basis="the same remarks as W06"),
        statement(d, "W08", "Getachew Lemma", "rejected what he described",
                  day,
                  para="Lemma rejected baseless claims of a naval base",
                  evidence=["and rejected what he described as \"baseless "
                            "claims\" of a naval base."],
                  cameo="12", alts=["010", "111"], alternatives=["Ethiopia"],
                  about=["Ethiopia", "Somaliland", "Somalia"],
                  reported_via="Horn Wire", attribution="coordinated verb",
                  date_basis="the same remarks as W06"),
        statement(d, "W09", "African Union Commission",
                  "A spokesperson for the African Union Commission declined "
                  "to comment", None,
                  para="the African Union Commission declined to comment on "
                       "the recall",
                  evidence=["A spokesperson for the African Union Commission "
                            "declined to comment on the recall."],
                  cameo="011", alts=["010"], alternatives=["African Union"],
                  about=["Somalia", "Ethiopia", "African Union"],
                  attribution="description",
                  date_basis="the text does not say when"),
        statement(d, "W10", "Ministry of Foreign Affairs (Egypt)",
                  "Egypt's foreign ministry said", "2026-04-13",
                  para="Egypt stood by Somalia",
                  evidence=["Egypt's foreign ministry said in a statement "
                            "late on Monday that it stood by Somalia"],
                  cameo="051", alts=["010"], alternatives=["Egypt"],
                  targets=[("Somalia", "cooperative", True)],
                  about=["Somalia"], channel="statement",
                  date_basis="'late on Monday'"),
        statement(d, "W11", "Ministry of Foreign Affairs (Egypt)",
                  "warned against", "2026-04-13",
                  para="Egypt warned against any step that undermines the "
                       "unity of Somali territory",
                  evidence=["and warned against \"any step that undermines "
                            "the unity of Somali territory\"."],
                  cameo="111", alts=["130", "010"], alternatives=["Egypt"],
                  targets=[("Ethiopia", "conflictual", False)],
                  about=["Somalia", "Ethiopia"], channel="statement",
                  attribution="coordinated verb",
                  date_basis="'late on Monday'"),
    ]
    statements[1]["reported_via_chain"] = ["Somali National News Agency"]
    statements[3]["reported_via_chain"] = ["Hassan Sheikh Mohamud"]
    relationships = [
        relationship("R01", "allies", ["Ethiopia", "Somalia"], False,
                     ["narrator"], [], ["ally", "alliance"], optional=True),
        relationship("R02", "port accord", ["Ethiopia", "Somaliland"], False,
                     ["narrator"], [], ["accord", "memorandum"],
                     optional=True),
    ]
    events = [
        event("E01", "Somalia recalls its ambassador to Ethiopia", day,
              ["Somalia", "Ethiopia"]),
        event("E02", "signing of the Ethiopia-Somaliland port accord",
              "2026-04-02", ["Ethiopia", "Somaliland"]),
    ]
    timexes = [timex(d, "April 14, 2026 11:07 AM GMT+3", day,
                     kind="datetime"),
               timex(d, "April 14", day, after="MOGADISHU"),
               timex(d, "on Tuesday", day),
               timex(d, "late on Monday", "2026-04-13"),
               timex(d, "on April 2", "2026-04-02")]
    write(d, day, "wire report", actors, statements, relationships, events,
          timexes)


def h20():
    d = Doc("h20_readout")
    day = "2026-04-09"
    actors = [
        actor(d, "A01", "Arvind Kulkarni", "person", ["Arvind Kulkarni"],
              ["Dr. Arvind Kulkarni", "Dr Arvind Kulkarni", "Kulkarni"],
              affiliations=[("India", "External Affairs Minister")]),
        actor(d, "A02", "Efua Mensah", "person", ["Efua Mensah"],
              ["Ms. Efua Mensah", "Mensah"],
              affiliations=[("Ghana", "Minister for Foreign Affairs and "
                                      "Regional Integration")]),
        actor(d, "A03", "India", "state", ["India", "New Delhi"],
              ["Republic of India", "Government of India"],
              accept={"New Delhi": ["New Delhi"]}),
        actor(d, "A04", "Ghana", "state", ["Ghana", "Republic of Ghana"]),
        actor(d, "A05", "Ministry of External Affairs (India)",
              "organization", ["Ministry of External Affairs"],
              ["MEA", "Ministry of External Affairs, Government of India"],
              optional=True, part_of="India"),
        actor(d, "A06", "Sahel", "place", ["Sahel"]),
        actor(d, "A07", "United Nations Security Council", "organization",
              ["United Nations Security Council"],
              ["UN Security Council", "Security Council"]),
        actor(d, "A08", "Accra", "place", ["Accra"]),
        actor(d, "A09", "ITEC", "organization", ["ITEC"],
              ["Indian Technical and Economic Cooperation"], optional=True),
        actor(d, "A10", "Joint Commission", "organization",
              ["Joint Commission"], optional=True),
        actor(d, "A11", "New Delhi", "place", ["New Delhi"], optional=True),
        actor(d, "A12", "Hyderabad House", "place", ["Hyderabad House"],
              optional=True),
        actor(d, "A13", "Nigeria", "state", ["Nigeria"], optional=True),
        actor(d, "A14", "India-Africa Forum Summit", "organization",
              ["India-Africa Forum Summit"], optional=True),
        actor(d, "A15", "External Publicity and Public Diplomacy Division",
              "organization",
              ["External Publicity and Public Diplomacy Division"],
              optional=True),
    ]
    kw = dict(reported_via="Ministry of External Affairs (India)",
              channel="meeting",
              date_basis="'held talks ... today' on the readout's date")
    statements = [
        statement(d, "X01", "Arvind Kulkarni", "The two sides reviewed", day,
                  para="the two sides reviewed the entire gamut of bilateral "
                       "ties",
                  evidence=["The two sides reviewed the entire gamut of "
                            "bilateral ties, including trade, investment, "
                            "health, defence, digital public infrastructure "
                            "and capacity building."],
                  cameo="010", alternatives=["Efua Mensah"],
                  about=["India", "Ghana"], attribution="joint",
                  optional=True, **kw),
        statement(d, "X02", "Arvind Kulkarni", "EAM conveyed", day,
                  para="India valued its long-standing partnership with "
                       "Ghana and was ready to share its experience in "
                       "digital payments and vaccine manufacturing",
                  evidence=["EAM conveyed that India valued its long-standing "
                            "partnership with Ghana and was ready to share "
                            "its experience in digital payments and vaccine "
                            "manufacturing."],
                  cameo="051", alts=["010", "030"], alternatives=["India"],
                  targets=[("Ghana", "cooperative", True)],
                  about=["Ghana", "India"], attribution="description", **kw),
        statement(d, "X03", "Efua Mensah", "The Minister conveyed", day,
                  para="Ghana appreciated India's lines of credit and the "
                       "training of Ghanaian officials under the ITEC "
                       "programme",
                  evidence=["The Minister conveyed Ghana's appreciation for "
                            "India's lines of credit and for the training of "
                            "Ghanaian officials under the ITEC programme."],
                  cameo="051", alts=["010"], alternatives=["Ghana"],
                  targets=[("India", "cooperative", True)],
                  about=["India", "Ghana"], attribution="description", **kw),
        statement(d, "X04", "Efua Mensah", "She invited", day,
                  para="Mensah invited Indian companies to invest in Ghana's "
                       "agro-processing and pharmaceutical sectors",
                  evidence=["She invited Indian companies to invest in "
                            "Ghana's agro-processing and pharmaceutical "
                            "sectors."],
                  cameo="020", alts=["010", "030"], alternatives=["Ghana"],
                  targets=[("India", "cooperative", False)],
                  about=["India", "Ghana"], attribution="pronoun", **kw),
        statement(d, "X05", "Arvind Kulkarni", "EAM thanked", day,
                  para="Kulkarni thanked Ghana for its support for India's "
                       "candidature for a non-permanent seat of the Security "
                       "Council for 2028-29",
                  evidence=["EAM thanked Ghana for its support for India's "
                            "candidature for a non-permanent seat of the "
                            "Council for the term 2028-29."],
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[("Ghana", "cooperative", True)],
                  about=["Ghana", "India",
                         "United Nations Security Council"],
                  attribution="description", **kw),
        statement(d, "X06", "Arvind Kulkarni", "Both sides agreed", day,
                  para="both sides agreed to hold the next session of the "
                       "Joint Commission in Accra at an early date",
                  evidence=["Both sides agreed to hold the next session of "
                            "the Joint Commission in Accra at an early date."],
                  cameo="036", alts=["030", "010"],
                  alternatives=["Efua Mensah", "India", "Ghana"],
                  about=["India", "Ghana", "Accra"], attribution="joint",
                  **kw),
    ]
    for s in statements:
        if s["id"] in ("X01", "X06"):
            s["co_speakers"] = ["Efua Mensah"]
    relationships = [
        relationship("R01", "long-standing partnership", ["India", "Ghana"],
                     False, ["Arvind Kulkarni"], ["X02"],
                     ["partnership", "partners", "long-standing partners"],
                     date=day),
        relationship("R02", "ties", ["India", "Ghana"], False,
                     ["Arvind Kulkarni", "Efua Mensah"], ["X01"],
                     ["bilateral ties", "relations"], optional=True),
    ]
    events = [
        event("E01", "Kulkarni-Mensah talks in New Delhi", day,
              ["Arvind Kulkarni", "Efua Mensah"]),
        event("E02", "Mensah's visit to India", "2026-04-08",
              ["Efua Mensah", "India"]),
    ]
    events[1]["end_date"] = "2026-04-10"
    timexes = [timex(d, "April 08-10, 2026", "2026-04-08/2026-04-10",
                     kind="interval"),
               timex(d, "April 09, 2026", day),
               timex(d, "today", day),
               timex(d, "2028-29", "2028/2029", kind="interval"),
               timex(d, "April 09, 2026", day, after="New Delhi\n"),
               timex(d, "09-04-2026", day)]
    write(d, day, "meeting readout (foreign ministry press release)",
          actors, statements, relationships, events, timexes)


def h21():
    d = Doc("h21_briefing")
    day = "2026-04-21"
    actors = [
        actor(d, "A01", "Tang Yiming", "person", ["Tang Yiming"],
              affiliations=[("Ministry of Foreign Affairs (China)",
                             "spokesperson")]),
        actor(d, "A02", "Ministry of Foreign Affairs (China)",
              "organization",
              ["Ministry of Foreign Affairs of the People's Republic of "
               "China", "Foreign Ministry"],
              ["Chinese Foreign Ministry", "Foreign Ministry (China)"],
              optional=True, part_of="China"),
        actor(d, "A03", "China", "state", ["China"],
              ["People's Republic of China", "PRC"]),
        actor(d, "A04", "Wang Yi", "person", ["Wang Yi"],
              affiliations=[("China", "Foreign Minister")]),
        actor(d, "A05", "Communist Party of China Central Committee",
              "organization", [], ["CPC Central Committee", "CPC"],
              optional=True, part_of="China"),
        actor(d, "A06", "Peru", "state", ["Peru", "Republic of Peru"]),
        actor(d, "A07", "Lucia Paredes", "person",
              ["Lucia Paredes", "Paredes"],
              affiliations=[("Peru", "Minister of Foreign Affairs")]),
        actor(d, "A08", "Xi Jinping", "person", ["Xi Jinping"],
              affiliations=[("China", "President")]),
        actor(d, "A09", "Han Zheng", "person", ["Han Zheng"],
              affiliations=[("China", "Vice President")]),
        actor(d, "A10", "Colombia", "state", ["Colombia"]),
        actor(d, "A11", "Bogota", "place", ["Bogota"], ["Bogotá"]),
        actor(d, "A12", "AFP", "media", ["AFP"], ["Agence France-Presse"]),
        actor(d, "A13", "Chancay", "place", ["Chancay"],
              ["port of Chancay"]),
        actor(d, "A14", "APEC", "organization", ["APEC"],
              ["Asia-Pacific Economic Cooperation"]),
        actor(d, "A15", "Latin America", "place", ["Latin America"],
              optional=True),
        actor(d, "A16", "Reuters", "media", ["Reuters"]),
        actor(d, "A17", "India", "state", ["India", "New Delhi"],
              ["Republic of India"], accept={"New Delhi": ["New Delhi"]}),
        actor(d, "A18", "Ministry of External Affairs (India)",
              "organization", [],
              ["India's External Affairs Ministry", "External Affairs "
               "Ministry", "Ministry of External Affairs"],
              part_of="India"),
        actor(d, "A19", "Arunachal Pradesh", "place",
              ["Arunachal Pradesh", "Zangnan"]),
        actor(d, "A20", "Bloomberg", "media", ["Bloomberg"]),
        actor(d, "A21", "National Security Council (Philippines)",
              "organization", [],
              ["Philippine National Security Council",
               "National Security Council"], part_of="Philippines"),
        actor(d, "A22", "Philippines", "state", ["Philippines"],
              ["Republic of the Philippines"]),
        actor(d, "A23", "Second Thomas Shoal", "place",
              ["Second Thomas Shoal", "Ren'ai Jiao"], ["Ayungin Shoal"]),
        actor(d, "A24", "Spratly Islands", "place", ["Nansha Qundao"],
              ["Nansha Islands"], optional=True),
        actor(d, "A25", "China Coast Guard", "organization",
              ["China Coast Guard"], part_of="China"),
        actor(d, "A26", "Al Jazeera", "media", ["Al Jazeera"]),
        actor(d, "A27", "Iran", "state", ["Iran"]),
        actor(d, "A28", "Beijing", "place", ["Beijing"], optional=True),
        actor(d, "A29", "Beijing Youth Daily", "media",
              ["Beijing Youth Daily"]),
        actor(d, "A30", "Saudi Arabia", "state", ["Saudi Arabia"]),
        actor(d, "A31", "Baghdad", "place", ["Baghdad"]),
        actor(d, "A32", "unnamed media report", "media", [], optional=True),
    ]
    turn0 = ("At the invitation of Member of the Political Bureau of the CPC "
             "Central Committee and Foreign Minister Wang Yi, Minister of "
             "Foreign Affairs of the Republic of Peru Lucia Paredes will pay "
             "an official visit to China from April 23 to 26. President Xi "
             "Jinping will meet with her during the visit.")
    turn1 = ("Good afternoon. I have one more announcement. Vice President "
             "Han Zheng will attend the inauguration of the President of "
             "Colombia in Bogota on April 28.")
    turn2 = ("China and Peru are comprehensive strategic partners. The two "
             "foreign ministers will review progress in our cooperation, "
             "including the port of Chancay, and exchange views on the APEC "
             "process. We hope the visit will consolidate mutual trust and "
             "open new prospects for China-Latin America cooperation.")
    turn3 = ("Zangnan is China's territory. It is within China's sovereign "
             "rights to standardize names of places there. We have noted the "
             "remarks of the Indian side. China firmly opposes any attempt to "
             "deny this basic fact.")
    turn4 = ("Ren'ai Jiao is part of China's Nansha Qundao. The China Coast "
             "Guard took necessary measures in accordance with the law. We "
             "urge the Philippines to stop its provocations and return to "
             "the track of dialogue.")
    turn5 = ("I have no information to release at the moment. I'd refer you "
             "to the competent authorities.")
    turn6 = ("China welcomes the continued improvement of relations between "
             "Saudi Arabia and Iran and stands ready to continue playing a "
             "constructive role.")
    pc = "regular press conference"
    basis = "the press conference's date"
    statements = [
        statement(d, "T01", "Tang Yiming", "Tang Yiming", day, quote=turn0,
                  cameo="010", alts=["036"],
                  about=["Lucia Paredes", "Peru", "Wang Yi", "Xi Jinping"],
                  channel=pc, attribution="implicit (the opening "
                                          "announcement of the briefing)",
                  date_basis=basis),
        statement(d, "T02", "Tang Yiming", "Tang Yiming:", day, quote=turn1,
                  cameo="010", about=["Han Zheng", "Colombia", "Bogota"],
                  channel=pc, date_basis=basis),
        statement(d, "T03", "Tang Yiming", "Tang Yiming:", day, quote=turn2,
                  cameo="010", alts=["051", "030"],
                  targets=[("Peru", "cooperative", True)],
                  about=["Peru", "Chancay", "APEC"], channel=pc,
                  after="expect from it?", date_basis=basis),
        statement(d, "T04", "Ministry of External Affairs (India)",
                  "India's External Affairs Ministry said", "2026-04-20",
                  para="India had lodged a strong protest over the renaming "
                       "by China of places in Arunachal Pradesh, calling the "
                       "move absurd",
                  evidence=["India's External Affairs Ministry said on Monday "
                            "that New Delhi had lodged a strong protest over "
                            "the renaming by China of places in Arunachal "
                            "Pradesh, calling the move \"absurd\"."],
                  cameo="111", alts=["112", "010"], alternatives=["India"],
                  targets=[("China", "conflictual", True)],
                  about=["China", "Arunachal Pradesh"],
                  reported_via="Reuters", embedded=True,
                  date_basis="'on Monday'"),
        statement(d, "T05", "Tang Yiming", "Tang Yiming:", day, quote=turn3,
                  cameo="111", alts=["12", "010"],
                  targets=[("India", "conflictual", True)],
                  about=["India", "Arunachal Pradesh"], channel=pc,
                  responds_to=["T04"], after="What's China's comment?",
                  date_basis=basis),
        statement(d, "T06", "National Security Council (Philippines)",
                  "The Philippine National Security Council said",
                  "2026-04-19",
                  para="Chinese vessels had fired water cannon at a "
                       "Philippine supply boat near Second Thomas Shoal",
                  evidence=["The Philippine National Security Council said "
                            "on Sunday that Chinese vessels had fired water "
                            "cannon at a Philippine supply boat near Second "
                            "Thomas Shoal."],
                  cameo="112", alts=["111", "010"],
                  alternatives=["Philippines"],
                  targets=[("China", "conflictual", True)],
                  about=["China", "Second Thomas Shoal", "Philippines"],
                  reported_via="Bloomberg", embedded=True,
                  date_basis="'on Sunday'"),
        statement(d, "T07", "Tang Yiming", "Tang Yiming:", day, quote=turn4,
                  cameo="111", alts=["112", "12"],
                  targets=[("Philippines", "conflictual", True)],
                  about=["Philippines", "Second Thomas Shoal",
                         "China Coast Guard"], channel=pc,
                  responds_to=["T06"], after="Do you have a response?",
                  date_basis=basis),
        statement(d, "T08", "Tang Yiming", "Tang Yiming:", day, quote=turn5,
                  cameo="011", alts=["010"], about=["Iran"], channel=pc,
                  after="Can you confirm?", date_basis=basis),
        statement(d, "T09", "unnamed media report", "According to reports",
                  None,
                  para="Saudi Arabia and Iran held a new round of talks in "
                       "Baghdad over the weekend",
                  evidence=["According to reports, Saudi Arabia and Iran "
                            "held a new round of talks in Baghdad over the "
                            "weekend."],
                  cameo="010", about=["Saudi Arabia", "Iran", "Baghdad"],
                  reported_via="Beijing Youth Daily", embedded=True,
                  optional=True, date_basis="the text does not say when"),
        statement(d, "T10", "Tang Yiming", "Tang Yiming:", day, quote=turn6,
                  cameo="051", alts=["010"],
                  targets=[("Saudi Arabia", "cooperative", True),
                           ("Iran", "cooperative", True)],
                  about=["Saudi Arabia", "Iran"], channel=pc,
                  after="How does China view this?", date_basis=basis),
    ]
    relationships = [
        relationship("R01", "comprehensive strategic partners",
                     ["China", "Peru"], False, ["Tang Yiming"], ["T03"],
                     ["comprehensive strategic partnership",
                      "strategic partners", "strategic partnership"],
                     date=day),
        relationship("R02", "territory", ["China", "Arunachal Pradesh"],
                     True, ["Tang Yiming"], ["T05"], optional=True),
        relationship("R03", "relations", ["Saudi Arabia", "Iran"], False,
                     ["Tang Yiming"], ["T10"], optional=True),
        relationship("R04", "cooperation", ["China", "Peru"], False,
                     ["Tang Yiming"], ["T03"], optional=True),
    ]
    events = [
        event("E01", "regular press conference", day, ["Tang Yiming"]),
        event("E02", "Paredes' official visit to China", "2026-04-23",
              ["Lucia Paredes", "China"]),
        event("E03", "inauguration of the President of Colombia",
              "2026-04-28", ["Han Zheng", "Colombia", "Bogota"]),
    ]
    events[1]["end_date"] = "2026-04-26"
    timexes = [timex(d, "April 21, 2026", day),
               timex(d, "April 21, 2026 19:30", day, kind="datetime"),
               timex(d, "from April 23 to 26", "2026-04-23/2026-04-26",
                     kind="interval"),
               timex(d, "on April 28", "2026-04-28"),
               timex(d, "on Monday", "2026-04-20"),
               timex(d, "on Sunday", "2026-04-19"),
               timex(d, "next week", "2026-W18"),
               timex(d, "over the weekend", "2026-04-18/2026-04-19",
                     kind="interval")]
    write(d, day, "press conference (Q&A transcript)", actors, statements,
          relationships, events, timexes)


def h22():
    d = Doc("h22_report")
    day = "2026-04-14"
    actors = [
        actor(d, "A01", "Kwon Min-jae", "person", ["Kwon Min-jae", "Kwon"],
              affiliations=[("South Korea", "President")]),
        actor(d, "A02", "Tomasz Wierzbicki", "person",
              ["Tomasz Wierzbicki", "Wierzbicki"],
              affiliations=[("Poland", "President")]),
        actor(d, "A03", "South Korea", "state", ["Korea", "Seoul"],
              ["Republic of Korea", "ROK"], accept={"Seoul": ["Seoul"]}),
        actor(d, "A04", "Poland", "state", ["Poland", "Warsaw"],
              ["Republic of Poland"], accept={"Warsaw": ["Warsaw"]}),
        actor(d, "A05", "Seoul", "place", ["Seoul"], optional=True),
        actor(d, "A06", "Warsaw", "place", ["Warsaw"], optional=True),
        actor(d, "A07", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A08", "Office of the President (South Korea)",
              "organization", [],
              ["Kwon's office", "presidential office",
               "Office of the President"], optional=True,
              part_of="South Korea"),
        actor(d, "A09", "PAP", "media", ["PAP"], ["Polish Press Agency"]),
        actor(d, "A10", "United States", "state", ["United States"],
              ["US", "USA", "America"]),
        actor(d, "A11", "Chancellery of the President of Poland",
              "organization", ["Chancellery of the President of Poland"],
              ["Chancellery"], accept={"Chancellery of the President of "
                                       "Poland": ["Poland"]},
              part_of="Poland"),
        actor(d, "A12", "Baek Seung-ho", "person", ["Baek Seung-ho", "Baek"],
              affiliations=[("Office of the President (South Korea)",
                             "chief of staff")]),
        actor(d, "A13", "North Korea", "state", ["North Korea", "Pyongyang"],
              ["Democratic People's Republic of Korea", "DPRK"],
              accept={"Pyongyang": ["Pyongyang"]}),
        actor(d, "A14", "Korean Peninsula", "place", ["Korean Peninsula"]),
        actor(d, "A15", "Europe", "place", ["Europe"]),
        actor(d, "A16", "China", "state", ["China"]),
        actor(d, "A17", "Ministry of Foreign Affairs (China)",
              "organization", [], ["China's foreign ministry",
                                   "Chinese Foreign Ministry"],
              optional=True, part_of="China"),
        actor(d, "A18", "Yongsan", "place", ["Yongsan"], optional=True),
        actor(d, "A19", "Yoon Ha-eun", "person", ["Yoon Ha-eun"],
              optional=True),
        actor(d, "A20", "Hyundai Rotem", "organization", ["Hyundai Rotem"],
              optional=True),
        actor(d, "A21", "Jeju", "place", ["Jeju"], optional=True),
        actor(d, "A22", "BTS", "group", ["BTS"], optional=True),
    ]
    summit = "the summit 'on Tuesday'"
    statements = [
        statement(d, "K01", "Kwon Min-jae",
                  "South Korean President Kwon Min-jae and Polish President "
                  "Tomasz Wierzbicki", day,
                  para="pledging to deepen cooperation in defense "
                       "manufacturing, nuclear power and the reconstruction "
                       "of Ukraine",
                  evidence=["pledging to deepen cooperation in defense "
                            "manufacturing, nuclear power and the "
                            "reconstruction of Ukraine."],
                  cameo="030", alts=["036", "010"],
                  alternatives=["Tomasz Wierzbicki"],
                  about=["Ukraine", "Poland", "South Korea"],
                  channel="summit", attribution="joint", optional=True,
                  date_basis=summit),
        statement(d, "K02", "Kwon Min-jae", "Kwon's office said", day,
                  para="the two leaders had agreed to hold annual summits and "
                       "to launch a joint fund for battery and shipbuilding "
                       "research",
                  evidence=["Kwon's office said in a readout that the two "
                            "leaders had agreed to hold annual summits and to "
                            "launch a joint fund for battery and shipbuilding "
                            "research."],
                  cameo="030", alts=["036", "010"],
                  alternatives=["Tomasz Wierzbicki",
                                "Office of the President (South Korea)"],
                  about=["South Korea", "Poland"],
                  reported_via="Office of the President (South Korea)",
                  channel="summit", attribution="joint", date_basis=summit),
        statement(d, "K02o", "Office of the President (South Korea)",
                  "Kwon's office said", None,
                  para="Kwon's office said the two leaders had agreed to hold "
                       "annual summits",
                  evidence=["Kwon's office said in a readout"],
                  cameo="010", alternatives=["South Korea"],
                  about=["South Korea", "Poland"], channel="readout",
                  optional=True,
                  date_basis="the text does not say when the office spoke"),
        statement(d, "K03", "Kwon Min-jae", "The president described", day,
                  para="Poland is Korea's most reliable partner in Europe",
                  evidence=["The president described Poland as \"Korea's "
                            "most reliable partner in Europe\""],
                  cameo="051", alts=["010"], alternatives=["South Korea"],
                  targets=[("Poland", "cooperative", True)],
                  about=["Poland", "South Korea", "Europe"],
                  channel="summit", date_basis=summit),
        statement(d, "K04", "Kwon Min-jae", "said the arms contracts", day,
                  para="the arms contracts signed since 2022 were only the "
                       "beginning",
                  evidence=["and said the arms contracts signed since 2022 "
                            "were only the beginning."],
                  cameo="010", alts=["030"], alternatives=["South Korea"],
                  about=["Poland", "South Korea"],
                  attribution="coordinated verb", channel="summit",
                  date_basis=summit),
        statement(d, "K05", "Tomasz Wierzbicki",
                  "Wierzbicki told reporters", day,
                  quote="We are no longer buyers and sellers,",
                  cameo="051", alts=["010"], alternatives=["Poland"],
                  targets=[("South Korea", "cooperative", False)],
                  about=["South Korea", "Poland"],
                  channel="joint press event", date_basis=summit),
        statement(d, "K06", "Tomasz Wierzbicki", "He added", day,
                  para="Warsaw wanted Korean companies to take part in the "
                       "construction of its first nuclear power plant",
                  evidence=["He added that Warsaw wanted Korean companies to "
                            "take part in the construction of its first "
                            "nuclear power plant."],
                  cameo="030", alts=["010"], alternatives=["Poland"],
                  targets=[("South Korea", "cooperative", False)],
                  about=["Poland", "South Korea"],
                  channel="joint press event", date_basis=summit),
        statement(d, "K07", "Tomasz Wierzbicki",
                  "PAP quoted Wierzbicki as saying", day,
                  para="the alliance between Poland and the United States "
                       "would remain the cornerstone of Polish security",
                  evidence=["State news agency PAP quoted Wierzbicki as "
                            "saying that the alliance between Poland and the "
                            "United States would remain the cornerstone of "
                            "Polish security."],
                  cameo="010", alts=["051"], alternatives=["Poland"],
                  targets=[("United States", "cooperative", True)],
                  about=["Poland", "United States"], reported_via="PAP",
                  date_basis="continues the report of his remarks at the "
                             "summit"),
        statement(d, "K08", "Chancellery of the President of Poland",
                  "According to a statement from the Chancellery of the "
                  "President of Poland", None,
                  para="the two sides signed memorandums on space cooperation "
                       "and on the training of Polish engineers in Korean "
                       "shipyards",
                  evidence=["According to a statement from the Chancellery "
                            "of the President of Poland, the two sides also "
                            "signed memorandums on space cooperation and on "
                            "the training of Polish engineers in Korean "
                            "shipyards."],
                  cameo="010", alternatives=["Poland"],
                  about=["Poland", "South Korea"], channel="statement",
                  date_basis="the text does not say when the Chancellery "
                             "spoke"),
        statement(d, "K09", "Baek Seung-ho", "Baek Seung-ho, said", None,
                  para="the partnership would not be directed against any "
                       "third country",
                  evidence=["Kwon's chief of staff, Baek Seung-ho, said the "
                            "partnership would not be directed against any "
                            "third country."],
                  cameo="010", alternatives=["South Korea"],
                  about=["Poland", "South Korea"],
                  date_basis="the text does not say when Baek spoke"),
        statement(d, "K10", "Baek Seung-ho", "Baek said", None,
                  quote="Our cooperation with Poland makes the free world "
                        "stronger, not weaker,",
                  cameo="051", alts=["010"], alternatives=["South Korea"],
                  targets=[("Poland", "cooperative", True)],
                  about=["Poland"],
                  date_basis="the text does not say when Baek spoke"),
        statement(d, "K11", "Kwon Min-jae", "Kwon condemned", day,
                  para="Kwon condemned North Korea's latest missile launch",
                  evidence=["Kwon condemned North Korea's latest missile "
                            "launch"],
                  cameo="111", alternatives=["South Korea"],
                  targets=[("North Korea", "conflictual", True)],
                  about=["North Korea"], channel="summit",
                  date_basis=summit),
        statement(d, "K12", "Kwon Min-jae", "called on Pyongyang", day,
                  para="called on Pyongyang to return to dialogue",
                  evidence=["and called on Pyongyang to return to dialogue."],
                  cameo="10", alts=["010", "111"],
                  alternatives=["South Korea"],
                  targets=[("North Korea", "neutral", True)],
                  about=["North Korea"], attribution="coordinated verb",
                  channel="summit", date_basis=summit),
        statement(d, "K13", "Kwon Min-jae", "The president said", day,
                  para="Seoul and Warsaw shared the view that security on the "
                       "Korean Peninsula and in Europe could not be separated",
                  evidence=["The president said Seoul and Warsaw shared the "
                            "view that security on the Korean Peninsula and "
                            "in Europe could not be separated."],
                  cameo="010", alternatives=["South Korea"],
                  about=["South Korea", "Poland", "Korean Peninsula",
                         "Europe"],
                  channel="summit", after="Kwon condemned",
                  date_basis=summit),
    ]
    k05 = statements[5]
    second = ("we are partners who build together and defend the same "
              "values.")
    k05["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (second, *d.span(second)))),
        {"quote": "We are no longer buyers and sellers, we are partners who "
                  "build together and defend the same values."}]
    k05["notes"] = ("one quotation split by its attribution: the two pieces, "
                    "or the two joined, are the statement")
    for s in statements:
        if s["id"] in ("K01", "K02"):
            s["co_speakers"] = ["Tomasz Wierzbicki"]
    statements[7]["reported_via_chain"] = ["PAP"]
    relationships = [
        relationship("R01", "comprehensive strategic partnership",
                     ["South Korea", "Poland"], False,
                     ["narrator", "Kwon Min-jae", "Tomasz Wierzbicki"],
                     ["K01"], ["strategic partnership",
                               "comprehensive strategic partners",
                               "strategic partners"], date=day),
        relationship("R02", "alliance", ["Poland", "United States"], False,
                     ["Tomasz Wierzbicki"], ["K07"], ["allies", "ally"]),
        relationship("R03", "most reliable partner",
                     [["Poland"], ["South Korea"]], False,
                     ["Kwon Min-jae"], ["K03"],
                     ["reliable partner", "partner", "partners",
                      "partnership"], optional=True),
    ]
    events = [
        event("E01", "Kwon-Wierzbicki summit in Seoul", day,
              ["Kwon Min-jae", "Tomasz Wierzbicki"]),
        event("E02", "North Korean missile launch", None, ["North Korea"],
              optional=True),
    ]
    timexes = [timex(d, "2026-04-14 17:42", day, kind="datetime"),
               timex(d, "2026-04-14 21:05", day, kind="datetime"),
               timex(d, "on Tuesday", day),
               timex(d, "since 2022", "2022", kind="interval"),
               timex(d, "Tuesday", day, after="Seoul,"),
               timex(d, "in autumn", "2026", kind="interval")]
    write(d, day, "news report", actors, statements, relationships, events,
          timexes)


def h23():
    d = Doc("h23_report")
    day = "2026-05-06"
    actors = [
        actor(d, "A01", "Kyrgyzstan", "state", ["Kyrgyzstan", "Bishkek"],
              ["Kyrgyz Republic"], accept={"Bishkek": ["Bishkek"]}),
        actor(d, "A02", "Tajikistan", "state", ["Tajikistan", "Dushanbe"],
              ["Republic of Tajikistan"], accept={"Dushanbe": ["Dushanbe"]}),
        actor(d, "A03", "Kazakhstan", "state", ["Kazakhstan", "Astana"],
              ["Republic of Kazakhstan"], accept={"Astana": ["Astana"]}),
        actor(d, "A04", "Bishkek", "place", ["Bishkek"], optional=True),
        actor(d, "A05", "Dushanbe", "place", ["Dushanbe"], optional=True),
        actor(d, "A06", "Astana", "place", ["Astana"], optional=True),
        actor(d, "A07", "Batken", "place", ["Batken"], ["Batken region"]),
        actor(d, "A08", "Kok-Tash", "place", ["Kok-Tash"]),
        actor(d, "A09", "Kamchybek Toktorov", "person",
              ["Kamchybek Toktorov", "Toktorov"],
              affiliations=[("Kyrgyzstan", "deputy head of the border "
                                           "service")]),
        actor(d, "A10", "Kabar", "media", ["Kabar"], ["Kabar news agency"]),
        actor(d, "A11", "Ministry of Foreign Affairs (Tajikistan)",
              "organization", [],
              ["Tajikistan's foreign ministry", "Tajik foreign ministry",
               "Foreign Ministry (Tajikistan)"],
              part_of="Tajikistan"),
        actor(d, "A12", "Asia-Plus", "media", ["Asia-Plus"]),
        actor(d, "A13", "Sharif Rahimzoda", "person", ["Sharif Rahimzoda"],
              affiliations=[("Tajikistan", "Deputy Foreign Minister")]),
        actor(d, "A14", "Jeenbek Asanaliev", "person",
              ["Jeenbek Asanaliev"],
              affiliations=[("Kyrgyzstan", "Foreign Minister")]),
        actor(d, "A15", "Aibek Smadiyarov", "person",
              ["Aibek Smadiyarov", "Smadiyarov"],
              affiliations=[("Ministry of Foreign Affairs (Kazakhstan)",
                             "spokesman")]),
        actor(d, "A16", "Ministry of Foreign Affairs (Kazakhstan)",
              "organization", [],
              ["Kazakh foreign ministry", "Foreign Ministry (Kazakhstan)"],
              optional=True, part_of="Kazakhstan"),
        actor(d, "A17", "Russia", "state", ["Russia"],
              ["Russian Federation"]),
        actor(d, "A18", "Collective Security Treaty Organization",
              "organization", ["Collective Security Treaty Organization"],
              ["CSTO"]),
        actor(d, "A19", "Central Asia Wire", "media",
              ["Central Asia Wire", "CAW"], optional=True),
        actor(d, "A20", "Aigerim Dzhaksybekova", "person",
              ["Aigerim Dzhaksybekova"], optional=True),
        actor(d, "A21", "Farrukh Nazarov", "person", ["Farrukh Nazarov"],
              optional=True),
        actor(d, "A22", "Tom Ellery", "person", ["Tom Ellery"],
              optional=True),
        actor(d, "A23", "Uzbekistan", "state", ["Uzbekistan"],
              optional=True),
        actor(d, "A24", "China", "state", ["China"], optional=True),
    ]
    statements = [
        statement(d, "W01", "Kyrgyzstan", "Kyrgyzstan accused", day,
                  para="Tajik border guards opened fire on a Kyrgyz post in "
                       "the Batken region, wounding two servicemen",
                  evidence=["Kyrgyzstan accused Tajik border guards on "
                            "Wednesday of opening fire on a Kyrgyz post in "
                            "the Batken region, wounding two servicemen"],
                  cameo="112", alts=["111"],
                  targets=[("Tajikistan", "conflictual", True)],
                  about=["Tajikistan", "Batken"], after="BISHKEK",
                  date_basis="'on Wednesday'"),
        statement(d, "W02", "Tajikistan", "Dushanbe denied", None,
                  para="Tajik forces had not fired first",
                  evidence=["while Dushanbe denied that its forces had fired "
                            "first."],
                  cameo="12", alts=["010"],
                  targets=[("Kyrgyzstan", "conflictual", False)],
                  about=["Kyrgyzstan"], same=["W06"],
                  date_basis="the text does not say when (the lede's "
                             "retelling of the ministry's statement)"),
        statement(d, "W03", "Kamchybek Toktorov", "told the state agency Kabar",
                  None,
                  para="the shooting began late on Tuesday near the village "
                       "of Kok-Tash and lasted about forty minutes",
                  evidence=["Kamchybek Toktorov, the deputy head of "
                            "Kyrgyzstan's border service, told the state "
                            "agency Kabar, which reported that the shooting "
                            "began late on Tuesday near the village of "
                            "Kok-Tash and lasted about forty minutes."],
                  cameo="010", alternatives=["Kabar", "Kyrgyzstan"],
                  about=["Kok-Tash", "Kyrgyzstan"], reported_via="Kabar",
                  date_basis="the text does not say when Toktorov spoke "
                             "('late on Tuesday' dates the shooting)"),
        statement(d, "W04", "Kamchybek Toktorov", "Toktorov said", None,
                  quote="under control",
                  cameo="010", alternatives=["Kyrgyzstan"],
                  about=["Kyrgyzstan", "Batken"], reported_via="Kabar",
                  date_basis="the text does not say when Toktorov spoke "
                             "('by Wednesday morning' dates the state of "
                             "things)"),
        statement(d, "W05", "Ministry of Foreign Affairs (Tajikistan)",
                  "Tajikistan's foreign ministry said in a statement", None,
                  para="Kyrgyz troops had provoked the clash by moving "
                       "equipment into a disputed section of the border",
                  evidence=["Tajikistan's foreign ministry said in a "
                            "statement that Kyrgyz troops had provoked the "
                            "clash by moving equipment into a disputed "
                            "section of the border."],
                  cameo="112", alts=["111"], alternatives=["Tajikistan"],
                  targets=[("Kyrgyzstan", "conflictual", True)],
                  about=["Kyrgyzstan"], channel="statement",
                  date_basis="the text does not say when the ministry spoke"),
        statement(d, "W06", "Ministry of Foreign Affairs (Tajikistan)",
                  "the ministry said", None,
                  quote="The Tajik side categorically rejects the accusations "
                        "and regards them as an attempt to mislead the "
                        "public,",
                  cameo="12", alts=["111", "010"],
                  alternatives=["Tajikistan"],
                  targets=[("Kyrgyzstan", "conflictual", False)],
                  about=["Kyrgyzstan"], channel="statement",
                  date_basis="the text does not say when the ministry spoke"),
        statement(d, "W07", "Sharif Rahimzoda",
                  "citing Deputy Foreign Minister Sharif Rahimzoda", None,
                  para="Dushanbe was ready to convene the joint border "
                       "commission within days",
                  evidence=["The Asia-Plus news site said, citing Deputy "
                            "Foreign Minister Sharif Rahimzoda, that Dushanbe "
                            "was ready to convene the joint border commission "
                            "\"within days\"."],
                  cameo="036", alts=["030", "010"],
                  alternatives=["Asia-Plus", "Tajikistan"],
                  targets=[("Kyrgyzstan", "cooperative", False)],
                  about=["Tajikistan", "Kyrgyzstan"],
                  reported_via="Asia-Plus",
                  date_basis="the text does not say when he spoke"),
        statement(d, "W08", "Jeenbek Asanaliev",
                  "Jeenbek Asanaliev told parliament", day,
                  para="Bishkek would send a note of protest to Dushanbe",
                  evidence=["Kyrgyz Foreign Minister Jeenbek Asanaliev told "
                            "parliament on Wednesday that Bishkek would send "
                            "a note of protest to Dushanbe."],
                  cameo="111", alts=["112", "010"],
                  alternatives=["Kyrgyzstan"],
                  targets=[("Tajikistan", "conflictual", True)],
                  about=["Tajikistan", "Kyrgyzstan"], channel="parliament",
                  date_basis="'on Wednesday'"),
        statement(d, "W09", "Jeenbek Asanaliev", "He said Kyrgyzstan", day,
                  para="Kyrgyzstan wanted good-neighbourly relations with "
                       "Tajikistan but will not give up a single metre of "
                       "its land",
                  evidence=["He said Kyrgyzstan wanted good-neighbourly "
                            "relations with Tajikistan but \"will not give up "
                            "a single metre of our land\"."],
                  cameo="010", alts=["051", "111"],
                  alternatives=["Kyrgyzstan"],
                  targets=[("Tajikistan", "neutral", True)],
                  about=["Tajikistan", "Kyrgyzstan"], channel="parliament",
                  date_basis="continues his address 'on Wednesday'"),
        statement(d, "W10", "Aibek Smadiyarov", "Aibek Smadiyarov, said",
                  None,
                  para="Astana was prepared to host talks between the two "
                       "neighbours",
                  evidence=["A spokesman for the Kazakh foreign ministry, "
                            "Aibek Smadiyarov, said Astana was prepared to "
                            "host talks between the two neighbours."],
                  cameo="039", alts=["036", "030"],
                  alternatives=["Ministry of Foreign Affairs (Kazakhstan)",
                                "Kazakhstan"],
                  about=["Kazakhstan", "Kyrgyzstan", "Tajikistan"],
                  date_basis="the text does not say when he spoke"),
        statement(d, "W11", "Aibek Smadiyarov",
                  "Smadiyarov told a briefing", None,
                  quote="Kazakhstan is ready to offer its good offices,",
                  cameo="039", alts=["036", "030"],
                  alternatives=["Ministry of Foreign Affairs (Kazakhstan)",
                                "Kazakhstan"],
                  about=["Kazakhstan"], channel="briefing",
                  date_basis="the text does not say when he spoke"),
        statement(d, "W12", "Russia", "declined to comment", None,
                  para="Russia's ambassador in Bishkek declined to comment",
                  evidence=["Russia's ambassador in Bishkek declined to "
                            "comment."],
                  cameo="011", about=["Kyrgyzstan", "Tajikistan"],
                  optional=True, date_basis="the text does not say when"),
        statement(d, "W13", "Collective Security Treaty Organization",
                  "A spokesperson for the Collective Security Treaty "
                  "Organization", None,
                  para="the alliance was following events closely",
                  evidence=["A spokesperson for the Collective Security "
                            "Treaty Organization, of which both countries are "
                            "members, said the alliance was following events "
                            "closely."],
                  cameo="010", about=["Kyrgyzstan", "Tajikistan"],
                  date_basis="the text does not say when"),
    ]
    statements[2]["reported_via_chain"] = ["Kabar"]
    relationships = [
        relationship("R01", "good-neighbourly relations",
                     ["Kyrgyzstan", "Tajikistan"], False,
                     ["Jeenbek Asanaliev"], ["W09"],
                     ["good-neighborly relations", "good neighbourly "
                      "relations", "relations"]),
        relationship("R02", "members",
                     ["Kyrgyzstan", "Collective Security Treaty "
                      "Organization"], True, ["narrator"], [],
                     ["member", "membership"], optional=True),
        relationship("R03", "members",
                     ["Tajikistan", "Collective Security Treaty "
                      "Organization"], True, ["narrator"], [],
                     ["member", "membership"], optional=True),
        relationship("R04", "neighbours", ["Kyrgyzstan", "Tajikistan"],
                     False, ["Aibek Smadiyarov"], ["W10"],
                     ["neighbors"], optional=True),
    ]
    events = [
        event("E01", "border post shooting near Kok-Tash", "2026-05-05",
              ["Kyrgyzstan", "Tajikistan", "Kok-Tash"]),
        event("E02", "Asanaliev addresses parliament", day,
              ["Jeenbek Asanaliev"], optional=True),
    ]
    timexes = [timex(d, "May 6, 2026 9:14 AM GMT+5", day, kind="datetime"),
               timex(d, "May 6", day, after="BISHKEK"),
               timex(d, "on Wednesday", day),
               timex(d, "late on Tuesday", "2026-05-05"),
               timex(d, "by Wednesday morning", day),
               timex(d, "within days", None, kind="interval"),
               timex(d, "on Wednesday", day, after="told parliament"),
               timex(d, "since 2021", "2021", kind="interval")]
    write(d, day, "news report (wire)", actors, statements, relationships,
          events, timexes)


def h24():
    d = Doc("h24_readout")
    day = "2026-03-12"
    actors = [
        actor(d, "A01", "Yerlan Sadykov", "person",
              ["Yerlan Sadykov", "Sadykov"],
              affiliations=[("Kazakhstan", "Minister of Foreign Affairs")]),
        actor(d, "A02", "Margarete Lindner", "person",
              ["Margarete Lindner", "Lindner"],
              affiliations=[("Austria", "Federal Minister for European and "
                                        "International Affairs")]),
        actor(d, "A03", "Kazakhstan", "state",
              ["Republic of Kazakhstan", "Kazakhstan"],
              ["Republic of Kazakhstan"]),
        actor(d, "A04", "Austria", "state",
              ["Republic of Austria", "Austria", "Vienna"],
              accept={"Vienna": ["Vienna"]}),
        actor(d, "A05", "Ministry of Foreign Affairs (Kazakhstan)",
              "organization",
              ["Ministry of Foreign Affairs of the Republic of Kazakhstan"],
              ["MFA RK", "Ministry of Foreign Affairs"], optional=True,
              part_of="Kazakhstan"),
        actor(d, "A06", "Astana", "place", ["Astana"], optional=True),
        actor(d, "A07", "Vienna", "place", ["Vienna"], optional=True),
        actor(d, "A08", "European Union", "organization",
              ["European Union"], ["EU"]),
        actor(d, "A09", "Trans-Caspian International Transport Route",
              "place", ["Trans-Caspian International Transport Route"],
              ["Middle Corridor"], optional=True),
        actor(d, "A10", "Central Asia", "place", ["Central Asia"]),
        actor(d, "A11", "Afghanistan", "state", ["Afghanistan"]),
        actor(d, "A12", "OSCE", "organization", ["OSCE"],
              ["Organization for Security and Co-operation in Europe"]),
        actor(d, "A13", "United Nations", "organization",
              ["United Nations"], ["UN"]),
        actor(d, "A14", "Kassym-Jomart Tokayev", "person",
              ["Kassym-Jomart Tokayev"],
              affiliations=[("Kazakhstan", "President")]),
        actor(d, "A15", "Alexander Van der Bellen", "person",
              ["Alexander Van der Bellen"],
              affiliations=[("Austria", "Federal President")]),
        actor(d, "A16", "Mongolia", "state", ["Mongolia"], optional=True),
        actor(d, "A17", "Chile", "state", ["Chile"], optional=True),
    ]
    kw = dict(reported_via="Ministry of Foreign Affairs (Kazakhstan)",
              channel="meeting",
              date_basis="the meeting of 12 March 2026, the release's date")
    statements = [
        statement(d, "M01", "Yerlan Sadykov", "Minister Sadykov noted", day,
                  para="Austria is one of Kazakhstan's key partners in the "
                       "European Union and bilateral trade had grown by 18 "
                       "percent last year",
                  evidence=["Minister Sadykov noted that Austria is one of "
                            "Kazakhstan's key partners in the European Union "
                            "and that bilateral trade had grown by 18 percent "
                            "last year."],
                  cameo="051", alts=["010"], alternatives=["Kazakhstan"],
                  targets=[("Austria", "cooperative", True)],
                  about=["Austria", "Kazakhstan", "European Union"], **kw),
        statement(d, "M02", "Yerlan Sadykov", "He invited", day,
                  para="invited Austrian companies to take a more active part "
                       "in projects of the Trans-Caspian International "
                       "Transport Route",
                  evidence=["He invited Austrian companies to take a more "
                            "active part in projects of the Trans-Caspian "
                            "International Transport Route."],
                  cameo="030", alts=["036", "010"],
                  alternatives=["Kazakhstan"],
                  targets=[("Austria", "cooperative", False)],
                  about=["Austria",
                         "Trans-Caspian International Transport Route"],
                  **kw),
        statement(d, "M03", "Margarete Lindner", "Minister Lindner emphasized",
                  day,
                  para="Vienna regards Kazakhstan as a reliable partner in "
                       "Central Asia and a stabilizing factor in the region",
                  evidence=["In turn, Minister Lindner emphasized that Vienna "
                            "regards Kazakhstan as a reliable partner in "
                            "Central Asia and a stabilizing factor in the "
                            "region."],
                  cameo="051", alts=["010"], alternatives=["Austria"],
                  targets=[("Kazakhstan", "cooperative", True)],
                  about=["Kazakhstan", "Central Asia", "Austria"], **kw),
        statement(d, "M04", "Margarete Lindner", "The Austrian Minister "
                  "confirmed", day,
                  para="Austria is interested in supplies of green hydrogen "
                       "and critical raw materials",
                  evidence=["The Austrian Minister confirmed Austria's "
                            "interest in supplies of green hydrogen and "
                            "critical raw materials."],
                  cameo="010", alts=["030"], alternatives=["Austria"],
                  about=["Austria", "Kazakhstan"], **kw),
        statement(d, "M05", "Yerlan Sadykov", "Both sides agreed", day,
                  para="agreed to hold the next meeting of the "
                       "intergovernmental commission in Vienna in the autumn",
                  evidence=["Both sides agreed to hold the next meeting of "
                            "the intergovernmental commission in Vienna in "
                            "the autumn."],
                  cameo="036", alts=["030", "010"],
                  alternatives=["Margarete Lindner"],
                  about=["Austria", "Kazakhstan", "Vienna"],
                  attribution="joint", **kw),
        statement(d, "M06", "Yerlan Sadykov",
                  "The head of Kazakh diplomacy reaffirmed", day,
                  para="reaffirmed the invitation of President Tokayev to "
                       "Federal President Van der Bellen to pay a state "
                       "visit to Kazakhstan",
                  evidence=["The head of Kazakh diplomacy reaffirmed the "
                            "invitation of President Kassym-Jomart Tokayev to "
                            "Federal President Alexander Van der Bellen to "
                            "pay a state visit to Kazakhstan."],
                  cameo="036", alts=["030", "010"],
                  alternatives=["Kazakhstan"],
                  targets=[("Austria", "cooperative", False)],
                  about=["Kassym-Jomart Tokayev", "Alexander Van der Bellen",
                         "Kazakhstan", "Austria"], **kw),
    ]
    statements[4]["co_speakers"] = ["Margarete Lindner"]
    relationships = [
        relationship("R01", "key partners", ["Austria", "Kazakhstan"], False,
                     ["Yerlan Sadykov"], ["M01"],
                     ["key partner", "partners", "partner"], date=day),
        relationship("R02", "reliable partner", ["Kazakhstan", "Austria"],
                     False, ["Margarete Lindner"], ["M03"],
                     ["partner", "partners"], optional=True, date=day),
        relationship("R03", "relations", ["Kazakhstan", "Austria"], False,
                     ["narrator"], [], ["Kazakh-Austrian relations"],
                     optional=True),
    ]
    events = [
        event("E01", "Sadykov-Lindner talks in Astana", day,
              ["Yerlan Sadykov", "Margarete Lindner"]),
        event("E02", "signing of a memorandum on consultations", day,
              ["Yerlan Sadykov", "Margarete Lindner"], optional=True),
    ]
    timexes = [timex(d, "12 March 2026 14:20", day, kind="datetime"),
               timex(d, "12 March 2026 16:02", day, kind="datetime"),
               timex(d, "12 March 2026", day, after="Astana,"),
               timex(d, "last year", "2025"),
               timex(d, "2026-2028", "2026/2028", kind="interval"),
               timex(d, "in the autumn", "2026", kind="interval"),
               timex(d, "11 March 2026", "2026-03-11"),
               timex(d, "10 March 2026", "2026-03-10")]
    write(d, day, "meeting readout (foreign ministry press release)",
          actors, statements, relationships, events, timexes)


def h25():
    d = Doc("h25_briefing")
    day = "2026-04-22"
    actors = [
        actor(d, "A01", "Zheng Yuhan", "person", ["Zheng Yuhan"],
              affiliations=[("Ministry of Foreign Affairs (China)",
                             "spokesperson")]),
        actor(d, "A02", "Ministry of Foreign Affairs (China)",
              "organization",
              ["Ministry of Foreign Affairs of the People's Republic of "
               "China", "Foreign Ministry"],
              ["Chinese Foreign Ministry", "Foreign Ministry (China)"],
              optional=True, part_of="China"),
        actor(d, "A03", "China", "state",
              ["People's Republic of China", "China"],
              ["PRC", "Chinese government"]),
        actor(d, "A04", "Li Qiang", "person", ["Li Qiang"],
              affiliations=[("China", "Premier")]),
        actor(d, "A05", "Fiji", "state", ["Republic of Fiji", "Fiji"]),
        actor(d, "A06", "Josaia Vunivalu", "person",
              ["Josaia Vunivalu", "Vunivalu"],
              affiliations=[("Fiji", "Prime Minister")]),
        actor(d, "A07", "Han Zheng", "person", ["Han Zheng"],
              affiliations=[("China", "Vice President")]),
        actor(d, "A08", "Pacific Islands Forum", "organization",
              ["Pacific Islands Forum"], ["PIF"]),
        actor(d, "A09", "Honiara", "place", ["Honiara"]),
        actor(d, "A10", "Xinhua News Agency", "media",
              ["Xinhua News Agency"], ["Xinhua"]),
        actor(d, "A11", "Kyodo News", "media", ["Kyodo News"], ["Kyodo"]),
        actor(d, "A12", "Japan", "state", ["Japan"]),
        actor(d, "A13", "Takeshi Moriyama", "person", ["Takeshi Moriyama"],
              affiliations=[("Japan", "Chief Cabinet Secretary")]),
        actor(d, "A14", "Senkaku Islands", "place",
              ["Senkaku Islands", "Diaoyu Dao"], ["Diaoyu Islands"]),
        actor(d, "A15", "AFP", "media", ["AFP"], ["Agence France-Presse"]),
        actor(d, "A16", "European Union", "organization",
              ["European Union", "EU"]),
        actor(d, "A17", "Bloomberg", "media", ["Bloomberg"]),
        actor(d, "A18", "Xi Jinping", "person", ["Xi Jinping"],
              affiliations=[("China", "President")]),
        actor(d, "A19", "New Zealand", "state", ["New Zealand"]),
        actor(d, "A20", "APEC", "organization", ["APEC"],
              ["Asia-Pacific Economic Cooperation"]),
        actor(d, "A21", "Reuters", "media", ["Reuters"]),
        actor(d, "A22", "Australia", "state", ["Australia"]),
    ]
    turn1 = ("At the invitation of Premier Li Qiang, Prime Minister of the "
             "Republic of Fiji Josaia Vunivalu will pay an official visit to "
             "China from April 25 to 30. In addition, Vice President Han "
             "Zheng will attend the dialogue partners session of the Pacific "
             "Islands Forum in Honiara on April 28 on behalf of the Chinese "
             "government.")
    turn2 = ("China and Fiji are comprehensive strategic partners featuring "
             "mutual respect and common development. During the visit, the "
             "leaders of the two countries will have in-depth exchanges of "
             "views on bilateral relations and on issues of common interest. "
             "China stands ready to work with Fiji to deepen cooperation in "
             "fisheries, climate response and infrastructure.")
    turn3 = ("Diaoyu Dao and its affiliated islands are China's inherent "
             "territory. It is legitimate and lawful for Chinese coast guard "
             "vessels to patrol the waters. We urge Japan to stop making "
             "trouble in the waters concerned.")
    turn4 = ("We have noted the relevant announcement. China firmly opposes "
             "the abuse of trade remedy tools in the name of fair "
             "competition. We hope the EU side will honor its commitment to "
             "openness and provide a fair and non-discriminatory environment "
             "for Chinese companies.")
    turn5 = "I have no information to release at the moment."
    turn6 = ("I'd refer you to the competent authorities for the specifics. "
             "Let me stress that the Chinese government always asks Chinese "
             "companies to abide by local laws and regulations.")
    pc = "regular press conference"
    basis = "the press conference's date"
    statements = [
        statement(d, "T01", "Zheng Yuhan", "Zheng Yuhan:", day, quote=turn1,
                  cameo="010", alts=["036"],
                  about=["Josaia Vunivalu", "Fiji", "Han Zheng",
                         "Pacific Islands Forum", "Honiara"],
                  channel=pc, after="15:48", date_basis=basis),
        statement(d, "T02", "Zheng Yuhan", "Zheng Yuhan:", day, quote=turn2,
                  cameo="051", alts=["010", "030"],
                  targets=[("Fiji", "cooperative", True)],
                  about=["Fiji"], channel=pc,
                  after="Vunivalu's visit?", date_basis=basis),
        statement(d, "T03", "Takeshi Moriyama", "Takeshi Moriyama said",
                  "2026-04-21",
                  para="Chinese coast guard vessels had entered Japanese "
                       "territorial waters near the Senkaku Islands for the "
                       "fourth time this month",
                  evidence=["Japan's Chief Cabinet Secretary Takeshi Moriyama "
                            "said on Tuesday that Chinese coast guard vessels "
                            "had entered Japanese territorial waters near the "
                            "Senkaku Islands for the fourth time this "
                            "month."],
                  cameo="112", alts=["111", "010"], alternatives=["Japan"],
                  targets=[("China", "conflictual", True)],
                  about=["China", "Senkaku Islands"],
                  reported_via="Kyodo News", embedded=True,
                  date_basis="'on Tuesday'"),
        statement(d, "T04", "Zheng Yuhan", "Zheng Yuhan:", day, quote=turn3,
                  cameo="111", alts=["112", "12"],
                  targets=[("Japan", "conflictual", True)],
                  about=["Japan", "Senkaku Islands"], channel=pc,
                  responds_to=["T03"], after="What is your comment?",
                  date_basis=basis),
        statement(d, "T05", "European Union", "The European Union said",
                  "2026-04-21",
                  para="the EU would investigate subsidies to Chinese makers "
                       "of wind turbines",
                  evidence=["The European Union said yesterday it would "
                            "investigate subsidies to Chinese makers of wind "
                            "turbines."],
                  cameo="010", alts=["111"],
                  targets=[("China", "conflictual", False)],
                  about=["China"], reported_via="AFP", embedded=True,
                  date_basis="'yesterday'"),
        statement(d, "T06", "Zheng Yuhan", "Zheng Yuhan:", day, quote=turn4,
                  cameo="111", alts=["010"],
                  targets=[("European Union", "conflictual", True)],
                  about=["European Union"], channel=pc,
                  responds_to=["T05"], after="How does China respond?",
                  date_basis=basis),
        statement(d, "T07", "Zheng Yuhan", "Zheng Yuhan:", day, quote=turn5,
                  cameo="011", alts=["010"],
                  about=["Xi Jinping", "New Zealand"], channel=pc,
                  after="ministerial season?", date_basis=basis),
        statement(d, "T08", "Zheng Yuhan", "Zheng Yuhan:", day, quote=turn6,
                  cameo="011", alts=["010"], about=["Australia"],
                  channel=pc, after="Can you confirm?", date_basis=basis),
    ]
    relationships = [
        relationship("R01", "comprehensive strategic partners",
                     ["China", "Fiji"], False, ["Zheng Yuhan"], ["T02"],
                     ["comprehensive strategic partnership",
                      "strategic partners", "strategic partnership"],
                     date=day),
        relationship("R02", "inherent territory",
                     ["China", "Senkaku Islands"], True, ["Zheng Yuhan"],
                     ["T04"], ["territory"], optional=True),
    ]
    events = [
        event("E01", "regular press conference", day, ["Zheng Yuhan"]),
        event("E02", "Vunivalu's official visit to China", "2026-04-25",
              ["Josaia Vunivalu", "China"]),
        event("E03", "Pacific Islands Forum dialogue partners session",
              "2026-04-28", ["Han Zheng", "Pacific Islands Forum"]),
    ]
    events[1]["end_date"] = "2026-04-30"
    timexes = [timex(d, "April 22, 2026", day),
               timex(d, "2026-04-22 15:48", day, kind="datetime"),
               timex(d, "from April 25 to 30", "2026-04-25/2026-04-30",
                     kind="interval"),
               timex(d, "on April 28", "2026-04-28"),
               timex(d, "on Tuesday", "2026-04-21"),
               timex(d, "this month", "2026-04"),
               timex(d, "yesterday", "2026-04-21")]
    write(d, day, "press conference (Q&A transcript)", actors, statements,
          relationships, events, timexes)


def h26():
    d = Doc("h26_report")
    day = "2026-06-06"
    fri = "2026-06-05"
    actors = [
        actor(d, "A01", "Keisha Ramdeen", "person",
              ["Keisha Ramdeen", "Ramdeen"],
              affiliations=[("Trinidad and Tobago", "Prime Minister")]),
        actor(d, "A02", "Marlon Fraser", "person",
              ["Marlon Fraser", "Fraser"],
              affiliations=[("Guyana", "President")]),
        actor(d, "A03", "Trinidad and Tobago", "state",
              ["Trinidad and Tobago", "Port of Spain"], ["Trinidad"],
              accept={"Port of Spain": ["Port of Spain"]}),
        actor(d, "A04", "Guyana", "state", ["Guyana"]),
        actor(d, "A05", "Venezuela", "state", ["Venezuela", "Caracas"],
              accept={"Caracas": ["Caracas"]}),
        actor(d, "A06", "International Court of Justice", "organization",
              ["International Court of Justice"], ["ICJ"]),
        actor(d, "A07", "Office of the Prime Minister (Trinidad and Tobago)",
              "organization", ["Office of the Prime Minister"],
              ["Office of the Prime Minister", "OPM"], optional=True,
              part_of="Trinidad and Tobago"),
        actor(d, "A08", "Guyana Chronicle", "media", ["Guyana Chronicle"]),
        actor(d, "A09", "Delroy Baptiste", "person", ["Delroy Baptiste"],
              affiliations=[("Guyana", "Foreign Secretary")]),
        actor(d, "A10", "Georgetown", "place", ["Georgetown"]),
        actor(d, "A11", "CMC", "media", ["CMC"],
              ["Caribbean Media Corporation"]),
        actor(d, "A12", "Ministry of Foreign Affairs (Venezuela)",
              "organization", ["Venezuelan foreign ministry"],
              ["Venezuelan Foreign Ministry", "Foreign Ministry (Venezuela)"],
              optional=True, part_of="Venezuela"),
        actor(d, "A13", "Caribbean Community", "organization",
              ["Caribbean Community", "CARICOM"]),
        actor(d, "A14", "Elaine Weekes", "person", ["Elaine Weekes"],
              affiliations=[("Caribbean Community", "Secretary-General")]),
        actor(d, "A15", "Caribbean Wire", "media", ["Caribbean Wire"],
              optional=True),
        actor(d, "A16", "Whitehall (Port of Spain)", "place", ["Whitehall"],
              ["Whitehall"], optional=True),
        actor(d, "A17", "Port of Spain", "place", ["Port of Spain"],
              optional=True),
    ]
    both = ["Marlon Fraser"]
    office = "Office of the Prime Minister (Trinidad and Tobago)"
    call = "telephone call"
    basis = "the call 'on Friday', the day before the dateline (Jun 6, 2026)"
    statements = [
        statement(d, "C01", "Keisha Ramdeen",
                  "Trinidad and Tobago Prime Minister Keisha Ramdeen and "
                  "Guyana's President Marlon Fraser vowed", fri,
                  para="vowed to complete a study of a cross-border gas "
                       "pipeline before the end of the year",
                  evidence=["Trinidad and Tobago Prime Minister Keisha "
                            "Ramdeen and Guyana's President Marlon Fraser "
                            "vowed on Friday to complete a study of a "
                            "cross-border gas pipeline before the end of the "
                            "year, according to a statement from Ramdeen's "
                            "office."],
                  cameo="030", alts=["036", "010"],
                  alternatives=both + ["Trinidad and Tobago", office],
                  targets=[("Guyana", "cooperative", False),
                           ("Trinidad and Tobago", "cooperative", False)],
                  about=["Guyana", "Trinidad and Tobago"],
                  reported_via=office, channel=call, attribution="joint",
                  date_basis="'on Friday'"),
        statement(d, "C02", "Keisha Ramdeen", "the two leaders had reaffirmed",
                  fri, quote="the close and historic bonds between our "
                             "peoples",
                  cameo="051", alts=["030", "010"],
                  alternatives=both + ["Trinidad and Tobago", office],
                  targets=[("Guyana", "cooperative", False),
                           ("Trinidad and Tobago", "cooperative", False)],
                  about=["Guyana", "Trinidad and Tobago"],
                  reported_via=office, channel=call, attribution="joint",
                  date_basis=basis),
        statement(d, "C03", "Keisha Ramdeen", "They also agreed", fri,
                  para="their energy ministers would meet in Georgetown "
                       "next month",
                  evidence=["They also agreed that their energy ministers "
                            "would meet in Georgetown next month."],
                  cameo="036", alts=["030", "010"],
                  alternatives=both + ["Trinidad and Tobago", office],
                  about=["Guyana", "Trinidad and Tobago", "Georgetown"],
                  reported_via=office, channel=call, attribution="joint",
                  date_basis=basis),
        statement(d, "C04", "Keisha Ramdeen", "Ramdeen assured", fri,
                  quote="stands firmly with Guyana",
                  evidence=["Ramdeen assured Fraser, according to the "
                            "statement, that Port of Spain \"stands firmly "
                            "with Guyana\" in its border controversy with "
                            "Venezuela"],
                  cameo="051", alts=["010", "030"],
                  alternatives=["Trinidad and Tobago", office],
                  targets=[("Guyana", "cooperative", True),
                           ("Venezuela", "conflictual", False)],
                  about=["Guyana", "Venezuela",
                         "International Court of Justice"],
                  reported_via=office, channel=call,
                  date_basis=basis + "; said to the other leader"),
        statement(d, "C05", "Marlon Fraser", "Fraser was quoted", fri,
                  quote="We will not be intimidated and we will not be "
                        "moved,",
                  cameo="010", alts=["111"], alternatives=["Guyana"],
                  targets=[("Venezuela", "conflictual", False)],
                  about=["Venezuela"], reported_via="Guyana Chronicle",
                  channel=call,
                  date_basis=basis + "; 'telling the prime minister'"),
        statement(d, "C06", "Guyana Chronicle",
                  "the state-owned Guyana Chronicle, which put", None,
                  para="the call lasted nearly 40 minutes",
                  evidence=["which put the length of the call at nearly 40 "
                            "minutes"],
                  cameo="010", about=["Marlon Fraser", "Keisha Ramdeen"],
                  optional=True, date_basis="not given"),
        statement(d, "C07", "Delroy Baptiste", "Delroy Baptiste, insisted",
                  fri, quote="is not a favour to anyone, it is a shared "
                             "investment",
                  cameo="010", alts=["051"], alternatives=["Guyana"],
                  about=["Guyana", "Trinidad and Tobago"],
                  channel="remarks to reporters",
                  date_basis="'on Friday evening'"),
        statement(d, "C08", "Ministry of Foreign Affairs (Venezuela)",
                  "A Venezuelan foreign ministry official", None,
                  quote="does not comment on private conversations between "
                        "third parties",
                  cameo="011", alts=["010"], alternatives=["Venezuela"],
                  about=["Guyana", "Trinidad and Tobago"],
                  reported_via="CMC", date_basis="not given"),
        statement(d, "C09", "Elaine Weekes", "Dr. Elaine Weekes, welcomed",
                  None, quote="has never been more important",
                  evidence=["welcomed the call in a post on X, writing that "
                            "regional unity \"has never been more "
                            "important\"."],
                  cameo="051", alts=["010"],
                  alternatives=["Caribbean Community"],
                  targets=[("Guyana", "cooperative", False),
                           ("Trinidad and Tobago", "cooperative", False)],
                  about=["Guyana", "Trinidad and Tobago"],
                  channel="post on X", date_basis="not given"),
    ]
    for s in statements[:3]:
        s["co_speakers"] = ["Marlon Fraser"]
    relationships = [
        relationship("R01", "close and historic bonds",
                     [["Trinidad and Tobago", "Keisha Ramdeen"],
                      ["Guyana", "Marlon Fraser"]], False,
                     ["Keisha Ramdeen", "Marlon Fraser"], ["C02"],
                     ["historic bonds", "close bonds", "bonds"], date=fri),
        relationship("R02", "border controversy", ["Guyana", "Venezuela"],
                     False, ["Keisha Ramdeen"], ["C04"],
                     ["border dispute", "controversy"]),
    ]
    events = [
        event("E01", "Ramdeen-Fraser telephone call", fri,
              ["Keisha Ramdeen", "Marlon Fraser"]),
        event("E02", "meeting of the energy ministers in Georgetown",
              "2026-07", ["Trinidad and Tobago", "Guyana"], optional=True),
    ]
    timexes = [timex(d, "Saturday, June 6th, 2026 at 9:14 am AST", day,
                     kind="datetime"),
               timex(d, "Jun 6, 2026", day),
               timex(d, "on Friday", fri),
               timex(d, "before the end of the year", "2026",
                     kind="interval"),
               timex(d, "late Friday", fri),
               timex(d, "next month", "2026-07"),
               timex(d, "on Friday evening", fri),
               timex(d, "in May", "2026-05")]
    write(d, day, "news report (leaders' telephone call, relays)", actors,
          statements, relationships, events, timexes)


def h27():
    d = Doc("h27_joint")
    day = "2026-05-04"
    actors = [
        actor(d, "A01", "Aziz Bennani", "person", ["Aziz Bennani", "Bennani"],
              affiliations=[("Morocco", "Head of Government")]),
        actor(d, "A02", "Rui Tavares Monteiro", "person",
              ["Rui Tavares Monteiro"], ["Tavares Monteiro"],
              affiliations=[("Portugal", "Prime Minister")]),
        actor(d, "A03", "Morocco", "state", ["Morocco", "Kingdom of Morocco"]),
        actor(d, "A04", "Portugal", "state",
              ["Portugal", "Portuguese Republic"],
              ["Portuguese government"]),
        actor(d, "A05", "Lisbon", "place", ["Lisbon"]),
        actor(d, "A06", "Spain", "state", ["Spain"]),
        actor(d, "A07", "Union for the Mediterranean", "organization",
              ["Union for the Mediterranean"], ["UfM"]),
        actor(d, "A08", "Sahel", "place", ["Sahel"]),
        actor(d, "A09", "Europe", "place", ["Europe"]),
        actor(d, "A10", "Treaty of Friendship, Good Neighbourliness and "
              "Cooperation", "organization",
              ["Treaty of Friendship, Good Neighbourliness and Cooperation"],
              optional=True),
        actor(d, "A11", "FIFA", "organization", ["FIFA"], optional=True),
        actor(d, "A12", "Tangier Med", "place", ["Tangier Med"],
              optional=True),
        actor(d, "A13", "Sines", "place", ["Sines"], optional=True),
        actor(d, "A14", "Rabat", "place", ["Rabat"], optional=True),
        actor(d, "A15", "MAP", "media", ["MAP"], ["Maghreb Arabe Presse"],
              optional=True),
        actor(d, "A16", "Atlas Daily", "media", ["Atlas Daily"],
              optional=True),
        actor(d, "A17", "Palacio de Sao Bento", "place",
              ["Palacio de Sao Bento"], optional=True),
        actor(d, "A18", "Ceuta", "place", ["Ceuta"], optional=True),
        actor(d, "A19", "Sahara", "place", ["Sahara"], optional=True),
    ]
    paras = [
        "The Fourteenth High-Level Meeting between the Kingdom of Morocco "
        "and the Portuguese Republic was held in Lisbon on 4 May 2026, "
        "co-chaired by the Head of Government of the Kingdom of Morocco, "
        "Aziz Bennani, and the Prime Minister of the Portuguese Republic, "
        "Rui Tavares Monteiro.",
        "The two Heads of Government:",
        "1) Reaffirmed the exceptional partnership that binds the two "
        "countries, founded on the Treaty of Friendship, Good "
        "Neighbourliness and Cooperation of 1994;",
        "2) Welcomed the growth of bilateral trade, which exceeded two "
        "billion euros in 2025, and agreed to open a direct maritime freight "
        "line between Tangier Med and the port of Sines;",
        "3) Expressed their satisfaction with the joint preparations for the "
        "2030 FIFA World Cup, which Morocco and Portugal will host together "
        "with Spain;",
        "4) Underlined the importance of the Union for the Mediterranean and "
        "called for renewed efforts to bring stability to the Sahel;",
        "5) Decided to hold the next High-Level Meeting in Rabat in 2027.",
    ]
    whole = "\n\n".join(paras)
    basis = "'on 4 May 2026' in the declaration, 'Lisbon, 4 May 2026' and "\
            "the page date"
    who = ["Portugal", "Aziz Bennani", "Rui Tavares Monteiro"]
    statements = [
        statement(d, "J01", "Morocco",
                  "The full text of the declaration, as distributed by the "
                  "Portuguese government", day, quote=whole,
                  evidence=["ended with a joint declaration"],
                  cameo="030", alts=["057", "010"], alternatives=who,
                  targets=[("Portugal", "cooperative", True),
                           ("Morocco", "cooperative", True)],
                  about=["Morocco", "Portugal", "Spain",
                         "Union for the Mediterranean", "Sahel"],
                  channel="joint declaration", reported_via="Portugal",
                  attribution="joint", date_basis=basis),
        statement(d, "J02", "Aziz Bennani", "Bennani described", day,
                  quote="a natural gateway for Morocco to Europe",
                  cameo="051", alts=["010"], alternatives=["Morocco"],
                  targets=[("Portugal", "cooperative", True)],
                  about=["Portugal", "Morocco", "Europe"],
                  channel="remarks to journalists",
                  date_basis="'after the ceremony' of the meeting of "
                             "4 May 2026"),
    ]
    statements[0]["co_speakers"] = ["Portugal"]
    statements[0]["quote_marks"] = "none (document text)"
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    relationships = [
        relationship("R01", "exceptional partnership", ["Morocco", "Portugal"],
                     False, ["Morocco", "Portugal"], ["J01"],
                     ["partnership"], date=day),
    ]
    events = [
        event("E01", "14th Morocco-Portugal High-Level Meeting", day,
              ["Aziz Bennani", "Rui Tavares Monteiro"]),
        event("E02", "next High-Level Meeting in Rabat", "2027",
              ["Morocco", "Portugal"], optional=True),
    ]
    timexes = [timex(d, "Monday 4 May 2026 - 19:36", day, kind="datetime"),
               timex(d, "on Monday", day),
               timex(d, "on 4 May 2026", day),
               timex(d, "of 1994", "1994"),
               timex(d, "in 2025", "2025"),
               timex(d, "2030", "2030"),
               timex(d, "in 2027", "2027"),
               timex(d, "4 May 2026", day, after="Lisbon, 4 May")]
    write(d, day, "joint statement (news page)", actors, statements,
          relationships, events, timexes)


def h28():
    d = Doc("h28_readout")
    day = "2026-05-19"
    actors = [
        actor(d, "A01", "Graham Brennan", "person",
              ["Graham Brennan", "Brennan"],
              affiliations=[("United States", "Secretary of State")]),
        actor(d, "A02", "Valeria Sosa Irazábal", "person",
              ["Valeria Sosa Irazábal", "Sosa"],
              ["Valeria Sosa", "Sosa Irazábal"],
              affiliations=[("Uruguay", "Foreign Minister")]),
        actor(d, "A03", "Tamsin Orr", "person", ["Tamsin Orr"],
              affiliations=[("U.S. Department of State",
                             "Deputy Spokesperson")]),
        actor(d, "A04", "U.S. Department of State", "organization",
              ["U.S. DEPARTMENT of STATE"],
              ["State Department", "Department of State"], optional=True,
              part_of="United States"),
        actor(d, "A05", "United States", "state",
              ["United States", "Washington", "U.S."], ["US", "USA"],
              accept={"Washington": ["Washington"]}),
        actor(d, "A06", "Uruguay", "state", ["Uruguay"]),
        actor(d, "A07", "Haiti", "state", ["Haiti"]),
        actor(d, "A08", "United Nations", "organization", ["UN"],
              ["United Nations"]),
        actor(d, "A09", "Minerals Security Partnership", "organization",
              ["Minerals Security Partnership"], ["MSP"]),
        actor(d, "A10", "Venezuela", "state", ["Venezuela"]),
        actor(d, "A11", "Southern Cone", "place", ["Southern Cone"]),
        actor(d, "A12", "Summit of the Americas", "organization",
              ["Summit of the Americas"], optional=True),
        actor(d, "A13", "U.S.-Uruguay Trade and Investment Framework "
              "Agreement", "organization",
              ["U.S.-Uruguay Trade and Investment Framework Agreement"],
              ["TIFA"], optional=True),
        actor(d, "A14", "Washington", "place", ["Washington"],
              optional=True),
        actor(d, "A15", "Bureau of Western Hemisphere Affairs",
              "organization", ["Bureau of Western Hemisphere Affairs"],
              optional=True, part_of="U.S. Department of State"),
        actor(d, "A16", "Office of the Spokesperson", "organization",
              ["Office of the Spokesperson"], optional=True,
              part_of="U.S. Department of State"),
        actor(d, "A17", "Paraguay", "state", ["Paraguay"], optional=True),
        actor(d, "A18", "Ortiz", "person", ["Ortiz"], optional=True),
        actor(d, "A19", "Montevideo", "place", ["Montevideo"],
              optional=True),
        actor(d, "A20", "Buenos Aires", "place", ["Buenos Aires"],
              optional=True),
        actor(d, "A21", "White House", "organization", ["White House"],
              optional=True, part_of="United States"),
    ]
    basis = "'met today' on the readout's date"
    kw = dict(reported_via="Tamsin Orr", channel="meeting", date_basis=basis)
    us = ["United States"]
    statements = [
        statement(d, "B00", "Tamsin Orr",
                  "The below is attributable to Deputy Spokesperson Tamsin "
                  "Orr", day,
                  para="readout of Secretary Brennan's meeting with Foreign "
                       "Minister Sosa",
                  alternatives=["U.S. Department of State"],
                  about=["Graham Brennan", "Valeria Sosa Irazábal",
                         "Uruguay"], optional=True, date_basis=basis),
        statement(d, "B01", "Graham Brennan", "Secretary Brennan commended",
                  day,
                  para="commended Uruguay's leadership on renewable energy, "
                       "noting that nearly all of the country's electricity "
                       "now comes from clean sources",
                  evidence=["Secretary Brennan commended Uruguay's leadership "
                            "on renewable energy, noting that nearly all of "
                            "the country's electricity now comes from clean "
                            "sources."],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[("Uruguay", "cooperative", True)],
                  about=["Uruguay"], **kw),
        statement(d, "B02", "Graham Brennan", "Secretary Brennan highlighted",
                  day,
                  para="highlighted the United States' interest in deeper "
                       "cooperation on critical minerals",
                  evidence=["Secretary Brennan highlighted Washington's "
                            "interest in deeper cooperation on critical "
                            "minerals"],
                  cameo="030", alts=["010"], alternatives=us,
                  targets=[("Uruguay", "cooperative", False)],
                  about=["Uruguay", "United States"], **kw),
        statement(d, "B03", "Graham Brennan", "encouraged Uruguay", day,
                  para="encouraged Uruguay to join the Minerals Security "
                       "Partnership",
                  evidence=["encouraged Uruguay to join the Minerals "
                            "Security Partnership."],
                  cameo="020", alts=["030", "010"], alternatives=us,
                  targets=[("Uruguay", "cooperative", True)],
                  about=["Uruguay", "Minerals Security Partnership"],
                  attribution="coordinated verb", **kw),
        statement(d, "B04", "Graham Brennan", "He also voiced concern", day,
                  para="voiced concern over the worsening humanitarian "
                       "situation in Haiti",
                  evidence=["He also voiced concern over the worsening "
                            "humanitarian situation in Haiti"],
                  cameo="010", alts=["012"], alternatives=us,
                  about=["Haiti"], **kw),
        statement(d, "B05", "Graham Brennan", "thanked Foreign Minister Sosa",
                  day,
                  para="thanked Foreign Minister Sosa for Uruguay's "
                       "contributions to UN peacekeeping",
                  evidence=["thanked Foreign Minister Sosa for Uruguay's "
                            "contributions to UN peacekeeping."],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[("Valeria Sosa Irazábal", "cooperative", True),
                           ("Uruguay", "cooperative", True)],
                  about=["Valeria Sosa Irazábal", "Uruguay",
                         "United Nations"],
                  attribution="coordinated verb", **kw),
        statement(d, "B06", "Graham Brennan", "Secretary Brennan raised", day,
                  para="raised the growing reach of transnational criminal "
                       "organizations in the Southern Cone",
                  evidence=["Secretary Brennan raised the growing reach of "
                            "transnational criminal organizations in the "
                            "Southern Cone"],
                  cameo="010", alternatives=us,
                  about=["Southern Cone", "Uruguay"], **kw),
        statement(d, "B07", "Graham Brennan", "offered additional U.S.", day,
                  para="offered additional U.S. training for Uruguayan "
                       "customs and port officials",
                  evidence=["offered additional U.S. training for Uruguayan "
                            "customs and port officials."],
                  cameo="033", alts=["030", "010"], alternatives=us,
                  targets=[("Uruguay", "cooperative", False)],
                  about=["Uruguay", "United States"],
                  attribution="coordinated verb", **kw),
        statement(d, "B08", "Valeria Sosa Irazábal",
                  "Foreign Minister Sosa and the Secretary reaffirmed", day,
                  para="reaffirmed their shared support for free and fair "
                       "elections in Venezuela",
                  evidence=["Foreign Minister Sosa and the Secretary "
                            "reaffirmed their shared support for free and "
                            "fair elections in Venezuela."],
                  cameo="010", alts=["051"],
                  alternatives=["Graham Brennan", "Uruguay"],
                  about=["Venezuela"], attribution="joint", **kw),
        statement(d, "B09", "Valeria Sosa Irazábal",
                  "The two officials pledged", day,
                  para="pledged to work together ahead of the Summit of the "
                       "Americas",
                  evidence=["The two officials pledged to work together "
                            "ahead of the Summit of the Americas."],
                  cameo="030", alts=["010"],
                  alternatives=["Graham Brennan", "Uruguay"],
                  targets=[("United States", "cooperative", False),
                           ("Uruguay", "cooperative", False)],
                  about=["United States", "Uruguay",
                         "Summit of the Americas"],
                  attribution="joint", **kw),
    ]
    for s in statements[8:]:
        s["co_speakers"] = ["Graham Brennan"]
    relationships = []
    events = [
        event("E01", "Brennan-Sosa meeting in Washington", day,
              ["Graham Brennan", "Valeria Sosa Irazábal"]),
    ]
    timexes = [timex(d, "MAY 19, 2026", day),
               timex(d, "today", day),
               timex(d, "MAY 14, 2026", "2026-05-14"),
               timex(d, "MAY 12, 2026", "2026-05-12")]
    write(d, day, "meeting readout (State Department)", actors, statements,
          relationships, events, timexes)


def h29():
    d = Doc("h29_briefing")
    day = "2026-05-12"
    actors = [
        actor(d, "A01", "Gao Wenbo", "person", ["Gao Wenbo"],
              affiliations=[("Ministry of Foreign Affairs (China)",
                             "spokesperson")]),
        actor(d, "A02", "Ministry of Foreign Affairs (China)",
              "organization",
              ["Ministry of Foreign Affairs of the People's Republic of "
               "China", "Foreign Ministry"],
              ["Chinese Foreign Ministry", "Foreign Ministry (China)"],
              optional=True, part_of="China"),
        actor(d, "A03", "China", "state",
              ["People's Republic of China", "China"],
              ["PRC", "Chinese government"]),
        actor(d, "A04", "Xi Jinping", "person", ["Xi Jinping"],
              affiliations=[("China", "President")]),
        actor(d, "A05", "Chile", "state", ["Republic of Chile", "Chile"]),
        actor(d, "A06", "Ignacio Valdés Riquelme", "person",
              ["Ignacio Valdés Riquelme", "Valdés Riquelme"],
              ["Ignacio Valdés"], affiliations=[("Chile", "President")]),
        actor(d, "A07", "Lithuania", "state", ["Vilnius"],
              ["Republic of Lithuania"], accept={"Vilnius": ["Vilnius"]}),
        actor(d, "A08", "Rasa Kairienė", "person", ["Rasa Kairienė"],
              ["Rasa Kairiene"],
              affiliations=[("Lithuania", "Foreign Minister")]),
        actor(d, "A09", "Taiwan", "place", ["Taiwan"], optional=True),
        actor(d, "A10", "Australia", "state", ["Australia"]),
        actor(d, "A11", "Department of Defence (Australia)", "organization",
              ["Australian Defence Department"],
              ["Australian Department of Defence", "Defence Department"],
              optional=True, part_of="Australia"),
        actor(d, "A12", "Yellow Sea", "place", ["Yellow Sea"]),
        actor(d, "A13", "Ukraine", "state", ["Ukraine"], optional=True),
        actor(d, "A14", "Lucerne", "place", ["Lucerne"], optional=True),
    ]
    ann = ("At the invitation of President Xi Jinping, President of the "
           "Republic of Chile Ignacio Valdés Riquelme will pay a state visit "
           "to China from May 17 to 22.")
    a1 = ("China and Chile are comprehensive strategic partners. Chile was "
          "the first South American country to establish diplomatic "
          "relations with the People's Republic of China. During the visit, "
          "President Xi Jinping will hold talks with President Valdés "
          "Riquelme, and the two sides will sign cooperation documents on "
          "trade, lithium and astronomy.")
    a2 = ("The one-China principle is a basic norm in international "
          "relations. We urge the Lithuanian side to honor its political "
          "commitment and correct its wrong decision at once. China will "
          "take all necessary measures to safeguard its sovereignty.")
    a3 = ("The Australian side's account is inconsistent with the facts. "
          "The Chinese military took professional and restrained measures. "
          "We ask Australia to stop close-in reconnaissance that endangers "
          "China's security.")
    a4 = ("I don't have information on that. I'd refer you to the "
          "competent authorities.")
    a5 = ("China's position on the Ukraine crisis is consistent and clear. "
          "We will release information in due course.")
    pc = "regular press conference"
    basis = "the press conference's date"
    statements = [
        statement(d, "T01", "Gao Wenbo", "Gao Wenbo", day, quote=ann,
                  cameo="010", alts=["036"],
                  about=["Ignacio Valdés Riquelme", "Chile", "Xi Jinping"],
                  channel=pc, attribution="unlabelled opening announcement",
                  date_basis=basis),
        statement(d, "T02", "Gao Wenbo", "A:", day, quote=a1,
                  cameo="051", alts=["010", "030"],
                  targets=[("Chile", "cooperative", True)],
                  about=["Chile", "Ignacio Valdés Riquelme"], channel=pc,
                  after="What does China expect from it?", date_basis=basis),
        statement(d, "T03", "Rasa Kairienė", "Rasa Kairienė said",
                  "2026-05-11",
                  para="Lithuania would allow the Taiwan authorities to keep "
                       "their office under its current name",
                  evidence=["Lithuanian Foreign Minister Rasa Kairienė said "
                            "on Monday that Vilnius would allow the Taiwan "
                            "authorities to keep their office under its "
                            "current name."],
                  cameo="010", alts=["111"], alternatives=["Lithuania"],
                  targets=[("China", "conflictual", False)],
                  about=["Taiwan", "Lithuania"], embedded=True,
                  date_basis="'on Monday'"),
        statement(d, "T04", "Gao Wenbo", "A:", day, quote=a2,
                  cameo="111", alts=["112", "12"],
                  targets=[("Lithuania", "conflictual", True)],
                  about=["Lithuania", "Taiwan"], channel=pc,
                  responds_to=["T03"], after="What is China's response?",
                  date_basis=basis),
        statement(d, "T05", "Department of Defence (Australia)",
                  "The Australian Defence Department said", "2026-05-10",
                  para="a Chinese navy helicopter had dropped flares near an "
                       "Australian surveillance aircraft over the Yellow Sea",
                  evidence=["The Australian Defence Department said in a "
                            "statement on Sunday that a Chinese navy "
                            "helicopter had dropped flares near an Australian "
                            "surveillance aircraft over the Yellow Sea."],
                  cameo="112", alts=["111", "010"],
                  alternatives=["Australia"],
                  targets=[("China", "conflictual", True)],
                  about=["China", "Yellow Sea"], channel="statement",
                  embedded=True, date_basis="'on Sunday'"),
        statement(d, "T06", "Gao Wenbo", "A:", day, quote=a3,
                  cameo="111", alts=["112"],
                  targets=[("Australia", "conflictual", True)],
                  about=["Australia"], channel=pc, responds_to=["T05"],
                  after="How do you respond?", date_basis=basis),
        statement(d, "T07", "Gao Wenbo", "A:", day, quote=a4,
                  cameo="011", alts=["010"], channel=pc,
                  after="Can you confirm this?", date_basis=basis),
        statement(d, "T08", "Gao Wenbo", "A:", day, quote=a5,
                  cameo="011", alts=["010"], about=["Ukraine"], channel=pc,
                  after="Lucerne next month?", date_basis=basis),
    ]
    statements[0]["speaker_mention"]["note"] = (
        "the spokesperson named in the page title; the announcement has no "
        "label")
    relationships = [
        relationship("R01", "comprehensive strategic partners",
                     ["China", "Chile"], False, ["Gao Wenbo"], ["T02"],
                     ["comprehensive strategic partnership",
                      "strategic partners", "strategic partnership"],
                     date=day),
        relationship("R02", "diplomatic relations", ["Chile", "China"],
                     False, ["Gao Wenbo"], ["T02"], ["relations"],
                     optional=True),
    ]
    events = [
        event("E01", "regular press conference", day, ["Gao Wenbo"]),
        event("E02", "Valdés Riquelme's state visit to China", "2026-05-17",
              ["Ignacio Valdés Riquelme", "China"]),
    ]
    events[1]["end_date"] = "2026-05-22"
    timexes = [timex(d, "May 12, 2026", day),
               timex(d, "2026-05-12 16:20", day, kind="datetime"),
               timex(d, "from May 17 to 22", "2026-05-17/2026-05-22",
                     kind="interval"),
               timex(d, "on Monday", "2026-05-11"),
               timex(d, "on Sunday", "2026-05-10"),
               timex(d, "last week", "2026-W19"),
               timex(d, "next month", "2026-06")]
    write(d, day, "press conference (Q&A transcript)", actors, statements,
          relationships, events, timexes)


def h30():
    d = Doc("h30_report")
    day = "2026-07-08"
    actors = [
        actor(d, "A01", "Japan", "state", ["Japan", "Tokyo"],
              accept={"Tokyo": ["Tokyo"]}),
        actor(d, "A02", "Philippines", "state", ["Philippines", "Manila"],
              accept={"Manila": ["Manila"]}),
        actor(d, "A03", "China", "state", ["China", "Beijing"],
              accept={"Beijing": ["Beijing"]}),
        actor(d, "A04", "Tatsuya Kanemura", "person",
              ["Tatsuya Kanemura", "Kanemura"],
              affiliations=[("Japan", "Defence Minister")]),
        actor(d, "A05", "Ramon Lacson Dizon", "person",
              ["Ramon Lacson Dizon", "Dizon"], ["Ramon Dizon"],
              affiliations=[("Philippines", "Defense Secretary")]),
        actor(d, "A06", "Yumiko Haraguchi", "person", ["Yumiko Haraguchi"],
              affiliations=[("Japan", "Chief Cabinet Secretary")]),
        actor(d, "A07", "Liza Navarro", "person", ["Liza Navarro"],
              affiliations=[("Armed Forces of the Philippines",
                             "spokesperson")]),
        actor(d, "A08", "United States", "state", ["United States"],
              ["US", "U.S."]),
        actor(d, "A09", "Embassy of China in the Philippines",
              "organization", ["Chinese embassy in Manila"],
              ["Chinese Embassy", "Chinese embassy", "Embassy of China"],
              part_of="China"),
        actor(d, "A10", "Global Times", "media", ["Global Times"]),
        actor(d, "A11", "Ministry of Defense (Japan)", "organization",
              ["Japanese defence ministry"],
              ["Japanese Defence Ministry", "Ministry of Defense",
               "Ministry of Defence (Japan)"], part_of="Japan"),
        actor(d, "A12", "U.S. Department of State", "organization",
              ["State Department"], ["Department of State"],
              part_of="United States"),
        actor(d, "A13", "South China Sea", "place", ["South China Sea"]),
        actor(d, "A14", "Indo-Pacific", "place", ["Indo-Pacific"]),
        actor(d, "A15", "Scarborough Shoal", "place", ["Scarborough Shoal"]),
        actor(d, "A16", "Taiwan", "place", ["Taiwan"], optional=True),
        actor(d, "A17", "Batanes", "place", ["Batanes"], optional=True),
        actor(d, "A18", "Reciprocal Access Agreement", "organization",
              ["Reciprocal Access Agreement"], optional=True),
        actor(d, "A19", "Pacific Newswire", "media", ["Pacific Newswire"],
              optional=True),
        actor(d, "A20", "Camp Aguinaldo", "place", ["Camp Aguinaldo"],
              optional=True),
        actor(d, "A21", "Quezon City", "place", ["Quezon City"],
              optional=True),
        actor(d, "A22", "Mariel Santos", "person", ["Mariel Santos"],
              optional=True),
        actor(d, "A23", "Ken Ogura", "person", ["Ken Ogura"], optional=True),
        actor(d, "A24", "Richard Pullen", "person", ["Richard Pullen"],
              optional=True),
        actor(d, "A25", "Jun Ramos", "person", ["Jun Ramos"], optional=True),
        actor(d, "A26", "Manila", "place", ["Manila"], optional=True),
        actor(d, "A27", "Armed Forces of the Philippines", "organization",
              [], ["Philippine military"], optional=True,
              part_of="Philippines"),
    ]
    basis = "the joint news conference after the talks 'on Wednesday'"
    presser = "joint news conference"
    statements = [
        statement(d, "P01", "Tatsuya Kanemura",
                  "their defence ministers said", day,
                  para="Japan and the Philippines will expand joint military "
                       "exercises in the South China Sea next year and speed "
                       "up the delivery of coastal radar systems to Manila",
                  evidence=["Japan and the Philippines will expand joint "
                            "military exercises in the South China Sea next "
                            "year and speed up the delivery of coastal radar "
                            "systems to Manila, their defence ministers said "
                            "on Wednesday"],
                  cameo="036", alts=["030", "010"],
                  alternatives=["Ramon Lacson Dizon", "Japan", "Philippines"],
                  targets=[("Philippines", "cooperative", True),
                           ("Japan", "cooperative", True)],
                  about=["Japan", "Philippines", "South China Sea"],
                  channel=presser, attribution="joint",
                  date_basis="'on Wednesday'"),
        statement(d, "P02", "Tatsuya Kanemura",
                  "Kanemura, on his first visit", day,
                  quote="an indispensable partner for a free and open "
                        "Indo-Pacific",
                  evidence=["told a joint news conference that Tokyo "
                            "regarded the Philippines as"],
                  cameo="051", alts=["010"], alternatives=["Japan"],
                  targets=[("Philippines", "cooperative", True)],
                  about=["Philippines", "Indo-Pacific"], channel=presser,
                  date_basis=basis),
        statement(d, "P03", "Tatsuya Kanemura", "Kanemura said", day,
                  quote="Our two countries share the same sea and the same "
                        "concerns,",
                  cameo="010", alts=["111"], alternatives=["Japan"],
                  targets=[("China", "conflictual", False)],
                  about=["Philippines", "Japan"], channel=presser,
                  date_basis=basis),
        statement(d, "P04", "Ramon Lacson Dizon",
                  "Defense Secretary Ramon Lacson Dizon, said", day,
                  para="the two sides had agreed to hold the next round of "
                       "their joint amphibious drills off the northern "
                       "province of Batanes, closer to Taiwan than any "
                       "previous exercise",
                  evidence=["said the two sides had agreed to hold the next "
                            "round of their joint amphibious drills off the "
                            "northern province of Batanes, closer to Taiwan "
                            "than any previous exercise."],
                  cameo="036", alts=["030", "010"],
                  alternatives=["Philippines"],
                  targets=[("Japan", "cooperative", False)],
                  about=["Japan", "Batanes", "Taiwan"], channel=presser,
                  date_basis=basis),
        statement(d, "P05", "Ramon Lacson Dizon", "Dizon said", day,
                  quote="does not ask anyone's permission to defend its own "
                        "territory.",
                  cameo="010", alts=["111"], alternatives=["Philippines"],
                  targets=[("China", "conflictual", False)],
                  about=["China", "Philippines"], channel=presser,
                  date_basis=basis),
        statement(d, "P06", "Ministry of Defense (Japan)",
                  "the Japanese defence ministry said", None,
                  para="the five destroyer escorts would be handed over by "
                       "the end of 2027",
                  evidence=["which the Japanese defence ministry said would "
                            "be handed over by the end of 2027."],
                  cameo="010", alts=["033"], alternatives=["Japan"],
                  targets=[("Philippines", "cooperative", False)],
                  about=["Philippines"],
                  date_basis="the text does not say when"),
        statement(d, "P07", "Embassy of China in the Philippines",
                  "The Chinese embassy in Manila said", day,
                  quote="ganging up to stir up trouble",
                  evidence=["The Chinese embassy in Manila said in a "
                            "statement late on Wednesday that the two "
                            "countries were"],
                  cameo="111", alts=["112"], alternatives=["China"],
                  targets=[("Japan", "conflictual", True),
                           ("Philippines", "conflictual", True)],
                  about=["Japan", "Philippines"], channel="statement",
                  date_basis="'late on Wednesday'"),
        statement(d, "P08", "Embassy of China in the Philippines",
                  "warned that", day,
                  quote="bloc confrontation will only make the region less "
                        "secure",
                  cameo="111", alts=["138", "010"], alternatives=["China"],
                  targets=[("Japan", "conflictual", False),
                           ("Philippines", "conflictual", False)],
                  about=["Japan", "Philippines"], channel="statement",
                  attribution="coordinated verb",
                  date_basis="'late on Wednesday'"),
        statement(d, "P09", "Global Times",
                  "Global Times newspaper quoted an unnamed military expert",
                  None,
                  para="the radar deal was aimed at monitoring Chinese "
                       "vessels near Scarborough Shoal",
                  evidence=["quoted an unnamed military expert as saying the "
                            "radar deal was aimed at monitoring Chinese "
                            "vessels near Scarborough Shoal."],
                  cameo="010", alts=["112"], alternatives=["China"],
                  about=["Scarborough Shoal", "Japan", "Philippines"],
                  reported_via="Global Times", optional=True,
                  date_basis="the text does not say when"),
        statement(d, "P10", "Yumiko Haraguchi",
                  "Chief Cabinet Secretary Yumiko Haraguchi told reporters",
                  None, quote="not directed at any third country,",
                  cameo="010", alternatives=["Japan"],
                  about=["China", "Philippines"],
                  channel="remarks to reporters",
                  date_basis="the text does not say when"),
        statement(d, "P11", "Yumiko Haraguchi", "adding that", None,
                  para="Japan hoped to hold a summit-level meeting with "
                       "China before the end of the year",
                  evidence=["adding that Japan hoped to hold a summit-level "
                            "meeting with China before the end of the "
                            "year."],
                  cameo="036", alts=["010"], alternatives=["Japan"],
                  targets=[("China", "cooperative", True)],
                  about=["China"], channel="remarks to reporters",
                  attribution="coordinated verb",
                  date_basis="the text does not say when"),
        statement(d, "P12", "Liza Navarro", "Colonel Liza Navarro, said",
                  "2026-07-07",
                  para="about 400 Japanese troops were expected to join the "
                       "exercises",
                  evidence=["said on Tuesday that about 400 Japanese troops "
                            "were expected to join the exercises."],
                  cameo="010", alternatives=["Philippines"],
                  about=["Japan"], date_basis="'on Tuesday'"),
        statement(d, "P13", "United States", "The United States", None,
                  para="the United States welcomed the meeting",
                  evidence=["The United States, a treaty ally of both "
                            "countries, welcomed the meeting."],
                  cameo="051", alts=["010"],
                  alternatives=["U.S. Department of State"],
                  targets=[("Japan", "cooperative", False),
                           ("Philippines", "cooperative", False)],
                  about=["Japan", "Philippines"], same=["P14"],
                  date_basis="the text does not say when"),
        statement(d, "P14", "U.S. Department of State",
                  "a State Department spokesperson said", None,
                  quote="This is exactly the kind of networked security the "
                        "region needs,",
                  cameo="051", alts=["010"], alternatives=["United States"],
                  targets=[("Japan", "cooperative", False),
                           ("Philippines", "cooperative", False)],
                  about=["Japan", "Philippines"], channel="email",
                  same=["P13"], date_basis="the text does not say when"),
    ]
    statements[0]["co_speakers"] = ["Ramon Lacson Dizon"]
    statements[2]["segments"] = [
        {"quote": "Our two countries share the same sea and the same "
                  "concerns,"},
        {"quote": "We will not accept any attempt to change the status quo "
                  "by force or coercion."}]
    statements[8]["speaker_mention"]["note"] = (
        "an unnamed expert, relayed by the newspaper; optional")
    relationships = [
        relationship("R01", "indispensable partner",
                     [["Japan", "Tatsuya Kanemura"], "Philippines"], False,
                     ["Tatsuya Kanemura"], ["P02"], ["partner"], date=day),
        relationship("R02", "treaty ally", ["United States", "Japan"], False,
                     ["narrator"], [], ["ally", "allies", "treaty allies"]),
        relationship("R03", "treaty ally", ["United States", "Philippines"],
                     False, ["narrator"], [],
                     ["ally", "allies", "treaty allies"]),
    ]
    events = [
        event("E01", "Kanemura-Dizon talks in Manila", day,
              ["Tatsuya Kanemura", "Ramon Lacson Dizon"]),
        event("E02", "handover of five destroyer escorts", "2027",
              ["Japan", "Philippines"], optional=True),
    ]
    timexes = [timex(d, "July 8, 2026 4:52 PM GMT+8", day, kind="datetime"),
               timex(d, "July 8", day, after="MANILA"),
               timex(d, "next year", "2027"),
               timex(d, "on Wednesday", day),
               timex(d, "in April", "2026-04"),
               timex(d, "by the end of 2027", "2027", kind="interval"),
               timex(d, "late on Wednesday", day),
               timex(d, "before the end of the year", "2026",
                     kind="interval"),
               timex(d, "in September 2025", "2025-09"),
               timex(d, "on Tuesday", "2026-07-07"),
               timex(d, "July 8, 2026", day, after="Quezon City")]
    write(d, day, "news report (wire; defence ministers' meeting)", actors,
          statements, relationships, events, timexes)


def h31():
    d = Doc("h31_briefing")
    day = "2026-07-14"
    actors = [
        actor(d, "A01", "Nasser bin Hamad Al-Kuwari", "person",
              ["Nasser bin Hamad Al-Kuwari", "Al-Kuwari"],
              ["Nasser Al-Kuwari"],
              affiliations=[("Ministry of Foreign Affairs (Qatar)",
                             "Official Spokesperson")]),
        actor(d, "A02", "Ministry of Foreign Affairs (Qatar)",
              "organization", ["Ministry of Foreign Affairs"],
              ["Qatari Foreign Ministry", "Foreign Ministry (Qatar)"],
              optional=True, part_of="Qatar"),
        actor(d, "A03", "Qatar", "state",
              ["Qatar", "State of Qatar", "Doha"],
              accept={"Doha": ["Doha"]}),
        actor(d, "A04", "Japan", "state", ["Japan", "Tokyo"],
              accept={"Tokyo": ["Tokyo"]}),
        actor(d, "A05", "Kenji Morioka", "person", ["Kenji Morioka"],
              affiliations=[("Japan", "Prime Minister")]),
        actor(d, "A06", "Sudan", "state", ["Sudan"]),
        actor(d, "A07", "El Fasher", "place", ["El Fasher"]),
        actor(d, "A08", "Prime Minister's Office (Israel)", "organization",
              ["Israeli Prime Minister's Office"],
              ["Prime Minister's Office", "Israel"], part_of="Israel"),
        actor(d, "A09", "Gaza", "place", ["Gaza"]),
        actor(d, "A10", "Egypt", "state", ["Egypt"]),
        actor(d, "A11", "United States", "state",
              ["United States", "Washington"],
              accept={"Washington": ["Washington"]}),
        actor(d, "A12", "Iran", "state", ["Tehran"], ["Iran"],
              accept={"Tehran": ["Tehran"]}),
        actor(d, "A13", "Mehdi Tavakoli", "person", ["Mehdi Tavakoli"],
              affiliations=[("Iran", "Foreign Minister")]),
        actor(d, "A14", "Red Sea", "place", ["Red Sea"]),
        actor(d, "A15", "Afghanistan", "state", ["Afghanistan"]),
        actor(d, "A16", "Pakistan", "state", ["Pakistan"]),
        actor(d, "A17", "Al Jazeera", "media", ["Al Jazeera"]),
        actor(d, "A18", "The Peninsula", "media", ["The Peninsula"],
              ["Peninsula"]),
        actor(d, "A19", "Qatar News Agency", "media", ["Qatar News Agency"],
              ["QNA"]),
        actor(d, "A20", "Bloomberg", "media", ["Bloomberg"]),
        actor(d, "A21", "Jeddah", "place", ["Jeddah"], optional=True),
        actor(d, "A22", "Israel", "state", [], ["Israel"], optional=True),
        actor(d, "A23", "Gulf Cooperation Council", "organization", ["GCC"],
              ["Gulf Cooperation Council"], optional=True),
    ]
    turn0 = ("Good afternoon and welcome. I will begin with the visit of HE "
             "the Prime Minister and Minister of Foreign Affairs to Tokyo "
             "last week. During the visit, HE the Prime Minister met Japanese "
             "Prime Minister Kenji Morioka, and the two sides signed a "
             "memorandum on a strategic dialogue and agreed to raise Qatari "
             "liquefied natural gas supplies to Japan under a new long-term "
             "contract. The State of Qatar regards Japan as a trusted partner "
             "in energy security, and we look forward to the first round of "
             "the strategic dialogue in Doha in the autumn.\n\nOn Sudan, the "
             "State of Qatar welcomes the agreement reached in Jeddah on "
             "Sunday on a humanitarian truce in El Fasher, and calls on all "
             "parties to respect it and to allow aid to reach civilians "
             "without obstruction.")
    turn1 = ("The negotiations are not suspended. The mediators, Qatar, "
             "Egypt and the United States, are in daily contact with both "
             "parties. We have seen such statements before, and they are made "
             "for domestic audiences. What matters to us is what happens at "
             "the table, and at the table the gaps have narrowed. I will not "
             "go into the details of the proposals.")
    turn2 = ("Qatar has always said that dialogue is the only path to "
             "regional de-escalation, and our doors are open to both sides. I "
             "can confirm that HE the Minister of State received a phone call "
             "from the Iranian Foreign Minister on Sunday. Beyond that, I "
             "will not comment on messages that may or may not be "
             "exchanged.")
    turn3 = ("We condemn in the strongest terms any attack on international "
             "shipping. The security of maritime routes is a shared "
             "responsibility, and attacks of this kind threaten the "
             "livelihoods of millions in the region and beyond.")
    turn4 = ("I have nothing to announce today on that. When there is "
             "something to announce, we will announce it.")
    turn5 = "Thank you all, and see you next week."
    pc = "weekly media briefing"
    basis = "the briefing's date"
    lab = "Dr. Al-Kuwari:"
    statements = [
        statement(d, "Q01", "Nasser bin Hamad Al-Kuwari", lab, day,
                  quote=turn0, cameo="051", alts=["010", "030"],
                  alternatives=["Qatar"],
                  targets=[("Japan", "cooperative", True)],
                  about=["Japan", "Kenji Morioka", "Sudan", "El Fasher"],
                  channel=pc, date_basis=basis),
        statement(d, "Q02", "Prime Minister's Office (Israel)",
                  "The Israeli Prime Minister's Office said", "2026-07-13",
                  para="the Israeli delegation would not return to Doha "
                       "until the other side changes its position",
                  evidence=["The Israeli Prime Minister's Office said on "
                            "Monday that its delegation would not return to "
                            "Doha until the other side changes its "
                            "position."],
                  cameo="010", alts=["111"], alternatives=["Israel"],
                  about=["Qatar", "Gaza"], reported_via="Al Jazeera",
                  embedded=True, date_basis="'on Monday'"),
        statement(d, "Q03", "Nasser bin Hamad Al-Kuwari", lab, day,
                  quote=turn1, cameo="010", alts=["011"],
                  alternatives=["Qatar"],
                  about=["Gaza", "Egypt", "United States"],
                  channel=pc, responds_to=["Q02"],
                  after="Are the negotiations on Gaza suspended?",
                  date_basis=basis),
        statement(d, "Q04", "Mehdi Tavakoli", "Mehdi Tavakoli told",
                  "2026-07-13", quote="a friendly channel in the region",
                  evidence=["Iranian Foreign Minister Mehdi Tavakoli told "
                            "state television yesterday that Tehran was "
                            "ready to resume talks with Washington through"],
                  cameo="036", alts=["010"], alternatives=["Iran"],
                  targets=[("United States", "cooperative", True)],
                  about=["United States"], reported_via="The Peninsula",
                  channel="state television", embedded=True,
                  date_basis="'yesterday'"),
        statement(d, "Q05", "Nasser bin Hamad Al-Kuwari", lab, day,
                  quote=turn2, cameo="011", alts=["010"],
                  alternatives=["Qatar"], about=["Iran", "United States"],
                  channel=pc, responds_to=["Q04"],
                  after="Is Qatar that channel?", date_basis=basis),
        statement(d, "Q06", "Nasser bin Hamad Al-Kuwari", lab, day,
                  quote=turn3, cameo="111", alts=["010"],
                  alternatives=["Qatar"], about=["Red Sea"], channel=pc,
                  after="in the Red Sea on Saturday?", date_basis=basis),
        statement(d, "Q07", "Nasser bin Hamad Al-Kuwari", lab, day,
                  quote=turn4, cameo="011", alts=["010"],
                  alternatives=["Qatar"],
                  about=["Afghanistan", "Pakistan"], channel=pc,
                  after="Can you confirm?", date_basis=basis),
        statement(d, "Q08", "Nasser bin Hamad Al-Kuwari", lab, day,
                  quote=turn5, cameo="010", alternatives=["Qatar"],
                  channel=pc, after="we will announce it.", optional=True,
                  date_basis=basis),
    ]
    relationships = [
        relationship("R01", "trusted partner", ["Qatar", "Japan"], False,
                     ["Nasser bin Hamad Al-Kuwari"], ["Q01"],
                     ["partner", "trusted partner in energy security"],
                     date=day),
    ]
    events = [
        event("E01", "visit of Qatar's Prime Minister to Tokyo", "2026-07",
              ["Qatar", "Japan"]),
        event("E02", "humanitarian truce agreement in Jeddah", "2026-07-12",
              ["Sudan"], optional=True),
        event("E03", "attack on a commercial vessel in the Red Sea",
              "2026-07-11", ["Red Sea"], optional=True),
    ]
    timexes = [timex(d, "Tuesday, 14 July 2026", day),
               timex(d, "last week", "2026-07"),
               timex(d, "in the autumn", "2026", kind="interval"),
               timex(d, "on Sunday", "2026-07-12"),
               timex(d, "on Monday", "2026-07-13"),
               timex(d, "yesterday", "2026-07-13"),
               timex(d, "on Saturday", "2026-07-11"),
               timex(d, "today", day, after="nothing to announce")]
    write(d, day, "press conference transcript (MFA weekly briefing)",
          actors, statements, relationships, events, timexes)


def h32():
    d = Doc("h32_readout")
    day = "2026-07-21"
    actors = [
        actor(d, "A01", "Helen Radcliffe", "person",
              ["Helen Radcliffe"],
              affiliations=[("United Kingdom", "Foreign Secretary")]),
        actor(d, "A02", "Faris bin Hilal Al Harthi", "person",
              ["Faris bin Hilal Al Harthi"],
              ["Sayyid Faris bin Hilal Al Harthi", "Faris Al Harthi",
               "Al Harthi"],
              affiliations=[("Oman", "Foreign Minister")]),
        actor(d, "A03", "United Kingdom", "state", ["UK"],
              ["United Kingdom", "Britain"]),
        actor(d, "A04", "Oman", "state", ["Oman"]),
        actor(d, "A05", "Foreign, Commonwealth and Development Office",
              "organization",
              ["Foreign, Commonwealth & Development Office",
               "Foreign, Commonwealth and Development Office"], ["FCDO"],
              optional=True, part_of="United Kingdom"),
        actor(d, "A06", "Red Sea", "place", ["Red Sea"]),
        actor(d, "A07", "Iran", "state", ["Iran"]),
        actor(d, "A08", "Yemen", "state", ["Yemen"]),
        actor(d, "A09", "Gulf Cooperation Council", "organization",
              ["Gulf Cooperation Council"], ["GCC"]),
        actor(d, "A10", "Muscat", "place", ["Muscat"], optional=True),
        actor(d, "A11", "UK-Oman Joint Working Group", "organization",
              ["UK-Oman Joint Working Group"], optional=True),
        actor(d, "A12", "Saudi Arabia", "state", [], ["Saudi Arabia"],
              optional=True),
        actor(d, "A13", "GOV.UK", "media", ["GOV.UK"], optional=True),
    ]
    basis = "the call 'this afternoon' on the page's date"
    kw = dict(reported_via="Foreign, Commonwealth and Development Office",
              channel="telephone call", date_basis=basis)
    uk = ["United Kingdom"]
    om = ["Oman"]
    statements = [
        statement(d, "F00", "Foreign, Commonwealth and Development Office",
                  "A Foreign, Commonwealth and Development Office "
                  "spokesperson said", day,
                  para="the Foreign Secretary spoke to Omani Foreign "
                       "Minister Sayyid Faris bin Hilal Al Harthi",
                  alternatives=uk, about=["Helen Radcliffe", "Oman"],
                  optional=True, date_basis=basis),
        statement(d, "F01", "Helen Radcliffe",
                  "The Foreign Secretary thanked", day,
                  para="thanked the Foreign Minister for Oman's continued "
                       "role as a trusted intermediary in the region, and "
                       "for its help in securing the release of a British "
                       "national detained in Yemen last month",
                  evidence=["The Foreign Secretary thanked the Foreign "
                            "Minister for Oman's continued role as a trusted "
                            "intermediary in the region, and for its help in "
                            "securing the release of a British national "
                            "detained in Yemen last month."],
                  cameo="051", alts=["010"], alternatives=uk,
                  targets=[("Oman", "cooperative", True)],
                  about=["Oman", "Yemen"], **kw),
        statement(d, "F02", "Helen Radcliffe",
                  "the Foreign Secretary condemned", day,
                  para="condemned the targeting of civilian crews in the "
                       "attacks on commercial shipping in the Red Sea",
                  evidence=["Discussing the recent attacks on commercial "
                            "shipping in the Red Sea, the Foreign Secretary "
                            "condemned the targeting of civilian crews"],
                  cameo="111", alts=["010"], alternatives=uk,
                  about=["Red Sea"], **kw),
        statement(d, "F03", "Helen Radcliffe", "stressed that", day,
                  para="freedom of navigation must be upheld",
                  evidence=["stressed that freedom of navigation must be "
                            "upheld."],
                  cameo="010", alternatives=uk, about=["Red Sea"],
                  attribution="coordinated verb", **kw),
        statement(d, "F04", "Faris bin Hilal Al Harthi",
                  "The Foreign Minister set out", day,
                  para="set out Oman's efforts to reduce tensions",
                  evidence=["The Foreign Minister set out Oman's efforts to "
                            "reduce tensions"],
                  cameo="010", alternatives=om, about=["Oman", "Red Sea"],
                  **kw),
        statement(d, "F05", "Faris bin Hilal Al Harthi",
                  "urged restraint", day,
                  para="urged restraint from all sides",
                  evidence=["urged restraint from all sides."],
                  cameo="010", alts=["020"], alternatives=om,
                  about=["Red Sea"], attribution="coordinated verb", **kw),
        statement(d, "F06", "Helen Radcliffe",
                  "the Foreign Secretary reiterated", day,
                  para="Iran must never be allowed to develop a nuclear "
                       "weapon and the UK remains committed to a diplomatic "
                       "solution",
                  evidence=["On Iran, the Foreign Secretary reiterated that "
                            "Iran must never be allowed to develop a nuclear "
                            "weapon and that the UK remains committed to a "
                            "diplomatic solution."],
                  cameo="010", alts=["111"], alternatives=uk,
                  targets=[("Iran", "conflictual", True)],
                  about=["Iran"], **kw),
        statement(d, "F07", "Helen Radcliffe", "She welcomed", day,
                  para="welcomed Oman's offer to host further talks",
                  evidence=["She welcomed Oman's offer to host further "
                            "talks."],
                  cameo="051", alts=["010"], alternatives=uk,
                  targets=[("Oman", "cooperative", True)],
                  about=["Oman", "Iran"], **kw),
        statement(d, "F08", "Helen Radcliffe",
                  "The Foreign Secretary and the Foreign Minister also "
                  "looked ahead", day,
                  para="looked ahead to the UK-Oman Joint Working Group in "
                       "Muscat in September",
                  evidence=["The Foreign Secretary and the Foreign Minister "
                            "also looked ahead to the UK-Oman Joint Working "
                            "Group in Muscat in September"],
                  cameo="036", alts=["030", "010"],
                  alternatives=["Faris bin Hilal Al Harthi"] + uk + om,
                  about=["Oman", "United Kingdom"], attribution="joint",
                  optional=True, **kw),
        statement(d, "F09", "Helen Radcliffe", "agreed to deepen", day,
                  para="agreed to deepen cooperation on trade, education "
                       "and clean energy under the UK-Gulf Cooperation "
                       "Council Free Trade Agreement",
                  evidence=["agreed to deepen cooperation on trade, "
                            "education and clean energy under the UK-Gulf "
                            "Cooperation Council Free Trade Agreement."],
                  cameo="030", alts=["036", "010"],
                  alternatives=["Faris bin Hilal Al Harthi"] + uk + om,
                  targets=[("Oman", "cooperative", True),
                           ("United Kingdom", "cooperative", True)],
                  about=["Oman", "United Kingdom",
                         "Gulf Cooperation Council"],
                  attribution="joint", **kw),
        statement(d, "F10", "Helen Radcliffe", "They agreed", day,
                  para="to stay in close contact",
                  evidence=["They agreed to stay in close contact."],
                  cameo="030", alts=["036"],
                  alternatives=["Faris bin Hilal Al Harthi"],
                  attribution="joint", optional=True, **kw),
    ]
    for s in statements[8:]:
        s["co_speakers"] = ["Faris bin Hilal Al Harthi"]
    relationships = [
        relationship("R01", "trusted intermediary",
                     ["Oman", "United Kingdom"], False, ["Helen Radcliffe"],
                     ["F01"], ["intermediary"], optional=True),
    ]
    events = [
        event("E01", "Radcliffe-Al Harthi telephone call", day,
              ["Helen Radcliffe", "Faris bin Hilal Al Harthi"]),
        event("E02", "UK-Oman Joint Working Group in Muscat", "2026-09",
              ["United Kingdom", "Oman"], optional=True),
    ]
    timexes = [timex(d, "21 July 2026", day),
               timex(d, "this afternoon", day),
               timex(d, "last month", "2026-06"),
               timex(d, "in September", "2026-09"),
               timex(d, "9 July 2026", "2026-07-09")]
    write(d, day, "call readout (UK government)", actors, statements,
          relationships, events, timexes)


def h33():
    d = Doc("h33_joint")
    day = "2026-07-28"
    actors = [
        actor(d, "A01", "Indonesia", "state",
              ["Indonesia", "Republic of Indonesia"]),
        actor(d, "A02", "Saudi Arabia", "state",
              ["Saudi Arabia", "Kingdom of Saudi Arabia"],
              ["Kingdom of Saudi Arabia"]),
        actor(d, "A03", "Bambang Wicaksono", "person",
              ["Bambang Wicaksono"],
              affiliations=[("Indonesia", "President")]),
        actor(d, "A04", "Turki bin Saud Al Saud", "person",
              ["Turki bin Saud Al Saud", "Turki bin Saud"],
              ["Prince Turki bin Saud Al Saud", "Prince Turki"],
              affiliations=[("Saudi Arabia",
                             "Crown Prince and Prime Minister")]),
        actor(d, "A05", "Sri Handayani", "person", ["Sri Handayani"],
              affiliations=[("Indonesia", "Foreign Minister")]),
        actor(d, "A06", "Public Investment Fund", "organization",
              ["Public Investment Fund"], ["PIF"], part_of="Saudi Arabia"),
        actor(d, "A07", "Association of Southeast Asian Nations",
              "organization", ["Association of Southeast Asian Nations"],
              ["ASEAN"]),
        actor(d, "A08", "Gaza", "place", ["Gaza"]),
        actor(d, "A09", "Indonesia-Saudi Supreme Coordination Council",
              "organization",
              ["Indonesia-Saudi Supreme Coordination Council",
               "Supreme Coordination Council"], optional=True),
        actor(d, "A10", "East Jerusalem", "place", ["East Jerusalem"],
              optional=True),
        actor(d, "A11", "Jakarta", "place", ["Jakarta"], optional=True),
        actor(d, "A12", "Riyadh", "place", ["Riyadh"], optional=True),
        actor(d, "A13", "Nusantara News Agency", "media",
              ["Nusantara News Agency", "NNA"], optional=True),
        actor(d, "A14", "Merdeka Palace", "place", ["Merdeka Palace"],
              optional=True),
        actor(d, "A15", "Presidential Secretariat", "organization",
              ["Presidential Secretariat"], optional=True,
              part_of="Indonesia"),
        actor(d, "A16", "Rizky Pratama", "person", ["Rizky Pratama"],
              optional=True),
        actor(d, "A17", "Dewi Lestari", "person", ["Dewi Lestari"],
              optional=True),
        actor(d, "A18", "Nusantara (capital)", "place", [], ["Nusantara"],
              optional=True),
        actor(d, "A19", "Palestine", "state", [], ["Palestine"],
              optional=True),
    ]
    paras = [
        "1. At the invitation of His Excellency Bambang Wicaksono, President "
        "of the Republic of Indonesia, His Royal Highness Prince Turki bin "
        "Saud Al Saud, Crown Prince and Prime Minister of the Kingdom of "
        "Saudi Arabia, paid an official visit to Jakarta on 27-28 July "
        "2026.",
        "2. The two sides praised the deep-rooted brotherly relations "
        "between the two countries and their peoples, and signed the "
        "charter establishing the Indonesia-Saudi Supreme Coordination "
        "Council, to be chaired by the President and the Crown Prince.",
        "3. The two sides welcomed the commitment of the Saudi Public "
        "Investment Fund to invest up to USD 10 billion in Indonesia over "
        "the next five years, including in the new capital Nusantara, "
        "refining and green hydrogen.",
        "4. The Indonesian side expressed its appreciation to the Kingdom "
        "for the increase in Indonesia's Hajj quota to 241,000 pilgrims for "
        "2027, and for the services provided to Indonesian pilgrims.",
        "5. The Saudi side commended Indonesia's role in the Association of "
        "Southeast Asian Nations and its efforts to promote moderation and "
        "tolerance.",
        "6. On regional issues, the two sides called for an immediate and "
        "permanent ceasefire in Gaza, and reaffirmed their support for the "
        "establishment of an independent Palestinian state on the 1967 "
        "borders with East Jerusalem as its capital.",
        "7. The two sides agreed that the first meeting of the Supreme "
        "Coordination Council will be held in Riyadh in 2027.",
    ]
    whole = "\n\n".join(paras)
    basis = "'Issued in Jakarta on 28 July 2026' and the page date"
    who = ["Saudi Arabia", "Bambang Wicaksono", "Turki bin Saud Al Saud"]
    statements = [
        statement(d, "J01", "Indonesia",
                  "The following is the joint statement issued by the two "
                  "governments", day, quote=whole,
                  cameo="030", alts=["057", "010"], alternatives=who,
                  targets=[("Saudi Arabia", "cooperative", True),
                           ("Indonesia", "cooperative", True)],
                  about=["Indonesia", "Saudi Arabia", "Gaza",
                         "Association of Southeast Asian Nations",
                         "Public Investment Fund"],
                  channel="joint statement", attribution="joint",
                  date_basis=basis),
        statement(d, "J00", "Indonesia",
                  "Indonesia and Saudi Arabia on Tuesday agreed", day,
                  para="agreed to set up a Supreme Coordination Council "
                       "chaired by their leaders",
                  evidence=["Indonesia and Saudi Arabia on Tuesday agreed to "
                            "set up a Supreme Coordination Council chaired by "
                            "their leaders"],
                  cameo="030", alts=["057", "010"], alternatives=who,
                  targets=[("Saudi Arabia", "cooperative", False),
                           ("Indonesia", "cooperative", False)],
                  about=["Indonesia", "Saudi Arabia"], attribution="joint",
                  same=["J01"], optional=True,
                  date_basis="'on Tuesday'; the lede's retelling of the "
                             "joint statement"),
        statement(d, "J02", "Sri Handayani", "Sri Handayani said", day,
                  quote="lift our relationship to a level we have never "
                        "reached before",
                  cameo="051", alts=["010"], alternatives=["Indonesia"],
                  targets=[("Saudi Arabia", "cooperative", False)],
                  about=["Saudi Arabia",
                         "Indonesia-Saudi Supreme Coordination Council"],
                  channel="remarks to reporters",
                  date_basis="'after the statement was released' on "
                             "28 July 2026"),
    ]
    statements[0]["co_speakers"] = ["Saudi Arabia"]
    statements[1]["co_speakers"] = ["Saudi Arabia"]
    statements[0]["quote_marks"] = "none (document text)"
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    relationships = [
        relationship("R01", "deep-rooted brotherly relations",
                     ["Indonesia", "Saudi Arabia"], False,
                     ["Indonesia", "Saudi Arabia"], ["J01"],
                     ["brotherly relations", "relations"], date=day),
        relationship("R02", "relationship", ["Indonesia", "Saudi Arabia"],
                     False, ["Sri Handayani"], ["J02"], optional=True),
    ]
    events = [
        event("E01", "official visit of the Saudi Crown Prince to Jakarta",
              "2026-07-27", ["Turki bin Saud Al Saud", "Bambang Wicaksono"]),
        event("E02", "first meeting of the Supreme Coordination Council",
              "2027", ["Indonesia", "Saudi Arabia"], optional=True),
    ]
    timexes = [timex(d, "Tuesday, 28 July 2026 21:05 WIB", day,
                     kind="datetime"),
               timex(d, "on Tuesday", day),
               timex(d, "on 27-28 July 2026", "2026-07-27",
                     kind="interval"),
               timex(d, "over the next five years", "2026",
                     kind="interval"),
               timex(d, "for 2027", "2027"),
               timex(d, "in 2027", "2027"),
               timex(d, "on 28 July 2026", day),
               timex(d, "on Monday", "2026-07-27")]
    write(d, day, "joint statement (news page)", actors, statements,
          relationships, events, timexes)
def h34():
    d = Doc("h34_report")
    day = "2026-07-09"
    wed = "2026-07-08"
    actors = [
        actor(d, "A01", "Armenia", "state", ["Armenia", "Yerevan"],
              ["Republic of Armenia"],
              accept={"Yerevan": ["Yerevan"]}),
        actor(d, "A02", "Azerbaijan", "state", ["Azerbaijan", "Baku"],
              ["Republic of Azerbaijan"], accept={"Baku": ["Baku"]}),
        actor(d, "A03", "Tigran Sargsyan", "person",
              ["Tigran Sargsyan", "Sargsyan"],
              affiliations=[("Armenia", "Foreign Minister")]),
        actor(d, "A04", "Elnur Mammadli", "person",
              ["Elnur Mammadli", "Mammadli"],
              affiliations=[("Azerbaijan", "Foreign Minister")]),
        actor(d, "A05", "Georgia", "state", ["Tbilisi"],
              ["Georgia"], accept={"Tbilisi": ["Tbilisi"]}),
        actor(d, "A06", "Nino Beridze", "person", ["Nino Beridze"],
              affiliations=[("Georgia", "Foreign Minister")]),
        actor(d, "A07", "Syunik", "place", ["Syunik"],
              ["Syunik province"]),
        actor(d, "A08", "AZERTAC", "media", ["AZERTAC"]),
        actor(d, "A09", "Nagorno-Karabakh", "place", ["Nagorno-Karabakh"],
              ["Karabakh"]),
        actor(d, "A10", "Aram Petrosyan", "person", ["Aram Petrosyan"],
              affiliations=[("Armenia", "Prime Minister")]),
        actor(d, "A11", "Rauf Nasibov", "person",
              ["Rauf Nasibov", "Nasibov"],
              affiliations=[("Azerbaijan", "President")]),
        actor(d, "A12", "Armenpress", "media", ["Armenpress"]),
        actor(d, "A13", "Karen Melikyan", "person", ["Karen Melikyan"],
              affiliations=[("Armenia", "Deputy Foreign Minister")]),
        actor(d, "A14", "Elchin Rzayev", "person", ["Elchin Rzayev"],
              affiliations=[("Rauf Nasibov", "foreign policy adviser")]),
        actor(d, "A15", "Trend", "media", ["Trend"],
              ["Trend news agency"]),
        actor(d, "A16", "Russia", "state", ["Moscow", "Russia"],
              ["Russian Federation"], accept={"Moscow": ["Moscow"]}),
        actor(d, "A17", "Pavel Grekov", "person", ["Pavel Grekov"],
              affiliations=[("Russia", "Deputy Foreign Minister")]),
        actor(d, "A18", "RIA Novosti", "media", ["RIA Novosti"]),
        actor(d, "A19", "South Caucasus", "place", ["South Caucasus"]),
        actor(d, "A20", "European External Action Service", "organization",
              ["European External Action Service"], ["EEAS"],
              part_of="European Union"),
        actor(d, "A21", "European Union", "organization",
              ["European Union"], ["EU"]),
        actor(d, "A22", "Caucasus Wire", "media", ["Caucasus Wire"],
              optional=True),
        actor(d, "A23", "Tbilisi", "place", ["Tbilisi"], optional=True),
        actor(d, "A24", "Yerevan", "place", ["Yerevan"], optional=True),
        actor(d, "A25", "Brussels", "place", ["Brussels"], optional=True),
        actor(d, "A26", "Facebook", "organization", ["Facebook"],
              optional=True),
        actor(d, "A27", "Baku", "place", ["Baku"], optional=True),
        actor(d, "A28", "Narine Hakobyan", "person", ["Narine Hakobyan"],
              optional=True),
        actor(d, "A29", "Farid Aghayev", "person", ["Farid Aghayev"],
              optional=True),
        actor(d, "A30", "Tamar Kvaratskhelia", "person",
              ["Tamar Kvaratskhelia"], optional=True),
        actor(d, "A31", "Simon Ashdown", "person", ["Simon Ashdown"],
              optional=True),
        actor(d, "A32", "Europe", "place", ["Europe"], optional=True),
    ]
    conf = "joint news conference"
    cbasis = "the joint news conference 'on Thursday' (the dateline's day)"
    statements = [
        statement(d, "S01", "Tigran Sargsyan", "their foreign ministers said",
                  day,
                  para="Armenia and Azerbaijan have agreed the wording of "
                       "two more articles of a draft border delimitation "
                       "protocol",
                  evidence=["Armenia and Azerbaijan have agreed the wording "
                            "of two more articles of a draft border "
                            "delimitation protocol, their foreign ministers "
                            "said after two days of talks in the Georgian "
                            "capital"],
                  cameo="010", alts=["030", "057"],
                  alternatives=["Elnur Mammadli", "Armenia", "Azerbaijan"],
                  targets=[("Azerbaijan", "cooperative", False),
                           ("Armenia", "cooperative", False)],
                  about=["Armenia", "Azerbaijan"], attribution="joint",
                  channel=conf,
                  date_basis="the lede retells the ministers' joint news "
                             "conference 'on Thursday' after the talks"),
        statement(d, "S02", "Tigran Sargsyan",
                  "Armenian Foreign Minister Tigran Sargsyan told", day,
                  quote="never been closer to a text both parliaments can "
                        "ratify",
                  evidence=["the two sides had \"never been closer to a "
                            "text both parliaments can ratify\""],
                  cameo="013", alts=["010"], alternatives=["Armenia"],
                  targets=[("Azerbaijan", "cooperative", False)],
                  about=["Armenia", "Azerbaijan"], channel=conf,
                  date_basis="'on Thursday'"),
        statement(d, "S03", "Tigran Sargsyan", "Sargsyan said", day,
                  quote="We are not there yet, but the direction is "
                        "irreversible,",
                  cameo="013", alts=["010"], alternatives=["Armenia"],
                  about=["Armenia", "Azerbaijan"], channel=conf,
                  date_basis=cbasis),
        statement(d, "S04", "Elnur Mammadli", "he told reporters", day,
                  quote="concrete guarantees, not goodwill",
                  evidence=["Baku wanted \"concrete guarantees, not "
                            "goodwill\", he told reporters"],
                  cameo="010", alts=["020"], alternatives=["Azerbaijan"],
                  targets=[("Armenia", "neutral", False)],
                  about=["Azerbaijan", "Armenia"], attribution="pronoun",
                  channel=conf, date_basis=cbasis),
        statement(d, "S05", "Elnur Mammadli", "adding that", day,
                  quote="the core of any lasting settlement",
                  evidence=["adding that unimpeded transport links "
                            "remained \"the core of any lasting "
                            "settlement\""],
                  cameo="010", alternatives=["Azerbaijan"],
                  about=["Azerbaijan", "Armenia"],
                  attribution="coordinated verb", channel=conf,
                  date_basis=cbasis),
        statement(d, "S06", "Nino Beridze", "who said in a statement", None,
                  para="Tbilisi was ready to host a signing ceremony "
                       "whenever the parties are ready",
                  evidence=["who said in a statement that Tbilisi was ready "
                            "to host a signing ceremony \"whenever the "
                            "parties are ready\""],
                  cameo="039", alts=["010", "030"], alternatives=["Georgia"],
                  targets=[("Armenia", "cooperative", False),
                           ("Azerbaijan", "cooperative", False)],
                  about=["Georgia"], channel="statement",
                  date_basis="not given"),
        statement(d, "S07", "Elnur Mammadli", "quoted Mammadli", None,
                  para="Baku still expected Yerevan to remove a reference "
                       "to Nagorno-Karabakh from its constitution before "
                       "any peace treaty was signed",
                  evidence=["AZERTAC later quoted Mammadli as saying that "
                            "Baku still expected Yerevan to remove a "
                            "reference to Nagorno-Karabakh from its "
                            "constitution before any peace treaty was "
                            "signed"],
                  cameo="10", alts=["100", "010"],
                  alternatives=["Azerbaijan"],
                  targets=[("Armenia", "neutral", True)],
                  about=["Armenia", "Azerbaijan", "Nagorno-Karabakh"],
                  reported_via="AZERTAC",
                  date_basis="'later': the day not given"),
        statement(d, "S08", "Aram Petrosyan",
                  "Armenian Prime Minister Aram Petrosyan wrote", day,
                  quote="will not trade sovereignty for signatures",
                  evidence=["wrote on Facebook late on Thursday that his "
                            "government \"will not trade sovereignty for "
                            "signatures\""],
                  cameo="010", alts=["012"], alternatives=["Armenia"],
                  about=["Armenia"], channel="Facebook post",
                  date_basis="'late on Thursday'"),
        statement(d, "S09", "Aram Petrosyan", "but said", day,
                  para="he was ready to meet Azerbaijani President Rauf "
                       "Nasibov at any time and in any place to finish the "
                       "treaty",
                  evidence=["but said he was ready to meet Azerbaijani "
                            "President Rauf Nasibov \"at any time and in any "
                            "place\" to finish the treaty"],
                  cameo="036", alts=["010"], alternatives=["Armenia"],
                  targets=[("Rauf Nasibov", "cooperative", True)],
                  about=["Rauf Nasibov", "Azerbaijan"],
                  attribution="coordinated verb", channel="Facebook post",
                  date_basis="the same post 'late on Thursday'"),
        statement(d, "S10", "Karen Melikyan",
                  "Deputy Foreign Minister Karen Melikyan said", wed,
                  para="the two border commissions would next meet in "
                       "Yerevan in September",
                  evidence=["Speaking to the Armenpress news agency on "
                            "Wednesday, Deputy Foreign Minister Karen "
                            "Melikyan said the two border commissions would "
                            "next meet in Yerevan in September."],
                  cameo="036", alts=["010"], alternatives=["Armenia"],
                  about=["Armenia", "Azerbaijan", "Yerevan"],
                  reported_via="Armenpress", channel="interview",
                  date_basis="'on Wednesday'"),
        statement(d, "S11", "Elchin Rzayev", "Elchin Rzayev, accused", None,
                  quote="dragging its feet",
                  evidence=["accused Yerevan of \"dragging its feet\" on "
                            "the transit issue"],
                  cameo="112", alts=["111"],
                  alternatives=["Azerbaijan", "Rauf Nasibov"],
                  targets=[("Armenia", "conflictual", True)],
                  about=["Armenia"], reported_via="Trend",
                  date_basis="'without saying when he spoke'"),
        statement(d, "S12", "Pavel Grekov",
                  "Russian Deputy Foreign Minister Pavel Grekov was cited",
                  None,
                  quote="supports any steps that bring peace to the South "
                        "Caucasus",
                  evidence=["was cited by RIA Novosti as saying that Russia "
                            "\"supports any steps that bring peace to the "
                            "South Caucasus\""],
                  cameo="010", alts=["051"], alternatives=["Russia"],
                  about=["Russia", "South Caucasus"],
                  reported_via="RIA Novosti", date_basis="not given"),
        statement(d, "S13", "Pavel Grekov", "but that", None,
                  quote="of a decorative nature",
                  evidence=["but that Western mediation was \"of a "
                            "decorative nature\""],
                  cameo="111", alts=["010"], alternatives=["Russia"],
                  targets=[("European Union", "conflictual", False)],
                  reported_via="RIA Novosti",
                  attribution="coordinated clause", date_basis="not given"),
        statement(d, "S14", "European External Action Service",
                  "a spokesperson for the European External Action Service "
                  "said", None,
                  para="the European Union would keep funding the work of "
                       "its civilian monitoring mission on the Armenian side "
                       "of the border",
                  evidence=["a spokesperson for the European External "
                            "Action Service said the European Union would "
                            "keep funding the work of its civilian "
                            "monitoring mission on the Armenian side of the "
                            "border."],
                  cameo="033", alts=["010", "030"],
                  alternatives=["European Union"],
                  targets=[("Armenia", "cooperative", False)],
                  about=["European Union", "Armenia"],
                  date_basis="not given"),
    ]
    statements[0]["co_speakers"] = ["Elnur Mammadli"]
    relationships = [
        relationship("R01", "ceasefire", ["Armenia", "Azerbaijan"], False,
                     ["narrator"], [], optional=True),
    ]
    events = [
        event("E01", "Armenia-Azerbaijan talks in Tbilisi", wed,
              ["Armenia", "Azerbaijan", "Georgia"]),
        event("E02", "meeting of the border commissions in Yerevan",
              "2026-09", ["Armenia", "Azerbaijan"], optional=True),
    ]
    events[0]["end_date"] = day
    timexes = [timex(d, "July 9, 2026 6:51 PM GMT+4", day, kind="datetime"),
               timex(d, "July 9", day, after="TBILISI"),
               timex(d, "after two days of talks", wed + "/" + day,
                     kind="interval"),
               timex(d, "on Thursday", day),
               timex(d, "late on Thursday", day),
               timex(d, "on Wednesday", wed),
               timex(d, "in September", "2026-09"),
               timex(d, "2020", "2020")]
    write(d, day, "news report (wire, relay chains)", actors, statements,
          relationships, events, timexes)


def h35():
    d = Doc("h35_briefing")
    day = "2026-08-13"
    actors = [
        actor(d, "A01", "Themba Ndlovu", "person", ["Themba Ndlovu"],
              affiliations=[("Department of International Relations and "
                             "Cooperation", "Minister")]),
        actor(d, "A02", "Refilwe Mahlangu", "person", ["Refilwe Mahlangu"],
              affiliations=[("Department of International Relations and "
                             "Cooperation", "Deputy Minister")]),
        actor(d, "A03", "Zanele Khumalo", "person", ["Zanele Khumalo"],
              affiliations=[("Department of International Relations and "
                             "Cooperation", "Spokesperson")]),
        actor(d, "A04", "Department of International Relations and "
              "Cooperation", "organization",
              ["Department of International Relations and Cooperation",
               "DIRCO"], ["DIRCO"], optional=True, part_of="South Africa"),
        actor(d, "A05", "South Africa", "state", ["South Africa"],
              ["Republic of South Africa"]),
        actor(d, "A06", "Southern African Development Community",
              "organization", ["SADC"], ["SADC"]),
        actor(d, "A07", "Democratic Republic of the Congo", "state",
              ["Democratic Republic of the Congo"], ["DRC", "DR Congo"]),
        actor(d, "A08", "Goma", "place", ["Goma"]),
        actor(d, "A09", "Luanda", "place", ["Luanda"], optional=True),
        actor(d, "A10", "Rwanda", "state", ["Rwanda", "Kigali"],
              accept={"Kigali": ["Kigali"]}),
        actor(d, "A11", "Ministry of Foreign Affairs (Rwanda)",
              "organization", ["foreign ministry"],
              ["Rwandan Foreign Ministry", "Rwanda's foreign ministry"],
              optional=True, part_of="Rwanda"),
        actor(d, "A12", "SABC News", "media", ["SABC News"], ["SABC"]),
        actor(d, "A13", "News24", "media", ["News24"]),
        actor(d, "A14", "eNCA", "media", ["eNCA"]),
        actor(d, "A15", "Newzroom Afrika", "media", ["Newzroom Afrika"]),
        actor(d, "A16", "United States", "state",
              ["United States", "Washington"], ["US", "USA"],
              accept={"Washington": ["Washington"]}),
        actor(d, "A17", "Embassy of the United States (South Africa)",
              "organization", ["United States embassy"],
              ["US embassy", "United States embassy"], optional=True,
              part_of="United States"),
        actor(d, "A18", "AGOA", "organization", ["AGOA"],
              ["African Growth and Opportunity Act"], optional=True),
        actor(d, "A19", "African Union", "organization",
              ["African Union", "AU"]),
        actor(d, "A20", "African Union Commission", "organization",
              ["African Union Commission"], optional=True,
              part_of="African Union"),
        actor(d, "A21", "Idrissa Kone", "person", ["Idrissa Kone"],
              affiliations=[("African Union Commission", "Chairperson")]),
        actor(d, "A22", "Pretoria", "place", ["Pretoria"], optional=True),
        actor(d, "A23", "Sake", "place", ["Sake"], optional=True),
        actor(d, "A24", "Department of Defence (South Africa)",
              "organization", ["Department of Defence"], optional=True,
              part_of="South Africa"),
        actor(d, "A25", "United States Congress", "organization",
              ["Congress"], optional=True, part_of="United States"),
        actor(d, "A26", "Lerato Sithole", "person", ["Lerato Sithole"],
              optional=True),
        actor(d, "A27", "Pieter Botha", "person", ["Pieter Botha"],
              optional=True),
        actor(d, "A28", "Ayesha Jacobs", "person", ["Ayesha Jacobs"],
              optional=True),
        actor(d, "A29", "Kagiso Dlamini", "person", ["Kagiso Dlamini"],
              optional=True),
        actor(d, "A30", "OR Tambo Building", "place", ["OR Tambo Building"],
              optional=True),
    ]
    pd0 = ("Good morning, colleagues from the media, and welcome. The "
           "Minister is joined by the Deputy Minister, Ms Refilwe Mahlangu. "
           "The Minister will make opening remarks, after which we will take "
           "questions. Minister.")
    t1 = ("Thank you, Programme Director, and good morning. South Africa "
          "will host an Extraordinary Summit of SADC Heads of State and "
          "Government in Pretoria on 22 August to consider the security "
          "situation in the eastern Democratic Republic of the Congo. The "
          "fighting around Goma has displaced more than four hundred "
          "thousand people since June. We call on all parties to respect the "
          "ceasefire agreed in Luanda and to return to the negotiating table. "
          "South Africa will not withdraw its soldiers from the SADC mission "
          "while the mandate stands.")
    t2 = ("Thank you, Lerato. We have seen that statement. Rwanda is not a "
          "member of SADC, but we have invited the Rwandan government to "
          "brief the summit, because there is no military solution to this "
          "conflict. Nobody is putting anyone on trial.")
    t3 = ("Let me ask the Deputy Minister to respond, she is leading that "
          "engagement.")
    t4 = ("Thank you, Minister. We have not received any formal "
          "communication from Washington on this matter. Our trade "
          "relationship with the United States is mutually beneficial, and "
          "we will continue to engage the administration and Congress "
          "through the normal channels.")
    t5 = ("I would not want to speculate on operational matters. That "
          "question is best directed to the Department of Defence, which "
          "will brief you this afternoon.")
    t6 = ("We welcome the Chairperson's announcement. SADC and the African "
          "Union are not competing; the summit will decide how our mission "
          "works with the AU observers.")
    pd1 = ("Thank you, Minister and Deputy Minister, and thank you, "
           "colleagues. That concludes this briefing.")
    mb = "media briefing"
    basis = "the briefing's date (page title, 13 August 2026)"
    sadc = "Southern African Development Community"
    drc = "Democratic Republic of the Congo"
    statements = [
        statement(d, "T00", "Zanele Khumalo", "PROGRAMME DIRECTOR (Ms "
                  "Zanele Khumalo, DIRCO Spokesperson):", day, quote=pd0,
                  channel=mb, optional=True,
                  date_basis=basis + "; procedural"),
        statement(d, "T01", "Themba Ndlovu", "MINISTER NDLOVU:", day,
                  quote=t1, cameo="010", alts=["020", "036"],
                  alternatives=["South Africa"],
                  about=["South Africa", sadc, drc, "Goma"], channel=mb,
                  date_basis=basis),
        statement(d, "T02", "Ministry of Foreign Affairs (Rwanda)",
                  "Rwanda's foreign ministry said", "2026-08-11",
                  para="the summit should not become a tribunal against "
                       "Kigali",
                  evidence=["Rwanda's foreign ministry said on Tuesday that "
                            "the summit should not become \"a tribunal "
                            "against Kigali\""],
                  cameo="010", alts=["111"], alternatives=["Rwanda"],
                  targets=[(sadc, "conflictual", False)],
                  about=["Rwanda", sadc], embedded=True,
                  reported_via="SABC News", date_basis="'on Tuesday'"),
        statement(d, "T03", "Themba Ndlovu", "MINISTER NDLOVU:", day,
                  quote=t2, cameo="010", alts=["042"],
                  alternatives=["South Africa"],
                  targets=[("Rwanda", "cooperative", True)],
                  about=["Rwanda", sadc], responds_to=["T02"], channel=mb,
                  after="what is your response?", date_basis=basis),
        statement(d, "T04", "Themba Ndlovu", "MINISTER NDLOVU:", day,
                  quote=t3, channel=mb, optional=True,
                  after="Is the government worried",
                  date_basis=basis + "; procedural"),
        statement(d, "T05", "Embassy of the United States (South Africa)",
                  "The United States embassy said", "2026-08",
                  para="Washington was reviewing South Africa's trade "
                       "benefits under AGOA",
                  evidence=["The United States embassy said last week that "
                            "Washington was reviewing South Africa's trade "
                            "benefits under AGOA."],
                  cameo="010", alts=["163"], alternatives=["United States"],
                  targets=[("South Africa", "neutral", True)],
                  about=["South Africa", "United States"], embedded=True,
                  reported_via="News24",
                  date_basis="'last week' (3-9 August 2026): the month"),
        statement(d, "T06", "Refilwe Mahlangu", "DEPUTY MINISTER MAHLANGU:",
                  day, quote=t4, cameo="010", alts=["051"],
                  alternatives=["South Africa"],
                  targets=[("United States", "cooperative", True)],
                  about=["United States"], responds_to=["T05"], channel=mb,
                  date_basis=basis),
        statement(d, "T07", "Themba Ndlovu", "MINISTER NDLOVU:", day,
                  quote=t5, cameo="011", alts=["010"],
                  alternatives=["South Africa"], channel=mb,
                  after="Can you confirm this?", date_basis=basis),
        statement(d, "T08", "Idrissa Kone", "Mr Idrissa Kone, said",
                  "2026-08-10",
                  para="the AU would deploy observers to monitor the "
                       "ceasefire",
                  evidence=["The Chairperson of the African Union "
                            "Commission, Mr Idrissa Kone, said on Monday "
                            "that the AU would deploy observers to monitor "
                            "the ceasefire."],
                  cameo="010", alts=["036"],
                  alternatives=["African Union Commission",
                                "African Union"],
                  about=["African Union"], embedded=True,
                  reported_via="Newzroom Afrika",
                  date_basis="'on Monday'"),
        statement(d, "T09", "Themba Ndlovu", "MINISTER NDLOVU:", day,
                  quote=t6, cameo="051", alts=["010"],
                  alternatives=["South Africa"],
                  targets=[("African Union", "cooperative", True)],
                  about=["African Union", sadc], responds_to=["T08"],
                  channel=mb, after="Will the SADC mission work",
                  date_basis=basis),
        statement(d, "T10", "Zanele Khumalo", "PROGRAMME DIRECTOR:", day,
                  quote=pd1, channel=mb, optional=True,
                  after="We welcome the Chairperson",
                  date_basis=basis + "; procedural"),
    ]
    relationships = [
        relationship("R01", "trade relationship",
                     ["South Africa", "United States"], False,
                     ["Refilwe Mahlangu"], ["T06"],
                     ["relationship", "trade relations"], optional=True),
    ]
    events = [
        event("E01", "DIRCO media briefing", day,
              ["Themba Ndlovu", "Refilwe Mahlangu"]),
        event("E02", "SADC Extraordinary Summit in Pretoria", "2026-08-22",
              [sadc, "South Africa"]),
    ]
    timexes = [timex(d, "13 August 2026", day),
               timex(d, "on 22 August", "2026-08-22"),
               timex(d, "since June", "2026-06", kind="interval"),
               timex(d, "on Tuesday", "2026-08-11"),
               timex(d, "last week", "2026-W32"),
               timex(d, "yesterday", "2026-08-12"),
               timex(d, "this afternoon", day),
               timex(d, "on Monday", "2026-08-10")]
    write(d, day, "press conference (media briefing transcript)", actors,
          statements, relationships, events, timexes)


def h36():
    d = Doc("h36_readout")
    day = "2026-09-22"
    actors = [
        actor(d, "A01", "Henrik Vasaru", "person",
              ["Henrik Vasaru", "Vasaru"],
              affiliations=[("European Union", "High Representative/Vice-"
                             "President")]),
        actor(d, "A02", "Ana Lucía Mejía Solares", "person",
              ["Ana Lucía Mejía Solares", "Mejía Solares"],
              ["Ana Lucia Mejia Solares", "Ana Lucía Mejía"],
              affiliations=[("Guatemala", "Minister of Foreign Affairs")]),
        actor(d, "A03", "European Union", "organization",
              ["European Union", "EU"]),
        actor(d, "A04", "European External Action Service", "organization",
              ["EEAS", "European Union External Action"],
              ["European External Action Service"], optional=True,
              part_of="European Union"),
        actor(d, "A05", "Guatemala", "state",
              ["Guatemala", "Republic of Guatemala"]),
        actor(d, "A06", "Central American Integration System",
              "organization",
              ["Central American Integration System", "SICA"]),
        actor(d, "A07", "EU-Central America Association Agreement",
              "organization", ["EU-Central America Association Agreement"],
              optional=True),
        actor(d, "A08", "Global Gateway", "organization",
              ["Global Gateway"], optional=True),
        actor(d, "A09", "United Nations General Assembly", "organization",
              ["United Nations General Assembly"], ["UN General Assembly"],
              part_of="United Nations"),
        actor(d, "A10", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A11", "Nicaragua", "state", ["Nicaragua"]),
        actor(d, "A12", "Guatemala City", "place", ["Guatemala City"]),
        actor(d, "A13", "Brussels", "place", ["Brussels"], optional=True),
        actor(d, "A14", "Panama City", "place", ["Panama City"],
              optional=True),
        actor(d, "A15", "CELAC", "organization", ["CELAC"],
              ["Community of Latin American and Caribbean States"],
              optional=True),
        actor(d, "A16", "Delegation of the European Union to Guatemala",
              "organization",
              ["Delegation of the European Union to Guatemala"],
              optional=True, part_of="European Union"),
        actor(d, "A17", "Latin America & Caribbean", "place",
              ["Latin America & Caribbean"], optional=True),
        actor(d, "A18", "Central America", "place", ["Central America"],
              optional=True),
    ]
    basis = "'today', the release's date (Brussels, 22.09.2026)"
    eu = ["European Union"]
    kw = dict(channel="meeting in Brussels", date_basis=basis)
    statements = [
        statement(d, "R01", "Henrik Vasaru",
                  "The High Representative underlined", day,
                  para="underlined the European Union's strong support for "
                       "Guatemala's democratic institutions and the "
                       "independence of its judiciary",
                  evidence=["The High Representative underlined the "
                            "European Union's strong support for "
                            "Guatemala's democratic institutions and the "
                            "independence of its judiciary"],
                  cameo="051", alts=["010"], alternatives=eu,
                  targets=[("Guatemala", "cooperative", True)],
                  about=["Guatemala", "European Union"], **kw),
        statement(d, "R02", "Henrik Vasaru", "and commended", day,
                  para="commended the government's efforts against "
                       "corruption and organised crime",
                  evidence=["commended the government's efforts against "
                            "corruption and organised crime."],
                  cameo="051", alts=["010"], alternatives=eu,
                  targets=[("Guatemala", "cooperative", False)],
                  about=["Guatemala"], attribution="coordinated verb", **kw),
        statement(d, "R03", "Ana Lucía Mejía Solares",
                  "Minister Mejía Solares presented", day,
                  para="presented her government's priorities for "
                       "Guatemala's pro tempore presidency of the Central "
                       "American Integration System",
                  evidence=["Minister Mejía Solares presented her "
                            "government's priorities for Guatemala's pro "
                            "tempore presidency of the Central American "
                            "Integration System (SICA)"],
                  cameo="010", alternatives=["Guatemala"],
                  about=["Guatemala", "Central American Integration System"],
                  optional=True, **kw),
        statement(d, "R04", "Ana Lucía Mejía Solares", "and called on", day,
                  para="called on the remaining EU Member States to "
                       "complete the ratification of the EU-Central America "
                       "Association Agreement",
                  evidence=["called on the remaining EU Member States to "
                            "complete the ratification of the EU-Central "
                            "America Association Agreement."],
                  cameo="020", alts=["010"], alternatives=["Guatemala"],
                  targets=[("European Union", "cooperative", True)],
                  about=["European Union"],
                  attribution="coordinated verb", **kw),
        statement(d, "R05", "Henrik Vasaru", "The HR/VP stressed", day,
                  para="the EU would mobilise additional support for "
                       "Guatemala's energy transition",
                  evidence=["The HR/VP stressed that the EU would mobilise "
                            "additional support for Guatemala's energy "
                            "transition."],
                  cameo="033", alts=["030", "010"], alternatives=eu,
                  targets=[("Guatemala", "cooperative", True)],
                  about=["Guatemala", "European Union"], **kw),
        statement(d, "R06", "Henrik Vasaru", "the HR/VP thanked", day,
                  para="thanked Guatemala for its consistent votes at the "
                       "United Nations General Assembly in support of the "
                       "sovereignty and territorial integrity of Ukraine",
                  evidence=["the HR/VP thanked Guatemala for its consistent "
                            "votes at the United Nations General Assembly in "
                            "support of the sovereignty and territorial "
                            "integrity of Ukraine."],
                  cameo="051", alts=["010"], alternatives=eu,
                  targets=[("Guatemala", "cooperative", True)],
                  about=["Guatemala", "Ukraine",
                         "United Nations General Assembly"], **kw),
        statement(d, "R07", "Henrik Vasaru", "Both sides expressed", day,
                  para="expressed deep concern over the continued "
                       "repression of political opponents and the press in "
                       "Nicaragua",
                  evidence=["Both sides expressed deep concern over the "
                            "continued repression of political opponents and "
                            "the press in Nicaragua."],
                  cameo="111", alts=["010", "012"],
                  alternatives=["Ana Lucía Mejía Solares"] + eu,
                  targets=[("Nicaragua", "conflictual", True)],
                  about=["Nicaragua"], attribution="joint", **kw),
        statement(d, "R08", "Henrik Vasaru", "They agreed", day,
                  para="agreed to hold the next EU-Guatemala high-level "
                       "dialogue in Guatemala City in the first half of 2027",
                  evidence=["They agreed to hold the next EU-Guatemala "
                            "high-level dialogue in Guatemala City in the "
                            "first half of 2027."],
                  cameo="036", alts=["030", "010"],
                  alternatives=["Ana Lucía Mejía Solares"] + eu,
                  targets=[("Guatemala", "cooperative", False),
                           ("European Union", "cooperative", False)],
                  about=["Guatemala", "European Union", "Guatemala City"],
                  attribution="joint", **kw),
    ]
    for s in statements[6:]:
        s["co_speakers"] = ["Ana Lucía Mejía Solares"]
    relationships = []
    events = [
        event("E01", "Vasaru-Mejía Solares meeting in Brussels", day,
              ["Henrik Vasaru", "Ana Lucía Mejía Solares"]),
        event("E02", "EU-Guatemala high-level dialogue", "2027",
              ["European Union", "Guatemala"], optional=True),
        event("E03", "EU-CELAC Foreign Ministers' Meeting", "2026-11",
              ["European Union", "CELAC"], optional=True),
    ]
    timexes = [timex(d, "22.09.2026", day),
               timex(d, "today", day),
               timex(d, "in the first half of 2027", "2027",
                     kind="interval"),
               timex(d, "in November", "2026-11")]
    write(d, day, "meeting readout (EEAS press release)", actors, statements,
          relationships, events, timexes)


def h37():
    d = Doc("h37_joint")
    day = "2026-10-04"
    actors = [
        actor(d, "A01", "Kwabena Asante-Darko", "person",
              ["Kwabena Asante-Darko", "Asante-Darko"],
              affiliations=[("Ghana", "President")]),
        actor(d, "A02", "Kouamé N'Guessan", "person",
              ["Kouamé N'Guessan", "N'Guessan"],
              ["Kouame N'Guessan", "KOUAMÉ N'GUESSAN"],
              affiliations=[("Côte d'Ivoire", "President")]),
        actor(d, "A03", "Ghana", "state", ["Ghana", "Republic of Ghana"],
              ["REPUBLIC OF GHANA"]),
        actor(d, "A04", "Côte d'Ivoire", "state",
              ["Côte d'Ivoire", "Republic of Côte d'Ivoire"],
              ["Ivory Coast", "Cote d'Ivoire", "Côte d’Ivoire",
               "REPUBLIC OF CÔTE D'IVOIRE"]),
        actor(d, "A05", "Accra", "place", ["Accra"]),
        actor(d, "A06", "Abidjan", "place", ["Abidjan"]),
        actor(d, "A07", "Sahel", "place", ["Sahel"]),
        actor(d, "A08", "International Tribunal for the Law of the Sea",
              "organization",
              ["International Tribunal for the Law of the Sea"], ["ITLOS"]),
        actor(d, "A09", "Economic Community of West African States",
              "organization",
              ["Economic Community of West African States", "ECOWAS"]),
        actor(d, "A10", "Burkina Faso", "state", ["Burkina Faso"]),
        actor(d, "A11", "Mali", "state", ["Mali"]),
        actor(d, "A12", "Niger", "state", ["Niger"]),
        actor(d, "A13", "Permanent Joint Commission of Cooperation",
              "organization", ["Permanent Joint Commission of Cooperation"],
              optional=True),
        actor(d, "A14", "Accra Initiative", "organization",
              ["Accra Initiative"], optional=True),
        actor(d, "A15", "Ghana News Agency", "media",
              ["Ghana News Agency", "GNA"], optional=True),
        actor(d, "A16", "Jubilee House", "place", ["Jubilee House"],
              optional=True),
        actor(d, "A17", "Togo", "state", ["Togo"], optional=True),
        actor(d, "A18", "Abuja", "place", ["Abuja"], optional=True),
        actor(d, "A19", "Kofi Mensah-Bonsu", "person",
              ["Kofi Mensah-Bonsu"], optional=True),
    ]
    paras = [
        "1. At the invitation of His Excellency Kwabena Asante-Darko, "
        "President of the Republic of Ghana, His Excellency Kouamé "
        "N'Guessan, President of the Republic of Côte d'Ivoire, paid an "
        "official visit to Ghana from 3 to 4 October 2026.",
        "2. During the visit, the two Heads of State held private talks, "
        "followed by expanded talks with their delegations, in an atmosphere "
        "of cordiality, friendship and mutual understanding.",
        "3. The two Heads of State expressed satisfaction with the excellent "
        "relations of friendship and brotherhood between Ghana and Côte "
        "d'Ivoire and commended the peaceful settlement of the maritime "
        "boundary dispute by the International Tribunal for the Law of the "
        "Sea.",
        "4. They instructed their Ministers of Foreign Affairs to convene "
        "the Permanent Joint Commission of Cooperation in Abidjan before the "
        "end of 2026.",
        "5. On the security situation in the Sahel, the two Heads of State "
        "expressed deep concern over the spread of terrorist attacks towards "
        "the coastal States and agreed to strengthen intelligence sharing "
        "within the framework of the Accra Initiative.",
        "6. The two Presidents reaffirmed their commitment to the Economic "
        "Community of West African States (ECOWAS) and called on Burkina "
        "Faso, Mali and Niger to maintain cooperation with their neighbours "
        "in the fight against terrorism.",
        "7. H.E. Kouamé N'Guessan expressed his profound gratitude to his "
        "brother, H.E. Kwabena Asante-Darko, and to the Government and "
        "people of Ghana for the warm welcome and fraternal hospitality "
        "extended to him and his delegation.",
        "8. He invited President Asante-Darko to pay an official visit to "
        "Côte d'Ivoire. The invitation was accepted, and the date will be "
        "fixed through diplomatic channels.",
    ]
    whole = "\n\n".join(paras)
    basis = "'Done at Accra, on 4 October 2026' and the page date"
    who = ["Côte d'Ivoire", "Kwabena Asante-Darko", "Kouamé N'Guessan"]
    statements = [
        statement(d, "J00", "Ghana", "Ghana and Côte d'Ivoire have agreed",
                  day,
                  para="Ghana and Côte d'Ivoire agreed to reconvene their "
                       "Permanent Joint Commission of Cooperation and to "
                       "deepen intelligence sharing against terrorist "
                       "groups advancing from the Sahel",
                  evidence=["Ghana and Côte d'Ivoire have agreed to "
                            "reconvene their Permanent Joint Commission of "
                            "Cooperation before the end of the year and to "
                            "deepen intelligence sharing against terrorist "
                            "groups advancing from the Sahel, according to a "
                            "joint communiqué"],
                  cameo="030", alts=["036", "010"], alternatives=who,
                  targets=[("Côte d'Ivoire", "cooperative", True),
                           ("Ghana", "cooperative", True)],
                  about=["Ghana", "Côte d'Ivoire", "Sahel"], same=["J01"],
                  attribution="joint", optional=True, date_basis=basis),
        statement(d, "J01", "Ghana",
                  "The GNA publishes below the full text of the communiqué",
                  day, quote=whole,
                  evidence=["a joint communiqué issued at the end of a visit "
                            "by the Ivorian President to Accra"],
                  cameo="030", alts=["057", "010"], alternatives=who,
                  targets=[("Côte d'Ivoire", "cooperative", True),
                           ("Ghana", "cooperative", True)],
                  about=["Ghana", "Côte d'Ivoire", "Sahel",
                         "Economic Community of West African States",
                         "Burkina Faso", "Mali", "Niger",
                         "International Tribunal for the Law of the Sea"],
                  channel="joint communiqué", same=["J00"],
                  reported_via="Ghana News Agency", attribution="joint",
                  date_basis=basis),
    ]
    for s in statements:
        s["co_speakers"] = ["Côte d'Ivoire"]
    statements[1]["quote_marks"] = "none (document text)"
    statements[1]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    relationships = [
        relationship("R01", "relations of friendship and brotherhood",
                     ["Ghana", "Côte d'Ivoire"], False,
                     ["Ghana", "Côte d'Ivoire"], ["J01"],
                     ["excellent relations", "relations", "friendship",
                      "brotherhood", "friendship and brotherhood"],
                     date=day),
        relationship("R02", "maritime boundary dispute",
                     ["Ghana", "Côte d'Ivoire"], False, ["narrator"], ["J01"],
                     ["boundary dispute", "dispute"], optional=True),
    ]
    events = [
        event("E01", "N'Guessan's official visit to Ghana", "2026-10-03",
              ["Kouamé N'Guessan", "Ghana"]),
        event("E02", "session of the Permanent Joint Commission in Abidjan",
              "2026", ["Ghana", "Côte d'Ivoire"], optional=True),
    ]
    events[0]["end_date"] = day
    timexes = [timex(d, "Oct 4, 2026 | 7:45 PM", day, kind="datetime"),
               timex(d, "Oct. 4", day),
               timex(d, "before the end of the year", "2026",
                     kind="interval"),
               timex(d, "from 3 to 4 October 2026", "2026-10-03/2026-10-04",
                     kind="interval"),
               timex(d, "before the end of 2026", "2026", kind="interval"),
               timex(d, "on 4 October 2026", day)]
    write(d, day, "joint statement (joint communiqué on a news page)",
          actors, statements, relationships, events, timexes)


def h38():
    d = Doc("h38_report")
    day = "2026-07-15"
    actors = [
        actor(d, "A01", "Ramesh Bhandari", "person",
              ["Ramesh Bhandari", "Bhandari"],
              affiliations=[("Nepal", "Foreign Minister")]),
        actor(d, "A02", "Tahmina Rahman Chowdhury", "person",
              ["Tahmina Rahman Chowdhury", "Chowdhury"],
              ["Tahmina Chowdhury"],
              affiliations=[("Bangladesh", "Foreign Minister")]),
        actor(d, "A03", "Nepal", "state", ["Nepal"],
              ["Federal Democratic Republic of Nepal"]),
        actor(d, "A04", "Bangladesh", "state", ["Bangladesh", "Dhaka"],
              ["People's Republic of Bangladesh"],
              accept={"Dhaka": ["Dhaka"]}),
        actor(d, "A05", "India", "state", ["India", "New Delhi"],
              accept={"New Delhi": ["New Delhi"]}),
        actor(d, "A06", "Ministry of Foreign Affairs (Nepal)",
              "organization", ["Ministry of Foreign Affairs"],
              ["Nepal's Ministry of Foreign Affairs", "Foreign Ministry (Nepal)",
               "Nepali Foreign Ministry"], part_of="Nepal"),
        actor(d, "A07", "BSS", "media", ["BSS"],
              ["Bangladesh Sangbad Sangstha"]),
        actor(d, "A08", "Ministry of External Affairs (India)",
              "organization", ["Ministry of External Affairs"],
              ["India's Ministry of External Affairs", "MEA"],
              optional=True, part_of="India"),
        actor(d, "A09", "Arjun Malhotra", "person", ["Arjun Malhotra"],
              affiliations=[("Ministry of External Affairs (India)",
                             "spokesperson")]),
        actor(d, "A10", "Gita Shrestha", "person", ["Gita Shrestha"],
              affiliations=[("Nepal", "opposition lawmaker")]),
        actor(d, "A11", "The Kathmandu Post", "media",
              ["The Kathmandu Post"], ["Kathmandu Post"]),
        actor(d, "A12", "Ministry of Energy (Nepal)", "organization",
              ["energy ministry"],
              ["Ministry of Energy, Water Resources and Irrigation",
               "energy ministry"], optional=True, part_of="Nepal"),
        actor(d, "A13", "Nepal-Bangladesh Joint Commission", "organization",
              ["Nepal-Bangladesh Joint Commission"], optional=True),
        actor(d, "A14", "Kathmandu", "place", ["KATHMANDU", "Kathmandu"],
              optional=True, accept={"Kathmandu": ["Nepal"]}),
        actor(d, "A15", "Singha Durbar", "place", ["Singha Durbar"],
              optional=True),
        actor(d, "A16", "Chattogram", "place", ["Chattogram"],
              optional=True),
        actor(d, "A17", "South Asia", "place", ["South Asia"],
              optional=True),
        actor(d, "A18", "Himalayan Newswire", "media",
              ["Himalayan Newswire", "HNW"], optional=True),
        actor(d, "A19", "Dhaka", "place", ["Dhaka"], optional=True),
        actor(d, "A20", "New Delhi", "place", ["New Delhi"], optional=True),
    ]
    both = ["Tahmina Rahman Chowdhury"]
    mofa = "Ministry of Foreign Affairs (Nepal)"
    basis = "'on Wednesday', the dateline's day (July 15)"
    statements = [
        statement(d, "N01", "Nepal", "Nepal and Bangladesh agreed", day,
                  para="Nepal and Bangladesh agreed to double the amount of "
                       "electricity Nepal sells to Bangladesh across the "
                       "Indian grid",
                  evidence=["Nepal and Bangladesh agreed on Wednesday to "
                            "double the amount of electricity Nepal sells to "
                            "Bangladesh across the Indian grid"],
                  cameo="030", alts=["057", "010"],
                  alternatives=["Bangladesh", "Ramesh Bhandari"] + both,
                  targets=[("Bangladesh", "cooperative", True),
                           ("Nepal", "cooperative", True)],
                  about=["Nepal", "Bangladesh", "India"],
                  attribution="joint", date_basis="'on Wednesday'"),
        statement(d, "N02", "Ramesh Bhandari",
                  "Nepal's foreign minister calling", day,
                  para="the deal with Bangladesh was long overdue",
                  evidence=["with Nepal's foreign minister calling the deal "
                            "long overdue"],
                  cameo="010", alts=["051"], alternatives=["Nepal"],
                  targets=[("Bangladesh", "cooperative", False)],
                  about=["Bangladesh", "Nepal"], same=["N03"],
                  date_basis=basis + "; the lede's retelling of N03"),
        statement(d, "N03", "Ramesh Bhandari", "Bhandari told reporters", day,
                  quote="This is a door that has stayed shut for far too "
                        "long. Our rivers can light homes in Dhaka and "
                        "Chattogram, and every unit we sell is a unit "
                        "Bangladesh does not have to burn,",
                  cameo="010", alts=["051"], alternatives=["Nepal"],
                  targets=[("Bangladesh", "cooperative", True)],
                  about=["Bangladesh", "Nepal"], same=["N02"],
                  channel="remarks to reporters",
                  date_basis="'after the talks' held on Wednesday"),
        statement(d, "N04", "Ramesh Bhandari",
                  "the two ministers had also agreed", day,
                  para="the two ministers agreed to resume negotiations on "
                       "a bilateral investment treaty",
                  evidence=["Nepal's Ministry of Foreign Affairs said the two "
                            "ministers had also agreed to resume negotiations "
                            "on a bilateral investment treaty that stalled in "
                            "2023."],
                  cameo="030", alts=["036", "010"],
                  alternatives=both + [mofa, "Nepal"],
                  targets=[("Bangladesh", "cooperative", False),
                           ("Nepal", "cooperative", False)],
                  about=["Nepal", "Bangladesh"], reported_via=mofa,
                  channel="statement", attribution="joint",
                  date_basis="the talks on Wednesday; the ministry's "
                             "statement 'issued on Wednesday evening'"),
        statement(d, "N05", mofa, "The ministry described", day,
                  quote="a reflection of the time-tested friendship between "
                        "our two nations.",
                  cameo="051", alts=["010"], alternatives=["Nepal"],
                  targets=[("Bangladesh", "cooperative", True)],
                  about=["Bangladesh", "Nepal"], channel="statement",
                  date_basis="'In a statement issued on Wednesday evening'"),
        statement(d, "N06", "Tahmina Rahman Chowdhury",
                  "quoted Chowdhury as saying", day,
                  quote="the backbone of a greener South Asia.",
                  evidence=["Bangladesh's state-run news agency BSS quoted "
                            "Chowdhury as saying after the meeting that Dhaka "
                            "wanted to import up to 500 megawatts from Nepal "
                            "by 2030 and regarded hydropower as \"the "
                            "backbone of a greener South Asia.\""],
                  cameo="030", alts=["010"], alternatives=["Bangladesh"],
                  targets=[("Nepal", "cooperative", True)],
                  about=["Nepal", "Bangladesh"], reported_via="BSS",
                  date_basis="'after the meeting' of Wednesday"),
        statement(d, "N07", "Tahmina Rahman Chowdhury", "She also thanked",
                  day,
                  para="Chowdhury thanked India for letting the power flow "
                       "across Indian territory",
                  evidence=["She also thanked New Delhi for letting the power "
                            "flow across Indian territory, the agency said."],
                  cameo="051", alts=["010"], alternatives=["Bangladesh"],
                  targets=[("India", "cooperative", True)],
                  about=["India"], reported_via="BSS",
                  date_basis="continues the relay of her remarks 'after the "
                             "meeting'"),
        statement(d, "N07a", "BSS", "the agency said", None,
                  para="Chowdhury thanked India for letting the power flow "
                       "across Indian territory",
                  evidence=["She also thanked New Delhi for letting the power "
                            "flow across Indian territory, the agency said."],
                  cameo="010", about=["Tahmina Rahman Chowdhury", "India"],
                  optional=True, date_basis="the text does not say when"),
        statement(d, "N08", "Arjun Malhotra",
                  "Arjun Malhotra, told reporters", "2026-06",
                  quote="sub-regional energy cooperation",
                  evidence=["Its spokesperson, Arjun Malhotra, told reporters "
                            "in New Delhi last month that India supported "
                            "\"sub-regional energy cooperation\" among its "
                            "neighbours."],
                  cameo="010", alts=["051"],
                  alternatives=["Ministry of External Affairs (India)",
                                "India"],
                  about=["India"], channel="remarks to reporters",
                  date_basis="'last month'"),
        statement(d, "N09", "Gita Shrestha", "said Gita Shrestha", None,
                  quote="We welcome any buyer for our power, but the "
                        "government must tell parliament what price it has "
                        "agreed to,",
                  cameo="010", alts=["111"],
                  targets=[("Nepal", "conflictual", False)],
                  about=["Nepal"], date_basis="the text does not say when"),
        statement(d, "N10", "Ministry of Energy (Nepal)",
                  "citing an official at the energy ministry", None,
                  para="the first deliveries under the expanded arrangement "
                       "could begin in November",
                  evidence=["The Kathmandu Post reported, citing an official "
                            "at the energy ministry, that the first "
                            "deliveries under the expanded arrangement could "
                            "begin in November, once the monsoon surplus is "
                            "measured."],
                  cameo="010", alternatives=["Nepal", "The Kathmandu Post"],
                  about=["Nepal", "Bangladesh"],
                  reported_via="The Kathmandu Post",
                  date_basis="the text does not say when"),
    ]
    statements[0]["co_speakers"] = ["Bangladesh"]
    statements[3]["co_speakers"] = ["Tahmina Rahman Chowdhury"]
    relationships = [
        relationship("R01", "time-tested friendship", ["Nepal", "Bangladesh"],
                     False, [mofa], ["N05"], ["friendship"], date=day),
        relationship("R02", "diplomatic relations", ["Nepal", "Bangladesh"],
                     False, ["narrator"], [], ["relations"], optional=True),
    ]
    events = [
        event("E01", "Bhandari-Chowdhury talks in Kathmandu", day,
              ["Ramesh Bhandari", "Tahmina Rahman Chowdhury"]),
        event("E02", "seventh meeting of the Nepal-Bangladesh Joint "
              "Commission", "2026-07-16", ["Nepal", "Bangladesh"],
              optional=True),
    ]
    timexes = [timex(d, "15 Jul 2026 06:40 PM NPT", day, kind="datetime"),
               timex(d, "15 Jul 2026 09:05 PM NPT", day, kind="datetime"),
               timex(d, "July 15", day),
               timex(d, "on Wednesday", day),
               timex(d, "on Thursday", "2026-07-16"),
               timex(d, "on Wednesday evening", day),
               timex(d, "in 2023", "2023"),
               timex(d, "by 2030", "2030"),
               timex(d, "last month", "2026-06"),
               timex(d, "in November", "2026-11"),
               timex(d, "late 2024", "2024"),
               timex(d, "in 1976", "1976")]
    write(d, day, "news report (ministers' talks, relays)", actors,
          statements, relationships, events, timexes)


def h39():
    d = Doc("h39_briefing")
    day = "2026-09-08"
    actors = [
        actor(d, "A01", "Marija Petrovska", "person",
              ["Marija Petrovska", "Petrovska", "Marija"],
              affiliations=[("North Macedonia",
                             "Minister of Foreign Affairs and Foreign "
                             "Trade")]),
        actor(d, "A02", "Nikos Vlachos", "person",
              ["Nikos Vlachos", "Vlachos"],
              affiliations=[("Greece", "Minister for Foreign Affairs")]),
        actor(d, "A03", "North Macedonia", "state",
              ["Republic of North Macedonia", "North Macedonia", "Skopje"],
              accept={"Skopje": ["Skopje"]}),
        actor(d, "A04", "Greece", "state",
              ["Hellenic Republic", "Greece", "Athens"],
              accept={"Athens": ["Athens"]}),
        actor(d, "A05", "Ministry of Foreign Affairs and Foreign Trade "
              "(North Macedonia)", "organization",
              ["Ministry of Foreign Affairs and Foreign Trade of the Republic "
               "of North Macedonia"],
              ["Ministry of Foreign Affairs and Foreign Trade",
               "Ministry of Foreign Affairs (North Macedonia)"],
              optional=True, part_of="North Macedonia"),
        actor(d, "A06", "Prespa Agreement", "organization",
              ["Prespa Agreement"], optional=True),
        actor(d, "A07", "High-Level Cooperation Council", "organization",
              ["High-Level Cooperation Council"], optional=True),
        actor(d, "A08", "European Union", "organization",
              ["European Union"], ["EU"]),
        actor(d, "A09", "Western Balkans", "place", ["Western Balkans"]),
        actor(d, "A10", "Bulgaria", "state", ["Bulgaria", "Sofia"],
              accept={"Sofia": ["Sofia"]}),
        actor(d, "A11", "Krasimir Dobrev", "person", ["Krasimir Dobrev"],
              affiliations=[("Bulgaria", "Prime Minister")]),
        actor(d, "A12", "European Council", "organization",
              ["European Council"]),
        actor(d, "A13", "European Commission", "organization",
              ["European Commission"], ["Commission"]),
        actor(d, "A14", "MIA", "media", ["MIA"],
              ["Macedonian Information Agency"]),
        actor(d, "A15", "ERT", "media", ["ERT"],
              ["Hellenic Broadcasting Corporation"]),
        actor(d, "A16", "Alsat", "media", ["Alsat"], ["Alsat TV"]),
        actor(d, "A17", "Thessaloniki", "place", ["Thessaloniki"],
              optional=True),
        actor(d, "A18", "Skopje", "place", ["Skopje"], optional=True),
        actor(d, "A19", "OSCE", "organization", ["OSCE"], optional=True),
        actor(d, "A20", "Moderator", "person", ["MODERATOR"],
              optional=True),
    ]
    m1 = ("Good afternoon and welcome. The two ministers will make brief "
          "statements and will then take two questions from each side.")
    m2 = "Thank you. This concludes the press conference."
    t1 = ("Thank you. It is my pleasure to welcome my colleague Nikos "
          "Vlachos on his first visit to Skopje as Foreign Minister of "
          "Greece. Today we reviewed the implementation of the Prespa "
          "Agreement, and I want to be clear that North Macedonia remains "
          "committed to every one of its provisions. We agreed to convene "
          "the High-Level Cooperation Council before the end of the year and "
          "to restore a passenger rail link between Skopje and Thessaloniki. "
          "Greece is a strategic partner for us, and we count on its support "
          "on our road to the European Union.")
    t2 = ("Thank you, Marija, for your hospitality. Greece supports the "
          "European perspective of North Macedonia and of the whole Western "
          "Balkans, and that support carries no conditions beyond the "
          "commitments both our countries have signed. I told my colleague "
          "that Athens expects the agreement to be respected in letter and in "
          "spirit, in school textbooks as much as in public life. Our trade "
          "has doubled since 2019, and we want Greek companies to invest more "
          "here in energy and logistics.")
    t3 = ("Greece does not speak for Bulgaria, and Bulgaria does not speak "
          "for Greece. Our position is the one agreed by the European "
          "Council, and we want the process to move forward. I will not "
          "comment on the words of a colleague from another member state.")
    t4 = ("We do not expect gifts. We expect a fair assessment. We have done "
          "our homework on the rule of law and on public administration "
          "reform, and I am confident the report will show it.")
    t5 = "As the guest, I will leave that to my host."
    t6 = ("Our Prime Minister has invited him, and the invitation stands. We "
          "will announce the dates once they are agreed.")
    pc = "joint press conference"
    basis = "the press conference's date (Skopje, 8 September 2026)"
    statements = [
        statement(d, "B00", "Moderator", "MODERATOR:", day, quote=m1,
                  cameo="010", channel=pc, optional=True,
                  date_basis=basis),
        statement(d, "B01", "Marija Petrovska", "MINISTER PETROVSKA:", day,
                  quote=t1, cameo="051", alts=["030", "010"],
                  alternatives=["North Macedonia"],
                  targets=[("Greece", "cooperative", True)],
                  about=["Greece", "Prespa Agreement", "European Union"],
                  channel=pc, date_basis=basis),
        statement(d, "B02", "Nikos Vlachos", "MINISTER VLACHOS:", day,
                  quote=t2, cameo="051", alts=["010", "030"],
                  alternatives=["Greece"],
                  targets=[("North Macedonia", "cooperative", True)],
                  about=["North Macedonia", "Western Balkans",
                         "Prespa Agreement"],
                  channel=pc, date_basis=basis),
        statement(d, "B03", "Krasimir Dobrev", "Krasimir Dobrev said",
                  "2026-09-06",
                  para="Bulgaria would not agree to open the first cluster "
                       "of accession talks until North Macedonia amends its "
                       "constitution",
                  evidence=["Bulgarian Prime Minister Krasimir Dobrev said on "
                            "Sunday that Sofia would not agree to open the "
                            "first cluster of accession talks until Skopje "
                            "amends its constitution."],
                  cameo="112", alts=["111", "010"], alternatives=["Bulgaria"],
                  targets=[("North Macedonia", "conflictual", True)],
                  about=["North Macedonia", "European Union"],
                  reported_via="MIA", embedded=True,
                  date_basis="'on Sunday'"),
        statement(d, "B04", "Nikos Vlachos", "MINISTER VLACHOS:", day,
                  quote=t3, cameo="011", alts=["010"],
                  alternatives=["Greece"],
                  about=["Bulgaria", "European Council"], channel=pc,
                  responds_to=["B03"], after="Does Greece share that",
                  date_basis=basis),
        statement(d, "B05", "European Commission",
                  "the European Commission's spokesperson for enlargement "
                  "said", "2026-09-07",
                  para="the Commission would present its annual enlargement "
                       "package in October",
                  evidence=["the European Commission's spokesperson for "
                            "enlargement said yesterday that the Commission "
                            "would present its annual enlargement package in "
                            "October."],
                  cameo="010", about=["North Macedonia", "European Union"],
                  reported_via="ERT", embedded=True,
                  date_basis="'yesterday'"),
        statement(d, "B06", "Marija Petrovska", "MINISTER PETROVSKA:", day,
                  quote=t4, cameo="010", alternatives=["North Macedonia"],
                  about=["European Commission"], channel=pc,
                  responds_to=["B05"], after="What do you expect from it?",
                  date_basis=basis),
        statement(d, "B07", "Nikos Vlachos", "MINISTER VLACHOS:", day,
                  quote=t5, cameo="011", alts=["010"],
                  alternatives=["Greece"], channel=pc,
                  after="being prepared?", date_basis=basis),
        statement(d, "B08", "Marija Petrovska", "MINISTER PETROVSKA:", day,
                  quote=t6, cameo="036", alts=["010"],
                  alternatives=["North Macedonia"],
                  targets=[("Greece", "cooperative", False)],
                  about=["Greece"], channel=pc,
                  after="leave that to my host.", date_basis=basis),
        statement(d, "B09", "Moderator", "MODERATOR:", day, quote=m2,
                  cameo="010", channel=pc, optional=True,
                  after="once they are agreed.", date_basis=basis),
    ]
    for s in (statements[0], statements[-1]):
        s["speaker_mention"]["note"] = (
            "an unnamed moderator's procedural turn: optional, as a speaker "
            "who names no actor")
    relationships = [
        relationship("R01", "strategic partner", ["North Macedonia", "Greece"],
                     False, ["Marija Petrovska"], ["B01"],
                     ["strategic partners", "strategic partnership"],
                     date=day),
    ]
    events = [
        event("E01", "joint press conference in Skopje", day,
              ["Marija Petrovska", "Nikos Vlachos"]),
        event("E02", "High-Level Cooperation Council", "2026",
              ["North Macedonia", "Greece"], optional=True),
    ]
    timexes = [timex(d, "8 September 2026", day),
               timex(d, "Today", day),
               timex(d, "before the end of the year", "2026",
                     kind="interval"),
               timex(d, "since 2019", "2019"),
               timex(d, "on Sunday", "2026-09-06"),
               timex(d, "yesterday", "2026-09-07"),
               timex(d, "in October", "2026-10")]
    write(d, day, "press conference (joint, transcript)", actors,
          statements, relationships, events, timexes)


def h40():
    d = Doc("h40_readout")
    day = "2026-10-14"
    actors = [
        actor(d, "A01", "Catherine Doyle", "person",
              ["Catherine Doyle", "Doyle"],
              affiliations=[("Australia", "Prime Minister")]),
        actor(d, "A02", "Siaosi Fifita", "person",
              ["Siaosi Fifita", "Fifita"],
              affiliations=[("Tonga", "Prime Minister")]),
        actor(d, "A03", "Australia", "state", ["Australia"],
              ["Commonwealth of Australia", "Australian Government"]),
        actor(d, "A04", "Tonga", "state", ["Kingdom of Tonga", "Tonga"]),
        actor(d, "A05", "Pacific Islands Forum", "organization",
              ["Pacific Islands Forum"], ["PIF", "Forum"]),
        actor(d, "A06", "Australian Defence Force", "organization",
              ["Australian Defence Force"], ["ADF"], optional=True,
              part_of="Australia"),
        actor(d, "A07", "Tonga Police", "organization", ["Tonga Police"],
              optional=True, part_of="Tonga"),
        actor(d, "A08", "Australian Federal Police", "organization",
              ["Australian Federal Police"], ["AFP"], optional=True,
              part_of="Australia"),
        actor(d, "A09", "Pacific Policing Initiative", "organization",
              ["Pacific Policing Initiative"], optional=True),
        actor(d, "A10", "Pacific", "place", ["Pacific"], optional=True),
        actor(d, "A11", "Nuku'alofa", "place", ["Nuku'alofa"],
              optional=True),
        actor(d, "A12", "Ha'apai", "place", ["Ha'apai"], optional=True),
        actor(d, "A13", "Honiara", "place", ["Honiara"], optional=True),
        actor(d, "A14", "Canberra", "place", ["Canberra"], optional=True),
    ]
    other = ["Siaosi Fifita"]
    basis = "'today', the release's date (14 October 2026)"
    visit = "meeting in Nuku'alofa"

    def st(sid, spk, mention, para, ev, cameo, alts, alternatives, targets,
           about, optional=False, joint=False):
        s = statement(d, sid, spk, mention, day, para=para, evidence=[ev],
                      cameo=cameo, alts=alts, alternatives=alternatives,
                      targets=targets, about=about, channel=visit,
                      optional=optional,
                      attribution="joint" if joint else "explicit",
                      date_basis=basis)
        if joint:
            s["co_speakers"] = list(other)
        return s

    both = other + ["Australia", "Tonga"]
    statements = [
        st("M01", "Catherine Doyle", "Prime Minister Doyle thanked",
           "Doyle thanked Fifita for the warm welcome extended to the "
           "Australian delegation",
           "Prime Minister Doyle thanked Prime Minister Fifita for the warm "
           "welcome extended to the Australian delegation", "051", ["010"],
           ["Australia"], [("Siaosi Fifita", "cooperative", True)],
           ["Siaosi Fifita"], optional=True),
        st("M02", "Catherine Doyle", "Prime Minister Doyle thanked",
           "Doyle congratulated Tonga on hosting the Pacific Islands Forum "
           "Foreign Ministers Meeting",
           "congratulated Tonga on hosting the Pacific Islands Forum Foreign "
           "Ministers Meeting last month", "051", ["010"], ["Australia"],
           [("Tonga", "cooperative", True)],
           ["Tonga", "Pacific Islands Forum"]),
        st("M03", "Catherine Doyle", "The leaders reaffirmed",
           "the leaders reaffirmed the deep and enduring partnership between "
           "Australia and Tonga",
           "The leaders reaffirmed the deep and enduring partnership between "
           "Australia and Tonga", "051", ["030", "010"], both,
           [("Tonga", "cooperative", True),
            ("Australia", "cooperative", True)],
           ["Australia", "Tonga", "Pacific"], joint=True),
        st("M04", "Catherine Doyle", "Prime Minister Doyle announced",
           "Doyle announced 25 million dollars in new funding for "
           "climate-resilient infrastructure in Tonga's outer islands",
           "Prime Minister Doyle announced $25 million in new funding for "
           "climate-resilient infrastructure in Tonga's outer islands",
           "033", ["070", "010"], ["Australia"],
           [("Tonga", "cooperative", True)], ["Tonga", "Ha'apai"]),
        st("M05", "Siaosi Fifita", "Prime Minister Fifita welcomed",
           "Fifita welcomed Australia's announcement of new funding",
           "Prime Minister Fifita welcomed the announcement", "051",
           ["010"], ["Tonga"], [("Australia", "cooperative", False)],
           ["Australia", "Tonga"]),
        st("M06", "Siaosi Fifita", "Prime Minister Fifita welcomed",
           "restoring safe sea access to the outer islands remained the "
           "Tongan Government's first priority",
           "and said that restoring safe sea access to the outer islands "
           "remained his Government's first priority", "010", [],
           ["Tonga"], [], ["Tonga"]),
        st("M07", "Siaosi Fifita", "He also expressed",
           "Fifita expressed gratitude for the work of Australian Defence "
           "Force personnel during the cyclone response",
           "He also expressed gratitude for the work of Australian Defence "
           "Force personnel during the cyclone response", "051", ["010"],
           ["Tonga"], [("Australia", "cooperative", False),
                       ("Australian Defence Force", "cooperative", True)],
           ["Australian Defence Force", "Australia"]),
        st("M08", "Catherine Doyle", "They agreed",
           "the security of the Pacific is best provided by the Pacific "
           "family",
           "They agreed that the security of the Pacific is best provided by "
           "the Pacific family", "010", ["030"], both, [],
           ["Pacific", "Australia", "Tonga"], joint=True),
        st("M09", "Catherine Doyle", "They agreed",
           "the leaders committed to deepen cooperation between Tonga Police "
           "and the Australian Federal Police",
           "committed to deepen cooperation between Tonga Police and the "
           "Australian Federal Police under the Pacific Policing Initiative",
           "030", ["010"], both,
           [("Tonga", "cooperative", False),
            ("Australia", "cooperative", False)],
           ["Tonga Police", "Australian Federal Police",
            "Pacific Policing Initiative", "Tonga", "Australia"],
           joint=True),
        st("M10", "Catherine Doyle", "Both leaders underlined",
           "the leaders underlined the importance of the Pacific Islands "
           "Forum as the region's premier political body",
           "Both leaders underlined the importance of the Pacific Islands "
           "Forum as the region's premier political body", "051", ["010"],
           both, [("Pacific Islands Forum", "cooperative", True)],
           ["Pacific Islands Forum"], joint=True),
        st("M11", "Catherine Doyle", "Both leaders underlined",
           "the leaders looked forward to the Forum Leaders Meeting in "
           "Honiara next year",
           "looked forward to the Forum Leaders Meeting in Honiara next "
           "year", "036", ["010"], both, [],
           ["Pacific Islands Forum", "Honiara"], joint=True),
        st("M12", "Catherine Doyle", "Prime Minister Doyle invited",
           "Doyle invited Fifita to visit Canberra in 2027",
           "Prime Minister Doyle invited Prime Minister Fifita to visit "
           "Canberra in 2027", "036", ["010"], ["Australia"],
           [("Siaosi Fifita", "cooperative", True),
            ("Tonga", "cooperative", False)],
           ["Siaosi Fifita", "Canberra"]),
    ]
    relationships = [
        relationship("R01", "deep and enduring partnership",
                     [["Australia", "Catherine Doyle"],
                      ["Tonga", "Siaosi Fifita"]], False,
                     ["Catherine Doyle", "Siaosi Fifita"], ["M03"],
                     ["enduring partnership", "partnership"], date=day),
    ]
    events = [
        event("E01", "Doyle-Fifita meeting in Nuku'alofa", day,
              ["Catherine Doyle", "Siaosi Fifita"]),
        event("E02", "Pacific Islands Forum Foreign Ministers Meeting",
              "2026-09", ["Pacific Islands Forum", "Tonga"], optional=True),
        event("E03", "Tropical Cyclone Mele", "2026-03", ["Tonga"],
              optional=True),
        event("E04", "Forum Leaders Meeting in Honiara", "2027",
              ["Pacific Islands Forum"], optional=True),
    ]
    timexes = [timex(d, "14 October 2026", day),
               timex(d, "today", day),
               timex(d, "last month", "2026-09"),
               timex(d, "in March", "2026-03"),
               timex(d, "next year", "2027"),
               timex(d, "in 2027", "2027")]
    write(d, day, "readout (prime minister's office media release)", actors,
          statements, relationships, events, timexes)


def h41():
    d = Doc("h41_joint")
    day = "2026-11-21"
    fri = "2026-11-20"
    actors = [
        actor(d, "A01", "Rosa Huamán Quispe", "person",
              ["Rosa Huamán", "Huamán", "Rosa Huamán Quispe"],
              ["Rosa Huaman Quispe", "Rosa Huaman"],
              affiliations=[("Peru", "President")]),
        actor(d, "A02", "Álvaro Mendoza Rocha", "person",
              ["Álvaro Mendoza", "Mendoza", "Álvaro Mendoza Rocha"],
              ["Alvaro Mendoza Rocha", "Alvaro Mendoza"],
              affiliations=[("Bolivia", "President")]),
        actor(d, "A03", "Peru", "state", ["Peru", "Republic of Peru"]),
        actor(d, "A04", "Bolivia", "state",
              ["Bolivia", "Plurinational State of Bolivia"]),
        actor(d, "A05", "Lake Titicaca", "place", ["Lake Titicaca"],
              ["Titicaca"]),
        actor(d, "A06", "Puno", "place", ["Puno"]),
        actor(d, "A07", "Binational Autonomous Authority of Lake Titicaca",
              "organization",
              ["Binational Autonomous Authority of Lake Titicaca"], ["ALT"]),
        actor(d, "A08", "ABI", "media", ["ABI"],
              ["Agencia Boliviana de Información"]),
        actor(d, "A09", "Jorge Salas", "person", ["Jorge Salas"],
              affiliations=[("Peru", "Foreign Minister")]),
        actor(d, "A10", "Ministry of Foreign Affairs (Peru)",
              "organization", ["Ministry of Foreign Affairs"],
              ["Peru's Ministry of Foreign Affairs",
               "Foreign Ministry (Peru)"], optional=True, part_of="Peru"),
        actor(d, "A11", "Peru-Bolivia Binational Cabinet", "organization",
              ["Peru-Bolivia Binational Cabinet"], ["Binational Cabinet"],
              optional=True),
        actor(d, "A12", "Binational Security Committee", "organization",
              ["Binational Security Committee"], optional=True),
        actor(d, "A13", "Desaguadero", "place", ["Desaguadero"],
              optional=True),
        actor(d, "A14", "Ilo", "place", ["Ilo"], optional=True),
        actor(d, "A15", "La Paz", "place", ["La Paz"], optional=True),
        actor(d, "A16", "Lima", "place", ["LIMA"], optional=True),
        actor(d, "A17", "Andes Today", "media", ["Andes Today"],
              optional=True),
        actor(d, "A18", "Presidency of Peru", "organization",
              ["Presidency of Peru"], optional=True, part_of="Peru"),
    ]
    paras = [
        "The President of the Republic of Peru, Rosa Huamán Quispe, and the "
        "President of the Plurinational State of Bolivia, Álvaro Mendoza "
        "Rocha, meeting in the city of Puno on 20 November 2026 on the "
        "occasion of the Presidential Meeting and VII Binational Cabinet,",
        "Convinced that the brotherhood between the Peruvian and Bolivian "
        "peoples, born of a common Andean history, is the foundation of their "
        "integration,",
        "Declare:",
        "1. They reaffirm the strategic partnership between Peru and Bolivia "
        "and their will to make the common border an area of development, "
        "peace and integration.",
        "2. They instruct the Binational Autonomous Authority of Lake "
        "Titicaca to present, within ninety days, a binational plan for the "
        "treatment of wastewater discharged into the lake and its "
        "tributaries.",
        "3. They welcome the entry into operation of the binational border "
        "control centre at Desaguadero and agree to extend its opening hours "
        "to twenty-four hours a day.",
        "4. Bolivia expresses its appreciation to Peru for the facilities "
        "granted to Bolivian cargo at the port of Ilo, and both Governments "
        "agree to review the tariffs applied there before June 2027.",
        "5. They condemn all forms of transnational organized crime, in "
        "particular the smuggling of fuel and illegal mining, and agree to "
        "hold the next meeting of the Binational Security Committee in La "
        "Paz in the first quarter of 2027.",
        "6. They agree to hold the VIII Binational Cabinet in Bolivia in "
        "2027, on a date to be set through diplomatic channels.",
    ]
    whole = "\n\n".join(paras)
    who = ["Bolivia", "Rosa Huamán Quispe", "Álvaro Mendoza Rocha"]
    basis = ("'on Friday' in the lede, 'on 20 November 2026' in the "
             "declaration and 'Signed in Puno on 20 November 2026'")
    mofa = "Ministry of Foreign Affairs (Peru)"
    statements = [
        statement(d, "J00", "Peru",
                  "Presidents Rosa Huamán of Peru and Álvaro Mendoza of "
                  "Bolivia signed", fri,
                  para="Peru and Bolivia committed their governments to a "
                       "joint plan to clean up Lake Titicaca and to more "
                       "patrols against smuggling on the border",
                  evidence=["committing their governments to a joint plan to "
                            "clean up Lake Titicaca and to more patrols "
                            "against smuggling on the border"],
                  cameo="030", alts=["057", "010"], alternatives=who,
                  targets=[("Bolivia", "cooperative", True),
                           ("Peru", "cooperative", True)],
                  about=["Peru", "Bolivia", "Lake Titicaca"], same=["J01"],
                  attribution="joint", optional=True,
                  date_basis="'on Friday'; the lede's retelling of J01"),
        statement(d, "J01", "Peru",
                  "The following is the text of the declaration", fri,
                  quote=whole, evidence=["signed the Declaration of Puno"],
                  cameo="030", alts=["057", "010"], alternatives=who,
                  targets=[("Bolivia", "cooperative", True),
                           ("Peru", "cooperative", True)],
                  about=["Peru", "Bolivia", "Lake Titicaca",
                         "Binational Autonomous Authority of Lake Titicaca"],
                  channel="joint declaration", reported_via=mofa,
                  same=["J00"], attribution="joint", date_basis=basis),
        statement(d, "J02", "Álvaro Mendoza Rocha", "Mendoza said", fri,
                  quote="turn the lake from a border into a bridge.",
                  evidence=["Speaking at the signing, Mendoza said the "
                            "declaration would \"turn the lake from a border "
                            "into a bridge.\""],
                  cameo="051", alts=["010"], alternatives=["Bolivia"],
                  targets=[("Peru", "cooperative", False)],
                  about=["Lake Titicaca", "Peru"],
                  channel="remarks at the signing",
                  date_basis="'at the signing' on Friday"),
        statement(d, "J03", "Álvaro Mendoza Rocha",
                  "quoted him as saying", "2026-11",
                  quote="a single litre of sewage",
                  evidence=["Bolivia's state news agency ABI later quoted him "
                            "as saying that his government would not allow "
                            "\"a single litre of sewage\" to reach the lake "
                            "without treatment by 2030."],
                  cameo="010", alts=["030"], alternatives=["Bolivia"],
                  about=["Lake Titicaca", "Bolivia"], reported_via="ABI",
                  date_basis="'later' than the signing of Friday and before "
                             "the page of Saturday: the month only"),
        statement(d, "J04", "Jorge Salas", "Jorge Salas told reporters", None,
                  para="the ministers of Peru and Bolivia would meet again "
                       "in March to review progress on the plan",
                  evidence=["Peruvian Foreign Minister Jorge Salas told "
                            "reporters that the ministers of both countries "
                            "would meet again in March to review progress on "
                            "the plan."],
                  cameo="036", alts=["010"], alternatives=["Peru"],
                  about=["Peru", "Bolivia", "Lake Titicaca"],
                  channel="remarks to reporters",
                  date_basis="the text does not say when"),
    ]
    statements[0]["co_speakers"] = ["Bolivia"]
    statements[1]["co_speakers"] = ["Bolivia"]
    statements[1]["quote_marks"] = "none (document text)"
    statements[1]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    relationships = [
        relationship("R01", "strategic partnership", ["Peru", "Bolivia"],
                     False, ["Peru", "Bolivia"], ["J01"],
                     ["strategic partners", "partnership"], date=fri),
        relationship("R02", "brotherhood", ["Peru", "Bolivia"], False,
                     ["Peru", "Bolivia"], ["J01"], optional=True, date=fri),
    ]
    events = [
        event("E01", "Presidential Meeting and VII Peru-Bolivia Binational "
              "Cabinet in Puno", fri,
              ["Rosa Huamán Quispe", "Álvaro Mendoza Rocha"]),
        event("E02", "meeting of the Binational Security Committee in La Paz",
              "2027", ["Peru", "Bolivia"], optional=True),
        event("E03", "VIII Binational Cabinet", "2027", ["Peru", "Bolivia"],
              optional=True),
    ]
    timexes = [timex(d, "21 November 2026, 10:48 (GMT-5)", day,
                     kind="datetime"),
               timex(d, "Nov. 21", day),
               timex(d, "on Friday", fri),
               timex(d, "on 20 November 2026", fri),
               timex(d, "within ninety days", "P90D", kind="duration"),
               timex(d, "before June 2027", "2027-06", kind="interval"),
               timex(d, "in the first quarter of 2027", "2027-Q1",
                     kind="interval"),
               timex(d, "in 2027", "2027", after="VIII Binational"),
               timex(d, "20 November 2026", fri, after="Signed in Puno"),
               timex(d, "by 2030", "2030"),
               timex(d, "in March", "2027-03")]
    write(d, day, "joint statement (news page)", actors, statements,
          relationships, events, timexes)


def h42():
    d = Doc("h42_report")
    day = "2026-10-28"
    actors = [
        actor(d, "A01", "Pravit Srisuk", "person", ["Pravit Srisuk", "Pravit"],
              affiliations=[("Thailand", "Foreign Minister")]),
        actor(d, "A02", "Khamsay Phommachanh", "person",
              ["Khamsay Phommachanh", "Khamsay"],
              affiliations=[("Laos", "Foreign Minister")]),
        actor(d, "A03", "Laos", "state", ["Laos", "Vientiane"],
              ["Lao PDR", "Lao People's Democratic Republic"],
              accept={"Vientiane": ["Vientiane"]}),
        actor(d, "A04", "Thailand", "state", ["Thailand"],
              ["Kingdom of Thailand"]),
        actor(d, "A05", "Ministry of Foreign Affairs (Thailand)",
              "organization", ["Ministry of Foreign Affairs"],
              ["Thailand's Ministry of Foreign Affairs",
               "Thai Ministry of Foreign Affairs", "Thai foreign ministry"],
              part_of="Thailand"),
        actor(d, "A06", "KPL", "media", ["KPL"],
              ["Khaosan Pathet Lao", "Lao News Agency"]),
        actor(d, "A07", "Mekong River Commission", "organization",
              ["Mekong River Commission"], ["MRC"]),
        actor(d, "A08", "Vietnam", "state", ["Vietnam"], ["Viet Nam"]),
        actor(d, "A09", "Nguyen Thi Thu Ha", "person", ["Nguyen Thi Thu Ha"],
              affiliations=[("Ministry of Foreign Affairs (Vietnam)",
                             "spokeswoman")]),
        actor(d, "A10", "Ministry of Foreign Affairs (Vietnam)",
              "organization", ["foreign ministry"],
              ["Vietnamese foreign ministry", "Foreign Ministry (Vietnam)"],
              optional=True, part_of="Vietnam"),
        actor(d, "A11", "Cambodia", "state", ["Cambodia"],
              ["Kingdom of Cambodia"]),
        actor(d, "A12", "Ministry of Water Resources and Meteorology "
              "(Cambodia)", "organization", ["water resources ministry"],
              ["Ministry of Water Resources and Meteorology",
               "Cambodia's water resources ministry"],
              optional=True, part_of="Cambodia"),
        actor(d, "A13", "Phnom Penh Post", "media", ["Phnom Penh Post"],
              ["The Phnom Penh Post"]),
        actor(d, "A14", "Malee Boonmee", "person", ["Malee Boonmee"],
              affiliations=[("fishing cooperative in Nakhon Phanom",
                             "head")]),
        actor(d, "A15", "Mekong River", "place", ["Mekong", "Mekong River"],
              ["Mekong"]),
        actor(d, "A16", "Mekong Delta", "place", ["Mekong Delta"],
              optional=True),
        actor(d, "A17", "Nong Khai", "place", ["Nong Khai"], optional=True),
        actor(d, "A18", "Luang Prabang", "place", ["Luang Prabang"],
              optional=True),
        actor(d, "A19", "Nakhon Phanom", "place", ["Nakhon Phanom"],
              optional=True),
        actor(d, "A20", "Hanoi", "place", ["Hanoi"], optional=True,
              accept={"Hanoi": ["Vietnam"]}),
        actor(d, "A21", "Bangkok", "place", ["Bangkok"], optional=True,
              accept={"Bangkok": ["Thailand"]}),
        actor(d, "A22", "Vientiane", "place", ["VIENTIANE"], optional=True),
        actor(d, "A23", "Mekong Wire", "media", ["Mekong Wire"],
              optional=True),
    ]
    both = ["Khamsay Phommachanh"]
    mofa = "Ministry of Foreign Affairs (Thailand)"
    conf = ("the news conference after the talks of Wednesday (the "
            "dateline's day, Oct 28)")
    statements = [
        statement(d, "K01", "Laos", "Laos and Thailand agreed", day,
                  para="Laos and Thailand agreed to share real-time data on "
                       "water releases from hydropower dams on the Mekong",
                  evidence=["Laos and Thailand agreed on Wednesday to share "
                            "real-time data on water releases from "
                            "hydropower dams on the Mekong"],
                  cameo="030", alts=["057", "010"],
                  alternatives=["Thailand", "Pravit Srisuk"] + both,
                  targets=[("Thailand", "cooperative", True),
                           ("Laos", "cooperative", True)],
                  about=["Laos", "Thailand", "Mekong River"],
                  attribution="joint", date_basis="'on Wednesday'"),
        statement(d, "K02", "Pravit Srisuk",
                  "Thailand's foreign minister saying", day,
                  para="riverside villages would no longer be caught unaware "
                       "by sudden rises in the Mekong",
                  evidence=["with Thailand's foreign minister saying "
                            "riverside villages would no longer be caught "
                            "unaware by sudden rises in the river"],
                  cameo="010", alts=["051"], alternatives=["Thailand"],
                  targets=[("Laos", "cooperative", False)],
                  about=["Thailand", "Laos", "Mekong River"], same=["K03"],
                  date_basis="'on Wednesday'; the lede's retelling of K03"),
        statement(d, "K03", "Pravit Srisuk",
                  "Thai Foreign Minister Pravit Srisuk told reporters", day,
                  quote="For too long, the people on our side of the river "
                        "learned about a release when the water was already "
                        "at their doors. That ends today,",
                  cameo="010", alts=["051"], alternatives=["Thailand"],
                  targets=[("Laos", "cooperative", False)],
                  about=["Thailand", "Laos"], same=["K02"],
                  channel="remarks to reporters",
                  date_basis="'after three hours of talks' held on "
                             "Wednesday"),
        statement(d, "K04", "Khamsay Phommachanh", "Khamsay said", day,
                  quote="nothing to hide",
                  evidence=["Speaking at the same news conference, Khamsay "
                            "said Laos had \"nothing to hide\" about how its "
                            "dams were run and would invite Thai engineers "
                            "to the control rooms of two plants near Luang "
                            "Prabang, state news agency KPL reported."],
                  cameo="010", alts=["030"], alternatives=["Laos"],
                  targets=[("Thailand", "cooperative", False)],
                  about=["Laos", "Thailand", "Luang Prabang"],
                  reported_via="KPL", channel="news conference",
                  date_basis=conf),
        statement(d, "K04a", "KPL", "state news agency KPL reported", None,
                  para="Khamsay said Laos had nothing to hide about how its "
                       "dams were run",
                  evidence=["state news agency KPL reported"],
                  cameo="010", about=["Khamsay Phommachanh", "Laos"],
                  optional=True, date_basis="the text does not say when"),
        statement(d, "K05", "Khamsay Phommachanh", "He added that", day,
                  para="Laos remained committed to the consultation process "
                       "of the Mekong River Commission",
                  evidence=["He added that Vientiane remained committed to "
                            "the consultation process of the Mekong River "
                            "Commission."],
                  cameo="010", alts=["030"], alternatives=["Laos"],
                  targets=[("Mekong River Commission", "cooperative", True)],
                  about=["Mekong River Commission", "Laos"],
                  reported_via="KPL", channel="news conference",
                  date_basis=conf + "; continues K04"),
        statement(d, "K06", "Pravit Srisuk",
                  "the two ministers had also agreed", day,
                  para="the two ministers agreed to reopen talks on a second "
                       "rail bridge across the Mekong",
                  evidence=["Thailand's Ministry of Foreign Affairs said the "
                            "two ministers had also agreed to reopen talks on "
                            "a second rail bridge across the river."],
                  cameo="030", alts=["036", "010"],
                  alternatives=both + [mofa, "Thailand", "Laos"],
                  targets=[("Laos", "cooperative", False),
                           ("Thailand", "cooperative", False)],
                  about=["Thailand", "Laos", "Mekong River"],
                  reported_via=mofa, channel="statement",
                  attribution="joint",
                  date_basis="the talks on Wednesday; the ministry's "
                             "statement 'issued in Bangkok on Wednesday'"),
        statement(d, "K07", mofa, "The ministry called", day,
                  quote="a bond between neighbours who share a river and a "
                        "future.",
                  evidence=["The ministry called the comprehensive strategic "
                            "partnership between Thailand and Laos"],
                  cameo="051", alts=["010"], alternatives=["Thailand"],
                  targets=[("Laos", "cooperative", True)],
                  about=["Laos", "Thailand"], channel="statement",
                  date_basis="'In a statement issued in Bangkok on "
                             "Wednesday'"),
        statement(d, "K08", "Mekong River Commission",
                  "The Mekong River Commission", day,
                  quote="the cheapest flood defence the region has.",
                  evidence=["welcomed the agreement in a statement on "
                            "Wednesday evening, calling shared data"],
                  cameo="051", alts=["010"],
                  targets=[("Laos", "cooperative", False),
                           ("Thailand", "cooperative", False)],
                  about=["Laos", "Thailand"], channel="statement",
                  date_basis="'in a statement on Wednesday evening'"),
        statement(d, "K09", "Nguyen Thi Thu Ha",
                  "Its foreign ministry spokeswoman, Nguyen Thi Thu Ha, told",
                  "2026-10-22", quote="fully respect",
                  evidence=["Its foreign ministry spokeswoman, Nguyen Thi Thu "
                            "Ha, told a regular news briefing in Hanoi last "
                            "Thursday that Vietnam expected upstream "
                            "countries to \"fully respect\" their obligations "
                            "to the people of the Mekong Delta."],
                  cameo="010", alts=["020"],
                  alternatives=["Ministry of Foreign Affairs (Vietnam)",
                                "Vietnam"],
                  about=["Vietnam", "Mekong Delta"],
                  channel="regular news briefing",
                  date_basis="'last Thursday' before Wednesday Oct 28"),
        statement(d, "K10", "Ministry of Water Resources and Meteorology "
                  "(Cambodia)",
                  "A spokesman for Cambodia's water resources ministry told",
                  "2026-10-27",
                  para="Cambodia would ask to join the data-sharing "
                       "arrangement between Laos and Thailand before the dry "
                       "season",
                  evidence=["A spokesman for Cambodia's water resources "
                            "ministry told the Phnom Penh Post on Tuesday "
                            "that Cambodia would ask to join the data-sharing "
                            "arrangement before the dry season."],
                  cameo="020", alts=["010", "030"],
                  alternatives=["Cambodia"],
                  targets=[("Laos", "cooperative", False),
                           ("Thailand", "cooperative", False)],
                  about=["Cambodia", "Laos", "Thailand"],
                  reported_via="Phnom Penh Post",
                  date_basis="'on Tuesday', the day before the dateline's "
                             "Wednesday"),
        statement(d, "K11", "Malee Boonmee", "said Malee Boonmee", None,
                  quote="Data is good, but data does not bring back the "
                        "fish. We want the dams to answer to us, not only to "
                        "inform us,",
                  cameo="010", alts=["111"],
                  date_basis="the text does not say when"),
    ]
    statements[0]["co_speakers"] = ["Thailand"]
    statements[6]["co_speakers"] = ["Khamsay Phommachanh"]
    statements[5]["speaker_mention"]["note"] = "'He' = Khamsay (K04)"
    relationships = [
        relationship("R01", "comprehensive strategic partnership",
                     ["Thailand", "Laos"], False, [mofa], ["K07"],
                     ["strategic partnership", "comprehensive strategic "
                      "partners"], date=day),
    ]
    events = [
        event("E01", "Pravit-Khamsay talks in Vientiane", day,
              ["Pravit Srisuk", "Khamsay Phommachanh"]),
        event("E02", "sudden rise of the Mekong near Nong Khai", "2026-10",
              ["Thailand", "Laos"], optional=True),
    ]
    timexes = [timex(d, "October 28, 2026 7:52 PM GMT+7", day,
                     kind="datetime"),
               timex(d, "Oct 28", day),
               timex(d, "on Wednesday", day),
               timex(d, "three weeks after", "2026-10", kind="relative"),
               timex(d, "today", day, after="That ends"),
               timex(d, "in August", "2026-08"),
               timex(d, "October 3, 2026", "2026-10-03"),
               timex(d, "on Wednesday", day, after="issued in Bangkok"),
               timex(d, "on Wednesday evening", day),
               timex(d, "last Thursday", "2026-10-22"),
               timex(d, "on Tuesday", "2026-10-27")]
    write(d, day, "news report (ministers' talks, relays)", actors,
          statements, relationships, events, timexes)


def h43():
    d = Doc("h43_briefing")
    day = "2026-11-05"
    actors = [
        actor(d, "A01", "Søren Kjeldsen", "person",
              ["Søren Kjeldsen", "Søren"], ["Soren Kjeldsen"],
              affiliations=[("Denmark", "Prime Minister")]),
        actor(d, "A02", "Aino Laaksonen", "person",
              ["Aino Laaksonen", "Laaksonen", "Aino"],
              affiliations=[("Finland", "Prime Minister")]),
        actor(d, "A03", "Denmark", "state", ["Denmark"],
              ["Kingdom of Denmark"]),
        actor(d, "A04", "Finland", "state", ["Finland"],
              ["Republic of Finland"]),
        actor(d, "A05", "Russia", "state", ["Russia", "Moscow"],
              ["Russian Federation"], accept={"Moscow": ["Moscow"]}),
        actor(d, "A06", "Embassy of Russia in Copenhagen", "organization",
              ["Russian embassy"],
              ["Russian Embassy in Copenhagen", "Russian embassy",
               "Embassy of Russia"], part_of="Russia"),
        actor(d, "A07", "Jussi Halme", "person", ["Jussi Halme"],
              affiliations=[("Finland", "Minister of Finance")]),
        actor(d, "A08", "NATO", "organization", ["NATO"],
              ["North Atlantic Treaty Organization"]),
        actor(d, "A09", "European Union", "organization",
              ["European Union"], ["EU"]),
        actor(d, "A10", "Baltic Sea", "place", ["Baltic Sea"]),
        actor(d, "A11", "DR", "media", ["DR"], ["Danmarks Radio"]),
        actor(d, "A12", "Yle", "media", ["Yle"],
              ["Finnish Broadcasting Company"]),
        actor(d, "A13", "Ritzau", "media", ["Ritzau"]),
        actor(d, "A14", "Prime Minister's Office (Denmark)", "organization",
              ["Statsministeriet", "The Prime Minister's Office"],
              ["Statsministeriet", "Prime Minister's Office"],
              optional=True, part_of="Denmark"),
        actor(d, "A15", "Marienborg", "place", ["Marienborg"],
              optional=True),
        actor(d, "A16", "Copenhagen", "place", ["Copenhagen"],
              optional=True),
        actor(d, "A17", "Helsinki", "place", ["Helsinki"], optional=True),
        actor(d, "A18", "Gotland", "place", ["Gotland"], optional=True),
        actor(d, "A19", "Gulf of Finland", "place", ["Gulf of Finland"],
              optional=True),
        actor(d, "A20", "Nordic Council", "organization", ["Nordic Council"],
              optional=True),
        actor(d, "A21", "Folketing", "organization", ["Folketing"],
              optional=True, part_of="Denmark"),
    ]
    t1 = ["Good afternoon, and a very warm welcome to Marienborg, Aino. "
          "Finland is one of Denmark's closest allies, and today we have "
          "shown what that means in practice.",
          "We have agreed that Denmark and Finland will buy medium-range air "
          "defence systems together, and we have asked our defence ministers "
          "to sign a letter of intent before the end of the year. We also "
          "agreed to share surveillance data on the undersea cables and "
          "pipelines in the Baltic Sea, because what happens to a cable off "
          "Gotland or in the Gulf of Finland happens to all of us.",
          "And now I would like to give the floor to you, Aino."]
    t2 = ["Thank you, Søren, and thank you for the hospitality. Finland has "
          "a border of more than 1,300 kilometres with Russia, and we know "
          "from our own history that security is never a given.",
          "Denmark is a strategic partner for Finland in NATO and in the "
          "European Union, and the agreement we reached today makes our "
          "Nordic defence cooperation stronger. I also invited Søren to "
          "Helsinki in the spring, and I am glad that he accepted."]
    t3 = ("We do not take advice from the Russian embassy on how to defend "
          "our own country. Russia is the reason we are doing this, not the "
          "other way around.")
    t4 = ("The finance minister is right that every euro has to be found "
          "somewhere, and the government will present its proposal with the "
          "budget. But let me be clear: air defence will be paid for.")
    t5 = "I think I will leave that one to Aino."
    t6 = ("Our foreign ministers are in contact with their Russian "
          "counterparts when there is a need. I will not go into the details "
          "of those contacts here.")
    t7 = "Thank you all very much."
    sk = "Prime Minister Søren Kjeldsen:"
    al = "Prime Minister Aino Laaksonen:"
    pc = "joint press conference at Marienborg"
    basis = "the press conference's date (Thursday 5 November 2026)"
    statements = [
        statement(d, "P01", "Søren Kjeldsen", sk, day,
                  quote="\n\n".join(t1), cameo="057", alts=["051", "030"],
                  alternatives=["Denmark"],
                  targets=[("Finland", "cooperative", True)],
                  about=["Finland", "Denmark", "Baltic Sea"], channel=pc,
                  date_basis=basis),
        statement(d, "P02", "Aino Laaksonen", al, day,
                  quote="\n\n".join(t2), cameo="051", alts=["057", "036"],
                  alternatives=["Finland"],
                  targets=[("Denmark", "cooperative", True)],
                  about=["Denmark", "Finland", "Russia", "NATO",
                         "European Union"], channel=pc, date_basis=basis),
        statement(d, "P03", "Embassy of Russia in Copenhagen",
                  "The Russian embassy in Copenhagen said", "2026-11-03",
                  quote="a step towards confrontation",
                  evidence=["The Russian embassy in Copenhagen said on "
                            "Tuesday that a joint Nordic air defence purchase "
                            "would be \"a step towards confrontation\"."],
                  cameo="111", alts=["010"], alternatives=["Russia"],
                  targets=[("Denmark", "conflictual", False),
                           ("Finland", "conflictual", False)],
                  about=["Denmark", "Finland"], reported_via="DR",
                  embedded=True, date_basis="'on Tuesday' before Thursday "
                                            "5 November"),
        statement(d, "P04", "Søren Kjeldsen", sk, day, quote=t3,
                  cameo="111", alts=["010"], alternatives=["Denmark"],
                  targets=[("Russia", "conflictual", True),
                           ("Embassy of Russia in Copenhagen", "conflictual",
                            True)],
                  about=["Russia"], channel=pc, responds_to=["P03"],
                  after="How do you respond to that?", date_basis=basis),
        statement(d, "P05", "Jussi Halme", "Jussi Halme, said", "2026-11-04",
                  para="Finland could not raise defence spending further "
                       "without new cuts elsewhere",
                  evidence=["your finance minister, Jussi Halme, said "
                            "yesterday that Finland could not raise defence "
                            "spending further without new cuts elsewhere."],
                  cameo="010", alternatives=["Finland"], about=["Finland"],
                  reported_via="Yle", embedded=True,
                  date_basis="'yesterday'"),
        statement(d, "P06", "Aino Laaksonen", al, day, quote=t4,
                  cameo="010", alternatives=["Finland"],
                  about=["Jussi Halme", "Finland"], channel=pc,
                  responds_to=["P05"], after="How will you pay",
                  date_basis=basis),
        statement(d, "P07", "Søren Kjeldsen", sk, day, quote=t5,
                  cameo="010", alternatives=["Denmark"], channel=pc,
                  optional=True, after="with Moscow directly?",
                  date_basis=basis),
        statement(d, "P08", "Aino Laaksonen", al, day, quote=t6,
                  cameo="011", alts=["010"], alternatives=["Finland"],
                  about=["Russia"], channel=pc,
                  after="leave that one to Aino.", date_basis=basis),
        statement(d, "P09", "Søren Kjeldsen", sk, day, quote=t7,
                  cameo="010", alternatives=["Denmark"], channel=pc,
                  optional=True, after="details of those contacts here.",
                  date_basis=basis),
    ]
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in t1]
    statements[1]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in t2]
    statements[6]["speaker_mention"]["note"] = (
        "a turn handing the question on: optional")
    statements[8]["speaker_mention"]["note"] = (
        "a closing courtesy: optional")
    relationships = [
        relationship("R01", "closest allies", ["Denmark", "Finland"], False,
                     ["Søren Kjeldsen"], ["P01"],
                     ["closest ally", "allies", "ally"], date=day),
        relationship("R02", "strategic partner", ["Denmark", "Finland"],
                     False, ["Aino Laaksonen"], ["P02"],
                     ["strategic partners", "strategic partnership"],
                     date=day),
    ]
    events = [
        event("E01", "joint press conference at Marienborg", day,
              ["Søren Kjeldsen", "Aino Laaksonen"]),
        event("E02", "letter of intent on air defence", "2026",
              ["Denmark", "Finland"], optional=True),
        event("E03", "visit of Kjeldsen to Helsinki", "2027",
              ["Søren Kjeldsen", "Aino Laaksonen"], optional=True),
    ]
    timexes = [timex(d, "Thursday 5 November 2026", day),
               timex(d, "today", day, after="closest allies"),
               timex(d, "before the end of the year", "2026",
                     kind="interval"),
               timex(d, "today", day, after="the agreement we reached"),
               timex(d, "in the spring", "2027", kind="interval"),
               timex(d, "on Tuesday", "2026-11-03"),
               timex(d, "yesterday", "2026-11-04")]
    write(d, day, "press conference (joint, transcript)", actors,
          statements, relationships, events, timexes)


def h44():
    d = Doc("h44_readout")
    day = "2026-11-24"
    actors = [
        actor(d, "A01", "Petr Horáček", "person",
              ["Petr Horáček", "Horáček"], ["Petr Horacek"],
              affiliations=[("Czech Republic",
                             "Minister of Foreign Affairs")]),
        actor(d, "A02", "Martina Kováčová", "person",
              ["Martina Kováčová", "Kováčová"], ["Martina Kovacova"],
              affiliations=[("Slovakia",
                             "Minister of Foreign and European Affairs")]),
        actor(d, "A03", "Czech Republic", "state", ["Czech Republic"],
              ["Czechia"]),
        actor(d, "A04", "Slovakia", "state",
              ["Slovak Republic", "Slovakia", "Bratislava"],
              accept={"Bratislava": ["Bratislava"]}),
        actor(d, "A05", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A06", "European Union", "organization",
              ["European Union", "EU"]),
        actor(d, "A07", "Visegrad Group", "organization", ["Visegrad Group"],
              ["V4", "Visegrad Four"]),
        actor(d, "A08", "Ministry of Foreign Affairs (Czech Republic)",
              "organization",
              ["Ministry of Foreign Affairs of the Czech Republic",
               "MFA CZ"],
              ["Ministry of Foreign Affairs of the Czech Republic",
               "Czech Ministry of Foreign Affairs"], optional=True,
              part_of="Czech Republic"),
        actor(d, "A09", "Bratislava", "place", ["Bratislava"],
              optional=True),
        actor(d, "A10", "Brno", "place", ["Brno"], optional=True),
        actor(d, "A11", "Prague", "place", ["Prague"], optional=True,
              accept={"Prague": ["Czech Republic"]}),
        actor(d, "A12", "Czernin Palace", "place", ["Czernin Palace"],
              optional=True),
        actor(d, "A13", "Middle East", "place", ["Middle East"],
              optional=True),
        actor(d, "A14", "Western Balkans", "place", ["Western Balkans"],
              optional=True),
        actor(d, "A15", "Foreign Affairs Council", "organization",
              ["Foreign Affairs Council"], optional=True),
        actor(d, "A16", "Austria", "state", ["Austria"], optional=True),
        actor(d, "A17", "Brussels", "place", ["Brussels"], optional=True),
    ]
    other = ["Martina Kováčová"]
    basis = "'On Tuesday, 24 November 2026', the meeting in Prague"
    visit = "meeting in Prague"

    def st(sid, spk, mention, para, ev, cameo, alts, alternatives, targets,
           about, optional=False, joint=False, quote=None):
        s = statement(d, sid, spk, mention, day, para=para, quote=quote,
                      evidence=[ev] if ev else [], cameo=cameo, alts=alts,
                      alternatives=alternatives, targets=targets,
                      about=about, channel=visit, optional=optional,
                      attribution="joint" if joint else "explicit",
                      date_basis=basis)
        if joint:
            s["co_speakers"] = list(other)
        return s

    cz, sk = ["Czech Republic"], ["Slovakia"]
    both = other + ["Czech Republic", "Slovakia"]
    statements = [
        st("C01", "Petr Horáček", "said Minister Horáček", None, None,
           "051", ["010"], cz, [("Slovakia", "cooperative", True)],
           ["Slovakia"],
           quote="Slovakia is and will remain our closest neighbour, "
                 "whatever our two governments may think about individual "
                 "questions. We will not always agree, but we will always "
                 "talk,"),
        st("C02", "Petr Horáček", "The ministers reviewed",
           "the ministers reviewed preparations for the joint meeting of the "
           "Czech and Slovak governments in Bratislava",
           "The ministers reviewed preparations for the joint meeting of the "
           "Czech and Slovak governments", "010", ["036"], both, [],
           ["Czech Republic", "Slovakia", "Bratislava"], optional=True,
           joint=True),
        st("C03", "Petr Horáček", "Minister Horáček appreciated",
           "Horáček appreciated the above-standard relations between the "
           "Czech Republic and Slovakia",
           "Minister Horáček appreciated the above-standard relations "
           "between the two countries", "051", ["010"], cz,
           [("Slovakia", "cooperative", True)], ["Slovakia",
                                                  "Czech Republic"]),
        st("C04", "Petr Horáček", "Minister Horáček appreciated",
           "Horáček thanked Slovakia for its help in evacuating Czech "
           "citizens from the Middle East",
           "thanked the Slovak side for its help in evacuating Czech "
           "citizens from the Middle East in the summer", "051", ["010"], cz,
           [("Slovakia", "cooperative", True)], ["Slovakia", "Middle East"]),
        st("C05", "Petr Horáček", "Minister Horáček underlined",
           "the Czech Republic would continue its ammunition initiative for "
           "Ukraine next year",
           "Minister Horáček underlined that the Czech Republic would "
           "continue its ammunition initiative for Ukraine next year",
           "010", ["030", "057"], cz, [("Ukraine", "cooperative", True)],
           ["Ukraine", "Czech Republic"]),
        st("C06", "Petr Horáček", "Minister Horáček underlined",
           "Horáček called on all partners in the European Union to "
           "contribute to the ammunition initiative for Ukraine",
           "called on all partners in the European Union to contribute",
           "020", ["010"], cz, [("European Union", "cooperative", True)],
           ["European Union", "Ukraine"]),
        st("C07", "Martina Kováčová", "According to Minister Kováčová",
           "Slovakia supports a just peace for Ukraine but will not send "
           "weapons from the stocks of the Slovak army",
           "According to Minister Kováčová, Slovakia supports a just peace "
           "for Ukraine, but it will not send weapons from the stocks of the "
           "Slovak army.", "010", ["012"], sk,
           [("Ukraine", "neutral", True)], ["Ukraine", "Slovakia"]),
        st("C08", "Martina Kováčová", "The Slovak minister also informed",
           "Kováčová informed Horáček about the state of gas supplies to "
           "Slovakia",
           "The Slovak minister also informed her counterpart about the "
           "state of gas supplies to Slovakia", "010", [], sk, [],
           ["Slovakia", "Petr Horáček"], optional=True),
        st("C09", "Martina Kováčová", "The Slovak minister also informed",
           "Slovakia would meet its obligations under the EU's energy rules",
           "assured him that Bratislava would meet its obligations under the "
           "EU's energy rules", "010", ["030"], sk,
           [("Petr Horáček", "cooperative", True),
            ("European Union", "cooperative", False)],
           ["European Union", "Slovakia", "Petr Horáček"]),
        st("C10", "Petr Horáček", "Both ministers agreed",
           "the Visegrad Group should concentrate on transport and energy "
           "connections in the region",
           "Both ministers agreed that the Visegrad Group should concentrate "
           "on transport and energy connections in the region", "010",
           ["030"], both, [("Visegrad Group", "cooperative", True)],
           ["Visegrad Group", "Czech Republic", "Slovakia"], joint=True),
        st("C11", "Petr Horáček", "Both ministers agreed",
           "the ministers welcomed the planned completion of the high-speed "
           "rail link between Brno and Bratislava",
           "they welcomed the planned completion of the high-speed rail link "
           "between Brno and Bratislava", "051", ["010"], both, [],
           ["Czech Republic", "Slovakia", "Brno", "Bratislava"], joint=True),
        st("C12", "Martina Kováčová", "Minister Kováčová invited",
           "Kováčová invited Horáček to visit Bratislava before the "
           "intergovernmental meeting",
           "Minister Kováčová invited Minister Horáček to visit Bratislava "
           "before the intergovernmental meeting", "036", ["010"], sk,
           [("Petr Horáček", "cooperative", True),
            ("Czech Republic", "cooperative", False)],
           ["Petr Horáček", "Bratislava", "Slovakia"]),
    ]
    statements[0]["channel"] = "remarks after the meeting"
    statements[0]["date_basis"] = basis + "; 'after the meeting'"
    statements[10]["speaker_mention"]["note"] = (
        "'they' = both ministers, the subject of the clause before")
    statements[8]["speaker_mention"]["note"] = (
        "'The Slovak minister' = Kováčová; 'him' = Horáček")
    relationships = [
        relationship("R01", "above-standard relations",
                     [["Czech Republic", "Petr Horáček"],
                      ["Slovakia", "Martina Kováčová"]], False,
                     ["Petr Horáček"], ["C03"],
                     ["above standard relations"], date=day),
        relationship("R02", "closest neighbour",
                     ["Slovakia", "Czech Republic"], False,
                     ["Petr Horáček"], ["C01"],
                     ["closest neighbor", "neighbour", "neighbours"],
                     optional=True, date=day),
    ]
    events = [
        event("E01", "Horáček-Kováčová meeting at Czernin Palace", day,
              ["Petr Horáček", "Martina Kováčová"]),
        event("E02", "joint meeting of the Czech and Slovak governments in "
              "Bratislava", "2027-02", ["Czech Republic", "Slovakia"],
              optional=True),
    ]
    timexes = [timex(d, "24.11.2026", day),
               timex(d, "On Tuesday, 24 November 2026", day),
               timex(d, "in September", "2026-09"),
               timex(d, "in February", "2027-02"),
               timex(d, "in the summer", "2026", kind="interval"),
               timex(d, "next year", "2027"),
               timex(d, "24 November 2026", day, after="Photo:")]
    write(d, day, "readout (foreign ministry press release)", actors,
          statements, relationships, events, timexes)


def h45():
    d = Doc("h45_joint")
    day = "2026-11-26"
    wed = "2026-11-25"
    actors = [
        actor(d, "A01", "Desmond Campbell", "person",
              ["Desmond Campbell", "Campbell"],
              affiliations=[("Jamaica", "Prime Minister")]),
        actor(d, "A02", "Rafael Almonte Peña", "person",
              ["Rafael Almonte Peña", "Almonte Peña"],
              ["Rafael Almonte Pena", "Almonte Pena", "Rafael Almonte"],
              affiliations=[("Dominican Republic", "President")]),
        actor(d, "A03", "Jamaica", "state", ["Jamaica"],
              ["Government of Jamaica"]),
        actor(d, "A04", "Dominican Republic", "state",
              ["DR", "Dominican Republic"],
              ["Government of the Dominican Republic"]),
        actor(d, "A05", "Haiti", "state", ["Haiti"]),
        actor(d, "A06", "CARICOM", "organization", ["CARICOM"],
              ["Caribbean Community"]),
        actor(d, "A07", "Michael Thorpe", "person",
              ["Michael Thorpe", "Thorpe"],
              affiliations=[("Jamaica", "Opposition spokesman on foreign "
                                        "affairs")]),
        actor(d, "A08", "Office of the Prime Minister (Jamaica)",
              "organization", ["Office of the Prime Minister"],
              ["Office of the Prime Minister", "OPM"], optional=True,
              part_of="Jamaica"),
        actor(d, "A09", "Jamaica Constabulary Force", "organization",
              ["Jamaica Constabulary Force"], ["JCF"], optional=True,
              part_of="Jamaica"),
        actor(d, "A10", "National Police of the Dominican Republic",
              "organization", ["National Police of the Dominican Republic"],
              ["National Police"], optional=True,
              part_of="Dominican Republic"),
        actor(d, "A11", "Kingston", "place", ["Kingston"], optional=True,
              accept={"Kingston": ["Jamaica"]}),
        actor(d, "A12", "Santo Domingo", "place", ["Santo Domingo"],
              optional=True, accept={"Santo Domingo": ["Dominican Republic"]}),
        actor(d, "A13", "Jamaica House", "place", ["Jamaica House"],
              optional=True),
        actor(d, "A14", "JIS", "media", ["JIS"],
              ["Jamaica Information Service"], optional=True),
        actor(d, "A15", "The Kingston Record", "media",
              ["The Kingston Record"], ["Kingston Record"], optional=True),
    ]
    paras = [
        "The Most Honourable Desmond Campbell, ON, MP, Prime Minister of "
        "Jamaica, and His Excellency Rafael Almonte Peña, President of the "
        "Dominican Republic, met at Jamaica House in Kingston on November 25, "
        "2026, during the Official Visit of the President to Jamaica from "
        "November 24 to 25, 2026.",
        "The Leaders recalled the long-standing ties of friendship and "
        "cooperation between the two nations, and agreed to raise their "
        "relations to the level of a Strategic Partnership.",
        "The Leaders agreed to:\n"
        "- establish a direct passenger and cargo ferry service between "
        "Kingston and Santo Domingo, with a first sailing in 2027;\n"
        "- create a joint working group on tourism, to meet before the end "
        "of March 2027;\n"
        "- strengthen the exchange of intelligence between the Jamaica "
        "Constabulary Force and the National Police of the Dominican "
        "Republic on firearms trafficking and organised crime.",
        "The Leaders expressed grave concern at the security and "
        "humanitarian situation in Haiti and reaffirmed their support for a "
        "Haitian-led solution, with the accompaniment of CARICOM and the "
        "international community.",
        "President Almonte Peña thanked the Government and people of Jamaica "
        "for the warm hospitality extended to him and his delegation, and "
        "invited Prime Minister Campbell to visit the Dominican Republic in "
        "2027. The invitation was accepted with pleasure.",
    ]
    whole = "\n\n".join(paras)
    who = ["Dominican Republic", "Desmond Campbell", "Rafael Almonte Peña"]
    opm = "Office of the Prime Minister (Jamaica)"
    basis = ("'on Wednesday' in the lede, 'on November 25, 2026' in the "
             "statement and its closing 'Kingston, November 25, 2026'")
    statements = [
        statement(d, "J00", "Jamaica",
                  "Prime Minister Desmond Campbell and Dominican President "
                  "Rafael Almonte Peña on Wednesday committed", wed,
                  para="Jamaica and the Dominican Republic committed their "
                       "governments to a direct ferry service between "
                       "Kingston and Santo Domingo and to closer police "
                       "cooperation against gangs",
                  evidence=["committed their governments to a direct ferry "
                            "service between Kingston and Santo Domingo and "
                            "to closer police cooperation against gangs"],
                  cameo="030", alts=["057", "010"], alternatives=who,
                  targets=[("Dominican Republic", "cooperative", True),
                           ("Jamaica", "cooperative", True)],
                  about=["Jamaica", "Dominican Republic"], same=["J01"],
                  attribution="joint", optional=True,
                  date_basis="'on Wednesday'; the lede's retelling of J01"),
        statement(d, "J01", "Jamaica",
                  "The joint statement issued by the Office of the Prime "
                  "Minister reads in full", wed, quote=whole,
                  cameo="030", alts=["057", "010"], alternatives=who,
                  targets=[("Dominican Republic", "cooperative", True),
                           ("Jamaica", "cooperative", True),
                           ("Haiti", "neutral", True)],
                  about=["Jamaica", "Dominican Republic", "Haiti",
                         "CARICOM"],
                  channel="joint statement", reported_via=opm,
                  same=["J00"], attribution="joint", date_basis=basis),
        statement(d, "J02", "Desmond Campbell", "Campbell said", wed,
                  quote="a bridge of water between two peoples who have too "
                        "long looked past each other.",
                  evidence=["Speaking at a press briefing after the signing, "
                            "Campbell said the ferry would be \"a bridge of "
                            "water between two peoples who have too long "
                            "looked past each other.\""],
                  cameo="051", alts=["010"], alternatives=["Jamaica"],
                  targets=[("Dominican Republic", "cooperative", False)],
                  about=["Dominican Republic", "Jamaica"],
                  channel="press briefing",
                  date_basis="'after the signing' of Wednesday"),
        statement(d, "J03", "Michael Thorpe",
                  "Michael Thorpe, welcomed", None,
                  para="Thorpe welcomed the visit of the Dominican president",
                  evidence=["The Leader of the Opposition's spokesman on "
                            "foreign affairs, Michael Thorpe, welcomed the "
                            "visit"],
                  cameo="051", alts=["010"],
                  targets=[("Dominican Republic", "cooperative", False),
                           ("Rafael Almonte Peña", "cooperative", False)],
                  about=["Rafael Almonte Peña", "Dominican Republic"],
                  date_basis="the text does not say when"),
        statement(d, "J04", "Michael Thorpe", "Michael Thorpe, welcomed",
                  None,
                  para="the Government of Jamaica should first publish the "
                       "cost of the ferry subsidy",
                  evidence=["but said in a statement that the Government "
                            "should first publish the cost of the ferry "
                            "subsidy."],
                  cameo="010", alts=["111", "020"],
                  targets=[("Jamaica", "conflictual", False)],
                  about=["Jamaica"], channel="statement",
                  date_basis="the text does not say when"),
        statement(d, "J05", "Michael Thorpe", "Thorpe said", None,
                  quote="Partnership is good. Transparency is better,",
                  cameo="010", alts=["111"],
                  targets=[("Jamaica", "conflictual", False)],
                  about=["Jamaica"],
                  date_basis="the text does not say when"),
    ]
    statements[0]["co_speakers"] = ["Dominican Republic"]
    statements[1]["co_speakers"] = ["Dominican Republic"]
    statements[1]["quote_marks"] = "none (document text)"
    statements[1]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    relationships = [
        relationship("R01", "Strategic Partnership",
                     ["Jamaica", "Dominican Republic"], False,
                     ["Jamaica", "Dominican Republic"], ["J01"],
                     ["strategic partners", "partnership"], date=wed),
        relationship("R02", "ties of friendship and cooperation",
                     ["Jamaica", "Dominican Republic"], False,
                     ["Jamaica", "Dominican Republic"], ["J01"],
                     ["friendship", "ties of friendship", "ties"],
                     optional=True, date=wed),
    ]
    events = [
        event("E01", "Official Visit of President Almonte Peña to Jamaica",
              "2026-11-24", ["Rafael Almonte Peña", "Jamaica"]),
        event("E02", "Campbell-Almonte Peña meeting at Jamaica House", wed,
              ["Desmond Campbell", "Rafael Almonte Peña"]),
        event("E03", "first sailing of the Kingston-Santo Domingo ferry",
              "2027", ["Jamaica", "Dominican Republic"], optional=True),
        event("E04", "visit of Campbell to the Dominican Republic", "2027",
              ["Desmond Campbell", "Dominican Republic"], optional=True),
    ]
    events[0]["end_date"] = wed
    timexes = [timex(d, "Thursday | November 26, 2026 | 12:08 AM", day,
                     kind="datetime"),
               timex(d, "on Wednesday", wed),
               timex(d, "on Wednesday", wed, after="at Jamaica House"),
               timex(d, "on November 25, 2026", wed),
               timex(d, "from November 24 to 25, 2026", "2026-11-24/"
                     "2026-11-25", kind="interval"),
               timex(d, "in 2027", "2027"),
               timex(d, "before the end of March 2027", "2027-03",
                     kind="interval"),
               timex(d, "in 2027", "2027", after="to visit the Dominican"),
               timex(d, "November 25, 2026", wed, after="Kingston, Nov"),
               timex(d, "in December", "2026-12")]
    write(d, day, "joint statement (news page)", actors, statements,
          relationships, events, timexes)


def h46():
    d = Doc("h46_report")
    day = "2026-11-27"
    thu = "2026-11-26"
    mofa = "Ministry of Foreign Affairs (Tunisia)"
    actors = [
        actor(d, "A01", "Rachid Belkacemi", "person",
              ["Rachid Belkacemi", "Belkacemi"],
              affiliations=[("Algeria", "Foreign Minister")]),
        actor(d, "A02", "Hichem Gharbi", "person",
              ["Hichem Gharbi", "Gharbi"],
              affiliations=[("Tunisia", "Foreign Minister")]),
        actor(d, "A03", "Algeria", "state", ["Algeria", "Algiers"],
              ["People's Democratic Republic of Algeria"],
              accept={"Algiers": ["Algiers"]}),
        actor(d, "A04", "Tunisia", "state", ["Tunisia", "Tunis"],
              ["Republic of Tunisia"], accept={"Tunis": ["Tunis"]}),
        actor(d, "A05", "APS", "media", ["APS"],
              ["Algerie Presse Service", "Algérie Presse Service"]),
        actor(d, "A06", mofa, "organization", ["Ministry of Foreign Affairs"],
              ["Tunisia's Ministry of Foreign Affairs",
               "Tunisian Ministry of Foreign Affairs",
               "Tunisian foreign ministry"], part_of="Tunisia"),
        actor(d, "A07", "Mosaique FM", "media", ["Mosaique FM"],
              ["Mosaïque FM"]),
        actor(d, "A08", "Lina Haddad", "person", ["Lina Haddad"],
              affiliations=[("Carnegie Middle East Center",
                             "North Africa analyst")]),
        actor(d, "A09", "Carnegie Middle East Center", "organization",
              ["Carnegie Middle East Center"], optional=True),
        actor(d, "A10", "Sonatrach", "organization", ["Sonatrach"],
              part_of="Algeria"),
        actor(d, "A11", "STEG", "organization", ["STEG"],
              ["Société Tunisienne de l'Electricité et du Gaz"],
              part_of="Tunisia"),
        actor(d, "A12", "Italy", "state", ["Italy"]),
        actor(d, "A13", "Hazoua", "place", ["Hazoua"],
              ["Hazoua border crossing"]),
        actor(d, "A14", "Transmed pipeline", "place", ["Transmed"],
              ["Transmed", "Trans-Mediterranean Pipeline"], optional=True),
        actor(d, "A15", "Algiers", "place", ["Algiers"], optional=True,
              accept={"Algiers": ["Algeria"]}),
        actor(d, "A16", "Tunis", "place", ["Tunis"], optional=True,
              accept={"Tunis": ["Tunisia"]}),
        actor(d, "A17", "Beirut", "place", ["Beirut"], optional=True),
        actor(d, "A18", "Libya", "state", ["Libya"], optional=True),
        actor(d, "A19", "Ras Jedir", "place", ["Ras Jedir"], optional=True),
        actor(d, "A20", "Maghreb Wire", "media", ["Maghreb Wire"],
              optional=True),
    ]
    nc = "joint news conference in Algiers"
    basis = "'on Friday' (the dateline's day): the joint news conference"
    statements = [
        statement(d, "N01", "Rachid Belkacemi",
                  "Algerian Foreign Minister Rachid Belkacemi said", day,
                  para="Algeria and Tunisia will reopen the Hazoua border "
                       "crossing to lorries from January",
                  evidence=["Algeria and Tunisia will reopen the Hazoua "
                            "border crossing to lorries from January"],
                  cameo="030", alts=["057", "010"], alternatives=["Algeria"],
                  targets=[("Tunisia", "cooperative", True)],
                  about=["Tunisia", "Algeria", "Hazoua"], same=["N03"],
                  date_basis="'on Friday'; the lede's retelling of N03"),
        statement(d, "N02", "Rachid Belkacemi", "Belkacemi, speaking", day,
                  para="the Hazoua crossing had been closed to goods for far "
                       "too long",
                  evidence=["said the crossing had been closed to goods for "
                            "far too long."],
                  cameo="010", alternatives=["Algeria"],
                  about=["Hazoua", "Tunisia"], channel=nc, date_basis=basis),
        statement(d, "N03", "Rachid Belkacemi", "Belkacemi told reporters",
                  day,
                  quote="Our brothers in Tunisia have waited long enough. "
                        "From the first of January, trucks will cross at "
                        "Hazoua again, and we will not close it again for "
                        "reasons of politics,",
                  cameo="057", alts=["030", "010"], alternatives=["Algeria"],
                  targets=[("Tunisia", "cooperative", True)],
                  about=["Tunisia", "Hazoua"], channel=nc, same=["N01"],
                  date_basis=basis),
        statement(d, "N04", "Hichem Gharbi", "Gharbi said", day,
                  quote="fair formula",
                  para="Tunisia wanted a fair formula for the gas it buys "
                       "from Algeria and for its fees on the Transmed "
                       "pipeline",
                  evidence=["Gharbi said Tunisia wanted a \"fair formula\" "
                            "for the gas it buys from Algeria and for the "
                            "fees it earns on the Transmed pipeline"],
                  cameo="020", alts=["010"], alternatives=["Tunisia"],
                  targets=[("Algeria", "neutral", True)],
                  about=["Algeria", "Tunisia", "Transmed pipeline", "Italy"],
                  channel=nc, date_basis=basis),
        statement(d, "N05", "Hichem Gharbi", "he said", day,
                  after="We did not come to Algiers",
                  quote="We did not come to Algiers to quarrel about prices. "
                        "Algeria is a strategic partner for Tunisia, but a "
                        "contract signed in another era cannot be the "
                        "contract of the next twenty years,",
                  cameo="010", alts=["051", "020"],
                  alternatives=["Tunisia"],
                  targets=[("Algeria", "neutral", True)],
                  about=["Algeria", "Tunisia"], channel=nc,
                  date_basis=basis),
        statement(d, "N06", "Rachid Belkacemi",
                  "quoted Belkacemi as saying", day,
                  para="the gas price would be negotiated by Sonatrach and "
                       "STEG and not by ministers",
                  evidence=["The state news agency APS later on Friday "
                            "quoted Belkacemi as saying that the price would "
                            "be negotiated by the national energy companies, "
                            "Sonatrach and STEG, and not by ministers."],
                  cameo="010", alternatives=["Algeria"],
                  about=["Sonatrach", "STEG", "Tunisia"],
                  reported_via="APS", date_basis="'later on Friday'"),
        statement(d, "N07", "Rachid Belkacemi",
                  "the two ministers also agreed", day,
                  para="the two ministers agreed to convene the joint border "
                       "commission of Algeria and Tunisia before the end of "
                       "the year",
                  evidence=["According to a statement from Tunisia's Ministry "
                            "of Foreign Affairs, the two ministers also agreed "
                            "to convene the joint border commission before "
                            "the end of the year."],
                  cameo="030", alts=["036", "010"],
                  alternatives=["Hichem Gharbi", mofa, "Algeria", "Tunisia"],
                  targets=[("Tunisia", "cooperative", False),
                           ("Algeria", "cooperative", False)],
                  about=["Algeria", "Tunisia"], reported_via=mofa,
                  channel="statement", attribution="joint",
                  date_basis="the talks on Friday; the ministry's statement"),
        statement(d, "N08", "Hichem Gharbi", "He told", thu,
                  quote="no miracles",
                  para="Gharbi expected no miracles from the visit to "
                       "Algeria",
                  evidence=["He told the Tunis radio station Mosaique FM on "
                            "Thursday that he expected \"no miracles\" from "
                            "the visit."],
                  cameo="010", alternatives=["Tunisia"],
                  about=["Algeria", "Tunisia"], reported_via="Mosaique FM",
                  channel="interview with Mosaique FM",
                  date_basis="'on Thursday' before Friday 27 November"),
        statement(d, "N09", "Lina Haddad", "Lina Haddad", None,
                  quote="the easy part",
                  para="the Hazoua crossing was the easy part of the "
                       "relationship between Algeria and Tunisia",
                  evidence=["said the crossing was \"the easy part\" of the "
                            "relationship."],
                  cameo="010", about=["Algeria", "Tunisia", "Hazoua"],
                  date_basis="the text does not say when"),
        statement(d, "N10", "Lina Haddad", "she said", None,
                  quote="Algiers wants to show that it can be generous with "
                        "Tunis while keeping its hand on the gas tap,",
                  cameo="010", about=["Algeria", "Tunisia"],
                  date_basis="the text does not say when"),
    ]
    statements[6]["co_speakers"] = ["Hichem Gharbi"]
    statements[7]["speaker_mention"]["note"] = (
        "'He' = Gharbi, the subject of the sentence before")
    statements[4]["speaker_mention"]["note"] = "'he' = Gharbi"
    statements[9]["speaker_mention"]["note"] = "'she' = Lina Haddad"
    relationships = [
        relationship("R01", "strategic partner", ["Algeria", "Tunisia"],
                     False, ["Hichem Gharbi"], ["N05"],
                     ["strategic partners", "strategic partnership"],
                     date=day),
        relationship("R02", "neighbours", ["Algeria", "Tunisia"], False,
                     ["narrator"], [], ["neighbors", "neighbour"],
                     optional=True, date=day),
    ]
    events = [
        event("E01", "Belkacemi-Gharbi talks and joint news conference in "
              "Algiers", day, ["Rachid Belkacemi", "Hichem Gharbi"]),
        event("E02", "reopening of the Hazoua crossing to freight",
              "2027-01", ["Algeria", "Tunisia"], optional=True),
        event("E03", "meeting of the joint border commission", "2026",
              ["Algeria", "Tunisia"], optional=True),
    ]
    timexes = [timex(d, "November 27, 2026 5:48 PM GMT+1", day,
                     kind="datetime"),
               timex(d, "November 27, 2026", day, after="[Photo]"),
               timex(d, "Nov 27", day),
               timex(d, "on Friday", day),
               timex(d, "from January", "2027-01"),
               timex(d, "From the first of January", "2027-01-01"),
               timex(d, "later on Friday", day),
               timex(d, "before the end of the year", "2026",
                     kind="interval"),
               timex(d, "on Thursday", thu),
               timex(d, "since the spring", "2026", kind="interval"),
               timex(d, "in October", "2026-10")]
    write(d, day, "news report (wire)", actors, statements, relationships,
          events, timexes)


def h47():
    d = Doc("h47_briefing")
    day = "2026-11-30"
    rmfa = "Ministry of Foreign Affairs (Russia)"
    actors = [
        actor(d, "A01", "Andris Kalniņš", "person",
              ["Andris Kalniņš", "Kalniņš", "Andris"], ["Andris Kalnins"],
              affiliations=[("Latvia", "Foreign Minister")]),
        actor(d, "A02", "Kristjan Mägi", "person",
              ["Kristjan Mägi", "Mägi", "Kristjan"], ["Kristjan Magi"],
              affiliations=[("Estonia", "Foreign Minister")]),
        actor(d, "A03", "Latvia", "state", ["Republic of Latvia", "Latvia",
                                             "Riga"],
              accept={"Riga": ["Riga"]}),
        actor(d, "A04", "Estonia", "state", ["Estonia"],
              ["Republic of Estonia"]),
        actor(d, "A05", "Russia", "state", ["Russia", "Moscow"],
              ["Russian Federation"], accept={"Moscow": ["Moscow"]}),
        actor(d, "A06", rmfa, "organization",
              ["Russian Ministry of Foreign Affairs"],
              ["Russian Ministry of Foreign Affairs",
               "Russian foreign ministry"], part_of="Russia"),
        actor(d, "A07", "Liis Kask", "person", ["Liis Kask"],
              affiliations=[("Estonia", "Prime Minister")]),
        actor(d, "A08", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A09", "Lithuania", "state", ["Lithuania", "Vilnius"],
              accept={"Vilnius": ["Vilnius"]}),
        actor(d, "A10", "LSM", "media", ["LSM"],
              ["Latvian Public Media", "Latvijas Sabiedriskie Mediji"]),
        actor(d, "A11", "ERR", "media", ["ERR News", "ERR"],
              ["Estonian Public Broadcasting", "ERR News"]),
        actor(d, "A12", "BNS", "media", ["BNS"], ["Baltic News Service"]),
        actor(d, "A13", "Ministry of Foreign Affairs (Latvia)",
              "organization",
              ["Ministry of Foreign Affairs of the Republic of Latvia"],
              ["Latvian Ministry of Foreign Affairs"], optional=True,
              part_of="Latvia"),
        actor(d, "A14", "Rail Baltica", "organization", ["Rail Baltica"],
              optional=True),
        actor(d, "A15", "Riga", "place", ["Riga"], optional=True,
              accept={"Riga": ["Latvia"]}),
        actor(d, "A16", "Vilnius", "place", ["Vilnius"], optional=True,
              accept={"Vilnius": ["Lithuania"]}),
        actor(d, "A17", "Finland", "state", ["Finland"], optional=True),
        actor(d, "A18", "Helsinki", "place", ["Helsinki"], optional=True),
    ]
    t1 = ("Good afternoon, and welcome to Riga, Kristjan. Latvia and Estonia "
          "are not only neighbours, we are the closest of allies, and today "
          "we have taken two practical steps. We signed a memorandum on the "
          "joint procurement of long-range air defence, and we agreed that "
          "our border guards will share data from the new surveillance "
          "towers on the Russian border in real time.")
    t2 = ("Thank you, Andris. Estonia and Latvia have always been stronger "
          "together than apart. I also told my colleague that Estonia is "
          "ready to finish the Rail Baltica line to the Latvian border by "
          "2030, whatever the delays elsewhere, and I hope the section "
          "through Latvia will follow the same timetable.")
    t3 = ("The iron curtain was built in Moscow, not in Riga. We are "
          "protecting our border because of what Russia is doing in "
          "Ukraine, and we will go on doing it as long as it is necessary.")
    t4 = ("The Prime Minister is right that we have to be careful with "
          "taxpayers' money. But I do not expect the price to rise, and "
          "Estonia has no plan to leave the project.")
    t5 = ("The door is open. We have informed our Lithuanian colleagues, and "
          "I expect an answer from Vilnius before the end of the year.")
    t6 = ("I agree with Andris. Three Baltic states together would of course "
          "be better than two.")
    t7 = "Thank you all."
    ak, km = "A. Kalniņš:", "K. Mägi:"
    pc = "joint press conference in Riga"
    basis = "the press conference's date (30 November 2026)"
    statements = [
        statement(d, "P01", "Andris Kalniņš", ak, day, quote=t1,
                  cameo="057", alts=["051", "030"], alternatives=["Latvia"],
                  targets=[("Estonia", "cooperative", True)],
                  about=["Estonia", "Latvia", "Russia"], channel=pc,
                  date_basis=basis),
        statement(d, "P02", "Kristjan Mägi", km, day, quote=t2,
                  cameo="051", alts=["057", "030"], alternatives=["Estonia"],
                  targets=[("Latvia", "cooperative", True)],
                  about=["Latvia", "Estonia", "Rail Baltica"], channel=pc,
                  date_basis=basis),
        statement(d, "P03", rmfa,
                  "the spokeswoman of the Russian Ministry of Foreign "
                  "Affairs said", "2026-11-26",
                  quote="building a new iron curtain",
                  evidence=["the spokeswoman of the Russian Ministry of "
                            "Foreign Affairs said on Thursday that the "
                            "Baltic states are \"building a new iron "
                            "curtain\" along their borders."],
                  cameo="111", alts=["010"], alternatives=["Russia"],
                  targets=[("Latvia", "conflictual", False),
                           ("Estonia", "conflictual", False),
                           ("Lithuania", "conflictual", False)],
                  about=["Latvia", "Estonia", "Lithuania"],
                  reported_via="LSM", embedded=True,
                  date_basis="'on Thursday' before Monday 30 November"),
        statement(d, "P04", "Andris Kalniņš", ak, day, quote=t3,
                  cameo="111", alts=["010"], alternatives=["Latvia"],
                  targets=[("Russia", "conflictual", True)],
                  about=["Russia", "Ukraine"], channel=pc,
                  responds_to=["P03"], after="What is your answer?",
                  date_basis=basis),
        statement(d, "P05", "Liis Kask", "Prime Minister Liis Kask told",
                  "2026-11-29",
                  para="Estonia would leave the joint air defence purchase "
                       "with Latvia if the price rose again",
                  evidence=["Prime Minister Liis Kask told ERR yesterday "
                            "that Estonia would leave the joint air defence "
                            "purchase if the price rose again."],
                  cameo="010", alts=["138"], alternatives=["Estonia"],
                  about=["Estonia", "Latvia"], reported_via="ERR",
                  embedded=True, date_basis="'yesterday'"),
        statement(d, "P06", "Kristjan Mägi", km, day, quote=t4,
                  cameo="010", alternatives=["Estonia"],
                  about=["Liis Kask", "Estonia"], channel=pc,
                  responds_to=["P05"], after="position of the government?",
                  date_basis=basis),
        statement(d, "P07", "Andris Kalniņš", ak, day, quote=t5,
                  cameo="010", alts=["030"], alternatives=["Latvia"],
                  targets=[("Lithuania", "cooperative", True)],
                  about=["Lithuania"], channel=pc,
                  after="Will Lithuania join", date_basis=basis),
        statement(d, "P08", "Kristjan Mägi", km, day, quote=t6,
                  cameo="010", alts=["030"], alternatives=["Estonia"],
                  targets=[("Lithuania", "cooperative", False)],
                  about=["Lithuania", "Andris Kalniņš"], channel=pc,
                  after="before the end of the year.", date_basis=basis),
        statement(d, "P09", "Andris Kalniņš", ak, day, quote=t7,
                  cameo="010", alternatives=["Latvia"], channel=pc,
                  optional=True, after="better than two.", date_basis=basis),
    ]
    statements[8]["speaker_mention"]["note"] = "a closing courtesy: optional"
    statements[2]["speaker_mention"]["note"] = (
        "the ministry's spokeswoman speaks for the ministry (Russia "
        "accepted)")
    relationships = [
        relationship("R01", "closest of allies", ["Latvia", "Estonia"],
                     False, ["Andris Kalniņš"], ["P01"],
                     ["closest allies", "allies", "ally"], date=day),
        relationship("R02", "neighbours", ["Latvia", "Estonia"], False,
                     ["Andris Kalniņš"], ["P01"], ["neighbors"],
                     optional=True, date=day),
    ]
    events = [
        event("E01", "joint press conference of Kalniņš and Mägi in Riga",
              day, ["Andris Kalniņš", "Kristjan Mägi"]),
        event("E02", "memorandum on joint procurement of air defence", day,
              ["Latvia", "Estonia"]),
        event("E03", "completion of Rail Baltica to the Latvian border",
              "2030", ["Estonia"], optional=True),
    ]
    timexes = [timex(d, "30.11.2026.", day),
               timex(d, "30 November 2026", day),
               timex(d, "today", day),
               timex(d, "by 2030", "2030"),
               timex(d, "on Thursday", "2026-11-26"),
               timex(d, "yesterday", "2026-11-29"),
               timex(d, "before the end of the year", "2026",
                     kind="interval")]
    write(d, day, "press conference (joint, transcript)", actors,
          statements, relationships, events, timexes)


def h48():
    d = Doc("h48_readout")
    day = "2026-11-26"
    actors = [
        actor(d, "A01", "Peter Kamau Mwangi", "person",
              ["Peter Kamau Mwangi", "Mwangi"], ["Peter Mwangi"],
              affiliations=[("Kenya", "Cabinet Secretary for Foreign and "
                             "Diaspora Affairs")]),
        actor(d, "A02", "Zuhura Salim Mbwana", "person",
              ["Zuhura Salim Mbwana", "Mbwana"], ["Zuhura Mbwana"],
              affiliations=[("Tanzania", "Minister for Foreign Affairs and "
                             "East African Cooperation")]),
        actor(d, "A03", "Kenya", "state", ["Republic of Kenya", "Kenya"]),
        actor(d, "A04", "Tanzania", "state",
              ["United Republic of Tanzania", "Tanzania"]),
        actor(d, "A05", "East African Community", "organization",
              ["East African Community", "EAC"]),
        actor(d, "A06", "Democratic Republic of Congo", "state",
              ["Democratic Republic of Congo", "DRC"],
              ["Democratic Republic of the Congo", "DR Congo"]),
        actor(d, "A07", "Grace Wanjiru Otieno", "person",
              ["Grace Wanjiru Otieno", "Otieno"], ["Grace Otieno"],
              affiliations=[("Kenya", "Principal Secretary for Foreign "
                             "Affairs")]),
        actor(d, "A08", "Ali Juma Nassoro", "person", ["Ali Juma Nassoro"],
              affiliations=[("Tanzania", "High Commissioner to Kenya")]),
        actor(d, "A09", "Ministry of Foreign and Diaspora Affairs (Kenya)",
              "organization",
              ["MINISTRY OF FOREIGN AND DIASPORA AFFAIRS",
               "Ministry of Foreign and Diaspora Affairs"],
              ["Ministry of Foreign and Diaspora Affairs"], optional=True,
              part_of="Kenya"),
        actor(d, "A10", "Nairobi", "place", ["Nairobi"], optional=True),
        actor(d, "A11", "Arusha", "place", ["Arusha"], optional=True),
        actor(d, "A12", "Namanga", "place", ["Namanga"], optional=True),
        actor(d, "A13", "Holili", "place", ["Holili"], optional=True),
        actor(d, "A14", "Mwanza", "place", ["Mwanza"], optional=True),
        actor(d, "A15", "Kigoma", "place", ["Kigoma"], optional=True),
        actor(d, "A16", "Old Treasury Building", "place",
              ["Old Treasury Building"], optional=True),
        actor(d, "A17", "Kenya-Tanzania Joint Commission for Cooperation",
              "organization",
              ["Kenya-Tanzania Joint Commission for Cooperation"],
              optional=True),
        actor(d, "A18", "Nairobi Process", "organization",
              ["Nairobi Process"], optional=True),
        actor(d, "A19", "IGAD", "organization", ["IGAD"],
              ["Intergovernmental Authority on Development"],
              optional=True),
        actor(d, "A20", "Brazil", "state", ["Brazil"], optional=True),
    ]
    other = ["Zuhura Salim Mbwana"]
    basis = "'today' of the page posted on 26th November 2026"
    talks = "bilateral talks in Nairobi"

    def st(sid, spk, mention, para, ev, cameo, alts, alternatives, targets,
           about, optional=False, joint=False, quote=None):
        s = statement(d, sid, spk, mention, day, para=para, quote=quote,
                      evidence=[ev] if ev else [], cameo=cameo, alts=alts,
                      alternatives=alternatives, targets=targets,
                      about=about, channel=talks, optional=optional,
                      attribution="joint" if joint else "explicit",
                      date_basis=basis)
        if joint:
            s["co_speakers"] = list(other)
        return s

    ke, tz = ["Kenya"], ["Tanzania"]
    both = other + ["Kenya", "Tanzania"]
    statements = [
        st("K01", "Peter Kamau Mwangi", "The Cabinet Secretary lauded",
           "Mwangi lauded the longstanding ties between Kenya and Tanzania",
           "The Cabinet Secretary lauded the longstanding ties between Kenya "
           "and Tanzania", "051", ["010"], ke,
           [("Tanzania", "cooperative", True)], ["Tanzania", "Kenya"]),
        st("K02", "Peter Kamau Mwangi", "The Cabinet Secretary lauded",
           "Tanzania remains Kenya's largest trading partner in the East "
           "African Community",
           "noted that Tanzania remains Kenya's largest trading partner in "
           "the East African Community", "010", ["051"], ke,
           [("Tanzania", "cooperative", False)],
           ["Tanzania", "Kenya", "East African Community"]),
        st("K03", "Peter Kamau Mwangi", "He called for",
           "Mwangi called for the speedy removal of the remaining non-tariff "
           "barriers at the Kenya-Tanzania border",
           "He called for the speedy removal of the remaining non-tariff "
           "barriers that continue to hold up trucks at the border", "020",
           ["010"], ke, [("Tanzania", "neutral", False)],
           ["Tanzania", "Kenya"]),
        st("K04", "Peter Kamau Mwangi", "said Dr. Mwangi", None, None,
           "051", ["010"], ke, [("Tanzania", "cooperative", True)],
           ["Tanzania", "Kenya"],
           quote="Kenya and Tanzania are bound by history, by family and by "
                 "the lake we share. Our task is to make the border as easy "
                 "to cross for goods as our people have always found it,"),
        st("K05", "Zuhura Salim Mbwana", "Hon. Mbwana said",
           "Tanzania was committed to a border regime that works for traders "
           "and not for paperwork",
           "Hon. Mbwana said Tanzania was committed to a border regime that "
           "works for traders and not for paperwork", "030", ["010"], tz,
           [("Kenya", "cooperative", False)], ["Tanzania", "Kenya"]),
        st("K06", "Zuhura Salim Mbwana", "Hon. Mbwana said",
           "Mbwana briefed Mwangi on the progress of the Standard Gauge "
           "Railway towards Mwanza and Kigoma",
           "briefed the Cabinet Secretary on the progress of the Standard "
           "Gauge Railway towards Mwanza and Kigoma", "010", [], tz, [],
           ["Tanzania", "Peter Kamau Mwangi", "Mwanza", "Kigoma"],
           optional=True),
        st("K07", "Peter Kamau Mwangi", "The two Ministers agreed",
           "the two ministers agreed to convene the Kenya-Tanzania Joint "
           "Commission for Cooperation in Arusha in the first quarter of "
           "2027",
           "The two Ministers agreed to convene the Kenya-Tanzania Joint "
           "Commission for Cooperation in Arusha in the first quarter of "
           "2027", "030", ["036"], both,
           [("Tanzania", "cooperative", False),
            ("Kenya", "cooperative", False)],
           ["Kenya", "Tanzania", "Arusha"], joint=True),
        st("K08", "Peter Kamau Mwangi", "The two Ministers agreed",
           "the two ministers expressed support for the EAC-led Nairobi "
           "Process on peace in eastern DRC",
           "expressed their support for the EAC-led Nairobi Process on peace "
           "in eastern DRC", "051", ["010"], both,
           [("East African Community", "cooperative", True)],
           ["East African Community", "Democratic Republic of Congo",
            "Kenya", "Tanzania"], joint=True),
    ]
    statements[3]["quote_marks"] = "curly"
    statements[2]["speaker_mention"]["note"] = (
        "'He' = Mwangi, 'The Cabinet Secretary' of the sentence before")
    statements[5]["speaker_mention"]["note"] = (
        "'briefed' as h44's 'informed … about': optional")
    relationships = [
        relationship("R01", "longstanding ties", ["Kenya", "Tanzania"],
                     False, ["Peter Kamau Mwangi"], ["K01"],
                     ["long-standing ties", "ties"], date=day),
        relationship("R02", "largest trading partner", ["Tanzania", "Kenya"],
                     False, ["Peter Kamau Mwangi"], ["K02"],
                     ["trading partner", "trading partners"],
                     optional=True, date=day),
    ]
    events = [
        event("E01", "Mwangi-Mbwana bilateral talks in Nairobi", day,
              ["Peter Kamau Mwangi", "Zuhura Salim Mbwana"]),
        event("E02", "session of the Kenya-Tanzania Joint Commission for "
              "Cooperation in Arusha", "2027", ["Kenya", "Tanzania"],
              optional=True),
    ]
    timexes = [timex(d, "26th November 2026", day),
               timex(d, "today", day),
               timex(d, "in the first quarter of 2027", "2027",
                     kind="interval")]
    write(d, day, "readout (foreign ministry news item)", actors,
          statements, relationships, events, timexes)


def h49():
    d = Doc("h49_joint")
    day = "2026-11-24"
    mon = "2026-11-23"
    cl_mfa = "Ministry of Foreign Affairs (Chile)"
    bo_mfa = "Ministry of Foreign Affairs (Bolivia)"
    actors = [
        actor(d, "A01", "Martín Echeverría Ríos", "person",
              ["Martín Echeverría Ríos", "Echeverría Ríos"],
              ["Martin Echeverria Rios"],
              affiliations=[("Argentina", "President")]),
        actor(d, "A02", "Catalina Soto Vidal", "person",
              ["Catalina Soto Vidal", "Soto Vidal"],
              affiliations=[("Chile", "President")]),
        actor(d, "A03", "Argentina", "state",
              ["Argentine Republic", "Argentina"]),
        actor(d, "A04", "Chile", "state",
              ["Republic of Chile", "Chile", "Santiago"],
              accept={"Santiago": ["Santiago"]}),
        actor(d, "A05", "Bolivia", "state", ["Bolivia", "La Paz"],
              ["Plurinational State of Bolivia"],
              accept={"La Paz": ["La Paz"]}),
        actor(d, "A06", cl_mfa, "organization",
              ["Chilean Ministry of Foreign Affairs"],
              ["Chilean Ministry of Foreign Affairs",
               "Chile's Ministry of Foreign Affairs"], part_of="Chile"),
        actor(d, "A07", bo_mfa, "organization", ["foreign ministry"],
              ["Bolivia's foreign ministry", "Bolivian foreign ministry"],
              part_of="Bolivia"),
        actor(d, "A08", "Tomás Aravena", "person", ["Tomás Aravena"],
              ["Tomas Aravena"],
              affiliations=[("Chile", "Foreign Minister")]),
        actor(d, "A09", "Ramiro Funes", "person", ["Ramiro Funes"],
              affiliations=[("Argentina", "opposition deputy")]),
        actor(d, "A10", "Inter-American Development Bank", "organization",
              ["Inter-American Development Bank"], ["IDB", "IADB"]),
        actor(d, "A11", "National Congress (Argentina)", "organization",
              ["Congress"], ["Argentine Congress", "National Congress"],
              optional=True, part_of="Argentina"),
        actor(d, "A12", "Antarctica", "place", ["Antarctica"],
              optional=True),
        actor(d, "A13", "Antarctic Treaty System", "organization",
              ["Antarctic Treaty System"], optional=True),
        actor(d, "A14", "Puna", "place", ["Puna"], optional=True),
        actor(d, "A15", "Agua Negra tunnel", "place", ["Agua Negra"],
              ["Agua Negra binational tunnel"], optional=True),
        actor(d, "A16", "Santiago", "place", ["Santiago"], optional=True,
              accept={"Santiago": ["Chile"]}),
        actor(d, "A17", "La Moneda", "place", ["La Moneda"], optional=True),
        actor(d, "A18", "Buenos Aires", "place", ["Buenos Aires"],
              optional=True),
        actor(d, "A19", "La Paz", "place", ["La Paz"], optional=True,
              accept={"La Paz": ["Bolivia"]}),
        actor(d, "A20", "Presidencia de Chile", "organization",
              ["Presidencia de Chile"], optional=True, part_of="Chile"),
        actor(d, "A21", "Cono Sur Press", "media", ["Cono Sur Press"],
              optional=True),
    ]
    paras = [
        "1. The President of the Republic of Chile, Catalina Soto Vidal, and "
        "the President of the Argentine Republic, Martín Echeverría Ríos, met "
        "in Santiago on 23 November 2026, in the framework of the Treaty of "
        "Maipú for Integration and Cooperation.",
        "2. The Presidents reaffirmed the strategic partnership between Chile "
        "and Argentina and the importance of the peaceful settlement of all "
        "differences between the two countries.",
        "3. They agreed to adopt, within twelve months, common environmental "
        "standards for the extraction of lithium in the shared salt flats of "
        "the Puna, including the protection of water resources and the "
        "participation of indigenous communities.",
        "4. The Presidents instructed their Ministers of Public Works to "
        "begin the construction of the Agua Negra binational tunnel in 2027 "
        "and to seek financing from the Inter-American Development Bank.",
        "5. Both Presidents expressed their commitment to cooperation in "
        "Antarctica and to the Antarctic Treaty System.",
        "6. President Echeverría Ríos thanked President Soto Vidal for her "
        "hospitality and invited her to make a state visit to Argentina in "
        "2027, which was accepted.",
    ]
    whole = "\n\n".join(paras)
    who = ["Argentina", "Catalina Soto Vidal", "Martín Echeverría Ríos"]
    basis = ("'on Monday' in the lede, 'on 23 November 2026' in the "
             "declaration and its closing 'Signed in Santiago, on 23 "
             "November 2026'")
    statements = [
        statement(d, "J00", "Chile",
                  "Argentine President Martín Echeverría Ríos and Chilean "
                  "President Catalina Soto Vidal signed", mon,
                  para="Argentina and Chile committed to common "
                       "environmental rules for lithium mining in their "
                       "shared salt flats and to starting work on the Agua "
                       "Negra tunnel in 2027",
                  evidence=["a joint declaration that commits both "
                            "governments to common environmental rules for "
                            "lithium mining in the salt flats they share and "
                            "to starting work on the Agua Negra tunnel in "
                            "2027"],
                  cameo="030", alts=["057", "010"], alternatives=who,
                  targets=[("Argentina", "cooperative", True),
                           ("Chile", "cooperative", True)],
                  about=["Argentina", "Chile"], same=["J01"],
                  attribution="joint", optional=True,
                  date_basis="'on Monday'; the lede's retelling of J01"),
        statement(d, "J01", "Chile",
                  "The following is the text of the declaration as released "
                  "by the Chilean Ministry of Foreign Affairs", mon,
                  quote=whole, cameo="030", alts=["057", "051", "010"],
                  alternatives=who,
                  targets=[("Argentina", "cooperative", True),
                           ("Chile", "cooperative", True)],
                  about=["Argentina", "Chile",
                         "Inter-American Development Bank", "Antarctica"],
                  channel="joint declaration", reported_via=cl_mfa,
                  same=["J00"], attribution="joint", date_basis=basis),
        statement(d, "J02", "Tomás Aravena", "Tomás Aravena, said", mon,
                  quote="does not touch a single existing contract",
                  para="the lithium chapter of the declaration does not "
                       "touch a single existing contract",
                  evidence=["Speaking to reporters at La Moneda after the "
                            "ceremony, Chile's Foreign Minister, Tomás "
                            "Aravena, said the lithium chapter \"does not "
                            "touch a single existing contract\"."],
                  cameo="010", alternatives=["Chile"],
                  about=["Chile", "Argentina"],
                  channel="remarks to reporters at La Moneda",
                  date_basis="'after the ceremony' of Monday"),
        statement(d, "J03", "Ramiro Funes", "he said", None,
                  after="In Buenos Aires", quote="in Santiago and for "
                                                 "Santiago",
                  para="the lithium standards had been written in Santiago "
                       "and for Santiago",
                  evidence=["The lithium standards had been written \"in "
                            "Santiago and for Santiago\", he said in a post "
                            "on social media"],
                  cameo="111", alts=["010"],
                  targets=[("Chile", "conflictual", False),
                           ("Argentina", "conflictual", False)],
                  about=["Chile", "Argentina"],
                  channel="post on social media",
                  date_basis="the text does not say when"),
        statement(d, "J04", "Ramiro Funes", "he said", None,
                  after="In Buenos Aires",
                  para="the Argentine Congress would have to approve the "
                       "lithium standards",
                  evidence=["and Congress would have to approve them."],
                  cameo="010", alts=["111"],
                  targets=[("Argentina", "neutral", False)],
                  about=["Argentina", "National Congress (Argentina)"],
                  channel="post on social media",
                  date_basis="the text does not say when"),
        statement(d, "J05", bo_mfa,
                  "A spokesman for Bolivia's foreign ministry said", None,
                  para="Bolivia had not been consulted on the lithium "
                       "standards and hoped to be invited to future talks "
                       "with Argentina and Chile",
                  evidence=["A spokesman for Bolivia's foreign ministry said "
                            "La Paz, which shares the lithium triangle with "
                            "both countries, had not been consulted and "
                            "hoped to be invited to future talks."],
                  cameo="111", alts=["010", "020"],
                  alternatives=["Bolivia"],
                  targets=[("Argentina", "conflictual", False),
                           ("Chile", "conflictual", False)],
                  about=["Argentina", "Chile", "Bolivia"],
                  date_basis="the text does not say when"),
    ]
    statements[0]["co_speakers"] = ["Argentina"]
    statements[1]["co_speakers"] = ["Argentina"]
    statements[1]["quote_marks"] = "none (document text)"
    statements[1]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    statements[3]["speaker_mention"]["note"] = (
        "'he' = Ramiro Funes, named in the sentence before")
    statements[4]["speaker_mention"]["note"] = (
        "the second clause reported by the same 'he said'")
    statements[5]["speaker_mention"]["note"] = (
        "a spokesman of a named ministry speaks for it (Bolivia accepted)")
    relationships = [
        relationship("R01", "strategic partnership", ["Chile", "Argentina"],
                     False, ["Chile", "Argentina"], ["J01"],
                     ["strategic partners", "strategic partner"], date=mon),
    ]
    events = [
        event("E01", "meeting of Soto Vidal and Echeverría Ríos in Santiago "
              "and signing of the joint declaration", mon,
              ["Catalina Soto Vidal", "Martín Echeverría Ríos"]),
        event("E02", "start of construction of the Agua Negra tunnel",
              "2027", ["Argentina", "Chile"], optional=True),
        event("E03", "state visit of Soto Vidal to Argentina", "2027",
              ["Catalina Soto Vidal", "Argentina"], optional=True),
    ]
    timexes = [timex(d, "Tuesday, November 24th 2026 - 08:12 UTC", day,
                     kind="datetime"),
               timex(d, "on Monday", mon),
               timex(d, "in 2027", "2027"),
               timex(d, "on 23 November 2026", mon),
               timex(d, "within twelve months", "P12M", kind="duration"),
               timex(d, "in 2027", "2027", after="Agua Negra binational"),
               timex(d, "in 2027", "2027", after="make a state visit"),
               timex(d, "on 23 November 2026", mon, after="Signed in")]
    write(d, day, "joint statement (news page)", actors, statements,
          relationships, events, timexes)


def h50():
    d = Doc("h50_report")
    day = "2026-11-19"
    wed = "2026-11-18"
    tue = "2026-11-17"
    pmo = "President's Office (Maldives)"
    fish = "Ministry of Fisheries (Sri Lanka)"
    actors = [
        actor(d, "A01", "Anura Wickramaratne", "person",
              ["Anura Wickramaratne", "Wickramaratne"],
              affiliations=[("Sri Lanka", "Foreign Minister")]),
        actor(d, "A02", "Ahmed Zahir Rasheed", "person",
              ["Ahmed Zahir Rasheed", "Rasheed"], ["Ahmed Rasheed"],
              affiliations=[("Maldives", "Foreign Minister")]),
        actor(d, "A03", "Sri Lanka", "state", ["Sri Lanka", "Colombo"],
              ["Democratic Socialist Republic of Sri Lanka"],
              accept={"Colombo": ["Colombo"]}),
        actor(d, "A04", "Maldives", "state", ["Maldives", "Male"],
              ["Republic of Maldives", "the Maldives"],
              accept={"Male": ["Male"]}),
        actor(d, "A05", pmo, "organization", ["President's Office"],
              ["Maldivian President's Office", "President's Office"],
              part_of="Maldives"),
        actor(d, "A06", fish, "organization", ["Ministry of Fisheries"],
              ["Sri Lanka's Ministry of Fisheries",
               "Sri Lankan fisheries ministry"], part_of="Sri Lanka"),
        actor(d, "A07", "Daily Mirror", "media", ["Daily Mirror"],
              ["Daily Mirror (Sri Lanka)"]),
        actor(d, "A08", "Herath Bandara", "person", ["Herath Bandara"]),
        actor(d, "A09", "Kavinda Jayasuriya", "person",
              ["Kavinda Jayasuriya"],
              affiliations=[("Sri Lanka", "opposition lawmaker")]),
        actor(d, "A10", "Maldives National Defence Force", "organization",
              ["Maldives National Defence Force"], ["MNDF"],
              part_of="Maldives"),
        actor(d, "A11", "Addu Atoll", "place", ["Addu Atoll"]),
        actor(d, "A12", "Negombo", "place", ["Negombo"], optional=True),
        actor(d, "A13", "Colombo", "place", ["Colombo"], optional=True,
              accept={"Colombo": ["Sri Lanka"]}),
        actor(d, "A14", "Male", "place", ["Male"], optional=True,
              accept={"Male": ["Maldives"]}),
        actor(d, "A15", "Parliament (Sri Lanka)", "organization",
              ["parliament"], ["Parliament of Sri Lanka", "Parliament"],
              optional=True, part_of="Sri Lanka"),
        actor(d, "A16", "Indian Ocean", "place", ["Indian Ocean"],
              optional=True),
        actor(d, "A17", "South Asia Wire", "media", ["South Asia Wire"],
              optional=True),
        actor(d, "A18", "India", "state", ["India"], optional=True),
        actor(d, "A19", "Jaffna", "place", ["Jaffna"], optional=True),
    ]
    nc = "news conference in Colombo"
    basis = "'on Thursday' (the dateline's day): the news conference " \
            "after the talks"
    q1 = ("Our fishermen are not criminals and the Maldives is not an "
          "adversary. We have agreed that officials from both sides will "
          "meet within a month, so that these cases are settled by "
          "diplomats and not by the courts,")
    q2 = ("Sri Lanka is one of our closest friends, but our laws on illegal "
          "fishing apply to every vessel, whatever flag it flies,")
    q3 = ("The minister has taken two weeks to do what he should have done "
          "in two days,")
    statements = [
        statement(d, "N01", "Anura Wickramaratne",
                  "Sri Lankan Foreign Minister Anura Wickramaratne said",
                  day,
                  para="Sri Lanka and the Maldives will set up a joint "
                       "working group to deal with fishing boats seized in "
                       "each other's waters",
                  evidence=["Sri Lanka and the Maldives will set up a joint "
                            "working group to deal with fishing boats seized "
                            "in each other's waters"],
                  cameo="030", alts=["036", "010"],
                  alternatives=["Sri Lanka"],
                  targets=[("Maldives", "cooperative", True)],
                  about=["Maldives", "Sri Lanka"], same=["N02"],
                  date_basis="'on Thursday'; the lede's retelling of N02"),
        statement(d, "N02", "Anura Wickramaratne", "Wickramaratne said",
                  day, quote=q1, cameo="030", alts=["036", "010"],
                  alternatives=["Sri Lanka"],
                  targets=[("Maldives", "cooperative", True)],
                  about=["Maldives", "Sri Lanka"], channel=nc, same=["N01"],
                  date_basis=basis),
        statement(d, "N03", "Ahmed Zahir Rasheed",
                  "Rasheed told the same news conference", day,
                  para="the Maldives would consider releasing the Sri "
                       "Lankan fishermen once the investigation into their "
                       "boats was completed",
                  evidence=["Rasheed told the same news conference that his "
                            "government would consider releasing the "
                            "fishermen, who have been held in Male since "
                            "Nov. 6, once the investigation into their boats "
                            "was completed."],
                  cameo="014", alts=["010", "030"],
                  alternatives=["Maldives"],
                  targets=[("Sri Lanka", "cooperative", False)],
                  about=["Sri Lanka", "Maldives"], channel=nc,
                  date_basis=basis),
        statement(d, "N04", "Ahmed Zahir Rasheed", "he said", day,
                  after=q2, quote=q2, cameo="010", alts=["051"],
                  alternatives=["Maldives"],
                  targets=[("Sri Lanka", "neutral", True)],
                  about=["Sri Lanka", "Maldives"], channel=nc,
                  date_basis=basis),
        statement(d, "N05", pmo, "The President's Office in Male said", wed,
                  quote="comprehensive partnership",
                  para="the Maldives and Sri Lanka shared a comprehensive "
                       "partnership and the detained Sri Lankan men were in "
                       "good health and had been allowed to call their "
                       "families",
                  evidence=["The President's Office in Male said in a "
                            "statement on Wednesday that the two countries "
                            "shared a \"comprehensive partnership\" and that "
                            "the detained men were in good health and had "
                            "been allowed to call their families."],
                  cameo="051", alts=["010"], alternatives=["Maldives"],
                  targets=[("Sri Lanka", "cooperative", True)],
                  about=["Sri Lanka", "Maldives"], channel="statement",
                  date_basis="'on Wednesday' before Thursday 19 November"),
        statement(d, "N06", fish, "according to Sri Lanka's Ministry of "
                  "Fisheries", None,
                  para="at least 40 Sri Lankan fishermen have been detained "
                       "in Maldivian waters since January",
                  evidence=["At least 40 Sri Lankan fishermen have been "
                            "detained in Maldivian waters since January, "
                            "according to Sri Lanka's Ministry of "
                            "Fisheries."],
                  cameo="010", alternatives=["Sri Lanka"],
                  about=["Maldives", "Sri Lanka"],
                  date_basis="the text does not say when"),
        statement(d, "N07", "Herath Bandara", "quoted Herath Bandara", None,
                  para="the boats had drifted into Maldivian waters after "
                       "their navigation equipment failed in a storm",
                  evidence=["The Daily Mirror newspaper quoted Herath "
                            "Bandara, head of a fishermen's cooperative in "
                            "Negombo, as saying that the boats had drifted "
                            "into Maldivian waters after their navigation "
                            "equipment failed in a storm."],
                  cameo="010", about=["Maldives", "Negombo"],
                  reported_via="Daily Mirror",
                  date_basis="the text does not say when"),
        statement(d, "N08", "Kavinda Jayasuriya",
                  "opposition lawmaker Kavinda Jayasuriya told", tue,
                  quote=q3, cameo="111", alts=["010"],
                  targets=[("Anura Wickramaratne", "conflictual", False)],
                  about=["Anura Wickramaratne", "Sri Lanka"],
                  channel="parliament",
                  date_basis="'on Tuesday' before Thursday 19 November"),
    ]
    actors[7]["notes"] = ("head of a fishermen's cooperative in Negombo, "
                          "an organisation the text does not name: no "
                          "affiliation")
    statements[3]["speaker_mention"]["note"] = (
        "'he' = Rasheed, the subject of the paragraph before")
    statements[4]["speaker_mention"]["note"] = (
        "one verb with two 'that' clauses: one statement (as h32)")
    statements[6]["speaker_mention"]["note"] = (
        "the cooperative's head, relayed by the newspaper")
    statements[7]["speaker_mention"]["note"] = (
        "'the minister' = Wickramaratne")
    relationships = [
        relationship("R01", "comprehensive partnership",
                     ["Maldives", "Sri Lanka"], False, [pmo], ["N05"],
                     ["partnership", "comprehensive partners"], date=wed),
        relationship("R02", "closest friends", ["Sri Lanka", "Maldives"],
                     False, ["Ahmed Zahir Rasheed"], ["N04"],
                     ["closest friend", "friends", "friend"], date=day),
        relationship("R03", "neighbours", ["Sri Lanka", "Maldives"], False,
                     ["narrator"], [], ["neighbors", "neighbour"],
                     optional=True, date=day),
        relationship("R04", "adversary", ["Sri Lanka", "Maldives"], False,
                     ["Anura Wickramaratne"], ["N02"], ["adversaries"],
                     optional=True, date=day),
    ]
    relationships[3]["polarity"] = "negative"
    events = [
        event("E01", "Wickramaratne-Rasheed talks and news conference in "
              "Colombo", day, ["Anura Wickramaratne", "Ahmed Zahir Rasheed"]),
        event("E02", "arrest of 14 Sri Lankan fishermen near Addu Atoll",
              "2026-11-06", ["Maldives National Defence Force",
                             "Sri Lanka"]),
        event("E03", "first meeting of the joint working group", "2026-12",
              ["Sri Lanka", "Maldives"], optional=True),
        event("E04", "Rasheed's arrival in Colombo", wed,
              ["Ahmed Zahir Rasheed"], optional=True),
    ]
    timexes = [timex(d, "November 19, 2026 3:42 PM GMT+5:30", day,
                     kind="datetime"),
               timex(d, "Nov 19", day),
               timex(d, "on Thursday", day),
               timex(d, "this month", "2026-11"),
               timex(d, "on Wednesday", wed),
               timex(d, "within a month", "P1M", kind="duration"),
               timex(d, "since Nov. 6", "2026-11-06", kind="interval"),
               timex(d, "on Wednesday", wed, after="President's Office"),
               timex(d, "on Nov. 6", "2026-11-06"),
               timex(d, "since January", "2026-01", kind="interval"),
               timex(d, "two weeks", "P2W", kind="duration"),
               timex(d, "on Tuesday", tue),
               timex(d, "last year", "2025"),
               timex(d, "in October", "2026-10"),
               timex(d, "in December", "2026-12")]
def h54():
    d = Doc("h54_report")
    day = "2026-10-19"
    sun = "2026-10-18"
    mofa = "Ministry of Foreign Affairs (Iraq)"
    krg = "Kurdistan Regional Government"
    actors = [
        actor(d, "A01", "Levent Yücel", "person", ["Levent Yücel", "Yücel"],
              ["Levent Yucel"],
              affiliations=[("Türkiye", "Foreign Minister")]),
        actor(d, "A02", "Ammar al-Saadi", "person",
              ["Ammar al-Saadi", "al-Saadi", "Al-Saadi"], ["Saadi"],
              affiliations=[("Iraq", "Foreign Minister")]),
        actor(d, "A03", "Türkiye", "state", ["Türkiye", "Ankara"],
              ["Turkey", "Turkiye", "Republic of Türkiye"],
              accept={"Ankara": ["Ankara"]}),
        actor(d, "A04", "Iraq", "state", ["Iraq", "Baghdad"],
              ["Republic of Iraq"], accept={"Baghdad": ["Baghdad"]}),
        actor(d, "A05", "PKK", "group", ["PKK"],
              ["Kurdistan Workers' Party"]),
        actor(d, "A06", "Iraqi News Agency", "media",
              ["Iraqi News Agency", "INA"], ["INA"]),
        actor(d, "A07", mofa, "organization", ["Iraqi Foreign Ministry"],
              ["Iraqi Foreign Ministry", "Iraqi Ministry of Foreign Affairs"],
              part_of="Iraq"),
        actor(d, "A08", "TRT Haber", "media", ["TRT Haber"]),
        actor(d, "A09", "Karwan Rashid", "person", ["Karwan Rashid"],
              affiliations=[(krg, "spokesman")]),
        actor(d, "A10", krg, "organization",
              ["Kurdistan Regional Government", "KRG"], ["KRG"],
              part_of="Iraq"),
        actor(d, "A11", "Tigris", "place", ["Tigris"], optional=True),
        actor(d, "A12", "Euphrates", "place", ["Euphrates"], optional=True),
        actor(d, "A13", "Development Road", "place", ["Development Road"],
              ["Development Road project"], optional=True),
        actor(d, "A14", "Grand Faw port", "place", ["Grand Faw"],
              ["Grand Faw port", "Grand Faw Port"], optional=True),
        actor(d, "A15", "United States", "state", ["US"], ["USA"],
              optional=True),
        actor(d, "A16", "European Union", "organization", ["EU"],
              optional=True),
        actor(d, "A17", "Erbil", "place", ["Erbil"], optional=True,
              accept={"Erbil": [krg]}),
        actor(d, "A18", "Ankara", "place", ["Ankara"], optional=True,
              accept={"Ankara": ["Türkiye"]}),
        actor(d, "A19", "Baghdad", "place", ["Baghdad"], optional=True,
              accept={"Baghdad": ["Iraq"]}),
        actor(d, "A20", "Anadolu", "media", ["Anadolu Ajansı", "AA"],
              ["Anadolu Agency", "Anadolu Ajansi"], optional=True),
        actor(d, "A21", "High-Level Strategic Cooperation Council",
              "organization", ["High-Level Strategic Cooperation Council"],
              optional=True),
    ]
    nc = "joint news conference in Ankara"
    basis = "'on Monday' (the page's day): the joint news conference"
    statements = [
        statement(d, "N01", "Levent Yücel",
                  "Turkish Foreign Minister Levent Yücel said", day,
                  para="Türkiye and Iraq have agreed to set up a permanent "
                       "joint commission to manage the waters of the Tigris "
                       "and Euphrates rivers",
                  evidence=["Türkiye and Iraq have agreed to set up a "
                            "permanent joint commission to manage the waters "
                            "of the Tigris and Euphrates rivers"],
                  cameo="030", alts=["057", "010"], alternatives=["Türkiye"],
                  targets=[("Iraq", "cooperative", True)],
                  about=["Iraq", "Türkiye", "Tigris", "Euphrates"],
                  same=["N03"],
                  date_basis="'on Monday'; the lede's retelling of N03"),
        statement(d, "N02", "Levent Yücel", "Yücel said the commission", day,
                  para="the commission of Türkiye and Iraq would bring "
                       "together technical experts from both countries and "
                       "meet at least four times a year",
                  evidence=["Yücel said the commission would bring together "
                            "technical experts from both countries and meet "
                            "at least four times a year."],
                  cameo="010", alts=["030"], alternatives=["Türkiye"],
                  about=["Iraq", "Türkiye"], channel=nc, date_basis=basis),
        statement(d, "N03", "Levent Yücel", "he said", day,
                  after="We have agreed to establish",
                  quote="We have agreed to establish a permanent commission "
                        "on water. Water must be a reason for cooperation "
                        "between Türkiye and Iraq, not a reason for dispute,",
                  cameo="030", alts=["057", "010"], alternatives=["Türkiye"],
                  targets=[("Iraq", "cooperative", True)],
                  about=["Iraq", "Türkiye"], channel=nc, same=["N01"],
                  date_basis=basis),
        statement(d, "N04", "Levent Yücel", "Yücel said Türkiye", day,
                  quote="in a fair and predictable manner",
                  para="Türkiye would continue to release water from its "
                       "dams to Iraq in a fair and predictable manner during "
                       "the dry months",
                  evidence=["Yücel said Türkiye would continue to release "
                            "water from its dams “in a fair and predictable "
                            "manner” during the dry months"],
                  cameo="057", alts=["030", "010"], alternatives=["Türkiye"],
                  targets=[("Iraq", "cooperative", False)],
                  about=["Iraq", "Türkiye"], channel=nc, date_basis=basis),
        statement(d, "N05", "Levent Yücel", "adding that", day,
                  para="Türkiye and Iraq would also share data from river "
                       "monitoring stations",
                  evidence=["adding that the two sides would also share data "
                            "from river monitoring stations."],
                  cameo="030", alts=["010"], alternatives=["Türkiye"],
                  targets=[("Iraq", "cooperative", False)],
                  about=["Iraq", "Türkiye"], channel=nc, date_basis=basis),
        statement(d, "N06", "Levent Yücel", "the Turkish minister called on",
                  day, quote="concrete steps",
                  para="Baghdad should take concrete steps against the PKK "
                       "in northern Iraq",
                  evidence=["the Turkish minister called on Baghdad to take "
                            "“concrete steps” against the PKK terror group in "
                            "northern Iraq."],
                  cameo="020", alts=["010"], alternatives=["Türkiye"],
                  targets=[("Iraq", "neutral", True),
                           ("PKK", "conflictual", True)],
                  about=["Iraq", "PKK"], channel=nc, date_basis=basis),
        statement(d, "N07", "Levent Yücel", "Yücel said",
                  day, after="The presence of the PKK",
                  quote="The presence of the PKK on Iraqi soil threatens not "
                        "only Türkiye but also Iraq’s own sovereignty,",
                  cameo="112", alts=["111", "010"], alternatives=["Türkiye"],
                  targets=[("PKK", "conflictual", True)],
                  about=["PKK", "Iraq", "Türkiye"], channel=nc,
                  date_basis=basis),
        statement(d, "N08", "Ammar al-Saadi", "al-Saadi said Iraq", day,
                  quote="the backbone of our economic future.",
                  para="Iraq valued its strategic partnership with Türkiye "
                       "and regarded the Development Road project as the "
                       "backbone of its economic future",
                  evidence=["al-Saadi said Iraq valued its strategic "
                            "partnership with Türkiye and regarded the "
                            "Development Road project as “the backbone of our "
                            "economic future.”"],
                  cameo="051", alts=["010"], alternatives=["Iraq"],
                  targets=[("Türkiye", "cooperative", True)],
                  about=["Türkiye", "Iraq", "Development Road"], channel=nc,
                  date_basis=basis),
        statement(d, "N09", "Ammar al-Saadi", "al-Saadi said", day,
                  after="Our relations with Türkiye",
                  quote="Our relations with Türkiye rest on geography, on "
                        "history and on common interests, and we want them "
                        "to grow in every field,",
                  cameo="051", alts=["010"], alternatives=["Iraq"],
                  targets=[("Türkiye", "cooperative", True)],
                  about=["Türkiye"], channel=nc, date_basis=basis),
        statement(d, "N10", "Ammar al-Saadi", "quoted al-Saadi as saying",
                  day,
                  para="Baghdad would not allow its territory to be used as "
                       "a base for attacks against neighboring countries",
                  evidence=["The Iraqi News Agency (INA) later quoted "
                            "al-Saadi as saying that Baghdad would not allow "
                            "its territory to be used as a base for attacks "
                            "against neighboring countries."],
                  cameo="010", alts=["057"], alternatives=["Iraq"],
                  targets=[("Türkiye", "cooperative", False)],
                  about=["Iraq", "Türkiye", "PKK"],
                  reported_via="Iraqi News Agency",
                  date_basis="'later' the day of the news conference "
                             "(Monday)"),
        statement(d, "N11", "Levent Yücel", "the two ministers also agreed",
                  day,
                  para="the two ministers agreed to hold the next meeting of "
                       "the High-Level Strategic Cooperation Council of "
                       "Türkiye and Iraq in Baghdad early next year",
                  evidence=["According to a statement from the Iraqi Foreign "
                            "Ministry, the two ministers also agreed to hold "
                            "the next meeting of the High-Level Strategic "
                            "Cooperation Council in Baghdad early next year."],
                  cameo="036", alts=["030", "010"],
                  alternatives=["Ammar al-Saadi", mofa, "Türkiye", "Iraq"],
                  targets=[("Iraq", "cooperative", False),
                           ("Türkiye", "cooperative", False)],
                  about=["Iraq", "Türkiye"], reported_via=mofa,
                  channel="statement", attribution="joint",
                  date_basis="the talks on Monday; the ministry's statement"),
        statement(d, "N12", "Levent Yücel", "Yücel had told", sun,
                  quote="the most urgent file",
                  para="water was the most urgent file on the agenda of "
                       "al-Saadi's visit to Türkiye",
                  evidence=["Yücel had told broadcaster TRT Haber on Sunday "
                            "that water was “the most urgent file” on the "
                            "agenda of the visit."],
                  cameo="010", alternatives=["Türkiye"],
                  about=["Iraq", "Ammar al-Saadi"], reported_via="TRT Haber",
                  channel="interview with TRT Haber",
                  date_basis="'on Sunday' before Monday 19 October"),
        statement(d, "N13", "Karwan Rashid", "Karwan Rashid", None,
                  para="the Kurdistan Regional Government welcomed the "
                       "agreement between Türkiye and Iraq and hoped to be "
                       "represented on the new water commission",
                  evidence=["Karwan Rashid, the spokesman for the Kurdistan "
                            "Regional Government (KRG), said in a statement "
                            "that the regional government welcomed the "
                            "agreement and hoped to be represented on the new "
                            "commission."],
                  cameo="051", alts=["010"], alternatives=[krg],
                  targets=[("Türkiye", "cooperative", False),
                           ("Iraq", "cooperative", False)],
                  about=["Türkiye", "Iraq", krg], channel="statement",
                  date_basis="the text does not say when"),
    ]
    for i in (2, 3, 5, 6, 7, 8, 11):
        statements[i]["quote_marks"] = "curly"
    statements[10]["co_speakers"] = ["Ammar al-Saadi"]
    statements[2]["speaker_mention"]["note"] = "'he' = Yücel"
    statements[5]["speaker_mention"]["note"] = (
        "'the Turkish minister' = Yücel")
    statements[12]["speaker_mention"]["note"] = (
        "a person named in apposition to the KRG's spokesman is the speaker "
        "(the KRG accepted)")
    relationships = [
        relationship("R01", "strategic partnership", ["Iraq", "Türkiye"],
                     False, ["Ammar al-Saadi"], ["N08"],
                     ["strategic partner", "strategic partners"], date=day),
    ]
    events = [
        event("E01", "Yücel-al-Saadi talks and joint news conference in "
              "Ankara", day, ["Levent Yücel", "Ammar al-Saadi"]),
        event("E02", "meeting of the High-Level Strategic Cooperation "
              "Council in Baghdad", "2027", ["Türkiye", "Iraq"],
              optional=True),
        event("E03", "al-Saadi received by the Turkish president",
              "2026-10-20", ["Ammar al-Saadi", "Türkiye"], optional=True),
    ]
    timexes = [timex(d, "19.10.2026", day),
               timex(d, "on Monday", day),
               timex(d, "four times a year", "P3M", kind="set"),
               timex(d, "later", day, after="(INA)"),
               timex(d, "early next year", "2027"),
               timex(d, "on Sunday", sun),
               timex(d, "on Sunday", sun, after="who arrived in Ankara"),
               timex(d, "on Tuesday", "2026-10-20")]
    write(d, day, "news report (wire)", actors, statements, relationships,
          events, timexes)


def h51():
    d = Doc("h51_briefing")
    day = "2026-11-24"
    mon = "2026-11-23"
    ec_mfa = "Ministry of Foreign Affairs (Ecuador)"
    actors = [
        actor(d, "A01", "Tobias Greer", "person", ["Tobias Greer", "Tobias"],
              ["MR GREER", "Mr Greer", "Greer"],
              affiliations=[("Department of State",
                             "Principal Deputy Spokesperson")]),
        actor(d, "A02", "United States", "state",
              ["United States", "Washington"], ["US", "USA", "U.S."]),
        actor(d, "A03", "Serbia", "state", ["Serbia", "Belgrade"],
              ["Republic of Serbia"], accept={"Belgrade": ["Belgrade"]}),
        actor(d, "A04", "Kosovo", "state", ["Kosovo", "Pristina"],
              ["Republic of Kosovo"], accept={"Pristina": ["Pristina"]}),
        actor(d, "A05", "Dragan Milosavljević", "person",
              ["Dragan Milosavljević"], ["Dragan Milosavljevic"],
              affiliations=[("Serbia", "President")]),
        actor(d, "A06", "Arta Hoxhaj", "person", ["Arta Hoxhaj"],
              affiliations=[("Kosovo", "Prime Minister")]),
        actor(d, "A07", "Ecuador", "state", ["Ecuador", "Quito"],
              ["Republic of Ecuador"], accept={"Quito": ["Quito"]}),
        actor(d, "A08", "Esteban Carrasco", "person", ["Esteban Carrasco"],
              affiliations=[("Ecuador", "President")]),
        actor(d, "A09", "Valeria Endara", "person", ["Valeria Endara"],
              affiliations=[("Ecuador", "Foreign Minister")]),
        actor(d, "A10", ec_mfa, "organization", ["foreign ministry"],
              ["Ecuador's foreign ministry", "Ecuadorian foreign ministry",
               "Ministry of Foreign Affairs and Human Mobility"],
              part_of="Ecuador"),
        actor(d, "A11", "Department of State", "organization",
              ["U.S. Department of State"],
              ["State Department", "US Department of State"],
              optional=True, part_of="United States"),
        actor(d, "A12", "Nolan", "person", ["Nolan"], optional=True,
              affiliations=[("Department of State",
                             "Deputy Assistant Secretary")]),
        actor(d, "A13", "European Union", "organization", ["EU"],
              optional=True),
        actor(d, "A14", "Brussels", "place", ["Brussels"], optional=True),
        actor(d, "A15", "Pristina", "place", ["Pristina"], optional=True,
              accept={"Pristina": ["Kosovo"]}),
        actor(d, "A16", "Belgrade", "place", ["Belgrade"], optional=True,
              accept={"Belgrade": ["Serbia"]}),
        actor(d, "A17", "Pacific", "place", ["Pacific"], optional=True),
    ]
    t1 = ["Good afternoon, everyone. Just one thing at the top and then "
          "I'll take your questions. The United States welcomes yesterday's "
          "agreement in Brussels between Serbia and Kosovo on the supply of "
          "electricity to the four northern municipalities. We commend the "
          "chief negotiators for the hard work that went into it, and we "
          "urge both parties to implement it without delay. We will continue "
          "to support the EU-facilitated Dialogue as the only path to the "
          "full normalization of relations between Belgrade and Pristina.",
          "With that, I'm happy to go to your questions."]
    t2 = ("Look, I'm not going to characterize the President's remarks. "
          "What matters to us is what the parties do, and what they agreed "
          "to do yesterday is to keep the lights on for people in the north, "
          "regardless of their ethnicity. That's a practical step, and we "
          "expect both sides to honor it.")
    t3 = ("We've been very clear with both governments that implementation "
          "has lagged, and Deputy Assistant Secretary Nolan will carry that "
          "message when he travels to Belgrade and Pristina next week. I "
          "don't want to get ahead of those conversations.")
    t4 = ("Ecuador is a close partner of the United States in the fight "
          "against transnational criminal organizations, and we have a long "
          "history of security cooperation with the Ecuadorian government. "
          "I'm not going to get into the details of our diplomatic "
          "conversations, but we will look at any request that comes from "
          "Quito.")
    t5 = "I don't have any meetings to announce today."
    t6 = ("I'd refer you to the Government of Ecuador for their timeline. "
          "From our side, we want an agreement that works, and we're going "
          "to take the time to get it right.")
    t7 = "Thanks, everybody."
    lab = "MR GREER:"
    ch = "press briefing"
    basis = "the briefing's date"
    us = ["United States"]
    statements = [
        statement(d, "B01", "Tobias Greer", lab, day,
                  quote="\n\n".join(t1), cameo="051", alts=["010", "020"],
                  alternatives=us,
                  targets=[("Serbia", "cooperative", True),
                           ("Kosovo", "cooperative", True)],
                  about=["Serbia", "Kosovo", "European Union"], channel=ch,
                  date_basis=basis),
        statement(d, "B02", "Dragan Milosavljević",
                  "President Dragan Milosavljević said", mon,
                  quote="recognizes nothing",
                  para="the Brussels deal recognizes nothing and Serbia "
                       "will never accept Kosovo's independence",
                  evidence=["President Dragan Milosavljević said last night "
                            "on Serbian television that the deal "
                            "\"recognizes nothing\" and that Belgrade will "
                            "never accept Kosovo's independence."],
                  cameo="111", alts=["010", "013"], alternatives=["Serbia"],
                  targets=[("Kosovo", "conflictual", True)],
                  about=["Kosovo", "Serbia"], channel="Serbian television",
                  embedded=True,
                  date_basis="'last night' before Tuesday 24 November"),
        statement(d, "B03", "Tobias Greer", lab, day, quote=t2,
                  cameo="010", alts=["011"], alternatives=us,
                  targets=[("Serbia", "neutral", False),
                           ("Kosovo", "neutral", False)],
                  about=["Dragan Milosavljević", "Serbia", "Kosovo"],
                  channel=ch, responds_to=["B02"],
                  after="consistent with what was agreed",
                  date_basis=basis),
        statement(d, "B04", "Arta Hoxhaj",
                  "Prime Minister Arta Hoxhaj told reporters", day,
                  para="Serbia has broken every agreement it signed with "
                       "Kosovo since 2013",
                  evidence=["Prime Minister Arta Hoxhaj told reporters in "
                            "Pristina this morning that Serbia has broken "
                            "every agreement it signed since 2013."],
                  cameo="112", alts=["111"], alternatives=["Kosovo"],
                  targets=[("Serbia", "conflictual", True)],
                  about=["Serbia", "Kosovo"],
                  channel="remarks to reporters in Pristina", embedded=True,
                  date_basis="'this morning' of the briefing's day"),
        statement(d, "B05", "Tobias Greer", lab, day, quote=t3,
                  cameo="010", alts=["020"], alternatives=us,
                  targets=[("Serbia", "neutral", False),
                           ("Kosovo", "neutral", False)],
                  about=["Serbia", "Kosovo", "Nolan"], channel=ch,
                  responds_to=["B04"], after="share that concern?",
                  date_basis=basis),
        statement(d, "B06", "Esteban Carrasco",
                  "President Esteban Carrasco said", "2026-11",
                  para="Ecuador had asked the United States for help with "
                       "radar coverage along the Pacific coast",
                  evidence=["President Esteban Carrasco said over the "
                            "weekend that he had asked Washington for help "
                            "with radar coverage along the Pacific coast."],
                  cameo="020", alts=["010"], alternatives=["Ecuador"],
                  targets=[("United States", "cooperative", True)],
                  about=["United States", "Ecuador"], embedded=True,
                  date_basis="'over the weekend' (21-22 November): the "
                             "month"),
        statement(d, "B07", "Tobias Greer", lab, day, quote=t4,
                  cameo="051", alts=["010", "030"], alternatives=us,
                  targets=[("Ecuador", "cooperative", True)],
                  about=["Ecuador"], channel=ch, responds_to=["B06"],
                  after="will you provide the help?", date_basis=basis),
        statement(d, "B08", "Tobias Greer", lab, day, quote=t5,
                  cameo="011", alts=["010"], alternatives=us,
                  about=["Valeria Endara"], channel=ch,
                  after="in Washington next month?", date_basis=basis),
        statement(d, "B09", ec_mfa, "Ecuador's foreign ministry said", mon,
                  quote="before the end of the first quarter.",
                  para="Ecuador wanted a new bilateral security agreement "
                       "with the United States signed before the end of the "
                       "first quarter",
                  evidence=["Ecuador's foreign ministry said yesterday it "
                            "wanted a new bilateral security agreement signed "
                            "\"before the end of the first quarter.\""],
                  cameo="020", alts=["010", "036"],
                  alternatives=["Ecuador"],
                  targets=[("United States", "cooperative", False)],
                  about=["United States", "Ecuador"], embedded=True,
                  date_basis="'yesterday' of the briefing's day"),
        statement(d, "B10", "Tobias Greer", lab, day, quote=t6,
                  cameo="010", alts=["011"], alternatives=us,
                  targets=[("Ecuador", "neutral", True)],
                  about=["Ecuador"], channel=ch, responds_to=["B09"],
                  after="Is that timeline realistic?", date_basis=basis),
        statement(d, "B11", "Tobias Greer", lab, day, quote=t7,
                  cameo="010", alternatives=us, channel=ch, optional=True,
                  after="QUESTION: Thank you.", date_basis=basis),
    ]
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in t1]
    statements[1]["speaker_mention"]["note"] = (
        "inside a question with no outlet named: reported_via null")
    statements[8]["speaker_mention"]["note"] = (
        "the ministry of a named state speaks for it (Ecuador accepted)")
    statements[10]["speaker_mention"]["note"] = (
        "a closing courtesy: optional")
    relationships = [
        relationship("R01", "close partner", ["Ecuador", "United States"],
                     False, ["Tobias Greer"], ["B07"],
                     ["partner", "partners", "close partners"], date=day),
        relationship("R02", "security cooperation",
                     ["United States", "Ecuador"], False, ["Tobias Greer"],
                     ["B07"], ["cooperation"], optional=True, date=day),
        relationship("R03", "normalization of relations",
                     ["Serbia", "Kosovo"], False, ["Tobias Greer"], ["B01"],
                     ["relations", "normalization"], optional=True,
                     date=day),
    ]
    events = [
        event("E01", "Serbia-Kosovo agreement on electricity supply in "
              "Brussels", mon, ["Serbia", "Kosovo"]),
        event("E02", "Department press briefing", day, ["Tobias Greer"]),
        event("E03", "travel of Deputy Assistant Secretary Nolan to "
              "Belgrade and Pristina", None, ["Nolan", "Serbia",
                                                  "Kosovo"],
              optional=True),
        event("E04", "visit of Valeria Endara to Washington", "2026-12",
              ["Valeria Endara", "United States"], optional=True),
    ]
    timexes = [timex(d, "November 24, 2026", day),
               timex(d, "November 24, 2026", day, after="Washington, DC"),
               timex(d, "yesterday's", mon),
               timex(d, "last night", mon),
               timex(d, "yesterday", mon, after="what they agreed"),
               timex(d, "this morning", day),
               timex(d, "since 2013", "2013", kind="interval"),
               timex(d, "next week", "2026-11-30/2026-12-06",
                     kind="interval"),
               timex(d, "over the weekend", "2026-11"),
               timex(d, "next month", "2026-12"),
               timex(d, "today", day, after="any meetings to announce"),
               timex(d, "yesterday", mon, after="Ecuador's foreign ministry"),
               timex(d, "before the end of the first quarter", "2027",
                     kind="interval")]
    write(d, day, "press briefing (Q&A transcript)", actors, statements,
          relationships, events, timexes)


def h52():
    d = Doc("h52_readout")
    day = "2026-11-12"
    actors = [
        actor(d, "A01", "Hiroshi Tsukada", "person",
              ["TSUKADA Hiroshi", "Tsukada"], ["Tsukada Hiroshi"],
              affiliations=[("Japan", "Minister for Foreign Affairs")]),
        actor(d, "A02", "Zulkifli bin Hamzah", "person",
              ["Zulkifli bin Hamzah", "Zulkifli"],
              ["Dato' Seri Zulkifli bin Hamzah"],
              affiliations=[("Malaysia", "Minister of Foreign Affairs")]),
        actor(d, "A03", "Japan", "state", ["Japan"]),
        actor(d, "A04", "Malaysia", "state", ["Malaysia"]),
        actor(d, "A05", "ASEAN", "organization", ["ASEAN"],
              ["Association of Southeast Asian Nations"]),
        actor(d, "A06", "South China Sea", "place", ["South China Sea"]),
        actor(d, "A07", "Myanmar", "state", ["Myanmar"]),
        actor(d, "A08", "North Korea", "state", ["North Korea"],
              ["Democratic People's Republic of Korea", "DPRK"]),
        actor(d, "A09", "Ministry of Foreign Affairs (Japan)",
              "organization", ["Ministry of Foreign Affairs of Japan"],
              ["Ministry of Foreign Affairs of Japan", "MOFA"],
              optional=True, part_of="Japan"),
        actor(d, "A10", "Indo-Pacific", "place", ["Indo-Pacific"],
              optional=True),
        actor(d, "A11", "UNCLOS", "organization", ["UNCLOS"],
              ["United Nations Convention on the Law of the Sea"],
              optional=True),
        actor(d, "A12", "United Nations", "organization",
              ["United Nations"], ["UN"], optional=True),
        actor(d, "A13", "Viet Nam", "state", ["Viet Nam"], ["Vietnam"],
              optional=True),
    ]
    ts, zb = "Hiroshi Tsukada", "Zulkifli bin Hamzah"
    jp, my = ["Japan"], ["Malaysia"]
    mtg = "Japan-Malaysia Foreign Ministers' Meeting in Tokyo"
    basis = "'On November 12' of the press release of 12 November 2026"

    def st(sid, spk, mention, para, ev, cameo, alts, alternatives, targets,
           about, after, optional=False, joint=False):
        s = statement(d, sid, spk, mention, day, para=para, evidence=[ev],
                      cameo=cameo, alts=alts, alternatives=alternatives,
                      targets=targets, about=about, channel=mtg,
                      optional=optional, after=after,
                      attribution="joint" if joint else "explicit",
                      date_basis=basis)
        if joint:
            s["co_speakers"] = [zb]
        return s

    both = [zb, "Japan", "Malaysia"]
    s1, s2, s4 = "1. At the outset", "2. Minister Tsukada", "4. The two"
    statements = [
        st("M01", ts, "Minister Tsukada welcomed",
           "Tsukada welcomed Zulkifli's first visit to Japan since his "
           "appointment",
           "Minister Tsukada welcomed Minister Zulkifli's first visit to "
           "Japan since his appointment", "042", ["051"], jp,
           [("Malaysia", "cooperative", True)], ["Zulkifli bin Hamzah"],
           s1, optional=True),
        st("M02", ts, "Minister Tsukada welcomed",
           "Japan attaches great importance to Malaysia as a Comprehensive "
           "Strategic Partner",
           "stated that Japan attaches great importance to Malaysia as a "
           "Comprehensive Strategic Partner", "051", ["010"], jp,
           [("Malaysia", "cooperative", True)], ["Malaysia", "Japan"], s1),
        st("M03", zb, "Minister Zulkifli expressed",
           "Zulkifli expressed his gratitude for the warm hospitality",
           "Minister Zulkifli expressed his gratitude for the warm "
           "hospitality", "051", ["010"], my,
           [("Japan", "cooperative", True)], ["Japan"], s1, optional=True),
        st("M04", zb, "Minister Zulkifli expressed",
           "Malaysia would like to further deepen its relations with Japan",
           "stated that Malaysia would like to further deepen its relations "
           "with Japan", "030", ["051", "010"], my,
           [("Japan", "cooperative", True)], ["Japan", "Malaysia"], s1),
        st("M05", ts, "Minister Tsukada stated",
           "Japan would like to strengthen cooperation with Malaysia in "
           "energy transition, semiconductors and critical minerals",
           "Minister Tsukada stated that Japan would like to strengthen "
           "cooperation in the areas of energy transition, semiconductors "
           "and critical minerals", "030", ["010"], jp,
           [("Malaysia", "cooperative", False)], ["Malaysia", "Japan"], s2),
        st("M06", ts, "Minister Tsukada stated",
           "Tsukada expressed his expectation for the early conclusion of "
           "the negotiations on the Japan-Malaysia security assistance "
           "agreement",
           "expressed his expectation for the early conclusion of the "
           "negotiations on the Japan-Malaysia Agreement on Cooperation in "
           "the Field of Security Assistance", "036", ["030", "010"], jp,
           [("Malaysia", "cooperative", False)], ["Malaysia", "Japan"], s2),
        st("M07", zb, "Minister Zulkifli stated",
           "Malaysia welcomes Japanese investment in its semiconductor "
           "industry and the Look East Policy continues to be a pillar of "
           "the bilateral relationship",
           "Minister Zulkifli stated that Malaysia welcomes Japanese "
           "investment in its semiconductor industry and that the Look East "
           "Policy continues to be a pillar of the bilateral relationship",
           "051", ["010"], my, [("Japan", "cooperative", True)],
           ["Japan", "Malaysia"], s2),
        st("M08", ts, "The two ministers confirmed",
           "the two ministers will work together toward a Japan-Malaysia "
           "summit meeting on the margins of the ASEAN-related summits next "
           "year",
           "The two ministers confirmed that they will work together toward "
           "the holding of the Japan-Malaysia Summit Meeting on the margins "
           "of the ASEAN-related Summit Meetings next year", "036",
           ["030"], both, [("Malaysia", "cooperative", False),
                           ("Japan", "cooperative", False)],
           ["Japan", "Malaysia", "ASEAN"], s1, joint=True),
        st("M09", ts, "Minister Tsukada stated",
           "Japan strongly opposes any unilateral attempts to change the "
           "status quo by force or coercion",
           "Minister Tsukada stated that Japan strongly opposes any "
           "unilateral attempts to change the status quo by force or "
           "coercion", "111", ["010"], jp, [],
           ["South China Sea", "Japan"], s4),
        st("M10", ts, "Minister Tsukada stated",
           "Tsukada requested Malaysia's understanding and cooperation for "
           "the immediate resolution of the abductions issue",
           "requested Malaysia's understanding and cooperation for the "
           "immediate resolution of the abductions issue", "020", ["030"],
           jp, [("Malaysia", "cooperative", True)],
           ["Malaysia", "North Korea"], s4),
        st("M11", zb, "Minister Zulkifli stated",
           "disputes in the South China Sea should be resolved peacefully in "
           "accordance with international law including UNCLOS",
           "Minister Zulkifli stated that disputes in the South China Sea "
           "should be resolved peacefully in accordance with international "
           "law", "010", ["020"], my, [],
           ["South China Sea", "UNCLOS"], s4),
        st("M12", ts, "Both ministers concurred",
           "the two ministers agreed to continue close communication toward "
           "a Free and Open Indo-Pacific and to cooperate in the ASEAN-led "
           "framework on the basis of the ASEAN Outlook on the Indo-Pacific",
           "Both ministers concurred to continue close communication toward "
           "the realization of a \"Free and Open Indo-Pacific\" and to "
           "cooperate in the ASEAN-led framework", "030", ["036", "010"],
           both, [("ASEAN", "cooperative", False)],
           ["ASEAN", "Indo-Pacific", "Japan", "Malaysia"], s1, joint=True),
    ]
    statements[0]["speaker_mention"]["note"] = (
        "a greeting ('welcomed … visit'): optional, as h16")
    statements[2]["speaker_mention"]["note"] = (
        "thanks for hospitality, a courtesy: optional")
    statements[3]["speaker_mention"]["note"] = (
        "'In response, Minister Zulkifli … stated': the second clause of "
        "the same sentence")
    statements[6]["speaker_mention"]["note"] = (
        "one verb with two 'that' clauses: one statement (as h32)")
    statements[10]["speaker_mention"]["note"] = (
        "'In response, Minister Zulkifli stated'")
    relationships = [
        relationship("R01", "Comprehensive Strategic Partner",
                     ["Japan", "Malaysia"], False, [ts], ["M02"],
                     ["Comprehensive Strategic Partnership",
                      "comprehensive strategic partners",
                      "strategic partner"], date=day),
        relationship("R02", "relations", ["Malaysia", "Japan"], False,
                     [zb], ["M04"], ["ties", "relationship"],
                     optional=True, date=day),
        relationship("R03", "bilateral relationship", ["Malaysia", "Japan"],
                     False, [zb], ["M07"], ["relationship", "relations"],
                     optional=True, date=day),
    ]
    events = [
        event("E01", "Japan-Malaysia Foreign Ministers' Meeting", day,
              [ts, zb]),
        event("E02", "Japan-Malaysia Summit Meeting on the margins of the "
              "ASEAN-related Summit Meetings", "2027", ["Japan", "Malaysia"],
              optional=True),
    ]
    timexes = [timex(d, "November 12, 2026", day),
               timex(d, "On November 12", day),
               timex(d, "4:15 p.m.", day + "T16:15", kind="time"),
               timex(d, "approximately 50 minutes", "PT50M",
                     kind="duration"),
               timex(d, "next year", "2027"),
               timex(d, "November 2026", "2026-11")]
    write(d, day, "readout (foreign ministry press release)", actors,
          statements, relationships, events, timexes)


def h53():
    d = Doc("h53_joint")
    day = "2026-11-17"
    mon = "2026-11-16"
    actors = [
        actor(d, "A01", "European Union", "organization",
              ["European Union", "EU"], ["the EU"]),
        actor(d, "A02", "Canada", "state", ["Canada"]),
        actor(d, "A03", "Henrik Aaltonen", "person", ["Henrik Aaltonen"],
              affiliations=[("European Council", "President")]),
        actor(d, "A04", "Margot Vandermeulen", "person",
              ["Margot Vandermeulen", "Vandermeulen"],
              affiliations=[("European Commission", "President")]),
        actor(d, "A05", "Julien Marchand", "person",
              ["Julien Marchand", "Marchand"],
              affiliations=[("Canada", "Prime Minister")]),
        actor(d, "A06", "European Council", "organization",
              ["European Council"], part_of="European Union"),
        actor(d, "A07", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A08", "Russia", "state", ["Russia"],
              ["Russian Federation"]),
        actor(d, "A09", "China", "state", ["China"],
              ["People's Republic of China"]),
        actor(d, "A10", "Canadian Cattle Association", "organization",
              ["Canadian Cattle Association"]),
        actor(d, "A11", "European Commission", "organization",
              ["European Commission", "Commission"], optional=True,
              part_of="European Union"),
        actor(d, "A12", "Europe", "place", ["Europe"], optional=True,
              accept={"Europe": ["European Union"]}),
        actor(d, "A13", "Brussels", "place", ["Brussels"], optional=True),
        actor(d, "A14", "Ottawa", "place", ["Ottawa"], optional=True,
              accept={"Ottawa": ["Canada"]}),
        actor(d, "A15", "Arctic", "place", ["Arctic"], optional=True),
        actor(d, "A16", "Arctic Council", "organization",
              ["Arctic Council"], optional=True),
        actor(d, "A17", "Japan", "state", ["Japan"], optional=True),
        actor(d, "A18", "Tromsø", "place", ["Tromsø"], ["Tromso"],
              optional=True),
        actor(d, "A19", "EU Affairs Daily", "media", ["EU Affairs Daily"],
              optional=True),
    ]
    paras = [
        "1. We, the leaders of the European Union and Canada, met today in "
        "Brussels to reaffirm the strategic partnership between the EU and "
        "Canada, rooted in shared democratic values, a common commitment to "
        "the rules-based international order and close ties between our "
        "peoples.",
        "2. Ten years after the signature of the Comprehensive Economic and "
        "Trade Agreement (CETA) and the Strategic Partnership Agreement "
        "(SPA), we welcome the growth of trade between us and call on the "
        "Member States that have not yet done so to complete the "
        "ratification of CETA.",
        "3. We decide to launch negotiations on an EU-Canada Critical Raw "
        "Materials Partnership, with the aim of concluding them within "
        "eighteen months, and we task our officials to explore the linking "
        "of our carbon pricing systems by 2030.",
        "4. We reiterate our unwavering support for Ukraine's independence, "
        "sovereignty and territorial integrity within its internationally "
        "recognised borders, and we condemn Russia's continuing attacks on "
        "Ukraine's civilian energy infrastructure.",
        "5. We will deepen our cooperation on security and defence, "
        "including on military mobility and on Canada's participation in EU "
        "defence industry programmes, and we will work together to protect "
        "the Arctic as a region of low tension and cooperation.",
        "6. We look forward to the next EU-Canada summit in Canada in 2027.",
    ]
    whole = "\n\n".join(paras)
    who = ["Canada", "Henrik Aaltonen", "Margot Vandermeulen",
           "Julien Marchand", "European Council"]
    pc = "press conference after the summit"
    statements = [
        statement(d, "J00", "European Union",
                  "The European Union and Canada agreed", mon,
                  para="the European Union and Canada agreed to open "
                       "negotiations on a critical raw materials partnership "
                       "and to link their carbon markets by 2030",
                  evidence=["The European Union and Canada agreed on Monday "
                            "to open negotiations on a critical raw "
                            "materials partnership and to link their carbon "
                            "markets by 2030"],
                  cameo="030", alts=["036", "057"], alternatives=who,
                  targets=[("Canada", "cooperative", True),
                           ("European Union", "cooperative", True)],
                  about=["European Union", "Canada"], same=["J01"],
                  attribution="joint", optional=True,
                  date_basis="'on Monday'; the lede's retelling of J01"),
        statement(d, "J01", "European Union",
                  "We, the leaders of the European Union and Canada", mon,
                  quote=whole, cameo="030", alts=["057", "051", "010"],
                  alternatives=who,
                  targets=[("Canada", "cooperative", True),
                           ("European Union", "cooperative", True),
                           ("Ukraine", "cooperative", True),
                           ("Russia", "conflictual", True)],
                  about=["European Union", "Canada", "Ukraine", "Russia"],
                  channel="joint statement", reported_via="European Council",
                  same=["J00"], attribution="joint",
                  date_basis="'met today' in the statement issued at the "
                             "summit of Monday 16 November ('on Monday' in "
                             "the lede of the page of 17 November)"),
        statement(d, "J02", "Julien Marchand",
                  "Speaking at a press conference after the summit, "
                  "Marchand said", mon,
                  quote="the most important thing we do together since CETA",
                  para="the critical minerals talks would be the most "
                       "important thing Canada and the EU do together since "
                       "CETA",
                  evidence=["Marchand said the critical minerals talks would "
                            "be \"the most important thing we do together "
                            "since CETA\"."],
                  cameo="051", alts=["010"], alternatives=["Canada"],
                  targets=[("European Union", "cooperative", False)],
                  about=["European Union", "Canada"], channel=pc,
                  date_basis="the press conference after the summit of "
                             "Monday"),
        statement(d, "J03", "Margot Vandermeulen",
                  "Vandermeulen told the same press conference", mon,
                  para="Europe could no longer afford to depend on a single "
                       "supplier, China, for the minerals it needs for "
                       "batteries and wind turbines",
                  evidence=["Vandermeulen told the same press conference "
                            "that Europe could no longer afford to depend on "
                            "a single supplier for the minerals it needs for "
                            "batteries and wind turbines, in a clear "
                            "reference to China."],
                  cameo="010", alts=["111"],
                  alternatives=["European Union"],
                  targets=[("China", "conflictual", False)],
                  about=["China", "European Union"], channel=pc,
                  date_basis="'the same press conference' of Monday"),
        statement(d, "J04", "European Union",
                  "A senior EU official, speaking on condition of "
                  "anonymity, said", None,
                  para="the first round of EU-Canada negotiations on "
                       "critical raw materials could take place in Ottawa "
                       "as early as February",
                  evidence=["A senior EU official, speaking on condition of "
                            "anonymity, said the first round of negotiations "
                            "could take place in Ottawa as early as "
                            "February."],
                  cameo="010", alts=["036"],
                  about=["Canada", "European Union", "Ottawa"],
                  date_basis="the text does not say when"),
        statement(d, "J05", "Canadian Cattle Association",
                  "The Canadian Cattle Association said", mon,
                  para="the association was disappointed the EU and Canadian "
                       "leaders had not addressed barriers to Canadian beef "
                       "exports",
                  evidence=["The Canadian Cattle Association said in a "
                            "statement on Monday that it was disappointed "
                            "the leaders had not addressed barriers to "
                            "Canadian beef exports."],
                  cameo="111", alts=["010"],
                  targets=[("European Union", "conflictual", False),
                           ("Canada", "conflictual", False)],
                  about=["European Union", "Canada"], channel="statement",
                  date_basis="'on Monday'"),
        statement(d, "J06", "Canadian Cattle Association",
                  "the association said", mon,
                  quote="Non-tariff barriers have kept the promise of CETA "
                        "from our farmers for a decade,",
                  cameo="111", alts=["010"],
                  targets=[("European Union", "conflictual", False)],
                  about=["European Union", "Canada"], channel="statement",
                  date_basis="the association's statement of Monday, "
                             "quoted after its paraphrase"),
    ]
    statements[0]["co_speakers"] = ["Canada"]
    statements[1]["co_speakers"] = ["Canada"]
    statements[1]["quote_marks"] = "none (document text)"
    statements[1]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    statements[4]["speaker_mention"]["note"] = (
        "an official of a named organisation speaks for it")
    statements[6]["speaker_mention"]["note"] = (
        "'the association' = the Canadian Cattle Association")
    relationships = [
        relationship("R01", "strategic partnership",
                     ["European Union", "Canada"], False,
                     ["European Union", "Canada"], ["J01"],
                     ["strategic partners", "strategic partner"], date=mon),
        relationship("R02", "close ties", ["European Union", "Canada"],
                     False, ["European Union", "Canada"], ["J01"],
                     ["ties"], optional=True, date=mon),
        relationship("R03", "support", ["European Union", "Ukraine"], True,
                     ["European Union", "Canada"], ["J01"],
                     ["unwavering support"], optional=True, date=mon),
    ]
    events = [
        event("E01", "21st EU-Canada summit in Brussels", mon,
              ["European Union", "Canada"]),
        event("E02", "first round of negotiations on the Critical Raw "
              "Materials Partnership in Ottawa", "2027-02",
              ["European Union", "Canada"], optional=True),
        event("E03", "next EU-Canada summit in Canada", "2027",
              ["European Union", "Canada"], optional=True),
    ]
    timexes = [timex(d, "17 November 2026, 09:05 CET", day,
                     kind="datetime"),
               timex(d, "on Monday", mon),
               timex(d, "by 2030", "2030"),
               timex(d, "today", mon, after="We, the leaders"),
               timex(d, "Ten years after", "P10Y", kind="duration"),
               timex(d, "within eighteen months", "P18M", kind="duration"),
               timex(d, "by 2030", "2030", after="carbon pricing"),
               timex(d, "in 2027", "2027"),
               timex(d, "as early as February", "2027-02"),
               timex(d, "on Monday", mon, after="Canadian Cattle"),
               timex(d, "for a decade", "P10Y", kind="duration")]
    write(d, day, "joint statement (news page)", actors, statements,
          relationships, events, timexes)


def h55():
    d = Doc("h55_briefing")
    day = "2026-10-28"
    fo = "Foreign Office (Pakistan)"
    actors = [
        actor(d, "A01", "Yelena Sorokina", "person", ["Yelena Sorokina"],
              affiliations=[("Ministry of Foreign Affairs (Russia)",
                             "spokeswoman")]),
        actor(d, "A02", "Russia", "state",
              ["Russian Federation", "Russia", "Moscow"],
              accept={"Moscow": ["Moscow"]}),
        actor(d, "A03", "Ministry of Foreign Affairs (Russia)",
              "organization",
              ["Ministry of Foreign Affairs of the Russian Federation",
               "Russian Foreign Ministry"],
              ["Russian Foreign Ministry", "Foreign Ministry"],
              optional=True, part_of="Russia"),
        actor(d, "A04", "Viktor Glazunov", "person", ["Viktor Glazunov"],
              affiliations=[("Russia", "Foreign Minister")]),
        actor(d, "A05", "Asad Farooq Malik", "person", ["Asad Farooq Malik"],
              affiliations=[("Pakistan", "Deputy Prime Minister and "
                                         "Minister of Foreign Affairs")]),
        actor(d, "A06", "Pakistan", "state",
              ["Pakistan", "Islamic Republic of Pakistan", "Islamabad"]),
        actor(d, "A07", fo, "organization", ["Pakistani Foreign Office"],
              ["Pakistani Foreign Office", "Foreign Office",
               "Ministry of Foreign Affairs (Pakistan)"], part_of="Pakistan"),
        actor(d, "A08", "Moldova", "state", ["Moldova", "Chisinau"],
              ["Republic of Moldova"], accept={"Chisinau": ["Chisinau"]}),
        actor(d, "A09", "Ion Ciobanu", "person", ["Ion Ciobanu", "Ciobanu"],
              affiliations=[("Moldova", "Foreign Minister")]),
        actor(d, "A10", "Cuba", "state", ["Cuba"]),
        actor(d, "A11", "United States", "state", ["United States", "US"],
              ["USA"]),
        actor(d, "A12", "Serbia", "state", ["Serbia", "Belgrade"]),
        actor(d, "A13", "European Union", "organization", ["EU", "Brussels"],
              ["European Union"]),
        actor(d, "A14", "Tanjug", "media", ["Tanjug"]),
        actor(d, "A15", "Associated Press of Pakistan", "media",
              ["Associated Press of Pakistan"], ["APP"]),
        actor(d, "A16", "Nadeem Akhtar", "person", ["Nadeem Akhtar"],
              affiliations=[("Associated Press of Pakistan", "journalist")],
              optional=True),
        actor(d, "A17", "Russian House in Chisinau", "organization",
              ["Russian House"], optional=True),
        actor(d, "A18", "Chisinau", "place", ["Chisinau"], optional=True,
              accept={"Chisinau": ["Moldova"]}),
        actor(d, "A19", "SCO", "organization", ["SCO"],
              ["Shanghai Cooperation Organisation"], optional=True),
        actor(d, "A20", "United Nations", "organization", ["UN"],
              optional=True),
        actor(d, "A21", "Havana", "place", ["Havana"], optional=True),
        actor(d, "A22", "Pakistan Stream", "place", ["Pakistan Stream"],
              ["Pakistan Stream gas pipeline"], optional=True),
        actor(d, "A23", "Eurasia", "place", ["Eurasia"], optional=True),
        actor(d, "A24", "Moscow", "place", ["Moscow"], optional=True,
              accept={"Moscow": ["Russia"]}),
    ]
    s1 = ["On November 2, Foreign Minister Viktor Glazunov will hold talks in "
          "Moscow with Deputy Prime Minister and Minister of Foreign Affairs "
          "of the Islamic Republic of Pakistan Asad Farooq Malik, who will be "
          "in Russia on an official visit.",
          "The ministers will discuss the current state and prospects of "
          "bilateral cooperation in trade, energy and transport, as well as "
          "coordination within the SCO and the UN. We regard Pakistan as an "
          "important partner in Eurasia and are interested in building up a "
          "mutually respectful dialogue."]
    s2 = ("We have taken note of the decision by the Moldovan authorities to "
          "close the Russian House in Chisinau, which for many years has been "
          "teaching the Russian language and acquainting Moldovans with "
          "Russian culture. We regard this step as another unfriendly act "
          "aimed at erasing everything that connects our peoples. Chisinau "
          "should not doubt that it will not go unanswered.")
    s3 = ("On October 26, a vessel carrying 25,000 tonnes of Russian wheat "
          "and fuel arrived in the port of Havana. Russia will continue to "
          "help the friendly Cuban people, who are facing the consequences "
          "of the illegal US blockade.")
    a1 = ("Energy will certainly be one of the main topics of the talks. The "
          "Pakistan Stream project has never been removed from the agenda, "
          "and we are ready to return to it on a commercial basis. I would "
          "not like to get ahead of events. We will inform you of the "
          "results after the talks.")
    a2 = ("These accusations are absurd, and Mr Ciobanu knows it. It is not "
          "Russian diplomats who are closing schools and cultural centres in "
          "Moldova. The Moldovan leadership is trying to blame Moscow for its "
          "own failures, as it has done many times before.")
    a3 = ("We highly appreciate the principled position of Serbia, which has "
          "withstood unprecedented pressure from Brussels. Serbia is our "
          "strategic partner, and we will continue to develop our relations "
          "in all areas.")
    a4 = "I have nothing to announce on this at the moment."
    ys = "Yelena Sorokina:"
    br = "weekly briefing in Moscow"
    basis = "the briefing's date (28 October 2026)"
    statements = [
        statement(d, "B01", "Yelena Sorokina", "Yelena Sorokina", day,
                  quote="\n\n".join(s1), cameo="036", alts=["010", "051"],
                  alternatives=["Russia",
                                "Ministry of Foreign Affairs (Russia)"],
                  targets=[("Pakistan", "cooperative", True)],
                  about=["Pakistan", "Viktor Glazunov", "Asad Farooq Malik"],
                  channel=br, date_basis=basis),
        statement(d, "B02", "Yelena Sorokina", "Yelena Sorokina", day,
                  quote=s2, cameo="111", alts=["138", "010"],
                  alternatives=["Russia",
                                "Ministry of Foreign Affairs (Russia)"],
                  targets=[("Moldova", "conflictual", True)],
                  about=["Moldova", "Russian House in Chisinau"],
                  channel=br, date_basis=basis),
        statement(d, "B03", "Yelena Sorokina", "Yelena Sorokina", day,
                  quote=s3, cameo="010", alts=["051", "111", "070"],
                  alternatives=["Russia",
                                "Ministry of Foreign Affairs (Russia)"],
                  targets=[("Cuba", "cooperative", True),
                           ("United States", "conflictual", True)],
                  about=["Cuba", "United States"], channel=br,
                  date_basis=basis),
        statement(d, "B04", fo,
                  "the spokesperson of the Pakistani Foreign Office said",
                  "2026-10",
                  para="Pakistan was ready to resume talks with Russia on "
                       "the Pakistan Stream gas pipeline",
                  evidence=["Last week the spokesperson of the Pakistani "
                            "Foreign Office said that Islamabad was ready to "
                            "resume talks on the Pakistan Stream gas "
                            "pipeline."],
                  cameo="036", alts=["010"], alternatives=["Pakistan"],
                  targets=[("Russia", "cooperative", False)],
                  about=["Pakistan", "Pakistan Stream", "Russia"],
                  reported_via="Associated Press of Pakistan", embedded=True,
                  date_basis="'last week' before Wednesday 28 October: the "
                             "week of 19-25 October, given as its month"),
        statement(d, "B05", "Yelena Sorokina", ys, day, quote=a1,
                  after="will the project be discussed", cameo="036",
                  alts=["010"], alternatives=["Russia"],
                  targets=[("Pakistan", "cooperative", False)],
                  about=["Pakistan", "Pakistan Stream"], channel=br,
                  responds_to=["B04"], date_basis=basis),
        statement(d, "B06", "Ion Ciobanu", "Ion Ciobanu said", "2026-10-27",
                  para="Russian diplomats were interfering in Moldova's "
                       "internal affairs",
                  evidence=["Moldovan Foreign Minister Ion Ciobanu said "
                            "yesterday that Russian diplomats were "
                            "interfering in Moldova's internal affairs."],
                  cameo="112", alts=["111"], alternatives=["Moldova"],
                  targets=[("Russia", "conflictual", False)],
                  about=["Russia", "Moldova"], embedded=True,
                  date_basis="'yesterday'"),
        statement(d, "B07", "Yelena Sorokina", ys, day, quote=a2,
                  after="How would you comment on this?", cameo="111",
                  alts=["112", "010"], alternatives=["Russia"],
                  targets=[("Moldova", "conflictual", True),
                           ("Ion Ciobanu", "conflictual", True)],
                  about=["Moldova", "Ion Ciobanu"], channel=br,
                  responds_to=["B06"], date_basis=basis),
        statement(d, "B08", "Serbia", "Belgrade has once again confirmed",
                  None,
                  para="Serbia will not join the EU sanctions against Russia",
                  evidence=["Belgrade has once again confirmed that it will "
                            "not join the EU sanctions against Russia."],
                  cameo="010", alts=["051"],
                  targets=[("Russia", "cooperative", False),
                           ("European Union", "neutral", False)],
                  about=["European Union", "Russia"], reported_via="Tanjug",
                  embedded=True, date_basis="the text does not say when"),
        statement(d, "B09", "Yelena Sorokina", ys, day, quote=a3,
                  after="How do you assess this position?", cameo="051",
                  alts=["010"], alternatives=["Russia"],
                  targets=[("Serbia", "cooperative", True),
                           ("European Union", "conflictual", False)],
                  about=["Serbia", "European Union"], channel=br,
                  responds_to=["B08"], date_basis=basis),
        statement(d, "B10", "Yelena Sorokina", ys, day, quote=a4,
                  after="US Secretary of State being prepared?",
                  cameo="011", alts=["010"], alternatives=["Russia"],
                  about=["United States", "Viktor Glazunov"], channel=br,
                  date_basis=basis),
    ]
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in s1]
    for i in (0, 1, 2):
        statements[i]["quote_marks"] = "none (announcement under a heading)"
        statements[i]["speaker_mention"]["note"] = (
            "the briefing's opening announcements, under their headings and "
            "with no label, are the spokeswoman's: one statement per heading")
    statements[3]["speaker_mention"]["note"] = (
        "the Foreign Office's spokesperson speaks for it (Pakistan "
        "accepted); the asker names the Associated Press of Pakistan")
    statements[7]["speaker_mention"]["note"] = (
        "'Belgrade' = Serbia; the asker names Tanjug")
    relationships = [
        relationship("R01", "strategic partner", ["Russia", "Serbia"], False,
                     ["Yelena Sorokina"], ["B09"],
                     ["strategic partners", "strategic partnership"],
                     date=day),
        relationship("R02", "important partner", ["Russia", "Pakistan"],
                     False, ["Yelena Sorokina"], ["B01"],
                     ["partner", "partners"], date=day),
        relationship("R03", "friendly", ["Russia", "Cuba"], False,
                     ["Yelena Sorokina"], ["B03"], ["friends"],
                     optional=True, date=day),
    ]
    events = [
        event("E01", "weekly briefing of the Russian foreign ministry's "
              "spokeswoman", day, ["Yelena Sorokina"]),
        event("E02", "talks of Glazunov and Malik in Moscow", "2026-11-02",
              ["Viktor Glazunov", "Asad Farooq Malik"]),
        event("E03", "arrival of a Russian aid vessel in Havana",
              "2026-10-26", ["Russia", "Cuba"], optional=True),
        event("E04", "closure of the Russian House in Chisinau", None,
              ["Moldova"], optional=True),
    ]
    timexes = [timex(d, "28 October 2026 17:05", day, kind="datetime"),
               timex(d, "October 28, 2026", day),
               timex(d, "On November 2", "2026-11-02"),
               timex(d, "On October 26", "2026-10-26"),
               timex(d, "Last week", "2026-10", kind="interval"),
               timex(d, "on November 2", "2026-11-02"),
               timex(d, "yesterday", "2026-10-27")]
    write(d, day, "press briefing (foreign ministry, transcript)", actors,
          statements, relationships, events, timexes)


def h56():
    d = Doc("h56_readout")
    day = "2026-11-05"
    pr = "President of the Republic (France)"
    actors = [
        actor(d, "A01", pr, "person", ["President of the Republic"],
              ["President of the Republic", "President of France",
               "French President", "President of the French Republic"],
              affiliations=[("France", "President")]),
        actor(d, "A02", "Robert Chartrand", "person", ["Robert Chartrand"],
              affiliations=[("Canada", "Prime Minister")]),
        actor(d, "A03", "France", "state", ["France"], ["French Republic"]),
        actor(d, "A04", "Canada", "state", ["Canada"]),
        actor(d, "A05", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A06", "G7", "organization", ["G7"], ["Group of Seven"]),
        actor(d, "A07", "Sudan", "state", ["Sudan"]),
        actor(d, "A08", "Saint-Pierre-et-Miquelon", "place",
              ["Saint-Pierre-et-Miquelon"],
              ["Saint Pierre and Miquelon"]),
        actor(d, "A09", "NATO", "organization", ["NATO"],
              ["North Atlantic Treaty Organization"]),
        actor(d, "A10", "Arctic", "place", ["Arctic"]),
        actor(d, "A11", "North Atlantic", "place", ["North Atlantic"],
              optional=True),
        actor(d, "A12", "Comprehensive Economic and Trade Agreement",
              "organization",
              ["Comprehensive Economic and Trade Agreement", "CETA"],
              ["CETA"], optional=True),
        actor(d, "A13", "coalition of the willing", "group",
              ["coalition of the willing"], optional=True),
        actor(d, "A14", "Élysée", "organization", ["Élysée"],
              ["Elysee", "Élysée Palace"], optional=True, part_of="France",
              accept={"Élysée": ["France"]}),
        actor(d, "A15", "Évian", "place", ["Évian"], ["Evian"],
              optional=True),
        actor(d, "A16", "Paris", "place", ["Paris"], optional=True),
    ]
    call = "telephone call"
    basis = "'this afternoon' of the release dated 5 November 2026"
    other = [pr]

    def st(sid, spk, mention, para, ev, cameo, alts, alternatives, targets,
           about, optional=False, joint=False, after=None):
        s = statement(d, sid, spk, mention, day, para=para,
                      evidence=[ev], cameo=cameo, alts=alts,
                      alternatives=alternatives, targets=targets,
                      about=about, channel=call, optional=optional,
                      attribution="joint" if joint else "explicit",
                      after=after, date_basis=basis)
        if joint:
            s["co_speakers"] = ["Robert Chartrand"]
        return s

    fr = ["France"]
    both = ["Robert Chartrand", "France", "Canada"]
    statements = [
        st("E01", pr, "The two leaders recalled",
           "the two leaders recalled the friendship and the alliance that "
           "bind France and Canada",
           "The two leaders recalled the friendship and the alliance that "
           "bind France and Canada", "051", ["010"], both,
           [("Canada", "cooperative", True), ("France", "cooperative", True)],
           ["France", "Canada"], joint=True),
        st("E02", pr, "the President of the Republic thanked",
           "the President of France thanked Chartrand for Canada's support "
           "throughout the French presidency of the G7",
           "the President of the Republic thanked the Prime Minister for "
           "Canada's support throughout the French presidency of the G7.",
           "051", ["010"], fr, [("Canada", "cooperative", True)],
           ["Canada", "Robert Chartrand", "G7"]),
        st("E03", pr, "the President of the Republic reaffirmed",
           "the President of France reaffirmed France's determination to "
           "continue supporting the Ukrainian people for as long as "
           "necessary",
           "the President of the Republic reaffirmed France's determination "
           "to continue supporting the Ukrainian people for as long as "
           "necessary.", "051", ["057", "010"], fr,
           [("Ukraine", "cooperative", True)], ["Ukraine", "France"]),
        st("E04", pr, "The two leaders agreed",
           "the two leaders agreed to coordinate closely within the "
           "coalition of the willing on security guarantees for Ukraine "
           "after a ceasefire",
           "The two leaders agreed to coordinate closely within the "
           "coalition of the willing on the security guarantees to be "
           "provided to Ukraine once a ceasefire is reached.", "030",
           ["036", "057"], both,
           [("Ukraine", "cooperative", True)],
           ["Ukraine", "coalition of the willing", "France", "Canada"],
           joint=True),
        st("E05", pr, "The President of the Republic expressed his concern",
           "the President of France expressed his concern about the "
           "humanitarian situation in Sudan",
           "The President of the Republic expressed his concern about the "
           "humanitarian situation in Sudan", "010", ["111"], fr,
           [("Sudan", "neutral", True)], ["Sudan"]),
        st("E06", pr, "The President of the Republic expressed his concern",
           "the President of France called for an immediate cessation of "
           "hostilities in Sudan and unhindered access for humanitarian aid",
           "called for an immediate cessation of hostilities and unhindered "
           "access for humanitarian aid.", "020", ["010"], fr,
           [("Sudan", "neutral", False)], ["Sudan"]),
        st("E07", "Robert Chartrand", "The Prime Minister presented",
           "Chartrand presented Canada's new Arctic strategy",
           "The Prime Minister presented Canada's new Arctic strategy.",
           "010", [], ["Canada"], [], ["Canada", "Arctic"], optional=True),
        st("E08", pr, "The President of the Republic expressed France's wish",
           "the President of France expressed France's wish to strengthen "
           "scientific and maritime cooperation with Canada in the North "
           "Atlantic and the Arctic, including from Saint-Pierre-et-Miquelon",
           "The President of the Republic expressed France's wish to "
           "strengthen scientific and maritime cooperation with Canada in "
           "the North Atlantic and the Arctic, including from "
           "Saint-Pierre-et-Miquelon.", "030", ["036", "010"], fr,
           [("Canada", "cooperative", True)],
           ["Canada", "Arctic", "North Atlantic",
            "Saint-Pierre-et-Miquelon"]),
        st("E09", pr, "He also expressed the hope",
           "the President of France hoped that the discussions between "
           "France and Canada on the continental shelf off "
           "Saint-Pierre-et-Miquelon could resume early next year",
           "He also expressed the hope that the discussions between the two "
           "countries on the delimitation of the continental shelf off the "
           "archipelago could resume early next year.", "036", ["010"], fr,
           [("Canada", "cooperative", False)],
           ["Canada", "Saint-Pierre-et-Miquelon"]),
        st("E10", "Robert Chartrand", "The Prime Minister expressed the hope",
           "Chartrand hoped that France would complete the ratification of "
           "CETA",
           "The Prime Minister expressed the hope that France would complete "
           "the ratification of the Comprehensive Economic and Trade "
           "Agreement (CETA).", "020", ["010"], ["Canada"],
           [("France", "neutral", True)],
           ["France", "Comprehensive Economic and Trade Agreement"]),
        st("E11", pr, "The President of the Republic noted",
           "the President of France noted the growth in trade between France "
           "and Canada since CETA's provisional application in 2017",
           "The President of the Republic noted the growth in trade between "
           "the two countries since the agreement's provisional application "
           "in 2017.", "010", [], fr, [("Canada", "neutral", False)],
           ["Canada", "Comprehensive Economic and Trade Agreement"]),
        st("E12", pr, "The two leaders agreed to remain",
           "the two leaders agreed to remain in close contact and to meet on "
           "the sidelines of the NATO summit next year",
           "The two leaders agreed to remain in close contact and to meet on "
           "the sidelines of the NATO summit next year.", "036", ["030"],
           both, [("Canada", "cooperative", False),
                  ("France", "cooperative", False)],
           ["NATO", "Robert Chartrand"], joint=True),
    ]
    statements[8]["speaker_mention"]["note"] = (
        "'He' = the President of the Republic, subject of the sentence "
        "before")
    statements[6]["speaker_mention"]["note"] = (
        "'presented' as h44's 'informed … about' and h48's 'briefed': "
        "optional")
    statements[5]["speaker_mention"]["note"] = (
        "the second clause of 'expressed his concern … and called for …'")
    statements[0]["speaker_mention"]["note"] = (
        "the President of the Republic is never named on the page; his "
        "statements accept France")
    relationships = [
        relationship("R01", "friendship", ["France", "Canada"], False,
                     [pr, "Robert Chartrand"], ["E01"],
                     ["friends", "friendly relations"], date=day),
        relationship("R02", "alliance", ["France", "Canada"], False,
                     [pr, "Robert Chartrand"], ["E01"],
                     ["allies", "ally"], date=day),
    ]
    events = [
        event("E01", "telephone call of the President of the Republic with "
              "Chartrand", day, [pr, "Robert Chartrand"]),
        event("E02", "NATO summit", "2027", ["NATO"], optional=True),
        event("E03", "resumption of the continental shelf discussions",
              "2027", ["France", "Canada"], optional=True),
    ]
    timexes = [timex(d, "5 November 2026 - 18:30", day, kind="datetime"),
               timex(d, "this afternoon", day),
               timex(d, "early next year", "2027"),
               timex(d, "in 2017", "2017"),
               timex(d, "next year", "2027", after="NATO summit")]
    write(d, day, "readout (presidency press release)", actors, statements,
          relationships, events, timexes)


def h57():
    d = Doc("h57_joint")
    day = "2026-11-18"
    actors = [
        actor(d, "A01", "Kenta Hayakawa", "person",
              ["HAYAKAWA Kenta", "Hayakawa"], ["Hayakawa Kenta"],
              affiliations=[("Japan", "Prime Minister")]),
        actor(d, "A02", "Altangerel Naranbaatar", "person",
              ["Altangerel NARANBAATAR", "Altangerel Naranbaatar",
               "Naranbaatar"], ["Naranbaatar Altangerel"],
              affiliations=[("Mongolia", "President")]),
        actor(d, "A03", "Japan", "state", ["Japan"], ["Government of Japan"]),
        actor(d, "A04", "Mongolia", "state", ["Mongolia"]),
        actor(d, "A05", "North Korea", "state", ["North Korea"],
              ["DPRK", "Democratic People's Republic of Korea"]),
        actor(d, "A06", "United Nations Security Council", "organization",
              ["UN Security Council"], ["UN Security Council", "UNSC"]),
        actor(d, "A07", "Japan International Cooperation Agency",
              "organization",
              ["Japan International Cooperation Agency", "JICA"], ["JICA"],
              part_of="Japan"),
        actor(d, "A08", "Ministry of Foreign Affairs (Japan)",
              "organization", ["Ministry of Foreign Affairs of Japan"],
              ["Ministry of Foreign Affairs of Japan", "MOFA"],
              optional=True, part_of="Japan"),
        actor(d, "A09", "Tokyo", "place", ["Tokyo"], optional=True),
        actor(d, "A10", "Ulaanbaatar", "place", ["Ulaanbaatar"],
              optional=True),
        actor(d, "A11", "Erdenet", "place", ["Erdenet"], optional=True),
        actor(d, "A12", "Ulaanbaatar Dialogue on Northeast Asian Security",
              "organization",
              ["Ulaanbaatar Dialogue on Northeast Asian Security"],
              optional=True),
        actor(d, "A13", "Mongolia-Japan Center for Human Resources "
              "Development", "organization",
              ["Mongolia-Japan Center for Human Resources Development"],
              optional=True),
    ]
    t = d.text
    first = "1. Prime Minister of Japan HAYAKAWA Kenta"
    last = "Prime Minister Hayakawa accepted the invitation with appreciation."
    i, j = t.index(first), t.index(last) + len(last)
    whole = t[i:j]
    paras = [p for p in whole.split("\n\n") if p[:1].isdigit()]
    assert len(paras) == 9
    who = ["Mongolia", "Kenta Hayakawa", "Altangerel Naranbaatar"]
    statements = [
        statement(d, "J01", "Japan", "issued the following joint statement",
                  day, quote=whole, cameo="030",
                  alts=["057", "051", "010"], alternatives=who,
                  targets=[("Mongolia", "cooperative", True),
                           ("Japan", "cooperative", True),
                           ("North Korea", "conflictual", True)],
                  about=["Japan", "Mongolia", "North Korea",
                         "United Nations Security Council",
                         "Japan International Cooperation Agency"],
                  channel="joint statement", attribution="joint",
                  date_basis="'On November 18' in the ministry's preface, "
                             "'on November 18, 2026' in paragraph 1 and the "
                             "closing 'Tokyo, November 18, 2026'"),
    ]
    statements[0]["co_speakers"] = ["Mongolia"]
    statements[0]["quote_marks"] = "none (document text)"
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    statements[0]["speaker_mention"]["note"] = (
        "the ministry's preface names the two leaders who issued the "
        "statement; the statement is one of Japan with Mongolia as "
        "co-speaker, one segment per numbered paragraph (the section "
        "headings are no segments)")
    relationships = [
        relationship("R01", "Special Strategic Partnership for Peace and "
                     "Prosperity", ["Japan", "Mongolia"], False,
                     ["Japan", "Mongolia"], ["J01"],
                     ["Special Strategic Partnership", "strategic "
                      "partnership", "partnership"], date=day),
    ]
    events = [
        event("E01", "summit meeting of Hayakawa and Naranbaatar in Tokyo "
              "and the joint statement", day,
              ["Kenta Hayakawa", "Altangerel Naranbaatar"]),
        event("E02", "establishment of the Special Strategic Partnership",
              "2022", ["Japan", "Mongolia"], optional=True),
        event("E03", "first vice-ministerial dialogue in Ulaanbaatar",
              "2027", ["Japan", "Mongolia"], optional=True),
    ]
    timexes = [timex(d, "November 18, 2026", day),
               timex(d, "On November 18", day),
               timex(d, "on November 18, 2026", day),
               timex(d, "in 2022", "2022"),
               timex(d, "in 2027", "2027"),
               timex(d, "November 18, 2026", day, after="with appreciation.")]
    write(d, day, "joint statement (foreign ministry page)", actors,
          statements, relationships, events, timexes)


def h58():
    d = Doc("h58_report")
    day = "2026-12-08"
    commerce = "Ministry of Commerce and Industry (India)"
    inc = "Indian National Congress"
    actors = [
        actor(d, "A01", "Raghav Iyer", "person", ["Raghav Iyer", "Iyer"],
              ["PM Iyer"], affiliations=[("India", "Prime Minister")]),
        actor(d, "A02", "Saif bin Rashid Al Nahyan", "person",
              ["Sheikh Saif bin Rashid Al Nahyan", "Sheikh Saif"],
              ["Sheikh Saif bin Rashid Al Nahyan", "Sheikh Saif"],
              affiliations=[("United Arab Emirates", "President")]),
        actor(d, "A03", "India", "state", ["India"], ["Republic of India"]),
        actor(d, "A04", "United Arab Emirates", "state",
              ["United Arab Emirates", "UAE"], ["UAE", "Emirates"]),
        actor(d, "A05", "WAM", "media", ["WAM"],
              ["Emirates News Agency", "WAM news agency"]),
        actor(d, "A06", "Meenakshi Rao", "person", ["Meenakshi Rao", "Rao"],
              affiliations=[("India", "Foreign Secretary")]),
        actor(d, "A07", inc, "organization", ["Congress"],
              ["Congress", "Congress party"], part_of="India"),
        actor(d, "A08", "Arvind Menon", "person", ["Arvind Menon"],
              affiliations=[(inc, "general secretary")]),
        actor(d, "A09", commerce, "organization", ["commerce ministry"],
              ["commerce ministry", "Ministry of Commerce"], optional=True,
              part_of="India"),
        actor(d, "A10", "India-Middle East-Europe Economic Corridor",
              "place", ["India-Middle East-Europe Economic Corridor", "IMEC"],
              ["IMEC"], optional=True),
        actor(d, "A11", "West Asia", "place", ["West Asia"], optional=True),
        actor(d, "A12", "Red Sea", "place", ["Red Sea"], optional=True),
        actor(d, "A13", "Gulf", "place", ["Gulf"], ["Persian Gulf"],
              optional=True),
        actor(d, "A14", "New Delhi", "place", ["New Delhi"], optional=True,
              accept={"New Delhi": ["India"]}),
        actor(d, "A15", "Hyderabad House", "place", ["Hyderabad House"],
              optional=True),
        actor(d, "A16", "Rashtrapati Bhavan", "place", ["Rashtrapati Bhavan"],
              optional=True),
        actor(d, "A17", "Abu Dhabi", "place", ["Abu Dhabi"], optional=True,
              accept={"Abu Dhabi": ["United Arab Emirates"]}),
        actor(d, "A18", "Gujarat", "place", ["Gujarat"], optional=True),
        actor(d, "A19", "Mumbai", "place", ["Mumbai"], optional=True),
        actor(d, "A20", "Kerala", "place", ["Kerala"], optional=True),
        actor(d, "A21", "PTI", "media", ["PTI"], ["Press Trust of India"],
              optional=True),
        actor(d, "A22", "United States", "state", ["US"], ["USA"],
              optional=True),
    ]
    basis = "the talks 'on Tuesday' (the page's day)"
    pair = ["United Arab Emirates", "India"]
    statements = [
        statement(d, "N01", "India",
                  "India and the United Arab Emirates on Tuesday agreed", day,
                  para="India and the United Arab Emirates agreed to double "
                       "their non-oil trade to $200 billion by 2032 and to "
                       "settle a larger share of it in rupees and dirhams",
                  evidence=["India and the United Arab Emirates on Tuesday "
                            "agreed to double their non-oil trade to $200 "
                            "billion by 2032 and to settle a larger share of "
                            "it in rupees and dirhams"],
                  cameo="030", alts=["057", "010"],
                  alternatives=["United Arab Emirates", "Raghav Iyer",
                                "Saif bin Rashid Al Nahyan"],
                  targets=[("United Arab Emirates", "cooperative", True),
                           ("India", "cooperative", True)],
                  about=pair, attribution="joint",
                  date_basis="'on Tuesday'"),
        statement(d, "N02", "Raghav Iyer",
                  "with Prime Minister Raghav Iyer describing", day,
                  para="the UAE is one of India's most trusted partners",
                  evidence=["with Prime Minister Raghav Iyer describing the "
                            "Gulf nation as one of India's most trusted "
                            "partners."],
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[("United Arab Emirates", "cooperative", True)],
                  about=["United Arab Emirates"], same=["N03"],
                  date_basis=basis + "; the lede's retelling of N03"),
        statement(d, "N03", "Raghav Iyer", "Iyer said in his press statement",
                  day,
                  quote="The UAE is one of India's most trusted partners. Our "
                        "comprehensive strategic partnership has grown "
                        "stronger in every sector, from energy to technology, "
                        "and today we have given it a new direction,",
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[("United Arab Emirates", "cooperative", True)],
                  about=["United Arab Emirates", "India"],
                  channel="press statement", same=["N02"],
                  date_basis="'after the talks' of Tuesday"),
        statement(d, "N04", "Raghav Iyer", "He also thanked", day,
                  para="Iyer thanked the UAE leadership for looking after the "
                       "more than 3.5 million Indians who live and work in "
                       "the Emirates",
                  evidence=["He also thanked the UAE leadership for looking "
                            "after the more than 3.5 million Indians who live "
                            "and work in the Emirates."],
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[("United Arab Emirates", "cooperative", True)],
                  about=["United Arab Emirates"],
                  channel="press statement",
                  date_basis="continues his press statement after the talks"),
        statement(d, "N05", "Saif bin Rashid Al Nahyan",
                  "Sheikh Saif told Iyer during the talks", day,
                  quote="a key partner for the decades ahead",
                  para="the UAE saw India as a key partner for the decades "
                       "ahead and wanted to raise its investments in Indian "
                       "ports and highways",
                  evidence=["Sheikh Saif told Iyer during the talks that the "
                            "UAE saw India as \"a key partner for the decades "
                            "ahead\" and wanted to raise its investments in "
                            "Indian ports and highways, according to the "
                            "UAE's state news agency WAM."],
                  cameo="051", alts=["030", "010"],
                  alternatives=["United Arab Emirates"],
                  targets=[("India", "cooperative", True)],
                  about=["India", "United Arab Emirates"],
                  reported_via="WAM", channel="talks",
                  date_basis="'during the talks' of Tuesday"),
        statement(d, "N06", "Saif bin Rashid Al Nahyan",
                  "he was quoted as saying", day,
                  quote="India and the UAE share a responsibility for the "
                        "safety of the sea lanes from the Gulf to the Red "
                        "Sea,",
                  cameo="010", alts=["030"],
                  alternatives=["United Arab Emirates"],
                  targets=[("India", "cooperative", False)],
                  about=["India", "United Arab Emirates", "Red Sea", "Gulf"],
                  reported_via="WAM", channel="talks",
                  date_basis="WAM's relay of his words at the talks of "
                             "Tuesday (the paragraph before)"),
        statement(d, "N07", "Meenakshi Rao",
                  "Foreign Secretary Meenakshi Rao said", day,
                  quote="detailed and warm",
                  para="the two leaders had held detailed and warm "
                       "discussions on the situation in West Asia and on the "
                       "India-Middle East-Europe Economic Corridor",
                  evidence=["Briefing reporters later, Foreign Secretary "
                            "Meenakshi Rao said the two leaders had held "
                            "\"detailed and warm\" discussions on the "
                            "situation in West Asia and on the India-Middle "
                            "East-Europe Economic Corridor (IMEC)."],
                  cameo="010", alternatives=["India"],
                  about=["West Asia",
                         "India-Middle East-Europe Economic Corridor",
                         "Raghav Iyer", "Saif bin Rashid Al Nahyan"],
                  channel="media briefing",
                  date_basis="'later' the day of the talks (Tuesday)"),
        statement(d, "N08", "Meenakshi Rao", "Rao said she would not", day,
                  quote="get into commercial matters",
                  para="Rao would not get into commercial matters and "
                       "referred the question to the petroleum ministry",
                  evidence=["Rao said she would not \"get into commercial "
                            "matters\" and referred the question to the "
                            "petroleum ministry."],
                  cameo="011", alts=["010"], alternatives=["India"],
                  about=["United Arab Emirates"], channel="media briefing",
                  date_basis="the same briefing (Tuesday)"),
        statement(d, "N09", "Raghav Iyer", "the two leaders also condemned",
                  day,
                  para="the two leaders condemned terrorism in all its forms",
                  evidence=["According to a joint statement issued after the "
                            "talks, the two leaders also condemned terrorism "
                            "in all its forms"],
                  cameo="111", alts=["010"],
                  alternatives=["Saif bin Rashid Al Nahyan", "India",
                                "United Arab Emirates"],
                  about=pair, channel="joint statement", attribution="joint",
                  date_basis="the joint statement 'issued after the talks' "
                             "of Tuesday"),
        statement(d, "N10", "Raghav Iyer",
                  "agreed to set up a ministerial task force", day,
                  para="the two leaders agreed to set up a ministerial task "
                       "force on investment, which will hold its first "
                       "meeting in Abu Dhabi in February",
                  evidence=["agreed to set up a ministerial task force on "
                            "investment, which will hold its first meeting in "
                            "Abu Dhabi in February."],
                  cameo="030", alts=["036", "010"],
                  alternatives=["Saif bin Rashid Al Nahyan", "India",
                                "United Arab Emirates"],
                  targets=[("United Arab Emirates", "cooperative", False),
                           ("India", "cooperative", False)],
                  about=pair + ["Abu Dhabi"], channel="joint statement",
                  attribution="joint",
                  date_basis="the joint statement 'issued after the talks' "
                             "of Tuesday"),
        statement(d, "N11", commerce, "according to commerce ministry data",
                  None,
                  para="bilateral trade of India and the UAE reached about "
                       "$96 billion in 2025-26",
                  evidence=["Bilateral trade reached about $96 billion in "
                            "2025-26, according to commerce ministry data"],
                  cameo="010", alternatives=["India"], about=pair,
                  optional=True,
                  date_basis="the text does not say when (a figure from "
                             "data)"),
        statement(d, "N12", inc, "The opposition Congress said", None,
                  quote="optics of a state visit",
                  para="the government should not let the optics of a state "
                       "visit hide the concerns of Indian workers in the Gulf",
                  evidence=["The opposition Congress said the government "
                            "should not let the \"optics of a state visit\" "
                            "hide the concerns of Indian workers in the "
                            "Gulf."],
                  cameo="111", alts=["010"], alternatives=["Arvind Menon"],
                  targets=[("Raghav Iyer", "conflictual", False)],
                  about=["India", "Gulf"],
                  date_basis="the text does not say when"),
        statement(d, "N13", "Arvind Menon", "Arvind Menon said", None,
                  quote="We hope the Prime Minister raised the question of "
                        "unpaid wages and confiscated passports, which "
                        "families in Kerala write to us about every week,",
                  cameo="010", alts=["111"], alternatives=[inc],
                  targets=[("Raghav Iyer", "neutral", True)],
                  about=["Raghav Iyer", "Kerala"],
                  channel="post on X",
                  date_basis="the text does not say when"),
    ]
    statements[8]["co_speakers"] = ["Saif bin Rashid Al Nahyan"]
    statements[9]["co_speakers"] = ["Saif bin Rashid Al Nahyan"]
    statements[0]["co_speakers"] = ["United Arab Emirates"]
    statements[3]["speaker_mention"]["note"] = "'He' = Iyer"
    statements[5]["speaker_mention"]["note"] = (
        "'he' = Sheikh Saif; the relay is WAM's (the paragraph before)")
    statements[9]["speaker_mention"]["note"] = (
        "the second clause of 'the two leaders also condemned … and agreed "
        "…', a joint statement cited with 'according to'")
    statements[10]["speaker_mention"]["note"] = (
        "a figure from ministry data, not words of a speaker: optional")
    statements[11]["speaker_mention"]["note"] = (
        "the party; its general secretary's post quoted after it "
        "(accepted)")
    relationships = [
        relationship("R01", "comprehensive strategic partnership",
                     ["India", "United Arab Emirates"], False,
                     ["Raghav Iyer"], ["N03"],
                     ["strategic partnership", "comprehensive strategic "
                      "partners", "partnership"], date=day),
        relationship("R02", "most trusted partners",
                     ["India", "United Arab Emirates"], False,
                     ["Raghav Iyer"], ["N02", "N03"],
                     ["trusted partners", "trusted partner", "partners",
                      "partner"], optional=True, date=day),
        relationship("R03", "key partner", ["United Arab Emirates", "India"],
                     False, ["Saif bin Rashid Al Nahyan"], ["N05"],
                     ["partner", "partners"], optional=True, date=day),
        relationship("R04", "third-largest trading partner",
                     ["India", "United Arab Emirates"], False, ["narrator"],
                     [], ["trading partner", "trading partners"],
                     optional=True),
    ]
    events = [
        event("E01", "Iyer-Sheikh Saif talks at Hyderabad House", day,
              ["Raghav Iyer", "Saif bin Rashid Al Nahyan"]),
        event("E02", "Sheikh Saif arrives in New Delhi", "2026-12-07",
              ["Saif bin Rashid Al Nahyan"], optional=True),
        event("E03", "first meeting of the ministerial task force on "
              "investment in Abu Dhabi", "2027-02", pair, optional=True),
        event("E04", "Sheikh Saif in Mumbai", "2026-12-09",
              ["Saif bin Rashid Al Nahyan"], optional=True),
    ]
    timexes = [timex(d, "Dec 08, 2026 09:47 PM IST", day, kind="datetime"),
               timex(d, "on Tuesday", day),
               timex(d, "by 2032", "2032"),
               timex(d, "on Tuesday", day, after="in New Delhi"),
               timex(d, "on Monday", "2026-12-07"),
               timex(d, "later", day, after="Briefing reporters"),
               timex(d, "in February", "2027-02"),
               timex(d, "2025-26", "2025-04/2026-03", kind="interval"),
               timex(d, "on Wednesday", "2026-12-09"),
               timex(d, "every week", "P1W", kind="set")]
    write(d, day, "news report (newspaper)", actors, statements,
          relationships, events, timexes)


def h59():
    d = Doc("h59_briefing")
    day = "2026-12-09"
    ec = "European Commission"
    dsca = "Defense Security Cooperation Agency"
    actors = [
        actor(d, "A01", "Zhang Yiran", "person", ["Zhang Yiran"],
              affiliations=[("Ministry of Foreign Affairs (China)",
                             "spokesperson")]),
        actor(d, "A02", "China", "state", ["China"],
              ["People's Republic of China", "PRC"]),
        actor(d, "A03", "Ministry of Foreign Affairs (China)",
              "organization", ["Foreign Ministry"],
              ["Chinese Foreign Ministry", "Foreign Ministry"],
              optional=True, part_of="China"),
        actor(d, "A04", "He Zhiyuan", "person", ["He Zhiyuan"],
              affiliations=[("China", "Premier of the State Council")]),
        actor(d, "A05", "Gábor Szalai", "person", ["Gábor Szalai", "Szalai"],
              ["Gabor Szalai"], affiliations=[("Hungary", "Prime Minister")]),
        actor(d, "A06", "Hungary", "state", ["Hungary"]),
        actor(d, "A07", "Xi Jinping", "person", ["Xi Jinping"],
              affiliations=[("China", "President")]),
        actor(d, "A08", "European Union", "organization",
              ["EU", "Brussels"], ["EU"],
              accept={"Brussels": [ec]}),
        actor(d, "A09", ec, "organization", ["European Commission"],
              part_of="European Union"),
        actor(d, "A10", "Dániel Kovács", "person", ["Dániel Kovács"],
              ["Daniel Kovacs"],
              affiliations=[("Hungary", "Foreign Minister")]),
        actor(d, "A11", "M1", "media", ["M1"]),
        actor(d, "A12", "United States", "state", ["US"],
              ["United States", "USA"]),
        actor(d, "A13", dsca, "organization",
              ["US Defense Security Cooperation Agency"],
              ["DSCA", "US Defense Security Cooperation Agency"],
              part_of="United States"),
        actor(d, "A14", "Department of State", "organization",
              ["State Department"], ["State Department",
                                     "US Department of State"],
              optional=True, part_of="United States"),
        actor(d, "A15", "Taiwan", "place", ["Taiwan"],
              ["Taiwan region"]),
        actor(d, "A16", "Xinhua News Agency", "media",
              ["Xinhua News Agency"], ["Xinhua"]),
        actor(d, "A17", "AFP", "media", ["AFP"], ["Agence France-Presse"]),
        actor(d, "A18", "Bloomberg", "media", ["Bloomberg"]),
        actor(d, "A19", "Global Times", "media", ["Global Times"]),
        actor(d, "A20", "Reuters", "media", ["Reuters"]),
        actor(d, "A21", "WTO", "organization", ["WTO"],
              ["World Trade Organization"], optional=True),
        actor(d, "A22", "State Council", "organization", ["State Council"],
              optional=True, part_of="China"),
        actor(d, "A23", "Debrecen", "place", ["Debrecen"], optional=True),
    ]
    zy = "Zhang Yiran:"
    pc = "regular press conference"
    basis = "the press conference's date (9 December 2026)"
    a0 = ("At the invitation of Premier of the State Council He Zhiyuan, "
          "Prime Minister of Hungary Gábor Szalai will pay an official visit "
          "to China from December 13 to 16.")
    a1 = ["Hungary is a good friend and good partner of China. This year "
          "marks the 77th anniversary of diplomatic ties between our two "
          "countries. Under the strategic guidance of the leaders of both "
          "countries, China-Hungary relations have maintained sound and "
          "steady growth, and the all-weather comprehensive strategic "
          "partnership for the new era has been deepened.",
          "During the visit, President Xi Jinping will meet with Prime "
          "Minister Szalai, and Premier He Zhiyuan will hold talks with him. "
          "The two sides will exchange views on bilateral relations and "
          "cooperation in trade, new energy and connectivity, as well as "
          "China-EU relations and international and regional issues of "
          "mutual interest. We believe the visit will inject fresh impetus "
          "into our relations."]
    a2 = ("We have noted the reports. The competitive edge of China's new "
          "energy industry comes from technological innovation, a complete "
          "industrial chain and full market competition, not from subsidies. "
          "Using trade remedy tools in the name of fair competition is "
          "protectionism, plain and simple. We urge the EU side to abide by "
          "WTO rules and handle trade frictions through dialogue and "
          "consultation. China will take all necessary measures to firmly "
          "defend the legitimate rights and interests of Chinese companies.")
    a3 = ("As for the specific topics of the talks, we will release "
          "information in due course. China appreciates Hungary's commitment "
          "to open and fair cooperation and its opposition to bloc "
          "confrontation. We hope the EU will listen to such rational voices "
          "among its member states.")
    a4 = ("The US arms sales to China's Taiwan region seriously violate the "
          "one-China principle and the stipulations of the three China-US "
          "joint communiqués, and send a seriously wrong signal to the "
          "\"Taiwan independence\" separatist forces. China deplores and "
          "firmly opposes this and has lodged serious protests with the US. "
          "We urge the US to stop arming Taiwan immediately. China will take "
          "resolute and forceful measures to defend its sovereignty and "
          "security interests.")
    a5 = ("I'm not aware of the specifics. I would refer you to the "
          "competent authorities.")
    mfa = ["China", "Ministry of Foreign Affairs (China)"]
    statements = [
        statement(d, "B01", "Zhang Yiran", zy, day, quote=a0, cameo="036",
                  alts=["010"], alternatives=mfa,
                  targets=[("Hungary", "cooperative", True)],
                  about=["Hungary", "Gábor Szalai", "He Zhiyuan"],
                  channel=pc, date_basis=basis),
        statement(d, "B02", "Zhang Yiran", zy, day, quote="\n\n".join(a1),
                  after="how China views its relations", cameo="051",
                  alts=["036", "010"], alternatives=mfa,
                  targets=[("Hungary", "cooperative", True)],
                  about=["Hungary", "Gábor Szalai", "Xi Jinping",
                         "He Zhiyuan", "European Union"],
                  channel=pc, date_basis=basis),
        statement(d, "B03", ec,
                  "A spokesperson for the European Commission said",
                  "2026-12-08",
                  para="the EU would open an anti-subsidy investigation into "
                       "wind turbines made in China, citing concerns over "
                       "unfair competition",
                  evidence=["A spokesperson for the European Commission said "
                            "yesterday that Brussels would open an "
                            "anti-subsidy investigation into wind turbines "
                            "made in China, citing concerns over unfair "
                            "competition."],
                  cameo="172", alts=["010", "111"],
                  alternatives=["European Union"],
                  targets=[("China", "conflictual", True)],
                  about=["China", "European Union"], reported_via="AFP",
                  embedded=True, date_basis="'yesterday'"),
        statement(d, "B04", "Zhang Yiran", zy, day, quote=a2,
                  after="What's your comment?", cameo="111",
                  alts=["112", "020", "010"], alternatives=mfa,
                  targets=[("European Union", "conflictual", True)],
                  about=["European Union", "WTO"], channel=pc,
                  responds_to=["B03"], date_basis=basis),
        statement(d, "B05", "Dániel Kovács", "Dániel Kovács told",
                  "2026-12-06",
                  para="Hungary would vote against any EU tariffs on Chinese "
                       "wind turbines",
                  evidence=["Hungarian Foreign Minister Dániel Kovács told "
                            "the state broadcaster M1 on Sunday that Hungary "
                            "would vote against any EU tariffs on Chinese "
                            "wind turbines."],
                  cameo="010", alts=["051"], alternatives=["Hungary"],
                  targets=[("China", "cooperative", False),
                           ("European Union", "neutral", False)],
                  about=["European Union", "China"],
                  reported_via="Bloomberg", channel="interview with M1",
                  embedded=True, date_basis="'on Sunday' before Wednesday "
                                            "9 December"),
        statement(d, "B06", "Zhang Yiran", zy, day, quote=a3,
                  after="Will this be discussed", cameo="051",
                  alts=["010"], alternatives=mfa,
                  targets=[("Hungary", "cooperative", True),
                           ("European Union", "neutral", False)],
                  about=["Hungary", "European Union"], channel=pc,
                  responds_to=["B05"], date_basis=basis),
        statement(d, "B07", dsca,
                  "The US Defense Security Cooperation Agency announced",
                  "2026-12-07",
                  para="the State Department had approved a possible sale of "
                       "anti-ship missile systems worth $620 million to "
                       "Taiwan",
                  evidence=["The US Defense Security Cooperation Agency "
                            "announced on Monday that the State Department "
                            "had approved a possible sale of anti-ship "
                            "missile systems worth $620 million to the Taiwan "
                            "region."],
                  cameo="010", alts=["070"],
                  alternatives=["United States", "Department of State"],
                  about=["Taiwan", "Department of State"],
                  reported_via="Global Times", embedded=True,
                  date_basis="'on Monday' before Wednesday 9 December"),
        statement(d, "B08", "Zhang Yiran", zy, day, quote=a4,
                  after="What is China's response?", cameo="111",
                  alts=["112", "160", "010"], alternatives=mfa,
                  targets=[("United States", "conflictual", True)],
                  about=["United States", "Taiwan"], channel=pc,
                  responds_to=["B07"], date_basis=basis),
        statement(d, "B09", "Zhang Yiran", zy, day, quote=a5,
                  after="Can you confirm?", cameo="011", alts=["010"],
                  alternatives=mfa, about=["Hungary", "Debrecen"],
                  channel=pc, date_basis=basis),
    ]
    statements[1]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in a1]
    statements[2]["speaker_mention"]["note"] = (
        "a spokesperson of the Commission speaks for it (the EU accepted); "
        "'Brussels' = the EU; the asker is AFP")
    statements[6]["speaker_mention"]["note"] = (
        "the agency announced what the State Department approved: the "
        "agency's statement (the United States and the State Department "
        "accepted)")
    relationships = [
        relationship("R01", "all-weather comprehensive strategic "
                     "partnership for the new era", ["China", "Hungary"],
                     False, ["Zhang Yiran"], ["B02"],
                     ["all-weather comprehensive strategic partnership",
                      "comprehensive strategic partnership",
                      "strategic partnership", "partnership"], date=day),
        relationship("R02", "good friend and good partner",
                     ["Hungary", "China"], False, ["Zhang Yiran"], ["B02"],
                     ["good friend", "good partner", "friend", "partner"],
                     optional=True, date=day),
        relationship("R03", "diplomatic ties", ["China", "Hungary"], False,
                     ["Zhang Yiran"], ["B02"],
                     ["diplomatic relations", "ties", "relations"],
                     optional=True),
    ]
    events = [
        event("E01", "regular press conference of the Chinese foreign "
              "ministry", day, ["Zhang Yiran"]),
        event("E02", "official visit of Szalai to China", "2026-12-13",
              ["Gábor Szalai", "He Zhiyuan"]),
        event("E03", "approval of a possible arms sale to Taiwan",
              "2026-12-07", ["Department of State", "Taiwan"],
              optional=True),
    ]
    timexes = [timex(d, "December 9, 2026", day),
               timex(d, "2026-12-09 19:05", day, kind="datetime"),
               timex(d, "from December 13 to 16", "2026-12-13/2026-12-16",
                     kind="interval"),
               timex(d, "This year", "2026"),
               timex(d, "yesterday", "2026-12-08"),
               timex(d, "on Sunday", "2026-12-06"),
               timex(d, "on Monday", "2026-12-07")]
    write(d, day, "press briefing (foreign ministry, transcript)", actors,
          statements, relationships, events, timexes)


def h60():
    d = Doc("h60_readout")
    day = "2026-12-10"
    sec = "Laura Pennington"
    actors = [
        actor(d, "A01", sec, "person", ["Laura Pennington", "Pennington"],
              affiliations=[("United States", "Secretary of State")]),
        actor(d, "A02", "Cheikh Tidiane Sarr", "person",
              ["Cheikh Tidiane Sarr", "Sarr"],
              affiliations=[("Senegal", "Minister of African Integration "
                                        "and Foreign Affairs")]),
        actor(d, "A03", "Craig Ellison", "person", ["Craig Ellison"],
              affiliations=[("U.S. Department of State",
                             "Principal Deputy Spokesperson")]),
        actor(d, "A04", "United States", "state",
              ["United States", "U.S."], ["US", "USA"]),
        actor(d, "A05", "Senegal", "state", ["Senegal"],
              ["Republic of Senegal"]),
        actor(d, "A06", "Minerals Security Partnership Forum",
              "organization", ["Minerals Security Partnership Forum"],
              ["Minerals Security Partnership"]),
        actor(d, "A07", "Sahel", "place", ["Sahel"]),
        actor(d, "A08", "ECOWAS", "organization", ["ECOWAS"],
              ["Economic Community of West African States"]),
        actor(d, "A09", "U.S. Department of State", "organization",
              ["U.S. DEPARTMENT of STATE"],
              ["State Department", "Department of State",
               "U.S. Department of State"], optional=True,
              part_of="United States"),
        actor(d, "A10", "United Nations", "organization", ["UN"],
              optional=True),
        actor(d, "A11", "Africa", "place", ["Africa"], optional=True),
        actor(d, "A12", "Europe", "place", ["Europe"], optional=True),
        actor(d, "A13", "Dakar", "place", ["Dakar"], optional=True),
        actor(d, "A14", "Washington", "place", ["Washington"],
              optional=True, accept={"Washington": ["United States"]}),
        actor(d, "A15", "U.S.-Senegal Strategic Dialogue", "organization",
              ["U.S.-Senegal Strategic Dialogue"], optional=True),
        actor(d, "A16", "Office of the Spokesperson", "organization",
              ["Office of the Spokesperson"], optional=True,
              part_of="U.S. Department of State"),
        actor(d, "A17", "Bureau of African Affairs", "organization",
              ["Bureau of African Affairs"], optional=True,
              part_of="U.S. Department of State"),
        actor(d, "A18", "Adeyemi", "person", ["Adeyemi"], optional=True),
        actor(d, "A19", "Holloway", "person", ["Holloway"], optional=True),
        actor(d, "A20", "Abidjan", "place", ["Abidjan"], optional=True),
        actor(d, "A21", "Accra", "place", ["Accra"], optional=True),
        actor(d, "A22", "Atlantic", "place", ["Atlantic"], optional=True),
    ]
    via = "Craig Ellison"
    basis = "'met today' on the readout's date"
    kw = dict(reported_via=via, channel="meeting", date_basis=basis)
    us = ["United States"]
    statements = [
        statement(d, "B00", "Craig Ellison",
                  "The below is attributable to Principal Deputy "
                  "Spokesperson Craig Ellison", day,
                  para="readout of Secretary Pennington's meeting with "
                       "Minister Sarr",
                  alternatives=["U.S. Department of State"],
                  about=[sec, "Cheikh Tidiane Sarr", "Senegal"],
                  optional=True, date_basis=basis),
        statement(d, "B01", sec, "Secretary Pennington commended", day,
                  para="commended Senegal's long tradition of peaceful, "
                       "democratic transfers of power and its contributions "
                       "to UN peacekeeping missions across Africa",
                  evidence=["Secretary Pennington commended Senegal's long "
                            "tradition of peaceful, democratic transfers of "
                            "power and its contributions to UN peacekeeping "
                            "missions across Africa."],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[("Senegal", "cooperative", True)],
                  about=["Senegal", "United Nations"], **kw),
        statement(d, "B02", sec, "The Secretary welcomed", day,
                  para="welcomed Senegal's decision to join the Minerals "
                       "Security Partnership Forum",
                  evidence=["The Secretary welcomed Senegal's decision to "
                            "join the Minerals Security Partnership Forum"],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[("Senegal", "cooperative", True)],
                  about=["Senegal", "Minerals Security Partnership Forum"],
                  **kw),
        statement(d, "B03", sec, "underscored the importance", day,
                  para="underscored the importance of transparent, "
                       "market-based investment in critical minerals",
                  evidence=["underscored the importance of transparent, "
                            "market-based investment in critical minerals."],
                  cameo="010", alternatives=us,
                  targets=[("Senegal", "neutral", False)],
                  about=["Senegal", "Minerals Security Partnership Forum"],
                  attribution="coordinated verb", **kw),
        statement(d, "B04", sec, "She noted", day,
                  para="the United States and Senegal have been close "
                       "partners since Senegal's independence in 1960",
                  evidence=["She noted that the United States and Senegal "
                            "have been close partners since Senegal's "
                            "independence in 1960."],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[("Senegal", "cooperative", True)],
                  about=["United States", "Senegal"], **kw),
        statement(d, "B05", sec, "The Secretary expressed concern", day,
                  para="expressed concern over the spread of terrorist "
                       "groups toward coastal West African states",
                  evidence=["The Secretary expressed concern over the spread "
                            "of terrorist groups toward coastal West African "
                            "states"],
                  cameo="010", alts=["111"], alternatives=us,
                  about=["Sahel"], **kw),
        statement(d, "B06", sec, "reaffirmed the United States'", day,
                  para="reaffirmed the United States' commitment to working "
                       "with Senegal and ECOWAS partners to counter violent "
                       "extremism",
                  evidence=["reaffirmed the United States' commitment to "
                            "working with Senegal and ECOWAS partners to "
                            "counter violent extremism."],
                  cameo="051", alts=["030", "010"], alternatives=us,
                  targets=[("Senegal", "cooperative", True),
                           ("ECOWAS", "cooperative", True)],
                  about=["Senegal", "ECOWAS", "United States"],
                  attribution="coordinated verb", **kw),
        statement(d, "B07", sec, "Secretary Pennington thanked", day,
                  para="thanked Minister Sarr for Senegal's cooperation on "
                       "the return of Senegalese nationals with final orders "
                       "of removal",
                  evidence=["Secretary Pennington thanked Minister Sarr for "
                            "Senegal's cooperation on the return of "
                            "Senegalese nationals with final orders of "
                            "removal"],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[("Cheikh Tidiane Sarr", "cooperative", True),
                           ("Senegal", "cooperative", True)],
                  about=["Senegal", "Cheikh Tidiane Sarr"], **kw),
        statement(d, "B08", sec, "urged continued efforts", day,
                  para="urged continued efforts to address irregular "
                       "migration across the Atlantic route to Europe",
                  evidence=["urged continued efforts to address irregular "
                            "migration across the Atlantic route to Europe."],
                  cameo="020", alts=["010"], alternatives=us,
                  targets=[("Senegal", "neutral", False)],
                  about=["Senegal", "Europe", "Atlantic"],
                  attribution="coordinated verb", **kw),
        statement(d, "B09", sec, "They agreed", day,
                  para="to convene the next session of the U.S.-Senegal "
                       "Strategic Dialogue in Dakar in the first half of 2027",
                  evidence=["They agreed to convene the next session of the "
                            "U.S.-Senegal Strategic Dialogue in Dakar in the "
                            "first half of 2027."],
                  cameo="036", alts=["030", "010"],
                  alternatives=["Cheikh Tidiane Sarr"],
                  targets=[("Senegal", "cooperative", False),
                           ("United States", "cooperative", False)],
                  about=["United States", "Senegal", "Dakar"],
                  attribution="joint", **kw),
    ]
    statements[-1]["co_speakers"] = ["Cheikh Tidiane Sarr"]
    statements[4]["speaker_mention"]["note"] = (
        "'She' = the Secretary, subject of the sentences before")
    relationships = [
        relationship("R01", "close partners", ["United States", "Senegal"],
                     False, [sec], ["B04"],
                     ["partners", "partner", "close partner",
                      "partnership"], date=day),
        relationship("R02", "commercial ties", ["United States", "Senegal"],
                     False, ["narrator"], [], ["ties"], optional=True),
    ]
    events = [
        event("E01", "Pennington-Sarr meeting in Washington", day,
              [sec, "Cheikh Tidiane Sarr"]),
        event("E02", "next session of the U.S.-Senegal Strategic Dialogue",
              "2027", ["United States", "Senegal"], optional=True),
        event("E03", "independence of Senegal", "1960", ["Senegal"],
              optional=True),
    ]
    timexes = [timex(d, "December 10, 2026", day),
               timex(d, "today", day),
               timex(d, "in 1960", "1960"),
               timex(d, "in the first half of 2027", "2027-01/2027-06",
                     kind="interval"),
               timex(d, "December 9, 2026", "2026-12-09"),
               timex(d, "December 8, 2026", "2026-12-08")]
    write(d, day, "meeting readout (State Department)", actors, statements,
          relationships, events, timexes)


def h61():
    d = Doc("h61_joint")
    day = "2026-12-10"
    wed = "2026-12-09"
    ni_mfa = "Ministry of Foreign Affairs (Nicaragua)"
    actors = [
        actor(d, "A01", "Honduras", "state",
              ["Honduras", "Republic of Honduras"],
              ["Republic of Honduras"]),
        actor(d, "A02", "El Salvador", "state",
              ["El Salvador", "Republic of El Salvador"],
              ["Republic of El Salvador"]),
        actor(d, "A03", "Lourdes Cárcamo Zelaya", "person",
              ["Lourdes Cárcamo Zelaya", "Cárcamo"],
              ["Lourdes Carcamo Zelaya", "Lourdes Cárcamo"],
              affiliations=[("Honduras", "Minister of Foreign Affairs and "
                                         "International Cooperation")]),
        actor(d, "A04", "Rodrigo Alvarenga Mena", "person",
              ["Rodrigo Alvarenga Mena", "Alvarenga"],
              ["Rodrigo Alvarenga"],
              affiliations=[("El Salvador", "Minister of Foreign Affairs")]),
        actor(d, "A05", "Spain", "state", ["Spain", "Kingdom of Spain"],
              ["Kingdom of Spain", "Government of the Kingdom of Spain"]),
        actor(d, "A06", "Ana Beltrán Roca", "person", ["Ana Beltrán Roca"],
              ["Ana Beltran Roca"],
              affiliations=[("Spain", "Foreign Minister")]),
        actor(d, "A07", "Nicaragua", "state",
              ["Nicaragua", "Republic of Nicaragua", "Managua"],
              ["Republic of Nicaragua"], accept={"Managua": ["Managua"]}),
        actor(d, "A08", ni_mfa, "organization",
              ["Nicaragua's Ministry of Foreign Affairs"],
              ["Nicaraguan Ministry of Foreign Affairs",
               "Nicaraguan Foreign Ministry"], part_of="Nicaragua"),
        actor(d, "A09", "Gulf of Fonseca", "place", ["Gulf of Fonseca"]),
        actor(d, "A10", "International Court of Justice", "organization",
              ["International Court of Justice"], ["ICJ"]),
        actor(d, "A11", "Binational Fisheries Commission", "organization",
              ["Binational Fisheries Commission"], optional=True),
        actor(d, "A12", "Madrid", "place", ["Madrid"], optional=True),
        actor(d, "A13", "Palacio de Viana", "place", ["Palacio de Viana"],
              optional=True),
        actor(d, "A14", "Amapala", "place", ["Amapala"], optional=True),
        actor(d, "A15", "Tegucigalpa", "place", ["Tegucigalpa"],
              optional=True, accept={"Tegucigalpa": ["Honduras"]}),
        actor(d, "A16", "San Salvador", "place", ["San Salvador"],
              optional=True, accept={"San Salvador": ["El Salvador"]}),
        actor(d, "A17", "EFE", "media", ["EFE"], optional=True),
        actor(d, "A18", "Central America Today", "media",
              ["Central America Today"], optional=True),
    ]
    t = d.text
    first = "The Minister of Foreign Affairs and International Cooperation"
    last = "for its hospitality and for facilitating this dialogue."
    i, j = t.index(first), t.index(last) + len(last)
    whole = t[i:j]
    paras = whole.split("\n\n")
    assert len(paras) == 7
    both = ["El Salvador", "Lourdes Cárcamo Zelaya", "Rodrigo Alvarenga Mena"]
    statements = [
        statement(d, "J01", "Honduras",
                  "JOINT STATEMENT OF THE GOVERNMENTS", day, quote=whole,
                  cameo="030", alts=["057", "051", "036", "010"],
                  alternatives=both,
                  targets=[("El Salvador", "cooperative", True),
                           ("Honduras", "cooperative", True),
                           ("Nicaragua", "cooperative", True),
                           ("Spain", "cooperative", True)],
                  about=["Honduras", "El Salvador", "Gulf of Fonseca",
                         "Nicaragua", "Spain",
                         "International Court of Justice"],
                  channel="joint statement", attribution="joint",
                  date_basis="the closing 'Madrid, December 10, 2026' and "
                             "the lede's 'agreed on Thursday'"),
        statement(d, "J02", "Honduras",
                  "Honduras and El Salvador agreed on Thursday", day,
                  para="Honduras and El Salvador agreed to begin joint naval "
                       "patrols in the Gulf of Fonseca and to set up a "
                       "binational fisheries commission",
                  evidence=["Honduras and El Salvador agreed on Thursday to "
                            "begin joint naval patrols in the Gulf of Fonseca "
                            "and to set up a binational fisheries "
                            "commission"],
                  cameo="030", alts=["057", "010"], alternatives=both,
                  targets=[("El Salvador", "cooperative", True),
                           ("Honduras", "cooperative", True)],
                  about=["Honduras", "El Salvador", "Gulf of Fonseca"],
                  attribution="joint", optional=True,
                  date_basis="'on Thursday'; the lede's retelling of J01"),
        statement(d, "J03", "Ana Beltrán Roca",
                  "Ana Beltrán Roca, who opened the talks", day,
                  quote="a neutral table, nothing more",
                  para="Spain had offered a neutral table, nothing more, and "
                       "the agreement belonged to Honduras and El Salvador",
                  evidence=["said on Thursday that Spain had offered \"a "
                            "neutral table, nothing more\" and that the "
                            "agreement belonged to the two countries."],
                  cameo="010", alternatives=["Spain"],
                  about=["Spain", "Honduras", "El Salvador"],
                  date_basis="'on Thursday'"),
        statement(d, "J04", "Lourdes Cárcamo Zelaya", "Cárcamo said the",
                  day,
                  quote="bring order to a gulf that has seen too many "
                        "incidents.",
                  para="the patrols would bring order to a gulf that has "
                       "seen too many incidents",
                  evidence=["Speaking to reporters after signing the "
                            "statement, Cárcamo said the patrols would "
                            "\"bring order to a gulf that has seen too many "
                            "incidents.\""],
                  cameo="010", alts=["057"], alternatives=["Honduras"],
                  about=["Gulf of Fonseca", "El Salvador"],
                  channel="remarks to reporters",
                  date_basis="'after signing the statement' (Thursday, "
                             "December 10)"),
        statement(d, "J05", "Lourdes Cárcamo Zelaya", "she said", day,
                  after="Our fishermen",
                  quote="Our fishermen need to know that they can work "
                        "without fear,",
                  cameo="010", alternatives=["Honduras"],
                  about=["Gulf of Fonseca"], channel="remarks to reporters",
                  date_basis="the same remarks (Thursday)"),
        statement(d, "J06", "Rodrigo Alvarenga Mena",
                  "Alvarenga told Salvadoran television", None,
                  quote="a gesture that we value",
                  para="the release of the boats was a gesture that El "
                       "Salvador values",
                  evidence=["Alvarenga told Salvadoran television that the "
                            "release of the boats was \"a gesture that we "
                            "value\""],
                  cameo="051", alts=["010"], alternatives=["El Salvador"],
                  targets=[("Honduras", "cooperative", False)],
                  about=["Honduras"], channel="interview",
                  date_basis="the text does not say when"),
        statement(d, "J07", "Rodrigo Alvarenga Mena",
                  "but said his government", None,
                  para="the Salvadoran government would watch closely how "
                       "the commission worked in practice",
                  evidence=["but said his government would watch closely how "
                            "the commission worked in practice."],
                  cameo="010", alternatives=["El Salvador"],
                  targets=[("Honduras", "neutral", False)],
                  about=["Honduras", "Binational Fisheries Commission"],
                  channel="interview",
                  date_basis="the text does not say when"),
        statement(d, "J08", ni_mfa,
                  "Nicaragua's Ministry of Foreign Affairs said", day,
                  para="any arrangement in the Gulf of Fonseca required the "
                       "consent of the three coastal states, and Nicaragua "
                       "had not been consulted",
                  evidence=["Nicaragua's Ministry of Foreign Affairs said in "
                            "a statement on Thursday evening that any "
                            "arrangement in the Gulf of Fonseca required the "
                            "consent of the three coastal states, and that "
                            "Managua had not been consulted."],
                  cameo="111", alts=["010", "112"],
                  alternatives=["Nicaragua"],
                  targets=[("Honduras", "conflictual", False),
                           ("El Salvador", "conflictual", False)],
                  about=["Gulf of Fonseca", "Honduras", "El Salvador"],
                  channel="statement", date_basis="'on Thursday evening'"),
    ]
    statements[0]["co_speakers"] = ["El Salvador"]
    statements[1]["co_speakers"] = ["El Salvador"]
    statements[0]["quote_marks"] = "none (document text)"
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    statements[0]["speaker_mention"]["note"] = (
        "the statement of the two governments (Honduras with El Salvador as "
        "co-speaker, the two ministers accepted), from the preamble to the "
        "last numbered paragraph, one segment per paragraph; the title and "
        "the closing place and date are not in it")
    statements[4]["speaker_mention"]["note"] = "'she' = Cárcamo"
    statements[6]["speaker_mention"]["note"] = (
        "the second verb of 'told … that … but said …': a statement of its "
        "own")
    relationships = [
        relationship("R01", "ties of friendship and brotherhood",
                     ["Honduras", "El Salvador"], False,
                     ["Honduras", "El Salvador"], ["J01"],
                     ["friendship and brotherhood", "friendship",
                      "brotherhood", "ties of friendship", "historic ties",
                      "historic ties of friendship and brotherhood", "ties"],
                     date=day),
    ]
    events = [
        event("E01", "talks of the Honduran and Salvadoran foreign ministers "
              "in Madrid and their joint statement", day,
              ["Lourdes Cárcamo Zelaya", "Rodrigo Alvarenga Mena"]),
        event("E02", "recall of the ambassadors", "2026-08",
              ["Honduras", "El Salvador"], optional=True),
        event("E03", "first meeting of the Binational Fisheries Commission "
              "in Amapala", "2027-02", ["Honduras", "El Salvador"],
              optional=True),
        event("E04", "judgment of the International Court of Justice",
              "1992", ["International Court of Justice"], optional=True),
    ]
    timexes = [timex(d, "December 11, 2026 - 8:15 am", "2026-12-11",
                     kind="datetime"),
               timex(d, "on Thursday", day),
               timex(d, "in August", "2026-08"),
               timex(d, "on Thursday", day, after="Palacio de Viana"),
               timex(d, "on December 9 and 10, 2026", "2026-12-09/2026-12-10",
                     kind="interval"),
               timex(d, "before December 31, 2026", "2026-12-31"),
               timex(d, "in the first quarter of 2027", "2027-01/2027-03",
                     kind="interval"),
               timex(d, "1992", "1992"),
               timex(d, "in February 2027", "2027-02"),
               timex(d, "since July", "2026-07"),
               timex(d, "December 10, 2026", day, after="this dialogue."),
               timex(d, "on Wednesday", wed),
               timex(d, "on Thursday", day, after="opened the talks"),
               timex(d, "on Thursday evening", day)]
    write(d, day, "joint statement (news page)", actors, statements,
          relationships, events, timexes)


def h62():
    d = Doc("h62_report")
    day = "2026-12-15"
    mea = "Ministry of External Affairs (India)"
    pm = "Devendra Sahni"
    pres = "Renata Albuquerque"
    actors = [
        actor(d, "A01", pm, "person", ["Devendra Sahni", "Sahni"],
              ["PM Devendra Sahni", "PM Sahni"],
              affiliations=[("India", "Prime Minister")]),
        actor(d, "A02", pres, "person", ["Renata Albuquerque",
                                         "Albuquerque"],
              ["President Renata Albuquerque"],
              affiliations=[("Brazil", "President")]),
        actor(d, "A03", "India", "state", ["India"], ["Republic of India"]),
        actor(d, "A04", "Brazil", "state", ["Brazil", "Brasilia"],
              ["Federative Republic of Brazil"],
              accept={"Brasilia": ["Brasilia"]}),
        actor(d, "A05", "Reuters", "media", ["Reuters"]),
        actor(d, "A06", "Vinay Prakash", "person",
              ["Vinay Prakash", "Prakash"],
              affiliations=[("India", "Foreign Secretary")]),
        actor(d, "A07", "Paulo Henrique Mattos", "person",
              ["Paulo Henrique Mattos"], ["Paulo Mattos", "Mattos"],
              affiliations=[("Brazil", "Foreign Minister")]),
        actor(d, "A08", "Agencia Brasil", "media", ["Agencia Brasil"],
              ["Agência Brasil"]),
        actor(d, "A09", mea, "organization",
              ["Ministry of External Affairs", "MEA"],
              ["Ministry of External Affairs", "MEA"], part_of="India"),
        actor(d, "A10", "Rohan Mathur", "person", ["Rohan Mathur"],
              affiliations=[(mea, "spokesperson")]),
        actor(d, "A11", "PTI", "media", ["PTI"], ["Press Trust of India"]),
        actor(d, "A12", "UN Security Council", "organization",
              ["UN Security Council"],
              ["United Nations Security Council", "UNSC",
               "Security Council"]),
        actor(d, "A13", "ANI", "media", ["ANI"], ["Asian News International"],
              optional=True),
        actor(d, "A14", "Global South", "group", ["Global South"],
              optional=True),
        actor(d, "A15", "West Asia", "place", ["West Asia"], optional=True),
        actor(d, "A16", "Ukraine", "state", ["Ukraine"], optional=True),
        actor(d, "A17", "United States", "state", ["US"], ["USA"],
              optional=True),
        actor(d, "A18", "Brasilia", "place", ["Brasilia"], optional=True,
              accept={"Brasilia": ["Brazil"]}),
        actor(d, "A19", "Planalto Palace", "place", ["Planalto Palace"],
              optional=True),
        actor(d, "A20", "New Delhi", "place", ["New Delhi"], optional=True,
              accept={"New Delhi": ["India"]}),
        actor(d, "A21", "Argentina", "state", ["Argentina"], optional=True),
        actor(d, "A22", "Mercosur", "organization", ["Mercosur"],
              optional=True),
        actor(d, "A23", "Latin America", "place", ["Latin America"],
              optional=True),
        actor(d, "A24", "Sao Paulo", "place", ["Sao Paulo"], optional=True),
        actor(d, "A25", "Buenos Aires", "place", ["Buenos Aires"],
              optional=True, accept={"Buenos Aires": ["Argentina"]}),
    ]
    basis = "the summit 'on Tuesday' (the page's day)"
    both = ["Brazil", "India"]
    statements = [
        statement(d, "N01", pm, "Prime Minister Devendra Sahni on Tuesday said",
                  day,
                  para="India and Brazil would work together to give the "
                       "Global South a stronger voice in world affairs",
                  evidence=["Prime Minister Devendra Sahni on Tuesday said "
                            "India and Brazil would work together to give the "
                            "Global South a stronger voice in world affairs"],
                  cameo="030", alts=["010", "051"], alternatives=["India"],
                  targets=[("Brazil", "cooperative", True)],
                  about=["Brazil", "India", "Global South"], same=["N02"],
                  date_basis="'on Tuesday'; the lede's retelling of N02"),
        statement(d, "N02", pm, "Sahni said in his press statement", day,
                  quote="India and Brazil are two large democracies and two "
                        "voices of the Global South. From today our "
                        "relationship is a comprehensive strategic "
                        "partnership, and together we will work to make sure "
                        "that the Global South is heard in every forum where "
                        "the world's future is decided,",
                  cameo="030", alts=["051", "010"], alternatives=["India"],
                  targets=[("Brazil", "cooperative", True)],
                  about=["Brazil", "India", "Global South"],
                  channel="press statement", same=["N01"],
                  date_basis="'after the talks' of Tuesday"),
        statement(d, "N03", pm, "He said the two sides had set", day,
                  para="the two sides had set a target of $30 billion in "
                       "bilateral trade by 2030, up from about $13 billion "
                       "last year",
                  evidence=["He said the two sides had set a target of $30 "
                            "billion in bilateral trade by 2030, up from "
                            "about $13 billion last year."],
                  cameo="030", alts=["010"], alternatives=["India"],
                  targets=[("Brazil", "cooperative", False)],
                  about=both, channel="press statement",
                  date_basis="continues his press statement after the talks "
                             "(Tuesday)"),
        statement(d, "N04", pres, "Albuquerque described India", day,
                  quote="natural partner",
                  para="India is a natural partner for Brazil",
                  evidence=["Speaking at the same event, Albuquerque "
                            "described India as a \"natural partner\" for "
                            "Brazil"],
                  cameo="051", alts=["010"], alternatives=["Brazil"],
                  targets=[("India", "cooperative", True)],
                  about=["India"], reported_via="Reuters",
                  channel="press statements after the talks",
                  date_basis="'at the same event' as Sahni's press statement "
                             "of Tuesday"),
        statement(d, "N05", pres, "and said the two countries", day,
                  para="Brazil and India did not need anyone's permission to "
                       "trade with each other",
                  evidence=["said the two countries did not need anyone's "
                            "permission to trade with each other, Reuters "
                            "reported."],
                  cameo="010", alts=["030"], alternatives=["Brazil"],
                  targets=[("India", "cooperative", False)],
                  about=both, reported_via="Reuters",
                  channel="press statements after the talks",
                  attribution="coordinated verb",
                  date_basis="the same event (Tuesday)"),
        statement(d, "N06", pres, "she told reporters at the palace", day,
                  quote="Brazil and India will decide together what is good "
                        "for our peoples. We will not choose between "
                        "partners,",
                  cameo="010", alts=["030"], alternatives=["Brazil"],
                  targets=[("India", "cooperative", False)],
                  about=both, reported_via="Reuters",
                  channel="remarks to reporters",
                  date_basis="the same event at the palace (Tuesday)"),
        statement(d, "N07", "Vinay Prakash",
                  "Foreign Secretary Vinay Prakash said", day,
                  para="the two leaders had also discussed the situation in "
                       "West Asia and the conflict in Ukraine",
                  evidence=["Briefing reporters later in the evening, Foreign "
                            "Secretary Vinay Prakash said the two leaders had "
                            "also discussed the situation in West Asia and "
                            "the conflict in Ukraine."],
                  cameo="010", alternatives=["India", mea],
                  about=["West Asia", "Ukraine", pm, pres],
                  channel="media briefing",
                  date_basis="'later in the evening' of Tuesday"),
        statement(d, "N08", "Vinay Prakash", "Prakash said the talks", day,
                  quote="the trade policies of third countries",
                  para="the talks had focused on the bilateral relationship "
                       "and he would not comment on the trade policies of "
                       "third countries",
                  evidence=["Prakash said the talks had focused on the "
                            "bilateral relationship and that he would not "
                            "comment on \"the trade policies of third "
                            "countries\"."],
                  cameo="011", alts=["010"], alternatives=["India", mea],
                  about=["United States", "Brazil"],
                  channel="media briefing",
                  date_basis="the same briefing (Tuesday)"),
        statement(d, "N09", pm, "the two leaders called for", day,
                  para="the two leaders called for early reform of the UN "
                       "Security Council, including an expansion of its "
                       "permanent membership",
                  evidence=["According to a joint statement issued after the "
                            "summit, the two leaders called for early reform "
                            "of the UN Security Council, including an "
                            "expansion of its permanent membership."],
                  cameo="024", alts=["020", "010"],
                  alternatives=[pres, "India", "Brazil"],
                  targets=[("UN Security Council", "neutral", True)],
                  about=["UN Security Council"], channel="joint statement",
                  attribution="joint",
                  date_basis="the joint statement 'issued after the summit' "
                             "of Tuesday"),
        statement(d, "N10", pm, "They also welcomed", day,
                  para="the two leaders welcomed the launch of a joint "
                       "working group on critical minerals, which will meet "
                       "in New Delhi in March",
                  evidence=["They also welcomed the launch of a joint working "
                            "group on critical minerals, which will meet in "
                            "New Delhi in March."],
                  cameo="051", alts=["030", "010"],
                  alternatives=[pres, "India", "Brazil"],
                  targets=[("Brazil", "cooperative", False),
                           ("India", "cooperative", False)],
                  about=both + ["New Delhi"], channel="joint statement",
                  attribution="joint",
                  date_basis="the same joint statement (Tuesday)"),
        statement(d, "N11", "Paulo Henrique Mattos",
                  "Brazilian Foreign Minister Paulo Henrique Mattos told",
                  "2026-12-14",
                  para="Brazil was keen to buy Indian-made military transport "
                       "aircraft and to open talks on expanding the "
                       "India-Mercosur preferential trade agreement",
                  evidence=["On Monday, Brazilian Foreign Minister Paulo "
                            "Henrique Mattos told the state news agency "
                            "Agencia Brasil that Brasilia was keen to buy "
                            "Indian-made military transport aircraft and to "
                            "open talks on expanding the India-Mercosur "
                            "preferential trade agreement."],
                  cameo="030", alts=["036", "010"], alternatives=["Brazil"],
                  targets=[("India", "cooperative", True)],
                  about=["India", "Mercosur"], reported_via="Agencia Brasil",
                  channel="interview", date_basis="'On Monday'"),
        statement(d, "N12", mea, "The Ministry of External Affairs (MEA) said",
                  None,
                  para="Sahni would also address a gathering of the Indian "
                       "community in Sao Paulo on Wednesday before leaving "
                       "for Buenos Aires",
                  evidence=["The Ministry of External Affairs (MEA) said "
                            "Sahni would also address a gathering of the "
                            "Indian community in Sao Paulo on Wednesday "
                            "before leaving for Buenos Aires, PTI reported."],
                  cameo="010", alternatives=["India"],
                  about=[pm, "Sao Paulo", "Buenos Aires"],
                  reported_via="PTI",
                  date_basis="the text does not say when ('on Wednesday' "
                             "dates the gathering)"),
        statement(d, "N13", "Rohan Mathur", "MEA spokesperson Rohan Mathur said",
                  None, quote="opened a new chapter",
                  para="the visit had opened a new chapter in ties between "
                       "India and Brazil",
                  evidence=["MEA spokesperson Rohan Mathur said in a post on "
                            "X that the visit had \"opened a new chapter\" in "
                            "ties between the two countries."],
                  cameo="013", alts=["051", "010"],
                  alternatives=[mea, "India"],
                  targets=[("Brazil", "cooperative", False)],
                  about=both, channel="post on X",
                  date_basis="the text does not say when"),
    ]
    statements[8]["co_speakers"] = [pres]
    statements[9]["co_speakers"] = [pres]
    statements[2]["speaker_mention"]["note"] = "'He' = Sahni"
    statements[4]["speaker_mention"]["note"] = (
        "the second verb of 'described … and said …': a statement of its own")
    statements[5]["speaker_mention"]["note"] = (
        "'she' = Albuquerque; Reuters' relay of the paragraph before")
    statements[8]["speaker_mention"]["note"] = (
        "the two leaders (Sahni with Albuquerque as co-speaker), a joint "
        "statement cited with 'according to'")
    statements[9]["speaker_mention"]["note"] = "'They' = the two leaders"
    statements[11]["speaker_mention"]["note"] = (
        "the ministry's announcement relayed by PTI; undated")
    relationships = [
        relationship("R01", "comprehensive strategic partnership",
                     ["India", "Brazil"], False, ["narrator", pm], ["N02"],
                     ["strategic partnership", "comprehensive strategic "
                      "partners", "partnership"], date=day),
        relationship("R02", "natural partner", ["Brazil", "India"], False,
                     [pres], ["N04"], ["partner", "partners"],
                     optional=True, date=day),
        relationship("R03", "largest trading partner in Latin America",
                     ["India", "Brazil"], False, ["narrator"], [],
                     ["largest trading partner", "trading partner"],
                     optional=True),
        relationship("R04", "ties", ["India", "Brazil"], False,
                     ["Rohan Mathur"], ["N13"], ["relationship", "relations"],
                     optional=True),
    ]
    events = [
        event("E01", "Sahni-Albuquerque summit at the Planalto Palace", day,
              [pm, pres]),
        event("E02", "Sahni arrives in Brasilia on a state visit",
              "2026-12-14", [pm], optional=True),
        event("E03", "first meeting of the joint working group on critical "
              "minerals in New Delhi", "2027-03", both, optional=True),
        event("E04", "Sahni addresses the Indian community in Sao Paulo",
              "2026-12-16", [pm], optional=True),
    ]
    timexes = [timex(d, "Dec 15, 2026 11:18 PM IST", day, kind="datetime"),
               timex(d, "on Tuesday", day, after="Prime Minister Devendra "
                     "Sahni on Tuesday"),
               timex(d, "on Tuesday", day, after="Planalto Palace in "
                     "Brasilia on Tuesday"),
               timex(d, "on Monday", "2026-12-14"),
               timex(d, "in eight years", "P8Y", kind="duration"),
               timex(d, "From today", day),
               timex(d, "by 2030", "2030"),
               timex(d, "last year", "2025"),
               timex(d, "later in the evening", day),
               timex(d, "in March", "2027-03"),
               timex(d, "On Monday", "2026-12-14"),
               timex(d, "on Wednesday", "2026-12-16")]
    write(d, day, "news report (newspaper)", actors, statements,
          relationships, events, timexes)


def h63():
    d = Doc("h63_briefing")
    day = "2026-12-16"
    sp = "Han Qiming"
    zmfa = "Ministry of Foreign Affairs (Zambia)"
    actors = [
        actor(d, "A01", sp, "person", ["Han Qiming"],
              affiliations=[("Ministry of Foreign Affairs (China)",
                             "spokesperson")]),
        actor(d, "A02", "China", "state", ["China"],
              ["People's Republic of China", "PRC"]),
        actor(d, "A03", "Ministry of Foreign Affairs (China)",
              "organization", ["Foreign Ministry"],
              ["Chinese Foreign Ministry", "Foreign Ministry"],
              optional=True, part_of="China"),
        actor(d, "A04", "Xi Jinping", "person", ["Xi Jinping"],
              affiliations=[("China", "President")]),
        actor(d, "A05", "Joseph Chanda Mwale", "person",
              ["Joseph Chanda Mwale", "Mwale"], ["Joseph Mwale"],
              affiliations=[("Zambia", "President")]),
        actor(d, "A06", "Zambia", "state",
              ["Republic of Zambia", "Zambia", "Lusaka"],
              ["Republic of Zambia"]),
        actor(d, "A07", "He Zhiyuan", "person", ["He Zhiyuan"],
              affiliations=[("China", "Premier of the State Council")]),
        actor(d, "A08", "CCTV", "media", ["CCTV"], ["China Central Television"]),
        actor(d, "A09", "Kyodo News", "media", ["Kyodo News"], ["Kyodo"]),
        actor(d, "A10", "Kazuhiro Nagai", "person", ["Kazuhiro Nagai"],
              affiliations=[("Japan", "Chief Cabinet Secretary")]),
        actor(d, "A11", "Japan", "state", ["Japan"]),
        actor(d, "A12", "China Coast Guard", "organization",
              ["China Coast Guard"], part_of="China"),
        actor(d, "A13", "Senkaku Islands", "place",
              ["Senkaku Islands", "Diaoyu Dao"],
              ["Diaoyu Dao", "Diaoyu Islands"]),
        actor(d, "A14", "Reuters", "media", ["Reuters"]),
        actor(d, "A15", "Mutale Phiri", "person", ["Mutale Phiri"],
              affiliations=[("Zambia", "Finance Minister")]),
        actor(d, "A16", "AFP", "media", ["AFP"], ["Agence France-Presse"]),
        actor(d, "A17", "European Union", "organization",
              ["European Union", "EU"], ["EU"]),
        actor(d, "A18", "Russia", "state", ["Russia"]),
        actor(d, "A19", "Bloomberg", "media", ["Bloomberg"]),
        actor(d, "A20", "Beijing Youth Daily", "media",
              ["Beijing Youth Daily"]),
        actor(d, "A21", zmfa, "organization",
              ["Zambian Ministry of Foreign Affairs"],
              ["Zambian Ministry of Foreign Affairs",
               "Zambian Foreign Ministry"], part_of="Zambia"),
        actor(d, "A22", "State Council", "organization", ["State Council"],
              optional=True, part_of="China"),
        actor(d, "A23", "Hunan", "place", ["Hunan"], optional=True),
        actor(d, "A24", "Beijing", "place", ["Beijing"], optional=True),
        actor(d, "A25", "Tanzania-Zambia Railway", "place",
              ["Tanzania-Zambia Railway"], ["TAZARA"], optional=True),
        actor(d, "A26", "FOCAC", "organization", ["FOCAC"],
              ["Forum on China-Africa Cooperation"], optional=True),
        actor(d, "A27", "G20", "organization", ["G20"], optional=True),
        actor(d, "A28", "Tokyo", "place", ["Tokyo"], optional=True),
        actor(d, "A29", "Republic of Korea", "state", ["ROK"],
              ["South Korea", "Korea"], optional=True),
        actor(d, "A30", "Changsha", "place", ["Changsha"], optional=True),
    ]
    hq = "Han Qiming:"
    pc = "regular press conference"
    basis = "the press conference's date (16 December 2026)"
    ann = ("At the invitation of President Xi Jinping, President of the "
           "Republic of Zambia Joseph Chanda Mwale will pay a state visit to "
           "China from December 18 to 22.")
    a1 = ["During the visit, President Xi Jinping will hold talks with "
          "President Mwale and host a welcome ceremony and banquet for him. "
          "Premier of the State Council He Zhiyuan will meet with him. "
          "Besides Beijing, President Mwale will also visit Hunan province.",
          "Zambia was among the first southern African countries to "
          "establish diplomatic relations with the People's Republic of "
          "China, and the Tanzania-Zambia Railway stands as a monument to "
          "our friendship. In recent years, the China-Zambia comprehensive "
          "strategic cooperative partnership has kept growing, with fruitful "
          "cooperation in mining, agriculture, infrastructure and human "
          "resources development. We believe the visit will further deepen "
          "political mutual trust, advance the high-quality implementation "
          "of the outcomes of the FOCAC Summit, and bring more benefits to "
          "the two peoples."]
    a2 = ("Diaoyu Dao and its affiliated islands are China's inherent "
          "territory. It is legitimate and lawful for the China Coast Guard "
          "to conduct law enforcement patrols in China's territorial waters. "
          "China does not accept Japan's so-called protest. We urge Japan to "
          "stop sending vessels into the waters around Diaoyu Dao and to "
          "avoid creating new incidents.")
    a3 = ("China has always supported Zambia in addressing its debt issue "
          "and has played an important role in the debt restructuring under "
          "the G20 Common Framework. As for the specific outcomes of the "
          "visit, we will release information in due course.")
    a4 = ("China firmly opposes the EU's unilateral sanctions and \"long-arm "
          "jurisdiction\" that have no basis in international law. Normal "
          "exchanges and cooperation between Chinese and Russian companies "
          "should not be interfered with. We urge the EU to stop harming "
          "Chinese companies' legitimate rights and interests. China will "
          "take necessary measures to firmly safeguard them.")
    a5 = "I have nothing to release at the moment."
    a6 = ("As I said just now, President Mwale will visit Hunan province. We "
          "will release details of the program in due course.")
    mfa = ["China", "Ministry of Foreign Affairs (China)"]
    statements = [
        statement(d, "B01", sp, "Han Qiming", day, quote=ann, cameo="036",
                  alts=["010"], alternatives=mfa,
                  targets=[("Zambia", "cooperative", True)],
                  about=["Zambia", "Joseph Chanda Mwale", "Xi Jinping"],
                  channel=pc, attribution="unlabelled opening announcement",
                  date_basis=basis),
        statement(d, "B02", sp, hq, day, quote="\n\n".join(a1),
                  after="what are China's expectations", cameo="051",
                  alts=["036", "010"], alternatives=mfa,
                  targets=[("Zambia", "cooperative", True)],
                  about=["Zambia", "Joseph Chanda Mwale", "Xi Jinping",
                         "He Zhiyuan", "FOCAC"],
                  channel=pc, date_basis=basis),
        statement(d, "B03", "Kazuhiro Nagai",
                  "Japanese Chief Cabinet Secretary Kazuhiro Nagai said",
                  "2026-12-15",
                  para="Japan had lodged a strong protest with China after "
                       "four China Coast Guard vessels entered Japan's "
                       "territorial waters around the Senkaku Islands for "
                       "the third time this month",
                  evidence=["Japanese Chief Cabinet Secretary Kazuhiro Nagai "
                            "said at a press conference yesterday that Japan "
                            "had lodged a strong protest with China after "
                            "four China Coast Guard vessels entered what he "
                            "called Japan's territorial waters around the "
                            "Senkaku Islands for the third time this month."],
                  cameo="111", alts=["112", "010"], alternatives=["Japan"],
                  targets=[("China", "conflictual", True)],
                  about=["China Coast Guard", "Senkaku Islands", "China"],
                  reported_via="Kyodo News", channel="press conference",
                  embedded=True, date_basis="'yesterday'"),
        statement(d, "B04", sp, hq, day, quote=a2,
                  after="for the third time this month", cameo="111",
                  alts=["112", "020", "010"], alternatives=mfa,
                  targets=[("Japan", "conflictual", True)],
                  about=["Japan", "Senkaku Islands", "China Coast Guard"],
                  channel=pc, responds_to=["B03"], date_basis=basis),
        statement(d, "B05", "Mutale Phiri",
                  "Zambia's finance minister Mutale Phiri told", "2026-12",
                  para="Zambia hoped to sign an agreement on the remaining "
                       "Chinese loans during the visit",
                  evidence=["Zambia's finance minister Mutale Phiri told "
                            "Reuters last week that Lusaka hoped to sign an "
                            "agreement on the remaining Chinese loans during "
                            "the visit."],
                  cameo="030", alts=["010", "036"], alternatives=["Zambia"],
                  targets=[("China", "cooperative", True)],
                  about=["China", "Zambia"], reported_via="Reuters",
                  channel="interview with Reuters", embedded=True,
                  date_basis="'last week' (the week before 16 December: "
                             "the month)"),
        statement(d, "B06", sp, hq, day, quote=a3,
                  after="a debt deal will be signed", cameo="010",
                  alts=["011", "051"], alternatives=mfa,
                  targets=[("Zambia", "cooperative", True)],
                  about=["Zambia", "G20"], channel=pc, responds_to=["B05"],
                  date_basis=basis),
        statement(d, "B07", sp, hq, day, quote=a4,
                  after="take countermeasures", cameo="111",
                  alts=["112", "020", "010"], alternatives=mfa,
                  targets=[("European Union", "conflictual", True)],
                  about=["European Union", "Russia"], channel=pc,
                  date_basis=basis),
        statement(d, "B08", sp, hq, day, quote=a5,
                  after="foreign ministers' meeting in Tokyo", cameo="011",
                  alts=["010"], alternatives=mfa,
                  about=["Japan", "Republic of Korea", "Tokyo"], channel=pc,
                  date_basis=basis),
        statement(d, "B09", zmfa, "the Zambian Ministry of Foreign Affairs said",
                  "2026-12-15",
                  para="President Mwale would also attend a China-Africa "
                       "business forum in Changsha",
                  evidence=["According to reports, the Zambian Ministry of "
                            "Foreign Affairs said on Tuesday that President "
                            "Mwale would also attend a China-Africa business "
                            "forum in Changsha."],
                  cameo="010", alternatives=["Zambia"],
                  about=["Joseph Chanda Mwale", "Changsha", "China"],
                  reported_via="Beijing Youth Daily", embedded=True,
                  date_basis="'on Tuesday' (15 December)"),
        statement(d, "B10", sp, hq, day, quote=a6,
                  after="Can you confirm this?", cameo="010",
                  alts=["011"], alternatives=mfa,
                  about=["Joseph Chanda Mwale", "Hunan"], channel=pc,
                  responds_to=["B09"], date_basis=basis),
    ]
    statements[1]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in a1]
    statements[0]["speaker_mention"]["note"] = (
        "the unlabelled announcement before the first question is the "
        "spokesperson's (named in the page title)")
    statements[2]["speaker_mention"]["note"] = (
        "inside Kyodo News's question; 'what he called' is the writer's "
        "distance, the protest is Nagai's")
    statements[4]["speaker_mention"]["note"] = (
        "inside Reuters' question; 'Lusaka' = Zambia")
    statements[8]["speaker_mention"]["note"] = (
        "inside Beijing Youth Daily's question ('According to reports, X "
        "said'): the ministry is the speaker")
    relationships = [
        relationship("R01", "comprehensive strategic cooperative partnership",
                     ["China", "Zambia"], False, [sp], ["B02"],
                     ["comprehensive strategic partnership",
                      "strategic cooperative partnership",
                      "strategic partnership", "partnership"], date=day),
        relationship("R02", "friendship", ["China", "Zambia"], False, [sp],
                     ["B02"], ["traditional friendship"], optional=True),
        relationship("R03", "diplomatic relations", ["Zambia", "China"],
                     False, [sp], ["B02"], ["relations", "ties"],
                     optional=True),
    ]
    events = [
        event("E01", "regular press conference of the Chinese foreign "
              "ministry", day, [sp]),
        event("E02", "state visit of Mwale to China", "2026-12-18",
              ["Joseph Chanda Mwale", "Xi Jinping"]),
        event("E03", "EU sanctions on three Chinese companies", "2026-12-14",
              ["European Union", "China"], optional=True),
        event("E04", "China Coast Guard vessels enter the waters around the "
              "Senkaku Islands", "2026-12", ["China Coast Guard", "Japan"],
              optional=True),
    ]
    timexes = [timex(d, "December 16, 2026", day),
               timex(d, "2026-12-16 18:42", day, kind="datetime"),
               timex(d, "from December 18 to 22", "2026-12-18/2026-12-22",
                     kind="interval"),
               timex(d, "In recent years", None),
               timex(d, "yesterday", "2026-12-15"),
               timex(d, "this month", "2026-12"),
               timex(d, "last week", "2026-12-07/2026-12-13",
                     kind="interval"),
               timex(d, "on Monday", "2026-12-14"),
               timex(d, "next month", "2027-01"),
               timex(d, "on Tuesday", "2026-12-15")]
    write(d, day, "press briefing (foreign ministry, transcript)", actors,
          statements, relationships, events, timexes)


def h64():
    d = Doc("h64_readout")
    day = "2026-12-17"
    sec = "Michael Harlan"
    fm = "Le Minh Khoa"
    dos = "U.S. Department of State"
    actors = [
        actor(d, "A01", sec, "person", ["Michael Harlan", "Harlan"],
              ["Secretary Harlan"],
              affiliations=[("United States", "Secretary of State")]),
        actor(d, "A02", fm, "person", ["Le Minh Khoa", "Khoa"],
              ["Deputy Prime Minister Khoa"],
              affiliations=[("Vietnam", "Deputy Prime Minister and Foreign "
                                        "Minister")]),
        actor(d, "A03", "Erin Calloway", "person", ["Erin Calloway"],
              affiliations=[(dos, "Spokesperson")]),
        actor(d, "A04", "United States", "state",
              ["United States", "U.S."], ["US", "USA"]),
        actor(d, "A05", "Vietnam", "state", ["Vietnam"],
              ["Viet Nam", "Socialist Republic of Vietnam"]),
        actor(d, "A06", "China", "state", ["PRC"],
              ["People's Republic of China", "China"]),
        actor(d, "A07", "South China Sea", "place", ["South China Sea"]),
        actor(d, "A08", "Paracel Islands", "place", ["Paracel Islands"],
              ["Paracels", "Xisha Islands", "Hoang Sa"]),
        actor(d, "A09", "APEC", "organization", ["APEC"],
              ["Asia-Pacific Economic Cooperation"]),
        actor(d, "A10", dos, "organization", ["U.S. DEPARTMENT of STATE"],
              ["State Department", "Department of State",
               "U.S. Department of State"], optional=True,
              part_of="United States"),
        actor(d, "A11", "Office of the Spokesperson", "organization",
              ["Office of the Spokesperson"], optional=True,
              part_of=dos),
        actor(d, "A12", "Bureau of East Asian and Pacific Affairs",
              "organization", ["Bureau of East Asian and Pacific Affairs"],
              optional=True, part_of=dos),
        actor(d, "A13", "Washington", "place", ["Washington"],
              optional=True, accept={"Washington": ["United States"]}),
        actor(d, "A14", "Reyes", "person", ["Reyes"], optional=True),
        actor(d, "A15", "Philippines", "state", ["Philippine"],
              optional=True),
        actor(d, "A16", "Japan", "state", ["Japan"], optional=True),
        actor(d, "A17", "East Asia and the Pacific", "place",
              ["East Asia and the Pacific"], optional=True),
    ]
    basis = "'spoke today' on the readout's date"
    kw = dict(reported_via="Erin Calloway", channel="phone call",
              date_basis=basis)
    us = ["United States"]
    statements = [
        statement(d, "C00", "Erin Calloway",
                  "The following is attributable to Spokesperson Erin "
                  "Calloway", day,
                  para="readout of Secretary Harlan's call with Deputy Prime "
                       "Minister and Foreign Minister Khoa",
                  alternatives=[dos], about=[sec, fm, "Vietnam"],
                  optional=True, date_basis=basis),
        statement(d, "C01", sec,
                  "Secretary Harlan and Deputy Prime Minister Khoa "
                  "reaffirmed", day,
                  para="reaffirmed the strength of the U.S.-Vietnam "
                       "Comprehensive Strategic Partnership",
                  evidence=["Secretary Harlan and Deputy Prime Minister Khoa "
                            "reaffirmed the strength of the U.S.-Vietnam "
                            "Comprehensive Strategic Partnership"],
                  cameo="051", alts=["030", "010"],
                  alternatives=[fm] + us + ["Vietnam"],
                  targets=[("Vietnam", "cooperative", True),
                           ("United States", "cooperative", True)],
                  about=["United States", "Vietnam"], attribution="joint",
                  **kw),
        statement(d, "C02", sec, "The Secretary underscored", day,
                  para="underscored the United States' support for freedom "
                       "of navigation and overflight in the South China Sea "
                       "and for the peaceful resolution of disputes in "
                       "accordance with international law",
                  evidence=["The Secretary underscored the United States' "
                            "support for freedom of navigation and overflight "
                            "in the South China Sea and for the peaceful "
                            "resolution of disputes in accordance with "
                            "international law, as reflected in the 2016 "
                            "arbitral tribunal ruling."],
                  cameo="010", alts=["051"], alternatives=us,
                  targets=[("China", "conflictual", False)],
                  about=["South China Sea"], **kw),
        statement(d, "C03", sec, "He raised concerns", day,
                  para="raised concerns about the PRC's dangerous and "
                       "coercive actions against Vietnamese fishing vessels "
                       "near the Paracel Islands",
                  evidence=["He raised concerns about the PRC's dangerous and "
                            "coercive actions against Vietnamese fishing "
                            "vessels near the Paracel Islands earlier this "
                            "month."],
                  cameo="111", alts=["112", "010"], alternatives=us,
                  targets=[("China", "conflictual", True)],
                  about=["China", "Paracel Islands", "Vietnam"], **kw),
        statement(d, "C04", sec, "Secretary Harlan welcomed", day,
                  para="welcomed Vietnam's recent steps to reduce the "
                       "bilateral trade deficit",
                  evidence=["Secretary Harlan welcomed Vietnam's recent steps "
                            "to reduce the bilateral trade deficit"],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[("Vietnam", "cooperative", True)],
                  about=["Vietnam"], **kw),
        statement(d, "C05", sec, "encouraged further progress", day,
                  para="encouraged further progress on market access for "
                       "U.S. agricultural products and on the protection of "
                       "intellectual property",
                  evidence=["encouraged further progress on market access "
                            "for U.S. agricultural products and on the "
                            "protection of intellectual property."],
                  cameo="020", alts=["0211", "010"], alternatives=us,
                  targets=[("Vietnam", "neutral", False)],
                  about=["Vietnam", "United States"],
                  attribution="coordinated verb", **kw),
        statement(d, "C06", sec, "He also thanked", day,
                  para="thanked the Deputy Prime Minister for Vietnam's "
                       "continued cooperation in the search for and recovery "
                       "of the remains of U.S. service members missing from "
                       "the war",
                  evidence=["He also thanked the Deputy Prime Minister for "
                            "Vietnam's continued cooperation in the search "
                            "for and recovery of the remains of U.S. service "
                            "members missing from the war, a humanitarian "
                            "effort that laid the foundation for "
                            "normalization of relations in 1995."],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[("Vietnam", "cooperative", True)],
                  about=["Vietnam", fm], **kw),
        statement(d, "C07", sec, "The Secretary expressed support", day,
                  para="expressed support for Vietnam's preparations to host "
                       "APEC in 2027",
                  evidence=["The Secretary expressed support for Vietnam's "
                            "preparations to host APEC in 2027."],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[("Vietnam", "cooperative", True)],
                  about=["Vietnam", "APEC"], **kw),
        statement(d, "C08", sec, "The two agreed", day,
                  para="agreed to remain in close contact ahead of the Deputy "
                       "Prime Minister's planned visit to Washington early "
                       "next year",
                  evidence=["The two agreed to remain in close contact ahead "
                            "of the Deputy Prime Minister's planned visit to "
                            "Washington early next year."],
                  cameo="036", alts=["030", "010"],
                  alternatives=[fm] + us + ["Vietnam"],
                  targets=[("Vietnam", "cooperative", False),
                           ("United States", "cooperative", False)],
                  about=["United States", "Vietnam", "Washington"],
                  attribution="joint", **kw),
    ]
    statements[1]["co_speakers"] = [fm]
    statements[-1]["co_speakers"] = [fm]
    statements[1]["speaker_mention"]["note"] = (
        "joint subject: the Secretary with Khoa as co-speaker; the second "
        "verb 'discussed ways to …' is no statement")
    statements[3]["speaker_mention"]["note"] = (
        "'He' = the Secretary; 'earlier this month' dates the PRC's actions, "
        "not the statement")
    statements[6]["speaker_mention"]["note"] = "'He' = the Secretary"
    statements[-1]["speaker_mention"]["note"] = (
        "'The two' = the Secretary and Khoa (co-speaker)")
    relationships = [
        relationship("R01", "Comprehensive Strategic Partnership",
                     ["United States", "Vietnam"], False, [sec, fm], ["C01"],
                     ["strategic partnership", "comprehensive strategic "
                      "partners", "partnership"], date=day),
        relationship("R02", "normalization of relations",
                     ["United States", "Vietnam"], False, ["narrator"], [],
                     ["relations"], optional=True),
    ]
    events = [
        event("E01", "Harlan-Khoa phone call", day, [sec, fm]),
        event("E02", "PRC actions against Vietnamese fishing vessels near "
              "the Paracel Islands", "2026-12", ["China", "Vietnam"],
              optional=True),
        event("E03", "normalization of U.S.-Vietnam relations", "1995",
              ["United States", "Vietnam"], optional=True),
        event("E04", "APEC hosted by Vietnam", "2027", ["Vietnam", "APEC"],
              optional=True),
        event("E05", "Khoa's planned visit to Washington", "2027", [fm],
              optional=True),
    ]
    timexes = [timex(d, "December 17, 2026", day),
               timex(d, "today", day),
               timex(d, "2016", "2016"),
               timex(d, "earlier this month", "2026-12"),
               timex(d, "in 1995", "1995"),
               timex(d, "in 2027", "2027"),
               timex(d, "early next year", "2027"),
               timex(d, "December 16, 2026", "2026-12-16"),
               timex(d, "December 15, 2026", "2026-12-15")]
    write(d, day, "call readout (State Department)", actors, statements,
          relationships, events, timexes)


def h65():
    d = Doc("h65_joint")
    day = "2026-12-18"
    dpm = "Stephen Cartwright"
    fm = "Claire Whitlock"
    kfm = "Yoon Ji-hoon"
    kdm = "Park Sung-min"
    rok = "Republic of Korea"
    actors = [
        actor(d, "A01", "Australia", "state", ["Australia"],
              ["Commonwealth of Australia"]),
        actor(d, "A02", rok, "state", ["Republic of Korea", "ROK"],
              ["South Korea", "Korea", "ROK"]),
        actor(d, "A03", dpm, "person", ["Stephen Cartwright", "Cartwright"],
              affiliations=[("Australia", "Deputy Prime Minister"),
                            ("Australia", "Minister for Defence")]),
        actor(d, "A04", fm, "person", ["Claire Whitlock", "Whitlock"],
              affiliations=[("Australia", "Minister for Foreign Affairs")]),
        actor(d, "A05", kfm, "person", ["Yoon Ji-hoon"],
              affiliations=[(rok, "Minister of Foreign Affairs")]),
        actor(d, "A06", kdm, "person", ["Park Sung-min"],
              affiliations=[(rok, "Minister of National Defense")]),
        actor(d, "A07", "North Korea", "state", ["DPRK"],
              ["Democratic People's Republic of Korea", "DPRK"]),
        actor(d, "A08", "UN Security Council", "organization",
              ["UN Security Council"],
              ["United Nations Security Council", "UNSC"]),
        actor(d, "A09", "South China Sea", "place", ["South China Sea"]),
        actor(d, "A10", "Indo-Pacific", "place", ["Indo-Pacific"]),
        actor(d, "A11", "Perth", "place", ["Perth"], optional=True),
        actor(d, "A12", "Western Australia", "place", ["Western Australia"],
              optional=True),
        actor(d, "A13", "Royal Australian Navy", "organization",
              ["Royal Australian Navy"], optional=True, part_of="Australia"),
        actor(d, "A14", "ROK Navy", "organization", ["ROK Navy"],
              ["Republic of Korea Navy"], optional=True, part_of=rok),
        actor(d, "A15", "Hanwha", "organization", ["Hanwha"],
              optional=True),
        actor(d, "A16", "Geelong", "place", ["Geelong"], optional=True),
        actor(d, "A17", "Department of Defence (Australia)", "organization",
              ["Defence Media"], ["Defence Media", "Department of Defence"],
              optional=True, part_of="Australia"),
        actor(d, "A18", "Australian Government", "organization",
              ["Australian Government"], optional=True,
              accept={"Australian Government": ["Australia"]}),
    ]
    t = d.text
    first = "1. On 18 December 2026, Australia's Deputy Prime Minister"
    last = "in the Republic of Korea in 2027."
    i, j = t.index(first), t.index(last) + len(last)
    whole = t[i:j]
    paras = whole.split("\n\n")
    assert len(paras) == 6
    q1 = ["The Republic of Korea is one of Australia's closest partners in "
          "the Indo-Pacific, and our defence industries are now building "
          "things together that neither of us could build alone.",
          "Today's agreement to hold our first combined naval exercise off "
          "Western Australia next year is a practical sign of how far this "
          "partnership has come."]
    q2 = ("Australia and the Republic of Korea share an interest in a region "
          "where disputes are settled by dialogue and international law, not "
          "by force or coercion.")
    four = [rok, dpm, fm, kfm, kdm]
    basis = "the release's date, 18 December 2026 ('Today')"
    statements = [
        statement(d, "J01", "Australia", "Joint Statement", day, quote=whole,
                  after="The Ministers issued the following",
                  cameo="030", alts=["057", "051", "111", "010"],
                  alternatives=four,
                  targets=[(rok, "cooperative", True),
                           ("Australia", "cooperative", True),
                           ("North Korea", "conflictual", True)],
                  about=["Australia", rok, "North Korea", "South China Sea",
                         "UN Security Council"],
                  channel="joint statement", attribution="joint",
                  date_basis="'On 18 December 2026' in its first paragraph "
                             "and the release's date"),
        statement(d, "J02", dpm,
                  "Quotes attributable to Deputy Prime Minister Cartwright",
                  day, quote="\u201d\n\n\u201c".join(q1),
                  cameo="051", alts=["030", "010"],
                  alternatives=["Australia"],
                  targets=[(rok, "cooperative", True)],
                  about=[rok, "Australia", "Indo-Pacific",
                         "Western Australia"],
                  channel="joint media release",
                  attribution="label ('Quotes attributable to')",
                  date_basis=basis),
        statement(d, "J03", fm,
                  "Quotes attributable to Foreign Minister Whitlock", day,
                  quote=q2, cameo="010", alts=["030"],
                  alternatives=["Australia"],
                  targets=[(rok, "cooperative", True)],
                  about=[rok, "Australia"], channel="joint media release",
                  attribution="label ('Quotes attributable to')",
                  date_basis=basis),
    ]
    statements[0]["co_speakers"] = [rok]
    statements[0]["quote_marks"] = "none (document text)"
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    statements[0]["speaker_mention"]["note"] = (
        "the statement of the two governments (Australia with the Republic "
        "of Korea as co-speaker, the four ministers accepted), from "
        "paragraph 1 to paragraph 6, one segment per paragraph; the "
        "release's own introduction holds no statement")
    statements[1]["quote_marks"] = "curly"
    statements[1]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in q1]
    statements[1]["speaker_mention"]["note"] = (
        "two quoted paragraphs under one label: one statement in two "
        "segments (the quote runs from the first paragraph's words to the "
        "second's, the marks between them included)")
    statements[2]["quote_marks"] = "curly"
    relationships = [
        relationship("R01", "Comprehensive Strategic Partnership",
                     ["Australia", rok], False, ["Australia", rok], ["J01"],
                     ["strategic partnership", "comprehensive strategic "
                      "partners", "partnership"], date=day),
        relationship("R02", "closest partners", [rok, "Australia"], False,
                     [dpm], ["J02"], ["partners", "partner",
                                      "closest partner", "partnership"],
                     optional=True, date=day),
    ]
    events = [
        event("E01", "eighth Australia-ROK Foreign and Defence Ministers' "
              "2+2 Meeting in Perth", day, [dpm, fm, kfm, kdm]),
        event("E02", "DPRK launch of an intercontinental ballistic missile",
              "2026-12-02", ["North Korea"], optional=True),
        event("E03", "first combined naval exercise of the Royal Australian "
              "Navy and the ROK Navy off Western Australia", "2027",
              ["Australia", rok], optional=True),
        event("E04", "ninth Foreign and Defence Ministers' 2+2 Meeting in "
              "the Republic of Korea", "2027", ["Australia", rok],
              optional=True),
    ]
    timexes = [timex(d, "18 December 2026", day),
               timex(d, "Today", day, after="18 December 2026"),
               timex(d, "next year", "2027"),
               timex(d, "On 18 December 2026", day),
               timex(d, "on 2 December 2026", "2026-12-02"),
               timex(d, "2016", "2016"),
               timex(d, "in 2027", "2027"),
               timex(d, "in 2027", "2027", after="ninth Foreign")]
    write(d, day, "joint statement (ministerial website)", actors,
          statements, relationships, events, timexes)


def h66():
    d = Doc("h66_report")
    day = "2026-12-15"
    pm = "Javed Aslam Khattak"
    pres = "Botir Rakhimov"
    fo = "Ministry of Foreign Affairs (Pakistan)"
    uzt = "Ministry of Transport (Uzbekistan)"
    actors = [
        actor(d, "A01", pm, "person", ["Javed Aslam Khattak", "Khattak"],
              ["PM Khattak", "Javed Khattak"],
              affiliations=[("Pakistan", "Prime Minister")]),
        actor(d, "A02", pres, "person", ["Botir Rakhimov", "Rakhimov"],
              affiliations=[("Uzbekistan", "President")]),
        actor(d, "A03", "Pakistan", "state", ["Pakistan"],
              ["Islamic Republic of Pakistan"]),
        actor(d, "A04", "Uzbekistan", "state", ["Uzbekistan"],
              ["Republic of Uzbekistan"]),
        actor(d, "A05", fo, "organization", ["Foreign Office"],
              ["Foreign Office", "Pakistan Foreign Office",
               "Pakistani Foreign Office"], part_of="Pakistan"),
        actor(d, "A06", "Afghanistan", "state", ["Afghanistan", "Kabul"],
              ["Afghan interim government", "interim Afghan government"],
              accept={"Kabul": ["Kabul"]}),
        actor(d, "A07", "Abdul Wali Hamidi", "person", ["Abdul Wali Hamidi"],
              affiliations=[("Afghanistan", "spokesman for the interim "
                                            "government")]),
        actor(d, "A08", "Russia", "state", ["Russia", "Moscow"],
              ["Russian Federation"], accept={"Moscow": ["Moscow"]}),
        actor(d, "A09", "Kremlin", "organization", ["Kremlin"],
              optional=True, part_of="Russia",
              accept={"Kremlin": ["Russia"]}),
        actor(d, "A10", "Grigory Belyaev", "person", ["Grigory Belyaev"],
              affiliations=[("Kremlin", "spokesman")]),
        actor(d, "A11", "TASS", "media", ["TASS"]),
        actor(d, "A12", "AFP", "media", ["AFP"], ["Agence France-Presse"]),
        actor(d, "A13", "Reuters", "media", ["Reuters"]),
        actor(d, "A14", uzt, "organization", ["Uzbek transport ministry"],
              ["Uzbek transport ministry", "transport ministry"],
              part_of="Uzbekistan"),
        actor(d, "A15", "Russian Railways", "organization",
              ["Russian Railways"], ["RZD"], optional=True,
              part_of="Russia"),
        actor(d, "A16", "Trans-Afghan railway", "place",
              ["Trans-Afghan railway"], optional=True),
        actor(d, "A17", "Tashkent", "place", ["Tashkent"], optional=True,
              accept={"Tashkent": ["Uzbekistan"]}),
        actor(d, "A18", "Islamabad", "place", ["Islamabad"], optional=True,
              accept={"Islamabad": ["Pakistan"]}),
        actor(d, "A19", "Termez", "place", ["Termez"], optional=True),
        actor(d, "A20", "Peshawar", "place", ["Peshawar"], optional=True),
        actor(d, "A21", "Mazar-i-Sharif", "place", ["Mazar-i-Sharif"],
              optional=True),
        actor(d, "A22", "Kuksaroy residence", "place",
              ["Kuksaroy residence"], optional=True),
        actor(d, "A23", "Central Asia", "place", ["Central Asia"],
              optional=True),
        actor(d, "A24", "Arabian Sea", "place", ["Arabian Sea"],
              optional=True),
        actor(d, "A25", "APP", "media", ["APP"],
              ["Associated Press of Pakistan"], optional=True),
        actor(d, "A26", "Dawn", "media", ["Dawn"], optional=True),
        actor(d, "A27", "officials involved in the talks", "person", [],
              ["two officials involved in the talks"], optional=True),
    ]
    pair = ["Pakistan", "Uzbekistan"]
    pc = "joint press conference"
    basis = "the joint press conference after the talks of Tuesday"
    statements = [
        statement(d, "N01", "Pakistan",
                  "Pakistan and Uzbekistan on Tuesday agreed", day,
                  para="Pakistan and Uzbekistan agreed to speed up work on "
                       "the Trans-Afghan railway and to raise bilateral "
                       "trade to $2 billion within three years",
                  evidence=["Pakistan and Uzbekistan on Tuesday agreed to "
                            "speed up work on the long-delayed Trans-Afghan "
                            "railway and to raise bilateral trade to $2 "
                            "billion within three years"],
                  cameo="030", alts=["057", "010"],
                  alternatives=["Uzbekistan", pm, pres],
                  targets=[("Uzbekistan", "cooperative", True),
                           ("Pakistan", "cooperative", True)],
                  about=pair + ["Trans-Afghan railway"],
                  attribution="joint", date_basis="'on Tuesday'"),
        statement(d, "N02", pm,
                  "with Prime Minister Javed Aslam Khattak calling", day,
                  para="the rail link is a game changer for the whole region",
                  evidence=["with Prime Minister Javed Aslam Khattak calling "
                            "the rail link a game changer for the whole "
                            "region."],
                  cameo="010", alternatives=["Pakistan"],
                  about=["Trans-Afghan railway"], same=["N03"],
                  date_basis="'on Tuesday'; the lede's retelling of N03"),
        statement(d, "N03", pm, "PM Khattak said at a joint press conference",
                  day,
                  quote="This railway will be a game changer not only for "
                        "Pakistan and Uzbekistan but for the entire region, "
                        "from the Arabian Sea to the heart of Central Asia,",
                  cameo="010", alternatives=["Pakistan"],
                  about=pair + ["Trans-Afghan railway", "Central Asia",
                                "Arabian Sea"],
                  channel=pc, same=["N02"],
                  date_basis="the press conference 'after their talks' of "
                             "Tuesday"),
        statement(d, "N04", pres, "Mr Rakhimov said", day,
                  para="the two sides had agreed to form a joint working "
                       "group which would report to the two leaders by March "
                       "on the financing and security of the line from "
                       "Termez to Peshawar",
                  evidence=["Mr Rakhimov said the two sides had agreed to "
                            "form a joint working group which would report "
                            "to the two leaders by March on the financing and "
                            "security of the 760-kilometre line from Termez "
                            "to Peshawar via Mazar-i-Sharif and Kabul."],
                  cameo="030", alts=["010"], alternatives=["Uzbekistan"],
                  targets=[("Pakistan", "cooperative", False)],
                  about=pair + ["Trans-Afghan railway", "Termez", "Peshawar"],
                  channel=pc, date_basis=basis),
        statement(d, "N05", pres, "he said, speaking through an interpreter",
                  day,
                  quote="We have been talking about this road for many "
                        "years. Now it is time to build it,",
                  cameo="010", alternatives=["Uzbekistan"],
                  about=["Trans-Afghan railway"], channel=pc,
                  date_basis=basis),
        statement(d, "N06", fo, "the Foreign Office said in a statement", day,
                  para="the leaders signed a joint declaration on strategic "
                       "partnership and the two sides exchanged 11 memoranda "
                       "of understanding on trade, energy, higher education "
                       "and tourism",
                  evidence=["The leaders also signed a joint declaration on "
                            "strategic partnership, and the two sides "
                            "exchanged 11 memoranda of understanding on "
                            "trade, energy, higher education and tourism, the "
                            "Foreign Office said in a statement issued in "
                            "Islamabad on Tuesday night."],
                  cameo="010", alts=["057"], alternatives=["Pakistan"],
                  about=pair, channel="statement",
                  date_basis="'on Tuesday night'"),
        statement(d, "N07", pm, "PM Khattak, who arrived in Tashkent", day,
                  para="Khattak urged the interim Afghan government to "
                       "ensure that its soil was not used against any "
                       "neighbouring country",
                  evidence=["also urged the interim Afghan government to "
                            "ensure that its soil was not used against any "
                            "neighbouring country."],
                  cameo="020", alts=["010"], alternatives=["Pakistan"],
                  targets=[("Afghanistan", "neutral", True)],
                  about=["Afghanistan"], channel=pc, date_basis=basis),
        statement(d, "N08", pm, "He said peace in Afghanistan", day,
                  quote="the key to this whole corridor",
                  para="peace in Afghanistan was the key to this whole "
                       "corridor",
                  evidence=["He said peace in Afghanistan was \"the key to "
                            "this whole corridor\"."],
                  cameo="010", alternatives=["Pakistan"],
                  about=["Afghanistan", "Trans-Afghan railway"], channel=pc,
                  date_basis=basis),
        statement(d, "N09", "Abdul Wali Hamidi",
                  "A spokesman for the Afghan interim government, Abdul Wali "
                  "Hamidi, told AFP", None,
                  quote="no one should have any worry about Afghanistan",
                  para="Kabul would provide full security for the line and "
                       "no one should have any worry about Afghanistan",
                  evidence=["told AFP that Kabul would provide full security "
                            "for the line and that \"no one should have any "
                            "worry about Afghanistan\"."],
                  cameo="010", alts=["030"], alternatives=["Afghanistan"],
                  about=["Trans-Afghan railway", "Afghanistan"],
                  reported_via="AFP",
                  date_basis="the text does not say when"),
        statement(d, "N10", "Grigory Belyaev",
                  "Kremlin spokesman Grigory Belyaev told reporters", day,
                  quote="if our partners find it useful",
                  para="Russia was ready to take part in the project if its "
                       "partners find it useful",
                  evidence=["Kremlin spokesman Grigory Belyaev told reporters "
                            "on Tuesday that Russia was ready to take part in "
                            "the project \"if our partners find it useful\", "
                            "TASS reported."],
                  cameo="030", alts=["010"],
                  alternatives=["Kremlin", "Russia"],
                  targets=[("Pakistan", "cooperative", False),
                           ("Uzbekistan", "cooperative", False)],
                  about=["Trans-Afghan railway", "Russia"],
                  reported_via="TASS", channel="remarks to reporters",
                  date_basis="'on Tuesday'"),
        statement(d, "N11", "Grigory Belyaev", "He said Russian Railways", day,
                  para="Russian Railways had already offered to supply "
                       "rolling stock and to train Afghan engineers",
                  evidence=["He said Russian Railways had already offered to "
                            "supply rolling stock and to train Afghan "
                            "engineers."],
                  cameo="010", alts=["030"],
                  alternatives=["Kremlin", "Russia"],
                  about=["Russian Railways", "Afghanistan"],
                  reported_via="TASS", channel="remarks to reporters",
                  date_basis="the same remarks (Tuesday)"),
        statement(d, "N12", uzt, "The Uzbek transport ministry said", "2026-12",
                  para="surveys for the first section of the railway, from "
                       "Termez to Mazar-i-Sharif, had been completed",
                  evidence=["The Uzbek transport ministry said earlier this "
                            "month that surveys for the first section, from "
                            "Termez to Mazar-i-Sharif, had been completed."],
                  cameo="010", alternatives=["Uzbekistan"],
                  about=["Trans-Afghan railway", "Termez", "Mazar-i-Sharif"],
                  date_basis="'earlier this month' (December 2026)"),
        statement(d, "N13", "officials involved in the talks",
                  "two officials involved in the talks told Reuters", None,
                  para="financing remained the main obstacle, with the cost "
                       "of the project estimated at up to $5 billion",
                  evidence=["two officials involved in the talks told Reuters "
                            "that financing remained the main obstacle, with "
                            "the cost of the project estimated at up to $5 "
                            "billion."],
                  cameo="010", about=["Trans-Afghan railway"],
                  reported_via="Reuters", optional=True,
                  date_basis="the text does not say when"),
        statement(d, "N14", "Kremlin", "Kremlin says", day,
                  para="Moscow is ready to take part in the project",
                  evidence=["Kremlin says Moscow ready to take part in "
                            "project"],
                  cameo="030", alts=["010"],
                  alternatives=["Grigory Belyaev", "Russia"],
                  about=["Trans-Afghan railway"], same=["N10"],
                  optional=True,
                  date_basis="a bullet under the headline retelling N10 "
                             "(Tuesday)"),
    ]
    statements[0]["co_speakers"] = ["Uzbekistan"]
    statements[4]["speaker_mention"]["note"] = "'he' = Rakhimov"
    statements[6]["speaker_mention"]["note"] = (
        "'PM Khattak, who arrived …, also urged': dated by the talks; the "
        "next sentence's 'He said' is a statement of its own")
    statements[7]["speaker_mention"]["note"] = "'He' = Khattak"
    statements[8]["speaker_mention"]["note"] = (
        "a person named in apposition to a description speaks (the state "
        "he speaks for accepted); 'told AFP that … and that …' is one "
        "statement; undated")
    statements[10]["speaker_mention"]["note"] = (
        "'He' = Belyaev, still relayed by TASS")
    statements[12]["speaker_mention"]["note"] = (
        "unnamed officials of no named side: optional")
    statements[13]["speaker_mention"]["note"] = (
        "a bullet point under the headline: optional retelling of N10")
    relationships = [
        relationship("R01", "strategic partnership", ["Pakistan",
                                                      "Uzbekistan"],
                     False, [fo], ["N06"],
                     ["partnership", "strategic partners"], date=day),
    ]
    events = [
        event("E01", "Khattak-Rakhimov talks and joint press conference in "
              "Tashkent", day, [pm, pres]),
        event("E02", "Khattak arrives in Tashkent", "2026-12-14", [pm],
              optional=True),
        event("E03", "working group reports to the leaders", "2027-03",
              pair, optional=True),
    ]
    timexes = [timex(d, "December 16, 2026", "2026-12-16"),
               timex(d, "by March", "2027-03"),
               timex(d, "on Tuesday", day),
               timex(d, "within three years", "P3Y", kind="duration"),
               timex(d, "on Tuesday", day, after="inspect a guard"),
               timex(d, "by March", "2027-03", after="Mr Rakhimov said"),
               timex(d, "on Tuesday night", day),
               timex(d, "on Monday", "2026-12-14"),
               timex(d, "on Tuesday", day, after="In Moscow"),
               timex(d, "earlier this month", "2026-12"),
               timex(d, "last year", "2025"),
               timex(d, "December 16th, 2026", "2026-12-16")]
    write(d, "2026-12-16", "news report (newspaper)", actors, statements,
          relationships, events, timexes)


def h67():
    d = Doc("h67_briefing")
    day = "2026-12-18"
    fm = "Masako Ueda"
    mofcom = "Ministry of Commerce (China)"
    ru_mfa = "Ministry of Foreign Affairs (Russia)"
    actors = [
        actor(d, "A01", fm, "person", ["UEDA Masako", "Ueda"],
              ["Ueda Masako", "Minister Ueda"],
              affiliations=[("Japan", "Minister for Foreign Affairs")]),
        actor(d, "A02", "Japan", "state", ["Japan"]),
        actor(d, "A03", "Poland", "state", ["Republic of Poland", "Poland"],
              ["Republic of Poland"]),
        actor(d, "A04", "Tomasz Kalinowski", "person",
              ["Tomasz Kalinowski"],
              affiliations=[("Poland", "Minister of Foreign Affairs")]),
        actor(d, "A05", "China", "state", ["China"],
              ["People's Republic of China"]),
        actor(d, "A06", mofcom, "organization", ["Ministry of Commerce"],
              ["Ministry of Commerce", "China's Ministry of Commerce",
               "MOFCOM"], part_of="China"),
        actor(d, "A07", "North Korea", "state", ["North Korea"],
              ["DPRK", "Democratic People's Republic of Korea"]),
        actor(d, "A08", "Korean Central News Agency", "media",
              ["Korean Central News Agency"], ["KCNA"]),
        actor(d, "A09", "Russia", "state", ["Russia", "Moscow"],
              ["Russian Federation"]),
        actor(d, "A10", "Yelena Gorshkova", "person", ["Yelena Gorshkova"],
              affiliations=[(ru_mfa, "spokeswoman")]),
        actor(d, "A11", ru_mfa, "organization", ["Russian Foreign Ministry"],
              ["Russian Foreign Ministry"], optional=True,
              part_of="Russia"),
        actor(d, "A12", "Kyodo News", "media", ["Kyodo News"], ["Kyodo"]),
        actor(d, "A13", "NHK", "media", ["NHK"]),
        actor(d, "A14", "Asahi Shimbun", "media", ["Asahi Shimbun"],
              ["The Asahi Shimbun"]),
        actor(d, "A15", "United States", "state", ["United States", "U.S."],
              ["US", "USA"]),
        actor(d, "A16", "South Korea", "state", ["ROK"],
              ["Republic of Korea", "Korea"]),
        actor(d, "A17", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A18", "WTO", "organization", ["WTO"],
              ["World Trade Organization"], optional=True),
        actor(d, "A19", "Ministry of Economy, Trade and Industry",
              "organization", ["Ministry of Economy, Trade and Industry"],
              ["METI"], optional=True, part_of="Japan"),
        actor(d, "A20", "UN Security Council", "organization",
              ["UN Security Council"], ["United Nations Security Council"],
              optional=True),
        actor(d, "A21", "Ministry of Foreign Affairs (Japan)",
              "organization", ["Ministry of Foreign Affairs of Japan"],
              ["Ministry of Foreign Affairs of Japan", "MOFA"],
              optional=True, part_of="Japan"),
        actor(d, "A22", "Beijing", "place", ["Beijing"], optional=True),
        actor(d, "A23", "Ishikawa", "person", ["Ishikawa"],
              affiliations=[("Kyodo News", "reporter")], optional=True),
        actor(d, "A24", "Sato", "person", ["Sato"],
              affiliations=[("NHK", "reporter")], optional=True),
        actor(d, "A25", "Tanaka", "person", ["Tanaka"],
              affiliations=[("Asahi Shimbun", "reporter")], optional=True),
    ]
    t = d.text
    pc = "press conference"
    basis = "the press conference's date (18 December 2026)"
    alt = ["Japan"]

    def turn(label, nxt):
        i = t.index(label) + len(label) + 1
        j = t.index(nxt, i)
        return t[i:j].rstrip("\n")

    first = "Ms. UEDA Masako, Minister for Foreign Affairs:"
    a0 = turn(first, "\n\nChina's export controls")
    a1 = turn("Minister Ueda:", "\n\nNorth Korea's ballistic")
    q2 = "Please tell us about Japan's response."
    a2 = t[t.index("Minister Ueda:", t.index(q2)) + 15:
           t.index("\n\nJapan-Russia relations")]
    q3 = "What is your view?"
    a3 = t[t.index("Minister Ueda:", t.index(q3)) + 15:
           t.index("\n\nTanaka, Asahi Shimbun: Regarding")]
    q4 = "has the date been decided?"
    a4 = t[t.index("Minister Ueda:", t.index(q4)) + 15:
           t.index("\n\n(End)")]
    segs2 = a2.split("\n\n")
    assert len(segs2) == 2 and "\n" not in a0 + a1 + a3 + a4
    statements = [
        statement(d, "B01", fm, first, day, quote=a0, cameo="036",
                  alts=["051", "010"], alternatives=alt,
                  targets=[("Poland", "cooperative", True)],
                  about=["Poland", "Tomasz Kalinowski", "Ukraine"],
                  channel=pc, date_basis=basis),
        statement(d, "B02", mofcom,
                  "China's Ministry of Commerce announced yesterday",
                  "2026-12-17",
                  para="China would require licences for exports of several "
                       "rare earth elements to Japanese companies from "
                       "January",
                  evidence=["China's Ministry of Commerce announced yesterday "
                            "that it would require licences for exports of "
                            "several rare earth elements to Japanese "
                            "companies from January."],
                  cameo="010", alts=["163", "172"], alternatives=["China"],
                  targets=[("Japan", "conflictual", True)],
                  about=["Japan", "China"], reported_via="Kyodo News",
                  embedded=True, date_basis="'yesterday' before Friday 18 "
                                            "December"),
        statement(d, "B03", fm, "Minister Ueda:", day, quote=a1,
                  after="What is your response?", cameo="020",
                  alts=["111", "010"], alternatives=alt,
                  targets=[("China", "conflictual", True)],
                  about=["China", "WTO"], channel=pc, responds_to=["B02"],
                  date_basis=basis),
        statement(d, "B04", "Korean Central News Agency",
                  "the Korean Central News Agency said this morning", day,
                  para="the North Korean ballistic missile launch had been a "
                       "test of a new solid-fuel engine",
                  evidence=["the Korean Central News Agency said this "
                            "morning that it had been a test of a new "
                            "solid-fuel engine."],
                  cameo="010", alternatives=["North Korea"],
                  about=["North Korea"], reported_via="NHK", embedded=True,
                  date_basis="'this morning' (Friday 18 December)"),
        statement(d, "B05", fm, "Minister Ueda:", day, quote="\n\n".join(segs2),
                  after=q2, cameo="111", alts=["112", "010"],
                  alternatives=alt,
                  targets=[("North Korea", "conflictual", True),
                           ("United States", "cooperative", True),
                           ("South Korea", "cooperative", True)],
                  about=["North Korea", "UN Security Council",
                         "United States", "South Korea"],
                  channel=pc, responds_to=["B04"], date_basis=basis),
        statement(d, "B06", "Yelena Gorshkova",
                  "Russian Foreign Ministry spokeswoman Yelena Gorshkova "
                  "said on Wednesday", "2026-12-16",
                  para="Russia saw no basis for resuming peace treaty talks "
                       "while Japan maintained its sanctions",
                  evidence=["Russian Foreign Ministry spokeswoman Yelena "
                            "Gorshkova said on Wednesday that Moscow saw no "
                            "basis for resuming peace treaty talks while "
                            "Japan maintained its sanctions."],
                  cameo="010", alts=["111", "125"],
                  alternatives=[ru_mfa, "Russia"],
                  targets=[("Japan", "conflictual", True)],
                  about=["Japan", "Russia"], reported_via="Asahi Shimbun",
                  embedded=True, date_basis="'on Wednesday' before Friday "
                                            "18 December"),
        statement(d, "B07", fm, "Minister Ueda:", day, quote=a3, after=q3,
                  cameo="011", alts=["010"], alternatives=alt,
                  targets=[("Russia", "neutral", True)],
                  about=["Russia"], channel=pc, responds_to=["B06"],
                  date_basis=basis),
        statement(d, "B08", fm, "Minister Ueda:", day, quote=a4, after=q4,
                  cameo="011", alts=["010"], alternatives=alt,
                  about=["Russia"], channel=pc, date_basis=basis),
    ]
    statements[4]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p, q2))))
        for p in segs2]
    statements[0]["speaker_mention"]["note"] = (
        "the first label names her in full; later turns are "
        "'Minister Ueda:'; the opening remark is one statement")
    statements[3]["speaker_mention"]["note"] = (
        "the agency's own statement, reported inside NHK's question")
    statements[5]["speaker_mention"]["note"] = (
        "'Moscow' = Russia; the ministry accepted")
    statements[6]["speaker_mention"]["note"] = (
        "declines to comment, then restates Japan's position: one turn")
    relationships = [
        relationship("R01", "strategic partnership", ["Japan", "Poland"],
                     False, [fm], ["B01"],
                     ["Strategic Partnership", "partnership",
                      "strategic partners"], date=day),
    ]
    events = [
        event("E01", "press conference of the Japanese Foreign Minister",
              day, [fm]),
        event("E02", "visit to Japan of the Polish Foreign Minister",
              "2026-12-21", ["Tomasz Kalinowski"]),
        event("E03", "Japan-Poland foreign ministers' meeting",
              "2026-12-22", [fm, "Tomasz Kalinowski"], optional=True),
        event("E04", "North Korean ballistic missile launch", "2026-12-17",
              ["North Korea"]),
    ]
    timexes = [timex(d, "Friday, December 18, 2026, 10:41 a.m.", day,
                     kind="datetime"),
               timex(d, "from December 21 to 23", "2026-12-21/2026-12-23",
                     kind="interval"),
               timex(d, "on the 22nd", "2026-12-22"),
               timex(d, "Next year", "2027"),
               timex(d, "yesterday", "2026-12-17"),
               timex(d, "from January", "2027-01"),
               timex(d, "yesterday evening", "2026-12-17"),
               timex(d, "this morning", day),
               timex(d, "This morning", day, after="embassy channel"),
               timex(d, "on Wednesday", "2026-12-16"),
               timex(d, "next year", "2027", after="salmon and trout"),
               timex(d, "at this point", day)]
    write(d, day, "press conference (foreign minister, transcript)", actors,
          statements, relationships, events, timexes)


def h68():
    d = Doc("h68_readout")
    day = "2026-12-17"
    fm = "Claire Lefebvre"
    sre = "Alejandro Ruiz Montaño"
    actors = [
        actor(d, "A01", fm, "person", ["Claire Lefebvre", "Lefebvre"],
              ["Minister Lefebvre"],
              affiliations=[("Canada", "Minister of Foreign Affairs")]),
        actor(d, "A02", sre, "person", ["Alejandro Ruiz Montaño", "Ruiz"],
              ["Alejandro Ruiz Montano", "Alejandro Ruiz",
               "Secretary Ruiz"],
              affiliations=[("Mexico", "Secretary of Foreign Affairs")]),
        actor(d, "A03", "Canada", "state", ["Canada"]),
        actor(d, "A04", "Mexico", "state", ["Mexico"],
              ["United Mexican States"]),
        actor(d, "A05", "Haiti", "state", ["Haiti"]),
        actor(d, "A06", "Global Affairs Canada", "organization",
              ["Global Affairs Canada"], optional=True, part_of="Canada"),
        actor(d, "A07", "Canada-United States-Mexico Agreement",
              "organization", ["Canada-United States-Mexico Agreement",
                               "CUSMA"], ["CUSMA", "USMCA"],
              optional=True),
        actor(d, "A08", "Sonora", "place", ["Sonora"], optional=True),
        actor(d, "A09", "Guerrero", "place", ["Guerrero"], optional=True),
        actor(d, "A10", "Ottawa", "place", ["Ottawa"], optional=True,
              accept={"Ottawa": ["Canada"]}),
        actor(d, "A11", "Mexico City", "place", ["Mexico City"],
              optional=True),
        actor(d, "A12", "Americas", "place", ["Americas"], optional=True),
        actor(d, "A13", "Seasonal Agricultural Worker Program",
              "organization", ["Seasonal Agricultural Worker Program"],
              optional=True),
        actor(d, "A14", "Canada-Mexico Partnership", "organization",
              ["Canada-Mexico Partnership"], optional=True),
        actor(d, "A15", "Canada-Mexico High Level Security Dialogue",
              "organization", ["Canada-Mexico High Level Security Dialogue"],
              optional=True),
        actor(d, "A16", "Media Relations Office", "organization",
              ["Media Relations Office"], optional=True,
              part_of="Global Affairs Canada"),
    ]
    basis = "'today met' on the readout's date"
    kw = dict(channel="meeting", date_basis=basis)
    ca = ["Canada"]
    statements = [
        statement(d, "B01", fm, "Minister Lefebvre congratulated", day,
                  para="congratulated Secretary Ruiz on his appointment",
                  evidence=["Minister Lefebvre congratulated Secretary Ruiz "
                            "on his appointment"],
                  cameo="051", alts=["010"], alternatives=ca,
                  targets=[(sre, "cooperative", True)], about=[sre], **kw),
        statement(d, "B02", fm, "highlighted the Canada-Mexico", day,
                  para="highlighted the Canada-Mexico Comprehensive "
                       "Strategic Partnership, which marks its first year "
                       "this month",
                  evidence=["highlighted the Canada-Mexico Comprehensive "
                            "Strategic Partnership, which marks its first "
                            "year this month."],
                  cameo="051", alts=["010"], alternatives=ca,
                  targets=[("Mexico", "cooperative", True)],
                  about=["Mexico", "Canada"],
                  attribution="coordinated verb", **kw),
        statement(d, "B03", fm, "She noted", day,
                  para="Mexico is Canada's third-largest trading partner and "
                       "an important destination for Canadian investment in "
                       "mining and energy",
                  evidence=["She noted that Mexico is Canada's third-largest "
                            "trading partner and an important destination for "
                            "Canadian investment in mining and energy."],
                  cameo="010", alts=["051"], alternatives=ca,
                  targets=[("Mexico", "cooperative", False)],
                  about=["Mexico", "Canada"], **kw),
        statement(d, "B04", fm, "Minister Lefebvre underscored", day,
                  para="underscored the importance of North American supply "
                       "chains to workers and businesses in both countries",
                  evidence=["Minister Lefebvre underscored the importance of "
                            "North American supply chains to workers and "
                            "businesses in both countries"],
                  cameo="010", alternatives=ca,
                  targets=[("Mexico", "neutral", False)],
                  about=["Mexico", "Canada-United States-Mexico Agreement"],
                  **kw),
        statement(d, "B05", fm, "stressed that the review", day,
                  para="the review of the Canada-United States-Mexico "
                       "Agreement should strengthen, not weaken, the "
                       "integration of the three economies",
                  evidence=["stressed that the review should strengthen, not "
                            "weaken, the integration of the three "
                            "economies."],
                  cameo="010", alts=["020"], alternatives=ca,
                  targets=[("Mexico", "neutral", False)],
                  about=["Canada-United States-Mexico Agreement"],
                  attribution="coordinated verb", **kw),
        statement(d, "B06", fm, "Minister Lefebvre raised", day,
                  para="raised the safety of Canadian mining personnel in "
                       "the states of Sonora and Guerrero",
                  evidence=["Minister Lefebvre raised the safety of Canadian "
                            "mining personnel in the states of Sonora and "
                            "Guerrero"],
                  cameo="010", alts=["020"], alternatives=ca,
                  targets=[("Mexico", "neutral", False)],
                  about=["Mexico", "Sonora", "Guerrero"], **kw),
        statement(d, "B07", fm, "thanked Secretary Ruiz", day,
                  para="thanked Secretary Ruiz for Mexico's cooperation "
                       "following the attack on a Canadian-owned mine site "
                       "in October",
                  evidence=["thanked Secretary Ruiz for Mexico's cooperation "
                            "following the attack on a Canadian-owned mine "
                            "site in October."],
                  cameo="051", alts=["010"], alternatives=ca,
                  targets=[(sre, "cooperative", True),
                           ("Mexico", "cooperative", True)],
                  about=["Mexico", sre], attribution="coordinated verb",
                  **kw),
        statement(d, "B08", sre, "Secretary Ruiz thanked Canada", day,
                  para="thanked Canada for expanding the Seasonal "
                       "Agricultural Worker Program",
                  evidence=["Secretary Ruiz thanked Canada for expanding the "
                            "Seasonal Agricultural Worker Program"],
                  cameo="051", alts=["010"], alternatives=["Mexico"],
                  targets=[("Canada", "cooperative", True)],
                  about=["Canada", "Seasonal Agricultural Worker Program"],
                  **kw),
        statement(d, "B09", sre, "invited Minister Lefebvre", day,
                  para="invited Minister Lefebvre to the next meeting of the "
                       "Canada-Mexico Partnership in Mexico City",
                  evidence=["invited Minister Lefebvre to the next meeting of "
                            "the Canada-Mexico Partnership in Mexico City."],
                  cameo="036", alts=["010"], alternatives=["Mexico"],
                  targets=[(fm, "cooperative", True)],
                  about=[fm, "Canada-Mexico Partnership", "Mexico City"],
                  attribution="coordinated verb", **kw),
        statement(d, "B10", fm, "They agreed", day,
                  para="to hold the next round of the Canada-Mexico High "
                       "Level Security Dialogue in the first half of 2027",
                  evidence=["They agreed to hold the next round of the "
                            "Canada-Mexico High Level Security Dialogue in "
                            "the first half of 2027."],
                  cameo="036", alts=["030", "010"],
                  alternatives=[sre, "Canada", "Mexico"],
                  targets=[("Mexico", "cooperative", False),
                           ("Canada", "cooperative", False)],
                  about=["Canada", "Mexico",
                         "Canada-Mexico High Level Security Dialogue"],
                  attribution="joint", **kw),
    ]
    statements[-1]["co_speakers"] = [sre]
    statements[2]["speaker_mention"]["note"] = (
        "'She' = Minister Lefebvre, subject of the sentence before")
    statements[-1]["speaker_mention"]["note"] = (
        "'They' = the two ministers (the sentence before: 'The ministers "
        "also exchanged views', no statement)")
    relationships = [
        relationship("R01", "comprehensive strategic partnership",
                     ["Canada", "Mexico"], False, [fm], ["B02"],
                     ["Comprehensive Strategic Partnership",
                      "strategic partnership", "partnership"], date=day),
        relationship("R02", "third-largest trading partner",
                     ["Mexico", "Canada"], False, [fm], ["B03"],
                     ["trading partner", "trading partners", "partner"],
                     optional=True, date=day),
    ]
    events = [
        event("E01", "Lefebvre-Ruiz meeting in Ottawa", day, [fm, sre]),
        event("E02", "joint review of the Canada-United States-Mexico "
              "Agreement", "2027", ["Canada", "Mexico"], optional=True),
        event("E03", "attack on a Canadian-owned mine site", "2026-10",
              ["Mexico"], optional=True),
        event("E04", "next round of the Canada-Mexico High Level Security "
              "Dialogue", "2027", ["Canada", "Mexico"], optional=True),
    ]
    timexes = [timex(d, "December 17, 2026", day),
               timex(d, "today", day),
               timex(d, "this month", "2026-12"),
               timex(d, "for 2027", "2027"),
               timex(d, "in October", "2026-10"),
               timex(d, "in the first half of 2027", "2027-01/2027-06",
                     kind="interval"),
               timex(d, "2026-12-17", day, after="Date modified:")]
    write(d, day, "meeting readout (Global Affairs Canada)", actors,
          statements, relationships, events, timexes)


def h69():
    d = Doc("h69_joint")
    day = "2026-12-18"
    co_fm = "Mariana Ospina Restrepo"
    ec_fm = "Diego Andrade Vela"
    chamber = "Colombian-Ecuadorian Chamber of Commerce"
    pa_mfa = "Ministry of Foreign Affairs (Panama)"
    actors = [
        actor(d, "A01", "Colombia", "state",
              ["Colombia", "Republic of Colombia", "Bogotá"],
              ["Republic of Colombia"], accept={"Bogotá": ["Bogotá"]}),
        actor(d, "A02", "Ecuador", "state",
              ["Ecuador", "Republic of Ecuador", "Quito"],
              ["Republic of Ecuador"], accept={"Quito": ["Quito"]}),
        actor(d, "A03", co_fm, "person", [co_fm, "Ospina"],
              ["Mariana Ospina"],
              affiliations=[("Colombia", "Minister of Foreign Affairs")]),
        actor(d, "A04", ec_fm, "person", [ec_fm, "Andrade"],
              ["Diego Andrade"],
              affiliations=[("Ecuador", "Minister of Foreign Affairs and "
                                        "Human Mobility")]),
        actor(d, "A05", "Panama", "state", ["Panama", "Republic of Panama"],
              ["Republic of Panama"]),
        actor(d, "A06", "Rubén Castillero", "person", ["Rubén Castillero"],
              ["Ruben Castillero"],
              affiliations=[("Panama", "Foreign Minister")]),
        actor(d, "A07", pa_mfa, "organization", ["Panama's Foreign Ministry"],
              ["Panama Foreign Ministry", "Panamanian Foreign Ministry"],
              optional=True, part_of="Panama"),
        actor(d, "A08", "Ecuavisa", "media", ["Ecuavisa"]),
        actor(d, "A09", chamber, "organization", [chamber]),
        actor(d, "A10", "Binational Border Commission", "organization",
              ["Binational Border Commission"], optional=True),
        actor(d, "A11", "Rumichaca bridge", "place", ["Rumichaca bridge"],
              optional=True),
        actor(d, "A12", "Panama City", "place", ["Panama City"],
              optional=True),
        actor(d, "A13", "Ipiales", "place", ["Ipiales"], optional=True),
        actor(d, "A14", "MercoSur Press", "media", ["MercoSur Press"],
              optional=True),
        actor(d, "A15", "Mercosur", "organization", ["Mercosur"],
              optional=True),
        actor(d, "A16", "Falklands/Malvinas", "place",
              ["Falklands/Malvinas"], optional=True),
    ]
    t = d.text
    first = "The Minister of Foreign Affairs of the Republic of Colombia"
    last = "for its hospitality and for its good offices."
    i, j = t.index(first), t.index(last) + len(last)
    whole = t[i:j]
    paras = whole.split("\n\n")
    assert len(paras) == 7
    both = ["Ecuador", co_fm, ec_fm]
    statements = [
        statement(d, "J01", "Colombia",
                  "JOINT COMMUNIQUÉ OF THE REPUBLIC OF COLOMBIA", day,
                  quote=whole, cameo="030", alts=["057", "051", "036", "010"],
                  alternatives=both,
                  targets=[("Ecuador", "cooperative", True),
                           ("Colombia", "cooperative", True),
                           ("Panama", "cooperative", True)],
                  about=["Colombia", "Ecuador", "Panama",
                         "Binational Border Commission"],
                  channel="joint communiqué", attribution="joint",
                  date_basis="the closing 'Panama City, December 18, 2026' "
                             "and the lede's 'agreed on Friday'"),
        statement(d, "J02", "Colombia",
                  "Colombia and Ecuador agreed on Friday", day,
                  para="Colombia and Ecuador agreed to lift in stages the "
                       "tariffs they imposed on each other's goods and to "
                       "reopen the Rumichaca bridge to cargo traffic around "
                       "the clock",
                  evidence=["Colombia and Ecuador agreed on Friday to lift, in "
                            "stages, the tariffs they imposed on each other's "
                            "goods this year and to reopen the Rumichaca "
                            "bridge to cargo traffic around the clock, "
                            "according to a joint communiqué issued after "
                            "talks between their foreign ministers in Panama "
                            "City."],
                  cameo="030", alts=["057", "010"], alternatives=both,
                  targets=[("Ecuador", "cooperative", True),
                           ("Colombia", "cooperative", True)],
                  about=["Colombia", "Ecuador", "Rumichaca bridge"],
                  channel="joint communiqué", attribution="joint",
                  optional=True,
                  date_basis="'on Friday'; the lede's retelling of J01"),
        statement(d, "J03", "Ecuador", "accusing Bogotá", "2026-02",
                  para="Ecuador accused Colombia of failing to control armed "
                       "groups on the border",
                  evidence=["Quito imposed a 30% \"security tariff\" on "
                            "Colombian imports in February, accusing Bogotá "
                            "of failing to control armed groups on the "
                            "border."],
                  cameo="112", alts=["111"], targets=[("Colombia",
                                                       "conflictual", True)],
                  about=["Colombia"], optional=True,
                  date_basis="the tariff's imposition 'in February' "
                             "(background)"),
        statement(d, "J04", "Rubén Castillero",
                  "Rubén Castillero, who hosted the talks, told reporters",
                  day,
                  quote="a lot of maturity",
                  para="both delegations had shown a lot of maturity and "
                       "Panama was ready to host the commission's later "
                       "meetings if asked",
                  evidence=["told reporters on Friday that both delegations "
                            "had shown \"a lot of maturity\" and that Panama "
                            "was ready to host the commission's later "
                            "meetings if asked."],
                  cameo="051", alts=["010", "039"], alternatives=["Panama"],
                  targets=[("Colombia", "cooperative", False),
                           ("Ecuador", "cooperative", False)],
                  about=["Colombia", "Ecuador", "Panama",
                         "Binational Border Commission"],
                  channel="remarks to reporters", date_basis="'on Friday'"),
        statement(d, "J05", co_fm, "Ospina said the agreement", day,
                  quote="a first step, not the finish line",
                  para="the agreement was a first step, not the finish line",
                  evidence=["Speaking after the signing, Ospina said the "
                            "agreement was \"a first step, not the finish "
                            "line\"."],
                  cameo="010", alternatives=["Colombia"],
                  about=["Ecuador"], channel="remarks after the signing",
                  date_basis="'after the signing' (Friday 18 December)"),
        statement(d, "J06", co_fm, "she said", day,
                  after="The border will only",
                  quote="The border will only be safe if both of our "
                        "countries work on it together,",
                  cameo="010", alts=["030"], alternatives=["Colombia"],
                  targets=[("Ecuador", "cooperative", False)],
                  about=["Ecuador"], channel="remarks after the signing",
                  date_basis="the same remarks (Friday)"),
        statement(d, "J07", ec_fm, "Andrade told Ecuavisa on Friday night",
                  day,
                  para="the Ecuadorian government had obtained the security "
                       "commitments it had been asking for since February",
                  evidence=["Andrade told Ecuavisa on Friday night that his "
                            "government had obtained the security commitments "
                            "it had been asking for since February"],
                  cameo="010", alts=["051"], alternatives=["Ecuador"],
                  targets=[("Colombia", "neutral", False)],
                  about=["Colombia"], channel="interview with Ecuavisa",
                  date_basis="'on Friday night'"),
        statement(d, "J08", ec_fm, "but he warned", day,
                  para="the tariffs would return if attacks from Colombian "
                       "territory continued",
                  evidence=["but he warned that the tariffs would return if "
                            "attacks from Colombian territory continued."],
                  cameo="138", alts=["130", "010"], alternatives=["Ecuador"],
                  targets=[("Colombia", "conflictual", True)],
                  about=["Colombia"], channel="interview with Ecuavisa",
                  date_basis="the same interview (Friday night)"),
        statement(d, "J09", chamber,
                  "The Colombian-Ecuadorian Chamber of Commerce welcomed",
                  None,
                  para="welcomed the deal",
                  evidence=["The Colombian-Ecuadorian Chamber of Commerce "
                            "welcomed the deal"],
                  cameo="051", alts=["010"],
                  targets=[("Colombia", "cooperative", False),
                           ("Ecuador", "cooperative", False)],
                  about=["Colombia", "Ecuador"],
                  date_basis="the text does not say when"),
        statement(d, "J10", chamber, "and said exporters", None,
                  para="exporters had lost about 600 million dollars since "
                       "the dispute began",
                  evidence=["said exporters had lost about 600 million "
                            "dollars since the dispute began."],
                  cameo="010", about=["Colombia", "Ecuador"],
                  attribution="coordinated verb",
                  date_basis="the text does not say when"),
    ]
    statements[0]["co_speakers"] = ["Ecuador"]
    statements[1]["co_speakers"] = ["Ecuador"]
    statements[0]["quote_marks"] = "none (document text)"
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    statements[0]["speaker_mention"]["note"] = (
        "the communiqué of the two governments (Colombia with Ecuador as "
        "co-speaker, the two ministers accepted), from the preamble to the "
        "last numbered paragraph, one segment per paragraph (paragraphs 3 "
        "and 4, each government's own, included); the title and the "
        "closing place and date are not in it")
    statements[2]["speaker_mention"]["note"] = (
        "background: a participle 'accusing …' after the tariff of "
        "February; optional")
    statements[5]["speaker_mention"]["note"] = "'she' = Ospina"
    statements[7]["speaker_mention"]["note"] = (
        "the second verb of 'told … that … but he warned that …': a "
        "statement of its own")
    statements[9]["speaker_mention"]["note"] = (
        "the second verb of 'welcomed … and said …'")
    relationships = [
        relationship("R01", "bonds of brotherhood and good neighbourliness",
                     ["Colombia", "Ecuador"], False,
                     ["Colombia", "Ecuador"], ["J01"],
                     ["brotherhood and good neighbourliness", "brotherhood",
                      "good neighbourliness", "bonds of brotherhood",
                      "good neighborliness", "bonds"], date=day),
    ]
    events = [
        event("E01", "talks of the Colombian and Ecuadorian foreign "
              "ministers in Panama City and their joint communiqué", day,
              [co_fm, ec_fm]),
        event("E02", "Ecuador's tariff on Colombian imports", "2026-02",
              ["Ecuador", "Colombia"], optional=True),
        event("E03", "tariffs halved", "2027-01-15",
              ["Colombia", "Ecuador"], optional=True),
        event("E04", "meeting of the Binational Border Commission in "
              "Ipiales", "2027-03", ["Colombia", "Ecuador"], optional=True),
    ]
    timexes = [timex(d, "Saturday, December 19th 2026 - 08:54 UTC",
                     "2026-12-19", kind="datetime"),
               timex(d, "on Friday", day),
               timex(d, "this year", "2026"),
               timex(d, "in February", "2026-02"),
               timex(d, "on December 18, 2026", day),
               timex(d, "from January 15, 2027", "2027-01-15"),
               timex(d, "since February 2026", "2026-02"),
               timex(d, "by June 30, 2027", "2027-06-30"),
               timex(d, "in March 2027", "2027-03"),
               timex(d, "December 18, 2026", day, after="good offices."),
               timex(d, "on Friday", day, after="who hosted the talks"),
               timex(d, "on Friday night", day),
               timex(d, "since February", "2026-02",
                     after="asking for")]
    write(d, "2026-12-19", "joint statement (news page)", actors,
          statements, relationships, events, timexes)


def h70():
    d = Doc("h70_report")
    day = "2026-12-21"
    eam = "Sudhir Varadarajan"
    kfm = "Abdulaziz Saad Al-Mutairi"
    mea = "Ministry of External Affairs (India)"
    actors = [
        actor(d, "A01", eam, "person", [eam, "Varadarajan"],
              ["EAM Varadarajan", "S Varadarajan"],
              affiliations=[("India", "External Affairs Minister")]),
        actor(d, "A02", kfm, "person",
              [kfm, "Abdulaziz Al-Mutairi", "Al-Mutairi"],
              ["Abdulaziz Al-Mutairi", "Al-Mutairi"],
              affiliations=[("Kuwait", "Foreign Minister")]),
        actor(d, "A03", "India", "state", ["India"], ["Republic of India"]),
        actor(d, "A04", "Kuwait", "state", ["Kuwait"], ["State of Kuwait"]),
        actor(d, "A05", mea, "organization",
              ["Ministry of External Affairs", "MEA"],
              ["Ministry of External Affairs", "MEA"], part_of="India"),
        actor(d, "A06", "Kuwait News Agency", "media",
              ["Kuwait News Agency", "KUNA"], ["KUNA"]),
        actor(d, "A07", "PTI", "media", ["PTI"], ["Press Trust of India"]),
        actor(d, "A08", "Nawaf Jaber Al-Hamad Al-Sabah", "person",
              ["Sheikh Nawaf Jaber Al-Hamad Al-Sabah"],
              ["Sheikh Nawaf Jaber Al-Hamad Al-Sabah"],
              affiliations=[("Kuwait", "Prime Minister")]),
        actor(d, "A09", "Narendra Modi", "person", ["Narendra Modi"],
              affiliations=[("India", "Prime Minister")]),
        actor(d, "A10", "Aditya Rangan", "person", ["Aditya Rangan"],
              affiliations=[(mea, "spokesperson")]),
        actor(d, "A11", "Bahrain", "state", ["Bahrain"],
              ["Kingdom of Bahrain"]),
        actor(d, "A12", "Gulf Cooperation Council", "organization", ["GCC"],
              ["GCC"], optional=True),
        actor(d, "A13", "Kuwait City", "place", ["Kuwait City"],
              optional=True, accept={"Kuwait City": ["Kuwait"]}),
        actor(d, "A14", "Manama", "place", ["Manama"], optional=True,
              accept={"Manama": ["Bahrain"]}),
        actor(d, "A15", "Bayan Palace", "place", ["Bayan Palace"],
              optional=True),
        actor(d, "A16", "New Delhi", "place", ["New Delhi"], optional=True,
              accept={"New Delhi": ["India"]}),
        actor(d, "A17", "Times of India", "media", ["Times of India", "TOI"],
              ["TOI", "The Times of India"], optional=True),
    ]
    talks = "the talks in Kuwait City on Monday"
    pair_alt = ["India", "Kuwait", kfm, mea]
    statements = [
        statement(d, "N01", eam,
                  "External Affairs Minister Sudhir Varadarajan on Monday "
                  "said", day,
                  quote="to the next level",
                  para="India and Kuwait were ready to take their strategic "
                       "partnership to the next level",
                  evidence=["External Affairs Minister Sudhir Varadarajan on "
                            "Monday said India and Kuwait were ready to take "
                            "their strategic partnership \"to the next "
                            "level\""],
                  cameo="010", alts=["030"], alternatives=["India"],
                  targets=[("Kuwait", "cooperative", True)],
                  about=["India", "Kuwait"], same=["N02"],
                  date_basis="'on Monday'; the lede's retelling of N02"),
        statement(d, "N01b", eam, "as the two sides agreed", day,
                  para="India and Kuwait agreed to fast-track negotiations "
                       "on a bilateral investment treaty and to expand "
                       "cooperation in energy, health and food security",
                  evidence=["as the two sides agreed to fast-track "
                            "negotiations on a bilateral investment treaty "
                            "and to expand cooperation in energy, health and "
                            "food security."],
                  cameo="030", alts=["057", "010"], alternatives=pair_alt,
                  targets=[("Kuwait", "cooperative", True),
                           ("India", "cooperative", True)],
                  about=["India", "Kuwait"], attribution="joint",
                  same=["N04"], optional=True,
                  date_basis="'on Monday' of the lede; retells N04"),
        statement(d, "N02", eam, "Varadarajan said in a post on X", day,
                  quote="Productive talks with FM Abdulaziz Al-Mutairi. "
                        "Reviewed our strategic partnership across trade, "
                        "energy, defence and people-to-people ties. India and "
                        "Kuwait are ready to take it to the next level,",
                  cameo="010", alts=["051"], alternatives=["India"],
                  targets=[(kfm, "cooperative", True)],
                  about=["India", "Kuwait", kfm], channel="post on X",
                  same=["N01"],
                  date_basis="the lede's 'on Monday said', which retells it"),
        statement(d, "N03", eam, "he added", day,
                  after="Thanked him for the care",
                  quote="Thanked him for the care Kuwait extends to the "
                        "Indian community, our living bridge,",
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[(kfm, "cooperative", True),
                           ("Kuwait", "cooperative", True)],
                  about=["Kuwait"], channel="post on X",
                  date_basis="the same post (Monday)"),
        statement(d, "N04", eam, "The two ministers agreed", day,
                  para="the two ministers agreed to conclude negotiations on "
                       "the investment treaty by mid-2027 and to hold the "
                       "next meeting of the Joint Commission in New Delhi",
                  evidence=["The two ministers agreed to conclude "
                            "negotiations on the investment treaty by "
                            "mid-2027 and to hold the next meeting of the "
                            "Joint Commission in New Delhi, the Ministry of "
                            "External Affairs (MEA) said in a statement."],
                  cameo="030", alts=["057", "036", "010"],
                  alternatives=pair_alt,
                  targets=[("Kuwait", "cooperative", True),
                           ("India", "cooperative", True)],
                  about=["India", "Kuwait", "New Delhi"],
                  attribution="joint", reported_via=mea,
                  channel="statement",
                  date_basis="the ministers' agreement in " + talks),
        statement(d, "N04b", mea,
                  "the Ministry of External Affairs (MEA) said in a "
                  "statement", None,
                  para="the two ministers agreed to conclude negotiations on "
                       "the investment treaty by mid-2027 and to hold the "
                       "next meeting of the Joint Commission in New Delhi",
                  evidence=["the Ministry of External Affairs (MEA) said in a "
                            "statement."],
                  cameo="010", alternatives=["India", eam],
                  about=["India", "Kuwait"], channel="statement",
                  same=["N04"], optional=True,
                  date_basis="the text does not say when the ministry said "
                             "it"),
        statement(d, "N05", kfm, "Al-Mutairi told Varadarajan during the "
                  "talks", day,
                  quote="a trusted and reliable partner",
                  para="Kuwait regarded India as a trusted and reliable "
                       "partner and was keen to increase its investments in "
                       "Indian infrastructure and renewable energy",
                  evidence=["Al-Mutairi told Varadarajan during the talks "
                            "that Kuwait regarded India as \"a trusted and "
                            "reliable partner\" and was keen to increase its "
                            "investments in Indian infrastructure and "
                            "renewable energy, the official Kuwait News "
                            "Agency (KUNA) reported."],
                  cameo="051", alts=["010", "030"], alternatives=["Kuwait"],
                  targets=[("India", "cooperative", True),
                           (eam, "cooperative", True)],
                  about=["India", "Kuwait"], reported_via="Kuwait News Agency",
                  channel="talks", date_basis="'during the talks' (Monday)"),
        statement(d, "N06", kfm, "KUNA quoted the Kuwaiti minister as saying",
                  day,
                  quote="historic ties that go back centuries, to the days "
                        "of the dhow trade",
                  para="the two countries shared historic ties that go back "
                       "centuries, to the days of the dhow trade",
                  evidence=["KUNA quoted the Kuwaiti minister as saying that "
                            "the two countries shared \"historic ties that go "
                            "back centuries, to the days of the dhow "
                            "trade\"."],
                  cameo="051", alts=["010"], alternatives=["Kuwait"],
                  targets=[("India", "cooperative", False)],
                  about=["India", "Kuwait"], reported_via="Kuwait News Agency",
                  channel="talks",
                  date_basis="the same KUNA report of the talks (Monday; as "
                             "h58's 'he was quoted as saying')"),
        statement(d, "N07", eam, "Varadarajan also called on", day,
                  para="Varadarajan conveyed the greetings of Prime Minister "
                       "Narendra Modi to Kuwait's Prime Minister",
                  evidence=["conveyed the greetings of Prime Minister "
                            "Narendra Modi."],
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[("Nawaf Jaber Al-Hamad Al-Sabah", "cooperative",
                            True)],
                  about=["Narendra Modi", "Nawaf Jaber Al-Hamad Al-Sabah"],
                  attribution="coordinated verb", optional=True,
                  date_basis="the same day's calls (Monday)"),
        statement(d, "N08", eam, "the minister said the government", day,
                  para="the Indian government was working with Kuwaiti "
                       "authorities to speed up the settlement of dues of "
                       "workers whose employers had shut down",
                  evidence=["the minister said the government was working "
                            "with Kuwaiti authorities to speed up the "
                            "settlement of dues of workers whose employers "
                            "had shut down."],
                  cameo="010", alternatives=["India"],
                  about=["Kuwait", "India"],
                  channel="address to the Indian community",
                  date_basis="'Later' on Monday"),
        statement(d, "N09", eam, "he said", day,
                  after="No Indian worker in Kuwait",
                  quote="No Indian worker in Kuwait should feel that he is "
                        "alone. Our embassy is open for you round the clock,",
                  cameo="010", alternatives=["India"], about=["Kuwait"],
                  channel="address to the Indian community",
                  date_basis="the same address (Monday)"),
        statement(d, "N10", "India", "Indian officials said", None,
                  para="the two sides also discussed the situation in the "
                       "region and the proposed India-GCC free trade "
                       "agreement",
                  evidence=["Indian officials said the two sides also "
                            "discussed the situation in the region and the "
                            "proposed India-GCC free trade agreement, PTI "
                            "reported."],
                  cameo="010", alternatives=[mea],
                  about=["Kuwait", "Gulf Cooperation Council"],
                  reported_via="PTI",
                  date_basis="the text does not say when the officials "
                             "said it"),
        statement(d, "N11", "Aditya Rangan",
                  "MEA spokesperson Aditya Rangan had said on Saturday",
                  "2026-12-19",
                  quote="review the full range of our bilateral relations",
                  para="the visit would give both sides an opportunity to "
                       "review the full range of their bilateral relations",
                  evidence=["MEA spokesperson Aditya Rangan had said on "
                            "Saturday that it would give both sides an "
                            "opportunity to \"review the full range of our "
                            "bilateral relations\"."],
                  cameo="010", alts=["036"], alternatives=[mea, "India"],
                  about=["Kuwait"], date_basis="'on Saturday' before Monday "
                                               "21 December"),
    ]
    statements[1]["co_speakers"] = [kfm]
    statements[4]["co_speakers"] = [kfm]
    statements[1]["speaker_mention"]["note"] = (
        "'as the two sides agreed …' in the lede: a background clause "
        "retelling N04; optional")
    statements[3]["speaker_mention"]["note"] = "'he' = Varadarajan"
    statements[4]["speaker_mention"]["note"] = (
        "'The two ministers agreed …, the MEA said in a statement': the "
        "ministers' statement (Varadarajan with Al-Mutairi as co-speaker) "
        "dated by the talks, as h18; the ministry's own optional and "
        "undated (N04b)")
    statements[8]["speaker_mention"]["note"] = (
        "'also called on … and conveyed the greetings': a greeting, "
        "optional (as h16's 'welcomed X to Singapore')")
    statements[9]["speaker_mention"]["note"] = "'the minister' = Varadarajan"
    statements[10]["speaker_mention"]["note"] = "'he' = Varadarajan"
    statements[11]["speaker_mention"]["note"] = (
        "officials of a named state speak for it; undated")
    relationships = [
        relationship("R01", "strategic partnership", ["India", "Kuwait"],
                     False, [eam], ["N01", "N02"],
                     ["partnership", "strategic partners"], date=day),
        relationship("R02", "trusted and reliable partner",
                     ["Kuwait", "India"], False, [kfm], ["N05"],
                     ["reliable partner", "trusted partner", "partner"],
                     optional=True, date=day),
        relationship("R03", "historic ties", ["India", "Kuwait"], False,
                     [kfm], ["N06"], ["ties"], optional=True, date=day),
    ]
    events = [
        event("E01", "Varadarajan-Al-Mutairi talks in Kuwait City", day,
              [eam, kfm]),
        event("E02", "Varadarajan arrives in Kuwait", "2026-12-20", [eam],
              optional=True),
        event("E03", "Varadarajan's talks in Manama", "2026-12-22", [eam],
              optional=True),
    ]
    timexes = [timex(d, "Dec 21, 2026, 22:41 IST", day, kind="datetime"),
               timex(d, "on Monday", day),
               timex(d, "on Sunday night", "2026-12-20"),
               timex(d, "two-day", "P2D", kind="duration"),
               timex(d, "by mid-2027", "2027-06"),
               timex(d, "on Monday", day, after="Kuwait City on Monday"),
               timex(d, "Later", day, after="conveyed the greetings"),
               timex(d, "on Saturday", "2026-12-19"),
               timex(d, "on Tuesday", "2026-12-22")]
    write(d, day, "news report (newspaper)", actors, statements,
          relationships, events, timexes)


def h71():
    d = Doc("h71_briefing")
    day = "2026-12-24"
    osp = "Aditya Rangan"
    mea = "Ministry of External Affairs (India)"
    cmfa = "Ministry of Foreign Affairs (China)"
    actors = [
        actor(d, "A01", osp, "person", ["Aditya Rangan"],
              ["Shri Aditya Rangan"],
              affiliations=[(mea, "Official Spokesperson")]),
        actor(d, "A02", "India", "state", ["India"], ["Republic of India"]),
        actor(d, "A03", "Mozambique", "state", ["Republic of Mozambique"],
              ["Republic of Mozambique"]),
        actor(d, "A04", "Armando Chissico", "person", ["Armando Chissico"],
              affiliations=[("Mozambique", "President")]),
        actor(d, "A05", "Narendra Modi", "person", ["Narendra Modi"],
              affiliations=[("India", "Prime Minister")]),
        actor(d, "A06", "Sudhir Varadarajan", "person",
              ["Sudhir Varadarajan"], ["Dr. Sudhir Varadarajan"],
              affiliations=[("India", "External Affairs Minister")]),
        actor(d, "A07", "Kuwait", "state", ["Kuwait"], ["State of Kuwait"]),
        actor(d, "A08", "Bahrain", "state", ["Bahrain"],
              ["Kingdom of Bahrain"]),
        actor(d, "A09", "China", "state", ["China"],
              ["People's Republic of China"]),
        actor(d, "A10", cmfa, "organization", ["Chinese foreign ministry"],
              ["Chinese foreign ministry", "Chinese Foreign Ministry"],
              part_of="China"),
        actor(d, "A11", "Yarlung Zangbo", "place", ["Yarlung Zangbo"],
              ["Yarlung Tsangpo", "Brahmaputra"]),
        actor(d, "A12", "Russia", "state", ["Russia"],
              ["Russian Federation"]),
        actor(d, "A13", "Pavel Sokolin", "person", ["Pavel Sokolin"],
              affiliations=[("Russia", "President")]),
        actor(d, "A14", "South Sudan", "state", ["South Sudan"],
              ["Republic of South Sudan"]),
        actor(d, "A15", "WION", "media", ["WION"]),
        actor(d, "A16", "PTI", "media", ["PTI"], ["Press Trust of India"]),
        actor(d, "A17", "Hindustan Times", "media", ["Hindustan Times"]),
        actor(d, "A18", "The Hindu", "media", ["The Hindu"], optional=True),
        actor(d, "A19", "Doordarshan", "media", ["Doordarshan"],
              optional=True),
        actor(d, "A20", "Russian ambassador", "person", [],
              ["Russian ambassador to India"], optional=True,
              affiliations=[("Russia", "ambassador to India")]),
        actor(d, "A21", "Expert Level Mechanism", "organization",
              ["Expert Level Mechanism"], optional=True),
        actor(d, "A22", "Juba", "place", ["Juba"], optional=True),
        actor(d, "A23", "Kuwait City", "place", ["Kuwait City"],
              optional=True),
        actor(d, "A24", "Manama", "place", ["Manama"], optional=True),
        actor(d, "A25", "New Delhi", "place", ["New Delhi"], optional=True),
        actor(d, "A26", "Rohit Sen", "person", ["Rohit Sen"],
              affiliations=[("WION", "reporter")], optional=True),
        actor(d, "A27", "Meera Iyer", "person", ["Meera Iyer"],
              affiliations=[("The Hindu", "reporter")], optional=True),
        actor(d, "A28", "Abhishek Jha", "person", ["Abhishek Jha"],
              affiliations=[("PTI", "reporter")], optional=True),
        actor(d, "A29", "Rakesh Kumar", "person", ["Rakesh Kumar"],
              affiliations=[("Doordarshan", "reporter")], optional=True),
        actor(d, "A30", "Sanjana Rao", "person", ["Sanjana Rao"],
              affiliations=[("Hindustan Times", "reporter")], optional=True),
        actor(d, "A31", mea, "organization", [],
              ["Ministry of External Affairs", "MEA"], optional=True,
              part_of="India"),
    ]
    t = d.text
    lab = "Shri Aditya Rangan, Official Spokesperson:"
    pc = "weekly media briefing"
    basis = "the briefing's date (Thursday 24 December 2026)"
    alt = [mea, "India"]

    def turn(anchor, nxt):
        i = t.index(lab, t.index(anchor)) + len(lab) + 1
        j = t.index(nxt, i)
        return t[i:j].rstrip("\n"), anchor

    a0, k0 = turn("Media Center", "\n\nRohit Sen:")
    a1, k1 = turn("expert level mechanism?", "\n\nAbhishek Jha:")
    a2, k2 = turn("Can you confirm the dates?", "\n\nRakesh Kumar:")
    a3, k3 = turn("help them?", "\n\nSanjana Rao:")
    a4, k4 = turn("Where do those talks stand?", "\n\n" + lab)
    a5, k5 = turn("early part of next year.", "\n\n(Concludes)")
    segs0 = a0.split("\n\n")
    assert len(segs0) == 2
    assert "\n" not in a1 + a2 + a3 + a4 + a5
    statements = [
        statement(d, "T01", osp, lab, day, quote=a0, cameo="010",
                  alts=["036", "051"], alternatives=alt,
                  targets=[("Mozambique", "cooperative", True)],
                  about=["Mozambique", "Armando Chissico", "Kuwait",
                         "Bahrain"],
                  channel=pc, date_basis=basis),
        statement(d, "T02", cmfa,
                  "The Chinese foreign ministry said on Tuesday",
                  "2026-12-22",
                  para="the hydropower project on the Yarlung Zangbo would "
                       "have no negative impact on downstream countries and "
                       "China had shared information with India",
                  evidence=["The Chinese foreign ministry said on Tuesday "
                            "that the hydropower project on the Yarlung "
                            "Zangbo would have no negative impact on "
                            "downstream countries and that China had shared "
                            "information with India."],
                  cameo="010", alternatives=["China"],
                  targets=[("India", "neutral", True)],
                  about=["Yarlung Zangbo", "India"], reported_via="WION",
                  embedded=True,
                  date_basis="'on Tuesday' before Thursday 24 December"),
        statement(d, "T03", osp, lab, day, quote=a1, after=k1, cameo="010",
                  alts=["111", "020"], alternatives=alt,
                  targets=[("China", "conflictual", True)],
                  about=["China", "Yarlung Zangbo", "Expert Level Mechanism"],
                  channel=pc, responds_to=["T02"], date_basis=basis),
        statement(d, "T04", "Russia", "The Russian ambassador told reporters",
                  "2026-12-21",
                  para="President Pavel Sokolin would visit India for the "
                       "annual summit in the first half of next year",
                  evidence=["The Russian ambassador told reporters here on "
                            "Monday that President Pavel Sokolin would visit "
                            "India for the annual summit in the first half of "
                            "next year."],
                  cameo="036", alts=["010"],
                  alternatives=["Russian ambassador"],
                  targets=[("India", "cooperative", True)],
                  about=["Pavel Sokolin", "India"], reported_via="PTI",
                  embedded=True,
                  date_basis="'on Monday' before Thursday 24 December"),
        statement(d, "T05", osp, lab, day, quote=a2, after=k2, cameo="011",
                  alts=["010", "051"], alternatives=alt,
                  targets=[("Russia", "cooperative", True)],
                  about=["Russia"], channel=pc, responds_to=["T04"],
                  date_basis=basis),
        statement(d, "T06", osp, lab, day, quote=a3, after=k3, cameo="010",
                  alternatives=alt, about=["South Sudan", "Juba"],
                  channel=pc, date_basis=basis),
        statement(d, "T07", "Bahrain", "The Bahraini side said yesterday",
                  "2026-12-23",
                  para="India and Bahrain had also discussed a free trade "
                       "agreement",
                  evidence=["The Bahraini side said yesterday that the two "
                            "countries had also discussed a free trade "
                            "agreement."],
                  cameo="010", alts=["036"],
                  targets=[("India", "cooperative", False)],
                  about=["India", "Bahrain"],
                  reported_via="Hindustan Times", embedded=True,
                  date_basis="'yesterday' before Thursday 24 December"),
        statement(d, "T08", osp, lab, day, quote=a4, after=k4, cameo="010",
                  alts=["036"], alternatives=alt,
                  targets=[("Bahrain", "cooperative", False)],
                  about=["Bahrain"], channel=pc, responds_to=["T07"],
                  date_basis=basis),
        statement(d, "T09", osp, lab, day, quote=a5, after=k5, cameo="010",
                  alternatives=alt, channel=pc, optional=True,
                  date_basis=basis),
    ]
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in segs0]
    statements[0]["speaker_mention"]["note"] = (
        "the spokesperson's announcements over two paragraphs: one turn in "
        "two segments")
    statements[2]["speaker_mention"]["note"] = (
        "one answer to two questions ('Let me take these two together')")
    statements[3]["speaker_mention"]["note"] = (
        "an official of a named state speaks for it (the ambassador, "
        "unnamed, accepted)")
    statements[4]["speaker_mention"]["note"] = (
        "no dates to share: a decline, with the partnership restated")
    statements[6]["speaker_mention"]["note"] = (
        "'The Bahraini side' = Bahrain, reported inside Hindustan Times' "
        "question")
    statements[8]["speaker_mention"]["note"] = "a closing courtesy: optional"
    relationships = [
        relationship("R01", "special and privileged strategic partnership",
                     ["India", "Russia"], False, [osp], ["T05"],
                     ["strategic partnership",
                      "special and privileged strategic partners",
                      "privileged strategic partnership", "partnership"],
                     date=day),
    ]
    events = [
        event("E01", "weekly media briefing of the Official Spokesperson",
              day, [osp]),
        event("E02", "state visit to India of the President of Mozambique",
              "2026-12-28", ["Armando Chissico"]),
        event("E03", "Varadarajan's visit to Kuwait and Bahrain",
              "2026-12-20", ["Sudhir Varadarajan"], optional=True),
        event("E04", "India-Russia annual summit", "2027",
              ["India", "Russia"], optional=True),
    ]
    timexes = [timex(d, "December 24, 2026", day),
               timex(d, "December 25, 2026", "2026-12-25"),
               timex(d, "from December 28 to 30", "2026-12-28/2026-12-30",
                     kind="interval"),
               timex(d, "from December 20 to 23", "2026-12-20/2026-12-23",
                     kind="interval"),
               timex(d, "on Tuesday", "2026-12-22"),
               timex(d, "early next year", "2027"),
               timex(d, "on Monday", "2026-12-21"),
               timex(d, "in the first half of next year", "2027-01/2027-06",
                     kind="interval"),
               timex(d, "yesterday", "2026-12-23"),
               timex(d, "in the early part of next year", "2027"),
               timex(d, "December 24, 2026", day, after="New Delhi\n")]
    write(d, day, "press conference (foreign ministry weekly briefing, "
          "transcript)", actors, statements, relationships, events, timexes)


def h72():
    d = Doc("h72_readout")
    day = "2026-12-23"
    pres = "Michael Caldwell"
    chan = "Katrin Vogler"
    actors = [
        actor(d, "A01", pres, "person", [pres, "Caldwell"],
              ["President Caldwell"],
              affiliations=[("United States", "President")]),
        actor(d, "A02", chan, "person", [chan, "Vogler"],
              ["Chancellor Vogler"],
              affiliations=[("Germany", "Chancellor")]),
        actor(d, "A03", "United States", "state", ["United States", "U.S."],
              ["US", "USA", "United States of America"]),
        actor(d, "A04", "Germany", "state", ["Germany"],
              ["Federal Republic of Germany"]),
        actor(d, "A05", "NATO", "organization", ["NATO"],
              ["North Atlantic Treaty Organization"]),
        actor(d, "A06", "Russia", "state", ["Russia"],
              ["Russian Federation"]),
        actor(d, "A07", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A08", "China", "state",
              ["People's Republic of China", "Beijing"],
              ["People's Republic of China", "PRC"],
              accept={"Beijing": ["Beijing"]}),
        actor(d, "A09", "Europe", "place", ["Europe"], optional=True),
        actor(d, "A10", "G7", "organization", ["G7"], optional=True),
        actor(d, "A11", "European Council", "organization",
              ["European Council"], optional=True),
        actor(d, "A12", "Munich Security Conference", "organization",
              ["Munich Security Conference"], optional=True),
        actor(d, "A13", "White House", "organization", ["White House"],
              optional=True, part_of="United States"),
        actor(d, "A14", "Dana Whitlock", "person", ["Dana Whitlock"],
              affiliations=[("White House", "Press Secretary")],
              optional=True),
        actor(d, "A15", "Ross Ebner", "person", ["Ross Ebner"],
              affiliations=[("United States", "National Security Advisor")],
              optional=True),
        actor(d, "A16", "Philippines", "state", ["Philippine"],
              optional=True),
    ]
    kw = dict(channel="telephone call",
              date_basis="'spoke today' on the readout's date")
    us = ["United States"]
    de = ["Germany"]
    statements = [
        statement(d, "W01", pres, "The President congratulated", day,
                  para="the President congratulated the Chancellor on the "
                       "formation of her new government and on Germany's "
                       "assumption of the chairmanship of the G7 Foreign "
                       "Ministers' Meeting",
                  evidence=["The President congratulated the Chancellor on "
                            "the formation of her new government and on "
                            "Germany's assumption of the chairmanship of the "
                            "G7 Foreign Ministers' Meeting in the new year."],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[(chan, "cooperative", True),
                           ("Germany", "cooperative", True)],
                  about=[chan, "Germany", "G7"], **kw),
        statement(d, "W02", pres, "The leaders reaffirmed", day,
                  para="the leaders reaffirmed the enduring partnership "
                       "between the United States and Germany and their "
                       "shared commitment to a strong and united NATO",
                  evidence=["The leaders reaffirmed the enduring partnership "
                            "between the United States and Germany and their "
                            "shared commitment to a strong and united NATO."],
                  cameo="010", alts=["051", "030"],
                  alternatives=[chan] + us + de,
                  targets=[("Germany", "cooperative", True),
                           ("United States", "cooperative", True)],
                  about=["United States", "Germany", "NATO"],
                  attribution="joint", **kw),
        statement(d, "W03", pres, "President Caldwell welcomed", day,
                  para="President Caldwell welcomed Germany's decision to "
                       "raise its defense spending to 3.5 percent of GDP by "
                       "2029",
                  evidence=["President Caldwell welcomed Germany's decision "
                            "to raise its defense spending to 3.5 percent of "
                            "GDP by 2029"],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[("Germany", "cooperative", True)],
                  about=["Germany"], **kw),
        statement(d, "W04", pres, "and underscored the importance", day,
                  para="underscored the importance of all Allies meeting "
                       "their commitments ahead of next year's NATO Summit",
                  evidence=["underscored the importance of all Allies "
                            "meeting their commitments ahead of next year's "
                            "NATO Summit."],
                  cameo="010", alternatives=us,
                  targets=[("Germany", "neutral", False)],
                  about=["NATO"], attribution="coordinated verb", **kw),
        statement(d, "W05", pres, "They condemned", day,
                  para="the leaders condemned Russia's continued attacks on "
                       "Ukraine's energy infrastructure",
                  evidence=["They condemned Russia's continued attacks on "
                            "Ukraine's energy infrastructure as winter sets "
                            "in"],
                  cameo="111", alts=["122"],
                  alternatives=[chan] + us + de,
                  targets=[("Russia", "conflictual", True)],
                  about=["Russia", "Ukraine"], attribution="joint", **kw),
        statement(d, "W06", pres, "and agreed on the need", day,
                  para="the leaders agreed on the need to sustain support for "
                       "Ukraine's air defense",
                  evidence=["agreed on the need to sustain support for "
                            "Ukraine's air defense."],
                  cameo="030", alts=["010"],
                  alternatives=[chan] + us + de,
                  targets=[("Ukraine", "cooperative", True)],
                  about=["Ukraine"], attribution="coordinated verb", **kw),
        statement(d, "W07", chan, "Chancellor Vogler briefed the President",
                  day,
                  para="Chancellor Vogler briefed the President on the "
                       "outcome of last week's European Council meeting",
                  evidence=["Chancellor Vogler briefed the President on the "
                            "outcome of last week's European Council "
                            "meeting"],
                  cameo="010", alternatives=de,
                  about=["European Council"], optional=True, **kw),
        statement(d, "W08", chan, "and said Europe", day,
                  para="Europe was prepared to take on a greater share of "
                       "the burden",
                  evidence=["said Europe was prepared to take on a greater "
                            "share of the burden."],
                  cameo="010", alts=["030"], alternatives=de,
                  targets=[("United States", "cooperative", False)],
                  about=["Europe", "Ukraine"],
                  attribution="coordinated verb", **kw),
        statement(d, "W09", pres, "President Caldwell also raised concerns",
                  day,
                  para="President Caldwell raised concerns about the "
                       "People's Republic of China's non-market practices "
                       "and excess industrial capacity",
                  evidence=["President Caldwell also raised concerns about "
                            "the People's Republic of China's non-market "
                            "practices and excess industrial capacity"],
                  cameo="111", alts=["010"], alternatives=us,
                  targets=[("China", "conflictual", True)],
                  about=["China"], **kw),
        statement(d, "W10", pres, "and stressed that", day,
                  para="the United States and Europe should coordinate their "
                       "responses",
                  evidence=["stressed that the United States and Europe "
                            "should coordinate their responses."],
                  cameo="010", alternatives=us,
                  targets=[("Germany", "cooperative", False)],
                  about=["United States", "Europe", "China"],
                  attribution="coordinated verb", **kw),
        statement(d, "W11", chan, "The Chancellor noted", day,
                  para="Germany would continue to reduce its dependencies in "
                       "critical supply chains while keeping channels of "
                       "communication with Beijing open",
                  evidence=["The Chancellor noted that Germany would continue "
                            "to reduce its dependencies in critical supply "
                            "chains while keeping channels of communication "
                            "with Beijing open."],
                  cameo="010", alternatives=de,
                  targets=[("China", "neutral", True)],
                  about=["Germany", "China"], **kw),
        statement(d, "W12", pres, "They agreed to stay in close contact", day,
                  para="the leaders agreed to stay in close contact and to "
                       "meet on the margins of the Munich Security "
                       "Conference in February",
                  evidence=["They agreed to stay in close contact in the "
                            "weeks ahead and to meet on the margins of the "
                            "Munich Security Conference in February."],
                  cameo="036", alts=["030", "010"],
                  alternatives=[chan] + us + de,
                  targets=[(chan, "cooperative", True)],
                  about=["Munich Security Conference"], attribution="joint",
                  **kw),
    ]
    for k in (1, 4, 5, 11):
        statements[k]["co_speakers"] = [chan]
    statements[1]["speaker_mention"]["note"] = (
        "'The leaders': the President with the Chancellor as co-speaker")
    statements[4]["speaker_mention"]["note"] = (
        "'They' = the two leaders, after 'The two leaders discussed …' "
        "(no statement)")
    statements[5]["speaker_mention"]["note"] = (
        "the second verb of 'They condemned … and agreed …'")
    statements[6]["speaker_mention"]["note"] = (
        "'briefed X on …': optional (as h16)")
    statements[7]["speaker_mention"]["note"] = (
        "the second verb of 'briefed … and said …': required")
    statements[11]["speaker_mention"]["note"] = (
        "'They' = the two leaders, after 'The leaders also discussed …' "
        "(no statement)")
    relationships = [
        relationship("R01", "enduring partnership",
                     ["United States", "Germany"], False, [pres, chan],
                     ["W02"], ["partnership"], date=day),
    ]
    events = [
        event("E01", "Caldwell-Vogler telephone call", day, [pres, chan]),
        event("E02", "European Council meeting", "2026-12", ["Europe"],
              optional=True),
        event("E03", "Caldwell-Vogler meeting at the Munich Security "
              "Conference", "2027-02", [pres, chan], optional=True),
    ]
    timexes = [timex(d, "December 23, 2026", day),
               timex(d, "today", day),
               timex(d, "in the new year", "2027"),
               timex(d, "by 2029", "2029"),
               timex(d, "next year's", "2027"),
               timex(d, "last week's", "2026-12-14/2026-12-20",
                     kind="interval"),
               timex(d, "in February", "2027-02")]
    write(d, day, "call readout (White House)", actors, statements,
          relationships, events, timexes)


def h73():
    d = Doc("h73_joint")
    day = "2026-12-28"
    th_pm = "Kittipong Rattanakorn"
    my_pm = "Azman bin Yusof"
    actors = [
        actor(d, "A01", th_pm, "person", [th_pm, "Kittipong"],
              ["Prime Minister Kittipong"],
              affiliations=[("Thailand", "Prime Minister")]),
        actor(d, "A02", my_pm, "person", ["Dato' Seri Azman bin Yusof"],
              ["Dato' Seri Azman bin Yusof", "Azman Yusof", "Azman"],
              affiliations=[("Malaysia", "Prime Minister")]),
        actor(d, "A03", "Thailand", "state",
              ["Thailand", "Kingdom of Thailand"], ["Kingdom of Thailand"]),
        actor(d, "A04", "Malaysia", "state", ["Malaysia"]),
        actor(d, "A05", "ASEAN", "organization", ["ASEAN"],
              ["Association of Southeast Asian Nations"]),
        actor(d, "A06", "Myanmar", "state", ["Myanmar"], ["Burma"]),
        actor(d, "A07", "Ministry of Foreign Affairs (Thailand)",
              "organization", ["Ministry of Foreign Affairs"],
              ["Ministry of Foreign Affairs, Kingdom of Thailand",
               "Thai Ministry of Foreign Affairs"], optional=True,
              part_of="Thailand"),
        actor(d, "A08", "Bangkok", "place", ["Bangkok"], optional=True,
              accept={"Bangkok": ["Thailand"]}),
        actor(d, "A09", "Government House", "place", ["Government House"],
              optional=True),
        actor(d, "A10", "Sadao", "place", ["Sadao"], optional=True),
        actor(d, "A11", "Bukit Kayu Hitam", "place", ["Bukit Kayu Hitam"],
              optional=True),
        actor(d, "A12", "Golok River", "place", ["Golok River"],
              optional=True),
        actor(d, "A13", "ASEAN Power Grid", "organization",
              ["ASEAN Power Grid"], optional=True),
        actor(d, "A14", "ASEAN Five-Point Consensus", "organization",
              ["ASEAN Five-Point Consensus"], ["Five-Point Consensus"],
              optional=True),
    ]
    t = d.text
    first = "1. The 8th Annual Consultation between His Excellency"
    last = "which was accepted with appreciation."
    i, j = t.index(first), t.index(last) + len(last)
    whole = t[i:j]
    paras = [p for p in whole.split("\n\n") if p[:1].isdigit()]
    assert len(paras) == 8
    who = ["Malaysia", th_pm, my_pm]
    statements = [
        statement(d, "J01", "Thailand", "Joint Press Statement\n\nThe 8th",
                  day, quote=whole, cameo="030",
                  alts=["057", "051", "010"], alternatives=who,
                  targets=[("Malaysia", "cooperative", True),
                           ("Thailand", "cooperative", True)],
                  about=["Thailand", "Malaysia", "ASEAN", "Myanmar"],
                  channel="joint press statement", attribution="joint",
                  date_basis="'28 December 2026' under the title, 'on 28 "
                             "December 2026' in paragraph 1 and the closing "
                             "'Bangkok / 28 December 2026'"),
    ]
    statements[0]["co_speakers"] = ["Malaysia"]
    statements[0]["quote_marks"] = "none (document text)"
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    statements[0]["speaker_mention"]["note"] = (
        "the joint press statement of the two governments (Thailand, the "
        "host and the site's government, with Malaysia as co-speaker; the "
        "two prime ministers accepted), from paragraph 1 to paragraph 8, "
        "one segment per numbered paragraph; the section headings, the "
        "title lines and the closing place and date are not in it; "
        "'The Prime Minister of Malaysia congratulated …', 'The Thai side "
        "expressed …' and 'Both sides agreed …' are the joint text's own")
    relationships = [
        relationship("R01", "Strategic Partnership", ["Thailand", "Malaysia"],
                     False, ["Thailand", "Malaysia"], ["J01"],
                     ["strategic partnership", "partnership",
                      "strategic partners"], date=day),
        relationship("R02", "close friendship", ["Thailand", "Malaysia"],
                     False, ["Thailand", "Malaysia"], ["J01"],
                     ["friendship"], optional=True, date=day),
    ]
    events = [
        event("E01", "8th Annual Consultation of the Thai and Malaysian "
              "prime ministers in Bangkok", day, [th_pm, my_pm]),
        event("E02", "official visit of the Malaysian prime minister to "
              "Thailand", "2026-12-27", [my_pm], optional=True),
        event("E03", "9th Annual Consultation in Malaysia", "2027",
              ["Thailand", "Malaysia"], optional=True),
    ]
    timexes = [timex(d, "28 Dec 2026", day),
               timex(d, "28 Dec 2026", day, after="วันที่ปรับปรุงข้อมูล"),
               timex(d, "28 December 2026", day),
               timex(d, "on 28 December 2026", day),
               timex(d, "from 27 to 29 December 2026",
                     "2026-12-27/2026-12-29", kind="interval"),
               timex(d, "in September this year", "2026-09"),
               timex(d, "2027-2031", "2027/2031", kind="interval"),
               timex(d, "in 2027", "2027"),
               timex(d, "by 2028", "2028"),
               timex(d, "in the first half of 2027", "2027-01/2027-06",
                     kind="interval"),
               timex(d, "in 2027", "2027", after="9th Annual Consultation"),
               timex(d, "28 December 2026", day, after="appreciation.")]
    write(d, day, "joint statement (foreign ministry site)", actors,
          statements, relationships, events, timexes)


def h74():
    d = Doc("h74_report")
    day = "2026-12-22"
    hu = "Balazs Kertesz"
    ru = "Nikolai Sorokin"
    ec = "European Commission"
    ua_mfa = "Ministry of Foreign Affairs (Ukraine)"
    actors = [
        actor(d, "A01", hu, "person", ["Balazs Kertesz", "Kertesz"],
              ["Balázs Kertész"],
              affiliations=[("Hungary", "Foreign Minister")]),
        actor(d, "A02", ru, "person", ["Nikolai Sorokin", "Sorokin"],
              affiliations=[("Russia", "Foreign Minister")]),
        actor(d, "A03", "Hungary", "state", ["Hungary", "Budapest"],
              accept={"Budapest": ["Budapest"]}),
        actor(d, "A04", "Russia", "state", ["Russia", "Moscow"],
              ["Russian Federation"], accept={"Moscow": ["Moscow"]}),
        actor(d, "A05", "European Union", "organization",
              ["European Union", "EU", "Brussels"], ["EU"],
              accept={"Brussels": ["Brussels", ec]}),
        actor(d, "A06", ec, "organization", ["European Commission",
                                             "Commission"],
              part_of="European Union"),
        actor(d, "A07", "Anna Lehtonen", "person", ["Anna Lehtonen"],
              affiliations=[(ec, "spokesperson")]),
        actor(d, "A08", "Kremlin", "organization", ["Kremlin"],
              ["Presidential Executive Office"], optional=True,
              part_of="Russia", accept={"Kremlin": ["Russia"]}),
        actor(d, "A09", "Yevgeny Rudakov", "person",
              ["Yevgeny Rudakov", "Rudakov"],
              affiliations=[("Kremlin", "spokesman")]),
        actor(d, "A10", "TASS", "media", ["TASS"]),
        actor(d, "A11", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A12", ua_mfa, "organization", ["Ukraine's foreign ministry"],
              ["Ukrainian Foreign Ministry", "Ukraine's foreign ministry",
               "Foreign Ministry of Ukraine"], part_of="Ukraine"),
        actor(d, "A13", "Reuters", "media", ["Reuters"], optional=True),
        actor(d, "A14", "Gazprom", "organization", ["Gazprom"],
              optional=True, part_of="Russia"),
        actor(d, "A15", "Paks nuclear plant", "place", ["Paks"],
              ["Paks", "Paks II"], optional=True),
        actor(d, "A16", "TurkStream", "place", ["TurkStream"],
              ["TurkStream pipeline"], optional=True),
        actor(d, "A17", "Budapest", "place", ["Budapest"], optional=True,
              accept={"Budapest": ["Hungary"]}),
        actor(d, "A18", "Brussels", "place", ["Brussels"], optional=True,
              accept={"Brussels": ["European Union", ec]}),
        actor(d, "A19", "Europe", "place", ["Europe"], optional=True),
        actor(d, "A20", "Zsofia Halasz", "person", ["Zsofia Halasz"],
              optional=True),
        actor(d, "A21", "Peter Lindahl", "person", ["Peter Lindahl"],
              optional=True),
        actor(d, "A22", "Bernadett Kiss", "person", ["Bernadett Kiss"],
              optional=True),
        actor(d, "A23", "Mark Verhagen", "person", ["Mark Verhagen"],
              optional=True),
        actor(d, "A24", "Gareth Holm", "person", ["Gareth Holm"],
              optional=True),
    ]
    nc = "joint news conference"
    basis = "the joint news conference after the talks of Tuesday"
    statements = [
        statement(d, "W01", hu, "Hungarian Foreign Minister Balazs Kertesz "
                  "said", day,
                  para="Hungary and Russia agreed to extend a long-term gas "
                       "supply contract by five years",
                  evidence=["Hungary and Russia agreed on Tuesday to extend a "
                            "long-term gas supply contract by five years, "
                            "Hungarian Foreign Minister Balazs Kertesz said, "
                            "dismissing pressure from Brussels to wind down "
                            "energy purchases from Moscow by the end of "
                            "2027."],
                  cameo="030", alts=["057", "010"], alternatives=["Hungary"],
                  targets=[("Russia", "cooperative", True),
                           ("European Union", "conflictual", False)],
                  about=["Hungary", "Russia", "European Union"],
                  same=["W02"], channel=nc,
                  date_basis="'on Tuesday'; the lede's retelling of W02"),
        statement(d, "W02", hu, "Kertesz told a joint news conference", day,
                  quote="We have signed an amendment that secures gas for "
                        "Hungarian households until 2036. For us energy "
                        "security is not a question of ideology, it is a "
                        "question of physics and geography,",
                  cameo="010", alts=["057"], alternatives=["Hungary"],
                  targets=[("Russia", "cooperative", False)],
                  about=["Hungary", "Russia"], channel=nc, same=["W01"],
                  date_basis="the news conference 'after their talks' of "
                             "Tuesday"),
        statement(d, "W03", hu, "Kertesz said Hungary would not", day,
                  quote="at full speed",
                  para="Hungary would not support any new European Union "
                       "sanctions that touched on nuclear energy and work on "
                       "the expansion of the Paks nuclear plant would "
                       "continue at full speed next year",
                  evidence=["Kertesz said Hungary would not support any new "
                            "European Union sanctions that touched on nuclear "
                            "energy, and that work on the Russian-built "
                            "expansion of the Paks nuclear plant would "
                            "continue \"at full speed\" next year."],
                  cameo="010", alts=["014", "111"], alternatives=["Hungary"],
                  targets=[("European Union", "conflictual", False)],
                  about=["European Union", "Paks nuclear plant", "Russia"],
                  channel=nc, date_basis=basis),
        statement(d, "W04", ru, "Sorokin said Russia regarded", day,
                  quote="reliable partner",
                  para="Russia regarded Hungary as a reliable partner and "
                       "would meet all its supply obligations under the "
                       "contract",
                  evidence=["Sorokin said Russia regarded Hungary as a "
                            "\"reliable partner\" and would meet all its "
                            "supply obligations under the contract, which "
                            "runs through the TurkStream pipeline."],
                  cameo="051", alts=["030", "010"], alternatives=["Russia"],
                  targets=[("Hungary", "cooperative", True)],
                  about=["Hungary", "TurkStream"], channel=nc,
                  date_basis=basis),
        statement(d, "W05", ru, "He accused the European Commission", day,
                  quote="punish those who think differently",
                  para="the European Commission was trying to punish those "
                       "who think differently",
                  evidence=["He accused the European Commission of trying to "
                            "\"punish those who think differently\""],
                  cameo="112", alts=["111"], alternatives=["Russia"],
                  targets=[(ec, "conflictual", True)],
                  about=[ec], channel=nc, date_basis=basis),
        statement(d, "W06", ru, "and said Moscow valued", day,
                  quote="sovereign and pragmatic",
                  para="Moscow valued Budapest's sovereign and pragmatic "
                       "position on the war in Ukraine",
                  evidence=["said Moscow valued Budapest's \"sovereign and "
                            "pragmatic\" position on the war in Ukraine."],
                  cameo="051", alts=["010"], alternatives=["Russia"],
                  targets=[("Hungary", "cooperative", True)],
                  about=["Hungary", "Ukraine"], channel=nc,
                  attribution="coordinated verb", date_basis=basis),
        statement(d, "W07", "Yevgeny Rudakov",
                  "Kremlin spokesman Yevgeny Rudakov said", None,
                  quote="common sense",
                  para="the talks showed that common sense still existed in "
                       "Europe",
                  evidence=["In Moscow, Kremlin spokesman Yevgeny Rudakov "
                            "said the talks showed that \"common sense\" "
                            "still existed in Europe, the TASS news agency "
                            "reported."],
                  cameo="051", alts=["010"], alternatives=["Kremlin",
                                                          "Russia"],
                  targets=[("Hungary", "cooperative", False)],
                  about=["Hungary", "Europe"], reported_via="TASS",
                  date_basis="the text does not say when"),
        statement(d, "W08", "Yevgeny Rudakov", "TASS quoted Rudakov as saying",
                  None,
                  para="the Kremlin was ready to consider further energy "
                       "projects with Hungary",
                  evidence=["TASS quoted Rudakov as saying that the Kremlin "
                            "was ready to consider further energy projects "
                            "with Hungary."],
                  cameo="030", alts=["010"], alternatives=["Kremlin",
                                                          "Russia"],
                  targets=[("Hungary", "cooperative", True)],
                  about=["Hungary"], reported_via="TASS",
                  date_basis="the text does not say when"),
        statement(d, "W09", ec, "The European Commission said on Tuesday",
                  day,
                  para="the Commission had taken note of the agreement and "
                       "would examine whether it complied with EU law",
                  evidence=["The European Commission said on Tuesday it had "
                            "taken note of the agreement and would examine "
                            "whether it complied with EU law."],
                  cameo="010", alts=["014"],
                  alternatives=["European Union", "Anna Lehtonen"],
                  targets=[("Hungary", "neutral", False)],
                  about=["Hungary", "Russia", "European Union"],
                  date_basis="'on Tuesday'"),
        statement(d, "W10", "Anna Lehtonen",
                  "Commission spokesperson Anna Lehtonen told", day,
                  quote="Member states have committed to phase out Russian "
                        "gas imports. This commitment applies to everyone,",
                  cameo="010", alts=["111"],
                  alternatives=[ec, "European Union"],
                  targets=[("Hungary", "conflictual", False)],
                  about=["Russia", "European Union"],
                  channel="regular news briefing",
                  date_basis="'earlier in the day' (Tuesday)"),
        statement(d, "W11", ua_mfa, "Ukraine's foreign ministry said", None,
                  para="every cubic metre of Russian gas bought by an EU "
                       "country helped finance Moscow's war",
                  evidence=["Ukraine's foreign ministry said in a statement "
                            "that every cubic metre of Russian gas bought by "
                            "an EU country helped finance Moscow's war"],
                  cameo="111", alts=["112", "010"], alternatives=["Ukraine"],
                  targets=[("Hungary", "conflictual", False),
                           ("Russia", "conflictual", True)],
                  about=["Russia", "European Union", "Hungary"],
                  channel="statement",
                  date_basis="the text does not say when"),
        statement(d, "W12", ua_mfa, "and urged Budapest", None,
                  quote="stop looking for excuses",
                  para="urged Budapest to stop looking for excuses",
                  evidence=["and urged Budapest to \"stop looking for "
                            "excuses\"."],
                  cameo="020", alts=["111", "010"], alternatives=["Ukraine"],
                  targets=[("Hungary", "conflictual", True)],
                  about=["Hungary"], channel="statement",
                  attribution="coordinated verb",
                  date_basis="the text does not say when"),
        statement(d, "W13", "European Union", "Two EU diplomats said", None,
                  para="the issue was likely to come up when EU energy "
                       "ministers meet in January",
                  evidence=["Two EU diplomats said the issue was likely to "
                            "come up when EU energy ministers meet in "
                            "January."],
                  cameo="010", about=["Hungary", "European Union"],
                  optional=True, date_basis="the text does not say when"),
        statement(d, "W14", "Hungary", "according to the Hungarian government",
                  None,
                  para="Hungary's gas contract with Gazprom provides for 4.5 "
                       "billion cubic metres a year",
                  evidence=["Hungary's gas contract with Russia's Gazprom, "
                            "signed in 2021 for 15 years, provides for 4.5 "
                            "billion cubic metres a year, according to the "
                            "Hungarian government."],
                  cameo="010", about=["Gazprom", "Russia"], optional=True,
                  date_basis="the text does not say when"),
    ]
    statements[0]["speaker_mention"]["note"] = (
        "sentence-final attribution after the lede's agreement; 'dismissing "
        "pressure from Brussels …' is the writer's account of the same "
        "remarks, kept in the same statement")
    statements[2]["speaker_mention"]["note"] = (
        "one verb with two that-clauses ('said … and that …'): one "
        "statement; dated by the news conference it follows")
    statements[4]["speaker_mention"]["note"] = "'He' = Sorokin"
    statements[5]["speaker_mention"]["note"] = (
        "the second verb of 'accused … and said …': a statement of its own")
    statements[6]["speaker_mention"]["note"] = (
        "relayed by TASS ('the TASS news agency reported'); the text gives "
        "no day")
    statements[7]["speaker_mention"]["note"] = (
        "'TASS quoted X as saying that …': indirect speech, TASS as "
        "reported_via; undated")
    statements[9]["speaker_mention"]["note"] = (
        "the Commission's spokesperson; 'earlier in the day' is Tuesday")
    statements[11]["speaker_mention"]["note"] = (
        "the second verb of 'said in a statement that … and urged …'")
    statements[12]["speaker_mention"]["note"] = (
        "unnamed diplomats of the EU: optional, the EU as speaker")
    statements[13]["speaker_mention"]["note"] = (
        "a figure 'according to the Hungarian government': optional")
    relationships = [
        relationship("R01", "reliable partner", ["Russia", "Hungary"], False,
                     [ru], ["W04"], ["partner", "partners",
                                     "reliable partners"], date=day),
        relationship("R02", "closer ties", ["Hungary", "Russia"], False,
                     ["narrator"], [], ["ties", "close ties"],
                     optional=True),
        relationship("R03", "energy ties", ["Hungary", "Russia"], False,
                     ["narrator"], [], ["ties"], optional=True),
    ]
    events = [
        event("E01", "Kertesz-Sorokin talks and joint news conference in "
              "Budapest", day, [hu, ru]),
        event("E02", "extension of the Hungary-Russia gas contract", day,
              ["Hungary", "Russia"]),
        event("E03", "EU energy ministers' meeting", "2027-01",
              ["European Union"], optional=True),
        event("E04", "Russia's full-scale invasion of Ukraine", "2022",
              ["Russia", "Ukraine"], optional=True),
    ]
    timexes = [timex(d, "December 22, 2026 5:12 PM GMT+1", day,
                     kind="datetime"),
               timex(d, "Dec 22", day),
               timex(d, "on Tuesday", day),
               timex(d, "by five years", "P5Y", kind="duration"),
               timex(d, "by the end of 2027", "2027-12-31"),
               timex(d, "until 2036", "2036"),
               timex(d, "next year", "2027"),
               timex(d, "December 22, 2026", day, after="Item 1 of 2"),
               timex(d, "this year", "2026"),
               timex(d, "in 2022", "2022"),
               timex(d, "on Tuesday", day, after="The European Commission"),
               timex(d, "earlier in the day", day),
               timex(d, "in January", "2027-01"),
               timex(d, "in 2021", "2021"),
               timex(d, "for 15 years", "P15Y", kind="duration")]
    write(d, day, "news report (wire)", actors, statements, relationships,
          events, timexes)


def h75():
    d = Doc("h75_briefing")
    day = "2026-12-23"
    sp = "Lu Haoran"
    fm = "Tomás Lourenço Quintas"
    py = "Luis Aquino Brítez"
    ec = "European Commission"
    mofcom = "Ministry of Commerce (China)"
    ao_mfa = "Ministry of Foreign Affairs (Angola)"
    actors = [
        actor(d, "A01", sp, "person", ["Lu Haoran"],
              affiliations=[("Ministry of Foreign Affairs (China)",
                             "spokesperson")]),
        actor(d, "A02", "China", "state", ["China"],
              ["People's Republic of China", "PRC"]),
        actor(d, "A03", "Ministry of Foreign Affairs (China)",
              "organization", ["Foreign Ministry"],
              ["Chinese Foreign Ministry", "Foreign Ministry"],
              optional=True, part_of="China"),
        actor(d, "A04", "Wang Yi", "person", ["Wang Yi"],
              affiliations=[("China", "Foreign Minister")]),
        actor(d, "A05", fm, "person", [fm, "Quintas"],
              ["Tomás Quintas", "Tomas Lourenco Quintas"],
              affiliations=[("Angola", "Minister of External Relations")]),
        actor(d, "A06", "Angola", "state", ["Republic of Angola", "Angola"],
              ["Republic of Angola"]),
        actor(d, "A07", "CCTV", "media", ["CCTV"],
              ["China Central Television"]),
        actor(d, "A08", "AFP", "media", ["AFP"], ["Agence France-Presse"]),
        actor(d, "A09", py, "person", [py], ["Luis Aquino"],
              affiliations=[("Paraguay", "President")]),
        actor(d, "A10", "Paraguay", "state", ["Paraguay"],
              ["Republic of Paraguay"]),
        actor(d, "A11", "Taiwan", "place", ["Taiwan"], optional=True),
        actor(d, "A12", "Reuters", "media", ["Reuters"]),
        actor(d, "A13", ec, "organization", ["European Commission"],
              part_of="European Union"),
        actor(d, "A14", mofcom, "organization",
              ["China's Ministry of Commerce", "Ministry of Commerce"],
              ["Ministry of Commerce", "MOFCOM",
               "Chinese Ministry of Commerce"], part_of="China"),
        actor(d, "A15", "European Union", "organization", ["EU"],
              ["European Union"]),
        actor(d, "A16", "Bloomberg", "media", ["Bloomberg"]),
        actor(d, "A17", "Pieter Hendriks", "person", ["Pieter Hendriks"],
              affiliations=[(ec, "trade commissioner")], optional=True),
        actor(d, "A18", "Shenzhen TV", "media", ["Shenzhen TV"]),
        actor(d, "A19", ao_mfa, "organization",
              ["Angolan Ministry of Foreign Affairs"],
              ["Angolan Ministry of Foreign Affairs",
               "Angolan Foreign Ministry",
               "Ministry of External Relations (Angola)"],
              part_of="Angola"),
        actor(d, "A20", "FOCAC", "organization", ["FOCAC"],
              ["Forum on China-Africa Cooperation"], optional=True),
        actor(d, "A21", "Beijing", "place", ["Beijing"], optional=True,
              accept={"Beijing": ["China"]}),
    ]
    lh = "Lu Haoran:"
    pc = "regular press conference"
    basis = "the press conference's date (23 December 2026)"
    ann = ("At the invitation of Foreign Minister Wang Yi, Minister of "
           "External Relations of the Republic of Angola Tomás Lourenço "
           "Quintas will pay an official visit to China from December 27 to "
           "30.")
    a1 = ("China and Angola are good friends and good partners. Since the "
          "establishment of diplomatic relations 43 years ago, our relations "
          "have maintained sound and steady development, and the "
          "China-Angola strategic partnership has been continuously "
          "enriched. During the visit, Foreign Minister Wang Yi will hold "
          "talks with Minister Quintas to exchange views on bilateral "
          "relations, the follow-up to the FOCAC Summit and international "
          "and regional issues of mutual interest. China stands ready to "
          "work with Angola to take this visit as an opportunity to deepen "
          "practical cooperation in energy, agriculture, infrastructure and "
          "other fields.")
    a2 = ("There is but one China in the world, and Taiwan is an "
          "inalienable part of China's territory. The one-China principle is "
          "a universally recognized norm governing international relations. "
          "China's position on developing relations with other countries on "
          "the basis of this principle is consistent and clear. We noted "
          "that more and more people in Paraguay are calling for the "
          "normalization of relations with China. We hope the Paraguayan "
          "government will see the trend of the times, make the right choice "
          "that truly serves the fundamental and long-term interests of its "
          "country and people, and stand on the right side of history. As "
          "for trade, I would refer you to the competent authorities.")
    a3 = ("The Ministry of Commerce has already made clear China's position. "
          "I want to stress that the development of China's new energy "
          "industry is the result of innovation and open competition, not "
          "subsidies. The EU's move is typical protectionism. It hurts the "
          "interests of European consumers and bus operators, and it goes "
          "against the consensus reached at the China-EU summit to keep "
          "trade open. We urge the EU side to correct its wrong practice and "
          "properly resolve trade frictions through dialogue and "
          "consultation. China will take all necessary measures to firmly "
          "safeguard the legitimate rights and interests of Chinese "
          "companies.")
    a4 = "I have no information to release on that at the moment."
    a5 = ("The visit is still several days away. We will release "
          "information on its outcomes in due course.")
    mfa = ["China", "Ministry of Foreign Affairs (China)"]
    statements = [
        statement(d, "M01", sp, "Lu Haoran", day, quote=ann, cameo="036",
                  alts=["010"], alternatives=mfa,
                  targets=[("Angola", "cooperative", True)],
                  about=["Angola", fm, "Wang Yi"], channel=pc,
                  attribution="unlabelled opening announcement",
                  date_basis=basis),
        statement(d, "M02", sp, lh, day, quote=a1,
                  after="China's expectations?", cameo="051",
                  alts=["036", "010"], alternatives=mfa,
                  targets=[("Angola", "cooperative", True)],
                  about=["Angola", fm, "Wang Yi", "FOCAC"], channel=pc,
                  date_basis=basis),
        statement(d, "M03", py, "Paraguayan President Luis Aquino Brítez said",
                  "2026-12-21",
                  quote="never",
                  para="Paraguay would never break its ties with Taiwan",
                  evidence=["Paraguayan President Luis Aquino Brítez said on "
                            "Monday that Paraguay would \"never\" break its "
                            "ties with Taiwan"],
                  cameo="010", alts=["111"], alternatives=["Paraguay"],
                  targets=[("China", "conflictual", False)],
                  about=["Taiwan", "Paraguay"], reported_via="AFP",
                  embedded=True, date_basis="'on Monday' (21 December)"),
        statement(d, "M04", py, "and accused China", "2026-12-21",
                  para="China was blocking Paraguayan beef and soybean "
                       "exports to pressure his government",
                  evidence=["accused China of blocking Paraguayan beef and "
                            "soybean exports to pressure his government."],
                  cameo="112", alts=["111"], alternatives=["Paraguay"],
                  targets=[("China", "conflictual", True)],
                  about=["China", "Paraguay"], reported_via="AFP",
                  embedded=True, attribution="coordinated verb",
                  date_basis="the same remarks (Monday)"),
        statement(d, "M05", sp, lh, day, quote=a2,
                  after="What's your comment?", cameo="111",
                  alts=["020", "010"], alternatives=mfa,
                  targets=[("Paraguay", "conflictual", True)],
                  about=["Paraguay", "Taiwan"], channel=pc,
                  responds_to=["M03", "M04"], date_basis=basis),
        statement(d, "M06", ec, "The European Commission said yesterday",
                  "2026-12-22",
                  para="the Commission would impose provisional anti-dumping "
                       "duties of up to 38 percent on imports of Chinese "
                       "electric buses",
                  evidence=["The European Commission said yesterday it would "
                            "impose provisional anti-dumping duties of up to "
                            "38 percent on imports of Chinese electric "
                            "buses."],
                  cameo="010", alts=["163", "172"],
                  alternatives=["European Union"],
                  targets=[("China", "conflictual", True)],
                  about=["China", "European Union"], reported_via="Reuters",
                  embedded=True, date_basis="'yesterday' (22 December)"),
        statement(d, "M07", mofcom, "China's Ministry of Commerce said this "
                  "morning", day,
                  quote="firmly opposed",
                  para="China firmly opposed the decision",
                  evidence=["China's Ministry of Commerce said this morning it "
                            "\"firmly opposed\" the decision."],
                  cameo="111", alts=["010"], alternatives=["China"],
                  targets=[(ec, "conflictual", True)],
                  about=[ec, "European Union"], reported_via="Reuters",
                  embedded=True, date_basis="'this morning' (23 December)"),
        statement(d, "M08", sp, lh, day, quote=a3,
                  after="Will China take countermeasures?", cameo="111",
                  alts=["112", "020", "010"], alternatives=mfa,
                  targets=[("European Union", "conflictual", True)],
                  about=["European Union", mofcom], channel=pc,
                  responds_to=["M06", "M07"], date_basis=basis),
        statement(d, "M09", sp, lh, day, quote=a4,
                  after="before the duties become final?", cameo="011",
                  alts=["010"], alternatives=mfa,
                  about=["Pieter Hendriks", "European Union"], channel=pc,
                  date_basis=basis),
        statement(d, "M10", ao_mfa,
                  "the Angolan Ministry of Foreign Affairs said", "2026-12-22",
                  para="the two sides would sign a financing agreement for "
                       "the modernization of the Luanda railway during the "
                       "visit",
                  evidence=["According to reports, the Angolan Ministry of "
                            "Foreign Affairs said on Tuesday that the two "
                            "sides would sign a financing agreement for the "
                            "modernization of the Luanda railway during the "
                            "visit."],
                  cameo="010", alts=["030"], alternatives=["Angola"],
                  targets=[("China", "cooperative", False)],
                  about=["China", "Angola", fm], reported_via="Shenzhen TV",
                  embedded=True, date_basis="'on Tuesday' (22 December)"),
        statement(d, "M11", sp, lh, day, quote=a5,
                  after="Can you confirm that?", cameo="010",
                  alts=["011"], alternatives=mfa,
                  about=["Angola", fm], channel=pc, responds_to=["M10"],
                  date_basis=basis),
    ]
    statements[0]["speaker_mention"]["note"] = (
        "the unlabelled announcement before the first question is the "
        "spokesperson's (named in the page title)")
    statements[2]["speaker_mention"]["note"] = (
        "inside AFP's question; the quoted word 'never' is the quotation")
    statements[3]["speaker_mention"]["note"] = (
        "the second verb of 'said … and accused …' inside AFP's question: "
        "a statement of its own")
    statements[5]["speaker_mention"]["note"] = "inside Reuters' question"
    statements[6]["speaker_mention"]["note"] = (
        "inside Reuters' question; 'this morning' is the press "
        "conference's day")
    statements[8]["speaker_mention"]["note"] = (
        "Bloomberg's 'A follow-up question' asks, and reports nothing; the "
        "answer is a decline")
    statements[9]["speaker_mention"]["note"] = (
        "inside Shenzhen TV's question ('According to reports, X said')")
    relationships = [
        relationship("R01", "strategic partnership", ["China", "Angola"],
                     False, [sp], ["M02"],
                     ["China-Angola strategic partnership", "partnership",
                      "strategic partners"], date=day),
        relationship("R02", "good friends and good partners",
                     ["China", "Angola"], False, [sp], ["M02"],
                     ["good friends", "good partners", "friends",
                      "partners"], optional=True),
        relationship("R03", "diplomatic relations", ["China", "Angola"],
                     False, [sp], ["M02"], ["relations"], optional=True),
        relationship("R04", "ties", ["Paraguay", "Taiwan"], False, [py],
                     ["M03"], ["relations"], optional=True),
    ]
    events = [
        event("E01", "regular press conference of the Chinese foreign "
              "ministry", day, [sp]),
        event("E02", "official visit of Quintas to China", "2026-12-27",
              [fm, "Wang Yi"]),
        event("E03", "EU provisional anti-dumping duties on Chinese electric "
              "buses", "2026-12-22", [ec, "China"], optional=True),
        event("E04", "establishment of China-Angola diplomatic relations",
              "1983", ["China", "Angola"], optional=True),
    ]
    timexes = [timex(d, "December 23, 2026", day),
               timex(d, "2026-12-23 19:05", day, kind="datetime"),
               timex(d, "from December 27 to 30", "2026-12-27/2026-12-30",
                     kind="interval"),
               timex(d, "43 years ago", "1983"),
               timex(d, "on Monday", "2026-12-21"),
               timex(d, "yesterday", "2026-12-22"),
               timex(d, "this morning", day),
               timex(d, "on Tuesday", "2026-12-22")]
    write(d, day, "press briefing (foreign ministry, transcript)", actors,
          statements, relationships, events, timexes)


def h76():
    d = Doc("h76_readout")
    day = "2026-12-21"
    dep = "Paul Whitcombe"
    fm = "Jaber Khalid Al-Sabah"
    dos = "U.S. Department of State"
    actors = [
        actor(d, "A01", dep, "person", ["Paul Whitcombe", "Whitcombe"],
              ["Deputy Secretary Whitcombe"],
              affiliations=[("United States", "Deputy Secretary of State")]),
        actor(d, "A02", fm, "person",
              ["Sheikh Jaber Khalid Al-Sabah", "Al-Sabah"],
              ["Sheikh Jaber Khalid Al-Sabah", "Jaber Khalid Al-Sabah",
               "Jaber Al-Sabah"],
              affiliations=[("Kuwait", "Foreign Minister")]),
        actor(d, "A03", "Rachel Dunmore", "person", ["Rachel Dunmore"],
              affiliations=[(dos, "Principal Deputy Spokesperson")]),
        actor(d, "A04", "United States", "state",
              ["United States", "U.S."], ["US", "USA"]),
        actor(d, "A05", "Kuwait", "state", ["Kuwait"], ["State of Kuwait"]),
        actor(d, "A06", "Houthis", "group", ["Houthis"],
              ["Houthi", "Ansar Allah"]),
        actor(d, "A07", "Red Sea", "place", ["Red Sea"]),
        actor(d, "A08", "Gaza", "place", ["Gaza"]),
        actor(d, "A09", "Sudan", "state", ["Sudan"]),
        actor(d, "A10", "Iran", "state", ["Iran"], optional=True),
        actor(d, "A11", dos, "organization", ["U.S. DEPARTMENT of STATE"],
              ["State Department", "Department of State",
               "U.S. Department of State"], optional=True,
              part_of="United States"),
        actor(d, "A12", "Office of the Spokesperson", "organization",
              ["Office of the Spokesperson"], optional=True, part_of=dos),
        actor(d, "A13", "Bureau of Near Eastern Affairs", "organization",
              ["Bureau of Near Eastern Affairs"], optional=True,
              part_of=dos),
        actor(d, "A14", "Washington", "place", ["Washington"],
              optional=True, accept={"Washington": ["United States"]}),
        actor(d, "A15", "Kuwait City", "place", ["Kuwait City"],
              optional=True),
        actor(d, "A16", "Michael Harlan", "person", ["Harlan"],
              ["Secretary Harlan"], optional=True),
        actor(d, "A17", "Faisal bin Turki", "person",
              ["Prince Faisal bin Turki"], ["Faisal bin Turki"],
              optional=True),
        actor(d, "A18", "Saudi Arabia", "state", ["Saudi"], optional=True),
        actor(d, "A19", "GCC", "organization", ["GCC"],
              ["Gulf Cooperation Council"], optional=True),
        actor(d, "A20", "White House", "organization", ["White House"],
              optional=True, part_of="United States"),
    ]
    basis = "'met today' on the readout's date"
    kw = dict(reported_via="Rachel Dunmore", channel="meeting",
              date_basis=basis)
    us = ["United States"]
    statements = [
        statement(d, "D00", "Rachel Dunmore",
                  "The below is attributable to Principal Deputy "
                  "Spokesperson Rachel Dunmore", day,
                  para="readout of Deputy Secretary Whitcombe's meeting with "
                       "Foreign Minister Al-Sabah",
                  alternatives=[dos], about=[dep, fm, "Kuwait"],
                  optional=True, date_basis=basis),
        statement(d, "D01", dep,
                  "The Deputy Secretary and the Foreign Minister reaffirmed",
                  day,
                  para="reaffirmed the enduring U.S.-Kuwait strategic "
                       "partnership",
                  evidence=["The Deputy Secretary and the Foreign Minister "
                            "reaffirmed the enduring U.S.-Kuwait strategic "
                            "partnership, which this year marked 35 years "
                            "since the liberation of Kuwait"],
                  cameo="051", alts=["030", "010"],
                  alternatives=[fm] + us + ["Kuwait"],
                  targets=[("Kuwait", "cooperative", True),
                           ("United States", "cooperative", True)],
                  about=["United States", "Kuwait"], attribution="joint",
                  **kw),
        statement(d, "D02", dep, "The Deputy Secretary thanked", day,
                  para="thanked the Foreign Minister for Kuwait's support "
                       "for humanitarian relief efforts in Gaza and Sudan",
                  evidence=["The Deputy Secretary thanked the Foreign "
                            "Minister for Kuwait's support for humanitarian "
                            "relief efforts in Gaza and Sudan."],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[("Kuwait", "cooperative", True)],
                  about=["Kuwait", fm, "Gaza", "Sudan"], **kw),
        statement(d, "D03", dep, "He underscored", day,
                  para="underscored the United States' commitment to the "
                       "security of its Gulf partners",
                  evidence=["He underscored the United States' commitment to "
                            "the security of its Gulf partners"],
                  cameo="010", alts=["051"], alternatives=us,
                  targets=[("Kuwait", "cooperative", False)],
                  about=["United States", "Kuwait"], **kw),
        statement(d, "D04", dep, "and condemned the Houthis", day,
                  para="condemned the Houthis' continued attacks on "
                       "commercial shipping in the Red Sea",
                  evidence=["condemned the Houthis' continued attacks on "
                            "commercial shipping in the Red Sea, which "
                            "threaten freedom of navigation and global "
                            "commerce."],
                  cameo="111", alts=["112", "010"], alternatives=us,
                  targets=[("Houthis", "conflictual", True)],
                  about=["Houthis", "Red Sea"],
                  attribution="coordinated verb", **kw),
        statement(d, "D05", dep, "Deputy Secretary Whitcombe welcomed", day,
                  para="welcomed Kuwait's recent decision to allow full "
                       "foreign ownership of companies in additional sectors",
                  evidence=["Deputy Secretary Whitcombe welcomed Kuwait's "
                            "recent decision to allow full foreign ownership "
                            "of companies in additional sectors"],
                  cameo="051", alts=["010"], alternatives=us,
                  targets=[("Kuwait", "cooperative", True)],
                  about=["Kuwait"], **kw),
        statement(d, "D06", dep, "and encouraged further reforms", day,
                  para="encouraged further reforms to attract American "
                       "investment",
                  evidence=["encouraged further reforms to attract American "
                            "investment."],
                  cameo="020", alts=["010"], alternatives=us,
                  targets=[("Kuwait", "neutral", False)],
                  about=["Kuwait", "United States"],
                  attribution="coordinated verb", **kw),
        statement(d, "D07", dep, "He also raised the cases", day,
                  para="raised the cases of U.S. citizens detained in the "
                       "region",
                  evidence=["He also raised the cases of U.S. citizens "
                            "detained in the region"],
                  cameo="010", alts=["020"], alternatives=us,
                  targets=[("Kuwait", "neutral", False)],
                  about=["United States", "Kuwait"], **kw),
        statement(d, "D08", dep, "and urged continued consular cooperation",
                  day,
                  para="urged continued consular cooperation",
                  evidence=["urged continued consular cooperation."],
                  cameo="020", alts=["010"], alternatives=us,
                  targets=[("Kuwait", "cooperative", False)],
                  about=["Kuwait", "United States"],
                  attribution="coordinated verb", **kw),
        statement(d, "D09", dep, "The two agreed", day,
                  para="agreed to convene the next session of the U.S.-Kuwait "
                       "Strategic Dialogue in Kuwait City in the first half "
                       "of 2027",
                  evidence=["The two agreed to convene the next session of "
                            "the U.S.-Kuwait Strategic Dialogue in Kuwait City "
                            "in the first half of 2027."],
                  cameo="036", alts=["030", "010"],
                  alternatives=[fm] + us + ["Kuwait"],
                  targets=[("Kuwait", "cooperative", False),
                           ("United States", "cooperative", False)],
                  about=["United States", "Kuwait", "Kuwait City"],
                  attribution="joint", **kw),
    ]
    statements[1]["co_speakers"] = [fm]
    statements[-1]["co_speakers"] = [fm]
    statements[1]["speaker_mention"]["note"] = (
        "joint subject: the Deputy Secretary with Al-Sabah as co-speaker; "
        "'and discussed ways to expand cooperation …' is no statement")
    statements[3]["speaker_mention"]["note"] = "'He' = the Deputy Secretary"
    statements[4]["speaker_mention"]["note"] = (
        "the second verb of 'underscored … and condemned …'")
    statements[6]["speaker_mention"]["note"] = (
        "the second verb of 'welcomed … and encouraged …'")
    statements[7]["speaker_mention"]["note"] = (
        "'He' = the Deputy Secretary; raising cases is a statement (as "
        "h68's 'raised the safety of …')")
    statements[8]["speaker_mention"]["note"] = (
        "the second verb of 'raised … and urged …'; 'They also discussed "
        "regional developments' that follows is no statement")
    statements[-1]["speaker_mention"]["note"] = (
        "'The two' = the Deputy Secretary and Al-Sabah (co-speaker)")
    relationships = [
        relationship("R01", "strategic partnership",
                     ["United States", "Kuwait"], False, [dep, fm], ["D01"],
                     ["U.S.-Kuwait strategic partnership",
                      "enduring strategic partnership", "partnership",
                      "strategic partners"], date=day),
        relationship("R02", "Gulf partners", ["United States", "Kuwait"],
                     False, [dep], ["D03"], ["partners"], optional=True),
    ]
    events = [
        event("E01", "Whitcombe-Al-Sabah meeting in Washington", day,
              [dep, fm]),
        event("E02", "liberation of Kuwait", "1991", ["Kuwait"],
              optional=True),
        event("E03", "U.S.-Kuwait Strategic Dialogue in Kuwait City",
              "2027", ["United States", "Kuwait"], optional=True),
        event("E04", "Houthi attacks on shipping in the Red Sea", None,
              ["Houthis"], optional=True),
    ]
    timexes = [timex(d, "December 21, 2026", day),
               timex(d, "today", day),
               timex(d, "this year", "2026"),
               timex(d, "35 years", "P35Y", kind="duration"),
               timex(d, "in the first half of 2027", "2027"),
               timex(d, "December 18, 2026", "2026-12-18"),
               timex(d, "December 17, 2026", "2026-12-17")]
    write(d, day, "meeting readout (State Department)", actors, statements,
          relationships, events, timexes)


def h77():
    d = Doc("h77_joint")
    day = "2026-12-21"
    pres = "Ndapewa Shikongo"
    euco = "Tomas Lindqvist"
    com = "Ilse Verbrugge"
    mini = "Selma Haufiku"
    trust = "Namibian Coastal Conservation Trust"
    actors = [
        actor(d, "A01", "European Union", "organization",
              ["European Union", "EU"], ["EU"]),
        actor(d, "A02", "Namibia", "state",
              ["Namibia", "Republic of Namibia"], ["Republic of Namibia"]),
        actor(d, "A03", pres, "person", [pres, "Shikongo"],
              ["President Shikongo"],
              affiliations=[("Namibia", "President")]),
        actor(d, "A04", euco, "person", [euco],
              affiliations=[("European Council", "President")]),
        actor(d, "A05", com, "person", [com, "Verbrugge"],
              affiliations=[("European Commission", "President")]),
        actor(d, "A06", "European Council", "organization",
              ["European Council"], optional=True,
              part_of="European Union"),
        actor(d, "A07", "European Commission", "organization",
              ["European Commission"], optional=True,
              part_of="European Union"),
        actor(d, "A08", mini, "person", [mini],
              affiliations=[("Namibia", "Minister of International "
                                        "Relations and Trade")]),
        actor(d, "A09", "New Era", "media", ["New Era"],
              ["New Era Publication Corporation"]),
        actor(d, "A10", "Petrus Amutenya", "person", ["Petrus Amutenya"],
              affiliations=[(trust, "director")]),
        actor(d, "A11", trust, "organization", [trust]),
        actor(d, "A12", "Nampa", "media", ["Nampa"],
              ["Namibia Press Agency"]),
        actor(d, "A13", "Europe", "place", ["Europe"], optional=True,
              accept={"Europe": ["European Union"]}),
        actor(d, "A14", "Windhoek", "place", ["Windhoek", "WINDHOEK"],
              optional=True),
        actor(d, "A15", "State House", "place", ["State House"],
              optional=True),
        actor(d, "A16", "Sudan", "state", ["Sudan"]),
        actor(d, "A17", "Democratic Republic of the Congo", "state",
              ["Democratic Republic of the Congo"], ["DRC", "DR Congo"]),
        actor(d, "A18", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A19", "United Nations", "organization",
              ["United Nations", "UN"], ["UN"], optional=True),
        actor(d, "A20", "//Kharas Region", "place", ["//Kharas Region"],
              ["Kharas Region", "//Kharas"], optional=True),
        actor(d, "A21", "Luderitz", "place", ["Luderitz"], ["Lüderitz"],
              optional=True),
        actor(d, "A22", "Tsau //Khaeb National Park", "place",
              ["Tsau //Khaeb National Park"], ["Tsau Khaeb National Park"],
              optional=True),
        actor(d, "A23", "Brussels", "place", ["Brussels"], optional=True),
        actor(d, "A24", "Global Gateway", "organization", ["Global Gateway"],
              optional=True),
    ]
    t = d.text
    first = "1. The EU and Namibia reaffirmed"
    last = "in Brussels in 2028."
    i, j = t.index(first), t.index(last) + len(last)
    whole = t[i:j]
    paras = whole.split("\n\n")
    assert len(paras) == 6
    both = ["Namibia", pres, euco, com]
    briefing = "media briefing after the summit"
    statements = [
        statement(d, "J01", "European Union",
                  "The Leaders issued the following statement", day,
                  quote=whole, cameo="030", alts=["057", "051", "036", "010"],
                  alternatives=both,
                  targets=[("Namibia", "cooperative", True),
                           ("European Union", "cooperative", True)],
                  about=["European Union", "Namibia", "Sudan",
                         "Democratic Republic of the Congo", "Ukraine"],
                  channel="joint statement", attribution="joint",
                  date_basis="the introduction's 'in Windhoek on 21 December "
                             "2026' and the lede's 'yesterday'"),
        statement(d, "J02", "European Union",
                  "Namibia and the European Union yesterday committed", day,
                  para="Namibia and the European Union committed to speed up "
                       "investment in green hydrogen and in the local "
                       "processing of critical minerals",
                  evidence=["Namibia and the European Union yesterday "
                            "committed to speed up investment in green "
                            "hydrogen and in the local processing of critical "
                            "minerals, in a joint statement issued at the end "
                            "of the first EU-Namibia Summit at State House."],
                  cameo="030", alts=["057", "010"], alternatives=both,
                  targets=[("Namibia", "cooperative", True),
                           ("European Union", "cooperative", True)],
                  about=["European Union", "Namibia"],
                  channel="joint statement", attribution="joint",
                  same=["J01"], optional=True,
                  date_basis="'yesterday' (the page is of 22 December); the "
                             "lede's retelling of J01"),
        statement(d, "J03", pres, "Shikongo said Namibia would", day,
                  quote="no longer be a mere exporter of raw ore to anyone",
                  para="Namibia would no longer be a mere exporter of raw "
                       "ore to anyone",
                  evidence=["Speaking at a media briefing after the summit, "
                            "Shikongo said Namibia would \"no longer be a "
                            "mere exporter of raw ore to anyone\"."],
                  cameo="010", alternatives=["Namibia"],
                  about=["Namibia"], channel=briefing,
                  date_basis="the briefing 'after the summit' of Monday 21 "
                             "December"),
        statement(d, "J04", pres, "she said", day,
                  quote="We want the factories, the jobs and the skills to "
                        "stay here, in Namibia,",
                  cameo="010", alternatives=["Namibia"],
                  about=["Namibia"], channel=briefing,
                  date_basis="the same briefing (Monday)"),
        statement(d, "J05", com, "Verbrugge told the same briefing", day,
                  quote="to invest, not to extract",
                  para="Europe was in Namibia to invest, not to extract, and "
                       "the first projects under the package would be "
                       "tendered next year",
                  evidence=["Verbrugge told the same briefing that Europe was "
                            "in Namibia \"to invest, not to extract\", and "
                            "that the first projects under the package would "
                            "be tendered next year."],
                  cameo="010", alts=["030"],
                  alternatives=["European Union", "European Commission"],
                  targets=[("Namibia", "cooperative", True)],
                  about=["Namibia", "European Union", "Global Gateway"],
                  channel=briefing, date_basis="the same briefing (Monday)"),
        statement(d, "J06", mini, "Selma Haufiku told New Era", day,
                  para="the first shipments of green ammonia from Luderitz "
                       "to European ports could start in 2029",
                  evidence=["International Relations and Trade Minister "
                            "Selma Haufiku told New Era on Monday evening "
                            "that the first shipments of green ammonia from "
                            "Luderitz to European ports could start in "
                            "2029."],
                  cameo="010", alternatives=["Namibia"],
                  about=["Luderitz", "European Union", "Namibia"],
                  channel="interview with New Era", reported_via="New Era",
                  date_basis="'on Monday evening'"),
        statement(d, "J07", "Petrus Amutenya", "Petrus Amutenya, director of "
                  "the Namibian Coastal Conservation Trust, told Nampa", None,
                  para="the hydrogen projects inside the Tsau //Khaeb "
                       "National Park were being fast-tracked without proper "
                       "environmental assessments",
                  evidence=["told Nampa that the hydrogen projects inside the "
                            "Tsau //Khaeb National Park were being "
                            "fast-tracked without proper environmental "
                            "assessments"],
                  cameo="111", alts=["010"], alternatives=[trust],
                  targets=[("Namibia", "conflictual", False)],
                  about=["Tsau //Khaeb National Park", "Namibia"],
                  reported_via="Nampa",
                  date_basis="the text does not say when"),
        statement(d, "J08", "Petrus Amutenya",
                  "and called on the government", None,
                  para="called on the government to publish all the "
                       "agreements",
                  evidence=["and called on the government to publish all the "
                            "agreements."],
                  cameo="020", alts=["010"], alternatives=[trust],
                  targets=[("Namibia", "neutral", True)],
                  about=["Namibia", "European Union"], reported_via="Nampa",
                  attribution="coordinated verb",
                  date_basis="the text does not say when"),
    ]
    statements[0]["co_speakers"] = ["Namibia"]
    statements[1]["co_speakers"] = ["Namibia"]
    statements[0]["quote_marks"] = "none (document text)"
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    statements[0]["speaker_mention"]["note"] = (
        "the statement of the EU and Namibia (the EU with Namibia as "
        "co-speaker, the three leaders accepted), its words the six "
        "numbered paragraphs, one segment each (paragraphs 3 and 4, each "
        "side's own, included); the title and the introduction that names "
        "the leaders and the venue ('… met with … The Leaders issued the "
        "following statement:') are not in it")
    statements[1]["speaker_mention"]["note"] = (
        "the lede's retelling of the joint statement: optional")
    statements[3]["speaker_mention"]["note"] = "'she' = Shikongo"
    statements[4]["speaker_mention"]["note"] = (
        "one verb with two that-clauses ('told … that … and that …'): one "
        "statement; 'Europe' = the EU")
    statements[5]["speaker_mention"]["note"] = (
        "an interview with the newspaper itself")
    statements[6]["speaker_mention"]["note"] = (
        "a person named before a description in apposition speaks (the "
        "trust accepted); relayed by Nampa; undated")
    statements[7]["speaker_mention"]["note"] = (
        "the second verb of 'told Nampa that … and called on …'")
    relationships = [
        relationship("R01", "Strategic Partnership on sustainable raw "
                     "materials value chains and renewable hydrogen",
                     ["European Union", "Namibia"], False,
                     ["European Union", "Namibia"], ["J01"],
                     ["Strategic Partnership", "strategic partnership",
                      "partnership"], date=day),
        relationship("R02", "close partnership",
                     ["European Union", "Namibia"], False,
                     ["European Union", "Namibia"], ["J01"],
                     ["partnership"], optional=True),
    ]
    events = [
        event("E01", "first EU-Namibia Summit at State House in Windhoek",
              day, [pres, euco, com]),
        event("E02", "signature of the Strategic Partnership on raw "
              "materials and renewable hydrogen", "2022",
              ["European Union", "Namibia"], optional=True),
        event("E03", "next EU-Namibia Summit in Brussels", "2028",
              ["European Union", "Namibia"], optional=True),
        event("E04", "arrival of the EU leaders in Windhoek", "2026-12-20",
              [euco, com], optional=True),
    ]
    timexes = [timex(d, "Tuesday, 22 December 2026 | 06:30", "2026-12-22",
                     kind="datetime"),
               timex(d, "yesterday", day),
               timex(d, "on Sunday", "2026-12-20"),
               timex(d, "yesterday", day, after="WARM WELCOME"),
               timex(d, "on 21 December 2026", day),
               timex(d, "in 2022", "2022"),
               timex(d, "in 2028", "2028"),
               timex(d, "next year", "2027"),
               timex(d, "on Monday evening", day),
               timex(d, "in 2029", "2029")]
    write(d, "2026-12-22", "joint statement (news page)", actors,
          statements, relationships, events, timexes)


def h78():
    d = Doc("h78_report")
    day = "2027-01-06"
    de = "Katrin Behrendt"
    inm = "Rakesh Tandon"
    com = "Sunil Khanna"
    gt = "Global Times"
    bmvg = "Federal Ministry of Defence (Germany)"
    actors = [
        actor(d, "A01", "India", "state", ["India", "New Delhi"],
              ["Republic of India"], accept={"New Delhi": ["New Delhi"]}),
        actor(d, "A02", "Germany", "state", ["Germany", "Berlin"],
              ["Federal Republic of Germany"], accept={"Berlin": ["Berlin"]}),
        actor(d, "A03", de, "person", [de, "Behrendt"],
              affiliations=[("Germany", "Defence Minister")]),
        actor(d, "A04", inm, "person", [inm, "Tandon"],
              affiliations=[("India", "Defence Minister")]),
        actor(d, "A05", com, "person", [com],
              affiliations=[("India", "Commerce and Industry Minister")]),
        actor(d, "A06", "China", "state", ["China", "Beijing"],
              ["People's Republic of China"],
              accept={"Beijing": ["Beijing"]}),
        actor(d, "A07", gt, "media", [gt]),
        actor(d, "A08", "Zhang Junhui", "person", ["Zhang Junhui"]),
        actor(d, "A09", "PTI", "media", ["PTI"], ["Press Trust of India"]),
        actor(d, "A10", "AFP", "media", ["AFP"], ["Agence France-Presse"]),
        actor(d, "A11", bmvg, "organization", ["German defence ministry"],
              ["German defence ministry", "German Defence Ministry",
               "Federal Ministry of Defence", "Bundesministerium der "
               "Verteidigung"], part_of="Germany"),
        actor(d, "A12", "Russia", "state", ["Russia"]),
        actor(d, "A13", "Mazagon Dock Shipbuilders Limited", "organization",
              ["Mazagon Dock Shipbuilders Limited"],
              ["Mazagon Dock", "Mazagon Dock Shipbuilders"], optional=True,
              part_of="India"),
        actor(d, "A14", "ThyssenKrupp Marine Systems", "organization",
              ["ThyssenKrupp Marine Systems"], ["TKMS"], optional=True),
        actor(d, "A15", "People's Daily", "media", ["People's Daily"],
              optional=True),
        actor(d, "A16", "Communist Party of China", "organization",
              ["Communist Party"], ["Chinese Communist Party", "CPC"],
              optional=True, part_of="China"),
        actor(d, "A17", "Ministry of Foreign Affairs (China)", "organization",
              ["China's foreign ministry"], ["Chinese foreign ministry"],
              optional=True, part_of="China"),
        actor(d, "A18", "European Union", "organization", ["EU"],
              ["European Union"], optional=True),
        actor(d, "A19", "Indo-Pacific", "place", ["Indo-Pacific"],
              optional=True),
        actor(d, "A20", "Indian Ocean", "place", ["Indian Ocean"],
              optional=True),
        actor(d, "A21", "South Block", "place", ["South Block"],
              optional=True, accept={"South Block": ["India"]}),
        actor(d, "A22", "Mumbai", "place", ["Mumbai"], optional=True),
        actor(d, "A23", "Western Naval Command", "organization",
              ["Western Naval Command"], optional=True, part_of="India"),
        actor(d, "A24", "New Delhi", "place", ["New Delhi"], optional=True,
              accept={"New Delhi": ["India"]}),
        actor(d, "A25", "NDTV", "media", ["NDTV"], optional=True),
        actor(d, "A26", "Ananya Bhardwaj", "person", ["Ananya Bhardwaj"],
              optional=True),
        actor(d, "A27", "Line of Actual Control", "place", ["LAC"],
              ["LAC"], optional=True),
        actor(d, "A28", "Eastern Ladakh", "place", ["Eastern Ladakh"],
              optional=True),
    ]
    talks = "talks at South Block"
    basis = "the talks of Wednesday ('on Wednesday')"
    statements = [
        statement(d, "N00", "China", "China Says", day, quote="Bloc Politics",
                  para="Germany was bringing bloc politics into the "
                       "Indo-Pacific",
                  cameo="111", alts=["112"], alternatives=[gt],
                  targets=[("Germany", "conflictual", False)],
                  about=["Germany", "India"], same=["N11"], optional=True,
                  date_basis="the headline's retelling of the Global Times "
                             "article of Wednesday evening"),
        statement(d, "N01", "India", "India and Germany on Wednesday agreed",
                  day,
                  para="India and Germany agreed to jointly build six "
                       "conventional submarines in India and to fast-track "
                       "approvals for German defence exports",
                  evidence=["India and Germany on Wednesday agreed to jointly "
                            "build six conventional submarines in India and "
                            "to fast-track approvals for German defence "
                            "exports"],
                  cameo="030", alts=["057", "010"],
                  alternatives=["Germany", inm, de],
                  targets=[("Germany", "cooperative", True),
                           ("India", "cooperative", True)],
                  about=["India", "Germany"], attribution="joint",
                  optional=True, date_basis="'on Wednesday'"),
        statement(d, "N02", de, "with visiting Defence Minister Katrin "
                  "Behrendt saying", day,
                  para="Berlin would now treat New Delhi's requests like "
                       "those of its closest allies",
                  evidence=["with visiting Defence Minister Katrin Behrendt "
                            "saying Berlin would now treat New Delhi's "
                            "requests like those of its closest allies."],
                  cameo="010", alts=["051", "030"], alternatives=["Germany"],
                  targets=[("India", "cooperative", True)],
                  about=["India", "Germany"], same=["N03"], channel=talks,
                  date_basis="'on Wednesday'; the lede's retelling of N03"),
        statement(d, "N03", de, "Ms Behrendt told reporters", day,
                  quote="From today, India's requests will be handled the "
                        "way we handle those of our closest allies. There "
                        "will be no more waiting for years,",
                  cameo="010", alts=["051", "030"], alternatives=["Germany"],
                  targets=[("India", "cooperative", False)],
                  about=["India"], same=["N02"],
                  channel="remarks to reporters after the talks",
                  date_basis="'after her talks' of Wednesday"),
        statement(d, "N04", "India", "officials said", day,
                  para="the submarine project will be executed by Mazagon "
                       "Dock Shipbuilders Limited in partnership with "
                       "ThyssenKrupp Marine Systems",
                  evidence=["The submarine project, estimated to be worth "
                            "over Rs 70,000 crore, will be executed by Mazagon "
                            "Dock Shipbuilders Limited in partnership with "
                            "Germany's ThyssenKrupp Marine Systems, officials "
                            "said."],
                  cameo="010",
                  about=["Mazagon Dock Shipbuilders Limited",
                         "ThyssenKrupp Marine Systems"], optional=True,
                  date_basis="the day of the talks"),
        statement(d, "N05", inm, "Mr Tandon said", day,
                  quote="entered a new phase",
                  para="the India-Germany strategic partnership had entered "
                       "a new phase in which defence would be a key pillar",
                  evidence=["In his opening remarks at the delegation-level "
                            "talks, Mr Tandon said the India-Germany "
                            "strategic partnership, which completed 25 years "
                            "in 2025, had \u201centered a new phase\u201d in "
                            "which defence would be a \u201ckey pillar\u201d."],
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[("Germany", "cooperative", True)],
                  about=["Germany", "India"],
                  channel="opening remarks at the delegation-level talks",
                  date_basis=basis),
        statement(d, "N06", inm, "he said, according to news agency PTI", day,
                  quote="Germany is a trusted partner in our journey towards "
                        "Aatmanirbharta in defence. We want German companies "
                        "not only to sell to India, but to make in India, for "
                        "India and for the world,",
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[("Germany", "cooperative", True)],
                  about=["Germany"], reported_via="PTI",
                  channel="opening remarks at the delegation-level talks",
                  date_basis="the same opening remarks (Wednesday)"),
        statement(d, "N07", bmvg, "A German defence ministry official", None,
                  quote="before the end of the decade",
                  para="the first boat could be delivered before the end of "
                       "the decade",
                  evidence=["A German defence ministry official, speaking to "
                            "AFP on condition of anonymity, said the first "
                            "boat could be delivered \u201cbefore the end of "
                            "the decade\u201d."],
                  cameo="010", alternatives=["Germany"],
                  about=["India", "Germany"], reported_via="AFP",
                  date_basis="the text does not say when"),
        statement(d, "N08", de, "Ms Behrendt also said", day,
                  quote="dependent on any single supplier",
                  para="Germany did not want India to be dependent on any "
                       "single supplier for its weapons",
                  evidence=["Ms Behrendt also said Germany did not want India "
                            "to be \u201cdependent on any single "
                            "supplier\u201d for its weapons"],
                  cameo="010", alts=["111"], alternatives=["Germany"],
                  targets=[("Russia", "conflictual", False)],
                  about=["India", "Russia"], channel=talks,
                  date_basis="the same remarks (Wednesday)"),
        statement(d, "N09", de, "She added", day,
                  para="the navies of the two countries would hold their "
                       "first bilateral exercise in the Indian Ocean later "
                       "this year",
                  evidence=["She added that the navies of the two countries "
                            "would hold their first bilateral exercise in the "
                            "Indian Ocean later this year."],
                  cameo="030", alts=["010", "036"], alternatives=["Germany"],
                  targets=[("India", "cooperative", False)],
                  about=["India", "Germany", "Indian Ocean"], channel=talks,
                  date_basis="the same remarks (Wednesday)"),
        statement(d, "N10", com, "Sunil Khanna told", day,
                  para="bilateral trade could double by 2030 once the "
                       "India-EU free trade agreement comes into force",
                  evidence=["Earlier in the day, Commerce and Industry "
                            "Minister Sunil Khanna told an India-Germany "
                            "business round table that bilateral trade, which "
                            "stood at about USD 34 billion last year, could "
                            "double by 2030 once the India-EU free trade "
                            "agreement comes into force."],
                  cameo="010", alts=["030"], alternatives=["India"],
                  targets=[("Germany", "cooperative", False)],
                  about=["Germany", "European Union"],
                  channel="India-Germany business round table",
                  date_basis="'Earlier in the day' (Wednesday)"),
        statement(d, "N11", gt, "The Global Times", day,
                  quote="bringing bloc politics into the Indo-Pacific",
                  para="Germany was bringing bloc politics into the "
                       "Indo-Pacific and trying to rope India into efforts "
                       "to contain China",
                  evidence=["The Global Times, a tabloid run by the ruling "
                            "Communist Party's People's Daily, said in an "
                            "article on Wednesday evening that Germany was "
                            "\"bringing bloc politics into the Indo-Pacific\" "
                            "and trying to rope India into efforts to contain "
                            "China."],
                  cameo="111", alts=["112"], alternatives=["China"],
                  targets=[("Germany", "conflictual", True)],
                  about=["Germany", "India", "Indo-Pacific"],
                  channel="article", same=["N00"],
                  date_basis="'in an article on Wednesday evening'",
                  after="China reacted sharply"),
        statement(d, "N12", "Zhang Junhui",
                  "Chinese military analyst Zhang Junhui told the newspaper",
                  None, quote="no reason to be nervous",
                  para="India's shopping spree for Western weapons would not "
                       "change the balance of power in the region, and "
                       "Beijing had no reason to be nervous",
                  evidence=["Chinese military analyst Zhang Junhui told the "
                            "newspaper that India's \"shopping spree\" for "
                            "Western weapons would not change the balance of "
                            "power in the region, and that Beijing had \"no "
                            "reason to be nervous\"."],
                  cameo="010", alts=["111"], alternatives=[],
                  targets=[("India", "conflictual", False)],
                  about=["India", "China"], reported_via=gt,
                  date_basis="the text does not say when"),
    ]
    for s in statements:
        if s["quote"] is not None and s["id"] not in ("N00", "N11", "N12"):
            s["quote_marks"] = "curly"
    statements[0]["speaker_mention"]["note"] = (
        "the headline's 'China Says' over the Global Times' words: an "
        "optional retelling of N11")
    statements[1]["speaker_mention"]["note"] = (
        "the lede's agreement with no reporting verb: optional, India with "
        "Germany as co-speaker")
    statements[2]["speaker_mention"]["note"] = (
        "'with X saying …' after the lede's agreement: her required "
        "retelling of the quotation N03")
    statements[4]["speaker_mention"]["note"] = (
        "unnamed 'officials' of no named side: optional")
    statements[6]["speaker_mention"]["note"] = (
        "'he' = Tandon; relayed by PTI ('according to news agency PTI')")
    statements[7]["speaker_mention"]["note"] = (
        "an official of a named ministry speaks for it (Germany accepted); "
        "relayed by AFP; undated")
    statements[9]["speaker_mention"]["note"] = "'She' = Behrendt"
    statements[12]["speaker_mention"]["note"] = (
        "'the newspaper' = the Global Times (reported_via); 'told … that … "
        "and that …' is one statement; undated")
    statements[1]["co_speakers"] = ["Germany"]
    relationships = [
        relationship("R01", "strategic partnership", ["India", "Germany"],
                     False, [inm], ["N05"],
                     ["India-Germany strategic partnership", "partnership",
                      "strategic partners"], date=day),
        relationship("R02", "trusted partner", ["Germany", "India"], False,
                     [inm], ["N06"], ["partner", "partners"],
                     optional=True),
        relationship("R03", "largest arms supplier", ["Russia", "India"],
                     True, ["narrator"], [], ["arms supplier", "supplier"],
                     optional=True),
        relationship("R04", "closest allies", ["Germany", "India"], False,
                     [de], ["N03"], ["allies"], optional=True),
    ]
    events = [
        event("E01", "Tandon-Behrendt talks at South Block", day, [inm, de]),
        event("E02", "agreement to build six submarines in India", day,
              ["India", "Germany"]),
        event("E03", "first India-Germany naval exercise in the Indian "
              "Ocean", "2027", ["India", "Germany"], optional=True),
        event("E04", "Behrendt's visit to Mumbai", "2027-01-07", [de],
              optional=True),
        event("E05", "Behrendt's arrival in New Delhi", "2027-01-05", [de],
              optional=True),
    ]
    timexes = [timex(d, "January 06, 2027 20:14 IST", day, kind="datetime"),
               timex(d, "on Wednesday", day),
               timex(d, "From today", day),
               timex(d, "25 years", "P25Y", kind="duration"),
               timex(d, "in 2025", "2025"),
               timex(d, "before the end of the decade", "2029"),
               timex(d, "later this year", "2027"),
               timex(d, "Earlier in the day", day),
               timex(d, "last year", "2026"),
               timex(d, "by 2030", "2030"),
               timex(d, "on Wednesday evening", day),
               timex(d, "on Tuesday", "2027-01-05"),
               timex(d, "on Thursday", "2027-01-07")]
    write(d, day, "news report (news channel website)", actors, statements,
          relationships, events, timexes)


def h79():
    d = Doc("h79_briefing")
    day = "2027-01-08"
    sp = "Svetlana Gromova"
    fm = "Viktor Demidov"
    mn = "Tsendiin Munkhbayar"
    ee = "Kristjan Lepp"
    de = "Katrin Behrendt"
    us = "Michael Harlan"
    mfa_ru = "Ministry of Foreign Affairs (Russia)"
    actors = [
        actor(d, "A01", sp, "person", [sp],
              affiliations=[(mfa_ru, "spokeswoman")]),
        actor(d, "A02", "Russia", "state", ["Russia", "Moscow"],
              ["Russian Federation"], accept={"Moscow": ["Moscow"]}),
        actor(d, "A03", mfa_ru, "organization",
              ["Ministry of Foreign Affairs of the Russian Federation"],
              ["Ministry of Foreign Affairs of the Russian Federation",
               "Russian Foreign Ministry", "Foreign Ministry"],
              optional=True, part_of="Russia"),
        actor(d, "A04", fm, "person", [fm],
              affiliations=[("Russia", "Foreign Minister")]),
        actor(d, "A05", mn, "person", [mn],
              affiliations=[("Mongolia", "Minister for Foreign Affairs")]),
        actor(d, "A06", "Mongolia", "state", ["Mongolia"]),
        actor(d, "A07", ee, "person", [ee],
              affiliations=[("Estonia", "Foreign Minister")]),
        actor(d, "A08", "Estonia", "state", ["Estonia", "Tallinn"],
              ["Republic of Estonia"], accept={"Tallinn": ["Tallinn"]}),
        actor(d, "A09", "Russian Embassy in Tallinn", "organization",
              ["Russian Embassy in Tallinn"], ["Russian Embassy"],
              optional=True, part_of="Russia"),
        actor(d, "A10", "The Hindu", "media", ["The Hindu"], ["Hindu"]),
        actor(d, "A11", "India", "state", ["India", "New Delhi"],
              accept={"New Delhi": ["New Delhi"]}),
        actor(d, "A12", "Germany", "state", ["Germany", "Berlin"],
              accept={"Berlin": ["Berlin"]}),
        actor(d, "A13", de, "person", [de],
              affiliations=[("Germany", "Defence Minister")]),
        actor(d, "A14", "RIA Novosti", "media", ["RIA Novosti"]),
        actor(d, "A15", "Bloomberg", "media", ["Bloomberg"]),
        actor(d, "A16", "United States", "state",
              ["United States", "US", "Washington"], ["USA"],
              accept={"Washington": ["Washington"]}),
        actor(d, "A17", us, "person", [us],
              affiliations=[("United States", "Secretary of State")]),
        actor(d, "A18", "CBS", "media", ["CBS"], ["CBS News"]),
        actor(d, "A19", "Kommersant", "media", ["Kommersant"]),
        actor(d, "A20", "Moscow", "place", ["Moscow"], optional=True,
              accept={"Moscow": ["Russia"]}),
        actor(d, "A21", "Tallinn", "place", ["Tallinn"], optional=True,
              accept={"Tallinn": ["Estonia"]}),
        actor(d, "A22", "New Delhi", "place", ["New Delhi"], optional=True,
              accept={"New Delhi": ["India"]}),
    ]
    gl = sp + ":"
    pc = "weekly briefing"
    basis = "the briefing's date (8 January 2027)"
    t = d.text
    s1 = t[t.index("On January 13, Foreign Minister"):
           t.index("comprehensive strategic partnership.") +
           len("comprehensive strategic partnership.")]
    s2 = t[t.index("On January 5, Estonian"):
           t.index("It will not go unanswered.") +
           len("It will not go unanswered.")]
    a1 = ["India is a great power that makes its own decisions on who it "
          "cooperates with. We have always respected this, and we expect "
          "others to respect it too.",
          "Russia and India are bound by a special and privileged strategic "
          "partnership. It was not built in a year or two, and it is not "
          "directed against anyone. Our military-technical cooperation goes "
          "back more than six decades, and today it is less about selling "
          "and more about joint development and production in India. I do "
          "not see what can threaten it.",
          "As for the German minister's remarks, Berlin should be more "
          "modest. Germany, which cannot decide on its own which weapons it "
          "may export and to whom, is hardly in a position to lecture New "
          "Delhi on diversification."]
    a2 = ["I will not disclose the details in advance. The Estonian side "
          "will learn about them first.",
          "I would like to remind you that, as Minister Viktor Demidov said "
          "at the year-end press conference on December 29, Russia will "
          "answer every unfriendly step \"in a way that the other side will "
          "feel\". This principle remains in force. Those in Tallinn who "
          "think they can restrict our diplomats without any consequences "
          "are mistaken."]
    a3 = ("We have seen the interview. So far, nothing has come through "
          "diplomatic channels. If Washington is really ready for a serious "
          "conversation based on equality and taking into account Russia's "
          "security interests, we will consider any proposals. But "
          "statements in television studios are not a substitute for "
          "diplomacy.")
    a4 = "We will announce the Minister's travel plans in due course."
    mfa = ["Russia", mfa_ru]
    statements = [
        statement(d, "B01", sp, sp, day, quote=s1, cameo="036",
                  alts=["010", "051"], alternatives=mfa,
                  targets=[("Mongolia", "cooperative", True)],
                  about=["Mongolia", fm, mn], channel=pc,
                  attribution="announcement under a heading",
                  date_basis=basis),
        statement(d, "B02", sp, sp, day, quote=s2, cameo="111",
                  alts=["112", "010"], alternatives=mfa,
                  targets=[("Estonia", "conflictual", True)],
                  about=["Estonia", ee, "Russian Embassy in Tallinn"],
                  channel=pc, attribution="announcement under a heading",
                  date_basis=basis),
        statement(d, "B03", ee, "Estonian Foreign Minister Kristjan Lepp "
                  "said", "2027-01-05",
                  para="from February 1 the staff of the Russian Embassy in "
                       "Tallinn would need to notify the Estonian "
                       "authorities 48 hours in advance of any trip outside "
                       "the capital",
                  evidence=["On January 5, Estonian Foreign Minister Kristjan "
                            "Lepp said that from February 1 the staff of the "
                            "Russian Embassy in Tallinn would need to notify "
                            "the Estonian authorities 48 hours in advance of "
                            "any trip outside the capital."],
                  cameo="010", alts=["172", "111"], alternatives=["Estonia"],
                  targets=[("Russia", "conflictual", False)],
                  about=["Russian Embassy in Tallinn", "Russia"],
                  reported_via=sp, date_basis="'On January 5'"),
        statement(d, "B04", ee, "He called this measure", "2027-01-05",
                  quote="a reasonable response to the security situation",
                  para="the measure was a reasonable response to the "
                       "security situation",
                  evidence=["He called this measure \"a reasonable response "
                            "to the security situation\"."],
                  cameo="010", alternatives=["Estonia"],
                  about=["Russian Embassy in Tallinn", "Russia"],
                  reported_via=sp,
                  date_basis="the same remarks ('On January 5')"),
        statement(d, "B05", de, "German Defence Minister Katrin Behrendt said",
                  "2027-01-06",
                  quote="dependent on any single supplier",
                  para="Berlin did not want India to be dependent on any "
                       "single supplier",
                  evidence=["German Defence Minister Katrin Behrendt said "
                            "Berlin did not want India to be \"dependent on "
                            "any single supplier\"."],
                  cameo="010", alts=["111"], alternatives=["Germany"],
                  targets=[("Russia", "conflictual", False)],
                  about=["India", "Russia"], reported_via="The Hindu",
                  embedded=True,
                  date_basis="'On Wednesday' (6 January), which governs both "
                             "conjuncts"),
        statement(d, "B06", sp, gl, day, quote="\n\n".join(a1),
                  after="Indian defence market?", cameo="111",
                  alts=["051", "010"], alternatives=mfa,
                  targets=[("India", "cooperative", True),
                           ("Germany", "conflictual", True)],
                  about=["India", "Germany", de], channel=pc,
                  responds_to=["B05"], date_basis=basis),
        statement(d, "B07", sp, gl, day, quote="\n\n".join(a2),
                  after="in response to Tallinn's decision?", cameo="111",
                  alts=["138", "010"], alternatives=mfa,
                  targets=[("Estonia", "conflictual", True)],
                  about=["Estonia", fm], channel=pc, date_basis=basis),
        statement(d, "B08", fm, "as Minister Viktor Demidov said",
                  "2026-12-29",
                  quote="in a way that the other side will feel",
                  para="Russia will answer every unfriendly step in a way "
                       "that the other side will feel",
                  evidence=["as Minister Viktor Demidov said at the year-end "
                            "press conference on December 29, Russia will "
                            "answer every unfriendly step \"in a way that the "
                            "other side will feel\"."],
                  cameo="138", alts=["130", "010"], alternatives=["Russia"],
                  about=["Russia"], reported_via=sp,
                  channel="year-end press conference",
                  date_basis="'on December 29' of the year-end press "
                             "conference, before the briefing of 8 January "
                             "2027: 2026"),
        statement(d, "B09", us, "US Secretary of State Michael Harlan told "
                  "CBS", "2027-01-03",
                  quote="without preconditions",
                  para="Washington was open to talks with Moscow on strategic "
                       "stability without preconditions",
                  evidence=["On Sunday, US Secretary of State Michael Harlan "
                            "told CBS that Washington was open to talks with "
                            "Moscow on strategic stability \"without "
                            "preconditions\"."],
                  cameo="036", alts=["010"], alternatives=["United States"],
                  targets=[("Russia", "cooperative", True)],
                  about=["Russia"], reported_via="Bloomberg",
                  channel="interview with CBS", embedded=True,
                  date_basis="'On Sunday' (3 January)"),
        statement(d, "B10", sp, gl, day, quote=a3,
                  after="received any proposals?", cameo="010",
                  alts=["036", "111"], alternatives=mfa,
                  targets=[("United States", "neutral", True)],
                  about=["United States", us], channel=pc,
                  responds_to=["B09"], date_basis=basis),
        statement(d, "B11", sp, gl, day, quote=a4,
                  after="in the first quarter?", cameo="011",
                  alts=["010"], alternatives=mfa, about=[fm, "India"],
                  channel=pc, date_basis=basis),
    ]
    for i in (0, 1):
        statements[i]["quote_marks"] = "none (announcement under a heading)"
        statements[i]["speaker_mention"]["note"] = (
            "the briefing's opening announcements, under their headings and "
            "with no label, are the spokeswoman's (named in the title): one "
            "statement per heading")
    statements[1]["speaker_mention"]["note"] += (
        "; the Estonian minister's words it reports are B03 and B04")
    for i in (5, 6, 9, 10):
        statements[i]["quote_marks"] = "none (transcript turn)"
    statements[2]["speaker_mention"]["note"] = (
        "reported inside the spokeswoman's announcement: a statement of "
        "the Estonian minister, dated by 'On January 5'")
    statements[3]["speaker_mention"]["note"] = "'He' = Lepp"
    statements[4]["speaker_mention"]["note"] = (
        "inside The Hindu's question; 'On Wednesday' governs the agreement "
        "and her words")
    statements[5]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in a1]
    statements[6]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in a2]
    statements[7]["speaker_mention"]["note"] = (
        "reported inside the spokeswoman's answer ('as X said at … on "
        "December 29, …'): the minister's statement, dated 2026-12-29")
    statements[8]["speaker_mention"]["note"] = (
        "inside Bloomberg's question; an interview with CBS")
    statements[10]["speaker_mention"]["note"] = (
        "Kommersant's question reports nothing; the answer is a decline")
    relationships = [
        relationship("R01", "comprehensive strategic partnership",
                     ["Russia", "Mongolia"], False, [sp], ["B01"],
                     ["strategic partnership", "partnership"], date=day),
        relationship("R02", "special and privileged strategic partnership",
                     ["Russia", "India"], False, [sp], ["B06"],
                     ["privileged strategic partnership",
                      "strategic partnership", "partnership"], date=day),
        relationship("R03", "time-tested neighbour", ["Mongolia", "Russia"],
                     False, [sp], ["B01"], ["neighbour", "neighbours"],
                     optional=True),
        relationship("R04", "military-technical cooperation",
                     ["Russia", "India"], False, [sp], ["B06"],
                     ["cooperation"], optional=True),
    ]
    events = [
        event("E01", "weekly briefing of the Russian foreign ministry", day,
              [sp]),
        event("E02", "Demidov-Munkhbayar talks in Moscow", "2027-01-13",
              [fm, mn]),
        event("E03", "Estonian notification rule for Russian diplomats",
              "2027-02-01", ["Estonia", "Russian Embassy in Tallinn"],
              optional=True),
        event("E04", "India-Germany submarine agreement", "2027-01-06",
              ["India", "Germany"], optional=True),
        event("E05", "Demidov's year-end press conference", "2026-12-29",
              [fm], optional=True),
    ]
    timexes = [timex(d, "8 January 2027 16:20", day, kind="datetime"),
               timex(d, "January 8, 2027", day),
               timex(d, "On January 13", "2027-01-13"),
               timex(d, "On January 5", "2027-01-05"),
               timex(d, "from February 1", "2027-02-01"),
               timex(d, "48 hours", "PT48H", kind="duration"),
               timex(d, "On Wednesday", "2027-01-06"),
               timex(d, "more than six decades", "P60Y", kind="duration"),
               timex(d, "on December 29", "2026-12-29"),
               timex(d, "On Sunday", "2027-01-03"),
               timex(d, "in the first quarter", "2027")]
    write(d, day, "press briefing (foreign ministry, transcript)", actors,
          statements, relationships, events, timexes)


def h80():
    d = Doc("h80_readout")
    day = "2027-01-04"
    pm = "Daniel Ashworth"
    am = "Nasser bin Fahad Al Thani"
    no10 = "Prime Minister's Office, 10 Downing Street"
    actors = [
        actor(d, "A01", pm, "person", [pm],
              ["Prime Minister", "The Rt Hon Daniel Ashworth MP",
               "Prime Minister of the United Kingdom", "UK Prime Minister"],
              affiliations=[("United Kingdom", "Prime Minister")]),
        actor(d, "A02", am, "person", ["Sheikh Nasser bin Fahad Al Thani"],
              ["Sheikh Nasser bin Fahad Al Thani", "Amir of Qatar",
               "Emir of Qatar", "Sheikh Nasser"],
              affiliations=[("Qatar", "Amir")]),
        actor(d, "A03", "United Kingdom", "state", ["UK"],
              ["UK", "Britain", "United Kingdom of Great Britain and "
               "Northern Ireland"]),
        actor(d, "A04", "Qatar", "state", ["Qatar"], ["State of Qatar"]),
        actor(d, "A05", "Gaza", "place", ["Gaza"]),
        actor(d, "A06", "United States", "state", ["United States"],
              ["US", "USA"]),
        actor(d, "A07", "Egypt", "state", ["Egypt"]),
        actor(d, "A08", "Sudan", "state", ["Sudan"]),
        actor(d, "A09", "Darfur", "place", ["Darfur"]),
        actor(d, "A10", "Gulf Cooperation Council", "organization",
              ["Gulf Cooperation Council"], ["GCC"]),
        actor(d, "A11", no10, "organization", [no10],
              ["10 Downing Street", "Downing Street", "Prime Minister's "
               "Office"], optional=True, part_of="United Kingdom"),
        actor(d, "A12", "Doha", "place", ["Doha"], optional=True,
              accept={"Doha": ["Qatar"]}),
        actor(d, "A13", "United Arab Emirates", "state",
              ["United Arab Emirates"], ["UAE"], optional=True),
        actor(d, "A14", "Saudi Arabia", "state", ["Saudi Arabia"],
              optional=True),
        actor(d, "A15", "GOV.UK", "organization", ["GOV.UK"],
              optional=True),
        actor(d, "A16", "Government Digital Service", "organization",
              ["Government Digital Service"], optional=True,
              part_of="United Kingdom"),
    ]
    basis = "'this afternoon' of the release dated 4 January 2027"
    call = "telephone call"

    def st(sid, spk, mention, para, ev, cameo, alts, alternatives, targets,
           about, joint=False, coord=False, after=None):
        s = statement(d, sid, spk, mention, day, para=para, evidence=[ev],
                      cameo=cameo, alts=alts, alternatives=alternatives,
                      targets=targets, about=about, channel=call,
                      attribution=("joint" if joint else
                                   "coordinated verb" if coord else
                                   "explicit"),
                      after=after, date_basis=basis)
        if joint:
            s["co_speakers"] = [am]
        return s

    uk = ["United Kingdom"]
    qa = ["Qatar"]
    both = [am, "United Kingdom", "Qatar"]
    statements = [
        st("C01", pm, "The leaders exchanged New Year greetings and agreed",
           "the UK-Qatar strategic partnership had gone from strength to "
           "strength over the past year",
           "The leaders exchanged New Year greetings and agreed that the "
           "UK-Qatar strategic partnership had gone from strength to "
           "strength over the past year, including through record levels of "
           "Qatari investment in British infrastructure.",
           "051", ["010"], both,
           [("Qatar", "cooperative", True),
            ("United Kingdom", "cooperative", True)],
           ["United Kingdom", "Qatar"], joint=True),
        st("C02", pm, "The Prime Minister thanked the Amir",
           "thanked the Amir for Qatar's tireless mediation efforts in Gaza",
           "The Prime Minister thanked the Amir for Qatar's tireless "
           "mediation efforts in Gaza", "051", ["010"], uk,
           [("Qatar", "cooperative", True)], ["Qatar", am, "Gaza"]),
        st("C03", pm, "and said the UK would continue",
           "the UK would continue to do everything it could to support the "
           "next phase of the ceasefire agreement",
           "and said the UK would continue to do everything it could to "
           "support the next phase of the ceasefire agreement.",
           "010", ["030"], uk, [], ["Gaza", "United Kingdom"], coord=True),
        st("C04", pm, "He underlined",
           "underlined the urgent need to get far more humanitarian aid into "
           "Gaza over the winter months",
           "He underlined the urgent need to get far more humanitarian aid "
           "into Gaza over the winter months.", "010", ["020"], uk, [],
           ["Gaza"]),
        st("C05", am, "The Amir said Qatar would keep working",
           "Qatar would keep working with the United States and Egypt to "
           "ensure that the ceasefire held and that the remaining hostages' "
           "bodies were returned to their families",
           "The Amir said Qatar would keep working with the United States "
           "and Egypt to ensure that the ceasefire held and that the "
           "remaining hostages' bodies were returned to their families.",
           "030", ["010"], qa,
           [("United States", "cooperative", True),
            ("Egypt", "cooperative", True)],
           ["United States", "Egypt", "Gaza"]),
        st("C06", pm, "the leaders expressed their deep concern",
           "the leaders expressed their deep concern at the worsening "
           "humanitarian catastrophe in Darfur",
           "Turning to Sudan, the leaders expressed their deep concern at the "
           "worsening humanitarian catastrophe in Darfur", "010", ["111"],
           both, [("Sudan", "neutral", False)], ["Sudan", "Darfur"],
           joint=True),
        st("C07", pm, "and agreed on the importance of increasing pressure",
           "agreed on the importance of increasing pressure on the warring "
           "parties to agree a humanitarian truce",
           "and agreed on the importance of increasing pressure on the "
           "warring parties to agree a humanitarian truce.", "020",
           ["010"], both, [("Sudan", "neutral", False)], ["Sudan"],
           joint=True),
        st("C08", pm, "the Prime Minister welcomed the progress",
           "welcomed the progress made towards a UK-Gulf Cooperation Council "
           "Free Trade Agreement",
           "On trade, the Prime Minister welcomed the progress made towards a "
           "UK-Gulf Cooperation Council Free Trade Agreement", "051",
           ["010"], uk, [("Gulf Cooperation Council", "cooperative", True)],
           ["Gulf Cooperation Council", "Qatar"]),
        st("C09", pm, "and said he hoped negotiations",
           "he hoped negotiations could be concluded in the coming months",
           "and said he hoped negotiations could be concluded in the coming "
           "months.", "010", ["036"], uk,
           [("Gulf Cooperation Council", "cooperative", False)],
           ["Gulf Cooperation Council"], coord=True),
        st("C10", am, "The Amir invited the Prime Minister",
           "invited the Prime Minister to visit Doha in the spring",
           "The Amir invited the Prime Minister to visit Doha in the spring.",
           "036", ["010"], qa, [("United Kingdom", "cooperative", True)],
           [pm, "Doha"]),
        st("C11", pm, "They agreed to stay in close contact",
           "agreed to stay in close contact",
           "They agreed to stay in close contact.", "036", ["010"], both,
           [("Qatar", "cooperative", False)], ["Qatar", "United Kingdom"],
           joint=True),
    ]
    statements[0]["speaker_mention"]["note"] = (
        "'The leaders' = the Prime Minister with the Amir as co-speaker; "
        "exchanging greetings is no statement, 'agreed that …' is")
    statements[1]["speaker_mention"]["note"] = (
        "'the Prime Minister' = Ashworth, named only in the page's 'From:' "
        "line (the United Kingdom accepted)")
    statements[2]["speaker_mention"]["note"] = (
        "the second verb of 'thanked … and said …'")
    statements[3]["speaker_mention"]["note"] = "'He' = the Prime Minister"
    statements[4]["speaker_mention"]["note"] = (
        "the Amir's own clause: the Amir is the speaker")
    statements[6]["speaker_mention"]["note"] = (
        "the second verb of 'expressed … and agreed …' of 'the leaders'")
    statements[8]["speaker_mention"]["note"] = (
        "the second verb of 'welcomed … and said …'")
    statements[10]["speaker_mention"]["note"] = (
        "'They' = the two leaders (co-speaker)")
    relationships = [
        relationship("R01", "strategic partnership",
                     ["United Kingdom", "Qatar"], False, [pm, am], ["C01"],
                     ["UK-Qatar strategic partnership", "partnership",
                      "strategic partners"], date=day),
    ]
    events = [
        event("E01", "call between Ashworth and the Amir of Qatar", day,
              [pm, am]),
        event("E02", "Gaza ceasefire agreement", None,
              ["Qatar", "United States", "Egypt"], optional=True),
        event("E03", "Prime Minister's visit to Doha", "2027",
              [pm, "Qatar"], optional=True),
    ]
    timexes = [timex(d, "4 January 2027", day),
               timex(d, "this afternoon", day),
               timex(d, "over the past year", "2026"),
               timex(d, "over the winter months", None),
               timex(d, "in the coming months", None),
               timex(d, "in the spring", "2027"),
               timex(d, "19 December 2026", "2026-12-19"),
               timex(d, "2 December 2026", "2026-12-02")]
    write(d, day, "call readout (prime minister's office)", actors,
          statements, relationships, events, timexes)


def h81():
    d = Doc("h81_joint")
    day = "2027-01-09"
    bw = "Onalenna Mokgethi"
    gh = "Yaw Boateng Asiedu"
    jpc = "Joint Permanent Commission for Cooperation"
    afcfta = "African Continental Free Trade Area"
    actors = [
        actor(d, "A01", "Botswana", "state",
              ["Botswana", "Republic of Botswana"], ["Republic of Botswana"]),
        actor(d, "A02", "Ghana", "state", ["Ghana", "Republic of Ghana"],
              ["Republic of Ghana"]),
        actor(d, "A03", gh, "person", [gh, "Asiedu"], ["President Asiedu"],
              affiliations=[("Ghana", "President")]),
        actor(d, "A04", bw, "person", [bw, "Mokgethi"],
              ["President Mokgethi"],
              affiliations=[("Botswana", "President")]),
        actor(d, "A05", "Ama Serwaa Darko", "person", ["Ama Serwaa Darko"],
              affiliations=[("Ghana", "Minister for Foreign Affairs")],
              optional=True),
        actor(d, "A06", "Office of the President (Botswana)", "organization",
              ["Office of the President"], ["Office of the President"],
              optional=True, part_of="Botswana",
              accept={"Office of the President": ["Botswana"]}),
        actor(d, "A07", "Government Communication and Information System",
              "organization",
              ["Government Communication and Information System"],
              ["GCIS"], optional=True, part_of="Botswana"),
        actor(d, "A08", "Gaborone", "place", ["GABORONE", "Gaborone"],
              optional=True),
        actor(d, "A09", "Accra", "place", ["Accra"], optional=True),
        actor(d, "A10", jpc, "organization", [jpc], optional=True),
        actor(d, "A11", afcfta, "organization", [afcfta], ["AfCFTA"],
              optional=True),
        actor(d, "A12", "West Africa", "place", ["West Africa"],
              optional=True),
        actor(d, "A13", "Sahel", "place", ["Sahel"]),
        actor(d, "A14", "Democratic Republic of the Congo", "state",
              ["Democratic Republic of the Congo"], ["DRC", "DR Congo"]),
        actor(d, "A15", "African Union", "organization", ["African Union"],
              ["AU"]),
        actor(d, "A16", "United Nations Security Council", "organization",
              ["United Nations Security Council"],
              ["UN Security Council", "UNSC", "Security Council"]),
        actor(d, "A17", "Africa", "place", ["Africa"], optional=True),
        actor(d, "A18", "Ezulwini Consensus", "organization",
              ["Ezulwini Consensus"], optional=True),
        actor(d, "A19", "Sirte Declaration", "organization",
              ["Sirte Declaration"], optional=True),
        actor(d, "A20", "SADC", "organization", ["SADC"],
              ["Southern African Development Community"], optional=True),
        actor(d, "A21", "Harare", "place", ["Harare"], optional=True),
        actor(d, "A22", "National Assembly (Botswana)", "organization",
              ["National Assembly"], optional=True, part_of="Botswana"),
    ]
    t = d.text
    first = "1. At the invitation of His Excellency"
    last = "with dates to be agreed through diplomatic channels."
    i, j = t.index(first), t.index(last) + len(last)
    whole = t[i:j]
    paras = whole.split("\n\n")
    assert len(paras) == 10
    who = ["Ghana", bw, gh]
    pc = "joint press conference"
    pcb = "the joint press conference 'on Friday' (8 January)"
    statements = [
        statement(d, "J01", "Botswana", "the two countries agreed", day,
                  para="Botswana and Ghana agreed to establish a Joint "
                       "Permanent Commission for Cooperation and to work "
                       "together on the local beneficiation of minerals",
                  evidence=["during which the two countries agreed to "
                            "establish a Joint Permanent Commission for "
                            "Cooperation and to work together on the local "
                            "beneficiation of minerals."],
                  cameo="030", alts=["057", "010"], alternatives=who,
                  targets=[("Ghana", "cooperative", True),
                           ("Botswana", "cooperative", True)],
                  about=["Botswana", "Ghana", jpc], attribution="joint",
                  same=["J06"], optional=True,
                  date_basis="the visit 'today' concluded (9 January); the "
                             "lede's retelling of the communiqué"),
        statement(d, "J02", bw, "President Onalenna Mokgethi said", 
                  "2027-01-08",
                  quote="a common belief that Africa's resources must first "
                        "benefit Africans",
                  para="Botswana and Ghana shared a common belief that "
                       "Africa's resources must first benefit Africans",
                  evidence=["Speaking at a joint press conference at the "
                            "Office of the President on Friday, President "
                            "Onalenna Mokgethi said Botswana and Ghana shared "
                            "\"a common belief that Africa's resources must "
                            "first benefit Africans\"."],
                  cameo="010", alts=["051"], alternatives=["Botswana"],
                  targets=[("Ghana", "cooperative", True)],
                  about=["Ghana", "Botswana", "Africa"], channel=pc,
                  date_basis="'on Friday' (8 January)"),
        statement(d, "J03", bw, "he said", "2027-01-08",
                  quote="Our two countries have shown the continent that "
                        "democracy delivers. Now we must show that it also "
                        "delivers prosperity for our young people,",
                  cameo="010", alts=["051"], alternatives=["Botswana"],
                  targets=[("Ghana", "cooperative", False)],
                  about=["Ghana", "Botswana"], channel=pc, date_basis=pcb),
        statement(d, "J04", gh, "President Asiedu, for his part, said",
                  "2027-01-08",
                  para="Ghana would open a resident High Commission in "
                       "Gaborone before the end of the year",
                  evidence=["President Asiedu, for his part, said Ghana would "
                            "open a resident High Commission in Gaborone "
                            "before the end of the year"],
                  cameo="030", alts=["010", "064"], alternatives=["Ghana"],
                  targets=[("Botswana", "cooperative", True)],
                  about=["Botswana", "Gaborone"], channel=pc,
                  date_basis=pcb),
        statement(d, "J05", gh, "and invited Botswana's beef and diamond "
                  "exporters", "2027-01-08",
                  para="invited Botswana's beef and diamond exporters to use "
                       "Ghana as their gateway to West Africa under the "
                       "African Continental Free Trade Area",
                  evidence=["and invited Botswana's beef and diamond "
                            "exporters to use Ghana as their gateway to West "
                            "Africa under the African Continental Free Trade "
                            "Area."],
                  cameo="030", alts=["010", "020"], alternatives=["Ghana"],
                  targets=[("Botswana", "cooperative", True)],
                  about=["Botswana", "West Africa", afcfta], channel=pc,
                  attribution="coordinated verb", date_basis=pcb),
        statement(d, "J06", "Botswana", "The visit ended with the issuance "
                  "of a Joint Communiqué", day, quote=whole,
                  cameo="030", alts=["057", "051", "036", "010"],
                  alternatives=who,
                  targets=[("Ghana", "cooperative", True),
                           ("Botswana", "cooperative", True)],
                  about=["Botswana", "Ghana", jpc, "Sahel",
                         "Democratic Republic of the Congo", "African Union",
                         "United Nations Security Council"],
                  channel="joint communiqué", attribution="joint",
                  same=["J01"],
                  date_basis="'Done at Gaborone … on this 9th day of "
                             "January 2027' and the page date"),
    ]
    statements[0]["co_speakers"] = ["Ghana"]
    statements[5]["co_speakers"] = ["Ghana"]
    statements[5]["quote_marks"] = "none (document text)"
    statements[5]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    statements[0]["speaker_mention"]["note"] = (
        "the lede's retelling of the communiqué: optional, Botswana with "
        "Ghana as co-speaker")
    statements[2]["speaker_mention"]["note"] = "'he' = Mokgethi"
    statements[3]["speaker_mention"]["note"] = (
        "'for his part' after the host's remarks: the same press conference")
    statements[4]["speaker_mention"]["note"] = (
        "the second verb of 'said … and invited …'")
    statements[5]["speaker_mention"]["note"] = (
        "the communiqué of Botswana and Ghana (Botswana, the host, with "
        "Ghana as co-speaker, the two presidents accepted), its words the "
        "ten numbered paragraphs, one segment each (paragraph 5 with its "
        "lettered list in one segment, paragraphs 9 and 10, the guest's "
        "thanks and invitation, included, as h37's); the site's "
        "introduction ('The visit ended with the issuance of …'), the title "
        "in capitals and the 'Done at' line are not in it")
    relationships = [
        relationship("R01", "bonds of friendship and solidarity",
                     ["Botswana", "Ghana"], False, ["Botswana", "Ghana"],
                     ["J06"],
                     ["long-standing bonds of friendship and solidarity",
                      "friendship and solidarity", "friendship",
                      "solidarity", "bonds of friendship"], date=day),
        relationship("R02", "excellent relations", ["Botswana", "Ghana"],
                     False, ["Botswana", "Ghana"], ["J06"], ["relations"],
                     optional=True),
    ]
    events = [
        event("E01", "State Visit of Asiedu to Botswana", "2027-01-07",
              [gh, bw]),
        event("E02", "official talks in Gaborone", "2027-01-08", [gh, bw]),
        event("E03", "joint press conference at the Office of the President",
              "2027-01-08", [gh, bw], optional=True),
        event("E04", "first session of the Joint Permanent Commission in "
              "Accra", "2027", ["Botswana", "Ghana"], optional=True),
        event("E05", "State Visit of Mokgethi to Ghana", None, [bw, "Ghana"],
              optional=True),
    ]
    events[0]["end_date"] = day
    timexes = [timex(d, "9 January 2027", day),
               timex(d, "today", day),
               timex(d, "three-day", "P3D", kind="duration"),
               timex(d, "on Friday", "2027-01-08"),
               timex(d, "before the end of the year", "2027"),
               timex(d, "7 - 9 JANUARY 2027", "2027-01-07/2027-01-09",
                     kind="interval"),
               timex(d, "from 7 to 9 January 2027", "2027-01-07/2027-01-09",
                     kind="interval"),
               timex(d, "on 8 January 2027", "2027-01-08"),
               timex(d, "in the second half of 2027", "2027"),
               timex(d, "on this 9th day of January 2027", day)]
    write(d, day, "joint communiqué (presidency website)", actors,
          statements, relationships, events, timexes)


def h82():
    d = Doc("h82_report")
    day = "2027-01-05"
    fm = "Ahsan Javed Malik"
    ir = "Abbas Farahani"
    pm = "Nadeem Afzal Chaudhry"
    fo = "Ministry of Foreign Affairs (Pakistan)"
    ir_mfa = "Ministry of Foreign Affairs (Iran)"
    actors = [
        actor(d, "A01", "Pakistan", "state", ["Pakistan"],
              ["Islamic Republic of Pakistan"]),
        actor(d, "A02", "Iran", "state", ["Iran", "Tehran", "Islamic Republic"],
              ["Islamic Republic of Iran"], accept={"Tehran": ["Tehran"]}),
        actor(d, "A03", fm, "person", [fm, "Malik"], ["Mr Malik"],
              affiliations=[("Pakistan", "Foreign Minister")]),
        actor(d, "A04", ir, "person", [ir, "Farahani"], ["Mr Farahani"],
              affiliations=[("Iran", "Foreign Minister")]),
        actor(d, "A05", fo, "organization", ["Foreign Office"],
              ["Foreign Office", "Pakistan Foreign Office",
               "Pakistani Foreign Office"], part_of="Pakistan"),
        actor(d, "A06", "IRNA", "media", ["IRNA"],
              ["Islamic Republic News Agency"]),
        actor(d, "A07", "Nasser Alavi", "person", ["Nasser Alavi"],
              affiliations=[(ir_mfa, "spokesman")]),
        actor(d, "A08", ir_mfa, "organization", ["Iranian Foreign Ministry"],
              ["Iranian Foreign Ministry", "Foreign Ministry"],
              optional=True, part_of="Iran"),
        actor(d, "A09", pm, "person", [pm],
              affiliations=[("Pakistan", "Prime Minister")]),
        actor(d, "A10", "APP", "media", ["APP"],
              ["Associated Press of Pakistan"]),
        actor(d, "A11", "Abdul Ghaffar Rind", "person", ["Abdul Ghaffar Rind"],
              affiliations=[("Taftan Traders Association", "president")]),
        actor(d, "A12", "Taftan Traders Association", "organization",
              ["Taftan Traders Association"], optional=True),
        actor(d, "A13", "Afghanistan", "state", ["Afghanistan"]),
        actor(d, "A14", "Sistan-Baluchestan", "place", ["Sistan-Baluchestan"],
              ["Sistan and Baluchestan"], optional=True),
        actor(d, "A15", "Islamabad", "place", ["ISLAMABAD", "Islamabad"],
              optional=True, accept={"Islamabad": ["Pakistan"],
                                     "ISLAMABAD": ["Pakistan"]}),
        actor(d, "A16", "Tehran", "place", ["Tehran"], optional=True,
              accept={"Tehran": ["Iran"]}),
        actor(d, "A17", "Balochistan", "place", ["Balochistan"],
              optional=True),
        actor(d, "A18", "Taftan", "place", ["Taftan"], optional=True),
        actor(d, "A19", "Gabd", "place", ["Gabd"], optional=True),
        actor(d, "A20", "Mand", "place", ["Mand"], optional=True),
        actor(d, "A21", "Dawn", "media", ["DAWN.COM", "Dawn"], optional=True),
        actor(d, "A22", "Torkham", "place", ["Torkham"], optional=True),
        actor(d, "A23", "United States", "state", ["US"], optional=True),
    ]
    pc = "joint press conference"
    basis = "the joint press conference after the talks of Tuesday"
    statements = [
        statement(d, "N01", "Pakistan", "Pakistan and Iran on Tuesday agreed",
                  day,
                  para="Pakistan and Iran agreed to reopen six border markets "
                       "and to set up a joint mechanism against militant "
                       "groups operating along their frontier",
                  evidence=["Pakistan and Iran on Tuesday agreed to reopen six "
                            "border markets and to set up a joint mechanism "
                            "against militant groups operating along their "
                            "frontier"],
                  cameo="030", alts=["057", "010"],
                  alternatives=["Iran", fm, ir],
                  targets=[("Iran", "cooperative", True),
                           ("Pakistan", "cooperative", True)],
                  about=["Pakistan", "Iran"], attribution="joint",
                  date_basis="'on Tuesday'"),
        statement(d, "N02", fm,
                  "with Foreign Minister Ahsan Javed Malik calling", day,
                  quote="common enemy",
                  para="terrorism is the common enemy of Pakistan and Iran",
                  evidence=["with Foreign Minister Ahsan Javed Malik calling "
                            "terrorism the \"common enemy\" of the two "
                            "neighbours."],
                  cameo="010", alternatives=["Pakistan"],
                  about=["Pakistan", "Iran"], same=["N03"],
                  date_basis="'on Tuesday'; the lede's retelling of N03"),
        statement(d, "N03", fm, "Mr Malik told a joint press conference", day,
                  quote="Terrorism is our common enemy, and we will not allow "
                        "anyone to use the soil of either country against the "
                        "other,",
                  cameo="010", alts=["030"], alternatives=["Pakistan"],
                  targets=[("Iran", "cooperative", True)],
                  about=["Pakistan", "Iran"], channel=pc, same=["N02"],
                  date_basis="the press conference 'after the talks' of "
                             "Tuesday"),
        statement(d, "N04", fm, "He said Pakistan wanted", day,
                  para="Pakistan wanted to raise bilateral trade to $5 billion "
                       "by 2028, and the barter trade arrangement notified "
                       "last year would be extended to more items",
                  evidence=["He said Pakistan wanted to raise bilateral trade "
                            "to $5 billion by 2028, and that the barter trade "
                            "arrangement notified last year would be extended "
                            "to more items."],
                  cameo="010", alts=["030"], alternatives=["Pakistan"],
                  targets=[("Iran", "cooperative", False)],
                  about=["Pakistan", "Iran"], channel=pc, date_basis=basis),
        statement(d, "N05", ir, "Mr Farahani said", day,
                  quote="brotherly neighbour",
                  para="Iran regarded Pakistan as a brotherly neighbour and "
                       "Tehran was ready to complete the remaining work on "
                       "the gas pipeline as soon as the Pakistani side is "
                       "ready",
                  evidence=["Mr Farahani said Iran regarded Pakistan as a "
                            "\"brotherly neighbour\" and that Tehran was ready "
                            "to complete the remaining work on the gas "
                            "pipeline \"as soon as the Pakistani side is "
                            "ready\"."],
                  cameo="051", alts=["010", "030"], alternatives=["Iran"],
                  targets=[("Pakistan", "cooperative", True)],
                  about=["Pakistan", "Iran"], channel=pc, date_basis=basis),
        statement(d, "N06", ir,
                  "he was quoted as saying by the state-run IRNA news agency",
                  None,
                  quote="The Islamic Republic sees this border not as a line "
                        "of division but as a line of friendship,",
                  cameo="051", alts=["010"], alternatives=["Iran"],
                  targets=[("Pakistan", "cooperative", False)],
                  about=["Iran", "Pakistan"], reported_via="IRNA",
                  date_basis="the text does not say when or where"),
        statement(d, "N07", "Nasser Alavi",
                  "Iranian Foreign Ministry spokesman Nasser Alavi had told "
                  "reporters", "2027-01-04",
                  quote="open a new chapter",
                  para="the visit would open a new chapter in cooperation "
                       "between Iran and Pakistan",
                  evidence=["Iranian Foreign Ministry spokesman Nasser Alavi "
                            "had told reporters in Tehran on Monday that the "
                            "visit would \"open a new chapter\" in cooperation "
                            "between the two countries."],
                  cameo="010", alts=["051"],
                  alternatives=[ir_mfa, "Iran"],
                  targets=[("Pakistan", "cooperative", False)],
                  about=["Pakistan", "Iran", ir], channel="remarks to "
                  "reporters in Tehran", date_basis="'on Monday'"),
        statement(d, "N08", fo, "A Foreign Office statement issued after the "
                  "talks said", day,
                  quote="great importance",
                  para="Pakistan attached great importance to its relations "
                       "with Iran and both sides had reviewed the situation "
                       "in Afghanistan",
                  evidence=["A Foreign Office statement issued after the talks "
                            "said Pakistan attached \"great importance\" to its "
                            "relations with Iran and that both sides had "
                            "reviewed the situation in Afghanistan."],
                  cameo="051", alts=["010"], alternatives=["Pakistan"],
                  targets=[("Iran", "cooperative", True)],
                  about=["Iran", "Afghanistan"], channel="statement",
                  date_basis="'after the talks' of Tuesday"),
        statement(d, "N09", fm, "Mr Malik also raised", day,
                  para="Malik raised the killing of nine Pakistani labourers "
                       "in Iran's Sistan-Baluchestan province",
                  evidence=["According to the statement, Mr Malik also raised "
                            "the killing of nine Pakistani labourers in Iran's "
                            "Sistan-Baluchestan province last month"],
                  cameo="010", alts=["111"], alternatives=["Pakistan"],
                  targets=[("Iran", "neutral", False)],
                  about=["Iran", "Sistan-Baluchestan"], reported_via=fo,
                  date_basis="the talks of Tuesday, as the Foreign Office's "
                             "statement reports them ('last month' is the "
                             "killing's)"),
        statement(d, "N10", fm, "and urged Tehran", day,
                  para="Malik urged Iran to bring those responsible for the "
                       "killing to justice",
                  evidence=["and urged Tehran to bring those responsible to "
                            "justice."],
                  cameo="020", alts=["010"], alternatives=["Pakistan"],
                  targets=[("Iran", "neutral", True)],
                  about=["Iran"], reported_via=fo,
                  attribution="coordinated verb",
                  date_basis="the talks of Tuesday"),
        statement(d, "N11", pm, "Prime Minister Nadeem Afzal Chaudhry, who "
                  "said", day,
                  quote="historic and fraternal ties",
                  para="Pakistan valued its historic and fraternal ties with "
                       "Iran and wanted the two countries to work together "
                       "for peace in the region",
                  evidence=["Prime Minister Nadeem Afzal Chaudhry, who said "
                            "Pakistan valued its \"historic and fraternal "
                            "ties\" with Iran and wanted the two countries to "
                            "work together for peace in the region, the "
                            "state-run APP reported."],
                  cameo="051", alts=["010"], alternatives=["Pakistan"],
                  targets=[("Iran", "cooperative", True)],
                  about=["Iran", "Pakistan", ir], reported_via="APP",
                  channel="call of the Iranian minister on the prime "
                          "minister",
                  date_basis="'Later in the day' of the talks (Tuesday)"),
        statement(d, "N12", "Abdul Ghaffar Rind",
                  "said Abdul Ghaffar Rind", None,
                  quote="For two years our people have been smuggling what "
                        "they used to sell legally. This will bring the trade "
                        "back into the open,",
                  cameo="051", alts=["010"],
                  alternatives=["Taftan Traders Association"],
                  about=["Pakistan", "Iran", "Taftan"],
                  date_basis="the text does not say when"),
    ]
    statements[0]["co_speakers"] = ["Iran"]
    statements[2]["segments"] = [
        {"quote": "Terrorism is our common enemy, and we will not allow "
                  "anyone to use the soil of either country against the "
                  "other,"},
        {"quote": "Our security officials will now meet every month and "
                  "share information in real time."}]
    statements[0]["speaker_mention"]["note"] = (
        "the two states' agreement (Pakistan with Iran as co-speaker, the "
        "two ministers accepted)")
    statements[1]["speaker_mention"]["note"] = (
        "the lede's participle clause retells the quotation N03")
    statements[2]["speaker_mention"]["note"] = (
        "a quotation split by its attribution: one statement in two "
        "segments")
    statements[3]["speaker_mention"]["note"] = (
        "'He' = Malik; one verb with two that-clauses: one statement")
    statements[4]["speaker_mention"]["note"] = (
        "one verb with two that-clauses, each with a quoted fragment: one "
        "statement")
    statements[5]["speaker_mention"]["note"] = (
        "'he' = Farahani; relayed by IRNA, undated")
    statements[6]["speaker_mention"]["note"] = (
        "the spokesman of the Iranian foreign ministry (the ministry and "
        "Iran accepted); the pluperfect 'had told' dated by 'on Monday'")
    statements[7]["speaker_mention"]["note"] = (
        "the Foreign Office speaks for itself (Pakistan accepted); 'said … "
        "and that …' one statement")
    statements[8]["speaker_mention"]["note"] = (
        "'According to the statement': the minister's words at the talks "
        "relayed by the Foreign Office")
    statements[10]["speaker_mention"]["note"] = (
        "the relative clause after the prime minister's name; relayed by "
        "APP; 'Later in the day' = Tuesday")
    statements[11]["speaker_mention"]["note"] = (
        "'said NAME, president of …' after the quotation; undated")
    relationships = [
        relationship("R01", "brotherly neighbour", ["Iran", "Pakistan"],
                     False, [ir], ["N05"],
                     ["brotherly neighbours", "neighbour", "neighbours"],
                     date=day),
        relationship("R02", "historic and fraternal ties",
                     ["Pakistan", "Iran"], False, [pm], ["N11"],
                     ["fraternal ties", "ties"], date=day),
        relationship("R03", "relations", ["Pakistan", "Iran"], False, [fo],
                     ["N08"], ["ties"], optional=True, date=day),
    ]
    events = [
        event("E01", "Malik-Farahani talks at the Foreign Office in "
              "Islamabad", day, [fm, ir]),
        event("E02", "Farahani's arrival in Islamabad", "2027-01-04",
              [ir], optional=True),
        event("E03", "killing of nine Pakistani labourers in "
              "Sistan-Baluchestan", "2026-12", ["Pakistan", "Iran"],
              optional=True),
        event("E04", "closure of the border markets after cross-border "
              "strikes", "2024", ["Pakistan", "Iran"], optional=True),
    ]
    timexes = [timex(d, "January 6, 2027", "2027-01-06"),
               timex(d, "on Tuesday", day),
               timex(d, "on Tuesday", day, after="ISLAMABAD:"),
               timex(d, "on Monday", "2027-01-04"),
               timex(d, "two-day", "P2D", kind="duration"),
               timex(d, "every month", "P1M", kind="set"),
               timex(d, "by 2028", "2028"),
               timex(d, "last year", "2026"),
               timex(d, "on Monday", "2027-01-04", after="Nasser Alavi"),
               timex(d, "last month", "2026-12"),
               timex(d, "Later in the day", day),
               timex(d, "in 2024", "2024"),
               timex(d, "For two years", "P2Y", kind="duration"),
               timex(d, "January 6th, 2027", "2027-01-06")]
    write(d, "2027-01-06", "news report", actors, statements,
          relationships, events, timexes)


def h83():
    d = Doc("h83_briefing")
    day = "2027-01-07"
    sp = "Laura Voss"
    dos = "Department of State"
    fmv = "Ramón Ugarte"
    actors = [
        actor(d, "A01", sp, "person", ["Laura Voss", "Laura"],
              ["MS VOSS", "Ms Voss", "Voss"],
              affiliations=[(dos, "Deputy Spokesperson")]),
        actor(d, "A02", "United States", "state", ["United States", "U.S."],
              ["US", "USA", "U.S."]),
        actor(d, "A03", dos, "organization", ["U.S. DEPARTMENT of STATE"],
              ["State Department", "U.S. Department of State",
               "Department of State"], optional=True,
              part_of="United States"),
        actor(d, "A04", "Caldwell", "person", ["Caldwell"],
              ["Secretary Caldwell"],
              affiliations=[("United States", "Secretary of State")]),
        actor(d, "A05", "Guyana", "state", ["Guyana"],
              ["Co-operative Republic of Guyana"]),
        actor(d, "A06", "Brazil", "state", ["Brazil"],
              ["Federative Republic of Brazil"]),
        actor(d, "A07", "Desmond Ramsaroop", "person", ["Desmond Ramsaroop"],
              ["President Ramsaroop"],
              affiliations=[("Guyana", "President")]),
        actor(d, "A08", "Georgetown", "place", ["Georgetown"], optional=True,
              accept={"Georgetown": ["Guyana"]}),
        actor(d, "A09", "Brasilia", "place", ["Brasilia"], ["Brasília"],
              optional=True, accept={"Brasilia": ["Brazil"]}),
        actor(d, "A10", "Reuters", "media", ["Reuters"]),
        actor(d, "A11", "Owen Mercer", "person", ["Owen Mercer"],
              affiliations=[("Reuters", "correspondent")], optional=True),
        actor(d, "A12", fmv, "person", [fmv], ["Ramon Ugarte"],
              affiliations=[("Venezuela", "Foreign Minister")]),
        actor(d, "A13", "Venezuela", "state", ["Caracas", "Venezuela"],
              ["Bolivarian Republic of Venezuela"],
              accept={"Caracas": ["Caracas"]}),
        actor(d, "A14", "International Court of Justice", "organization",
              ["International Court of Justice", "ICJ"], ["ICJ"]),
        actor(d, "A15", "Essequibo", "place", ["Essequibo"]),
        actor(d, "A16", "Al Jazeera", "media", ["Al Jazeera"]),
        actor(d, "A17", "Rania Haddad", "person", ["Rania Haddad"],
              affiliations=[("Al Jazeera", "correspondent")], optional=True),
        actor(d, "A18", "Rapid Support Forces", "group",
              ["Rapid Support Forces", "RSF"], ["RSF"]),
        actor(d, "A19", "Sudan", "state", ["Sudan"], ["Republic of Sudan"]),
        actor(d, "A20", "El Fasher", "place", ["El Fasher"], optional=True),
        actor(d, "A21", "Sudanese Armed Forces", "group", ["army"],
              ["Sudanese army", "SAF"], optional=True),
        actor(d, "A22", "Mark Ellery", "person", ["Mark Ellery"],
              ["Senator Ellery"],
              affiliations=[("United States", "Senator")]),
        actor(d, "A23", "United Arab Emirates", "state", ["UAE"], ["UAE"]),
        actor(d, "A24", "Department of Defense", "organization",
              ["Department of Defense"], ["Pentagon"], optional=True,
              part_of="United States"),
        actor(d, "A25", "Yonhap", "media", ["Yonhap"],
              ["Yonhap News Agency"]),
        actor(d, "A26", "Jae-won Lim", "person", ["Jae-won Lim"],
              affiliations=[("Yonhap", "correspondent")], optional=True),
        actor(d, "A27", "Caracas", "place", ["Caracas"], optional=True,
              accept={"Caracas": ["Venezuela"]}),
        actor(d, "A28", "Office of the Spokesperson", "organization",
              ["Office of the Spokesperson"], optional=True, part_of=dos),
    ]
    t1 = ["Good afternoon, everybody, and happy new year. I have one "
          "announcement at the top. Secretary Caldwell will travel to "
          "Georgetown, Guyana and Brasilia, Brazil from January 11 to 14. In "
          "Georgetown, the Secretary will meet President Desmond Ramsaroop to "
          "reaffirm our strong partnership with Guyana and our support for "
          "its sovereignty and territorial integrity. In Brasilia, she will "
          "discuss energy security, the fight against transnational crime "
          "and regional migration with Brazilian officials.",
          "With that, I'm happy to take your questions."]
    t2 = ("The Secretary's visit is about our partnership with Guyana, which "
          "is a close friend of the United States. That said, we've been "
          "clear that the border question should be settled peacefully and "
          "in accordance with international law, and the ICJ is the "
          "appropriate venue for that. Any attempt to change the border by "
          "force or intimidation would be unacceptable.")
    t3 = ("I'd refer you to the Department of Defense for anything on force "
          "posture.")
    t4 = ("We've seen the statement, and we'll judge the RSF by its actions, "
          "not its words. We are in contact with both parties, directly and "
          "through our partners in the region, and we continue to press them "
          "to agree to a cessation of hostilities and to allow unhindered "
          "humanitarian access. The people of El Fasher have suffered far "
          "too long.")
    t5 = ("I'm not going to preview any sanctions decisions from up here. "
          "We've taken a number of actions already, and we will continue to "
          "use every tool available to us.")
    t6 = "I don't have anything to announce on that today."
    t7 = "Thanks, everyone."
    lab = "MS VOSS:"
    ch = "press briefing"
    basis = "the briefing's date"
    us = ["United States", dos]
    statements = [
        statement(d, "B01", sp, lab, day, quote="\n\n".join(t1),
                  cameo="010", alts=["036", "051"], alternatives=us,
                  targets=[("Guyana", "cooperative", True),
                           ("Brazil", "cooperative", True)],
                  about=["Caldwell", "Guyana", "Brazil", "Desmond Ramsaroop"],
                  channel=ch, date_basis=basis),
        statement(d, "B02", fmv, "Venezuelan Foreign Minister Ramón Ugarte "
                  "said", day,
                  para="Venezuela would not recognize any ruling of the "
                       "International Court of Justice on the Essequibo",
                  evidence=["Venezuelan Foreign Minister Ramón Ugarte said "
                            "this morning that Caracas would not recognize "
                            "any ruling of the International Court of "
                            "Justice on the Essequibo"],
                  cameo="120", alts=["111", "010"], alternatives=["Venezuela"],
                  targets=[("International Court of Justice", "conflictual",
                            True), ("Guyana", "conflictual", False)],
                  about=["International Court of Justice", "Essequibo",
                         "Guyana"],
                  reported_via="Reuters", embedded=True,
                  date_basis="'this morning' of the briefing's day"),
        statement(d, "B03", fmv, "and accused the United States", day,
                  para="the United States was turning Guyana into a military "
                       "base",
                  evidence=["and accused the United States of turning Guyana "
                            "into a military base."],
                  cameo="112", alts=["111"], alternatives=["Venezuela"],
                  targets=[("United States", "conflictual", True)],
                  about=["United States", "Guyana"], reported_via="Reuters",
                  embedded=True, attribution="coordinated verb",
                  date_basis="the same remarks ('this morning')"),
        statement(d, "B04", sp, lab, day, quote=t2,
                  after="message to Caracas?", cameo="051",
                  alts=["010", "111"], alternatives=us,
                  targets=[("Guyana", "cooperative", True),
                           ("Venezuela", "conflictual", False)],
                  about=["Guyana", "Venezuela", "International Court of "
                         "Justice"], channel=ch, responds_to=["B02", "B03"],
                  date_basis=basis),
        statement(d, "B05", sp, lab, day, quote=t3,
                  after="military personnel to Guyana?", cameo="011",
                  alts=["010"], alternatives=us,
                  about=["Department of Defense", "Guyana"], channel=ch,
                  date_basis=basis),
        statement(d, "B06", "Rapid Support Forces",
                  "the Rapid Support Forces said yesterday", "2027-01-06",
                  para="the RSF were ready to accept a humanitarian truce in "
                       "El Fasher if the army also agreed to it",
                  evidence=["the Rapid Support Forces said yesterday they were "
                            "ready to accept a humanitarian truce in El "
                            "Fasher if the army also agreed to it."],
                  cameo="030", alts=["036", "010"],
                  targets=[("Sudanese Armed Forces", "cooperative", False)],
                  about=["El Fasher", "Sudan", "Sudanese Armed Forces"],
                  reported_via="Al Jazeera", embedded=True,
                  date_basis="'yesterday' of the briefing's day"),
        statement(d, "B07", sp, lab, day, quote=t4,
                  after="the offer is serious?", cameo="020",
                  alts=["010", "111"], alternatives=us,
                  targets=[("Rapid Support Forces", "neutral", True),
                           ("Sudanese Armed Forces", "neutral", False)],
                  about=["Rapid Support Forces", "El Fasher", "Sudan"],
                  channel=ch, responds_to=["B06"], date_basis=basis),
        statement(d, "B08", "Mark Ellery", "Senator Mark Ellery said on "
                  "Tuesday", "2027-01-05",
                  para="the administration should sanction the RSF's foreign "
                       "backers, including the UAE",
                  evidence=["Senator Mark Ellery said on Tuesday that the "
                            "administration should sanction the RSF's foreign "
                            "backers, including the UAE."],
                  cameo="020", alts=["010", "111"],
                  targets=[("United States", "neutral", True),
                           ("United Arab Emirates", "conflictual", True)],
                  about=["Rapid Support Forces", "United Arab Emirates"],
                  embedded=True, date_basis="'on Tuesday' (5 January)"),
        statement(d, "B09", sp, lab, day, quote=t5,
                  after="Is that under consideration?", cameo="011",
                  alts=["010"], alternatives=us,
                  about=["Rapid Support Forces", "United Arab Emirates"],
                  channel=ch, responds_to=["B08"], date_basis=basis),
        statement(d, "B10", sp, lab, day, quote=t6,
                  after="foreign minister next week?", cameo="011",
                  alts=["010"], alternatives=us, channel=ch,
                  date_basis=basis),
        statement(d, "B11", sp, lab, day, quote=t7,
                  after="QUESTION: Thank you.", cameo="010",
                  alternatives=us, channel=ch, optional=True,
                  date_basis=basis),
    ]
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in t1]
    statements[1]["speaker_mention"]["note"] = (
        "inside a question whose asker names Reuters: reported_via Reuters; "
        "'Caracas' = Venezuela")
    statements[2]["speaker_mention"]["note"] = (
        "the second verb of 'said … and accused …': a statement of its own")
    statements[5]["speaker_mention"]["note"] = (
        "inside a question whose asker names Al Jazeera; the armed group "
        "speaks for itself")
    statements[7]["speaker_mention"]["note"] = (
        "inside a follow-up question that names no outlet: reported_via "
        "null")
    statements[10]["speaker_mention"]["note"] = (
        "a closing courtesy: optional")
    relationships = [
        relationship("R01", "strong partnership",
                     ["United States", "Guyana"], False, [sp], ["B01"],
                     ["partnership"], date=day),
        relationship("R02", "close friend", ["Guyana", "United States"],
                     False, [sp], ["B04"],
                     ["friend", "close friends", "partnership"], date=day),
    ]
    events = [
        event("E01", "Department press briefing", day, [sp]),
        event("E02", "travel of Secretary Caldwell to Georgetown and "
              "Brasilia", "2027-01-11", ["Caldwell", "Guyana", "Brazil"]),
        event("E03", "meeting with the South Korean foreign minister", None,
              ["United States"], optional=True),
    ]
    timexes = [timex(d, "January 7, 2027", day),
               timex(d, "January 7, 2027", day, after="Deputy Spokesperson"),
               timex(d, "from January 11 to 14", "2027-01-11/2027-01-14",
                     kind="interval"),
               timex(d, "this morning", day),
               timex(d, "yesterday", "2027-01-06"),
               timex(d, "on Tuesday", "2027-01-05"),
               timex(d, "next week", "2027-01-11/2027-01-17",
                     kind="interval"),
               timex(d, "today", day, after="anything to announce")]
    write(d, day, "press briefing (Q&A transcript)", actors, statements,
          relationships, events, timexes)


def h84():
    d = Doc("h84_readout")
    day = "2027-01-08"
    eam = "Vivek Raghunathan"
    fm = "Karin Ekdahl"
    mea = "Ministry of External Affairs (India)"
    actors = [
        actor(d, "A01", eam, "person", [eam],
              ["Dr. Vivek Raghunathan", "Dr Vivek Raghunathan",
               "Raghunathan"],
              affiliations=[("India", "External Affairs Minister")]),
        actor(d, "A02", fm, "person", [fm, "Ekdahl"],
              ["Ms. Karin Ekdahl", "H.E. Ms. Karin Ekdahl",
               "Foreign Minister Ekdahl"],
              affiliations=[("Sweden", "Minister for Foreign Affairs")]),
        actor(d, "A03", "India", "state", ["India"],
              ["Republic of India", "Government of India"]),
        actor(d, "A04", "Sweden", "state", ["Kingdom of Sweden", "Sweden"],
              ["Kingdom of Sweden"]),
        actor(d, "A05", mea, "organization", ["Ministry of External Affairs"],
              ["MEA", "Ministry of External Affairs"], optional=True,
              part_of="India"),
        actor(d, "A06", "European Union", "organization",
              ["European Union", "EU"], ["EU"]),
        actor(d, "A07", "Indo-Pacific", "place", ["Indo-Pacific"]),
        actor(d, "A08", "Jammu and Kashmir", "place", ["Jammu and Kashmir"]),
        actor(d, "A09", "Ukraine", "state", ["Ukraine"]),
        actor(d, "A10", "West Asia", "place", ["West Asia"]),
        actor(d, "A11", "United Nations Security Council", "organization",
              ["United Nations Security Council", "Security Council"],
              ["UN Security Council", "UNSC"]),
        actor(d, "A12", "Leadership Group for Industry Transition",
              "organization",
              ["Leadership Group for Industry Transition", "LeadIT"],
              ["LeadIT"], optional=True),
        actor(d, "A13", "Nordic-Baltic region", "place",
              ["Nordic-Baltic region"], optional=True),
        actor(d, "A14", "India-Nordic Summit", "organization",
              ["India-Nordic Summit"], optional=True),
        actor(d, "A15", "New Delhi", "place", ["New Delhi"], optional=True,
              accept={"New Delhi": ["India"]}),
        actor(d, "A16", "Bengaluru", "place", ["Bengaluru"], optional=True),
        actor(d, "A17", "Indian Space Research Organisation", "organization",
              ["Indian Space Research Organisation"], ["ISRO"],
              optional=True, part_of="India"),
        actor(d, "A18", "Denmark", "state", ["Denmark"], optional=True),
        actor(d, "A19", "Norway", "state", ["Norway"], optional=True),
    ]
    kw = dict(reported_via=mea, channel="meeting",
              date_basis="'held delegation-level talks … today' on the "
                         "press release's date")
    statements = [
        statement(d, "X01", eam, "The two Ministers reviewed", day,
                  para="the two Ministers reviewed the progress in bilateral "
                       "cooperation",
                  evidence=["The two Ministers reviewed the progress in "
                            "bilateral cooperation, including in trade and "
                            "investment, innovation, green transition, "
                            "defence, space and people-to-people ties."],
                  cameo="010", alternatives=[fm], about=["India", "Sweden"],
                  attribution="joint", optional=True, **kw),
        statement(d, "X02", eam, "EAM welcomed the Foreign Minister", day,
                  para="EAM welcomed the Foreign Minister",
                  evidence=["EAM welcomed the Foreign Minister"],
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[(fm, "cooperative", True)], about=[fm],
                  attribution="description", optional=True, **kw),
        statement(d, "X03", eam, "and noted that the visit", day,
                  para="the visit takes place as India and Sweden prepare "
                       "for the next India-Nordic Summit",
                  evidence=["and noted that the visit takes place as India "
                            "and Sweden prepare for the next India-Nordic "
                            "Summit."],
                  cameo="010", alternatives=["India"],
                  about=["India", "Sweden", "India-Nordic Summit"],
                  attribution="coordinated verb", **kw),
        statement(d, "X04", eam, "EAM appreciated the contribution", day,
                  para="EAM appreciated the contribution of Swedish "
                       "companies to Make in India",
                  evidence=["EAM appreciated the contribution of Swedish "
                            "companies to Make in India"],
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[("Sweden", "cooperative", False)],
                  about=["Sweden", "India"], attribution="description", **kw),
        statement(d, "X05", eam, "and invited them", day,
                  para="EAM invited Swedish companies to expand their "
                       "presence in manufacturing, particularly in clean "
                       "technologies and telecommunications",
                  evidence=["and invited them to expand their presence in "
                            "manufacturing, particularly in clean "
                            "technologies and telecommunications."],
                  cameo="020", alts=["010", "030"], alternatives=["India"],
                  targets=[("Sweden", "cooperative", False)],
                  about=["Sweden", "India"], attribution="coordinated verb",
                  **kw),
        statement(d, "X06", fm, "Foreign Minister Ekdahl briefed EAM", day,
                  para="Ekdahl briefed EAM on Sweden's priorities in the "
                       "European Union and the Nordic-Baltic region",
                  evidence=["Foreign Minister Ekdahl briefed EAM on Sweden's "
                            "priorities in the European Union and the "
                            "Nordic-Baltic region."],
                  cameo="010", alternatives=["Sweden"],
                  about=["Sweden", "European Union", "Nordic-Baltic region"],
                  optional=True, **kw),
        statement(d, "X07", fm, "She reiterated Sweden's support", day,
                  para="Sweden supports the early conclusion of the India-EU "
                       "Free Trade Agreement",
                  evidence=["She reiterated Sweden's support for the early "
                            "conclusion of the India-EU Free Trade "
                            "Agreement"],
                  cameo="051", alts=["010"], alternatives=["Sweden"],
                  targets=[("India", "cooperative", True)],
                  about=["India", "European Union"], attribution="pronoun",
                  **kw),
        statement(d, "X08", fm, "and said that Sweden sees India", day,
                  para="Sweden sees India as an indispensable partner in the "
                       "Indo-Pacific",
                  evidence=["and said that Sweden sees India as an "
                            "indispensable partner in the Indo-Pacific."],
                  cameo="051", alts=["010"], alternatives=["Sweden"],
                  targets=[("India", "cooperative", True)],
                  about=["India", "Indo-Pacific"],
                  attribution="coordinated verb", **kw),
        statement(d, "X09", eam, "The two Ministers welcomed the progress",
                  day,
                  para="the two Ministers welcomed the progress achieved "
                       "under the Leadership Group for Industry Transition",
                  evidence=["The two Ministers welcomed the progress achieved "
                            "under the Leadership Group for Industry "
                            "Transition (LeadIT), which India and Sweden "
                            "launched together in 2019"],
                  cameo="051", alts=["010"],
                  alternatives=[fm, "India", "Sweden"],
                  about=["India", "Sweden",
                         "Leadership Group for Industry Transition"],
                  attribution="joint", **kw),
        statement(d, "X10", eam, "and agreed to work towards elevating", day,
                  para="the two Ministers agreed to work towards elevating "
                       "the bilateral relationship to a Strategic "
                       "Partnership",
                  evidence=["and agreed to work towards elevating the "
                            "bilateral relationship to a Strategic "
                            "Partnership."],
                  cameo="030", alts=["036", "010"],
                  alternatives=[fm, "India", "Sweden"],
                  targets=[("Sweden", "cooperative", True),
                           ("India", "cooperative", True)],
                  about=["India", "Sweden"], attribution="joint", **kw),
        statement(d, "X11", eam, "EAM conveyed India's concerns", day,
                  para="India is concerned about cross-border terrorism",
                  evidence=["EAM conveyed India's concerns about cross-border "
                            "terrorism"],
                  cameo="010", alts=["111"], alternatives=["India"],
                  about=["India"], attribution="description", **kw),
        statement(d, "X12", eam, "and thanked Sweden", day,
                  para="EAM thanked Sweden for its solidarity following the "
                       "terrorist attack in Jammu and Kashmir last month",
                  evidence=["and thanked Sweden for its solidarity following "
                            "the terrorist attack in Jammu and Kashmir last "
                            "month."],
                  cameo="051", alts=["010"], alternatives=["India"],
                  targets=[("Sweden", "cooperative", True)],
                  about=["Sweden", "Jammu and Kashmir"],
                  attribution="coordinated verb", **kw),
        statement(d, "X13", eam, "Both Ministers condemned terrorism", day,
                  para="both Ministers condemned terrorism in all its forms "
                       "and manifestations",
                  evidence=["Both Ministers condemned terrorism in all its "
                            "forms and manifestations."],
                  cameo="111", alts=["010"],
                  alternatives=[fm, "India", "Sweden"],
                  about=["India", "Sweden"], attribution="joint", **kw),
        statement(d, "X14", fm, "Foreign Minister Ekdahl reaffirmed", day,
                  para="Sweden supports India's permanent membership of a "
                       "reformed Security Council",
                  evidence=["Foreign Minister Ekdahl reaffirmed Sweden's "
                            "support for India's permanent membership of a "
                            "reformed Security Council."],
                  cameo="051", alts=["010"], alternatives=["Sweden"],
                  targets=[("India", "cooperative", True)],
                  about=["India", "United Nations Security Council"], **kw),
    ]
    for s in statements:
        if s["id"] in ("X01", "X09", "X10", "X13"):
            s["co_speakers"] = [fm]
    statements[0]["speaker_mention"]["note"] = (
        "'reviewed' reports no words: optional (as h20)")
    statements[1]["speaker_mention"]["note"] = (
        "a greeting: optional; 'EAM' = Raghunathan")
    statements[5]["speaker_mention"]["note"] = (
        "'briefed X on …': optional")
    statements[6]["speaker_mention"]["note"] = "'She' = Ekdahl"
    statements[8]["speaker_mention"]["note"] = (
        "'The two Ministers': Raghunathan with Ekdahl as co-speaker")
    statements[12]["speaker_mention"]["note"] = (
        "'Both Ministers': Raghunathan with Ekdahl as co-speaker")
    relationships = [
        relationship("R01", "Strategic Partnership", ["India", "Sweden"],
                     False, [eam, fm], ["X10"],
                     ["strategic partnership", "partnership"], date=day),
        relationship("R02", "indispensable partner", ["Sweden", "India"],
                     False, [fm], ["X08"], ["partner", "partners"],
                     date=day),
        relationship("R03", "bilateral relationship", ["India", "Sweden"],
                     False, [eam, fm], ["X10"], ["relationship"],
                     optional=True),
    ]
    relationships[0]["modality"] = "intended"
    events = [
        event("E01", "Raghunathan-Ekdahl talks in New Delhi", day, [eam, fm]),
        event("E02", "Ekdahl's official visit to India", "2027-01-07",
              [fm, "India"]),
        event("E03", "launch of LeadIT", "2019", ["India", "Sweden"],
              optional=True),
        event("E04", "terrorist attack in Jammu and Kashmir", "2026-12",
              ["Jammu and Kashmir"], optional=True),
        event("E05", "Ekdahl's visit to Bengaluru", "2027-01-09",
              [fm, "Bengaluru"], optional=True),
    ]
    events[1]["end_date"] = "2027-01-09"
    timexes = [timex(d, "January 7-9, 2027", "2027-01-07/2027-01-09",
                     kind="interval"),
               timex(d, "January 08, 2027", day),
               timex(d, "7-9 January 2027", "2027-01-07/2027-01-09",
                     kind="interval"),
               timex(d, "today", day),
               timex(d, "in 2019", "2019"),
               timex(d, "last month", "2026-12"),
               timex(d, "on 9 January", "2027-01-09"),
               timex(d, "January 08, 2027", day, after="New Delhi\n"),
               timex(d, "December 14-17, 2026", "2026-12-14/2026-12-17",
                     kind="interval")]
    write(d, day, "meeting readout (foreign ministry press release)",
          actors, statements, relationships, events, timexes)


def h85():
    d = Doc("h85_joint")
    day = "2027-01-08"
    jp = "MORISHITA Kenichi"
    png = "Jonah Kaupa Raiape"
    actors = [
        actor(d, "A01", "Japan", "state", ["Japan"], ["Government of Japan"]),
        actor(d, "A02", "Papua New Guinea", "state",
              ["Papua New Guinea", "Independent State of Papua New Guinea"],
              ["PNG", "Independent State of Papua New Guinea"]),
        actor(d, "A03", jp, "person", [jp, "Morishita"],
              ["Kenichi Morishita", "Morishita Kenichi",
               "Prime Minister Morishita"],
              affiliations=[("Japan", "Prime Minister")]),
        actor(d, "A04", png, "person", [png, "Raiape"],
              ["Jonah Raiape", "Prime Minister Raiape"],
              affiliations=[("Papua New Guinea", "Prime Minister")]),
        actor(d, "A05", "Ministry of Foreign Affairs (Japan)",
              "organization", ["Ministry of Foreign Affairs of Japan"],
              ["Ministry of Foreign Affairs of Japan", "MOFA"],
              optional=True, part_of="Japan"),
        actor(d, "A06", "Pacific Islands region", "place",
              ["Pacific Islands region"], optional=True),
        actor(d, "A07", "Pacific", "place", ["Pacific"], optional=True),
        actor(d, "A08", "Japan Self-Defense Forces", "organization",
              ["Japan Self-Defense Forces"], ["JSDF"], optional=True,
              part_of="Japan"),
        actor(d, "A09", "Papua New Guinea Defence Force", "organization",
              ["Papua New Guinea Defence Force"], ["PNGDF"], optional=True,
              part_of="Papua New Guinea"),
        actor(d, "A10", "Pacific Islands Leaders Meeting", "organization",
              ["Pacific Islands Leaders Meeting", "PALM11"], ["PALM"],
              optional=True),
        actor(d, "A11", "Tokyo", "place", ["Tokyo"], optional=True,
              accept={"Tokyo": ["Japan"]}),
        actor(d, "A12", "Port Moresby", "place", ["Port Moresby"],
              optional=True, accept={"Port Moresby": ["Papua New Guinea"]}),
        actor(d, "A13", "Oceania", "place", ["Oceania"], optional=True),
        actor(d, "A14", "Cabinet Public Affairs Office", "organization",
              ["Cabinet Public Affairs Office"], optional=True,
              part_of="Japan"),
    ]
    t = d.text
    first = "1. Bilateral relations"
    last = "in April 2027."
    i, j = t.index(first), t.index(last) + len(last)
    whole = t[i:j]
    paras = [p for p in whole.split("\n\n") if p.startswith("(")]
    assert len(paras) == 6
    both = ["Papua New Guinea", jp, png]
    statements = [
        statement(d, "J01", "Japan", "issued the following joint statement",
                  day, quote=whole, cameo="030",
                  alts=["057", "051", "036", "010"], alternatives=both,
                  targets=[("Papua New Guinea", "cooperative", True),
                           ("Japan", "cooperative", True)],
                  about=["Japan", "Papua New Guinea", "Pacific",
                         "Pacific Islands Leaders Meeting"],
                  channel="joint statement", attribution="joint",
                  date_basis="the introduction's 'On January 8, the two "
                             "Prime Ministers held a summit meeting in Tokyo "
                             "and issued'"),
    ]
    statements[0]["co_speakers"] = ["Papua New Guinea"]
    statements[0]["quote_marks"] = "none (document text)"
    statements[0]["segments"] = [
        dict(zip(("quote", "span", "byte_span"), (p, *d.span(p))))
        for p in paras]
    statements[0]["speaker_mention"]["note"] = (
        "the statement of Japan and Papua New Guinea (Japan with Papua New "
        "Guinea as co-speaker, the two prime ministers accepted), its words "
        "the three headed sections with their six numbered paragraphs, one "
        "segment per paragraph (paragraphs (2) and (4), each side's own, "
        "included); the title and the introduction that names the visit "
        "and ends 'issued the following joint statement.' are not in it")
    relationships = [
        relationship("R01", "Comprehensive Strategic Partnership",
                     ["Japan", "Papua New Guinea"], False,
                     ["Japan", "Papua New Guinea"], ["J01"],
                     ["strategic partnership", "partnership"], date=day),
        relationship("R02", "friendship", ["Japan", "Papua New Guinea"],
                     False, ["Japan", "Papua New Guinea"], ["J01"],
                     ["friendship"], optional=True),
        relationship("R03", "diplomatic relations",
                     ["Japan", "Papua New Guinea"], False,
                     ["Japan", "Papua New Guinea"], ["J01"],
                     ["relations"], optional=True),
    ]
    events = [
        event("E01", "Japan-Papua New Guinea summit meeting in Tokyo", day,
              [jp, png]),
        event("E02", "official visit of Prime Minister Raiape to Japan",
              "2027-01-07", [png, "Japan"]),
        event("E03", "establishment of diplomatic relations", "1975",
              ["Japan", "Papua New Guinea"], optional=True),
        event("E04", "11th Pacific Islands Leaders Meeting", None,
              ["Pacific Islands Leaders Meeting"], optional=True),
        event("E05", "opening of a direct air route between Tokyo and Port "
              "Moresby", "2027-04", ["Japan", "Papua New Guinea"],
              optional=True),
    ]
    events[1]["end_date"] = "2027-01-09"
    timexes = [timex(d, "January 8, 2027", day),
               timex(d, "from January 7 to 9, 2027", "2027-01-07/2027-01-09",
                     kind="interval"),
               timex(d, "On January 8", day),
               timex(d, "in 1975", "1975"),
               timex(d, "over more than a decade", "P10Y", kind="duration"),
               timex(d, "in April 2027", "2027-04"),
               timex(d, "January 8, 2027", day, after="Related Links")]
    write(d, day, "joint statement (foreign ministry page)", actors,
          statements, relationships, events, timexes)


if __name__ == "__main__":
    h1()
    h2()
    h3()
    h4()
    h5()
    h6()
    h7()
    h8()
    h9()
    h10()
    h11()
    h12()
    h13()
    h14()
    h15()
    h16()
    h17()
    h18()
    h19()
    h20()
    h21()
    h22()
    h23()
    h24()
    h25()
    h26()
    h27()
    h28()
    h29()
    h30()
    h31()
    h32()
    h33()
    h34()
    h35()
    h36()
    h37()
    h38()
    h39()
    h40()
    h41()
    h42()
    h43()
    h44()
    h45()
    h46()
    h47()
    h48()
    h49()
    h50()
    h51()
    h52()
    h53()
    h54()
    h55()
    h56()
    h57()
    h58()
    h59()
    h60()
    h61()
    h62()
    h63()
    h64()
    h65()
    h66()
    h67()
    h68()
    h69()
    h70()
    h71()
    h72()
    h73()
    h74()
    h75()
    h76()
    h77()
    h78()
    h79()
    h80()
    h81()
    h82()
    h83()
    h84()
    h85()
