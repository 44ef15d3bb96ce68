# Draws the soak chart from the slices bench/run.sh --soak wrote: gnuplot -e "datafile='bench/out/soak.tsv'" bench/soak.gp
if (!exists("datafile")) datafile = "bench/out/soak.tsv"
set terminal pngcairo size 1100,520 font ",10"
set output "docs/bench-soak.png"
set title "Soak at 80 % of the maximum: throughput, p99 and RSS over time"
set datafile separator "\t"
set key top left
set grid ytics
set xlabel "seconds"
set ylabel "req/s, p99 ms"
set y2label "RSS MB, errors"
set ytics nomirror
set y2tics
set yrange [0:*]
set y2range [0:*]
plot datafile using 2:4 skip 1 with linespoints title "req/s", \
     "" using 2:6 skip 1 with linespoints title "p99 ms", \
     "" using 2:8 skip 1 axes x1y2 with linespoints lw 2 title "RSS MB", \
     "" using 2:7 skip 1 axes x1y2 with impulses lw 3 title "errors"
