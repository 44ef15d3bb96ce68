"""Turns bench/out/results.tsv into docs/benchmarks.md (figures and ratios) and the chart data for gnuplot."""
import csv
import datetime
import os
import platform
import sys

(results, scale, films, duration, connections, ready_first, ready_25, ready_17, rss_idle_25, rss_load_25,
 rss_idle_17, java25, java17) = sys.argv[1:14]

rows = list(csv.DictReader(open(results), delimiter="\t"))
by = {(r["scenario"], r["system"]): r for r in rows}


def value(scenario, system, field):
    row = by.get((scenario, system))
    return float(row[field]) if row and row[field] not in ("", None) else None


def ratio(a, b):
    return f"{a / b:.2f}" if a is not None and b not in (None, 0) else "n/a"


def verdict(r, target, higher_is_better=True):
    if r == "n/a":
        return "not measured"
    return "met" if (float(r) >= target if higher_is_better else float(r) <= target) else "missed"


lines = [
    "# Benchmarks",
    "",
    f"Measured by `bench/run.sh --scale {scale} --duration {duration} --connections {connections}` on "
    f"{datetime.date.today().isoformat()}: {films} synthetic films (`bench/synthetic-catalogue.sql`), the app "
    f"from its jar on its embedded PostgreSQL 17, load from `wrk` ({connections} connections, a 3 s warm-up then "
    f"{duration} s per scenario), all on 127.0.0.1. Machine: {os.cpu_count()} cores, {platform.machine()}, "
    f"Linux {platform.release()}; it is shared and noisy, so read the ratios (measured in the same run), not the "
    "absolute figures.",
    "",
    f"- Java 25: `{java25}` (virtual threads on); Java 17: `{java17}`",
    "- Peer: PostGraphile 5.1.5 on Node 22 (`bench/peer`), same database, same connections.",
    "- Limits: the framework with no work (`GET /problems/not-found`, a static catalogue entry) and PostgreSQL "
    "answering the same SQL bare through `pgbench` (`bench/sql`).",
    "",
    "## Every figure",
    "",
    "| scenario | system | req/s | p50 ms | p99 ms | errors |",
    "| --- | --- | ---: | ---: | ---: | ---: |",
]
for r in rows:
    lines.append(f"| {r['scenario']} | {r['system']} | {r['req_per_s']} | {r['p50_ms']} | {r['p99_ms'] or '—'} | {r['errors']} |")

title = ratio(value("title-page-nested", "marquee", "req_per_s"), value("title-page-nested", "postgraphile", "req_per_s"))
by_id = ratio(value("film-by-id", "marquee", "req_per_s"), value("trivial", "marquee", "req_per_s"))
by_id_peer = ratio(value("film-by-id", "marquee", "req_per_s"), value("film-by-id", "postgraphile", "req_per_s"))
by_id_sql = ratio(value("film-by-id", "marquee", "req_per_s"), value("film-by-id", "postgresql", "req_per_s"))
deep = ratio(value("list-deep-page", "marquee", "p50_ms"), value("list-first-page", "marquee", "p50_ms"))
search = ratio(value("search", "marquee", "p50_ms"), value("search", "postgresql", "p50_ms"))
rss = float(rss_load_25) if rss_load_25 else None

lines += [
    "",
    "## Ratios and targets",
    "",
    "| what | ratio | target | |",
    "| --- | ---: | --- | --- |",
    f"| title page (cast, crew, trivia nested) req/s, Marquee ÷ PostGraphile | {title} | ≥ 2 | {verdict(title, 2)} |",
    f"| film by id req/s, Marquee ÷ trivial endpoint | {by_id} | ≥ 0.5 | {verdict(by_id, 0.5)} |",
    f"| film by id req/s, Marquee ÷ PostGraphile | {by_id_peer} | — | |",
    f"| film by id req/s, Marquee ÷ bare SQL (pgbench tps) | {by_id_sql} | — | |",
    f"| deep page p50 ÷ first page p50 | {deep} | ≤ 1.2 | {verdict(deep, 1.2, False)} |",
    f"| search p50 ÷ bare SQL mean latency | {search} | ≤ 1.3 | {verdict(search, 1.3, False)} |",
    f"| app RSS under load (MB, Java 25) | {rss_load_25} | ≤ 300 at the large scale | {('met' if rss and rss <= 300 else 'missed') if scale == 'large' else 'small scale: indicative'} |",
    "",
    "## Start-up and memory",
    "",
    "| | seconds to ready | RSS idle MB | RSS under load MB |",
    "| --- | ---: | ---: | ---: |",
    f"| first start, empty data directory (initdb, migrations, demo film), Java 25 | {ready_first} | | |",
    f"| restart, Java 25 | {ready_25} | {rss_idle_25} | {rss_load_25} |",
    f"| restart, Java 17 | {ready_17} | {rss_idle_17} | |",
    "",
    "Charts: ![requests per second](bench-rps.png) ![p99 latency](bench-p99.png)",
    "",
    "## Not measured yet",
    "",
    "- The IMDb import against a raw `COPY` of the same files, and the importer's RSS across file sizes: the "
    "runner loads its catalogue with SQL until the importer's generator feeds it.",
    "- The soak mode (10 minutes at 80 % of the measured maximum).",
    "",
]
open("docs/benchmarks.md", "w").write("\n".join(lines))

scenarios = []
for r in rows:
    if r["scenario"] not in scenarios:
        scenarios.append(r["scenario"])
with open("bench/out/chart.dat", "w") as f:
    f.write("scenario marquee postgraphile postgresql marquee_p99 postgraphile_p99\n")
    for s in scenarios:
        def cell(system, field):
            v = value(s, system, field)
            return f"{v:.2f}" if v is not None else "NaN"
        f.write(f"{s} {cell('marquee', 'req_per_s')} {cell('postgraphile', 'req_per_s')} {cell('postgresql', 'req_per_s')} "
                f"{cell('marquee', 'p99_ms')} {cell('postgraphile', 'p99_ms')}\n")
