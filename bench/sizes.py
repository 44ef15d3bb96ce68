"""Search, suggest and film-by-id latency against catalogue size, from the imdb sections of docs/benchmarks.md
(`bench/run.sh --scale imdb [--fraction F]`, one section a size): writes SIZES_DAT (titles, then p50 and p99 ms
of search, suggest and film by id) for bench/sizes.gp, prints it, and writes the same as a table between the
`<!-- sizes:start -->` and `<!-- sizes:end -->` lines of BENCHMARKS_MD.

    sizes.py BENCHMARKS_MD SIZES_DAT
"""
import re
import sys


def main(markdown, dat):
    rows = []
    for section in re.split(r"^## ", open(markdown, encoding="utf-8").read(), flags=re.M):
        head = re.match(r"Scale (imdb[\w.-]*): ([\d,]+) titles", section)
        if not head:
            continue
        figures = {}
        for scenario in ("search", "suggest", "film-by-id"):
            row = re.search(rf"^\| {re.escape(scenario)} \| marquee \| [\d.]+ \| ([\d.]+) \| ([\d.]+) \|", section, re.M)
            if row:
                figures[scenario] = (row.group(1), row.group(2))
        if len(figures) == 3:
            rows.append((int(head.group(2).replace(",", "")), head.group(1), figures))
    rows.sort()
    with open(dat, "w") as f:
        f.write("# titles scale search_p50 search_p99 suggest_p50 suggest_p99 by_id_p50 by_id_p99\n")
        for titles, scale, figures in rows:
            f.write(f"{titles} {scale} " + " ".join(" ".join(figures[s]) for s in ("search", "suggest", "film-by-id")) + "\n")
    print(open(dat).read(), end="")
    table = ["| scale | titles | search p50 / p99 ms | suggest p50 / p99 ms | film by id p50 / p99 ms "
             "| search p50 ÷ film by id p50 |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for titles, scale, figures in rows:
        (s50, s99), (g50, g99), (b50, b99) = figures["search"], figures["suggest"], figures["film-by-id"]
        table.append(f"| {scale} | {titles:,} | {s50} / {s99} | {g50} / {g99} | {b50} / {b99} "
                     f"| {float(s50) / float(b50):.1f} |")
    text = open(markdown, encoding="utf-8").read()
    start, end = "<!-- sizes:start -->\n", "<!-- sizes:end -->"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        text = head + start + "\n".join(table) + "\n" + end + rest.split(end, 1)[1]
        open(markdown, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
