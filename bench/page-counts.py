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


# section: (items in Marquee's page, items in PostGraphile's answer, or None where its schema has no equivalent)
SECTIONS = {
    "officialSites": (lambda m: len(m["officialSites"]), lambda p: len(nodes(p, "filmOfficialSitesByFilmId"))),
    "episodeOf": (lambda m: int(m["episodeOf"] is not None), lambda p: int(p["filmBySeriesFilmId"] is not None)),
    "images": (lambda m: len(m["images"]["items"]), None),
    "cast": (lambda m: len(m["cast"]), lambda p: len(nodes(p, "castCreditsByFilmId"))),
    "crew": (lambda m: len(m["crew"]), lambda p: len(nodes(p, "crewCreditsByFilmId"))),
    "trivia": (lambda m: len(m["trivia"]), lambda p: len(nodes(p, "triviasByFilmId"))),
    "goofs": (lambda m: len(m["goofs"]), lambda p: len(nodes(p, "goofsByFilmId"))),
    "crazyCredits": (lambda m: len(m["crazyCredits"]), lambda p: len(nodes(p, "crazyCreditsByFilmId"))),
    "connections": (lambda m: len(m["connections"]), lambda p: len(nodes(p, "connectionsByFilmId"))),
    "soundtracks": (lambda m: len(m["soundtracks"]), lambda p: len(nodes(p, "soundtracksByFilmId"))),
    "soundtracks' credits": (lambda m: sum(len(s["credits"]) for s in m["soundtracks"]),
                             lambda p: nested(p, "soundtracksByFilmId", "soundtrackCreditsBySoundtrackId")),
    "reviews": (lambda m: len(m["reviews"]), lambda p: len(nodes(p, "reviewsByFilmId"))),
    "boxOffice": (lambda m: int(m["boxOffice"] is not None), lambda p: int(p["boxOfficeByFilmId"] is not None)),
    "awards' summary": (lambda m: int(m["awards"]["summary"] is not None),
                        lambda p: int(p["awardSummaryByFilmId"] is not None)),
    "awards' nominations": (lambda m: len(m["awards"]["nominations"]), lambda p: len(nodes(p, "awardNominationsByFilmId"))),
    "awards' nominees": (lambda m: sum(len(n["nominees"]) for n in m["awards"]["nominations"]),
                         lambda p: nested(p, "awardNominationsByFilmId", "awardNomineesByNominationId")),
    "locations": (lambda m: len(m["locations"]), lambda p: len(nodes(p, "filmingLocationsByFilmId"))),
    "alternateTitles": (lambda m: len(m["alternateTitles"]), lambda p: len(nodes(p, "alternateTitlesByFilmId"))),
    "releaseDates": (lambda m: len(m["releaseDates"]), lambda p: len(nodes(p, "releaseDatesByFilmId"))),
    "companies": (lambda m: len(m["companies"]), lambda p: len(nodes(p, "companyCreditsByFilmId"))),
    "lists": (lambda m: len(m["lists"]), lambda p: len(nodes(p, "filmListItemsByFilmId"))),
    "taglines": (lambda m: len(m["taglines"]), lambda p: len(nodes(p, "taglinesByFilmId"))),
    "keywords": (lambda m: len(m["keywords"]), lambda p: len(nodes(p, "filmKeywordsByFilmId"))),
    "certifications": (lambda m: len(m["certifications"]), lambda p: len(nodes(p, "certificationsByFilmId"))),
    "videos": (lambda m: len(m["videos"]), lambda p: len(nodes(p, "videosByFilmId"))),
    "translations": (lambda m: len(m["translations"]), lambda p: len(nodes(p, "filmTranslationsByFilmId"))),
    "similar": (lambda m: len(m["similar"]["items"]), None),
}


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
