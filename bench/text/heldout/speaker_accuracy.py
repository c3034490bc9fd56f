#!/usr/bin/env python3
"""Speaker attribution of located statements, a figure score.py does not give
(its statement match already requires the right speaker).

    python3 bench/text/heldout/speaker_accuracy.py GOLD_DIR PRED_DIR [DOC ...]

A required gold statement is located when a predicted statement shares most
of its words: at least half of the prediction's word tokens occur in the
gold's quote, paraphrase or evidence, and at least half of the gold quote's
(else paraphrase's) tokens occur in the prediction. Among located
statements, the speaker is right when the predicted speaker's name is the
gold speaker, a speaker alternative or a co-speaker (or one of their
canonical names, match names or aliases). Prints located / right per
document and in total.
"""

import json
import os
import re
import sys
import unicodedata


def toks(s):
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return set(re.findall(r"\w+", s))


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").casefold().replace(".", "")
    s = re.sub(r"^the ", "", s.strip())
    return re.sub(r"'s$", "", s)


def names_of(gold, canon):
    out = {norm(canon)}
    for a in gold["actors"]:
        if a["canonical_name"] == canon:
            out |= {norm(n) for n in a["aliases"] + a["match_names"]}
    return out


def main():
    gdir, pdir = sys.argv[1], sys.argv[2]
    docs = sys.argv[3:] or sorted(f[:-10] for f in os.listdir(gdir)
                                  if f.endswith(".gold.json"))
    tl = tr = 0
    for doc in docs:
        gold = json.load(open(os.path.join(gdir, doc + ".gold.json")))
        pf = os.path.join(pdir, doc + ".pred.json")
        pred = json.load(open(pf)) if os.path.exists(pf) else {}
        preds = pred.get("statements", [])
        located = right = 0
        for g in gold["statements"]:
            if g.get("optional"):
                continue
            gt = toks(g.get("quote")) | toks(g.get("paraphrase"))
            for e in g.get("evidence", []):
                gt |= toks(e["text"])
            core = toks(g.get("quote")) or toks(g.get("paraphrase"))
            ok = None
            for p in preds:
                pt = toks(p.get("quote")) or toks(p.get("paraphrase"))
                if not pt or not core:
                    continue
                if (len(pt & gt) * 2 >= len(pt)
                        and len(core & pt) * 2 >= len(core)):
                    speakers = set()
                    for c in ([g["speaker"]] + g.get("speaker_alternatives",
                                                     [])
                              + g.get("co_speakers", [])):
                        speakers |= names_of(gold, c)
                    hit = norm(p.get("speaker")) in speakers
                    ok = hit if ok is None else (ok or hit)
            if ok is not None:
                located += 1
                right += ok
        tl += located
        tr += right
        print(f"{doc}: {right}/{located} located statements with the right "
              f"speaker")
    print(f"total: {tr}/{tl} = {tr / tl if tl else 0:.3f}")


if __name__ == "__main__":
    main()
