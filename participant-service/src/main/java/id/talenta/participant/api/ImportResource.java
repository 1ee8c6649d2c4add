package id.talenta.participant.api;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.Problem;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.chassis.security.Roles;
import id.talenta.participant.config.ImportConfig;
import id.talenta.participant.domain.ImportJob;
import id.talenta.participant.domain.ImportRowChange;
import id.talenta.participant.domain.ImportRowError;
import id.talenta.participant.imports.ImportJobs;
import id.talenta.participant.imports.UploadSpool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of participants from CSV (our columns or SIASN export columns) or NDJSON, as a job. */
@Path("/api/v1/participant-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participant imports", description = "Bulk upsert from files; progress, counts and row errors per job")
public class ImportResource {

    static final String CSV_EXAMPLE = """
            nip,fullName,employmentType,rank,positionTitle,jobLevel,unitCode
            196608011988031001,Siti Rahmawati,PNS,IV/a,Kepala Bidang Pengembangan SDM,ADMINISTRATOR,BKPSDM-PROB
            """;
    static final String SIASN_EXAMPLE = """
            nipBaru,nama,gelarDepan,gelarBelakang,tglLahir,golRuangAkhirId,jenisJabatanId,eselonId,jabatanNama,unorId
            196608011988031001,Siti Rahmawati,Dr.,M.Si.,01-08-1966,41,1,31,Kepala Bidang Pengembangan SDM,BKPSDM-PROB
            """;
    static final String NDJSON_EXAMPLE = """
            {"nip":"196608011988031001","fullName":"Siti Rahmawati","employmentType":"PNS","rank":"IV/a","positionTitle":"Kepala Bidang","jobLevel":"ADMINISTRATOR","unitCode":"BKPSDM-PROB"}
            """;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportConfig config;

    @Inject
    CallerIdentity caller;

    @Context
    UriInfo uri;

