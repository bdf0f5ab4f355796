package uk.ras.ruleset;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library's value types, applied to their packages: write {@code abstract
 * class FooDef} and get the public immutable {@code Foo} with {@code Foo.builder()}. Only {@code @Override}
 * is copied from the abstract type, so downstream modules need no Immutables jar.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allowedClasspathAnnotations = {Override.class},
    jdkOnly = true,
    defaults = @Value.Immutable(prehash = false))
@interface ValueStyle {}
