package dev.marquee.image;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people/{id}/images")
@Tag(name = "Images")
class PersonImageController extends ImageController {

	PersonImageController(Images images, ImageUploads uploads) {
		super(ImageOwner.PERSON, images, uploads);
	}

}
