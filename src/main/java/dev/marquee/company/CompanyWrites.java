package dev.marquee.company;

import java.util.Objects;

import dev.marquee.changes.ChangeAction;
import dev.marquee.changes.Changes;
import dev.marquee.support.web.ConflictException;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import dev.marquee.support.web.Versioned;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, replaces, patches and deletes companies, each change recorded in the feed.
 * Replacing, patching and deleting need the version read ({@code If-Match}); an IMDb id
 * belongs to one company only (409); a company still credited on films is not deleted
 * (409 saying on how many).
 */
@Service
@Transactional
class CompanyWrites {

	private final CompanyRepository repository;

	private final CompanyCreditRepository credits;

	private final MergePatches patches;

	private final Changes changes;

	CompanyWrites(CompanyRepository repository, CompanyCreditRepository credits, MergePatches patches,
			Changes changes) {
		this.repository = repository;
		this.credits = credits;
		this.patches = patches;
		this.changes = changes;
	}

	Versioned<CompanyView> create(CompanyInput input) {
		Company company = new Company(input.imdbId(), input.name(), input.country());
		return written(company, input, ChangeAction.CREATE);
	}

	Versioned<CompanyView> replace(ResourceId id, CompanyInput input, Preconditions preconditions) {
		return written(require(id, preconditions), input, ChangeAction.UPDATE);
	}

	Versioned<CompanyView> patch(ResourceId id, JsonNode patch, Preconditions preconditions) {
		Company company = require(id, preconditions);
		return written(company, this.patches.apply(CompanyInput.of(company), patch, CompanyInput.class),
				ChangeAction.UPDATE);
	}

	void delete(ResourceId id, Preconditions preconditions) {
		Company company = require(id, preconditions);
		long films = this.credits.countFilmsOf(company);
		if (films > 0) {
			throw ConflictException.inUse("Company " + describe(company) + " is still credited on " + films + " film"
					+ ((films == 1) ? "" : "s") + ": delete those company credits first; deleting the company would "
					+ "leave them pointing at nothing");
		}
		long companyId = Objects.requireNonNull(company.getId());
		this.repository.delete(company);
		this.repository.flush();
		this.changes.record(ChangeAction.DELETE, "company", companyId, company.getImdbId());
	}

	private Company require(ResourceId id, Preconditions preconditions) {
		Company company = CompanyDirectory.find(this.repository, id);
		preconditions.require(company.getVersion(), "company " + describe(company));
		return company;
	}

	/**
	 * Checks that no other company has the IMDb id (before the change: the query would
	 * flush it), writes the company (the version check happens here, so a concurrent
	 * write makes this one fail with 412) and records the change.
	 */
	private Versioned<CompanyView> written(Company company, CompanyInput input, ChangeAction action) {
		@Nullable String imdbId = input.imdbId();
		if (imdbId != null) {
			this.repository.findByImdbId(imdbId).filter((other) -> !other.equals(company)).ifPresent((other) -> {
				throw taken(imdbId);
			});
		}
		company.update(input);
		Company saved;
		try {
			saved = this.repository.saveAndFlush(company);
		}
		catch (DataIntegrityViolationException ex) {
			// Another request took the IMDb id after the check above.
			if (imdbId != null && String.valueOf(ex.getMessage()).contains("company_imdb_id_key")) {
				throw taken(imdbId);
			}
			throw ex;
		}
		this.changes.record(action, "company", Objects.requireNonNull(saved.getId()), saved.getImdbId());
		return new Versioned<>(saved.toView(), saved.getVersion());
	}

	private static ConflictException taken(String imdbId) {
		return ConflictException.taken("a company with IMDb id " + imdbId, "/api/v1/companies/" + imdbId);
	}

	private static String describe(Company company) {
		return (company.getImdbId() != null) ? company.getImdbId() : String.valueOf(company.getId());
	}

}
