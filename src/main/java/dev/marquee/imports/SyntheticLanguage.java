package dev.marquee.imports;

import java.util.SplittableRandom;

/**
 * The languages of synthetic titles and names: for each, real common words, first and
 * last names (the head of its vocabularies, in rank order) and the syllables that invent
 * the rest, with the language's accents and letters. Weights are shares of titles and of
 * people, roughly IMDb's mix: mostly English, then the large film languages, a little
 * Greek, Cyrillic and CJK.
 */
enum SyntheticLanguage {

	ENGLISH("en", "US", 46, 44, new String[] { "The", "A" }, new String[] { "of", "and", "in", "the" },
			new String[] { "Love", "Night", "Man", "Story", "Last", "City", "Dream", "Girl", "Life", "Midnight",
					"Return", "Home", "House", "Secret", "Day", "Garden", "Summer", "World", "Fire", "Shadow", "Stars",
					"Silent", "Ocean", "Kingdom", "River", "Song", "Journey", "Promise", "Blood", "Dead", "King",
					"Black", "Time", "Lady", "War", "Heart", "Road", "Sea", "Wild", "Lost", "Gold", "Moon", "Christmas",
					"Dark", "Little", "Big", "Family", "Boy", "Street", "Angel", "Devil", "Murder", "Brothers",
					"Blue" },
			new String[] { "John", "Michael", "David", "James", "Robert", "Mary", "Emma", "Ryan", "Sarah", "William",
					"Elizabeth", "Tom", "Jennifer", "Richard", "Linda", "Mia", "Sebastian", "Chloë", "Zoë", "Amiée" },
			new String[] { "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor",
					"Anderson", "Gosling", "Stone", "Conn", "O'Brien", "Chazelle", "Thompson", "White", "Harris" },
			new String[] { "", "b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m",
					"n", "p", "pr", "qu", "r", "s", "sh", "sl", "st", "t", "th", "tr", "v", "w", "wh" },
			new String[] { "a", "e", "i", "o", "u", "ai", "ea", "ee", "ie", "oa", "ou", "y", "oo" },
			new String[] { "", "", "", "", "n", "r", "l", "s", "m", "nd", "rt", "st", "th", "ck", "x", "ng", "ll" },
			new String[] { "son", "ton", "ley", "er", "ford", "wood" }),

	FRENCH("fr", "FR", 8, 6, new String[] { "Le", "La", "Les", "L'" }, new String[] { "de", "et", "du", "à" },
			new String[] { "Amour", "Nuit", "Été", "Vie", "Femme", "Homme", "Cœur", "Fille", "Rêve", "Ville", "Mère",
					"Chemin", "Fenêtre", "Jour", "Dernière", "Château", "Forêt", "Amélie", "Noël" },
			new String[] { "Jean", "Marie", "François", "Amélie", "Hélène", "Léa", "Étienne", "Chloé", "Zoé",
					"Jérôme" },
			new String[] { "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Lemaître", "Béart",
					"Mercier" },
			new String[] { "", "b", "c", "ch", "d", "f", "g", "j", "l", "m", "n", "p", "qu", "r", "s", "t", "v", "gr",
					"tr" },
			new String[] { "a", "e", "i", "o", "é", "è", "ê", "au", "eau", "ou", "oi", "ai", "î", "û", "ë" },
			new String[] { "", "", "", "n", "r", "s", "t", "x", "l", "nt", "rd", "ç" },
			new String[] { "ier", "eau", "ette", "ard", "ère", "aux" }),

	SPANISH("es", "ES", 8, 10, new String[] { "El", "La", "Los", "Las" }, new String[] { "de", "y", "del", "en" },
			new String[] { "Amor", "Noche", "Vida", "Corazón", "Mujer", "Hombre", "Tierra", "Ciudad", "Sueño", "Niña",
					"Mamá", "Camino", "Última", "Canción", "Mañana", "Jardín" },
			new String[] { "José", "María", "Juan", "Ana", "Jesús", "Lucía", "Álvaro", "Sofía", "Andrés", "Ramón" },
			new String[] { "García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Muñoz", "Núñez",
					"Ibáñez", "Cuarón" },
			new String[] { "", "b", "c", "ch", "d", "f", "g", "j", "l", "ll", "m", "n", "ñ", "p", "r", "rr", "s", "t",
					"v", "z", "br" },
			new String[] { "a", "e", "i", "o", "u", "á", "é", "í", "ó", "ú", "ue", "ia", "io" },
			new String[] { "", "", "", "n", "r", "s", "l", "z", "d" },
			new String[] { "ez", "ado", "ero", "ita", "ón", "ía" }),

