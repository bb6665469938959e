package com.acme.plugins;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

final class PluginUnpacker {
    void unpack(InputStream jar, File pluginDir) throws IOException {
        String base = pluginDir.getCanonicalPath() + File.separator;
        try (ZipInputStream zip = new ZipInputStream(jar)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                File out = new File(pluginDir, entry.getName());
                if (!out.getCanonicalPath().startsWith(base)) {
                    throw new IOException("entry outside the plugin directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    out.mkdirs();
                } else {
                    try (FileOutputStream fos = new FileOutputStream(out)) {
                        zip.transferTo(fos);
                    }
                }
            }
        }
    }
}
