"""Turns titles and names picked from the imported catalogue into the request paths of the search and suggest
scenarios, the way people type them: as written, without accents, in lower case, with a one-letter typo, in
another word order, or only their first words; for suggest, the first 1 to 6 characters ("t", "th", "the",
"the ", "the d", ...). Deterministic (a fixed seed), so two runs on the same data send the same queries.

    queries.py SOURCES_TSV SEARCH_OUT SUGGEST_OUT

SOURCES_TSV: "kind<TAB>popularity<TAB>text" lines (kind title or name).
"""
import random
import sys
import unicodedata
import urllib.parse


def unaccented(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def typo(text, rng):
    """One edit (substitution, deletion, insertion or transposition) inside a word of at least 4 letters."""
    words = text.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not long_words:
        return text
    i = rng.choice(long_words)
    w = words[i]
    at = rng.randrange(1, len(w) - 1)
    letter = rng.choice("aeioulnrst")
    edit = rng.randrange(4)
    if edit == 0:
        w = w[:at] + letter + w[at + 1:]
    elif edit == 1:
        w = w[:at] + w[at + 1:]
    elif edit == 2:
        w = w[:at] + letter + w[at:]
    else:
        w = w[:at - 1] + w[at] + w[at - 1] + w[at + 1:]
    words[i] = w
    return " ".join(words)


def search_query(text, rng):
    words = text.split()[:6]
    text = " ".join(words)
    way = rng.random()
    if way < 0.35:
        return text
    if way < 0.50:
        return unaccented(text).lower()
    if way < 0.70:
        return typo(text, rng)
    if way < 0.80 and len(words) > 1:
        return " ".join(words[1:] + words[:1])
    if way < 0.90 and len(words) > 2:
        return " ".join(words[:2])
    return text.lower()


def main(sources, search_out, suggest_out):
    rng = random.Random(42)
    rows = []
    with open(sources, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[2].strip():
                rows.append(parts)
    search, suggest = [], []
    for kind, _popularity, text in rows:
        q = search_query(text.strip(), rng)
        search.append("/api/v1/search?q=" + urllib.parse.quote(q))
        if kind == "title":
            typed = (unaccented(text) if rng.random() < 0.3 else text).lower().strip()
            for length in sorted(rng.sample(range(1, 7), 3)):
                prefix = typed[:length]
                if prefix.strip():
                    suggest.append("/api/v1/films/suggest?q=" + urllib.parse.quote(prefix))
    if not search or not suggest:
        sys.exit(f"no queries from {sources}")
    rng.shuffle(search)
    rng.shuffle(suggest)
    for path, lines in ((search_out, search), (suggest_out, suggest)):
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    print(f"   {len(search)} search and {len(suggest)} suggest queries from {len(rows)} titles and names")


if __name__ == "__main__":
    main(*sys.argv[1:4])
