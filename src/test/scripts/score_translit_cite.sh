#!/usr/bin/env bash
# transliterate and cite against ../shared/benchmarks (translit: expected/SCHEME.txt line for line,
# apostrophe and prime variants equal; cite: score.py on dev.tsv's first column).
# Usage: bash src/test/scripts/score_translit_cite.sh [../shared/benchmarks]
set -euo pipefail
B=${1:-../shared/benchmarks}
JAR=${JAR:-$(pwd)/target/tandem.jar}
W=$(mktemp -d)
for s in wikipedia bgn_pcgn ala_lc ala_lc_alt bs_2979_alt gost_779_alt gost_7034 scientific; do
  java -jar "$JAR" transliterate --scheme "$s" "$B/translit/ru.txt" > "$W/$s.txt"
  python3 - "$W/$s.txt" "$B/translit/expected/$s.txt" "$s" <<'PY'
import sys
n = lambda x: x.translate(str.maketrans({'’': "'", 'ʹ': "'", 'ʼ': "'", '”': '"', 'ʺ': '"'}))
got = open(sys.argv[1], encoding='utf-8').read().rstrip('\n').split('\n')
exp = open(sys.argv[2], encoding='utf-8').read().rstrip('\n').split('\n')
ok = sum(1 for a, b in zip(got, exp) if n(a) == n(b))
print(f"{sys.argv[3]:13} {ok}/{len(exp)} = {ok / len(exp):.4f}")
PY
done
cut -f1 "$B/cite/dev.tsv" | java -jar "$JAR" cite > "$W/cite.txt"
echo "cite dev.tsv: $(python3 "$B/cite/score.py" "$B/cite/dev.tsv" "$W/cite.txt")"
rm -rf "$W"
