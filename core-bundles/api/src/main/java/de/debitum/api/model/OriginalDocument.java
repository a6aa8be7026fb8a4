package de.debitum.api.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The file a document was read from, kept unchanged, with its SHA-256 hash in lower-case hex.
 * The content is copied on the way in and out, so the record stays immutable.
 */
public record OriginalDocument(String fileName, String mediaType, byte[] content, String sha256) {

    public OriginalDocument {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content.clone();
        sha256 = sha256 == null ? sha256Of(content) : sha256;
    }

    /** Creates the record and computes the hash. */
    public static OriginalDocument of(String fileName, String mediaType, byte[] content) {
        return new OriginalDocument(fileName, mediaType, content, null);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Returns the content size in bytes without copying it. */
    public int size() {
        return content.length;
    }

    /** Returns whether the hash matches the content. */
    public boolean hashMatches() {
        return sha256Of(content).equals(sha256);
    }

    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OriginalDocument that
                && Objects.equals(fileName, that.fileName)
                && mediaType.equals(that.mediaType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "OriginalDocument[" + fileName + ", " + mediaType + ", " + content.length + " bytes, sha256=" + sha256 + "]";
    }
}
