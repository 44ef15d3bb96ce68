package dev.marquee.films;

import dev.marquee.film.Films;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Films looked up by id in one request, in the order asked; missing lists the ids that match no film.")
record FilmBatch(List<FilmView> items, @Schema(example = "[\"tt0000001\"]") List<String> missing) {
}
