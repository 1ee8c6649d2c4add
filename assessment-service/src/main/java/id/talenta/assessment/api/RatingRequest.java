package id.talenta.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One assessor's ratings of one participant in one method. */
@Schema(name = "Ratings")
public record RatingRequest(
        @NotNull @Schema(example = "0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80")
        UUID assessorId,

        @NotEmpty @Size(max = 100) List<@Valid @NotNull CompetencyRating> ratings) {

    public record CompetencyRating(
            @NotBlank @Size(max = 50) @Schema(example = "INTEGRITAS")
            String competency,

            @NotNull @DecimalMin("1.0") @DecimalMax("5.0") @Digits(integer = 1, fraction = 2) @Schema(example = "3.5")
            BigDecimal level,

            @Size(max = 4000)
            @Schema(example = "Menolak gratifikasi dalam simulasi; konsisten antara kata dan tindakan.")
            String evidence) {}
}
