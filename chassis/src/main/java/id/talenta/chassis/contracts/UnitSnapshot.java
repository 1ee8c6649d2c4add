package id.talenta.chassis.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A {@code unit.registered|updated} event (topic {@code talenta.units.v1}, key = unit code): the unit's full state,
 * already checked against its contract. A move changes only the moved unit's {@code parentCode}: the units below it
 * follow, because every replica resolves a subtree through the parent links.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitSnapshot(String code, String name, String parentCode, String agencyCode, long revision) {}
