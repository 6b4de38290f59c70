#!/usr/bin/env python3
"""Compare fresh criterion results with benches/baseline.json and print one line per bench.

    python3 benches/compare.py [--criterion DIR] [--baseline FILE] [--since EPOCH]
                               [--mem FILE] [--extra FILE ...] [--factor 5] [--write-baseline]

Reads every `<criterion dir>/**/new/benchmark.json` + `estimates.json` (median) written by
`cargo bench --bench throughput`, optionally the JSON written by the `mem_probe` bench
(BENCH_MEM_JSON), and any number of --extra files of the form
`{"figures": {"<bench id>": {"value": 12.3, "unit": "MB/s"}, ...}}` (the `annotate_jsonl`
bench writes one: BENCH_JSONL_JSON). Text benches are reported in MB/s (10^6 bytes of
original input per second; criterion's own output says MiB/s), build benches in ms, memory
in MB. Ids: `<bench>/<size>` on the dense corpus, `<bench>/news_<size>` on the news corpus.

Exit status 1 when a bench listed in the baseline is missing (or older than --since), or
is more than --factor times worse than its baseline (throughput lower, time or memory
higher). A coarse tripwire: noise does not trip it, a quadratic path or a per-character
allocation does. --write-baseline replaces the baseline's figures with the fresh ones.
Standard library only.
"""

import argparse
import json
import os
import sys


def load_fresh(criterion_dir, since):
    """{bench id: (value, unit)}, unit 'MB/s' or 'ms'."""
    fresh = {}
    for root, _dirs, files in os.walk(criterion_dir):
        if os.path.basename(root) != "new" or "benchmark.json" not in files:
            continue
        est_path = os.path.join(root, "estimates.json")
        if not os.path.exists(est_path):
            continue
        if since is not None and os.path.getmtime(est_path) < since:
            continue
        with open(os.path.join(root, "benchmark.json")) as f:
            bench = json.load(f)
        with open(est_path) as f:
            est = json.load(f)
        ns = est["median"]["point_estimate"]
        if ns <= 0:
            continue
        bench_id = bench.get("full_id") or bench.get("title")
        throughput = bench.get("throughput") or {}
        if "Bytes" in throughput:
            fresh[bench_id] = (throughput["Bytes"] / ns * 1e3, "MB/s")
        else:
            fresh[bench_id] = (ns / 1e6, "ms")
    return fresh


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--criterion", default=os.path.join(here, "..", "target", "criterion"))
    ap.add_argument("--baseline", default=os.path.join(here, "baseline.json"))
    ap.add_argument("--since", type=float, help="ignore results older than this Unix time")
    ap.add_argument("--mem", help="JSON written by the mem_probe bench (BENCH_MEM_JSON)")
    ap.add_argument("--extra", action="append", default=[],
                    help='JSON {"figures": {id: {"value", "unit"}}}, e.g. from annotate_jsonl')
    ap.add_argument("--factor", type=float, help="tripwire factor (default: baseline's, or 5)")
    ap.add_argument("--write-baseline", action="store_true")
    args = ap.parse_args()

    fresh = load_fresh(args.criterion, args.since)
    if args.mem and os.path.exists(args.mem) and (
        args.since is None or os.path.getmtime(args.mem) >= args.since
    ):
        with open(args.mem) as f:
            mem = json.load(f)
        fresh["mem_probe/peak_rss"] = (mem["peak_rss_mb"], "MB")
    for path in args.extra:
        if not os.path.exists(path) or (args.since is not None and os.path.getmtime(path) < args.since):
            continue  # its figures show up as missing
        with open(path) as f:
            for bench_id, fig in json.load(f).get("figures", {}).items():
                fresh[bench_id] = (float(fig["value"]), fig["unit"])

    baseline = {"factor": 5, "benches": {}}
    if os.path.exists(args.baseline):
        with open(args.baseline) as f:
            baseline = json.load(f)
    factor = args.factor or baseline.get("factor", 5)
    base = baseline.get("benches", {})

    if args.write_baseline:
        old = baseline.get("benches", {})
        baseline["benches"] = {
            k: {"value": None if k in old and old[k].get("value") is None else round(v, 3),
                "unit": u}
            for k, (v, u) in sorted(fresh.items())
        }
        with open(args.baseline, "w") as f:
            json.dump(baseline, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print(f"wrote {len(fresh)} figures to {args.baseline}")
        return 0

    failed = []
    print(f"{'bench':<28}{'fresh':>16}{'baseline':>16}{'ratio':>8}  (fails below 1/{factor:g})")
    for bench_id in sorted(set(base) | set(fresh)):
        if bench_id not in fresh:
            print(f"{bench_id:<28}{'missing':>16}{'':>16}{'':>8}  FAIL")
            failed.append(bench_id)
            continue
        value, unit = fresh[bench_id]
        if bench_id not in base:
            print(f"{bench_id:<28}{value:>11.1f} {unit:<4}{'(none)':>16}{'':>8}  new")
            continue
        ref = base[bench_id].get("value")
        if ref is None:  # tracked without a figure yet (e.g. a placeholder implementation)
            print(f"{bench_id:<28}{value:>11.1f} {unit:<4}{'untracked':>16}{'':>8}  --")
            continue
        # ratio > 1 is better than the baseline, whatever the unit.
        ratio = value / ref if unit == "MB/s" else ref / value
        bad = ratio < 1 / factor
        print(f"{bench_id:<28}{value:>11.1f} {unit:<4}{ref:>11.1f} {unit:<4}{ratio:>8.2f}  "
              + ("FAIL" if bad else "ok"))
        if bad:
            failed.append(bench_id)
    if failed:
        print(f"bench tripwire: {len(failed)} bench(es) missing or more than {factor:g}x "
              f"worse than {os.path.relpath(args.baseline)}: {', '.join(failed)}")
        return 1
    print(f"bench tripwire: all {len(fresh)} figures within {factor:g}x of the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
