package vn.vbtrace.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JSON body this endpoint takes, shown to whoever sent one it cannot read: {@link ApiErrors} answers
 * "unreadable-body" with it, so the endpoint needs no error handler of its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface BodyExample {

    String value();
}