    @POST
    // Any content type reaches the method, so that authentication and roles are checked first (401/403 before
    // 415: the security contract); the method itself refuses what is not CSV or NDJSON.
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(
            operationId = "startParticipantImport",
            summary = "Import participants from a CSV or NDJSON file (roles: hr-officer, admin, integration)",
            description =
                    "CSV needs a header row with our field names or SIASN export names (nipBaru, nama, gelarDepan, "
                            + "gelarBelakang, tglLahir dd-mm-yyyy, golRuangAkhirId, eselonId, jenisJabatanId, jabatanFungsional, "
                            + "jabatanNama, unorId). Row numbers in errors: CSV counts the header as row 1; NDJSON counts lines from 1. "
                            + "Rows whose normalized data equals what is stored change nothing and publish nothing.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = ImportJobs.CSV,
                        examples = {
                            @ExampleObject(name = "our columns", value = CSV_EXAMPLE),
                            @ExampleObject(name = "SIASN export", value = SIASN_EXAMPLE)
                        }),
                @Content(
                        mediaType = ImportJobs.NDJSON,
                        examples = @ExampleObject(name = "ndjson", value = NDJSON_EXAMPLE)),
                @Content(
                        mediaType = ImportJobs.XLSX,
                        schema =
                                @Schema(
                                        type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                        format = "binary",
                                        description =
                                                "An .xlsx workbook: its first sheet, with the same columns as a CSV"))
            })
    @APIResponse(responseCode = "202", description = "Job accepted; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid mode or dryRun")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "413", description = "Upload larger than talenta.imports.max-upload-size")
    @APIResponse(responseCode = "415", description = "Not text/csv, application/x-ndjson or an .xlsx workbook")
    public Response start(
            @QueryParam("mode") @Parameter(example = "UPSERT", description = "UPSERT (default) or CREATE_ONLY")
                    String mode,
            @QueryParam("dryRun") @Parameter(example = "false") String dryRun,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Content-Length") String contentLength,
            InputStream body)
            throws IOException {
        String type = contentType == null
                ? ""
                : contentType.toLowerCase(java.util.Locale.ROOT).strip();
        if (!type.startsWith(ImportJobs.CSV)
                && !type.startsWith(ImportJobs.NDJSON)
                && !type.startsWith(ImportJobs.XLSX)) {
            throw new ProblemException(
                    415,
                    "Unsupported Media Type",
                    "Upload text/csv, application/x-ndjson or an .xlsx workbook (" + ImportJobs.XLSX + "); got "
                            + (type.isEmpty() ? "no content type" : type.substring(0, Math.min(100, type.length()))));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String m = mode == null || mode.isBlank() ? "UPSERT" : mode.strip();
        if (!Set.of("UPSERT", "CREATE_ONLY").contains(m)) {
            errors.add(new Problem.FieldError("mode", "must be UPSERT or CREATE_ONLY"));
        }
        if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
            errors.add(new Problem.FieldError("dryRun", "must be true or false"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        long limit = config.maxUploadSize().asLongValue();
        if (contentLength != null && contentLength.matches("\\d{1,18}") && Long.parseLong(contentLength) > limit) {
            throw ProblemException.payloadTooLarge(
                    "The upload is larger than the limit of " + limit + " bytes (talenta.imports.max-upload-size)");
        }
        String format = type.startsWith(ImportJobs.NDJSON)
                ? ImportJobs.NDJSON
                : type.startsWith(ImportJobs.XLSX) ? ImportJobs.XLSX : ImportJobs.CSV;
        UploadSpool.Spooled upload = UploadSpool.spool(
                body, config.spoolDirectory().map(java.nio.file.Path::of).orElse(null), limit);
        // Lines estimate the rows of a text file; a workbook's rows are counted as they are read.
        long expected = format.equals(ImportJobs.CSV)
                ? Math.max(0, upload.lines() - 1)
                : format.equals(ImportJobs.NDJSON) ? upload.lines() : 0;
        ImportJob job = jobs.create("IMPORT", m, "true".equals(dryRun), format, expected, caller.subject());
        jobs.submitFile(job, upload);
        return Response.accepted(ImportJobResponse.of(job))
                .location(uri.getBaseUriBuilder()
                        .path("api/v1/participant-imports")
                        .path(job.id.toString())
                        .build())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(
            operationId = "getParticipantImport",
            summary = "Progress and counts of an import or national-sync job (roles: hr-officer, admin, integration)")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown job")
    public ImportJobResponse get(@PathParam("id") String id) {
        return ImportJobResponse.of(job(id));
    }

    @GET
    @Path("{id}/changes")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(
            operationId = "listParticipantImportChanges",
            summary = "What a dry run would change, by row: {row, nip, action CREATE|UPDATE|DEACTIVATE, changedFields} "
                    + "(roles: hr-officer, admin, integration)",
            description = "Only dry runs record this (before anything is written); unchanged rows are counted, not "
                    + "listed, and rejected rows are in .../errors. A real import's changes are in each participant's "
                    + "history.")
    @APIResponse(responseCode = "200", description = "One page of row changes")
    @APIResponse(responseCode = "400", description = "Invalid page or size")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown job")
    public Page<ImportRowChange> changes(
            @PathParam("id") String id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ImportJob job = job(id);
        return jobs.changes(job.id, PageRequest.of(page, size, null, Set.of("row"), "row"));
    }

    @GET
    @Path("{id}/errors")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(
            operationId = "listParticipantImportErrors",
            summary = "Row errors of a job, by row: {row, nip, field, message} (roles: hr-officer, admin, integration)")
    @APIResponse(responseCode = "200", description = "One page of row errors")
    @APIResponse(responseCode = "400", description = "Invalid page or size")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown job")
    public Page<ImportRowError> errors(
            @PathParam("id") String id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ImportJob job = job(id);
        return jobs.errors(job.id, PageRequest.of(page, size, null, Set.of("row"), "row"));
    }

    private ImportJob job(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Import job", id);
        }
        return jobs.find(uuid).orElseThrow(() -> ProblemException.notFound("Import job", id));
    }
}
