package dev.marquee.image;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/films/{id}/images")
@Tag(name = "Images")
class FilmImageController extends ImageController {

	FilmImageController(Images images, ImageUploads uploads) {
		super(ImageOwner.FILM, images, uploads);
	}

}
