# Draws the soak chart from the slices bench/run.sh --soak wrote: gnuplot -e "datafile='bench/out/soak.tsv'" bench/soak.gp
if (!exists("datafile")) datafile = "bench/out/soak.tsv"
set terminal pngcairo size 1100,760 font ",10"
set output "docs/bench-soak.png"
set datafile separator "\t"
set grid ytics
set key top right
set multiplot layout 3,1 title "Soak at 80 % of the measured maximum (30 s slices)"
set ylabel "req/s"
set yrange [0:*]
plot datafile using 2:4 skip 1 with linespoints title "achieved", "" using 2:3 skip 1 with lines dt 2 title "target"
set ylabel "ms"
plot datafile using 2:5 skip 1 with linespoints title "p50", "" using 2:6 skip 1 with linespoints title "p99"
set ylabel "MB, errors"
set xlabel "seconds"
plot datafile using 2:8 skip 1 with linespoints lw 2 title "RSS MB", "" using 2:7 skip 1 with impulses lw 3 title "errors"
unset multiplot
