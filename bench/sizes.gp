# Latency of search, suggest and film by id against catalogue size: the medians bench/search-repeats.sh measures
#   gnuplot -e "datafile='bench/search-size-repeats.dat'" bench/sizes.gp
if (!exists("datafile")) datafile = "bench/search-size-repeats.dat"
set terminal pngcairo size 1100,520 font ",10"
set output "docs/bench-search-size.png"
set title "Latency against catalogue size, 8 clients on 2 cores (lower is better)"
set xlabel "titles in the catalogue"
set ylabel "ms"
set logscale xy
set grid xtics ytics
set key top left
set format x "%.0s%c"
plot datafile using 1:4 with linespoints lw 2 pt 7 title "search p99", \
     "" using 1:3 with linespoints lw 2 pt 6 title "search p50", \
     "" using 1:6 with linespoints lw 2 pt 5 title "suggest p99", \
     "" using 1:5 with linespoints lw 2 pt 4 title "suggest p50", \
     "" using 1:8 with linespoints lw 1 pt 3 dt 2 title "film by id p99", \
     "" using 1:7 with linespoints lw 1 pt 2 dt 2 title "film by id p50"
