package io.switchboard.host.plugins;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The names a class file declares about itself (its super class and interfaces), read from
 * the bytes without loading the class: the preview of an upload says which extension points a
 * plugin implements before any of its code runs.
 */
record ClassHeader(String name, String superName, List<String> interfaces) {

    /** Internal names ({@code a/b/C}); empty when the bytes are not a class file. */
    static java.util.Optional<ClassHeader> read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != 0xCAFEBABE) {
                return java.util.Optional.empty();
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNameIndex = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNameIndex[i] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    default -> {
                        return java.util.Optional.empty();
                    }
                }
            }
            in.readUnsignedShort();
            String name = utf8[classNameIndex[in.readUnsignedShort()]];
            int superIndex = in.readUnsignedShort();
            String superName = superIndex == 0 ? null : utf8[classNameIndex[superIndex]];
            int interfaceCount = in.readUnsignedShort();
            List<String> interfaces = new ArrayList<>();
            for (int i = 0; i < interfaceCount; i++) {
                interfaces.add(utf8[classNameIndex[in.readUnsignedShort()]]);
            }
            return java.util.Optional.of(new ClassHeader(name, superName, List.copyOf(interfaces)));
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return java.util.Optional.empty();
        }
    }
}
