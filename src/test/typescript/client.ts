// A frontend's first program against Marquee, written only with the types generated from docs/openapi.json:
// it reads a title page, pages a list and handles a problem, with no casts and no `any`. check.sh compiles it
// (strict) on every build, so a change of the document that would break such a client breaks the build.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/marquee.js";

type Film = components["schemas"]["Film"];
type Problem = components["schemas"]["ProblemDetail"];

// The exactness the document promises, pinned: always-present keys are required, null where null arrives.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const pins: [
  Same<Film["plot"], string | null>,
  Same<Film["title"], string>,
  Same<Film["episodeOf"], components["schemas"]["EpisodeOf"] | null>,
  Same<components["schemas"]["PageViewFilmSummary"]["nextCursor"], string | null>,
  Same<components["schemas"]["PageViewFilmSummary"]["total"], number | null>,
  Same<components["schemas"]["CastMember"]["creditedAs"], string | null>,
  Same<components["schemas"]["FilmPatch"]["plot"], string | null | undefined>,
  // one vocabulary: a film's rating and year have one shape wherever a film appears
  Same<components["schemas"]["FilmSummary"]["rating"], Film["rating"]>,
  Same<components["schemas"]["Episode"]["rating"], Film["rating"]>,
  Same<components["schemas"]["FilmHit"]["releaseYear"], Film["releaseYear"]>,
  Same<components["schemas"]["ListedFilm"]["releaseYear"], Film["releaseYear"]>,
  Same<components["schemas"]["FilmRef"]["releaseYear"], Film["releaseYear"]>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];

const marquee = createClient<paths>({
  baseUrl: "http://localhost:8080",
  // include= is a comma-separated list, as the document says (style form, explode false)
  querySerializer: { array: { style: "form", explode: false } },
});

function explain(problem: Problem): string {
  const fields = (problem.errors ?? []).map((error) => `${error.in} ${error.name}: ${error.message}`);
  return `${problem.status} ${problem.code}: ${problem.detail ?? problem.title}` + (fields.length ? ` (${fields.join("; ")})` : "");
}

export async function titlePage(id: string): Promise<string> {
  const { data, error } = await marquee.GET("/api/v1/films/{id}", {
    params: { path: { id }, query: { include: ["cast", "crew", "box-office"] } },
  });
  if (error) {
    return explain(error);
  }
  const year: string = data.releaseYear === null ? "year unknown" : String(data.releaseYear);
  const plot: string = data.plot ?? "no plot yet";
  const stars = (data.cast ?? []).slice(0, 3).map((member) => member.creditedAs ?? member.person.name);
  const rating = data.rating.average === null ? "unrated" : `${data.rating.average}/10 (${data.rating.votes})`;
  const series = data.episodeOf === null ? "" : ` — an episode of ${data.episodeOf.series.title}`;
  const budget = data.boxOffice?.budget?.amount;
  return `${data.title} (${year}, ${data.type})${series}: ${plot} ${rating}; with ${stars.join(", ")}`
    + (budget === undefined ? "" : `; budget ${budget}`);
}

type FilmPage = components["schemas"]["PageViewFilmSummary"];

async function filmPage(genre: string, after: string | null): Promise<FilmPage> {
  const { data, error } = await marquee.GET("/api/v1/films", {
    params: { query: after === null ? { genre, size: 100 } : { genre, size: 100, after } },
  });
  if (error) {
    throw new Error(explain(error));
  }
  return data;
}

export async function everyFilm(genre: string): Promise<string[]> {
  const titles: string[] = [];
  let page: FilmPage = await filmPage(genre, null);
  titles.push(...page.items.map((film) => film.title));
  while (page.nextCursor !== null) {
    page = await filmPage(genre, page.nextCursor);
    titles.push(...page.items.map((film) => film.title));
  }
  return titles;
}

// A search hit is a film or a person, told apart by kind; a film hit's type is the film's, as on the film.
export async function searchLines(q: string): Promise<string[]> {
  const { data, error } = await marquee.GET("/api/v1/search", { params: { query: { q } } });
  if (error) {
    return [explain(error)];
  }
  return data.items.map((hit) =>
    hit.kind === "film" ? `${hit.title} (${hit.releaseYear ?? "year unknown"}, ${hit.type})` : `${hit.name} (person)`);
}

export async function renamePlot(id: string, etag: string): Promise<string> {
  const { data, error, response } = await marquee.PATCH("/api/v1/films/{id}", {
    params: { path: { id }, header: { "If-Match": etag } },
    body: { plot: null, runtimeMinutes: 128 },
    headers: { "Content-Type": "application/merge-patch+json" },
  });
  if (error) {
    return response.status === 412 ? "changed meanwhile: read it again" : explain(error);
  }
  return `${data.title} is now version ${data.version}`;
}

export { pins };
