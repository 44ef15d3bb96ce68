package dev.marquee.support.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents an operation's answers as one of the shared {@link Answers}, so the operation
 * lists the same problems in the same words as its kind elsewhere.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Answered {

	Answers value();

}
