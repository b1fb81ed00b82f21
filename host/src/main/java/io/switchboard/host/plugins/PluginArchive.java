package io.switchboard.host.plugins;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded plugin zip without trusting it, before PF4J sees it. The central
 * directory is parsed by hand, because that is where symbolic links show (unix mode bits in
 * the external attributes, which {@code java.util.zip} does not expose); the entries are then
 * inflated the way PF4J will extract them (a {@link ZipInputStream} over local headers) and
 * both views must name the same entries, so a zip cannot show one thing and unpack another.
 * Every refusal is an {@link UploadRefusedException} saying exactly what is wrong.
 */
final class PluginArchive {

    static final int MAX_ENTRIES = 5000;
    static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;

    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int UNIX = 3;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMLINK = 0120000;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    /** Files of the archive the checks read: the descriptor, the extension index and class files. */
    private final Map<String, byte[]> files;
    private final int entryCount;

    private PluginArchive(Map<String, byte[]> files, int entryCount) {
        this.files = files;
        this.entryCount = entryCount;
    }

    static PluginArchive read(byte[] zip) {
        Set<String> central = centralDirectory(zip);
        Map<String, byte[]> kept = new LinkedHashMap<>();
        Set<String> local = new LinkedHashSet<>();
        long inflated = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!local.add(entry.getName())) {
                    throw new UploadRefusedException("the zip holds the entry '" + entry.getName() + "' twice");
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INFLATED_BYTES - inflated + 1));
                inflated += bytes.length;
                if (inflated > MAX_INFLATED_BYTES) {
                    throw new UploadRefusedException("the zip unpacks to more than " + MAX_INFLATED_BYTES / 1024 / 1024
                            + " MiB");
                }
                if (keep(entry.getName())) {
                    kept.put(entry.getName(), bytes);
                }
            }
        } catch (ZipException e) {
            throw new UploadRefusedException("the file is not a readable zip: " + e.getMessage());
        } catch (IOException e) {
            throw new UploadRefusedException("the zip cannot be read: " + e.getMessage());
        }
        if (!local.equals(central)) {
            throw new UploadRefusedException("the zip's central directory and its entries disagree about what it"
                    + " holds");
        }
        return new PluginArchive(kept, central.size());
    }

    Map<String, byte[]> files() {
        return files;
    }

    int entryCount() {
        return entryCount;
    }

    byte[] file(String name) {
        return files.get(name);
    }

    private static boolean keep(String name) {
        return name.equals("plugin.properties") || name.equals("classes/META-INF/extensions.idx")
                || (name.startsWith("classes/") && name.endsWith(".class"));
    }

    /** Entry names from the central directory, each checked for links and unsafe paths. */
    private static Set<String> centralDirectory(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEndOfCentralDirectory(buffer);
        int count = Short.toUnsignedInt(buffer.getShort(end + 10));
        long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        if (count == 0xFFFF || offset == 0xFFFFFFFFL) {
            throw new UploadRefusedException("ZIP64 archives are not accepted; a plugin zip is far smaller");
        }
        if (count > MAX_ENTRIES) {
            throw new UploadRefusedException("the zip has " + count + " entries; at most " + MAX_ENTRIES
                    + " are accepted");
        }
        Set<String> names = new LinkedHashSet<>();
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (at < 0 || at + 46 > zip.length || buffer.getInt(at) != CENTRAL_HEADER) {
                throw new UploadRefusedException("the zip's central directory is damaged");
            }
            int madeBy = Short.toUnsignedInt(buffer.getShort(at + 4)) >> 8;
            int flags = Short.toUnsignedInt(buffer.getShort(at + 8));
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(at + 32));
            int external = buffer.getInt(at + 38);
            if (at + 46 + nameLength > zip.length) {
                throw new UploadRefusedException("the zip's central directory is damaged");
            }
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            checkName(name);
            if ((flags & 1) != 0) {
                throw new UploadRefusedException("the entry '" + name + "' is encrypted");
            }
            if (madeBy == UNIX && ((external >>> 16) & FILE_TYPE_MASK) == SYMLINK) {
                throw new UploadRefusedException("the entry '" + name + "' is a symbolic link; links are not"
                        + " accepted");
            }
            if (!names.add(name)) {
                throw new UploadRefusedException("the zip holds the entry '" + name + "' twice");
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int findEndOfCentralDirectory(ByteBuffer buffer) {
        int limit = buffer.capacity();
        for (int at = limit - 22; at >= Math.max(0, limit - 22 - 0xFFFF); at--) {
            if (buffer.getInt(at) == END_OF_CENTRAL_DIRECTORY) {
                return at;
            }
        }
        throw new UploadRefusedException("the file is not a zip (no end of central directory record)");
    }

    static void checkName(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.chars().anyMatch(c -> c < 0x20)) {
            throw new UploadRefusedException("an entry has an empty name or control characters in it");
        }
        if (name.startsWith("/") || name.contains("\\") || DRIVE.matcher(name).matches()) {
            throw new UploadRefusedException("the entry '" + name + "' has an absolute path or a backslash;"
                    + " entries must be relative paths with '/'");
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new UploadRefusedException("the entry '" + name + "' climbs out of the plugin directory"
                        + " ('" + segment + "' segment)");
            }
        }
    }
}
