package dev.marquee.changes;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What happened to a resource.
 */
public enum ChangeAction {

	CREATE("create"), UPDATE("update"), DELETE("delete");

	private final String code;

	ChangeAction(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	static ChangeAction fromCode(String code) {
		for (ChangeAction action : values()) {
			if (action.code.equals(code)) {
				return action;
			}
		}
		throw new IllegalArgumentException("Unknown change action '" + code + "'");
	}

}
