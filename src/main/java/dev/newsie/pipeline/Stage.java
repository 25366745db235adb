package dev.newsie.pipeline;

/**
 * One stage of the pipeline: reads an {@code I}, adds its part, returns an {@code O}; it never changes its
 * input. The types are the contract — what a stage needs and what it provides — so stages composed in the
 * wrong order do not compile. A stage that cannot go on throws {@link StageException} naming itself.
 */
public interface Stage<I, O> {
    /** The stage's name in error records: ingest, decode, clean, normalize, extract. */
    String name();

    O apply(I input);

    /**
     * Runs the stage; any other failure becomes a {@link StageException} of this stage, so an error record
     * always says where a page failed.
     */
    default O run(I input) {
        try {
            return apply(input);
        } catch (StageException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new StageException(name(), name() + " failed: " + e, e);
        }
    }
}
