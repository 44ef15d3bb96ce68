package dev.marquee.imports;

import java.util.SplittableRandom;

/**
 * The facts of each synthetic title that several files must agree on, walked in title
 * order: a series is followed by its episodes (none for a quarter of series, a median of
 * ten, up to {@value #MAX_EPISODES} for daily shows), so about 77 % of titles are
 * episodes as in IMDb; every title has a fame that sets its votes and, loosely, how many
 * alternate titles and principals it has (heavy tails: a few titles with hundreds of
 * alternate titles or a hundred principals, a few with millions of votes). Memory stays
 * flat: the walk keeps only the series it is in.
 */
final class SyntheticLayout {

	static final int MAX_EPISODES = 3000;

	private static final String[] OTHER_TYPES = { "short", "short", "short", "short", "movie", "movie", "movie",
			"video", "video", "tvMovie", "tvSpecial", "videoGame" };

	/**
	 * What the files need to know about one title.
	 *
	 * @param type IMDb's title type
	 * @param language the language of its text (a series' episodes share it)
	 * @param parent index of the series of an episode, else -1
	 * @param season season of an episode (from 1), else 0
	 * @param episode number of an episode in its season (from 1), else 0
	 * @param votes votes of a rated title, 0 when it has no rating
	 * @param alternates how many lines it has in title.akas
	 * @param principals how many lines it has in title.principals
	 */
	record Title(String type, SyntheticLanguage language, long parent, int season, int episode, long votes,
			int alternates, int principals) {

		boolean isSeries() {
			return this.type.equals("tvSeries") || this.type.equals("tvMiniSeries");
		}

	}

	private final long seed;

	private long next;

	private long series = -1;

	private long seriesEnd;

	private int perSeason;

	private SyntheticLanguage seriesLanguage = SyntheticLanguage.ENGLISH;

	SyntheticLayout(long seed) {
		this.seed = SyntheticDatasets.mix(seed ^ 0x5EED);
	}

	/**
	 * The title at {@code index}; indexes must come in order from 0.
	 */
	Title next(long index) {
		if (index != this.next) {
			throw new IllegalStateException("titles are laid out in order: expected " + this.next + ", got " + index);
		}
		this.next++;
		SplittableRandom random = new SplittableRandom(this.seed ^ SyntheticDatasets.mix(index));
		double fame = 1 - random.nextDouble();
		if (index < this.seriesEnd) {
			long number = index - this.series - 1;
			return title("tvEpisode", this.seriesLanguage, this.series, (int) (number / this.perSeason) + 1,
					(int) (number % this.perSeason) + 1, fame, random);
		}
		SyntheticLanguage language = SyntheticLanguage.forTitle(random);
		if (random.nextDouble() < 0.142) {
			boolean mini = random.nextInt(6) == 0;
			long episodes = mini ? 2 + random.nextInt(9)
					: (random.nextInt(4) == 0) ? 0 : Math.min(MAX_EPISODES, (long) (5 / (1 - random.nextDouble())));
			this.series = index;
			this.seriesEnd = index + 1 + episodes;
			this.perSeason = (episodes > 400) ? 150 + random.nextInt(150) : 6 + random.nextInt(20);
			this.seriesLanguage = language;
			return title(mini ? "tvMiniSeries" : "tvSeries", language, -1, 0, 0, fame, random);
		}
		return title(OTHER_TYPES[random.nextInt(OTHER_TYPES.length)], language, -1, 0, 0, fame, random);
	}

	private static Title title(String type, SyntheticLanguage language, long parent, int season, int episode,
			double fame, SplittableRandom random) {
		boolean isEpisode = parent >= 0;
		long votes = (random.nextDouble() < (isEpisode ? 0.09 : 0.26))
				? Math.min(3_000_000, (long) (5 * Math.pow(fame, -1 / 0.8))) : 0;
		int alternates = 0;
		if (random.nextDouble() >= (isEpisode ? 0.55 : 0.15)) {
			double draw = Math.sqrt(fame * (1 - random.nextDouble()));
			alternates = (int) Math.min(400, (isEpisode ? 2.5 : 4.9) * Math.pow(draw, -1 / 1.3));
		}
		double draw = Math.sqrt(fame * (1 - random.nextDouble()));
		int principals = (int) Math.min(120, 4.05 * Math.pow(draw, -1 / 1.6));
		return new Title(type, language, parent, season, episode, votes, alternates, principals);
	}

}
