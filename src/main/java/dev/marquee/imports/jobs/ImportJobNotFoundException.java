package dev.marquee.imports.jobs;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;

class ImportJobNotFoundException extends ApiException {

	private ImportJobNotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

	static ImportJobNotFoundException forId(long id) {
		return new ImportJobNotFoundException("No import job with id " + id);
	}

}
