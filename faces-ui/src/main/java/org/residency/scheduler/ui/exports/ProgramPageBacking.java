package org.residency.scheduler.ui.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.Part;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.FormatJsonb;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ProgramReader;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.program.boundary.ProgramSummary;
import org.residency.scheduler.ui.CurrentProgram;
import org.residency.scheduler.ui.CurrentUser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The program page ({@code program.xhtml}): the current program's residents, faculty, rotations and
 * curriculum, its {@code residency-program/1} document as a download, and (coordinators and admins)
 * the import of a new program from a file, checked exactly as {@code POST /api/programs} checks it
 * (same reader, same service), each error shown with the field it is about.
 */
@Named
@RequestScoped
public class ProgramPageBacking {

    /** The same limit as a REST body ({@code api.max-body-bytes}, 10 MB by default). */
    static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;
    private static final Jsonb JSONB = JsonbBuilder.create(FormatJsonb.config());

    @Inject
    CurrentProgram program;
    @Inject
    CurrentUser user;
    @Inject
    ProgramService programs;

    private ProgramDocument document;
    private Part file;
    private List<FieldError> uploadErrors = List.of();
    private ProgramSummary imported;

    public ProgramDocument getDocument() {
        if (document == null && program.getId() != null) {
            try {
                document = programs.export(program.getId());
            } catch (ResourceNotFoundException e) {
                message(FacesMessage.SEVERITY_WARN, e.getMessage());
            }
        }
        return document;
    }

    public String rotationName(String rotationId) {
        ProgramDocument doc = getDocument();
        return doc == null ? rotationId : doc.rotations().stream().filter(r -> r.id().equals(rotationId))
                .map(ProgramDocument.Rotation::name).findFirst().orElse(rotationId);
    }

    public void download() throws IOException {
        ProgramDocument doc = getDocument();
        if (doc == null) {
            message(FacesMessage.SEVERITY_ERROR, "There is no program to download.");
            return;
        }
        byte[] json = JSONB.toJson(doc).getBytes(StandardCharsets.UTF_8);
        String name = (doc.name() == null ? "program" : doc.name()).replaceAll("[^A-Za-z0-9._-]+", "-") + ".json";
        Downloads.send("application/json", name, out -> out.write(json));
    }

    public String upload() {
        if (!user.isManager()) {
            message(FacesMessage.SEVERITY_ERROR, "Only coordinators and admins may import a program.");
            return null;
        }
        if (file == null || file.getSize() == 0) {
            uploadErrors = List.of(new FieldError("file", "choose a residency-program/1 JSON file"));
            message(FacesMessage.SEVERITY_ERROR, "The program was not imported: no file.");
            return null;
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            uploadErrors = List.of(new FieldError("file", "the file has " + file.getSize() + " bytes; at most "
                    + MAX_UPLOAD_BYTES + " are accepted"));
            message(FacesMessage.SEVERITY_ERROR, "The program was not imported: the file is too large.");
            return null;
        }
        try {
            imported = programs.create(ProgramReader.read(text(file)));
            message(FacesMessage.SEVERITY_INFO, "Imported the program '" + imported.name() + "' (id " + imported.id()
                    + "): " + imported.blocks() + " blocks of " + imported.blockDays() + " days.");
        } catch (InvalidDocumentException e) {
            uploadErrors = e.errors();
            message(FacesMessage.SEVERITY_ERROR, "The program was not imported: " + e.errors().size()
                    + (e.errors().size() == 1 ? " error" : " errors") + " in the file, listed below by field.");
        } catch (ConflictException e) {
            uploadErrors = List.of(new FieldError("name", e.getMessage()));
            message(FacesMessage.SEVERITY_ERROR, "The program was not imported: " + e.getMessage() + ".");
        } catch (IOException e) {
            uploadErrors = List.of(new FieldError("file", "the upload could not be read: " + e.getMessage()));
            message(FacesMessage.SEVERITY_ERROR, "The program was not imported.");
        }
        return null;
    }

    /** UTF-8 strictly: a binary or wrongly encoded file is an error, not mojibake in names. */
    private static String text(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDocumentException(List.of(new FieldError("file", "the file is not UTF-8 text")));
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<FieldError> getUploadErrors() {
        return uploadErrors;
    }

    public ProgramSummary getImported() {
        return imported;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
