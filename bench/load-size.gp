# First load and refresh against catalogue size (bench/load-size.dat), with a line in proportion to the titles
# through the 1M-title first load, up to IMDb's 12.3M titles:
#   gnuplot bench/load-size.gp
set terminal pngcairo size 1100,520 font ",10"
set output "docs/bench-load-size.png"
set title "Import time against catalogue size, 2 cores (lower is better)"
set xlabel "titles"
set ylabel "seconds, the importer's own clock"
set logscale xy
set grid xtics ytics
set key top left
set format x "%.0s%c"
set xrange [80000:15000000]
set yrange [5:20000]
set datafile missing "NaN"
set arrow from 12300000, graph 0 to 12300000, graph 1 nohead dt 3 lc rgb "gray40"
set label "IMDb, 12.3M titles" at 12300000, 8 right offset -0.5, 0 tc rgb "gray40"
set arrow from graph 0, first 1200 to graph 1, first 1200 nohead dt 3 lc rgb "red"
set label "first-load target, 20 min" at 100000, 1400 tc rgb "red"
plot "bench/load-size.dat" using 1:($4 == 1 ? $2 : 1/0) with linespoints lw 2 pt 7 title "first load, nothing else running", \
     "" using 1:($4 == 0 ? $2 : 1/0) with points pt 6 ps 1.5 title "first load, beside test suites", \
     "" using 1:3 with linespoints lw 2 pt 5 title "refresh of the next day, alone", \
     312.2 * x / 1000000 with lines dt 2 lc rgb "gray40" title "in proportion to the titles (through 1M)"
