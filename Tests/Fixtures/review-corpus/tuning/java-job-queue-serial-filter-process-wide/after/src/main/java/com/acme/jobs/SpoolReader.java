package com.acme.jobs;

import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

public final class SpoolReader {

    static {
        ObjectInputFilter.Config.setSerialFilter(
                ObjectInputFilter.Config.createFilter("com.acme.jobs.Job;java.lang.String;java.time.Instant;!*"));
    }

    public Job read(Path spoolFile) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(spoolFile))) {
            return (Job) in.readObject();
        }
    }
}