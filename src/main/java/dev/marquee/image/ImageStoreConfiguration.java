package dev.marquee.image;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The object store of image files, with {@code marquee.images.store=s3}; without it there
 * is none and files are stored in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImageStoreProperties.class)
class ImageStoreConfiguration {

	@Bean
	@ConditionalOnProperty(name = "marquee.images.store", havingValue = "s3")
	ImageObjects imageObjects(ImageStoreProperties properties) {
		return new ImageObjects(properties.s3());
	}

}
