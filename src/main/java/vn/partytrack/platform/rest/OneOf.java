package vn.partytrack.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text parameter that takes one of an enumeration's names (and perhaps a few more values): the OpenAPI document
 * lists them ({@link OpenApiConformance}); the resource refuses anything else with a 400 naming the parameter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    /** Values accepted besides the enumeration's names. */
    String[] also() default {};
}
