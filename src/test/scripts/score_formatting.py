#!/usr/bin/python3
"""Recall and precision of italic and bold words read from a file, against NAME.formatted.tsv.
Usage: score_formatting.py NAME.formatted.tsv SEGMENTS.txt   (SEGMENTS.txt: `segment --footnotes FILE`, codes kept)
A word counts as formatted when most of its letters stand inside ⟨i⟩…⟨/i⟩ (or ⟨b⟩…⟨/b⟩); words are matched
in order (difflib) on their letters, so a heading or a word the reading lost costs nothing here."""
import difflib, re, sys
gold = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8') if '\t' in l]
text = open(sys.argv[2], encoding='utf-8').read()
read = []  # (word letters, fmt)
state = {'i': False, 'b': False}
for tok in re.findall(r'⟨/?(?:b|i|u|sup|sub)⟩|\S+?(?=⟨|\s|$)|\s+', text):
    m = re.match(r'⟨(/?)(b|i|u|sup|sub)⟩', tok)
    if m:
        if m.group(2) in state: state[m.group(2)] = not m.group(1)
        continue
    if tok.isspace(): continue
    letters = re.sub(r'[^\w]', '', tok).lower()
    if not letters: continue
    f = 'b' if state['b'] else 'i' if state['i'] else '-'
    if read and read[-1][2]:  # a word split by a code mid-word: join
        pass
    read.append([letters, f, False])
# glue pieces of one word cut by a code ("сло⟨i⟩во"): rare; ignored
g = [re.sub(r'[^\w]', '', w).lower() for w, _ in gold]
r = [x[0] for x in read]
sm = difflib.SequenceMatcher(a=g, b=r, autojunk=False)
tp = {'i': 0, 'b': 0}; fn = {'i': 0, 'b': 0}; fp = {'i': 0, 'b': 0}; matched = 0
for a, b, n in sm.get_matching_blocks():
    for k in range(n):
        matched += 1
        gf = gold[a + k][1]; rf = read[b + k][1]
        for f in 'ib':
            if gf == f and rf == f: tp[f] += 1
            elif gf == f: fn[f] += 1
            elif rf == f: fp[f] += 1
def pr(f):
    p = tp[f] / (tp[f] + fp[f]) if tp[f] + fp[f] else 1.0
    rc = tp[f] / (tp[f] + fn[f]) if tp[f] + fn[f] else 1.0
    return f'{f}: recall {rc:.3f} ({tp[f]}/{tp[f] + fn[f]}) precision {p:.3f}'
print(f'words matched {matched}/{len(gold)}; ' + '; '.join(pr(f) for f in 'ib'))
