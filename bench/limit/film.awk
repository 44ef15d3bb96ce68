# title.basics, with title.episode and title.ratings (read first, into memory) -> film (id, imdb_id, type, title,
# original_title, adult, release_year, end_year, runtime_minutes, genres, import_source, series_film_id,
# season_number, episode_number, rating_average, rating_votes). -v episodes=FILE -v ratings=FILE (gzipped).
BEGIN {
  command = "zcat " episodes
  command | getline line
  while ((command | getline line) > 0) { split(line, f, "\t"); series[f[1]] = id(f[2]); season[f[1]] = f[3]; number[f[1]] = f[4] }
  close(command)
  command = "zcat " ratings
  command | getline line
  while ((command | getline line) > 0) { split(line, f, "\t"); average[f[1]] = f[2]; votes[f[1]] = f[3] }
  close(command)
}
FNR == 1 { next }
{
  t = $1
  # the importer's one adjustment of a valid line: an end year without a start year, or before it, is dropped
  end = ($7 != "\\N" && ($6 == "\\N" || $7 + 0 < $6 + 0)) ? "\\N" : $7
  print id(t), t, $2, $3, $4, $5, $6, end, $8, array($9), "imdb",
    (t in series) ? series[t] : "\\N", (t in series) ? season[t] : "\\N", (t in series) ? number[t] : "\\N",
    (t in average) ? average[t] : "\\N", (t in average) ? votes[t] : 0
}
