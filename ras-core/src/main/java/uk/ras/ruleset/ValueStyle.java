package uk.ras.ruleset;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the rule vocabulary's value types: write {@code abstract class FooDef} and
 * get the public immutable {@code Foo} with {@code Foo.builder()}, {@code Foo.of(...)} and {@code
 * withX(...)}. Only {@code @Override} is copied from the abstract type, so downstream modules need no
 * Immutables jar.
 *
 * <p><b>Why the generated types are the public ones.</b> A rule set is data that vendors build, copy and
 * vary ({@code rules.withStreams(...)}), and the generated builders, withers and structural equality are
 * exactly that API, with no hand-written copy of it to drift. The hand-written {@code *Def} types stay
 * package-private: they hold the defaults, the derived methods and, for pricing methods, the arithmetic,
 * but a caller can neither name, extend nor receive one. No public member mentions a {@code *Def} type
 * (ArchitectureTest checks that no public member exposes a non-public type), the API baseline records
 * only public supertypes, and {@link PricingMethod} is sealed to its three methods. Used only in this
 * package, where every such type lives.
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
