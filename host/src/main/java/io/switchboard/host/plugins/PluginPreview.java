package io.switchboard.host.plugins;

import java.util.List;

/**
 * What an uploaded plugin is and what installing it would do, shown to the admin before
 * anything of it runs.
 *
 * @param uploadId the staged upload to install or discard
 * @param sha256 hex SHA-256 of the zip as uploaded
 * @param signedBy the name of the trusted key whose signature verified, or {@code null} when unsigned
 * @param extensions the extension classes it declares and the extension point of each
 * @param installedVersion the version installed now, or {@code null}
 * @param action {@code install} or {@code upgrade}
 */
public record PluginPreview(String uploadId, String id, String version, String provider, String description,
                            String requires, String license, String sha256, long size, int entries, String signedBy,
                            List<Extension> extensions, String installedVersion, String action) {

    /**
     * One declared extension.
     *
     * @param extensionPoint {@code channel}, {@code survey}, {@code metric}, or {@code other}
     */
    public record Extension(String className, String extensionPoint) {
    }
}
