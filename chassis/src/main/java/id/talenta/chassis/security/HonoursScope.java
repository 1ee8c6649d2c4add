package id.talenta.chassis.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation (or every operation of a resource) that restricts what it reads and writes to the caller's
 * {@link AccessScope}: agencies and unit subtrees. An operation without it serves national-scope staff tokens only
 * and refuses a narrower scope with 403 ({@link OperationRolesFilter}), so a scope is never served as national.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface HonoursScope {}
