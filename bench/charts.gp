# Draws the benchmark charts of one scale from bench/out/chart.dat (written by bench/report.py):
#   gnuplot -e "scale='small'" bench/charts.gp
if (!exists("scale")) scale = "small"
if (!exists("datafile")) datafile = "bench/out/chart.dat"
set terminal pngcairo size 1100,520 font ",10"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set key top right
set grid ytics
set logscale y
set xtics rotate by -30 noenhanced
set datafile missing "NaN"

set output "docs/bench-rps-".scale.".png"
set title "Requests per second by scenario, ".scale." scale (higher is better)"
set ylabel "req/s"
plot datafile using 2:xtic(1) title "Marquee", "" using 3 title "PostGraphile 5", "" using 4 title "PostgreSQL bare (pgbench tps)"

set output "docs/bench-p99-".scale.".png"
set title "p99 latency by scenario, ".scale." scale (lower is better)"
set ylabel "ms"
plot datafile using 5:xtic(1) title "Marquee", "" using 6 title "PostGraphile 5"
