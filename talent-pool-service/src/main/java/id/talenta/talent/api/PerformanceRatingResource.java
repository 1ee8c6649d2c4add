package id.talenta.talent.api;

import id.talenta.chassis.http.PathIds;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.chassis.security.Roles;
import id.talenta.talent.config.TalentConfig;
import id.talenta.talent.domain.Job;
import id.talenta.talent.domain.SkpRating;
import id.talenta.talent.jobs.JobRunner;
import id.talenta.talent.jobs.JobView;
import id.talenta.talent.ratings.PerformanceRatings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Performance ratings", description = "Annual SKP ratings: the performance axis of the nine-box")
public class PerformanceRatingResource {

    @Schema(example = "{\"rating\": \"SANGAT_BAIK\", \"source\": \"SKP 2024\"}")
    public record RatingRequest(
            @NotBlank
            @Size(max = 40)
            @Schema(
                    description =
                            "SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG (or SIASN kuadranKinerjaNilai 1..5)")
            String rating,

            @Size(max = 100) String source) {}

    public record RatingView(UUID participantId, int year, String rating, String source) {}

    /** Job kind of a rating import. */
    static final String RATING_IMPORT = "RATING_IMPORT";

    @Inject
    PerformanceRatings ratings;

    @Inject
    JobRunner jobs;

    @Inject
    CallerIdentity caller;

    @Inject
    TalentConfig config;

    @PUT
    @Path("/performance-ratings/{participantId}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER})
    @Operation(
            operationId = "putPerformanceRating",
            summary =
                    "Record the SKP rating of one participant for one year; " + "re-evaluates placement and readiness")
    @APIResponse(responseCode = "201", description = "Rating recorded")
    @APIResponse(responseCode = "200", description = "Rating replaced")
    @APIResponse(responseCode = "400", description = "Invalid rating, or a year before 2000 or after the current one")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown participant")
    public Response put(
            @PathParam("participantId") String participantId,
            @PathParam("year") String year,
            @Valid @NotNull RatingRequest request) {
        UUID id = PathIds.uuid(participantId, "Participant");
        int y;
        try {
            y = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("year", "must be a year");
        }
        ratings.yearProblem(y).ifPresent(problem -> {
            throw ProblemException.badRequest("year", problem);
        });
        SkpRating rating = SkpRating.parse(request.rating())
                .orElseThrow(() -> ProblemException.badRequest(
                        "rating", "must be one of SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG or 1..5"));
        String source = request.source() == null || request.source().isBlank()
                ? "MANUAL"
                : request.source().trim();
        boolean created = ratings.recordKnown(id, y, rating, source, caller.subject());
        RatingView view = new RatingView(id, y, rating.name(), source);
        return created
                ? Response.created(URI.create("/api/v1/performance-ratings/" + id + "/" + y))
                        .entity(view)
                        .build()
                : Response.ok(view).build();
    }

    @GET
    @Path("/performance-ratings/{participantId}")
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(
            operationId = "listPerformanceRatings",
            summary = "All SKP ratings of one participant, latest year first")
    @APIResponse(responseCode = "200", description = "The ratings")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Malformed participant id")
    public List<RatingView> list(@PathParam("participantId") String participantId) {
        UUID id = PathIds.uuid(participantId, "Participant");
        return ratings.of(id).stream()
                .map(r -> new RatingView(id, r.year(), r.rating(), r.source()))
                .toList();
    }

    @POST
    @Path("/performance-rating-imports")
    // Any media type reaches the method so that authentication and roles are checked first (401/403 before 415);
    // the method itself accepts only CSV (text/csv or text/plain).
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER})
    @Operation(
            operationId = "importPerformanceRatings",
            summary = "Import SKP ratings from CSV (nip,year,rating); "
                    + "rating may be the SKP code or SIASN kuadranKinerjaNilai 1..5. Runs as a job with row errors")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples =
                                    @ExampleObject(
                                            name = "csv",
                                            value =
                                                    "nip,year,rating\n196608011988031001,2024,SANGAT_BAIK\n197001011995032002,2024,2\n")))
    @APIResponse(responseCode = "202", description = "Import accepted; Location points at the job")
    @APIResponse(responseCode = "400", description = "Empty upload")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "413", description = "Upload larger than talenta.talent.import-max-bytes")
    @APIResponse(responseCode = "415", description = "Not text/csv")
    public Response importCsv(@HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        String type =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!type.equals("text/csv") && !type.equals(MediaType.TEXT_PLAIN)) {
            throw new jakarta.ws.rs.NotSupportedException("the upload must be text/csv (nip,year,rating)");
        }
        List<JobRunner.RatingRow> rows = parse(body, config.importMaxBytes().asLongValue());
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("body", "the CSV has no data rows (expected nip,year,rating)");
        }
        String actor = caller.subject();
        Job job = jobs.create(RATING_IMPORT, null, rows.size(), actor);
        jobs.startRatingImport(job.id, rows, actor);
        return Response.accepted(JobView.of(job))
                .location(URI.create("/api/v1/performance-rating-imports/" + job.id))
                .build();
    }

    @GET
    @Path("/performance-rating-imports/{id}")
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER})
    @Operation(
            operationId = "getPerformanceRatingImport",
            summary = "Progress, counts and row errors of a rating import")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such import")
    public JobView importJob(@PathParam("id") String id) {
        UUID jobId = PathIds.uuid(id, "Import");
        return jobs.find(jobId, RATING_IMPORT)
                .map(JobView::of)
                .orElseThrow(() -> ProblemException.notFound("Import", id));
    }

    /** Reads the CSV as a stream, refusing anything beyond the limit (413) before it is all in memory. */
    static List<JobRunner.RatingRow> parse(InputStream body, long maxBytes) throws IOException {
        List<JobRunner.RatingRow> rows = new ArrayList<>();
        long bytes = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
                if (bytes > maxBytes) {
                    throw ProblemException.payloadTooLarge("the upload exceeds " + maxBytes + " bytes");
                }
                String trimmed = line.strip();
                if (number == 1 && trimmed.startsWith("\uFEFF")) {
                    trimmed = trimmed.substring(1);
                }
                if (trimmed.isEmpty() || (number == 1 && !Character.isDigit(trimmed.charAt(0)))) {
                    continue; // blank line or header
                }
                String[] f = trimmed.split("[,;]", -1);
                rows.add(new JobRunner.RatingRow(
                        number,
                        f[0].trim().replace("\"", ""),
                        f.length > 1 ? f[1].trim().replace("\"", "") : "",
                        f.length > 2 ? f[2].trim().replace("\"", "") : ""));
            }
        }
        return rows;
    }
}
