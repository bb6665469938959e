package com.clipforge.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class PreviewRenderer {

    private final String ffmpeg;

    public PreviewRenderer(@Value("${render.ffmpeg-path:/usr/bin/ffmpeg}") String ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** Grabs a single JPEG frame from the start of an uploaded clip for the library grid. */
    public void posterFrame(Path clip, Path out) throws IOException, InterruptedException {
        List<String> cmd = List.of(
                ffmpeg, "-nostdin", "-y",
                "-i", clip.toString(),
                "-frames:v", "1",
                "-vf", "scale=640:-2",
                out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("ffmpeg timed out on " + clip.getFileName());
        }
        if (p.exitValue() != 0) {
            throw new IOException("ffmpeg exited " + p.exitValue());
        }
    }
}
