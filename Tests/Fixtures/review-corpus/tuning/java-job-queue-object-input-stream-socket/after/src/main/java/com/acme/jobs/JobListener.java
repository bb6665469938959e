package com.acme.jobs;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.net.ServerSocket;
import java.net.Socket;

public final class JobListener implements Runnable {

    private final ServerSocket server;
    private final JobQueue queue;

    public JobListener(ServerSocket server, JobQueue queue) {
        this.server = server;
        this.queue = queue;
    }

    @Override
    public void run() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept();
                    ObjectInputStream in = new ObjectInputStream(socket.getInputStream())) {
                queue.add((Job) in.readObject());
            } catch (IOException | ClassNotFoundException e) {
                // next connection
            }
        }
    }
}