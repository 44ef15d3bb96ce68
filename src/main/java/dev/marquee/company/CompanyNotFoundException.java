package dev.marquee.company;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ResourceId;

public final class CompanyNotFoundException extends ApiException {

	private CompanyNotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

	public static CompanyNotFoundException forId(ResourceId id) {
		return new CompanyNotFoundException("No company with id '" + id + "'");
	}

}
