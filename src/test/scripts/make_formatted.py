#!/usr/bin/python3
"""Typeset articles with known italic and bold words, for measuring how many a PDF reading finds.
Usage: make_formatted.py GOLD.sentences.txt OUTDIR SEED
  -> OUTDIR/NAME-tex1.pdf, NAME-tex2.pdf (pdfLaTeX with cm-super type, whose Cyrillic has italic and bold — Latin Modern has none and sets them upright; one and two columns), NAME-lo.pdf
     (pandoc DOCX typeset by LibreOffice), NAME.docx, and NAME.formatted.tsv: every word of the body in
     order, TAB, its formatting (i, b or -). About one word in eight is set in italic or bold, in runs of
     one to three words, as emphasis, titles and terms are in articles."""
import os, random, re, subprocess, sys, tempfile
gold, out, seed = sys.argv[1:4]
rnd = random.Random(int(seed)); name = os.path.basename(gold)[:3] + '-fmt'
sents = [l.strip() for l in open(gold, encoding='utf-8') if l.strip()]
title, body = sents[0], [s for s in sents[1:] if re.search(r'[.!?…»")]$', s)]
paras = []
while body:
    n = rnd.randint(3, 6); paras.append(body[:n]); body = body[n:]
# each paragraph: a list of (word, fmt)
marked = []
for p in paras:
    words = ' '.join(p).split()
    fmts = ['-'] * len(words)
    i = 0
    while i < len(words):
        if rnd.random() < 0.05 and re.match(r'^[«(]?[\w-]+[»),.;:]?$', words[i]):
            f = rnd.choice('ib'); k = rnd.randint(1, 3)
            for j in range(i, min(len(words), i + k)):
                if re.match(r'^[«(]?[\w-]+[»),.;:]?$', words[j]): fmts[j] = f
                else: break
            i += k + 2
        else:
            i += 1
    marked.append(list(zip(words, fmts)))
def tex_escape(s): return re.sub(r'([%$&#_{}])', r'\\\1', s)
def md_escape(s): return re.sub(r'([\\*_`\[\]#<>|~^$])', r'\\\1', s)
def render(words, wrap, esc):
    out, i = [], 0
    while i < len(words):
        w, f = words[i]
        if f == '-': out.append(esc(w)); i += 1; continue
        j = i
        while j < len(words) and words[j][1] == f: j += 1
        run = [esc(x[0]) for x in words[i:j]]
        # punctuation after the last word stays outside the run, as authors set it
        m = re.match(r'^(.*?)([»),.;:]*)$', run[-1]); run[-1] = m.group(1)
        pre = re.match(r'^([«(]*)(.*)$', run[0]); lead = pre.group(1); run[0] = pre.group(2)
        out.append(lead + wrap(f, ' '.join(run)) + m.group(2)); i = j
    return ' '.join(out)
os.makedirs(out, exist_ok=True)
for layout, two in (('tex1', False), ('tex2', True)):
    doc = [r'\documentclass[10pt,a4paper%s]{article}' % (',twocolumn' if two else ''),
           r'\usepackage[T1,T2A]{fontenc}', r'\usepackage[utf8]{inputenc}', r'\usepackage[english,russian]{babel}',
           r'\usepackage[margin=2cm]{geometry}', r'\begin{document}',
           r'\section*{%s}' % tex_escape(title)]
    for p in marked:
        doc += [render(p, lambda f, t: (r'\textit{%s}' if f == 'i' else r'\textbf{%s}') % t, tex_escape), '']
    doc.append(r'\end{document}')
    with tempfile.TemporaryDirectory() as t:
        open(f'{t}/a.tex', 'w', encoding='utf-8').write('\n'.join(doc))
        for _ in range(2): r = subprocess.run(['pdflatex', '-interaction=nonstopmode', 'a.tex'], cwd=t, capture_output=True)
        if not os.path.exists(f'{t}/a.pdf'): sys.exit('pdflatex failed: ' + r.stdout[-800:].decode('utf-8', 'replace'))
        os.replace(f'{t}/a.pdf', f'{out}/{name}-{layout}.pdf')
with tempfile.TemporaryDirectory() as t:
    md = ['# ' + md_escape(title), ''] + [render(p, lambda f, x: ('*%s*' if f == 'i' else '**%s**') % x, md_escape) + '\n' for p in marked]
    open(f'{t}/a.md', 'w', encoding='utf-8').write('\n'.join(md))
    subprocess.run(['pandoc', '-f', 'markdown-smart-auto_identifiers-tex_math_dollars-raw_tex-raw_html', '-o', f'{t}/a.docx', f'{t}/a.md'], check=True)
    subprocess.run(['soffice', f'-env:UserInstallation=file://{t}/lo', '--headless', '--convert-to', 'pdf', '--outdir', t, f'{t}/a.docx'], check=True, capture_output=True)
    os.replace(f'{t}/a.docx', f'{out}/{name}.docx'); os.replace(f'{t}/a.pdf', f'{out}/{name}-lo.pdf')
with open(f'{out}/{name}.formatted.tsv', 'w', encoding='utf-8') as f:
    for p in marked:
        for w, fm in p: f.write(f'{w}\t{fm}\n')
print(name, sum(1 for p in marked for _, fm in p if fm != '-'), 'formatted words of', sum(len(p) for p in marked))
