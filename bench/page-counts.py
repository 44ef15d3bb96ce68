"""Compares a Marquee title page (GET /api/v1/films/{id}?include=all) with PostGraphile's answer to the bench's
title-page query for the same film: the items of each section on both sides, one line each. Exits non-zero when
PostGraphile answered with GraphQL errors or when a section both sides serve counts differently.

    page-counts.py MARQUEE_JSON POSTGRAPHILE_JSON
"""
import json
import sys


def nodes(film, field):
    connection = film.get(field)
    return connection["nodes"] if connection else []


def nested(film, field, child):
    return sum(len(node[child]["nodes"]) for node in nodes(film, field))


# The sections that are a list on both sides: Marquee's key, PostGraphile's connection.
LISTS = {
    "officialSites": "filmOfficialSitesByFilmId", "cast": "castCreditsByFilmId", "crew": "crewCreditsByFilmId",
    "trivia": "triviasByFilmId", "goofs": "goofsByFilmId", "crazyCredits": "crazyCreditsByFilmId",
    "connections": "connectionsByFilmId", "soundtracks": "soundtracksByFilmId", "reviews": "reviewsByFilmId",
    "locations": "filmingLocationsByFilmId", "alternateTitles": "alternateTitlesByFilmId",
    "releaseDates": "releaseDatesByFilmId", "companies": "companyCreditsByFilmId", "lists": "filmListItemsByFilmId",
    "taglines": "taglinesByFilmId", "keywords": "filmKeywordsByFilmId", "certifications": "certificationsByFilmId",
    "videos": "videosByFilmId", "translations": "filmTranslationsByFilmId",
}


def listed(key, field):
    return (lambda m: len(m[key]), lambda p: len(nodes(p, field)))


# section: (items in Marquee's page, items in PostGraphile's answer, or None where its schema has no equivalent)
SECTIONS = {name: listed(name, field) for name, field in LISTS.items()}
SECTIONS.update({
    "episodeOf": (lambda m: int(m["episodeOf"] is not None), lambda p: int(p["filmBySeriesFilmId"] is not None)),
    "images": (lambda m: len(m["images"]["items"]), None),
    "soundtracks' credits": (lambda m: sum(len(s["credits"]) for s in m["soundtracks"]),
                             lambda p: nested(p, "soundtracksByFilmId", "soundtrackCreditsBySoundtrackId")),
    "boxOffice": (lambda m: int(m["boxOffice"] is not None), lambda p: int(p["boxOfficeByFilmId"] is not None)),
    "awards' summary": (lambda m: int(m["awards"]["summary"] is not None),
                        lambda p: int(p["awardSummaryByFilmId"] is not None)),
    "awards' nominations": (lambda m: len(m["awards"]["nominations"]), lambda p: len(nodes(p, "awardNominationsByFilmId"))),
    "awards' nominees": (lambda m: sum(len(n["nominees"]) for n in m["awards"]["nominations"]),
                         lambda p: nested(p, "awardNominationsByFilmId", "awardNomineesByNominationId")),
    "similar": (lambda m: len(m["similar"]["items"]), None),
})


def main(marquee_file, peer_file):
    marquee = json.load(open(marquee_file))
    answer = json.load(open(peer_file))
    if answer.get("errors") or not (answer.get("data") or {}).get("filmByImdbId"):
        print(f"PostGraphile answered with errors or no film: {json.dumps(answer)[:2000]}", file=sys.stderr)
        return 1
    peer = answer["data"]["filmByImdbId"]
    missing = sorted(set(k for k in marquee if isinstance(marquee[k], (list, dict)) or k == "episodeOf")
                     - {name.split("'")[0] for name in SECTIONS} - {"genres", "countries", "languages", "rating", "technicalSpecs", "externalIds"})
    if missing:
        print(f"the title page has sections this comparison does not know: {', '.join(missing)}", file=sys.stderr)
        return 1
    differ = []
    print(f"   {'section':<22} {'Marquee':>8} {'PostGraphile':>13}")
    for name, (ours, theirs) in SECTIONS.items():
        a, b = ours(marquee), (theirs(peer) if theirs else None)
        print(f"   {name:<22} {a:>8} {b if b is not None else '(none)':>13}")
        if b is not None and a != b:
            differ.append(name)
    if differ:
        print(f"the sections {', '.join(differ)} count differently", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
