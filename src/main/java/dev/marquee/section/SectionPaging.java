package dev.marquee.section;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.marquee.support.jpa.BaseEntity;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;

/**
 * What the paged title-page sections share: the documented words of their parameters
 * (paging a list kept in id order is {@link SectionRows#pageById}).
 */
public final class SectionPaging {

	public static final String ITEM_ID = "The item's numeric id, as the section's list gives it";

	public static final String SPOILERS = "hide leaves out items that give the plot away; show (the default) "
			+ "answers every item, each marked with spoiler";

	private SectionPaging() {
	}

	/**
	 * The {@code spoilers} filter of the sections whose items can give the plot away.
	 */
	public static Parameter spoilers() {
		return new QueryParameter().name("spoilers")
			.required(false)
			.description(SPOILERS)
			.schema(new StringSchema()._default("show")._enum(List.of("hide", "show")))
			.example("hide");
	}

	/**
	 * A page of a list kept in id order: reads the cursor made for {@code sort}, asks
	 * {@code rows} for the rows after that id (0 before the first) with the page's limit,
	 * and makes the next cursor from the last row's id.
	 */
	public static <R extends BaseEntity, T> PageView<T> pageById(String sort, int size, @Nullable String after,
			BiFunction<Long, Limit, List<R>> rows, Function<R, T> mapper) {
		Cursor cursor = Cursor.decode(after, sort, 1);
		long afterId = (cursor != null) ? cursor.longKey(0) : 0;
		return PageView.of(rows.apply(afterId, Limit.of(size + 1)), size, mapper,
				(row) -> Cursor.of(sort, row.getId()));
	}

}
