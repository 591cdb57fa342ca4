"""One line format for every benchmark's figures, so bench/run_all.py can print one table.

    report("serve 100000x128 tensor, first load", 0.27, builtin=0.17, unit="s")
prints `RESULT<TAB>name<TAB>ours<TAB>builtin-or-empty<TAB>unit<TAB>better` on stdout, where
`better` says which way is good ("lower" for times, "higher" for rates).
"""


def report(name, ours, builtin=None, unit="s", better="lower"):
    print("RESULT\t%s\t%.6g\t%s\t%s\t%s" % (name, ours, "" if builtin is None else "%.6g" % builtin, unit, better),
          flush=True)
