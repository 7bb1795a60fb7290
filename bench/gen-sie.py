#!/usr/bin/env python3
"""Writes a fictional SIE 4 file of a large association's year: 60 000 vouchers, about 275 000 #TRANS rows (~20 MB).
Usage: bench/gen-sie.py OUT.se [VOUCHERS]"""
import random
import sys

out = sys.argv[1]
vouchers = int(sys.argv[2]) if len(sys.argv) > 2 else 60000
random.seed(2025)
accounts = [3010, 3020, 3990] + list(range(5010, 5090, 4)) + list(range(6010, 6990, 20)) + list(range(7010, 7700, 30))
with open(out, 'w', encoding='cp437', newline='\r\n') as f:
    f.write('#FLAGGA 0\n#PROGRAM "Samordna bench" 1\n#FORMAT PC8\n#GEN 20260110\n#SIETYP 4\n#FNAMN "Benchförbundet"\n')
    f.write('#ORGNR 222000-9999\n#RAR 0 20250101 20251231\n#KONTO 1930 "Bank"\n')
    for a in accounts:
        f.write('#KONTO %d "Konto %d åäö"\n' % (a, a))
    f.write('#DIM 1 "Kostnadsställe"\n#DIM 6 "Projekt"\n#IB 0 1930 1500000.00\n')
    rows = 0
    for v in range(1, vouchers + 1):
        month = 1 + (v * 12) // (vouchers + 1)
        day = 1 + v % 28
        f.write('#VER A %d 2025%02d%02d "Verifikation %d"\n{\n' % (v, month, day, v))
        n = 5 if v % 50 < 29 else 4
        total = 0
        for _ in range(n - 1):
            a = random.choice(accounts)
            amount = random.randint(100, 5000000)
            if a < 4000:
                amount = -amount
            total += amount
            f.write('#TRANS %d {1 "%d" 6 "%d"} %d.%02d 2025%02d%02d "Fakturarad %d"\n' % (a, 100 + a % 7, 200 + a % 13, amount // 100, amount % 100, month, day, v) if amount >= 0
                    else '#TRANS %d {} -%d.%02d 2025%02d%02d "Inbetalning %d"\n' % (a, (-amount) // 100, (-amount) % 100, month, day, v))
        f.write('#TRANS 1930 {} %s%d.%02d\n}\n' % ('-' if total > 0 else '', abs(total) // 100, abs(total) % 100))
        rows += n
print(out, vouchers, 'vouchers', rows, 'transactions')
