package dev.newsie.pipeline;

/**
 * A page that one stage cannot process, with a reason a user can act on. Thrown by stages, caught
 * once at the batch boundary and turned into an error record naming the stage.
 */
public class StageException extends RuntimeException {
    private final String stage;

    public StageException(String stage, String reason) {
        super(reason);
        this.stage = stage;
    }

    public StageException(String stage, String reason, Throwable cause) {
        super(reason, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
