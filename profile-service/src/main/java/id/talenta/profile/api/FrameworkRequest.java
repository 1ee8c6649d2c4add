package id.talenta.profile.api;

import id.talenta.profile.domain.CompetencyDefinition;
import id.talenta.profile.domain.FrameworkDefinition;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.domain.JpmPolicy;
import id.talenta.profile.domain.PotentialPolicy;
import id.talenta.profile.domain.ValidityPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new framework version; shape checks here, the cross-field rules in FrameworkValidator. */
@Schema(
        description = "A competency framework version: competencies, the standard (job level → competency → required "
                + "level, every job level and every competency), the JPM policy and the potential policy")
public record FrameworkRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Standar kompetensi 2026")
        String name,

        @NotEmpty @Size(max = 100) List<@NotNull CompetencyDefinition> competencies,
        @NotNull Map<JobLevel, Map<String, Integer>> standard,
        @NotNull JpmPolicy jpmPolicy,
        @NotNull PotentialPolicy potentialPolicy,

        @Schema(description = "How long a result counts from its assessment date (default 36 months)")
        ValidityPolicy validity) {

    FrameworkDefinition toDefinition() {
        return new FrameworkDefinition(name, competencies, standard, jpmPolicy, potentialPolicy, validity);
    }
}