	PORTUGUESE("pt", "BR", 5, 6, new String[] { "O", "A", "Os", "As" }, new String[] { "de", "e", "do", "da" },
			new String[] { "Cidade", "Deus", "Coração", "Noite", "Amor", "Irmão", "Saudade", "Mãe", "Canção", "Estação",
					"Avó", "Vida" },
			new String[] { "João", "Antônio", "Maria", "Conceição", "Luís", "Inês", "Gonçalo", "Fátima" },
			new String[] { "Silva", "Santos", "Gonçalves", "Magalhães", "Araújo", "Conceição", "Leitão", "Simões" },
			new String[] { "", "b", "c", "ç", "d", "f", "g", "j", "l", "lh", "m", "n", "nh", "p", "r", "s", "t", "v" },
			new String[] { "a", "e", "i", "o", "u", "ã", "õ", "ê", "ô", "á", "é", "ó", "ão", "õe" },
			new String[] { "", "", "", "s", "r", "m", "l" }, new String[] { "inho", "ão", "eira", "ões" }),

	ITALIAN("it", "IT", 5, 4, new String[] { "Il", "La", "I", "Le", "L'" }, new String[] { "di", "e", "del", "a" },
			new String[] { "Amore", "Notte", "Città", "Vita", "Cuore", "Donna", "Perché", "Però", "Sogno", "Giorno" },
			new String[] { "Giuseppe", "Niccolò", "Lucía", "Francesca", "Marcello", "Sofia", "Nicolò" },
			new String[] { "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Fellini", "Mastroianni" },
			new String[] { "", "b", "c", "ch", "d", "f", "g", "gl", "gn", "l", "m", "n", "p", "r", "s", "t", "v", "z",
					"sc" },
			new String[] { "a", "e", "i", "o", "u", "à", "è", "ì", "ò", "ù", "io", "ia" },
			new String[] { "", "", "", "", "n", "r", "l", "tt", "ll", "nn" }, new String[] { "ini", "etti", "one" }),

	GERMAN("de", "DE", 6, 6, new String[] { "Der", "Die", "Das" }, new String[] { "und", "der", "im", "vom" },
			new String[] { "Liebe", "Nacht", "Straße", "Mädchen", "Ölfarbe", "Zürich", "Herz", "Tödliche", "Schöne",
					"Heimat", "Brüder", "Glück" },
			new String[] { "Björn", "Jürgen", "Günther", "Käthe", "Müller", "Uwe", "Jörg", "Dörte" },
			new String[] { "Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Köhler", "Schäfer", "Groß", "Böhm" },
			new String[] { "", "b", "d", "f", "g", "h", "k", "l", "m", "n", "pf", "r", "s", "sch", "st", "t", "w", "z",
					"kr", "schw" },
			new String[] { "a", "e", "i", "o", "u", "ä", "ö", "ü", "ei", "au", "eu", "ie" },
			new String[] { "", "n", "r", "s", "t", "ß", "ch", "ck", "ng", "rn", "lt", "nd" },
			new String[] { "mann", "er", "ung", "berg", "heim" }),

	HUNGARIAN("hu", "HU", 2, 2, new String[] { "A", "Az" }, new String[] { "és" },
			new String[] { "Szerelem", "Éjszaka", "Város", "Szív", "Család", "Nyár", "Tűz", "Ősz" },
			new String[] { "Kálmán", "Zsófia", "György", "Ildikó", "Gábor", "Éva", "László", "Zoltán" },
			new String[] { "Berkes", "Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Kiss", "Bódi", "Szőke" },
			new String[] { "", "b", "cs", "d", "f", "g", "gy", "h", "k", "l", "m", "n", "ny", "p", "r", "s", "sz", "t",
					"v", "zs" },
			new String[] { "a", "e", "i", "o", "u", "á", "é", "í", "ó", "ö", "ő", "ú", "ü", "ű" },
			new String[] { "", "", "n", "r", "s", "t", "l", "k", "sz", "gy", "ny" }, new String[] { "i", "ás", "ó" }),

