#!/usr/bin/env python3
"""Robustness check of cleanup and segmentation on PDF-like layout.

Segments each seed with Tandem, lays the sentences out again as a PDF extraction would
(paragraphs of 2-6 sentences, headings alone, wrapped at 78 columns, half of the line-end words hyphenated at a
random syllable, a page number and a running header every 45 lines), segments that text and
compares: sentence boundaries by the letters and digits before them, and whether every word
comes back whole.

Usage (repository root, jar built; TANDEM_JAR=path uses another jar): python3 src/test/resources/tools/relayout_seeds.py [RANDOM_SEED ...]
RELAYOUT_PAGE=tight (no blank lines around page number and header) or formfeed (pdftotext's form
feed and a title for a header, no number); RELAYOUT_GAPS=0: no blank line between paragraphs.
"""
import collections, os, random, re, subprocess, sys, tempfile

VOWELS = 'аеёиоуыэюяАЕЁИОУЫЭЮЯ'


def segment(path):
    out = subprocess.run(['java', '-jar', os.environ.get('TANDEM_JAR', 'target/tandem.jar'), 'segment', path], capture_output=True, text=True, check=True)
    return [l.strip() for l in out.stdout.split('\n') if l.strip()]


def hyphenate(word, rnd):
    # a compound breaks at its own hyphen, which stays: северо-\nзападный
    c = re.match(r'^([«"(]*[А-Яа-яЁё]+-)([А-Яа-яЁё]+[,.;:»")]*)$', word)
    if c and len(c.group(1)) > 2:
        return c.group(1), c.group(2)
    m = re.match(r'^([«"(]*)([А-Яа-яЁё]+)([,.;:»")]*)$', word)
    if not m or len(m.group(2)) < 6:
        return None
    w = m.group(2)
    cuts = [k for k in range(2, len(w) - 2) if w[k - 1] in VOWELS and w[k] not in 'ьъй']
    if not cuts:
        return None
    k = rnd.choice(cuts)
    return m.group(1) + w[:k] + '-', w[k:] + m.group(3)


def layout(sentences, rnd, width=78, page_lines=45, hyphen_rate=0.5, page_break='blank', paragraph_gap=True):
    """page_break: 'blank' (page number and header set apart by blank lines), 'tight' (no blank
    lines anywhere around them) or 'formfeed' (pdftotext: a form feed and the header, no number);
    paragraph_gap: a blank line between paragraphs (else nothing marks them but their short last line)."""
    # headings, labels and web addresses (no sentence punctuation at the end) stand alone, as in print
    paragraphs, i = [], 0
    while i < len(sentences):
        n = rnd.randint(2, 6)
        group = []
        while i < len(sentences) and len(group) < n:
            alone = not re.search(r'[.!?…;"»)\]\d]$', sentences[i]) or sentences[i].endswith(':')
            if alone:
                if group:
                    break
                group.append(sentences[i])
                i += 1
                break
            group.append(sentences[i])
            i += 1
        paragraphs.append(' '.join(group))
    lines = []
    for p in paragraphs:
        words, cur = p.split(' '), ''
        while words:
            w = words.pop(0)
            if not cur:
                cur = w
            elif len(cur) + 1 + len(w) <= width:
                cur += ' ' + w
            else:
                h = hyphenate(w, rnd) if rnd.random() < hyphen_rate else None
                if h and len(cur) + 1 + len(h[0]) <= width:
                    lines.append(cur + ' ' + h[0])
                    cur = h[1]
                else:
                    lines.append(cur)
                    cur = w
        lines += [cur, ''] if paragraph_gap else [cur]
    out, page = [], 1
    header = 'Вестник исторических исследований. 2024. № 1'
    for k, line in enumerate(lines):
        out.append(line)
        if k and k % page_lines == 0:
            page += 1
            if page_break == 'tight':
                out += [str(page), header]
            elif page_break == 'formfeed':
                # a title for a header: nothing but its place tells it from a heading
                out += ['\fОчерки истории международных отношений']
            else:
                out += ['', str(page), '', header, '']
    return '\n'.join(out) + '\n'


def boundaries(sentences):
    b, n = set(), 0
    for s in sentences:
        n += len(re.sub(r'[^\w]', '', s))
        b.add(n)
    return b


def main():
    seeds = [int(a) for a in sys.argv[1:]] or [7, 11]
    files = sorted(f for f in os.listdir('seeds') if f.endswith('.txt'))
    for rs in seeds:
        for f in files:
            gold = segment(os.path.join('seeds', f))
            with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as t:
                t.write(layout(gold, random.Random(rs), page_break=os.environ.get('RELAYOUT_PAGE', 'blank'),
                               paragraph_gap=os.environ.get('RELAYOUT_GAPS', '1') != '0'))
            got = segment(t.name)
            os.unlink(t.name)
            g, o = boundaries(gold), boundaries(got)
            tp = len(g & o)
            p, r = tp / len(o), tp / len(g)
            lost = collections.Counter(' '.join(gold).split()) - collections.Counter(' '.join(got).split())
            print(f'seed {rs} {f}: P={p:.4f} R={r:.4f} F1={2 * p * r / (p + r):.4f} words changed: {sum(lost.values())}')


if __name__ == '__main__':
    main()
