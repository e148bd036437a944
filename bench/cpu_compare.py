#!/usr/bin/env python3
"""cpu_compare.py: CPU seconds of several lede builds (and Resiliparse) on
the same pages, timed in one run, so their ratios compare on a shared,
loaded machine where separate runs do not.

    bench/cpu_compare.py [--lede LABEL=PATH[:ARGS]]... [--rounds 3]
                         [--list bench/cache/pages/trafilatura-eval.list]
                         [--no-resiliparse] [--core 0]

Each round runs every command once over the list and once over an empty
list, pinned to one core (`taskset -c CORE`), in the same order; a
command's time is the median of its full runs less the median of its
empty runs (start-up), in CPU seconds (user + system, from wait4), as
bench/run.py times them. ARGS after a ':' are extra lede options
(`--lede q=build/lede:--quotes`). Resiliparse runs through the same
adapter as bench/run.py (bench/.venv from bench/setup.sh). The default list
is the one bench/run.py unpacks (run it once first). Default commands:
build/lede, and build/lede --quotes.

Prints per command: CPU seconds, pages per CPU-second, and Resiliparse's
CPU seconds over the command's (lede x)."""
import argparse, os, statistics, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def cpu_of(cmd, listfile, core):
    """CPU seconds of one run of CMD LISTFILE, output discarded."""
    full = (["taskset", "-c", str(core)] if core is not None else []) + cmd + [listfile]
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    p = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         stdin=subprocess.DEVNULL, env=env, cwd=ROOT)
    _, _, ru = os.wait4(p.pid, 0)
    return ru.ru_utime + ru.ru_stime


def lede_cmd(spec):
    """LABEL=PATH[:ARGS] -> (label, command without the list file)."""
    label, _, rest = spec.partition("=")
    path, _, args = rest.partition(":")
    return label, [os.path.abspath(path)] + args.split() + ["--format", "jsonl", "--input-list"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", action="append", help="LABEL=PATH[:ARGS] (repeatable)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--list", default=os.path.join(HERE, "cache", "pages", "trafilatura-eval.list"))
    ap.add_argument("--no-resiliparse", action="store_true")
    ap.add_argument("--core", type=int, default=0)
    a = ap.parse_args()
    if not os.path.isfile(a.list):
        ap.error(f"{a.list} not found: run bench/run.py --sets trafilatura-eval --tools lede once")
    specs = a.lede or ["lede=build/lede", "lede --quotes=build/lede:--quotes"]
    cmds = dict(lede_cmd(s) for s in specs)
    if not a.no_resiliparse:
        cmds["resiliparse"] = [os.path.join(HERE, ".venv", "bin", "python"),
                               os.path.join(HERE, "adapters", "py_peer.py"), "resiliparse"]
    with open(a.list, encoding="utf-8") as f:
        pages = sum(1 for line in f if line.strip())
    with tempfile.NamedTemporaryFile("w", suffix=".list", delete=False) as e:
        empty = e.name
    try:
        full = {k: [] for k in cmds}
        start = {k: [] for k in cmds}
        for _ in range(a.rounds):
            for k, c in cmds.items():
                start[k].append(cpu_of(c, empty, a.core))
                full[k].append(cpu_of(c, a.list, a.core))
    finally:
        os.unlink(empty)
    batch = {k: max(1e-9, statistics.median(full[k]) - statistics.median(start[k])) for k in cmds}
    print(f"{pages} pages, {a.rounds} rounds on core {a.core}, load average {os.getloadavg()[0]:.1f}")
    for k in cmds:
        ratio = f"  x{batch['resiliparse'] / batch[k]:.2f}" if "resiliparse" in batch else ""
        print(f"{k:28} {batch[k]:7.3f} CPU s  {pages / batch[k]:7.0f} pages/s{ratio}"
              f"  runs {[round(x, 3) for x in full[k]]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