	POLISH("pl", "PL", 2, 3, new String[] {}, new String[] { "i", "w", "z" },
			new String[] { "Miłość", "Noc", "Łódź", "Życie", "Dzień", "Serce", "Wróg", "Źródło" },
			new String[] { "Łukasz", "Małgorzata", "Wojciech", "Agnieszka", "Paweł", "Józef", "Krzysztof" },
			new String[] { "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kieślowski", "Żuławski", "Dąbrowski" },
			new String[] { "", "b", "c", "cz", "d", "dz", "g", "j", "k", "ł", "m", "n", "p", "r", "rz", "s", "sz", "ś",
					"t", "w", "ż", "ź", "ch", "prz" },
			new String[] { "a", "e", "i", "o", "u", "y", "ą", "ę", "ó", "ie", "ia" },
			new String[] { "", "", "k", "n", "ł", "ń", "ć", "sz", "cz", "r", "s" },
			new String[] { "ski", "ska", "wicz", "czyk", "ak" }),

	SCANDINAVIAN("sv", "SE", 3, 3, new String[] {}, new String[] { "och", "og", "på" },
			new String[] { "Sønner", "Kärlek", "Natt", "Sjö", "Ödet", "Smultronstället", "Fjäll", "Lykke" },
			new String[] { "Søren", "Björn", "Åsa", "Ingrid", "Øystein", "Märta", "Liv", "Sigrún" },
			new String[] { "Åkerman", "Ødegaard", "Bergström", "Sjöberg", "Lindqvist", "Jørgensen", "Nygård" },
			new String[] { "", "b", "bj", "d", "f", "fj", "g", "h", "hj", "j", "k", "kj", "l", "m", "n", "r", "s", "sj",
					"sk", "st", "t", "v" },
			new String[] { "a", "e", "i", "o", "u", "y", "å", "ä", "ö", "ø", "æ" },
			new String[] { "", "n", "r", "s", "t", "l", "rd", "ng", "nd", "k" },
			new String[] { "sen", "son", "ström", "berg", "qvist", "gård" }),

	GREEK("el", "GR", 1, 1, new String[] { "Ο", "Η", "Το" }, new String[] { "και", "του" },
			new String[] { "Αγάπη", "Νύχτα", "Θάλασσα", "Ζωή", "Ψάπφω", "Ήλιος" },
			new String[] { "Γιώργος", "Μαρία", "Ελένη", "Νίκος", "Ψάπφω" },
			new String[] { "Παπαδόπουλος", "Αγγελόπουλος", "Οικονόμου", "Γεωργίου" },
			new String[] { "", "β", "γ", "δ", "θ", "κ", "λ", "μ", "ν", "π", "ρ", "σ", "τ", "φ", "χ", "ψ" },
			new String[] { "α", "ε", "η", "ι", "ο", "υ", "ω", "ά", "έ", "ή", "ί", "ό", "ύ", "ώ" },
			new String[] { "", "", "ς", "ν", "ρ" }, new String[] { "ος", "ου", "ίδης", "άκης" }),

	CYRILLIC("ru", "RU", 2, 2, new String[] {}, new String[] { "и", "в" },
			new String[] { "Любовь", "Ночь", "Война", "Мир", "Жизнь", "Город", "Солярис", "Сердце" },
			new String[] { "Иван", "Ольга", "Сергей", "Наталья", "Дмитрий", "Анна" },
			new String[] { "Иванов", "Тарковский", "Смирнова", "Кузнецов", "Попова" },
			new String[] { "", "б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ш", "щ", "ч" },
			new String[] { "а", "е", "и", "о", "у", "ы", "я", "ю", "ё" }, new String[] { "", "", "н", "р", "й", "ь" },
			new String[] { "ов", "ова", "ский", "ин" }),

