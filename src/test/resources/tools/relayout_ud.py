#!/usr/bin/env python3
"""Cleanup and segmentation on PDF-like layouts of text with gold sentences (UD CoNLL-U).

The sentences of a treebank split (use a dev split: ru_gsd or ru_taiga dev) are cut into
articles of 40 sentences, laid out as relayout_seeds.py does (78 columns, half of the line-end
words hyphenated at a random syllable or at their own hyphen, a page number and a running header
every 45 lines) and segmented by Tandem. Printed per random seed: F1 against the gold sentences,
F1 of the same text given as plain paragraphs (one per line, no layout) so that what the layout
costs shows apart, and how many words did not come back whole.

Usage (repository root, jar built):
  python3 src/test/resources/tools/relayout_ud.py ../shared/benchmarks/ud/ru_gsd/ru_gsd-ud-dev.conllu [RANDOM_SEED ...]
"""
import collections, os, random, re, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relayout_seeds import layout, boundaries  # noqa: E402


# RELAYOUT_WIDTH=40 RELAYOUT_HYPHENS=1.0 hyphenate every line-end word that can be: a dehyphenation test
WIDTH = int(os.environ.get('RELAYOUT_WIDTH', '78'))
HYPHEN_RATE = float(os.environ.get('RELAYOUT_HYPHENS', '0.5'))
# RELAYOUT_PAGE=tight|formfeed: page furniture with no blank lines around it, or pdftotext's form
# feed and a header; RELAYOUT_GAPS=0: no blank line between paragraphs
PAGE_BREAK = os.environ.get('RELAYOUT_PAGE', 'blank')
PARAGRAPH_GAP = os.environ.get('RELAYOUT_GAPS', '1') != '0'



def segment_many(texts):
    """Segments each text with one JVM per text; returns a list of sentence lists."""
    out = []
    for t in texts:
        with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as f:
            f.write(t)
        r = subprocess.run(['java', '-jar', os.environ.get('TANDEM_JAR', 'target/tandem.jar'), 'segment', f.name], capture_output=True, text=True, check=True)
        os.unlink(f.name)
        out.append([l.strip() for l in r.stdout.split('\n') if l.strip()])
    return out


def sentences(conllu):
    with open(conllu, encoding='utf-8') as f:
        return [l[len('# text = '):].strip() for l in f if l.startswith('# text = ')]


def score(gold, got):
    g, o = boundaries(gold), boundaries(got)
    tp = len(g & o)
    return tp, len(g), len(o)


def main():
    conllu = sys.argv[1]
    seeds = [int(a) for a in sys.argv[2:]] or [7]
    sents = sentences(conllu)
    articles = [sents[i:i + 40] for i in range(0, len(sents), 40)]
    plain = segment_many(['\n'.join(' '.join(a[j:j + 4]) for j in range(0, len(a), 4)) + '\n' for a in articles])
    for rs in seeds:
        rnd = random.Random(rs)
        texts = [layout(a, rnd, width=WIDTH, hyphen_rate=HYPHEN_RATE, page_break=PAGE_BREAK, paragraph_gap=PARAGRAPH_GAP) for a in articles]
        laid = segment_many(texts)
        totals = {'layout': [0, 0, 0], 'plain': [0, 0, 0]}
        changed = collections.Counter()
        for a, p, l in zip(articles, plain, laid):
            for name, got in (('plain', p), ('layout', l)):
                t = score(a, got)
                totals[name] = [x + y for x, y in zip(totals[name], t)]
            changed += collections.Counter(' '.join(a).split()) - collections.Counter(' '.join(l).split())
        for name in ('plain', 'layout'):
            tp, ng, no = totals[name]
            pr, rc = tp / no, tp / ng
            print(f'seed {rs} {name}: P={pr:.4f} R={rc:.4f} F1={2 * pr * rc / (pr + rc):.4f}')
        hyphenated = sum(t.count('-\n') for t in texts)
        print(f'seed {rs} line-end hyphens: {hyphenated}; words not whole after layout: {sum(changed.values())} {sorted(changed)[:40]}')


if __name__ == '__main__':
    main()
