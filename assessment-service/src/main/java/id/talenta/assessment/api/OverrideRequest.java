package id.talenta.assessment.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The lead assessor's final level for a competency, instead of the proposal; a reason is mandatory. */
public record OverrideRequest(
        @NotBlank @Size(max = 50) @Schema(example = "KOMUNIKASI")
        String competency,

        @NotNull @DecimalMin("1.0") @DecimalMax("5.0") @Digits(integer = 1, fraction = 2) @Schema(example = "3.0")
        BigDecimal level,

        @NotBlank @Size(max = 2000) @Schema(example = "Konsisten kuat di diskusi kelompok; wawancara kurang mewakili.")
        String reason) {}
