package dev.newsie.model;

/** Why a page could not be (fully) processed: the stage that failed and a reason a user can act on. */
public record StageError(String stage, String reason) {
}
