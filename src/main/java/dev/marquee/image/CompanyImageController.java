package dev.marquee.image;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/companies/{id}/images")
@Tag(name = "Images")
class CompanyImageController extends ImageController {

	CompanyImageController(Images images, ImageUploads uploads) {
		super(ImageOwner.COMPANY, images, uploads);
	}

}
