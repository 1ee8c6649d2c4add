package id.talenta.participant.domain;

import java.util.List;

/**
 * What one row of a dry run would do: register the person ({@code CREATE}), change the fields named
 * ({@code UPDATE}), or end their service by the file's legal status ({@code DEACTIVATE}).
 */
public record ImportRowChange(long row, String nip, String action, List<String> changedFields) {}