	CJK("ja", "JP", 2, 4, new String[] {}, new String[] { "の" },
			new String[] { "夜", "愛", "東京", "物語", "千と千尋", "花", "夢", "男" },
			new String[] { "Hiroshi", "Yūko", "Kōji", "Akira", "Mei", "Jian", "Li", "Ngọc", "Ji-woo" },
			new String[] { "Nakamura", "Satō", "Itō", "Kurosawa", "Wang", "Zhang", "Nguyễn", "Kim", "Park" },
			new String[] { "", "k", "s", "t", "n", "h", "m", "y", "r", "w", "g", "z", "d", "b", "sh", "ch", "ts" },
			new String[] { "a", "i", "u", "e", "o", "ō", "ū" }, new String[] { "", "", "", "n" },
			new String[] { "ko", "ta", "shi", "ro" });

	/** ISO 639 code, as title.akas writes it. */
	final String code;

	/** A region where the language is spoken, as title.akas writes it. */
	final String region;

	final int titleWeight;

	final int personWeight;

	final String[] articles;

	final String[] connectors;

	final String[] words;

	final String[] firstNames;

	final String[] lastNames;

	private final String[] onsets;

	private final String[] vowels;

	private final String[] codas;

	private final String[] surnameEndings;

	SyntheticLanguage(String code, String region, int titleWeight, int personWeight, String[] articles,
			String[] connectors, String[] words, String[] firstNames, String[] lastNames, String[] onsets,
			String[] vowels, String[] codas, String[] surnameEndings) {
		this.code = code;
		this.region = region;
		this.titleWeight = titleWeight;
		this.personWeight = personWeight;
		this.articles = articles;
		this.connectors = connectors;
		this.words = words;
		this.firstNames = firstNames;
		this.lastNames = lastNames;
		this.onsets = onsets;
		this.vowels = vowels;
		this.codas = codas;
		this.surnameEndings = surnameEndings;
	}

	private static final SyntheticLanguage[] BY_TITLE = weighted(true);

	private static final SyntheticLanguage[] BY_PERSON = weighted(false);

	static SyntheticLanguage forTitle(SplittableRandom random) {
		return BY_TITLE[random.nextInt(BY_TITLE.length)];
	}

	static SyntheticLanguage forPerson(SplittableRandom random) {
		return BY_PERSON[random.nextInt(BY_PERSON.length)];
	}

	/**
	 * An invented word of this language, pronounceable, capitalised; a surname ending
	 * when {@code surname}. CJK words are one to three ideographs.
	 */
	String invent(SplittableRandom random, boolean surname) {
		StringBuilder word = new StringBuilder(16);
		if (this == CJK && !surname && random.nextInt(3) > 0) {
			for (int i = 1 + random.nextInt(3); i > 0; i--) {
				word.appendCodePoint(0x4E00 + random.nextInt(0x5000));
			}
			return word.toString();
		}
		int syllables = (random.nextInt(10) < 3) ? 1 : (random.nextInt(10) < 7) ? 2 : 3;
		for (; syllables > 0; syllables--) {
			word.append(this.onsets[random.nextInt(this.onsets.length)])
				.append(this.vowels[random.nextInt(this.vowels.length)])
				.append(this.codas[random.nextInt(this.codas.length)]);
		}
		if (surname && random.nextInt(3) == 0) {
			word.append(this.surnameEndings[random.nextInt(this.surnameEndings.length)]);
		}
		if (word.length() < 3) {
			word.append(this.vowels[random.nextInt(this.vowels.length)]).append(this.onsets[1]);
		}
		int first = word.codePointAt(0);
		return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
			.append(word, Character.charCount(first), word.length())
			.toString();
	}

	private static SyntheticLanguage[] weighted(boolean titles) {
		int total = 0;
		for (SyntheticLanguage language : values()) {
			total += titles ? language.titleWeight : language.personWeight;
		}
		SyntheticLanguage[] weighted = new SyntheticLanguage[total];
		int at = 0;
		for (SyntheticLanguage language : values()) {
			for (int i = titles ? language.titleWeight : language.personWeight; i > 0; i--) {
				weighted[at++] = language;
			}
		}
		return weighted;
	}

}
